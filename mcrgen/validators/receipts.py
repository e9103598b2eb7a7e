"""Receipts, ledgers and money tables, whose sums no equation shows (set 42's genre): in a code fence, the first
amount after a rule (``-----``) is the sum of the amounts since the rule before it ("SUBTOTAL $19.06" under three
items, "TOTAL $20.97" under the subtotal and the tax); an item line ``2 @ $1.09   $2.18`` is its product; a
line that shares ``(÷ 4)`` is the amount above it shared; in a table, a "**Subtotal**" row is the sum of the rows
above it, and a "**Total**" row of plain numbers the sum of each column above it; a ledger's balance (under a
header whose Amount column stands before its Balance) is the balance above it plus its amount. A sum is judged
only under a total's label and when no amount above it was taken off unsigned.

Only fences and tables are read: a markdown rule outside a fence separates sections, it sums nothing.
"""

from __future__ import annotations

import math
import re
from typing import Any

from mcrgen.validators import columns
from mcrgen.validators.numerals import places

_AMOUNT = r"([-−]?)\\?\$[ \t]*(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
_LAST = re.compile(rf"{_AMOUNT}\**[ \t]*\|?[ \t]*\Z")
"""The amount a line or a table row ends with."""
_TWO = re.compile(rf"{_AMOUNT}\**[ \t]*(?:\|[ \t]*\**)?[ \t]*{_AMOUNT}\**[ \t]*\|?[ \t]*\Z")
"""An amount and a balance ending a ledger's line or row ("-$8.75   -$1.75", "| −$35.00 | −$558.99 |")."""
_RULE = re.compile(r"[ \t]*[-=_]{5,}[ \t]*\Z")
_FENCE = re.compile(r"[ \t]*```")
_ITEM = re.compile(rf"(\d+(?:\.\d+)?)[ \t]*([a-z]+[ \t]*)?@[ \t]*\$(\d+(?:\.\d+)?)(/[a-z]+)?[ \t]+.*?{_AMOUNT}[ \t]*\Z")
"""An item line: a quantity at a price, and its total ("2 @ $1.09   $2.18", "2.4 lb @ $2.05/lb  $4.92")."""
_SHARE = re.compile(r"\((?:÷|/)[ \t]*(\d+)\)")
_TOTAL_ROW = re.compile(r"\|[ \t]*\**[^|]*\b(?:sub)?total\b[^|]*\|", re.IGNORECASE)
_OPERATOR = re.compile(r"[×÷@%=]|\(\s*/|\d[ \t]*[-+−/x*][ \t]*\$?\d")
"""A line that computes its amount itself: the arithmetic scan reads it."""
_HEADER = re.compile(r"\bbalance\b", re.IGNORECASE)
_AMOUNT_THEN_BALANCE = re.compile(r"\bamount\b[ \t]*\|?[ \t]*\bbalance\b[ \t]*\|?[ \t]*\Z", re.IGNORECASE)
"""A ledger whose amount column stands right before its balance ("| Amount | Balance |"); deposits and withdrawals
apart, or earned and spent, are read by no rule here."""
_TOTAL = re.compile(r"\b(?:sub)?total\b|\bafter\b|\bdue\b", re.IGNORECASE)
"""A line after a rule that sums: "SUBTOTAL", "TOTAL", "AFTER COUPON", "AMOUNT DUE" (not "CHANGE", a difference)."""
_OFF = re.compile(r"\b(?:discount|coupon|off|paid|cash|tendered|change|less|refund|savings?)\b|\A[ \t|]*[-−]", re.I)
"""An amount taken off without its minus ("Discount (10%)  $0.55"), or a column's "- $14.25": a sum above a rule
that holds one is not judged."""


def MAY_HOLD(line: str) -> bool:
    """Lines a receipt, a ledger or a money table may hold, and blank lines (a receipt's new block). Substrings,
    not a regex (claims.py)."""
    return "$" in line or "|" in line or "```" in line or "-----" in line or not line.strip(" \t")


def check_line(line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    """Read one complete line (at offset ``at``; ``st`` keeps what the lines above said): the offset and detail
    of a sum, product, share or balance stated wrong on it, or None."""
    if _FENCE.match(line):
        st["fenced"] = not st.get("fenced", False)
        st["group"], st["rule"], st["balance"], st["above"], st["sums"] = [], False, None, None, True
        st["ledger"] = False
        return None
    table = line.lstrip().startswith("|")
    if not st.get("fenced") and not table:
        st["balance"] = st["above"] = None
        st["ledger"], st["formulas"], st["running"] = False, [], None
        st.get("rows", []).clear()
        return None
    if _HEADER.search(line) and "$" not in line:  # "| Date | Item | Amount | Balance |"
        st["ledger"] = _AMOUNT_THEN_BALANCE.search(line) is not None
    if table:
        return _row(line, at, st)
    if _RULE.match(line):
        st["rule"] = True
        return None
    if not line.strip():
        st["group"] = []  # a new block of the receipt: "TOTAL AT CORNER MARKET" sums nothing after it
        return None
    return _fenced(line, at, st)


def _fenced(line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    last = _LAST.search(line)
    if last is None:
        return None
    value, fault = _value(last), None
    if st.get("ledger") and _TWO.search(line):
        fault, st["sums"] = _ledger(line, st), False  # a ledger's lines sum nothing under a rule
    elif (item := _ITEM.search(line)) is not None and _same_unit(item):
        fault = _judged(float(item.group(1)) * float(item.group(3)), value, "the item")
    elif (share := _SHARE.search(line)) is not None and st.get("above") is not None:
        fault = _judged(st["above"] / int(share.group(1)), value, "the share")
    elif st.get("rule") and len(st.get("group", ())) >= 2 and _sums(st) and _TOTAL.search(line):
        fault = None if _OPERATOR.search(line) else _judged(sum(st["group"]), value, "the sum above the rule")
    if st.get("rule"):
        st["group"], st["rule"], st["off"] = [], False, False
    st["off"] = st.get("off") or (_OFF.search(line) is not None and last.group(1) == "")
    st.setdefault("group", []).append(value)
    st["above"] = value
    return None if fault is None else (at + last.start(), fault)


def _row(line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    rows: list[float] = st.setdefault("rows", [])
    if columns.RULE.match(line):
        rows.clear()
        st["balance"], st["sums"], st["off"] = None, True, False
        st["header"], st["body"] = st.get("cells", []), []
        st["formulas"] = columns.formulas(st["header"])
        st["running"] = None if st.get("ledger") else columns.running(st["header"])
        st["growth"] = columns.growth(st["header"])
        st["balance_above"] = None
        return None
    cells = line.strip().strip("|").split("|")
    st["cells"] = cells
    column = _column_total(cells, line, at, st) or columns.check_row(cells, line, at, st)
    column = columns.check_balance(cells, line, at, st) or columns.check_growth(cells, line, at, st) or column
    last = _LAST.search(line)
    if last is None:
        return column
    value, fault = _value(last), None
    if st.get("ledger") and _TWO.search(line):
        fault, st["sums"] = _ledger(line, st), False
    elif _TOTAL_ROW.match(line):
        if len(rows) >= 2 and _sums(st) and not _OPERATOR.search(line):
            fault = _judged(sum(rows), value, "the sum of the rows above")
        rows.clear()
        st["off"] = False
    st["off"] = st.get("off") or (_OFF.search(line) is not None and last.group(1) == "")
    rows.append(value)
    found = None if fault is None else (at + last.start(), fault)
    return min((f for f in (column, found) if f is not None), default=None)


_CELL_NUMBER = re.compile(r"[ \t]*\**[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(%?)[ \t]*\**[ \t]*\Z")
_TOTAL_CELL = re.compile(r"[ \t]*\**[ \t]*totals?[ \t]*:?[ \t]*\**[ \t]*\Z", re.IGNORECASE)
_NOT_SUMMED = re.compile(r"avg|average|mean|rate|\bper\b|speed|price|each|ratio|running|cumulative|/", re.IGNORECASE)
"""A column header whose values a Total row does not add up ("Average", "Points each", "Speed (mph)")."""


def _column_total(cells: list[str], line: str, at: int, st: dict[str, Any]) -> tuple[int, str] | None:
    """A "**Total**" row of a table of plain numbers (no "$": the money rows are :func:`_row`'s): each of its
    numbers is the sum of its column above, when every row above has a number there and the header does not name
    an average or a rate. Other rows are kept for it."""
    body: list[list[str]] = st.setdefault("body", [])
    if not _TOTAL_CELL.match(cells[0]) or "$" in line:
        body.append(cells)
        return None
    header: list[str] = st.get("header", [])
    st["body"] = []
    for k in range(1, len(cells)):
        said = _CELL_NUMBER.match(cells[k])
        column = [_cell_value(row[k]) if k < len(row) else None for row in body]
        if said is None or len(column) < 2 or k >= len(header) or _NOT_SUMMED.search(header[k]):
            continue
        if not all(c is not None and c.group(2) == said.group(2) for c in column):
            continue
        values = [(float(c.group(1).replace(",", "")), places(c.group(1))) for c in column if c is not None]
        slack = 0.5 * 10.0 ** -places(said.group(1)) + sum(0.5 * 10.0**-dec for _, dec in values if dec)
        total, stated = sum(v for v, _ in values), float(said.group(1).replace(",", ""))
        if abs(total - stated) > slack + 1e-9:
            offset = line.index("|") + 1 + sum(len(c) + 1 for c in cells[:k]) + said.start(1)
            return at + offset, f"the column above sums to {total:g}, not {said.group(1)}"
    return None


_CELL_RESULT = re.compile(r"=[ \t]*\**[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(%?)[ \t]*\**[ \t]*\Z")


def _cell_value(cell: str) -> re.Match[str] | None:
    """A cell's number: a plain one, or the result a computation in it ends with ("| 5½ × 6 = 33 |")."""
    return _CELL_NUMBER.match(cell) or _CELL_RESULT.search(cell)


def _sums(st: dict[str, Any]) -> bool:
    """May the block's amounts be summed (no ledger in it, no amount taken off without its sign)?"""
    return bool(st.get("sums", True)) and not st.get("off")


def _same_unit(item: re.Match[str]) -> bool:
    """Is an item's price per the unit its quantity counts ("2.4 lb @ $2.05/lb"; not "18 eggs @ $3.00/dozen")?"""
    per = item.group(4)
    return per is None or (item.group(2) or "").strip() == per[1:]


def _ledger(line: str, st: dict[str, Any]) -> str | None:
    """A balance after an amount: the balance above plus the amount, once a line above gave a balance."""
    pair = _TWO.search(line)
    assert pair is not None
    amount = _signed(pair.group(1), pair.group(2))
    balance = _signed(pair.group(3), pair.group(4))
    before, st["balance"] = st.get("balance"), balance
    return None if before is None else _judged(before + amount, balance, "the balance")


def _judged(exact: float, stated: float, what: str) -> str | None:
    """Why ``stated`` is not ``exact`` to the cent (half a cent either way: writers round ties both ways)."""
    if math.isclose(exact, stated, abs_tol=0.005 + 1e-9):
        return None
    return f"{what} is {exact:.2f}, not {stated:.2f}"


def _value(m: re.Match[str]) -> float:
    return _signed(m.group(1), m.group(2))


def _signed(sign: str, digits: str) -> float:
    value = float(digits.replace(",", ""))
    return -value if sign else value
