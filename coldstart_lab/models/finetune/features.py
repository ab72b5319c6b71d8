"""Running the frozen lower part once per text, and keeping (and caching) its output."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from coldstart_lab._atomic import open_atomic
from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.finetune.backbone import BackboneSplit
from coldstart_lab.models.finetune.layers import MaskedPooling, TextTower
from coldstart_lab.text.encoders import computation_identity

tf = import_tensorflow()

CACHE_DTYPES = ("float16", "float32")


FEATURE_KINDS = ("tokens", "hidden", "pooled")


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
    return TowerEncoder(tower, features, pad_to)(rows, batch_size)


class TowerEncoder:
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
