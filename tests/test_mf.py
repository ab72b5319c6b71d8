"""Matrix factorisation, plus the planted-topics data the model tests share.

``planted_shop()`` builds a tiny catalogue with a structure the models must find: 3 hidden
topics (users like one, items belong to one) and a text feature that drives popularity
("bestseller"-type words make an item 6x more popular than "refurbished"-type words).
``WordVectors`` is a stand-in text encoder (a fixed random vector per word), so no test loads
BERT. ``cold_setting()`` is one split with cold items *and* cold users, fitted MF included,
cached for the whole test session (test_mapping and test_dropoutnet import it).
"""

import functools
import zlib

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.data.splits import item_cold_split, user_cold_split, warm_split
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation.metrics import rmse
from coldstart_lab.evaluation.ranking import evaluate_ranking
from coldstart_lab.models.base import CannotServe, NeedsRatings
from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.mf import MatrixFactorization

TOPIC_WORDS = {
    "coffee": ["espresso", "grinder", "beans", "kettle", "mug", "roast"],
    "hiking": ["boots", "backpack", "tent", "poles", "trail", "compass"],
    "audio": ["headphones", "speaker", "amplifier", "microphone", "turntable", "earbuds"],
}
GOOD = ["bestseller", "awarded", "acclaimed", "topseller"]
BAD = ["refurbished", "flimsy", "knockoff", "clearance"]
FILLER = ["new", "deal", "offer", "classic"]

# Small, fast settings for the tiny data (few large batches: most of the time is tracing).
FAST_MF = dict(factors=8, epochs=30, batch_size=2048, learning_rate=0.05, l2=1e-3)


class WordVectors:
    """A fake text encoder: the normalised sum of a fixed random vector per word."""

    def __init__(self, dim: int = 32):
        self.dim = dim

    def fit(self, texts):
        return self

    def encode(self, texts):
        out = np.zeros((len(texts), self.dim), np.float32)
        for row, text in enumerate(texts):
            words = text.lower().replace(".", " ").split()
            if words:
                vector = sum(
                    np.random.default_rng(zlib.crc32(w.encode())).normal(size=self.dim)
                    for w in words
                )
                out[row] = vector / np.linalg.norm(vector)
        return out


@functools.cache
def planted_shop(n_users: int = 200, items_per_topic: int = 60, seed: int = 0):
    """(Dataset, item topic ``(n_items,)``, item is good ``(n_items,)``).

    Users u000.. like topic ``u % 3``; two users in three describe it in their text. Each
    user has 10-19 interactions: 90% in their topic, chosen in proportion to popularity
    (6 for good items, 1 for the others). Ratings: 2.5 + 1.5 (topic match) + 1 (good) + noise.
    """
    rng = np.random.default_rng(seed)
    topics = list(TOPIC_WORDS)
    items, item_topic, good = [], [], []
    for t, topic in enumerate(topics):
        for _ in range(items_per_topic):
            is_good = rng.random() < 0.4
            words = list(rng.choice(TOPIC_WORDS[topic], 2, replace=False))
            words += [rng.choice(GOOD if is_good else BAD), rng.choice(FILLER)]
            items.append((f"i{len(items):03d}", " ".join(words)))
            item_topic.append(t)
            good.append(is_good)
    item_topic, good = np.array(item_topic), np.array(good)
    weight = np.where(good, 6.0, 1.0)
    users, rows = [], []
    for u in range(n_users):
        t = u % len(topics)
        liked = rng.choice(TOPIC_WORDS[topics[t]], 2, replace=False)
        users.append((f"u{u:03d}", "" if u % 3 == 0 else f"i like {liked[0]} and {liked[1]}"))
        share = np.where(item_topic == t, 0.9 / items_per_topic, 0.1 / items_per_topic)
        p = weight * share
        chosen = rng.choice(
            len(weight), size=int(rng.integers(10, 20)), replace=False, p=p / p.sum()
        )
        for i in chosen:
            rating = 2.5 + 1.5 * (item_topic[i] == t) + 1.0 * good[i] + rng.normal(0, 0.5)
            rows.append((f"u{u:03d}", items[i][0], float(np.clip(np.round(rating), 1, 5))))
    data = Dataset(
        "planted",
        pd.DataFrame(items, columns=["item_id", "title"]),
        pd.DataFrame(rows, columns=["user_id", "item_id", "rating"]),
        pd.DataFrame(users, columns=["user_id", "text"]),
        item_text_columns=("title",),
        user_text_column="text",
    )
    return data, item_topic, good


@functools.cache
def cold_setting():
    """Cold items (item_cold_split) and cold users (user_cold_split, shots 0 and 3) at once.

    ``train`` = the item split's training interactions minus every cold user's; returns a
    dict with the data, the two splits, ``train``, the cold test items/users and an MF
    fitted on ``train``.
    """
    data, _, _ = planted_shop()
    items = item_cold_split(data, cold_fraction=0.3, seed=0)
    users = user_cold_split(data, cold_fraction=0.3, shots=(0, 3), seed=0)
    cold_users = np.r_[users.cold_users["validation"], users.cold_users["test"]]
    train = items.train[~items.train["user_id"].isin(cold_users)].reset_index(drop=True)
    mf = MatrixFactorization(**FAST_MF).fit(data, train)
    return {
        "data": data,
        "items": items,
        "users": users,
        "train": train,
        "cold_items": items.cold_items["test"],
        "cold_users": users.cold_users["test"],
        "mf": mf,
    }


def cold_item_metrics(model, setting, k: int = 3) -> dict:
    """Rank only the cold test items, for the warm users who interacted with them."""
    test = setting["items"].test
    test = test[test["user_id"].isin(setting["train"]["user_id"])]
    users, candidates = np.unique(test["user_id"]), setting["cold_items"]
    relevant = positions_per_user(test, users, pd.Index(candidates))
    return evaluate_ranking(model.score(users, candidates), relevant, k=k).mean()


def cold_user_metrics(model, setting, shots: int, k: int = 10) -> dict:
    """Rank every item for the cold test users, given their first ``shots`` interactions."""
    split = setting["users"]
    support = split.support[shots]
    history = pd.concat([setting["train"], support])
    users = np.unique(split.test["user_id"])
    scores = model.score(users, history=history)
    index = pd.Index(setting["data"].items["item_id"])
    relevant = positions_per_user(split.test, users, index)
    seen = positions_per_user(support, users, index)
    return evaluate_ranking(scores, relevant, k=k, exclude=seen).mean()


@functools.cache
def warm_setting():
    data, _, _ = planted_shop()
    split = warm_split(data, seed=0)
    return data, split, MatrixFactorization(**FAST_MF).fit(data, split.train)


def warm_recall(model, split, k: int = 10) -> float:
    """recall@k of the held-out warm interactions, ranking the items seen in training."""
    users = np.unique(split.test["user_id"])
    candidates = pd.Index(np.unique(split.train["item_id"]))
    relevant = positions_per_user(split.test, users, candidates)
    seen = positions_per_user(split.train, users, candidates)
    scores = model.score(users, candidates)
    return evaluate_ranking(scores, relevant, k=k, exclude=seen).mean()[f"recall@{k}"]


def test_mf_recovers_the_planted_topics():
    data, split, mf = warm_setting()
    random = warm_recall(RandomRecommender().fit(data, split.train), split)
    popularity = warm_recall(PopularityRecommender().fit(data, split.train), split)
    recall = warm_recall(mf, split)
    assert recall > 3 * random and recall > popularity, (recall, random, popularity)
    # Items of one topic end up closer to each other than to items of other topics.
    _, topic, good = planted_shop()
    q = mf.item_factors_[mf.item_trained_]
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    same = topic[mf.item_trained_][:, None] == topic[mf.item_trained_][None, :]
    cosine = q @ q.T
    assert cosine[same].mean() > cosine[~same].mean() + 0.3
    # The item bias carries popularity: good items have the larger biases.
    bias = mf.item_bias_[mf.item_trained_]
    assert bias[good[mf.item_trained_]].mean() > bias[~good[mf.item_trained_]].mean()


def test_mf_factors_are_in_table_order_with_zero_rows_for_absent_ids():
    setting = cold_setting()
    mf, data = setting["mf"], setting["data"]
    n_users, n_items = len(data.users), len(data.items)
    assert mf.user_factors_.shape == (n_users, 8) and mf.item_factors_.shape == (n_items, 8)
    assert mf.item_bias_.shape == (n_items,) and mf.user_bias_.shape == (n_users,)
    cold = data.items["item_id"].isin(setting["items"].cold_items["test"]).to_numpy()
    assert not mf.item_trained_[cold].any() and mf.item_trained_[~cold].any()
    assert not mf.item_factors_[cold].any() and not mf.item_bias_[cold].any()
    assert mf.user_trained_.sum() == setting["train"]["user_id"].nunique()
    u = np.flatnonzero(mf.user_trained_)[:2]
    i = np.flatnonzero(mf.item_trained_)[:3]
    expected = mf.user_factors_[u] @ mf.item_factors_[i].T + mf.item_bias_[i]
    expected += mf.user_bias_[u, None] + mf.global_bias_
    u, i = data.users["user_id"][u], data.items["item_id"][i]
    np.testing.assert_allclose(mf.score(u, i), expected, rtol=1e-5, atol=1e-5)


def test_mf_is_deterministic_for_a_seed():
    data, split, first = warm_setting()
    again = MatrixFactorization(**FAST_MF).fit(data, split.train)
    np.testing.assert_array_equal(first.item_factors_, again.item_factors_)
    np.testing.assert_array_equal(first.user_factors_, again.user_factors_)
    assert first.loss_history_ == again.loss_history_
    assert first.loss_history_[-1] < first.loss_history_[0]


def test_mf_cannot_serve_cold_items_or_cold_users():
    setting = cold_setting()
    mf, warm_user = setting["mf"], setting["train"]["user_id"].iloc[0]
    with pytest.raises(CannotServe, match="1 item\\(s\\) unseen in training") as error:
        mf.score([warm_user], [setting["cold_items"][0]])
    assert "\n" not in str(error.value)
    with pytest.raises(CannotServe, match="unseen in training"):
        mf.recommend([warm_user], k=5)  # all items: cold ones included
    cold_user = setting["cold_users"][0]
    history = pd.concat([setting["train"], setting["users"].support[3]])
    assert (history["user_id"] == cold_user).sum() == 3
    with pytest.raises(CannotServe, match="user\\(s\\) unseen in training") as error:
        # support shots do not make a user warm
        mf.score([cold_user], setting["train"]["item_id"][:1], history=history)
    assert "\n" not in str(error.value)


def test_mf_on_ratings_beats_the_mean_rating():
    data, split, _ = warm_setting()
    mse = {**FAST_MF, "loss": "mse", "batch_size": 256, "l2": 0.1, "learning_rate": 0.01}
    mf = MatrixFactorization(**mse).fit(data, split.train)
    test = split.test
    users, items = np.unique(test["user_id"]), np.unique(test["item_id"])
    scores = mf.score(users, items)
    rows, cols = np.searchsorted(users, test["user_id"]), np.searchsorted(items, test["item_id"])
    predicted = scores[rows, cols]
    mean = np.full(len(test), split.train["rating"].mean())
    assert mf.global_bias_ == pytest.approx(split.train["rating"].mean())
    assert rmse(test["rating"], predicted) < 0.9 * rmse(test["rating"], mean)
    unrated = split.train.drop(columns="rating")
    with pytest.raises(NeedsRatings, match="rating column"):  # a CannotServe, a ColdstartError
        MatrixFactorization(loss="mse").fit(data, unrated)
    no_rating = split.train.assign(rating=np.nan)
    with pytest.raises(NeedsRatings, match="no rating is set"):
        MatrixFactorization(loss="mse").fit(data, no_rating)
    assert issubclass(NeedsRatings, CannotServe) and issubclass(NeedsRatings, ColdstartError)


@pytest.mark.parametrize(
    "param, value",
    [
        ("factors", 0),
        ("epochs", 0),
        ("l2", -1.0),
        ("learning_rate", 0.0),
        ("negatives", 0),
        ("loss", "hinge"),
        ("batch_size", 0),
    ],
)
def test_bad_parameters_name_the_parameter(param, value):
    model = MatrixFactorization(**{param: value})  # stored as given: fit checks them
    data, _, _ = planted_shop()
    with pytest.raises(ValueError, match=param):
        model.fit(data)
