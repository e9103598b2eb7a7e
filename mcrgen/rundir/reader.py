"""The one reader of a run directory: ``read_run(dir) -> RunRows`` (metadata, rows, token ledger), typed and checked.

Report, compare, merge, dedup, push and resume all read a run directory through here, so they agree on what a
directory holds: the same torn-line rule, the same refusal of a corrupt ``run.json`` or row, and one answer to
"what did this run spend": the ledger (``usage.jsonl``), every request once. A directory written before the
ledger existed has its ledger rebuilt from the rows' usage, which then held every request.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from mcrgen.accounting import RequestUsage
from mcrgen.errors import OutputError
from mcrgen.rundir import files

KILLED = "killed"
"""Outcome of a request on the ledger whose sample never got a row in that session: the process died first."""

_CORRUPT_HINT = "restore it from a copy, or start over with a new --out directory"


@dataclass(frozen=True, slots=True)
class RunMeta:
    """``run.json``: which recipe and mode the directory holds, and its sessions."""

    recipe: str | None
    recipe_hash: str
    mode: str
    model: str | None
    sessions: tuple[dict[str, Any], ...]
    shard: dict[str, int] | None
    price_per_million: dict[str, float] | None
    raw: dict[str, Any] = field(repr=False)
    """The whole mapping as read, for a writer that appends a session and saves it back."""

    @property
    def seconds(self) -> float:
        """Wall seconds of every session so far (sessions killed before their end count 0)."""
        return sum(_number(s.get("seconds")) for s in self.sessions)


def _number(x: Any) -> float:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else 0.0


def _meta_problem(data: Any) -> str | None:
    if not isinstance(data, dict):
        return f"a JSON {type(data).__name__}, not an object"
    for key in ("recipe_hash", "mode"):
        if not isinstance(data.get(key), str):
            return f"{key} is missing or not a string"
    sessions = data.get("sessions")
    if not isinstance(sessions, list) or not all(isinstance(s, dict) for s in sessions):
        return "sessions is not a list of objects"
    shard = data.get("shard")
    if shard is not None:
        i, n = (shard.get("index"), shard.get("count")) if isinstance(shard, dict) else (None, None)
        if not (isinstance(i, int) and isinstance(n, int) and 0 <= i < n):
            return "shard is not {index, count} with 0 <= index < count"
    prices = data.get("price_per_million")
    if prices is not None and not (
        isinstance(prices, dict) and all(isinstance(prices.get(k), int | float) for k in ("prompt", "completion"))
    ):
        return "price_per_million is not {prompt, completion}"
    return None


def load_meta(run_dir: Path) -> RunMeta | None:
    """``run.json`` checked field by field; None when there is none. A corrupt one is exit 4 with a hint."""
    path = run_dir / files.RUN
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError as exc:
        raise OutputError(f"{path}: corrupt run metadata ({exc}); {_CORRUPT_HINT}") from None
    problem = _meta_problem(data)
    if problem is not None:
        raise OutputError(f"{path}: corrupt run metadata ({problem}); {_CORRUPT_HINT}")
    return RunMeta(
        recipe=data.get("recipe") if isinstance(data.get("recipe"), str) else None,
        recipe_hash=data["recipe_hash"],
        mode=data["mode"],
        model=data.get("model") if isinstance(data.get("model"), str) else None,
        sessions=tuple(data["sessions"]),
        shard=data.get("shard"),
        price_per_million=data.get("price_per_million"),
        raw=data,
    )


@dataclass(frozen=True, slots=True)
class Spent:
    """One line of the ledger: a request of sample ``id`` in session ``session``, and what it cost."""

    id: str
    session: int
    usage: RequestUsage

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "session": self.session, **self.usage.to_dict()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Spent:
        """Raises ValueError on a line that is not a usage record (the figures are summed: they must be numbers)."""
        usage = RequestUsage.from_dict(dict(d))
        session = d.get("session", 0)
        counts = (usage.prompt_tokens, usage.completion_tokens, session)
        if not isinstance(d.get("id"), str) or not isinstance(usage.stage, str):
            raise ValueError("id and stage must be strings")
        if not all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in counts):
            raise ValueError("token counts and session must be non-negative integers")
        return cls(d["id"], session, usage)


def row_session(row: Mapping[str, Any]) -> int:
    """The session that wrote a row; 0 for rows written before rows carried it."""
    s = row.get("session")
    return s if isinstance(s, int) and not isinstance(s, bool) else 0


def ledger_from_rows(run_dir: Path, rows: list[dict[str, Any]]) -> list[Spent]:
    """The ledger of a directory written before ``usage.jsonl`` existed: then every request was on its row."""
    out: list[Spent] = []
    for r in rows:
        usage = r.get("usage", [])
        try:
            if not isinstance(usage, list):
                raise TypeError
            out += [Spent.from_dict({**u, "id": r["id"], "session": row_session(r)}) for u in usage]
        except (KeyError, TypeError, ValueError):
            raise OutputError(f"{run_dir}: sample {r['id']} has a usage that is not a list of usage records") from None
    return out


@dataclass(slots=True)
class RunRows:
    """Everything a run directory says about its samples and spending."""

    run_dir: Path
    meta: RunMeta | None
    accepted: list[dict[str, Any]]
    rejected: list[dict[str, Any]]
    errors: list[dict[str, Any]]
    """Rows without a verdict: ``error``, ``interrupted``, and ``duplicate`` (a merge met a finished id twice)."""
    ledger: list[Spent]
    ledger_on_disk: bool
    """False when the ledger was rebuilt from the rows (a directory from before ``usage.jsonl``)."""
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    """Verdict rows of an id that an earlier verdict row already holds (files concatenated by hand): ignored."""

    @property
    def rows(self) -> list[dict[str, Any]]:
        return self.accepted + self.rejected + self.errors

    def finished_ids(self) -> set[str]:
        """Ids with a final verdict (accepted or rejected); errored and interrupted ids run again on resume."""
        return {str(r["id"]) for r in self.accepted} | {str(r["id"]) for r in self.rejected}

    def open_ids(self) -> dict[str, str]:
        """Ids still without a verdict -> why (the latest ``error``/``interrupted`` row of each)."""
        done = self.finished_ids()
        return {str(r["id"]): str(r.get("outcome", "error")) for r in self.errors if str(r["id"]) not in done}

    def requests(self) -> Iterator[tuple[str, RequestUsage]]:
        """Every request on the ledger once, with the outcome of the row it belongs to (:data:`KILLED` if none)."""
        outcome: dict[tuple[str, int], str] = {}
        for kind, rows in (("accepted", self.accepted), ("rejected", self.rejected), ("error", self.errors)):
            for r in rows:
                outcome[(str(r["id"]), row_session(r))] = str(r.get("outcome", kind))
        for s in self.ledger:
            yield outcome.get((s.id, s.session), KILLED), s.usage


def _row_problem(row: dict[str, Any], verdict: bool) -> str | None:
    """What is wrong with a row, for the fields every reader relies on (None: nothing)."""
    if not isinstance(row.get("id"), str):
        return "has no string id"
    if not isinstance(row.get("outputs", {}), dict) or not isinstance(row.get("usage", []), list):
        return "has outputs that are not an object or usage that is not a list"
    rej = row.get("rejection")
    if verdict and rej is not None and not (isinstance(rej, dict) and isinstance(rej.get("stage"), str)):
        return "has a rejection without a stage"
    return None


def _rows(path: Path) -> list[dict[str, Any]]:
    rows = files.read_jsonl(path)
    for n, row in enumerate(rows, 1):
        problem = _row_problem(row, verdict=path.name != files.ERRORS)
        if problem is not None:
            raise OutputError(f"{path}: row {n} {problem}; fix or remove it")
    return rows


def first_verdicts(rows: Iterable[dict[str, Any]], seen: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``rows`` split into those whose id is not in ``seen`` yet (the first verdict row of an id wins; ``seen`` grows)
    and the later ones. Read accepted before rejected rows: one rule for a run directory and for ``merge``, so an id
    is one sample, counted, published and resumed once, whichever files hold it twice."""
    kept: list[dict[str, Any]] = []
    later: list[dict[str, Any]] = []
    for row in rows:
        rid = str(row["id"])
        (later if rid in seen else kept).append(row)
        seen.add(rid)
    return kept, later


def read_run(run_dir: Path) -> RunRows:
    """Read a run directory (torn last lines ignored; anything else corrupt is an :class:`OutputError`). An id's
    later verdict rows are set aside in ``duplicates`` (see :func:`first_verdicts`)."""
    meta = load_meta(run_dir)
    all_accepted, all_rejected, errors = (_rows(run_dir / name) for name in files.ROW_FILES)
    seen: set[str] = set()
    accepted, twice = first_verdicts(all_accepted, seen)
    rejected, again = first_verdicts(all_rejected, seen)
    ledger_path = run_dir / files.LEDGER
    if ledger_path.exists():
        ledger = []
        for n, line in enumerate(files.read_jsonl(ledger_path), 1):
            try:
                ledger.append(Spent.from_dict(line))
            except (KeyError, TypeError, ValueError):
                raise OutputError(f"{ledger_path}: line {n} is not a usage record; fix or remove it") from None
        return RunRows(run_dir, meta, accepted, rejected, errors, ledger, True, twice + again)
    legacy = ledger_from_rows(run_dir, accepted + rejected + errors)
    return RunRows(run_dir, meta, accepted, rejected, errors, legacy, False, twice + again)


def has_rows(run_dir: Path) -> bool:
    """Does the directory hold any rows or ledger lines (i.e. is it some run's output)?"""
    return any((run_dir / n).exists() and (run_dir / n).stat().st_size > 0 for n in (*files.ROW_FILES, files.LEDGER))


def read_resolved(run_dir: Path) -> dict[str, Any]:
    """The run's recipe as written to recipe.resolved.yaml (a plain mapping; nothing is re-validated)."""
    path = run_dir / files.RESOLVED
    if not path.exists():
        raise OutputError(f"{run_dir} is not a run directory (no {files.RESOLVED})")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise OutputError(f"{path}: unreadable ({type(exc).__name__}); {_CORRUPT_HINT}") from None
    return data if isinstance(data, dict) else {}


def read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object file the run wrote (report.json, dedup.json); None when absent."""
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        raise OutputError(f"{path}: unreadable; rebuild it with `mcrgen report {path.parent}`") from None
    if not isinstance(data, dict):
        raise OutputError(f"{path}: not a JSON object; rebuild it with `mcrgen report {path.parent}`")
    return data
