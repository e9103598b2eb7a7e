"""A new user's reports, each against the scripted server over real HTTP on 127.0.0.1: the breaker's samples left,
count methods after a budget stop, the funnel after Ctrl-C, the count-method label, an unset key variable, and the
suggested compare command."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.runner import run_recipe
from mcrgen.errors import EndpointError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.reader import read_run
from mcrgen.rundir.report import write_report
from tests.conftest import write_recipe
from tests.support.scripted_server import Reply

FAST = {"model": "scripted", "concurrency": 4, "max_retries": 1, "retry": {"initial_delay": 0.01, "max_delay": 0.02}}


def test_breaker_message_counts_error_rows_as_left(tmp_path: Path, scripted: Any) -> None:
    """Every request fails: some samples end in error rows, the rest are interrupted; all 10 are left to run."""
    srv = scripted(lambda body, n: Reply(status=503, body={"error": {"message": "down"}}))
    ep = {**FAST, "circuit_breaker": {"failures": 13, "pause": 0.01, "max_pauses": 0}}
    out = tmp_path / "r"
    recipe = load_recipe(write_recipe(tmp_path, endpoint=ep, budget={"samples": 10}), base_url=srv.base_url)
    with pytest.raises(EndpointError) as info:
        asyncio.run(run_recipe(recipe, out))
    funnel = write_report(out)["funnel"]
    assert funnel["errors"] > 0  # the case the count forgot
    left = re.search(r"\((\d+) samples left\)", str(info.value))
    assert left is not None, str(info.value)
    resume_runs = 10 - len(read_run(out).finished_ids())
    assert int(left.group(1)) == resume_runs == 10
