"""One self-contained HTML page per comparison or run: inline CSS and SVG, no scripts, nothing fetched.

Input is the dict ``mcrgen.analysis.compare.build_compare`` / ``build_single`` returns (the same as
compare.json), so the page never computes a figure the JSON does not have. Every table and plot has a sentence
next to it that says what it shows; the verdict box on top says what came out.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from mcrgen.render import svg
from mcrgen.render.compare_table import server_counted_line
from mcrgen.render.html_offline import offline_sections
from mcrgen.render.html_parts import MODE_COLOURS, change, explain, mode_name, p, section, table
from mcrgen.render.html_verdict import examples_section, verdict_box
from mcrgen.render.labels import OUTCOME_NAMES, SIDE_BY_SIDE, validator_name

SHORT_MODE = {"baseline": "full", "inflight": "in flight"}

OUTCOME_COLOURS = {
    "accepted": "#3a9a5b",
    "rejected_inflight": "#e08a2c",
    "rejected_after": "#c8423b",
    "error": "#8c8c8c",
    "interrupted": "#b5b5b5",
}
CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#222;line-height:1.45;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}
h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{padding:.25rem .6rem;border-bottom:1px solid #eee}
th{text-align:left;background:#f4f4f4;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#666;font-size:.9rem}.warn{color:#a33}.big{font-size:1.05rem;font-weight:600}
.explain{color:#444;background:#f7f9fc;border-left:3px solid #9bb3d6;padding:.4rem .7rem;margin:.4rem 0 .6rem}
.verdict{border:2px solid #3a7dc8;border-radius:8px;background:#f2f7fd;padding:.2rem 1.2rem .6rem;margin:1rem 0}
.verdict h2{border:none;margin:.6rem 0 .2rem}.verdict li{margin:.35rem 0;font-size:1.02rem}
span.good{color:#2e7d4f;font-weight:600}span.bad{color:#b23b3b;font-weight:600}span.same{color:#888}
.sample{border:1px solid #ddd;border-radius:6px;margin:.6rem 0;overflow:hidden}
.sample .head{background:#f4f4f4;padding:.3rem .6rem;font-size:.9rem;font-weight:600}
.sample.kept .head{background:#e6f3ea}.sample.killed .head{background:#fbe9e7}
.sample .stage{font-size:.8rem;color:#666;padding:.3rem .6rem 0}
.sample pre{margin:0;padding:.4rem .6rem;white-space:pre-wrap;font-size:.85rem}
mark{background:#f6c7c2;color:#7a1a12;font-weight:600}.sample .after{color:#aaa}
svg.plot{display:block;margin:.5rem 0 1rem}
"""


def side_by_side(modes: Mapping[str, Mapping[str, Any]]) -> str:
    """Per-mode figures in columns with human names, plus the relative change when there are two modes."""
    names = list(modes)
    pair = len(names) == 2
    rows: list[list[Any]] = []
    for key, label in SIDE_BY_SIDE:
        vals = [modes[m].get(key) for m in names]
        rows.append([label, *vals] + ([change(vals[0], vals[1], key)] if pair else []))
    rej: dict[tuple[str, str], dict[str, int]] = {}
    for m in names:
        for r in modes[m]["rejections"]:
            cell = rej.setdefault((r["stage"], validator_name(r["validator"])), {})
            cell[m] = cell.get(m, 0) + r["count"]
    for (stage, validator), counts in sorted(rej.items()):
        vals = [counts.get(m, 0) for m in names]
        rows.append([f"rejected at {stage} by {validator}", *vals] + ([change(vals[0], vals[1])] if pair else []))
    return table(["", *map(mode_name, names)] + (["change"] if pair else []), rows)


def funnel_plot(modes: Mapping[str, Mapping[str, Any]]) -> str:
    steps: list[str] = []
    for m in modes.values():
        steps += [k for k in m["funnel"] if k not in steps and k not in ("rejected", "errors", "interrupted")]
    series = [
        (mode_name(m), MODE_COLOURS.get(m, "#777"), [float(v["funnel"].get(k, 0)) for k in steps])
        for m, v in modes.items()
    ]
    return svg.grouped_bars(
        "funnel", "Funnel: samples surviving each step", [s.replace("_", " ") for s in steps], series
    )


def tokens_plot(modes: Mapping[str, Mapping[str, Any]]) -> str:
    cats: list[str] = []
    cells: list[Mapping[str, int]] = []
    for m, v in modes.items():
        for stage, cell in v["tokens_by_stage_outcome"].items():
            cats.append(f"{SHORT_MODE.get(m, m)} · {stage}")
            cells.append(cell)
    series = [(OUTCOME_NAMES[o], c, [float(cell.get(o, 0)) for cell in cells]) for o, c in OUTCOME_COLOURS.items()]
    return svg.stacked_bars("tokens", "Tokens (prompt + completion) by stage and outcome", cats, series)


MEASURED_NOTE = (
    "Both runs generated the same sample ids with the same seeds. Full generation lets every stream run to its "
    "end and checks the finished text; in-flight rejection checks each stream as it is written and closes it "
    "at the first failure. The change column is in-flight relative to full generation: fewer tokens is the "
    "saving (green: better, red: worse); the accepted count should not change."
)


def measured_section(data: Mapping[str, Any]) -> str:
    out = [side_by_side(data["modes"])]
    s = data.get("savings")
    if s and s["saved_tokens"] is None:
        out.append(p(f"Tokens saved: not computed: {s['counting']['label']}.", "warn"))
    elif s:
        if "counting" in s:
            out.append(p(f"Counted with {s['counting']['label']}, the same way in both runs.", "note"))
        out.append(
            p(
                f"Tokens saved (measured on the {s['ids_compared']} samples both runs finished): "
                f"{s['saved_tokens']:,} of {s['baseline_tokens']:,} ({s['saved_pct']}%), of which completion "
                f"tokens {s['saved_completion_tokens']:,} ({s['saved_completion_pct']}%); "
                f"{s['saved_tokens_without_retries']:,} without retried attempts.",
                "big",
            )
        )
        server_line = server_counted_line(s.get("server_counted"))
        if server_line:
            out.append(p(server_line[0].upper() + server_line[1:] + ".", "note"))
        if s["ids_with_different_outputs"]:
            out.append(
                p(
                    f"{len(s['ids_with_different_outputs'])} of {s['ids_compared']} samples got different text in "
                    "the two runs (the endpoint is not deterministic), so the measured saving mixes the checks' "
                    f"effect with sampling: {', '.join(s['ids_with_different_outputs'])}.",
                    "warn",
                )
            )
        only = s["ids_only_baseline"] + s["ids_only_inflight"]
        if only:
            out.append(p(f"Samples finished in one run only (left out above): {', '.join(only)}.", "warn"))
    out.append(explain("How many samples survive each step, in each run (longer bars: more samples)."))
    out.append(funnel_plot(data["modes"]))
    out.append(
        explain(
            "Where the tokens went, by stage and by how the sample ended. Orange is spent on streams closed in "
            "flight; red on samples rejected only after their text was complete, which in-flight checks could "
            "not stop."
        )
    )
    out.append(tokens_plot(data["modes"]))
    return section("Measured: full generation vs in-flight rejection", MEASURED_NOTE, *out)


NO_BIAS_NOTE = (
    "Closing streams early must not change which samples end up in the dataset. This compares the accepted "
    "sample ids of the two runs; any sample accepted by one run and rejected by the other is listed with the "
    "check that rejected it. 'Same text' = the model wrote the same text in both runs, so the difference comes "
    "from the checks, not from sampling."
)


def no_bias_section(nb: Mapping[str, Any]) -> str:
    status = "the same samples." if nb["identical"] else f"{len(nb['differences'])} samples differ:"
    if "verdict" in nb:  # the test and what it could see: "not enough data" below 10 accepted per run
        status = f"{nb['verdict']} ({nb['test']} test; {nb['power']})."
    overlap = f" (overlap {nb['jaccard']:.0%})" if nb["jaccard"] is not None else ""
    if not nb["accepted_baseline"] and not nb["accepted_inflight"]:
        # Two empty sets are "identical" and overlap 100%, and prove nothing: say so instead.
        status, overlap = "neither run accepted a sample, so there is nothing to compare yet.", ""
    out = [
        p(
            f"Accepted by full generation {nb['accepted_baseline']}, by in-flight rejection "
            f"{nb['accepted_inflight']}, by both {nb['accepted_both']}{overlap}: {status}",
            "big",
        )
    ]
    if nb["differences"]:
        heads = ["sample", "accepted by", "rejected by", "stage", "check", "reason", "when", "same text"]
        keys = ("id", "accepted_by", "rejected_by", "stage", "validator", "reason", "phase", "same_outputs")
        rows = [
            [mode_name(str(d[k])) if k in ("accepted_by", "rejected_by") else d[k] for k in keys]
            for d in nb["differences"]
        ]
        for row in rows:
            row[4] = validator_name(row[4])
        out.append(table(heads, rows))
    return section("No-bias check: are the same samples accepted?", NO_BIAS_NOTE, *out)


def _header(data: Mapping[str, Any]) -> str:
    dirs = ", ".join(f"{mode_name(k)} in {v}" for k, v in data.get("dirs", {}).items())
    return p(f"model {data.get('model')} · {dirs}", "note")


def render_html(data: Mapping[str, Any]) -> str:
    compare = data.get("kind") == "compare"
    title = f"{data.get('recipe')}: " + ("in-flight rejection vs full generation" if compare else "run report")
    parts = [f"<h1>{escape(title)}</h1>", _header(data)]
    if compare:
        if not data.get("same_recipe", True):
            parts.append(p("the two runs used different recipes: the comparison is not like for like", "warn"))
        parts.append(verdict_box(data))
        parts.append(measured_section(data))
        parts.append(no_bias_section(data["no_bias"]))
    else:
        mode = next(iter(data["modes"]))
        note = "This run's figures; run 'mcrgen compare' to measure what in-flight rejection saves."
        plots = funnel_plot(data["modes"]) + tokens_plot(data["modes"])
        parts.append(section(f"{mode_name(mode)} run", note, side_by_side(data["modes"]), plots))
    if "hindsight" in data:
        parts.append(offline_sections(data))
    if data.get("offline_error"):
        parts.append(p(str(data["offline_error"]), "warn"))
    parts.append(examples_section(data.get("examples") or {}))
    body = "".join(parts)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n"
    )
