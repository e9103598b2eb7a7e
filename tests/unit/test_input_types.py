"""Input values that a ``row.FIELD`` column copies must fit every output format the recipe asks for.

A new user's input rows held an integer beyond 64 bits, and in another file a field of mixed types; with
``formats: [jsonl, parquet]`` both ran every sample and then failed writing dataset.parquet (an internal error,
exit 1, or exit 4 naming neither the file nor a fix), on every rerun. Both are now refused when the recipe loads
(exit 2, one line naming file, line, field and column), before any request. JSONL holds any JSON value, so a
jsonl-only recipe keeps them as they are.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.errors import OutputError, RecipeError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.writers import published_schema, write_records
from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, one_error, run_cli

BIG = "99999999999999999999999"
BOTH = ["jsonl", "parquet"]


def make(tmp_path: Path, values: list[str], formats: list[str], **inputs: Any) -> Path:
    """in/rows.jsonl with one row per ``values`` (JSON text of field ``v``), and a recipe publishing ``row.v``."""
    (tmp_path / "in").mkdir(exist_ok=True)
    lines = "".join(f'{{"topic": "t{i}", "v": {v}}}\n' for i, v in enumerate(values))
    (tmp_path / "in" / "rows.jsonl").write_text(lines)
    return write_recipe(
        tmp_path,
        endpoint=ENDPOINT,
        budget={},
        inputs={"path": "in/rows.jsonl", **inputs},
        output={"formats": formats, "columns": {"src": "row.v", "q": "problem"}},
    )


@pytest.fixture
def server(scripted: Any) -> Any:
    return scripted(steps_script(bad_every=0, steps=3))


def generate(recipe: Path, server: Any) -> tuple[int, list[str]]:
    out = recipe.parent / "run"
    return run_cli(["generate", str(recipe), "--out", str(out), "--base-url", server.base_url])


def nothing_ran(recipe: Path, server: Any) -> None:
    assert server.chat_logs() == []
    run = recipe.parent / "run"
    assert not (run / "accepted.jsonl").exists() and not (run / "rejected.jsonl").exists()


# -- refused at load, before any request -------------------------------------------------------------------------


def test_an_integer_beyond_64_bits_is_refused_at_load_naming_file_line_field_and_column(
    tmp_path: Path, server: Any
) -> None:
    recipe = make(tmp_path, ["1", BIG], BOTH)
    code, lines = generate(recipe, server)
    one_error(code, lines, 2, "rows.jsonl:2", "field 'v'", "output.columns.src", BIG, "quote it as a string")
    assert "formats: [jsonl]" in lines[-1]
    nothing_ran(recipe, server)


@pytest.mark.parametrize(
    ("values", "line", "kind"),
    [
        (["1", '"x"', "[1]", '{"k": 1}', "null", "1.5"], 2, "a string"),
        (['"x"', "1"], 2, "an integer"),
        (["1", "null", "[1]"], 3, "a list"),
        (["[1]", '{"k": 1}'], 2, "an object"),
        (["1", "true"], 2, "true/false"),
        (["[1]", '["a"]'], 2, "a list"),
        (['{"k": 1}', '{"k": "x"}'], 2, "an object"),
        (["1.5", "9007199254740993"], 2, "an integer"),
    ],
)
def test_values_of_mixed_types_are_refused_at_load_naming_the_first_row_that_does_not_fit(
    tmp_path: Path, server: Any, values: list[str], line: int, kind: str
) -> None:
    recipe = make(tmp_path, values, BOTH)
    code, lines = generate(recipe, server)
    one_error(code, lines, 2, f"rows.jsonl:{line}:", "field 'v'", "output.columns.src", kind, "one type")
    nothing_ran(recipe, server)


@pytest.mark.parametrize(("value", "fragment"), [(f"[1, {BIG}]", BIG), (f'{{"k": {BIG}}}', BIG), ("{}", "no fields")])
def test_a_value_parquet_cannot_hold_anywhere_inside_a_list_or_object_is_refused(
    tmp_path: Path, value: str, fragment: str
) -> None:
    recipe = make(tmp_path, ["null", value], BOTH)
    with pytest.raises(RecipeError, match=r"output\.columns\.src: .*rows\.jsonl:2: field 'v'") as err:
        load_recipe(recipe)
    assert fragment in str(err.value) and "\n" not in str(err.value)


def test_a_list_mixing_types_in_one_row_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"rows\.jsonl:1: field 'v' holds a list .*mix"):
        load_recipe(make(tmp_path, ['[1, "a"]'], BOTH))


def test_the_line_counts_blank_lines_and_survives_filter_and_shuffle(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rows.jsonl").write_text(
        '{"topic": "a", "v": 1}\n\n{"topic": "b", "v": 2}\n\n{"topic": "c", "v": "x"}\n'
    )
    recipe = write_recipe(
        tmp_path,
        endpoint=ENDPOINT,
        budget={},
        inputs={"path": "in/rows.jsonl", "shuffle": True, "filter": "row.topic != 'b'"},
        output={"formats": BOTH, "columns": {"src": "row.v"}},
    )
    with pytest.raises(RecipeError, match=r"rows\.jsonl:(1|5): field 'v'"):
        load_recipe(recipe)


def test_a_parquet_input_row_is_named_by_its_index(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # Parquet can hold no such value, but its unsigned 64-bit integers can exceed int64.
    pq.write_table(pa.table({"topic": ["a", "b"], "v": pa.array([1, 2**64 - 1], pa.uint64())}), tmp_path / "r.parquet")
    recipe = write_recipe(
        tmp_path,
        endpoint=ENDPOINT,
        budget={},
        inputs={"path": "r.parquet"},
        output={"formats": BOTH, "columns": {"src": "row.v"}},
    )
    with pytest.raises(RecipeError, match=r"r\.parquet: row 2: field 'v'"):
        load_recipe(recipe)


def test_dry_run_refuses_it_too(tmp_path: Path, server: Any) -> None:
    recipe = make(tmp_path, ["1", BIG], BOTH)
    code, lines = run_cli(["generate", str(recipe), "--dry-run", "--limit", "2", "--base-url", server.base_url])
    one_error(code, lines, 2, "rows.jsonl:2")
    assert server.chat_logs() == []


# -- accepted: what Parquet can hold, and anything in a jsonl-only recipe -----------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "null", "3"], [1, None, 3]),
        (["1", "1.5"], [1.0, 1.5]),
        (["[1]", "[]", "null", "[2, 3]"], [[1], [], None, [2, 3]]),
        (['{"k": 1}', '{"j": "x"}'], [{"k": 1, "j": None}, {"k": None, "j": "x"}]),
        (["9223372036854775807", "-9223372036854775808"], [2**63 - 1, -(2**63)]),
    ],
)
def test_values_parquet_can_hold_are_published_with_their_types(
    tmp_path: Path, server: Any, values: list[str], expected: list[Any]
) -> None:
    import pyarrow.parquet as pq

    recipe = make(tmp_path, values, BOTH)
    code, lines = generate(recipe, server)
    assert code == 0, lines
    table = pq.read_table(tmp_path / "run" / "dataset.parquet")
    assert table.column("src").to_pylist() == expected


def test_a_jsonl_only_recipe_keeps_mixed_types_and_big_integers_exactly(tmp_path: Path, server: Any) -> None:
    values = ["1", '"x"', "[1]", '{"k": 1}', "null", "1.5", BIG]
    recipe = make(tmp_path, values, ["jsonl"])
    code, lines = generate(recipe, server)
    assert code == 0, lines
    rows = [json.loads(ln) for ln in (tmp_path / "run" / "dataset.jsonl").read_text().splitlines()]
    assert sorted(json.dumps(r["src"]) for r in rows) == sorted(json.dumps(json.loads(v)) for v in values)
    assert not (tmp_path / "run" / "dataset.parquet").exists()
    code, lines = run_cli(["report", str(tmp_path / "run")])
    assert code == 0, lines


def test_csv_values_are_all_strings_and_always_fit(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text(f"topic,v\na,1\nb,x\nc,{BIG}\n")
    recipe = write_recipe(
        tmp_path,
        endpoint=ENDPOINT,
        budget={},
        inputs={"path": "rows.csv"},
        output={"formats": BOTH, "columns": {"src": "row.v"}},
    )
    assert load_recipe(recipe).inputs is not None


# -- belt and braces: the writer never ends in an internal error ------------------------------------------------


@pytest.mark.parametrize("values", [[1, int(BIG)], [{}], [[1, "a"]], ["x", 1], [1.5, 2**53 + 1]])
def test_the_parquet_writer_refuses_such_values_with_an_output_error(tmp_path: Path, values: list[Any]) -> None:
    raw = {"output": {"columns": {"src": "row.v"}, "provenance": False}}
    records = [{"id": str(i), "src": v} for i, v in enumerate(values)]
    with pytest.raises(OutputError, match=r"column 'src': .*formats: \[jsonl\]") as err:
        write_records("parquet", tmp_path / "d.parquet", records, published_schema(raw, records))
    assert "\n" not in str(err.value)
    assert not list(tmp_path.iterdir())


def test_report_of_a_run_written_before_the_check_is_exit_4_not_an_internal_error(tmp_path: Path, server: Any) -> None:
    recipe = make(tmp_path, ["1", BIG], ["jsonl"])
    code, lines = generate(recipe, server)
    assert code == 0, lines
    run = tmp_path / "run"
    resolved = run / "recipe.resolved.yaml"
    raw = yaml.safe_load(resolved.read_text())
    raw["output"]["formats"] = BOTH  # as an older mcrgen let through
    resolved.write_text(yaml.safe_dump(raw, sort_keys=False))
    os.utime(run / "accepted.jsonl")
    code, lines = run_cli(["report", str(run)])
    one_error(code, lines, 4, "column 'src'", BIG)
