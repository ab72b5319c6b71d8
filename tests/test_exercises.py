"""Exercises and learner copies (coldstart_lab.exercises, `coldstart-lab student`)."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coldstart_lab.errors import ColdstartError
from coldstart_lab.exercises import (
    BEGIN,
    END,
    exercises,
    split_solution,
    student_notebook,
    with_answer,
    write_student_copies,
)

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
COURSE = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def code(source, tags=(), **metadata):
    if tags:
        metadata["tags"] = list(tags)
    return {
        "cell_type": "code",
        "execution_count": 3,
        "metadata": metadata,
        "outputs": [{"name": "stdout", "output_type": "stream", "text": ["shown\n"]}],
        "source": source,
    }


def markdown(source, tags=()):
    return {"cell_type": "markdown", "metadata": {"tags": list(tags)}, "source": source}


SPEC = {"placeholder": "answer = ...  # your code", "wrong": [{"code": "answer = 41"}]}


def notebook(*cells):
    return {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


def one_exercise(check="assert answer == 42, 'not 42'"):
    return notebook(
        markdown("### Exercise 1\n\nSet `answer`."),
        code(
            f"x = 1\n{BEGIN}\nanswer = 6 * 7\n{END}\ny = 2\n",
            ["exercise"],
            exercise=json.loads(json.dumps(SPEC)),
        ),
        code(f"# self-check\n{check}\nprint('right')\n", ["self-check"]),
        markdown("### Solution\n\nSix times seven.", ["solution"]),
        code("print(answer * 2)\n", ["solution"], jupyter={"source_hidden": True}),
        markdown("## Further reading"),
        code("print('lesson output')\n"),
    )


def test_split_and_replace_keep_what_surrounds_the_block():
    source = f"a = 1\n{BEGIN}\nb = 2\nc = 3\n{END}\nprint(a)\n"
    before, solution, after, indent = split_solution(source)
    assert (before, solution, after, indent) == ("a = 1\n", "b = 2\nc = 3\n", "print(a)\n", "")
    assert with_answer(source, "b = ...") == "a = 1\nb = ...\nprint(a)\n"


def test_replacement_takes_the_markers_indentation():
    source = f"def f(x):\n    {BEGIN}\n    return x + 1\n    {END}\n"
    replaced = with_answer(source, "...  # your code\n\nreturn None")
    assert replaced == "def f(x):\n    ...  # your code\n\n    return None"
    namespace = {}
    exec(replaced, namespace)  # still valid Python
    assert namespace["f"](1) is None


@pytest.mark.parametrize(
    "source, message",
    [
        ("x = 1\n", "exactly one"),
        (f"{BEGIN}\nx = 1\n", "exactly one"),
        (f"{BEGIN}\n{BEGIN}\nx = 1\n{END}\n", "exactly one"),
        (f"{END}\nx = 1\n{BEGIN}\n", "before"),
        (f"def f():\n    {BEGIN}\n    x = 1\n{END}\n", "indented differently"),
    ],
)
def test_broken_markers_are_refused_with_the_cell_named(source, message):
    with pytest.raises(ColdstartError, match=message) as caught:
        split_solution(source, "nb.ipynb, cell 7")
    assert str(caught.value).startswith("nb.ipynb, cell 7: ")


def test_exercises_pair_each_exercise_with_its_self_check():
    found = exercises(one_exercise())
    assert [(e["index"], e["check_index"]) for e in found] == [(1, 2)]
    assert found[0]["placeholder"] == SPEC["placeholder"]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda nb: nb["cells"][1]["metadata"].pop("exercise"), "no placeholder"),
        (lambda nb: nb["cells"][1]["metadata"]["exercise"].pop("wrong"), "wrong answer"),
        (lambda nb: nb["cells"][2]["metadata"].update(tags=[]), "self-check"),
        (lambda nb: nb["cells"][1]["metadata"].update(tags=[]), "without the 'exercise' tag"),
        (lambda nb: nb["cells"][1].update(cell_type="markdown"), "code cell"),
    ],
)
def test_a_broken_convention_is_refused(change, message):
    broken = one_exercise()
    change(broken)
    with pytest.raises(ColdstartError, match=message) as caught:
        exercises(broken, "01_x.ipynb")
    assert str(caught.value).startswith("01_x.ipynb, cell ")
    assert "\n" not in str(caught.value)


def test_learner_copy_has_placeholders_and_no_solutions():
    solved = one_exercise()
    original = json.dumps(solved)
    learner = student_notebook(solved)
    assert json.dumps(solved) == original, "the solution notebook must not change"
    sources = ["".join(c["source"]) for c in learner["cells"]]
    assert sources[1] == "x = 1\nanswer = ...  # your code\ny = 2\n"
    assert not any("6 * 7" in s or "Six times" in s or "answer * 2" in s for s in sources)
    assert len(learner["cells"]) == len(solved["cells"]) - 2
    exercise, check, lesson = learner["cells"][1], learner["cells"][2], learner["cells"][-1]
    assert exercise["outputs"] == check["outputs"] == []
    assert exercise["execution_count"] is check["execution_count"] is None
    assert "exercise" not in exercise["metadata"], "wrong answers stay with the instructor"
    assert check["metadata"]["jupyter"]["source_hidden"] is True
    assert lesson["outputs"] == solved["cells"][-1]["outputs"], "lesson outputs are kept"


def test_learner_copy_fails_its_self_check_and_the_solution_passes():
    """What the learner meets, run plainly: placeholder, a wrong answer, the solution."""
    solved = one_exercise()
    check = "".join(solved["cells"][2]["source"])
    cell = "".join(solved["cells"][1]["source"])
    learner_cell = "".join(student_notebook(solved)["cells"][1]["source"])
    for attempt in (learner_cell, with_answer(cell, SPEC["wrong"][0]["code"])):
        namespace = {}
        exec(attempt, namespace)
        with pytest.raises(AssertionError):
            exec(check, namespace)
    namespace = {}
    exec(cell, namespace)
    exec(check, namespace)


def test_every_course_notebook_follows_the_convention():
    counts = {}
    for path in COURSE:
        solved = json.loads(path.read_text(encoding="utf-8"))
        counts[path.name[:2]] = len(exercises(solved, path.name))
        learner = student_notebook(solved, path.name)
        text = json.dumps(learner)
        assert BEGIN not in text and END not in text, path.name
        # No line of an answer is left in the copy, unless the lesson itself shows it
        # (a seed, an import): in the self-checks, for instance, it would give the answer away.
        marked = ("exercise", "self-check", "solution")
        lesson = "".join(
            "".join(c["source"])
            for c in solved["cells"]
            if not set(marked) & set(c["metadata"].get("tags", []))
        )
        left = "".join("".join(c["source"]) for c in learner["cells"])
        for cell in solved["cells"]:
            if "exercise" in cell["metadata"].get("tags", []):
                _, solution, _, _ = split_solution("".join(cell["source"]))
                for line in (x.strip() for x in solution.splitlines() if len(x.strip()) > 20):
                    assert line not in left or line in lesson, f"{path.name} gives away {line!r}"
    assert counts["00"] >= 2 and all(counts[n] >= 3 for n in ("01", "02", "03", "04", "05", "06"))


def test_write_student_copies_writes_every_notebook(tmp_path):
    source = tmp_path / "solutions"
    source.mkdir()
    (source / "01_one.ipynb").write_text(json.dumps(one_exercise()), encoding="utf-8")
    (source / "02_two.ipynb").write_text(json.dumps(notebook(code("print(1)\n"))), "utf-8")
    (source / "figures").mkdir()
    (source / "figures" / "diagram.svg").write_text("<svg/>", encoding="utf-8")
    (source / "conftest.py").write_text("# not a notebook\n", encoding="utf-8")
    written = write_student_copies(source, tmp_path / "student")
    assert {p.name: n for p, n in written.items()} == {"01_one.ipynb": 1, "02_two.ipynb": 0}
    assert (tmp_path / "student" / "figures" / "diagram.svg").read_text() == "<svg/>"
    assert not (tmp_path / "student" / "conftest.py").exists()
    copy = json.loads((tmp_path / "student" / "01_one.ipynb").read_text(encoding="utf-8"))
    assert copy == student_notebook(one_exercise())


def test_a_broken_notebook_writes_nothing(tmp_path):
    source = tmp_path / "solutions"
    source.mkdir()
    (source / "01_good.ipynb").write_text(json.dumps(one_exercise()), encoding="utf-8")
    broken = one_exercise()
    broken["cells"][1]["source"] = "answer = 42\n"  # tagged exercise, no markers
    (source / "02_broken.ipynb").write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(ColdstartError, match=r"02_broken\.ipynb, cell 1: .*exactly one"):
        write_student_copies(source, tmp_path / "student")
    assert not (tmp_path / "student").exists()
    with pytest.raises(ColdstartError, match="solutions folder"):
        write_student_copies(source, source)
    with pytest.raises(ColdstartError, match="no notebooks named"):
        write_student_copies(tmp_path / "student", tmp_path / "elsewhere")


def test_student_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "coldstart_lab", "student", "--notebooks", NOTEBOOKS, "-o",
         tmp_path / "student"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith(f"wrote {len(COURSE)} learner notebooks")
    assert sorted(p.name for p in (tmp_path / "student").glob("*.ipynb")) == [
        p.name for p in COURSE
    ]
    missing = subprocess.run(
        [sys.executable, "-m", "coldstart_lab", "student", "--notebooks", tmp_path / "nowhere"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert missing.returncode == 2 and missing.stderr.startswith("error: no notebooks named")
    assert missing.stderr.count("\n") == 1


def run_nbval(folder: Path):
    """nbval with the course's notebooks/conftest.py on the notebooks in ``folder``."""
    shutil.copy(NOTEBOOKS / "conftest.py", folder / "conftest.py")
    (folder / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "-p", "no:cacheprovider", "-q", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=folder,
    )


def test_nbval_rejects_a_self_check_that_a_wrong_answer_passes(tmp_path):
    """The harness in notebooks/conftest.py can fail: a check too weak for a wrong answer, a
    check that fails without a message, and a good exercise, all in one kernel run."""
    weak = one_exercise(check="assert answer > 0, 'not positive'")  # 41 passes too
    silent = one_exercise(check="assert answer == 42")  # fails, but says nothing
    for nb in (weak, silent):
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                cell["outputs"], cell["execution_count"] = [], None
    (tmp_path / "weak.ipynb").write_text(json.dumps(weak), encoding="utf-8")
    (tmp_path / "silent.ipynb").write_text(json.dumps(silent), encoding="utf-8")
    good = one_exercise()
    good["cells"][2]["outputs"] = [{"name": "stdout", "output_type": "stream", "text": "right\n"}]
    good["cells"][4]["outputs"] = [{"name": "stdout", "output_type": "stream", "text": "84\n"}]
    good["cells"][6]["outputs"] = [
        {"name": "stdout", "output_type": "stream", "text": "lesson output\n"}
    ]
    good["cells"][1]["outputs"] = []
    (tmp_path / "good.ipynb").write_text(json.dumps(good), encoding="utf-8")
    report = run_nbval(tmp_path).stdout
    failed = set(re.findall(r"^FAILED (\S+::Cell \d+)", report, flags=re.MULTILINE))
    assert failed == {"weak.ipynb::Cell 0", "silent.ipynb::Cell 0"}, report
    assert "the self-check passes with wrong answer 'answer = 41'" in report, report
    assert "fails with the placeholder, but with AssertionError: ''" in report, report
