"""A fast OpenAI-compatible SSE server for client benchmarks: every reply is pre-rendered bytes.

``tests.support.scripted_server`` builds and ``json.dumps`` every chunk, which costs the server about as much CPU as the
client spends parsing it; on a 2-core machine the two then fight for the same cores and the client's figure says
more about the server than about the client. Here a reply is rendered once per (kind, prompt size) and cached as
the exact bytes of the HTTP/1.1 chunked body; serving it is a few ``transport.write`` calls.
A request without ``"stream": true`` gets the same solution text as one whole ``chat.completion`` JSON with usage,
written after as many ticks as its stream would take (as an engine answers only when generation ends).

Pacing: a stream does not arrive in one piece from a real engine. Each open stream writes ``--burst`` events per
event-loop tick, round-robin over all open streams, so at high concurrency the client reads a few events per
stream per read, as it would from vLLM (one event per token per engine step). Writes stop when the client closes
(``connection_lost``) or the socket buffer is full (``pause_writing``), so a cancelled stream costs nothing more.

Same script as ``tests.support.scripted_server._bench_script``: short problems ("Problem N: ..."), solutions of about
``--tokens`` tokens, every ``--fault-every``-th solution wrong a third of the way in, ending ``#### 42``.

``--stall-after N`` stops every stream after N events and holds it open, as an engine between two tokens: the
client's memory per open stream is then measured with nothing unread in its buffers (bench_client ``--memory``).

Usage: python scripts/bench_server.py [--port P] [--tokens 300] [--fault-every 2] [--burst 1] [--stall-after N]
Prints the port on the first line of stdout, then serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
from typing import Any

_TOKENS = re.compile(r" ?[A-Za-z]+| ?\d| ?[^\sA-Za-z\d]|\s+")
_STREAM_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
_MODELS = json.dumps({"object": "list", "data": [{"id": "scripted", "object": "model"}]}).encode()


def _chunked(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def render(text: str, prompt_tokens: int, continuous: bool, usage: bool) -> list[bytes]:
    """The SSE events of one streamed reply, each already framed as one HTTP chunk."""
    pieces = _TOKENS.findall(text)
    out = []
    head = '{"id":"c","object":"chat.completion.chunk","created":0,"model":"scripted","choices":[{"index":0,'
    for i, piece in enumerate(pieces, 1):
        u = (
            f',"usage":{{"prompt_tokens":{prompt_tokens},"completion_tokens":{i},"total_tokens":{prompt_tokens + i}}}'
            if continuous
            else ""
        )
        ev = head + '"delta":{"content":' + json.dumps(piece) + '},"finish_reason":null}]' + u + "}"
        out.append(_chunked(b"data: " + ev.encode() + b"\n\n"))
    n = len(pieces)
    u = f',"usage":{{"prompt_tokens":{prompt_tokens},"completion_tokens":{n},"total_tokens":{prompt_tokens + n}}}'
    out.append(_chunked(f'data: {head}"delta":{{}},"finish_reason":"stop"}}]{u if continuous else ""}}}\n\n'.encode()))
    if usage:
        tail = '{"id":"c","object":"chat.completion.chunk","created":0,"model":"scripted","choices":[]' + u + "}"
        out.append(_chunked(f"data: {tail}\n\n".encode()))
    out.append(_chunked(b"data: [DONE]\n\n") + b"0\r\n\r\n")
    return out


def render_whole(text: str, prompt_tokens: int) -> list[bytes]:
    """One non-streamed reply (``stream`` false): a whole ``chat.completion`` with usage, as an HTTP response.

    Paced like a stream: one empty write per token (a no-op for the transport), the response on the last tick."""
    n = len(_TOKENS.findall(text))
    body = json.dumps(
        {
            "id": "c",
            "object": "chat.completion",
            "created": 0,
            "model": "scripted",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": n, "total_tokens": prompt_tokens + n},
        }
    ).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    return [b""] * (n - 1) + [head + body]


class Replies:
    def __init__(self, tokens: int, fault_every: int) -> None:
        line = "She has 12 + 30 = 42 apples now.\n"
        lines = [line] * max(1, tokens // len(_TOKENS.findall(line)))
        self.good = "".join(lines) + "#### 42"
        lines[len(lines) // 3] = "She has 12 + 30 = 45 apples now WRONG.\n"
        self.bad = "".join(lines) + "#### 42"
        self.fault_every = fault_every
        self.cache: dict[tuple[str, int, bool, bool], list[bytes]] = {}
        self.whole_cache: dict[tuple[str, int], list[bytes]] = {}

    def events(self, body: dict[str, Any]) -> list[bytes]:
        msg = str(body["messages"][-1]["content"])
        words = sum(len(str(m.get("content", "")).split()) for m in body["messages"])
        opts = body.get("stream_options") or {}
        usage = bool(opts.get("include_usage"))
        continuous = usage and bool(opts.get("continuous_usage_stats"))
        if msg.startswith("Write"):
            # Unique per id (the solution prompt carries it), so not cached.
            text = f"Problem {msg.split()[-1]}: Tom has 12 apples and buys 30 more. How many apples?"
            return render(text, words, continuous, usage)
        i = int(msg.split("Problem ")[1].split(":")[0])
        text = self.bad if self.fault_every and i % self.fault_every == 1 else self.good
        key = (text, words, continuous, usage)
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = render(text, words, continuous, usage)
        return cached

    def whole(self, body: dict[str, Any]) -> list[bytes]:
        """A non-streamed reply to a solution prompt, same text and counts as its stream (``events``)."""
        msg = str(body["messages"][-1]["content"])
        words = sum(len(str(m.get("content", "")).split()) for m in body["messages"])
        i = int(msg.split("Problem ")[1].split(":")[0])
        text = self.bad if self.fault_every and i % self.fault_every == 1 else self.good
        key = (text, words)
        cached = self.whole_cache.get(key)
        if cached is None:
            cached = self.whole_cache[key] = render_whole(text, words)
        return cached


class Conn(asyncio.Protocol):
    def __init__(self, server: Server) -> None:
        self.server = server
        self.buf = b""
        self.transport: asyncio.Transport | None = None
        self.events: list[bytes] = []
        self.pos = 0
        self.paused = False
        self.lost = False
        self.streaming = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True

    def pause_writing(self) -> None:
        self.paused = True

    def resume_writing(self) -> None:
        self.paused = False
        if self.pos < len(self.events):
            self.server.loop.call_soon(self.tick)

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buf[:end].decode("latin-1")
            length = 0
            for ln in head.split("\r\n")[1:]:
                k, _, v = ln.partition(":")
                if k.strip().lower() == "content-length":
                    length = int(v)
            if len(self.buf) < end + 4 + length:
                return
            raw = self.buf[end + 4 : end + 4 + length]
            self.buf = self.buf[end + 4 + length :]
            self.request(head.split(" ", 2), raw)

    def request(self, line: list[str], raw: bytes) -> None:
        assert self.transport is not None
        method, path = line[0], line[1]
        if method == "GET" and path.endswith("/models"):
            self.transport.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
            self.transport.write(f"Content-Length: {len(_MODELS)}\r\n\r\n".encode() + _MODELS)
            return
        if method != "POST":  # e.g. mcrgen's GET /metrics: this server keeps no counters
            self.transport.write(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
            return
        body = json.loads(raw)
        self.streaming = bool(body.get("stream"))
        if not self.streaming:
            self.events, self.pos = self.server.replies.whole(body), 0
            self.server.loop.call_soon(self.tick)
            return
        # Keep-alive like vLLM: a stream read to its end leaves the connection reusable.
        self.transport.write(_STREAM_HEAD)
        self.events = self.server.replies.events(body)
        self.pos = 0
        self.server.loop.call_soon(self.tick)

    def tick(self) -> None:
        if self.lost or self.paused or self.transport is None:
            return
        end = min(len(self.events), self.pos + self.server.burst)
        if self.server.stall_after and self.streaming:  # a whole (non-streamed) reply is never held back
            end = min(end, self.server.stall_after)
            if end <= self.pos:
                return  # generation "stalls" here: the connection stays open, nothing more is written
        self.transport.write(b"".join(self.events[self.pos : end]))
        self.server.sent += end - self.pos
        self.pos = end
        if end < len(self.events):
            self.server.loop.call_soon(self.tick)


class Server:
    def __init__(self, replies: Replies, burst: int, stall_after: int = 0) -> None:
        self.replies, self.burst, self.stall_after = replies, burst, stall_after
        self.loop = asyncio.get_running_loop()
        self.sent = 0


async def serve(port: int, tokens: int, fault_every: int, burst: int, stall_after: int = 0) -> None:
    state = Server(Replies(tokens, fault_every), burst, stall_after)
    srv = await state.loop.create_server(lambda: Conn(state), "127.0.0.1", port, backlog=8192)
    print(srv.sockets[0].getsockname()[1], flush=True)
    await srv.serve_forever()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--tokens", type=int, default=300)
    ap.add_argument("--fault-every", type=int, default=2)
    ap.add_argument("--burst", type=int, default=1, help="events written per stream per event-loop tick")
    ap.add_argument("--stall-after", type=int, default=0, help="streams stop after this many events, kept open")
    args = ap.parse_args()
    asyncio.run(serve(args.port, args.tokens, args.fault_every, args.burst, args.stall_after))


if __name__ == "__main__":
    main()
