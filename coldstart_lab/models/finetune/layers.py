"""The trainable text tower: upper transformer layers, masked mean pooling, L2 norm."""

from __future__ import annotations

from coldstart_lab._runtime import import_tensorflow

import_tensorflow()  # quiet defaults before Keras loads TensorFlow
import keras  # noqa: E402

from coldstart_lab.text.pooling import POOLINGS, pool_tokens  # noqa: E402


class MaskedPooling(keras.layers.Layer):
    """``(sequence, padding_mask) -> (batch, dim)``: masked mean (or the ``[CLS]`` vector),
    optionally scaled to unit length, as sentence-transformers pools."""

    def __init__(self, pooling: str = "mean", normalize: bool = True, **kwargs):
        super().__init__(**kwargs)
        if pooling not in POOLINGS:
            raise ValueError(f"pooling must be 'mean' or 'cls', got {pooling!r}")
        self.pooling = pooling
        self.normalize = bool(normalize)

    def call(self, sequence, padding_mask):
        pooled = pool_tokens(sequence, padding_mask, self.pooling)
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
