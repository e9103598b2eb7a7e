"""What a baseline run's traces say about in-flight checking, computed offline without generating anything again.

A baseline run streams every stage to its end and records ``(chars, tokens)`` after each chunk. Feeding prefixes
of the recorded text through a fresh :class:`~mcrgen.engine.checking.Checker` at the points a policy would have checked
reproduces what an in-flight run with that policy would have decided, and at which token. From that:

* hindsight: the tokens an oracle stopping each stream at its first visible fault would have saved;
* shadow audit: the in-flight gates against the verdict of the same validators on the *finished* text;
* checkpoint sweep: continuous checking vs checks at fractions of the expected length;
* random null: discarding as many samples at the same stages, at random;
* kept vs killed: which samples the recipe policy would keep or kill (the proxies are in mcrgen.analysis.compare).

Definitions are spelled out in docs/compare.md. Everything here is a pure function of rows and the recipe.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mcrgen.analysis.counting import SERVER, Counting
from mcrgen.engine.checking import Checker, Policy, Rejection, check_chunks, stage_policy
from mcrgen.recipe.loader import Recipe, Stage

SWEEP: tuple[tuple[str, Policy], ...] = (
    ("none", "final"),
    ("0.3", (0.3,)),
    ("0.5", (0.5,)),
    ("0.8", (0.8,)),
    ("continuous", "continuous"),
)
TRUNCATED = "truncated"


@dataclass(slots=True)
class StageRecord:
    """One generated stage of one baseline sample."""

    stage: Stage
    text: str
    trace: list[tuple[int, int]]
    prompt: int
    completion: int
    status: str
    finish_reason: str | None
    inputs: dict[str, str]
    retried: int = 0
    """Tokens of earlier attempts of this stage that failed on the transport (the runner retried them)."""
    trace_counted: bool = False
    """Trace positions are the server's own running count (it counted on every chunk), in ``completion``'s unit."""
    verdict: Rejection | None = None
    """Verdict of all the stage's validators on the finished text (``truncated`` if it did not finish)."""

    @property
    def cost(self) -> int:
        return self.retried + self.prompt + self.completion

    def tokens_at(self, at_token: int | None) -> int:
        """Completion tokens spent up to a trace position, in the unit of ``completion``.

        A server-counted trace is already in that unit and is never rescaled: vLLM counts the end-of-sequence token,
        which carries no text, so its last trace position is one short of ``completion`` and scaling would cut one
        token late. Other traces count chunks while ``completion`` is a tokenizer count: scaling by the trace's
        last position keeps oracle and sweep figures in the unit of the measured totals.
        """
        at = int(at_token or 0)
        last = self.trace[-1][1] if self.trace else 0
        if not self.trace_counted and last > 0 and last != self.completion:
            at = round(at * self.completion / last)
        return min(at, self.completion)


@dataclass(slots=True)
class Sample:
    id: str
    outcome: str
    """As recorded by the baseline run."""
    stages: list[StageRecord]
    fault: dict[str, Any] | None
    row: dict[str, Any] = field(repr=False)

    @property
    def spent(self) -> int:
        return sum(s.cost for s in self.stages)


def final_verdict(rec: StageRecord, answer_format: str) -> Rejection | None:
    if rec.status == TRUNCATED:
        return Rejection(rec.stage.name, TRUNCATED, rec.finish_reason or "truncated", "", len(rec.text), rec.completion)
    return Checker(rec.stage, rec.inputs, answer_format).check_final(rec.text, rec.completion)


def load_samples(recipe: Recipe, rows: Iterable[dict[str, Any]], counting: Counting | None = None) -> list[Sample]:
    """Baseline rows (accepted + rejected, never errors) -> samples with their finished-text verdicts.

    ``counting`` picks which counts of each request are used (a comparison's one method); default: as recorded.
    """
    counting = counting or Counting(None)
    out: list[Sample] = []
    for row in rows:
        attempts: dict[str, list[dict[str, Any]]] = {}
        for u in row.get("usage", []):
            attempts.setdefault(u["stage"], []).append(u)
        traces = row.get("traces", {})
        inputs: dict[str, str] = {}
        recs: list[StageRecord] = []
        for stage in recipe.stages:
            if stage.name not in row["outputs"] or stage.name not in attempts:
                break
            # The last attempt is the stream whose text and trace were kept; earlier ones failed on the wire.
            *failed, u = attempts[stage.name]
            text = row["outputs"][stage.name]
            prompt, completion = counting.counts(u)
            rec = StageRecord(
                stage=stage,
                text=text,
                trace=[(int(c), int(t)) for c, t in traces.get(stage.name, [])],
                prompt=prompt,
                completion=completion,
                status=str(u.get("status", "finished")),
                finish_reason=u.get("finish_reason"),
                inputs=dict(inputs),
                retried=sum(counting.total(f) for f in failed),
                trace_counted=bool(u.get("streamed_counts")) and counting.method in (None, SERVER),
            )
            rec.verdict = final_verdict(rec, recipe.answer_format)
            recs.append(rec)
            inputs[stage.name] = text.strip()
        faults = row.get("faults") or {}
        first = next((faults[s.name] for s in recipe.stages if s.name in faults), None)
        out.append(Sample(str(row["id"]), str(row.get("outcome", "accepted")), recs, first, row))
    return sorted(out, key=lambda s: s.id)


def gate(rec: StageRecord, policy: Policy, answer_format: str) -> Rejection | None:
    """Where the stage's in-flight gates would have closed the stream under ``policy`` (the live scheduler's own
    decision, replayed over the recorded chunks by :func:`mcrgen.engine.checking.check_chunks`)."""
    if not rec.stage.inflight or policy == "final":
        return None
    return check_chunks(rec.stage, rec.inputs, answer_format, rec.text, rec.trace, policy)


@dataclass(slots=True)
class Outcome:
    kind: str
    """accepted | killed (closed in flight) | rejected_after | unknown (a stage baseline never generated)"""
    spent: int
    stage: str | None = None
    validator: str | None = None
    at_token: int | None = None
    fraction: float | None = None
    """Killed: share of the stage's full completion that had been generated."""
    good: bool = False
    """Killed: the killed stage's finished text passes (a good stage output lost)."""


def simulate(sample: Sample, policy: Policy | None, recipe: Recipe) -> Outcome:
    """One sample's fate under ``policy`` (``None``: the recipe's own) on every stage the recipe watches."""
    spent = 0
    for i, stage in enumerate(recipe.stages):
        if i >= len(sample.stages):
            return Outcome("unknown", spent, stage.name)
        rec = sample.stages[i]
        rej = gate(rec, stage_policy(stage, policy), recipe.answer_format)
        if rej is not None:
            at = rec.tokens_at(rej.at_token)
            frac = at / rec.completion if rec.completion else 0.0
            return Outcome(
                "killed",
                spent + rec.retried + rec.prompt + at,
                stage.name,
                rej.validator,
                at,
                frac,
                rec.verdict is None,
            )
        spent += rec.cost
        if rec.verdict is not None:
            return Outcome("rejected_after", spent, stage.name, rec.verdict.validator)
    return Outcome("accepted", spent)


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def hindsight(samples: Sequence[Sample], answer_format: str) -> dict[str, Any]:
    """Per eventually-rejected sample: what stopping at the first token its fault was visible would have cost.

    The fault is the row's recorded ``faults`` entry. Run directories written before the engine recorded faults of
    truncated baseline streams have none for those, so the same continuous replay is run here.
    """
    per: list[dict[str, Any]] = []
    for s in samples:
        if s.outcome == "accepted":
            continue
        f, source = s.fault, "recorded"
        if f is None:
            found = next((r for r in (gate(rec, "continuous", answer_format) for rec in s.stages) if r), None)
            f, source = (found.to_dict() if found else None), "replayed"
        rec = next((r for r in s.stages if f is not None and r.stage.name == f["stage"]), None)
        if f is None or rec is None:
            per.append({"id": s.id, "spent": s.spent, "oracle": s.spent, "possible": 0, "fault": None})
            continue
        before = sum(r.cost for r in s.stages[: s.stages.index(rec)])
        oracle = before + rec.retried + rec.prompt + rec.tokens_at(f["at_token"])
        fault = {k: f[k] for k in ("stage", "validator", "reason", "at_token")} | {"source": source}
        per.append({"id": s.id, "spent": s.spent, "oracle": oracle, "possible": s.spent - oracle, "fault": fault})
    total = sum(s.spent for s in samples)
    possible = sum(p["possible"] for p in per)
    return {
        "baseline_tokens": total,
        "possible_tokens": possible,
        "possible_pct": _pct(possible, total),
        "samples": per,
    }


def _rates(c: Counter[str]) -> dict[str, Any]:
    keys = ("good", "bad", "tp", "fp", "fn")
    return {k: c[k] for k in keys} | {"fp_rate": _rate(c["fp"], c["good"]), "fn_rate": _rate(c["fn"], c["bad"])}


def shadow_audit(samples: Sequence[Sample], recipe: Recipe) -> dict[str, Any]:
    """The recipe's gates vs the finished-text verdict, over every stage output the baseline generated.

    A firing is attributed to the validator that closed the stream; a miss (FN) to the validator that rejects
    the finished text first, in recipe order (``truncated`` when the stream did not finish).
    """
    per_stage: dict[str, Counter[str]] = {s.name: Counter() for s in recipe.stages}
    per_val: dict[tuple[str, str], Counter[str]] = {
        (s.name, v.name): Counter() for s in recipe.stages for v in s.validators
    }
    cases: list[dict[str, Any]] = []
    for s in samples:
        for rec in s.stages:
            st = rec.stage.name
            fired = gate(rec, stage_policy(rec.stage, None), recipe.answer_format)
            bad = rec.verdict
            per_stage[st]["good" if bad is None else "bad"] += 1
            if bad is not None:
                per_val.setdefault((st, bad.validator), Counter())["rejects_final"] += 1
            if fired is not None:
                key, kind = (st, fired.validator), ("fp" if bad is None else "tp")
                per_val.setdefault(key, Counter()).update(["fired", kind])
            elif bad is not None:
                key, kind = (st, bad.validator), "fn"
                per_val[key][kind] += 1
            else:
                continue
            per_stage[st][kind] += 1
            if kind != "tp":
                cases.append({"id": s.id, "stage": st, "kind": kind.upper(), "validator": key[1]})
    validators = []
    for (st, name), c in per_val.items():
        validators.append(
            {
                "stage": st,
                "validator": name,
                "fired": c["fired"],
                "tp": c["tp"],
                "fp": c["fp"],
                "fp_rate": _rate(c["fp"], per_stage[st]["good"]),
                "rejects_final": c["rejects_final"],
                "fn": c["fn"],
                "fn_rate": _rate(c["fn"], c["rejects_final"]),
            }
        )
    return {
        "policy": {s.name: _policy_name(stage_policy(s, None)) for s in recipe.stages},
        "overall": _rates(sum(per_stage.values(), Counter())),
        "by_stage": {k: _rates(v) for k, v in per_stage.items()},
        "by_validator": validators,
        "cases": cases,
    }


def _policy_name(p: Policy) -> str:
    return p if isinstance(p, str) else "[" + ", ".join(f"{f:g}" for f in p) + "]"


def sweep(samples: Sequence[Sample], recipe: Recipe) -> list[dict[str, Any]]:
    """Each policy replayed over the baseline: tokens it would have spent and saved, good outputs it would lose."""
    total = sum(s.spent for s in samples)
    out = []
    for name, policy in SWEEP:
        outs = [simulate(s, policy, recipe) for s in samples]
        spent = sum(o.spent for o in outs)
        kinds = Counter(o.kind for o in outs)
        out.append(
            {
                "policy": name,
                "tokens": spent,
                "saved": total - spent,
                "saved_pct": _pct(total - spent, total),
                "killed": kinds["killed"],
                "bad_caught": sum(1 for o in outs if o.kind == "killed" and not o.good),
                "good_lost": sum(1 for o in outs if o.kind == "killed" and o.good),
                "accepted": kinds["accepted"],
                "unknown": kinds["unknown"],
            }
        )
    return out


def random_null(samples: Sequence[Sample], recipe: Recipe, *, draws: int = 200, seed: int = 0) -> dict[str, Any]:
    """The recipe's gates vs discarding as many samples, at the same stages and fractions, at random."""
    total = sum(s.spent for s in samples)
    ref = [simulate(s, None, recipe) for s in samples]
    kills: dict[str, list[float]] = {st.name: [] for st in recipe.stages}
    for o in ref:
        if o.kind == "killed" and o.stage is not None and o.fraction is not None:
            kills[o.stage].append(o.fraction)
    rng = random.Random(seed)
    saved: list[int] = []
    kept: list[int] = []
    for _ in range(draws):
        alive = list(samples)
        spent = 0
        for i, stage in enumerate(recipe.stages):
            # Samples that stopped earlier were counted at their last stage; "unknown" ones simply drop out.
            reached = [s for s in alive if i < len(s.stages)]
            fracs = list(kills[stage.name])
            rng.shuffle(fracs)
            cut = dict(zip(rng.sample(range(len(reached)), min(len(fracs), len(reached))), fracs, strict=False))
            alive = []
            for j, s in enumerate(reached):
                rec = s.stages[i]
                if j in cut:
                    spent += rec.retried + rec.prompt + round(cut[j] * rec.completion)
                    continue
                spent += rec.cost
                if rec.verdict is None:
                    alive.append(s)
        saved.append(total - spent)
        kept.append(len(alive))
    ref_saved = total - sum(o.spent for o in ref)
    mean_saved = statistics.fmean(saved) if saved else 0.0
    return {
        "draws": draws,
        "seed": seed,
        "discarded_per_stage": {k: len(v) for k, v in kills.items()},
        "gates": {
            "saved": ref_saved,
            "saved_pct": _pct(ref_saved, total),
            "kept": sum(o.kind == "accepted" for o in ref),
        },
        "random": {
            "saved": round(mean_saved, 1),
            "saved_pct": _pct(mean_saved, total),
            "kept": round(statistics.fmean(kept), 3) if kept else 0.0,
            "kept_min": min(kept, default=0),
            "kept_max": max(kept, default=0),
        },
    }


def simulated_groups(samples: Sequence[Sample], recipe: Recipe) -> dict[str, list[str]]:
    """Baseline samples grouped by what the recipe's own in-flight policy would have done with them."""
    groups: dict[str, list[str]] = {"kept": [], "killed_inflight": [], "rejected_after": []}
    for s in samples:
        o = simulate(s, None, recipe)
        key = {"accepted": "kept", "killed": "killed_inflight"}.get(o.kind, "rejected_after")
        groups[key].append(s.id)
    return groups


def analyse_baseline(
    recipe: Recipe, rows: Iterable[dict[str, Any]], *, draws: int = 200, counting: Counting | None = None
) -> dict[str, Any]:
    samples = load_samples(recipe, rows, counting)
    return {
        "samples": len(samples),
        "hindsight": hindsight(samples, recipe.answer_format),
        "shadow_audit": shadow_audit(samples, recipe),
        "checkpoint_sweep": sweep(samples, recipe),
        "random_null": random_null(samples, recipe, draws=draws, seed=recipe.seed),
    }
