"""Units as the arithmetic checker knows them: which words measure time, length, weight, money or volume, one
name per unit ("hrs", "h" -> "hour"), the symbols glued to a stated result ("300kg"), and whether a
computation adds two different units of one measure (hours and minutes), which only a conversion can do."""

from __future__ import annotations

import math
import re

from mcrgen.validators.tokens import EQ, NUM, OP, UNIT, WORD, Tok
from mcrgen.validators.vocabulary import OP_WORDS

SHORT_UNITS = frozenset({"g", "m", "s", "h", "l", "t", "w", "v", "j", "n", "a", "ω"})
"""Unit symbols of one letter ("250 g x 12", "5 m × 3", "14.25 t × 315 km", "10 W × 20 h", "820 N - 328 N", "120 V /
24 Ω", "2 A × 5 Ω"); other lone letters may be variables."""

_MEASURES = {
    "time": "second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks year years month "
    "months am pm noon",
    "length": "inch inches in foot feet ft yard yards yd yds mile miles mi cm mm centimeter centimeters meter meters m "
    "km kilometers",
    "weight": "ounce ounces oz pound pounds lb lbs gram grams g kilogram kilograms kg",
    "money": "cent cents dollar dollars",
    "volume": "cup cups pint pints pt quart quarts qt qts gallon gallons gal teaspoon teaspoons tsp tablespoon "
    "tablespoons tbsp ml milliliter milliliters liter liters l",
}  # fmt: skip
_MEASURE_OF = {w: family for family, words in _MEASURES.items() for w in words.split()}
_UNIT_NAME = {w: w[:-2] if w.endswith("ches") else w.rstrip("s") for w in _MEASURE_OF}
_UNIT_NAME.update({"feet": "foot", "ft": "foot", "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour"})
_UNIT_NAME.update({"h": "hour", "mi": "mile", "yd": "yard", "yds": "yard", "pt": "pint", "qt": "quart"})
_UNIT_NAME.update({"qts": "quart", "gal": "gallon", "tsp": "teaspoon", "tbsp": "tablespoon", "in": "inch"})
_UNIT_NAME.update({"m": "meter", "l": "liter", "ml": "milliliter", "cm": "centimeter", "mm": "millimeter"})
_UNIT_NAME.update({"km": "kilometer", "kg": "kilogram", "g": "gram", "oz": "ounce", "lb": "pound", "lbs": "pound"})


# Units glued to a stated result ("300kg"): the number is still the result. Other glued letters are not
# ("5x", "3a"); an ordinal result ("4th place") is still its number.
GLUED_UNITS = frozenset(
    "kg g km m cm mm lb lbs oz ft mi mph ml hr hrs h min mins sec secs yr yrs pm am gal qt kb mb gb st nd rd th l đ "
    "in yd ft² m² cm² km² in² yd² m³ cm³".split()
)


_WIDE_TAIL = re.compile("[\u2e80-\uffff]+$")


_GLUED_NOUN = re.compile(r"[a-z]{3,}").fullmatch
"""A result's noun glued to it as students type ("= 64bars", "= 15muffins"): three letters or more (one or two
may be a variable); not "xff" ("= 0xff" in code), nor a unit a chain goes on from ("100cents=$1": in dollars)."""


def glued_unit(t: list[Tok], j: int, right: bool) -> bool:
    """Are the letters glued to the number before token ``j`` its unit? On a stated result always ("= 300kg");
    on a left operand, two or more letters before an operator or an equality ("14min ×", "153cm +"), or one
    letter before a spaced product or quotient ("7h × $3.75", "117L ÷ 4"). One letter before a sum is a variable
    ("2L + 8 = 22"); scaling by one reads the same either way. Korean glued after the unit is not part of it
    ("= 430km입니다")."""
    word = t[j].word if t[j].word.isascii() else _WIDE_TAIL.sub("", t[j].word)
    if word not in GLUED_UNITS:
        if not right or _GLUED_NOUN(word) is None or word.startswith("x"):
            return False
        return not is_measure(word) or j + 1 >= len(t) or t[j + 1].kind != EQ  # "=5cups"; not "=100cents=$1"
    if right:
        return True
    if j + 1 >= len(t):
        return False
    nxt = t[j + 1]
    if len(t[j].word) > 1:
        return nxt.kind in (OP, EQ)
    return nxt.kind == OP and nxt.sp and nxt.word in ("*", "/")


def unit_name(word: str) -> str | None:
    """The unit ``word`` names, one name per unit ("hrs", "h" -> "hour"; "mins" -> "minute"), or None."""
    return _UNIT_NAME.get(word)


def is_measure(word: str) -> bool:
    """Does ``word`` name a unit of time, length, weight, money or volume?"""
    return word in _MEASURE_OF


def mixed_units(toks: list[Tok]) -> bool:
    """Are two different units of one measure (hours and minutes, feet and inches) added or subtracted here? A
    product or a quotient of them is a conversion (``10 hours * 60 minutes/hour``), judged as written."""
    summed = any(tok.word in "+-" if tok.kind == OP else OP_WORDS.get(tok.word) in ("+", "-") for tok in toks)
    if not summed or not two_units(toks):
        return False
    return not any(_factor_after(toks, k) for k, tok in enumerate(toks) if tok.kind == WORD)


_FACTORS = {"hour": 60.0, "minute": 60.0, "foot": 12.0, "yard": 3.0, "pound": 16.0, "gallon": 4.0, "year": 12.0}
_FACTORS |= {"week": 7.0, "day": 24.0, "meter": 100.0, "kilometer": 1000.0, "liter": 1000.0}
"""How many of the next smaller unit one of these holds: "5 feet × 12 + 10 inches" converts as it is written."""


def _factor_after(toks: list[Tok], k: int) -> bool:
    """Is the unit at ``k`` multiplied by its own factor right after it ("2 hours × 60 + 25 minutes")?"""
    factor = _FACTORS.get(_UNIT_NAME.get(toks[k].word, ""))
    if factor is None or k + 2 >= len(toks):
        return False
    op, num = toks[k + 1], toks[k + 2]
    return op.kind == OP and op.word == "*" and num.kind == NUM and num.val == factor


def two_units(toks: list[Tok]) -> bool:
    """Are two different units of one measure named here (hours and minutes, feet and inches)?"""
    seen: dict[str, str] = {}
    for tok in toks:
        family = _MEASURE_OF.get(tok.word) if tok.kind in (WORD, UNIT) else None
        if family is not None and seen.setdefault(family, _UNIT_NAME[tok.word]) != _UNIT_NAME[tok.word]:
            return True
    return False


_PER_ROUND = re.compile(r"/[ ]*(10+)[ ]*[a-z]+$")
"""A unit per a round quantity, as a LaTeX unit's text reads: "l/100 km"."""


def per_hundred(t: list[Tok], w: int) -> bool:
    """A unit per a round quantity at token ``w``: ``/100 km``, ``/100g`` (not ``/ 100``, a division)."""
    if not (w + 2 < len(t) and t[w].kind == OP and t[w].word == "/" and t[w + 1].kind == NUM):
        return False
    size = t[w + 1].val or 0
    return t[w + 2].kind == WORD and not (t[w].sp or t[w + 1].sp) and size >= 10 and math.log10(size).is_integer()


def per_round(t: list[Tok], start: int, end: int) -> float | None:
    """The round quantity the units in tokens ``start:end`` are per, if any: "L/100 km", "\\text{ kWh/100 km}":
    100."""
    for w in range(start, end):
        if t[w].kind == UNIT and (m := _PER_ROUND.search(t[w].word)) is not None:
            return float(m.group(1))
        if w + 2 < end and per_hundred(t, w):
            return t[w + 1].val or None
    return None
