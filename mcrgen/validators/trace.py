"""S2 gate, the Reasoning Trace Auditor: checks a solution while it is being written.

Every validator here is prefix-safe: it reads only ``text[ctx.start:]`` (plus a short look-back), keeps what
it must remember in ``ctx.state``, and reports a fault only in complete statements, so a fault found in a
prefix is a fault of every continuation and its offset does not depend on how the text was chunked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from mcrgen.validators import CheckContext, Fail, codevalues, validator

# The gates that compare with the problem, and the loop gates, live in their own modules; importing them here
# registers them with the other S2 gates. The names stay importable from here.
from mcrgen.validators import loops as _loops  # noqa: F401  (registers runaway_length, repetition)
from mcrgen.validators.arithmetic import may_state, scan_prefix
from mcrgen.validators.bounds import in_range
from mcrgen.validators.claims import line_claims
from mcrgen.validators.excused import QUOTED, excused, given_values, marked_wrong
from mcrgen.validators.formats import get_format
from mcrgen.validators.lexer import tokenize
from mcrgen.validators.scale import NUMBER_RE as NUMBER_RE
from mcrgen.validators.scale import number_value as number_value
from mcrgen.validators.scale import problem_quantities as problem_quantities
from mcrgen.validators.segment import statement_end
from mcrgen.validators.spoken import NUMBER_WORDS
from mcrgen.validators.tokens import NUM

# --- hallucination_phrases ---------------------------------------------------------------------------------


def packaged_phrases() -> list[str]:
    """The shipped phrase list (``mcrgen/validators/data/hallucination_phrases.txt``)."""
    raw = resources.files("mcrgen.validators").joinpath("data/hallucination_phrases.txt").read_text("utf-8")
    return parse_phrase_lines(raw.splitlines())


def parse_phrase_lines(lines: Sequence[str]) -> list[str]:
    out = []
    for line in lines:
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return out


def _trie_regex(phrases: Sequence[list[str]]) -> str:
    """One regex for many word sequences, with shared leading words factored out ("i am", "i cannot", ...):
    Python's regex engine tries alternatives one by one, so a flat alternation of 100 phrases is slow."""
    groups: dict[str, list[list[str]]] = {}
    ends = False
    for words in phrases:
        if not words:
            ends = True
        else:
            groups.setdefault(words[0].lower(), []).append(words[1:])
    alts = []
    for first in sorted(groups, key=len, reverse=True):
        word = re.escape(first).replace("'", "['’]")
        rest = groups[first]
        if any(rest):
            tail = _trie_regex(rest)
            alts.append(word + r"(?:\s+" + tail + ")" + ("?" if any(not r for r in rest) else ""))
        else:
            alts.append(word)
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if ends and alts else body


@dataclass(frozen=True, slots=True)
class _PhraseSearch:
    pattern: re.Pattern[str]
    """Case-insensitive."""
    lower: re.Pattern[str] | None
    """The same for lower-cased ASCII text, case-sensitive (None when a phrase is not ASCII): on ASCII text
    it finds exactly what ``pattern`` finds, in about half the time (case-insensitive matching folds every char)."""
    lookback: int
    """How far before the last cut a phrase straddling it may start."""

    def search(self, text: str, pos: int) -> tuple[int, int] | None:
        """Span of the first phrase starting at ``pos`` or later."""
        if self.lower is not None:
            lo = pos - 1 if pos > 0 else 0  # the char before pos: the pattern looks behind at word edges
            window = text[lo:]
            if window.isascii():
                m = self.lower.search(window.lower(), pos - lo)
                return None if m is None else (lo + m.start(), lo + m.end())
        m = self.pattern.search(text, pos)
        return None if m is None else m.span()


@lru_cache(maxsize=32)
def _phrase_pattern(phrases: tuple[str, ...]) -> _PhraseSearch:
    if not phrases:
        return _PhraseSearch(re.compile(r"(?!)"), None, 0)
    body = _trie_regex([p.split() for p in set(phrases)])
    # Whole words only: "guess" must not match inside "guessed".
    # The leading character class lets the engine skip most positions with one set test.
    firsts = "".join(sorted({c for p in phrases for c in (p[0].lower(), p[0].upper())}))
    edges = r"(?=[" + re.escape(firsts) + r"])(?<![\w'’])", r"(?![\w’'])"
    pattern = re.compile(edges[0] + body + edges[1], re.IGNORECASE)
    ascii_only = all(p.isascii() for p in phrases)
    lower = re.compile(edges[0] + body.lower() + edges[1]) if ascii_only else None
    return _PhraseSearch(pattern, lower, max(len(p) for p in phrases) + 8)


def _phrases(extra: list[str] | None, replace: list[str] | None) -> tuple[str, ...]:
    base = list(replace) if replace is not None else _PACKAGED
    return tuple(base + list(extra or []))


_PACKAGED = packaged_phrases()


@validator(prefix_safe=True)
def hallucination_phrases(
    text: str, ctx: CheckContext, *, extra: list[str] | None = None, replace: list[str] | None = None
) -> Fail | None:
    """Reject a solution that uses a phrase signalling hallucination, guessing, refusal or self-contradiction.

    The list ships in ``mcrgen/validators/data/hallucination_phrases.txt`` (one phrase per line, ``#``
    comments). ``extra`` adds phrases; ``replace`` uses only the given phrases instead of the shipped list.
    Matching is case-insensitive, on whole words, with any whitespace between words."""
    st = ctx.state
    if "pattern" not in st:  # once per stream: building the key hashes every phrase
        st["pattern"] = _phrase_pattern(_phrases(extra, replace))
    phrases: _PhraseSearch = st["pattern"]
    # A phrase may straddle the previous checkpoint, so look back by the longest phrase.
    m = phrases.search(text, max(0, ctx.start - phrases.lookback))
    # A match ending exactly at the last cut was not judged then (its word could still grow): judge it now.
    while m is not None and m[1] < ctx.start:
        m = phrases.search(text, m[1])
    if m is None or (m[1] == len(text) and not ctx.final):
        return None  # "oops" at the very end may still become "oopsie"
    return Fail("hallucination_phrase", at=m[0], detail=repr(text[m[0] : m[1]]))


# --- answer_marker -----------------------------------------------------------------------------------------


_ANSWER = re.compile(r"-?[\d,]*\.?\d+")
_RESTATEMENTS = ("theansweris:", "theansweris", "thefinalansweris:", "thefinalansweris", "answer:", "finalanswer:")
"""How a line after ``#### 37`` says the same answer again, spaces, ``*`` and ``$`` dropped: MetaMathQA's
solutions end ``#### 37`` then ``The answer is: 37``."""


def restates(answer_line: str, rest: str, final: bool) -> bool:
    """Does ``rest`` (the text after the answer's line) only say the answer of ``answer_line`` again, or may it
    still (``final`` False: its last line may be incomplete)?"""
    m = _ANSWER.search(answer_line)
    if m is None:
        return False
    value = m.group().replace(",", "")
    lines = rest.lstrip("\n").split("\n")
    for k, line in enumerate(lines):
        said = re.sub(r"[\s*$]", "", line).lower().replace(",", "").removesuffix(".")
        if said and not _says_again(said, value, open_line=k == len(lines) - 1 and not final):
            return False
    return True


def _says_again(said: str, value: str, *, open_line: bool) -> bool:
    """Is ``said`` (a line, squeezed as in :func:`restates`) a restatement of ``value`` (``37`` and ``37.00``
    are the same answer), or, on a line still arriving, the start of one?"""
    for head in _RESTATEMENTS:
        if said.startswith(head):
            number = said[len(head) :]
            if _ANSWER.fullmatch(number) and float(number) == float(value):
                return True
            if open_line and (value.startswith(number) or re.fullmatch(re.escape(value) + r"\.?0*", number)):
                return True
        elif open_line and head.startswith(said):
            return True
    return False


@validator(prefix_safe=True, check=in_range("answer_marker", at_least={"min_computations": 0}))
def answer_marker(text: str, ctx: CheckContext, *, min_computations: int | None = None) -> Fail | None:
    """The final-answer marker (``####``, ``\\boxed{``, ``Answer:`` per the recipe's answer format) must not come
    too early and must not be repeated.

    Premature: fewer than ``min_computations`` computations or relations (``=``, ``≈``, ``<``, ``\\equiv``,
    ``\\cdot``, ``3 + 4``...) before the first marker, or (for
    formats whose answer ends the text, like ``####``) a further statement after the answer's line. Repeated: a
    second marker, unless (for ``\\boxed{}``) it boxes the same answer again.

    ``min_computations`` defaults to 1 for formats whose answer ends the text (``####``, ``Answer:``) and to 0
    for ``\\boxed{}``: competition solutions often conclude in prose ("one raised to any power is one")."""
    fmt = get_format(ctx.answer_format)
    if min_computations is None:
        min_computations = 0 if fmt.trailing_text else 1
    st = ctx.state
    start = ctx.start
    first: int | None = st.get("first")
    if first is None:
        m = fmt.marker_re.search(text, start)
        if m is None:
            if st.get("eqs", 0) < min_computations:  # enough seen: no need to count further
                st["eqs"] = st.get("eqs", 0) + _count_eqs(text, start, len(text), st)
            return None
        eqs = st.get("eqs", 0)
        if eqs < min_computations:
            eqs += _count_eqs(text, start, m.start(), st)
        if eqs == 0 < min_computations:  # none in the forms above: lines with a computed number, in any language
            eqs = _computed_numbers(text, m.start(), ctx.inputs.get("problem", ""))
        if eqs < min_computations:
            return Fail("premature_answer", at=m.start(), detail=f"{eqs} computation(s) before the answer marker")
        first = st["first"] = m.start()
        start = m.end()
    if not fmt.trailing_text:
        line_end = text.find("\n", first)
        rest = text[max(line_end, start) :] if line_end >= 0 else ""
        if rest.strip() and not restates(text[first:line_end], rest, ctx.final):
            again = fmt.marker_re.search(text, max(line_end, start))
            reason = "repeated_answer" if again else "text_after_answer"
            return Fail(reason, at=first, detail=text[line_end + 1 :].strip()[:60])
        return None
    # Trailing prose is fine; a second answer only if it repeats the first.
    pending: int = st.get("pending", start)
    for m in fmt.marker_re.finditer(text, pending):
        if m.start() == first:
            continue
        got = fmt.find(text[first:])
        if len(got) < 2 and not ctx.final:  # the second answer is not closed yet: decide at a later checkpoint
            st["pending"] = m.start()
            return None
        if len(got) >= 2 and got[0].value is not None and got[0].value == got[-1].value:
            continue
        return Fail("repeated_answer", at=m.start(), detail=f"{len(got)} answers")
    st["pending"] = len(text)
    return None


# A computation or a relation: "=", "≈", "≡", "<", "≤", "\\equiv", "\\le", "\\cdot", an operator between numbers,
# or a worded one ("10 cups minus 6 cups", "83 plus 91", "half of 48", "twice 12").
_WORK_RE = re.compile(
    r"[=≈≡<>≤≥]|\\(?:equiv|approx|le|ge|leq|geq|neq|cdot|times|div|frac|dfrac)\b|\d%?\s*[-+*/×÷·x−–]\s*\$?\d"
    r"|\d[²³⁴⁵⁶⁷⁸⁹]|\d\^\{?\d|\d[ \t]+(?:squared|cubed)\b"  # a power: "| Volume | 23³ | 12,167 in³ |", "12 squared"
    r"|[A-Za-z)][ \t]+[×÷·][ \t]+[A-Za-z(]"  # a column's formula: "| Points (Games × Points each) |"
    r"|\|[ \t]*\**[ \t]*(?:[Ss]ub)?[Tt]otals?\b[^|\n]*\|[^\n]*\d"  # a sum: "| **Total** | **55** |"
    r"|\d%?\s+(?:[A-Za-z-]+\s+){0,3}?(?:plus|minus|times|x|divided\s+by|multiplied\s+by|lots\s+of)\s+\$?\d"
    r"|\w[ \t]*[-+*/][ \t]*\w[^\n]*?(?://|#)[ \t]*\$?\d"  # code: "SET left TO a - b    // 610"
    r"|\b(?:[Hh]alf|[Tt]wice|[Dd]ouble|[Tt]riple|[Tt]hird|[Qq]uarter)\s+(?:of\s+)?(?:the\s+)?\$?\d"
    r"|\s(?:times|lots\s+of|plus|minus|(?:multiplied|divided)\s+by|take\s+away|split(?:\s+into)?|groups\s+of"
    r"|added\s+to|shared\s+(?:between|among)|goes\s+into|[Mm]ultiply|[Ss]ubtract|[Dd]ivide|[Aa]dd)\s+"
    r"(?:\$?\d|(?P<word>[A-Za-z]+(?:-[A-Za-z]+)?)\b)",
)
"""The last alternative counts only when a digit or a number word follows ("Eight times three", "144 lots of
five", "one hundred and eighty divided by thirty"): the word is checked after, which costs far less than a regex
alternation of every number word."""
_NUMBERS = re.compile(r"(?<![\d.,])\d[\d.,]*").findall
"""The numbers of a line: three or more on one line are a computation in any language ("R$ 9,00 vezes 5 são R$
45,00", "3加3得6个") when one from the third on is no number of the problem's (a restated problem computes
nothing). Looked for only at the marker, when nothing else was found."""
_WORDED_NUMBER = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE).search
_WORK_LOOKBACK = 60
"""Longest computation pattern: one may straddle the last cut, so the search starts this far before it."""


def _count_eqs(text: str, start: int, end: int, st: dict[str, Any]) -> int:
    """Computations in ``text[:end]`` not counted yet (``st["eq_next"]``: where the last counted one ended),
    found exactly as one search over the whole text would find them, however it was cut."""
    n = 0
    nxt: int = st.get("eq_next", 0)
    for m in _WORK_RE.finditer(text, max(nxt, start - _WORK_LOOKBACK), end):
        if m.start() >= nxt and (m.group("word") is None or m.group("word").lower() in NUMBER_WORDS):
            n += 1
            nxt = m.end()
    st["eq_next"] = nxt
    return n


def _computed_numbers(text: str, end: int, problem: str) -> int:
    """Lines of ``text[:end]`` with three numbers or more, one from the third on not the problem's: a step
    number before them ("1. Antal plantor: 5 gånger 9 är 45") does not hide the result. Numbers in words count
    too, as the arithmetic check reads them: a spoken solution works in words between fillers ("fourteen
    dollars times, like, two is, uh, twenty-eight bucks")."""
    given = _given(problem)
    count = 0
    for line in text[:end].split("\n"):
        found = _NUMBERS(line)
        if len(found) >= 3 and any(_digits(raw.rstrip(".,")) not in given for raw in found[2:]):
            count += 1
        elif _WORDED_NUMBER(line):
            values = [tok.val for tok in tokenize(line) if tok.kind == NUM]
            count += len(values) >= 3 and any(v not in given_values(problem) for v in values[2:])
    return count


def _digits(raw: str) -> str:
    return re.sub(r"[.,]0+$", "", raw).replace(",", "").replace(".", "")


@lru_cache(maxsize=256)
def _given(problem: str) -> frozenset[str]:
    """The problem's numbers, as :func:`_digits` writes them (``9,00``, ``9.00`` and ``9`` alike)."""
    return frozenset(_digits(raw.rstrip(".,")) for raw in re.findall(r"\d[\d.,]*", problem))


# --- arithmetic --------------------------------------------------------------------------------------------


def _unquoted(text: str, st: dict[str, Any], claims: list[tuple[int, str]], final: bool) -> list[tuple[int, str]]:
    """``claims`` with the problem's wrong computations quoted so far that the text does not call wrong (see
    :func:`~mcrgen.validators.excused.marked_wrong`). While one of them is undecided, later claims are held back
    for the next call: the verdict is the first fault, however the stream is cut."""
    claims = claims + st.pop("held", [])
    waiting = []
    for at, detail in st["quoted"]:
        marked = marked_wrong(text, at, final)
        if marked is None:
            waiting.append((at, detail))
        elif not marked:
            claims.append((at, detail))
    st["quoted"] = waiting
    if waiting:
        first = min(at for at, _ in waiting)
        st["held"] = [c for c in claims if c[0] > first]
        claims = [c for c in claims if c[0] < first]
    return claims


@validator(prefix_safe=True, mid_statement=True)
def arithmetic(text: str, ctx: CheckContext) -> Fail | None:
    """Every complete stated computation must be right: ``a op b = c``, chains, GSM8K ``<<48/2=24>>``
    annotations (and the number printed after them), worded ones (``10 cups minus 6 cups is 4 cups``,
    ``257 - 120, which is 138``, ``That's 5 × 5 = 25``, ``a total of 8 + 24 = 32``), with ``1,234``,
    decimals, ``$``, ``%``, units (also hyphenated), ``× ÷ x · * /``, ``divided by``, ``\\times \\cdot \\div
    \\frac{a}{b}``, parentheses and exponents, in prose, bullets, numbered or bold steps.

    A result is judged as soon as it is complete (the word after it has begun), not at the end of its
    sentence. Only closed numeric expressions are judged (anything with a variable, function or unknown LaTeX
    is undecided). Rounding is tolerated: an integer result may be floor or ceiling, a decimal may be rounded
    to its last digit, ``≈``/``about`` allow one unit of the last digit or 1%. See docs/validators.md."""
    st = ctx.state
    line_end = text.rfind("\n", st.get("line_end", 0))  # the values code states are read line by line
    claims: list[tuple[int, str]] = []
    if line_end >= 0 or ctx.final:
        st["line_end"] = line_end + 1
        # "left = a - b  # 9", "Observation: 14" then "Omar has 24 eggs left"
        stated = codevalues.check(text, st.setdefault("code", {}), ctx.final, ctx.inputs.get("problem", ""))
        stated = stated or line_claims(text, st, ctx)  # "18.33 → 18" after "round up"
        claims += [stated] if stated is not None else []
    lo: int = st.get("from", 0)
    if not may_state(text, lo):
        st["from"] = len(text) if ctx.final else (statement_end(text, lo) or lo)
    else:  # a computation on the same line is judged too: the earlier fault is the verdict
        found, st["from"] = scan_prefix(text, lo, ctx.final, st.setdefault("tokens", {}))
        problem = ctx.inputs.get("problem", "")
        for f in found.faults:
            how = excused(f.detail, problem)
            if how == QUOTED:
                st.setdefault("quoted", []).append((f.at, f.detail))
            elif how is None:
                claims.append((f.at, f.detail))
    if st.get("quoted"):
        claims = _unquoted(text, st, claims, ctx.final)
    if not claims:
        return None  # nothing stated wrong (with nothing stated as equal, the common, cheap case)
    at, detail = min(claims)
    return Fail("arithmetic", at=at, detail=detail)
