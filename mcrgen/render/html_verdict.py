"""The top of compare.html: the verdict box (one sentence per headline figure) and a few sample texts.

The figures come from ``compare.json``'s ``verdict`` and ``examples`` (see :mod:`mcrgen.analysis.digest`).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from mcrgen.render.html_parts import explain, pct, validator_name

SERVER_METHODS = ("reported", "server-counted", "server-tokenized")


def saved_sentence(v: Mapping[str, Any], ids: int) -> str:
    if v.get("saved_tokens") is None:
        return "No sample finished in both runs, so nothing was measured."
    methods = v.get("count_methods", [])
    how = (
        "as counted by the server"
        if methods and all(m in SERVER_METHODS for m in methods)
        else "partly estimated with a local tokenizer (the server did not report every count)"
    )
    verb = "saved" if v["saved_tokens"] >= 0 else "cost an extra"
    return (
        f"In-flight rejection {verb} {abs(v['saved_tokens']):,} of {v['baseline_tokens']:,} tokens "
        f"({abs(v['saved_pct'] or 0):.1f}%) on the {ids} samples both runs finished, {how}."
    )


def hindsight_sentence(v: Mapping[str, Any]) -> str:
    if v.get("possible_tokens") is None:
        return "The hindsight limit was not computed (the offline analyses were skipped)."
    if not v["possible_tokens"]:
        return (
            "No rejected sample had a fault visible before its end, so no checker could have saved anything "
            "here (hindsight limit: 0 tokens)."
        )
    return (
        f"That is {pct(v['saved_of_possible'])} of the hindsight limit: {v['possible_tokens']:,} tokens, what a "
        "perfect checker would save by stopping every rejected sample at the first token its fault was visible."
    )


def no_bias_sentence(v: Mapping[str, Any]) -> str:
    n, lost, bound = v.get("accepted_baseline") or 0, v.get("lost_good", 0), v.get("loss_rate_bound")
    if not n:
        return "Full generation accepted no sample, so the no-bias check has nothing to test yet."
    power = (
        f"with {n} accepted samples, the rate at which in-flight checking loses good samples is below "
        f"{pct(bound)} (95% confidence; more samples tighten this)"
    )
    if not lost:
        gained = f" ({v['gained']} more accepted only in flight, by different sampling)" if v.get("gained") else ""
        return (
            f"No-bias check: in-flight checking lost none of the {n} samples full generation accepted{gained}; {power}."
        )
    same = v.get("lost_same_text", 0)
    return (
        f"No-bias check: in-flight checking rejected {lost} of the {n} samples full generation accepted "
        f"({same} with the same text, so caused by the checks; the rest were sampled differently); {power}."
    )


def verdict_box(data: Mapping[str, Any]) -> str:
    v = data.get("verdict") or {}
    ids = (data.get("savings") or {}).get("ids_compared", 0)
    items = [saved_sentence(v, ids), hindsight_sentence(v), no_bias_sentence(v)]
    lis = "".join(f"<li>{escape(s)}</li>" for s in items)
    return f'<div class="verdict"><h2>Verdict</h2><ul>{lis}</ul></div>'


def _killed(ex: Mapping[str, Any]) -> str:
    where = "closed in flight" if ex.get("outcome") == "rejected_inflight" else "rejected after its end"
    at = f" after {ex['at_token']} tokens" if ex.get("at_token") is not None else ""
    head = (
        f"sample {ex['id']} · stage {ex['stage']} · {where}{at} · {validator_name(ex['validator'])}: {ex['reason']}"
        + (f" ({ex['detail']})" if ex.get("detail") else "")
    )
    span = escape(ex["span"]) or "&nbsp;"
    text = (
        ("… " if ex.get("clipped") else "")
        + escape(ex["before"])
        + f"<mark>{span}</mark>"
        + f'<span class="after">{escape(ex["after"])}</span>'
    )
    return f'<div class="sample killed"><div class="head">{escape(head)}</div><pre>{text}</pre></div>'


def _kept(ex: Mapping[str, Any]) -> str:
    parts = "".join(
        f'<div class="stage">{escape(stage)}</div><pre>{escape(text)}</pre>' for stage, text in ex["outputs"].items()
    )
    return f'<div class="sample kept"><div class="head">sample {escape(str(ex["id"]))} · accepted</div>{parts}</div>'


def examples_section(ex: Mapping[str, Any]) -> str:
    if not ex or not (ex.get("kept") or ex.get("killed")):
        return ""
    out = [
        "<h2>Sample texts</h2>",
        explain(
            "A few samples from the in-flight run. Accepted ones show every stage's text. Killed ones show the "
            "stage that failed, up to where the stream was closed; the highlighted statement is where the "
            "validator found the fault."
        ),
    ]
    out += [_kept(k) for k in ex.get("kept", [])]
    out += [_killed(k) for k in ex.get("killed", [])]
    return "".join(out)
