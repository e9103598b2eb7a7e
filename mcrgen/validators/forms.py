"""Written forms the lexer reads besides its regular tokens: powers in words and in code (``3 squared``, ``5
cubed``, ``3 to the power of 4``, ``3 to the 7th power``, ``2**10``), roots (``√4,900``, ``√(36)``, ``∛27``,
``sqrt(289)``), counting's and number theory's functions (``C(8, 2)``, ``P(6,3)``, ``LCM(8, 12)``, ``gcd(18, 24)``,
``floor(200/15)``), and the bullets a web page keeps (``·`` or ``o`` opening a line)."""

from __future__ import annotations

import math
import re

from mcrgen.validators.tokens import FRAC, NUM, POW, SEP, Tok

_POWER_WORDS = {"squared": 2.0, "cubed": 3.0}
POWER_STARTS = frozenset({"squared", "cubed", "to", "raised"})
"""Words a power in words may start at (``3 squared``, ``3 to the power of 4``, ``raised to the 7th power``)."""
_POWER_PHRASE = re.compile(
    r"(?:raised[ \t]+)?to[ \t]+the[ \t]+(?:power[ \t]+of[ \t]+(\d+)|(\d+)(?:st|nd|rd|th)[ \t]+power)(?![\w.])"
)
_VARIABLE = re.compile(r"(?<![A-Za-z])[a-z](?=\*\*\d)")
_EXPONENT = re.compile(r"\d+(?:\.\d+)?(?![\d.]*\d)")
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_ROOT = re.compile(rf"(?:sqrt|cbrt)\({_NUMBER}\)|([√∛])[ \t]*(\()?{_NUMBER}")


def power_word(text: str, s: int, e: int, word: str, sp: bool) -> tuple[Tok, int] | None:
    """A power written in words after a number (``3 squared``, ``3 to the power of 4``, ``raised to the 7th
    power``): its token and the offset after it, or None."""
    if word in ("to", "raised") and not text.startswith(" the ", e) and not text.startswith(" to ", e):
        return None  # most "to"s: no power follows
    if not _after_base(text, s):
        return None
    if word in _POWER_WORDS:
        return Tok(POW, s, e, sp, _POWER_WORDS[word]), e
    if word in ("to", "raised") and (m := _POWER_PHRASE.match(text, s)) is not None:
        return Tok(POW, s, m.end(), sp, float(m.group(1) or m.group(2))), m.end()
    return None


def power_sign(text: str, s: int, e: int, sp: bool) -> tuple[Tok, int] | None:
    """Code's ``**`` glued between a number and its exponent (``2**10``, ``(2/3)**3``, ``1.08**5``): its token
    and the offset after the exponent, or None (then it is markdown bold)."""
    if sp or s == 0 or not (text[s - 1].isdigit() or text[s - 1] == ")" or _VARIABLE.match(text, s - 1)):
        return None  # "x**2" too: a variable's power (the side is then undecided)
    m = _EXPONENT.match(text, e)
    return None if m is None else (Tok(POW, s, m.end(), False, float(m.group())), m.end())


def _after_base(text: str, s: int) -> bool:
    """Does a number or a closing parenthesis end the text before ``s``, blanks aside? (Read from the text: a
    statement's tokens may be read again from any of them on.)"""
    k = s
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k < s and k > 0 and (text[k - 1].isdigit() or text[k - 1] == ")")


def root(text: str, s: int, sp: bool) -> tuple[Tok, int] | None:
    """A square or cube root of a number (``√4,900``, ``√(36)``, ``∛27``, ``sqrt(289)``): its value as a
    FRAC token (a computation by itself, as ``√16 = 4`` states a result) and the offset after it."""
    m = _ROOT.match(text, s)
    if m is None:
        return None
    end = m.end()
    if m.group(3) is not None:  # "√(36)": its closing parenthesis
        if not text.startswith(")", end):
            return None
        end += 1
    raw = m.group(1) or m.group(4)
    value = float(raw.replace(",", ""))
    cube = m.group(2) == "∛" or text.startswith("cbrt", s)
    return Tok(FRAC, s, end, sp, math.copysign(abs(value) ** (1 / 3), value) if cube else math.sqrt(value)), end


def times_factor(out: list[Tok], root: Tok) -> Tok:
    """A root with the number glued before it as its factor ("7sqrt(2)" is 7 × √2, not a term of a sum)."""
    factor = out[-1] if out and out[-1].kind == NUM and out[-1].end == root.start else None
    if factor is None or factor.val is None or root.val is None:
        return root
    out.pop()
    return Tok(FRAC, factor.start, root.end, factor.sp, factor.val * root.val)


def bullet(text: str, s: int, e: int, sp: bool) -> Tok | None:
    """A bullet a web page keeps at the start of a line (``· -12 + 6 = -6``, ``   o 93 + 64 = 157``), or None."""
    if text[text.rfind("\n", 0, s) + 1 : s].strip():
        return None
    if text[s] == "o" and _LETTER_O.match(text, e) is None:
        return None  # "o − 13 = 3(26 − 13)": the variable o
    return Tok(SEP, s, e, sp, word="•")


_LETTER_O = re.compile(r"[ \t]+(?![-−–](?!\d)|[+=*/×÷<>:]|\Z)")
"""After a bullet "o": blanks, then no operator (``o = 39``, ``o − 13``: a variable; ``o -12 + 6`` is a bullet)."""


FUNCTIONS = frozenset({"c", "p", "ncr", "npr", "lcm", "gcd", "gcf", "hcf", "floor", "ceil", "ceiling"})
_PAIR = re.compile(r"\([ \t]*(\d{1,4})[ \t]*,[ \t]*(\d{1,4})[ \t]*\)")
_QUOTIENT = re.compile(rf"\([ \t]*{_NUMBER}[ \t]*(?:/|÷)[ \t]*{_NUMBER}[ \t]*\)")


def function(text: str, s: int, e: int, word: str, sp: bool) -> tuple[Tok, int] | None:
    """A function of whole numbers written right after its name (``C(8, 2)``, ``P(6,3)``, ``LCM(8, 12)``,
    ``floor(200/15)``): its value as a FRAC token and the offset after it, or None. A one-letter name is read only
    as a capital (``C(4, 1)``), and a point's coordinates are no function ("the point P(2, 3)": none follows
    ``=``)."""
    if word in ("c", "p") and not text[s].isupper():
        return None
    if word in ("floor", "ceil", "ceiling"):
        m = _QUOTIENT.match(text, e)
        if m is None:
            return None
        den = float(m.group(2).replace(",", ""))
        q = float(m.group(1).replace(",", "")) / den if den else None
        value = None if q is None else float(math.floor(q) if word == "floor" else math.ceil(q))
    else:
        m = _PAIR.match(text, e)
        if m is None:
            return None
        a, b = int(m.group(1)), int(m.group(2))
        value = _pair_value(word, a, b)
    if value is None or not _EQUALS_AFTER.match(text, m.end()):
        return None
    return Tok(FRAC, s, m.end(), sp, value), m.end()


_EQUALS_AFTER = re.compile(r"[ \t]*(?:=|\\?\)?[ \t]*=|<<|\|)")
"""What follows a function read as a value: an equality, an annotation, a table's border."""


def _pair_value(word: str, a: int, b: int) -> float | None:
    if word in ("c", "ncr"):
        return float(math.comb(a, b)) if a <= 400 else None
    if word in ("p", "npr"):
        return float(math.perm(a, b)) if a <= 400 else None
    if word == "lcm":
        return float(math.lcm(a, b))
    return float(math.gcd(a, b))


ROOTS = frozenset({"√", "∛", "sqrt", "cbrt"})
"""A root sign or name that may be applied to a parenthesized computation ("√(24 + 81)", "sqrt(36 + 64)")."""


def root_of(sign: str, value: float | None) -> float | None:
    """The square or cube root ``sign`` names of ``value`` (none of a negative's square)."""
    if value is None:
        return None
    if sign in ("∛", "cbrt"):
        return math.copysign(abs(value) ** (1 / 3), value)
    return math.sqrt(value) if value >= 0 else None


_SIGNED_CELL = re.compile(r"[-−+]\$?\d")
"""A signed amount opening a cell ("-$12.50" in a ledger's column of changes)."""


def cell_gap(text: str, lead: int, s: int) -> bool:
    """Do the blanks ``text[lead:s]`` part two cells: a tab, or three spaces before a number or "$" on a line
    whose columns such gaps already part ("Next 102 kWh     102 kWh x $0.14     $14.28", a bill's aligned label,
    work and amount; not "Ages 2 - 5     $10", a range and its price)?"""
    if text.find("\t", lead, s) >= 0:
        return True
    if s - lead < 3:
        return False
    if _SIGNED_CELL.match(text, s):
        return True  # "Jul 3  Snacks        -$12.50      $20.70": a column of signed changes
    return (text[s].isdigit() or text[s] == "$") and text.find("   ", text.rfind("\n", 0, lead) + 1, lead) >= 0


ABBREVIATED = frozenset("sq ft in yd oz lb lbs mi hr hrs min mins sec secs gal qt pt tbsp tsp yr yrs".split())
"""Units abbreviated with a period ("sq. ft.", "oz."): the period ends no sentence when the text goes on."""
_GOES_ON = re.compile(r"[ \t]+(?:[a-z(×*·÷/=≈+−-]|x[ \t])")
"""After an abbreviation's period, what goes on with the computation: a word in lower case, an operator; not a
digit or an amount, which may start a sentence ("= 62 ft. 62 ft minus 6 = 56 ft")."""


def abbreviated(text: str, s: int, out: list[Tok]) -> int:
    """Where the period of a unit's abbreviation at ``s`` ends ("310.2 sq. ft. × $3.36", "12 oz. of"), read as a
    blank: the computation goes on after it. Else ``s``: a period before a capital or a line's end ends a
    sentence."""
    if text[s] != "." or not out or out[-1].end != s or out[-1].word not in ABBREVIATED:
        return s
    return s + 1 if _GOES_ON.match(text, s + 1) else s
