import matplotlib

matplotlib.use("Agg")

import numpy as np
import pytest

from coldstart_lab.plots import descent_paths

HESSIAN = np.array(
    [[0.5, 0.0], [0.0, 4.0]]
)  # flat along the first coordinate, steep along the second
MINIMUM = np.array([1.0, -1.0])
START = np.array([-2.0, 1.0])


def _paths(figure):
    """Each panel's descent path (the line labelled η = …), as an array of points."""
    paths = []
    for ax in figure.axes:
        lines = [line for line in ax.get_lines() if line.get_label().startswith("η =")]
        assert len(lines) == 1
        paths.append(np.column_stack(lines[0].get_data()))
    return paths


def test_one_panel_and_one_path_per_learning_rate_all_from_the_start():
    figure = descent_paths(HESSIAN, START, [0.1, 0.45, 0.6], minimum=MINIMUM, steps=20)
    assert len(figure.axes) == 3
    assert [ax.get_title() for ax in figure.axes] == ["η = 0.1", "η = 0.45", "η = 0.6"]
    for ax, path in zip(figure.axes, _paths(figure), strict=True):
        assert path.shape == (21, 2)
        np.testing.assert_allclose(path[0], START)
        assert len(ax.collections) >= 1  # the contour lines


def test_paths_follow_gradient_descent_converge_when_stable_and_leave_when_not():
    limit = 2 / 4.0  # 2 / μ_max
    small, good, unstable = _paths(
        descent_paths(HESSIAN, START, [0.05, 0.45, 1.1 * limit], minimum=MINIMUM, steps=60)
    )
    # one step by hand: z - η H (z - z*)
    np.testing.assert_allclose(good[1], START - 0.45 * HESSIAN @ (START - MINIMUM))
    distance = {
        name: np.linalg.norm(p[-1] - MINIMUM)
        for name, p in [("small", small), ("good", good), ("unstable", unstable)]
    }
    start_distance = np.linalg.norm(START - MINIMUM)
    assert distance["good"] < 1e-3 * start_distance
    assert 0.1 * start_distance < distance["small"] < start_distance  # crawls towards it
    assert distance["unstable"] > 10 * start_distance
    # the steep coordinate flips sign at each step above the limit (the zigzag)
    offsets = unstable[:, 1] - MINIMUM[1]
    assert np.all(np.sign(offsets[1:]) == -np.sign(offsets[:-1]))


def test_the_view_holds_the_start_and_centres_the_minimum():
    ax = descent_paths(HESSIAN, START, [0.1], minimum=MINIMUM).axes[0]
    (x_low, x_high), (y_low, y_high) = ax.get_xlim(), ax.get_ylim()
    assert x_low < START[0] < x_high and y_low < START[1] < y_high
    np.testing.assert_allclose([(x_low + x_high) / 2, (y_low + y_high) / 2], MINIMUM)


def test_an_overflowing_path_is_cut_before_the_first_infinite_point():
    (path,) = _paths(descent_paths(HESSIAN, START, [1e80], minimum=MINIMUM, steps=10))
    assert 1 < len(path) < 11
    assert np.isfinite(path).all()


@pytest.mark.parametrize(
    ("hessian", "start", "rates", "message"),
    [
        (np.eye(3), START, [0.1], "symmetric \\(2, 2\\)"),
        (np.array([[1.0, 0.0], [0.0, -1.0]]), START, [0.1], "positive definite"),
        (HESSIAN, np.zeros(3), [0.1], "shape \\(2,\\)"),
        (HESSIAN, START, [], "not empty"),
        (HESSIAN, START, [0.1, -0.1], "positive"),
    ],
)
def test_rejects_bad_input(hessian, start, rates, message):
    with pytest.raises(ValueError, match=message):
        descent_paths(hessian, start, rates)
