"""Recency for a stream of new items (news): any recommender's scores plus a freshness term.

A model fitted on past clicks knows which *old* articles were popular; on a news site most
clicks go to articles published since (notebook 07), so a model with a learned popularity
term, left alone, fills the page with last month's blockbusters. :class:`RecencyBoost` wraps
any recommender and adds what it lacks, the age of each item:

    score(u, i) = z_u(base(u, i)) + weight · 0.5 ** (age_i / half_life_days)

- ``base`` is the wrapped model's score; ``z_u`` standardises user u's scores over the whole
  catalogue (mean 0, standard deviation 1), so that one ``weight`` means the same for a
  cosine similarity, a logit or a click count. Without a model the base is 0 and the ranking
  is "newest first".
- ``age_i`` is ``now`` minus the item's publication time, in days, counted from 0 for an item
  published at or after ``now``. ``now`` defaults to the newest interaction in the ``history``
  a request is scored with (the training interactions unless a view passes more): the present
  is the last event the model has been shown.
- ``max_age_days`` makes a *fresh-candidate pool*: items older than that are ranked after
  every younger one (in their own order), as a news site that only shows the last few days.
  With ``weight=0`` that is the pool alone.

Items without a publication time get no freshness and fall outside the pool.

:func:`coldstart_lab.evaluation.daily_views` builds the protocol that measures it: the days
after a time cut replayed one at a time (views in which old and new items compete and the
present moves).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import clone

from coldstart_lab.data.dataset import TIMESTAMP
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import Recommender

DAY_SECONDS = 86400.0
STALE_OFFSET = 1e4  # subtracted from items outside the pool: below every standardised score


class RecencyBoost(Recommender):
    """A recommender's standardised scores plus an age-decay term (and an optional pool).

    Parameters
    ----------
    model : Recommender or None, default None
        The model to re-rank. One already fitted on the same ``data`` and ``train`` is used as
        it is (fit it once, try several recency settings on it); any other is copied
        (:func:`sklearn.base.clone`) and the copy fitted. ``None``: rank by freshness alone.
    half_life_days : float, default 1.0
        Age at which the freshness term is halved.
    weight : float >= 0, default 1.0
        Weight of the freshness term, in standard deviations of the model's scores.
    max_age_days : float, optional
        The fresh-candidate pool: items older than this rank after every younger item.
    now : str, Timestamp or None, default None
        The present, to measure ages from (UTC when no zone is given). ``None``: the newest
        ``timestamp`` of the ``history`` that ``score`` is given.
    time_column : str, default "published_at"
        The items' column holding publication times.

    Attributes (after ``fit``)
    --------------------------
    model_ : the fitted wrapped model (None without one).
    published_ ``(n_items,)``: publication times in seconds since 1970 (NaN when missing), in
        table order.
    """

    name = "recency"

    def __init__(
        self,
        model=None,
        half_life_days: float = 1.0,
        weight: float = 1.0,
        max_age_days: float | None = None,
        now=None,
        time_column: str = "published_at",
    ):
        self.model = model
        self.half_life_days = half_life_days
        self.weight = weight
        self.max_age_days = max_age_days
        self.now = now
        self.time_column = time_column

    def _validate_params(self) -> None:
        if self.model is not None and not isinstance(self.model, Recommender):
            raise ValueError(f"model must be a Recommender or None, got {type(self.model)}")
        if not float(self.half_life_days) > 0:
            raise ValueError(f"half_life_days must be positive, got {self.half_life_days}")
        if not float(self.weight) >= 0:
            raise ValueError(f"weight must be >= 0, got {self.weight}")
        if self.max_age_days is not None and not float(self.max_age_days) > 0:
            raise ValueError(f"max_age_days must be positive or None, got {self.max_age_days}")
        if self.now is not None:
            _utc(self.now, "now")
        if not isinstance(self.time_column, str):
            raise ValueError(f"time_column must be a column name, got {self.time_column!r}")

    def _fit(self, data, train) -> None:
        if self.time_column not in data.items:
            raise ColdstartError(
                f"the items have no {self.time_column!r} column: RecencyBoost needs each "
                "item's publication time (set time_column)"
            )
        published = pd.to_datetime(data.items[self.time_column], utc=True)
        self.published_ = _seconds(published)
        model = self.model
        if model is None:
            self.model_ = None
        elif _fitted_on(model, data, train):
            self.model_ = model
        else:
            self.model_ = clone(model).fit(data, train)

    # -- serving ------------------------------------------------------------------------------

    def now_for(self, history: pd.DataFrame | None = None) -> pd.Timestamp:
        """The present that ages are measured from, for requests scored with ``history``
        (default: the training interactions)."""
        self._check_fitted()
        if self.now is not None:
            return _utc(self.now, "now")
        history = self.train_ if history is None else history
        if TIMESTAMP not in history or history[TIMESTAMP].isna().all():
            raise ColdstartError(
                "RecencyBoost(now=None) reads the present from the history's timestamps, and "
                "this history has none: pass now=..."
            )
        return pd.Timestamp(history[TIMESTAMP].max())

    def item_age_days(self, item_ids=None, history: pd.DataFrame | None = None) -> np.ndarray:
        """``(n_items,)`` ages in days at :meth:`now_for` (0 for items published at or after
        it, NaN without a publication time); all items in table order by default."""
        self._check_fitted()
        items = (
            np.arange(len(self.item_ids_))
            if item_ids is None
            else self._positions(item_ids, self.item_index_, "item")
        )
        return self._ages(items, self.train_ if history is None else history)

    def _ages(self, items: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        now = self.now_for(history).timestamp()
        return np.maximum(now - self.published_[items], 0.0) / DAY_SECONDS

    def _score(self, users, items, history) -> np.ndarray:
        if self.model_ is None:
            base = np.zeros((len(users), len(items)), np.float64)
        else:
            every = self.model_.score(self.user_ids_[users], self.item_ids_, history)
            every = np.asarray(every, np.float64)
            spread = every.std(axis=1, keepdims=True)
            spread[spread == 0] = 1.0  # a constant row (no signal) stays 0
            base = ((every - every.mean(axis=1, keepdims=True)) / spread)[:, items]
        age = self._ages(items, history)
        known = ~np.isnan(age)
        fresh = np.zeros(len(items))
        fresh[known] = 0.5 ** (age[known] / float(self.half_life_days))
        scores = base + float(self.weight) * fresh[None, :]
        if self.max_age_days is not None:
            in_pool = known & (np.nan_to_num(age, nan=np.inf) <= float(self.max_age_days))
            scores -= STALE_OFFSET * (~in_pool)[None, :]
        return scores


def _utc(value, name: str) -> pd.Timestamp:
    """``value`` as a UTC Timestamp; ``ValueError`` naming ``name`` when it is not a time."""
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{name} must be a time (e.g. '2026-06-03'), got {value!r}") from error
    if pd.isna(stamp):
        raise ValueError(f"{name} must be a time (e.g. '2026-06-03'), got {value!r}")
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def _seconds(times: pd.Series) -> np.ndarray:
    """Seconds since 1970 ``(n,)`` as floats, NaN for missing times."""
    seconds = np.full(len(times), np.nan)
    present = times.notna().to_numpy()
    stamps = times[present].dt.tz_convert("UTC").dt.tz_localize(None)
    seconds[present] = (stamps - pd.Timestamp(0)).dt.total_seconds().to_numpy()
    return seconds


def _fitted_on(model, data, train) -> bool:
    """True when ``model`` is already fitted on these very ``data`` and ``train``."""
    return (
        hasattr(model, "data_")
        and model.data_ is data
        and (model.train_ is train or model.train_.equals(train))
    )
