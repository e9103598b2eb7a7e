"""``load_recipe`` pinned whole against a golden file (tests/data/recipes/loaded.json): for each good case every
resolved value of the Recipe (endpoint, seeds, stages with their templates and bound gates, budget, inputs,
output), its hash and recipe.resolved.yaml; for each bad one the error's class, exact message and exit code.

The cases are built here from tests/fixtures/tiny.yaml (not from the shipped recipes, which change for their own
reasons) and reach each step of loading: flags over environment over recipe over defaults, replicas, a stage on
its own server, seeds, input rows, output columns, budgets with prices, and each error the loader raises itself.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.errors import McrgenError
from mcrgen.recipe.inputs import InputRows
from mcrgen.recipe.loader import Recipe, load_recipe, resolved_yaml
from mcrgen.recipe.templates import Template
from mcrgen.validators import BoundValidator
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "data" / "recipes" / "loaded.json"
TINY: dict[str, Any] = yaml.safe_load((ROOT / "tests" / "fixtures" / "tiny.yaml").read_text())
SEEDS = '{"question": "How many apples?"}\n{"question": "How many pears?"}\n'
ROWS = "".join(json.dumps({"topic": t, "level": i}) + "\n" for i, t in enumerate(["apples", "pears", "plums"]))
JUDGE = {
    "name": "judge",
    "prompt": "Grade: {{ solution }}",
    "max_tokens": 20,
    "checkpoints": "final",
    "validators": [{"judge_score": {"min": 3}}],
    "endpoint": {"base_url": ["http://127.0.0.1:9001/v1", "http://127.0.0.1:9002/v1/"], "model": "judge"},
}


@dataclass
class Case:
    change: Callable[[dict[str, Any]], object] = lambda d: None
    flags: dict[str, Any] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    text: str | None = None
    """The recipe file's whole text, instead of the changed fixture."""


def _stage(i: int, **values: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d["stages"][i].update(values)


def _seeded(d: dict[str, Any]) -> None:
    d["seeds"] = {"path": "seeds.jsonl", "field": "question", "shots": 1, "format": "Q{{ number }}: {{ text }}"}
    d["stages"][0]["prompt"] = "Like these:\n{{ shots }}\nWrite one more. {{ seed_id }}"


def _everything(d: dict[str, Any]) -> None:
    """Every optional section at once: the good case that reaches the most of the loader."""
    _seeded(d)
    d["endpoint"].update(
        base_url="http://127.0.0.1:9000/v1",
        api_key_env="MY_API_KEY",
        usage="final",
        request_timeout=30,
        stall_timeout=5,
        max_retries=1,
        extra_body={"top_k": 20},
        retry={"initial_delay": 0.1, "max_delay": 2},
        circuit_breaker={"failures": 4, "pause": 1, "max_pauses": 2},
        price_per_million={"prompt": 0.5, "completion": 1.5},
    )
    d["answer_format"] = "boxed"
    d["stages"][1].update(
        system="You solve problems.",
        top_p=0.9,
        stop=["END"],
        checkpoints=[0.75, 0.25],
        extra_body={"min_p": 0.1},
        response_format={"type": "text"},
    )
    d["stages"].append(JUDGE)
    d["budget"] = {"samples": 9, "max_tokens": 5000, "target_accepted": 4, "max_seconds": 60, "max_cost": 2}
    d["output"] = {"dir": "out", "formats": ["jsonl", "parquet"], "columns": {"q": "problem"}}
    d["dedup"] = {"fields": ["problem"]}


def _rows(d: dict[str, Any]) -> None:
    d["inputs"] = {"path": "rows.jsonl", "n": 2}
    d["stages"][0]["prompt"] = "Write a problem about {{ row.topic }} (level {{ level }})."
    del d["budget"]


def _then(*changes: Callable[[dict[str, Any]], object]) -> Callable[[dict[str, Any]], object]:
    def change(d: dict[str, Any]) -> None:
        for c in changes:
            c(d)

    return change


def _bad(key: str, value: Any) -> Callable[[dict[str, Any]], object]:
    return lambda d: d.__setitem__(key, value)


GOOD: dict[str, Case] = {
    "defaults-local": Case(lambda d: d["endpoint"].pop("concurrency")),
    "flags-over-env-over-recipe": Case(
        lambda d: d["endpoint"].update(base_url="http://127.0.0.1:1/v1"),
        {"base_url": "http://127.0.0.1:2/v1", "model": "flagged", "concurrency": 3, "seed": 5, "limit": 7},
        {"OPENAI_BASE_URL": "http://127.0.0.1:3/v1"},
    ),
    "env-replicas": Case(env={"OPENAI_BASE_URL": " http://127.0.0.1:3/v1/ , http://127.0.0.1:4/v1,"}),
    "everything": Case(_everything),
    "input-rows": Case(_rows, {"base_url": "http://127.0.0.1:2/v1"}),
    "input-rows-limit": Case(_rows, {"base_url": "http://127.0.0.1:2/v1", "limit": 4}),
    "stage-endpoint-local-on-local": Case(_stage(1, endpoint={"base_url": "local"})),
    "allowed-key-env": Case(
        lambda d: d["endpoint"].update(api_key_env="CLOUD_SECRET"),
        {"base_url": "http://127.0.0.1:2/v1", "allow_key_env": ["CLOUD_SECRET"]},
    ),
}
BAD: dict[str, Case] = {
    "not-a-mapping": Case(text="- a\n- b\n"),
    "concurrency-flag-0": Case(flags={"concurrency": 0}),
    "limit-flag-0": Case(flags={"limit": 0}),
    "limit-flag-negative": Case(flags={"limit": -1}),
    "no-model-for-a-server": Case(lambda d: d["endpoint"].pop("model"), {"base_url": "http://127.0.0.1:2/v1"}),
    "empty-base-url": Case(flags={"base_url": " , "}),
    "local-among-replicas": Case(flags={"base_url": "local,http://127.0.0.1:2/v1"}),
    "bad-url": Case(flags={"base_url": "ftp://127.0.0.1/v1"}),
    "bad-seeds-format": Case(_then(_seeded, lambda d: d["seeds"].update(format="{{ nummer }}"))),
    "unknown-answer-format": Case(_bad("answer_format", "roman")),
    "shots-without-seeds": Case(_stage(0, prompt="{{ shots }} {{ seed_id }}")),
    "duplicate-stage": Case(_stage(1, name="problem")),
    "stage-named-like-a-variable": Case(_stage(1, name="seed_id")),
    "expected-over-max": Case(_stage(1, expected_tokens=500)),
    "stage-endpoint-without-model": Case(
        _then(lambda d: d["endpoint"].pop("model"), _stage(1, endpoint={"base_url": "http://127.0.0.1:5/v1"}))
    ),
    "stage-endpoint-local": Case(_stage(1, endpoint={"base_url": "local", "model": "m"}), {"base_url": "http://h/v1"}),
    "key-env-not-a-key": Case(lambda d: d["endpoint"].update(api_key_env="HOME")),
    "judge-key-env-not-a-key": Case(
        _stage(1, endpoint={"base_url": "http://h:1/v1", "model": "m", "api_key_env": "PATH"})
    ),
    "max-cost-without-prices": Case(lambda d: d["budget"].update(max_cost=1)),
    "more-samples-than-rows": Case(_then(_rows, _bad("budget", {"samples": 7}))),
    "row-field-misspelled": Case(_then(_rows, _stage(0, prompt="{{ row.topik }}"))),
    "unknown-output-source": Case(_bad("output", {"columns": {"q": "nope"}})),
    "output-reads-a-stage-named-answer": Case(
        _then(_stage(1, name="answer"), _bad("output", {"columns": {"q": "problem", "a": "answer"}}))
    ),
    "dedup-reads-a-stage-named-answer": Case(_then(_stage(1, name="answer"), _bad("dedup", {"fields": ["answer"]}))),
    "output-template-reads-a-stage-named-id": Case(
        _then(
            _stage(1, name="id"), _bad("output", {"messages": [{"role": "user", "content": "{{ id }}: {{ problem }}"}]})
        )
    ),
    "unknown-validator": Case(_stage(1, validators=["no_such_gate"])),
}


def describe(value: Any, folder: Path) -> Any:
    """A JSON-able picture of a loaded value: every dataclass field, paths relative to the case's folder."""
    if isinstance(value, BoundValidator):
        return {"validator": value.name, "params": describe(value.params, folder), "prefix_safe": value.prefix_safe}
    if isinstance(value, Template):
        return {"template": value.name, "source": value.source}
    if isinstance(value, InputRows):
        return {"spec": describe(value.spec, folder), "rows": len(value.rows), "indices": list(value.indices)}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: describe(getattr(value, f.name), folder) for f in dataclasses.fields(value) if f.init}
    if isinstance(value, Path):
        return f"<dir>/{value.relative_to(folder)}" if value.is_absolute() else str(value)
    if isinstance(value, Mapping):
        return {str(k): describe(v, folder) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [describe(v, folder) for v in value]
    return value


def load_case(case: Case, folder: Path) -> Recipe:
    (folder / "seeds.jsonl").write_text(SEEDS)
    (folder / "rows.jsonl").write_text(ROWS)
    data = json.loads(json.dumps(TINY))
    case.change(data)
    path = folder / "recipe.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False) if case.text is None else case.text)
    return load_recipe(path, environ=case.env, **case.flags)


def good(name: str, folder: Path) -> dict[str, Any]:
    folder = folder.resolve()  # the loader resolves the seeds' path: compare like with like
    recipe = load_case(GOOD[name], folder)
    picture: dict[str, Any] = describe(recipe, folder)
    picture.pop("raw")  # recipe.resolved.yaml below is the raw recipe as written
    # Template names carry the recipe's path too: the folder is a fresh temporary one each time.
    text = json.dumps({"recipe": picture, "hash": recipe.hash, "resolved_yaml": resolved_yaml(recipe)})
    return dict(json.loads(text.replace(str(folder), "<dir>")))


def bad(name: str, folder: Path) -> dict[str, Any]:
    folder = folder.resolve()
    try:
        load_case(BAD[name], folder)
    except McrgenError as exc:
        # The list of known validators after "; known:" depends on which test modules registered doubles.
        message = str(exc).replace(str(folder), "<dir>").split("; known:")[0]
        return {"error": type(exc).__name__, "message": message, "exit_code": exc.exit_code}
    return {"error": None}


def golden() -> dict[str, Any]:
    return dict(json.loads(GOLDEN.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", sorted(GOOD))
def test_a_good_recipe_loads_to_the_same_values(name: str, tmp_path: Path) -> None:
    assert good(name, tmp_path) == golden()["good"][name]


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_recipe_fails_with_the_same_error(name: str, tmp_path: Path) -> None:
    assert bad(name, tmp_path) == golden()["bad"][name]


if __name__ == "__main__":  # regenerate: PYTHONPATH=. python -m tests.unit.test_recipe_golden
    import tempfile

    def each(cases: Mapping[str, Case], run: Callable[[str, Path], dict[str, Any]]) -> dict[str, Any]:
        out = {}
        for name in sorted(cases):
            with tempfile.TemporaryDirectory() as tmp:
                out[name] = run(name, Path(tmp))
        return out

    GOLDEN.parent.mkdir(exist_ok=True)
    text = json.dumps({"good": each(GOOD, good), "bad": each(BAD, bad)}, indent=1, ensure_ascii=False)
    GOLDEN.write_text(text + "\n", encoding="utf-8")
