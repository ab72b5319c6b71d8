import functools

import numpy as np
import pandas as pd
import pytest
from test_mf import WordVectors, cold_item_metrics, cold_setting, cold_user_metrics, planted_shop

from coldstart_lab.models.baselines import RandomRecommender
from coldstart_lab.models.dropoutnet import DropoutNet

FAST = dict(hidden_units=32, out_dim=16, epochs=15, batch_size=512, learning_rate=0.01)


@functools.cache
def fitted() -> DropoutNet:
    """DropoutNet on the shared cold setting, built on its already fitted MF."""
    setting = cold_setting()
    model = DropoutNet(encoder=WordVectors(), mf=setting["mf"], **FAST)
    return model.fit(setting["data"], setting["train"])


def test_serves_cold_items_better_than_random():
    setting, model = cold_setting(), fitted()
    assert model.mf_ is setting["mf"]
    assert model.loss_history_[-1] < model.loss_history_[0]
    random = RandomRecommender().fit(setting["data"], setting["train"])
    ndcg = cold_item_metrics(model, setting)["ndcg@3"]
    assert ndcg > cold_item_metrics(random, setting)["ndcg@3"] + 0.2
    # The bias head learned popularity from text: good cold items get the larger biases.
    _, _, good = planted_shop()
    cold = ~setting["mf"].item_trained_
    assert model.item_bias_[cold & good].mean() > model.item_bias_[cold & ~good].mean()


def test_serves_cold_users_from_text_and_shots():
    setting, model = cold_setting(), fitted()
    random = RandomRecommender().fit(setting["data"], setting["train"])
    for shots in (0, 3):
        ndcg = cold_user_metrics(model, setting, shots)["ndcg@10"]
        assert ndcg > cold_user_metrics(random, setting, shots)["ndcg@10"] + 0.1, shots
    # A cold user's vector comes from content only: the shots change it.
    user = setting["cold_users"][0]
    with_shots = pd.concat([setting["train"], setting["users"].support[3]])
    assert not np.allclose(
        model.user_vectors([user], setting["train"]), model.user_vectors([user], with_shots)
    )
    # by id, like score: the default history is the training interactions
    np.testing.assert_array_equal(
        model.user_vectors([user]), model.user_vectors([user], setting["train"])
    )
    scores = model.user_vectors([user], with_shots) @ model.item_vectors_.T + model.item_bias_
    np.testing.assert_allclose(model.score([user], history=with_shots), scores, atol=1e-5)


def test_is_deterministic_for_a_seed():
    setting = cold_setting()
    again = DropoutNet(encoder=WordVectors(), mf=setting["mf"], **FAST)
    again.fit(setting["data"], setting["train"])
    np.testing.assert_array_equal(again.item_vectors_, fitted().item_vectors_)
    assert again.loss_history_ == fitted().loss_history_


@pytest.mark.parametrize(
    "param, value",
    [
        ("dropout", 1.0),
        ("dropout", -0.1),
        ("hidden_units", 0),
        ("out_dim", 0),
        ("epochs", 0),
        ("random_pairs", -1),
        ("batch_size", 0),
        ("learning_rate", 0),
        ("content_dim", 0),
        ("mf", "large"),
        ("mf", {"factors": 0}),
    ],
)
def test_bad_parameters_name_the_parameter(param, value):
    model = DropoutNet(**{param: value})  # stored as given: fit checks them, first thing
    param = "factors" if param == "mf" and isinstance(value, dict) else param
    with pytest.raises(ValueError, match=param):
        model.fit(planted_shop()[0])
