"""Values LaTeX writes with a command, as competition solutions do: a ``\\frac{}{}``'s parts (``\\$200``,
``210 \\text{ miles}``, ``500 \\cdot 25``), ``\\binom{7}{2}``, ``\\sqrt{144}``, ``\\left\\lfloor \\frac{22}{3}
\\right\\rfloor`` and ``6!``. Each is a value the lexer hands on as one token, like a fraction; anything with an
unknown in it (``\\sqrt{x}``, ``\\binom{n}{2}``) has no value and stays undecided."""

from __future__ import annotations

import math
import re

_IN_FRACTION = re.compile(
    r"\\(?:text|mbox|mathrm|textrm)\s*\{[^{}]*\}(?:\^\s*(?:\{-?\d\}|\d))?|\^\s*\{?\\circ\}?|\\?\$|\\[,;! ]|\\Omega|\s"
)
"""What a fraction's part may hold around its number: units (``\\text{ miles}``, ``\\text{cm}^3``, ``^\\circ``), a
currency sign, spacing. A percent sign is not: ``\\frac{5,000 \\times 80\\%}{100}`` means 5,000 x 80 / 100 but
``\\frac{19.99\\%}{12}`` 0.1999 / 12, so a part with one has no value."""
_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_COMMA_NUMBERS = re.compile(r"-?[\d.]*,[\d.,]*").findall
"""The runs of digits with a comma in a part (``600,000`` of ``600,000\\times500``): each must group thousands."""
_TERMS = re.compile(r"(\d+(?:\.\d+)?(?:e[-+]?\d+)?)|(\\cdot|\\times|\\div|[-+*/×·÷−])")
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)(?:\\times|\\cdot|×|·)10\^(?:\{(-?\d+)\}|(\d))")
"""``1.204 \\times 10^{24}`` in a fraction's part (blanks already dropped): one number, as the lexer reads it."""
_PRODUCT = {"\\cdot", "\\times", "*", "×", "·"}
_QUOTIENT = {"\\div", "/", "÷"}
_FACTORIAL_MAX = 20
"""``n!`` is read up to 20! (2.4e18); beyond, a float no longer holds it exactly."""
_FACTORIAL_NEXT = re.compile(r"[ \t]{0,4}(?:[=&*×·/)}$\\]|\Z)")
"""What follows a factorial's ``!`` in an equation (``6! = 720``, ``3! \\cdot 2!``, ``$5!$``), or the end of the text
so far. An exclamation in prose is followed by a word, punctuation or a line's end (``That makes 24!``)."""


def simple_value(raw: str) -> float | None:
    """The number a ``\\frac`` part or a power holds (``\\$200``, ``210 \\text{ miles}``, ``1,250``), or the value of
    a sum or product of plain numbers (``500 \\cdot 25``, ``12 + 18``); None for anything else."""
    s = _IN_FRACTION.sub("", raw.replace("{,}", ",")).replace("−", "-")
    if "10^" in s:
        s = _SCIENTIFIC.sub(lambda m: repr(float(m.group(1)) * 10.0 ** int(m.group(2) or m.group(3))), s)
    if "," in s:
        if not all(_THOUSANDS.fullmatch(number) for number in _COMMA_NUMBERS(s)):
            return None  # "1,2": a list or a pair, no number
        s = s.replace(",", "")  # "1,250", "600,000 \\times 500": thousands grouped
    try:
        return float(s)
    except ValueError:
        pass
    if "(" in s:  # "-9-(-4)", "-13-\\left(-4\\right)": a signed number in parentheses
        s = _SIGNED_IN_PARENS.sub(r"\1", s.replace("\\left(", "(").replace("\\right)", ")"))
        s = s.replace("--", "+").replace("+-", "-")
    if s[:1] == "-":
        s = "0" + s  # "-9+4": a sum may start with a negative term
    return _plain_expression(s) if s else None


_SIGNED_IN_PARENS = re.compile(r"(?<![\d)])\((-\d+(?:\.\d+)?)\)(?![\d(])")
"""A negative number in parentheses as an operand ("-9-(-4)"), not a factor ("3(-2)", "(1000)(0.45)")."""


def _plain_expression(s: str) -> float | None:
    """``500\\cdot25``, ``12+18``, ``3\\times4-2``: numbers and the four operators, with precedence, no brackets."""
    terms: list[float] = []  # the sum's finished terms
    sign, term, op, at = 1.0, None, "", 0
    for m in _TERMS.finditer(s):
        if m.start() != at:
            return None  # anything else (a letter, a bracket, a command): not a plain expression
        at = m.end()
        number, operator = m.group(1), m.group(2)
        if number is not None:
            if term is not None and not op:
                return None  # two numbers in a row
            term = _apply(term, op, float(number))
            if term is None:
                return None
            op = ""
        elif term is None or op:
            return None  # an operator with no number before it
        elif operator in _PRODUCT or operator in _QUOTIENT:
            op = operator
        else:
            terms.append(sign * term)
            sign, term = (-1.0 if operator in "-−" else 1.0), None
    if at != len(s) or term is None or op:
        return None
    return sum(terms) + sign * term


def _apply(term: float | None, op: str, number: float) -> float | None:
    """The running product or quotient ``term op number`` (``number`` alone when no operator came before it)."""
    if term is None or not op:
        return number
    if op in _PRODUCT:
        return term * number
    return term / number if number else None


_FLOORED = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_FLOOR_MARKS = re.compile(r"\\(?:left|right)\s*|\\[lr](?:floor|ceil)|[⌈⌉⌊⌋]")


_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
"""A comma grouping thousands inside a floor or a ceiling."""


def command_value(raw: str) -> float | None:
    """The value of a ``\\binom{a}{b}``, ``\\sqrt{n}``, ``\\lfloor ... \\rfloor`` / ``\\lceil ... \\rceil`` or
    ``|...|`` token's text, or None when it holds something else than plain numbers."""
    if raw.endswith("|"):  # "|-12 - 24|", "\\left|-4\\right|": an absolute value
        v = simple_value(_FLOOR_MARKS.sub("", raw).strip(" \t|"))
        return None if v is None else abs(v)
    if raw.startswith("\\sqrt"):
        v = simple_value(raw[raw.find("{") :].strip("{}"))
        return math.sqrt(v) if v is not None and v >= 0 else None
    if "binom" in raw[:8]:
        top, _, bottom = raw[raw.find("{") :].strip("{} \t").partition("}")
        n, k = top.strip(), bottom.strip(" \t{")
        return float(math.comb(int(n), int(k))) if n.isdigit() and k.isdigit() and len(n) <= 3 else None
    inner = _GROUPED.sub("", _FLOOR_MARKS.sub("", raw)).strip()  # "⌊1,000/6⌋"
    frac = _FLOORED.fullmatch(inner)
    if frac is not None:
        num, den = simple_value(frac.group(1)), simple_value(frac.group(2))
        v = num / den if num is not None and den else None
    else:
        v = simple_value(inner.replace("\\div", "/"))
    if v is None:
        return None
    return float(math.floor(v) if "floor" in raw or "⌊" in raw else math.ceil(v))


def factorial(text: str, bang: int, value: float | None) -> float | None:
    """``n!`` (``value`` is the number glued to the ``!`` at ``bang``) when an equation goes on after it
    (:data:`_FACTORIAL_NEXT`); NaN, undecided, when it may as well end a sentence (``5 × 4 × 3 × 2 × 1 = 5!`` or
    ``3 + 2 = 5!``, or nothing after it yet); None, an exclamation, after a number no factorial is read for
    (``12 + 12 = 24!``)."""
    if value is None or value != int(value) or not 0 <= value <= _FACTORIAL_MAX:
        return None
    line_end = text.find("\n", bang)
    m = _FACTORIAL_NEXT.match(text, bang + 1, line_end if line_end >= 0 else len(text))
    if m is None or m.end() == len(text) or not m.group().strip():
        return math.nan
    return float(math.factorial(int(value)))
