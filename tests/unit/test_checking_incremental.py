"""The per-chunk shortcuts of in-flight checking decide exactly what the plain definitions decide.

* The scheduler's :func:`complete_prefix_end` skips the searches that cannot find a checkpoint and remembers
  where each result's next word settled; after every chunk it must still equal the definition, the later of
  :func:`statement_end` and :func:`result_end`.
* ``arithmetic`` does not parse a statement again at its end when only prose followed a quiet open-ended scan;
  its verdicts (reason, offset, detail, and the checkpoint that found them) must be those of the parse it skips.

Texts: model-like solutions (tune split: prose, bullets, worded results, seeded slips) and GSM8K gold solutions
with a corrupted result, cut into random chunks.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from mcrgen.analysis.audit import chunk_ends, corrupt_gsm8k, stream_check
from mcrgen.validators import arithmetic as arithmetic_module
from mcrgen.validators import bind
from mcrgen.validators.segment import complete_prefix_end, result_end, statement_end
from tests.support.modellike import questions, records

GSM8K = Path(__file__).resolve().parents[2] / "tests" / "data" / "gsm8k" / "test.jsonl"


def _texts(n: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    modellike = [(questions()[r["problem_id"]], r["solution"]) for r in rng.sample(records("tune"), n)]
    rows = [json.loads(line) for line in GSM8K.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = []
    for i in rng.sample(range(len(rows)), n):
        bad = corrupt_gsm8k(rows[i]["answer"], random.Random(i))
        gold.append((rows[i]["question"], rows[i]["answer"] if bad is None else bad.text))
    return modellike + gold


TEXTS = _texts(60, seed=3)


@pytest.mark.parametrize("chunk", [(1, 1), (1, 4), (2, 9)])
def test_scheduler_cut_is_the_definition_after_every_chunk(chunk: tuple[int, int]) -> None:
    compared = 0
    for case, (_, text) in enumerate(TEXTS):
        settled: dict[int, int] = {}
        checked = before = 0
        for end in chunk_ends(len(text), random.Random(case), *chunk):
            prefix = text[:end]
            start = max(checked, before - 1)
            expected = max(statement_end(prefix, start), result_end(prefix, start))
            assert complete_prefix_end(prefix, start, settled) == expected, (case, end)
            compared += 1
            checked = max(checked, expected)
            before = end
    assert compared > 1000


def _arithmetic_firings(monkeypatch: pytest.MonkeyPatch, skip: bool) -> list[tuple[object, ...]]:
    if not skip:
        monkeypatch.setattr(arithmetic_module, "_prose_since", lambda *args: False)
    gate = [bind("arithmetic", None)]
    out: list[tuple[object, ...]] = []
    for case, (question, text) in enumerate(TEXTS):
        for seed, chunk in ((case, (1, 4)), (case + 1000, (1, 1))):
            ends = chunk_ends(len(text), random.Random(seed), *chunk)
            fired = stream_check(gate, text, stage="solution", ends=ends, inputs={"problem": question})
            f = fired.get("arithmetic")
            out.append((case, seed) if f is None else (case, seed, f.reason, f.at, f.seen_at, f.tokens, f.detail))
    return out


def test_arithmetic_skips_no_verdict_when_only_prose_follows(monkeypatch: pytest.MonkeyPatch) -> None:
    with_skip = _arithmetic_firings(monkeypatch, skip=True)
    without = _arithmetic_firings(monkeypatch, skip=False)
    assert with_skip == without
    assert sum(len(f) > 2 for f in with_skip) >= 20  # the comparison is worth something: slips were found


def test_arithmetic_skip_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shortcut is taken on ordinary text (else the test above compares a thing with itself)."""
    calls: list[bool] = []
    real = arithmetic_module._prose_since

    def spy(*args: object) -> bool:
        calls.append(real(*args))  # type: ignore[arg-type]
        return calls[-1]

    monkeypatch.setattr(arithmetic_module, "_prose_since", spy)
    _arithmetic_firings(monkeypatch, skip=True)
    assert sum(calls) >= 50
