"""One SSE event of a chat-completion stream, parsed as untrusted data.

A server's reply is data, never a crash: every field is checked for its type, and a payload of the wrong shape
raises ``ValueError``/``TypeError`` (the stream turns it into :class:`~mcrgen.wire.failures.StreamBroken`: retried,
then recorded). Text is normalised by one documented rule (:func:`clean_text`): lone surrogates become U+FFFD,
NULs are kept (JSON rows escape them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from mcrgen.errors import a_or_an
from mcrgen.redact import scrub
from mcrgen.wire.failures import StreamBroken

_loads: Callable[[bytes], Any]
try:  # orjson parses a chunk in about a third of json.loads's time; optional, same results
    import orjson

    _loads = orjson.loads
    _dumps: Callable[[Any], bytes] = orjson.dumps
except ImportError:  # pragma: no cover - depends on the environment
    _loads = json.loads

    def _dumps(obj: Any) -> bytes:
        return json.dumps(obj).encode()


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
    """Prompt tokens served from the server's prefix cache, where it says (``prompt_tokens_details``, ``cache_n``)."""


LONE_SURROGATE = re.compile("[\ud800-\udfff]")
"""A surrogate left in a decoded string has no partner (the JSON decoder joins pairs): no UTF-8 file can hold it."""


_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _load(payload: bytes) -> Any:
    if _loads is json.loads and payload[:1] == b"{" and payload[1:2] != b"\x00":
        # What json.loads does for such bytes (its encoding sniffing says UTF-8: the first byte is '{', the
        # second not NUL), minus its wrappers: the C scanner on the decoded text, which must end exactly at the
        # end (the payload is stripped, so json.loads would allow nothing after it either). Anything this path
        # does not take goes through json.loads below, which gives the very same result or error.
        try:
            text = payload.decode("utf-8", "surrogatepass")
            obj, end = _scan(text, 0)
            if end == len(text):
                return obj
        except (ValueError, StopIteration):
            pass
    try:
        return _loads(payload)
    except ValueError:
        # orjson refuses JSON-escaped lone surrogates ("\\ud800"); the standard parser takes them, and
        # clean_text below turns them into U+FFFD. Anything else it refuses is malformed for both.
        return json.loads(payload)


def clean_text(value: Any) -> str:
    """A server's text field as storable text: None -> "", a non-string is malformed (TypeError, so the stream is
    retried), lone surrogates (which no UTF-8 file can hold) -> U+FFFD. NULs are kept: JSON escapes them as
    \\u0000, so every row stays one valid line."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"text is {a_or_an(type(value).__name__)}, not a string")
    if value.isascii():
        return value
    return LONE_SURROGATE.sub("\ufffd", value)


MAX_COUNT = 10**9
"""No single request reports more tokens than this; a larger count is a malformed reply, not a bill."""


def _count(value: Any) -> int | None:
    """A token counter from the server: a non-negative int, or None when absent. Booleans, floats, strings and
    negatives are malformed (TypeError): a wrong count would be booked as spent tokens."""
    if value is None:
        return None
    if type(value) is not int or not 0 <= value <= MAX_COUNT:
        raise TypeError(f"token count {str(value)[:40]} is not an integer in 0..{MAX_COUNT}")
    return value


def _obj(value: Any, what: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"{what} is {a_or_an(type(value).__name__)}, not an object")
    return value


def parse_event(payload: bytes) -> Chunk:
    """One SSE data payload as a :class:`Chunk`. Every field is checked for its type: a reply of the wrong shape
    raises ValueError or TypeError, which the stream turns into :class:`StreamBroken` (retried, then recorded).

    This runs once per token, so the common shape (a dict, one choice, string content, int counts) is checked
    inline with ``type(...) is``; the helpers only run for what is absent or unusual."""
    ev = _load(payload)
    if type(ev) is not dict:
        raise StreamBroken(f"unexpected SSE payload: {payload[:80]!r}")
    if "error" in ev:
        raise StreamBroken(f"server error event: {str(ev['error'])[:200]}")
    text = ""
    finish = None
    choices = ev.get("choices")
    if choices:
        if type(choices) is not list:
            raise TypeError(f"choices is {a_or_an(type(choices).__name__)}, not a list")
        ch = choices[0]
        if type(ch) is not dict:
            raise TypeError(f"choices[0] is {a_or_an(type(ch).__name__)}, not an object")
        delta = ch.get("delta")
        if type(delta) is not dict:
            delta = _obj(delta, "delta")
        content = delta.get("content")
        text = content if type(content) is str and content.isascii() else clean_text(content)
        if len(delta) > 1 or "content" not in delta:
            # Reasoning models stream their thinking in a separate field; validators must see all generated text.
            text = clean_text(delta.get("reasoning_content") or delta.get("reasoning")) + text
        finish = ch.get("finish_reason")
        if finish is not None and type(finish) is not str:
            raise TypeError(f"finish_reason {finish!r} is not a string")
    usage = ev.get("usage")
    completion = prompt = cached = None
    final_usage = False
    if usage:
        if type(usage) is not dict:
            raise TypeError(f"usage is {a_or_an(type(usage).__name__)}, not an object")
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
        timings = _obj(ev["timings"], "timings")  # llama.cpp with timings_per_token
        if timings:
            completion = _count(timings.get("predicted_n"))
            if timings.get("prompt_n") is not None:
                cached = _count(timings.get("cache_n")) or 0
                prompt = _count(timings.get("prompt_n")) + cached  # type: ignore[operator]
    return Chunk(text, finish, completion, prompt, final_usage, cached)


def safe_message(text: str) -> str:
    """A server-supplied message fit for one line of a terminal or a JSON row: no secret, no surrogate, no newline."""
    text = LONE_SURROGATE.sub("\ufffd", scrub(text))
    return " ".join(text.split())[:300]


class SSELines:
    """A response body cut into lines as its pieces arrive, within a byte cap.

    A line ends at LF, CRLF or a CR alone (the SSE spec allows all three); the lines hold no line end, so a blank
    line is ``b""`` whichever the server sends. The piece that takes the body past ``cap`` bytes is not cut: a
    ``None`` in ``lines`` marks where the cap was passed, after the lines of the pieces before it (the reader raises
    there), and nothing more is taken.
    """

    __slots__ = ("lines", "_pending", "_cr", "received", "cap")

    def __init__(self, cap: int) -> None:
        self.lines: list[bytes | None] = []
        self._pending = b""
        self._cr = False  # the last piece ended in CR: an LF that starts the next one is the rest of a CRLF
        self.received = 0
        self.cap = cap

    def feed(self, piece: bytes) -> None:
        if self.received > self.cap:
            return  # already past the cap: the reader stops at the marker
        self.received += len(piece)
        if self.received > self.cap:
            self.lines.append(None)
            return
        if self._pending:
            piece = self._pending + piece
        # One memchr over an LF body's piece; only a CR makes a copy. (``13 in``, not ``b"\r" in``: bytes.__contains__
        # tries its argument as an int first, and a bytes argument costs it a TypeError raised and cleared.)
        if self._cr or 13 in piece:
            piece = self._to_lf(piece)
        parts = piece.split(b"\n")
        self._pending = parts.pop()  # the unfinished last line ("" when the piece ended on a line end)
        self.lines += parts

    def _to_lf(self, piece: bytes) -> bytes:
        """``piece`` with every line end as LF. A CR that ends a piece ends its line now (holding it back for a
        possible LF would delay each event of a CR-only body by one read), so an LF that starts the next piece is
        dropped: the two were one CRLF. A CR alone inside a line ends it too, as the spec and the openai SDK read it
        (in JSON a raw CR could only be whitespace between tokens; servers put none there)."""
        if not piece:
            return piece
        if self._cr and piece[0] == 10:  # b"\n"
            piece = piece[1:]
        self._cr = piece[-1:] == b"\r"
        return piece.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    def take(self) -> list[bytes | None]:
        """The lines cut so far, handed over (the next ones go to a new list)."""
        lines = self.lines
        self.lines = []
        return lines
