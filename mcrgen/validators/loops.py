"""S2 gates against generations that never end well: ``repetition`` (the same statement written over and over)
and ``runaway_length`` (far longer than the stage's expected length).

A looping model writes the same thing until ``max_tokens``; every token after the second copy is waste, and a
short loop may even end with a plausible ``#### n`` and be accepted. ``repetition`` needs no expected length;
``runaway_length`` needs the recipe's ``expected_tokens`` and must be able to fire before ``max_tokens``
(:func:`runaway_problem` says when it cannot: a recipe error).
"""

from __future__ import annotations

import re
from typing import Any

from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.bounds import in_range

RUNAWAY_MULTIPLE = 2.0
"""Default of ``runaway_length``'s ``multiple``: twice the expected length is a runaway."""

# A list marker or step header that differs between otherwise identical lines: "3.", "- ", "**Step 4:**".
_HEAD = re.compile(r"^(?:[-*•]\s+|\d+[.)]\s+|\**\s*step\s+\d+\s*[:.]?\s*\**\s*)", re.IGNORECASE)
# A statement: up to a newline, or to ". " / "! " / "? " (so one paragraph that loops is caught too).
_STATEMENT = re.compile(r"[^\n]*?(?:[.!?](?=\s)|\n)")
_CODE_ENDS = (";", "{", "}", "\\\\", "$$")


@validator(
    prefix_safe=True,
    check=in_range("repetition", at_least={"max_repeats": 2, "max_adjacent": 2, "min_chars": 1}),
)
def repetition(
    text: str, ctx: CheckContext, *, max_repeats: int = 3, max_adjacent: int = 2, min_chars: int = 4
) -> Fail | None:
    """Reject a solution that loops: the same statement (a line, or a sentence inside a paragraph; at least
    ``min_chars`` non-space chars, list markers and ``Step n:`` headers ignored) written ``max_repeats`` times
    inside a repeating run. Needs no expected length; fires at the start of the copy that reaches the count, as
    soon as it is complete. LaTeX structure and diagram code (``\\begin{align*}``, ``dot(g);``) are not
    counted; a display equation with a number (``\\[ 7 \\times 4 = 28 \\]``) is.

    A copy counts only when the statement before it was a copy too (or the same statement): a loop repeats a
    whole cycle, so from its second round every statement is one seen before, while a stock sentence that a
    verbose model writes after each new step ("This tells us the value we need.") follows new text each time.

    Lines copied verbatim back to back are a loop sooner: a block of one or two lines (no blank line, no LaTeX
    structure) written ``max_adjacent`` times in a row, indentation and list markers included, fails as soon as
    the last copy's newline arrives, if the block has a word in it. A solution that says its conclusion again does
    so after a blank line, a heading or at another indentation, which this does not count; bare equations copied
    once (``$1 + 1 = 2$`` for two exponents) are a computation done twice."""
    st = ctx.state
    adjacent = None
    if text.find("\n", st.get("line_from", 0)) >= 0:  # a line was completed since the last call
        adjacent = _adjacent_block(text, st, max_adjacent, min_chars)
    counts: dict[str, int] = st.setdefault("statements", {})
    pos: int = st.get("from", 0)
    fail = None
    for m in _STATEMENT.finditer(text, pos):
        pos = m.end()
        if (fail := _count(m.group(), m.start(), st, counts, max_repeats, min_chars)) is not None:
            break
    if fail is None and ctx.final and pos < len(text):
        fail = _count(text[pos:], pos, st, counts, max_repeats, min_chars)
        pos = len(text)
    st["from"] = pos
    # The earlier of the two, however many lines this call saw: a run of five short lines may hold a third copy
    # of a statement before its fifth line.
    found = [f for f in (adjacent, fail) if f is not None]
    return min(found, key=lambda f: f.at if f.at is not None else 0) if found else None


_TAG = re.compile(r"</?[A-Za-z_][\w:-]*>").fullmatch
"""A markup tag alone on its line (``</tool_call>``, ``<think>``): structure, however often a tool is called."""
_EQUATION = re.compile(r"\d.*(?:=|≈|\\approx)|(?:=|≈|\\approx).*\d").search
"""A LaTeX or code-like line is structure (``\\begin{align*}``, ``dot(g);``) unless it states an equation with a
number: ``\\[ 7 \\times 4 = 28 \\]`` and ``150 + 100 = 250 \\text{ miles}`` are steps."""


def _count(
    raw: str, at: int, st: dict[str, Any], counts: dict[str, int], max_repeats: int, min_chars: int
) -> Fail | None:
    s = _HEAD.sub("", raw.strip())
    if _short(s, min_chars) or (_structure(s) and not _EQUATION(s)):
        return None  # neither counted nor breaking a run: blank lines and structure between copies
    seen = counts.get(s, 0)
    in_run = st.get("previous") == s or st.get("previous_seen", False)
    st["previous"], st["previous_seen"] = s, seen > 0
    if seen == 0 or in_run:
        counts[s] = seen + 1
    if counts[s] < max_repeats:
        return None
    return Fail("repetition", at=at + len(raw) - len(raw.lstrip()), detail=f"written {counts[s]} times: {s[:50]!r}")


def _adjacent_block(text: str, st: dict[str, Any], copies: int, min_chars: int) -> Fail | None:
    """The first complete line that ends ``copies`` verbatim back-to-back copies of a block of one or two
    countable lines (see :func:`repetition`)."""
    lines: list[tuple[int, str]] = st.setdefault("lines", [])
    pos: int = st.get("line_from", 0)
    while (end := text.find("\n", pos)) >= 0:
        lines.append((pos, text[pos:end]))
        del lines[: -2 * max(copies, STUCK_LINES)]
        pos = end + 1
        if (stuck := _stuck(st, pos - 1 - len(lines[-1][1]), lines[-1][1])) is not None:
            st["line_from"] = pos
            return stuck
        for size in (1, 2):
            # Cheap tests first (most lines differ from the line a block before them), the statement test last.
            if len(lines) < size * copies or lines[-1][1] != lines[-1 - size][1]:
                continue
            if size == 2 and len(lines) >= 2 * STUCK_LINES:
                pair = [line for _, line in lines[-2 * STUCK_LINES :]]
                if (
                    pair == pair[:2] * STUCK_LINES and "".join(pair[:2]).strip() and not any(map(_OPERAND, pair[:2]))
                ):  # "   32" / "× 26" again
                    st["line_from"] = pos
                    detail = f"{STUCK_LINES} copies of two lines in a row: {pair[0].strip()[:50]!r}"
                    return Fail("repetition", at=lines[-2][0], detail=detail)
            block = [line for _, line in lines[-size * copies :]]
            if block == block[:size] * copies and any(_PROSE(_STEP_WORDS.sub("", line)) for line in block[:size]):
                if all(_countable(line, min_chars) for line in block[:size]):
                    st["line_from"] = pos
                    start = lines[-size * (copies - 1)][0]
                    detail = f"{copies} copies in a row: {block[0].strip()[:50]!r}"
                    return Fail("repetition", at=start, detail=detail)
    st["line_from"] = pos
    return None


_OPERAND = re.compile(r"[ \t]*[-+×x*÷][ \t]*\$?\d").match
STUCK_LINES = 5
"""The same line (blank lines between aside) this many times in a row is a loop, whatever it holds: a model
stuck on ``\]`` or ``\[`` writes nothing else until ``max_tokens``, and no solution writes any line five times
running."""


def _stuck(st: dict[str, Any], at: int, line: str) -> Fail | None:
    """Count ``line`` (at offset ``at``) into the run of identical non-blank lines; a loop once it is long. A
    column's operand ("+ 12" six times, adding 12 six times) is no copy."""
    if not line.strip() or _OPERAND(line):
        return None
    run = st.get("run")
    if run is None or run[0] != line:
        st["run"] = [line, 1, at]
        return None
    run[1] += 1
    if run[1] < STUCK_LINES:
        return None
    return Fail("repetition", at=at, detail=f"{run[1]} copies of a line in a row: {line.strip()[:50]!r}")


_PROSE = re.compile(r"(?<![\\A-Za-z])[A-Za-z]{3,}").search
"""A word of three letters or more, not a LaTeX command: a block of bare equations copied once below itself
(``$1 + 1 = 2$`` for two prime factors with exponent 1) is a computation done twice, not yet a loop."""


_STEP_WORDS = re.compile(r"\b(?:write|carry|carried|bring|down|put|plus|the|and|regroup)\b", re.IGNORECASE)
"""The words of a written method's step ("2 x 3 = 6, write 6."): a column multiplied digit by digit may do the
same step twice."""


def _countable(line: str, min_chars: int) -> bool:
    s = _HEAD.sub("", line.strip())
    return not _short(s, min_chars) and not (_structure(s) and not _EQUATION(s))


def _structure(s: str) -> bool:
    """A line of LaTeX, code or markup structure, or a rule (a table's ``|---|---|``, ``+-----+``, ``=====``):
    each table of a solution has its rule, which is no statement however often it comes."""
    if s.startswith("\\boxed{"):
        return False  # "\\boxed{8}" again and again: an answer written in a loop
    return s.endswith(_CODE_ENDS) or s.startswith("\\") or _TAG(s) is not None or _RULE(s) is not None


_RULE = re.compile(r"[-|:+=_*~–— \t]+").fullmatch


def _short(s: str, min_chars: int) -> bool:
    """Too short to count: under ``min_chars`` non-space chars, unless it is an equation ("n = 9")."""
    chars = len(s) - s.count(" ")
    return chars < min_chars and not (chars >= 3 and _EQUATION(s))


@validator(prefix_safe=True, check=in_range("runaway_length", above={"multiple": 0}))
def runaway_length(text: str, ctx: CheckContext, *, multiple: float = RUNAWAY_MULTIPLE) -> Fail | None:
    """Reject a stream that has run past ``multiple`` times the stage's expected length in tokens (the recipe's
    ``expected_tokens``); without an expected length it never fires. Monotone: tokens only grow. A recipe
    whose ``multiple × expected_tokens`` is not below ``max_tokens`` has a gate that can never fire
    (:func:`runaway_problem`)."""
    if not ctx.expected_tokens or ctx.tokens <= multiple * ctx.expected_tokens:
        return None
    return Fail("runaway_length", detail=f"{ctx.tokens} tokens > {multiple:g} x {ctx.expected_tokens} expected")


def runaway_problem(params: dict[str, Any] | None, expected_tokens: int | None, max_tokens: int) -> str | None:
    """Why ``runaway_length`` with ``params`` can never fire in a stage (None when it can): it fires only past
    ``multiple × expected_tokens`` tokens, and the stream stops at ``max_tokens``."""
    multiple = float((params or {}).get("multiple", RUNAWAY_MULTIPLE))
    if not expected_tokens:
        return "runaway_length needs the stage's expected_tokens"
    limit = multiple * expected_tokens
    if limit >= max_tokens:
        return (
            f"runaway_length can never fire: {multiple:g} x expected_tokens {expected_tokens} = {limit:g} "
            f"is not below max_tokens {max_tokens} (lower multiple or raise max_tokens)"
        )
    return None
