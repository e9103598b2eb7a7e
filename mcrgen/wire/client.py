"""The wire: one streamed chat completion per call, parsed and closable without an await.

One request shape (``n=1``, ``max_tokens`` always set, streamed) and two guarantees:

* leaving :meth:`Wire.stream` closes the HTTP response, whatever happened inside (a bare ``break`` out of an
  SDK stream leaves the connection open and the server generating to ``max_tokens``);
* :meth:`Events.abort` shuts the socket down *synchronously* (:mod:`mcrgen.wire.events`).

The openai SDK builds each request's head (auth, base URL, its headers and ours) once per replica
(:mod:`mcrgen.wire.prepared`), so mcrgen speaks to a server exactly as the SDK does; its retries are off because
:mod:`mcrgen.wire.retry` owns them. Requests go out on mcrgen's own pooled HTTP/1.1 connections
(:mod:`mcrgen.wire.transport`, also the SDK's transport for ``/models``), whose replies are cut into SSE lines
where the bytes arrive (no content decoding: ``Accept-Encoding: identity``). With a proxy configured the SDK sends
each request on httpx's stock transport instead, and the same reader reads its raw body. Requests spread over the
endpoint's replicas (:mod:`mcrgen.wire.replicas`).

No error message leaving this module contains the API key: server bodies that echo it are scrubbed.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai

from mcrgen.recipe.bounds import OWNED_FIELDS
from mcrgen.recipe.loader import Endpoint
from mcrgen.redact import register, scrub
from mcrgen.wire.events import BYTE_CAP_BASE as BYTE_CAP_BASE
from mcrgen.wire.events import BYTE_CAP_PER_TOKEN as BYTE_CAP_PER_TOKEN
from mcrgen.wire.events import MAX_CHARS_PER_TOKEN as MAX_CHARS_PER_TOKEN
from mcrgen.wire.events import MIN_TOKEN_MARGIN as MIN_TOKEN_MARGIN
from mcrgen.wire.events import TOKEN_MARGIN as TOKEN_MARGIN
from mcrgen.wire.events import Events as Events
from mcrgen.wire.failures import ReplyTooLong as ReplyTooLong
from mcrgen.wire.failures import RequestFailed as RequestFailed
from mcrgen.wire.failures import StreamBroken as StreamBroken
from mcrgen.wire.failures import failed_response, request_failure, unauthorized
from mcrgen.wire.http11 import Connection
from mcrgen.wire.prepared import MAX_ERROR_BODY, PreparedPost, prepare_post
from mcrgen.wire.replicas import Replica, Replicas
from mcrgen.wire.sse import Chunk as Chunk
from mcrgen.wire.sse import safe_message
from mcrgen.wire.transport import StreamTransport

POOL_TIMEOUT = 30.0
"""Seconds a request may wait for a free connection. The pool is sized to the concurrency, so waiting at all means
leaked connections; a bounded wait turns that into a retryable error instead of a silent hang."""


def _model_ids(body: Any, url: str) -> list[str]:
    """The model ids of a /models reply; [] for a JSON reply of another shape (nothing to check against).
    A reply that is not JSON at all (an HTML page) means the base URL points at something else."""
    if isinstance(body, str | bytes):
        raise _not_json(url, str(body))
    data = body.get("data") if isinstance(body, dict) else None
    if not isinstance(data, list):
        return []
    return [str(m["id"]) for m in data if isinstance(m, dict) and isinstance(m.get("id"), str | int)]


def _not_json(url: str, body: str) -> RequestFailed:
    """The base URL answers, but not as an OpenAI-compatible server: an HTML page, or "JSON" that does not parse."""
    return RequestFailed(
        f"{url}/models answered with something that is not JSON ({safe_message(body[:60])!r}); "
        f"check the base URL (an OpenAI-compatible server usually ends in /v1)",
        status=200,
    )


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


class Wire:
    """An OpenAI-compatible endpoint (one or several replicas) with a pool sized to the run's concurrency."""

    def __init__(self, endpoint: Endpoint, api_key: str, *, base_url: str | None = None) -> None:
        self.endpoint = endpoint
        register(api_key)
        self.key_sent = bool(api_key.strip())
        """False when the key variable is unset or empty: a placeholder goes out (SDKs insist on one)."""
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
        self._transport = None if _proxied() else StreamTransport(conc + 4)
        self._timeouts = {"connect": 10.0, "read": endpoint.stall_timeout, "pool": timeout.pool}
        self._prepared: dict[str, PreparedPost | None] = {}
        self._http = (
            httpx2.AsyncClient(transport=self._transport, timeout=timeout)
            if self._transport is not None
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
            except json.JSONDecodeError as exc:  # it answered, as JSON that does not parse: no API server there
                raise _not_json(r.url, exc.doc) from None
            except Exception as exc:  # the one table decides what any failure means
                last, replica_fault = request_failure(exc, r.url)
                last.args = (self.scrub(str(unauthorized(last, self.endpoint.api_key_env, self.key_sent))),)
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
            body = self._body(req)
            opened = await (self._send(replica, body) if self._transport is not None else self._open(replica, body))
            try:
                yield Events(opened, self.stall_timeout, req.max_tokens)
            finally:
                # A reply read to its end leaves its connection for the next request; any other is closed (no
                # draining): the server sees the disconnect.
                if isinstance(opened, Connection):
                    assert self._transport is not None
                    self._transport.pool.release(opened)
                else:
                    await opened.aclose()
        finally:
            self.replicas.release(replica)

    async def _send(self, replica: Replica, body: dict[str, Any]) -> Connection | httpx2.Response:
        """Send the request with the SDK's prepared head on a pooled connection; its reply's body is left unread.
        (Through ``post`` instead when the head cannot be prepared with this SDK.)"""
        assert self._transport is not None
        try:
            if replica.url not in self._prepared:
                self._prepared[replica.url] = prepare_post(self._sdk[replica.url], "/chat/completions", self._headers)
        except Exception as exc:  # a key no header may carry: the same failure as through the SDK
            raise self._failure(replica, *request_failure(exc, replica.url)) from None
        prepared = self._prepared[replica.url]
        if prepared is None:
            return await self._open(replica, body)
        try:
            conn, status, _, headers = await self._transport.exchange(
                prepared.key, prepared.request(body), self._timeouts
            )
            if 200 <= status < 300:
                self.replicas.ok(replica)
                return conn
            try:
                failed = failed_response(await self._error_reply(conn, status, headers))
            finally:
                self._transport.pool.release(conn)
            replica_fault = status >= 500
        except Exception as exc:  # the one table decides what any failure means
            failed, replica_fault = request_failure(exc, replica.url, pool_timeout=POOL_TIMEOUT)
        raise self._failure(replica, failed, replica_fault) from None

    def _failure(self, replica: Replica, failed: RequestFailed, replica_fault: bool) -> RequestFailed:
        """``failed``, scrubbed, with the replica put in its cool-down when it is to blame."""
        if replica_fault:
            self.replicas.failed(replica)
        failed.args = (self.scrub(str(unauthorized(failed, self.endpoint.api_key_env, self.key_sent))),)
        return failed

    @staticmethod
    async def _error_reply(conn: Connection, status: int, headers: list[tuple[bytes, bytes]]) -> httpx2.Response:
        """A non-2xx reply with (the start of) its body, as the SDK would have read it for its status error."""
        body = b""
        while len(body) < MAX_ERROR_BODY and (piece := await conn.read_piece()):
            body += piece
        return httpx2.Response(status, headers=headers, content=body[:MAX_ERROR_BODY])

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
            raise self._failure(replica, *request_failure(exc, replica.url, pool_timeout=POOL_TIMEOUT)) from None
        self.replicas.ok(replica)
        # The SDK's stream object is never iterated: its body is read raw by Events, and closed by Wire.stream.
        response: httpx2.Response = sse.response
        return response
