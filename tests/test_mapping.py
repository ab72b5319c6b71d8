import functools

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import Ridge
from test_mf import (
    WordVectors,
    cold_item_metrics,
    cold_setting,
    cold_user_metrics,
    planted_shop,
)

from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.content import ContentKNN
from coldstart_lab.models.mapping import MLPMap, TextToCF


@functools.cache
def fitted(regressor: str = "ridge", **params) -> TextToCF:
    """TextToCF on the shared cold setting, built on its already fitted MF."""
    setting = cold_setting()
    model = TextToCF(encoder=WordVectors(), regressor=regressor, mf=setting["mf"], **params)
    return model.fit(setting["data"], setting["train"])


def test_builds_on_the_given_fitted_mf_and_keeps_warm_items_learned():
    setting, model = cold_setting(), fitted()
    mf = setting["mf"]
    assert model.mf_ is mf  # fitted on the same data and train: reused, not refitted
    warm = mf.item_trained_
    np.testing.assert_array_equal(model.item_factors_[warm], mf.item_factors_[warm])
    np.testing.assert_allclose(model.item_bias_[warm], mf.item_bias_[warm] + mf.global_bias_)
    np.testing.assert_array_equal(model.item_factors_[~warm], model.mapped_item_factors_[~warm])
    mapped = fitted(use_mapped_for_warm=True)
    np.testing.assert_array_equal(mapped.item_factors_, mapped.mapped_item_factors_)
    # warm user x warm item: exactly MF's score
    user, items = setting["train"]["user_id"].iloc[0], setting["train"]["item_id"][:4]
    np.testing.assert_allclose(model.score([user], items), mf.score([user], items), atol=1e-5)


def test_cold_items_beat_random_and_text_similarity_thanks_to_the_mapped_bias():
    setting = cold_setting()
    data, train = setting["data"], setting["train"]
    random = cold_item_metrics(RandomRecommender().fit(data, train), setting)["ndcg@3"]
    knn = ContentKNN(encoder=WordVectors()).fit(data, train)
    similarity = cold_item_metrics(knn, setting)["ndcg@3"]
    ridge = cold_item_metrics(fitted(), setting)["ndcg@3"]
    assert ridge > random + 0.2 and ridge > similarity + 0.05, (ridge, similarity, random)
    # The popularity feature of the text ("bestseller" words) reaches the cold items' bias.
    _, _, good = planted_shop()
    cold = ~setting["mf"].item_trained_
    bias = fitted().mapped_item_bias_
    assert bias[cold & good].mean() > bias[cold & ~good].mean() + 0.5


def test_mlp_map_serves_cold_items():
    setting = cold_setting()
    mlp = MLPMap(hidden_units=64, epochs=25, patience=5, learning_rate=3e-3)
    model = fitted(mlp)
    assert 1 <= model.item_map_.epochs_ <= 25 and not hasattr(mlp, "model_")  # copied
    metrics = cold_item_metrics(model, setting)
    random = cold_item_metrics(RandomRecommender().fit(setting["data"], setting["train"]), setting)
    assert metrics["ndcg@3"] > random["ndcg@3"] + 0.1, (metrics, random)


def test_new_users_are_served_from_text_at_k0_and_from_their_shots():
    setting, model = cold_setting(), fitted()
    data, train = setting["data"], setting["train"]
    random = RandomRecommender().fit(data, train)
    popularity = PopularityRecommender().fit(data, train)
    for shots in (0, 3):
        ndcg = cold_user_metrics(model, setting, shots)["ndcg@10"]
        assert ndcg > cold_user_metrics(random, setting, shots)["ndcg@10"] + 0.1
        assert ndcg > cold_user_metrics(popularity, setting, shots)["ndcg@10"], shots
    # At k = 0 the users with text are served from it; the others get the item bias alone.
    users = setting["cold_users"]
    has_text = data.users.set_index("user_id").loc[users, "text"].str.len().to_numpy() > 0
    history = pd.concat([train, setting["users"].support[0]])
    scores = model.score(users, history=history)
    np.testing.assert_allclose(scores[~has_text], np.tile(model.item_bias_, (sum(~has_text), 1)))
    assert np.ptp(scores[has_text] - model.item_bias_, axis=1).min() > 0


def test_k_shot_fold_in_moves_towards_the_shots():
    setting, model = cold_setting(), fitted()
    user = setting["cold_users"][0]
    support = setting["users"].support[3]
    shots = support[support["user_id"] == user]["item_id"]
    history = pd.concat([setting["train"], support])
    before = model.score([user], shots, history=setting["train"])[0]
    after = model.score([user], shots, history=history)[0]
    assert (after > before).all()
    assert np.isfinite(model.score(setting["cold_users"], history=history)).all()


def ridge_closed_form(x, y, alpha):
    """Ridge with an intercept, solved by hand: the map ``x -> y`` fitted, applied to ``x``'s
    rows; primal ``(XᵀX + αI)⁻¹XᵀY`` with fewer features than rows, else dual."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    x_mean, y_mean = x.mean(axis=0), y.mean(axis=0)
    xc, yc = x - x_mean, y - y_mean
    n, d = xc.shape
    if d <= n:
        weights = np.linalg.solve(xc.T @ xc + alpha * np.eye(d), xc.T @ yc)
    else:
        weights = xc.T @ np.linalg.solve(xc @ xc.T + alpha * np.eye(n), yc)
    return lambda new: (np.asarray(new, np.float64) - x_mean) @ weights + y_mean


@pytest.mark.parametrize("dim", [8, 500])  # fewer, then more text features than warm items
def test_the_ridge_maps_are_ridge_regression_with_an_intercept(dim):
    setting = cold_setting()
    data, mf = setting["data"], setting["mf"]
    encoder = WordVectors(dim)
    model = TextToCF(encoder=encoder, mf=mf, alpha=2.0).fit(data, setting["train"])
    assert isinstance(model.item_map_, Ridge) and model.item_map_.alpha == 2.0
    warm = mf.item_trained_
    assert 8 < warm.sum() < 500  # so both forms of the closed form are checked
    item_text = encoder.encode(data.item_text.tolist())
    targets = np.hstack([mf.item_factors_[warm], mf.item_bias_[warm, None]])
    expected = ridge_closed_form(item_text[warm], targets, 2.0)(item_text)
    np.testing.assert_allclose(model.mapped_item_factors_, expected[:, :-1], atol=1e-5)
    np.testing.assert_allclose(model.mapped_item_bias_, expected[:, -1], atol=1e-5)
    assert model.mapped_item_factors_.dtype == np.float32
    # the user-text map: warm users with text -> their MF factors, same penalty
    user_text = encoder.encode(data.user_text.tolist())
    has_text = np.abs(user_text).sum(axis=1) > 0
    fit_users = has_text & mf.user_trained_
    user_map = ridge_closed_form(user_text[fit_users], mf.user_factors_[fit_users], 2.0)
    np.testing.assert_allclose(
        model.user_text_factors_[has_text], user_map(user_text[has_text]), atol=1e-5
    )
    assert not model.user_text_factors_[~has_text].any()


def test_a_configured_map_is_copied_not_fitted():
    setting = cold_setting()
    ridge = Ridge(alpha=5.0)
    model = TextToCF(encoder=WordVectors(), regressor=ridge, mf=setting["mf"])
    model.fit(setting["data"], setting["train"])
    assert model.item_map_ is not ridge and model.item_map_.alpha == 5.0
    assert not hasattr(ridge, "coef_") and hasattr(model.item_map_, "coef_")


def test_user_vectors_take_user_ids_like_score():
    setting, model = cold_setting(), fitted()
    user = setting["cold_users"][0]
    history = pd.concat([setting["train"], setting["users"].support[3]])
    vectors = model.user_vectors([user], history)
    expected = vectors @ model.item_factors_.T + model.item_bias_
    np.testing.assert_allclose(model.score([user], history=history), expected, atol=1e-5)
    np.testing.assert_array_equal(
        model.user_vectors([user]), model.user_vectors([user], setting["train"])
    )
    assert not np.allclose(model.user_vectors([user]), vectors)  # the shots moved it


def warm_items_and_targets(n=40, seed=0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, 6)).astype(np.float32), rng.normal(size=(n, 3)).astype(np.float32)


@pytest.mark.parametrize(
    "make, param",
    [
        (lambda: TextToCF(regressor="svm"), "regressor"),
        (lambda: TextToCF(alpha=0), "alpha"),
        (lambda: TextToCF(regressor=None), "regressor"),
        (lambda: MLPMap(hidden_units=0), "hidden_units"),
        (lambda: MLPMap(epochs=0), "epochs"),
        (lambda: TextToCF(fold_in_prior=-1), "fold_in_prior"),
        (lambda: TextToCF(mf="large"), "mf"),
        (lambda: TextToCF(mf={"factors": 0}), "factors"),
        (
            lambda: TextToCF(
                encoder=WordVectors(), regressor=Ridge(alpha=-1), mf=cold_setting()["mf"]
            ),
            "alpha",
        ),
        (lambda: MLPMap(patience=0), "patience"),
        (lambda: MLPMap(validation_fraction=1.0), "validation_fraction"),
    ],
)
def test_bad_parameters_name_the_parameter(make, param):
    model = make()  # stored as given: fit checks them
    with pytest.raises(ValueError, match=param):
        if isinstance(model, MLPMap):
            model.fit(*warm_items_and_targets())
        else:
            model.fit(cold_setting()["data"], cold_setting()["train"])
