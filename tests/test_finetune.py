"""Fine-tuning: the split backbone, the frozen-layer cache, and the two fine-tuned models.

Small on purpose (40 short texts, 16 tokens, a few tiny epochs): the whole file runs in about
a minute on 2 CPU cores, most of it tracing TensorFlow graphs.
"""

import os

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models import CannotServe, NeedsRatings
from coldstart_lab.models.finetune import (
    BackboneSplit,
    FineTunedRegressor,
    FineTunedTwoTower,
    TextFeatures,
    TextTower,
    compute_text_features,
    encode_texts,
)
from coldstart_lab.models.finetune.examples import ExampleBatches

MAX_LENGTH = 16
COFFEE = [
    "dark roast espresso beans", "smooth latte coffee blend", "fresh arabica coffee",
    "creamy cappuccino powder", "cold brew coffee kit", "french press coffee maker",
    "espresso machine with milk frother", "decaf coffee pods", "coffee grinder with burrs",
    "hazelnut flavoured coffee", "organic coffee from colombia", "instant coffee granules",
    "coffee filter papers", "mocha coffee syrup", "barista coffee tamper",
    "single origin coffee beans", "coffee travel mug", "pour over coffee dripper",
    "iced coffee concentrate", "coffee bean storage tin",
]  # fmt: skip
HIKING = [
    "waterproof hiking boots", "trekking poles for mountains", "hiking backpack 40 litres",
    "trail running shoes", "camping tent for two", "merino hiking socks",
    "rain jacket for hiking", "headlamp for night hikes", "topographic trail map",
    "sleeping bag for camping", "water filter for hiking", "hiking compass",
    "insulated hiking jacket", "blister kit for hikers", "camping stove and pot",
    "hiking gaiters", "trail mix snack pack", "hiking hat with brim",
    "collapsible water bottle for trails", "first aid kit for hiking",
]  # fmt: skip
TEXTS = COFFEE + HIKING  # 40 short texts


def toy_data(with_ratings=True, seed=0):
    """40 items (20 coffee, 20 hiking); 16 users who each like one topic.

    Coffee items rate ~4.5, hiking items ~1.5 (the text determines the rating). Users 0-7
    interact mostly with coffee, users 8-15 with hiking. Items c18, c19, h18, h19 are cold
    (no interactions); user "new" has onboarding text and no history.
    """
    rng = np.random.default_rng(seed)
    ids = [f"c{k:02d}" for k in range(20)] + [f"h{k:02d}" for k in range(20)]
    items = pd.DataFrame({"item_id": ids, "title": TEXTS})
    warm = [i for i in ids if i not in ("c18", "c19", "h18", "h19")]
    rows = []
    for u in range(16):
        topic = "c" if u < 8 else "h"
        liked = [i for i in warm if i.startswith(topic)]
        other = [i for i in warm if not i.startswith(topic)]
        picks = list(rng.choice(liked, 7, replace=False)) + list(
            rng.choice(other, 2, replace=False)
        )
        for item in picks:
            base = 4.5 if item.startswith("c") else 1.5
            rows.append((f"u{u}", item, float(np.clip(base + rng.normal(0, 0.3), 1, 5))))
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "rating"])
    if not with_ratings:
        events = events.drop(columns="rating")
    users = pd.DataFrame(
        {
            "user_id": [f"u{u}" for u in range(16)] + ["new"],
            "text": [""] * 16 + ["I drink a lot of espresso and latte"],
        }
    )
    return Dataset(
        "toy-finetune", items, events, users, item_text_columns=("title",),
        user_text_column="text", rating_range=(1, 5) if with_ratings else None,
    )  # fmt: skip


def small(**kwargs):
    settings = dict(max_length=MAX_LENGTH, epochs=2, batch_size=16, learning_rate=1e-2, seed=0)
    return {**settings, **kwargs}


@pytest.fixture(scope="module")
def data():
    return toy_data()


@pytest.fixture(scope="module")
def backbone_weights(bert_encoder):
    """The shared backbone's weights before any fine-tuning in this module."""
    return [np.array(w) for w in bert_encoder.backbone.weights]


@pytest.fixture(scope="module")
def frozen_cache(tmp_path_factory):
    """A disk cache of frozen-layer outputs, shared by the fits below (same texts)."""
    return tmp_path_factory.mktemp("frozen")


@pytest.fixture(scope="module")
def regressor(bert_encoder, data, backbone_weights, frozen_cache):
    """One partially fine-tuned regressor (top layer trainable), shared by several tests."""
    model = FineTunedRegressor(bert_encoder, trainable_layers=1, cache_dir=frozen_cache, **small())
    return model.fit(data)


def unchanged(backbone, weights):
    return all(
        np.array_equal(np.array(a), b) for a, b in zip(backbone.weights, weights, strict=True)
    )


def tokens(encoder, texts):
    ids = encoder.tokenizer(texts, truncation=True, max_length=MAX_LENGTH)["input_ids"]
    width = max(len(x) for x in ids)
    token_ids = np.zeros((len(ids), width), np.int32)
    mask = np.zeros((len(ids), width), np.int32)
    for r, x in enumerate(ids):
        token_ids[r, : len(x)], mask[r, : len(x)] = x, 1
    return token_ids, mask


def frozen_vectors(encoder, texts):
    """The pretrained sentence vectors, computed plainly: backbone, masked mean, unit length."""
    token_ids, mask = tokens(encoder, texts)
    inputs = {"token_ids": token_ids, "segment_ids": np.zeros_like(token_ids), "padding_mask": mask}
    sequence = encoder.backbone(inputs, training=False)["sequence_output"].numpy()
    pooled = (sequence * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


# ---- the split backbone and the cache ---------------------------------------------------------


@pytest.mark.parametrize("trainable", [0, 2, "all"])
def test_split_backbone_reproduces_the_full_backbone(bert_encoder, trainable):
    backbone = bert_encoder.backbone
    token_ids, mask = tokens(bert_encoder, TEXTS[:8] + ["a", "hiking " * 20])
    inputs = {"token_ids": token_ids, "segment_ids": np.zeros_like(token_ids), "padding_mask": mask}
    full = backbone(inputs, training=False)["sequence_output"].numpy()
    split = BackboneSplit(backbone, trainable)
    lower, upper = split.lower(), split.upper()
    x = {"token_ids": token_ids, "padding_mask": mask}
    if lower is not None:
        hidden = np.asarray(lower(x, training=False))
        x = {"hidden": hidden, "padding_mask": mask}
    out = x["hidden"] if upper is None else upper(x, training=False)
    real = mask.astype(bool)  # padded positions are never read
    np.testing.assert_allclose(np.asarray(out)[real], full[real], atol=1e-4)
    assert split.n_frozen + split.trainable_layers == backbone.num_layers == 6


def test_upper_layers_are_copies_not_shared(bert_encoder):
    split = BackboneSplit(bert_encoder.backbone, 1)
    upper = split.upper()
    original = bert_encoder.backbone.get_layer("transformer_layer_5").weights[0]
    copied = [w for w in upper.weights if w.path.endswith(original.path.split("/", 1)[1])][0]
    np.testing.assert_array_equal(np.asarray(copied), np.asarray(original))
    assert copied is not original


def test_cached_features_give_the_same_vectors_as_no_caching(bert_encoder, tmp_path):
    texts = TEXTS[:12]
    expected = frozen_vectors(bert_encoder, texts)

    def tower_vectors(trainable, dtype="float32", cache_dir=None):
        split = BackboneSplit(bert_encoder.backbone, trainable)
        features = compute_text_features(
            split, bert_encoder.tokenizer, texts, max_length=MAX_LENGTH, dtype=dtype,
            cache_dir=cache_dir, fingerprint="test-model",
        )  # fmt: skip
        return encode_texts(TextTower(split.upper()), features, batch_size=5), features

    cached, features = tower_vectors(2)  # ("pooled", head-only: see test_head_only_...)
    assert features.kind == "hidden"
    np.testing.assert_allclose(cached, expected, atol=1e-4)
    half, features = tower_vectors(2, "float16", cache_dir=tmp_path)
    assert features.values.dtype == np.float16
    np.testing.assert_allclose(half, expected, atol=3e-3)

    # A full fine-tune has nothing to cache: its "features" are the token ids.
    full = BackboneSplit(bert_encoder.backbone, "all")
    token_features = compute_text_features(
        full, bert_encoder.tokenizer, texts, max_length=MAX_LENGTH, cache_dir=tmp_path
    )
    assert token_features.kind == "tokens"
    token_ids, _ = tokens(bert_encoder, texts)
    np.testing.assert_array_equal(token_features.batch(range(len(texts)))["token_ids"], token_ids)

    # The .npz cache is read back instead of running the frozen layers again.
    files = list(tmp_path.glob("frozen-*.npz"))
    assert len(files) == 1
    split = BackboneSplit(bert_encoder.backbone, 2)
    split.lower = None  # would fail if called
    again = compute_text_features(
        split, bert_encoder.tokenizer, texts, max_length=MAX_LENGTH, dtype="float16",
        cache_dir=tmp_path, fingerprint="test-model",
    )  # fmt: skip
    np.testing.assert_array_equal(again.values, features.values)
    assert TextFeatures.load(files[0], identity="another model") is None


def test_saved_features_round_trip_atomically_with_umask_permissions(tmp_path):
    features = TextFeatures("hidden", np.arange(12, dtype=np.float16).reshape(6, 2), [2, 4], "id")
    umask = os.umask(0o022)
    try:
        path = features.save(tmp_path / "sub" / "frozen-x.npz")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644  # 0666 minus umask, not mkstemp's 0600
    assert [p.name for p in path.parent.iterdir()] == ["frozen-x.npz"]  # no temporary left
    again = TextFeatures.load(path, identity="id")
    assert again.kind == "hidden" and again.identity == "id"
    np.testing.assert_array_equal(again.values, features.values)
    np.testing.assert_array_equal(again.lengths, [2, 4])


@pytest.mark.parametrize("trainable", [1, "all"])
def test_features_batch_and_gather_agree(bert_encoder, trainable):
    split = BackboneSplit(bert_encoder.backbone, trainable)
    features = compute_text_features(
        split, bert_encoder.tokenizer, TEXTS[:6], max_length=MAX_LENGTH, dtype="float32"
    )
    rows = [4, 0, 2]
    eager = features.batch(rows)
    graph = {k: v.numpy() for k, v in features.gather(np.array(rows)).items()}
    first = "hidden" if trainable == 1 else "token_ids"
    assert eager.keys() == graph.keys() == {first, "padding_mask"}
    for key in eager:
        np.testing.assert_array_equal(eager[key], graph[key])
    assert eager["padding_mask"].sum(axis=1).tolist() == features.lengths[rows].tolist()


# ---- the regressor ----------------------------------------------------------------------------


def test_regressor_learns_ratings_from_text(regressor, data):
    history = regressor.history_
    assert history["loss"][-1] < history["loss"][0]  # a short training lowers the loss
    assert {"val_loss", "rmse", "val_rmse", "mae", "seconds"} <= history.keys()
    assert len(history["seconds"]) == len(history["loss"])

    # Cold items (never rated): the rating must come from the text.
    cold = ["c18", "c19", "h18", "h19"]
    truth = np.array([4.5, 4.5, 1.5, 1.5])
    users = ["u0", "u9", "u3", "u12"]
    predicted = regressor.predict(users, cold)
    mean = data.interactions["rating"].mean()
    rmse = np.sqrt(np.mean((predicted - truth) ** 2))
    assert rmse < 0.6 * np.sqrt(np.mean((mean - truth) ** 2)), (predicted, mean)
    assert predicted.max() > 3.5 and predicted.min() < 2.5  # not squashed into (0, 1)

    scores = regressor.score(["u0", "new"], ["c18", "h18"])
    assert scores.shape == (2, 2) and (scores[:, 0] > scores[:, 1]).all()
    np.testing.assert_allclose(
        scores[0], regressor.predict(["u0", "u0"], ["c18", "h18"]), rtol=1e-5
    )


def test_a_batch_runs_each_distinct_text_through_the_tower_once(regressor):
    model = regressor.model_
    x = {"text": np.array([3, 3, 5, 3], np.int32)}
    assert model.item_inputs(x)["padding_mask"].shape[0] == 2  # texts 3 and 5, once each
    vectors = model.item_vectors(x, training=False).numpy()
    alone = encode_texts(regressor.tower_, regressor.features_, rows=[3, 3, 5, 3])
    np.testing.assert_allclose(vectors, alone, atol=1e-5)  # each row its own text's vector


def test_partial_finetune_trains_a_copy_and_leaves_the_backbone_alone(
    regressor, bert_encoder, backbone_weights
):
    layer = bert_encoder.backbone.get_layer("transformer_layer_5")
    tuned = regressor.tower_.upper.get_layer("transformer_layer_5")
    changed = [
        not np.allclose(np.asarray(a), np.asarray(b))
        for a, b in zip(tuned.weights, layer.weights, strict=True)
    ]
    assert any(changed)
    assert unchanged(bert_encoder.backbone, backbone_weights)


def test_head_only_training_leaves_the_backbone_unchanged(bert_encoder, data):
    before = [np.array(w) for w in bert_encoder.backbone.weights]
    model = FineTunedRegressor(bert_encoder, trainable_layers=0, **small()).fit(data)
    assert unchanged(bert_encoder.backbone, before)
    # nothing in the tower can train, so the lower loss is the head's doing
    assert not model.tower_.trainable_weights and model.model_.head.trainable_weights
    assert model.history_["loss"][-1] < model.history_["loss"][0]
    # the item vectors are the frozen encoder's
    np.testing.assert_allclose(
        model.item_vectors_[:3], frozen_vectors(bert_encoder, TEXTS[:3]), atol=1e-4
    )


def test_example_budget_stops_training_at_the_same_point_every_time(bert_encoder, data):
    def fit():
        settings = small(epochs=5, batch_size=16, max_examples=20)
        return FineTunedRegressor(bert_encoder, trainable_layers=0, **settings).fit(data)

    model = fit()
    # checked after each batch: training stops at the first batch that reaches 20 examples
    examples = model.timings_["examples"]
    assert 20 <= examples < 20 + 16 and model.timings_["stopped_by_budget"]
    assert model.timings_["epochs"] == 1 and len(model.history_["loss"]) == 1
    assert fit().history_["loss"] == pytest.approx(model.history_["loss"], rel=1e-6)


def test_example_budget_counts_the_batches_actually_trained(bert_encoder, data, monkeypatch):
    # the batch sizes differ (the last of a plan is short) and the order is shuffled: the
    # budget must count the examples of the batches that went through a training step
    trained, started = [], []
    getitem, epoch_end = ExampleBatches.__getitem__, ExampleBatches.on_epoch_end

    def recording(self, index):
        if self.shuffle and started:  # training batches once training has started
            trained.append(len(self.batches[index]))
        return getitem(self, index)

    def starting(self):  # the loop moves the plan on before the first epoch
        started.append(True)
        return epoch_end(self)

    monkeypatch.setattr(ExampleBatches, "__getitem__", recording)
    monkeypatch.setattr(ExampleBatches, "on_epoch_end", starting)
    # 130 training examples: batches of 16 and one of 2; a budget that ends in epoch 2
    settings = small(epochs=3, batch_size=16, max_examples=150)
    model = FineTunedRegressor(bert_encoder, trainable_layers=0, **settings).fit(data)
    assert sorted(set(trained)) == [2, 16] and model.timings_["epochs"] == 2
    assert model.timings_["examples"] == sum(trained)
    assert sum(trained) - trained[-1] < 150 <= sum(trained)


def test_same_seed_same_model(regressor, bert_encoder, data, frozen_cache):
    # also: frozen outputs read back from the disk cache train the same model
    assert len(list(frozen_cache.glob("frozen-*.npz"))) == 1
    again = FineTunedRegressor(bert_encoder, trainable_layers=1, cache_dir=frozen_cache, **small())
    again.fit(data)
    assert again.timings_["frozen_seconds"] < regressor.timings_["frozen_seconds"]
    assert again.history_["loss"] == pytest.approx(regressor.history_["loss"], rel=1e-5)
    np.testing.assert_allclose(
        again.score(["u1", "new"]), regressor.score(["u1", "new"]), atol=1e-5
    )


# ---- the two-tower ----------------------------------------------------------------------------


def test_two_tower_ranks_a_planted_item_above_random_ones(bert_encoder, frozen_cache):
    data = toy_data(with_ratings=False)
    model = FineTunedTwoTower(
        bert_encoder, trainable_layers=1, temperature=0.1, cache_dir=frozen_cache, **small()
    ).fit(data)
    assert model.history_["loss"] and len(model.history_["val_loss"]) == len(model.history_["loss"])
    # a new user with 3 shots (coffee): the cold coffee item beats the cold hiking items
    support = pd.DataFrame({"user_id": "new", "item_id": ["c01", "c05", "c09"]})
    candidates = ["c18", "h18", "h19", "h05", "h11"]
    scores = model.score(["new"], candidates, history=support)[0]
    assert scores[0] == scores.max(), dict(zip(candidates, scores, strict=True))
    # and a warm hiking fan ranks the cold hiking item above the cold coffee item
    fan = model.score(["u10"], ["h18", "c18"])[0]
    assert fan[0] > fan[1]
    assert model.item_bias_.shape == (40,) and np.isfinite(model.item_bias_).all()


# ---- errors -----------------------------------------------------------------------------------


def test_regressor_needs_ratings(bert_encoder):
    model = FineTunedRegressor(bert_encoder, **small())
    # NeedsRatings is a CannotServe: the benchmark reports "not applicable", by exception
    with pytest.raises(NeedsRatings, match="rating"):
        model.fit(toy_data(with_ratings=False))
    assert issubclass(NeedsRatings, CannotServe)


@pytest.mark.parametrize("value", [-1, "some", 1.5, True, None])
def test_bad_trainable_layers(value):
    model = FineTunedRegressor(trainable_layers=value)  # stored as given
    assert model.trainable_layers is value
    with pytest.raises(ValueError, match="trainable_layers"):
        model.fit(toy_data())


def test_too_many_trainable_layers(bert_encoder, data):
    with pytest.raises(ValueError, match="trainable_layers must be between 0 and 6"):
        FineTunedTwoTower(bert_encoder, trainable_layers=7, **small()).fit(data)


@pytest.mark.parametrize(
    "cls, name, value",
    [
        (FineTunedRegressor, "max_length", 1),
        (FineTunedRegressor, "epochs", 0),
        (FineTunedRegressor, "batch_size", 1),
        (FineTunedRegressor, "dropout", 1.0),
        (FineTunedRegressor, "learning_rate", 0),
        (FineTunedRegressor, "validation_fraction", 0.95),
        (FineTunedRegressor, "cache_dtype", "int8"),
        (FineTunedRegressor, "hidden_units", -1),
        (FineTunedRegressor, "max_seconds", -5),
        (FineTunedRegressor, "max_examples", 0),
        (FineTunedTwoTower, "temperature", 0),
        (FineTunedTwoTower, "weight_decay", -0.1),
    ],
)
def test_parameters_are_checked(cls, name, value):
    model = cls(**{name: value})
    assert model.get_params()[name] is value  # stored unchanged, checked in fit
    with pytest.raises(ValueError, match=name):
        model.fit(toy_data())


def test_two_tower_with_nothing_to_train():
    with pytest.raises(ValueError, match="nothing to train"):
        FineTunedTwoTower(trainable_layers=0, item_bias=False).fit(toy_data())


@pytest.mark.parametrize("encoder", ["tfidf", "/some/model/folder"])
def test_encoder_must_be_a_bert_encoder(encoder):
    with pytest.raises(ValueError, match="BertEncoder"):
        FineTunedTwoTower(encoder, **small()).fit(toy_data())


@pytest.mark.parametrize("cls", [FineTunedRegressor, FineTunedTwoTower])
def test_fine_tuned_models_follow_the_estimator_contract(cls):
    model = cls(trainable_layers=0, epochs=2, dropout=0.2)
    params = model.get_params()
    # the shared parameters (through **kwargs) and the class's own are all listed
    assert {"encoder", "trainable_layers", "epochs", "dropout", "seed", "max_history"} <= set(
        params
    )
    own = {"hidden_units", "clip_predictions"} if cls is FineTunedRegressor else {"temperature"}
    assert own <= set(params)
    assert params["encoder"] == "lm"
    copy = clone(model)
    assert copy is not model and copy.get_params() == params
    copy.set_params(epochs=5)
    assert copy.epochs == 5 and model.epochs == 2
    assert "epochs=2" in repr(model) and "dropout=0.2" in repr(model)


def test_predict_needs_pairs(regressor):
    with pytest.raises(ColdstartError, match="pairs"):
        regressor.predict(["u0", "u1"], ["c00"])
