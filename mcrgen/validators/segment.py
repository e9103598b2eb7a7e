"""Checkpoints: where the engine may cut a streamed text and hand the prefix to the validators.

Two kinds, both pure functions of the text before them, so they never move once seen, whatever the chunking:

* a *statement boundary* (:func:`statement_end`), where a statement is complete;
* a *settled result* (:func:`result_end`): inside a statement that states a computation (``=``, ``is``,
  ``, which is``...), the point where the result just stated can no longer change (``So 24 - 9 = 13 mu``:
  ``13`` is complete and ``mu`` cannot become ``million`` or ``of``), so a wrong result is judged there and
  not at the end of the sentence.

:func:`complete_prefix_end` returns the later of the two. Built-in validators judge only what is settled in
the text they get; plug-in validators only ever see statement boundaries (``BoundValidator.on_prefix`` cuts
their prefix back to one).

Statement boundaries:

* just after a newline;
* just after ``.``, ``!`` or ``?`` when the next char is whitespace (so the ``.`` of ``2.5`` never is, and a
  ``.`` at the very end of the text is not one *yet*: its whitespace may still be coming);
* except inside a GSM8K calculator annotation ``<<...>>``: a ``<<`` less than :data:`ANNOTATION_MAX` chars
  earlier on the same line, with no ``>>`` after it, means the candidate is inside one. Annotations never span
  lines, so a newline is always a boundary; the length cap keeps a stray ``<<`` from suppressing boundaries
  forever and keeps every look-back bounded.

Every search here is bounded by the in-progress statement (plus :data:`ANNOTATION_MAX`), so calling this after
each streamed chunk costs the same however long the text already is.
"""

from __future__ import annotations

import re
from functools import cache

from mcrgen.validators import foreign, spoken
from mcrgen.validators.forms import ABBREVIATED
from mcrgen.validators.lexer import CURRENCY_CODES
from mcrgen.validators.markers import ASKED, GUARD_WORDS, MARKER_WORDS, SPECIAL_WORDS

ANNOTATION_MAX = 200
"""Longest ``<<...>>`` annotation that suppresses sentence boundaries (GSM8K's longest is under 100 chars)."""

_ENDERS = ".!?"


def _inside_annotation(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside an unclosed ``<<`` opened earlier on the same line."""
    opened = text.rfind("<<", max(0, pos - ANNOTATION_MAX), pos)
    if opened < 0:
        return False
    return text.find(">>", opened + 2, pos) < 0 and text.find("\n", opened, pos) < 0


def _no_end(text: str, pos: int) -> bool:
    """Is the ender at ``pos`` no statement's end: a ``!`` after a digit (``6! = 720``), or the dot of a currency
    code ("Rs. 95", "Ksh. 4,125": the amount goes on) or of a unit ("310.2 sq. ft. × $3.36")? A sentence that
    ends on one is merged with the next, which only delays a verdict."""
    if text[pos] == "!":  # "6! = 720": may be a factorial, whose equation goes on ("24! Great." ends later)
        return pos > 0 and text[pos - 1].isdigit()
    if text[pos] == "?" or text[pos] == "…" or text.startswith("...", pos - 2):
        if text[pos] != "?" and pos >= 3 and text[pos - (1 if text[pos] == "…" else 3)].isdigit():
            return True  # "= 13.666... ≈ 13.67": a repeating decimal cut short, the equation goes on
        return _spoken_gap(text, pos)
    if text[pos] == "." and pos >= 2 and text[pos - 1].isalpha():
        word = pos - 1
        while word > 0 and pos - word < 4 and text[word - 1].isalpha():
            word -= 1
        abbreviation = text[word:pos] in CURRENCY_CODES or text[word:pos].lower() in ABBREVIATED
        if abbreviation and (word == 0 or not text[word - 1].isalpha()):
            return True
    return _inside_annotation(text, pos)


_SAID = re.compile(r"(?:\b(?:is|that['’]s|thats|it['’]s|makes|equals|gives|was|are|get)|\?)[ \t]*(?:\.\.\.|…)$")
_QUESTION = re.compile(rf"{ASKED}|\b(?:[Aa]nyone|[Aa]nybody|[Ee]veryone|[Ee]verybody)\?$")


def _spoken_gap(text: str, pos: int) -> bool:
    """Is the ``?`` or pause at ``pos`` one a speaker makes before saying a result ("that's... six", "What's six
    plus five? Anyone? Eleven.")? The statement goes on to the result."""
    head = max(text.rfind("\n", 0, pos), pos - 120) + 1
    if text[pos] == "?":
        return _QUESTION.search(text, head, pos + 1) is not None
    return _SAID.search(text, head, pos + 1) is not None


def complete_prefix_end(text: str, start: int = 0, settled: dict[int, int] | None = None) -> int:
    """Offset of the last checkpoint in ``text`` whose defining char is at or after ``start``: a statement
    boundary or a settled result, whichever is later (0 when there is none). Call it after every chunk.

    ``settled`` (one per stream, the caller's) remembers where the word after each result settled: the same
    result is met again by every chunk of the next few chars, and a settled word never unsettles as the text
    grows (it depends only on the chars before its end). Under the key :data:`SPENT` it keeps where the next
    search for a result may start: every result before it settled before ``start``, so it can never make a
    checkpoint again (``start`` only grows), and most chunks then find no result to look at.

    Most chunks make no checkpoint, so two regex searches over the new chars decide that before any other
    work: a statement boundary needs a newline or an ender followed by whitespace at or after ``start`` (the
    same test :func:`statement_end` applies; ``\\s`` is exactly ``str.isspace``), and a settled result needs a
    :data:`_RESULT` match in the window :func:`result_end` searches."""
    tail = text[start:] if start > 0 else text
    # No newline and no ender: the hint cannot match (a str test is cheaper than a regex call).
    may_end = "\n" in tail or "." in tail or "!" in tail or "?" in tail
    stated = statement_end(text, start) if may_end and _STATEMENT_HINT.search(text, start) is not None else 0
    lo = start - RESULT_LOOKBACK if start > RESULT_LOOKBACK else 0
    if settled is not None:
        spent = settled.get(SPENT, 0)
        lo = spent if spent > lo else lo
    m = _RESULT.search(text, lo)
    if m is None:
        return stated
    result = _result_end_from(text, start, m, settled)
    return result if result > stated else stated


_STATEMENT_HINT = re.compile(r"\n|[.!?]\s")
"""What every statement boundary after ``start`` has: a newline, or an ender with whitespace after it."""


def statement_end(text: str, start: int = 0) -> int:
    """Offset just past the last complete statement in ``text``, looking only at boundaries after ``start``.

    A boundary ``b`` is found when its ending char ``text[b-1]`` is at or after ``start``; so after appending
    a chunk, pass ``start = len(text_before_chunk) - 1``: a ``.`` that ended the previous chunk becomes a
    boundary only once its whitespace arrives.

    Returns 0 when there is no boundary at or after ``start``, never ``start`` itself: ``start`` may sit inside
    a statement, and callers tell "nothing new" by comparing with their last cut (``end > checked``).
    """
    n = len(text)
    if start < 0:
        start = 0
    if start >= n:
        return 0
    nl = text.rfind("\n", start)
    floor = nl + 1 if nl >= 0 else start
    # Sentence enders after the last newline beat it; the last char cannot end a sentence yet.
    hi = n - 1
    while hi > floor:
        p = max(text.rfind(".", floor, hi), text.rfind("!", floor, hi), text.rfind("?", floor, hi))
        if p < 0:
            break
        if text[p + 1].isspace() and not _no_end(text, p):
            return p + 1
        hi = p
    return nl + 1 if nl >= 0 else 0


def statement_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at every boundary (same rule as :func:`complete_prefix_end`)."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    i = start
    while i < stop:
        ch = text[i]
        if ch == "\n" or (ch in _ENDERS and i + 1 < len(text) and text[i + 1].isspace() and not _no_end(text, i)):
            spans.append((s, i + 1))
            s = i + 1
        i += 1
    if s < stop:
        spans.append((s, stop))
    return spans


# --- settled results -------------------------------------------------------------------------------------

RESULT_LOOKBACK = 14
"""How far before ``start`` a number may have ended whose settling char is at ``start`` or later: a space and
the longest prefix of a special word (``multiplied``)."""
_RATE = re.compile(r"\d/[A-Za-z]+$")
"""A rate after a number ("$448/w"): the word may grow, but it is never read specially."""
_MARKER = re.compile(rf"[=≈]|\b(?:{MARKER_WORDS})\b|{foreign.GLUED_MARKERS}|{ASKED}")
# A number, then what closes it: "**" (bold), ", " / ": " / ";" / ")", a closing math delimiter ("\\)", "\\]"),
# or a space and a word (letters: the empty group "space" marks that case; spaces are tried once, for both).
_RESULT = re.compile(r"\d(?:\.\d+)?(?:\*\*|[,:][ \t]|[;)]|/[A-Za-z]|\\[)\]]|[ \t]+(?:\\[)\]]|(?P<space>)(?=[A-Za-z])))")
# (The last digit of a number, and what closes it. It starts with a digit so the regex engine skips ahead fast.)


@cache
def _special_prefixes(spoken_before: bool) -> frozenset[str]:
    return frozenset(w[:k] for w in _special(spoken_before) for k in range(1, len(w) + 1))


@cache
def _special(spoken_before: bool) -> frozenset[str]:
    # After a number in words, a word may go on the number ("six" -> "sixty", "hundred" -> "hundred and").
    return SPECIAL_WORDS | spoken.CONTINUATIONS | frozenset(spoken.NUMBER_WORDS) if spoken_before else SPECIAL_WORDS


def _word_settles(text: str, q: int, n: int, spoken_before: bool = False) -> int:
    """Offset at which the word starting at ``q`` can no longer be one the parser reads specially (``mu`` is
    not ``million``, ``of``...), or -1 when the text ends before that. A complete word settles at the char
    after it unless it is special; a comparison word (``19 more candies``) settles with the word after it.
    ``spoken_before``: the word before is a number in words, which this one may go on."""
    prefixes = _special_prefixes(spoken_before)
    r = q
    while r < n and text[r].isalpha():
        r += 1
        if text[q:r].lower() not in prefixes:
            return r
    if r >= n or r == q:
        return -1
    word = text[q:r].lower()
    if word not in _special(spoken_before):
        return r + 1  # "a" in "$104,001 a year": complete, and not special
    if word in GUARD_WORDS and text[r] == " " and r + 1 < n and text[r + 1].isalpha():
        return _word_settles(text, r + 1, n)
    return -1


def _statement_start(text: str, pos: int) -> int:
    """Where the statement holding ``pos`` starts: after the last newline, or after the last ``. ``, ``! `` or
    ``? `` on its line, whichever is later."""
    head = text.rfind("\n", 0, pos) + 1
    for ender in (". ", "! ", "? "):
        e = text.rfind(ender, head, pos)  # an ender before the head found so far cannot move it
        while e >= 0 and _no_end(text, e):
            e = text.rfind(ender, head, e)
        if e >= 0:
            head = e + 2
    return head


def result_end(text: str, start: int = 0) -> int:
    """Offset just past the last settled result whose settling char is at or after ``start``, or 0.

    A result is a number after an equality marker in its statement (outside ``<<...>>`` annotations); it is
    settled once what follows it cannot extend it: a word that is not (the start of) an operator, scale or
    comparison word (``13 mu``, not ``13 m``, ``20 of``), ``**`` (bold), ``, `` or ``: `` followed by a space
    (not ``1,250``), ``;`` or ``)``. A settling char comes at most :data:`RESULT_LOOKBACK` chars after the
    number's last digit, so only that far before ``start`` is searched (a checkpoint is only *when* to look:
    validators judge what is settled, so a spare checkpoint costs time, never a verdict)."""
    m = _RESULT.search(text, max(0, start - RESULT_LOOKBACK))
    return 0 if m is None else _result_end_from(text, start, m)


SPENT = -1
"""The key under which :func:`complete_prefix_end`'s ``settled`` memo keeps where its next result search starts
(an offset, never a word's: those are >= 0)."""


def _result_end_from(text: str, start: int, m: re.Match[str] | None, settled: dict[int, int] | None = None) -> int:
    """:func:`result_end` given its first search's match ``m`` (``settled``: see :func:`complete_prefix_end`)."""
    n = len(text)
    found = []
    spent = True  # every result so far settled before start
    while m is not None:  # one search per result: usually none or one in the window
        end = m.end()
        if m.group("space") is not None:
            word = end
            end = settled.get(word, -1) if settled is not None else -1
            if end < 0:
                end = _word_settles(text, word, n)
                if settled is not None and end > 0:
                    if len(settled) > 64:  # only the last few chars' results are met again
                        settled.clear()
                    settled[word] = end
        if end - 1 >= start or end < 0:
            spent = False
            if end - 1 >= start:
                found.append((end, m.start()))
        elif spent and settled is not None:
            settled[SPENT] = m.end()
        m = _RESULT.search(text, m.end(), n)
    for end, num in reversed(found):  # the latest first; usually there is one
        head = _statement_start(text, num)
        # Most statements that state a result have an "=": a memchr finds it long before the regex would.
        marked = text.find("=", head, num) >= 0 or _MARKER.search(text, head, num) is not None
        # "- Flour: 2.5 cups (0.75 × 2)": a computation in parentheses after its result ends there.
        marked = marked or (text[end - 1] == ")" and text.find("(", head, num) >= 0)
        marked = marked or after_equals(text, head)
        if marked and not _inside_annotation(text, num):
            return end
    return 0


def after_equals(text: str, pos: int) -> bool:
    """Does the line before the one starting at ``pos`` end with ``=`` (``12*4 =`` then ``48 cookies``)? Its result
    is on the line at ``pos``."""
    if pos < 2 or text[pos - 1] != "\n":
        return False
    at = pos - 2
    while at > 0 and text[at] in " \t\r":
        at -= 1
    return text[at] == "="


_CLOSERS = ("\\)", "\\]")
"""Closing math delimiters: complete as they stand, whatever follows."""


def _spoken_before(text: str, lo: int, k: int) -> bool:
    """Is the word before the one at ``k`` a number in words, or a word that goes on one ("hundred", "and")?"""
    j = k
    while j > lo and text[j - 1] in " \t":
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalpha() or text[i - 1] == "-"):
        i -= 1
    word = text[i:j].lower()
    if i < j and word in spoken.AFTER_NUMBER:
        return _spoken_before(text, lo, i)  # "dollars" goes on only a number in words: "thirty-one dollars and"
    return i < j and (word in spoken.NUMBER_WORDS or word in spoken.CONTINUATIONS)


def _run_settles(text: str, lo: int, k: int, e: int) -> bool:
    """Can the word ``text[k:e]`` no longer become one the parser reads specially? After a number in words, more
    words may go on the number (looked at only when the word may be one of those)."""
    if _word_settles(text, k, e) <= 0:
        return False
    if text[k:e].lower() not in _special_prefixes(True) or not _spoken_before(text, lo, k):
        return True
    return _word_settles(text, k, e, True) > 0


_ENTITY_END = re.compile(r"\d&[#\w;]+;\Z")
_POWER_SIGN = re.compile(r"\A[^*]*[\d)]\*\*\Z")


def settled_end(text: str, lo: int, hi: int | None = None) -> int:
    """End of the part of ``text[lo:hi]`` (a statement still being written) whose tokens cannot change any
    more: drops a trailing run of non-space chars that may still grow (``13`` -> ``135``, ``1,2`` -> ``1,250``,
    ``m`` -> ``million``; a plain word that cannot become a special one is kept), a trailing ``$``/``^``/``\``
    whose meaning depends on what follows, and an unclosed ``<<`` annotation or ``{`` group."""
    e = len(text) if hi is None else hi
    k = e
    while k > lo and not text[k - 1].isspace():
        k -= 1
    run = text[k:e]
    # Kept: a plain word that cannot become a special one, or a run whose last token is complete ("**13**").
    complete = run.endswith(("**", ";", ")", "\\]")) or _RATE.search(run) is not None
    if complete and run.endswith(";") and _ENTITY_END.search(run) is not None:
        complete = False  # "$1&amp;#44;" may go on "080": an entity between digit groups
    if complete and run.endswith("**") and _POWER_SIGN.search(run) is not None:
        complete = False  # "3**" may go on "2": code's power, not the end of "**13**"
    if run and not (run.isalpha() and _run_settles(text, lo, k, e)) and not complete:
        e = k
    j = e
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j > lo and text[j - 1] in "$^&\\":
        e = j - 1
    r = j
    while r > lo and not text[r - 1].isspace():
        r -= 1
    if text.startswith("\\", r) and r < e and not text.endswith(_CLOSERS, r, e):
        e = r  # "\\frac {1}{2}", "\\left (": a LaTeX command's meaning may depend on what follows the space
    for opening, closing in (("<<", ">>"), ("{", "}")):
        o = text.rfind(opening, lo, e)
        if o >= 0 and text.find(closing, o, e) < 0:
            e = o
    return max(lo, e)
