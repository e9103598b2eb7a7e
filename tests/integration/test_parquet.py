"""Dataset writers: Parquet and JSONL round trips, a stable schema, and `output.formats` on a scripted run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mcrgen.cli import app
from mcrgen.errors import RecipeError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir import writers
from mcrgen.rundir.writers import JsonlWriter, ParquetWriter, arrow_schema, dataset_record, features
from tests.conftest import write_recipe
from tests.integration.test_judge import generator_script

ACCEPTED = {
    "id": "000003",
    "seed": 123,
    "mode": "inflight",
    "model": "m",
    "recipe": "r",
    "recipe_hash": "abc",
    "outputs": {"problem": "How many? ünïcode", "solution": "2 + 2 = 4\n#### 4", "judge": "Score: 5"},
    "usage": [],
    "problem": "How many? ünïcode",
    "solution": "2 + 2 = 4\n#### 4",
    "answer": "4",
    "answer_value": 4,
    "outcome": "accepted",
    "tokens": {"problem": {"prompt": 10, "completion": 5}, "judge": {"prompt": 30, "completion": 3}},
}


def records(n: int) -> list[dict[str, Any]]:
    out = []
    for i in range(n):
        r = dataset_record({**ACCEPTED, "id": f"{i:06d}"}, judge_score=i % 5 + 1)
        if i % 3 == 0:
            r.update(answer=None, answer_value=None, judge_score=None)  # nulls survive the trip
        out.append(r)
    return out


def load(path: Path, tmp_path: Path) -> Any:
    from datasets import Dataset

    return Dataset.from_parquet(str(path), cache_dir=str(tmp_path / "cache"))


def test_record_has_exactly_the_published_columns() -> None:
    rec = dataset_record(ACCEPTED, judge_score=5)
    assert list(rec) == list(features())
    assert rec["messages"] == [
        {"role": "user", "content": ACCEPTED["problem"]},
        {"role": "assistant", "content": ACCEPTED["solution"]},
    ]
    assert rec["answer_value"] == 4.0 and rec["judge_score"] == 5
    assert rec["tokens"][1] == {"stage": "judge", "prompt_tokens": 30, "completion_tokens": 3}


def test_parquet_round_trip_through_datasets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    monkeypatch.setattr(writers, "_ROW_GROUP", 10)
    recs = records(25)
    path = tmp_path / "d.parquet"
    with ParquetWriter(path) as w:
        for r in recs:
            w.write(r)
    assert pq.ParquetFile(path).metadata.num_row_groups == 3
    from datasets import Features

    schema = pq.read_schema(path)  # the schema never depends on the data; the features ride in its metadata
    assert Features.from_arrow_schema(schema) == features()
    assert schema.metadata == arrow_schema().metadata
    ds = load(path, tmp_path)
    assert ds.features == features()
    assert ds.to_list() == recs


def test_jsonl_round_trip_and_empty_parquet_keeps_the_columns(tmp_path: Path) -> None:
    recs = records(4)
    with JsonlWriter(tmp_path / "d.jsonl") as w:
        for r in recs:
            w.write(r)
    assert [json.loads(line) for line in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()] == recs
    import pyarrow.parquet as pq

    with ParquetWriter(tmp_path / "empty.parquet"):
        pass
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0 and table.column_names == list(features())


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    for kind in ("jsonl", "parquet"):
        path = tmp_path / f"d.{kind}"
        with pytest.raises(RuntimeError), writers.open_writer(kind, path) as w:
            w.write(records(1)[0])
            raise RuntimeError("disk full")
        assert list(tmp_path.iterdir()) == []


def test_formats_are_checked_by_the_schema(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="formats"):
        load_recipe(write_recipe(tmp_path, output={"formats": ["csv"]}))
    assert load_recipe(write_recipe(tmp_path, output={"formats": ["jsonl", "parquet"]})).formats == ("jsonl", "parquet")


@pytest.mark.parametrize("formats", [["jsonl"], ["jsonl", "parquet"]])
def test_generate_writes_the_dataset_in_the_recipe_formats(tmp_path: Path, scripted: Any, formats: list[str]) -> None:
    srv = scripted(generator_script())
    out = tmp_path / "run"
    recipe = write_recipe(tmp_path, output={"formats": formats})
    res = CliRunner().invoke(
        app, ["generate", str(recipe), "--out", str(out), "--base-url", srv.base_url, "--limit", "20"]
    )
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 12  # 20 accepted, 8 duplicates removed
    if "parquet" in formats:
        assert load(out / "dataset.parquet", tmp_path).to_list() == rows
    else:
        assert not (out / "dataset.parquet").exists()
