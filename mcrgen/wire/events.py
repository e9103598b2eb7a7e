"""The events of one streamed reply, read within the stream's limits and closable without an await.

:meth:`Events.abort` shuts the socket down *synchronously*: the FIN leaves before this task yields, so a verdict is
not delayed by one trip round a busy event loop (at 512 streams that trip took 0.1 to 1.5 s).

On mcrgen's own connections (:mod:`mcrgen.wire.http11`) the body is cut into SSE lines where it arrives and taken
here in batches; on the stock httpx transport (used when a proxy is configured) the body's raw pieces are cut into
the same lines here. Either way every line goes through one loop (:meth:`Events._events`) with every limit: bytes,
text pieces, characters, the server's own token count, keep-alive comments without data.

An event is read as the SSE spec says: its ``data:`` lines are joined with LF and the event is parsed at the blank
line that ends it (or at the end of the body); ``[DONE]`` ends the stream.
"""

from __future__ import annotations

import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx2

from mcrgen.wire.failures import ReplyTooLong, StreamBroken
from mcrgen.wire.http11 import Connection
from mcrgen.wire.sse import Chunk, SSELines, parse_event, safe_message
from mcrgen.wire.transport import CONNECTION

TOKEN_MARGIN = 0.10
"""A stream may run this fraction (at least :data:`MIN_TOKEN_MARGIN` tokens) past ``max_tokens`` before the wire stops
reading it: servers count slightly differently, but one that ignores ``max_tokens`` must not be paid for."""
MIN_TOKEN_MARGIN = 16
MAX_CHARS_PER_TOKEN = 48
"""Text longer than this many characters per allowed token is over the limit too (a server that sends its
tokens in few huge chunks cannot slip past a count of chunks)."""
BYTE_CAP_BASE = 1 << 20
BYTE_CAP_PER_TOKEN = 4096
"""Raw bytes one stream may send: 1 MiB plus 4 KiB per allowed token (a chunk with continuous usage is ~300 B)."""


def tokens_allowed(max_tokens: int) -> int:
    """Tokens a stream asked for ``max_tokens`` may deliver before the wire stops reading it (a margin for servers
    that count a little differently)."""
    return max_tokens + max(MIN_TOKEN_MARGIN, int(max_tokens * TOKEN_MARGIN))


def longest_text(max_tokens: int) -> int:
    """The most characters a stream asked for ``max_tokens`` can deliver: more is cut off as too long."""
    return tokens_allowed(max_tokens) * MAX_CHARS_PER_TOKEN


class Events:
    """The parsed SSE events of one open response, read within the stream's limits.

    ``t_read`` is when the current event was taken from what the connection had read, before it was parsed: the
    start of the cancel lag (as when each read held one event; a batch of lines does not stretch it). On mcrgen's
    own transport the lines arrive in batches (:meth:`Connection.more_lines`); on the stock one (a proxy is
    configured) the body's raw pieces are cut into the same lines here.
    """

    __slots__ = (
        "_response",
        "_conn",
        "_stall",
        "_asked",
        "_max_tokens",
        "_max_chars",
        "_max_bytes",
        "t_read",
        "aborted",
    )

    def __init__(self, source: Connection | httpx2.Response, stall_timeout: float, max_tokens: int = 1 << 30) -> None:
        self._response: httpx2.Response | None = None
        self._conn: Connection | None = None
        if isinstance(source, Connection):
            self._conn = source
        else:
            self._response, self._conn = source, source.extensions.get(CONNECTION)
        self._stall = stall_timeout
        allowed = tokens_allowed(max_tokens)
        self._asked = max_tokens
        self._max_tokens = allowed
        self._max_chars = allowed * MAX_CHARS_PER_TOKEN
        self._max_bytes = BYTE_CAP_BASE + allowed * BYTE_CAP_PER_TOKEN
        self.t_read = 0.0
        self.aborted = False

    def abort(self) -> None:
        """Shut the connection down now, without awaiting: the server sees the FIN before this task yields.

        The pool's own close follows when the ``Wire.stream`` block exits; by then the server has already stopped
        generating for this request.
        """
        self.aborted = True
        if self._conn is not None:
            self._conn.abort()
            return
        assert self._response is not None
        ns = self._response.extensions.get("network_stream")
        sock = ns.get_extra_info("socket") if ns is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the peer: nothing left to stop

    def _too_long(self, what: str) -> ReplyTooLong:
        self.abort()  # stop the server generating before anything else
        # The user's max_tokens, and the wire's margin beside it: "max_tokens 76" named a limit nobody set.
        return ReplyTooLong(
            f"the server sent {what}, past what max_tokens {self._asked} allows ({self._max_tokens} with the wire's "
            "margin); the wire closed the stream"
        )

    def __aiter__(self) -> AsyncIterator[Chunk]:
        return self._events()

    def _batches(self) -> Callable[[], Awaitable[list[bytes | None] | None]]:
        """A coroutine function giving the body's lines as many as have arrived at a time (a ``None`` among them
        marks where the byte cap was passed), and None at the end of the body. Not a generator: nothing is left to
        finalise when the reader stops early."""
        if self._conn is not None:
            conn = self._conn
            lines = conn.read_lines(self._max_bytes)

            async def arrived() -> list[bytes | None] | None:
                return lines.take() if await conn.more_lines() else None

            return arrived
        cut = SSELines(self._max_bytes)
        assert self._response is not None
        # The pool's byte stream directly: Response.aiter_raw adds a re-chunker and a context per read.
        raw = self._response.stream.__aiter__()  # type: ignore[union-attr]

        async def read() -> list[bytes | None] | None:
            try:
                cut.feed(await raw.__anext__())
            except StopAsyncIteration:
                return None
            return cut.take()

        return read

    async def _events(self) -> AsyncIterator[Chunk]:
        # One loop over every line of the stream, inline: it runs once per token, so no call or generator per line.
        # An event's 'data:' lines (almost always one) are held until the blank line that ends it, then parsed.
        clock, max_tokens, max_chars = time.perf_counter, self._max_tokens, self._max_chars
        idle_since: float | None = None
        data: bytes | None = None  # the data of the event being read; None until its first 'data:' line
        pieces = chars = 0
        finished = ended = False
        next_batch = self._batches()
        try:
            while not ended:
                batch = await next_batch()
                if batch is None:
                    # The end of the body ends the event being read, as a blank line would (a server that closes
                    # right after its last 'data:' line was always read so).
                    ended, batch = True, [b""]
                for line in batch:
                    if line:
                        if line.startswith(b"data:"):
                            idle_since = None
                            if data is None:
                                data = line[5:]
                            else:  # more lines of one event: the spec joins them with LF (less one space each)
                                data += b"\n" + (line[6:] if line[5:6] == b" " else line[5:])
                        elif line.startswith(b":"):
                            # A server that keeps the connection alive with ': ping' comments but sends no data is
                            # caught here, timed only on comment lines (a silent one by the read timeout).
                            now = time.monotonic()
                            if idle_since is None:
                                idle_since = now
                            elif now - idle_since > self._stall:
                                raise StreamBroken(f"stalled: no data for {self._stall:g}s (keep-alives only)")
                        continue  # comments, 'event:' lines
                    if line is None:
                        raise self._too_long(f"more than {self._max_bytes} bytes")
                    if data is None:
                        continue  # a blank line that ends no data (after comments, or a second one)
                    payload, data = data.strip(), None
                    self.t_read = clock()
                    if payload == b"[DONE]":
                        return
                    try:
                        chunk = parse_event(payload)
                    except StreamBroken as exc:
                        raise StreamBroken(safe_message(str(exc))) from None
                    except (ValueError, AttributeError, TypeError, KeyError, IndexError, RecursionError) as exc:
                        raise StreamBroken(safe_message(f"malformed SSE data: {payload[:80]!r} ({exc})")) from None
                    if chunk.finish_reason is not None:
                        finished = True
                    text = chunk.text
                    if text:
                        pieces += 1
                        chars += len(text)
                        if pieces > max_tokens or chars > max_chars:
                            raise self._too_long(f"{pieces} chunks of text, {chars} chars")
                    if chunk.completion_tokens is not None and chunk.completion_tokens > max_tokens:
                        raise self._too_long(f"a count of {chunk.completion_tokens} completion tokens")
                    yield chunk
        except httpx2.ReadTimeout:
            raise StreamBroken(f"stalled: no data for {self._stall:g}s") from None
        except httpx2.HTTPError as exc:
            if self.aborted:
                return  # we shut the socket ourselves: whatever the read says now is not the server's fault
            raise StreamBroken(safe_message(f"stream interrupted: {type(exc).__name__}: {exc}")) from None
        if not finished and not self.aborted:
            if idle_since is None and self.t_read == 0.0:  # t_read is set at every data line: none came
                # A web page or a JSON document where an event stream was asked for: the URL is not a streaming
                # OpenAI-compatible endpoint (a proxy's welcome page, a server that ignores "stream": true).
                raise StreamBroken(
                    "the reply held no event-stream data (no 'data:' line): is endpoint.base_url an OpenAI-compatible"
                    " server that streams chat completions (usually ending in /v1)?"
                )
            # The body ended (a 'Connection: close' reply without chunked framing ends this way on a disconnect)
            # with neither [DONE] nor a finish_reason: the server went away mid-answer. Retry, not a verdict.
            raise StreamBroken("stream interrupted: the connection closed before [DONE] or a finish_reason")
