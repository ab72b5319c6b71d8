import gzip

import numpy as np
import pandas as pd
import pytest

from coldstart_lab.data.dataset import from_csv, read_csv_checked
from coldstart_lab.errors import ColdstartError

ITEMS = (
    "item_id,title,description,category\n"
    "i1,Espresso machine,Makes lattes,kitchen\n"
    "i2,Hiking boots,Dry feet,outdoor\n"
    "i3,Tee,Soft cotton,clothing\n"
)
USERS = "user_id,text\nu1,I love coffee\nu2,\n"
EVENTS = (
    "user_id,item_id,rating,event,timestamp\n"
    "u1,i1,5,purchase,2026-01-02T10:00:00Z\n"
    "u1,i2,,view,2026-01-03T10:00:00Z\n"
    "u2,i3,3,purchase,2026-01-04T10:00:00Z\n"
)
EDGES = "user_id,friend_id\nu1,u2\n"


def write(folder, **files):
    paths = {}
    for name, text in files.items():
        path = folder / f"{name}.csv"
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def load(tmp_path, **overrides):
    files = {"items": ITEMS, "interactions": EVENTS, "users": USERS, "edges": EDGES}
    files.update(overrides)
    paths = write(tmp_path, **{k: v for k, v in files.items() if v is not None})
    return from_csv(
        paths["items"],
        paths["interactions"],
        users=paths.get("users"),
        edges=paths.get("edges"),
    )


def test_reads_a_valid_dataset(tmp_path):
    data = load(tmp_path)
    assert data.summary()["items"] == 3 and data.summary()["interactions"] == 3
    assert data.item_text["i1"] == "Espresso machine. Makes lattes"
    assert data.user_text.tolist() == ["I love coffee", ""]
    assert data.interactions["rating"].isna().tolist() == [False, True, False]
    assert str(data.interactions["timestamp"].dt.tz) == "UTC"
    assert data.edges[["user_id", "friend_id"]].values.tolist() == [["u1", "u2"]]


def test_column_mapping_and_unix_timestamps(tmp_path):
    paths = write(
        tmp_path,
        items="movieId,name\nm1,Alien\nm2,Heat\n",
        interactions="userId,movieId,stars,when\n7,m1,4.5,1700000000\n8,m2,2,1700000100\n",
    )
    data = from_csv(
        paths["items"],
        paths["interactions"],
        columns={"item_id": "movieId", "user_id": "userId", "rating": "stars", "timestamp": "when"},
    )
    assert data.item_text.tolist() == ["Alien", "Heat"]  # text column guessed
    assert data.users["user_id"].tolist() == ["7", "8"]  # made from interactions
    assert data.interactions["timestamp"].iloc[0] == pd.Timestamp(1700000000, unit="s", tz="UTC")
    np.testing.assert_array_equal(data.interactions["rating"], [4.5, 2.0])


def test_gzip_files(tmp_path):
    path = tmp_path / "items.csv.gz"
    path.write_bytes(gzip.compress(ITEMS.encode()))
    assert len(read_csv_checked(path, "items")) == 3


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"items": "id,title\ni1,x\n"}, "items.csv has no column 'item_id' .*columns="),
        (
            {"items": ITEMS + "i2,Again,dup,x\n"},
            "items.csv line 5: duplicate item_id 'i2' \\(first on line 3\\)",
        ),
        ({"items": ITEMS + ",No id,x,y\n"}, "items.csv line 5: empty item_id"),
        (
            {"interactions": EVENTS + "u1,i1,7,purchase,2026-01-05T10:00:00Z\n"},
            "line 5: rating 7 is outside 1-5",
        ),
        (
            {"interactions": EVENTS + "u1,i1,five,purchase,2026-01-05T10:00:00Z\n"},
            "line 5: rating 'five' is not a number",
        ),
        (
            {"interactions": EVENTS + "u1,zz,4,purchase,2026-01-05T10:00:00Z\n"},
            "line 5: item_id 'zz' is not in .*items.csv",
        ),
        (
            {"interactions": EVENTS + "u9,i1,4,purchase,2026-01-05T10:00:00Z\n"},
            "line 5: user_id 'u9' is not in .*users.csv",
        ),
        (
            {"interactions": EVENTS + "u1,i1,4,purchase,yesterday\n"},
            "line 5: timestamp 'yesterday' is not a date/time",
        ),
        ({"edges": "user_id,friend_id\nu1,u7\n"}, "edges.csv line 2: friend_id 'u7' is not in"),
        ({"items": ""}, "items.csv is empty"),
        ({"items": "item_id,title\n"}, "items.csv has a header but no data rows"),
        (
            {"items": "item_id,title\ni1,caf\xe9\n".encode("latin-1")},
            "items.csv line 2 is not valid UTF-8",
        ),
        (
            {"items": "item_id,title\ni1,a,b,c\n"},
            "items.csv line 2 has 4 fields, the header has 2: quote",
        ),
        ({"users": "user_id,user_id\nu1,u1\n"}, "column 'user_id' twice"),
    ],
)
def test_bad_input_gets_one_clear_line(tmp_path, overrides, message):
    with pytest.raises(ColdstartError, match=message) as error:
        load(tmp_path, **overrides)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(ColdstartError, match="interactions file .*nope.csv does not exist"):
        from_csv(write(tmp_path, items=ITEMS)["items"], tmp_path / "nope.csv")


def test_rating_range_can_be_widened(tmp_path):
    paths = write(tmp_path, items=ITEMS, interactions="user_id,item_id,rating\nu1,i1,10\n")
    data = from_csv(paths["items"], paths["interactions"], rating_range=(0, 10))
    assert data.interactions["rating"].tolist() == [10.0]


def test_export_round_trip(tmp_path):
    data = load(tmp_path)
    out = tmp_path / "out"
    written = data.export(out)
    assert sorted(p.name for p in written) == [
        "edges.csv",
        "interactions.csv",
        "items.csv",
        "users.csv",
    ]
    again = from_csv(
        out / "items.csv", out / "interactions.csv", out / "users.csv", out / "edges.csv"
    )
    pd.testing.assert_frame_equal(again.items, data.items)
    pd.testing.assert_frame_equal(again.interactions, data.interactions)
    with pytest.raises(ColdstartError, match="already exists: pass --force"):
        data.export(out)
    data.export(out, force=True)
