"""``mcrgen validate``: which column each stage is audited on, and stages the audit never checked.

A run's own files (accepted.jsonl, rejected.jsonl) keep each stage's text under ``outputs.<stage>``, whatever the
stage is called; a ``--field`` that names no stage or no column is exit 2; a stage with no text in the samples is
"not checked", never a clean 0.00%.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mcrgen import cli
from mcrgen.analysis.audit_fields import column_value, guess_fields, resolve_fields
from mcrgen.errors import RecipeError
from mcrgen.render.audit_table import render_audit
from tests.conftest import write_recipe

ROOT = Path(__file__).resolve().parents[2]
GSM8K = ROOT / "tests" / "data" / "gsm8k" / "test.jsonl"


def run_row(i: int, outputs: dict[str, str], **extra: Any) -> dict[str, Any]:
    """A row as a run writes it to accepted.jsonl (mcrgen/engine/chain.py ``_row``), with the flat columns that the
    accepted file also carries (problem/solution/answer, derived from the outputs)."""
    text = next(iter(outputs.values()))
    return {
        "id": f"{i:06d}",
        "seed": i,
        "mode": "inflight",
        "model": "m",
        "recipe": "r",
        "recipe_hash": "h",
        "outputs": outputs,
        "usage": [],
        "outcome": "accepted",
        "session": 1,
        "problem": text,
        "solution": text,
        "answer": None,
        **extra,
    }


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def label_recipe(tmp_path: Path) -> Path:
    """A one-stage, non-math recipe: its stage is called ``label`` and its gate is ``max_chars: 12``."""
    stage = {
        "name": "label",
        "prompt": "Label it. {{ seed_id }}",
        "max_tokens": 40,
        "validators": [{"max_chars": {"max": 12}}],
    }
    return write_recipe(tmp_path, stages=[stage])


def validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """``mcrgen validate ARGS`` through the console entry point (exit codes as a shell sees them): code, stderr."""
    capsys.readouterr()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "argv", ["mcrgen", "validate", *args])
        try:
            cli.main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, capsys.readouterr().err


def test_a_run_file_of_a_non_math_recipe_is_audited_on_its_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = ["positive", "negative", "a label far too long to pass", "neutral"]
    samples = write_jsonl(tmp_path / "accepted.jsonl", [run_row(i, {"label": t}) for i, t in enumerate(labels)])
    out = tmp_path / "audit.json"
    code, said = validate(capsys, str(label_recipe(tmp_path)), str(samples), "--json", str(out))
    assert code == 0, said
    audit = json.loads(out.read_text())
    assert audit["fields"] == {"label": "outputs.label"}
    label = audit["stages"]["label"]
    assert (label["checked"], label["rejected"]) == (4, 1)
    assert label["validators"]["max_chars"]["fired"] == 1


def test_guess_prefers_a_runs_outputs_then_the_stage_name_then_the_math_presets() -> None:
    run = [run_row(0, {"problem": "P?", "solution": "S"})]
    assert guess_fields(["problem", "solution"], run) == {"problem": "outputs.problem", "solution": "outputs.solution"}
    seeds = [{"instruction": "Do it.", "response": "Done.", "category": "x"}]
    assert guess_fields(["instruction", "response", "judge"], seeds) == {
        "instruction": "instruction",
        "response": "response",
    }
    gold = [{"question": "Q?", "answer": "#### 1"}]
    assert guess_fields(["problem", "solution"], gold) == {"problem": "question", "solution": "answer"}
    assert column_value({"outputs": {"a.b": "x"}}, "outputs.a.b") == "x"
    assert column_value({"outputs": {"a": "x"}}, "outputs.b") is None


@pytest.mark.parametrize(
    ("spec", "named"),
    [
        (["--field", "problem=nonexistent", "--field", "solution=bogus"], "'nonexistent'"),
        (["--field", "solution=bogus"], "'bogus'"),
        (["--field", "nostage=question"], "'nostage'"),
    ],
)
def test_a_field_naming_no_stage_or_no_column_is_one_line_exit_2(
    spec: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.json"
    code, said = validate(capsys, str(ROOT / "recipes" / "gsm8k.yaml"), str(GSM8K), *spec, "--json", str(out))
    assert code == 2, said
    lines = said.strip().splitlines()
    assert len(lines) == 1 and named in lines[0], said
    assert not out.exists()


def test_resolve_fields_keeps_a_good_field_and_guesses_the_rest() -> None:
    rows = [{"question": "Q?", "answer": "#### 1", "other": "#### 2"}]
    assert resolve_fields(["problem", "solution"], rows, {"solution": "other"}, "f") == {
        "problem": "question",
        "solution": "other",
    }
    with pytest.raises(RecipeError, match="no column holds the text of any stage"):
        resolve_fields(["label"], rows, None, "f")


def test_stages_without_data_are_not_checked_never_a_clean_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "audit.json"
    code, said = validate(capsys, str(ROOT / "recipes" / "instruct.yaml"), "--json", str(out))
    assert code == 0, said
    audit = json.loads(out.read_text())
    judge = audit["stages"]["judge"]
    assert judge["checked"] == 0 and judge["rejected_rate"] is None and "not_checked" in judge
    assert all(v["rate"] is None for v in judge["validators"].values())
    assert audit["stages"]["instruction"]["checked"] == 40 and "not_checked" not in audit["stages"]["instruction"]

    console = Console(file=io.StringIO(), width=200)
    render_audit(console, audit)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    judge_rows = [line for line in shown.splitlines() if line.startswith("│ judge")]
    assert judge_rows and not any("%" in line for line in judge_rows), shown
    assert "not checked" in shown


def rejected_row(i: int, outputs: dict[str, str]) -> dict[str, Any]:
    """A row as a run writes it to rejected.jsonl: the same ``outputs`` (up to the stage that was rejected), no
    flat columns."""
    row = run_row(i, outputs, outcome="rejected", rejection={"stage": list(outputs)[-1], "reason": "x"})
    return {k: v for k, v in row.items() if k not in ("problem", "solution", "answer")}


def test_a_runs_rejected_file_just_works_and_missing_stages_are_not_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = [json.loads(line) for line in GSM8K.read_text().splitlines()[:3]]
    rows = [
        rejected_row(0, {"problem": gold[0]["question"]}),  # rejected at the problem: no solution was asked for
        rejected_row(1, {"problem": gold[1]["question"], "solution": gold[1]["answer"] + "\nSo 2 + 2 = 5."}),
        rejected_row(2, {"problem": "Write a problem about apples"}),
    ]
    samples = write_jsonl(tmp_path / "rejected.jsonl", rows)
    out = tmp_path / "audit.json"
    code, said = validate(capsys, str(ROOT / "recipes" / "quickstart.yaml"), str(samples), "--json", str(out))
    assert code == 0, said
    assert "fields=" not in said
    audit = json.loads(out.read_text())
    assert audit["fields"] == {"problem": "outputs.problem", "solution": "outputs.solution"}
    problem, solution = audit["stages"]["problem"], audit["stages"]["solution"]
    assert (problem["checked"], solution["checked"]) == (3, 1)
    assert problem["validators"]["has_question_mark"]["fired"] == 1
    assert solution["validators"]["arithmetic"]["fired"] == 1


def test_samples_with_no_column_for_any_stage_say_how_to_map_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = write_jsonl(tmp_path / "other.jsonl", [{"id": "1", "outputs": {"label": "x"}, "text": "hello"}])
    code, said = validate(capsys, str(ROOT / "recipes" / "quickstart.yaml"), str(samples))
    assert code == 2, said
    assert len(said.strip().splitlines()) == 1 and "--field STAGE=COLUMN" in said and "fields=" not in said
    assert "outputs.label" in said  # the columns it could be mapped to
