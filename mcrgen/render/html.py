"""One self-contained HTML page per comparison or run: inline CSS and SVG, no scripts, nothing fetched.

Input is the dict ``mcrgen.analysis.compare.build_compare`` / ``build_single`` returns (the same as
compare.json), so the page never computes a figure the JSON does not have.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from mcrgen.render import svg
from mcrgen.render.labels import SIDE_BY_SIDE

MODE_COLOURS = {"baseline": "#5b7aa6", "inflight": "#e08a2c"}
OUTCOME_COLOURS = {
    "accepted": "#3a9a5b",
    "rejected_inflight": "#e08a2c",
    "rejected_after": "#c8423b",
    "error": "#8c8c8c",
    "interrupted": "#b5b5b5",
}
CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#222;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee}
th{text-align:left;background:#f6f6f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.note{color:#666;font-size:.9rem}.warn{color:#a33}.big{font-size:1.1rem;font-weight:600}
svg.plot{display:block;margin:.5rem 0 1rem}
"""


def _cell(v: Any) -> str:
    if v is None:
        return '<td class="n">–</td>'
    if isinstance(v, bool):
        return f"<td>{'yes' if v else 'no'}</td>"
    if isinstance(v, int):
        return f'<td class="n">{v:,}</td>'
    if isinstance(v, float):
        # No exponents: 44,440.0 pairs/hour, not 4.444e+04.
        return f'<td class="n">{v:,.1f}</td>' if abs(v) >= 100 else f'<td class="n">{v:.4g}</td>'
    return f"<td>{escape(str(v))}</td>"


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], cls: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _p(text: str, cls: str = "") -> str:
    return f'<p class="{cls}">{escape(text)}</p>'


def side_by_side(modes: Mapping[str, Mapping[str, Any]]) -> str:
    names = list(modes)
    rows = [[label] + [modes[m].get(key) for m in names] for key, label in SIDE_BY_SIDE]
    rej: dict[tuple[str, str], dict[str, int]] = {}
    for m in names:
        for r in modes[m]["rejections"]:
            rej.setdefault((r["stage"], r["validator"]), {}).setdefault(m, 0)
            rej[(r["stage"], r["validator"])][m] += r["count"]
    for (stage, validator), counts in sorted(rej.items()):
        rows.append([f"rejected at {stage}: {validator}"] + [counts.get(m, 0) for m in names])
    return table(["", *names], rows)


def funnel_plot(modes: Mapping[str, Mapping[str, Any]]) -> str:
    steps: list[str] = []
    for m in modes.values():
        steps += [k for k in m["funnel"] if k not in steps and k not in ("rejected", "errors", "interrupted")]
    series = [(m, MODE_COLOURS.get(m, "#777"), [float(v["funnel"].get(k, 0)) for k in steps]) for m, v in modes.items()]
    return svg.grouped_bars(
        "funnel", "Funnel: samples surviving each step", [s.replace("_", " ") for s in steps], series
    )


def tokens_plot(modes: Mapping[str, Mapping[str, Any]]) -> str:
    cats: list[str] = []
    cells: list[Mapping[str, int]] = []
    for m, v in modes.items():
        for stage, cell in v["tokens_by_stage_outcome"].items():
            cats.append(f"{m} · {stage}")
            cells.append(cell)
    series = [(o, c, [float(cell.get(o, 0)) for cell in cells]) for o, c in OUTCOME_COLOURS.items()]
    return svg.stacked_bars("tokens", "Tokens (prompt + completion) by stage and outcome", cats, series)


def sweep_plot(data: Mapping[str, Any]) -> str:
    rows = data["checkpoint_sweep"]
    refs = []
    if data["hindsight"].get("possible_pct") is not None:
        refs.append(("oracle (first visible fault)", float(data["hindsight"]["possible_pct"]), "#333"))
    measured = data.get("savings", {}).get("saved_pct")
    if measured is not None:
        refs.append(("measured in-flight run", float(measured), MODE_COLOURS["inflight"]))
    null = data["random_null"]["random"].get("saved_pct")
    if null is not None:
        refs.append(("random null", float(null), "#999"))
    return svg.grouped_bars(
        "sweep",
        "Tokens saved vs checkpoint position (replayed on baseline traces)",
        [r["policy"] for r in rows],
        [("tokens saved", "#3a7dc8", [float(r["saved_pct"] or 0) for r in rows])],
        unit="%",
        notes=[f"· {r['good_lost']} good lost" for r in rows],
        refs=refs,
    )


def measured_section(data: Mapping[str, Any]) -> str:
    out = ["<h2>Measured: baseline vs in-flight</h2>", side_by_side(data["modes"])]
    s = data.get("savings")
    if s and s["saved_tokens"] is None:
        out.append(_p(f"Tokens saved: not computed: {s['counting']['label']}.", "warn"))
    elif s:
        out.append(
            _p(
                f"Tokens saved (measured, {s['ids_compared']} ids in both runs): {s['saved_tokens']:,} of "
                f"{s['baseline_tokens']:,} ({s['saved_pct']}%); completion tokens {s['saved_completion_tokens']:,} "
                f"({s['saved_completion_pct']}%); {s['saved_tokens_without_retries']:,} without retried attempts.",
                "big",
            )
        )
        if s["ids_with_different_outputs"]:
            out.append(
                _p(
                    f"{len(s['ids_with_different_outputs'])} of {s['ids_compared']} ids got different text in the two "
                    f"runs (the endpoint is not deterministic), so the measured savings mix validator effects with "
                    f"sampling: {', '.join(s['ids_with_different_outputs'])}",
                    "warn",
                )
            )
        if s["ids_only_baseline"] or s["ids_only_inflight"]:
            out.append(_p(f"ids finished in one run only: {s['ids_only_baseline'] + s['ids_only_inflight']}", "warn"))
    out.append(funnel_plot(data["modes"]))
    out.append(tokens_plot(data["modes"]))
    return "".join(out)


def no_bias_section(nb: Mapping[str, Any]) -> str:
    out = [
        "<h2>No-bias check: accepted ids</h2>",
        _p(
            f"accepted by baseline {nb['accepted_baseline']}, by in-flight {nb['accepted_inflight']}, by both "
            f"{nb['accepted_both']} (Jaccard overlap {nb['jaccard']}); "
            + (f"verdict: {nb['verdict']} ({nb['power']})." if "verdict" in nb else "")
            + ("" if not nb["differences"] else f" {len(nb['differences'])} differences:"),
            "big",
        ),
    ]
    if nb["differences"]:
        keys = ("id", "accepted_by", "rejected_by", "stage", "validator", "reason", "phase", "same_outputs")
        out.append(table(list(keys), [[d[k] for k in keys] for d in nb["differences"]]))
        out.append(
            _p("same_outputs = no: the endpoint wrote different text for this id, not a validator effect.", "note")
        )
    return "".join(out)


def offline_sections(data: Mapping[str, Any]) -> str:
    h, a, null = data["hindsight"], data["shadow_audit"], data["random_null"]
    out = ["<h2>Hindsight limit (oracle)</h2>"]
    line = (
        f"Stopping every rejected sample at the first token its fault was visible would save {h['possible_tokens']:,} "
    )
    line += f"of {h['baseline_tokens']:,} tokens ({h['possible_pct']}%)."
    if h.get("saved_of_possible") is not None:
        line += f" The in-flight run saved {h['saved_tokens']:,}: {h['saved_of_possible']:.1%} of possible."
    out.append(_p(line, "big"))
    keys = ("id", "spent", "oracle", "possible")
    rows = [[p[k] for k in keys] + [(p["fault"] or {}).get("validator", "no visible fault")] for p in h["samples"]]
    out.append(table([*keys, "fault"], rows))
    ov = a["overall"]
    out.append("<h2>Shadow audit: in-flight gates vs the finished-text verdict</h2>")
    out.append(
        _p(
            f"policy {', '.join(f'{k}: {v}' for k, v in a['policy'].items())}; "
            f"FP rate {ov['fp_rate']} ({ov['fp']} of {ov['good']} good stage outputs killed), "
            f"FN rate {ov['fn_rate']} ({ov['fn']} of {ov['bad']} bad stage outputs not caught in flight).",
            "big",
        )
    )
    st = [
        [k, v["good"], v["bad"], v["tp"], v["fp"], v["fn"], v["fp_rate"], v["fn_rate"]]
        for k, v in a["by_stage"].items()
    ]
    out.append(table(["stage", "good", "bad", "TP", "FP", "FN", "FP rate", "FN rate"], st))
    vk = ("stage", "validator", "fired", "tp", "fp", "fp_rate", "rejects_final", "fn", "fn_rate")
    out.append(table(list(vk), [[v[k] for k in vk] for v in a["by_validator"]]))
    if a["cases"]:
        out.append(
            table(
                ["id", "stage", "kind", "validator"],
                [[c[k] for k in ("id", "stage", "kind", "validator")] for c in a["cases"]],
            )
        )
    out.append("<h2>Checkpoint sweep</h2>")
    sk = ("policy", "tokens", "saved", "saved_pct", "killed", "bad_caught", "good_lost", "accepted", "unknown")
    out.append(table(list(sk), [[r[k] for k in sk] for r in data["checkpoint_sweep"]]))
    out.append(sweep_plot(data))
    out.append("<h2>Random-rejection null</h2>")
    g, r = null["gates"], null["random"]
    out.append(
        table(
            ["", "tokens saved", "saved %", "samples kept"],
            [
                ["validators (recipe policy)", g["saved"], g["saved_pct"], g["kept"]],
                [f"random, mean of {null['draws']} draws", r["saved"], r["saved_pct"], r["kept"]],
            ],
        )
    )
    out.append(
        _p(
            f"discarded per stage: {null['discarded_per_stage']}; random kept ranged {r['kept_min']}–{r['kept_max']}.",
            "note",
        )
    )
    out.append(kept_section(data.get("kept_vs_killed", {})))
    return "".join(out)


def kept_section(kk: Mapping[str, Any]) -> str:
    if not kk:
        return ""
    rows = []
    for group, v in kk.items():
        rows.append(
            [group, v["n"]]
            + [v[k][s] for k in ("problem_words", "computation_steps", "solution_tokens") for s in ("mean", "median")]
        )
    heads = [
        "group",
        "n",
        "problem words (mean)",
        "(median)",
        "'=' lines (mean)",
        "(median)",
        "solution tokens (mean)",
        "(median)",
    ]
    return "<h2>Kept vs killed</h2>" + table(heads, rows)


def render_html(data: Mapping[str, Any]) -> str:
    kind = "Comparison" if data.get("kind") == "compare" else "Run report"
    title = f"mcrgen {kind.lower()}: {data.get('recipe')}"
    parts = [f"<h1>{escape(title)}</h1>"]
    dirs = "; ".join(f"{k}: {v}" for k, v in data.get("dirs", {}).items())
    parts.append(_p(f"model {data.get('model')} · {dirs}", "note"))
    if data.get("kind") == "compare":
        if not data.get("same_recipe", True):
            parts.append(_p("the two runs used different recipes: the comparison is not like for like", "warn"))
        parts.append(measured_section(data))
        parts.append(no_bias_section(data["no_bias"]))
    else:
        mode = next(iter(data["modes"]))
        parts.append(f"<h2>{escape(mode)} run</h2>" + side_by_side(data["modes"]))
        parts.append(funnel_plot(data["modes"]) + tokens_plot(data["modes"]))
    if "hindsight" in data:
        parts.append(offline_sections(data))
    if data.get("offline_error"):
        parts.append(_p(str(data["offline_error"]), "warn"))
    body = "".join(parts)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>{body}</body></html>\n"
    )
