"""Results a layout states without an ``=``: a table's result cell (``| 250 × 6 | 1,500 g |``) and a code
comment holding one number (``total = 3.9 + 21  # 24.9``)."""

from __future__ import annotations

from mcrgen.validators.lexer import NOT_UNITS
from mcrgen.validators.tokens import EQ, NUM, OP, OTHER, PCT, SEP, UNIT, WORD, Tok


def table_result(t: list[Tok], j: int) -> bool | None:
    """Is ``t[j]`` a table's cell border followed by a cell holding one number (``| 250 × 6 | 1,500 g |``)? Then
    a calculation in the cell before it states its result there. None while the row is still being written."""
    n = len(t)
    if t[j].kind != SEP or t[j].word != "|":
        return False
    v = j + 2 if j + 1 < n and cell_wrapper(t[j + 1]) else j + 1  # "| $3.26$ |", "| \\(3.26\\) |", "| **19** |"
    if v + 1 < n and t[v].kind == EQ:
        v += 1  # "| 13/33 | ≈ 0.39 |"
    if v + 1 < n and t[v].kind == OP and t[v].word == "-" and not t[v + 1].sp:
        v += 1  # "| (-230) + 70 | -160 |"
    if v < n and t[v].kind != NUM:
        return False
    k = v + 1
    if k < n and cell_wrapper(t[k]):  # closing "$245$ points" (its "$245" read as a currency sign), "**19**"
        k += 1
    while k < n and k - j < 7 and (t[k].kind in (WORD, UNIT, PCT) or (t[k].kind == OP and t[k].word == "/")):
        k += 1  # its unit: "1,500 g", "25%", "50 km/h"
    if k < n and cell_wrapper(t[k]):  # "$7 \\text{ kg}$", "**7 kg**"
        k += 1
    if k < n and t[k].kind == OTHER and t[k].sp and t[k].word:
        k += 1  # a check mark after the result: "| $10.80 ✓ |" (not "| 13 ✗ |", a value shown wrong)
    if k >= n:
        return None
    return t[k].kind == SEP and t[k].word in ("|", "\n")


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
