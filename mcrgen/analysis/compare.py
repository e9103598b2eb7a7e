"""Baseline vs in-flight on the same sample ids and seeds: run both, then measure what in-flight rejection changed.

``run_compare`` generates ``DIR/inflight`` and ``DIR/baseline`` against one endpoint (the embedded server is
started once for both). ``build_compare`` is a pure function of the two run directories: measured tokens and
throughput side by side, the no-bias check on the accepted ids, and the offline analyses of the baseline traces
(:mod:`mcrgen.analysis.offline`). ``mcrgen report DIR`` rebuilds the same dict at any time.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from mcrgen.analysis import nobias
from mcrgen.analysis import offline as compare_offline
from mcrgen.analysis.counting import Counting, choose
from mcrgen.errors import McrgenError
from mcrgen.recipe.loader import Recipe, load_recipe
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import KILLED, RunRows, read_json, read_run
from mcrgen.rundir.report import build_report

COMPARE_JSON = "compare.json"
ORDER_JSON = "run_order.json"
MODES = (INFLIGHT, BASELINE)
OUTCOMES = ("accepted", "rejected_inflight", "rejected_after", "error", "interrupted", KILLED)


def is_compare_dir(path: Path) -> bool:
    return all((path / m / rundir.RUN).exists() for m in MODES)


def load_run_recipe(run_dir: Path) -> Recipe:
    """The recipe exactly as the run used it (flags and environment applied), for replaying its validators. Its
    relative paths (inputs, seeds) and plug-ins are found in the recipe's own folder, which run.json records."""
    folder = (read_json(run_dir / rundir.RUN) or {}).get("recipe_dir")
    base = Path(folder) if isinstance(folder, str) and Path(folder).is_dir() else None
    return load_recipe(run_dir / rundir.RESOLVED, environ={}, folder=base)


FAILED_ATTEMPT = ("error", "interrupted")
"""Usage statuses of attempts the runner retried: real spending, but noise when comparing modes."""


def _spent(row: Mapping[str, Any], counting: Counting) -> tuple[int, int]:
    counts = [counting.counts(u) for u in row.get("usage", [])]
    return sum(p for p, _ in counts), sum(c for _, c in counts)


def _failed_attempts(row: Mapping[str, Any], counting: Counting) -> int:
    return sum(counting.total(u) for u in row.get("usage", []) if u.get("status") in FAILED_ATTEMPT)


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


def ledger(run: RunRows) -> list[tuple[str, dict[str, Any]]]:
    """Every request of the run once (the ledger), as (outcome of its sample, usage record)."""
    return [(outcome, u.to_dict()) for outcome, u in run.requests()]


def tokens_by_stage_outcome(run: RunRows, counting: Counting) -> dict[str, dict[str, int]]:
    """{stage: {outcome: prompt+completion tokens}}, the data behind the stacked-bar plot (from the ledger)."""
    out: dict[str, dict[str, int]] = {}
    for outcome, u in ledger(run):
        cell = out.setdefault(u["stage"], dict.fromkeys(OUTCOMES, 0))
        cell[outcome] = cell.get(outcome, 0) + counting.total(u)
    return out


def engine_work(usages: Sequence[Mapping[str, Any]], counting: Counting, seconds: float) -> dict[str, Any]:
    """What the engine computed: prompt tokens it did not find in its prefix cache, plus completion tokens.

    Unknown (None) unless the server reported cached tokens for every request: a second run over the same prompts
    finds them cached, so wall time alone favours whichever mode ran second.
    """
    counts = [counting.counts(u) for u in usages]
    prompt, completion = sum(p for p, _ in counts), sum(c for _, c in counts)
    reported = [u for u in usages if u.get("cached_tokens") is not None]
    cached = sum(int(u["cached_tokens"]) for u in reported)
    computed = prompt - cached + completion if usages and len(reported) == len(usages) else None
    return {
        "requests": len(usages),
        "cached_reported_requests": len(reported),
        "cached_prompt_tokens": cached if reported else None,
        "cached_share_of_prompt": round(cached / prompt, 4) if reported and prompt else None,
        "computed_tokens": computed,
        "computed_tokens_per_second": round(computed / seconds, 1) if computed is not None and seconds else None,
    }


def mode_summary(report: Mapping[str, Any], run: RunRows, counting: Counting | None = None) -> dict[str, Any]:
    """One run's figures, token totals counted by ``counting`` (the comparison's one method)."""
    counting = counting or Counting(None)
    tok = report["tokens"]
    usages = [u for _, u in ledger(run)]
    counts = [counting.counts(u) for u in usages]
    prompt, completion = sum(p for p, _ in counts), sum(c for _, c in counts)
    accepted = report["funnel"]["accepted"]
    return {
        "attempted": report["funnel"]["attempted"],
        "accepted": accepted,
        "errors": report["funnel"].get("errors", 0),
        "interrupted": report["funnel"].get("interrupted", 0),
        "yield": report["yield"],
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "tokens_per_accepted": round((prompt + completion) / accepted, 1) if accepted else None,
        "as_recorded": {k: tok["total"][k] for k in ("prompt_tokens", "completion_tokens", "total_tokens")},
        "wall_seconds": report["wall_seconds"],
        "pairs_per_hour": report["pairs_per_hour"],
        "engine": engine_work(usages, counting, float(report["wall_seconds"] or 0.0)),
        "funnel": report["funnel"],
        "rejections": report["rejections"],
        "rejections_by_phase": report["rejections_by_phase"],
        "tokens_by_stage_outcome": tokens_by_stage_outcome(run, counting),
        "count_methods": tok["count_methods"],
        "failed_attempt_tokens": sum(counting.total(u) for u in usages if u.get("status") in FAILED_ATTEMPT),
    }


def _verdicts(run: RunRows) -> dict[str, dict[str, Any]]:
    return {str(row["id"]): row for row in run.accepted + run.rejected}


def diverged_ids(base: Mapping[str, dict[str, Any]], infl: Mapping[str, dict[str, Any]]) -> dict[str, str]:
    """{id: first stage} of the ids whose texts differ between the runs for a reason other than cancellation."""
    out = {}
    for i in sorted(set(base) & set(infl)):
        stage = nobias.diverged_stage(base[i], infl[i])
        if stage is not None:
            out[i] = stage
    return out


def _totals(ids: Iterable[str], rows: Mapping[str, dict[str, Any]], counting: Counting) -> tuple[int, int, int]:
    """(prompt + completion, completion, failed-attempt tokens) over ``ids``."""
    spent = [_spent(rows[i], counting) for i in ids]
    failed = sum(_failed_attempts(rows[i], counting) for i in ids)
    return sum(p + c for p, c in spent), sum(c for _, c in spent), failed


def savings(
    base: Mapping[str, dict[str, Any]],
    infl: Mapping[str, dict[str, Any]],
    counting: Counting | None = None,
    diverged: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Tokens saved over the ids both runs finished with the same texts (up to the in-flight cut), counted one way.

    Ids whose texts diverged (nondeterministic serving) are left out and reported apart: their difference is
    sampling, not in-flight checking. With no single counting method, nothing is subtracted.
    """
    counting = counting or Counting(None)
    diverged = diverged or {}
    both = sorted(set(base) & set(infl))
    ids = [i for i in both if i not in diverged]
    bt, bc, bf = _totals(ids, base, counting)
    nt, nc, nf = _totals(ids, infl, counting)
    dbt, _, _ = _totals(diverged, base, counting)
    dnt, _, _ = _totals(diverged, infl, counting)
    comparable = counting.method is not None
    return {
        "counting": counting.to_dict(),
        "ids_compared": len(ids),
        "ids_only_baseline": sorted(set(base) - set(infl)),
        "ids_only_inflight": sorted(set(infl) - set(base)),
        "baseline_tokens": bt,
        "inflight_tokens": nt,
        "saved_tokens": bt - nt if comparable else None,
        "saved_pct": _pct(bt - nt, bt) if comparable else None,
        "saved_completion_tokens": bc - nc if comparable else None,
        "saved_completion_pct": _pct(bc - nc, bc) if comparable else None,
        # Retried attempts differ between runs by chance (timeouts, dropped connections), not by mode.
        "saved_tokens_without_retries": bt - nt - (bf - nf) if comparable else None,
        "ids_with_different_outputs": sorted(diverged),
        "diverged": {
            "ids": len(diverged),
            "baseline_tokens": dbt,
            "inflight_tokens": dnt,
            "difference_tokens": dbt - dnt if comparable else None,
        },
    }


def server_counted(
    rep_b: Mapping[str, Any], rep_i: Mapping[str, Any], saved: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The saving as the server's own counters show it (``/metrics``, read around each run), when both runs have a
    reading that was theirs alone; None when neither server exposes counters.

    It covers every request of each run, so it matches the per-request saving only when both runs finished the
    same ids with the same texts (``same_scope``). The per-request count of a cancelled stream stops at the last
    usage chunk received; ``engine_overrun_tokens`` is what each engine decoded beyond that.
    """
    sb, si = rep_b.get("server_counters"), rep_i.get("server_counters")
    if not isinstance(sb, dict) and not isinstance(si, dict):
        return None
    for mode, sc in ((BASELINE, sb), (INFLIGHT, si)):
        if not isinstance(sc, dict) or not sc.get("attributable"):
            why = sc.get("why_not") if isinstance(sc, dict) else "no reading of the server's counters"
            return {"available": False, "why_not": f"{mode} run: {why}"}
    assert isinstance(sb, dict) and isinstance(si, dict)
    completion = int(sb["completion_tokens"]) - int(si["completion_tokens"])
    prompt = int(sb["prompt_tokens"]) - int(si["prompt_tokens"])
    base_total = int(sb["completion_tokens"]) + int(sb["prompt_tokens"])
    return {
        "available": True,
        "server": si.get("server"),
        "saved_tokens": completion + prompt,
        "saved_pct": _pct(completion + prompt, base_total),
        "saved_completion_tokens": completion,
        "saved_prompt_tokens": prompt,
        "engine_overrun_tokens": {BASELINE: sb["engine_overrun_tokens"], INFLIGHT: si["engine_overrun_tokens"]},
        "same_scope": not (saved["ids_only_baseline"] or saved["ids_only_inflight"] or saved["diverged"]["ids"]),
    }


def _stats(values: Sequence[float]) -> dict[str, Any]:
    if not values:
        return {"mean": None, "median": None}
    return {"mean": round(statistics.fmean(values), 2), "median": round(float(statistics.median(values)), 2)}


def proxies(row: Mapping[str, Any], recipe: Recipe, counting: Counting | None = None) -> dict[str, float | None]:
    """Length, answer and difficulty proxies of one sample: problem words, computation lines, solution tokens (as
    ``counting`` counts them) and the numeric answer where there is one."""
    names = [s.name for s in recipe.stages]
    prob = "problem" if "problem" in names else names[0]
    sol = "solution" if "solution" in names else names[-1]
    outputs = row.get("outputs", {})
    usage = {u["stage"]: u for u in row.get("usage", [])}  # the last attempt of each stage wins
    problem, solution = outputs.get(prob), outputs.get(sol)
    answer = row.get("answer_value")
    return {
        "problem_words": len(problem.split()) if problem is not None else None,
        "computation_steps": sum(1 for ln in solution.splitlines() if "=" in ln) if solution is not None else None,
        "solution_tokens": (counting or Counting(None)).counts(usage[sol])[1] if sol in usage else None,
        "answer_value": float(answer) if isinstance(answer, int | float) and math.isfinite(answer) else None,
    }


def kept_vs_killed(
    groups: Mapping[str, Iterable[str]],
    rows: Mapping[str, Mapping[str, Any]],
    recipe: Recipe,
    counting: Counting | None = None,
) -> dict[str, Any]:
    """Proxies per group of ids, read from ``rows`` (pass the baseline's: a killed stream's text is a prefix)."""
    out: dict[str, Any] = {}
    for name, ids in groups.items():
        vals = [proxies(rows[i], recipe, counting) for i in sorted(ids) if i in rows]
        entry: dict[str, Any] = {"n": len(vals)}
        for k in ("problem_words", "computation_steps", "solution_tokens"):
            entry[k] = _stats([x for v in vals if (x := v[k]) is not None])
        out[name] = entry
    return out


def run_order(compare_dir: Path) -> list[dict[str, Any]] | None:
    """The blocks of ids in the order ``run_compare`` ran them (written by it; absent for older comparisons)."""
    path = compare_dir / ORDER_JSON
    return list(json.loads(path.read_text())) if path.exists() else None


def headline(data: Mapping[str, Any]) -> dict[str, Any]:
    """The few figures a reader needs first, each with what qualifies it (the verdict box of compare.html)."""
    s, nb, h = data["savings"], data["no_bias"], data.get("hindsight") or {}
    modes = data["modes"]
    return {
        "saved_tokens": s["saved_tokens"],
        "saved_pct": s["saved_pct"],
        "saved_completion_tokens": s["saved_completion_tokens"],
        "server_counted_saved_tokens": (s.get("server_counted") or {}).get("saved_tokens"),
        "counting_method": s["counting"]["method"],
        "counting": s["counting"]["label"],
        "ids_compared": s["ids_compared"],
        "ids_diverged": s["diverged"]["ids"],
        "share_of_hindsight_limit": h.get("saved_of_possible"),
        "no_bias_verdict": nb["verdict"],
        "no_bias_test": nb["test"],
        "no_bias_power": nb["power"],
        "wall_seconds": {m: modes[m]["wall_seconds"] for m in MODES},
        "computed_tokens": {m: modes[m]["engine"]["computed_tokens"] for m in MODES},
        "cached_share_of_prompt": {m: modes[m]["engine"]["cached_share_of_prompt"] for m in MODES},
        "run_order": "alternating blocks" if data.get("run_order") else "in-flight first, then baseline",
    }


def _sample_proxies(recipe: Recipe | None, counting: Counting) -> nobias.Proxies:
    if recipe is None:
        return lambda row: {}
    return lambda row: proxies(row, recipe, counting)


def build_compare(baseline_dir: Path, inflight_dir: Path, *, draws: int = 200) -> dict[str, Any]:
    rows_b, rows_i = read_run(baseline_dir), read_run(inflight_dir)
    rep_b, rep_i = build_report(baseline_dir, rows_b), build_report(inflight_dir, rows_i)
    vb, vi = _verdicts(rows_b), _verdicts(rows_i)
    counting = choose(u for run in (rows_b, rows_i) for _, u in ledger(run))
    diverged = diverged_ids(vb, vi)
    recipe: Recipe | None = None
    offline_error: str | None = None
    try:
        recipe = load_run_recipe(baseline_dir)
    except McrgenError as exc:
        # The analyses replay the recipe's validators; without them the measured figures still stand.
        offline_error = f"offline analyses skipped: {exc}"
    saved = savings(vb, vi, counting, diverged)
    saved["server_counted"] = server_counted(rep_b, rep_i, saved)
    data: dict[str, Any] = {
        "kind": "compare",
        "recipe": rep_b.get("recipe") or rep_i.get("recipe"),
        "model": rep_i.get("model") or rep_b.get("model"),
        "same_recipe": rep_b.get("recipe_hash") == rep_i.get("recipe_hash"),
        "dirs": {BASELINE: str(baseline_dir), INFLIGHT: str(inflight_dir)},
        "counting": counting.to_dict(),
        "modes": {BASELINE: mode_summary(rep_b, rows_b, counting), INFLIGHT: mode_summary(rep_i, rows_i, counting)},
        "run_order": run_order(baseline_dir.parent),
        "savings": saved,
        "no_bias": nobias.no_bias(vb, vi, diverged, _sample_proxies(recipe, counting)),
    }
    if recipe is None:
        data["offline_error"] = offline_error
        data["headline"] = headline(data)
        return data
    # The oracle sees exactly the ids the measured saving covers: both runs finished them with the same texts.
    same = set(vb) & set(vi) - set(diverged)
    base_rows = [r for r in rows_b.accepted + rows_b.rejected if str(r["id"]) in same]
    offline = compare_offline.analyse_baseline(recipe, base_rows, draws=draws, counting=counting)
    h = offline["hindsight"]
    # Against retry-free savings: the oracle never pays for a retry either, so retries would inflate the ratio.
    h["saved_tokens"] = saved["saved_tokens_without_retries"]
    possible = h["possible_tokens"]
    h["saved_of_possible"] = (
        round(h["saved_tokens"] / possible, 4) if possible and h["saved_tokens"] is not None else None
    )
    groups = {
        "kept": [i for i, r in vi.items() if r.get("outcome") == "accepted"],
        "killed_inflight": [i for i, r in vi.items() if r.get("outcome") == "rejected_inflight"],
        "rejected_after": [i for i, r in vi.items() if r.get("outcome") == "rejected_after"],
    }
    # Proxies come from the baseline's finished texts where they exist: a killed stream's text is only a prefix.
    data.update(offline)
    data["kept_vs_killed"] = kept_vs_killed(groups, {**vi, **vb}, recipe, counting)
    data["headline"] = headline(data)
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
