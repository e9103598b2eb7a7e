"""A new user's reports, each against the scripted server over real HTTP on 127.0.0.1: the breaker's samples left,
count methods after a budget stop, the funnel after Ctrl-C, the count-method label, an unset key variable, and the
suggested compare command."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from mcrgen.accounting import RequestUsage, Tally
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


def _stall_solutions(body: dict[str, Any], n: int) -> Reply:
    """Problems answer at once; a solution's stream opens and then sends nothing (until mcrgen hangs up)."""
    msg = body["messages"][-1]["content"]
    if msg.startswith("Write"):
        return Reply(f"Problem {msg.split()[-1]}: how many apples are left?")
    return Reply("Step 1: 2 + 2 = 4.\nANSWER 4", stall_after=0)


def test_budget_stop_names_a_count_method_on_every_row(tmp_path: Path, scripted: Any) -> None:
    """Streams closed by a budget before their first chunk have no text: their rows still say how they were
    counted (or that there was nothing to count), and no count method is ever the empty string."""
    srv = scripted(_stall_solutions)
    out = tmp_path / "r"
    path = write_recipe(tmp_path, endpoint=FAST, budget={"samples": 8, "max_tokens": 30})
    result = asyncio.run(run_recipe(load_recipe(path, base_url=srv.base_url), out))
    assert result.progress.stop_reason is not None and "max_tokens" in result.progress.stop_reason
    report = write_report(out)
    ledger = read_run(out).ledger
    interrupted = [s.usage for s in ledger if s.usage.status == "interrupted"]
    assert interrupted and all(u.completion_tokens == 0 for u in interrupted)
    for s in ledger:
        assert s.usage.prompt_method and s.usage.completion_method, s.usage
    assert "" not in report["tokens"]["count_methods"]
    # One counter named both counts of a request with no text, so a comparison can still count it one way.
    assert all(u.completion_method == u.prompt_method for u in interrupted)


def test_a_ledger_line_without_a_method_is_tallied_as_unknown() -> None:
    """Run directories written before the fix hold ``"completion_method": ""``: the report names it, never ''."""
    tally = Tally()
    tally.add(RequestUsage(stage="s", prompt_method="reported", completion_method=""))
    assert tally.to_dict()["count_methods"] == {"reported": 1, "unknown": 1}
