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
