"""A KerasHub ``BertBackbone``'s inference as one plain TensorFlow graph.

:class:`~coldstart_lab.text.encoders.BertEncoder` loads the model with KerasHub and, by
default, runs its forward pass through this module instead of calling the backbone: the same
weights and the same arithmetic, written as the TensorFlow ops that oneDNN's CPU kernels run
fastest.

Why not just call the backbone (a comment because this re-states what KerasHub computes):
in a TensorFlow graph on CPU, KerasHub's attention projects queries, keys and values with
three ``einsum``\\ s, and Keras's ``Dense``, ``LayerNormalization`` and GELU run as separate
element-wise ops. One ``MatMul`` for the three projections, and ``MatMul`` + ``BiasAdd`` (+
GELU) shapes that TensorFlow's graph optimiser fuses into one oneDNN kernel, encode the shop
catalogue about 15% faster on 2 cores (benchmarks/encode_throughput.py); the vectors agree
with the backbone's to about 1e-7, as two batch sizes do (tests/test_bert_graph.py).

Only the architecture KerasHub's ``BertBackbone`` builds is written here (post-norm layers,
approximate GELU, learned positions); :func:`plain_graph_supported` checks a backbone against
it, and the encoder calls the backbone itself for anything else.
"""

from __future__ import annotations

import math

import numpy as np

from coldstart_lab._runtime import import_tensorflow

tf = import_tensorflow()


def plain_graph_supported(backbone) -> bool:
    """True if :func:`make_plain_forward` computes exactly what ``backbone`` does."""
    import keras_hub  # noqa: PLC0415

    if not isinstance(backbone, keras_hub.models.BertBackbone):
        return False
    for layer in backbone.transformer_layers:
        attention = layer._self_attention_layer
        activation = getattr(layer.activation, "__name__", "")
        if (
            layer.normalize_first
            or activation != "gelu_approximate"
            or not attention._use_bias
            or attention._num_heads * attention._key_dim != backbone.hidden_dim
            or attention._value_dim != attention._key_dim
        ):
            return False
    return True


def make_plain_forward(backbone, pooling: str, jit_compile: bool = False):
    """A ``(token_ids, mask) -> unit vectors`` graph function with ``backbone``'s weights.

    Parameters
    ----------
    backbone : keras_hub.models.BertBackbone
        Checked with :func:`plain_graph_supported`; its weights are copied (later changes to
        the backbone do not reach the graph).
    pooling : {"mean", "cls"}
        As :func:`~coldstart_lab.text.pooling.pool_tokens`.
    jit_compile : bool
        Compile each input shape with XLA; otherwise one graph serves every shape.

    Returns
    -------
    ``tf.function`` taking int32 ``token_ids`` and ``mask`` ``(batch, tokens)`` and returning
    float32 ``(batch, hidden_dim)`` rows of unit length.
    """
    from coldstart_lab.text.pooling import pool_tokens  # noqa: PLC0415

    if not plain_graph_supported(backbone):
        raise ValueError(f"{type(backbone).__name__} is not a BertBackbone this graph supports")
    weights = _weights(backbone)
    heads = backbone.num_heads
    head_dim = backbone.hidden_dim // heads

    def forward(token_ids, mask):
        rows, length = tf.shape(token_ids)[0], tf.shape(token_ids)[1]
        x = tf.gather(weights["tokens"], token_ids) + weights["positions"][None, :length]
        x = _layer_norm(x + weights["segment"], *weights["embedding_norm"])
        x = tf.reshape(x, [rows * length, -1])
        # Padding may not be attended to: a large negative logit, as KerasHub's mask does.
        blocked = (1.0 - tf.cast(mask, tf.float32))[:, None, None, :] * -1e9
        for layer in weights["layers"]:
            qkv = tf.nn.bias_add(tf.matmul(x, layer["qkv"]), layer["qkv_bias"])
            qkv = tf.transpose(tf.reshape(qkv, [rows, length, 3, heads, head_dim]), [2, 0, 3, 1, 4])
            logits = tf.matmul(qkv[0], qkv[1], transpose_b=True) + blocked
            context = tf.matmul(tf.nn.softmax(logits), qkv[2])
            context = tf.reshape(tf.transpose(context, [0, 2, 1, 3]), [rows * length, -1])
            attended = tf.nn.bias_add(tf.matmul(context, layer["out"]), layer["out_bias"])
            x = _layer_norm(x + attended, *layer["attention_norm"])
            hidden = tf.nn.bias_add(tf.matmul(x, layer["up"]), layer["up_bias"])
            hidden = tf.nn.gelu(hidden, approximate=True)
            ffn = tf.nn.bias_add(tf.matmul(hidden, layer["down"]), layer["down_bias"])
            x = _layer_norm(x + ffn, *layer["ffn_norm"])
        sequence = tf.reshape(x, [rows, length, -1])
        pooled = pool_tokens(sequence, mask, pooling)
        return tf.math.l2_normalize(pooled, axis=1, epsilon=1e-12)

    return as_graph(forward, jit_compile)


def as_graph(forward, jit_compile: bool):
    """``forward(token_ids, mask)`` as a ``tf.function``: with XLA, one compiled graph per
    input shape; without, one graph with unknown batch and length serves every shape."""
    if jit_compile:
        return tf.function(forward, jit_compile=True, reduce_retracing=False)
    any_shape = tf.TensorSpec([None, None], tf.int32)
    return tf.function(forward, input_signature=[any_shape, any_shape], jit_compile=False)


def _layer_norm(x, gamma, beta, epsilon):
    mean, variance = tf.nn.moments(x, axes=[-1], keepdims=True)
    return tf.nn.batch_normalization(x, mean, variance, beta, gamma, epsilon)


def _weights(backbone) -> dict:
    """The backbone's weights as constants, the three attention projections side by side
    (the query's scaled by 1/sqrt(head size) beforehand, as the attention would scale it)."""

    def const(variable, shape=None):
        value = np.asarray(variable.numpy(), np.float32)
        return tf.constant(value if shape is None else value.reshape(shape))

    def norm(layer):
        return const(layer.gamma), const(layer.beta), layer.epsilon

    width = backbone.hidden_dim
    layers = []
    for layer in backbone.transformer_layers:
        attention = layer._self_attention_layer
        parts = (attention._query_dense, attention._key_dense, attention._value_dense)
        kernels = [np.reshape(p.kernel.numpy(), (width, width)) for p in parts]
        biases = [np.reshape(p.bias.numpy(), (width,)) for p in parts]
        scale = np.float32(1.0 / math.sqrt(attention._key_dim))
        kernels[0], biases[0] = kernels[0] * scale, biases[0] * scale
        output = attention._output_dense
        layers.append(
            {
                "qkv": tf.constant(np.concatenate(kernels, axis=1)),
                "qkv_bias": tf.constant(np.concatenate(biases)),
                "out": const(output.kernel, (width, width)),
                "out_bias": const(output.bias),
                "attention_norm": norm(layer._self_attention_layer_norm),
                "up": const(layer._feedforward_intermediate_dense.kernel),
                "up_bias": const(layer._feedforward_intermediate_dense.bias),
                "down": const(layer._feedforward_output_dense.kernel),
                "down_bias": const(layer._feedforward_output_dense.bias),
                "ffn_norm": norm(layer._feedforward_layer_norm),
            }
        )
    return {
        "tokens": const(backbone.token_embedding.embeddings),
        "positions": const(backbone.position_embedding.position_embeddings),
        "segment": const(backbone.segment_embedding.embeddings)[0],
        "embedding_norm": norm(backbone.embeddings_layer_norm),
        "layers": layers,
    }
