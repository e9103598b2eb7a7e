"""Negatives met while solving an equation: "Let d be the number of dimes", then "-15d = 810 - 900 = -90" and "d =
-90/-15 = 6". A variable the solution declares, with a negative coefficient on the line of a negative number,
makes that number a step of the solving (:func:`mcrgen.validators.scale.unexpected_negative` asks)."""

from __future__ import annotations

import re
from functools import lru_cache

_LETTER = r"(?:\\\(|\$)?[ \t]*([A-Za-z])(?![A-Za-z])"
_DECLARED_BY_LET = re.compile(rf"\b[Ll]et[ \t]+{_LETTER}|\b[Ll]et\b[^.\n]{{0,60}}?[ \t]be[ \t]+{_LETTER}")
_DECLARED = re.compile(
    rf"\b[Ll]et[ \t]+{_LETTER}"
    rf"|\b[Ll]et\b[^.\n]{{0,60}}?[ \t]be[ \t]+{_LETTER}"
    rf"|\b(?:[Ss]uppose|[Ss]ay|[Aa]ssume)[ \t]+(?:(?:that[ \t]+)?there[ \t]+(?:are|is|were)[ \t]+)?{_LETTER}[ \t]"
    rf"|\b[Cc]all[ \t][^.\n]{{0,60}}?[ \t]{_LETTER}(?:\\\)|\$)?[ \t]*[.,:;\n]"
    rf"|(?<![\w\\])([A-Za-z])(?:\\\)|\$)?[ \t]*(?:=|is|be|represents|stands[ \t]+for)[ \t]+"
    rf"(?:the[ \t]+)?number[ \t]+of\b"
    rf"|(?<![\w.])\d+(?:\.\d+)?([a-fi-jn-rt-wyz])\b(?=[^\n=]*=)"
)
"""A variable the solution declares: "Let x be", "Let \\(d\\) = number of dimes", "let s = ...", "Let the number of
nickels be n", "Suppose there are d dimes", "Call the number of nickels n.", "If n is the number of nickels", or a
letter with a coefficient in an equation ("5n + 10(20 − n) = 150"; not a unit's: m, h, s, g, l, k, x)."""


def in_algebra(text: str, minus: int, head: str, rest: str, negative: str) -> bool:
    """Does the line of the negative at ``minus`` hold a term of a variable declared before it with a negative
    coefficient ("Let d = number of dimes", then "-15d &= 810 - 900 = -90", "-s = 112 - 140 = -28")? Solving such
    an equation goes below zero on the way; "x = 9 − 12 = -3" is a value gone negative. ``negative`` is the
    negative number as written there."""
    names = {m.group(m.lastindex or 0) for m in _DECLARED.finditer(text, 0, minus)}
    # "Suppose a pizza costs ...": an article, unless "Let a be ..." declares it
    names -= {"a", "A", "I"} - {"".join(pair) for pair in _DECLARED_BY_LET.findall(text, 0, minus)}
    if not names:
        return False
    if _BY_NEGATIVE.search(head) and "both sides" in head + rest:
        return True  # "divide both sides by -15:"
    if _OVER_NEGATIVE.match(text, minus + len(negative)) or _UNDER_NEGATIVE.search(head):
        return True  # "d = \\frac{-90}{-15} = 6", "s = -28/-1 = 28": a quotient of two negatives
    glued = text[minus : minus + 12]
    line = head + glued + rest
    return any(_term(name).search(line) is not None for name in names)


_BY_NEGATIVE = re.compile(r"\bby[ \t]*\Z")
_OVER_NEGATIVE = re.compile(r"[ \t]*(?:÷|/|\\div|\}[ \t]*\{)[ \t]*[-−–][ \t]*\d")
_UNDER_NEGATIVE = re.compile(r"[-−–][ \t]*\d[\d,.]*[ \t]*(?:÷|/|\\div|\}[ \t]*\{)[ \t]*\Z")


@lru_cache(maxsize=64)
def _term(name: str) -> re.Pattern[str]:
    """A term of ``name`` with a negative coefficient: "-15d", "−2.5c", "-s" (not "x = 9 − 12": a plain value)."""
    return re.compile(rf"(?<![\w.])[-−–][ \t]*(?:\d+(?:\.\d+)?)?{name}(?![A-Za-z])")


PLANE = re.compile(
    r"\([ \t]*[-−]?\d+(?:\.\d+)?[ \t]*,[ \t]*[-−]?\d+(?:\.\d+)?[ \t]*\)|\([ \t]*[a-z][ \t]*,[ \t]*[a-z][ \t]*\)"
    r"|\b(?:\d+(?:\.\d+)?)?[xy][ \t]*[-+=]|\b(?:slopes?|[xy]-intercepts?|intercepts?|[xy]-axis|coordinates?|midpoint"
    r"|perpendicular|linear[ \t]+function|straight[ \t]+line|on[ \t]+a[ \t]+line)\b",
    re.IGNORECASE,
)
"""A problem of the coordinate plane: a point ("(3, 4)", "(x, y)"), a line's equation ("y = 1.2x - 6", "2x - 6y =
18"), a slope or an intercept. Slopes, intercepts and coordinates are signed."""
