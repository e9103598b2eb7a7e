"""Marks next to numbers that are no part of a computation: a problem's part labels opening a line ("a) 8 * 28 =
224", "(b) ..."; the lexer reads them as a separator, so that the letter is not taken for an unknown), ordinals'
endings ("the 39th term": a place, no quantity) and check marks after a result ("| $8.00 ✓ |")."""

from __future__ import annotations

import re

_PART_LABEL = re.compile(r"[a-h]\)[ \t]")
_LINE_START = re.compile(r"(?:^|\n)[ \t>*_#-]*\(?\Z")


def part_label(text: str, s: int, e: int) -> int:
    """Where the label of a problem's part ends when one opens its line at ``s`` ("a) 8 * 28 = 224", "(b) ..."),
    else ``e``: its letter is no unknown."""
    if e - s != 1 or _PART_LABEL.match(text, s) is None or _LINE_START.search(text, max(0, s - 8), s) is None:
        return e
    return e + 1


ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
CHECK_MARKS = "✓✔✅"
