"""Why the fine-tuned two-tower lost to the ridge map on new items, and the recipe that fixes it.

On each bundled dataset's new-item view (``cold_items``, seed 0: every model trains on the
view's training interactions and ranks the held-out new items, full ranking), this script
fits the reference ``llm_mapping`` (frozen encoder, ridge map into matrix factorisation) and
the fine-tuned two-tower under several recipes, one change at a time:

- ``before``: the benchmark's recipe until 2026-12-07 (one trainable layer, 6,000 training
  examples, softmax temperature 0.05);
- ``temperature-0.1``: the same budget, a softer softmax;
- ``20k-examples``: the same temperature, a budget of 20,000 examples (about one epoch of
  the training pairs on ``news`` and ``social``, two on ``shop``);
- ``after``: both (the benchmark's recipe since);
- ``after-no-item-bias``: without the bias head (``item_bias=False``);
- ``after-0-layers``: no transformer layer trained (only the bias head learns, on the
  pretrained vectors);
- ``after-10k`` and ``after-40k``: the learning curve, 10,000 and 40,000 examples (the
  latter with up to 5 epochs, early stopping as always);
- ``after-2-layers``: the top two transformer layers trained;
- ``after-same-category``: each training batch drawn from one item category, so the
  in-batch negatives are the positive's own category (``negatives_from="category"``);
  ``after-quarter-same-category`` and ``after-half-same-category``: a quarter or half of
  each batch from one category, the rest random (``hard_negative_share``).

For every two-tower fit the score ``u . v / temperature + bias(v)`` is also split into its
two parts, each ranked alone: the similarity (bias set to 0) and the text-predicted item bias
(the same list for every user). Each row gives Recall@20 with its 95% bootstrap interval over
users, the examples trained on and the fit's seconds (the frozen layers' outputs are cached in
the package's cache folder after the first fit of a dataset; the seconds depend on the
machine, the figures do not)::

    .venv/bin/python benchmarks/finetune_recipe.py        # everything: about 75 minutes on 2 cores
    .venv/bin/python benchmarks/finetune_recipe.py --datasets social --recipes before,after
    .venv/bin/python benchmarks/finetune_recipe.py --recipes after-2-layers --update

With ``--seeds 0,1,2,3,4`` every model is fitted once per seed (the models' seed: MF's and the
ridge map's for ``llm_mapping``, initialisation, dropout and batch order for the two-tower; the
view stays seed 0's), each row names its seed, and a summary prints each recipe's mean and its
paired difference to ``llm_mapping`` of the same seed: whether a lead survives the training
noise (the noise a different CPU's last bits would also cause)::

    .venv/bin/python benchmarks/finetune_recipe.py --recipes after --seeds 0,1,2,3,4 \
        --json benchmarks/results/finetune_seeds.json

With ``--item-text title`` every model reads only the items' titles (a few words, as many
public catalogues have) instead of title and description::

    .venv/bin/python benchmarks/finetune_recipe.py --recipes after --item-text title \
        --json benchmarks/results/finetune_titles.json

It writes ``benchmarks/results/finetune_recipe.json`` (``--json``; with ``--update`` the rows
of other recipes already there are kept, and each row names the run it came from) and prints
the rows. This is a measuring script, not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

from coldstart_lab.benchmark import TWO_TOWER_EXAMPLES, TWO_TOWER_TEMPERATURE

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "finetune_recipe.json"
K = 20
DATASETS = ("shop", "news", "social")

BEFORE = {"trainable_layers": 1, "max_examples": 6000, "temperature": 0.05}
# The benchmark's own recipe, read from it so that "after" cannot drift from what it runs.
AFTER = {
    "trainable_layers": 1,
    "max_examples": TWO_TOWER_EXAMPLES,
    "temperature": TWO_TOWER_TEMPERATURE,
}
HARD = {**AFTER, "negatives_from": "category"}  # every batch from one category
RECIPES = {
    "before": BEFORE,
    "temperature-0.1": {**BEFORE, "temperature": 0.1},
    "20k-examples": {**BEFORE, "max_examples": AFTER["max_examples"]},
    "after": AFTER,
    "after-no-item-bias": {**AFTER, "item_bias": False},
    "after-0-layers": {**AFTER, "trainable_layers": 0},
    # Issue #15's open questions: learning curve, more layers, hard negatives.
    "after-10k": {**AFTER, "max_examples": 10_000},
    "after-40k": {**AFTER, "max_examples": 40_000, "epochs": 5},
    "after-2-layers": {**AFTER, "trainable_layers": 2},
    "after-same-category": HARD,
    "after-quarter-same-category": {**HARD, "hard_negative_share": 0.25},
    "after-half-same-category": {**HARD, "hard_negative_share": 0.5},
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(DATASETS), help="e.g. shop,social")
    parser.add_argument("--recipes", default=",".join(RECIPES), help="names, comma-separated")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write rows")
    parser.add_argument("--seeds", default="0", help="model seeds, comma-separated (e.g. 0,1,2)")
    parser.add_argument(
        "--item-text", default=None,
        help="item columns the models read, comma-separated (default: the dataset's own)",
    )  # fmt: skip
    parser.add_argument(
        "--update", action="store_true",
        help="keep the JSON's other rows: replace only this run's (dataset, recipe, seed) rows",
    )  # fmt: skip
    args = parser.parse_args(argv)
    args.datasets = [d for d in args.datasets.split(",") if d]
    args.recipes = [r for r in args.recipes.split(",") if r]
    try:
        args.seeds = [int(s) for s in args.seeds.split(",") if s]
    except ValueError:
        parser.error(f"--seeds takes integers separated by commas, got {args.seeds!r}")
    if not args.seeds:
        parser.error("--seeds needs at least one seed")
    if args.item_text is not None:
        args.item_text = tuple(c for c in args.item_text.split(",") if c)
        if not args.item_text:
            parser.error("--item-text needs at least one column name, e.g. title")
    unknown = [r for r in args.recipes if r not in RECIPES]
    if unknown:
        parser.error(f"unknown recipe(s) {unknown}: choose from {', '.join(RECIPES)}")
    return args


class _Parts:
    """A fitted two-tower scored by one part of its score: ``"similarity"`` or ``"bias"``."""

    def __init__(self, model, part):
        self.model, self.part, self.name = model, part, f"{model.name}:{part}"

    def score(self, user_ids, item_ids, history=None):
        model = self.model
        items = model.item_index_.get_indexer(item_ids)  # the view's items: all known
        if self.part == "similarity":
            return model.user_vectors(user_ids, history) @ model.item_vectors_[items].T
        return np.tile(model.item_bias_[items], (len(user_ids), 1))


def recall(model, view) -> dict:
    from coldstart_lab.evaluation import view_metrics  # noqa: PLC0415

    value, low, high = view_metrics(model, view, k=K)[f"recall@{K}"]
    return {"recall": round(value, 4), "low": round(low, 4), "high": round(high, 4)}


def run_dataset(name: str, recipes: list[str], seeds: list[int], item_text=None) -> list[dict]:
    from coldstart_lab.benchmark import METHODS  # noqa: PLC0415
    from coldstart_lab.cache_dirs import default_cache_dir  # noqa: PLC0415
    from coldstart_lab.data import load_dataset  # noqa: PLC0415
    from coldstart_lab.evaluation import build_views  # noqa: PLC0415
    from coldstart_lab.models.finetune import FineTunedTwoTower  # noqa: PLC0415

    data = load_dataset(name)
    (view,) = build_views(data, seed=0, views=("cold_items",))
    pairs = len(view.train.drop_duplicates(["user_id", "item_id"]))
    same = {"dataset": name}  # what every row of this dataset shares
    if item_text is not None:
        missing = [c for c in item_text if c not in data.items.columns]
        if missing:
            raise SystemExit(f"--item-text: {name} items have no column(s) {missing}")
        data = dataclasses.replace(data, item_text_columns=item_text)
        same["item_text"] = ",".join(item_text)
    rows = []
    for seed in seeds:
        start = time.monotonic()
        mapping = METHODS["llm_mapping"](seed).fit(data, view.train)
        row = {**same, "model": "llm_mapping", "seed": seed, "training_pairs": pairs}
        row.update(recall(mapping, view))
        row["seconds"] = round(time.monotonic() - start, 1)
        print(format_row(row), flush=True)
        rows.append(row)
        for recipe in recipes:
            params = RECIPES[recipe]
            start = time.monotonic()
            frozen = default_cache_dir() / "frozen"
            model = FineTunedTwoTower(cache_dir=frozen, seed=seed, **params)
            model.fit(data, view.train)
            seconds = time.monotonic() - start
            row = {**same, "model": "finetuned_two_tower", "recipe": recipe, **params}
            row.update(seed=seed, training_pairs=pairs, **recall(model, view))
            row["similarity_only"] = recall(_Parts(model, "similarity"), view)["recall"]
            if params.get("item_bias", True):
                row["bias_only"] = recall(_Parts(model, "bias"), view)["recall"]
            row["examples"] = model.timings_["examples"]
            row["epochs"] = model.timings_["epochs"]
            row["seconds"] = round(seconds, 1)
            print(format_row(row), flush=True)
            rows.append(row)
    return rows


def seed_summary(rows: list[dict]) -> list[str]:
    """Per dataset and recipe over seeds: mean Recall@K, its range, and the paired difference
    to ``llm_mapping`` fitted with the same seed (mean, and in how many seeds >= 0)."""
    reference = {
        (row["dataset"], row["seed"]): row["recall"]
        for row in rows
        if row["model"] == "llm_mapping"
    }
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["dataset"], row.get("recipe", row["model"])), []).append(row)
    lines = []
    for (name, label), group in groups.items():
        values = np.array([row["recall"] for row in group])
        line = (
            f"{name:6s} {label:28s} {len(values)} seeds: mean {values.mean():.3f} "
            f"(range {values.min():.3f}-{values.max():.3f})"
        )
        paired = [
            row["recall"] - reference[name, row["seed"]]
            for row in group
            if label != "llm_mapping" and (name, row["seed"]) in reference
        ]
        if paired:
            wins = sum(d >= 0 for d in paired)
            line += (
                f"; minus llm_mapping of the same seed: mean {np.mean(paired):+.3f} "
                f"(range {min(paired):+.3f} to {max(paired):+.3f}), >= 0 in {wins} of {len(paired)}"
            )
        lines.append(line)
    return lines


def format_row(row: dict) -> str:
    label = row.get("recipe", row["model"])
    if row.get("seed", 0):
        label += f" (seed {row['seed']})"
    parts = [f"{row['dataset']:6s} {label:28s} Recall@{K} {row['recall']:.3f}"]
    parts.append(f"[{row['low']:.3f}, {row['high']:.3f}]")
    if "similarity_only" in row:
        parts.append(f"similarity only {row['similarity_only']:.3f}")
    if "bias_only" in row:
        parts.append(f"bias only {row['bias_only']:.3f}")
    if "examples" in row:
        parts.append(f"{row['examples']:,} examples, {row['epochs']} epoch(s)")
    parts.append(f"{row['seconds']:.0f} s")
    return "  ".join(parts)


def merge(previous: dict, run: dict, rows: list[dict]) -> dict:
    """``previous`` with ``rows`` added, replacing its rows of the same dataset, recipe, seed
    and item text."""

    def key(row):
        label = row.get("recipe", row["model"])
        return row["dataset"], label, row.get("seed", 0), row.get("item_text")

    new = {key(row) for row in rows}
    kept = [row for row in previous.get("rows", []) if key(row) not in new]
    # Every run that contributed rows, oldest first; a row names its run by index.
    runs = previous.get("runs") or [{k: previous[k] for k in ("date", "machine", "command")}]
    for row in kept:
        row.setdefault("run", 0)
    runs = [*runs, run]
    return {**run, "runs": runs, "rows": kept + [{**row, "run": len(runs) - 1} for row in rows]}


def main(argv=None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    print(f"{os.cpu_count()} CPU(s); cold_items view, seed 0, full ranking", flush=True)
    rows = []
    for name in args.datasets:
        rows += run_dataset(name, args.recipes, args.seeds, args.item_text)
    if len(args.seeds) > 1:
        print("\n".join(["", "over seeds:", *seed_summary(rows)]))
    run = run_record("benchmarks/finetune_recipe.py", argv)
    results = {**run, "rows": rows}
    if args.update and args.json.exists():
        results = merge(json.loads(args.json.read_text()), run, rows)
    write_json(args.json, results)
    return 0


def run_record(script: str, argv=None) -> dict:
    """When, where and how a run was made: the header of a results JSON."""
    return {
        "date": datetime.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "command": " ".join([script, *(argv or sys.argv[1:])]),
    }


def write_json(path: Path, results: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=1) + "\n")
    print(f"rows written to {path}")


if __name__ == "__main__":
    sys.exit(main())
