"""The streaming reader gives exactly the old reader's chunks and outcome, however the bytes are cut.

Property test (seeded random, no hypothesis in the dev dependencies): each recorded or built response is cut at
random points into socket reads and fed to

* the old reader (tests/support/old_reader.py: h11 framing + the line splitter and parser of 82c839f),
* the new reader on mcrgen's own connection Protocol (``Connection.data_received``, then ``Events``), with the reads
  arriving interleaved with the consumer at random,
* the new ``Events`` on a stock body stream (the path taken when a proxy is configured),

and the three must agree on every Chunk and on the outcome (end, or the same error with the same message; a
framing fault only has to be a framing fault in both, since h11 and the Protocol word it differently).

Recorded streams (tests/data/streams/*.http, see the README there) come from llama.cpp, vLLM and the scripted and
bench servers; built ones vary framing (CRLF, chunk sizes, trailers, extensions, no framing), comments, UTF-8 cut
inside a character, malformed payloads and the size caps.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mcrgen.wire.client import Events
from mcrgen.wire.failures import ReplyTooLong, StreamBroken
from mcrgen.wire.http11 import Connection
from mcrgen.wire.transport import Pool, streamed_response
from tests.support.old_reader import HeadFailed, h11_body, old_events

STREAMS = Path(__file__).resolve().parents[1] / "data" / "streams"
Outcome = tuple[list[Any], str]


def _ending(exc: BaseException | None) -> str:
    if exc is None:
        return "end"
    msg = str(exc)
    if isinstance(exc, StreamBroken) and msg.startswith("stream interrupted: RemoteProtocolError"):
        return "StreamBroken: framing"
    return f"{type(exc).__name__}: {msg}"


def old_outcome(reads: list[bytes], max_tokens: int) -> Outcome:
    chunks: list[Any] = []
    try:
        for ch in old_events(h11_body(reads), 1e9, max_tokens):
            chunks.append(ch)
    except HeadFailed:
        return [], "head failed"
    except (StreamBroken, ReplyTooLong) as exc:
        return chunks, _ending(exc)
    return chunks, "end"


class FakeTransport(asyncio.Transport):
    """A socket that is never written: the test hands the Protocol its reads itself."""

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self.conn = conn
        self.closed = False
        self.reading = True

    def write(self, data: Any) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default

    def pause_reading(self) -> None:
        self.reading = False

    def resume_reading(self) -> None:
        self.reading = True

    def is_closing(self) -> bool:
        return self.closed

    def abort(self) -> None:
        if not self.closed:
            self.closed = True
            asyncio.get_running_loop().call_soon(self.conn.connection_lost, None)


async def _consume(events: Events) -> Outcome:
    chunks: list[Any] = []
    try:
        async for ch in events:
            chunks.append(ch)
    except (StreamBroken, ReplyTooLong) as exc:
        return chunks, _ending(exc)
    return chunks, "end"


async def protocol_outcome(reads: list[bytes], max_tokens: int, rng: random.Random) -> Outcome:
    conn = Connection(("http", "x", 80))
    transport = FakeTransport(conn)
    conn.connection_made(transport)
    conn.send(b"", 1e9)

    async def feed() -> None:
        for data in reads:
            if transport.closed:
                return
            while not transport.reading:  # paused: the consumer has to catch up first
                await asyncio.sleep(0)
            conn.data_received(data)
            if rng.random() < 0.5:
                await asyncio.sleep(0)
        if not transport.closed:
            transport.closed = True
            conn.connection_lost(None)

    feeder = asyncio.create_task(feed())
    try:
        try:
            status, _, headers = await conn.read_head()
        except httpx2.HTTPError:
            return [], "head failed"
        events = Events(streamed_response(conn, Pool(1), status, b"", headers), 1e9, max_tokens)
        assert events._conn is conn, "the reader must take the Protocol's own path"
        return await _consume(events)
    finally:
        await feeder


class _Pieces(httpx2.AsyncByteStream):
    """The old HTTP stack's body pieces, its framing faults raised as httpcore raised them."""

    def __init__(self, first: list[bytes], rest: Iterator[bytes]) -> None:
        self.first, self.rest = first, rest

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.first:
            yield piece
        try:
            for piece in self.rest:
                yield piece
        except StreamBroken as exc:
            raise httpx2.RemoteProtocolError(str(exc)) from None


async def stock_outcome(reads: list[bytes], max_tokens: int) -> Outcome:
    body = h11_body(reads)
    stream: httpx2.AsyncByteStream
    try:
        first = next(body, None)  # the head is parsed before the first body piece
    except HeadFailed:
        return [], "head failed"
    except StreamBroken:
        stream = _Broken()
    else:
        stream = _Pieces([] if first is None else [first], body)
    return await _consume(Events(httpx2.Response(200, stream=stream), 1e9, max_tokens))


class _Broken(httpx2.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise httpx2.RemoteProtocolError("framing")
        yield b""


# -- the corpus ----------------------------------------------------------------------------------------------


def _chunked(body: bytes, sizes: list[int], *, ext: bool = False, trailer: bool = False) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
    out, pos, i = [head], 0, 0
    while pos < len(body):
        n = max(1, sizes[i % len(sizes)])
        piece = body[pos : pos + n]
        out.append(f"{len(piece):X}{';x=1' if ext else ''}\r\n".encode() + piece + b"\r\n")
        pos += n
        i += 1
    out.append(b"0\r\nX-Trailer: 1\r\n\r\n" if trailer else b"0\r\n\r\n")
    return b"".join(out)


def _events(*objs: Any, crlf: bool = False, done: bool = True) -> bytes:
    sep = b"\r\n" if crlf else b"\n"
    out = [b"data: " + (o if isinstance(o, bytes) else json.dumps(o).encode()) + sep + sep for o in objs]
    if done:
        out.append(b"data: [DONE]" + sep + sep)
    return b"".join(out)


def _delta(text: Any, finish: Any = None, **extra: Any) -> dict[str, Any]:
    ev: dict[str, Any] = {"choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]}
    ev.update(extra)
    return ev


def _plain(body: bytes, status: str = "200 OK", length: bool = False) -> bytes:
    framing = f"Content-Length: {len(body)}\r\n" if length else "Connection: close\r\n"
    return f"HTTP/1.1 {status}\r\nContent-Type: text/event-stream\r\n{framing}\r\n".encode() + body


def _story(n: int, *, usage: bool = True) -> list[Any]:
    words = ["Step", " 1", ":", " 12", " +", " 30", " =", " 42", ".", "\n", " café", " 数学", " 🙂", " \\ud800"]
    evs: list[Any] = []
    for i in range(n):
        extra = {"usage": {"prompt_tokens": 9, "completion_tokens": i + 1, "total_tokens": 10 + i}} if usage else {}
        evs.append(_delta(words[i % len(words)], **extra))
    evs.append(_delta(None, "stop"))
    evs.append({"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": n, "total_tokens": 9 + n}})
    return evs


def _second(raw: bytes, old: bytes, new: bytes) -> bytes:
    """``raw`` with the second ``old`` replaced (the first one ends the head)."""
    at = raw.index(old, raw.index(old) + 1)
    return raw[:at] + new + raw[at + len(old) :]


def built_streams() -> dict[str, tuple[bytes, int]]:
    """name -> (raw response, max_tokens)."""
    story = _events(*_story(30))
    reasoning = _events(
        {"choices": [{"delta": {"reasoning_content": "think ", "content": None}, "finish_reason": None}]},
        {"choices": [{"delta": {"reasoning": "more ", "content": "x"}, "finish_reason": None}]},
        _delta("y", "stop"),
    )
    pings = b": ping\n\n" + story.replace(b"\n\ndata:", b"\n\n: ping - 2026\n\nevent: message\ndata:")
    surrogate = b'data: {"choices":[{"delta":{"content":"half \\ud800 \\udc00\\ud83d"},"finish_reason":"stop"}]}\n\n'
    big = _events(_delta("x" * 40_000), _delta("y" * 40_000, "stop"))
    return {
        "story-lf": (_chunked(story, [97, 13, 301]), 100),
        "story-crlf": (_chunked(_events(*_story(30), crlf=True), [5, 64, 7]), 100),
        "story-one-chunk": (_chunked(story, [len(story)]), 100),
        "story-ext-trailer": (_chunked(story, [50], ext=True, trailer=True), 100),
        "story-no-framing": (_plain(story), 100),
        "story-content-length": (_plain(story, length=True), 100),
        "story-no-done": (_chunked(_events(*_story(5), done=False), [40]), 100),
        "story-no-finish": (_chunked(_events(*_story(5)[:-2]), [40]), 100),
        "story-close-no-finish": (_plain(_events(*_story(5)[:-2], done=False)), 100),
        "pings-events": (_chunked(pings, [33, 200]), 100),
        "reasoning": (_chunked(reasoning, [11]), 100),
        "surrogates": (_chunked(surrogate + b"data: [DONE]\n\n", [17]), 100),
        "bad-utf8": (_chunked(b'data: {"choices": "\xff\xfe"}\n\n', [9]), 100),
        "not-json": (_chunked(_events(*_story(3)[:2]) + b"data: {not json\n\n", [21]), 100),
        "payload-list": (_chunked(b"data: [1, 2]\n\n", [4]), 100),
        "error-event": (_chunked(_events({"error": {"message": "overloaded"}}), [30]), 100),
        "bool-count": (_chunked(_events(_delta("x", usage={"completion_tokens": True})), [30]), 100),
        "too-many-tokens": (_chunked(_events(*_story(40)), [120]), 10),
        "too-many-chars": (_chunked(big, [4096, 9000]), 10),
        "count-over": (_chunked(_events(_delta("a", usage={"completion_tokens": 500})), [50]), 10),
        "done-then-garbage": (_chunked(_events(_delta("a", "stop")) + b"data: {broken\n\n", [10]), 100),
        "bad-chunk-header": (_second(_chunked(story, [80]), b"\r\n50\r\n", b"\r\nzz\r\n"), 100),
        "bad-chunk-footer": (_second(_chunked(story, [80]), b"\r\n50\r\n", b"XY50\r\n"), 100),
        "cut-mid-chunk": (_chunked(story, [80])[:-300], 100),
        "interim-100": (b"HTTP/1.1 100 Continue\r\n\r\n" + _chunked(story, [64]), 100),
        "no-status": (b"HTP/1.1 200 OK\r\n\r\n" + story, 100),
        "empty-200": (_plain(b"", length=True), 100),
        "html": (_plain(b"<html><body>nginx</body></html>", length=True), 100),
    }


def recorded_streams() -> dict[str, tuple[bytes, int]]:
    return {p.stem: (p.read_bytes(), 1000) for p in sorted(STREAMS.glob("*.http"))}


def _cuts(raw: bytes, rng: random.Random) -> list[bytes]:
    """One random way of cutting ``raw`` into socket reads: few large reads, many small ones, or single bytes."""
    style = rng.random()
    if style < 0.15 and len(raw) < 20_000:
        return [raw[i : i + 1] for i in range(len(raw))]
    n = rng.randint(0, min(len(raw) - 1, 8 if style < 0.5 else 400))
    points = sorted(rng.sample(range(1, len(raw)), n)) if len(raw) > 1 else []
    return [raw[a:b] for a, b in zip([0, *points], [*points, len(raw)], strict=True)]


CORPUS = {**built_streams(), **recorded_streams()}


def test_the_corpus_holds_real_recordings() -> None:
    names = set(recorded_streams())
    assert any(n.startswith("llamacpp") for n in names), names
    assert any(n.startswith("scripted") for n in names), names
    assert any(n.startswith("vllm") for n in names), names


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_same_chunks_however_the_bytes_are_cut(name: str) -> None:
    raw, max_tokens = CORPUS[name]
    rng = random.Random(f"reader-{name}")
    whole = old_outcome([raw], max_tokens)
    for trial in range(12):
        reads = _cuts(raw, rng) if trial else [raw]
        expected = old_outcome(reads, max_tokens)
        assert expected == whole, f"the oracle itself depends on the cuts ({name}, trial {trial})"
        got = asyncio.run(protocol_outcome(reads, max_tokens, rng))
        assert got == expected, f"protocol reader differs on {name}, trial {trial}: {got[1]!r} vs {expected[1]!r}"
        stock = asyncio.run(stock_outcome(reads, max_tokens))
        assert stock == expected, f"stock-stream reader differs on {name}, trial {trial}: {stock[1]!r}"


def test_the_corpus_exercises_every_ending() -> None:
    endings = {old_outcome([raw], mt)[1].split(":")[0] for raw, mt in CORPUS.values()}
    assert {"end", "StreamBroken", "ReplyTooLong", "head failed"} <= endings, endings


def _parsed(parse: Any, payload: bytes) -> Any:
    try:
        return parse(payload)
    except (StreamBroken, ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError) as exc:
        return f"{type(exc).__name__}: {exc}"


def test_event_parser_agrees_with_the_old_one_on_mangled_payloads() -> None:
    """Recorded payloads with random bytes changed, cut or doubled: the new JSON path must raise or return exactly
    what json.loads did (bad UTF-8, lone surrogates, trailing garbage, NULs, numbers where objects were)."""
    from mcrgen.wire.sse import parse_event
    from tests.support.old_reader import old_parse_event

    rng = random.Random("payloads")
    payloads = [
        line[5:].strip()
        for raw, _ in recorded_streams().values()
        for line in raw.split(b"\n")
        if line.startswith(b"data:") and b"[DONE]" not in line
    ]
    specials = [b"{", b"{}", b"{} ", b"{}x", b"{\x00}", b'{"a":1}{"b":2}', b'{"choices":[]}', b"\xef\xbb\xbf{}", b"[1]"]
    specials += [b'{"choices":[{"delta":{"content":"\xed\xa0\x80"}}]}', b'{"usage":{"completion_tokens":1e3}}']
    for payload in specials + payloads:
        for _ in range(1 if payload in specials else 4):
            mangled = bytearray(payload)
            for _ in range(rng.randint(0, 3)):
                at = rng.randrange(len(mangled)) if mangled else 0
                what = rng.random()
                if what < 0.4 and mangled:
                    mangled[at] = rng.choice(b'\x00\x80\xff{}[]",:\\ 0e-')
                elif what < 0.7:
                    del mangled[at:]
                else:
                    mangled[at:at] = mangled[: rng.randint(0, 8)]
            data = bytes(mangled) if rng.random() < 0.7 else payload
            assert _parsed(parse_event, data) == _parsed(old_parse_event, data), data


def test_a_reply_too_long_names_the_users_max_tokens_and_the_margin_apart() -> None:
    """Stop 49's trial: "the server sent 999999999 tokens (max_tokens 76)" named the wire's allowance as if it were
    the limit the recipe set (60), and a count the server claimed as tokens it sent."""
    raw, max_tokens = CORPUS["count-over"]
    _, ending = asyncio.run(protocol_outcome([raw], max_tokens, random.Random(0)))
    assert ending == (
        "ReplyTooLong: the server sent a count of 500 completion tokens, past what max_tokens 10 allows (26 with the "
        "wire's margin); the wire closed the stream"
    ), ending
