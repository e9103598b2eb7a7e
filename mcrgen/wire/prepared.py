"""A chat request's head as the openai SDK builds it, built once per replica; each stream then adds only its body.

Measured (scripts/bench_client.py era of issue 17): ``AsyncOpenAI.post`` costs about 0.5 ms of CPU per request before
a byte is sent (options model, URL parsing and merging, header normalisation, the httpx client's auth and redirect
layers), which at ~18 requests per 1000 streamed tokens is ~9 µs per token: as much as reading every event. The head
it builds is the same for every chat request to one replica (base URL, auth, the SDK's own headers, ours), so the SDK
builds it once, through its own ``_build_request`` (the step ``post`` runs), and every request reuses those bytes.
The body is serialised as the SDK serialises JSON (``ensure_ascii=False``, compact separators, no NaN).

Non-2xx replies become :class:`~mcrgen.wire.failures.RequestFailed` through the same :func:`failed_response` the
SDK's status errors go through; transport errors are httpx's own, mapped by the same table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import openai

from mcrgen.wire.transport import Key, head_lines, origin

MAX_ERROR_BODY = 1 << 16
"""Bytes of a non-2xx reply's body kept for its message (the message shows 200 characters of it)."""


@dataclass(frozen=True, slots=True)
class PreparedPost:
    key: Key
    """Where the request goes: scheme, host, port."""
    prefix: bytes
    """Request line and headers without Content-Length and the blank line."""

    def request(self, body: Any) -> bytes:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
        return b"%sContent-Length: %d\r\n\r\n%s" % (self.prefix, len(data), data)


def prepare_post(sdk: openai.AsyncOpenAI, path: str, headers: dict[str, str]) -> PreparedPost | None:
    """The SDK's request for ``POST path`` with ``headers``, as reusable bytes; None when this SDK's internals are
    not the ones this was written for (the caller then sends every request through ``post``). Raises what checking
    the head raises (a key that no header may carry: ``httpx2.LocalProtocolError``)."""
    try:
        from openai._models import FinalRequestOptions

        options = FinalRequestOptions.construct(method="post", url=path, json_data={}, headers=headers)
        request = sdk._build_request(options)
    except (ImportError, AttributeError, TypeError):
        return None
    kept = [(k, v) for k, v in request.headers.raw if k.lower() != b"content-length"]
    return PreparedPost(origin(request.url), head_lines(request.method, request.url.raw_path, kept))
