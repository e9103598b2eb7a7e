"""Prose that says a tool's result again: a program-of-thought or tool-using solution runs code (or a calculator)
and then restates what it printed ("Observation: 14" then "Thought: Omar has 24 eggs left", a ```output``` block
of ``160000`` then "That is 610,000 milliliters.", a summary "So the house is now worth $18,000" after
``calculator(90000 + 108000) -> 198000``). The arithmetic is the tool's and is right; the slip is in the copy.

A restated number is judged only when it is certain to be a miscopy: it is no number the solution has met
(the problem's, the code's, a result, an earlier line's) and it is one small edit away from a result (one digit
changed, two swapped, one dropped or added, or one unit off). A small number (both under 10) is judged only as
the first number of the first prose line after a result, where it can only be that result said again; "2 boxes"
elsewhere may count anything.
"""

from __future__ import annotations

import math
import re
from typing import Any

from mcrgen.validators.lexer import tokenize
from mcrgen.validators.readings import matches
from mcrgen.validators.tokens import NUM, PCT, WORD

_FENCE = re.compile(r"[ \t]*(```)[ \t]*(\w*)")
_TAG = re.compile(r"[ \t]*(</?)tool_(response|call|output|result)>")
"""A tool's call or response in tags, as Hermes and Qwen write them: its response is an output."""
_RESULT = re.compile(
    r"[ \t]*(?:Observation|Output|Result|Out\[\d+\])[ \t]*:[ \t]*\$?(-?\d[\d,]*(?:\.\d+)?)[ \t]*\.?[ \t]*"
    r"|.*\b(?:calculator|calc|eval)\b.*?(?:->|→|=>)[ \t]*\$?(-?\d[\d,]*(?:\.\d+)?)\b.*",
    re.IGNORECASE,
)
"""A line that shows a tool's result: ``Observation: 14``, ``Output: 47.5``, ``calculator(a + b) -> 130000``."""
_LABELLED = re.compile(r"[ \t]*[^:\n]{1,60}:[ \t]*\$?(-?\d[\d,]*(?:\.\d+)?)[ \t]*")
"""An output block's labelled line (``Total bolts: 45``)."""
_PLAIN = re.compile(r"[ \t]*\$?(-?\d[\d,]*(?:\.\d+)?)[ \t]*")
_TOOL_LINE = re.compile(r"[ \t]*(?:Action( Input)?|Tool|Call|Input)[ \t]*:|[ \t]*>>>|.*(?:\w\(|\w\[)[^\n]*[)\]]")
"""Lines that call a tool or run code: their numbers are known, none is a restatement."""
_COMPUTES = re.compile(r"\d[ \t]*[=×*÷/+−–^]|[=×*÷/+−–^][ \t]*\$?\d|\d[ \t]+-[ \t]+\d|≈")
"""A line with a computation of its own: the arithmetic scan reads it."""
_SCALES = {"hundred": 100.0, "thousand": 1000.0, "million": 1e6}
_WORKED = re.compile(r"[ \t]*(?:[-+×x*÷][ \t]*\d|[-_=]{3,}[ \t]*$)")
"""A line of a sum worked in columns inside a fence: an operator before a number (``- 278``) or a rule."""
_COLUMN = "column"
"""What a fence holding a sum worked in columns is: the numbers in it are the writer's, none a tool's result."""


def read_line(line: str, at: int, st: dict[str, Any], known: list[float]) -> tuple[int, str] | None:
    """Read one complete line of a solution that shows code (``st`` keeps the results and whether a fence is
    open; ``known`` holds every value met so far and grows): the offset and detail of a miscopied result, or
    None."""
    if (fence := _FENCE.match(line) or _TAG.match(line)) is not None:
        closes = fence.group(1) == "</" or (fence.group(1) == "```" and st.get("fence") is not None)
        if closes and st.get("fence") != _COLUMN:
            for raw in st.pop("shown", ()):
                _add_result(st, known, raw)
        st.pop("shown", None)
        st["fence"] = None if closes else fence.group(2).lower()
        if not closes and "</" in line:  # "<tool_response>100</tool_response>": opened and closed on one line
            if (inline := _PLAIN.match(line, fence.end())) is not None:
                _add_result(st, known, inline.group(1))
            st["fence"] = None
        return None
    inside = st.get("fence")
    if inside is not None:
        if _WORKED.match(line):
            st["fence"] = _COLUMN  # "  1608 / - 278 / ------ / 1330": a sum worked in columns, no output
        if (m := _PLAIN.fullmatch(line)) is not None or (
            inside in ("output", "text", "", "response", "result") and (m := _LABELLED.fullmatch(line)) is not None
        ):
            st.setdefault("shown", []).append(m.group(1))  # "90" after ">>> 6 * 15", "Total bolts: 45"
        known.extend(_numbers(line))
        return None
    if (m := _RESULT.fullmatch(line) or _PLAIN.fullmatch(line)) is not None:
        _add_result(st, known, m.group(1) or m.group(2))  # a number alone on its line is one shown
        return None
    fresh: float | None = st.pop("fresh", None)
    if _TOOL_LINE.match(line) or _COMPUTES.search(line):
        known.extend(_numbers(line))
        return None
    return _miscopy(line, at, fresh, st.get("results", ()), known)


def _numbers(line: str) -> list[float]:
    """The values of the numbers written on ``line``: values met, which a later number may restate."""
    return [t.val for t in tokenize(line) if t.kind == NUM and t.val is not None]


def _add_result(st: dict[str, Any], known: list[float], raw: str) -> None:
    value = float(raw.replace(",", ""))
    st.setdefault("results", []).append(value)
    st["fresh"] = value
    known.append(value)


def add_computed(st: dict[str, Any], value: float) -> None:
    """A value the code computed (``hours = distance / speed``): a result a prose line may copy."""
    st.setdefault("results", []).append(value)


def _miscopy(
    line: str, at: int, fresh: float | None, results: list[float], known: list[float]
) -> tuple[int, str] | None:
    """The first number of a prose line that is a miscopied result (see the module's docstring)."""
    tokens = tokenize(line)
    first = True
    for k, tok in enumerate(tokens):
        if tok.kind != NUM or tok.val is None or not line[tok.start].isdigit():
            continue  # a number word ("One load costs $5") is no copy of a printed result
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.kind == PCT:
            first = False
            continue  # a percent may restate a rate as 25 or 0.25
        raw, said = line[tok.start : tok.end], [tok.val]
        if after is not None and after.kind == WORD and (scale := _SCALES.get(line[after.start : after.end].lower())):
            said.append(tok.val * scale)  # "3 hundred miles" copies 300, or 3 (hundreds)
        if not any(matches(v, value, tok.dec) for v in known for value in said):
            for value in said:
                copied = first and fresh is not None  # the first number after a result: that result said again?
                near = [r for r in results if _one_edit(value, r, tok.dec, loose=copied and r == fresh)]
                beside = [t.val for t in tokens if t.kind == NUM and t.val is not None and t is not tok]
                if near and not _derived(value, known, beside):
                    return at + tok.start, f"{raw!r} restates the result {near[-1]:g}"
        known.extend(said)
        first = False
    return None


def _derived(value: float, known: list[float], beside: list[float]) -> bool:
    """Is ``value`` one operation on a value met so far and a number ``beside`` it on its line ("after the $50 fee
    she keeps $200", after 250): a number the prose computed, not a copy."""
    seen = list(dict.fromkeys(known))[-60:]
    for a in seen:
        for b in beside:
            if any(abs(c - value) < 1e-9 * max(1.0, abs(value)) for c in (a + b, a - b, a * b) if c == c):
                return True
            if b and abs(a / b - value) < 1e-9 * max(1.0, abs(value)):
                return True
    return False


def _one_edit(said: float, result: float, dec: int, loose: bool) -> bool:
    """Is ``said`` (written with ``dec`` decimals) one slip away from ``result``? Two digits swapped always;
    right after the result (``loose``) also one unit of a digit off, one digit changed, one dropped or added;
    elsewhere those only for numbers of three digits or more ("so we need 11 posts" after 10 counts posts)."""
    if said < 0 or result < 0:
        return False
    if not loose and min(said, result) < 100:
        a, b = f"{said:.{dec}f}", f"{result:.{dec}f}"
        return (
            len(a) == len(b) >= 2
            and a != b
            and sorted(a) == sorted(b)
            and sum(x != y for x, y in zip(a, b, strict=True)) == 2
        )
    unit = 10.0**-dec
    if abs(round(result / unit) * unit - result) > 1e-9 * max(1.0, result):
        return False  # the result has more digits than the copy shows: a rounding, not a copy
    off = abs(said - result) / unit
    if off > 0.5 and abs(off - 10 ** round(math.log10(off))) < 1e-6:
        return True  # a unit of one digit off: 1501 for 1500, 390 for 400, 1200 for 1210
    a, b = f"{said:.{dec}f}", f"{result:.{dec}f}"
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and sorted(a) == sorted(b))
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
