"""Negative sampling: turn "who clicked what" into a labelled classification problem.

Implicit feedback only records positives (a click, a purchase). To train a click classifier
with cross-entropy we also need examples of items a user did *not* choose; the usual recipe is
to draw them at random from the catalogue, skipping the user's own positives.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import ITEM_ID, USER_ID
from coldstart_lab.errors import ColdstartError


def click_examples(
    interactions: pd.DataFrame, item_ids, negatives: int = 1, seed: int = 0
) -> pd.DataFrame:
    """Positive (user, item) pairs with label 1 plus ``negatives`` random items per positive
    with label 0.

    Negatives are drawn uniformly from ``item_ids``, never an item the user interacted with
    (in ``interactions``); positives are de-duplicated. Returns a DataFrame ``user_id,
    item_id, label`` shuffled with ``seed``.
    """
    if int(negatives) < 0:
        raise ValueError(f"negatives must be >= 0, got {negatives}")
    for column in (USER_ID, ITEM_ID):
        if column not in interactions:
            raise ColdstartError(f"interactions lack the column {column!r}")
    catalogue = np.asarray(pd.unique(np.asarray(item_ids)))
    positives = interactions[[USER_ID, ITEM_ID]].drop_duplicates()
    per_user = positives.groupby(USER_ID)[ITEM_ID].agg(set)
    too_full = [u for u, seen in per_user.items() if len(seen) >= len(catalogue)]
    if negatives and too_full:
        raise ColdstartError(
            f"user {too_full[0]!r} interacted with every candidate item: no negative to draw"
        )
    rng = np.random.default_rng(seed)
    rows = []
    for user in positives[USER_ID]:
        seen = per_user[user]
        for _ in range(int(negatives)):
            negative = catalogue[rng.integers(len(catalogue))]
            while negative in seen:
                negative = catalogue[rng.integers(len(catalogue))]
            rows.append((user, negative))
    negative_pairs = pd.DataFrame(rows, columns=[USER_ID, ITEM_ID])
    examples = pd.concat(
        [positives.assign(label=1), negative_pairs.assign(label=0)], ignore_index=True
    )
    order = rng.permutation(len(examples))
    return examples.iloc[order].reset_index(drop=True)
