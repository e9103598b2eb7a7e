"""Results a layout states without an ``=``: a table's result cell (``| 250 × 6 | 1,500 g |``) and a code
comment holding one number (``total = 3.9 + 21  # 24.9``)."""

from __future__ import annotations

import re

from mcrgen.validators.lexer import ARROW
from mcrgen.validators.markers import APPROX_WORDS
from mcrgen.validators.tokens import EQ, LP, NUM, OP, OTHER, PCT, RP, SEP, TIME, UNIT, WORD, Tok
from mcrgen.validators.vocabulary import NOT_UNITS, ROUND_WORDS


def table_result(t: list[Tok], j: int) -> bool | None:
    """Is ``t[j]`` a table's cell border followed by a cell holding one number or time (``| 250 × 6 | 1,500 g |``,
    ``| ≈ 0.39 |``, ``| ≈ **$183.20** |``, ``| about $0.450 per oz |``, ``| $11.40 per 100 g |``, ``| 2.96 → 3
    spools |``, ``| 1:29 PM |``)? Then a calculation in the cell before it states its result there. None while the
    row is still being written."""
    n = len(t)
    if t[j].kind != SEP or t[j].word != "|":
        return False
    v = j + 2 if j + 1 < n and cell_wrapper(t[j + 1]) else j + 1  # "| $3.26$ |", "| \\(3.26\\) |", "| **19** |"
    if v + 1 < n and (t[v].kind == EQ or (t[v].kind == WORD and t[v].word in APPROX_WORDS)):
        v += 1  # "| 13/33 | ≈ 0.39 |", "| about $0.450 per oz |"
        if v == j + 2 and v + 1 < n and cell_wrapper(t[v]):
            v += 1  # "| ≈ **$183.20** |": the result in bold after the sign
    if v + 1 < n and t[v].kind == OP and t[v].word == "-" and not t[v + 1].sp:
        v += 1  # "| (-230) + 70 | -160 |"
    if v < n and t[v].kind not in (NUM, TIME):  # "| 12:05 PM + 84 min | 1:29 PM |"
        return False
    k = v + 1
    if k + 2 < n and t[k].kind == NUM and t[k + 1].word == "/" and t[k + 2].kind == NUM:
        k += 3  # a mixed number: "| 4 × 9 1/8 | 36 1/2 in |"
    if k < n and cell_wrapper(t[k]):  # closing "$245$ points" (its "$245" read as a currency sign), "**19**"
        k += 1
    while k < n and k - j < 7 and (t[k].kind in (WORD, UNIT, PCT) or t[k].word == "/" or _per_count(t, k)):
        k += 1  # its unit: "1,500 g", "25%", "50 km/h", "$11.40 per 100 g"
    if k < n and cell_wrapper(t[k]):  # "$7 \\text{ kg}$", "**7 kg**"
        k += 1
    if k + 1 < n and t[k].kind == LP and t[k + 1].kind == WORD:  # "| $21.10 (rounded up) |": a note on it
        close = next((m for m in range(k + 2, min(n, k + 6)) if t[m].kind != WORD), n)
        if close >= n:
            return None
        k = close + 1 if t[close].kind == RP else k
    if k < n and t[k].kind == OTHER and t[k].sp and t[k].word:
        k += 1  # a check mark after the result: "| $10.80 ✓ |" (not "| 13 ✗ |", a value shown wrong)
    if k + 1 < n and t[k].kind == SEP and t[k].word == ARROW:
        m = k + 1
        while m < n and m - k <= 3 and t[m].kind == WORD and t[m].word in _ROUNDING:
            m += 1  # "| ≈ 259.56 → round down to 259 full cases |"
        if m >= n:
            return None
        if t[m].kind == NUM:
            k = m + 1  # "| 2.96 → 3 spools |": the result, then where it is rounded to
            while k < n and k - j < 15 and t[k].kind in (WORD, UNIT):
                k += 1
    if k >= n:
        return None
    return t[k].kind == SEP and t[k].word in ("|", "\n")


_ROUNDING = ROUND_WORDS | {"up", "down", "to"}
"""Words between a result cell's arrow and the number it is rounded to ("→ round down to 259")."""


def _per_count(t: list[Tok], k: int) -> bool:
    """Is ``t[k]`` the count of a unit price's "per" ("$11.40 per 100 g")?"""
    return t[k].kind == NUM and t[k - 1].word == "per"


def cell_wrapper(tok: Tok) -> bool:
    """Is ``tok`` what a table cell may wrap its number in: a math delimiter or bold (``| **$970** |``)?"""
    return math_delimiter(tok) or (tok.kind == SEP and tok.word == "**")


def math_delimiter(tok: Tok) -> bool:
    """Is ``tok`` a math delimiter (``$`` that opens no amount, ``\\(``, ``\\)``)?"""
    return tok.kind == SEP and tok.word in ("", "\\(", "\\)")


def comment_result(t: list[Tok], j: int) -> bool | None:
    """Is ``t[j]`` a code comment's ``#`` followed by one number (and its unit) to the end of its line (``total =
    3.9 + 21  # 24.9``)? Then it states the result of the computation before it. A comment that goes on
    (``# 3 boxes of 4``) states none. None while the line is still being written."""
    n = len(t)
    if t[j].kind != SEP or t[j].word != "#" or (j + 1 < n and t[j + 1].kind != NUM):
        return False
    k = j + 2
    while k < n and k - j < 4 and (t[k].kind in (UNIT, PCT) or (t[k].kind == WORD and t[k].word not in NOT_UNITS)):
        k += 1  # "# 12 eggs", "# 24.9 dollars"; not "# 4 hours converted to minutes"
    if k >= n:
        return None
    return t[k].kind == SEP and t[k].word == "\n"


_RANGE = re.compile(r"(?:[A-Za-z]+[ \t]+)?(\d+)(?:-|–|&(?:amp;)*ndash;)(\d+)")
"""A range written unspaced ("5-7", "5–7", "Pages 1-50"); "110 - 175" is a subtraction."""
_FRACTION = re.compile(r"\d+/\d+(?P<unit>(?:[ \t]+[^\W\d_]+){1,2})?")
_CELL_OPENS = re.compile(r"\|[ \t*]*(?:[A-Za-z]+[ \t]+)?\Z")


def quantity_cell(text: str, t: list[Tok], start: int, end: int, j: int) -> bool:
    """Does the table cell ``text[start:end]``, ended by a border at ``t[j]`` or after unit words there, hold a
    quantity, not a computation: a fraction of a unit ("| 3/4 cup | 3 |") or a range ("| 5-7 | 12 |", "| Pages
    1-50 | 50 |", "| 5–7 | 12 |")? The next cell is then another column, not its result."""
    k = j
    while k < len(t) and k - j < 3 and t[k].kind in (WORD, UNIT):
        k += 1
    if k >= len(t) or t[k].kind != SEP or t[k].word != "|":
        return False
    if _CELL_OPENS.search(text, max(0, start - 24), start) is None:
        return False
    body = text[start:end]
    if (m := _RANGE.fullmatch(body)) is not None:
        return int(m[1]) < int(m[2])
    m = _FRACTION.fullmatch(body)
    return m is not None and (k > j or m["unit"] is not None)
