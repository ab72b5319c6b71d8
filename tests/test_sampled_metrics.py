"""Sampled ranking metrics (evaluation/sampled.py): the vectorised path against the plain one,
the negatives drawn, and the facts notebook 09 relies on."""

import numpy as np
import pytest

from coldstart_lab.evaluation import (
    evaluate_ranking,
    evaluate_sampled,
    evaluate_sampled_plain,
    sample_negatives,
)


def random_problem(n_users=40, n_items=300, seed=0, ties=False):
    rng = np.random.default_rng(seed)
    scores = rng.normal(size=(n_users, n_items)).astype(np.float32)
    if ties:  # few distinct values: ties must be broken by position, as in the full ranking
        scores = np.round(scores)
    relevant = [rng.choice(n_items, size=rng.integers(0, 6), replace=False) for _ in range(n_users)]
    exclude = [rng.choice(n_items, size=rng.integers(0, 10), replace=False) for _ in range(n_users)]
    return scores, relevant, exclude


@pytest.mark.parametrize("ties", [False, True])
@pytest.mark.parametrize("with_exclude", [False, True])
def test_fast_and_plain_agree(ties, with_exclude):
    scores, relevant, exclude = random_problem(ties=ties)
    exclude = exclude if with_exclude else None
    fast = evaluate_sampled(scores, relevant, k=5, n_negatives=30, exclude=exclude, seed=3)
    plain = evaluate_sampled_plain(scores, relevant, k=5, n_negatives=30, exclude=exclude, seed=3)
    assert set(fast) == {"recall@5", "ndcg@5", "auc"}
    for name in fast:
        np.testing.assert_allclose(fast[name], plain[name], rtol=1e-12, equal_nan=True)
    no_relevant = np.array(
        [
            len(np.setdiff1d(r, e if exclude else [])) == 0
            for r, e in zip(relevant, exclude or [[]] * len(relevant), strict=True)
        ]
    )
    assert np.isnan(fast["recall@5"][no_relevant]).all()
    assert not np.isnan(fast["recall@5"][~no_relevant]).any()


def test_negatives_are_drawn_from_the_allowed_items_only():
    scores, relevant, exclude = random_problem()
    drawn = sample_negatives(300, relevant, n_negatives=50, exclude=exclude, seed=1)
    for negatives, positive, seen in zip(drawn, relevant, exclude, strict=True):
        assert len(negatives) == 50 and len(np.unique(negatives)) == 50
        assert not np.isin(negatives, positive).any() and not np.isin(negatives, seen).any()
    again = sample_negatives(300, relevant, n_negatives=50, exclude=exclude, seed=1)
    other = sample_negatives(300, relevant, n_negatives=50, exclude=exclude, seed=2)
    assert all(np.array_equal(a, b) for a, b in zip(drawn, again, strict=True))
    assert not all(np.array_equal(a, b) for a, b in zip(drawn, other, strict=True))
    few = sample_negatives(8, [np.array([0, 1])], n_negatives=100, exclude=[np.array([2])])
    np.testing.assert_array_equal(few[0], [3, 4, 5, 6, 7])  # all that is allowed
    with pytest.raises(ValueError, match="n_negatives"):
        sample_negatives(8, [np.array([0])], n_negatives=0)


def test_with_every_item_as_a_negative_it_is_the_full_ranking():
    # One relevant item per user and the whole catalogue drawn: sampled = full Recall@K.
    rng = np.random.default_rng(5)
    scores = rng.normal(size=(60, 120)).astype(np.float32)
    relevant = [np.array([i]) for i in rng.integers(0, 120, size=60)]
    sampled = evaluate_sampled(scores, relevant, k=10, n_negatives=10_000)
    full = evaluate_ranking(scores, relevant, k=10).per_user
    np.testing.assert_allclose(sampled["recall@10"], full["recall@10"])
    np.testing.assert_allclose(sampled["ndcg@10"], full["ndcg@10"])


def test_sampling_flatters_and_can_reverse_two_methods():
    # "sharp": the relevant item is first for 30% of users, anywhere in the last half otherwise.
    # "broad": the relevant item always sits in the top 10% of 1,000 items, never at the top.
    n_users, n_items = 400, 1000
    rng = np.random.default_rng(0)
    relevant = [np.array([0]) for _ in range(n_users)]
    sharp = rng.normal(size=(n_users, n_items)).astype(np.float32)
    lucky = rng.random(n_users) < 0.3
    sharp[:, 0] = np.where(lucky, 10.0, -10.0)
    broad = np.tile(np.linspace(1, 0, n_items, dtype=np.float32), (n_users, 1))
    broad[:, 0] = broad[np.arange(n_users), rng.integers(20, 100, size=n_users)] + 1e-4
    full = {
        n: evaluate_ranking(s, relevant, k=10).mean()["recall@10"]
        for n, s in [("sharp", sharp), ("broad", broad)]
    }
    sampled = {
        n: np.mean(evaluate_sampled(s, relevant, k=10)["recall@10"])
        for n, s in [("sharp", sharp), ("broad", broad)]
    }
    assert full["sharp"] > 0.25 and full["broad"] == 0  # full ranking: sharp wins
    assert sampled["broad"] > 0.8 > 0.4 > sampled["sharp"]  # sampled: broad wins
    assert sampled["sharp"] >= full["sharp"]  # a sampled list is shorter: never worse


def test_bad_input():
    with pytest.raises(ValueError, match="scores must be"):
        evaluate_sampled(np.zeros((3, 5)), [np.array([0])])
    with pytest.raises(ValueError, match="NaN"):
        evaluate_sampled(np.full((1, 5), np.nan), [np.array([0])])
    with pytest.raises(ValueError, match="k must be"):
        evaluate_sampled(np.zeros((1, 5)), [np.array([0])], k=0)
