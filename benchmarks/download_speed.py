"""How fast are downloads and unpacking? ``fetch`` and ``extract``, pooch-based vs the old code.

    python benchmarks/download_speed.py [--file-mb 50] [--zip-mb 20] [--repeat 3] [--old REV]

Generates a file of random bytes (default 50 MB) and a zip of MovieLens-like CSV files (default
about 20 MB compressed), serves them with ``python -m http.server`` (a separate process on
127.0.0.1, no internet needed), then times with both versions of
``coldstart_lab.data.download``: ``fetch`` of the file (pinned SHA-256), ``fetch`` of the zip
(trust on first use: the hash is recorded) and ``extract`` of the zip (its SHA-256 included,
as when ``fingerprint`` is not given). Each download goes into a new empty cache folder. The
old version is ``coldstart_lab/data/download.py`` at git revision ``--old`` (default: the last
commit with the hand-written urllib downloader), or a file if ``--old`` names one. Runs
alternate old/new; the best of ``--repeat`` is printed in MB/s (10^6 bytes, wall clock) with
new/old, and the best CPU time of this process (the client; steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from old_code import load_old_module

OLD_REVISION = "7497598"  # the last commit whose download.py spoke HTTP through urllib itself
MODULE_PATH = "coldstart_lab/data/download.py"
MB = 1_000_000


def load_old(old: str, work: Path):
    """The old download module: the file ``old``, or ``MODULE_PATH`` at git revision ``old``."""
    return load_old_module(old, MODULE_PATH, work, "old_download")


def make_zip(path: Path, target_mb: float, seed: int = 0) -> tuple[int, int]:
    """A zip of ratings CSV members (user,item,rating,timestamp), deflated, of about
    ``target_mb``; returns (members, unpacked bytes)."""
    rng = random.Random(seed)
    members = unpacked = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        while path.stat().st_size < target_mb * MB:
            rows = [
                f"{rng.randrange(200_000)},{rng.randrange(60_000)},"
                f"{rng.randrange(1, 11) / 2},{rng.randrange(800_000_000, 1_700_000_000)}\n"
                for _ in range(200_000)
            ]
            data = ("userId,movieId,rating,timestamp\n" + "".join(rows)).encode()
            bundle.writestr(f"ml-bench/ratings-{members:02d}.csv", data)
            members += 1
            unpacked += len(data)
            bundle.fp.flush()
    return members, unpacked


@contextlib.contextmanager
def file_server(folder: Path):
    """``python -m http.server`` for ``folder`` on 127.0.0.1; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port)):
                break
            time.sleep(0.05)
        else:
            raise RuntimeError("the file server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def timed(run, cleanup) -> tuple[float, float]:
    """(wall, CPU) seconds ``run()`` takes, CPU of this process only (its stderr, progress bars
    and notices, discarded)."""
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        cleanup()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file-mb", type=float, default=50.0, help="size of the plain file")
    parser.add_argument("--zip-mb", type=float, default=20.0, help="size of the zip (about)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is shown")
    parser.add_argument(
        "--old",
        default=OLD_REVISION,
        help=f"git revision (or file) of the old {MODULE_PATH} (default {OLD_REVISION})",
    )
    args = parser.parse_args()

    # the servers' addresses are on 127.0.0.1: a proxy from the environment must not be used
    os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"
    from coldstart_lab.data import download as new

    work = Path(tempfile.mkdtemp(prefix="download-speed-"))
    try:
        old = load_old(args.old, work)
        served = work / "served"
        served.mkdir()
        big = served / "big.bin"
        big.write_bytes(random.Random(1).randbytes(int(args.file_mb * MB)))
        archive = served / "archive.zip"
        members, unpacked = make_zip(archive, args.zip_mb)
        big_sha = hashlib.sha256(big.read_bytes()).hexdigest()
        sizes = {"big.bin": big.stat().st_size, "archive.zip": archive.stat().st_size}
        cache = work / "cache"

        with file_server(served) as base:

            def fetch_big(module):
                module.fetch(f"{base}/big.bin", big_sha, cache)

            def fetch_zip(module):
                module.fetch(f"{base}/archive.zip", None, cache)

            def extract_zip(module):
                module.extract(archive, work / "unpacked" / "archive")

            def clean():
                shutil.rmtree(cache, ignore_errors=True)
                shutil.rmtree(work / "unpacked", ignore_errors=True)

            cases = [
                (
                    f"fetch {sizes['big.bin'] / MB:.1f} MB file (pinned SHA-256)",
                    fetch_big,
                    "big.bin",
                ),
                (
                    f"fetch {sizes['archive.zip'] / MB:.1f} MB zip (trust on first use)",
                    fetch_zip,
                    "archive.zip",
                ),
                (
                    f"extract {sizes['archive.zip'] / MB:.1f} MB zip ({unpacked / MB:.0f} MB out)",
                    extract_zip,
                    "archive.zip",
                ),
            ]
            for _, run, _ in cases:  # warm-up: imports, the page cache, the server
                for module in (old, new):
                    timed(lambda run=run, module=module: run(module), clean)
            best = {}
            for label, run, _ in cases:
                seconds = {"old": [], "new": []}
                for _ in range(args.repeat):  # alternate, so that drift hits both alike
                    for name, module in (("old", old), ("new", new)):
                        seconds[name].append(timed(lambda r=run, m=module: r(m), clean))
                best[label] = {
                    name: tuple(min(column) for column in zip(*values, strict=True))
                    for name, values in seconds.items()
                }
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"files: {sizes['big.bin'] / MB:.1f} MB of random bytes; a zip of {members} CSV files, "
        f"{sizes['archive.zip'] / MB:.1f} MB ({unpacked / MB:.1f} MB unpacked)"
    )
    print(
        f"served by python -m http.server on 127.0.0.1; best of {args.repeat}; "
        f"old = {MODULE_PATH} at {args.old}; load average {load:.2f} (1 min, at the end)"
    )
    print(
        f"{'':48} {'old MB/s':>9} {'new MB/s':>9} {'new/old':>8}"
        f" {'old CPU ms':>11} {'new CPU ms':>11}"
    )
    for label, _, key in cases:
        rate = {name: sizes[key] / MB / wall for name, (wall, _) in best[label].items()}
        cpu = {name: 1000 * cpu for name, (_, cpu) in best[label].items()}
        print(
            f"{label:48} {rate['old']:9.1f} {rate['new']:9.1f} {rate['new'] / rate['old']:7.2f}x"
            f" {cpu['old']:11.0f} {cpu['new']:11.0f}"
        )


if __name__ == "__main__":
    main()
