"""Recipe loading: schema errors name the path and line, precedence is flag > env > recipe > default."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mcrgen.errors import RecipeError, ValidatorError
from mcrgen.recipe.loader import load_recipe, schema
from tests.conftest import ROOT, write_recipe

TINY = (ROOT / "tests" / "fixtures" / "tiny.yaml").read_text()


def _with(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "r.yaml"
    p.write_text(text)
    return p


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("name: x\nstages: [\n", "invalid YAML"),
        ("- just\n- a list\n", "YAML mapping"),
        ("name: x\n", "'stages' is a required property"),
        (TINY.replace("  concurrency: 4", "  concurrency: 0"), ":4: endpoint.concurrency: 0 is less than the minimum"),
        (TINY.replace("  concurrency: 4", "  concurency: 4"), ":4: endpoint: unknown key 'concurency'"),
        (TINY.replace("    max_tokens: 60\n", ""), "stages[0]: 'max_tokens' is a required property"),
        (TINY.replace("checkpoints: continuous", "checkpoints: [1.5]"), "stages[1].checkpoints"),
        (TINY.replace("checkpoints: continuous", "checkpoints: sometimes"), "stages[1].checkpoints"),
        (TINY.replace("{{ problem }}", "{{ problme }}"), "{{ problme }}, which is not defined here"),
        (
            TINY.replace("tests.support.fake_validators:no_wrong", "no_such_validator"),
            "unknown validator 'no_such_validator'",
        ),
        (TINY.replace("budget:", "budgett:"), "unknown key 'budgett'"),
        # stop 49's trial: docs/reliability.md wrote retry.* at the top level; the message says where it goes
        (TINY.replace("budget:", "retry: {max_delay: 5}\nbudget:"), "unknown key 'retry' (allowed: "),
        (TINY.replace("budget:", "retry: {max_delay: 5}\nbudget:"), "; 'retry' goes under endpoint:"),
        (TINY.replace("name: tiny", "name: tiny\nanswer_format: roman"), "answer_format"),
        (TINY.replace("    validators: []", "    validators: [{word_count: {mn: 3}}]"), "has no parameter 'mn'"),
        (TINY.replace("    validators: []", "    validators: [{word_count: {min: three}}]"), "must be int"),
        (TINY.replace("  model: scripted\n", ""), "endpoint.model is required"),
    ],
)
def test_bad_recipes_fail_with_a_located_message(tmp_path: Path, text: str, fragment: str) -> None:
    path = _with(tmp_path, text)
    with pytest.raises((RecipeError, ValidatorError)) as info:
        load_recipe(path, base_url=None if "model is required" not in fragment else "http://127.0.0.1:1/v1")
    msg = str(info.value)
    assert fragment in msg, msg
    assert str(path) in msg or "parameter" in msg or "validator" in msg
    assert "\n" not in msg
    assert info.value.exit_code == 2


def test_cli_exits_2_with_one_line_on_a_bad_recipe(tmp_path: Path) -> None:
    path = _with(tmp_path, TINY.replace("  concurrency: 4", "  concurency: 4"))
    proc = subprocess.run(
        [sys.executable, "-m", "mcrgen", "generate", str(path), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "unknown key 'concurency'" in lines[0], proc.stderr
    assert not (tmp_path / "o").exists()


def test_precedence_flag_over_env_over_recipe_over_default(tmp_path: Path) -> None:
    path = write_recipe(tmp_path, endpoint={"base_url": "http://recipe:1/v1", "model": "m-recipe", "concurrency": 2})
    env = {"OPENAI_BASE_URL": "http://env:2/v1"}
    assert load_recipe(path, environ={}).endpoint.base_url == "http://recipe:1/v1"
    assert load_recipe(path, environ=env).endpoint.base_url == "http://env:2/v1"
    assert load_recipe(path, environ=env, base_url="http://flag:3/v1").endpoint.base_url == "http://flag:3/v1"
    r = load_recipe(path, environ=env, model="m-flag", concurrency=9, seed=5, limit=3)
    assert (r.endpoint.model, r.endpoint.concurrency, r.seed, r.samples) == ("m-flag", 9, 5, 3)
    r = load_recipe(path, environ={})
    assert (r.endpoint.model, r.endpoint.concurrency, r.seed, r.samples) == ("m-recipe", 2, 7, 6)
    bare = write_recipe(tmp_path, endpoint={"model": "m"}, budget={})
    d = load_recipe(bare, environ={})
    assert (d.endpoint.base_url, d.endpoint.concurrency, d.samples, d.endpoint.api_key_env) == (
        "local",
        8,
        20,
        "OPENAI_API_KEY",
    )


def test_shipped_recipe_validates_and_schema_is_printed() -> None:
    recipe = load_recipe(ROOT / "recipes" / "gsm8k.yaml", environ={})
    assert [s.name for s in recipe.stages] == ["problem", "solution"]
    assert recipe.seeds is not None and recipe.seeds.path.exists()
    proc = subprocess.run([sys.executable, "-m", "mcrgen", "schema"], capture_output=True, text=True, timeout=60)
    assert json.loads(proc.stdout) == schema()
    assert (
        "# yaml-language-server: $schema=../mcrgen/recipe/schema/recipe.schema.json"
        in (ROOT / "recipes" / "gsm8k.yaml").read_text()
    )
