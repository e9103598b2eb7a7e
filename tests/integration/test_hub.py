"""`mcrgen push` against a stand-in Hub on 127.0.0.1: what arrives loads, parses, and holds no secret."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from mcrgen.cli import app
from tests.integration.test_judge import generator_script, judge_script, judged_recipe
from tests.support.fake_hub import FakeHub

HF_SECRET = "hf_FAKEtoken0123456789abcdef"
OPENAI_SECRET = "sk-test-OPENAI-0123456789"
JUDGE_SECRET = "judge-secret-0123456789"
FILES = {"README.md", "data/train-00000-of-00001.parquet", "recipe.resolved.yaml", "report.json", "dedup.json"}


@pytest.fixture
def hub(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    import huggingface_hub
    from huggingface_hub import constants

    server = FakeHub(token=HF_SECRET).start()
    monkeypatch.setenv("HF_ENDPOINT", server.endpoint)
    monkeypatch.setenv("HF_TOKEN", HF_SECRET)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))  # never read a real login
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    # Read at import time by huggingface_hub, so set on the module. Xet storage needs its own CAS service, which
    # the stand-in does not speak: without it binary files take the Git LFS route the stand-in implements.
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", False)
    # With telemetry on, building the User-Agent fetches an "agent harness" registry from constants.ENDPOINT.
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", True)
    monkeypatch.setattr(constants, "ENDPOINT", server.endpoint)
    yield server
    huggingface_hub.close_session()  # its pooled connections point at a server that is going away
    server.stop()


@pytest.fixture
def run_dir(tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A --limit 20 run of the scripted generator with a judge on a second server, through the CLI."""
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_SECRET)
    monkeypatch.setenv("JUDGE_KEY", JUDGE_SECRET)
    gen = scripted(generator_script(), api_key=OPENAI_SECRET)
    judge = scripted(judge_script(), models=("judge-model",), api_key=JUDGE_SECRET)
    recipe = judged_recipe(tmp_path, judge.base_url, output={"formats": ["jsonl", "parquet"]})
    out = tmp_path / "run"
    res = CliRunner().invoke(app, ["generate", str(recipe), "--out", str(out), "--base-url", gen.base_url])
    assert res.exit_code == 0, res.output
    return out


def test_push_uploads_parquet_card_recipe_and_report(tmp_path: Path, hub: FakeHub, run_dir: Path) -> None:
    from datasets import Dataset
    from huggingface_hub import DatasetCard

    res = CliRunner().invoke(app, ["push", str(run_dir), "alice/gsm8k-judged", "--private", "--license", "mit"])
    assert res.exit_code == 0, res.output

    repo = hub.repos["alice/gsm8k-judged"]
    assert (repo.repo_type, repo.visibility) == ("dataset", "private")
    assert set(repo.files) == FILES
    assert len(repo.commits) == 1
    # The Parquet went through Git LFS (batch, PUT, verify), the text files inline in the NDJSON commit.
    assert [r.method for r in hub.log if r.path.startswith("/lfs/")] == ["PUT", "POST"]

    got = tmp_path / "got"
    for name, data in repo.files.items():
        (got / name).parent.mkdir(parents=True, exist_ok=True)
        (got / name).write_bytes(data)
    ds = Dataset.from_parquet(str(got / "data/train-00000-of-00001.parquet"), cache_dir=str(tmp_path / "cache"))
    assert ds.num_rows == 9
    assert ds[0]["messages"][0]["role"] == "user" and ds[0]["judge_score"] == 4
    assert [t["stage"] for t in ds[0]["tokens"]] == ["problem", "solution", "judge"]
    local = [json.loads(line) for line in (run_dir / "dataset.jsonl").read_text().splitlines()]
    assert ds.to_list() == local
    # The very file the run wrote, not a second Parquet made at push time.
    assert repo.files["data/train-00000-of-00001.parquet"] == (run_dir / "dataset.parquet").read_bytes()

    card = (got / "README.md").read_text()
    meta = yaml.safe_load(card.split("---")[1])
    assert meta["license"] == "mit" and meta["size_categories"] == ["n<1K"]
    assert meta["configs"][0]["data_files"][0] == {"split": "train", "path": "data/train-*.parquet"}
    parsed = DatasetCard(card).data.to_dict()  # the Hub library's own parser agrees
    assert parsed["task_categories"] == ["text-generation", "question-answering"]
    assert "`judge-model`" in card and "`scripted`" in card
    assert "| **published** | 9 |" in card and "`judge_low_score`" in card
    report = json.loads((got / "report.json").read_text())
    assert report["dedup"]["kept"] == 9
    assert yaml.safe_load((got / "recipe.resolved.yaml").read_text())["name"] == "tiny"

    # No secret in any uploaded file or request body; the Hub token only in the Authorization header.
    for secret in (HF_SECRET, OPENAI_SECRET, JUDGE_SECRET):
        for name, data in repo.files.items():
            assert secret.encode() not in data, (secret, name)
        for r in hub.log:
            assert secret.encode() not in r.body, (secret, r.path)
            assert all(secret not in v for k, v in r.headers.items() if k.lower() != "authorization")
    assert {r.headers.get("authorization") for r in hub.log if not r.path.startswith("/lfs/")} == {
        f"Bearer {HF_SECRET}"
    }


def _snapshot(run_dir: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(run_dir.iterdir()) if p.is_file()}


def test_push_refuses_a_stale_run_and_never_rewrites_it(hub: FakeHub, run_dir: Path) -> None:
    from mcrgen.errors import OutputError
    from mcrgen.publish.hub import push_run

    leaked = run_dir / "accepted.jsonl"
    rows = leaked.read_text().splitlines()
    row = json.loads(rows[0])
    row["problem"] = f"my key is {OPENAI_SECRET}, how many apples?"
    leaked.write_text("\n".join([json.dumps(row), *rows[1:]]) + "\n")  # newer than dataset.jsonl: stale
    before = _snapshot(run_dir)
    with pytest.raises(OutputError, match=f"run `mcrgen report {run_dir}`") as exc:
        push_run(run_dir, "alice/leak")
    assert "\n" not in str(exc.value)
    assert _snapshot(run_dir) == before, "push must not touch the run directory"
    # `mcrgen report DIR` brings the dataset and report up to date; then the secret scan finds the key.
    res = CliRunner().invoke(app, ["report", str(run_dir)])
    assert res.exit_code == 0, res.output
    assert OPENAI_SECRET in (run_dir / "dataset.jsonl").read_text()
    before = _snapshot(run_dir)
    with pytest.raises(OutputError, match="contains the value of OPENAI_API_KEY"):
        push_run(run_dir, "alice/leak")
    assert _snapshot(run_dir) == before
    assert not any(r.path.startswith("/api/repos") for r in hub.log), "nothing may be sent"


def test_push_uploads_the_jsonl_when_the_run_wrote_no_parquet(tmp_path: Path, hub: FakeHub, run_dir: Path) -> None:
    (run_dir / "dataset.parquet").unlink()
    before = _snapshot(run_dir)
    res = CliRunner().invoke(app, ["push", str(run_dir), "alice/plain"])
    assert res.exit_code == 0, res.output
    files = hub.repos["alice/plain"].files
    assert files["data/train-00000-of-00001.jsonl"] == (run_dir / "dataset.jsonl").read_bytes()
    meta = yaml.safe_load(files["README.md"].decode().split("---")[1])
    assert meta["configs"][0]["data_files"][0] == {"split": "train", "path": "data/train-*.jsonl"}
    assert _snapshot(run_dir) == before


def test_push_picks_the_data_file_the_run_wrote_not_the_newest(tmp_path: Path, hub: FakeHub, run_dir: Path) -> None:
    """Stop 48: the Parquet was chosen by file age, so a copy of the run whose files got new times in another order
    (``cp -r``, a sync tool) pushed dataset.jsonl although the run wrote its Parquet, and a Parquet the user put
    there after the run was pushed although the run never wrote it. dedup.json lists what the run wrote."""
    jsonl, parquet = run_dir / "dataset.jsonl", run_dir / "dataset.parquet"
    old = parquet.stat().st_mtime - 100
    os.utime(parquet, (old, old))  # older than dataset.jsonl, as a copy may leave it
    res = CliRunner().invoke(app, ["push", str(run_dir), "alice/copied"])
    assert res.exit_code == 0, res.output
    assert hub.repos["alice/copied"].files["data/train-00000-of-00001.parquet"] == parquet.read_bytes()
    dedup = json.loads((run_dir / "dedup.json").read_text())
    dedup["formats"] = ["jsonl"]  # a run that wrote no Parquet; the file beside it is someone else's
    (run_dir / "dedup.json").write_text(json.dumps(dedup))
    os.utime(run_dir / "dedup.json", (jsonl.stat().st_mtime, jsonl.stat().st_mtime))
    os.utime(parquet)  # newer than everything
    res = CliRunner().invoke(app, ["push", str(run_dir), "alice/own"])
    assert res.exit_code == 0, res.output
    assert set(hub.repos["alice/own"].files) == FILES - {"data/train-00000-of-00001.parquet"} | {
        "data/train-00000-of-00001.jsonl"
    }


def test_push_without_a_token_says_how_to_log_in(hub: FakeHub, run_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HF_TOKEN")
    res = CliRunner().invoke(app, ["push", str(run_dir), "alice/x"])
    assert res.exit_code != 0
    assert "HF_TOKEN" in str(res.exception)
    assert hub.log == []


def test_a_wrong_token_is_a_clean_endpoint_error(hub: FakeHub, run_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mcrgen.errors import EndpointError
    from mcrgen.publish.hub import push_run

    monkeypatch.setenv("HF_TOKEN", "hf_wrong_0123456789")
    with pytest.raises(EndpointError, match="refused") as exc:
        push_run(run_dir, "alice/x")
    assert "hf_wrong" not in str(exc.value)


@pytest.mark.parametrize("garbage", [b"<html><body>Welcome to our portal</body></html>", [], {"id": 3}])
def test_a_hub_that_answers_nonsense_is_a_clean_endpoint_error(hub: FakeHub, run_dir: Path, garbage: Any) -> None:
    """An HF_ENDPOINT that answers 200 with a web page or JSON of the wrong shape ended in "internal error (a bug in
    mcrgen)" with a JSONDecodeError or a KeyError from huggingface_hub."""
    from mcrgen.errors import EndpointError
    from mcrgen.publish.hub import push_run

    hub.garbage = garbage
    with pytest.raises(EndpointError, match="cannot read") as exc:
        push_run(run_dir, "alice/x")
    assert HF_SECRET not in str(exc.value)
