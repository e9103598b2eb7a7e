"""Client instructions per streamed token, counted by valgrind's callgrind: ``bench_client``'s workload (a real
``run_recipe`` against ``scripts/bench_server.py``, validators on) as a figure the machine's load does not move.

``bench_client`` reports tokens per client CPU-second, which moved by +-15% between runs of the same code on this
2-core machine; a before/after change of a few percent cannot be read from it. Here the client child runs under
callgrind twice, with ``--samples`` and three times as many; the difference in instructions over the difference
in completion tokens is the cost of one more token (imports, start-up and the run's fixed work cancel out). The
server runs natively in its own process and is not counted.

    python scripts/bench_client_instructions.py                      # concurrency 64, 64 and 192 samples
    python scripts/bench_client_instructions.py --compare a5971c2    # the same for git ref a5971c2, side by side

Needs ``valgrind`` on the PATH. About two minutes per tree (callgrind runs the interpreter ~50 times slower).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))

import bench_client  # noqa: E402  (the workload and its server)
from bench_instructions import print_figures, trees  # noqa: E402


def _run(code: Path, conc: int, samples: int, url: str, server_pid: int) -> tuple[int, int]:
    """(instructions, completion tokens) of one ``bench_client`` level child under callgrind, running ``code``."""
    with tempfile.TemporaryDirectory() as tmp:
        argv = [sys.executable, str(SCRIPTS / "bench_client.py"), "--child", "level", "--conc", str(conc)]
        argv += ["--samples", str(samples), "--url", url, "--server-pid", str(server_pid), "--lag-clock", "wall"]
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *argv]
        env = {**os.environ, "MCRGEN_BENCH_CODE": str(code), "PYTHONPATH": str(code)}
        res = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    collected = re.search(r"Collected : (\d+)", res.stderr)
    if res.returncode != 0 or collected is None or not res.stdout.strip():
        raise SystemExit(f"callgrind run failed ({code}):\n{res.stderr[-2000:]}")
    tokens = int(json.loads(res.stdout.strip().splitlines()[-1])["completion_tokens"])
    return int(collected.group(1)), tokens


def per_token(code: Path, conc: int, samples: int, url: str, server_pid: int) -> tuple[float, int]:
    """Instructions per completion token (the larger run minus the smaller) and the tokens between them."""
    small, small_tokens = _run(code, conc, samples, url, server_pid)
    large, large_tokens = _run(code, conc, 3 * samples, url, server_pid)
    return (large - small) / (large_tokens - small_tokens), large_tokens - small_tokens


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--samples", type=int, default=64, help="samples of the smaller run (the larger has 3x)")
    ap.add_argument("--compare", metavar="REF", help="also count git ref REF (a temporary worktree)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install -y valgrind)")
    server, url = bench_client.start_server(300, 1)
    try:
        with trees(args.compare) as codes:
            figures = {
                name: per_token(code, args.concurrency, args.samples, url, server.pid) for name, code in codes.items()
            }
    finally:
        server.kill()
        server.wait()
    title = f"bench_client workload at concurrency {args.concurrency}, {args.samples} vs {3 * args.samples} samples"
    print_figures(title, "client instructions per token", "tokens counted", figures)


if __name__ == "__main__":
    main()
