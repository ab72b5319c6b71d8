"""nbval settings for the course notebooks (``pytest --nbval notebooks``).

nbval re-runs every notebook and compares each cell's output with the committed one.
We compare what a learner reads as a result (printed, rounded figures and tables) and skip
what legitimately changes from run to run: progress bars and framework notices on stderr,
HTML/JavaScript renderings (their text/plain twin is still compared), images.

Words are compared exactly and figures with a tolerance (``coldstart_lab.notebook_checks``:
0.005 absolute, 1% relative or one unit of the last printed digit, whichever is largest), so
that the last-bit float differences between CPUs, thread counts and batch shapes do not turn a
fresh machine red, while a figure that really moves still does.

Exercises (``coldstart_lab.exercises``): before nbval runs an exercise cell, the placeholder
and each plausible wrong answer are run in its place, each followed by the self-check, and the
notebook fails unless every one of them ends in an ``AssertionError`` with a message. nbval
then runs the solution and the self-check as usual, so the same run shows that each self-check
passes on the solution.

Each run starts from empty caches of its own (embeddings, frozen layer outputs, downloaded
data), so a result never depends on vectors another run left in ``~/.cache``.
"""

import os
from collections import defaultdict

from nbval.plugin import IPyNbCell, transform_streams_for_comparison

from coldstart_lab.cache_dirs import use_private_caches
from coldstart_lab.exercises import EXERCISE, exercises, with_answer
from coldstart_lab.notebook_checks import compare_text

# Quiet, deterministic frameworks in the kernel that nbval starts (it inherits this env).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("PYTHONHASHSEED", "0")

# Fresh caches for this run, whatever the caller's environment points at: the kernels that
# nbval starts inherit the variables.
use_private_caches("coldstart-nbval-")


def pytest_collectstart(collector):
    if collector.fspath and collector.fspath.ext == ".ipynb":
        collector.skip_compare += ("stderr", "text/html", "application/javascript")


def _outputs_by_key(cell, outputs, skip):
    """nbval's flattening: one list of sanitised values per stream name or MIME type."""
    found = defaultdict(list)
    for output in transform_streams_for_comparison(outputs):
        for key, value in output.items():
            if key in skip:
                continue
            if key == "data":
                for mime, data in value.items():
                    if mime not in skip:
                        found[mime].append(cell.sanitize(data))
            else:
                found[key].append(cell.sanitize(value))
    return found


def _compare_outputs(self, test, ref, skip_compare=None):
    """Replaces ``IPyNbCell.compare_outputs``: same keys and counts, text within tolerance."""
    skip = skip_compare or self.parent.skip_compare
    fresh, stored = _outputs_by_key(self, test, skip), _outputs_by_key(self, ref, skip)
    self.comparison_traceback = []
    if set(fresh) != set(stored):
        self.comparison_traceback.append(
            f"outputs of kinds {sorted(fresh)} where {sorted(stored)} are stored"
        )
        return False
    for key, stored_values in stored.items():
        if len(stored_values) != len(fresh[key]):
            self.comparison_traceback.append(
                f"{len(fresh[key])} outputs of kind {key!r} where {len(stored_values)} are stored"
            )
            return False
        for old, new in zip(stored_values, fresh[key], strict=True):
            both_text = isinstance(old, str) and isinstance(new, str)
            problem = compare_text(old, new) if both_text else (None if old == new else "differs")
            if problem:
                self.comparison_traceback.append(f"{key}: {problem}")
                self.comparison_traceback.append(f"stored:\n{old}\nnow:\n{new}")
                return False
    return True


IPyNbCell.compare_outputs = _compare_outputs


def _run_in_kernel(cell, code):
    """Run ``code`` in the notebook's kernel: ``None`` if it ran, else ``(ename, evalue)``."""
    timeout = cell.config.option.nbval_cell_timeout
    reply = cell.parent.kernel.kc.execute_interactive(
        code, store_history=False, allow_stdin=False, timeout=timeout, output_hook=lambda m: None
    )
    content = reply["content"]
    return None if content["status"] == "ok" else (content["ename"], content["evalue"])


def _self_check_problems(cell):
    """Run the placeholder and the wrong answers of an exercise cell with its self-check."""
    name = str(cell.fspath)
    exercise = next(e for e in exercises(cell.parent.nb, name) if e["cell"] is cell.cell)
    variants = [("the placeholder", exercise["placeholder"])]
    variants += [
        (f"wrong answer {w.get('why', w['code'])!r}", w["code"]) for w in exercise["wrong"]
    ]
    problems = []
    for label, answer in variants:
        source = with_answer(cell.cell.source, answer, f"{name}, cell {exercise['index']}")
        failed = _run_in_kernel(cell, source)
        if failed:
            problems.append(f"the exercise cell with {label} raised {failed[0]}: {failed[1]}")
            continue
        failed = _run_in_kernel(cell, exercise["check"].source)
        if failed is None:
            problems.append(f"the self-check passes with {label}")
        elif failed[0] != "AssertionError" or not failed[1].strip():
            problems.append(
                f"the self-check fails with {label}, but with {failed[0]}: {failed[1]!r} "
                "instead of an AssertionError that says what is wrong"
            )
    return problems


_nbval_runtest = IPyNbCell.runtest


def _runtest(self):
    problems = []
    if EXERCISE in self.cell.metadata.get("tags", []):
        problems = _self_check_problems(self)
    _nbval_runtest(self)  # the solution runs in any case, so later cells see its results
    if problems:
        self.raise_cell_error("exercise self-check:\n" + "\n".join(problems))


IPyNbCell.runtest = _runtest
