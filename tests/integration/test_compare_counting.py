"""`compare` against a server that reports usage only at the end of a finished stream (as hosted APIs do).

The workload replays 300 GSM8K test problems through the real gsm8k recipe; every third solution has one computation
corrupted, so in-flight checking closes about a third of the solution streams. Finished streams then carry the
server's usage and cancelled ones none. Before one method counted both runs, the cancelled streams were estimated
with a heuristic that overcounts, and `compare` printed a negative saving while the server had generated fewer
tokens in flight. The server's own tally (prompt + tokens sent, per request) is the truth each figure is held to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mcrgen.commands import run_compare
from mcrgen.recipe.loader import load_recipe
from tests.support.scripted_server import Reply, RequestLog, ScriptedServer, gsm8k_world

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = 300


def paced(script: Any) -> Any:
    # A real engine produces tokens at a finite rate, so a hang-up stops it early; an instant one would have sent
    # every token before the client read the first.
    def run(body: dict[str, Any], n: int) -> Reply:
        reply: Reply = script(body, n)
        reply.delay = 0.01
        return reply

    return run


def server_truth(srv: ScriptedServer, data: dict[str, Any], out: Path) -> dict[str, int]:
    """Tokens the server counted per mode: the blocks ran one after another, so the log splits in run order."""
    from mcrgen.rundir.files import read_jsonl

    per_id: dict[str, dict[str, int]] = {}
    for mode in ("inflight", "baseline"):
        counts: dict[str, int] = {}
        for name in ("accepted.jsonl", "rejected.jsonl", "errors.jsonl"):
            for row in read_jsonl(out / mode / name):
                counts[row["id"]] = counts.get(row["id"], 0) + len(row["usage"])
        per_id[mode] = counts
    logs: list[RequestLog] = srv.chat_logs()
    totals = {"inflight": 0, "baseline": 0}
    pos = 0
    for block in data["run_order"]:
        mode = block["mode"]
        n = sum(c for i, c in per_id[mode].items() if block["first_id"] <= i <= block["last_id"])
        totals[mode] += sum(r.prompt_tokens + r.tokens_sent for r in logs[pos : pos + n])
        pos += n
    assert pos == len(logs)
    return totals


def run(tmp: Path, **server: Any) -> tuple[dict[str, Any], dict[str, int], ScriptedServer]:
    world = paced(gsm8k_world(str(ROOT / "tests" / "data" / "gsm8k" / "test.jsonl")))
    with ScriptedServer(world, usage="final_only", **server) as srv:
        recipe = load_recipe(
            ROOT / "recipes" / "gsm8k.yaml", base_url=srv.base_url, model="scripted", concurrency=16, limit=SAMPLES
        )
        data = run_compare(recipe, tmp / "out")
    return data, server_truth(srv, data, tmp / "out"), srv


@pytest.fixture(scope="module")
def with_tokenize(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, int], ScriptedServer]:
    return run(tmp_path_factory.mktemp("tok"), tokenize=True)


def test_the_workload_reproduces_the_inverted_headline(
    with_tokenize: tuple[dict[str, Any], dict[str, int], ScriptedServer],
) -> None:
    """As recorded (server counts for finished streams, local ones for cancelled), the saving comes out wrong."""
    data, truth, _ = with_tokenize
    modes = data["modes"]
    methods = set(modes["inflight"]["count_methods"]) | set(modes["baseline"]["count_methods"])
    assert "reported" in methods and "server-tokenized" in methods  # mixed within the in-flight run
    assert truth["baseline"] > truth["inflight"]
    assert data["no_bias"]["diverged"] == []  # a deterministic server: every id is compared


def test_headline_matches_the_server_with_its_tokenizer(
    with_tokenize: tuple[dict[str, Any], dict[str, int], ScriptedServer],
) -> None:
    data, truth, srv = with_tokenize
    s = data["savings"]
    assert s["counting"]["method"] == "server-tokenized" and srv.tokenize_calls > 0
    assert s["ids_compared"] == SAMPLES
    server_saved = truth["baseline"] - truth["inflight"]
    assert s["saved_tokens"] > 0
    assert abs(s["saved_tokens"] - server_saved) <= 0.02 * server_saved, (s["saved_tokens"], server_saved)
    assert data["headline"]["counting_method"] == "server-tokenized"
    share = data["hindsight"]["saved_of_possible"]
    assert share is not None and 0 < share <= 1.0


def test_headline_sign_and_share_with_shipped_tiktoken(tmp_path: Path) -> None:
    """No /tokenize: both runs are counted with the shipped tiktoken encoding, offline."""
    data, truth, srv = run(tmp_path)
    s = data["savings"]
    assert s["counting"]["method"] == "estimated:tiktoken/o200k_base" and srv.tokenize_calls == 0
    server_pct = 100 * (truth["baseline"] - truth["inflight"]) / truth["baseline"]
    assert s["saved_tokens"] > 0
    # A different ruler than the server's, but the same one on both sides: the share saved agrees.
    assert abs(s["saved_pct"] - server_pct) <= 0.02 * server_pct + 0.1, (s["saved_pct"], server_pct)
