"""How the numbers read: build ``report.json`` from a run directory's files alone (never from live state).

Because it reads only the directory, a report after a crash and resume still counts the tokens spent before the
crash, and ``mcrgen report DIR`` can rebuild it at any time.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from mcrgen.accounting import RequestUsage, Tally
from mcrgen.rundir import files as rundir


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return round(s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))], 3)


def build_report(run_dir: Path) -> dict[str, Any]:
    meta = rundir.load_meta(run_dir) or {}
    accepted = rundir.read_jsonl(run_dir / rundir.ACCEPTED)
    rejected = rundir.read_jsonl(run_dir / rundir.REJECTED)
    errors = rundir.read_jsonl(run_dir / rundir.ERRORS)

    by_stage: dict[str, Tally] = {}
    by_outcome: dict[str, Tally] = {}
    total = Tally()
    lags: list[float] = []
    statuses: Counter[str] = Counter()
    for outcome, rows in (("accepted", accepted), ("rejected", rejected), ("error", errors)):
        for row in rows:
            # errors.jsonl rows say "error" (endpoint kept failing) or "interrupted" (stop, Ctrl-C): both cost tokens.
            key = row.get("outcome", outcome)
            for u in map(RequestUsage.from_dict, row.get("usage", [])):
                by_stage.setdefault(u.stage, Tally()).add(u)
                by_outcome.setdefault(key, Tally()).add(u)
                total.add(u)
                statuses[u.status] += 1
                if u.cancel_lag_ms is not None:
                    lags.append(u.cancel_lag_ms)

    stage_names: list[str] = list(by_stage)
    passed: Counter[str] = Counter()
    for row in accepted:
        passed.update(row["outputs"].keys())
    for row in rejected:
        failed_stage = row["rejection"]["stage"]
        passed.update(s for s in row["outputs"] if s != failed_stage)
    rejections: Counter[tuple[str, str, str]] = Counter(
        (r["rejection"]["stage"], r["rejection"]["validator"], r["rejection"]["reason"]) for r in rejected
    )
    phases: Counter[str] = Counter(r["rejection"]["phase"] for r in rejected)

    sessions = meta.get("sessions", [])
    seconds = sum(float(s.get("seconds", 0.0)) for s in sessions)
    n_acc = len(accepted)
    attempted = len(accepted) + len(rejected)
    # An errors.jsonl id counts until a later session finishes it; its latest row says why it is open.
    finished = {r["id"] for r in accepted} | {r["id"] for r in rejected}
    still_open = {r["id"]: r.get("outcome", "error") for r in errors if r["id"] not in finished}
    open_kinds = Counter(still_open.values())
    prices = meta.get("price_per_million")
    cost = (
        round((total.prompt_tokens * prices["prompt"] + total.completion_tokens * prices["completion"]) / 1e6, 6)
        if prices
        else None
    )
    return {
        "recipe": meta.get("recipe"),
        "recipe_hash": meta.get("recipe_hash"),
        "mode": meta.get("mode"),
        "model": meta.get("model"),
        "sessions": len(sessions),
        "stop_reason": sessions[-1].get("stop_reason") if sessions else None,
        "funnel": {
            "attempted": attempted,
            **{f"passed_{s}": passed.get(s, 0) for s in stage_names},
            "accepted": n_acc,
            "rejected": len(rejected),
            "errors": open_kinds.get("error", 0),
            "interrupted": open_kinds.get("interrupted", 0),
        },
        "yield": round(n_acc / attempted, 4) if attempted else None,
        "tokens": {
            "total": total.to_dict(),
            "by_stage": {k: v.to_dict() for k, v in by_stage.items()},
            "by_outcome": {k: v.to_dict() for k, v in sorted(by_outcome.items())},
            "per_accepted_sample": round(total.total_tokens / n_acc, 1) if n_acc else None,
            "completion_per_accepted_sample": round(total.completion_tokens / n_acc, 1) if n_acc else None,
            "count_methods": total.to_dict()["count_methods"],
            "cost": cost,
        },
        "requests_by_status": dict(sorted(statuses.items())),
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
        "dedup": _dedup(run_dir, total.total_tokens),
        "wall_seconds": round(seconds, 3),
        "pairs_per_hour": round(n_acc / seconds * 3600, 1) if seconds > 0 else None,
    }


def _dedup(run_dir: Path, total_tokens: int) -> dict[str, Any] | None:
    """Counts from dedup.json (written by mcrgen.rundir.dataset after the run); None before the first dedup pass."""
    path = run_dir / "dedup.json"
    if not path.exists():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    keys = ("input", "exact_duplicates", "near_duplicates", "kept")
    out: dict[str, Any] = {k: d.get(k) for k in keys}
    out["tokens_per_kept_sample"] = round(total_tokens / d["kept"], 1) if d.get("kept") else None
    return out


def write_report(run_dir: Path) -> dict[str, Any]:
    report = build_report(run_dir)
    rundir.write_atomic(run_dir / rundir.REPORT, json.dumps(report, indent=2) + "\n")
    return report
