"""Answer formats: how a final answer is written and read back (GSM8K ``####``, MATH ``\\boxed{}``, A-E).

A format is a plug-in: an :class:`AnswerFormat` holding a marker pattern (to spot answers as they stream), a
finder (every final answer in a finished text) and a parser (the answer's value). Besides the built-ins in
:data:`FORMATS`, a recipe may name ``"package.module:ATTRIBUTE"`` (an ``AnswerFormat`` instance) or an installed
entry point in the group ``mcrgen.formats``; :func:`register_format` adds one programmatically.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points

from mcrgen.errors import RecipeError

ENTRY_POINT_GROUP = "mcrgen.formats"

Value = float | str


def parse_number(raw: str) -> float | None:
    """Read a number the way people write one: ``$1,234.50``, ``-3``, ``50%``, ``7 apples``, ``3/4``.

    A trailing percent sign is dropped (``50%`` reads as 50). Returns None when no number leads the text.
    """
    s = raw.strip().replace("−", "-").replace("$", "").replace(",", "").rstrip(".").strip()
    s = s.removesuffix("%").strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*/\s*(\d+(?:\.\d+)?)", s)
    if m and float(m.group(2)) != 0:
        return float(m.group(1)) / float(m.group(2))
    m = re.match(r"-?(?:\d+(?:\.\d*)?|\.\d+)", s)
    if not m:
        return None
    return float(m.group(0))


# LaTeX decorations that never change an answer's value.
_LATEX_NOISE = re.compile(
    r"\\(?:left|right|displaystyle|!|,|;|:| )|\\text\s*\{[^{}]*\}|\\mbox\s*\{[^{}]*\}|\\mathrm\s*\{[^{}]*\}"
    r"|\^\s*\{?\\circ\}?|\\circ|\\degree|°|\\\$|\$|\\%|%"
)
_FRAC = r"\\[dt]?frac\s*\{\s*(-?\d+(?:\.\d+)?)\s*\}\s*\{\s*(\d+(?:\.\d+)?)\s*\}"
_LATEX_FRAC = re.compile(rf"(-?)\s*{_FRAC}")
_LATEX_MIXED = re.compile(rf"(-?\d+)\s*{_FRAC}")
_PLAIN_NUMBER = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)")


def parse_latex_number(raw: str) -> float | None:
    """Value of a LaTeX answer that is a plain number: ``1,\\!000``, ``\\frac{3}{4}``, ``-\\dfrac{1}{2}``,
    ``15\\frac{39}{40}``, ``90^\\circ``, ``\\$5``, ``25\\%``, ``12\\text{ cm}``. None for anything else."""
    s = _LATEX_NOISE.sub("", raw).replace("−", "-").strip().replace(" ", "")
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    if s.startswith("{") and s.endswith("}"):
        s = s[1:-1]
    if _PLAIN_NUMBER.fullmatch(s):
        return float(s)
    m = _LATEX_MIXED.fullmatch(s)
    if m and float(m.group(3)) != 0:
        whole = float(m.group(1))
        part = float(m.group(2)) / float(m.group(3))
        return whole - part if m.group(1).startswith("-") else whole + part
    m = _LATEX_FRAC.fullmatch(s)
    if m and float(m.group(3)) != 0:
        v = float(m.group(2)) / float(m.group(3))
        return -v if m.group(1) else v
    return None


@dataclass(frozen=True, slots=True)
class Answer:
    raw: str
    """The answer as written, markers stripped."""
    start: int
    """Offset of the marker that opens it."""
    end: int
    value: Value | None
    """Parsed value: a number, a normalized string (choice letter, symbolic LaTeX), or None if unparseable."""


@dataclass(frozen=True, slots=True)
class AnswerFormat:
    name: str
    marker: str
    """How an answer opens, for messages and docs."""
    marker_re: re.Pattern[str]
    """Spots where an answer opens (it must not need text after it, so it works on streamed prefixes)."""
    find: Callable[[str], list[Answer]]
    """Every final answer in a finished text, in order."""
    numeric: bool = True
    """Answers must be numbers (otherwise a number *or* a well-formed non-numeric answer)."""
    trailing_text: bool = False
    """Whether prose may follow the answer (``\\boxed{}`` sits inside a sentence; ``#### n`` ends the text)."""
    competition: bool = False
    """Competition math (MATH-style): big numbers and negatives are routine, so ``magnitude`` and
    ``unexpected_negative`` stand down unless told otherwise."""


# --- GSM8K: "#### 72" on the last line -------------------------------------------------------------------

_GSM8K_MARKER = r"####(?=[ \t]*[*_]*[ \t]*[-−+$€£.\d\\])"
"""``####`` before a number (``#### 72``, ``#### $1,250``, ``#### **42**``). Before words it is a markdown heading
(``#### Step 1 – Cost of the markers``), not an answer; the lookahead waits for the first char that tells."""
_GSM8K_IS_MARKER = re.compile(_GSM8K_MARKER).match
_GSM8K_RE = re.compile(r"####[ \t]*([^\n]*)")
_FRACTION = re.compile(r"(-?\d+)\s*/\s*(\d+)\.?").fullmatch


def _find_gsm8k(text: str) -> list[Answer]:
    out = []
    for m in _GSM8K_RE.finditer(text):
        if not _GSM8K_IS_MARKER(text, m.start()) and text[m.end() :].strip():
            continue  # a heading: words after "####", and the text goes on ("#### three" at the end is an answer)
        raw = m.group(1).strip()
        out.append(Answer(raw, m.start(), m.end(), _gsm8k_value(raw)))
    return out


def _gsm8k_value(raw: str) -> float | None:
    # A number, optionally with a currency sign, a percent sign or a few unit words ("#### 18 dollars"); or a
    # fraction ("#### 17/27", as competition problems answer).
    if (f := _FRACTION(raw)) is not None:
        return int(f[1]) / int(f[2]) if int(f[2]) else None
    m = re.fullmatch(r"[$€£]?\s*([-−]?[$€£]?\s*[\d,]*\.?\d+)\s*%?\s*([A-Za-z]+\s*){0,3}\.?", raw)
    return parse_number(m.group(1).replace("$", "")) if m else None


def _find_gsm8k_text(text: str) -> list[Answer]:
    """``####`` answers as :func:`_find_gsm8k` finds them, a number read as one and words kept as words."""
    return [
        Answer(a.raw, a.start, a.end, a.value if a.value is not None else _words(a.raw) or None)
        for a in _find_gsm8k(text)
    ]


def _words(raw: str) -> str:
    """A word answer as compared: case, emphasis and a closing period dropped ("**Friday.**" -> "friday")."""
    return re.sub(r"\s+", " ", raw.strip().strip("*_").strip().rstrip(".").strip("*_")).lower()


# --- MATH: \boxed{...} with nested braces -----------------------------------------------------------------

_BOXED_RE = re.compile(r"\\boxed\s*\{|\\fbox\s*\{")


def _find_boxed(text: str) -> list[Answer]:
    out = []
    for m in _BOXED_RE.finditer(text):
        depth, j = 1, m.end()
        while j < len(text) and depth:
            c = text[j]
            if c == "\\":  # an escaped brace \{ does not nest
                j += 2
                continue
            depth += 1 if c == "{" else -1 if c == "}" else 0
            j += 1
        if depth:  # unclosed: not (yet) an answer
            break
        raw = text[m.end() : j - 1].strip()
        out.append(Answer(raw, m.start(), j, _boxed_value(raw)))
    return out


def _boxed_value(raw: str) -> Value | None:
    if not raw:
        return None
    num = parse_latex_number(raw)
    if num is not None:
        return num
    choice = re.fullmatch(r"\(?([A-E])\)?", raw.strip())
    if choice:
        return choice.group(1)
    # A symbolic answer (an expression, interval, tuple): normalized by dropping spacing and \left/\right.
    return re.sub(r"\s+|\\left|\\right|\\!|\\,|\\;", "", raw)


# --- Multiple choice A-E -----------------------------------------------------------------------------------

_CHOICE_RE = re.compile(r"(?im)^[ \t*]*(?:the\s+)?(?:final\s+)?answer(?:\s+is)?\s*[:：]")
_CHOICE_FIND = re.compile(r"(?im)^[ \t*]*(?:the\s+)?(?:final\s+)?answer(?:\s+is)?\s*[:：][ \t*]*([^\n]*)")


def _find_choice(text: str) -> list[Answer]:
    out = []
    for m in _CHOICE_FIND.finditer(text):
        raw = m.group(1).strip().rstrip("*").strip()
        letter = re.fullmatch(r"\(?([A-Ea-e])\)?(?:[.:)]\s*.*)?", raw)
        out.append(Answer(raw, m.start(), m.end(), letter.group(1).upper() if letter else None))
    if not out:  # issue 16: "the answer is (C)" inside a sentence, "\boxed{C}": as the `choice` gate reads them
        from mcrgen.validators.general import choice_letters

        out = [Answer(letter, at, at + 1, letter) for at, letter in choice_letters(text)]
    return out


FORMATS: dict[str, AnswerFormat] = {
    "gsm8k": AnswerFormat("gsm8k", "####", re.compile(_GSM8K_MARKER), _find_gsm8k),
    # Days, dates and names ("#### Friday", "#### April 9"); a number is still read as a number.
    "gsm8k_text": AnswerFormat("gsm8k_text", "####", re.compile(_GSM8K_MARKER), _find_gsm8k_text, numeric=False),
    "boxed": AnswerFormat(
        "boxed", "\\boxed{", _BOXED_RE, _find_boxed, numeric=False, trailing_text=True, competition=True
    ),
    "choice": AnswerFormat("choice", "Answer:", _CHOICE_RE, _find_choice, numeric=False),
}


def register_format(fmt: AnswerFormat) -> None:
    """Make ``fmt`` available to recipes under ``fmt.name``."""
    FORMATS[fmt.name] = fmt


def _load(ref: str) -> AnswerFormat:
    module_name, _, attr = ref.partition(":")
    try:
        obj = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise RecipeError(f"cannot load answer format {ref!r}: {exc}") from exc
    if not isinstance(obj, AnswerFormat):
        raise RecipeError(f"answer format {ref!r} is not an AnswerFormat")
    return obj


def get_format(name: str) -> AnswerFormat:
    """Look a format up by name, ``package.module:ATTRIBUTE`` reference, or ``mcrgen.formats`` entry point."""
    if name in FORMATS:
        return FORMATS[name]
    if ":" in name:
        FORMATS[name] = _load(name)
        return FORMATS[name]
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            FORMATS[name] = _load(ep.value)
            return FORMATS[name]
    raise RecipeError(f"unknown answer format {name!r}; choose one of {', '.join(FORMATS)}")
