"""Client-side throughput, cancel lag and memory of mcrgen against a fast local server (scripts/bench_server.py).

The server runs in its own process, and every measurement runs in a fresh child process, so the client's CPU is
measured apart from the server's and from earlier levels. For each concurrency the same recipe runs (short
problem stage + ~300-token solution stage with the real in-flight validators; every second solution has a faulty
statement a third of the way in) and we report medians over ``--repeats`` of:

* completion tokens streamed and validated per second of *client* CPU (process time of the child),
* the server's CPU seconds over the same interval (from /proc), so its share is clear,
* cancel lag p50/p99 from report.json (this code: failing chunk's bytes read -> socket shut down),
* memory per in-flight stream: RSS growth while N streams are held open mid-generation (the slope of RSS
  over open streams, read after each quarter of them).

``--compare REF`` also runs the code of git ref REF (a temporary worktree), interleaved with the current code
level by level and repeat by repeat, so that before/after ratios come from the same minutes of a noisy machine.

Usage: python scripts/bench_client.py [--concurrency 1 64 512 2048] [--repeats 3] [--compare REF] [--burst 1]
       [--memory [N ...]] [--lag-clock wall|cpu]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The code under test: this checkout, or a worktree of another ref when run as a --child of --compare.
CODE = Path(os.environ.get("MCRGEN_BENCH_CODE", ROOT))
sys.path.insert(0, str(CODE))

RECIPE = """
name: bench
endpoint: {{model: scripted, concurrency: {conc}, usage: continuous}}
stages:
  - name: problem
    prompt: "Write a problem. {{{{ seed_id }}}}"
    max_tokens: 64
    checkpoints: final
  - name: solution
    prompt: "Solve: {{{{ problem }}}}"
    temperature: 0
    max_tokens: 1000
    expected_tokens: 300
    checkpoints: continuous
    validators: {validators}
budget: {{samples: {samples}}}
"""

VALIDATORS = [
    "arithmetic",
    "magnitude",
    "unexpected_negative",
    "hallucination_phrases",
    "answer_marker",
    "final_answer",
]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def start_server(
    tokens: int, burst: int, fault_every: int = 2, stall_after: int = 0
) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, str(ROOT / "scripts" / "bench_server.py"), "--tokens", str(tokens)]
    cmd += ["--burst", str(burst), "--fault-every", str(fault_every), "--stall-after", str(stall_after)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/v1"


STALL_AFTER = 100
"""Events of each held stream before the memory server stalls it (~240 chars of text); the client reads them all."""


def _validators() -> str:
    from mcrgen.validators import ValidatorError, get_validator

    names = []
    for v in VALIDATORS:
        try:
            get_validator(v)
            names.append(v)
        except ValidatorError:
            pass
    return json.dumps(names or ["tests.support.fake_validators:no_wrong"])


def _code(name: str) -> Any:
    """``module:attr`` of the code under test; a ref from before the layout change (issue 12) has flat modules."""
    import importlib

    new, old = LAYOUT[name]
    for where in (new, old):
        module, attr = where.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except ImportError:
            continue
    raise ImportError(name)


LAYOUT = {
    "run_recipe": ("mcrgen.engine.runner:run_recipe", "mcrgen.runner:run_recipe"),
    "load_recipe": ("mcrgen.recipe.loader:load_recipe", "mcrgen.recipe:load_recipe"),
    "build_report": ("mcrgen.rundir.report:build_report", "mcrgen.report:build_report"),
    "Endpoint": ("mcrgen.recipe.loader:Endpoint", "mcrgen.recipe:Endpoint"),
    "ChatRequest": ("mcrgen.wire.client:ChatRequest", "mcrgen.client:ChatRequest"),
    "Wire": ("mcrgen.wire.client:Wire", "mcrgen.client:Wire"),
}


def one_level(conc: int, samples: int, base_url: str, server_pid: int, workdir: Path) -> dict[str, float]:
    run_recipe, load_recipe, build_report = _code("run_recipe"), _code("load_recipe"), _code("build_report")

    path = workdir / f"bench-{conc}.yaml"
    path.write_text(RECIPE.format(conc=conc, samples=samples, validators=_validators()))
    out = workdir / f"run-{conc}-{time.monotonic_ns()}"
    recipe = load_recipe(path, base_url=base_url)
    cpu0, srv0, t0 = time.process_time(), _cpu_seconds(server_pid), time.perf_counter()
    asyncio.run(run_recipe(recipe, out, mode="inflight"))
    cpu, srv, wall = time.process_time() - cpu0, _cpu_seconds(server_pid) - srv0, time.perf_counter() - t0
    rep = build_report(out)
    tokens = rep["tokens"]["total"]["completion_tokens"]
    return {
        "completion_tokens": tokens,
        "client_cpu_s": round(cpu, 3),
        "server_cpu_s": round(srv, 3),
        "wall_s": round(wall, 3),
        "tokens_per_client_cpu_s": round(tokens / cpu),
        "cancel_lag_p50_ms": rep["cancel_lag_ms"]["p50"] or 0.0,
        "cancel_lag_p99_ms": rep["cancel_lag_ms"]["p99"] or 0.0,
    }


async def _hold_streams(base_url: str, n: int, steps: int = 4) -> float:
    """Open n streams in ``steps`` equal groups, read each up to where the server stalls it (:data:`STALL_AFTER`
    events, ~240 chars) and keep them all open; return the RSS
    growth per open stream in KB: the least-squares slope of RSS over open streams, read after each group.

    RSS grows in allocator-sized steps (an arena, a heap extension), so one reading at 64 streams moved by
    +-16 KB per stream from run to run (17-51 KB); the slope over five readings is far steadier."""
    Endpoint, ChatRequest, Wire = _code("Endpoint"), _code("ChatRequest"), _code("Wire")  # noqa: N806

    ep = Endpoint(base_url, "scripted", "X", n, "continuous", 600, 600, 0, {})
    wire = Wire(ep, "no-key")
    release = asyncio.Event()

    async def one(i: int, opened: asyncio.Future[None]) -> None:
        req = ChatRequest([{"role": "user", "content": f"Solve: Problem {2 * i}: x"}], 1000, 0.0)
        try:
            async with wire.stream(req) as events:
                text, read = "", 0
                async for ch in events:
                    text += ch.text
                    read += 1
                    if read == STALL_AFTER:  # all the server sent before it stalled: nothing is left unread
                        break
                opened.set_result(None)
                await release.wait()
        except Exception as exc:
            if not opened.done():
                opened.set_exception(exc)  # the measurement fails now, not after its 300 s wait
            raise

    # Warm up (imports, the SSL context, first connections), so the figure is per stream, not per process.
    points = [(0, _rss_kb())]
    tasks = []
    group = max(1, n // steps)
    for first in range(0, n, group):
        futures = [asyncio.get_running_loop().create_future() for _ in range(first, min(n, first + group))]
        tasks += [asyncio.create_task(one(first + k, f)) for k, f in enumerate(futures)]
        await asyncio.wait_for(asyncio.gather(*futures), 300)
        points.append((len(tasks), _rss_kb()))
    release.set()
    await asyncio.gather(*tasks)
    await wire.aclose()
    mean_x = statistics.fmean(x for x, _ in points)
    mean_y = statistics.fmean(y for _, y in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points)


def child(args: argparse.Namespace) -> None:
    """One measurement in this (fresh) process; prints one JSON line."""
    if args.child == "level":
        if args.lag_clock == "cpu":
            # Every perf_counter reading of the code under test becomes the main thread's CPU time: the cancel lag
            # then leaves out the time the process was off the CPU (preempted by other jobs, or by the server that
            # its own FIN woke on a shared core). wall_s means CPU seconds of the main thread in this mode.
            time.perf_counter = time.thread_time
        with tempfile.TemporaryDirectory() as tmp:
            out: dict[str, Any] = one_level(args.conc, args.samples, args.url, args.server_pid, Path(tmp))
    else:

        async def twice() -> float:
            await _hold_streams(args.url, 8)  # warm-up: imports, SSL context, allocator arenas
            return await _hold_streams(args.url, args.conc)

        out = {"kb_per_stream": round(asyncio.run(twice()), 1)}
    print(json.dumps(out), flush=True)


def _spawn(code: Path, argv: list[str]) -> dict[str, Any]:
    env = {**os.environ, "MCRGEN_BENCH_CODE": str(code), "PYTHONPATH": str(code)}
    res = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_client.py"), *argv], env=env, capture_output=True, text=True
    )
    if res.returncode != 0:
        raise SystemExit(f"bench child failed ({code}): {res.stderr[-2000:]}")
    out: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 64, 512, 2048])
    ap.add_argument("--samples-per-level", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tokens", type=int, default=300)
    ap.add_argument("--burst", type=int, default=1, help="server: SSE events per stream per write")
    ap.add_argument("--compare", metavar="REF", help="also run git ref REF, interleaved (before/after)")
    ap.add_argument(
        "--memory",
        type=int,
        nargs="*",
        default=[64, 512],
        help="open-stream counts for memory (bare --memory: 64 512; --memory 0: none)",
    )
    ap.add_argument(
        "--lag-clock",
        choices=["wall", "cpu"],
        default="wall",
        help="cpu: time the cancel lag in the main thread's CPU time (leaves out preemption on a busy machine)",
    )
    ap.add_argument("--child", choices=["level", "memory"], help=argparse.SUPPRESS)
    ap.add_argument("--conc", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--samples", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    ap.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory == []:  # a bare --memory asks for the default counts, not for none
        args.memory = [64, 512]
    args.memory = [n for n in args.memory if n > 0]
    if args.child:
        child(args)
        return
    codes: dict[str, Path] = {"current": ROOT}
    tmp = Path(tempfile.mkdtemp(prefix="mcrgen-bench-"))
    if args.compare:
        wt = tmp / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(wt), args.compare], check=True)
        codes = {args.compare: wt, "current": ROOT}
    server, base_url = start_server(args.tokens, args.burst)
    results: dict[str, dict[str, Any]] = {name: {} for name in codes}
    try:
        for conc in args.concurrency:
            samples = max(conc, min(args.samples_per_level, 64 * conc))
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name in codes}
            for _ in range(args.repeats):
                for name, code in codes.items():
                    argv = ["--child", "level", "--conc", str(conc), "--samples", str(samples)]
                    argv += ["--lag-clock", args.lag_clock]
                    runs[name].append(_spawn(code, [*argv, "--url", base_url, "--server-pid", str(server.pid)]))
            for name, rs in runs.items():
                med = {k: statistics.median(r[k] for r in rs) for k in rs[0]}
                results[name][f"conc {conc}"] = med
                print(f"{name:>10} concurrency {conc:>5}: " + ", ".join(f"{k}={v}" for k, v in med.items()), flush=True)
    finally:
        server.kill()
    # Memory: every stream held open mid-reply, the server stalled after STALL_AFTER events (as an engine between two
    # tokens): the client has read all that came, so the figure is its state per stream, not a body it left unread
    # (a server that kept writing filled each held stream's buffers up to the reader's pause, 256 KB).
    mem_server, mem_url = start_server(args.tokens, args.burst, fault_every=0, stall_after=STALL_AFTER)
    try:
        for n in args.memory:
            for name, code in codes.items():
                kb = statistics.median(
                    _spawn(code, ["--child", "memory", "--conc", str(n), "--url", mem_url])["kb_per_stream"]
                    for _ in range(args.repeats)
                )
                results[name][f"memory KB/stream at {n}"] = kb
                print(f"{name:>10} memory per open stream at {n}: {kb} KB", flush=True)
    finally:
        mem_server.kill()
        if args.compare:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "before")], check=False)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
