"""Sampled ranking metrics: each held-out item ranked against a few random negatives.

Many papers rank a user's held-out item against 100 items drawn at random instead of the whole
catalogue, because it is cheap. Krichene and Rendle (KDD 2020, "On Sampled Metrics for Item
Recommendation") showed that such metrics are not consistent with the full ranking: they can
change which of two methods looks better. This module computes them so that notebook 09 can
show the effect; the benchmark itself always ranks fully
(:func:`~coldstart_lab.evaluation.ranking.evaluate_ranking`).

Protocol, per user: draw ``n_negatives`` candidate positions uniformly, without replacement,
from the candidates that are neither relevant nor excluded (seeded per user: the same seed and
user row give the same draw). Each relevant item is ranked against those negatives only (its
rank is 1 plus the number of negatives ranked before it: a higher score, or the same score at
a lower position, as in the full ranking). Per user, the values are means over the user's
relevant items:

- ``recall@K``  share of relevant items ranked in the top K of their 1 + ``n_negatives``
- ``ndcg@K``    mean of 1 / log2(rank + 1) for ranks up to K (0 beyond): one relevant item
  per list, so the ideal DCG is 1
- ``auc``       share of the negatives ranked below the relevant item

:func:`evaluate_sampled` is vectorised; :func:`evaluate_sampled_plain` is the same thing
written one item at a time, to read and to test against.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def sample_negatives(
    n_items: int,
    relevant: Sequence[np.ndarray],
    *,
    n_negatives: int = 100,
    exclude: Sequence[np.ndarray] | None = None,
    seed: int = 0,
) -> list[np.ndarray]:
    """Per user, ``n_negatives`` random candidate positions, neither relevant nor excluded.

    Parameters
    ----------
    n_items : int
        Number of candidates (positions 0 .. n_items - 1).
    relevant : sequence of n_users arrays of int
        Per user, the relevant candidate positions.
    n_negatives : int, default 100
        Negatives per user; a user with fewer allowed candidates gets all of them.
    exclude : sequence of n_users arrays of int, optional
        Per user, positions never drawn (seen in training).
    seed : int, default 0
        User row ``r`` draws with ``numpy.random.default_rng([seed, r])``.

    Returns
    -------
    list of n_users int64 arrays, each sorted, of length ``min(n_negatives, allowed)``.
    """
    if int(n_negatives) < 1:
        raise ValueError(f"n_negatives must be at least 1, got {n_negatives}")
    if exclude is not None and len(exclude) != len(relevant):
        raise ValueError(f"exclude has {len(exclude)} rows, relevant has {len(relevant)}")
    drawn = []
    for row, positive in enumerate(relevant):
        forbidden = np.zeros(n_items, bool)
        forbidden[np.asarray(positive, dtype=np.int64)] = True
        if exclude is not None:
            forbidden[np.asarray(exclude[row], dtype=np.int64)] = True
        allowed = np.flatnonzero(~forbidden)
        size = min(int(n_negatives), len(allowed))
        rng = np.random.default_rng([int(seed), row])
        drawn.append(np.sort(rng.choice(allowed, size=size, replace=False)))
    return drawn


def evaluate_sampled(
    scores: np.ndarray,
    relevant: Sequence[np.ndarray],
    *,
    k: int = 10,
    n_negatives: int = 100,
    exclude: Sequence[np.ndarray] | None = None,
    seed: int = 0,
) -> dict[str, np.ndarray]:
    """Sampled Recall@K, NDCG@K and AUC per user (see the module docstring for the protocol).

    Parameters
    ----------
    scores : array-like of shape (n_users, n_items)
        Higher is better. No NaN.
    relevant : sequence of n_users arrays of int
        Per user, the relevant candidate positions (held-out interactions).
    k : int, default 10
        Cut-off of the sampled list of 1 + ``n_negatives`` items.
    n_negatives : int, default 100
        Random negatives per user.
    exclude : sequence of n_users arrays of int, optional
        Per user, positions never drawn as negatives and never counted as relevant.
    seed : int, default 0
        Seed of :func:`sample_negatives`.

    Returns
    -------
    dict of str -> ndarray of shape (n_users,)
        ``recall@k``, ``ndcg@k`` and ``auc``; NaN for users without a relevant item.
    """
    scores = np.asarray(scores, dtype=np.float32)  # the precision the full ranking uses
    if scores.ndim != 2 or len(scores) != len(relevant):
        raise ValueError(f"scores must be (n_users={len(relevant)}, n_items), got {scores.shape}")
    if int(k) < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if np.isnan(scores).any():
        raise ValueError("scores contain NaN: the model produced invalid values")
    k = int(k)
    n_users, n_items = scores.shape
    positives = [
        _kept(relevant[u], None if exclude is None else exclude[u]) for u in range(n_users)
    ]
    negatives = sample_negatives(
        n_items, relevant, n_negatives=n_negatives, exclude=exclude, seed=seed
    )
    # One row per (user, relevant item): the item's score against its user's negatives'.
    counts = np.fromiter(map(len, positives), np.int64, n_users)
    rows = np.repeat(np.arange(n_users), counts)
    cols = np.concatenate(positives) if len(rows) else np.zeros(0, np.int64)
    width = max(map(len, negatives), default=0)
    neg_cols = np.full((n_users, width), -1, np.int64)  # -1: padding (fewer negatives)
    for u, drawn in enumerate(negatives):
        neg_cols[u, : len(drawn)] = drawn
    neg_scores = np.where(neg_cols >= 0, scores[np.arange(n_users)[:, None], neg_cols], -np.inf)
    mine, theirs, their_cols = scores[rows, cols][:, None], neg_scores[rows], neg_cols[rows]
    before = (theirs > mine) | ((theirs == mine) & (their_cols >= 0) & (their_cols < cols[:, None]))
    rank = 1 + before.sum(axis=1)
    n_drawn = (their_cols >= 0).sum(axis=1)
    per_pair = {
        f"recall@{k}": (rank <= k).astype(float),
        f"ndcg@{k}": np.where(rank <= k, 1 / np.log2(rank + 1), 0.0),
        "auc": (n_drawn - (rank - 1)) / np.maximum(n_drawn, 1),
    }
    out = {}
    for name, values in per_pair.items():
        total = np.bincount(rows, weights=values, minlength=n_users)
        out[name] = np.where(counts > 0, total / np.maximum(counts, 1), np.nan)
    return out


def evaluate_sampled_plain(
    scores: np.ndarray,
    relevant: Sequence[np.ndarray],
    *,
    k: int = 10,
    n_negatives: int = 100,
    exclude: Sequence[np.ndarray] | None = None,
    seed: int = 0,
) -> dict[str, np.ndarray]:
    """:func:`evaluate_sampled` written plainly: one user, then one relevant item, at a time.

    Each relevant item and its user's negatives are sorted (higher score first, then lower
    position), and the item's place in that short list is its rank. A reference to read and
    to test the vectorised version against; same parameters and return value.
    """
    scores = np.asarray(scores, dtype=np.float32)
    negatives = sample_negatives(
        scores.shape[1], relevant, n_negatives=n_negatives, exclude=exclude, seed=seed
    )
    names = (f"recall@{k}", f"ndcg@{k}", "auc")
    out = {name: np.full(len(relevant), np.nan) for name in names}
    for user, drawn in enumerate(negatives):
        items = _kept(relevant[user], None if exclude is None else exclude[user])
        if len(items) == 0:
            continue
        hits, gains, aucs = [], [], []
        for item in items:
            short_list = np.r_[item, drawn]  # the item and its user's negatives
            row = scores[user, short_list]
            order = np.lexsort((short_list, -row))  # higher score, then lower position
            rank = int(np.flatnonzero(order == 0)[0]) + 1
            hits.append(rank <= k)
            gains.append(1 / np.log2(rank + 1) if rank <= k else 0.0)
            aucs.append((len(drawn) - (rank - 1)) / max(len(drawn), 1))
        out[f"recall@{k}"][user] = np.mean(hits)
        out[f"ndcg@{k}"][user] = np.mean(gains)
        out["auc"][user] = np.mean(aucs)
    return out


def _kept(positive, excluded) -> np.ndarray:
    """The distinct relevant positions that are not excluded."""
    positive = np.unique(np.asarray(positive, dtype=np.int64))
    if excluded is None:
        return positive
    return np.setdiff1d(positive, np.asarray(excluded, dtype=np.int64))
