"""Instructions per streamed chunk of in-flight checking, counted by valgrind's callgrind: a figure that does not
move with the machine's load, for before/after comparisons that wall-clock timing on a noisy box cannot settle.

The stream is :func:`bench_validators.stream` (the engine's own checkpoint scheduler, 4-char chunks, every gate
at each checkpoint and once at the end) over ``--texts`` GSM8K solutions of about ``--length`` chars, after the
same untimed warm-up. Each figure is two fresh processes under callgrind: one streams the texts, one streams none;
their difference over the chunks streamed is the cost per chunk, imports and warm-up cancelled out.

    python scripts/bench_instructions.py                         # all gates, 10 solutions of ~4,000 chars
    python scripts/bench_instructions.py --gates arithmetic      # one gate (its figure includes the bare loop)
    python scripts/bench_instructions.py --gates none            # the bare loop alone
    python scripts/bench_instructions.py --compare 3c6d77d       # the same for git ref 3c6d77d, side by side

Needs ``valgrind`` on the PATH. About a minute per figure (callgrind runs the interpreter ~50 times slower).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent


def child(length: int, texts: int, gates: str) -> None:
    """Stream ``texts`` solutions (0: only the imports and the warm-up) and print the chunks streamed."""
    sys.path.insert(0, str(SCRIPTS))
    import bench_validators as bv

    from mcrgen.validators import bind

    rows = bv.load_rows()
    names = [] if gates == "none" else bv.GATES if gates == "all" else gates.split(",")
    vals = [bind(name, None) for name in names]
    bv.warm_up(rows, 4)
    chunks = sum(bv.stream(vals, problem, text, 4) for problem, text in bv.build_texts(rows, length, texts))
    print(f"chunks={chunks}", file=sys.stderr)


def _instructions(code: Path, length: int, texts: int, gates: str) -> tuple[int, int]:
    """(instructions, chunks) of one child under callgrind, running the mcrgen in ``code``."""
    with tempfile.TemporaryDirectory() as tmp:
        argv = [sys.executable, str(Path(__file__).resolve()), "--child", str(texts)]
        argv += ["--length", str(length), "--gates", gates]
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *argv]
        env = {**os.environ, "PYTHONPATH": str(code)}
        res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected : (\d+)", res.stderr)
    chunks = re.search(r"chunks=(\d+)", res.stderr)
    if res.returncode != 0 or collected is None or chunks is None:
        raise SystemExit(f"callgrind run failed ({code}):\n{res.stderr[-2000:]}")
    return int(collected.group(1)), int(chunks.group(1))


def per_chunk(code: Path, length: int, texts: int, gates: str) -> tuple[float, int]:
    """Instructions per chunk (streaming minus not streaming) and the chunks streamed."""
    idle, _ = _instructions(code, length, 0, gates)
    busy, chunks = _instructions(code, length, texts, gates)
    return (busy - idle) / chunks, chunks


@contextmanager
def trees(compare: str | None) -> Iterator[dict[str, Path]]:
    """The code trees to count: this checkout, and with ``compare`` that git ref first (a temporary worktree,
    removed on the way out)."""
    if not compare:
        yield {"current": ROOT}
        return
    tmp = Path(tempfile.mkdtemp(prefix="mcrgen-instr-"))
    wt = tmp / "before"
    try:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(wt), compare], check=True)
        yield {compare: wt, "current": ROOT}
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], check=False)
        shutil.rmtree(tmp, ignore_errors=True)


def print_figures(title: str, unit: str, count: str, figures: dict[str, tuple[float, int]]) -> None:
    """A markdown table of (instructions per ``unit``, ``count``) per tree, and the change when there are two."""
    print(title)
    print(f"| code | {unit} | {count} |\n|---|---:|---:|")
    for name, (instructions, n) in figures.items():
        print(f"| {name} | {instructions:,.0f} | {n:,} |")
    if len(figures) == 2:
        before, after = (f[0] for f in figures.values())
        print(f"change: {100 * (after - before) / before:+.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--length", type=int, default=4000, help="chars per solution (about)")
    ap.add_argument("--texts", type=int, default=10, help="solutions streamed")
    ap.add_argument("--gates", default="all", help="all, none, or comma-separated gate names")
    ap.add_argument("--compare", metavar="REF", help="also count git ref REF (a temporary worktree)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.length, args.child, args.gates)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install -y valgrind)")
    with trees(args.compare) as codes:
        figures = {name: per_chunk(code, args.length, args.texts, args.gates) for name, code in codes.items()}
    title = f"gates: {args.gates}; {args.texts} solutions of ~{args.length} chars, 4-char chunks"
    print_figures(title, "instructions per chunk", "chunks", figures)


if __name__ == "__main__":
    main()
