"""The end of ``mcrgen generate`` on stderr: what came out, where it is, and, when nothing did, why.

Input is ``report.json``'s dict plus the digest (:mod:`mcrgen.analysis.digest`): an in-flight saving estimate
and a few rejected texts with the failing span, so the terminal never shows a figure the files do not hold.
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mcrgen.redact import scrub
from mcrgen.render.labels import why
from mcrgen.rundir.dataset import dataset_files

SPAN_STYLE = "bold white on red"


def _num(value: Any) -> str:
    """A figure for humans: '-' when there is none (no accepted sample yet), thousands separated."""
    if value is None:
        return "-"
    return f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"


def tokens_table(report: Mapping[str, Any]) -> Table:
    tok = report.get("tokens", {})
    t = Table(title="tokens", title_justify="left")
    for col in ("", "requests", "prompt", "completion", "total"):
        t.add_column(col, justify="right" if col else "left")
    rows = [("all", tok.get("total", {}))]
    rows += [(f"stage {k}", v) for k, v in tok.get("by_stage", {}).items()]
    rows += [(k.replace("_", " "), v) for k, v in tok.get("by_outcome", {}).items()]
    for name, d in rows:
        t.add_row(
            name,
            str(d.get("requests", 0)),
            *(f"{d.get(k, 0):,}" for k in ("prompt_tokens", "completion_tokens", "total_tokens")),
        )
    return t


def _methods(counts: Mapping[str, int]) -> str:
    return ", ".join(f"{k or 'unknown'} ×{v}" for k, v in counts.items()) or "-"


def method_lines(tok: Mapping[str, Any]) -> list[str]:
    """How the token counts were made. Each request has a prompt count and a completion count, each made its own
    way (the server's usage, its tokenizer, a local estimate), so they are shown apart, as report.json's
    ``tokens.total`` keeps them; a report from before that split has only the combined tally of counts."""
    total = tok.get("total", {})
    if "prompt_count_methods" in total:
        return [
            f"{what} tokens counted by: {_methods(total[f'{what}_count_methods'])}" for what in ("prompt", "completion")
        ]
    combined = _methods(tok.get("count_methods", {}))
    return [f"token counts by method (a prompt and a completion count per request): {combined}"]


def example_text(ex: Mapping[str, Any]) -> Text:
    """The rejected stage's text with the failing span between ⟦ ⟧ (visible in a log) and in reverse red."""
    span = ex["span"].rstrip()
    return Text.assemble(
        ("… " if ex["clipped"] else "", "dim"),
        ex["before"],
        ("⟦", "bold red"),
        (span, SPAN_STYLE),
        ("⟧", "bold red"),
        (ex["span"][len(span) :] + ex["after"], "dim"),
    )


def example_panel(ex: Mapping[str, Any]) -> Panel:
    where = "closed in flight" if ex["outcome"] == "rejected_inflight" else "rejected after the end"
    at = f" at token {ex['at_token']}" if ex.get("at_token") is not None else ""
    body = Text(why(ex), "italic")
    body.append("\n\n").append_text(example_text(ex))
    return Panel(body, title=f"sample {ex['id']} · stage {ex['stage']} · {where}{at}", title_align="left")


def rejection_lines(report: Mapping[str, Any], top: int) -> list[str]:
    return [
        f"  {r['count']} × stage {r['stage']}: {r['validator']} ({r['reason']})"
        for r in report.get("rejections", [])[:top]
    ]


def outcome_lines(console: Console, report: Mapping[str, Any], run_dir: Path) -> None:
    f = report.get("funnel", {})
    acc, att = f.get("accepted", 0), f.get("attempted", 0)
    dedup = report.get("dedup") or {}
    # What the run's last dedup pass wrote, not whatever dataset.* lies in the folder (a Parquet file from before
    # output.formats dropped it, or one the user put there).
    files, removed = dataset_files(run_dir)
    if acc:
        share = f" ({acc / att:.0%})" if att else ""
        console.print(
            f"[bold green]✔ {acc} of {att} samples accepted{share}[/bold green]", highlight=False, soft_wrap=True
        )
        kept = dedup.get("kept")
        rows = f" ({kept} rows after removing duplicates)" if kept is not None and kept != acc else ""
        console.print(
            f"dataset: {', '.join(map(str, files)) or run_dir / 'accepted.jsonl'}{rows}",
            highlight=False,
            soft_wrap=True,
        )
        removed_lines(console, removed)
    else:
        # Samples left in endpoint errors or interrupted are not among the attempted: say so, not just "0 of 0".
        words = {"errors": "in endpoint errors", "interrupted": "interrupted"}
        left = [f"{n} {words[k]}" for k in words if (n := f.get(k, 0))]
        unfinished = f" ({' and '.join(left)}, not finished)" if left else ""
        console.print(
            f"[bold yellow]⚠ 0 of {att} samples accepted[/bold yellow]{unfinished}: the dataset is empty",
            highlight=False,
            soft_wrap=True,
        )


def removed_lines(console: Console, removed: Sequence[Path]) -> None:
    for path in removed:
        fmt = path.suffix.lstrip(".")
        console.print(
            f"[dim]removed {path.name}, written by an earlier session of this run: output.formats no longer has "
            f"{fmt} (put it back to have the file written again from the rows)[/dim]",
            highlight=False,
            soft_wrap=True,
        )


def zero_accepted(console: Console, report: Mapping[str, Any], examples: Sequence[Mapping[str, Any]]) -> None:
    lines = rejection_lines(report, 3)
    if lines:
        console.print("[yellow]top rejection reasons:[/yellow]")
        for line in lines:
            console.print(line, highlight=False, soft_wrap=True)
    for ex in examples:
        console.print(example_panel(ex))
    if examples:
        console.print(
            "[dim]⟦ ⟧ marks the statement where the validator found the fault; all rejected texts: rejected.jsonl[/dim]"
        )


def compare_command(
    recipe: Path | str,
    samples: int,
    *,
    local: bool = False,
    base_url: str | None = None,
    model: str | None = None,
    allow_key_env: Sequence[str] = (),
) -> str:
    """The ``mcrgen compare`` the summary suggests, on the endpoint the run used: the ``--base-url``, ``--model``
    and ``--allow-key-env`` flags that were given (a variable's name, never a key; a password in the URL is
    masked), so that it does not fall back to the recipe's own endpoint. On the embedded model, one slot: with
    several, llama.cpp batches the streams and a seed no longer repeats."""
    parts = ["mcrgen", "compare", str(recipe), "--limit", str(samples)]
    if base_url is not None:
        url = urlsplit(base_url)
        if url.password:
            url = url._replace(netloc=url.netloc.replace(f":{url.password}@", ":***@", 1))
        parts += ["--base-url", scrub(urlunsplit(url))]
    if model is not None:
        parts += ["--model", model]
    for name in allow_key_env:
        parts += ["--allow-key-env", name]
    if local:
        parts += ["--concurrency", "1"]
    return " ".join(shlex.quote(p) for p in parts)


def estimate_line(console: Console, est: Mapping[str, Any] | None, compare_cmd: str) -> None:
    if est is None:
        return
    if est["kills"]:
        console.print(
            f"in-flight rejection closed {est['kills']} streams early after {est['killed_tokens']:,} completion "
            f"tokens; [bold]estimated[/bold] saving ≈ {est['saved_tokens']:,} completion tokens, "
            f"~{est['saved_pct']}% of the {est['spent_tokens'] + est['saved_tokens']:,} tokens this run would have "
            "spent had every stream run to its end",
            highlight=False,
            soft_wrap=True,
        )
        lengths = "; ".join(
            f"{s} {est['full_length'][s]:,.0f} tokens ({est['full_length_from'][s]})" for s in est["killed_stages"]
        )
        console.print(
            f"[dim]estimate: each killed stream is assumed to have run on to its stage's full length: {lengths}[/dim]",
            highlight=False,
            soft_wrap=True,
        )
    else:
        console.print("no stream was closed early in this run, so in-flight rejection saved nothing here")
    console.print(
        f"measure the real saving against full-length generation: [bold]{compare_cmd}[/bold]",
        highlight=False,
        soft_wrap=True,
    )


def duplicate_rows(n: int) -> str:
    """What a report says of the verdict rows it set aside (report.json's ``duplicate_rows_ignored``)."""
    rows = "row repeats an id" if n == 1 else "rows repeat ids"
    return (
        f"{n} duplicate {rows} of accepted.jsonl/rejected.jsonl (files concatenated by hand?): ignored; the first "
        "verdict row of each id is the one counted, published and resumed"
    )


def render_summary(
    console: Console,
    report: Mapping[str, Any],
    run_dir: Path,
    *,
    estimate: Mapping[str, Any] | None = None,
    examples: Sequence[Mapping[str, Any]] = (),
    compare_cmd: str = "mcrgen compare RECIPE --limit N",
) -> None:
    """Tokens table, then the lines a person looks for: accepted count and files, why not, the saving."""
    console.print(tokens_table(report))
    tok = report.get("tokens", {})
    console.print(
        f"tokens per accepted sample: {_num(tok.get('per_accepted_sample'))}   "
        f"pairs/hour: {_num(report.get('pairs_per_hour'))}",
        highlight=False,
    )
    for line in method_lines(tok):
        console.print(line, highlight=False, soft_wrap=True)
    if report.get("stop_reason"):
        console.print(f"[yellow]stopped:[/yellow] {report['stop_reason']}", highlight=False, soft_wrap=True)
    if report.get("funnel", {}).get("accepted"):
        for line in rejection_lines(report, 5):
            console.print(line, highlight=False, soft_wrap=True)
    else:
        zero_accepted(console, report, examples)
    if report.get("mode") == "inflight" and report.get("funnel", {}).get("attempted"):
        # (When no sample got as far as a verdict, there is no saving to estimate, nor a compare worth running.)
        estimate_line(console, estimate, compare_cmd)
    if report.get("duplicate_rows_ignored"):
        console.print(f"note: {duplicate_rows(report['duplicate_rows_ignored'])}", highlight=False, soft_wrap=True)
    console.print(f"all rows: {run_dir}/ accepted.jsonl, rejected.jsonl, report.json", highlight=False, soft_wrap=True)
    outcome_lines(console, report, run_dir)
