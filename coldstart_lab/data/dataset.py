"""The dataset object every model and notebook uses, and reading your own CSV files.

A :class:`Dataset` holds four tables (pandas DataFrames):

- ``items``         ``item_id`` + text columns (``title``, ``description``, ...) + optional
                    ``category`` / time columns
- ``interactions``  ``user_id``, ``item_id`` + optional ``rating``, ``event``, ``timestamp``
- ``users``         ``user_id`` + optional ``text`` (onboarding answer, bio)
- ``edges``         optional ``user_id``, ``friend_id`` (a social graph)

Ids are strings, timestamps are timezone-aware UTC, ratings are floats. :func:`from_csv` reads
and checks your files: every problem is reported as one line naming the file, line and column
and saying how to fix it. :func:`load_dataset` gives the bundled scenarios by name.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from coldstart_lab._atomic import open_atomic
from coldstart_lab.errors import ColdstartError

ITEM_ID, USER_ID, FRIEND_ID = "item_id", "user_id", "friend_id"
RATING, EVENT, TIMESTAMP, TEXT = "rating", "event", "timestamp", "text"
TABLES = ("items", "interactions", "users", "edges")
ENV_DATA_DIR = "COLDSTART_LAB_DATA"


@dataclass
class Dataset:
    """Items, users, their interactions and (optionally) friendships.

    Attributes
    ----------
    name : str
    items : DataFrame, one row per item, ``item_id`` unique.
    interactions : DataFrame ``(n_interactions, ...)``: ``user_id``, ``item_id`` and optional
        ``rating`` (float), ``event`` (str), ``timestamp`` (datetime64, UTC).
    users : DataFrame, one row per user, ``user_id`` unique (made from the interactions
        when no users file is given).
    edges : DataFrame or None: ``user_id``, ``friend_id`` (undirected, each pair once).
    item_text_columns : the item columns joined (". ") into :attr:`item_text`.
    user_text_column : the users column holding text, or None.
    """

    name: str
    items: pd.DataFrame
    interactions: pd.DataFrame
    users: pd.DataFrame
    edges: pd.DataFrame | None = None
    item_text_columns: tuple[str, ...] = ()
    user_text_column: str | None = None
    rating_range: tuple[float, float] | None = None
    extra: dict = field(default_factory=dict)

    @property
    def item_text(self) -> pd.Series:
        """One string per item (indexed by ``item_id``): the text columns joined."""
        return _join_text(self.items, self.item_text_columns, ITEM_ID)

    @property
    def user_text(self) -> pd.Series:
        """One string per user (indexed by ``user_id``); empty strings when there is no text."""
        columns = (self.user_text_column,) if self.user_text_column else ()
        return _join_text(self.users, columns, USER_ID)

    @property
    def has_ratings(self) -> bool:
        return RATING in self.interactions and self.interactions[RATING].notna().any()

    @property
    def has_timestamps(self) -> bool:
        return TIMESTAMP in self.interactions

    def summary(self) -> dict:
        """Sizes, for printing: items, users, interactions, edges, density."""
        n_items, n_users = len(self.items), len(self.users)
        n = len(self.interactions)
        return {
            "dataset": self.name,
            "items": n_items,
            "users": n_users,
            "interactions": n,
            "ratings": int(self.interactions[RATING].notna().sum()) if self.has_ratings else 0,
            "edges": 0 if self.edges is None else len(self.edges),
            "density": round(n / max(1, n_items * n_users), 5),
        }

    def export(self, folder: str | os.PathLike, force: bool = False) -> list[Path]:
        """Write ``items.csv``, ``interactions.csv``, ``users.csv`` (and ``edges.csv``) in the
        format :func:`from_csv` reads. Each file is written atomically."""
        folder = Path(folder)
        tables = {"items": self.items, "interactions": self.interactions, "users": self.users}
        if self.edges is not None:
            tables["edges"] = self.edges
        targets = {name: folder / f"{name}.csv" for name in tables}
        existing = [str(p) for p in targets.values() if p.exists()]
        if existing and not force:
            raise ColdstartError(
                f"{existing[0]} already exists: pass --force (force=True) to overwrite"
            )
        folder.mkdir(parents=True, exist_ok=True)
        for name, table in tables.items():
            write_csv_atomic(table, targets[name])
        return list(targets.values())


def write_csv_atomic(table: pd.DataFrame, path: Path) -> None:
    """CSV with ISO-8601 UTC timestamps, via a temporary file and a rename."""
    out = table.copy()
    for column in out.columns:
        if isinstance(out[column].dtype, pd.DatetimeTZDtype):
            out[column] = out[column].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    data = out.to_csv(index=False, lineterminator="\n").encode("utf-8")
    with open_atomic(path) as raw:
        if path.suffix == ".gz":
            with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
                zipped.write(data)
        else:
            raw.write(data)


def _join_text(table: pd.DataFrame, columns, id_column: str) -> pd.Series:
    if not columns:
        return pd.Series("", index=table[id_column].to_numpy(), name="text")
    parts = [table[c].fillna("").astype(str).str.strip() for c in columns]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined.where(part.eq(""), joined.where(joined.eq(""), joined + ". ") + part)
    return pd.Series(joined.to_numpy(), index=table[id_column].to_numpy(), name="text")


# ---- reading and checking CSV files --------------------------------------------------------


def read_csv_checked(path: str | os.PathLike, role: str) -> pd.DataFrame:
    """Read a CSV (optionally ``.gz``) as strings; one-line errors for every way it can fail."""
    path = Path(path)
    if not path.exists():
        raise ColdstartError(f"{role} file {path} does not exist")
    if path.is_dir():
        raise ColdstartError(f"{role} file {path} is a folder: pass the CSV file itself")
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as error:
            raise ColdstartError(
                f"{path} is not a valid gzip file ({error}): re-export it"
            ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ColdstartError(
            f"{path} line {line} is not valid UTF-8 (byte {raw[error.start]:#04x}): "
            "re-save the file as UTF-8"
        ) from None
    if not text.strip():
        raise ColdstartError(f"{path} is empty: it needs a header row and at least one data row")
    _check_field_counts(text, path)
    try:
        table = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False, engine="c"
        )
    except pd.errors.ParserError as error:
        raise ColdstartError(f"{path}: {_explain_parser_error(error)}") from None
    except csv.Error as error:
        raise ColdstartError(f"{path}: not a readable CSV ({error})") from None
    if table.empty:
        raise ColdstartError(f"{path} has a header but no data rows")
    table.columns = [str(c).strip() for c in table.columns]
    return table


def _check_field_counts(text: str, path) -> None:
    """Every row must have as many fields as the header (pandas would silently shift them)."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [name.strip() for name in next(reader)]
        repeated = sorted({name for name in header if header.count(name) > 1})
        if repeated:
            raise ColdstartError(f"{path} has the column {repeated[0]!r} twice: rename one of them")
        width = len(header)
        for row in reader:
            if row and len(row) != width:
                raise ColdstartError(
                    f"{path} line {reader.line_num} has {len(row)} fields, the header has "
                    f"{width}: quote text fields that contain commas"
                )
    except csv.Error as error:
        raise ColdstartError(
            f"{path} line {reader.line_num}: not a readable CSV ({error})"
        ) from None


def _explain_parser_error(error: Exception) -> str:
    message = str(error).strip().splitlines()[-1]
    if "Expected" in message and "fields" in message:
        return (
            message.replace("Error tokenizing data. C error: ", "")
            + ": quote text fields that contain commas"
        )
    return f"not a readable CSV ({message})"


def _line(row: int) -> int:
    """File line of a data row (the header is line 1)."""
    return int(row) + 2


def _rename(table: pd.DataFrame, mapping: dict[str, str] | None) -> pd.DataFrame:
    """Give the user's columns our names (``mapping`` is ours -> theirs)."""
    if not mapping:
        return table
    return table.rename(columns={theirs: ours for ours, theirs in mapping.items()})


def _require(table: pd.DataFrame, path, columns: list[str], mapping: dict | None) -> None:
    for column in columns:
        if column not in table.columns:
            source = (mapping or {}).get(column, column)
            available = ", ".join(map(str, table.columns[:12]))
            raise ColdstartError(
                f"{path} has no column {source!r} (it has: {available}): rename the column, "
                f"or map it with columns={{'{column}': '<your column>'}}"
            )


def _check_ids(table: pd.DataFrame, path, column: str) -> None:
    ids = table[column].str.strip()
    empty = np.flatnonzero(ids.eq("").to_numpy())
    if len(empty):
        raise ColdstartError(
            f"{path} line {_line(empty[0])}: empty {column}: every row needs an id"
        )
    table[column] = ids


def _check_unique(table: pd.DataFrame, path, column: str) -> None:
    duplicated = table[column].duplicated(keep="first").to_numpy()
    if duplicated.any():
        row = int(np.flatnonzero(duplicated)[0])
        value = table[column].iloc[row]
        first = int(np.flatnonzero(table[column].eq(value).to_numpy())[0])
        raise ColdstartError(
            f"{path} line {_line(row)}: duplicate {column} {value!r} (first on line "
            f"{_line(first)}): ids must be unique"
        )


def _check_known(table, path, column, known: pd.Index, known_path) -> None:
    unknown = ~table[column].isin(known).to_numpy()
    if unknown.any():
        row = int(np.flatnonzero(unknown)[0])
        raise ColdstartError(
            f"{path} line {_line(row)}: {column} {table[column].iloc[row]!r} is not in "
            f"{known_path} ({int(unknown.sum())} such rows): fix the id or add it there"
        )


def _parse_ratings(table, path, rating_range) -> None:
    text = table[RATING].str.strip()
    values = pd.to_numeric(text.where(text.ne("")), errors="coerce")
    bad = (values.isna() & text.ne("")).to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ColdstartError(
            f"{path} line {_line(row)}: rating {text.iloc[row]!r} is not a number "
            "(leave it empty when there is no rating)"
        )
    if rating_range is not None:
        low, high = rating_range
        outside = ((values < low) | (values > high)).fillna(False).to_numpy()
        if outside.any():
            row = int(np.flatnonzero(outside)[0])
            raise ColdstartError(
                f"{path} line {_line(row)}: rating {text.iloc[row]} is outside {low:g}-{high:g}: "
                "fix it, or pass rating_range=(low, high) to match your scale"
            )
    table[RATING] = values.astype(float)


def parse_timestamps(values: pd.Series, path, column: str) -> pd.Series:
    """ISO-8601 strings or Unix seconds -> datetime64[ns, UTC]; one-line error otherwise."""
    text = values.str.strip()
    numeric = pd.to_numeric(text, errors="coerce")
    if text.ne("").all() and numeric.notna().all():
        return pd.to_datetime(numeric, unit="s", utc=True)
    parsed = pd.to_datetime(text.where(text.ne("")), utc=True, errors="coerce", format="ISO8601")
    bad = (parsed.isna() & text.ne("")).to_numpy()
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise ColdstartError(
            f"{path} line {_line(row)}: {column} {text.iloc[row]!r} is not a date/time: "
            "use ISO 8601 (2026-03-01T08:15:00Z) or Unix seconds"
        )
    return parsed


def from_csv(
    items: str | os.PathLike,
    interactions: str | os.PathLike,
    users: str | os.PathLike | None = None,
    edges: str | os.PathLike | None = None,
    *,
    columns: dict[str, str] | None = None,
    item_text: tuple[str, ...] | list[str] | None = None,
    user_text: str | None = None,
    rating_range: tuple[float, float] | None = (1, 5),
    name: str | None = None,
) -> Dataset:
    """Read and check your own files.

    Parameters
    ----------
    items, interactions, users, edges : paths to CSV files (``.csv`` or ``.csv.gz``)
    columns : our name -> your column name, e.g. ``{"item_id": "movieId", "rating": "stars"}``.
        Our names: ``item_id``, ``user_id``, ``friend_id``, ``rating``, ``event``,
        ``timestamp``, ``text``.
    item_text : item columns that hold text (default: ``title`` and ``description`` where
        present, else every column that is not an id, number or time).
    user_text : the users column with text (default ``text`` when present).
    rating_range : allowed (low, high) ratings; ``None`` accepts any number.
    """
    mapping = dict(columns or {})
    item_table = _rename(read_csv_checked(items, "items"), mapping)
    _require(item_table, items, [ITEM_ID], mapping)
    _check_ids(item_table, items, ITEM_ID)
    _check_unique(item_table, items, ITEM_ID)
    text_columns = _item_text_columns(item_table, items, item_text)
    for column in item_table.columns:
        if column.endswith("_at") or column == TIMESTAMP:
            item_table[column] = parse_timestamps(item_table[column], items, column)
    for column in ("price",):
        if column in item_table:
            item_table[column] = pd.to_numeric(item_table[column], errors="coerce")

    events = _rename(read_csv_checked(interactions, "interactions"), mapping)
    _require(events, interactions, [USER_ID, ITEM_ID], mapping)
    _check_ids(events, interactions, USER_ID)
    _check_ids(events, interactions, ITEM_ID)
    _check_known(events, interactions, ITEM_ID, pd.Index(item_table[ITEM_ID]), items)
    if RATING in events:
        _parse_ratings(events, interactions, rating_range)
    if TIMESTAMP in events:
        events[TIMESTAMP] = parse_timestamps(events[TIMESTAMP], interactions, TIMESTAMP)

    if users is not None:
        user_table = _rename(read_csv_checked(users, "users"), mapping)
        _require(user_table, users, [USER_ID], mapping)
        _check_ids(user_table, users, USER_ID)
        _check_unique(user_table, users, USER_ID)
        _check_known(events, interactions, USER_ID, pd.Index(user_table[USER_ID]), users)
        for column in user_table.columns:
            if column.endswith("_at"):
                user_table[column] = parse_timestamps(user_table[column], users, column)
    else:
        user_table = pd.DataFrame({USER_ID: pd.unique(events[USER_ID])})
    if user_text is not None:
        _require(user_table, users, [user_text], None)
    elif TEXT in user_table:
        user_text = TEXT

    edge_table = None
    if edges is not None:
        edge_table = _rename(read_csv_checked(edges, "edges"), mapping)
        _require(edge_table, edges, [USER_ID, FRIEND_ID], mapping)
        for column in (USER_ID, FRIEND_ID):
            _check_ids(edge_table, edges, column)
            _check_known(
                edge_table, edges, column, pd.Index(user_table[USER_ID]), users or interactions
            )
        edge_table = edge_table[[USER_ID, FRIEND_ID]].reset_index(drop=True)

    return Dataset(
        name=name or Path(items).resolve().parent.name,
        items=item_table.reset_index(drop=True),
        interactions=events.reset_index(drop=True),
        users=user_table.reset_index(drop=True),
        edges=edge_table,
        item_text_columns=text_columns,
        user_text_column=user_text,
        rating_range=tuple(rating_range) if rating_range is not None and RATING in events else None,
    )


def _item_text_columns(table, path, item_text) -> tuple[str, ...]:
    if item_text is not None:
        item_text = (item_text,) if isinstance(item_text, str) else tuple(item_text)
        _require(table, path, list(item_text), None)
        return item_text
    preferred = tuple(c for c in ("title", "description") if c in table)
    if preferred:
        return preferred
    guessed = []
    for column in table.columns:
        values = table[column]
        if column.endswith("_id") or column.endswith("_at") or column == TIMESTAMP:
            continue
        if pd.to_numeric(values, errors="coerce").notna().mean() > 0.9:
            continue
        guessed.append(column)
    if not guessed:
        raise ColdstartError(
            f"{path} has no text column: add a 'title' or 'description' column, "
            "or name one with item_text=[...]"
        )
    return tuple(guessed)
