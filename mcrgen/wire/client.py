"""The wire: one streamed chat completion per call, parsed and closable without an await.

One request shape (``n=1``, ``max_tokens`` always set, streamed) and two guarantees:

* leaving :meth:`Wire.stream` closes the HTTP response, whatever happened inside (a bare ``break`` out of an
  SDK stream leaves the connection open and the server generating to ``max_tokens``);
* :meth:`Events.abort` shuts the socket down *synchronously*: the FIN leaves before this task yields, so a
  verdict is not delayed by one trip round a busy event loop (at 512 streams that trip took 0.1 to 1.5 s).

The openai SDK builds and sends each request (auth, base URL, headers: ``AsyncOpenAI.post``), so mcrgen
speaks to a server exactly as the SDK does; its retries are off because :mod:`mcrgen.wire.retry` owns them. The reply
is *not* parsed by the SDK: per chunk its model objects cost tens of microseconds, so the body is read as raw bytes
from the SDK's own HTTP response (no content decoding: ``Accept-Encoding: identity``), split into SSE lines here
and parsed with orjson when installed. Requests spread over the endpoint's replicas (:mod:`mcrgen.wire.replicas`).

No error message leaving this module contains the API key: server bodies that echo it are scrubbed.
"""

from __future__ import annotations

import socket
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai

from mcrgen.recipe.bounds import OWNED_FIELDS
from mcrgen.recipe.loader import Endpoint
from mcrgen.redact import register, scrub
from mcrgen.wire.failures import ReplyTooLong as ReplyTooLong
from mcrgen.wire.failures import RequestFailed as RequestFailed
from mcrgen.wire.failures import StreamBroken as StreamBroken
from mcrgen.wire.failures import request_failure
from mcrgen.wire.replicas import Replica, Replicas
from mcrgen.wire.sse import Chunk as Chunk
from mcrgen.wire.sse import SSELines, parse_event, safe_message
from mcrgen.wire.transport import BodyStream, StreamTransport

POOL_TIMEOUT = 30.0
"""Seconds a request may wait for a free connection. The pool is sized to the concurrency, so waiting at all means
leaked connections; a bounded wait turns that into a retryable error instead of a silent hang."""


def _model_ids(body: Any, url: str) -> list[str]:
    """The model ids of a /models reply; [] for a JSON reply of another shape (nothing to check against).
    A reply that is not JSON at all (an HTML page) means the base URL points at something else."""
    if isinstance(body, str | bytes):
        raise RequestFailed(
            f"{url}/models answered with something that is not JSON ({safe_message(str(body)[:60])!r}); "
            f"check the base URL (an OpenAI-compatible server usually ends in /v1)",
            status=200,
        )
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return []
    return [str(m["id"]) for m in data if isinstance(m, dict) and isinstance(m.get("id"), str | int)]


def _proxied() -> bool:
    """Whether the environment names an HTTP proxy (which httpx would honour for the stock transport)."""
    return any(v for k, v in urllib.request.getproxies().items() if k in ("http", "https", "all"))


@dataclass(slots=True)
class ChatRequest:
    messages: Sequence[Mapping[str, str]]
    max_tokens: int
    temperature: float
    seed: int | None = None
    top_p: float | None = None
    stop: Sequence[str] = ()
    extra_body: Mapping[str, Any] = field(default_factory=dict)


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


class Events:
    """The parsed SSE events of one open response, read within the stream's limits.

    ``t_read`` is when the bytes holding the current event were taken off the connection: the start of the cancel
    lag. On mcrgen's own transport the lines arrive in batches (:meth:`Connection.more_lines`); on the stock one
    (a proxy is configured) the body's raw pieces are cut into the same lines here.
    """

    __slots__ = ("_response", "_conn", "_stall", "_max_tokens", "_max_chars", "_max_bytes", "t_read", "aborted")

    def __init__(self, response: httpx2.Response, stall_timeout: float, max_tokens: int = 1 << 30) -> None:
        self._response = response
        stream = response.stream
        self._conn = stream.connection if isinstance(stream, BodyStream) else None
        self._stall = stall_timeout
        allowed = max_tokens + max(MIN_TOKEN_MARGIN, int(max_tokens * TOKEN_MARGIN))
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
        ns = self._response.extensions.get("network_stream")
        sock = ns.get_extra_info("socket") if ns is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the peer: nothing left to stop

    def _too_long(self, what: str) -> ReplyTooLong:
        self.abort()  # stop the server generating before anything else
        return ReplyTooLong(f"the server sent {what} (max_tokens {self._max_tokens}); the wire closed the stream")

    def __aiter__(self) -> AsyncIterator[Chunk]:
        return self._events()

    async def _events(self) -> AsyncIterator[Chunk]:
        state = _ReadState()
        clock = time.perf_counter
        try:
            if self._conn is not None:
                conn = self._conn
                lines = conn.read_lines(self._max_bytes)
                while await conn.more_lines():
                    self.t_read = clock()
                    for chunk in self._chunks(lines.take(), state):
                        yield chunk
                    if state.done:
                        return
            else:
                lines = SSELines(self._max_bytes)
                # The pool's byte stream directly: Response.aiter_raw adds a re-chunker and a context per read.
                async for raw in self._response.stream:  # type: ignore[union-attr]
                    self.t_read = clock()
                    lines.feed(raw)
                    for chunk in self._chunks(lines.take(), state):
                        yield chunk
                    if state.done:
                        return
        except httpx2.ReadTimeout:
            raise StreamBroken(f"stalled: no data for {self._stall:g}s") from None
        except httpx2.HTTPError as exc:
            if self.aborted:
                return  # we shut the socket ourselves: whatever the read says now is not the server's fault
            raise StreamBroken(safe_message(f"stream interrupted: {type(exc).__name__}: {exc}")) from None
        if not state.finished and not self.aborted:
            # The body ended (a 'Connection: close' reply without chunked framing ends this way on a disconnect)
            # with neither [DONE] nor a finish_reason: the server went away mid-answer. Retry, not a verdict.
            raise StreamBroken("stream interrupted: the connection closed before [DONE] or a finish_reason")

    def _chunks(self, lines: list[bytes | None], state: _ReadState) -> Iterator[Chunk]:
        """The events of one batch of lines, each checked against the stream's limits before it is handed on."""
        for line in lines:
            if line is None:
                raise self._too_long(f"more than {self._max_bytes} bytes")
            if not line.startswith(b"data:"):
                if line.startswith(b":"):
                    # A server that keeps the connection alive with ': ping' comments but sends no data is caught
                    # here, timed only on comment lines (a silent one by the read timeout, = stall_timeout).
                    now = time.monotonic()
                    if state.idle_since is None:
                        state.idle_since = now
                    elif now - state.idle_since > self._stall:
                        raise StreamBroken(f"stalled: no data for {self._stall:g}s (keep-alives only)")
                continue  # blank separators, comments, 'event:' lines
            state.idle_since = None
            payload = line[5:].strip()
            if payload == b"[DONE]":
                state.done = True
                return
            try:
                chunk = parse_event(payload)
            except StreamBroken as exc:
                raise StreamBroken(safe_message(str(exc))) from None
            except (ValueError, AttributeError, TypeError, KeyError, IndexError, RecursionError) as exc:
                raise StreamBroken(safe_message(f"malformed SSE data: {payload[:80]!r} ({exc})")) from None
            if chunk.finish_reason is not None:
                state.finished = True
            text = chunk.text
            if text:
                state.pieces += 1
                state.chars += len(text)
                if state.pieces > self._max_tokens or state.chars > self._max_chars:
                    raise self._too_long(f"{state.pieces} chunks of text, {state.chars} chars")
            if chunk.completion_tokens is not None and chunk.completion_tokens > self._max_tokens:
                raise self._too_long(f"{chunk.completion_tokens} tokens")
            yield chunk


@dataclass(slots=True)
class _ReadState:
    """What the reader has counted so far in one stream."""

    pieces: int = 0
    chars: int = 0
    finished: bool = False
    done: bool = False
    idle_since: float | None = None


class Wire:
    """An OpenAI-compatible endpoint (one or several replicas) with a pool sized to the run's concurrency."""

    def __init__(self, endpoint: Endpoint, api_key: str, *, base_url: str | None = None) -> None:
        self.endpoint = endpoint
        register(api_key)
        # A key read from a file often ends in a newline, which no HTTP header may carry: send it without.
        api_key = api_key.strip() or "no-key"
        self._key = api_key
        self.stall_timeout = endpoint.stall_timeout
        conc = endpoint.concurrency
        self.replicas = Replicas([base_url] if base_url else endpoint.urls)
        timeout = httpx2.Timeout(
            endpoint.request_timeout,
            connect=10.0,
            read=endpoint.stall_timeout,
            pool=min(POOL_TIMEOUT, endpoint.request_timeout),
        )
        # Every stream holds one connection; a pool smaller than the concurrency would queue requests silently.
        # The limit is shared by all replicas: it bounds what is in flight, wherever it goes.
        self._http = (
            httpx2.AsyncClient(transport=StreamTransport(conc + 4), timeout=timeout)
            if not _proxied()
            else httpx2.AsyncClient(  # the stock transport knows proxies; mcrgen's own does not
                limits=httpx2.Limits(max_connections=conc + 4, max_keepalive_connections=conc + 4), timeout=timeout
            )
        )
        # One SDK client per replica, all on the one pool; retries are mcrgen.wire.retry's (Retry-After, accounting).
        self._sdk = {
            r.url: openai.AsyncOpenAI(
                base_url=r.url, api_key=api_key, max_retries=0, timeout=timeout, http_client=self._http
            )
            for r in self.replicas.items
        }
        self._headers = {"Accept": "text/event-stream", "Accept-Encoding": "identity"}  # raw bytes are parsed
        self.model = endpoint.model or ""
        usage = endpoint.usage
        self._stream_options: dict[str, Any] | None = (
            {"include_usage": True, "continuous_usage_stats": True}
            if usage == "continuous"
            else {"include_usage": True}
            if usage == "final"
            else None
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def base_url(self) -> str:
        """The first replica's URL (messages name the server; with replicas, the count follows)."""
        first = self.replicas.items[0].url
        n = len(self.replicas)
        return first if n == 1 else f"{first} (+{n - 1} replicas)"

    def scrub(self, text: str) -> str:
        """Remove every spelling of the API key (and of any key-like variable) from a message."""
        return scrub(text, (self._key,))

    async def list_models(self) -> list[str]:
        """Models served, from the first replica that answers (the others are put in their cool-down)."""
        last: RequestFailed | None = None
        for r in self.replicas.items:
            try:
                body = await self._sdk[r.url].get("/models", cast_to=object)
            except Exception as exc:  # the one table decides what any failure means
                last, replica_fault = request_failure(exc, r.url)
                last.args = (self.scrub(str(last)),)
                if last.status is not None and last.status < 500:
                    raise last from None  # the key or the route: the same on every replica
                if replica_fault or last.retryable:
                    self.replicas.failed(r)
                    continue
                raise last from None
            self.replicas.ok(r)
            return _model_ids(body, r.url)
        assert last is not None
        raise last

    def _body(self, req: ChatRequest) -> dict[str, Any]:
        # extra_body first, then the fields mcrgen owns: a recipe cannot turn streaming off or lift max_tokens
        # (the loader refuses such keys; this order keeps the wire safe for any other caller too).
        body: dict[str, Any] = {k: v for k, v in self.endpoint.extra_body.items() if k not in OWNED_FIELDS}
        body.update((k, v) for k, v in req.extra_body.items() if k not in OWNED_FIELDS)
        body |= {
            "model": self.model,
            "messages": list(req.messages),
            "max_tokens": req.max_tokens,
            "temperature": req.temperature,
            "n": 1,
            "stream": True,
        }
        if req.seed is not None:
            body["seed"] = req.seed
        if req.top_p is not None:
            body["top_p"] = req.top_p
        if req.stop:
            body["stop"] = list(req.stop)
        if self._stream_options is not None:
            body["stream_options"] = self._stream_options
        return body

    @asynccontextmanager
    async def stream(self, req: ChatRequest) -> AsyncIterator[Events]:
        """Open one streamed chat completion; the response is closed when the block exits, always."""
        replica = self.replicas.acquire()
        try:
            response = await self._open(replica, self._body(req))
            try:
                yield Events(response, self.stall_timeout, req.max_tokens)
            finally:
                # Closing a half-read response closes its socket (no draining): the server sees the disconnect.
                await response.aclose()
        finally:
            self.replicas.release(replica)

    async def _open(self, replica: Replica, body: dict[str, Any]) -> httpx2.Response:
        """Send the request through the SDK and hand back its HTTP response, body unread.

        ``post`` is the SDK's own path for a request whose body the caller builds: it adds the base URL, auth and
        SDK headers and sends through the shared pool. ``chat.completions.create`` would first walk the body
        against its TypedDicts, which costs about a millisecond of CPU per request and adds nothing here.
        """
        sdk = self._sdk[replica.url]
        try:
            sse = await sdk.post(
                "/chat/completions",
                cast_to=object,
                body=body,
                options={"headers": self._headers},
                stream=True,
                stream_cls=openai.AsyncStream[object],
            )
        except Exception as exc:  # the one table decides what any failure means
            failed, replica_fault = request_failure(exc, replica.url, pool_timeout=POOL_TIMEOUT)
            if replica_fault:
                self.replicas.failed(replica)
            failed.args = (self.scrub(str(failed)),)
            raise failed from None
        self.replicas.ok(replica)
        # The SDK's stream object is never iterated: its body is read raw by Events, and closed by Wire.stream.
        response: httpx2.Response = sse.response
        return response
