"""output.columns / output.messages (issue 16): the published record, its Arrow schema and the card all come
from the recipe; a recipe that declares neither keeps the math columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mcrgen.errors import RecipeError
from mcrgen.publish.card import metadata, render_card
from mcrgen.recipe.outputs import parse_output, spec_from_raw
from mcrgen.rundir.writers import ParquetWriter, arrow_schema, dataset_record, features

RAW: dict[str, Any] = {
    "name": "instruct",
    "answer_format": "none",
    "stages": [
        {"name": "instruction", "max_tokens": 10, "validators": ["english_only"]},
        {"name": "response", "max_tokens": 10},
    ],
    "output": {
        "columns": {"instruction": "instruction", "category": "row.category", "level": "row.level", "n": "id"},
        "messages": [
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "instruction"},
            {"role": "assistant", "content": "{{ response }} ({{ row.category }})"},
        ],
        "provenance": False,
    },
}
ROW = {
    "id": "000004",
    "seed": 1,
    "outputs": {"instruction": " Write a poem. ", "response": "Roses.\n"},
    "input": {"index": 2, "repeat": 0, "row": {"category": "writing", "level": 3}},
    "answer": None,
    "answer_value": None,
}


def test_the_record_has_the_declared_columns_then_messages() -> None:
    rec = dataset_record(ROW, None, spec_from_raw(RAW))
    assert list(rec) == ["id", "instruction", "category", "level", "n", "messages"]
    assert rec["instruction"] == "Write a poem." and rec["level"] == 3 and rec["n"] == "000004"
    assert rec["messages"] == [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Write a poem."},
        {"role": "assistant", "content": "Roses. (writing)"},
    ]


def test_row_columns_take_their_type_from_the_data(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    spec = spec_from_raw(RAW)
    recs = [dataset_record(ROW, None, spec)]
    schema = arrow_schema(spec, recs)
    assert str(schema.field("level").type) == "int64" and str(schema.field("category").type) == "string"
    with ParquetWriter(tmp_path / "d.parquet", schema) as w:
        w.write(recs[0])
    assert pq.read_table(tmp_path / "d.parquet").to_pylist()[0]["level"] == 3
    assert str(arrow_schema(spec, []).field("level").type) == "string"  # no rows: text, never a failure


def test_no_declared_output_keeps_the_math_schema() -> None:
    assert list(features(spec_from_raw({"stages": []}))) == list(features())
    assert "problem" in features() and "answer_value" in features()


def test_bad_sources_fail_at_load_time() -> None:
    with pytest.raises(RecipeError, match=r"output.columns.x: unknown source 'respnse'"):
        parse_output({"columns": {"x": "respnse"}}, ["response"], None, "r.yaml")
    with pytest.raises(RecipeError, match=r"reads the input row, but the recipe has no 'inputs'"):
        parse_output({"columns": {"x": "row.topic"}}, ["response"], None, "r.yaml")
    with pytest.raises(RecipeError, match=r"uses \{\{ respnse \}\}"):
        parse_output({"messages": [{"role": "user", "content": "{{ respnse }}"}]}, ["response"], None, "r.yaml")


def test_card_metadata_and_wording_follow_the_recipe() -> None:
    meta = metadata(RAW, 1, license="mit")
    assert meta["task_categories"] == ["text-generation"] and "math" not in meta["tags"]
    assert meta["language"] == ["en"]  # english_only is a gate of this recipe
    math = metadata({"answer_format": "gsm8k", "stages": []}, 5, license="mit")
    assert "math" in math["tags"] and "language" not in math
    custom = metadata({**RAW, "output": {**RAW["output"], "card": {"tags": ["poetry"]}}}, 1, license="mit")
    assert custom["tags"] == ["poetry"]
    report = {"funnel": {"attempted": 1, "accepted": 1}, "tokens": {}, "recipe_hash": "h"}
    card = render_card("me/x", RAW, report, None, 1)
    assert "1 synthetic sample generated" in card and "LLM judge" not in card
    assert "| `category` | from the input | the input row's `category` |" in card
    assert "chat format for SFT" in card and "problem and solution" not in card


def test_a_row_field_with_a_blank_in_its_name_is_read_not_written_as_text() -> None:
    """``row.Full Name`` (a CSV header with a blank) is the field, not the fixed text "row.Full Name"; a missing one
    fails at load, like ``row.Nope``."""
    raw = {**RAW, "output": {"columns": {"person": "row.Full Name"}, "provenance": False}}
    row = {**ROW, "input": {"index": 0, "repeat": 0, "row": {"Full Name": "Ada Lovelace"}}}
    assert dataset_record(row, None, spec_from_raw(raw))["person"] == "Ada Lovelace"
    with pytest.raises(RecipeError, match=r"reads the input row, but the recipe has no 'inputs'"):
        parse_output({"columns": {"x": "row.Nope Field"}}, ["response"], None, "r.yaml")
    # Stop 49's trial: row["Full Name"], as Python and Jinja write it, was a fixed text written in every row.
    for spelled in ('row["Full Name"]', "row['Full Name']", 'row[ "Full Name" ]'):
        raw = {**RAW, "output": {"columns": {"person": spelled}, "provenance": False}}
        assert dataset_record(row, None, spec_from_raw(raw))["person"] == "Ada Lovelace"
        with pytest.raises(RecipeError, match=r"reads the input row, but the recipe has no 'inputs'"):
            parse_output({"columns": {"x": spelled}}, ["response"], None, "r.yaml")
