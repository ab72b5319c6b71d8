"""The package's layers (ARCHITECTURE.md): who may import whom, and what importing costs.

Every ``coldstart_lab`` import in every module is read from the source (imports inside
functions too), so a lazy import cannot hide an arrow that runs the wrong way.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "coldstart_lab"

# Layer of each part, lowest first. A module may import its own part and any lower layer.
# The base modules (errors, _atomic, _runtime, cache_dirs, notebook_checks, exercises) import
# no part.
LAYERS = {
    "base": 0,
    "data": 1,
    "text": 2,
    "evaluation": 2,  # beside text: neither imports the other
    "serving": 2,  # indexes and compressed vectors: beside text and evaluation
    "models": 3,
    "plots": 3,  # draws data, views and numbers: beside models, imports neither way
    "benchmark": 4,
    "cli": 5,
    "__main__": 6,
}
GENERATOR = "coldstart_lab.data.synthetic"
BASE_MODULES = {"errors", "_atomic", "_runtime", "cache_dirs", "notebook_checks", "exercises"}


def part_of(module: str) -> str:
    """``coldstart_lab.models.mf`` -> ``models``; ``coldstart_lab.errors`` -> ``base``."""
    name = module.split(".")[1] if module.count(".") else ""
    return name if name in LAYERS else "base"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str) -> set[str]:
    """Every coldstart_lab module that ``source`` (of ``module``) imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("coldstart_lab")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import: resolve against the importing module
                base = module.split(".")[: -node.level or None]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("coldstart_lab"):
                found.add(target)
                # `from coldstart_lab.data import synthetic` imports a submodule
                found |= {f"{target}.{a.name}" for a in node.names if a.name.islower()}
    return found


def violations(module: str, imports: set[str]) -> list[str]:
    """The imports of ``module`` that break the layering, as readable lines."""
    bad = []
    own = part_of(module)
    for target in sorted(imports):
        other = part_of(target)
        if target == GENERATOR or target.startswith(GENERATOR + "."):
            if not module.startswith(GENERATOR):
                bad.append(f"{module} imports the generator {target}: nothing may")
            continue
        if other == own or target == "coldstart_lab":
            continue
        if LAYERS[other] >= LAYERS[own]:
            bad.append(f"{module} ({own}) imports {target} ({other}): import only from below")
    return bad


def package_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield module_name(path), path.read_text(encoding="utf-8")


def test_every_part_has_a_layer():
    """A new part (a folder or a top-level module) must be placed in LAYERS or BASE_MODULES,
    or part_of would silently treat it as a base module."""
    names = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    unplaced = names - set(LAYERS) - BASE_MODULES - {"__init__"}
    assert not unplaced, f"add these parts to LAYERS or BASE_MODULES: {sorted(unplaced)}"


def test_every_import_runs_down_the_layers():
    bad = []
    for module, source in package_modules():
        bad += violations(module, imported_modules(source, module))
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("coldstart_lab.data.splits", "from coldstart_lab.models.base import X", "imports"),
        ("coldstart_lab.evaluation.views", "def f():\n import coldstart_lab.models.mf", "imports"),
        ("coldstart_lab.evaluation.views", "from coldstart_lab.text import BertEncoder", "imports"),
        ("coldstart_lab.text.features", "from coldstart_lab.models import ContentKNN", "imports"),
        ("coldstart_lab.errors", "from coldstart_lab.data import ITEM_ID", "imports"),
        ("coldstart_lab.models.mf", "from coldstart_lab.data import synthetic", "generator"),
        ("coldstart_lab.data.registry", "from .synthetic import phrases", "generator"),
    ],
)
def test_the_checker_catches_a_wrong_arrow(module, source, expected):
    bad = violations(module, imported_modules(source, module))
    assert bad and expected in bad[0]


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("coldstart_lab.models.mf", "from coldstart_lab.data.dataset import ITEM_ID"),
        ("coldstart_lab.benchmark", "from coldstart_lab.models import ContentKNN"),
        ("coldstart_lab.data.synthetic.generator", "from coldstart_lab.data.synthetic import x"),
        ("coldstart_lab.text.encoders", "from coldstart_lab._runtime import import_tensorflow"),
    ],
)
def test_the_checker_allows_a_right_arrow(module, source):
    assert violations(module, imported_modules(source, module)) == []


@pytest.mark.parametrize(
    "module",
    [
        "coldstart_lab",
        "coldstart_lab.data",
        "coldstart_lab.evaluation",
        "coldstart_lab.text",
        "coldstart_lab.models",
        "coldstart_lab.serving",
        "coldstart_lab.benchmark",
    ],
)
def test_importing_a_part_imports_no_tensorflow(module):
    """As `python -X importtime -c "import coldstart_lab.data"` shows: no TensorFlow, no Keras
    (the fine-tuned models load theirs when first named), no faiss or Ray (loaded by the
    functions that use them)."""
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    imported = {line.split("|")[-1].strip().split(".")[0] for line in run.stderr.splitlines()}
    assert "coldstart_lab" in imported or module == "coldstart_lab"
    assert not imported & {"tensorflow", "keras", "keras_hub", "transformers", "faiss", "ray"}


def test_the_fine_tuned_models_load_on_first_use():
    script = (
        "import sys; from coldstart_lab.models import ContentKNN\n"
        "assert 'keras' not in sys.modules\n"
        "from coldstart_lab.models import FineTunedRegressor\n"
        "assert 'keras' in sys.modules and '.finetune' in FineTunedRegressor.__module__\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
