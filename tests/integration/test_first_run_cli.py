"""`mcrgen generate` as a new user meets it, through a pipe: what the terminal says at the end, one final progress
frame in logs, run directories named by recipe hash, --fresh and --dry-run. Scripted server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import ROOT, steps_script, write_recipe
from tests.support.scripted_server import Reply


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env["PYTHONPATH"] = str(ROOT)  # the checkout under test, whatever the cwd
    return subprocess.run(
        [sys.executable, "-m", "mcrgen", *args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


def all_wrong(body: dict[str, Any], n: int) -> Reply:
    if body["messages"][-1]["content"].startswith("Write"):
        return Reply("Problem 1: how many apples are left?")
    steps = [f"Step {k}: 2 + 2 = 4.\n" for k in range(12)]
    steps[3] = "Step 3: this is WRONG.\n"
    return Reply("".join(steps) + "ANSWER 4")


def test_zero_accepted_run_warns_with_reasons_and_marked_texts(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(all_wrong)
    recipe = write_recipe(tmp_path, budget={"samples": 4})
    proc = run_cli("generate", str(recipe), "--base-url", srv.base_url, "--out", "run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    err = proc.stderr
    assert err.rstrip().splitlines()[-1] == "⚠ 0 of 4 samples accepted: the dataset is empty"
    assert "4 × stage solution: tests.support.fake_validators:no_wrong (wrong_step)" in err
    assert err.count("⟦Step 3: this is WRONG.⟧") == 2  # two rejected texts, the failing statement marked
    assert "estimated saving ≈" in err and f"mcrgen compare {recipe} --limit 4" in err
    # One final frame in a log, not one per refresh; and the progress bar reached the end.
    assert err.count("funnel ") == 1 and err.count("4/4 samples") == 1
    assert "cancelled in flight 4 streams" in err


def test_accepted_run_says_how_many_and_where(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2))
    recipe = write_recipe(tmp_path, budget={"samples": 4})
    proc = run_cli("generate", str(recipe), "--base-url", srv.base_url, "--out", "run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    n = report["funnel"]["accepted"]
    assert n == 2 and f"✔ {n} of 4 samples accepted (50%)" in proc.stderr
    assert "dataset: run/dataset.jsonl" in proc.stderr


def test_edited_recipe_gets_its_own_directory_and_fresh_moves_the_old_one(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0))
    recipe = write_recipe(tmp_path, budget={"samples": 2})
    first = run_cli("generate", str(recipe), "--base-url", srv.base_url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "new run of recipe tiny" in first.stderr
    again = run_cli("generate", str(recipe), "--base-url", srv.base_url, cwd=tmp_path)
    assert "resuming the same recipe (2 samples already finished" in again.stderr
    data = yaml.safe_load(recipe.read_text())
    data["stages"][0]["temperature"] = 0.9  # an edit: a new hash, a new directory, no "different recipe" error
    recipe.write_text(yaml.safe_dump(data))
    edited = run_cli("generate", str(recipe), "--base-url", srv.base_url, cwd=tmp_path)
    assert edited.returncode == 0, edited.stderr
    dirs = sorted(p.name for p in (tmp_path / "runs").iterdir())
    assert len(dirs) == 2 and all(d.startswith("tiny-inflight-") and len(d) == len("tiny-inflight-") + 8 for d in dirs)
    fresh = run_cli("generate", str(recipe), "--base-url", srv.base_url, "--fresh", cwd=tmp_path)
    assert fresh.returncode == 0 and "starting over (--fresh); the earlier run moved to" in fresh.stderr
    moved = [p for p in (tmp_path / "runs").iterdir() if ".old-" in p.name]
    assert len(moved) == 1 and (moved[0] / "accepted.jsonl").read_text().count("\n") == 2  # kept, not deleted


def test_dry_run_prints_prompts_and_sends_nothing(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script())
    recipe = write_recipe(tmp_path)
    proc = run_cli("generate", str(recipe), "--base-url", srv.base_url, "--dry-run", "--limit", "2", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert srv.chat_logs() == [] and not (tmp_path / "runs").exists()
    assert proc.stdout.count("===== sample") == 2 and "Write a problem. 000001" in proc.stdout
    assert "Solve: ⟨problem: filled at run time from stage 'problem'⟩" in proc.stdout
    assert "no request was sent" in proc.stderr


def test_dry_run_without_limit_shows_at_most_the_recipes_samples(tmp_path: Path, scripted: Any) -> None:
    """A recipe of 2 samples: the dry run shows those 2 (its default of 3 is a cap, not a demand the recipe
    must meet: it failed with "3 samples ... is more than the input rows give")."""
    srv = scripted(steps_script())
    recipe = write_recipe(tmp_path, budget__samples=2)
    proc = run_cli("generate", str(recipe), "--base-url", srv.base_url, "--dry-run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("===== sample") == 2 and srv.chat_logs() == []
