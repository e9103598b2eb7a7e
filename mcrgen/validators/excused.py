"""Wrong computations the problem excuses: one it states itself, quoted again, and a result rounded as it asks.

A grader reviewing a student's work writes "The student wrote 10 × 16 = 610, which is incorrect": the wrong
computation is the problem's (its "Student's work" shows it), said again to be corrected, not a slip of the writer.
A fault that states the wrong result of a wrong computation the problem states, where the right one is the same,
is such a quotation, however it is written again ("1/2 of 60 = 29" quoted as "60 ÷ 2 = 29", "0.2*$255.00=$15.00"
as "$255 × 20% = $15"). A problem that asks for a rounding ("Round to the nearest dollar") lets a result be stated
rounded to its last digit ("$1500 x 0.45212176 = $678"). A table's "Total" row whose number the problem gives
("| Total | 157 |" under "| Multiplier | 8 |", "| Added | 13 |") lists the givens, it sums nothing. Any other wrong
computation is still the writer's."""

from __future__ import annotations

import re
from functools import lru_cache

from mcrgen.validators.arithmetic import may_state, scan
from mcrgen.validators.lexer import tokenize
from mcrgen.validators.tokens import NUM, OP, Tok

QUOTED, ROUNDED, GIVEN = "quoted", "rounded", "given"
_CODE = re.compile(r"\d+(?:-\d+){2,}(?![\d.])")
"""Numbers joined by hyphens without blanks, as a grade, a date or a record is written ("25-0-5", "22-4-5")."""


def excused(detail: str, problem: str) -> str | None:
    """How ``problem`` may excuse the fault described by ``detail`` ("10 × 16 = 610: left side is 160"): QUOTED
    (a wrong computation of the problem said again: excused only where the text marks it wrong, see
    :func:`marked_wrong`), ROUNDED (a rounding the problem asks for), GIVEN (a code the problem writes, "25-0-5"),
    or None."""
    if not problem:
        return None
    code = _CODE.match(detail)
    if code is not None and code.group() in problem:
        return GIVEN  # "25-0-5 is 25% nitrogen": a fertilizer's grade the problem gives, no subtraction
    stated, right = _read(detail)
    if stated is None or right is None:
        return None
    if (stated.val, right) in _problem_faults(problem):
        return QUOTED
    return ROUNDED if _ROUNDING.search(problem) is not None and _rounded(right, stated) else None


_WRONG = re.compile(
    r"[✗❌✘≠]|~~|\b(?:incorrect(?:ly)?|wrong|not[ \t]+(?:correct|right)|isn't[ \t]+(?:correct|right)|errors?|mistakes?"
    r"|miscalculat\w*|slip|typo|should[ \t]+(?:be|have[ \t]+been|equal|give)|off[ \t]+by|actually)\b",
    re.IGNORECASE,
)
"""Words and marks that call a quoted computation wrong ("That's incorrect", "✗ (should be 23)", "~~...~~")."""
_WINDOW = 240
"""Chars after a quoted computation searched for what calls it wrong: the rest of its line and the next one."""


def marked_wrong(text: str, at: int, final: bool) -> bool | None:
    """Does the text call the computation quoted at ``at`` wrong, on its line or the next ("In step 1, the student
    wrote 10 × 16 = 610. That's incorrect", "| 6 × 23 = 148 | ✗ Wrong |")? A writer who repeats it as right ("The
    student is right: 10 × 16 = 610") states it. None while that window is still being written."""
    line = text.rfind("\n", 0, at) + 1
    first = text.find("\n", at)
    second = text.find("\n", first + 1) if first >= 0 else -1
    end = min(at + _WINDOW, second if second >= 0 else len(text))
    if _WRONG.search(text, line, end) is not None:
        return True
    return False if final or second >= 0 or len(text) >= at + _WINDOW else None


def given_total(line: str, detail: str, problem: str) -> bool:
    """Is ``line`` a two-column table's row ("| Total | 157 |") whose total, said wrong by ``detail`` ("the column
    above sums to 21, not 157"), is a number ``problem`` gives? Such a table lists the givens ("| Multiplier | 8
    |", "| Added | 13 |"), the problem's largest number last, far above what the rows sum to. A wider row ("| Wins
    | 1 | 3 | 4 |") sums its cells."""
    m = _STATED_TOTAL.search(detail)
    if m is None or len(line.strip().strip("|").split("|")) != 2:
        return False
    total, given = float(m.group(1)), given_values(problem)
    summed = _SUMMED.search(detail)
    if summed is None or not total > 2 * abs(float(summed.group(1))):
        return False  # a sum near its total is a total stated wrong ("| Total | 30 |" under 12 and 15)
    return total in given and all(v is None or v <= total for v in given)  # a total is no smaller than its parts


_STATED_TOTAL = re.compile(r", not (-?\d+(?:\.\d+)?)\Z")
_SUMMED = re.compile(r"(?:sums to|is) (-?\d+(?:\.\d+)?), not")


@lru_cache(maxsize=256)
def given_values(problem: str) -> frozenset[float | None]:
    """The problem's numbers as the arithmetic check reads them (in digits or in words)."""
    return frozenset(t.val for t in tokenize(problem) if t.kind == NUM)


_ROUNDING = re.compile(
    r"\bround(?:ed|ing)?[ \t]+(?:\w+[ \t]+)?(?:to|up|down|off)\b"
    r"|\bnearest[ \t]+(?:whole|dollar|cent|penny|tenth|hundredth|thousandth|integer|percent|number|unit|minute|hour)",
    re.IGNORECASE,
)
"""A problem asking for a rounding ("Round to the nearest dollar", "rounded to the cent"); not golf's "round", a
"round trip" or "the nearest bus stop"."""


def _rounded(right: float, stated: Tok) -> bool:
    """Is ``stated`` the value ``right`` rounded to the stated number's last digit?"""
    assert stated.val is not None
    return abs(right - stated.val) <= 0.5 * 10.0**-stated.dec * (1 + 1e-9)


@lru_cache(maxsize=256)
def _problem_faults(problem: str) -> frozenset[tuple[float | None, float | None]]:
    """What each wrong computation ``problem`` states says wrong (once per problem)."""
    if not may_state(problem, 0):
        return frozenset()
    return frozenset(
        (s.val if s is not None else None, r) for s, r in map(_read, (f.detail for f in scan(problem).faults))
    )


def _read(detail: str) -> tuple[Tok | None, float | None]:
    """The stated result of a fault's computation and its right value, from the fault's detail ("10 × 16 = 610:
    left side is 160" -> the token of 610, 160.0); None for what cannot be read."""
    written, _, said = detail.rpartition(": ")
    toks = tokenize(written)
    numbers = [k for k, t in enumerate(toks) if t.kind == NUM and t.val is not None]
    stated = None
    if numbers:
        last = numbers[-1]
        stated = toks[last]
        if last > 0 and toks[last - 1].kind == OP and toks[last - 1].word == "-" and not stated.sp:
            stated = Tok(NUM, stated.start, stated.end, stated.sp, -(stated.val or 0.0), stated.dec)  # "= -6"
    try:
        right = float(said.rpartition(" ")[2])
    except ValueError:
        right = None
    return stated, right
