"""Offline audit: run a recipe's gates over existing samples the way a live stream would see them.

Each text is fed in small random chunks (1-4 chars by default, like tokens), cut at statement boundaries with
the engine's own checkpoint scheduler (:mod:`mcrgen.engine.checking`), and every prefix-safe validator runs
at each new boundary; then every validator runs once on the complete text. Validators are audited
independently (each keeps going until *it* fires), so one gate's verdict does not hide another's; the report
also says which gate would have killed each sample first and how much text that would have saved.

On known-good data (gold solutions) every firing is a false positive; on deliberately broken data, the
position of each firing tells how early the fault is caught.
"""

from __future__ import annotations

import json
import random
import re
import statistics
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcrgen.analysis.audit_fields import FIELD_PRESETS as FIELD_PRESETS
from mcrgen.analysis.audit_fields import guess_fields, stage_texts, value_kind
from mcrgen.analysis.audit_tokens import TokenEnds, token_ends_for, tokens_at
from mcrgen.engine.checking import Checker, Checkpoints, chunk_trace
from mcrgen.validators import BoundValidator

AuditResult = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Firing:
    """One validator's first rejection of one text."""

    validator: str
    reason: str
    at: int | None
    """Offset of the fault, as the validator reported it."""
    seen_at: int
    """Length of the text when the verdict came: the checkpoint (in flight) or the full length (final)."""
    phase: str
    """``inflight`` or ``final``."""
    tokens: int
    """Tokens delivered when the verdict came."""
    detail: str = ""


def chunk_ends(length: int, rng: random.Random, lo: int = 1, hi: int = 4) -> Iterator[int]:
    """Ends of consecutive chunks of ``lo``..``hi`` chars covering ``length`` chars."""
    pos = 0
    while pos < length:
        pos = min(length, pos + rng.randint(lo, hi))
        yield pos


def stream_check(
    validators: Sequence[BoundValidator],
    text: str,
    *,
    stage: str,
    ends: Iterable[int],
    inputs: Mapping[str, str] | None = None,
    answer_format: str = "gsm8k",
    expected_tokens: int | None = None,
    token_ends: Sequence[int] | None = None,
) -> dict[str, Firing]:
    """Feed ``text`` chunk by chunk (``ends`` = cumulative chunk ends) through the engine's own checkpoint
    scheduler (:class:`~mcrgen.engine.checking.Checkpoints`, continuous); return each validator's first firing by
    name (validators that never fire are absent). Each validator gets a checker of its own, so one gate's verdict
    does not hide another's; each sees exactly the prefixes it would see live.

    Tokens delivered: with ``token_ends`` (where each real token of ``text`` ends, see
    :mod:`~mcrgen.analysis.audit_tokens`) the tokens needed to show each chunk end, so token counts do not depend
    on the chunking; without, each chunk is one token."""
    trace = chunk_trace(list(ends))
    if token_ends is not None:
        trace = [(chars, tokens_at(token_ends, chars)) for chars, _ in trace]
    fired: dict[str, Firing] = {}
    for v in validators:
        checker = Checker.of(stage, [v], dict(inputs or {}), answer_format, expected_tokens)
        points = Checkpoints(checker, "continuous")
        before = 0
        tokens = 0
        for chars, tokens in trace:
            rej = points.after_chunk(text[:chars], before, tokens) if v.prefix_safe else None
            before = chars
            if rej is not None:
                fired[v.name] = Firing(
                    v.name, rej.reason, _reported_at(checker), checker.checked, "inflight", tokens, rej.detail
                )
                break
        else:
            tokens = len(token_ends) if token_ends is not None else tokens
            rej = checker.check_final(text, tokens)
            if rej is not None:
                fired[v.name] = Firing(
                    v.name, rej.reason, _reported_at(checker), len(text), "final", tokens, rej.detail
                )
    return fired


def _reported_at(checker: Checker) -> int | None:
    return checker.last_fail.at if checker.last_fail is not None else None


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _statement(text: str, at: int | None) -> str:
    """The line holding the fault; at the end of the text (a gate on the finished text), its last non-blank line."""
    if at is None or not 0 <= at <= len(text):
        return ""
    if not text[at:].strip():
        at = len(text[:at].rstrip())
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    return text[s : e if e >= 0 else len(text)][:200]


def audit(
    stages: Mapping[str, Sequence[BoundValidator]],
    samples: Iterable[Mapping[str, Any]],
    *,
    fields: Mapping[str, str] | None = None,
    answer_format: str = "gsm8k",
    chunk: tuple[int, int] = (1, 4),
    seed: int = 0,
    expected_tokens: Mapping[str, int] | None = None,
    max_examples: int = 5,
    keep_firings: bool = False,
    token_ends: tuple[str, TokenEnds] | None = None,
    max_chars: Mapping[str, int] | None = None,
) -> AuditResult:
    """Audit ``stages`` (stage name -> bound validators, in generation order) over ``samples``.

    ``fields`` maps stage names to row fields (default: guessed from the first row, see :data:`FIELD_PRESETS`);
    earlier stages' texts are passed as ``ctx.inputs`` to later ones. A text longer than ``max_chars`` of its stage
    (what a stream asked for its ``max_tokens`` may deliver) is not checked: no run could produce it. Chunk sizes
    are drawn from ``chunk`` with ``random.Random(seed)``, so an audit is reproducible. Token counts are real ones:
    ``token_ends`` is ``(method, text -> where each token ends)``, by default the engine's own local count (the
    shipped tiktoken encoding, see :func:`~mcrgen.analysis.audit_tokens.token_ends_for`). Returns a JSON-able dict::

        {"samples": n, "answer_format": ..., "fields": {...}, "chunk": [lo, hi], "seed": s, "tokens": method,
         "stages": {stage: {"checked": n, "rejected": k, "rejected_rate": k/n,
                            "chars": total, "chars_after_first_kill": saved,
                            "first_kill": {validator: count},
                            "validators": {name: {"prefix_safe": bool, "fired": k, "rate": k/n,
                                                  "inflight": k1, "final": k2, "reasons": {reason: count},
                                                  "fraction_seen": {"mean": f, "median": f},
                                                  "examples": [{"sample": i, "reason": ..., "at": offset,
                                                                "seen_at": offset, "fraction": f,
                                                                "phase": ..., "detail": ..., "statement": ...}]}}}},
         "firings": [{"sample": i, "stage": ..., "validator": ..., ...}]   # only with keep_firings
        }
    """
    rng = random.Random(seed)
    lo, hi = chunk
    method, tokenize = token_ends if token_ends is not None else token_ends_for()
    tally = _Tally.for_stages(stages, max_examples=max_examples, keep_firings=keep_firings)
    n = 0
    for idx, row in enumerate(samples):
        n += 1
        if fields is None:  # from the first row (see audit_fields): every row of a file has the same columns
            fields = guess_fields(list(stages), [row])
            if not fields:
                raise ValueError(f"cannot guess the field mapping from keys {sorted(row)}; pass fields=")
        inputs: dict[str, str] = {}
        for name, vals, text in stage_texts(stages, row, fields, tally.skip, max_chars or {}):
            fired = stream_check(
                vals,
                text,
                stage=name,
                ends=chunk_ends(len(text), rng, lo, hi),
                inputs=inputs,
                answer_format=answer_format,
                expected_tokens=(expected_tokens or {}).get(name),
                token_ends=tokenize(text),
            )
            inputs[name] = text  # later stages see this text as ctx.inputs, as they would in a live chain
            tally.add(idx, name, text, fired)
    result: AuditResult = {
        "samples": n,
        "answer_format": answer_format,
        "fields": dict(fields or {}),
        "chunk": [lo, hi],
        "seed": seed,
        "tokens": method,
        "stages": tally.finish(fields or {}),
    }
    if keep_firings:
        result["firings"] = tally.firings
    return result


def _first_kill(fired: Mapping[str, Firing]) -> Firing:
    """The verdict a live run would have acted on: the earliest one; at the same length, an in-flight verdict
    comes before the check of the finished text."""
    return min(fired.values(), key=lambda f: (f.seen_at, 0 if f.phase == "inflight" else 1))


def _empty_stage(vals: Sequence[BoundValidator]) -> dict[str, Any]:
    return {
        "checked": 0,
        "rejected": 0,
        "chars": 0,
        "chars_after_first_kill": 0,
        "first_kill": {},
        "validators": {
            v.name: {"prefix_safe": v.prefix_safe, "fired": 0, "inflight": 0, "final": 0, "reasons": {}, "examples": []}
            for v in vals
        },
    }


@dataclass(slots=True)
class _Tally:
    """The audit's counts, built up text by text; :meth:`finish` adds the rates once every sample is seen."""

    per_stage: dict[str, dict[str, Any]]
    max_examples: int
    keep_firings: bool
    fractions: dict[tuple[str, str], list[float]] = field(default_factory=dict)
    """Per (stage, validator): the share of each text seen when it fired, for the mean and median."""
    firings: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per stage: how many rows held no text in its column, by what they held instead."""

    @classmethod
    def for_stages(
        cls, stages: Mapping[str, Sequence[BoundValidator]], *, max_examples: int, keep_firings: bool
    ) -> _Tally:
        return cls({name: _empty_stage(vals) for name, vals in stages.items()}, max_examples, keep_firings)

    def skip(self, stage: str, value: Any) -> None:
        kinds, kind = self.skipped.setdefault(stage, {}), value_kind(value)
        kinds[kind] = kinds.get(kind, 0) + 1

    def add(self, idx: int, stage: str, text: str, fired: Mapping[str, Firing]) -> None:
        """Count one checked text of sample ``idx`` and every validator that fired on it."""
        st = self.per_stage[stage]
        st["checked"] += 1
        st["chars"] += len(text)
        if not fired:
            return
        st["rejected"] += 1
        first = _first_kill(fired)
        st["first_kill"][first.validator] = st["first_kill"].get(first.validator, 0) + 1
        if first.phase == "inflight":  # a verdict on the finished text saves nothing: it was all generated
            st["chars_after_first_kill"] += len(text) - first.seen_at
        for f in fired.values():
            self._add_firing(idx, stage, text, f)

    def _add_firing(self, idx: int, stage: str, text: str, f: Firing) -> None:
        vs = self.per_stage[stage]["validators"][f.validator]
        vs["fired"] += 1
        vs[f.phase] += 1
        vs["reasons"][f.reason] = vs["reasons"].get(f.reason, 0) + 1
        frac = round(f.seen_at / len(text), 4) if text else 1.0
        self.fractions.setdefault((stage, f.validator), []).append(frac)
        record = {
            "sample": idx,
            "reason": f.reason,
            "at": f.at,
            "seen_at": f.seen_at,
            "fraction": frac,
            "phase": f.phase,
            "detail": f.detail,
            "statement": _statement(text, f.at if f.at is not None else f.seen_at),  # unplaced: where it was seen
        }
        if len(vs["examples"]) < self.max_examples:
            vs["examples"].append(record)
        if self.keep_firings:
            self.firings.append({"stage": stage, "validator": f.validator, **record})

    def finish(self, fields: Mapping[str, str]) -> dict[str, dict[str, Any]]:
        """The per-stage counts with their rates over the texts checked. A stage never checked has no rates (None)
        and a ``not_checked`` reason: 0 of 0 is not a clean audit."""
        for name, st in self.per_stage.items():
            checked = st["checked"]
            st["rejected_rate"] = round(st["rejected"] / checked, 5) if checked else None
            for vname, vs in st["validators"].items():
                vs["rate"] = round(vs["fired"] / checked, 5) if checked else None
                vs["fraction_seen"] = _mean_and_median(self.fractions.get((name, vname), []))
            skipped = dict(sorted(self.skipped.get(name, {}).items()))
            if skipped and checked:
                st["skipped"] = skipped
            if not checked and name in fields:
                held = [kind for kind in skipped if kind != "nothing"]
                also = f" ({', '.join(f'{skipped[k]} hold {k}' for k in held)})" if held else ""
                st["not_checked"] = f"no sample has text in column {fields[name]!r}{also}"
            elif not checked:
                st["not_checked"] = f"no column holds this stage's text (map one with --field {name}=COLUMN)"
        return self.per_stage


def _mean_and_median(fractions: Sequence[float]) -> dict[str, float] | None:
    if not fractions:
        return None
    return {"mean": round(statistics.fmean(fractions), 4), "median": round(statistics.median(fractions), 4)}


# --- Deliberate faults, to measure what the gates catch ---------------------------------------------------

_ANNOTATED = re.compile(r"<<([^<>\n]*?)=(-?[\d.]+)>>(\$?)(-?[\d,]*\.?\d+)")
_FINAL = re.compile(r"####[ \t]*(-?[\d,]*\.?\d+)")


@dataclass(frozen=True, slots=True)
class Corruption:
    text: str
    kind: str
    """``computation`` (one stated result changed) or ``final_answer``."""
    line_start: int
    line_end: int
    """The corrupted line is ``text[line_start:line_end]``: a gate should fire there, not later."""
    before: str
    after: str


def _wrong(value: float, rng: random.Random) -> float:
    # Plausible slips: off by one or two, a dropped or extra zero, a doubled or halved result.
    for _ in range(20):
        cand = rng.choice([value + 1, value - 1, value + 2, value - 2, value + 10, value * 10, value * 2])
        if cand != value and cand >= 0:
            return cand
    return value + 1


def _format_like(value: float, like: str) -> str:
    decimals = len(like.split(".")[1]) if "." in like else 0
    out = f"{value:,.{decimals}f}" if "," in like else f"{value:.{decimals}f}"
    return out


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def corrupt_gsm8k(text: str, rng: random.Random, kind: str = "computation") -> Corruption | None:
    """A deterministic (seeded) fault in a GSM8K-style solution: ``computation`` changes one annotated result
    (``48/2 = <<48/2=24>>24`` becomes ``<<48/2=25>>25``, the way a model slips), ``final_answer`` changes the
    ``#### n`` line. None when the text has nothing of that kind."""
    if kind == "computation":
        found = list(_ANNOTATED.finditer(text))
        if not found:
            return None
        m = rng.choice(found)
        new = _wrong(float(m.group(2)), rng)
        ann = _format_like(new, m.group(2))
        shown = _format_like(new, m.group(4))
        repl = f"<<{m.group(1)}={ann}>>{m.group(3)}{shown}"
        out = text[: m.start()] + repl + text[m.end() :]
        s, e = _line_bounds(out, m.start())
        return Corruption(out, kind, s, e, m.group(0), repl)
    fin = _FINAL.search(text)
    if fin is None:
        return None
    new = _wrong(float(fin.group(1).replace(",", "")), rng)
    repl = "#### " + _format_like(new, fin.group(1))
    out = text[: fin.start()] + repl + text[fin.end() :]
    s, e = _line_bounds(out, fin.start())
    return Corruption(out, kind, s, e, fin.group(0), repl)
