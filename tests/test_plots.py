import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

from coldstart_lab.plots import similarity_heatmap


def test_heatmap_labels_and_values():
    similarity = np.array([[1.0, 0.25], [0.25, 1.0]])
    ax = similarity_heatmap(similarity, ["a", "b"], title="t")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["a", "b"]
    assert sorted(t.get_text() for t in ax.texts) == ["0.25", "0.25", "1.00", "1.00"]
    assert ax.get_title() == "t"


def test_heatmap_rejects_mismatched_labels():
    with pytest.raises(ValueError, match="expected \\(3, 3\\)"):
        similarity_heatmap(np.eye(2), ["a", "b", "c"])


@pytest.mark.parametrize("method", ["pca", "tsne"])
def test_embedding_map_draws_one_group_per_label(method):
    from coldstart_lab.plots import embedding_map

    rng = np.random.default_rng(0)
    vectors = np.vstack([rng.normal(0, 1, (20, 5)) + 5, rng.normal(0, 1, (20, 5)) - 5])
    labels = ["a"] * 20 + ["b"] * 20
    ax = embedding_map(vectors, labels, method=method)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b"]
    first, second = (c.get_offsets() for c in ax.collections)
    assert len(first) == len(second) == 20
    # well-separated clusters stay apart in 2-D
    gap = np.linalg.norm(first.mean(axis=0) - second.mean(axis=0))
    assert gap > 3 * max(first.std(axis=0).max(), second.std(axis=0).max())


def test_embedding_map_rejects_bad_input():
    from coldstart_lab.plots import embedding_map

    with pytest.raises(ValueError, match="one label each"):
        embedding_map(np.zeros((3, 2)), ["a", "b"])
    with pytest.raises(ValueError, match="'tsne' or 'pca'"):
        embedding_map(np.zeros((3, 2)), ["a", "b", "c"], method="umap")


def test_loss_curves_gap_log_scale_and_marks():
    from coldstart_lab.plots import loss_curves

    curves = {"a": [3.0, 2.0, 1.5], "b": [3.0, 4.0]}
    ax = loss_curves(curves, optimum=1.5, marks={"stop": 2}, title="t")
    a, b = ax.lines[0], ax.lines[1]
    np.testing.assert_array_equal(a.get_xdata(), [1, 2, 3])
    np.testing.assert_array_equal(a.get_ydata()[:2], [1.5, 0.5])
    assert np.isnan(a.get_ydata()[2])  # a zero gap cannot sit on a log axis
    np.testing.assert_array_equal(b.get_ydata(), [1.5, 2.5])
    assert list(ax.lines[2].get_xdata()) == [2, 2]
    assert ax.get_yscale() == "log" and ax.get_ylabel() == "L(θ) − L*"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["a", "b", "stop"]
    linear = loss_curves({"x": [1.0, -1.0]}, log=False)
    assert linear.get_yscale() == "linear" and linear.get_ylabel() == "loss"
    np.testing.assert_array_equal(linear.lines[0].get_ydata(), [1.0, -1.0])


def test_coefficient_bars_skip_bias_and_colour_blocks():
    from coldstart_lab.plots import coefficient_bars

    names = ["bias", "item_0", "item_1", "match_0"]
    ax = coefficient_bars(np.array([4.0, 0.5, -0.25, 0.1]), names, title="θ")
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == [0.5, -0.25, 0.1]
    assert [t.get_text() for t in ax.get_xticklabels()] == names[1:]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["item", "match"]
    with pytest.raises(ValueError, match="expected \\(2,\\)"):
        coefficient_bars(np.zeros(3), ["a", "b"])


def test_rating_residuals_means_per_level_and_histograms():
    from coldstart_lab.plots import rating_residuals

    y = np.array([1.0, 1.0, 5.0, 5.0])
    figure = rating_residuals(y, {"model": [2.0, 4.0, 3.0, 5.0], "mean": np.full(4, 3.0)})
    left, right = figure.axes
    model_points = left.lines[1]  # lines[0] is the diagonal
    np.testing.assert_allclose(model_points.get_ydata(), [3.0, 4.0])
    assert len(right.patches) == 2 * 30  # two histograms on 30 shared bins
    with pytest.raises(ValueError, match="do not match"):
        rating_residuals(y, {"bad": [1.0]})


def _shot_table():
    import pandas as pd

    rows = [
        ("b", 3, 0.30, 0.25, 0.35),
        ("b", 0, 0.10, 0.05, 0.15),
        ("a", 0, 0.20, 0.15, 0.25),
        ("a", 3, 0.40, None, None),
        ("a", 1, np.nan, np.nan, np.nan),  # cannot serve: not drawn
        ("b", 1, 0.20, 0.10, 0.30),
    ]
    return pd.DataFrame(rows, columns=["method", "k", "value", "ci_low", "ci_high"])


def test_shot_curve_one_line_and_band_per_method():
    from matplotlib.collections import PolyCollection

    from coldstart_lab.plots import shot_curve

    figure = shot_curve(_shot_table(), title="t")
    (ax,) = figure.axes
    b, a = ax.lines  # order of first appearance
    assert [b.get_label(), a.get_label()] == ["b", "a"]
    np.testing.assert_array_equal(b.get_xdata(), [0, 1, 3])  # sorted by k
    np.testing.assert_array_equal(b.get_ydata(), [0.10, 0.20, 0.30])
    np.testing.assert_array_equal(a.get_xdata(), [0, 3])
    np.testing.assert_array_equal(a.get_ydata(), [0.20, 0.40])
    bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
    assert len(bands) == 2
    assert bands[0].get_facecolor()[0][:3].tolist() == list(matplotlib.colors.to_rgb(b.get_color()))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["b", "a"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["0", "1", "3"]
    assert ax.get_ylabel() == "Recall@20" and ax.get_title() == "t"
    assert ax.get_xlabel().startswith("k")


def test_shot_curve_draws_on_given_axes_and_checks_columns():
    import matplotlib.pyplot as plt

    from coldstart_lab.plots import shot_curve

    _, ax = plt.subplots()
    figure = shot_curve(_shot_table(), ax=ax, ylabel="NDCG@20")
    assert figure is ax.figure and ax.get_ylabel() == "NDCG@20"
    assert "NDCG@20" in ax.get_title()
    with pytest.raises(ValueError, match="lacks the column\\(s\\) \\['ci_low'\\]"):
        shot_curve(_shot_table().drop(columns="ci_low"))
