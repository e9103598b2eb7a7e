"""The wire: the only module that talks to the openai SDK.

One request shape (``n=1``, ``max_tokens`` always set, streamed) and one guarantee: leaving :meth:`Wire.stream`
closes the HTTP response at once, whatever happened inside. A bare ``break`` out of an SDK stream leaves the
connection open and the server generating to ``max_tokens``; here the response is closed in ``finally``.

The SDK builds the request (auth, base URL, retries before the first byte). The body is read as raw SSE lines
and parsed with ``json.loads``: building the SDK's chunk objects costs tens of microseconds per chunk, which
is most of the client's CPU at high concurrency.
"""

from __future__ import annotations

import json
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
    """A request that failed after the SDK's retries; ``retryable`` says whether a later try may succeed."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


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
            max_retries=endpoint.max_retries,
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

    async def list_models(self) -> list[str]:
        try:
            page = await self._client.models.list()
        except openai.APIStatusError as exc:
            raise _failed(exc) from None
        except openai.APIConnectionError as exc:
            raise RequestFailed(f"cannot reach {self._client.base_url}: {exc}", retryable=True) from None
        return [m.id for m in page.data]

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
            raise _failed(exc) from None
        except openai.APITimeoutError:
            raise RequestFailed("request timed out before the stream started", retryable=True) from None
        except openai.APIConnectionError as exc:
            raise RequestFailed(f"cannot reach {self._client.base_url}: {exc}", retryable=True) from None
        try:
            yield _events(response)
        finally:
            # Closing the response closes the socket (no draining): the server sees the disconnect now.
            await response.close()
            await manager.__aexit__(None, None, None)


async def _events(response: Any) -> AsyncIterator[Chunk]:
    try:
        async for line in response.iter_lines():
            if not line or line[0] != "d" or not line.startswith("data:"):
                continue  # blank separators, ': keep-alive' comments, 'event:' lines
            payload = line[5:].strip()
            if payload == "[DONE]":
                return
            try:
                yield _parse(payload)
            except (ValueError, AttributeError, TypeError) as exc:
                raise StreamBroken(f"malformed SSE data: {payload[:80]!r} ({exc})") from None
    except (httpx2.TransportError, openai.APIError) as exc:
        raise StreamBroken(f"stream interrupted: {type(exc).__name__}: {exc}") from None


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
    return RequestFailed(msg, status=status, retryable=status == 429 or status >= 500 or status == 408)


def endpoint_error(exc: RequestFailed) -> EndpointError:
    return EndpointError(str(exc))
