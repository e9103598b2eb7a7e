"""Does in-flight rejection change *which* samples are kept? The no-bias check, reported as a test with its power.

Two regimes:

* **Deterministic serving** (every id got the same text in both runs, up to where in-flight closed the stream):
  each sample meets the same validators on the same text, so the accepted sets must be *identical*; any id judged
  differently is listed. The test is exact, but says little about a handful of samples: below ``MIN_ACCEPTED``
  accepted per side the verdict is "not enough data", never "identical" (two empty sets prove nothing).
* **Nondeterministic serving** (some ids got different texts: batching changes logits, even greedy): the sets
  cannot match id by id. Those ids are listed apart, and the accepted samples of the two runs are compared as
  samples of one distribution: acceptance rates with 95% confidence intervals, and length, answer and difficulty
  proxies with Welch intervals and Kolmogorov-Smirnov tests. Each figure carries the smallest difference it could
  have detected (80% power at the 5% level), so "no difference found" can be read for what it is worth.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from mcrgen.analysis.digest import MIN_ACCEPTED as MIN_ACCEPTED  # one number for the check and its wording
from mcrgen.analysis.digest import too_few
from mcrgen.recipe.values import BASELINE, INFLIGHT

Z95 = 1.959964
Z80 = 0.841621  # one-sided quantile for 80% power
NOT_ENOUGH = "not enough data"


def diverged_stage(base: Mapping[str, Any], infl: Mapping[str, Any]) -> str | None:
    """The first stage whose texts differ for a reason other than cancellation, else None.

    In flight, a stage closed by a validator must be a prefix of the baseline's text; any other stage must be equal.
    """
    ob, oi = base.get("outputs", {}), infl.get("outputs", {})
    rej = infl.get("rejection") or {}
    cut = rej.get("stage") if infl.get("outcome") == "rejected_inflight" else None
    for stage, text in oi.items():
        if stage not in ob or text == ob[stage]:
            continue
        if stage == cut and ob[stage].startswith(text):
            continue
        return str(stage)
    return None


def wilson(k: int, n: int) -> tuple[float, float] | None:
    if n == 0:
        return None
    p, z2 = k / n, Z95 * Z95
    mid = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = Z95 * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, mid - half), min(1.0, mid + half)


def rate_test(k_b: int, n_b: int, k_i: int, n_i: int) -> dict[str, Any]:
    """Acceptance rates per run, the difference (in-flight minus baseline) with a 95% interval (Newcombe's, from
    the Wilson intervals), a two-proportion z-test, and the smallest difference detectable with 80% power."""
    out: dict[str, Any] = {BASELINE: {"accepted": k_b, "of": n_b}, INFLIGHT: {"accepted": k_i, "of": n_i}}
    cb, ci = wilson(k_b, n_b), wilson(k_i, n_i)
    if cb is None or ci is None:
        return out | {"difference": None, "ci95": None, "p_value": None, "detectable": None}
    for mode, k, n, c in ((BASELINE, k_b, n_b, cb), (INFLIGHT, k_i, n_i, ci)):
        out[mode] |= {"rate": round(k / n, 4), "ci95": [round(c[0], 4), round(c[1], 4)]}
    pb, pi = k_b / n_b, k_i / n_i
    d = pi - pb
    lo = d - math.sqrt((pi - ci[0]) ** 2 + (cb[1] - pb) ** 2)
    hi = d + math.sqrt((ci[1] - pi) ** 2 + (pb - cb[0]) ** 2)
    pooled = (k_b + k_i) / (n_b + n_i)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_b + 1 / n_i))
    p_value = 1.0 if se == 0 else math.erfc(abs(d) / se / math.sqrt(2))
    return out | {
        "difference": round(d, 4),
        "ci95": [round(lo, 4), round(hi, 4)],
        "p_value": round(p_value, 4),
        "detectable": round((Z95 + Z80) * se, 4),
    }


def ks_p_value(d: float, n1: int, n2: int) -> float:
    """Asymptotic two-sided p-value of the two-sample Kolmogorov-Smirnov statistic (Stephens' small-n correction)."""
    ne = n1 * n2 / (n1 + n2)
    lam = (math.sqrt(ne) + 0.12 + 0.11 / math.sqrt(ne)) * d
    if lam < 1e-3:
        return 1.0
    total = sum((1.0 if j % 2 else -1.0) * math.exp(-2 * j * j * lam * lam) for j in range(1, 101))
    return max(0.0, min(1.0, 2 * total))


def ks_statistic(a: Sequence[float], b: Sequence[float]) -> float:
    xs, ys = sorted(a), sorted(b)
    i = j = 0
    d = 0.0
    while i < len(xs) and j < len(ys):
        x = min(xs[i], ys[j])
        while i < len(xs) and xs[i] == x:
            i += 1
        while j < len(ys) and ys[j] == x:
            j += 1
        d = max(d, abs(i / len(xs) - j / len(ys)))
    return d


def distribution_test(base: Sequence[float], infl: Sequence[float]) -> dict[str, Any]:
    """Means with a Welch 95% interval on their difference, the KS test, and the detectable mean difference."""
    out: dict[str, Any] = {"n": {BASELINE: len(base), INFLIGHT: len(infl)}}
    if len(base) < 2 or len(infl) < 2:
        return out | {"difference": None, "ci95": None, "ks": None, "p_value": None, "detectable": None}
    mb, mi = statistics.fmean(base), statistics.fmean(infl)
    se = math.sqrt(statistics.variance(base) / len(base) + statistics.variance(infl) / len(infl))
    d = ks_statistic(base, infl)
    return out | {
        "mean": {BASELINE: round(mb, 3), INFLIGHT: round(mi, 3)},
        "difference": round(mi - mb, 3),
        "ci95": [round(mi - mb - Z95 * se, 3), round(mi - mb + Z95 * se, 3)],
        "ks": round(d, 4),
        "p_value": round(ks_p_value(d, len(base), len(infl)), 4),
        "detectable": round((Z95 + Z80) * se, 3),
    }


Proxies = Callable[[Mapping[str, Any]], Mapping[str, float | None]]


def statistical(
    rows_b: Sequence[Mapping[str, Any]], rows_i: Sequence[Mapping[str, Any]], proxies: Proxies
) -> dict[str, Any]:
    """All samples with a verdict in each run: acceptance rate, then the accepted samples' proxy distributions.

    A difference is flagged when a test's p-value is below 5% divided by the number of tests (Bonferroni).
    """
    acc_b = [r for r in rows_b if r.get("outcome") == "accepted"]
    acc_i = [r for r in rows_i if r.get("outcome") == "accepted"]
    tests: dict[str, Any] = {"acceptance": rate_test(len(acc_b), len(rows_b), len(acc_i), len(rows_i))}
    names = sorted({k for r in acc_b + acc_i for k in proxies(r)})
    for name in names:
        vb = [float(x) for r in acc_b if (x := proxies(r).get(name)) is not None]
        vi = [float(x) for r in acc_i if (x := proxies(r).get(name)) is not None]
        tests[name] = distribution_test(vb, vi)
    ps = [t["p_value"] for t in tests.values() if t.get("p_value") is not None]
    level = 0.05 / len(ps) if ps else 0.05
    flagged = sorted(k for k, t in tests.items() if t.get("p_value") is not None and t["p_value"] < level)
    return {"tests": tests, "level": round(level, 5), "flagged": flagged}


def _differences(
    base: Mapping[str, Mapping[str, Any]], infl: Mapping[str, Mapping[str, Any]], acc_b: set[str], acc_i: set[str]
) -> list[dict[str, Any]]:
    diffs = []
    for i in sorted((acc_b | acc_i) - (acc_b & acc_i)):
        rej_row = infl.get(i) if i in acc_b else base.get(i)
        rej = (rej_row or {}).get("rejection") or {}
        diffs.append(
            {
                "id": i,
                "accepted_by": BASELINE if i in acc_b else INFLIGHT,
                "rejected_by": INFLIGHT if i in acc_b else BASELINE,
                "stage": rej.get("stage"),
                "validator": rej.get("validator") if rej_row is not None else "missing (no verdict in this run)",
                "reason": rej.get("reason"),
                "phase": rej.get("phase"),
                "same_outputs": True,  # only ids whose texts matched are compared id by id
            }
        )
    return diffs


def no_bias(
    base: Mapping[str, Mapping[str, Any]],
    infl: Mapping[str, Mapping[str, Any]],
    diverged: Mapping[str, str],
    proxies: Proxies,
) -> dict[str, Any]:
    """The verdict, the exact id-by-id comparison on the ids whose texts matched, and, when some did not, the
    statistical comparison of everything each run accepted."""
    same = (set(base) & set(infl)) - set(diverged)
    acc_b = {i for i in same if base[i].get("outcome") == "accepted"}
    acc_i = {i for i in same if infl[i].get("outcome") == "accepted"}
    union = acc_b | acc_i
    diffs = _differences(base, infl, acc_b, acc_i)
    out: dict[str, Any] = {
        "deterministic": not diverged,
        "ids_checked": len(same),
        "accepted_baseline": len(acc_b),
        "accepted_inflight": len(acc_i),
        "accepted_both": len(acc_b & acc_i),
        "jaccard": round(len(acc_b & acc_i) / len(union), 4) if union else None,
        "differences": diffs,
        "by_validator": dict(Counter(str(d["validator"]) for d in diffs)),
        "diverged": [{"id": i, "stage": s} for i, s in sorted(diverged.items())],
    }
    enough = min(len(acc_b), len(acc_i)) >= MIN_ACCEPTED
    out["identical"] = (acc_b == acc_i) if enough else None
    if not diverged:
        out["test"] = "exact"
        out["verdict"] = NOT_ENOUGH if not enough else "identical" if acc_b == acc_i else "differ"
        out["power"] = (
            f"exact on {len(same)} ids: with deterministic serving any id judged differently is listed"
            if enough
            else too_few(len(acc_b), _lost(diffs))
        )
        return out
    stat = statistical(list(base.values()), list(infl.values()), proxies)
    acc = stat["tests"]["acceptance"]
    out["test"] = "statistical"
    out["statistical"] = stat
    n_b, n_i = acc[BASELINE]["accepted"], acc[INFLIGHT]["accepted"]
    if min(n_b, n_i) < MIN_ACCEPTED:
        out["verdict"] = NOT_ENOUGH
    else:
        out["verdict"] = "differ" if stat["flagged"] else "no detectable difference"
    out["power"] = (
        f"acceptance rates: a difference of {acc['detectable']} or more would be detected with 80% power"
        if acc.get("detectable") is not None
        else too_few(len(acc_b), _lost(diffs))
    )
    return out


def _lost(diffs: Sequence[Mapping[str, Any]]) -> int:
    """Good samples in-flight checking lost: accepted by the baseline only, on the same text."""
    return sum(1 for d in diffs if d["accepted_by"] == BASELINE)
