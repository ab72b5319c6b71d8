"""Text encoders: strings in, L2-normalised float32 vectors ``(n, dim)`` out.

Two encoders share one small interface (``fit`` / ``encode`` / ``dim`` / ``name``):

- :class:`BertEncoder` a pretrained BERT-family model in Keras 3 (KerasHub backbone, Hugging
  Face tokenizer), with masked mean pooling, as sentence-transformers does it.
- :class:`TfidfEncoder` the classic keyword baseline (scikit-learn TF-IDF).

Because every vector has unit length, the dot product of two vectors is their cosine
similarity: ``similarity = a @ b.T``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import numpy as np

from coldstart_lab.errors import ColdstartError
from coldstart_lab.text.pretrained import PretrainedModel, locate_model

PROGRESS_MIN_TEXTS = 256  # show a progress bar from this many texts on

# What computes a vector, beyond the model's files and settings. Bump ENCODER_CODE_VERSION
# whenever a change to this package (tokenising, padding, pooling, the frozen-layer split)
# changes the numbers it computes, so that no disk cache serves vectors of the old code.
ENCODER_CODE_VERSION = 4
NUMERIC_LIBRARIES = ("tensorflow", "keras", "keras-hub", "transformers", "tokenizers")


def computation_identity() -> str:
    """``"code=2;tensorflow=2.20.0;keras=…"``: this package's encoder code version and the
    versions of the libraries that compute the vectors; part of every cache key."""
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    parts = [f"code={ENCODER_CODE_VERSION}"]
    for name in NUMERIC_LIBRARIES:
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=none")
    return ";".join(parts)


def cache_identity(pretrained: PretrainedModel, max_length: int) -> str:
    """The embedding-cache key of a :class:`BertEncoder`: model files (with pooling), the
    truncation length and :func:`computation_identity`."""
    return f"{pretrained.fingerprint}:max_length={max_length}:{computation_identity()}"


def check_texts(texts: Iterable[str], what: str = "text") -> list[str]:
    """Return ``texts`` as a list of ``str``, or a one-line error naming the first bad row."""
    if isinstance(texts, str):
        raise ColdstartError(
            f"expected a list of {what}s, got a single string: wrap it in a list, e.g. [text]"
        )
    items = list(texts)
    for row, text in enumerate(items):
        if not isinstance(text, str):
            raise ColdstartError(
                f"{what} at row {row} is {type(text).__name__} ({text!r:.40}), not a string: "
                "fill missing text with '' first (e.g. pandas .fillna(''))"
            )
    return items


class TfidfEncoder:
    """TF-IDF bag-of-words vectors, the keyword-matching baseline.

    Parameters
    ----------
    max_features : int, default 20_000
        Vocabulary size kept (most frequent terms). Vectors have this width at most.
    ngram_range : (int, int), default (1, 2)
        Word n-grams used, as in scikit-learn.
    min_df : int, default 1
        Ignore terms seen in fewer documents than this.
    stop_words : "english" or None, default "english"
        Drop common English words ("the", "with", "your") so that only content words match.

    ``fit(corpus)`` learns the vocabulary and inverse document frequencies; ``encode(texts)``
    returns dense float32 ``(n, vocabulary_size)`` rows of unit length (zero rows for texts
    with no known word).
    """

    def __init__(
        self,
        max_features: int = 20_000,
        ngram_range=(1, 2),
        min_df: int = 1,
        stop_words: str | None = "english",
    ):
        if stop_words not in ("english", None):
            raise ValueError(f"stop_words must be 'english' or None, got {stop_words!r}")
        if int(max_features) <= 0:
            raise ValueError(f"max_features must be positive, got {max_features}")
        if int(min_df) < 1:
            raise ValueError(f"min_df must be at least 1, got {min_df}")
        self.max_features = int(max_features)
        self.ngram_range = tuple(ngram_range)
        self.min_df = int(min_df)
        self.stop_words = stop_words
        self.name = "tfidf"
        self._vectorizer = None

    def fit(self, texts: Iterable[str]) -> TfidfEncoder:
        """Learn the vocabulary from ``texts`` (a corpus of item descriptions, say).

        With more than ``max_features`` terms, the most frequent are kept (total count in the
        corpus), ties going to the alphabetically first term.
        """
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer  # noqa: PLC0415

        corpus = check_texts(texts)
        if not any(t.strip() for t in corpus):
            raise ColdstartError("cannot fit TF-IDF: every text is empty")
        words = dict(
            ngram_range=self.ngram_range, strip_accents="unicode", stop_words=self.stop_words
        )
        try:
            counter = CountVectorizer(min_df=self.min_df, **words)
            counts = counter.fit_transform(corpus)
        except ValueError as error:  # e.g. only stop words / min_df too high
            raise ColdstartError(f"cannot fit TF-IDF: {error}") from None
        # Not scikit-learn's own max_features: it picks among equally frequent terms with an
        # unstable sort whose order depends on the CPU's vector instructions (AVX-512 or AVX2),
        # so two machines kept different terms and computed different figures. A stable sort of
        # the alphabetical columns breaks ties by the term itself.
        terms = counter.get_feature_names_out()
        if len(terms) > self.max_features:
            totals = np.asarray(counts.sum(axis=0)).ravel()
            terms = terms[np.sort(np.argsort(-totals, kind="stable")[: self.max_features])]
        vectorizer = TfidfVectorizer(
            vocabulary=terms.tolist(), sublinear_tf=True, dtype=np.float32, **words
        )
        self._vectorizer = vectorizer.fit(corpus)
        return self

    @property
    def dim(self) -> int:
        self._check_fitted()
        return len(self._vectorizer.vocabulary_)

    def analyze(self, text: str) -> list[str]:
        """The terms (words and word pairs) TF-IDF sees in ``text``, kept or not."""
        self._check_fitted()
        return self._vectorizer.build_analyzer()(text)

    @property
    def vocabulary(self) -> list[str]:
        """The learned terms, in column order."""
        self._check_fitted()
        return self._vectorizer.get_feature_names_out().tolist()

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        """Dense float32 ``(n, dim)`` TF-IDF rows, L2-normalised."""
        self._check_fitted()
        matrix = self._vectorizer.transform(check_texts(texts))
        return np.asarray(matrix.toarray(), dtype=np.float32)

    def _check_fitted(self) -> None:
        if self._vectorizer is None:
            raise ColdstartError("TfidfEncoder is not fitted: call .fit(corpus) before .encode()")


class BertEncoder:
    """Sentence embeddings from a pretrained BERT-family model, in Keras 3.

    The tokenizer is Hugging Face's (``transformers.AutoTokenizer``); the network is a
    ``keras_hub.models.BertBackbone`` loaded from the same checkpoint. A text's vector is the
    mean of its token vectors (padding masked out), scaled to unit length, matching
    sentence-transformers' ``encode(..., normalize_embeddings=True)``.

    Speed: texts are sorted by token count and cut into batches, so that a batch's texts have
    about the same length and little of the work is padding. By default one TensorFlow graph
    serves every batch shape: it is traced once (about 2 s), and each batch is padded only to
    its own longest text. The graph is the backbone's arithmetic written as plain TensorFlow
    ops (:mod:`~coldstart_lab.text.bert_graph`), which oneDNN fuses and runs about 15% faster
    than a call of the KerasHub backbone. ``jit_compile=True`` runs XLA instead: each
    distinct batch shape (lengths padded to a multiple of 8) compiles once, 4-5 s each,
    about a dozen for a catalogue, and then runs at most about 10% faster per text (measured
    before the plain graph). On 2 CPU cores that pays off only past tens of thousands of
    texts per process; the course's notebooks encode a few thousand at most, then read the
    embedding cache (benchmarks/encode_throughput.py).

    Parameters
    ----------
    model : None, "bundled", folder path, ``hf://owner/name``, or PretrainedModel
        Which checkpoint; ``None`` is the offline all-MiniLM-L6-v2 (384-d, 256 tokens).
    batch_size : int, optional
        Texts per forward pass: ``$COLDSTART_LAB_BATCH_SIZE`` if set, else 32. Other batch
        sizes give the same vectors up to float rounding (about 1e-7).
    max_length : int, optional
        Truncate texts to this many tokens (default: the model's own limit).
    cache_dir : path, optional
        Keep embeddings in an :class:`~coldstart_lab.text.cache.EmbeddingCache` in this folder,
        so each text is encoded once per model.
    jit_compile : bool, default False
        Compile each batch shape with XLA (faster per text, a few seconds per new shape).
    plain_graph : bool, default True
        Run the backbone's arithmetic as one plain TensorFlow graph
        (:mod:`coldstart_lab.text.bert_graph`, about 15% faster on CPU, same vectors to about
        1e-7); False, or a backbone that graph does not cover, calls the KerasHub backbone.
    show_progress : bool, optional
        Progress bar; by default shown for 256 texts or more.
    """

    def __init__(
        self,
        model: str | os.PathLike | PretrainedModel | None = None,
        *,
        batch_size: int | None = None,
        max_length: int | None = None,
        cache_dir: str | os.PathLike | None = None,
        jit_compile: bool = False,
        plain_graph: bool = True,
        show_progress: bool | None = None,
    ):
        if batch_size is None:
            batch_size = _default_batch_size()
        if int(batch_size) < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.pretrained = model if isinstance(model, PretrainedModel) else locate_model(model)
        limit = self.pretrained.max_length
        if max_length is not None and not 2 <= int(max_length) <= limit:
            raise ValueError(f"max_length must be between 2 and {limit}, got {max_length}")
        self.max_length = int(max_length) if max_length is not None else limit
        self.batch_size = int(batch_size)
        self.jit_compile = bool(jit_compile)
        self.plain_graph = bool(plain_graph)
        self.show_progress = show_progress
        self.name = self.pretrained.name
        self.tokenizer, self.backbone = _load_tokenizer_and_backbone(self.pretrained)
        self.dim = int(self.backbone.hidden_dim)
        self._forward = None
        self.cache = None
        if cache_dir is not None:
            from coldstart_lab.text.cache import EmbeddingCache  # noqa: PLC0415

            identity = cache_identity(self.pretrained, self.max_length)
            self.cache = EmbeddingCache(cache_dir, _sha(identity), self.dim, self.name)

    def fit(self, texts: Iterable[str] | None = None) -> BertEncoder:
        """Nothing to learn (the model is pretrained); here so both encoders share one API."""
        return self

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Word-piece ids per text, with ``[CLS]``/``[SEP]``, truncated to ``max_length``."""
        encoded = self.tokenizer(
            list(texts), truncation=True, max_length=self.max_length, add_special_tokens=True
        )
        return encoded["input_ids"]

    def encode(self, texts: Iterable[str], *, show_progress: bool | None = None) -> np.ndarray:
        """Embed ``texts``.

        Returns
        -------
        float32 array ``(len(texts), dim)``, each row of unit L2 norm.
        """
        items = check_texts(texts)
        if self.cache is None:
            return self._encode(items, show_progress)
        vectors, found = self.cache.lookup(items)
        missing = np.flatnonzero(~found)
        if len(missing):
            todo = [items[i] for i in missing]
            vectors[missing] = self._encode(todo, show_progress)
            self.cache.add(todo, vectors[missing])
        return vectors

    def _encode(self, items: list[str], show_progress: bool | None) -> np.ndarray:
        out = np.zeros((len(items), self.dim), np.float32)
        if not items:
            return out
        ids = self.tokenize(items)
        lengths = np.array([len(x) for x in ids])
        order = np.argsort(lengths, kind="stable")
        if show_progress is None:
            show_progress = self.show_progress
        if show_progress is None:
            show_progress = len(items) >= PROGRESS_MIN_TEXTS
        from tqdm.std import tqdm  # noqa: PLC0415

        with tqdm(total=len(items), desc="encoding", unit="text", disable=not show_progress) as bar:
            for start in range(0, len(items), self.batch_size):
                rows = order[start : start + self.batch_size]
                token_ids, mask = self._pad([ids[i] for i in rows])
                out[rows] = self._run(token_ids, mask)[: len(rows)]
                bar.update(len(rows))
        return out

    def _pad(self, batch: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        """Pad a batch to ``(rows, length)``: its own size and longest text, or, under XLA,
        a multiple of 8 of each (fewer shapes to compile)."""
        length = max(len(x) for x in batch)
        rows = len(batch)
        if self.jit_compile:
            length = -(-length // 8) * 8
            rows = max(rows, min(self.batch_size, -(-rows // 8) * 8))
        token_ids = np.zeros((rows, length), np.int32)
        mask = np.zeros((rows, length), np.int32)
        for r, x in enumerate(batch):
            token_ids[r, : len(x)] = x
            mask[r, : len(x)] = 1
        return token_ids, mask

    def _run(self, token_ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self._forward is None:
            self._forward = _make_forward(
                self.backbone, self.pretrained.pooling, self.jit_compile, self.plain_graph
            )
        return self._forward(token_ids, mask).numpy()


ENV_BATCH_SIZE = "COLDSTART_LAB_BATCH_SIZE"


def _default_batch_size() -> int:
    value = os.environ.get(ENV_BATCH_SIZE, "32")
    if not value.isdigit() or int(value) < 1:
        raise ColdstartError(
            f"{ENV_BATCH_SIZE}={value!r} is not a positive whole number: unset it or use e.g. 32"
        )
    return int(value)


def _sha(text: str) -> str:
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(text.encode()).hexdigest()


def _load_tokenizer_and_backbone(pretrained: PretrainedModel):
    from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415

    import_tensorflow()
    import keras_hub  # noqa: PLC0415
    from transformers import AutoTokenizer  # noqa: PLC0415

    try:
        tokenizer = AutoTokenizer.from_pretrained(str(pretrained.path))
        backbone = keras_hub.models.BertBackbone.from_preset(str(pretrained.path))
    except (OSError, ValueError, KeyError) as error:
        raise ColdstartError(
            f"cannot load the model in {pretrained.path} ({error.__class__.__name__}: "
            f"{str(error).splitlines()[0][:160]}): re-download or re-install it"
        ) from None
    return tokenizer, backbone


def _make_forward(backbone, pooling: str, jit_compile: bool, plain_graph: bool = True):
    """A ``(token_ids, mask) -> unit vectors`` graph function.

    Without XLA, one graph with unknown batch and length dimensions serves every batch
    (traced once). With XLA, each distinct input shape is traced and compiled once.
    ``plain_graph``: the backbone's arithmetic as plain TensorFlow ops when
    :mod:`~coldstart_lab.text.bert_graph` covers the backbone, else a call of the backbone.
    """
    import tensorflow as tf  # noqa: PLC0415

    from coldstart_lab.text import bert_graph  # noqa: PLC0415

    if plain_graph and bert_graph.plain_graph_supported(backbone):
        return bert_graph.make_plain_forward(backbone, pooling, jit_compile)

    from coldstart_lab.text.pooling import pool_tokens  # noqa: PLC0415  (imports Keras)

    def forward(token_ids, mask):
        inputs = {
            "token_ids": token_ids,
            "segment_ids": tf.zeros_like(token_ids),
            "padding_mask": mask,
        }
        tokens = backbone(inputs, training=False)["sequence_output"]
        pooled = pool_tokens(tokens, mask, pooling)
        return tf.math.l2_normalize(pooled, axis=1, epsilon=1e-12)

    return bert_graph.as_graph(forward, jit_compile)
