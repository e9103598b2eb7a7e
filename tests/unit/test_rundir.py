"""The run directory's reader and repair: torn lines, corrupt metadata, the ledger and who a request belongs to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mcrgen.accounting import RequestUsage
from mcrgen.errors import OutputError
from mcrgen.rundir import files
from mcrgen.rundir.reader import KILLED, Spent, load_meta, read_run
from mcrgen.rundir.session import Identity, check_run

ROW = {"id": "000001", "outputs": {"problem": "Ünïcödé ✓"}, "outcome": "accepted", "session": 1}


def _line(row: dict[str, object]) -> bytes:
    return files.json_line(row).encode()


def test_a_tail_torn_inside_a_utf8_character_is_ignored_then_cut(tmp_path: Path) -> None:
    path = tmp_path / "accepted.jsonl"
    whole = _line(ROW)
    torn = _line({**ROW, "id": "000002"})
    cut = torn.index("✓".encode()) + 1  # inside the three bytes of the check mark
    path.write_bytes(whole + torn[:cut])
    assert files.read_jsonl(path) == [ROW]
    files.repair_jsonl(path)
    assert path.read_bytes() == whole


def test_a_whole_row_that_only_lost_its_newline_is_kept_by_reader_and_repair(tmp_path: Path) -> None:
    path = tmp_path / "accepted.jsonl"
    second = {**ROW, "id": "000002"}
    path.write_bytes(_line(ROW) + _line(second)[:-1])
    assert files.read_jsonl(path) == [ROW, second]
    files.repair_jsonl(path)
    assert path.read_bytes() == _line(ROW) + _line(second)
    assert files.read_jsonl(path) == [ROW, second]


@pytest.mark.parametrize(
    ("line", "says"),
    [
        (b"42", "not a JSON object"),
        (b"[1, 2]", "not a JSON object"),
        (b"{not json", "corrupt"),
        (b"\xff\xfe{}", "corrupt"),
    ],
)
def test_a_bad_line_before_the_end_is_one_clear_error(tmp_path: Path, line: bytes, says: str) -> None:
    path = tmp_path / "rejected.jsonl"
    path.write_bytes(_line(ROW) + line + b"\n" + _line(ROW))
    with pytest.raises(OutputError, match=says) as exc:
        files.read_jsonl(path)
    assert f"{path}:2" in str(exc.value) and exc.value.exit_code == 4 and "\n" not in str(exc.value)


def test_a_row_without_an_id_is_refused(tmp_path: Path) -> None:
    (tmp_path / files.ERRORS).write_bytes(_line({"outcome": "error"}))
    with pytest.raises(OutputError, match="no string id"):
        read_run(tmp_path)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[1, 2]", "a JSON list, not an object"),
        ('{"recipe_hash": "h", "mode": "inflight", "sessions": null}', "sessions is not a list"),
        ('{"recipe_hash": "h", "mode": "inflight", "sessions": [3]}', "sessions is not a list"),
        ('{"mode": "inflight", "sessions": []}', "recipe_hash is missing"),
        ('{"recipe_hash": "h", "mode": "inflight", "sessions": [], "shard": {"index": 3, "count": 2}}', "shard"),
        ('{"recipe_hash": "h", "mode": "inflight", "sessions": [], "price_per_million": 3}', "price_per_million"),
        ('{"recipe_hash": "h", "mode": "inf', "corrupt run metadata"),
        ("", "corrupt run metadata"),
    ],
)
def test_corrupt_run_json_is_exit_4_with_a_hint(tmp_path: Path, content: str, says: str) -> None:
    (tmp_path / files.RUN).write_text(content)
    with pytest.raises(OutputError, match=says) as exc:
        load_meta(tmp_path)
    msg = str(exc.value)
    assert exc.value.exit_code == 4 and "\n" not in msg and "new --out" in msg


def test_rows_without_run_json_or_an_unfinished_merge_are_not_adopted(tmp_path: Path) -> None:
    ident = Identity("tiny", "abc", "inflight")
    assert check_run(tmp_path, ident) is None  # empty: a new run
    (tmp_path / files.ACCEPTED).write_bytes(_line(ROW))
    with pytest.raises(OutputError, match="holds rows but no run.json"):
        check_run(tmp_path, ident)
    (tmp_path / ".merging").write_text("{}")
    with pytest.raises(OutputError, match="unfinished `mcrgen merge`"):
        check_run(tmp_path, ident)


def _usage(stage: str, completion: int) -> RequestUsage:
    return RequestUsage(stage=stage, prompt_tokens=10, completion_tokens=completion, status="finished")


def test_every_request_counts_once_under_the_outcome_of_its_row(tmp_path: Path) -> None:
    meta = {"recipe": "tiny", "recipe_hash": "h", "mode": "inflight", "sessions": [{}, {}]}
    (tmp_path / files.RUN).write_text(json.dumps(meta))
    acc = {**ROW, "session": 2, "usage": [_usage("problem", 5).to_dict()]}
    err = {"id": "000003", "outcome": "interrupted", "session": 1, "usage": [_usage("problem", 7).to_dict()]}
    (tmp_path / files.ACCEPTED).write_bytes(_line(acc))
    (tmp_path / files.ERRORS).write_bytes(_line(err))
    ledger = [
        Spent("000001", 1, _usage("problem", 3)),  # session 1 was killed before 000001's row: no row holds it
        Spent("000003", 1, _usage("problem", 7)),
        Spent("000001", 2, _usage("problem", 5)),
    ]
    (tmp_path / files.LEDGER).write_bytes(b"".join(_line(s.to_dict()) for s in ledger))
    run = read_run(tmp_path)
    got = sorted((o, u.completion_tokens) for o, u in run.requests())
    assert got == [("accepted", 5), ("interrupted", 7), (KILLED, 3)]
    assert run.finished_ids() == {"000001"} and run.open_ids() == {"000003": "interrupted"}


def test_a_directory_from_before_the_ledger_reads_its_rows_usage(tmp_path: Path) -> None:
    acc = {k: v for k, v in ROW.items() if k != "session"}
    acc["usage"] = [_usage("problem", 5).to_dict(), _usage("solution", 9).to_dict()]
    (tmp_path / files.ACCEPTED).write_bytes(_line(acc))
    run = read_run(tmp_path)
    assert not run.ledger_on_disk
    assert [(o, u.completion_tokens) for o, u in run.requests()] == [("accepted", 5), ("accepted", 9)]


def test_a_merge_killed_before_its_marker_is_redone(tmp_path: Path) -> None:
    """A SIGKILL between creating the output directory and renaming the marker's temp file into place leaves
    only ``.lock`` and ``..merging.XXXX.tmp``: the rerun must treat that as an empty directory, not refuse it."""
    from mcrgen.publish.merge import _may_write

    out = tmp_path / "merged"
    out.mkdir()
    (out / ".lock").write_text("")
    (out / "..merging.abc123.tmp").write_text('{"sources": [')
    _may_write(out, [tmp_path / "a", tmp_path / "b"])  # no OutputError
    (out / "accepted.jsonl").write_text("")
    with pytest.raises(OutputError):
        _may_write(out, [tmp_path / "a", tmp_path / "b"])


def test_atomic_writes_get_the_mode_a_plain_open_gives(tmp_path: Path) -> None:
    """mkstemp creates 0600: report.json, run.json and dedup.json were unreadable to the group the .jsonl files
    beside them are readable to."""
    from mcrgen.rundir.files import write_atomic

    write_atomic(tmp_path / "report.json", "{}\n")
    (tmp_path / "plain.jsonl").write_text("{}\n")
    assert (tmp_path / "report.json").stat().st_mode & 0o777 == (tmp_path / "plain.jsonl").stat().st_mode & 0o777
    assert (tmp_path / "report.json").read_text() == "{}\n"
