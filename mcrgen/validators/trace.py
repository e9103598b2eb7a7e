"""S2 gate, the Reasoning Trace Auditor: checks a solution while it is being written.

Every validator here is prefix-safe: it reads only ``text[ctx.start:]`` (plus a short look-back), keeps what
it must remember in ``ctx.state``, and reports a fault only in complete statements, so a fault found in a
prefix is a fault of every continuation and its offset does not depend on how the text was chunked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.arithmetic import scan
from mcrgen.validators.formats import get_format

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


@lru_cache(maxsize=32)
def _phrase_pattern(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    if not phrases:
        return re.compile(r"(?!)"), 0
    body = _trie_regex([p.split() for p in set(phrases)])
    # Whole words only: "guess" must not match inside "guessed".
    # The leading character class lets the engine skip most positions with one set test.
    firsts = "".join(sorted({c for p in phrases for c in (p[0].lower(), p[0].upper())}))
    pattern = re.compile(r"(?=[" + re.escape(firsts) + r"])(?<![\w'’])" + body + r"(?![\w’'])", re.IGNORECASE)
    return pattern, max(len(p) for p in phrases) + 8


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
    pattern, lookback = _phrase_pattern(_phrases(extra, replace))
    # A phrase may straddle the previous checkpoint, so look back by the longest phrase.
    m = pattern.search(text, max(0, ctx.start - lookback))
    while m is not None and m.end() <= ctx.start:
        m = pattern.search(text, m.end())
    if m is None:
        return None
    return Fail("hallucination_phrase", at=m.start(), detail=repr(m.group()))


# --- answer_marker -----------------------------------------------------------------------------------------


@validator(prefix_safe=True)
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
            st["eqs"] = st.get("eqs", 0) + _count_eqs(text, start, len(text))
            return None
        eqs = st.get("eqs", 0) + _count_eqs(text, start, m.start())
        if eqs < min_computations:
            return Fail("premature_answer", at=m.start(), detail=f"{eqs} computation(s) before the answer marker")
        first = st["first"] = m.start()
        start = m.end()
    if not fmt.trailing_text:
        line_end = text.find("\n", first)
        if line_end >= 0 and text[max(line_end, start) :].strip():
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


# A computation or a relation: "=", "≈", "≡", "<", "≤", "\\equiv", "\\le", "\\cdot", or an operator between numbers.
_WORK_RE = re.compile(r"[=≈≡<>≤≥]|\\(?:equiv|approx|le|ge|leq|geq|neq|cdot|times|div|frac|dfrac)\b|\d\s*[-+*/×÷·]\s*\d")


def _count_eqs(text: str, start: int, end: int) -> int:
    n = 0
    for _ in _WORK_RE.finditer(text, start, end):
        n += 1
    return n


# --- arithmetic --------------------------------------------------------------------------------------------


@validator(prefix_safe=True)
def arithmetic(text: str, ctx: CheckContext) -> Fail | None:
    """Every complete stated computation must be right: ``a op b = c``, chains, GSM8K ``<<48/2=24>>``
    annotations (and the number printed after them), with ``1,234``, decimals, ``$``, ``%``, units,
    ``× ÷ x * /``, ``\\times \\cdot \\div \\frac{a}{b}``, parentheses and exponents.

    Only closed numeric expressions are judged (anything with a variable, function or unknown LaTeX is
    skipped). Rounding is tolerated: an integer result may be floor or ceiling, a decimal may be rounded to its
    last digit, ``≈`` allows one unit of the last digit or 1%. See docs/validators.md for the exact rules."""
    if text.find("=", ctx.start) < 0 and text.find("≈", ctx.start) < 0 and text.find("approx", ctx.start) < 0:
        return None  # nothing stated as equal: nothing to check (the common, cheap case)
    found = scan(text, ctx.start, len(text))
    if not found.faults:
        return None
    f = found.faults[0]
    return Fail("arithmetic", at=f.at, detail=f.detail)


# --- magnitude and unexpected_negative: both compare with the problem ---------------------------------------

NUMBER_RE = re.compile(r"\d{1,3}(?:,(?:\\!)?\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
_WORDS_RE = re.compile(r"[A-Za-z]+")


def number_value(raw: str) -> float:
    return float(raw.replace(",", "").replace("\\!", ""))


# Numbers a problem implies without writing them: "3 hours" means 60 minutes to the hour, and so on.
_UNIT_CONSTANTS = {
    "hour": 60, "minute": 60, "second": 60, "day": 24, "week": 7, "month": 30, "year": 365, "dozen": 12,
    "percent": 100, "%": 100, "cent": 100, "century": 100, "decade": 10, "foot": 12, "feet": 12, "yard": 36,
    "mile": 5280, "pound": 16, "gallon": 128, "quart": 32, "kilo": 1000, "km": 1000, "kg": 1000,
    "meter": 100, "metre": 100, "liter": 1000, "litre": 1000,
}  # fmt: skip
_UNIT_WORDS = {f: float(v) for k, v in _UNIT_CONSTANTS.items() for f in (k, k + "s", k + "es")}
_UNIT_WORDS.update({"hourly": 60, "daily": 24, "weekly": 7, "monthly": 30, "yearly": 365, "annual": 365})
_UNIT_WORDS.update({p + u + s: 1000.0 for p in ("kilo",) for u in ("meter", "metre", "gram") for s in ("", "s")})
_SPACED_THOUSANDS = re.compile(r"\b\d{1,3}(?: \d{3})+\b|\b\d+(?:\.\d+)?[kK]\b")


def prose_spans(text: str, start: int, state: dict[str, Any]) -> list[tuple[int, int]]:
    """Parts of ``text[start:]`` outside ``[asy]...[/asy]`` diagram code (coordinates there are not values),
    remembering in ``state`` whether the region ends inside a diagram."""
    spans = []
    pos = start
    inside = bool(state.get("asy"))
    while pos < len(text):
        if inside:
            close = text.find("[/asy]", pos)
            if close < 0:
                break
            inside, pos = False, close + 6
        else:
            opening = text.find("[asy]", pos)
            if opening < 0:
                spans.append((pos, len(text)))
                break
            spans.append((pos, opening))
            inside, pos = True, opening + 5
    state["asy"] = inside
    return spans


@lru_cache(maxsize=1024)
def _quantities(text: str) -> tuple[float, ...]:
    return tuple(problem_quantities(text))


def problem_quantities(text: str) -> list[float]:
    """Every quantity a problem states or implies: digits (``1,200``, ``400 000``, ``25k``), number words
    ("three hundred" is 300), and unit constants (hours imply 60, dozen 12, percent 100, ...)."""
    out = [number_value(m.group()) for m in NUMBER_RE.finditer(text)]
    for m in _SPACED_THOUSANDS.finditer(text):
        raw = m.group().replace(" ", "")
        out.append(float(raw[:-1]) * 1000 if raw[-1] in "kK" else float(raw))
    prev: float | None = None
    prev_end = -2
    # One pass over the words with dictionary look-ups: an alternation regex of ~60 words is 20x slower.
    for m in _WORDS_RE.finditer(text):
        w = m.group().lower()
        unit = _UNIT_WORDS.get(w)
        if unit is not None:
            out.append(unit)
        num = _NUMBER_WORDS.get(w, _NUMBER_WORDS.get(w[:-1]) if w.endswith("s") else None)
        if num is None:
            continue
        v = float(num)
        if prev is not None and v >= 100 and m.start() - prev_end <= 1:
            v *= prev  # "three hundred", "two million"
        prev, prev_end = v, m.end()
        out.append(v)
    if "%" in text:
        out.append(100.0)
    return out


def problem_scale(text: str, basis: str = "product") -> float | None:
    """The problem's scale: its largest quantity (``largest``, the paper's rule) or the product of its two
    largest quantities (``product``: a price times a count is routine, 100x the largest number is not rare)."""
    qs = sorted(_quantities(text), reverse=True)
    if not qs:
        return None
    if basis == "largest" or len(qs) == 1:
        return qs[0]
    return max(qs[0], qs[0] * qs[1])


@validator(prefix_safe=True)
def magnitude(
    text: str,
    ctx: CheckContext,
    *,
    factor: float = 100,
    max_abs: float = 10_000_000,
    basis: str = "product",
    competition: bool = False,
) -> Fail | None:
    """No number in the solution may exceed ``max_abs``, nor ``factor`` times the problem's scale.

    The scale is read from the problem's numbers, number words ("three hundred") and unit constants (hours
    imply 60, dozen 12, percent 100): with ``basis: product`` (default) it is the product of the two largest,
    with ``basis: largest`` the largest alone (the MSIFR paper's rule: 1.4% false alarms on GSM8K test gold).
    A problem without any number only gets ``max_abs``; a number the problem itself states is never too big.
    Competition math (a problem written in LaTeX, or the ``boxed`` answer format) is skipped unless
    ``competition`` is true: factorials, powers and counting make big numbers routine there."""
    st = ctx.state
    if "limit" not in st:
        problem = ctx.inputs.get("problem", "")
        scale = problem_scale(problem, basis)
        st["scale"] = scale
        bound = max_abs if not scale else min(max_abs, factor * scale)
        st["limit"] = max([bound, *_quantities(problem)])
        if not competition and is_competition(ctx):
            st["limit"] = float("inf")
    limit: float = st["limit"]
    if limit == float("inf"):
        return None
    for lo, hi in prose_spans(text, ctx.start, st):
        for m in NUMBER_RE.finditer(text, lo, hi):
            v = number_value(m.group())
            if v > limit:
                why = f"{m.group()} > {max_abs:g}" if v > max_abs else f"{m.group()} > {factor:g} x {st['scale']:g}"
                return Fail("magnitude", at=m.start(), detail=why)
    return None


_MINUS_RE = re.compile(r"[-−–](?=\$?\.?\d)")
_OPERAND_END = re.compile(r"[\w)\]}%.!']")
DEFAULT_NEGATIVE_WORDS = (
    "negative", "minus", "below zero", "below freezing", "sub-zero", "subzero", "deficit", "debt", "debts",
    "owe", "owes", "owed", "overdrawn", "loss", "losses", "lose", "loses", "losing", "lost", "temperature",
    "temperatures", "degrees", "elevation", "sea level", "altitude", "net change", "integer", "integers",
)  # fmt: skip


def negative_literals(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of minus signs that make a negative number (``= -3``, ``(-3)``, ``is -3``, ``$-5``) rather than a
    subtraction (``5 - 3``, ``45 -40``, ``x-3``, ``COVID-19``)."""
    out = []
    for m in _MINUS_RE.finditer(text, start, len(text) if end is None else end):
        i = m.start()
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or not _OPERAND_END.match(text[j]):
            out.append(i)
        elif text[j].isalpha() and j < i - 1:
            # "is -3": a word, a space, then a minus glued to the number. Single letters are variables ("x -3").
            k = j
            while k >= 0 and text[k].isalpha():
                k -= 1
            if j - k >= 2:
                out.append(i)
    return out


_LATEX_MATH = re.compile(r"\\[A-Za-z]+|\$[A-Za-z(\\^_{-]|\\\(|\\\[|\$[^$\n]*[\^_{}][^$\n]*\$")


def is_latex_math(problem: str) -> bool:
    """Is the problem written in LaTeX math (a command, ``$x``, ``\\(``)? A GSM8K ``$5`` is money, not math."""
    return _LATEX_MATH.search(problem) is not None


def is_competition(ctx: CheckContext) -> bool:
    """Competition math: the answer format says so (``boxed``) or the problem is written in LaTeX math."""
    return get_format(ctx.answer_format).competition or is_latex_math(ctx.inputs.get("problem", ""))


def problem_allows_negatives(problem: str, words: Sequence[str] = DEFAULT_NEGATIVE_WORDS) -> bool:
    """A problem allows negative values when it shows one, is written in LaTeX math (algebra has negatives
    everywhere), or talks about quantities that can go below zero (temperature, debt, loss, integers...)."""
    return _allows_negatives(problem, tuple(words))


@lru_cache(maxsize=1024)
def _allows_negatives(problem: str, words: tuple[str, ...]) -> bool:
    if negative_literals(problem) or is_latex_math(problem):
        return True
    low = problem.lower()
    present = set(_WORDS_RE.findall(low))
    return any(w in present if w.isalpha() else re.search(r"\b" + re.escape(w) + r"\b", low) for w in words)


@validator(prefix_safe=True)
def unexpected_negative(
    text: str, ctx: CheckContext, *, words: list[str] | None = None, competition: bool = False
) -> Fail | None:
    """Reject a negative number in the solution when the problem gives no reason to expect one.

    A negative number is a minus glued to a number that is not a subtraction: ``= -3``, ``(-3)``, ``is -3``,
    ``$-5``. Negatives are expected when the problem itself shows a negative number, is competition math
    (written in LaTeX, or the ``boxed`` answer format; unless ``competition`` is true), or mentions one of
    ``words`` (default: negative, minus, below zero, debt, owe, loss,
    temperature, degrees, elevation, integer, ...; see DEFAULT_NEGATIVE_WORDS)."""
    st = ctx.state
    if "allowed" not in st:
        problem = ctx.inputs.get("problem", "")
        st["allowed"] = problem_allows_negatives(problem, DEFAULT_NEGATIVE_WORDS if words is None else words)
        st["allowed"] = st["allowed"] or (not competition and is_competition(ctx))
    if st["allowed"]:
        return None
    found = [i for lo, hi in prose_spans(text, ctx.start, st) for i in negative_literals(text, lo, hi)]
    if not found:
        return None
    i = found[0]
    return Fail("unexpected_negative", at=i, detail=text[i : i + 12].split("\n")[0])


# --- runaway_length ----------------------------------------------------------------------------------------


@validator(prefix_safe=True)
def runaway_length(text: str, ctx: CheckContext, *, multiple: float = 3.0) -> Fail | None:
    """Reject a stream that has run past ``multiple`` times the stage's expected length in tokens (the recipe's
    ``expected_tokens``); without an expected length it never fires. Monotone: tokens only grow."""
    if not ctx.expected_tokens or ctx.tokens <= multiple * ctx.expected_tokens:
        return None
    return Fail("runaway_length", detail=f"{ctx.tokens} tokens > {multiple:g} x {ctx.expected_tokens} expected")
