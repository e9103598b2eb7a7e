"""General gates for any recipe: patterns, length caps, loops, required words, multiple-choice answers.

Each one that can decide on a prefix runs in flight and is monotone (a verdict on a prefix holds for every
continuation); the rest wait for the finished text. JSON and Python gates are in :mod:`.structured`, the
language gate in :mod:`.language`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from mcrgen.errors import ValidatorError
from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.bounds import in_range

# Constructs whose match on a prefix may vanish once more text arrives: end anchors and lookaheads.
_PREFIX_UNSAFE = re.compile(r"\$|\\Z|\\z|\(\?[=!]|\\b\s*$|\\B")


@lru_cache(maxsize=256)
def _compiled(pattern: str, ignore_case: bool) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE | re.MULTILINE if ignore_case else re.MULTILINE)
    except re.error as exc:
        raise ValidatorError(f"regex: bad pattern {pattern!r}: {exc}") from None


def _check_patterns(params: Mapping[str, Any]) -> None:
    for key in ("must_match", "must_not_match"):
        if params.get(key):
            _compiled(params[key], bool(params.get("ignore_case", False)))


@validator(prefix_safe=True, check=_check_patterns)
def regex(
    text: str, ctx: CheckContext, *, must_match: str = "", must_not_match: str = "", ignore_case: bool = False
) -> Fail | None:
    """The text matches ``must_match`` (checked when finished) and never matches ``must_not_match`` (checked in
    flight, at the first complete statement holding a match, unless the pattern has ``$``, ``\\Z``, ``\\B`` or a
    lookahead: a match of those on a prefix may not survive more text, so they wait for the end). Patterns are
    Python regular expressions with ``re.MULTILINE`` (``^`` is the start of any line)."""
    if must_not_match:
        bad = _compiled(must_not_match, ignore_case)
        if ctx.final or not _PREFIX_UNSAFE.search(must_not_match):
            found = bad.search(text)
            if found:
                return Fail("regex_forbidden", at=found.start(), detail=found.group(0)[:80])
    if ctx.final and must_match and not _compiled(must_match, ignore_case).search(text):
        return Fail("regex_missing", detail=f"no match for {must_match!r}")
    return None


@validator(prefix_safe=True, check=in_range("max_words", at_least={"max": 1}))
def max_words(text: str, ctx: CheckContext, *, max: int = 200) -> Fail | None:
    """At most ``max`` words (whitespace-separated). Fires at the first complete statement past the limit."""
    words = list(re.finditer(r"\S+", text))
    if len(words) > max:
        return Fail("too_many_words", at=words[max].start(), detail=f"{len(words)} > {max}")
    return None


@validator(prefix_safe=True, check=in_range("max_chars", at_least={"max": 1}))
def max_chars(text: str, ctx: CheckContext, *, max: int = 2000) -> Fail | None:
    """At most ``max`` characters (leading and trailing whitespace not counted). Fires as soon as it is passed."""
    if len(text.strip()) > max:
        return Fail("too_many_chars", at=len(text) - len(text.lstrip()) + max, detail=f"{len(text.strip())} > {max}")
    return None


def _word_re(word: str, case_sensitive: bool) -> re.Pattern[str]:
    # Whole words where the word starts/ends with a word char; as written otherwise ("def ", "```").
    left = r"\b" if word[:1].isalnum() else ""
    right = r"\b" if word[-1:].isalnum() else ""
    return re.compile(left + re.escape(word) + right, 0 if case_sensitive else re.IGNORECASE)


@validator(prefix_safe=True)
def contains_none(text: str, ctx: CheckContext, *, words: list[str] = [], case_sensitive: bool = False) -> Fail | None:  # noqa: B006
    """None of ``words`` appears (whole words; case ignored unless ``case_sensitive``). Fires at the first one,
    mid-stream: e.g. ``{words: ["As an AI", "I cannot"]}``."""
    found = [(m.start(), w) for w in words if (m := _word_re(str(w), case_sensitive).search(text))]
    if found:
        at, word = min(found)
        return Fail("forbidden_word", at=at, detail=str(word))
    return None


@validator(prefix_safe=False)
def contains_all(text: str, ctx: CheckContext, *, words: list[str] = [], case_sensitive: bool = False) -> Fail | None:  # noqa: B006
    """Every one of ``words`` appears in the finished text (whole words; case ignored unless
    ``case_sensitive``), e.g. ``{words: ["def ", "assert"]}``."""
    missing = [str(w) for w in words if not _word_re(str(w), case_sensitive).search(text)]
    return Fail("missing_word", detail=", ".join(missing)) if missing else None


_OPTION = re.compile(r"(?m)^[ \t*]*\(?([A-J])[).:]\s+\S")
_ANSWER_PATTERNS = (
    re.compile(r"(?i)\b(?:final|correct)?\s*answer\s*(?:is|:|：|=)\s*[*_(\[]*\s*([A-J])\b(?![A-Za-z'])"),
    re.compile(r"\\boxed\{\s*\(?([A-J])\)?\s*\}"),
    re.compile(r"(?i)\b(?:option|choice)\s+\(?([A-J])\)?\s+is\s+(?:the\s+)?correct"),
)


def choice_letters(text: str) -> list[tuple[int, str]]:
    """(offset, letter) of every answer statement: ``Answer: C``, ``the answer is (C)``, ``**Answer:** C``,
    ``\\boxed{C}``, ``option C is correct``, anywhere in a line."""
    found = [(m.start(), m.group(1).upper()) for p in _ANSWER_PATTERNS for m in p.finditer(text)]
    return sorted(found)


def option_letters(text: str) -> set[str]:
    """Letters of the option lines in a question (``A) ...``, ``(B) ...``, ``C. ...``)."""
    return {m.group(1) for m in _OPTION.finditer(text)}


@validator(prefix_safe=False)
def choice(text: str, ctx: CheckContext, *, letters: str = "ABCD", question: str = "") -> Fail | None:
    """A multiple-choice answer: the finished text names one letter (``Answer: C``, ``the answer is (C)``,
    ``\\boxed{C}``... anywhere in a line), always the same one, and it is one of ``letters``. With ``question``
    set to a stage name, the letter must also be one of that stage's option lines (``A) ...``)."""
    found = choice_letters(text)
    if not found:
        return Fail("no_choice", detail=f"no 'Answer: X' with X in {letters}")
    named = {letter for _, letter in found}
    if len(named) > 1:
        return Fail("inconsistent_choice", at=found[-1][0], detail=", ".join(sorted(named)))
    at, letter = found[-1]
    allowed = set(letters.upper())
    if question:
        offered = option_letters(ctx.inputs.get(question, ""))
        allowed &= offered or allowed
    if letter not in allowed:
        return Fail("choice_out_of_range", at=at, detail=f"{letter} not in {''.join(sorted(allowed))}")
    return None
