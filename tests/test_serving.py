"""coldstart_lab.serving: exact and faiss indexes, vector compression, the grown catalogue."""

import subprocess
import sys

import numpy as np
import pytest

from coldstart_lab.errors import ColdstartError
from coldstart_lab.serving import (
    CompressedVectors,
    ExactIndex,
    FaissIndex,
    compress_vectors,
    grow_catalogue,
    latency_ms,
    recall_against_exact,
)


def unit(x):
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def clustered(n=3000, d=32, centres=30, spread=0.15, seed=0):
    """Unit vectors around ``centres`` random directions: an easy case for any index."""
    rng = np.random.default_rng(seed)
    middle = unit(rng.normal(size=(centres, d)))
    return unit(middle[rng.integers(0, centres, n)] + spread * rng.normal(size=(n, d)) / d**0.5)


def test_exact_index_matches_brute_force():
    vectors = clustered(n=500)
    queries = clustered(n=40, seed=1)
    ids = np.array([f"item{i}" for i in range(len(vectors))])
    found, scores = ExactIndex(batch_size=7).build(vectors, ids=ids).search(queries, k=10)
    every = queries @ vectors.T
    order = np.argsort(-every, axis=1, kind="stable")[:, :10]
    np.testing.assert_allclose(scores, np.take_along_axis(every, order, axis=1), atol=1e-6)
    assert (np.diff(scores, axis=1) <= 1e-7).all()  # best first
    # the same items (ties aside: compare the scores of what was found)
    np.testing.assert_allclose(
        np.take_along_axis(every, np.char.lstrip(found, "item").astype(int), axis=1), scores,
        atol=1e-6,
    )  # fmt: skip


def test_exact_index_k_equal_to_size_returns_everything_sorted():
    vectors = clustered(n=12)
    ids, scores = ExactIndex().build(vectors).search(vectors[:2], k=12)
    assert sorted(ids[0]) == list(range(12)) and ids[0, 0] == 0 and ids[1, 0] == 1
    assert (np.diff(scores, axis=1) <= 1e-7).all()


@pytest.mark.parametrize(
    ("kind", "settings"),
    [("flat", {}), ("hnsw", {"m": 16}), ("ivf", {"n_lists": 30, "n_probe": 5})],
)
def test_faiss_recall_on_an_easy_case(kind, settings):
    # low-dimensional, overlapping clusters: well-defined neighbours, few exact ties
    vectors, queries = clustered(d=8, spread=1.0), clustered(n=100, d=8, spread=1.0, seed=1)
    exact, _ = ExactIndex().build(vectors).search(queries, k=10)
    index = FaissIndex(kind, **settings).build(vectors)
    found, scores = index.search(queries, k=10)
    recall = recall_against_exact(found, exact)
    assert recall == 1.0 if kind == "flat" else recall > 0.9
    assert (np.diff(scores, axis=1) <= 1e-6).all()


def test_faiss_storage_and_memory():
    vectors = clustered(n=1000, d=64)
    flat = FaissIndex("flat").build(vectors)
    int8 = FaissIndex("flat", "int8").build(vectors)
    half = FaissIndex("hnsw", "float16", m=8).build(vectors)
    assert flat.nbytes == 1000 * 64 * 4 and int8.nbytes == 1000 * 64
    assert 1000 * 64 * 2 < half.nbytes < flat.nbytes  # codes plus the graph's links
    queries = clustered(n=50, d=64, seed=1)
    exact, _ = flat.search(queries, 10)
    assert recall_against_exact(int8.search(queries, 10)[0], exact) > 0.9


@pytest.mark.parametrize("make", [ExactIndex, lambda: FaissIndex("hnsw", m=8)])
def test_add_then_search_finds_the_new_item(make):
    vectors = clustered(n=400)
    ids = np.array([f"p{i:04d}" for i in range(len(vectors))])
    index = make().build(vectors, ids=ids)
    new = unit(np.random.default_rng(5).normal(size=(1, vectors.shape[1])))
    before, _ = index.search(new, k=3)
    assert "p9999" not in before
    index.add(new, ids=["p9999"])
    after, scores = index.search(new, k=3)
    assert after[0, 0] == "p9999" and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    assert len(index) == 401


def test_add_without_ids_numbers_on():
    index = ExactIndex().build(clustered(n=5))
    index.add(clustered(n=2, seed=3))
    assert list(index.ids_) == [0, 1, 2, 3, 4, 5, 6]


BAD = [
    (lambda: ExactIndex().build(np.zeros(5)), "2-d"),
    (lambda: ExactIndex().build(np.full((3, 4), np.nan)), "NaN"),
    (lambda: ExactIndex().build(np.ones((3, 4)), ids=[1, 1, 2]), "unique"),
    (lambda: ExactIndex().build(np.ones((3, 4)), ids=[1, 2]), "one id per vector"),
    (lambda: ExactIndex().search(np.ones((1, 4)), 1), "before build"),
    (lambda: ExactIndex().add(np.ones((1, 4))), "before build"),
    (lambda: ExactIndex().build(np.ones((3, 4))).search(np.ones((1, 5)), 1), "dimensions"),
    (lambda: ExactIndex().build(np.ones((3, 4))).search(np.ones((1, 4)), 4), "k must"),
    (lambda: ExactIndex().build(np.ones((3, 4))).search(np.ones((1, 4)), 0), "k must"),
    (lambda: ExactIndex().build(np.ones((3, 4))).add(np.ones((1, 4)), ids=[2]), "already"),
    (lambda: ExactIndex().build(np.ones((2, 4)), ids=["a", "b"]).add(np.ones((1, 4))), "give ids"),
    (lambda: FaissIndex("annoy").build(np.ones((3, 4))), "kind must"),
    (lambda: FaissIndex(storage="int4").build(np.ones((3, 4))), "storage must"),
    (lambda: FaissIndex(m=0).build(np.ones((3, 4))), "m must"),
    (lambda: compress_vectors(np.ones((3, 4)), dtype="int4"), "dtype must"),
    (lambda: compress_vectors(np.ones((3, 4)), n_components=5), "n_components"),
    (lambda: grow_catalogue(np.ones((3, 4)), 0), "n must"),
    (lambda: recall_against_exact(np.ones((2, 3)), np.ones((2, 4))), "one shape"),
    (lambda: latency_ms(lambda: None, repeats=0), "repeats"),
]  # fmt: skip


@pytest.mark.parametrize(("call", "words"), BAD, ids=[w for _, w in BAD])
def test_bad_input_is_refused_in_one_line(call, words):
    with pytest.raises(ColdstartError, match=words) as caught:
        call()
    assert "\n" not in str(caught.value)


def test_compression_round_trips_within_tolerance():
    vectors = clustered(n=600, d=48)
    half = compress_vectors(vectors, "float16")
    assert half.codes.dtype == np.float16 and half.nbytes == vectors.nbytes // 2
    assert np.abs(half.decompress() - vectors).max() < 1e-3
    int8 = compress_vectors(vectors, "int8")
    assert int8.codes.dtype == np.int8 and int8.nbytes == vectors.size + 48 * 4
    error = np.abs(int8.decompress() - vectors)
    assert (error <= int8.scale / 2 + 1e-6).all() and error.max() > 0
    full = compress_vectors(vectors, n_components=48)
    np.testing.assert_allclose(full.decompress(), vectors, atol=1e-4)


def test_pca_keeps_the_largest_directions():
    rng = np.random.default_rng(0)
    # variance mostly in the first 3 of 20 dimensions
    vectors = rng.normal(size=(500, 20)) * np.r_[np.full(3, 5.0), np.full(17, 0.1)]
    packed = compress_vectors(vectors, n_components=3)
    assert packed.codes.shape == (500, 3) and packed.components.shape == (3, 20)
    residual = ((packed.decompress() - vectors) ** 2).sum(axis=1).mean()
    assert residual < 17 * 0.1**2 * 1.3  # about the discarded variance
    assert isinstance(packed, CompressedVectors)
    assert packed.nbytes == 500 * 3 * 4 + 3 * 20 * 4 + 20 * 4


def test_grown_catalogue_is_seeded_unit_and_keeps_the_real_rows():
    real = clustered(n=50, d=16)
    grown = grow_catalogue(real, 1000, seed=3, chunk=300)
    assert grown.shape == (1000, 16) and grown.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(grown, axis=1), 1, atol=1e-5)
    np.testing.assert_allclose(grown[:50], real, atol=1e-6)
    np.testing.assert_array_equal(grown, grow_catalogue(real, 1000, seed=3, chunk=300))
    other = grow_catalogue(real, 1000, seed=4, keep_real=False)
    assert not np.allclose(other[:50], real)
    # each grown row stays close to some real row
    assert (grown[50:] @ real.T).max(axis=1).mean() > 0.7


def test_recall_against_exact_counts_shared_ids():
    exact = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    approx = np.array([[4, 3, 9, 1], [5, -1, -1, -1]])
    assert recall_against_exact(approx, exact) == pytest.approx((3 + 1) / 8)


def test_latency_excludes_the_warm_up():
    calls = []
    times = latency_ms(lambda: calls.append(1), repeats=7, warmup=2)
    assert len(calls) == 9 and times.shape == (7,) and (times >= 0).all()


def test_importing_serving_imports_neither_faiss_nor_tensorflow():
    script = (
        "import sys, coldstart_lab.serving\n"
        "loaded = {'faiss', 'tensorflow', 'keras'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_many_single_adds_keep_every_vector():
    vectors = clustered(n=40, d=8, spread=1.0)
    index = ExactIndex().build(vectors[:3])
    for i in range(3, 40):  # the store grows by doubling: the vectors must survive each copy
        index.add(vectors[i : i + 1])
    np.testing.assert_array_equal(index.vectors_, vectors)
    assert index.nbytes == vectors.nbytes
    ids, _ = index.search(vectors, k=1)
    np.testing.assert_array_equal(ids[:, 0], np.arange(40))
