"""The offline audit counts real tokens, as a live stream delivers them, whatever chunks it replays the text in.

It used to count each replayed 1-4 char chunk as a token (about 1.15x the real count on GSM8K text), so
``runaway_length`` fired on gold solutions that pass live: ``mcrgen validate recipes/quickstart.yaml`` flagged
seed rows 9 and 121 as "332 tokens > 2.5 x 120 expected" (they have 295 and 261 o200k_base tokens).
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from rich.console import Console

from mcrgen.analysis.audit import audit, chunk_ends, load_jsonl, stream_check
from mcrgen.analysis.audit_tokens import heuristic_token_ends, token_ends_for, tokens_at
from mcrgen.engine.tokens import shipped_tiktoken
from mcrgen.recipe.loader import load_recipe
from mcrgen.render.audit_table import render_audit, validate_file
from mcrgen.validators import CheckContext, Fail, bind, validator

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "recipes" / "data" / "gsm8k_train_seeds.jsonl"
TEXTS = [
    "Natalia sold 48/2 = 24 clips in May.\nNatalia sold 48+24 = 72 clips altogether in April and May.\n#### 72",
    "Café au lait costs 3,50 € — déjà vu.\n日本語のテキストです。\nEmoji: 🧮🧮 done.\n",
    "",
    "x",
]


@validator("test_tokens_at_end", prefix_safe=False)
def tokens_at_end(text: str, ctx: CheckContext) -> Fail | None:
    """Always fails on the finished text, saying how many tokens the stream delivered."""
    return Fail("tokens", detail=str(ctx.tokens))


def count(text: str) -> int:
    fn = shipped_tiktoken("o200k_base")
    assert fn is not None, "the shipped o200k_base encoding must load offline"
    return fn(text)


@pytest.mark.parametrize("text", TEXTS)
def test_token_ends_cover_the_text_one_end_per_real_token(text: str) -> None:
    method, ends = token_ends_for()
    assert method == "tiktoken/o200k_base"
    got = ends(text)
    assert len(got) == count(text)
    assert got == sorted(got) and (not text or got[-1] == len(text))
    assert tokens_at(got, len(text)) == len(got) and tokens_at(got, 0) == 0
    assert heuristic_token_ends(text)[-1:] == ([len(text)] if text else [])


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("chunk", [(1, 1), (1, 4), (3, 24)])
def test_the_audit_delivers_the_tokenizers_count_whatever_the_chunks(seed: int, chunk: tuple[int, int]) -> None:
    rows = [{"problem": t} for t in TEXTS if t]
    result = audit({"problem": [bind("test_tokens_at_end", None)]}, rows, chunk=chunk, seed=seed, keep_firings=True)
    assert result["tokens"] == "tiktoken/o200k_base"
    assert [int(f["detail"]) for f in result["firings"]] == [count(r["problem"]) for r in rows]


def test_runaway_length_fires_at_the_real_count_whatever_the_chunks() -> None:
    text = "\n".join(f"Step {i}: she adds {i} + {i} = {2 * i} apples to the basket." for i in range(1, 40))
    gate = [bind("runaway_length", {"multiple": 2.5})]
    _, tokenize = token_ends_for()
    ends = tokenize(text)
    seen = set()
    for seed in range(6):
        fired = stream_check(
            gate,
            text,
            stage="solution",
            ends=chunk_ends(len(text), random.Random(seed), 1, 4),
            expected_tokens=40,
            token_ends=ends,
        )["runaway_length"]
        # In flight, at the first statement end past 100 tokens; the count is that prefix's real one (+1 at most
        # for the chunk that showed the newline: it may carry the first chars of the next token).
        assert fired.phase == "inflight" and fired.tokens > 100
        assert tokens_at(ends, fired.seen_at) <= fired.tokens <= tokens_at(ends, fired.seen_at) + 1
        assert count(text[: fired.seen_at]) - 1 <= fired.tokens <= count(text[: fired.seen_at]) + 2
        seen.add(fired.seen_at)
    assert len(seen) == 1  # the same statement, whatever the chunking


def test_quickstart_gold_solutions_within_the_limit_pass_the_audit(tmp_path: Path) -> None:
    rows = load_jsonl(SEEDS)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(rows[i]) + "\n" for i in (9, 121)), encoding="utf-8")
    assert [count(rows[i]["answer"]) for i in (9, 121)] == [295, 261]  # limit: 2.5 x 120 = 300
    result = validate_file(load_recipe(ROOT / "recipes" / "quickstart.yaml", environ={}), gold, None)
    runaway = result["stages"]["solution"]["validators"]["runaway_length"]
    assert runaway["fired"] == 0, runaway["examples"]


def test_an_example_at_the_end_of_the_text_shows_its_last_statement() -> None:
    """A gate that fails on the finished text (no final '#### N') is placed at its end; when the text ends with a
    newline the example quoted the empty line after it, so `mcrgen validate` printed ''."""
    gate = bind("regex", {"must_match": r"#### \d+"})
    rows = [{"answer": "Step 1: 2 + 2 = 4.\nThe answer is 4.\n"}]
    result = audit({"solution": [gate]}, rows, fields={"solution": "answer"})
    (example,) = result["stages"]["solution"]["validators"]["regex"]["examples"]
    assert example["statement"] == "The answer is 4."


def test_rows_whose_column_holds_no_text_are_counted_and_said() -> None:
    """A column that holds a number (or nothing) in some rows: those rows were skipped without a word, so a file
    of numeric answers read as a clean audit of the rows that were text."""
    gate = bind("regex", {"must_not_match": "WRONG"})
    rows = [{"answer": "Step 1: 2 + 2 = 4.\n#### 4"}, {"answer": 42}, {"answer": 7.5}, {"answer": None}, {"x": 1}]
    result = audit({"solution": [gate]}, rows, fields={"solution": "answer"})
    stage = result["stages"]["solution"]
    assert stage["checked"] == 1
    assert stage["skipped"] == {"a number": 2, "nothing": 2}
    only_numbers = audit({"solution": [gate]}, rows[1:3], fields={"solution": "answer"})["stages"]["solution"]
    assert only_numbers["not_checked"] == "no sample has text in column 'answer' (2 hold a number)"
    console = Console(file=io.StringIO(), width=200)
    render_audit(console, result)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "solution: 4 rows not checked: column 'answer' holds a number in 2, nothing in 2" in out


def test_a_text_no_stream_of_its_stage_could_write_is_not_checked(tmp_path: Path) -> None:
    """``mcrgen validate`` on a row of a megabyte on one line ran for minutes (a new user's trial, stop 46). A text
    longer than its stage's max_tokens let a stream write is counted as not checked, and said, at once."""
    from mcrgen.recipe.loader import load_recipe
    from mcrgen.render.audit_table import validate_file

    recipe = load_recipe(ROOT / "recipes" / "quickstart.yaml")
    good = "Natalia sold 48/2 = 24 clips in May.\nNatalia sold 48+24 = 72 clips altogether.\n#### 72"
    huge = "She has 3 + 4 = 7 apples and " * 40_000 + "\n#### 7"  # 1.2 MB on one line
    # The wire lets a stream of max_tokens 320 deliver (320 + 32) x 48 = 16,896 chars: such a text is checked.
    longest = ("She has 3 + 4 = 7 apples. " * 700)[: 16_896 - 7] + "\n#### 7"
    rows = [{"question": "How many?", "answer": t} for t in (good, huge, longest)]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = validate_file(recipe, path, {"problem": "question", "solution": "answer"})
    stage = result["stages"]["solution"]
    assert len(longest) == 16_896 and stage["checked"] == 2
    assert stage["skipped"] == {"text longer than a stream may write": 1}
