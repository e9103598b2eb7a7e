"""Results written before their computation: ``87 points = 267 ÷ 3 (average score)``, ``$11.90 (2 × $4.95)``.

Most writers state a computation and then its result; some state the result first, as a heading of the line
that computes it. Read left to right, such a line is a plain number "equal" to an expression, which the chain
reader passes over (a plain number on the left of ``=`` is usually a quantity being restated). This module
says when that reading is safe: the number opens its clause, only ``=`` or ``≈`` follows it (after at most
three unit words), the expression after it is complete and nothing follows it that continues the chain. A
further marker (``2 hours = 2 × 60 = 120 minutes``), or a measure after the number and a unit word after the
expression (``2 hours = 2 × 60 minutes``), makes it a conversion, left to the chain reader.

A computation in parentheses right after a number states how it was reached (``the pears cost $11.90 (2 ×
$4.95)``); only a parenthesis holding nothing but the computation is read (``(2 + 3 more)`` is not), and only
when no unit is named inside it after one named outside (``2 hours (3 × 40 minutes)`` is a conversion).
"""

from __future__ import annotations

from dataclasses import replace

from mcrgen.validators import clock
from mcrgen.validators.expression import Parser, Side
from mcrgen.validators.markers import GUARD_WORDS
from mcrgen.validators.scanned import INSIDE, JUDGE, PENDING
from mcrgen.validators.tokens import EQ, FRAC, LP, NUM, OP, PCT, POW, RP, SEP, TIME, WORD, Tok
from mcrgen.validators.units import is_measure, two_units, unit_name
from mcrgen.validators.vocabulary import NOT_UNITS


def opens_clause(t: list[Tok], i: int) -> bool:
    """Does the side at token ``i`` open its clause: nothing before it but a separator or a list bullet?"""
    if i == 0 or t[i - 1].kind == SEP:
        return True
    return t[i - 1].kind == OP and t[i - 1].word in "-*" and (i == 1 or t[i - 2].kind == SEP)


def read(p: Parser, first: Side, i: int, j: int, open_end: bool) -> tuple[str | None, Side | None, int, bool]:
    """(JUDGE, the expression, the index after it, approximate) when ``first`` (a plain number, tokens ``i`` to
    ``j``) is a result written before its computation; (PENDING, None, j, False) while that may still turn out
    so; (None, None, j, False) when this is not such a line."""
    if first.lit is None or first.pct or first.counted is not None:
        return None, None, j, False
    k = j
    while k < p.n and k - j < 3 and p.t[k].kind == WORD:
        k += 1
    measured = any(tok.kind == WORD and is_measure(tok.word) for tok in p.t[i:k])
    if first.lit == 1 and any(tok.kind == WORD for tok in p.t[i + 1 : k]):
        return None, None, j, False  # "1 GiB = 1,024 × 1,024 × 1,024 bytes": a unit defined, not a result
    if k >= p.n:
        return (PENDING if open_end else None), None, j, False
    mark = p.marker(k)
    if mark is None or mark[2] or p.t[k].kind != EQ:
        return None, None, j, False  # no "=" ("87 is ...", "Step 2 → 5 × 3"): not this form
    after, approx, _ = mark
    expr, j2 = p.side(after)
    if expr is None or not expr.has_op:
        return None, None, j, False
    if open_end and (not p.closed(j2) or (j2 < p.n and p.past_units(j2, any_end=True) >= p.n)):
        return PENDING, None, j, False  # "= $32.50 * 12 mon" may go on as a chain: "months = $390.00"
    if j2 < p.n and (p.marker(j2) is not None or p.past_units(j2) > j2):
        return None, None, j, False  # a running chain ("2 = 1 + 1 = 2"): the chain reader's
    if j2 < p.n and not _ends_clause(p.t[j2]):
        return None, None, j, False  # "650 - 2\\alpha", "2^4\\cdot3": the expression goes on in a way not read
    if measured and (j2 >= p.n or p.t[j2].kind == WORD):
        return None, None, j, False  # "2 hours = 2 × 60 minutes": a conversion to the unit after it
    return JUDGE, expr, j2, approx


def _ends_clause(tok: Tok) -> bool:
    """Can ``tok`` end the expression of a result written first: a separator, or after a blank a word or a
    parenthetical (``(average score)``)?"""
    return tok.kind == SEP or (tok.sp and tok.kind in (WORD, LP))


def parenthetical(
    p: Parser, first: Side, j: int, open_end: bool, text: str
) -> tuple[Side, tuple[str | None, Side | None, int, bool] | None]:
    """As :func:`read`, for ``first`` followed at ``j`` by its computation in parentheses: ``$11.90 (2 × $4.95)``,
    ``4.75 hours (225 ÷ 60)``, ``2 1/2 cups (1.25 × 2)``. Not a factor (``$50 (1/2)``, ``(3/4)*$300``,
    ``35 \\left( \\right)^4``): a lone fraction, LaTeX's parentheses and anything an operator or a power continues
    are left alone. Returns the stated result (a mixed number read whole) and the reading, None when there is
    no parenthesis to read."""
    first, j = _mixed(p, first, j)
    words = j
    while words < p.n and words - j < 3 and p.t[words].kind == WORD and p.t[words].word not in _NOT_UNIT:
        words += 1
    if words >= p.n or p.t[words].kind != LP:
        return first, None
    if first.lit is None or first.pct or first.counted is not None:
        return first, (None, None, j, False)
    lead, j = j, words
    if not p.t[j].sp or text[p.t[j].start] != "(":
        return first, (None, None, j, False)
    inner = j + 1
    if inner < p.n and p.t[inner].kind == WORD and p.t[inner].word in _LEADS:
        inner += 1  # "(from $124.00 × 3 days)", "(that's 0.25 × 80)"
    if open_end and not any(tok.kind == RP for tok in p.t[j + 1 :]):
        return first, (PENDING, None, j, False)  # "(2" may still become "(2 × $4.95)"; "(2 × 4 da" "(2 × 4 days)"
    if inner < p.n and p.t[inner].kind == TIME:
        return first, _clock(p, inner, lead, open_end)
    expr, k = p.side(inner)
    if k >= p.n or expr is None or not expr.has_op:
        return first, (None, None, j, False)
    if p.t[k].kind == EQ and p.t[inner].kind != WORD:
        return first, (INSIDE, expr, k, False)  # "$14 ($12 × 2 = $14)": the computation inside, to its "="
    if p.t[k].kind != RP or two_units(p.t[lead:k]) or not _worked(p.t[inner:k]) or _range(p.t[inner:k]):
        return first, (None, None, j, False)  # "2 hours (3 × 40 minutes)": a conversion; "(1/2)": a factor
    if any(tok.kind == WORD and tok.word in GUARD_WORDS for tok in p.t[inner:k]):
        return first, (None, None, j, False)  # "12 (2 + 3 more)": a comparison, not how 12 was reached
    if k + 1 >= p.n:
        return first, ((PENDING if open_end else JUDGE), expr, k + 1, False)
    if p.t[k + 1].kind in _GOES_ON:
        return first, (None, None, j, False)
    return first, (JUDGE, expr, k + 1, False)


def _clock(p: Parser, inner: int, unit: int, open_end: bool) -> tuple[str | None, Side | None, int, bool]:
    """A clock span in the parenthesis, the duration before it in the unit at ``unit``: "450 minutes (6:00 PM -
    9:00 AM)", "2.5 hours (from 9:00 AM to 11:30 AM)"."""
    span = clock.between(p, inner)
    name = unit_name(p.t[unit].word) if unit < p.n and p.t[unit].kind == WORD else None
    if span is None or span[1] >= p.n or p.t[span[1]].kind != RP or name not in ("minute", "hour"):
        return None, None, inner, False
    values = tuple(m / 60 if name == "hour" else float(m) for m in span[0])
    k = span[1] + 1
    expr = Side(values[0], values, True, p.t[inner].start, p.t[k - 1].end, None, 0, False, False, None, 0, False)
    return (PENDING if open_end and k >= p.n else JUDGE), expr, k, False


def _mixed(p: Parser, first: Side, j: int) -> tuple[Side, int]:
    """``first`` and the index after it, read as a mixed number when a tight proper fraction follows it after a
    blank (``2 1/2``)."""
    t = p.t
    if first.lit is None or first.dec or j + 2 >= p.n or not t[j].sp or t[j].kind != NUM:
        return first, j
    slash, den = t[j + 1], t[j + 2]
    if slash.kind != OP or slash.word != "/" or slash.sp or den.kind != NUM or den.sp:
        return first, j
    num, whole = t[j].val, t[j + 2].val
    if num is None or whole is None or not 0 < num < whole or num != int(num) or whole != int(whole):
        return first, j
    if j + 3 < p.n and t[j + 3].kind in (NUM, OP, POW, PCT) and not t[j + 3].sp:
        return first, j
    value = first.lit + num / whole
    return replace(first, value=value, alts=(value,), lit=value, dec=9, lead=value, lead_dec=9, end=den.end), j + 3


_NOT_UNIT = NOT_UNITS | {"a", "an"}
_LEADS = frozenset({"from", "that's", "thats"})
"""Words that may open the parenthesis before the computation: "(from 63 - 18)", "(that's 7 × 12)"."""
_GOES_ON = frozenset({OP, LP, NUM, FRAC, POW, PCT, EQ})
"""After the closing parenthesis: the parenthesis is a factor or an operand of something bigger."""


def _worked(toks: list[Tok]) -> bool:
    """Is there a computation written out here: an operator other than a fraction's tight slash, or a worded one
    (``18% of $72.50``)?"""
    return any(
        (tok.kind == OP and (tok.word != "/" or tok.sp)) or (tok.kind == WORD and tok.word in _OP_WORDS) for tok in toks
    )


_OP_WORDS = frozenset({"of", "times", "plus", "minus", "divided", "multiplied", "x"})


def _range(toks: list[Tok]) -> bool:
    """Two numbers and a dash between them, tight and rising: a range ("10 choices (0–9)", "a die (1-6)"), not
    a subtraction."""
    if len(toks) != 3 or toks[1].kind != OP or toks[1].word != "-" or toks[1].sp or toks[2].sp:
        return False
    low, high = toks[0].val, toks[2].val
    return toks[0].kind == NUM and toks[2].kind == NUM and low is not None and high is not None and low < high
