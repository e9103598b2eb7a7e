"""Numbers written in words, read as one number: "forty-eight", "one hundred and thirty-three" (British), "two
hundred ninety" (American), "six thousand and one", "twelve hundred", "six and a half".

Voice assistants, story-style and children's-tutor solutions write whole computations this way ("Twelve times
four is forty-eight."), so a number in words is an operand and a stated result like one in digits. Only runs
that spell one number are joined: "two three" is two numbers, "a hundred" and "2 hundred" are left to the
scale words, and a run stops at the first word that cannot go on the number it has read.
"""

from __future__ import annotations

import math

from mcrgen.validators.tokens import FRAC, NUM, WORD, Tok

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_UNITS += " seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = {w: float(k) for k, w in enumerate(_UNITS.split())}
NUMBER_WORDS.update({w: float(20 + 10 * k) for k, w in enumerate(_TENS.split())})
NUMBER_WORDS.update(
    {f"{t}-{u}": NUMBER_WORDS[t] + k for t in _TENS.split() for k, u in enumerate(_UNITS.split()[1:10], 1)}
)
"""Every word that is a number below 100 by itself."""
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_PARTS = {"half": 0.5, "quarter": 0.25}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_DENOMINATORS |= {
    f"{w}{s}": k for k, w in enumerate("fourth fifth sixth seventh eighth ninth tenth".split(), 4) for s in ("", "s")
}
FRACTIONS = {f"{w}-{d}": NUMBER_WORDS[w] / k for w in _UNITS.split()[2:10] for d, k in _DENOMINATORS.items()}
"""Hyphenated fractions ("two-thirds", "three-quarters"): one word."""
CONTINUATIONS = frozenset({"hundred", "and", "a", *_SCALES, *_PARTS, *_DENOMINATORS})
"""Words that may go on a number in words: a writer who has reached one of them may not have finished it."""


def read(words: list[str], more: bool) -> tuple[float, int, bool]:
    """The number ``words`` begin with (the first must be one of :data:`NUMBER_WORDS` or :data:`FRACTIONS`), how
    many words it takes, and whether it is a fraction ("three quarters of 84", "two-thirds of 48"; only before
    "of": "three quarters" alone may be coins). ``more``: something other than a word follows the last word (a
    number, a sign), so a trailing "and", "and a" or denominator cannot be the start of more words of the
    number; without it they are taken in, unfinished, so that the number is not judged before its next word
    arrives ("one hundred and" ... "twenty")."""
    if words[0] in FRACTIONS:
        return (FRACTIONS[words[0]], 1, True) if _then_of(words, 1, more) else (math.nan, 0, False)
    value, used = _whole(words, more)
    if used < len(words) and words[used] in _DENOMINATORS and 1 <= value < 20 and _then_of(words, used + 1, more):
        return value / _DENOMINATORS[words[used]], used + 1, True
    return value, used, False


def _then_of(words: list[str], at: int, more: bool) -> bool:
    """Does "of" come at ``words[at]``, or may it still come there?"""
    return words[at] == "of" if at < len(words) else not more


def _whole(words: list[str], more: bool) -> tuple[float, int]:
    """A whole number (or "and a half") in words, and how many words it takes (see :func:`read`)."""
    total, group, scale, used = 0.0, NUMBER_WORDS[words[0]], 0.0, 1
    last = "small"
    n = len(words)
    while used < n:
        w = words[used]
        if w == "hundred" and last == "small" and 1 <= group < 100:
            group, last = group * 100, "hundred"
        elif w in _SCALES and last in ("small", "hundred") and (scale == 0 or _SCALES[w] < scale):
            total, group, scale, last = total + group * _SCALES[w], 0.0, _SCALES[w], "scale"
        elif w in NUMBER_WORDS and last in ("hundred", "scale") and (group % 100 == 0):
            group, last = group + NUMBER_WORDS[w], "small"
        elif w == "and":
            taken = _after_and(words, used, more, last)
            if taken is None:
                break
            value, count = taken
            group, used, last = group + value, used + count, "small" if value else "and"
            if value < 1:
                break  # "six and a half" ends there
            continue
        else:
            break
        used += 1
    return total + group, used


def _after_and(words: list[str], at: int, more: bool, last: str) -> tuple[float, int] | None:
    """What "and" at ``words[at]`` adds to the number before it (and how many words, "and" included): the rest
    of a hundred or a thousand ("one hundred and six"), a half or a quarter ("six and a half"), nothing yet when
    the words end there (the number may go on), or None when the number ends before the "and"."""
    rest = words[at + 1 : at + 3]
    if not rest:
        return None if more else (0.0, 1)
    if rest[0] in NUMBER_WORDS and last in ("hundred", "scale"):
        return NUMBER_WORDS[rest[0]], 2
    if rest[0] == "a":
        if len(rest) == 1:
            return None if more else (0.0, 2)
        if rest[1] in _PARTS:
            return _PARTS[rest[1]], 3
    return None


_GOES_ON = frozenset(NUMBER_WORDS) | CONTINUATIONS | {"of"}
"""Words that may follow the first of a number in words (and "of" after a fraction): the only ones read."""


def join_spoken(toks: list[Tok], starts: list[int]) -> list[Tok]:
    """``toks`` with every run of words spelling a number made one number token: "Twelve times four is
    forty-eight" is read like "12 times 4 is 48". ``starts``: the indices of the words that may begin one (the
    lexer notes them), so that a line with no number in words costs nothing here. A number of one word replaces
    its token in place; the list is rebuilt only when words are joined."""
    joined: list[tuple[int, int, Tok]] = []  # (first index, words, the number token)
    done, n = 0, len(toks)
    for i in starts:
        if i < done:
            continue  # a word of a number already joined ("one hundred and one")
        tok = toks[i]
        k = i + 1
        while k < n and k - i < 12 and toks[k].kind == WORD and toks[k].sp and toks[k].word in _GOES_ON:
            k += 1
        if k == i + 1 and tok.word in NUMBER_WORDS:  # a number word alone ("two apples"): nothing to read
            toks[i] = Tok(NUM, tok.start, tok.end, tok.sp, NUMBER_WORDS[tok.word])
            done = k
            continue
        value, used, frac = read([t.word for t in toks[i:k]], more=k < n)
        done = i + max(used, 1)
        if used:
            end = toks[i + used - 1].end
            number = Tok(NUM, tok.start, end, tok.sp, value, 9 if value % 1 else 0)
            joined.append((i, used, Tok(FRAC, tok.start, end, tok.sp, value) if frac else number))
    if not joined:
        return toks
    out: list[Tok] = []
    at = 0
    for i, used, number in joined:
        out += toks[at:i]
        out.append(number)
        at = i + used
    out += toks[at:]
    return out
