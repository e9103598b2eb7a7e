"""What a person sees at the end of and during ``mcrgen generate``: the digest's figures, the summary's words,
the live view's frames, the run directory choice and the dry run. Run directories are built by hand; no sockets."""

from __future__ import annotations

import asyncio
import io
import json
import math
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mcrgen.analysis.digest import failing_span, inflight_estimate, loss_bound, rejected_examples
from mcrgen.commands import choose_run_dir, dry_run
from mcrgen.engine.generate import default_run_dir
from mcrgen.engine.runner import Progress
from mcrgen.engine.stages import run_stage
from mcrgen.engine.tokens import local_counter
from mcrgen.recipe.loader import load_recipe
from mcrgen.render.live import LiveView
from mcrgen.render.summary import render_summary
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import build_report
from mcrgen.wire.client import ChatRequest, Chunk
from tests.conftest import write_recipe
from tests.support.fake_wire import FakeWire, text_chunks

ROOT = Path(__file__).resolve().parents[2]
GSM8K = ROOT / "recipes" / "gsm8k.yaml"
BAD = "Step 1: 2 + 2 = 4.\nStep 2: 4 * 3 = 13.\n"


def _usage(stage: str, status: str, completion: int, prompt: int = 10) -> dict[str, Any]:
    return {"stage": stage, "status": status, "completion_tokens": completion, "prompt_tokens": prompt}


def _write(run_dir: Path, name: str, rows: list[dict[str, Any]]) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    (run_dir / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _rejected(i: int, at_token: int) -> dict[str, Any]:
    return {
        "id": f"{i:06d}",
        "outcome": "rejected_inflight",
        "outputs": {"problem": "How many?", "solution": BAD},
        "rejection": {
            "stage": "solution",
            "validator": "arithmetic",
            "reason": "wrong_result",
            "detail": "4 * 3 = 12, not 13",
            "at_char": BAD.index("13"),
            "at_token": at_token,
            "phase": "inflight",
        },
        "usage": [_usage("problem", "finished", 30), _usage("solution", "cancelled", at_token)],
    }


@pytest.fixture
def zero_run(tmp_path: Path) -> Path:
    run = tmp_path / "run"
    _write(run, "accepted.jsonl", [])
    _write(run, "rejected.jsonl", [_rejected(0, 20), _rejected(1, 50)])
    return run


def test_estimate_is_expected_length_minus_delivered_for_each_kill(zero_run: Path) -> None:
    est = inflight_estimate(zero_run, {"problem": 40, "solution": 200})
    # No solution stream finished: the recipe's expected_tokens (200) stands in for the full length.
    assert est["full_length_from"]["solution"] == "recipe expected_tokens"
    assert (est["kills"], est["killed_tokens"], est["saved_tokens"]) == (2, 70, (200 - 20) + (200 - 50))
    spent = 2 * (10 + 30) + (10 + 20) + (10 + 50)
    assert est["spent_tokens"] == spent
    assert est["saved_pct"] == round(100 * 330 / (spent + 330), 1)


def test_estimate_prefers_the_median_of_streams_that_finished(zero_run: Path) -> None:
    done = [
        {"id": f"{i:06d}", "usage": [_usage("solution", s, n)]}
        for i, (s, n) in enumerate([("finished", 90), ("finished", 110), ("truncated", 400)], 5)
    ]
    _write(zero_run, "accepted.jsonl", done)
    est = inflight_estimate(zero_run, {"solution": 200})
    assert est["full_length"]["solution"] == 110 and est["full_length_from"]["solution"].startswith("median")
    assert est["saved_tokens"] == (110 - 20) + (110 - 50)


def test_failing_span_is_the_whole_statement_around_the_fault() -> None:
    start, end = failing_span(BAD, BAD.index("13"))
    assert BAD[start:end] == "Step 2: 4 * 3 = 13."
    # No position (a final verdict): the last statement of the text.
    assert BAD[slice(*failing_span(BAD, None))] == "Step 2: 4 * 3 = 13.\n"
    assert failing_span("", None) == (0, 0)


def test_examples_put_distinct_validators_first(zero_run: Path) -> None:
    rows = [
        _rejected(0, 20),
        _rejected(1, 50),
        {
            **_rejected(2, 9),
            "rejection": {
                "stage": "solution",
                "validator": "format",
                "reason": "no_answer",
                "at_char": None,
                "phase": "final",
            },
            "outcome": "rejected_after",
        },
    ]
    got = rejected_examples(rows, 2)
    assert [g["validator"] for g in got] == ["arithmetic", "format"]
    assert got[0]["span"] == "Step 2: 4 * 3 = 13." and got[0]["before"] == "Step 1: 2 + 2 = 4.\n"


def test_loss_bound_is_the_clopper_pearson_upper_limit() -> None:
    assert loss_bound(10, 0) == round(1 - 0.05 ** (1 / 10), 4)  # 0.2589: the "rule of three" regime
    assert loss_bound(10, 1) == 0.3942  # the exact one-sided 95% limit for 1 of 10
    assert loss_bound(0, 0) is None
    assert math.isclose(loss_bound(200, 0) or 0, 0.0149, abs_tol=1e-4)


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=200, force_terminal=False, color_system=None), buf


def test_zero_accepted_summary_warns_with_reasons_and_marked_texts(zero_run: Path) -> None:
    console, buf = _console()
    report = build_report(zero_run) | {"mode": "inflight"}
    est = inflight_estimate(zero_run, {"solution": 200})
    examples = rejected_examples(read_jsonl(zero_run / "rejected.jsonl"), 2)
    render_summary(console, report, zero_run, estimate=est, examples=examples, compare_cmd="mcrgen compare r.yaml")
    out = buf.getvalue()
    assert "⚠ 0 of 2 samples accepted" in out
    assert "2 × stage solution: arithmetic (wrong_result)" in out
    assert out.count("⟦Step 2: 4 * 3 = 13.⟧") == 2 and "4 * 3 = 12, not 13" in out
    assert "estimated saving ≈ 330 completion tokens" in out and "mcrgen compare r.yaml" in out
    assert out.rstrip().splitlines()[-1].startswith("⚠ 0 of 2")  # the headline is the last line


def test_zero_accepted_summary_counts_the_samples_left_in_errors(tmp_path: Path) -> None:
    """Every sample in endpoint errors: '0 of 0 samples accepted' read as if nothing had been asked for."""
    run = tmp_path / "run"
    _write(run, "accepted.jsonl", [])
    _write(run, "rejected.jsonl", [])
    errors = [{"id": f"00000{i}", "outcome": "error", "usage": [_usage("solution", "error", 0)]} for i in range(2)]
    _write(run, "errors.jsonl", errors)
    console, buf = _console()
    est = inflight_estimate(run, {"solution": 200})
    report = build_report(run) | {"mode": "inflight"}
    render_summary(console, report, run, estimate=est, compare_cmd="mcrgen compare r.yaml")
    out = buf.getvalue()
    last = out.rstrip().splitlines()[-1]
    assert last == "⚠ 0 of 0 samples accepted (2 in endpoint errors, not finished): the dataset is empty"
    # Nothing was generated, so there is no saving to measure: no "mcrgen compare" to run against a failing server.
    assert "mcrgen compare" not in out and "saved nothing" not in out


def test_accepted_summary_names_the_dataset_files(tmp_path: Path) -> None:
    run = tmp_path / "run"
    row = {
        "id": "000000",
        "outcome": "accepted",
        "outputs": {"solution": "x"},
        "usage": [_usage("solution", "finished", 9)],
    }
    _write(run, "accepted.jsonl", [row])
    _write(run, "rejected.jsonl", [])
    (run / "dataset.jsonl").write_text("{}\n")
    console, buf = _console()
    render_summary(console, build_report(run) | {"mode": "baseline"}, run)
    out = buf.getvalue()
    assert "✔ 1 of 1 samples accepted (100%)" in out and f"dataset: {run / 'dataset.jsonl'}" in out
    assert "in-flight rejection" not in out  # a baseline run kills nothing: no estimate to show


def test_live_view_off_a_terminal_prints_one_final_frame() -> None:
    console, buf = _console()
    view = LiveView(console)
    p = Progress("inflight", 4, ["problem", "solution"])
    view.start(p)
    for _ in range(3):
        p.add_streamed(7)  # chunks arriving: nothing is drawn to a pipe while the run goes
    assert buf.getvalue() == ""
    p.attempted, p.accepted, p.rejected, p.completion_tokens, p.cancels, p.cancelled_tokens = 4, 3, 1, 21, 1, 5
    view.stop()
    view.stop()  # idempotent: the CLI stops in a finally as well
    out = buf.getvalue()
    assert out.count("samples") == 1 and "4/4" in out and "accepted 3" in out
    assert "completion 21" in out and "cancelled in flight 1 streams, 5 tokens" in out


def test_interrupted_samples_are_not_counted_as_done() -> None:
    """After Ctrl-C the final frame said "4/8 samples" beside "accepted 0 rejected 0 interrupted 4 (resumable)"."""
    console, buf = _console()
    view = LiveView(console)
    p = Progress("inflight", 8, ["problem", "solution"])
    view.start(p)
    p.accepted, p.rejected, p.interrupted = 1, 1, 4
    view.stop()
    out = buf.getvalue()
    assert "2/8" in out and "interrupted 4 (resumable)" in out


def test_live_view_on_a_terminal_shows_tokens_while_streams_are_open() -> None:
    buf = io.StringIO()
    console = Console(file=buf, width=200, force_terminal=True, color_system=None)
    view = LiveView(console)
    p = Progress("inflight", 2, ["solution"])
    view.start(p)
    p.add_streamed(12)
    p.in_flight = 1
    with console.capture() as cap:
        console.print(view.frame())
    frame = cap.get()
    view.stop()
    assert "completion 12" in frame and "open streams 1" in frame and "0/2" in frame


def test_stage_reports_tokens_chunk_by_chunk() -> None:
    seen: list[int] = []
    recipe = load_recipe(GSM8K, environ={})

    def script(req: ChatRequest, n: int) -> list[Chunk]:
        return text_chunks(["Problem: ", "how many", " apples?"])

    result = asyncio.run(
        run_stage(
            FakeWire(script),  # type: ignore[arg-type]
            recipe.stages[0],
            [{"role": "user", "content": "Write"}],
            seed=1,
            inputs={},
            answer_format=recipe.answer_format,
            counter=local_counter(),
            on_tokens=seen.append,
        )
    )
    assert seen == [1, 1, 1] and sum(seen) == result.usage.completion_tokens


def test_default_run_dir_carries_the_recipe_hash() -> None:
    r = load_recipe(GSM8K, environ={})
    assert default_run_dir(r, "inflight") == Path("runs") / f"{r.name}-inflight-{r.hash[:8]}"
    edited = load_recipe(GSM8K, environ={}, seed=r.seed + 1)
    assert default_run_dir(edited, "inflight") != default_run_dir(r, "inflight")


def test_fresh_moves_the_old_run_aside_and_a_foreign_run_is_refused(tmp_path: Path) -> None:
    r = load_recipe(GSM8K, environ={})
    run = tmp_path / "run"
    assert "new run" in choose_run_dir(run, r, "inflight", fresh=False).message
    _write(run, "run.json", [])
    (run / "run.json").write_text(json.dumps({"recipe_hash": "0" * 16, "mode": "inflight", "sessions": []}))
    (run / "accepted.jsonl").write_text('{"id": "000000"}\n')
    assert "holds another run" in choose_run_dir(run, r, "inflight", fresh=False).message  # the runner refuses it
    choice = choose_run_dir(run, r, "inflight", fresh=True)
    moved = [d for d in tmp_path.iterdir() if d.name.startswith("run.old-")]
    assert len(moved) == 1 and (moved[0] / "accepted.jsonl").read_text() == '{"id": "000000"}\n'
    assert not run.exists() and str(moved[0]) in choice.message
    (tmp_path / "same").mkdir()
    (tmp_path / "same" / "run.json").write_text(json.dumps({"recipe_hash": r.hash, "mode": "inflight", "sessions": []}))
    assert (
        "resuming the same recipe (0 samples" in choose_run_dir(tmp_path / "same", r, "inflight", fresh=False).message
    )


def test_dry_run_renders_shots_and_marks_what_earlier_stages_write() -> None:
    r = load_recipe(GSM8K, environ={}, limit=2)
    samples = dry_run(r, 5)
    assert [s["id"] for s in samples] == ["000000", "000001"]  # never more than the run would do
    first, second = (s["stages"] for s in samples)
    user = first[0]["messages"][-1]["content"]
    assert "Example 1:" in user and "{{" not in user  # shots filled from the seed file
    assert first[0]["messages"][-1]["content"] != second[0]["messages"][-1]["content"]  # per-sample shots
    solution = first[1]["messages"][-1]["content"]
    assert "⟨problem: filled at run time from stage 'problem'⟩" in solution


def test_verdict_sentences_say_what_was_lost_and_how_it_was_counted() -> None:
    from mcrgen.analysis.digest import verdict
    from mcrgen.render.verdict import verdict_sentences

    lost = {"accepted_by": "baseline", "rejected_by": "inflight", "same_outputs": True}
    data: dict[str, Any] = {
        "savings": {"saved_tokens": 300, "baseline_tokens": 1000, "saved_pct": 30.0, "ids_compared": 12},
        "hindsight": {"possible_tokens": 400, "saved_of_possible": 0.75},
        "no_bias": {"accepted_baseline": 10, "differences": [lost]},
        "modes": {"inflight": {"count_methods": {"reported": 3, "estimated": 1}}},
    }
    data["verdict"] = verdict(data)
    saved, limit, no_bias = verdict_sentences(data)
    assert saved.startswith("In-flight rejection saved 300 of 1,000 tokens (30.0%) on the 12 samples")
    assert "partly estimated with a local tokenizer" in saved
    assert limit.startswith("That is 75.0% of the hindsight limit: 400 tokens")
    assert "rejected 1 of the 10 samples full generation accepted (1 with the same text" in no_bias
    assert "below 39.4% (95% confidence" in no_bias


def test_two_empty_accepted_sets_are_not_called_identical() -> None:
    from mcrgen.analysis.digest import verdict
    from mcrgen.render.html import no_bias_section
    from mcrgen.render.verdict import verdict_sentences

    nb: dict[str, Any] = {"accepted_baseline": 0, "accepted_inflight": 0, "accepted_both": 0, "jaccard": 1.0}
    nb |= {"identical": True, "differences": []}
    data: dict[str, Any] = {"no_bias": nb}
    data["verdict"] = verdict(data)
    assert "nothing to test yet" in verdict_sentences(data)[2]
    html = no_bias_section(nb)
    assert "nothing to compare yet" in html and "the same samples." not in html and "overlap" not in html


def test_a_stage_endpoint_moved_to_another_port_keeps_the_recipe_hash(tmp_path: Path) -> None:
    """Resume must survive a judge server restarted on another port; another judge model is another recipe."""

    def judged(url: str, model: str = "judge", key_env: str = "JUDGE_KEY") -> str:
        ep = {"base_url": url, "model": model, "api_key_env": key_env}
        return load_recipe(write_recipe(tmp_path, stages__1__endpoint=ep)).hash

    first = judged("http://127.0.0.1:8001/v1")
    assert judged("http://127.0.0.1:9002/v1", key_env="OTHER_KEY") == first
    assert judged("http://127.0.0.1:8001/v1", model="other-judge") != first


class _HungTokenizer:
    """A counter whose server never answers (why the user pressed Ctrl-C)."""

    method = ""

    async def count(self, text: str) -> int:
        await asyncio.sleep(3600)
        return 0


def _usage_at_ctrl_c(stream: Callable[[ChatRequest], AbstractAsyncContextManager[Any]]) -> list[Any]:
    """Run the recipe's first stage over a wire whose ``stream`` is given, counting with a hung tokenizer; press
    Ctrl-C (cancel the task) after 0.05 s; return what ``on_cancel`` received."""
    from types import SimpleNamespace

    from mcrgen.accounting import RequestUsage

    recipe = load_recipe(GSM8K, environ={})
    wire = SimpleNamespace(endpoint=SimpleNamespace(request_timeout=600.0), model="fake", stream=stream)
    counted: list[RequestUsage] = []

    async def main() -> None:
        task = asyncio.ensure_future(
            run_stage(
                wire,  # type: ignore[arg-type]
                recipe.stages[0],
                [{"role": "user", "content": "Write a problem about apples."}],
                seed=1,
                inputs={},
                answer_format=recipe.answer_format,
                counter=_HungTokenizer(),
                on_cancel=counted.append,
            )
        )
        await asyncio.sleep(0.05)
        task.cancel()  # Ctrl-C
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 10)

    asyncio.run(main())
    return counted


def test_ctrl_c_does_not_wait_for_a_hung_tokenizer(monkeypatch: Any) -> None:
    """An interrupted request is counted by the counter (the server's /tokenize) for at most CANCEL_COUNT_SECONDS,
    then locally: a server that hangs (why the user pressed Ctrl-C) held the exit for its 30 s timeout, twice."""
    from mcrgen.engine import stages

    monkeypatch.setattr(stages, "CANCEL_COUNT_SECONDS", 0.2, raising=False)

    @asynccontextmanager
    async def hung(req: ChatRequest) -> AsyncIterator[Any]:  # the request was sent; no header ever comes back
        await asyncio.sleep(3600)
        yield None

    started = time.monotonic()
    [usage] = _usage_at_ctrl_c(hung)
    assert time.monotonic() - started < 5
    assert usage.status == "interrupted" and usage.prompt_tokens > 0
    assert usage.prompt_method.startswith("estimated")


def test_ctrl_c_while_an_ended_request_is_being_counted_keeps_its_usage() -> None:
    """A stream that stalled out is counted by the server's /tokenize; when that hangs too and the user presses
    Ctrl-C, the ended request's usage was lost with the task (usage.jsonl empty, "tokens prompt 0"). It is now
    recorded, counted locally."""
    from mcrgen.wire.failures import StreamBroken

    @asynccontextmanager
    async def stalled(req: ChatRequest) -> AsyncIterator[Any]:  # the stream starts, then the transport gives up
        raise StreamBroken("stalled: no data for 3s")
        yield None

    [usage] = _usage_at_ctrl_c(stalled)
    assert usage.status == "interrupted" and usage.prompt_tokens > 0
    assert usage.prompt_method.startswith("estimated")


def test_messages_off_a_terminal_stay_one_line() -> None:
    """In a log or a pipe the console is 80 columns wide: the live view's final frame and the summary's lines were
    broken mid-sentence ("... 0 streams, 0 " / "tokens"). Off a terminal a line is now never broken."""
    from rich.console import Group
    from rich.text import Text

    from mcrgen.render.stderr import Stderr

    buf = io.StringIO()
    console = Stderr(file=buf, width=80)
    long = "tokens  prompt 258  completion 150 (25.6/s)  cancelled in flight 0 streams, 0 tokens  " * 2
    console.print(long.strip())
    console.print(Group(Text(long.strip()), Text("funnel")))
    assert buf.getvalue().splitlines() == [long.strip(), long.strip(), "funnel"]


def test_a_servers_terminal_escapes_never_reach_the_terminal() -> None:
    """A reply holding ``ESC ] 0 ; title BEL`` and colour codes was printed raw in the summary's example of a
    rejected sample: a hostile server could retitle or recolour the user's terminal (a new user's trial, stop 29)."""
    import io

    from rich.console import Console

    from mcrgen.analysis.digest import kept_examples, rejected_examples
    from mcrgen.render.summary import example_panel

    text = "Evil \x1b]0;PWNED\x07 text \x1b[31mRED\x1b[0m here.\u202e Is it?"
    row = {
        "id": "s1",
        "outcome": "rejected_inflight",
        "outputs": {"q": text},
        "rejection": {"stage": "q", "validator": "max_words", "reason": "too_many", "detail": "\x1b[2J", "at_char": 6},
    }
    out = io.StringIO()
    Console(file=out, force_terminal=True, width=100).print(example_panel(rejected_examples([row])[0]))
    shown = out.getvalue()
    assert "PWNED" in shown and "\x1b]0" not in shown and "\x1b[31m" not in shown and "\x1b[2J" not in shown
    assert "\u202e" not in shown and "\x07" not in shown
    assert "\x1b" not in str(kept_examples([{"id": "a", "outputs": {"q": text}}]))
