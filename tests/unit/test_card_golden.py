"""The whole dataset card, pinned byte for byte against golden files (tests/data/cards/*.md).

The inputs are the files three real runs on the scripted server wrote (tests/data/cards/<run>/: the judged run of
tests/integration/test_hub.py, the shipped instruct recipe, and the shipped gsm8k-judged recipe whose card is the
example in docs/publishing.md; see tests/data/cards/README.md), plus variants of them that reach the card's other
branches (no dedup, dedup disabled, endpoint errors, no judge, a language gate, a JSONL data file, a single sample,
none). A change to the card's text fails here with a diff; regenerate the golden files only when the change is
meant (the README says how).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen import __version__
from mcrgen.publish.card import DATA_PATH, render_card

ROOT = Path(__file__).resolve().parents[2]
CARDS = ROOT / "tests" / "data" / "cards"
VERSION_MARK = "@VERSION@"
"""The golden files hold this instead of the package version, so a release does not rewrite them."""


@dataclass(frozen=True)
class Inputs:
    raw: dict[str, Any]
    report: dict[str, Any]
    dedup: dict[str, Any] | None


def read_run(name: str) -> Inputs:
    folder = CARDS / name
    raw = yaml.safe_load((folder / "recipe.resolved.yaml").read_text(encoding="utf-8"))
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    dedup = json.loads((folder / "dedup.json").read_text(encoding="utf-8"))
    return Inputs(raw, report, dedup)


def _without_dedup(i: Inputs) -> Inputs:
    return Inputs(i.raw, i.report, None)


def _dedup_disabled_with_errors(i: Inputs) -> Inputs:
    dedup = copy.deepcopy(i.dedup) or {}
    dedup["config"]["enabled"] = False
    report = copy.deepcopy(i.report)
    report["funnel"]["errors"] = 2
    return Inputs(i.raw, report, dedup)


def _unjudged_german(i: Inputs) -> Inputs:
    """No judge stage, a language gate with parameters, a description, card metadata, and no rejections."""
    raw = copy.deepcopy(i.raw)
    raw["stages"] = [s for s in raw["stages"] if s["name"] != "judge"]
    raw["stages"][1]["validators"].append({"language": {"lang": "de"}})
    raw["description"] = "  Grade-school problems: with a colon, and 'quotes'.  "
    raw["output"]["card"] = {"tags": ["german"], "pretty_name": "Deutsch: Mathe"}
    report = copy.deepcopy(i.report)
    report["rejections"] = []
    del report["tokens"]["by_stage"]["judge"]
    report["tokens"]["total"]["count_methods"] = {}
    return Inputs(raw, report, i.dedup)


@dataclass(frozen=True)
class Case:
    run: str
    repo_id: str
    rows: int
    change: Callable[[Inputs], Inputs] = lambda i: i
    options: dict[str, str] = field(default_factory=dict)


CASES = {
    "gsm8k-judged": Case("gsm8k-judged", "me/gsm8k-synthetic", 7, options={"license": "mit"}),
    "judged": Case("judged", "alice/gsm8k-judged", 9, options={"license": "mit"}),
    "instruct": Case("instruct", "me/instruct", 8),
    "judged-no-dedup-jsonl": Case(
        "judged", "alice/plain", 9, _without_dedup, {"data_path": DATA_PATH.replace(".parquet", ".jsonl")}
    ),
    "judged-dedup-off-errors-one-row": Case("judged", "alice/one", 1, _dedup_disabled_with_errors),
    "unjudged-german-empty": Case("judged", "bob/de", 0, _unjudged_german, {"license": "cc-by-4.0"}),
}


def render(case: Case) -> str:
    i = case.change(read_run(case.run))
    return render_card(case.repo_id, i.raw, i.report, i.dedup, case.rows, **case.options)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_card_is_byte_identical_to_its_golden_file(name: str) -> None:
    golden = (CARDS / f"{name}.md").read_text(encoding="utf-8").replace(VERSION_MARK, __version__)
    assert render(CASES[name]) == golden


def test_the_example_card_in_the_docs_is_the_current_card() -> None:
    """docs/publishing.md shows the card of the gsm8k-judged run as it is rendered today, not an older one."""
    docs = (ROOT / "docs" / "publishing.md").read_text(encoding="utf-8")
    example = docs.split("````markdown\n", 1)[1].split("````", 1)[0]
    assert example == render(CASES["gsm8k-judged"])


def test_the_inputs_are_left_as_they_were() -> None:
    """render_card reads its mappings and never changes them (push renders from the files it then uploads)."""
    for case in CASES.values():
        before = case.change(read_run(case.run))
        after = copy.deepcopy(before)
        render_card(case.repo_id, after.raw, after.report, after.dedup, case.rows, **case.options)
        assert after == before


if __name__ == "__main__":  # regenerate: PYTHONPATH=. python -m tests.unit.test_card_golden
    for name, case in CASES.items():
        (CARDS / f"{name}.md").write_text(render(case).replace(__version__, VERSION_MARK), encoding="utf-8")
