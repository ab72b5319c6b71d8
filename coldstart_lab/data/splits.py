"""Leak-free splits for cold-start evaluation.

Each function takes a :class:`~coldstart_lab.data.dataset.Dataset` and returns a :class:`Split`:
interactions a model may train on (``train``), and held-out interactions to tune on
(``validation``) and to report on (``test``). The guarantee every split is tested for: *no
interaction of a cold item or a cold user reaches* ``train``.

- :func:`item_cold_split`  new items: a fraction of items held out with all their interactions
- :func:`user_cold_split`  new users: held-out users, with k-shot ``support`` interactions
  (k in 0, 1, 3, 5 by default) given at prediction time and the rest as queries
- :func:`temporal_split`   one global time cut; items first seen after it are the cold items
- :func:`warm_split`       per-user holdout among known users and items (the classic setting)

Same data and seed, same split.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, TIMESTAMP, USER_ID, Dataset
from coldstart_lab.errors import ColdstartError

DEFAULT_SHOTS = (0, 1, 3, 5)


@dataclass
class Split:
    """Interactions for training, validation and test, plus who is cold.

    Attributes
    ----------
    kind : "cold_items", "cold_users", "temporal" or "warm".
    train, validation, test : DataFrames of interactions (same columns as the dataset's).
    cold_items : dict with "validation" and "test" arrays of item ids unseen in ``train``.
    cold_users : dict with "validation" and "test" arrays of user ids unseen in ``train``.
    support : user cold-start only: k -> the first k interactions of every cold user (the
        "shots" a model may use at prediction time); ``validation``/``test`` hold the rest.
    settings : the arguments that made the split.
    """

    kind: str
    train: pd.DataFrame
    validation: pd.DataFrame
    test: pd.DataFrame
    cold_items: dict = field(default_factory=dict)
    cold_users: dict = field(default_factory=dict)
    support: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)

    def sizes(self) -> dict:
        """Counts of interactions, users and items in each part (for printing and reports)."""
        sizes = {"kind": self.kind}
        for part in ("train", "validation", "test"):
            table = getattr(self, part)
            sizes[f"{part}_interactions"] = len(table)
            sizes[f"{part}_users"] = table[USER_ID].nunique()
            sizes[f"{part}_items"] = table[ITEM_ID].nunique()
        for name, groups in (("cold_items", self.cold_items), ("cold_users", self.cold_users)):
            for part, ids in groups.items():
                sizes[f"{part}_{name}"] = len(ids)
        for k, table in self.support.items():
            sizes[f"support_k{k}_interactions"] = len(table)
        return sizes

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v}" for k, v in self.sizes().items() if k != "kind")
        return f"Split({self.kind}: {shown})"


def _check_fraction(name: str, value: float) -> float:
    if not 0 < float(value) < 1:
        raise ValueError(f"{name} must be between 0 and 1 (exclusive), got {value}")
    return float(value)


def _halves(ids: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Shuffle ``ids`` and cut them into (validation, test) halves."""
    ids = rng.permutation(ids)
    middle = len(ids) // 2
    return np.sort(ids[:middle]), np.sort(ids[middle:])


def item_cold_split(data: Dataset, cold_fraction: float = 0.2, seed: int = 0) -> Split:
    """Hold out ``cold_fraction`` of the items that have interactions, with all of them.

    The held-out items are cut in two disjoint halves: validation and test cold items.
    """
    _check_fraction("cold_fraction", cold_fraction)
    rng = np.random.default_rng(seed)
    events = data.interactions
    items = np.sort(pd.unique(events[ITEM_ID]))
    n_cold = max(2, int(round(cold_fraction * len(items))))
    if n_cold >= len(items):
        raise ColdstartError(
            f"only {len(items)} items have interactions: too few to hold out cold items"
        )
    cold = rng.choice(items, size=n_cold, replace=False)
    validation_items, test_items = _halves(cold, rng)
    in_validation = events[ITEM_ID].isin(validation_items)
    in_test = events[ITEM_ID].isin(test_items)
    return Split(
        kind="cold_items",
        train=events[~(in_validation | in_test)].reset_index(drop=True),
        validation=events[in_validation].reset_index(drop=True),
        test=events[in_test].reset_index(drop=True),
        cold_items={"validation": validation_items, "test": test_items},
        settings={"cold_fraction": cold_fraction, "seed": seed},
    )


def user_cold_split(
    data: Dataset,
    cold_fraction: float = 0.2,
    shots: tuple[int, ...] = DEFAULT_SHOTS,
    seed: int = 0,
) -> Split:
    """Hold out ``cold_fraction`` of the users who have more than ``max(shots)`` interactions.

    A cold user's interactions are ordered in time (randomly, with ``seed``, when there are no
    timestamps). ``support[k]`` holds the first ``k`` of them for each ``k`` in ``shots``
    (``support[1]`` is inside ``support[3]``); the interactions after the first ``max(shots)``
    are the queries, the same for every k so that k-shot results are comparable. With k = 0 a
    model has only the user's text (onboarding answer or bio).
    """
    _check_fraction("cold_fraction", cold_fraction)
    shots = tuple(sorted({int(k) for k in shots}))
    if not shots or shots[0] < 0:
        raise ValueError(f"shots must be non-negative whole numbers, got {shots}")
    rng = np.random.default_rng(seed)
    events = _ordered(data.interactions, rng)
    counts = events[USER_ID].value_counts()
    eligible = np.sort(counts.index[counts > shots[-1]].to_numpy())
    n_cold = max(2, int(round(cold_fraction * len(eligible))))
    if n_cold >= len(eligible):
        raise ColdstartError(
            f"only {len(eligible)} users have more than {shots[-1]} interactions: too few "
            "for a user cold-start split; lower the largest shot count"
        )
    cold = rng.choice(eligible, size=n_cold, replace=False)
    validation_users, test_users = _halves(cold, rng)
    is_cold = events[USER_ID].isin(cold)
    cold_events = events[is_cold]
    position = cold_events.groupby(USER_ID, sort=False).cumcount()
    support = {k: _restore(cold_events[position < k]) for k in shots}
    queries = cold_events[position >= shots[-1]]
    return Split(
        kind="cold_users",
        train=_restore(events[~is_cold]),
        validation=_restore(queries[queries[USER_ID].isin(validation_users)]),
        test=_restore(queries[queries[USER_ID].isin(test_users)]),
        cold_users={"validation": validation_users, "test": test_users},
        support=support,
        settings={"cold_fraction": cold_fraction, "shots": list(shots), "seed": seed},
    )


def temporal_split(
    data: Dataset, cut: str | pd.Timestamp | None = None, quantile: float = 0.8, seed: int = 0
) -> Split:
    """Train on everything before one global time ``cut``; evaluate on what comes after.

    ``cut`` defaults to the ``quantile`` of interaction times. Items first seen after the cut
    are the cold items; after-cut interactions are cut in two halves by time (validation,
    then test), and cold items are split the same way by first appearance.
    """
    if not data.has_timestamps:
        raise ColdstartError(
            f"dataset {data.name!r} has no timestamp column: a temporal split needs one"
        )
    events = data.interactions
    times = events[TIMESTAMP]
    if cut is None:
        _check_fraction("quantile", quantile)
        cut = times.quantile(quantile)
    cut = pd.Timestamp(cut)
    cut = cut.tz_localize("UTC") if cut.tzinfo is None else cut.tz_convert("UTC")
    before = (times < cut).to_numpy()
    if before.all() or not before.any():
        raise ColdstartError(
            f"the time cut {cut} leaves no interactions on one side: choose a cut between "
            f"{times.min()} and {times.max()}"
        )
    first_seen = events.groupby(ITEM_ID)[TIMESTAMP].min()
    after = events[~before].sort_values(TIMESTAMP, kind="stable")
    middle = after[TIMESTAMP].iloc[len(after) // 2]
    cold = first_seen[first_seen >= cut]
    return Split(
        kind="temporal",
        train=events[before].reset_index(drop=True),
        validation=after[after[TIMESTAMP] < middle].reset_index(drop=True),
        test=after[after[TIMESTAMP] >= middle].reset_index(drop=True),
        cold_items={
            "validation": np.sort(cold.index[cold < middle].to_numpy()),
            "test": np.sort(cold.index[cold >= middle].to_numpy()),
        },
        cold_users=_users_new_after(events, before, middle),
        settings={"cut": str(cut), "seed": seed},
    )


def warm_split(data: Dataset, holdout_fraction: float = 0.2, seed: int = 0) -> Split:
    """Hold out ``holdout_fraction`` of each user's interactions (at least one, for users
    with two or more), keeping only held-out pairs whose user and item stay in ``train``."""
    _check_fraction("holdout_fraction", holdout_fraction)
    rng = np.random.default_rng(seed)
    events = data.interactions
    shuffled = rng.permutation(len(events))
    order = events.iloc[shuffled]
    position = order.groupby(USER_ID, sort=False).cumcount().to_numpy()
    size = order[USER_ID].map(order[USER_ID].value_counts()).to_numpy()
    n_out = np.where(size >= 2, np.maximum(1, np.floor(holdout_fraction * size)), 0)
    held = np.zeros(len(events), bool)
    held[shuffled] = position < n_out
    train = events[~held]
    out = events[held]
    out = out[out[ITEM_ID].isin(train[ITEM_ID]) & out[USER_ID].isin(train[USER_ID])]
    users = np.sort(pd.unique(out[USER_ID]))
    validation_users, test_users = _halves(users, rng)
    return Split(
        kind="warm",
        train=train.reset_index(drop=True),
        validation=out[out[USER_ID].isin(validation_users)].reset_index(drop=True),
        test=out[out[USER_ID].isin(test_users)].reset_index(drop=True),
        settings={"holdout_fraction": holdout_fraction, "seed": seed},
    )


def _ordered(events: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """Interactions in time order (ties and missing times broken by a seeded shuffle)."""
    shuffled = events.iloc[rng.permutation(len(events))].copy()
    shuffled["_row"] = shuffled.index
    if TIMESTAMP in shuffled:
        shuffled = shuffled.sort_values(TIMESTAMP, kind="stable", na_position="last")
    return shuffled


def _restore(table: pd.DataFrame) -> pd.DataFrame:
    """Back to the dataset's row order, without helper columns."""
    return table.sort_values("_row").drop(columns="_row").reset_index(drop=True)


def _users_new_after(events, before, middle) -> dict:
    first = events.groupby(USER_ID)[TIMESTAMP].min()
    known = set(events.loc[before, USER_ID])
    new = first[~first.index.isin(known)]
    return {
        "validation": np.sort(new.index[new < middle].to_numpy()),
        "test": np.sort(new.index[new >= middle].to_numpy()),
    }
