"""Ordered pairs computed part by part: a midpoint "((9 + 12)/2, (−4 + 5)/2) = (21/2, 1/2) = (10.5, 0.5)", an
endpoint "(2·5 − 8, 2·2 − 5) = (2, −1)", a translation "(9 − 8, 3 − 8) = (1, −5)". The arithmetic scan reads
a side up to its comma, so it judges none of them; here each part of a pair is judged against the same part of
the pair after it.

A part with an unknown ("((x₁ + x₂)/2, ...)") is not judged; the pairs after it are. A stated part may be a
rounding of its computation at its own last digit ("(√50, 3) ≈ (7.07, 3)").
"""

from __future__ import annotations

import math

from mcrgen.validators.expression import Parser
from mcrgen.validators.readings import Side, matches
from mcrgen.validators.scanned import Finding, Scan, fmt
from mcrgen.validators.tokens import EQ, LP, RP, SEP

_MOST = 6
"""Pairs read in one chain at most."""


def _pair(p: Parser, i: int) -> tuple[tuple[Side, Side], int] | None:
    """The pair whose "(" is token ``i`` ("(16/2, 62/2)"): its two parts and the index after its ")"."""
    t, n = p.t, p.n
    if i >= n or t[i].kind != LP:
        return None
    first, j = p.side(i + 1)
    if first is None or j >= n or t[j].kind != SEP or t[j].word != ",":
        return None
    second, k = p.side(j + 1)
    if second is None or k >= n or t[k].kind != RP:
        return None
    return (first, second), k + 1


def judge_pairs(text: str, p: Parser, i: int, found: Scan) -> int | None:
    """Judge a chain of pairs joined by ``=`` or ``≈`` that starts at token ``i``; the index after the last pair
    read, or None when no such chain (two pairs at least) starts there."""
    head = _pair(p, i)
    if head is None or head[1] >= p.n or p.t[head[1]].kind != EQ:
        return None
    chain, k = [head[0]], head[1]
    while k < p.n and p.t[k].kind == EQ and len(chain) < _MOST and (nxt := _pair(p, k + 1)) is not None:
        chain.append(nxt[0])
        k = nxt[1]
    if len(chain) < 2:
        return None
    for before, after in zip(chain, chain[1:], strict=False):
        for part, stated in zip(before, after, strict=True):
            if part.value is None or stated.value is None:
                found.undecided += 1
            elif not _agrees(part.value, stated):
                at = before[0].start
                found.faults.append(Finding(at, f"{text[part.start : part.end]} is {fmt(part.value)}, not "
                                                f"{text[stated.start : stated.end]}"))  # fmt: skip
                return k
    return k


def _agrees(value: float, stated: Side) -> bool:
    """Does ``stated`` (a literal, or a computation of its own) give ``value``?"""
    if stated.value is None:
        return True
    if stated.has_op or stated.lit is None:
        return math.isclose(value, stated.value, rel_tol=1e-9, abs_tol=1e-9)
    return matches(value, stated.value, stated.dec)


def awaits(p: Parser, i: int) -> bool:
    """Is the pair at token ``i`` complete with nothing, or only ``=``, after it yet ("(9 − 8, 3 − 8) =" may go on
    with "(1, −5)")? A stream cut there must read it again."""
    head = _pair(p, i)
    if head is None:
        return False
    k = head[1]
    return k >= p.n or (p.t[k].kind == EQ and (k + 1 >= p.n or _pair(p, k + 1) is None))
