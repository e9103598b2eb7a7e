"""Real model text for the gates' evaluation: the embedded model solves GSM8K test questions, and each solution
is labelled by comparing its ``#### n`` with the gold answer.

Starts the embedded llama.cpp server (``mcrgen.local``; the model must already be installed, no network), asks
each question once through the real ``openai`` client (temperature 0.7, seed = the question's index, max_tokens
400), and writes one JSON line per question: the question's index in ``tests/data/gsm8k/test.jsonl``, the
solution as generated, its finish reason, the ``####`` value, the gold value and ``correct``. Questions are
taken in a seeded order that skips the model-like sets' tune split, so the text is new to the gates.

    python scripts/sample_model_solutions.py --count 60 --out tests/data/realmodel/qwen2.5-coder-1.5b.jsonl
    python scripts/sample_model_solutions.py --skip 60 --count 240 --out more.jsonl   # the next 240 questions
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openai import OpenAI  # noqa: E402

from mcrgen.local.server import local_model, local_server  # noqa: E402

PROMPT = "{question}\n\nSolve this step by step. End your answer with a final line of the form '#### <number>'."
_FINAL = re.compile(r"####\s*\$?\s*(-?[\d,]*\.?\d+)")
_BOXED = re.compile(r"\\boxed\{\s*\\?\$?\s*(-?[\d,]*\.?\d+)")


def heldout(index: int) -> bool:
    """The model-like sets' held-out rule (tests/data/modellike/README.md): about 30% of the problems."""
    return hashlib.sha256(f"gsm8k-test-{index}".encode()).digest()[0] < 0.3 * 256


def gold(answer: str) -> float:
    return float(answer.rsplit("####", 1)[1].strip().replace(",", ""))


def final(solution: str) -> float | None:
    """The solution's answer: its last ``#### n``, else its last ``\\boxed{n}`` (the model was asked for ``####``
    but often boxes its answer; the label is about the reasoning, the format is the gates' business)."""
    found = _FINAL.findall(solution) or _BOXED.findall(solution)
    if not found:
        return None
    try:
        return float(found[-1].replace(",", ""))
    except ValueError:
        return None


def solve(client: OpenAI, model: str, index: int, row: dict[str, str], max_tokens: int) -> dict[str, Any]:
    reply = client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(question=row["question"])}],
        temperature=0.7,
        seed=index,
        max_tokens=max_tokens,
    )
    choice = reply.choices[0]
    rec = {"index": index, "question": row["question"], "solution": choice.message.content or ""}
    return label(rec | {"finish_reason": choice.finish_reason, "gold": gold(row["answer"])})


def label(rec: dict[str, Any]) -> dict[str, Any]:
    """``final`` and ``correct`` of a record (``--relabel`` recomputes them for a written file)."""
    got = final(rec["solution"])
    return rec | {"final": got, "correct": got is not None and abs(got - rec["gold"]) < 1e-6}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--skip", type=int, default=0, help="start this far into the seeded order (to add questions)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--model", default=None, help="embedded model name (default: the default model)")
    ap.add_argument("--slots", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-tokens", type=int, default=400)
    ap.add_argument("--relabel", action="store_true", help="only recompute final/correct of --out's records")
    args = ap.parse_args()
    if args.relabel:
        recs = [label(json.loads(line)) for line in args.out.read_text(encoding="utf-8").splitlines() if line]
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        return
    with open(ROOT / "tests" / "data" / "gsm8k" / "test.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    order = [i for i in range(len(rows)) if heldout(i)]
    random.Random(28).shuffle(order)
    chosen = order[args.skip : args.skip + args.count]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with local_server(local_model(args.model), slots=args.slots, threads=args.threads) as server:
        client = OpenAI(base_url=server.base_url, api_key="local", max_retries=0, timeout=1800)
        with ThreadPoolExecutor(args.slots) as pool, args.out.open("w", encoding="utf-8") as out:
            jobs = [pool.submit(solve, client, server.model, i, rows[i], args.max_tokens) for i in chosen]
            for n, job in enumerate(jobs, 1):
                rec = job.result()
                out.write(json.dumps({"model": server.model, **rec}, ensure_ascii=False) + "\n")
                out.flush()
                print(f"{n}/{len(jobs)} #{rec['index']} correct={rec['correct']} ({time.monotonic() - t0:.0f} s)")


if __name__ == "__main__":
    main()
