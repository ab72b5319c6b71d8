import numpy as np
import pandas as pd
import pytest

from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import NeedsRatings
from coldstart_lab.models.linear import LinearRatingModel, PairFeatures, rated_pairs


def regression_problem(n=200, p=5, seed=0):
    rng = np.random.default_rng(seed)
    x = np.hstack([np.ones((n, 1)), rng.normal(size=(n, p - 1))])
    theta = rng.normal(size=p)
    y = x @ theta + 0.1 * rng.normal(size=n)
    return x, y, theta


def test_closed_form_recovers_theta():
    x, y, theta = regression_problem()
    model = LinearRatingModel("closed_form", l2=0.0).fit(x, y)
    np.testing.assert_allclose(model.theta_, theta, atol=0.05)
    np.testing.assert_allclose(model.predict(x), x @ model.theta_)


@pytest.mark.parametrize("solver", ["numpy", "gradient_tape", "keras"])
def test_iterative_solvers_reach_the_closed_form(solver):
    x, y, _ = regression_problem()
    exact = LinearRatingModel("closed_form", l2=0.01).fit(x, y).theta_
    model = LinearRatingModel(solver, l2=0.01, learning_rate=0.2, epochs=300).fit(x, y)
    np.testing.assert_allclose(model.theta_, exact, atol=1e-6)
    assert model.loss_history_[0] > model.loss_history_[-1]
    assert np.all(np.diff(model.loss_history_) <= 1e-12)  # full-batch GD never goes up here


def test_mini_batches_get_close_and_are_seeded():
    x, y, _ = regression_problem()
    exact = LinearRatingModel(l2=0.01).fit(x, y).theta_
    a = LinearRatingModel("numpy", l2=0.01, learning_rate=0.05, epochs=200, batch_size=16).fit(x, y)
    b = LinearRatingModel("numpy", l2=0.01, learning_rate=0.05, epochs=200, batch_size=16).fit(x, y)
    np.testing.assert_array_equal(a.theta_, b.theta_)
    np.testing.assert_allclose(a.theta_, exact, atol=0.05)


def test_divergence_is_reported():
    x, y, _ = regression_problem()
    with pytest.raises(ColdstartError, match="diverged .* lower the learning rate"):
        LinearRatingModel("numpy", learning_rate=5.0, epochs=200).fit(x, y)


def test_early_stopping_keeps_the_best_theta():
    x, y, _ = regression_problem(n=60, p=40, seed=1)  # many features: overfits
    xv, yv, _ = regression_problem(n=60, p=40, seed=2)
    model = LinearRatingModel("numpy", l2=0.0, learning_rate=0.05, epochs=2000, patience=20)
    model.fit(x, y, validation=(xv, yv))
    assert model.stopped_epoch_ is not None and model.stopped_epoch_ < 2000
    assert model.loss(xv, yv) == pytest.approx(min(model.val_loss_history_))


def centred_problem(n=200, p=5, seed=3):
    """Column 0 all ones, the other columns centred; ratings around 3.5."""
    x, _, theta = regression_problem(n, p, seed)
    x[:, 1:] -= x[:, 1:].mean(axis=0)
    y = 3.5 + x[:, 1:] @ theta[1:] + 0.1 * np.random.default_rng(seed).normal(size=n)
    return x, y


@pytest.mark.parametrize("solver", ["closed_form", "numpy", "gradient_tape", "keras"])
def test_unpenalised_intercept_stays_at_the_mean_while_the_weights_shrink(solver):
    x, y = centred_problem()
    l2 = 10.0
    free = LinearRatingModel("closed_form", l2=l2, penalize_intercept=False).fit(x, y).theta_
    assert free[0] == pytest.approx(y.mean(), abs=1e-12)
    unpenalised = LinearRatingModel("closed_form", l2=0.0).fit(x, y).theta_
    assert np.all(np.abs(free[1:]) < 0.2 * np.abs(unpenalised[1:]))  # shrunk by about 1/(1+λ)
    default = LinearRatingModel("closed_form", l2=l2).fit(x, y).theta_
    assert default[0] == pytest.approx(y.mean() / (1 + l2))  # today's default shrinks it too

    # lr 0.08: stable for curvature 2(var + λ) ≈ 22, and θ₀ (curvature 2) converges in 300
    model = LinearRatingModel(
        solver, l2=l2, learning_rate=0.08, epochs=300, penalize_intercept=False
    ).fit(x, y)
    np.testing.assert_allclose(model.theta_, free, atol=1e-8)
    assert model.loss(x, y) == pytest.approx(
        np.mean((x @ free - y) ** 2) + l2 * free[1:] @ free[1:]
    )


def test_unpenalised_intercept_needs_a_constant_column():
    x, y = centred_problem()
    model = LinearRatingModel(penalize_intercept="no")  # stored as given: fit checks it
    with pytest.raises(ValueError, match="penalize_intercept must be True or False"):
        model.fit(x, y)
    with pytest.raises(ValueError, match="column 0 of features must be all ones"):
        LinearRatingModel(penalize_intercept=False).fit(x[:, 1:], y)


def test_bad_parameters_and_inputs():
    x, y, _ = regression_problem()
    with pytest.raises(ValueError, match="solver"):
        LinearRatingModel("adam").fit(x, y)
    with pytest.raises(ValueError, match="learning_rate"):
        LinearRatingModel("numpy", learning_rate=0).fit(x, y)
    with pytest.raises(ValueError, match="NaN"):
        LinearRatingModel().fit(np.ones((2, 1)), np.array([1.0, np.nan]))
    with pytest.raises(ColdstartError, match="not fitted"):
        LinearRatingModel().predict(np.ones((1, 1)))


def test_pair_features_shapes_and_leave_one_out():
    rng = np.random.default_rng(0)
    item_ids = [f"i{j}" for j in range(10)]
    features = PairFeatures(n_components=3).fit(item_ids, rng.normal(size=(10, 8)))
    history = pd.DataFrame({"user_id": ["a", "a", "b"], "item_id": ["i0", "i1", "i2"]})
    phi = features.transform(history, history)
    assert phi.shape == (3, 1 + 3 + 3) and features.names[:2] == ["bias", "item_0"]
    loo = features.transform(history, history, leave_one_out=True)
    # user a, pair i0: the profile is i1 alone; user b has nothing left
    np.testing.assert_allclose(loo[0, 4:], features.reduced_[1] * features.reduced_[0])
    np.testing.assert_allclose(loo[2, 4:], 0.0)
    with pytest.raises(ColdstartError, match="no text vector"):
        features.transform(pd.DataFrame({"user_id": ["a"], "item_id": ["zz"]}), history)


def test_leave_one_out_drops_every_event_of_the_pair():
    # history holds several events per (user, item): a view and a purchase of the same item
    # must both leave the profile, or the pair's own item leaks into its features
    rng = np.random.default_rng(0)
    features = PairFeatures(n_components=3).fit(["i0", "i1", "i2"], rng.normal(size=(3, 8)))
    history = pd.DataFrame({"user_id": ["a"] * 4, "item_id": ["i0", "i0", "i1", "i2"]})
    pairs = pd.DataFrame({"user_id": ["a", "a"], "item_id": ["i0", "i1"]})
    loo = features.transform(pairs, history, leave_one_out=True)
    reduced = features.reduced_
    np.testing.assert_allclose(loo[0, 4:], (reduced[1] + reduced[2]) / 2 * reduced[0])
    np.testing.assert_allclose(loo[1, 4:], (2 * reduced[0] + reduced[2]) / 3 * reduced[1])
    # a pair whose item is not in the history keeps the full profile
    other = pd.DataFrame({"user_id": ["a"], "item_id": ["i2"]})
    short = history.iloc[:3]
    np.testing.assert_allclose(
        features.transform(other, short, leave_one_out=True),
        features.transform(other, short),
    )


def test_rated_pairs_needs_ratings():
    with pytest.raises(NeedsRatings, match="no rating column"):  # a ColdstartError
        rated_pairs(pd.DataFrame({"user_id": ["a"], "item_id": ["b"]}))
    table = pd.DataFrame({"user_id": ["a", "b"], "item_id": ["x", "y"], "rating": [4.0, None]})
    assert len(rated_pairs(table)) == 1
    with pytest.raises(NeedsRatings, match="no interaction has a rating"):
        rated_pairs(table.iloc[1:])
