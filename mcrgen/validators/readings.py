"""The values a side of an equation may have been meant to have: standard precedence, strictly left to right,
and a fraction written without spaces binding first (``2 / 1/4``). Writers are sloppy; a stated result that
matches any of these readings is not a fault, and :func:`matches` says when a written number states a value
(rounding, ``≈``, percentages)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace


@dataclass(slots=True)
class Side:
    """One side of an equation (an expression), evaluated."""

    value: float | None
    """None when tainted: something in it is not a plain number."""
    alts: tuple[float, ...]
    """Every accepted reading: standard precedence, strictly left to right, tight fractions first."""
    has_op: bool
    start: int
    end: int
    lit: float | None
    """The literal as written when the side is one plain number (``20`` for ``20%``), else None."""
    dec: int
    pct: bool
    any_pct: bool
    lead: float | None
    lead_dec: int
    approx: bool
    """Its first number is a truncated repeating decimal (``66.666...``)."""
    units_inside: bool = False
    """Unit words sit between its operands (``2 babies / 4 babies``): its writer puts units in expressions."""
    mixed_units: bool = False
    """Two units of one measure sit in it (``2 hours + 20 minutes``): its value depends on a conversion."""
    counted: float | None = None
    """A stated result followed by a scale word (``7 dozen``: 12) may be a count of it or the quantity."""
    exact: float | None = None
    """For a stated result, the value of the computation it states (``41 / 3 = 13.666...``: 13.6666667)."""
    hundredfold: bool = True
    """With a percent in it, it may be stated as a percentage (``12 ÷ 48 × 100% = 25``, ``5% × 3 = 15``); not a
    share of an amount (``1.45% × 485.63`` is 7.04, never 704.16)."""

    def stating(self, exact: float | None) -> Side:
        """This side as the stated result of a computation whose value is ``exact``."""
        return replace(self, exact=exact)


def evaluate(items: list[float], ops: list[str], precedence: bool) -> float | None:
    try:
        if not precedence:
            acc = items[0]
            for op, b in zip(ops, items[1:], strict=True):
                acc = acc + b if op == "+" else acc - b if op == "-" else acc * b if op == "*" else acc / b
            return acc
        terms: list[float] = [items[0]]
        signs: list[str] = []
        for op, b in zip(ops, items[1:], strict=True):
            if op == "*":
                terms[-1] *= b
            elif op == "/":
                terms[-1] /= b
            else:
                terms.append(b)
                signs.append(op)
        acc = terms[0]
        for op, b in zip(signs, terms[1:], strict=True):
            acc = acc + b if op == "+" else acc - b
        return acc
    except (ZeroDivisionError, OverflowError):
        return None


def _tight_eval(items: list[float], ops: list[str], tight: list[bool]) -> float | None:
    """Read ``2 / 1/4`` as ``2 / (1/4)``: a fraction written without spaces binds first."""
    if not any(tight) or len(ops) < 2:
        return None
    vals, rest = [items[0]], []
    for op, b, t in zip(ops, items[1:], tight, strict=True):
        if t:
            if vals[-1] == 0 and b == 0:
                return None
            try:
                vals[-1] = vals[-1] / b
            except ZeroDivisionError:
                return None
        else:
            rest.append(op)
            vals.append(b)
    return evaluate(vals, rest, True)


def side_readings(items: list[float], ops: list[str], tight: list[bool]) -> tuple[float, ...]:
    """Every accepted value of ``items`` joined by ``ops``: standard precedence, strictly left to right, tight
    fractions first (``tight``: the ``/`` before each item has no blank on either side); first the one most
    writers mean. "into" is a product in Indian English ("7 into 54 = 378") and a quotient elsewhere ("split 48
    into 4", "4 into 12 goes 3"), and "per" a product in Italian ("3 per 7 fa 21") and a rate in English ("3 per
    4 = 0.75"): every reading is accepted."""
    either = "into" if "into" in ops else "per" if "per" in ops else None
    if either is not None:
        alts: list[float] = []
        for meant in ("*", "/"):
            read = side_readings(items, [meant if o == either else o for o in ops], tight)
            alts += [v for v in read if v not in alts]
        if either == "into" and len(ops) == 1 and items[0] and items[1] / items[0] not in alts:
            alts.append(items[1] / items[0])
        return tuple(alts)
    if len(ops) < 2:  # one operator or none: every reading is the same
        v = evaluate(items, ops, False)
        return () if v is None else (v,)
    alts = []
    for v in (evaluate(items, ops, True), evaluate(items, ops, False), _tight_eval(items, ops, tight)):
        if v is not None and v not in alts:
            alts.append(v)
    return tuple(alts)


def scaled_readings(
    items: list[float], scales: list[float], ops: list[str], tight: list[bool], counts: tuple[float, ...]
) -> tuple[float, ...]:
    """The readings of a computation with counted operands ("3 pairs x $65.00", "2 dozen × $0.25"): each counted
    operand as the count (``counts``: "3 pairs" at a price per pair) or as the quantity ("2 dozen" eggs at a price
    per egg). Alone ("2 dozen = 24") a counted number stays unread: that is a conversion."""
    if not ops or not counts:
        return ()
    scaled = side_readings([v * size for v, size in zip(items, scales, strict=True)], ops, tight)
    return counts + tuple(v for v in scaled if v not in counts)


def _close(c: float, s: float, dec: int, approx: bool, cut: bool = False) -> bool:
    if not (math.isfinite(c) and math.isfinite(s)) or dec < -300:
        return c == s  # "1e308 * 10 = 1e309": past what a float holds
    c = round(c, 9)
    if abs(c - s) <= min(1e-9 * max(1.0, abs(s)), 1e-3):  # float error, not 2 in 4,325,000,000
        return True
    if approx and dec > 0:
        # A value written to a decimal place is rounded to it: "18% × $52.37 ≈ $9.43" (9.4266), not "≈ $9.42" nor
        # "≈ $9.44". Only a number written with "..." (``cut``) is cut there: "41 / 3 = 13.666...".
        return rounded_or_cut(c, s, dec, cut)
    if approx and dec == 0:
        # A whole number within one ("130 / 40 ≈ 4 buses", "7 × 7 is almost 50"), or within 1% of a large value and
        # short of the place its zeros show ("about 1,500" for 1,487, "≈ 525,000" for 525,600; not "≈ 13,931" for
        # 13,920.67).
        return abs(c - s) <= 1 + 1e-9 or (abs(c - s) <= 0.01 * abs(c) and abs(c - s) < max(_place(s), _place(c)))
    if approx:  # in scientific notation ("≈ 1.5 × 10^5": dec -4), one unit of its last digit
        return abs(c - s) <= 10.0**-dec + 1e-9
    if dec != 0:  # to a decimal place, or to a power of ten in scientific notation ("1.5 × 10^5": dec -4)
        # A tie may go either way: money split and cut to the cent ("$3 ÷ 8 = $0.37 each"), Python's round() of a
        # binary fraction ("107 ÷ 40 = 2.67"). So "2.75 h" stated as 2.7 passes too.
        return abs(c - s) <= 0.5 * 10.0**-dec * (1 + 1e-9) + 1e-9
    return abs(c - s) < 1 - 1e-9  # a stated integer may be the floor or the ceiling ("56 = 55%" is neither)


def _place(s: float) -> float:
    """The place a whole number is rounded to, as its trailing zeros show: 1 for 13,931, 100 for 1,500 (either
    side of a comparison may be the rounded one: "184,349,595,525 ≈ 1.84 × 10^11")."""
    place = 1.0
    while s and place < 1e15 and abs(s) % (place * 10) == 0:
        place *= 10
    return place


def rounded_or_cut(c: float, s: float, dec: int, cut: bool = True) -> bool:
    """Is ``s`` (``dec`` decimals) the exact value ``c`` rounded, or with ``cut`` cut, at its last digit
    ("15.666... ≈ 15.67" or "= 15.66"; not "≈ 15.65")?"""
    unit = 10.0**-dec
    tolerance = 1e-9 * max(1.0, abs(c))
    rounded = abs(c - s) <= 0.5 * unit + tolerance
    return rounded or (cut and abs(math.trunc(c / unit + 1e-6) * unit - s) <= tolerance + 1e-12)


def matches(c: float, stated: float, dec: int, pct: bool = False, approx: bool = False, cut: bool = False) -> bool:
    """Is the exact value ``c`` correctly stated as the literal ``stated`` (with ``dec`` decimals, ``%``; ``approx``
    after "≈"; ``cut`` when the literal ends in "...", so it may be cut short rather than rounded)?"""
    if pct:
        if dec == 0 and abs(c) < 1 and not _close(c * 100, stated, dec, approx, cut):
            return abs(c - stated) <= 0.5  # 0.12 is no 1% rounded up ("47% - 35% = 1%"); 0.75 may be 1% rounded
        return _close(c * 100, stated, dec, approx, cut) or _close(c, stated, dec, approx, cut)
    return _close(c, stated, dec, approx, cut)


_FEW = 12.0
"""Operands up to this size beside a percent may count it ("5% × 3 years = 15"); larger ones are amounts it is a
share of ("1.45% × 485.63")."""


def stated_as_percentage(items: list[float | None], pcts: list[bool]) -> bool:
    """May a side of these operands (``pcts``: which are percents) be stated as a percentage, its value × 100?
    Yes when beside its percents it holds no amount ("20% + 5% = 25", "5% × 3 = 15"), or holds 100% or 100 ("12 ÷
    48 × 100% = 25")."""
    if any((v == 1.0 if p else v == 100) for v, p in zip(items, pcts, strict=True)):
        return True  # "× 100%", or "120 × 90% ÷ 100 = 108": the percent taken as its number
    return not any(not p and v is not None and abs(v) > _FEW for v, p in zip(items, pcts, strict=True))


_DECIMAL = re.compile(r"\d[\d,]*\.\d+")
_ROUNDED_BEFORE = re.compile(
    r"(?:≈|\\approx|~=?|\b(?:about|approximately|roughly|around)|\brounded[ \w]{0,20}\bto)[ \t$]*"
    r"(\d[\d,]*\.\d+)(?!\d|\.\d)"
)
"""A decimal stated rounded before it is used: "≈ 0.67", "about 0.67", "rounded to the hundredth to 0.67"."""


def rounded_operand(text: str, left: Side, right: Side) -> bool:
    """Does ``left`` take a number stated rounded before it ("2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00"), and come to
    ``right`` within one unit of its last place? Its writer may have used the unrounded value."""
    if right.lit is None or right.dec <= 0 or not left.has_op:
        return False
    if not any(abs(c - right.lit) <= 10.0**-right.dec + 1e-9 for c in left.alts):
        return False
    rounded = set(_ROUNDED_BEFORE.findall(text, max(0, left.start - 2000), left.start))
    return any(m.group() in rounded for m in _DECIMAL.finditer(text, left.start, left.end))
