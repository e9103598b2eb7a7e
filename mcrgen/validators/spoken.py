"""Numbers written in words, read as one number: "forty-eight", "one hundred and thirty-three" (British), "two
hundred ninety" (American), "six thousand and one", "twelve hundred", "six and a half".

Voice assistants, story-style and children's-tutor solutions write whole computations this way ("Twelve times
four is forty-eight."), so a number in words is an operand and a stated result like one in digits. Only runs
that spell one number are joined: "two three" is two numbers, "a hundred" and "2 hundred" are left to the
scale words, and a run stops at the first word that cannot go on the number it has read.
"""

from __future__ import annotations

import math
import re

from mcrgen.validators.tokens import FRAC, NUM, SEP, WORD, Tok

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_UNITS += " seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = {w: float(k) for k, w in enumerate(_UNITS.split())}
NUMBER_WORDS.update({w: float(20 + 10 * k) for k, w in enumerate(_TENS.split())})
NUMBER_WORDS.update(
    {f"{t}-{u}": NUMBER_WORDS[t] + k for t in _TENS.split() for k, u in enumerate(_UNITS.split()[1:10], 1)}
)
"""Every word that is a number below 100 by itself."""
PLURALS = {
    (w + "es" if w.endswith("six") else w[:-1] + "ies" if w.endswith("y") else w + "s"): v
    for w, v in NUMBER_WORDS.items()
    if w not in ("zero", "one", "ten")  # "10 ones = 1 ten" counts place values, not groups
}
"""Groups counted by their size ("three sevens are 21", "ten twelves"): a product, after a number."""
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_PARTS = {"half": 0.5, "quarter": 0.25}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_DENOMINATORS |= {
    f"{w}{s}": k for k, w in enumerate("fourth fifth sixth seventh eighth ninth tenth".split(), 4) for s in ("", "s")
}
FRACTIONS = {f"{w}-{d}": NUMBER_WORDS[w] / k for w in _UNITS.split()[2:10] for d, k in _DENOMINATORS.items()}
"""Hyphenated fractions ("two-thirds", "three-quarters"): one word."""
_MONEY = {"dollars": 1.0, "dollar": 1.0}
_CENTS = frozenset({"cents", "cent"})
CONTINUATIONS = frozenset({"hundred", "and", "a", "point", *_SCALES, *_PARTS, *_DENOMINATORS, *_MONEY, *_CENTS})
AFTER_NUMBER = frozenset({"point", *_MONEY, *_CENTS})
"""Continuations that go on only a number in words before them: "dollars" after "thirty-one", not after "24"."""
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
    if words[0] == "a" and (len(words) < 2 or words[1] not in _HUNDREDS):
        return math.nan, 0, False  # "a" is a number only before "hundred", "thousand" ("a hundred and five")
    value, used = _whole(words, more) if words[0] != "point" else (0.0, 0)
    if used < len(words) and words[used] == "point":
        tenths, used = _decimals(words, used, more)
        value += tenths
    if used < len(words) and words[used] == "o'clock":
        return math.nan, 0, False  # "five o'clock plus 55 minutes": a time of day, not a number
    if used and used < len(words) and words[used] in _MONEY:
        cents, used = _cents(words, used, more)
        value += cents
    if used < len(words) and words[used] in _DENOMINATORS and 1 <= value < 20 and _then_of(words, used + 1, more):
        return value / _DENOMINATORS[words[used]], used + 1, True
    return value, used, False


_HUNDREDS = frozenset({"hundred", "thousand", "million"})
_DIGITS = {"zero": 0, "oh": 0, "o": 0} | {w: NUMBER_WORDS[w] for w in _UNITS.split()[1:10]}


def _decimals(words: list[str], at: int, more: bool) -> tuple[float, int]:
    """The digits after "point" at ``words[at]`` ("two point five", "point oh five"), as a fraction, and the index
    after them; a "point" the words end on is taken in, unfinished (the digits may still come)."""
    value, k, scale = 0.0, at + 1, 0.1
    while k < len(words) and words[k] in _DIGITS:
        value, k, scale = value + _DIGITS[words[k]] * scale, k + 1, scale / 10
    if k == at + 1:
        return 0.0, (at if more or at + 1 < len(words) else at + 1)
    return value, k


def _cents(words: list[str], at: int, more: bool) -> tuple[float, int]:
    """The cents of "thirty-one dollars and fifty cents" (``words[at]`` is "dollars"), in dollars, and the index
    after them; (0, at) when no cents follow, the unit then left to the reader. Unfinished at the end of the
    words ("dollars and", "dollars and fifty"), the words are taken in so that the number is not judged yet."""
    rest = words[at + 1 : at + 4]
    if not rest:
        return 0.0, at if more else at + 1
    if rest[0] != "and":
        return 0.0, at
    if len(rest) == 1:
        return 0.0, at if more else at + 2
    cents = NUMBER_WORDS.get(rest[1])
    if cents is None or cents >= 100:
        return 0.0, at
    if len(rest) == 2:
        return 0.0, at if more else at + 3
    return (cents / 100, at + 4) if rest[2] in _CENTS else (0.0, at)


def _then_of(words: list[str], at: int, more: bool) -> bool:
    """Does "of" come at ``words[at]``, or may it still come there?"""
    return words[at] == "of" if at < len(words) else not more


_TENS_VALUES = frozenset(NUMBER_WORDS[w] for w in _TENS.split())


def _whole(words: list[str], more: bool) -> tuple[float, int]:
    """A whole number (or "and a half") in words, and how many words it takes (see :func:`read`)."""
    total, group, scale, used = 0.0, NUMBER_WORDS.get(words[0], 1.0), 0.0, 1  # "a hundred": one hundred
    last = "tens" if group in _TENS_VALUES else "small"
    n = len(words)
    while used < n:
        w = words[used]
        if w == "hundred" and last in ("small", "tens") and 1 <= group < 100:
            group, last = group * 100, "hundred"
        elif w in _SCALES and last in ("small", "tens", "hundred") and (scale == 0 or _SCALES[w] < scale):
            total, group, scale, last = total + group * _SCALES[w], 0.0, _SCALES[w], "scale"
        elif w in NUMBER_WORDS and last in ("hundred", "scale") and (group % 100 == 0):
            group, last = group + NUMBER_WORDS[w], "tens" if NUMBER_WORDS[w] in _TENS_VALUES else "small"
        elif w in NUMBER_WORDS and last == "tens" and 1 <= NUMBER_WORDS[w] <= 9:
            group, last = group + NUMBER_WORDS[w], "small"  # "thirty six", as transcripts write it
        elif w == "and":
            taken = _after_and(words, used, more, last)
            if taken is None:
                break
            value, count = taken
            group, used = group + value, used + count
            last = "and" if not value else "tens" if value in _TENS_VALUES else "small"
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


_GOES_ON = frozenset(NUMBER_WORDS) | CONTINUATIONS | {"of", "oh", "o", "o'clock"}
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


# --- what a speaker says around a computation -----------------------------------------------------------

FILLERS = frozenset({"uh", "um", "umm", "uhh", "uhm", "erm", "hmm"})
"""What a speaker says while thinking ("thirty times, um, five"): no word of the statement."""
SAYS = frozenset({"is", "that's", "thats", "it's", "makes", "equals", "gives", "was", "are", "get"})
"""Words after which a speaker pauses before the result ("that's... like nineteen")."""
_GAP = re.compile(r"(?:[ \t]*(?:\.\.\.|…|(?i:anyone|anybody|everybody|everyone)\?))+")
"""What may come between a teacher's question and its answer: "What's seven times three? Anyone? ... 21"."""


def pause(text: str, s: int, out: list[Tok]) -> int:
    """Where a pause ("...", "…") after a word that announces a result ends, or ``s`` when there is none."""
    if text[s] not in ".…" or not out or out[-1].word not in SAYS:
        return s
    return s + 1 if text[s] == "…" else s + 3 if text.startswith("...", s) else s


def asked(out: list[Tok]) -> bool:
    """Is a "?" just arrived the end of a question that computes ("What's six plus five?", "Twenty times twenty
    is what?") rather than of one that asks for a quantity?"""
    if out and out[-1].word == "what":
        return len(out) > 2 and out[-2].word in SAYS and out[-3].kind in (NUM, FRAC, WORD)
    for tok in reversed(out):
        if tok.kind == SEP and tok.word not in (",", "**"):
            return False
        if tok.word in ("what's", "whats"):
            return True
    return False


def answer_gap(text: str, e: int) -> int:
    """Where the answer to a question that ends at ``e`` may start."""
    m = _GAP.match(text, e)
    return e if m is None else m.end()
