"""The plain TensorFlow graph computes what the KerasHub backbone computes."""

import numpy as np
import pytest

from coldstart_lab.text import bert_graph
from coldstart_lab.text.encoders import BertEncoder, _make_forward

ATOL = 1e-5  # float rounding only: two batch sizes differ by about 1e-7


@pytest.fixture(scope="module")
def tiny_backbone():
    """A small BertBackbone with every weight random (biases and norms included), so a
    misplaced bias, scale or norm shows."""
    import keras_hub

    backbone = keras_hub.models.BertBackbone(
        vocabulary_size=50,
        num_layers=2,
        num_heads=4,
        hidden_dim=32,
        intermediate_dim=64,
        max_sequence_length=24,
    )
    rng = np.random.default_rng(0)
    for weight in backbone.weights:
        weight.assign(rng.normal(0.0, 0.3, weight.shape).astype(np.float32))
    return backbone


def batch(lengths, vocabulary=50, seed=1):
    rng = np.random.default_rng(seed)
    token_ids = np.zeros((len(lengths), max(lengths)), np.int32)
    mask = np.zeros_like(token_ids)
    for row, length in enumerate(lengths):
        token_ids[row, :length] = rng.integers(1, vocabulary, length)
        mask[row, :length] = 1
    return token_ids, mask


@pytest.mark.parametrize("pooling", ["mean", "cls"])
@pytest.mark.parametrize("lengths", [[5, 24, 1, 13], [7]])
def test_plain_graph_matches_the_backbone(tiny_backbone, pooling, lengths):
    token_ids, mask = batch(lengths)
    plain = bert_graph.make_plain_forward(tiny_backbone, pooling)(token_ids, mask).numpy()
    keras = _make_forward(tiny_backbone, pooling, False, plain_graph=False)(token_ids, mask)
    np.testing.assert_allclose(plain, keras.numpy(), atol=ATOL)
    np.testing.assert_allclose(np.linalg.norm(plain, axis=1), 1.0, atol=1e-6)


def test_plain_graph_under_xla_matches(tiny_backbone):
    token_ids, mask = batch([3, 9, 16])
    graph = bert_graph.make_plain_forward(tiny_backbone, "mean")(token_ids, mask).numpy()
    xla = bert_graph.make_plain_forward(tiny_backbone, "mean", jit_compile=True)
    np.testing.assert_allclose(xla(token_ids, mask).numpy(), graph, atol=ATOL)


def test_an_architecture_it_does_not_cover_falls_back_to_the_backbone(tiny_backbone):
    import keras_hub

    layer = tiny_backbone.transformer_layers[0]
    assert bert_graph.plain_graph_supported(tiny_backbone)
    token_ids, mask = batch([4, 11])
    layer.normalize_first = True  # pre-norm: not what the plain graph computes
    try:
        assert not bert_graph.plain_graph_supported(tiny_backbone)
        forward = _make_forward(tiny_backbone, "mean", False, plain_graph=True)
        inputs = {"token_ids": token_ids, "segment_ids": 0 * token_ids, "padding_mask": mask}
        tokens = tiny_backbone(inputs)["sequence_output"].numpy()
        weights = mask[:, :, None]
        expected = (tokens * weights).sum(1) / weights.sum(1)
        expected /= np.linalg.norm(expected, axis=1, keepdims=True)
        np.testing.assert_allclose(forward(token_ids, mask).numpy(), expected, atol=ATOL)
        with pytest.raises(ValueError, match="not a BertBackbone this graph supports"):
            bert_graph.make_plain_forward(tiny_backbone, "mean")
    finally:
        layer.normalize_first = False
    other = keras_hub.models.Backbone.__new__(keras_hub.models.Backbone)
    assert not bert_graph.plain_graph_supported(other)


def test_bundled_model_same_vectors_either_way(bert_encoder, reference):
    texts = [str(t) for t in reference["texts"]]  # empty, non-ASCII and 256-token texts
    assert bert_encoder.plain_graph
    backbone_call = BertEncoder(bert_encoder.pretrained, plain_graph=False)
    np.testing.assert_allclose(bert_encoder.encode(texts), backbone_call.encode(texts), atol=ATOL)
