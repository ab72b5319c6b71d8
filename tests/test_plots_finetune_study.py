"""plot_learning_curve and plot_interval_comparison, drawn from small tables shaped like
benchmarks/results/finetune_study.json's (rows as dicts), with known answers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from coldstart_lab.plots import plot_interval_comparison, plot_learning_curve

CURVE = [
    {"model": "two_tower", "n_train": 1000, "recall": 0.5, "recall_low": 0.45, "recall_high": 0.55},
    {"model": "two_tower", "n_train": 100, "recall": 0.2, "recall_low": 0.15, "recall_high": 0.25},
    {"model": "llm_mapping", "n_train": 100, "recall": 0.3, "recall_low": 0.2, "recall_high": 0.4},
    {"model": "llm_mapping", "n_train": 1000, "recall": 0.6, "recall_low": 0.5, "recall_high": 0.7},
    {"model": "regressor", "n_train": 300, "recall": None, "recall_low": None, "recall_high": None},
]  # fmt: skip

REMEDIES = [
    {"remedy": "none", "recall": 0.40, "recall_low": 0.35, "recall_high": 0.45},
    {"remedy": "dropout", "recall": 0.42, "recall_low": 0.37, "recall_high": 0.47},
    {"remedy": "adversarial", "recall": 0.30, "recall_low": 0.25, "recall_high": 0.33},
]


def by_gid(ax, gid):
    found = [x for x in ax.lines if x.get_gid() == gid]
    assert len(found) == 1, [x.get_gid() for x in ax.lines]
    return found[0]


def test_learning_curve_draws_each_model_sorted_by_size_with_its_band():
    ax = plot_learning_curve(CURVE, metric="recall")
    two = by_gid(ax, "curve:two_tower")
    np.testing.assert_array_equal(two.get_xdata(), [100, 1000])  # sorted by examples
    np.testing.assert_array_equal(two.get_ydata(), [0.2, 0.5])
    mapping = by_gid(ax, "curve:llm_mapping")
    np.testing.assert_array_equal(mapping.get_ydata(), [0.3, 0.6])
    assert not [x for x in ax.lines if x.get_gid() == "curve:regressor"]  # no recall: left out
    assert ax.get_xscale() == "log"
    # one band per drawn model, spanning low..high
    bands = ax.collections
    assert len(bands) == 2
    ys = np.concatenate([p.vertices[:, 1] for p in bands[1].get_paths()])
    assert ys.min() == pytest.approx(0.2) and ys.max() == pytest.approx(0.7)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["two_tower", "llm_mapping"]
    plt.close("all")


def test_learning_curve_of_another_metric_and_from_a_dataframe():
    table = pd.DataFrame(
        {"model": ["r", "r"], "n_train": [300, 100], "test_rmse": [1.0, 1.2],
         "test_rmse_low": [0.9, 1.1], "test_rmse_high": [1.1, 1.3]}
    )  # fmt: skip
    ax = plot_learning_curve(table, metric="test_rmse", ylabel="RMSE")
    np.testing.assert_array_equal(by_gid(ax, "curve:r").get_ydata(), [1.2, 1.0])
    assert ax.get_ylabel() == "RMSE"
    plt.close("all")


def test_learning_curve_rejects_tables_without_the_columns_or_values():
    with pytest.raises(ValueError, match="recall_low"):
        plot_learning_curve([{"model": "m", "n_train": 1, "recall": 0.1}])
    with pytest.raises(ValueError, match="n_train"):
        plot_learning_curve([{"model": "m", "recall": 0.1, "recall_low": 0, "recall_high": 1}])
    with pytest.raises(ValueError, match="no row"):
        plot_learning_curve(CURVE[-1:])


def test_interval_comparison_draws_rows_top_down_with_reference():
    ax = plot_interval_comparison(REMEDIES, label="remedy", metric="recall", reference=0.40)
    points = [by_gid(ax, f"interval:{r['remedy']}") for r in REMEDIES]
    assert [p.get_xdata()[0] for p in points] == [0.40, 0.42, 0.30]
    heights = [p.get_ydata()[0] for p in points]
    assert heights == sorted(heights, reverse=True)  # first row at the top
    labels = dict(zip(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()], strict=True))
    assert [labels[h] for h in heights] == ["none", "dropout", "adversarial"]
    # each interval is a horizontal segment from low to high at the point's height
    segments = [x for x in ax.lines if x.get_gid() is None]
    spans = sorted((tuple(s.get_xdata()), s.get_ydata()[0]) for s in segments)
    assert ((0.25, 0.33), heights[2]) in spans and ((0.35, 0.45), heights[0]) in spans
    reference = by_gid(ax, "reference")
    assert reference.get_xdata()[0] == 0.40
    plt.close("all")


def test_interval_comparison_without_reference_and_bad_tables():
    ax = plot_interval_comparison(pd.DataFrame(REMEDIES), label="remedy")
    assert not [x for x in ax.lines if x.get_gid() == "reference"]
    with pytest.raises(ValueError, match="loss"):
        plot_interval_comparison(REMEDIES, label="loss")
    with pytest.raises(ValueError, match="ndcg_low"):
        plot_interval_comparison(REMEDIES, label="remedy", metric="ndcg")
    plt.close("all")
