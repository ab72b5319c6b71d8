"""The cold-start benchmark: every method of the course, under every view, measured one way.

The views (cold items, cold users with k shots, warm, overall) are built by
:func:`coldstart_lab.evaluation.build_views`; their module says what each one measures.

Every ranking is full (no sampled negatives). Values come with 95% bootstrap intervals over
users. A method that cannot serve a view (matrix factorisation has no vector for a new item,
a rating model gets interactions without ratings) says so by raising
:class:`~coldstart_lab.models.base.CannotServe` from ``fit`` or ``score``, and is reported
as not applicable rather than scored with made-up numbers; any other error stops the run.

:func:`run_benchmark` returns the result rows; :func:`write_report` writes ``results.json``,
``report.md`` and PNG plots. The ``coldstart-lab benchmark`` command wraps both. In a
notebook, :func:`coldstart_lab.evaluation.view_metrics` gives one fitted model's figures on
one view, :func:`coldstart_lab.evaluation.metrics_table` several models' as a table.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation.views import (
    VIEWS,
    build_views,
    check_view_names,
    evaluate_view,
    format_figure,
)
from coldstart_lab.models.base import CannotServe, Recommender


def _random(seed):
    from coldstart_lab.models.baselines import RandomRecommender  # noqa: PLC0415

    return RandomRecommender(seed=seed)


def _popularity(seed):
    from coldstart_lab.models.baselines import PopularityRecommender  # noqa: PLC0415

    return PopularityRecommender()


def _knn(encoder):
    def make(seed):
        from coldstart_lab.models.content import ContentKNN  # noqa: PLC0415

        return ContentKNN(encoder=encoder)

    return make


def _mf(seed):
    from coldstart_lab.models.mf import MatrixFactorization  # noqa: PLC0415

    return MatrixFactorization(seed=seed)


# Ridge penalty of the text -> MF map, chosen on the validation cold items of shop
# (Recall@20 0.675 / 0.681 / 0.683 / 0.674 at alpha 1 / 3 / 10 / 30; news is flat).
MAPPING_ALPHA = 3.0


def _mapping(encoder):
    def make(seed):
        from coldstart_lab.models.mapping import TextToCF  # noqa: PLC0415

        return TextToCF(encoder=encoder, alpha=MAPPING_ALPHA, seed=seed)

    return make


def _dropoutnet(seed):
    from coldstart_lab.models.dropoutnet import DropoutNet  # noqa: PLC0415

    return DropoutNet(encoder="lm", seed=seed)


# Fine-tuning on 2 CPU cores: one trainable layer on cached frozen outputs, and a budget of
# training examples (not seconds, so that every machine trains the same model). The two-tower
# gets 20,000 examples (about one epoch of the training pairs on news and social, two on shop)
# and a softmax temperature of 0.1: with 6,000 examples and 0.05 it trailed the ridge map on
# social's new items (0.515 vs 0.576); benchmarks/finetune_recipe.py measures each change. The
# regressor's rated interactions are few (1,796 on shop): 6,000 examples are three epochs.
FINETUNE_EXAMPLES = 6000
TWO_TOWER_EXAMPLES = 20_000
TWO_TOWER_TEMPERATURE = 0.1


def _finetuned(kind):
    def make(seed):
        from coldstart_lab.cache_dirs import default_cache_dir  # noqa: PLC0415
        from coldstart_lab.models.finetune import FineTunedRegressor, FineTunedTwoTower  # noqa: PLC0415

        shared = dict(trainable_layers=1, cache_dir=default_cache_dir() / "frozen", seed=seed)
        if kind == "two_tower":
            return FineTunedTwoTower(
                max_examples=TWO_TOWER_EXAMPLES, temperature=TWO_TOWER_TEMPERATURE, **shared
            )
        return FineTunedRegressor(max_examples=FINETUNE_EXAMPLES, **shared)

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


def check_names(methods=(), views=()) -> None:
    """Raise :class:`ColdstartError` (one line, with the valid names) for an unknown method
    or view name."""
    unknown = [name for name in methods or () if name not in METHODS]
    if unknown:
        raise ColdstartError(f"unknown method(s) {unknown}: choose from {', '.join(METHODS)}")
    check_view_names(views)


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
    of ``results.json``. Result rows carry the method's name from :data:`METHODS`; a method
    whose ``fit`` or ``score`` raises :class:`~coldstart_lab.models.base.CannotServe` on a
    view is listed in ``skipped`` with the reason.
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
        fitted: dict = {}  # (method, training set) -> fitted model, or why it cannot serve
        shared_mf: dict = {}  # training set -> the MF fitted on it
        for view, name in jobs:
            bar.set_postfix_str(f"{name} on {view.name}")
            start = time.perf_counter()
            key = (name, id(view.train))
            if key not in fitted:  # the k-shot views share one training set
                try:
                    model = _reuse_mf(METHODS[name](seed), shared_mf.get(id(view.train)), seed)
                    fitted[key] = model if _is_fitted(model) else model.fit(data, view.train)
                    _keep_mf(fitted[key], shared_mf, id(view.train), seed)
                except CannotServe as reason:  # e.g. a rating model on data without ratings
                    fitted[key] = str(reason)
            model, reason = fitted[key], None
            if isinstance(model, str):
                reason = model
            else:
                try:
                    results += evaluate_view(model, view, k, popularity, label=name)
                except CannotServe as error:  # e.g. MF asked about an item it never saw
                    reason = str(error)
            if reason is not None:
                skipped.append({"method": name, "view": view.name, "reason": reason})
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


# `mf`, both `*_mapping` methods and `dropoutnet` fit the same MatrixFactorization(seed=seed)
# on a view's training set: it is fitted once, by the first of them, and handed to the others
# (their `mf` parameter; `fitted_mf` then uses it as it is; the `mf` method gets it as it is).
# Fitting is seeded, so the figures are those of separate fits; the seconds of the later
# methods leave the MF out.


def _default_mf(model, seed) -> bool:
    from coldstart_lab.models.mf import MatrixFactorization  # noqa: PLC0415

    default = MatrixFactorization(seed=seed).get_params()
    return isinstance(model, MatrixFactorization) and model.get_params() == default


def _reuse_mf(model, mf, seed):
    """``model`` set to build on the fitted ``mf``, or ``mf`` itself if ``model`` is that MF."""
    if mf is None:
        return model
    if _default_mf(model, seed):
        return mf
    if "mf" in model.get_params() and model.get_params()["mf"] is None:
        model.set_params(mf=mf)
    return model


def _is_fitted(model) -> bool:
    return hasattr(model, "train_")


def _keep_mf(model, shared: dict, train_key: int, seed: int) -> None:
    mf = model if _default_mf(model, seed) else getattr(model, "mf_", None)
    if train_key not in shared and mf is not None and _default_mf(mf, seed):
        shared[train_key] = mf


def results_table(report: dict, metric: str) -> pd.DataFrame:
    """Methods x views table of ``metric`` as "value [low, high]" strings."""
    rows = [r for r in report["results"] if r["metric"] == metric]
    cells = {}
    for r in rows:
        cells[(r["method"], r["view"])] = format_figure(r["value"], r["ci_low"], r["ci_high"])
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
