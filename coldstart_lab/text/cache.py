"""An on-disk embedding cache: encode each (model, text) pair once, reuse it everywhere.

One ``.npz`` file per model, named after the model's fingerprint, holding

- ``keys``        uint8 ``(n, 32)``: SHA-256 of each text (UTF-8)
- ``embeddings``  float32 ``(n, dim)``
- ``meta``        a JSON string: format version, model fingerprint and name, ``dim``

Files are loaded with ``allow_pickle=False`` and written atomically with
:func:`coldstart_lab._atomic.open_atomic` (temporary file in the same folder, then a
rename). A file that is unreadable, inconsistent or made for a different model is reported
with a warning and rebuilt, never silently used.
"""

from __future__ import annotations

import hashlib
import json
import warnings
import zipfile
from pathlib import Path

import numpy as np

from coldstart_lab._atomic import open_atomic

FORMAT_VERSION = 1


def text_keys(texts: list[str]) -> np.ndarray:
    """SHA-256 digests of the texts, as a uint8 array of shape ``(n, 32)``."""
    digests = b"".join(hashlib.sha256(t.encode("utf-8")).digest() for t in texts)
    return np.frombuffer(digests, dtype=np.uint8).reshape(len(texts), 32).copy()


class EmbeddingCache:
    """Embeddings of one model, stored in ``directory/<fingerprint[:16]>.npz``.

    Parameters
    ----------
    directory : path
        Folder for the cache files (created when first written).
    fingerprint : str
        The model's identity (:attr:`PretrainedModel.fingerprint`, or any stable string).
    dim : int
        Embedding width; a file holding another width is treated as corrupt.
    model_name : str
        Human-readable name stored alongside, for people inspecting the file.
    """

    def __init__(self, directory, fingerprint: str, dim: int, model_name: str = ""):
        if not fingerprint:
            raise ValueError("fingerprint must be a non-empty string")
        if int(dim) <= 0:
            raise ValueError(f"dim must be positive, got {dim}")
        self.directory = Path(directory)
        self.fingerprint = fingerprint
        self.dim = int(dim)
        self.model_name = model_name
        self.path = self.directory / f"{fingerprint[:16]}.npz"
        self._index: dict[bytes, int] | None = None
        self._keys = np.zeros((0, 32), np.uint8)
        self._embeddings = np.zeros((0, self.dim), np.float32)

    def __len__(self) -> int:
        self._load()
        return len(self._keys)

    def lookup(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Cached vectors for ``texts``.

        Returns
        -------
        embeddings : float32 ``(n, dim)``; rows of missing texts are zero.
        found : bool ``(n,)``; True where the text was in the cache.
        """
        self._load()
        keys = text_keys(texts)
        rows = np.array([self._index.get(k.tobytes(), -1) for k in keys], dtype=np.int64)
        found = rows >= 0
        out = np.zeros((len(texts), self.dim), np.float32)
        out[found] = self._embeddings[rows[found]]
        return out, found

    def add(self, texts: list[str], embeddings: np.ndarray) -> None:
        """Store vectors for ``texts`` and write the file atomically."""
        embeddings = np.asarray(embeddings, dtype=np.float32)
        if embeddings.shape != (len(texts), self.dim):
            raise ValueError(
                f"embeddings have shape {embeddings.shape}, expected ({len(texts)}, {self.dim})"
            )
        self._load()
        keys = text_keys(texts)
        fresh, seen = [], set(self._index)
        for row, key in enumerate(keys):  # skip known texts and repeats within this call
            if key.tobytes() not in seen:
                seen.add(key.tobytes())
                fresh.append(row)
        if not fresh:
            return
        self._keys = np.concatenate([self._keys, keys[fresh]])
        self._embeddings = np.concatenate([self._embeddings, embeddings[fresh]])
        self._index = {k.tobytes(): i for i, k in enumerate(self._keys)}
        self._write()

    def _meta(self) -> str:
        return json.dumps(
            {
                "format": FORMAT_VERSION,
                "fingerprint": self.fingerprint,
                "model": self.model_name,
                "dim": self.dim,
            },
            sort_keys=True,
        )

    def _load(self) -> None:
        if self._index is not None:
            return
        self._index = {}
        if not self.path.exists():
            return
        try:
            keys, embeddings = self._read_checked()
        except _CorruptCache as problem:
            warnings.warn(
                f"embedding cache {self.path} is unusable ({problem}); it will be rebuilt",
                RuntimeWarning,
                stacklevel=3,
            )
            return
        self._keys, self._embeddings = keys, embeddings
        self._index = {k.tobytes(): i for i, k in enumerate(keys)}

    def _read_checked(self) -> tuple[np.ndarray, np.ndarray]:
        try:
            with np.load(self.path, allow_pickle=False) as data:
                names = set(data.files)
                if not {"keys", "embeddings", "meta"} <= names:
                    raise _CorruptCache(
                        f"missing arrays {sorted({'keys', 'embeddings', 'meta'} - names)}"
                    )
                keys, embeddings, meta = data["keys"], data["embeddings"], str(data["meta"])
        except _CorruptCache:
            raise
        except (OSError, ValueError, EOFError, zipfile.BadZipFile, KeyError) as error:
            raise _CorruptCache(f"unreadable: {error.__class__.__name__}") from None
        try:
            info = json.loads(meta)
        except json.JSONDecodeError:
            raise _CorruptCache("unreadable metadata") from None
        if not isinstance(info, dict) or info.get("format") != FORMAT_VERSION:
            raise _CorruptCache("written by another cache format")
        if info.get("fingerprint") != self.fingerprint:
            raise _CorruptCache("made for a different model")
        if keys.dtype != np.uint8 or keys.ndim != 2 or keys.shape[1] != 32:
            raise _CorruptCache("bad key array")
        if embeddings.dtype != np.float32 or embeddings.shape != (len(keys), self.dim):
            raise _CorruptCache(
                f"embeddings of shape {embeddings.shape} for {len(keys)} keys of width {self.dim}"
            )
        if not np.isfinite(embeddings).all():
            raise _CorruptCache("non-finite values")
        if len(np.unique(keys, axis=0)) != len(keys):
            raise _CorruptCache("duplicate keys")
        return keys, embeddings

    def _write(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        with open_atomic(self.path) as out:
            np.savez(out, keys=self._keys, embeddings=self._embeddings, meta=np.str_(self._meta()))


class _CorruptCache(Exception):
    pass
