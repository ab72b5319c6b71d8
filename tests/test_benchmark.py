import json

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from coldstart_lab import benchmark
from coldstart_lab.benchmark import run_benchmark, write_report
from coldstart_lab.data.dataset import Dataset
from coldstart_lab.errors import ColdstartError
from coldstart_lab.evaluation.ranking import evaluate_ranking
from coldstart_lab.evaluation.views import (
    VIEWS,
    build_views,
    evaluate_view,
    metrics_table,
    rank_view,
    view_metrics,
)
from coldstart_lab.models.base import CannotServe, NeedsRatings
from coldstart_lab.models.baselines import PopularityRecommender, RandomRecommender
from coldstart_lab.models.content import ContentKNN

WORDS = {
    0: "coffee espresso latte beans grinder",
    1: "hiking boots trail tent backpack",
    2: "headphones speaker audio bass stereo",
}


def topical_dataset(seed=0, n_items=300, n_users=80):
    """Items of 3 topics; each user likes one topic: text carries the signal."""
    rng = np.random.default_rng(seed)
    topic = rng.integers(0, 3, n_items)
    titles = [
        " ".join(rng.choice(WORDS[t].split(), 3)) + f" model {i}" for i, t in enumerate(topic)
    ]
    items = pd.DataFrame({"item_id": [f"i{i:03d}" for i in range(n_items)], "title": titles})
    users = pd.DataFrame({"user_id": [f"u{u:03d}" for u in range(n_users)], "text": ""})
    rows = []
    for u in range(n_users):
        liked = np.flatnonzero(topic == u % 3)
        for i in rng.choice(liked, 12, replace=False):
            rows.append((f"u{u:03d}", f"i{i:03d}", int(rng.integers(0, 180 * 86400))))
    events = pd.DataFrame(rows, columns=["user_id", "item_id", "seconds"])
    events["timestamp"] = pd.to_datetime(1767225600 + events.pop("seconds"), unit="s", utc=True)
    return Dataset("topical", items, events, users, item_text_columns=("title",))


def test_views_are_leak_free():
    data = topical_dataset()
    for view in build_views(data, seed=0):
        candidates = set(view.candidates)
        if view.name == "cold_items":
            assert not candidates & set(view.train["item_id"])
        if view.name.startswith("cold_users"):
            assert not set(view.users) & set(view.train["user_id"])
            k = int(view.name[-1])
            assert len(view.history) - len(view.train) == k * len(view.users)
        if view.name == "warm":  # known items only: matrix factorisation must be able to rank
            assert candidates == set(view.train["item_id"]) & set(data.items["item_id"])
        assert len(view.relevant) == len(view.users)


def test_benchmark_ranks_content_above_random_on_cold_items():
    data = topical_dataset()
    report = run_benchmark(data, methods=["random", "popularity", "tfidf_knn"], k=5, progress=False)
    assert {r["view"] for r in report["results"]} == set(VIEWS)
    value = {(r["method"], r["view"]): r for r in report["results"] if r["metric"] == "recall@5"}
    knn, rand = value[("tfidf_knn", "cold_items")], value[("random", "cold_items")]
    assert knn["ci_low"] > rand["ci_high"]  # intervals do not overlap
    assert knn["n_users"] > 20
    for r in report["results"]:
        assert set(r) == {"method", "view", "metric", "value", "ci_low", "ci_high", "n_users"}
    again = run_benchmark(data, methods=["random", "tfidf_knn"], k=5, progress=False)
    first = [r for r in report["results"] if r["method"] in ("random", "tfidf_knn")]
    assert again["results"] == first  # same seed, same numbers


def test_mf_serves_the_warm_view_and_is_not_applicable_to_new_items():
    data = topical_dataset()
    report = run_benchmark(data, methods=["mf"], views=["cold_items", "warm"], k=5, progress=False)
    warm = [r for r in report["results"] if r["view"] == "warm" and r["metric"] == "recall@5"]
    assert len(warm) == 1 and warm[0]["value"] is not None
    assert [(s["method"], s["view"]) for s in report["skipped"]] == [("mf", "cold_items")]
    assert "cold item" in report["skipped"][0]["reason"]


class RatingsOnly(PopularityRecommender):
    """Needs ratings: the topical data have none."""

    name = "ratings_only"
    fits = 0

    def _fit(self, data, train):
        type(self).fits += 1
        raise NeedsRatings("ratings_only needs ratings, these interactions have none")


class Broken(PopularityRecommender):
    name = "broken"

    def _fit(self, data, train):
        raise ColdstartError("a bug, not a limitation")


class NoColdUsers(PopularityRecommender):
    """Serves every view but the new users' ones, and says so from score."""

    name = "no_cold_users"

    def _score(self, users, items, history):
        if not np.isin(self.user_ids_[users], self.known_users_).all():
            raise CannotServe("no_cold_users cannot score a new user")
        return super()._score(users, items, history)


def test_not_applicable_means_cannot_serve_from_fit_or_score(monkeypatch):
    data = topical_dataset()
    monkeypatch.setattr(RatingsOnly, "fits", 0)
    for name, model in (("ratings", RatingsOnly), ("broken", Broken), ("warm", NoColdUsers)):
        monkeypatch.setitem(benchmark.METHODS, name, lambda seed, model=model: model())
    report = run_benchmark(data, methods=["ratings", "warm"], k=5, progress=False)
    skipped = {(s["method"], s["view"]): s["reason"] for s in report["skipped"]}
    views = report["settings"]["views"]
    assert {v for m, v in skipped if m == "ratings"} == set(views)  # raised by fit
    assert RatingsOnly.fits == len({"cold_items", "cold_users", "warm", "overall"})  # once per
    assert (
        skipped[("ratings", "warm")] == "ratings_only needs ratings, these interactions have none"
    )
    cold_user_views = {v for v in views if v.startswith("cold_users")}
    assert {v for m, v in skipped if m == "warm"} == cold_user_views  # raised by score
    assert {r["view"] for r in report["results"]} == set(views) - cold_user_views
    with pytest.raises(ColdstartError, match="a bug, not a limitation"):  # any other error
        run_benchmark(data, methods=["broken"], views=["warm"], k=5, progress=False)


def test_result_rows_carry_the_method_name_and_leave_the_model_alone(monkeypatch):
    data = topical_dataset()
    made = []

    def make(seed):
        made.append(PopularityRecommender())
        return made[-1]

    monkeypatch.setitem(benchmark.METHODS, "trending", make)
    report = run_benchmark(data, methods=["trending"], views=["warm"], k=5, progress=False)
    assert {r["method"] for r in report["results"]} == {"trending"}
    (model,) = made
    assert model.name == "popularity" and "name" not in vars(model)
    (view,) = build_views(data, views=["warm"])
    rows = evaluate_view(model, view, k=5, label="trending")
    assert {r["method"] for r in rows} == {"trending"}
    assert {r["method"] for r in evaluate_view(model, view, k=5)} == {"popularity"}


def test_view_metrics_give_the_benchmark_figures_as_numbers():
    data = topical_dataset()
    (view,) = build_views(data, views=["cold_items"])
    knn = ContentKNN(encoder="tfidf").fit(data, view.train)
    popularity = data.interactions["item_id"].value_counts()
    figures = view_metrics(knn, view, k=5, popularity=popularity)

    report = run_benchmark(data, methods=["tfidf_knn"], views=["cold_items"], k=5, progress=False)
    rows = report["results"]
    assert list(figures) == [r["metric"] for r in rows]
    for r in rows:
        if r["ci_low"] is None:  # coverage: no interval, NaN bounds
            assert r["metric"] == "coverage@5"
            value, low, high = figures["coverage@5"]
            assert value == r["value"] and np.isnan(low) and np.isnan(high)
        else:
            assert figures[r["metric"]] == (r["value"], r["ci_low"], r["ci_high"])
    assert all(isinstance(x, float) for triple in figures.values() for x in triple)

    without = view_metrics(knn, view, k=5)  # no popularity: that one metric is left out
    assert set(figures) - set(without) == {"avg_popularity@5"}
    assert without["recall@5"] == figures["recall@5"]
    chance = view_metrics(RandomRecommender(seed=0).fit(data, view.train), view, k=5)
    assert figures["recall@5"][1] > chance["recall@5"][2]  # intervals do not overlap

    with pytest.raises(TypeError, match="view must be a ViewData from build_views, got str"):
        view_metrics(knn, "cold_items")
    with pytest.raises(TypeError, match="popularity must be a pandas Series"):
        view_metrics(knn, view, popularity={"i000": 3})
    with pytest.raises(ValueError, match="k must be at least 1"):
        view_metrics(knn, view, k=0)


def test_rank_view_gives_per_user_values_that_average_to_the_benchmark_figures():
    data = topical_dataset()
    (view,) = build_views(data, views=["cold_items"])
    knn = ContentKNN(encoder="tfidf").fit(data, view.train)
    result = rank_view(knn, view, k=5)
    recall = result.per_user["recall@5"]
    assert recall.shape == (len(view.users),)
    has_relevant = np.array([len(r) > 0 for r in view.relevant])
    assert np.isnan(recall[~has_relevant]).all() and not np.isnan(recall[has_relevant]).any()
    assert round(float(np.nanmean(recall)), 6) == view_metrics(knn, view, k=5)["recall@5"][0]
    # in view.users order: the same values as ranking the whole score matrix at once
    scores = knn.score(view.users, view.candidates, history=view.history)
    direct = evaluate_ranking(scores, view.relevant, k=5, exclude=view.exclude)
    np.testing.assert_array_equal(direct.per_user["recall@5"], recall)


def test_metrics_table_formats_value_and_interval():
    data = topical_dataset()
    (view,) = build_views(data, views=["cold_items"])
    models = {
        "random": RandomRecommender(seed=0).fit(data, view.train),
        "TF-IDF k-NN": ContentKNN(encoder="tfidf").fit(data, view.train),
    }
    table = metrics_table(models, view, k=5)
    assert list(table.index) == ["random", "TF-IDF k-NN"]
    assert list(table.columns) == ["recall@5", "ndcg@5", "coverage@5"]
    value, low, high = view_metrics(models["TF-IDF k-NN"], view, k=5)["recall@5"]
    assert table.loc["TF-IDF k-NN", "recall@5"] == f"{value:.3f} [{low:.3f}, {high:.3f}]"
    coverage = view_metrics(models["random"], view, k=5)["coverage@5"][0]
    assert table.loc["random", "coverage@5"] == f"{coverage:.3f}"  # no interval
    assert metrics_table(models, view, k=5, metrics=("mrr",), digits=1).shape == (2, 1)
    with pytest.raises(ValueError, match=r"unknown metric\(s\) \['recall@20'\]: choose from"):
        metrics_table(models, view, k=5, metrics=("recall@20",))
    with pytest.raises(ValueError, match="digits must be a whole number"):
        metrics_table(models, view, digits=-1)


def test_report_files_and_overwrite_protection(tmp_path):
    data = topical_dataset()
    report = run_benchmark(
        data, methods=["random", "popularity"], views=["cold_items", "warm"], k=5, progress=False
    )
    out = tmp_path / "run"
    files = {p.name for p in write_report(report, out)}
    assert {"results.json", "report.md", "recall_at_5.png", "ndcg_at_5.png"} <= files
    stored = json.loads((out / "results.json").read_text())
    assert stored["dataset"] == "topical" and stored["settings"]["k"] == 5
    assert "| popularity |" in (out / "report.md").read_text()
    with pytest.raises(ColdstartError, match="already exists: pass --force"):
        write_report(report, out)
    write_report(report, out, force=True)
    assert [p.name for p in tmp_path.iterdir()] == ["run"]  # no staging folders left


def test_bad_arguments():
    data = topical_dataset()
    with pytest.raises(ColdstartError, match="unknown method"):
        run_benchmark(data, methods=["bert4rec"], progress=False)
    with pytest.raises(ColdstartError, match="unknown view"):
        build_views(data, views=["lukewarm"])


def test_methods_built_on_mf_share_one_mf_fit_per_training_set(monkeypatch):
    from coldstart_lab.models.mf import MatrixFactorization

    data = topical_dataset()
    fits = []
    original = MatrixFactorization._fit

    def counted(self, data, train):
        fits.append(id(train))
        return original(self, data, train)

    monkeypatch.setattr(MatrixFactorization, "_fit", counted)
    views, methods = ["cold_items", "warm"], ["tfidf_mapping", "mf"]
    shared = run_benchmark(data, methods=methods, views=views, k=5, progress=False)
    assert len(fits) == len(set(fits)) == 2  # one MF per training set, not one per method
    fits.clear()
    alone = [run_benchmark(data, methods=[m], views=views, k=5, progress=False) for m in methods]
    assert len(fits) == 4

    def rows(results):
        return sorted(results, key=lambda r: (r["method"], r["view"], r["metric"]))

    assert rows(shared["results"]) == rows(r for a in alone for r in a["results"])
