"""Input rows and Jinja2 templates (issue 16): files of every kind, selection, stable sample order, and template
mistakes caught when the recipe loads, naming the template and the field."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.errors import RecipeError
from mcrgen.recipe.loader import load_recipe
from mcrgen.recipe.sampling import base_variables, input_record, render_messages
from tests.conftest import ROOT

ROWS = [{"topic": f"topic {i}", "subject": "biology" if i % 2 else "physics", "level": i} for i in range(10)]


def recipe(
    tmp_path: Path, inputs: dict[str, Any] | None = None, prompt: str = "About {{ topic }}.", **extra: Any
) -> Path:
    data: dict[str, Any] = {
        "name": "t",
        "endpoint": {"base_url": "http://127.0.0.1:1/v1", "model": "m"},
        "stages": [
            {"name": "question", "prompt": prompt, "max_tokens": 50},
            {
                "name": "answer",
                "prompt": "Answer: {{ question }}" + (" ({{ row.subject }})" if inputs else ""),
                "max_tokens": 50,
            },
        ],
        **extra,
    }
    if inputs is not None:
        data["inputs"] = inputs
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_jsonl_rows_drive_the_samples_and_every_prompt_sees_them(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    r = load_recipe(recipe(tmp_path, {"path": "rows.jsonl", "n": 2}))
    assert r.samples == 20 and r.inputs is not None
    values = base_variables(r, 5, seed=1, shot_rows=[])
    assert values["topic"] == "topic 2" and values["repeat"] == 1 and values["sample_id"] == "000005"
    msgs = render_messages(r.stages[1], values, {"question": "Q?"})
    assert msgs == [{"role": "user", "content": "Answer: Q? (physics)"}]
    assert input_record(r, 5) == {"index": 2, "repeat": 1, "row": ROWS[2]}


def test_csv_and_parquet_and_a_saved_dataset_folder_give_the_same_rows(tmp_path: Path) -> None:
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasets import Dataset, DatasetDict

    with open(tmp_path / "rows.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(ROWS[0]))
        w.writeheader()
        w.writerows(ROWS)
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "rows.parquet")
    DatasetDict({"train": Dataset.from_list(ROWS[:4]), "test": Dataset.from_list(ROWS[4:])}).save_to_disk(
        str(tmp_path / "saved")
    )
    csv_rows = load_recipe(recipe(tmp_path, {"path": "rows.csv"})).inputs
    pq_rows = load_recipe(recipe(tmp_path, {"path": "rows.parquet"})).inputs
    hf_rows = load_recipe(recipe(tmp_path, {"path": "saved", "split": "test"})).inputs
    assert csv_rows and pq_rows and hf_rows
    assert [r["topic"] for r in csv_rows.rows] == [r["topic"] for r in pq_rows.rows]
    assert csv_rows.rows[3]["level"] == "3" and pq_rows.rows[3]["level"] == 3  # CSV is text, Parquet typed
    assert [r["level"] for r in hf_rows.rows] == [4, 5, 6, 7, 8, 9]


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" and some Windows tools start the file with a BOM: the first column keeps its name."""
    body = "topic,subject,level\n" + "".join(f"topic {i},physics,{i}\n" for i in range(3))
    (tmp_path / "rows.csv").write_bytes(b"\xef\xbb\xbf" + body.encode())
    rows = load_recipe(recipe(tmp_path, {"path": "rows.csv"})).inputs
    assert rows is not None and rows.rows[0] == {"topic": "topic 0", "subject": "physics", "level": "0"}
    (tmp_path / "rows.jsonl").write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(r) + "\n" for r in ROWS).encode())
    rows = load_recipe(recipe(tmp_path, {"path": "rows.jsonl"})).inputs
    assert rows is not None and rows.rows[0]["topic"] == "topic 0"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_in_an_input_row_is_refused_naming_file_and_line(tmp_path: Path, constant: str) -> None:
    """Python's json reads NaN, and the rows (input.row in rejected.jsonl, row.FIELD columns in dataset.jsonl) were
    then written with a bare NaN that jq, JavaScript or Go refuse to parse."""
    (tmp_path / "rows.jsonl").write_text('{"topic": "a", "subject": "b"}\n{"topic": "c", "level": ' + constant + "}\n")
    with pytest.raises(RecipeError, match=rf"rows.jsonl:2: {constant} is not valid JSON \(write null"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}))


def test_a_dataset_name_is_never_downloaded_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"cannot load the dataset 'nobody/no-such-dataset'.*allow_download"):
        load_recipe(recipe(tmp_path, {"dataset": "nobody/no-such-dataset"}))


def test_filter_shuffle_limit_are_seeded_and_stable(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    spec = {"path": "rows.jsonl", "filter": "subject == 'biology' and level > 2", "shuffle": True, "limit": 3}
    a = load_recipe(recipe(tmp_path, spec)).inputs
    b = load_recipe(recipe(tmp_path, spec)).inputs
    assert a is not None and b is not None
    assert a.rows == b.rows and len(a.rows) == 3
    assert all(r["subject"] == "biology" and r["level"] > 2 for r in a.rows)
    assert [ROWS[i] for i in a.indices] == list(a.rows)  # the source position is recorded with each sample
    other = load_recipe(recipe(tmp_path, {**spec, "seed": 9})).inputs
    assert other is not None and [r["level"] for r in other.rows] != [r["level"] for r in a.rows]


def test_budget_samples_cannot_exceed_the_rows(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", ROWS[:3])
    with pytest.raises(
        RecipeError, match=r"7 samples \(budget.samples or --limit\) is more than the input rows give \(3 rows x n=2"
    ):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl", "n": 2}, budget={"samples": 7}))
    assert load_recipe(recipe(tmp_path, {"path": "rows.jsonl", "n": 2}), limit=4).samples == 4


def test_rows_times_n_is_held_to_the_samples_cap(tmp_path: Path) -> None:
    """``inputs.n: 100000000`` on 3 rows made 300 million samples: past the cap that budget.samples has, the run
    took 12 GB of memory and ignored Ctrl-C before sending anything (a new user's trial, stop 29)."""
    write_jsonl(tmp_path / "rows.jsonl", ROWS[:3])
    with pytest.raises(RecipeError, match=r"budget.samples \(3 input rows x inputs.n 100000000, its default\) must be"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl", "n": 100_000_000}))
    assert load_recipe(recipe(tmp_path, {"path": "rows.jsonl", "n": 100_000_000}), limit=5).samples == 5


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        ("About {{ topc }}.", r"stages\[0\] \(question\): prompt uses \{\{ topc \}\}, which is not defined here"),
        ("About {{ row.topc }}.", r"stages\[0\] \(question\): prompt: field 'topc' is not in the row"),
        ("About {{ topic }.", r"stages\[0\] \(question\): prompt: template syntax error on its line 1"),
        ("Earlier {{ answer }}.", r"uses \{\{ answer \}\}, which is not defined here"),  # a later stage
    ],
)
def test_template_mistakes_fail_at_load_time_naming_template_and_field(
    tmp_path: Path, prompt: str, message: str
) -> None:
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    with pytest.raises(RecipeError, match=message):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt=prompt))


def test_templates_are_sandboxed(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    with pytest.raises(RecipeError, match="prompt"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt="{{ topic.__class__.__mro__ }}"))


@pytest.mark.parametrize(
    ("prompt", "error"),
    [
        ("{{ 1 / 0 }}", "ZeroDivisionError"),
        ("{{ topic + 1 }}", "TypeError"),
        ("{% for i in range(10**9) %}x{% endfor %}", "OverflowError"),
        ("{{ topic.index('z') }}", "ValueError"),
    ],
)
def test_a_template_that_fails_when_rendered_is_a_recipe_error(tmp_path: Path, prompt: str, error: str) -> None:
    """Not exit 1 'internal error (a bug in mcrgen)': the recipe's own template is at fault (exit 2)."""
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    with pytest.raises(RecipeError, match=rf"stages\[0\] \(question\): prompt: the template failed: {error}"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt=prompt))


@pytest.mark.parametrize(
    ("prompt", "error"),
    [
        ("{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}", "loop steps"),
        ("{{ 'x' * 2000000000 }}", "a repetition of 1 x 2000000000 is too long"),
        ("{{ 2 ** 100000000 }}", "2 \\*\\* 100000000 is too large"),
        ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "renders more than 10,000,000 characters"),
    ],
)
def test_a_template_that_would_render_for_ever_is_refused_at_load(tmp_path: Path, prompt: str, error: str) -> None:
    """Nested loops of 99,999 never ended and ``'x' * 2000000000`` ran past a minute: loading a recipe hung (a new
    user's trial, stop 29). Rendering is bounded in steps, repetition, powers and size."""
    write_jsonl(tmp_path / "rows.jsonl", ROWS)
    with pytest.raises(RecipeError, match=rf"stages\[0\] \(question\): prompt: not allowed in a template: .*{error}"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt=prompt))


def test_jinja_features_work_in_prompts(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", [{"topic": "cells", "subject": "bio", "facts": ["a", "b"]}])
    prompt = "{% for f in row.facts %}- {{ f | upper }}\n{% endfor %}{{ topic if repeat == 0 else 'x' }}"
    r = load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt=prompt))
    r2 = r.stages[0]
    assert render_messages(r2, base_variables(r, 0, 1, []), {})[0]["content"] == "- A\n- B\ncells"


def test_shipped_gsm8k_recipe_renders_exactly_as_before(tmp_path: Path) -> None:
    r = load_recipe(ROOT / "recipes" / "gsm8k.yaml")
    shots = ["Q one?", "Q two?", "Q three?", "Q four?"]
    values = base_variables(r, 3, seed=11, shot_rows=shots)
    msgs = render_messages(r.stages[0], values, {})
    # The pre-Jinja renderer: replace {{ name }}, keep everything else byte for byte (trailing newline included).
    old = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: str(values[m.group(1)]), r.stages[0].prompt)
    assert msgs[1]["content"] == old and old.endswith("question.\n")
    assert "Example 1:\n" in old
    solution = render_messages(r.stages[1], values, {"problem": "How many $\\frac{1}{2}$?"})[1]["content"]
    assert solution.endswith("Problem: How many $\\frac{1}{2}$?\n")


def test_shot_format_is_configurable(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds.jsonl"
    write_jsonl(seeds, [{"q": "One?"}, {"q": "Two?"}])
    path = recipe(
        tmp_path,
        prompt="{{ shots }}|{{ examples | length }}",
        seeds={
            "path": "seeds.jsonl",
            "field": "q",
            "shots": 2,
            "format": "Q{{ number }}: {{ text }}",
            "separator": " / ",
        },
    )
    r = load_recipe(path)
    content = render_messages(r.stages[0], base_variables(r, 0, 5, ["One?", "Two?"]), {})[0]["content"]
    assert re.fullmatch(r"Q1: (One|Two)\? / Q2: (One|Two)\?\|2", content)


def test_a_field_missing_from_a_later_row_fails_at_load_time_naming_the_row(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "rows.jsonl", [{"topic": "a", "subject": "s", "mood": "x"}, {"topic": "b", "subject": "s"}])
    with pytest.raises(RecipeError, match=r"field 'mood' is not in the row .*\(input row 1\).*is defined"):
        load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt="{{ topic }} {{ row.mood }}"))
    ok = "{{ topic }}{% if row.mood is defined %} {{ row.mood }}{% endif %}"
    r = load_recipe(recipe(tmp_path, {"path": "rows.jsonl"}, prompt=ok))
    assert render_messages(r.stages[0], base_variables(r, 1, 0, []), {})[0]["content"] == "b"


def test_structured_output_is_translated_for_the_embedded_server() -> None:
    from mcrgen.recipe.sampling import for_embedded_server

    schema = {"type": "object", "required": ["a"]}
    fmt = {"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}, "k": 1}
    assert for_embedded_server(fmt) == {"response_format": {"type": "json_object", "schema": schema}, "k": 1}
    assert for_embedded_server({"response_format": {"type": "text"}}) == {"response_format": {"type": "text"}}


def test_the_recipe_hash_follows_the_input_data_but_not_its_limit(tmp_path: Path) -> None:
    rows = write_jsonl(tmp_path / "rows.jsonl", ROWS)
    spec = {"path": "rows.jsonl", "shuffle": True}
    base = load_recipe(recipe(tmp_path, {**spec, "limit": 3}))
    assert load_recipe(recipe(tmp_path, {**spec, "limit": 6})).hash == base.hash  # resume may extend the run
    first_three = [r["topic"] for r in base.inputs.rows] if base.inputs else []
    longer = load_recipe(recipe(tmp_path, {**spec, "limit": 6})).inputs
    assert longer is not None and [r["topic"] for r in longer.rows[:3]] == first_three  # same ids, same rows
    write_jsonl(rows, [*ROWS[:5], {**ROWS[5], "topic": "edited"}, *ROWS[6:]])
    assert load_recipe(recipe(tmp_path, {**spec, "limit": 3})).hash != base.hash  # edited data: no resume


@pytest.mark.parametrize(
    ("file", "text"),
    [
        ("rows.csv", "subject,topic\nphysics,rain\nbiology\n"),  # a row cut short: its last cell is missing
        ("rows.jsonl", '{"topic": "rain", "subject": "physics"}\n{"topic": null, "subject": "biology"}\n'),
    ],
)
def test_a_null_a_prompt_would_print_fails_at_load_naming_the_row(tmp_path: Path, file: str, text: str) -> None:
    """Printed, a null is the text "None" in a prompt that is sent and paid for ("About None.")."""
    (tmp_path / file).write_text(text)
    with pytest.raises(RecipeError, match=r"prompt: it prints a null value .* \(input row 1\)$"):
        load_recipe(recipe(tmp_path, {"path": file}))
    guarded = "About {% if topic %}{{ topic }}{% else %}anything{% endif %}, {{ row.topic or 'any topic' }}."
    r = load_recipe(recipe(tmp_path, {"path": file}, prompt=guarded, output={"columns": {"t": "{{ row.topic }}"}}))
    assert r.inputs is not None and len(r.inputs.rows) == 2
