"""The bundled synthetic datasets: determinism, schema, sizes, consistency, and the design goal
(a topic's texts share few words, so keyword matching is weak). No TensorFlow here."""

import gzip
import io
import re
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from coldstart_lab.data.synthetic import generator as synthetic
from coldstart_lab.data.synthetic.generator import (
    GENERATORS,
    PERIOD_END,
    PERIOD_START,
    csv_gz_bytes,
    expand,
    generate_shop,
    table_path,
    write_bundled,
)

DATASETS = Path(__file__).resolve().parents[1] / "datasets"
NAMES = ("shop", "news", "social")

COLUMNS = {
    "shop": {
        "items": ["item_id", "title", "description", "category", "subcategory", "brand", "price"],
        "users": ["user_id", "text", "signup_at"],
        "interactions": ["user_id", "item_id", "event", "rating", "timestamp"],
        "item_topics": [
            "item_id",
            "topic_id",
            "topic",
            "group",
            "brand_tier",
            "quality",
            "popularity",
        ],
    },
    "news": {
        "items": ["item_id", "title", "description", "category", "subcategory", "published_at"],
        "users": ["user_id", "text", "signup_at"],
        "interactions": ["user_id", "item_id", "event", "timestamp"],
        "item_topics": ["item_id", "topic_id", "topic", "label", "quality", "popularity"],
    },
    "social": {
        "items": ["item_id", "title", "description", "category", "kind"],
        "users": ["user_id", "text", "signup_at"],
        "interactions": ["user_id", "item_id", "event", "timestamp"],
        "edges": ["user_id", "friend_id"],
        "item_topics": ["item_id", "topic_id", "topic", "quality", "popularity"],
    },
}
ITEM_PREFIX = {"shop": "p", "news": "n", "social": "s"}
EVENTS = {
    "shop": {"view", "cart", "purchase"},
    "news": {"click"},
    "social": {"like", "join", "follow"},
}
SIZES = {  # (low, high) for items, users, interactions
    "shop": ((2500, 3500), (1500, 2500), (15_000, 60_000)),
    "news": ((3500, 4500), (2500, 3500), (20_000, 80_000)),
    "social": ((1500, 2500), (1500, 2500), (15_000, 60_000)),
}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def frames():
    """Each dataset generated once for the whole module (seed 0)."""
    return {name: GENERATORS[name](0) for name in NAMES}


def _tables(name):
    return list(COLUMNS[name]) + ["user_interests"]


def _parse(values: pd.Series) -> pd.Series:
    assert values.str.match(ISO).all(), values[~values.str.match(ISO)].head()
    return pd.to_datetime(values, utc=True, format="%Y-%m-%dT%H:%M:%SZ")


# ---- determinism --------------------------------------------------------------------------


def test_generating_twice_gives_identical_frames(frames):
    again = generate_shop(0)
    assert again.keys() == frames["shop"].keys()
    for table, frame in again.items():
        pd.testing.assert_frame_equal(frame, frames["shop"][table])


def test_other_seeds_give_other_data(frames):
    other = generate_shop(1)
    assert not other["items"]["title"].equals(frames["shop"]["items"]["title"])


def test_write_bundled_twice_is_byte_identical_and_matches_the_repository(frames, tmp_path):
    # First write: the module's frames, serialised; second: write_bundled, which generates again.
    first = {
        (name, table): csv_gz_bytes(frame, "%.2f" if table == "items" else "%.4f")
        for name in NAMES
        for table, frame in frames[name].items()
    }
    written = write_bundled(tmp_path, names=NAMES)
    assert len(written) == len(first)
    assert not list(tmp_path.rglob("*.tmp")), "temporary files left behind"
    for (name, table), data in first.items():
        path = tmp_path / name / table_path(table)
        assert path in written
        assert path.read_bytes() == data, f"{name}/{table_path(table)} differs between two runs"
        committed = DATASETS / name / table_path(table)
        assert committed.exists(), f"{committed} is missing: run write_bundled()"
        # The data itself must match exactly; the compressed bytes too, unless this Python's
        # zlib is a different implementation (zlib-ng compresses differently).
        assert gzip.decompress(committed.read_bytes()) == gzip.decompress(data), (
            f"{committed} is out of date: regenerate with write_bundled()"
        )
        if "ng" not in zlib.ZLIB_RUNTIME_VERSION:
            assert committed.read_bytes() == data


def test_gzip_header_is_fixed():
    data = csv_gz_bytes(pd.DataFrame({"a": [1]}))
    assert data[:4] == b"\x1f\x8b\x08\x00"  # magic, deflate, no flags (no file name)
    assert data[4:8] == b"\x00\x00\x00\x00"  # mtime 0
    assert gzip.decompress(data) == b"a\n1\n"


def test_write_bundled_rejects_unknown_names(tmp_path):
    with pytest.raises(ValueError, match="unknown dataset 'movies'"):
        write_bundled(tmp_path, names=["movies"])


# ---- schema, sizes, consistency -----------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_schema(frames, name):
    data = frames[name]
    assert set(data) == set(_tables(name))
    for table, columns in COLUMNS[name].items():
        assert list(data[table].columns) == columns, table
    assert list(data["user_interests"].columns) == ["user_id", "topic_id", "topic", "weight"]
    for table, frame in data.items():
        for column in frame.columns:
            if column in {"price", "quality", "popularity", "weight"}:
                assert pd.api.types.is_float_dtype(frame[column]), (table, column)
            elif column == "rating":
                assert frame[column].dtype == "Int64"
            else:
                assert pd.api.types.is_string_dtype(frame[column]), (table, column)
                assert frame[column].notna().all(), (table, column)


@pytest.mark.parametrize("name", NAMES)
def test_sizes(frames, name):
    data = frames[name]
    (items_lo, items_hi), (users_lo, users_hi), (events_lo, events_hi) = SIZES[name]
    assert items_lo <= len(data["items"]) <= items_hi
    assert users_lo <= len(data["users"]) <= users_hi
    assert events_lo <= len(data["interactions"]) <= events_hi
    folder = DATASETS / name
    total = sum(p.stat().st_size for p in folder.rglob("*.csv.gz"))
    assert total < 4_000_000, f"{name}: {total} bytes compressed"


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_unique_and_every_interaction_is_known(frames, name):
    data = frames[name]
    items, users, events = data["items"], data["users"], data["interactions"]
    assert items["item_id"].is_unique and users["user_id"].is_unique
    assert items["item_id"].str.fullmatch(ITEM_PREFIX[name] + r"\d{5}").all()
    assert users["user_id"].str.fullmatch(r"u\d{5}").all()
    assert events["user_id"].isin(users["user_id"]).all()
    assert events["item_id"].isin(items["item_id"]).all()
    assert set(events["event"]) == EVENTS[name]
    assert not events.duplicated(["user_id", "item_id", "event"]).any()
    truth = data["item_topics"]
    assert truth["item_id"].tolist() == items["item_id"].tolist()
    weights = data["user_interests"].groupby("user_id")["weight"]
    assert set(weights.groups) == set(users["user_id"])
    assert np.allclose(weights.sum(), 1.0, atol=1e-3)
    assert weights.size().between(1, 3).all()


@pytest.mark.parametrize("name", NAMES)
def test_rows_are_sorted(frames, name):
    data = frames[name]
    assert data["items"]["item_id"].is_monotonic_increasing
    assert data["users"]["user_id"].is_monotonic_increasing
    assert data["interactions"]["timestamp"].is_monotonic_increasing


@pytest.mark.parametrize("name", NAMES)
def test_timestamps_parse_and_fall_in_the_period(frames, name):
    data = frames[name]
    events = data["interactions"]
    when = _parse(events["timestamp"])
    assert when.min() >= PERIOD_START and when.max() < PERIOD_END
    signup = _parse(data["users"]["signup_at"]).set_axis(data["users"]["user_id"])
    assert signup.max() < PERIOD_END
    assert (when.to_numpy() >= signup.loc[events["user_id"]].to_numpy()).all()


def test_shop_ratings_and_funnel(frames):
    events = frames["shop"]["interactions"]
    rated = events["rating"].notna()
    assert events.loc[rated, "event"].eq("purchase").all()
    assert events.loc[rated, "rating"].between(1, 5).all()
    assert set(events.loc[rated, "rating"]) == {1, 2, 3, 4, 5}
    assert 0.4 < rated[events["event"] == "purchase"].mean() < 0.95
    counts = events["event"].value_counts()
    assert counts["view"] > counts["cart"] > counts["purchase"]
    prices = frames["shop"]["items"]["price"]
    assert (prices > 0).all() and np.allclose(prices, prices.round(2))


def test_news_clicks_follow_publication(frames):
    items, events = frames["news"]["items"], frames["news"]["interactions"]
    published = _parse(items["published_at"]).set_axis(items["item_id"])
    assert published.min() >= PERIOD_START and published.max() < PERIOD_END
    age = _parse(events["timestamp"]).to_numpy() - published.loc[events["item_id"]].to_numpy()
    days = age / np.timedelta64(1, "D")
    assert (days >= 0).all() and (days <= 5).all()
    assert np.median(days) < 1.5  # news goes stale quickly
    per_day = published.dt.floor("D").value_counts()
    assert len(per_day) == (PERIOD_END - PERIOD_START).days and per_day.min() >= 5  # steady
    text = frames["news"]["users"]["text"]
    assert 0.5 < text.eq("").mean() < 0.9  # most readers say nothing about themselves


def test_social_edges_are_undirected_and_homophilous(frames):
    data = frames["social"]
    edges = data["edges"]
    assert 15_000 <= len(edges) <= 25_000
    assert (edges["user_id"] < edges["friend_id"]).all()  # each pair once, no self-loops
    assert not edges.duplicated().any()
    assert edges["friend_id"].isin(data["users"]["user_id"]).all()
    top = data["user_interests"].groupby("user_id")["topic_id"].agg(set)

    def shared(a, b):
        return np.mean([len(top[x] & top[y]) > 0 for x, y in zip(a, b, strict=True)])

    observed = shared(edges["user_id"], edges["friend_id"])
    shuffled = shared(edges["user_id"], edges["friend_id"].sample(frac=1, random_state=0))
    assert observed > 2.5 * shuffled, (observed, shuffled)


def test_files_read_back_with_pandas(frames):
    folder = DATASETS / "shop"
    items = pd.read_csv(folder / "items.csv.gz")
    assert items["item_id"].tolist() == frames["shop"]["items"]["item_id"].tolist()
    assert np.allclose(items["price"], frames["shop"]["items"]["price"])
    events = pd.read_csv(folder / "interactions.csv.gz")
    assert events["rating"].notna().sum() == frames["shop"]["interactions"]["rating"].notna().sum()
    with gzip.open(DATASETS / "news" / "items.csv.gz", "rt", encoding="utf-8") as handle:
        assert handle.readline() == "item_id,title,description,category,subcategory,published_at\n"


# ---- text quality and the design goal -----------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_texts_are_clean(frames, name):
    items = frames[name]["items"]
    texts = pd.concat([items["title"], items["description"], frames[name]["users"]["text"]])
    assert not texts.str.contains(r"[\[\]{}]|\s\s|^\s|\s$", regex=True).any()
    assert items["title"].str.len().gt(3).all() and items["description"].str.len().gt(10).all()
    assert items["title"].str.match(r"@?[A-Z0-9]").all()  # capitalised, or a handle (@Name...)
    assert items["title"].nunique() > 0.6 * len(items)  # short posts do repeat ("New bike day!")
    assert (items["title"] + items["description"]).nunique() > 0.97 * len(items)


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w for w in words if len(w) > 2 and w not in ENGLISH_STOP_WORDS}


@pytest.mark.parametrize("name", NAMES)
def test_a_topic_is_carried_by_meaning_not_shared_keywords(frames, name):
    """Pairs of items of one topic share few content words (mean Jaccard < 0.1, and a quarter
    of them none at all), and their TF-IDF similarity is only a little above that of pairs
    from different topics. (The language-model check that the topic *is* recoverable from
    the text lives in the datasheets: it needs TensorFlow.)"""
    items, truth = frames[name]["items"], frames[name]["item_topics"]
    text = (items["title"] + ". " + items["description"]).tolist()
    topic = truth["topic_id"].to_numpy()
    words = [_content_words(t) for t in text]
    tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(text)
    rng = np.random.default_rng(0)
    pairs = rng.integers(len(text), size=(40_000, 2))
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    same = topic[pairs[:, 0]] == topic[pairs[:, 1]]
    jaccard = np.array([len(words[a] & words[b]) / len(words[a] | words[b]) for a, b in pairs])
    cosine = np.asarray(tfidf[pairs[:, 0]].multiply(tfidf[pairs[:, 1]]).sum(axis=1)).ravel()
    assert same.sum() > 500
    assert jaccard[same].mean() < 0.1
    assert (jaccard[same] == 0).mean() > 0.25
    assert cosine[same].mean() - cosine[~same].mean() < 0.15
    assert jaccard[~same].mean() < jaccard[same].mean()  # still some signal for keywords


def test_generic_filler_is_shared_across_topics(frames):
    items, truth = frames["shop"]["items"], frames["shop"]["item_topics"]
    for phrase in ("perfect for", "gift", "premium"):
        has = items["description"].str.lower().str.contains(phrase) | items[
            "title"
        ].str.lower().str.contains(phrase)
        assert truth.loc[has, "topic_id"].nunique() >= 20, phrase


def test_shop_popularity_follows_what_the_text_reveals(frames):
    items, truth = frames["shop"]["items"], frames["shop"]["item_topics"]
    events = frames["shop"]["interactions"]
    views = events.groupby("item_id").size().reindex(items["item_id"], fill_value=0)
    by_tier = np.log1p(views.to_numpy())
    tier = truth["brand_tier"].to_numpy()
    assert by_tier[tier == "premium"].mean() > by_tier[tier == "house"].mean()
    assert by_tier[tier == "house"].mean() > by_tier[tier == "unknown"].mean()
    flagged = items["title"].str.startswith(("Refurbished", "Open-box", "Clearance"))
    assert by_tier[flagged.to_numpy()].mean() < by_tier[~flagged.to_numpy()].mean()


# ---- the template helper ------------------------------------------------------------------


def test_expand_resolves_choices_and_slots():
    rng = np.random.default_rng(0)
    seen = {expand("[a|b [c|d]] {x} .", rng, {"x": ("y", "z")}) for _ in range(200)}
    assert seen == {"a y.", "a z.", "b c y.", "b c z.", "b d y.", "b d z."}
    assert expand("[optional |]word", rng) in {"optional word", "word"}


def test_module_docstring_tells_how_to_regenerate():
    assert "write_bundled()" in synthetic.__doc__


def test_csv_bytes_are_utf8_with_unix_line_ends(frames):
    data = gzip.decompress(csv_gz_bytes(frames["shop"]["items"], "%.2f"))
    text = data.decode("utf-8")
    assert "\r" not in text and text.endswith("\n")
    assert "café" in text  # real UTF-8, not escaped
    back = pd.read_csv(io.StringIO(text))
    assert len(back) == len(frames["shop"]["items"])
