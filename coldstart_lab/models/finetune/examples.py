"""Training examples: users' history lists, the memory bank of item vectors, the batches."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.data.dataset import ITEM_ID, TIMESTAMP, USER_ID

tf = import_tensorflow()
import keras  # noqa: E402


class MemoryBank:
    """The tower's latest vector of every text; users are read as means of rows."""

    def __init__(self, n_rows: int, dim: int):
        with tf.init_scope():
            self.table = tf.Variable(tf.zeros((n_rows, dim)), trainable=False, name="bank")

    def users(self, history):
        """``history``: ``(batch, width)`` rows, ``-1`` = empty. Returns mean vectors."""
        valid = tf.cast(history >= 0, tf.float32)
        vectors = tf.gather(self.table, tf.maximum(history, 0)) * valid[:, :, None]
        count = tf.reduce_sum(valid, axis=1, keepdims=True)
        return tf.reduce_sum(vectors, axis=1) / tf.maximum(count, 1.0)

    def write(self, rows, vectors) -> None:
        self.table.scatter_nd_update(tf.cast(rows, tf.int32)[:, None], vectors)


def history_lists(
    interactions: pd.DataFrame, user_ids, item_index: pd.Index, keep: int
) -> list[np.ndarray]:
    """Per requested user: item positions in ``item_index``, distinct, oldest first (by
    ``timestamp`` when present, else row order), the ``keep`` most recent."""
    user_ids = list(user_ids)
    order = pd.Index(user_ids)
    table = interactions[interactions[USER_ID].isin(order)]
    if TIMESTAMP in table:
        table = table.sort_values(TIMESTAMP, kind="stable")
    frame = pd.DataFrame(
        {"u": order.get_indexer(table[USER_ID]), "i": item_index.get_indexer(table[ITEM_ID])}
    )
    frame = frame[frame["i"] >= 0].drop_duplicates(keep="last")
    frame = frame.groupby("u", sort=False).tail(keep)
    users = frame["u"].to_numpy()
    sort = np.argsort(users, kind="stable")
    users, items = users[sort], frame["i"].to_numpy()[sort]
    bounds = np.searchsorted(users, np.arange(len(user_ids) + 1))
    return [items[bounds[k] : bounds[k + 1]].astype(np.int64) for k in range(len(user_ids))]


class ExampleBatches(keras.utils.PyDataset):
    """Batches of ``{"user", "item", "text", "history", "logq"}`` (indices only: the features
    stay in the graph) and targets. Shuffled per epoch with a seeded generator; within pools
    of 16 batches, examples are sorted by text length so each batch pads little.

    ``groups`` (one int per example, e.g. the item's category code): the shuffled examples
    are ordered by group before pooling and sorted by (group, length) within a pool, so a
    batch holds one group's examples (a few batches per epoch straddle two): in-batch
    negatives then come from the positive's own group ("hard negatives"). With
    ``group_share`` below 1, only that share of each batch comes from one group, the rest
    are random examples (such mixed batches are not sorted by length).

    ``"text"`` is the feature row the item's text is read from: the item's own row, or, with
    ``item_rows`` (``(n_versions, n_items)`` feature rows), epoch ``e``'s version
    ``item_rows[e % n_versions]`` (augmented copies of the training texts)."""

    POOL = 16

    def __init__(self, users, items, targets, histories, text_rows, lengths, *, batch_size,
                 width, shuffle, seed, logq=None, item_rows=None, groups=None,
                 group_share=1.0):  # fmt: skip
        super().__init__()
        self.item_rows = None if item_rows is None else np.asarray(item_rows, np.int32)
        self.users, self.items = np.asarray(users, np.int32), np.asarray(items, np.int32)
        self.targets = np.asarray(targets, np.float32)
        self.histories, self.text_rows, self.lengths = histories, text_rows, lengths
        self.batch_size, self.width, self.shuffle, self.seed = batch_size, width, shuffle, seed
        self.logq = logq
        self.groups = None if groups is None else np.asarray(groups, np.int64)
        self.group_share = float(group_share)
        self.epoch = 0
        self.batches = self._plan()

    def _plan(self) -> list[np.ndarray]:
        n = len(self.items)
        rng = np.random.default_rng([self.seed, self.epoch])
        order = rng.permutation(n) if self.shuffle else np.arange(n)
        grouped = round(self.group_share * self.batch_size)
        if self.groups is not None and grouped < self.batch_size:
            batches = self._mixed(order, max(grouped, 1))
            return [batches[i] for i in rng.permutation(len(batches))]
        if self.groups is not None:
            order = order[np.argsort(self.groups[order], kind="stable")]
        pool = self.batch_size * self.POOL
        batches = []
        for start in range(0, n, pool):
            chunk = order[start : start + pool]
            lengths = self.lengths[self.items[chunk]]
            if self.groups is None:
                chunk = chunk[np.argsort(lengths, kind="stable")]
            else:
                chunk = chunk[np.lexsort((lengths, self.groups[chunk]))]
            batches += [
                chunk[i : i + self.batch_size] for i in range(0, len(chunk), self.batch_size)
            ]
        if self.shuffle:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches

    def _mixed(self, order: np.ndarray, grouped: int) -> list[np.ndarray]:
        """Batches of ``grouped`` same-group examples plus random ones, from ``order``."""
        n_batches = -(-len(order) // self.batch_size)
        split = min(n_batches * grouped, len(order))
        same = order[:split][np.argsort(self.groups[order[:split]], kind="stable")]
        rest = order[split:]
        per_batch = -(-len(rest) // n_batches) if len(rest) else 0
        return [
            np.concatenate([
                same[b * grouped : (b + 1) * grouped], rest[b * per_batch : (b + 1) * per_batch]
            ])
            for b in range(n_batches)
        ]  # fmt: skip

    def __len__(self) -> int:
        return len(self.batches)

    def __getitem__(self, index):
        rows = self.batches[index]
        history = np.full((len(rows), self.width + 1), -1, np.int32)
        for r, e in enumerate(rows):
            user, item = self.users[e], self.items[e]
            seen = self.histories[user]
            seen = seen[seen != item][-self.width :]
            history[r, : len(seen)] = seen
            history[r, self.width] = self.text_rows[user]
        items = self.items[rows]
        logq = np.zeros(len(rows), np.float32) if self.logq is None else self.logq[items]
        text = items
        if self.item_rows is not None:
            text = self.item_rows[self.epoch % len(self.item_rows)][items]
        x = {"user": self.users[rows], "item": items, "text": text, "history": history}
        x["logq"] = logq
        return x, self.targets[rows]

    def on_epoch_end(self):
        self.epoch += 1
        if self.shuffle:
            self.batches = self._plan()
