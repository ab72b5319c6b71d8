import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.data.splits import item_cold_split, temporal_split, user_cold_split, warm_split
from coldstart_lab.errors import ColdstartError


def toy_dataset(seed=0, n_users=60, n_items=80, n_events=1500, timestamps=True):
    rng = np.random.default_rng(seed)
    items = pd.DataFrame({"item_id": [f"i{i:03d}" for i in range(n_items)], "title": "x"})
    users = pd.DataFrame({"user_id": [f"u{u:03d}" for u in range(n_users)], "text": ""})
    events = pd.DataFrame(
        {
            "user_id": rng.choice(users["user_id"], n_events),
            "item_id": rng.choice(items["item_id"], n_events),
            "rating": rng.integers(1, 6, n_events).astype(float),
        }
    )
    if timestamps:
        seconds = rng.integers(0, 180 * 86400, n_events)
        events["timestamp"] = pd.to_datetime(1767225600 + seconds, unit="s", utc=True)
    return Dataset("toy", items, events, users, item_text_columns=("title",))


def same(a, b):
    pd.testing.assert_frame_equal(a, b)


def rows(table):
    return set(map(tuple, table.astype(str).to_numpy()))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_item_cold_split_keeps_cold_items_out_of_training(seed):
    data = toy_dataset(seed)
    split = item_cold_split(data, cold_fraction=0.25, seed=seed)
    validation_items, test_items = split.cold_items["validation"], split.cold_items["test"]
    assert not set(validation_items) & set(test_items)
    assert not set(split.train["item_id"]) & (set(validation_items) | set(test_items))
    assert set(split.validation["item_id"]) <= set(validation_items)
    assert set(split.test["item_id"]) <= set(test_items)
    assert len(split.train) + len(split.validation) + len(split.test) == len(data.interactions)
    assert len(validation_items) + len(test_items) == 20


def test_splits_are_deterministic_and_seeded():
    data = toy_dataset()
    for make in (item_cold_split, user_cold_split, warm_split):
        a, b, c = make(data, seed=3), make(data, seed=3), make(data, seed=4)
        same(a.train, b.train)
        same(a.test, b.test)
        assert not a.test.equals(c.test)


@pytest.mark.parametrize("timestamps", [True, False])
def test_user_cold_split_shots_and_queries(timestamps):
    data = toy_dataset(timestamps=timestamps)
    split = user_cold_split(data, cold_fraction=0.3, shots=(0, 1, 3, 5), seed=1)
    cold = set(split.cold_users["validation"]) | set(split.cold_users["test"])
    assert cold and not set(split.train["user_id"]) & cold
    assert not set(split.cold_users["validation"]) & set(split.cold_users["test"])
    assert len(split.support[0]) == 0
    for k in (1, 3, 5):
        per_user = split.support[k].groupby("user_id").size()
        assert set(per_user.index) == cold and (per_user == k).all()
    assert rows(split.support[1]) <= rows(split.support[3]) <= rows(split.support[5])
    queries = pd.concat([split.validation, split.test])
    assert set(queries["user_id"]) == cold
    everything = pd.concat([split.train, split.support[5], queries])
    assert len(everything) == len(data.interactions)
    if timestamps:  # queries come after the shots
        last_shot = split.support[5].groupby("user_id")["timestamp"].max()
        first_query = queries.groupby("user_id")["timestamp"].min()
        assert (first_query >= last_shot.loc[first_query.index]).all()


def test_temporal_split():
    data = toy_dataset()
    cut = pd.Timestamp("2026-05-01", tz="UTC")
    split = temporal_split(data, cut=cut)
    assert (split.train["timestamp"] < cut).all()
    assert split.validation["timestamp"].max() <= split.test["timestamp"].min()
    cold = set(split.cold_items["validation"]) | set(split.cold_items["test"])
    assert not set(split.train["item_id"]) & cold
    first_seen = data.interactions.groupby("item_id")["timestamp"].min()
    assert cold == set(first_seen.index[first_seen >= cut])
    assert temporal_split(data).sizes()["train_interactions"] == pytest.approx(1200, abs=2)


def test_temporal_split_needs_time_and_a_sensible_cut():
    with pytest.raises(ColdstartError, match="no timestamp column"):
        temporal_split(toy_dataset(timestamps=False))
    with pytest.raises(ColdstartError, match="leaves no interactions"):
        temporal_split(toy_dataset(), cut="2030-01-01")


def test_warm_split_holds_out_known_pairs_only():
    data = toy_dataset()
    split = warm_split(data, holdout_fraction=0.2, seed=0)
    held = pd.concat([split.validation, split.test])
    assert set(held["user_id"]) <= set(split.train["user_id"])
    assert set(held["item_id"]) <= set(split.train["item_id"])
    assert 0.1 * len(data.interactions) < len(held) < 0.25 * len(data.interactions)
    assert not set(split.validation["user_id"]) & set(split.test["user_id"])


def test_sizes_are_reported():
    split = user_cold_split(toy_dataset(), seed=0)
    sizes = split.sizes()
    assert sizes["kind"] == "cold_users"
    assert sizes["train_interactions"] == len(split.train)
    assert sizes["support_k3_interactions"] == 3 * (
        sizes["validation_cold_users"] + sizes["test_cold_users"]
    )
    assert "train_interactions=" in repr(split)


def test_bad_arguments():
    data = toy_dataset()
    with pytest.raises(ValueError, match="cold_fraction"):
        item_cold_split(data, cold_fraction=1.5)
    with pytest.raises(ColdstartError, match="too few"):
        user_cold_split(toy_dataset(n_events=100), shots=(0, 50))
