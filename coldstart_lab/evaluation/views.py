"""The evaluation views of the cold-start benchmark, and one fitted model's figures on a view.

Views (each a split of the data, see :mod:`coldstart_lab.data.splits`):

- ``cold_items``       new items: rank only the held-out test items for users who interacted
                       with them; models train without any interaction of those items.
- ``cold_users_k{k}``  new users with k = 0, 1, 3, 5 known interactions ("shots"), ranked over
                       the whole catalogue; the shots are excluded from the ranking.
- ``warm``             known users and items: per-user holdout, ranked over the items that
                       have training interactions, the user's train items excluded.
- ``overall``          a global time cut: after it, old and new items compete in one list for
                       every user who was active before it, as in production.

Every ranking is full (no sampled negatives). :func:`view_metrics` gives one fitted model's
figures on one view as numbers, :func:`metrics_table` several models' figures as a printable
table. A "model" here is anything with ``score(users, items, history=...)`` and a ``name``:
this module knows no model class.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, TIMESTAMP, USER_ID, Dataset
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.data.splits import item_cold_split, temporal_split, user_cold_split, warm_split
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation.intervals import bootstrap_ci
from coldstart_lab.evaluation.ranking import RankingResult, evaluate_ranking

SHOTS = (0, 1, 3, 5)
VIEWS = ("cold_items", *(f"cold_users_k{k}" for k in SHOTS), "warm", "overall")


class ScoringModel(Protocol):
    """What a view needs of a model: a ``name`` and, once fitted, ``score``."""

    name: str

    def score(self, user_ids, item_ids, history=None) -> np.ndarray:
        """Scores ``(len(user_ids), len(item_ids))``."""


def check_view_names(views) -> None:
    """Raise :class:`ColdstartError` (one line, with the valid names) for an unknown view."""
    unknown = [name for name in views or () if name not in VIEWS]
    if unknown:
        raise ColdstartError(f"unknown view(s) {unknown}: choose from {', '.join(VIEWS)}")


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


def build_views(data: Dataset, seed: int = 0, views=VIEWS) -> list[ViewData]:
    """The evaluation problems of every requested view, built from seeded splits."""
    check_view_names(views)
    all_items = data.items[ITEM_ID].to_numpy()
    built = []
    if "cold_items" in views:
        split = item_cold_split(data, seed=seed)
        candidates = split.cold_items["test"]
        users = np.sort(pd.unique(split.test[USER_ID]))
        relevant = positions_per_user(split.test, users, pd.Index(candidates))
        built.append(
            ViewData("cold_items", split.train, split.train, users, candidates, relevant, None)
        )
    shot_views = [v for v in views if v.startswith("cold_users_k")]
    if shot_views:
        split = user_cold_split(data, shots=SHOTS, seed=seed)
        users = split.cold_users["test"]
        relevant = positions_per_user(split.test, users, pd.Index(all_items))
        for view in shot_views:
            support = split.support[int(view.removeprefix("cold_users_k"))]
            support = support[support[USER_ID].isin(users)]
            history = pd.concat([split.train, support], ignore_index=True)
            exclude = positions_per_user(support, users, pd.Index(all_items))
            built.append(ViewData(view, split.train, history, users, all_items, relevant, exclude))
    if "warm" in views:
        split = warm_split(data, seed=seed)
        # Warm means known items too: rank the items that have training interactions.
        warm_items = all_items[np.isin(all_items, split.train[ITEM_ID].unique())]
        users = np.sort(pd.unique(split.test[USER_ID]))
        relevant = positions_per_user(split.test, users, pd.Index(warm_items))
        exclude = positions_per_user(split.train, users, pd.Index(warm_items))
        built.append(
            ViewData("warm", split.train, split.train, users, warm_items, relevant, exclude)
        )
    if "overall" in views and data.has_timestamps:
        split = temporal_split(data, seed=seed)
        after = pd.concat([split.validation, split.test])
        users = np.sort(np.intersect1d(pd.unique(after[USER_ID]), pd.unique(split.train[USER_ID])))
        relevant = positions_per_user(after, users, pd.Index(all_items))
        exclude = positions_per_user(split.train, users, pd.Index(all_items))
        built.append(
            ViewData("overall", split.train, split.train, users, all_items, relevant, exclude)
        )
    return built


def rank_view(
    model: ScoringModel, view: ViewData, k: int = 20, popularity: pd.Series | None = None
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
    model: ScoringModel,
    view: ViewData,
    k: int,
    popularity: pd.Series | None = None,
    label: str | None = None,
) -> list:
    """Result rows (dicts) of one fitted model on one view (see :func:`rank_view`).

    ``label``: the rows' ``method`` (default ``model.name``; the benchmark passes its method
    names, e.g. ``"tfidf_knn"`` for a ``ContentKNN``).
    """
    label = model.name if label is None else label
    result = rank_view(model, view, k, popularity)
    rows = []
    for metric, values in result.per_user.items():
        mean, low, high = bootstrap_ci(values)
        rows.append(_row(label, view.name, metric, mean, low, high, result.n_users))
    rows.append(
        _row(label, view.name, f"coverage@{k}", result.coverage, None, None, result.n_users)
    )
    return rows


def view_metrics(
    model: ScoringModel, view: ViewData, k: int = 20, popularity: pd.Series | None = None
) -> dict[str, tuple[float, float, float]]:
    """The figures of one fitted model on one view, as :func:`run_benchmark` reports them.

    Parameters
    ----------
    model : ScoringModel
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
    models: Mapping[str, ScoringModel],
    view: ViewData,
    k: int = 20,
    metrics: tuple[str, ...] | None = None,
    digits: int = 3,
    popularity: pd.Series | None = None,
) -> pd.DataFrame:
    """Fitted models x metrics on one view, as ``"value [low, high]"`` strings.

    Parameters
    ----------
    models : mapping of row label -> fitted ScoringModel
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
        rows[name] = [format_figure(*figures[m], digits=digits) for m in metrics]
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(metrics))


def format_figure(value, low=None, high=None, digits: int = 3) -> str:
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


def daily_views(
    data,
    train: pd.DataFrame,
    days: int | None = None,
    new_readers: bool = False,
    time_column: str = "published_at",
) -> list[ViewData]:
    """Production replayed one day at a time after ``train`` ends: old and new items compete.

    Day 0 starts at the first UTC midnight after the last ``train`` interaction (the time
    cut); each day is one :class:`~coldstart_lab.evaluation.views.ViewData`, named by its
    date, in which

    - ``history`` is every interaction before the day starts: a model fitted once on
      ``train`` sees the later clicks only there, as a deployed model that is not retrained;
    - ``users`` are the readers who click that day and had clicked before the cut
      (``new_readers=True``: those who had not);
    - ``candidates`` are the items published before the day ends (items without a time in
      ``time_column``, or every item when there is no such column, count as published), and
      ``relevant`` each reader's clicks of the day and ``exclude`` the items already in
      their history.

    ``days``: how many days (default: up to the last interaction). Days without a reader are
    left out. Returns a list of views, earliest first.
    """
    events = data.interactions
    if TIMESTAMP not in events or TIMESTAMP not in train or train.empty:
        raise ColdstartError("daily_views needs timestamped interactions and a non-empty train")
    start = train[TIMESTAMP].max().floor("D") + pd.Timedelta(days=1)
    last = events[TIMESTAMP].max()
    n_days = int((last - start) / pd.Timedelta(days=1)) + 1 if days is None else int(days)
    items = data.items[ITEM_ID].to_numpy()
    published = data.items.get(time_column)
    if published is not None:
        published = pd.to_datetime(published, utc=True)
    before_cut = pd.unique(train[USER_ID])
    views = []
    for day in range(max(n_days, 0)):
        begin = start + pd.Timedelta(days=day)
        end = begin + pd.Timedelta(days=1)
        history = events[events[TIMESTAMP] < begin]
        today = events[(events[TIMESTAMP] >= begin) & (events[TIMESTAMP] < end)]
        readers = pd.unique(today[USER_ID])
        readers = np.sort(readers[np.isin(readers, before_cut) != bool(new_readers)])
        if len(readers) == 0:
            continue
        if published is None:
            available = items
        else:
            available = items[((published < end) | published.isna()).to_numpy()]
        index = pd.Index(available)
        views.append(
            ViewData(
                name=str(begin.date()),
                train=train,
                history=history.reset_index(drop=True),
                users=readers,
                candidates=available,
                relevant=positions_per_user(today, readers, index),
                exclude=positions_per_user(history, readers, index),
            )
        )
    return views
