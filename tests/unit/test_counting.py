"""One counting method per comparison, the no-bias statistics, and the offline token counters."""

from __future__ import annotations

import asyncio
import os
import random
from typing import Any

import pytest

from mcrgen.accounting import RequestUsage
from mcrgen.analysis.counting import SERVER, Counting, choose
from mcrgen.analysis.nobias import (
    MIN_ACCEPTED,
    diverged_stage,
    ks_p_value,
    ks_statistic,
    no_bias,
    rate_test,
    wilson,
)
from mcrgen.analysis.offline import StageRecord
from mcrgen.engine.tokens import (
    LocalCounter,
    ServerCounts,
    _load_shipped,
    fill_counts,
    local_counter,
    shipped_tiktoken,
)
from mcrgen.recipe.loader import Stage
from mcrgen.wire.client import Chunk

HEURISTIC = "estimated:heuristic"


def usage(pm: str, cm: str, p: int = 10, c: int = 5, **local: Any) -> dict[str, Any]:
    base = {"stage": "s", "prompt_tokens": p, "completion_tokens": c, "prompt_method": pm, "completion_method": cm}
    return base | local


def test_server_counts_win_when_they_cover_every_request() -> None:
    got = choose([usage("reported", "reported"), usage("server-counted", "server-counted")])
    assert got.method == SERVER and got.requests == 2


def test_a_cancelled_stream_without_a_server_count_moves_both_runs_to_the_recount() -> None:
    finished = usage("reported", "reported", 10, 50, local_method="server-tokenized", local_prompt_tokens=9,
                     local_completion_tokens=48)  # fmt: skip
    cancelled = usage("server-tokenized", "server-tokenized", 9, 20)
    c = choose([finished, cancelled])
    assert c.method == "server-tokenized"
    assert c.counts(finished) == (9, 48) and c.counts(cancelled) == (9, 20)


def test_no_common_method_subtracts_nothing() -> None:
    old_finished = usage("reported", "reported")
    old_cancelled = usage(HEURISTIC, HEURISTIC)
    assert choose([old_finished, old_cancelled]).method is None


def test_refused_requests_count_zero_under_any_method() -> None:
    refused = usage("estimated", "estimated", 0, 0)
    assert choose([usage("reported", "reported"), refused]).method == SERVER
    assert Counting(SERVER).counts(refused) == (0, 0)


def test_trace_counted_by_the_server_is_never_rescaled() -> None:
    """vLLM counts the EOS token: completion = last trace position + 1. The cut stays where the fault was."""
    stage = Stage("s", "p", None, 0.0, None, 100, 100, (), "continuous", ())
    counted = StageRecord(stage, "x", [(1, 1), (2, 2), (3, 61)], 5, 62, "finished", "stop", {}, trace_counted=True)
    assert counted.tokens_at(30) == 30
    chunks = StageRecord(stage, "x", [(1, 1), (2, 2), (3, 50)], 5, 100, "finished", "stop", {})
    assert chunks.tokens_at(25) == 50  # chunk counts scaled to the tokenizer's unit


def chunk(text: str, completion: int | None = None, final: bool = False, cached: int | None = None) -> Chunk:
    return Chunk(text, None, completion, 7 if completion is not None else None, final, cached)


def run_fill(chunks: list[Chunk], text: str) -> RequestUsage:
    seen = ServerCounts()
    for ch in chunks:
        seen.observe(ch)
    u = RequestUsage(stage="s")
    counter = LocalCounter("server-tokenized", lambda t: len(t.split()))
    asyncio.run(fill_counts(u, counter, [{"role": "user", "content": "a b c"}], text, seen))
    return u


def test_final_only_usage_is_recounted_locally() -> None:
    u = run_fill([chunk("a b"), chunk(" c"), chunk("", 4, final=True)], "a b c")
    assert (u.completion_tokens, u.completion_method, u.streamed_counts) == (4, "reported", False)
    assert (u.local_completion_tokens, u.local_method) == (3, "server-tokenized")
    assert u.local_prompt_tokens is not None


def test_per_chunk_counts_need_no_recount() -> None:
    u = run_fill([chunk("a", 1, cached=5), chunk(" b", 2)], "a b")
    assert (u.completion_tokens, u.completion_method, u.streamed_counts) == (2, "server-counted", True)
    assert u.local_method is None and u.cached_tokens == 5


def test_no_usage_at_all_counts_once() -> None:
    u = run_fill([chunk("a b")], "a b")
    assert (u.completion_tokens, u.completion_method, u.local_method) == (2, "server-tokenized", None)


def test_shipped_tiktoken_counts_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """A fresh install has no tiktoken cache and no network: the shipped files must load, and nothing else."""
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "empty"))
    import tiktoken.load

    def no_network(*a: Any, **k: Any) -> bytes:
        raise AssertionError("tiktoken tried to download")

    monkeypatch.setattr(tiktoken.load, "read_file", no_network)
    _load_shipped.cache_clear()
    count = shipped_tiktoken("cl100k_base")
    assert count is not None and count("Hello world") == 2
    assert os.environ["TIKTOKEN_CACHE_DIR"] == str(tmp_path / "empty")
    assert local_counter("gpt-4").method == "estimated:tiktoken/cl100k_base"
    assert local_counter("my-llama").method == "estimated:tiktoken/o200k_base"


def row(outcome: str, outputs: dict[str, str], **extra: Any) -> dict[str, Any]:
    return {"outcome": outcome, "outputs": outputs} | extra


def test_divergence_is_anything_but_a_cut_prefix() -> None:
    base = row("accepted", {"p": "Q?", "s": "1 + 1 = 2. ANSWER 2"})
    cut = row("rejected_inflight", {"p": "Q?", "s": "1 + 1 = 2."}, rejection={"stage": "s"})
    assert diverged_stage(base, cut) is None
    assert diverged_stage(base, row("accepted", {"p": "Q?", "s": "1 + 1 = 2."})) == "s"  # finished, yet shorter
    other = row("rejected_inflight", {"p": "Q?", "s": "1 + 1 = 3."}, rejection={"stage": "s"})
    assert diverged_stage(base, other) == "s"
    assert diverged_stage(base, row("accepted", {"p": "Q!", "s": "1 + 1 = 2. ANSWER 2"})) == "p"


def rows_for(n: int, accepted: int, start: int = 0) -> dict[str, dict[str, Any]]:
    return {
        f"{i:06d}": row("accepted" if i - start < accepted else "rejected_after", {"s": f"text {i}"})
        for i in range(start, start + n)
    }


def proxies(r: dict[str, Any]) -> dict[str, float | None]:
    return {"length": float(len(r["outputs"]["s"]))}


def test_empty_and_tiny_sets_are_never_identical() -> None:
    nb = no_bias({}, {}, {}, proxies)
    assert nb["verdict"] == "not enough data" and nb["identical"] is None and nb["jaccard"] is None
    small = rows_for(5, 3)
    nb = no_bias(small, small, {}, proxies)
    assert nb["verdict"] == "not enough data" and nb["test"] == "exact"


def test_deterministic_identical_sets() -> None:
    rows = rows_for(30, MIN_ACCEPTED + 2)
    nb = no_bias(rows, rows, {}, proxies)
    assert (nb["verdict"], nb["identical"], nb["test"]) == ("identical", True, "exact")
    flipped = dict(rows) | {"000000": row("rejected_inflight", {"s": "text 0"}, rejection={"stage": "s"})}
    nb = no_bias(rows, flipped, {}, proxies)
    assert nb["verdict"] == "differ" and [d["id"] for d in nb["differences"]] == ["000000"]


def test_nondeterministic_runs_get_a_statistical_test_with_its_power() -> None:
    base, infl = rows_for(200, 100), rows_for(200, 100)
    nb = no_bias(base, infl, {"000001": "s"}, proxies)
    assert nb["test"] == "statistical" and nb["verdict"] == "no detectable difference"
    acc = nb["statistical"]["tests"]["acceptance"]
    assert acc["difference"] == 0 and acc["ci95"][0] < 0 < acc["ci95"][1]
    assert 0.1 < acc["detectable"] < 0.2 and "80% power" in nb["power"]
    biased = rows_for(200, 60)
    nb = no_bias(base, biased, {"000001": "s"}, proxies)
    assert nb["verdict"] == "differ" and "acceptance" in nb["statistical"]["flagged"]


def test_interval_and_test_arithmetic() -> None:
    lo, hi = wilson(50, 100) or (0, 0)
    assert lo == pytest.approx(0.4038, abs=1e-3) and hi == pytest.approx(0.5962, abs=1e-3)
    assert wilson(0, 0) is None
    r = rate_test(30, 100, 50, 100)
    assert r["p_value"] < 0.01 and r["ci95"][0] > 0
    # Calibration: two samples of one distribution are called different about 5% of the time, not more.
    false_alarms = 0
    for seed in range(100):
        rng = random.Random(seed)
        a = [rng.gauss(0, 1) for _ in range(300)]
        b = [rng.gauss(0, 1) for _ in range(300)]
        false_alarms += ks_p_value(ks_statistic(a, b), 300, 300) < 0.05
    assert false_alarms <= 12
    assert ks_p_value(1.36 / (150**0.5), 300, 300) == pytest.approx(0.05, abs=0.005)
    c = [x + 0.5 for x in b]
    assert ks_p_value(ks_statistic(a, c), 300, 300) < 0.001
    assert ks_statistic([1, 2, 3], [1, 2, 3]) == 0.0
