"""How long does ``locate_model("hf://owner/name")`` take? snapshot_download vs the old loop.

    python benchmarks/hub_resolve_speed.py [--repeat 3] [--old REV]

Both run against the fake hub of tests/test_hf_download.py (its helpers are imported from
there: two servers on 127.0.0.1 serving the bundled all-MiniLM-L6-v2, 90 MB of weights), so no
internet is needed and the figures measure the client, not a network. Three resolutions per
round, each timed:

- download: into an empty cache;
- cached: again, the hub up (whatever requests the code still makes);
- offline: again, with HF_HUB_OFFLINE=1.

The old version is ``coldstart_lab/text/pretrained.py`` at git revision ``--old`` (default: the
last commit with one ``hf_hub_download`` per file), or a file if ``--old`` names one, loaded
into a module of its own. Progress bars are off. The script prints the best wall and CPU times
of ``--repeat`` rounds (the two versions alternate within a round) and how many HTTP requests
each resolution made.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest
from huggingface_hub import constants
from huggingface_hub.utils import disable_progress_bars

from coldstart_lab.text import pretrained

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import test_hf_download as fake  # noqa: E402
from old_code import load_old_module  # noqa: E402

MODULE_PATH = "coldstart_lab/text/pretrained.py"
OLD_REVISION = "7497598b80758ee7ff72cec81504aa162957c452"  # the last one with the per-file loop
PHASES = ("download", "cached", "offline")


def load_old(old: str, folder: Path):
    """The old module: the file ``old``, or ``MODULE_PATH`` at git revision ``old``."""
    return load_old_module(old, MODULE_PATH, folder, "pretrained_old")


def one_round(module, hub, cache: Path) -> dict[str, tuple[float, float, int]]:
    """Wall and CPU seconds and requests of each phase, resolving into the empty ``cache``.

    CPU time is the whole process's, so it includes the fake hub's threads (the same work for
    both versions); it is steadier than wall time on a busy machine.
    """
    figures = {}
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
        for phase in PHASES:
            if phase == "offline":
                fake._go_offline(monkeypatch)
            seen = len(hub.requests)
            start, cpu = time.perf_counter(), time.process_time()
            model = module.locate_model(f"hf://{fake.REPO}")
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            figures[phase] = (wall, cpu, len(hub.requests) - seen)
            assert model.path.is_relative_to(cache), model.path
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best is reported")
    parser.add_argument(
        "--old",
        default=OLD_REVISION,
        help=f"git revision (or file) of the old {MODULE_PATH} (default {OLD_REVISION[:7]})",
    )
    args = parser.parse_args()

    disable_progress_bars()
    with (
        tempfile.TemporaryDirectory(prefix="hub-resolve-") as tmp,
        pytest.MonkeyPatch.context() as mp,
    ):
        tmp = Path(tmp)
        fake.isolate_hf_hub(mp, tmp / "hf_home")
        versions = {"old": load_old(args.old, tmp), "new": pretrained}
        files = {name: (fake.SOURCE / name).read_bytes() for name in (*fake.FETCHED, "README.md")}
        hub = fake.FakeHub({fake.REPO: files | fake.UNSAFE})
        fake.tree_json(files, "", recursive=True)  # the hub's digests: the real hub stores them
        fake._use_endpoint(mp, hub.url)
        runs = {(phase, name): [] for phase in PHASES for name in versions}
        try:
            for round_ in range(args.repeat):
                order = list(versions) if round_ % 2 == 0 else list(reversed(versions))
                for name in order:
                    cache = tmp / f"cache-{round_}-{name}"
                    for phase, figures in one_round(versions[name], hub, cache).items():
                        runs[phase, name].append(figures)
        finally:
            hub.stop()

    size = sum(map(len, files.values())) / 1e6
    print(f"fake hub on 127.0.0.1: {fake.REPO}, {len(fake.FETCHED)} files to fetch, {size:.0f} MB")
    print(f"old = {MODULE_PATH} at {args.old}, new = the working tree's")
    print(f"best of {args.repeat} rounds; load average {os.getloadavg()[0]:.2f}", end="")
    busy = os.getloadavg()[0] > (os.cpu_count() or 1) / 2
    print(" (a busy machine: wall times are pessimistic and noisy)" if busy else "")
    print(f"{'phase':10}{'version':8}{'wall ms':>10}{'CPU ms':>10}{'requests':>10}")
    for (phase, name), figures in runs.items():
        wall, cpu, requests = (sorted(column) for column in zip(*figures, strict=True))
        count = f"{requests[0]}" + (f"-{requests[-1]}" if requests[-1] != requests[0] else "")
        print(f"{phase:10}{name:8}{wall[0] * 1000:10.1f}{cpu[0] * 1000:10.1f}{count:>10}")


if __name__ == "__main__":
    main()
