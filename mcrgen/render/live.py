"""Rich rendering on stderr: the live funnel while a run goes, and the summary when it ends."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.table import Table
from rich.text import Text

from mcrgen.engine.runner import Progress


def _funnel(p: Progress) -> Group:
    elapsed = max(1e-9, time.monotonic() - p.started)
    spent = p.prompt_tokens + p.completion_tokens
    head = Text.assemble(
        (f"{p.mode} ", "bold"),
        f"{p.attempted + p.skipped}/{p.total} samples  ",
        ("accepted ", "green"),
        str(p.accepted),
        "  ",
        ("rejected ", "red"),
        str(p.rejected),
        f"  errors {p.errors}  open streams {p.in_flight}",
    )
    steps = " → ".join([f"attempted {p.attempted}"] + [f"passed {s} {p.passed.get(s, 0)}" for s in p.stage_names])
    tokens = Text(
        f"tokens {spent:,} (prompt {p.prompt_tokens:,}, completion {p.completion_tokens:,})  "
        f"{p.completion_tokens / elapsed:,.0f} completion tok/s  {elapsed:,.0f}s"
        + (f"  resumed: {p.skipped} already done" if p.skipped else "")
    )
    return Group(head, Text(steps, style="dim"), tokens)


class LiveView:
    def __init__(self, console: Console) -> None:
        self.console = console
        self.live: Live | None = None

    def start(self, progress: Progress) -> None:
        self.live = Live(
            get_renderable=lambda: _funnel(progress),
            console=self.console,
            refresh_per_second=4,
            transient=False,
        )
        self.live.start()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()


def _num(value: Any) -> str:
    """A figure for humans: '-' when there is none (no accepted sample yet), thousands separated."""
    if value is None:
        return "-"
    return f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"


def render_summary(console: Console, report: dict[str, Any], run_dir: Path) -> None:
    funnel = Table(title=f"{report.get('mode')} run: {run_dir}", show_header=True)
    funnel.add_column("funnel")
    funnel.add_column("samples", justify="right")
    for k, v in report.get("funnel", {}).items():
        funnel.add_row(k.replace("_", " "), str(v))
    console.print(funnel)
    tok = report.get("tokens", {})
    t = Table(title="tokens", show_header=True)
    for col in ("", "requests", "prompt", "completion", "total"):
        t.add_column(col, justify="right" if col else "left")
    rows = [("all", tok.get("total", {}))]
    rows += [(f"stage {k}", v) for k, v in tok.get("by_stage", {}).items()]
    rows += [(k.replace("_", " "), v) for k, v in tok.get("by_outcome", {}).items()]
    for name, d in rows:
        t.add_row(
            name,
            str(d.get("requests", 0)),
            f"{d.get('prompt_tokens', 0):,}",
            f"{d.get('completion_tokens', 0):,}",
            f"{d.get('total_tokens', 0):,}",
        )
    console.print(t)
    methods = ", ".join(f"{k} ×{v}" for k, v in tok.get("count_methods", {}).items())
    lag = report.get("cancel_lag_ms", {})
    console.print(
        f"tokens per accepted sample: {_num(tok.get('per_accepted_sample'))}   "
        f"pairs/hour: {_num(report.get('pairs_per_hour'))}"
        f"   counted by: {methods or '-'}"
        + (f"   cancel lag p50 {lag['p50']} ms, p99 {lag['p99']} ms" if lag.get("count") else "")
    )
    for r in report.get("rejections", [])[:10]:
        console.print(f"  rejected at {r['stage']}: {r['validator']} ({r['reason']}) ×{r['count']}")
    if report.get("stop_reason"):
        console.print(f"[yellow]stopped:[/yellow] {report['stop_reason']}")
    console.print(f"wrote {run_dir}/accepted.jsonl, rejected.jsonl, report.json")
