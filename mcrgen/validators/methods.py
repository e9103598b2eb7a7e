"""The steps of written and mental methods said in words, which no equation shows: long division ("48 goes into
124 2 times", "2 goes into 3 once", "How many 13s in 91? 7, because ..."), counting up ("From $72 to $80 is $8"),
counting on by jumps ("Count on from 48: jump 20 to 68, then jump 4 to 72"), doubling and halving ("Double 25 to
get 50 and halve 36 to get 18"). Set 37's genre (written methods) works its products and differences this way.
"""

from __future__ import annotations

import math
import re

from mcrgen.validators.numerals import ALONE, NUMBER, digitize
from mcrgen.validators.numerals import value as read_number
from mcrgen.validators.spoken import NUMBER_WORDS

_NUM = NUMBER
_ALONE = ALONE
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_GOES_INTO = re.compile(
    rf"{_ALONE}{_NUM}[ \t]+goes[ \t]+into[ \t]+{_NUM}[ \t]+(?:(?:exactly|evenly)[ \t]+)?"
    r"(?:(\d+|[a-z]+)[ \t]+times?\b|(once|twice|thrice)\b)",
    re.IGNORECASE,
)
"""A whole quotient, as long division says it: "48 goes into 124 2 times", "9 goes into 20 twice"."""
_HOW_MANY = re.compile(rf"\bhow[ \t]+many[ \t]+{_NUM}'?s[ \t]+(?:are[ \t]+)?in[ \t]+{_NUM}\?[ \t]*\**{_NUM}\b", re.I)
"""The same asked and answered: "How many 13s in 91? 7"."""
_FROM_TO = re.compile(
    rf"(?:\A|(?<=[.:!|*]\s)|(?<=^-\s)|(?<=\s-\s))[ \t*]*from[ \t]+{_ALONE}{_NUM}"
    rf"[ \t]+to[ \t]+{_NUM}[ \t]+is[ \t]+{_NUM}"
    r"(?![\d,.:]*\d)(?![ \t]*(?:[a-z%/]|\\frac))",
    re.IGNORECASE,
)
"""Counting up, a sentence of its own: "From 56 to 60 is 4." (not "from 7 to 12 is 6 pages", which may count both
ends, nor "the scale factor from 4 to 12 is 3")."""
_JUMPS = re.compile(
    rf"\bfrom[ \t]+{_NUM}[ \t]*:?[ \t]*(?:jump[ \t]+{_NUM}[ \t]+to[ \t]+{_NUM}[ \t]*,?[ \t]*(?:then[ \t]+)?)+",
    re.IGNORECASE,
)
_JUMP = re.compile(rf"jump[ \t]+{_NUM}[ \t]+to[ \t]+{_NUM}")
_BACK = re.compile(r"\b(?:back|backwards?|down)\b", re.IGNORECASE)
"""Counting on: "Count on from 48: jump 20 to 68, then jump 4 to 72"."""
_DOUBLE = re.compile(rf"\b(double|halve)[ \t]+{_NUM}[ \t]+to[ \t]+get[ \t]+{_NUM}\b", re.IGNORECASE)
"""Doubling and halving: "Double 25 to get 50", "halve 36 to get 18"."""
_SOLVED = re.compile(
    rf"(?<![\w.^])(\d+(?:\.\d+)?)([b-fi-jnp-rt-uxyz])[ \t]*=[ \t]*{_NUM}(?![\d.,]*\d)"
    rf"[^\n=\d]{{0,24}}?(?<![\w^])\2[ \t]*=[ \t]*{_NUM}"
    r"(?![\d.,]*\d|[ \t]*[-+×*/÷^]|\.\.\.|…|[ \t]*\d+/\d|[ \t]*\\[dt]?frac|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
)
"""A one-step equation solved: "5x = 45, so x = 9", "\\(3x = 63\\), so \\(x = 21\\)", "4p = $0.80, so p = $0.20"; its
letter glued to its number and no unit's ("3.75 h = 6.25 h" converts)."""
_TERM_SIGNS = frozenset("+-−–*/×·")


def MAY_STATE(line: str) -> bool:
    """Words of a line that may state a method's step ("goes into", "how many", "from", "jump", "double",
    "halve"), or a number, a letter and "=" ("5x = 45"): most lines have none and are not read. Substrings and
    a look at the chars before each "=", not a regex: Python's engine tried its branches at every char
    (claims.py)."""
    words = "goes into" in line or "How many" in line or "how many" in line
    words = words or "From" in line or "from" in line or "jump" in line or "Double" in line or "double" in line
    return words or "halve" in line or _letter_equals(line)


def _letter_equals(line: str) -> bool:
    """A digit, a lowercase letter and "=", blanks between them allowed ("5x = 45", "3 n="): as the regex
    ``\\d[ \\t]*[a-z][ \\t]*=`` searches it."""
    at = line.find("=")
    while at >= 0:
        k = at - 1
        while k >= 0 and line[k] in " \t":
            k -= 1
        if k > 0 and "a" <= line[k] <= "z":
            k -= 1
            while k >= 0 and line[k] in " \t":
                k -= 1
            if k >= 0 and line[k].isdecimal():  # isdecimal() is \d's set (not "²", which isdigit() takes)
                return True
        at = line.find("=", at + 1)
    return False


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first method's step on ``line`` (at offset ``at``) that is wrong: (offset, detail), or None. Its
    numbers may be in words ("twelve goes into forty-eight four times")."""
    digits = digitize(line)
    offset = _first_wrong(digits.text)
    return None if offset is None else (at + digits.origin[offset[0]], offset[1])


def _first_wrong(line: str) -> tuple[int, str] | None:
    found = []
    for m in _GOES_INTO.finditer(line):
        said = m.group(3) or m.group(4)
        if (fault := _quotient(m.group(1), m.group(2), said)) is not None:
            found.append((m.start(3) if m.group(3) else m.start(4), fault))
    for m in _HOW_MANY.finditer(line):
        if (fault := _quotient(m.group(1), m.group(2), m.group(3))) is not None:
            found.append((m.start(3), fault))
    for m in _FROM_TO.finditer(line):
        low, high, said = (read_number(g) for g in m.group(1, 2, 3))
        counted = low <= 1 and math.isclose(high - low + 1, said)  # "From one to ten is ten": counting from 1
        if high > low and not math.isclose(high - low, said, abs_tol=1e-9) and not counted:
            found.append((m.start(3), f"from {m.group(1)} to {m.group(2)} is {high - low:g}, not {m.group(3)}"))
    for m in _JUMPS.finditer(line):
        here, way = read_number(m.group(1)), -1 if _BACK.search(line, 0, m.start()) else 1  # "Count back from 100"
        for j in _JUMP.finditer(line, m.start(), m.end()):
            size, said = read_number(j.group(1)), read_number(j.group(2))
            if not math.isclose(here + way * size, said, abs_tol=1e-9):
                found.append((j.start(2), f"{here:g} jump {j.group(1)} is {here + way * size:g}, not {j.group(2)}"))
                break
            here = said
    for m in _DOUBLE.finditer(line):
        value, said = read_number(m.group(2)), read_number(m.group(3))
        made = value * 2 if m.group(1).lower() == "double" else value / 2
        if not math.isclose(made, said, abs_tol=1e-9):
            found.append((m.start(3), f"{m.group(1).lower()} {m.group(2)} is {made:g}, not {m.group(3)}"))
    for m in _SOLVED.finditer(line):
        before = line[: m.start()].rstrip()
        if before[-1:] in _TERM_SIGNS and before.lstrip() not in _TERM_SIGNS:
            continue  # "-5d + 10d = 50, and d = 10": the term is one of a sum ("- 2y = 22" is a bullet)
        times, total, said = (read_number(g) for g in m.group(1, 3, 4))
        dec = len(m.group(4).partition(".")[2])
        if times and abs(total / times - said) > 0.5 * 10.0**-dec + 1e-9:
            found.append(
                (m.start(4), f"{m.group(1)}{m.group(2)} = {m.group(3)} gives {total / times:g}, not {m.group(4)}")
            )
    return min(found) if found else None


def _quotient(divisor: str, dividend: str, said: str) -> str | None:
    """Why ``said`` is not how often ``divisor`` goes into ``dividend`` whole, or None."""
    word = said.lower()
    times = read_number(said) if said[0].isdigit() else _TIMES.get(word, NUMBER_WORDS.get(word))
    if times is None or read_number(divisor) == 0:
        return None  # "goes into 124 many times"
    whole = math.floor(read_number(dividend) / read_number(divisor) + 1e-9)
    return None if times == whole else f"{divisor} goes into {dividend} {whole:g} times, not {said}"
