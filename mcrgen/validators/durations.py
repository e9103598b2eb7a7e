"""Time arithmetic: durations in hours and minutes and times of day, added and subtracted. "1 h 55 min + 2 h 4 min
= 3 h 59 min", "7:30 a.m. + 1 hour 45 minutes = 9:15 a.m.", "3:15 PM - 8:25 AM = 6 hours 50 minutes", "= 4 hours
99 minutes = 6 hours 39 minutes", "Adding 1 hour 10 minutes to 4:00 PM gives 5:10 PM", "35 minutes after 11:05
a.m. is 11:40 a.m.".

Elsewhere a sum of hours and minutes is undecided (:func:`units.mixed_units`): only a reading of every term as a
quantity of time makes it a computation. Only chains with a time of day or a duration in two units are read
here; "50 minutes + 30 minutes = 80 minutes" is an ordinary sum. What is uncertain is accepted both ways: a time
without AM/PM may be on either half of the clock, a time of day minus a later one goes on past midnight.
"""

from __future__ import annotations

from dataclasses import dataclass

from mcrgen.validators.expression import Parser
from mcrgen.validators.opwords import op_word
from mcrgen.validators.readings import matches
from mcrgen.validators.scanned import JUDGE, PENDING
from mcrgen.validators.tokens import NUM, OP, SEP, TIME, UNIT, WORD, Tok
from mcrgen.validators.units import unit_name

_SIZES = {"hour": 60.0, "minute": 1.0, "second": 1 / 60}
STARTERS = frozenset({"adding", "add"})
_RELATIONS = {"after": "+", "later": "+", "before": "-", "earlier": "-"}


@dataclass(frozen=True, slots=True)
class Quantity:
    minutes: float
    """Past midnight for a time of day (on a 24-hour clock when its AM/PM is known), else its length."""
    clock: bool
    half: bool
    """A time of day whose AM/PM is not written and whose hour may be on either half of the clock (1-12)."""
    parts: int
    """Unit-number pairs a duration is written in (2 for "1 h 55 min"); 0 for a time of day."""
    unit: str
    """The unit of a duration written in one unit ("hour", "minute"), for its decimals."""
    dec: int
    end: int
    """Token index after it."""
    plain: bool = False
    """A time of day written without AM/PM: "5:55" after a time of day and "+" may be a length."""


def _suffix(p: Parser, k: int) -> tuple[str | None, int]:
    """AM or PM after a time at ``k`` ("PM", "pm", "a.m.", ``\\text{ a.m.}``) and the index after it."""
    t = p.t
    if k < p.n and t[k].kind in (WORD, UNIT) and t[k].word.replace(".", "") in ("am", "pm"):
        return t[k].word.replace(".", ""), k + 1
    if k + 2 < p.n and t[k].word in ("a", "p") and t[k + 1].end == t[k + 2].start and t[k + 2].word == "m":
        after = k + 3 + (k + 3 < p.n and t[k + 3].kind == SEP and t[k + 3].word == ".")
        return t[k].word + "m", after  # "a.m.": a letter, a dot, a letter, a dot
    return None, k


def quantity(p: Parser, k: int) -> Quantity | None:
    """The time of day or the duration written at token ``k``, or None."""
    t = p.t
    if k >= p.n:
        return None
    if t[k].kind == TIME and (clock := t[k].val) is not None:
        sfx, end = _suffix(p, k + 1)
        value = float(clock)
        if sfx is not None:
            if value >= 13 * 60:
                return None
            value = value % 720 + (720 if sfx == "pm" else 0)
        return Quantity(value, True, sfx is None and 60 <= value < 13 * 60, 0, "", 0, end, sfx is None)
    total, parts, unit, dec, j = 0.0, 0, "", 0, k
    while j + 1 < p.n and t[j].kind == NUM and (size := t[j].val) is not None and t[j + 1].kind in (WORD, UNIT):
        name = unit_name(t[j + 1].word)
        if name not in _SIZES or (parts and _SIZES[name] >= _SIZES[unit]):
            break  # "1 hour 55 minutes": each part in a smaller unit than the last
        total, parts, unit, dec = total + size * _SIZES[name], parts + 1, name, t[j].dec
        j += 2
        if j + 1 < p.n and t[j].kind == WORD and t[j].word == "and" and t[j + 1].kind == NUM:
            j += 1
    if not parts:
        return None
    return Quantity(total, False, False, parts, unit, dec, j)


def _combine(values: set[float], clock: bool, op: str, q: Quantity) -> tuple[set[float], bool] | None:
    """The candidate values after ``op q`` (minutes), and whether they are a time of day."""
    if q.clock and not clock:
        return ({v + q.minutes for v in values}, True) if op == "+" else None
    if q.clock:  # a time of day minus another: the span between them, through midnight if need be
        if op == "+" and q.plain and q.minutes < 13 * 60:  # "9:40 AM + 5:55 = 3:35 PM": an h:mm, a length
            return {v + q.minutes for v in values}, clock
        if op != "-":
            return None
        ends = {q.minutes, q.minutes + 720} if q.half else {q.minutes}
        return {(v - e) % 1440 for v in values for e in ends}, False
    return {v + q.minutes if op == "+" else v - q.minutes for v in values}, clock


def _agrees(values: set[float], clock: bool, first_half: bool, stated: Quantity) -> bool:
    """Does a stated time of day or duration agree with one of the candidate ``values``?"""
    if stated.clock and clock:  # on a 12-hour clock when either AM/PM is unknown
        turn = 720 if (stated.half or first_half) else 1440
        return any(min((v - stated.minutes) % turn, -(v - stated.minutes) % turn) < 1e-6 for v in values)
    if stated.clock:  # "24:00 - 22:40 = 1:20": a span written as hours and minutes
        return any(abs(v - stated.minutes) < 1e-6 for v in values)
    if clock:
        return False
    if stated.parts > 1:
        return any(abs(v - stated.minutes) < 1e-6 for v in values)
    size = _SIZES[stated.unit]
    return any(matches(v / size, stated.minutes / size, stated.dec) for v in values)


def _as_lengths(values: set[float], clock: bool, first: Quantity, stated: Quantity) -> bool:
    """Does the chain agree when its first "time" without AM or PM is a length ("1:45 plus 30 minutes is 2 hours 15
    minutes"), or minutes and seconds with the result too ("3:45 plus 2 minutes is 5:45", a song; "a pace of 8:30
    plus 30 seconds is 9:00")?"""
    if not (clock and first.clock and first.half):
        return False
    if not stated.clock:
        return any(abs(v - stated.minutes) < 1e-6 for v in values)
    seconds = {first.minutes / 60 + (v - first.minutes) for v in values}
    return stated.half and any(abs(v - stated.minutes / 60) < 1e-6 for v in seconds)


def _terms(p: Parser, i: int) -> tuple[set[float], bool, Quantity, int, bool] | str | None:
    """The candidate values of the chain of times at ``i`` before its marker, whether they are a time of day,
    the first time of day (or term), the index after, and whether the chain is one of time arithmetic (a
    time of day, a duration in two units, or two units); PENDING when a term at the end may still become one
    ("+ 25" then "minutes")."""
    t, n = p.t, p.n
    if t[i].kind == WORD and t[i].word in STARTERS:  # "Adding 1 hour 10 minutes to 4:00 PM gives 5:10 PM"
        span = quantity(p, i + 1)
        if span is None or span.clock or not (span.end < n and t[span.end].word == "to"):
            return None
        start = quantity(p, span.end + 1)
        if start is None or not start.clock:
            return None
        return {start.minutes + span.minutes}, True, start, start.end, True
    first = quantity(p, i)
    if first is None:
        return None
    values, clock, k, units, ops = {first.minutes}, first.clock, first.end, {first.unit}, False
    relation = _RELATIONS.get(t[k].word) if k < n and t[k].kind == WORD and not first.clock else None
    if relation is not None:  # "35 minutes after 11:05 a.m. is 11:40 a.m."
        start = quantity(p, k + 1)
        if start is None or not start.clock:
            return None
        shift = first.minutes if relation == "+" else -first.minutes
        first, values, clock, k, ops = start, {start.minutes + shift}, True, start.end, True
    wide = first.parts > 1 or first.clock
    while (op := _operator(t, k)) is not None and op[1] < n:
        q = quantity(p, op[1])
        if q is None and op[1] + 2 >= n:
            return PENDING
        step = None if q is None else _combine(values, clock, op[0], q)
        if q is None or step is None:
            return None
        (values, clock), k, ops = step, q.end, True
        wide, units = wide or q.parts > 1 or q.clock, units | {q.unit}
    return (values, clock, first, k, wide or len(units) > 1) if ops else None


def _operator(t: list[Tok], k: int) -> tuple[str, int] | None:
    """``+`` or ``-`` at ``k``, as a sign or a word ("7:45 plus 10 minutes"), and the index after it."""
    if k < len(t) and t[k].kind == OP and t[k].word in "+-":
        return t[k].word, k + 1
    worded = op_word(t, k) if k < len(t) else None
    return worded if worded is not None and worded[0] in "+-" else None


def read(text: str, p: Parser, i: int, open_end: bool) -> tuple[str | None, bool, int]:
    """(JUDGE, whether every stated result agrees, index after the last) for a chain of times starting at token
    ``i``; (PENDING, True, i) while a stated result may still grow ("6 hours" then "52 minutes", "8:15" then
    "a.m."); (None, True, i) when this is no such chain."""
    n = p.n
    terms = _terms(p, i)
    if terms is None or (terms == PENDING and not open_end):
        return None, True, i
    if isinstance(terms, str):
        return PENDING, True, i
    values, clock, first, k, wide = terms
    stated_any = False
    while (mark := p.marker(k)) is not None and not (stated_any and "\n" in text[p.t[k - 1].end : p.t[k].start]):
        stated = quantity(p, mark[0])  # a result, then the same value again ("= 2 h 75 min = 3 h 15 min")
        if stated is None or not (wide or stated.parts > 1 or stated.clock or stated_any):
            break
        if open_end and stated.end + 2 >= n:
            return PENDING, True, i
        if not _agrees(values, clock, first.half, stated) and not _as_lengths(values, clock, first, stated):
            return JUDGE, False, stated.end
        stated_any, k = True, stated.end
    if stated_any:
        return JUDGE, True, k
    return (PENDING if open_end and k + 3 >= n else None), True, i


def splits(value: float, result: float, whole: bool = True) -> bool:
    """Is ``result`` a part of ``value`` split into a larger and a smaller unit of time: its whole hours (11 of
    11.75; unless not ``whole``), the minutes of its fraction (0.75 × 60 = 45), or what is left over whole
    minutes (211.54 s - 180 = 31.54 s)? A solution may convert its answer so after stating it ("11.75 h = 11 h 45
    min", "#### 11.75")."""
    hours, fraction = divmod(value, 1.0)
    if whole and hours > 0 and matches(hours, result, 0):
        return True
    if fraction and matches(fraction * 60, result, 2):
        return True
    over = value - result
    return 0 <= result < 60 < value and over > 0 and matches(over / 60, round(over / 60), 9)
