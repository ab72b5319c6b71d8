"""Exact against approximate top-K search on a catalogue of a million vectors, side by side.

The catalogue is grown from the bundled shop's 3,000 real item vectors (all-MiniLM-L6-v2,
384-d) with ``coldstart_lab.serving.grow_catalogue`` (seed 0): blends of two real items plus
noise, unit length. The queries are grown the same way (seed 1, no real rows). In one run, on
the same vectors and queries, it measures for each index:

- **build**: seconds to build it (training the IVF cells or the int8 quantizer included);
- **memory**: bytes the index holds (``nbytes``: vectors, graph links, cell lists);
- **recall@k**: the share of the exact top k (``ExactIndex``) that the index returns;
- **QPS**: queries per second, all queries in one batch; and **one query**: median and 90th
  percentile milliseconds of a single query (after 3 unmeasured warm-up queries);
- for HNSW, the median milliseconds to add one new item to the built index.

Run from the repository root (23 minutes on 2 cores shared with other work; peak memory 6 GB)::

    python benchmarks/ann_scale.py --n 1000000 --queries 500 --k 20 \
        --json benchmarks/results/ann_scale.json

This is a measuring script, not a test: it prints figures and exits 0. Notebook 10 reads the
committed JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coldstart_lab.data import load_dataset  # noqa: E402
from coldstart_lab.serving import (  # noqa: E402
    ExactIndex,
    FaissIndex,
    grow_catalogue,
    latency_ms,
    recall_against_exact,
)
from coldstart_lab.text import shared_bert_encoder  # noqa: E402

# (label, FaissIndex settings, the search knob and its values)
CANDIDATES = [
    ("faiss flat (exact)", {"kind": "flat"}, None, [None]),
    ("HNSW, M=16", {"kind": "hnsw", "m": 16}, "ef_search", [16, 32, 64, 128, 256]),
    ("IVF, 1024 cells", {"kind": "ivf", "n_lists": 1024, "train_size": 50_000}, "n_probe",
     [4, 8, 16, 32, 64]),
    ("IVF, 1024 cells, int8", {"kind": "ivf", "storage": "int8", "n_lists": 1024,
     "train_size": 50_000}, "n_probe", [16, 64]),
]  # fmt: skip


def cpu_busy_seconds() -> float:
    """CPU seconds all processes have used so far (Linux), to report how loaded the machine
    was; NaN elsewhere."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        user, nice, system = (int(x) for x in fields[:3])
        return (user + nice + system) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return float("nan")


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure(index, queries, exact_ids, k, single):
    started = time.perf_counter()
    ids, _ = index.search(queries, k)
    seconds = time.perf_counter() - started
    one = latency_ms(lambda: index.search(queries[:1], k), repeats=single, warmup=3)
    return {
        "recall": round(recall_against_exact(ids, exact_ids), 4),
        "qps": round(len(queries) / seconds, 1),
        "one_query_ms_median": round(float(np.median(one)), 3),
        "one_query_ms_p90": round(float(np.percentile(one, 90)), 3),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="catalogue size")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--single", type=int, default=50, help="single queries timed")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args(argv)

    start_cpu, start_wall = cpu_busy_seconds(), time.perf_counter()
    shop = load_dataset("shop")
    real = shared_bert_encoder().encode(shop.item_text.tolist(), show_progress=False)
    catalogue = grow_catalogue(real, args.n, seed=0)
    queries = grow_catalogue(real, args.queries, seed=1, keep_real=False)
    print(f"catalogue {catalogue.shape}, {catalogue.nbytes / 1e6:.0f} MB; queries {queries.shape}")

    rows = []
    started = time.perf_counter()
    exact = ExactIndex().build(catalogue)
    build = time.perf_counter() - started
    started = time.perf_counter()
    exact_ids, _ = exact.search(queries, args.k)
    row = {"index": "exact (NumPy)", "knob": None, "value": None, "build_s": round(build, 2)}
    row |= {"memory_mb": round(exact.nbytes / 1e6, 1), "recall": 1.0}
    row["qps"] = round(len(queries) / (time.perf_counter() - started), 1)
    one = latency_ms(lambda: exact.search(queries[:1], args.k), repeats=args.single, warmup=3)
    row["one_query_ms_median"] = round(float(np.median(one)), 3)
    row["one_query_ms_p90"] = round(float(np.percentile(one, 90)), 3)
    rows.append(row)
    print(row, flush=True)
    exact = None  # free its copy of the catalogue

    add_ms = None
    for label, settings, knob, values in CANDIDATES:
        started = time.perf_counter()
        index = FaissIndex(seed=0, **settings).build(catalogue)
        build = time.perf_counter() - started
        for value in values:
            if knob is not None:
                index.set_search_params(**{knob: value})
            row = {"index": label, "knob": knob, "value": value, "build_s": round(build, 2)}
            row["memory_mb"] = round(index.nbytes / 1e6, 1)
            row |= measure(index, queries, exact_ids, args.k, args.single)
            rows.append(row)
            print(row, flush=True)
        if settings["kind"] == "hnsw":
            new = grow_catalogue(real, 23, seed=2, keep_real=False)
            adds = iter(range(len(new)))

            def add_one(index=index, new=new, adds=adds):
                i = next(adds)
                index.add(new[i : i + 1], ids=[args.n + i])

            times = latency_ms(add_one, repeats=20, warmup=3)
            add_ms = {"median": round(float(np.median(times)), 3)}
            add_ms["p90"] = round(float(np.percentile(times, 90)), 3)
            print(f"add one item to HNSW: {add_ms} ms", flush=True)
        del index

    wall = time.perf_counter() - start_wall
    busy = cpu_busy_seconds() - start_cpu
    result = {
        "command": "python benchmarks/ann_scale.py " + " ".join(argv or sys.argv[1:]),
        "n": args.n,
        "queries": args.queries,
        "k": args.k,
        "dim": int(catalogue.shape[1]),
        "rows": rows,
        "hnsw_add_one_ms": add_ms,
        "wall_seconds": round(wall, 1),
        "peak_memory_mb": round(peak_memory_mb(), 0),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "mean_busy_cores": round(busy / wall, 2),
        },
    }
    busy_cores = result["machine"]["mean_busy_cores"]
    print(f"done in {wall:.0f} s, peak memory {result['peak_memory_mb']:.0f} MB, "
          f"{busy_cores} cores busy on average (all processes)")  # fmt: skip
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
