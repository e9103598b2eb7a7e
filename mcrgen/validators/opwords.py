"""Operators written as words between two numbers: "10 cups minus 6 cups", "1 divided by 4", "six lots of $1.75",
"$2,010.50 split equally among 7", "17 miles take away 7", "21 and 60 makes 81", and the other languages' words
(:mod:`foreign`)."""

from __future__ import annotations

from mcrgen.validators.markers import SHARED
from mcrgen.validators.tokens import NUM, WORD, Tok
from mcrgen.validators.vocabulary import GROUP_WORDS, OP_PAIRS, OP_WORDS

_SECONDS = frozenset({"s", "sec", "secs", "second", "seconds", "seconden", "sek", "sekunden"})
_SUM_MARKERS = frozenset({"makes", "make", "equals", "equal", "gives", "give"})


def _is(t: list[Tok], j: int, kind: str, word: str | None = None) -> bool:
    return j < len(t) and t[j].kind == kind and (word is None or t[j].word == word)


def op_word(t: list[Tok], j: int) -> tuple[str, int] | None:
    """A worded operator at ``j``: (op, index after it)."""
    tok = t[j]
    if tok.kind != WORD:
        return None
    pair = OP_PAIRS.get(tok.word)
    if pair is not None and j + 1 < len(t) and t[j + 1].kind == WORD and t[j + 1].word in pair[1]:
        return pair[0], j + 2  # "divided by 3", "divided on 3" (as Arabic speakers write it), "divisé par 3"
    if tok.word in OP_WORDS:
        return OP_WORDS[tok.word], j + 1
    if tok.word == "min" and _is(t, j + 1, NUM) and j + 2 < len(t) and not _seconds(t, j + 2):
        return "-", j + 1  # Dutch minus: "75 min 25 maakt 50"; "90 min 30 s" is a time, once "s" has come
    if tok.word == "take" and _is(t, j + 1, WORD, "away"):
        return "-", j + 2  # "17 miles take away 7 miles"
    if tok.word in GROUP_WORDS and _is(t, j + 1, WORD, "of"):
        return "*", j + 2
    if tok.word in SHARED and _is(t, j + 1, WORD, "equally"):
        if _is(t, j + 2, WORD, "among") or _is(t, j + 2, WORD, "between"):
            return "/", j + 3
    return None


def _seconds(t: list[Tok], k: int) -> bool:
    """Is the word at ``k`` seconds, or the last token and the start of a word for them ("se" of "sec")?"""
    word = t[k].word
    return word in _SECONDS or (k + 1 == len(t) and t[k].kind == WORD and any(s.startswith(word) for s in _SECONDS))


def sum_stated(t: list[Tok], k: int) -> bool:
    """A number at ``k``, then "makes" (or "equals", "gives") after at most two unit words? Then an "and"
    before it adds: "21 and 60 makes 81"; "between 3 and 4 is" does not."""
    w = k + 1
    while w + 1 < len(t) and t[w].kind == WORD and t[w].word == "and" and t[w + 1].kind == NUM:
        w += 2  # "22 and 20 and 11 makes 53"
    stop = min(w + 3, len(t))
    while w < stop and t[w].kind == WORD and t[w].word not in _SUM_MARKERS:
        w += 1
    return _is(t, k, NUM) and w < len(t) and t[w].kind == WORD and t[w].word in _SUM_MARKERS
