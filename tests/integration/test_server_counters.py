"""The server's own counters (``GET /metrics``) read around each run and set beside mcrgen's per-request counts.

The scripted server counts every token it generates, like vLLM's ``generation_tokens_total``; with ``overrun`` it
also "decodes" that many tokens after each hang-up without sending them, as an engine that notices a disconnect
late (seen with vLLM 0.32 in CI: the whole rest of an answer). Those tokens are on the server's bill and in no
stream, so only its counters show them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from mcrgen.cli import app
from mcrgen.commands import run_compare
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from tests.integration.test_compare import make_recipe, script
from tests.support.scripted_server import Reply, ScriptedServer

OVERRUN = 3


def _report(run_dir: Path) -> dict[str, Any]:
    return dict(json.loads((run_dir / "report.json").read_text()))


def _ledger(run_dir: Path) -> tuple[int, int]:
    rows = read_jsonl(run_dir / "usage.jsonl")
    return sum(r["prompt_tokens"] for r in rows), sum(r["completion_tokens"] for r in rows)


def test_reports_and_compare_carry_what_the_server_counted(tmp_path: Path) -> None:
    with ScriptedServer(script, metrics=True, overrun=OVERRUN) as srv:
        data = run_compare(load_recipe(make_recipe(tmp_path), base_url=srv.base_url), tmp_path / "out")
        generated, prompted = srv.generation_tokens_total, srv.prompt_tokens_total
    counted = {mode: _report(tmp_path / "out" / mode)["server_counters"] for mode in ("baseline", "inflight")}
    # Both runs together are every token the server generated in its life: each reading is exact.
    assert sum(c["completion_tokens"] for c in counted.values()) == generated
    assert sum(c["prompt_tokens"] for c in counted.values()) == prompted
    for mode, c in counted.items():
        assert c["server"] == "vllm" and c["attributable"] and c["why_not"] is None, c
        prompt, completion = _ledger(tmp_path / "out" / mode)
        assert c["prompt_tokens"] == prompt  # every prompt is counted at admission, cancelled or not
        assert c["engine_overrun_tokens"] == c["completion_tokens"] - completion
    cancelled = _report(tmp_path / "out" / "inflight")["requests_by_status"]["cancelled"]
    assert cancelled >= 2 and counted["baseline"]["engine_overrun_tokens"] == 0
    # Each hang-up cost at least the engine's late steps (a token or two more may have been sent and not read).
    assert counted["inflight"]["engine_overrun_tokens"] >= OVERRUN * cancelled
    sc, measured = data["savings"]["server_counted"], data["savings"]
    assert sc["available"] and sc["same_scope"], sc
    overrun = counted["inflight"]["engine_overrun_tokens"]
    assert sc["saved_completion_tokens"] == measured["saved_completion_tokens"] - overrun
    assert sc["saved_tokens"] == measured["saved_tokens"] - overrun
    assert data["headline"]["server_counted_saved_tokens"] == sc["saved_tokens"]


def test_compare_prints_the_servers_saving(tmp_path: Path) -> None:
    with ScriptedServer(script, metrics=True, overrun=OVERRUN) as srv:
        args = ["compare", str(make_recipe(tmp_path)), "--limit", "4", "--out", str(tmp_path / "c")]
        res = CliRunner().invoke(app, [*args, "--base-url", srv.base_url, "--concurrency", "2"])
    assert res.exit_code == 0, res.stderr
    sc = json.loads((tmp_path / "c" / "compare.json").read_text())["savings"]["server_counted"]
    line = " ".join(res.stderr.split())
    assert f"the server's own counters (vllm /metrics): saved {sc['saved_tokens']:,} tokens" in line, line
    assert (
        f"own counters (vllm /metrics): saved {sc['saved_tokens']:,} tokens"
        in (tmp_path / "c" / "compare.html").read_text()
    )


def test_another_clients_traffic_makes_the_reading_unattributable(tmp_path: Path) -> None:
    holder: list[ScriptedServer] = []

    def busy_neighbour(body: dict[str, Any], n: int) -> Reply:
        if n == 1:  # another client's request lands on the server during the run
            holder[0].prompt_tokens_total += 7
        return script(body, n)

    with ScriptedServer(busy_neighbour, metrics=True) as srv:
        holder.append(srv)
        recipe = load_recipe(make_recipe(tmp_path, budget={"samples": 3}), base_url=srv.base_url)
        data = run_compare(recipe, tmp_path / "out")
    first = _report(tmp_path / "out" / "inflight")["server_counters"]
    assert first["attributable"] is False and "another client used the server" in first["why_not"], first
    assert first["engine_overrun_tokens"] is None
    sc = data["savings"]["server_counted"]
    assert sc == {"available": False, "why_not": f"inflight run: {first['why_not']}"}


def test_a_server_without_counters_adds_nothing(tmp_path: Path) -> None:
    with ScriptedServer(script) as srv:
        data = run_compare(
            load_recipe(make_recipe(tmp_path, budget={"samples": 2}), base_url=srv.base_url), tmp_path / "o"
        )
    assert _report(tmp_path / "o" / "inflight")["server_counters"] is None
    assert data["savings"]["server_counted"] is None


def test_two_workers_are_counted_as_one_run(tmp_path: Path) -> None:
    """The writer process reads the counters around all its workers: one reading, the run's whole bill."""
    from tests.integration.test_workers import _run

    recipe = make_recipe(tmp_path, endpoint={"model": "scripted", "concurrency": 4})
    (tmp_path / "w").mkdir()
    with ScriptedServer(script, metrics=True, overrun=OVERRUN) as srv:
        done = _run(recipe, tmp_path / "w" / "out", srv.base_url, workers=2)
        generated, prompted = srv.generation_tokens_total, srv.prompt_tokens_total
    assert done.returncode == 0, done.stderr
    run_json = json.loads((tmp_path / "w" / "out" / "run.json").read_text())
    assert run_json["sessions"][0]["workers"] == 2
    counted = _report(tmp_path / "w" / "out")["server_counters"]
    assert counted["attributable"], counted
    assert (counted["completion_tokens"], counted["prompt_tokens"]) == (generated, prompted)
    assert counted["prompt_tokens"] == _ledger(tmp_path / "w" / "out")[0]
