"""Table columns whose header says how they are computed from two others: "Points (Games × Points each)", "Score ×
Weight", "Time in h (Distance ÷ Speed)", "Total = Price × Qty". Each row's cell in such a column is that
computation of the row's own cells; no equation shows it, so the arithmetic scan cannot read it (set 46). And a
running balance: under "| Change | Balance |" (or "Amount", "Deposit/Withdrawal" before "Stock", "Total"...),
each row's balance is the balance above plus its change ("| Rent | −$683.34 | $144.06 |", "| Stop | +6 − 2 | 20
|"; set 49). And a growth table: under "| Year | Start | Interest (5%) | End |" (or "Beginning value |
Depreciation (15%) | Value at end", "Start | Amount removed (10%) | Left"), each row's end is its start plus (or
less) its change, and the change is the start times the rate, rounded or cut at its last digit (set 59).

A formula is read only when both of its names are other columns' headers (a unit in parentheses aside: "Distance
(miles)" is "Distance"), and a row is judged only when its three cells are plain numbers (a "$" or a "%" allowed:
"30%" is 0.3). The stated cell may be rounded at its last digit.
"""

from __future__ import annotations

import math
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


CHANGE_TITLE = re.compile(
    r"\b(?:change[ds]?|amount|net|transactions?|deposits?|withdrawals?|adjustments?|in[ \t]*/[ \t]*out)\b"
    r"|\+[ \t]*/[ \t]*[-−]|±",
    re.IGNORECASE,
)
"""A column whose numbers carry their sign, or say which way they go: what each event adds or takes away."""
RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
"""A table's rule under its header ("|---|:---:|")."""
_SIGN = re.compile(r"[ \t*]*[-+−–]")
_SUMMARY = re.compile(r"[ \t*]*(?:total|end|overall|net|final|sum|summary|all)\b", re.IGNORECASE)
_TERM = re.compile(r"[ \t]*([-+−–]?)[ \t]*\\?\$?[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*")


def running(header: list[str]) -> int | None:
    """The column of signed changes right before a table's last column (its running balance), if there is one."""
    k = len(header) - 2
    return k if k >= 1 and CHANGE_TITLE.search(header[k]) and not CHANGE_TITLE.search(header[-1]) else None


def check_balance(cells: list[str], line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    """A running balance stated wrong on this row (the balance above plus this row's change), or None. A row whose
    balance is no plain number ends the run; one whose change is empty or unsigned is not judged."""
    k = st.get("running")
    if k is None or len(cells) != k + 2:
        return None
    change, balance = _signed_sum(cells[k]), _signed_sum(cells[k + 1], terms=1)
    if _SUMMARY.match(cells[0]):
        return None  # "| **End** | **+5** | **$55** |": the net change of the rows above, not one more
    before, st["balance_above"] = st.get("balance_above"), balance
    if balance is None or before is None or change is None or not _SIGN.match(cells[k]):
        return None  # no change, or one without its sign, may go either way ("| Rent | $500 | $1,000 |")
    exact = before + change
    said = _TERM.match(cells[k + 1].replace("*", " "))
    assert said is not None
    slack = 0.5 * 10.0 ** -places(said.group(2)) if "." in said.group(2) else 0.0
    if abs(exact - balance) <= slack + 1e-9:
        return None
    offset = line.index("|") + 1 + sum(len(c) + 1 for c in cells[: k + 1]) + cells[k + 1].index(said.group(2))
    return at + offset, f"the balance above plus the change is {round(exact, 2):g}, not {said.group(2)}"


def _signed_sum(cell: str, terms: int = 9) -> float | None:
    """The value of a cell of signed numbers ("+44 − 34", "−$25", "$1,675.40"), or None if it is anything else."""
    text, pos, total, count = cell.replace("*", " ").rstrip(), 0, 0.0, 0
    while pos < len(text) and count < terms:
        m = _TERM.match(text, pos)
        if m is None or (count and not m.group(1)):
            return None
        value = float(m.group(2).replace(",", ""))
        total, pos, count = total - value if m.group(1) in ("-", "−", "–") else total + value, m.end(), count + 1
    return total if count and pos >= len(text) else None


def title_above(text: str, head: str, line_start: int) -> str | None:
    """The title of the column that a table row's text so far (``head``, the row from ``line_start`` up to a cell)
    ends in, read from the header above the table's rule (at most 40 rows up); None outside a table."""
    if not head.lstrip().startswith("|"):
        return None
    column = head.count("|") - 1
    end = line_start - 1
    for _ in range(40):
        start = text.rfind("\n", 0, end - 1) + 1 if end > 0 else 0
        line = text[start:end]
        if RULE.match(line):
            header_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
            titles = text[header_start : max(start - 1, header_start)].strip().strip("|").split("|")
            return titles[column] if column < len(titles) else None
        if start == 0 or not line.lstrip().startswith("|"):
            return None
        end = start - 1
    return None


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


_START = re.compile(r"\b(?:start\w*|beginning|begin|opening|initial)\b", re.IGNORECASE)
_GROWS = re.compile(r"\b(?:interest|increase|growth|gain|added|raise)\b", re.IGNORECASE)
_SHRINKS = re.compile(r"\b(?:depreciation|decrease|removed|loss|decay|drop|used|spent)\b", re.IGNORECASE)
_RATE = re.compile(r"\((\d+(?:\.\d+)?)[ \t]*%\)")
_END = re.compile(r"\b(?:end\w*|final|new|after|left|closing|remaining)\b", re.IGNORECASE)

Growth = tuple[int, float, float | None]
"""(the start column, +1 or -1 for the change column after it, the rate the change is of the start, if given)"""


def growth(header: list[str]) -> Growth | None:
    """A growth table's last three columns: a start, its change (growing or shrinking, at a rate it may name), the
    end ("| Year | Start | Interest (5%) | End |")."""
    if len(header) < 3:
        return None
    start, change, end = (h.replace("*", "") for h in header[-3:])
    if not (_START.search(start) and _END.search(end)) or _START.search(end):
        return None
    sign = 1.0 if _GROWS.search(change) else -1.0 if _SHRINKS.search(change) else 0.0
    if not sign:
        return None
    rate = _RATE.search(change)
    return len(header) - 3, sign, float(rate.group(1)) / 100 if rate else None


def check_growth(cells: list[str], line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    """A growth table's change or end stated wrong on this row (see :func:`growth`), or None."""
    spec: Growth | None = st.get("growth")
    if spec is None or len(cells) != spec[0] + 3:
        return None
    k, sign, rate = spec
    start, change, end = (_CELL.fullmatch(cells[j]) for j in (k, k + 1, k + 2))
    if start is None or change is None or end is None:
        return None
    if rate is not None and not _stated(_value(start) * rate, change):
        return _at(cells, line, at, k + 1, change), f"the start times {rate:.0%} is {_value(start) * rate:g}"
    if not _stated(_value(start) + sign * _value(change), end, cut=False):
        exact = _value(start) + sign * _value(change)
        return _at(cells, line, at, k + 2, end), f"the start {'plus' if sign > 0 else 'less'} the change is {exact:g}"
    return None


def _stated(exact: float, said: re.Match[str], cut: bool = True) -> bool:
    """Is ``said`` the value ``exact`` rounded (or, with ``cut``, cut) at its last digit?"""
    unit = 10.0 ** -places(said.group(2))
    stated = _value(said)
    if abs(exact - stated) <= 0.5 * unit * (1 + 1e-9) + 1e-9:
        return True
    return cut and abs(math.trunc(exact / unit + 1e-6) * unit - stated) <= 1e-9 * max(1.0, abs(stated))


def _at(cells: list[str], line: str, at: int, k: int, said: re.Match[str]) -> int:
    return at + line.index("|") + 1 + sum(len(c) + 1 for c in cells[:k]) + said.start(2)
