"""Resume starts or refuses in one line: torn and corrupt files, directories that are not this run's, error rows,
and a directory from before the token ledger. Through the CLI entry point, against the scripted server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.reader import read_run
from mcrgen.rundir.report import build_report
from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import run_cli
from tests.support.scripted_server import Reply

ENDPOINT = {"model": "scripted", "concurrency": 2, "max_retries": 1, "retry": {"initial_delay": 0.01}}


@pytest.fixture
def done(tmp_path: Path, scripted: Any) -> tuple[list[str], Path]:
    """A finished 4-sample run; returns the generate argv (for --limit 4) and its directory."""
    srv = scripted(steps_script(bad_every=3, steps=8))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 4})
    out = tmp_path / "run"
    argv = ["generate", str(recipe), "--out", str(out), "--base-url", srv.base_url]
    code, err = run_cli(argv)
    assert code == 0, err
    return argv, out


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and p.name != ".lock"}


def test_a_tail_torn_mid_utf8_is_repaired_before_the_resume_reads(done: tuple[list[str], Path]) -> None:
    argv, out = done
    torn = json.dumps({"id": "000005", "outputs": {"problem": "Prøblem ✓"}}, ensure_ascii=False).encode()
    with open(out / "accepted.jsonl", "ab") as f:
        f.write(torn[: torn.index("✓".encode()) + 2])  # a kill in the middle of a three-byte character
    code, err = run_cli([*argv, "--limit", "6"])
    assert code == 0, err
    rows = read_run(out)
    assert len(rows.finished_ids()) == 6
    assert (out / "accepted.jsonl").read_bytes().endswith(b"\n")


@pytest.mark.parametrize(
    ("content", "says"),
    [("[1, 2]\n", "a JSON list, not an object"), (None, "sessions is not a list of objects"), ("{\n", "corrupt")],
)
def test_a_corrupt_run_json_is_exit_4_in_one_line(done: tuple[list[str], Path], content: str | None, says: str) -> None:
    argv, out = done
    meta = json.loads((out / "run.json").read_text())
    (out / "run.json").write_text(content if content is not None else json.dumps({**meta, "sessions": None}))
    before = _files(out)
    code, err = run_cli(argv)
    assert code == 4 and len(err) == 1, err
    assert says in err[0] and "run.json" in err[0] and "new --out" in err[0]
    assert _files(out) == before


def test_rows_without_run_json_are_refused(done: tuple[list[str], Path]) -> None:
    argv, out = done
    (out / "run.json").unlink()
    before = _files(out)
    code, err = run_cli(argv)
    assert code == 4 and len(err) == 1 and "holds rows but no run.json" in err[0], err
    assert _files(out) == before


def test_a_row_that_is_a_bare_number_is_refused_in_one_line(done: tuple[list[str], Path]) -> None:
    argv, out = done
    path = out / "accepted.jsonl"
    path.write_bytes(b"42\n" + path.read_bytes())
    code, err = run_cli(argv)
    assert code == 4 and len(err) == 1 and "accepted.jsonl:1: an int, not a JSON object" in err[0], err
    code, err = run_cli(["report", str(out)])
    assert code == 4 and len(err) == 1, err


def test_samples_left_in_error_exit_5_and_say_how_to_resume(tmp_path: Path, scripted: Any) -> None:
    base = steps_script(bad_every=0, steps=3)
    broken = {"on": True}

    def script(body: dict[str, Any], n: int) -> Reply:
        if broken["on"] and "Problem 1:" in body["messages"][-1]["content"]:
            return Reply(status=500)
        return base(body, n)

    srv = scripted(script)
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 3})
    out = tmp_path / "run"
    argv = ["generate", str(recipe), "--out", str(out), "--base-url", srv.base_url]
    code, err = run_cli(argv)
    assert code == 5, err
    last = err[-1]
    assert last.startswith("error: 1 sample ended in endpoint errors, the last: HTTP 500") and f"--out {out}" in last
    assert build_report(out)["funnel"]["errors"] == 1
    broken["on"] = False
    code, err = run_cli(argv)
    assert code == 0, err
    report = build_report(out)
    assert report["funnel"]["errors"] == 0 and report["funnel"]["accepted"] == 3


def test_a_directory_from_before_the_ledger_keeps_its_totals_and_resumes(done: tuple[list[str], Path]) -> None:
    argv, out = done
    report = build_report(out)
    # What an older mcrgen left: no usage.jsonl, no session on the finished rows.
    (out / "usage.jsonl").unlink()
    for name in ("accepted.jsonl", "rejected.jsonl"):
        rows = [{k: v for k, v in r.items() if k != "session"} for r in read_jsonl(out / name)]
        (out / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert build_report(out)["tokens"] == report["tokens"]
    code, err = run_cli([*argv, "--limit", "6"])
    assert code == 0, err
    run = read_run(out)
    assert run.ledger_on_disk and len(run.finished_ids()) == 6
    per_row = sum(u["prompt_tokens"] + u["completion_tokens"] for r in run.rows for u in r["usage"])
    assert build_report(out)["tokens"]["total"]["total_tokens"] == per_row  # counted once, nothing killed


def test_the_same_directory_twice_is_not_merged(done: tuple[list[str], Path], tmp_path: Path) -> None:
    _, out = done
    code, err = run_cli(["merge", str(tmp_path / "m"), str(out), str(tmp_path / "." / "run")])
    assert code == 4 and len(err) == 1 and "given twice" in err[0], err
    assert not (tmp_path / "m").exists()


def test_a_finished_run_is_summed_up_without_its_server(done: tuple[list[str], Path]) -> None:
    """Every sample has its verdict: the same command says so and sums the run up without asking a server anything
    (here the endpoint is gone: a closed port). Its session, under the run's lock, records what the recipe's hash
    leaves out and a rerun may change (the dedup settings here) and ends with no stop reason."""
    argv, out = done
    sessions = json.loads((out / "run.json").read_text())["sessions"]
    recipe = Path(argv[1])
    recipe.write_text(recipe.read_text() + "dedup: false\n")
    gone = [*argv[: argv.index("--base-url") + 1], "http://127.0.0.1:9/v1"]
    code, err = run_cli(gone)
    assert code == 0, err
    assert "all 4 samples of this run have their verdict: nothing to generate" in " ".join(err)
    now = json.loads((out / "run.json").read_text())["sessions"]
    assert now[:-1] == sessions and now[-1]["nothing_left"] and now[-1]["stop_reason"] is None
    assert "dedup: false" in (out / "recipe.resolved.yaml").read_text()
    assert json.loads((out / "report.json").read_text())["sessions"] == len(sessions) + 1
