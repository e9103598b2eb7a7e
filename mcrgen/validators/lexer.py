"""Tokens of a statement, for the arithmetic checker: numbers (``1,234``, ``1,\\!234``, ``.5``, ``66.6...``),
operators, ``=``/``≈``, parentheses, ``\\frac{a}{b}``, powers, percent, currency, units, words, separators.

Whitespace, currency signs and ``\\boxed{`` are dropped, but whether whitespace preceded a token is kept
(``3x`` is a variable term, ``3 x 4`` a product).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_TOKEN = re.compile(
    # The two most frequent kinds come first: the engine tries alternatives in order. Each alternative's name
    # is an empty group at its *end* (``m.lastgroup`` is the group that closed last): an alternative that
    # starts with a group is entered at every position, one that starts with a char or a char class is
    # skipped by the regex engine after one look at the char (about 10% of the lexer's matching time). The blanks
    # before a token are part of its match (group 1, whose end is the token's start): one match per token, not
    # two; ``ws`` is left for the other blanks (``\,``, ``\quad``, ``&``, ``~``) and blanks at the very end.
    r"""
  ([ \t\r\f\v]*)(?:
  (?:[ \t\r\f\v]+|\\[,;!\ ]|\\q?quad\b|&|~)(?P<ws>)
| (?:[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+-[A-Za-z]+(?:-[A-Za-z]+)*)(?P<word>)
| <<(?P<body>[^\n]{0,200}?)>>(?P<ann>)
| \d+:\d+(?P<time>)
| (?:\d{1,3}(?:,(?:\\!)?\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<ell>\.\.\.|…|\\[lc]?dots\b)?(?P<num>)
| \\[dt]?frac\s*(?:\{(?P<fa>[^{}]*)\}\s*\{(?P<fb>[^{}]*)\}|(?P<fc>\d)(?P<fd>\d))(?P<frac>)
| \^\s*(?:\{(?P<pb>[^{}]*)\}|(?P<pd>\d+(?:\.\d+)?))(?P<pow>)
| (?:\\(?:text|mbox|mathrm|textrm)\s*\{[^{}]*\}|\^\s*\{?\\circ\}?|°|\\circ\b|\\degree\b)(?P<unit>)
| \\boxed\s*\{(?P<box>)
| (?:[<>!]=|[≤≥≠<>]|\\[ln]eq?\b|\\[lg]eq?\b|\\neq\b|=[=>])(?P<cmp>)
| (?:&?[ \t]*=|≈|\\approx\b)(?P<eq>)
| (?:\*\*|[-+*/×÷·−–]|\\times\b|\\cdot\b|\\div\b)(?P<op>)
| (?:\\left\s*\(|\()(?P<lp>)
| (?:\\right\s*\)|\))(?P<rp>)
| \\?%(?P<pct>)
| (?:\\\$|\$(?=\s*(?:-?\.?\d|<<))|[€£])(?P<cur>)
| \$(?P<dollar>)
| (?:[.!?](?=\s)|[,;:\n]|\\\\)(?P<sep>)
| \\[A-Za-z]+(?P<cmd>)
| .(?P<other>)
)""",
    re.X,
)

_OPS = {"+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "×": "*", "·": "*", "/": "/", "÷": "/"}
_OPS.update({"\\times": "*", "\\cdot": "*", "\\div": "/"})
OP_WORDS = {"x": "*", "times": "*", "plus": "+", "minus": "-"}
# Two-word operators: "divided by", "multiplied by".
OP_PAIRS = {"divided": "/", "multiplied": "*"}
# A number followed by one of these is a different quantity (2 dozen = 24), too ambiguous to judge.
SCALE_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"})
SCALE_WORDS |= {"billion", "billions", "trillion", "k", "m", "bn", "score", "pair", "pairs", "half", "quarter"}
# Words that link clauses, never units: "39 and -11 + 50" is two expressions.
LINK_WORDS = frozenset(
    "and or so then but is are was were be which that the we he she it they this these there thus hence while "
    "gives give get gets yields since because if when where with for to from by in on at as than equals equal "
    "makes that's it's there's here's thats".split()
)
# "half of 8 + 2": a fraction word before "of" makes the expression after it part of a bigger one.
FRACTION_WORDS = frozenset(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths tenth tenths twice double "
    "triple thrice percent".split()
)
NOT_UNITS = frozenset(OP_WORDS) | frozenset(OP_PAIRS) | SCALE_WORDS | LINK_WORDS | {"of", "percent"}

# Token kinds, as small strings so tuples compare fast.
NUM, FRAC, POW, UNIT, EQ, OP, LP, RP, PCT, WORD, SEP, OTHER = (
    "num", "frac", "pow", "unit", "eq", "op", "lp", "rp", "pct", "word", "sep", "other",
)  # fmt: skip


@dataclass(slots=True)
class Tok:
    kind: str
    start: int
    end: int
    sp: bool
    """Whitespace (or nothing) separates it from the previous significant token."""
    val: float | None = None
    dec: int = 0
    word: str = ""
    approx: bool = False


def parse_num(raw: str) -> tuple[float, int]:
    clean = raw.replace(",", "").replace("\\!", "")
    dot = clean.find(".")
    return float(clean), (len(clean) - dot - 1 if dot >= 0 else 0)


def _simple_value(raw: str) -> float | None:
    s = raw.strip().replace("−", "-").replace(" ", "")
    try:
        return float(s)
    except ValueError:
        return None


def tokenize(
    text: str, pos: int = 0, end: int | None = None, *, annotation: bool = False, sp: bool = True
) -> list[Tok]:
    """Significant tokens of ``text[pos:end]``; whitespace, currency and ``\\boxed{`` are dropped but recorded
    in the next token's ``sp`` flag (whitespace only). Annotations are returned as OTHER-free ``ann`` tokens.
    ``sp`` is the flag of the first token when no whitespace precedes it (False: it continues a token list)."""
    out: list[Tok] = []
    stop = len(text) if end is None else end
    for m in _TOKEN.finditer(text, pos, stop):
        kind = m.lastgroup
        lead, s = m.span(1)  # the token starts after the blanks its match began with
        if kind == "ws" or s != lead:
            sp = True
            if kind == "ws":
                continue
        e = m.end()
        if kind == "word":
            word = text[s:e].lower()
            out.append(Tok(WORD, s, e, sp, None, 0, word.replace("’", "'") if "’" in word else word))
        elif kind == "num":
            ell = m.group("ell")
            v, d = parse_num(text[s : e - len(ell)] if ell else text[s:e])
            # 66.666... is a truncated repeating decimal: judged like an approximation.
            out.append(Tok(NUM, s, e, sp, v, d, "", bool(ell)))
        elif kind in ("cur", "box"):
            continue
        elif kind == "op":
            raw = text[s:e]
            if raw == "**":
                out.append(Tok(POW, s, e, sp) if annotation else Tok(SEP, s, e, sp, word="**"))
            else:
                out.append(Tok(OP, s, e, sp, None, 0, _OPS[raw]))
        elif kind == "eq":
            out.append(Tok(EQ, s, e, sp, approx=not text[s:e].endswith("=")))
        elif kind == "frac":
            if m.group("fc") is not None:
                a, b = float(m.group("fc")), float(m.group("fd"))
            else:
                a_, b_ = _simple_value(m.group("fa")), _simple_value(m.group("fb"))
                a, b = (a_, b_) if a_ is not None and b_ is not None else (math.nan, 1.0)
            out.append(Tok(FRAC, s, e, sp, None if b == 0 or math.isnan(a) else a / b))
        elif kind == "pow":
            exp = _simple_value(m.group("pb")) if m.group("pb") is not None else float(m.group("pd"))
            out.append(Tok(POW, s, e, sp, exp))
        elif kind == "ann":
            out.append(Tok("ann", s, e, sp, word=m.group("body")))
        elif kind == "dollar":  # a math delimiter, not a currency sign
            out.append(Tok(SEP, s, e, sp))
        elif kind in ("time", "cmp", "cmd"):
            out.append(Tok(OTHER, s, e, sp))
        else:
            assert kind is not None
            out.append(Tok(kind, s, e, sp, word=text[s:e] if kind == SEP else ""))
        sp = False
    return out
