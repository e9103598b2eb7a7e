"""Crash safety and Ctrl-C, on a real ``python -m mcrgen generate`` process against the scripted server.

SIGKILL at seeded random moments, resume after each: every sample finished before a kill must be there exactly
once afterwards, unchanged, and the final outputs must equal an uninterrupted run's.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from mcrgen.engine.runner import run_recipe
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import build_report
from tests.conftest import ROOT, eventually, steps_script, write_recipe

SAMPLES = 80
ENDPOINT = {"model": "scripted", "concurrency": 4, "max_retries": 2, "retry": {"initial_delay": 0.01}}


def _cmd(recipe: Path, out: Path, base_url: str) -> list[str]:
    return [sys.executable, "-m", "mcrgen", "generate", str(recipe), "--out", str(out), "--base-url", base_url]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(ROOT)  # tests.support.fake_validators is imported by the recipe
    return env


def finished(out: Path) -> dict[str, tuple[str, Any]]:
    """id -> (outcome, outputs); asserts that no id appears twice."""
    rows = read_jsonl(out / "accepted.jsonl") + read_jsonl(out / "rejected.jsonl")
    dup = [i for i, c in Counter(r["id"] for r in rows).items() if c > 1]
    assert not dup, f"duplicated ids: {dup}"
    return {r["id"]: (r["outcome"], r["outputs"]) for r in rows}


def _baseline(tmp_path: Path, recipe: Path, base_url: str) -> tuple[dict[str, tuple[str, Any]], int]:
    out = tmp_path / "uninterrupted"
    asyncio.run(run_recipe(load_recipe(recipe, base_url=base_url), out))
    return finished(out), build_report(out)["tokens"]["total"]["total_tokens"]


# A warm parent that forks one `mcrgen generate` per request: the same CLI entry point (``mcrgen.cli.main``) in a
# fresh process, without paying ~2 s of imports (the openai SDK) per kill. It holds no threads, so fork is safe,
# and it ignores SIGCHLD so that a killed child is reaped at once.
_ZYGOTE = r"""
import json, os, signal, sys
import mcrgen.cli, mcrgen.engine.generate, mcrgen.engine.runner, mcrgen.rundir.report, mcrgen.render.live
import mcrgen.recipe.loader, mcrgen.rundir.dataset
import datasketch, httpcore2, tests.support.fake_validators
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        os.chdir(job["cwd"])
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        sys.argv = ["mcrgen", *job["argv"]]
        try:
            mcrgen.cli.main()
        except SystemExit as exc:
            os._exit(exc.code if isinstance(exc.code, int) else 1)
        os._exit(0)
    print(pid, flush=True)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path, scripted: Any) -> None:
    # Slow enough that 22 sessions of 0.1-0.8 s each cannot finish all 80 samples (about 2 per session).
    srv = scripted(steps_script(bad_every=3, steps=8, delay=0.005))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": SAMPLES})
    expected, expected_tokens = _baseline(tmp_path, recipe, srv.base_url)
    assert len(expected) == SAMPLES

    out = tmp_path / "crashy"
    argv = _cmd(recipe, out, srv.base_url)[3:]
    zygote = subprocess.Popen(
        [sys.executable, "-c", _ZYGOTE],
        cwd=tmp_path,
        env=_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    rng = random.Random(20240611)
    seen: dict[str, tuple[str, Any]] = {}
    kills = checked = 0
    try:
        while kills < 22:
            zygote.stdin.write(json.dumps({"cwd": str(tmp_path), "argv": argv}) + "\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline())
            time.sleep(rng.uniform(0.1, 0.8))
            if not _alive(pid):
                break  # it finished before this kill: the run is complete
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.005)
            kills += 1
            now = finished(out) if out.exists() else {}
            for sid, value in seen.items():
                assert now.get(sid) == value, f"sample {sid} finished before kill {kills} is lost or changed"
            checked += len(seen)
            seen = now
    finally:
        zygote.stdin.close()
        zygote.wait(10)
        zygote.stdout.close()
    assert kills >= 20, f"the run finished after only {kills} kills; slow the server down"
    assert 0 < len(seen) < SAMPLES  # the kills landed during the run, not before or after it
    # Final resume to the end, as a plain `python -m mcrgen generate`.
    proc = subprocess.run(_cmd(recipe, out, srv.base_url), cwd=tmp_path, env=_env(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    final = finished(out)
    for sid, value in seen.items():
        assert final[sid] == value
    assert final == expected
    report = build_report(out)
    assert report["sessions"] >= 2
    assert report["funnel"]["accepted"] + report["funnel"]["rejected"] == SAMPLES
    # Finished samples' tokens all count; SIGKILLed open streams could not be recorded (documented).
    finished_tokens = sum(
        u["prompt_tokens"] + u["completion_tokens"]
        for name in ("accepted", "rejected")
        for r in read_jsonl(out / f"{name}.jsonl")
        for u in r["usage"]
    )
    assert finished_tokens == expected_tokens
    assert report["tokens"]["total"]["total_tokens"] == expected_tokens
    print(
        f"\ncrash-resume: {kills} kills, {report['sessions']} sessions, {checked} finished-sample checks, 0 lost, 0 dup"
    )


def _wait_rows(out: Path, n: int, proc: subprocess.Popen[bytes], timeout: float = 20) -> None:
    t_end = time.monotonic() + timeout
    while time.monotonic() < t_end and proc.poll() is None:
        if (out / "accepted.jsonl").exists() and len(finished(out)) >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"no {n} finished rows in time")


def test_ctrl_c_stops_cleanly_counts_open_streams_and_resumes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 16})
    out = tmp_path / "r"
    proc = subprocess.Popen(
        _cmd(recipe, out, srv.base_url), cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _wait_rows(out, 3, proc)
    before = finished(out)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 130, err.decode()[-2000:]
    assert "interrupted" in err.decode() and "resume" in err.decode()
    report = build_report(out)
    assert "interrupted" in report["stop_reason"]
    interrupted = [r for r in read_jsonl(out / "errors.jsonl") if r["outcome"] == "interrupted"]
    assert interrupted, "the open streams must be recorded as interrupted"
    assert sum(u["completion_tokens"] for r in interrupted for u in r["usage"]) > 0
    assert report["tokens"]["by_outcome"]["interrupted"]["completion_tokens"] > 0
    assert report["funnel"]["interrupted"] == len({r["id"] for r in interrupted})
    # The server saw every open stream closed.
    assert eventually(lambda: all(r.completed or r.disconnected for r in srv.chat_logs()))
    # Interrupted ids are not finished: resume redoes them, keeps the rest.
    assert not {r["id"] for r in interrupted} & set(finished(out))
    proc2 = subprocess.run(_cmd(recipe, out, srv.base_url), cwd=tmp_path, env=_env(), capture_output=True, timeout=60)
    assert proc2.returncode == 0, proc2.stderr.decode()[-2000:]
    final = finished(out)
    assert len(final) == 16 and all(final[k] == v for k, v in before.items())
    assert build_report(out)["funnel"]["interrupted"] == 0


def test_second_ctrl_c_exits_at_once_and_leaves_files_whole(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 12})
    out = tmp_path / "r"
    proc = subprocess.Popen(
        _cmd(recipe, out, srv.base_url), cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _wait_rows(out, 2, proc)
    proc.send_signal(signal.SIGINT)
    proc.send_signal(signal.SIGINT)
    t0 = time.monotonic()
    proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert time.monotonic() - t0 < 3
    for name in ("accepted.jsonl", "rejected.jsonl", "errors.jsonl"):
        path = out / name
        if path.exists():
            text = path.read_text()
            assert not text or text.endswith("\n"), name  # no torn row
    finished(out)  # parses, no duplicate; a resume from here is the Ctrl-C test's second half
    assert (out / "run.json").exists()
