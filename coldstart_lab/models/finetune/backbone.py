"""Cutting a KerasHub ``BertBackbone`` in two: a frozen lower part and a trainable upper part."""

from __future__ import annotations

from coldstart_lab._runtime import import_tensorflow
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.finetune.checks import check_trainable_layers

import_tensorflow()  # quiet defaults before Keras loads TensorFlow
import keras  # noqa: E402

_EMBEDDING_LAYERS = (
    "token_embedding",
    "position_embedding",
    "segment_embedding",
    "embeddings_add",
    "embeddings_layer_norm",
    "embeddings_dropout",
)


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
