import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

from coldstart_lab.plots import plot_encoder_pipeline

TOKENS = ["[CLS]", "van", "##tori", "##a", "shoes", "[SEP]"]
IDS = [101, 3158, 29469, 2050, 6007, 102]


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def _patches(ax, gid):
    return [p for p in ax.patches if p.get_gid() == gid]


@pytest.mark.parametrize("n_layers", [1, 6, 12])
def test_pipeline_draws_the_given_tokens_ids_and_layers(n_layers):
    ax = plot_encoder_pipeline(TOKENS, IDS, n_layers, 384, text="Vantoria shoes")
    texts = _texts(ax)
    for token, token_id in zip(TOKENS, IDS, strict=True):
        assert token in texts
        assert str(token_id) in texts
    assert "“Vantoria shoes”" in texts
    assert len(_patches(ax, "layer")) == n_layers
    assert len(_patches(ax, "token vector")) == len(TOKENS)
    # the ids enter layer 1 first: it sits at the top of the stack
    heights = {t.get_text(): t.get_position()[1] for t in ax.texts if t.get_text()[:6] == "layer "}
    assert sorted(heights, key=heights.get, reverse=True) == [
        f"layer {k}" for k in range(1, n_layers + 1)
    ]
    assert any(f"{len(TOKENS)} × 384" == t for t in texts)
    assert not ax.images  # no vector given: nothing is made up


def test_pipeline_shows_the_given_vector():
    vector = np.zeros(8)
    vector[:3] = [0.6, -0.8, 0.0]
    ax = plot_encoder_pipeline(TOKENS, IDS, 2, 8, vector)
    (image,) = ax.images
    np.testing.assert_array_equal(np.asarray(image.get_array()), vector[None, :])
    caption = [t for t in _texts(ax) if "numbers, length" in t]
    assert caption == ["[0.600, -0.800, 0.000, 0.000, …]   8 numbers, length 1.000"]


def test_pipeline_rejects_inconsistent_input():
    with pytest.raises(ValueError, match="6 tokens and 5 token ids"):
        plot_encoder_pipeline(TOKENS, IDS[:-1], 6, 384)
    with pytest.raises(ValueError, match="at least 1"):
        plot_encoder_pipeline(TOKENS, IDS, 0, 384)
    with pytest.raises(ValueError, match=r"expected \(384,\)"):
        plot_encoder_pipeline(TOKENS, IDS, 6, 384, np.zeros(10))
