"""Load an earlier version of a coldstart_lab module, to time it beside today's.

Used by the benchmarks that compare a rewrite with the code it replaced
(``download_speed.py``, ``hub_resolve_speed.py``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_old_module(old: str, module_path: str, folder: Path, name: str):
    """The module ``module_path`` as it was at git revision ``old`` (or the file ``old``).

    The source is written into ``folder`` as ``<name>.py`` and imported under ``name``.
    """
    path = Path(old)
    if not path.is_file():
        source = subprocess.run(
            ["git", "show", f"{old}:{module_path}"], cwd=REPO, capture_output=True, check=True
        ).stdout
        path = folder / f"{name}.py"
        path.write_bytes(source)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
