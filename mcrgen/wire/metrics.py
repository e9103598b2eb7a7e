"""The server's own token counters, read from its Prometheus ``/metrics`` page around a run.

Per request, mcrgen counts what the server reports on the stream: a cancelled stream's count is the last usage
chunk it received. The engine may decode a little more before it notices the hang-up (one step, usually), and in
one CI run vLLM 0.32 decoded the whole rest of an answer (75 tokens) after mcrgen had hung up. Only the server's
counters show that, so where a server exposes them mcrgen reads them before the first request and again once the
server is idle after the last, and the report puts the server's figure next to its own.

Known servers: vLLM, SGLang, llama.cpp (``--metrics``). Anything else (404, a page of another shape, a slow or huge
reply) reads as "no counters": this is a cross-check, never a reason for a run to fail. The page is data from the
server, bounded in size and time like any other reply.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import asdict, dataclass

import httpx2

from mcrgen.redact import scrub


@dataclass(frozen=True, slots=True)
class Family:
    """The metric names one server family uses for what mcrgen needs."""

    server: str
    completion: str
    prompt: str
    busy: tuple[str, ...]
    """Gauges of requests running or queued: the counters are final only when these are all 0."""


FAMILIES = (
    Family(
        "vllm",
        "vllm:generation_tokens_total",
        "vllm:prompt_tokens_total",
        ("vllm:num_requests_running", "vllm:num_requests_waiting"),
    ),
    Family(
        "sglang",
        "sglang:generation_tokens_total",
        "sglang:prompt_tokens_total",
        ("sglang:num_running_reqs", "sglang:num_queue_reqs"),
    ),
    Family(
        "llama.cpp",
        "llamacpp:tokens_predicted_total",
        "llamacpp:prompt_tokens_total",
        ("llamacpp:requests_processing", "llamacpp:requests_deferred"),
    ),
)

MAX_PAGE_BYTES = 8 << 20
"""A metrics page larger than this is not read (vLLM's is ~100 KB)."""
TIMEOUT_S = 3.0
IDLE_WAIT_S = 10.0
"""How long the end reading waits for the server to finish what it still decodes (a hang-up it has not seen yet)."""
IDLE_POLL_S = 0.1


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of a server's counters (summed over its label sets, e.g. one per model or engine)."""

    server: str
    prompt_tokens: float
    completion_tokens: float
    busy: float


def _samples(page: str, names: set[str]) -> dict[str, float]:
    """Sum each wanted metric over its label sets. Lines of other metrics are skipped without parsing."""
    sums: dict[str, float] = {}
    for line in page.splitlines():
        if not line or line[0] == "#":
            continue
        name_end = min((i for i in (line.find("{"), line.find(" ")) if i >= 0), default=-1)
        if name_end <= 0 or line[:name_end] not in names:
            continue
        value = line.rsplit("}", 1)[-1].split()[0] if "}" in line else line.split()[1]
        number = float(value)
        if number != number or number in (float("inf"), float("-inf")) or number < 0:
            raise ValueError(f"{line[:name_end]} is {value}")
        sums[line[:name_end]] = sums.get(line[:name_end], 0.0) + number
    return sums


def parse_page(page: str) -> Reading | None:
    """The counters of the first known server family found on a metrics page; None when none is complete."""
    for fam in FAMILIES:
        if fam.completion not in page:
            continue
        try:
            got = _samples(page, {fam.completion, fam.prompt, *fam.busy})
        except (ValueError, IndexError):
            return None
        if fam.completion in got and fam.prompt in got:
            return Reading(fam.server, got[fam.prompt], got[fam.completion], sum(got.get(b, 0.0) for b in fam.busy))
    return None


def server_root(base_url: str) -> str:
    """``http://host:port/v1`` -> ``http://host:port``: where a server's own routes live (/metrics, /tokenize)."""
    return base_url.rstrip("/").removesuffix("/v1")


def metrics_url(base_url: str) -> str:
    """``http://host:port/v1`` -> ``http://host:port/metrics`` (the page lives at the server's root)."""
    return server_root(base_url) + "/metrics"


async def _read_one(client: httpx2.AsyncClient, base_url: str) -> Reading | None:
    try:
        async with client.stream("GET", metrics_url(base_url)) as response:
            if response.status_code != 200:
                return None
            body = bytearray()
            async for part in response.aiter_raw():
                body += part
                if len(body) > MAX_PAGE_BYTES:
                    return None
    except (httpx2.HTTPError, OSError, ValueError):
        return None
    return parse_page(body.decode("utf-8", "replace"))


def _client(api_key: str) -> httpx2.AsyncClient:
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    return httpx2.AsyncClient(timeout=TIMEOUT_S, headers=headers)


async def read(base_urls: tuple[str, ...], api_key: str) -> Reading | None:
    """The counters summed over every replica; None unless each one answers with a known page."""
    async with _client(api_key) as client:
        return await _read_all(client, base_urls)


async def _read_all(client: httpx2.AsyncClient, base_urls: tuple[str, ...]) -> Reading | None:
    try:
        readings = await asyncio.wait_for(asyncio.gather(*(_read_one(client, u) for u in base_urls)), TIMEOUT_S * 2)
    except TimeoutError:
        return None
    if not readings or any(r is None for r in readings) or len({r.server for r in readings if r}) != 1:
        return None
    done = [r for r in readings if r is not None]
    return Reading(
        done[0].server,
        sum(r.prompt_tokens for r in done),
        sum(r.completion_tokens for r in done),
        sum(r.busy for r in done),
    )


async def read_when_idle(
    base_urls: tuple[str, ...], api_key: str, wait_s: float = IDLE_WAIT_S
) -> tuple[Reading | None, bool]:
    """A reading once the server has nothing running or queued (True), or the last one after ``wait_s`` (False)."""
    deadline = time.monotonic() + wait_s
    async with _client(api_key) as client:  # one pool for every poll
        while True:
            got = await _read_all(client, base_urls)
            if got is None:
                return None, False
            if got.busy == 0:
                return got, True
            if time.monotonic() >= deadline:
                return got, False
            await asyncio.sleep(IDLE_POLL_S)


def session_record(before: Reading, after: Reading, settled: bool, base_urls: tuple[str, ...]) -> dict[str, object]:
    """What a session stores in run.json: the rise of each counter while it ran, and where it was read."""
    return {
        "server": after.server,
        "source": scrub(", ".join(metrics_url(u) for u in base_urls)),
        "prompt_tokens": int(after.prompt_tokens - before.prompt_tokens),
        "completion_tokens": int(after.completion_tokens - before.completion_tokens),
        "settled": settled,
        "before": asdict(before),
    }
