"""Template mistakes a new user met at stop 48: an output template that reads a missing row field or always
fails (``{{ row.nope }}``, ``{{ critique | int / 0 }}``) passed the load check and failed after every token was
spent, with no dataset; a prompt that works on an earlier stage's text (``{{ intro.splitlines()[1] }}``) was refused
for what the load check's placeholder text lacked; an unknown filter (``| fromjson``) was an internal error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mcrgen.errors import RecipeError
from mcrgen.recipe.loader import load_recipe
from tests.support.cli_run import invoke_cli

HEAD = """name: t
endpoint: {base_url: "http://127.0.0.1:9/v1", model: m}
inputs: {path: rows.jsonl}
stages:
  - name: intro
    prompt: "Two lines about {{ row.topic }}."
    max_tokens: 16
  - name: poem
    prompt: %s
    max_tokens: 16
"""


def _recipe(tmp_path: Path, prompt: str = '"A poem."', output: str = "") -> Path:
    (tmp_path / "rows.jsonl").write_text(json.dumps({"topic": "rain"}) + "\n", encoding="utf-8")
    path = tmp_path / "r.yaml"
    path.write_text(HEAD % prompt + output, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "prompt",
    [
        '"POEM about {{ intro.splitlines()[1] }}"',
        '"{{ intro.split()[3] | upper }} and {{ (intro | length) // 2 }}"',
        '"{% for line in intro.splitlines() %}- {{ line[0] }}\\n{% endfor %}"',
        "\"{{ intro.strip().split(':', 1)[1] | trim }} {{ 10 / (intro | int) }}\"",
        "\"{{ intro | first }} {{ '%s!' % intro }}\"",
    ],
)
def test_a_prompt_that_works_on_an_earlier_stage_s_text_loads(tmp_path: Path, prompt: str) -> None:
    load_recipe(_recipe(tmp_path, prompt))


@pytest.mark.parametrize(
    ("prompt", "message"),
    [
        ('"{{ intro.splitlines()[1] }} {{ row.nope }}"', r"poem\): prompt: field 'nope' is not in the row"),
        ('"{{ 1 / 0 }} {{ intro }}"', r"ZeroDivisionError"),
        ('"{{ intro | fromjson }}"', r"poem\): prompt: No filter named 'fromjson'"),
        ('"{{ intro.spltlines() }}"', r"poem\): prompt: .*spltlines"),  # no text has that method
        ('"{{ intro.rjust(200000000) }}"', r"poem\): prompt: not allowed in a template"),  # any text is too long
    ],
)
def test_a_prompt_that_fails_whatever_the_text_is_refused(tmp_path: Path, prompt: str, message: str) -> None:
    with pytest.raises(RecipeError, match=message):
        load_recipe(_recipe(tmp_path, prompt))


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (
            'output:\n  messages:\n    - {role: user, content: "Write about {{ row.nope }}"}\n'
            "    - {role: assistant, content: poem}\n",
            r"output.messages\[0\]: field 'nope' is not in the row",
        ),
        ('output:\n  columns:\n    title: "{{ poem | int / 0 }}"\n', r"output.columns.title: .*ZeroDivisionError"),
        (
            'output:\n  columns:\n    title: "{{ poem | tojson | fromjson }}"\n',
            r"output.columns.title: No filter named 'fromjson'",
        ),
        ('output:\n  columns:\n    topic: "{{ row.topc }}"\n', r"output.columns.topic: field 'topc' is not in the row"),
    ],
)
def test_an_output_template_that_would_fail_is_refused_at_load(tmp_path: Path, output: str, message: str) -> None:
    with pytest.raises(RecipeError, match=message):
        load_recipe(_recipe(tmp_path, output=output))


@pytest.mark.parametrize(
    "source",
    [
        "{{ poem.splitlines()[0] }}",
        "{{ row.topic | title }}: {{ answer_value | round(1) }} / {{ judge_score * 2 }}",
        "{{ intro.split()[2] }} ({{ id }})",
        # a review's findings: numbers compared, ordered, counted with
        "{% if judge_score is not none and judge_score >= 7 %}keep{% endif %}",
        "{{ 'pass' if judge_score > 5 else 'fail' }} {{ [judge_score, 10] | min }}",
        "{% for i in range(judge_score or 0) %}*{% endfor %}{{ poem[:judge_score] }}",
        "{{ topic }}: {{ poem | wordcount }}",  # a row field by name, as a prompt reads it
    ],
)
def test_an_output_template_that_works_on_the_texts_loads(tmp_path: Path, source: str) -> None:
    load_recipe(_recipe(tmp_path, output=f'output:\n  columns:\n    title: "{source}"\n'))


def test_validate_says_so_in_one_line_with_exit_2(tmp_path: Path) -> None:
    path = _recipe(tmp_path, output='output:\n  columns:\n    title: "{{ poem | tojson | fromjson }}"\n')
    code, err = invoke_cli(["validate", str(path)])
    assert code == 2 and "No filter named 'fromjson'" in err and "internal error" not in err, err
