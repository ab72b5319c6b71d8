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


def benchmark_bars(report: dict, metric: str):
    """Grouped bars of ``metric`` per view (groups) and method (bars), with 95% intervals.

    ``report`` is the dictionary :func:`coldstart_lab.benchmark.run_benchmark` returns.
    Returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    rows = [r for r in report["results"] if r["metric"] == metric and r["value"] is not None]
    methods = [m for m in report["settings"]["methods"] if any(r["method"] == m for r in rows)]
    views = [v for v in report["settings"]["views"] if any(r["view"] == v for r in rows)]
    figure, ax = plt.subplots(figsize=(1.2 + 1.3 * len(views), 4.2))
    width = 0.8 / max(1, len(methods))
    for j, method in enumerate(methods):
        values, lows, highs, positions = [], [], [], []
        for i, view in enumerate(views):
            match = [r for r in rows if r["method"] == method and r["view"] == view]
            if not match:
                continue
            r = match[0]
            positions.append(i + (j - (len(methods) - 1) / 2) * width)
            values.append(r["value"])
            lows.append(r["value"] - (r["ci_low"] if r["ci_low"] is not None else r["value"]))
            highs.append((r["ci_high"] if r["ci_high"] is not None else r["value"]) - r["value"])
        ax.bar(positions, values, width, yerr=[lows, highs], capsize=2, label=method)
    ax.set_xticks(range(len(views)), views, rotation=20, ha="right")
    ax.set_ylabel(metric)
    ax.set_title(f"{report['dataset']}: {metric} (95% bootstrap intervals)")
    ax.legend(fontsize=8, ncols=2)
    figure.tight_layout()
    return figure
