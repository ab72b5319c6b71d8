"""Metrics for ratings and for full-ranking top-K recommendation, with bootstrap intervals.

Rating metrics: :func:`rmse`, :func:`mae`.

Ranking: :func:`evaluate_ranking` ranks **every** candidate item for every user (no sampled
negatives), masks the items a user already interacted with in training, and computes per user

- ``recall@K``   hits in the top K / number of relevant items
- ``ndcg@K``     binary-relevance DCG of the top K / the best possible DCG
- ``hit_rate@K`` 1 if any relevant item is in the top K
- ``mrr``        1 / rank of the first relevant item in the full ranking (not truncated)
- ``avg_popularity@K`` mean training popularity of the K recommended items (when given)

and over the whole catalogue ``coverage@K``: the share of candidate items that appear in at
least one user's top K. Users without relevant items are left out (their values are NaN).

Ties are broken by candidate position (the lower position ranks first), the same way in every
metric, so results never depend on sort stability. Scores are processed in blocks of users
whose size follows a memory budget, so 10k users x 20k items takes seconds and bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

ScoreBlock = Callable[[np.ndarray], np.ndarray]


def rmse(y_true, y_pred) -> float:
    """Root mean squared error."""
    y_true, y_pred = _paired(y_true, y_pred)
    return float(np.sqrt(np.mean((y_true - y_pred) ** 2)))


def mae(y_true, y_pred) -> float:
    """Mean absolute error."""
    y_true, y_pred = _paired(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def _paired(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    y_true = np.asarray(y_true, dtype=np.float64)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    if y_true.shape != y_pred.shape or y_true.ndim != 1:
        raise ValueError(f"y_true {y_true.shape} and y_pred {y_pred.shape} must be equal 1-D")
    if len(y_true) == 0:
        raise ValueError("no ratings to compare")
    if not np.isfinite(y_pred).all():
        raise ValueError("predictions contain NaN or infinite values")
    return y_true, y_pred


@dataclass
class RankingResult:
    """Per-user metric values (NaN for users without relevant items) and catalogue figures."""

    k: int
    per_user: dict[str, np.ndarray]
    coverage: float
    n_users: int
    top_items: np.ndarray  # (n_users, k) candidate positions, -1 where fewer than k available

    def mean(self) -> dict[str, float]:
        """Average of every per-user metric over users with relevant items, plus coverage."""
        means = {
            name: float(np.nanmean(v)) if self.n_users else float("nan")
            for name, v in self.per_user.items()
        }
        means[f"coverage@{self.k}"] = self.coverage
        return means


def _as_lists(sets, n_users: int, n_items: int, what: str) -> tuple[np.ndarray, np.ndarray]:
    """(indptr, indices) from a list of index arrays or a scipy CSR matrix."""
    if sets is None:
        return np.zeros(n_users + 1, np.int64), np.zeros(0, np.int64)
    if hasattr(sets, "indptr"):
        sets = sets.tocsr()
        if sets.shape != (n_users, n_items):
            raise ValueError(f"{what} has shape {sets.shape}, expected ({n_users}, {n_items})")
        return sets.indptr.astype(np.int64), sets.indices.astype(np.int64)
    if len(sets) != n_users:
        raise ValueError(f"{what} has {len(sets)} rows, expected one per user ({n_users})")
    arrays = [np.asarray(s, dtype=np.int64).ravel() for s in sets]
    counts = np.array([len(a) for a in arrays], dtype=np.int64)
    indices = np.concatenate(arrays) if arrays else np.zeros(0, np.int64)
    if len(indices) and (indices.min() < 0 or indices.max() >= n_items):
        raise ValueError(f"{what} holds item positions outside 0..{n_items - 1}")
    # One sort for all users: unique (user, item) keys, in user then item order.
    keys = np.unique(np.repeat(np.arange(n_users, dtype=np.int64), counts) * n_items + indices)
    indptr = np.searchsorted(keys // max(1, n_items), np.arange(n_users + 1)).astype(np.int64)
    return indptr, keys % max(1, n_items)


def evaluate_ranking(
    scores: np.ndarray | ScoreBlock,
    relevant: Sequence[np.ndarray],
    *,
    k: int = 20,
    exclude: Sequence[np.ndarray] | None = None,
    n_items: int | None = None,
    item_popularity: np.ndarray | None = None,
    memory_mb: int = 64,
) -> RankingResult:
    """Full-ranking top-K metrics.

    Parameters
    ----------
    scores : float array ``(n_users, n_items)``, or a function ``rows -> (len(rows), n_items)``
        giving the scores of a block of users (then pass ``n_items``). Higher is better.
    relevant : per user, the candidate positions that are relevant (held-out interactions).
    k : list length.
    exclude : per user, candidate positions never to recommend (seen in training).
        Excluded items are also removed from the relevant sets.
    item_popularity : ``(n_items,)`` training interaction counts, for ``avg_popularity@K``.
    memory_mb : score block budget; blocks hold about this many MB of float32 scores.
    """
    if int(k) < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    k = int(k)
    if callable(scores):
        if n_items is None:
            raise ValueError("pass n_items when scores is a function")
        n_users = len(relevant)
        score_block = scores
    else:
        matrix = np.asarray(scores)
        if matrix.ndim != 2:
            raise ValueError(f"scores must be a 2-D (users, items) array, got {matrix.shape}")
        n_users, n_items = matrix.shape
        score_block = lambda rows: matrix[rows]  # noqa: E731
    rel_ptr, rel_idx = _as_lists(relevant, n_users, n_items, "relevant")
    exc_ptr, exc_idx = _as_lists(exclude, n_users, n_items, "exclude")
    k_eff = min(k, n_items)

    top = np.full((n_users, k), -1, np.int64)
    first_rank = np.full(n_users, np.nan)
    n_relevant = np.zeros(n_users, np.int64)
    hits_at = np.zeros((n_users, k), bool)
    block = max(1, (memory_mb << 20) // (4 * max(1, n_items)))
    for start in range(0, n_users, block):
        rows = np.arange(start, min(n_users, start + block))
        block_scores = np.asarray(score_block(rows), dtype=np.float32)
        if block_scores.base is not None or not block_scores.flags.writeable:
            block_scores = block_scores.copy()  # never write into the caller's array
        if block_scores.shape != (len(rows), n_items):
            raise ValueError(
                f"scores for {len(rows)} users have shape {block_scores.shape}, "
                f"expected ({len(rows)}, {n_items})"
            )
        # A NaN anywhere makes the sum NaN: one cheap pass, the exact check only then.
        if np.isnan(block_scores.sum()) and np.isnan(block_scores).any():
            raise ValueError("scores contain NaN: the model produced invalid values")
        block_scores[_block_pairs(rows, exc_ptr, exc_idx)] = -np.inf
        # Relevant pairs of this block; an excluded item cannot be relevant.
        rel_rows, rel_cols = _block_pairs(rows, rel_ptr, rel_idx)
        rel_scores = block_scores[rel_rows, rel_cols]
        keep = rel_scores > -np.inf
        rel_rows, rel_cols, rel_scores = rel_rows[keep], rel_cols[keep], rel_scores[keep]
        n_relevant[rows] = np.bincount(rel_rows, minlength=len(rows))

        chosen = _top_k(block_scores, k_eff)
        available = np.take_along_axis(block_scores, chosen, 1) > -np.inf
        chosen = np.where(available, chosen, -1)
        top[rows, :k_eff] = chosen
        relevant_keys = rel_rows * n_items + rel_cols
        chosen_keys = np.arange(len(rows))[:, None] * n_items + chosen
        hits_at[rows, :k_eff] = (chosen >= 0) & np.isin(chosen_keys, relevant_keys)
        first_rank[rows] = _first_relevant_rank(block_scores, rel_rows, rel_cols, rel_scores)

    has_relevant = n_relevant > 0
    hits = hits_at.sum(axis=1)
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    dcg = (hits_at * discounts).sum(axis=1)
    ideal = np.cumsum(discounts)[np.clip(np.minimum(n_relevant, k) - 1, 0, k - 1)]
    per_user = {
        f"recall@{k}": hits / np.maximum(n_relevant, 1),
        f"ndcg@{k}": dcg / ideal,
        f"hit_rate@{k}": (hits > 0).astype(float),
        "mrr": 1.0 / first_rank,
    }
    if item_popularity is not None:
        popularity = np.asarray(item_popularity, dtype=float)
        if popularity.shape != (n_items,):
            raise ValueError(f"item_popularity has shape {popularity.shape}, expected ({n_items},)")
        shown_count = (top >= 0).sum(axis=1)
        total = np.where(top >= 0, popularity[np.maximum(top, 0)], 0.0).sum(axis=1)
        per_user[f"avg_popularity@{k}"] = total / np.where(shown_count > 0, shown_count, np.nan)
    for name in per_user:
        per_user[name] = np.where(has_relevant, per_user[name], np.nan)
    shown = top[has_relevant]
    coverage = len(np.unique(shown[shown >= 0])) / n_items if n_items else float("nan")
    return RankingResult(k, per_user, coverage, int(has_relevant.sum()), top)


def _block_pairs(rows: np.ndarray, ptr: np.ndarray, idx: np.ndarray):
    """(row within block, column) pairs of a contiguous block of users' index lists."""
    counts = ptr[rows + 1] - ptr[rows]
    local = np.repeat(np.arange(len(rows)), counts)
    return local, idx[ptr[rows[0]] : ptr[rows[-1] + 1]]


def _top_k(block_scores: np.ndarray, k: int) -> np.ndarray:
    """Column positions of the k best scores per row, best first, ties to the lower position."""
    n_rows, n_cols = block_scores.shape
    if k == n_cols:
        candidates = np.broadcast_to(np.arange(n_cols), (n_rows, n_cols))
    else:
        threshold = np.partition(block_scores, n_cols - k, axis=1)[:, n_cols - k]
        at_least = block_scores >= threshold[:, None]
        counts = np.count_nonzero(at_least, axis=1)
        candidates = np.empty((n_rows, k), np.int64)
        plain = counts == k  # the usual case: no tie at the threshold
        if plain.all():  # flatnonzero is much faster than nonzero on 2-D arrays
            candidates[:] = (np.flatnonzero(at_least) % n_cols).reshape(-1, k)
        elif plain.any():
            candidates[plain] = (np.flatnonzero(at_least[plain]) % n_cols).reshape(-1, k)
        for row in np.flatnonzero(~plain):  # ties straddle the threshold: settle them exactly
            above = np.flatnonzero(block_scores[row] > threshold[row])
            equal = np.flatnonzero(block_scores[row] == threshold[row])
            candidates[row] = np.concatenate([above, equal[: k - len(above)]])
    values = np.take_along_axis(block_scores, candidates, 1)
    order = np.lexsort((candidates, -values), axis=1)
    return np.take_along_axis(candidates, order, 1)


def _first_relevant_rank(block_scores, rel_rows, rel_cols, rel_scores) -> np.ndarray:
    """1-based rank of each row's best relevant item among the available items (NaN if none).

    The best relevant item is the one ranked first: highest score, then lowest position.
    """
    n_rows, n_cols = block_scores.shape
    rank = np.full(n_rows, np.nan)
    if len(rel_rows) == 0:
        return rank
    order = np.lexsort((rel_cols, -rel_scores, rel_rows))
    firsts = order[np.r_[True, rel_rows[order][1:] != rel_rows[order][:-1]]]
    users = rel_rows[firsts]
    best = np.full(n_rows, np.inf, np.float32)  # rows without relevant items count nothing
    best_col = np.zeros(n_rows, np.int64)
    best[users], best_col[users] = rel_scores[firsts], rel_cols[firsts]
    at_least = np.count_nonzero(block_scores >= best[:, None], axis=1)  # includes the item
    higher = np.count_nonzero(block_scores > best[:, None], axis=1)
    equal_before = np.zeros(n_rows, np.int64)
    for row in np.flatnonzero(at_least - higher > 1):  # rare: others share the best score
        equal_before[row] = np.count_nonzero(block_scores[row, : best_col[row]] == best[row])
    rank[users] = (1 + higher + equal_before)[users]
    return rank


def bootstrap_ci(
    values: np.ndarray, n_boot: int = 1000, level: float = 0.95, seed: int = 0
) -> tuple[float, float, float]:
    """Mean and percentile bootstrap interval over users (NaNs dropped): (mean, low, high)."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if len(values) == 0:
        return float("nan"), float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    means = np.empty(n_boot)
    for start in range(0, n_boot, 100):  # bounded memory for large user counts
        stop = min(n_boot, start + 100)
        picks = rng.integers(0, len(values), size=(stop - start, len(values)))
        means[start:stop] = values[picks].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return float(values.mean()), float(low), float(high)


def pair_separation_auc(
    vectors: np.ndarray, labels: Sequence, n_pairs: int = 20_000, seed: int = 0
) -> float:
    """How well cosine similarity tells same-label pairs from different-label pairs.

    Draws ``n_pairs`` random pairs of distinct rows (seeded) and returns the ROC AUC of their
    dot products (cosine for unit vectors) at separating pairs with equal ``labels`` (e.g.
    the same product type) from the rest: 0.5 is chance, 1.0 a perfect separation.

    ``vectors`` ``(n, d)``, ``labels`` ``(n,)``.
    """
    from sklearn.metrics import roc_auc_score  # noqa: PLC0415

    vectors = np.asarray(vectors, dtype=np.float32)
    labels = np.asarray(labels)
    if vectors.ndim != 2 or len(vectors) != len(labels):
        raise ValueError(
            f"vectors must be (n, d) with one label per row, got {vectors.shape} and "
            f"{len(labels)} labels"
        )
    if len(vectors) < 2 or int(n_pairs) < 1:
        raise ValueError("need at least 2 rows and n_pairs >= 1")
    rng = np.random.default_rng(seed)
    a = rng.integers(0, len(vectors), int(n_pairs))
    b = (a + rng.integers(1, len(vectors), int(n_pairs))) % len(vectors)  # never a == b
    same = labels[a] == labels[b]
    if same.all() or not same.any():
        raise ValueError("the sampled pairs are all same-label or all different: no AUC")
    return float(roc_auc_score(same, np.einsum("ij,ij->i", vectors[a], vectors[b])))
