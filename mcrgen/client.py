"""The wire: the only module that talks to the openai SDK.

One request shape (``n=1``, ``max_tokens`` always set, streamed) and one guarantee: leaving :meth:`Wire.stream`
closes the HTTP response at once, whatever happened inside. A bare ``break`` out of an SDK stream leaves the
connection open and the server generating to ``max_tokens``; here the response is closed in ``finally``.

The SDK builds the request (auth, base URL); it is built with ``max_retries=0`` because mcrgen owns the retry
loop (:mod:`mcrgen.retry`). The body is read as raw SSE lines and parsed with ``json.loads``: building the SDK's
chunk objects costs tens of microseconds per chunk, which is most of the client's CPU at high concurrency.

No error message leaving this module contains the API key: server bodies that echo it are scrubbed.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai

from mcrgen.errors import EndpointError
from mcrgen.recipe import Endpoint


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


class RequestFailed(Exception):
    """A request that failed before its stream started; ``retryable`` says whether a later try may succeed."""

    def __init__(
        self, message: str, *, status: int | None = None, retryable: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class StreamBroken(Exception):
    """The stream ended abnormally after it started: disconnect, malformed SSE, server error event."""


def _parse(payload: str) -> Chunk:
    ev = json.loads(payload)
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
        text = (delta.get("reasoning_content") or delta.get("reasoning") or "") + (delta.get("content") or "")
        finish = ch.get("finish_reason")
    usage = ev.get("usage")
    completion = prompt = None
    final_usage = False
    if usage:
        completion = usage.get("completion_tokens")
        prompt = usage.get("prompt_tokens")
        final_usage = not choices
    else:
        timings = ev.get("timings")  # llama.cpp with timings_per_token
        if timings:
            completion = timings.get("predicted_n")
            if timings.get("prompt_n") is not None:
                prompt = timings.get("prompt_n", 0) + timings.get("cache_n", 0)
    return Chunk(text, finish, completion, prompt, final_usage)


class Wire:
    """An OpenAI-compatible endpoint with a connection pool sized to the run's concurrency."""

    def __init__(self, endpoint: Endpoint, api_key: str, *, base_url: str | None = None) -> None:
        self.endpoint = endpoint
        self._key = api_key
        self.stall_timeout = endpoint.stall_timeout
        conc = endpoint.concurrency
        timeout = httpx2.Timeout(
            endpoint.request_timeout, connect=10.0, read=endpoint.stall_timeout, pool=endpoint.request_timeout
        )
        # Every stream holds one connection; a pool smaller than the concurrency would queue requests silently.
        http = openai.DefaultAsyncHttpxClient(
            limits=httpx2.Limits(max_connections=conc + 4, max_keepalive_connections=conc + 4),
            timeout=timeout,
        )
        self._client = openai.AsyncOpenAI(
            base_url=base_url or endpoint.base_url,
            api_key=api_key,
            max_retries=0,  # retries are mcrgen's (mcrgen.retry): accounted, jittered, seen by the breaker
            timeout=timeout,
            http_client=http,
        )
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
        await self._client.close()

    @property
    def base_url(self) -> str:
        return str(self._client.base_url).rstrip("/")

    def scrub(self, text: str) -> str:
        """Remove the API key from a message (some servers echo the key they refused)."""
        key = self._key
        return text.replace(key, "***") if len(key) >= 6 and key in text else text

    async def list_models(self) -> list[str]:
        try:
            page = await self._client.models.list()
        except openai.APIStatusError as exc:
            raise self._failed(exc) from None
        except openai.APITimeoutError:
            raise RequestFailed(f"{self.base_url}/models timed out", retryable=True) from None
        except openai.APIConnectionError as exc:
            raise RequestFailed(self.scrub(f"cannot reach {self.base_url}: {_cause(exc)}"), retryable=True) from None
        return [str(m.id) for m in page.data]

    def _failed(self, exc: openai.APIStatusError) -> RequestFailed:
        failed = _failed(exc)
        failed.args = (self.scrub(str(failed)),)
        return failed

    @asynccontextmanager
    async def stream(self, req: ChatRequest) -> AsyncIterator[AsyncIterator[Chunk]]:
        """Open one streamed chat completion; the response is closed when the block exits, always."""
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": list(req.messages),
            "max_tokens": req.max_tokens,
            "temperature": req.temperature,
            "n": 1,
            "stream": True,
        }
        if req.seed is not None:
            kwargs["seed"] = req.seed
        if req.top_p is not None:
            kwargs["top_p"] = req.top_p
        if req.stop:
            kwargs["stop"] = list(req.stop)
        if self._stream_options is not None:
            kwargs["stream_options"] = self._stream_options
        extra = {**self.endpoint.extra_body, **req.extra_body}
        if extra:
            kwargs["extra_body"] = extra
        try:
            manager = self._client.chat.completions.with_streaming_response.create(**kwargs)
            response = await manager.__aenter__()
        except openai.APIStatusError as exc:
            raise self._failed(exc) from None
        except openai.APITimeoutError:
            raise RequestFailed("no response before the stall timeout", retryable=True) from None
        except openai.APIConnectionError as exc:
            raise RequestFailed(self.scrub(f"cannot reach {self.base_url}: {_cause(exc)}"), retryable=True) from None
        try:
            yield _events(response, self.stall_timeout)
        finally:
            # Closing the response closes the socket (no draining): the server sees the disconnect now.
            await response.close()
            await manager.__aexit__(None, None, None)


async def _events(response: Any, stall_timeout: float) -> AsyncIterator[Chunk]:
    # The transport's read timeout (= stall_timeout) catches a silent server. A server that keeps the connection
    # alive with ': ping' comments but sends no data is caught here, timed only on comment lines.
    idle_since: float | None = None
    try:
        async for line in response.iter_lines():
            if not line or line[0] != "d" or not line.startswith("data:"):
                if line and line[0] == ":":
                    now = time.monotonic()
                    if idle_since is None:
                        idle_since = now
                    elif now - idle_since > stall_timeout:
                        raise StreamBroken(f"stalled: no data for {stall_timeout:g}s (keep-alives only)")
                continue  # blank separators, comments, 'event:' lines
            idle_since = None
            payload = line[5:].strip()
            if payload == "[DONE]":
                return
            try:
                yield _parse(payload)
            except (ValueError, AttributeError, TypeError) as exc:
                raise StreamBroken(f"malformed SSE data: {payload[:80]!r} ({exc})") from None
    except httpx2.ReadTimeout:
        raise StreamBroken(f"stalled: no data for {stall_timeout:g}s") from None
    except (httpx2.TransportError, openai.APIError) as exc:
        raise StreamBroken(f"stream interrupted: {type(exc).__name__}: {exc}") from None


def _cause(exc: BaseException) -> str:
    """The innermost reason of a connection error ('Connection refused'), not the SDK's generic wrapper text."""
    for _ in range(8):  # bounded: a context chain can be long or (rarely) cyclic
        nxt = exc.__cause__ or exc.__context__
        if nxt is None:
            break
        exc = nxt
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _retry_after(headers: Any) -> float | None:
    """Seconds from Retry-After (delta-seconds or an HTTP date) or OpenAI's retry-after-ms."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _failed(exc: openai.APIStatusError) -> RequestFailed:
    status = exc.status_code
    body = ""
    try:
        body = str(exc.body)[:200] if exc.body else exc.message[:200]
    except Exception:  # pragma: no cover - defensive: bodies can be anything
        body = ""
    hint = {
        401: "the API key was refused: set the variable named by endpoint.api_key_env",
        403: "access denied: check the API key's permissions",
        404: "not found: check endpoint.base_url (usually ends in /v1) and endpoint.model",
    }.get(status, "")
    msg = f"HTTP {status} from endpoint" + (f": {hint}" if hint else "") + (f" ({body})" if body else "")
    return RequestFailed(
        " ".join(msg.split()),
        status=status,
        retryable=status in (408, 409, 429) or status >= 500,
        retry_after=_retry_after(getattr(exc.response, "headers", None)),
    )


def endpoint_error(exc: RequestFailed) -> EndpointError:
    return EndpointError(str(exc))
