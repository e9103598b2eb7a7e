"""One sample's chain of stages (S1 problem -> S2/S3 solution -> ...), with retries, and the row it ends in.

A sample ends in exactly one row: ``accepted.jsonl`` or ``rejected.jsonl`` (a verdict: the id is finished), or
``errors.jsonl`` with outcome ``error`` (the endpoint kept failing) or ``interrupted`` (Ctrl-C, a budget, the
breaker). Every row carries the usage of every request the sample made, failed attempts included, so the report
adds up what was really spent. Rows without a verdict leave the id unfinished: a resume runs it again.
"""

from __future__ import annotations

import asyncio
import random
from typing import TYPE_CHECKING, Any

from mcrgen.accounting import RequestUsage
from mcrgen.engine.stages import StageResult, run_stage
from mcrgen.errors import EndpointError, McrgenError
from mcrgen.recipe.loader import Recipe, Stage, render
from mcrgen.recipe.values import BASELINE
from mcrgen.validators.formats import get_format, parse_number
from mcrgen.wire.client import RequestFailed
from mcrgen.wire.retry import CircuitOpen

if TYPE_CHECKING:
    from mcrgen.engine.runner import Run

FATAL_STATUS = (401, 403, 404)
"""Statuses that no retry can fix: the key, the permission or the model/base URL is wrong."""


class SampleFailed(Exception):
    def __init__(self, stage: str, message: str, status: int | None) -> None:
        super().__init__(message)
        self.stage, self.status = stage, status


def sample_id(index: int) -> str:
    return f"{index:06d}"


def render_shots(rows: list[str], k: int, seed: int) -> str:
    if not rows or k == 0:
        return ""
    picks = random.Random(seed).sample(rows, min(k, len(rows)))
    return "\n\n".join(f"Example {i}:\n{text}" for i, text in enumerate(picks, 1))


def _answer(recipe: Recipe, solution: str) -> str | None:
    found = get_format(recipe.answer_format).find(solution)
    return found[-1].raw if found else None


async def attempt_stage(
    run: Run, stage: Stage, messages: list[dict[str, str]], seed: int, inputs: dict[str, str], usages: list[Any]
) -> StageResult:
    """Run one stage, retrying transport faults; every attempt's usage is appended to ``usages``."""
    policy, breaker = run.policy, run.breaker
    attempt = 0

    def spent(u: RequestUsage) -> None:
        u.attempts = attempt
        usages.append(u)
        run.record(u)

    while True:
        attempt += 1
        await breaker.admit()
        try:
            res = await run_stage(
                run.wire_for(stage),
                stage,
                messages,
                seed=seed,
                inputs=dict(inputs),
                answer_format=run.recipe.answer_format,
                counter=run.counter,
                mode=run.mode,
                on_cancel=spent,
            )
        except RequestFailed as exc:
            if exc.status in FATAL_STATUS:
                raise EndpointError(str(exc)) from None
            # Refused before any token: nothing generated, but the failed request is on the ledger.
            spent(RequestUsage(stage=stage.name, status="error", seconds=0.0))
            error, retry_after, status, retryable = str(exc), exc.retry_after, exc.status, exc.retryable
        else:
            spent(res.usage)
            if res.error is None:
                breaker.success()
                return res
            error, retry_after, status, retryable = res.error, None, None, True
        run.failed_request(error)
        if not retryable or attempt > policy.max_retries:
            raise SampleFailed(stage.name, error, status)
        await asyncio.sleep(policy.delay(attempt, retry_after, run.rng))


async def sample(run: Run, index: int) -> None:
    """Generate one sample and write its one row."""
    recipe, p = run.recipe, run.progress
    seed = run.seed_of(index)
    shots_k = recipe.seeds.shots if recipe.seeds else 0
    values = {"shots": render_shots(run.shot_rows, shots_k, seed), "seed_id": sample_id(index)}
    inputs: dict[str, str] = {}
    results: list[StageResult] = []
    usages: list[RequestUsage] = []
    p.attempted += 1
    stage = recipe.stages[0]
    try:
        for k, stage in enumerate(recipe.stages):
            if run.stop.is_set():
                raise asyncio.CancelledError  # stopping: don't open another stream for this sample
            messages = [{"role": "user", "content": render(stage.prompt, {**values, **inputs})}]
            if stage.system:
                messages.insert(0, {"role": "system", "content": render(stage.system, {**values, **inputs})})
            p.in_flight += 1
            try:
                res = await attempt_stage(run, stage, messages, (seed + k) & 0x7FFFFFFF, inputs, usages)
            finally:
                p.in_flight -= 1
            results.append(res)
            if res.rejection is not None:
                row = _row(run, index, seed, results, usages)
                rej = res.rejection
                row["outcome"] = "rejected_inflight" if rej.phase == "inflight" else "rejected_after"
                row["rejection"] = rej.to_dict()
                _baseline_extras(run, row, results)
                run.sinks["rejected"].write(row)
                p.rejected += 1
                return
            p.passed[stage.name] = p.passed.get(stage.name, 0) + 1
            inputs[stage.name] = res.text.strip()
    except SampleFailed as exc:
        p.errors += 1
        row = _row(run, index, seed, results, usages, outcome="error")
        row["error"] = {"stage": exc.stage, "message": str(exc), "status": exc.status}
        run.sinks["errors"].write(row)
        return
    except (asyncio.CancelledError, CircuitOpen) as exc:
        if not run.stop.is_set() and not isinstance(exc, CircuitOpen):
            raise  # not our stop (e.g. a sibling failed): let the task group unwind
        task = asyncio.current_task()
        if task is not None and isinstance(exc, asyncio.CancelledError):
            task.uncancel()  # the stop is handled here; the worker ends normally
        p.interrupted += 1
        row = _row(run, index, seed, results, usages, outcome="interrupted")
        row["error"] = {"stage": stage.name, "message": run.progress.stop_reason or str(exc), "status": None}
        run.sinks["errors"].write(row)
        return
    except McrgenError as exc:
        # Fatal for the run (bad key, model gone, disk full): stop the others cleanly first so their open
        # streams are closed and counted, then let the error end the run.
        run.request_stop(f"error: {exc}")
        raise
    row = _row(run, index, seed, results, usages)
    solution = inputs.get("solution", results[-1].text.strip())
    answer = _answer(recipe, solution)
    row.update(
        problem=inputs.get("problem", results[0].text.strip()),
        solution=solution,
        answer=answer,
        answer_value=parse_number(answer or ""),
        outcome="accepted",
        tokens={r.stage: {"prompt": r.usage.prompt_tokens, "completion": r.usage.completion_tokens} for r in results},
    )
    _baseline_extras(run, row, results)
    run.sinks["accepted"].write(row)
    p.accepted += 1
    run.accepted_one()


def _row(
    run: Run,
    index: int,
    seed: int,
    results: list[StageResult],
    usages: list[RequestUsage],
    outcome: str | None = None,
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": sample_id(index),
        "seed": seed,
        "mode": run.mode,
        "model": run.wire.model,
        "recipe": run.recipe.name,
        "recipe_hash": run.recipe.hash,
        "outputs": {r.stage: r.text for r in results},
        "usage": [u.to_dict() for u in usages],
    }
    if outcome is not None:
        row["outcome"] = outcome
        row["session"] = run.session
    return row


def _baseline_extras(run: Run, row: dict[str, Any], results: list[StageResult]) -> None:
    if run.mode != BASELINE:
        return
    row["traces"] = {r.stage: r.trace for r in results}
    faults = {r.stage: r.fault.to_dict() for r in results if r.fault is not None}
    if faults:
        row["faults"] = faults
