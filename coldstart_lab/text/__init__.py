"""Text: pretrained models on disk, encoders that turn strings into vectors, their caches.

The short imports a notebook types::

    from coldstart_lab.text import BertEncoder, TfidfEncoder, text_vectors

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``pretrained``         locating a BERT-family model (bundled package, folder, hub id)
``encoders``           :class:`TfidfEncoder`, :class:`BertEncoder` (KerasHub), pooling
``cache``              the on-disk embedding cache
``features``           :func:`text_vectors`: a dataset's item/user texts as vectors, memoised
=====================  ==============================================================

Importing this package does not import TensorFlow; encoding with a BERT model does.
"""

from coldstart_lab.text.distributed import encode_with_ray  # imports Ray only when called
from coldstart_lab.text.encoders import BertEncoder, TfidfEncoder
from coldstart_lab.text.features import (
    clear_text_vector_memo,
    resolve_encoder,
    shared_bert_encoder,
    text_vectors,
)
from coldstart_lab.text.pretrained import PretrainedModel, locate_model

__all__ = [
    "BertEncoder",
    "PretrainedModel",
    "TfidfEncoder",
    "clear_text_vector_memo",
    "encode_with_ray",
    "locate_model",
    "resolve_encoder",
    "shared_bert_encoder",
    "text_vectors",
]
