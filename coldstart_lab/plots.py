"""Small matplotlib helpers for the notebooks (each returns the Axes it drew on)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def similarity_heatmap(
    similarity: np.ndarray,
    labels: Sequence[str],
    *,
    ax=None,
    title: str = "",
    vmin: float = 0.0,
    vmax: float = 1.0,
    annotate: bool = True,
    cmap: str = "viridis",
):
    """Draw a square similarity matrix ``(n, n)`` with ``labels`` on both axes.

    Values are written in each cell when ``annotate`` (rounded to 2 decimals).
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    similarity = np.asarray(similarity, dtype=float)
    n = len(labels)
    if similarity.shape != (n, n):
        raise ValueError(
            f"similarity has shape {similarity.shape}, expected ({n}, {n}) for {n} labels"
        )
    if ax is None:
        _, ax = plt.subplots(figsize=(1.0 + 0.7 * n, 0.6 + 0.6 * n))
    image = ax.imshow(similarity, vmin=vmin, vmax=vmax, cmap=cmap)
    ax.set_xticks(range(n), labels, rotation=45, ha="right")
    ax.set_yticks(range(n), labels)
    if annotate:
        middle = (vmin + vmax) / 2
        for i in range(n):
            for j in range(n):
                value = similarity[i, j]
                ax.text(
                    j,
                    i,
                    f"{value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="black" if value > middle else "white",
                )
    if title:
        ax.set_title(title)
    ax.figure.colorbar(image, ax=ax, fraction=0.046, pad=0.04)
    return ax
