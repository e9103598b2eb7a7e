"""How a worded result is read: is the number after "is" a value, a comparison ("2 more than 6"), an expression
restated ("50% of 8 is 1.5*8"), or still pending (a comparison or a unit word whose next word has not arrived)?"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from mcrgen.validators.expression import Parser, Side
from mcrgen.validators.markers import GUARD_WORDS
from mcrgen.validators.opwords import op_word
from mcrgen.validators.tokens import NUM, OP, UNIT, WORD, Tok
from mcrgen.validators.vocabulary import NOT_UNITS


def restated(text: str, p: Parser, left: Side, right: Side, j: int) -> bool:
    """A worded marker that does not state a result: "2/5 is equal to 12.8 hectares" (a proper fraction alone
    names a share of something bigger), "50% of 8 is 1.5*8" (an expression restated), "5 + 3 is 2 more than
    6" (a comparison)."""
    m = re.fullmatch(r"(\d+)/(\d+)", text[left.start : left.end])
    share = m is not None and int(m.group(1)) < int(m.group(2)) and (right.value or 0) >= 1
    return share or right.has_op or compared(p, j)


def unit_pending(p: Parser, j: int) -> bool:
    """Do unit words after a result run to the end of what has arrived (an operator may still follow)?"""
    k = j
    while k < p.n and k - j < 4 and p.t[k].kind == WORD and p.t[k].word not in NOT_UNITS:
        k += 1
    return k > j and k >= p.n


def guard_pending(p: Parser, j: int) -> bool:
    """After a worded result, a comparison word whose next word has not arrived ("is 2 more" ... "than"?)."""
    j = p.skip_emphasis(j)
    return j < p.n and p.t[j].kind == WORD and p.t[j].word in GUARD_WORDS and j + 1 >= p.n


_TIMES_WHAT = GUARD_WORDS | {"the", "that", "what"}
"""After "12 times": a comparison ("times as many", "times the price"), not a count."""


def compared(p: Parser, j: int) -> bool:
    """After a worded result, "more than", "times as many", "percent of": a comparison, not a value. "12
    times." alone counts occurrences."""
    j = p.skip_emphasis(j)
    if j + 1 >= p.n or p.t[j].kind != WORD or p.t[j].word not in GUARD_WORDS:
        return False
    nxt = p.t[j + 1]
    if p.t[j].word == "times":
        return nxt.kind == WORD and nxt.word in _TIMES_WHAT
    return nxt.kind == WORD and nxt.word == "than"


def remainder_pending(p: Parser, j: int) -> bool:
    """After a result, the words up to the end so far may still name a remainder (``$149.00 ÷ 6 = $24.00
    rem``..., ``= 32 with 3 lef``..., ``= 4 R``...): the quotient is judged once they have."""
    said = [tok.word if tok.kind == WORD else "#" if tok.kind == NUM else "" for tok in p.t[j:]]
    if not said or len(said) > 5 or "" in said:
        return False
    for phrase in _REMAINDER_PHRASES:
        words = phrase.split()
        if (
            len(said) <= len(words)
            and said[:-1] == words[: len(said) - 1]
            and words[len(said) - 1].startswith(said[-1])
        ):
            return True
    return False


_REMAINDER_PHRASES = ("remainder", "r", "rem", "with a remainder of", "with # left", "with # leftover")


def quotient(text: str, p: Parser, j: int, left: Side, right: Side) -> bool | None:
    """When a remainder is named after ``right`` (``$149.00 ÷ 6 = $24.00 remainder 5``, ``= 4 R2``, ``= 5 with a
    remainder of 4``, ``= 32 with 3 left over``): is ``right`` the whole quotient of ``left``, and the remainder,
    when the division is of two plain numbers, what is left? None when no remainder is named."""
    t, n = p.t, p.n
    k = j + 1 + (j + 2 < n and t[j + 1].word == "a") if j < n and t[j].word == "with" else j
    rest: float | None = None
    if k < n and t[k].kind == WORD and t[k].word in ("remainder", "r", "rem"):
        k += 1 + (k + 1 < n and t[k + 1].word == "of")
        rest = t[k].val if k < n and t[k].kind == NUM else None
    elif k == j and k < n and t[k].kind == NUM and _R_GAP.fullmatch(text, right.end, t[k].start):
        rest = t[k].val  # "= 4 R2": the R read as a currency code
    elif k > j and k + 1 < n and t[k].kind == NUM and t[k + 1].word in ("left", "remaining") and divides(text, left):
        rest = t[k].val  # "= 32 with 3 left over"
    elif not (p.t[j - 1].kind == UNIT and p.t[j - 1].word == "remainder"):  # "= 5 \\text{ remainder } 31"
        return None
    if left.value is None or right.lit is None or math.floor(left.value + 1e-9) != right.lit:
        return False
    division = _DIVISION.fullmatch(text, left.start, left.end)
    if rest is None or division is None:
        return True
    dividend, divisor = (float(division.group(g).replace(",", "")) for g in (1, 2))
    return abs(dividend - right.lit * divisor - rest) < 1e-6


_R_GAP = re.compile(r"[ \t]*R[ \t]*")
_DIVISION = re.compile(r"\$?([\d,]+(?:\.\d+)?)[ \t]*(?:÷|/|\\div|divided by)[ \t]*\$?([\d,]+(?:\.\d+)?)")
"""A division of two plain numbers, whose remainder can be told."""


_CENTS = frozenset({"cents", "cent"})
_DOLLARS = frozenset({"dollars", "dollar", "bucks"})


def in_other_money_unit(text: str, p: Parser, left: Side, j: int) -> Side | None:
    """``left`` in the money unit of its stated result (the word at ``j`` after it) when that is not the left
    side's: "8 times 25 cents equals two dollars" (200 cents), "two dollars divided by four is
    fifty cents" (0.5 dollars), "40 cents minus 20 cents is $0.20", "8 times 25 cents is two" (a result in cents
    names its unit); None when the units agree."""
    word = p.t[j].word if j < p.n and p.t[j].kind == WORD else ""
    left_in_cents = (
        "¢" in text[left.start : left.end]
        or (  # "1{,}494 \\times 10\\text{¢} = \\$149.40"
            "cent" in text[left.start : left.end].lower()
            and any(t.kind == WORD and t.word in _CENTS for t in p.t if left.start <= t.start < left.end)
        )
    )
    if word in _CENTS and not left_in_cents:
        factor = 100.0  # a result in cents: the left side was in dollars
    elif left_in_cents and word not in _CENTS:
        factor = 0.01  # a left side in cents, a result in dollars or with no unit ("is two")
    else:
        return None
    return _scaled(left, factor)


def _scaled(left: Side, factor: float) -> Side:
    return replace(left, value=None if left.value is None else left.value * factor,
                   alts=tuple(v * factor for v in left.alts))  # fmt: skip


def in_cents(left: Side) -> tuple[Side, Side]:
    """``left`` read in the other money unit, either way: x100 (dollars to cents) and /100 (cents to dollars)."""
    return _scaled(left, 100.0), _scaled(left, 0.01)


def money_pending(p: Parser, j: int) -> bool:
    """Is the last word, after a result, still perhaps "dollars" or "cents" ("= 2 d" ... "ollars")?"""
    if j + 1 != p.n or p.t[j].kind != WORD:
        return False
    word = p.t[j].word
    return word not in _CENTS and word not in _DOLLARS and any(unit.startswith(word) for unit in (*_CENTS, *_DOLLARS))


def mixed_money(text: str, p: Parser, left: Side) -> bool:
    """Does ``left`` add dollars and cents ("two dollars plus fifty cents", "one dollar and twenty-five cents
    minus thirty-five cents")? Then it is undecided, as other mixed units are (:func:`units.mixed_units`). An
    amount read whole ("thirty-one dollars and fifty cents") is in dollars. A sum of cents and a bare number
    ("six plus fifty cents") may be one too: the bare number may be dollars."""
    if "cent" not in text[left.start : left.end].lower() and "¢" not in text[left.start : left.end]:
        return False  # most lines: nothing to look at
    toks = [t for t in p.t if left.start <= t.start < left.end]
    cents = any(t.kind == WORD and t.word in _CENTS for t in toks)
    dollars = (
        "$" in text[max(0, left.start - 1) : left.end]
        or any(  # "$103.80 ÷ 5¢": its "$" before it
            (t.kind == WORD and t.word in _DOLLARS) or (t.kind == NUM and "dollar" in text[t.start : t.end].lower())
            for t in toks
        )
    )
    return cents and (dollars or _bare_in_sum(toks))


def _bare_in_sum(toks: list[Tok]) -> bool:
    """Is a number of this sum (or difference) written without "cents" after it?"""
    summed = any(t.word in ("+", "-") if t.kind == OP else t.word in ("plus", "minus") for t in toks)
    return summed and any(
        t.kind == NUM and not (k + 1 < len(toks) and toks[k + 1].word in _CENTS) for k, t in enumerate(toks)
    )


def divides(text: str, left: Side) -> bool:
    """Does the computation divide (only a quotient may have a remainder named after it)?"""
    written = text[left.start : left.end]
    return "/" in written or "÷" in written or "div" in written


def operator_at(p: Parser, j: int) -> bool:
    """Is there an operator at ``j``, in symbols or in words ("x", "times")?"""
    return j < p.n and (p.t[j].kind == OP or op_word(p.t, j) is not None)
