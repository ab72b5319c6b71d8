"""Helpers on interaction tables that models and evaluation share."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, USER_ID


def positions_per_user(
    interactions: pd.DataFrame, user_ids: Sequence, item_index: pd.Index
) -> list[np.ndarray]:
    """For each user, the positions (in ``item_index``) of the items they interacted with."""
    table = interactions[[USER_ID, ITEM_ID]]
    table = table[table[USER_ID].isin(user_ids)]
    positions = item_index.get_indexer(table[ITEM_ID])
    grouped = pd.Series(positions).groupby(table[USER_ID].to_numpy())
    by_user = {u: g[g >= 0].to_numpy() for u, g in grouped}
    empty = np.zeros(0, np.int64)
    return [by_user.get(u, empty) for u in user_ids]
