"""The engine against the scripted server, through the real openai client over real HTTP."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.runner import run_recipe
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import write_report
from tests.conftest import steps_script, write_recipe
from tests.support.scripted_server import Reply, tokenize


def run(recipe_path: Path, out: Path, base_url: str, mode: str = "inflight", **kw: Any) -> dict[str, Any]:
    recipe = load_recipe(recipe_path, base_url=base_url, **kw)
    asyncio.run(run_recipe(recipe, out, mode=mode))
    return write_report(out)


def test_failing_stream_is_closed_within_two_tokens(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2, delay=0.004))
    report = run(write_recipe(tmp_path), tmp_path / "run", srv.base_url)
    assert report["funnel"]["rejected"] == 3
    bad = [
        r
        for r in srv.chat_logs()
        if "Problem 1:" in r.body["messages"][-1]["content"]
        or "Problem 3:" in r.body["messages"][-1]["content"]
        or "Problem 5:" in r.body["messages"][-1]["content"]
    ]
    assert len(bad) == 3
    for rec in bad:
        text = "".join(steps_script(bad_every=2)(rec.body, 0).pieces())
        pieces = tokenize(text)
        # The failing statement is complete when the newline after 'WRONG.' arrives.
        upto, completing = 0, None
        for j, p in enumerate(pieces):
            upto += len(p)
            if upto > text.index("WRONG.") + len("WRONG.") and "\n" in p:
                completing = j
                break
        assert completing is not None
        assert rec.disconnected, "the client must hang up"
        assert rec.tokens_sent <= completing + 1 + 2, (rec.tokens_sent, completing)
        assert rec.tokens_sent < rec.tokens_planned
    rows = read_jsonl(tmp_path / "run" / "rejected.jsonl")
    for row in rows:
        rej = row["rejection"]
        assert (rej["stage"], rej["validator"], rej["reason"], rej["phase"]) == (
            "solution",
            "tests.support.fake_validators:no_wrong",
            "wrong_step",
            "inflight",
        )
        assert row["outputs"]["solution"][rej["at_char"] :].startswith("WRONG")
        solution_usage = row["usage"][-1]
        assert solution_usage["status"] == "cancelled"
        assert solution_usage["cancel_lag_ms"] is not None


def test_baseline_runs_every_stream_to_the_end(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    report = run(write_recipe(tmp_path), tmp_path / "run", srv.base_url, mode="baseline")
    assert all(r.completed and not r.disconnected for r in srv.chat_logs())
    assert report["funnel"]["rejected"] == 3
    for row in read_jsonl(tmp_path / "run" / "rejected.jsonl"):
        assert row["outcome"] == "rejected_after"
        assert row["faults"]["solution"]["validator"] == "tests.support.fake_validators:no_wrong"
        # The fault was visible long before the end: that is what in-flight saves.
        assert row["faults"]["solution"]["at_token"] < row["usage"][-1]["completion_tokens"] / 2


@pytest.mark.parametrize("usage", ["continuous", "final", "none"])
def test_token_totals_equal_what_the_server_sent(tmp_path: Path, scripted: Any, usage: str) -> None:
    srv = scripted(steps_script(bad_every=2, delay=0.002))
    report = run(write_recipe(tmp_path, endpoint={"model": "scripted", "usage": usage}), tmp_path / "r", srv.base_url)
    rows = read_jsonl(tmp_path / "r" / "accepted.jsonl") + read_jsonl(tmp_path / "r" / "rejected.jsonl")
    sent_total = sum(r.tokens_sent for r in srv.chat_logs())
    counted = report["tokens"]["total"]["completion_tokens"]
    cancelled = sum(1 for row in rows for u in row["usage"] if u["status"] == "cancelled")
    if usage == "none":
        # Nothing reported: the local estimate is labelled as such.
        assert all(m.startswith("estimated") for m in report["tokens"]["count_methods"])
        return
    # Finished streams are exact (below). A cancelled stream counts what the client read; the server may write more
    # before it notices the FIN, and how many depends on scheduling (on a loaded machine, dozens), so the server's
    # own write count bounds the total from above only: never a token counted that was not sent.
    # (With usage only at the end, a cancelled stream is counted locally, on another ruler: no such bound.)
    assert cancelled > 0 and (usage == "final" or counted <= sent_total)
    finished_sent = sum(r.tokens_sent for r in srv.chat_logs() if r.completed)
    finished_counted = sum(u["completion_tokens"] for row in rows for u in row["usage"] if u["status"] == "finished")
    assert finished_counted == finished_sent
    assert "reported" in report["tokens"]["count_methods"]


def test_inflight_saves_tokens_and_accepts_the_same_ids(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2, steps=30))
    recipe = write_recipe(tmp_path)
    inflight = run(recipe, tmp_path / "in", srv.base_url)
    baseline = run(recipe, tmp_path / "base", srv.base_url, mode="baseline")
    ids = [{r["id"] for r in read_jsonl(tmp_path / d / "accepted.jsonl")} for d in ("in", "base")]
    assert ids[0] == ids[1] and len(ids[0]) == 3
    saved = baseline["tokens"]["total"]["completion_tokens"] - inflight["tokens"]["total"]["completion_tokens"]
    assert saved > 0.3 * baseline["tokens"]["by_outcome"]["rejected_after"]["completion_tokens"]
    # Same problems in both modes (same ids, same seeds).
    probs = [{r["id"]: r["problem"] for r in read_jsonl(tmp_path / d / "accepted.jsonl")} for d in ("in", "base")]
    assert probs[0] == probs[1]


def test_concurrency_limit_holds(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, delay=0.002))
    recipe = write_recipe(tmp_path, budget={"samples": 12})
    run(recipe, tmp_path / "r", srv.base_url, concurrency=3)
    assert srv.max_active == 3


@pytest.mark.parametrize(
    "reply_kw, reason",
    [({"finish_reason": None}, "no_finish_reason"), ({"finish_reason": "length"}, "length")],
)
def test_truncated_streams_are_never_accepted(
    tmp_path: Path, scripted: Any, reply_kw: dict[str, Any], reason: str
) -> None:
    def script(body: dict[str, Any], n: int) -> Reply:
        if body["messages"][-1]["content"].startswith("Write"):
            return Reply("Problem 0: how many?")
        return Reply("Step: 2 + 2 = 4.\nANSWER 4", **reply_kw)

    srv = scripted(script)
    report = run(write_recipe(tmp_path, budget={"samples": 2}), tmp_path / "r", srv.base_url)
    assert report["funnel"]["accepted"] == 0
    rows = read_jsonl(tmp_path / "r" / "rejected.jsonl")
    assert {(r["rejection"]["validator"], r["rejection"]["reason"]) for r in rows} == {("truncated", reason)}


def test_max_tokens_cap_truncates_and_is_counted(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, steps=200))
    recipe = write_recipe(tmp_path, budget={"samples": 1})
    report = run(recipe, tmp_path / "r", srv.base_url)
    [row] = read_jsonl(tmp_path / "r" / "rejected.jsonl")
    assert row["rejection"]["reason"] == "length"
    assert row["usage"][-1]["completion_tokens"] == 400 == srv.chat_logs()[-1].tokens_sent
    assert srv.chat_logs()[-1].body["max_tokens"] == 400 and srv.chat_logs()[-1].body["n"] == 1
    assert report["tokens"]["total"]["completion_tokens"] == sum(r.tokens_sent for r in srv.chat_logs())


def test_fraction_checkpoint_checks_once_at_half(tmp_path: Path, scripted: Any) -> None:
    # A fault at step 5 of 25 is caught at the 0.5 checkpoint (after ~half the expected length), not earlier.
    srv = scripted(steps_script(bad_every=2, steps=25))
    recipe = write_recipe(tmp_path, stages__1__checkpoints=[0.5], stages__1__expected_tokens=300)
    run(recipe, tmp_path / "r", srv.base_url)
    for row in read_jsonl(tmp_path / "r" / "rejected.jsonl"):
        assert row["rejection"]["phase"] == "inflight"
        assert 150 <= row["usage"][-1]["completion_tokens"] <= 155


def test_resume_skips_finished_ids_and_keeps_totals(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    out = tmp_path / "r"
    first = run(write_recipe(tmp_path, budget={"samples": 3}), out, srv.base_url)
    n_requests = len(srv.chat_logs())
    second = run(write_recipe(tmp_path, budget={"samples": 6}), out, srv.base_url)
    ids = [r["id"] for name in ("accepted.jsonl", "rejected.jsonl") for r in read_jsonl(out / name)]
    assert sorted(ids) == [f"{i:06d}" for i in range(6)]
    # Only the 3 new samples were generated (2 requests each).
    assert len(srv.chat_logs()) - n_requests == 6
    assert second["tokens"]["total"]["total_tokens"] > first["tokens"]["total"]["total_tokens"]
    assert second["sessions"] == 2


def test_resume_refuses_a_different_recipe(tmp_path: Path, scripted: Any) -> None:
    from mcrgen.errors import OutputError

    srv = scripted(steps_script())
    out = tmp_path / "r"
    run(write_recipe(tmp_path, budget={"samples": 1}), out, srv.base_url)
    with pytest.raises(OutputError, match="different recipe"):
        run(write_recipe(tmp_path, seed=99, budget={"samples": 1}), out, srv.base_url)


@pytest.mark.parametrize("refusal", ["mode", "different recipe"])
def test_a_refused_local_run_never_starts_the_embedded_model(
    tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch, refusal: str
) -> None:
    """The model takes seconds to load: a bad --mode or a run directory of another recipe is refused before."""
    from mcrgen.engine.generate import generate
    from mcrgen.errors import OutputError, RecipeError
    from mcrgen.local import server

    srv = scripted(steps_script())
    out = tmp_path / "r"
    run(write_recipe(tmp_path, budget={"samples": 1}), out, srv.base_url)

    def no_model(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the embedded model was started for a run that is refused")

    monkeypatch.setattr(server, "local_model", no_model)
    monkeypatch.setattr(server, "local_server", no_model)
    local = load_recipe(write_recipe(tmp_path, seed=99, budget={"samples": 1}), base_url="local")
    if refusal == "mode":
        with pytest.raises(RecipeError, match="--mode must be"):
            generate(local, tmp_path / "new", mode="fast")
    else:
        with pytest.raises(OutputError, match="different recipe .* or --fresh to move it aside"):
            generate(local, out)


def test_outputs_carry_what_a_dataset_needs_and_no_secret(
    tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "sk-test-SECRET-0123456789"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    srv = scripted(steps_script(bad_every=2), api_key=secret)
    run(write_recipe(tmp_path), tmp_path / "r", srv.base_url)
    row = read_jsonl(tmp_path / "r" / "accepted.jsonl")[0]
    for key in ("id", "seed", "problem", "solution", "model", "recipe_hash", "tokens"):
        assert key in row
    assert row["tokens"]["solution"]["completion"] > 0
    for f in (tmp_path / "r").iterdir():
        assert secret not in f.read_text(), f
    assert (tmp_path / "r" / "recipe.resolved.yaml").exists()
    assert json.loads((tmp_path / "r" / "report.json").read_text())["funnel"]["accepted"] == 3


def test_baseline_blames_the_visible_fault_of_a_truncated_stream(tmp_path: Path, scripted: Any) -> None:
    # 200 steps overrun max_tokens (400): in flight the WRONG step closes the stream long before that, so
    # baseline must blame the same validator, not 'truncated'.
    srv = scripted(steps_script(bad_every=2, steps=200))
    recipe = write_recipe(tmp_path, budget={"samples": 2})
    run(recipe, tmp_path / "in", srv.base_url)
    run(recipe, tmp_path / "base", srv.base_url, mode="baseline")
    blame = [
        {r["id"]: r["rejection"]["validator"] for r in read_jsonl(tmp_path / d / "rejected.jsonl")}
        for d in ("in", "base")
    ]
    assert blame[0] == blame[1] == {"000000": "truncated", "000001": "tests.support.fake_validators:no_wrong"}
