"""The notebook output comparison: figures within the tolerance pass, beyond it or with other
words they fail; and nbval, with the course's notebooks/conftest.py, really uses it."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from coldstart_lab.notebook_checks import (
    compare_text,
    figures_agree,
    last_digit_unit,
    split_numbers,
)

NOTEBOOKS = Path(__file__).parents[1] / "notebooks"


def test_split_numbers_keeps_names_whole():
    text = "all-MiniLM-L6-v2: Recall@20 0.596 [0.566, 0.625], u0042 −1.5e-3"
    words, numbers = split_numbers(text)
    assert numbers == ["20", "0.596", "0.566", "0.625", "−1.5e-3"]
    assert words[0] == "all-MiniLM-L6-v2: Recall@"
    assert "u0042" in words[-2]


@pytest.mark.parametrize(
    ("number", "unit"), [("0.118", 0.001), ("361", 1.0), ("23.5", 0.1), ("1.0e-9", 1e-10)]
)
def test_last_digit_unit(number, unit):
    assert last_digit_unit(number) == pytest.approx(unit)


@pytest.mark.parametrize(
    ("stored", "fresh"),
    [
        ("0.118", "0.117"),  # one unit of the last digit (the failures seen on another CPU)
        ("0.459", "0.454"),  # 0.005 absolute
        ("1.062", "1.063"),
        ("361", "358"),  # 1% of a count
        ("0.20", "0.21"),  # a rounding flip at two decimals
        ("−0.5", "-0.5"),  # the minus sign as printed by matplotlib/unicode text
        ("nan", "nan"),
    ],
)
def test_figures_within_the_tolerance_agree(stored, fresh):
    assert figures_agree(stored, fresh)


@pytest.mark.parametrize(
    ("stored", "fresh"),
    [
        ("0.118", "0.168"),  # a cited figure moved by 0.05
        ("0.459", "0.452"),
        ("0.20", "0.18"),  # two units at two decimals: another example won an argmax
        ("1.168", "1.218"),
        ("361", "350"),
        ("0.5", "-0.5"),
    ],
)
def test_figures_beyond_the_tolerance_differ(stored, fresh):
    assert not figures_agree(stored, fresh)


def test_compare_text_tolerates_figures_and_column_width():
    stored = "method    recall\nllm_knn    0.596 [0.566, 0.625]\n"
    fresh = "method    recall\nllm_knn     0.597 [0.567, 0.624]\n"
    assert compare_text(stored, fresh) is None


def test_compare_text_names_the_figure_that_moved():
    problem = compare_text("a\ntfidf_knn 0.488 [0.459, 0.520]", "a\ntfidf_knn 0.488 [0.459, 0.570]")
    assert problem.startswith("line 2: 0.570 where 0.520 is stored")


@pytest.mark.parametrize(
    "fresh",
    [
        "LM nearest: USB-C cable (0.61)",  # another word
        "LM nearest: iPhone cable (0.61) (0.3)",  # another count of numbers
        "LM nearest: iPhone cable (0.61)\nextra line",
        "LM nearest:iPhone cable (0.61)",
    ],
)
def test_compare_text_fails_on_other_words(fresh):
    assert compare_text("LM nearest: iPhone cable (0.61)", fresh) is not None


def _stored_texts(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            if output.get("name") == "stdout":
                yield "".join(output["text"])
            elif "text/plain" in output.get("data", {}):
                yield "".join(output["data"]["text/plain"])


def test_every_cited_figure_in_the_course_is_guarded():
    """Moving any stored figure below 5 printed with 2+ decimals by 0.05 is caught."""
    checked = 0
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for text in _stored_texts(path):
            words, numbers = split_numbers(text)
            for i, number in enumerate(numbers):
                decimals = len(number.partition(".")[2])
                if decimals < 2 or "e" in number.lower() or abs(float(number)) >= 5:
                    continue
                moved = numbers.copy()
                moved[i] = f"{float(number) + 0.05:.{decimals}f}"
                changed = "".join(w + n for w, n in zip(words, [*moved, ""], strict=True))
                assert compare_text(text, changed) is not None, (path.name, number)
                checked += 1
    assert checked > 200  # the notebooks cite hundreds of such figures


def _tiny_notebook(folder, stored_text):
    """A one-cell notebook printing Recall@20 0.402, whose stored output is ``stored_text``."""
    cell = nbformat.v4.new_code_cell('print(f"Recall@20 {0.4021:.3f}")', execution_count=1)
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=stored_text)]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nbformat.write(notebook, folder / "tiny.ipynb")
    shutil.copy(NOTEBOOKS / "conftest.py", folder / "conftest.py")


@pytest.mark.parametrize(
    ("stored", "passes"),
    [
        ("Recall@20 0.402\n", True),
        ("Recall@20 0.404\n", True),  # within the tolerance
        ("Recall@20 0.452\n", False),  # the cited figure changed by 0.05
        ("Recall@10 0.402\n", False),  # changed words
    ],
)
def test_nbval_uses_the_tolerant_comparison(tmp_path, stored, passes):
    _tiny_notebook(tmp_path, stored)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "tiny.ipynb", "-p", "no:cacheprovider", "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (run.returncode == 0) == passes, run.stdout[-2000:]
    if not passes:
        assert "Cell outputs differ" in run.stdout


NBVAL_MARKERS = {"# NBVAL_IGNORE_OUTPUT", "# NBVAL_SKIP", "# NBVAL_CHECK_OUTPUT"}


def test_nbval_markers_are_spelled_as_nbval_reads_them():
    """nbval honours a marker only when the comment is the marker alone: a line such as
    `# NBVAL_IGNORE_OUTPUT (timings)` is silently compared, and fails on another machine."""
    misspelled = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        for index, cell in enumerate(json.loads(path.read_text())["cells"]):
            lines = "".join(cell["source"]).splitlines() if cell["cell_type"] == "code" else []
            for line in lines:
                if "NBVAL" in line and line.lstrip().startswith("#"):
                    if line.strip() not in NBVAL_MARKERS:
                        misspelled.append(f"{path.name} cell {index}: {line.strip()!r}")
    assert not misspelled, misspelled
