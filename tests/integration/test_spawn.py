"""Workers started ahead of the run (engine.spawn): the run takes them, nobody is left behind on any path; and how a
worker ends: what it queued before its watchdog fired still reaches the parent, what a plug-in printed comes out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mcrgen.cli import app
from mcrgen.engine.spawn import Spawned
from mcrgen.engine.watchdog import EXIT_VALIDATOR_TIMEOUT
from mcrgen.errors import EndpointError, OutputError, WorkerError
from mcrgen.recipe.loader import load_recipe
from tests.conftest import ROOT, steps_script, write_recipe
from tests.support.runs import command_env, generate_cmd, worker_children

ENDPOINT = {"model": "scripted", "concurrency": 4, "max_retries": 1, "retry": {"initial_delay": 0.01}}


def test_take_uses_the_started_ones_kills_the_rest_and_starts_what_is_missing(tmp_path: Path) -> None:
    recipe = load_recipe(write_recipe(tmp_path, endpoint=ENDPOINT), base_url="http://127.0.0.1:9/v1")
    ahead = Spawned.ahead(recipe, 3)
    assert len(ahead.ready) == 3 and all(p.poll() is None for p in ahead.ready)
    first, extra = ahead.ready[0], ahead.ready[1:]
    taken = ahead.take(1)
    assert taken == [first] and all(p.returncode is not None for p in extra) and ahead.ready == []
    more = Spawned().take(2)  # none started ahead: both are new
    assert len(more) == 2
    for proc in [*taken, *more]:
        assert proc.stdin is not None
        proc.stdin.close()  # no configuration: the worker leaves by itself, with nothing to say
        assert proc.wait(timeout=60) == 0
        assert proc.stdout is not None and proc.stdout.read() == b""
        proc.stdout.close()
    assert Spawned.ahead(recipe, 1).ready == []  # one process runs in-process: nothing to start


@pytest.mark.parametrize("why", ["endpoint down", "run directory it cannot resume"])
def test_a_refused_run_leaves_no_worker_behind(tmp_path: Path, why: str) -> None:
    """``generate`` starts its workers as soon as the recipe is read; a run refused after that (exit 3, exit 4)
    kills them. Run in-process, so that a worker left behind would still be alive here, waiting on its stdin."""
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT)
    out = tmp_path / "r"
    if why != "endpoint down":
        out.mkdir()
        (out / "run.json").write_text(json.dumps({"recipe_name": "other", "recipe_hash": "0" * 64, "mode": "inflight"}))
    args = ["generate", str(recipe), "--out", str(out), "--base-url", "http://127.0.0.1:9/v1", "--workers", "2"]
    result = CliRunner().invoke(app, args)
    exc = result.exception  # cli.main() turns it into one line and the exit code
    assert isinstance(exc, (EndpointError if why == "endpoint down" else OutputError)), result.output
    assert worker_children(os.getpid()) == []


def test_the_watchdog_runs_its_hooks_before_ending_the_process(tmp_path: Path) -> None:
    """A worker queues its messages for one write per turn of the event loop; when a validator hangs, the watchdog
    writes them out before it ends the process, so requests already spent still reach the ledger."""
    out = tmp_path / "hook.txt"
    script = textwrap.dedent(
        f"""
        import time
        from mcrgen.engine import watchdog
        watchdog.before_exit(lambda: open({str(out)!r}, "w").write("flushed"))
        watchdog.before_exit(lambda: 1 / 0)  # a failing hook does not keep the process alive
        watchdog.begin("hangs")
        time.sleep(30)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MCRGEN_VALIDATOR_TIMEOUT": "0.3"}
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == EXIT_VALIDATOR_TIMEOUT, proc.stderr
    assert out.read_text() == "flushed"
    assert "ran for more than 0.3s" in proc.stderr and "Traceback" not in proc.stderr


def test_a_worker_writes_out_what_it_queued_when_its_validator_hangs(tmp_path: Path) -> None:
    """A real ``Worker`` queues two messages, then its loop's thread blocks as in a hung validator: the flush it
    scheduled never runs, and the watchdog writes the messages out before it ends the process (exit 124)."""
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT)
    script = textwrap.dedent(
        f"""
        import asyncio, time
        from pathlib import Path
        from mcrgen.engine import watchdog
        from mcrgen.engine.worker_main import Worker
        from mcrgen.engine.workers import child_config, endpoint_for
        from mcrgen.recipe.loader import load_recipe

        recipe = load_recipe(Path({str(recipe)!r}), base_url="http://127.0.0.1:9/v1")
        cfg = {{**child_config(recipe, "inflight", 1, [], None), "endpoint": endpoint_for(recipe, 1), "slots": 1}}

        async def main():
            worker = Worker(cfg, 1)
            worker.send({{"start": 7}})
            worker.send({{"tokens": 5}})
            watchdog.begin("hangs")
            time.sleep(30)

        asyncio.run(main())
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MCRGEN_VALIDATOR_TIMEOUT": "0.3"}
    proc = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == EXIT_VALIDATOR_TIMEOUT, proc.stderr
    assert [json.loads(line) for line in proc.stdout.splitlines()] == [{"start": 7}, {"tokens": 5}]


def test_what_a_plugin_prints_in_a_worker_is_not_lost(tmp_path: Path, scripted: Any) -> None:
    """A worker leaves with os._exit; what a plug-in validator printed (buffered: stdout is not a terminal) and
    its atexit handlers still come out, on the command's stderr."""
    (tmp_path / "chatty.py").write_text(
        textwrap.dedent(
            """
            import atexit
            from mcrgen.validators import validator

            atexit.register(lambda: print("chatty: atexit ran"))

            @validator(prefix_safe=False)
            def gate(text, ctx):
                print("chatty: checked a solution")
                return None
            """
        )
    )
    srv = scripted(steps_script(bad_every=0))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 4}, stages__1__validators=["chatty:gate"])
    env = {k: v for k, v in command_env().items() if k != "PYTHONUNBUFFERED"}
    cmd = generate_cmd(recipe, tmp_path / "r", srv.base_url, "--workers", "2")
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.count("chatty: checked a solution") == 4
    assert proc.stderr.count("chatty: atexit ran") == 2  # once per worker


def test_a_worker_that_cannot_be_started_is_one_error_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipe = load_recipe(write_recipe(tmp_path, endpoint=ENDPOINT), base_url="http://127.0.0.1:9/v1")
    ahead = Spawned.ahead(recipe, 2)
    started = list(ahead.ready)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))  # the third cannot start
    with pytest.raises(WorkerError, match="cannot start a worker process"):
        ahead.take(3)
    assert all(p.returncode is not None for p in started)  # the two started ahead were killed and reaped
    assert worker_children(os.getpid()) == []
