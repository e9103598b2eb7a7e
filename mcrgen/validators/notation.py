"""Number notations that take more than one token or read two ways: mixed numbers (``2 3/4``,
``1\\frac{1}{2}``) and thousands grouped by a dot, as decimal-comma writers group them (``14.500``)."""

from __future__ import annotations

from mcrgen.validators.lexer import CALCULATOR
from mcrgen.validators.tokens import FRAC, NUM, OP, PCT, POW, Tok


def mixed_part(t: list[Tok], j: int) -> tuple[float, int] | None:
    """The fraction that makes the whole number before token ``j`` a mixed number, and how many tokens it takes:
    ``2 3/4`` (a blank, then a tight ``3/4``) or ``1\\frac{1}{2}`` (glued). Not ``2 3/4-cup`` (a word), nor ``2
    3/4/5``, nor a fraction a digit or a power goes on from. The fraction may be improper, as sums of mixed
    numbers are written on their way (``4\\dfrac{10}{8} = 5\\dfrac{1}{4}``, ``14 2/2 = 15``)."""
    whole = t[j - 1]
    if j >= len(t) or whole.kind != NUM or whole.dec or whole.val is None or whole.val != int(whole.val):
        return None
    tok = t[j]
    if tok.kind == FRAC and not tok.sp:
        return (tok.val, 1) if tok.val is not None and 0 < tok.val else None
    if tok.kind != NUM or not tok.sp or j + 2 >= len(t):
        return None
    slash, den = t[j + 1], t[j + 2]
    if slash.kind != OP or slash.word != "/" or slash.sp or den.kind != NUM or den.sp or tok.dec or den.dec:
        return None
    if tok.val is None or den.val is None or tok.val <= 0 or den.val <= 1:
        return None
    after = t[j + 3] if j + 3 < len(t) else None
    if after is not None and not after.sp and (after.kind in (NUM, POW, PCT) or after.word == "/"):
        return None
    return tok.val / den.val, 3


def dot_grouped(tok: Tok) -> bool:
    """Could the number be thousands grouped by a dot, as decimal-comma writers group them ("1.000", "14.500")?
    A dot and exactly three digits after one to three: read both ways where it is an operand or a result."""
    if tok.kind != NUM or tok.dec != 3 or tok.approx or tok.word == CALCULATOR:
        return False
    return 5 <= tok.end - tok.start <= 7 and (tok.val or 0) >= 1
