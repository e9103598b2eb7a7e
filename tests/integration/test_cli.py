"""The CLI as users run it: a subprocess, real exit codes, stderr for humans, files for machines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT, steps_script, write_recipe


def mcrgen(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "mcrgen", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=full_env,
    )


def test_help_and_version() -> None:
    out = mcrgen("--help")
    assert out.returncode == 0
    for command in ("generate", "schema", "validators"):
        assert command in out.stdout
    version = mcrgen("--version")
    assert version.returncode == 0 and version.stdout.startswith("mcrgen ")


def test_help_names_arguments_as_the_readme_does_and_flags_take_no_value() -> None:
    """A new user read ``--dry-run <bool>`` in the help and typed ``--dry-run true`` (an error): a flag shows no
    type. Arguments carry the README's names (RECIPE, OUT, RUN_DIR), not the parameters' lower-case ones."""
    usage = {c: mcrgen(c, "--help", env={"COLUMNS": "200"}).stdout for c in ("generate", "compare", "merge", "push")}
    flags = [line for text in usage.values() for line in text.splitlines() if "--dry-run" in line or "--fresh" in line]
    assert len(flags) == 3 and not any("<bool>" in line for line in flags), flags
    assert "RECIPE" in usage["generate"] and "{recipe}" not in usage["generate"]
    assert "OUT" in usage["merge"] and "RUN_DIR" in usage["merge"] and "REPO_ID" in usage["push"]


def test_tables_keep_names_whole_in_a_pipe_of_80_columns(tmp_path: Path) -> None:
    """Piped (a CI log), Rich draws 80 columns: names were cut to "has_quest…" and "min_computations=N…"."""
    # The names the command's own process knows (this one may hold validators other tests registered).
    code = "from mcrgen.validators import all_validators as a; print(' '.join(v.name for v in a()))"
    names = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    listing = mcrgen("validators", env={"COLUMNS": "80"}).stdout
    assert len(names) > 20 and all(f"│ {name} " in listing for name in names)
    audit = mcrgen("validate", str(ROOT / "recipes" / "quickstart.yaml"), "--json", str(tmp_path / "a.json"))
    assert audit.returncode == 0, audit.stderr
    for name in ("has_question_mark", "hallucination_phrases", "unexpected_negative", "final_answer"):
        assert f"│ {name} " in audit.stdout + audit.stderr, name


def test_generate_end_to_end_against_scripted_server(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    out = tmp_path / "run"
    proc = mcrgen(
        "generate",
        str(write_recipe(tmp_path)),
        "--base-url",
        srv.base_url,
        "--out",
        str(out),
        "--limit",
        "4",
        "--concurrency",
        "2",
        "--seed",
        "3",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""  # humans read stderr; stdout stays clean for pipes
    assert "accepted" in proc.stderr and "tokens" in proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"]["attempted"] == 4
    assert report["funnel"]["accepted"] + report["funnel"]["rejected"] == 4
    assert {p.name for p in out.iterdir()} >= {
        "accepted.jsonl",
        "rejected.jsonl",
        "report.json",
        "recipe.resolved.yaml",
        "run.json",
    }
    assert "seed: 3" in (out / "recipe.resolved.yaml").read_text()


def test_env_base_url_is_used_and_flag_wins(tmp_path: Path, scripted: Any) -> None:
    good = scripted(steps_script(bad_every=0))
    recipe = str(write_recipe(tmp_path, budget={"samples": 1}))
    proc = mcrgen("generate", recipe, "--out", str(tmp_path / "a"), env={"OPENAI_BASE_URL": good.base_url})
    assert proc.returncode == 0, proc.stderr
    assert len(good.chat_logs()) == 2
    # The flag overrides the environment: an unreachable env URL is never contacted.
    proc = mcrgen(
        "generate",
        recipe,
        "--out",
        str(tmp_path / "b"),
        "--base-url",
        good.base_url,
        env={"OPENAI_BASE_URL": "http://127.0.0.1:9/v1"},
    )
    assert proc.returncode == 0, proc.stderr
    assert len(good.chat_logs()) == 4


def test_validators_lists_builtins_with_help() -> None:
    proc = mcrgen("validators")
    assert proc.returncode == 0
    for name in ("has_question_mark", "word_count", "english_only"):
        assert name in proc.stdout


def test_validate_audits_gold_data_and_writes_json(tmp_path: Path) -> None:
    rows = (ROOT / "tests" / "data" / "gsm8k" / "test.jsonl").read_text().splitlines()[:40]
    data = tmp_path / "gold.jsonl"
    data.write_text("\n".join(rows) + "\n")
    proc = mcrgen("validate", "recipes/gsm8k.yaml", str(data), "--json", str(tmp_path / "a.json"))
    assert proc.returncode == 0, proc.stderr
    assert "arithmetic" in proc.stderr and "any gate" in proc.stderr
    result = json.loads((tmp_path / "a.json").read_text())
    assert result["samples"] == 40
    assert set(result["stages"]) == {"problem", "solution"}
    assert result["stages"]["solution"]["validators"]["arithmetic"]["prefix_safe"] is True


def test_validate_bad_input_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "a?", "answer": "#### 1"}\n{oops\n')
    proc = mcrgen("validate", "recipes/gsm8k.yaml", str(bad))
    assert proc.returncode == 2
    assert f"{bad}:2: not valid JSON" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    missing = mcrgen("validate", "recipes/gsm8k.yaml", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "not found" in missing.stderr


def test_validate_skips_a_torn_last_line_as_a_run_does(tmp_path: Path) -> None:
    """A run killed while writing accepted.jsonl leaves its last line cut off; the run and `report` ignore it, and
    the README says a run's own accepted.jsonl works as is: validate refused it ("not valid JSON", exit 2)."""
    rows = (ROOT / "tests" / "data" / "gsm8k" / "test.jsonl").read_text().splitlines()[:5]
    torn = tmp_path / "accepted.jsonl"
    torn.write_text("\n".join(rows) + "\n" + rows[5 - 1][:40])
    proc = mcrgen("validate", "recipes/gsm8k.yaml", str(torn), "--json", str(tmp_path / "a.json"))
    assert proc.returncode == 0, proc.stderr
    assert "line 6 is cut off" in proc.stderr
    assert json.loads((tmp_path / "a.json").read_text())["samples"] == 5
    inside = tmp_path / "inside.jsonl"  # a bad line that is not the last one is still an error
    inside.write_text(rows[0][:40] + "\n" + rows[1] + "\n")
    proc = mcrgen("validate", "recipes/gsm8k.yaml", str(inside))
    assert proc.returncode == 2 and f"{inside}:1: not valid JSON" in proc.stderr
