"""Times written with colons and computed on: race splits added up ("1:54 + 1:53 + 1:50 = 5:37"), a pace times a
distance ("4:55 per km × 10 km = 49:10"), an average lap ("7:05 ÷ 5 = 1:25"), time saved ("1:02:08 − 58:34 =
3:34"). The arithmetic scan reads "4:55" as a time of day, which is not added or multiplied, so it reads none of
these (set 64's paces, laps and speedruns).

Every part is read in base 60, whatever it counts: minutes and seconds ("4:55"), hours and minutes, or hours,
minutes and seconds ("1:02:08", beside which "58:34" is minutes and seconds). A chain is judged only when every
time has two-digit parts under 60 (a ratio, "3:4", is not one) and no clock is near: a time of day ("2:30 pm +
1:45 = 4:15 pm") wraps at noon and midnight, so a result off by 12 or 24 hours is not judged either. A quotient
may be rounded or cut to its last part ("8:23 ÷ 4 ≈ 2:05" for 2:05.75). In a table the next cell states the
result ("| 5:14 × 8 | 41:52 |").
"""

from __future__ import annotations

import re

_TIME = r"\d{1,2}(?::[0-5]\d){1,2}(?:\.\d{1,3})?(?![\d:])"
_UNIT = r"(?:[ \t]*(?:per|/)[ \t]*(?:km|mi|mile|kilometer|kilometre|lap|100[ \t]*m)\b|[ \t]+(?:km|mi|miles?|laps?)\b)"
_OP = r"(?:\+|-|−|–|×|x|\*|·|÷|/|\\times|\\div|\\cdot|plus|minus|times|divided[ \t]+by)"
_TERM = rf"(?:{_TIME}|\d+(?:\.\d+)?(?![\d:]))"
_EQUALS = r"(?:=|≈|~|\||is|equals|gives|makes|comes[ \t]+to)"
_CHAIN = re.compile(
    rf"(?<![\d:.,/])(?<![-+−–×·÷/][ \t])(?:{_TERM}{_UNIT}?[ \t]*{_OP}[ \t]*){{1,8}}{_TERM}{_UNIT}?"
    rf"[ \t]*\**[ \t]*{_EQUALS}[ \t]*\**[ \t]*{_TIME}(?![ \t]*(?:[-+−–×·÷/]|\*(?!\*)|plus\b|minus\b|times\b))"
)
"""A whole computation and its stated time: not the tail of a longer one ("+ 4:40 × 6 = ..."), nor a time the
chain goes on from ("= 41:52 + 28:00 = 69:52" is read from "41:52")."""
_PIECE = re.compile(rf"(?P<time>{_TIME})|(?P<num>\d+(?:\.\d+)?)|(?P<unit>{_UNIT})|(?P<op>{_OP})|(?P<eq>{_EQUALS})")
_CLOCK = re.compile(r"\b(?:[ap]\.?m\b\.?|noon|midnight|o'clock|clock)", re.IGNORECASE)
_COLON_TIME = re.compile(r"\d:[0-5]\d").search


def MAY_TIME(line: str) -> bool:
    """A time with a colon: most lines have none and are not read (a colon looked for first, claims.py)."""
    return ":" in line and _COLON_TIME(line) is not None


_SIGNS = {"+": 1, "plus": 1, "-": -1, "−": -1, "–": -1, "minus": -1}
_TIMES = {"×", "x", "*", "·", "\\times", "\\cdot", "times"}
_OVER = {"÷", "/", "\\div", "divided by"}


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first chain of colon times on ``line`` (at offset ``at``) whose stated result is wrong: (offset,
    detail), or None."""
    if _CLOCK.search(line):
        return None
    for chain in _CHAIN.finditer(line):
        fault = _judge(chain.group())
        if fault is not None:
            return at + chain.start(), fault
    return None


def _judge(chain: str) -> str | None:
    """What is wrong with the chain's stated result, or None when it holds or is not read."""
    pieces = [(m.lastgroup, m.group()) for m in _PIECE.finditer(chain.replace("**", "  ")) if m.lastgroup != "unit"]
    kinds = [kind for kind, _ in pieces]
    if kinds[0] != "time" or kinds[-2:] != ["eq", "time"] or any(k == kinds[i + 1] for i, k in enumerate(kinds[:-1])):
        return None
    # Terms of a sum, each a time scaled by numbers ("5:14 × 8 + 4:40 × 6": products first)
    total, term, sign, loose = 0.0, _value(pieces[0][1]), 1, pieces[-2][1] in ("≈", "~")
    for (_, op), (kind, item) in zip(pieces[1:-2:2], pieces[2:-2:2], strict=True):
        op = " ".join(op.split())
        if op in _SIGNS and kind == "time":
            total, term, sign = total + sign * term, _value(item), _SIGNS[op]
        elif op in _TIMES and kind == "num":
            term *= float(item)
        elif op in _OVER and kind == "num" and float(item):
            term, loose = term / float(item), True
        else:
            return None  # a time times a time, a number added to a time: not a computation read here
    total += sign * term
    stated = pieces[-1][1]
    said = _value(stated)
    if abs(total - said) < (1 if loose else 0.5 * 10.0 ** -_decimals(stated)) + 1e-9:
        return None
    if min(abs(abs(total - said) - k * 720 * size) for k in (1, 2) for size in (1, 60)) < 1:
        return None  # twelve or twenty-four hours apart: a clock's time wrapped
    return f"{chain.strip()}: that is {_show(total, stated)}"


def _decimals(time: str) -> int:
    return len(time.partition(".")[2])


def _value(time: str) -> float:
    """A time in units of its last part. A shorter time beside a longer one is its lower parts ("58:34" beside
    "1:02:08": minutes and seconds), as base 60 reads it."""
    value = 0.0
    for part in time.split(":"):
        value = value * 60 + float(part)
    return value


def _show(value: float, stated: str) -> str:
    """``value`` written as ``stated`` is: "49:10", "1:10:15"."""
    value = round(value, _decimals(stated))
    parts = []
    for _ in range(stated.count(":")):
        value, low = divmod(value, 60)
        parts.append(f"{low:05.2f}".rstrip("0").rstrip(".") if low % 1 else f"{int(low):02d}")
    return ":".join([f"{int(value)}", *reversed(parts)])
