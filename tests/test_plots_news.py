"""plot_news_stream (items per day, the click-age curve) and plot_age_by_day (how old the
items each method shows are, day by day), drawn from small tables with known answers."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.plots import plot_age_by_day, plot_news_stream

DAY0 = pd.Timestamp("2026-03-01T00:00:00Z")


def small_stream():
    """3 items on day 0, 1 on day 1, 2 on day 3 and one without a time; five clicks 1, 2, 4,
    10 and 30 h after publication (median 4 h), one on the item without a time (left out)."""
    offsets_hours = [1, 5, 9, 30, 80, 81, None]
    items = pd.DataFrame({"item_id": [f"n{j}" for j in range(len(offsets_hours))]})
    items["title"] = "a headline"
    items["published_at"] = [
        pd.NaT if h is None else DAY0 + pd.Timedelta(hours=h) for h in offsets_hours
    ]
    delays = {"n0": 1, "n1": 2, "n2": 4, "n3": 10, "n4": 30, "n6": 3}
    events = pd.DataFrame({"user_id": "u1", "item_id": list(delays)})
    published = items.set_index("item_id").published_at
    events["timestamp"] = [
        (published[i] if pd.notna(published[i]) else DAY0) + pd.Timedelta(hours=h)
        for i, h in delays.items()
    ]
    users = pd.DataFrame({"user_id": ["u1"], "text": [""]})
    return Dataset("tiny-news", items, events, users, item_text_columns=("title",))


def line(ax, gid):
    (found,) = [x for x in ax.lines if x.get_gid() == gid]
    return found


def test_stream_panels_count_items_per_day_and_the_cumulative_click_ages():
    figure = plot_news_stream(small_stream())
    left, right = figure.axes
    per_day = line(left, "per_day")
    assert list(per_day.get_ydata()) == [3, 1, 0, 2]  # days 0 to 3; none on day 2
    ages = line(right, "click_age")
    np.testing.assert_allclose(ages.get_xdata(), [1, 2, 4, 10, 30])
    np.testing.assert_allclose(ages.get_ydata(), [0.2, 0.4, 0.6, 0.8, 1.0])
    assert "within 4 h" in " ".join(t.get_text() for t in right.texts)
    assert "6 items, 2 a day" in left.get_title()  # 6 items with a time over 4 days: 1.5
    plt.close(figure)


def test_stream_needs_a_publication_time_column():
    data = small_stream()
    with pytest.raises(ValueError, match="'released'"):
        plot_news_stream(data, time_column="released")


def age_table():
    rows = []
    for day, (clicked, shown) in enumerate([([0.5, 1, 2], [40, 50, 60]), ([1, 1.5], [41, 52])]):
        label = f"June {day + 4}"
        rows += [(label, "clicked", a) for a in clicked]
        rows += [(label, "old blockbusters", a) for a in shown]
        rows += [(label, "fresh", 0.0)]  # published after the present: drawn at one hour
    return pd.DataFrame(rows, columns=["day", "series", "age_days"])


def test_age_plot_draws_the_daily_median_of_every_series_in_order():
    ax = plot_age_by_day(age_table())
    labels = [x.get_label() for x in ax.lines]
    assert labels == ["clicked", "old blockbusters", "fresh"]
    np.testing.assert_allclose(line(ax, "median:clicked").get_ydata(), [1, 1.25])
    np.testing.assert_allclose(line(ax, "median:old blockbusters").get_ydata(), [50, 46.5])
    np.testing.assert_allclose(line(ax, "median:fresh").get_ydata(), [1 / 24, 1 / 24])
    np.testing.assert_allclose(line(ax, "median:fresh").get_xdata(), [0, 1])
    assert line(ax, "median:clicked").get_color() == "black"
    assert ax.get_yscale() == "log"
    assert [t.get_text() for t in ax.get_xticklabels()] == ["June 4", "June 5"]
    assert "1 month" in [t.get_text() for t in ax.get_yticklabels()]
    plt.close(ax.figure)


def test_age_plot_names_missing_columns():
    with pytest.raises(ValueError, match="age_days"):
        plot_age_by_day(age_table().rename(columns={"age_days": "age"}))
