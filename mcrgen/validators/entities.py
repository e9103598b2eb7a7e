"""HTML entities left in text that went through a web page: ``&times;``, ``&#215;``, ``&minus;``, ``&nbsp;``,
numbers grouped by ``&nbsp;`` or ``&#44;`` (``$1&nbsp;600``), tags escaped as ``&lt;br&gt;``, and all of them
encoded twice (``&amp;times;``). Each is read as the character it stands for, at its own offsets, so a verdict
points into the text as written. A half-written entity (``&tim``) ends no statement: the segmenter holds a run
that may still grow, and an entity is read only once its ``;`` has arrived."""

from __future__ import annotations

import html
import re

from mcrgen.validators.tokens import EQ, NUM, OP, OTHER, PCT, POW, SEP, Tok
from mcrgen.validators.vocabulary import VULGAR

_ENTITY = re.compile(r"&(?:amp;)*(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
_DOUBLED = re.compile(r"\A&(?:amp;)+")
_TAG = re.compile(r"&(?:amp;)*lt;/?[A-Za-z][A-Za-z0-9]*[ \t]*/?&(?:amp;)*gt;")
_SEPARATOR = r"&(?:amp;)*(?:nbsp|#160|#x[aA]0|thinsp|#8201|#x2009|#8239|#x202[fF]|#44|#x2[cC]|comma);"
GROUPS = re.compile(rf"(?:{_SEPARATOR}\d{{3}}(?!\d))+(?:\.\d+)?")
"""Groups of three digits after a number, each behind a space or a comma written as an entity (``1&nbsp;600.00``,
``1&amp;#44;080``)."""
_GROUPABLE = re.compile(r"\d{1,3}(?:,\d{3})*")
"""A number that groups may follow: up to three digits, or digits grouped already."""

_BLANKS = frozenset("\u00a0\u2009\u202f\u2002\u2003\u200a &\t")
_OPS = {"×": "*", "·": "*", "⋅": "*", "÷": "/", "−": "-", "–": "-", "+": "+", "-": "-", "*": "*", "/": "/"}
_SEPS = {"→": "→", "⇒": "→", "←": "<", "<": "<", ">": "<", "≤": "<", "≥": "<", ",": ",", ":": ":", ";": ";"}


def grouped(text: str, s: int, e: int) -> re.Match[str] | None:
    """The digit groups written with entities after the number ``text[s:e]``, if any."""
    if not text.startswith("&", e) or _GROUPABLE.fullmatch(text, s, e) is None:
        return None
    return GROUPS.match(text, e)


def digits(groups: str) -> str:
    """``groups`` (a :data:`GROUPS` match) without its entities: ``&nbsp;600.00`` -> ``600.00``."""
    return _ENTITY.sub("", groups)


def lex(text: str, s: int, sp: bool, out: list[Tok]) -> tuple[int, bool] | None:
    """Read the entity at ``s`` into ``out`` (a fraction joins the number before it: "1&frac12;" is 1½): the offset
    after it and the next token's blank flag, or None when no complete entity starts there."""
    entity = read(text, s, sp)
    if entity is None:
        return None
    tok, end, blank = entity
    if tok is not None and tok.kind == NUM and out and out[-1].kind == NUM and out[-1].end == s:
        ones = out.pop()
        tok = Tok(NUM, ones.start, tok.end, ones.sp, (ones.val or 0.0) + (tok.val or 0.0), 9)
    if tok is not None:
        out.append(tok)
    return end, (sp or blank) if tok is None else False


def read(text: str, s: int, sp: bool) -> tuple[Tok | None, int, bool] | None:
    """The entity at ``s`` as (its token, the offset after it, whether it is a blank); a token of None that is no
    blank is dropped, as a currency sign or an apostrophe is. None when no complete entity starts at ``s``."""
    tag = _TAG.match(text, s)
    if tag is not None:
        return None, tag.end(), True  # "&lt;br&gt;", "&lt;/b&gt;": markup, read as a blank
    m = _ENTITY.match(text, s)
    if m is None:
        return None
    e = m.end()
    written = _DOUBLED.sub("&", m.group())
    ch = html.unescape(written)
    if ch == written or len(ch) != 1:
        return Tok(OTHER, s, e, sp), e, False  # an entity this reader does not know
    if ch in _BLANKS:
        return None, e, True
    if ch in _OPS:
        return Tok(OP, s, e, sp, None, 0, _OPS[ch]), e, False
    if ch in "=≈":
        return Tok(EQ, s, e, sp, approx=ch == "≈"), e, False
    if ch in _SEPS:
        return Tok(SEP, s, e, sp, word=_SEPS[ch]), e, False
    if ch == "%":
        return Tok(PCT, s, e, sp), e, False
    if ch in VULGAR:
        return Tok(NUM, s, e, sp, VULGAR[ch], 9), e, False
    if ch in "²³":
        return Tok(POW, s, e, sp, 2.0 if ch == "²" else 3.0), e, False
    return None, e, False  # "$", "'", "°", "…": dropped
