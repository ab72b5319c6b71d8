"""The two baselines every method must beat: :class:`RandomRecommender` and
:class:`PopularityRecommender` (global counts, optionally time-decayed)."""

from __future__ import annotations

import numpy as np

from coldstart_lab.data.dataset import ITEM_ID, TIMESTAMP
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import Recommender


class RandomRecommender(Recommender):
    """Uniform random scores, reproducible per (seed, user): the floor every method must beat.

    Parameters
    ----------
    seed : int, default 0
    """

    name = "random"

    def __init__(self, seed: int = 0):
        self.seed = seed

    def _validate_params(self) -> None:
        if int(self.seed) < 0:
            raise ValueError(f"seed must be >= 0, got {self.seed}")

    def _fit(self, data, train) -> None:
        pass

    def _score(self, users, items, history) -> np.ndarray:
        n_all = len(self.item_ids_)
        seed = int(self.seed)
        rows = [np.random.default_rng([seed, int(u)]).random(n_all)[items] for u in users]
        return np.array(rows, dtype=np.float32).reshape(len(users), len(items))


class PopularityRecommender(Recommender):
    """Everyone gets the items with the most training interactions.

    Parameters
    ----------
    half_life_days : float, optional
        Time decay: an interaction ``half_life_days`` older than the newest one counts half.
        ``None`` (default) counts every interaction once. Needs a ``timestamp`` column.

    Cold items have no interactions, so they score 0: popularity cannot recommend them.
    """

    name = "popularity"

    def __init__(self, half_life_days: float | None = None):
        self.half_life_days = half_life_days

    def _validate_params(self) -> None:
        if self.half_life_days is not None and not self.half_life_days > 0:
            raise ValueError(f"half_life_days must be positive, got {self.half_life_days}")

    def _fit(self, data, train) -> None:
        weights = np.ones(len(train))
        if self.half_life_days is not None:
            if TIMESTAMP not in train:
                raise ColdstartError(
                    "time-decayed popularity needs a timestamp column in the interactions"
                )
            age = (train[TIMESTAMP].max() - train[TIMESTAMP]).dt.total_seconds() / 86400.0
            weights = np.power(0.5, age.to_numpy() / self.half_life_days)
        positions = self.item_index_.get_indexer(train[ITEM_ID])
        self.item_popularity_ = np.bincount(
            positions, weights=weights, minlength=len(self.item_ids_)
        ).astype(np.float32)

    def _score(self, users, items, history) -> np.ndarray:
        return np.broadcast_to(self.item_popularity_[items], (len(users), len(items))).copy()
