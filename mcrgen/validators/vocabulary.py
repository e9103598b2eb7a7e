"""The words the arithmetic checker reads as operators, scales and links between numbers: "times", "divided
by", "dozen", "and", "half of", "twice"... (:mod:`lexer` and the parser share them)."""

from __future__ import annotations

from mcrgen.validators import foreign
from mcrgen.validators.spoken import NUMBER_WORDS

OP_WORDS = {
    "x": "*",
    "times": "*",
    "plus": "+",
    "minus": "-",
    "divide": "/",
    "less": "-",
    "into": "into",
} | foreign.OP_WORDS
"""Operators in words between two numbers; "divide" and "less" as world Englishes write them ("1,350 divide 30
is 45", "2,190 less 30 = 2,160", "7 into 54 = 378": see :func:`readings.side_readings`); an operator word not
followed by a number ends the expression."""
# Two-word operators: "divided by", "multiplied by".
OP_PAIRS = {"divided": ("/", ("by", "on")), "multiplied": ("*", ("by", "on")), "added": ("+", ("to",))}
OP_PAIRS |= foreign.OP_PAIRS
GROUP_WORDS = frozenset({"lots", "lot", "groups", "sets"})
"""Multiplication in words: "six lots of $1.75", "3 groups of 12"."""
# A number followed by one of these is a different quantity (2 dozen = 24), too ambiguous to judge.
SCALE_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"})
SCALE_WORDS |= {"billion", "billions", "trillion", "k", "m", "bn", "score", "pair", "pairs", "half", "quarter"}
# A result followed by one of these may be a count of it ("84 / 12 = 7 dozen") or the quantity (7 x 12).
SCALE_VALUES = {"dozen": 12.0, "dozens": 12.0, "hundred": 1e2, "hundreds": 1e2, "thousand": 1e3, "thousands": 1e3}
SCALE_VALUES |= {"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "k": 1e3, "score": 20.0}
SCALE_VALUES |= {"pair": 2.0, "pairs": 2.0, "m": 1e6, "bn": 1e9, "trillion": 1e12}
# Words that link clauses, never units: "39 and -11 + 50" is two expressions.
ROUND_WORDS = frozenset({"round", "rounded", "rounding", "rounds"})
"""Words that say a number is rounded ("rounded up to 1/4 yd", "→ round down to 259")."""
LINK_WORDS = frozenset(
    "and or so then but is are was were be which that the we he she it they this these there thus hence while "
    "gives give get gets yields since because if when where with for to from by in on at as than equals equal "
    "makes that's it's there's here's thats comes come came leaves leaving split shared means meaning works work "
    "worked".split()
)
# "half of 8 + 2": a fraction word before "of" makes the expression after it part of a bigger one.
FRACTION_WORDS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths tenth tenths twice double "
    "triple thrice percent".split()
)
# "twice 18", "half of 36", "a third of 27": a number scaled by a word before it.
MULTIPLIER_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "thrice": 3.0}
PART_WORDS = {"half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fourth": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10}
PART_WORDS.update({f"one-{w}": v for w, v in PART_WORDS.items() if w != "half"} | {"one-half": 1 / 2})
FRACTION_WORDS |= frozenset(PART_WORDS)
NOT_UNITS = frozenset(OP_WORDS) | frozenset(OP_PAIRS) | SCALE_WORDS | LINK_WORDS | {"of", "percent"} | set(NUMBER_WORDS)
VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5}
VULGAR |= {"⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
"""Vulgar fractions as one char ("½", "2¾"; also "&frac12;" in a web page's text)."""
