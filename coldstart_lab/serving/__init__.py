"""Serving: the pieces that answer a request once the vectors exist.

The short imports a notebook types::

    from coldstart_lab.serving import ExactIndex, FaissIndex, compress_vectors

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``index``              :class:`ExactIndex` (NumPy, exact top-K) and :class:`FaissIndex`
                       (an approximate index from faiss), one interface: ``build``,
                       ``add``, ``search`` returning ids and scores
``compression``        :func:`compress_vectors` (float16, int8, fewer dimensions with PCA),
                       :class:`CompressedVectors`
``catalogue``          :func:`grow_catalogue` (a synthetic catalogue of any size grown from
                       real vectors), :func:`recall_against_exact`, :func:`latency_ms`
=====================  ==============================================================

Importing this package imports neither faiss nor TensorFlow: faiss loads when a
:class:`FaissIndex` is first built.
"""

from coldstart_lab.serving.catalogue import grow_catalogue, latency_ms, recall_against_exact
from coldstart_lab.serving.compression import CompressedVectors, compress_vectors
from coldstart_lab.serving.index import ExactIndex, FaissIndex

__all__ = [
    "CompressedVectors",
    "ExactIndex",
    "FaissIndex",
    "compress_vectors",
    "grow_catalogue",
    "latency_ms",
    "recall_against_exact",
]
