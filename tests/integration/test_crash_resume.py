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
from pathlib import Path
from typing import Any

from mcrgen.engine.runner import run_recipe
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir import files
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.reader import read_run
from mcrgen.rundir.report import build_report
from tests.conftest import eventually, steps_script, write_recipe
from tests.support.runs import command_env, finished_rows, generate_cmd, start_generate, wait_rows
from tests.support.scripted_server import _words

SAMPLES = 120
ENDPOINT = {"model": "scripted", "concurrency": 4, "max_retries": 2, "retry": {"initial_delay": 0.01}}


def finished(out: Path) -> dict[str, tuple[str, Any]]:
    """id -> (outcome, outputs); asserts that no id appears twice."""
    return {i: (r["outcome"], r["outputs"]) for i, r in finished_rows(out).items()}


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
import mcrgen.rundir.minhash, httpcore2, tests.support.fake_validators
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


class Zygote:
    """One warm parent process; ``start(argv)`` forks a fresh ``mcrgen`` CLI process and returns its pid."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _ZYGOTE],
            cwd=cwd,
            env=command_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def start(self, argv: list[str]) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"cwd": str(self.cwd), "argv": argv}) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def run(self, argv: list[str]) -> float:
        """Run to the end; returns the seconds it took."""
        t0 = time.monotonic()
        pid = self.start(argv)
        while _alive(pid):
            time.sleep(0.002)
        return time.monotonic() - t0

    def kill_after(self, argv: list[str], seconds: float) -> bool:
        """Start, SIGKILL after ``seconds``; False if it had already ended by then."""
        pid = self.start(argv)
        time.sleep(seconds)
        if not _alive(pid):
            return False
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.002)
        return True

    def first_row(self, argv: list[str], out: Path) -> float:
        """Start, SIGKILL as soon as a sample is finished; returns the seconds that took (the machine's pace)."""
        t0 = time.monotonic()
        pid = self.start(argv)
        t0 = max(t0, time.monotonic() - 0.01)  # the first start also waits for the parent's imports
        while _alive(pid) and not (out.exists() and finished(out)) and time.monotonic() - t0 < 60:
            time.sleep(0.002)
        took = time.monotonic() - t0
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.002)
        return took

    def post_pass(self, argv: list[str], out: Path) -> float:
        """Run once with nothing left to generate; returns the seconds from its session's start (run.json
        rewritten) to its report: the window of the post-pass (session end, dedup, dataset files, report)."""
        t0 = time.time()
        pid = self.start(argv)
        seen: dict[str, float] = {}
        while _alive(pid):
            for name in (files.RUN, files.REPORT):
                if name not in seen and (out / name).stat().st_mtime > t0:
                    seen[name] = time.time()
            time.sleep(0.0005)
        assert set(seen) == {files.RUN, files.REPORT}, seen
        return seen[files.REPORT] - seen[files.RUN]

    def kill_in_post_pass(self, argv: list[str], out: Path, seconds: float) -> str:
        """Start a run that has nothing left to generate, SIGKILL it ``seconds`` after its session started; which
        phase did the kill land in?"""
        before = {n: (out / n).stat().st_mtime_ns for n in (files.RUN, files.REPORT)}
        pid = self.start(argv)
        while _alive(pid) and (out / files.RUN).stat().st_mtime_ns == before[files.RUN]:
            time.sleep(0.0005)
        time.sleep(seconds)
        if not _alive(pid):
            return "ended"
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.002)
        return "dedup/report" if (out / files.REPORT).stat().st_mtime_ns == before[files.REPORT] else "exit"

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()


def _server_requests(srv: Any, since: int) -> list[tuple[str, str, int, int, bool]]:
    """(id, stage, prompt tokens, completion tokens sent, completed) per chat request, by the server's own count."""
    out = []
    for rec in srv.chat_logs()[since:]:
        msg = rec.body["messages"][-1]["content"]
        if msg.startswith("Write"):
            sid, stage = msg.split()[-1], "problem"
        else:
            sid, stage = f"{int(msg.split('Problem ')[1].split(':')[0]):06d}", "solution"
        out.append((sid, stage, _words(rec.body), rec.tokens_sent, rec.completed))
    return out


def match_ledger(server: list[tuple[str, str, int, int, bool]], ledger: list[Any]) -> tuple[list[Any], int]:
    """Pair every ledger line with a request the server served: same sample, stage and prompt, and the same
    completion count, or (a stream mcrgen closed) at least as many: the server may write a token or two before it
    sees the close. Returns the server requests no ledger line accounts for (lost) and those extra tokens."""
    pool: dict[tuple[str, str, int], list[int]] = {}
    for sid, stage, prompt, sent, _ in server:
        pool.setdefault((sid, stage, prompt), []).append(sent)
    overrun = 0
    for spent in ledger:
        u = spent.usage
        sent = pool.get((spent.id, u.stage, u.prompt_tokens), [])
        exact = [x for x in sent if x == u.completion_tokens]
        more = sorted(x for x in sent if x > u.completion_tokens) if u.status == "cancelled" else []
        assert exact or more, f"ledger line {spent} matches no request the server served"
        pick = exact[0] if exact else more[0]
        sent.remove(pick)
        overrun += pick - u.completion_tokens
    lost = [(key, x) for key, rest in pool.items() for x in rest]
    return lost, overrun


def test_sigkill_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path, scripted: Any) -> None:
    # Slow enough that 20 short sessions cannot finish all 120 samples (a few per session).
    srv = scripted(steps_script(bad_every=3, steps=8, delay=0.005))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": SAMPLES})
    expected, expected_tokens = _baseline(tmp_path, recipe, srv.base_url)
    assert len(expected) == SAMPLES
    since = len(srv.chat_logs())  # the server's count for the crashy run starts here

    out = tmp_path / "crashy"
    argv = generate_cmd(recipe, out, srv.base_url)[3:]
    zygote = Zygote(tmp_path)
    rng = random.Random(20240611)
    seen: dict[str, tuple[str, Any]] = {}
    kills = checked = 0
    try:
        # Sessions last 0.3-1.6x the time a session takes to finish its first sample on this machine right now, so
        # kills land in start-up, preflight, the first requests and mid-run alike, loaded machine or idle.
        pace = zygote.first_row(argv, out)
        seen = finished(out)
        while kills < 20:
            if not zygote.kill_after(argv, pace * rng.uniform(0.3, 1.6)):
                break  # it finished before this kill: the run is complete
            kills += 1
            now = finished(out) if out.exists() else {}
            for sid, value in seen.items():
                assert now.get(sid) == value, f"sample {sid} finished before kill {kills} is lost or changed"
            checked += len(seen)
            seen = now
        assert kills == 20, f"the run finished after only {kills} kills; slow the server down"
        assert 0 < len(seen) < SAMPLES  # the kills landed during the run, not before or after it
        # Finish the run, then kill runs that have nothing left to generate: they die in the post-pass
        # (lock, read, dedup and dataset files, report), spread over the time one such run takes.
        zygote.run(argv)
        assert len(finished(out)) == SAMPLES
        window = zygote.post_pass(argv, out)
        phases = [zygote.kill_in_post_pass(argv, out, window * f) for f in (0.05, 0.15, 0.3, 0.45, 0.6)]
        post_kills = sum(ph != "ended" for ph in phases)
        # The window moves from run to run on a busy machine: most kills, not all, land inside it.
        assert phases.count("dedup/report") >= 2, f"post-pass kills landed in {phases} (window {window:.3f}s)"
    finally:
        zygote.close()
    # Final resume to the end, as a plain `python -m mcrgen generate`.
    proc = subprocess.run(
        generate_cmd(recipe, out, srv.base_url), cwd=tmp_path, env=command_env(), capture_output=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    final = finished(out)
    for sid, value in seen.items():
        assert final[sid] == value
    assert final == expected
    run = read_run(out)
    report = build_report(out)
    assert report == json.loads((out / "report.json").read_text())
    assert report["sessions"] >= 2
    assert report["funnel"]["accepted"] + report["funnel"]["rejected"] == SAMPLES
    # Finished samples' rows hold exactly an uninterrupted run's tokens.
    finished_tokens = sum(
        u["prompt_tokens"] + u["completion_tokens"] for r in run.accepted + run.rejected for u in r["usage"]
    )
    assert finished_tokens == expected_tokens
    # The ledger: every line is a request the server served; the report counts each once; what is missing is
    # at most `concurrency` requests per kill (the ones open at that moment).
    total = report["tokens"]["total"]
    assert total["requests"] == len(run.ledger)
    assert total["total_tokens"] == sum(s.usage.prompt_tokens + s.usage.completion_tokens for s in run.ledger)
    killed = report["tokens"]["by_outcome"].get("killed", {}).get("total_tokens", 0)
    assert total["total_tokens"] == expected_tokens + killed
    server = _server_requests(srv, since)
    lost, overrun = match_ledger(server, run.ledger)
    all_kills = kills + post_kills + 1  # and the pace probe
    assert len(lost) <= ENDPOINT["concurrency"] * all_kills
    served = sum(prompt + sent for _, _, prompt, sent, _ in server)
    lost_tokens = sum(prompt + sent for (_, _, prompt), sent in lost)
    assert total["total_tokens"] == served - lost_tokens - overrun
    print(
        f"\ncrash-resume: {kills} kills mid-run + {post_kills} in the post-pass {phases}, "
        f"{report['sessions']} sessions, "
        f"{checked} finished-sample checks, 0 lost, 0 dup; server served {len(server)} requests / {served} tokens, "
        f"report {total['requests']} / {total['total_tokens']}: lost {len(lost)} requests "
        f"({len(lost) / all_kills:.2f} per kill, bound {ENDPOINT['concurrency']}), {lost_tokens} tokens; "
        f"{overrun} tokens the server wrote after mcrgen closed a stream"
    )


def test_ctrl_c_stops_cleanly_counts_open_streams_and_resumes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 16})
    out = tmp_path / "r"
    proc = start_generate(recipe, out, srv.base_url)
    wait_rows(out, 3, proc, timeout=20)
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
    proc2 = subprocess.run(
        generate_cmd(recipe, out, srv.base_url), cwd=tmp_path, env=command_env(), capture_output=True, timeout=60
    )
    assert proc2.returncode == 0, proc2.stderr.decode()[-2000:]
    final = finished(out)
    assert len(final) == 16 and all(final[k] == v for k, v in before.items())
    assert build_report(out)["funnel"]["interrupted"] == 0


def test_second_ctrl_c_exits_at_once_and_leaves_files_whole(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 12})
    out = tmp_path / "r"
    proc = start_generate(recipe, out, srv.base_url)
    wait_rows(out, 2, proc, timeout=20)
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


def _tree(d: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(d.iterdir()) if p.is_file() and p.name != ".lock"}


def test_a_killed_merge_is_redone_into_the_same_directory(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, steps=8))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 24})
    shards = [tmp_path / f"s{i}" for i in range(2)]
    for i, d in enumerate(shards):
        res = subprocess.run(
            [*generate_cmd(recipe, d, srv.base_url), "--shard", f"{i}/2"],
            cwd=tmp_path,
            env=command_env(),
            capture_output=True,
        )
        assert res.returncode == 0, res.stderr.decode()[-2000:]
    before = {d: _tree(d) for d in shards}
    clean, out = tmp_path / "clean", tmp_path / "merged"
    merge = ["merge", str(out), *map(str, shards)]
    zygote = Zygote(tmp_path)
    try:
        zygote.run(["merge", str(clean), *map(str, shards)])
        assert (clean / "report.json").exists() and not (clean / ".merging").exists()
        took = zygote.run(["merge", str(tmp_path / "timed"), *map(str, shards)])  # the parent's imports are done
        rng = random.Random(7)
        kills = sum(zygote.kill_after(merge, rng.uniform(0.0, took)) for _ in range(8))
        assert kills >= 4, f"merges ended before their kill ({took:.3f}s each)"
        zygote.run(merge)  # redone over whatever the kills left
        first = _tree(out)
        zygote.run(merge)  # and again: idempotent
    finally:
        zygote.close()
    assert _tree(out) == first == _tree(clean)  # nothing in a merge's files names its own directory
    assert {d: _tree(d) for d in shards} == before  # the inputs are only read
    print(f"\nmerge: {kills} kills, redone to the same files")
