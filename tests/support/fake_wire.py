"""An in-process stand-in for :class:`mcrgen.wire.client.Wire`: scripted chunks, no sockets, no threads.

The fast tier's seam. It speaks the wire's own interface (``stream(req)`` yields an events object of
:class:`~mcrgen.wire.client.Chunk` with ``abort()`` and ``t_read``), so the engine code under test is the real
code; what the HTTP layer does is the integration tier's business (the scripted server on 127.0.0.1).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from mcrgen.wire.client import ChatRequest, Chunk


def text_chunks(pieces: Sequence[str], *, finish: str = "stop", usage: bool = True) -> list[Chunk]:
    """Chunks of one stream, one token each, ending like vLLM with a finish chunk and a usage-only chunk."""
    chunks = [Chunk(p, completion_tokens=i if usage else None) for i, p in enumerate(pieces, 1)]
    chunks.append(Chunk("", finish_reason=finish, completion_tokens=len(pieces) if usage else None))
    if usage:
        chunks.append(Chunk("", completion_tokens=len(pieces), prompt_tokens=10, final_usage=True))
    return chunks


class _Events:
    def __init__(self, chunks: Sequence[Chunk], log: FakeStream) -> None:
        self._chunks = chunks
        self._log = log
        self.t_read = 0.0
        self.aborted = False

    def abort(self) -> None:
        self.aborted = True
        self._log.aborted_after = self._log.sent

    def __aiter__(self) -> AsyncIterator[Chunk]:
        return self._iter()

    async def _iter(self) -> AsyncIterator[Chunk]:
        for chunk in self._chunks:
            if self.aborted:
                return
            self.t_read = time.perf_counter()
            self._log.sent += 1
            yield chunk


@dataclass
class FakeStream:
    """What one request saw: its body and how many chunks went out before an abort."""

    request: ChatRequest
    sent: int = 0
    aborted_after: int | None = None


@dataclass
class FakeWire:
    """Answers each request with ``script(request, n)`` -> chunks (n counts requests from 0)."""

    script: Callable[[ChatRequest, int], Sequence[Chunk]]
    request_timeout: float = 30.0
    model: str = "fake"
    streams: list[FakeStream] = field(default_factory=list)

    @property
    def endpoint(self) -> Any:
        return SimpleNamespace(request_timeout=self.request_timeout)

    @asynccontextmanager
    async def stream(self, req: ChatRequest) -> AsyncIterator[_Events]:
        log = FakeStream(req)
        chunks = self.script(req, len(self.streams))
        self.streams.append(log)
        yield _Events(chunks, log)

    async def aclose(self) -> None:
        return None
