"""What a person reads first about a run: the in-flight saving estimated from the kills, sample texts with the
failing span located, and the one-sentence verdict figures of a comparison (including the no-bias check's power).

Everything here reads the run directory only (through :mod:`mcrgen.rundir.reader`), and returns plain dicts so
that the terminal, ``compare.json`` and ``compare.html`` all show the same figures.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from mcrgen.rundir import reader

ENDED_ON_THEIR_OWN = ("finished", "truncated")
"""Request statuses whose completion length is a full stream's length (a cancelled one is cut short)."""

CONFIDENCE = 0.95


def inflight_estimate(run_dir: Path, expected_tokens: Mapping[str, int]) -> dict[str, Any]:
    """Completion tokens the in-flight kills probably saved, without a baseline run to compare against.

    For every stream closed by a validator at stage S after ``c`` completion tokens, the stream would have run on
    to a full length ``L_S``; the estimate is ``sum(max(0, L_S - c))``. ``L_S`` is the median completion length
    of this run's stage-S streams that ended on their own (finished or hit max_tokens); with none, the recipe's
    ``expected_tokens`` for S (which defaults to max_tokens). Prompt tokens are never saved (they were sent), and
    nothing downstream is counted: a rejected sample stops at its failing stage in both modes. It is an estimate:
    killed streams may be longer or shorter than the ones that finished. ``mcrgen compare`` measures it.
    """
    # The ledger holds every request once, also those of samples killed before they wrote a row.
    usages = [u.to_dict() for _, u in reader.read_run(run_dir).requests()]
    full: dict[str, list[int]] = {}
    for u in usages:
        if u.get("status") in ENDED_ON_THEIR_OWN:
            full.setdefault(u["stage"], []).append(int(u.get("completion_tokens", 0)))
    lengths = {s: float(statistics.median(v)) for s, v in full.items()}
    sources = {s: "median of finished streams" for s in lengths}
    for s, n in expected_tokens.items():
        if s not in lengths:
            lengths[s], sources[s] = float(n), "recipe expected_tokens"
    kills = [u for u in usages if u.get("status") == "cancelled"]
    saved = sum(max(0.0, lengths.get(u["stage"], 0.0) - int(u.get("completion_tokens", 0))) for u in kills)
    spent = sum(int(u.get("prompt_tokens", 0)) + int(u.get("completion_tokens", 0)) for u in usages)
    return {
        "kills": len(kills),
        "killed_stages": sorted({u["stage"] for u in kills}),
        "killed_tokens": sum(int(u.get("completion_tokens", 0)) for u in kills),
        "saved_tokens": round(saved),
        "spent_tokens": spent,
        "saved_pct": round(100 * saved / (spent + saved), 1) if spent + saved else None,
        "full_length": {s: round(v, 1) for s, v in lengths.items()},
        "full_length_from": sources,
    }


def failing_span(text: str, at_char: int | None) -> tuple[int, int]:
    """(start, end) of the statement holding the fault: the line or sentence around ``at_char``.

    ``at_char`` is where a validator located the fault (else where checking stopped, the text's end), so the
    span runs from the last line break or sentence end before it to the next line break after it: the reader
    sees the whole claim that failed, not a single character.
    """
    at = len(text) if at_char is None else max(0, min(at_char, len(text)))
    head = text[:at].rstrip() if at == len(text) else text[:at]
    start = max(head.rfind("\n"), head.rfind(". "), head.rfind("? "), head.rfind("! "))
    start = 0 if start < 0 else start + (1 if head[start] == "\n" else 2)
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def rejected_examples(rows: Sequence[Mapping[str, Any]], n: int = 2, clip: int = 600) -> list[dict[str, Any]]:
    """Up to ``n`` rejected rows as text with the failing span, in-flight kills first, distinct validators first."""
    picked: list[Mapping[str, Any]] = []
    ordered = sorted(rows, key=lambda r: (r.get("outcome") != "rejected_inflight", str(r.get("id"))))
    seen: set[str] = set()
    for row in ordered:
        v = str((row.get("rejection") or {}).get("validator"))
        if v not in seen:
            seen.add(v)
            picked.append(row)
    ids = {id(r) for r in picked}
    picked += [r for r in ordered if id(r) not in ids]
    return [_example(r, clip) for r in picked[:n]]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Chars that drive a terminal rather than show (ESC starts a sequence that can retitle the window or recolour
it) or reorder the text around them: a server's reply must not reach the user's terminal with them."""


def printable(text: str) -> str:
    """``text`` with every control char (but newline and tab) shown as U+FFFD: examples quote the server's text."""
    return _CONTROL.sub("\ufffd", text)


def _example(row: Mapping[str, Any], clip: int) -> dict[str, Any]:
    rej = row.get("rejection") or {}
    stage = str(rej.get("stage", ""))
    text = printable(str(row.get("outputs", {}).get(stage, "")))
    start, end = failing_span(text, rej.get("at_char"))
    # Keep the span and what leads to it; a long head is cut at the front (the failing part is what matters).
    cut = max(0, end - clip)
    earlier = {k: _clip(printable(str(v)), clip) for k, v in row.get("outputs", {}).items() if k != stage}
    return {
        "id": row.get("id"),
        "outcome": row.get("outcome"),
        "earlier": earlier,
        "stage": stage,
        "validator": rej.get("validator"),
        "reason": rej.get("reason"),
        "detail": printable(str(rej.get("detail") or "")),
        "at_token": rej.get("at_token"),
        "clipped": cut > 0,
        "before": text[cut : max(cut, start)],
        "span": text[max(cut, start) : end],
        "after": text[end : end + 200],
    }


def kept_examples(rows: Sequence[Mapping[str, Any]], n: int = 1, clip: int = 600) -> list[dict[str, Any]]:
    """Up to ``n`` accepted samples, each stage's text clipped to ``clip`` characters."""
    return [
        {"id": r.get("id"), "outputs": {s: _clip(printable(str(t)), clip) for s, t in r.get("outputs", {}).items()}}
        for r in sorted(rows, key=lambda r: str(r.get("id")))[:n]
    ]


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n].rstrip() + " …"


def loss_bound(accepted_baseline: int, lost: int) -> float | None:
    """The no-bias check's power: with ``lost`` of ``accepted_baseline`` good samples lost by in-flight checking,
    the one-sided 95% upper bound on the loss rate (Clopper-Pearson; for 0 lost it is 1 - 0.05**(1/n))."""
    if accepted_baseline <= 0:
        return None
    if lost == 0:
        return round(1 - math.pow(1 - CONFIDENCE, 1 / accepted_baseline), 4)
    lo, hi = lost / accepted_baseline, 1.0
    for _ in range(60):  # bisection on the binomial tail P(X <= lost | p) = 0.05
        mid = (lo + hi) / 2
        if _binom_cdf(lost, accepted_baseline, mid) > 1 - CONFIDENCE:
            lo = mid
        else:
            hi = mid
    return round(hi, 4)


MIN_ACCEPTED = 10
"""Accepted samples per run below which the no-bias check gives no verdict (:mod:`mcrgen.analysis.nobias`)."""


def too_few(accepted_baseline: int, lost: int) -> str:
    """What the no-bias check can say below ``MIN_ACCEPTED`` accepted samples per run: no verdict, yet the loss rate
    is bounded all the same. The table (``no_bias.power``) and the verdict sentence both say it in these words: the
    table said "nothing can be concluded" while the sentence gave the rate as "below 45.1%"."""
    head = f"too few for a verdict (it needs {MIN_ACCEPTED} accepted per run)"
    bound = loss_bound(accepted_baseline, lost)
    if bound is None:
        return head
    return (
        f"{head}: {accepted_baseline} accepted samples only bound the rate at which in-flight checking loses good "
        f"samples, below {bound:.1%} (95% confidence)"
    )


def _binom_cdf(k: int, n: int, p: float) -> float:
    return sum(math.comb(n, i) * math.pow(p, i) * math.pow(1 - p, n - i) for i in range(k + 1))


def verdict(data: Mapping[str, Any]) -> dict[str, Any]:
    """The three headline figures of a comparison, each with the numbers its sentence needs."""
    s, nb = data.get("savings") or {}, data.get("no_bias") or {}
    h = data.get("hindsight") or {}
    lost = [d for d in nb.get("differences", []) if d.get("accepted_by") == "baseline"]
    methods = (data.get("modes", {}).get("inflight") or {}).get("count_methods", {})
    return {
        "saved_tokens": s.get("saved_tokens"),
        "baseline_tokens": s.get("baseline_tokens"),
        "saved_pct": s.get("saved_pct"),
        "count_methods": sorted(methods),
        "possible_tokens": h.get("possible_tokens"),
        "saved_of_possible": h.get("saved_of_possible"),
        "accepted_baseline": nb.get("accepted_baseline"),
        "lost_good": len(lost),
        "lost_same_text": sum(1 for d in lost if d.get("same_outputs") is True),
        "gained": sum(1 for d in nb.get("differences", []) if d.get("accepted_by") == "inflight"),
        "loss_rate_bound": loss_bound(int(nb.get("accepted_baseline") or 0), len(lost)),
        # Set when the check gave no verdict, so the sentence says so as the table does (None: it gave one).
        "too_few": too_few(int(nb.get("accepted_baseline") or 0), len(lost))
        if nb.get("verdict") == "not enough data"
        else None,
    }
