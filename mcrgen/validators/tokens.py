"""The tokens the arithmetic checker reads (:mod:`lexer` makes them): their kinds and fields."""

from __future__ import annotations

from dataclasses import dataclass

# Token kinds, as small strings so tuples compare fast.
NUM, FRAC, POW, UNIT, EQ, OP, LP, RP, PCT, WORD, SEP, TIME, OTHER = (
    "num", "frac", "pow", "unit", "eq", "op", "lp", "rp", "pct", "word", "sep", "time", "other",
)  # fmt: skip


@dataclass(slots=True)
class Tok:
    kind: str
    start: int
    end: int
    sp: bool
    """Whitespace (or nothing) separates it from the previous significant token."""
    val: float | None = None
    dec: int = 0
    word: str = ""
    approx: bool = False


def unclosed(toks: list[Tok], i: int) -> bool:
    """Is the parenthesis opened at token ``i`` still open at the end of the tokens?"""
    depth = 0
    for tok in toks[i:]:
        depth += 1 if tok.kind == LP else -1 if tok.kind == RP else 0
        if depth == 0:
            return False
    return True


def left_open(toks: list[Tok], i: int) -> bool:
    """Is a parenthesis opened at or after token ``i`` still open at the end of the tokens ("(−10 + 4)/(−5 − (−3)":
    the computation that starts at ``i`` may still grow)?"""
    depth = 0
    for tok in toks[i:]:
        depth = max(depth + (1 if tok.kind == LP else -1 if tok.kind == RP else 0), 0)
    return depth > 0
