"""Compare a notebook's stored output with a fresh run: words exactly, figures with a tolerance.

The course's notebooks are tested by re-running them (nbval) and comparing what each cell
prints with what is committed. Float results differ in their last bits between CPUs, thread
counts and batch shapes, and such a difference can move a printed figure by one unit of its last
digit (0.118 -> 0.117), or a metric that counts hits by a little more. This module is the
comparison ``notebooks/conftest.py`` plugs into nbval:

- the text around the numbers must match exactly (runs of spaces and tabs count as one space,
  so that a table whose column width changes still matches);
- the same count of numbers must appear, and each fresh number must lie within the tolerance
  of the stored one: ``|fresh - stored| <= max(ABS_TOL, REL_TOL * |stored|, one unit in the
  stored number's last printed digit)``.

With ``ABS_TOL = 0.005`` and ``REL_TOL = 0.01``, a Recall@20 of 0.118 may come back as 0.117 or
0.122 but not as 0.168; an RMSE of 1.168 may move by 0.0117; a count of 361 by 3.6. A change of
0.05 to any figure below 5 printed with two or more decimals fails.
"""

from __future__ import annotations

import math
import re

ABS_TOL = 0.005
REL_TOL = 0.01

# A number standing on its own: not the digits inside a name such as "L6", "v2" or "u0042".
_NUMBER = re.compile(
    r"(?<![\w.])[-+\u2212]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?",
)
_SPACES = re.compile(r"[ \t]+")


def split_numbers(text: str) -> tuple[list[str], list[str]]:
    """``(words, numbers)``: the text between numbers (spaces folded) and the numbers as printed.

    ``words`` has one more element than ``numbers``: ``words[0] numbers[0] words[1] ...``.
    """
    words, numbers, start = [], [], 0
    for match in _NUMBER.finditer(text):
        words.append(_SPACES.sub(" ", text[start : match.start()]))
        numbers.append(match.group())
        start = match.end()
    words.append(_SPACES.sub(" ", text[start:]))
    return words, numbers


def _value(number: str) -> float:
    return float(number.replace("\u2212", "-"))


def last_digit_unit(number: str) -> float:
    """One unit in the last printed digit: 0.001 for ``"0.118"``, 1 for ``"361"``, 1e-10 for
    ``"1.0e-9"``."""
    mantissa, _, exponent = number.lower().partition("e")
    decimals = len(mantissa.partition(".")[2])
    return 10.0 ** (int(exponent or 0) - decimals)


def figures_agree(stored: str, fresh: str, abs_tol: float = ABS_TOL, rel_tol: float = REL_TOL):
    """Whether two printed numbers agree within the tolerance (see the module docstring)."""
    a, b = _value(stored), _value(fresh)
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return a == b
    allowed = max(abs_tol, rel_tol * abs(a), last_digit_unit(stored))
    return abs(a - b) <= allowed * (1 + 1e-9)  # the factor absorbs the float error of a - b


def compare_text(stored: str, fresh: str, abs_tol: float = ABS_TOL, rel_tol: float = REL_TOL):
    """``None`` when ``fresh`` matches ``stored``, else a one-line reason naming the first
    difference (the line and the figures or words that differ)."""
    if stored == fresh:
        return None
    stored_lines, fresh_lines = stored.splitlines(), fresh.splitlines()
    if len(stored_lines) != len(fresh_lines):
        return f"{len(fresh_lines)} lines printed, {len(stored_lines)} stored"
    for row, (old, new) in enumerate(zip(stored_lines, fresh_lines, strict=True), start=1):
        old_words, old_numbers = split_numbers(old)
        new_words, new_numbers = split_numbers(new)
        if old_words != new_words or len(old_numbers) != len(new_numbers):
            return f"line {row} has other words: stored {old.strip()!r}, now {new.strip()!r}"
        for old_number, new_number in zip(old_numbers, new_numbers, strict=True):
            if not figures_agree(old_number, new_number, abs_tol, rel_tol):
                return (
                    f"line {row}: {new_number} where {old_number} is stored, beyond the "
                    f"tolerance (|diff| <= max({abs_tol}, {rel_tol:.0%} of the value, one unit "
                    f"of the last digit)): {new.strip()!r}"
                )
    return None
