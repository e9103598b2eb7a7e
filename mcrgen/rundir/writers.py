"""Where published data goes: one record per sample, written as JSONL or Parquet by context managers.

An accepted row (``accepted.jsonl``) carries everything the engine knows, with one key per stage. A recipe that
declares ``output.columns`` / ``output.messages`` publishes exactly those (see :mod:`mcrgen.recipe.outputs`), then
the provenance columns. A recipe that declares neither publishes the math schema: ``messages`` for SFT trainers,
the problem/solution/answer, the judge's score, every stage's text and token counts as lists, and provenance.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from mcrgen.errors import OutputError
from mcrgen.recipe.column_types import ColumnTypeError, column_feature
from mcrgen.recipe.outputs import OutputSpec, resolve, source_type, spec_from_raw
from mcrgen.recipe.templates import row_variables

if TYPE_CHECKING:
    import datasets
    import pyarrow as pa
    import pyarrow.parquet as pq

FORMATS = ("jsonl", "parquet")
_ROW_GROUP = 10_000


def features(spec: OutputSpec | None = None, rows: Sequence[Mapping[str, Any]] = ()) -> datasets.Features:
    """The published schema, as ``datasets`` features (their Arrow schema carries them, so loads are exact).

    With a recipe's ``spec``, its columns come first; a ``row.FIELD`` column takes the type of the first
    non-null value among the published ``rows`` (string when there is none)."""
    from datasets import Features, List, Value

    s = Value("string")
    provenance = {
        "outputs": List({"stage": s, "text": s}),
        "tokens": List({"stage": s, "prompt_tokens": Value("int64"), "completion_tokens": Value("int64")}),
        "seed": Value("int64"),
        "model": s,
        "recipe": s,
        "recipe_hash": s,
        "mode": s,
    }
    if spec is None or not spec.custom:
        return Features(
            {
                "id": s,
                "messages": List({"role": s, "content": s}),
                "problem": s,
                "solution": s,
                "answer": s,
                "answer_value": Value("float64"),
                "judge_score": Value("int32"),
                **provenance,
            }
        )
    cols: dict[str, Any] = {"id": s}
    for name, source in spec.columns:
        kind = source_type(source)
        cols[name] = _row_feature(name, rows) if kind == "row" else Value(kind)
    if spec.messages:
        cols["messages"] = List({"role": s, "content": s})
    if spec.provenance:
        cols.update(provenance)
    return Features(cols)


def _row_feature(column: str, rows: Sequence[Mapping[str, Any]]) -> Any:
    """The type of an input-row column, read off the values themselves (CSV rows are all strings)."""
    try:
        return column_feature([r.get(column) for r in rows])
    except ColumnTypeError as exc:  # the loader refuses such inputs; a run directory written before it did not
        raise OutputError(
            f"column {column!r}: an input value {exc.reason}; set output.formats: [jsonl] in the recipe and rerun, "
            "or fix the input file and rerun with --fresh"
        ) from None


def arrow_schema(spec: OutputSpec | None = None, rows: Sequence[Mapping[str, Any]] = ()) -> pa.Schema:
    schema: pa.Schema = features(spec, rows).arrow_schema
    return schema


def published_schema(raw_recipe: Mapping[str, Any], records: Sequence[Mapping[str, Any]]) -> pa.Schema:
    """The Parquet schema of a run's records, from its resolved recipe (``output.columns`` / ``messages``)."""
    return arrow_schema(spec_from_raw(raw_recipe), records)


def dataset_record(
    row: Mapping[str, Any], judge_score: int | None = None, spec: OutputSpec | None = None
) -> dict[str, Any]:
    """Flatten an accepted.jsonl row into the published record (every key of :func:`features`, nothing else)."""
    outputs: Mapping[str, str] = row.get("outputs", {})
    provenance = {
        "outputs": [{"stage": k, "text": v} for k, v in outputs.items()],
        "tokens": [
            {"stage": k, "prompt_tokens": int(t.get("prompt", 0)), "completion_tokens": int(t.get("completion", 0))}
            for k, t in row.get("tokens", {}).items()
        ],
        "seed": row.get("seed"),
        "model": row.get("model"),
        "recipe": row.get("recipe"),
        "recipe_hash": row.get("recipe_hash"),
        "mode": row.get("mode"),
    }
    value = row.get("answer_value")
    answer_value = float(value) if isinstance(value, int | float) else None
    if spec is not None and spec.custom:
        return _custom_record(row, judge_score, answer_value, spec, provenance)
    problem = str(row.get("problem", ""))
    solution = str(row.get("solution", ""))
    return {
        "id": str(row["id"]),
        "messages": [{"role": "user", "content": problem}, {"role": "assistant", "content": solution}],
        "problem": problem,
        "solution": solution,
        "answer": row.get("answer"),
        "answer_value": answer_value,
        "judge_score": judge_score,
        **provenance,
    }


def _custom_record(
    row: Mapping[str, Any],
    judge_score: int | None,
    answer_value: float | None,
    spec: OutputSpec,
    provenance: Mapping[str, Any],
) -> dict[str, Any]:
    """The record of a recipe that chose its columns: stage texts are stripped, as later prompts saw them. A
    template reads the input row's fields by name too (``{{ topic }}``), as a prompt does; a stage or a derived value
    of the same name wins."""
    fields = (row.get("input") or {}).get("row", {})
    values = row_variables(fields, ())
    values.update({k: str(v).strip() for k, v in row.get("outputs", {}).items()})
    values.update(
        answer=row.get("answer"),
        answer_value=answer_value,
        judge_score=judge_score,
        id=str(row["id"]),
        row=fields,
    )
    record: dict[str, Any] = {"id": str(row["id"])}
    for name, source in spec.columns:
        record[name] = resolve(source, values)
    if spec.messages:
        record["messages"] = [{"role": role, "content": str(resolve(src, values))} for role, src in spec.messages]
    if spec.provenance:
        record.update(provenance)
    return record


class JsonlWriter:
    """One JSON object per line, UTF-8, written to ``path.tmp`` and renamed on a clean exit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._tmp = path.with_name(f".{path.name}.tmp")
        self._f: IO[str] | None = None
        self.rows = 0

    def __enter__(self) -> JsonlWriter:
        try:
            self._f = open(self._tmp, "w", encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror}") from None
        return self

    def write(self, record: Mapping[str, Any]) -> None:
        assert self._f is not None, "use JsonlWriter as a context manager"
        self._f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        self.rows += 1

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        assert self._f is not None
        self._f.close()
        _finish(self._tmp, self.path, ok=et is None)


class ParquetWriter:
    """Records of the published schema into one Parquet file; rows are buffered into row groups of 10,000."""

    def __init__(self, path: Path, schema: pa.Schema | None = None) -> None:
        self.path = path
        self._tmp = path.with_name(f".{path.name}.tmp")
        self._buf: list[Mapping[str, Any]] = []
        self._writer: pq.ParquetWriter | None = None
        self._schema: pa.Schema | None = schema
        self.rows = 0

    def __enter__(self) -> ParquetWriter:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as exc:  # pragma: no cover - pyarrow comes with datasets
            raise OutputError("Parquet output needs pyarrow: pip install pyarrow (it comes with datasets)") from exc
        if self._schema is None:
            self._schema = arrow_schema()
        try:
            self._writer = pq.ParquetWriter(self._tmp, self._schema, compression="zstd")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        except pa.ArrowException as exc:  # a column type Parquet cannot hold: the schema check should prevent it
            raise _unwritable(self.path, exc) from None
        return self

    def write(self, record: Mapping[str, Any]) -> None:
        self._buf.append(record)
        self.rows += 1
        if len(self._buf) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        assert self._writer is not None and self._schema is not None, "use ParquetWriter as a context manager"
        if self._buf:
            try:
                table = pa.Table.from_pylist(self._buf, schema=self._schema)
            except (pa.ArrowException, OverflowError, TypeError) as exc:  # a value the schema check let through
                raise _unwritable(self.path, exc) from None
            self._writer.write_table(table)
            self._buf = []

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        assert self._writer is not None
        try:
            if et is None:
                self._flush()  # an empty dataset still gets a file with the schema: loaders need the columns
        except BaseException:
            self._writer.close()
            _finish(self._tmp, self.path, ok=False)  # no half-written temp file left behind
            raise
        self._writer.close()
        _finish(self._tmp, self.path, ok=et is None)


def _unwritable(path: Path, exc: Exception) -> OutputError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return OutputError(
        f"cannot write {path}: a value does not fit its Parquet column ({reason}); set output.formats: [jsonl] in "
        "the recipe and rerun"
    )


def _finish(tmp: Path, path: Path, *, ok: bool) -> None:
    """Rename the finished temp file over ``path`` (or drop it after an error); a path that cannot take it (a
    directory, a read-only folder) is an :class:`OutputError` naming it, and the temp file is removed."""
    if not ok:
        tmp.unlink(missing_ok=True)
        return
    try:
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def open_writer(kind: str, path: Path, schema: pa.Schema | None = None) -> JsonlWriter | ParquetWriter:
    if kind == "jsonl":
        return JsonlWriter(path)
    if kind == "parquet":
        return ParquetWriter(path, schema)
    raise OutputError(f"unknown output format {kind!r} (known: {', '.join(FORMATS)})")


def write_records(kind: str, path: Path, records: Iterable[Mapping[str, Any]], schema: pa.Schema | None = None) -> int:
    """Write ``records``; Parquet uses ``schema`` (default: the math schema of :func:`features`)."""
    with open_writer(kind, path, schema) as w:
        for r in records:
            w.write(r)
    return w.rows
