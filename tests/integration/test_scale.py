"""Scale: replicas (least outstanding, cool-down of a failing one), shards and merging shard directories."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mcrgen.cli import app
from mcrgen.engine.runner import run_recipe
from mcrgen.errors import OutputError, RecipeError, SetupError
from mcrgen.publish.merge import DUPLICATE, merge_runs
from mcrgen.recipe.loader import load_recipe
from mcrgen.recipe.values import parse_shard
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import build_report, write_report
from mcrgen.wire.replicas import Replicas
from tests.conftest import steps_script, write_recipe
from tests.support.scripted_server import Reply


def _run(path: Path, out: Path, base_url: str | None = None, **kw: Any) -> dict[str, Any]:
    recipe = load_recipe(path, base_url=base_url)
    asyncio.run(run_recipe(recipe, out, **kw))
    return write_report(out)


# -- replicas -------------------------------------------------------------------------------------------------


def test_pick_least_outstanding_and_cooldown() -> None:
    now = [100.0]
    reps = Replicas(["http://a/v1", "http://b/v1/", "http://c/v1"], base=5, cap=20, clock=lambda: now[0])
    assert [r.url for r in reps.items] == ["http://a/v1", "http://b/v1", "http://c/v1"]
    held = [reps.acquire() for _ in range(3)]
    assert sorted(r.url for r in held) == ["http://a/v1", "http://b/v1", "http://c/v1"]  # ties spread
    reps.release(held[0])
    assert reps.pick() is held[0]  # the only one with nothing in flight
    b = reps.items[1]
    assert reps.failed(b) == 5
    assert reps.up() == ["http://a/v1", "http://c/v1"]
    for _ in range(20):
        assert reps.pick() is not b
    now[0] += 5.1
    assert "http://b/v1" in reps.up()  # back after its cool-down
    assert reps.failed(b) == 10 and reps.failed(b) == 20 and reps.failed(b) == 20  # doubles, capped
    reps.ok(b)
    assert b.failures == 0 and "http://b/v1" in reps.up()
    for r in (reps.items[2], reps.items[0], reps.items[1]):
        reps.failed(r)
        now[0] += 0.1
    assert reps.pick() is reps.items[2]  # all down: the one back first


def test_single_replica_never_cools_down() -> None:
    reps = Replicas(["http://a/v1"])
    assert reps.failed(reps.items[0]) == 0.0 and reps.up() == ["http://a/v1"]


def test_base_url_list_and_comma_flag(tmp_path: Path) -> None:
    path = write_recipe(tmp_path, endpoint__base_url=["http://127.0.0.1:1/v1/", "http://127.0.0.1:2/v1"])
    r = load_recipe(path, environ={})
    assert r.endpoint.base_url == "http://127.0.0.1:1/v1"
    assert r.endpoint.urls == ("http://127.0.0.1:1/v1", "http://127.0.0.1:2/v1")
    r2 = load_recipe(path, base_url="http://h:1/v1, http://h:2/v1,http://h:3/v1", environ={})
    assert r2.endpoint.urls == ("http://h:1/v1", "http://h:2/v1", "http://h:3/v1")
    assert r.hash == r2.hash  # where it runs is not what it generates
    with pytest.raises(RecipeError, match="'local' cannot be one of several"):
        load_recipe(path, base_url="local,http://h:1/v1", environ={})
    with pytest.raises(RecipeError, match="base_url"):
        load_recipe(write_recipe(tmp_path, endpoint__base_url=[]), environ={})


def test_requests_spread_and_failing_replica_is_taken_out(tmp_path: Path, scripted: Any) -> None:
    script = steps_script(bad_every=3, steps=6, delay=0.002)
    good1, good2 = scripted(script), scripted(script)
    broken = scripted(lambda body, n: Reply(status=503, body={"error": {"message": "overloaded"}}))
    urls = [broken.base_url, good1.base_url, good2.base_url]
    path = write_recipe(
        tmp_path,
        endpoint__base_url=urls,
        endpoint__concurrency=4,
        endpoint__retry={"initial_delay": 0, "max_delay": 0},
        budget={"samples": 24},
    )
    report = _run(path, tmp_path / "run")
    assert report["funnel"]["accepted"] + report["funnel"]["rejected"] == 24
    assert report["funnel"]["errors"] == 0
    # Taken out at its first 503 (a 5 s cool-down outlasts this run): everything else went to the good two.
    assert len(broken.chat_logs()) == 1
    n1, n2 = len(good1.chat_logs()), len(good2.chat_logs())
    assert n1 + n2 >= 48 and min(n1, n2) >= 12, (n1, n2)
    assert report["requests_by_status"].get("error") == 1  # the refused request is on the ledger


def test_preflight_skips_a_dead_replica(tmp_path: Path, scripted: Any) -> None:
    good = scripted(steps_script(bad_every=0, steps=3))
    path = write_recipe(tmp_path, endpoint__base_url=["http://127.0.0.1:9/v1", good.base_url], budget={"samples": 4})
    report = _run(path, tmp_path / "run")
    assert report["funnel"]["accepted"] == 4


# -- shards and merge -----------------------------------------------------------------------------------------


def test_parse_shard() -> None:
    s = parse_shard("1/4")
    assert (s.index, s.count, str(s)) == (1, 4, "1/4") and 5 in s and 4 not in s
    for bad in ("4/4", "-1/2", "1", "a/b", "1/0"):
        with pytest.raises(RecipeError, match="--shard"):
            parse_shard(bad)


def test_shards_merge_into_the_unsharded_run(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2, steps=8))
    path = write_recipe(tmp_path, budget={"samples": 10})
    shards = []
    for i in range(3):
        out = tmp_path / f"shard{i}"
        _run(path, out, srv.base_url, shard=parse_shard(f"{i}/3"))
        ids = {r["id"] for n in ("accepted.jsonl", "rejected.jsonl") for r in read_jsonl(out / n)}
        assert ids == {f"{k:06d}" for k in range(10) if k % 3 == i}
        shards.append(out)
    with pytest.raises(OutputError, match="holds shard 0/3"):
        _run(path, shards[0], srv.base_url)  # a shard's directory never takes another slice
    full = _run(path, tmp_path / "full", srv.base_url)

    with pytest.raises(OutputError, match="given twice"):
        merge_runs(tmp_path / "merged", [*shards, shards[1]])  # one directory twice: its tokens would count twice
    assert not (tmp_path / "merged").exists()
    # Two machines that ran the same shard: the second one's rows become duplicates, its tokens still count.
    shutil.copytree(shards[1], tmp_path / "shard1-again")
    res = merge_runs(tmp_path / "merged", [*shards, tmp_path / "shard1-again"])
    merged = build_report(tmp_path / "merged")
    assert res.missing_shards == [] and res.duplicates == len(read_jsonl(shards[1] / "accepted.jsonl")) + len(
        read_jsonl(shards[1] / "rejected.jsonl")
    )
    assert merged["funnel"] == full["funnel"]
    assert merged["rejections"] == full["rejections"]
    again = [json.loads(json.dumps(build_report(s))) for s in shards]
    dup_tokens = again[1]["tokens"]["total"]["completion_tokens"]
    assert merged["tokens"]["total"]["completion_tokens"] == (
        sum(r["tokens"]["total"]["completion_tokens"] for r in again) + dup_tokens
    )
    assert merged["tokens"]["by_outcome"][DUPLICATE]["completion_tokens"] == dup_tokens
    assert merged["sessions"] == 4
    ids = [r["id"] for r in read_jsonl(tmp_path / "merged" / "accepted.jsonl")]
    assert ids == sorted(ids) == sorted(r["id"] for r in read_jsonl(tmp_path / "full" / "accepted.jsonl"))
    # The merged directory is an ordinary run: resuming it has nothing left to do.
    again_report = _run(path, tmp_path / "merged", srv.base_url)
    assert again_report["funnel"]["accepted"] == merged["funnel"]["accepted"]


def test_merge_refuses_mixed_recipes_and_modes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, steps=3))
    a = write_recipe(tmp_path, budget={"samples": 2})
    _run(a, tmp_path / "a", srv.base_url, shard=parse_shard("0/2"))
    _run(a, tmp_path / "base", srv.base_url, mode="baseline", shard=parse_shard("1/2"))
    b = write_recipe(tmp_path, seed=8, budget={"samples": 2})
    _run(b, tmp_path / "b", srv.base_url, shard=parse_shard("1/2"))
    with pytest.raises(OutputError, match="recipe_hash"):
        merge_runs(tmp_path / "m1", [tmp_path / "a", tmp_path / "b"])
    with pytest.raises(OutputError, match="mode"):
        merge_runs(tmp_path / "m2", [tmp_path / "a", tmp_path / "base"])
    with pytest.raises(SetupError, match="nothing: no such directory"):
        merge_runs(tmp_path / "m3", [tmp_path / "a", tmp_path / "nothing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(OutputError, match="not a run directory"):
        merge_runs(tmp_path / "m3", [tmp_path / "a", tmp_path / "empty"])
    res = merge_runs(tmp_path / "m4", [tmp_path / "a"])
    assert res.missing_shards == ["1/2"]
    first = {p.name: p.read_bytes() for p in (tmp_path / "m4").iterdir()}
    merge_runs(tmp_path / "m4", [tmp_path / "a"])  # the same merge again: rebuilt, byte for byte the same
    assert {p.name: p.read_bytes() for p in (tmp_path / "m4").iterdir()} == first
    shutil.copytree(tmp_path / "a", tmp_path / "a2")
    with pytest.raises(OutputError, match="not a merge of these directories"):
        merge_runs(tmp_path / "m4", [tmp_path / "a2"])
    (tmp_path / "m5").mkdir()
    (tmp_path / "m5" / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="not a merge of these directories"):
        merge_runs(tmp_path / "m5", [tmp_path / "a"])


def test_cli_shard_and_merge(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2, steps=8))
    path = write_recipe(tmp_path, budget={"samples": 4})
    cli = CliRunner()
    for i in range(2):
        out = tmp_path / f"s{i}"
        res = cli.invoke(app, ["generate", str(path), "--base-url", srv.base_url, "--shard", f"{i}/2", "-o", str(out)])
        assert res.exit_code == 0, res.output
    res = cli.invoke(app, ["merge", str(tmp_path / "m"), str(tmp_path / "s0"), str(tmp_path / "s1")])
    assert res.exit_code == 0, res.output
    assert "merged 2 runs into" in res.output and "0 error rows, 0 duplicate ids" in res.output
    one = cli.invoke(app, ["merge", str(tmp_path / "m1"), str(tmp_path / "s0")])
    assert one.exit_code == 0 and "merged 1 run into" in one.output, one.output
    report = json.loads((tmp_path / "m" / "report.json").read_text())
    assert report["funnel"]["attempted"] == 4 and report["funnel"]["rejected"] == 2
    bad = cli.invoke(app, ["generate", str(path), "--base-url", srv.base_url, "--shard", "2/2"])
    assert bad.exit_code != 0
