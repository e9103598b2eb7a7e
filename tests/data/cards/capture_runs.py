"""Make the real runs whose files the card golden tests read (see README.md here), on the scripted server.

    PYTHONPATH=. python -m tests.data.cards.capture_runs

Each run's recipe.resolved.yaml, report.json and dedup.json are copied to tests/data/cards/<run>/, with the
loopback ports and the temporary folder replaced by fixed text. Running this again rewrites the same files but
for the wall-clock figures and, in ``judged``, the recipe hash: the judge stage's own base URL, with the port
the server got, is part of it (the main endpoint's is not).
"""

from __future__ import annotations

import os
import random
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from mcrgen.analysis.audit import corrupt_gsm8k
from mcrgen.cli import app
from mcrgen.engine.generate import generate
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from tests.integration.test_judge import generator_script, judge_script, judged_recipe
from tests.support import recipe_worlds
from tests.support.scripted_server import Script, ScriptedServer

ROOT = Path(__file__).resolve().parents[3]
CARDS = ROOT / "tests" / "data" / "cards"
_ANNOTATION = re.compile(r"<<[^<>]*>>")


def keep(run: Path, name: str, tmp: Path, servers: list[ScriptedServer]) -> None:
    folder = CARDS / name
    folder.mkdir(parents=True, exist_ok=True)
    for file in ("recipe.resolved.yaml", "report.json", "dedup.json"):
        text = (run / file).read_text(encoding="utf-8").replace(str(tmp), "/tmp/mcrgen-card")
        for i, srv in enumerate(servers):
            text = text.replace(f"127.0.0.1:{srv.port}", f"127.0.0.1:{8001 + i}")
        (folder / file).write_text(text, encoding="utf-8")
    print(f"{name}: {len(read_jsonl(run / 'dataset.jsonl'))} samples published")


def gsm8k_judged_world() -> Script:
    """Problems are 16 GSM8K training questions picked by the request's seed (so some repeat, for dedup to find);
    solutions their gold solutions without the ``<<...>>`` calculator notes, every fourth with one result changed
    (the arithmetic gate cancels it in flight); the judge gives 5, or 2 to some, or no score at all to others."""
    rows = read_jsonl(ROOT / "recipes" / "data" / "gsm8k_train_seeds.jsonl")[:16]

    def solution(prompt: str, seed: int) -> str:
        gold = next(r["answer"] for r in rows if r["question"] in prompt)
        slip = corrupt_gsm8k(gold, random.Random(seed)) if seed % 4 == 1 else None
        return _ANNOTATION.sub("", slip.text if slip is not None else gold)

    def judge(prompt: str, seed: int) -> str:
        if seed % 9 == 4:
            return "I cannot grade this."
        return "The steps follow from the problem.\nScore: " + ("2" if seed % 5 == 2 else "5")

    stages: dict[str, Callable[[str, int], str]] = {
        "write grade-school": lambda prompt, seed: rows[seed % len(rows)]["question"],
        "solve math word problems": solution,
        "strict grader": judge,
    }
    return recipe_worlds.world(stages)


def judged_run(tmp: Path) -> None:
    """tests/integration/test_hub.py's run: tests/fixtures/tiny.yaml with a judge stage on a second server."""
    os.environ.update(OPENAI_API_KEY="sk-test-card", JUDGE_KEY="judge-card")
    gen, judge = ScriptedServer(generator_script()).start(), ScriptedServer(judge_script(), models=("judge-model",))
    judge.start()
    recipe = judged_recipe(tmp, judge.base_url, output={"formats": ["jsonl", "parquet"]})
    res = CliRunner().invoke(app, ["generate", str(recipe), "--out", str(tmp / "run"), "--base-url", gen.base_url])
    assert res.exit_code == 0, res.output
    keep(tmp / "run", "judged", tmp, [gen, judge])
    gen.stop()
    judge.stop()


def shipped_run(tmp: Path, name: str, script: Script, limit: int, **flags: Any) -> None:
    """A shipped recipe, as it is, on one scripted server."""
    srv = ScriptedServer(script, **flags).start()
    model = flags.get("models", ("scripted",))[0]
    generate(
        load_recipe(ROOT / "recipes" / f"{name}.yaml", base_url=srv.base_url, model=model, limit=limit), tmp / "run"
    )
    keep(tmp / "run", name, tmp, [srv])
    srv.stop()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as t:
        judged_run(Path(t))
    with tempfile.TemporaryDirectory() as t:
        shipped_run(Path(t), "instruct", recipe_worlds.instruct_world(bad_every=5), 10)
    with tempfile.TemporaryDirectory() as t:
        shipped_run(Path(t), "gsm8k-judged", gsm8k_judged_world(), 20)
