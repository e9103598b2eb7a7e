"""How the numbers read: build ``report.json`` from a run directory's files alone (never from live state).

Because it reads only the directory, a report after a crash and resume still counts the tokens spent before the
crash, and ``mcrgen report DIR`` can rebuild it at any time.
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcrgen.accounting import Tally
from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import RunRows, read_json, read_run


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return round(s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))], 3)


@dataclass
class Spending:
    """The ledger summed: every request once, by stage, by the outcome of its row, and by status."""

    total: Tally = field(default_factory=Tally)
    by_stage: dict[str, Tally] = field(default_factory=dict)
    by_outcome: dict[str, Tally] = field(default_factory=dict)
    statuses: Counter[str] = field(default_factory=Counter)
    lags: list[float] = field(default_factory=list)

    @classmethod
    def of(cls, run: RunRows) -> Spending:
        out = cls()
        for outcome, u in run.requests():
            out.by_stage.setdefault(u.stage, Tally()).add(u)
            out.by_outcome.setdefault(outcome, Tally()).add(u)
            out.total.add(u)
            out.statuses[u.status] += 1
            if u.cancel_lag_ms is not None:
                out.lags.append(u.cancel_lag_ms)
        return out


def _rejection(row: dict[str, Any]) -> dict[str, Any]:
    rej = row.get("rejection")
    return rej if isinstance(rej, dict) else {}


def _funnel(run: RunRows, stage_names: list[str]) -> dict[str, int]:
    passed: Counter[str] = Counter()
    for row in run.accepted:
        passed.update(row.get("outputs", {}).keys())
    for row in run.rejected:
        failed_stage = _rejection(row).get("stage")
        passed.update(s for s in row.get("outputs", {}) if s != failed_stage)
    # An errors.jsonl id counts until a later session finishes it; its latest row says why it is open.
    open_kinds = Counter(run.open_ids().values())
    return {
        "attempted": len(run.accepted) + len(run.rejected),
        **{f"passed_{s}": passed.get(s, 0) for s in stage_names},
        "accepted": len(run.accepted),
        "rejected": len(run.rejected),
        "errors": open_kinds.get("error", 0),
        "interrupted": open_kinds.get("interrupted", 0),
    }


def _tokens(spent: Spending, accepted: int, prices: Any) -> dict[str, Any]:
    total = spent.total
    cost = (
        round((total.prompt_tokens * prices["prompt"] + total.completion_tokens * prices["completion"]) / 1e6, 6)
        if prices
        else None
    )
    return {
        "total": total.to_dict(),
        "by_stage": {k: v.to_dict() for k, v in spent.by_stage.items()},
        "by_outcome": {k: v.to_dict() for k, v in sorted(spent.by_outcome.items())},
        "per_accepted_sample": round(total.total_tokens / accepted, 1) if accepted else None,
        "completion_per_accepted_sample": round(total.completion_tokens / accepted, 1) if accepted else None,
        "count_methods": total.to_dict()["count_methods"],
        "cost": cost,
    }


def build_report(run_dir: Path, run: RunRows | None = None) -> dict[str, Any]:
    """The report of ``run_dir`` (pass ``run`` when it is already read). Token totals come from the ledger, where
    every request is once; each request is filed under the outcome of the row that holds it (``killed``: the
    process died before its sample's row was written)."""
    run = run if run is not None else read_run(run_dir)
    meta = run.meta.raw if run.meta is not None else {}
    spent = Spending.of(run)
    rejections: Counter[tuple[Any, Any, Any]] = Counter(
        (rej.get("stage"), rej.get("validator"), rej.get("reason")) for rej in map(_rejection, run.rejected)
    )
    phases: Counter[str] = Counter(str(_rejection(r).get("phase")) for r in run.rejected)
    sessions = run.meta.sessions if run.meta is not None else ()
    seconds = run.meta.seconds if run.meta is not None else 0.0
    funnel = _funnel(run, list(spent.by_stage))
    n_acc, attempted, lags = funnel["accepted"], funnel["attempted"], spent.lags
    tokens = _tokens(spent, n_acc, meta.get("price_per_million"))
    last = sessions[-1] if sessions else {}
    return {
        "recipe": meta.get("recipe"),
        "recipe_hash": meta.get("recipe_hash"),
        "mode": meta.get("mode"),
        "model": meta.get("model"),
        "sessions": len(sessions),
        "stop_reason": final_stop_reason(last.get("stop_reason"), tokens, last.get("budget_counted")),
        "funnel": funnel,
        "duplicate_rows_ignored": len(run.duplicates),  # an id's later verdict rows: the first one counts
        "yield": round(n_acc / attempted, 4) if attempted else None,
        "tokens": tokens,
        "requests_by_status": dict(sorted(spent.statuses.items())),
        "rejections": [
            {"stage": s, "validator": v, "reason": r, "count": c} for (s, v, r), c in rejections.most_common()
        ],
        "rejections_by_phase": dict(sorted(phases.items())),
        "cancel_lag_ms": {
            "count": len(lags),
            "p50": _pct(lags, 0.5),
            "p99": _pct(lags, 0.99),
            "mean": round(statistics.fmean(lags), 3) if lags else None,
        },
        "server_counters": server_counters(run),
        "dedup": _dedup(run_dir, spent.total.total_tokens),
        "wall_seconds": round(seconds, 3),
        "pairs_per_hour": round(n_acc / seconds * 3600, 1) if seconds > 0 else None,
    }


def final_stop_reason(reason: str | None, tokens: Mapping[str, Any], counted: Any = None) -> str | None:
    """The last session's stop reason, and for a token or cost budget the run's total as this report counts it.

    The budget decides when a request ends, so what it ``counted`` (run.json's ``budget_counted``, e.g.
    ``{"tokens": 100}``) leaves out the streams open at that moment; they are closed at once, and their tokens go on
    the ledger after the reason was written. Without this the reason read "100 tokens spent" above totals of 129."""
    if reason is None or not isinstance(counted, dict) or len(counted) != 1:
        return reason  # no spending budget stopped the last session (or a run.json from before stop 49)
    ((what, then),) = counted.items()
    if what == "tokens":
        total, shown, key = tokens.get("total", {}).get("total_tokens", 0), "{:d}", "tokens.total"
    elif what == "cost":
        total, shown, key = tokens.get("cost") or 0.0, "{:.4f}", "tokens.cost"
    else:
        return reason
    if (
        not isinstance(then, int | float)
        or not math.isfinite(then)
        or shown.format(total) == shown.format(type(total)(then))
    ):
        return reason  # nothing was open (e.g. a resume whose budget was already spent): one figure
    return f"{reason}; {shown.format(total)} in total ({key}) once the streams open at the stop were closed and counted"


EXACT_METHODS = frozenset({"reported", "server-counted"})
"""Count methods that are the server's own figure per request (not a local tokenizer's estimate)."""


def _session_ledgers(run: RunRows) -> dict[int, tuple[int, int, bool]]:
    """Per session: the ledger's prompt and completion tokens, and whether every count is the server's own."""
    sums: dict[int, tuple[int, int, bool]] = {}
    for spent in run.ledger:
        u = spent.usage
        p, c, exact = sums.get(spent.session, (0, 0, True))
        own = u.prompt_method in EXACT_METHODS and u.completion_method in EXACT_METHODS
        sums[spent.session] = (p + u.prompt_tokens, c + u.completion_tokens, exact and own)
    return sums


def _why_not_attributable(number: int, rec: Any, ledger: tuple[int, int, bool]) -> str | None:
    """Why session ``number``'s server reading cannot be set against its requests (None: it can)."""
    if not isinstance(rec, dict) or not all(
        isinstance(rec.get(k), int) and not isinstance(rec.get(k), bool) for k in ("prompt_tokens", "completion_tokens")
    ):
        return f"session {number} has no reading of the server's counters"
    prompt, completion, exact = ledger
    if rec.get("exclusive") is True:
        # mcrgen's own embedded server: nobody else's traffic to rule out, and llama.cpp's prompt counter leaves
        # out cached tokens, so only a reading taken before it finished decoding stands in the way.
        return None if rec.get("settled") is True else f"session {number}: the server was still decoding at the end"
    if not exact:
        return f"session {number}: some requests were counted by estimate, so they cannot be matched to the server's"
    if rec.get("settled") is not True:
        return f"session {number}: the server was still busy when the run ended (another client, or still decoding)"
    if rec["prompt_tokens"] != prompt:
        return (
            f"session {number}: the server counted {rec['prompt_tokens']} prompt tokens, this run's requests "
            f"{prompt}: another client used the server, or it restarted"
        )
    if rec["completion_tokens"] < completion:
        return f"session {number}: the server counted fewer completion tokens than this run's requests reported"
    return None


def server_counters(run: RunRows) -> dict[str, Any] | None:
    """The server's own counters over the run's sessions, set beside the ledger (see mcrgen.wire.metrics).

    ``attributable`` says whether the rise in the server's counters was this run's alone: the prompt tokens must
    match the ledger's exactly (every request's prompt is counted at admission, cancelled or not), unless the
    server is mcrgen's own embedded one. Then ``engine_overrun_tokens`` is the server's completion count minus the
    ledger's: on a shared server what the engine decoded that no stream delivered (steps after a hang-up); on the
    embedded server, whose cancelled streams are counted by tokenizing the delivered text, it may also hold the
    difference between the two counts, either sign.
    """
    sessions = run.meta.sessions if run.meta is not None else ()
    records = {n: s.get("server_counters") for n, s in enumerate(sessions, start=1)}
    if not any(isinstance(r, dict) for r in records.values()):
        return None
    ledgers = _session_ledgers(run)
    numbers = sorted(set(ledgers) | {n for n, r in records.items() if isinstance(r, dict)})
    why = [w for n in numbers if (w := _why_not_attributable(n, records.get(n), ledgers.get(n, (0, 0, True))))]
    counted = [r for r in records.values() if isinstance(r, dict)]
    prompt = sum(int(r.get("prompt_tokens") or 0) for r in counted)
    completion = sum(int(r.get("completion_tokens") or 0) for r in counted)
    ledger_completion = sum(ledgers.get(n, (0, 0, True))[1] for n in numbers)
    return {
        "server": next((str(r.get("server")) for r in counted), None),
        "source": next((str(r.get("source")) for r in counted), None),
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "attributable": not why,
        "why_not": why[0] if why else None,
        "engine_overrun_tokens": completion - ledger_completion if not why else None,
    }


def _dedup(run_dir: Path, total_tokens: int) -> dict[str, Any] | None:
    """Counts from dedup.json (written by mcrgen.rundir.dataset after the run); None before the first dedup pass."""
    d = read_json(run_dir / "dedup.json")
    if d is None:
        return None
    keys = ("input", "exact_duplicates", "near_duplicates", "kept")
    out: dict[str, Any] = {k: d.get(k) for k in keys}
    out["tokens_per_kept_sample"] = round(total_tokens / d["kept"], 1) if d.get("kept") else None
    return out


def write_report(run_dir: Path, run: RunRows | None = None) -> dict[str, Any]:
    report = build_report(run_dir, run)
    rundir.write_atomic(run_dir / rundir.REPORT, json.dumps(report, indent=2) + "\n")
    return report
