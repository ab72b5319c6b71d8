"""Measuring retrieval at scale: a grown catalogue, recall against exact search, latency.

:func:`grow_catalogue` makes a catalogue of any size from real item vectors, so that an
approximate index can be tried on a million items on a laptop. Each synthetic item is a blend
of two real items plus noise, scaled to unit length: the catalogue keeps the real one's
topics and neighbourhoods (many near-duplicates, like a marketplace's), not its exact
geometry. Figures measured on it say how an index behaves on vectors of this kind, not what a
real catalogue of that size would give.
"""

from __future__ import annotations

import time

import numpy as np

from coldstart_lab.errors import ColdstartError
from coldstart_lab.serving.index import check_vectors


def grow_catalogue(
    vectors,
    n: int,
    *,
    noise: float = 0.3,
    keep_real: bool = True,
    seed: int = 0,
    chunk: int = 100_000,
) -> np.ndarray:
    """A catalogue of ``n`` unit vectors ``(n, d)`` float32 grown from ``vectors`` ``(m, d)``.

    Row i (after the real rows when ``keep_real``) is ``(1 - w) a + w b + e``, normalised:
    ``a``, ``b`` two real rows drawn at random, ``w`` uniform in [0, 0.5], ``e`` Gaussian
    noise of expected length ``noise``. ``keep_real``: the first m rows are the real vectors
    (normalised). Generated ``chunk`` rows at a time; the same ``seed`` gives the same rows.
    """
    real = check_vectors(vectors)
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise ColdstartError(f"n must be a positive whole number, got {n!r}")
    if not 0 <= float(noise) < 10:
        raise ColdstartError(f"noise must be between 0 and 10, got {noise!r}")
    real = real / np.maximum(np.linalg.norm(real, axis=1, keepdims=True), 1e-12)
    m, d = real.shape
    out = np.empty((int(n), d), np.float32)
    start = min(m, int(n)) if keep_real else 0
    out[:start] = real[:start]
    rng = np.random.default_rng(seed)
    sigma = float(noise) / np.sqrt(d)
    for begin in range(start, int(n), int(chunk)):
        size = min(int(chunk), int(n) - begin)
        a, b = rng.integers(0, m, size), rng.integers(0, m, size)
        w = rng.uniform(0.0, 0.5, size).astype(np.float32)[:, None]
        block = (1 - w) * real[a] + w * real[b]
        block += rng.normal(0.0, sigma, (size, d)).astype(np.float32)
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[begin : begin + size] = block
    return out


def recall_against_exact(approx_ids, exact_ids) -> float:
    """Mean share of each exact top-K list that the approximate list also holds.

    ``approx_ids`` ``(n_queries, k)`` and ``exact_ids`` ``(n_queries, k)``, the same k.
    """
    approx, exact = np.asarray(approx_ids), np.asarray(exact_ids)
    if approx.ndim != 2 or approx.shape != exact.shape or approx.size == 0:
        raise ColdstartError(
            f"need two id arrays (n_queries, k) of one shape, got {approx.shape}, {exact.shape}"
        )
    hits = (approx[:, :, None] == exact[:, None, :]).any(axis=2)
    return float(hits.mean())


def latency_ms(call, repeats: int = 50, warmup: int = 3) -> np.ndarray:
    """Milliseconds of ``call()`` per run, ``repeats`` runs after ``warmup`` unmeasured ones.

    The warm-up runs absorb one-off costs (compilation, first touch of memory, caches); the
    result holds only the measured runs, in order: read its median and 90th percentile.
    """
    if int(repeats) < 1 or int(warmup) < 0:
        raise ColdstartError(f"repeats must be >= 1 and warmup >= 0, got {repeats}, {warmup}")
    for _ in range(int(warmup)):
        call()
    times = np.empty(int(repeats))
    for i in range(int(repeats)):
        start = time.perf_counter()
        call()
        times[i] = (time.perf_counter() - start) * 1000
    return times
