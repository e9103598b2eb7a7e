"""A review of stop 49's changes: the ``unfenced`` filter takes the value out of every fence the ``json`` gate
accepts (one line, or left open); ``row["a"] + row["b"]`` is no field; a budget figure run.json holds as infinity
is shown as the reason alone, not an internal error."""

from __future__ import annotations

import json

import pytest

from mcrgen.recipe.outputs import _field
from mcrgen.recipe.templates import unfenced
from mcrgen.rundir.report import final_stop_reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('```json\n{"a": 1}\n```', '{"a": 1}'),
        ('```\n{"a": 1}\n```\n', '{"a": 1}'),
        ('```json {"a": 1}```', '{"a": 1}'),  # on one line
        ('```json\n{"a": 1}', '{"a": 1}'),  # left open: the model stopped after the value, or stop: ["```"]
        ('```json\n{"a": "x```y"}\n```', '{"a": "x```y"}'),
        ('{"a": 1}', '{"a": 1}'),
        ("text ```json\n{}\n```", "text ```json\n{}\n```"),  # prose first: not a fenced value, left as it is
    ],
)
def test_unfenced_gives_the_value_the_json_gate_accepted(text: str, value: str) -> None:
    assert unfenced(text) == value
    if text.lstrip().startswith("```"):
        json.loads(unfenced(text))


def test_a_subscript_is_a_field_only_when_it_is_the_whole_source() -> None:
    assert _field('row["Subject Area"]') == "row.Subject Area"
    assert _field('row["a"] + row["b"]') == 'row["a"] + row["b"]'


def test_a_budget_figure_that_is_not_finite_shows_the_reason_alone() -> None:
    counted = json.loads('{"tokens": 1e400}')
    assert final_stop_reason("budget.max_tokens (5) reached", {"total": {"total_tokens": 9}}, counted) == (
        "budget.max_tokens (5) reached"
    )
