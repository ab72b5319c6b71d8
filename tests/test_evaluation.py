import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coldstart_lab.evaluation.intervals import bootstrap_ci
from coldstart_lab.evaluation.metrics import mae, pair_separation_auc, rmse
from coldstart_lab.evaluation.ranking import evaluate_ranking, evaluate_ranking_plain


def reference_metrics(scores, relevant, exclude, k, popularity=None):
    """Plain per-user implementation of the documented definitions."""
    out = {f"recall@{k}": [], f"ndcg@{k}": [], f"hit_rate@{k}": [], "mrr": [], "pop": []}
    shown = set()
    for user, row in enumerate(scores):
        banned = set(exclude[user]) if exclude is not None else set()
        ranking = sorted(
            (j for j in range(len(row)) if j not in banned), key=lambda j: (-row[j], j)
        )
        wanted = set(relevant[user]) - banned
        if not wanted:
            for values in out.values():
                values.append(math.nan)
            continue
        top = ranking[:k]
        shown.update(top)
        hits = [j in wanted for j in top]
        dcg = sum(1 / math.log2(r + 2) for r, h in enumerate(hits) if h)
        ideal = sum(1 / math.log2(r + 2) for r in range(min(k, len(wanted))))
        first = next(r for r, j in enumerate(ranking) if j in wanted) + 1
        out[f"recall@{k}"].append(sum(hits) / len(wanted))
        out[f"ndcg@{k}"].append(dcg / ideal)
        out[f"hit_rate@{k}"].append(float(any(hits)))
        out["mrr"].append(1 / first)
        if popularity is not None:
            out["pop"].append(np.mean([popularity[j] for j in top]) if top else math.nan)
    return out, len(shown) / scores.shape[1]


def test_hand_computed_case():
    scores = np.array([[0.9, 0.8, 0.7, 0.1], [0.1, 0.2, 0.3, 0.4]])
    result = evaluate_ranking(scores, [[1, 3], [0]], k=2, exclude=[[0], []])
    # user 0: item 0 excluded; ranking 1, 2, 3; top-2 = [1, 2]; one of two relevant found
    # user 1: ranking 3, 2, 1, 0; relevant item 0 is last (rank 4)
    np.testing.assert_allclose(result.per_user["recall@2"], [0.5, 0.0])
    np.testing.assert_allclose(result.per_user["ndcg@2"], [1 / (1 + 1 / np.log2(3)), 0.0])
    np.testing.assert_allclose(result.per_user["mrr"], [1.0, 0.25])
    assert result.top_items.tolist() == [[1, 2], [3, 2]]
    assert result.coverage == 0.75


def test_ties_break_to_the_lower_position():
    scores = np.zeros((1, 5))
    result = evaluate_ranking(scores, [[3]], k=2)
    assert result.top_items.tolist() == [[0, 1]]
    assert result.per_user["mrr"][0] == 1 / 4


def test_users_without_relevant_items_are_left_out():
    scores = np.array([[1.0, 0.0], [0.0, 1.0]])
    result = evaluate_ranking(scores, [[0], [1]], k=1, exclude=[[], [1]])
    assert result.n_users == 1
    assert np.isnan(result.per_user["recall@1"][1])
    assert result.mean()["recall@1"] == 1.0


def test_k_larger_than_the_catalogue():
    scores = np.array([[0.2, 0.5, 0.1]])
    result = evaluate_ranking(scores, [[2]], k=10, exclude=[[1]])
    assert result.top_items[0].tolist() == [0, 2] + [-1] * 8
    assert result.per_user["recall@10"][0] == 1.0
    assert result.per_user["ndcg@10"][0] == pytest.approx(1 / np.log2(3))


def test_scores_as_a_block_function_and_small_memory_budget():
    rng = np.random.default_rng(0)
    scores = rng.normal(size=(50, 30)).astype(np.float32)
    relevant = [rng.choice(30, 3, replace=False) for _ in range(50)]
    whole = evaluate_ranking(scores, relevant, k=5)
    blocks = evaluate_ranking(lambda rows: scores[rows], relevant, k=5, n_items=30, memory_mb=0)
    for name in whole.per_user:
        np.testing.assert_array_equal(whole.per_user[name], blocks.per_user[name])


def test_invalid_inputs():
    with pytest.raises(ValueError, match="NaN"):
        evaluate_ranking(np.array([[np.nan, 1.0]]), [[0]], k=1)
    with pytest.raises(ValueError, match="one per user"):
        evaluate_ranking(np.zeros((2, 3)), [[0]], k=1)
    with pytest.raises(ValueError, match="outside"):
        evaluate_ranking(np.zeros((1, 3)), [[5]], k=1)
    with pytest.raises(ValueError, match="k must be"):
        evaluate_ranking(np.zeros((1, 3)), [[0]], k=0)


@st.composite
def ranking_problems(draw):
    n_users = draw(st.integers(1, 6))
    n_items = draw(st.integers(1, 12))
    # few distinct values, so ties are common
    values = st.sampled_from([-1.0, 0.0, 0.5, 1.0, 2.0])
    scores = np.array(
        draw(
            st.lists(
                st.lists(values, min_size=n_items, max_size=n_items),
                min_size=n_users,
                max_size=n_users,
            )
        )
    )
    subsets = st.lists(st.integers(0, n_items - 1), max_size=n_items, unique=True)
    relevant = [draw(subsets) for _ in range(n_users)]
    exclude = [draw(subsets) for _ in range(n_users)]
    k = draw(st.integers(1, n_items + 3))
    popularity = np.array(draw(st.lists(st.integers(0, 9), min_size=n_items, max_size=n_items)))
    return scores, relevant, exclude, k, popularity


@settings(max_examples=300, deadline=None)
@given(ranking_problems())
def test_matches_plain_reference(problem):
    scores, relevant, exclude, k, popularity = problem
    result = evaluate_ranking(scores, relevant, k=k, exclude=exclude, item_popularity=popularity)
    expected, coverage = reference_metrics(scores, relevant, exclude, k, popularity)
    for name in (f"recall@{k}", f"ndcg@{k}", f"hit_rate@{k}", "mrr"):
        np.testing.assert_allclose(result.per_user[name], expected[name], rtol=1e-9, atol=1e-12)
    if any(not math.isnan(v) for v in expected["pop"]):
        np.testing.assert_allclose(result.per_user[f"avg_popularity@{k}"], expected["pop"])
    assert result.coverage == pytest.approx(coverage)


@pytest.mark.parametrize("k", [1, 5, 40])
def test_large_catalogue_matches_plain_reference(k):
    # Large enough for the grouped top-K bound (small catalogues take the exact path), with
    # integer scores (ties everywhere), a row of equal scores, a -0.0/0.0 tie, infinite
    # scores and a row with only two items left after exclusion.
    rng = np.random.default_rng(k)
    n_users, n_items = 9, 3001
    scores = rng.integers(-40, 40, size=(n_users, n_items)).astype(np.float32)
    scores[1] = 0.0
    scores[2] = -1 - np.abs(scores[2])
    zeros = rng.choice(n_items, 120, replace=False)
    scores[2, zeros[:60]], scores[2, zeros[60:]] = 0.0, -0.0
    scores[3, :5] = np.inf
    relevant = [rng.choice(n_items, int(rng.integers(1, 30)), replace=False) for _ in scores]
    exclude = [rng.choice(n_items, int(rng.integers(0, 200)), replace=False) for _ in scores]
    exclude[5] = np.delete(np.arange(n_items), [3, 2990])
    relevant[5] = np.array([3, 17, 2990])
    scores[5, [3, 2990]] = 5.0
    popularity = rng.integers(0, 9, n_items)
    result = evaluate_ranking(scores, relevant, k=k, exclude=exclude, item_popularity=popularity)
    expected, coverage = reference_metrics(scores, relevant, exclude, k, popularity)
    for name in (f"recall@{k}", f"ndcg@{k}", f"hit_rate@{k}", "mrr"):
        np.testing.assert_allclose(result.per_user[name], expected[name], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(result.per_user[f"avg_popularity@{k}"], expected["pop"])
    assert result.coverage == pytest.approx(coverage)
    assert result.top_items[5].tolist() == ([3, 2990] + [-1] * (k - 2))[:k]


def test_plain_reference_hand_computed():
    scores = np.array(
        [
            [0.5, 0.9, 0.5, 0.1, 0.5],
            [0.0, 0.0, 0.0, 0.0, 0.0],
            [0.3, 0.2, 0.1, 0.0, -0.1],
            [0.3, 0.2, 0.1, 0.0, -0.1],
        ]
    )
    relevant = [[2, 2, 3, 1], [4], [], [0]]
    exclude = [[1], [], [], [0]]
    plain = evaluate_ranking_plain(scores, relevant, k=2, exclude=exclude)
    # user 0: item 1 excluded (so not relevant either), relevant {2, 3}; ranking 0, 2, 4, 3
    #   (the three 0.5 by position); top-2 = [0, 2]: one hit, at rank 2
    # user 1: all tied, ranking 0..4; top-2 = [0, 1]; the relevant item 4 is at rank 5
    # users 2 and 3: no relevant item (none given; the only one excluded)
    d2 = 1 / np.log2(3)
    expected = {
        "recall@2": [0.5, 0.0, np.nan, np.nan],
        "ndcg@2": [d2 / (1 + d2), 0.0, np.nan, np.nan],
        "hit_rate@2": [1.0, 0.0, np.nan, np.nan],
        "mrr": [0.5, 0.2, np.nan, np.nan],
    }
    assert list(plain) == list(expected)
    for name, values in expected.items():
        np.testing.assert_allclose(plain[name], values, rtol=1e-12, err_msg=name)
    # k beyond the catalogue: user 0's whole ranking 0, 2, 4, 3 is the list, hits at 2 and 4
    long = evaluate_ranking_plain(scores[:1], relevant[:1], k=10, exclude=exclude[:1])
    assert long["recall@10"][0] == 1.0
    assert long["ndcg@10"][0] == pytest.approx((d2 + 1 / np.log2(5)) / (1 + d2), rel=1e-12)


@st.composite
def plain_problems(draw):
    """Random score matrices, small or large enough for the grouped top-K path, with ties
    (few distinct values, -0.0 and 0.0, float64 values equal in float32), infinite scores,
    repeated relevant items, relevant items also excluded and users without relevant items."""
    n_users = draw(st.integers(1, 6))
    n_items = draw(st.one_of(st.integers(1, 12), st.integers(1025, 2500)))
    values = draw(
        st.lists(
            st.sampled_from([-np.inf, -1.0, -0.0, 0.0, 0.5, 1.0, 1.0 + 1e-9, 2.0, np.inf]),
            min_size=1,
            max_size=6,
        )
    )
    k = draw(st.one_of(st.integers(1, 5), st.integers(1, n_items + 3)))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    scores = rng.choice(values, size=(n_users, n_items))
    if draw(st.booleans()):  # mix in distinct scores: ties only among the drawn values
        scores = np.where(rng.random(scores.shape) < 0.5, rng.normal(size=scores.shape), scores)
    most = min(n_items, 40)  # positions drawn with replacement: repeats are common
    relevant = [rng.integers(0, n_items, rng.integers(0, most + 1)) for _ in range(n_users)]
    exclude = [rng.integers(0, n_items, rng.integers(0, most + 1)) for _ in range(n_users)]
    for user in range(n_users):  # half the time, some relevant items are excluded too
        if len(relevant[user]) and rng.random() < 0.5:
            exclude[user] = np.r_[exclude[user], relevant[user][: rng.integers(1, 3)]]
    return scores, relevant, exclude, k


@settings(max_examples=200, deadline=None)
@given(plain_problems())
def test_plain_reference_matches_the_fast_path(problem):
    scores, relevant, exclude, k = problem
    fast = evaluate_ranking(scores, relevant, k=k, exclude=exclude).per_user
    plain = evaluate_ranking_plain(scores, relevant, k=k, exclude=exclude)
    assert set(plain) == {f"recall@{k}", f"ndcg@{k}", f"hit_rate@{k}", "mrr"}
    for name, values in plain.items():
        assert values.shape == (len(scores),)
        np.testing.assert_allclose(values, fast[name], rtol=1e-12, atol=0, err_msg=name)


def test_rating_metrics():
    assert rmse([1, 2, 3], [1, 2, 5]) == pytest.approx(np.sqrt(4 / 3))
    assert mae([1, 2, 3], [2, 2, 5]) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="NaN"):
        rmse([1.0], [np.nan])
    with pytest.raises(ValueError, match="must be equal"):
        mae([1, 2], [1])


def test_bootstrap_interval_contains_mean_and_is_seeded():
    values = np.random.default_rng(1).random(500)
    mean, low, high = bootstrap_ci(values, seed=0)
    assert low < mean < high
    assert high - low == pytest.approx(2 * 1.96 * values.std() / np.sqrt(500), rel=0.2)
    assert bootstrap_ci(values, seed=0) == (mean, low, high)
    assert np.isnan(bootstrap_ci(np.array([np.nan]))[0])


def test_pair_separation_auc():
    rng = np.random.default_rng(1)
    labels = np.repeat(["x", "y", "z"], 30)
    directions = np.eye(8)[[0, 1, 2]]
    clustered = directions[np.repeat([0, 1, 2], 30)] + rng.normal(0, 0.05, (90, 8))
    clustered /= np.linalg.norm(clustered, axis=1, keepdims=True)
    assert pair_separation_auc(clustered, labels) > 0.99
    noise = rng.normal(0, 1, (90, 8))
    assert abs(pair_separation_auc(noise, labels, n_pairs=50_000) - 0.5) < 0.03
    # labels that ignore the clusters: similarity says nothing about them
    shuffled = np.tile(["x", "y", "z"], 30)
    assert abs(pair_separation_auc(clustered, shuffled, n_pairs=50_000) - 0.5) < 0.03
    assert pair_separation_auc(noise, labels, seed=3) == pair_separation_auc(noise, labels, seed=3)
    with pytest.raises(ValueError, match="one label per row"):
        pair_separation_auc(noise, labels[:10])
    with pytest.raises(ValueError, match="all same-label"):
        pair_separation_auc(noise, np.repeat("x", 90))
