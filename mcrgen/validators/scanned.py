"""What a scan of a text found (:class:`Scan`: faults, stated results, undecided computations, where a statement
still being written may change), and the GSM8K calculator annotations (``<<48/2=24>>24``) checked before any
chain is read: each annotation's own equation, and the number printed after it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mcrgen.validators.expression import whole_side_readings
from mcrgen.validators.lexer import NUM, Tok, parse_num
from mcrgen.validators.readings import matches


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


def fmt(v: float) -> str:
    return f"{v:.10g}"


def _check_annotation(text: str, tok: Tok) -> tuple[Finding | None, float | None, int]:
    """Check ``<<lhs=rhs>>``; returns (fault, stated result, its decimals)."""
    bad, stated, dec = annotation_verdict(tok.word)
    return (None if bad is None else Finding(tok.start, bad)), stated, dec


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
                if not matches(stated, tok.val, tok.dec):
                    found.faults.append(Finding(ann.start, f"<<{ann.word}>> then {text[tok.start : tok.end]}"))
            pending = None
        toks.append(tok)
    return toks
