"""Labels that open a line and are no part of its computation: a problem's parts ("a) 8 * 28 = 224", "(b) ...").
The lexer reads such a label as a separator, so that its letter is not taken for an unknown."""

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
