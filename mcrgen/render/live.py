"""The live view on stderr while a run goes: a progress bar with ETA over samples, the funnel, live token counts.

On a terminal it redraws four times a second; anywhere else (a pipe, a CI log) it draws nothing until the run
ends and then prints one final frame, so logs hold the result once instead of hundreds of redraws.
"""

from __future__ import annotations

import time

from rich.console import Console, Group
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.progress import Progress as Bar
from rich.text import Text

from mcrgen.engine.runner import Progress


def samples_done(p: Progress) -> int:
    """Samples this run has nothing more to do for: verdicts, errors, and the ones resumed as done. Not the ones
    cut by Ctrl-C or a budget stop: they are generated again on resume ("4/8 samples" beside "accepted 0,
    rejected 0, interrupted 4" read as four done)."""
    return p.skipped + p.accepted + p.rejected + p.errors


def funnel_of(p: Progress) -> dict[str, int]:
    """The funnel as report.json names it: the report's own once it is written, else the live counters."""
    if p.funnel is not None:
        return dict(p.funnel)
    live = {"attempted": p.attempted, **{f"passed_{s}": p.passed.get(s, 0) for s in p.stage_names}}
    return live | {"accepted": p.accepted, "rejected": p.rejected, "errors": p.errors, "interrupted": p.interrupted}


def funnel_line(p: Progress) -> Text:
    f = funnel_of(p)
    passed = [k for k in f if k.startswith("passed_")]
    steps = [f"attempted {f.get('attempted', 0)}"] + [f"passed {k.removeprefix('passed_')} {f[k]}" for k in passed]
    errors, interrupted = f.get("errors", 0), f.get("interrupted", 0)
    return Text.assemble(
        ("funnel  ", "bold"),
        " → ".join(steps),
        "  ·  ",
        ("accepted ", "green"),
        str(f.get("accepted", 0)),
        "  ",
        ("rejected ", "red"),
        str(f.get("rejected", 0)),
        f"  errors {errors}" if errors else "",
        f"  interrupted {interrupted} (resumable)" if interrupted else "",
        f"  resumed {p.skipped} already done" if p.skipped else "",
    )


def tokens_line(p: Progress, final: bool) -> Text:
    """Live: completion tokens as delivered chunk by chunk. Final: the counted totals of the requests that ended.

    Either way this session's only: the counters start at 0 in each session, while report.json and the table after
    the final frame add up every session of the run directory. A resumed run showed "prompt 360" above a table of
    400, so the line says whose tokens it counts."""
    elapsed = max(1e-9, time.monotonic() - p.started)
    completion = p.completion_tokens if final else max(p.streamed_tokens, p.completion_tokens)
    return Text.assemble(
        ("tokens this session  ", "bold"),
        f"prompt {p.prompt_tokens:,}  completion {completion:,} ({completion / elapsed:,.1f}/s)  ",
        ("cancelled in flight ", "yellow"),
        f"{p.cancels} streams, {p.cancelled_tokens:,} tokens",
        "" if final else f"  ·  open streams {p.in_flight}",
        "  (the table below counts every session)" if final and p.skipped else "",
    )


class LiveView:
    """Start with a run's :class:`Progress` (``on_start``), stop when the run returns (also on errors)."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live: Live | None = None
        self.progress: Progress | None = None
        self.final = False
        self.bar = Bar(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("samples"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=console,
            auto_refresh=False,
        )
        self.task: TaskID | None = None

    def frame(self) -> Group:
        p = self.progress
        assert p is not None and self.task is not None
        self.bar.update(self.task, completed=samples_done(p), total=p.total)
        return Group(self.bar, funnel_line(p), tokens_line(p, self.final))

    def start(self, progress: Progress) -> None:
        self.stop()  # compare runs one mode after the other: one view each
        self.progress, self.final = progress, False
        # Resumed samples start the bar where they are, so they do not count as speed in the ETA.
        self.task = self.bar.add_task(progress.mode, total=progress.total, completed=samples_done(progress))
        if self.console.is_terminal:
            self.live = Live(get_renderable=self.frame, console=self.console, refresh_per_second=4)
            self.live.start()

    def stop(self) -> None:
        """Draw the final frame once: over the live one on a terminal, as plain lines anywhere else."""
        if self.progress is None:
            return
        self.final = True
        if self.live is not None:
            self.live.stop()  # its last refresh draws the final frame
            self.live = None
        else:
            self.console.print(self.frame())
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.progress, self.task = None, None
