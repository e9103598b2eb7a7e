"""A server on 127.0.0.1 that answers with exactly the bytes a test scripts: wrong types, broken framing, HTML,
endless lines, echoed keys. Each request's raw reply comes from ``reply(path, body, n)``; the connection is closed
after it (``Connection: close``), so no framing bug of ours can leak into the next request.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from typing import Any

RawReply = Callable[[str, dict[str, Any], int], bytes]


def http(status: int, body: bytes, *, ctype: str = "application/json", headers: dict[str, str] | None = None) -> bytes:
    extra = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
    head = f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
    return (head + extra + "\r\n").encode() + body


def json_reply(status: int, obj: Any, headers: dict[str, str] | None = None) -> bytes:
    return http(status, json.dumps(obj).encode(), headers=headers)


def event(obj: Any) -> bytes:
    """One SSE event; ``obj`` is JSON-encoded unless it is already bytes."""
    data = obj if isinstance(obj, bytes) else json.dumps(obj).encode()
    return b"data: " + data + b"\n\n"


def delta(content: Any, finish: Any = None, **extra: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {"choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}]}
    ev.update(extra)
    return ev


def sse(events: list[bytes], *, chunked: bool = True) -> bytes:
    """A streamed 200 reply. ``chunked=False``: no framing at all, the body ends when the connection closes."""
    if not chunked:
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
        return head + b"".join(events)
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    body = b"".join(f"{len(e):x}\r\n".encode() + e + b"\r\n" for e in events)
    return head + body + b"0\r\n\r\n"


def good_stream(text: str) -> bytes:
    words = text.split(" ")
    pieces = [w if i == 0 else " " + w for i, w in enumerate(words)]
    return sse([event(delta(p)) for p in pieces] + [event(delta(None, "stop")), b"data: [DONE]\n\n"])


MODELS = json_reply(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})


class HostileServer:
    def __init__(self, reply: RawReply, models: bytes = MODELS) -> None:
        self.reply = reply
        self.models = models
        self.requests: list[dict[str, Any]] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(asyncio.start_server(self._handle, "127.0.0.1", 0), self._loop)
        self._server = fut.result(10)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc: object) -> None:
        async def close() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            _, path, _ = lines[0].split(" ", 2)
            headers = {k.lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
            length = int(headers.get("content-length", "0"))
            raw = await reader.readexactly(length) if length else b""
            if path.endswith("/models"):
                writer.write(self.models)
            else:
                body = json.loads(raw or b"{}")
                n = len(self.requests)
                self.requests.append(body)
                writer.write(self.reply(path, body, n))
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
