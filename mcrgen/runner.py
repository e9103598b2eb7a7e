"""Many streams: sample ids and seeds, bounded concurrency, budgets, resume, and the run directory's rows.

Each sample is a chain of stages (S1 problem -> S2/S3 solution -> ...). A sample occupies one concurrency slot for
its whole chain, so at most ``concurrency`` streams are open at once. Every finished sample is appended and
flushed before the next one is taken, so a crash loses nothing that finished.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mcrgen import __version__, rundir
from mcrgen.client import RequestFailed, Wire
from mcrgen.errors import EndpointError, OutputError, RecipeError
from mcrgen.recipe import Recipe, render, resolved_yaml
from mcrgen.stages import BASELINE, INFLIGHT, StageResult, run_stage
from mcrgen.tokens import TokenCounter, local_counter
from mcrgen.validators.formats import get_format, parse_number


def sample_id(index: int) -> str:
    return f"{index:06d}"


def sample_seed(run_seed: int, index: int) -> int:
    """A stable per-sample seed: the same id gets the same seed in every mode and on every resume."""
    digest = hashlib.sha256(f"mcrgen:{run_seed}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def load_seed_rows(recipe: Recipe) -> list[str]:
    if recipe.seeds is None:
        return []
    path, fld = recipe.seeds.path, recipe.seeds.field
    if not path.exists():
        raise RecipeError(f"{recipe.path}: seeds.path {path} does not exist")
    out: list[str] = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecipeError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not isinstance(row.get(fld), str) or not row[fld].strip():
                raise RecipeError(f"{path}:{n}: no text field {fld!r} (seeds.field)")
            out.append(row[fld].strip())
    if not out:
        raise RecipeError(f"{path}: the seed file is empty")
    return out


def render_shots(rows: list[str], k: int, seed: int) -> str:
    if not rows or k == 0:
        return ""
    picks = random.Random(seed).sample(rows, min(k, len(rows)))
    return "\n\n".join(f"Example {i}:\n{text}" for i, text in enumerate(picks, 1))


@dataclass
class Progress:
    """Live counters for the terminal view; the runner only writes them."""

    mode: str
    total: int
    stage_names: list[str]
    skipped: int = 0
    attempted: int = 0
    passed: dict[str, int] = field(default_factory=dict)
    accepted: int = 0
    rejected: int = 0
    errors: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    in_flight: int = 0
    started: float = field(default_factory=time.monotonic)
    stop_reason: str | None = None


@dataclass
class RunResult:
    run_dir: Path
    progress: Progress
    seconds: float


def _answer(recipe: Recipe, solution: str) -> str | None:
    found = get_format(recipe.answer_format).find(solution)
    return found[-1].raw if found else None


class Run:
    def __init__(self, recipe: Recipe, run_dir: Path, mode: str, wire: Wire, counter: TokenCounter) -> None:
        self.recipe, self.run_dir, self.mode, self.wire, self.counter = recipe, run_dir, mode, wire, counter
        self.shot_rows = load_seed_rows(recipe)
        self.progress = Progress(mode, recipe.samples, [s.name for s in recipe.stages])
        self.sinks: dict[str, rundir.Sink] = {}
        # Stages with their own endpoint (e.g. a judge on another server) get their own connection pool.
        self.stage_wires = {
            s.name: Wire(s.endpoint, os.environ.get(s.endpoint.api_key_env) or "no-key")
            for s in recipe.stages
            if s.endpoint is not None
        }
        self.spent = 0

    def _row_base(self, index: int, seed: int, results: list[StageResult]) -> dict[str, Any]:
        return {
            "id": sample_id(index),
            "seed": seed,
            "mode": self.mode,
            "model": self.wire.model,
            "recipe": self.recipe.name,
            "recipe_hash": self.recipe.hash,
            "outputs": {r.stage: r.text for r in results},
            "usage": [r.usage.to_dict() for r in results],
        }

    async def sample(self, index: int) -> None:
        seed = sample_seed(self.recipe.seed, index)
        shots_k = self.recipe.seeds.shots if self.recipe.seeds else 0
        values = {"shots": render_shots(self.shot_rows, shots_k, seed), "seed_id": sample_id(index)}
        inputs: dict[str, str] = {}
        results: list[StageResult] = []
        p = self.progress
        p.attempted += 1
        for k, stage in enumerate(self.recipe.stages):
            messages = [{"role": "user", "content": render(stage.prompt, {**values, **inputs})}]
            if stage.system:
                messages.insert(0, {"role": "system", "content": render(stage.system, {**values, **inputs})})
            p.in_flight += 1
            try:
                res = await run_stage(
                    self.stage_wires.get(stage.name, self.wire),
                    stage,
                    messages,
                    seed=(seed + k) & 0x7FFFFFFF,
                    inputs=dict(inputs),
                    answer_format=self.recipe.answer_format,
                    counter=self.counter,
                    mode=self.mode,
                )
            except RequestFailed as exc:
                if exc.status in (401, 403, 404):
                    raise EndpointError(str(exc)) from None
                p.errors += 1
                row = self._row_base(index, seed, results)
                row["error"] = {"stage": stage.name, "message": str(exc), "status": exc.status}
                self.sinks["errors"].write(row)
                return
            finally:
                p.in_flight -= 1
            results.append(res)
            p.prompt_tokens += res.usage.prompt_tokens
            p.completion_tokens += res.usage.completion_tokens
            self.spent += res.usage.prompt_tokens + res.usage.completion_tokens
            if res.rejection is not None:
                row = self._row_base(index, seed, results)
                rej = res.rejection
                row["outcome"] = "rejected_inflight" if rej.phase == "inflight" else "rejected_after"
                row["rejection"] = rej.to_dict()
                self._baseline_extras(row, results)
                self.sinks["rejected"].write(row)
                p.rejected += 1
                return
            p.passed[stage.name] = p.passed.get(stage.name, 0) + 1
            inputs[stage.name] = res.text.strip()
        row = self._row_base(index, seed, results)
        solution = inputs.get("solution", results[-1].text.strip())
        row.update(
            problem=inputs.get("problem", results[0].text.strip()),
            solution=solution,
            answer=_answer(self.recipe, solution),
            answer_value=parse_number(_answer(self.recipe, solution) or ""),
            outcome="accepted",
            tokens={
                r.stage: {"prompt": r.usage.prompt_tokens, "completion": r.usage.completion_tokens} for r in results
            },
        )
        self._baseline_extras(row, results)
        self.sinks["accepted"].write(row)
        p.accepted += 1

    def _baseline_extras(self, row: dict[str, Any], results: list[StageResult]) -> None:
        if self.mode != BASELINE:
            return
        row["traces"] = {r.stage: r.trace for r in results}
        faults = {r.stage: r.fault.to_dict() for r in results if r.fault is not None}
        if faults:
            row["faults"] = faults

    async def worker(self, ids: Iterator[int], stop: asyncio.Event) -> None:
        for index in ids:
            if stop.is_set():
                return
            if self.recipe.max_tokens is not None and self.spent >= self.recipe.max_tokens:
                self.progress.stop_reason = f"budget.max_tokens ({self.recipe.max_tokens}) reached"
                stop.set()
                return
            await self.sample(index)


def _api_key(recipe: Recipe) -> str:
    # A missing key is fine for local servers; SDKs insist on a non-empty string.
    return os.environ.get(recipe.endpoint.api_key_env) or "no-key"


async def run_recipe(
    recipe: Recipe,
    run_dir: Path,
    *,
    mode: str = INFLIGHT,
    on_start: Callable[[Progress], None] | None = None,
    base_url: str | None = None,
    counter: TokenCounter | None = None,
) -> RunResult:
    """Generate ``recipe.samples`` samples into ``run_dir``, resuming whatever an earlier run left there."""
    if mode not in (INFLIGHT, BASELINE):
        raise RecipeError(f"--mode must be {INFLIGHT} or {BASELINE}, not {mode!r}")
    rundir.prepare(run_dir)
    meta = rundir.load_meta(run_dir)
    if meta is not None:
        if meta.get("recipe_hash") != recipe.hash:
            raise OutputError(
                f"{run_dir} holds a run of a different recipe (hash {meta.get('recipe_hash')}, this one "
                f"{recipe.hash}); use another --out directory"
            )
        if meta.get("mode") != mode:
            raise OutputError(f"{run_dir} holds a {meta.get('mode')} run; use another --out for --mode {mode}")
    else:
        meta = {"recipe": recipe.name, "recipe_hash": recipe.hash, "mode": mode, "sessions": []}
    done = rundir.finished_ids(run_dir)
    todo = [i for i in range(recipe.samples) if sample_id(i) not in done]
    if base_url is None and recipe.endpoint.is_local:
        raise EndpointError("endpoint 'local' needs the embedded server; start it with run_local()")
    wire = Wire(recipe.endpoint, _api_key(recipe), base_url=base_url)
    run = Run(recipe, run_dir, mode, wire, counter or local_counter())
    run.progress.skipped = recipe.samples - len(todo)
    rundir.write_atomic(run_dir / rundir.RESOLVED, resolved_yaml(recipe))
    session: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "version": __version__,
        "model": wire.model,
        "base_url": base_url or recipe.endpoint.base_url,
        "concurrency": recipe.endpoint.concurrency,
        "samples": recipe.samples,
    }
    meta["model"] = wire.model
    meta["sessions"].append(session)
    rundir.save_meta(run_dir, meta)
    # The error sink is rewritten each session: errored ids are retried, and old error rows would double count.
    (run_dir / rundir.ERRORS).unlink(missing_ok=True)
    run.sinks = {
        k: rundir.Sink(run_dir / f)
        for k, f in (("accepted", rundir.ACCEPTED), ("rejected", rundir.REJECTED), ("errors", rundir.ERRORS))
    }
    if on_start is not None:
        on_start(run.progress)
    t0 = time.monotonic()
    stop = asyncio.Event()
    ids = iter(todo)
    try:
        async with asyncio.TaskGroup() as tg:
            for _ in range(min(recipe.endpoint.concurrency, max(1, len(todo)))):
                tg.create_task(run.worker(ids, stop))
    except* EndpointError as eg:
        raise eg.exceptions[0] from None
    except* OutputError as eg:
        raise eg.exceptions[0] from None
    finally:
        seconds = time.monotonic() - t0
        session["ended"] = datetime.now(UTC).isoformat(timespec="seconds")
        session["seconds"] = round(seconds, 3)
        session["stop_reason"] = run.progress.stop_reason
        for sink in run.sinks.values():
            sink.close()
        rundir.save_meta(run_dir, meta)
        await wire.aclose()
        for w in run.stage_wires.values():
            await w.aclose()
    return RunResult(run_dir, run.progress, seconds)
