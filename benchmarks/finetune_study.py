"""How much data does fine-tuning need, which remedies against overfitting help, which loss?

Measured on the bundled ``shop`` data, new-item view (``cold_items``, seed 0): every model
trains on the view's training interactions (or a seeded subsample of them) and ranks the
held-out new items for the users who interacted with them, over the full candidate list.
Fine-tuning uses the benchmark's recipe (one trainable layer on cached frozen layers, a fixed
budget of training *examples*, not seconds, so every machine trains the same model):

0. **references**, on all training interactions: ``llm_knn`` (the pretrained vectors as they
   are: what fine-tuning starts from) and ``llm_mapping`` (the README's reference);
1. **learning curve**: the number of training examples against cold-item Recall@20 and
   NDCG@20 (95% bootstrap intervals over users) for the fine-tuned two-tower (distinct
   (user, item) pairs: ``--sizes``) and ``llm_mapping`` (frozen encoder, ridge map into MF)
   on the same subsamples, and against validation/test RMSE for the fine-tuned regressor
   (rated interactions: ``--rated-sizes``, ``all`` = the 1,796 rated ones); test RMSE is on
   the new items' ratings, with a bootstrap interval over those ratings;
2. **remedies**: the fine-tuned two-tower on ``--remedy-size`` pairs for ``--remedy-epochs``
   epochs, with no remedy (no dropout, no weight decay, no early stopping) and each remedy
   alone: weight decay, dropout, early stopping, word-dropout text augmentation, adversarial
   training (FGM on the frozen layers' hidden states);
3. **losses**: on the same rated interactions, MSE regression, pointwise cross-entropy
   (P(rating >= 4)) and in-batch softmax (the two-tower), and ``llm_mapping`` as the reference
   to beat, compared on the ranking the user sees (cold-item Recall@20, NDCG@20).

Run from the repository root (the frozen layers' outputs are cached in the package's cache
folder and reused). It is slow on a laptop: on 2 cores shared with other jobs (load average
10-16, 2026-12-07) one fine-tuning fit took 8-19 minutes, so the committed figures were
measured as several processes, each one part (``--only``, ``--sizes``, ``--remedies``,
``--losses``, ``--skip-references``), and merged::

    .venv/bin/python benchmarks/finetune_study.py
    .venv/bin/python benchmarks/finetune_study.py --only curve --sizes 100,300 --json /tmp/x.json
    .venv/bin/python benchmarks/finetune_study.py --only remedies --skip-references \\
        --remedies none,adversarial --json /tmp/remedies.json

It writes ``benchmarks/results/finetune_study.json`` (``--json``) and prints the tables. This
is a measuring script, not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "finetune_study.json"
PARTS = ("curve", "remedies", "losses")
LOSSES = ("mse", "bce", "in_batch_softmax", "ridge_map")
K = 20

# Each remedy alone, on top of a recipe with none (dropout 0, no weight decay, no early stop).
NO_REMEDY = {"dropout": 0.0, "weight_decay": 0.0, "validation_fraction": 0.0}
REMEDIES = {
    "none": {},
    "weight_decay": {"weight_decay": 1.0},
    "dropout": {"dropout": 0.3},
    "early_stopping": {"validation_fraction": 0.1, "patience": 1},
    "augmentation": {"augment_word_dropout": 0.2},
    "adversarial": {"adversarial_epsilon": 5.0},
}
# The tower's input (hidden states after layer 5) of a median shop text has an L2 norm of
# about 75 (47 word pieces of norm ~12.5): epsilon 5 moves it by ~7%, about the relative
# size of the usual FGM setting (epsilon 1 on word embeddings). Weight decay is decoupled
# (AdamW): each step shrinks a kernel by learning_rate * weight_decay (0.1% for the head).


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="split, subsamples and models")
    parser.add_argument("--sizes", default="100,300,1000,3000", help="two-tower pairs")
    parser.add_argument("--rated-sizes", default="100,300,all", help="regressor examples")
    parser.add_argument("--epochs", type=int, default=2, help="epochs of the curve and losses")
    parser.add_argument("--budget", type=int, default=3000, help="max training examples a fit")
    parser.add_argument("--remedy-size", type=int, default=300)
    parser.add_argument("--remedy-epochs", type=int, default=3)
    parser.add_argument("--only", default=",".join(PARTS), help="e.g. curve,losses")
    parser.add_argument("--json", default=str(DEFAULT_JSON), help="where to write the results")
    parser.add_argument(
        "--skip-references", action="store_true", help="leave out part 0 (to split a long run)"
    )
    parser.add_argument("--remedies", default=",".join(REMEDIES), help="which remedies to run")
    parser.add_argument("--losses", default=",".join(LOSSES), help="which losses to run")
    args = parser.parse_args(argv)
    args.only = [p for p in args.only.split(",") if p]
    unknown = [p for p in args.only if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s) {unknown}: choose from {', '.join(PARTS)}")
    return args


def r4(x):
    return None if x is None or not np.isfinite(x) else round(float(x), 4)


class Study:
    def __init__(self, args):
        from coldstart_lab.cache_dirs import default_cache_dir  # noqa: PLC0415
        from coldstart_lab.data import load_dataset  # noqa: PLC0415
        from coldstart_lab.data.splits import item_cold_split  # noqa: PLC0415
        from coldstart_lab.evaluation import build_views  # noqa: PLC0415

        self.args, self.seed = args, args.seed
        self.data = load_dataset("shop")
        (self.view,) = build_views(self.data, seed=self.seed, views=("cold_items",))
        split = item_cold_split(self.data, seed=self.seed)
        self.test_ratings = split.test[split.test["rating"].notna()]
        train = self.view.train
        rng = np.random.default_rng(self.seed)
        pairs = train.drop_duplicates(["user_id", "item_id"])
        self.pairs = pairs.iloc[rng.permutation(len(pairs))]  # nested subsamples: first n
        rated = train[train["rating"].notna()]
        self.rated = rated.iloc[rng.permutation(len(rated))]
        self.cache_dir = default_cache_dir() / "frozen"
        self.mean_rating = float(self.rated["rating"].mean())
        self.checkpoint = lambda: None  # called after each run (main saves the JSON)

    # -- models -------------------------------------------------------------------------------

    def finetuned(self, kind, **params):
        from coldstart_lab.models.finetune import (  # noqa: PLC0415
            FineTunedRegressor,
            FineTunedTwoTower,
        )

        settings = dict(
            trainable_layers=1, epochs=self.args.epochs, max_examples=self.args.budget,
            cache_dir=self.cache_dir, seed=self.seed,
        )  # fmt: skip
        cls = FineTunedTwoTower if kind == "two_tower" else FineTunedRegressor
        return cls(**{**settings, **params})

    def mapping(self):
        from coldstart_lab.benchmark import METHODS  # noqa: PLC0415

        return METHODS["llm_mapping"](self.seed)

    def references(self) -> list[dict]:
        """What needs no fine-tuning, on all training interactions: the pretrained vectors
        as they are (``llm_knn``: no training example at all) and ``llm_mapping``."""
        from coldstart_lab.benchmark import METHODS  # noqa: PLC0415

        rows = []
        for name in ("llm_knn", "llm_mapping"):
            model = METHODS[name](self.seed)
            rows.append(self.run(model, self.view.train, model=name, size=len(self.view.train)))
        return rows

    # -- one run ------------------------------------------------------------------------------

    def run(self, estimator, train, **labels) -> dict:
        from coldstart_lab.evaluation import bootstrap_ci, view_metrics  # noqa: PLC0415

        start = time.monotonic()
        estimator.fit(self.data, train)
        fit_seconds = time.monotonic() - start
        figures = view_metrics(estimator, self.view, k=K)
        row = {**labels, "n_train": len(train)}
        for name in ("recall", "ndcg"):
            value, low, high = figures[f"{name}@{K}"]
            row.update({name: r4(value), f"{name}_low": r4(low), f"{name}_high": r4(high)})
        history = getattr(estimator, "history_", {})
        timings = getattr(estimator, "timings_", {})
        row["examples_seen"] = timings.get("examples")
        row["epochs_run"] = timings.get("epochs")
        row["train_loss"] = r4(history["loss"][-1]) if "loss" in history else None
        row["val_loss"] = r4(min(history["val_loss"])) if "val_loss" in history else None
        row["train_rmse"] = r4(history["rmse"][-1]) if "rmse" in history else None
        row["val_rmse"] = r4(min(history["val_rmse"])) if "val_rmse" in history else None
        row["test_rmse"] = row["test_rmse_low"] = row["test_rmse_high"] = None
        if getattr(estimator, "loss", None) == "mse":
            test = self.test_ratings
            predicted = estimator.predict(
                test["user_id"], test["item_id"], history=self.view.history
            )
            squared = (predicted - test["rating"].to_numpy()) ** 2
            mean, low, high = bootstrap_ci(squared, seed=self.seed)
            row.update(test_rmse=r4(mean**0.5), test_rmse_low=r4(low**0.5))
            row["test_rmse_high"] = r4(high**0.5)
        row["seconds"] = round(time.monotonic() - start, 1)
        row["fit_seconds"] = round(fit_seconds, 1)
        print(" ", format_row(row), flush=True)
        return row

    # -- the three parts ----------------------------------------------------------------------

    def curve(self, rows: list) -> list[dict]:
        """Appends to ``rows`` (and checkpoints) after each run."""

        def add(row):
            rows.append(row)
            self.checkpoint()

        for n in [int(s) for s in self.args.sizes.split(",") if s]:
            train = self.pairs.iloc[:n]
            add(self.run(self.finetuned("two_tower"), train, model="two_tower", size=n))
            add(self.run(self.mapping(), train, model="llm_mapping", size=n))
        for size in [s for s in self.args.rated_sizes.split(",") if s]:
            n = len(self.rated) if size == "all" else int(size)
            train = self.rated.iloc[:n]
            add(self.run(self.finetuned("regressor"), train, model="regressor", size=n))
        return rows

    def remedies(self, rows: list) -> list[dict]:
        """Appends to ``rows`` (and checkpoints) after each run."""
        train = self.pairs.iloc[: self.args.remedy_size]
        for name in [r for r in self.args.remedies.split(",") if r]:
            params = REMEDIES[name]
            model = self.finetuned(
                "two_tower", **{**NO_REMEDY, **params}, epochs=self.args.remedy_epochs,
                max_examples=None,
            )  # fmt: skip
            row = self.run(model, train, model="two_tower", remedy=name)
            row["params"] = {k: v for k, v in params.items()}
            rows.append(row)
            self.checkpoint()
        return rows

    def losses(self, curve_rows, rows: list) -> list[dict]:
        """Appends to ``rows`` (and checkpoints) after each run."""
        train = self.rated
        wanted = [x for x in self.args.losses.split(",") if x]

        def add(row):
            row.pop("size", None)
            rows.append(row)
            self.checkpoint()

        if "mse" in wanted:
            reuse = [
                r for r in curve_rows if r["model"] == "regressor" and r["n_train"] == len(train)
            ]
            if reuse:  # the same fit as the learning curve's last regressor point
                add({**reuse[0], "loss": "mse", "model": "regressor"})
            else:
                add(self.run(self.finetuned("regressor"), train, loss="mse", model="regressor"))
        if "bce" in wanted:
            bce = self.finetuned("regressor", loss="bce", positive_threshold=4.0)
            add(self.run(bce, train, loss="bce", model="regressor"))
        if "in_batch_softmax" in wanted:
            two = self.finetuned("two_tower")
            add(self.run(two, train, loss="in_batch_softmax", model="two_tower"))
        if "ridge_map" in wanted:
            add(self.run(self.mapping(), train, loss="ridge_map", model="llm_mapping"))
        return rows


def format_row(row) -> str:
    label = row.get("model") or ""
    for key in ("size", "remedy", "loss"):
        if key in row:
            label += f" {key}={row[key]}"
    text = f"{label:<34} R@20 {row['recall']:.3f} [{row['recall_low']:.3f}, "
    text += f"{row['recall_high']:.3f}]  NDCG {row['ndcg']:.3f}"
    if row.get("test_rmse") is not None:
        text += f"  test RMSE {row['test_rmse']:.3f} [{row['test_rmse_low']:.3f}, "
        text += f"{row['test_rmse_high']:.3f}]"
    if row.get("val_rmse") is not None:
        text += f"  val RMSE {row['val_rmse']:.3f}"
    return text + f"  {row['seconds']:.0f} s"


def main(argv=None):
    args = parse_args(argv)
    start = time.monotonic()
    started = datetime.datetime.now(datetime.UTC)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    study = Study(args)
    result = {
        "command": " ".join(["python benchmarks/finetune_study.py", *sys.argv[1:]]),
        "date": started.strftime("%Y-%m-%d"),
        "machine": {
            "cpu_count": os.cpu_count(),
            "load_average_at_start": r4(load_before),
            "python": platform.python_version(),
        },
        "settings": {
            "dataset": "shop",
            "view": "cold_items",
            "seed": args.seed,
            "k": K,
            "trainable_layers": 1,
            "epochs": args.epochs,
            "budget_examples": args.budget,
            "remedy_size": args.remedy_size,
            "remedy_epochs": args.remedy_epochs,
            "remedies": REMEDIES,
            "no_remedy": NO_REMEDY,
        },
        "data": {
            "train_pairs": len(study.pairs),
            "train_rated": len(study.rated),
            "cold_users": len(study.view.users),
            "cold_items": len(study.view.candidates),
            "test_ratings": len(study.test_ratings),
            "mean_rating_test_rmse": r4(
                float(np.sqrt(np.mean((study.test_ratings["rating"] - study.mean_rating) ** 2)))
            ),
        },
    }
    path = Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)

    def save():  # after each part, so that an interrupted run keeps what it measured
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

    study.checkpoint = save
    if not args.skip_references:
        print("references (all training interactions)", flush=True)
        result["references"] = study.references()
    curve_rows = []
    if "curve" in args.only:
        print("learning curve", flush=True)
        result["learning_curve"] = curve_rows
        study.curve(curve_rows)
        save()
    if "remedies" in args.only:
        print("remedies", flush=True)
        result["remedies"] = []
        study.remedies(result["remedies"])
        save()
    if "losses" in args.only:
        print("losses", flush=True)
        result["losses"] = []
        study.losses(curve_rows, result["losses"])
    result["seconds_total"] = round(time.monotonic() - start, 1)
    parts = ("references", "learning_curve", "remedies", "losses")
    runs = [r for part in parts for r in result.get(part, [])]
    fine_tuned = [r["fit_seconds"] for r in runs if r["model"] in ("two_tower", "regressor")]
    result["seconds_per_finetune_fit_median"] = (
        round(float(np.median(fine_tuned)), 1) if fine_tuned else None
    )
    result["machine"]["load_average_at_end"] = r4(os.getloadavg()[0]) if load_before else None
    save()
    print(f"{result['seconds_total']:.0f} s in all; wrote {path}")
    if runs:
        print(pd.DataFrame(runs).drop(columns=["params"], errors="ignore").to_string())


if __name__ == "__main__":
    main()
