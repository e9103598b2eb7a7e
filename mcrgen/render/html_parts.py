"""Building blocks of the HTML pages: cells, tables with a plain-language note, names a person can read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from mcrgen.render.labels import HIGHER_IS_BETTER, LOWER_IS_BETTER
from mcrgen.render.verdict import pct as verdict_pct

MODE_COLOURS = {"baseline": "#5b7aa6", "inflight": "#e08a2c"}
MODE_NAMES = {"baseline": "full generation (baseline)", "inflight": "in-flight rejection"}


def _cell(v: Any) -> str:
    if v is None:
        return '<td class="n">–</td>'
    if isinstance(v, bool):
        return f"<td>{'yes' if v else 'no'}</td>"
    if isinstance(v, int):
        return f'<td class="n">{v:,}</td>'
    if isinstance(v, float):
        # No exponents: 44,440.0 pairs/hour, not 4.444e+04.
        return f'<td class="n">{v:,.1f}</td>' if abs(v) >= 100 else f'<td class="n">{v:.4g}</td>'
    if isinstance(v, Raw):
        return f"<td>{v.html}</td>"
    return f"<td>{escape(str(v))}</td>"


class Raw:
    """Markup already escaped (e.g. a change with its colour), passed through a table cell as is."""

    def __init__(self, html: str) -> None:
        self.html = html


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], cls: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{escape(text)}</p>'


def explain(text: str) -> str:
    """The sentence next to a table or plot that says what it shows and how to read it."""
    return p(text, "explain")


def section(title: str, note: str, *body: str) -> str:
    return f"<h2>{escape(title)}</h2>{explain(note)}{''.join(body)}"


def mode_name(mode: str) -> str:
    return MODE_NAMES.get(mode, mode)


def change(before: Any, after: Any, key: str = "") -> Raw:
    """Relative change from the first column to the second, signed, green when it goes the good way for ``key``."""
    if not isinstance(before, int | float) or not isinstance(after, int | float) or not before:
        return Raw("")
    rel = (after - before) / before
    if round(rel, 3) == 0:
        return Raw('<span class="same">same</span>')
    good = (rel > 0 and key in HIGHER_IS_BETTER) or (rel < 0 and key in LOWER_IS_BETTER)
    bad = (rel < 0 and key in HIGHER_IS_BETTER) or (rel > 0 and key in LOWER_IS_BETTER)
    cls = "good" if good else "bad" if bad else ""
    return Raw(f'<span class="{cls}">{rel:+.1%}</span>')


pct = verdict_pct


def listing(d: Mapping[str, Any], unit: str = "") -> str:
    """``{"problem": 0, "solution": 3}`` -> ``problem 0, solution 3`` (never a Python dict on the page)."""
    return ", ".join(f"{k} {v}{unit}" for k, v in d.items()) or "none"
