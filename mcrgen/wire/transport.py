"""The SDK's HTTP transport: a pool of :class:`~mcrgen.wire.http11.Connection` Protocols under ``httpx2``.

The openai SDK still builds, authenticates and sends every request and maps every non-2xx reply to its errors;
only what carries the bytes changes. httpcore reads a streamed body one ``await`` per HTTP chunk, through h11's
event machine and anyio's stream wrappers: about half of the client's CPU at 64 to 512 streams. Here the body is
parsed in ``data_received`` and :class:`~mcrgen.wire.client.Events` takes whole batches of SSE lines from it.

The pool keeps httpx's semantics: at most ``max_connections`` open connections over all origins (idle ones of
another origin are closed to make room), keep-alive reuse of a connection whose reply was read to its end, a
bounded wait for a free connection (``PoolTimeout``), and connect/read timeouts from the request's own timeout.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections import deque
from collections.abc import AsyncIterator

import httpx2

from mcrgen.wire.http11 import Connection

Key = tuple[str, str, int]


class BodyStream(httpx2.AsyncByteStream):
    """A response body on its pooled connection: read raw (``async for``) or as SSE lines (``connection``)."""

    def __init__(self, conn: Connection, pool: Pool) -> None:
        self.connection = conn
        self._pool: Pool | None = pool

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while piece := await self.connection.read_piece():
            yield piece

    async def aclose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.release(self.connection)


CONNECTION = "mcrgen_connection"
"""The response extension holding its :class:`Connection` (httpx wraps the body stream; extensions pass as they are)."""


def streamed_response(
    conn: Connection, pool: Pool, status: int, reason: bytes, headers: list[tuple[bytes, bytes]]
) -> httpx2.Response:
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": reason, CONNECTION: conn}
    return httpx2.Response(status, headers=headers, stream=BodyStream(conn, pool), extensions=extensions)


KEEPALIVE_EXPIRY = 4.0
"""Seconds an idle connection is reused. Servers and proxies drop idle connections, sometimes without a FIN; uvicorn
(so vLLM) after 5 s counted from its last write, which is earlier than the client's release. Under that, so that
the race a dropped connection still loses (retried in :meth:`StreamTransport.exchange`) is rare."""


class Pool:
    def __init__(self, max_connections: int) -> None:
        self.max_connections = max_connections
        self._idle: dict[Key, list[Connection]] = {}
        self._open: set[Connection] = set()
        self._waiters: deque[asyncio.Future[None]] = deque()
        self.ssl_context: ssl.SSLContext | None = None
        """For https origins; httpx2's default (certifi) context when first needed."""

    async def acquire(
        self, key: Key, connect_timeout: float | None, pool_timeout: float | None, *, new: bool = False
    ) -> Connection:
        """A connection to ``key``: an idle one that is still good, else a new one (``new``: a new one only)."""
        loop = asyncio.get_running_loop()
        deadline = None if pool_timeout is None else loop.time() + pool_timeout
        while True:
            idle = None if new else self._idle.get(key)
            while idle:
                conn = idle.pop()  # the most recently used first: the least likely to have been dropped
                fresh = loop.time() - conn.idle_since < KEEPALIVE_EXPIRY
                if not conn.closed and conn.reusable and fresh and not conn.peer_has_spoken():
                    return conn
                self._discard(conn)
            if len(self._open) >= self.max_connections:
                self._close_one_idle()
            if len(self._open) < self.max_connections:
                return await self._connect(key, connect_timeout)
            waiter = loop.create_future()
            self._waiters.append(waiter)
            try:
                left = None if deadline is None else max(0.0, deadline - loop.time())
                await asyncio.wait_for(waiter, left)
            except TimeoutError:
                raise httpx2.PoolTimeout("no free connection in the pool") from None
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def release(self, conn: Connection) -> None:
        """Back to the pool when its reply was read to the end and the server allows it; else closed."""
        if conn.body_done and conn.reusable and not conn.closed and conn.error is None:
            conn.idle_since = asyncio.get_running_loop().time()
            self._idle.setdefault(conn.key, []).append(conn)
        else:
            conn.abort()
            self._discard(conn)
        self._wake_one()

    async def aclose(self) -> None:
        for conn in list(self._open):
            conn.abort()
            self._discard(conn)
        self._idle.clear()

    def _discard(self, conn: Connection) -> None:
        if conn in self._open:
            self._open.discard(conn)
            if not conn.closed and conn.transport is not None:
                conn.transport.abort()

    def _close_one_idle(self) -> None:
        for conns in self._idle.values():
            if conns:
                self._discard(conns.pop(0))
                return

    def _wake_one(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def _connect(self, key: Key, timeout: float | None) -> Connection:
        scheme, host, port = key
        loop = asyncio.get_running_loop()
        tls = None
        if scheme == "https":
            if self.ssl_context is None:
                self.ssl_context = httpx2.create_ssl_context()
            tls = self.ssl_context
        conn = Connection(key)
        self._open.add(conn)  # counted while it connects, so that concurrent connects respect the limit
        try:
            await asyncio.wait_for(
                loop.create_connection(lambda: conn, host, port, ssl=tls, server_hostname=host if tls else None),
                timeout,
            )
        except TimeoutError:
            self._discard(conn)
            self._wake_one()
            raise httpx2.ConnectTimeout(f"connect to {host}:{port} timed out") from None
        except OSError as exc:
            self._discard(conn)
            self._wake_one()
            raise httpx2.ConnectError(str(exc) or type(exc).__name__) from exc
        except BaseException:
            self._discard(conn)
            self._wake_one()
            raise
        return conn


_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(rb"(?:[\x21-\x7e\x80-\xff](?:[ \t\x21-\x7e\x80-\xff]*[\x21-\x7e\x80-\xff])?)?")


def origin(url: httpx2.URL) -> Key:
    return (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))


def head_lines(method: str, target: bytes, headers: list[tuple[bytes, bytes]]) -> bytes:
    """A request line and header lines, each ended by CRLF (the blank line is the caller's). A header no HTTP/1.1
    message may carry is refused as h11 refuses it (a key read from a file with a newline inside must not split
    the head), without quoting the value (it may be the key)."""
    lines = [b"%s %s HTTP/1.1\r\n" % (method.encode("ascii"), target)]
    for k, v in headers:
        if _NAME.fullmatch(k) is None or _VALUE.fullmatch(v) is None:
            raise httpx2.LocalProtocolError(f"Illegal header value in {k[:40].decode('latin-1')!r}")
        lines.append(b"%s: %s\r\n" % (k, v))
    return b"".join(lines)


def request_head(request: httpx2.Request, content: bytes) -> bytes:
    head = head_lines(request.method, request.url.raw_path, request.headers.raw)
    if content and b"content-length" not in {k.lower() for k, _ in request.headers.raw}:
        head += b"Content-Length: %d\r\n" % len(content)
    return head + b"\r\n"


DROPPED_RETRIES = 2
"""Sends again after a kept-alive connection was dropped unanswered (urllib3 and httpcore also retry a few)."""


class StreamTransport(httpx2.AsyncBaseTransport):
    """httpx2's transport interface over :class:`Pool`: plain HTTP/1.1 (and TLS), no proxies, no HTTP/2."""

    def __init__(self, max_connections: int) -> None:
        self.pool = Pool(max_connections)

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx2.UnsupportedProtocol(f"Request URL has an unsupported protocol '{url.scheme}://'.")
        content = request.content if isinstance(request.stream, httpx2.ByteStream) else await request.aread()
        data = request_head(request, content) + content
        conn, status, reason, headers = await self.exchange(
            origin(url), data, request.extensions.get("timeout", {}), head_only=request.method == "HEAD"
        )
        return streamed_response(conn, self.pool, status, reason, headers)

    async def exchange(
        self, key: Key, data: bytes, timeouts: dict[str, float | None], *, head_only: bool = False
    ) -> tuple[Connection, int, bytes, list[tuple[bytes, bytes]]]:
        """Send one request on a pooled connection and read its reply's head; the body is left to the caller,
        who hands the connection back with :meth:`Pool.release`.

        A kept-alive connection the server closes without a byte of reply is retried: the server dropped it as
        idle while the request was on its way, so no engine saw that request (see
        :attr:`Connection.dropped_unanswered`). At most :data:`DROPPED_RETRIES` times, the last on a new
        connection, which is never retried: a server that drops every request is not sent it over and over."""
        read = timeouts.get("read")
        for attempt in range(DROPPED_RETRIES + 1):
            new = attempt == DROPPED_RETRIES
            conn = await self.pool.acquire(key, timeouts.get("connect"), timeouts.get("pool"), new=new)
            try:
                conn.send(data, 1e9 if read is None else read, head_only=head_only)
                status, reason, headers = await conn.read_head()
            except httpx2.TransportError:
                conn.abort()
                self.pool.release(conn)
                if conn.dropped_unanswered:
                    continue
                raise
            except BaseException:
                conn.abort()
                self.pool.release(conn)
                raise
            return conn, status, reason, headers
        raise AssertionError("unreachable: the last attempt is on a new connection, which is never retried")

    async def aclose(self) -> None:
        await self.pool.aclose()
