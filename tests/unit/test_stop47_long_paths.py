"""A path or recipe name the filesystem cannot hold (a 300-character name: ENAMETOOLONG) ended in "internal error (a
bug in mcrgen, please report it): OSError: [Errno 36] File name too long" for generate, compare, merge, validate
--json and report: ``Path.exists()``/``is_dir()`` raise every OSError but "does not exist". Now each is one line and
the documented code: 4 for an output path, 2 for a directory argument that cannot exist (as for a missing one)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, one_error, run_cli

LONG = "x" * 300


@pytest.fixture
def recipe(tmp_path: Path) -> Path:
    return write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 2})


@pytest.fixture
def server(scripted: Any) -> Any:
    return scripted(steps_script(bad_every=3, steps=8))


@pytest.fixture
def run(tmp_path: Path, recipe: Path, server: Any) -> Path:
    out = tmp_path / "run"
    code, lines = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", server.base_url])
    assert code == 0, lines
    return out


def _no_traceback(lines: list[str]) -> None:
    assert not any("Traceback" in ln or "Errno" in ln for ln in lines), lines


@pytest.mark.parametrize("command", ["generate", "compare"])
def test_a_recipe_name_too_long_for_a_directory_is_exit_4(
    tmp_path: Path, server: Any, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 2}, name=LONG)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "runs").mkdir()  # the default runs/ exists, as after a first run: the lookup reaches the long name
    code, lines = run_cli([command, str(recipe), "--base-url", server.base_url])
    one_error(code, lines, 4, "File name too long", "--out")
    _no_traceback(lines)
    assert list((tmp_path / "runs").iterdir()) == []
    assert server.chat_logs() == []  # refused before any request


@pytest.mark.parametrize("command", ["generate", "compare"])
@pytest.mark.parametrize("fresh", [False, True])
def test_an_out_too_long_is_exit_4(tmp_path: Path, recipe: Path, server: Any, command: str, fresh: bool) -> None:
    out = tmp_path / LONG
    argv = [command, str(recipe), "--out", str(out), "--base-url", server.base_url, *(["--fresh"] * fresh)]
    code, lines = run_cli(argv)
    one_error(code, lines, 4, str(out), "File name too long", "use another --out")
    _no_traceback(lines)


def test_an_out_under_an_unreadable_folder_is_exit_4(tmp_path: Path, recipe: Path, server: Any) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0)
    try:
        code, lines = run_cli(["generate", str(recipe), "--out", str(locked / "r"), "--base-url", server.base_url])
    finally:
        locked.chmod(0o755)
    one_error(code, lines, 4, str(locked / "r"))


def test_merge_into_an_out_too_long_is_exit_4(tmp_path: Path, run: Path) -> None:
    out = tmp_path / LONG
    code, lines = run_cli(["merge", str(out), str(run)])
    one_error(code, lines, 4, str(out), "File name too long")
    _no_traceback(lines)


def test_merge_of_inputs_too_long_is_exit_2_as_for_missing_ones(tmp_path: Path) -> None:
    code, lines = run_cli(["merge", str(tmp_path / "out"), str(tmp_path / LONG), str(tmp_path / "s1")])
    one_error(code, lines, 2, str(tmp_path / LONG), "File name too long")
    _no_traceback(lines)
    assert not (tmp_path / "out").exists()


def test_validate_json_too_long_is_exit_4(tmp_path: Path) -> None:
    target = tmp_path / LONG
    code, lines = run_cli(["validate", str(ROOT / "recipes" / "quickstart.yaml"), "--json", str(target)])
    one_error(code, lines, 4, f"cannot write {target}", "File name too long")
    _no_traceback(lines)


def test_validate_json_in_a_folder_too_long_is_exit_4(tmp_path: Path) -> None:
    target = tmp_path / LONG / "audit.json"
    code, lines = run_cli(["validate", str(ROOT / "recipes" / "quickstart.yaml"), "--json", str(target)])
    one_error(code, lines, 4, "cannot write", "File name too long")
    _no_traceback(lines)


@pytest.mark.parametrize("command", [["report"], ["push"]])
def test_report_and_push_of_a_directory_too_long_are_exit_2(
    tmp_path: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_TOKEN", "hf_never_used_0123456789")
    argv = [*command, str(tmp_path / LONG), *(["alice/x"] if command == ["push"] else [])]
    code, lines = run_cli(argv)
    one_error(code, lines, 2, str(tmp_path / LONG), "File name too long")
    _no_traceback(lines)
    assert "hf_never_used" not in "\n".join(lines)


def test_a_path_too_long_in_total_is_exit_4(tmp_path: Path, recipe: Path, server: Any) -> None:
    """Every part short, the whole longer than PATH_MAX (4096)."""
    out = tmp_path.joinpath(*["d" * 200] * 25)
    code, lines = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", server.base_url])
    one_error(code, lines, 4, "File name too long")
    _no_traceback(lines)
