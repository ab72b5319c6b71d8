"""RecencyBoost (any model's scores plus freshness, and the fresh-candidate pool) and
daily_views (production replayed day by day), on a tiny stream with known times."""

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation.views import daily_views, rank_view
from coldstart_lab.models.base import Recommender
from coldstart_lab.models.baselines import PopularityRecommender
from coldstart_lab.models.recency import RecencyBoost

START = pd.Timestamp("2026-01-01T12:00:00Z")
N_ITEMS = 10  # item i<d> is published at noon on day d


def stream(missing_time=False):
    """Items published one a day; 4 readers; clicks at 13:00 on the day after publication.

    u0 and u1 click before the cut (day 7, 18:00), u2 and u3 only after it. The last click
    before the cut is u0's on i6, on day 7 at 13:00.
    """
    items = pd.DataFrame({"item_id": [f"i{d}" for d in range(N_ITEMS)]})
    items["title"] = [f"story {d}" for d in range(N_ITEMS)]
    items["published_at"] = [START + pd.Timedelta(days=d) for d in range(N_ITEMS)]
    if missing_time:
        items.loc[3, "published_at"] = pd.NaT
    rows = []
    for d in range(N_ITEMS):
        at = START + pd.Timedelta(days=d + 1, hours=1)
        readers = ["u0", "u1"] if d < 6 else ["u0", "u2", "u3"][: 1 + d % 3]
        rows += [(user, f"i{d}", at + pd.Timedelta(minutes=n)) for n, user in enumerate(readers)]
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "timestamp"])
    users = pd.DataFrame({"user_id": ["u0", "u1", "u2", "u3"], "text": ["", "", "", ""]})
    data = Dataset("stream", items, events, users, item_text_columns=("title",))
    cut = START + pd.Timedelta(days=7, hours=6)
    return data, events[events.timestamp < cut].reset_index(drop=True)


class FixedScores(Recommender):
    """Scores ``scale * (N_ITEMS - 1 - position) + shift``: the oldest item first."""

    name = "fixed"

    def __init__(self, scale: float = 1.0, shift: float = 0.0):
        self.scale = scale
        self.shift = shift

    def _fit(self, data, train) -> None:
        self.fits_ = getattr(self, "fits_", 0) + 1

    def _score(self, users, items, history) -> np.ndarray:
        row = self.scale * (len(self.item_ids_) - 1 - items) + self.shift
        return np.tile(row.astype(np.float32), (len(users), 1))


@pytest.fixture(scope="module")
def fitted():
    data, train = stream()
    return data, train


def order(model, user="u0", history=None):
    scores = model.score([user], history=history)[0]
    return [f"i{j}" for j in np.lexsort((np.arange(len(scores)), -scores))]


def test_without_a_model_it_ranks_newest_first_and_ages_count_from_the_last_event(fitted):
    data, train = fitted
    model = RecencyBoost().fit(data, train)
    now = model.now_for()
    assert now == train.timestamp.max() == START + pd.Timedelta(days=7, hours=1)
    ages = model.item_age_days()
    expected = np.maximum((now - START).total_seconds() / 86400 - np.arange(N_ITEMS), 0)
    np.testing.assert_allclose(ages, expected)
    assert ages[8] == ages[9] == 0  # published after now: as fresh as can be
    assert order(model)[:3] == ["i8", "i9", "i7"]  # the two "future" items tie, then by age
    np.testing.assert_allclose(model.score(["u1"])[0], 0.5**expected)  # weight 1, half-life 1


def test_now_follows_the_history_it_is_given(fitted):
    data, train = fitted
    model = RecencyBoost(half_life_days=2.0).fit(data, train)
    later = data.interactions  # two more days of clicks
    shift = (later.timestamp.max() - train.timestamp.max()).total_seconds() / 86400
    assert shift > 2
    np.testing.assert_allclose(
        model.item_age_days(["i0", "i5"], history=later),
        model.item_age_days(["i0", "i5"]) + shift,
    )
    fixed = RecencyBoost(now="2026-01-04 12:00").fit(data, train)  # no zone: UTC
    np.testing.assert_allclose(fixed.item_age_days(["i0", "i3", "i6"], history=later), [3, 0, 0])


def test_scores_are_standardised_so_the_model_scale_does_not_matter(fitted):
    data, train = fitted
    small = RecencyBoost(FixedScores(scale=0.01, shift=-3.0), weight=0.7).fit(data, train)
    large = RecencyBoost(FixedScores(scale=250.0, shift=40.0), weight=0.7).fit(data, train)
    np.testing.assert_allclose(small.score(["u0", "u2"]), large.score(["u0", "u2"]), atol=1e-4)
    base = np.arange(N_ITEMS - 1, -1, -1, dtype=float)
    z = (base - base.mean()) / base.std()
    fresh = 0.5 ** small.item_age_days()
    np.testing.assert_allclose(small.score(["u1"])[0], z + 0.7 * fresh, atol=1e-4)


def test_weight_zero_keeps_the_model_order_and_a_large_weight_puts_fresh_items_first(fitted):
    data, train = fitted
    blockbusters = FixedScores().fit(data, train)
    assert order(RecencyBoost(blockbusters, weight=0.0).fit(data, train)) == order(blockbusters)
    boosted = order(RecencyBoost(blockbusters, weight=50.0).fit(data, train))
    assert boosted[:3] == ["i8", "i9", "i7"]


def test_the_pool_ranks_every_item_older_than_max_age_after_the_younger_ones(fitted):
    data, train = fitted
    model = RecencyBoost(FixedScores(), weight=0.0, max_age_days=3.0).fit(data, train)
    ages = model.item_age_days()
    ranked = order(model)
    young = [f"i{j}" for j in np.flatnonzero(ages <= 3)]
    assert sorted(ranked[: len(young)]) == sorted(young)
    assert ranked[: len(young)] == ["i5", "i6", "i7", "i8", "i9"]  # the model's order inside
    assert ranked[len(young) :] == ["i0", "i1", "i2", "i3", "i4"]  # and outside it


def test_an_item_without_a_publication_time_gets_no_freshness_and_stays_out_of_the_pool():
    data, train = stream(missing_time=True)
    model = RecencyBoost(max_age_days=30.0).fit(data, train)
    assert np.isnan(model.item_age_days(["i3"])[0])
    scores = model.score(["u0"])[0]
    assert scores[3] < scores.min(initial=np.inf, where=np.arange(N_ITEMS) != 3)


def test_a_model_fitted_on_the_same_data_is_reused_any_other_is_fitted_as_a_copy(fitted):
    data, train = fitted
    mine = FixedScores().fit(data, train)
    assert RecencyBoost(mine).fit(data, train).model_ is mine and mine.fits_ == 1
    unfitted = FixedScores(scale=2.0)
    wrapper = RecencyBoost(unfitted).fit(data, train)
    assert wrapper.model_ is not unfitted and wrapper.model_.scale == 2.0
    assert not hasattr(unfitted, "fits_")
    other_train = train.iloc[:-1]
    refitted = RecencyBoost(mine).fit(data, other_train).model_
    assert refitted is not mine and refitted.train_ is other_train


def test_the_boost_rescues_a_popularity_model_from_old_blockbusters(fitted):
    data, train = fitted
    popular = PopularityRecommender().fit(data, train)
    assert order(popular)[:1] == ["i0"]  # ties at the top: the oldest article first
    assert order(RecencyBoost(popular, max_age_days=1.0).fit(data, train))[0] in {"i8", "i9"}


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"model": "popularity"}, "model"),
        ({"half_life_days": 0}, "half_life_days"),
        ({"weight": -1.0}, "weight"),
        ({"max_age_days": 0}, "max_age_days"),
        ({"now": "not a time"}, "now"),
        ({"time_column": 3}, "time_column"),
    ],
)
def test_bad_parameters_are_rejected_by_fit(fitted, params, name):
    data, train = fitted
    model = RecencyBoost(**params)
    with pytest.raises(ValueError, match=name):
        model.fit(data, train)


def test_missing_times_give_one_line_errors(fitted):
    data, train = fitted
    with pytest.raises(ColdstartError, match="'released'"):
        RecencyBoost(time_column="released").fit(data, train)
    model = RecencyBoost().fit(data, train)
    with pytest.raises(ColdstartError, match="now="):
        model.score(["u0"], history=train.drop(columns="timestamp"))


# -- daily_views ---------------------------------------------------------------------------


def test_daily_views_replay_each_day_with_what_was_known_and_published_by_then(fitted):
    data, train = fitted
    views = daily_views(data, train)
    # the last click before the cut: day 7 (Jan 8); the replay starts on Jan 9 (clicks on i7)
    assert [v.name for v in views] == ["2026-01-09", "2026-01-10", "2026-01-11"]
    first = views[0]
    begin = pd.Timestamp("2026-01-09T00:00:00Z")
    assert first.history.timestamp.max() < begin <= data.interactions.timestamp.max()
    assert len(first.history) == (data.interactions.timestamp < begin).sum()
    assert list(first.candidates) == [f"i{d}" for d in range(9)]  # i8: published at noon
    assert list(first.users) == ["u0"]  # u2 clicks that day but never did before the cut
    assert [list(first.candidates[r]) for r in first.relevant] == [["i7"]]
    seen = set(first.history[first.history.user_id == "u0"].item_id)
    assert set(first.candidates[first.exclude[0]]) == seen
    new = daily_views(data, train, new_readers=True)
    assert [list(v.users) for v in new] == [["u2"], ["u2", "u3"]]
    assert [v.name for v in new] == ["2026-01-09", "2026-01-10"]  # Jan 11: only u0 clicks
    assert len(daily_views(data, train, days=1)) == 1


def test_a_replayed_day_is_ranked_with_the_present_of_its_history(fitted):
    data, train = fitted
    first, second = daily_views(data, train)[:2]
    newest = RecencyBoost().fit(data, train)
    # Jan 9: u0 has read i0-i6; i8 (published at noon, after the last event) comes first,
    # then i7 (a day old), which u0 clicks
    result = rank_view(newest, first, k=2)
    assert list(first.candidates[result.top_items[0]]) == ["i8", "i7"]
    assert result.per_user["recall@2"][0] == 1.0
    # Jan 10: the history now ends with the clicks of Jan 9, and i9 is the newest
    assert newest.now_for(second.history) == START + pd.Timedelta(days=8, hours=1, minutes=1)
    top = rank_view(newest, second, k=2).top_items[0]
    assert list(second.candidates[top]) == ["i9", "i8"]


def fit_stream(model):
    """Fit ``model`` on the tiny stream (tests/test_estimator_contract.py uses it)."""
    data, train = stream()
    return model.fit(data, train)
