"""Markdown marks the arithmetic reader must tell from arithmetic: a ``*`` that opens or closes italics is no
product (``*4 × 6 = 24*``)."""

from __future__ import annotations

import re

_VALUES = frozenset({"num", "rp", "frac", "pow", "pct", "unit", "time"})
"""Token kinds (:mod:`mcrgen.validators.lexer`) a product's left operand ends with."""


def italics(text: str, at: int, before: str | None) -> bool:
    """Is the ``*`` at ``at`` markdown italics rather than a product? It opens italics after a blank or at the
    line's start, right before a non-blank, with no operand before it (``has *4 × 6``; ``X*6`` is a product).
    It closes them right after a value and before a blank or punctuation (``= 24* apples``, ``24*.``) once they
    are open; with nothing after it yet, it may still be a product, and with nothing after it on a finished line
    it never is. ``before`` is the kind of the token before it (None: none)."""
    after = text[at + 1 : at + 2]
    if not after:
        return False
    line_end = text.find("\n", at)
    if line_end >= 0 and not text[at + 1 : line_end].strip():
        return True  # "= $38.00 *" at a line's end: a stray mark, with nothing after it to multiply
    glued_before = at > 0 and not text[at - 1].isspace()
    if not after.isspace() and not glued_before:
        return before not in _VALUES  # "3 *4" is a product
    if not (glued_before and (after.isspace() or after in ".,;:!?)") and before in _VALUES):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at].replace("**", "")
    return _OPENS_ITALICS(line) is not None  # "3* 4" with no italics open is still a product


_OPENS_ITALICS = re.compile(r"(?:^|\s)\*[^\s*]").search
