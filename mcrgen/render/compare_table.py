"""Rich rendering of a comparison (or a single run's report) on stderr: the same figures as compare.json."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.console import Console
from rich.table import Table

from mcrgen.render.labels import SIDE_BY_SIDE
from mcrgen.render.verdict import verdict_sentences


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, float):
        # No exponents: a throughput of 49,320 pairs/hour reads better than 4.932e+04.
        return f"{v:,.1f}" if abs(v) >= 100 else f"{v:.4g}"
    return str(v)


def modes_table(modes: Mapping[str, Mapping[str, Any]], title: str) -> Table:
    names = list(modes)
    t = Table(title=title)
    t.add_column("")
    for m in names:
        t.add_column(m, justify="right")
    if len(names) == 2:
        t.add_column("change", justify="right")
    for key, label in SIDE_BY_SIDE:
        vals = [modes[m].get(key) for m in names]
        row = [label, *map(_fmt, vals)]
        if len(names) == 2:
            a, b = vals
            row.append(f"{(b - a) / a:+.1%}" if isinstance(a, int | float) and isinstance(b, int | float) and a else "")
        t.add_row(*row)
    rej: dict[tuple[str, str], dict[str, int]] = {}
    for m in names:
        for r in modes[m]["rejections"]:
            cell = rej.setdefault((r["stage"], r["validator"]), {})
            cell[m] = cell.get(m, 0) + r["count"]
    for (stage, validator), counts in sorted(rej.items()):
        t.add_row(f"rejected at {stage}: {validator}", *(str(counts.get(m, 0)) for m in names), "")
    return t


def render_offline(console: Console, data: Mapping[str, Any]) -> None:
    h, a, null = data["hindsight"], data["shadow_audit"], data["random_null"]
    line = f"hindsight: an oracle could save {h['possible_tokens']:,} tokens ({h['possible_pct']}%)"
    if h.get("saved_of_possible") is not None:
        line += f"; in-flight saved {h['saved_tokens']:,} = {h['saved_of_possible']:.1%} of possible"
    console.print(line)
    ov = a["overall"]
    console.print(
        f"shadow audit ({', '.join(f'{k}: {v}' for k, v in a['policy'].items())}): FP rate {_fmt(ov['fp_rate'])} "
        f"({ov['fp']}/{ov['good']} good stage outputs killed), FN rate {_fmt(ov['fn_rate'])} "
        f"({ov['fn']}/{ov['bad']} bad ones not caught in flight)"
    )
    for v in a["by_validator"]:
        if v["fp"] or v["fn"]:
            console.print(f"  {v['stage']}: {v['validator']}: FP {v['fp']}, FN {v['fn']}")
    t = Table(title="checkpoint sweep (replayed on baseline traces)")
    for col in ("policy", "tokens", "saved", "saved %", "killed", "bad caught", "good lost", "accepted"):
        t.add_column(col, justify="left" if col == "policy" else "right")
    for r in data["checkpoint_sweep"]:
        keys = ("tokens", "saved", "saved_pct", "killed", "bad_caught", "good_lost", "accepted")
        t.add_row(r["policy"], *(_fmt(r[k]) for k in keys))
    console.print(t)
    g, rnd = null["gates"], null["random"]
    console.print(
        f"random null ({null['draws']} draws, same share per stage {null['discarded_per_stage']}): validators save "
        f"{_fmt(g['saved'])} and keep {g['kept']}; random saves {_fmt(rnd['saved'])} and keeps {_fmt(rnd['kept'])}"
    )
    kk = data.get("kept_vs_killed") or {}
    if kk:
        t = Table(title="kept vs killed (means)")
        for col in ("group", "n", "problem words", "'=' lines", "solution tokens"):
            t.add_column(col, justify="left" if col == "group" else "right")
        for group, v in kk.items():
            proxies = ("problem_words", "computation_steps", "solution_tokens")
            t.add_row(group, str(v["n"]), *(_fmt(v[k]["mean"]) for k in proxies))
        console.print(t)


def server_counted_line(sc: Mapping[str, Any] | None) -> str | None:
    """One sentence on the saving as the server's own /metrics counted it (None: the server has no counters)."""
    if not sc:
        return None
    if not sc["available"]:
        return f"the server's own counters: not used ({sc['why_not']})"
    over = sc["engine_overrun_tokens"]
    scope = "" if sc["same_scope"] else " (over every request of each run, not only the samples compared above)"
    return (
        f"the server's own counters ({sc['server']} /metrics): saved {sc['saved_tokens']:,} tokens "
        f"({sc['saved_pct']}%), completion {sc['saved_completion_tokens']:,}{scope}; the engine decoded "
        f"{over['inflight']:,} tokens after in-flight hang-ups that no stream delivered"
    )


def render(console: Console, data: Mapping[str, Any]) -> None:
    """Print a compare.json-shaped dict (``kind`` compare or run)."""
    title = "baseline vs in-flight" if data.get("kind") == "compare" else f"run: {', '.join(data.get('dirs', {}))}"
    console.print(modes_table(data["modes"], f"{data.get('recipe')} · {title}"))
    if data.get("verdict"):
        for sentence in verdict_sentences(data):
            console.print(f"[bold]•[/bold] {sentence}", highlight=False, soft_wrap=True)
    s = data.get("savings")
    if s and s["saved_tokens"] is None:
        console.print(f"[yellow]tokens saved: not computed: {s['counting']['label']}[/yellow]")
    elif s:
        if "counting" in s:
            console.print(f"counted with {s['counting']['label']}, the same way in both runs")
        console.print(
            f"[bold]tokens saved (measured): {s['saved_tokens']:,} of {s['baseline_tokens']:,} ({s['saved_pct']}%)"
            f"[/bold], completion {s['saved_completion_tokens']:,} ({s['saved_completion_pct']}%), "
            f"{s['saved_tokens_without_retries']:,} without retried attempts"
        )
        line = server_counted_line(s.get("server_counted"))
        if line:
            console.print(line, highlight=False)
        if s["ids_with_different_outputs"]:
            console.print(
                f"[yellow]{len(s['ids_with_different_outputs'])} of {s['ids_compared']} ids got different text in the "
                "two runs[/yellow] (endpoint not deterministic): measured savings mix validator effects with sampling"
            )
    nb = data.get("no_bias")
    if nb:
        status = "identical" if nb["identical"] else f"{len(nb['differences'])} differ"
        if "verdict" in nb:
            status = f"{nb['verdict']} ({nb['test']} test; {nb['power']})"
        if not nb["accepted_baseline"] and not nb["accepted_inflight"]:
            status = "nothing to compare: neither run accepted a sample"  # two empty sets prove nothing
        console.print(
            f"no-bias: accepted ids overlap {nb['accepted_both']}/{nb['accepted_baseline']} baseline, "
            f"{nb['accepted_inflight']} in-flight (Jaccard {nb['jaccard']}): {status}"
        )
        for d in nb["differences"]:
            same = "" if d["same_outputs"] is not False else " (outputs differ between runs)"
            console.print(
                f"  {d['id']}: accepted by {d['accepted_by']} only; {d['rejected_by']} rejected at {d['stage']} "
                f"by {d['validator']} ({d['reason']}){same}"
            )
    if "hindsight" in data:
        render_offline(console, data)
    if data.get("offline_error"):
        console.print(f"[yellow]{data['offline_error']}[/yellow]")
