"""Pooling a transformer's token vectors into one vector per text, as sentence-transformers does.

Used by the frozen encoder (:class:`~coldstart_lab.text.encoders.BertEncoder`) and by the
fine-tuned text tower (:mod:`coldstart_lab.models.finetune`), so both pool the same way.
Written with ``keras.ops``: it runs inside ``tf.function`` graphs and Keras layers alike.
Importing this module imports Keras (and TensorFlow).
"""

from __future__ import annotations

from coldstart_lab._runtime import import_tensorflow

import_tensorflow()  # quiet defaults before Keras loads TensorFlow
import keras  # noqa: E402

POOLINGS = ("mean", "cls")


def pool_tokens(sequence, padding_mask, pooling: str = "mean"):
    """One vector per text: the mean of its real tokens' vectors, or its ``[CLS]`` vector.

    Parameters
    ----------
    sequence : tensor ``(batch, tokens, dim)``
        The transformer's last hidden states.
    padding_mask : tensor ``(batch, tokens)``
        True (or 1) for real tokens, False (0) for padding.
    pooling : {"mean", "cls"}, default "mean"
        ``"mean"``: masked mean over the real tokens (all-MiniLM-L6-v2's pooling);
        ``"cls"``: the first token's vector.

    Returns
    -------
    tensor ``(batch, dim)``, not normalised.
    """
    if pooling not in POOLINGS:
        raise ValueError(f"pooling must be 'mean' or 'cls', got {pooling!r}")
    if pooling == "cls":
        return sequence[:, 0, :]
    weights = keras.ops.cast(padding_mask, sequence.dtype)[:, :, None]
    total = keras.ops.sum(sequence * weights, axis=1)
    return total / keras.ops.maximum(keras.ops.sum(weights, axis=1), 1e-9)
