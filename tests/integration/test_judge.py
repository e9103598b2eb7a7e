"""S4 LLM-as-judge: score parsing, and a judge stage on its own scripted server and model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.engine.generate import generate
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.validators import CheckContext, bind
from mcrgen.validators.judge import parse_score
from tests.support.scripted_server import Reply, Script

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Score: 4", 4),
        ("The solution is fine.\n\nScore: 5", 5),
        ("**Score:** 3", 3),
        ("score = 4/5", 4),
        ("Final score: [2]", 2),
        ("SCORE:1", 1),
        ("3", 3),
        ("  4/5.  ", 4),
        ("Score: 4.0", 4),
        ("A score: 5 needs a perfect answer; this one has a slip.\nScore: 3", 3),  # the last one is the verdict
        ("<think>Score: 1? no...</think>Score: 5", 5),
    ],
)
def test_scores_are_read(text: str, value: int) -> None:
    assert parse_score(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Looks great!",
        "Score: ",
        "Score: 6",
        "Score: 0",
        "Score: -3",
        "Score: 8/10",
        "Score: 3.5",
        "I would give it a 4 or 5.",
        "<think>Score: 4</think>",  # a score only inside the thoughts is no verdict
        "Score: five",
    ],
)
def test_unreadable_or_out_of_range_is_judge_error(text: str) -> None:
    v = bind("judge_score", {"min": 3})
    fail = v(text, CheckContext(stage="judge", final=True))
    assert fail is not None and fail.reason == "judge_error", (text, fail)


def test_threshold_is_configurable_and_scale_too() -> None:
    ctx = CheckContext(stage="judge", final=True)
    assert bind("judge_score", {})("Score: 3", ctx) is None
    low = bind("judge_score", {"min": 4})("Score: 3", ctx)
    assert low is not None and low.reason == "judge_low_score" and "3 < 4" in low.detail
    ten = bind("judge_score", {"min": 7, "high": 10})
    assert ten("Score: 8/10", ctx) is None
    assert ten("Score: 11", ctx) is not None
    assert not bind("judge_score", {}).prefix_safe, "a partial reply has no verdict yet"


# -- a full run: generator and judge on two servers -----------------------------------------------------------

BASE_A = "Tom has three red apples and buys five more apples at the market on Monday morning before school"
BASE_B = "A baker makes twelve loaves of bread each day and sells them to the families who live on his street"


def problem_text(i: int) -> str:
    if i % 4 == 0:
        return BASE_A + ". How many apples does Tom have now?"  # exact duplicates of sample 0
    if i % 4 == 1:
        return BASE_B + f". How many loaves are sold in a week, friend{i}?"  # near duplicates of sample 1
    return f"Problem {i}: Sara reads {i} pages a day for {i + 2} days. How many pages does she read?"


def generator_script() -> Script:
    def script(body: dict[str, Any], n: int) -> Reply:
        msg = body["messages"][-1]["content"]
        if msg.startswith("Write"):
            return Reply(problem_text(int(msg.split()[-1])))
        return Reply("".join(f"Step {k}: 2 + 2 = 4.\n" for k in range(5)) + "ANSWER 4")

    return script


def judge_verdict(i: int) -> str:
    if i % 10 == 7:
        return "I cannot grade this."
    if i % 5 == 3:
        return "Step 3 is wrong.\nScore: 2"
    return "Every step is right.\n**Score:** 4"


def judge_script() -> Script:
    def script(body: dict[str, Any], n: int) -> Reply:
        msg = body["messages"][-1]["content"]
        return Reply(judge_verdict(int(msg.split("Grade sample ")[1].split(".")[0])))

    return script


def judged_recipe(tmp_path: Path, judge_url: str, **extra: Any) -> Path:
    data = yaml.safe_load((ROOT / "tests" / "fixtures" / "tiny.yaml").read_text())
    data["stages"].append(
        {
            "name": "judge",
            "prompt": "Grade sample {{ seed_id }}.\nProblem: {{ problem }}\nSolution: {{ solution }}\nScore: N?",
            "temperature": 0,
            "max_tokens": 40,
            "checkpoints": "final",
            "validators": [{"judge_score": {"min": 3}}],
            "endpoint": {"base_url": judge_url, "model": "judge-model", "api_key_env": "JUDGE_KEY"},
        }
    )
    data["budget"] = {"samples": 20}
    data.update(extra)
    path = tmp_path / "judged.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def test_judge_stage_on_another_server_scores_and_is_accounted(
    tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JUDGE_KEY", "judge-secret-0123456789")
    gen = scripted(generator_script())
    judge = scripted(judge_script(), models=("judge-model",), api_key="judge-secret-0123456789")
    recipe = load_recipe(judged_recipe(tmp_path, judge.base_url), base_url=gen.base_url)
    _, report = generate(recipe, tmp_path / "run")

    # Every judge request went to the judge server with its model; none to the generator.
    assert len(judge.chat_logs()) == 20
    assert all(r.body["model"] == "judge-model" for r in judge.chat_logs())
    assert not any("Grade sample" in r.body["messages"][-1]["content"] for r in gen.chat_logs())
    assert len(gen.chat_logs()) == 40

    rejected = {r["id"]: r["rejection"] for r in read_jsonl(tmp_path / "run" / "rejected.jsonl")}
    reasons = {i: rej["reason"] for i, rej in rejected.items()}
    assert reasons == {f"{i:06d}": "judge_error" for i in (7, 17)} | {
        f"{i:06d}": "judge_low_score" for i in (3, 8, 13, 18)
    }
    assert all((rej["stage"], rej["validator"]) == ("judge", "judge_score") for rej in rejected.values())
    assert report["funnel"]["accepted"] == 14
    assert report["funnel"]["passed_judge"] == 14

    # Judge tokens are counted like any stage's, from what the judge server sent.
    sent = sum(r.tokens_sent for r in judge.chat_logs())
    assert report["tokens"]["by_stage"]["judge"]["completion_tokens"] == sent
    assert report["tokens"]["total"]["completion_tokens"] == sum(r.tokens_sent for r in gen.chat_logs()) + sent

    # The published record carries the judge's score; 1, 5 and 9 are near duplicates, 4, 12, 16 exact ones.
    rows = read_jsonl(tmp_path / "run" / "dataset.jsonl")
    assert [r["id"] for r in rows] == [f"{i:06d}" for i in (0, 1, 2, 6, 10, 11, 14, 15, 19)]
    assert all(r["judge_score"] == 4 for r in rows)
    assert report["dedup"] == {
        "input": 14,
        "exact_duplicates": 3,
        "near_duplicates": 2,
        "kept": 9,
        "tokens_per_kept_sample": round(report["tokens"]["total"]["total_tokens"] / 9, 1),
    }
    for f in (tmp_path / "run").iterdir():
        if f.is_file() and f.suffix != ".parquet":
            assert "judge-secret" not in f.read_text(), f
    assert json.loads((tmp_path / "run" / "dedup.json").read_text())["kept"] == 9


def test_shipped_judged_recipe_loads_with_a_judge_stage() -> None:
    recipe = load_recipe(ROOT / "recipes" / "gsm8k-judged.yaml")
    assert [s.name for s in recipe.stages] == ["problem", "solution", "judge"]
    judge = recipe.stages[-1]
    assert [(v.name, dict(v.params)) for v in judge.validators] == [("judge_score", {"min": 3})]
    assert "{{ problem }}" in judge.prompt and "{{ solution }}" in judge.prompt
    assert recipe.formats == ("jsonl", "parquet")
    base = load_recipe(ROOT / "recipes" / "gsm8k.yaml")
    assert [s.prompt for s in recipe.stages[:2]] == [s.prompt for s in base.stages], "S1-S3 as in gsm8k.yaml"
