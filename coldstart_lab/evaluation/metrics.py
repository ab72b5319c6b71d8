"""Rating metrics (:func:`rmse`, :func:`mae`) and how well vectors separate labels
(:func:`pair_separation_auc`)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


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
