"""Divisions stated as a quotient and a remainder in words or LaTeX, judged on their complete line: "59 ÷ 7 = 8
weeks and 3 days", "122 ÷ 12 = 10 years and 2 months", ``$225 \\div 7 = 32 \\text{ R } 1$``, ``\\( 30 \\div 2 = 15
\\text{ remainder } 0 \\)``. Calendars and ages (set 43) split days into weeks and months into years this way.
"59 ÷ 7 = 8 R 3" in plain text is the arithmetic reader's. A residue too: "60 mod 7 = 4", "57 ≡ 1 (mod 7)".

Both numbers of the division must be whole and the remainder smaller than the divisor; "3 and 1/2" is no
remainder.
"""

from __future__ import annotations

import re

from mcrgen.validators.numerals import ALONE, NUMBER, value

_TEXT = re.compile(r"\\(?:text|mathrm|mbox)\s*\{([^{}\n]*)\}")
_DIVIDED = r"(?:÷|/|\\div\b|divided[ \t]+by)"
_SPLIT = re.compile(
    rf"{ALONE}{NUMBER}[ \t]*{_DIVIDED}[ \t]*{NUMBER}[ \t]*(?:=|\|)[ \t]*{NUMBER}[ \t]*"
    r"(?:(R|r|rem\.?|remainder|with[ \t]+a[ \t]+remainder[ \t]+of)|([A-Za-z]+)[ \t]*,?[ \t]+and)[ \t]+"
    rf"{NUMBER}(?![\d.,]*\d|[ \t]*/|[ \t]*\\[dt]?frac|[ \t]*[-+×*÷=])(?:[ \t]+([A-Za-z]+))?"
)
_SPLITS = {("week", "day"), ("year", "month"), ("decade", "year"), ("century", "year"), ("hour", "minute")}
_SPLITS |= {("minute", "second"), ("day", "hour"), ("foot", "inch"), ("feet", "inch"), ("yard", "foot")}
_SPLITS |= {("yard", "feet"), ("pound", "ounce"), ("gallon", "quart"), ("dozen", "")}
"""A larger unit and the smaller one its remainder is in: "8 weeks and 3 days", "10 years and 2 months"."""


def _unit(word: str) -> str:
    word = word.lower()
    return {"centuries": "century", "inches": "inch", "feet": "feet"}.get(word, word.removesuffix("s"))


_MOD = re.compile(
    rf"{ALONE}{NUMBER}[ \t]*(?:\\?mod\b|\\bmod\b)[ \t]*{NUMBER}[ \t]*=[ \t]*{NUMBER}(?![\d.,]*\d)"
    rf"|{ALONE}{NUMBER}[ \t]*(?:≡|\\equiv\b)[ \t]*{NUMBER}[ \t]*\(?[ \t]*(?:\\pmod[ \t]*\{{|\\?mod\b)[ \t]*{NUMBER}"
)
"""A remainder as a residue: "60 mod 7 = 4", "57 ≡ 1 (mod 7)", ``57 \equiv 1 \pmod{7}``."""
_OPERAND_BEFORE = re.compile(r"(?:[-−+×*/÷·^=)}\]]|\\cdot|\\times)[ \t]*\Z")
_SPLITS_LINE = re.compile(r"(?:÷|/|\\div\b|divided)[^\n]*(?:\band\b|\bR\b|remainder|\brem\b)|\bmod\b|≡|\\equiv").search


def MAY_SPLIT(line: str) -> bool:
    """Words of a line that may state a remainder: lines without any are not read (a division sign, "mod" or "≡"
    tested as substrings first)."""
    return ("÷" in line or "/" in line or "div" in line or "mod" in line or "≡" in line or "equiv" in line) and (
        _SPLITS_LINE(line) is not None
    )


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first quotient and remainder on ``line`` (at offset ``at``) that is wrong: (offset, detail), or
    None."""
    plain, origin = _untexted(line)
    for m in _MOD.finditer(plain):
        if _OPERAND_BEFORE.search(plain, 0, m.start()):
            continue  # "-4 ≡ 19", "3^5 ≡ 1", "= -1000 + 1 ≡ 1": the number ends a longer expression
        number, modulus, residue = (value(m.group(k)) for k in ((1, 2, 3) if m.group(1) else (4, 6, 5)))
        if not modulus or any(v != int(v) for v in (number, modulus, residue)):
            continue
        least = m.group(1) is not None  # "60 mod 7 = 4" names the remainder; "60 ≡ 11 (mod 7)" any residue
        if (number - residue) % modulus or (least and not 0 <= residue < modulus):
            said = m.start(3) if m.group(1) else m.start(5)
            return at + origin[said], f"{m.group(0)}: {number:g} leaves {int(number) % int(modulus)} over"
    for m in _SPLIT.finditer(plain):
        dividend, divisor, quotient, rest = (value(m.group(k)) for k in (1, 2, 3, 6))
        if not divisor or any(v != int(v) for v in (dividend, divisor, quotient, rest)) or rest >= divisor:
            continue
        if m.group(5) is not None and (_unit(m.group(5)), _unit(m.group(7) or "")) not in _SPLITS:
            continue  # "20 ÷ 4 = 5 stickers and 1 bookmark", "25 ÷ 4 = 7 vans and 3 empty seats"
        whole, left = divmod(int(dividend), int(divisor))
        if quotient != whole:
            return at + origin[m.start(3)], f"{m.group(0)}: {dividend:g} ÷ {divisor:g} is {whole} and {left} over"
        if rest != left:
            return at + origin[m.start(6)], f"{m.group(0)}: {dividend:g} ÷ {divisor:g} is {whole} and {left} over"
    return None


def _untexted(line: str) -> tuple[str, list[int]]:
    """``line`` with every ``\\text{...}`` written as its content, and where each char came from."""
    out: list[str] = []
    origin: list[int] = []
    at = 0
    for m in _TEXT.finditer(line):
        out.append(line[at : m.start()])
        origin += range(at, m.start())
        out.append(f" {m.group(1)} ")
        origin += [m.start()] + list(range(m.start(1), m.end(1))) + [m.end() - 1]
        at = m.end()
    out.append(line[at:])
    origin += range(at, len(line) + 1)
    return "".join(out), origin
