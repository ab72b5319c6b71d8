"""Datasets by name: the bundled scenarios (offline) and the public datasets (downloaded once).

This is the one module that knows both kinds; :mod:`coldstart_lab.data.dataset` knows neither,
and :mod:`coldstart_lab.data.public` knows only the public ones.
"""

from __future__ import annotations

import os
from pathlib import Path

from coldstart_lab.data.dataset import ENV_DATA_DIR, Dataset, from_csv
from coldstart_lab.data.public import list_public, load_public, public_spec
from coldstart_lab.errors import ColdstartError

BUNDLED = {
    "shop": "e-commerce: products, shoppers' onboarding text, views/carts/purchases, ratings",
    "news": "content: articles, click logs, a steady stream of new articles",
    "social": "social network: bios, friendships, posts/groups/creators",
}


def data_dir() -> Path:
    """The bundled ``datasets/`` folder (``$COLDSTART_LAB_DATA`` overrides)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(__file__).resolve().parents[2] / "datasets"


def list_datasets() -> dict[str, str]:
    """Name -> one-line description of every dataset :func:`load_dataset` knows: the bundled
    scenarios, then the public datasets downloaded on first use (``amazon-<Category>`` works
    for every Amazon Reviews 2023 category; ``amazon-All_Beauty`` is the one listed)."""
    return {**BUNDLED, **list_public()}


def load_dataset(name: str, cache_dir: str | os.PathLike | None = None) -> Dataset:
    """A dataset by name: a bundled scenario (``shop``, ``news``, ``social``; offline), or a
    public dataset (``movielens-100k``, ``mind-small``, ...; downloaded once into
    ``cache_dir``, default :func:`~coldstart_lab.cache_dirs.data_cache_dir`)."""
    if name not in BUNDLED:
        if public_spec(name) is not None:
            return load_public(name, cache_dir=cache_dir)
        known = ", ".join(list_datasets())
        raise ColdstartError(f"unknown dataset {name!r}: choose one of {known}")
    folder = data_dir() / name
    if not (folder / "items.csv.gz").exists():
        raise ColdstartError(
            f"bundled dataset {name!r} is not at {folder}: run from a clone of the course "
            f"repository, or set {ENV_DATA_DIR} to its datasets/ folder"
        )
    optional = {t: folder / f"{t}.csv.gz" for t in ("users", "edges")}
    return from_csv(
        folder / "items.csv.gz",
        folder / "interactions.csv.gz",
        users=optional["users"] if optional["users"].exists() else None,
        edges=optional["edges"] if optional["edges"].exists() else None,
        name=name,
    )
