"""Orchestration behind the commands that both compute and render: run or read, then write JSON and HTML.

Kept apart from :mod:`mcrgen.cli` (which only parses and prints) and from :mod:`mcrgen.analysis` (which computes
and never renders), so that the arrows stay one-way: cli -> commands -> render / analysis -> engine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcrgen.analysis.compare import COMPARE_JSON, MODES, ORDER_JSON, build_compare, build_single, is_compare_dir
from mcrgen.engine.runner import Progress
from mcrgen.errors import OutputError
from mcrgen.recipe.loader import Recipe
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.render.html import render_html
from mcrgen.rundir import files as rundir

COMPARE_HTML = "compare.html"
REPORT_HTML = "report.html"


def run_compare(recipe: Recipe, out: Path, on_start: Callable[[Progress], None] | None = None) -> dict[str, Any]:
    """Generate both modes into ``out/inflight`` and ``out/baseline``; write and return compare.json's dict.

    Each mode is exactly what ``mcrgen generate --mode M`` does (resume, dedup, report.json included), so a
    comparison never measures a code path that plain generation does not use.
    """
    from dataclasses import replace

    from mcrgen.engine.chain import sample_id
    from mcrgen.engine.generate import generate

    # A server's prefix cache serves a prompt the second time it is seen: whichever mode ran second would look
    # faster. So the ids run in blocks, and the mode that goes first alternates from block to block.
    order: list[dict[str, Any]] = []
    start = 0
    for k, end in enumerate(block_ends(recipe.samples, recipe.endpoint.concurrency, recipe.endpoint.is_local)):
        stopped = False
        for mode in MODES if k % 2 == 0 else MODES[::-1]:
            result, _ = generate(replace(recipe, samples=end), out / mode, mode=mode, on_start=on_start)
            order.append({"mode": mode, "first_id": sample_id(start), "last_id": sample_id(end - 1)})
            stopped = stopped or (result is not None and result.progress.stop_reason is not None)
        rundir.write_atomic(out / ORDER_JSON, json.dumps(order, indent=1) + "\n")
        if stopped:
            break  # a budget or the breaker: the next block would stop at once
        start = end
    return write_compare(out)


def block_ends(samples: int, concurrency: int, local: bool, most: int = 8) -> list[int]:
    """Exclusive ends of the id blocks: an even number of them (each mode first equally often), each at least two
    concurrency slots wide so a block keeps the endpoint busy; two for the embedded server, which restarts per block."""
    blocks = 2 if local else max(2, min(most, samples // (2 * max(1, concurrency))) // 2 * 2)
    blocks = min(blocks, max(1, samples))
    size = -(-samples // blocks)
    return sorted({min(samples, size * (i + 1)) for i in range(blocks)})


def write_compare(out: Path) -> dict[str, Any]:
    data = build_compare(out / BASELINE, out / INFLIGHT)
    rundir.write_atomic(out / COMPARE_JSON, json.dumps(data, indent=2) + "\n")
    rundir.write_atomic(out / COMPARE_HTML, render_html(data))
    return data


def report_dir(path: Path) -> tuple[dict[str, Any], list[Path]]:
    """``mcrgen report``: rebuild the JSON and HTML of a comparison directory or of a single run directory."""
    if is_compare_dir(path):
        return write_compare(path), [path / COMPARE_JSON, path / COMPARE_HTML]
    if not (path / rundir.RUN).exists():
        raise OutputError(f"{path} is neither a run directory (no {rundir.RUN}) nor a comparison directory")
    from mcrgen.rundir.dataset import refresh_dataset
    from mcrgen.rundir.report import write_report

    refresh_dataset(path)  # a run interrupted, resumed or edited since: its dataset files first, then the report
    write_report(path)
    data = build_single(path)
    rundir.write_atomic(path / REPORT_HTML, render_html(data))
    return data, [path / rundir.REPORT, path / REPORT_HTML]
