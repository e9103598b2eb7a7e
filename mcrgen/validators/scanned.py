"""What a scan of a text found (:class:`Scan`: faults, stated results, undecided computations, where a statement
still being written may change), and the GSM8K calculator annotations (``<<48/2=24>>24``) checked before any
chain is read: each annotation's own equation, and the number printed after it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mcrgen.validators.expression import Parser
from mcrgen.validators.lexer import parse_num, tokenize
from mcrgen.validators.readings import matches, side_readings
from mcrgen.validators.tokens import NUM, Tok

PENDING = "pending"
"""A reading's outcome: more text may still change it (the expression may grow, a marker or a unit may follow)."""
JUDGE = "judge"
"""A reading's outcome: the line states a result of the computation returned with it."""
INSIDE = "inside"
"""A reading's outcome: the parenthesis after a result holds a whole computation with its own ``=``
(``$14 ($12 × 2 = $14)``): the reading returns that computation and the index of its ``=``."""


@dataclass(frozen=True, slots=True)
class Finding:
    at: int
    detail: str


@dataclass(slots=True)
class Scan:
    faults: list[Finding]
    results: list[tuple[int, float]]
    """(offset just after the stated result, result) for every checked computation, in text order."""
    last_eq: int = -1
    """Offset just after the last ``=`` outside annotations, checked or not."""
    undecided: int = 0
    """Stated computations that could not be judged (an unknown, a function, an unknown LaTeX command)."""
    pending: int | None = None
    """In a statement still being written: where the first computation whose result may still change starts.
    A fault after it is not reported yet, so the first fault reported is the same however the text was cut."""

    def hold(self, at: int) -> None:
        """A computation starting at ``at`` may still change: hold back any fault after it."""
        self.pending = at if self.pending is None or at < self.pending else self.pending


PLAIN_SIDE = re.compile(r"(\d+(?:\.\d+)?)(?:[-+*/]\d+(?:\.\d+)?)*")
"""Plain numbers joined by operators, no blank, no comma (``48/2``, ``3*12+5``): most annotations' left sides."""
_PLAIN_STEP = re.compile(r"([-+*/])(\d+(?:\.\d+)?)")


def whole_side_readings(text: str, end: int) -> tuple[float, ...]:
    """Every accepted value of ``text[:end]`` read as one side, as :meth:`Parser.side` reads it (empty: it cannot
    be judged, or more than one side is there): a ``<<48/2=24>>`` annotation's left side.

    A :data:`PLAIN_SIDE` is read straight from the text, without making tokens (the parser's reading of such
    tokens is fixed: every ``/`` glued to both numbers is a tight fraction); it takes most annotations in a
    fraction of the time, and ``tests/unit/test_fast_paths.py`` holds it to the parser's result."""
    if plain := PLAIN_SIDE.fullmatch(text, 0, end):
        steps = _PLAIN_STEP.findall(text, plain.end(1), end)
        items = [parse_num(plain.group(1))[0], *(parse_num(num)[0] for _, num in steps)]
        ops = [op for op, _ in steps]
        return side_readings(items, ops, [op == "/" for op in ops])
    toks = tokenize(text, 0, end, annotation=True)
    side, j = Parser(toks).side(0) if toks else (None, 0)
    if side is None or j != len(toks) or side.value is None:
        return ()
    return side.alts


def fmt(v: float) -> str:
    return f"{v:.10g}"


def _check_annotation(text: str, tok: Tok) -> tuple[Finding | None, float | None, int]:
    """Check ``<<lhs=rhs>>``; returns (fault, stated result, its decimals)."""
    bad, stated, dec = annotation_verdict(tok.word)
    return (None if bad is None else Finding(tok.start, bad)), stated, dec


_SIGN_BEFORE = re.compile(r"[-−]\$?\Z")
_STATED_RESULT = re.compile(r"\s*(-?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(%?)\s*")


@lru_cache(maxsize=4096)
def annotation_verdict(body: str) -> tuple[str | None, float | None, int]:
    """(fault detail or None, stated result, its decimals) of an annotation's body: a pure function of the
    body, cached because a statement checked at several settled results meets its annotations again."""
    k = body.rfind("=")
    if k <= 0:
        return None, None, 0
    m = _STATED_RESULT.fullmatch(body, k + 1)
    if not m:
        return None, None, 0
    stated, dec = parse_num(m.group(2))
    stated = -stated if m.group(1) else stated
    alts = whole_side_readings(body, k)
    if not alts:
        return None, stated, dec
    if any(matches(c, stated, dec, bool(m.group(3))) for c in alts):
        return None, stated, dec
    return f"<<{body}>>: left side is {fmt(alts[0])}", stated, dec


def check_annotations(text: str, raw: list[Tok], found: Scan) -> list[Tok]:
    """Check every ``<<...>>`` annotation and the number printed right after it; return the other tokens."""
    toks: list[Tok] = []
    pending: tuple[Tok, float, int] | None = None
    for tok in raw:
        if tok.kind == "ann":
            fault, stated, dec = _check_annotation(text, tok)
            if fault is not None:
                found.faults.append(fault)
            if stated is not None:
                found.results.append((tok.end, stated))
                pending = (tok, stated, dec)
            continue
        if pending is not None:
            ann, stated, _ = pending
            if tok.kind == NUM and tok.start == ann.end and tok.val is not None:
                signed = -tok.val if _SIGN_BEFORE.search(text, max(0, ann.start - 2), ann.start) else tok.val
                if not matches(stated, signed, tok.dec):  # "= -$<<251-260=-9>>9": the sign written before
                    found.faults.append(Finding(ann.start, f"<<{ann.word}>> then {text[tok.start : tok.end]}"))
            pending = None
        toks.append(tok)
    return toks
