"""Stop 48, a new user's reports on the run directory, each pinned without a server: a dataset file left over from
an earlier session's ``output.formats``, a budget stop reason that disagreed with the report's totals, the live
token line beside the table on resume, and compare's no-bias sentence beside its table."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console

from mcrgen.accounting import RequestUsage
from mcrgen.analysis.digest import verdict
from mcrgen.analysis.nobias import MIN_ACCEPTED, no_bias
from mcrgen.engine.budget import Spend
from mcrgen.engine.progress import Progress
from mcrgen.recipe.values import Budget, Prices
from mcrgen.render.live import LiveView
from mcrgen.render.summary import render_summary
from mcrgen.render.verdict import verdict_sentences
from mcrgen.rundir.dataset import dataset_files, finalize_run
from mcrgen.rundir.report import final_stop_reason


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=200, force_terminal=False, color_system=None), buf


def _run_dir(tmp_path: Path, formats: list[str], accepted: int = 2) -> Path:
    """The files finalize_run reads: the resolved recipe and accepted rows (what a session leaves)."""
    run = tmp_path / "run"
    run.mkdir(exist_ok=True)
    raw = {"name": "t", "stages": [{"name": "problem"}], "output": {"formats": formats}}
    (run / "recipe.resolved.yaml").write_text(yaml.safe_dump(raw))
    rows = [{"id": f"{i:06d}", "outcome": "accepted", "outputs": {"problem": f"question {i} " * 3}} for i in range(3)]
    (run / "accepted.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:accepted]))
    return run


# -- 1. a dataset file the run no longer writes ------------------------------------------------------------------


def test_a_format_dropped_from_the_recipe_removes_the_file_the_run_wrote(tmp_path: Path) -> None:
    run = _run_dir(tmp_path, ["jsonl", "parquet"])
    finalize_run(run)
    assert (run / "dataset.parquet").exists()
    run = _run_dir(tmp_path, ["jsonl"], accepted=3)  # the same run, resumed with parquet left out of the recipe
    summary = finalize_run(run)
    assert not (run / "dataset.parquet").exists()
    assert summary["formats"] == ["jsonl"] and summary["removed_stale"] == ["dataset.parquet"]
    assert dataset_files(run) == ([run / "dataset.jsonl"], [run / "dataset.parquet"])
    # The next pass has nothing stale left: dedup.json is again a pure function of the rows and the recipe.
    assert "removed_stale" not in finalize_run(run)


def test_a_dataset_file_the_run_never_wrote_is_left_alone_and_not_listed(tmp_path: Path) -> None:
    run = _run_dir(tmp_path, ["jsonl"])
    (run / "dataset.parquet").write_bytes(b"the user's own file")  # put there by hand: no dedup pass listed it
    finalize_run(run)
    assert (run / "dataset.parquet").read_bytes() == b"the user's own file"
    finalize_run(run)
    assert (run / "dataset.parquet").read_bytes() == b"the user's own file"
    assert dataset_files(run) == ([run / "dataset.jsonl"], [])


def test_a_corrupt_dedup_json_owns_nothing_and_does_not_stop_the_pass(tmp_path: Path) -> None:
    run = _run_dir(tmp_path, ["jsonl"])
    (run / "dataset.parquet").write_bytes(b"x")
    (run / "dedup.json").write_text("{not json")
    finalize_run(run)
    assert (run / "dataset.parquet").exists() and json.loads((run / "dedup.json").read_text())["kept"] == 2


def test_the_summary_lists_only_the_files_this_pass_wrote(tmp_path: Path) -> None:
    run = _run_dir(tmp_path, ["jsonl", "parquet"])
    finalize_run(run)
    finalize_run(_run_dir(tmp_path, ["jsonl"]))
    (run / "dataset.parquet").write_bytes(b"copied back in by hand")
    console, buf = _console()
    report = {"mode": "baseline", "funnel": {"attempted": 2, "accepted": 2}, "dedup": {"kept": 2}}
    render_summary(console, report, run)
    lines = [ln for ln in buf.getvalue().splitlines() if ln.startswith("dataset: ")]
    assert lines == [f"dataset: {run / 'dataset.jsonl'}"]
    assert "removed dataset.parquet" not in buf.getvalue()  # it is there again: nothing to say it was removed


def test_the_summary_says_which_stale_file_it_removed(tmp_path: Path) -> None:
    run = _run_dir(tmp_path, ["jsonl", "parquet"])
    finalize_run(run)
    finalize_run(_run_dir(tmp_path, ["jsonl"]))
    console, buf = _console()
    render_summary(console, {"mode": "baseline", "funnel": {"attempted": 2, "accepted": 2}}, run)
    out = " ".join(buf.getvalue().split())
    assert "removed dataset.parquet, written by an earlier session of this run: output.formats no longer" in out


# -- 2. the budget's stop reason and the report's totals ---------------------------------------------------------


def _usage(prompt: int, completion: int, status: str = "finished") -> RequestUsage:
    return RequestUsage(stage="s", prompt_tokens=prompt, completion_tokens=completion, status=status)


def test_the_budgets_reason_says_what_it_counted_when_it_stopped_the_run() -> None:
    spend = Spend(Budget(max_tokens=100), None)
    for u in (_usage(30, 20), _usage(30, 20)):
        spend.add(u)
    stop = spend.exhausted()
    assert stop is not None and stop.counted == {"tokens": 100}
    assert stop.reason == (
        "budget.max_tokens (100) reached: 100 tokens (prompt + completion) spent by the requests that had ended "
        "when the budget stopped the run"
    )


def test_the_reports_reason_adds_the_total_once_the_open_streams_were_counted() -> None:
    spend = Spend(Budget(max_tokens=100), None)
    spend.add(_usage(60, 40))
    stop = spend.exhausted()
    assert stop is not None
    reason, counted = stop
    final = final_stop_reason(reason, {"total": {"total_tokens": 129}, "cost": None}, counted)
    assert final == f"{reason}; 129 in total (tokens.total) once the streams open at the stop were closed and counted"
    # Nothing was open (a resumed run whose budget was already spent): the figure is the total, said once.
    assert final_stop_reason(reason, {"total": {"total_tokens": 100}, "cost": None}, counted) == reason
    # The figure comes from run.json's value, not from reading the sentence back (stop 49): a reason worded
    # otherwise, or a run.json from before, is shown as it is.
    assert final_stop_reason(reason, {"total": {"total_tokens": 129}}, None) == reason
    assert final_stop_reason("out of tokens", {"total": {"total_tokens": 129}}, counted).startswith(
        "out of tokens; 129"
    )
    target = spend_for_target()
    assert target.counted is None
    assert final_stop_reason(target.reason, {"total": {"total_tokens": 9}}, target.counted) == (
        "budget.target_accepted (5) reached"
    )
    assert final_stop_reason(None, {}) is None
    assert final_stop_reason(reason, {"total": {"total_tokens": 129}}, {"tokens": "many"}) == reason  # hand-edited


def spend_for_target() -> Any:
    spend = Spend(Budget(target_accepted=5), None)
    spend.accepted = 5
    return spend.exhausted()


def test_a_cost_budget_reads_the_same_way() -> None:
    spend = Spend(Budget(max_cost=0.5), Prices(prompt=1000.0, completion=1000.0))
    spend.add(_usage(300, 200))
    stop = spend.exhausted()
    assert stop is not None
    reason, counted = stop
    assert reason == (
        "budget.max_cost (0.5) reached: 0.5000 spent by the requests that had ended when the budget stopped the run"
    )
    final = final_stop_reason(reason, {"total": {"total_tokens": 700}, "cost": 0.7}, counted)
    assert final == f"{reason}; 0.7000 in total (tokens.cost) once the streams open at the stop were closed and counted"


# -- 3. the live line beside the table, and compare's sentence beside its table ----------------------------------


def test_the_final_frame_says_its_tokens_are_this_sessions() -> None:
    """The table below it counts every session of the run directory; the live counters start at 0 each session."""
    console, buf = _console()
    view = LiveView(console)
    p = Progress("inflight", 20, ["problem", "solution"], skipped=2)
    view.start(p)
    p.prompt_tokens, p.completion_tokens = 360, 204
    view.stop()
    out = " ".join(buf.getvalue().split())
    assert "tokens this session prompt 360 completion 204" in out


def _rows(n: int, outcome: str = "accepted") -> dict[str, dict[str, Any]]:
    return {f"{i:06d}": {"id": f"{i:06d}", "outcome": outcome, "outputs": {"s": f"text {i}"}} for i in range(n)}


def test_compares_sentence_and_table_agree_when_too_few_samples_were_accepted() -> None:
    base, infl = _rows(5), _rows(5)
    nb = no_bias(base, infl, {}, {})
    data: dict[str, Any] = {"no_bias": nb}
    data["verdict"] = verdict(data)
    sentence = verdict_sentences(data)[2]
    assert nb["verdict"] == "not enough data"
    # Both say the same two things: too few for a verdict, and the one bound the samples do give.
    assert "nothing can be concluded" not in nb["power"]
    for text in (sentence, nb["power"]):
        assert f"too few for a verdict (it needs {MIN_ACCEPTED} accepted per run)" in text, text
        assert "below 45.1% (95% confidence" in text, text
    assert "lost none of the 5 samples full generation accepted" in sentence


def test_with_enough_samples_the_sentence_keeps_its_bound_and_no_caveat() -> None:
    base, infl = _rows(12), _rows(12)
    nb = no_bias(base, infl, {}, {})
    data: dict[str, Any] = {"no_bias": nb}
    data["verdict"] = verdict(data)
    sentence = verdict_sentences(data)[2]
    assert nb["verdict"] == "identical" and "too few" not in sentence and "below 22.1% (95% confidence" in sentence
