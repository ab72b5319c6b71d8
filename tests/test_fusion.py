"""FieldFusionKNN: content k-NN on text vectors fused with the items' structured fields."""

import numpy as np
import pandas as pd
import pytest
from test_mf import planted_shop

from coldstart_lab.data import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models import ContentKNN, FieldFusionKNN
from coldstart_lab.models.fusion import field_vectors


def with_fields(data, item_topic, seed=0):
    """``data`` with a category (the item's topic), a subcategory (half a topic), a random
    brand and a random price."""
    rng = np.random.default_rng(seed)
    items = data.items.assign(
        category=[f"topic{t}" for t in item_topic],
        subcategory=[f"topic{t}{'ab'[i % 2]}" for i, t in enumerate(item_topic)],
        brand=rng.choice(["acme", "bolt", "crest"], len(item_topic)),
        price=np.round(rng.lognormal(3, 1, len(item_topic)), 2),
    )
    return Dataset(
        data.name, items, data.interactions, data.users, item_text_columns=("title",),
        user_text_column="text",
    )  # fmt: skip


def fit_fused(model):
    data, topic, _ = planted_shop()
    return model.fit(with_fields(data, topic))


def test_no_field_weight_gives_content_knn_scores():
    data, topic, _ = planted_shop()
    data = with_fields(data, topic)
    users, items = data.users.user_id[:20], data.items.item_id
    fused = FieldFusionKNN(encoder="tfidf", field_weight=0.0).fit(data)
    plain = ContentKNN(encoder="tfidf").fit(data)
    np.testing.assert_allclose(fused.score(users, items), plain.score(users, items), atol=1e-6)


def test_field_vectors_count_the_shared_fields():
    items = pd.DataFrame(
        {
            "category": ["a", "a", "b", None],
            "brand": ["x", "y", "y", "y"],
            "price": [1.0, 1.1, 100.0, 120.0],
        }
    )
    vectors = field_vectors(items, ["category", "brand", "price"], price_bins=2)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-6)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] == pytest.approx(2 / 3)  # category and price band
    assert similarity[1, 2] == pytest.approx(1 / 3)  # brand only
    assert similarity[2, 3] == pytest.approx(2 / 2**0.5 / 3**0.5)  # no category: 2 fields


def test_missing_field_is_refused_in_one_line():
    data, _, _ = planted_shop(n_users=30, items_per_topic=10)
    with pytest.raises(ColdstartError, match="no column") as caught:
        FieldFusionKNN(encoder="tfidf", fields=("brand",)).fit(data)
    assert "\n" not in str(caught.value)


def test_fields_rescue_uninformative_text():
    data, topic, _ = planted_shop()
    data = with_fields(data, topic)
    # every title unique and unrelated: text similarity tells nothing about the topic
    items = data.items.assign(title=[f"thing{i:03d}" for i in range(len(topic))])
    data = Dataset("noise", items, data.interactions, data.users, item_text_columns=("title",))
    users = data.users.user_id.to_numpy()
    user_topic = np.arange(len(users)) % 3

    def topic_share(model):  # share of top-10 items in the user's planted topic
        top = model.fit(data).recommend(users, k=10)
        item_topic = pd.Series(topic, index=data.items.item_id)
        wanted = pd.Series(user_topic, index=users)
        return (item_topic[top.item_id].to_numpy() == wanted[top.user_id].to_numpy()).mean()

    plain = topic_share(ContentKNN(encoder="tfidf"))
    fused = topic_share(FieldFusionKNN(encoder="tfidf", fields=("category",), field_weight=0.5))
    assert fused > 0.9 > 0.5 > plain
