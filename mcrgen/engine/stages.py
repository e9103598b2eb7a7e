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
from mcrgen.engine.tokens import ServerCounts, TokenCounter, fill_counts
from mcrgen.recipe.loader import Stage
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.wire.client import ChatRequest, ReplyTooLong, StreamBroken, Wire


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
    watch = mode == INFLIGHT and policy != "final"
    points = Checkpoints(checker, policy)
    record = mode == BASELINE

    text = ""
    chunks = seen = 0
    counts = ServerCounts()
    finish: str | None = None
    rejection: Rejection | None = None
    broken: str | None = None
    too_long: str | None = None
    trace: list[tuple[int, int]] = []
    t0 = time.perf_counter()
    t_arrival = t_closed = 0.0
    try:
        # One timer per request (not per chunk) bounds the whole request; stalls are the transport's read timeout.
        async with asyncio.timeout(wire.endpoint.request_timeout), wire.stream(req) as events:
            async for ch in events:
                counts.observe(ch)
                if ch.finish_reason is not None:
                    finish = ch.finish_reason
                piece = ch.text
                if not piece:
                    continue
                before = len(text)
                text += piece
                chunks += 1
                tokens = counts.completion if counts.completion is not None else chunks
                if on_tokens is not None:  # live token counts for the progress view (issue 18)
                    on_tokens(tokens - seen)
                seen = tokens
                if record:
                    trace.append((len(text), tokens))
                if not watch:
                    continue
                rejection = points.after_chunk(text, before, tokens)
                if rejection is not None:
                    # Close first, then anything else: the server stops generating at the FIN, and the lag is
                    # measured from when the failing chunk's bytes were read to the shutdown returning.
                    events.abort()
                    t_closed = time.perf_counter()
                    t_arrival = events.t_read
                    break
    except StreamBroken as exc:
        broken = str(exc)
    except ReplyTooLong as exc:
        too_long = str(exc)  # the wire already closed the stream
    except TimeoutError:
        broken = f"timeout: the request took longer than endpoint.request_timeout ({wire.endpoint.request_timeout:g}s)"
    except asyncio.CancelledError:
        # Ctrl-C or a budget stop: the stream is already closed (Wire.stream), but its tokens were spent.
        if on_cancel is not None:
            usage = RequestUsage(stage=stage.name, finish_reason=finish, status="interrupted")
            usage.seconds = round(time.perf_counter() - t0, 4)
            await fill_counts(usage, counter, messages, text, counts)
            on_cancel(usage)
        raise
    t_end = time.perf_counter()

    usage = RequestUsage(stage=stage.name, finish_reason=finish, seconds=round(t_end - t0, 4))
    await fill_counts(usage, counter, messages, text, counts)

    tokens = usage.completion_tokens
    result = StageResult(stage.name, text, usage, trace=trace)
    if rejection is not None:
        usage.status = "cancelled"
        usage.cancel_lag_ms = round((t_closed - t_arrival) * 1000, 3)
        result.rejection = rejection
        return result
    if too_long is not None:
        # The server ignored max_tokens: the text is unfinished by definition, and another try would do the same.
        usage.status = "truncated"
        why = "over_max_tokens"
        result.rejection = Rejection(stage.name, "truncated", why, too_long, len(text), tokens, "truncated")
        return result
    if broken is not None or (finish is None and not chunks):
        # A transport fault is no verdict on the text: the caller retries (and keeps this attempt's tokens).
        usage.status = "error"
        result.error = broken or "empty response: the stream ended without any text or finish_reason"
        return result
    truncated = finish is None or finish == "length"
    if truncated:
        usage.status = "truncated"
    if record:
        # Baseline blames what in-flight checking would have blamed, at the point it would have seen it, even
        # when the stream later ran into max_tokens: in flight it would have been closed before that.
        result.fault = check_chunks(stage, inputs, answer_format, text, trace, "continuous")
        if result.fault is not None:
            f = result.fault
            result.rejection = Rejection(f.stage, f.validator, f.reason, f.detail, f.at_char, f.at_token, "final")
            return result
    if truncated:
        # Never accept a stream that did not end on its own: it is an unfinished text, not a short one.
        reason = "length" if finish == "length" else "no_finish_reason"
        result.rejection = Rejection(stage.name, "truncated", reason, "", len(text), tokens, "truncated")
        return result
    if not text.strip():
        result.rejection = Rejection(stage.name, "empty", "empty_output", "", 0, tokens, "final")
        return result
    result.rejection = checker.check_final(text, tokens)
    return result
