"""Social recommenders: what a new user's friends did, alone or next to their bio.

A new user of a social product arrives with a short bio and a few friends, and no activity of
their own (article §6.3). Because friends tend to like the same things, what they engaged with
is a strong hint:

- :func:`friend_lists` reads a dataset's friendship graph (``Dataset.edges``);
- :class:`FriendsActivity` ranks items by how many of the user's friends engaged with them
  (optionally weighted by tie strength), ties broken by popularity;
- :class:`SocialHybrid` adds that signal to the user's bio mapped into matrix factorisation
  (:class:`~coldstart_lab.models.mapping.TextToCF`), the friends' bios standing in for a
  missing bio.

Friends' activity is read at prediction time from ``history`` (by default the training
interactions), so a new user's held-out events are never used. One subtlety remains in an
offline evaluation: friends copy what a user does, so their *later* events echo the user's
held-out ones. ``as_of="signup_at"`` keeps only the friends' events from before the user
signed up, which is all a product knows about them when the user arrives.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coldstart_lab.data.dataset import FRIEND_ID, ITEM_ID, TIMESTAMP, USER_ID, Dataset
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import CannotServe, Recommender
from coldstart_lab.models.mapping import TextToCF
from coldstart_lab.text.features import text_vectors

WEIGHTINGS = ("count", "common_friends")
FALLBACKS = ("popularity", None)


def friend_lists(data: Dataset) -> list[np.ndarray]:
    """Each user's friends: ``len(data.users)`` sorted arrays of user positions.

    Row ``u`` lists the positions (in ``data.users``) of user ``u``'s friends. The edges are
    undirected: a pair listed in either direction (or both) makes each a friend of the other;
    repeated pairs count once and a user is never their own friend. Raises
    :class:`ColdstartError` when the dataset has no friendship graph or an edge names a user
    missing from ``data.users``.
    """
    if data.edges is None:
        raise ColdstartError(
            f"dataset {data.name!r} has no friendship graph (edges): a social model needs one"
        )
    index = pd.Index(data.users[USER_ID])
    a = index.get_indexer(data.edges[USER_ID])
    b = index.get_indexer(data.edges[FRIEND_ID])
    if (a < 0).any() or (b < 0).any():
        column, values = (USER_ID, a) if (a < 0).any() else (FRIEND_ID, b)
        bad = data.edges[column].to_numpy()[values < 0][0]
        raise ColdstartError(f"edge {column} {bad!r} is not in the dataset's users")
    n = len(index)
    keys = np.unique(np.r_[a * n + b, b * n + a])  # both directions, each pair once, sorted
    source, target = keys // n, keys % n
    keep = source != target
    source, target = source[keep], target[keep]
    bounds = np.searchsorted(source, np.arange(n + 1))
    return [target[bounds[u] : bounds[u + 1]] for u in range(n)]


class FriendsActivity(Recommender):
    """Rank items by what the user's friends engaged with; ties broken by popularity.

    The score of item ``i`` for user ``u`` is ``Σ w(u, f)`` over the friends ``f`` of ``u``
    who interacted with ``i`` in ``history`` (each friend once per item), plus a popularity
    term ``p(i) / (max p + 1)``, where ``p(i)`` counts the training interactions of every
    user but ``u``. The weights are whole numbers and the popularity term is below 1, so it
    only orders items the friends rank equally: first what friends engaged with most, then
    the rest by popularity. A user without friends (or whose friends did nothing usable)
    gets the popularity ranking, or :class:`CannotServe` with ``fallback=None``.

    Parameters
    ----------
    weighting : "count" or "common_friends", default "count"
        ``"count"``: ``w = 1``, the score is the number of friends who engaged with the item.
        ``"common_friends"``: ``w = 1 +`` the number of friends ``u`` and ``f`` have in common
        (tie strength: friends inside one circle count more).
    as_of : str, optional
        A time column of ``data.users`` (e.g. ``"signup_at"``): only friends' events
        strictly before the user's time count (a missing time counts none), as the product
        knew them then. Needs timestamps in ``history``. ``None`` (default): every friends'
        event in ``history``.
    max_friends : int, optional
        Use at most this many friends per user, drawn at random (seeded per user, so a user
        keeps the same friends whatever the batch): a new user who has found only a few
        friends yet. ``0`` leaves everyone without friends. ``None`` (default): all.
    min_friends : int, default 1
        An item counts only if at least this many friends engaged with it; 2 or more means
        no recommendation reveals what one single friend did.
    fallback : "popularity" or None, default "popularity"
        For users without usable friends' activity: the popularity ranking, or ``None`` to
        raise :class:`CannotServe`.
    seed : int, default 0
        Seed of the ``max_friends`` draw.

    Attributes (after ``fit``)
    --------------------------
    friends_ : list of ``n_users`` arrays, the friends used (positions in ``data.users``).
    item_popularity_ : ``(n_items,)`` training interactions per item.
    user_times_ : ``(n_users,)`` int64 nanoseconds of ``as_of`` (None without ``as_of``).
    """

    name = "friends_activity"

    def __init__(
        self,
        weighting: str = "count",
        as_of: str | None = None,
        max_friends: int | None = None,
        min_friends: int = 1,
        fallback: str | None = "popularity",
        seed: int = 0,
    ):
        self.weighting = weighting
        self.as_of = as_of
        self.max_friends = max_friends
        self.min_friends = min_friends
        self.fallback = fallback
        self.seed = seed

    def _validate_params(self) -> None:
        if self.weighting not in WEIGHTINGS:
            raise ValueError(f"weighting must be one of {WEIGHTINGS}, got {self.weighting!r}")
        if self.max_friends is not None and int(self.max_friends) < 0:
            raise ValueError(f"max_friends must be >= 0 or None, got {self.max_friends}")
        if int(self.min_friends) < 1:
            raise ValueError(f"min_friends must be at least 1, got {self.min_friends}")
        if self.fallback not in FALLBACKS:
            raise ValueError(f"fallback must be one of {FALLBACKS}, got {self.fallback!r}")
        if int(self.seed) < 0:
            raise ValueError(f"seed must be >= 0, got {self.seed}")

    def _fit(self, data, train) -> None:
        friends = friend_lists(data)
        if self.max_friends is not None:
            m = int(self.max_friends)
            friends = [
                f if len(f) <= m else np.sort(_draw(f, m, int(self.seed), u))
                for u, f in enumerate(friends)
            ]
        self.friends_ = friends
        positions = self.item_index_.get_indexer(train[ITEM_ID])
        self.item_popularity_ = np.bincount(
            positions[positions >= 0], minlength=len(self.item_ids_)
        ).astype(np.float64)
        self.user_times_ = None
        if self.as_of is not None:
            if self.as_of not in data.users:
                raise ColdstartError(
                    f"as_of={self.as_of!r} is not a column of the dataset's users (it has: "
                    f"{', '.join(map(str, data.users.columns))})"
                )
            times = pd.to_datetime(data.users[self.as_of], utc=True)
            self.user_times_ = _nanoseconds(times)

    def friend_scores(self, user_ids, item_ids=None, history: pd.DataFrame | None = None):
        """The friends' part of the score alone: ``(len(user_ids), len(item_ids))`` float32.

        ``Σ w(u, f)`` over the friends who engaged with each item (0 below ``min_friends``),
        read from ``history`` (default: the training interactions); no popularity term.
        """
        users, items, history = self._request(user_ids, item_ids, history)
        return self._friend_scores(users, items, history).astype(np.float32)

    def _friend_scores(self, users, items, history) -> np.ndarray:
        n_items = len(self.item_ids_)
        column = np.full(n_items, -1)
        column[items] = np.arange(len(items))
        # (row, friend, weight) pairs of the scored users
        rows = np.repeat(np.arange(len(users)), [len(self.friends_[u]) for u in users])
        friend = np.concatenate([self.friends_[u] for u in users] + [np.zeros(0, np.int64)])
        weight = np.ones(len(friend))
        if self.weighting == "common_friends":
            weight += [
                len(np.intersect1d(self.friends_[users[r]], self.friends_[f], assume_unique=True))
                for r, f in zip(rows, friend, strict=True)
            ]
        # each history user's distinct items, with the time of their first event
        ev_user = self.user_index_.get_indexer(history[USER_ID])
        ev_item = self.item_index_.get_indexer(history[ITEM_ID])
        known = (ev_user >= 0) & (ev_item >= 0)
        if self.as_of is not None:
            if TIMESTAMP not in history:
                raise ColdstartError(
                    f"as_of={self.as_of!r} needs a {TIMESTAMP!r} column in the history"
                )
            ev_time = _nanoseconds(pd.to_datetime(history[TIMESTAMP], utc=True))
            known &= ev_time != _NAT
        else:
            ev_time = np.zeros(len(ev_user), np.int64)
        key = ev_user[known].astype(np.int64) * n_items + ev_item[known]
        order = np.lexsort((ev_time[known], key))
        key, first_time = key[order], ev_time[known][order]
        first = np.r_[True, key[1:] != key[:-1]]
        key, first_time = key[first], first_time[first]
        owner, item = key // n_items, key % n_items
        # join the pairs with their friend's items (events sorted by owner)
        bounds = np.searchsorted(owner, np.arange(len(self.user_ids_) + 1))
        start, stop = bounds[friend], bounds[friend + 1]
        sizes = stop - start
        pair = np.repeat(np.arange(len(friend)), sizes)
        event = np.repeat(start - np.r_[0, np.cumsum(sizes)[:-1]], sizes) + np.arange(sizes.sum())
        keep = column[item[event]] >= 0
        if self.as_of is not None:
            cut = self.user_times_[users[rows[pair]]]
            keep &= (cut != _NAT) & (first_time[event] < cut)
        pair, event = pair[keep], event[keep]
        cell = rows[pair] * len(items) + column[item[event]]
        total = np.bincount(cell, weights=weight[pair], minlength=len(users) * len(items))
        count = np.bincount(cell, minlength=len(users) * len(items))
        total[count < int(self.min_friends)] = 0.0
        return total.reshape(len(users), len(items))

    def _score(self, users, items, history) -> np.ndarray:
        friends = self._friend_scores(users, items, history)
        empty = ~(friends > 0).any(axis=1)
        if self.fallback is None and empty.any():
            raise CannotServe(
                f"{self.name} has no friends' activity for {int(empty.sum())} user(s) (e.g. "
                f"{self.user_ids_[users][empty][0]!r}): use fallback='popularity' or a text model"
            )
        # popularity among the other users: the user's own training events do not count
        others = np.tile(self.item_popularity_[items], (len(users), 1))
        column = np.full(len(self.item_ids_), -1)
        column[items] = np.arange(len(items))
        own = positions_per_user(self.train_, self.user_ids_[users], self.item_index_)
        for row, seen in enumerate(own):
            seen = column[seen]
            np.subtract.at(others[row], seen[seen >= 0], 1.0)
        return friends + others / (self.item_popularity_.max(initial=0.0) + 1.0)


class SocialHybrid(Recommender):
    """The bio (or the friends' bios) mapped into matrix factorisation, plus friends' activity.

    ``score(u, i) = text(u, i) + friends_weight · log(1 + friends(u, i))``.

    - ``text`` is a :class:`~coldstart_lab.models.mapping.TextToCF` score: the user's bio
      mapped into the space matrix factorisation learned from everyone's events (refined by
      the user's own events when there are some). With ``friends_bios``, a user without a
      bio is described by their friends' bios instead: the mean text vector of the friends
      who wrote one, through the same map.
    - ``friends`` is :meth:`FriendsActivity.friend_scores`: the (weighted) number of friends
      who engaged with the item, without the popularity term. The logarithm makes the first
      friends who engaged with an item count most.

    A user without friends gets the text model's ranking unchanged.

    Parameters
    ----------
    encoder, alpha, mf, seed
        As in :class:`~coldstart_lab.models.mapping.TextToCF` (an MF already fitted on the
        same ``data`` and ``train`` is reused: fit it once, try several hybrids on it).
    friends_weight : float, default 0.25
        Weight of ``log(1 + friends' score)``, on the scale of TextToCF's scores (logits):
        choose it on validation users. 0 leaves the friends' activity out.
    friends_bios : bool, default True
        Describe users without a bio by their friends' bios (the same friends as the
        activity, so ``max_friends`` applies). A bio is public profile text, known at sign-up.
    weighting, as_of, max_friends
        As in :class:`FriendsActivity` (``max_friends`` draws with ``seed``).

    Attributes (after ``fit``)
    --------------------------
    text_model_ : the fitted TextToCF (with ``friends_bios``, its ``user_text_factors_`` and
        ``user_has_text_`` include the users described by their friends' bios).
    friends_ : the fitted FriendsActivity.
    described_by_friends_ : ``(n_users,)`` bool, the users without a bio whom their friends'
        bios describe.
    """

    name = "social_hybrid"

    def __init__(
        self,
        encoder="lm",
        alpha: float = 1.0,
        mf=None,
        friends_weight: float = 0.25,
        friends_bios: bool = True,
        weighting: str = "count",
        as_of: str | None = None,
        max_friends: int | None = None,
        seed: int = 0,
    ):
        self.encoder = encoder
        self.alpha = alpha
        self.mf = mf
        self.friends_weight = friends_weight
        self.friends_bios = friends_bios
        self.weighting = weighting
        self.as_of = as_of
        self.max_friends = max_friends
        self.seed = seed

    def _parts(self) -> tuple[TextToCF, FriendsActivity]:
        text = TextToCF(encoder=self.encoder, alpha=self.alpha, mf=self.mf, seed=self.seed)
        friends = FriendsActivity(
            weighting=self.weighting,
            as_of=self.as_of,
            max_friends=self.max_friends,
            seed=self.seed,
        )
        return text, friends

    def _validate_params(self) -> None:
        if not float(self.friends_weight) >= 0:
            raise ValueError(f"friends_weight must be >= 0, got {self.friends_weight}")
        for part in self._parts():
            part._validate_params()

    def _fit(self, data, train) -> None:
        text, friends = self._parts()
        self.friends_ = friends.fit(data, train)  # first: it checks the friendship graph
        self.text_model_ = text.fit(data, train)
        self.described_by_friends_ = np.zeros(len(self.user_ids_), bool)
        if self.friends_bios and text.user_map_ is not None:
            self._describe_by_friends(data)

    def _describe_by_friends(self, data) -> None:
        """Give users without a bio the u₀ of their friends' mean bio vector."""
        text = self.text_model_
        _, user_vectors = text_vectors(data, self.encoder)
        wrote = text.user_has_text_
        users, means = [], []
        for user in np.flatnonzero(~wrote):
            writers = self.friends_.friends_[user]
            writers = writers[wrote[writers]]
            if len(writers):
                users.append(user)
                means.append(user_vectors[writers].mean(axis=0))
        if users:
            predicted = text.user_map_.predict(np.asarray(means, np.float64))
            text.user_text_factors_[users] = np.asarray(predicted, np.float32)
            self.described_by_friends_[users] = True
            text.user_has_text_ = wrote | self.described_by_friends_

    def _score(self, users, items, history) -> np.ndarray:
        user_ids, item_ids = self.user_ids_[users], self.item_ids_[items]
        text = self.text_model_.score(user_ids, item_ids, history=history)
        friends = self.friends_.friend_scores(user_ids, item_ids, history=history)
        return text + float(self.friends_weight) * np.log1p(friends)


_NAT = np.iinfo(np.int64).min  # what NaT becomes as int64 nanoseconds


def _nanoseconds(times: pd.Series) -> np.ndarray:
    """UTC times as int64 nanoseconds since 1970 (``NaT`` as :data:`_NAT`)."""
    values = times.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy("datetime64[ns]")
    return values.astype(np.int64)


def _draw(friends: np.ndarray, m: int, seed: int, user: int) -> np.ndarray:
    """``m`` of ``friends`` without replacement, the same for (seed, user) in any batch."""
    return np.random.default_rng([seed, user]).choice(friends, size=m, replace=False)
