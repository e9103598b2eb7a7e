"""Operations named by a verb or a noun before their operands: "Multiply 8 by 7 to get 56", "Subtract 15 from 40,
which gives 25", "Add 12, 15 and 8 to get 35", "Dividing 120 by 4 gives 30", "the sum of 12 and 15 is 27", "the
difference between 40 and 15 is 25". Read left to right, such a line has no operator between its numbers, so the
chain reader sees only "7 to get 56" (a number restated) and passes it over.

:func:`read` turns the phrase into the side it names (``B - A`` for "subtract A from B"); the chain reader then
finds the marker and the stated result after it and judges them as it judges ``8 × 7 = 56``. Only plain numbers
are operands (``$12``, ``1,250``, ``2.5``), each followed by at most two unit words ("15 cups from 40 cups"):
"Add 10% to $50", "add the 3 eggs" or "divide by 4" are left alone.
"""

from __future__ import annotations

from mcrgen.validators.expression import Parser, Side
from mcrgen.validators.tokens import FRAC, LP, NUM, OP, PCT, POW, SEP, WORD
from mcrgen.validators.units import two_units
from mcrgen.validators.vocabulary import NOT_UNITS

_VERBS = {
    "add": "+", "adds": "+", "adding": "+", "sum": "+",
    "subtract": "-", "subtracts": "-", "subtracting": "-", "take": "-", "taking": "-", "takes": "-", "minus": "-",
    "multiply": "*", "multiplies": "*", "multiplying": "*", "product": "*",
    "divide": "/", "divides": "/", "dividing": "/", "quotient": "/",
    "difference": "|-|",
}  # fmt: skip
"""Every word that may open a phrase, and the operation it names."""
STARTERS = frozenset(_VERBS) | {"start", "starting"}
_MOVES = frozenset({"move", "moves", "go", "goes", "jump", "jumps", "count", "counting", "moving", "going"})
_DIRECTIONS = {"up": 1.0, "right": 1.0, "forward": 1.0, "down": -1.0, "left": -1.0, "back": -1.0}
"""A move along a number line: "Start at −5, move 6 down, and you land on −11"."""

_NOUNS = {"sum": ("of",), "product": ("of",), "quotient": ("of",), "difference": ("between", "of")}
"""A noun names its operation only before one of these words: "the sum of 12 and 15", not "a sum"."""
_JOINS = {
    "+": ("and", "to"),  # "add 12 and 15", "add 15 to 40"
    "-": ("from",),  # "subtract 15 from 40": 40 - 15
    "*": ("by", "and", "with"),  # "multiply 12 with 4"
    "/": ("by", "among", "into", "and"),  # "divide 120 among 4", "the quotient of 120 and 4"
    "|-|": ("and",),
}
_PARTICLES = {"take": ("away", "out"), "taking": ("away", "out"), "takes": ("away", "out"), "minus": ("off",)}
"""Verbs that name subtraction only with a particle: "take out 15 from 132", "minus off 2 from 7" (world
Englishes); "take 15" alone names no operation, and "minus" alone is the operator between two numbers."""
_LISTS = frozenset({"+", "*"})
"""Operations that take more than two operands: "add 12, 15 and 8"."""
_GOES_ON = frozenset({OP, PCT, POW, FRAC, LP, NUM})
_STOP = NOT_UNITS | {w for joins in _JOINS.values() for w in joins} | {"to", "is", "equals", "gives", "which"}


def read(p: Parser, i: int) -> tuple[Side | None, int]:
    """The side the phrase starting with the word at token ``i`` names, and the index after its last operand (and
    unit words); (None, i + 1) when no phrase starts there."""
    t, n = p.t, p.n
    word = t[i].word
    if word not in _VERBS:
        return _number_line(p, i)
    op, k = _VERBS[word], i + 1
    if word in _NOUNS:
        if k >= n or t[k].kind != WORD or t[k].word not in _NOUNS[word]:
            return None, i + 1
        k += 1
    elif word in _PARTICLES:  # "take away", "take out", "minus off": the verb needs its particle
        if k < n and t[k].kind == WORD and t[k].word in _PARTICLES[word]:
            k += 1
        elif word == "minus" or k + 2 >= n or t[k + 1].word not in _PARTICLES[word] or t[k + 2].word != "from":
            return None, i + 1  # "take 36 away from 54" has it after the first number
    elif k < n and t[k].kind == WORD and t[k].word == "up" and op == "+":
        k += 1  # "add up 18 and 22"
    values: list[float] = []
    named = False  # unit words between the operands ("15 cups from 40 cups")
    while True:
        value, k, units = _operand(p, k)
        if value is None:
            return None, i + 1
        values.append(value)
        named = named or units > 0
        if k < n and t[k].kind == SEP and t[k].word == "," and op in _LISTS and k + 1 < n and t[k + 1].kind == NUM:
            k += 1  # "add 12, 15 and 8"
            continue
        if k + 1 < n and t[k].kind == SEP and t[k].word == "," and t[k + 1].kind == WORD and t[k + 1].word == "and":
            k += 1  # "add 12, 15, and 8"
        joined = k + 1 < n and t[k].kind == WORD and t[k].word in _JOINS[op] and t[k + 1].kind == NUM
        if joined and (len(values) == 1 or (op in _LISTS and t[k].word == "and")):
            k += 1  # "multiply 8 by 7", "subtract 15 from 40"; "add 12, 15 and 8"
            continue
        break
    if len(values) < 2 or (len(values) > 2 and op not in _LISTS):
        return None, i + 1
    value = _apply(op, values)
    alts = (value,) if value is not None else ()
    mixed = op in ("+", "-", "|-|") and two_units(t[i:k])  # "add 3 hours and 45 minutes": a conversion
    start, end = t[i].start, t[k - 1].end
    side = Side(
        value, alts, True, start, end, None, 0, False, False, None, 0, False, units_inside=named, mixed_units=mixed
    )
    return side, k


def _number_line(p: Parser, i: int) -> tuple[Side | None, int]:
    """ "Start at A, move B up" (or right, down, left): A + B or A - B, as the side of the chain that follows."""
    t, n, k = p.t, p.n, i + 1
    if not p._is(k, WORD, "at"):
        return None, i + 1
    neg = p._is(k + 1, OP, "-") and k + 2 < n and not t[k + 2].sp
    start, k, _ = _operand(p, k + 1 + neg)
    k += p._is(k, SEP, ",")
    if start is None or k + 1 >= n or t[k].word not in _MOVES:
        return None, i + 1
    step, k, _ = _operand(p, k + 1)
    if step is None or t[k - 1].word not in _DIRECTIONS:
        return None, i + 1
    value = (-start if neg else start) + _DIRECTIONS[t[k - 1].word] * step
    return Side(value, (value,), True, t[i].start, t[k - 1].end, None, 0, False, False, None, 0, False), k


def _operand(p: Parser, k: int) -> tuple[float | None, int, int]:
    """A plain number at ``k`` (no percent, no fraction), the index after it and its unit words, and how many
    unit words there were."""
    t, n = p.t, p.n
    if k >= n or t[k].kind != NUM or t[k].val is None:
        return None, k, 0
    value, k = t[k].val, k + 1
    if k < n and t[k].kind in _GOES_ON:
        return None, k, 0  # "12%", "12 + 3", "1/2": not a plain operand
    units = 0
    while k < n and units < 2 and t[k].kind == WORD and t[k].word not in _STOP:
        k, units = k + 1, units + 1
    return value, k, units


def _apply(op: str, values: list[float]) -> float | None:
    """The value the operation gives: "subtract a from b" is ``b - a``, "the difference" the larger less the
    smaller."""
    if op == "+":
        return sum(values)
    if op == "*":
        out = 1.0
        for v in values:
            out *= v
        return out
    a, b = values
    if op == "/":
        return a / b if b else None
    if op == "|-|":
        return abs(a - b)
    return b - a  # "subtract a from b"
