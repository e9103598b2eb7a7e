"""Tokens of a statement, for the arithmetic checker: numbers (``1,234``, ``1,\\!234``, ``1{,}234``, ``.5``,
``66.6...``), operators, ``=``/``≈``, parentheses, ``\\frac{a}{b}``, powers, percent, currency, units, words,
separators.

Whitespace, currency signs and ``\\boxed{`` are dropped, but whether whitespace preceded a token is kept
(``3x`` is a variable term, ``3 x 4`` a product). Math delimiters (``\\( \\) \\[ \\]``, a ``$`` that opens no
amount) are separators: a computation inside ``\\( 8 \\times 24 = 192 \\)`` is read like one in prose. So are
bullets and arrows that set a label off its computation (``• Cost of the pens → 3 × $1.50 = $4.50``); an arrow
after a computation states its result (``100.8 / 5 → 20.16``), and so does a code comment holding one number
(``pears = 7 * 3  # -> 21``).
"""

from __future__ import annotations

import math
import re

from mcrgen.validators import entities, foreign, forms
from mcrgen.validators.labels import CHECK_MARKS, ORDINAL_ENDS, named, part_label
from mcrgen.validators.latexvalue import command_value, factorial, simple_value
from mcrgen.validators.markdown import italics
from mcrgen.validators.scientific import fold_power_of_ten, superscript_value
from mcrgen.validators.spoken import (
    FILLERS,
    FRACTIONS,
    NUMBER_WORDS,
    PLURALS,
    SAYS,
    answer_gap,
    asked,
    join_spoken,
    pause,
)
from mcrgen.validators.tokens import EQ, FRAC, LP, NUM, OP, OTHER, POW, RP, SEP, TIME, UNIT, WORD, Tok
from mcrgen.validators.vocabulary import VULGAR

LETTERS = (
    r"[A-Za-z\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff"
    r"\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
"""Letters of the scripts solutions are written in: Latin with accents (not × and ÷; Vietnamese's too) and
combining accents, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Japanese kana, Chinese, Korean. Ranges, not
``[^\\W\\d_]``: a class of ranges costs the lexer less at every char."""
INDIAN_GROUPED = r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?"
"""Digits grouped the Indian way ("1,50,000", "1,49,00,000"): tried before groups of three, which fail on them."""

_TOKEN = re.compile(
    # The two most frequent kinds come first: the engine tries alternatives in order. Each alternative's name
    # is an empty group at its *end* (``m.lastgroup`` is the group that closed last): an alternative that
    # starts with a group is entered at every position, one that starts with a char or a char class is
    # skipped by the regex engine after one look at the char (about 10% of the lexer's matching time). The blanks
    # before a token are part of its match (group 1, whose end is the token's start): one match per token, not
    # two; ``ws`` is left for the other blanks (``\,``, ``\quad``, ``&``, ``~``) and blanks at the very end.
    # A LaTeX command ends at the first char that is not a letter (``\times5`` is ``\times`` then ``5``): the
    # commands end with ``(?![A-Za-z])``, not ``\b``, which a digit would not satisfy.
    r"""
  ([ \t\r\f\v\u00a0\u2009\u202f]*)(?:
  (?:[ \t\r\f\v\u00a0\u2009\u202f]+|\\[,;!\ ]|\\q?quad(?![A-Za-z])|&|(?<![ \t])~|~(?![ \t]+\$?\d)|["“”])(?P<ws>)
| per[ \t]+cent(?![A-Za-z])(?P<percent>)
| [A-Z](?:[A-Za-z]{0,2}\.?|[A-Z]?\$)(?=[ \t]?\d)(?P<code>)
| (?:"""
    + LETTERS
    + r"""+(?:['’-]"""
    + LETTERS
    + r"""+)*[²³]?|\d+-(?!"""
    + foreign.CASE_ENDINGS
    + r""")[A-Za-z]+(?:-[A-Za-z]+)*)(?P<word>)
| <<(?P<body>[^\n]{0,200}?)>>(?P<ann>)
| \d+(?::|\{:\})\d+(?P<time>)
| [-:](?<=\d[-:])"""
    + foreign.CASE_ENDINGS
    + r"""(?P<case>)
| (?:[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|\d+[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?P<vulgar>)
| (?:"""
    + INDIAN_GROUPED
    + r"""|\d{1,3}(?:\.\d{3})+,\d\d?(?![\d,])|\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)
    |\d{1,3}(?:(?:,|\{,\}|[ \u2009\u202f\u00a0]|\\,)(?:\\!)?\d{3})+(?!\d)(?:\.\d+)?
    |\d+(?:,|\{,\})\d\d?(?![\d,])|\d+(?:\.\d+)?(?:[eE][-+]?\d+(?![\w.]))?|\.\d+)
  (?P<ell>\.\.\.|…|\\[lc]?dots(?![A-Za-z]))?(?P<num>)
| \\[dt]?frac\s*(?:\{(?P<fa>(?:[^{}]|\{[^{}]*\})*)\}\s*\{(?P<fb>(?:[^{}]|\{[^{}]*\})*)\}|(?P<fc>\d)(?P<fd>\d))(?P<frac>)
| \\(?:[dt]?binom\s*\{[^{}\n]*\}\s*\{[^{}\n]*\}|sqrt\s*\{[^{}\n]*\}
    |(?:left\s*\\)?l(?:floor|ceil)[^\n]{0,80}?\\(?:right\s*\\)?r(?:floor|ceil)|left\s*\|[^|\n]{1,80}?\\right\s*\|)(?P<latex>)
| [⌈⌊][^\n⌉⌋]{1,80}[⌉⌋](?P<ceil>)
| (?<=[ \t=(])\|(?=[-−]?\d)[^|\n\ ]{0,40}(?:\ [-−+]\ [^|\n\ ]{1,40})*(?<=\d)\|(?P<abs>)
| \^\s*(?:\{(?P<pb>[^{}]*)\}|(?P<pd>-?\d+(?:\.\d+)?))(?P<pow>)
| ⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?P<sup>)
| [√∛](?P<root>)
| (?:\\(?:text|mbox|mathrm|textrm)\s*\{(?:[^{}]|\{[^{}]*\})*\}
    |(?:\^\s*\{?\\circ\}?|°|\\circ(?![A-Za-z])|\\degree(?![A-Za-z]))(?:\s?[CFK](?![A-Za-z]))?)(?P<unit>)
| \\boxed\s*\{(?P<box>)
| (?:->|=>|[→⇒➔]|\\(?:to|rightarrow|Rightarrow|implies)(?![A-Za-z]))(?P<arrow>)
| (?:[<>!]=|[≤≥≠<>]|\\[ln]eq?(?![A-Za-z])|\\[lg]eq?(?![A-Za-z])|\\neq(?![A-Za-z]))(?P<cmp>)
| (?:&?[ \t]*==?|[≈＝]|(?<=[ \t])~(?=[ \t]+\$?\d)|\\approx(?![A-Za-z]))(?P<eq>)
| /-(?![\d(])(?P<only>)
| (?:\*\*|//?|[-+*×÷·−–＋－∗⋅∕✕✖]|\\times(?![A-Za-z])|\\cdot(?![A-Za-z])|\\div(?![A-Za-z])
    |@(?:(?<=\d@)|(?<=\d[ \t]@))(?=[ \t]*\$?\d))(?P<op>)
| (?:\\left\s*\(|\()(?P<lp>)
| (?:\\right\s*\)|\))(?P<rp>)
| \\?%(?P<pct>)
| (?:\\\$|\$(?=\s*(?:[-−]?\.?\d|<<))|[€£₹¥₱₦₽₺₩])(?P<cur>)
| \$(?P<dollar>)
| (?:[.!?](?=\s)|[,;:\n•▪◦‣▸►|∵∴—`（）。，、：；∶꞉⟵←]|\\[\\()\[\]])(?P<sep>)
| \#+(?P<hash>)
| \\[A-Za-z]+(?P<cmd>)
| .(?P<other>)
)""",
    re.X,
)

_OPS = {"+": "+", "-": "-", "−": "-", "–": "-", "*": "*", "×": "*", "·": "*", "/": "/", "÷": "/", "//": "/", "@": "*"}
_OPS |= {"＋": "+", "－": "-", "∗": "*", "⋅": "*", "∕": "/", "✕": "*", "✖": "*"}  # look-alikes a web page keeps
_OPS |= {"\\times": "*", "\\cdot": "*", "\\div": "/"}
_SYMBOL_WORDS = {"\\Omega": "ω", "¢": "cents"}
ARROW = "→"
"""The word of every arrow token (``→ ⇒ ➔ -> \\to \\Rightarrow``...)."""

_GROUP_SPACES = str.maketrans("", "", " \u2009\u202f\u00a0")
"""Spaces that group thousands ("1 500", "€1\u202f080"), dropped before a number is read."""


def parse_num(raw: str) -> tuple[float, int]:
    if raw.isdecimal():  # "48", most numbers: what the general reading below gives them, at a tenth of its cost
        return float(raw), 0
    if "e" in raw or "E" in raw:  # "8.151e5", as code writes scientific notation: decimals as in "8.151 × 10^5"
        mantissa, _, exp = raw.lower().partition("e")
        dot = mantissa.find(".")
        return float(raw), (len(mantissa) - dot - 1 if dot >= 0 else 0) - int(exp)
    raw = raw.replace("{,}", ",")  # LaTeX's comma: "1{,}250" groups, "20{,}55" is a decimal comma
    if "." in raw and raw.rfind(",") > raw.rfind("."):  # "2.750,00": dots group, the comma is decimal
        raw = raw.replace(".", "").replace(",", ".")
        return float(raw), len(raw) - raw.find(".") - 1
    if raw.count(".") > 1:  # "4.200.000": digits grouped by dots
        return float(raw.replace(".", "")), 0
    if "," in raw and "." not in raw and len(raw) - raw.find(",") <= 3:  # "2,5", "0,25": a decimal comma
        raw = raw.replace(",", ".")
    clean = raw.replace("\\,", "").replace(",", "").replace("\\!", "")
    clean = clean.translate(_GROUP_SPACES)
    dot = clean.find(".")
    return float(clean), (len(clean) - dot - 1 if dot >= 0 else 0)


CURRENCY_CODES = frozenset(
    "CHF EUR GBP USD INR JPY KES Ksh RMB CNY PHP AED SAR NGN PKR BDT IDR MXN ZAR Rs Tk Rp N".split()
    + "R$ A$ C$ S$ NZ$ HK$ US$".split()
)
"""Currency codes written before an amount ("CHF 45", "Rs. 66", "Ksh. 44,370", "N5,852"), dropped like "$"."""
_CURRENCY = frozenset({"€", "£", "₹", "¥", "\\$", "$"})
"""Currency signs written in ``\\text{}``."""
_TEXT_WORDS = frozenset({"of", "times", "plus", "minus"})
"""Words written in ``\\text{}`` that are operators, not units."""
_CLOCK_INSIDE = re.compile(r"\d:\d\d").search
"""A ``\\text{}`` that holds a time of day is prose with a clock span in it, not a unit."""


_DIVISOR = re.compile(r"[ \t]+\d").match
"""A number after a spaced ``:`` (``194 : 2``): with a number before it, not after a word, a division."""
_DIVIDED = re.compile(r"[ \t]+\d[\d.,]*[ \t]*=").match  # and "=": after a word too ("Вона наповнить 35 : 5 = 7")
CALCULATOR = "<<"
"""The word of a number inside a ``<<48/2=24>>`` annotation: a calculator's number, never grouped by dots."""


_TOOLS = frozenset({"calculator", "calc", "calculate", "compute", "eval", "evaluate"})
_SPOKEN_STARTS = frozenset(NUMBER_WORDS) | frozenset(FRACTIONS) | {"point"}
_VALUED = frozenset({"root", "latex", "abs", "ceil"})
"""Tokens whose value the lexer computes: a computation by themselves, as a fraction alone is."""
_REPEATING = re.compile(r"\.?\\(?:overline|bar)\s*\{(\d{1,6})\}")


_HUNDREDS = frozenset({"hundred", "thousand"})
_WIDE = re.compile("[\u2e80-\uffff]").search
"""Chars of scripts written without blanks between words and numbers (and full-width forms)."""


def _cjk(ch: str) -> bool:
    """A char of a script written without blanks (Chinese, Japanese), not a full-width digit or sign ("−９")."""
    return ch >= "\u2e80" and not "\uff01" <= ch <= "\uff5e"


def tokenize(
    text: str, pos: int = 0, end: int | None = None, *, annotation: bool = False, sp: bool = True
) -> list[Tok]:
    """Significant tokens of ``text[pos:end]``; whitespace, currency and ``\\boxed{`` are dropped but recorded
    in the next token's ``sp`` flag (whitespace only). Annotations are returned as OTHER-free ``ann`` tokens.
    ``sp`` is the flag of the first token when no whitespace precedes it (False: it continues a token list)."""
    out: list[Tok] = []
    spoken: list[int] = []  # where a number in words may begin: its words are joined (spoken.join_spoken)
    # Chinese or Japanese in it? (isascii() is a flag look-up: most texts skip the search)
    wide = not text.isascii() and _WIDE(text, pos, end if end is not None else len(text)) is not None
    stop = len(text) if end is None else end
    filler = -1  # where a spoken filler ended: a comma right after it goes with it
    blank_to = -1  # the end of a pause ("that's... six") read as blanks
    tabs = text.find("\t", pos, stop) >= 0 or text.find("   ", pos, stop) >= 0  # cells: tabs, aligned blanks
    for m in _TOKEN.finditer(text, pos, stop):
        kind = m.lastgroup
        lead, s = m.span(1)  # the token starts after the blanks its match began with
        if s < blank_to:
            continue
        if text[s] in ".…" and ((paused := pause(text, s, out)) > s or (paused := forms.abbreviated(text, s, out)) > s):
            blank_to = paused  # "that's... six": a pause, read as blanks; "310.2 sq. ft. × $3.36": abbreviations
            continue
        if kind == "ws" and text[s] == "&" and (entity := entities.lex(text, s, sp or s != lead, out)) is not None:
            blank_to, sp = entity  # "&times;", "&nbsp;", "&amp;minus;": the char it stands for
            continue
        if tabs and s != lead and out and out[-1].kind not in (SEP, EQ, OP) and forms.cell_gap(text, lead, s):
            out.append(Tok(SEP, lead, lead + 1, True, word="|"))  # "Change\t$50 - $44\t$6": a copied table's cells
        if kind == "ws" or s != lead or (wide and s > pos and (_cjk(text[s]) or _cjk(text[s - 1]))):
            sp = True  # blanks, or Chinese and Japanese, which write none between words and numbers
            if kind == "ws":
                continue
        e = m.end()
        if kind == "word":
            word = text[s:e].lower()
            if word in _TOOLS and text.startswith("(", e):
                continue  # "calculator(525 / 25) -> 21": the call is its expression
            if word in PLURALS and out and (out[-1].kind == NUM or out[-1].word in NUMBER_WORDS):
                out.append(Tok(OP, s, s, sp, None, 0, "*"))  # "three sevens": 3 × 7
                out.append(Tok(NUM, s, e, False, PLURALS[word]))
                sp = False
                continue
            if word == "o" and (dot := forms.bullet(text, s, e, sp)) is not None:
                out.append(dot)  # "   o 93 + 64 = 157": a sub-bullet as a page writes it
                continue
            if word in forms.POWER_STARTS and (power := forms.power_word(text, s, e, word, sp)) is not None:
                out.append(power[0])  # "3 squared", "3 to the power of 4"
                blank_to, sp = power[1], False
                continue
            if word in ("sqrt", "cbrt") and (found := forms.root(text, s, sp)) is not None:
                out.append(forms.times_factor(out, found[0]))  # "sqrt(289)", "7sqrt(2)"
                blank_to, sp = found[1], False
                continue
            if word in forms.FUNCTIONS and (found := forms.function(text, s, e, word, sp)) is not None:
                out.append(found[0])  # "C(8, 2)", "LCM(8, 12)", "floor(200/15)"
                blank_to, sp = found[1], False
                continue
            if word in ORDINAL_ENDS and not sp and out and out[-1].kind == NUM and out[-1].end == s and named(out):
                out[-1] = Tok(WORD, out[-1].start, e, out[-1].sp, None, 0, text[out[-1].start : e].lower())
                continue  # "the 39th term is 21 + 190": an ordinal names a place, it is no quantity
            if e - s == 1 and (label := part_label(text, s, e)) > e:
                if out and out[-1].kind == LP and out[-1].start == s - 1:
                    out.pop()  # "(a)"
                out.append(Tok(SEP, s, label, sp, None, 0, ":"))  # "a) 8 * 28 = 224": part (a)'s label
                blank_to, sp = label, True
                continue
            if word in FILLERS or (
                word == "like" and out and (out[-1].word in SAYS or out[-1].word == "," and text.startswith(",", e))
            ):
                if out and out[-1].word == ",":
                    out.pop()  # "five plus, uh, nine", "times, like, 5": a spoken filler and its commas
                filler = e
                continue
            out.append(Tok(WORD, s, e, sp, None, 0, word.replace("’", "'") if "’" in word else word))
            if word in _SPOKEN_STARTS:
                spoken.append(len(out) - 1)
            elif word in _HUNDREDS and len(out) > 1 and out[-2].word == "a" and out[-2].kind == WORD:
                spoken.append(len(out) - 2)  # "a hundred and five"
        elif kind == "num":
            ell = m.group("ell")
            if e < stop and text[e] == "&" and not ell and (groups := entities.grouped(text, s, e)) is not None:
                v, d = parse_num(text[s:e] + entities.digits(groups.group()))
                e = blank_to = groups.end()
            else:
                v, d = parse_num(text[s : e - len(ell)] if ell else text[s:e])
            if (
                text.startswith(("\\", ".\\"), e) and (bar := _REPEATING.match(text, e)) is not None
            ):  # "15.4\overline{6}": 15.4666...
                v, d, blank_to = v + int(bar.group(1)) / (10 ** len(bar.group(1)) - 1) / 10**d, 9, bar.end()
            # 66.666... is a truncated repeating decimal: judged like an approximation.
            out.append(Tok(NUM, s, e, sp, v, d, CALCULATOR if annotation else "", bool(ell)))
        elif kind == "unit":  # "\\text{ minutes}": its word is what it names, for conversions and remainders
            inner = text[s:e]
            brace = inner.find("{")
            word = inner[brace + 1 : -1].strip().lower() if brace >= 0 else ""
            if word in _CURRENCY:  # "\\text{€}5.38": a currency sign, dropped like "€"
                continue
            if word.endswith(":"):  # "\\text{Bounce 1: } & 256 \\times 0.75 = 192": a row's label
                out.append(Tok(SEP, s, e, sp, word=":"))
                sp = False
                continue
            if word in _TEXT_WORDS:  # "18\\% \\text{ of } 84": the word itself, not a unit
                out.append(Tok(WORD, s, e, sp, word=word))
                sp = False
                continue
            if brace >= 0 and _CLOCK_INSIDE(inner):  # "\\text{from 8:15 AM to 1:15 PM}": a clock span, read
                out += tokenize(text, s + brace + 1, e - 1, annotation=annotation, sp=sp)
                sp = False
                continue
            out.append(Tok(UNIT, s, e, sp, word=word))
        elif kind == "vulgar":  # "½", "2¾": a number, exact to its float
            whole = text[s : e - 1]
            out.append(Tok(NUM, s, e, sp, (float(whole) if whole else 0.0) + VULGAR[text[e - 1]], 9))
        elif kind == "code" and text[s:e].rstrip(".") not in CURRENCY_CODES:  # "Day 5", "No. 3": a word
            word_end = s + len(text[s:e].rstrip("."))
            out.append(Tok(WORD, s, word_end, sp, word=text[s:word_end].lower()))
            if word_end < e:
                out.append(Tok(SEP, word_end, e, False, word="."))
        elif kind in ("cur", "box", "code", "only", "case"):  # "$", "CHF 45", "Rs 480/-", "600-zal": the number
            continue
        elif kind == "op":
            raw = text[s:e]
            if raw == "//" and (
                not (out and out[-1].kind in (NUM, RP, FRAC)) or text[s - 2 : s].endswith(("  ", "\t"))
            ):
                out.append(Tok(SEP, s, e, sp, word="#"))  # "a * 1.5;  // 14 * 3 = 42": a comment, read as "#"
            elif raw == "**" and not annotation and (power := forms.power_sign(text, s, e, sp)) is not None:
                out.append(power[0])  # "2**10", "(2/3)**3": code's power
                blank_to = power[1]
            elif raw == "**":
                out.append(Tok(POW, s, e, sp) if annotation else Tok(SEP, s, e, sp, word="**"))
            elif raw == "·" and (dot := forms.bullet(text, s, e, sp)) is not None:
                out.append(dot)  # "· -12 + 6 = -6": a bullet opening its line
            elif raw == "*" and not annotation and italics(text, s, out[-1].kind if out else None):
                out.append(Tok(SEP, s, e, sp, word="**"))  # "*4 × 6 = 24*": italics, read like bold
            else:
                out.append(Tok(OP, s, e, sp, None, 0, _OPS[raw]))
        elif kind == "eq":
            out.append(Tok(EQ, s, e, sp, approx=text[e - 1] not in "=＝"))
        elif kind == "frac":
            if m.group("fc") is not None:
                a, b = float(m.group("fc")), float(m.group("fd"))
            else:
                a_, b_ = simple_value(m.group("fa")), simple_value(m.group("fb"))
                a, b = (a_, b_) if a_ is not None and b_ is not None else (math.nan, 1.0)
            out.append(Tok(FRAC, s, e, sp, None if b == 0 or math.isnan(a) else a / b))
        elif kind in ("pow", "sup"):  # "2^{10}", "5²": a power; after "1.5 × 10" one number (scientific.py)
            pb, pd = m.group("pb"), m.group("pd")
            exp = superscript_value(text[s:e]) if kind == "sup" else simple_value(pb) if pb is not None else float(pd)
            if not fold_power_of_ten(out, e, exp):
                out.append(Tok(POW, s, e, sp, exp))
        elif kind in _VALUED:  # "√16", "2\\sqrt{3}", "\\binom{7}{2}", "\\lfloor \\frac{22}{3} \\rfloor", "|−15|"
            if kind == "root":  # "√4,900", "√(36)", "∛27"
                found = forms.root(text, s, sp)
                root, e = (found[0].val, found[1]) if found is not None else (None, e)
                blank_to = e
            else:
                root = command_value(text[s:e])
            if root is None:  # "\\sqrt{x}", "\\binom{n}{2}": unknown; "√(24 + 81)": the parser's
                out.append(Tok(OTHER, s, e, sp, word=text[s:e] if kind == "root" else ""))
                sp = False
                continue
            # A FRAC, as a fraction alone is: a computation by itself ("√16 = 4" states a result). A number
            # right before a root is its factor ("2√3", "2\\sqrt{3}"), not a term of a sum.
            factor = out[-1] if out and out[-1].kind == NUM and not text[out[-1].end : s].strip(" \t") else None
            if factor is not None and factor.val is not None and (kind == "root" or text.startswith("\\sqrt", s)):
                out[-1] = Tok(FRAC, factor.start, e, factor.sp, factor.val * root)
            else:
                out.append(Tok(FRAC, s, e, sp, root))
        elif kind == "ann":
            out.append(Tok("ann", s, e, sp, word=m.group("body")))
        elif kind == "dollar":  # a math delimiter, not a currency sign
            out.append(Tok(SEP, s, e, sp))
        elif kind == "arrow":  # a separator after a label, a result marker after a computation
            out.append(Tok(SEP, s, e, sp, word=ARROW))
        elif kind == "hash":  # "#" opens a code comment; "####" the answer line
            out.append(Tok(SEP, s, e, sp, word=text[s:e]))
        elif kind == "time":  # "7:30": minutes past midnight on a 12- or 24-hour clock; a ratio ("3:2") has none
            hours, _, minutes = text[s:e].replace("{:}", ":").partition(":")  # LaTeX writes "6{:}21"
            clock = len(minutes) == 2 and int(minutes) < 60 and int(hours) <= 24
            out.append(Tok(TIME, s, e, sp, int(hours) * 60 + int(minutes) if clock else None))
        elif (
            text[s] == "!"
            and out
            and out[-1].end == s
            and out[-1].kind == NUM
            and ((n_f := factorial(text, s, out[-1].val)) is not None)
        ):
            out[-1] = Tok(FRAC, out[-1].start, e, out[-1].sp, None if math.isnan(n_f) else n_f)  # "6! = 720"
        elif (
            kind == "sep"
            and text[s] == ":"
            and sp
            and out
            and out[-1].kind == NUM
            and _DIVISOR(text, e)
            and (
                len(out) < 2 or out[-2].kind != WORD or _DIVIDED(text, e)  # "Step 1 : 5 + 3" is a label
            )
        ):
            # "194 : 2 = 97", "= 120.000 : 100": a division, as Europe writes it
            out.append(Tok(OP, s, e, sp, None, 0, "/"))
        elif kind == "cmp":  # "7x > 21 - 7 = 14": a comparison ends what is before it, as a separator does
            out.append(Tok(SEP, s, e, sp, word="<"))
        elif kind == "cmd" or text[s] == "¢":  # "\\Omega" is ohms, written as a command; "10¢" ten cents
            word = _SYMBOL_WORDS.get(text[s:e], "")
            out.append(Tok(WORD, s, e, sp or word == "cents", word=word) if word else Tok(OTHER, s, e, sp))
        elif kind == "percent":  # "10 per cent": the word "percent"
            out.append(Tok(WORD, s, e, sp, word="percent"))
        elif kind == "sep" and lead == filler and text[s] == ",":
            continue
        elif kind == "sep" and text[s] == "?" and asked(out):
            # "What's six plus five? Ten.", "Twenty times twenty is what? ... Four hundred.": the answer follows
            if out[-1].word == "what":
                out.pop()
            else:
                out.append(Tok(EQ, s, e, sp))
            blank_to = answer_gap(text, e)
        else:
            assert kind is not None
            out.append(Tok(kind, s, e, sp, word=text[s:e] if kind == SEP or text[s] in CHECK_MARKS else ""))
        sp = False
    return join_spoken(out, spoken) if spoken else out
