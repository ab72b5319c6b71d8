"""The common interface of every recommender in the course, and the simplest ones.

Every model follows one small protocol (think scikit-learn estimators)::

    model.fit(data, train)                          # data: Dataset, train: interactions
    scores = model.score(user_ids, item_ids, history=None)   # float32 (n_users, n_items)
    top = model.recommend(user_ids, k=10, history=None)      # user_id, rank, item_id, score

``history`` is what the model may know about users *at prediction time*: by default the
training interactions; for a new user, the training interactions plus the user's first k
("support") interactions. Item and user *text* always comes from ``data``: a new item's
description and a new user's onboarding answer exist before any interaction does.

A model that cannot serve a request (matrix factorisation asked about an item it never saw)
raises :class:`CannotServe` with a one-line reason instead of returning meaningless scores;
a model that needs ratings, fitted on interactions without any, raises :class:`NeedsRatings`
(a :class:`CannotServe`) from ``fit``. The benchmark reports both as "not applicable".

Every model is a scikit-learn estimator (:class:`sklearn.base.BaseEstimator`): ``__init__``
stores each argument unchanged under its own name, ``fit`` checks them (``ValueError``) and
sets the fitted state, in attributes ending with an underscore. So ``get_params``,
``set_params``, ``sklearn.base.clone`` (an equal, unfitted model) and a ``repr`` that shows
the non-default parameters work on every model.

This module holds the interface; :mod:`coldstart_lab.models.baselines` the two baselines.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from coldstart_lab.data.dataset import ITEM_ID, USER_ID, Dataset
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.errors import ColdstartError


class CannotServe(ColdstartError):
    """The model cannot score this request (e.g. a user or item it never saw in training)."""


class NeedsRatings(CannotServe):
    """The model learns from ratings, and the training interactions carry none: raised by
    ``fit`` (the benchmark reports the method as not applicable to such a dataset)."""


class NotFittedError(ColdstartError):
    """``score``/``recommend`` called before ``fit``."""


class Recommender(BaseEstimator):
    """Base class: subclasses implement ``_fit`` and ``_score`` (and ``_validate_params``).

    The scikit-learn contract: ``__init__`` only stores its arguments, unchanged, as
    attributes of the same names; ``_validate_params`` checks them (raising ``ValueError``)
    at the start of :meth:`fit`; everything ``fit`` learns goes in attributes ending with
    ``_``. ``name`` is a class attribute: the model's short label in reports.
    """

    name = "recommender"

    def fit(self, data: Dataset, train: pd.DataFrame | None = None) -> Recommender:
        """Learn from ``train`` interactions (default: all of ``data.interactions``).

        The parameters are checked first (``ValueError`` naming the parameter).
        """
        self._validate_params()
        train = data.interactions if train is None else train
        missing = [c for c in (USER_ID, ITEM_ID) if c not in train]
        if missing:
            raise ColdstartError(f"training interactions lack the column(s) {missing}")
        self.data_ = data
        self.item_ids_ = data.items[ITEM_ID].to_numpy()
        self.item_index_ = pd.Index(self.item_ids_)
        self.user_ids_ = data.users[USER_ID].to_numpy()
        self.user_index_ = pd.Index(self.user_ids_)
        self.train_ = train
        self.known_items_ = pd.Index(pd.unique(train[ITEM_ID]))
        self.known_users_ = pd.Index(pd.unique(train[USER_ID]))
        self._fit(data, train)
        return self

    def _request(self, user_ids, item_ids=None, history: pd.DataFrame | None = None):
        """``(user positions, item positions, history)`` of a scoring request, checked: all
        items when ``item_ids`` is None, the training interactions when ``history`` is None."""
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        items = (
            np.arange(len(self.item_ids_))
            if item_ids is None
            else self._positions(item_ids, self.item_index_, "item")
        )
        return users, items, self.train_ if history is None else history

    def score(self, user_ids, item_ids=None, history: pd.DataFrame | None = None) -> np.ndarray:
        """Scores ``(len(user_ids), len(item_ids))`` (all items when ``item_ids`` is None)."""
        users, items, history = self._request(user_ids, item_ids, history)
        scores = np.asarray(self._score(users, items, history), dtype=np.float32)
        assert scores.shape == (len(users), len(items)), (scores.shape, len(users), len(items))
        return scores

    def recommend(
        self,
        user_ids,
        k: int = 10,
        item_ids=None,
        history: pd.DataFrame | None = None,
        exclude_seen: bool = True,
    ) -> pd.DataFrame:
        """Top-``k`` items per user, as a long table ``user_id, rank, item_id, score``."""
        from coldstart_lab.evaluation.ranking import evaluate_ranking  # noqa: PLC0415

        user_ids = list(user_ids)
        candidates = self.item_ids_ if item_ids is None else np.asarray(list(item_ids))
        scores = self.score(user_ids, candidates, history)
        exclude = None
        if exclude_seen:
            seen = self.train_ if history is None else history
            exclude = positions_per_user(seen, user_ids, pd.Index(candidates))
        result = evaluate_ranking(scores, [[]] * len(user_ids), k=k, exclude=exclude)
        rows = []
        for u, user in enumerate(user_ids):
            for rank, j in enumerate(result.top_items[u], start=1):
                if j >= 0:
                    rows.append((user, rank, candidates[j], float(scores[u, j])))
        return pd.DataFrame(rows, columns=[USER_ID, "rank", ITEM_ID, "score"])

    # -- helpers for subclasses --------------------------------------------------------------

    def _validate_params(self) -> None:
        """Check the constructor's parameters; raise ``ValueError`` naming the bad one.

        Called first thing by :meth:`fit` (never by ``__init__``). This default accepts
        everything (it replaces scikit-learn's check against ``_parameter_constraints``).
        """

    def __sklearn_is_fitted__(self) -> bool:
        """For :func:`sklearn.utils.validation.check_is_fitted`."""
        return hasattr(self, "data_")

    def _fit(self, data: Dataset, train: pd.DataFrame) -> None:
        raise NotImplementedError

    def _score(self, users: np.ndarray, items: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        raise NotImplementedError

    def _check_fitted(self) -> None:
        if not hasattr(self, "data_"):
            raise NotFittedError(f"{self.name} is not fitted: call .fit(data, train) first")

    def _positions(self, ids, index: pd.Index, what: str) -> np.ndarray:
        ids = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids)
        positions = index.get_indexer(ids)
        if (positions < 0).any():
            bad = ids[positions < 0][0]
            raise ColdstartError(f"{what} {str(bad)!r} is not in the dataset given to fit()")
        return positions

    def _require_known(self, users: np.ndarray | None, items: np.ndarray | None) -> None:
        """Raise CannotServe when asked about users or items absent from training."""
        if items is not None:
            unknown = ~np.isin(self.item_ids_[items], self.known_items_)
            if unknown.any():
                raise CannotServe(
                    f"{self.name} cannot score {int(unknown.sum())} item(s) unseen in training "
                    f"(e.g. {self.item_ids_[items][unknown][0]!r}): it has no vector for a cold "
                    "item; use a content-based or hybrid model"
                )
        if users is not None:
            unknown = ~np.isin(self.user_ids_[users], self.known_users_)
            if unknown.any():
                raise CannotServe(
                    f"{self.name} cannot score {int(unknown.sum())} user(s) unseen in training "
                    f"(e.g. {self.user_ids_[users][unknown][0]!r}): it has no vector for a cold "
                    "user; use a content-based or hybrid model"
                )
