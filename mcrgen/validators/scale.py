"""S2 gates that compare the solution with its problem: ``magnitude`` (no number too big for the problem) and
``unexpected_negative`` (no negative number the problem gives no reason for).

Both are prefix-safe: they read ``text[ctx.start:]`` (moved back over a number the last checkpoint cut in
two), never judge a number touching the end of a prefix (it may still grow), and keep what they learned about
the problem in ``ctx.state``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from mcrgen.validators import CheckContext, Fail, columns, validator
from mcrgen.validators.formats import get_format
from mcrgen.validators.lexer import INDIAN_GROUPED
from mcrgen.validators.solving import PLANE, in_algebra

# --- magnitude and unexpected_negative: both compare with the problem ---------------------------------------

NUMBER_RE = re.compile(INDIAN_GROUPED + r"|\d{1,3}(?:(?:,|\{,\})(?:\\!)?\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "hundred": 100,
    "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "lakh": 100_000, "lakhs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
_WORDS_RE = re.compile(r"[A-Za-z]+")


def number_value(raw: str) -> float:
    return float(raw.replace("{,}", "").replace(",", "").replace("\\!", ""))


# Numbers a problem implies without writing them: "3 hours" means 60 minutes to the hour, and so on. A second
# and a week imply their size in hours (3,600 and 168), so that seconds in a week (3,600 x 168) are in scale.
_UNIT_CONSTANTS = {
    "hour": 60, "minute": 60, "second": 3600, "day": 24, "week": 168, "month": 30, "year": 365, "dozen": 12,
    "percent": 100, "%": 100, "cent": 100, "century": 100, "decade": 10, "foot": 12, "feet": 12, "yard": 36,
    "mile": 5280, "pound": 16, "gallon": 128, "quart": 32, "kilo": 1000, "km": 1000, "kg": 1000,
    "meter": 100, "metre": 100, "liter": 1000, "litre": 1000, "angle": 180, "polygon": 180, "acre": 43560,
    "inch": 25.4, "ounce": 28.35, "oz": 28.35, "lb": 16, "gram": 1000, "kb": 1024, "mb": 1024, "gb": 1024,
    "tb": 1024, "kib": 1024, "mib": 1024, "gib": 1024, "byte": 1024, "megabyte": 1024, "gigabyte": 1024,
}  # fmt: skip
_UNIT_WORDS = {f: float(v) for k, v in _UNIT_CONSTANTS.items() for f in (k, k + "s", k + "es")}
_UNIT_WORDS.update({"hourly": 60, "daily": 24, "weekly": 7, "monthly": 30, "yearly": 365, "annual": 365})
# Metric symbols imply their conversions too (1 m = 100 cm, 1 L = 1,000 mL): a floor in m² is 10,000 cm² to the m².
_UNIT_WORDS.update({"m": 100, "cm": 100, "mm": 1000, "l": 1000, "ml": 1000, "mg": 1000, "g": 1000})
_UNIT_WORDS.update(dict.fromkeys(("kilometers", "kilometres", "kilograms", "kilojoules", "kilowatts"), 1000.0))
# Time and SI symbols as science writes them: "4 min" means 60 s to the minute, "150 kJ" 1,000 J to the kJ.
_UNIT_WORDS.update({"min": 60, "mins": 60, "hr": 60, "hrs": 60, "h": 60, "sec": 3600, "secs": 3600})
_UNIT_WORDS.update(dict.fromkeys(("kj", "kw", "kwh", "kv", "kpa", "khz", "kn"), 1000.0))
_UNIT_WORDS.update(dict.fromkeys(("mj", "mw", "mwh", "mhz"), 1e6))
BLANKS = re.compile(r"[ \u00a0\u2009\u202f]")
"""Blanks that group thousands: a space, a no-break space, thin spaces."""
_SPACED_THOUSANDS = re.compile(
    r"\b\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+\b|\b\d+(?:\.\d+)?[kK]\b|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])"
)
"""Thousands grouped by a blank (``400 000``, ``3\u00a0100``) or, as decimal-comma writers do, by dots (``2.150``:
also read as 2.15; ``Rp1.250.000``, glued to its currency), and ``25k``."""


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
def quantities(text: str) -> tuple[float, ...]:
    return tuple(problem_quantities(text))


def problem_quantities(text: str, units: bool = True) -> list[float]:
    """Every quantity a problem states or implies: digits (``1,200``, ``400 000``, ``25k``), number words
    ("three hundred" is 300), and with ``units`` unit constants (hours imply 60, dozen 12, percent 100, ...)."""
    out = [number_value(m.group()) for m in NUMBER_RE.finditer(text)]
    for m in _SPACED_THOUSANDS.finditer(text):
        raw = BLANKS.sub("", m.group())
        if raw[-1] in "kK":
            out.append(float(raw[:-1]) * 1000)
        else:
            out.append(float(raw.replace(".", "")))  # "2.150" is also 2,150 (NUMBER_RE read 2.15)
    prev: float | None = None
    prev_end = -2
    # One pass over the words with dictionary look-ups: an alternation regex of ~60 words is 20x slower.
    for m in _WORDS_RE.finditer(text):
        w = m.group().lower()
        unit = _UNIT_WORDS.get(w) if units else None
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
    if units and "%" in text:
        out.append(100.0)
    return out


def problem_scale(text: str, basis: str = "product") -> float | None:
    """The problem's scale: its largest quantity (``largest``, the paper's rule) or the product of its two
    largest quantities (``product``: a price times a count is routine, 100x the largest number is not rare)."""
    qs = sorted(quantities(text), reverse=True)
    if not qs:
        return None
    if basis == "largest" or len(qs) == 1:
        return qs[0]
    return max(qs[0], qs[0] * qs[1])


POWERS = re.compile(
    r"\^|[²³⁴⁵⁶⁷⁸⁹]|\bpowers?\b|\bexponents?\b|\bsquared\b|\bcubed?\b|\bcubes\b|\braised\b"
    r"|\bmultiplied[ \t]+by[ \t]+\S+[ \t]+(?:each|every)\b"
    r"|\btimes[ \t]+(?:as[ \t]+many[ \t]+\w+[ \t]+as[ \t]+)?the[ \t]+(?:term|number|one|stage|step|day|round)"
    r"[ \t]+before\b|\b(?:doubles?|triples?|quadruples?)[ \t]+(?:every|each)\b|\b(?:doubles|triples|quadruples)\b"
    r"|\b(?:in|by)[ \t]+round[ \t]+\d|\bin[ \t]+how[ \t]+many\b"
    r"|\bhow[ \t]+many[ \t]+(?:different[ \t]+|possible[ \t]+|distinct[ \t]+)?"
    r"(?:\d+-(?:digit|letter|character)[ \t]+)?['‘\"“]?"
    r"(?:ways|orders|arrangements|lineups|line-ups|outcomes|combinations|codes|passwords|plates|tags|outfits"
    r"|sequences|PINs|committees|teams|pizzas|sandwiches|meals|menus|routes|paths|words|passcodes|selections"
    r"|handshakes|subsets)\b|\barrange(?:d|ments?)?\b|\bpermutations?\b|\bline[ \t]+up\b"
    r"|\b(?:add|sum|total)\w*[ \t]+(?:of[ \t]+)?all[ \t]+the\b"
    r"|\bhow[ \t]+many[ \t]+(?:different|distinct)\b|\bhow[ \t]+many[ \t]+(?:\w+[ \t]+){1,3}are[ \t]+possible\b"
    r"|\b\d+[ \t]+choose[ \t]+\d+\b|\bcombinations\b"
    r"|\bhow[ \t]+many[ \t]+(?:different[ \t]+)?shortest[ \t]+(?:routes|paths)\b|\d(?:\.\d+)?e[-+]?\d+\b",
    re.IGNORECASE,
)
"""A problem about powers, growth by a factor each period or step ("10^4", "8 raised to the 15th power", "a
cube 9 feet on each side", "multiplied by 10 each decade", "3 times the term before it"), counting arrangements
("In how many ways can 3 medals be awarded?", "How many different committees...", "How many passcodes are
possible?", routes on a grid) or summing a whole range ("add all the whole numbers from 1 to 300"), or written in
e-notation ("4.5e7 seconds"): its numbers' products say nothing of its results' size."""


def resumed(spans: list[tuple[int, int]], text: str, start: int, chars: str) -> list[tuple[int, int]]:
    """Move the first span's start back over ``chars`` before ``start``: a number (or ``-5``) cut in two by
    the last checkpoint is read whole."""
    if not spans or spans[0][0] != start:
        return spans
    lo = start
    while lo > 0 and text[lo - 1] in chars and start - lo < 40:
        lo -= 1
    return [(lo, spans[0][1]), *spans[1:]]


_MINUS_RE = re.compile(r"[-−–](?=\$?\.?\d)")
_OPERAND_END = re.compile(r"[\w)\]}%.!']")
DEFAULT_NEGATIVE_WORDS = (
    "negative", "minus", "below zero", "below freezing", "sub-zero", "subzero", "deficit", "debt", "debts",
    "owe", "owes", "owed", "overdrawn", "loss", "losses", "lose", "loses", "losing", "lost", "temperature",
    "temperatures", "degrees", "elevation", "sea level", "altitude", "net change", "integer", "integers",
    "overdraft", "balance", "credit", "par", "below", "behind", "utc", "gmt", "relative to", "signed", "subtract",
    "subtracts", "moves back", "move back", "penalty", "countdown", "decreasing", "decreases", "coupon", "coupons",
    "down payment", "number line", "drain", "drains", "draining", "leak", "leaks", "leaking", "goal difference",
    "can empty", "empties", "emptying", "change in", "changes in", "weekly change", "daily change",
    "monthly change", "yearly change", "annual change", "average change", "percent change", "percentage change",
    "weight change", "rate of change", "limit", "limits", "celsius", "fahrenheit", "°c", "°f", "total return",
    "gain or loss", "gain/loss", "profit or loss", "profit/loss", "percentage points", "or less", "differential",
)  # fmt: skip


def negative_literals(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of minus signs that make a negative number (``= -3``, ``(-3)``, ``is -3``, ``$-5``) rather than a
    subtraction (``5 - 3``, ``45 -40``, ``x-3``, ``COVID-19``) or an exponent (``mol^{-1}``)."""
    out = []
    for m in _MINUS_RE.finditer(text, start, len(text) if end is None else end):
        i = m.start()
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and (text[j] == "^" or (text[j] in "{(" and j > 0 and text[j - 1] == "^")):
            continue  # an exponent: "mol^{-1}", "10^-3"
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


_LATEX_MATH = re.compile(r"\\[A-Za-z]+|\$[A-Za-z(\\^_{-]|\\\(|\\\[|\$[^$\n]*[\^_{}][^$\n]*\$|\$\d+(?:\.\d+)?\$")


def is_latex_math(problem: str) -> bool:
    """Is the problem written in LaTeX math (a command, ``$x``, ``\\(``, a number in dollars ``$7$``)? A GSM8K
    ``$5`` is money, not math."""
    return _LATEX_MATH.search(problem) is not None


def is_competition(ctx: CheckContext) -> bool:
    """Competition math: the answer format says so (``boxed``) or the problem is written in LaTeX math."""
    return get_format(ctx.answer_format).competition or is_latex_math(ctx.inputs.get("problem", ""))


_NEGATIVE_EXPONENT = re.compile(r"\^[ \t]*\{?\(?[ \t]*[-−–]\d|⁻|\d[eE][-−]\d")
_SIGNED = re.compile(r"(?<![\w)])\+\d|\b(?:UTC|GMT)[-−–]\d|\bcosts? (?:\d+|a|one) points?\b")
"""A number written with its sign ("shot +5", "UTC+9", "UTC−6"), or points a score loses ("each miss costs 8
points"): the problem counts in signed numbers."""


def problem_allows_negatives(problem: str, words: Sequence[str] = DEFAULT_NEGATIVE_WORDS) -> bool:
    """A problem allows negative values when it shows one, is written in LaTeX math (algebra has negatives
    everywhere), or talks about quantities that can go below zero (temperature, debt, loss, integers...)."""
    return _allows_negatives(problem, tuple(words))


_RUN = re.compile(r"\d+(?:\.\d+)?(?:,[ \t]+\d+(?:\.\d+)?){2,}")
"""Three or more numbers in a row, as a sequence is written ("224, 215, 206, 197, ...")."""


def _falls(problem: str) -> bool:
    """Does the problem write a falling sequence? Its common difference is negative ("215 - 224 = -9")."""
    for m in _RUN.finditer(problem):
        values = [float(v) for v in re.split(r",[ \t]+", m.group())]
        if all(b < a for a, b in zip(values, values[1:], strict=False)):
            return True
    return False


@lru_cache(maxsize=1024)
def _allows_negatives(problem: str, words: tuple[str, ...]) -> bool:
    if negative_literals(problem) or is_latex_math(problem) or _SIGNED.search(problem) or _falls(problem):
        return True
    if PLANE.search(problem):
        return True
    if _NEGATIVE_EXPONENT.search(problem):
        return True  # "1.5 × 10^-2 grams": exponents are added and subtracted ("-2 + 5 = 3")
    low = problem.lower()
    alpha, phrases = _split_words(words)
    return not alpha.isdisjoint(_WORDS_RE.findall(low)) or (phrases is not None and phrases.search(low) is not None)


@lru_cache(maxsize=16)
def _split_words(words: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The single words, and one pattern for the phrases and signs ("net change", "°c"), of a words list."""
    others = [w for w in words if not w.isalpha()]
    pattern = re.compile("|".join(r"\b" + re.escape(w) + r"\b" for w in others)) if others else None
    return frozenset(w for w in words if w.isalpha()), pattern


@validator(prefix_safe=True)
def unexpected_negative(
    text: str, ctx: CheckContext, *, words: list[str] | None = None, competition: bool = False
) -> Fail | None:
    """Reject a negative number in the solution when the problem gives no reason to expect one.

    A negative number is a minus glued to a number that is not a subtraction: ``= -3``, ``(-3)``, ``is -3``,
    ``$-5``. Negatives are expected when the problem itself shows a negative number, is competition math
    (written in LaTeX, or the ``boxed`` answer format; unless ``competition`` is true), or mentions one of
    ``words`` (default: negative, minus, below zero, debt, owe, loss,
    temperature, degrees, elevation, integer, ...; see DEFAULT_NEGATIVE_WORDS).

    A negative that the rest of its statement reads back as a positive number is a difference taken the other
    way round, not a fault: ``45 - 60 = -15, so Max has 15 fewer``. So the verdict on a negative waits for the
    end of its statement (a newline, or ``.``/``!``/``?`` before whitespace)."""
    st = ctx.state
    if "allowed" not in st:
        problem = ctx.inputs.get("problem", "")
        st["allowed"] = problem_allows_negatives(problem, DEFAULT_NEGATIVE_WORDS if words is None else words)
        st["allowed"] = st["allowed"] or (not competition and is_competition(ctx))
    if st["allowed"]:
        return None
    start = ctx.start
    pending = st.get("pending")
    if pending is not None:  # a negative whose statement was not complete at the last checkpoint
        restated, resume = _read_back(text, pending, ctx.final)
        if restated is None:
            return None
        if not restated:
            return _negative(text, pending)
        st["pending"], st["asy"], start = None, False, resume  # it was in prose: no diagram was open there
    spans = resumed(prose_spans(text, start, st), text, start, "-−–$.")
    for i in (i for lo, hi in spans for i in negative_literals(text, lo, hi)):
        restated, resume = _read_back(text, i, ctx.final)
        if restated is None:
            st["pending"] = i
            return None
        if not restated:
            return _negative(text, i)
    return None


def _negative(text: str, i: int) -> Fail:
    return Fail("unexpected_negative", at=i, detail=text[i : i + 12].split("\n")[0])


_NEGATIVE_NUMBER = re.compile(r"[-−–]\$?(\d[\d,]*(?:\.\d+)?)")
_STATEMENT_END = re.compile(r"\n|[.!?](?=\s)")


_DEDUCTION = re.compile(r"[ \t]*[A-Z][A-Z0-9 %&.,()/:'-]*[A-Z)%][ \t]+")
"""A receipt's label in capitals before an amount that ends its line ("DOWN PAYMENT", "COUPON 35% OFF")."""


_CHANGE = re.compile(
    r"\b(?:change[ds]?|changing|decrease[ds]?|dropp?ed|fell|net|loss(?:es)?|gain[ \t]*(?:or|/)[ \t]*loss|return)\b",
    re.IGNORECASE,
)
"""Words before a negative on its line, or in the heading of its step, that make it a signed change or a loss, not
a count gone below zero."""
_NET = re.compile(r"\bnet[ \t]+(?:change|gain|loss)\b", re.IGNORECASE)  # "Let's work out the net change first."
_DISPLAY = re.compile(r"\$\$|\\\[|\\begin\{\w+\*?\}")


_TAKEN = re.compile(r"(?:^|[\s(=])[-−–]\$?\d")
"""A negative operand in the negative's own computation ("−$214.00 ÷ 100 = −$2.14"): its sign was judged before."""
_CLAUSES = re.compile(r"[=≈,;]|\band\b")
"""What parts the computations on a line: the negative's own is the last part before it."""
_OPERAND = re.compile(r"[-+−–×*·/÷][ \t]*\([ \t]*\Z")
"""An operator and a parenthesis before a negative: a signed number taken as an operand ("675 + (-652)")."""


def _read_back(text: str, minus: int, final: bool) -> tuple[bool | None, int]:
    """Whether the rest of the statement holding the negative number at ``minus`` writes its size again as a
    positive number (None while that statement may still grow), and where the number ends."""
    m = _NEGATIVE_NUMBER.match(text, minus)
    if m is None:
        return False, minus + 1
    end = _STATEMENT_END.search(text, m.end())
    if end is None and not final:
        return None, m.end()
    size = m.group(1).rstrip(",")
    rest = text[m.end() : len(text) if end is None else end.start()]
    head = text[text.rfind("\n", 0, minus) + 1 : minus]
    if _DEDUCTION.fullmatch(head) and not rest.strip():
        return True, m.end()  # "COUPON 35% OFF     -$7.61": a receipt's line that takes an amount off
    title = columns.title_above(text, head, minus - len(head)) if head.lstrip().startswith("|") else None
    if _CHANGE.search(head) or _OPERAND.search(head) or (title is not None and columns.CHANGE_TITLE.search(title)):
        # "Change in the average: 84.17 - 85 = -0.83": a change may be down; "675 + (-652) = 23", "1 - (-13)": a
        # signed number taken as an operand (its sign was judged where it was a result); "| Rent | −$683.34 |"
        # under a column of changes or amounts.
        return True, m.end()
    label = _label_above(text, minus - len(head))
    taken = _TAKEN.search(_CLAUSES.split(head.rstrip(" \t=≈"))[-1])  # its own computation's operand
    named = _CHANGE.search(rest) or _CHANGE.search(label) or _NET.search(text, max(0, minus - 200), minus)
    if named or taken or _said_before(text, minus, size):
        # The step's heading says ("**Net change**\n$$\n675 - 1{,}035 = -360"), or the rest of its statement ("=
        # −6 L/min, so that's the net rate"); a negative taken on ("−$1,173.00 ÷ $6,772.00"), or a result of one
        # ("−$214.00 ÷ 100 = −$2.14"): its sign was judged where it was first stated.
        return True, m.end()
    if in_algebra(text, minus, head, rest, _negative_text(text, minus)):
        return True, m.end()  # "-15d &= 810 - 900 = -90": solving an equation goes below zero on the way
    again = re.search(r"(?<![-−–\d.,])" + re.escape(size) + r"(?![\d]|[.,]\d)", rest)
    return again is not None, m.end()


def _label_above(text: str, line: int) -> str:
    """The heading of the step whose line starts at ``line``: the line above, past blank lines and display math
    delimiters, when it is a markdown heading, bold, or ends with a colon ("Change in price:"); else ""."""
    end = line - 1
    for _ in range(3):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end].strip()
        if above and not _DISPLAY.fullmatch(above):
            return above if above.startswith(("#", "**")) or above.endswith((":", "**")) else ""
        end = start - 1
    return ""


def _said_before(text: str, minus: int, size: str) -> bool:
    """Was the same negative number written before (its sign judged there)?"""
    return re.compile(r"[-−–]\$?" + re.escape(size) + r"(?![\d]|[.,]\d)").search(text, 0, minus) is not None


def _negative_text(text: str, minus: int) -> str:
    """The negative number written at ``minus`` ("-135", "−2.5")."""
    m = _NEGATIVE_NUMBER.match(text, minus)
    return m.group(0) if m is not None else text[minus]
