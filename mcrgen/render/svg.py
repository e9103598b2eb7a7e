"""Inline SVG bar charts: no JavaScript, no fonts or files to fetch, so a report opens offline in any browser.

Two shapes cover the reports: grouped horizontal bars (one bar per series in each category) and stacked
horizontal bars (segments of one total per category). Each chart carries ``data-plot`` so tests can find it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

Series = tuple[str, str, Sequence[float]]
"""(name, colour, one value per category)"""

WIDTH = 720
LABEL_W = 190
VALUE_W = 150
BAR_H = 16
GAP = 10
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _fmt(v: float, unit: str) -> str:
    if unit == "%":
        return f"{v:.1f}%"
    return f"{v:,.0f}{unit}"


def _legend(series: Sequence[tuple[str, str]]) -> tuple[str, int]:
    """Legend rows under the title, wrapping before the chart's edge; returns (svg, y where the plot may start)."""
    parts, x, y = [], LABEL_W, 22
    for name, colour in series:
        w = 28 + 7 * len(name)  # ~7 px per char at 12 px: a generous estimate, since SVG text cannot be measured
        if x + w > WIDTH and x > LABEL_W:
            x, y = LABEL_W, y + 18
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16}" y="{y + 10}" {FONT}>{escape(name)}</text>')
        x += w
    return "".join(parts), y + 22


def _frame(plot: str, title: str, height: int, body: str) -> str:
    return (
        f'<svg class="plot" data-plot="{escape(plot)}" role="img" xmlns="http://www.w3.org/2000/svg" '
        f'width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">'
        f"<title>{escape(title)}</title>"
        f'<text x="0" y="14" {FONT} font-weight="bold">{escape(title)}</text>{body}</svg>'
    )


def grouped_bars(
    plot: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    unit: str = "",
    notes: Sequence[str] | None = None,
    refs: Sequence[tuple[str, float, str]] = (),
) -> str:
    """One bar per series in each category; ``notes`` adds text after each category's last bar; ``refs`` draws
    dashed vertical reference lines (label, value, colour)."""
    legend, top = _legend([(n, c) for n, c, _ in series] + [(label, colour) for label, _, colour in refs])
    scale_max = max([v for _, _, vals in series for v in vals] + [r[1] for r in refs] + [1e-9])
    span = WIDTH - LABEL_W - VALUE_W
    group_h = len(series) * BAR_H + GAP
    height = top + len(categories) * group_h + 20
    out = [legend]
    for i, cat in enumerate(categories):
        y0 = top + i * group_h
        out.append(f'<text x="{LABEL_W - 6}" y="{y0 + BAR_H - 3}" text-anchor="end" {FONT}>{escape(cat)}</text>')
        for j, (name, colour, vals) in enumerate(series):
            v = max(0.0, float(vals[i]))
            w = span * v / scale_max
            y = y0 + j * BAR_H
            label = _fmt(float(vals[i]), unit)
            out.append(
                f'<rect class="bar" x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H - 3}" fill="{colour}">'
                f"<title>{escape(f'{cat} · {name}: {label}')}</title></rect>"
            )
            note = f" {notes[i]}" if notes and j == len(series) - 1 else ""
            out.append(f'<text x="{LABEL_W + w + 4:.1f}" y="{y + BAR_H - 5}" {FONT}>{escape(label + note)}</text>')
    bottom = top + len(categories) * group_h
    for label, value, colour in refs:
        x = LABEL_W + span * value / scale_max
        out.append(
            f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{bottom}" stroke="{colour}" stroke-width="2" '
            f'stroke-dasharray="5,3"><title>{escape(f"{label}: {_fmt(value, unit)}")}</title></line>'
        )
    return _frame(plot, title, height, "".join(out))


def stacked_bars(plot: str, title: str, categories: Sequence[str], series: Sequence[Series], *, unit: str = "") -> str:
    """One bar per category, split into one segment per series."""
    legend, top = _legend([(n, c) for n, c, _ in series])
    totals = [sum(max(0.0, float(vals[i])) for _, _, vals in series) for i in range(len(categories))]
    scale_max = max(totals + [1e-9])
    span = WIDTH - LABEL_W - VALUE_W
    row_h = BAR_H + GAP
    height = top + len(categories) * row_h + 20
    out = [legend]
    for i, cat in enumerate(categories):
        y = top + i * row_h
        out.append(f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 3}" text-anchor="end" {FONT}>{escape(cat)}</text>')
        x = float(LABEL_W)
        for name, colour, vals in series:
            v = max(0.0, float(vals[i]))
            if v <= 0:
                continue
            w = span * v / scale_max
            out.append(
                f'<rect class="bar" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR_H}" fill="{colour}">'
                f"<title>{escape(f'{cat} · {name}: {_fmt(v, unit)}')}</title></rect>"
            )
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + BAR_H - 3}" {FONT}>{escape(_fmt(totals[i], unit))}</text>')
    return _frame(plot, title, height, "".join(out))
