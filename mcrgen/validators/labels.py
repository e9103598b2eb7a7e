"""Marks next to numbers that are no part of a computation: a problem's part labels opening a line ("a) 8 * 28 =
224", "(b) ..."; the lexer reads them as a separator, so that the letter is not taken for an unknown), ordinals'
endings ("the 39th term": a place, no quantity) and check marks after a result ("| $8.00 ✓ |")."""

from __future__ import annotations

import re

from mcrgen.validators.tokens import SEP, WORD, Tok

_PART_LABEL = re.compile(r"[a-h]\)[ \t]")
_LINE_START = re.compile(r"(?:^|\n)[ \t>*_#-]*\(?\Z")


def part_label(text: str, s: int, e: int) -> int:
    """Where the label of a problem's part ends when one opens its line at ``s`` ("a) 8 * 28 = 224", "(b) ..."),
    else ``e``: its letter is no unknown."""
    if e - s != 1 or _PART_LABEL.match(text, s) is None or _LINE_START.search(text, max(0, s - 8), s) is None:
        return e
    return e + 1


ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_NAMING = frozenset({"the", "a", "his", "her", "their", "its", "our", "my", "your", "each", "every", "this", "that"})


def named(out: list[Tok]) -> bool:
    """Is the number just read (``out[-1]``) a place being named ("the 39th term", "her 3rd try"), not a result
    stated as an ordinal ("6 minus 2 = 5th place")?"""
    return len(out) < 2 or out[-2].kind == SEP or (out[-2].kind == WORD and out[-2].word in _NAMING)


CHECK_MARKS = "✓✔✅"
