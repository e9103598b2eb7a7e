"""Unit conversions stated as facts: ``7 hours = 420 minutes``, ``10 kilometers = 10,000 meters``, ``1.5 \\text{
liters} = 1,500 \\text{ milliliters}``. A number with a unit, ``=``, a number with another unit of the same
measure: the first times the factor between them must be the second.

Only pairs whose factor is fixed are read: a day, week or month may be a working one (``1 day = 8 hours``), a
pound may be money, a cup or an ounce a volume or a weight, so none of those is judged.
"""

from __future__ import annotations

from mcrgen.validators.expression import Parser
from mcrgen.validators.scanned import JUDGE, PENDING
from mcrgen.validators.tokens import EQ, NUM, OP, SEP, UNIT, WORD

_UNITS = {
    "second": ("time", 1 / 60), "minute": ("time", 1.0), "hour": ("time", 60.0),
    "millimeter": ("metric", 0.001), "centimeter": ("metric", 0.01), "meter": ("metric", 1.0),
    "kilometer": ("metric", 1000.0),
    "inch": ("imperial", 1 / 12), "foot": ("imperial", 1.0), "yard": ("imperial", 3.0), "mile": ("imperial", 5280.0),
    "milligram": ("mass", 0.001), "gram": ("mass", 1.0), "kilogram": ("mass", 1000.0),
    "milliliter": ("volume", 0.001), "liter": ("volume", 1.0),
    "cent": ("money", 0.01), "dollar": ("money", 1.0),
    "joule": ("energy", 1.0), "kilojoule": ("energy", 1000.0), "watt": ("power", 1.0), "kilowatt": ("power", 1000.0),
    "ampere": ("current", 1.0), "milliampere": ("current", 0.001), "newton": ("force", 1.0),
    "kilonewton": ("force", 1000.0), "km/h": ("speed", 1 / 3.6), "m/s": ("speed", 1.0),
}  # fmt: skip
"""Each unit's measure and its size in that measure's base unit (time: minutes; metric and imperial lengths are
apart: no pair between them is read)."""
_SPELLINGS = {
    "seconds": "second", "sec": "second", "secs": "second", "minutes": "minute", "min": "minute",
    "mins": "minute", "hours": "hour", "hr": "hour", "hrs": "hour", "mm": "millimeter",
    "millimeters": "millimeter", "millimetres": "millimeter", "millimetre": "millimeter", "cm": "centimeter",
    "centimeters": "centimeter", "centimetres": "centimeter", "centimetre": "centimeter", "meters": "meter",
    "metres": "meter", "metre": "meter", "km": "kilometer", "kilometers": "kilometer", "kilometres": "kilometer",
    "kilometre": "kilometer", "inches": "inch", "feet": "foot", "ft": "foot", "yards": "yard", "yd": "yard",
    "miles": "mile", "mg": "milligram", "milligrams": "milligram", "grams": "gram", "g": "gram",
    "kg": "kilogram", "kilograms": "kilogram", "ml": "milliliter", "milliliters": "milliliter",
    "millilitres": "milliliter", "liters": "liter", "litres": "liter", "litre": "liter", "l": "liter",
    "cents": "cent", "dollars": "dollar", "s": "second", "h": "hour", "m": "meter",
    "j": "joule", "joules": "joule", "kj": "kilojoule", "kilojoules": "kilojoule", "w": "watt", "watts": "watt",
    "kw": "kilowatt", "kilowatts": "kilowatt", "a": "ampere", "amperes": "ampere", "amps": "ampere",
    "ma": "milliampere", "n": "newton", "newtons": "newton", "kn": "kilonewton",
}  # fmt: skip
"""Symbols as science writes them too (``4 min = 240 s``, ``94 kJ = 94,000 J``, ``120 mA = 0.12 A``): a lone
letter is read as a unit only in ``N unit = M unit``."""


def _unit(p: Parser, k: int) -> tuple[str | None, int]:
    """The unit named from the token at ``k`` on (a word, ``\\text{ minutes}``, a rate glued together: ``km/h``),
    if it is one read here, and the index after it."""
    if k >= p.n or p.t[k].kind not in (WORD, UNIT):
        return None, k
    word = p.t[k].word
    if k + 2 < p.n and p.t[k + 1].kind == OP and p.t[k + 1].word == "/" and p.t[k + 2].kind == WORD:
        if not (p.t[k + 1].sp or p.t[k + 2].sp):
            word, k = f"{word}/{p.t[k + 2].word}", k + 2
    return (word if word in _UNITS else _SPELLINGS.get(word)), k + 1


def read(p: Parser, i: int, open_end: bool) -> tuple[str | None, float, float, int, int]:
    """(JUDGE, the first number in the second's unit, the second number, its decimals, index after it) when
    ``N unit = M other-unit`` starts at token ``i``; PENDING while the second unit may still grow ("97 in" ->
    "97 inches"); None when this is not one (the other fields then mean nothing)."""
    t, n = p.t, p.n
    nothing = None, 0.0, 0.0, 0, i
    first, eq = _unit(p, i + 1)
    if eq + 2 >= n:
        return nothing  # the parser looks at most this far ahead: a later call sees the rest
    a, b = t[i].val, t[eq + 1].val
    if t[eq].kind != EQ or t[eq + 1].kind != NUM or a is None or b is None or first is None:
        return nothing
    back = i - 2 if i >= 2 and t[i - 1].kind == WORD and t[i - 1].word == "and" else i - 1
    if back >= 0 and (_unit(p, back)[0] is not None or t[back].kind == NUM):
        return nothing  # "1 hour 45 minutes = 1.75 hours": the number is only part of the quantity
    if t[eq + 2].kind == SEP and t[eq + 2].word == "" and eq + 3 < n:
        eq += 1  # "$v = 54 \\, \\text{km/h} = 15$ m/s": the unit after the closing "$"
    second, after = _unit(p, eq + 2)
    if open_end and after >= n:
        return PENDING, 0.0, 0.0, 0, i  # the unit may still grow ("m" -> "m/s", "97 in" -> "97 inches")
    if second is None or first == second or _UNITS[first][0] != _UNITS[second][0]:
        return nothing
    if after < n and t[after].kind == OP:
        return nothing  # "1 cm = 75 km ÷ 6 cm = 12.5 km": a map's scale computed on, not a conversion
    return JUDGE, a * _UNITS[first][1] / _UNITS[second][1], b, t[eq + 1].dec, after
