"""Every shipped recipe, end to end on the scripted server: real HTTP, real streams, the recipe's own gates; the
Parquet it publishes loads with ``datasets.load_dataset("parquet", ...)`` with the columns the recipe declares."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.generate import generate
from mcrgen.publish.card import render_card
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.reader import read_resolved as load_resolved
from tests.support import recipe_worlds
from tests.support.scripted_server import Script

ROOT = Path(__file__).resolve().parents[2]
PROVENANCE = ["outputs", "tokens", "seed", "model", "recipe", "recipe_hash", "mode"]
MATH_COLUMNS = ["id", "messages", "problem", "solution", "answer", "answer_value", "judge_score", *PROVENANCE]


def run(scripted: Any, tmp_path: Path, name: str, script: Script, limit: int | None = None) -> dict[str, Any]:
    srv = scripted(script)
    recipe = load_recipe(ROOT / "recipes" / f"{name}.yaml", base_url=srv.base_url, model="scripted", limit=limit)
    out = tmp_path / "run"
    generate(recipe, out)
    from datasets import load_dataset

    ds = load_dataset("parquet", data_files=str(out / "dataset.parquet"), split="train", cache_dir=str(tmp_path / "c"))
    return {
        "server": srv,
        "dir": out,
        "ds": ds,
        "accepted": read_jsonl(out / "accepted.jsonl"),
        "rejected": read_jsonl(out / "rejected.jsonl"),
        "report": json.loads((out / "report.json").read_text()),
    }


def cancelled(rejected: list[dict[str, Any]], validator: str) -> list[dict[str, Any]]:
    """Rejected rows whose stream the given gate closed early (in flight, with a cancelled request)."""
    return [
        r
        for r in rejected
        if r["outcome"] == "rejected_inflight"
        and r["rejection"]["validator"] == validator
        and any(u["status"] == "cancelled" for u in r["usage"])
    ]


def test_math_recipe_keeps_the_math_columns(scripted: Any, tmp_path: Path) -> None:
    res = run(scripted, tmp_path, "math", recipe_worlds.math_world(bad_every=3), limit=9)
    assert res["ds"].column_names == MATH_COLUMNS
    assert len(res["accepted"]) + len(res["rejected"]) == 9
    loops = cancelled(res["rejected"], "repetition")
    assert loops and len(loops) == len(res["rejected"]), [r.get("rejection") for r in res["rejected"]]
    dedup = json.loads((res["dir"] / "dedup.json").read_text())
    assert all(r["answer"] for r in res["accepted"]) and len(res["ds"]) == dedup["kept"]
    assert dedup["config"]["fields"] == ["problem"]


def test_mcq_recipe_varies_topics_and_the_plugin_cancels_a_fifth_option(scripted: Any, tmp_path: Path) -> None:
    res = run(scripted, tmp_path, "mcq", recipe_worlds.mcq_world(bad_every=4), limit=12)
    ds = res["ds"]
    assert ds.column_names == ["id", "subject", "topic", "question", "explanation", "answer", *PROVENANCE]
    fifth = cancelled(res["rejected"], "mcq_checks:four_options")
    assert fifth and len(ds) + len(res["rejected"]) == 12
    assert set(ds["answer"]) == {"B"}
    assert len(set(ds["topic"])) >= 4  # the topics file drives the questions
    assert all(t in q for t, q in zip(ds["topic"], ds["question"], strict=True))
    prompts = [r.body["messages"][-1]["content"] for r in res["server"].chat_logs() if "true?" not in str(r.body)]
    assert not any("Example 1:" in p for p in prompts) and any("Sample question:" in p for p in prompts)


def test_instruct_recipe_writes_chat_messages_and_the_judge_filters(scripted: Any, tmp_path: Path) -> None:
    res = run(scripted, tmp_path, "instruct", recipe_worlds.instruct_world(bad_every=5), limit=10)
    ds = res["ds"]
    assert ds.column_names == ["id", "category", "instruction", "response", "judge_score", "messages", *PROVENANCE]
    assert all(s == 4 for s in ds["judge_score"])
    low = [r for r in res["rejected"] if r["rejection"]["reason"] == "judge_low_score"]
    assert low and len(ds) + len(res["rejected"]) == 10
    for row in ds:
        assert row["messages"] == [
            {"role": "user", "content": row["instruction"]},
            {"role": "assistant", "content": row["response"]},
        ]
    card = render_card("me/instruct", load_resolved(res["dir"]), res["report"], None, len(ds))
    assert "task_categories:\n- text-generation" in card and "- instruction-tuning" in card and "math" not in card
    assert "`instruction`" in card and "the output of the `response` stage" in card


def test_code_recipe_cancels_broken_syntax_in_flight(scripted: Any, tmp_path: Path) -> None:
    res = run(scripted, tmp_path, "code", recipe_worlds.code_world(bad_every=3))
    ds = res["ds"]
    assert ds.column_names == ["id", "function_name", "task", "code", "messages", *PROVENANCE]
    broken = cancelled(res["rejected"], "python_syntax")
    assert broken and len(broken) == len(res["rejected"]) and len(ds) + len(broken) == 12
    for r in broken:  # the verdict came before the reply's last token: the rest was never needed
        log = next(x for x in res["server"].chat_logs() if x.body.get("seed") == r["seed"])
        assert r["rejection"]["at_token"] < log.tokens_planned - 10
    for code in ds["code"]:
        compile(code.strip().removeprefix("```python").removesuffix("```"), "<code>", "exec")


def test_json_extraction_sends_response_format_and_checks_the_schema(scripted: Any, tmp_path: Path) -> None:
    res = run(scripted, tmp_path, "json-extraction", recipe_worlds.extraction_world(bad_every=3))
    ds = res["ds"]
    assert ds.column_names == ["id", "text", "extraction", "messages", *PROVENANCE]
    prose = cancelled(res["rejected"], "json")
    assert prose and all(r["rejection"]["at_char"] == 0 for r in prose)
    fenced = 0
    for row in ds:
        record = json.loads(row["extraction"])  # a fenced reply is published without its fence (stop 49's trial)
        assert set(record) == {"name", "age", "organization", "role", "city", "year"}
        assert row["messages"][2]["content"] == row["extraction"]
        assert row["messages"][0]["role"] == "system" and row["messages"][1]["content"] == row["text"]
        fenced += next(o["text"] for o in row["outputs"] if o["stage"] == "extraction").startswith("```json")
    assert fenced, "the world's fenced replies were accepted and published"
    body = res["server"].chat_logs()[0].body
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"]["required"][0] == "name"


@pytest.mark.parametrize("name", ["gsm8k", "math", "mcq", "instruct", "code", "json-extraction"])
def test_validate_reports_each_gate_on_the_recipes_own_data(name: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from mcrgen.cli import app

    out = tmp_path / "audit.json"
    result = CliRunner().invoke(app, ["validate", str(ROOT / "recipes" / f"{name}.yaml"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    audit = json.loads(out.read_text())
    recipe = load_recipe(ROOT / "recipes" / f"{name}.yaml", environ={})
    checked = {stage for stage, s in audit["stages"].items() if s["checked"]}
    assert checked, "the seed data must reach at least one stage"
    for stage in recipe.stages:
        if stage.name in checked:
            assert set(audit["stages"][stage.name]["validators"]) == {v.name for v in stage.validators}
    if name == "instruct":  # imperative instructions: the language gates must not fire on a single one
        assert audit["stages"]["instruction"]["checked"] == 40
        assert audit["stages"]["instruction"]["validators"]["english_only"]["fired"] == 0
