"""Numbers as the line readers match them: one pattern for a number in digits ("1,250", "3{,}645", "$4.50",
"\\$12") and its value, and a line with its numbers in words written in digits, so that a reader written for
"12 goes into 48 4 times" also reads "twelve goes into forty-eight four times".

The expression parser reads numbers through its lexer (:mod:`lexer`, :mod:`spoken`); the readers of whole lines
(:mod:`methods`, :mod:`phrased`) match regular expressions, and read the line these functions give them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from mcrgen.validators import spoken

NUMBER = r"\\?\$?(\d{1,3}(?:(?:,|\{,\})\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
"""A number in digits, its currency sign before it and outside the group: "1,250", "3{,}645", "$4.50", "\\$12"."""
ALONE = r"(?<![\d.,:/])"
"""No digit, decimal point, colon or slash before: the start of a number, not the middle of "1,250" or "3:45"."""
ENDED = r"(?![\d.,]*\d)"
"""No more digits after: the end of a number, not "4" of "4.5" or "1" of "1,250"."""


def value(number: str) -> float:
    """The value of a number :data:`NUMBER` matched: "1,250" -> 1250.0, "3{,}645" -> 3645.0."""
    return float(number.replace("{,}", "").replace(",", "").replace("\\", "").replace("$", ""))


def places(number: str) -> int:
    """Decimals a number is written with: "7.50" -> 2, "1,250" -> 0."""
    return len(number.partition(".")[2])


@dataclass(frozen=True, slots=True)
class Digits:
    """A line with its numbers in words written in digits, and where each of its characters came from."""

    text: str
    origin: tuple[int, ...]
    """For each character of ``text``, its offset in the line it was made from; one more entry for its end."""


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@lru_cache(maxsize=64)
def digitize(line: str) -> Digits:
    """``line`` with every run of words spelling a number ("forty-eight", "a hundred and five", "two point
    five") written in digits ("48", "105", "2.5"). A number word that begins no number ("a" before a noun) and
    a fraction ("three quarters of") stay words. A line without a number word is returned as it is. Several line
    readers read the same line: it is digitized once."""
    starts = [m for m in _WORD.finditer(line) if _begins(m.group().lower())]
    if not starts:
        return Digits(line, tuple(range(len(line) + 1)))
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for m in starts:
        if m.start() < at:
            continue  # a word of a number already written in digits
        words, ends = _run(line, m.start())
        if "o'clock" in words:
            words = words[: words.index("o'clock")]  # "five o'clock": the hour, in digits before the word
        number, used, fraction = spoken.read(words, more=True)  # the line is complete: no word is still coming
        if not used or fraction or math.isnan(number):
            continue
        out.append(line[at : m.start()])
        origin += range(at, m.start())
        shown = f"{number:.6f}".rstrip("0").rstrip(".")
        if any(w in ("dollars", "dollar") for w in words[:used]):
            shown = f"${number:.2f}"  # "thirty-one dollars and fifty cents": $31.50
        out.append(shown)
        origin += [m.start()] * len(shown)
        at = ends[used - 1]
    out.append(line[at:])
    origin += range(at, len(line) + 1)
    return Digits("".join(out), tuple(origin))


def _begins(word: str) -> bool:
    return word in spoken.NUMBER_WORDS or word in ("a", "point")


def _run(line: str, start: int) -> tuple[list[str], list[int]]:
    """The words from ``start`` that may spell one number (lower-cased, one space apart, at most 12), and where
    each ends: :func:`spoken.read` decides how many of them it takes."""
    words: list[str] = []
    ends: list[int] = []
    for m in _WORD.finditer(line, start):
        word = m.group().lower()
        if words and (line[ends[-1] : m.start()] != " " or word not in _GOES_ON or len(words) == 12):
            break
        words.append(word)
        ends.append(m.end())
    return words, ends


_GOES_ON = frozenset(spoken.NUMBER_WORDS) | spoken.CONTINUATIONS | {"of", "oh", "o", "o'clock"}
