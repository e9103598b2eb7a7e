"""Stop 49, a new user's trial: an id that accepted.jsonl/rejected.jsonl hold twice (files concatenated by hand)
is counted, published and resumed once, its first verdict row winning as in ``merge``; through the real CLI against
the scripted server over HTTP on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, run_cli


def _generate(recipe: Path, out: Path, base_url: str, *extra: str) -> None:
    code, err = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", base_url, *extra])
    assert code == 0, err


@pytest.fixture
def four(tmp_path: Path, scripted: Any) -> tuple[Path, Path, Any]:
    """A finished run of 4 samples (2 accepted, 2 rejected), without dedup: every accepted row is published."""
    srv = scripted(steps_script(bad_every=2, steps=6))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 4}, dedup=False)
    out = tmp_path / "run"
    _generate(recipe, out, srv.base_url)
    return recipe, out, srv


# -- 4. duplicate ids in accepted.jsonl / rejected.jsonl ---------------------------------------------------------


def _lines(path: Path) -> list[str]:
    return path.read_text().splitlines()


def test_a_row_appended_twice_or_in_both_files_is_counted_and_published_once(four: tuple[Path, Path, Any]) -> None:
    _, out, _ = four
    before = json.loads((out / "report.json").read_text())["funnel"]
    accepted, rejected = _lines(out / "accepted.jsonl"), _lines(out / "rejected.jsonl")
    # Files concatenated by hand: the first accepted row again, and an accepted row also in rejected.jsonl.
    (out / "accepted.jsonl").write_text("\n".join([*accepted, accepted[0]]) + "\n")
    (out / "rejected.jsonl").write_text("\n".join([*rejected, accepted[1]]) + "\n")
    code, err = run_cli(["report", str(out)])
    assert code == 0, err
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"] == before
    assert report["duplicate_rows_ignored"] == 2
    assert len(_lines(out / "dataset.jsonl")) == before["accepted"]
    said = [ln for ln in err if "duplicate" in ln]
    assert len(said) == 1 and "2 duplicate rows" in said[0] and "first" in said[0], err


def test_the_first_verdict_row_of_an_id_wins_as_in_merge(four: tuple[Path, Path, Any]) -> None:
    """A rejected row for an id that accepted.jsonl also holds: accepted rows are read first, so it stays accepted
    (merge's rule); the rejection is not counted."""
    _, out, _ = four
    rejected = _lines(out / "rejected.jsonl")
    first = json.loads(_lines(out / "accepted.jsonl")[0])
    (out / "rejected.jsonl").write_text("\n".join([*rejected, json.dumps({**first, "rejection": {"stage": "x"}})]))
    code, err = run_cli(["report", str(out)])
    assert code == 0, err
    report = json.loads((out / "report.json").read_text())
    assert (report["funnel"]["accepted"], report["funnel"]["rejected"]) == (2, 2)
    assert report["duplicate_rows_ignored"] == 1


def test_resume_counts_a_duplicated_id_once(four: tuple[Path, Path, Any]) -> None:
    recipe, out, srv = four
    accepted = _lines(out / "accepted.jsonl")
    (out / "accepted.jsonl").write_text("\n".join([*accepted, accepted[0]]) + "\n")
    served = len(srv.chat_logs())
    code, err = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", srv.base_url])
    assert code == 0, err
    assert len(srv.chat_logs()) == served  # nothing left to run
    assert "all 4 samples of this run have their verdict" in " ".join(err)
    report = json.loads((out / "report.json").read_text())
    assert report["funnel"]["attempted"] == 4 and report["duplicate_rows_ignored"] == 1
    assert len(_lines(out / "dataset.jsonl")) == 2


def test_merge_leaves_out_a_row_one_directory_repeats_and_its_tokens_stay_with_the_kept_row(
    four: tuple[Path, Path, Any], tmp_path: Path
) -> None:
    """A review's finding: merge booked the repeated row as a ``duplicate`` error row with the kept row's session,
    so the report filed that sample's tokens under ``duplicate``; it was paid once, with the row kept."""
    _, out, _ = four
    before = json.loads((out / "report.json").read_text())["tokens"]["by_outcome"]
    accepted = _lines(out / "accepted.jsonl")
    (out / "accepted.jsonl").write_text("\n".join([*accepted, accepted[0]]) + "\n")
    code, err = run_cli(["merge", str(tmp_path / "merged"), str(out)])
    assert code == 0, err
    report = json.loads((tmp_path / "merged" / "report.json").read_text())
    assert "duplicate" not in report["tokens"]["by_outcome"] and report["tokens"]["by_outcome"] == before
    assert not any(json.loads(r).get("outcome") == "duplicate" for r in _lines(tmp_path / "merged" / "errors.jsonl"))
