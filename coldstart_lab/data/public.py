"""Real public datasets, downloaded on first use and mapped to the same :class:`Dataset`.

============================  ==========================================================
``movielens-100k``            GroupLens MovieLens 100K: ratings 1-5, titles, genres, users
``movielens-1m``              GroupLens MovieLens 1M: ratings 1-5, titles, genres, users
``movielens-latest-small``    GroupLens MovieLens latest-small: ratings 0.5-5, tags
``mind-small``                Microsoft News MIND-small: news text, clicks, click histories
``amazon-<Category>``         Amazon Reviews 2023 (McAuley Lab), one category, e.g.
                              ``amazon-All_Beauty`` (the one listed by default)
``lastfm-2k``                 hetrec2011 Last.fm: artists, tags, play counts, friendships
============================  ==========================================================

``load_public(name)`` (or ``load_dataset(name)``) downloads the files into
``<data cache>/<name>/`` (:func:`~coldstart_lab.cache_dirs.data_cache_dir`) with
:func:`coldstart_lab.data.download.fetch`, shows the dataset's terms once, unpacks archives
safely and parses them with pandas (explicit separators, encodings and quoting).

Checksums: the MovieLens archives are pinned to SHA-256 values published by TensorFlow
Datasets. No SHA-256 could be confirmed from a public source for the MIND, Amazon 2023 and
hetrec Last.fm files: they are verified by *trust on first use* (the hash recorded at the
first download, ``<file>.sha256.json`` in the cache folder, must match at every later use).

Mapping choices (the tables follow :mod:`coldstart_lab.data`: string ids, UTC timestamps,
float ratings):

- MovieLens: item text = title + genres (+ the movie's most frequent user tags for
  latest-small); user text for 100K/1M = age, gender and occupation
  (``"age 25-34, female, occupation: programmer"``).
- MIND-small: train and dev merged (column ``split``). ``event="click"`` rows are the clicked
  impressions (label 1) at the impression time; ``event="history"`` rows are the clicks
  listed in the users' histories, each (user, news) pair once. MIND gives no time for those,
  so they carry the user's **first impression time**: an upper bound (they happened before
  it), chosen so that time-based splits keep them on the "past" side of a user's log rather
  than losing them (a missing time would sort them after everything). The times are read as
  UTC (MIND does not state a time zone). Non-clicked impressions are not kept.
- Amazon 2023: items by ``parent_asin`` (title, description = description + features,
  category = main_category, brand = store, price); interactions = reviews (rating 1-5,
  review title/text, helpful votes, verified purchase). Reviewed products that have no
  metadata become items with empty text (counted in ``extra["items_without_metadata"]``).
- Last.fm: items = artists (title = name, description = the artist's most frequent tags),
  interactions = play counts (``plays`` column, no rating), edges = friendships, each
  undirected pair once with the smaller numeric id first.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from coldstart_lab.cache_dirs import data_cache_dir
from coldstart_lab.data.dataset import (
    EVENT,
    FRIEND_ID,
    ITEM_ID,
    RATING,
    TEXT,
    TIMESTAMP,
    USER_ID,
    Dataset,
)
from coldstart_lab.data.download import extract, fetch, sha256_of, show_licence_once
from coldstart_lab.errors import ColdstartError


@dataclass(frozen=True)
class RemoteFile:
    """One file of a dataset: where it is, its SHA-256 (``None``: trust on first use)."""

    key: str
    url: str
    sha256: str | None = None
    size: int | None = None
    archive: bool = False  # unpack it (zip/tar) before parsing


@dataclass(frozen=True)
class PublicDataset:
    """A registry entry: how to get a dataset, its terms, and how to parse it."""

    name: str
    description: str
    homepage: str
    files: tuple[RemoteFile, ...]
    licence: str
    licence_url: str
    checksums: str  # where the pinned values come from, or that they are trusted on first use
    parse: Callable[[dict[str, Path], str], Dataset] = field(repr=False)


# ---- licence texts (summaries: the full terms are at licence_url) ---------------------------

GROUPLENS_TERMS = """\
GroupLens Research, University of Minnesota. The data may be used for research purposes:
- do not state or imply any endorsement by the University of Minnesota or GroupLens;
- acknowledge the data set in publications: F. Maxwell Harper and Joseph A. Konstan (2015),
  The MovieLens Datasets: History and Context, ACM TiiS 5(4);
- redistribution (also of transformations) only under these same conditions;
- no commercial or revenue-bearing use without permission from GroupLens.
The data come with no guarantee of correctness or fitness for any purpose."""

MIND_TERMS = """\
MIND (Microsoft News Dataset) is released under the Microsoft Research License Terms:
non-commercial research use; read and accept the terms before using the data.
Cite: Fangzhao Wu et al. (2020), MIND: A Large-scale Dataset for News Recommendation, ACL."""

AMAZON_TERMS = """\
Amazon Reviews 2023, collected by the McAuley Lab (UC San Diego). The authors state that
they cannot assign a licence: the data are made available for research purposes, to be
used ethically and within applicable law (reviews and product pages belong to Amazon and
their authors). Cite: Yupeng Hou et al. (2024), Bridging Language and Items for Retrieval
and Recommendation, arXiv:2403.03952."""

LASTFM_TERMS = """\
hetrec2011-lastfm-2k (HetRec 2011 workshop, Universidad Autonoma de Madrid; data from
Last.fm): made available for non-commercial use; for commercial use contact Last.fm.
Cite the Last.fm website (http://www.lastfm.com) and optionally Cantador, Brusilovsky and
Kuflik (2011), HetRec 2011, RecSys'11."""


# ---- small parsing helpers ------------------------------------------------------------------


def _find(root: Path, filename: str) -> Path:
    """``filename`` anywhere under ``root`` (archives differ in their top folder)."""
    found = [p for p in root.rglob(filename) if "__MACOSX" not in p.parts and p.is_file()]
    if not found:
        raise ColdstartError(
            f"{filename} is missing from the archive unpacked at {root}: its layout may have "
            f"changed; delete {root.parent} and run again, and report it if it persists"
        )
    return min(found, key=lambda p: (len(p.parts), str(p)))


def _decode(raw: bytes, encoding: str | None) -> str:
    """``encoding`` if given, else UTF-8 falling back to Latin-1 (never fails)."""
    if encoding:
        return raw.decode(encoding)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _read_delimited(
    path: Path,
    sep: str,
    names: list[str] | None = None,
    *,
    header: int | None = None,
    encoding: str | None = None,
    dtype=str,
    replace: tuple[str, str] | None = None,
) -> pd.DataFrame:
    """A separated text file as a DataFrame: no quoting, no NA guessing, C parser.

    ``replace`` rewrites a multi-character separator (MovieLens' ``::``) first, so the fast
    C parser can read a 1M-row file.
    """
    text = _decode(path.read_bytes(), encoding)
    if replace:
        text = text.replace(*replace)
    return pd.read_csv(
        io.StringIO(text),
        sep=sep,
        header=header,
        names=names,
        dtype=dtype,
        quoting=csv.QUOTE_NONE,
        keep_default_na=False,
        na_filter=False,
        engine="c",
    )


def _ids(values) -> pd.Series:
    """Ids as strings. The parsers split on explicit separators, so ids carry no padding;
    files with a header (hetrec) are stripped where they are read."""
    series = pd.Series(values)
    return series if isinstance(series.dtype, pd.StringDtype) else series.astype(str)


def _unix_seconds(values) -> pd.Series:
    return pd.to_datetime(pd.to_numeric(pd.Series(values)), unit="s", utc=True)


def _genres(values: pd.Series) -> pd.Series:
    """``Action|Adventure`` -> ``Action, Adventure`` (and the "no genre" marker -> "")."""
    text = values.astype(str).str.replace("(no genres listed)", "", regex=False)
    return text.str.split("|").map(lambda parts: ", ".join(p.strip() for p in parts if p.strip()))


def _finish(
    name: str,
    items: pd.DataFrame,
    interactions: pd.DataFrame,
    *,
    item_text: tuple[str, ...],
    users: pd.DataFrame | None = None,
    user_text: str | None = None,
    edges: pd.DataFrame | None = None,
    rating_range: tuple[float, float] | None = None,
    extra: dict | None = None,
) -> Dataset:
    """Check and complete the tables: string ids, unique items/users, every id known."""
    extra = dict(extra or {})
    items = items.copy()
    items[ITEM_ID] = _ids(items[ITEM_ID])
    items = items.drop_duplicates(ITEM_ID, keep="first")
    interactions = interactions.copy()
    for column in (USER_ID, ITEM_ID):
        interactions[column] = _ids(interactions[column])
    unknown = pd.Index(pd.unique(interactions[ITEM_ID])).difference(pd.Index(items[ITEM_ID]))
    if len(unknown):
        filler = pd.DataFrame({ITEM_ID: unknown.astype(str)})
        items = pd.concat([items, filler], ignore_index=True)
        extra["items_without_metadata"] = len(unknown)
    for column in item_text:
        items[column] = items[column].fillna("").astype(str)

    seen_users = [interactions[USER_ID]]
    if edges is not None:
        edges = edges[[USER_ID, FRIEND_ID]].astype(str).reset_index(drop=True)
        seen_users += [edges[USER_ID], edges[FRIEND_ID]]
    everyone = pd.unique(pd.concat(seen_users, ignore_index=True))
    if users is None:
        users = pd.DataFrame({USER_ID: everyone})
    else:
        users = users.copy()
        users[USER_ID] = _ids(users[USER_ID])
        users = users.drop_duplicates(USER_ID, keep="first")
        missing = pd.Index(everyone).difference(pd.Index(users[USER_ID]))
        if len(missing):
            users = pd.concat([users, pd.DataFrame({USER_ID: missing})], ignore_index=True)
    if user_text is not None:
        users[user_text] = users[user_text].fillna("").astype(str)
    if RATING in interactions:
        interactions[RATING] = interactions[RATING].astype(float)
    return Dataset(
        name=name,
        items=items.reset_index(drop=True),
        interactions=interactions.reset_index(drop=True),
        users=users.reset_index(drop=True),
        edges=edges,
        item_text_columns=item_text,
        user_text_column=user_text,
        rating_range=rating_range,
        extra=extra,
    )


# ---- MovieLens ------------------------------------------------------------------------------

ML1M_AGES = {
    "1": "under 18",
    "18": "18-24",
    "25": "25-34",
    "35": "35-44",
    "45": "45-49",
    "50": "50-55",
    "56": "56+",
}
ML1M_OCCUPATIONS = [
    "other or not specified",
    "academic/educator",
    "artist",
    "clerical/admin",
    "college/grad student",
    "customer service",
    "doctor/health care",
    "executive/managerial",
    "farmer",
    "homemaker",
    "K-12 student",
    "lawyer",
    "programmer",
    "retired",
    "sales/marketing",
    "scientist",
    "self-employed",
    "technician/engineer",
    "tradesman/craftsman",
    "unemployed",
    "writer",
]
GENDERS = {"M": "male", "F": "female"}
MAX_TAGS = 20  # tags per movie / artist kept in the item text


def _user_text(age: pd.Series, gender: pd.Series, occupation: pd.Series) -> pd.Series:
    words = gender.map(GENDERS).fillna(gender)
    return "age " + age.astype(str) + ", " + words + ", occupation: " + occupation.astype(str)


RATING_COLUMNS = [USER_ID, ITEM_ID, RATING, TIMESTAMP]
RATING_TYPES = {USER_ID: str, ITEM_ID: str, RATING: float, TIMESTAMP: "int64"}


def parse_movielens_100k(files: dict[str, Path], name: str) -> Dataset:
    root = files["archive"]
    ratings = _read_delimited(_find(root, "u.data"), "\t", RATING_COLUMNS, dtype=RATING_TYPES)
    ratings[TIMESTAMP] = _unix_seconds(ratings[TIMESTAMP])

    genre_lines = _decode(_find(root, "u.genre").read_bytes(), "latin-1").splitlines()
    genre_pairs = [line.rsplit("|", 1) for line in genre_lines if "|" in line]
    genre_names = [g for g, _ in sorted(genre_pairs, key=lambda pair: int(pair[1]))]
    movies = _read_delimited(_find(root, "u.item"), "|", encoding="latin-1")
    flags = movies.iloc[:, 5 : 5 + len(genre_names)].to_numpy() == "1"
    genres = [
        ", ".join(g for g, on in zip(genre_names, row, strict=True) if on and g != "unknown")
        for row in flags
    ]
    items = pd.DataFrame(
        {
            ITEM_ID: movies[0],
            "title": movies[1].str.strip(),
            "genres": genres,
            "released_at": pd.to_datetime(movies[2], format="%d-%b-%Y", errors="coerce", utc=True),
            "imdb_url": movies[4],
        }
    )
    people = _read_delimited(
        _find(root, "u.user"), "|", [USER_ID, "age", "gender", "occupation", "zip"]
    )
    people["age"] = pd.to_numeric(people["age"], errors="coerce").astype("Int64")
    people[TEXT] = _user_text(people["age"], people["gender"], people["occupation"])
    return _finish(
        name,
        items,
        ratings,
        item_text=("title", "genres"),
        users=people,
        user_text=TEXT,
        rating_range=(1.0, 5.0),
    )


def parse_movielens_1m(files: dict[str, Path], name: str) -> Dataset:
    root = files["archive"]
    ratings = _read_delimited(
        _find(root, "ratings.dat"), "\t", RATING_COLUMNS, dtype=RATING_TYPES, replace=("::", "\t")
    )
    ratings[TIMESTAMP] = _unix_seconds(ratings[TIMESTAMP])
    movies = _read_delimited(
        _find(root, "movies.dat"),
        "\t",
        [ITEM_ID, "title", "genres"],
        encoding="latin-1",
        replace=("::", "\t"),
    )
    movies["title"] = movies["title"].str.strip()
    movies["genres"] = _genres(movies["genres"])
    people = _read_delimited(
        _find(root, "users.dat"),
        "\t",
        [USER_ID, "gender", "age", "occupation", "zip"],
        encoding="latin-1",
        replace=("::", "\t"),
    )
    people["age"] = people["age"].map(ML1M_AGES).fillna(people["age"])
    jobs = dict(enumerate(ML1M_OCCUPATIONS))
    codes = pd.to_numeric(people["occupation"], errors="coerce")
    people["occupation"] = codes.map(jobs).fillna(people["occupation"]).astype(str)
    people[TEXT] = _user_text(people["age"], people["gender"], people["occupation"])
    people = people[[USER_ID, "age", "gender", "occupation", "zip", TEXT]]
    return _finish(
        name,
        movies,
        ratings,
        item_text=("title", "genres"),
        users=people,
        user_text=TEXT,
        rating_range=(1.0, 5.0),
    )


def _top_terms(owner: pd.Series, term: pd.Series, limit: int) -> pd.Series:
    """Per owner, its most frequent terms (case-insensitive; ties by first use), joined."""
    table = pd.DataFrame({"owner": owner.to_numpy(), "term": term.astype(str).str.strip()})
    table = table[table["term"].ne("")]
    table["key"] = table["term"].str.lower()
    table["order"] = np.arange(len(table))
    grouped = table.groupby(["owner", "key"], sort=False).agg(
        term=("term", "first"), count=("term", "size"), order=("order", "min")
    )
    grouped = grouped.reset_index().sort_values(
        ["owner", "count", "order"], ascending=[True, False, True], kind="stable"
    )
    grouped = grouped.groupby("owner", sort=False).head(limit)
    return grouped.groupby("owner", sort=False)["term"].agg(", ".join)


def parse_movielens_latest_small(files: dict[str, Path], name: str) -> Dataset:
    root = files["archive"]
    ratings = pd.read_csv(_find(root, "ratings.csv"), dtype={"userId": str, "movieId": str})
    ratings = ratings.rename(
        columns={"userId": USER_ID, "movieId": ITEM_ID, "rating": RATING, "timestamp": TIMESTAMP}
    )
    ratings[TIMESTAMP] = _unix_seconds(ratings[TIMESTAMP])
    movies = pd.read_csv(
        _find(root, "movies.csv"), dtype=str, keep_default_na=False, encoding="utf-8"
    )
    tags = pd.read_csv(_find(root, "tags.csv"), dtype=str, keep_default_na=False)
    tag_text = _top_terms(tags["movieId"], tags["tag"], MAX_TAGS)
    items = pd.DataFrame(
        {
            ITEM_ID: movies["movieId"],
            "title": movies["title"].str.strip(),
            "genres": _genres(movies["genres"]),
            "tags": movies["movieId"].map(tag_text).fillna(""),
        }
    )
    return _finish(
        name,
        items,
        ratings[RATING_COLUMNS],
        item_text=("title", "genres", "tags"),
        rating_range=(0.5, 5.0),
    )


# ---- MIND -----------------------------------------------------------------------------------

MIND_NEWS = [
    ITEM_ID,
    "category",
    "subcategory",
    "title",
    "description",
    "url",
    "title_entities",
    "abstract_entities",
]
MIND_BEHAVIORS = ["impression_id", USER_ID, "time", "history", "impressions"]
MIND_TIME = "%m/%d/%Y %I:%M:%S %p"  # 11/15/2019 8:55:22 AM


def parse_mind(files: dict[str, Path], name: str) -> Dataset:
    news, behaviors = [], []
    for split in ("train", "dev"):
        root = files[split]
        news.append(_read_delimited(_find(root, "news.tsv"), "\t", MIND_NEWS, encoding="utf-8"))
        table = _read_delimited(
            _find(root, "behaviors.tsv"), "\t", MIND_BEHAVIORS, encoding="utf-8"
        )
        table["split"] = split
        behaviors.append(table)
    items = pd.concat(news, ignore_index=True).drop_duplicates(ITEM_ID, keep="first")
    items = items[[ITEM_ID, "title", "description", "category", "subcategory", "url"]]
    log = pd.concat(behaviors, ignore_index=True)
    log[TIMESTAMP] = pd.to_datetime(log["time"].str.strip(), format=MIND_TIME, utc=True)

    # Plain Python loops: a regex over 5M impression tokens is much slower in pandas.
    users = log[USER_ID].tolist()
    splits = log["split"].tolist()
    rows, news_ids = [], []
    for row, impressions in enumerate(log["impressions"].tolist()):
        for token in impressions.split():
            if token.endswith("-1"):
                rows.append(row)
                news_ids.append(token[:-2])
    clicks = log.iloc[rows][[USER_ID, TIMESTAMP, "split"]].assign(**{ITEM_ID: news_ids})
    clicks[EVENT] = "click"

    first_seen = log.groupby(USER_ID)[TIMESTAMP].min()
    seen: set[tuple[str, str]] = set()
    history_rows = {USER_ID: [], ITEM_ID: [], "split": []}
    history_text = log["history"].tolist()
    for row in log[[USER_ID, "history"]].drop_duplicates().index:
        user = users[row]
        for news in history_text[row].split():
            if (user, news) not in seen:
                seen.add((user, news))
                history_rows[USER_ID].append(user)
                history_rows[ITEM_ID].append(news)
                history_rows["split"].append(splits[row])
    histories = pd.DataFrame(history_rows)
    histories[TIMESTAMP] = histories[USER_ID].map(first_seen)
    histories[EVENT] = "history"

    columns = [USER_ID, ITEM_ID, EVENT, TIMESTAMP, "split"]
    events = pd.concat([histories[columns], clicks[columns]], ignore_index=True)
    events = events.sort_values(TIMESTAMP, kind="stable")  # history first at equal times
    return _finish(
        name,
        items,
        events,
        item_text=("title", "description"),
        extra={"history_timestamps": "the user's first impression time (an upper bound)"},
    )


# ---- Amazon Reviews 2023 --------------------------------------------------------------------

AMAZON_URL = "https://datarepo.eng.ucsd.edu/mcauley_group/data/amazon_2023/raw"
AMAZON_HOME = "https://amazon-reviews-2023.github.io/"
AMAZON_DEFAULT = "All_Beauty"
# The 33 categories + "Unknown" of the McAuley-Lab/Amazon-Reviews-2023 dataset card.
AMAZON_CATEGORIES = (
    "All_Beauty",
    "Amazon_Fashion",
    "Appliances",
    "Arts_Crafts_and_Sewing",
    "Automotive",
    "Baby_Products",
    "Beauty_and_Personal_Care",
    "Books",
    "CDs_and_Vinyl",
    "Cell_Phones_and_Accessories",
    "Clothing_Shoes_and_Jewelry",
    "Digital_Music",
    "Electronics",
    "Gift_Cards",
    "Grocery_and_Gourmet_Food",
    "Handmade_Products",
    "Health_and_Household",
    "Health_and_Personal_Care",
    "Home_and_Kitchen",
    "Industrial_and_Scientific",
    "Kindle_Store",
    "Magazine_Subscriptions",
    "Movies_and_TV",
    "Musical_Instruments",
    "Office_Products",
    "Patio_Lawn_and_Garden",
    "Pet_Supplies",
    "Software",
    "Sports_and_Outdoors",
    "Subscription_Boxes",
    "Tools_and_Home_Improvement",
    "Toys_and_Games",
    "Video_Games",
    "Unknown",
)


def _jsonl(path: Path):
    """The JSON objects of a ``.jsonl.gz`` (or plain ``.jsonl``) file, one per line."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ColdstartError(
                        f"{path} line {number} is not valid JSON ({error.msg}): the file is "
                        "damaged; delete it and run again"
                    ) from None
    except (OSError, EOFError) as error:
        raise ColdstartError(
            f"{path} cannot be read ({error}): the file is damaged; delete it and run again"
        ) from None


def _joined(values) -> str:
    if values is None:
        return ""
    if isinstance(values, str):
        return values.strip()
    return " ".join(str(v).strip() for v in values if v is not None and str(v).strip())


AMAZON_ITEM_COLUMNS = [
    ITEM_ID,
    "title",
    "description",
    "category",
    "categories",
    "brand",
    "price",
    "average_rating",
    "rating_number",
]
AMAZON_REVIEW_COLUMNS = [
    USER_ID,
    ITEM_ID,
    RATING,
    TIMESTAMP,
    "review_title",
    "review_text",
    "helpful_vote",
    "verified_purchase",
]


def parse_amazon(files: dict[str, Path], name: str) -> Dataset:
    products = []
    for row in _jsonl(files["meta"]):
        get = row.get
        description = _joined(get("description"))
        features = _joined(get("features"))
        products.append(
            (
                get("parent_asin"),
                _joined(get("title")),
                f"{description} {features}"
                if description and features
                else description or features,
                get("main_category") or "",
                " > ".join(map(str, get("categories") or [])),
                get("store") or "",
                get("price"),
                get("average_rating"),
                get("rating_number"),
            )
        )
    items = pd.DataFrame.from_records(products, columns=AMAZON_ITEM_COLUMNS)
    items = items[items[ITEM_ID].notna()]
    for column in ("price", "average_rating", "rating_number"):
        items[column] = pd.to_numeric(items[column].astype(object), errors="coerce")
    if not items.empty:
        items["price"] = items["price"].astype(float)

    rows = []
    for row in _jsonl(files["reviews"]):
        get = row.get
        rows.append(
            (
                get("user_id"),
                get("parent_asin") or get("asin"),
                get("rating"),
                get("timestamp"),
                get("title") or "",
                get("text") or "",
                get("helpful_vote"),
                get("verified_purchase"),
            )
        )
    reviews = pd.DataFrame.from_records(rows, columns=AMAZON_REVIEW_COLUMNS)
    del rows
    reviews = reviews[reviews[USER_ID].notna() & reviews[ITEM_ID].notna()]
    reviews[RATING] = pd.to_numeric(reviews[RATING], errors="coerce")
    milliseconds = pd.to_numeric(reviews[TIMESTAMP], errors="coerce")
    reviews[TIMESTAMP] = pd.to_datetime(milliseconds, unit="ms", utc=True)
    reviews["helpful_vote"] = pd.to_numeric(reviews["helpful_vote"], errors="coerce").astype(
        "Int64"
    )
    reviews["verified_purchase"] = reviews["verified_purchase"].astype("boolean")
    return _finish(
        name,
        items,
        reviews,
        item_text=("title", "description"),
        rating_range=(1.0, 5.0),
    )


def amazon_spec(category: str) -> PublicDataset:
    """The registry entry of one Amazon Reviews 2023 category (e.g. ``"All_Beauty"``)."""
    known = {c.lower(): c for c in AMAZON_CATEGORIES}
    canonical = known.get(category.lower())
    if canonical is None:
        raise ColdstartError(
            f"unknown Amazon Reviews 2023 category {category!r}: choose one of "
            f"{', '.join(AMAZON_CATEGORIES)} (as in amazon-{AMAZON_DEFAULT})"
        )
    return PublicDataset(
        name=f"amazon-{canonical}",
        description=(
            f"Amazon Reviews 2023 ({canonical}): product reviews with 1-5 ratings, product "
            "titles and descriptions (McAuley Lab; any category: amazon-<Category>)"
        ),
        homepage=AMAZON_HOME,
        files=(
            RemoteFile("reviews", f"{AMAZON_URL}/review_categories/{canonical}.jsonl.gz"),
            RemoteFile("meta", f"{AMAZON_URL}/meta_categories/meta_{canonical}.jsonl.gz"),
        ),
        licence=AMAZON_TERMS,
        licence_url="https://huggingface.co/datasets/McAuley-Lab/Amazon-Reviews-2023",
        checksums="trust on first use: no published SHA-256 for these files",
        parse=parse_amazon,
    )


# ---- hetrec2011 Last.fm ---------------------------------------------------------------------


def parse_lastfm(files: dict[str, Path], name: str) -> Dataset:
    root = files["archive"]
    artists = _read_delimited(_find(root, "artists.dat"), "\t", header=0)
    plays = _read_delimited(_find(root, "user_artists.dat"), "\t", header=0)
    friends = _read_delimited(_find(root, "user_friends.dat"), "\t", header=0)
    tags = _read_delimited(_find(root, "tags.dat"), "\t", header=0)
    tagged = _read_delimited(_find(root, "user_taggedartists.dat"), "\t", header=0)

    tag_names = dict(zip(tags["tagID"].str.strip(), tags["tagValue"], strict=True))
    tag_text = _top_terms(
        tagged["artistID"].str.strip(),
        tagged["tagID"].str.strip().map(tag_names).fillna(""),
        MAX_TAGS,
    )
    artist_ids = artists["id"].str.strip()
    items = pd.DataFrame(
        {
            ITEM_ID: artist_ids,
            "title": artists["name"].str.strip(),
            "description": artist_ids.map(tag_text).fillna(""),
            "url": artists["url"],
        }
    )
    events = pd.DataFrame(
        {
            USER_ID: plays["userID"],
            ITEM_ID: plays["artistID"],
            "plays": pd.to_numeric(plays["weight"]).astype("int64"),
        }
    )
    return _finish(
        name,
        items,
        events,
        item_text=("title", "description"),
        edges=undirected(friends["userID"], friends["friendID"]),
    )


def undirected(a: pd.Series, b: pd.Series) -> pd.DataFrame:
    """Each friendship once, the smaller id first (numerically when both ids are numbers);
    self-loops dropped."""
    a, b = _ids(a).reset_index(drop=True), _ids(b).reset_index(drop=True)
    key_a, key_b = pd.to_numeric(a, errors="coerce"), pd.to_numeric(b, errors="coerce")
    numeric = key_a.notna() & key_b.notna()
    swap = np.where(numeric, key_a > key_b, a > b)
    low, high = a.where(~swap, b), b.where(~swap, a)
    pairs = pd.DataFrame({USER_ID: low, FRIEND_ID: high})
    pairs = pairs[pairs[USER_ID] != pairs[FRIEND_ID]].drop_duplicates()
    keys = [pd.to_numeric(pairs[c], errors="coerce") for c in (FRIEND_ID, USER_ID)]
    order = np.lexsort(keys)
    return pairs.iloc[order].reset_index(drop=True)


# ---- the registry ---------------------------------------------------------------------------

GROUPLENS = "https://files.grouplens.org/datasets"
# SHA-256 and sizes of the MovieLens archives: TensorFlow Datasets,
# tensorflow_datasets/url_checksums/movielens.txt (tensorflow/datasets, commit 1c076ac3), the
# same values as in keras-io's MovieLens examples and GroupLens-derived projects (e.g.
# sisinflab/DataRec). ml-latest-small is the 9/2018 release, which GroupLens has not changed.
TFDS_SOURCE = "TensorFlow Datasets, tensorflow_datasets/url_checksums/movielens.txt"

PUBLIC: dict[str, PublicDataset] = {
    "movielens-100k": PublicDataset(
        name="movielens-100k",
        description=(
            "MovieLens 100K (GroupLens, 1998): 100,000 ratings 1-5 of 1,682 movies by 943 "
            "users; titles, genres, user age/gender/occupation (4.9 MB download)"
        ),
        homepage="https://grouplens.org/datasets/movielens/100k/",
        files=(
            RemoteFile(
                "archive",
                f"{GROUPLENS}/movielens/ml-100k.zip",
                sha256="50d2a982c66986937beb9ffb3aa76efe955bf3d5c6b761f4e3a7cd717c6a3229",
                size=4_924_029,
                archive=True,
            ),
        ),
        licence=GROUPLENS_TERMS,
        licence_url=f"{GROUPLENS}/movielens/ml-100k-README.txt",
        checksums=f"pinned SHA-256 from {TFDS_SOURCE}",
        parse=parse_movielens_100k,
    ),
    "movielens-1m": PublicDataset(
        name="movielens-1m",
        description=(
            "MovieLens 1M (GroupLens, 2003): 1,000,209 ratings 1-5 of 3,706 movies by 6,040 "
            "users; titles, genres, user age/gender/occupation (5.9 MB download)"
        ),
        homepage="https://grouplens.org/datasets/movielens/1m/",
        files=(
            RemoteFile(
                "archive",
                f"{GROUPLENS}/movielens/ml-1m.zip",
                sha256="a6898adb50b9ca05aa231689da44c217cb524e7ebd39d264c56e2832f2c54e20",
                size=5_917_549,
                archive=True,
            ),
        ),
        licence=GROUPLENS_TERMS,
        licence_url=f"{GROUPLENS}/movielens/ml-1m-README.txt",
        checksums=f"pinned SHA-256 from {TFDS_SOURCE}",
        parse=parse_movielens_1m,
    ),
    "movielens-latest-small": PublicDataset(
        name="movielens-latest-small",
        description=(
            "MovieLens latest-small (GroupLens, 2018): 100,836 ratings 0.5-5 and 3,683 tags on "
            "9,742 movies by 610 users; titles, genres, tags (1 MB download)"
        ),
        homepage="https://grouplens.org/datasets/movielens/latest/",
        files=(
            RemoteFile(
                "archive",
                f"{GROUPLENS}/movielens/ml-latest-small.zip",
                sha256="696d65a3dfceac7c45750ad32df2c259311949efec81f0f144fdfb91ebc9e436",
                size=978_202,
                archive=True,
            ),
        ),
        licence=GROUPLENS_TERMS,
        licence_url=f"{GROUPLENS}/movielens/ml-latest-small-README.html",
        checksums=f"pinned SHA-256 from {TFDS_SOURCE}",
        parse=parse_movielens_latest_small,
    ),
    # The original address (mind201910small.blob.core.windows.net/release/) has refused
    # public access since 2024 (recommenders-team/recommenders#2133, msnews/MIND#17); the
    # Recommenders project's Azure copy below is what recommenders.datasets.mind uses. Its
    # archives put the files under a MINDsmall_train/ (MINDsmall_dev/) folder; the parser
    # looks for news.tsv and behaviors.tsv wherever they are.
    "mind-small": PublicDataset(
        name="mind-small",
        description=(
            "MIND-small (Microsoft News, 2019): ~65,000 news articles (title, abstract, "
            "category) and the clicks and click histories of 50,000 users (about 85 MB)"
        ),
        homepage="https://msnews.github.io/",
        files=(
            RemoteFile(
                "train",
                "https://recodatasets.z20.web.core.windows.net/newsrec/MINDsmall_train.zip",
                archive=True,
            ),
            RemoteFile(
                "dev",
                "https://recodatasets.z20.web.core.windows.net/newsrec/MINDsmall_dev.zip",
                archive=True,
            ),
        ),
        licence=MIND_TERMS,
        licence_url="https://github.com/msnews/MIND/blob/master/MSR%20License_Data.pdf",
        checksums="trust on first use: no published SHA-256 for these archives",
        parse=parse_mind,
    ),
    f"amazon-{AMAZON_DEFAULT}": amazon_spec(AMAZON_DEFAULT),
    "lastfm-2k": PublicDataset(
        name="lastfm-2k",
        description=(
            "hetrec2011 Last.fm (2011): play counts of 17,632 artists by 1,892 users, artist "
            "tags, 12,717 friendships (no ratings)"
        ),
        homepage="https://grouplens.org/datasets/hetrec-2011/",
        files=(
            RemoteFile(
                "archive",
                f"{GROUPLENS}/hetrec2011/hetrec2011-lastfm-2k.zip",
                archive=True,
            ),
        ),
        licence=LASTFM_TERMS,
        licence_url="https://files.grouplens.org/datasets/hetrec2011/hetrec2011-lastfm-readme.txt",
        checksums="trust on first use: no published SHA-256 for this archive",
        parse=parse_lastfm,
    ),
}


def list_public() -> dict[str, str]:
    """Name -> one-line description of every registered public dataset."""
    return {name: spec.description for name, spec in PUBLIC.items()}


def public_spec(name: str) -> PublicDataset | None:
    """The registry entry for ``name`` (``amazon-<Category>`` for any category), or None."""
    if name in PUBLIC:
        return PUBLIC[name]
    match = re.fullmatch(r"amazon-([A-Za-z_]+)", name)
    if match:
        return amazon_spec(match.group(1))
    return None


def load_public(name: str, cache_dir=None) -> Dataset:
    """Download (once) and parse a public dataset; see the module doc for the mapping."""
    spec = public_spec(name)
    if spec is None:
        known = ", ".join(PUBLIC)
        raise ColdstartError(
            f"unknown public dataset {name!r}: choose one of {known} (or amazon-<Category>)"
        )
    folder = data_cache_dir(cache_dir) / spec.name
    folder.mkdir(parents=True, exist_ok=True)
    show_licence_once(folder, spec.name, spec.licence, spec.licence_url)
    paths: dict[str, Path] = {}
    for remote in spec.files:
        path = fetch(remote.url, remote.sha256, folder)
        if remote.archive:
            stem = path.name.split(".")[0]
            path = extract(path, folder / stem, fingerprint=sha256_of(path))
        paths[remote.key] = path
    try:
        data = spec.parse(paths, spec.name)
    except (ValueError, KeyError, IndexError, UnicodeDecodeError, pd.errors.ParserError) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise ColdstartError(
            f"cannot read the {spec.name} files in {folder} ({reason}): they may be damaged "
            f"or in a new format; delete {folder} and run again, and report it if it persists"
        ) from None
    data.extra.update(
        {
            "source": spec.homepage,
            "licence": spec.licence_url,
            "checksums": spec.checksums,
            "files": {key: str(path) for key, path in paths.items()},
        }
    )
    return data
