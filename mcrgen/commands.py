"""Orchestration behind the commands that both compute and render: run or read, then write JSON and HTML.

Kept apart from :mod:`mcrgen.cli` (which only parses and prints) and from :mod:`mcrgen.analysis` (which computes
and never renders), so that the arrows stay one-way: cli -> commands -> render / analysis -> engine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcrgen.analysis.compare import COMPARE_JSON, MODES, build_compare, build_single, is_compare_dir
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
    from mcrgen.engine.generate import generate

    for mode in MODES:
        generate(recipe, out / mode, mode=mode, on_start=on_start)
    return write_compare(out)


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
