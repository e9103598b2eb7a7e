"""What the published dataset looks like: the recipe's ``output.columns`` and ``output.messages``.

A column (or a message's content) names where its value comes from:

* a stage name (``response``): that stage's text;
* ``answer`` / ``answer_value``: the final answer as written / its number (``answer_format``); ``judge_score``:
  the judge's score; ``id``: the sample id;
* ``row.FIELD`` (or ``row["FIELD"]``): a field of the sample's input row, with its own type (text, number, list...);
* anything containing ``{{``, or a space and not starting ``row.``: a template over all of the above (``"{{
  row.topic }}: {{ question }}"``), so a fixed text such as a system message is written as it is.

Without ``columns`` and ``messages`` a recipe publishes the math columns (problem, solution, answer, ...), as
before. Everything here is checked when the recipe loads, so a misspelled source fails before the run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mcrgen.errors import RecipeError
from mcrgen.recipe import column_types, dryrun, templates
from mcrgen.recipe.inputs import InputRows

DERIVED = {"answer": "string", "answer_value": "float64", "judge_score": "int32", "id": "string"}
"""Sources that are not a stage or a row field, with their column type."""
_MEANS = {
    "answer": "the final answer",
    "answer_value": "the final answer's value",
    "judge_score": "the judge's score",
    "id": "the sample id",
}
ROLES = ("system", "user", "assistant")


@dataclass(frozen=True, slots=True)
class OutputSpec:
    columns: tuple[tuple[str, str], ...] = ()
    """(column name, source) in the order the recipe lists them."""
    messages: tuple[tuple[str, str], ...] = ()
    """(role, source) of each chat turn."""
    provenance: bool = True
    """Keep the per-stage texts, token counts, seed, model, recipe and mode columns."""
    card: Mapping[str, Any] = field(default_factory=dict)
    """Hub card metadata: task_categories, tags, language, pretty_name."""

    @property
    def custom(self) -> bool:
        return bool(self.columns or self.messages)


def is_template(source: str) -> bool:
    """Templates and fixed texts; a bare word is a source name, so a misspelled one is an error, not a text. So is
    ``row.FIELD`` when the field's name has a blank in it (``row.Full Name``, a CSV header): not a fixed text."""
    if "{{" in source or "{%" in source:
        return True
    return not source.startswith("row.") and any(c.isspace() for c in source)


def source_type(source: str) -> str:
    """The column type a source yields before data is seen: ``string``, ``float64``, ``int32`` or ``row``."""
    if is_template(source):
        return "string"
    if source.startswith("row."):
        return "row"
    return DERIVED.get(source, "string")


def _check_source(source: str, stages: Sequence[str], inputs: InputRows | None, where: str) -> None:
    row_fields = set(inputs.rows[0]) if inputs is not None else set()
    # A stage named "answer" (a question/answer recipe) is fine until output reads that name: it would get the built-in.
    both = set(stages) & set(DERIVED)
    if both and (read := both & (templates.parse(where, source) if is_template(source) else {source})):
        name = min(read)
        raise RecipeError(f"{where}: {name!r} names a stage and {_MEANS[name]}, which it would read; rename the stage")
    if is_template(source):
        names = (
            set(stages) | set(DERIVED) | ({"row"} | {f for f in row_fields if f.isidentifier()} if inputs else set())
        )
        templates.check(where, source, names)
        return
    if source.startswith("row."):
        if inputs is None:
            raise RecipeError(f"{where}: {source!r} reads the input row, but the recipe has no 'inputs' section")
        if source[4:] not in row_fields:
            raise RecipeError(f"{where}: the input rows have no field {source[4:]!r} (fields: {', '.join(row_fields)})")
        return
    if source not in stages and source not in DERIVED:
        known = ", ".join([*stages, *DERIVED, "row.FIELD"])
        raise RecipeError(f"{where}: unknown source {source!r} (a stage, {known}, or a '{{{{ template }}}}')")


_SUBSCRIPT = re.compile(r"""row\[\s*(["'])([^"']+)\1\s*\]""")
"""``row["Subject Area"]``, as Python and Jinja write a field: the same as ``row.Subject Area``."""


def _field(source: str) -> str:
    """``row["Subject Area"]`` read as ``row.Subject Area``: its blank made it a fixed text, written as it is in
    every row (stop 49's trial)."""
    m = _SUBSCRIPT.fullmatch(source.strip())
    return f"row.{m.group(2)}" if m is not None else source


def parse_output(raw: Mapping[str, Any], stages: Sequence[str], inputs: InputRows | None, where: str) -> OutputSpec:
    """Resolve and check a recipe's ``output`` mapping."""
    columns = tuple((str(k), _field(str(v))) for k, v in (raw.get("columns") or {}).items())
    messages = tuple((str(m["role"]), _field(str(m["content"]))) for m in raw.get("messages") or [])
    for name, source in columns:
        if name == "id" or (messages and name == "messages"):
            raise RecipeError(f"{where}: output.columns.{name}: '{name}' is a reserved column name")
        _check_source(source, stages, inputs, f"{where}: output.columns.{name}")
    for i, (_role, source) in enumerate(messages):
        _check_source(source, stages, inputs, f"{where}: output.messages[{i}]")
    named = [(f"output.columns.{name}", src) for name, src in columns]
    named += [(f"output.messages[{i}]", src) for i, (_role, src) in enumerate(messages)]
    used = [templates.Template(f"{where}: {at}", src) for at, src in named if is_template(src)]
    if used:  # rendered with the rows now, so a misspelled row field fails before the run and not after it
        dryrun.dry_run_outputs(used, inputs.rows if inputs is not None else [{}], stages)
    if inputs is not None and "parquet" in (raw.get("formats") or ()):
        # Parquet gives a copied field one type for all rows; JSONL holds whatever JSON held, so it needs no check.
        column_types.check_columns([c for c in columns if source_type(c[1]) == "row"], inputs, where)
    return OutputSpec(columns, messages, bool(raw.get("provenance", True)), dict(raw.get("card") or {}))


DEDUP_SOURCES = ("problem", "solution", "answer", "answer_value", "id")
"""What ``dedup.fields`` may name besides stages and ``row.FIELD``: the texts every accepted sample carries."""


def check_dedup_fields(raw: Any, stages: Sequence[str], inputs: InputRows | None, where: str) -> None:
    """Each of ``dedup.fields`` must name text that samples have: a misspelled one would read as the same empty
    text in every sample, and all but one would be dropped as duplicates of it."""
    if not isinstance(raw, Mapping):
        return  # absent (the first stage) or false (off)
    for name in raw.get("fields") or ():
        at = f"{where}: dedup.fields: {name!r}"
        if name.startswith("row."):
            _check_source(name, stages, inputs, at)
        elif name in stages and name in DERIVED:  # dedup reads the built-in: "answer" would be the final number
            raise RecipeError(f"{at} names a stage and {_MEANS[name]}, which dedup would read; rename the stage")
        elif name not in stages and name not in DEDUP_SOURCES:
            known = ", ".join([*stages, *DEDUP_SOURCES, *(["row.FIELD"] if inputs is not None else [])])
            raise RecipeError(f"{at} is not a stage or a sample's text (one of: {known})")


def spec_from_raw(raw_recipe: Mapping[str, Any]) -> OutputSpec:
    """The output spec of an already checked recipe (from a run directory's recipe.resolved.yaml)."""
    out = raw_recipe.get("output") or {}
    columns = tuple((str(k), _field(str(v))) for k, v in (out.get("columns") or {}).items())
    messages = tuple((str(m["role"]), _field(str(m["content"]))) for m in out.get("messages") or [])
    return OutputSpec(columns, messages, bool(out.get("provenance", True)), dict(out.get("card") or {}))


def resolve(source: str, values: Mapping[str, Any]) -> Any:
    """The value of ``source`` for one sample; ``values`` holds stage texts, derived values and ``row``."""
    if is_template(source):
        return _compiled(source).render(values)
    if source.startswith("row."):
        return (values.get("row") or {}).get(source[4:])
    return values.get(source)


@lru_cache(maxsize=256)
def _compiled(source: str) -> templates.Template:
    return templates.Template(f"output template {source!r}", source)
