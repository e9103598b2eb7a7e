"""Claims a line states that no equation shows, read once per completed line for the arithmetic gate: a rounding
(:mod:`rounding`), a count or a place in a list (:mod:`listed`), a receipt's or a table's sums and columns
(:mod:`receipts`), a written method's step (:mod:`methods`), a computation phrased in a sentence (:mod:`phrased`),
a spoken time's span or sum (:mod:`clockwords`), a quotient and its remainder (:mod:`remainders`), a multiple of π
(:mod:`pi`). Each reader has a cheap prefilter; a line none of them may hold is not read."""

from __future__ import annotations

from typing import Any

from mcrgen.validators import (
    CheckContext,
    clockwords,
    laps,
    listed,
    methods,
    phrased,
    pi,
    receipts,
    remainders,
    rounding,
    sequences,
)
from mcrgen.validators.excused import given_total


def line_claims(text: str, st: dict[str, Any], ctx: CheckContext) -> tuple[int, str] | None:
    """The first claim stated wrong on the lines completed since the last call that no equation shows: a
    rounding (:mod:`rounding`), a count or a place in a list (:mod:`listed`), a written method's step
    (:mod:`methods`), a computation phrased in a sentence (:mod:`phrased`), a spoken time's span or sum
    (:mod:`clockwords`), a quotient and its remainder (:mod:`remainders`), a multiple of π (:mod:`pi`)."""
    pos: int = st.get("round_from", 0)
    while (end := text.find("\n", pos)) >= 0 or (ctx.final and pos < len(text)):
        end = len(text) if end < 0 else end
        line, heading = text[pos:end], st.get("rounding", "")
        fault = None
        if listed.MAY_CLAIM(line):
            fault = listed.check_line(line, pos, ctx.inputs.get("problem", ""), text, max(pos - 1, 0))
        if receipts.MAY_HOLD(line):  # read even after a fault: it keeps the fence's and the table's state
            found = receipts.check_line(line, pos, st.setdefault("receipts", {}))
            if found is not None and given_total(line, found[1], ctx.inputs.get("problem", "")):
                found = None  # "| Total | 157 |" in a table of the problem's givens
            fault = min(f for f in (fault, found) if f is not None) if fault or found else None
        if fault is None and methods.MAY_STATE(line):
            fault = methods.check_line(line, pos)
        if fault is None and phrased.MAY_PHRASE(line):
            fault = phrased.check_line(line, pos)
        if fault is None and clockwords.MAY_TELL(line):
            fault = clockwords.check_line(line, pos)
        if fault is None and sequences.MAY_CHAIN(line):
            fault = sequences.check_line(line, pos)  # "1000 → 2000 → 3999 → 8000"
        if fault is None and laps.MAY_TIME(line):
            fault = laps.check_line(line, pos)  # "4:55 per km × 10 km = 48:10"
        if fault is None and remainders.MAY_SPLIT(line):
            fault = remainders.check_line(line, pos)
        if fault is None and (pi.MAY_HOLD(line) or pi.MAY_HOLD(text, max(pos - 120, 0), pos)):
            problem = ctx.inputs.get("problem", "")
            fault = pi.check_line(line, pos, lines_above(text, pos, 1), problem, text, end)  # "A = 16π" above
        if fault is None and (heading or rounding.MAY_ROUND(line)):
            fault = rounding.check_line(line, pos, ctx.inputs.get("problem", ""), lines_above(text, pos), heading)
            if not line.strip() or rounding.ROUNDING_LINE.search(line):
                st["rounding"] = line.strip() and line  # a paragraph's end ends its rounding heading
        pos = st["round_from"] = end + 1
        if fault is not None:
            return fault
    return None


def lines_above(text: str, pos: int, count: int = 6) -> str:
    """The ``count`` lines before the line at ``pos`` (a rounding may round a result stated a few lines up)."""
    start = pos - 1
    for _ in range(count):
        if start <= 0:
            return text[: max(pos - 1, 0)]
        start = text.rfind("\n", 0, start)
    return text[start + 1 : max(pos - 1, 0)]
