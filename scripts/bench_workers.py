"""Tokens per wall-second of ``mcrgen generate --workers 1`` against ``--workers 2``, side by side.

Each measurement is the real command (``python -m mcrgen generate ... --workers N``) in a fresh process against the
pre-rendered server (scripts/bench_server.py) in its own process, with the same recipe and samples as
scripts/bench_client.py (short problem + ~300-token solution with the real in-flight validators, every second
solution faulty a third of the way in, so half the streams are cancelled). The levels alternate within each repeat
(1, 2, 1, 2, ...) so both see the same minutes of a shared machine; medians over ``--repeats``.

Figures per run:
* ``tok/s run``: completion tokens / the session's seconds in run.json (the streaming phase, from the moment the
  run starts scheduling to its last row, worker start-up included);
* ``tok/s cmd``: completion tokens / the whole command's wall time (imports, preflight, report and dataset files);
* client CPU (the command and its workers, from rusage of waited children), the part of it in the command's own
  process (the writer, polled from /proc), the cores the client used on average (CPU / wall), tokens per client
  CPU-second, and the server's CPU (from /proc). On a shared machine ``cores used`` says how much of the two cores
  the client actually got: the wall-clock ratio cannot exceed what other processes leave.

Isolating the server on a 2-core machine: it cannot have a core of its own while the client gets both. The server
is made cheap instead: every reply is cached bytes, written whole (``--burst 1000``: more events per tick than a
reply has), so it costs ~0.2 ms of CPU per request, a twentieth of the client's; its CPU seconds are printed next to
the client's so its share is visible. ``--burst 1`` paces replies an event per stream per tick, as an engine does,
and costs the server about half a core here, which two workers then lose. It runs in a session of its own, and so
does each command: Linux's autogroup scheduler gives each session its own share of a busy machine, so the
server's CPU never comes out of the client's group. ``--server-cpu K``
additionally pins the server to core K (``os.sched_setaffinity``).

The accepted and rejected rows of the last ``--workers 1`` and ``--workers 2`` runs are compared (timings left
out): they must be identical.

Usage: python scripts/bench_workers.py [--samples 1500] [--concurrency 64] [--repeats 3] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.bench_client import RECIPE, _cpu_seconds, _validators  # noqa: E402
from tests.support.runs import command_env, generate_cmd, sorted_lines  # noqa: E402


def start_server(tokens: int, burst: int) -> tuple[subprocess.Popen[str], str]:
    """scripts/bench_server.py in a session of its own: its own scheduling group (autogroup), so the CPU it gets
    does not come out of the client's share, whichever the number of workers."""
    cmd = [sys.executable, str(ROOT / "scripts" / "bench_server.py"), "--tokens", str(tokens), "--burst", str(burst)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, start_new_session=True)
    assert proc.stdout is not None
    return proc, f"http://127.0.0.1:{int(proc.stdout.readline())}/v1"


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def one_run(recipe: Path, out: Path, base_url: str, workers: int, server_pid: int) -> dict[str, Any]:
    cmd = generate_cmd(recipe, out, base_url, "--workers", str(workers))
    env = command_env()
    cpu0, srv0, t0 = _children_cpu(), _cpu_seconds(server_pid), time.perf_counter()
    log = out.with_suffix(".log").open("w+")
    # Its own session too, as a command typed in a terminal: apart from this script's polling and the server.
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True, start_new_session=True
    )
    parent_cpu = 0.0  # the command's own process (the writer), polled: rusage would add its workers to it
    while proc.poll() is None:
        try:
            parent_cpu = _cpu_seconds(proc.pid)
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    cpu, srv = _children_cpu() - cpu0, _cpu_seconds(server_pid) - srv0
    if proc.returncode != 0:
        log.seek(0)
        raise SystemExit(f"--workers {workers} failed ({proc.returncode}): {log.read()[-1500:]}")
    log.close()
    report = json.loads((out / "report.json").read_text())
    session = json.loads((out / "run.json").read_text())["sessions"][-1]
    tokens = report["tokens"]["total"]["completion_tokens"]
    return {
        "workers": workers,
        "completion_tokens": tokens,
        "run_s": session["seconds"],
        "cmd_s": round(wall, 3),
        "tok_per_s_run": round(tokens / session["seconds"]),
        "tok_per_s_cmd": round(tokens / wall),
        "client_cpu_s": round(cpu, 2),
        "writer_cpu_s": round(parent_cpu, 2),
        "client_cores": round(cpu / wall, 2),
        "tok_per_client_cpu_s": round(tokens / cpu),
        "server_cpu_s": round(srv, 2),
    }


def rows(out: Path) -> list[str]:
    return sorted(
        line for name in ("accepted.jsonl", "rejected.jsonl", "usage.jsonl") for line in sorted_lines(out / name)
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=1500)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--tokens", type=int, default=300, help="solution length the server writes")
    ap.add_argument("--burst", type=int, default=1000, help="server events per stream per tick (bench_server.py)")
    ap.add_argument("--server-cpu", type=int, default=None, help="pin the server to this core")
    args = ap.parse_args()

    server, base_url = start_server(args.tokens, args.burst)
    if args.server_cpu is not None:
        os.sched_setaffinity(server.pid, {args.server_cpu})
    results: dict[int, list[dict[str, Any]]] = {w: [] for w in args.workers}
    last: dict[int, Path] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-workers-") as tmp:
            work = Path(tmp)
            recipe = work / "bench.yaml"
            recipe.write_text(RECIPE.format(conc=args.concurrency, samples=args.samples, validators=_validators()))
            for rep in range(args.repeats):
                for w in args.workers:
                    out = work / f"run-w{w}-{rep}"
                    res = one_run(recipe, out, base_url, w, server.pid)
                    results[w].append(res)
                    last[w] = out
                    print(json.dumps(res), flush=True)
            same = len({tuple(rows(d)) for d in last.values()}) == 1
    finally:
        server.kill()
        server.wait()

    print(f"\nsamples {args.samples}, concurrency {args.concurrency}, repeats {args.repeats} (medians); cores "
          f"{len(os.sched_getaffinity(0))}, load average before the end {os.getloadavg()[0]:.2f}")  # fmt: skip
    print(f"{'workers':>8} {'tok/s run':>10} {'tok/s cmd':>10} {'run s':>7} {'cmd s':>7} {'client cpu s':>13} "
          f"{'of it writer':>13} {'cores used':>11} {'tok/cpu s':>10} {'server cpu s':>13}")  # fmt: skip
    base: dict[str, float] = {}
    for w in args.workers:
        med = {k: statistics.median(r[k] for r in results[w]) for k in results[w][0] if k != "workers"}
        base = base or med
        print(
            f"{w:>8} {med['tok_per_s_run']:>10.0f} {med['tok_per_s_cmd']:>10.0f} {med['run_s']:>7.2f} "
            f"{med['cmd_s']:>7.2f} {med['client_cpu_s']:>13.2f} {med['writer_cpu_s']:>13.2f} "
            f"{med['client_cores']:>11.2f} {med['tok_per_client_cpu_s']:>10.0f} {med['server_cpu_s']:>13.2f}   "
            f"x{med['tok_per_s_run'] / base['tok_per_s_run']:.2f} run, "
            f"x{med['tok_per_s_cmd'] / base['tok_per_s_cmd']:.2f} cmd"
        )
    first = args.workers[0]
    for w in args.workers[1:]:
        pairs = [b["tok_per_s_run"] / a["tok_per_s_run"] for a, b in zip(results[first], results[w], strict=True)]
        print(f"--workers {w} / --workers {first}, tok/s run, each repeat (run back to back, so under the same load): "
              f"{', '.join(f'x{r:.2f}' for r in pairs)}; median x{statistics.median(pairs):.2f}")  # fmt: skip
    print(f"identical rows and ledger (timings left out) across worker counts: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
