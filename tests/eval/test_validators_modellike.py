"""The solution gates on text written the way instruct models write (tests/data/modellike, built from GSM8K
test by scripts/make_modellike.py), and the cases of issue 13 one by one.

The held-out split was never looked at while tuning the gates; its figures are pinned here. The tune split is
pinned a little looser (it holds the known misses the gates were tuned against).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.analysis.audit import chunk_ends, stream_check
from mcrgen.validators import bind
from mcrgen.validators.loops import runaway_problem
from tests.support.modellike import DATA, evaluate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def heldout() -> dict[str, Any]:
    return evaluate("heldout")


def test_heldout_false_positives(heldout: dict[str, Any]) -> None:
    correct = heldout["kinds"]["correct"]
    assert correct["n"] > 500
    assert correct["rate"] <= 0.005, heldout["false_positives"]


@pytest.mark.parametrize("kind", ["slip", "carried"])
def test_heldout_faults_caught_at_the_faulty_step(heldout: dict[str, Any], kind: str) -> None:
    k = heldout["kinds"][kind]
    assert k["n"] > 250
    assert k["rate"] >= 0.99, heldout["missed"]
    assert k["at_step_rate"] >= 0.97, heldout["late"]


def test_tune_figures() -> None:
    tune = evaluate("tune", seed=1, chunk=(2, 12))
    assert tune["kinds"]["correct"]["rate"] <= 0.005
    for kind in ("slip", "carried"):
        assert tune["kinds"][kind]["rate"] >= 0.97
        assert tune["kinds"][kind]["at_step_rate"] >= 0.97


def test_shipped_sets_are_what_the_generator_writes(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "make_modellike.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("tune.jsonl", "heldout.jsonl"):
        assert (tmp_path / name).read_bytes() == (DATA / "modellike" / name).read_bytes()
    assert "MIT License" in (DATA / "modellike" / "LICENSE").read_text()


# --- the cases of the issue, one by one -------------------------------------------------------------------

PROBLEM = "Tom has 12 apples and buys 30 more. How many apples does he have now?"


def fire(name: str, text: str, problem: str = PROBLEM, **params: Any) -> tuple[str, int | None, int] | None:
    """(reason, at, seen_at) of ``name`` on ``text`` fed one char at a time; the same under 1-4 char chunks."""
    v = bind(name, params or None)
    seen = set()
    out = None
    for seed, hi in ((0, 1), (1, 4)):
        got = stream_check(
            [v],
            text,
            stage="solution",
            ends=chunk_ends(len(text), random.Random(seed), 1, hi),
            inputs={"problem": problem},
        ).get(v.name)
        seen.add((got.reason, got.at) if got else None)
        if hi == 1:
            out = (got.reason, got.at, got.seen_at) if got else None
    assert len(seen) == 1, seen
    return out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("She has a total of 8+24 = 35 apples.\n", 19),
        ("So the cost of 80 * 10/100 = $10 per day.\n", 15),
        ("That's 5*5 = 27.\n", 7),
        ("- So she has 38 - 15 = 22 marbles left.\n", 13),
        ("He did 44 - 9 = 34 push-ups.\n", 7),
        ("So 257 - 120, which is 138 apples.\n", 3),
        ("Then $45 minus $13 equals $33.\n", 6),
        ("**Step 2:** 10 cups minus 6 cups is 5 cups.\n", 12),
        ("1. He pays 3 × 4 = **13** dollars.\n", 11),
        ("The total is 1,250 + 750 = 2,100 dollars.\n", 13),
        ("So 6 ÷ 2 · 3 = 10 and more.\n", 3),
        ("He earns 100 divided by 4, which equals 20 each.\n", 9),
        ("Next, 6 minus 2 = 5th place.\n", 6),
        ("It weighs 15 × 10 is 160kg in all.\n", 10),
        ("The rate is $1,000 * 0.5 equals $400/month.\n", 13),
    ],
)
def test_arithmetic_where_models_write_it(text: str, at: int) -> None:
    got = fire("arithmetic", text)
    assert got is not None and got[:2] == ("arithmetic", at)


@pytest.mark.parametrize(
    "text",
    [
        "10 cups minus 6 cups is 4 cups.\n",
        "83 plus 91 equals 174.\n",
        "Since 2/5 is equal to 12.8 hectares, 1/5 is 6.4 hectares.\n",
        "An increase of 50% of 8 is 1.5*8=12.\n",
        "So 5 + 3 is 2 more than 6.\n",
        "The 2 babies / (2 babies + 2 babies) = 2 babies / 4 babies = .5\n",
        "He is 3 + 4 = 7 years old, which is 7 times older.\n",
        "She ran 2 + 4 is 6 times.\n",
        "It takes 24 / 2 = 12 hours\n",
        "Half of 48 is 24, and 24 + 6 = 30.\n",
        "If 3 + x is 10, then x = 7.\n",
    ],
)
def test_arithmetic_accepts_correct_model_text(text: str) -> None:
    assert fire("arithmetic", text) is None


def test_a_wrong_result_is_judged_as_soon_as_it_is_settled() -> None:
    text = "So 24 - 9 = 13 muffins are left.\n"
    got = fire("arithmetic", text)
    # Settled once "muf" has arrived ("m" could be "million", "mu" "multiplied"), not at the end of the sentence.
    assert got is not None and got[1] == 3 and got[2] == text.index("muffins") + 3
    bold = "So 24 - 9 = **13** muffins.\n"
    got = fire("arithmetic", bold)
    assert got is not None and got[2] == bold.index("**", 14) + 2


def test_a_result_that_may_still_grow_is_not_judged() -> None:
    v = bind("arithmetic", None)
    from mcrgen.validators import CheckContext

    for prefix in (
        "She has 48/2 = 2",
        "She has 48/2 = 2 ",
        "She has 48/2 = 24 m",
        "It is 20% of 50 = 10 o",
        "So 3 = 1,2",
    ):
        assert v(prefix, CheckContext(stage="solution")) is None, prefix


@pytest.mark.parametrize(
    ("text", "fmt"),
    [("10 cups minus 6 cups is 4 cups.\n#### 4", "gsm8k"), ("83 plus 91 equals 174.\n#### 174", "gsm8k")],
)
def test_answer_marker_counts_worded_computations(text: str, fmt: str) -> None:
    assert fire("answer_marker", text) is None


@pytest.mark.parametrize(
    "text",
    ["48 + 5 = 53 minutes.\n#### 60", "So 3 * 4 = 12 feet.\n#### 12\n".replace("#### 12", "#### 24")],
)
def test_final_answer_ignores_unit_constants(text: str) -> None:
    v = bind("final_answer", None)
    fired = stream_check([v], text, stage="solution", ends=[len(text)], inputs={"problem": PROBLEM})
    assert fired and fired["final_answer"].reason == "inconsistent_answer"


def test_magnitude_scales_with_the_problem() -> None:
    problem = "A farm has 302611 hens and each lays 73 eggs a year. How many eggs a year?"
    assert fire("magnitude", "So 302611 * 73 = 22090603 eggs.\n#### 22090603", problem) is None


def test_repetition_catches_loops_in_flight() -> None:
    line = "So the total is 15 + 5 = 20 apples.\n"
    text = "He has 15 apples.\n" + line * 40 + "#### 20"
    got = fire("repetition", text)
    # A copy right below its line: caught at that copy's newline, where the loop became certain.
    assert got is not None and got[1] == len("He has 15 apples.\n") + len(line)
    assert got[2] == len("He has 15 apples.\n") + 2 * len(line)
    short = "So 5.\n" * 40
    assert fire("repetition", short) is not None
    paragraph = "He has 3 apples. " + "Then he adds 3 + 4 = 7 apples to the basket. " * 10
    got = fire("repetition", paragraph + "\n#### 7")
    assert got is not None and got[1] == len("He has 3 apples. ") + 2 * len(
        "Then he adds 3 + 4 = 7 apples to the basket. "
    )
    assert fire("repetition", "Step 1: 3 + 4 = 7.\nStep 2: 7 * 2 = 14.\nStep 3: 14 - 1 = 13.\n#### 13") is None


def test_shipped_recipes_have_gates_that_can_fire() -> None:
    for path in sorted((ROOT / "recipes").glob("*.yaml")):
        recipe = yaml.safe_load(path.read_text())
        for stage in recipe["stages"]:
            for entry in stage.get("validators", []):
                name, params = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
                if name == "runaway_length":
                    problem = runaway_problem(params, stage.get("expected_tokens"), stage["max_tokens"])
                    assert problem is None, (path.name, stage["name"], problem)
    assert runaway_problem({"multiple": 2.5}, 160, 400) is not None
    assert runaway_problem(None, 160, 400) is None


def test_a_runaway_gate_that_can_never_fire_is_a_recipe_error(tmp_path: Path) -> None:
    from mcrgen.errors import RecipeError
    from mcrgen.recipe.loader import load_recipe

    raw = yaml.safe_load((ROOT / "recipes" / "gsm8k.yaml").read_text())
    raw["seeds"]["path"] = str(ROOT / "recipes" / raw["seeds"]["path"])
    solution = raw["stages"][1]
    solution["validators"] = [{"runaway_length": {"multiple": 2.5}}]
    solution["expected_tokens"], solution["max_tokens"] = 160, 400
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(raw))
    with pytest.raises(RecipeError, match="runaway_length can never fire"):
        load_recipe(path, environ={})
    solution["max_tokens"] = 401
    path.write_text(yaml.safe_dump(raw))
    assert load_recipe(path, environ={}).stages[1].max_tokens == 401
