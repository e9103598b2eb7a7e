"""The ``magnitude`` gate: no number in a solution may exceed a multiple of the problem's scale (arXiv 2605.14062's
rule, with the scale read from the problem: :func:`~mcrgen.validators.scale.problem_scale`). A number over it that
a written computation on its line gives ("192,000 × 258.5 = 49,632,000") is no absurd size but a product of sizes
the solution shows: the arithmetic gate judges that computation, this one lets it be (set 51's large numbers)."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.arithmetic import scan
from mcrgen.validators.bounds import in_range
from mcrgen.validators.scale import (
    NUMBER_RE,
    POWERS,
    is_competition,
    number_value,
    problem_scale,
    prose_spans,
    quantities,
    resumed,
)


@validator(prefix_safe=True, check=in_range("magnitude", above={"factor": 0, "max_abs": 0}))
def magnitude(
    text: str,
    ctx: CheckContext,
    *,
    factor: float = 100,
    max_abs: float = 10_000_000,
    basis: str = "product",
    competition: bool = False,
) -> Fail | None:
    """No number in the solution may exceed ``factor`` times the problem's scale (``max_abs`` when the problem
    has no number at all).

    The scale is read from the problem's numbers, number words ("three hundred") and unit constants (hours
    imply 60, dozen 12, percent 100): with ``basis: product`` (default) it is the product of the two largest,
    with ``basis: largest`` the largest alone (the MSIFR paper's rule: 1.4% false alarms on GSM8K test gold).
    The paper's fixed 10M cap is not applied to problems with numbers: their own numbers make bigger results
    routine (``302611 * 73 = 22090603``). A number the problem itself states is never too big, nor one a written
    computation from grounded operands gives (:func:`_computed`). Competition
    math (a problem written in LaTeX, or the ``boxed`` answer format) is skipped unless ``competition`` is
    true: factorials, powers and counting make big numbers routine there."""
    st = ctx.state
    if "limit" not in st:
        problem = ctx.inputs.get("problem", "")
        scale = problem_scale(problem, basis)
        st["scale"] = scale
        bound = max_abs if not scale else factor * scale
        st["given"] = quantities(problem)
        st["metric"] = _METRIC.search(problem) is not None
        st["limit"] = max([bound, *st["given"]])
        if (not competition and is_competition(ctx)) or POWERS.search(problem):
            st["limit"] = float("inf")
    limit: float = st["limit"]
    if limit == float("inf"):
        return None
    big = st.get("big") or st.setdefault("big", may_exceed(limit))
    start = st.pop("held", ctx.start)
    for lo, hi in resumed(prose_spans(text, start, st), text, start, "0123456789,.\\!"):
        if big.search(text, lo, hi) is None:
            continue  # no number here has enough digits to pass the limit: skip the per-number loop
        for m in NUMBER_RE.finditer(text, lo, hi):
            if m.end() == len(text) and not ctx.final:
                break  # may still grow; read again from its start next time
            value = number_value(m.group())
            shown = st.setdefault("shown", set())
            if value > limit and value not in shown and not _unit_sized(text, m.start(), value, st):
                if _computed(text, m.start(), m.end(), st):
                    shown.add(value)  # said again later as an operand or in prose: shown once is enough
                    continue
                if not ctx.final and _open_row(text, m.start()):
                    st["held"] = m.start()  # "| 2,200 × 2,000 | 4,400,000 px": computed once the row closes
                    return None
                scale = st["scale"]
                why = f"{m.group()} > {max_abs:g}" if not scale else f"{m.group()} > {factor:g} x {scale:g}"
                return Fail("magnitude", at=m.start(), detail=why)
    return None


def _unit_size(value: float) -> bool:
    """Is ``value`` a power of 1,024 from 1,024² on, the size of a binary unit ("1,073,741,824 bytes")?"""
    return value >= 1024**2 and _power_of(value, 1024.0)


def _unit_sized(text: str, at: int, value: float, st: dict[str, Any]) -> bool:
    """Is the number at ``at`` the size of a unit: a power of 1,024, or a power of ten in a problem of metric or
    decimal units ("2,000 GB * 1,000,000,000 bytes"), or one a line defines a unit by ("1 GB = 1,000,000,000")?"""
    if _unit_size(value):
        return True
    if not _power_of(value, 10.0):
        return False
    return st.get("metric", False) or _DEFINED.search(text, text.rfind("\n", 0, at) + 1, at) is not None


_DEFINED = re.compile(r"\b1[ \t]*[A-Za-z]{1,12}[ \t]*(?:=|is)[ \t]*\Z")
_METRIC = re.compile(r"\b(?:[kmgt]i?b|bytes?|kilo\w*|mega\w*|giga\w*|km|kg|mg|ml|liters?|litres?)\b", re.IGNORECASE)
"""Units whose sizes in the smaller ones are powers of ten of a thousand and more."""


def _power_of(value: float, base: float) -> bool:
    k = round(math.log(value, base))
    return value == base**k


@lru_cache(maxsize=256)
def may_exceed(limit: float) -> re.Pattern[str]:
    """A pattern found in every number written with more than ``limit`` (a cheap test per statement): a
    number above ``limit`` has at least as many integer digits as ``limit``, written with or without
    thousands separators (``1,234,567``, ``1,\\!234``)."""
    digits = len(str(int(limit))) if limit >= 1 else 1
    return re.compile(r"\d" + r"(?:,?(?:\\!)?\d)" * (digits - 1))


def _computed(text: str, start: int, end: int, st: dict[str, Any]) -> bool:
    """Is the number at ``text[start:end]`` the checked result of a computation written before it on its line whose
    operands are all grounded (the problem's numbers, earlier results, constants up to 100 or powers of ten), or of
    one written earlier (a result said again: "So the profit is $56,126,979." under "\\$115{,}265{,}916 -
    \\$59{,}138{,}937 = \\$56{,}126{,}979")? "5 * 400 = 2000" with no 400 in the problem is not grounded."""
    line = text.rfind("\n", 0, start) + 1
    value = number_value(text[start:end])
    row_end = (text.find("\n", end) + 1 or len(text)) if text.startswith("|", line) else 0
    here = scan(text, line, row_end or end).results  # a table row states its result once it closes
    if any(_same(v, value) and start < at <= end + 40 for at, v in here):
        known = [*st["given"], *(v for at, v in here if at <= start)]
        # Its own computation: from the last result or sentence before it on the line ("≈ $758.7 million. Next,
        # 2,102,016 multiplied by $22.45 is $47,190,259.20": 758.7 is no operand of it).
        begin = max([line, text.rfind(". ", line, start) + 1, *(at for at, _ in here if at <= start)])
        operands = [number_value(raw) for raw in NUMBER_RE.findall(text, begin, start)]
        loose = [n for n in operands if not _grounded(n, known)]
        return not loose or all(_grounded(n, _earlier(text, line, st)) for n in loose)
    return any(_same(v, value) for v in _earlier(text, line, st))


def _open_row(text: str, at: int) -> bool:
    """Is the number at ``at`` in a table row still being written (its result cell may state it computed)?"""
    return text.startswith("|", text.rfind("\n", 0, at) + 1) and text.find("\n", at) < 0


def _earlier(text: str, line: int, st: dict[str, Any]) -> list[float]:
    """The results of the lines before ``line``, scanned once each across calls (the scan reads a line on its own)."""
    done: int = st.get("earlier_to", 0)
    if line > done:
        st.setdefault("earlier", []).extend(v for _, v in scan(text, done, line).results)
        st["earlier_to"] = line
    earlier: list[float] = st.setdefault("earlier", [])
    return earlier


def _grounded(n: float, known: list[float]) -> bool:
    return n <= 100 or math.log10(n).is_integer() or _unit_size(n) or any(_same(n, k) for k in known)


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))
