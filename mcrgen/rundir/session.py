"""One ``generate`` session on a run directory: check it, lock it, read what earlier sessions left, append, close.

``check_run`` is read-only and runs before anything is sent or written (a mismatch costs nothing). ``open_session``
then, under the lock, checks again, repairs torn last lines *before* reading, rebuilds the ledger of a directory
from before ``usage.jsonl``, writes ``recipe.resolved.yaml``, records the session in ``run.json`` and opens the
sinks. Leaving the context closes the sinks, stamps the session's end and releases the lock, however it is left.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mcrgen.accounting import RequestUsage
from mcrgen.errors import OutputError, a_or_an
from mcrgen.recipe.values import BASELINE, INFLIGHT
from mcrgen.redact import scrub
from mcrgen.rundir import files
from mcrgen.rundir.reader import RunMeta, RunRows, Spent, has_rows, load_meta, read_run

ROW_SINKS = {"accepted": files.ACCEPTED, "rejected": files.REJECTED, "error": files.ERRORS, "interrupted": files.ERRORS}
"""Which file a row of each outcome kind goes to."""

MERGING = ".merging"
"""Present while ``mcrgen merge`` writes a directory; such a directory is not a run to resume."""


@dataclass(frozen=True, slots=True)
class Identity:
    """What a run directory holds for good: one recipe (by hash), one mode, one shard (or none)."""

    recipe: str
    recipe_hash: str
    mode: str
    shard: dict[str, int] | None = None


def _shard_text(shard: dict[str, int] | None) -> str:
    return f"shard {shard['index']}/{shard['count']}" if shard else "an unsharded run"


def check_run(run_dir: Path, ident: Identity) -> RunMeta | None:
    """Refuse, in one line, a directory that is not ``ident``'s run; returns its metadata (None: a new run)."""
    if (run_dir / MERGING).exists():
        raise OutputError(f"{run_dir} holds an unfinished `mcrgen merge`; rerun that merge, or use another --out")
    meta = load_meta(run_dir)
    if meta is None:
        for mode in (BASELINE, INFLIGHT):
            if (run_dir / mode / files.RUN).exists():
                raise OutputError(
                    f"{run_dir} is a `mcrgen compare` directory (it holds {mode}/); use another --out, "
                    "so the comparison and this run stay apart"
                )
        if has_rows(run_dir):
            raise OutputError(
                f"{run_dir} holds rows but no {files.RUN}, so its recipe is unknown; use another --out directory"
            )
        return None
    if meta.recipe_hash != ident.recipe_hash:
        raise OutputError(
            f"{run_dir} holds a run of a different recipe (hash {meta.recipe_hash}, this one "
            f"{ident.recipe_hash}); use another --out directory, or --fresh to move it aside and start over"
        )
    if meta.mode != ident.mode:
        raise OutputError(f"{run_dir} holds {a_or_an(meta.mode)} run; use another --out for --mode {ident.mode}")
    if meta.shard != ident.shard:
        wanted = f"{ident.shard['index']}/{ident.shard['count']}" if ident.shard else "(none)"
        raise OutputError(f"{run_dir} holds {_shard_text(meta.shard)}; use another --out for --shard {wanted}")
    return meta


class Session:
    """An open session: the rows earlier sessions left, and the sinks this one appends to."""

    def __init__(self, run_dir: Path, number: int, before: RunRows, info: dict[str, Any]) -> None:
        self.run_dir, self.number, self.before, self.info = run_dir, number, before, info
        self._sinks: dict[str, files.Sink] = {}
        try:
            for name in (*files.ROW_FILES, files.LEDGER):
                self._sinks[name] = files.Sink(run_dir / name)
        except BaseException:
            self.close()
            raise

    def spent(self, sample_id: str, usage: RequestUsage) -> None:
        """A request ended: on the ledger now, whatever happens to its sample later."""
        self._sinks[files.LEDGER].write(Spent(sample_id, self.number, usage).to_dict())

    def write(self, kind: str, row: dict[str, Any]) -> None:
        self._sinks[ROW_SINKS[kind]].write(row)

    def close(self) -> None:
        for sink in self._sinks.values():
            sink.close()


def _repair(run_dir: Path) -> None:
    for name in (*files.ROW_FILES, files.LEDGER):
        try:
            files.repair_jsonl(run_dir / name)
        except OSError as exc:
            raise OutputError(f"cannot repair {run_dir / name}: {exc.strerror}") from None


def _backfill_ledger(before: RunRows) -> None:
    """A directory from before the ledger: write the ledger its rows imply, once, before anything is appended."""
    if before.ledger_on_disk or not before.ledger:
        return
    text = "".join(files.json_line(s.to_dict()) for s in before.ledger)
    files.write_atomic(before.run_dir / files.LEDGER, text)
    before.ledger_on_disk = True


@contextmanager
def open_session(
    run_dir: Path, ident: Identity, *, resolved_yaml: str, info: dict[str, Any], meta_extra: dict[str, Any]
) -> Iterator[Session]:
    """Lock ``run_dir`` and open a new session on it (see the module docstring)."""
    files.prepare(run_dir)
    lock_fd = files.lock(run_dir)
    session: Session | None = None
    meta: dict[str, Any] = {}
    try:
        old = check_run(run_dir, ident)  # again, under the lock
        _repair(run_dir)
        before = read_run(run_dir)
        _backfill_ledger(before)
        meta = dict(old.raw) if old is not None else {"recipe": ident.recipe, "recipe_hash": ident.recipe_hash}
        meta.setdefault("mode", ident.mode)
        meta.setdefault("sessions", [])
        if ident.shard is not None:
            meta["shard"] = ident.shard
        meta.update(meta_extra)
        # A key can reach these through a URL (``http://user:KEY@host/v1`` in --base-url or the recipe): masked.
        info = {k: scrub(v) if isinstance(v, str) else v for k, v in info.items()}
        info = {"started": datetime.now(UTC).isoformat(timespec="seconds"), **info}
        meta["sessions"].append(info)
        files.write_atomic(run_dir / files.RESOLVED, scrub(resolved_yaml))
        files.save_meta(run_dir, meta)
        session = Session(run_dir, len(meta["sessions"]), before, info)
        yield session
    finally:
        try:
            if session is not None:
                session.close()
                info["ended"] = datetime.now(UTC).isoformat(timespec="seconds")
                files.save_meta(run_dir, meta)
        finally:
            os.close(lock_fd)
