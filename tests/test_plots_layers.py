"""plot_trainable_layers: the encoder's stack with frozen layers grey and trained ones coloured."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from coldstart_lab.plots import plot_trainable_layers


def boxes(ax, kind):
    return [p for p in ax.patches if p.get_gid() == kind]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


@pytest.mark.parametrize(
    ("trainable", "frozen", "trained"),
    [(0, 7, 0), (1, 6, 1), (4, 3, 4), (6, 0, 7), ("all", 0, 7)],
)
def test_frozen_and_trained_boxes(trainable, frozen, trained):
    # 6 transformer layers + the embeddings: frozen below, trained above, one head on top.
    (ax,) = plot_trainable_layers(6, trainable, head="rating head").axes
    assert len(boxes(ax, "frozen")) == frozen
    assert len(boxes(ax, "trained")) == trained
    assert len(boxes(ax, "head")) == 1
    heights = {kind: [p.get_y() for p in boxes(ax, kind)] for kind in ("frozen", "trained")}
    if frozen and trained:
        assert max(heights["frozen"]) < min(heights["trained"])  # trained layers sit on top
    assert boxes(ax, "head")[0].get_y() > max(heights["frozen"] + heights["trained"])
    texts = [t.get_text() for t in ax.texts]
    assert "rating head · trained" in texts
    assert any(t.startswith("run once") for t in texts) == (frozen > 0)
    assert any(t.startswith("nothing") for t in texts) == (frozen == 0)
    assert ax.get_title() == f"trainable_layers={trainable!r}"


def test_frozen_and_trained_boxes_look_different():
    (ax,) = plot_trainable_layers(3, 1).axes
    frozen = {tuple(p.get_facecolor()) for p in boxes(ax, "frozen")}
    trained = {tuple(p.get_facecolor()) for p in boxes(ax, "trained")}
    assert len(frozen) == len(trained) == 1 and frozen != trained


def test_several_settings_side_by_side():
    figure = plot_trainable_layers(6, (0, 1, "all"))
    assert len(figure.axes) == 3
    assert [len(boxes(ax, "trained")) for ax in figure.axes] == [0, 1, 7]
    left, middle, _ = figure.axes
    assert left.get_position().x1 <= middle.get_position().x0


@pytest.mark.parametrize(
    ("n_layers", "trainable", "message"),
    [
        (6, 7, "between 0 and 6"),
        (6, -1, "between 0 and 6"),
        (6, "some", "integer >= 0 or 'all'"),
        (6, 1.5, "integer >= 0 or 'all'"),
        (6, (1, 9), "between 0 and 6"),
        (6, (), "at least one setting"),
        (0, 0, "n_layers must be an integer >= 1"),
    ],
)
def test_rejects_impossible_settings(n_layers, trainable, message):
    with pytest.raises(ValueError, match=message):
        plot_trainable_layers(n_layers, trainable)
