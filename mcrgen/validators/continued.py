"""Lines that go on from the line before them, as scratch work and ledgers write them:

* a running total: a line opening with an operator continues from the last result stated on the line before
  (``2 × $1.80 = $3.60`` then ``+ $11.25 = $14.85``);
* a result on its own line: ``* Sales tax = $110.00 × 5%`` then ``* = **$6.50**``; or the same label again,
  ``Cost of the lemonade = 52 × $0.25`` then ``Cost of the lemonade = $13.00``; or a line that is only an
  expression, ``36 - 15`` then ``= 21 eggs``; or a line ending with ``=``, ``12*4 =`` then ``48 cookies``.

Each returns the tokens to judge for the line: the line's own, after what it takes from the line before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mcrgen.validators.lexer import tokenize
from mcrgen.validators.scanned import Scan
from mcrgen.validators.segment import after_equals
from mcrgen.validators.tokens import EQ, FRAC, LP, NUM, OP, SEP, UNIT, WORD, Tok

_CARRIES = frozenset("+×÷−/")
"""Operators that open a line going on from the line before; ``-`` and ``*`` open list items."""
_DIGIT = re.compile(r"(?!\s*remainder\s+\d+\D*$)\D*\d")
"""A number after the last result of a line ("= $12 remainder 5" still ends on its result, 12)."""
CARRY_DEPTH = 8
"""Lines of a running total followed back from one that opens with an operator."""


def _line_head(text: str, at: int) -> int:
    """Where the line holding ``at`` starts (0: the first line, which has none before it)."""
    return text.rfind("\n", 0, at) + 1


def carried(text: str, toks: list[Tok], depth: int, results_of: Callable[[str, int, int, int], Scan]) -> list[Tok]:
    """A running total's line, after a number token holding the last result of the line before (``results_of``
    scans that line). Unchanged when the line before states no result, or a fault, or numbers after its result
    (the line before may itself go on from its own: :data:`CARRY_DEPTH` lines are followed)."""
    if len(toks) < 2 or toks[0].kind != OP or text[toks[0].start] not in _CARRIES or toks[1].kind not in (NUM, LP):
        return toks
    if text[toks[0].start] == "−" and not toks[1].sp:
        return toks  # "−9 − 6 = −15°C": a negative number opens a computation of its own
    head = _line_head(text, toks[0].start)
    if head == 0 or depth >= CARRY_DEPTH or text[head : toks[0].start].strip():
        return toks
    before = results_of(text, _line_head(text, head - 1), head, depth + 1)
    if not before.results or before.faults or _DIGIT.match(text, before.results[-1][0], head) is not None:
        return toks
    at = toks[0].start
    return [Tok(NUM, at, at, True, before.results[-1][1]), *toks]


def joined(text: str, toks: list[Tok]) -> tuple[list[Tok], int | None]:
    """A result on its own line (``* = **$6.50**``, or the label of the line before and ``=``): the tokens of the
    line before, then this line's from its ``=``; and where this line starts. Unchanged (and None) otherwise."""
    n = len(toks)
    if n and toks[0].kind == NUM:
        return _below_equals(text, toks)
    k = 1 if n and toks[0].kind == OP and toks[0].word in "-*" else 0  # a list bullet
    labelled = k
    while labelled < n and labelled < 8 and toks[labelled].kind == WORD:
        labelled += 1  # the label: "Cost of the lemonade ="
    if labelled >= n or toks[labelled].kind != EQ:
        return toks, None  # most lines: decided on their first tokens
    head = _line_head(text, toks[0].start)
    if head == 0 or text[head : toks[0].start].strip(" \t&"):  # "&= 60": an aligned line
        return toks, None
    prev = _line_head(text, head - 1)
    if labelled > k and not _same_label(text, prev, head, toks[labelled].start):
        return toks, None
    before = tokenize(text, prev, head)
    while before and before[-1].kind == SEP and before[-1].word in ("\n", "\\\\"):
        before.pop()  # the line's end, and a LaTeX line break before it (``x &= \\frac{60}{5} \\\\`` then ``&= 12``)
    eqs = [i for i, tok in enumerate(before) if tok.kind == EQ]
    if eqs and _states_result(before[eqs[-1] + 1 :]) and not _converted(before[eqs[-1] + 1 :], toks[labelled + 1 :]):
        return toks, None  # the line before has its result: this one says it again, or starts over
    if not eqs and not (labelled == k and _bare_expression(before)):
        return toks, None
    return [*before, *toks[labelled:]], head


def _below_equals(text: str, toks: list[Tok]) -> tuple[list[Tok], int | None]:
    """A line opening with a number right below one that ends with ``=`` (``12*4 =`` then ``48 cookies``): the
    number is that line's result."""
    head = _line_head(text, toks[0].start)
    if not after_equals(text, head) or text[head : toks[0].start].strip(" \t$€£"):
        return toks, None  # most lines opening with a number: "1. ...", with no "=" ending the line before
    before = tokenize(text, _line_head(text, head - 1), head)
    if before and before[-1].kind == SEP and before[-1].word == "\n":
        before.pop()
    if len(before) < 2 or before[-1].kind != EQ:
        return toks, None
    return [*before, *toks], head


def _states_result(toks: list[Tok]) -> bool:
    """Are these tokens (after a line's last ``=``) a stated result: a number and at most its unit words?"""
    return bool(toks) and toks[0].kind == NUM and all(tok.kind in (WORD, UNIT, SEP) for tok in toks[1:])


def _converted(result: list[Tok], after: list[Tok]) -> bool:
    """Does the line below a stated quantity state it in another unit (``t &= 4\\ \\text{min} \\\\`` then
    ``&= 240\\ \\text{s}``)? Then the two lines are one conversion, judged as one."""
    return (
        len(result) == 2
        and len(after) >= 2
        and after[0].kind == NUM
        and result[1].kind in (WORD, UNIT)
        and after[1].kind in (WORD, UNIT)
        and result[1].word != after[1].word
    )


def _bare_expression(toks: list[Tok]) -> bool:
    """Does a line end with an expression and state no result (``36 - 15``, ``Total: 12.00 × 4``)? The next
    line's ``= $48.00`` is its result."""
    if toks and toks[-1].kind == FRAC:
        return True  # "x &> \\frac{99}{9} \\\\" then "&= 11": a fraction alone is a computation
    if len(toks) < 3 or toks[-1].kind != NUM:
        return False
    return toks[-2].kind == OP or (toks[-2].kind == WORD and toks[-2].word in ("x", "times"))


def _same_label(text: str, prev: int, head: int, eq: int) -> bool:
    """Does the line before (``text[prev:head]``) open with this line's label (``text[head:eq]``) and ``=``?"""
    label = text[head:eq].strip()
    at = prev
    while at < head and text[at] in " \t":
        at += 1
    if not label or not text.startswith(label, at, head):
        return False
    at += len(label)
    while at < head and text[at] in " \t":
        at += 1
    return text.startswith("=", at, head)
