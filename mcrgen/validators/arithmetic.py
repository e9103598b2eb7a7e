"""Find the computations a solution states and check them: ``a op b = c``, chains, ``<<48/2=24>>`` annotations.

The guiding rule is *judge only what is certainly a closed numeric computation*. A side of an equation is
checked only when its left edge is clean (statement start, ``=``, ``,``/``:``, or a prose word after a space),
every operand is a number (``3x``, ``f(2)``, ``\\sqrt{}``, ``2 dozen`` or any unknown LaTeX command taint the
side), and the left side has an operator (``1 hour = 60 minutes`` is a conversion, not a computation).
Everything else is skipped, because a false alarm kills a good sample while a miss only costs tokens.

What is understood: ``+ - − – * × x times · / ÷ ^``, ``\\times \\cdot \\div``, ``\\frac{a}{b}``, parentheses
(``\\left( \\right)``, implicit ``2(3)``), ``1,234`` and ``1,\\!234``, decimals, ``$ € £``, ``20%``/``percent``,
``20% of 50`` and ``1/2 of 10``, unit words after a number (``3 hours * 60 minutes/hour``), ``\\text{cm}``.

How equal is equal: a stated integer may be the floor or ceiling of a non-integer value (``10/3 = 3``, buses
needed ``= 4``); a stated decimal may be rounded to its own last digit (``2/3 = 0.67``); ``≈`` allows one unit
of the last digit or 1%; percentages match either as fraction or as percent (``10/50 = 20%``); and a left side
may be read with standard precedence or left to right (sloppy ``5 + 3 * 2 = 16``). A running chain
``12 + 3 = 15 * 2 = 30`` is fine when the next side *starts* with the value so far.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from mcrgen.validators.lexer import (
    EQ,
    FRAC,
    LINK_WORDS,
    LP,
    NOT_UNITS,
    NUM,
    OP,
    OP_WORDS,
    PCT,
    POW,
    RP,
    SCALE_WORDS,
    SEP,
    UNIT,
    WORD,
    Tok,
    parse_num,
    tokenize,
)


@dataclass(slots=True)
class Side:
    """One side of an equation (an expression), evaluated."""

    value: float | None
    """None when tainted: something in it is not a plain number."""
    alts: tuple[float, ...]
    """Every accepted reading: standard precedence, strictly left to right, tight fractions first."""
    has_op: bool
    start: int
    end: int
    lit: float | None
    """The literal as written when the side is one plain number (``20`` for ``20%``), else None."""
    dec: int
    pct: bool
    any_pct: bool
    lead: float | None
    lead_dec: int
    approx: bool
    """Its first number is a truncated repeating decimal (``66.666...``)."""


@dataclass(frozen=True, slots=True)
class Finding:
    at: int
    detail: str


@dataclass(slots=True)
class Scan:
    faults: list[Finding]
    results: list[tuple[int, float]]
    """(offset just after the stated result, result) for every checked computation, in text order."""
    last_eq: int = -1
    """Offset just after the last ``=`` outside annotations, checked or not."""


def _eval(items: list[float], ops: list[str], precedence: bool) -> float | None:
    try:
        if not precedence:
            acc = items[0]
            for op, b in zip(ops, items[1:], strict=True):
                acc = acc + b if op == "+" else acc - b if op == "-" else acc * b if op == "*" else acc / b
            return acc
        terms: list[float] = [items[0]]
        signs: list[str] = []
        for op, b in zip(ops, items[1:], strict=True):
            if op == "*":
                terms[-1] *= b
            elif op == "/":
                terms[-1] /= b
            else:
                terms.append(b)
                signs.append(op)
        acc = terms[0]
        for op, b in zip(signs, terms[1:], strict=True):
            acc = acc + b if op == "+" else acc - b
        return acc
    except (ZeroDivisionError, OverflowError):
        return None


class _Parser:
    """Recursive descent over one region's tokens; taint propagates instead of aborting, so a side's extent is
    known even when its value is not."""

    def __init__(self, toks: list[Tok]) -> None:
        self.t = toks
        self.n = len(toks)

    def _is(self, j: int, kind: str, word: str | None = None) -> bool:
        if j >= self.n:
            return False
        tok = self.t[j]
        return tok.kind == kind and (word is None or tok.word == word)

    def operand(self, i: int) -> tuple[float | None, int, int, bool, bool] | None:
        """(value|None, decimals, next index, is_plain_literal, is_percent) of the operand at ``i``."""
        t, n = self.t, self.n
        if i >= n:
            return None
        neg = False
        tok = t[i]
        if tok.kind == OP and tok.word == "-" and i + 1 < n and t[i + 1].kind in (NUM, FRAC, LP) and not t[i + 1].sp:
            neg, i = True, i + 1
            tok = t[i]
        val: float | None
        dec, lit, pct = 0, False, False
        if tok.kind == NUM:
            val, dec, lit, j = tok.val, tok.dec, True, i + 1
        elif tok.kind == FRAC:
            val, j = tok.val, i + 1
        elif tok.kind == LP:
            side, j = self.side(i + 1)
            if side is None or not self._is(j, RP):
                return None
            val, j = side.value, j + 1
        else:
            return None
        if j < n and (t[j].kind == PCT or self._is(j, WORD, "percent")):
            val, pct, j = (None if val is None else val / 100), True, j + 1
        if j < n and t[j].kind == POW:
            exp = t[j].val
            try:
                val = None if val is None or exp is None or abs(exp) > 64 else math.pow(val, exp)
            except (OverflowError, ZeroDivisionError, ValueError):
                val = None
            lit, j = False, j + 1
        if j < n and t[j].kind == WORD and not t[j].sp:
            # Glued letters: 3x, 4d, 2nd, 10km; only 3x4 is a computation.
            if not (t[j].word == "x" and j + 1 < n and t[j + 1].kind in (NUM, LP, FRAC)):
                val, lit, j = None, False, j + 1
        j, scaled = self.units(j)
        if scaled:
            val = None
        if neg and val is not None:
            val = -val
        return val, dec, j, lit, pct

    def units(self, j: int) -> tuple[int, bool]:
        """Skip unit words after an operand when an operator or ``=`` follows them."""
        t, n = self.t, self.n
        k = j
        while k < n and t[k].kind == UNIT:
            k += 1
        words = 0
        w = k
        while w < n and words < 4:
            tok = t[w]
            if tok.kind == WORD and len(tok.word) >= 2 and tok.word not in NOT_UNITS:
                words += 1
                w += 1
            elif tok.kind == OP and tok.word == "/" and w + 1 < n and t[w + 1].kind == WORD and words:
                w += 1
            elif tok.kind == UNIT and words:
                w += 1
            else:
                break
        if w < n and t[w].kind == WORD and t[w].word in SCALE_WORDS and w == k:
            return w + 1, True
        if words and w < n and (t[w].kind in (OP, EQ, RP) or (t[w].kind == WORD and t[w].word in OP_WORDS)):
            return w, False
        return k, False

    def side(self, i: int) -> tuple[Side | None, int]:
        first = self.operand(i)
        if first is None:
            return None, i
        val, dec, j, lit, pct = first
        items: list[float | None] = [val]
        ops: list[str] = []
        tight: list[bool] = []
        tainted = False
        any_pct, prev_div = pct, self.t[i].kind == FRAC
        while j < self.n:
            tok = self.t[j]
            nj = j + 1
            if tok.kind == OP and tok.word in "+-*/":
                op = tok.word
            elif tok.kind == WORD and tok.word in OP_WORDS:
                op = OP_WORDS[tok.word]
            elif tok.kind == WORD and tok.word == "of" and (any_pct or prev_div):
                op = "*"
            elif tok.kind == LP and not tok.sp:
                op, nj = "*", j
            else:
                break
            nxt = self.operand(nj)
            if nxt is None:
                # "5 - \\sqrt{2}", "32 + x": the side goes on with something unknown. A dangling word ("3 times
                # a week") just ends the side.
                tainted = tainted or tok.kind == OP
                break
            ops.append(op)
            items.append(nxt[0])
            tight.append(op == "/" and not tok.sp and nj < self.n and not self.t[nj].sp)
            any_pct = any_pct or nxt[4]
            prev_div = op == "/" or self.t[nj].kind == FRAC
            j = nxt[2]
        clean = [v for v in items if v is not None]
        alts: list[float] = []
        if len(clean) == len(items) and not tainted:
            for v in (_eval(clean, ops, True), _eval(clean, ops, False), _tight_eval(clean, ops, tight)):
                if v is not None and v not in alts:
                    alts.append(v)
        value = alts[0] if alts else None
        lit_value = None
        if not ops and lit and val is not None:
            lit_value = val * 100 if pct else val
        lead = None if first[0] is None else (first[0] * 100 if pct else first[0])
        first_tok = self.t[i + 1] if self.t[i].kind == OP else self.t[i]
        # A fraction or a power alone is a computation too: \\frac{2520}{30} = 84, 2^{10} = 1024.
        computed = bool(ops) or first_tok.kind == FRAC or (j - i >= 2 and self.t[j - 1].kind == POW)
        return (
            Side(
                value,
                tuple(alts),
                computed,
                self.t[i].start,
                self.t[j - 1].end,
                lit_value,
                dec,
                pct,
                any_pct,
                lead,
                dec,
                first_tok.approx,
            ),
            j,
        )


def _tight_eval(items: list[float], ops: list[str], tight: list[bool]) -> float | None:
    """Read ``2 / 1/4`` as ``2 / (1/4)``: a fraction written without spaces binds first."""
    if not any(tight) or len(ops) < 2:
        return None
    vals, rest = [items[0]], []
    for op, b, t in zip(ops, items[1:], tight, strict=True):
        if t:
            if vals[-1] == 0 and b == 0:
                return None
            try:
                vals[-1] = vals[-1] / b
            except ZeroDivisionError:
                return None
        else:
            rest.append(op)
            vals.append(b)
    return _eval(vals, rest, True)


def _close(c: float, s: float, dec: int, approx: bool) -> bool:
    c = round(c, 9)
    if abs(c - s) <= 1e-9 * max(1.0, abs(s)):
        return True
    if approx:
        return abs(c - s) <= max(10.0**-dec, 0.01 * abs(c))
    if dec > 0:
        return abs(c - s) <= 0.5 * 10.0**-dec + 1e-9
    return abs(c - s) < 1  # a stated integer may be the floor or the ceiling of the exact value


def matches(c: float, stated: float, dec: int, pct: bool = False, approx: bool = False) -> bool:
    """Is the exact value ``c`` correctly stated as the literal ``stated`` (with ``dec`` decimals, ``%``)?"""
    if pct:
        return _close(c * 100, stated, dec, approx) or _close(c, stated, dec, approx)
    return _close(c, stated, dec, approx)


def _agree(left: Side, right: Side, approx: bool) -> bool:
    cands = list(left.alts)
    if left.any_pct:
        cands += [v * 100 for v in left.alts]
    approx = approx or right.approx
    for c in cands:
        if right.lit is not None:
            if matches(c, right.lit, right.dec, right.pct, approx):
                return True
        elif any(abs(c - r) <= 1e-6 * max(1.0, abs(c)) for r in right.alts):
            return True
        if right.has_op and right.lead is not None and matches(c, right.lead, right.lead_dec, right.pct, approx):
            return True  # running chain: 12 + 3 = 15 * 2 = 30
    return False


def _clean_start(t: list[Tok], i: int) -> bool:
    """May an expression start at token ``i``? Only where nothing to its left could belong to it."""
    if i == 0:
        return True
    p = t[i - 1]
    if p.kind in (SEP, EQ):
        return True
    if p.kind == WORD:
        if not t[i].sp or len(p.word) < 2 or p.word in NOT_UNITS - LINK_WORDS:
            return False
        # Walk back over the words: "25 classmates + his 1 teacher" continues an expression begun earlier.
        k = i - 1
        while k >= 0 and t[k].kind == WORD and i - k <= 4:
            k -= 1
        if k >= 0 and (t[k].kind == OP or (t[k].kind == NUM and not t[k + 1].sp)):
            return False
        return True
    if p.kind == LP:
        return p.sp and (i == 1 or t[i - 2].kind in (SEP, EQ, WORD))
    if p.kind == OP and p.word in "-*" and t[i].sp:  # a list bullet at the start of a statement
        return i == 1 or t[i - 2].kind == SEP
    return False


def _fmt(v: float) -> str:
    return f"{v:.10g}"


def _check_annotation(text: str, tok: Tok) -> tuple[Finding | None, float | None, int]:
    """Check ``<<lhs=rhs>>``; returns (fault, stated result, its decimals)."""
    body = tok.word
    k = body.rfind("=")
    if k <= 0:
        return None, None, 0
    m = re.fullmatch(r"\s*(-?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(%?)\s*", body[k + 1 :])
    if not m:
        return None, None, 0
    stated, dec = parse_num(m.group(2))
    stated = -stated if m.group(1) else stated
    base = tok.start + 2
    toks = tokenize(text, base, base + k, annotation=True)
    p = _Parser(toks)
    side, j = p.side(0) if toks else (None, 0)
    if side is None or j != len(toks) or side.value is None:
        return None, stated, dec
    cands = list(side.alts)
    if any(matches(c, stated, dec, bool(m.group(3))) for c in cands):
        return None, stated, dec
    return Finding(tok.start, f"<<{body}>>: left side is {_fmt(side.value)}"), stated, dec


def scan(text: str, pos: int = 0, end: int | None = None) -> Scan:
    """Check every computation in ``text[pos:end]``, which must start and end on statement boundaries.

    Line by line: expressions and annotations never span lines, and lines without ``=`` (most prose) are
    skipped without being tokenized."""
    stop = len(text) if end is None else end
    found = Scan([], [], -1)
    a = pos
    while a < stop:
        b = text.find("\n", a, stop)
        b = stop if b < 0 else b + 1
        if text.find("=", a, b) >= 0 or text.find("≈", a, b) >= 0 or text.find("approx", a, b) >= 0:
            _scan_line(text, tokenize(text, a, b), found)
        a = b
    found.faults.sort(key=lambda f: f.at)
    found.results.sort()
    return found


def _scan_line(text: str, raw: list[Tok], found: Scan) -> None:
    faults, results = found.faults, found.results
    toks: list[Tok] = []
    pending: tuple[Tok, float, int] | None = None
    for tok in raw:
        if tok.kind == "ann":
            fault, stated, dec = _check_annotation(text, tok)
            if fault is not None:
                faults.append(fault)
            if stated is not None:
                results.append((tok.end, stated))
                pending = (tok, stated, dec)
            continue
        if pending is not None:
            # The number printed right after an annotation must be the annotation's result.
            ann, stated, _ = pending
            if tok.kind == NUM and tok.start == ann.end and tok.val is not None:
                if not matches(stated, tok.val, tok.dec):
                    faults.append(Finding(ann.start, f"<<{ann.word}>> then {text[tok.start : tok.end]}"))
            pending = None
        toks.append(tok)
    p = _Parser(toks)
    n = len(toks)
    found.last_eq = max([found.last_eq, *(t.end for t in toks if t.kind == EQ)])
    i = 0
    while i < n:
        tok = toks[i]
        startable = tok.kind in (NUM, FRAC, LP) or (
            tok.kind == OP and tok.word == "-" and i + 1 < n and not toks[i + 1].sp
        )
        if not startable or not _clean_start(toks, i):
            i += 1
            continue
        first, j = p.side(i)
        if first is None:
            i += 1
            continue
        chain: list[tuple[bool, Side]] = [(False, first)]
        while j < n and toks[j].kind == EQ:
            nxt, j2 = p.side(j + 1)
            if nxt is None:
                break
            chain.append((toks[j].approx, nxt))
            j = j2
        for (_, left), (approx, right) in zip(chain, chain[1:], strict=False):
            if left.value is None or right.value is None or not left.has_op:
                continue
            if _agree(left, right, approx):
                results.append((right.end, right.lit if right.lit is not None else right.value))
                continue
            faults.append(Finding(left.start, f"{text[left.start : right.end]}: left side is {_fmt(left.value)}"))
            break
        i = max(j, i + 1)
