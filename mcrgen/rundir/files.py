"""A run is a directory. This module owns its files: append-and-flush JSONL sinks, run metadata, repair on resume.

accepted.jsonl        one row per accepted sample
rejected.jsonl        one row per rejected sample (stage, validator, reason, position, tokens)
errors.jsonl          attempts that ended without a verdict, with the tokens they cost: "error" (the endpoint kept
                      failing) or "interrupted" (Ctrl-C, a budget, the breaker). Append-only across sessions;
                      those ids are not finished, so a resume runs them again
run.json              recipe hash, mode, model, sessions (start/end), so resume can refuse a mismatch
recipe.resolved.yaml  the recipe after flags and environment (never an API key)
report.json           written by mcrgen.rundir.report from the files above
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from mcrgen.errors import OutputError

ACCEPTED = "accepted.jsonl"
REJECTED = "rejected.jsonl"
ERRORS = "errors.jsonl"
RUN = "run.json"
RESOLVED = "recipe.resolved.yaml"
REPORT = "report.json"


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves a half-written report or metadata file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def repair_jsonl(path: Path) -> None:
    """Drop a partial last line left by a crash mid-write, so appends start on a clean line."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        pos = size
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            block = f.read(step)
            nl = block.rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                if keep != size:
                    f.truncate(keep)
                return
            pos -= step
        f.truncate(0)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Rows of a JSONL file; a torn final line (crash mid-write) is ignored, any other bad line is an error."""
    if not path.exists():
        return []
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError:
            if i == len(lines) - 1:
                break
            raise OutputError(f"{path}:{i + 1}: corrupt JSON line; fix or remove it") from None
    return rows


def _append(fd: int, data: bytes) -> None:
    """One ``write(2)`` per row on an O_APPEND descriptor: the row is in the kernel when this returns, so a
    SIGKILL right after loses nothing, and a kill during it leaves at most a torn last line (repaired on resume).
    Not fsynced: surviving a power cut would cost a disk flush per sample."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


class Sink:
    """An append-only JSONL file; every row reaches the OS as soon as it is written (no user-space buffer)."""

    def __init__(self, path: Path) -> None:
        try:
            repair_jsonl(path)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        self.path = path

    def write(self, row: dict[str, Any]) -> None:
        data = (json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        try:
            _append(self._fd, data)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror} (finished samples so far are kept)") from None

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def prepare(run_dir: Path) -> None:
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create run directory {run_dir}: {exc.strerror}; use another --out") from None
    # A real write, not os.access: root passes access checks on read-only mounts and full disks.
    try:
        fd, probe = tempfile.mkstemp(dir=run_dir, prefix=".probe.")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"run directory {run_dir} is not writable: {exc.strerror}; use another --out") from None


def lock(run_dir: Path) -> int:
    """Hold ``.lock`` for the run: two processes appending to one run would generate the same ids twice. The
    kernel drops the lock when the process dies, even on SIGKILL, so a crash never leaves a stale lock."""
    try:
        fd = os.open(run_dir / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"cannot write {run_dir}/.lock: {exc.strerror}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise OutputError(
            f"{run_dir} is in use by another mcrgen run; wait for it to end or use another --out"
        ) from None
    return fd


def load_meta(run_dir: Path) -> dict[str, Any] | None:
    path = run_dir / RUN
    if not path.exists():
        return None
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise OutputError(f"{path}: unreadable run metadata ({exc}); use a new --out directory") from None
    return meta


def save_meta(run_dir: Path, meta: dict[str, Any]) -> None:
    write_atomic(run_dir / RUN, json.dumps(meta, indent=2) + "\n")


def finished_ids(run_dir: Path) -> set[str]:
    """Ids with a final verdict (accepted or rejected); errored samples are not final and run again."""
    ids: set[str] = set()
    for name in (ACCEPTED, REJECTED):
        ids.update(str(r["id"]) for r in read_jsonl(run_dir / name))
    return ids
