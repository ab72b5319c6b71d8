"""Content-based recommenders: no training beyond reading the text.

:class:`ContentKNN` scores a candidate item by how similar its text is to the items in the
user's history (and to the user's own text, e.g. an onboarding answer or a bio). With
``neighbours=None`` every history item counts, which is the classic *user-profile averaging*;
with ``neighbours=m`` only the m most similar history items count (item-based k-NN).

Cold items are no problem (their text exists); new users are served from their k-shot history
and/or their text. What it cannot do is learn that some items are simply more engaging than
others: every item competes on similarity alone (see :mod:`coldstart_lab.models.mapping` for models
that learn that from text).
"""

from __future__ import annotations

import numpy as np

from coldstart_lab.data.interactions import positions_per_user
from coldstart_lab.models.base import Recommender
from coldstart_lab.models.profiles import history_profiles
from coldstart_lab.text.features import text_vectors


class ContentKNN(Recommender):
    """Similarity of a candidate's text to the user's history and the user's text.

    Parameters
    ----------
    encoder : "lm", "tfidf" or an encoder object, default "lm"
        How texts become vectors: ``"lm"`` is the process-wide bundled BERT encoder (see
        :func:`coldstart_lab.text.features.resolve_encoder`).
    neighbours : int, optional
        Average the similarities to the ``neighbours`` most similar history items only
        (item k-NN). ``None``: all history items (profile averaging: the similarity to the
        user's :func:`~coldstart_lab.models.profiles.history_profiles` vector).
    text_weight : float in [0, 1], default 0.5
        Share of the user-text similarity in the score when a user has both text and history;
        users with only one of the two are scored on that one.
    """

    name = "content_knn"

    def __init__(self, encoder="lm", neighbours: int | None = None, text_weight: float = 0.5):
        self.encoder = encoder
        self.neighbours = neighbours
        self.text_weight = text_weight

    def _validate_params(self) -> None:
        if self.neighbours is not None and int(self.neighbours) < 1:
            raise ValueError(f"neighbours must be at least 1 or None, got {self.neighbours}")
        if not 0.0 <= float(self.text_weight) <= 1.0:
            raise ValueError(f"text_weight must be between 0 and 1, got {self.text_weight}")

    def _fit(self, data, train) -> None:
        self.item_vectors_, self.user_vectors_ = text_vectors(data, self.encoder)

    def _score(self, users, items, history) -> np.ndarray:
        candidates = self.item_vectors_[items]
        user_ids = self.user_ids_[users]
        histories = positions_per_user(history, user_ids, self.item_index_)
        text_scores = self.user_vectors_[users] @ candidates.T
        has_text = np.abs(self.user_vectors_[users]).sum(axis=1) > 0
        text_weight = float(self.text_weight)
        if self.neighbours is None:  # the mean of similarities = similarity to the mean vector
            profiles = history_profiles(self.item_vectors_, histories)
            has_history = np.array([len(seen) > 0 for seen in histories], bool)
            weights = np.where(has_history, np.where(has_text, text_weight, 0.0), 1.0)
            weights = weights.astype(np.float32)
            history_scores = profiles @ candidates.T
            return (1 - weights)[:, None] * history_scores + weights[:, None] * text_scores
        scores = np.zeros((len(users), len(items)), np.float32)
        for row, seen in enumerate(histories):
            if len(seen):
                similarity = self.item_vectors_[np.unique(seen)] @ candidates.T
                m = int(self.neighbours)
                if m < len(similarity):
                    similarity = -np.partition(-similarity, m - 1, axis=0)[:m]
                history_score = similarity.mean(axis=0)
                weight = text_weight if has_text[row] else 0.0
                scores[row] = (1 - weight) * history_score + weight * text_scores[row]
            else:
                scores[row] = text_scores[row]
        return scores
