"""Find the computations a solution states and check them: ``a op b = c``, chains, ``<<48/2=24>>`` annotations.

The guiding rule is *judge only what is certainly a closed numeric computation*. A side of an equation is
checked only when its left edge is clean (statement start, ``=``, ``,``/``:``, or a prose word after a space),
every operand is a number (``3x``, ``f(2)``, ``\\sqrt{}``, ``2 dozen`` or any unknown LaTeX command taint the
side), and the left side has an operator (``1 hour = 60 minutes`` is a conversion, not a computation).
Everything else is skipped, because a false alarm kills a good sample while a miss only costs tokens.

What is understood: ``+ - − – * × x times · / ÷ ^``, ``\\times \\cdot \\div``, ``\\frac{a}{b}``, parentheses
(``\\left( \\right)``, implicit ``2(3)``), ``1,234`` and ``1,\\!234``, decimals, scientific notation (``1.5 ×
10^5``), ``$ € £``, ``20%``/``percent``, ``20% of 50`` and ``1/2 of 10``, ``25% off $140``, unit words after a
number (``3 hours * 60 minutes/hour``), ``\\text{cm}``, glued units and rates (``16 × 14min``, ``$3.75/hr``), ``½``,
numbers in words (:mod:`spoken`). Besides ``=`` and worded markers, a result may be stated after ``==``, an arrow, a
table border, a code comment (``# -> 21``), before its computation (:mod:`result_first`), on the next line
(:mod:`continued`), or be a clock span's duration (:mod:`clock`).

How equal is equal: a stated integer may be the floor or ceiling of a non-integer value (``10/3 = 3``, buses needed
``= 4``); a stated decimal may be rounded to its own last digit (``2/3 = 0.67``); ``≈`` allows one unit of the last
decimal place, or 1% of a whole number; percentages match either as fraction or as percent (``10/50 = 20%``); and a
left side may be read with standard precedence or left to right (sloppy ``5 + 3 * 2 = 16``). A running chain ``12 +
3 = 15 * 2 = 30`` is fine when the next side *starts* with the value so far (a plain number, not ``1/3``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from mcrgen.validators import clock, continued, durations, foreign, pairs, result_first, verbal
from mcrgen.validators.chain import judge_chain
from mcrgen.validators.conversion import amount, two_units_then_equals
from mcrgen.validators.conversion import is_equals as conversion_sign
from mcrgen.validators.expression import Parser
from mcrgen.validators.forms import ROOTS
from mcrgen.validators.lexer import tokenize
from mcrgen.validators.markers import ASKED, MARKER_WORDS, PARSER_WORDS
from mcrgen.validators.pairs import judge_pairs
from mcrgen.validators.scanned import INSIDE, Finding, Scan, check_annotations
from mcrgen.validators.segment import after_equals, settled_end, statement_end
from mcrgen.validators.tokens import EQ, FRAC, LP, NUM, OP, RP, SEP, TIME, WORD, Tok, left_open
from mcrgen.validators.units import is_measure
from mcrgen.validators.verdicts import judge_clock, judge_conversion, judge_durations, judge_first
from mcrgen.validators.vocabulary import (
    FRACTION_WORDS,
    LINK_WORDS,
    MULTIPLIER_WORDS,
    NOT_UNITS,
    PART_WORDS,
    ROUND_WORDS,
)


def _is_bullet(t: list[Tok], k: int) -> bool:
    """A ``-`` or ``*`` list bullet: an operator opening a statement, followed by a space."""
    return t[k].kind == OP and t[k].word in "-*" and (k == 0 or t[k - 1].kind == SEP) and k + 1 < len(t) and t[k + 1].sp


_NOT_AFTER = NOT_UNITS - LINK_WORDS | frozenset(MULTIPLIER_WORDS)
"""Words after which a number belongs to them ("3 times 4", "2 dozen", "twice 3"): not where a side starts."""


def _clean_start(t: list[Tok], i: int) -> bool:
    """May an expression start at token ``i``? Only where nothing to its left could belong to it."""
    if i == 0:
        return True
    p = t[i - 1]
    if p.kind == SEP and p.word == "," and i >= 4 and t[i - 2].kind == NUM and t[i - 3].kind == OP:
        return t[i - 4].kind != NUM  # "1 × 288, 2 × 144, ..., 16 × 18, which gives 18 factors": a list's item
    if p.kind in (SEP, EQ):
        return True
    if p.kind == WORD:
        if not t[i].sp or (len(p.word) < 2 and p.word != "a"):
            return False  # "x 3", "3x": a variable or a glued unit
        if p.word == "of":
            # "a total of 8 + 24", "the cost of 80 * 10/100"; not "1/2 of 8 + 2" nor "half of 8 + 2".
            return i >= 2 and t[i - 2].kind == WORD and t[i - 2].word not in FRACTION_WORDS
        if p.word in _NOT_AFTER or p.word == "nearest" or (p.word == "to" and _rounding_to(t, i)):
            return False  # "twice 3 + 4": the number belongs to the word; "up to 1/4 yd = 4.25": a rounding's place
        # Walk back over the words: "25 classmates + his 1 teacher" continues an expression begun earlier.
        k = i - 1
        while k >= 0 and t[k].kind == WORD and i - k <= 4:
            k -= 1
        if k >= 0 and ((t[k].kind == OP and not _is_bullet(t, k)) or (t[k].kind == NUM and not t[k + 1].sp)):
            # a unit's slash ("in m/s is 18 / 3.6") is no operator
            return t[k].word == "/" and not (t[k].sp or t[k + 1].sp) and k > 0 and t[k - 1].kind == WORD
        # "2 hours and 45 minutes + 6 hours": the 45 is part of a quantity (durations.py reads it whole); after
        # "= 950 and" a computation starts ("500 + 450 = 950 and 50 + 45 = 95")
        between = t[k + 1 : i]
        tight = i + 1 < len(t) and t[i + 1].word == "/" and not t[i + 1].sp  # "= 2 and 1/2 + 3": a mixed number
        tight = tight or t[i].kind == FRAC or 0 < (t[i].val or 0) < 1  # "= 2 and ½ + 3"
        measured = any(is_measure(w.word) for w in between) or k <= 0 or t[k - 1].kind != EQ or tight
        return not (
            k >= 0 and t[k].kind == NUM and measured and all(w.word == "and" or is_measure(w.word) for w in between)
        )
    if p.kind == LP:
        return p.sp and (i == 1 or t[i - 2].kind in (SEP, EQ, WORD))
    if p.kind == OP and p.word in "-*" and t[i].sp:  # a list bullet at the start of a statement
        return i == 1 or t[i - 2].kind == SEP
    if p.kind == RP and t[i].sp and i >= 2 and t[i - 2].kind == NUM:  # a numbered list item: "2) 6 × $1.25"
        return i == 2 or t[i - 3].kind == SEP
    return False


def _rounding_to(t: list[Tok], i: int) -> bool:
    """Does "to" before token ``i`` name a rounding's place ("Rounding up to 1/4 yd", "round 4.1 up to 1/4")? Not
    "add up to 24 × 10": a rounding word must come just before."""
    return any(tok.kind == WORD and tok.word in ROUND_WORDS for tok in t[max(0, i - 5) : i - 1])


_CELL_GAP = re.compile(r"\S(?:\t|   +[-−+]?[$\d])")
_ENTITY_MARKERS = r"&(?:amp;)*(?:#61|equals|asymp|rarr|rArr|#8594|#8776);"
MAY_STATE = re.compile(
    rf"[=≈|#→⇒➔]|{_ENTITY_MARKERS}| ~ |->|approx|\b(?:{MARKER_WORDS})\b|{foreign.GLUED_MARKERS}|{ASKED}"
)
"""A line can state a computation only if it has one of these: a marker, or a table's cell border (a result cell
may follow; a tab between cells of a table copied as text). Most prose lines have none and are not tokenized."""


def may_state(text: str, pos: int, end: int | None = None) -> bool:
    """Whether ``text[pos:end]`` has a :data:`MAY_STATE` match. Most that do have an ``=``, which a memchr finds
    long before the regex would (it tries its word alternatives at every char of prose)."""
    stop = len(text) if end is None else end
    if text.find("=", pos, stop) >= 0 or MAY_STATE.search(text, pos, stop) is not None or after_equals(text, pos):
        return True
    if text.find(", or ", pos, stop) >= 0:
        return True  # "543.5 gallons ÷ 3 people, or about 181.2 gallons" (see chain._or_about)
    if (text.find("\t", pos, stop) >= 0 or text.find("   ", pos, stop) >= 0) and _CELL_GAP.search(text, pos, stop):
        return True  # "Total pay\t$700 x 5\t$3500", "Next 102 kWh   102 x $0.14   $14.28": cells apart
    return text.find("(", pos, stop) >= 0 and _WORKED_PARENS.search(text, pos, stop) is not None


_WORKED_PARENS = re.compile(
    r"\d[^\n(]*\((?:from |that'?s )?(?:\$?[\d.,]+%?\s*(?:[a-z]+\s*){0,3}(?:[-+×*÷/x·]|of\b)|\d+:\d\d)"
)
"""A number, then a computation or a clock span in parentheses: a result stated first (``- Flour: 2.5 cups (0.75 ×
2)``, ``450 minutes (6:00 PM - 9:00 AM)``)."""


def scan(text: str, pos: int = 0, end: int | None = None, *, open_end: bool = False) -> Scan:
    """Check every computation in ``text[pos:end]``, which must start on a statement boundary.

    ``open_end`` says the region stops inside a statement that is still being written (``end`` is then where
    its settled part ends, :func:`mcrgen.validators.segment.settled_end`): a computation there is judged only
    once its stated result is complete (the token after it cannot extend it). Line by line: expressions and
    annotations never span lines, and lines without an equality marker are skipped without being tokenized."""
    stop = len(text) if end is None else end
    found = Scan([], [], -1)
    a = pos
    while a < stop:
        b = text.find("\n", a, stop)
        b = stop if b < 0 else b + 1
        if may_state(text, a, b):
            _scan_line(text, tokenize(text, a, b), found, open_end and b == stop)
        a = b
    found.faults.sort(key=lambda f: f.at)
    found.results.sort()
    return found


@lru_cache(maxsize=32)
def _line_scan(text: str, a: int, b: int) -> Scan:
    return scan(text, a, b)


def scan_lines(text: str, pos: int, end: int) -> Scan:
    """:func:`scan` of ``text[pos:end]``, each line's findings kept for the next call that reads the same line of the
    same text. The final answer's check reads a solution's last lines up to five times (its last result, a
    restatement, a split into hours and minutes, side figures, a comparison); :func:`scan` judges every line on its
    own, so the findings are the same. The Scan returned is a new one: the kept ones are never changed."""
    found = Scan([], [], -1)
    a = pos
    while a < end:
        b = text.find("\n", a, end)
        b = end if b < 0 else b + 1
        line = _line_scan(text, a, b)
        found.faults += line.faults
        found.results += line.results
        found.last_eq = max(found.last_eq, line.last_eq)
        found.undecided += line.undecided
        a = b
    found.faults.sort(key=lambda f: f.at)
    found.results.sort()
    return found


_DOT_GROUPS = re.compile(r"\d\.\d{3}\.$").search
"""A number grouped by dots that a "." ends, for now ("2.060."): the next chars may be "000"."""


def scan_prefix(text: str, lo: int, final: bool, cache: dict[str, Any] | None = None) -> tuple[Scan, int]:
    """Check ``text[lo:]`` (``lo`` on a statement boundary) as far as it is settled; returns the findings and
    the boundary to resume from next time (the start of the statement still being written).

    ``cache`` (a validator's state) keeps the tokens of the statement being written between calls, so a
    statement checked at several settled results is tokenized about once."""
    cache = {} if cache is None else cache
    if final:
        b = len(text)
    else:
        # A prefix ending in a sentence ender was cut at a statement boundary (a settled-result cut never is),
        # unless the "." may still group digits: "Rp 2.060." may go on as "Rp 2.060.000".
        ender = text.endswith(("\n", ".", "!", "?"))
        if ender and text[-2:-1].isdigit() and text.endswith("."):
            ender = _DOT_GROUPS(text, max(lo, len(text) - 8)) is None
        b = len(text) if ender else (statement_end(text, lo) or lo)
    if b > lo and cache.get("at") == lo and text.find("\n", lo, b - 1) < 0:
        found = Scan([], [], -1)  # the statement checked so far is complete now: reuse its tokens
        quiet = cache.get("quiet")
        if may_state(text, lo, b):
            toks = _extend(text, lo, b, cache)
            if quiet is None or not _prose_since(toks, *quiet):
                _scan_line(text, toks, found, False, cache.get("resume", 0))
    else:
        found = scan(text, lo, b) if b > lo else Scan([], [], -1)  # b == lo: no statement ended since lo
    if final or b == len(text):
        cache.clear()
        return found, b
    e = settled_end(text, b)
    if may_state(text, b, e):
        tail = Scan([], [], -1)
        resume = cache.get("resume", 0) if cache.get("at") == b else 0
        toks = _extend(text, b, e, cache)
        cache["resume"] = _scan_line(text, toks, tail, True, resume)
        found.faults += [f for f in tail.faults if tail.pending is None or f.at < tail.pending]
        if tail.pending is None and not tail.faults and toks and _is_prose(toks[-1]):
            cache["quiet"] = (len(toks), toks[-1])
    return found, b


def _is_prose(tok: Tok) -> bool:
    """A word after whitespace that the parser reads as nothing more than a unit or prose."""
    return tok.kind == WORD and tok.sp and tok.word not in PARSER_WORDS


def _prose_since(toks: list[Tok], n: int, last: Tok) -> bool:
    """Did only prose follow the ``n`` tokens of a quiet open-ended scan (every chain settled, no fault, ending
    on a prose word ``last``)? Then the statement's complete scan would take the same decisions and find
    nothing either: prose words and a final ``.``/``!``/``?`` look to the parser exactly like the end of the
    tokens (they extend no side, mark no result, compare nothing), and a word that has grown (``c`` ->
    ``clips``) is still prose."""
    if len(toks) < n:
        return False
    grown = toks[n - 1]
    if grown.start != last.start or not _is_prose(grown):
        return False
    return all(_is_prose(t) or (t.kind == SEP and t.word in _ENDS) for t in toks[n:])


_ENDS = frozenset({".", "!", "?", "\n"})


def _extend(text: str, start: int, end: int, cache: dict[str, Any]) -> list[Tok]:
    """Tokens of ``text[start:end]``, reusing those cached for the same start but the last (it may have grown:
    ``muf`` -> ``muffins``)."""
    toks: list[Tok] = cache["toks"][:-1] if cache.get("at") == start else []
    while toks and toks[-1].kind in (NUM, FRAC) and text[toks[-1].start].isalpha():
        toks.pop()  # a number in words may join the words after it ("three" "quarters of"): read them again
    pos = toks[-1].end if toks else start
    toks += tokenize(text, pos, end, sp=not toks)
    cache["at"], cache["toks"] = start, toks
    cache.pop("quiet", None)  # it described the tokens before these
    return toks


SETTLED_MARGIN = 6
"""Tokens a chain attempt must start before the end of a statement still being written for everything
decided before it to be final (the parser looks at most a few tokens ahead)."""


def _scan_line(text: str, raw: list[Tok], found: Scan, open_end: bool, start: int = 0, depth: int = 0) -> int:
    """Judge the computations of one line's tokens from token ``start`` on (earlier ones were judged by a
    previous call on the same statement). Returns where the next call on this statement may start: the last
    chain attempt far enough from the end, never past one whose result may still change."""
    toks, head = continued.joined(text, check_annotations(text, raw, found))
    toks = continued.carried(text, toks, depth, _line_results) if head is None else toks
    faults = len(found.faults)
    safe = _judge_line(text, toks, found, open_end, start)
    if head is not None:  # a fault the line before computed is stated on this line: it is this line's
        found.faults[faults:] = [
            Finding(max(f.at, head), " ".join(f.detail.split("\n"))) for f in found.faults[faults:]
        ]
    return safe


def _line_results(text: str, lo: int, hi: int, depth: int) -> Scan:
    """What the complete line ``text[lo:hi]`` states (for :func:`continued.carried`)."""
    found = Scan([], [], -1)
    if may_state(text, lo, hi):
        _scan_line(text, tokenize(text, lo, hi), found, False, 0, depth)
    return found


def _judge_line(text: str, toks: list[Tok], found: Scan, open_end: bool, start: int) -> int:
    """:func:`_scan_line` on the tokens of a line, after those of the line before it that it goes on from."""
    p = Parser(toks)
    n = len(toks)
    for t in toks:
        if t.kind == EQ and t.end > found.last_eq:
            found.last_eq = t.end
    i = safe = start
    while i < n:
        if found.pending is None and i + SETTLED_MARGIN <= n:
            safe = i
        tok = toks[i]
        starter = _STARTERS.get(tok.word) if tok.kind == WORD else None
        k = judge_clock(text, p, i, found, open_end) if tok.kind == TIME or starter == "clock" else None
        if k is None and (tok.kind in (TIME, NUM) or tok.word in durations.STARTERS) and _clean_start(toks, i):
            k = judge_durations(text, p, i, found, open_end)  # "7:30 a.m. + 1 hour 45 minutes = 9:15 a.m."
        if k is not None:
            i = max(k, i + 1)
            continue
        if starter == "verbal":
            named, k = verbal.read(p, i)
            if named is not None:  # "multiply 8 by 7 to get 56": judged like "8 × 7 = 56"
                i = max(judge_chain(text, p, named, k, found, open_end), i + 1)
                continue
        scaled = starter == "scaled"
        startable = (
            scaled
            or tok.kind in (NUM, FRAC, LP)
            or (tok.word in ROOTS and i + 1 < n and toks[i + 1].kind == LP)  # "√(24 + 81) = √105"
            or (tok.kind == OP and tok.word == "-" and i + 1 < n and not toks[i + 1].sp)
        )
        if not startable or not _clean_start(toks, i):
            i += 1
            continue
        if tok.kind == LP and (k := judge_pairs(text, p, i, found)) is not None:
            i = max(k, i + 1)  # "((9 + 12)/2, (−4 + 5)/2) = (10.5, 0.5)"
            continue
        if open_end and tok.kind == LP and pairs.awaits(p, i):
            found.hold(tok.start)  # "(9 − 8, 3 − 8) =": its stated pair may follow
        first, j = p.scaled(i) if scaled else p.side(i)
        if open_end and (first is None or first.value is None) and left_open(toks, i):
            found.hold(tok.start)  # "((17*60 + 30) - (9*60", "(−10 + 4)/(−5 − (−3)": it may close later
        if first is None:
            i += 1
            continue
        fraction = first.has_op and j == i + 4 and amount(p, i)[1] == i + 3  # "3/4 hour = 45 minutes"
        if (fraction or (not first.has_op and first.lit is not None)) and (
            (j in (i + 2, i + 4) and j < n and conversion_sign(toks[j])) or two_units_then_equals(p, i)
        ):
            k = judge_conversion(text, p, i, found, open_end)
            if k is not None:
                i = max(k, i + 1)
                continue
        if not first.has_op:
            reading = result_first.read(p, first, i, j, open_end) if result_first.opens_clause(toks, i) else None
            if reading is None or reading[0] is None:
                first, reading = result_first.parenthetical(p, first, j, open_end, text)
            if reading is not None and reading[0] == INSIDE and reading[1] is not None:
                i = max(judge_chain(text, p, reading[1], reading[2], found, open_end), i + 1)  # "$14 ($12 × 2 = $14)"
                continue
            if reading is not None and reading[0] is not None:
                i = max(judge_first(text, first, reading, found), i + 1)
                continue
        i = max(judge_chain(text, p, first, j, found, open_end), i + 1)
    return safe


_STARTERS = {w: "scaled" for w in (*MULTIPLIER_WORDS, *PART_WORDS)} | {w: "clock" for w in clock.OPENERS}
_STARTERS |= {w: "verbal" for w in verbal.STARTERS}
"""Words a computation may start at: a scaling word ("twice 18", "half of 36"), a clock span's "from", a verb
naming an operation ("Multiply 8 by 7"). A number in words is a number token (:mod:`spoken`)."""
