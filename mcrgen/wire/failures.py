"""How an endpoint's failures read: the exceptions of the wire and the messages of HTTP errors.

Kept apart from :mod:`mcrgen.wire.client` so the wire module holds only the request and the stream.
"""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx2


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


def cause(exc: BaseException) -> str:
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


def failed_response(resp: httpx2.Response) -> RequestFailed:
    status = resp.status_code
    try:
        text = resp.text.strip()
    except (httpx2.HTTPError, RuntimeError):  # pragma: no cover - body not read
        text = ""
    body: Any = text
    try:
        parsed = json.loads(text)
    except ValueError:
        pass
    else:
        body = parsed.get("error", parsed) if isinstance(parsed, dict) else parsed
    body = str(body)[:200] if body else ""
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
        retry_after=_retry_after(resp.headers),
    )
