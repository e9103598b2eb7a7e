"""CPU cost of in-flight checking per streamed chunk, and how it grows with the solution's length.

Replays the engine's loop offline: text arrives in chunks of ``--chunk`` chars (about one token), after each
chunk the checkpoint cutter runs (statement ends and settled results), and at each new checkpoint every
prefix-safe solution gate runs;
at the end every gate runs once on the whole text. Solutions of growing length are built by concatenating
GSM8K gold solutions (tests/data), so the text is realistic. Reports CPU time (``time.process_time``, so
other processes on a noisy machine count less), the median of ``--runs`` runs; "segment" is the bare loop
(slicing, the statement cutter) that any engine pays anyway.

    python scripts/bench_validators.py                 # table: all gates together, and the bare loop
    python scripts/bench_validators.py --breakdown     # plus each gate alone (its cost over the bare loop)
    python scripts/bench_validators.py --json          # machine-readable
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from mcrgen.analysis.audit import load_jsonl
from mcrgen.validators import BoundValidator, CheckContext, bind
from mcrgen.validators.segment import complete_prefix_end

GATES = [
    "hallucination_phrases",
    "answer_marker",
    "arithmetic",
    "magnitude",
    "unexpected_negative",
    "runaway_length",
    "repetition",
    "final_answer",
]
DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gsm8k" / "test.jsonl"


def build_texts(rows: list[dict[str, str]], length: int, count: int) -> list[tuple[str, str]]:
    """``count`` (problem, solution) pairs whose solution is about ``length`` chars of gold reasoning."""
    out = []
    i = 0
    for _ in range(count):
        problem = rows[i % len(rows)]["question"]
        body = []
        size = 0
        while size < length:
            steps = rows[i % len(rows)]["answer"].rsplit("\n####", 1)[0]
            body.append(steps)
            size += len(steps) + 1
            i += 1
        out.append((problem, "\n".join(body) + "\n#### 7"))
    return out


def stream(vals: list[BoundValidator], problem: str, text: str, chunk: int) -> int:
    """One engine-like pass over ``text``; returns the number of chunks."""
    ctxs = [CheckContext(stage="solution", inputs={"problem": problem}, expected_tokens=100_000) for _ in vals]
    checked = 0
    chunks = 0
    buf = ""
    for a in range(0, len(text), chunk):
        before = len(buf)
        buf += text[a : a + chunk]  # as the engine accumulates deltas
        chunks += 1
        cut = complete_prefix_end(buf, max(checked, before - 1))
        if cut <= checked:
            continue
        checked = cut
        prefix = buf[:cut]
        for v, ctx in zip(vals, ctxs, strict=True):
            if v.prefix_safe:
                v.on_prefix(prefix, ctx, chunks)
    for v, ctx in zip(vals, ctxs, strict=True):
        v.on_final(text, ctx, chunks)
    return chunks


def cpu_per_chunk(vals: list[BoundValidator], texts: list[tuple[str, str]], chunk: int, runs: int) -> float:
    """Median over ``runs`` of CPU µs per chunk for streaming every text once. No timers inside the loop, so
    the figure is the engine's real overhead."""
    samples = []
    for _ in range(runs):
        t0 = time.process_time()
        chunks = sum(stream(vals, p, t, chunk) for p, t in texts)
        samples.append((time.process_time() - t0) * 1e6 / chunks)
    return statistics.median(samples)


def measure(length: int, args: argparse.Namespace, rows: list[dict[str, str]]) -> dict[str, float]:
    texts = build_texts(rows, length, args.texts)
    vals = [bind(n, None) for n in GATES]
    out: dict[str, float] = {"chars": round(statistics.fmean(len(t) for _, t in texts))}
    out["us_per_chunk"] = round(cpu_per_chunk(vals, texts, args.chunk, args.runs), 2)
    base = cpu_per_chunk([], texts, args.chunk, args.runs)
    out["us_segment"] = round(base, 2)  # the loop itself plus the statement cutter
    if args.breakdown:
        for v in vals:
            out[f"us_{v.name}"] = round(cpu_per_chunk([v], texts, args.chunk, args.runs) - base, 2)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lengths", type=int, nargs="+", default=[250, 1000, 4000, 16000])
    ap.add_argument("--texts", type=int, default=40, help="solutions per length")
    ap.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported")
    ap.add_argument("--chunk", type=int, default=4, help="chars per streamed chunk (about one token)")
    ap.add_argument("--breakdown", action="store_true", help="also time each gate alone (slower)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = load_jsonl(DATA)
    results = [measure(n, args, rows) for n in args.lengths]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    keys = ["segment", *GATES] if args.breakdown else ["segment"]
    print(f"median of {args.runs} runs, {args.texts} solutions per length, {args.chunk} chars/chunk, CPU µs/chunk")
    print("| chars | total | " + " | ".join(keys) + " |")
    print("|---:" * (len(keys) + 2) + "|")
    for r in results:
        cells = " | ".join(f"{r[f'us_{k}']:.2f}" for k in keys)
        print(f"| {r['chars']} | **{r['us_per_chunk']:.2f}** | {cells} |")


if __name__ == "__main__":
    main()
