"""Workers started ahead of the run (engine.spawn): the run takes them, nobody is left behind on any path, and what
a worker queued before its watchdog fired still reaches the parent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mcrgen.cli import app
from mcrgen.engine.spawn import Spawned
from mcrgen.engine.watchdog import EXIT_VALIDATOR_TIMEOUT
from mcrgen.errors import EndpointError, OutputError
from mcrgen.recipe.loader import load_recipe
from tests.conftest import ROOT, write_recipe

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


def _worker_children() -> list[int]:
    """This process's live children that are mcrgen workers."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, NotADirectoryError):
            continue
        if int(stat[1]) == os.getpid() and stat[0] != "Z" and b"mcrgen.engine.worker_main" in cmdline:
            found.append(int(entry.name))
    return found


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
    assert _worker_children() == []


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
