"""Fine-tuning the pretrained encoder for recommendation, sized for a 2-core laptop.

A full fine-tune of all-MiniLM-L6-v2 runs at about a dozen examples per second on two CPU
cores: an epoch over a few thousand interactions takes many minutes. Most of that time is
spent recomputing the *lower* layers, whose weights we would barely change anyway. So:

1. :class:`BackboneSplit` cuts a KerasHub ``BertBackbone`` in two: a frozen lower part
   (embeddings + the first ``n_layers - trainable_layers`` transformer layers, sharing the
   pretrained weights) and a trainable upper part (*copies* of the top ``trainable_layers``
   layers, so fine-tuning never alters the shared encoder other models use).
2. :func:`compute_text_features` runs the frozen part **once per text** and keeps its output
   (:class:`TextFeatures`: hidden states, ragged, float16 by default; optionally saved as
   ``.npz``). With ``trainable_layers=0`` only the pooled vector is kept.
3. :class:`TextTower` = upper layers + masked mean pooling + L2 norm: the trainable encoder.
   Each training step runs only the top layers on cached hidden states.

On that we build two recommenders:

- :class:`FineTunedRegressor` predicts ratings: ``head([u, v, u*v])`` with ``v`` the tower's
  vector of the item text and ``u`` the mean of the tower's vectors of the user's history
  items (and of the user's text). Linear output (no sigmoid), MSE loss, RMSE/MAE metrics.
- :class:`FineTunedTwoTower` ranks: ``u . v / temperature + bias(v)`` trained with in-batch
  softmax on (user, positive item) pairs; the bias head learns popularity from text.

User side, the *memory bank*: a user vector averages up to ``max_history`` item vectors.
Back-propagating through all of them would make one example cost ~``max_history`` text
passes, so users are read from a bank of the tower's vectors of every text (refreshed at the
start of each epoch, and overwritten with the fresh vectors of each batch's items). Gradients
flow through the item side; the user side follows at most one epoch behind. Each training
example therefore costs exactly one (upper-layer) text pass.

Both models train with Keras ``fit`` (custom ``train_step``), Adam with separate learning
rates for the head and the encoder, optional decoupled weight decay, early stopping on a
validation slice (best weights restored), ``history_`` with per-epoch losses, and an
optional wall-clock budget (``max_seconds``). Importing this module imports TensorFlow.
"""

from __future__ import annotations

import hashlib
import math
import os
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from coldstart_lab._atomic import open_atomic
from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.data.dataset import ITEM_ID, RATING, TIMESTAMP, USER_ID, Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import Recommender
from coldstart_lab.text.encoders import computation_identity

tf = import_tensorflow()
import keras  # noqa: E402

ALL_LAYERS = "all"
CACHE_DTYPES = ("float16", "float32")
FEATURE_KINDS = ("tokens", "hidden", "pooled")
_EMBEDDING_LAYERS = (
    "token_embedding",
    "position_embedding",
    "segment_embedding",
    "embeddings_add",
    "embeddings_layer_norm",
    "embeddings_dropout",
)
_NO_DECAY = ["bias", "gamma", "beta"]  # biases and layer-norm parameters keep their values
_PAIR_CHUNK = 16_384  # (user, item) pairs per call of the rating head at prediction time


# ---- parameter checks -------------------------------------------------------------------------


def check_trainable_layers(value, n_layers: int | None = None) -> int | str:
    """``value`` as an int (or ``"all"`` when ``n_layers`` is unknown); ValueError otherwise."""
    if isinstance(value, str):
        if value != ALL_LAYERS:
            raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value!r}")
        return ALL_LAYERS if n_layers is None else int(n_layers)
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value!r}")
    if value < 0:
        raise ValueError(f"trainable_layers must be an integer >= 0 or 'all', got {value}")
    if n_layers is not None and value > n_layers:
        raise ValueError(
            f"trainable_layers must be between 0 and {n_layers} (the model has {n_layers} "
            f"transformer layers) or 'all', got {value}"
        )
    return int(value)


def _int(name: str, value, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise ValueError(f"{name} must be an integer, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"at least {low}" if high is None else f"between {low} and {high}"
        raise ValueError(f"{name} must be {bound}, got {value}")
    return int(value)


def _float(name: str, value, low: float, high: float | None = None, *, open_low=False) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    too_low = number <= low if open_low else number < low
    if not math.isfinite(number) or too_low or (high is not None and number >= high):
        low_text = f"> {low:g}" if open_low else f">= {low:g}"
        bound = low_text if high is None else f"{low_text} and < {high:g}"
        raise ValueError(f"{name} must be {bound}, got {value!r}")
    return number


# ---- 1. cutting the backbone in two -----------------------------------------------------------


class BackboneSplit:
    """A KerasHub ``BertBackbone`` cut into a frozen lower part and a trainable upper part.

    Parameters
    ----------
    backbone : keras_hub.models.BertBackbone
        The pretrained network (e.g. ``BertEncoder().backbone``). It is never modified.
    trainable_layers : int or "all", default 1
        How many of the top transformer layers are fine-tuned. ``0``: none (only a head on
        top of the frozen pooled vectors trains); ``"all"`` (or ``num_layers``): everything,
        embeddings included, and nothing can be cached.

    Attributes
    ----------
    n_layers, trainable_layers, n_frozen : int
    kind : "pooled" (trainable_layers=0), "hidden" (a partial fine-tune) or "tokens" (full)
        What the frozen part hands to the trainable part.
    """

    def __init__(self, backbone, trainable_layers: int | str = 1):
        for name in _EMBEDDING_LAYERS:
            _get_layer(backbone, name)
        self.backbone = backbone
        self.n_layers = int(backbone.num_layers)
        self.trainable_layers = check_trainable_layers(trainable_layers, self.n_layers)
        self.n_frozen = self.n_layers - self.trainable_layers
        self.hidden_dim = int(backbone.hidden_dim)
        self._lower = None

    @property
    def kind(self) -> str:
        if self.n_frozen == 0:
            return "tokens"
        return "pooled" if self.trainable_layers == 0 else "hidden"

    def lower(self) -> keras.Model | None:
        """``{"token_ids", "padding_mask"} -> hidden states (batch, length, dim)``.

        Embeddings (token + position + segment 0, layer norm, dropout) and the first
        ``n_frozen`` transformer layers, exactly as ``BertBackbone`` calls them; the layers
        are the backbone's own (shared weights). ``None`` for a full fine-tune.
        """
        if self.n_frozen == 0:
            return None
        if self._lower is None:
            b = self.backbone
            token_ids = keras.Input(shape=(None,), dtype="int32", name="token_ids")
            mask = keras.Input(shape=(None,), dtype="int32", name="padding_mask")
            tokens = _get_layer(b, "token_embedding")(token_ids)
            positions = _get_layer(b, "position_embedding")(tokens)
            segments = _get_layer(b, "segment_embedding")(keras.ops.zeros_like(token_ids))
            x = _get_layer(b, "embeddings_add")((tokens, positions, segments))
            x = _get_layer(b, "embeddings_layer_norm")(x)
            x = _get_layer(b, "embeddings_dropout")(x)
            for i in range(self.n_frozen):
                x = _get_layer(b, f"transformer_layer_{i}")(x, padding_mask=mask)
            self._lower = keras.Model(
                {"token_ids": token_ids, "padding_mask": mask}, x, name="frozen_lower"
            )
        return self._lower

    def upper(self) -> keras.Model | None:
        """A new trainable model: copies of the top layers, initialised to the pretrained
        weights. Input ``{"hidden", "padding_mask"}`` (or ``{"token_ids", "padding_mask"}``
        for a full fine-tune), output the sequence ``(batch, length, dim)``. ``None`` when
        ``trainable_layers=0``.
        """
        if self.kind == "pooled":
            return None
        mask = keras.Input(shape=(None,), dtype="int32", name="padding_mask")
        if self.kind == "tokens":
            copy = _copy_backbone(self.backbone)
            token_ids = keras.Input(shape=(None,), dtype="int32", name="token_ids")
            inputs = {"token_ids": token_ids, "segment_ids": keras.ops.zeros_like(token_ids)}
            x = copy({**inputs, "padding_mask": mask})["sequence_output"]
            return keras.Model(
                {"token_ids": token_ids, "padding_mask": mask}, x, name="trainable_upper"
            )
        hidden = keras.Input(shape=(None, self.hidden_dim), dtype="float32", name="hidden")
        x = hidden
        for i in range(self.n_frozen, self.n_layers):
            layer = _copy_layer(
                _get_layer(self.backbone, f"transformer_layer_{i}"), self.hidden_dim
            )
            x = layer(x, padding_mask=mask)
        return keras.Model({"hidden": hidden, "padding_mask": mask}, x, name="trainable_upper")


def _get_layer(backbone, name: str):
    try:
        return backbone.get_layer(name)
    except ValueError:
        raise ColdstartError(
            f"{type(backbone).__name__} has no layer {name!r}: fine-tuning needs a KerasHub "
            "BertBackbone (keras_hub.models.BertBackbone)"
        ) from None


def _copy_layer(layer, hidden_dim: int):
    """A new layer of the same class and config, holding a copy of ``layer``'s weights."""
    clone = layer.__class__.from_config(layer.get_config())
    clone.build((None, None, hidden_dim))
    clone.set_weights(layer.get_weights())
    return clone


def _copy_backbone(backbone):
    clone = backbone.__class__.from_config(backbone.get_config())
    clone.set_weights(backbone.get_weights())
    try:  # the [CLS] "pooler" is not used by mean pooling: don't train it
        clone.get_layer("pooled_dense").trainable = False
    except ValueError:
        pass
    return clone


class MaskedPooling(keras.layers.Layer):
    """``(sequence, padding_mask) -> (batch, dim)``: masked mean (or the ``[CLS]`` vector),
    optionally scaled to unit length, as sentence-transformers pools."""

    def __init__(self, pooling: str = "mean", normalize: bool = True, **kwargs):
        super().__init__(**kwargs)
        if pooling not in ("mean", "cls"):
            raise ValueError(f"pooling must be 'mean' or 'cls', got {pooling!r}")
        self.pooling = pooling
        self.normalize = bool(normalize)

    def call(self, sequence, padding_mask):
        if self.pooling == "cls":
            pooled = sequence[:, 0, :]
        else:
            weights = keras.ops.cast(padding_mask, sequence.dtype)[:, :, None]
            total = keras.ops.sum(sequence * weights, axis=1)
            pooled = total / keras.ops.maximum(keras.ops.sum(weights, axis=1), 1e-9)
        return _l2_normalize(pooled) if self.normalize else pooled

    def get_config(self):
        return {**super().get_config(), "pooling": self.pooling, "normalize": self.normalize}


def _l2_normalize(x):
    norm = keras.ops.sqrt(keras.ops.maximum(keras.ops.sum(x * x, axis=-1, keepdims=True), 1e-24))
    return x / norm


class TextTower(keras.Model):
    """The trainable encoder: upper layers (if any) + pooling + L2 norm -> ``(batch, dim)``.

    ``inputs`` is what :meth:`TextFeatures.gather` returns: ``{"pooled"}`` (nothing to run),
    ``{"hidden", "padding_mask"}`` or ``{"token_ids", "padding_mask"}``.
    """

    def __init__(self, upper: keras.Model | None, pooling: str = "mean", **kwargs):
        super().__init__(**kwargs)
        self.upper = upper
        self.pool = MaskedPooling(pooling, normalize=True)

    def build(self, input_shape=None):
        self.built = True  # the upper layers come built (pretrained); pooling has no weights

    def call(self, inputs, training=False):
        if "pooled" in inputs:
            return _l2_normalize(inputs["pooled"])
        sequence = self.upper(inputs, training=training)
        return self.pool(sequence, inputs["padding_mask"])


# ---- 2. running the frozen part once, and keeping its output ----------------------------------


class TextFeatures:
    """The frozen part's output for a list of texts, stored without padding.

    Attributes
    ----------
    kind : "tokens" (word-piece ids), "hidden" (hidden states) or "pooled" (one vector each)
    values : ``(total_tokens,)`` int32 ids, ``(total_tokens, dim)`` hidden states (float16 or
        float32), or ``(n_texts, dim)`` float32 pooled vectors
    lengths : ``(n_texts,)`` int32 token counts (the padding mask of text ``i`` is
        ``arange(L) < lengths[i]``)
    identity : str, what produced them (model fingerprint, layers, max_length, dtype, texts);
        a disk cache is reused only when it matches.
    """

    def __init__(self, kind: str, values: np.ndarray, lengths: np.ndarray, identity: str = ""):
        if kind not in FEATURE_KINDS:
            raise ValueError(f"kind must be one of {FEATURE_KINDS}, got {kind!r}")
        self.kind = kind
        self.values = values
        self.lengths = np.asarray(lengths, np.int32)
        self.identity = identity
        self.offsets = np.concatenate([[0], np.cumsum(self.lengths)[:-1]]).astype(np.int64)
        expected = len(self.lengths) if kind == "pooled" else int(self.lengths.sum())
        if len(values) != expected:
            raise ColdstartError(f"corrupt text features: {len(values)} rows, expected {expected}")
        self._tensors = None

    def __len__(self) -> int:
        return len(self.lengths)

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes)

    def batch(self, rows: Sequence[int]) -> dict[str, np.ndarray]:
        """Padded numpy inputs for :class:`TextTower` (eager use, tests, inspection)."""
        rows = np.asarray(rows, np.int64)
        if self.kind == "pooled":
            return {"pooled": self.values[rows].astype(np.float32)}
        width = int(self.lengths[rows].max())
        steps = np.arange(width)
        mask = steps[None, :] < self.lengths[rows][:, None]
        index = np.where(mask, self.offsets[rows][:, None] + steps[None, :], 0)
        values = self.values[index]
        if self.kind == "tokens":
            return {
                "token_ids": (values * mask).astype(np.int32),
                "padding_mask": mask.astype(np.int32),
            }
        hidden = values.astype(np.float32) * mask[:, :, None]
        return {"hidden": hidden, "padding_mask": mask.astype(np.int32)}

    def gather(self, rows, pad_to: int = 1) -> dict:
        """The same as :meth:`batch`, as TensorFlow ops (usable inside ``tf.function``).

        The features live in non-trainable ``tf.Variable`` s (not Keras weights, so
        checkpoints and early stopping never copy them). Width = the longest text of the
        batch, rounded up to a multiple of ``pad_to``.
        """
        values, offsets, lengths = self._variables()
        rows = tf.cast(rows, tf.int32)
        if self.kind == "pooled":
            return {"pooled": tf.gather(values, rows)}
        n = tf.gather(lengths, rows)
        width = tf.reduce_max(n)
        if pad_to > 1:
            width = (width + pad_to - 1) // pad_to * pad_to
        steps = tf.range(width, dtype=tf.int64)
        mask = steps[None, :] < tf.cast(n, tf.int64)[:, None]
        index = tf.where(mask, tf.gather(offsets, rows)[:, None] + steps[None, :], 0)
        gathered = tf.gather(values, index)
        int_mask = tf.cast(mask, tf.int32)
        if self.kind == "tokens":
            return {"token_ids": gathered * int_mask, "padding_mask": int_mask}
        hidden = tf.cast(gathered, tf.float32) * tf.cast(mask, tf.float32)[:, :, None]
        return {"hidden": hidden, "padding_mask": int_mask}

    def _variables(self):
        if self._tensors is None:
            with tf.init_scope():
                self._tensors = (
                    tf.Variable(self.values, trainable=False, name="text_features"),
                    tf.Variable(self.offsets, trainable=False, name="text_offsets"),
                    tf.Variable(self.lengths, trainable=False, name="text_lengths"),
                )
        return self._tensors

    def save(self, path: str | os.PathLike) -> Path:
        """Write an ``.npz`` (no pickles) atomically: a temporary file, then a rename."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_atomic(path) as out:
            np.savez(
                out,
                kind=np.array(self.kind),
                values=self.values,
                lengths=self.lengths,
                identity=np.array(self.identity),
            )
        return path

    @classmethod
    def load(cls, path: str | os.PathLike, identity: str | None = None) -> TextFeatures | None:
        """Read :meth:`save`'s file; ``None`` when missing, unreadable or of another identity."""
        try:
            with np.load(path, allow_pickle=False) as data:
                if identity is not None and str(data["identity"]) != identity:
                    return None
                return cls(
                    str(data["kind"]), data["values"], data["lengths"], str(data["identity"])
                )
        except (OSError, ValueError, KeyError, ColdstartError):
            return None


def compute_text_features(
    split: BackboneSplit,
    tokenizer,
    texts: Sequence[str],
    *,
    max_length: int = 64,
    batch_size: int = 32,
    dtype: str = "float16",
    pooling: str = "mean",
    jit_compile: bool = False,
    cache_dir: str | os.PathLike | None = None,
    fingerprint: str | None = None,
    show_progress: bool = False,
) -> TextFeatures:
    """Run the frozen part of ``split`` once per text and keep its output.

    Texts are sorted by length and padded per batch (to a multiple of 8 tokens), so short
    texts cost little. With ``cache_dir`` (and the checkpoint's ``fingerprint``), the result
    is saved as ``frozen-<hash>.npz`` and reused by later calls on the same texts.
    """
    if dtype not in CACHE_DTYPES:
        raise ValueError(f"cache_dtype must be one of {CACHE_DTYPES}, got {dtype!r}")
    texts = [str(t) for t in texts]
    digest = hashlib.sha256("\0".join(texts).encode()).hexdigest()
    identity = (
        f"{fingerprint}|frozen={split.n_frozen}/{split.n_layers}|kind={split.kind}|"
        f"max_length={max_length}|dtype={dtype}|pooling={pooling}|texts={digest}|"
        f"{computation_identity()}"
    )
    file = None
    if cache_dir is not None and fingerprint is not None and split.kind != "tokens":
        name = hashlib.sha256(identity.encode()).hexdigest()[:24]
        file = Path(cache_dir) / f"frozen-{name}.npz"
        cached = TextFeatures.load(file, identity) if file.exists() else None
        if cached is not None:
            return cached
    ids = tokenizer(texts, truncation=True, max_length=max_length, add_special_tokens=True)[
        "input_ids"
    ]
    lengths = np.array([len(x) for x in ids], np.int32)
    if split.kind == "tokens":
        flat = np.concatenate([np.asarray(x, np.int32) for x in ids])
        return TextFeatures("tokens", flat, lengths, identity)
    lower = split.lower()
    pool = MaskedPooling(pooling, normalize=True)
    pooled_only = split.kind == "pooled"
    spec = tf.TensorSpec((None, None), tf.int32)

    @tf.function(input_signature=[spec, spec], jit_compile=jit_compile)
    def forward(token_ids, mask):
        hidden = lower({"token_ids": token_ids, "padding_mask": mask}, training=False)
        return pool(hidden, mask) if pooled_only else hidden

    store_dtype = np.float32 if pooled_only else np.dtype(dtype)
    outputs: list = [None] * len(texts)
    order = np.argsort(lengths, kind="stable")
    from tqdm.std import tqdm  # noqa: PLC0415

    with tqdm(
        total=len(texts), desc="frozen layers", unit="text", disable=not show_progress
    ) as bar:
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            width = -(-int(lengths[rows].max()) // 8) * 8
            token_ids = np.zeros((len(rows), width), np.int32)
            mask = np.zeros((len(rows), width), np.int32)
            for r, i in enumerate(rows):
                token_ids[r, : lengths[i]] = ids[i]
                mask[r, : lengths[i]] = 1
            out = forward(token_ids, mask).numpy()
            for r, i in enumerate(rows):
                outputs[i] = out[r] if pooled_only else out[r, : lengths[i]]
            bar.update(len(rows))
    if pooled_only:
        values = np.stack(outputs).astype(np.float32)
    else:
        values = np.concatenate(outputs).astype(store_dtype)
    features = TextFeatures(split.kind, values, lengths, identity)
    if file is not None:
        features.save(file)
    return features


def encode_texts(
    tower: TextTower, features: TextFeatures, rows=None, batch_size: int = 64, pad_to: int = 1
) -> np.ndarray:
    """The tower's unit vectors ``(len(rows), dim)`` for feature rows (default: all)."""
    return _Encoder(tower, features, pad_to)(rows, batch_size)


class _Encoder:
    """Inference with the tower over feature rows, one traced graph, length-sorted batches."""

    def __init__(self, tower, features, pad_to=1):
        self.features = features

        @tf.function(input_signature=[tf.TensorSpec((None,), tf.int32)])
        def run(rows):
            return tower(features.gather(rows, pad_to), training=False)

        self._run = run

    def __call__(self, rows=None, batch_size: int = 64) -> np.ndarray:
        rows = np.arange(len(self.features)) if rows is None else np.asarray(rows, np.int64)
        order = np.argsort(self.features.lengths[rows], kind="stable")
        out = None
        for start in range(0, len(rows), batch_size):
            chosen = order[start : start + batch_size]
            vectors = self._run(rows[chosen].astype(np.int32)).numpy()
            if out is None:
                out = np.zeros((len(rows), vectors.shape[1]), np.float32)
            out[chosen] = vectors
        return out if out is not None else np.zeros((0, 0), np.float32)


# ---- 3. training: examples, batches, Keras models ---------------------------------------------


class _Bank:
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


class _Examples(keras.utils.PyDataset):
    """Batches of ``{"user", "item", "history", "logq"}`` (indices only: the features stay in
    the graph) and targets. Shuffled per epoch with a seeded generator; within pools of 16
    batches, examples are sorted by text length so each batch pads little."""

    POOL = 16

    def __init__(self, users, items, targets, histories, text_rows, lengths, *, batch_size,
                 width, shuffle, seed, logq=None):  # fmt: skip
        super().__init__()
        self.users, self.items = np.asarray(users, np.int32), np.asarray(items, np.int32)
        self.targets = np.asarray(targets, np.float32)
        self.histories, self.text_rows, self.lengths = histories, text_rows, lengths
        self.batch_size, self.width, self.shuffle, self.seed = batch_size, width, shuffle, seed
        self.logq = logq
        self.epoch = 0
        self.batches = self._plan()

    def _plan(self) -> list[np.ndarray]:
        n = len(self.items)
        rng = np.random.default_rng([self.seed, self.epoch])
        order = rng.permutation(n) if self.shuffle else np.arange(n)
        pool = self.batch_size * self.POOL
        batches = []
        for start in range(0, n, pool):
            chunk = order[start : start + pool]
            chunk = chunk[np.argsort(self.lengths[self.items[chunk]], kind="stable")]
            batches += [
                chunk[i : i + self.batch_size] for i in range(0, len(chunk), self.batch_size)
            ]
        if self.shuffle:
            batches = [batches[i] for i in rng.permutation(len(batches))]
        return batches

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
        x = {"user": self.users[rows], "item": items, "history": history, "logq": logq}
        return x, self.targets[rows]

    def on_epoch_end(self):
        self.epoch += 1
        if self.shuffle:
            self.batches = self._plan()


class _FineTuneModel(keras.Model):
    """Tower + head + bank with a custom ``train_step``: two Adam optimizers (head and
    encoder learning rates), the bank refreshed with each batch's fresh item vectors."""

    def __init__(self, tower, features, bank, pad_to=1, **kwargs):
        super().__init__(**kwargs)
        self.tower = tower
        self.features = features
        self.bank = bank
        self.pad_to = pad_to
        self.encoder_optimizer = None
        self.loss_tracker = keras.metrics.Mean(name="loss")

    def head_variables(self) -> list:
        raise NotImplementedError

    def compute_batch(self, x, y, training):
        """``(loss, item vectors, metric inputs)`` for one batch."""
        raise NotImplementedError

    def item_vectors(self, x, training):
        return self.tower(self.features.gather(x["item"], self.pad_to), training=training)

    def train_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        tower_vars = list(self.tower.trainable_variables)
        head_vars = self.head_variables()
        with tf.GradientTape() as tape:
            loss, vectors, outputs = self.compute_batch(x, y, training=True)
        grads = tape.gradient(loss, tower_vars + head_vars)
        if tower_vars:
            self.encoder_optimizer.apply(grads[: len(tower_vars)], tower_vars)
        if head_vars:
            self.optimizer.apply(grads[len(tower_vars) :], head_vars)
        self.bank.write(x["item"], tf.stop_gradient(vectors))
        return self._update_metrics(loss, y, outputs)

    def test_step(self, data):
        x, y, _ = keras.utils.unpack_x_y_sample_weight(data)
        loss, _, outputs = self.compute_batch(x, y, training=False)
        return self._update_metrics(loss, y, outputs)

    def _update_metrics(self, loss, y, outputs):
        self.loss_tracker.update_state(loss, sample_weight=tf.cast(tf.shape(y)[0], tf.float32))
        return {m.name: m.result() for m in self.metrics}

    @property
    def metrics(self):
        return [self.loss_tracker]


class _RatingModel(_FineTuneModel):
    def __init__(self, tower, features, bank, head, pad_to=1, **kwargs):
        super().__init__(tower, features, bank, pad_to, **kwargs)
        self.head = head
        self.rmse = keras.metrics.RootMeanSquaredError(name="rmse")
        self.mae = keras.metrics.MeanAbsoluteError(name="mae")

    def head_variables(self):
        return list(self.head.trainable_variables)

    def call(self, x, training=False):
        return self.rate(self.bank.users(x["history"]), self.item_vectors(x, training), training)

    def rate(self, users, items, training=False):
        features = tf.concat([users, items, users * items], axis=1)
        return self.head(features, training=training)[:, 0]

    def compute_batch(self, x, y, training):
        vectors = self.item_vectors(x, training)
        predicted = self.rate(self.bank.users(x["history"]), vectors, training)
        loss = tf.reduce_mean(tf.square(predicted - y))
        return loss, vectors, predicted

    def _update_metrics(self, loss, y, outputs):
        self.rmse.update_state(y, outputs)
        self.mae.update_state(y, outputs)
        return super()._update_metrics(loss, y, outputs)

    @property
    def metrics(self):
        return [self.loss_tracker, self.rmse, self.mae]


class _RetrievalModel(_FineTuneModel):
    def __init__(self, tower, features, bank, bias, temperature, pad_to=1, **kwargs):
        super().__init__(tower, features, bank, pad_to, **kwargs)
        self.bias = bias
        self.temperature = float(temperature)

    def head_variables(self):
        return [] if self.bias is None else list(self.bias.trainable_variables)

    def item_bias(self, vectors, training=False):
        if self.bias is None:
            return tf.zeros(tf.shape(vectors)[:1])
        return self.bias(vectors, training=training)[:, 0]

    def call(self, x, training=False):
        vectors = self.item_vectors(x, training)
        users = self.bank.users(x["history"])
        return tf.reduce_sum(users * vectors, axis=1) / self.temperature + self.item_bias(vectors)

    def compute_batch(self, x, y, training):
        vectors = self.item_vectors(x, training)
        users = self.bank.users(x["history"])
        logits = tf.matmul(users, vectors, transpose_b=True) / self.temperature
        logits += (self.item_bias(vectors, training) - x["logq"])[None, :]
        # Another row's item is no negative when it is the same item, or the same user's.
        size = tf.shape(logits)[0]
        same = tf.logical_or(
            tf.equal(x["item"][:, None], x["item"][None, :]),
            tf.equal(x["user"][:, None], x["user"][None, :]),
        )
        same = tf.logical_and(same, tf.logical_not(tf.eye(size, dtype=tf.bool)))
        logits = tf.where(same, tf.constant(-1e9, logits.dtype), logits)
        labels = tf.range(size)
        loss = tf.reduce_mean(
            tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
        )
        return loss, vectors, None


class _TrainingClock(keras.callbacks.Callback):
    """Refreshes the bank at each epoch start, counts examples, enforces the budgets."""

    def __init__(
        self,
        refresh,
        batches: _Examples,
        start: float,
        max_seconds: float | None,
        max_examples: int | None = None,
    ):
        super().__init__()
        self.refresh, self.batches = refresh, batches
        self.start, self.max_seconds = start, max_seconds
        self.max_examples = max_examples
        self.examples = 0
        self.train_seconds = 0.0
        self.refresh_seconds = 0.0
        self.epoch_seconds: list[float] = []
        self.budget_hit = False
        self.first_step: tuple[float, int] | None = None

    def steady_rate(self) -> float:
        """Examples per second of training steps, the first (tracing) step left out."""
        if self.first_step is None:
            return 0.0
        seconds, size = self.first_step
        if self.examples > size and self.train_seconds > seconds:
            return (self.examples - size) / (self.train_seconds - seconds)
        return self.examples / max(self.train_seconds, 1e-9)

    def on_epoch_begin(self, epoch, logs=None):
        t = time.monotonic()
        self.refresh()
        self.refresh_seconds += time.monotonic() - t
        self.epoch_start = self.step_start = time.monotonic()

    def on_train_batch_begin(self, batch, logs=None):
        self.step_start = time.monotonic()

    def on_train_batch_end(self, batch, logs=None):
        seconds = time.monotonic() - self.step_start
        size = len(self.batches.batches[batch])
        if self.first_step is None:  # includes tracing the training graph
            self.first_step = (seconds, size)
        self.train_seconds += seconds
        self.examples += size
        if self.max_seconds is not None and time.monotonic() - self.start > self.max_seconds:
            self.budget_hit = True
            self.model.stop_training = True
        if self.max_examples is not None and self.examples >= self.max_examples:
            self.budget_hit = True
            self.model.stop_training = True

    def on_epoch_end(self, epoch, logs=None):
        self.epoch_seconds.append(time.monotonic() - self.epoch_start)


# ---- 4. the recommenders ----------------------------------------------------------------------


class _FineTuned(Recommender):
    """What both fine-tuned recommenders share: parameters, features, the training loop."""

    def __init__(
        self,
        encoder=None,
        *,
        trainable_layers: int | str = 1,
        max_length: int = 64,
        epochs: int = 3,
        batch_size: int = 64,
        learning_rate: float = 1e-3,
        encoder_learning_rate: float = 1e-4,
        weight_decay: float = 0.0,
        dropout: float = 0.1,
        validation_fraction: float = 0.1,
        patience: int = 1,
        max_history: int = 50,
        cache_dtype: str = "float16",
        cache_dir: str | os.PathLike | None = None,
        max_seconds: float | None = None,
        max_examples: int | None = None,
        jit_compile: bool = False,
        seed: int = 0,
        verbose: bool = False,
    ):
        self.encoder = encoder
        self.trainable_layers = check_trainable_layers(trainable_layers)
        self.max_length = _int("max_length", max_length, 2)
        self.epochs = _int("epochs", epochs, 1)
        self.batch_size = _int("batch_size", batch_size, 2)
        self.learning_rate = _float("learning_rate", learning_rate, 0.0, open_low=True)
        self.encoder_learning_rate = _float(
            "encoder_learning_rate", encoder_learning_rate, 0.0, open_low=True
        )
        self.weight_decay = _float("weight_decay", weight_decay, 0.0)
        self.dropout = _float("dropout", dropout, 0.0, 1.0)
        self.validation_fraction = _float("validation_fraction", validation_fraction, 0.0, 0.9)
        self.patience = _int("patience", patience, 0)
        self.max_history = _int("max_history", max_history, 1)
        if cache_dtype not in CACHE_DTYPES:
            raise ValueError(f"cache_dtype must be one of {CACHE_DTYPES}, got {cache_dtype!r}")
        self.cache_dtype = cache_dtype
        self.cache_dir = cache_dir
        self.max_seconds = (
            None if max_seconds is None else _float("max_seconds", max_seconds, 0.0, open_low=True)
        )
        self.max_examples = None if max_examples is None else _int("max_examples", max_examples, 1)
        self.jit_compile = bool(jit_compile)
        self.seed = _int("seed", seed, 0)
        self.verbose = bool(verbose)

    # -- subclasses -------------------------------------------------------------------------

    def _examples(self, data: Dataset, train: pd.DataFrame) -> pd.DataFrame:
        """The training examples: ``user_id``, ``item_id``, ``target``."""
        raise NotImplementedError

    def _make_model(self, tower, features, bank, targets: np.ndarray, pad_to: int):
        """The Keras training model (tower + this recommender's head)."""
        raise NotImplementedError

    def _after_fit(self) -> None:
        pass

    # -- fitting ----------------------------------------------------------------------------

    def _fit(self, data: Dataset, train: pd.DataFrame) -> None:
        start = time.monotonic()
        examples = self._examples(data, train)  # input errors first, before loading anything
        users = self.user_index_.get_indexer(examples[USER_ID])
        items = self.item_index_.get_indexer(examples[ITEM_ID])
        for what, positions, ids in (("user", users, USER_ID), ("item", items, ITEM_ID)):
            if (positions < 0).any():
                bad = examples[ids].to_numpy()[positions < 0][0]
                raise ColdstartError(
                    f"training {what} {str(bad)!r} is not in the dataset given to fit(): "
                    f"add it to data.{what}s"
                )
        rng = np.random.default_rng(self.seed)
        encoder = self._resolve_encoder()
        split = BackboneSplit(encoder.backbone, self.trainable_layers)
        limit = encoder.pretrained.max_length
        if self.max_length > limit:
            raise ValueError(f"max_length must be between 2 and {limit}, got {self.max_length}")
        self.split_ = split

        # Texts: every item (cold ones too), then the users that have text.
        item_text = data.item_text.tolist()
        user_text = data.user_text.tolist()
        has_text = np.array([bool(t.strip()) for t in user_text], bool)
        n_items = len(item_text)
        self.user_text_rows_ = np.full(len(user_text), -1, np.int32)
        self.user_text_rows_[has_text] = n_items + np.arange(int(has_text.sum()))
        texts = item_text + [t for t, h in zip(user_text, has_text, strict=True) if h]
        features = compute_text_features(
            split,
            encoder.tokenizer,
            texts,
            max_length=self.max_length,
            dtype=self.cache_dtype,
            pooling=encoder.pretrained.pooling,
            jit_compile=self.jit_compile,
            cache_dir=self.cache_dir,
            fingerprint=encoder.pretrained.fingerprint if self.cache_dir is not None else None,
            show_progress=self.verbose,
        )
        frozen_seconds = time.monotonic() - start
        self.features_ = features

        # Validation slice: random examples; their interactions are hidden from histories.
        n = len(examples)
        n_val = int(round(n * self.validation_fraction))
        n_val = n_val if 1 <= n_val < n else 0
        permutation = rng.permutation(n)
        val_rows, train_rows = np.sort(permutation[:n_val]), np.sort(permutation[n_val:])
        held_out = examples.iloc[val_rows][[USER_ID, ITEM_ID]]
        known = train.merge(held_out.drop_duplicates(), how="left", indicator=True)
        history_source = train[(known["_merge"] == "left_only").to_numpy()]
        histories = history_lists(
            history_source, self.user_ids_, self.item_index_, self.max_history + 1
        )
        targets = examples["target"].to_numpy(np.float32)
        logq = None
        if getattr(self, "logq_correction", False):
            counts = np.bincount(items[train_rows], minlength=n_items).astype(np.float64)
            logq = np.log(np.maximum(counts, 1.0) / max(counts.sum(), 1.0)).astype(np.float32)

        def batches(rows, shuffle):
            return _Examples(
                users[rows], items[rows], targets[rows], histories, self.user_text_rows_,
                features.lengths, batch_size=self.batch_size, width=self.max_history,
                shuffle=shuffle, seed=self.seed, logq=logq,
            )  # fmt: skip

        train_batches = batches(train_rows, True)
        val_batches = batches(val_rows, False) if n_val else None

        # Seeded here, after the encoder is resolved (building the shared one on first use
        # draws from the global random state) and its frozen outputs computed, right before
        # any layer is made: the copied layers' dropout, the head's initialisers and dropout
        # then depend on the seed only, not on what ran before in the process.
        keras.utils.set_random_seed(self.seed)
        pad_to = 8 if self.jit_compile else 1
        tower = TextTower(split.upper(), encoder.pretrained.pooling, name="text_tower")
        bank = _Bank(len(features), split.hidden_dim)
        model = self._make_model(tower, features, bank, targets[train_rows], pad_to)
        encode_all = _Encoder(tower, features, pad_to)
        self._compile(model, train_batches)

        # Only texts some user vector reads need refreshing (not e.g. never-seen cold items).
        read = np.unique(np.concatenate([*histories, self.user_text_rows_, [-1]]))
        read = read[read >= 0].astype(np.int32)

        def refresh():
            if len(read):
                bank.table.scatter_nd_update(read[:, None], encode_all(read))

        clock = _TrainingClock(refresh, train_batches, start, self.max_seconds, self.max_examples)
        callbacks = [clock]
        if val_batches is not None:
            callbacks.append(
                keras.callbacks.EarlyStopping(
                    monitor="val_loss", patience=self.patience, restore_best_weights=True
                )
            )
        result = model.fit(
            train_batches,
            validation_data=val_batches,
            epochs=self.epochs,
            callbacks=callbacks,
            verbose=1 if self.verbose else 0,
        )
        self.history_ = {k: [float(v) for v in values] for k, values in result.history.items()}
        self.history_["seconds"] = list(clock.epoch_seconds)
        self.model_, self.tower_ = model, tower

        vectors = encode_all()
        self.text_vectors_ = vectors
        self.item_vectors_ = vectors[:n_items]
        self.user_text_vectors_ = np.zeros((len(user_text), vectors.shape[1]), np.float32)
        self.user_text_vectors_[has_text] = vectors[n_items:]
        self.has_user_text_ = has_text
        self._after_fit()
        total = time.monotonic() - start
        self.timings_ = {
            "frozen_seconds": frozen_seconds,
            "train_seconds": clock.train_seconds,
            "refresh_seconds": clock.refresh_seconds,
            "total_seconds": total,
            "examples": clock.examples,
            "examples_per_second": clock.steady_rate(),
            "first_step_seconds": clock.first_step[0] if clock.first_step else 0.0,
            "epochs": len(clock.epoch_seconds),
            "stopped_by_budget": clock.budget_hit,
            "n_train": len(train_rows),
            "n_validation": n_val,
            "cache_megabytes": features.nbytes / 2**20,
        }

    def _compile(self, model: _FineTuneModel, train_batches: _Examples) -> None:
        head = keras.optimizers.Adam(self.learning_rate, weight_decay=self.weight_decay or None)
        model.compile(optimizer=head, jit_compile=self.jit_compile)
        x, _ = train_batches[0]
        model({k: v[:2] for k, v in x.items()})  # builds every layer
        if self.weight_decay:
            head.exclude_from_weight_decay(var_names=_NO_DECAY)
        head.build(model.head_variables())
        tower_vars = list(model.tower.trainable_variables)
        if tower_vars:
            encoder = keras.optimizers.Adam(
                self.encoder_learning_rate, weight_decay=self.weight_decay or None
            )
            if self.weight_decay:
                encoder.exclude_from_weight_decay(var_names=_NO_DECAY)
            encoder.build(tower_vars)
            model.encoder_optimizer = encoder

    def _resolve_encoder(self):
        encoder = self.encoder
        if encoder is None:
            from coldstart_lab.text.features import shared_bert_encoder  # noqa: PLC0415

            return shared_bert_encoder()
        if hasattr(encoder, "backbone") and hasattr(encoder, "tokenizer"):
            return encoder
        if isinstance(encoder, str | os.PathLike) or type(encoder).__name__ == "PretrainedModel":
            from coldstart_lab.text.encoders import BertEncoder  # noqa: PLC0415

            if getattr(self, "_loaded", (None, None))[0] is not encoder:
                self._loaded = (encoder, BertEncoder(encoder))
            return self._loaded[1]
        raise ValueError(
            f"encoder must be None, a BertEncoder, a model folder or 'hf://owner/name', "
            f"got {type(encoder).__name__}"
        )

    # -- scoring ----------------------------------------------------------------------------

    def user_vectors(self, user_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """The user tower: mean of the fine-tuned vectors of each user's last ``max_history``
        distinct history items, and of the user's text when there is one (zeros when neither).
        """
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        return self._user_vectors(users, self.train_ if history is None else history)

    def _user_vectors(self, users: np.ndarray, history: pd.DataFrame) -> np.ndarray:
        lists = history_lists(history, self.user_ids_[users], self.item_index_, self.max_history)
        out = np.zeros((len(users), self.item_vectors_.shape[1]), np.float32)
        for row, (user, seen) in enumerate(zip(users, lists, strict=True)):
            parts = [self.item_vectors_[seen]]
            if self.has_user_text_[user]:
                parts.append(self.user_text_vectors_[user][None, :])
            stacked = np.concatenate(parts)
            if len(stacked):
                out[row] = stacked.mean(axis=0)
        return out


class FineTunedRegressor(_FineTuned):
    """Rating prediction with a (partially) fine-tuned BERT: ``head([u, v, u*v])``.

    ``v`` is the tower's unit vector of the item's text, ``u`` the mean of the tower's
    vectors of the user's history items (and of the user's text, if any), so cold items
    (text) and new users (k shots and/or text) are served. The head is linear or a small MLP
    with a *linear* output (no sigmoid: ratings are 1-5), trained with MSE; RMSE and MAE are
    reported per epoch in ``history_``.

    Parameters
    ----------
    encoder : None, BertEncoder, model folder or ``hf://owner/name``
        The pretrained model (default: the bundled all-MiniLM-L6-v2, shared). Never modified:
        the trainable layers are copies.
    trainable_layers : int or "all", default 1
        Top transformer layers fine-tuned. ``0``: only the head trains on frozen vectors;
        ``"all"``: a full fine-tune (slow: nothing can be cached).
    max_length : int, default 64
        Tokens per text (longer texts are truncated).
    epochs : int, default 3
        Upper bound; early stopping on the validation loss usually ends sooner.
    batch_size : int, default 64
    learning_rate : float, default 1e-3
        Adam learning rate of the head.
    encoder_learning_rate : float, default 1e-4
        Adam learning rate of the fine-tuned layers (small: they start pretrained).
    weight_decay : float, default 0
        Decoupled weight decay (AdamW style) on kernels, not on biases or layer norms.
    dropout : float, default 0.1
        Dropout on the head's inputs and hidden layer (the copied layers keep the
        checkpoint's own dropout).
    validation_fraction : float, default 0.1
        Share of the rated interactions held out for early stopping (0: none).
    patience : int, default 1
        Epochs without improvement of the validation loss before stopping.
    max_history : int, default 50
        Most recent distinct history items averaged into a user vector.
    cache_dtype : "float16" or "float32", default "float16"
        How cached hidden states are stored (float16 halves memory; ~1e-3 difference).
    cache_dir : path, optional
        Also keep the frozen layers' output on disk (``.npz``), reused across fits.
    max_seconds : float, optional
        Stop training after this many seconds since ``fit`` began (checked after each
        batch; the validation pass of that epoch still runs). Depends on the machine's
        speed and load: use ``max_examples`` for reproducible runs.
    max_examples : int, optional
        Stop training once this many training examples have been seen (checked after each
        batch, like ``max_seconds``): a budget that gives the same model on every machine.
    jit_compile : bool, default False
        XLA-compile the frozen pass and training steps (slower to start; measured no faster
        for training on 2 CPU cores).
    seed : int, default 0
        Seeds Keras (``keras.utils.set_random_seed``), the split and the batch order.
    verbose : bool, default False
        Keras progress bars and the frozen-pass progress bar.
    hidden_units : int, default 64
        Width of the head's hidden ReLU layer; ``0`` makes the head linear.
    clip_predictions : bool, default True
        Clip predicted ratings to the dataset's rating range.

    Attributes (after ``fit``)
    --------------------------
    history_ : dict of per-epoch lists ``loss, rmse, mae, val_loss, val_rmse, val_mae,
        seconds`` (wall-clock per epoch, validation included): plot them as training curves
    timings_ : dict: frozen-pass seconds, training seconds, examples/s, epochs, ...
    item_vectors_ : ``(n_items, dim)`` fine-tuned item vectors
    model_, tower_ : the Keras models
    """

    name = "finetuned_regressor"

    def __init__(self, encoder=None, *, hidden_units: int = 64, clip_predictions: bool = True,
                 **kwargs):  # fmt: skip
        super().__init__(encoder, **kwargs)
        self.hidden_units = _int("hidden_units", hidden_units, 0)
        self.clip_predictions = bool(clip_predictions)

    def _examples(self, data, train):
        if RATING not in train or not train[RATING].notna().any():
            raise ColdstartError(
                f"{self.name} predicts ratings, but the training interactions have no "
                f"'{RATING}' values: use a dataset with ratings, or FineTunedTwoTower for "
                "implicit feedback"
            )
        rated = train[train[RATING].notna()]
        return pd.DataFrame(
            {
                USER_ID: rated[USER_ID].to_numpy(),
                ITEM_ID: rated[ITEM_ID].to_numpy(),
                "target": rated[RATING].to_numpy(np.float32),
            }
        )

    def _make_model(self, tower, features, bank, targets, pad_to):
        dim = self.split_.hidden_dim
        layers = [keras.layers.Dropout(self.dropout)]
        if self.hidden_units:
            layers += [keras.layers.Dense(self.hidden_units, activation="relu")]
            layers += [keras.layers.Dropout(self.dropout)]
        mean = float(np.mean(targets)) if len(targets) else 0.0
        layers += [keras.layers.Dense(1, bias_initializer=keras.initializers.Constant(mean))]
        head = keras.Sequential([keras.Input((3 * dim,)), *layers], name="rating_head")
        low, high = self.data_.rating_range or (float(np.min(targets)), float(np.max(targets)))
        self.rating_range_ = (float(low), float(high))
        return _RatingModel(tower, features, bank, head, pad_to, name="finetuned_regressor")

    def _after_fit(self):
        model = self.model_
        spec = tf.TensorSpec((None, self.item_vectors_.shape[1]), tf.float32)

        @tf.function(input_signature=[spec, spec])
        def rate(users, items):
            return model.rate(users, items, training=False)

        self._rate = rate

    def _pairs(self, users: np.ndarray, items: np.ndarray) -> np.ndarray:
        out = np.zeros(len(users), np.float32)
        for start in range(0, len(users), _PAIR_CHUNK):
            stop = start + _PAIR_CHUNK
            out[start:stop] = self._rate(users[start:stop], items[start:stop]).numpy()
        if self.clip_predictions:
            np.clip(out, *self.rating_range_, out=out)
        return out

    def predict(self, user_ids, item_ids, history: pd.DataFrame | None = None) -> np.ndarray:
        """Predicted ratings ``(n,)`` for the pairs ``(user_ids[k], item_ids[k])``."""
        self._check_fitted()
        users = self._positions(user_ids, self.user_index_, "user")
        items = self._positions(item_ids, self.item_index_, "item")
        if len(users) != len(items):
            raise ColdstartError(
                f"predict needs as many user ids as item ids (pairs), got {len(users)} and "
                f"{len(items)}: use score() for every user x item"
            )
        history = self.train_ if history is None else history
        distinct, inverse = np.unique(users, return_inverse=True)
        vectors = self._user_vectors(distinct, history)
        return self._pairs(vectors[inverse], self.item_vectors_[items])

    def _score(self, users, items, history):
        vectors = self._user_vectors(users, history)
        candidates = self.item_vectors_[items]
        scores = np.zeros((len(users), len(items)), np.float32)
        per_call = max(1, _PAIR_CHUNK // max(len(items), 1))
        for start in range(0, len(users), per_call):
            block = vectors[start : start + per_call]
            u = np.repeat(block, len(items), axis=0)
            v = np.tile(candidates, (len(block), 1))
            scores[start : start + len(block)] = self._pairs(u, v).reshape(len(block), len(items))
        return scores


class FineTunedTwoTower(_FineTuned):
    """Retrieval fine-tune: in-batch softmax over ``u . v / temperature + bias(v)``.

    Item tower: the (partially) fine-tuned encoder on the item text, plus a small head that
    predicts an item bias from the same vector (engagement/popularity learned from text, so
    a cold item gets one too). User tower: the mean of the item tower's vectors of the
    user's history items (and of the user's text); a new user with k shots is their k
    support items. Trained on distinct (user, positive item) training pairs; in each batch
    the other rows' items are the negatives (the same item or the same user's other items
    are masked out), with the log-frequency ("logQ") correction for in-batch sampling.

    Parameters are those of :class:`FineTunedRegressor` (without ``hidden_units`` and
    ``clip_predictions``), plus:

    temperature : float, default 0.05
        Softmax temperature on the cosine similarity.
    logq_correction : bool, default True
        Subtract ``log(frequency)`` from each in-batch logit while training, so popular items
        are not over-punished as negatives and the bias learns popularity.
    item_bias : bool, default True
        Learn a per-item bias from the item vector.
    bias_hidden_units : int, default 32
        Hidden width of the bias head (0: linear).

    ``score`` returns ``u . v / temperature + bias`` (higher is better).
    """

    name = "finetuned_two_tower"

    def __init__(self, encoder=None, *, temperature: float = 0.05, logq_correction: bool = True,
                 item_bias: bool = True, bias_hidden_units: int = 32, **kwargs):  # fmt: skip
        super().__init__(encoder, **kwargs)
        self.temperature = _float("temperature", temperature, 0.0, open_low=True)
        self.logq_correction = bool(logq_correction)
        self.item_bias = bool(item_bias)
        self.bias_hidden_units = _int("bias_hidden_units", bias_hidden_units, 0)
        if not self.item_bias and self.trainable_layers == 0:
            raise ValueError(
                "trainable_layers=0 with item_bias=False leaves nothing to train: fine-tune "
                "some layers (trainable_layers >= 1) or keep the item bias"
            )

    def _examples(self, data, train):
        pairs = train[[USER_ID, ITEM_ID]].drop_duplicates()
        if pairs.empty:
            raise ColdstartError(f"{self.name} needs at least one training interaction")
        return pairs.assign(target=np.float32(0)).reset_index(drop=True)

    def _make_model(self, tower, features, bank, targets, pad_to):
        bias = None
        if self.item_bias:
            layers = [keras.Input((self.split_.hidden_dim,)), keras.layers.Dropout(self.dropout)]
            if self.bias_hidden_units:
                layers += [keras.layers.Dense(self.bias_hidden_units, activation="relu")]
            layers += [keras.layers.Dense(1)]
            bias = keras.Sequential(layers, name="item_bias")
        return _RetrievalModel(
            tower, features, bank, bias, self.temperature, pad_to, name="finetuned_two_tower"
        )

    def _after_fit(self):
        vectors = tf.constant(self.item_vectors_)
        self.item_bias_ = self.model_.item_bias(vectors, training=False).numpy().astype(np.float32)

    def _score(self, users, items, history):
        vectors = self._user_vectors(users, history)
        scores = vectors @ self.item_vectors_[items].T / self.temperature
        return scores + self.item_bias_[items][None, :]
