"""Unit conversions stated as facts: ``7 hours = 420 minutes``, ``10 kilometers = 10,000 meters``, ``1.5 \\text{
liters} = 1,500 \\text{ milliliters}``. A number with a unit, ``=``, a number with another unit of the same
measure: the first times the factor between them must be the second.

Only pairs whose factor is fixed are read: a day, week or month may be a working one (``1 day = 8 hours``), so
none of those is judged. A pound is read as a weight only beside ounces (money has no ounces), and cups, spoons,
pints, quarts and gallons only among themselves (an ounce beside them is a fluid one, not read). The right side
may be a measure in two units: ``118 seconds = 1 minute 58 seconds``, ``189 qt → 47 gal 1 qt``.
"""

from __future__ import annotations

from mcrgen.validators.expression import Parser
from mcrgen.validators.scanned import JUDGE, PENDING
from mcrgen.validators.tokens import EQ, NUM, OP, SEP, UNIT, WORD, Tok

_UNITS = {
    "second": ("time", 1 / 60), "minute": ("time", 1.0), "hour": ("time", 60.0),
    "millimeter": ("metric", 0.001), "centimeter": ("metric", 0.01), "meter": ("metric", 1.0),
    "kilometer": ("metric", 1000.0),
    "inch": ("imperial", 1 / 12), "foot": ("imperial", 1.0), "yard": ("imperial", 3.0), "mile": ("imperial", 5280.0),
    "milligram": ("mass", 0.001), "gram": ("mass", 1.0), "kilogram": ("mass", 1000.0),
    "microliter": ("volume", 1e-6), "milliliter": ("volume", 0.001), "liter": ("volume", 1.0),
    "microgram": ("mass", 1e-6), "millimole": ("amount", 0.001), "mole": ("amount", 1.0),
    "cent": ("money", 0.01), "dollar": ("money", 1.0),
    "ounce": ("weight", 1 / 16), "pound": ("weight", 1.0),
    "teaspoon": ("kitchen", 1 / 48), "tablespoon": ("kitchen", 1 / 16), "cup": ("kitchen", 1.0),
    "pint": ("kitchen", 2.0), "quart": ("kitchen", 4.0), "gallon": ("kitchen", 16.0),
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
    "ma": "milliampere", "n": "newton", "newtons": "newton", "kn": "kilonewton", "yds": "yard",
    "in": "inch", "oz": "ounce", "ounces": "ounce", "lb": "pound", "lbs": "pound", "pounds": "pound", "tsp": "teaspoon",
    "teaspoons": "teaspoon", "tbsp": "tablespoon", "tablespoons": "tablespoon", "cups": "cup", "pints": "pint",
    "pt": "pint", "quarts": "quart", "qt": "quart", "qts": "quart", "gallons": "gallon", "gal": "gallon",
    "µl": "microliter", "μl": "microliter", "microliters": "microliter", "µg": "microgram", "μg": "microgram",
    "mcg": "microgram", "mol": "mole", "moles": "mole", "mmol": "millimole", "millimoles": "millimole",
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
    a, k = amount(p, i)
    first, eq = _unit(p, k)
    size = _UNITS[first][1] if first is not None else 1.0
    whole = _smaller_part(p, eq, first, False) if first is not None and eq < n and t[eq].kind != EQ else None
    if isinstance(whole, tuple):  # "6 ft 1 in = ...", "2 hours and 15 minutes = ...": read in the smaller unit
        part, smaller, eq = whole
        a, size = (a or 0.0) * size / _UNITS[smaller][1] + part, _UNITS[smaller][1]
        first = smaller
    if eq + 2 >= n:
        return nothing  # the parser looks at most this far ahead: a later call sees the rest
    b = t[eq + 1].val
    if not is_equals(t[eq]) or t[eq + 1].kind != NUM or a is None or b is None or first is None:
        return nothing
    back = i - 2 if i >= 2 and t[i - 1].kind == WORD and t[i - 1].word == "and" else i - 1
    if back >= 0 and (_unit(p, back)[0] is not None or t[back].kind == NUM):
        return nothing  # "1 hour 45 minutes = 1.75 hours" read from "45": the number is only part of the quantity
    if t[eq + 2].kind == SEP and t[eq + 2].word == "" and eq + 3 < n:
        eq += 1  # "$v = 54 \\, \\text{km/h} = 15$ m/s": the unit after the closing "$"
    second, after = _unit(p, eq + 2)
    if open_end and after >= n:
        return PENDING, 0.0, 0.0, 0, i  # the unit may still grow ("m" -> "m/s", "97 in" -> "97 inches")
    if second is None or (first == second and whole is None) or _UNITS[first][0] != _UNITS[second][0]:
        return nothing
    rest = _smaller_part(p, after, second, open_end)
    if rest is PENDING:
        return PENDING, 0.0, 0.0, 0, i
    if isinstance(rest, tuple):  # "118 seconds = 1 minute 58 seconds", "= 5 ft 1 in": both in the smaller unit
        part, unit, after = rest
        small = _UNITS[unit][1]
        return JUDGE, a * size / small, b * _UNITS[second][1] / small + part, t[eq + 1].dec, after
    if after < n and t[after].kind == OP:
        return nothing  # "1 cm = 75 km ÷ 6 cm = 12.5 km": a map's scale computed on, not a conversion
    return JUDGE, a * size / _UNITS[second][1], b, t[eq + 1].dec, after


def amount(p: Parser, i: int) -> tuple[float | None, int]:
    """The number starting at token ``i`` and the index after it: a plain number, or a fraction written with a
    slash and no spaces ("3/4 hour = 45 minutes", "5/4 hour = 75 minutes", "1/2 cup = 8 tbsp"), which is a
    quantity there, not a division to judge. An improper one may be a division loosely written ("150/60 minutes
    = 2.5 hours"): :func:`improper` tells the judge to read it so when the conversion does not hold."""
    t = p.t
    if i + 3 < p.n and t[i + 1].kind == OP and t[i + 1].word == "/" and t[i + 2].kind == NUM:
        num, den = t[i].val, t[i + 2].val
        if not (t[i + 1].sp or t[i + 2].sp) and num is not None and den is not None and 0 < num and 0 < den:
            return num / den, i + 3
    return t[i].val, i + 1


def improper(p: Parser, i: int) -> bool:
    """Is the amount at token ``i`` a fraction above 1 ("5/4 hour", "150/60 minutes")?"""
    a, k = amount(p, i)
    return k == i + 3 and a is not None and a > 1


def two_units_then_equals(p: Parser, i: int) -> bool:
    """Does a measure in two units and ``=`` (or an arrow) start at token ``i`` ("6 ft 1 in =", "2 hours and 15
    minutes →")? The scan reads such a side as a plain number, so it asks first."""
    first, k = _unit(p, i + 1)
    whole = _smaller_part(p, k, first, False) if first is not None and k < p.n else None
    return isinstance(whole, tuple) and whole[2] < p.n and is_equals(p.t[whole[2]])


def is_equals(tok: Tok) -> bool:
    """``=``, an arrow between a measure and the same measure in other units ("321 s → 5 min 21 s"), or "is"
    ("3/4 hour is 45 minutes")."""
    return tok.kind == EQ or (tok.kind == SEP and tok.word == "→") or (tok.kind == WORD and tok.word == "is")


def _smaller_part(p: Parser, k: int, unit: str, open_end: bool) -> tuple[float, str, int] | str | None:
    """After ``N unit`` at token ``k``: the rest of a measure in two units ("1 minute 58 seconds", "5 ft and 1 in")
    as (the second number, its unit, the index after it); PENDING while it may still come or grow ("= 1 minute",
    "= 2 km 910 m" before "mm"); None if there is none."""
    t, n = p.t, p.n
    if k < n and t[k].kind == WORD and t[k].word == "and":
        k += 1
    if k + 1 >= n:
        return PENDING if open_end else None
    part = t[k].val if t[k].kind == NUM else None
    if part is None:
        return None
    smaller, after = _unit(p, k + 1)
    if open_end and (after >= n or (smaller is None and k + 2 >= n)):
        return PENDING  # the unit may still grow, or still be written ("\\text{ s")
    if smaller is None or _UNITS[smaller][0] != _UNITS[unit][0] or _UNITS[smaller][1] >= _UNITS[unit][1]:
        return None
    if after < n and t[after].kind == OP:
        return None
    return part, smaller, after
