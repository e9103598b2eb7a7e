"""mcrgen side by side with what a user would write without it: client CPU per token for the same streams.

Same workload for every arm: ``--samples`` chat completions of one solution prompt each ("Solve: Problem N: ...",
a seed per request (the SDK arms send N, mcrgen its own per-sample seed; the server ignores it), temperature 0,
max_tokens 1000), every reply ``--tokens`` tokens (no faults: every reply is read to its
end, so every arm moves the same tokens), ``--concurrency`` in flight, against ``scripts/bench_server.py`` in its
own process. Arms:

* ``mcrgen``: ``run_recipe`` on a one-stage recipe with the in-flight validators of ``bench_client.py``, checked
  continuously, accepted samples and reports written to disk as in a real run;
* ``mcrgen-novalid``: the same recipe with no validators (the wire, the runner, rows and ledger, no gates);
* ``mcrgen-wire``: mcrgen's ``Wire.stream`` alone in a semaphore loop, text joined in memory (no runner);
* ``sdk-stream``: the idiomatic loop, ``async for chunk in await client.chat.completions.create(..., stream=True)``
  on a default ``AsyncOpenAI``, joining ``chunk.choices[0].delta.content``, under an ``asyncio.Semaphore``;
* ``sdk-whole``: ``await client.chat.completions.create(...)`` without streaming, as SDG tools that do not stream
  call it, reading ``.choices[0].message.content`` and ``.usage``.

The streaming arms ask for usage on every chunk (``include_usage`` + ``continuous_usage_stats``), as mcrgen does.
A non-streamed reply is written after as many server ticks as its stream takes, so every arm waits alike.

Every run is a fresh child process, which first runs ``WARMUP`` requests of its arm (lazy imports, first-use
setup) and then the measured run; arms are interleaved (a b c ... a b c ...) ``--repeats`` times so all arms see
the same minutes of a noisy machine. Figures per arm are medians over repeats of: client CPU (``process_time`` of
the child over the measured run) per completion token, tokens per client CPU-second, the child's whole
CPU (interpreter start, imports and warm-up included, from the parent's ``RUSAGE_CHILDREN``), wall time, the
event loop's lag (p50 and max over the run: how late a 50 ms sleep wakes), and RSS after the warm-up and at its peak.
A run that fails (the SDK's own 5 s connect timeout trips when its loop lags longer) is counted and named.
The server's CPU is never counted.

mcrgen is reached through ``bench_client.py``'s entry-point table (``_code``), so this script follows any layout
that ``bench_client.py`` follows. ``--compare REF`` adds the ``mcrgen`` arm run on the code of git ref REF.

Usage: python scripts/bench_peers.py [--concurrency 64 512] [--samples 1024] [--tokens 256] [--repeats 3]
       [--arms mcrgen sdk-stream ...] [--compare REF]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import bench_client  # noqa: E402  (puts the code under test, MCRGEN_BENCH_CODE, on sys.path)

ARMS = ["mcrgen", "mcrgen-novalid", "mcrgen-wire", "sdk-stream", "sdk-whole"]
PROMPT = "Solve: Problem {i:06d}: Tom has 12 apples and buys 30 more. How many apples?"
MAX_TOKENS = 1000
WARMUP = 4
CONTINUOUS = {"include_usage": True, "continuous_usage_stats": True}

RECIPE = """
name: peers
endpoint: {{model: scripted, concurrency: {conc}, usage: continuous}}
stages:
  - name: solution
    prompt: "Solve: Problem {{{{ seed_id }}}}: Tom has 12 apples and buys 30 more. How many apples?"
    temperature: 0
    max_tokens: {max_tokens}
    expected_tokens: {tokens}
    checkpoints: continuous
    validators: {validators}
budget: {{samples: {samples}}}
"""


class Tally:
    """What an in-memory arm read: completion tokens (the server's count) and characters of text."""

    def __init__(self) -> None:
        self.tokens = 0
        self.chars = 0
        self.replies = 0

    def add(self, text: str, tokens: int) -> None:
        self.tokens += tokens
        self.chars += len(text)
        self.replies += 1


def _messages(i: int) -> list[dict[str, str]]:
    return [{"role": "user", "content": PROMPT.format(i=i)}]


async def _bounded(conc: int, samples: int, one: Callable[[int], Awaitable[None]]) -> None:
    sem = asyncio.Semaphore(conc)

    async def gated(i: int) -> None:
        async with sem:
            await one(i)

    await asyncio.gather(*(gated(i) for i in range(samples)))


@dataclass
class Job:
    """One run of one arm: where to send, how many, how wide, and a scratch folder of its own."""

    url: str
    conc: int
    samples: int
    tokens: int
    workdir: Path


def _recipe(job: Job, validators: bool) -> Any:
    path = job.workdir / "peers.yaml"
    names = bench_client._validators() if validators else "[]"
    fields = {"conc": job.conc, "samples": job.samples, "tokens": job.tokens, "max_tokens": MAX_TOKENS}
    path.write_text(RECIPE.format(validators=names, **fields))
    return bench_client._code("load_recipe")(path, base_url=job.url)


def arm_mcrgen(job: Job, validators: bool) -> dict[str, Any]:
    run_recipe, build_report = bench_client._code("run_recipe"), bench_client._code("build_report")
    recipe = _recipe(job, validators)
    out = job.workdir / "run"
    cpu0, t0 = time.process_time(), time.perf_counter()
    lags = asyncio.run(_watched(run_recipe(recipe, out, mode="inflight")))
    cpu, wall, peak = time.process_time() - cpu0, time.perf_counter() - t0, _peak_rss_mb()
    rep = build_report(out)
    accepted = rep["funnel"]["accepted"]
    if accepted != job.samples:
        raise SystemExit(f"mcrgen accepted {accepted} of {job.samples}: the arms would not do the same work")
    chars = sum(len(json.loads(ln)["outputs"]["solution"]) for ln in (out / "accepted.jsonl").open())
    tokens = rep["tokens"]["total"]["completion_tokens"]
    return {"cpu": cpu, "wall": wall, "peak_rss_mb": peak, **lags, "tokens": tokens, "chars": chars,
            "replies": accepted}  # fmt: skip


def arm_wire(job: Job) -> dict[str, Any]:
    chat_request, wire_cls = bench_client._code("ChatRequest"), bench_client._code("Wire")
    endpoint = _recipe(job, validators=False).endpoint
    tally = Tally()

    async def run() -> None:
        wire = wire_cls(endpoint, "no-key")

        async def one(i: int) -> None:
            parts, tokens = [], 0
            async with wire.stream(chat_request(_messages(i), MAX_TOKENS, 0.0, seed=i)) as events:
                async for chunk in events:
                    parts.append(chunk.text)
                    tokens = chunk.completion_tokens or tokens
            tally.add("".join(parts), tokens)

        await _bounded(job.conc, job.samples, one)
        await wire.aclose()

    return _timed(run, tally)


def arm_sdk(job: Job, stream: bool) -> dict[str, Any]:
    import openai

    tally = Tally()

    async def run() -> None:
        client = openai.AsyncOpenAI(base_url=job.url, api_key="no-key")

        async def one_stream(i: int) -> None:
            parts, usage = [], None
            reply = await client.chat.completions.create(
                model="scripted", messages=_messages(i), max_tokens=MAX_TOKENS, temperature=0, seed=i,
                stream=True, stream_options=CONTINUOUS,  # type: ignore[arg-type]
            )  # fmt: skip
            async for chunk in reply:
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
                usage = chunk.usage or usage
            tally.add("".join(parts), usage.completion_tokens if usage else 0)

        async def one_whole(i: int) -> None:
            reply = await client.chat.completions.create(
                model="scripted", messages=_messages(i), max_tokens=MAX_TOKENS, temperature=0, seed=i
            )
            tally.add(reply.choices[0].message.content or "", reply.usage.completion_tokens if reply.usage else 0)

        await _bounded(job.conc, job.samples, one_stream if stream else one_whole)
        await client.close()

    return _timed(run, tally)


LAG_TICK = 0.05


async def _watched(work: Awaitable[Any]) -> dict[str, float]:
    """Run ``work`` beside a watcher that sleeps ``LAG_TICK`` and notes how late it wakes: the event loop's lag.

    A loop that parses for seconds between two looks at its sockets also misses its own timers, connect timeouts
    included; the watcher costs ~20 wake-ups a second, the same in every arm."""
    lags: list[float] = []
    task = asyncio.ensure_future(work)
    while not task.done():
        t = time.perf_counter()
        await asyncio.wait({task}, timeout=LAG_TICK)
        if not task.done():
            lags.append(time.perf_counter() - t - LAG_TICK)
    task.result()
    lags.sort()
    pick = (lambda q: lags[min(len(lags) - 1, int(q * len(lags)))] * 1e3) if lags else (lambda q: 0.0)
    return {"lag_p50_ms": pick(0.5), "lag_max_ms": pick(1.0)}


def _timed(run: Callable[[], Awaitable[None]], tally: Tally) -> dict[str, Any]:
    cpu0, t0 = time.process_time(), time.perf_counter()
    lags = asyncio.run(_watched(run()))
    cpu, wall, peak = time.process_time() - cpu0, time.perf_counter() - t0, _peak_rss_mb()
    return {"cpu": cpu, "wall": wall, "peak_rss_mb": peak, **lags, "tokens": tally.tokens, "chars": tally.chars,
            "replies": tally.replies}  # fmt: skip


def _settle(idle_share: float = 0.05, step: float = 0.2, limit: float = 30.0) -> None:
    """Wait until this process is idle: work the warm-up left to background threads (mcrgen loads a tiktoken
    encoding in one, about a CPU-second) must not land in the measured run."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        cpu0 = time.process_time()
        time.sleep(step)
        if time.process_time() - cpu0 < idle_share * step:
            return


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak_rss() -> None:
    """Start the high-water mark (VmHWM) afresh at the current RSS, so the warm-up's peak is not counted."""
    Path("/proc/self/clear_refs").write_text("5")


def _peak_rss_mb() -> float:
    """Peak RSS since :func:`_reset_peak_rss`, read before this script's own checks (report, row reading)."""
    return _status_mb("VmHWM")


def run_arm(arm: str, job: Job) -> dict[str, Any]:
    if arm in ("mcrgen", "mcrgen-novalid"):
        return arm_mcrgen(job, validators=arm == "mcrgen")
    if arm == "mcrgen-wire":
        return arm_wire(job)
    return arm_sdk(job, stream=arm == "sdk-stream")


def child(args: argparse.Namespace) -> None:
    """One arm in this fresh process: a warm-up run, then the measured one; prints one JSON line.

    The warm-up (``WARMUP`` requests, own client and run folder) pays each arm's lazy imports and first-use setup
    before the clock starts, so the figure is per token of a run, not per process."""
    with tempfile.TemporaryDirectory() as tmp:
        warm = Job(args.url, args.conc, WARMUP, args.tokens, Path(tmp) / "warm")
        measured = Job(args.url, args.conc, args.samples, args.tokens, Path(tmp) / "measured")
        warm.workdir.mkdir()
        measured.workdir.mkdir()
        run_arm(args.child, warm)
        _settle()
        _reset_peak_rss()
        rss_before = _status_mb("VmRSS")
        out = run_arm(args.child, measured)
    out["rss_before_mb"] = rss_before
    print(json.dumps(out), flush=True)


def spawn(code: Path, arm: str, conc: int, args: argparse.Namespace, url: str) -> dict[str, Any] | None:
    env = {**os.environ, "MCRGEN_BENCH_CODE": str(code), "PYTHONPATH": str(code)}
    argv = [sys.executable, str(Path(__file__).resolve()), "--child", arm, "--conc", str(conc), "--url", url]
    argv += ["--samples", str(args.samples), "--tokens", str(args.tokens)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    res = subprocess.run(argv, env=env, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode != 0:
        # Reported and counted, not fatal: one run's failure must not throw away the interleaved others.
        print(f"FAILED {arm} at {conc} ({code}): {res.stderr[-1500:]}", file=sys.stderr, flush=True)
        return None
    out: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    out["process_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return out


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    return {
        "us_per_token": round(med["cpu"] / med["tokens"] * 1e6, 1),
        "tokens_per_cpu_s": round(statistics.median(r["tokens"] / r["cpu"] for r in runs)),
        "client_cpu_s": round(med["cpu"], 2),
        "process_cpu_s": round(med["process_cpu"], 2),
        "wall_s": round(med["wall"], 2),
        "lag_p50_ms": round(med["lag_p50_ms"]),
        "lag_max_ms": round(med["lag_max_ms"]),
        "rss_before_mb": round(med["rss_before_mb"], 1),
        "peak_rss_mb": round(med["peak_rss_mb"], 1),
        "tokens": med["tokens"],
        "chars": med["chars"],
        "replies": med["replies"],
    }


def table(results: dict[int, dict[str, dict[str, Any]]], baseline: str) -> str:
    lines = [
        "| concurrency | arm | client CPU µs/token | tokens per client CPU-s | vs " + baseline
        + " | client CPU-s (whole process) | wall s | loop lag p50 / max ms | RSS MB: warmed up → peak |",
        "|---:|---|---:|---:|---:|---|---:|---|---|",
    ]  # fmt: skip
    for conc, arms in results.items():
        base = arms.get(baseline)
        for arm, s in arms.items():
            ratio = f"×{s['us_per_token'] / base['us_per_token']:.2f}" if base else "-"
            failed = f" ({s['failed']} run(s) failed)" if s["failed"] else ""
            lines.append(
                f"| {conc} | {arm}{failed} | {s['us_per_token']} | {s['tokens_per_cpu_s']:,} | {ratio} | "
                f"{s['client_cpu_s']} ({s['process_cpu_s']}) | {s['wall_s']} | {s['lag_p50_ms']} / {s['lag_max_ms']} | "
                f"{s['rss_before_mb']} → {s['peak_rss_mb']} |"
            )
    return "\n".join(lines)


def measure(args: argparse.Namespace, codes: dict[str, Path]) -> dict[int, dict[str, dict[str, Any]]]:
    plan = [(arm, ROOT) for arm in args.arms] + [("mcrgen@" + ref, code) for ref, code in codes.items()]
    server, url = bench_client.start_server(args.tokens, args.burst, fault_every=0)
    results: dict[int, dict[str, dict[str, Any]]] = {}
    try:
        for conc in args.concurrency:
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in plan}
            failed = {name: 0 for name, _ in plan}
            for rep in range(args.repeats):
                for name, code in plan:
                    r = spawn(code, name.split("@")[0], conc, args, url)
                    if r is None:
                        failed[name] += 1
                        continue
                    runs[name].append(r)
                    print(f"conc {conc} repeat {rep + 1} {name}: {json.dumps(r)}", file=sys.stderr, flush=True)
            results[conc] = {name: {**summary(rs), "failed": failed[name]} for name, rs in runs.items() if rs}
            work = {name: (s["replies"], s["tokens"], s["chars"]) for name, s in results[conc].items()}
            if len(set(work.values())) != 1:  # the figures are per token: they compare only for the same work
                print(f"WARNING: arms did different work (replies, tokens, chars) at {conc}: {work}", file=sys.stderr)
    finally:
        server.kill()
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--concurrency", type=int, nargs="+", default=[64])
    ap.add_argument("--samples", type=int, default=1024)
    ap.add_argument("--tokens", type=int, default=256, help="server: tokens per reply (about)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--burst", type=int, default=1, help="server: SSE events per stream per write")
    ap.add_argument("--arms", nargs="+", choices=ARMS, default=ARMS)
    ap.add_argument("--compare", metavar="REF", help="also run the mcrgen arm on git ref REF, interleaved")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--conc", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--url", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        try:
            child(args)
        except Exception as exc:
            # The SDK wraps transport errors (APITimeoutError from a ConnectTimeout ...): name every link.
            chain = []
            link: BaseException | None = exc
            while link is not None and len(chain) < 8:
                chain.append(f"{type(link).__module__}.{type(link).__name__}: {link}")
                link = link.__cause__ or link.__context__
            sys.exit("child failed: " + " <- ".join(chain))
        return
    codes: dict[str, Path] = {}
    tmp = Path(tempfile.mkdtemp(prefix="mcrgen-peers-"))
    if args.compare:
        codes[args.compare] = tmp / "ref"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tmp / "ref"), args.compare], check=True
        )
    try:
        results = measure(args, codes)
    finally:
        if args.compare:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "ref")], check=False)
    print(json.dumps(results, indent=2))
    print(table(results, "sdk-stream" if "sdk-stream" in args.arms else args.arms[0]))


if __name__ == "__main__":
    main()
