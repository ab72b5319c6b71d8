"""User profiles from history: the mean text vector of the items a user interacted with.

The simplest way to describe a user in the items' vector space, shared by the content k-NN
(:mod:`coldstart_lab.models.content`), DropoutNet's user content
(:mod:`coldstart_lab.models.dropoutnet`), the linear model's features
(:mod:`coldstart_lab.models.linear`) and the fine-tuned towers. The histories come as item
positions per user, e.g. from :func:`coldstart_lab.data.interactions.positions_per_user`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def history_profiles(
    item_vectors: np.ndarray,
    histories: Sequence[np.ndarray],
    *,
    distinct: bool = True,
    extra_vectors: np.ndarray | None = None,
    extra_mask: np.ndarray | None = None,
) -> np.ndarray:
    """The mean of ``item_vectors`` over each user's history: ``(len(histories), d)``.

    Parameters
    ----------
    item_vectors : array ``(n_items, d)``
        One vector per item (e.g. text vectors), rows in the order the positions refer to.
    histories : sequence of ``len(histories)`` integer arrays
        Per user, positions of their history items in ``item_vectors`` (any length, repeats
        allowed).
    distinct : bool, default True
        Count each item once per user (the mean over ``np.unique(positions)``, in sorted
        order); ``False`` averages over the positions as given, a repeated item weighing as
        often as it occurs (in the order given).
    extra_vectors : array ``(len(histories), d)``, optional
        One more vector per user, averaged in as one more member after the history items
        (e.g. the user's own text vector), for the users where ``extra_mask`` is True.
    extra_mask : bool array ``(len(histories),)``, optional
        Which users have an ``extra_vectors`` row (default: all, when ``extra_vectors`` is
        given).

    Returns
    -------
    numpy.ndarray
        ``(len(histories), d)`` in ``item_vectors``' dtype; a user with nothing to average
        (empty history and no extra vector) gets a row of zeros.
    """
    item_vectors = np.asarray(item_vectors)
    profiles = np.zeros((len(histories), item_vectors.shape[1]), item_vectors.dtype)
    if extra_vectors is not None and extra_mask is None:
        extra_mask = np.ones(len(histories), bool)
    for row, positions in enumerate(histories):
        members = item_vectors[np.unique(positions) if distinct else np.asarray(positions)]
        if extra_vectors is not None and extra_mask[row]:
            members = np.concatenate([members, extra_vectors[row][None, :]])
        if len(members):
            profiles[row] = members.mean(axis=0)
    return profiles
