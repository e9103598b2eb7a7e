"""``python -m mcrgen generate`` as a subprocess, and reading what it wrote: shared by the tests that stop, kill or
split a real command (test_crash_resume, test_workers) and by scripts/bench_workers.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from mcrgen.rundir.files import read_jsonl

ROOT = Path(__file__).resolve().parents[2]
TIMING = {"seconds", "cancel_lag_ms"}
"""Fields that measure time: the only ones allowed to differ between two runs of the same deterministic server."""


def generate_cmd(recipe: Path, out: Path, base_url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "mcrgen", "generate", str(recipe), "--out", str(out), "--base-url", base_url, *extra]


def start_generate(recipe: Path, out: Path, base_url: str, *extra: str) -> subprocess.Popen[bytes]:
    """The command running in the background (from ``out``'s parent), its output piped, to be stopped or killed."""
    cmd = generate_cmd(recipe, out, base_url, *extra)
    return subprocess.Popen(cmd, cwd=out.parent, env=command_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def worker_children(pid: int) -> list[int]:
    """The live (not zombie) ``--workers`` processes whose parent is ``pid``, read from /proc: no extra package."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except (OSError, NotADirectoryError):
            continue
        if int(stat[1]) == pid and stat[0] != "Z" and b"mcrgen.engine.worker_main" in cmdline:
            found.append(int(entry.name))
    return found


def command_env() -> dict[str, str]:
    """The caller's environment without OPENAI_* (the command gets its server from --base-url), and the repo on
    PYTHONPATH: tests.support.fake_validators is imported by the recipes, in every worker too."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def without_timings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_timings(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [without_timings(v) for v in value]
    return value


def finished_rows(out: Path) -> dict[str, Any]:
    """id -> row of every accepted or rejected sample; asserts that no id appears twice."""
    rows = read_jsonl(out / "accepted.jsonl") + read_jsonl(out / "rejected.jsonl")
    dup = [i for i, c in Counter(r["id"] for r in rows).items() if c > 1]
    assert not dup, f"duplicated ids: {dup}"
    return {r["id"]: r for r in rows}


def wait_rows(out: Path, n: int, proc: subprocess.Popen[Any], timeout: float) -> None:
    """Until the running command has written ``n`` finished rows (AssertionError after ``timeout`` s)."""
    t_end = time.monotonic() + timeout
    while time.monotonic() < t_end and proc.poll() is None:
        if (out / "accepted.jsonl").exists() and len(finished_rows(out)) >= n:
            return
        time.sleep(0.02)
    raise AssertionError(f"no {n} finished rows in time (exit {proc.poll()})")


def sorted_lines(path: Path) -> list[str]:
    """A JSONL file's rows without their timings, in a fixed order (rows arrive in whatever order streams end)."""
    return sorted(json.dumps(without_timings(r), sort_keys=True) for r in read_jsonl(path)) if path.exists() else []
