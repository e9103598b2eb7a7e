"""One checkpoint scheduler: live streams, baseline replay, the offline audit and compare agree to the char.

The same texts (GSM8K gold solutions, half of them with one computation corrupted) are cut into the same random
chunks and judged four ways: the live stream (``run_stage`` on an in-process wire, in-flight mode), the baseline
(``run_stage`` in baseline mode, whose fault is replayed from its recorded trace), the compare replay
(``analysis.offline.gate``) and the offline audit (``analysis.audit.stream_check``, first firing over all gates).
All four must name the same validator, reason, char offset and token. No sockets: this is the fast tier.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from mcrgen.analysis.audit import corrupt_gsm8k, stream_check
from mcrgen.analysis.offline import StageRecord, gate
from mcrgen.engine.checking import Rejection, check_chunks, chunk_trace
from mcrgen.engine.stages import StageResult, run_stage
from mcrgen.engine.tokens import local_counter
from mcrgen.recipe.loader import Stage, load_recipe
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.wire.client import ChatRequest, Chunk
from tests.support.fake_wire import FakeWire, text_chunks

ROOT = Path(__file__).resolve().parents[2]
RECIPE = load_recipe(ROOT / "recipes" / "gsm8k.yaml", environ={})
SOLUTION = RECIPE.stages[1]
FORMAT = RECIPE.answer_format


def _cases(n: int, seed: int) -> list[tuple[str, str]]:
    lines = (ROOT / "tests" / "data" / "gsm8k" / "test.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for row in rng.sample(rows, n):
        text = row["answer"]
        if rng.random() < 0.5 and (bad := corrupt_gsm8k(text, rng)) is not None:
            text = bad.text
        out.append((row["question"], text))
    return out


def _ends(text: str, rng: random.Random) -> list[int]:
    ends, pos = [], 0
    while pos < len(text):
        pos = min(len(text), pos + rng.randint(1, 6))
        ends.append(pos)
    return ends


def _stream(stage: Stage, question: str, pieces: Sequence[str], mode: str) -> StageResult:
    def script(req: ChatRequest, n: int) -> list[Chunk]:
        return text_chunks(pieces)

    wire = FakeWire(script)
    coro = run_stage(
        wire,  # type: ignore[arg-type]
        stage,
        [{"role": "user", "content": question}],
        seed=1,
        inputs={"problem": question},
        answer_format=FORMAT,
        counter=local_counter(),
        mode=mode,
    )
    return asyncio.run(coro)


def _key(r: Rejection | None) -> tuple[str, str, int | None, int | None] | None:
    return None if r is None else (r.validator, r.reason, r.at_char, r.at_token)


CASES = _cases(60, seed=7)


@pytest.mark.parametrize("case", range(len(CASES)))
def test_live_replay_compare_and_audit_agree(case: int) -> None:
    question, text = CASES[case]
    rng = random.Random(case)
    ends = _ends(text, rng)
    pieces = [text[a:b] for a, b in zip([0, *ends], ends, strict=False)]
    trace = chunk_trace(ends)

    live = _stream(SOLUTION, question, pieces, INFLIGHT)
    live_verdict = live.rejection if live.rejection is not None and live.rejection.phase == "inflight" else None
    baseline = _stream(SOLUTION, question, pieces, BASELINE)
    replayed = check_chunks(SOLUTION, {"problem": question}, FORMAT, text, trace)
    record = StageRecord(SOLUTION, text, trace, 0, len(ends), "ok", "stop", {"problem": question})
    compared = gate(record, "continuous", FORMAT)
    fired = stream_check(SOLUTION.validators, text, stage="solution", ends=ends, inputs={"problem": question})
    order = {v.name: i for i, v in enumerate(SOLUTION.validators)}
    first = min(
        ((f.tokens, order[name], name, f) for name, f in fired.items() if f.phase == "inflight"),
        default=None,
    )

    assert baseline.trace == trace
    assert _key(live_verdict) == _key(replayed) == _key(baseline.fault) == _key(compared)
    if live_verdict is None:
        assert first is None
    else:
        assert first is not None
        tokens, _, name, firing = first
        assert (name, firing.reason, tokens) == (live_verdict.validator, live_verdict.reason, live_verdict.at_token)


@pytest.mark.parametrize("fractions", [(0.3,), (0.3, 0.5, 0.8)])
def test_fraction_checkpoints_live_equal_replay(fractions: tuple[float, ...]) -> None:
    stage = replace(SOLUTION, checkpoints=fractions, expected_tokens=40)
    for case, (question, text) in enumerate(CASES[:30]):
        ends = _ends(text, random.Random(100 + case))
        pieces = [text[a:b] for a, b in zip([0, *ends], ends, strict=False)]
        live = _stream(stage, question, pieces, INFLIGHT)
        live_verdict = live.rejection if live.rejection is not None and live.rejection.phase == "inflight" else None
        record = StageRecord(stage, text, chunk_trace(ends), 0, len(ends), "ok", "stop", {"problem": question})
        assert _key(live_verdict) == _key(gate(record, fractions, FORMAT)), case


def test_the_suite_has_faults_to_find() -> None:
    """The property above is only worth something if some streams are really cut mid-way."""
    cut = 0
    for question, text in CASES:
        ends = _ends(text, random.Random(0))
        pieces = [text[a:b] for a, b in zip([0, *ends], ends, strict=False)]
        r = _stream(SOLUTION, question, pieces, INFLIGHT).rejection
        cut += r is not None and r.phase == "inflight"
    assert cut >= 10


def test_between_two_gates_the_watchdog_blames_no_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    """A checkpoint stamps each gate's call with its name and clears it after: mcrgen's own work between two calls
    (cutting the prefix back to a statement end for a gate that sees only those) is never timed against, or blamed
    on, the gate that ran before it."""
    import mcrgen.validators as validators
    from mcrgen.engine import watchdog
    from mcrgen.engine.checking import Checker

    monkeypatch.setenv("MCRGEN_VALIDATOR_TIMEOUT", "60")
    names: list[str | None] = []
    cut = validators._statement_cut

    def watched_cut(prefix: str, start: int) -> str | None:
        names.append(watchdog._watch.name)
        return cut(prefix, start)

    monkeypatch.setattr(validators, "_statement_cut", watched_cut)
    gates = [validators.bind("arithmetic", None), validators.bind("hallucination_phrases", None)]
    assert gates[0].validator.mid_statement and not gates[1].validator.mid_statement
    checker = Checker.of("solution", gates, {"problem": "x"}, "gsm8k", 100)
    text = "So 24 - 9 = 15 mu"  # a settled result, not a statement end: the second gate's prefix is cut back
    assert checker.check_prefix(text, len(text), 5) is None
    assert names == [None]
    assert watchdog._watch.name is None
