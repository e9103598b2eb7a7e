"""The offline sections of compare.html: hindsight limit, shadow audit, checkpoint sweep, random null, kept vs killed.

All replay the full-generation (baseline) run's recorded streams; each table has a note that says how to read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mcrgen.render import svg
from mcrgen.render.html_parts import MODE_COLOURS, listing, p, pct, section, table
from mcrgen.render.labels import validator_name

HINDSIGHT_NOTE = (
    "The most any checker could have saved: each rejected sample stopped at the first token where its fault was "
    "visible, on the full-generation run's recorded streams. 'Could be saved' is what the sample spent after "
    "that point."
)
AUDIT_NOTE = (
    "Each stage's text is judged twice: by the in-flight checks while it streamed, and by all checks on the "
    "finished text. A good text killed in flight is a false kill (FP); a bad text the in-flight checks let run "
    "to its end is a miss (FN), caught later or by a final-only check. False kills cost samples; misses cost "
    "tokens."
)
SWEEP_NOTE = (
    "The same recorded streams replayed with the checks run at other moments: 'continuous' after every "
    "statement, a fraction such as 0.3 once 30% of the stage's expected tokens have arrived, 'none' never in "
    "flight. Earlier checks save more tokens; 'good lost' counts good samples a policy would have killed."
)
NULL_NOTE = (
    "A control: drop the same number of streams per stage at random, at the same moments. If the checks save "
    "no more than random dropping while keeping no more good samples, they are not doing better than chance."
)
KEPT_NOTE = (
    "Do the checks prefer some kinds of samples? Length and difficulty proxies of the samples kept and the ones "
    "killed (from the full-generation texts). Large gaps mean the dataset is shaped by the checks."
)


def hindsight_section(h: Mapping[str, Any]) -> str:
    line = (
        f"Stopping every rejected sample at the first token its fault was visible would save "
        f"{h['possible_tokens']:,} of {h['baseline_tokens']:,} tokens ({h['possible_pct']}%)."
    )
    if h.get("saved_of_possible") is not None:
        line += f" The in-flight run saved {h['saved_tokens']:,}: {pct(h['saved_of_possible'])} of that."
    heads = ["sample", "tokens spent", "tokens with a perfect checker", "could be saved", "first visible fault"]
    rows = [[s["id"], s["spent"], s["oracle"], s["possible"], _fault(s.get("fault"))] for s in h["samples"]]
    return section("Hindsight limit", HINDSIGHT_NOTE, p(line, "big"), table(heads, rows))


def _fault(f: Mapping[str, Any] | None) -> str:
    if not f:
        return "none visible before the end"
    return f"{f['stage']}: {validator_name(f['validator'])} at token {f.get('at_token')}"


def audit_section(a: Mapping[str, Any]) -> str:
    ov = a["overall"]
    line = (
        f"Checks in flight ({listing(a['policy'])}): {ov['fp']} of {ov['good']} good texts killed (FP rate "
        f"{pct(ov['fp_rate'])}), {ov['fn']} of {ov['bad']} bad texts not caught in flight "
        f"(FN rate {pct(ov['fn_rate'])})."
    )
    heads = ["stage", "good texts", "bad texts", "bad caught in flight", "good killed (FP)", "bad missed (FN)"]
    st = [[k, v["good"], v["bad"], v["tp"], v["fp"], v["fn"]] for k, v in a["by_stage"].items()]
    vh = ["stage", "check", "fired in flight", "right", "false kills", "rejects finished text", "missed in flight"]
    vr = [
        [v["stage"], validator_name(v["validator"]), v["fired"], v["tp"], v["fp"], v["rejects_final"], v["fn"]]
        for v in a["by_validator"]
    ]
    out = [p(line, "big"), table(heads, st), table(vh, vr)]
    if a["cases"]:
        kinds = {"FP": "good text killed", "FN": "bad text missed"}
        rows = [
            [c["id"], c["stage"], kinds.get(c["kind"], c["kind"]), validator_name(c["validator"])] for c in a["cases"]
        ]
        out.append(table(["sample", "stage", "what happened", "check"], rows))
    return section("Shadow audit: in-flight checks vs the finished-text verdict", AUDIT_NOTE, *out)


def sweep_section(data: Mapping[str, Any]) -> str:
    heads = ["checks run", "tokens", "saved", "saved %", "streams killed", "bad caught", "good lost", "accepted"]
    keys = ("policy", "tokens", "saved", "saved_pct", "killed", "bad_caught", "good_lost", "accepted")
    rows = [[r[k] for k in keys] for r in data["checkpoint_sweep"]]
    return section("When to check: checkpoint sweep", SWEEP_NOTE, table(heads, rows), sweep_plot(data))


def null_section(null: Mapping[str, Any]) -> str:
    g, r = null["gates"], null["random"]
    rows = [
        ["the recipe's checks", g["saved"], g["saved_pct"], g["kept"]],
        [f"random dropping (mean of {null['draws']} draws)", r["saved"], r["saved_pct"], r["kept"]],
    ]
    note = (
        f"Streams dropped per stage: {listing(null['discarded_per_stage'])}. Random dropping kept between "
        f"{r['kept_min']} and {r['kept_max']} samples."
    )
    heads = ["", "tokens saved", "saved %", "samples kept"]
    return section("Control: random rejection", NULL_NOTE, table(heads, rows), p(note, "note"))


def kept_section(kk: Mapping[str, Any]) -> str:
    if not kk:
        return ""
    names = {"kept": "kept", "killed_inflight": "killed in flight", "rejected_after": "rejected at the end"}
    rows = []
    for group, v in kk.items():
        rows.append(
            [names.get(group, group.replace("_", " ")), v["n"]]
            + [v[k][s] for k in ("problem_words", "computation_steps", "solution_tokens") for s in ("mean", "median")]
        )
    heads = [
        "samples",
        "count",
        "problem words (mean)",
        "(median)",
        "lines with '=' (mean)",
        "(median)",
        "solution tokens (mean)",
        "(median)",
    ]
    return section("Kept vs killed", KEPT_NOTE, table(heads, rows))


def offline_sections(data: Mapping[str, Any]) -> str:
    return "".join(
        [
            hindsight_section(data["hindsight"]),
            audit_section(data["shadow_audit"]),
            sweep_section(data),
            null_section(data["random_null"]),
            kept_section(data.get("kept_vs_killed", {})),
        ]
    )


def sweep_plot(data: Mapping[str, Any]) -> str:
    rows = data["checkpoint_sweep"]
    refs = []
    if data["hindsight"].get("possible_pct") is not None:
        refs.append(("hindsight limit", float(data["hindsight"]["possible_pct"]), "#333"))
    measured = data.get("savings", {}).get("saved_pct")
    if measured is not None:
        refs.append(("measured in flight", float(measured), MODE_COLOURS["inflight"]))
    null = data["random_null"]["random"].get("saved_pct")
    if null is not None:
        refs.append(("random rejection", float(null), "#999"))
    return svg.grouped_bars(
        "sweep",
        "Tokens saved by when the checks run (replayed on the full-generation streams)",
        [r["policy"] for r in rows],
        [("tokens saved", "#3a7dc8", [float(r["saved_pct"] or 0) for r in rows])],
        unit="%",
        notes=[f"· {r['good_lost']} good lost" for r in rows],
        refs=refs,
    )
