"""Computations phrased in a sentence rather than written as an equation, judged on their complete line: a price
times a count ("3 notebooks at $2.50 each is $7.50"), dozens ("4 dozen is 48"), a share scaled from another
("10% of 50 is 5, so 20% is 10", "a third of 36 is 12, so two thirds is 24"), an instruction and its result in the
next sentence ("Multiply 12 by 4. That gives 48."), a teacher's question and its answer ("Twenty take away
twelve leaves what? Eight."), groups counted by their size ("Twelve sixes make 72"), two numbers put together
("so nine and eleven is twenty"). Spoken and story-style solutions (set 28) work most of their steps this way;
written ones use the first three.

Numbers may be in words: the line is read with its numbers in digits (:func:`numerals.digitize`).
"""

from __future__ import annotations

import math
import re

from mcrgen.validators.numerals import ALONE, ENDED, NUMBER, Digits, digitize, places, value
from mcrgen.validators.readings import matches
from mcrgen.validators.spoken import NUMBER_WORDS, PLURALS

_N = rf"{ALONE}{NUMBER}"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_MONEY = rf"(?:\\?\$[ \t]*{_AMOUNT}|{_AMOUNT}[ \t]*(?:dollars?|bucks|cents?|¢))"
_SAYS = (
    r"(?:is|are|=|equals|comes[ \t]+to|come[ \t]+to|costs?|makes?|gives|totals?|that's|that[ \t]+is"
    r"|would[ \t]+be|will[ \t]+be)"
)
_FILLER = r"(?:[ \t]*,?[ \t]*(?:uh|um|like|\.\.\.|…)[ \t]*,?)*[ \t]*"
_THEN = rf"[ \t]*,?{_FILLER}"
_DONE = (
    rf"{ENDED}(?![ \t]*(?:[-+×*/÷·•=^(]|\\cdot|\.\.\.|…|x[ \t]*\\?\$?\d"
    r"|(?:times|plus|minus|divided|multiplied|over|repeating)\b))"
)
"""The end of a stated result: no more digits and no operator ("is 2 * 12 = 24" computes, it states nothing)."""
_ENDS = r"(?=[ \t]*(?:[.,;:!?)]|$))"
"""The clause ends: a bare result says nothing more ("is eighteen.")."""
_ALONE_NOUN = rf"(?:[ \t]+[A-Za-z-]+)?{_ENDS}"
"""At most one word after a result, then the clause ends ("is 20 flowers."; not "is 6 for the GCF")."""
_SENTENCE = r"(?:^|[.!?:][ \t]+)(?:(?:so|okay|ok|now|then|and|well|um|uh|yeah|next|first|look|alright)[ \t,]+)*"
"""A sentence's start and the words a speaker opens with ("Okay, um, ")."""

_AT_EACH = re.compile(
    rf"{_N}[ \t]+(?P<noun>(?:[A-Za-z-]+[ \t]+){{0,3}}?)at[ \t]+(?P<price>{_MONEY})[ \t]*"
    r"(?:each|apiece|a[ \t]+piece|(?:per|an?)[ \t]+(?P<per>[a-z]+)|/[ \t]*(?P<slash>[a-z]+))?"
    rf"{_THEN}{_SAYS}{_FILLER}(?:(?P<total>{_MONEY})|(?P<bare>{_AMOUNT}){_ENDS}){_DONE}",
    re.IGNORECASE,
)
"""A count at a price: "3 notebooks at $2.50 each is $7.50", "Thirty-four at four bucks each is 136 dollars"; a
price per unit only when the count is of that unit ("3 hours at $12 an hour", not "36 eggs at $4 per dozen")."""
_CONTAINERS = (
    r"cartons?|boxe?s?|packs?|packages?|crates?|pans?|trays?|bags?|cases?|bundles?|batches|gross|six-packs?"
    r"|euros?|pounds?|lbs?|kg|kilograms?|grams?|ounces?|oz|dollars?|cents?|bucks|more|less|fewer|times|lots|groups"
    r"|sets|twelves|of|rows|cups|hours?|minutes?|days?|weeks?|dozen"
)
_DOZEN = re.compile(
    rf"{_N}[ \t]+dozen(?:[ \t]+[a-z]+)?{_THEN}(?:is|are|=|equals|makes?|means|would[ \t]+be){_FILLER}"
    rf"(?![\\$€£]){NUMBER}{_DONE}(?![ \t]*(?:%|(?:percent|{_CONTAINERS})\b))",
    re.IGNORECASE,
)
"""Dozens as a number: "4 dozen is 48", "Two dozen cupcakes is 24 cupcakes" (not a price, a weight or a container:
"2 dozen is $5", "1 dozen is 1 carton", "4 dozen = 4(12) = 48")."""
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4}
_PARTS |= {f"{w}{s}": k for k, w in enumerate("fifth sixth seventh eighth ninth tenth".split(), 5) for s in ("", "s")}
_PART = "|".join(sorted(_PARTS, key=len, reverse=True))
_ONE_PART = ("half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_PART_ROOTS = ("hal", *_ONE_PART[1:])
"""A substring each word of :data:`_PARTS` holds ("halves" has no "half")."""
_SHARE = rf"(?:{_N}[ \t]*(?:%|percent)|(a|an|one|1)[ \t-]+({_PART}))"
_SCALED = re.compile(
    rf"\b{_SHARE}[ \t]+of[ \t]+{_N}[ \t]*(?:[a-z]+[ \t]+)?{_SAYS}{_FILLER}{NUMBER}{_DONE}[^.;\n\d]{{0,12}}?"
    rf"[,;.][ \t]*(?:so|then|which[ \t]+means|that[ \t]+means)[ \t]+(?:the[ \t]+)?"
    rf"(?:{_N}[ \t]*(?:%|percent)|(\d+|[a-z]+)[ \t-]+({_PART}))[ \t]+"
    rf"(?:is|would[ \t]+be|will[ \t]+be|=|equals|gives|makes)"
    rf"(?:[ \t]+what\?)?(?:[ \t]*(?:anyone|anybody|everyone|everybody)\?)?{_FILLER}{NUMBER}{_DONE}"
    r"(?![ \t]*(?:%|(?:percent|more|less|fewer|off|left|times)\b))",
    re.IGNORECASE,
)
"""A share of a number, then another share of the same number from the first: "10% of 50 is 5, so 20% is 10" (not
"so 50% of that is 4", a share of the result)."""
_OPS = {"multiply": "*", "add": "+", "subtract": "-", "divide": "/", "take": "-"}
_LINKS = {"multiply": ("by",), "add": ("and", "to"), "subtract": ("from",), "divide": ("by",), "take": ("from",)}
_TOLD = re.compile(
    rf"\b(multiply|add|subtract|divide|take)[ \t]+{_N}(?:[ \t]+[a-z]+)?[ \t]+(?:away[ \t]+)?(by|and|to|from)[ \t]+"
    rf"{_N}(?:[ \t]+[a-z]+)?[ \t]*(?:[.,;:!][ \t]*|[ \t]+and[ \t]+)(?:that|this|which|it)[ \t]+"
    rf"(?:gives|makes|leaves|is|equals|comes[ \t]+to|gets[ \t]+(?:us|you)[ \t]+to)[ \t]+(?:us[ \t]+|you[ \t]+)?"
    rf"(?:with[ \t]+)?(?![\\$€£]){NUMBER}{_DONE}(?![ \t]*(?:%|(?:percent|{_CONTAINERS}|hundred|thousand|as"
    r"|seconds?|minutes?|gross)\b))",
    re.IGNORECASE,
)
"""An instruction, then its result: "Multiply 12 by 4. That gives 48.", "Take 15 away from 60 and that leaves 45"
(not a result in another unit, "That gives 1 hour", nor the working, "That is 3 groups of 4")."""
_WORD_OPS = r"plus|minus|times|take[ \t]+away|divided[ \t]+by|multiplied[ \t]+by|and"
_ASKED = re.compile(
    rf"{_SENTENCE}{_N}(?:[ \t]+[a-z]+)?[ \t]+({_WORD_OPS})[ \t]+{_N}(?:[ \t]+[a-z]+)?[ \t]*"
    r"(?:,[ \t]*(?:anybody|anyone|everybody|everyone)\?|[ \t]*(?:leaves|is|makes|gives)[ \t]+what\?"
    r"|,[ \t]*what[ \t]+does[ \t]+that[ \t]+(?:make|give|leave)\?|,[ \t]*what's[ \t]+that\?)"
    rf"(?:[ \t]*(?:anyone|anybody|everyone|everybody)\?)?[ \t]*(?:\.\.\.|…)?[ \t]*{NUMBER}{_DONE}",
    re.IGNORECASE | re.MULTILINE,
)
"""A question opening its sentence and its answer: "Fifty-five minus ten, anybody? 45", "Twenty take away twelve
leaves what? 8" (not "The difference between 9 and 4, anyone? 5")."""
_PLURAL = "|".join(sorted(PLURALS, key=len, reverse=True))
_GROUPS = re.compile(
    rf"{_N}[ \t]+({_PLURAL})\b(?:{_THEN}(?:make|makes|are|is|equal|equals|gives)"
    rf"|,[ \t]*what's[ \t]+that\?(?:[ \t]*(?:\.\.\.|…))?){_FILLER}{NUMBER}{_DONE}",
    re.IGNORECASE,
)
"""Groups counted by their size: "Twelve sixes make 72", "Four twelves, what's that? ... 48" (not place values:
"10 tens is 1 hundred")."""
_PUT = re.compile(
    rf"(?:{_SENTENCE}|\bput[ \t]+){_N}[ \t]+and[ \t]+{_N}(?:[ \t]+together[ \t]*,?[ \t]*(?:and[ \t]+)?"
    rf"(?:you[ \t]+get|that's|that[ \t]+makes)|{_THEN}(?:is|equals|gives)){_FILLER}{NUMBER}{_DONE}"
    rf"(?![ \t]*(?:%|(?:percent|apart|more|less|fewer|times|each|off|left)\b)){_ALONE_NOUN}",
    re.IGNORECASE | re.MULTILINE,
)
"""Two numbers put together at the start of a sentence, the result ending it: "so nine and eleven is twenty", "put
12 and 48 together and you get 60" (not "between 3 and 4 is 3.5", "So 12 and 18 is 6 for the GCF", "2 and 50 make
100")."""
_AT_MONEY = re.compile(
    r"\bat[ \t]+(?:\\?\$|\d[\d,.]*[ \t]*(?:dollars?|bucks|cents?|¢)|[a-z-]+[ \t]+(?:dollars?|bucks|cents?))"
).search
_PERCENT_SO = re.compile(r"(?:%|percent)[^\n]*\bso\b").search
_A_PART = re.compile(rf"\b(?:a|an|one)[ \t-]+(?:{'|'.join(_ONE_PART)})").search
_ORDER = re.compile(r"\b(?:multiply|add|subtract|divide|take)\b").search
_AND_IS = re.compile(r"\band\b[^\n]*\b(?:is|equals|gives|together)\b").search
_TAILS = tuple(sorted({plural[-4:] for plural in PLURALS}))
"""The last four letters of every plural of :data:`PLURALS`: a line with none of them has none of the plurals."""
_S_WORDS = re.compile(r"\b[a-z]+(?:-[a-z]+)?s\b").findall


def _ordered(low: str) -> bool:
    """A word of an order ("multiply", "add", "subtract", "divide", "take") in the lowercased line, as a substring."""
    return "multiply" in low or "add" in low or "subtract" in low or "divide" in low or "take" in low


def _plural_tail(low: str) -> bool:
    """One of :data:`_TAILS` in the lowercased line: it may hold a plural of :data:`PLURALS`."""
    return any(tail in low for tail in _TAILS)


def _other_words(low: str) -> bool:
    """Other words that may phrase a computation: a dozen, a percent and then "so", a part ("a half"), an order
    ("multiply", "take"), a question, "and" and then "is" or "gives". Each regex only after a substring it needs:
    one regex of them all, searched at every char of every line, was most of this prefilter's time."""
    if "?" in low or "dozen" in low:
        return True
    if "and" in low and _AND_IS(low) is not None:
        return True
    if ("%" in low or "percent" in low) and "so" in low and _PERCENT_SO(low) is not None:
        return True
    if _ordered(low) and _ORDER(low) is not None:
        return True
    return any(part in low for part in _ONE_PART) and _A_PART(low) is not None


def MAY_PHRASE(line: str) -> bool:
    """Words of a line that may phrase a computation: lines without any are not read (named as the other line
    readers' prefilters). Tested on the lowercased line from the cheapest test up: substrings before regexes, and a
    plural looked up in a set (a regex alternation of the 97 plurals was four fifths of the time this prefilter
    took) only when one of their endings is in the line."""
    low = line.lower()
    if "at " in low and _AT_MONEY(low):
        return True
    if _other_words(low):
        return True
    return _plural_tail(low) and any(word in PLURALS for word in _S_WORDS(low))


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first phrased computation on ``line`` (at offset ``at``) whose result is wrong: (offset, detail), or
    None."""
    digits = digitize(line)
    low = digits.text.lower()
    # Each reader only where a word its pattern needs is in the line (lowercased, as the patterns ignore case):
    # a pattern that begins with a number is tried at every char, and most lines hold one reader's words at most.
    found = [*_at_each(digits)] if "at" in low else []
    found += _dozens(digits) if "dozen" in low else []
    shares = "%" in low or "percent" in low or any(root in low for root in _PART_ROOTS)
    found += _scaled(digits) if shares and "of" in low else []
    found += _told(digits) if _ordered(low) else []
    found += _asked(digits) if "?" in low else []
    found += _groups(digits) if _plural_tail(low) else []
    found += _put(digits) if "and" in low else []
    if not found:
        return None
    offset, detail = min(found)
    return at + digits.origin[offset], detail


_OPERATOR_BEFORE = re.compile(r"(?:[-+×*/÷·=]|\b(?:plus|minus|times|and|by|of|than|from|to|with))[ \t]*\Z", re.I)
_PRICED = re.compile(r"\b(?:price|prices|cost|costs|paid|pay|pays|spend|spent|charge|charges)\b[^.;!?]*\Z", re.I)


def _operand(d: Digits, m: re.Match[str]) -> bool:
    """Does ``m`` begin with its first operand, not inside a longer computation ("4 plus 8 plus 6 makes what?")?"""
    return _OPERATOR_BEFORE.search(d.text, max(0, m.start() - 12), m.start()) is None


def _wrong(exact: float, said: str) -> bool:
    return not matches(exact, value(said), places(said))


def _at_each(d: Digits) -> list[tuple[int, str]]:
    if len(_AT.findall(d.text)) > 1:
        return []  # "2 adults at $12 each, 3 children at $8 each, is $48": a total of several items
    out = []
    for m in _AT_EACH.finditer(d.text):
        count, noun = value(m.group(1)), m.group("noun").split()
        per = (m.group("per") or m.group("slash") or "").lower()
        if count == 1 or not _operand(d, m) or (per and not (noun and _same_unit(noun[-1], per))):
            continue  # "the one at $3", "with 12 pencils at", "36 eggs at $4 per dozen", "90 minutes at $12 an hour"
        price = _dollars(m.group("price"))
        counts = (count, count * 12) if "dozen" in (w.lower() for w in noun) and not per else (count,)
        said = m.group("total") or m.group("bare")
        stated = _dollars(said)
        cents = said == m.group("bare") and _in_cents(m.group("price"))
        exact = [n * price for n in counts]
        dec = places(said) + (2 if _in_cents(said) else 0)
        if any(matches(e, stated, dec) for e in exact) or (cents and any(matches(e * 100, stated, 0) for e in exact)):
            continue  # "38 at 50 cents each is 1900": the cents again
        at = m.start("total") if m.group("total") else m.start("bare")
        digits = len(said) - len(said.lstrip("\\$ \t"))  # the number, not its "$"
        out.append((at + digits, f"{m.group(0)}: that is {exact[0]:g}"))
    return out


_AT = re.compile(r"\bat[ \t]+\\?\$|\bat[ \t]+\d[\d,.]*[ \t]*(?:dollars?|bucks|cents?|¢)", re.IGNORECASE)


def _same_unit(noun: str, unit: str) -> bool:
    """Is ``noun`` (a count's word, "hours") the ``unit`` a price is per ("hour")?"""
    noun, unit = noun.lower(), unit.lower()
    return noun in (unit, unit + "s", unit + "es") or unit in (noun, noun + "s")


def _dollars(amount: str) -> float:
    """An amount of money in dollars: "$2.50", "50 cents" (0.5), "4 bucks"."""
    number = float(re.sub(r"[^\d.]", "", amount.replace(",", "")) or 0)
    return number / 100 if _in_cents(amount) else number


def _in_cents(amount: str) -> bool:
    return amount.rstrip().endswith(("cents", "cent", "¢"))


def _dozens(d: Digits) -> list[tuple[int, str]]:
    return [
        (m.start(2), f"{m.group(1)} dozen is {value(m.group(1)) * 12:g}, not {m.group(2)}")
        for m in _DOZEN.finditer(d.text)
        if _operand(d, m)
        and not _PRICED.search(d.text, 0, m.start())  # "Price for 2 dozen is 18."
        and value(m.group(2)) >= value(m.group(1))
        and _wrong(value(m.group(1)) * 12, m.group(2))
    ]


def _scaled(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _SCALED.finditer(d.text):
        parts = _PARTS.get(m.group(3).lower(), 0) if m.group(3) else 1
        if not parts:
            continue  # a part word the ignore-case match took with a dotless "ı" or a long "ſ": not read
        first = value(m.group(1)) / 100 if m.group(1) else 1 / parts
        whole = value(m.group(4))
        if m.group(6):
            second = value(m.group(6)) / 100
        else:
            count = NUMBER_WORDS.get(m.group(7).lower()) if not m.group(7).isdigit() else float(m.group(7))
            if count is None or m.group(8).lower() not in _PARTS:
                continue
            second = count / _PARTS[m.group(8).lower()]
            if second >= 1:
                continue  # "3 thirds": the whole, not a share of it
        said = m.group(9)
        exact = whole * second
        if _wrong(exact, said) and _wrong(value(m.group(5)) * second / first, said):
            out.append((m.start(9), f"{m.group(0)}: that is {exact:g}"))
    return out


def _told(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _TOLD.finditer(d.text):
        verb, link = m.group(1).lower(), m.group(3).lower()
        if link not in _LINKS.get(verb, ()):  # "multıply" (a dotless "ı"): ignore-case takes it, nothing reads it
            continue
        a, b = value(m.group(2)), value(m.group(4))
        exact = _apply(_OPS[verb], b, a) if link == "from" else _apply(_OPS[verb], a, b)
        if exact is not None and _wrong(exact, m.group(5)):
            out.append((m.start(5), f"{m.group(0)}: that is {exact:g}"))
    return out


def _apply(op: str, a: float, b: float) -> float | None:
    if op == "/":
        return a / b if b else None
    return a * b if op == "*" else a + b if op == "+" else a - b


_WORD_OP = {"plus": "+", "and": "+", "minus": "-", "take away": "-", "times": "*", "multiplied by": "*"}
_WORD_OP |= {"divided by": "/"}
"""The worded operators of :data:`_ASKED`, by their lowercased words."""


def _asked(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _ASKED.finditer(d.text):
        if not _operand(d, m):
            continue
        word = re.sub(r"[ \t]+", " ", m.group(2).lower())
        op = _WORD_OP.get(word)
        if op is None:
            continue  # "multıplied by" (a dotless "ı"): the ignore-case match takes it; it was read as "/"
        exact = _apply(op, value(m.group(1)), value(m.group(3)))
        if exact is not None and _wrong(exact, m.group(4)):
            out.append((m.start(4), f"{m.group(0)}: that is {exact:g}"))
    return out


def _groups(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _GROUPS.finditer(d.text):
        if not _operand(d, m):
            continue
        size = 10.0 if m.group(2).lower() == "tens" else PLURALS.get(m.group(2).lower())
        if size is None:
            continue  # "sixeſ" (a long "ſ"): the ignore-case match takes it, it is no plural read here
        exact = value(m.group(1)) * size
        if _wrong(exact, m.group(3)):
            out.append((m.start(3), f"{m.group(0)}: that is {exact:g}"))
    return out


def _put(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _PUT.finditer(d.text):
        exact = value(m.group(1)) + value(m.group(2))
        if math.isfinite(exact) and _wrong(exact, m.group(3)):
            out.append((m.start(3), f"{m.group(0).strip()}: that is {exact:g}"))
    return out
