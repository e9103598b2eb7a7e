"""CPU cost of in-flight checking per streamed chunk, and how it grows with the solution's length.

Replays a stream offline through the engine's own checkpoint scheduler (``Checker`` and ``Checkpoints``,
continuous policy): text arrives in chunks of ``--chunk`` chars (about one token), after each chunk the
scheduler looks for a new checkpoint (a statement end or a settled result) and runs every prefix-safe solution
gate there; at the end every gate runs once on the whole text. Solutions of growing length are built by
concatenating GSM8K gold solutions (tests/data), so the text is realistic. A verdict does not stop the replay,
so every chunk is timed. Reports CPU time (``time.process_time``: other processes on a noisy machine count
less), the median of ``--runs`` runs, each in a fresh process; "segment" is the bare loop (accumulating the
text, the checkpoint scheduler) that any engine pays anyway.

The goal (issues 13 and 17): at most :data:`GOAL_US` µs per chunk with every gate on, flat in the length.

    python scripts/bench_validators.py                       # all gates together, and the bare loop
    python scripts/bench_validators.py --breakdown           # plus each gate alone (its cost over the bare loop)
    python scripts/bench_validators.py --floor               # plus each complete text checked once, not streamed
    python scripts/bench_validators.py --compare 82c839f     # the same, side by side with git ref 82c839f
    python scripts/bench_validators.py --json                # machine-readable

``--compare REF`` checks REF out in a temporary git worktree and runs *this* script's measurement on both trees
in fresh processes, alternating run by run (so both see the same machine load); medians per tree.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "gsm8k" / "test.jsonl"
GOAL_US = 10.0
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


def load_rows() -> list[dict[str, str]]:
    with open(DATA, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def build_texts(rows: list[dict[str, str]], length: int, count: int, first: int = 0) -> list[tuple[str, str]]:
    """``count`` (problem, solution) pairs whose solution is about ``length`` chars of gold reasoning, from row
    ``first`` on; the problem is the first solution's question (the later solutions' bigger numbers make
    ``magnitude`` fire at about 1% of the checkpoints: a verdict does not stop the replay)."""
    return _texts_from(rows, length, count, first)[0]


def _texts_from(rows: list[dict[str, str]], length: int, count: int, first: int) -> tuple[list[tuple[str, str]], int]:
    """:func:`build_texts`, and the row after the last one used."""
    out = []
    i = first
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
    return out, i


def stream(vals: list[Any], problem: str, text: str, chunk: int) -> int:
    """One pass over ``text`` through the engine's checkpoint scheduler; returns the number of chunks."""
    from mcrgen.engine.checking import Checker, Checkpoints

    checker = Checker.of("solution", vals, {"problem": problem}, "gsm8k", 100_000)
    points = Checkpoints(checker, "continuous")
    chunks = 0
    buf = ""
    for a in range(0, len(text), chunk):
        before = len(buf)
        buf += text[a : a + chunk]  # as the engine accumulates deltas
        chunks += 1
        points.after_chunk(buf, before, chunks)  # a verdict does not stop the replay: every chunk is timed
    checker.check_final(text, chunks)
    return chunks


def cpu_per_chunk(vals: list[Any], texts: list[tuple[str, str]], chunk: int) -> float:
    """CPU µs per chunk for streaming every text once. No timers inside the loop, so the figure is the
    engine's real overhead."""
    t0 = time.process_time()
    chunks = sum(stream(vals, p, t, chunk) for p, t in texts)
    return (time.process_time() - t0) * 1e6 / chunks


def cpu_whole(vals: list[Any], texts: list[tuple[str, str]], chunk: int) -> float:
    """CPU µs per chunk for checking each complete text once, not streamed (every gate's end-of-text check alone),
    over as many chunks as streaming it takes: what judging each statement exactly once costs, a floor that no
    checkpoint scheduling can go below."""
    from mcrgen.engine.checking import Checker

    t0 = time.process_time()
    for problem, text in texts:
        Checker.of("solution", vals, {"problem": problem}, "gsm8k", 100_000).check_final(text, 1)
    return (time.process_time() - t0) * 1e6 / sum(-(-len(text) // chunk) for _, text in texts)


def warm_up(rows: list[dict[str, str]], chunk: int) -> None:
    """Imports, compiled patterns and caches are paid once per process, not per chunk: pay them untimed."""
    from mcrgen.validators import bind

    vals = [bind(n, None) for n in GATES]
    for problem, text in build_texts(rows[-100:], 1000, 3):  # other rows: the measured texts' caches stay cold
        stream(vals, problem, text, chunk)


_unseen = [0]
"""The next row no timed pass has streamed yet."""


def unseen_texts(rows: list[dict[str, str]], length: int, count: int) -> list[tuple[str, str]]:
    """Texts no earlier pass of this process has streamed. The validators cache what is met again inside one
    stream (an annotation's verdict, a problem's quantities), as a run does; a pass that replayed texts seen by an
    earlier one would find those caches warm, which no real stream does (until stop 24 every length after the
    first was measured partly warm, the shortest one cold)."""
    texts, _unseen[0] = _texts_from(rows, length, count, _unseen[0])  # the rows wrap around after 1,319
    return texts


def measure_once(length: int, args: argparse.Namespace, rows: list[dict[str, str]]) -> dict[str, float]:
    """One run at one length: all gates, the bare loop, and (``--breakdown``) each gate over the bare loop, each
    pass on texts it has not seen (so no cache is warm from an earlier pass)."""
    from mcrgen.validators import bind

    vals = [bind(n, None) for n in GATES]
    texts = unseen_texts(rows, length, args.texts)
    out: dict[str, float] = {"chars": round(statistics.fmean(len(t) for _, t in texts))}
    out["us_per_chunk"] = cpu_per_chunk(vals, texts, args.chunk)
    base = cpu_per_chunk([], unseen_texts(rows, length, args.texts), args.chunk)
    out["us_segment"] = base
    if args.floor:
        out["us_whole"] = cpu_whole(vals, unseen_texts(rows, length, args.texts), args.chunk)
    if args.breakdown:
        for v in vals:
            out[f"us_{v.name}"] = cpu_per_chunk([v], unseen_texts(rows, length, args.texts), args.chunk) - base
    return out


def medians(runs: list[list[dict[str, float]]]) -> list[dict[str, float]]:
    """Per length, the median of each figure over the runs."""
    return [{k: round(statistics.median(r[i][k] for r in runs), 2) for k in runs[0][i]} for i in range(len(runs[0]))]


def _child_argv(args: argparse.Namespace) -> list[str]:
    argv = ["--child", "--lengths", *map(str, args.lengths), "--texts", str(args.texts), "--chunk", str(args.chunk)]
    return argv + ["--breakdown"] * args.breakdown + ["--floor"] * args.floor


def _spawn(code: Path, args: argparse.Namespace) -> list[dict[str, float]]:
    """One run of every length, by the mcrgen in ``code``, in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    cmd = [sys.executable, str(Path(__file__).resolve()), *_child_argv(args)]
    res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"bench child failed ({code}): {res.stderr[-2000:]}")
    out: list[dict[str, float]] = json.loads(res.stdout.strip().splitlines()[-1])
    return out


def run_trees(args: argparse.Namespace) -> dict[str, list[dict[str, float]]]:
    """Medians per tree: this checkout, and with ``--compare`` a worktree of that ref, alternating run by run."""
    codes = {"current": ROOT}
    tmp = Path(tempfile.mkdtemp(prefix="mcrgen-bench-validators-")) if args.compare else None
    if tmp is not None:
        git = ["git", "-C", str(ROOT), "worktree"]
        subprocess.run([*git, "add", "--detach", str(tmp / "ref"), args.compare], check=True)
        codes = {args.compare: tmp / "ref", "current": ROOT}
    try:
        runs: dict[str, list[list[dict[str, float]]]] = {name: [] for name in codes}
        for _ in range(args.runs):
            for name, code in codes.items():
                runs[name].append(_spawn(code, args))
    finally:
        if tmp is not None:
            subprocess.run([*git, "remove", "--force", str(tmp / "ref")], check=False)
            shutil.rmtree(tmp, ignore_errors=True)
    return {name: medians(r) for name, r in runs.items()}


def table(results: dict[str, list[dict[str, float]]]) -> list[str]:
    """Markdown: one row per length, all gates and the bare loop, each tree side by side."""
    names = list(results)
    whole = "us_whole" in results[names[-1]][0]
    head = ["chars", *(f"all gates ({n})" for n in names), *(f"segment ({n})" for n in names)]
    head += [f"complete text once ({n})" for n in names] if whole else []
    head += ["after / before"] if len(names) > 1 else []
    lines = ["| " + " | ".join([*head, f"≤ {GOAL_US:g} µs"]) + " |", "|" + "---:|" * (len(head) + 1)]
    for i, row in enumerate(results[names[-1]]):
        cells = [f"{row['chars']:,.0f}"]
        cells += [f"**{results[n][i]['us_per_chunk']:.2f}**" for n in names]
        cells += [f"{results[n][i]['us_segment']:.2f}" for n in names]
        cells += [f"{results[n][i]['us_whole']:.2f}" for n in names] if whole else []
        if len(names) > 1:
            cells.append(f"{row['us_per_chunk'] / results[names[0]][i]['us_per_chunk']:.2f}")
        cells.append("met" if row["us_per_chunk"] <= GOAL_US else "not met")
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def breakdown_table(results: dict[str, list[dict[str, float]]]) -> list[str]:
    """Markdown: one row per gate (its cost over the bare loop), one column per length, trees as a -> b."""
    names = list(results)
    rows = results[names[-1]]
    lines = [
        "| gate | " + " | ".join(f"{r['chars']:,.0f} chars" for r in rows) + " |",
        "|---" + "|---:" * len(rows) + "|",
    ]
    for gate in ["segment", *GATES]:
        cells = [" → ".join(f"{results[n][i][f'us_{gate}']:.2f}" for n in names) for i in range(len(rows))]
        lines.append(f"| {gate} | " + " | ".join(cells) + " |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lengths", type=int, nargs="+", default=[250, 1000, 4000, 16000])
    ap.add_argument("--texts", type=int, default=30, help="solutions per length")
    ap.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported")
    ap.add_argument("--chunk", type=int, default=4, help="chars per streamed chunk (about one token)")
    ap.add_argument("--breakdown", action="store_true", help="also time each gate alone (slower)")
    ap.add_argument("--floor", action="store_true", help="also time every gate on each complete text once")
    ap.add_argument("--compare", metavar="REF", help="also measure git ref REF, alternating run by run")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        rows = load_rows()
        warm_up(rows, args.chunk)
        print(json.dumps([measure_once(n, args, rows) for n in args.lengths]))
        return
    results = run_trees(args)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        f"median of {args.runs} runs, {args.texts} solutions per length, {args.chunk} chars/chunk, CPU µs per chunk; "
        f"goal ≤ {GOAL_US:g} µs"
    )
    print("\n".join(table(results)))
    if args.breakdown:
        print(f"\neach gate alone over the bare loop, CPU µs per chunk ({' → '.join(results)}):")
        print("\n".join(breakdown_table(results)))


if __name__ == "__main__":
    main()
