"""Which column of a samples file holds each stage's text, for the offline audit (``mcrgen validate``).

A column is a row key, or a dotted path into a nested object: ``outputs.<stage>`` is where a run's own files
(``accepted.jsonl``, ``rejected.jsonl``) keep each stage's text. Guessing, per stage, best first:

1. ``outputs.<stage>``, when the rows carry an ``outputs`` object with that stage (a run's files);
2. a column named as the stage (the recipes' seed files: ``instruction``, ``response``, ...);
3. the math presets (:data:`FIELD_PRESETS`): GSM8K ``question``/``answer`` for ``problem``/``solution``.

A stage with none of these is left out: it is not checked, and the audit says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from mcrgen.errors import RecipeError

if TYPE_CHECKING:
    from mcrgen.validators import BoundValidator

FIELD_PRESETS: dict[str, dict[str, str]] = {
    "gsm8k": {"problem": "question", "solution": "answer"},
    "math500": {"problem": "problem", "solution": "solution"},
}
"""Stage name -> row field, for the two data sets mcrgen ships tests with."""

OUTPUTS = "outputs"
"""The object of a run's rows that holds each stage's text, by stage name."""


def column_value(row: Mapping[str, Any], column: str) -> Any:
    """``row[column]``; a dotted ``column`` such as ``outputs.solution`` reaches into nested objects (a key that
    contains a dot itself is found too). None where the row has no such column."""
    if column in row:
        return row[column]
    head, dot, rest = column.partition(".")
    while dot:
        inner = row.get(head)
        if isinstance(inner, Mapping):
            found = column_value(inner, rest)
            if found is not None:
                return found
        more, dot, rest = rest.partition(".")
        head = f"{head}.{more}"
    return None


def _has_text(rows: Iterable[Mapping[str, Any]], column: str) -> bool:
    return any(isinstance(column_value(row, column), str) for row in rows)


def guess_fields(stages: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Each stage's column in ``rows`` (see the module's docstring); stages with no column are left out."""
    out: dict[str, str] = {}
    for stage in stages:
        presets = [p[stage] for p in FIELD_PRESETS.values() if stage in p]
        for column in (f"{OUTPUTS}.{stage}", stage, *presets):
            if _has_text(rows, column):
                out[stage] = column
                break
    return out


def _columns(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """The text columns of ``rows`` (``outputs.<stage>`` included), for an error message."""
    names: dict[str, None] = {}
    for row in rows:
        for key, value in row.items():
            if isinstance(value, str):
                names[key] = None
            elif key == OUTPUTS and isinstance(value, Mapping):
                names.update({f"{OUTPUTS}.{k}": None for k, v in value.items() if isinstance(v, str)})
    return list(names)


def _listing(names: Iterable[str], limit: int = 12) -> str:
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f", ... ({len(names)} in all)" if len(names) > limit else "") if names else "none"


def resolve_fields(
    stages: Sequence[str], rows: Sequence[Mapping[str, Any]], given: Mapping[str, str] | None, source: str
) -> dict[str, str]:
    """Stage -> column for auditing ``rows``: the ``--field`` mappings ``given`` (each must name a stage of the
    recipe and a column that some row of ``source`` has as text), the guess for every other stage.

    Raises :class:`RecipeError` (exit 2, one line) for an unknown stage, a missing column, or when no stage at all
    has a column."""
    for stage, column in (given or {}).items():
        if stage not in stages:
            raise RecipeError(
                f"--field {stage}={column}: the recipe has no stage {stage!r} (stages: {_listing(stages)})"
            )
        if not _has_text(rows, column):
            raise RecipeError(
                f"--field {stage}={column}: no sample in {source} has a text column {column!r} "
                f"(columns: {_listing(_columns(rows))})"
            )
    fields = guess_fields([s for s in stages if s not in (given or {})], rows)
    fields.update(given or {})
    if not fields:
        raise RecipeError(
            f"{source}: no column holds the text of any stage (stages: {_listing(stages)}; columns: "
            f"{_listing(_columns(rows))}); map stages to columns with --field STAGE=COLUMN"
        )
    return {s: fields[s] for s in stages if s in fields}  # in generation order


def stage_texts(
    stages: Mapping[str, Sequence[BoundValidator]],
    row: Mapping[str, Any],
    fields: Mapping[str, str],
    skip: Callable[[str, Any], None],
    max_chars: Mapping[str, int],
) -> Iterator[tuple[str, Sequence[BoundValidator], str]]:
    """Each stage's validators and its text in ``row``, in generation order; a stage whose column is missing, not
    text, or longer than its ``max_chars`` in this row is not checked, and ``skip(stage, value)`` hears of it."""
    for name, vals in stages.items():
        text = column_value(row, fields.get(name, name))
        if isinstance(text, str) and len(text) > max_chars.get(name, len(text)):
            skip(name, TooLong())  # a megabyte on one line took minutes to check (a new user's trial, stop 46)
        elif isinstance(text, str):
            yield name, vals, text
        else:
            skip(name, text)


class TooLong:
    """A text longer than any stream of its stage can be, in place of the text."""


def value_kind(value: Any) -> str:
    """What a column holds instead of text, as the audit says it."""
    if value is None:
        return "nothing"
    if isinstance(value, TooLong):
        return "text longer than a stream may write"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object" if isinstance(value, dict) else type(value).__name__


def skipped_phrase(skipped: Mapping[str, int]) -> str:
    """``{"a number": 2, "nothing": 1}`` -> ``a number in 2, nothing in 1``."""
    return ", ".join(f"{kind} in {n}" for kind, n in skipped.items())
