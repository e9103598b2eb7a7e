"""Stop 49, a new user's trial: ``mcrgen merge`` refuses shards of different ``--shard I/N`` splits and an OUT
inside one of its inputs (one line, exit 4, as the other merge refusals); through the real CLI against the scripted
server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, one_error, run_cli


def _generate(recipe: Path, out: Path, base_url: str, *extra: str) -> None:
    code, err = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", base_url, *extra])
    assert code == 0, err


# -- 5. merge: shards of different splits, an OUT inside an input -------------------------------------------------


@pytest.fixture
def shards(tmp_path: Path, scripted: Any) -> Path:
    """Shards 0/3, 1/3 and 0/2 of one 6-sample recipe, in tmp_path/s0of3, s1of3 and s0of2."""
    srv = scripted(steps_script(bad_every=0, steps=4))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 6})
    for part in ("0/3", "1/3", "0/2"):
        _generate(recipe, tmp_path / f"s{part.replace('/', 'of')}", srv.base_url, "--shard", part)
    return tmp_path


def test_merge_refuses_shards_of_different_splits(shards: Path) -> None:
    out = shards / "mixed"
    code, err = run_cli(["merge", str(out), str(shards / "s0of3"), str(shards / "s1of3"), str(shards / "s0of2")])
    one_error(code, err, 4, "s0of2", "shard 0/2", "0/3", "different")
    assert not out.exists()


def test_merge_refuses_an_out_inside_an_input(shards: Path) -> None:
    inside = shards / "s0of3" / "merged"
    code, err = run_cli(["merge", str(inside), str(shards / "s0of3"), str(shards / "s1of3")])
    one_error(code, err, 4, str(inside), "inside", "s0of3")
    assert not inside.exists()
    nested = shards / "s1of3" / "a" / "b"
    code, err = run_cli(["merge", str(nested), str(shards / "s0of3"), str(shards / "s1of3")])
    one_error(code, err, 4, "inside", "s1of3")
    assert not (shards / "s1of3" / "a").exists()


def test_merge_of_one_split_still_names_its_missing_shards(shards: Path) -> None:
    code, err = run_cli(["merge", str(shards / "m"), str(shards / "s0of3"), str(shards / "s1of3")])
    assert code == 0, err
    assert any("missing shards" in ln and "2/3" in ln for ln in err), err
