"""Evaluation: metrics, intervals and the benchmark's views. Knows no model class.

The short imports a notebook types::

    from coldstart_lab.evaluation.ranking import evaluate_ranking, build_views
    from coldstart_lab.evaluation.intervals import bootstrap_ci
    from coldstart_lab.evaluation.metrics import rmse

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``ranking``            full-ranking Recall/NDCG/hit rate/MRR/coverage, fast and plain
``metrics``            RMSE, MAE, pair-separation AUC
``intervals``          bootstrap confidence intervals over users
``sampled``            sampled metrics (100 random negatives), to show why we rank fully
``views``              the benchmark's views (cold items, cold users with k shots, ...) and
                       :func:`daily_views` (a stream replayed day by day)
=====================  ==============================================================
"""

from coldstart_lab.evaluation.intervals import bootstrap_ci
from coldstart_lab.evaluation.metrics import mae, pair_separation_auc, rmse
from coldstart_lab.evaluation.ranking import (
    RankingResult,
    evaluate_ranking,
    evaluate_ranking_plain,
)
from coldstart_lab.evaluation.sampled import (
    evaluate_sampled,
    evaluate_sampled_plain,
    sample_negatives,
)
from coldstart_lab.evaluation.views import (
    SHOTS,
    VIEWS,
    ViewData,
    build_views,
    daily_views,
    metrics_table,
    rank_view,
    view_metrics,
)

__all__ = [
    "SHOTS",
    "VIEWS",
    "RankingResult",
    "ViewData",
    "bootstrap_ci",
    "build_views",
    "daily_views",
    "evaluate_ranking",
    "evaluate_ranking_plain",
    "evaluate_sampled",
    "evaluate_sampled_plain",
    "mae",
    "metrics_table",
    "pair_separation_auc",
    "rank_view",
    "rmse",
    "sample_negatives",
    "view_metrics",
]
