"""Can the input values a ``row.FIELD`` column copies be stored in a Parquet column? (JSONL holds any JSON value.)

The Parquet writer (:mod:`mcrgen.rundir.writers`) gives such a column the type pyarrow infers from the published
values, so the column fails to write when its values do not share one type (``1`` and ``"x"``, a list and an
object, ``true`` and ``1``), when an integer does not fit in 64 bits, or when an object has no fields. That was
found only after every sample had been generated, and again on every rerun. The loader now asks the same question
with every input row, before any request, and names the first row that does not fit; the writer asks it too, for
run directories written before this check.

Nulls are fine (Parquet columns are nullable), and integers mixed with fractional numbers are stored as float64,
as the writer has always done.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from mcrgen.errors import RecipeError, a_or_an
from mcrgen.recipe.inputs import InputRows, json_objects

JSONL_ONLY = "or use formats: [jsonl]"
_INT64 = (-(1 << 63), (1 << 63) - 1)


class ColumnTypeError(ValueError):
    """Why values do not fit one Parquet column: ``reason`` reads after "field 'v'", ``fix`` says what to change,
    ``index`` is the position of the first value that does not fit."""

    def __init__(self, reason: str, fix: str, index: int) -> None:
        super().__init__(f"{reason}; {fix}")
        self.reason, self.fix, self.index = reason, fix, index


def column_feature(values: Sequence[Any]) -> Any:
    """The ``datasets`` feature the writer gives a column of ``values`` (string when all are null); raises
    :class:`ColumnTypeError` naming the first value that cannot join it."""
    from datasets import Features, Value

    typ = check_values(values)
    if typ is None:
        return Value("string")
    import pyarrow as pa

    return Features.from_arrow_schema(pa.schema([pa.field("c", typ)]))["c"]


def check_values(values: Sequence[Any]) -> Any:
    """The Arrow type of a column of ``values`` (None when all are null), or :class:`ColumnTypeError`. Arrow
    alone, without ``datasets`` (seconds to import), so that loading a recipe stays quick."""
    present = [(i, v) for i, v in enumerate(values) if v is not None]
    if not present:
        return None
    plain = [v for _, v in present]
    typ = _arrow_type(plain)
    # Walk the values only when they failed, or hold objects: ``{}`` beside ``{"k": 1}`` fits the column, but a
    # dataset whose accepted samples are all ``{}`` would not, so it is refused whatever the other rows hold.
    if typ is None or "struct" in str(typ):
        for i, v in present:
            unfit = _unstorable(v)
            if unfit is not None:
                raise ColumnTypeError(unfit[0], unfit[1], i)
    if typ is None:
        k = _first_misfit(plain)
        fix = f"write the field with one type in every row (e.g. all quoted as strings) {JSONL_ONLY}"
        raise ColumnTypeError(_describe_misfit(plain, k), fix, present[k][0])
    return typ


def _unstorable(value: Any) -> tuple[str, str] | None:
    """(reason, fix) when something inside ``value`` fits no Parquet column whatever the other rows hold."""
    stack = [value]
    while stack:  # a loop, not recursion: JSON may nest as deep as the parser allowed
        v = stack.pop()
        if v is None or isinstance(v, bool | str | float):
            continue
        if isinstance(v, int) and not _INT64[0] <= v <= _INT64[1]:
            return (
                f"holds {_preview(v)}, beyond Parquet's 64-bit integers",
                f"quote it as a string in the input {JSONL_ONLY}",
            )
        if isinstance(v, dict | Mapping):  # dict first: the ABC check is slow
            if not v:
                return "holds an object with no fields ({}), which Parquet cannot store", f"write null {JSONL_ONLY}"
            stack.extend(v.values())
        elif isinstance(v, list | tuple):
            stack.extend(v)
    return None


def _arrow_type(values: Sequence[Any]) -> Any | None:
    """The type pyarrow infers for these non-null values, or None when no Parquet column can hold them all."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        typ = pa.array(values).type
        pq.write_table(pa.table({"c": pa.array([], typ)}), io.BytesIO())  # a type Parquet cannot write at all
    except (pa.ArrowException, OverflowError, TypeError, ValueError):
        return None
    return typ


def _first_misfit(values: Sequence[Any]) -> int:
    """The first value that the ones before it cannot share a column with: with the empty prefix fitting and the
    whole not, bisection finds a k where ``values[:k]`` fits and ``values[:k + 1]`` does not."""
    lo, hi = 0, len(values)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _arrow_type(values[:mid]) is None:
            hi = mid
        else:
            lo = mid
    return lo


def _describe_misfit(values: Sequence[Any], k: int) -> str:
    value = values[k]
    if k == 0 or _arrow_type([value]) is None:
        return f"holds {_kind(value)} ({_preview(value)}) whose contents mix types, and a Parquet column holds one type"
    import pyarrow as pa

    earlier = pa.array(values[:k]).type
    held = f"{_kind(value)} ({_preview(value)})"
    return f"holds {held}, but earlier rows hold {_words(earlier)} and a Parquet column holds one type"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    for cls, word in (
        (int, "an integer"),
        (float, "a number"),
        (str, "a string"),
        (list, "a list"),
        (dict, "an object"),
    ):
        if isinstance(value, cls):
            return word
    return a_or_an(type(value).__name__)


def _words(typ: Any) -> str:
    """An Arrow type as a user would say it of the earlier rows' values (``lists of integers``)."""
    import pyarrow as pa

    if pa.types.is_boolean(typ):
        return "true/false values"
    if pa.types.is_integer(typ):
        return "integers"
    if pa.types.is_floating(typ):
        return "numbers"
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        return "strings"
    if pa.types.is_list(typ) or pa.types.is_large_list(typ):
        return f"lists of {_words(typ.value_type)}"
    if pa.types.is_struct(typ):
        shown = [f"{typ.field(i).name!r} as {_words(typ.field(i).type)}" for i in range(min(typ.num_fields, 3))]
        return f"objects with {', '.join(shown)}{', ...' if typ.num_fields > 3 else ''}"
    if pa.types.is_null(typ):
        return "nulls"
    return str(typ)


def _preview(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def check_columns(columns: Sequence[tuple[str, str]], inputs: InputRows, where: str) -> None:
    """Refuse a recipe whose ``row.FIELD`` ``columns`` (name, source) copy input values that no Parquet column can
    hold; called only when ``parquet`` is among the output formats, with every input row the recipe will use."""
    for name, source in columns:
        field = source.removeprefix("row.")
        try:
            check_values([row.get(field) for row in inputs.rows])
        except ColumnTypeError as exc:
            at = _row_label(inputs, inputs.indices[exc.index])
            raise RecipeError(
                f"{where}: output.columns.{name}: {at}: field {field!r} {exc.reason}; {exc.fix}"
            ) from None


def _row_label(inputs: InputRows, source_index: int) -> str:
    """``file:line`` for a JSONL row (blank lines count, as an editor shows them), else ``file: row N``."""
    spec = inputs.spec
    path = spec.path
    if path is None:
        return f"dataset {spec.dataset}: row {source_index + 1}"
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        for k, (line, _) in enumerate(json_objects(Path(path), "the input file (inputs.path)")):
            if k == source_index:
                return f"{path}:{line}"
    return f"{path}: row {source_index + 1}"
