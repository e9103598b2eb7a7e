"""Faults a new user met, through the CLI entry point: each ends in one line and its documented exit code (2 bad
input, 4 output or run directory), never in "internal error" (exit 1). Real files in tmp_path, the scripted
server and the stand-in Hub on 127.0.0.1; nothing leaves the machine."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, steps_script, write_recipe
from tests.integration.test_hub import hub as hub  # noqa: F401 - fixture
from tests.support.cli_run import ENDPOINT, one_error, run_cli
from tests.support.fake_hub import FakeHub


@pytest.fixture
def recipe(tmp_path: Path) -> Path:
    return write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 4})


@pytest.fixture
def server(scripted: Any) -> Any:
    return scripted(steps_script(bad_every=3, steps=8))


@pytest.fixture
def run(tmp_path: Path, recipe: Path, server: Any) -> Path:
    """A finished 4-sample run directory."""
    out = tmp_path / "run"
    code, lines = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", server.base_url])
    assert code == 0, lines
    return out


# -- 1. push: a malformed Hub id is bad input ----------------------------------------------------------------------


@pytest.mark.parametrize("repo_id", ["bad repo id!!", "a/b/c", "me/name."])
def test_push_with_a_malformed_repo_id_is_exit_2_before_any_request(run: Path, hub: FakeHub, repo_id: str) -> None:
    code, lines = run_cli(["push", str(run), repo_id])
    one_error(code, lines, 2, repr(repo_id))
    assert hub.log == [] and hub.repos == {}


# -- 2. an output path that cannot be written is exit 4, one line naming it ----------------------------------------


@pytest.mark.parametrize("where", ["proc", "directory", "no-parent"])
def test_validate_json_that_cannot_be_written_is_exit_4(tmp_path: Path, where: str) -> None:
    target = {
        "proc": Path("/proc/mcrgen-test.json"),
        "directory": tmp_path,
        "no-parent": tmp_path / "missing" / "audit.json",
    }[where]
    code, lines = run_cli(["validate", str(ROOT / "recipes" / "quickstart.yaml"), "--json", str(target)])
    one_error(code, lines, 4, f"cannot write {target.resolve()}")
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]  # no temp file left behind
    if where != "proc":  # refused before the audit runs, not after its table (root may write in /proc's folder)
        assert not any("validator audit" in ln for ln in lines), lines


def test_merge_into_a_file_is_exit_4(tmp_path: Path, run: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("mine\n")
    code, lines = run_cli(["merge", str(out), str(run)])
    one_error(code, lines, 4, str(out))
    assert out.read_text() == "mine\n"


def test_report_whose_html_cannot_be_written_is_exit_4(run: Path) -> None:
    (run / "report.html").mkdir()  # the path report writes is taken by a directory
    code, lines = run_cli(["report", str(run)])
    one_error(code, lines, 4, f"cannot write {run / 'report.html'}")


@pytest.mark.parametrize("command", ["generate", "compare"])
def test_out_that_is_a_file_is_exit_4(tmp_path: Path, recipe: Path, server: Any, command: str) -> None:
    out = tmp_path / "taken"
    out.write_text("mine\n")
    code, lines = run_cli([command, str(recipe), "--out", str(out), "--base-url", server.base_url, "--limit", "2"])
    one_error(code, lines, 4, str(out))
    assert out.read_text() == "mine\n"


def test_report_whose_dataset_cannot_be_written_is_exit_4(run: Path) -> None:
    import os

    (run / "dataset.jsonl").unlink()
    (run / "dataset.jsonl").mkdir()  # taken by a directory: the dataset is stale and cannot be rewritten
    os.utime(run / "accepted.jsonl")
    code, lines = run_cli(["report", str(run)])
    one_error(code, lines, 4, f"cannot write {run / 'dataset.jsonl'}")
    assert not [p.name for p in run.iterdir() if p.name.endswith(".tmp")]


# -- 3. a closed stdout/stderr pipe (`| head -1`) is no internal error and loses nothing --------------------------


def _first_line_then_close(cmd: list[str], cwd: Path, stream: str) -> tuple[int, bytes, bytes]:
    """Run ``cmd`` with ``stream`` piped; read one line of it and close it (what `| head -1` does); returns the exit
    code, that line and the other stream's bytes."""
    import subprocess

    from tests.support.runs import command_env

    other = "stderr" if stream == "stdout" else "stdout"
    proc = subprocess.Popen(cmd, cwd=cwd, env=command_env(), **{stream: subprocess.PIPE, other: subprocess.PIPE})
    pipe, rest = getattr(proc, stream), getattr(proc, other)
    first = pipe.readline()
    pipe.close()
    tail = rest.read()
    rest.close()
    return proc.wait(timeout=60), first, tail


def test_generate_whose_stderr_reader_went_away_finishes_and_exits_0(tmp_path: Path, recipe: Path, server: Any) -> None:
    from tests.support.runs import finished_rows, generate_cmd

    out = tmp_path / "run"
    code, first, _ = _first_line_then_close(generate_cmd(recipe, out, server.base_url), tmp_path, "stderr")
    assert b"run directory" in first
    assert code == 0
    assert len(finished_rows(out)) == 4  # every sample finished and written
    for name in ("report.json", "dataset.jsonl", "dedup.json"):
        assert (out / name).exists(), name


def test_dry_run_whose_stdout_reader_went_away_exits_141_quietly(tmp_path: Path, recipe: Path) -> None:

    cmd = [sys.executable, "-m", "mcrgen", "generate", str(recipe), "--dry-run", "--limit", "5000"]
    code, first, err = _first_line_then_close(cmd, tmp_path, "stdout")
    assert first.startswith(b"===== sample 000000")
    assert code == 141, err  # 128 + SIGPIPE, as a process killed by it reports; no message, no traceback
    assert b"error" not in err and b"Traceback" not in err and b"Exception ignored" not in err


# -- 4. merge and push refuse a run that a running generate is writing; report shows it and writes nothing -------


def _files(run: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(run.iterdir()) if p.is_file()}


def test_merge_refuses_a_shard_whose_generate_is_still_running(tmp_path: Path, server: Any, scripted: Any) -> None:
    from tests.support.runs import start_generate, wait_rows

    slow = scripted(steps_script(bad_every=3, steps=8, delay=0.01))  # 10 ms a token: a few seconds per shard
    recipe = write_recipe(tmp_path, endpoint={**ENDPOINT, "concurrency": 1}, budget={"samples": 8})
    ls0, ls1, out = tmp_path / "ls0", tmp_path / "ls1", tmp_path / "merged"
    code, lines = run_cli(["generate", str(recipe), "--out", str(ls0), "--base-url", server.base_url, "--shard", "0/2"])
    assert code == 0, lines
    proc = start_generate(recipe, ls1, slow.base_url, "--shard", "1/2")
    try:
        wait_rows(ls1, 1, proc, timeout=60)
        code, lines = run_cli(["merge", str(out), str(ls0), str(ls1)])
        one_error(code, lines, 4, f"{ls1} is in use")
        assert not out.exists()
    finally:
        proc.communicate(timeout=120)  # also closes its pipes
    assert proc.returncode == 0
    code, lines = run_cli(["merge", str(out), str(ls0), str(ls1)])  # once the shard has ended, it merges
    assert code == 0, lines
    assert len(rundir_rows(out)) == 8


def rundir_rows(run: Path) -> list[dict[str, Any]]:
    from mcrgen.rundir.files import read_jsonl

    return read_jsonl(run / "accepted.jsonl") + read_jsonl(run / "rejected.jsonl")


def test_a_merge_holds_its_inputs_so_no_generate_starts_writing_them(run: Path, recipe: Path, server: Any) -> None:
    from mcrgen.rundir import files as rundir

    with rundir.reading(run, "merge it once that run has ended"):  # what merge and push hold while they read
        code, lines = run_cli(["generate", str(recipe), "--out", str(run), "--base-url", server.base_url])
    one_error(code, lines, 4, f"{run} is in use")


def test_push_refuses_a_run_in_progress(run: Path, hub: FakeHub) -> None:
    from mcrgen.rundir import files as rundir

    fd = rundir.lock(run)  # what a running generate holds
    try:
        code, lines = run_cli(["push", str(run), "me/data"])
    finally:
        import os

        os.close(fd)
    one_error(code, lines, 4, f"{run} is in use")
    assert hub.log == [] and hub.repos == {}


def test_report_of_a_run_in_progress_shows_it_and_writes_nothing(run: Path) -> None:
    import os

    from mcrgen.rundir import files as rundir

    before = _files(run)
    os.utime(run / "accepted.jsonl")  # rows newer than the dataset: a report of a finished run would rewrite it
    before = _files(run)
    fd = rundir.lock(run)
    try:
        code, lines = run_cli(["report", str(run)])
    finally:
        os.close(fd)
    assert code == 0, lines
    assert f"{run} is in use" in lines[-1] and "nothing was written" in lines[-1]
    assert _files(run) == before and not (run / "report.html").exists()
    code, lines = run_cli(["report", str(run)])  # once it has ended, the report is rebuilt and written
    assert code == 0 and (run / "report.html").exists() and lines[-1].startswith("wrote ")


# -- 5. compare and generate never write into each other's directories ---------------------------------------------


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_compare_into_a_generate_run_directory_is_refused(run: Path, recipe: Path, server: Any) -> None:
    before = _tree(run)
    code, lines = run_cli(["compare", str(recipe), "--out", str(run), "--base-url", server.base_url, "--limit", "2"])
    one_error(code, lines, 4, str(run), "use another --out")
    assert len(lines) == 1  # refused before the run starts: the one error line alone
    assert _tree(run) == before


def test_generate_into_a_compare_directory_is_refused(tmp_path: Path, recipe: Path, server: Any) -> None:
    cmp = tmp_path / "cmp"
    code, lines = run_cli(["compare", str(recipe), "--out", str(cmp), "--base-url", server.base_url, "--limit", "2"])
    assert code == 0, lines
    before = _tree(cmp)
    code, lines = run_cli(["generate", str(recipe), "--out", str(cmp), "--base-url", server.base_url])
    one_error(code, lines, 4, str(cmp), "use another --out")
    assert len(lines) == 1
    assert _tree(cmp) == before


# -- 6. docs say what happens --------------------------------------------------------------------------------------

NOPE_PLUGIN = '''
from mcrgen.validators import validator


@validator("says_nope", prefix_safe=False)
def says_nope(text, ctx):
    """Returns a bare string instead of a verdict."""
    return "nope"
'''


def test_a_validator_returning_a_string_fails_its_samples_not_the_run_as_recipes_md_says(
    tmp_path: Path, server: Any
) -> None:
    import subprocess

    from mcrgen.rundir.files import read_jsonl
    from tests.support.runs import command_env, generate_cmd

    (tmp_path / "nope_gates.py").write_text(NOPE_PLUGIN)  # a process of its own: the plug-in stays out of this one
    env = {**command_env(), "PYTHONPATH": f"{tmp_path}:{ROOT}"}
    recipe = write_recipe(
        tmp_path, endpoint=ENDPOINT, budget={"samples": 3}, stages__1__validators=["nope_gates:says_nope"]
    )
    out = tmp_path / "run"
    done = subprocess.run(generate_cmd(recipe, out, server.base_url), env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rejected = read_jsonl(out / "rejected.jsonl")
    assert len(rejected) == 3 and not read_jsonl(out / "accepted.jsonl")
    assert {r["rejection"]["reason"] for r in rejected} == {"validator_error"}
    assert all("returned str" in r["rejection"]["detail"] for r in rejected)

    text = " ".join((ROOT / "docs" / "recipes.md").read_text().split())
    assert "Anything else stops the run" not in text
    assert "fail only that sample (reason `validator_error`" in text


def test_a_server_without_models_and_chat_is_exit_3_after_the_run_started_as_reliability_md_says(
    tmp_path: Path, recipe: Path
) -> None:
    """`python -m http.server`: 404 on /models (tolerated by the preflight), 501 on the chat request (exit 3)."""
    import functools
    import json
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from mcrgen.rundir.files import read_jsonl

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    (tmp_path / "www").mkdir()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path / "www")))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    out = tmp_path / "run"
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        code, lines = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", base])
    finally:
        httpd.shutdown()
        httpd.server_close()
    one_error(code, lines, 3, "HTTP 501")
    meta = json.loads((out / "run.json").read_text())
    assert "HTTP 501" in meta["sessions"][-1]["stop_reason"]
    for name in ("recipe.resolved.yaml", "report.json"):
        assert (out / name).exists(), name
    for name in ("accepted.jsonl", "rejected.jsonl", "usage.jsonl"):
        assert (out / name).read_bytes() == b"", name
    errors = read_jsonl(out / "errors.jsonl")
    assert errors and {r["outcome"] for r in errors} == {"interrupted"}

    text = " ".join((ROOT / "docs" / "reliability.md").read_text().split())
    assert "`python -m http.server`, which answers 404 to `/models` and 501 to the chat request" in text
    assert "an `interrupted` row in `errors.jsonl` for each other sample whose request was open" in text


@pytest.mark.parametrize("command", ["push", "report", "merge"])
def test_a_missing_run_directory_is_exit_2_for_push_report_and_merge(
    tmp_path: Path, hub: FakeHub, command: str
) -> None:
    missing = tmp_path / "nonexist"
    argv = {
        "push": ["push", str(missing), "me/data"],
        "report": ["report", str(missing)],
        "merge": ["merge", str(tmp_path / "out"), str(missing)],
    }[command]
    code, lines = run_cli(argv)
    one_error(code, lines, 2, f"{missing}: no such directory")
    assert hub.log == []


def test_push_of_a_file_is_exit_2(tmp_path: Path, hub: FakeHub) -> None:
    (tmp_path / "notes.txt").write_text("x\n")
    code, lines = run_cli(["push", str(tmp_path / "notes.txt"), "me/data"])
    one_error(code, lines, 2, "is not a directory")


@pytest.mark.parametrize(
    ("argv", "resumes"),
    [
        (["generate", "r.yaml"], True),
        (["compare", "r.yaml"], True),
        (["validate", "r.yaml", "f"], False),
        (["serve"], False),
        (["generate", "r.yaml", "--dry-run"], False),  # stop 49's trial: a dry run sends nothing, saves nothing
    ],
)
def test_interrupt_promises_a_resume_only_where_there_is_one(
    argv: list[str], resumes: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C: ``generate`` and ``compare`` keep finished samples and resume; ``validate`` and ``serve`` write no
    samples, and said "finished samples are saved; run the same command to resume" all the same."""
    import mcrgen.cli as cli

    def interrupted(**_: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(sys, "argv", ["mcrgen", *argv])
    monkeypatch.setattr(cli, "app", interrupted)
    with pytest.raises(SystemExit) as exc:
        cli.main()
    said = capsys.readouterr().err
    assert exc.value.code == 130 and said.startswith("interrupted") and len(said.strip().splitlines()) == 1
    assert ("run the same command to resume" in said) == resumes
