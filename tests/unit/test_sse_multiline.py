"""SSE events whose data spans several ``data:`` lines, and bodies whose lines end in CR alone, read as the plain
stream reads.

The SSE spec joins the ``data:`` lines of one event with "\\n" and dispatches the event at the blank line after it;
a line ends at CRLF, LF or CR. Each case below is first decoded by the openai SDK's own SSE decoder (so the test
bytes are legal SSE that the SDK reads), then read by the wire: through mcrgen's own connections against a server on
127.0.0.1 that sends the raw bytes (the request made by the openai client), and cut at random into socket reads on
both of the wire's paths. Every case must give exactly the Chunks of the same events sent one line each.
"""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

import pytest
from openai._streaming import SSEDecoder

from mcrgen.recipe.loader import Endpoint
from mcrgen.wire.client import ChatRequest, Wire
from mcrgen.wire.failures import StreamBroken
from tests.support import hostile_server as hs
from tests.unit.test_wire_reader import _chunked, _cuts, protocol_outcome, stock_outcome

Event = list[bytes]
"""One event as its lines, without their line ends."""


def _story() -> list[dict[str, Any]]:
    words = ["Step", " 1", ":", " 12", " +", " 30", " =", " 42", ".", "\n", ' "café"', " 数学", " 🙂", " a\\b"]
    evs = [
        hs.delta(w, usage={"prompt_tokens": 9, "completion_tokens": i + 1, "total_tokens": 10 + i})
        for i, w in enumerate(words)
    ]
    evs.append(hs.delta(None, "stop"))
    evs.append({"choices": [], "usage": {"prompt_tokens": 9, "completion_tokens": len(words), "total_tokens": 23}})
    return evs


STORY = _story()
TEXT = 'Step 1: 12 + 30 = 42.\n "café" 数学 🙂 a\\b'


def _boundaries(text: str) -> list[int]:
    """Where ``text`` (JSON) can be cut between two tokens: outside strings, beside a structural character, a space
    or a quote (so never inside a number or a literal)."""
    out, in_string, escaped = [], False, False
    for i, c in enumerate(text):
        if i and not in_string and (c in '{}[],: "' or text[i - 1] in '{}[],: "'):
            out.append(i)
        if in_string:
            escaped, in_string = (False, True) if escaped else (c == "\\", c != '"')
        elif c == '"':
            in_string = True
    return out


def _data(*values: bytes | str) -> Event:
    return [b"data: " + (v if isinstance(v, bytes) else v.encode()) for v in values]


def _cut(text: str, at: list[int]) -> Event:
    return _data(*(text[a:b] for a, b in zip([0, *at], [*at, len(text)], strict=True)))


def _split(obj: Any, rng: random.Random, lines: int) -> Event:
    """``obj`` as JSON over ``lines`` data lines, cut at random token boundaries."""
    text = json.dumps(obj)
    return _cut(text, sorted(rng.sample(_boundaries(text), lines - 1)))


def _body(events: list[Event], eol: bytes = b"\n") -> bytes:
    """The SSE body: each event's lines, a blank line after each, then ``[DONE]``."""
    return b"".join(eol.join(ev) + eol + eol for ev in [*events, [b"data: [DONE]"]])


def _plain() -> list[Event]:
    return [_data(json.dumps(ev)) for ev in STORY]


def cases() -> dict[str, bytes]:
    rng = random.Random("sse-multiline")
    plain = _plain()
    two = plain.copy()
    two[0] = _split(STORY[0], rng, 2)
    two[6] = _split(STORY[6], rng, 2)
    three = plain.copy()
    three[2] = _split(STORY[2], rng, 3)
    three[-1] = _split(STORY[-1], rng, 3)
    mixed = [_split(ev, rng, rng.randint(2, 5)) if i % 2 else _data(json.dumps(ev)) for i, ev in enumerate(STORY)]
    pretty = [_data(*json.dumps(ev, indent=2).split("\n")) for ev in STORY]  # '{' alone on the first line
    # No space after 'data:', a comment and an 'event:' line inside a split event: neither ends it.
    odd = plain.copy()
    head, *rest = _split(STORY[3], rng, 3)
    odd[3] = [head.replace(b": ", b":", 1), b": keep-alive", b"event: message", *(v[:5] + v[6:] for v in rest)]
    return {
        "plain-lf": _body(plain),
        "two-lines": _body(two),
        "three-lines": _body(three),
        "mixed-2-to-5-lines": _body(mixed),
        "pretty-printed": _body(pretty),
        "no-space-comment-event-inside": _body(odd),
        "crlf-split": _body(mixed, b"\r\n"),
        "cr-only": _body(plain, b"\r"),
        "cr-only-split": _body(mixed, b"\r"),
    }


CASES = cases()


def _sdk_events(body: bytes) -> list[Any]:
    """What the openai SDK's own decoder makes of ``body``: each event's data, parsed as the SDK parses it."""
    cut = [body[i : i + 7] for i in range(0, len(body), 7)]
    return [sse.data if sse.data == "[DONE]" else sse.json() for sse in SSEDecoder().iter_bytes(iter(cut))]


def _read(body: bytes, max_tokens: int = 100) -> tuple[list[Any], str]:
    """The Chunks read by the wire (the openai client's request, mcrgen's own connection) from a server on
    127.0.0.1 that answers with ``body``, and how the stream ended."""

    async def run(url: str) -> tuple[list[Any], str]:
        wire = Wire(Endpoint(url, "scripted", "X", 1, "none", 30.0, 10.0, 0, {}), "sk-test-key")
        chunks: list[Any] = []
        try:
            async with wire.stream(ChatRequest([{"role": "user", "content": "hi"}], max_tokens, 0.0)) as events:
                async for ch in events:
                    chunks.append(ch)
        except StreamBroken as exc:
            return chunks, f"StreamBroken: {exc}"
        finally:
            await wire.aclose()
        return chunks, "end"

    with hs.HostileServer(lambda path, req, n: hs.sse([body])) as server:
        return asyncio.run(run(server.base_url))


def test_the_cases_are_legal_sse_that_the_openai_sdk_reads_as_the_plain_stream() -> None:
    expected = [*STORY, "[DONE]"]
    for name, body in CASES.items():
        assert _sdk_events(body) == expected, name
        if name not in ("plain-lf", "cr-only"):
            assert body.count(b"data:") > CASES["plain-lf"].count(b"data:"), f"{name} splits no event"
    assert sum(b"\n" not in body for body in CASES.values()) == 2  # the CR-only cases hold no LF at all


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_split_event_reads_as_the_plain_stream(name: str) -> None:
    plain = _read(CASES["plain-lf"])
    assert plain[1] == "end"
    assert "".join(ch.text for ch in plain[0]) == TEXT
    assert plain[0][-1].final_usage and plain[0][-1].completion_tokens == 14 and plain[0][-1].prompt_tokens == 9

    assert _read(CASES[name]) == plain


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_split_event_reads_the_same_however_the_bytes_are_cut(name: str) -> None:
    """Both of the wire's paths (its own connection, the stock stream taken behind a proxy), with the reads cut
    at random: single bytes put a CRLF's two halves, and a CR-only line end, at the end of a read."""
    rng = random.Random(f"multiline-{name}")
    plain = asyncio.run(stock_outcome([_chunked(CASES["plain-lf"], [4096])], 100))
    assert plain[1] == "end" and len(plain[0]) == len(STORY)
    raw = _chunked(CASES[name], [1, 7, 61])
    for trial in range(8):
        reads = _cuts(raw, rng) if trial else [raw]
        assert asyncio.run(protocol_outcome(reads, 100, rng)) == plain, (name, trial)
        assert asyncio.run(stock_outcome(reads, 100)) == plain, (name, trial)


def test_an_event_ended_by_the_body_without_its_blank_line_is_still_read() -> None:
    """As before: the body's last event counts though the server closed before the blank line after it."""
    body = _body(_plain()[:-1])[: -len(b"\n\ndata: [DONE]\n\n")] + b"\n"
    chunks, ending = _read(body)
    assert ending == "end"
    assert "".join(ch.text for ch in chunks) == TEXT and chunks[-1].finish_reason == "stop"


@pytest.mark.parametrize(
    "event",
    [
        _data('{"choices": [{"delta": {"content": "hal', 'f"}, "finish_reason": null}]}'),  # cut inside a string
        _data(json.dumps(STORY[0]), json.dumps(STORY[1])),  # two events with no blank line between
    ],
    ids=["inside-a-string", "no-blank-line-between-events"],
)
def test_data_lines_that_do_not_join_into_json_are_malformed_as_for_the_openai_sdk(event: Event) -> None:
    """Joined with "\\n" (the spec's rule), these are not JSON: a raw LF inside a string, or two documents. The
    openai SDK fails on them too; the wire says so in one line (retried, then recorded), not a traceback."""
    body = _body([_data(json.dumps(STORY[0])), event])
    with pytest.raises(json.JSONDecodeError):
        _sdk_events(body)
    chunks, ending = _read(body)
    assert [ch.text for ch in chunks] == ["Step"]
    assert ending.startswith("StreamBroken: malformed SSE data: b'{") and "\n" not in ending
