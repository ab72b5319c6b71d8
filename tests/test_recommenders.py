import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import NotFittedError
from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.content import ContentKNN
from coldstart_lab.models.profiles import history_profiles

TOPICS = {
    "coffee": ["espresso machine", "coffee grinder", "espresso beans", "coffee filter papers"],
    "hiking": ["hiking boots", "hiking backpack", "trekking poles", "hiking socks"],
    "audio": ["wireless headphones", "bluetooth speaker", "headphones case", "audio cable"],
}


def tiny_shop():
    """12 items in 3 topics; u0-u2 like one topic each; u3 is new and only has text."""
    items, topic_of = [], {}
    for topic, titles in TOPICS.items():
        for title in titles:
            item = f"i{len(items):02d}"
            items.append((item, title))
            topic_of[item] = topic
    items = pd.DataFrame(items, columns=["item_id", "title"])
    users = pd.DataFrame(
        {
            "user_id": ["u0", "u1", "u2", "u3"],
            "text": ["", "", "", "I need new hiking boots and a backpack"],
        }
    )
    rows = [("u0", "i00"), ("u0", "i01"), ("u1", "i04"), ("u1", "i05"), ("u1", "i06")]
    rows += [("u2", "i08"), ("u2", "i09"), ("u0", "i04")]
    events = pd.DataFrame(rows, columns=["user_id", "item_id"])
    events["timestamp"] = pd.date_range("2026-01-01", periods=len(events), freq="D", tz="UTC")
    data = Dataset(
        "tiny", items, events, users, item_text_columns=("title",), user_text_column="text"
    )
    return data, topic_of


def test_popularity_counts_and_decay():
    data, _ = tiny_shop()
    plain = PopularityRecommender().fit(data)
    assert plain.score(["u0"], ["i04", "i00", "i11"]).tolist() == [[2.0, 1.0, 0.0]]
    decayed = PopularityRecommender(half_life_days=1).fit(data)
    # i04's interactions are on days 3 and 8 (the newest): 0.5**5 + 1
    assert decayed.score(["u1"], ["i04"])[0, 0] == pytest.approx(1 + 0.5**5)
    top = plain.recommend(["u3"], k=2)
    assert top["item_id"].tolist() == ["i04", "i00"] and top["rank"].tolist() == [1, 2]


def test_random_is_reproducible_and_independent_of_batching():
    data, _ = tiny_shop()
    model = RandomRecommender(seed=1).fit(data)
    both = model.score(["u0", "u1"])
    np.testing.assert_array_equal(both[1], model.score(["u1"])[0])
    assert not np.array_equal(both, RandomRecommender(seed=2).fit(data).score(["u0", "u1"]))


def test_recommend_excludes_seen_items():
    data, _ = tiny_shop()
    top = PopularityRecommender().fit(data).recommend(["u0"], k=3)
    assert not {"i00", "i01", "i04"} & set(top["item_id"])


@pytest.mark.parametrize("neighbours", [None, 1])
def test_content_knn_follows_history_and_text(neighbours):
    data, topic_of = tiny_shop()
    model = ContentKNN(encoder="tfidf", neighbours=neighbours).fit(data)
    top = model.recommend(["u1", "u2", "u3"], k=1)  # u1 has one unseen hiking item left
    for user, topic in (("u1", "hiking"), ("u2", "audio"), ("u3", "hiking")):
        picks = top[top.user_id == user]["item_id"]
        assert {topic_of[i] for i in picks} == {topic}, (user, picks.tolist())


def test_content_knn_uses_support_history_for_a_new_user():
    data, topic_of = tiny_shop()
    model = ContentKNN(encoder="tfidf", text_weight=0.0)
    train = data.interactions[data.interactions.user_id != "u2"]
    model.fit(data, train)
    support = pd.DataFrame({"user_id": ["u2"], "item_id": ["i08"]})
    history = pd.concat([train, support])
    top = model.recommend(["u2"], k=1, history=history)
    assert {topic_of[i] for i in top["item_id"]} == {"audio"}


def test_errors_are_clear():
    data, _ = tiny_shop()
    with pytest.raises(NotFittedError, match="call .fit"):
        PopularityRecommender().score(["u0"])
    unfitted = PopularityRecommender(half_life_days=0)  # parameters are checked by fit
    with pytest.raises(ValueError, match="half_life_days"):
        unfitted.fit(data)
    with pytest.raises(ValueError, match="encoder must be"):
        ContentKNN(encoder="word2vec").fit(data)
    model = PopularityRecommender().fit(data)
    with pytest.raises(ColdstartError, match="user 'nobody' is not in the dataset"):
        model.score(["nobody"])


def test_history_profiles_average_the_history_items():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [3.0, 3.0]], np.float32)
    histories = [np.array([0, 1, 1]), np.zeros(0, np.int64), np.array([2])]
    distinct = history_profiles(vectors, histories)
    assert distinct.dtype == np.float32 and distinct.shape == (3, 2)
    np.testing.assert_allclose(distinct, [[0.5, 0.5], [0.0, 0.0], [3.0, 3.0]])
    every_event = history_profiles(vectors.astype(np.float64), histories, distinct=False)
    assert every_event.dtype == np.float64
    np.testing.assert_allclose(every_event[0], [1 / 3, 2 / 3])  # item 1 counted twice
    own = np.array([[9.0, 9.0], [4.0, 2.0], [6.0, 0.0]], np.float32)
    mask = np.array([False, True, True])
    with_own = history_profiles(vectors, histories, extra_vectors=own, extra_mask=mask)
    np.testing.assert_allclose(with_own, [[0.5, 0.5], [4.0, 2.0], [4.5, 1.5]])


def test_content_knn_profile_scores_are_similarities_to_the_mean_history_vector():
    data, _ = tiny_shop()
    model = ContentKNN(encoder="tfidf", text_weight=0.0).fit(data)
    seen = [np.array([0, 1, 4])]  # u0's history: i00, i01, i04
    profile = history_profiles(model.item_vectors_, seen)[0]
    np.testing.assert_allclose(model.score(["u0"])[0], model.item_vectors_ @ profile, atol=1e-6)
