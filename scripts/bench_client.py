"""Client-side throughput, cancel lag and memory of mcrgen against a fast local scripted server.

The server runs in its own process so the client's CPU can be measured apart from it. For each concurrency the
same recipe runs (short problem stage + ~300-token solution stage with in-flight validators; every second
solution has a faulty statement a third of the way in) and we report:

* completion tokens streamed and validated per second of *client* CPU (process time of this process),
* the server's CPU seconds over the same interval (from /proc), so its share is clear,
* cancel lag p50/p99 (validator verdict -> connection closed), from report.json,
* memory per in-flight stream: RSS growth while N streams are held open mid-generation.

Usage: python scripts/bench_client.py [--concurrency 1 64 512 2048] [--samples-per-level 2048] [--repeats 3]
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mcrgen.recipe import load_recipe  # noqa: E402
from mcrgen.report import build_report  # noqa: E402
from mcrgen.runner import run_recipe  # noqa: E402

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


def start_server(tokens: int, extra: list[str] | None = None) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.scripted_server", "--tokens", str(tokens), *(extra or [])],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}/v1"


def _validators() -> str:
    from mcrgen.validators import ValidatorError, get_validator

    names = []
    for v in VALIDATORS:
        try:
            get_validator(v)
            names.append(v)
        except ValidatorError:
            pass
    return json.dumps(names or ["tests.fake_validators:no_wrong"])


def one_level(conc: int, samples: int, base_url: str, server_pid: int, workdir: Path) -> dict[str, float]:
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


async def _hold_streams(base_url: str, n: int) -> float:
    """Open n streams that stall mid-generation; return RSS growth per open stream in KB."""
    from mcrgen.client import ChatRequest, Wire
    from mcrgen.recipe import Endpoint

    ep = Endpoint(base_url, "scripted", "X", n, "continuous", 600, 600, 0, {})
    wire = Wire(ep, "no-key")
    opened = asyncio.Event()
    count = 0
    release = asyncio.Event()

    async def one(i: int) -> None:
        nonlocal count
        req = ChatRequest([{"role": "user", "content": f"Solve: Problem {2 * i}: x"}], 1000, 0.0)
        async with wire.stream(req) as events:
            text = ""
            async for ch in events:
                text += ch.text
                if len(text) > 200:
                    break
            count += 1
            if count == n:
                opened.set()
            await release.wait()

    before = _rss_kb()
    tasks = [asyncio.create_task(one(i)) for i in range(n)]
    await asyncio.wait_for(opened.wait(), 300)
    after = _rss_kb()
    release.set()
    await asyncio.gather(*tasks)
    await wire.aclose()
    return (after - before) / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--concurrency", type=int, nargs="+", default=[1, 64, 512, 2048])
    ap.add_argument("--samples-per-level", type=int, default=1024)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--tokens", type=int, default=300)
    args = ap.parse_args()
    server, base_url = start_server(args.tokens)
    results = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for conc in args.concurrency:
                samples = max(conc, min(args.samples_per_level, 64 * conc))
                runs = [one_level(conc, samples, base_url, server.pid, Path(tmp)) for _ in range(args.repeats)]
                med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
                results[conc] = med
                print(f"concurrency {conc:>5}: " + ", ".join(f"{k}={v}" for k, v in med.items()), flush=True)
    finally:
        server.kill()
    stall, stall_url = start_server(args.tokens, ["--fault-every", "0"])
    try:
        from tests import scripted_server  # noqa: F401  (the stall server variant below)

        mem = {}
        for n in (64, 512):
            mem[n] = round(asyncio.run(_hold_streams(stall_url, n)), 1)
            print(f"memory per open stream at {n}: {mem[n]} KB", flush=True)
    finally:
        stall.kill()
    print(json.dumps({"levels": results, "memory_kb_per_stream": mem}, indent=2))


if __name__ == "__main__":
    main()
