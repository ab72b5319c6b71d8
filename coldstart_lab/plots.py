"""Small matplotlib helpers for the notebooks (each returns the Axes or the Figure it drew on)."""

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


def embedding_map(
    vectors: np.ndarray,
    labels: Sequence[str],
    *,
    method: str = "tsne",
    seed: int = 0,
    ax=None,
    title: str | None = None,
):
    """Scatter plot of ``vectors`` ``(n, d)`` projected to 2-D, coloured by ``labels``.

    ``method`` is ``"tsne"`` (scikit-learn t-SNE, PCA-initialised: keeps neighbourhoods,
    a few seconds per 1,000 points) or ``"pca"`` (a linear projection: instant, but
    clusters overlap more). Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    vectors = np.asarray(vectors, dtype=np.float32)
    labels = np.asarray(labels)
    if vectors.ndim != 2 or len(vectors) != len(labels):
        raise ValueError(
            f"expected (n, d) vectors with one label each, got {vectors.shape}, {len(labels)}"
        )
    if method == "tsne":
        from sklearn.manifold import TSNE  # noqa: PLC0415

        perplexity = min(30.0, max(2.0, (len(vectors) - 1) / 3))
        points = TSNE(2, init="pca", perplexity=perplexity, random_state=seed).fit_transform(
            vectors
        )
    elif method == "pca":
        from sklearn.decomposition import PCA  # noqa: PLC0415

        points = PCA(2, random_state=seed).fit_transform(vectors)
    else:
        raise ValueError(f"method must be 'tsne' or 'pca', got {method!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 6))
    groups = list(dict.fromkeys(labels.tolist()))
    colours = plt.get_cmap("tab20" if len(groups) > 10 else "tab10")
    for g, group in enumerate(groups):
        mask = labels == group
        ax.scatter(*points[mask].T, s=8, alpha=0.7, color=colours(g % colours.N), label=group)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.legend(fontsize=7, markerscale=2, loc="center left", bbox_to_anchor=(1.0, 0.5))
    ax.set_title(title or f"{method.upper()} map of {len(vectors)} embeddings")
    return ax


def loss_curves(
    curves: dict,
    *,
    ax=None,
    optimum: float | None = None,
    log: bool = True,
    marks: dict | None = None,
    title: str = "",
    ylabel: str | None = None,
):
    """One line per ``label -> per-epoch losses`` in ``curves``, against epochs 1, 2, ...

    ``optimum``: subtract it (e.g. the closed-form loss) and plot the gap L(θ) − L*, which a
    log scale turns into a straight line when gradient descent converges linearly (gaps of 0
    or less are not drawn). ``marks``: ``label -> epoch`` drawn as dashed vertical lines (e.g.
    the best and the early-stopping epoch). Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 4))
    for label, losses in curves.items():
        values = np.asarray(losses, dtype=float)
        if optimum is not None:
            values = values - optimum
        if log:
            values = np.where(values > 0, values, np.nan)
        ax.plot(np.arange(1, len(values) + 1), values, label=str(label))
    for j, (label, epoch) in enumerate((marks or {}).items()):
        ax.axvline(epoch, linestyle="--", linewidth=1, color=f"C{len(curves) + j}", label=label)
    if log:
        ax.set_yscale("log")
    ax.set_xlabel("epoch")
    ax.set_ylabel(ylabel or ("L(θ) − L*" if optimum is not None else "loss"))
    if title:
        ax.set_title(title)
    ax.legend(fontsize=8)
    return ax


def coefficient_bars(
    theta: np.ndarray,
    names: Sequence[str],
    *,
    skip: Sequence[str] = ("bias",),
    ax=None,
    title: str = "",
):
    """Bars of a linear model's weights θ, one per feature name, coloured by block.

    The block is the part of the name before ``_`` (``item_3`` -> ``item``). Features named in
    ``skip`` are left out (the bias sits near the mean rating and would flatten the others).
    Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    theta = np.asarray(theta, dtype=float)
    if theta.shape != (len(names),):
        raise ValueError(f"theta has shape {theta.shape}, expected ({len(names)},) for the names")
    keep = [j for j, name in enumerate(names) if name not in set(skip)]
    blocks = list(dict.fromkeys(str(names[j]).split("_")[0] for j in keep))
    if ax is None:
        _, ax = plt.subplots(figsize=(max(5.0, 0.28 * len(keep) + 1.5), 3.8))
    for b, block in enumerate(blocks):
        positions = [p for p, j in enumerate(keep) if str(names[j]).split("_")[0] == block]
        ax.bar(positions, theta[[keep[p] for p in positions]], color=f"C{b}", label=block)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(range(len(keep)), [names[j] for j in keep], rotation=90, fontsize=7)
    ax.set_ylabel("θ")
    if title:
        ax.set_title(title)
    ax.legend(fontsize=8)
    return ax


def rating_residuals(y_true, predictions: dict, *, title: str = ""):
    """How rating predictions relate to the true ratings, for one or more models.

    ``predictions``: label -> predicted ratings ``(n,)`` in the order of ``y_true``. Left: the
    mean prediction (± one standard deviation) at each true rating value, against the diagonal
    a perfect model would follow. Right: histograms of the residuals y − ŷ on shared bins.
    Returns the Figure.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    y_true = np.asarray(y_true, dtype=float)
    levels = np.unique(y_true)
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    left.plot(levels, levels, "k--", linewidth=1, label="perfect")
    residuals = {}
    for j, (label, y_pred) in enumerate(predictions.items()):
        y_pred = np.asarray(y_pred, dtype=float)
        if y_pred.shape != y_true.shape:
            raise ValueError(f"{label}: predictions {y_pred.shape} do not match {y_true.shape}")
        means = np.array([y_pred[y_true == v].mean() for v in levels])
        spread = np.array([y_pred[y_true == v].std() for v in levels])
        shift = (j - (len(predictions) - 1) / 2) * 0.08
        left.errorbar(levels + shift, means, yerr=spread, fmt="o", capsize=3, label=label)
        residuals[label] = y_true - y_pred
    left.set_xlabel("true rating")
    left.set_ylabel("predicted rating (mean ± sd)")
    left.legend(fontsize=8)
    everything = np.concatenate(list(residuals.values()))
    bins = np.linspace(everything.min(), everything.max(), 31)
    for label, values in residuals.items():
        right.hist(values, bins=bins, alpha=0.5, label=label)
    right.axvline(0, color="black", linewidth=0.8)
    right.set_xlabel("residual y − ŷ")
    right.set_ylabel("ratings")
    right.legend(fontsize=8)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


SHOT_COLUMNS = ("method", "k", "value", "ci_low", "ci_high")


def shot_curve(table, *, ylabel: str = "Recall@20", title: str = "", ax=None):
    """One line per method of a metric against k, the number of a new user's known events.

    ``table`` is tidy: one row per (method, k) with columns ``method``, ``k``, ``value``,
    ``ci_low`` and ``ci_high`` (e.g. from :func:`coldstart_lab.evaluation.views.view_metrics` on the
    ``cold_users_k{k}`` views). Each method's 95% interval is a shaded band around its line.
    Methods keep their order of first appearance; rows without a value (a method that cannot
    serve that k) are not drawn, and a missing bound leaves a gap in the band. Returns the
    Figure.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    missing = [c for c in SHOT_COLUMNS if c not in table]
    if missing:
        raise ValueError(
            f"table lacks the column(s) {missing}: expected one row per method and k with "
            f"{', '.join(SHOT_COLUMNS)}"
        )
    table = pd.DataFrame(table)[list(SHOT_COLUMNS)]
    table = table[table["value"].notna()]
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 4))
    for j, method in enumerate(dict.fromkeys(table["method"])):
        rows = table[table["method"] == method].sort_values("k")
        k = rows["k"].to_numpy(dtype=float)
        low, high = (rows[c].to_numpy(dtype=float) for c in ("ci_low", "ci_high"))
        colour = f"C{j % 10}"
        ax.plot(k, rows["value"].to_numpy(dtype=float), "o-", color=colour, label=str(method))
        ax.fill_between(k, low, high, color=colour, alpha=0.15, linewidth=0)
    shots = np.unique(table["k"].to_numpy(dtype=float))
    ax.set_xticks(shots, [f"{s:g}" for s in shots])
    ax.set_xlabel("k: events known for the new user")
    ax.set_ylabel(ylabel)
    ax.set_ylim(bottom=0)
    ax.set_title(title or f"{ylabel} against k (bands: 95% intervals)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return ax.figure
