"""How much faster is fine-tuning with frozen, cached lower layers? And does it learn as well?

Builds a deterministic catalogue of ``--items`` product-like texts (8-40 words) and users
whose ratings follow a planted rule (the text's quality words, and whether the product is in
the user's favourite category, decide the rating), then trains ``FineTunedRegressor`` with
the bundled all-MiniLM-L6-v2 four ways, each for the same wall-clock budget:

- ``full``     all 6 transformer layers and the embeddings trainable; nothing can be cached
- ``top-2``    the lower 4 layers run once per text (cached); the top 2 layers train
- ``top-1``    the lower 5 layers cached; the top layer trains
- ``head``     everything frozen (cached pooled vectors); only the rating head trains

and prints, per configuration:

- **frozen s**: the one-off pass of the frozen layers over every text (cached afterwards);
- **ex/s**: training throughput, examples per second of a step (trainable layers forward
  and backward + Adam) on random batches of the real item texts, measured after an untimed
  step that traces the graph (``--probe-steps`` timed steps), and the speed-up over ``full``;
- **fit ex/s**: the same inside ``fit``, where batches are built from texts of similar
  length (less padding), so usually higher;
- **in the budget**: ``fit(max_seconds=--seconds)`` (the budget counts from the start of
  ``fit``, frozen pass included, as a user would experience it; the validation pass of the
  last epoch runs after it): examples seen, epochs begun, and the best validation RMSE.
  ``full`` has no frozen pass, but each epoch starts with a pass of the whole network over
  the texts that user vectors read (the user-side bank), its counterpart.

Run from the repository root::

    python benchmarks/finetune_speed.py [--seconds 60] [--items 1000] [--users 300]
                                        [--max-length 48] [--batch-size 32] [--probe-steps 3]
                                        [--only full,top-1] [--json out.json]

This is a measuring script, not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time

import numpy as np
import pandas as pd

CATEGORIES = {
    "kitchen": ["chef's knife", "frying pan", "coffee grinder", "teapot", "cutting board",
                "stand mixer", "spice rack", "dutch oven"],
    "outdoor": ["hiking boots", "camping stove", "rain jacket", "trekking poles", "tent",
                "sleeping bag", "headlamp", "water filter"],
    "office": ["desk lamp", "office chair", "monitor stand", "notebook", "fountain pen",
               "laptop sleeve", "desk organiser", "whiteboard"],
    "audio": ["headphones", "bluetooth speaker", "turntable", "microphone", "earbuds",
              "soundbar", "amplifier", "radio"],
}  # fmt: skip
GOOD = ["durable", "premium", "sturdy", "well-made", "reliable", "beautifully finished",
        "long-lasting", "solid"]  # fmt: skip
BAD = ["flimsy", "fragile", "cheaply made", "wobbly", "leaky", "poorly finished",
       "unreliable", "noisy"]  # fmt: skip
NEUTRAL = ["compact", "classic", "modern", "portable", "lightweight", "minimalist", "foldable"]
BRANDS = ["Nordvik", "Alpenhaus", "Kestrel", "Lumio", "Brightwell", "Oakridge", "Veloce",
          "Hartmann", "Zephyra", "Ironbark", "Miravel", "Quillon"]  # fmt: skip
MATERIALS = ["stainless steel", "bamboo", "walnut", "aluminium", "recycled plastic", "leather",
             "ceramic", "cast iron", "canvas", "titanium"]  # fmt: skip
COLOURS = ["black", "slate grey", "navy", "forest green", "terracotta", "sand", "burgundy"]
EXTRAS = [
    "It comes with a two-year warranty and free returns.",
    "Available in {colour}.",
    "Customers describe it as {quality} after months of daily use.",
    "The {material} body is easy to clean.",
    "Ships in plastic-free packaging.",
    "Designed in our studio and tested for everyday use at home and on the road.",
    "Pairs well with the rest of the {brand} range.",
    "Reviewers call the finish {quality}.",
]


def make_catalogue(n_items: int, n_users: int, ratings_per_user: int = 8, seed: int = 0):
    """Items (8-40 words), users with a favourite category, and planted 1-5 ratings."""
    from coldstart_lab.data import Dataset  # noqa: PLC0415

    rng = np.random.default_rng(seed)
    names = list(CATEGORIES)
    rows, quality, category = [], np.zeros(n_items), np.zeros(n_items, int)
    for i in range(n_items):
        c = int(rng.integers(len(names)))
        q = int(rng.integers(-1, 2))  # -1 bad, 0 neutral, +1 good
        words = {-1: BAD, 0: NEUTRAL, 1: GOOD}[q]
        fill = {
            "brand": rng.choice(BRANDS),
            "material": rng.choice(MATERIALS),
            "colour": rng.choice(COLOURS),
            "quality": rng.choice(words),
        }
        noun = rng.choice(CATEGORIES[names[c]])
        text = f"{fill['brand']} {rng.choice(words)} {fill['material']} {noun}."
        target = int(rng.integers(8, 41))
        for extra in rng.permutation(EXTRAS):
            sentence = extra.format(**fill)
            if len(text.split()) + len(sentence.split()) > target:
                continue
            text += " " + sentence
        while len(text.split()) < 8:
            text += f" In {fill['colour']}."
        rows.append((f"i{i:05d}", text))
        quality[i], category[i] = q, c
    items = pd.DataFrame(rows, columns=["item_id", "description"])
    events = []
    for u in range(n_users):
        favourite = int(rng.integers(len(names)))
        liked = np.flatnonzero(category == favourite)
        n_liked = min(len(liked), ratings_per_user * 5 // 8)
        picks = np.concatenate(
            [
                rng.choice(liked, n_liked, replace=False),
                rng.choice(n_items, ratings_per_user - n_liked, replace=False),
            ]
        )
        for i in np.unique(picks):
            match = 1.0 if category[i] == favourite else -0.5
            value = 3 + 1.2 * quality[i] + 0.8 * match + rng.normal(0, 0.4)
            events.append((f"u{u:04d}", f"i{i:05d}", float(np.clip(np.round(value), 1, 5))))
    interactions = pd.DataFrame(events, columns=["user_id", "item_id", "rating"])
    users = pd.DataFrame({"user_id": pd.unique(interactions["user_id"])})
    return Dataset(
        "finetune-bench", items, interactions, users, item_text_columns=("description",),
        rating_range=(1, 5),
    )  # fmt: skip


CONFIGS = {"full": "all", "top-2": 2, "top-1": 1, "head": 0}


def run(name, data, encoder, args, cache_dir) -> dict:
    """One budgeted fit (its frozen pass included in the budget), then a throughput probe."""
    from coldstart_lab.models import FineTunedRegressor  # noqa: PLC0415

    model = FineTunedRegressor(
        encoder,
        trainable_layers=CONFIGS[name],
        max_length=args.max_length,
        epochs=1000,
        patience=1000,  # run the whole budget; the best epoch's weights are kept
        batch_size=args.batch_size,
        max_seconds=args.seconds,
        cache_dir=cache_dir,  # so that the probe below reuses the frozen pass
        seed=0,
        verbose=args.verbose,
    )
    start = time.monotonic()
    model.fit(data)
    wall = time.monotonic() - start
    t = model.timings_
    trainable = sum(int(np.prod(w.shape)) for w in model.model_.trainable_weights)
    val = model.history_.get("val_rmse", [float("nan")])
    probe = throughput(name, data, encoder, args, cache_dir)
    return {
        "config": name,
        "trainable_layers": str(CONFIGS[name]),
        "trainable_params": trainable,
        "frozen_s": t["frozen_seconds"],
        "examples_per_s": probe["examples_per_s"],
        "probe_steps": probe["steps"],
        "trace_s": probe["trace_s"],
        "in_budget_examples_per_s": t["examples_per_second"],
        "examples": t["examples"],
        "epochs": t["epochs"],
        "best_val_rmse": float(np.nanmin(val)),
        "val_rmse_per_epoch": [round(v, 4) for v in val],
        "fit_wall_s": wall,
        "cache_mb": t["cache_megabytes"],
    }


def throughput(name, data, encoder, args, cache_dir) -> dict:
    """Examples/s of a training step (trainable layers forward + backward + Adam) on real
    item texts, after one untimed step that traces the graph; ``--probe-steps`` timed."""
    from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415
    from coldstart_lab.models.finetune import BackboneSplit, TextTower, compute_text_features  # noqa: PLC0415

    tf = import_tensorflow()
    import keras  # noqa: PLC0415

    split = BackboneSplit(encoder.backbone, CONFIGS[name])
    features = compute_text_features(
        split, encoder.tokenizer, data.item_text.tolist(), max_length=args.max_length,
        pooling=encoder.pretrained.pooling, cache_dir=cache_dir,
        fingerprint=encoder.pretrained.fingerprint,
    )  # fmt: skip
    tower = TextTower(split.upper())
    head = keras.Sequential([keras.Input((split.hidden_dim,)), keras.layers.Dense(1)])
    variables = list(tower.trainable_variables) + list(head.trainable_variables)
    optimizer = keras.optimizers.Adam(1e-4)
    optimizer.build(variables)

    @tf.function(input_signature=[tf.TensorSpec((None,), tf.int32), tf.TensorSpec((None,))])
    def step(rows, y):
        with tf.GradientTape() as tape:
            predicted = head(tower(features.gather(rows), training=True), training=True)[:, 0]
            loss = tf.reduce_mean(tf.square(predicted - y))
        optimizer.apply(tape.gradient(loss, variables), variables)
        return loss

    rng = np.random.default_rng(1)
    y = np.full(args.batch_size, 3.0, np.float32)

    def batch():
        return rng.choice(len(features), args.batch_size, replace=False).astype(np.int32)

    t = time.monotonic()
    step(batch(), y).numpy()
    trace = time.monotonic() - t
    t = time.monotonic()
    for _ in range(args.probe_steps):
        step(batch(), y).numpy()
    seconds = time.monotonic() - t
    return {
        "examples_per_s": args.probe_steps * args.batch_size / seconds,
        "steps": args.probe_steps,
        "trace_s": trace,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="budget per configuration")
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--users", type=int, default=300)
    parser.add_argument("--max-length", type=int, default=48)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--probe-steps", type=int, default=3, help="timed steps per config")
    parser.add_argument("--only", default=",".join(CONFIGS), help="comma-separated configs")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--verbose", action="store_true", help="Keras progress bars")
    args = parser.parse_args(argv)
    chosen = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = [c for c in chosen if c not in CONFIGS]
    if unknown:
        parser.error(f"unknown config(s) {unknown}: choose from {list(CONFIGS)}")

    from coldstart_lab.text import BertEncoder  # noqa: PLC0415

    data = make_catalogue(args.items, args.users)
    ratings = data.interactions["rating"].to_numpy()
    words = data.item_text.str.split().str.len()
    encoder = BertEncoder()
    n_tokens = np.array([len(x) for x in encoder.tokenize(data.item_text.tolist())])
    median = int(np.median(np.minimum(n_tokens, args.max_length)))
    print(
        f"{len(data.items)} items ({words.min()}-{words.max()} words, median {median} tokens "
        f"at max {args.max_length}), "
        f"{len(data.users)} users, {len(ratings)} ratings; predicting the mean: RMSE "
        f"{ratings.std():.3f}"
    )
    print(
        f"budget {args.seconds:g} s per configuration, batch {args.batch_size}; "
        f"{platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    results = []
    cache_dir = tempfile.mkdtemp(prefix="finetune-bench-")
    for name in chosen:
        result = run(name, data, encoder, args, cache_dir)
        results.append(result)
        print(
            f"  {name}: {result['examples_per_s']:.1f} ex/s, best val RMSE "
            f"{result['best_val_rmse']:.3f}",
            flush=True,
        )

    print()
    header = (
        f"{'config':<7} {'trainable':>11} {'frozen s':>9} {'ex/s':>7} {'speed-up':>8} "
        f"{'fit ex/s':>8} {'examples':>8} {'epochs':>6} {'best val RMSE':>13} {'fit s':>6} "
        f"{'cache MB':>8}"
    )
    print(header)
    print("-" * len(header))
    base = next((r["examples_per_s"] for r in results if r["config"] == "full"), None)
    for r in results:
        ratio = f"{r['examples_per_s'] / base:.1f}x" if base else "-"
        print(
            f"{r['config']:<7} {r['trainable_params']:>11,} {r['frozen_s']:>9.1f} "
            f"{r['examples_per_s']:>7.1f} {ratio:>8} {r['in_budget_examples_per_s']:>8.1f} "
            f"{r['examples']:>8} {r['epochs']:>6} {r['best_val_rmse']:>13.3f} "
            f"{r['fit_wall_s']:>6.0f} {r['cache_mb']:>8.1f}"
        )
    print(f"\n(predicting the mean rating: RMSE {ratings.std():.3f})")
    shutil.rmtree(cache_dir, ignore_errors=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"args": vars(args), "results": results}, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
