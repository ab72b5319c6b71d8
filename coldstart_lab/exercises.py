"""Exercises: the solution notebooks' convention, and the learner copies built from them.

The notebooks in ``notebooks/`` are the *solution* notebooks: nbval runs them, and an instructor
reads them. Each exercise is three kinds of cells, marked with cell tags (JupyterLab: the
property inspector, "Common Tools" → "Cell Tags"):

``exercise``
    A code cell holding the answer between two marker lines, as nbgrader does::

        # BEGIN SOLUTION
        tail_share = ...the answer...
        # END SOLUTION

    Its metadata ``"exercise"`` holds what replaces that block: ``"placeholder"`` (the learner's
    starting point, for example ``tail_share = ...  # your code``) and ``"wrong"``, a list of
    plausible wrong answers ``{"code": ..., "why": ...}``. The markers may be indented (inside a
    ``def``); the replacement takes their indentation.
``self-check``
    The next code cell. It runs after the learner's cell and raises ``AssertionError`` with a
    hint until the answer is right. ``notebooks/conftest.py`` proves it: before nbval runs the
    exercise cell, it runs the exercise with the placeholder and with each wrong answer, each
    followed by the self-check, and fails the notebook unless every one of them ends in an
    ``AssertionError`` with a message.
``solution``
    Explanations and worked answers (the "Solution" heading, its text, its hidden cells).

:func:`student_notebook` turns a solution notebook into a learner copy: the solution cells
are gone, each exercise holds its placeholder, the exercise and self-check cells have no
outputs (the other cells keep theirs, so the copy still reads like the lesson), and the
self-checks are collapsed. ``coldstart-lab student`` (``make student``) writes the copies.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from coldstart_lab._atomic import open_atomic
from coldstart_lab.errors import ColdstartError

BEGIN = "# BEGIN SOLUTION"
END = "# END SOLUTION"
EXERCISE, SELF_CHECK, SOLUTION = "exercise", "self-check", "solution"
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"
ASSET_FOLDERS = ("figures",)  # copied beside the learner notebooks when present


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _tags(cell: dict) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def split_solution(source: str, where: str = "cell") -> tuple[str, str, str, str]:
    """``(before, solution, after, indent)`` of a cell holding one marked solution block.

    ``before`` ends with the line before ``# BEGIN SOLUTION``, ``after`` starts with the line
    after ``# END SOLUTION``; ``indent`` is the markers' indentation. Raises
    :class:`ColdstartError` naming ``where`` when the markers are missing, repeated, unpaired
    or indented differently.
    """
    lines = source.splitlines(keepends=True)
    begins = [i for i, line in enumerate(lines) if line.strip() == BEGIN]
    ends = [i for i, line in enumerate(lines) if line.strip() == END]
    if len(begins) != 1 or len(ends) != 1:
        raise ColdstartError(
            f"{where}: an exercise cell needs exactly one '{BEGIN}' line and one '{END}' line "
            f"(found {len(begins)} and {len(ends)}): mark the answer with one pair"
        )
    begin, end = begins[0], ends[0]
    if end < begin:
        raise ColdstartError(f"{where}: '{END}' comes before '{BEGIN}': swap them")
    indent = lines[begin][: len(lines[begin]) - len(lines[begin].lstrip())]
    if not lines[end].startswith(indent + END):
        raise ColdstartError(f"{where}: '{BEGIN}' and '{END}' are indented differently")
    return (
        "".join(lines[:begin]),
        "".join(lines[begin + 1 : end]),
        "".join(lines[end + 1 :]),
        indent,
    )


def with_answer(source: str, answer: str, where: str = "cell") -> str:
    """The exercise cell ``source`` with its solution block (markers included) replaced by
    ``answer``, indented like the markers."""
    before, _, after, indent = split_solution(source, where)
    body = "".join(
        indent + line if line.strip() else line for line in answer.strip("\n").splitlines(True)
    )
    return before + body + ("\n" + after if after else "")


def exercises(notebook: dict, name: str = "notebook") -> list[dict]:
    """Every exercise of a solution notebook, checked against the convention above.

    Each item: ``{"index", "cell", "check_index", "check", "placeholder", "wrong"}`` where
    ``index`` and ``check_index`` count all cells from 0. Raises :class:`ColdstartError`
    naming the notebook and cell for a broken convention.
    """
    cells = notebook.get("cells", [])
    found = []
    for index, cell in enumerate(cells):
        where = f"{name}, cell {index}"
        source, tags = _source(cell), _tags(cell)
        marked = any(line.strip() in (BEGIN, END) for line in source.splitlines())
        if EXERCISE not in tags:
            if marked:
                raise ColdstartError(
                    f"{where}: solution markers in a cell without the '{EXERCISE}' tag: tag it"
                )
            continue
        if cell.get("cell_type") != "code":
            raise ColdstartError(f"{where}: the '{EXERCISE}' tag belongs on a code cell")
        split_solution(source, where)
        spec = cell.get("metadata", {}).get(EXERCISE, {})
        placeholder, wrong = spec.get("placeholder"), spec.get("wrong", [])
        if not isinstance(placeholder, str) or not placeholder.strip():
            raise ColdstartError(
                f"{where}: no placeholder: add metadata "
                '"exercise": {"placeholder": "name = ...  # your code"}'
            )
        if not wrong or not all(isinstance(w, dict) and w.get("code") for w in wrong):
            raise ColdstartError(
                f'{where}: add at least one plausible wrong answer to metadata "exercise": '
                '{"wrong": [{"code": ..., "why": ...}]}, so the self-check is shown to fail'
            )
        following = [i for i in range(index + 1, len(cells)) if cells[i]["cell_type"] == "code"]
        if not following or SELF_CHECK not in _tags(cells[following[0]]):
            raise ColdstartError(
                f"{where}: the code cell after an exercise must be its self-check "
                f"(tag '{SELF_CHECK}')"
            )
        found.append(
            {
                "index": index,
                "cell": cell,
                "check_index": following[0],
                "check": cells[following[0]],
                "placeholder": placeholder,
                "wrong": wrong,
            }
        )
    return found


def student_notebook(notebook: dict, name: str = "notebook") -> dict:
    """The learner copy of a solution notebook (a new dict; the input is left unchanged)."""
    copy = json.loads(json.dumps(notebook))
    by_index = {item["index"]: item for item in exercises(copy, name)}
    checks = {item["check_index"] for item in by_index.values()}
    cells = []
    for index, cell in enumerate(copy["cells"]):
        if SOLUTION in _tags(cell):
            continue
        if index in by_index:
            where = f"{name}, cell {index}"
            cell["source"] = with_answer(_source(cell), by_index[index]["placeholder"], where)
            del cell["metadata"][EXERCISE]  # the wrong answers are hints for instructors only
        if index in by_index or index in checks:
            cell["outputs"], cell["execution_count"] = [], None
            cell["metadata"].pop("execution", None)
        if index in checks:
            cell["metadata"].setdefault("jupyter", {})["source_hidden"] = True
        cells.append(cell)
    copy["cells"] = cells
    return copy


def _write_json(path: Path, notebook: dict) -> None:
    text = json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
    with open_atomic(path) as out:
        out.write(text.encode("utf-8"))


def write_student_copies(source: str | Path, target: str | Path) -> dict[Path, int]:
    """Write the learner copy of every ``NN_*.ipynb`` in ``source`` into ``target``.

    Every notebook is checked first, so a broken one writes nothing. Asset folders
    (``figures/``) are copied too. Returns each written notebook's path and its number of
    exercises.
    """
    source, target = Path(source), Path(target)
    paths = sorted(source.glob(NOTEBOOK_GLOB))
    if not paths:
        raise ColdstartError(f"no notebooks named {NOTEBOOK_GLOB} in {source}: give the folder")
    if target.resolve() == source.resolve():
        raise ColdstartError(f"{target} is the solutions folder: give another output folder")
    copies, counts = {}, {}
    for path in paths:
        try:
            notebook = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ColdstartError(f"{path}: not a readable notebook ({error})") from None
        copies[path.name] = student_notebook(notebook, str(path))
        counts[path.name] = len(exercises(notebook, str(path)))
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ColdstartError(
            f"cannot create {target} ({error.strerror or error}): give a writable folder"
        ) from None
    written = {}
    for filename, notebook in copies.items():
        _write_json(target / filename, notebook)
        written[target / filename] = counts[filename]
    for folder in ASSET_FOLDERS:
        if (source / folder).is_dir():
            shutil.copytree(source / folder, target / folder, dirs_exist_ok=True)
    return written
