"""A model's figures depend on its seed only, not on what ran before it in the process.

Building the shared BERT encoder, or any other code, consumes draws from the global random
state (Python's ``random``, NumPy, TensorFlow, Keras); a fit must not see the difference.
"""

import random

import keras
import numpy as np
import pytest
from test_benchmark import topical_dataset
from test_finetune import MAX_LENGTH, toy_data

from coldstart_lab import benchmark
from coldstart_lab.models.content import ContentKNN
from coldstart_lab.models.dropoutnet import DropoutNet
from coldstart_lab.models.finetune import FineTunedTwoTower
from coldstart_lab.text import features as text_features

USERS = ["u0", "u9", "new"]


@pytest.fixture
def fresh_process(monkeypatch, tmp_path):
    """No shared encoder and no memoised text vectors yet (the first fit builds the encoder),
    and a private cache."""
    monkeypatch.setenv("COLDSTART_LAB_CACHE", str(tmp_path))
    monkeypatch.setattr(text_features, "_SHARED_BERT", None)
    monkeypatch.setattr(text_features, "_MEMO", type(text_features._MEMO)())  # no text vectors


def other_work(data):
    """What may run first: the shared encoder used (like ``llm_knn``), global draws taken."""
    ContentKNN(encoder="lm").fit(data)
    keras.utils.set_random_seed(123)
    np.random.rand(5)  # noqa: NPY002 (the global state, on purpose)
    random.random()
    keras.random.normal((3,))


def fit_two_tower(data):
    model = FineTunedTwoTower(
        trainable_layers=1, max_length=MAX_LENGTH, epochs=1, batch_size=16, max_examples=32,
        learning_rate=1e-2, seed=0,
    ).fit(data)  # fmt: skip
    return model.history_["loss"], model.score(USERS)


def test_fine_tuned_model_alone_or_after_other_work(fresh_process):
    data = toy_data(with_ratings=False)
    loss, scores = fit_two_tower(data)  # builds the shared encoder inside fit()
    other_work(data)
    loss_after, scores_after = fit_two_tower(data)
    assert loss_after == loss
    np.testing.assert_array_equal(scores_after, scores)


def test_dropoutnet_alone_or_after_other_work(fresh_process):
    data = toy_data(with_ratings=False)

    def fit():
        settings = dict(hidden_units=16, out_dim=8, epochs=2, mf={"epochs": 2}, seed=0)
        model = DropoutNet(encoder="lm", **settings).fit(data)
        return model.loss_history_, model.score(USERS)

    loss, scores = fit()
    other_work(data)
    text_features._MEMO.clear()  # the text vectors are computed again too
    loss_after, scores_after = fit()
    assert loss_after == loss
    np.testing.assert_array_equal(scores_after, scores)


def test_benchmark_figures_do_not_depend_on_the_methods_run_before(fresh_process, monkeypatch):
    monkeypatch.setattr(benchmark, "TWO_TOWER_EXAMPLES", 64)
    data = topical_dataset(n_items=60, n_users=30)

    def figures(methods):
        report = benchmark.run_benchmark(
            data, methods=methods, views=["cold_items"], k=5, progress=False
        )
        return [r for r in report["results"] if r["method"] == "finetuned_two_tower"]

    alone = figures(["finetuned_two_tower"])
    after = figures(["llm_knn", "finetuned_two_tower"])
    assert alone and after == alone
