"""A run is a directory. This module owns its files: append-and-flush JSONL sinks, run metadata, repair on resume.

accepted.jsonl        one row per accepted sample
rejected.jsonl        one row per rejected sample (stage, validator, reason, position, tokens)
errors.jsonl          attempts that ended without a verdict, with the tokens they cost: "error" (the endpoint kept
                      failing) or "interrupted" (Ctrl-C, a budget, the breaker). Append-only across sessions;
                      those ids are not finished, so a resume runs them again
usage.jsonl           the token ledger: one line per request, appended the moment the request ends (any way), so
                      a SIGKILL loses only the requests open at that moment. Every total is summed from here once;
                      the rows keep their own requests' usage for per-sample analysis
run.json              recipe hash, mode, model, sessions (start/end), so resume can refuse a mismatch
recipe.resolved.yaml  the recipe after flags and environment (never an API key)
report.json           written by mcrgen.rundir.report from the files above
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from mcrgen.errors import McrgenError, OutputError, SetupError, a_or_an

ACCEPTED = "accepted.jsonl"
REJECTED = "rejected.jsonl"
ERRORS = "errors.jsonl"
LEDGER = "usage.jsonl"
ROW_FILES = (ACCEPTED, REJECTED, ERRORS)
RUN = "run.json"
RESOLVED = "recipe.resolved.yaml"
REPORT = "report.json"


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves a half-written report or metadata file. A path
    that cannot be written (no such folder, a directory, read-only, disk full) is an :class:`OutputError` naming it."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; the file gets what open() would give, as the .jsonl do
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


ABSENT = frozenset({errno.ENOENT, errno.ENOTDIR, errno.ELOOP})
"""What ``os.stat`` says of a path that is not there: the only errors ``Path.exists()`` turns into False too."""


def look(path: Path, what: str, hint: str = "", error: type[McrgenError] = OutputError) -> os.stat_result | None:
    """``os.stat`` of a path the user named (or the recipe's name made): None when nothing is there. Anything else
    the filesystem says (a name too long for it, a folder that may not be searched) is one line, ``what: why``
    and the ``hint``, as ``error`` (default :class:`OutputError`, exit 4), never an OSError out of ``exists()``."""
    try:
        return os.stat(path)
    except OSError as exc:
        if exc.errno in ABSENT:
            return None
        raise error(f"{what}: {exc.strerror or exc}" + (f"; {hint}" if hint else "")) from None


def check_out(run_dir: Path) -> None:
    """An output directory (``--out``, or the default one the recipe's name makes) that the filesystem cannot
    hold or look at is refused in one line (exit 4), before anything reads or writes it."""
    look(run_dir, f"cannot use {run_dir}", "use another --out")


def check_writable(path: Path) -> None:
    """Refuse up front an output file that :func:`write_atomic` could not write (a directory, a missing or
    read-only folder), so a long command fails before its work, not after it."""
    found = look(path, f"cannot write {path}")
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    folder = look(path.parent, f"cannot write {path}")
    if folder is None or not stat.S_ISDIR(folder.st_mode):
        raise OutputError(f"cannot write {path}: no such folder {path.parent}")
    if not os.access(path.parent, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"cannot write {path}: permission denied")


@cache
def _umask() -> int:
    """The process's umask, read once: reading it means setting it, and another thread must not create a file
    while it is changed."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_temp_files(run_dir: Path) -> None:
    """Delete the temp files of atomic writes a kill interrupted (``.NAME.*.tmp``); only for a writer that holds
    the directory's lock and rewrites everything, so no other write can be in flight."""
    for tmp in run_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


def _complete_tail(tail: bytes) -> bool:
    """A last line whose newline was cut off but whose JSON is whole: keep it rather than lose a finished row."""
    try:
        return isinstance(json.loads(tail.decode("utf-8")), dict)
    except ValueError:  # torn JSON, or cut inside a UTF-8 sequence
        return False


def repair_jsonl(path: Path) -> None:
    """Make a JSONL file end on a clean line after a crash mid-write: a torn last line (torn JSON, or cut inside a
    UTF-8 sequence) is dropped, a whole one that only lost its newline gets it back. Works on bytes, so a torn
    character never stops a resume."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as f:
        f.seek(0, os.SEEK_END)
        size = f.tell()
        pos = size
        keep = 0
        while pos > 0:
            step = min(65536, pos)
            f.seek(pos - step)
            nl = f.read(step).rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        if keep == size:
            return
        f.seek(keep)
        if _complete_tail(f.read()):
            f.seek(0, os.SEEK_END)
            f.write(b"\n")
        else:
            f.truncate(keep)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, one per line.

    Read as bytes and split on newlines, so the result agrees with :func:`repair_jsonl`: a torn last line is
    ignored (a whole one that lost only its newline is kept). Any other line that is not a JSON object (corrupt,
    invalid UTF-8, a bare number) is an :class:`OutputError` naming the file and line.
    """
    if not path.exists():
        return []
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}") from None
    lines = data.split(b"\n")
    tail = lines.pop()
    if tail.strip() and _complete_tail(tail):
        lines.append(tail)
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line.decode("utf-8"))  # explicit: json.loads(bytes) would guess UTF-16/32 too
        except ValueError:
            raise OutputError(f"{path}:{n}: corrupt JSON line; fix or remove it") from None
        if not isinstance(row, dict):
            raise OutputError(f"{path}:{n}: {a_or_an(type(row).__name__)}, not a JSON object; fix or remove the line")
        rows.append(row)
    return rows


def _append(fd: int, data: bytes) -> None:
    """One ``write(2)`` per row on an O_APPEND descriptor: the row is in the kernel when this returns, so a
    SIGKILL right after loses nothing, and a kill during it leaves at most a torn last line (repaired on resume).
    Not fsynced: surviving a power cut would cost a disk flush per sample."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def json_line(row: dict[str, Any]) -> str:
    """One row as the run directory stores it: compact JSON, UTF-8 as is, one line."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n"


class Sink:
    """An append-only JSONL file; every row reaches the OS as soon as it is written (no user-space buffer)."""

    def __init__(self, path: Path) -> None:
        try:
            repair_jsonl(path)
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.path = path

    def write(self, row: dict[str, Any]) -> None:
        data = json_line(row).encode()
        try:
            _append(self._fd, data)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror} (finished samples so far are kept)") from None

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def prepare(run_dir: Path) -> list[Path]:
    """Create ``run_dir`` (and its missing parents) and prove it writable; returns the folders it created, deepest
    first, so that a run refused before its first file can leave none of them behind (:func:`remove_empty`)."""
    created = []
    folder = run_dir.absolute()
    while not folder.exists() and folder != folder.parent:
        created.append(folder)
        folder = folder.parent
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
    return created


def remove_empty(folders: list[Path]) -> None:
    """Remove these folders, deepest first, as long as they are empty (never anything a run wrote)."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def require_dir(path: Path, give: str) -> None:
    """A directory argument (of report, merge, push) that is missing or not a directory is a mistyped argument
    (exit 2), not a damaged run directory; ``give`` says what to give instead."""
    try:
        found = os.stat(path)
    except OSError as exc:
        if exc.errno not in ABSENT and exc.errno != errno.ENAMETOOLONG:  # a name too long is none that exists
            raise OutputError(f"cannot read {path}: {exc.strerror or exc}") from None
        why = "no such directory" if exc.errno in ABSENT else (exc.strerror or str(exc))
        raise SetupError(f"{path}: {why} ({give})") from None
    if not stat.S_ISDIR(found.st_mode):
        raise SetupError(f"{path}: is not a directory ({give})")


class InUse(OutputError):
    """Another mcrgen process holds the run directory's lock (exit 4)."""

    def __init__(self, run_dir: Path, doing: str, then: str) -> None:
        super().__init__(f"{run_dir} is in use by {doing}; {then}")
        self.run_dir, self.doing, self.then = run_dir, doing, then

    def __reduce__(self) -> tuple[type[InUse], tuple[Path, str, str]]:
        return InUse, (self.run_dir, self.doing, self.then)  # it may cross to another process whole


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
        raise InUse(run_dir, "another mcrgen run", "wait for it to end or use another --out") from None
    return fd


@contextmanager
def reading(run_dir: Path, then: str) -> Iterator[None]:
    """Share ``.lock`` while a run directory is read whole (merge, push, report): a run writing it now is refused in
    one line (:class:`InUse`, ``then`` says what to do), and no run can start writing it until this ends. Read-only:
    a directory without ``.lock`` (copied without it) was never locked by a run and is read as it is."""
    try:
        fd = os.open(run_dir / ".lock", os.O_RDONLY)
    except FileNotFoundError:
        yield
        return
    except OSError as exc:
        raise OutputError(f"cannot read {run_dir}/.lock: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            raise InUse(run_dir, "a running mcrgen command", then) from None
        yield
    finally:
        os.close(fd)


def save_meta(run_dir: Path, meta: dict[str, Any]) -> None:
    write_atomic(run_dir / RUN, json.dumps(meta, indent=2) + "\n")
