"""What the fine-tuned two-tower's item-bias head does on every view, not only on new items.

``finetune_recipe.py`` found that on new items the two-tower ranks as well or better without
its text-predicted item bias. This script asks where the bias earns its place: it fits the
benchmark's own two-tower (``coldstart_lab.benchmark.METHODS["finetuned_two_tower"]``, seed
0) once per distinct training set of the benchmark's views, and ranks every view three ways:
the full score ``u . v / temperature + bias(v)``, the similarity part alone (bias 0) and the
bias part alone (the same list for every user). For each it prints Recall@20 over the
view's users and, where only some users have a profile text, over the users with text and
without. A new user with neither text nor events has a zero user vector: only the bias can
rank for them::

    .venv/bin/python benchmarks/item_bias_views.py              # 3 datasets: about 12 minutes
    .venv/bin/python benchmarks/item_bias_views.py --datasets news

It writes ``benchmarks/results/item_bias_views.json`` (``--json``). This is a measuring script,
not a test: it prints figures and exits 0. The full-score figures are the README's tables.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))  # finetune_recipe, a sibling script
from finetune_recipe import _Parts, run_record, write_json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = ROOT / "benchmarks" / "results" / "item_bias_views.json"
K = 20
DATASETS = ("shop", "news", "social")
PARTS = ("full", "similarity", "bias")


def run_dataset(name: str) -> list[dict]:
    from coldstart_lab.benchmark import METHODS  # noqa: PLC0415
    from coldstart_lab.data import load_dataset  # noqa: PLC0415
    from coldstart_lab.evaluation import build_views  # noqa: PLC0415
    from coldstart_lab.evaluation.views import rank_view  # noqa: PLC0415

    data = load_dataset(name)
    has_text = (data.user_text.str.strip() != "").to_numpy()
    position = {user: i for i, user in enumerate(data.users["user_id"])}
    fitted, rows = {}, []
    for view in build_views(data, seed=0):
        if id(view.train) not in fitted:  # the new-user views share one training set
            start = time.monotonic()
            fitted[id(view.train)] = METHODS["finetuned_two_tower"](0).fit(data, view.train)
            print(f"{name:6s} fitted on {view.name}'s training set in "
                  f"{time.monotonic() - start:.0f} s", flush=True)  # fmt: skip
        model = fitted[id(view.train)]
        text = has_text[[position[user] for user in view.users]]
        row = {"dataset": name, "view": view.name, "users": len(text), "with_text": int(text.sum())}
        for part in PARTS:
            scorer = model if part == "full" else _Parts(model, part)
            recall = rank_view(scorer, view, K).per_user[f"recall@{K}"]
            row[part] = round(float(np.nanmean(recall)), 4)
            if 0 < text.sum() < len(text):
                row[f"{part}_with_text"] = round(float(np.nanmean(recall[text])), 4)
                row[f"{part}_without_text"] = round(float(np.nanmean(recall[~text])), 4)
        print(format_row(row), flush=True)
        rows.append(row)
    return rows


def format_row(row: dict) -> str:
    parts = [f"{row['dataset']:6s} {row['view']:14s}"]
    for part in PARTS:
        text = f"{part} {row[part]:.3f}"
        if f"{part}_with_text" in row:
            text += (
                f" (text {row[f'{part}_with_text']:.3f}, none {row[f'{part}_without_text']:.3f})"
            )
        parts.append(text)
    parts.append(f"{row['with_text']}/{row['users']} users with text")
    return "  ".join(parts)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(DATASETS), help="e.g. shop,news")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write rows")
    args = parser.parse_args(argv)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    print(f"{os.cpu_count()} CPU(s); Recall@{K}, full ranking, seed 0", flush=True)
    rows = []
    for name in [d for d in args.datasets.split(",") if d]:
        rows += run_dataset(name)
    write_json(args.json, {**run_record("benchmarks/item_bias_views.py", argv), "rows": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
