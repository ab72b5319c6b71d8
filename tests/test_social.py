"""The social models: friend lists, FriendsActivity and SocialHybrid.

``tiny_social()`` is a hand-made network whose scores can be worked out on paper;
``planted_social()`` adds friendships within each hidden topic to ``planted_shop()`` (for the
hybrid, which needs matrix factorisation, and the estimator contract: ``fit_social``).
"""

import dataclasses
import functools

import numpy as np
import pandas as pd
import pytest
from test_mf import planted_shop

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.base import CannotServe
from coldstart_lab.models.baselines import PopularityRecommender
from coldstart_lab.models.mapping import TextToCF
from coldstart_lab.models.social import FriendsActivity, SocialHybrid, friend_lists
from coldstart_lab.text.features import text_vectors

TINY_MF = {"factors": 4, "epochs": 3, "batch_size": 2048}


def tiny_social():
    """Users n (new, signed up on day 10), f1, f2, f3 (n's friends), x (a stranger).

    f1 touched A (day 2) and B (day 12, after n signed up); f2 touched A (day 3) and C
    (day 4); f3 touched C (day 5); x touched D, E and C. Friendship f1-f2 makes them each
    other's common friend with n. n itself touched E in training (day 11).
    """
    items = pd.DataFrame({"item_id": list("ABCDE"), "title": ["a", "b", "c", "d", "e"]})
    users = pd.DataFrame(
        {
            "user_id": ["n", "f1", "f2", "f3", "x"],
            "text": ["", "", "", "", ""],
            "signup_at": pd.to_datetime(
                ["2026-01-10", "2026-01-01", "2026-01-01", "2026-01-01", "2026-01-01"], utc=True
            ),
        }
    )
    rows = [
        ("f1", "A", 2),
        ("f1", "B", 12),
        ("f2", "A", 3),
        ("f2", "C", 4),
        ("f3", "C", 5),
        ("x", "D", 1),
        ("x", "E", 1),
        ("x", "C", 1),
        ("n", "E", 11),
    ]
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "day"])
    events["timestamp"] = pd.Timestamp("2026-01-01", tz="UTC") + pd.to_timedelta(
        events.pop("day") - 1, unit="D"
    )
    edges = pd.DataFrame(
        [("f1", "n"), ("f2", "n"), ("f3", "n"), ("f1", "f2")], columns=["user_id", "friend_id"]
    )
    return Dataset("tiny_social", items, events, users, edges, ("title",), "text")


@functools.cache
def planted_social():
    """planted_shop() with friendships: each user befriends 3 users of their own topic and
    one user of another topic (users of topic 0 have no bio: their friends from other topics
    do)."""
    data, _, _ = planted_shop()
    users = data.users["user_id"].to_numpy()
    topic = np.arange(len(users)) % 3
    rng = np.random.default_rng(0)
    pairs = set()
    for u in range(len(users)):
        same = np.flatnonzero((topic == topic[u]) & (np.arange(len(users)) != u))
        other = np.flatnonzero(topic != topic[u])
        for v in [*rng.choice(same, 3, replace=False), rng.choice(other)]:
            pairs.add((min(u, v), max(u, v)))
    edges = pd.DataFrame(
        [(users[a], users[b]) for a, b in sorted(pairs)], columns=["user_id", "friend_id"]
    )
    return dataclasses.replace(data, name="planted_social", edges=edges)


def fit_social(model):
    """Fit on planted_social() (the estimator contract's fit for the social models)."""
    return model.fit(planted_social())


# -- friend_lists ----------------------------------------------------------------------------


def test_friend_lists_are_undirected_sorted_and_without_repeats_or_self():
    data = tiny_social()
    edges = pd.concat(
        [data.edges, pd.DataFrame({"user_id": ["n", "x"], "friend_id": ["f1", "x"]})]
    )  # n-f1 again (reversed), and a self-loop
    friends = friend_lists(dataclasses.replace(data, edges=edges))
    by_name = {
        u: data.users["user_id"].to_numpy()[f].tolist()
        for u, f in zip(data.users["user_id"], friends, strict=True)
    }
    assert by_name == {
        "n": ["f1", "f2", "f3"],
        "f1": ["n", "f2"],
        "f2": ["n", "f1"],
        "f3": ["n"],
        "x": [],
    }


def test_friend_lists_need_a_graph_of_known_users():
    data = tiny_social()
    with pytest.raises(ColdstartError, match="no friendship graph"):
        friend_lists(dataclasses.replace(data, edges=None))
    bad = pd.DataFrame({"user_id": ["n"], "friend_id": ["ghost"]})
    with pytest.raises(ColdstartError, match="ghost"):
        friend_lists(dataclasses.replace(data, edges=bad))


# -- FriendsActivity -------------------------------------------------------------------------


def test_friends_count_first_then_popularity_among_the_others():
    data = tiny_social()
    model = FriendsActivity().fit(data)
    np.testing.assert_array_equal(model.friend_scores(["n"]), [[2, 1, 2, 0, 0]])
    # popularity of the others: A 2, B 1, C 3, D 1, E 1 (n's own E does not count); max 3
    expected = np.array([2, 1, 2, 0, 0]) + np.array([2, 1, 3, 1, 1]) / 4
    np.testing.assert_allclose(model.score(["n"])[0], expected, rtol=1e-6)
    # the stranger's popular item C comes first among the friends' ties, D last of all
    assert model.recommend(["n"], k=4, exclude_seen=False)["item_id"].tolist() == list("CABD")
    assert model.recommend(["n"], k=5)["item_id"].tolist() == list("CABD")  # E seen


def test_common_friends_weight_strong_ties_more():
    model = FriendsActivity(weighting="common_friends").fit(tiny_social())
    # f1 and f2 share one friend with n (each other): weight 2; f3 shares none: weight 1
    np.testing.assert_array_equal(model.friend_scores(["n"]), [[4, 2, 3, 0, 0]])


def test_as_of_keeps_only_friends_events_before_the_users_time():
    data = tiny_social()
    model = FriendsActivity(as_of="signup_at").fit(data)
    np.testing.assert_array_equal(model.friend_scores(["n"]), [[2, 0, 2, 0, 0]])  # not B
    no_time = data.users.assign(signup_at=pd.NaT)
    model = FriendsActivity(as_of="signup_at").fit(dataclasses.replace(data, users=no_time))
    assert not model.friend_scores(["n"]).any()  # a missing time counts no events
    with pytest.raises(ColdstartError, match="joined_at"):
        FriendsActivity(as_of="joined_at").fit(data)
    model = FriendsActivity(as_of="signup_at").fit(data)
    with pytest.raises(ColdstartError, match="timestamp"):
        model.score(["n"], history=data.interactions.drop(columns="timestamp"))


def test_as_of_uses_each_friends_first_event_on_an_item():
    data = tiny_social()
    late_again = pd.DataFrame(
        {"user_id": ["f1"], "item_id": ["A"], "timestamp": [pd.Timestamp("2026-02-01", tz="UTC")]}
    )
    history = pd.concat([data.interactions, late_again], ignore_index=True)
    for as_of in (None, "signup_at"):
        model = FriendsActivity(as_of=as_of).fit(data)
        assert model.friend_scores(["n"], ["A"], history=history)[0, 0] == 2  # once per friend


def test_friends_activity_is_read_from_the_history_and_never_from_the_user():
    data = tiny_social()
    model = FriendsActivity().fit(data)
    extra = pd.DataFrame(
        {
            "user_id": ["f3", "n", "n"],
            "item_id": ["D", "D", "B"],
            "timestamp": pd.Timestamp("2026-01-20", tz="UTC"),
        }
    )
    history = pd.concat([data.interactions, extra], ignore_index=True)
    np.testing.assert_array_equal(model.friend_scores(["n"], history=history), [[2, 1, 2, 1, 0]])
    train = data.interactions[data.interactions["user_id"] != "f1"]
    model = FriendsActivity().fit(data, train)  # f1's events unknown: A and B lose a friend
    np.testing.assert_array_equal(model.friend_scores(["n"]), [[1, 0, 2, 0, 0]])


def test_min_friends_hides_what_a_single_friend_did():
    model = FriendsActivity(min_friends=2).fit(tiny_social())
    np.testing.assert_array_equal(model.friend_scores(["n"]), [[2, 0, 2, 0, 0]])


def test_max_friends_draws_a_fixed_sample_per_user():
    data = planted_social()
    full = FriendsActivity().fit(data)
    users = data.users["user_id"].to_numpy()
    for m in (0, 1, 3):
        model = FriendsActivity(max_friends=m, seed=1).fit(data)
        for u, (kept, every) in enumerate(zip(model.friends_, full.friends_, strict=True)):
            assert len(kept) == min(m, len(every)) and set(kept) <= set(every), u
        both = model.score(users[:6])
        np.testing.assert_array_equal(both[4], model.score(users[4:5])[0])  # any batch
    one = FriendsActivity(max_friends=1, seed=1).fit(data).friends_
    other_seed = FriendsActivity(max_friends=1, seed=2).fit(data).friends_
    assert any(not np.array_equal(a, b) for a, b in zip(one, other_seed, strict=True))


def test_without_friends_activity_the_fallback_is_popularity_or_cannot_serve():
    data = tiny_social()
    nobody = FriendsActivity(max_friends=0).fit(data)
    popularity = PopularityRecommender().fit(data)
    for user in ("f3", "x"):
        assert (
            nobody.recommend([user], k=5)["item_id"].tolist()
            == popularity.recommend([user], k=5)["item_id"].tolist()
        )
    strict = FriendsActivity(fallback=None).fit(data)
    assert strict.score(["n", "f3"]).shape == (2, 5)
    with pytest.raises(CannotServe, match="'x'"):
        strict.score(["n", "x"])  # x has no friends


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("weighting", "jaccard"),
        ("max_friends", -1),
        ("min_friends", 0),
        ("fallback", "random"),
        ("seed", -1),
    ],
)
def test_friends_activity_rejects_bad_parameters(param, value):
    with pytest.raises(ValueError, match=param):
        FriendsActivity(**{param: value}).fit(tiny_social())


def test_a_dataset_without_friendships_cannot_be_fitted():
    data = tiny_social()
    with pytest.raises(ColdstartError, match="friendship graph"):
        FriendsActivity().fit(dataclasses.replace(data, edges=None))


# -- SocialHybrid ----------------------------------------------------------------------------


@functools.cache
def cold_social():
    """planted_social() with u000-u011 held out of training (new users; a third have no
    bio), and a TextToCF fitted on the rest."""
    data = planted_social()
    new = data.users["user_id"].to_numpy()[:12]
    train = data.interactions[~data.interactions["user_id"].isin(new)]
    return data, train, new, TextToCF(encoder="tfidf", mf=TINY_MF).fit(data, train)


def test_hybrid_adds_log_friends_to_the_mapped_bio():
    data, train, new, text = cold_social()
    friends = FriendsActivity().fit(data, train)
    alone = SocialHybrid(encoder="tfidf", mf=text.mf_, friends_weight=0, friends_bios=False)
    alone.fit(data, train)
    assert alone.text_model_.mf_ is text.mf_  # the fitted MF is reused, not refitted
    np.testing.assert_allclose(alone.score(new), text.score(new), rtol=1e-6)
    hybrid = SocialHybrid(encoder="tfidf", mf=text.mf_, friends_weight=0.7, friends_bios=False)
    hybrid.fit(data, train)
    expected = text.score(new) + 0.7 * np.log1p(friends.friend_scores(new))
    np.testing.assert_allclose(hybrid.score(new), expected, rtol=1e-5, atol=1e-5)
    assert not np.allclose(hybrid.score(new), text.score(new))


def test_friends_bios_describe_the_users_without_a_bio():
    data, train, new, text = cold_social()
    hybrid = SocialHybrid(encoder="tfidf", mf=text.mf_, friends_weight=0).fit(data, train)
    no_bio = data.users.set_index("user_id")["text"][new].eq("").to_numpy()
    assert no_bio.sum() == 4 and hybrid.described_by_friends_[:12].tolist() == no_bio.tolist()
    scores = hybrid.score(new)
    np.testing.assert_allclose(scores[~no_bio], text.score(new[~no_bio]), rtol=1e-6)
    _, user_vectors = text_vectors(data, "tfidf")
    wrote = np.abs(user_vectors).sum(axis=1) > 0
    for row in np.flatnonzero(no_bio):
        pals = hybrid.friends_.friends_[row]
        u0 = text.user_map_.predict(user_vectors[pals[wrote[pals]]].mean(axis=0, keepdims=True))
        expected = u0 @ text.item_factors_.T + text.item_bias_
        np.testing.assert_allclose(scores[row], expected[0], rtol=1e-4, atol=1e-4)
    # text alone knows nothing of them: every new user without a bio gets the same list
    assert np.allclose(text.score(new[no_bio])[0], text.score(new[no_bio])[1])
    assert not np.allclose(scores[no_bio][0], scores[no_bio][1])


def test_hybrid_passes_its_friend_settings_on():
    data, train, _, text = cold_social()
    hybrid = SocialHybrid(
        encoder="tfidf", mf=text.mf_, max_friends=1, weighting="common_friends", seed=3
    ).fit(data, train)
    reference = FriendsActivity(max_friends=1, weighting="common_friends", seed=3)
    reference.fit(data, train)
    assert all(
        np.array_equal(a, b)
        for a, b in zip(hybrid.friends_.friends_, reference.friends_, strict=True)
    )
    assert hybrid.friends_.weighting == "common_friends"


@pytest.mark.parametrize(
    ("param", "value"), [("friends_weight", -0.5), ("alpha", 0), ("max_friends", -2)]
)
def test_hybrid_rejects_bad_parameters(param, value):
    with pytest.raises(ValueError, match=param):
        SocialHybrid(encoder="tfidf", mf=TINY_MF, **{param: value}).fit(planted_social())
