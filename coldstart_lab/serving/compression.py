"""Smaller item vectors: float16, int8 and fewer dimensions (PCA), and back.

A catalogue's vectors are stored compressed and turned back into float32 to be scored::

    packed = compress_vectors(item_vectors, dtype="int8", n_components=128)
    packed.nbytes                 # what storing them costs
    approx = packed.decompress()  # float32 (n, d) again, close to item_vectors

- ``float16``: half the bytes, about 3 significant digits;
- ``int8``: a quarter; each dimension is scaled by its largest absolute value to -127..127
  (symmetric, one float32 scale per dimension);
- ``n_components=r``: keep the first r principal directions (PCA fitted on the vectors
  themselves); the stored codes are ``(n, r)``, plus the ``(r, d)`` directions and the mean.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from coldstart_lab.errors import ColdstartError
from coldstart_lab.serving.index import check_vectors

DTYPES = ("float32", "float16", "int8")


@dataclass
class CompressedVectors:
    """Vectors as stored: ``codes`` ``(n, r)`` in float32/float16/int8, and what decodes them.

    ``scale`` ``(r,)``: int8 only, the step of each dimension; ``components`` ``(r, d)`` and
    ``mean`` ``(d,)``: PCA only.
    """

    codes: np.ndarray
    scale: np.ndarray | None = None
    components: np.ndarray | None = None
    mean: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        """Bytes stored: the codes plus the scales, directions and mean that decode them."""
        parts = (self.codes, self.scale, self.components, self.mean)
        return int(sum(p.nbytes for p in parts if p is not None))

    def decompress(self) -> np.ndarray:
        """float32 ``(n, d)``: the vectors back in their original dimensions."""
        vectors = self.codes.astype(np.float32)
        if self.scale is not None:
            vectors *= self.scale
        if self.components is not None:
            vectors = vectors @ self.components + self.mean
        return vectors


def compress_vectors(vectors, dtype: str = "float32", n_components: int | None = None):
    """Compress ``vectors`` ``(n, d)`` for storage.

    Parameters
    ----------
    vectors : array ``(n, d)``
    dtype : "float32", "float16" or "int8"
        The type of the stored codes.
    n_components : int, optional
        Keep this many principal directions (1 to min(n, d)); ``None`` keeps all d dimensions
        as they are (no PCA).

    Returns
    -------
    CompressedVectors
    """
    vectors = check_vectors(vectors)
    if dtype not in DTYPES:
        raise ColdstartError(f"dtype must be one of {', '.join(DTYPES)}, got {dtype!r}")
    components = mean = None
    codes = vectors
    if n_components is not None:
        limit = min(vectors.shape)
        if isinstance(n_components, bool) or not 1 <= int(n_components) <= limit:
            raise ColdstartError(f"n_components must be from 1 to {limit}, got {n_components!r}")
        mean = vectors.mean(axis=0)
        _, _, directions = np.linalg.svd(vectors - mean, full_matrices=False)
        components = np.ascontiguousarray(directions[: int(n_components)], np.float32)
        codes = (vectors - mean) @ components.T
    scale = None
    if dtype == "int8":
        scale = np.abs(codes).max(axis=0) / 127.0
        scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
        codes = np.clip(np.rint(codes / scale), -127, 127).astype(np.int8)
    else:
        codes = codes.astype(dtype)
    return CompressedVectors(codes, scale, components, mean)
