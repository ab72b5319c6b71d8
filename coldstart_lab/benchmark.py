"""The cold-start benchmark: every method of the course, under every view, measured one way.

Views (each a split of the data, see :mod:`coldstart_lab.splits`):

- ``cold_items``       new items: rank only the held-out test items for users who interacted
                       with them; models train without any interaction of those items.
- ``cold_users_k{k}``  new users with k = 0, 1, 3, 5 known interactions ("shots"), ranked over
                       the whole catalogue; the shots are excluded from the ranking.
- ``warm``             known users and items: per-user holdout, ranked over the items that
                       have training interactions, the user's train items excluded.
- ``overall``          a global time cut: after it, old and new items compete in one list for
                       every user who was active before it, as in production.

Every ranking is full (no sampled negatives). Values come with 95% bootstrap intervals over
users. A method that cannot serve a view (matrix factorisation has no vector for a new item)
is reported as not applicable rather than scored with made-up numbers.

:func:`run_benchmark` returns the result rows; :func:`write_report` writes ``results.json``,
``report.md`` and PNG plots. The ``coldstart-lab benchmark`` command wraps both. In a
notebook, :func:`view_metrics` gives one fitted model's figures on one view as numbers and
:func:`metrics_table` gives several models' figures as a printable table.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from coldstart_lab.data import ITEM_ID, USER_ID, Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation import RankingResult, bootstrap_ci, evaluate_ranking
from coldstart_lab.recommenders import CannotServe, Recommender, _positions_per_user
from coldstart_lab.splits import item_cold_split, temporal_split, user_cold_split, warm_split

SHOTS = (0, 1, 3, 5)
VIEWS = ("cold_items", *(f"cold_users_k{k}" for k in SHOTS), "warm", "overall")


def _random(seed):
    from coldstart_lab.recommenders import RandomRecommender  # noqa: PLC0415

    return RandomRecommender(seed=seed)


def _popularity(seed):
    from coldstart_lab.recommenders import PopularityRecommender  # noqa: PLC0415

    return PopularityRecommender()


def _knn(encoder):
    def make(seed):
        from coldstart_lab.content import ContentKNN  # noqa: PLC0415

        return ContentKNN(encoder=encoder)

    return make


def _mf(seed):
    from coldstart_lab.mf import MatrixFactorization  # noqa: PLC0415

    return MatrixFactorization(seed=seed)


# Ridge penalty of the text -> MF map, chosen on the validation cold items of shop
# (Recall@20 0.675 / 0.681 / 0.683 / 0.674 at alpha 1 / 3 / 10 / 30; news is flat).
MAPPING_ALPHA = 3.0


def _mapping(encoder):
    def make(seed):
        from coldstart_lab.mapping import TextToCF  # noqa: PLC0415

        return TextToCF(encoder=encoder, alpha=MAPPING_ALPHA, seed=seed)

    return make


def _dropoutnet(seed):
    from coldstart_lab.dropoutnet import DropoutNet  # noqa: PLC0415

    return DropoutNet(encoder="lm", seed=seed)


# Fine-tuning on 2 CPU cores: one trainable layer on cached frozen outputs, and a budget of
# training examples (not seconds, so that every machine trains the same model): about
# 1.5 minutes per fit at the ~65 examples/s measured by benchmarks/finetune_speed.py.
FINETUNE_EXAMPLES = 6000


def _finetuned(kind):
    def make(seed):
        from coldstart_lab.cache import default_cache_dir  # noqa: PLC0415
        from coldstart_lab.finetune import FineTunedRegressor, FineTunedTwoTower  # noqa: PLC0415

        model = FineTunedTwoTower if kind == "two_tower" else FineTunedRegressor
        return model(
            trainable_layers=1,
            max_examples=FINETUNE_EXAMPLES,
            cache_dir=default_cache_dir() / "frozen",
            seed=seed,
        )

    return make


METHODS: dict[str, Callable[[int], Recommender]] = {
    "random": _random,
    "popularity": _popularity,
    "mf": _mf,
    "tfidf_knn": _knn("tfidf"),
    "llm_knn": _knn("lm"),
    "tfidf_mapping": _mapping("tfidf"),
    "llm_mapping": _mapping("lm"),
    "dropoutnet": _dropoutnet,
    "finetuned_two_tower": _finetuned("two_tower"),
    "finetuned_regressor": _finetuned("regressor"),
}
FAST_METHODS = (
    "random",
    "popularity",
    "mf",
    "tfidf_knn",
    "llm_knn",
    "tfidf_mapping",
    "llm_mapping",
    "dropoutnet",
)


@dataclass
class ViewData:
    """What one view evaluates: training data, who is ranked, over which candidates."""

    name: str
    train: pd.DataFrame
    history: pd.DataFrame
    users: np.ndarray
    candidates: np.ndarray
    relevant: list[np.ndarray]
    exclude: list[np.ndarray] | None


def check_names(methods=(), views=()) -> None:
    """Raise :class:`ColdstartError` (one line, with the valid names) for an unknown method
    or view name."""
    for kind, given, known in (("method", methods, METHODS), ("view", views, VIEWS)):
        unknown = [name for name in given or () if name not in known]
        if unknown:
            raise ColdstartError(f"unknown {kind}(s) {unknown}: choose from {', '.join(known)}")


def build_views(data: Dataset, seed: int = 0, views=VIEWS) -> list[ViewData]:
    """The evaluation problems of every requested view, built from seeded splits."""
    check_names(views=views)
    all_items = data.items[ITEM_ID].to_numpy()
    built = []
    if "cold_items" in views:
        split = item_cold_split(data, seed=seed)
        candidates = split.cold_items["test"]
        users = np.sort(pd.unique(split.test[USER_ID]))
        relevant = _positions_per_user(split.test, users, pd.Index(candidates))
        built.append(
            ViewData("cold_items", split.train, split.train, users, candidates, relevant, None)
        )
    shot_views = [v for v in views if v.startswith("cold_users_k")]
    if shot_views:
        split = user_cold_split(data, shots=SHOTS, seed=seed)
        users = split.cold_users["test"]
        relevant = _positions_per_user(split.test, users, pd.Index(all_items))
        for view in shot_views:
            support = split.support[int(view.removeprefix("cold_users_k"))]
            support = support[support[USER_ID].isin(users)]
            history = pd.concat([split.train, support], ignore_index=True)
            exclude = _positions_per_user(support, users, pd.Index(all_items))
            built.append(ViewData(view, split.train, history, users, all_items, relevant, exclude))
    if "warm" in views:
        split = warm_split(data, seed=seed)
        # Warm means known items too: rank the items that have training interactions.
        warm_items = all_items[np.isin(all_items, split.train[ITEM_ID].unique())]
        users = np.sort(pd.unique(split.test[USER_ID]))
        relevant = _positions_per_user(split.test, users, pd.Index(warm_items))
        exclude = _positions_per_user(split.train, users, pd.Index(warm_items))
        built.append(
            ViewData("warm", split.train, split.train, users, warm_items, relevant, exclude)
        )
    if "overall" in views and data.has_timestamps:
        split = temporal_split(data, seed=seed)
        after = pd.concat([split.validation, split.test])
        users = np.sort(np.intersect1d(pd.unique(after[USER_ID]), pd.unique(split.train[USER_ID])))
        relevant = _positions_per_user(after, users, pd.Index(all_items))
        exclude = _positions_per_user(split.train, users, pd.Index(all_items))
        built.append(
            ViewData("overall", split.train, split.train, users, all_items, relevant, exclude)
        )
    return built


def rank_view(
    model: Recommender, view: ViewData, k: int = 20, popularity: pd.Series | None = None
) -> RankingResult:
    """Full-ranking metrics of one fitted model on one view, one value per user.

    Returns :class:`~coldstart_lab.evaluation.RankingResult`: ``per_user[metric]`` is an array
    ``(len(view.users),)`` in ``view.users`` order (NaN for users without a relevant item), so
    that any subgroup of users can be summarised (e.g. with ``bootstrap_ci``).
    ``popularity``: interactions per item id, for ``avg_popularity@k``; ``None`` leaves that
    metric out (the others do not depend on it).
    """
    if popularity is not None:
        popularity = popularity.reindex(view.candidates).fillna(0).to_numpy()

    def scores(rows):
        return model.score(view.users[rows], view.candidates, history=view.history)

    return evaluate_ranking(
        scores,
        view.relevant,
        k=k,
        exclude=view.exclude,
        n_items=len(view.candidates),
        item_popularity=popularity,
    )


def evaluate_view(
    model: Recommender, view: ViewData, k: int, popularity: pd.Series | None = None
) -> list:
    """Result rows (dicts) of one fitted model on one view (see :func:`rank_view`)."""
    result = rank_view(model, view, k, popularity)
    rows = []
    for metric, values in result.per_user.items():
        mean, low, high = bootstrap_ci(values)
        rows.append(_row(model.name, view.name, metric, mean, low, high, result.n_users))
    rows.append(
        _row(model.name, view.name, f"coverage@{k}", result.coverage, None, None, result.n_users)
    )
    return rows


def view_metrics(
    model: Recommender, view: ViewData, k: int = 20, popularity: pd.Series | None = None
) -> dict[str, tuple[float, float, float]]:
    """The figures of one fitted model on one view, as :func:`run_benchmark` reports them.

    Parameters
    ----------
    model : Recommender
        Fitted on ``view.train``.
    view : ViewData
        One of :func:`build_views`'s views (the object, not its name).
    k : int, default 20
        List length of the top-K metrics.
    popularity : pandas.Series, optional
        Interactions per item id (e.g. ``data.interactions["item_id"].value_counts()``, as
        :func:`run_benchmark` uses), for ``avg_popularity@k``; ``None`` leaves that metric
        out. The other figures do not depend on it.

    Returns
    -------
    dict
        Metric name -> ``(value, ci_low, ci_high)``, floats, in :func:`evaluate_view`'s order:
        ``recall@k``, ``ndcg@k``, ``hit_rate@k``, ``mrr`` (and ``avg_popularity@k``) are means
        over the ranked users with a 95% bootstrap interval; ``coverage@k`` (the share of the
        candidates shown in at least one list) has no interval: its bounds are NaN. Values
        are rounded to 6 decimals, as in ``results.json``; a figure that cannot be computed
        (no user has a relevant item) is NaN.
    """
    if not isinstance(view, ViewData):
        raise TypeError(f"view must be a ViewData from build_views, got {type(view).__name__}")
    if popularity is not None and not isinstance(popularity, pd.Series):
        raise TypeError(
            f"popularity must be a pandas Series of counts per item id or None, "
            f"got {type(popularity).__name__}"
        )
    nan = float("nan")
    return {
        row["metric"]: tuple(nan if row[key] is None else row[key] for key in _FIGURES)
        for row in evaluate_view(model, view, k, popularity)
    }


_FIGURES = ("value", "ci_low", "ci_high")


def metrics_table(
    models: Mapping[str, Recommender],
    view: ViewData,
    k: int = 20,
    metrics: tuple[str, ...] | None = None,
    digits: int = 3,
    popularity: pd.Series | None = None,
) -> pd.DataFrame:
    """Fitted models x metrics on one view, as ``"value [low, high]"`` strings.

    Parameters
    ----------
    models : mapping of row label -> fitted Recommender
    view : ViewData
        One of :func:`build_views`'s views.
    k : int, default 20
    metrics : tuple of str, optional
        Columns, names from :func:`view_metrics` (default ``recall@k``, ``ndcg@k``,
        ``coverage@k``).
    digits : int, default 3
        Decimals shown.
    popularity : pandas.Series, optional
        As in :func:`view_metrics`; needed only for an ``avg_popularity@k`` column.

    Returns
    -------
    pandas.DataFrame
        ``(len(models), len(metrics))`` of strings: ``"0.596 [0.566, 0.625]"`` for a mean
        with its 95% interval, ``"1.000"`` for coverage (no interval), ``"n/a"`` for NaN.
    """
    metrics = (f"recall@{k}", f"ndcg@{k}", f"coverage@{k}") if metrics is None else metrics
    if isinstance(metrics, str):
        metrics = (metrics,)
    if isinstance(digits, bool) or not isinstance(digits, int) or digits < 0:
        raise ValueError(f"digits must be a whole number >= 0, got {digits!r}")
    rows = {}
    for name, model in models.items():
        figures = view_metrics(model, view, k, popularity)
        unknown = [m for m in metrics if m not in figures]
        if unknown:
            raise ValueError(f"unknown metric(s) {unknown}: choose from {', '.join(figures)}")
        rows[name] = [_cell(*figures[m], digits=digits) for m in metrics]
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(metrics))


def _cell(value, low=None, high=None, digits: int = 3) -> str:
    """``"value [low, high]"``, ``"value"`` without bounds, ``"n/a"`` without a value."""

    def missing(x):
        return x is None or not np.isfinite(x)

    if missing(value):
        return "n/a"
    text = f"{value:.{digits}f}"
    if not (missing(low) or missing(high)):
        text += f" [{low:.{digits}f}, {high:.{digits}f}]"
    return text


def _row(method, view, metric, value, low, high, n_users) -> dict:
    def clean(x):
        return None if x is None or not np.isfinite(x) else round(float(x), 6)

    return {
        "method": method,
        "view": view,
        "metric": metric,
        "value": clean(value),
        "ci_low": clean(low),
        "ci_high": clean(high),
        "n_users": int(n_users),
    }


def run_benchmark(
    data: Dataset,
    methods=None,
    views=VIEWS,
    k: int = 20,
    seed: int = 0,
    progress: bool = True,
) -> dict:
    """Fit and evaluate every method on every view.

    Returns ``{"dataset", "settings", "results": [...], "skipped": [...]}``, the content
    of ``results.json``.
    """
    methods = list(METHODS) if methods is None else list(methods)
    check_names(methods=methods)
    if int(k) < 1:
        raise ColdstartError(f"--k must be at least 1, got {k}")
    from tqdm.std import tqdm  # noqa: PLC0415

    built = build_views(data, seed=seed, views=views)
    popularity = data.interactions[ITEM_ID].value_counts()
    results, skipped, seconds = [], [], {}
    jobs = [(view, name) for view in built for name in methods]
    with tqdm(total=len(jobs), desc="benchmark", unit="run", disable=not progress) as bar:
        fitted: dict = {}
        for view, name in jobs:
            bar.set_postfix_str(f"{name} on {view.name}")
            start = time.perf_counter()
            try:
                key = (name, id(view.train))
                if key not in fitted:  # the k-shot views share one training set
                    model = METHODS[name](seed)
                    model.name = name
                    fitted[key] = model.fit(data, view.train)
                results += evaluate_view(fitted[key], view, k, popularity)
            except CannotServe as reason:
                skipped.append({"method": name, "view": view.name, "reason": str(reason)})
            except ColdstartError as reason:  # e.g. a rating model on data without ratings
                if name != "finetuned_regressor" or data.has_ratings:
                    raise
                skipped.append({"method": name, "view": view.name, "reason": str(reason)})
            seconds[f"{name}/{view.name}"] = round(time.perf_counter() - start, 2)
            bar.update()
    return {
        "dataset": data.name,
        "settings": {
            "k": k,
            "seed": seed,
            "methods": methods,
            "views": [v.name for v in built],
            "sizes": data.summary(),
        },
        "results": results,
        "skipped": skipped,
        "seconds": seconds,
    }


def results_table(report: dict, metric: str) -> pd.DataFrame:
    """Methods x views table of ``metric`` as "value [low, high]" strings."""
    rows = [r for r in report["results"] if r["metric"] == metric]
    cells = {}
    for r in rows:
        cells[(r["method"], r["view"])] = _cell(r["value"], r["ci_low"], r["ci_high"])
    methods = report["settings"]["methods"]
    views = report["settings"]["views"]
    table = pd.DataFrame(
        [[cells.get((m, v), "n/a") for v in views] for m in methods], index=methods, columns=views
    )
    table.index.name = "method"
    return table


def markdown_table(table: pd.DataFrame) -> str:
    """A DataFrame as a GitHub Markdown table (index as the first column)."""
    header = [table.index.name or "", *map(str, table.columns)]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for index, row in table.iterrows():
        lines.append("| " + " | ".join([str(index), *map(str, row)]) + " |")
    return "\n".join(lines)


def write_report(report: dict, folder: str | os.PathLike, force: bool = False) -> list[Path]:
    """Write ``results.json``, ``report.md`` and plots into ``folder``, all or nothing.

    Everything is written to a temporary folder next to ``folder`` first and renamed into
    place, so an interrupted run never leaves a half-written report.
    """
    folder = Path(folder)
    if folder.exists() and not force:
        raise ColdstartError(f"output folder {folder} already exists: pass --force to replace it")
    parent = folder.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        (staging / "results.json").write_text(json.dumps(report, indent=1) + "\n")
        k = report["settings"]["k"]
        lines = [f"# Benchmark: {report['dataset']}", ""]
        lines.append(
            "Full ranking, K = {k}, seed {seed}; 95% bootstrap intervals over users.".format(
                **report["settings"]
            )
        )
        for metric in (f"recall@{k}", f"ndcg@{k}"):
            lines += ["", f"## {metric}", "", markdown_table(results_table(report, metric)), ""]
        if report["skipped"]:
            lines += ["## Not applicable", ""]
            lines += [f"- {s['method']} on {s['view']}: {s['reason']}" for s in report["skipped"]]
        (staging / "report.md").write_text("\n".join(lines) + "\n")
        from coldstart_lab.plots import benchmark_bars  # noqa: PLC0415

        for metric in (f"recall@{k}", f"ndcg@{k}"):
            figure = benchmark_bars(report, metric)
            figure.savefig(staging / f"{metric.replace('@', '_at_')}.png", dpi=110)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(folder.iterdir())
