"""Messages that name a thing by a word they are given chose "a" before it whatever it was: ``error: s0 holds a
inflight run``, ``a int, not a JSON object``. :func:`mcrgen.errors.a_or_an` picks the article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mcrgen.errors import a_or_an
from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, one_error, run_cli


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("inflight", "an inflight"),
        ("baseline", "a baseline"),
        ("int", "an int"),
        ("object", "an object"),
        ("list", "a list"),
        ("unfinished merge", "an unfinished merge"),
        ("", "a "),
    ],
)
def test_the_article_follows_the_word(word: str, said: str) -> None:
    assert a_or_an(word) == said


@pytest.mark.parametrize(
    ("first", "then", "said"), [("inflight", "baseline", "an inflight"), ("baseline", "inflight", "a baseline")]
)
def test_a_run_of_another_mode_is_named_with_the_right_article(
    tmp_path: Path, scripted: Any, first: str, then: str, said: str
) -> None:
    server = scripted(steps_script(bad_every=3, steps=8))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 2})
    out = tmp_path / "s0"
    base = ["generate", str(recipe), "--out", str(out), "--base-url", server.base_url, "--mode"]
    code, lines = run_cli([*base, first])
    assert code == 0, lines
    code, lines = run_cli([*base, then])
    one_error(code, lines, 4, f"{out} holds {said} run; use another --out for --mode {then}")


def test_a_row_that_is_a_number_is_named_with_the_right_article(tmp_path: Path) -> None:
    from mcrgen.errors import OutputError
    from mcrgen.rundir.files import read_jsonl

    path = tmp_path / "accepted.jsonl"
    path.write_text('{"id": "a"}\n3\n{"id": "b"}\n')
    with pytest.raises(OutputError, match=r":2: an int, not a JSON object"):
        read_jsonl(path)
