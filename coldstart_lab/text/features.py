"""Item and user text as vectors, shared by every text-aware model.

``encoder`` arguments across the package accept ``"lm"`` (the bundled BERT encoder, with an
on-disk embedding cache), ``"tfidf"`` (TF-IDF fitted on the item texts), or any object with
``fit(texts)`` / ``encode(texts)`` (e.g. ``BertEncoder("hf://...")``).

Vectors are memoised per (encoder, item and user texts) for the life of the process, so the
models of one benchmark run encode the catalogue once. The memo is keyed on the texts'
content (editing a dataset's text gives new vectors), keeps the :data:`MEMO_SIZE` most
recently used results, and hands out read-only arrays (``.copy()`` one to modify it).
:func:`clear_text_vector_memo` empties it.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import numpy as np

from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError

MEMO_SIZE = 4  # results kept; one dense TF-IDF result of 3,000 items is ~240 MB

_SHARED_BERT = None
# key -> (encoder object or None, item vectors, user vectors), least recently used first.
# Not functools.lru_cache: its arguments would have to be hashable, and a Dataset (DataFrames)
# and most encoder objects are not; it would also key on the Dataset object, not its text.
_MEMO: OrderedDict = OrderedDict()


def shared_bert_encoder():
    """One bundled :class:`BertEncoder` per process (loading and compiling cost seconds)."""
    global _SHARED_BERT
    if _SHARED_BERT is None:
        from coldstart_lab.cache_dirs import default_cache_dir  # noqa: PLC0415
        from coldstart_lab.text.encoders import BertEncoder  # noqa: PLC0415

        _SHARED_BERT = BertEncoder(cache_dir=default_cache_dir() / "embeddings")
    return _SHARED_BERT


def resolve_encoder(encoder):
    """``"lm"`` / ``"tfidf"`` / an encoder object -> an encoder object."""
    if isinstance(encoder, str):
        if encoder == "lm":
            return shared_bert_encoder()
        if encoder == "tfidf":
            from coldstart_lab.text.encoders import TfidfEncoder  # noqa: PLC0415

            return TfidfEncoder()
        raise ValueError(
            f"encoder must be 'lm', 'tfidf' or an encoder object, got {encoder!r} "
            "(for another checkpoint pass BertEncoder(PATH))"
        )
    if not (hasattr(encoder, "encode") and hasattr(encoder, "fit")):
        raise ValueError(f"{encoder!r} has no fit/encode methods: it is not a text encoder")
    return encoder


def clear_text_vector_memo() -> None:
    """Forget every memoised result of :func:`text_vectors` (and the encoders it holds)."""
    _MEMO.clear()


def _texts_digest(item_text: list[str], user_text: list[str]) -> bytes:
    """A digest of both text lists: the counts, each text's length, then the texts joined.

    With the lengths the joined string splits back into the texts in one way only, so
    different lists never share the input to the hash (whatever characters the texts hold).
    """
    digest = hashlib.sha256()  # faster than blake2b where the CPU has SHA instructions
    for texts in (item_text, user_text):
        digest.update(len(texts).to_bytes(8, "little"))
        digest.update(np.fromiter(map(len, texts), np.int64, len(texts)).tobytes())
        digest.update("\x00".join(texts).encode("utf-8", "surrogatepass"))
    return digest.digest()


def _encoder_identity(requested, encoder) -> tuple[tuple, object]:
    """(the encoder's part of the memo key, the object the memo entry must keep alive)."""
    if isinstance(requested, str) and requested == "tfidf":
        # A fresh TfidfEncoder per call: what defines its vectors is its parameters, so equal
        # parameters share one entry and repeated calls do not fit a new vectorizer.
        params = (encoder.max_features, encoder.ngram_range, encoder.min_df, encoder.stop_words)
        return ("tfidf", *params), None
    # "lm" (the one shared BERT encoder of the process) and encoder objects: keyed on id(). An
    # id is only unique among objects alive at the same time, so the entry keeps a reference
    # to the encoder: while the entry lives, no new object can be given the same id and hit
    # vectors that another encoder made. An object changed after use (refitted, retrained)
    # keeps its old entries: call clear_text_vector_memo().
    return ("object", id(encoder)), encoder


def text_vectors(data: Dataset, encoder) -> tuple[np.ndarray, np.ndarray]:
    """(item vectors ``(n_items, d)``, user vectors ``(n_users, d)``), rows in table order.

    The encoder is fitted on the item texts (a no-op for pretrained models). Users without
    text get zero vectors. Results are memoised on the encoder and the texts' content (see
    the module docstring); the arrays are read-only, shared by every caller that gets them.
    """
    resolved = resolve_encoder(encoder)
    item_text = data.item_text.tolist()
    user_text = data.user_text.tolist()
    identity, keep_alive = _encoder_identity(encoder, resolved)
    key = (*identity, _texts_digest(item_text, user_text))
    entry = _MEMO.get(key)
    if entry is not None:
        _MEMO.move_to_end(key)
        return entry[1], entry[2]
    if not any(t.strip() for t in item_text):
        raise ColdstartError(f"dataset {data.name!r} has no item text to encode")
    resolved.fit(item_text)
    # A copy of our own: the encoder may keep the array it returned (a cache, say), and that
    # one must not be made read-only.
    items = np.array(resolved.encode(item_text), dtype=np.float32)
    users = np.zeros((len(user_text), items.shape[1]), np.float32)
    has_text = np.array([bool(t.strip()) for t in user_text], dtype=bool)
    if has_text.any():
        users[has_text] = resolved.encode(
            [t for t, h in zip(user_text, has_text, strict=True) if h]
        )
    # Read-only rather than copies: no caller writes into them, and a dense TF-IDF result can
    # be hundreds of MB per copy. A caller that tries gets an error, not a corrupted memo.
    items.setflags(write=False)
    users.setflags(write=False)
    _MEMO[key] = (keep_alive, items, users)  # not `data`: the memo keeps no Dataset alive
    _MEMO.move_to_end(key)
    while len(_MEMO) > MEMO_SIZE:
        _MEMO.popitem(last=False)
    return items, users
