"""A scripted OpenAI-compatible server on 127.0.0.1: real HTTP/1.1, real SSE, deterministic replies.

It runs its own event loop in a background thread, so code under test talks to it through the real ``openai``
client exactly as it would talk to vLLM. Per request it records what arrived, how many tokens it sent, and
whether (and when) the client hung up, which is what cancellation tests need to observe.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Llama-style pieces: words with their leading space, single digits, single punctuation marks.
_TOKENS = re.compile(r" ?[A-Za-z]+| ?\d| ?[^\sA-Za-z\d]|\s+")


def tokenize(text: str) -> list[str]:
    return _TOKENS.findall(text)


@dataclass
class Reply:
    text: str = ""
    tokens: list[str] | None = None
    finish_reason: str | None = "stop"
    """None: end the stream with a bare [DONE] (what llama-cpp-python does when it interrupts a request)."""
    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds per token: the 'engine' speed."""
    disconnect_after: int | None = None
    """Drop the connection after this many tokens (a mid-stream failure)."""
    malformed_after: int | None = None
    """Send a broken SSE payload after this many tokens, then nothing until the client hangs up."""
    stall_after: int | None = None
    """Stop sending (but keep the connection open) after this many tokens."""

    def pieces(self) -> list[str]:
        return self.tokens if self.tokens is not None else tokenize(self.text)


@dataclass
class RequestLog:
    body: dict[str, Any]
    path: str
    tokens_planned: int = 0
    tokens_sent: int = 0
    disconnected: bool = False
    completed: bool = False
    t_start: float = 0.0
    t_end: float = 0.0
    prompt_tokens: int = 0
    cached_tokens: int = 0


Script = Callable[[dict[str, Any], int], Reply]


def _words(body: dict[str, Any]) -> int:
    return sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))


USAGE_MODES = ("as_asked", "final_only")


class ScriptedServer:
    """``usage="final_only"``: like hosted APIs, ignore ``continuous_usage_stats`` and send usage only at the end of
    a finished stream. ``tokenize``: serve vLLM's ``POST /tokenize`` with this server's own token counts.
    ``prefix_cache``: report ``prompt_tokens_details.cached_tokens`` (a prompt seen before counts as cached).
    ``metrics``: serve vLLM-shaped ``GET /metrics`` counters of every token this server generated, where
    ``overrun`` more tokens are "decoded" after each hang-up (never sent, as an engine that notices late)."""

    def __init__(
        self,
        script: Script,
        *,
        models: tuple[str, ...] = ("scripted",),
        api_key: str | None = None,
        usage: str = "as_asked",
        tokenize: bool = False,
        prefix_cache: bool = False,
        metrics: bool = False,
        overrun: int = 0,
    ):
        assert usage in USAGE_MODES
        self.metrics = metrics
        self.overrun = overrun
        self.prompt_tokens_total = 0
        self.generation_tokens_total = 0
        self.script = script
        self.usage = usage
        self.tokenize = tokenize
        self.prefix_cache = prefix_cache
        self.tokenize_calls = 0
        self._prompts_seen: set[str] = set()
        self.models = models
        self.api_key = api_key
        self.log: list[RequestLog] = []
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.AbstractServer | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ScriptedServer:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=4096), self._loop
        )
        self._server = fut.result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        async def _close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(_close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def chat_logs(self) -> list[RequestLog]:
        return [r for r in self.log if r.path.endswith("/chat/completions")]

    # -- HTTP ---------------------------------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
                length = int(headers.get("content-length", "0"))
                raw = await reader.readexactly(length) if length else b""
                keep = await self._route(method, path, headers, raw, reader, writer)
                if not keep:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            writer.close()

    async def _send(self, writer: asyncio.StreamWriter, status: int, body: Any, headers: dict[str, str]) -> None:
        data = json.dumps(body).encode()
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
            f"{extra}\r\n".encode()
            + data
        )
        await writer.drain()

    def _metrics_page(self) -> str:
        label = '{engine="0",model_name="scripted"}'
        with self._lock:
            return (
                "# HELP vllm:num_requests_running Number of requests in model execution batches.\n"
                "# TYPE vllm:num_requests_running gauge\n"
                f"vllm:num_requests_running{label} {float(self.active)}\n"
                f"vllm:num_requests_waiting{label} 0.0\n"
                "# TYPE vllm:prompt_tokens_total counter\n"
                f"vllm:prompt_tokens_total{label} {float(self.prompt_tokens_total)}\n"
                f"vllm:prompt_tokens_created{label} 1.7e9\n"
                "# TYPE vllm:generation_tokens_total counter\n"
                f"vllm:generation_tokens_total{label} {float(self.generation_tokens_total)}\n"
            )

    async def _send_text(self, writer: asyncio.StreamWriter, text: str) -> None:
        data = text.encode()
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {len(data)}\r\n\r\n"
        writer.write(head.encode() + data)
        await writer.drain()

    def _generated(self, tokens: int) -> None:
        with self._lock:
            self.generation_tokens_total += tokens

    async def _route(
        self,
        method: str,
        path: str,
        headers: dict[str, str],
        raw: bytes,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
            await self._send(writer, 401, {"error": {"message": "invalid api key", "type": "auth"}}, {})
            return True
        if method == "GET" and path.endswith("/models"):
            self.log.append(RequestLog({}, path))
            await self._send(
                writer,
                200,
                {"object": "list", "data": [{"id": m, "object": "model"} for m in self.models]},
                {},
            )
            return True
        if method == "GET" and path == "/metrics" and self.metrics:
            await self._send_text(writer, self._metrics_page())
            return True
        if method == "POST" and path == "/tokenize" and self.tokenize:
            self.tokenize_calls += 1
            req = json.loads(raw or b"{}")
            n = _words(req) if "messages" in req else len(tokenize(str(req.get("prompt", ""))))
            await self._send(writer, 200, {"count": n, "tokens": list(range(n)), "max_model_len": 8192}, {})
            return True
        if method != "POST" or not path.endswith("/chat/completions"):
            await self._send(writer, 404, {"error": {"message": f"no route {path}"}}, {})
            return True
        body = json.loads(raw or b"{}")
        rec = RequestLog(body, path, t_start=time.monotonic())
        with self._lock:
            n = len(self.log)
            self.log.append(rec)
        if body.get("model") not in self.models:
            await self._send(writer, 404, {"error": {"message": f"model {body.get('model')!r} not found"}}, {})
            return True
        reply = self.script(body, n)
        if reply.status != 200:
            await self._send(writer, reply.status, reply.body or {"error": {"message": "scripted"}}, reply.headers)
            return True
        if not body.get("stream"):
            text = "".join(reply.pieces())
            rec.tokens_sent = rec.tokens_planned = len(reply.pieces())
            rec.completed = True
            usage = {"prompt_tokens": _words(body), "completion_tokens": rec.tokens_sent}
            usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
            choice = {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": reply.finish_reason,
            }
            await self._send(
                writer,
                200,
                {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [choice],
                    "usage": usage,
                },
                {},
            )
            return True
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            return await self._stream(body, reply, rec, reader, writer)
        finally:
            self.active -= 1
            rec.t_end = time.monotonic()

    async def _stream(
        self,
        body: dict[str, Any],
        reply: Reply,
        rec: RequestLog,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
            b"Connection: close\r\n\r\n"
        )
        opts = body.get("stream_options") or {}
        usage_on = bool(opts.get("include_usage"))
        continuous = usage_on and bool(opts.get("continuous_usage_stats")) and self.usage == "as_asked"
        prompt_tokens = rec.prompt_tokens = _words(body)
        with self._lock:
            self.prompt_tokens_total += prompt_tokens
        key = json.dumps(body.get("messages"))
        with self._lock:
            cached = prompt_tokens if self.prefix_cache and key in self._prompts_seen else 0
            self._prompts_seen.add(key)
        rec.cached_tokens = cached

        def usage(count: int) -> dict[str, Any]:
            out: dict[str, Any] = {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": count,
                "total_tokens": prompt_tokens + count,
            }
            if self.prefix_cache:
                out["prompt_tokens_details"] = {"cached_tokens": cached}
            return out

        pieces = reply.pieces()[: int(body.get("max_tokens") or 10**9)]
        finish = reply.finish_reason
        if len(pieces) < len(reply.pieces()) and finish is not None:
            finish = "length"
        rec.tokens_planned = len(pieces)
        hung_up = asyncio.Event()

        async def watch() -> None:
            # A client that closes its socket makes read() return b"": that is the hang-up we must notice.
            try:
                while await reader.read(1024):
                    pass
            except (ConnectionError, asyncio.CancelledError):
                pass
            hung_up.set()

        watcher = asyncio.create_task(watch())

        def event(obj: dict[str, Any] | str) -> bytes:
            data = ("data: " + (obj if isinstance(obj, str) else json.dumps(obj)) + "\n\n").encode()
            return f"{len(data):x}\r\n".encode() + data + b"\r\n"

        def chunk(content: str | None, fin: str | None, count: int) -> dict[str, Any]:
            ev: dict[str, Any] = {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "delta": {} if content is None else {"content": content},
                        "finish_reason": fin,
                    }
                ],
            }
            if continuous:
                ev["usage"] = usage(count)
            return ev

        try:
            for i, piece in enumerate(pieces):
                if hung_up.is_set():
                    rec.disconnected = True
                    return False
                if reply.disconnect_after is not None and i == reply.disconnect_after:
                    writer.transport.abort()
                    return False
                if reply.malformed_after is not None and i == reply.malformed_after:
                    # A broken server sends garbage and nothing after it, so that every token it sent was
                    # delivered before the client gave up: the accounting check is then exact, whatever the load.
                    writer.write(event("{not json"))
                    await writer.drain()
                    await hung_up.wait()
                    rec.disconnected = True
                    return False
                if reply.stall_after is not None and i == reply.stall_after:
                    await hung_up.wait()
                    rec.disconnected = True
                    return False
                if reply.delay:
                    await asyncio.sleep(reply.delay)
                    if hung_up.is_set():
                        rec.disconnected = True
                        return False
                writer.write(event(chunk(piece, None, i + 1)))
                rec.tokens_sent += 1
                self._generated(1)
                await writer.drain()
            if hung_up.is_set():
                rec.disconnected = True
                return False
            if finish is not None:
                writer.write(event(chunk(None, finish, len(pieces))))
                if usage_on:
                    writer.write(
                        event(
                            {
                                "id": "c",
                                "object": "chat.completion.chunk",
                                "created": 0,
                                "model": body["model"],
                                "choices": [],
                                "usage": usage(len(pieces)),
                            }
                        )
                    )
            writer.write(event("[DONE]") + b"0\r\n\r\n")
            await writer.drain()
            rec.completed = True
        except ConnectionError:
            rec.disconnected = True
            return False
        finally:
            watcher.cancel()
            if rec.disconnected:  # the engine's late notice: steps decoded after the hang-up, never sent
                self._generated(min(self.overrun, rec.tokens_planned - rec.tokens_sent))
        # The watcher consumed the reader; the connection cannot safely carry another request.
        return False


def _bench_script(tokens: int, fault_every: int) -> Script:
    """For benchmarks: short problems; solutions of about `tokens` tokens; every `fault_every`-th is wrong early."""
    line = "She has 12 + 30 = 42 apples now.\n"
    per_line = len(tokenize(line))

    def script(body: dict[str, Any], n: int) -> Reply:
        msg = str(body["messages"][-1]["content"])
        if msg.startswith("Write"):
            return Reply(f"Problem {msg.split()[-1]}: Tom has 12 apples and buys 30 more. How many apples?")
        i = int(msg.split("Problem ")[1].split(":")[0])
        lines = [line] * max(1, tokens // per_line)
        if fault_every and i % fault_every == 1:
            lines[len(lines) // 3] = "She has 12 + 30 = 45 apples now WRONG.\n"
        return Reply("".join(lines) + "#### 42")

    return script


def gsm8k_world(path: str, corrupt_every: int = 3) -> Script:
    """A scripted 'model' for the gsm8k recipe: problems are GSM8K test questions (picked by the request's seed),
    solutions are their gold solutions, and every ``corrupt_every``-th one has one computation made wrong
    (a deterministic corruption): the validators' verdicts are known in advance."""
    import random

    from mcrgen.analysis.audit import corrupt_gsm8k

    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    answers = {r["question"]: r["answer"] for r in rows}

    def script(body: dict[str, Any], n: int) -> Reply:
        msg = str(body["messages"][-1]["content"])
        seed = int(body.get("seed") or 0)
        found = next((q for q in answers if q in msg), None)
        if found is None:  # a problem request
            return Reply(rows[seed % len(rows)]["question"])
        text = answers[found]
        if corrupt_every and seed % corrupt_every == 1:
            bad = corrupt_gsm8k(text, random.Random(seed), "computation")
            text = bad.text if bad is not None else text
        return Reply(text)

    return script


def main() -> None:
    """Serve the benchmark script until killed: python -m tests.support.scripted_server --port P [--tokens N]."""
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--tokens", type=int, default=300)
    ap.add_argument("--fault-every", type=int, default=2)
    ap.add_argument("--gsm8k", metavar="JSONL", help="serve gsm8k_world(JSONL) instead of the benchmark script")
    args = ap.parse_args()
    script = gsm8k_world(args.gsm8k) if args.gsm8k else _bench_script(args.tokens, args.fault_every)
    srv = ScriptedServer(script)
    srv._thread.start()
    fut = asyncio.run_coroutine_threadsafe(
        asyncio.start_server(srv._handle, "127.0.0.1", args.port, backlog=8192), srv._loop
    )
    server = fut.result(10)
    print(server.sockets[0].getsockname()[1], flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
