"""Clock spans: "From 7:30 AM to 2:00 PM is 6.5 hours", "from 8:15 AM to 1:15 PM = 300 minutes", "9:00 to 17:00
is 8 hours". The span is computed from the two times and compared with the stated duration.

Only what is certain is read: both times carry AM/PM (a span may then cross midnight: "10:00 PM to 6:00 AM"),
or neither does and the second is later. The duration must name its unit (hours, minutes, or hours then
minutes: "2 hours 45 minutes"); a bare number is not judged.
"""

from __future__ import annotations

from dataclasses import dataclass

from mcrgen.validators.expression import Parser
from mcrgen.validators.scanned import JUDGE, PENDING
from mcrgen.validators.tokens import NUM, OP, OTHER, SEP, TIME, UNIT, WORD
from mcrgen.validators.units import unit_name

OPENERS = frozenset({"from", "between"})
_JOINS = frozenset({"to", "until", "till", "and"})


@dataclass(frozen=True, slots=True)
class Span:
    minutes: tuple[int, ...]
    """From the first time to the second; also from the second to the first when they are joined by a dash,
    which may be a range (``9:00 AM – 5:00 PM``) or a difference (``5:00 PM - 8:30 AM``)."""
    start: int
    """Offset where the span is written."""
    stated_end: int
    """Offset just after the stated duration."""
    stated: float
    """The stated duration, in its own unit: hours or minutes, or minutes when both are written."""
    dec: int
    in_hours: bool
    approx: bool
    single: bool = True
    """The duration is one number ("6.5 hours"), not hours then minutes: a result later lines may use."""


def _time(p: Parser, k: int) -> tuple[int | None, str | None, int]:
    """(minutes past midnight, "am"/"pm"/None, index after) of a time at ``k``."""
    tok, t, n = p.t[k], p.t, p.n
    if tok.kind != TIME or tok.val is None:
        return None, None, k
    if k + 1 < n and t[k + 1].kind == WORD and t[k + 1].word in ("am", "pm"):
        return int(tok.val), t[k + 1].word, k + 2
    if k + 3 < n and t[k + 1].word in ("a", "p") and t[k + 2].kind == OTHER and t[k + 3].word == "m":
        after = k + 5 if k + 4 < n and t[k + 4].kind == SEP and t[k + 4].word == "." else k + 4
        return int(tok.val), t[k + 1].word + "m", after  # "9:55 a.m."
    return int(tok.val), None, k + 1


def _span(a: int, a_sfx: str | None, b: int, b_sfx: str | None) -> int | None:
    if a_sfx is None and b_sfx is None:
        if b > a:
            return b - a
        twelve_hour = max(a, b) < 13 * 60 and b - a + 720 > 0  # past noon: "12:25 to 1:47" is 82 minutes
        return b - a + 720 if twelve_hour else None
    if a_sfx is None or b_sfx is None or a >= 13 * 60 or b >= 13 * 60:
        return None
    a, b = a % 720 + (720 if a_sfx == "pm" else 0), b % 720 + (720 if b_sfx == "pm" else 0)
    return b - a if b > a else b - a + 1440


def _lengths(a: int, a_sfx: str | None, b: int, b_sfx: str | None, dash: bool) -> tuple[int, ...]:
    """The span's candidate lengths (:attr:`Span.minutes`): from ``a`` to ``b``, and back when a dash joins them."""
    ahead, back = _span(a, a_sfx, b, b_sfx), _span(b, b_sfx, a, a_sfx) if dash else None
    return tuple(m for m in (ahead, back) if m is not None)


def between(p: Parser, k: int) -> tuple[tuple[int, ...], int] | None:
    """The span written at ``k`` when it is complete (closed by a parenthesis: "(6:00 PM - 9:00 AM)"): its
    candidate lengths in minutes (see :attr:`Span.minutes`) and the index after it; None when it is not one."""
    a, a_sfx, k = _time(p, k)
    if a is None or k + 1 >= p.n:
        return None
    dash = p.t[k].kind == OP and p.t[k].word == "-"
    if not (dash or (p.t[k].kind == WORD and p.t[k].word in _JOINS)):
        return None
    b, b_sfx, k = _time(p, k + 1)
    if b is None:
        return None
    minutes = _lengths(a, a_sfx, b, b_sfx, dash)
    return (minutes, k) if minutes else None


def read(p: Parser, i: int, open_end: bool) -> tuple[str | None, Span | None, int]:
    """(JUDGE, the span, index after it) when a clock span and its stated duration start at token ``i`` (a
    time, or "from"/"between" before one); (PENDING, None, i) while what has arrived may still become one
    (a time's AM/PM, the marker, the duration's unit, minutes after its hours); (None, None, i) when this is not
    one. In a statement still being written, a piece is read only once a token after it has arrived."""
    t, n = p.t, p.n
    wait = (PENDING if open_end else None), None, i
    k = i + 1 if t[i].kind == WORD else i
    if k < n and t[k].kind != TIME:
        return None, None, i
    if k + 2 >= n:
        return wait
    a, a_sfx, k = _time(p, k)
    if a is None:
        return None, None, i
    if k >= n:
        return wait  # "9:55 a.m." ended what has arrived
    dash, arrow = t[k].kind == OP and t[k].word == "-", t[k].kind == SEP and t[k].word == "→"
    if not (dash or arrow or (t[k].kind == WORD and t[k].word in _JOINS)):
        return None, None, i
    if arrow and i > 0 and t[i - 1].kind == SEP and t[i - 1].word == "→":
        return None, None, i  # "8:45 → 9:00 → 10:30: 1 h 45 min": a chain of times, spanned from its first
    if k + 3 >= n:
        return wait
    b, b_sfx, k = _time(p, k + 1)
    minutes = () if b is None else _lengths(a, a_sfx, b, b_sfx, dash)
    if not minutes:
        return None, None, i
    if k + 2 >= n:
        return wait  # the marker may still be coming ("is" after "PM")
    mark = p.marker(k)
    if mark is None and arrow and t[k].kind == SEP and t[k].word == ":":
        mark = k + 1, False, False  # "7:15 → 7:27: 12 min"
    if mark is None:
        return None, None, i
    k, approx, _ = mark
    return _stated(p, i, k, minutes, approx, open_end)


def _stated(
    p: Parser, i: int, k: int, minutes: tuple[int, ...], approx: bool, open_end: bool
) -> tuple[str | None, Span | None, int]:
    """The duration stated at ``k``: "6.5 hours", "300 minutes", "2 hours 45 minutes", "2 hours and 45 minutes"."""
    t, n = p.t, p.n
    if k + 2 > n or (k + 2 == n and open_end):
        return (PENDING if open_end else None), None, i  # the number or its unit word may still grow
    value = t[k].val
    if t[k].kind != NUM or value is None or t[k + 1].kind not in (WORD, UNIT):
        return None, None, i  # "300 minutes", "300 \\text{ minutes}"
    dec, unit = t[k].dec, t[k + 1].word
    start = p.t[i].start
    if unit_name(unit) == "minute":
        return JUDGE, Span(minutes, start, t[k + 1].end, value, dec, False, approx), k + 2
    if unit_name(unit) != "hour":
        return None, None, i
    m = k + 2
    if m < n and t[m].kind == WORD and t[m].word == "and":
        m += 1
    if m + 2 > n or (m + 2 == n and open_end):
        if open_end:
            return PENDING, None, i  # "2 hours" may go on with "45 minutes"
    elif (
        (extra := t[m].val) is not None
        and t[m].kind == NUM
        and t[m + 1].kind in (WORD, UNIT)
        and unit_name(t[m + 1].word) == "minute"
    ):
        return JUDGE, Span(minutes, start, t[m + 1].end, value * 60 + extra, 0, False, approx, False), m + 2
    return JUDGE, Span(minutes, start, t[k + 1].end, value, dec, True, approx), k + 2
