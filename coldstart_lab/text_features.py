"""Item and user text as vectors, shared by every text-aware model.

``encoder`` arguments across the package accept ``"lm"`` (the bundled BERT encoder, with an
on-disk embedding cache), ``"tfidf"`` (TF-IDF fitted on the item texts), or any object with
``fit(texts)`` / ``encode(texts)`` (e.g. ``BertEncoder("hf://...")``).

Vectors are memoised per (encoder, dataset) for the life of the process, so the models of one
benchmark run encode the catalogue once.
"""

from __future__ import annotations

import numpy as np

from coldstart_lab.data import Dataset
from coldstart_lab.errors import ColdstartError

_SHARED_BERT = None
_MEMO: dict = {}


def shared_bert_encoder():
    """One bundled :class:`BertEncoder` per process (loading and compiling cost seconds)."""
    global _SHARED_BERT
    if _SHARED_BERT is None:
        from coldstart_lab.cache import default_cache_dir  # noqa: PLC0415
        from coldstart_lab.encoders import BertEncoder  # noqa: PLC0415

        _SHARED_BERT = BertEncoder(cache_dir=default_cache_dir() / "embeddings")
    return _SHARED_BERT


def resolve_encoder(encoder):
    """``"lm"`` / ``"tfidf"`` / an encoder object -> an encoder object."""
    if isinstance(encoder, str):
        if encoder == "lm":
            return shared_bert_encoder()
        if encoder == "tfidf":
            from coldstart_lab.encoders import TfidfEncoder  # noqa: PLC0415

            return TfidfEncoder()
        raise ValueError(f"encoder must be 'lm', 'tfidf' or an encoder object, got {encoder!r}")
    if not (hasattr(encoder, "encode") and hasattr(encoder, "fit")):
        raise ValueError(f"{encoder!r} has no fit/encode methods: it is not a text encoder")
    return encoder


def text_vectors(data: Dataset, encoder) -> tuple[np.ndarray, np.ndarray]:
    """(item vectors ``(n_items, d)``, user vectors ``(n_users, d)``), rows in table order.

    The encoder is fitted on the item texts (a no-op for pretrained models). Users without
    text get zero vectors.
    """
    encoder = resolve_encoder(encoder)
    key = (id(encoder), id(data), len(data.items), len(data.users))
    if key in _MEMO:  # the entry keeps encoder and data alive, so ids are not reused
        return _MEMO[key][2:]
    item_text = data.item_text.tolist()
    if not any(t.strip() for t in item_text):
        raise ColdstartError(f"dataset {data.name!r} has no item text to encode")
    encoder.fit(item_text)
    items = encoder.encode(item_text)
    user_text = data.user_text.tolist()
    users = np.zeros((len(user_text), items.shape[1]), np.float32)
    has_text = np.array([bool(t.strip()) for t in user_text])
    if has_text.any():
        users[has_text] = encoder.encode([t for t, h in zip(user_text, has_text, strict=True) if h])
    _MEMO[key] = (encoder, data, items.astype(np.float32), users)
    return _MEMO[key][2:]
