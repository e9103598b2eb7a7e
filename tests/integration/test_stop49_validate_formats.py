"""Stop 49, a new user's trial: ``mcrgen validate`` reads a CSV or Parquet input file as ``generate`` does, and
names the formats it reads when SAMPLES is none of them; through the real CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from tests.support.cli_run import one_error, run_cli

# -- 7. validate over a recipe whose input file is CSV or Parquet --------------------------------------------------

PROBLEMS = ["How many apples are left?", "What is two plus two", "Who counts the pears?"]


def _input_recipe(tmp_path: Path, data: str) -> Path:
    """A recipe over ``data`` (a file of 'problem' rows beside it), gated on a question mark."""
    recipe = {
        "name": "own-data",
        "endpoint": {"model": "scripted"},
        "inputs": {"path": data},
        "answer_format": "none",
        "stages": [
            {
                "name": "problem",
                "prompt": "Rephrase: {{ row.problem }}",
                "max_tokens": 60,
                "validators": ["has_question_mark"],
            },
        ],
    }
    path = tmp_path / "own.yaml"
    path.write_text(json.dumps(recipe))
    return path


def _audit(tmp_path: Path, *argv: str) -> dict[str, Any]:
    code, err = run_cli(["validate", *argv, "--json", str(tmp_path / "audit.json")])
    assert code == 0, err
    return json.loads((tmp_path / "audit.json").read_text())


def _fired(audit: dict[str, Any]) -> int:
    return int(audit["stages"]["problem"]["validators"]["has_question_mark"]["fired"])


def test_validate_reads_a_csv_input_file_as_generate_does(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text("id,problem\n" + "".join(f"{i},{p}\n" for i, p in enumerate(PROBLEMS)))
    recipe = _input_recipe(tmp_path, "rows.csv")
    audit = _audit(tmp_path, str(recipe))  # the default: the recipe's own input file
    assert audit["samples"] == 3 and _fired(audit) == 1
    shutil.copy(tmp_path / "rows.csv", tmp_path / "mine.csv")
    assert _audit(tmp_path, str(recipe), str(tmp_path / "mine.csv"))["samples"] == 3


def test_validate_reads_a_parquet_input_file(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"problem": PROBLEMS, "n": [1, 2, 3]}), tmp_path / "rows.parquet")
    audit = _audit(tmp_path, str(_input_recipe(tmp_path, "rows.parquet")))
    assert audit["samples"] == 3 and _fired(audit) == 1


def test_validate_names_the_formats_it_reads_for_a_file_that_is_none_of_them(tmp_path: Path) -> None:
    (tmp_path / "rows.csv").write_text("problem\nWhat?\n")
    bad = tmp_path / "rows.tsv"
    bad.write_text("problem\tx\nWhat?\t1\n")
    code, err = run_cli(["validate", str(_input_recipe(tmp_path, "rows.csv")), str(bad)])
    one_error(code, err, 2, f"{bad}:1: not valid JSON", ".jsonl", ".csv", ".parquet")
