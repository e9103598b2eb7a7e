"""Benchmark the embedded model server: decode speed, time to first token, and what a closed stream costs.

    python scripts/bench_local.py                  # starts the embedded server (mcrgen.local.server) and measures it
    python scripts/bench_local.py --base-url http://127.0.0.1:8080/v1 --model m --pid 1234   # any other server

Everything goes to 127.0.0.1 only. Prints one JSON object per measurement and a summary at the end.
Numbers from one 2-core machine are in docs/embedded-model.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import time
import urllib.request
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openai import AsyncOpenAI

from mcrgen.local.server import DEFAULT_MODEL_NAME, LocalTokenizer, local_server

EOS_BAN = {"2": -100}  # SmolLM2's <|im_end|>: banning it makes every stream run to max_tokens, so runs compare
PROMPTS = [
    "Explain step by step how to add the fractions 3/4 and 5/6.",
    "Prove that the sum of two even numbers is even. Show every step.",
    "A train travels 180 km in 2.5 hours. What is its average speed? Explain.",
    "Solve the equation 3x + 7 = 22 and check your answer.",
    "What is the area of a triangle with base 12 and height 9? Explain.",
    "List the prime numbers below 50 and explain how you found them.",
]


def messages(i: int) -> list[dict[str, str]]:
    return [{"role": "user", "content": PROMPTS[i % len(PROMPTS)]}]


@dataclass
class StreamResult:
    started: float
    first: float | None = None
    last: float | None = None
    chunks: int = 0
    logprob_tokens: int = 0
    text: list[str] = field(default_factory=list)
    finish_reason: str | None = None

    @property
    def ttft(self) -> float:
        return (self.first or self.started) - self.started


def cpu_seconds(pid: int | None) -> float | None:
    """utime+stime of a process, all threads, from /proc (Linux)."""
    if pid is None:
        return None
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _delta(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else round(b - a, 2)


class Bench:
    def __init__(self, base_url: str, model: str, pid: int | None, log: Path | None, extra: dict[str, Any]):
        # Retries only happen before a response starts (e.g. a keep-alive connection the server had closed).
        self.client = AsyncOpenAI(base_url=base_url, api_key="x", max_retries=2, timeout=600)
        self.model, self.pid, self.log, self.extra = model, pid, log, extra

    def body(self, i: int, max_tokens: int, **kw: Any) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": messages(i),
            "max_tokens": max_tokens,
            "temperature": 0,
            "seed": 1,
            "logit_bias": EOS_BAN,
            **self.extra,
            **kw,
        }

    async def stream(self, i: int, max_tokens: int, stop_after: int | None = None, close: bool = True,
                     **kw: Any) -> tuple[StreamResult, Any]:  # fmt: skip
        """Stream one request; with stop_after, leave after that many content chunks (closing it or not)."""
        r = StreamResult(started=time.perf_counter())
        s = await self.client.chat.completions.create(**self.body(i, max_tokens, **kw), stream=True)
        async with AsyncExitStack() as stack:
            if close:
                await stack.enter_async_context(s)
            async for chunk in s:
                now = time.perf_counter()
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                if choice.delta.content:
                    r.first = r.first or now
                    r.last = now
                    r.chunks += 1
                    r.text.append(choice.delta.content)
                if choice.logprobs is not None and choice.logprobs.content:
                    r.logprob_tokens += len(choice.logprobs.content)
                r.finish_reason = choice.finish_reason or r.finish_reason
                if stop_after is not None and r.chunks >= stop_after:
                    break
        return r, s

    def log_size(self) -> int:
        return self.log.stat().st_size if self.log else 0

    def log_since(self, offset: int) -> str:
        if not self.log:
            return ""
        with self.log.open("rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")


def emit(kind: str, **data: Any) -> dict[str, Any]:
    row = {"kind": kind, **{k: round(v, 4) if isinstance(v, float) else v for k, v in data.items()}}
    print(json.dumps(row), flush=True)
    return row


async def bench_decode(b: Bench, n: int, max_tokens: int, **kw: Any) -> dict[str, Any]:
    rates, ttfts, ends = [], [], []
    for i in range(n):
        r, _ = await b.stream(i, max_tokens, **kw)
        assert r.first is not None and r.last is not None
        # Chunks equal tokens here (ASCII output; checked against logprobs), minus the first one for TTFT.
        rates.append((r.chunks - 1) / (r.last - r.first))
        ends.append(r.chunks / (r.last - r.started))  # request to last token, comparable with decode_c4
        ttfts.append(r.ttft)
    return emit("decode_c1", requests=n, max_tokens=max_tokens, extra=kw, tok_s_median=statistics.median(rates),
                tok_s_all=[round(x, 1) for x in rates], end_to_end_tok_s_median=statistics.median(ends),
                ttft_median_s=statistics.median(ttfts))  # fmt: skip


async def bench_concurrent(b: Bench, conc: int, max_tokens: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    results = await asyncio.gather(*(b.stream(i, max_tokens) for i in range(conc)))
    wall = time.perf_counter() - t0
    rs = [r for r, _ in results]
    tokens = sum(r.chunks for r in rs)
    return emit(f"decode_c{conc}", max_tokens=max_tokens, wall_s=wall, aggregate_tok_s=tokens / wall,
                ttft_s=sorted(round(r.ttft, 2) for r in rs), finish_reasons=[r.finish_reason for r in rs])  # fmt: skip


async def exact_overrun(b: Bench, tok: LocalTokenizer, i: int, max_tokens: int, stop_after: int) -> dict[str, Any]:
    """Tokens the server generated after we closed the stream, read from llama-cpp-python's prefix cache.

    The server keeps the KV cache of its last request. A greedy reference run gives the exact continuation; after
    the cancelled stream, a completion request whose prompt is prompt+reference reports in the log how many of
    its tokens were already cached, i.e. prompt + every token the cancelled stream evaluated.
    """
    ref = await b.client.chat.completions.create(**b.body(i, max_tokens))
    ref_text = ref.choices[0].message.content or ""
    prompt_tokens = tok.count_prompt(messages(i))
    r, _ = await b.stream(i, max_tokens, stop_after=stop_after)
    closed = time.perf_counter()
    delivered = "".join(r.text)
    offset = b.log_size()
    rendered = tok.render_prompt(messages(i)) + ref_text
    p0 = time.perf_counter()
    await b.client.completions.create(model=b.model, prompt=rendered, max_tokens=1, temperature=0)
    probe_latency = time.perf_counter() - p0
    await asyncio.sleep(0.2)  # let the log line reach the file
    hit = re.findall(r"(\d+) prefix-match hit", b.log_since(offset))
    if not hit or not ref_text.startswith(delivered):
        return emit("overrun_exact", ok=False, reason="no prefix line or greedy runs diverged")
    evaluated = int(hit[-1]) - prompt_tokens  # completion tokens fed back through the model
    delivered_tokens = tok.count(delivered)
    # The loop samples token k+1 right after evaluating token k, so one more token was sampled than evaluated.
    return emit("overrun_exact", ok=True, delivered_tokens=delivered_tokens, evaluated_tokens=evaluated,
                sampled_tokens=evaluated + 1, overrun_tokens=evaluated + 1 - delivered_tokens,
                probe_latency_s=probe_latency, since_close_s=p0 - closed)  # fmt: skip


async def cancel_followup(b: Bench, max_tokens: int, stop_after: int, close: bool) -> dict[str, Any]:
    """Leave a max_tokens stream after stop_after chunks, then time a small follow-up request.

    close=True uses `async with` (the connection is closed); close=False is a bare `break` that leaves the
    response open, the negative control.
    """
    offset = b.log_size()
    r, s = await b.stream(3, max_tokens, stop_after=stop_after, close=close)
    left = time.perf_counter()
    cpu0 = cpu_seconds(b.pid)
    follow, _ = await b.stream(4, 8)
    cpu_follow_done = cpu_seconds(b.pid)
    await asyncio.sleep(1.0)
    cpu_idle = cpu_seconds(b.pid)
    if not close:
        await s.close()  # now, so the benchmark itself leaks nothing
    disconnected = "disconnected" in b.log_since(offset)
    return emit("cancel_followup", closed=close, delivered_chunks=r.chunks, followup_ttft_s=follow.ttft,
                followup_started_after_leave_s=follow.started - left,
                followup_finish=follow.finish_reason, server_logged_disconnect=disconnected,
                server_cpu_during_followup_s=_delta(cpu0, cpu_follow_done),
                server_cpu_next_1s=_delta(cpu_follow_done, cpu_idle))  # fmt: skip


async def cancel_idle_cpu(b: Bench, max_tokens: int, stop_after: int) -> dict[str, Any]:
    """Server CPU in the 2 s after a close with nothing else running: ~0 if generation stopped."""
    r, _ = await b.stream(5, max_tokens, stop_after=stop_after)
    await asyncio.sleep(0.05)
    c0 = cpu_seconds(b.pid)
    await asyncio.sleep(2.0)
    c1 = cpu_seconds(b.pid)
    return emit("cancel_idle_cpu", delivered_chunks=r.chunks,
                server_cpu_2s_after_close=_delta(c0, c1))  # fmt: skip


def n_decode_total(metrics_url: str) -> float:
    with urllib.request.urlopen(metrics_url, timeout=10) as resp:
        text = resp.read().decode()
    return float(re.findall(r"^llamacpp:n_decode_total (\S+)$", text, re.M)[0])


async def overrun_metrics(b: Bench, metrics_url: str, max_tokens: int, stop_after: int) -> dict[str, Any]:
    """llama.cpp llama-server (--metrics): decode calls made for a stream we closed after stop_after chunks.

    One call evaluates the (short) prompt and samples token 1; each further call samples one more token, so the
    calls counted once the server is idle again equal the tokens sampled.
    """
    before = n_decode_total(metrics_url)
    r, _ = await b.stream(2, max_tokens, stop_after=stop_after)
    await asyncio.sleep(1.5)
    sampled = n_decode_total(metrics_url) - before
    return emit("overrun_metrics", delivered_chunks=r.chunks, decode_calls=sampled,
                overrun_tokens=sampled - r.chunks)  # fmt: skip


async def discrepancy(b: Bench, tok: LocalTokenizer, n: int, max_tokens: int) -> dict[str, Any]:
    """Re-tokenized completion text vs the server's own completion_tokens, sampled (not greedy) outputs."""
    diffs = []
    for i in range(n):
        body = b.body(i, max_tokens, temperature=0.9, seed=100 + i)
        body.pop("logit_bias")
        res = await b.client.chat.completions.create(**body)
        assert res.usage is not None
        diffs.append(res.usage.completion_tokens - tok.count(res.choices[0].message.content or ""))
    return emit("retokenize_vs_usage", samples=n, nonzero=sum(d != 0 for d in diffs), diffs=diffs)


@asynccontextmanager
async def target(args: argparse.Namespace) -> AsyncIterator[tuple[str, str, int | None, Path | None]]:
    if args.base_url:
        yield args.base_url, args.model, args.pid, None
        return
    with local_server(log_dir=Path(args.log_dir) if args.log_dir else None, extra_args=args.server_arg) as srv:
        yield srv.base_url, srv.model, srv.pid, srv.log_path


async def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base-url", help="bench an already running server instead of starting the embedded one")
    p.add_argument("--model", default=DEFAULT_MODEL_NAME)
    p.add_argument("--pid", type=int, help="server pid, for CPU-time evidence (--base-url only)")
    p.add_argument("--metrics-url", help="llama-server /metrics URL (started with --metrics), for its overrun")
    p.add_argument("--log-dir", help="keep the embedded server's log here")
    p.add_argument("--server-arg", action="append", default=[], help="extra llama_cpp.server argument")
    p.add_argument("--requests", type=int, default=3)
    p.add_argument("--max-tokens", type=int, default=200)
    p.add_argument("--cancel-max-tokens", type=int, default=400)
    p.add_argument("--stop-after", type=int, default=20)
    p.add_argument("--discrepancy", type=int, default=20, help="samples for the re-tokenization check (0: skip)")
    p.add_argument("--only", default="", help="comma list: decode,logprobs,conc,cancel,exact,discrepancy (default all)")
    args = p.parse_args(argv)
    only = set(filter(None, args.only.split(",")))

    def want(name: str) -> bool:
        return not only or name in only

    async with target(args) as (base_url, model, pid, log):
        b = Bench(base_url, model, pid, log, {})
        tok = LocalTokenizer()
        emit("target", base_url=base_url, model=model, pid=pid, log=str(log) if log else None)
        await b.stream(0, 4)  # warm-up
        if want("decode"):
            await bench_decode(b, args.requests, args.max_tokens)
        if want("logprobs"):
            await bench_decode(b, args.requests, args.max_tokens, logprobs=True, top_logprobs=0)
        if want("conc"):
            await bench_concurrent(b, 4, args.max_tokens // 2)
        if want("cancel"):
            await cancel_idle_cpu(b, args.cancel_max_tokens, args.stop_after)
            await cancel_followup(b, args.cancel_max_tokens, args.stop_after, close=True)
            await cancel_followup(b, args.cancel_max_tokens, args.stop_after, close=False)
        if want("exact") and log is not None:
            for i in range(3):
                await exact_overrun(b, tok, i, args.cancel_max_tokens, args.stop_after)
        if want("exact") and args.metrics_url:
            for _ in range(3):
                await overrun_metrics(b, args.metrics_url, args.cancel_max_tokens, args.stop_after)
        if want("discrepancy") and args.discrepancy:
            await discrepancy(b, tok, args.discrepancy, 150)
        await b.client.close()


if __name__ == "__main__":
    asyncio.run(main())
