"""How an endpoint's failures read: the wire's two exceptions and the one table that maps every lower-layer error
(the SDK's, the HTTP library's, a reply that is not what it claims) onto them, as httpx maps the errors of its
transports onto its own. Nothing below the wire escapes it: a caller sees :class:`RequestFailed` (before the stream
started), :class:`StreamBroken` (after) or :class:`ReplyTooLong` (the server ignored ``max_tokens``), each with
a one-line message that holds no secret.

Kept apart from :mod:`mcrgen.wire.client` so the wire module holds only the request and the stream.
"""

from __future__ import annotations

import email.utils
import json
import math
import os
import time
from dataclasses import dataclass
from typing import Any

import httpx2
import openai

from mcrgen.redact import scrub


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


class ReplyTooLong(Exception):
    """The server streamed past ``max_tokens`` (plus a margin) or past the byte cap: the wire stopped reading and
    closed the connection. Not retried: the same server would do the same again."""


@dataclass(frozen=True, slots=True)
class Meaning:
    """One row of the table: what a lower-layer error means for mcrgen."""

    message: str
    """Format string; ``{url}`` is the replica, ``{cause}`` the innermost reason."""
    retryable: bool
    replica_fault: bool
    """True when the replica itself is to blame (it goes into its cool-down); False for our side (pool, config)."""


# Most specific first: the first row whose type matches the error (or its innermost cause) decides.
_TABLE: tuple[tuple[tuple[type[BaseException], ...], Meaning], ...] = (
    ((httpx2.PoolTimeout,), Meaning("no free connection within {pool:g}s (pool)", True, False)),
    (
        (httpx2.LocalProtocolError, httpx2.InvalidURL, httpx2.UnsupportedProtocol),
        Meaning("cannot send the request to {url}: {cause}; check the API key and the base URL", False, False),
    ),
    ((openai.APITimeoutError, httpx2.TimeoutException), Meaning("no response before the stall timeout", True, True)),
    ((openai.APIConnectionError, httpx2.TransportError, OSError), Meaning("cannot reach {url}: {cause}", True, True)),
)


def _innermost(exc: BaseException) -> list[BaseException]:
    chain = [exc]
    for _ in range(8):  # bounded: a context chain can be long or (rarely) cyclic
        nxt = chain[-1].__cause__ or chain[-1].__context__
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain


def request_failure(exc: BaseException, url: str, *, pool_timeout: float = 30.0) -> tuple[RequestFailed, bool]:
    """The :class:`RequestFailed` for any error raised while sending a request, and whether the replica is to blame.

    HTTP status errors read their body (scrubbed); every other error goes through :data:`_TABLE`; an error the
    table does not know is a non-retryable failure naming its type, never a traceback.
    """
    if isinstance(exc, openai.APIStatusError):
        return failed_response(exc.response), exc.status_code >= 500
    chain = _innermost(exc)
    for types, row in _TABLE:
        if any(isinstance(e, types) for e in reversed(chain)):
            msg = row.message.format(url=url, cause=cause(exc), pool=pool_timeout)
            return RequestFailed(scrub(msg), retryable=row.retryable), row.replica_fault
    return RequestFailed(scrub(f"request to {url} failed: {type(exc).__name__}: {cause(exc)}")), False


def cause(exc: BaseException) -> str:
    """The innermost reason of a connection error ('Connection refused'), not the SDK's generic wrapper text."""
    for _ in range(8):  # bounded: a context chain can be long or (rarely) cyclic
        nxt = exc.__cause__ or exc.__context__
        if nxt is None:
            break
        exc = nxt
    text = str(exc) or type(exc).__name__
    lines = text.splitlines()
    return scrub(lines[0] if lines else text)[:200]


def _retry_after(headers: Any) -> float | None:
    """Seconds from Retry-After (delta-seconds or an HTTP date) or OpenAI's retry-after-ms."""
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return _seconds(float(ms) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return _seconds(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return _seconds(when.timestamp() - time.time())


def _seconds(value: float) -> float:
    """A wait from a header: NaN and infinities are refused (ValueError); the cap is the retry policy's."""
    if not math.isfinite(value):
        raise ValueError("not a finite number of seconds")
    return max(0.0, value)


AUTH_HINT = "the API key was refused: set the variable named by endpoint.api_key_env"


def key_problem(key_env: str, key_sent: bool) -> str:
    """What a refusal (401/403) says about the key: the variable is unset or empty (nothing was sent, so nothing
    was refused), or the key it holds was refused. Names the variable, never its value."""
    if not key_sent:
        how = "is not set" if os.environ.get(key_env) is None else "is empty"
        return f"no API key was sent: the environment variable {key_env} {how}"
    return f"the API key in {key_env} was refused"


def unauthorized(failed: RequestFailed, key_env: str, key_sent: bool) -> RequestFailed:
    """A 401 said in terms of the variable that holds the key (see :func:`key_problem`); other failures as they are."""
    if failed.status == 401:
        fix = f"{key_problem(key_env, key_sent)}; set {key_env} to a key this server accepts"
        failed.args = (str(failed).replace(AUTH_HINT, fix, 1),)
    return failed


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
    body = scrub(str(body))[:200] if body else ""
    hint = {
        401: AUTH_HINT,
        403: "access denied: check the API key's permissions",
        404: "not found: check endpoint.base_url (usually ends in /v1) and endpoint.model",
        405: "this URL does not take chat completions: is it an OpenAI-compatible server (base_url ending in /v1)?",
        501: "this URL does not take chat completions: is it an OpenAI-compatible server (base_url ending in /v1)?",
    }.get(status, "")
    msg = f"HTTP {status} from endpoint" + (f": {hint}" if hint else "") + (f" ({body})" if body else "")
    return RequestFailed(
        scrub(" ".join(msg.split())),
        status=status,
        retryable=status in (408, 409, 429) or (status >= 500 and status != 501),
        retry_after=_retry_after(resp.headers),
    )
