"""Table columns whose header says how they are computed from two others: "Points (Games × Points each)", "Score ×
Weight", "Time in h (Distance ÷ Speed)", "Total = Price × Qty". Each row's cell in such a column is that
computation of the row's own cells; no equation shows it, so the arithmetic scan cannot read it (set 46).

A formula is read only when both of its names are other columns' headers (a unit in parentheses aside: "Distance
(miles)" is "Distance"), and a row is judged only when its three cells are plain numbers (a "$" or a "%" allowed:
"30%" is 0.3). The stated cell may be rounded at its last digit.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

from mcrgen.validators.numerals import places

Formula = tuple[int, int, Callable[[float, float], float], int]
"""(the computed column, the left operand's column, the operation, the right operand's column)"""

_OPS: dict[str, Callable[[float, float], float]] = {
    "×": operator.mul,
    "*": operator.mul,
    "·": operator.mul,
    "x": operator.mul,
    "÷": operator.truediv,
    "/": operator.truediv,
    "+": operator.add,
    "−": operator.sub,
    "-": operator.sub,
}
_FORMULA = re.compile(r"([A-Za-z][\w ]*?)[ \t]+([×*·x÷/+−-])[ \t]+([A-Za-z][\w ]*?)")
"""Two names around an operator, spaced as a formula is ("Games × Points each"; not "Points-each", "km/h")."""
_INSIDE = re.compile(r"\(([^()]*)\)[ \t]*\Z")
_UNIT = re.compile(r"[ \t]*\([^()]*\)[ \t]*\Z")
_CELL = re.compile(
    r"[ \t]*\**[ \t]*([-−]?)[ \t]*\$?[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)[ \t]*\**[ \t]*\Z"
)


def formulas(header: list[str]) -> list[Formula]:
    """The columns of a table whose header cell names a computation of two other columns."""
    names = {_name(cell): k for k, cell in enumerate(header)}
    found = []
    for k, cell in enumerate(header):
        text = cell.replace("**", "").strip()
        inside = _INSIDE.search(text)
        spec = inside.group(1) if inside else text.split("=", 1)[1] if "=" in text else text
        m = _FORMULA.fullmatch(spec.strip())
        if m is None:
            continue
        left, right = names.get(_name(m.group(1))), names.get(_name(m.group(3)))
        if left is not None and right is not None and len({left, right, k}) == 3:
            found.append((k, left, _OPS[m.group(2)], right))
    return found


def check_row(cells: list[str], line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    """The offset and detail of a computed cell of this row that its formula does not give, or None."""
    for k, left, op, right in st.get("formulas", ()):
        if max(k, left, right) >= len(cells):
            continue
        said, a, b = (_CELL.fullmatch(cells[j]) for j in (k, left, right))
        if said is None or a is None or b is None:
            continue
        try:
            exact = op(_value(a), _value(b))
        except ZeroDivisionError:
            continue
        stated, unit = _value(said), 10.0 ** -places(said.group(2)) * (0.01 if said.group(3) else 1.0)
        if abs(exact - stated) > 0.5 * unit + 1e-9:
            offset = line.index("|") + 1 + sum(len(c) + 1 for c in cells[:k]) + said.start(2)
            return at + offset, f"the row's formula gives {exact:g}, not {said.group(2)}{said.group(3)}"
    return None


def _name(cell: str) -> str:
    return _UNIT.sub("", cell.replace("*", "")).strip().lower()


def _value(m: re.Match[str]) -> float:
    value = float(m.group(2).replace(",", "")) / (100.0 if m.group(3) else 1.0)
    return -value if m.group(1) else value
