"""One stream's life: stream a stage, run its validators at checkpoints, close the stream on the first failure.

In ``inflight`` mode prefix-safe validators see the text as it grows (``continuous``: each time a statement
completes; or once the delivered tokens pass given fractions of the stage's expected length), and the first
failure closes the connection. In ``baseline`` mode the stream always runs to its end and the very same checks
are replayed afterwards over the recorded chunks, which also tells where the fault first became visible.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from mcrgen.accounting import RequestUsage
from mcrgen.engine.checking import Checker, Checkpoints, Rejection, check_chunks, stage_policy
from mcrgen.engine.tokens import ServerCounts, TokenCounter, fill_counts, local_counter
from mcrgen.recipe.loader import Stage
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.wire.client import ChatRequest, Events, ReplyTooLong, StreamBroken, Wire

CANCEL_COUNT_SECONDS = 2.0
"""How long an interrupted request's count may ask the counter (the server's /tokenize) before counting locally."""


@dataclass(slots=True)
class StageResult:
    stage: str
    text: str
    usage: RequestUsage
    rejection: Rejection | None = None
    fault: Rejection | None = None
    """Baseline only: where continuous in-flight checking would have stopped this stream."""
    trace: list[tuple[int, int]] = field(default_factory=list)
    """Baseline only: (chars, tokens) after each chunk, so checkpoint policies can be replayed offline."""
    error: str | None = None
    """A transport failure after the request was accepted (disconnect, malformed SSE, stall, timeout, empty
    response): no verdict on the text, so the caller retries. Its tokens are in ``usage`` all the same."""


def build_request(stage: Stage, messages: list[dict[str, str]], seed: int) -> ChatRequest:
    return ChatRequest(
        messages=messages,
        max_tokens=stage.max_tokens,
        temperature=stage.temperature,
        seed=seed,
        top_p=stage.top_p,
        stop=stage.stop,
        extra_body=stage.extra_body,  # issue 16: per-stage fields such as response_format
    )


async def run_stage(
    wire: Wire,
    stage: Stage,
    messages: list[dict[str, str]],
    *,
    seed: int,
    inputs: Mapping[str, str],
    answer_format: str,
    counter: TokenCounter,
    mode: str = INFLIGHT,
    on_cancel: Callable[[RequestUsage], None] | None = None,
    on_tokens: Callable[[int], None] | None = None,
) -> StageResult:
    """Stream one stage to its end or to its first in-flight rejection, and account every token.

    Raises :class:`~mcrgen.wire.client.RequestFailed` when the request fails before its stream starts. If the task is
    cancelled, ``on_cancel`` receives the interrupted request's usage before the cancellation propagates.
    ``on_tokens`` receives each chunk's increase in delivered completion tokens (the live view's counter).
    """
    req = build_request(stage, messages, seed)
    checker = Checker(stage, inputs, answer_format)
    policy = stage_policy(stage)
    points = Checkpoints(checker, policy) if mode == INFLIGHT and policy != "final" else None
    s = _Stream(record=mode == BASELINE)
    t0 = time.perf_counter()
    try:
        # One timer per request (not per chunk) bounds the whole request; stalls are the transport's read timeout.
        async with asyncio.timeout(wire.endpoint.request_timeout), wire.stream(req) as events:
            await _read(events, s, points, on_tokens)
    except StreamBroken as exc:
        s.broken = str(exc)
    except ReplyTooLong as exc:
        s.too_long = str(exc)  # the wire already closed the stream
    except TimeoutError:
        s.broken = (
            f"timeout: the request took longer than endpoint.request_timeout ({wire.endpoint.request_timeout:g}s)"
        )
    except asyncio.CancelledError:
        # Ctrl-C or a budget stop: the stream is already closed (Wire.stream), but its tokens were spent.
        if on_cancel is not None:
            usage = RequestUsage(stage=stage.name, finish_reason=s.finish, status="interrupted")
            usage.seconds = round(time.perf_counter() - t0, 4)
            try:  # the server's /tokenize may be what hangs: Ctrl-C must not wait its 30 s timeout (twice)
                async with asyncio.timeout(CANCEL_COUNT_SECONDS):
                    await fill_counts(usage, counter, messages, s.text, s.counts)
            except TimeoutError:
                await fill_counts(usage, local_counter(wire.model), messages, s.text, s.counts)
            on_cancel(usage)
        raise
    usage = RequestUsage(stage=stage.name, finish_reason=s.finish, seconds=round(time.perf_counter() - t0, 4))
    try:
        await fill_counts(usage, counter, messages, s.text, s.counts)
    except asyncio.CancelledError:
        # Ctrl-C while the server's /tokenize is slow (or hung, why the stream failed): the request has ended and
        # its tokens were spent, so it is recorded, counted locally, rather than lost with the task.
        if on_cancel is not None:
            usage.status = "interrupted"
            await fill_counts(usage, local_counter(wire.model), messages, s.text, s.counts)
            on_cancel(usage)
        raise
    return _verdict(s, StageResult(stage.name, s.text, usage, trace=s.trace), checker, stage, inputs, answer_format)


@dataclass(slots=True)
class _Stream:
    """What one stream delivered so far; kept outside the read loop so that every exit path can account for it."""

    record: bool
    """Baseline: keep the (chars, tokens) trace after each chunk."""
    text: str = ""
    chunks: int = 0
    counts: ServerCounts = field(default_factory=ServerCounts)
    finish: str | None = None
    rejection: Rejection | None = None
    broken: str | None = None
    too_long: str | None = None
    trace: list[tuple[int, int]] = field(default_factory=list)
    cancel_lag_ms: float = 0.0


async def _read(
    events: Events, s: _Stream, points: Checkpoints | None, on_tokens: Callable[[int], None] | None
) -> None:
    """The hot loop: append each chunk, let the scheduler check, and close the stream on the first verdict."""
    counts, trace, record = s.counts, s.trace, s.record
    seen = 0
    async for ch in events:
        counts.observe(ch)
        if ch.finish_reason is not None:
            s.finish = ch.finish_reason
        piece = ch.text
        if not piece:
            continue
        before = len(s.text)
        s.text = text = s.text + piece
        s.chunks += 1
        tokens = counts.completion if counts.completion is not None else s.chunks
        if on_tokens is not None:  # live token counts for the progress view
            on_tokens(tokens - seen)
        seen = tokens
        if record:
            trace.append((len(text), tokens))
        if points is None:
            continue
        rejection = points.after_chunk(text, before, tokens)
        if rejection is not None:
            # Close first, then anything else: the server stops generating at the FIN, and the lag is measured
            # from when the failing chunk's bytes were read to the shutdown returning.
            events.abort()
            s.cancel_lag_ms = round((time.perf_counter() - events.t_read) * 1000, 3)
            s.rejection = rejection
            return


def _verdict(
    s: _Stream, result: StageResult, checker: Checker, stage: Stage, inputs: Mapping[str, str], answer_format: str
) -> StageResult:
    """The stage's outcome once its stream is over: cancelled, truncated, a transport error to retry, or the
    verdict of every validator on the finished text."""
    usage, text, tokens = result.usage, s.text, result.usage.completion_tokens
    if s.rejection is not None:
        usage.status = "cancelled"
        usage.cancel_lag_ms = s.cancel_lag_ms
        result.rejection = s.rejection
        return result
    if s.too_long is not None:
        # The server ignored max_tokens: the text is unfinished by definition, and another try would do the same.
        usage.status = "truncated"
        result.rejection = Rejection(
            stage.name, "truncated", "over_max_tokens", s.too_long, len(text), tokens, "truncated"
        )
        return result
    if s.broken is not None or (s.finish is None and not s.chunks):
        # A transport fault is no verdict on the text: the caller retries (and keeps this attempt's tokens).
        usage.status = "error"
        result.error = usage.error = s.broken or "empty response: the stream ended without any text or finish_reason"
        return result
    truncated = s.finish is None or s.finish == "length"
    if truncated:
        usage.status = "truncated"
    if s.record:
        # Baseline blames what in-flight checking would have blamed, at the point it would have seen it, even
        # when the stream later ran into max_tokens: in flight it would have been closed before that.
        result.fault = check_chunks(stage, inputs, answer_format, text, s.trace, "continuous")
        if result.fault is not None:
            f = result.fault
            result.rejection = Rejection(f.stage, f.validator, f.reason, f.detail, f.at_char, f.at_token, "final")
            return result
    if truncated:
        # Never accept a stream that did not end on its own: it is an unfinished text, not a short one.
        reason = "length" if s.finish == "length" else "no_finish_reason"
        result.rejection = Rejection(stage.name, "truncated", reason, "", len(text), tokens, "truncated")
        return result
    if not text.strip():
        result.rejection = Rejection(stage.name, "empty", "empty_output", "", 0, tokens, "final")
        return result
    result.rejection = checker.check_final(text, tokens)
    return result
