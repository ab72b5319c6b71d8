"""Models: every recommender of the course, from the baselines to the fine-tuned encoder.

The short imports a notebook types::

    from coldstart_lab.models import ContentKNN, MatrixFactorization, TextToCF

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``base``               :class:`Recommender` (fit/score/recommend), :class:`CannotServe`,
                       :class:`NeedsRatings`
``baselines``          :class:`RandomRecommender`, :class:`PopularityRecommender`
``content``            :class:`ContentKNN`: text similarity to the user's history
``fusion``             :class:`FieldFusionKNN`: the same on text fused with price, brand...
``linear``             the article's §4 linear rating model (:class:`LinearRatingModel`)
``mf``                 :class:`MatrixFactorization` in Keras
``profiles``           :func:`history_profiles`: a user's mean history-item vector
``mapping``            :class:`TextToCF`: text -> collaborative-filtering space
``dropoutnet``         :class:`DropoutNet`
``social``             :class:`FriendsActivity`, :class:`SocialHybrid`, :func:`friend_lists`
``recency``            :class:`RecencyBoost` (freshness for a stream)
``finetune``           :class:`FineTunedRegressor`, :class:`FineTunedTwoTower`
=====================  ==============================================================

Importing this package does not import TensorFlow: the fine-tuned models (whose module builds
Keras layers when imported) load on first use of their names.
"""

import importlib

from coldstart_lab.models.base import CannotServe, NeedsRatings, NotFittedError, Recommender
from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.content import ContentKNN
from coldstart_lab.models.dropoutnet import DropoutNet
from coldstart_lab.models.fusion import FieldFusionKNN
from coldstart_lab.models.linear import LinearRatingModel, PairFeatures, rated_pairs
from coldstart_lab.models.mapping import MLPMap, TextToCF
from coldstart_lab.models.mf import MatrixFactorization
from coldstart_lab.models.profiles import history_profiles
from coldstart_lab.models.recency import RecencyBoost
from coldstart_lab.models.social import FriendsActivity, SocialHybrid, friend_lists

_LAZY = {"FineTunedRegressor": "finetune", "FineTunedTwoTower": "finetune"}


def __getattr__(name: str):
    # PEP 562: `from coldstart_lab.models import FineTunedRegressor` imports Keras only then.
    if name in _LAZY:
        module = importlib.import_module(f"coldstart_lab.models.{_LAZY[name]}")
        return getattr(module, name)
    raise AttributeError(f"module 'coldstart_lab.models' has no attribute {name!r}")


__all__ = [
    "CannotServe",
    "ContentKNN",
    "DropoutNet",
    "FieldFusionKNN",
    "FineTunedRegressor",
    "FineTunedTwoTower",
    "FriendsActivity",
    "LinearRatingModel",
    "MLPMap",
    "MatrixFactorization",
    "NeedsRatings",
    "NotFittedError",
    "PairFeatures",
    "PopularityRecommender",
    "RandomRecommender",
    "RecencyBoost",
    "Recommender",
    "SocialHybrid",
    "TextToCF",
    "friend_lists",
    "history_profiles",
    "rated_pairs",
]
