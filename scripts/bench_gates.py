"""How close in-flight rejection gets to the hindsight limit, replayed offline through the scripted server.

Worked solutions from the model-like held-out set (tests/data/modellike, GSM8K test re-rendered) are streamed
token by token from tests/scripted_server.py (real HTTP, real SSE, the real ``openai`` client; llama-style
pieces: words with their space, single digits). The client runs the solution gates the way the engine should:
after every chunk it asks :func:`~mcrgen.validators.segment.complete_prefix_end` for a checkpoint, runs the
prefix-safe gates there, and closes the stream at the first rejection; the others run on the finished text.

Fault classes: ``slip`` (one wrong result), ``carried`` (the same slip carried into later steps and the
answer), ``loop`` (a correct solution whose last line repeats until ``max_tokens``), ``final_answer`` (a
correct solution with a wrong ``####``), and ``correct`` (no fault: any rejection is a false kill).

The *hindsight limit* stops each doomed solution at the token where its fault becomes certain: for a wrong
result, the first token after the number that is not a space (``= 13 muffins``: `` muffins``); for a loop, the
end of the line's second copy; a wrong ``####`` is only certain at the end (no saving possible). Reported per
class: the share of the limit's token saving that in-flight rejection reached, and how many tokens after the
fault became certain each verdict came.

    python scripts/bench_gates.py                # held-out split, max_tokens 400
    python scripts/bench_gates.py --limit 100 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openai import AsyncOpenAI  # noqa: E402

from mcrgen.validators import BoundValidator, CheckContext  # noqa: E402
from mcrgen.validators.segment import complete_prefix_end  # noqa: E402
from tests.support.modellike import gates, questions, records  # noqa: E402
from tests.support.scripted_server import Reply, ScriptedServer, tokenize  # noqa: E402


@dataclass
class Case:
    id: str
    kind: str
    problem: str
    text: str
    certain: int | None
    """Chars that must have arrived for the fault to be certain (None: no fault)."""


def _result_certain(text: str, result_end: int) -> int:
    i = result_end
    while i < len(text) and text[i] in " \t":
        i += 1
    return min(len(text), i + 1)


def build_cases(split: str, limit: int | None, max_tokens: int) -> list[Case]:
    cases: list[Case] = []
    recs = records(split)[: limit * 4 if limit else None]
    for rec in recs:
        problem = questions()[rec["problem_id"]]
        text = rec["solution"]
        fault = rec["fault"]
        certain = _result_certain(text, fault["result_end"]) if fault else None
        cases.append(Case(rec["id"], rec["kind"], problem, text, certain))
        if rec["kind"] == "correct" and rec["id"].endswith("-0"):
            body, answer = text.rsplit("\n#### ", 1)
            cases.append(
                Case(
                    rec["id"] + "-final",
                    "final_answer",
                    problem,
                    f"{body}\n#### {int(answer.replace(',', '')) + 1}",
                    len(text),
                )
            )
            last = body.strip().split("\n")[-1] + "\n"
            loop = body.rstrip("\n") + "\n" + last * max_tokens
            cases.append(Case(rec["id"] + "-loop", "loop", problem, loop, len(body.rstrip("\n")) + 1 + len(last)))
    return cases


def token_at(text: str, chars: int) -> int:
    """How many scripted tokens deliver the first ``chars`` chars."""
    n = pos = 0
    for piece in tokenize(text):
        if pos >= chars:
            break
        pos += len(piece)
        n += 1
    return n


async def stream_one(client: AsyncOpenAI, case: Case, vals: list[BoundValidator], max_tokens: int) -> dict[str, Any]:
    ctxs = [CheckContext(stage="solution", inputs={"problem": case.problem}) for _ in vals]
    text, tokens, checked = "", 0, 0
    verdict: tuple[str, int, str] | None = None
    stream = await client.chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": f"Solve {case.id}"}], max_tokens=max_tokens, stream=True
    )
    async for chunk in stream:
        piece = chunk.choices[0].delta.content if chunk.choices else None
        if not piece:
            continue
        before = len(text)
        text += piece
        tokens += 1
        cut = complete_prefix_end(text, max(checked, before - 1))
        if cut <= checked:
            continue
        checked = cut
        for v, ctx in zip(vals, ctxs, strict=True):
            if v.prefix_safe and v.on_prefix(text[:cut], ctx, tokens) is not None:
                verdict = (v.name, tokens, "inflight")
                break
        if verdict:
            await stream.close()  # hang up: the server stops generating
            break
    if verdict is None:
        for v, ctx in zip(vals, ctxs, strict=True):
            if v.on_final(text, ctx, tokens) is not None:
                verdict = (v.name, tokens, "final")
                break
    total = min(max_tokens, len(tokenize(case.text)))
    certain = None if case.certain is None else min(total, token_at(case.text, case.certain))
    return {
        "id": case.id,
        "kind": case.kind,
        "total": total,
        "certain": certain,
        "streamed": tokens,
        "verdict": verdict,
    }


async def run(cases: list[Case], max_tokens: int, concurrency: int) -> list[dict[str, Any]]:
    by_id = {c.id: c.text for c in cases}

    def script(body: dict[str, Any], n: int) -> Reply:
        return Reply(by_id[str(body["messages"][-1]["content"]).removeprefix("Solve ")])

    vals = gates()
    with ScriptedServer(script) as srv:
        client = AsyncOpenAI(base_url=srv.base_url, api_key="none", max_retries=0)
        sem = asyncio.Semaphore(concurrency)

        async def one(case: Case) -> dict[str, Any]:
            async with sem:
                return await stream_one(client, case, [BoundValidator(v.validator, v.params) for v in vals], max_tokens)

        out = await asyncio.gather(*(one(c) for c in cases))
        await client.close()
    return list(out)


def summarize(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for kind in ("slip", "carried", "loop", "final_answer", "correct"):
        rs = [r for r in rows if r["kind"] == kind]
        if not rs:
            continue
        inflight = [r for r in rs if r["verdict"] and r["verdict"][2] == "inflight"]
        final = [r for r in rs if r["verdict"] and r["verdict"][2] == "final"]
        s: dict[str, Any] = {"n": len(rs), "inflight": len(inflight), "final": len(final)}
        s["accepted"] = len(rs) - len(inflight) - len(final)
        if kind != "correct":
            limit = sum(r["total"] - r["certain"] for r in rs)
            saved = sum(r["total"] - r["verdict"][1] for r in inflight)
            s["limit_saving"], s["saved"] = limit, saved
            s["share_of_limit"] = round(saved / limit, 4) if limit else None
            after = [r["verdict"][1] - r["certain"] for r in inflight]
            if after:
                s["tokens_after_certain"] = {
                    "median": statistics.median(after),
                    "p90": sorted(after)[int(0.9 * (len(after) - 1))],
                    "max": max(after),
                    "at_most_1": round(sum(a <= 1 for a in after) / len(after), 4),
                    "before_certain": sum(a < 0 for a in after),
                }
        else:
            s["tokens_lost"] = sum(r["total"] for r in inflight + final)
        s["first_gate"] = {g: sum(1 for r in rs if r["verdict"] and r["verdict"][0] == g) for g in _gates(rs)}
        out[kind] = s
    return out


def _gates(rows: list[dict[str, Any]]) -> list[str]:
    return sorted({r["verdict"][0] for r in rows if r["verdict"]})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="heldout", choices=["heldout", "tune"])
    ap.add_argument("--limit", type=int, help="only the first N problems' records")
    ap.add_argument("--max-tokens", type=int, default=400)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    cases = build_cases(args.split, args.limit, args.max_tokens)
    rows = asyncio.run(run(cases, args.max_tokens, args.concurrency))
    summary = summarize(rows)
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{args.split}: {len(cases)} streams, max_tokens {args.max_tokens}")
    head = "| class | n | in flight | at end | accepted | share of hindsight saving | tokens after certain |"
    print(head + "\n" + "|---|---:|---:|---:|---:|---:|---|")
    for kind, s in summary.items():
        share = f"{s['share_of_limit']:.1%}" if s.get("share_of_limit") is not None else "–"
        t = s.get("tokens_after_certain")
        after = f"{t['median']} / {t['p90']} / {t['max']}, {t['at_most_1']:.1%}" if t else "–"
        print(f"| {kind} | {s['n']} | {s['inflight']} | {s['final']} | {s['accepted']} | {share} | {after} |")


if __name__ == "__main__":
    main()
