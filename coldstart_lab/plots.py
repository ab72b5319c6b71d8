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


def descent_paths(
    hessian,
    start,
    learning_rates: Sequence[float],
    *,
    minimum=(0.0, 0.0),
    steps: int = 30,
    labels: Sequence[str] = ("coordinate 1", "coordinate 2"),
    levels: int = 10,
    title: str = "",
):
    """Gradient descent on a quadratic over two coordinates: contours and paths, one panel per η.

    The loss is f(z) = ½ (z − z*)ᵀ H (z − z*), with ``hessian`` H ``(2, 2)`` (symmetric,
    positive definite) and ``minimum`` z* ``(2,)``; for a quadratic loss of many weights,
    restricted to a plane through its minimum, H is ``Pᵀ H_full P`` for the plane's two
    directions ``P`` ``(n_weights, 2)``. Each panel draws the contour lines of f and the path
    z ← z − η H (z − z*) of ``steps`` steps from ``start`` ``(2,)`` for one η of
    ``learning_rates``: the path is the line labelled ``"η = …"`` (``steps + 1`` points, cut at
    the first point that overflows). The view is the box around z* that holds ``start`` with a
    margin, so a diverging path leaves it. ``labels`` name the two coordinates. Returns the
    Figure.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    hessian = np.asarray(hessian, dtype=float)
    start = np.asarray(start, dtype=float)
    minimum = np.asarray(minimum, dtype=float)
    if hessian.shape != (2, 2) or not np.allclose(hessian, hessian.T):
        raise ValueError(f"hessian must be a symmetric (2, 2) matrix, got shape {hessian.shape}")
    if np.linalg.eigvalsh(hessian).min() <= 0:
        raise ValueError("hessian must be positive definite: the quadratic needs a minimum")
    if start.shape != (2,) or minimum.shape != (2,):
        raise ValueError(
            f"start and minimum must have shape (2,), got {start.shape}, {minimum.shape}"
        )
    rates = [float(eta) for eta in learning_rates]
    if not rates or min(rates) <= 0:
        raise ValueError(f"learning_rates must be positive and not empty, got {rates}")

    half = 1.25 * np.maximum(np.abs(start - minimum), 1e-12)
    grid = [np.linspace(m - h, m + h, 201) for m, h in zip(minimum, half, strict=True)]
    first, second = np.meshgrid(*grid)
    offsets = np.stack([first - minimum[0], second - minimum[1]], axis=-1)
    surface = 0.5 * np.einsum("...i,ij,...j->...", offsets, hessian, offsets)
    start_loss = 0.5 * (start - minimum) @ hessian @ (start - minimum)
    contour_levels = start_loss * np.geomspace(0.03, 1.5, int(levels)) ** 2

    figure, axes = plt.subplots(1, len(rates), figsize=(3.2 * len(rates), 3.4), squeeze=False)
    for j, (ax, eta) in enumerate(zip(axes[0], rates, strict=True)):
        path = [start]
        with np.errstate(over="ignore", invalid="ignore"):
            for _ in range(int(steps)):
                point = path[-1] - eta * hessian @ (path[-1] - minimum)
                if not np.isfinite(point).all():
                    break
                path.append(point)
        path = np.array(path)
        ax.contour(first, second, surface, levels=contour_levels, colors="0.7", linewidths=0.8)
        ax.plot(
            path[:, 0],
            path[:, 1],
            "o-",
            color=f"C{j % 10}",
            markersize=2.5,
            linewidth=1,
            label=f"η = {eta:g}",
        )
        ax.plot(*start, "o", color="black", markersize=5)
        ax.plot(*minimum, "*", color="black", markersize=10)
        ax.set_xlim(grid[0][0], grid[0][-1])
        ax.set_ylim(grid[1][0], grid[1][-1])
        ax.set_aspect("equal")
        ax.set_title(f"η = {eta:g}")
        ax.set_xlabel(labels[0])
    axes[0, 0].set_ylabel(labels[1])
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


# role -> (colour, marker, vertical offset in its shopper's row: events at the same time stay
# visible, e.g. a view in training and a cart of the same product held out)
SPLIT_ROLES = {
    "training": ("C0", "o", 0.0),
    "shot (known when ranking)": ("C2", "s", 0.0),
    "answer key (held out, scored)": ("C3", "D", -0.22),
    "held out, not scored": ("#777777", "x", 0.22),
}


def split_roles(data, view, user_ids):
    """The role each event of ``user_ids`` plays in one evaluation view.

    Parameters
    ----------
    data : Dataset
        The data the view was built from (:func:`coldstart_lab.evaluation.build_views`).
    view : ViewData
        One of its views.
    user_ids : sequence of str
        Shoppers among ``view.users``.

    Returns
    -------
    pandas.DataFrame
        ``(n_events, n_columns + 1)``: the shoppers' rows of ``data.interactions`` (index kept)
        and a ``role`` column, a key of :data:`SPLIT_ROLES`:

        - ``"training"``: in ``view.train``;
        - ``"shot (known when ranking)"``: in ``view.history`` only (a new shopper's first k);
        - ``"answer key (held out, scored)"``: held out, and its product is one the shopper is
          scored on (in ``view.relevant``, not in ``view.exclude``); in a ``cold_users_k{k}``
          view only the events after a shopper's first ``max(SHOTS)`` in time are queries, as
          in :func:`~coldstart_lab.data.splits.user_cold_split` (which orders tied times, and
          a dataset without timestamps, by a seeded shuffle that this function cannot see:
          there, the data's row order stands in for it, and shots and queries may differ);
        - ``"held out, not scored"``: the rest (a product unknown to training or already in
          the shopper's training events, a new product of the validation half, a new
          shopper's first events when this view does not give them).
    """
    import pandas as pd  # noqa: PLC0415

    from coldstart_lab.evaluation.views import SHOTS  # noqa: PLC0415

    user_ids = np.asarray(user_ids)
    rows = pd.Index(view.users).get_indexer(user_ids)
    if (rows < 0).any():
        raise ValueError(f"not shoppers of the {view.name!r} view: {list(user_ids[rows < 0])}")
    events = data.interactions[data.interactions["user_id"].isin(user_ids)]
    candidates = np.asarray(view.candidates)
    pairs = []  # (shopper, product) of every scored answer
    for user, row in zip(user_ids, rows, strict=True):
        shown = np.setdiff1d(view.relevant[row], [] if view.exclude is None else view.exclude[row])
        pairs += [(user, item) for item in candidates[shown]]
    scored = pd.MultiIndex.from_frame(events[["user_id", "item_id"]]).isin(pairs)
    if view.name.startswith("cold_users_k"):
        timed = events.sort_values("timestamp", kind="stable") if "timestamp" in events else events
        order = timed.groupby("user_id", sort=False).cumcount().reindex(events.index)
        scored &= order.to_numpy() >= max(SHOTS)
    role = np.select(
        [_rows_in(events, view.train), _rows_in(events, view.history), scored],
        list(SPLIT_ROLES)[:3],
        default="held out, not scored",
    )
    return events.assign(role=role)


def _rows_in(events, table) -> np.ndarray:
    """Boolean ``(len(events),)``: whether each row of ``events`` is also a row of ``table``
    (the n-th copy of a repeated row counts only if ``table`` has n copies)."""
    import pandas as pd  # noqa: PLC0415

    key = pd.util.hash_pandas_object(events, index=False)
    found = pd.util.hash_pandas_object(table[list(events.columns)], index=False).value_counts()
    copy = key.groupby(key).cumcount()
    return (copy < key.map(found).fillna(0)).to_numpy()


def _view_title(name: str) -> str:
    if name.startswith("cold_users_k"):
        k = name.removeprefix("cold_users_k")
        return f"{name}: 20% of the shoppers left out of training; k = {k} of their events known"
    titles = {
        "warm": "warm: a random 20% of each shopper's events held out",
        "cold_items": "cold_items: 20% of the products left out, with all their events",
        "overall": "overall: everything after one time cut held out",
    }
    return titles.get(name, name)


def plot_split_timeline(data, views, users_per_view: int = 6, seed: int = 0):
    """A few shoppers' events over time, each marked with its role in each evaluation view.

    One panel per view, stacked on one time axis: ``users_per_view`` shoppers of the view (a
    seeded choice among ``view.users``), one row each, and one marker per event of theirs at
    its time, coloured and shaped by its role (:func:`split_roles`; held-out events sit a little
    above or below the row's line, so that they stay visible next to a training event).

    Parameters
    ----------
    data : Dataset
        The data the views were built from.
    views : mapping of name -> ViewData, or sequence of ViewData
        From :func:`coldstart_lab.evaluation.build_views`.
    users_per_view : int, default 6
    seed : int, default 0
        The same seed draws the same shoppers.

    Returns
    -------
    matplotlib.figure.Figure
        One Axes per view, with one scatter per role present (labelled with the role) and the
        shoppers' ids as y tick labels. Without timestamps, x is the row in
        ``data.interactions``.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    views = list(views.values()) if isinstance(views, dict) else list(views)
    if not views or users_per_view < 1:
        raise ValueError("need at least one view and users_per_view >= 1")
    rng = np.random.default_rng(seed)
    shoppers = [
        np.sort(rng.choice(v.users, min(users_per_view, len(v.users)), False)) for v in views
    ]
    figure, axes = plt.subplots(
        len(views),
        1,
        figsize=(9, 1.2 + sum(0.3 * len(s) + 0.6 for s in shoppers)),
        sharex=True,
        squeeze=False,
        height_ratios=[len(s) + 1 for s in shoppers],
        layout="constrained",
    )
    timed = "timestamp" in data.interactions
    for ax, view, users in zip(axes[:, 0], views, shoppers, strict=True):
        events = split_roles(data, view, users)
        if timed:
            x = events["timestamp"].dt.tz_localize(None).to_numpy()
        else:
            x = data.interactions.index.get_indexer(events.index)
        y = np.searchsorted(users, events["user_id"].to_numpy())
        for role, (colour, marker, offset) in SPLIT_ROLES.items():
            mask = (events["role"] == role).to_numpy()
            if mask.any():
                at = y[mask] + offset
                ax.scatter(x[mask], at, s=24, alpha=0.8, color=colour, marker=marker, label=role)
        ax.set_yticks(range(len(users)), users, fontsize=8)
        ax.set_ylim(len(users) - 0.5, -0.5)
        ax.set_title(_view_title(view.name), fontsize=10, loc="left")
        ax.grid(axis="x", alpha=0.3)
    axes[-1, 0].set_xlabel("time of the event" if timed else "row in the interactions table")
    shown = {}
    for ax in axes[:, 0]:
        for handle, label in zip(*ax.get_legend_handles_labels(), strict=True):
            shown.setdefault(label, handle)
    order = [role for role in SPLIT_ROLES if role in shown]
    figure.legend([shown[r] for r in order], order, loc="outside upper center", ncols=4, fontsize=8)
    return figure


def _trainable_count(trainable, n_layers: int) -> int:
    """``trainable`` (an int or ``"all"``) as a number of top layers, checked against
    ``n_layers``."""
    if isinstance(trainable, str) and trainable == "all":
        return n_layers
    if isinstance(trainable, bool) or not isinstance(trainable, int | np.integer):
        raise ValueError(f"trainable must be an integer >= 0 or 'all', got {trainable!r}")
    if not 0 <= trainable <= n_layers:
        raise ValueError(
            f"trainable must be between 0 and {n_layers} (the encoder has {n_layers} layers) "
            f"or 'all', got {trainable}"
        )
    return int(trainable)


def plot_trainable_layers(n_layers: int, trainable=1, *, head: str = "head"):
    """The encoder's layer stack, frozen parts grey and trained parts coloured, head on top.

    ``trainable``: how many top transformer layers are fine-tuned (an int or ``"all"``), or a
    list or tuple of such settings drawn side by side (e.g. ``(0, 1, "all")``). Bottom to top,
    each stack shows the embeddings, layers 1 to ``n_layers``, the pooling (no weights) and
    the ``head``. Frozen boxes (the embeddings and the lower ``n_layers - trainable`` layers,
    unless every layer trains) are grey and bracketed as "run once per text, cached";
    trained boxes are coloured. Each box is a patch whose ``gid`` is ``"frozen"``,
    ``"trained"`` or ``"head"``. Raises ValueError for ``n_layers < 1`` or a setting outside
    0..``n_layers``. Returns the Figure (one Axes per setting).
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415
    from matplotlib.patches import FancyBboxPatch  # noqa: PLC0415

    if isinstance(n_layers, bool) or not isinstance(n_layers, int | np.integer) or n_layers < 1:
        raise ValueError(f"n_layers must be an integer >= 1, got {n_layers!r}")
    settings = list(trainable) if isinstance(trainable, list | tuple) else [trainable]
    if not settings:
        raise ValueError("trainable: give at least one setting, e.g. 1 or (0, 1, 'all')")
    counts = [_trainable_count(t, n_layers) for t in settings]
    rows = n_layers + 3  # embeddings, the layers, pooling, head
    figure, axes = plt.subplots(
        1, len(settings), figsize=(2.9 * len(settings), 0.42 * rows + 0.9), squeeze=False
    )
    colours = {"frozen": "#d9d9d9", "trained": "C1", "head": "C2"}
    for ax, setting, count in zip(axes[0], settings, counts, strict=True):
        n_frozen = n_layers - count
        kinds = ["frozen" if n_frozen else "trained"]  # the embeddings
        kinds += ["frozen" if i < n_frozen else "trained" for i in range(n_layers)]
        names = ["embeddings"] + [f"layer {i + 1}" for i in range(n_layers)] + ["", head]
        for row, kind in enumerate([*kinds, None, "head"]):
            if kind is None:  # pooling: no weights, no box
                ax.text(0.35, row + 0.5, "mean pooling", ha="center", va="center", fontsize=7)
                continue
            style = dict(facecolor=colours[kind], edgecolor="black", linewidth=0.8, gid=kind)
            box = FancyBboxPatch((0.05, row + 0.12), 0.6, 0.76, "round,pad=0.02", **style)
            ax.add_patch(box)
            label = f"{names[row]} · {'trained' if kind == 'head' else kind}"
            ax.text(0.35, row + 0.5, label, ha="center", va="center", fontsize=8)
        top = n_frozen + 1 if n_frozen else 0  # frozen boxes, the embeddings included
        if top:
            ax.plot([0.7, 0.74, 0.74, 0.7], [0.15, 0.15, top - 0.15, top - 0.15], color="grey")
            ax.text(0.77, top / 2, "run once\nper text,\ncached", va="center", fontsize=7)
        else:
            ax.text(0.7, rows / 2, "nothing\ncached:\neach step\nruns all", va="center", fontsize=7)
        ax.set_xlim(0, 1)
        ax.set_ylim(0, rows)
        ax.set_axis_off()
        ax.set_title(f"trainable_layers={setting!r}", fontsize=9)
    figure.tight_layout()
    return figure


def plot_encoder_pipeline(
    tokens: Sequence[str],
    token_ids: Sequence[int],
    n_layers: int,
    dim: int,
    vector: np.ndarray | None = None,
    *,
    text: str | None = None,
    ax=None,
):
    """Draw the steps a BERT sentence encoder takes from one text to one unit vector.

    Top to bottom: the ``text`` (when given), its word pieces ``tokens`` (``[CLS]`` and
    ``[SEP]`` included) ``(n_tokens,)``, their ``token_ids`` ``(n_tokens,)``, a stack of
    ``n_layers`` transformer layers (patches with gid ``"layer"``), one ``dim``-number vector per
    token, masked mean pooling, L2 normalisation and the text's unit vector. ``vector``
    ``(dim,)``, e.g. ``encoder.encode([text])[0]``, is drawn as a colour strip with its first
    values and its length. Only the numbers passed in are shown. Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415
    from matplotlib.patches import FancyArrowPatch, Rectangle  # noqa: PLC0415

    tokens, token_ids = [str(t) for t in tokens], [int(i) for i in token_ids]
    n = len(tokens)
    if n == 0 or n != len(token_ids):
        raise ValueError(
            f"got {n} tokens and {len(token_ids)} token ids: pass one id per token (at least one)"
        )
    if int(n_layers) < 1 or int(dim) < 1:
        raise ValueError(f"n_layers and dim must be at least 1, got {n_layers} and {dim}")
    n_layers, dim = int(n_layers), int(dim)
    if vector is not None:
        vector = np.asarray(vector, dtype=float)
        if vector.shape != (dim,):
            raise ValueError(f"vector has shape {vector.shape}, expected ({dim},)")
    if ax is None:
        _, ax = plt.subplots(figsize=(max(7.0, 0.75 * n + 3.0), 7.0))
    grey, blue = "#555555", "#1f77b4"
    middle = n / 2

    def arrow(x0, y0, x1, y1):
        ax.add_patch(
            FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=8, color=grey)
        )

    def step(y, label):
        ax.text(-0.3, y, label, ha="right", va="center", fontsize=9, color=grey)

    # text -> word pieces -> ids
    if text is not None:
        ax.text(middle, 9.4, f"“{text}”", ha="center", va="center", fontsize=11, style="italic")
        step(9.4, "text")
        arrow(middle, 9.15, middle, 8.75)
    step(8.4, "WordPiece tokens")
    step(7.75, "token ids")
    for i, (token, token_id) in enumerate(zip(tokens, token_ids, strict=True)):
        special = token.startswith("[") and token.endswith("]")
        ax.text(
            i + 0.5,
            8.4,
            token,
            ha="center",
            va="center",
            fontsize=9,
            bbox={"boxstyle": "round,pad=0.3", "fc": "#fde9c9" if special else "#e8f0fa"},
        )
        ax.text(i + 0.5, 7.75, str(token_id), ha="center", va="center", fontsize=8)
        arrow(i + 0.5, 7.55, i + 0.5, 7.0)
        arrow(i + 0.5, 4.9, i + 0.5, 4.45)
    # the stack of transformer layers: the ids enter layer 1, at the top
    height = 2.1 / n_layers
    for layer in range(n_layers):
        y = 4.95 + (n_layers - 1 - layer) * height
        box = Rectangle((0, y), n, 0.8 * height, fc="#dbe7d3", ec="#5a7d4a", gid="layer")
        ax.add_patch(box)
        ax.text(0.1, y + 0.4 * height, f"layer {layer + 1}", va="center", fontsize=7)
    step(6.0, f"{n_layers} transformer layers\n(each token looks at all the others)")
    # one vector per token
    step(3.75, f"one {dim}-number vector\nper token")
    for i in range(n):
        ax.add_patch(Rectangle((i + 0.3, 3.1), 0.4, 1.3, fc="white", ec=blue, gid="token vector"))
    ax.text(n - 0.5, 2.95, f"{n} × {dim}", ha="center", va="top", fontsize=8, color=blue)
    # masked mean pooling, normalisation, the text's vector
    for i in range(n):
        arrow(i + 0.5, 3.05, middle, 2.35)
    step(2.15, "masked mean pooling")
    ax.text(
        middle,
        2.15,
        f"mean over the {n} real tokens (padding masked out)",
        ha="center",
        va="center",
        fontsize=9,
        bbox={"boxstyle": "round", "fc": "white", "ec": grey},
    )
    arrow(middle, 1.95, middle, 1.6)
    step(1.4, "L2 normalisation")
    ax.text(
        middle,
        1.4,
        "divide by its length",
        ha="center",
        va="center",
        fontsize=9,
        bbox={"boxstyle": "round", "fc": "white", "ec": grey},
    )
    arrow(middle, 1.2, middle, 0.85)
    step(0.6, f"one {dim}-d unit vector")
    if vector is not None:
        limit = float(np.abs(vector).max()) or 1.0
        ax.imshow(
            vector[None, :],
            extent=(0, n, 0.4, 0.8),
            aspect="auto",
            cmap="RdBu_r",
            vmin=-limit,
            vmax=limit,
        )
        shown = ", ".join([f"{value:.3f}" for value in vector[:4]] + ["…"] * (dim > 4))
        caption = f"[{shown}]   {dim} numbers, length {np.linalg.norm(vector):.3f}"
    else:
        ax.add_patch(Rectangle((0, 0.4), n, 0.4, fc="white", ec=blue))
        caption = f"{dim} numbers, length 1"
    ax.text(middle, 0.3, caption, ha="center", va="top", fontsize=9)
    ax.set_xlim(-3.2, n + 0.1)
    ax.set_ylim(-0.1, 9.8 if text is not None else 8.9)
    ax.axis("off")
    return ax


KSHOT_MARKS = {  # role -> (marker, face colour, edge colour, legend label)
    "revealed": ("o", "C0", "C0", "revealed: shown to the model"),
    "hidden": ("o", "none", "0.6", "not shown yet (not scored either)"),
    "key": ("s", "C2", "C2", "answer key: a product to find"),
    "removed": ("X", "C3", "C3", "left out of the key: already revealed"),
}


def plot_kshot_timeline(views, user_id, *, answer=None, item_labels=None, ax=None):
    """One new user's k-shot views as a timeline: what a model is shown, and what it must find.

    Each view (``cold_users_k{k}`` from :func:`coldstart_lab.evaluation.views.build_views`) is
    one row, in the order given. Left, at position 0, the sign-up ``answer`` (every row has
    it); then the user's events numbered 1, 2, ...: first the events the view with the largest
    k reveals (its ``history`` rows of the user, in time order when there are timestamps), then
    the held-out events that form the answer key (``view.relevant``, in the view's order: the
    data's row order, time order for the bundled datasets). In the row of a view that reveals
    k events, events 1..k are *revealed*, the next ones up to the largest k are *not shown*
    (and not scored), and each held-out event is either in the *answer key* or, when its
    product is among the k revealed ones, *left out of the key*, as the evaluation does
    (``exclude`` removes it from ``relevant``). The number of distinct products left to find
    is written at the end of each row.

    Parameters
    ----------
    views : sequence of ViewData
        k-shot views of one split (each with ``exclude``), e.g. the four ``cold_users_k{k}``.
    user_id : a user of every view (``view.users``).
    answer : str, optional
        The user's sign-up text, quoted in the title.
    item_labels : mapping of item id -> str, optional
        Tick labels of the events (e.g. a Series of product titles by item id, cut to 28
        characters); default: the item ids.
    ax : matplotlib Axes, optional

    Returns the Axes. Its markers are one scatter collection per row and role, with gid
    ``"k{k}:{role}"`` (role: ``revealed``, ``hidden``, ``key``, ``removed``), offsets
    ``(event number, row)``. Raises ``ValueError`` for a user missing from a view, a view
    without ``exclude`` (not a k-shot view), or views that are not k-shot views of one split
    (other held-out events, or revealed events that are not a common beginning).
    """
    import textwrap  # noqa: PLC0415

    import matplotlib.pyplot as plt  # noqa: PLC0415

    views = list(views)
    if not views:
        raise ValueError("views is empty: pass the k-shot views, e.g. the cold_users_k{k} ones")
    revealed, held_out = [], None
    for view in views:
        if view.exclude is None:
            raise ValueError(f"view {view.name!r} has no exclude: not a k-shot (cold_users) view")
        rows = np.flatnonzero(np.asarray(view.users) == user_id)
        if len(rows) == 0:
            raise ValueError(f"{user_id!r} is not a new user of view {view.name!r}")
        seen = view.history[view.history["user_id"] == user_id]
        if "timestamp" in seen:
            seen = seen.sort_values("timestamp", kind="stable")
        revealed.append(seen["item_id"].to_numpy())
        later = np.asarray(view.candidates)[view.relevant[rows[0]]]
        if held_out is not None and not np.array_equal(later, held_out):
            raise ValueError("the views hold different answer keys: pass views of one split")
        held_out = later
    first = max(revealed, key=len)
    if any(not np.array_equal(first[: len(r)], r) for r in revealed):
        raise ValueError("the revealed events are not a common beginning: views of one split?")
    events = np.concatenate([first, held_out])
    labels = dict(item_labels) if item_labels is not None else {}
    if ax is None:
        _, ax = plt.subplots(figsize=(max(5.0, 2.0 + 0.45 * len(events)), 1.2 + 0.6 * len(views)))
    number = np.arange(1, len(events) + 1)
    for row, shown in enumerate(revealed):
        k, y = len(shown), -row
        in_key = ~np.isin(held_out, shown)
        roles = {
            "revealed": number[:k],
            "hidden": number[k : len(first)],
            "key": number[len(first) :][in_key],
            "removed": number[len(first) :][~in_key],
        }
        for role, x in roles.items():
            marker, face, edge, label = KSHOT_MARKS[role]
            style = {"marker": marker, "s": 70, "facecolors": face, "edgecolors": edge}
            label = label if row == 0 else None
            ax.scatter(x, np.full(len(x), y), label=label, gid=f"k{k}:{role}", zorder=3, **style)
        star = "sign-up answer (always shown)" if row == 0 else None
        ax.scatter([0], [y], marker="*", s=160, color="C1", label=star, zorder=3)
        n_key = len(np.unique(held_out[in_key]))
        ax.text(len(events) + 0.7, y, f"key: {n_key} products", va="center", fontsize=9)
    ax.axvline(len(first) + 0.5, color="0.5", linestyle="--", linewidth=1)
    ax.set_yticks(-np.arange(len(views)), [f"k = {len(r)}" for r in revealed])
    names = ["answer"] + [str(labels.get(item, item))[:28] for item in events]
    ax.set_xticks(np.arange(len(events) + 1), names, rotation=60, ha="right", fontsize=8)
    ax.set_xlim(-0.7, len(events) + 4.5)
    ax.set_ylim(-len(views) + 0.4, 0.9)
    title = f"{user_id}: what each k-shot view reveals (left of the dashed line) and asks for"
    if answer:
        title += "\n" + textwrap.shorten(f"sign-up answer: “{answer}”", 110)
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(f"events in order: the first {len(first)} (shots), then the held-out ones")
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8, frameon=False)
    return ax


def plot_news_stream(data, *, time_column: str = "published_at", axes=None):
    """A stream of new items in two panels: items published per day, and the click-age curve.

    ``data`` is a Dataset whose items have publication times (``time_column``) and whose
    interactions have timestamps. Left: items published per calendar day (UTC). Right: the
    share of interactions that came within h hours of their item's publication, against h
    (interactions with an item without a time are left out), with the median marked.
    ``axes``: two matplotlib Axes (default: a new figure). Returns the Figure. The two lines
    carry gids ``"per_day"`` (x: days as numbers, y: counts) and ``"click_age"`` (x: hours,
    y: cumulative share).
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    if time_column not in data.items:
        raise ValueError(f"the items have no {time_column!r} column: pass time_column")
    published = pd.to_datetime(data.items[time_column], utc=True)
    days = published.dropna().dt.floor("D")
    span = pd.date_range(days.min(), days.max(), freq="D")
    per_day = days.value_counts().reindex(span, fill_value=0)  # days without an item: 0
    by_item = pd.Series(published.to_numpy(), index=data.items["item_id"].to_numpy())
    events = data.interactions
    hours = (events["timestamp"] - events["item_id"].map(by_item)).dt.total_seconds() / 3600
    hours = np.sort(hours.dropna().to_numpy())
    if axes is None:
        _, axes = plt.subplots(1, 2, figsize=(11, 3.6))
    left, right = axes
    left.plot(per_day.index, per_day.to_numpy(), color="C0", linewidth=1, gid="per_day")
    left.axhline(per_day.mean(), color="0.4", linestyle="--", linewidth=1)
    left.set_title(f"{len(days):,} items, {per_day.mean():.0f} a day on average")
    left.set_ylabel("items published per day")
    left.set_ylim(bottom=0)
    left.tick_params(axis="x", labelrotation=30)
    share = np.arange(1, len(hours) + 1) / max(len(hours), 1)
    right.plot(hours, share, color="C3", gid="click_age")
    if len(hours):
        median = float(np.median(hours))
        right.axvline(median, color="0.4", linestyle="--", linewidth=1)
        right.text(median, 0.05, f" half of the clicks\n within {median:.0f} h", fontsize=8)
    right.set_xlabel("hours since the item was published")
    right.set_ylabel("share of clicks so far")
    right.set_ylim(0, 1.02)
    right.set_title("the click-age curve")
    for ax in axes:
        ax.grid(alpha=0.3)
    return left.figure


AGE_COLUMNS = ("day", "series", "age_days")
AGE_TICKS = (
    (1 / 24, "1 hour"),
    (0.25, "6 hours"),
    (1, "1 day"),
    (7, "1 week"),
    (30, "1 month"),
    (90, "3 months"),
)


def plot_age_by_day(table, *, ax=None, title: str = "", floor_days: float = 1 / 24):
    """Day by day, how old the items are that each method shows, next to what users clicked.

    ``table`` is tidy: one row per item shown (or clicked) with columns ``day`` (a date or a
    label, in order), ``series`` (a method's name, or e.g. ``"clicked"``) and ``age_days``
    (the item's age that day). Each series is a line through its daily median with a band
    from the 25th to the 75th percentile, on a log scale (ages below ``floor_days``, one hour
    by default, are drawn at it). A series named ``"clicked"`` is drawn in black. Series keep
    their order of first appearance. Returns the Axes; each median line has gid
    ``"median:<series>"``.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    missing = [c for c in AGE_COLUMNS if c not in table]
    if missing:
        raise ValueError(
            f"table lacks the column(s) {missing}: expected one row per item shown with "
            f"{', '.join(AGE_COLUMNS)}"
        )
    table = pd.DataFrame(table)[list(AGE_COLUMNS)].dropna()
    days = list(dict.fromkeys(table["day"]))
    position = {day: j for j, day in enumerate(days)}
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 4.2))
    colour = 0
    for series in dict.fromkeys(table["series"]):
        rows = table[table["series"] == series]
        ages = rows["age_days"].clip(lower=floor_days).groupby(rows["day"].map(position))
        quartiles = ages.quantile([0.25, 0.5, 0.75]).unstack().sort_index()
        x = quartiles.index.to_numpy()
        if series == "clicked":
            style = {"color": "black", "linewidth": 2.2}
        else:
            style = {"color": f"C{colour % 10}", "linewidth": 1.6}
            colour += 1
        ax.plot(x, quartiles[0.5], label=str(series), gid=f"median:{series}", **style)
        ax.fill_between(x, quartiles[0.25], quartiles[0.75], color=style["color"], alpha=0.12)
    ax.set_yscale("log")
    low, high = ax.get_ylim()
    ticks = [(t, label) for t, label in AGE_TICKS if low <= t <= high]
    ax.set_yticks([t for t, _ in ticks], [label for _, label in ticks])
    ax.minorticks_off()
    step = max(1, len(days) // 8)
    ax.set_xticks(range(0, len(days), step), [str(d) for d in days[::step]], rotation=30)
    ax.set_ylabel("age of the item that day (log scale)")
    ax.set_title(title or "how old the items shown are, day by day (median, 25-75% band)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return ax


def _interval_table(table, label: str, metric: str):
    """``table`` (rows as dicts or a DataFrame) with ``label``, ``metric``, ``metric_low`` and
    ``metric_high`` as a DataFrame, or a one-line ValueError naming what is missing."""
    import pandas as pd  # noqa: PLC0415

    table = pd.DataFrame(table)
    needed = [label, metric, f"{metric}_low", f"{metric}_high"]
    missing = [c for c in needed if c not in table]
    if missing:
        raise ValueError(f"table lacks the column(s) {missing}: expected {', '.join(needed)}")
    return table


def plot_learning_curve(
    table, *, metric: str = "recall", ax=None, title: str = "", ylabel: str = ""
):
    """Quality against the number of training examples, one line per model, with intervals.

    ``table``: rows (dicts, e.g. ``finetune_study.json``'s ``learning_curve``) or a DataFrame
    with columns ``model``, ``n_train``, ``<metric>``, ``<metric>_low`` and
    ``<metric>_high``; rows whose metric is missing (``None``/NaN) are left out. The x axis is
    logarithmic; each model is a line through its values (gid ``"curve:<model>"``) with a
    shaded 95% band between the bounds. Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    table = _interval_table(table, "model", metric)
    if "n_train" not in table:
        raise ValueError("table lacks the column 'n_train' (training examples per row)")
    table = table.dropna(subset=[metric])
    if table.empty:
        raise ValueError(f"no row of the table has a value of {metric!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 4))
    for j, (model, rows) in enumerate(table.groupby("model", sort=False)):
        rows = rows.sort_values("n_train")
        x = rows["n_train"].to_numpy(float)
        low = rows[f"{metric}_low"].to_numpy(float)
        high = rows[f"{metric}_high"].to_numpy(float)
        colour = f"C{j % 10}"
        ax.plot(x, rows[metric], "o-", color=colour, label=str(model), gid=f"curve:{model}")
        ax.fill_between(x, low, high, color=colour, alpha=0.15)
    ax.set_xscale("log")
    ax.set_xlabel("training examples (log scale)")
    ax.set_ylabel(ylabel or metric)
    ax.set_title(title or f"{metric} against the number of training examples (95% intervals)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return ax


def plot_interval_comparison(
    table,
    *,
    label: str,
    metric: str = "recall",
    reference: float | None = None,
    reference_label: str = "reference",
    ax=None,
    title: str = "",
    xlabel: str = "",
):
    """One row per setting (a remedy, a loss...): its value and 95% interval, side by side.

    ``table``: rows (dicts, e.g. ``finetune_study.json``'s ``remedies`` or ``losses``) or a
    DataFrame with columns ``<label>``, ``<metric>``, ``<metric>_low``, ``<metric>_high``.
    Each row is drawn as a point with a horizontal interval (gid ``"interval:<label>"``), top
    to bottom in the table's order; ``reference`` adds a dashed vertical line (gid
    ``"reference"``), e.g. the no-remedy value, so that overlapping intervals are easy to see.
    Returns the Axes.
    """
    import matplotlib.pyplot as plt  # noqa: PLC0415

    table = _interval_table(table, label, metric).dropna(subset=[metric])
    if table.empty:
        raise ValueError(f"no row of the table has a value of {metric!r}")
    if ax is None:
        _, ax = plt.subplots(figsize=(6.5, 0.45 * len(table) + 1.2))
    y = np.arange(len(table))[::-1]
    for j, (position, (_, row)) in enumerate(zip(y, table.iterrows(), strict=True)):
        low, high = float(row[f"{metric}_low"]), float(row[f"{metric}_high"])
        ax.plot([low, high], [position, position], color=f"C{j % 10}", linewidth=3, alpha=0.5)
        ax.plot([row[metric]], [position], "o", color=f"C{j % 10}", gid=f"interval:{row[label]}")
    if reference is not None:
        ax.axvline(reference, color="black", linestyle="--", linewidth=1, gid="reference")
        ax.text(reference, y[0] + 0.45, f" {reference_label}", fontsize=8, va="bottom")
    ax.set_yticks(y, [str(v) for v in table[label]])
    ax.set_ylim(-0.6, len(table) - 0.1)
    ax.set_xlabel(xlabel or f"{metric} (95% interval)")
    ax.set_title(title or f"{metric} by {label}")
    ax.grid(alpha=0.3, axis="x")
    return ax
