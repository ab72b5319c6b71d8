"""Text plus structured fields: content k-NN on fused item vectors.

A product has more than text: a price, a brand, a category. :class:`FieldFusionKNN` appends
them to the text vector. Each field becomes a one-hot block (the price first cut into
``price_bins`` bands of equal counts, on a log scale), the blocks together are scaled to unit
length and weighted against the text::

    fused item = [sqrt(1 - w) * text vector,  sqrt(w) * field vector]

so the similarity of two items is ``(1 - w) * text similarity + w * share of fields they
have in common``. A user's text (an onboarding answer) says nothing about brands or prices: it
fills the text block only. With ``field_weight=0`` the scores are :class:`ContentKNN`'s.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coldstart_lab.errors import ColdstartError
from coldstart_lab.models.content import ContentKNN


class FieldFusionKNN(ContentKNN):
    """:class:`ContentKNN` on text vectors fused with the items' structured fields.

    Parameters
    ----------
    encoder, neighbours, text_weight
        As in :class:`ContentKNN`.
    fields : tuple of str, default ("category", "subcategory", "brand", "price")
        Item columns to fuse. A numeric column is cut into ``price_bins`` bands (quantiles of
        its logarithm when all values are positive); any other column is categorical.
    field_weight : float in [0, 1], default 0.3
        ``w``: the share of the field similarity in the item-to-item similarity.
    price_bins : int, default 5
        Bands of a numeric field.

    Fitted attributes: those of :class:`ContentKNN` (``item_vectors_`` ``(n_items, d + f)``,
    ``user_vectors_`` ``(n_users, d + f)``), and ``field_vectors_`` ``(n_items, f)``, unit rows.
    """

    name = "field_fusion_knn"

    def __init__(
        self,
        encoder="lm",
        fields=("category", "subcategory", "brand", "price"),
        field_weight: float = 0.3,
        price_bins: int = 5,
        neighbours: int | None = None,
        text_weight: float = 0.5,
    ):
        super().__init__(encoder=encoder, neighbours=neighbours, text_weight=text_weight)
        self.fields = fields
        self.field_weight = field_weight
        self.price_bins = price_bins

    def _validate_params(self) -> None:
        super()._validate_params()
        if isinstance(self.fields, str) or not len(self.fields):
            raise ValueError(
                f"fields must be a non-empty list of column names, got {self.fields!r}"
            )
        if not 0.0 <= float(self.field_weight) <= 1.0:
            raise ValueError(f"field_weight must be between 0 and 1, got {self.field_weight}")
        if int(self.price_bins) < 1:
            raise ValueError(f"price_bins must be at least 1, got {self.price_bins}")

    def _fit(self, data, train) -> None:
        super()._fit(data, train)  # text vectors, read-only
        self.field_vectors_ = field_vectors(data.items, self.fields, int(self.price_bins))
        w = float(self.field_weight)
        self.item_vectors_ = np.hstack(
            [np.sqrt(1 - w) * self.item_vectors_, np.sqrt(w) * self.field_vectors_]
        ).astype(np.float32)
        blank = np.zeros((len(self.user_vectors_), self.field_vectors_.shape[1]), np.float32)
        self.user_vectors_ = np.hstack([np.sqrt(1 - w) * self.user_vectors_, blank])


def field_vectors(items: pd.DataFrame, fields, price_bins: int = 5) -> np.ndarray:
    """One-hot blocks of ``fields`` (numeric ones cut into ``price_bins`` bands), each row
    scaled to unit length: float32 ``(n_items, total categories)``.

    The dot product of two rows is the share of the fields on which the items agree.
    A missing value matches nothing (its block is left empty).
    """
    missing = [f for f in fields if f not in items]
    if missing:
        raise ColdstartError(f"the items have no column(s) {missing}: cannot fuse them")
    blocks = []
    for name in fields:
        column = items[name]
        if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
            values = column.astype(float)
            if (values.dropna() > 0).all():
                values = np.log(values)
            column = pd.qcut(values, q=price_bins, labels=False, duplicates="drop")
        codes, _ = pd.factorize(column, use_na_sentinel=True)
        block = np.zeros((len(items), codes.max() + 1), np.float32)
        known = codes >= 0
        block[np.flatnonzero(known), codes[known]] = 1.0
        blocks.append(block)
    fused = np.hstack(blocks)
    norms = np.linalg.norm(fused, axis=1, keepdims=True)
    return (fused / np.where(norms > 0, norms, 1.0)).astype(np.float32)
