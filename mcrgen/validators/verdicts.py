"""Verdicts on what the arithmetic scan has read: whether a computed side comes to a stated one, and the verdict
on the readings that are not chains (a result written before its computation, a clock span), recorded in the
line's :class:`~mcrgen.validators.scanned.Scan`."""

from __future__ import annotations

import math
import re

from mcrgen.validators import clock, conversion, durations
from mcrgen.validators.expression import Parser, Side
from mcrgen.validators.readings import matches, rounded_or_cut
from mcrgen.validators.rounding import rounded_at
from mcrgen.validators.scanned import PENDING, Finding, Scan, fmt


def agree(left: Side, right: Side, approx: bool) -> bool:
    """Does the computed ``left`` come to the stated ``right`` (see :mod:`mcrgen.validators.arithmetic` for how
    equal is equal)?"""
    cands = list(left.alts)
    if left.any_pct and left.hundredfold:
        cands += [v * 100 for v in left.alts]
    approx = approx or right.approx
    for c in cands:
        if right.lit is not None:
            if matches(c, right.lit, right.dec, right.pct, approx, right.approx):
                return True
            if right.counted is not None and matches(
                c, right.lit * right.counted, right.dec, right.pct, approx, right.approx
            ):
                return True  # "6 x 12 = 72 eggs" written "= 72", or "72 / 12 = 6 dozen"
        elif any(abs(c - r) <= 1e-6 * max(1.0, abs(c)) for r in right.alts):
            return True
        if right.has_op and right.lead is not None and matches(c, right.lead, right.lead_dec, right.pct, approx):
            return True  # running chain: 12 + 3 = 15 * 2 = 30
    return False


_WAY_AFTER = re.compile(
    r"[ \t*]*\|?[ \t]*[(,]?[ \t]*round(?:ed|ing)?[ \t]+(up|down)\b(?![ \t]+(?:to|gives|is|makes)\b)"
    r"(?![ \t)]*\|[ \t*]*\$?\d)",
    re.IGNORECASE,
)
"""A result's note that it was rounded up or down; not "rounded up to 38", "| rounding up gives 14 days |" nor
"rounded up | 38 shifts |", which round it again."""
_WAY_PLACES = (0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 10.0, 50.0, 100.0, 1000.0)


def rounded_way(text: str, left: Side, right: Side) -> bool | None:
    """Is a result said to be rounded up or down ("≈ $36 (rounded up)", "| $21.10 (rounded up) |") the
    computation rounded that way, at its last digit or at a coarser place its zeros show ("$37.00")? None when
    no way is said."""
    way = _WAY_AFTER.match(text, right.end)
    if way is None or right.lit is None or right.pct or not left.alts:
        return None
    stated, direction = right.lit, way.group(1).lower()
    places = [10.0**-right.dec]  # "= 12.6875, rounded up | 13 pallets": exact at its last digit, the next cell rounds
    places += [p for p in _WAY_PLACES if p > places[0] and abs(stated / p - round(stated / p)) < 1e-6]
    return any(abs(rounded_at(c, p, direction)[0] - stated) <= 1e-6 for c in left.alts for p in places)


def loose_estimate(text: str, left: Side, right: Side) -> bool:
    """Is ``left ≈ right`` other than its value rounded at the stated digits although every operand was a whole
    number ("238 ÷ 3 ≈ 79.34" or "≈ 79.32", 79.333...)? The unit of slack ``≈`` allows is for operands rounded
    already ("0.67 × 3 ≈ 2.00"), which show a decimal point."""
    if right.lit is None or right.dec <= 0 or right.pct or right.approx or left.any_pct or not left.has_op:
        return False  # "20 ÷ 3 ≈ 6.666...": a repeating decimal cut, not rounded
    if not left.alts:
        return False
    if any(c in text[left.start : left.end] for c in ".…"):
        return False
    return not any(rounded_or_cut(c, right.lit, right.dec, cut=False) for c in left.alts)


_NOT_EXACT = re.compile(
    r"[/÷%]|\\(?:div|frac|dfrac|tfrac)\b|\b(?:of|per|divided|into|each|split|shared)\b",
    re.IGNORECASE,
)
"""What makes a computation's whole result a rounding: a quotient ("25 / 4 = 7 buses"), a share of something."""
_FRACTION = re.compile(r"(?<![\d/.])\d{1,3}/\d{1,3}(?![\d/.])")
_PRODUCT_SIGN = re.compile(r"[×*·]|\\times|\\cdot|(?<![A-Za-z])x(?![A-Za-z])")


def _proper_out(m: re.Match[str]) -> str:
    """A proper fraction ("3/4") blanked out; an improper one ("25/4") kept, a quotient."""
    top, bottom = m.group(0).split("/")
    return " " if int(top) < int(bottom) else m.group(0)


_SUM_OF_FRACTIONS = re.compile(r"[\w/ \t$]*(?:[-+−][\w/ \t$]*)+")
"""Numbers and fractions ("1 1/4", "3/8"), with their units, between plus and minus signs only."""


_GOES_ON = re.compile(
    r"[,.]\d|[ \t\u00a0\u202f\u2009]+\d|[ \t]+(?:dollars?[ \t]+|bucks[ \t]+)?(?:and[ \t]+)?(?:zero|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|oh|o|cents?|a[ \t]+half|point)\b",
    re.IGNORECASE,
)


_MORE = re.compile(r"[\d½¼¾⅓⅔⅛]|\bhalf\b|\bquarters?\b")
_ROUNDED = re.compile(
    r"\b(?:round\w*|nearest|approx\w*|about|roughly|around|estimat\w*|full|whole|complete|needed"
    r"|at[ \t]+(?:least|most))\b",
    re.IGNORECASE,
)
"""Words after a whole result that say it was rounded on purpose: "= 8 cans (round up)", "= 9 full boxes"."""
_DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)")


_PRODUCT = re.compile(r"[×*·÷/]|(?<![A-Za-z])x(?![A-Za-z])|\\times|\\cdot")
"""A product or quotient sign; a letter x only standing alone ("3.5 x 2", not the x of "boxes")."""


def _rounded_operands(left: str) -> float:
    """How far, relative to the result, a product of these operands may lie from the exact one if each operand
    with decimals was itself rounded at its last digit (33.33 for 100/3): the sum of their relative errors. In a
    sum only operands with two decimals or more count ("33.33 + 33.33 + 33.33 = 100"): one decimal is a measured
    amount ("3.8 + 1.2 + 5.7 + 2.4 = 13 cm" is 13.1)."""
    product = _PRODUCT.search(left) is not None
    return sum(
        0.5 * 10.0 ** -len(m.group(2)) / v
        for m in _DECIMAL.finditer(left)
        if (v := float(m.group(0))) > 0 and (product or len(m.group(2)) >= 2)
    )


def whole_sum(text: str, left: Side, right: Side, approx: bool, open_end: bool) -> bool | None:
    """Is a sum or difference with a fractional value stated as a whole number ("5 + 2.5 + 2 is 9", 9.5)? A whole
    number may be a quotient rounded up or down ("25 / 4 = 7 buses"), never a sum. None while its sentence, which
    may say the rest ("= 3 and a half hours", "= 3 h 30 min"), is still being written."""
    if approx or right.lit is None or right.dec != 0 or right.pct or right.counted or not left.has_op:
        return False
    region = text[left.start : left.end]
    if _SUM_OF_FRACTIONS.fullmatch(region):
        region = _FRACTION.sub(" ", region)  # "1 1/4 + 1/2 = 2 cups": fractions added are numbers, not quotients
    elif _PRODUCT_SIGN.search(region):
        region = _FRACTION.sub(_proper_out, region)  # "3/4 cup · 2.5 = 2 cups": a proper fraction is a number
    if not left.alts or left.any_pct or _NOT_EXACT.search(region) is not None:
        return False
    if not all(abs(c - round(c)) > 1e-6 and abs(c - right.lit) > 1e-6 for c in left.alts):
        return False
    slack = _rounded_operands(text[left.start : left.end])
    if any(abs(c - right.lit) <= slack * max(1.0, abs(c)) + 1e-9 for c in left.alts):
        return False  # "3 × 33.33 = 100", "0.3 × 47 = 14": its operands were rounded already
    if _ROUNDED.search(text, text.rfind("\n", 0, left.start) + 1, left.start):
        return False  # "To the nearest whole number, 3.8 + 1.3 = 5", "She needs about 1 1/4 + 1/2 = 2 cups"
    end = text.find("\n", right.end)
    sentence = text[right.end : len(text) if end < 0 else end]
    stop = min((k for k in (sentence.find(c) for c in ".;!?") if k >= 0), default=len(sentence))
    if _GOES_ON.match(text, right.end) or _MORE.search(sentence, 0, stop) or _ROUNDED.search(sentence, 0, stop):
        return False  # "1 252,50 €", "two ten", "3 ½ hours", "= 8 cans (round up)", "= 9 full boxes": it goes on
    return None if open_end and end < 0 and stop == len(sentence) else True


def judge_clock(text: str, p: Parser, i: int, found: Scan, open_end: bool) -> int | None:
    """Judge ``from 7:30 AM to 2:00 PM is 6.5 hours`` (:mod:`clock`); the index after it, or None."""
    how, span, j = clock.read(p, i, open_end)
    if how is None:
        return None
    if span is None:
        found.hold(p.t[i].start)
        return j
    values = [m / 60 if span.in_hours else float(m) for m in span.minutes]
    if any(matches(v, span.stated, span.dec, False, span.approx) for v in values):
        if span.single:
            found.results.append((span.stated_end, span.stated))
    else:
        found.faults.append(Finding(span.start, f"{text[span.start : span.stated_end]}: the span is {fmt(values[0])}"))
    return j


def judge_durations(text: str, p: Parser, i: int, found: Scan, open_end: bool) -> int | None:
    """Judge a chain of times of day and durations (:mod:`durations`); the index after it, or None."""
    how, agrees, j = durations.read(text, p, i, open_end)
    if how is None:
        return None
    start = p.t[i].start
    if how == PENDING:
        found.hold(start)
    elif not agrees:
        found.faults.append(Finding(start, f"{text[start : p.t[j - 1].end]}: the times do not add up"))
    return j


def judge_restated(text: str, left: Side, right: Side, found: Scan) -> bool:
    """Is a stated mixed number written again as another value ("= 6\\dfrac{8}{6} = 8\\dfrac{1}{3}", "= 14 2/2 =
    16")? A fault, recorded in ``found``: writing an improper one proper keeps its value. A unit after the first
    (``1 1/2 yards = 4 1/2 feet``) makes it a conversion, not judged."""
    tail, number_end = _shared_tail(text, left, right), _number_end(text, left, right)
    if (
        left.lit is not None
        and right.lit is not None
        and not right.has_op
        and (tail or not _WORD.search(text, right.start, number_end))
    ):
        after = _AFTER.match(text, number_end)
        if after is None:  # the number may still be followed by a unit, which makes it a conversion
            found.hold(left.start)
            return True
        same = tail or _same_unit(text, left.start, right.start, number_end) or _rounding_named(text, left.start)
        if (not after.group(1) or same or _near(left.lit, right.lit)) and (
            _percent_restated(text, left, right, found) or _rounded_again(text, left, right, found)
        ):
            return True
    if left.dec != 9 or right.has_op or left.lit is None or right.lit is None:
        return False  # mixed numbers and vulgar fractions have 9 decimals: exact
    between = text[left.end : right.start]
    if "=" not in between or _WORD.search(text, left.start, right.start) or matches(left.lit, right.lit, right.dec):
        return False  # an arrow lists results ("1 3/4 → 10 1/2"); a unit makes a conversion ("1 1/2 yards = ...")
    found.faults.append(Finding(left.start, f"{text[left.start : right.end]}: that is {fmt(left.lit)}"))
    return True


def _rounds_to(exact: float, stated: float, dec: int, cut: bool, fives: bool) -> bool:
    """Is ``stated`` ``exact`` rounded (or cut) at its last digit, or at a coarser place its zeros show ("48.7 ≈
    50"), or, with ``fives``, to a multiple of five ("47.3 minutes, which is about 45 minutes")?"""
    if rounded_or_cut(exact, stated, dec, cut) or (dec == 2 and stated == round(stated) and round(exact) == stated):
        return True  # "$3.25 is about $3.00": to the dollar, its cents kept
    places: tuple[float, ...] = (5.0, 10.0) if fives else (10.0,)
    for _ in range(16 if dec == 0 and stated and math.isfinite(stated) else 0):  # up to 10^16
        if places[0] > abs(stated):
            break
        if any(stated % place == 0 and abs(exact - stated) <= place / 2 for place in places):
            return True
        places = tuple(place * 10 for place in places)
    return False


_ROUND_NAMED = re.compile(r"\bround|\bnearest\b|\bdecimal[ \t]+places?\b|\bsignificant\b", re.IGNORECASE)
_MARKUP_ONLY = re.compile(r"[\s$\\\[\]()*>|-]*")


def _rounding_named(text: str, start: int) -> bool:
    """Does the line before ``start`` (or, on a display line of its own, the line above) say a rounding is made
    ("Round to one decimal place: 4.56 ≈ 4.6 cm")? Then a unit after the rounded number only is no conversion."""
    line = text.rfind("\n", 0, start) + 1
    if _ROUND_NAMED.search(text, line, start):
        return True
    if line == 0 or not _MARKUP_ONLY.fullmatch(text, line, start):
        return False
    return _ROUND_NAMED.search(text, text.rfind("\n", 0, line - 1) + 1, line) is not None


def _number_end(text: str, left: Side, right: Side) -> int:
    """Where a number rounded with "≈" ends before a LaTeX unit its side took in ("≈ 29.9\\text{ cm}"; not "=
    2\\text{ h}", a conversion, nor "≈ 7.9\\text{ million}", a scale)."""
    unit = _LATEX_UNIT.search(text, right.start, right.end)
    return (
        unit.start()
        if unit and _SIGNED.search(text, left.end, right.start) and "=" not in text[left.end : right.start]
        else right.end
    )


def _shared_tail(text: str, left: Side, right: Side) -> bool:
    """Does the right side end in the lone word written after the left one, a unit the parser read as a scale
    ("3.048 m ≈ 3.05 m": metres or millions, the same either way)?"""
    tail, first = _TAIL.search(text, right.start, right.end), _UNIT_BEFORE.search(text, left.start, right.start)
    return tail is not None and first is not None and tail.group(1).lower() == first.group(1).lower()


_APPROXIMATELY = (
    r"≈|\\approx|~=?"
    r"|,?[ \t]*(?:(?:which|that)[ \t]+is|that's|or)?[ \t]*(?:is[ \t]+)?(?:about|approximately|roughly|around)"
)
"""An approximate equality, in signs or words ("152.4 cm, which is about 152 cm")."""
_UNIT = re.compile(r"[\s*$]*([A-Za-z°][\w°/²³]*)")
_SIGNED = re.compile(r"[=≈~]|\\approx")
_LATEX_UNIT = re.compile(r"\\text\{[ \t]*(?!(?:million|billion|thousand|trillion|hundred)\b)[A-Za-z°]")
_TAIL = re.compile(r"(?<=\d)(?:[ \t]+|(?=°))(°?[A-Za-z]+)\Z")
_APPROX = re.compile(r"≈|~|\\approx|\babout\b|\broughly\b")
_PARTS_NAMED = re.compile(r"\bquarter|\bhalf\b|(?<![\d.])(?:1/[24]|0?\.25|0?\.5)(?![\d.])", re.IGNORECASE)
_WAY = re.compile(r"\bround(?:s|ed|ing)?[ \t]+(up|down)\b", re.IGNORECASE)


def _directed(exact: float, stated: float, dec: int, way: re.Match[str]) -> bool:
    """Is ``stated`` ``exact`` rounded the way the line says ("round up": 3.2 ≈ 4) at its last digit?"""
    return abs(rounded_at(exact, 10.0**-dec, way.group(1).lower())[0] - stated) <= 1e-9


_UNIT_BEFORE = re.compile(rf"\d[\s*$]*([A-Za-z°][\w°/²³]*)[\s*$|]*(?:=|{_APPROXIMATELY})[\s*$]*\Z")


def _same_unit(text: str, left_start: int, right_start: int, right_end: int) -> bool:
    """Is the same unit written after both numbers ("185.42 cm ≈ 185 cm")? Then the second is no conversion."""
    first, second = _UNIT_BEFORE.search(text, left_start, right_start), _UNIT.match(text, right_end)
    return first is not None and second is not None and first.group(1).lower() == second.group(1).lower()


def _near(a: float, b: float) -> bool:
    """Within 2% of each other: a value rounded again ("97.714… ≈ 97.6 points"), never a conversion to the unit
    after it (the closest, a yard to a meter, is 9% off)."""
    return a != 0 and abs(a - b) <= 0.02 * abs(a)


def _percent_restated(text: str, left: Side, right: Side, found: Scan) -> bool:
    """A decimal fraction written again as a percent, or a percent as a decimal, with another value ("0.08 =
    0.8%", "30% = 3"): a fault. Only a decimal below 1 is read as a share ("5 = 40%" may count items)."""
    if right.has_op or left.lit is None or right.lit is None or left.pct == right.pct:
        return False
    share, percent = (left, right) if right.pct else (right, left)
    part, pct = share.lit or 0.0, percent.lit or 0.0
    if not (0 < abs(part) < 1 and share.dec > 0) or "=" not in text[left.end : right.start]:
        return False
    # Each side is as exact as its digits: "0.67 = 66.67%" rounded the share first.
    slack = 0.5 * 10.0 ** (2 - share.dec) + 0.5 * 10.0**-percent.dec + 1e-9
    if _WORD.search(text, left.end, right.start) or abs(part * 100 - pct) <= slack:
        return False
    found.faults.append(Finding(left.start, f"{text[left.start : right.end]}: that is {fmt(left.lit)}"))
    return True


def _rounded_again(text: str, left: Side, right: Side, found: Scan) -> bool:
    """A stated result written again as another number that is no rounding of the computation ("41 / 3 =
    13.666... ≈ 31.67", "3.384..., which rounds to 33.8"): a fault."""
    if right.has_op or right.lit is None or right.pct or left.pct:
        return False
    if _COMPOUND.match(text, right.end):
        return False  # "5.625 h ≈ 5 h 38 min": a quantity in two units, no rounding of the first
    between = text[left.end : right.start]
    if _ROUNDED_AGAIN.fullmatch(between) is None and not (
        (_same_unit(text, left.start, right.start, right.end) or _shared_tail(text, left, right))
        and _UNIT_ROUNDED.fullmatch(between)
    ):
        return False
    cut = "=" in between.replace("~=", "")  # "13.666... = 13.66" shows fewer digits; "≈ 13.66" rounds them wrong
    # A number said before, rounded again with "≈": "167.64 ≈ 168 cm" (not "= 167": a number may be cut so)
    exact = left.exact if left.exact is not None else left.lit if left.dec > 0 and not cut else None
    if left.exact is None and exact is not None:
        line = text[text.rfind("\n", 0, left.start) + 1 : right.start]
        if _PARTS_NAMED.search(line) or ((way := _WAY.search(line)) and _directed(exact, right.lit, right.dec, way)):
            return False  # "Round up to the nearest 1/4 yd: 4.1 ≈ 4.25", "rounded up: 3.2 ≈ 4"
    fives = _SIGNED.search(between) is None  # "about 45 minutes" may round to fives; "≈ 45" to its last digit
    if exact is None or left.lit == right.lit or _rounds_to(exact, right.lit, right.dec, cut, fives):
        return False
    if left.lit is not None and _rounds_to(left.lit, right.lit, right.dec, cut, fives):
        return False  # "≈ 8.465 in ≈ 8.47 in": the rounded number rounded again
    found.faults.append(Finding(left.start, f"{text[left.start : right.end]}: that is {fmt(exact)}"))
    return True


_COMPOUND = re.compile(r"[ \t]*(?:\\text\{[ \t]*)?[A-Za-z]+\.?\}?,?[ \t]+(?:and[ \t]+)?\d")
_ROUNDED_AGAIN = re.compile(rf"(?:\.\.\.|…)?[\s*$|]*(?:=|{_APPROXIMATELY})[\s*$€£\\]*")
"""What may stand between a stated result and the same value rounded: "=", "≈", ", which is about" (also across
a table's cells: "| 21.0779 | ≈ 21.1 km |")."""
_UNIT_ROUNDED = re.compile(rf"(?:\.\.\.|…)?[\s*$]*[A-Za-z°][\w°/²³]*[\s*$|]*(?:{_APPROXIMATELY})[\s*$€£\\]*")
"""Or a unit and "≈" when the same unit follows the second ("185.42 cm ≈ 185 cm")."""
_AFTER = re.compile(r"[*$ \t]*(?:([A-Za-z%¢°])|(?=[^\s*$])|\n|\Z)")
"""What follows a number restated: a word or unit (group 1: a conversion, "= 120, which is 2 hours"), anything
else, or a line's or the text's end (the chain holds a number with nothing after it until the text ends)."""
_WORD = re.compile(r"(?<![\\A-Za-z])[A-Za-z]+")
"""A word, not a LaTeX command's name (``\\dfrac``)."""


def judge_first(text: str, first: Side, reading: tuple[str | None, Side | None, int, bool], found: Scan) -> int:
    """Judge a result written before its computation (:mod:`result_first`); the index after it."""
    how, expr, j2, approx = reading
    if how == PENDING or expr is None:
        found.hold(first.start)
        return j2
    if expr.value is None or expr.mixed_units:
        found.undecided += 1
    elif agree(expr, first, approx):
        found.results.append((first.end, first.lit if first.lit is not None else 0.0))
    else:
        found.faults.append(Finding(first.start, f"{text[first.start : expr.end]}: right side is {fmt(expr.value)}"))
    return j2


def judge_conversion(text: str, p: Parser, i: int, found: Scan, open_end: bool) -> int | None:
    """Judge ``7 hours = 420 minutes`` (:mod:`conversion`); the index after it, or None when it is not one."""
    how, value, stated, dec, j = conversion.read(p, i, open_end)
    if how is None:
        return None
    start = p.t[i].start
    if how == PENDING:
        found.hold(start)
    elif matches(value, stated, dec, approx=_APPROX.search(text, start, p.t[j - 1].end) is not None):
        found.results.append((p.t[j - 1].end, stated))  # "3.785 L ≈ 3,800 mL": rounded, as "≈" says
    elif conversion.improper(p, i):
        return None  # "150/60 minutes = 2.5 hours": a division loosely written, judged as one
    elif not 1e-3 < stated / value < 1e3 if value else False:
        found.undecided += 1  # a map's scale, "1 cm = 50 km", is no conversion: no slip misses a thousandfold
    else:
        found.faults.append(Finding(start, f"{text[start : p.t[j - 1].end]}: that is {fmt(value)}"))
    return j
