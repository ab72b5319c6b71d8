"""The ``coldstart-lab`` command line.

    coldstart-lab doctor [--model PATH_OR_ID]
    coldstart-lab encode INPUT.txt -o OUT.npy [--model PATH_OR_ID] [--batch-size N] [--xla]
                                              [--force]
    coldstart-lab data list
    coldstart-lab data export NAME -o DIR [--force]
    coldstart-lab benchmark (--dataset NAME | --items F --interactions F [--users F] [--edges F])
                            [-o DIR] [--k 20] [--seed 0] [--methods M ...] [--force]
    coldstart-lab prewarm [--datasets NAME ...]
    coldstart-lab student [--notebooks DIR] [-o DIR]

User mistakes end with ``error: <one line>`` on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys
import threading
import time
from pathlib import Path

from coldstart_lab.errors import ColdstartError

EXIT_USAGE = 2

# What `coldstart-lab prewarm` fills. The notebooks encode these datasets' item and user texts
# with text_vectors(data, "lm") (embedding cache: default_cache_dir() / "embeddings").
PREWARM_DATASETS = ("shop", "news", "social")
# Notebook 05, section 7, fits FineTunedRegressor on shop's rated products (item texts only,
# no user text) with these settings and cache_dir=default_cache_dir() / "frozen": the output of
# the frozen layers of each setting is cached there. Keep in step with the notebook
# (tests/test_prewarm.py checks that it still says so).
FROZEN_SETTINGS = {"max_length": 48}
FROZEN_TRAINABLE_LAYERS = (0, 1)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coldstart-lab",
        description="Pretrained language models for cold-start recommendation: course tools.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    doctor = sub.add_parser("doctor", help="check versions, the model and a test encoding")
    doctor.add_argument("--model", help="model folder or hf://owner/name (default: bundled)")

    encode = sub.add_parser("encode", help="embed one text per line into a .npy matrix")
    encode.add_argument("input", help="UTF-8 text file, one text per line")
    encode.add_argument("-o", "--output", required=True, help="where to write the .npy file")
    encode.add_argument("--model", help="model folder or hf://owner/name (default: bundled)")
    encode.add_argument(
        "--batch-size", type=_positive_int, default=None, help="texts per batch (default 32)"
    )
    encode.add_argument("--cache-dir", help="reuse/store embeddings in this folder")
    encode.add_argument(
        "--xla",
        action="store_true",
        help="compile with XLA: ~10%% faster per text, 4-5 s per batch shape (long runs)",
    )
    encode.add_argument("--force", action="store_true", help="overwrite an existing output")

    data = sub.add_parser("data", help="list or export the datasets")
    data_sub = data.add_subparsers(dest="data_command", required=True, metavar="ACTION")
    data_sub.add_parser("list", help="the dataset names load_dataset() and --dataset accept")
    export = data_sub.add_parser("export", help="write a dataset as CSV files from_csv reads")
    export.add_argument("name", help="dataset name (see `coldstart-lab data list`)")
    export.add_argument("-o", "--output", required=True, help="folder to write the CSV files to")
    export.add_argument("--force", action="store_true", help="overwrite existing CSV files")

    bench = sub.add_parser("benchmark", help="run the cold-start benchmark and write a report")
    source = bench.add_mutually_exclusive_group(required=True)
    source.add_argument("--dataset", help="a dataset name (see `coldstart-lab data list`)")
    source.add_argument("--items", help="your items CSV (then also --interactions)")
    bench.add_argument("--interactions", help="your interactions CSV")
    bench.add_argument("--users", help="your users CSV (optional)")
    bench.add_argument("--edges", help="your friendships CSV (optional)")
    bench.add_argument("-o", "--output", help="report folder (default: runs/<dataset>)")
    bench.add_argument("--k", type=_positive_int, default=20, help="list length (default 20)")
    bench.add_argument("--seed", type=int, default=0, help="seed for splits and models")
    bench.add_argument("--methods", nargs="+", metavar="M", help="subset of methods to run")
    bench.add_argument("--views", nargs="+", metavar="V", help="subset of views to evaluate")
    bench.add_argument("--force", action="store_true", help="replace an existing report folder")

    prewarm = sub.add_parser(
        "prewarm",
        help="fill the caches the notebooks read (run once per laptop before a workshop)",
        description=(
            "Encode the datasets' item and user texts with the bundled model into the embedding "
            "cache, and compute the frozen-layer outputs notebook 05 fine-tunes on, so that a "
            "learner's first run of the notebooks does not wait for them. Only what is missing "
            "is computed: a second run takes seconds. Caches go to $COLDSTART_LAB_CACHE if "
            "set, else the user cache folder (~/.cache/coldstart-lab on Linux)."
        ),
    )
    prewarm.add_argument(
        "--datasets",
        nargs="+",
        metavar="NAME",
        default=list(PREWARM_DATASETS),
        help=(
            f"datasets to encode (default: {' '.join(PREWARM_DATASETS)}); notebook 05's "
            "frozen layers are computed when shop is among them"
        ),
    )
    student = sub.add_parser(
        "student",
        help="write learner copies of the notebooks: exercises unsolved, solutions removed",
        description=(
            "Write a learner copy of every NN_*.ipynb solution notebook: each exercise cell "
            "holds its placeholder instead of the code between '# BEGIN SOLUTION' and "
            "'# END SOLUTION', the solution cells are gone, and the exercises and self-checks "
            "have no outputs. See coldstart_lab/exercises.py for the convention."
        ),
    )
    student.add_argument(
        "--notebooks", default="notebooks", help="the solution notebooks (default: notebooks)"
    )
    student.add_argument(
        "-o", "--output", default="student", help="folder for the copies (default: student)"
    )
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def read_lines(path: Path) -> list[str]:
    """One text per line (trailing newline characters removed), or a one-line error."""
    if not path.exists():
        raise ColdstartError(f"input file {path} does not exist")
    if path.is_dir():
        raise ColdstartError(f"input {path} is a folder: pass a text file, one text per line")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ColdstartError(f"cannot read {path}: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ColdstartError(
            f"{path} line {line} is not valid UTF-8 (byte {raw[error.start]:#04x}): "
            "re-save the file as UTF-8"
        ) from None
    lines = text.splitlines()
    if not lines:
        raise ColdstartError(f"{path} is empty: put one text per line")
    return lines


def save_npy_atomic(path: Path, array) -> None:
    """Write ``array`` to ``path`` via a temporary file and a rename (never half-written)."""
    import numpy as np  # noqa: PLC0415

    from coldstart_lab._atomic import open_atomic  # noqa: PLC0415

    with open_atomic(path) as out:
        np.save(out, array, allow_pickle=False)


def cmd_doctor(args) -> int:
    from coldstart_lab.cli.doctor import report, run_checks  # noqa: PLC0415

    checks = run_checks(args.model)
    print(report(checks))
    return 0 if all(c.ok for c in checks) else 1


def cmd_encode(args) -> int:
    source, target = Path(args.input), Path(args.output)
    if target.suffix != ".npy":
        raise ColdstartError(f"output {target} should end in .npy (numpy's array format)")
    if target.exists() and not args.force:
        raise ColdstartError(f"output {target} already exists: pass --force to overwrite it")
    if not target.parent.is_dir() and str(target.parent):
        raise ColdstartError(f"output folder {target.parent} does not exist: create it first")
    texts = read_lines(source)

    from coldstart_lab.text.encoders import BertEncoder  # noqa: PLC0415

    encoder = BertEncoder(
        args.model, batch_size=args.batch_size, cache_dir=args.cache_dir, jit_compile=args.xla
    )
    vectors = encoder.encode(texts)
    save_npy_atomic(target, vectors)
    print(
        f"wrote {target}: {vectors.shape[0]} texts x {vectors.shape[1]} dims (float32), "
        f"model {encoder.name}"
    )
    return 0


def cmd_data(args) -> int:
    from coldstart_lab.data.registry import list_datasets, load_dataset  # noqa: PLC0415

    if args.data_command == "list":
        datasets = list_datasets()
        width = max(map(len, datasets))
        for name, description in datasets.items():
            print(f"{name:<{width}}  {description}")
        return 0
    target = Path(args.output)
    if target.exists() and not target.is_dir():
        raise ColdstartError(f"output {target} is a file: pass a folder")
    dataset = load_dataset(args.name)
    written = dataset.export(target, force=args.force)
    sizes = dataset.summary()
    print(
        f"wrote {', '.join(p.name for p in written)} to {target} "
        f"({sizes['items']} items, {sizes['users']} users, {sizes['interactions']} interactions)"
    )
    return 0


def cmd_benchmark(args) -> int:
    from coldstart_lab.benchmark import (  # noqa: PLC0415
        check_names,
        results_table,
        run_benchmark,
        write_report,
    )
    from coldstart_lab.data.dataset import from_csv  # noqa: PLC0415
    from coldstart_lab.data.registry import load_dataset  # noqa: PLC0415
    from coldstart_lab.evaluation.views import VIEWS  # noqa: PLC0415

    if args.items and not args.interactions:
        raise ColdstartError("--items needs --interactions too (and optionally --users, --edges)")
    if args.dataset and (args.interactions or args.users or args.edges):
        raise ColdstartError("use either --dataset or your own files (--items ...), not both")
    check_names(args.methods, args.views)  # before any data is read or written
    name = args.dataset or Path(args.items).resolve().parent.name
    target = Path(args.output or Path("runs") / name)
    if target.exists() and not args.force:
        raise ColdstartError(f"output folder {target} already exists: pass --force to replace it")
    if args.dataset:
        data = load_dataset(args.dataset)
    else:
        data = from_csv(args.items, args.interactions, users=args.users, edges=args.edges)
    report = run_benchmark(
        data, methods=args.methods, views=args.views or VIEWS, k=args.k, seed=args.seed
    )
    write_report(report, target, force=args.force)
    print(results_table(report, f"recall@{args.k}").to_string())
    for skipped in report["skipped"]:
        print(f"n/a: {skipped['method']} on {skipped['view']}")
    print(f"wrote {target}/results.json, report.md and plots")
    return 0


def cmd_prewarm(args) -> int:
    from coldstart_lab.cache_dirs import default_cache_dir  # noqa: PLC0415
    from coldstart_lab.data.registry import load_dataset  # noqa: PLC0415

    start = time.monotonic()
    names = list(dict.fromkeys(args.datasets))
    datasets = [load_dataset(name) for name in names]  # unknown names fail before any model loads
    root = default_cache_dir()
    frozen_dir = root / "frozen"
    for folder in (root / "embeddings", frozen_dir):  # an unusable folder fails before encoding
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ColdstartError(
                f"cannot create the cache folder {folder} ({error.strerror or error}): "
                "set COLDSTART_LAB_CACHE to a writable folder"
            ) from None

    from coldstart_lab.text.features import shared_bert_encoder, text_vectors  # noqa: PLC0415

    encoder = shared_bert_encoder()  # the encoder text_vectors(data, "lm") uses, and its cache
    total = encoded = 0
    try:
        for data in datasets:
            texts = dataset_texts(data)
            _, found = encoder.cache.lookup(texts)
            missing = int((~found).sum())
            n_users = sum(bool(t.strip()) for t in data.user_text)
            print(
                f"{data.name}: {len(data.items):,} item texts + {n_users:,} user texts "
                f"({len(texts):,} distinct): {missing:,} to encode",
                flush=True,
            )
            text_vectors(data, "lm")
            total, encoded = total + len(texts), encoded + missing
        frozen = computed = 0
        if "shop" in names:
            frozen, computed = prewarm_frozen(encoder, datasets[names.index("shop")], frozen_dir)
    except OSError as error:
        raise ColdstartError(
            f"cannot write the cache in {root} ({error.strerror or error}): "
            "set COLDSTART_LAB_CACHE to a writable folder"
        ) from None
    folders = [encoder.cache.directory, frozen_dir]
    megabytes = sum(f.stat().st_size for d in folders if d.is_dir() for f in d.iterdir()) / 2**20
    label = f"texts ({', '.join(names)})"
    outputs = "frozen-layer outputs (notebook 05)"
    if encoded or computed:
        done = f"encoded {encoded:,} of {total:,} distinct {label}"
        if frozen:
            done += f", computed {computed} of {frozen} {outputs}"
    else:
        done = f"nothing was missing: {total:,} distinct {label}"
        if frozen:
            done += f" and {frozen} {outputs}"
        done += " already cached"
    where = encoder.cache.directory.parent
    if where != frozen_dir.parent:
        where = f"{encoder.cache.directory} and {frozen_dir}"
    seconds = time.monotonic() - start
    print(f"prewarm: {done}; {where} holds {megabytes:.1f} MB; {seconds:.0f} s", flush=True)
    return 0


def cmd_student(args) -> int:
    from coldstart_lab.exercises import write_student_copies  # noqa: PLC0415

    written = write_student_copies(args.notebooks, args.output)
    for path, count in written.items():
        print(f"{path}: {count} exercise{'s' * (count != 1)} to solve")
    total = sum(written.values())
    print(f"wrote {len(written)} learner notebooks with {total} exercises to {args.output}/")
    return 0


def dataset_texts(data) -> list[str]:
    """The distinct texts ``text_vectors(data, encoder)`` encodes: items, users with text."""
    users = [t for t in data.user_text.tolist() if t.strip()]
    return list(dict.fromkeys(data.item_text.tolist() + users))


def prewarm_frozen(encoder, shop, folder: Path) -> tuple[int, int]:
    """Notebook 05's frozen passes on ``shop``'s rated products: (files, files computed now)."""
    from coldstart_lab.data.dataset import ITEM_ID, RATING  # noqa: PLC0415
    from coldstart_lab.models.finetune.backbone import BackboneSplit  # noqa: PLC0415
    from coldstart_lab.models.finetune.features import compute_text_features  # noqa: PLC0415
    from coldstart_lab.models.finetune.recommenders import FineTunedRegressor  # noqa: PLC0415

    if not shop.has_ratings:
        return 0, 0
    rated = shop.interactions.loc[shop.interactions[RATING].notna(), ITEM_ID]
    # The notebook keeps the rated products in table order and gives the model no user text,
    # so the frozen layers read exactly these texts (the cache file is keyed on them).
    texts = shop.item_text[shop.items[ITEM_ID].isin(rated).to_numpy()].tolist()
    params = FineTunedRegressor(**FROZEN_SETTINGS).get_params()  # the model's own defaults

    def stamps():
        return {p.name: p.stat().st_mtime_ns for p in folder.glob("frozen-*.npz")}

    computed = 0
    for layers in FROZEN_TRAINABLE_LAYERS:
        before = stamps()
        compute_text_features(
            BackboneSplit(encoder.backbone, layers),
            encoder.tokenizer,
            texts,
            max_length=params["max_length"],
            dtype=params["cache_dtype"],
            pooling=encoder.pretrained.pooling,
            jit_compile=params["jit_compile"],
            cache_dir=folder,
            fingerprint=encoder.pretrained.fingerprint,
            show_progress=True,
        )
        fresh = any(before.get(name) != stamp for name, stamp in stamps().items())
        computed += fresh
        state = "computed" if fresh else "already cached"
        print(
            f"notebook 05: frozen layers of {len(texts):,} product texts, "
            f"trainable_layers={layers}: {state}",
            flush=True,
        )
    return len(FROZEN_TRAINABLE_LAYERS), computed


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handlers = {
        "doctor": cmd_doctor,
        "encode": cmd_encode,
        "data": cmd_data,
        "benchmark": cmd_benchmark,
        "prewarm": cmd_prewarm,
        "student": cmd_student,
    }
    try:
        return handlers[args.command](args)
    except ColdstartError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def console_main() -> int:
    """The ``coldstart-lab`` console script: :func:`main`, then a quick exit.

    A process that imported TensorFlow spends 1.1-1.3 s in the interpreter's teardown after
    its work is done (measured on 2 cores, whatever the command did: TensorFlow's modules and
    objects being freed), a sixth of a short command's wall time. By then the command's files
    are written and closed, so this runs the exit handlers (``atexit``: logging, pending
    finalizers), flushes the output and leaves with ``os._exit``. :func:`main` itself
    returns normally: notebooks and tests call it in-process.
    """
    code = main()
    others = [t for t in threading.enumerate() if t is not threading.main_thread()]
    if "tensorflow" not in sys.modules or any(t.is_alive() and not t.daemon for t in others):
        return code  # nothing slow to skip, or a thread the normal exit would wait for
    _flush_streams()
    # atexit has no public "run the handlers now"; _run_exitfuncs is what Python's own exit
    # calls, and it clears them, so none runs twice.
    atexit._run_exitfuncs()
    _flush_streams()
    os._exit(code)


def _flush_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left (`| head`), a closed stream
            pass


if __name__ == "__main__":
    sys.exit(console_main())
