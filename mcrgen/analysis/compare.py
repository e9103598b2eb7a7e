"""Baseline vs in-flight on the same sample ids and seeds: run both, then measure what in-flight rejection changed.

``run_compare`` generates ``DIR/inflight`` and ``DIR/baseline`` against one endpoint (the embedded server is
started once for both). ``build_compare`` is a pure function of the two run directories: measured tokens and
throughput side by side, the no-bias check on the accepted ids, and the offline analyses of the baseline traces
(:mod:`mcrgen.analysis.offline`). ``mcrgen report DIR`` rebuilds the same dict at any time.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mcrgen.analysis import offline as compare_offline
from mcrgen.errors import McrgenError
from mcrgen.recipe.loader import Recipe, load_recipe
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import KILLED, RunRows, read_run
from mcrgen.rundir.report import build_report

COMPARE_JSON = "compare.json"
# In-flight runs first: if the endpoint caches prompt prefixes, the warm cache helps the baseline, so the measured
# speed-up errs on the conservative side.
MODES = (INFLIGHT, BASELINE)
OUTCOMES = ("accepted", "rejected_inflight", "rejected_after", "error", "interrupted", KILLED)


def is_compare_dir(path: Path) -> bool:
    return all((path / m / rundir.RUN).exists() for m in MODES)


def load_run_recipe(run_dir: Path) -> Recipe:
    """The recipe exactly as the run used it (flags and environment applied), for replaying its validators."""
    return load_recipe(run_dir / rundir.RESOLVED, environ={})


FAILED_ATTEMPT = ("error", "interrupted")
"""Usage statuses of attempts the runner retried: real spending, but noise when comparing modes."""


def _spent(row: Mapping[str, Any]) -> tuple[int, int]:
    usage = row.get("usage", [])
    return sum(int(u["prompt_tokens"]) for u in usage), sum(int(u["completion_tokens"]) for u in usage)


def _failed_attempts(row: Mapping[str, Any]) -> int:
    return sum(
        int(u["prompt_tokens"]) + int(u["completion_tokens"])
        for u in row.get("usage", [])
        if u.get("status") in FAILED_ATTEMPT
    )


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


def tokens_by_stage_outcome(run: RunRows) -> dict[str, dict[str, int]]:
    """{stage: {outcome: prompt+completion tokens}}, the data behind the stacked-bar plot (from the ledger)."""
    out: dict[str, dict[str, int]] = {}
    for outcome, u in run.requests():
        cell = out.setdefault(u.stage, dict.fromkeys(OUTCOMES, 0))
        cell[outcome] = cell.get(outcome, 0) + u.prompt_tokens + u.completion_tokens
    return out


def mode_summary(report: Mapping[str, Any], run: RunRows) -> dict[str, Any]:
    tok = report["tokens"]
    return {
        "attempted": report["funnel"]["attempted"],
        "accepted": report["funnel"]["accepted"],
        "errors": report["funnel"].get("errors", 0),
        "interrupted": report["funnel"].get("interrupted", 0),
        "yield": report["yield"],
        "prompt_tokens": tok["total"]["prompt_tokens"],
        "completion_tokens": tok["total"]["completion_tokens"],
        "total_tokens": tok["total"]["total_tokens"],
        "tokens_per_accepted": tok["per_accepted_sample"],
        "wall_seconds": report["wall_seconds"],
        "pairs_per_hour": report["pairs_per_hour"],
        "funnel": report["funnel"],
        "rejections": report["rejections"],
        "rejections_by_phase": report["rejections_by_phase"],
        "tokens_by_stage_outcome": tokens_by_stage_outcome(run),
        "count_methods": tok["count_methods"],
        "failed_attempt_tokens": sum(
            u.prompt_tokens + u.completion_tokens for _, u in run.requests() if u.status in FAILED_ATTEMPT
        ),
    }


def _verdicts(run: RunRows) -> dict[str, dict[str, Any]]:
    return {str(row["id"]): row for row in run.accepted + run.rejected}


def _same_outputs(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Did both runs produce the same text? A stream closed in flight only has to be a prefix of the other's."""
    oa, ob = a.get("outputs", {}), b.get("outputs", {})
    for stage in set(oa) & set(ob):
        x, y = oa[stage], ob[stage]
        if not (x == y or x.startswith(y) or y.startswith(x)):
            return False
    return True


def no_bias(base: Mapping[str, dict[str, Any]], infl: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """Overlap of the accepted id sets and every id the two runs judged differently, with who rejected it."""
    acc_b = {i for i, r in base.items() if r.get("outcome") == "accepted"}
    acc_i = {i for i, r in infl.items() if r.get("outcome") == "accepted"}
    union = acc_b | acc_i
    diffs = []
    for i in sorted(union - (acc_b & acc_i)):
        rej_row = infl.get(i) if i in acc_b else base.get(i)
        rejected_by = INFLIGHT if i in acc_b else BASELINE
        rej = (rej_row or {}).get("rejection") or {}
        both = i in base and i in infl
        diffs.append(
            {
                "id": i,
                "accepted_by": BASELINE if i in acc_b else INFLIGHT,
                "rejected_by": rejected_by,
                "stage": rej.get("stage"),
                "validator": rej.get("validator") if rej_row is not None else "missing (no verdict in this run)",
                "reason": rej.get("reason"),
                "phase": rej.get("phase"),
                "same_outputs": _same_outputs(base[i], infl[i]) if both else None,
            }
        )
    return {
        "accepted_baseline": len(acc_b),
        "accepted_inflight": len(acc_i),
        "accepted_both": len(acc_b & acc_i),
        "jaccard": round(len(acc_b & acc_i) / len(union), 4) if union else 1.0,
        "identical": acc_b == acc_i,
        "differences": diffs,
        "by_validator": dict(Counter(str(d["validator"]) for d in diffs)),
    }


def savings(base: Mapping[str, dict[str, Any]], infl: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """Measured tokens saved, over the ids both runs finished (a sample errored in one run would skew totals)."""
    ids = sorted(set(base) & set(infl))
    b = [_spent(base[i]) for i in ids]
    n = [_spent(infl[i]) for i in ids]
    bt, nt = sum(p + c for p, c in b), sum(p + c for p, c in n)
    bc, nc = sum(c for _, c in b), sum(c for _, c in n)
    retries = sum(_failed_attempts(base[i]) - _failed_attempts(infl[i]) for i in ids)
    differ = [i for i in ids if not _same_outputs(base[i], infl[i])]
    return {
        "ids_compared": len(ids),
        "ids_only_baseline": sorted(set(base) - set(infl)),
        "ids_only_inflight": sorted(set(infl) - set(base)),
        "baseline_tokens": bt,
        "inflight_tokens": nt,
        "saved_tokens": bt - nt,
        "saved_pct": _pct(bt - nt, bt),
        "saved_completion_tokens": bc - nc,
        "saved_completion_pct": _pct(bc - nc, bc),
        # Retried attempts differ between runs by chance (timeouts, dropped connections), not by mode.
        "saved_tokens_without_retries": bt - nt - retries,
        "ids_with_different_outputs": differ,
    }


def _stats(values: Sequence[float]) -> dict[str, Any]:
    if not values:
        return {"mean": None, "median": None}
    return {"mean": round(statistics.fmean(values), 2), "median": round(float(statistics.median(values)), 2)}


def proxies(row: Mapping[str, Any], recipe: Recipe) -> dict[str, int | None]:
    """Length and difficulty proxies of one sample: problem words, computation lines, solution tokens."""
    names = [s.name for s in recipe.stages]
    prob = "problem" if "problem" in names else names[0]
    sol = "solution" if "solution" in names else names[-1]
    outputs = row.get("outputs", {})
    usage = {u["stage"]: u for u in row.get("usage", [])}  # the last attempt of each stage wins
    problem, solution = outputs.get(prob), outputs.get(sol)
    return {
        "problem_words": len(problem.split()) if problem is not None else None,
        "computation_steps": sum(1 for ln in solution.splitlines() if "=" in ln) if solution is not None else None,
        "solution_tokens": int(usage[sol]["completion_tokens"]) if sol in usage else None,
    }


def kept_vs_killed(
    groups: Mapping[str, Iterable[str]], rows: Mapping[str, Mapping[str, Any]], recipe: Recipe
) -> dict[str, Any]:
    """Proxies per group of ids, read from ``rows`` (pass the baseline's: a killed stream's text is a prefix)."""
    out: dict[str, Any] = {}
    for name, ids in groups.items():
        vals = [proxies(rows[i], recipe) for i in sorted(ids) if i in rows]
        entry: dict[str, Any] = {"n": len(vals)}
        for k in ("problem_words", "computation_steps", "solution_tokens"):
            entry[k] = _stats([x for v in vals if (x := v[k]) is not None])
        out[name] = entry
    return out


def build_compare(baseline_dir: Path, inflight_dir: Path, *, draws: int = 200) -> dict[str, Any]:
    rows_b, rows_i = read_run(baseline_dir), read_run(inflight_dir)
    rep_b, rep_i = build_report(baseline_dir, rows_b), build_report(inflight_dir, rows_i)
    vb, vi = _verdicts(rows_b), _verdicts(rows_i)
    saved = savings(vb, vi)
    data: dict[str, Any] = {
        "kind": "compare",
        "recipe": rep_b.get("recipe") or rep_i.get("recipe"),
        "model": rep_i.get("model") or rep_b.get("model"),
        "same_recipe": rep_b.get("recipe_hash") == rep_i.get("recipe_hash"),
        "dirs": {BASELINE: str(baseline_dir), INFLIGHT: str(inflight_dir)},
        "modes": {BASELINE: mode_summary(rep_b, rows_b), INFLIGHT: mode_summary(rep_i, rows_i)},
        "savings": saved,
        "no_bias": no_bias(vb, vi),
    }
    try:
        recipe = load_run_recipe(baseline_dir)
    except McrgenError as exc:
        # The analyses replay the recipe's validators; without them the measured figures still stand.
        data["offline_error"] = f"offline analyses skipped: {exc}"
        return data
    offline = compare_offline.analyse_baseline(recipe, rows_b.accepted + rows_b.rejected, draws=draws)
    h = offline["hindsight"]
    # Against retry-free savings: the oracle never pays for a retry either, so retries would inflate the ratio.
    h["saved_tokens"] = saved["saved_tokens_without_retries"]
    h["saved_of_possible"] = round(h["saved_tokens"] / h["possible_tokens"], 4) if h["possible_tokens"] else None
    groups = {
        "kept": [i for i, r in vi.items() if r.get("outcome") == "accepted"],
        "killed_inflight": [i for i, r in vi.items() if r.get("outcome") == "rejected_inflight"],
        "rejected_after": [i for i, r in vi.items() if r.get("outcome") == "rejected_after"],
    }
    # Proxies come from the baseline's finished texts where they exist: a killed stream's text is only a prefix.
    data.update(offline)
    data["kept_vs_killed"] = kept_vs_killed(groups, {**vi, **vb}, recipe)
    return data


def build_single(run_dir: Path, *, draws: int = 200) -> dict[str, Any]:
    """A single run directory: its report, plus the offline analyses when it is a baseline run."""
    rows = read_run(run_dir)
    rep = build_report(run_dir, rows)
    data: dict[str, Any] = {
        "kind": "run",
        "recipe": rep.get("recipe"),
        "model": rep.get("model"),
        "dirs": {str(rep.get("mode")): str(run_dir)},
        "report": rep,
        "modes": {str(rep.get("mode")): mode_summary(rep, rows)},
    }
    if rep.get("mode") != BASELINE:
        return data
    try:
        recipe = load_run_recipe(run_dir)
    except McrgenError as exc:
        data["offline_error"] = f"offline analyses skipped: {exc}"
        return data
    base_rows = rows.accepted + rows.rejected
    data.update(compare_offline.analyse_baseline(recipe, base_rows, draws=draws))
    samples = compare_offline.load_samples(recipe, base_rows)
    by_id = {str(r["id"]): r for r in base_rows}
    data["kept_vs_killed"] = kept_vs_killed(compare_offline.simulated_groups(samples, recipe), by_id, recipe)
    return data
