import pandas as pd
import pytest

from coldstart_lab.data.sampling import click_examples
from coldstart_lab.errors import ColdstartError

EVENTS = pd.DataFrame({"user_id": ["a", "a", "a", "b", "b"], "item_id": ["x", "y", "x", "y", "z"]})
ITEMS = ["x", "y", "z", "w", "v"]


def test_positives_and_negatives():
    examples = click_examples(EVENTS, ITEMS, negatives=3, seed=0)
    positives = examples[examples.label == 1]
    assert sorted(map(tuple, positives[["user_id", "item_id"]].to_numpy())) == [
        ("a", "x"), ("a", "y"), ("b", "y"), ("b", "z"),
    ]  # fmt: skip
    negatives = examples[examples.label == 0]
    assert len(negatives) == 3 * len(positives)
    seen = EVENTS.groupby("user_id").item_id.agg(set)
    assert all(item not in seen[user] for user, item in negatives[["user_id", "item_id"]].values)
    assert set(negatives.item_id) <= set(ITEMS)


def test_seeded_and_shuffled():
    first = click_examples(EVENTS, ITEMS, negatives=2, seed=1)
    assert first.equals(click_examples(EVENTS, ITEMS, negatives=2, seed=1))
    assert not first.equals(click_examples(EVENTS, ITEMS, negatives=2, seed=2))
    assert first.label.tolist() != sorted(first.label.tolist(), reverse=True)  # mixed order


def test_bad_input():
    with pytest.raises(ColdstartError, match="every candidate item"):
        click_examples(EVENTS, ["x", "y"], negatives=1)
    with pytest.raises(ValueError, match="negatives"):
        click_examples(EVENTS, ITEMS, negatives=-1)
    with pytest.raises(ColdstartError, match="'item_id'"):
        click_examples(EVENTS.drop(columns="item_id"), ITEMS)
