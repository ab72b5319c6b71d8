from collections import Counter

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates
import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.data.splits import item_cold_split, user_cold_split, warm_split
from coldstart_lab.evaluation import build_views
from coldstart_lab.plots import SPLIT_ROLES, plot_split_timeline, split_roles

TRAINING, SHOT, ANSWER, NOT_SCORED = SPLIT_ROLES
VIEWS = ["warm", "cold_items", "cold_users_k0", "cold_users_k3"]


def toy_dataset(seed=0, n_users=60, n_items=80, n_events=1500, timestamps=True):
    """Random events; (user, item) pairs repeat, as a view followed by a purchase would."""
    rng = np.random.default_rng(seed)
    items = pd.DataFrame({"item_id": [f"i{i:03d}" for i in range(n_items)], "title": "x"})
    users = pd.DataFrame({"user_id": [f"u{u:03d}" for u in range(n_users)], "text": ""})
    events = pd.DataFrame(
        {
            "user_id": rng.choice(users["user_id"], n_events),
            "item_id": rng.choice(items["item_id"], n_events),
            "event": rng.choice(["view", "purchase"], n_events),
        }
    )
    if timestamps:
        seconds = rng.choice(180 * 86400, n_events, replace=False)  # no ties in time
        events["timestamp"] = pd.to_datetime(1767225600 + seconds, unit="s", utc=True)
    return Dataset("toy", items, events, users, item_text_columns=("title",))


@pytest.fixture(scope="module")
def toy():
    data = toy_dataset()
    return data, {v.name: v for v in build_views(data, seed=1, views=VIEWS)}


def keys(table):
    """The rows of an interactions table as a sorted list of tuples (a multiset)."""
    columns = ["user_id", "item_id", "event", "timestamp"]
    return sorted(map(tuple, table[columns].astype(str).to_numpy()))


def not_seen_in(events, earlier):
    """The rows of ``events`` whose (user, item) pair is not in ``earlier``."""
    seen = set(earlier[["user_id", "item_id"]].itertuples(index=False, name=None))
    pairs = events[["user_id", "item_id"]].itertuples(index=False, name=None)
    return events[[pair not in seen for pair in pairs]]


def expected_roles(data, name, users):
    """Role -> rows of ``users``' events, straight from the split functions (not the views)."""
    if name == "warm":
        split = warm_split(data, seed=1)
        train = split.train[split.train.user_id.isin(users)]
        mine = {TRAINING: train, ANSWER: not_seen_in(split.test, train)}
    elif name == "cold_items":
        split = item_cold_split(data, seed=1)  # the rest: the validation half's new products
        mine = {TRAINING: split.train, ANSWER: split.test}
    else:
        k = int(name.removeprefix("cold_users_k"))
        split = user_cold_split(data, seed=1)
        shots = split.support[k]
        mine = {SHOT: shots, ANSWER: not_seen_in(split.test, shots)}
    mine = {role: keys(rows[rows.user_id.isin(users)]) for role, rows in mine.items()}
    rest = Counter(keys(data.interactions[data.interactions.user_id.isin(users)]))
    rest.subtract(Counter(key for rows in mine.values() for key in rows))
    assert min(rest.values(), default=0) >= 0  # the roles are disjoint parts of the events
    mine[NOT_SCORED] = sorted(rest.elements())
    return mine


@pytest.mark.parametrize("name", VIEWS)
def test_split_roles_agree_with_the_splits(toy, name):
    data, views = toy
    view = views[name]
    roles = split_roles(data, view, view.users)
    assert len(roles) == data.interactions.user_id.isin(view.users).sum()
    expected = expected_roles(data, name, view.users)
    for role in SPLIT_ROLES:
        assert keys(roles[roles.role == role]) == expected.get(role, []), role
    # every role this view can produce does occur in the toy data
    assert set(roles.role) == {role for role, rows in expected.items() if rows}


def test_split_roles_rejects_a_shopper_outside_the_view(toy):
    data, views = toy
    trained = views["warm"].train.user_id.iloc[0]
    with pytest.raises(ValueError, match="not shoppers of the 'cold_users_k0' view"):
        split_roles(data, views["cold_users_k0"], [trained])


def markers(ax):
    """Role -> (x, row) of the markers of the scatter labelled with it (a marker sits within
    a third of a row of its shopper's row, so that same-time events of two roles both show)."""
    drawn = {}
    for collection in ax.collections:
        x, y = np.asarray(collection.get_offsets()).T
        assert np.abs(y - np.rint(y)).max() < 1 / 3
        drawn[collection.get_label()] = np.column_stack([x, np.rint(y)])
    return drawn


def test_timeline_draws_every_event_of_the_chosen_shoppers_once(toy):
    data, views = toy
    figure = plot_split_timeline(data, views, users_per_view=4, seed=0)
    assert len(figure.axes) == len(VIEWS)
    for ax, name in zip(figure.axes, views, strict=True):
        assert ax.get_title(loc="left").startswith(f"{name}:")
        users = [t.get_text() for t in ax.get_yticklabels()]
        assert len(users) == 4 and set(users) <= set(views[name].users)
        expected = expected_roles(data, name, users)
        drawn = markers(ax)
        for role in SPLIT_ROLES:
            assert len(drawn.get(role, [])) == len(expected.get(role, [])), (name, role)
        # row r holds exactly the times of shopper r's events
        points = np.vstack(list(drawn.values()))
        for row, user in enumerate(users):
            times = data.interactions.timestamp[data.interactions.user_id == user]
            days = matplotlib.dates.date2num(times.dt.tz_localize(None).to_numpy())
            np.testing.assert_allclose(np.sort(points[points[:, 1] == row, 0]), np.sort(days))
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == list(SPLIT_ROLES)  # k3 gives shots, so all four roles occur


def test_timeline_new_shoppers_answer_key_comes_after_their_first_events(toy):
    data, views = toy
    figure = plot_split_timeline(data, [views["cold_users_k0"]], users_per_view=5, seed=2)
    drawn = markers(figure.axes[0])
    assert TRAINING not in drawn  # a new shopper has no event in training
    for row in range(5):
        early = drawn[NOT_SCORED][drawn[NOT_SCORED][:, 1] == row, 0]
        late = drawn[ANSWER][drawn[ANSWER][:, 1] == row, 0]
        assert len(early) == 5 and len(late) > 0  # the first max(SHOTS) = 5 events, then queries
        assert early.max() < late.min()


def test_timeline_choice_of_shoppers_is_seeded(toy):
    data, views = toy

    def shoppers(seed, n=3):
        figure = plot_split_timeline(data, [views["warm"]], users_per_view=n, seed=seed)
        return [t.get_text() for t in figure.axes[0].get_yticklabels()]

    assert shoppers(0) == shoppers(0)
    assert shoppers(0) != shoppers(1)
    assert shoppers(0, n=10_000) == list(views["warm"].users)  # all, when there are fewer
    with pytest.raises(ValueError, match="at least one view"):
        plot_split_timeline(data, {})


def test_timeline_without_timestamps_uses_the_row_order():
    data = toy_dataset(timestamps=False)
    view = build_views(data, seed=1, views=["cold_items"])[0]
    figure = plot_split_timeline(data, [view], users_per_view=2)
    ax = figure.axes[0]
    assert ax.get_xlabel() == "row in the interactions table"
    users = [t.get_text() for t in ax.get_yticklabels()]
    points = np.vstack(list(markers(ax).values()))
    rows = np.flatnonzero(data.interactions.user_id.isin(users).to_numpy())
    np.testing.assert_array_equal(np.sort(points[:, 0]), rows)
