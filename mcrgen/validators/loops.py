"""S2 gates against generations that never end well: ``repetition`` (a line or a run of words written over and
over) and ``runaway_length`` (far longer than the stage's expected length).

A looping model writes the same thing until ``max_tokens``; every token after the second copy is waste, and a
short loop may even end with a plausible ``#### n`` and be accepted. ``repetition`` needs no expected length;
``runaway_length`` needs the recipe's ``expected_tokens`` and must be able to fire before ``max_tokens``
(:func:`runaway_problem` says when it cannot: a recipe error).
"""

from __future__ import annotations

import re
from typing import Any

from mcrgen.validators import CheckContext, Fail, validator

RUNAWAY_MULTIPLE = 2.0
"""Default of ``runaway_length``'s ``multiple``: twice the expected length is a runaway."""

# A list marker or step header that differs between otherwise identical lines: "3.", "- ", "**Step 4:**".
_LINE_HEAD = re.compile(r"^(?:[-*•]\s+|\d+[.)]\s+|\**\s*step\s+\d+\s*[:.]?\s*\**\s*)", re.IGNORECASE)
_WORD = re.compile(r"\S+")
_CODE_ENDS = (";", "{", "}", "\\\\", "$$")


def _lines(text: str, ctx: CheckContext, st: dict[str, Any], max_repeats: int, min_chars: int) -> Fail | None:
    counts: dict[str, int] = st.setdefault("lines", {})
    pos: int = st.get("line_from", 0)
    while True:
        nl = text.find("\n", pos)
        if nl < 0 and not (ctx.final and pos < len(text)):
            break
        end = len(text) if nl < 0 else nl
        line = _LINE_HEAD.sub("", text[pos:end].strip())
        # LaTeX environments and diagram code repeat by nature: "\\begin{align*}", "dot(g, green);".
        if len(line.replace(" ", "")) >= min_chars and not (line.startswith("\\") or line.endswith(_CODE_ENDS)):
            counts[line] = counts.get(line, 0) + 1
            if counts[line] >= max_repeats:
                st["line_from"] = end
                return Fail("repetition", at=pos, detail=f"line written {counts[line]} times: {line[:50]!r}")
        pos = end + 1
    st["line_from"] = pos
    return None


_MOD = (1 << 61) - 1
_BASE = 1_000_003


def _ngrams(text: str, ctx: CheckContext, st: dict[str, Any], n: int, max_repeats: int) -> Fail | None:
    """Count every run of ``n`` words by a rolling hash (a few integer operations per word, whatever ``n``)."""
    counts: dict[int, int] = st.setdefault("grams", {})
    hashes: list[int] = st.setdefault("hashes", [])
    rolling: int = st.get("rolling", 0)
    drop = pow(_BASE, n - 1, _MOD)
    start: int = st.get("word_from", 0)
    # Only words followed by whitespace are complete; the last one may still grow.
    stop = len(text) if ctx.final else max(start, _last_space(text))
    for k, w in enumerate(text[start:stop].split()):  # split() is far cheaper than a regex per word
        h = hash(w) % _MOD
        if len(hashes) >= n:
            rolling = (rolling - hashes[-n] * drop) % _MOD
        rolling = (rolling * _BASE + h) % _MOD
        hashes.append(h)
        if len(hashes) >= n:
            counts[rolling] = counts.get(rolling, 0) + 1
            if counts[rolling] >= max_repeats:
                end = [m.end() for m in _WORD.finditer(text, start, stop)][k]
                st["word_from"], st["rolling"] = end, rolling
                at = _run_start(text, end, n)
                return Fail("repetition", at=at, detail=f"{n} words written {counts[rolling]} times")
    if len(hashes) > 4 * n:  # only the last n words matter
        del hashes[:-n]
    st["word_from"], st["rolling"] = stop, rolling
    return None


def _run_start(text: str, end: int, n: int) -> int:
    """Offset of the first of the ``n`` words that end at ``end``."""
    lo = end
    while True:
        lo = max(0, lo - 400)
        starts = [m.start() for m in _WORD.finditer(text, lo, end)]
        if len(starts) >= n + 1 or lo == 0:  # one spare word: ``lo`` may have cut the first one
            return starts[-n] if len(starts) >= n else starts[0]


def _last_space(text: str) -> int:
    i = len(text)
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


@validator(prefix_safe=True)
def repetition(
    text: str,
    ctx: CheckContext,
    *,
    max_line_repeats: int = 3,
    min_line_chars: int = 4,
    ngram: int = 20,
    max_ngram_repeats: int = 3,
) -> Fail | None:
    """Reject a solution that loops: the same line (of at least ``min_line_chars`` non-space chars, list
    markers and ``Step n:`` headers ignored) written ``max_line_repeats`` times, or the same run of ``ngram``
    words written ``max_ngram_repeats`` times anywhere. Needs no expected length; fires at the start of the
    copy that reaches the count, as soon as that copy is complete."""
    st = ctx.state
    return _lines(text, ctx, st, max_line_repeats, min_line_chars) or _ngrams(
        text, ctx, st, ngram, max_ngram_repeats
    )


@validator(prefix_safe=True)
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
