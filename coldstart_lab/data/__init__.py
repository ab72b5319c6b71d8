"""Data: the :class:`Dataset`, reading your CSV files, the datasets by name, splits, samples.

The short imports a notebook types::

    from coldstart_lab.data.registry import load_dataset
    from coldstart_lab.data.dataset import from_csv, item_cold_split, ITEM_ID

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``dataset``            :class:`Dataset`, column names, :func:`from_csv` (checked reading)
``registry``           :func:`load_dataset`, :func:`list_datasets`, :func:`data_dir`
``public``             the public datasets (MovieLens, MIND, Amazon, Last.fm): parse, load
``download``           fetching and unpacking a public dataset's files (checksummed, cached)
``splits``             leak-free splits: cold items, cold users with k shots, warm, temporal
``sampling``           negative sampling for click models
``interactions``       helpers on interaction tables (:func:`positions_per_user`)
``synthetic``          the generator of the bundled datasets (not imported by anything else)
=====================  ==============================================================

Nothing here imports TensorFlow, a model or the evaluation.
"""

from coldstart_lab.data.dataset import (
    EVENT,
    FRIEND_ID,
    ITEM_ID,
    RATING,
    TEXT,
    TIMESTAMP,
    USER_ID,
    Dataset,
    from_csv,
)
from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.data.public import list_public, load_public
from coldstart_lab.data.registry import BUNDLED, data_dir, list_datasets, load_dataset
from coldstart_lab.data.sampling import click_examples
from coldstart_lab.data.splits import (
    Split,
    item_cold_split,
    temporal_split,
    user_cold_split,
    warm_split,
)

__all__ = [
    "BUNDLED",
    "EVENT",
    "FRIEND_ID",
    "ITEM_ID",
    "RATING",
    "TEXT",
    "TIMESTAMP",
    "USER_ID",
    "Dataset",
    "Split",
    "click_examples",
    "data_dir",
    "from_csv",
    "item_cold_split",
    "list_datasets",
    "list_public",
    "load_dataset",
    "load_public",
    "positions_per_user",
    "temporal_split",
    "user_cold_split",
    "warm_split",
]
