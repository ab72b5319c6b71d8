"""Remedies and losses of the fine-tuned models: word-dropout augmentation, adversarial training
(FGM) and the pointwise cross-entropy loss of FineTunedRegressor.

Same toy data as tests/test_finetune.py (40 short texts, 16 tokens, tiny epochs).
"""

import numpy as np
import pytest
from test_finetune import MAX_LENGTH, TEXTS, small, toy_data

from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.finetune import (
    FineTunedRegressor,
    FineTunedTwoTower,
    encode_texts,
    word_dropout,
)
from coldstart_lab.models.finetune.augment import concatenate_features
from coldstart_lab.models.finetune.examples import ExampleBatches, history_lists
from coldstart_lab.models.finetune.features import TextFeatures

# ---- word dropout ----------------------------------------------------------------------------


def test_word_dropout_drops_words_in_order_seeded_and_never_empties_a_text():
    numbers = "one two three four five six seven eight nine ten".split()
    texts = [" ".join(numbers)] * 200 + ["single", ""]
    out = word_dropout(texts, 0.3, seed=7)
    assert out == word_dropout(texts, 0.3, seed=7)  # seeded
    assert out != word_dropout(texts, 0.3, seed=8)
    kept = np.array([len(t.split()) for t in out[:200]])
    assert 0.25 < 1 - kept.mean() / 10 < 0.35  # about 30% of the words dropped
    for text in out[:200]:  # what is left is a subsequence, in order
        words = text.split()
        positions = [numbers.index(w) for w in words]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)
    assert out[200] == "single" and out[201] == ""
    assert all(word_dropout(["a b c"] * 50, 0.99, seed=0))  # one word always survives


def test_word_dropout_rate_zero_is_the_identity_and_bad_rates_are_rejected():
    assert word_dropout(TEXTS, 0.0) == TEXTS
    for rate in (-0.1, 1.0, 1.5):
        with pytest.raises(ValueError, match="rate"):
            word_dropout(TEXTS, rate)


def test_concatenated_features_keep_both_parts_rows():
    a = TextFeatures("hidden", np.ones((5, 3), np.float16), [2, 3])
    b = TextFeatures("hidden", np.zeros((4, 3), np.float16), [4])
    joined = concatenate_features(a, b)
    assert len(joined) == 3 and joined.values.shape == (9, 3)
    np.testing.assert_array_equal(joined.batch([2])["hidden"], np.zeros((1, 4, 3)))
    np.testing.assert_array_equal(joined.batch([1])["padding_mask"], [[1, 1, 1]])
    with pytest.raises(ValueError, match="join"):
        concatenate_features(a, TextFeatures("pooled", np.ones((1, 3), np.float32), [2]))


# ---- augmentation inside fit ------------------------------------------------------------------


@pytest.fixture(scope="module")
def augmented(bert_encoder):
    data = toy_data()
    model = FineTunedRegressor(
        bert_encoder, trainable_layers=1, augment_word_dropout=0.5, **small(epochs=2)
    )
    return model.fit(data), data


def test_augmentation_changes_the_training_texts_not_the_scoring_texts(augmented, bert_encoder):
    model, data = augmented
    item_text = data.item_text.tolist()
    n_items, n_texts = len(item_text), len(item_text) + 1  # one user ("new") has text
    rows = model.augmented_rows_
    assert rows.shape == (2, n_items)  # one version per epoch
    trained = np.flatnonzero(rows[0] != np.arange(n_items))
    assert 20 <= len(trained) <= 36  # the warm items seen in training (minus validation)
    assert len(model.augmented_texts_) == 2 * len(trained)
    assert len(model.features_) == n_texts + len(model.augmented_texts_)
    # Each version's row holds that item's text with words dropped, and versions differ.
    for version in range(2):
        for item in trained:
            text = model.augmented_texts_[rows[version, item] - n_texts]
            assert set(text.split()) <= set(item_text[item].split()), (text, item_text[item])
    changed = [t for t in model.augmented_texts_ if t not in item_text]
    assert len(changed) > len(model.augmented_texts_) // 2  # half the words dropped
    assert (rows[0, trained] != rows[1, trained]).all()
    # The batches the model trained on read the augmented rows...
    x, _ = model_batch(model, data, augment=True)
    assert (x["text"] >= n_texts).all() and (x["item"] < n_items).all()
    # ...while scoring uses the original texts: the fitted item vectors are the tower's
    # vectors of the original texts' features, not of the augmented ones.
    again = encode_texts(model.tower_, model.features_, np.arange(n_items))
    np.testing.assert_allclose(model.item_vectors_, again, atol=1e-5)
    augmented_rows = encode_texts(model.tower_, model.features_, x["text"])
    assert np.abs(augmented_rows - model.item_vectors_[x["item"]]).max() > 1e-2


def model_batch(model, data, augment):
    """A first-epoch training batch built as fit builds them, from the fitted state."""
    train = model.train_[model.train_["item_id"].isin(model.item_index_)]
    items = model.item_index_.get_indexer(train["item_id"])
    users = model.user_index_.get_indexer(train["user_id"])
    if augment:  # the examples whose item has augmented versions
        keep = model.augmented_rows_[0][items] != items
        items, users = items[keep], users[keep]
    histories = history_lists(model.train_, model.user_ids_, model.item_index_, 51)
    batches = ExampleBatches(
        users, items, np.zeros(len(items)), histories, model.user_text_rows_,
        model.features_.lengths, batch_size=16, width=50, shuffle=True, seed=0,
        item_rows=model.augmented_rows_ if augment else None,
    )  # fmt: skip
    return batches[0]


def test_augmentation_off_by_default_reads_the_items_own_rows(bert_encoder):
    data = toy_data()
    model = FineTunedRegressor(bert_encoder, trainable_layers=0, **small(epochs=1))
    model.fit(data)
    assert model.augmented_texts_ == [] and model.augmented_rows_ is None
    assert len(model.features_) == len(data.item_text) + 1
    x, _ = model_batch(model, data, augment=False)
    np.testing.assert_array_equal(x["text"], x["item"])


# ---- adversarial training -------------------------------------------------------------------


@pytest.fixture(scope="module")
def adversarial(bert_encoder):
    data = toy_data()
    model = FineTunedRegressor(
        bert_encoder, trainable_layers=1, adversarial_epsilon=1.0, **small(epochs=2)
    )
    return model.fit(data), data


def test_adversarial_loss_is_at_least_the_clean_loss_and_grows_with_epsilon(adversarial):
    model, data = adversarial
    x, y = model_batch(model, data, augment=False)
    y = model.train_.set_index(["user_id", "item_id"])["rating"]
    users = model.user_index_[x["user"]]
    items = model.item_index_[x["item"]]
    targets = np.array([y.loc[(u, i)] for u, i in zip(users, items, strict=True)]).ravel()
    targets = targets.astype(np.float32)
    keras_model = model.model_
    losses = {}
    for epsilon in (0.0, 0.5, 2.0, 8.0):
        keras_model.adversarial_epsilon = epsilon
        clean, perturbed, _, _ = keras_model.adversarial_losses(x, targets, training=False)
        losses[epsilon] = (float(clean), float(perturbed))
    keras_model.adversarial_epsilon = 1.0
    clean = losses[0.0][0]
    assert abs(losses[0.0][1] - clean) < 1e-5  # epsilon 0: no perturbation
    assert all(abs(c - clean) < 1e-5 for c, _ in losses.values())  # clean loss is clean
    perturbed = [losses[e][1] for e in (0.5, 2.0, 8.0)]
    assert perturbed[0] > clean and perturbed == sorted(perturbed), losses
    assert perturbed[-1] > clean * 1.01, losses


def test_adversarial_training_records_both_losses(adversarial):
    model, _ = adversarial
    history = model.history_
    assert {"loss", "adv_loss", "rmse", "val_loss"} <= set(history)
    assert len(history["adv_loss"]) == len(history["loss"]) >= 1
    assert all(np.isfinite(history["adv_loss"]))
    assert np.isfinite(model.predict(["u0"], ["c00"])).all()


def test_adversarial_two_tower_trains_head_only(bert_encoder):
    # trainable_layers=0: the perturbed input is the pooled vector.
    model = FineTunedTwoTower(
        bert_encoder, trainable_layers=0, adversarial_epsilon=0.1, **small(epochs=1)
    )
    model.fit(toy_data(with_ratings=False))
    assert "adv_loss" in model.history_
    assert np.isfinite(model.score(["u0"], ["c00", "h00"])).all()


def test_defaults_leave_the_history_keys_as_they_were(bert_encoder):
    model = FineTunedRegressor(bert_encoder, trainable_layers=0, **small(epochs=1))
    model.fit(toy_data())
    assert set(model.history_) == {
        "loss", "rmse", "mae", "val_loss", "val_rmse", "val_mae", "seconds",
    }  # fmt: skip


# ---- the cross-entropy loss ------------------------------------------------------------------


def test_bce_regressor_learns_the_probability_of_a_high_rating(bert_encoder):
    data = toy_data()  # coffee items rate ~4.5, hiking items ~1.5
    model = FineTunedRegressor(
        bert_encoder, trainable_layers=0, loss="bce", positive_threshold=3.0,
        **small(epochs=8, validation_fraction=0.0),
    )  # fmt: skip
    model.fit(data)
    assert {"loss", "accuracy"} <= set(model.history_) and "rmse" not in model.history_
    assert model.history_["loss"][-1] < model.history_["loss"][0]
    coffee = model.predict(["u0"] * 2, ["c18", "c19"])  # cold items: text only
    hiking = model.predict(["u0"] * 2, ["h18", "h19"])
    assert ((coffee >= 0) & (coffee <= 1)).all() and ((hiking >= 0) & (hiking <= 1)).all()
    assert coffee.min() > 0.5 > hiking.max(), (coffee, hiking)
    scores = model.score(["u0", "u9"], ["c18", "h18"])
    assert (scores[:, 0] > scores[:, 1]).all()


@pytest.mark.parametrize(
    "name, value",
    [
        ("augment_word_dropout", 1.0),
        ("augment_word_dropout", -0.2),
        ("adversarial_epsilon", -1.0),
        ("adversarial_epsilon", float("nan")),
        ("loss", "hinge"),
        ("loss", None),
        ("positive_threshold", float("inf")),
        ("positive_threshold", "four"),
    ],
)
def test_bad_parameter_values_are_rejected_with_one_line(name, value):
    model = FineTunedRegressor(**{name: value})
    assert model.get_params()[name] is value  # stored unchanged, checked in fit
    with pytest.raises(ValueError, match=name) as error:
        model.fit(toy_data())
    assert "\n" not in str(error.value)


def test_adversarial_training_needs_cached_inputs():
    with pytest.raises(ValueError, match="adversarial_epsilon"):
        FineTunedTwoTower(trainable_layers="all", adversarial_epsilon=0.5).fit(toy_data())


def test_new_parameters_are_listed_by_get_params():
    params = FineTunedRegressor().get_params()
    assert params["augment_word_dropout"] == 0.0 and params["adversarial_epsilon"] == 0.0
    assert params["loss"] == "mse" and params["positive_threshold"] == 4.0
    assert "augment_word_dropout" in FineTunedTwoTower().get_params()
    assert MAX_LENGTH == 16


# ---- hard negatives: batches from one category -----------------------------------------------


def grouped_batches(groups, batch_size=16, seed=0, n=400):
    rng = np.random.default_rng(1)
    lengths = rng.integers(3, 30, n)
    return ExampleBatches(
        np.arange(n) % 7, np.arange(n), np.zeros(n), [np.array([], np.int32)] * 7,
        np.full(7, -1), lengths, batch_size=batch_size, width=4, shuffle=True, seed=seed,
        groups=groups,
    )  # fmt: skip


def test_grouped_batches_hold_one_group_each_and_every_example_once_per_epoch():
    groups = np.random.default_rng(0).integers(0, 4, 400)  # 4 categories, ~100 examples each
    batches = grouped_batches(groups)
    for _ in range(2):
        rows = np.concatenate(batches.batches)
        np.testing.assert_array_equal(np.sort(rows), np.arange(400))
        mixed = [b for b in batches.batches if len(np.unique(groups[b])) > 1]
        assert len(mixed) <= 3 + 400 // (16 * ExampleBatches.POOL), len(mixed)  # boundaries
        batches.on_epoch_end()
    random = grouped_batches(None)  # the default: random batches mix the groups
    assert all(len(np.unique(groups[b])) > 1 for b in random.batches[:5])


def test_grouped_batches_differ_between_epochs_and_follow_the_seed():
    groups = np.random.default_rng(0).integers(0, 4, 400)
    first, again = grouped_batches(groups), grouped_batches(groups)
    assert all(np.array_equal(a, b) for a, b in zip(first.batches, again.batches, strict=True))
    epoch_0 = [b.copy() for b in first.batches]
    first.on_epoch_end()
    assert not all(np.array_equal(a, b) for a, b in zip(epoch_0, first.batches, strict=True))


def test_two_tower_batches_by_an_item_column(bert_encoder):
    data = toy_data(with_ratings=False)
    data.items["topic"] = [i[0] for i in data.items["item_id"]]
    model = FineTunedTwoTower(
        bert_encoder, trainable_layers=0, negatives_from="topic", **small(epochs=1)
    )
    groups = model._example_groups(data, np.arange(len(data.items)))
    np.testing.assert_array_equal(groups, (data.items["topic"] == "h").to_numpy())
    model.fit(data)
    assert model.get_params()["negatives_from"] == "topic"
    assert np.isfinite(model.score(["u0"], ["c00", "h18"])).all()


@pytest.mark.parametrize("column", ["colour", "item_id"])
def test_negatives_from_an_unknown_column_is_refused_in_one_line(column):
    model = FineTunedTwoTower(negatives_from=column)
    with pytest.raises(ColdstartError, match=f"negatives_from='{column}'.*title") as error:
        model.fit(toy_data(with_ratings=False))
    assert "\n" not in str(error.value)


def test_mixed_batches_take_a_share_from_one_group_and_the_rest_at_random():
    groups = np.random.default_rng(0).integers(0, 4, 400)
    batches = ExampleBatches(
        np.arange(400) % 7, np.arange(400), np.zeros(400), [np.array([], np.int32)] * 7,
        np.full(7, -1), np.full(400, 10), batch_size=16, width=4, shuffle=True, seed=0,
        groups=groups, group_share=0.5,
    )  # fmt: skip
    np.testing.assert_array_equal(np.sort(np.concatenate(batches.batches)), np.arange(400))
    assert len(batches) == 25
    majority = [np.bincount(groups[b], minlength=4).max() for b in batches.batches]
    # 8 same-group rows (a few batches straddle two groups), plus ~2 of the 8 random ones.
    assert np.median(majority) >= 9 and max(majority) < 16, majority
    whole = grouped_batches(groups)
    assert np.median([np.bincount(groups[b]).max() for b in whole.batches]) == 16


@pytest.mark.parametrize(
    "name, value",
    [
        ("hard_negative_share", 0.0),
        ("hard_negative_share", 1.5),
        ("hard_negative_share", float("nan")),
        ("negatives_from", ["category"]),
        ("negatives_from", 3),
    ],
)
def test_bad_hard_negative_settings_are_refused_in_one_line(name, value):
    settings = {"negatives_from": "title", name: value}
    with pytest.raises(ValueError, match=name) as error:
        FineTunedTwoTower(**settings).fit(toy_data(with_ratings=False))
    assert "\n" not in str(error.value)
