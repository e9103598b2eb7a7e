"""One sample's chain of stages (S1 problem -> S2/S3 solution -> ...), with retries, and the outcome it ends in.

``sample`` returns a :class:`SampleOutcome`: ``accepted`` or ``rejected`` (a verdict: the id is finished), or
``error`` (the endpoint kept failing) or ``interrupted`` (Ctrl-C, a budget, the breaker), with the row to write and
the usage of every request the sample made, failed attempts included. The chain writes nothing itself: each request
is handed to ``ChainContext.request_ended`` the moment it ends (the runner puts it on the ledger and the budget),
and the runner writes the row. Rows without a verdict leave the id unfinished: a resume runs it again.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcrgen.accounting import RequestUsage
from mcrgen.engine.stages import StageResult, run_stage
from mcrgen.engine.stop import Stop
from mcrgen.engine.tokens import TokenCounter
from mcrgen.errors import EndpointError
from mcrgen.recipe.loader import NO_ANSWER, Recipe, Stage
from mcrgen.recipe.sampling import base_variables, input_record, render_messages
from mcrgen.recipe.values import BASELINE
from mcrgen.validators.formats import get_format, parse_number
from mcrgen.wire.client import RequestFailed, Wire
from mcrgen.wire.retry import CircuitBreaker, CircuitOpen, RetryPolicy

FATAL_STATUS = (401, 403, 404, 405, 501)
"""Statuses that no retry can fix: the key, the permission or the model/base URL is wrong, or the server does not
serve chat completions at all (405 Method Not Allowed, 501 Not Implemented: not an OpenAI-compatible server)."""

ACCEPTED, REJECTED, ERROR, INTERRUPTED = "accepted", "rejected", "error", "interrupted"


class SampleFailed(Exception):
    def __init__(self, stage: str, message: str, status: int | None) -> None:
        super().__init__(message)
        self.stage, self.status = stage, status


@dataclass(frozen=True, slots=True)
class SampleOutcome:
    """How one sample ended: ``kind`` (accepted | rejected | error | interrupted), its row, its requests."""

    kind: str
    row: dict[str, Any]
    usages: list[RequestUsage]


@dataclass(frozen=True, slots=True)
class ChainContext:
    """What a chain needs from the run. The chain reads these and reports back through the callbacks only."""

    recipe: Recipe
    mode: str
    model: str
    session: int
    shot_rows: Sequence[str]
    wire_for: Callable[[Stage], Wire]
    counter: TokenCounter
    policy: RetryPolicy
    breaker: CircuitBreaker
    rng: random.Random
    """Backoff jitter only: it must differ between processes, not be reproducible."""
    stop: Stop
    request_ended: Callable[[str, RequestUsage], None]
    """(sample id, usage): a request ended, any way. Called before the sample's row exists."""
    stage_event: Callable[[str, str], None]
    """(stage, "open" | "close" | "passed"): for the live view."""
    stream_tokens: Callable[[int], None] | None = None
    """Each chunk's increase in delivered completion tokens: live token counts for the view (issue 18)."""
    recipe_hash: str = field(init=False)
    """``recipe.hash``, once: it hashes a deep copy of the whole recipe, and every row carries it."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "recipe_hash", self.recipe.hash)


def sample_id(index: int) -> str:
    return f"{index:06d}"


def sample_seed(run_seed: int, index: int) -> int:
    """A stable per-sample seed: the same id gets the same seed in every mode and on every resume."""
    digest = hashlib.sha256(f"mcrgen:{run_seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def _answer(recipe: Recipe, solution: str) -> str | None:
    if recipe.answer_format == NO_ANSWER:
        return None
    found = get_format(recipe.answer_format).find(solution)
    return found[-1].raw if found else None


async def attempt_stage(
    ctx: ChainContext,
    sid: str,
    stage: Stage,
    messages: list[dict[str, str]],
    seed: int,
    inputs: dict[str, str],
    usages: list[RequestUsage],
) -> StageResult:
    """Run one stage, retrying transport faults. Each attempt's usage goes to ``ctx.request_ended`` the moment the
    request ends, and is appended to ``usages`` (the sample's row keeps them for per-sample analysis)."""
    attempt = 0

    def spent(u: RequestUsage) -> None:
        u.attempts = attempt
        usages.append(u)
        ctx.request_ended(sid, u)

    while True:
        attempt += 1
        await ctx.breaker.admit()
        try:
            res = await run_stage(
                ctx.wire_for(stage),
                stage,
                messages,
                seed=seed,
                inputs=dict(inputs),
                answer_format=ctx.recipe.answer_format,
                counter=ctx.counter,
                mode=ctx.mode,
                on_cancel=spent,
                on_tokens=ctx.stream_tokens,
            )
        except RequestFailed as exc:
            if exc.status in FATAL_STATUS:
                raise EndpointError(str(exc)) from None
            # Refused before any token: nothing generated, but the failed request is on the ledger.
            spent(RequestUsage(stage=stage.name, status="error", seconds=0.0, error=str(exc)))
            error, retry_after, status, retryable = str(exc), exc.retry_after, exc.status, exc.retryable
        else:
            spent(res.usage)
            if res.error is None:
                ctx.breaker.success()
                return res
            error, retry_after, status, retryable = res.error, None, None, True
        ctx.breaker.failure(error)
        if ctx.breaker.dead is not None:
            ctx.stop.request(f"circuit breaker: {ctx.breaker.dead}")
        if not retryable or attempt > ctx.policy.max_retries:
            raise SampleFailed(stage.name, error, status)
        await asyncio.sleep(ctx.policy.delay(attempt, retry_after, ctx.rng))


async def sample(ctx: ChainContext, index: int) -> SampleOutcome:
    """Generate one sample through its stages; the outcome says how it ended (the caller writes the row)."""
    sid, seed = sample_id(index), sample_seed(ctx.recipe.seed, index)
    results: list[StageResult] = []
    usages: list[RequestUsage] = []
    stage = ctx.recipe.stages[0]
    try:
        for k, stage in enumerate(ctx.recipe.stages):
            if ctx.stop.is_set():
                raise asyncio.CancelledError  # stopping: don't open another stream for this sample
            inputs = {r.stage: r.text.strip() for r in results}
            messages = _messages(ctx, stage, index, seed, inputs)
            ctx.stage_event(stage.name, "open")
            try:
                res = await attempt_stage(ctx, sid, stage, messages, (seed + k) & 0x7FFFFFFF, inputs, usages)
            finally:
                ctx.stage_event(stage.name, "close")
            results.append(res)
            if res.rejection is not None:
                return _rejected(ctx, index, seed, results, usages)
            ctx.stage_event(stage.name, "passed")
    except SampleFailed as exc:
        row = _row(ctx, index, seed, results, usages, ERROR)
        row["error"] = {"stage": exc.stage, "message": str(exc), "status": exc.status}
        return SampleOutcome(ERROR, row, usages)
    except (asyncio.CancelledError, CircuitOpen) as exc:
        if not ctx.stop.is_set() and not isinstance(exc, CircuitOpen):
            raise  # not our stop (e.g. a sibling failed): let the task group unwind
        task = asyncio.current_task()
        if task is not None and isinstance(exc, asyncio.CancelledError):
            task.uncancel()  # the stop is handled here; the worker ends normally
        row = _row(ctx, index, seed, results, usages, INTERRUPTED)
        row["error"] = {"stage": stage.name, "message": ctx.stop.reason or str(exc), "status": None}
        return SampleOutcome(INTERRUPTED, row, usages)
    return _accepted(ctx, index, seed, results, usages)


def _messages(ctx: ChainContext, stage: Stage, index: int, seed: int, inputs: dict[str, str]) -> list[dict[str, str]]:
    """The stage's templates over the input row, shots, id and earlier stages' texts (issue 16: recipe/sampling)."""
    return render_messages(stage, base_variables(ctx.recipe, index, seed, ctx.shot_rows), inputs)


def _rejected(
    ctx: ChainContext, index: int, seed: int, results: list[StageResult], usages: list[RequestUsage]
) -> SampleOutcome:
    rej = results[-1].rejection
    assert rej is not None
    outcome = "rejected_inflight" if rej.phase == "inflight" else "rejected_after"
    row = _row(ctx, index, seed, results, usages, outcome)
    row["rejection"] = rej.to_dict()
    _baseline_extras(ctx, row, results)
    return SampleOutcome(REJECTED, row, usages)


def _accepted(
    ctx: ChainContext, index: int, seed: int, results: list[StageResult], usages: list[RequestUsage]
) -> SampleOutcome:
    row = _row(ctx, index, seed, results, usages, ACCEPTED)
    outputs = {r.stage: r.text.strip() for r in results}
    solution = outputs.get("solution", results[-1].text.strip())
    answer = _answer(ctx.recipe, solution)
    row.update(
        problem=outputs.get("problem", results[0].text.strip()),
        solution=solution,
        answer=answer,
        answer_value=parse_number(answer or ""),
        outcome=ACCEPTED,
        tokens={r.stage: {"prompt": r.usage.prompt_tokens, "completion": r.usage.completion_tokens} for r in results},
    )
    _baseline_extras(ctx, row, results)
    return SampleOutcome(ACCEPTED, row, usages)


def _row(
    ctx: ChainContext,
    index: int,
    seed: int,
    results: list[StageResult],
    usages: list[RequestUsage],
    outcome: str,
) -> dict[str, Any]:
    row = {
        "id": sample_id(index),
        "seed": seed,
        "mode": ctx.mode,
        "model": ctx.model,
        "recipe": ctx.recipe.name,
        "recipe_hash": ctx.recipe_hash,
        "outputs": {r.stage: r.text for r in results},
        "usage": [u.to_dict() for u in usages],
        "outcome": outcome,
        # Ties the row to its requests on the ledger (usage.jsonl), which are tagged with the same session.
        "session": ctx.session,
    }
    source = input_record(ctx.recipe, index)  # issue 16: which input row the sample was built on
    if source is not None:
        row["input"] = source
    return row


def _baseline_extras(ctx: ChainContext, row: dict[str, Any], results: list[StageResult]) -> None:
    if ctx.mode != BASELINE:
        return
    row["traces"] = {r.stage: r.trace for r in results}
    faults = {r.stage: r.fault.to_dict() for r in results if r.fault is not None}
    if faults:
        row["faults"] = faults
