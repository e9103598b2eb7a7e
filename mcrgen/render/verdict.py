"""The verdict of a comparison in three plain sentences, shared by the terminal and compare.html.

The figures come from ``compare.json``'s ``verdict`` (see :mod:`mcrgen.analysis.digest.verdict`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def pct(v: Any) -> str:
    return "–" if v is None else f"{v:.1%}"


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
    if v.get("too_few"):  # no verdict yet: the same words as the table's, which says so
        power = f"{v['too_few']}; more samples tighten this"
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


def verdict_sentences(data: Mapping[str, Any]) -> list[str]:
    """Saved tokens, share of the hindsight limit, no-bias with its power: one sentence each."""
    v = data.get("verdict") or {}
    ids = (data.get("savings") or {}).get("ids_compared", 0)
    return [saved_sentence(v, ids), hindsight_sentence(v), no_bias_sentence(v)]
