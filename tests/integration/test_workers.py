"""``generate --workers N``: several processes stream and validate, one writes; on a real ``python -m mcrgen``.

The scripted server is deterministic per sample (its replies depend on the prompt alone), so a run with two workers
must write the rows, the ledger and the report totals that one process writes, whatever order they arrive in.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.runner import run_recipe
from mcrgen.engine.spawn import STREAMS_PER_WORKER, default_workers, is_loopback, shares
from mcrgen.engine.worker_main import child_recipe
from mcrgen.engine.workers import child_config, endpoint_for
from mcrgen.errors import WorkerError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import build_report, write_report
from tests.conftest import ROOT, steps_script, write_recipe
from tests.support.runs import (
    command_env,
    finished_rows,
    generate_cmd,
    sorted_lines,
    start_generate,
    wait_rows,
    worker_children,
)

ENDPOINT = {"model": "scripted", "concurrency": 4, "max_retries": 2, "retry": {"initial_delay": 0.01}}


def _cmd(recipe: Path, out: Path, base_url: str, workers: int = 2) -> list[str]:
    return generate_cmd(recipe, out, base_url, "--workers", str(workers))


def _run(recipe: Path, out: Path, base_url: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    cmd = _cmd(recipe, out, base_url, **kw)
    return subprocess.run(cmd, cwd=out.parent, env=command_env(), capture_output=True, text=True, timeout=120)


def test_shares_and_default(tmp_path: Path) -> None:
    assert shares(4, 2) == [2, 2] and shares(5, 2) == [3, 2] and shares(1, 2) == [1] and shares(8, 1) == [8]
    assert sum(shares(1536, 3)) == 1536
    path = write_recipe(tmp_path, endpoint={**ENDPOINT, "concurrency": 2})
    assert default_workers(load_recipe(path, base_url="http://127.0.0.1:9/v1")) == 1  # too few streams to share
    cores = len(os.sched_getaffinity(0))
    many = load_recipe(path, base_url="http://10.1.2.3:9/v1", concurrency=STREAMS_PER_WORKER * 64)
    assert default_workers(many) == cores
    # A server on this machine keeps half the cores, whichever way its address is written.
    for url in ("http://127.0.0.1:9/v1", "http://localhost:9/v1", "http://[::1]:9/v1", "http://127.8.0.2/v1"):
        assert default_workers(load_recipe(path, base_url=url, concurrency=STREAMS_PER_WORKER * 64)) == max(
            1, cores // 2
        )
    # Replicas count as local only when every one is.
    mixed = load_recipe(path, base_url="http://127.0.0.1:9/v1,http://10.1.2.3:9/v1", concurrency=8 * 64)
    assert default_workers(mixed) == cores
    assert not is_loopback("http://[bad") and not is_loopback("http://127.example.com/v1")
    assert default_workers(load_recipe(path, base_url="local", concurrency=64)) == 1  # the model needs the cores


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "recipes").glob("*.yaml")) + ["tiny-no-seed"])
def test_a_worker_rebuilds_the_parents_recipe(tmp_path: Path, name: str) -> None:
    """Recipes hold compiled templates and bound gates, so a worker loads the file again: it must get the same."""
    if name == "tiny-no-seed":
        path = write_recipe(tmp_path)
        path.write_text("\n".join(ln for ln in path.read_text().splitlines() if not ln.startswith("seed:")))
    else:
        path = ROOT / "recipes" / name
    parent = load_recipe(path, base_url="http://127.0.0.1:9/v1,http://127.0.0.1:8/v1", model="m", limit=5)
    cfg = {**child_config(parent, "inflight", 3, [], None), "endpoint": endpoint_for(parent, 2)}
    child = child_recipe(cfg)
    assert child.hash == parent.hash and child.samples == 5 and child.seed == parent.seed
    assert child.endpoint.urls == parent.endpoint.urls and child.endpoint.concurrency == 2
    assert [s.name for s in child.stages] == [s.name for s in parent.stages]
    assert [s.endpoint for s in child.stages] == [s.endpoint for s in parent.stages]  # a judge's own endpoint


def test_two_workers_write_what_one_process_writes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.001))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 16})
    one, two = tmp_path / "one", tmp_path / "two"
    asyncio.run(run_recipe(load_recipe(recipe, base_url=srv.base_url), one))  # today's in-process path
    proc = _run(recipe, two, srv.base_url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    write_report(one)
    for name in ("accepted.jsonl", "rejected.jsonl", "errors.jsonl", "usage.jsonl", "dataset.jsonl"):
        if name != "dataset.jsonl" or (one / name).exists():
            assert sorted_lines(one / name) == sorted_lines(two / name), name
    r1, r2 = build_report(one), build_report(two)
    assert r2["funnel"] == r1["funnel"] and r2["funnel"]["accepted"] + r2["funnel"]["rejected"] == 16
    assert r2["tokens"]["total"] == r1["tokens"]["total"]
    assert r2["rejections"] == r1["rejections"]
    session = json.loads((two / "run.json").read_text())["sessions"][-1]
    assert session["workers"] == 2 and "workers" not in json.loads((one / "run.json").read_text())["sessions"][-1]
    assert srv.max_active <= ENDPOINT["concurrency"] + 1  # the split keeps the total; +1: a hang-up seen late


def test_budget_stops_every_worker_and_holds_on_resume(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, delay=0.002))
    budget = {"samples": 40, "max_tokens": 1500}
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget=budget)
    out = tmp_path / "r"
    proc = _run(recipe, out, srv.base_url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = build_report(out)
    assert "budget.max_tokens" in report["stop_reason"]
    spent = report["tokens"]["total"]["total_tokens"]
    # Spending is added when a request ends: the overshoot is at most the streams open when the limit was crossed.
    assert 1500 <= spent <= 1500 + ENDPOINT["concurrency"] * 400
    assert len(finished_rows(out)) < 40
    served = len(srv.chat_logs())
    again = _run(recipe, out, srv.base_url)  # the budget is for the directory: nothing more to spend
    assert again.returncode == 0, again.stderr[-2000:]
    assert len(srv.chat_logs()) == served


def test_ctrl_c_with_workers_resumes_without_lost_or_duplicate_ids(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 16})
    out = tmp_path / "r"
    proc = start_generate(recipe, out, srv.base_url, "--workers", "2")
    wait_rows(out, 3, proc, timeout=60)
    workers = worker_children(proc.pid)
    before = finished_rows(out)
    proc.send_signal(signal.SIGINT)  # the parent only: it tells its workers (a terminal's Ctrl-C reaches them all)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()[-2000:]
    assert "interrupted" in build_report(out)["stop_reason"]
    assert len(workers) == 2 and not any(Path(f"/proc/{pid}").exists() for pid in workers)
    interrupted = {r["id"] for r in read_jsonl(out / "errors.jsonl") if r["outcome"] == "interrupted"}
    assert not interrupted & set(finished_rows(out))
    again = _run(recipe, out, srv.base_url)
    assert again.returncode == 0, again.stderr[-2000:]
    final = finished_rows(out)
    assert sorted(final) == [f"{i:06d}" for i in range(16)]
    assert all(final[k] == v for k, v in before.items())  # rows written before the stop are kept as they were
    ledger_ids = {r["id"] for r in read_jsonl(out / "usage.jsonl")}
    assert ledger_ids == set(final)  # every request on the ledger, under an id that exists


def test_killed_worker_is_one_line_exit_6_and_the_run_resumes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 16})
    out = tmp_path / "r"
    proc = start_generate(recipe, out, srv.base_url, "--workers", "2")
    wait_rows(out, 2, proc, timeout=60)
    victim = sorted(worker_children(proc.pid))[0]
    os.kill(victim, signal.SIGKILL)  # a process this test started (through the CLI), by its id
    before = finished_rows(out)
    _, err = proc.communicate(timeout=60)
    text = err.decode()
    assert proc.returncode == WorkerError.exit_code == 6, text[-2000:]
    lines = [ln for ln in text.splitlines() if "error:" in ln]
    assert len(lines) == 1 and f"(pid {victim}) was killed by signal 9" in lines[0], text[-2000:]
    assert "rerun the same command to resume" in lines[0]
    kept = finished_rows(out)
    assert all(kept[k] == v for k, v in before.items())  # what was written stays
    assert (out / "report.json").exists()
    again = _run(recipe, out, srv.base_url)
    assert again.returncode == 0, again.stderr[-2000:]
    assert sorted(finished_rows(out)) == [f"{i:06d}" for i in range(16)]


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_flag_must_be_positive(tmp_path: Path, workers: int) -> None:
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT)
    proc = _run(recipe, tmp_path / "r", "http://127.0.0.1:9/v1", workers=workers)
    assert proc.returncode == 2 and "--workers" in proc.stderr
    assert not (tmp_path / "r").exists()


def test_watchdog_in_a_worker_ends_the_command_with_124(tmp_path: Path, scripted: Any) -> None:
    """A validator that never returns blocks its worker's loop; the watchdog ends that worker (its one line on
    stderr), and the command exits as one process would: 124, with the report written."""
    srv = scripted(steps_script(bad_every=0))
    gate = ["tests.support.hostile_validators:blocks"]
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 4}, stages__1__validators=gate)
    env = {**command_env(), "MCRGEN_VALIDATOR_TIMEOUT": "1"}
    proc = subprocess.run(
        _cmd(recipe, tmp_path / "r", srv.base_url), cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 124, proc.stderr[-2000:]
    assert "ran for more than 1s" in proc.stderr and "validator watchdog (exit 124)" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "r" / "report.json").exists()
