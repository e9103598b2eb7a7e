"""Stop 48, a new user's reports, each through ``mcrgen generate`` against the scripted server over real HTTP on
127.0.0.1 (the real openai client, nothing mocked): a stale dataset.parquet after ``output.formats`` changed, a
budget stop reason that disagreed with the report's totals (and whether open streams are really closed), and the
live token line beside the table on resume."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from mcrgen.rundir.reader import read_run
from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import invoke_cli
from tests.support.scripted_server import Reply

EP = {"model": "scripted", "concurrency": 2, "max_retries": 1, "retry": {"initial_delay": 0.01}}


def _generate(recipe: Path, out: Path, base_url: str, *extra: str) -> tuple[int, str]:
    return invoke_cli(["generate", str(recipe), "--out", str(out), "--base-url", base_url, *extra])


def _recipe(tmp_path: Path, name: str, **changes: Any) -> Path:
    """One recipe per folder: the same recipe (same hash, so the same run) with other settings outside the hash."""
    folder = tmp_path / name
    folder.mkdir()
    return write_recipe(folder, **changes)


def _dataset_line(stderr: str) -> str:
    return next(ln for ln in stderr.splitlines() if ln.startswith("dataset: "))


# -- 1. output.formats changed between two sessions of one run ---------------------------------------------------


def test_dropping_parquet_from_formats_removes_the_stale_file_and_lists_what_was_written(
    tmp_path: Path, scripted: Any
) -> None:
    srv = scripted(steps_script(bad_every=0, steps=6))
    out = tmp_path / "stale"
    first = _recipe(tmp_path, "a", endpoint=EP, output={"formats": ["jsonl", "parquet"]})
    code, err = _generate(first, out, srv.base_url, "--limit", "3")
    assert code == 0, err
    assert _dataset_line(err) == f"dataset: {out / 'dataset.jsonl'}, {out / 'dataset.parquet'}"
    second = _recipe(tmp_path, "b", endpoint=EP, output={"formats": ["jsonl"]})
    code, err = _generate(second, out, srv.base_url, "--limit", "6")
    assert code == 0, err
    assert "resuming" in err  # formats are outside the recipe's hash: the same run, resumed
    assert len((out / "dataset.jsonl").read_text().splitlines()) == 6
    assert not (out / "dataset.parquet").exists()  # 3 rows of an earlier session: no longer this run's dataset
    assert _dataset_line(err) == f"dataset: {out / 'dataset.jsonl'}"
    assert "removed dataset.parquet, written by an earlier session of this run" in " ".join(err.split())
    # Resume is untouched: the 6 samples stay, a rerun asks the server nothing and changes no row.
    served = len(srv.chat_logs())
    rows = (out / "accepted.jsonl").read_bytes()
    code, err = _generate(second, out, srv.base_url, "--limit", "6")
    assert code == 0 and len(srv.chat_logs()) == served and (out / "accepted.jsonl").read_bytes() == rows
    # And parquet back in the recipe brings the file back, from the rows, without a request.
    code, err = _generate(first, out, srv.base_url, "--limit", "6")
    assert code == 0 and len(srv.chat_logs()) == served
    assert _dataset_line(err) == f"dataset: {out / 'dataset.jsonl'}, {out / 'dataset.parquet'}"


def test_a_parquet_file_the_user_put_in_the_out_folder_is_kept_and_not_listed(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, steps=6))
    out = tmp_path / "mine"
    out.mkdir()
    (out / "dataset.parquet").write_bytes(b"the user's data, not the run's")
    recipe = _recipe(tmp_path, "a", endpoint=EP, output={"formats": ["jsonl"]})
    for limit in ("2", "4"):
        code, err = _generate(recipe, out, srv.base_url, "--limit", limit)
        assert code == 0, err
        assert _dataset_line(err) == f"dataset: {out / 'dataset.jsonl'}"
    assert (out / "dataset.parquet").read_bytes() == b"the user's data, not the run's"


# -- 2. a token budget: what its reason counts, and what happens to the open streams -----------------------------


def _one_quick_solution(body: dict[str, Any], n: int) -> Reply:
    """Problems at once (3 x 18 tokens, under the budget); sample 0's solution in 0.4 s (90 tokens, over it), every
    other solution slowly (3.2 s in full). The budget is crossed while those are open (they start at once, beside
    sample 0's), so the reason's figure and the report's total must differ by what they cost."""
    msg = body["messages"][-1]["content"]
    if msg.startswith("Write"):
        return Reply(f"Problem {msg.split()[-1]}: how many apples are left?")
    quick = "Problem 000000:" in msg
    steps = "".join(f"Step {k}: 2 + 2 = 4.\n" for k in range(8 if quick else 30))
    return Reply(steps + "ANSWER 4", delay=0.005 if quick else 0.01)


def test_a_token_budget_closes_open_streams_and_its_reason_matches_the_report(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(_one_quick_solution)
    out = tmp_path / "budget"
    recipe = write_recipe(tmp_path, endpoint={**EP, "concurrency": 3}, budget={"samples": 12, "max_tokens": 100})
    code, err = _generate(recipe, out, srv.base_url)
    assert code == 0, err
    report = json.loads((out / "report.json").read_text())
    total = report["tokens"]["total"]["total_tokens"]
    reason = report["stop_reason"]
    m = re.fullmatch(
        r"budget\.max_tokens \(100\) reached: (\d+) tokens \(prompt \+ completion\) spent by the requests that had "
        r"ended when the budget stopped the run; (\d+) in total \(tokens\.total\) once the streams open at the stop "
        r"were closed and counted",
        reason,
    )
    assert m is not None, reason
    at_stop, in_total = int(m[1]), int(m[2])
    ledger = read_run(out).ledger
    ended = [s.usage for s in ledger if s.usage.status != "interrupted"]
    ended_before = sum(u.prompt_tokens + u.completion_tokens for u in ended)
    assert 100 <= at_stop == ended_before < in_total == total
    # The figure is run.json's value (stop 49), not read back from the sentence.
    assert json.loads((out / "run.json").read_text())["sessions"][-1]["budget_counted"] == {"tokens": at_stop}
    assert f"stopped: {reason}" in " ".join(err.split())
    # The streams open at the stop were closed then, not left to run on: the server saw the hang-ups early.
    slow = [r for r in srv.chat_logs() if "Problem 000000:" not in r.body["messages"][-1]["content"]]
    slow = [r for r in slow if r.body["messages"][-1]["content"].startswith("Solve")]
    assert slow and all(r.disconnected and r.tokens_sent < r.tokens_planned / 2 for r in slow), slow
    assert report["requests_by_status"]["interrupted"] == len(slow)


# -- 3. the live line and the table on resume ----------------------------------------------------------------------


def _tokens_line(stderr: str) -> tuple[int, int]:
    text = " ".join(stderr.split())
    m = re.search(r"tokens this session prompt ([\d,]+) completion ([\d,]+)", text)
    assert m is not None, text[-3000:]
    return int(m[1].replace(",", "")), int(m[2].replace(",", ""))


def _table_all(stderr: str) -> tuple[int, int, int]:
    row = next(ln for ln in stderr.splitlines() if re.match(r"│ all\s", ln))
    requests, prompt, completion, _ = (int(c.strip().replace(",", "")) for c in row.strip("│ ").split("│")[1:])
    return requests, prompt, completion


def test_on_resume_the_live_line_is_this_sessions_and_the_table_every_sessions(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=3, steps=6))
    out = tmp_path / "resume"
    first = _recipe(tmp_path, "a", endpoint=EP, budget={"samples": 10, "target_accepted": 3})
    code, err = _generate(first, out, srv.base_url)
    assert code == 0 and "target_accepted" in err, err
    code, err = _generate(_recipe(tmp_path, "b", endpoint=EP, budget={"samples": 10}), out, srv.base_url)
    assert code == 0, err
    sessions = [(s.session, s.usage) for s in read_run(out).ledger]
    mine = [u for n, u in sessions if n == 2]
    assert len(mine) < len(sessions)  # the first session spent tokens too
    assert _tokens_line(err) == (sum(u.prompt_tokens for u in mine), sum(u.completion_tokens for u in mine))
    every = [u for _, u in sessions]
    everything = (len(every), sum(u.prompt_tokens for u in every), sum(u.completion_tokens for u in every))
    assert _table_all(err) == everything
    assert "the table below counts every session" in " ".join(err.split())
