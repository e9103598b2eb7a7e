"""Values a line lists with arrows as they grow or shrink step by step: "1000 → 2000 → 4000 → 8000 bacteria",
"\\( 400 \\to 200 \\to 100 \\to 50 \\)", "96 → 48 → 24 → 12 mg". No equation states them, so the arithmetic scan
reads none; a slip in one breaks the chain's common ratio or difference (set 59's doublings and half-lives).

A chain of five values or more is judged when all its steps but the one or two around a single value share one
ratio (or one difference) and that value breaks it: "1000 → 2000 → 3999 → 8000 → 16000" (3999 for 4000), "4 → 16 →
64 → 256 → 260". A chain with no common step ("$250 → $70 → $120", a ledger) states nothing this reader can judge.
"""

from __future__ import annotations

import re

_ARROW = r"[ \t]*(?:→|->|⟶|\\to(?![A-Za-z])|\\rightarrow(?![A-Za-z]))[ \t]*"
_VALUE = r"\$?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_CHAIN = re.compile(rf"(?<![\d.,:/$])\$?\d[\d,.]*(?:{_ARROW}\$?\d[\d,.]*){{3,}}(?![\d:/]|[.,]\d)")
_ITEM = re.compile(_VALUE)
_LATEX_ARROW = re.compile(r"\\to\b|\\rightarrow").search


def MAY_CHAIN(line: str) -> bool:
    """An arrow: most lines have none and are not read (substrings first, claims.py)."""
    return "→" in line or "->" in line or "⟶" in line or ("\\" in line and _LATEX_ARROW(line) is not None)


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first value on ``line`` (at offset ``at``) that breaks its arrow chain's common step: (offset, detail),
    or None."""
    for chain in _CHAIN.finditer(line):
        items = list(_ITEM.finditer(line, chain.start(), chain.end()))
        values = [float(m.group(1).replace(",", "")) for m in items]
        units = [10.0 ** -len(m.group(1).partition(".")[2]) for m in items]
        if len(values) < 5:
            continue  # "Summary: $8 → $16 → $24 → $26", "16 → 21 → 42 → 63": four results may share steps by chance
        for kind in ("ratio", "difference"):
            broken = _breaks(values, kind, units)
            if broken is not None:
                k, expected = broken
                return at + items[k].start(1), f"the chain's common {kind} gives {expected:g}, not {items[k].group(1)}"
    return None


def _step(a: float, b: float, kind: str) -> float | None:
    if kind == "difference":
        return b - a
    return b / a if a else None


def _same(a: float | None, b: float | None, tol: float = 1e-9) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol * max(abs(a), abs(b), 1e-9)


_ROUNDED = 1e-3
"""How far apart the steps of a chain of rounded values may be ("1000 → 1050 → 1102.50 → 1157.63")."""


def _breaks(values: list[float], kind: str, units: list[float]) -> tuple[int, float] | None:
    """The one value that breaks a chain whose other steps share one ratio (or difference), and the value that
    step gives; None when the chain is whole, or when no single value explains its breaks. A value after exact
    steps is the step's value rounded at its last digit; after rounded steps it may stray by one unit of that digit
    (``units``)."""
    steps = [_step(a, b, kind) for a, b in zip(values, values[1:], strict=False)]
    if all(_same(s, steps[0]) for s in steps):
        return None
    for k in range(len(values)):
        others = [s for i, s in enumerate(steps) if i not in (k - 1, k)]
        inside = 0 < k < len(values) - 1
        if not others or (len(others) < 2 and not inside) or not all(_same(s, others[0], _ROUNDED) for s in others):
            continue
        common = others[0]
        assert common is not None
        if inside and not _same(_step(values[k - 1], values[k + 1], kind), _twice(common, kind), _ROUNDED):
            continue  # its neighbours do not bridge it: more than one value is off
        if k:
            expected = values[k - 1] * common if kind == "ratio" else values[k - 1] + common
        else:
            expected = values[1] / common if kind == "ratio" else values[1] - common
        exact = len(others) >= 2 and all(_same(s, common) for s in others)
        if abs(expected - values[k]) > (0.5 if exact else 1.0) * units[k] * (1 + 1e-9) + 1e-9:
            return k, expected
    return None


def _twice(step: float, kind: str) -> float:
    return step * step if kind == "ratio" else 2 * step
