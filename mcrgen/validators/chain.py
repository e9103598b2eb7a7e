"""Judge a chain of equal sides, ``first = b = c ...``, once :mod:`arithmetic` has found where it starts: each
stated side against the computation before it, a restated result, an estimate from rounded numbers, a result
followed by its unit or a conversion, a quotient with its remainder."""

from __future__ import annotations

import re

from mcrgen.validators import result_first, worded
from mcrgen.validators.cells import comment_result, quantity_cell, table_result
from mcrgen.validators.expression import Parser, Side
from mcrgen.validators.lexer import ARROW
from mcrgen.validators.markers import APPROX_WORDS
from mcrgen.validators.opwords import op_word
from mcrgen.validators.readings import rounded_operand
from mcrgen.validators.scanned import Finding, Scan, fmt
from mcrgen.validators.tokens import EQ, LP, OP, OTHER, SEP, UNIT, WORD
from mcrgen.validators.verdicts import agree, judge_restated, loose_estimate, rounded_way, whole_sum


def judge_chain(text: str, p: Parser, first: Side, j: int, found: Scan, open_end: bool) -> int:
    """Judge ``first = b = c ...`` (any equality markers); returns the index after the chain."""
    left = first
    while True:
        mark, unit = _next_marker(p, left, j)
        if mark is None:
            cell = p.past_units(j, any_end=True) if open_end else j  # "| 11,300 kg ÷ 21 kg/tree | ≈ 538.1 tr"
            if open_end and cell < p.n and (table_result(p.t, cell) is None or comment_result(p.t, j) is None):
                # its result cell or comment is still being written
                found.hold(left.start)
                return j
            break
        after, approx, in_words = mark
        if quantity_cell(text, p.t, left.start, left.end, j):
            found.undecided += 1  # "| 3/4 cup | 3 |": a fraction of a cup, then another column
            break
        right, j2 = _stated(p, after)
        if right is None:
            break
        if open_end and (
            not p.closed(j2)
            or (in_words and worded.guard_pending(p, j2))
            or (unit is not None and j2 + 1 >= p.n)
            or (worded.remainder_pending(p, j2) and worded.divides(text, left))
        ):
            # The stated result may still grow ("= 2" then "4"; "= 20%" then " of 50"; "is 2 more"), or the unit
            # word after it, which tells a restated result from a conversion ("minut" may be "minutes").
            found.hold(left.start)
            return j2
        if p.t[j].word == ARROW and right.has_op and p.marker(j2) is not None and not agree(left, right, approx):
            return after  # "divide by 1/2 cup per stick → 3 cups ÷ 1/2 cup = 6": the arrow leads to a computation
        j = j2
        if not left.has_op:
            if judge_restated(text, left, right, found):  # "= 6\\dfrac{8}{6} = 8\\dfrac{1}{3}"
                break
            if worded.operator_at(p, j2) or (right.has_op and not agree(left, right, approx)):
                factored = not in_words and _factored(text, p, left, right, j2, open_end)
                if factored is None:
                    found.hold(left.start)  # "48 = 1 x 36 + 21." may go on: "21.5"
                    return j2
                if factored:
                    shown = fmt(right.value or 0.0)
                    found.faults.append(Finding(left.start, f"{text[left.start : right.end]}: right side is {shown}"))
                    return j2
                return after  # "Over 9 days, that is 2 x 9 days = 11": a computation starts after the number
            if not right.has_op and j2 < p.n and p.t[j2].kind in (LP, WORD):
                reading = result_first.parenthetical(p, right, j2, open_end, text)[1]
                if reading is not None and reading[0] is not None:
                    return after  # "two pairs is $97.50 ($53.00 + $26.50)": judged from the stated number on
            if right.has_op and j2 < p.n and p.t[j2].word in (ARROW, "|"):
                break  # "61 = 6 × 10 + 1 ⇒ 6 free adults": a number taken apart, then what follows from that
            left = right
            continue
        if (
            left.value is None
            or right.value is None
            or left.mixed_units
            or (left.has_op and worded.mixed_money(text, p, left))
            or (in_words and worded.restated(text, p, left, right, j2))
            or (unit is not None and p.converted(j2, unit))
            or (approx and right.has_op)  # "586 + 727 ≈ 600 + 700": an estimate from rounded numbers
        ):
            found.undecided += 1
            left = right
            continue
        if left.units_inside and not agree(left, right, approx):
            # A writer who puts units in expressions may chain with them: "2 babies / (2 babies + 2 babies) =
            # 2 babies / 4 babies = .5", the right side goes on after its unit. Others end a result at its unit.
            wide, j3 = p.side(after)
            if open_end and (not p.closed(j3) or worded.unit_pending(p, j2) or worded.unit_pending(p, j3)):
                found.hold(left.start)
                return j2
            if wide is not None and wide.value is not None and wide.end > right.end and agree(left, wide, approx):
                right, j = wide, j3
        whole = worded.quotient(text, p, j2, left, right)
        stated_whole = whole_sum(text, left, right, approx, open_end) if whole is None else False
        if stated_whole is None:
            found.hold(left.start)  # "= 3" may go on: "= 3 and a half hours"
            return j2
        money = worded.in_other_money_unit(text, p, left, j2) if whole is None else None
        way = rounded_way(text, left, right)  # "≈ $37 (rounded up)": True, "≈ $36 (rounded up)": False
        if (
            (
                agree(left, right, approx)
                or way
                or (money is not None and agree(money, right, approx))
                or (approx and rounded_operand(text, left, right))  # "2 / 3 ≈ 0.67, so 0.67 × 3 ≈ 2.00"
            )
            if whole is None
            else whole
        ) and not ((approx and loose_estimate(text, left, right)) or stated_whole or way is False):
            found.results.append((right.end, right.lit if right.lit is not None else right.value or 0.0))
            left = right.stating(_reading(left, right))
            continue
        if open_end and worded.money_pending(p, j2) and any(agree(m, right, approx) for m in worded.in_cents(left)):
            found.hold(left.start)  # "= 2 d": "dollars" would make it right (200 cents)
            return j2
        if _BAR_UNITS.search(text, left.start, left.end) and _ONE_UNIT.search(text, 0, left.start):
            found.undecided += 1  # "1 unit" is the bar model's unknown: "7 units minus 8 = 48"
            break
        shown = fmt(left.value or 0.0)
        found.faults.append(Finding(left.start, f"{text[left.start : right.end]}: left side is {shown}"))
        break
    return j


_BAR_UNITS = re.compile(r"\d[ \t]+units?[ \t]+(?:[-+−]|minus|plus)[ \t]*\$?\d")
_ONE_UNIT = re.compile(r"\b(?:1|one)[ \t]+unit\b(?![ \t]*(?:of|=))", re.IGNORECASE)
"""A bar model names its unknown ("Maya: 1 unit; Ethan: 3 units"): "7 units minus 8 = 48" adds a number to units
of it, an equation in it, not a computation ("$45.00 ÷ 3 parts = $15.00" shares among parts, a computation)."""


def _reading(left: Side, right: Side) -> float | None:
    """The reading of ``left`` that ``right`` states: "962 km × 8.0 L/100 km = 76.96" states 962 × 0.08."""
    if right.lit is None or len(left.alts) < 2:
        return left.value
    return min(left.alts, key=lambda v: abs(v - (right.lit or 0.0)))


def _next_marker(p: Parser, left: Side, j: int) -> tuple[tuple[int, bool, bool] | None, str | None]:
    """The equality marker at ``j`` (see :meth:`Parser.marker`), and the unit word a running chain names before
    it, if any: "(6 - 1) × 3 minutes = 5 × 3 minutes = 15 minutes"."""
    mark = p.marker(j)
    if mark is None and (left.has_op or (left.lit is not None and _approx_ahead(p, j))) and (k := p.past_units(j)) > j:
        later = p.marker(k)
        if left.has_op or (later is not None and later[1]):
            return later, p.t[j].word  # or a number rounded in its unit: "= 185.42 cm ≈ 185 cm"
    if mark is None and left.has_op and (k := _or_about(p, left, j)) > j:
        return (k, True, True), None  # "543.5 gallons ÷ 3 people, or about 181.2 gallons"
    return mark, None


def _or_about(p: Parser, left: Side, j: int) -> int:
    """The index after ", or about" at ``j`` (past a unit or two: "÷ 3 people, or about"), else ``j``. After a
    computation it states the result rounded; after a result it may restate it in other units ("36 inches, or
    about 3 feet"), so it is a computation's own marker only, and a result in a unit the computation does not name
    is a conversion ("5 + 7 miles, or about 19 km"), not read."""
    t, k = p.t, j
    while k < p.n and k - j < 2 and t[k].kind in (WORD, UNIT) and t[k].word not in ("or", ","):
        k += 1
    if not (k + 3 < p.n and t[k].word == "," and t[k + 1].word == "or" and t[k + 2].word in APPROX_WORDS):
        return j
    unit = k + 4  # the word after the stated number
    if p.unit_word(unit):
        named = {tok.word.rstrip("²³") for tok in t[:k] if tok.start >= left.start and tok.kind in (WORD, UNIT)}
        if t[unit].word.rstrip("²³") not in named:
            return j
    return k + 3


def _approx_ahead(p: Parser, j: int) -> bool:
    """Is an approximate equality sign or word among the few tokens from ``j`` (a unit may stand before it:
    "152.4 cm, which is about 152 cm")?"""
    return any((tok.kind == EQ and tok.approx) or tok.word in APPROX_WORDS for tok in p.t[j : j + 5])


_OPENS = re.compile(r"(?:\A|[\n.:;]|\\\(|\\\[|\$)[ \t*]*\Z")
"""What may stand before a number that a line or sentence opens with: "144 = 2 × 72", "Factor 72: 72 = 2 × 36"."""


def _factored(text: str, p: Parser, left: Side, right: Side, j: int, open_end: bool) -> bool | None:
    """Is ``left = right`` a number written as a computation ("144 = 2 × 73", "48 = 1 × 36 + 21": a factorization,
    a division's check), judged as an equation? Only a plain number that opens its sentence, and a computation
    that ends the statement: "Over 9 days, that is 2 x 9 days = 11" counts days before its computation. None
    while a last "." may still be a decimal point."""
    if open_end and j == p.n - 1 and p.t[j].kind == OTHER:
        return None
    if left.lit is None or right.value is None or (j < p.n and p.t[j].kind not in (SEP, OTHER)):
        return False
    if "\\" in re.sub(r"\\(?:times|cdot)\b", "", text[right.start : right.end]):
        return False  # "1 = \\sqrt{11-2} + 4": a root tried in an equation, not a number written out
    if _UNIT_THEN_EQUALS.match(text, left.start, right.start):
        return False  # "1 GiB = 1,024 × 1,024 × 1,024": a unit defined, not a number factored
    return _OPENS.search(text, max(0, left.start - 8), left.start) is not None


_UNIT_THEN_EQUALS = re.compile(r"[\d.,]+[ \t]*[A-Za-z]{1,12}(?:[ \t]+[A-Za-z]{1,12}){0,2}[ \t]*(?:=|≈)")
"""A unit defined ("1 GiB ="), or a count labelled ("12 monthly payments = $32.50 × 12"): no number factored."""


def _stated(p: Parser, after: int) -> tuple[Side | None, int]:
    """The right side after a marker: a stated result ends at its unit, unless an operator and a number follow
    the unit ("= 750 g ÷ 100 g = 7.5": the computation goes on, so it is read to its end; "= 23,700 kg·m/s" is a
    compound unit)."""
    right, j = p.side(after, right=True)
    if right is None:
        return None, j
    unit_end = j if right.has_op else p.units(j)[0]
    if (
        j < unit_end < p.n - 1
        and (p.t[unit_end].kind == OP or op_word(p.t, unit_end) is not None)  # "× 2", and a worded "sq ft x 2"
        and p.t[unit_end + 1].kind != WORD
    ):
        wide, j3 = p.side(after)
        if wide is not None and wide.has_op:
            return wide, j3
    return right, j
