"""Print the solution gates' figures on the model-like evaluation sets (tests/data/modellike).

python scripts/eval_modellike.py                     # both splits, random 1-4 char chunks
python scripts/eval_modellike.py --split heldout --show 20 --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.modellike import evaluate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["tune", "heldout"], nargs="+", default=["tune", "heldout"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=5, help="false positives / misses / late verdicts to list")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    for split in args.split:
        res = evaluate(split, seed=args.seed)
        if args.json:
            print(json.dumps(res))
            continue
        print(f"## {split}")
        print("| kind | n | rejected | rate | at faulty step | missed (undecided) | first gate |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for kind, k in res["kinds"].items():
            faulty = kind != "correct"
            at = f"{k['at_step_rate']:.2%}" if faulty else "–"
            missed = f"{k['n'] - k['rejected']} ({k.get('missed_undecided', 0)})" if faulty else "–"
            print(f"| {kind} | {k['n']} | {k['rejected']} | {k['rate']:.2%} | {at} | {missed} | {k['first_gate']} |")
        for key in ("false_positives", "missed", "late"):
            if res[key]:
                print(f"{key} ({len(res[key])}):", *res[key][: args.show], sep="\n  ")


if __name__ == "__main__":
    main()
