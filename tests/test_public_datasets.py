"""Loaders of the public datasets, on tiny archives built here in each real file format.

Every test serves its files from a folder on 127.0.0.1 and points the registry entry at that
server (URLs and SHA-256 values computed here; ``pin=False`` leaves the SHA-256 out to go
through trust on first use). No internet is needed.
"""

from __future__ import annotations

import dataclasses
import functools
import gzip
import hashlib
import io
import json
import threading
import zipfile
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

from coldstart_lab.cache_dirs import ENV_DATA_CACHE
from coldstart_lab.data import public as public_datasets
from coldstart_lab.data.dataset import ENV_DATA_DIR
from coldstart_lab.data.download import LICENCE_MARKER, RECORD_SUFFIX
from coldstart_lab.data.public import PUBLIC, load_public
from coldstart_lab.data.registry import list_datasets, load_dataset
from coldstart_lab.errors import ColdstartError


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # noqa: A002
        pass

    def do_GET(self):
        self.server.requests.append(self.path)
        super().do_GET()


@pytest.fixture
def server(tmp_path, monkeypatch):
    """A static file server on 127.0.0.1 for tmp_path/served; yields (folder, base URL)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    folder = tmp_path / "served"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.requests = []
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield httpd, folder, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(ENV_DATA_CACHE, str(folder))
    return folder


def _serve(monkeypatch, server, name: str, payloads: dict[str, bytes], pin: bool = True):
    """Serve ``payloads`` (file key -> bytes) and point PUBLIC[name] at them."""
    _, folder, base = server
    spec = public_datasets.public_spec(name)
    files = []
    for remote in spec.files:
        filename = remote.url.rsplit("/", 1)[-1]
        data = payloads[remote.key]
        (folder / filename).write_bytes(data)
        sha256 = hashlib.sha256(data).hexdigest() if pin else None
        files.append(dataclasses.replace(remote, url=f"{base}/{filename}", sha256=sha256))
    monkeypatch.setitem(PUBLIC, spec.name, dataclasses.replace(spec, files=tuple(files)))


def _zip(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def _jsonl_gz(rows: list[dict]) -> bytes:
    text = "".join(json.dumps(row) + "\n" for row in rows)
    return gzip.compress(text.encode("utf-8"), mtime=0)


def _utc(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="UTC")


def _check_common(data, n_items, n_users, n_interactions):
    assert (len(data.items), len(data.users), len(data.interactions)) == (
        n_items,
        n_users,
        n_interactions,
    )
    for table, column in [
        (data.items, "item_id"),
        (data.users, "user_id"),
        (data.interactions, "user_id"),
        (data.interactions, "item_id"),
    ]:
        assert all(isinstance(value, str) for value in table[column]), column
    assert data.items["item_id"].is_unique and data.users["user_id"].is_unique
    assert data.interactions["item_id"].isin(data.items["item_id"]).all()
    assert data.interactions["user_id"].isin(data.users["user_id"]).all()
    if "timestamp" in data.interactions:
        dtype = data.interactions["timestamp"].dtype
        assert isinstance(dtype, pd.DatetimeTZDtype) and str(dtype.tz) == "UTC"
    if "rating" in data.interactions:
        assert data.interactions["rating"].dtype == float


# ---- MovieLens ------------------------------------------------------------------------------

GENRES_100K = [
    "unknown",
    "Action",
    "Adventure",
    "Animation",
    "Children's",
    "Comedy",
    "Crime",
    "Documentary",
    "Drama",
    "Fantasy",
    "Film-Noir",
    "Horror",
    "Musical",
    "Mystery",
    "Romance",
    "Sci-Fi",
    "Thriller",
    "War",
    "Western",
]


def _flags(*names: str) -> str:
    return "|".join("1" if g in names else "0" for g in GENRES_100K)


def ml_100k_zip() -> bytes:
    items = "\n".join(
        [
            "1|Toy Story (1995)|01-Jan-1995||http://us.imdb.com/M/title-exact?Toy%20Story%20(1995)|"
            + _flags("Animation", "Children's", "Comedy"),
            "2|Misérables, Les (1995)|01-Jan-1995||http://us.imdb.com/Les|" + _flags("Drama"),
            "267|unknown||||" + _flags("unknown"),
        ]
    )
    genres = "".join(f"{g}|{i}\n" for i, g in enumerate(GENRES_100K)) + "\n"
    return _zip(
        {
            "ml-100k/": b"",
            "ml-100k/u.data": (
                "196\t1\t3\t881250949\n"
                "186\t2\t5\t891717742\n"
                "196\t2\t1\t878887116\n"
                "22\t267\t4\t880606923\n"
            ),
            "ml-100k/u.item": (items + "\n").encode("latin-1"),
            "ml-100k/u.genre": genres.encode("latin-1"),
            "ml-100k/u.user": (
                "22|25|M|writer|40206\n186|39|F|executive|00000\n196|49|M|writer|55105\n"
            ),
            "ml-100k/u1.base": "not read\n",
            "ml-100k/README": "MovieLens 100K\n",
        }
    )


def test_movielens_100k(server, cache, monkeypatch, capsys):
    _serve(monkeypatch, server, "movielens-100k", {"archive": ml_100k_zip()})

    data = load_public("movielens-100k")

    _check_common(data, n_items=3, n_users=3, n_interactions=4)
    items = data.items.set_index("item_id")
    assert items.loc["2", "title"] == "Misérables, Les (1995)"  # Latin-1 decoded
    assert items.loc["1", "genres"] == "Animation, Children's, Comedy"
    assert items.loc["267", "genres"] == ""  # the "unknown" genre flag is not text
    assert items.loc["1", "released_at"] == _utc("1995-01-01")
    assert pd.isna(items.loc["267", "released_at"])
    assert data.item_text["1"] == "Toy Story (1995). Animation, Children's, Comedy"
    first = data.interactions.iloc[0]
    assert (first["user_id"], first["item_id"], first["rating"]) == ("196", "1", 3.0)
    assert first["timestamp"] == pd.Timestamp(881250949, unit="s", tz="UTC")
    assert data.user_text["186"] == "age 39, female, occupation: executive"
    assert data.users.set_index("user_id").loc["186", "zip"] == "00000"  # zip codes stay text
    assert data.rating_range == (1.0, 5.0)
    assert data.extra["source"] == "https://grouplens.org/datasets/movielens/100k/"
    assert "Harper" in capsys.readouterr().err  # the GroupLens terms were shown


def ml_1m_zip() -> bytes:
    movies = (
        "1::Toy Story (1995)::Animation|Children's|Comedy\n"
        "260::Star Wars: Episode IV - A New Hope (1977)::Action|Adventure|Fantasy|Sci-Fi\n"
        "3::Città delle donne, La (1980)::Comedy|Drama\n"
    )
    return _zip(
        {
            "ml-1m/ratings.dat": (
                "1::1::5::978300760\n1::260::3::978302109\n2::3::4::978301968\n2::1::2::978300275\n"
            ),
            "ml-1m/movies.dat": movies.encode("latin-1"),
            "ml-1m/users.dat": "1::F::1::10::48067\n2::M::25::12::70072\n".encode("latin-1"),
        }
    )


def test_movielens_1m(server, cache, monkeypatch):
    _serve(monkeypatch, server, "movielens-1m", {"archive": ml_1m_zip()})

    data = load_public("movielens-1m")

    _check_common(data, n_items=3, n_users=2, n_interactions=4)
    items = data.items.set_index("item_id")
    assert items.loc["260", "title"] == "Star Wars: Episode IV - A New Hope (1977)"
    assert items.loc["260", "genres"] == "Action, Adventure, Fantasy, Sci-Fi"
    assert items.loc["3", "title"] == "Città delle donne, La (1980)"
    assert data.interactions["rating"].tolist() == [5.0, 3.0, 4.0, 2.0]
    assert data.interactions["timestamp"].iloc[0] == _utc("2000-12-31 22:12:40")
    users = data.users.set_index("user_id")
    assert users.loc["1", "age"] == "under 18"
    assert users.loc["2", "occupation"] == "programmer"
    assert data.user_text["2"] == "age 25-34, male, occupation: programmer"
    assert data.user_text["1"] == "age under 18, female, occupation: K-12 student"


def ml_latest_small_zip() -> bytes:
    return _zip(
        {
            "ml-latest-small/ratings.csv": (
                "userId,movieId,rating,timestamp\n"
                "1,1,4.0,964982703\n"
                "1,11,0.5,964981247\n"
                "7,11,3.5,1106635946\n"
            ),
            "ml-latest-small/movies.csv": (
                "movieId,title,genres\n"
                "1,Toy Story (1995),Adventure|Animation|Children|Comedy|Fantasy\n"
                '11,"American President, The (1995)",Comedy|Drama|Romance\n'
                '99,"Amélie (Fabuleux destin d\'Amélie Poulain, Le) (2001)",(no genres listed)\n'
            ),
            "ml-latest-small/tags.csv": (
                "userId,movieId,tag,timestamp\n"
                "2,11,politics,1445714994\n"
                "7,11,romance,1445714996\n"
                "9,11,Politics,1445715000\n"
                '9,11,"funny, sweet",1445715001\n'
                "9,1,pixar,1445715002\n"
            ),
            "ml-latest-small/links.csv": "movieId,imdbId,tmdbId\n1,0114709,862\n",
        }
    )


def test_movielens_latest_small(server, cache, monkeypatch):
    _serve(monkeypatch, server, "movielens-latest-small", {"archive": ml_latest_small_zip()})

    data = load_public("movielens-latest-small")

    _check_common(data, n_items=3, n_users=2, n_interactions=3)
    items = data.items.set_index("item_id")
    assert items.loc["11", "title"] == "American President, The (1995)"
    assert items.loc["11", "tags"] == "politics, romance, funny, sweet"  # most used first
    assert items.loc["99", "genres"] == "" and items.loc["99", "tags"] == ""
    assert items.loc["99", "title"].startswith("Amélie")
    assert data.item_text["1"] == (
        "Toy Story (1995). Adventure, Animation, Children, Comedy, Fantasy. pixar"
    )
    assert data.interactions["rating"].tolist() == [4.0, 0.5, 3.5]
    assert data.rating_range == (0.5, 5.0)


# ---- MIND -----------------------------------------------------------------------------------

ENTITIES = '[{"Label": "Prince Charles", "Type": "P", "WikidataId": "Q43274", "Confidence": 1.0}]'


def _news(*rows: tuple[str, str, str, str, str]) -> str:
    return "".join(
        f"{nid}\t{cat}\t{sub}\t{title}\t{abstract}\thttps://assets.msn.com/labs/mind/{nid}.html"
        f"\t{ENTITIES}\t[]\n"
        for nid, cat, sub, title, abstract in rows
    )


def mind_archives() -> dict[str, bytes]:
    train_news = _news(
        ("N1", "lifestyle", "lifestyleroyals", 'The "Royal" Brands', "Shop the notebooks."),
        ("N2", "news", "newsworld", "Café owners protest", ""),  # empty abstract
        ("N3", "sports", "football_nfl", "A game", "Recap."),
        ("N4", "finance", "markets", "Stocks rise", "Markets up."),
    )
    train_behaviors = (
        "1\tU1\t11/14/2019 8:55:22 AM\t\tN1-1 N2-0\n"  # empty history
        "2\tU2\t11/14/2019 3:05:00 PM\tN3 N4\tN1-0 N2-1 N4-1\n"
        "3\tU2\t11/13/2019 11:00:00 AM\tN3 N4\tN1-0\n"  # earlier: the user's first impression
    )
    dev_news = _news(
        ("N2", "news", "newsworld", "Café owners protest", ""),
        ("N5", "weather", "weathertopstories", "Snow ahead", "Cold week."),
    )
    dev_behaviors = "1\tU2\t11/15/2019 12:30:00 AM\tN3 N4 N1\tN5-1 N2-0\n"
    return {
        # the current archives keep their files in a folder, the original ones did not
        "train": _zip(
            {
                "MINDsmall_train/news.tsv": train_news,
                "MINDsmall_train/behaviors.tsv": train_behaviors,
                "MINDsmall_train/entity_embedding.vec": "Q43274\t0.1\t0.2\n",
            }
        ),
        "dev": _zip({"news.tsv": dev_news, "behaviors.tsv": dev_behaviors}),
    }


def test_mind_small(server, cache, monkeypatch):
    _serve(monkeypatch, server, "mind-small", mind_archives())

    data = load_public("mind-small")

    events = data.interactions
    _check_common(data, n_items=5, n_users=2, n_interactions=7)
    items = data.items.set_index("item_id")
    assert items.loc["N1", "title"] == 'The "Royal" Brands'  # quotes are not CSV quoting
    assert items.loc["N2", "title"] == "Café owners protest"
    assert items.loc["N2", "description"] == ""
    assert items.loc["N1", "category"] == "lifestyle"
    assert items.loc["N1", "subcategory"] == "lifestyleroyals"
    assert data.item_text["N1"] == 'The "Royal" Brands. Shop the notebooks.'

    clicks = events[events["event"] == "click"]
    assert sorted(zip(clicks["user_id"], clicks["item_id"], strict=True)) == [
        ("U1", "N1"),
        ("U2", "N2"),
        ("U2", "N4"),
        ("U2", "N5"),
    ]
    when = dict(zip(clicks["item_id"] + clicks["user_id"], clicks["timestamp"], strict=True))
    assert when["N1U1"] == _utc("2019-11-14 08:55:22")
    assert when["N2U2"] == _utc("2019-11-14 15:05:00")  # PM
    assert when["N5U2"] == _utc("2019-11-15 00:30:00")  # 12:30 AM
    assert set(clicks.loc[clicks["item_id"] == "N5", "split"]) == {"dev"}

    history = events[events["event"] == "history"]
    assert "U1" not in set(history["user_id"])  # an empty history adds nothing
    assert sorted(history["item_id"]) == ["N1", "N3", "N4"]  # each (user, news) once
    assert set(history["timestamp"]) == {_utc("2019-11-13 11:00:00")}  # first impression
    assert events["timestamp"].is_monotonic_increasing


# ---- Amazon Reviews 2023 --------------------------------------------------------------------


def amazon_files() -> dict[str, bytes]:
    meta = [
        {
            "main_category": "All Beauty",
            "title": "Howard LC0008 Leather Conditioner, 8-Ounce (4-Pack)",
            "average_rating": 4.8,
            "rating_number": 10,
            "features": ["Conditions leather", "Made in USA"],
            "description": ["Keeps leather soft.", "Safe on finishes."],
            "price": None,
            "images": [{"thumb": "https://m.media-amazon.com/a.jpg", "variant": "MAIN"}],
            "videos": [],
            "store": "Howard Products",
            "categories": [],
            "details": {"UPC": "617390882781"},
            "parent_asin": "B01CUPMQZE",
            "bought_together": None,
        },
        {
            "main_category": "All Beauty",
            "title": "Crème Brûlée Lip Balm",
            "average_rating": 3.9,
            "rating_number": 4,
            "features": [],
            "description": [],
            "price": 12.99,
            "store": None,
            "categories": ["Beauty", "Lip Care"],
            "parent_asin": "B07LIPBALM",
        },
        {
            "main_category": None,
            "title": "Never reviewed",
            "features": ["A cold item"],
            "description": [],
            "price": "from 5.00",
            "parent_asin": "B0NOREVIEW",
        },
    ]
    reviews = [
        {
            "rating": 5.0,
            "title": "Such a lovely scent",
            "text": "This spray is really nice.",
            "images": [],
            "asin": "B01CUPMQZE-RED",
            "parent_asin": "B01CUPMQZE",
            "user_id": "AGKHLEW2SOWHNMFQIJGBECAF7INQ",
            "timestamp": 1588687728923,
            "helpful_vote": 2,
            "verified_purchase": True,
        },
        {
            "rating": 3.0,
            "title": "OK",
            "text": "",
            "asin": "B07LIPBALM",
            "parent_asin": "B07LIPBALM",
            "user_id": "AGKHLEW2SOWHNMFQIJGBECAF7INQ",
            "timestamp": 1600000000000,
            "helpful_vote": 0,
            "verified_purchase": False,
        },
        {
            "rating": 1.0,
            "title": "No metadata for this one",
            "text": "Broke.",
            "asin": "B0NOMETA01",
            "parent_asin": "B0NOMETA01",
            "user_id": "AE2NDUSER",
            "timestamp": 1500000000500,
            "helpful_vote": 1,
            "verified_purchase": True,
        },
    ]
    return {"reviews": _jsonl_gz(reviews), "meta": _jsonl_gz(meta)}


def _check_amazon(data):
    _check_common(data, n_items=4, n_users=2, n_interactions=3)
    items = data.items.set_index("item_id")
    howard = items.loc["B01CUPMQZE"]
    assert howard["title"] == "Howard LC0008 Leather Conditioner, 8-Ounce (4-Pack)"
    assert howard["description"] == (
        "Keeps leather soft. Safe on finishes. Conditions leather Made in USA"
    )
    assert (howard["category"], howard["brand"]) == ("All Beauty", "Howard Products")
    assert pd.isna(howard["price"])
    lip = items.loc["B07LIPBALM"]
    assert lip["title"] == "Crème Brûlée Lip Balm" and lip["price"] == 12.99
    assert lip["categories"] == "Beauty > Lip Care"
    assert pd.isna(items.loc["B0NOREVIEW", "price"])  # "from 5.00" is not a price
    assert items.loc["B0NOREVIEW", "description"] == "A cold item"  # an item nobody reviewed
    assert items.loc["B0NOMETA01", "title"] == ""  # reviewed, but without metadata
    assert data.extra["items_without_metadata"] == 1
    events = data.interactions
    assert events["rating"].tolist() == [5.0, 3.0, 1.0]
    assert events["timestamp"].iloc[0] == _utc("2020-05-05 14:08:48.923")
    assert events["item_id"].iloc[0] == "B01CUPMQZE"  # the parent ASIN, not the variant
    assert events["review_text"].iloc[0] == "This spray is really nice."
    assert events["verified_purchase"].tolist() == [True, False, True]
    assert data.rating_range == (1.0, 5.0)


def test_amazon_default_category(server, cache, monkeypatch):
    _serve(monkeypatch, server, "amazon-All_Beauty", amazon_files())

    data = load_dataset("amazon-All_Beauty")

    assert data.name == "amazon-All_Beauty"
    _check_amazon(data)


def test_amazon_any_category_trusted_on_first_use(server, cache, monkeypatch, capsys):
    httpd, folder, base = server
    monkeypatch.setattr(public_datasets, "AMAZON_URL", base)
    payloads = amazon_files()
    (folder / "review_categories").mkdir()
    (folder / "meta_categories").mkdir()
    (folder / "review_categories" / "Gift_Cards.jsonl.gz").write_bytes(payloads["reviews"])
    (folder / "meta_categories" / "meta_Gift_Cards.jsonl.gz").write_bytes(payloads["meta"])

    data = load_public("amazon-gift_cards")  # the category's case does not matter

    assert data.name == "amazon-Gift_Cards"
    _check_amazon(data)
    records = sorted(p.name for p in (cache / "amazon-Gift_Cards").glob("*" + RECORD_SUFFIX))
    assert records == [
        f"Gift_Cards.jsonl.gz{RECORD_SUFFIX}",
        f"meta_Gift_Cards.jsonl.gz{RECORD_SUFFIX}",
    ]
    assert capsys.readouterr().err.count("trust on first use") == 2
    assert "trust on first use" in data.extra["checksums"]


def test_unknown_amazon_category_is_a_one_line_error():
    with pytest.raises(ColdstartError, match="unknown Amazon Reviews 2023 category 'Shoes'"):
        load_dataset("amazon-Shoes")


# ---- hetrec2011 Last.fm ---------------------------------------------------------------------


def lastfm_zip() -> bytes:
    return _zip(
        {
            "artists.dat": (
                "id\tname\turl\tpictureURL\n"
                "1\tMALICE MIZER\thttp://www.last.fm/music/MALICE+MIZER\thttp://x/1.jpg\n"
                "51\tSigur Rós\thttp://www.last.fm/music/Sigur+R%C3%B3s\t\n"
                '89\tThe "Band"\thttp://www.last.fm/music/The+Band\thttp://x/89.jpg\n'
            ),
            "tags.dat": "tagID\ttagValue\n1\tmetal\n2\télectro\n3\tj-rock\n".encode("latin-1"),
            "user_artists.dat": "userID\tartistID\tweight\n2\t51\t13883\n2\t1\t52\n10\t89\t7\n",
            "user_friends.dat": (
                "userID\tfriendID\n2\t10\n10\t2\n2\t3\n3\t10\n10\t3\n"  # 2-10 both ways
            ),
            "user_taggedartists.dat": (
                "userID\tartistID\ttagID\tday\tmonth\tyear\n"
                "2\t1\t3\t1\t4\t2009\n"
                "3\t1\t1\t1\t4\t2009\n"
                "10\t1\t3\t1\t5\t2009\n"
                "2\t51\t2\t1\t4\t2009\n"
                "2\t999\t1\t1\t4\t2009\n"  # an artist missing from artists.dat
            ),
            "user_taggedartists-timestamps.dat": "userID\tartistID\ttagID\ttimestamp\n",
            "readme.txt": "hetrec2011-lastfm-2k\n",
        }
    )


def test_lastfm_2k(server, cache, monkeypatch):
    _serve(monkeypatch, server, "lastfm-2k", {"archive": lastfm_zip()}, pin=False)

    data = load_public("lastfm-2k")

    _check_common(data, n_items=3, n_users=3, n_interactions=3)
    items = data.items.set_index("item_id")
    assert items.loc["51", "title"] == "Sigur Rós"
    assert items.loc["89", "title"] == 'The "Band"'
    assert items.loc["1", "description"] == "j-rock, metal"  # most frequent tag first
    assert items.loc["51", "description"] == "électro"  # tags.dat is Latin-1
    assert items.loc["89", "description"] == ""
    assert data.interactions["plays"].tolist() == [13883, 52, 7]
    assert "rating" not in data.interactions and not data.has_ratings
    assert data.user_text.eq("").all()
    edges = data.edges
    assert edges.values.tolist() == [["2", "3"], ["2", "10"], ["3", "10"]]  # once, low id first
    assert set(edges["user_id"]) | set(edges["friend_id"]) <= set(data.users["user_id"])
    assert (cache / "lastfm-2k" / f"hetrec2011-lastfm-2k.zip{RECORD_SUFFIX}").exists()


# ---- shared behaviour: cache, licence, registry, errors --------------------------------------


def test_second_load_uses_the_cache_and_shows_the_terms_once(server, cache, monkeypatch, capsys):
    httpd, _, _ = server
    _serve(monkeypatch, server, "movielens-100k", {"archive": ml_100k_zip()})

    first = load_public("movielens-100k")
    shown = capsys.readouterr().err
    requests = list(httpd.requests)
    again = load_public("movielens-100k")

    assert httpd.requests == requests == ["/ml-100k.zip"]
    assert "terms of use" in shown
    assert capsys.readouterr().err == ""
    assert (cache / "movielens-100k" / LICENCE_MARKER).exists()
    pd.testing.assert_frame_equal(first.interactions, again.interactions)


def test_a_wrong_archive_is_refused_by_its_pinned_checksum(server, cache, monkeypatch):
    _serve(monkeypatch, server, "movielens-1m", {"archive": ml_1m_zip()})
    spec = PUBLIC["movielens-1m"]
    pinned = dataclasses.replace(spec.files[0], sha256="ab" * 32)
    monkeypatch.setitem(PUBLIC, "movielens-1m", dataclasses.replace(spec, files=(pinned,)))

    with pytest.raises(ColdstartError, match="checksum mismatch for ml-1m.zip") as caught:
        load_public("movielens-1m")
    assert "\n" not in str(caught.value)
    assert not (cache / "movielens-1m" / "ml-1m.zip").exists()


def test_an_archive_without_an_expected_file_is_a_one_line_error(server, cache, monkeypatch):
    broken = _zip({"ml-100k/u.data": "1\t1\t5\t881250949\n"})
    _serve(monkeypatch, server, "movielens-100k", {"archive": broken})

    with pytest.raises(ColdstartError, match="u.genre is missing from the archive") as caught:
        load_public("movielens-100k")
    assert "\n" not in str(caught.value)


def test_registry_entries_use_the_real_addresses():
    urls = {spec.name: [f.url for f in spec.files] for spec in PUBLIC.values()}
    assert urls["movielens-100k"] == ["https://files.grouplens.org/datasets/movielens/ml-100k.zip"]
    assert urls["lastfm-2k"] == [
        "https://files.grouplens.org/datasets/hetrec2011/hetrec2011-lastfm-2k.zip"
    ]
    assert urls["amazon-All_Beauty"] == [
        "https://datarepo.eng.ucsd.edu/mcauley_group/data/amazon_2023/raw/review_categories/"
        "All_Beauty.jsonl.gz",
        "https://datarepo.eng.ucsd.edu/mcauley_group/data/amazon_2023/raw/meta_categories/"
        "meta_All_Beauty.jsonl.gz",
    ]
    for spec in PUBLIC.values():
        assert spec.licence and spec.licence_url.startswith("https://")
        for remote in spec.files:
            assert remote.url.startswith("https://")
            pinned = remote.sha256 is not None
            assert pinned == spec.name.startswith("movielens"), spec.name
            assert ("trust on first use" in spec.checksums) == (not pinned)


def test_list_datasets_has_bundled_and_public_names():
    names = list_datasets()
    assert list(names)[:3] == ["shop", "news", "social"]
    for name in PUBLIC:
        assert name in names and names[name]


def test_load_dataset_unknown_name_lists_every_choice(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path))
    with pytest.raises(ColdstartError) as caught:
        load_dataset("movielens-25m")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("unknown dataset 'movielens-25m': choose one of shop, news")
    assert "movielens-100k" in message and "lastfm-2k" in message
