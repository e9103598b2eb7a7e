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

import json
import socket
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai

from mcrgen.recipe.loader import Endpoint
from mcrgen.wire.failures import RequestFailed as RequestFailed
from mcrgen.wire.failures import StreamBroken as StreamBroken
from mcrgen.wire.failures import cause, failed_response
from mcrgen.wire.replicas import Replica, Replicas

_loads: Callable[[bytes], Any]
try:  # orjson parses a chunk in about a third of json.loads's time; optional, same results
    import orjson

    _loads = orjson.loads
    _dumps: Callable[[Any], bytes] = orjson.dumps
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads

    def _dumps(obj: Any) -> bytes:
        return json.dumps(obj).encode()


POOL_TIMEOUT = 30.0
"""Seconds a request may wait for a free connection. The pool is sized to the concurrency, so waiting at all means
leaked connections; a bounded wait turns that into a retryable error instead of a silent hang."""


@dataclass(slots=True)
class ChatRequest:
    messages: Sequence[Mapping[str, str]]
    max_tokens: int
    temperature: float
    seed: int | None = None
    top_p: float | None = None
    stop: Sequence[str] = ()
    extra_body: Mapping[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Chunk:
    """One parsed SSE event. Counters are cumulative where the server provides them, else None."""

    text: str
    finish_reason: str | None = None
    completion_tokens: int | None = None
    prompt_tokens: int | None = None
    final_usage: bool = False
    """True when this chunk carries the server's closing usage object (only a finished stream gets it)."""
    cached_tokens: int | None = None
    """Prompt tokens served from the server's prefix cache, where it says."""


def _parse(payload: bytes) -> Chunk:
    ev = _loads(payload)
    if not isinstance(ev, dict):
        raise StreamBroken(f"unexpected SSE payload: {payload[:80]!r}")
    if "error" in ev:
        raise StreamBroken(f"server error event: {str(ev['error'])[:200]}")
    text = ""
    finish = None
    choices = ev.get("choices") or ()
    if choices:
        ch = choices[0]
        delta = ch.get("delta") or {}
        # Reasoning models stream their thinking in a separate field; validators must see all generated text.
        text = delta.get("content") or ""
        if len(delta) > 1 or "content" not in delta:
            text = (delta.get("reasoning_content") or delta.get("reasoning") or "") + text
        finish = ch.get("finish_reason")
    usage = ev.get("usage")
    completion = prompt = cached = None
    final_usage = False
    if usage:
        completion = usage.get("completion_tokens")
        prompt = usage.get("prompt_tokens")
        final_usage = not choices
        cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
    else:
        timings = ev.get("timings")  # llama.cpp with timings_per_token
        if timings:
            completion = timings.get("predicted_n")
            if timings.get("prompt_n") is not None:
                cached = timings.get("cache_n", 0)
                prompt = timings.get("prompt_n", 0) + cached
    return Chunk(text, finish, completion, prompt, final_usage, cached)


class Events:
    """The parsed SSE events of one open response.

    ``t_read`` is when the bytes holding the current event came off the socket: the start of the cancel lag.
    """

    __slots__ = ("_response", "_stall", "t_read", "aborted")

    def __init__(self, response: httpx2.Response, stall_timeout: float) -> None:
        self._response = response
        self._stall = stall_timeout
        self.t_read = 0.0
        self.aborted = False

    def abort(self) -> None:
        """Shut the connection down now, without awaiting: the server sees the FIN before this task yields.

        The pool's own close (which yields to the loop before it closes the file descriptor) follows when the
        ``Wire.stream`` block exits; by then the server has already stopped generating for this request.
        """
        self.aborted = True
        ns = self._response.extensions.get("network_stream")
        sock = ns.get_extra_info("socket") if ns is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the peer: nothing left to stop

    def __aiter__(self) -> AsyncIterator[Chunk]:
        return self._iter()

    async def _iter(self) -> AsyncIterator[Chunk]:
        # The transport's read timeout (= stall_timeout) catches a silent server. A server that keeps the
        # connection alive with ': ping' comments but sends no data is caught here, timed only on comment lines.
        idle_since: float | None = None
        clock = time.perf_counter
        pending = b""
        try:
            # The pool's byte stream directly: Response.aiter_raw adds a re-chunker and a context per read.
            async for raw in self._response.stream:  # type: ignore[union-attr]
                self.t_read = clock()
                buf = pending + raw if pending else raw
                if b"\r" in buf:  # CRLF line ends (sse-starlette); a lone trailing CR may be half of one
                    buf = buf.replace(b"\r\n", b"\n")
                    if buf.endswith(b"\r"):
                        buf, pending = buf[:-1], b"\r"
                    else:
                        pending = b""
                else:
                    pending = b""
                lines = buf.split(b"\n")
                tail = lines.pop()  # the unfinished last line ("" when the read ended on a line end)
                if tail:
                    pending = tail + pending
                for line in lines:
                    if not line.startswith(b"data:"):
                        if line.startswith(b":"):
                            now = time.monotonic()
                            if idle_since is None:
                                idle_since = now
                            elif now - idle_since > self._stall:
                                raise StreamBroken(f"stalled: no data for {self._stall:g}s (keep-alives only)")
                        continue  # blank separators, comments, 'event:' lines
                    idle_since = None
                    payload = line[5:].strip()
                    if payload == b"[DONE]":
                        return
                    try:
                        chunk = _parse(payload)
                    except (ValueError, AttributeError, TypeError) as exc:
                        raise StreamBroken(f"malformed SSE data: {payload[:80]!r} ({exc})") from None
                    yield chunk
        except httpx2.ReadTimeout:
            raise StreamBroken(f"stalled: no data for {self._stall:g}s") from None
        except httpx2.HTTPError as exc:
            if self.aborted:
                return  # we shut the socket ourselves: whatever the read says now is not the server's fault
            raise StreamBroken(f"stream interrupted: {type(exc).__name__}: {exc}") from None


class Wire:
    """An OpenAI-compatible endpoint (one or several replicas) with a pool sized to the run's concurrency."""

    def __init__(self, endpoint: Endpoint, api_key: str, *, base_url: str | None = None) -> None:
        self.endpoint = endpoint
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
        self._http = httpx2.AsyncClient(
            limits=httpx2.Limits(max_connections=conc + 4, max_keepalive_connections=conc + 4),
            timeout=timeout,
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
        """Remove the API key from a message (some servers echo the key they refused)."""
        key = self._key
        return text.replace(key, "***") if len(key) >= 6 and key in text else text

    async def list_models(self) -> list[str]:
        """Models served, from the first replica that answers (the others are put in their cool-down)."""
        last: RequestFailed | None = None
        for r in self.replicas.items:
            try:
                page = await self._sdk[r.url].models.list()
            except openai.APITimeoutError:
                last = RequestFailed(f"{r.url}/models timed out", retryable=True)
            except openai.APIConnectionError as exc:
                last = RequestFailed(self.scrub(f"cannot reach {r.url}: {cause(exc)}"), retryable=True)
            except openai.APIStatusError as exc:
                last = self._failed(exc.response)
                if last.status is not None and last.status < 500:
                    raise last from None  # the key or the route: the same on every replica
            except (openai.APIError, ValueError, KeyError, TypeError):
                self.replicas.ok(r)
                return []  # not an OpenAI model list: nothing to check the model against
            else:
                self.replicas.ok(r)
                return [str(m.id) for m in page.data]
            self.replicas.failed(r)
        assert last is not None
        raise last

    def _failed(self, resp: httpx2.Response) -> RequestFailed:
        failed = failed_response(resp)
        failed.args = (self.scrub(str(failed)),)
        return failed

    def _body(self, req: ChatRequest) -> dict[str, Any]:
        body: dict[str, Any] = {
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
        body.update(self.endpoint.extra_body)
        body.update(req.extra_body)
        return body

    @asynccontextmanager
    async def stream(self, req: ChatRequest) -> AsyncIterator[Events]:
        """Open one streamed chat completion; the response is closed when the block exits, always."""
        replica = self.replicas.acquire()
        try:
            response = await self._open(replica, self._body(req))
            try:
                yield Events(response, self.stall_timeout)
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
        except openai.APITimeoutError as exc:
            if isinstance(exc.__cause__, httpx2.PoolTimeout):
                raise RequestFailed(f"no free connection within {POOL_TIMEOUT:g}s (pool)", retryable=True) from None
            self.replicas.failed(replica)
            raise RequestFailed("no response before the stall timeout", retryable=True) from None
        except openai.APIStatusError as exc:
            if exc.status_code >= 500:
                self.replicas.failed(replica)
            raise self._failed(exc.response) from None
        except openai.APIConnectionError as exc:
            self.replicas.failed(replica)
            raise RequestFailed(self.scrub(f"cannot reach {replica.url}: {cause(exc)}"), retryable=True) from None
        self.replicas.ok(replica)
        # The SDK's stream object is never iterated: its body is read raw by Events, and closed by Wire.stream.
        response: httpx2.Response = sse.response
        return response
