"""Roundings stated in words or with an arrow: "407 rounds to 410", "714 rounds down to 700", "3.125 rounded up is
4", "round 13.71 up to 14", "Round to the nearest ten: 52 → 50, 48 → 50", "we round up: 18.33 → 19 panels".
Set 35's genre (buses needed, full boxes, estimates) writes them between its divisions.

A rounding is judged on its complete line. The place is the one the line names ("nearest ten", "nearest
dollar", "whole number"), else the problem's when it names one place only; with no place named, the stated number
must be the rounding at some place (to the tens, ones, tenths...), in the direction named ("up", "down"), so
"18.33 → 18" after "round up" is a fault wherever the writer meant to round, and "756 rounds to 800" is not.
"""

from __future__ import annotations

import math
import re

from mcrgen.validators.numerals import NUMBER
from mcrgen.validators.numerals import value as read_number

_NUM = NUMBER
_ALONE = r"(?<![+×/÷·][ \t])(?<!\\times[ \t])(?<!\\cdot[ \t])(?<!\\div[ \t])(?<![\d)][ \t]x[ \t])"
_ALONE += r"(?<![\w)\]}][ \t]\*[ \t])(?<![\w)\]}]\*[ \t])(?<![\d)][ \t][-−][ \t])(?<![-+×*/÷·\d.,}])"
_ALONE += r"(?<!%[ \t]of[ \t])(?<!%[ \t]of[ \t]\$)(?<!\d[ \t]times[ \t])(?<!\d[ \t]times[ \t]\$)"
"""A number that is no operand ("- 42 → 40" is a list item; "100 - 42 → 58", "2/3 rounds to", "50% of $22.05 ≈
$11.03" and "3 times $4.25 ≈" compute; a star is a product only after an operand: "**Vans:** 3.07 rounded up" is
bold)."""
_NOT_ON = r"(?![\d,]*[ \t]*(?:[-+×*/÷·]|\\times|\\cdot|\\div))"
_SCALED = r"(?![\d,.]*(?:[ \t]*(?:million|billion|thousand|hundred|dozen)|[km]\b))"
"""A result with a scale word ("2.3 million", "$4.5m") is no plain rounding ("34.2 m" is metres)."""
_TO = r"(?:[ \t]+to[ \t]+the[ \t]+nearest[ \t]+[a-z]+(?:[ \t]+number)?)?[ \t]*,?[ \t]*"
_STATED = re.compile(
    rf"(?<!\bR[ \t])(?<!\bR)(?<!remainder[ \t]){_ALONE}{_NUM}(\.\.\.|…)?[ \t]*,?[ \t]*(?:which[ \t]+|and[ \t]+)?"
    rf"(?:rounds[ \t]+(?:(up|down)[ \t]+)?to|(?:is[ \t]+|gets[ \t]+)?rounded(?:[ \t]+(up|down))?{_TO}"
    rf"(?:to|is|gives|=|→|->))[ \t]*\**{_NUM}{_SCALED}"
    rf"|\bround(?:ing)?[ \t]+{_ALONE}{_NUM}[ \t]*(up|down)?{_TO}(?:to|gives|→|->|=)[ \t]*{_NUM}(?![\d,.]*/\d){_SCALED}",
    re.IGNORECASE,
)
"""A rounding in words: its number, direction and result ("714 rounds down to 700", "3.125 rounded up is 4",
"round 13.71 up to 14"). "rounds" needs "to" after it: "10 rounds is 15 minutes" counts rounds. A remainder is
not what is rounded ("= 5 R 5, which rounds up to 6": the quotient is, :func:`_rounds_last`)."""
_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d+[.)])[ \t]")
"""A list item's bullet or number."""
_CLOSER = r"\bis[ \t]+closer[ \t]+to\b"
_ARROW = re.compile(rf"{_ALONE}{_NUM}[ \t]*(?:→|->|⇒|\bbecomes\b|{_CLOSER})[ \t]*\\?\$?{_NUM}{_NOT_ON}{_SCALED}")
_ESTIMATE = re.compile(
    rf"{_ALONE}{_NUM}(?:[ \t]*(?P<unit>[A-Za-z°][\w°/²³]*))?[ \t]*(?:→|->|⇒|\bbecomes\b|{_CLOSER}|≈|\\approx\b)"
    rf"[ \t]*\\?\$?{_NUM}(?(unit)[ \t]*(?P=unit)\b){_NOT_ON}{_SCALED}"
)
"""With a place named, "97 ≈ 100" rounds too. "$43 is closer to $50" says which way a rounding goes."""
_LISTED = r"\\?\$?\d(?:\{,\}|[\d,.])*"
_ARROW_LIST = re.compile(
    rf"[ \t]*(?:\\\[[ \t]*)?(?:[-*•][ \t]+|\d+[.)][ \t]+)?"
    rf"(?:{_LISTED}[ \t]*(?:→|->|≈|\\approx)[ \t]*{_LISTED}[ \t]*(?:[,;]|\\q?quad)?[ \t]*)+\.?[ \t]*(?:\\\])?[ \t]*"
)
"""A line that is only a list of roundings ("- 42 → 40", "* $4.17 → $4, $6.57 → $7", "97 \\approx 100, \\quad 43
\\approx 40"): the heading above it ("Round to the nearest ten:"), else the problem, names their place."""
ROUNDING_LINE = re.compile(
    r"\bround(?:ing|ed|s)?[ \t]+(?:it[ \t]+)?(?:up|down|to|off)\b|\bnearest\b|\bcloser[ \t]+to\b", re.IGNORECASE
)
"""A line that rounds: its arrows state roundings ("Round to the nearest ten: 52 → 50")."""
_ROUNDS_LAST = re.compile(
    rf"\b(?:rounds?|rounding|rounded)(?:[ \t]+(up|down))?{_TO}"
    rf"(?:→|->|to|gives|is|that[ \t]+is|we[ \t]+get|:)[ \t]*:?[ \t]*\**{_NUM}{_SCALED}"
    r"(?![\d,.]*[ \t]*(?:[A-Za-z°%][\w°%/²³]*[ \t]*)?(?:→|->|≈|~|\\approx|=|rounds))",
    re.IGNORECASE,
)
"""A rounding of the result said last: "14.4, which rounds down to 14", "round up → 7 vans", "Rounded up to the
nearest whole number, that is 28", "Rounded to the nearest cent, that is $0.41" (with no way named, only when it
names its place), "Remainder → round up: 3 vans"; not "Round to the nearest cent: 19.837 → $19.84" (nor "61.02 in
≈ 61 in"), whose
number is what is rounded."""
_LAST_RESULT = re.compile(
    rf"(?:=|≈|\\approx|\bis|>>)[ \t]*\$?{_NUM}(?:[ \t]*(?:R|r|remainder)[ \t]*(\d+)\b)?"
    rf"(?!.*(?:=|≈|\\approx|\bis\b|>>))"
)
"""The last number stated as a result ("= 6.125", "≈ 4.8", "is 3.88", "= 2 R3"); a rate's size before it ("at 2.5
tons per trip") is none."""
_DIRECTION = re.compile(r"\bround(?:ing|ed|s)?[ \t]+(?:it[ \t]+)?(up|down)\b", re.IGNORECASE)
_PLACE = re.compile(
    r"\bnearest[ \t]+(ten|tens|hundred|hundreds|thousand|thousands|whole(?:[ \t]+number)?|integer|one|ones|dollar"
    r"|cent|tenth|hundredth|thousandth|penny|10|100|1,?000)\b",
    re.IGNORECASE,
)
_PLACES = {
    "ten": 10.0, "tens": 10.0, "hundred": 100.0, "hundreds": 100.0, "thousand": 1000.0, "thousands": 1000.0,
    "whole": 1.0, "whole number": 1.0, "integer": 1.0, "one": 1.0, "ones": 1.0, "dollar": 1.0, "cent": 0.01,
    "penny": 0.01, "tenth": 0.1, "hundredth": 0.01, "thousandth": 0.001, "10": 10.0, "100": 100.0,
    "1000": 1000.0, "1,000": 1000.0,
}  # fmt: skip


_LATEX_ROUND = re.compile(r"\\[lr](?:ceil|floor)").search


def MAY_ROUND(line: str) -> bool:
    """The words a line that rounds has: most lines have none and are not read (substrings, claims.py)."""
    return (
        "ound" in line
        or "nearest" in line
        or "becomes" in line
        or "closer" in line
        or "→" in line
        or "⌈" in line
        or "⌊" in line
        or ("\\" in line and _LATEX_ROUND(line) is not None)
    )


def check_line(line: str, at: int, problem: str, before: str = "", heading: str = "") -> tuple[int, str] | None:
    """The first rounding stated on ``line`` (at offset ``at``) that is none: (offset, detail), or None.
    ``before`` is the text of the lines above it, ``heading`` the last line of its paragraph that named a rounding
    ("Round to the nearest ten:" above a list of "42 → 40"). A rounding is judged at the place named last before
    its result on its line, or in the heading (else the problem) of a list of arrows; with none named, at any
    place."""
    parts = _PARTS if _PART_PLACE.search(line) or _PART_PLACE.search(problem) else ()
    for m in _STATED.finditer(line):
        raw, way, result = (m.group(1), m.group(3) or m.group(4), m.group(5)) if m.group(1) else m.group(6, 7, 8)
        place = _place_before(line, m.start(5) if m.group(1) else m.start(8))  # "0.4275 rounded to the nearest cent"
        if place is None and heading and _ITEM.match(line):
            place = _place(heading)  # "Round each to the nearest hundred:" above "- 331 rounds to 300"
        fault = _judge(raw, result, way, place, cut=bool(m.group(2)), parts=parts)
        if fault is not None:
            return at + (m.start(1) if m.group(1) else m.start(6)), fault
    if (last := _rounds_last(line, before, parts)) is not None:
        return at + last[0], last[1]
    problem_place = _problem_place(problem) if "→" in line or "≈" in line or "approx" in line else None
    listed = (bool(heading) or problem_place is not None) and _ARROW_LIST.fullmatch(line) is not None
    if ROUNDING_LINE.search(line) is None and not listed:
        return None
    named = problem_place is not None or _PLACE.search(line) is not None or listed
    for m in (_ESTIMATE if named else _ARROW).finditer(line):
        way = _DIRECTION.search(line, 0, m.start()) or _DIRECTION.search(line, m.end())  # "34.33 → $35 (rounded up)"
        place = _place_before(line, m.start())
        if place is None and (listed or "closer" in m.group(0)):
            place = _place(heading) or problem_place  # "Round to the nearest ten:" above "- 42 → 40"
        fault = _judge(m.group(1), m.group(m.re.groups), way.group(1) if way else None, place, parts=parts)
        if fault is not None:
            return at + m.start(1), fault
    return None


_PART_PLACE = re.compile(r"\b(?:quarter|half)\b|(?<![\d.])(?:1/[24]|0?\.25|0?\.5)(?![\d.])|\bincrements?\b", re.I)
"""A rounding to a part of a unit ("round up to the next quarter yard", "sold in half-yard increments", "round up
to 1/4 yd"): a result at a quarter or a half is then a rounding too."""
_PARTS = (0.25, 0.5)


def _rounds_last(line: str, before: str, parts: tuple[float, ...] = ()) -> tuple[int, str] | None:
    """A rounding of the result said last, on its line or, when nothing before it on its line is a number, on
    the lines above: "52/8 = 6.5 tables." then "this rounds up to 7 tables"; "19 ÷ 8 = 2 R3" then "round up: 3"."""
    for m in _ROUNDS_LAST.finditer(line):
        way, result = m.group(1), m.group(2)
        place = _place_before(line, m.start(2))
        if way is None and place is None:
            continue  # "rounds to 5" with neither a way nor a place: "2 rounds to 12 judges"
        said, near = _LAST_RESULT.search(line, 0, m.start()), False
        if said is None and not any(c.isdigit() for c in _LABEL.sub("", line[: m.start()], count=1)):
            said, near = _last_result(before), True
        if said is None:
            continue
        raw = shown = said.group(1)
        if said.group(2) is not None:  # "2 R3": between 2 and 3, only its way up or down is known
            if way is None or int(said.group(2)) == 0:
                continue
            raw, shown = f"{read_number(raw) + 0.5:g}", f"{raw} R{said.group(2)}"
        elif "." not in raw:
            continue  # only a part (6.125 buses) needs rounding: "25 dollars. Round up to 3 boxes" counts boxes
        if near and abs(read_number(result) - read_number(raw)) >= 2 * (place or 1.0):
            continue  # too far from the result above to round it: something else is counted
        if (fault := _judge(raw, result, way, place, parts=parts)) is not None:
            return m.start(2), fault.replace(raw, shown, 1)
    return None


_LABEL = re.compile(r"^\W*(?:step[ \t]*\d+\W*|\d+[.)][ \t]+)?", re.IGNORECASE)
"""A step's label before a rounding ("**Step 3:** Rounding up ...") is no number of its own."""


def _last_result(before: str) -> re.Match[str] | None:
    """The last result stated on the nearest line above that states one."""
    for above in reversed(before.split("\n")):
        if found := _LAST_RESULT.search(above):
            return found
    return None


def _judge(
    raw: str, said: str, way: str | None, place: float | None, cut: bool = False, parts: tuple[float, ...] = ()
) -> str | None:
    """Why ``said`` is no rounding of ``raw`` (``way`` up, down or None for the nearest; at ``place``, or at any
    place when None: a power of ten, or one of ``parts``), or None when it is one. A number ``cut`` short
    ("0.365...") may be anything up to one unit of its last digit more."""
    value, stated = read_number(raw), read_number(said)
    direction = (way or "").lower()
    places = [place] if place is not None else [10.0**k for k in range(-6, 10) if 10.0**k <= max(value, stated, 1)]
    places += parts if place is None else ()
    ends = [value, value + 10.0 ** -len(raw.partition(".")[2]) * (1 - 1e-9)] if cut else [value]
    if any(
        math.isclose(stated, v, rel_tol=1e-9, abs_tol=1e-9)
        for p in places
        for x in ends
        for v in rounded_at(x, p, direction)
    ):
        return None
    if cut and ends[0] <= stated <= ends[1]:
        return None  # "0.365..., which rounds to 0.3659": more digits of the same number
    if abs(stated - value) > max(1.5 * value, 2.0, place or 0.0):
        return None  # too far to be a rounding of it: "3 rounds to 12 judges" counts boxing rounds
    how = f"rounded {direction}" if direction else "rounded"
    where = f" to the nearest {place:g}" if place is not None else ""
    return f"{raw} {how}{where} is not {said}"


def rounded_at(value: float, place: float, direction: str) -> list[float]:
    """``value`` rounded at ``place`` (half up; a tie either way) in the direction named."""
    units = value / place
    if direction == "up":
        return [math.ceil(units - 1e-9) * place]
    if direction == "down":
        return [math.floor(units + 1e-9) * place]
    low = math.floor(units + 1e-9)
    if abs(units - low - 0.5) < 1e-9:
        return [low * place, (low + 1) * place]
    return [math.floor(units + 0.5) * place]


def _place_before(line: str, end: int) -> float | None:
    """The place named last before ``end`` ("to the nearest ten: 47 → 50; to the nearest hundred: 347 → 300")."""
    found = None
    for m in _PLACE.finditer(line, 0, end):
        found = m
    return None if found is None else _place_size(found.group(1))


def _place(text: str) -> float | None:
    return _place_before(text, len(text))


def _problem_place(problem: str) -> float | None:
    """The place the problem asks to round to, when it names one only: it makes "97 ≈ 100" a rounding."""
    places = {_place_size(name) for name in _PLACE.findall(problem)}
    return places.pop() if len(places) == 1 else None


def _place_size(name: str) -> float:
    """The size of a place as :data:`_PLACE` names it ("whole  number": 1, "hundred": 100)."""
    return _PLACES[re.sub(r"[ \t]+", " ", name.lower())]
