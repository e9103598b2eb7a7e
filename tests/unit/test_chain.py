"""One sample's chain on the in-process fake wire: it returns its outcome and reports each request as it ends."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Sequence
from typing import Any

import pytest

from mcrgen.accounting import RequestUsage
from mcrgen.engine import chain
from mcrgen.engine.stop import Stop
from mcrgen.recipe.loader import Recipe, load_recipe
from mcrgen.wire.client import ChatRequest, Chunk
from mcrgen.wire.retry import CircuitBreaker, RetryPolicy
from tests.conftest import ROOT
from tests.support.fake_wire import FakeWire, text_chunks

STEPS = [f"Step {k}: 2 + 2 = 4.\n" for k in range(6)]


class WordCounter:
    """Estimates for what the fake wire does not report (the prompt of a stream closed before its usage chunk)."""

    method = "estimated"

    async def count(self, text: str) -> int:
        return len(text.split())


def _recipe() -> Recipe:
    return load_recipe(ROOT / "tests" / "fixtures" / "tiny.yaml", base_url="http://127.0.0.1:9/v1")


def _script(solution: Sequence[str]) -> Any:
    def script(req: ChatRequest, n: int) -> list[Chunk]:
        if req.messages[-1]["content"].startswith("Write"):
            return text_chunks(["Problem", " 1", ":", " apples", "?"])
        return text_chunks(solution) if solution else []  # no chunk at all: an empty response (retried)

    return script


def _run(solution: Sequence[str], *, stop: Stop | None = None) -> tuple[chain.SampleOutcome, list[Any], FakeWire]:
    wire = FakeWire(_script(solution))
    ended: list[tuple[str, RequestUsage]] = []
    ctx = chain.ChainContext(
        recipe=_recipe(),
        mode="inflight",
        model="fake",
        session=3,
        shot_rows=[],
        wire_for=lambda stage: wire,  # type: ignore[arg-type,return-value]
        counter=WordCounter(),
        policy=RetryPolicy(2, 0.001, 0.002),
        breaker=CircuitBreaker(100, 0.01, 1),
        rng=random.Random(0),
        stop=stop or Stop(),
        request_ended=lambda sid, u: ended.append((sid, u)),
        stage_event=lambda stage, event: None,
    )
    return asyncio.run(chain.sample(ctx, 1)), ended, wire


def test_an_accepted_sample_is_returned_not_written() -> None:
    outcome, ended, _ = _run([*STEPS, "ANSWER 4"])
    assert outcome.kind == chain.ACCEPTED
    row = outcome.row
    assert row["id"] == "000001" and row["session"] == 3 and row["outcome"] == "accepted"
    assert [u["stage"] for u in row["usage"]] == ["problem", "solution"]
    # Every request reached the runner as it ended, with its sample's id, and is the very usage on the row.
    assert [(sid, u.stage) for sid, u in ended] == [("000001", "problem"), ("000001", "solution")]
    assert [u.to_dict() for _, u in ended] == row["usage"] == [u.to_dict() for u in outcome.usages]


def test_a_stream_rejected_in_flight_is_closed_and_counted() -> None:
    bad = [*STEPS[:2], "Step 2: this is WRONG.\n", *STEPS[3:], "ANSWER 4"]
    outcome, ended, wire = _run(bad)
    assert outcome.kind == chain.REJECTED and outcome.row["outcome"] == "rejected_inflight"
    assert outcome.row["rejection"]["validator"] == "tests.support.fake_validators:no_wrong"
    assert wire.streams[-1].aborted_after is not None  # closed before the end
    assert ended[-1][1].status == "cancelled"


def test_a_sample_the_endpoint_keeps_failing_ends_in_error_with_every_attempt() -> None:
    outcome, ended, _ = _run([])
    assert outcome.kind == chain.ERROR and outcome.row["error"]["stage"] == "solution"
    solution = [u for _, u in ended if u.stage == "solution"]
    assert [u.attempts for u in solution] == [1, 2, 3] and {u.status for u in solution} == {"error"}


def test_a_stop_before_the_first_stream_is_an_interrupted_outcome_with_its_reason() -> None:
    stop = Stop()
    stop.request("budget.max_tokens (10) reached")
    outcome, ended, wire = _run([*STEPS, "ANSWER 4"], stop=stop)
    assert outcome.kind == chain.INTERRUPTED and ended == [] and wire.streams == []
    assert outcome.row["error"]["message"] == "budget.max_tokens (10) reached"


@pytest.mark.parametrize("reason", ["a", "b"])
def test_the_first_stop_reason_wins(reason: str) -> None:
    calls: list[str] = []
    stop = Stop(lambda: calls.append("stopped"))
    stop.request(reason)
    stop.request("later")
    assert stop.reason == reason and calls == ["stopped"]
