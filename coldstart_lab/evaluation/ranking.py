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
whose size follows a memory budget, and no row is ever sorted in full: only the few items that
can reach the top K are, and the rank of the first relevant item is found by counting the
items ranked before it. 10k users x 20k items takes about a second and bounded memory.

:func:`evaluate_ranking_plain` computes the same per-user metrics the plain way, one fully
sorted row at a time: the definitions to read, and the reference the fast path is tested
against.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

ScoreBlock = Callable[[np.ndarray], np.ndarray]


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


def _as_lists(
    sets, n_users: int, n_items: int, what: str, unique: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """(indptr, indices) from a list of index arrays or a scipy CSR matrix.

    With ``unique`` each user's list is sorted and freed of repeats; otherwise the lists
    are kept as given.
    """
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
    counts = np.fromiter(map(len, arrays), np.int64, len(arrays))
    indices = np.concatenate(arrays) if arrays else np.zeros(0, np.int64)
    if len(indices) and (indices.min() < 0 or indices.max() >= n_items):
        raise ValueError(f"{what} holds item positions outside 0..{n_items - 1}")
    if unique and len(indices):
        # One sort for all users: unique (user, item) keys, in user then item order.
        # (Sorting and dropping repeats is much faster than np.unique's hash table here.)
        keys = np.sort(np.repeat(np.arange(n_users, dtype=np.int64), counts) * n_items + indices)
        keys = keys[np.r_[True, keys[1:] != keys[:-1]]]
        users = keys // n_items
        counts = np.bincount(users, minlength=n_users)
        indices = keys - users * n_items
    return np.r_[0, np.cumsum(counts)].astype(np.int64), indices


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
    exc_ptr, exc_idx = _as_lists(exclude, n_users, n_items, "exclude", unique=False)
    k_eff = min(k, n_items)

    top = np.full((n_users, k), -1, np.int64)
    first_rank = np.full(n_users, np.nan)
    n_relevant = np.zeros(n_users, np.int64)
    hits_at = np.zeros((n_users, k), bool)
    block = max(1, (memory_mb << 20) // (4 * max(1, n_items)))
    # A block is worked through in slices of about _SLICE_BYTES of scores, so that the
    # passes over a slice (group maxima, candidates, rank of the first relevant item) read
    # it from the CPU cache rather than from memory.
    slice_rows = max(1, _SLICE_BYTES // (4 * max(1, n_items)))
    for start in range(0, n_users, block):
        rows = np.arange(start, min(n_users, start + block))
        block_scores = np.asarray(score_block(rows), dtype=np.float32)
        if block_scores.shape != (len(rows), n_items):
            raise ValueError(
                f"scores for {len(rows)} users have shape {block_scores.shape}, "
                f"expected ({len(rows)}, {n_items})"
            )
        if (
            block_scores.base is not None
            or not block_scores.flags.writeable
            or not block_scores.flags.c_contiguous
        ):
            block_scores = np.array(block_scores, order="C")  # never write into the caller's
        exc_rows, exc_cols = _block_pairs(rows, exc_ptr, exc_idx)
        # NaN is checked here for the masked items, and by _rank_block for all the others.
        if np.isnan(block_scores[exc_rows, exc_cols]).any():
            raise ValueError(_NAN_MESSAGE)
        block_scores[exc_rows, exc_cols] = -np.inf
        # Relevant pairs of this block; an excluded item cannot be relevant.
        rel_rows, rel_cols = _block_pairs(rows, rel_ptr, rel_idx)
        rel_scores = block_scores[rel_rows, rel_cols]
        keep = rel_scores > -np.inf
        rel_rows, rel_cols, rel_scores = rel_rows[keep], rel_cols[keep], rel_scores[keep]
        n_relevant[rows] = np.bincount(rel_rows, minlength=len(rows))
        best, best_col = _best_relevant(rel_rows, rel_cols, rel_scores, len(rows), n_items)

        for lo in range(0, len(rows), slice_rows):
            part = block_scores[lo : lo + slice_rows]
            hi = lo + len(part)
            chosen, rank = _rank_block(part, k_eff, best[lo:hi], best_col[lo:hi])
            top[start + lo : start + hi, :k_eff] = chosen
            first_rank[start + lo : start + hi] = rank

        if len(rel_rows):  # which of the chosen (row, item) pairs are relevant
            chosen = top[rows, :k_eff]
            relevant_keys = rel_rows * n_items + rel_cols
            if np.any(relevant_keys[1:] < relevant_keys[:-1]):  # a CSR matrix may be unsorted
                relevant_keys = np.sort(relevant_keys)
            chosen_keys = np.arange(len(rows))[:, None] * n_items + chosen
            found = np.searchsorted(relevant_keys, chosen_keys)
            hit = relevant_keys[np.minimum(found, len(relevant_keys) - 1)] == chosen_keys
            hits_at[rows, :k_eff] = (chosen >= 0) & hit

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
    seen = np.zeros(n_items, bool)
    seen[shown[shown >= 0]] = True
    coverage = np.count_nonzero(seen) / n_items if n_items else float("nan")
    return RankingResult(k, per_user, coverage, int(has_relevant.sum()), top)


def evaluate_ranking_plain(
    scores: np.ndarray,
    relevant: Sequence[np.ndarray],
    *,
    k: int = 20,
    exclude: Sequence[np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """The per-user metrics of :func:`evaluate_ranking`, written plainly: one sorted row at a time.

    A reference to read (and to test the fast path against), not to run on a large catalogue:
    it sorts every row in full. It gives the same values as ``evaluate_ranking(...).per_user``
    for the four metrics below, with the same conventions: scores are ranked as float32,
    higher first, ties broken by the lower candidate position; an excluded item (and any item
    scored -inf) is never recommended and does not count as relevant; repeated relevant
    positions count once; with ``k`` above the number of items the top K is shorter.

    Parameters
    ----------
    scores : array-like of shape (n_users, n_items)
        Higher is better. No NaN.
    relevant : sequence of n_users arrays of int
        Per user, the candidate positions that are relevant (held-out interactions).
    k : int, default 20
        List length, at least 1.
    exclude : sequence of n_users arrays of int, optional
        Per user, the candidate positions never to recommend (seen in training).

    Returns
    -------
    dict of str -> ndarray of shape (n_users,)
        ``recall@k``, ``ndcg@k``, ``hit_rate@k`` and ``mrr``; NaN for users without a
        relevant item.
    """
    scores = np.asarray(scores, dtype=np.float32)  # the precision the fast path ranks in
    n_users, n_items = scores.shape
    names = (f"recall@{k}", f"ndcg@{k}", f"hit_rate@{k}", "mrr")
    out = {name: np.full(n_users, np.nan) for name in names}
    discount = 1 / np.log2(np.arange(2, k + 2))  # the item at rank r counts 1 / log2(r + 1)
    for user in range(n_users):
        row = scores[user].copy()
        if exclude is not None:
            row[np.asarray(exclude[user], dtype=np.int64)] = -np.inf
        ranking = np.lexsort((np.arange(n_items), -row))  # higher score, then lower position
        ranking = ranking[row[ranking] > -np.inf]  # the items that can be recommended
        is_relevant = np.isin(ranking, relevant[user])  # per rank, best first
        n_relevant = is_relevant.sum()
        if n_relevant == 0:
            continue
        hits = is_relevant[:k]
        out[f"recall@{k}"][user] = hits.sum() / n_relevant
        ideal = discount[: min(n_relevant, k)].sum()  # every relevant item at the top
        out[f"ndcg@{k}"][user] = (hits * discount[: len(hits)]).sum() / ideal
        out[f"hit_rate@{k}"][user] = float(hits.any())
        out["mrr"][user] = 1 / (np.argmax(is_relevant) + 1)  # rank of the first relevant item
    return out


_NAN_MESSAGE = "scores contain NaN: the model produced invalid values"
_SLICE_BYTES = 2 << 20
_GROUPS_PER_K, _MIN_GROUPS = 16, 512
_LOW32 = 0xFFFFFFFF
_MINUS_INF_KEY = ~0xFF800000 & _LOW32  # the sort key of -inf (float32 bits 0xFF800000)


def _block_pairs(rows: np.ndarray, ptr: np.ndarray, idx: np.ndarray):
    """(row within block, column) pairs of a contiguous block of users' index lists."""
    counts = ptr[rows + 1] - ptr[rows]
    local = np.repeat(np.arange(len(rows)), counts)
    return local, idx[ptr[rows[0]] : ptr[rows[-1] + 1]]


def _rank_block(scores: np.ndarray, k: int, best: np.ndarray, best_col: np.ndarray):
    """Top k and the rank of one item, for each row of a block of scores.

    Returns the positions of each row's k best items, best first (-1 where fewer than k
    items score above -inf), and the 1-based rank of item ``best_col[r]`` (whose score is
    ``best[r]``) in row r (NaN where ``best_col[r]`` is -1). The ranking order is: higher
    score first, then lower position. Raises ValueError if any score is NaN.

    No row is sorted or partitioned whole. The columns are split into ``n_groups`` disjoint
    groups; the k-th largest of the group maxima is a lower bound on the row's k-th largest
    score (the k groups whose maxima reach it hold k distinct items at least as high). Only
    the items reaching that bound, about k + k/32 per row with at least 16k groups (plus
    ties at the bound), are candidates for the top k, and only they are sorted. The rank of
    the one item is one plus the number of items ranked before it, counted in one pass.
    """
    n_rows, n_cols = scores.shape
    rank = np.full(n_rows, np.nan)
    if n_cols == 0:
        return np.zeros((n_rows, 0), np.int64), rank
    n_groups = max(_GROUPS_PER_K * k, _MIN_GROUPS)
    size = n_cols // n_groups  # items per group (plus one for the first few groups)
    if size < 2:  # small catalogue: one item per group, the bound is the k-th largest score
        if np.isnan(scores).any():
            raise ValueError(_NAN_MESSAGE)
        maxima, n_groups = scores, n_cols
    else:
        # Group j holds the columns j, j + n_groups, ..., j + (size - 1) * n_groups, and
        # also j + size * n_groups for the first `rest` groups.
        span = size * n_groups
        rest = n_cols - span
        maxima = scores[:, :span].reshape(n_rows, size, n_groups).max(axis=1)
        np.maximum(maxima[:, :rest], scores[:, span:], out=maxima[:, :rest])
        if np.isnan(maxima).any():  # maximum propagates NaN: this checks every score
            raise ValueError(_NAN_MESSAGE)
    bound = np.partition(maxima, n_groups - k, axis=1)[:, n_groups - k]

    flat = np.flatnonzero(scores >= bound[:, None])  # the candidates for the top k
    rows = flat // n_cols
    cols = flat - rows * n_cols
    values = scores.ravel()[flat]
    counts = np.bincount(rows, minlength=n_rows)  # >= k in every row
    crowded = counts > max(8 * k, 256)
    if crowded.any():  # heavy ties at the bound: exact per-row selection below
        keep = ~crowded[rows]
        rows, cols, values = rows[keep], cols[keep], values[keep]
        counts[crowded] = 0
    # All rows' candidates sorted at once: a uint64 key per candidate, in the ranking order
    # (score, then lower position), in a zero-padded row of its own.
    bits = (values + np.float32(0)).view(np.uint32)  # (-0 becomes 0, its equal)
    ordered = np.where(bits >> 31 != 0, ~bits, bits | np.uint32(1 << 31))  # the float order
    keys = (ordered.astype(np.uint64) << np.uint64(32)) | (_LOW32 - cols).astype(np.uint64)
    padded = np.zeros((n_rows, max(k, int(counts.max()))), np.uint64)
    padded[rows, np.arange(len(rows)) - (np.cumsum(counts) - counts)[rows]] = keys
    padded.sort(axis=1)
    best_keys = padded[:, ::-1][:, :k]
    chosen = (_LOW32 - (best_keys & np.uint64(_LOW32))).astype(np.int64)
    chosen[best_keys >> np.uint64(32) == _MINUS_INF_KEY] = -1  # fewer than k items available
    for row in np.flatnonzero(crowded).tolist():
        row_scores = scores[row]
        kth = np.partition(row_scores, n_cols - k)[n_cols - k]
        above = np.flatnonzero(row_scores > kth)
        equal = np.flatnonzero(row_scores == kth)
        picked = np.concatenate([above, equal[: k - len(above)]])
        picked = picked[np.lexsort((picked, -row_scores[picked]))]
        chosen[row] = np.where(row_scores[picked] > -np.inf, picked, -1)

    # The rank of the item: one plus the number of items ranked before it, those scoring
    # higher and those scoring the same at a lower position.
    for user in np.flatnonzero(best_col >= 0).tolist():
        row, score, col = scores[user], best[user], best_col[user]
        rank[user] = 1 + np.count_nonzero(row[:col] >= score) + np.count_nonzero(row[col:] > score)
    return chosen, rank


def _best_relevant(rel_rows, rel_cols, rel_scores, n_rows: int, n_cols: int):
    """Score and position of each row's relevant item ranked first (NaN, -1 where none).

    That is the highest-scoring one, and of those the one at the lowest position.
    ``rel_rows`` is sorted.
    """
    best = np.full(n_rows, np.nan, np.float32)
    best_col = np.full(n_rows, -1, np.int64)
    if len(rel_rows):
        starts = np.flatnonzero(np.r_[True, rel_rows[1:] != rel_rows[:-1]])
        users = rel_rows[starts]
        best[users] = np.maximum.reduceat(rel_scores, starts)
        tied = rel_scores == best[rel_rows]
        best_col[users] = np.minimum.reduceat(np.where(tied, rel_cols, n_cols), starts)
    return best, best_col
