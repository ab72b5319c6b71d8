"""Remedies against overfitting that change what the model trains on: text augmentation.

(Adversarial training, the other input-side remedy, perturbs the tower's input inside the
training step: :meth:`coldstart_lab.models.finetune.training.FineTuneModel.adversarial_losses`.)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from coldstart_lab.models.finetune.features import TextFeatures


def word_dropout(texts: Sequence[str], rate: float, seed=0) -> list[str]:
    """Each text with each of its (whitespace-separated) words dropped with probability ``rate``.

    Parameters
    ----------
    texts : sequence of str, length ``n``
    rate : float in ``[0, 1)``
        Probability of dropping a word. ``0`` returns the texts unchanged.
    seed : int or sequence of int
        Seeds ``numpy.random.default_rng``: the same seed drops the same words.

    Returns
    -------
    list of str, length ``n``
        Kept words joined by single spaces, in their order. A text whose every word was
        dropped keeps one of them (drawn at random), so no training text becomes empty.
    """
    if not 0.0 <= float(rate) < 1.0:
        raise ValueError(f"rate must be >= 0 and < 1, got {rate!r}")
    texts = [str(t) for t in texts]
    if rate == 0:
        return texts
    rng = np.random.default_rng(seed)
    out = []
    for text in texts:
        words = text.split()
        if not words:
            out.append(text)
            continue
        keep = rng.random(len(words)) >= rate
        if not keep.any():
            keep[rng.integers(len(words))] = True
        out.append(" ".join(w for w, k in zip(words, keep, strict=True) if k))
    return out


def concatenate_features(first: TextFeatures, second: TextFeatures) -> TextFeatures:
    """One :class:`TextFeatures` whose rows are ``first``'s, then ``second``'s (same kind)."""
    if first.kind != second.kind:
        raise ValueError(f"cannot join {first.kind!r} and {second.kind!r} text features")
    values = np.concatenate([first.values, second.values.astype(first.values.dtype)])
    lengths = np.concatenate([first.lengths, second.lengths])
    return TextFeatures(first.kind, values, lengths, f"{first.identity}+{second.identity}")
