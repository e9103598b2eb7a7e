"""A multiple of π written as a decimal: "121π ≈ 380.13", "= 40\\pi \\approx 125.66 \\text{ m}", "2 × π × 40 ≈
251.33", "| 4π | ≈ 12.57 |", or a line "A ≈ 50.27 m²" under one that ends with "= π × 16". Set 38's genre (circles'
areas and circumferences) ends most of its computations this way; the arithmetic scan does not read π (it is no
number it can parse).

The decimal must be the multiple at the digits shown for a value writers take for π: π itself or 3.14, or one the
solution or the problem names (3.142, 3.1416, 3.14159, 22/7); rounded after "≈", rounded or cut after "=".
"""

from __future__ import annotations

import math
import re

_ALWAYS = (math.pi, 3.14)
_NAMED = {"3.142": 3.142, "3.1416": 3.1416, "3.14159": 3.14159, "22/7": 22 / 7, "\\frac{22}{7}": 22 / 7}
_NUM = r"(\d+(?:\.\d+)?)"
_TIMES = r"(?:×|\*|·|\\times\b|\\cdot\b)"
_TERM = (
    rf"(?<![\w.^{{}})/])(?<![-+×*·÷/−)][ \t])(?<!\\times[ \t])(?<!\\cdot[ \t])(?<!\\div[ \t])(?<![-+×*·÷/−])"
    rf"(?<!\d/\d[ \t])(?<!\d/\d\d[ \t])"
    rf"(?:{_NUM}[ \t]*{_TIMES}?[ \t]*)?(?:π|\\pi\b)"
    rf"(?:[ \t]*{_TIMES}[ \t]*{_NUM}(?![\d.]*(?:[ \t]*\^|[²³])))?"
)
"""A multiple of π: "121π", "40\\pi", "2 × π × 40", "π × 16", "2π × 14" (not "π × 11²", a power to work out,
nor "C ÷ π = 28", a quotient)."""
_SAID = rf"[ \t]*\|?[ \t]*\**[ \t]*(≈|=|\\approx\b)[ \t]*\**[ \t]*\$?{_NUM}(?![\d.]*[ \t]*(?:[-+×*/÷·^(]|π|\\pi))"
_MULTIPLE = re.compile(_TERM + _SAID)
"""A multiple, then its decimal (not one that goes on computing: "= 16π ≈ 50.27 × 2")."""
_ENDS_WITH = re.compile(rf"=[ \t]*{_TERM}[ \t$\\\])]*\Z")
"""A line that ends with a multiple of π ("A = π × 16")."""
_LABELLED = re.compile(r"[ \t]*[A-Za-z]{1,12}[ \t]*" + _SAID)
"""A line that states a labelled decimal ("A ≈ 50.27 m²")."""


def MAY_HOLD(text: str, pos: int = 0, end: int | None = None) -> bool:
    """A "π" or "\\pi" in ``text[pos:end]``: most lines have none and are not read (substrings, claims.py)."""
    stop = len(text) if end is None else end
    return text.find("π", pos, stop) >= 0 or text.find("\\pi", pos, stop) >= 0


_THREE = re.compile(r"(?:π|\\pi)[ \t]*(?:=|≈|\\approx|is about|as)[ \t]*3(?![.\d])")
"""A problem or solution that takes π as 3 ("Use π = 3", "Using π ≈ 3")."""


def check_line(line: str, at: int, above: str, problem: str, text: str, upto: int) -> tuple[int, str] | None:
    """The first multiple of π on ``line`` (at offset ``at``) written as a decimal it is not: (offset, detail),
    or None. ``above`` is the line before it; the values of π that ``problem`` or ``text[:upto]`` (the solution so
    far) name count."""
    values = _ALWAYS + tuple(v for name, v in _NAMED.items() if name in problem or text.find(name, 0, upto) >= 0)
    values += (3.0,) if _THREE.search(problem) or _THREE.search(text, 0, upto) else ()
    for m in _MULTIPLE.finditer(line):
        if (fault := _judge(_times(m.group(1), m.group(2)), m.group(3), m.group(4), values)) is not None:
            return at + m.start(4), fault
    end, said = _ENDS_WITH.search(above.rstrip()), _LABELLED.match(line)
    if end is not None and said is not None:
        if (fault := _judge(_times(end.group(1), end.group(2)), said.group(1), said.group(2), values)) is not None:
            return at + said.start(2), fault
    return None


def _times(before: str | None, after: str | None) -> float:
    return float(before or 1) * float(after or 1)


def _judge(times: float, sign: str, said: str, values: tuple[float, ...]) -> str | None:
    dec = len(said.partition(".")[2])
    if dec == 0:
        return None  # "= 36π = 113 m²", "25π ≈ 80": a whole number may be an estimate of any closeness
    unit, stated = 10.0**-dec, float(said)
    cut = sign == "="
    for value in values:
        exact = times * value
        if abs(exact - stated) <= 0.5 * unit * (1 + 1e-9) + 1e-9:
            return None
        if cut and abs(math.trunc(exact / unit + 1e-6) * unit - stated) <= 1e-9 * max(1.0, exact):
            return None
    return f"{times:g}π is {times * math.pi:.{dec + 2}f}, not {said}"
