"""Top-K search over item vectors: exact (NumPy) or approximate (faiss), behind one interface.

Both indexes score by inner product, which is the cosine similarity for the unit-length
vectors the course's encoders return::

    index = ExactIndex().build(item_vectors, ids=item_ids)   # (n_items, d), (n_items,)
    index.add(new_vectors, ids=new_ids)                       # a new item, servable at once
    ids, scores = index.search(queries, k=20)                 # (n_queries, 20) each, best first

:class:`ExactIndex` compares each query with every vector: exact, and fast enough for a few
hundred thousand items. :class:`FaissIndex` wraps an approximate nearest-neighbour index from
faiss (HNSW graph or IVF clusters, vectors stored as float32, float16 or int8): it looks at a
small part of the catalogue per query, so it may miss some of the true top K. faiss is imported
when the first :class:`FaissIndex` is built, not when this module is.
"""

from __future__ import annotations

import numpy as np

from coldstart_lab.errors import ColdstartError

KINDS = ("flat", "hnsw", "ivf")
STORAGES = ("float32", "float16", "int8")
MISSING_ID = -1  # the id returned (with score -inf) where an index found fewer than k items


def check_vectors(vectors, what: str = "vectors", dim: int | None = None) -> np.ndarray:
    """``vectors`` as a C-contiguous float32 array ``(n, d)``; one-line errors otherwise."""
    array = np.asarray(vectors)
    if array.ndim != 2 or array.shape[0] == 0 or array.shape[1] == 0:
        raise ColdstartError(f"{what} must be a non-empty 2-d array (n, d), got {array.shape}")
    if not np.issubdtype(array.dtype, np.number):
        raise ColdstartError(f"{what} must be numbers, got dtype {array.dtype}")
    if dim is not None and array.shape[1] != dim:
        raise ColdstartError(f"{what} have {array.shape[1]} dimensions, the index has {dim}")
    array = np.ascontiguousarray(array, dtype=np.float32)
    if not np.isfinite(array).all():
        raise ColdstartError(f"{what} contain NaN or infinite values")
    return array


class _Index:
    """The id bookkeeping and checks shared by both indexes."""

    def __init__(self) -> None:
        self.ids_ = None
        self.dim_ = None

    def __len__(self) -> int:
        return 0 if self.ids_ is None else len(self.ids_)

    def build(self, vectors, ids=None):
        """Index ``vectors`` ``(n, d)`` (replacing anything indexed before).

        ``ids`` ``(n,)``: any unique labels (item ids); default the row numbers 0..n-1.
        Returns the index itself.
        """
        vectors = check_vectors(vectors)
        ids = self._check_ids(ids, len(vectors), existing=None)
        self.dim_ = vectors.shape[1]
        self._build(vectors)
        self.ids_ = ids
        return self

    def add(self, vectors, ids=None):
        """Add ``vectors`` ``(m, d)`` with new unique ``ids`` ``(m,)``; searchable at once.

        Without ``ids`` the new rows are numbered after the last one (only for an index built
        without ids). Returns the index itself.
        """
        if self.ids_ is None:
            raise ColdstartError("add() before build(): build the index first")
        vectors = check_vectors(vectors, dim=self.dim_)
        ids = self._check_ids(ids, len(vectors), existing=self.ids_)
        self._add(vectors)
        self.ids_ = np.concatenate([self.ids_, ids])
        return self

    def search(self, queries, k: int = 20) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` highest inner products per query.

        Returns
        -------
        ids : array ``(n_queries, k)`` of the indexed ids, best first (``MISSING_ID`` where
            an approximate index found fewer than ``k``)
        scores : float32 array ``(n_queries, k)``, decreasing along each row (-inf if missing)
        """
        if self.ids_ is None:
            raise ColdstartError("search() before build(): build the index first")
        queries = check_vectors(queries, "queries", dim=self.dim_)
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 1 <= k <= len(self):
            raise ColdstartError(f"k must be a whole number from 1 to {len(self)}, got {k!r}")
        positions, scores = self._search(queries, int(k))
        missing = positions < 0
        ids = self.ids_[np.where(missing, 0, positions)]
        if missing.any():
            ids = ids.astype(object) if ids.dtype.kind not in "iu" else ids
            ids[missing] = MISSING_ID
            scores = np.where(missing, -np.inf, scores).astype(np.float32)
        return ids, scores

    @staticmethod
    def _check_ids(ids, n: int, existing) -> np.ndarray:
        if ids is None:
            if existing is not None and existing.dtype.kind not in "iu":
                raise ColdstartError("this index has labelled ids: give ids for the new vectors")
            start = 0 if existing is None else len(existing)
            return np.arange(start, start + n, dtype=np.int64)
        ids = np.asarray(ids)
        if ids.ndim != 1 or len(ids) != n:
            raise ColdstartError(f"ids must be 1-d with one id per vector ({n}), got {ids.shape}")
        if len(np.unique(ids)) != n:
            raise ColdstartError("ids must be unique: some id appears twice")
        if existing is not None:
            if (ids.dtype.kind in "iu") != (existing.dtype.kind in "iu"):
                raise ColdstartError("ids must be of the same kind (numbers or labels) as before")
            taken = np.isin(ids, existing)
            if taken.any():
                raise ColdstartError(f"id {ids[taken][0]!r} is already in the index")
        return ids


class ExactIndex(_Index):
    """Exact top-K by inner product, in NumPy (a matrix product, then a partial sort).

    Parameters
    ----------
    batch_size : int, optional
        Queries scored per matrix product; default: as many as keep the score block under
        64 MB (16 queries against a million items, 1,024 at most).

    Attributes (after ``build``)
    ----------------------------
    vectors_ : float32 array ``(n, d)``; ids_ : array ``(n,)``; dim_ : int
    """

    def __init__(self, batch_size: int | None = None):
        super().__init__()
        self.batch_size = batch_size
        self._store = None  # rows [0, len) hold the vectors; the rest is room to add

    @property
    def vectors_(self) -> np.ndarray | None:
        """The indexed vectors, float32 ``(n, d)`` (a read-only view)."""
        if self._store is None:
            return None
        view = self._store[: len(self)]
        view.flags.writeable = False
        return view

    @property
    def nbytes(self) -> int:
        """Bytes of the stored vectors (the id array and the room to add not counted)."""
        return 0 if self._store is None else len(self) * self._store.shape[1] * 4

    def _build(self, vectors: np.ndarray) -> None:
        self._store = vectors.copy()

    def _add(self, vectors: np.ndarray) -> None:
        # Grow by doubling: adding one item copies nothing most of the time.
        used, needed = len(self), len(self) + len(vectors)
        if needed > len(self._store):
            grown = np.empty((max(needed, 2 * len(self._store)), self.dim_), np.float32)
            grown[:used] = self._store[:used]
            self._store = grown
        self._store[used:needed] = vectors

    def _search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        positions = np.empty((len(queries), k), np.int64)
        scores = np.empty((len(queries), k), np.float32)
        vectors = self._store[: len(self)]
        rows = self.batch_size or max(1, min(1024, 2**24 // len(vectors)))
        for start in range(0, len(queries), int(rows)):
            block = queries[start : start + int(rows)] @ vectors.T
            top = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < block.shape[1] else None
            if top is None:
                top = np.broadcast_to(np.arange(block.shape[1]), block.shape).copy()
            top_scores = np.take_along_axis(block, top, axis=1)
            order = np.argsort(-top_scores, axis=1, kind="stable")
            positions[start : start + len(block)] = np.take_along_axis(top, order, axis=1)
            scores[start : start + len(block)] = np.take_along_axis(top_scores, order, axis=1)
        return positions, scores


class FaissIndex(_Index):
    """An approximate (or, with ``kind="flat"``, exact) inner-product index from faiss.

    Parameters
    ----------
    kind : "hnsw", "ivf" or "flat", default "hnsw"
        ``hnsw``: a navigable small-world graph (Malkov & Yashunin); ``ivf``: k-means cells,
        a query visits the ``n_probe`` nearest cells; ``flat``: every vector (exact).
    storage : "float32", "float16" or "int8", default "float32"
        How vectors are kept (faiss scalar quantizer for float16/int8).
    m : int, default 32
        HNSW: links per node (memory ~ 2 m x 4 bytes per vector; more links, better recall).
    ef_construction, ef_search : int, default 40 and 64
        HNSW: candidates kept while building and searching (search: more = slower, better).
    n_lists : int, optional
        IVF: number of cells, default about 4 sqrt(n) at build time.
    n_probe : int, default 16
        IVF: cells visited per query.
    train_size : int, default 100_000
        IVF and int8: at most this many vectors (a seeded sample) train the cells/quantizer.
    seed : int, default 0
        Seeds the training sample and k-means.

    Attributes (after ``build``): ``index_`` (the faiss index), ``ids_``, ``dim_``.
    """

    def __init__(
        self,
        kind: str = "hnsw",
        storage: str = "float32",
        *,
        m: int = 32,
        ef_construction: int = 40,
        ef_search: int = 64,
        n_lists: int | None = None,
        n_probe: int = 16,
        train_size: int = 100_000,
        seed: int = 0,
    ):
        super().__init__()
        self.kind = kind
        self.storage = storage
        self.m = m
        self.ef_construction = ef_construction
        self.ef_search = ef_search
        self.n_lists = n_lists
        self.n_probe = n_probe
        self.train_size = train_size
        self.seed = seed
        self.index_ = None

    def _validate_params(self) -> None:
        if self.kind not in KINDS:
            raise ColdstartError(f"kind must be one of {', '.join(KINDS)}, got {self.kind!r}")
        if self.storage not in STORAGES:
            raise ColdstartError(
                f"storage must be one of {', '.join(STORAGES)}, got {self.storage!r}"
            )
        for name in ("m", "ef_construction", "ef_search", "n_probe", "train_size"):
            if int(getattr(self, name)) < 1:
                raise ColdstartError(f"{name} must be at least 1, got {getattr(self, name)}")
        if self.n_lists is not None and int(self.n_lists) < 1:
            raise ColdstartError(f"n_lists must be at least 1 or None, got {self.n_lists}")

    def build(self, vectors, ids=None):
        self._validate_params()
        return super().build(vectors, ids)

    @property
    def nbytes(self) -> int:
        """Bytes the faiss index holds: stored vectors, graph links or cell lists, centroids
        (the id array not counted)."""
        return 0 if self.index_ is None else faiss_nbytes(self.index_)

    def set_search_params(self, *, ef_search: int | None = None, n_probe: int | None = None):
        """Change the speed/recall knob of a built index (no rebuild). Returns the index."""
        faiss = import_faiss()
        if ef_search is not None:
            self.ef_search = ef_search
        if n_probe is not None:
            self.n_probe = n_probe
        self._validate_params()
        if isinstance(self.index_, faiss.IndexHNSW):
            self.index_.hnsw.efSearch = int(self.ef_search)
        if isinstance(self.index_, faiss.IndexIVF):
            self.index_.nprobe = int(self.n_probe)
        return self

    def _build(self, vectors: np.ndarray) -> None:
        faiss = import_faiss()
        d, ip = vectors.shape[1], faiss.METRIC_INNER_PRODUCT
        quantizer_type = {
            "float16": faiss.ScalarQuantizer.QT_fp16,
            "int8": faiss.ScalarQuantizer.QT_8bit,
        }.get(self.storage)
        self._quantizer = None  # an IVF's coarse quantizer must outlive the index
        if self.kind == "flat":
            index = (
                faiss.IndexFlatIP(d)
                if quantizer_type is None
                else faiss.IndexScalarQuantizer(d, quantizer_type, ip)
            )
        elif self.kind == "hnsw":
            m = int(self.m)
            index = (
                faiss.IndexHNSWFlat(d, m, ip)
                if quantizer_type is None
                else faiss.IndexHNSWSQ(d, quantizer_type, m, ip)
            )
            index.hnsw.efConstruction = int(self.ef_construction)
            index.hnsw.efSearch = int(self.ef_search)
        else:
            n_lists = self.n_lists or max(1, int(4 * np.sqrt(len(vectors))))
            n_lists = min(int(n_lists), len(vectors))
            self._quantizer = faiss.IndexFlatIP(d)
            index = (
                faiss.IndexIVFFlat(self._quantizer, d, n_lists, ip)
                if quantizer_type is None
                else faiss.IndexIVFScalarQuantizer(self._quantizer, d, n_lists, quantizer_type, ip)
            )
            index.cp.seed = int(self.seed)
            index.nprobe = int(self.n_probe)
        if not index.is_trained:
            rng = np.random.default_rng(self.seed)
            size = min(len(vectors), int(self.train_size))
            sample = vectors[np.sort(rng.choice(len(vectors), size, replace=False))]
            index.train(sample)
        index.add(vectors)
        self.index_ = index

    def _add(self, vectors: np.ndarray) -> None:
        self.index_.add(vectors)

    def _search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores, positions = self.index_.search(queries, k)
        return positions, scores


def import_faiss():
    """faiss, imported on first use, with a one-line error when it is not installed."""
    try:
        import faiss  # noqa: PLC0415
    except ImportError as error:
        raise ColdstartError(
            f"FaissIndex needs faiss ({error}): pip install faiss-cpu, or use ExactIndex"
        ) from None
    return faiss


def faiss_nbytes(index) -> int:
    """Bytes held by a flat, scalar-quantized, HNSW or IVF faiss index (estimated from its
    parts: codes, graph links, inverted lists with their 8-byte ids, centroids)."""
    faiss = import_faiss()
    if isinstance(index, faiss.IndexHNSW):
        graph = index.hnsw
        links = graph.neighbors.size() * 4 + graph.offsets.size() * 8 + graph.levels.size() * 4
        return int(links) + faiss_nbytes(faiss.downcast_index(index.storage))
    if isinstance(index, faiss.IndexIVF):
        lists = index.invlists
        n = sum(lists.list_size(i) for i in range(index.nlist))
        centroids = index.quantizer.ntotal * index.d * 4
        return int(n * (lists.code_size + 8) + centroids)
    return int(index.ntotal * index.sa_code_size())
