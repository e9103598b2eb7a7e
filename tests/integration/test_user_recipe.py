"""A new user's recipe, written the way docs/recipes.md teaches, in a folder outside the package: their own JSONL
rows, a Jinja2 prompt over the row, a plug-in gate in a .py file beside the recipe (not installed, not on the
path), output.columns and output.messages. It runs on the scripted server and its Parquet loads with datasets."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from mcrgen.engine.generate import generate
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from tests.support.scripted_server import Reply

RECIPE = """\
name: haiku
description: Haiku about the seasons, one per row of my own file.
endpoint:
  model: scripted
  concurrency: 2
inputs:
  path: rows.jsonl
answer_format: none
stages:
  - name: poem
    system: You are a poet.
    prompt: |
      Write a haiku about {{ season }}{% if row.mood is defined %} with a {{ row.mood }} mood{% endif %}.
      Three lines only.
    max_tokens: 60
    validators:
      - my_gates:three_lines
      - my_gates:no_word: {word: moon}
output:
  formats: [jsonl, parquet]
  columns:
    season: row.season
    poem: poem
    title: "{{ row.season | title }} haiku"
  messages:
    - {role: user, content: "Write a haiku about {{ row.season }}."}
    - {role: assistant, content: poem}
"""

GATES = '''
from mcrgen import CheckContext, Fail, validator


@validator(prefix_safe=True)
def three_lines(text: str, ctx: CheckContext) -> Fail | None:
    """At most three lines while streaming; exactly three at the end."""
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) > 3:
        return Fail("too_many_lines", at=text.index(lines[3]))
    if ctx.final and len(lines) != 3:
        return Fail("not_three_lines", detail=f"{len(lines)} lines")
    return None


@validator(prefix_safe=True)
def no_word(text: str, ctx: CheckContext, *, word: str) -> Fail | None:
    """The poem never says ``word``."""
    at = text.lower().find(word)
    return Fail("forbidden_word", at=at) if at >= 0 else None
'''

ROWS = [
    {"season": "spring", "mood": "hopeful"},
    {"season": "summer"},
    {"season": "autumn", "mood": "quiet"},
    {"season": "winter"},
]


def script(body: dict[str, Any], n: int) -> Reply:
    prompt = str(body["messages"][-1]["content"])
    if "winter" in prompt:  # four lines: the plug-in cancels the stream at the fourth
        return Reply(
            "Snow on the branches\nthe moon hides behind the clouds\nsilence everywhere\nand more\n", delay=0.002
        )
    if "summer" in prompt:
        return Reply("Long days of sunshine\nthe moon rises late tonight\nwarm sand underfoot\n")
    season = prompt.split("about ", 1)[1].split(" ", 1)[0].rstrip(".")
    return Reply(f"A {season} morning\nsoft light over quiet fields\nthe day starts slowly\n")


def test_a_recipe_and_plugin_written_outside_the_package(scripted: Any, tmp_path: Path) -> None:
    folder = tmp_path / "my_project"
    folder.mkdir()
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    (folder / "my_gates.py").write_text(textwrap.dedent(GATES))
    (folder / "haiku.yaml").write_text(RECIPE)
    assert "my_gates" not in sys.modules
    srv = scripted(script)
    recipe = load_recipe(folder / "haiku.yaml", base_url=srv.base_url)
    assert recipe.samples == 4
    assert [v.prefix_safe for v in recipe.stages[0].validators] == [True, True]
    out = tmp_path / "run"
    generate(recipe, out)

    rejected = {r["input"]["row"]["season"]: r for r in read_jsonl(out / "rejected.jsonl")}
    assert rejected["winter"]["rejection"]["validator"] == "my_gates:no_word"  # the moon comes first
    assert rejected["winter"]["outcome"] == "rejected_inflight"
    assert rejected["summer"]["rejection"]["reason"] == "forbidden_word"
    from datasets import load_dataset

    ds = load_dataset("parquet", data_files=str(out / "dataset.parquet"), split="train", cache_dir=str(tmp_path / "c"))
    assert ds.column_names[:5] == ["id", "season", "poem", "title", "messages"]
    assert sorted(ds["season"]) == ["autumn", "spring"]
    row = ds[0]
    assert row["title"] == f"{row['season'].title()} haiku"
    assert row["messages"] == [
        {"role": "user", "content": f"Write a haiku about {row['season']}."},
        {"role": "assistant", "content": row["poem"]},
    ]
    sent = [r.body["messages"][-1]["content"] for r in srv.chat_logs()]
    assert any("about spring with a hopeful mood" in p for p in sent)
    assert any(p.startswith("Write a haiku about summer.\nThree") for p in sent)


def test_compare_and_report_find_the_recipes_own_rows_and_plugin(
    scripted: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """compare's offline analyses reload the run's recipe.resolved.yaml: its relative inputs.path and plug-in are
    the recipe folder's, not the run directory's (they used to be skipped: 'inputs.path .../baseline/rows.jsonl
    does not exist'). ``mcrgen report`` of the comparison, from another folder, finds them too."""
    from tests.support.cli_run import run_cli

    folder = tmp_path / "my_project"
    folder.mkdir()
    (folder / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    (folder / "cmp_gates.py").write_text(textwrap.dedent(GATES))
    (folder / "haiku.yaml").write_text(RECIPE.replace("my_gates", "cmp_gates"))
    srv = scripted(script)
    monkeypatch.chdir(folder)
    code, lines = run_cli(["compare", "haiku.yaml", "--base-url", srv.base_url, "--out", str(tmp_path / "cmp")])
    assert code == 0, lines
    assert not any("offline analyses skipped" in ln for ln in lines), lines
    data = json.loads((tmp_path / "cmp" / "compare.json").read_text())
    assert "offline_error" not in data and data["hindsight"]["samples"]
    monkeypatch.chdir(tmp_path)
    sys.modules.pop("cmp_gates", None)  # a fresh process: the plug-in is imported from the recorded folder
    code, lines = run_cli(["report", "cmp"])
    assert code == 0, lines
    assert "offline_error" not in json.loads((tmp_path / "cmp" / "compare.json").read_text())


ODD_GATES = """
import os

from mcrgen import Fail, validator


@validator()
def at_text(text, ctx):
    return Fail("bad_at", at="abc")


@validator()
def at_float(text, ctx):
    return Fail("bad_float", at=3.7)


@validator()
def odd_detail(text, ctx):
    return Fail("odd_detail", detail=object())


CALLS = []


@validator()
def odd_reason(text, ctx):
    import threading

    CALLS.append(1)
    return Fail(threading.Lock() if len(CALLS) % 2 else None, detail="why")


@validator()
def tells_key(text, ctx):
    raise RuntimeError("upstream said: Authorization: Bearer " + os.environ["OPENAI_API_KEY"])
"""


def test_a_plugins_odd_verdicts_fail_only_their_samples_and_never_write_the_key(
    scripted: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Verdicts with an ``at`` that is text or a float, or a ``detail`` that is not text, crashed the run (exit 1,
    in the digest's sort and slices, or in JSON) and every rerun; a plug-in's exception that quoted the API key
    wrote it into rejected.jsonl (a new user's trial, stop 29)."""
    secret = "sk-TRIAL-SECRET-123456"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    (tmp_path / "odd.py").write_text(textwrap.dedent(ODD_GATES))
    srv = scripted(lambda body, n: Reply("A short answer.\n"))
    for gate in ("at_text", "at_float", "odd_detail", "odd_reason", "tells_key"):
        recipe_path = tmp_path / f"{gate}.yaml"
        recipe_path.write_text(
            f"name: {gate.replace('_', '-')}\nendpoint: {{model: scripted, concurrency: 1}}\nanswer_format: none\n"
            f"stages:\n  - name: a\n    prompt: Say something.\n    max_tokens: 20\n    validators: [odd:{gate}]\n"
            "budget: {samples: 2}\n"
        )
        out = tmp_path / f"run-{gate}"
        generate(load_recipe(recipe_path, base_url=srv.base_url), out)
        rows = read_jsonl(out / "rejected.jsonl")
        assert len(rows) == 2 and all(r["rejection"]["validator"] == f"odd:{gate}" for r in rows), rows
        generate(load_recipe(recipe_path, base_url=srv.base_url), out)  # the rerun sums up, as any finished run
        if gate == "odd_reason":  # stop 49's trial: "None", or an object's text with its address, one entry each
            assert {r["rejection"]["reason"] for r in rows} == {"rejected"}, rows
            assert {r["rejection"]["detail"].split(" '")[0] for r in rows} == {
                "the plug-in's reason was lock",
                "the plug-in's reason was NoneType",
            }, rows
            report = json.loads((out / "report.json").read_text())
            assert [(r["reason"], r["count"]) for r in report["rejections"]] == [("rejected", 2)], report["rejections"]
        for f in out.iterdir():
            if f.is_file():
                assert secret not in f.read_text(encoding="utf-8", errors="replace"), f


def test_a_password_in_the_servers_url_is_never_written(scripted: Any, tmp_path: Path, monkeypatch: Any) -> None:
    """``--base-url http://u:KEY@host/v1`` wrote the key into run.json and recipe.resolved.yaml (a new user's
    trial, stop 29); the error line already masked it."""
    secret = "sk-TRIAL-SECRET-123456"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    srv = scripted(lambda body, n: Reply("A short answer.\n"))
    url = srv.base_url.replace("http://", f"http://u:{secret}@").replace(secret, "pw-not-in-env-987654", 1)
    path = tmp_path / "r.yaml"
    path.write_text(
        "name: r\nendpoint: {model: scripted, concurrency: 1}\nanswer_format: none\n"
        "stages:\n  - name: a\n    prompt: Say something.\n    max_tokens: 20\nbudget: {samples: 1}\n"
    )
    out = tmp_path / "run"
    generate(load_recipe(path, base_url=url), out)
    assert len(read_jsonl(out / "accepted.jsonl")) == 1
    for f in out.iterdir():
        if f.is_file():
            assert "pw-not-in-env-987654" not in f.read_text(encoding="utf-8", errors="replace"), f
    assert "u:***@" in (out / "run.json").read_text() + (out / "recipe.resolved.yaml").read_text()
