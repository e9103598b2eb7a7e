"""The reader as it was at 82c839f, kept as the oracle of tests/unit/test_wire_reader.py: h11 for the HTTP framing
(what httpcore ran), then the old line splitter and event parser, verbatim. New readers must give the same chunks
and the same outcome for the same bytes, however the bytes are cut.

One outcome was changed on purpose since (stop 26): a body that ends without a single ``data:`` line (a web page,
a JSON document) says so, instead of "closed before [DONE]"; the oracle says it too.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import h11

from mcrgen.wire.client import BYTE_CAP_BASE, BYTE_CAP_PER_TOKEN, MAX_CHARS_PER_TOKEN, MIN_TOKEN_MARGIN, TOKEN_MARGIN
from mcrgen.wire.failures import ReplyTooLong, StreamBroken
from mcrgen.wire.sse import MAX_COUNT, Chunk, _count, _obj, clean_text, safe_message


class HeadFailed(Exception):
    """The response head did not parse: the request fails before any stream exists."""


def h11_body(pieces: list[bytes]) -> Iterator[bytes]:
    """The body pieces httpcore would have handed on for these socket reads (one per h11 Data event)."""
    conn = h11.Connection(h11.CLIENT, max_incomplete_event_size=100 * 1024)
    headers = [("Host", "x"), ("Content-Length", "0")]
    conn.send(h11.Request(method="POST", target="/v1/chat/completions", headers=headers))
    conn.send(h11.EndOfMessage())
    reads = iter(pieces)
    head = False
    while True:
        try:
            ev = conn.next_event()
        except h11.ProtocolError as exc:
            if not head:
                raise HeadFailed(str(exc)) from None
            raise StreamBroken(f"stream interrupted: RemoteProtocolError: {exc}") from None
        if ev is h11.NEED_DATA:
            if conn.their_state is h11.DONE:
                return
            conn.receive_data(next(reads, b""))  # b"": the peer closed
            continue
        if isinstance(ev, h11.InformationalResponse):
            continue
        if isinstance(ev, h11.Response):
            head = True
            continue
        if isinstance(ev, h11.Data):
            yield bytes(ev.data)
            continue
        if isinstance(ev, h11.EndOfMessage):
            return
        if not head:
            raise HeadFailed("Server disconnected without sending a response.")
        raise StreamBroken("stream interrupted: RemoteProtocolError: closed")


def old_load(payload: bytes) -> Any:
    return json.loads(payload)  # no orjson in the reference environment; with it, the old code tried it first


def old_parse_event(payload: bytes) -> Chunk:
    ev = old_load(payload)
    if type(ev) is not dict:
        raise StreamBroken(f"unexpected SSE payload: {payload[:80]!r}")
    if "error" in ev:
        raise StreamBroken(f"server error event: {str(ev['error'])[:200]}")
    text = ""
    finish = None
    choices = ev.get("choices")
    if choices:
        if type(choices) is not list:
            raise TypeError(f"choices is a {type(choices).__name__}, not a list")
        ch = choices[0]
        if type(ch) is not dict:
            raise TypeError(f"choices[0] is a {type(ch).__name__}, not an object")
        delta = ch.get("delta")
        if type(delta) is not dict:
            delta = _obj(delta, "delta")
        content = delta.get("content")
        text = content if type(content) is str and content.isascii() else clean_text(content)
        if len(delta) > 1 or "content" not in delta:
            text = clean_text(delta.get("reasoning_content") or delta.get("reasoning")) + text
        finish = ch.get("finish_reason")
        if finish is not None and type(finish) is not str:
            raise TypeError(f"finish_reason {finish!r} is not a string")
    usage = ev.get("usage")
    completion = prompt = cached = None
    final_usage = False
    if usage:
        if type(usage) is not dict:
            raise TypeError(f"usage is a {type(usage).__name__}, not an object")
        completion = usage.get("completion_tokens")
        if type(completion) is not int or not 0 <= completion <= MAX_COUNT:
            completion = _count(completion)
        prompt = usage.get("prompt_tokens")
        if type(prompt) is not int or not 0 <= prompt <= MAX_COUNT:
            prompt = _count(prompt)
        final_usage = not choices
        details = usage.get("prompt_tokens_details")
        if details:
            cached = _count(_obj(details, "prompt_tokens_details").get("cached_tokens"))
    elif "timings" in ev:
        timings = _obj(ev["timings"], "timings")
        if timings:
            completion = _count(timings.get("predicted_n"))
            if timings.get("prompt_n") is not None:
                cached = _count(timings.get("cache_n")) or 0
                prompt = _count(timings.get("prompt_n")) + cached  # type: ignore[operator]
    return Chunk(text, finish, completion, prompt, final_usage, cached)


def old_events(body: Iterator[bytes], stall: float, max_tokens: int) -> Iterator[Chunk]:
    """Events._events at 82c839f over the body pieces (the socket shutdown of a too-long reply aside)."""
    allowed = max_tokens + max(MIN_TOKEN_MARGIN, int(max_tokens * TOKEN_MARGIN))
    max_chars, max_bytes = allowed * MAX_CHARS_PER_TOKEN, BYTE_CAP_BASE + allowed * BYTE_CAP_PER_TOKEN

    def too_long(what: str) -> ReplyTooLong:
        return ReplyTooLong(  # the wording of stop 49 (the user's max_tokens, then the margin); the rules of 82c839f
            f"the server sent {what}, past what max_tokens {max_tokens} allows ({allowed} with the wire's margin); "
            "the wire closed the stream"
        )

    idle_since: float | None = None
    pending = b""
    received = chars = pieces = 0
    finished = data_seen = False
    for raw in body:
        received += len(raw)
        if received > max_bytes:
            raise too_long(f"more than {max_bytes} bytes")
        buf = pending + raw if pending else raw
        if b"\r" in buf:
            buf = buf.replace(b"\r\n", b"\n")
            if buf.endswith(b"\r"):
                buf, pending = buf[:-1], b"\r"
            else:
                pending = b""
        else:
            pending = b""
        lines = buf.split(b"\n")
        tail = lines.pop()
        if tail:
            pending = tail + pending
        for line in lines:
            if not line.startswith(b"data:"):
                if line.startswith(b":"):
                    now = time.monotonic()
                    if idle_since is None:
                        idle_since = now
                    elif now - idle_since > stall:
                        raise StreamBroken(f"stalled: no data for {stall:g}s (keep-alives only)")
                continue
            idle_since = None
            data_seen = True
            payload = line[5:].strip()
            if payload == b"[DONE]":
                return
            try:
                chunk = old_parse_event(payload)
            except StreamBroken as exc:
                raise StreamBroken(safe_message(str(exc))) from None
            except (ValueError, AttributeError, TypeError, KeyError, IndexError, RecursionError) as exc:
                raise StreamBroken(safe_message(f"malformed SSE data: {payload[:80]!r} ({exc})")) from None
            if chunk.finish_reason is not None:
                finished = True
            if chunk.text:
                pieces += 1
                chars += len(chunk.text)
                if pieces > allowed or chars > max_chars:
                    raise too_long(f"{pieces} chunks of text, {chars} chars")
            if chunk.completion_tokens is not None and chunk.completion_tokens > allowed:
                raise too_long(f"a count of {chunk.completion_tokens} completion tokens")
            yield chunk
    if not finished:
        if idle_since is None and not data_seen:
            raise StreamBroken(
                "the reply held no event-stream data (no 'data:' line): is endpoint.base_url an OpenAI-compatible"
                " server that streams chat completions (usually ending in /v1)?"
            )
        raise StreamBroken("stream interrupted: the connection closed before [DONE] or a finish_reason")
