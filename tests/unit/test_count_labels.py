"""How token counts are labelled: prompt and completion counts are tallied apart, and the summary says so."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from mcrgen.accounting import RequestUsage, Tally
from mcrgen.render.summary import compare_command, render_summary


def _tally() -> Tally:
    t = Tally()
    for _ in range(18):
        t.add(RequestUsage(stage="s", prompt_method="reported", completion_method="reported"))
    t.add(RequestUsage(stage="s", prompt_method="server-tokenized", completion_method="server-tokenized"))
    return t


def test_tally_keeps_prompt_and_completion_methods_apart() -> None:
    d = _tally().to_dict()
    assert d["requests"] == 19
    assert d["count_methods"] == {"reported": 36, "server-tokenized": 2}  # both counts of every request
    assert d["prompt_count_methods"] == {"reported": 18, "server-tokenized": 1}
    assert d["completion_count_methods"] == {"reported": 18, "server-tokenized": 1}
    merged = (_tally() + _tally()).to_dict()
    assert merged["prompt_count_methods"] == {"reported": 36, "server-tokenized": 2}


def _summary(tokens: dict[str, object], tmp_path: Path) -> str:
    buf = io.StringIO()
    report = {"tokens": tokens, "funnel": {"attempted": 1, "accepted": 1}, "mode": "baseline"}
    render_summary(Console(file=buf, width=300), report, tmp_path)
    return buf.getvalue()


def test_summary_says_what_is_counted(tmp_path: Path) -> None:
    total = _tally().to_dict()
    out = _summary({"total": total, "count_methods": total["count_methods"]}, tmp_path)
    assert "   counted by:" not in out  # the old label, which read like a count of requests
    assert "prompt tokens counted by: reported ×18, server-tokenized ×1" in out
    assert "completion tokens counted by: reported ×18, server-tokenized ×1" in out


def test_summary_of_an_older_report_labels_the_combined_tally(tmp_path: Path) -> None:
    """A report from before the split has only the combined tally: its label says it counts token counts."""
    out = _summary({"total": {"requests": 19}, "count_methods": {"reported": 36, "": 2}}, tmp_path)
    assert "token counts by method (a prompt and a completion count per request): reported ×36, unknown ×2" in out


def test_compare_command_carries_the_endpoint_flags_given() -> None:
    """The summary's suggested compare runs on the same endpoint as the run: the flags given, never a key."""
    assert compare_command("recipes/quickstart.yaml", 10) == "mcrgen compare recipes/quickstart.yaml --limit 10"
    assert compare_command("r.yaml", 10, local=True) == "mcrgen compare r.yaml --limit 10 --concurrency 1"
    cmd = compare_command(
        "my recipes/r.yaml", 10, base_url="http://127.0.0.1:8000/v1", model="scripted", allow_key_env=["MY_SECRET"]
    )
    assert cmd == (
        "mcrgen compare 'my recipes/r.yaml' --limit 10 --base-url http://127.0.0.1:8000/v1 --model scripted "
        "--allow-key-env MY_SECRET"
    )
    hidden = compare_command("r.yaml", 4, base_url="https://user:pa55word-x@example.com/v1")
    assert "pa55word-x" not in hidden and "--base-url 'https://user:***@example.com/v1'" in hidden
