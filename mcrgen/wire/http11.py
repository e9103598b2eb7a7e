"""One HTTP/1.1 client connection as an asyncio Protocol: the response is parsed where its bytes arrive.

``data_received`` reads the status line and headers, undoes the body's framing (chunked, Content-Length, or up
to the close) and hands each body piece on: as raw bytes to whoever reads the body (the SDK reading an error reply,
``/models``), or, once :meth:`Connection.read_lines` is asked for, straight into an :class:`~mcrgen.wire.sse.SSELines`
so that the lines of a streamed reply are cut without a task switch per piece. The reader is woken once per batch
of arrived bytes, not once per piece.

Errors are httpx's own exception types with h11's wording, so :mod:`mcrgen.wire.failures` and the SDK map them as
they mapped the HTTP library's. Timeouts are lazy: a read that waits arms one timer per connection, which data
arriving never reschedules (a timer per read would cost more than parsing the read).
"""

from __future__ import annotations

import asyncio
import re
import select
import socket
from typing import Any

import httpx2

from mcrgen.wire.sse import SSELines

MAX_HEAD = 100 * 1024
"""Bytes of a status line + headers, or of a chunk header or trailer, before the reply is refused (as httpcore)."""
PAUSE_AT = 1 << 18
"""Unread body bytes held before the socket stops being read: the kernel's buffers then hold the server back."""

_STATUS = re.compile(rb"HTTP/(\d)\.(\d) (\d{3})(?: (.*))?")
_HEADER = re.compile(rb"([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*?)[ \t]*")
_CHUNK = re.compile(rb"([0-9A-Fa-f]{1,20})(?:;.*)?[ \t]*")
_BLANK = re.compile(rb"\n\r?\n")

# Body framings.
_CHUNKED, _LENGTH, _TO_CLOSE, _NONE = range(4)


class Connection(asyncio.Protocol):
    """One keep-alive connection; one request at a time (no pipelining)."""

    def __init__(self, key: tuple[str, str, int]) -> None:
        self.key = key
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self._loop = asyncio.get_running_loop()
        self._buf = b""  # bytes not yet parsed: a partial head, chunk header or trailer
        self._head: tuple[int, bytes, list[tuple[bytes, bytes]]] | None = None
        self._framing = _NONE
        self._in_body = False
        self._left = 0  # bytes left of the current chunk / of the Content-Length body
        self._crlf = 0  # bytes of the CRLF after a chunk still to check
        self._trailer = False
        self.body_done = False
        self.reusable = False
        self._pieces: list[bytes] = []  # raw mode: body pieces not yet read
        self._unread = 0
        self._paused = False
        self.sse: SSELines | None = None
        self.error: httpx2.HTTPError | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timeout = 0.0
        self._last = 0.0  # loop time of the last bytes, or of the start of the current wait
        self._head_only = False
        self.idle_since = 0.0
        """Loop time when the pool last took it back (keep-alive expiry)."""
        self.requests = 0
        """Requests sent on it so far: from the second on, the server may have dropped it while it was idle."""
        self.answered = False
        """Whether any byte came back since the last request was sent."""

    # -- the protocol ---------------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self._in_body and self._framing == _TO_CLOSE and exc is None:
            self._end_body()  # a reply without framing ends with the connection
        elif not self.body_done and self.error is None:
            if self._head is None:
                self.error = httpx2.RemoteProtocolError("Server disconnected without sending a response.")
            elif exc is not None:
                self.error = httpx2.ReadError(str(exc) or type(exc).__name__)
            else:
                self.error = httpx2.RemoteProtocolError(
                    "peer closed connection without sending complete message body (incomplete chunked read)"
                    if self._framing == _CHUNKED
                    else "peer closed connection without sending complete message body (received fewer bytes than"
                    " Content-Length)"
                )
        self._wake()

    def pause_writing(self) -> None:
        pass  # requests are small; a server that reads none of them is caught by the read timeout

    def data_received(self, data: bytes) -> None:
        self._last = self._loop.time()
        self.answered = True
        if self.error is not None or self.body_done:
            self.reusable = False  # bytes after the reply (or after a fault) are never read: not a connection to reuse
            return
        try:
            if not self._in_body:
                self._buf += data
                if not self._parse_head():
                    return
                data, self._buf = self._buf, b""
            if not data or not self._in_body:
                pass
            elif self._framing == _CHUNKED:
                self._deliver(self._dechunk(data))
            elif self._framing == _LENGTH:
                self._deliver(self._counted(data))
            else:
                self._deliver([data])
        except httpx2.RemoteProtocolError as exc:
            self.error = exc
        self._wake()

    # -- parsing --------------------------------------------------------------------------------------------

    def _parse_head(self) -> bool:
        """Parse a complete head from the buffer; False while it is incomplete. 1xx replies are skipped."""
        while True:
            m = _BLANK.search(self._buf)
            if m is None:
                if len(self._buf) > MAX_HEAD:
                    raise httpx2.RemoteProtocolError("Response head too large")
                return False
            lines = [ln.rstrip(b"\r") for ln in self._buf[: m.start()].split(b"\n")]
            self._buf = self._buf[m.end() :]
            status_line = _STATUS.fullmatch(lines[0])
            if status_line is None:
                raise httpx2.RemoteProtocolError(f"illegal status line: {lines[0][:80]!r}")
            status = int(status_line.group(3))
            headers = []
            for ln in lines[1:]:
                h = _HEADER.fullmatch(ln)
                if h is None:
                    raise httpx2.RemoteProtocolError(f"illegal header line: {ln[:80]!r}")
                headers.append((h.group(1), h.group(2)))
            if 100 <= status < 200:
                if status == 101:
                    raise httpx2.RemoteProtocolError("unexpected protocol switch (101)")
                continue  # an interim reply: the real one follows
            self._head = (status, status_line.group(4) or b"", headers)
            self._start_body(status, status_line.group(1) + status_line.group(2), headers)
            return True

    def _start_body(self, status: int, version: bytes, headers: list[tuple[bytes, bytes]]) -> None:
        named = {k.lower(): v for k, v in headers}
        close = b"close" in named.get(b"connection", b"").lower()
        self._in_body = True
        if status in (204, 304) or self._head_only:
            self._framing = _NONE
        elif b"transfer-encoding" in named:
            if named[b"transfer-encoding"].strip().lower() != b"chunked":
                raise httpx2.RemoteProtocolError("unsupported Transfer-Encoding")
            self._framing = _CHUNKED
        elif b"content-length" in named:
            value = named[b"content-length"].strip()
            if not value.isdigit():
                raise httpx2.RemoteProtocolError("bad Content-Length")
            self._framing, self._left = _LENGTH, int(value)
        else:
            self._framing = _TO_CLOSE
        self.reusable = version == b"11" and not close and self._framing != _TO_CLOSE
        if self._framing == _NONE or (self._framing == _LENGTH and self._left == 0):
            self._end_body()

    def _counted(self, data: bytes) -> list[bytes]:
        if len(data) >= self._left:
            if len(data) > self._left:
                self.reusable = False  # bytes past the body: not a connection to trust again
            data, self._left = data[: self._left], 0
            self._end_body()
        else:
            self._left -= len(data)
        return [data] if data else []

    def _dechunk(self, data: bytes) -> list[bytes]:
        """The body pieces in ``data`` (one per chunk, or part of one), checking the framing as h11 does."""
        if self._buf:
            data, self._buf = self._buf + data, b""
        out = []
        pos, end = 0, len(data)
        while pos < end:
            if self._left:  # the rest of a chunk that began in an earlier read
                take = min(self._left, end - pos)
                out.append(data if take == end else data[pos : pos + take])
                pos += take
                self._left -= take
                if not self._left:
                    self._crlf = 2
            elif self._crlf:
                got = data[pos : pos + self._crlf]
                if got != b"\r\n"[2 - self._crlf :][: len(got)]:
                    raise httpx2.RemoteProtocolError(f"malformed chunk footer: {got!r} (expected b'\\r\\n')")
                self._crlf -= len(got)
                pos += len(got)
            else:
                nl = data.find(b"\r\n", pos)
                if nl < 0:
                    self._buf = data[pos:]
                    if len(self._buf) > MAX_HEAD:
                        raise httpx2.RemoteProtocolError("chunk header too long")
                    break
                if self._trailer:
                    if nl == pos:  # the blank line after the trailers: the body is complete
                        if nl + 2 < end:
                            self.reusable = False
                        self._end_body()
                        break
                    pos = nl + 2
                    continue
                m = _CHUNK.fullmatch(data, pos, nl)
                if m is None:
                    raise httpx2.RemoteProtocolError(f"illegal chunk header: {data[pos:nl][:80]!r}")
                size = int(m.group(1), 16)
                pos = nl + 2
                stop = pos + size
                if not size:
                    self._trailer = True
                elif stop + 2 <= end:  # the whole chunk and its CRLF are here: the common case, in one step
                    if data[stop] != 13 or data[stop + 1] != 10:
                        got = data[stop : stop + 2]
                        raise httpx2.RemoteProtocolError(f"malformed chunk footer: {got!r} (expected b'\\r\\n')")
                    out.append(data[pos:stop])
                    pos = stop + 2
                else:
                    self._left = size
        return out

    def _end_body(self) -> None:
        self.body_done = True
        self._in_body = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _deliver(self, pieces: list[bytes]) -> None:
        if not pieces:
            return
        sse = self.sse
        if sse is not None:
            # Only the piece that passes the byte cap needs to be seen alone (the reader stops exactly there).
            n = sum(map(len, pieces)) if len(pieces) > 1 else len(pieces[0])
            if len(pieces) > 1 and sse.received + n <= sse.cap:
                pieces = [b"".join(pieces)]
            for piece in pieces:
                sse.feed(piece)
            self._unread += n
        else:
            self._pieces += pieces
            self._unread += sum(map(len, pieces))
        if self._unread > PAUSE_AT and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()

    # -- waiting --------------------------------------------------------------------------------------------

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def _on_timer(self) -> None:
        self._timer = None
        if self._waiter is None:
            return  # nobody waits: the next wait arms the timer again
        due = self._last + self._timeout
        if self._loop.time() < due:
            self._timer = self._loop.call_at(due, self._on_timer)
            return
        self.error = httpx2.ReadTimeout("timed out")
        self._wake()

    async def _wait(self) -> None:
        """Wait for more bytes (or the end, or a fault) within the read timeout, counted from the last bytes or
        from now, whichever is later: a reader that was busy elsewhere is not blamed on the server."""
        if self.error is not None:
            raise self.error
        self._last = self._loop.time()
        if self._paused and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()
        self._waiter = waiter = self._loop.create_future()
        if self._timer is None:
            self._timer = self._loop.call_at(self._last + self._timeout, self._on_timer)
        await waiter

    def _consumed(self) -> None:
        self._unread = 0
        if self._paused and self.transport is not None:
            self._paused = False
            self.transport.resume_reading()

    # -- the caller's side ----------------------------------------------------------------------------------

    def send(self, data: bytes, read_timeout: float, head_only: bool = False) -> None:
        """Write one request and get ready for its reply."""
        assert self.transport is not None and not self.closed
        self._timeout = read_timeout
        self._head_only = head_only
        self._head, self._in_body, self.body_done = None, False, False
        self._framing, self._left, self._crlf, self._trailer = _NONE, 0, 0, False
        self._pieces, self._unread, self.sse = [], 0, None
        self.requests += 1
        self.answered = False
        self.transport.write(data)

    @property
    def dropped_unanswered(self) -> bool:
        """Closed by the server without a byte of reply to a request sent on a kept-alive connection: the server's
        idle timeout fired as the request left (uvicorn's, so vLLM's, is 5 s). No engine saw that request."""
        return self.closed and not self.answered and self.requests > 1

    def peer_has_spoken(self) -> bool:
        """Whether the idle socket is readable: a FIN (or stray bytes) the loop has not yet handed to the protocol.
        Either way the connection is not one to send a request on (httpcore's check before reuse, too)."""
        transport = self.transport
        sock = None if transport is None else transport.get_extra_info("socket")
        if sock is None:
            return False
        poller = select.poll()  # not select.select: it refuses descriptors past 1023, common at 512 streams
        try:
            poller.register(sock.fileno(), select.POLLIN)
            return bool(poller.poll(0))
        except (OSError, ValueError):
            return True

    async def read_head(self) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
        while self._head is None:
            await self._wait()
        return self._head

    async def read_piece(self) -> bytes:
        """The next raw body piece; b"" at the end of the body."""
        while not self._pieces:
            if self.body_done:
                return b""
            await self._wait()
        piece = self._pieces.pop(0)
        if not self._pieces:
            self._consumed()
        return piece

    def read_lines(self, cap: int) -> SSELines:
        """Cut the body into SSE lines from now on (pieces already here first), within ``cap`` bytes."""
        sse = self.sse = SSELines(cap)
        for piece in self._pieces:
            sse.feed(piece)
        self._pieces = []
        return sse

    async def more_lines(self) -> bool:
        """Wait until lines arrived or the body ended; False at the end of the body. Raises the read's fault."""
        sse = self.sse
        assert sse is not None
        while not sse.lines:
            if self.body_done:
                return False
            await self._wait()
        self._consumed()
        return True

    def abort(self) -> None:
        """Shut the socket down now (the FIN leaves before the caller yields), then drop the connection."""
        self.reusable = False
        transport = self.transport
        if transport is None or self.closed:
            return
        sock: Any = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the peer: nothing left to stop
        transport.abort()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
