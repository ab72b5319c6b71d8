import dataclasses

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.evaluation.views import build_views
from coldstart_lab.plots import plot_kshot_timeline

SHOT_VIEWS = [f"cold_users_k{k}" for k in (0, 1, 3, 5)]
# Every user's ten events, as indices into six distinct products a..f: event 6 repeats
# event 5 (revealed at k = 5 only), event 8 repeats event 7 (one product of the key, twice),
# event 9 repeats event 1 and event 10 repeats event 2.
PATTERN = [0, 1, 2, 3, 4, 4, 5, 5, 0, 1]
KEY_SIZES = {0: 4, 1: 3, 3: 2, 5: 1}  # distinct products left to find: {e, f, a, b} minus seen


def repeat_dataset(seed=0, n_items=40, n_users=40):
    """Users whose held-out events repeat products of their first five, in time order."""
    rng = np.random.default_rng(seed)
    items = pd.DataFrame({"item_id": [f"i{i:02d}" for i in range(n_items)]})
    items["title"] = [f"product {i}" for i in range(n_items)]
    users = pd.DataFrame({"user_id": [f"u{u:02d}" for u in range(n_users)]})
    users["text"] = [f"answer of user {u}" for u in range(n_users)]
    rows = []
    for u in range(n_users):
        products = rng.choice(n_items, 6, replace=False)
        start = int(rng.integers(0, 1000)) * 3600
        for step, j in enumerate(PATTERN):
            rows.append((f"u{u:02d}", f"i{products[j]:02d}", start + 60 * step))
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "seconds"])
    events["timestamp"] = pd.to_datetime(1767225600 + events.pop("seconds"), unit="s", utc=True)
    events = events.sort_values("timestamp", kind="stable").reset_index(drop=True)
    return Dataset(
        "repeats", items, events, users, item_text_columns=("title",), user_text_column="text"
    )


@pytest.fixture(scope="module")
def data_and_views():
    data = repeat_dataset()
    return data, build_views(data, seed=0, views=SHOT_VIEWS)


def markers(ax):
    """gid -> (x, y) arrays of the scatter collections that carry a gid."""
    found = {}
    for collection in ax.collections:
        if collection.get_gid():
            offsets = np.asarray(collection.get_offsets()).reshape(-1, 2)
            found[collection.get_gid()] = (offsets[:, 0], offsets[:, 1])
    return found


def test_rows_reveal_k_events_and_the_key_leaves_out_revealed_products(data_and_views):
    data, views = data_and_views
    user = views[0].users[0]
    events = data.interactions[data.interactions.user_id == user].item_id.to_numpy()
    ax = plot_kshot_timeline(views, user)
    drawn = markers(ax)
    for row, (view, k) in enumerate(zip(views, KEY_SIZES, strict=True)):
        x, y = drawn[f"k{k}:revealed"]
        np.testing.assert_array_equal(x, np.arange(1, k + 1))  # the first k events, no more
        assert (y == -row).all()
        hidden, _ = drawn[f"k{k}:hidden"]
        np.testing.assert_array_equal(hidden, np.arange(k + 1, 6))
        shown = set(events[:k])
        key, _ = drawn[f"k{k}:key"]
        removed, _ = drawn[f"k{k}:removed"]
        assert not shown & set(events[key.astype(int) - 1]), "a revealed product in the key"
        assert set(events[removed.astype(int) - 1]) <= shown
        np.testing.assert_array_equal(np.sort(np.r_[key, removed]), np.arange(6, 11))
        position = list(view.users).index(user)
        expected = np.setdiff1d(view.relevant[position], view.exclude[position])
        assert len(np.unique(events[key.astype(int) - 1])) == len(expected) == KEY_SIZES[k]
    notes = [t.get_text() for t in ax.texts]
    assert notes == [f"key: {n} products" for n in KEY_SIZES.values()]


def test_labels_answer_and_given_axes(data_and_views):
    import matplotlib.pyplot as plt

    data, views = data_and_views
    user = views[-1].users[1]
    titles = data.items.set_index("item_id").title
    events = data.interactions[data.interactions.user_id == user].item_id
    _, ax = plt.subplots()
    returned = plot_kshot_timeline(views[::-1], user, answer="Gifts, mostly.", item_labels=titles)
    assert returned is not ax  # no ax given: a new figure
    drawn = plot_kshot_timeline(views[:2], user, item_labels=titles, ax=ax)
    assert drawn is ax
    labels = [t.get_text() for t in returned.get_xticklabels()]
    assert labels == ["answer", *titles[events].tolist()]
    assert "Gifts, mostly." in returned.get_title() and user in returned.get_title()
    assert [t.get_text() for t in returned.get_yticklabels()] == [
        "k = 5",
        "k = 3",
        "k = 1",
        "k = 0",
    ]
    # with only k = 0 and 1 given, the first event is the only one before the key
    assert len(ax.get_xticklabels()) == 1 + 1 + 5
    plt.close("all")


def test_clear_errors(data_and_views):
    data, views = data_and_views
    known = views[0].train.user_id.iloc[0]
    with pytest.raises(ValueError, match=f"'{known}' is not a new user of view 'cold_users_k0'"):
        plot_kshot_timeline(views, known)
    (cold_items,) = build_views(data, seed=0, views=["cold_items"])
    with pytest.raises(ValueError, match="not a k-shot"):
        plot_kshot_timeline([cold_items], cold_items.users[0])
    user = views[0].users[0]
    other_key = [r[:1] for r in views[0].relevant]
    mixed = [dataclasses.replace(views[0], relevant=other_key), views[1]]
    with pytest.raises(ValueError, match="different answer keys"):
        plot_kshot_timeline(mixed, user)
    with pytest.raises(ValueError, match="views is empty"):
        plot_kshot_timeline([], user)
