"""S4 dedup: exact and MinHash near duplicates, first by id wins, deterministic, across resumed sessions."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.generate import generate
from mcrgen.errors import OutputError, RecipeError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.dataset import DedupConfig, dedup_rows, finalize_run
from mcrgen.rundir.files import read_jsonl
from tests.conftest import write_recipe
from tests.integration.test_judge import BASE_A, BASE_B, generator_script, problem_text

LONG = "Maria buys four boxes of pencils with twelve pencils in each box and gives nine pencils to her brother"


def row(i: int, problem: str, **kw: Any) -> dict[str, Any]:
    return {"id": f"{i:06d}", "problem": problem, "solution": kw.pop("solution", "4"), "outputs": kw}


def ids(rows: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in rows]


def test_exact_duplicates_ignore_case_space_and_punctuation() -> None:
    rows = [row(0, "How many apples?"), row(1, "how  many\napples ?"), row(2, "How many pears?")]
    res = dedup_rows(rows, DedupConfig(near=False))
    assert ids(res.kept) == ["000000", "000002"]
    assert res.removed == [{"id": "000001", "duplicate_of": "000000", "kind": "exact"}]


def test_near_duplicates_follow_the_threshold() -> None:
    rows = [row(0, LONG + ". How many are left?"), row(1, LONG + ". How many are left now?"), row(2, "Other?")]
    near = dedup_rows(rows, DedupConfig(threshold=0.8))
    assert ids(near.kept) == ["000000", "000002"]
    (removed,) = near.removed
    assert (removed["id"], removed["duplicate_of"], removed["kind"]) == ("000001", "000000", "near")
    assert 0.8 <= removed["similarity"] < 1
    assert ids(dedup_rows(rows, DedupConfig(threshold=0.99)).kept) == ["000000", "000001", "000002"]
    assert ids(dedup_rows(rows, DedupConfig(near=False)).kept) == ["000000", "000001", "000002"]


def test_first_by_id_wins_whatever_the_file_order() -> None:
    rows = [row(i, problem_text(i)) for i in range(40)]
    expected = dedup_rows(rows, DedupConfig())
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        again = dedup_rows(shuffled, DedupConfig())
        assert ids(again.kept) == ids(expected.kept) and again.removed == expected.removed
    # 0 (BASE_A) and 1 (BASE_B) are the first of their groups; the rest of each group is gone.
    kept = ids(expected.kept)
    assert "000000" in kept and "000001" in kept
    assert not any(BASE_A in r["problem"] or BASE_B in r["problem"] for r in expected.kept[2:])


def test_fields_may_name_row_keys_or_stages_and_dedup_can_be_off() -> None:
    rows = [row(0, "Same?", solution="a", judge="x"), row(1, "Same?", solution="b", judge="x")]
    assert len(dedup_rows(rows, DedupConfig()).kept) == 1
    assert len(dedup_rows(rows, DedupConfig(fields=("problem", "solution"))).kept) == 2
    assert len(dedup_rows(rows, DedupConfig(fields=("judge",))).kept) == 1
    assert len(dedup_rows(rows, DedupConfig.from_raw(False)).kept) == 2
    assert DedupConfig.from_raw({"fields": ["solution"], "threshold": 0.9}).fields == ("solution",)


def test_bad_dedup_section_is_a_recipe_error(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="dedup"):
        load_recipe(write_recipe(tmp_path, dedup={"threshold": 2}))
    with pytest.raises(RecipeError, match="dedup"):
        load_recipe(write_recipe(tmp_path, dedup={"field": ["problem"]}))
    # The fault inside the mapping, with its key and the allowed range, not "is not valid here".
    for bad, said in [
        ({"num_perm": 4}, "dedup.num_perm: 4 is less than the minimum of 16"),
        ({"threshold": 1.5}, "dedup.threshold: 1.5 is greater than the maximum of 1"),
        ({"thresh": 0.5}, "dedup: unknown key 'thresh' (allowed: fields, exact"),
        ({"ngram": "3"}, "dedup.ngram: '3' is not of type 'integer'"),
    ]:
        with pytest.raises(RecipeError, match=re.escape(said)):
            load_recipe(write_recipe(tmp_path, dedup=bad))
    with pytest.raises(RecipeError, match="dedup: True is not valid here; .* 'false' turns it off"):
        load_recipe(write_recipe(tmp_path, dedup=True))


@pytest.mark.parametrize("name", ["nosuchstage", "Problem", "judge_score", "row.topic"])
def test_dedup_fields_that_name_no_text_are_refused_when_the_recipe_loads(tmp_path: Path, name: str) -> None:
    """A misspelled field used to read as the same empty text in every sample: all but one were dropped."""
    with pytest.raises(RecipeError, match=rf"dedup\.fields: '{name}'"):
        load_recipe(write_recipe(tmp_path, dedup={"fields": [name]}))
    for good in (["solution"], ["problem", "solution"], ["answer"], ["id"]):
        assert load_recipe(write_recipe(tmp_path, dedup={"fields": good})).raw["dedup"]["fields"] == good


def test_a_field_no_sample_has_is_an_output_error_not_one_kept_sample() -> None:
    """Run directories written before the loader checked names, and ``answer`` in a recipe without answers."""
    rows = [{**row(i, f"Problem {i}?"), "answer": None} for i in range(3)]
    with pytest.raises(OutputError, match="no accepted sample has 'answer'"):
        dedup_rows(rows, DedupConfig(fields=("answer",)))
    with pytest.raises(OutputError, match="'nosuch'"):
        dedup_rows(rows, DedupConfig(fields=("problem", "nosuch")))
    assert len(dedup_rows([], DedupConfig(fields=("nosuch",))).kept) == 0


def test_dedup_spans_resumed_sessions_and_is_deterministic(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(generator_script())
    path = write_recipe(tmp_path)

    one = tmp_path / "one"
    generate(load_recipe(path, base_url=srv.base_url, limit=20), one)
    resumed = tmp_path / "resumed"
    generate(load_recipe(path, base_url=srv.base_url, limit=9), resumed)
    first = read_jsonl(resumed / "dataset.jsonl")
    assert ids(first) == ["000000", "000001", "000002", "000003", "000006", "000007"]
    # Changing the dedup settings does not change the recipe hash: the resume is accepted.
    path2 = write_recipe(tmp_path, dedup={"threshold": 0.85, "num_perm": 128})
    _, report = generate(load_recipe(path2, base_url=srv.base_url, limit=20), resumed)

    a, b = (d / "dataset.jsonl" for d in (one, resumed))
    assert a.read_bytes() == b.read_bytes(), "a resumed run dedups over every session's samples"
    assert report["dedup"]["input"] == 20 and report["dedup"]["kept"] == len(read_jsonl(a)) == 12
    assert (report["dedup"]["exact_duplicates"], report["dedup"]["near_duplicates"]) == (4, 4)
    before = (b.read_bytes(), (resumed / "dedup.json").read_bytes())
    finalize_run(resumed)
    assert (b.read_bytes(), (resumed / "dedup.json").read_bytes()) == before
