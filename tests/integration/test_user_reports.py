"""A new user's reports, each against the scripted server over real HTTP on 127.0.0.1: the breaker's samples left,
count methods after a budget stop, the funnel after Ctrl-C, the count-method label, an unset key variable, and the
suggested compare command."""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from mcrgen.accounting import RequestUsage, Tally
from mcrgen.engine.runner import run_recipe
from mcrgen.errors import EndpointError
from mcrgen.recipe.loader import load_recipe
from mcrgen.render.live import funnel_of
from mcrgen.rundir.reader import read_run
from mcrgen.rundir.report import write_report
from tests.conftest import steps_script, write_recipe
from tests.support.runs import command_env, generate_cmd, start_generate, wait_rows
from tests.support.scripted_server import Reply

FAST = {"model": "scripted", "concurrency": 4, "max_retries": 1, "retry": {"initial_delay": 0.01, "max_delay": 0.02}}


def test_breaker_message_counts_error_rows_as_left(tmp_path: Path, scripted: Any) -> None:
    """Every request fails: some samples end in error rows, the rest are interrupted; all 10 are left to run."""
    srv = scripted(lambda body, n: Reply(status=503, body={"error": {"message": "down"}}))
    ep = {**FAST, "circuit_breaker": {"failures": 13, "pause": 0.01, "max_pauses": 0}}
    out = tmp_path / "r"
    recipe = load_recipe(write_recipe(tmp_path, endpoint=ep, budget={"samples": 10}), base_url=srv.base_url)
    with pytest.raises(EndpointError) as info:
        asyncio.run(run_recipe(recipe, out))
    funnel = write_report(out)["funnel"]
    assert funnel["errors"] > 0  # the case the count forgot
    left = re.search(r"\((\d+) samples left\)", str(info.value))
    assert left is not None, str(info.value)
    resume_runs = 10 - len(read_run(out).finished_ids())
    assert int(left.group(1)) == resume_runs == 10


def _stall_solutions(body: dict[str, Any], n: int) -> Reply:
    """Problems answer at once; a solution's stream opens and then sends nothing (until mcrgen hangs up)."""
    msg = body["messages"][-1]["content"]
    if msg.startswith("Write"):
        return Reply(f"Problem {msg.split()[-1]}: how many apples are left?")
    return Reply("Step 1: 2 + 2 = 4.\nANSWER 4", stall_after=0)


def test_budget_stop_names_a_count_method_on_every_row(tmp_path: Path, scripted: Any) -> None:
    """Streams closed by a budget before their first chunk have no text: their rows still say how they were
    counted (or that there was nothing to count), and no count method is ever the empty string."""
    srv = scripted(_stall_solutions)
    out = tmp_path / "r"
    path = write_recipe(tmp_path, endpoint=FAST, budget={"samples": 8, "max_tokens": 30})
    result = asyncio.run(run_recipe(load_recipe(path, base_url=srv.base_url), out))
    assert result.progress.stop_reason is not None and "max_tokens" in result.progress.stop_reason
    report = write_report(out)
    ledger = read_run(out).ledger
    interrupted = [s.usage for s in ledger if s.usage.status == "interrupted"]
    assert interrupted and all(u.completion_tokens == 0 for u in interrupted)
    for s in ledger:
        assert s.usage.prompt_method and s.usage.completion_method, s.usage
    assert "" not in report["tokens"]["count_methods"]
    # One counter named both counts of a request with no text, so a comparison can still count it one way.
    assert all(u.completion_method == u.prompt_method for u in interrupted)


def test_a_ledger_line_without_a_method_is_tallied_as_unknown() -> None:
    """Run directories written before the fix hold ``"completion_method": ""``: the report names it, never ''."""
    tally = Tally()
    tally.add(RequestUsage(stage="s", prompt_method="reported", completion_method=""))
    assert tally.to_dict()["count_methods"] == {"reported": 1, "unknown": 1}


def _shown_funnel(stderr: str) -> dict[str, int]:
    """The final frame's funnel line (a pipe gets exactly one frame), as report.json names its steps."""
    text = " ".join(stderr.split())
    at = text.index("funnel ")
    line = text[at : text.index("tokens ", at)]
    shown = {"attempted": int(re.search(r"attempted (\d+)", line).group(1))}  # type: ignore[union-attr]
    shown |= {f"passed_{m[0]}": int(m[1]) for m in re.findall(r"passed (\w+) (\d+)", line)}
    for step in ("accepted", "rejected", "errors", "interrupted"):
        m = re.search(rf"{step} (\d+)", line)
        shown[step] = int(m.group(1)) if m else 0
    return shown


def test_funnel_after_ctrl_c_is_the_reports(tmp_path: Path, scripted: Any) -> None:
    """Interrupted samples are resumable, not attempted-and-finished: the final frame on stderr shows the funnel
    that report.json holds, interrupted samples included."""
    srv = scripted(steps_script(bad_every=3, delay=0.004))
    recipe = write_recipe(tmp_path, endpoint={**FAST, "max_retries": 2}, budget={"samples": 16})
    out = tmp_path / "r"
    proc = start_generate(recipe, out, srv.base_url)
    wait_rows(out, 2, proc, timeout=20)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 130, err.decode()[-2000:]
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"]["interrupted"] > 0
    assert _shown_funnel(err.decode()) == report["funnel"]


def test_live_counters_follow_the_reports_funnel_without_a_report(tmp_path: Path, scripted: Any) -> None:
    """``compare`` draws its final frames from the live counters: after a stop they already equal the report's."""
    srv = scripted(_stall_solutions)
    out = tmp_path / "r"
    path = write_recipe(tmp_path, endpoint=FAST, budget={"samples": 8, "max_tokens": 30})
    result = asyncio.run(run_recipe(load_recipe(path, base_url=srv.base_url), out))
    funnel = write_report(out)["funnel"]
    assert funnel["interrupted"] > 0 and result.progress.funnel is None
    assert funnel_of(result.progress) == funnel


@pytest.mark.parametrize("preflight", [True, False])
def test_401_with_the_key_variable_unset_says_it_is_not_set(
    tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch, preflight: bool
) -> None:
    """No key was sent, so none was refused: the message names the unset variable (preflight or mid-run)."""
    monkeypatch.delenv("MY_KEY", raising=False)
    srv = scripted(steps_script(bad_every=0), api_key="sk-the-right-key-123")
    path = write_recipe(tmp_path, endpoint={**FAST, "api_key_env": "MY_KEY"})
    with pytest.raises(EndpointError) as info:
        asyncio.run(run_recipe(load_recipe(path, base_url=srv.base_url), tmp_path / "r", preflight=preflight))
    msg = str(info.value)
    assert "MY_KEY is not set" in msg and "HTTP 401" in msg, msg
    assert "refused" not in msg


@pytest.mark.parametrize("preflight", [True, False])
def test_401_with_a_wrong_key_says_refused_and_never_prints_it(
    tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch, preflight: bool
) -> None:
    monkeypatch.setenv("MY_KEY", "sk-a-wrong-key-456")
    srv = scripted(steps_script(bad_every=0), api_key="sk-the-right-key-123")
    path = write_recipe(tmp_path, endpoint={**FAST, "api_key_env": "MY_KEY"})
    with pytest.raises(EndpointError) as info:
        asyncio.run(run_recipe(load_recipe(path, base_url=srv.base_url), tmp_path / "r", preflight=preflight))
    msg = str(info.value)
    assert "refused" in msg and "MY_KEY" in msg and "not set" not in msg, msg
    assert "sk-a-wrong-key-456" not in msg and "sk-the-right-key-123" not in msg


def _generate(tmp_path: Path, base_url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    recipe = write_recipe(tmp_path, budget={"samples": 4})
    cmd = generate_cmd(recipe, tmp_path / "run", base_url, *extra)
    return subprocess.run(cmd, cwd=tmp_path, env=command_env(), capture_output=True, text=True, timeout=120)


def test_summary_and_report_say_prompt_and_completion_counts_apart(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    proc = _generate(tmp_path, srv.base_url)
    assert proc.returncode == 0, proc.stderr
    total = json.loads((tmp_path / "run" / "report.json").read_text())["tokens"]["total"]
    for what in ("prompt", "completion"):
        methods = total[f"{what}_count_methods"]
        assert sum(methods.values()) == total["requests"]  # one count of each kind per request
        shown = ", ".join(f"{k} ×{v}" for k, v in methods.items())
        assert f"{what} tokens counted by: {shown}" in proc.stderr


def test_suggested_compare_carries_base_url_and_model(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    proc = _generate(tmp_path, srv.base_url, "--model", "scripted")
    assert proc.returncode == 0, proc.stderr
    text = " ".join(proc.stderr.split())
    assert f"--limit 4 --base-url {srv.base_url} --model scripted" in text
