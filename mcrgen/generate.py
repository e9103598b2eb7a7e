"""The one call behind ``mcrgen generate``: endpoint lifecycle (embedded server or remote), run, report."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mcrgen.recipe import Recipe
from mcrgen.report import write_report
from mcrgen.runner import Progress, RunResult, run_recipe
from mcrgen.stages import INFLIGHT


def default_run_dir(recipe: Recipe, mode: str) -> Path:
    return recipe.out_dir if recipe.out_dir is not None else Path("runs") / f"{recipe.name}-{mode}"


def generate(
    recipe: Recipe,
    run_dir: Path,
    *,
    mode: str = INFLIGHT,
    on_start: Callable[[Progress], None] | None = None,
) -> tuple[RunResult | None, dict[str, Any]]:
    """Run a recipe; after a completed run, dedup and write the dataset files. Always writes report.json."""
    result: RunResult | None = None
    report: dict[str, Any] = {}
    try:
        if recipe.endpoint.is_local:
            from mcrgen.local import local_server, server_counter

            with local_server() as server:
                recipe = _with_model(recipe, server.model)
                result = asyncio.run(
                    run_recipe(
                        recipe,
                        run_dir,
                        mode=mode,
                        on_start=on_start,
                        base_url=server.base_url,
                        counter=server_counter(server.base_url),
                    )
                )
        else:
            result = asyncio.run(run_recipe(recipe, run_dir, mode=mode, on_start=on_start))
        from mcrgen.dedup import finalize_run

        finalize_run(run_dir, recipe.formats)  # S4 dedup + dataset files; before the report, which counts them
    finally:
        if (run_dir / "run.json").exists():
            report = write_report(run_dir)
    return result, report


def _with_model(recipe: Recipe, model: str) -> Recipe:
    from dataclasses import replace

    if recipe.endpoint.model:
        return recipe
    return replace(recipe, endpoint=replace(recipe.endpoint, model=model))
