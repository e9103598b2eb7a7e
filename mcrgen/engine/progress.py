"""The live counters of a run, for the terminal view: the runner writes them, the view reads them.

They follow ``report.json``'s definitions (:mod:`mcrgen.rundir.report`): a sample that ends without a verdict
(``error`` or ``interrupted``) is resumable, not attempted-and-finished, so it leaves ``attempted`` and the stages
it passed again when its row is written. While a run goes, ``attempted`` therefore also holds the samples in
progress; at its end it is this session's finished samples. Once the report is written, ``funnel`` holds the
report's own funnel, and the final frame shows that (a resumed run's report counts earlier sessions too).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mcrgen.engine.chain import ACCEPTED, ERROR, REJECTED


@dataclass
class Progress:
    """Live counters for the terminal view; the runner only writes them."""

    mode: str
    total: int
    stage_names: list[str]
    skipped: int = 0
    attempted: int = 0
    passed: dict[str, int] = field(default_factory=dict)
    accepted: int = 0
    rejected: int = 0
    errors: int = 0
    interrupted: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    in_flight: int = 0
    started: float = field(default_factory=time.monotonic)
    stop_reason: str | None = None
    streamed_tokens: int = 0
    """Completion tokens delivered so far, counted per chunk while streams are open (the live view's figure)."""
    cancels: int = 0
    cancelled_tokens: int = 0
    funnel: Mapping[str, int] | None = None
    """report.json's funnel, once the report is written (the final frame shows it); None until then."""

    def add_streamed(self, tokens: int) -> None:
        self.streamed_tokens += tokens

    def ended(self, kind: str, row: Mapping[str, Any]) -> None:
        """A sample's row was written: count its outcome. Without a verdict it is no longer attempted, and the
        stages it passed (its ``outputs``) no longer count as passed: a resume runs it again from the start."""
        if kind == ACCEPTED:
            self.accepted += 1
            return
        if kind == REJECTED:
            self.rejected += 1
            return
        if kind == ERROR:
            self.errors += 1
        else:
            self.interrupted += 1
        self.attempted -= 1
        for stage in row.get("outputs") or {}:
            self.passed[stage] = self.passed.get(stage, 0) - 1
