"""What one sample's prompts see, and what its row records about its input: the engine's only view of templates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mcrgen.recipe import templates
from mcrgen.recipe.loader import Recipe, Stage


def sample_id(index: int) -> str:
    return f"{index:06d}"


def base_variables(recipe: Recipe, index: int, seed: int, shot_rows: Sequence[str]) -> dict[str, Any]:
    """The variables of sample ``index`` before any stage ran: its input row, shots, id and repeat."""
    row, repeat = None, 0
    if recipe.inputs is not None:
        row, _, repeat = recipe.inputs.of_sample(index)
    picks: list[str] = []
    shots = ""
    if recipe.seeds is not None:
        picks = templates.pick_shots(shot_rows, recipe.seeds.shots, seed)
        shots = templates.render_shots(picks, recipe.seeds.format, recipe.seeds.separator)
    return templates.variables(
        row=row,
        reserved=[s.name for s in recipe.stages],
        outputs={},
        shots=shots,
        examples=picks,
        sample_id=sample_id(index),
        repeat=repeat,
    )


def render_messages(stage: Stage, base: Mapping[str, Any], outputs: Mapping[str, str]) -> list[dict[str, str]]:
    """The chat messages of ``stage`` for one sample: its templates over the base variables and earlier outputs."""
    return templates.render_messages(stage.system_template, stage.prompt_template, {**base, **outputs})


def input_record(recipe: Recipe, index: int) -> dict[str, Any] | None:
    """What an accepted or rejected row says about its input: source position, repeat and the row itself."""
    if recipe.inputs is None:
        return None
    row, position, repeat = recipe.inputs.of_sample(index)
    return {"index": position, "repeat": repeat, "row": dict(row)}


def for_embedded_server(extra_body: Mapping[str, Any]) -> dict[str, Any]:
    """A stage's request fields in llama-cpp-python's dialect: it refuses OpenAI's
    ``{type: json_schema, json_schema: {schema: S}}`` (HTTP 500) but takes ``{type: json_object, schema: S}`` and
    turns it into a grammar, so the embedded model follows the same schema."""
    out = dict(extra_body)
    fmt = out.get("response_format")
    if isinstance(fmt, Mapping) and fmt.get("type") == "json_schema":
        schema = (fmt.get("json_schema") or {}).get("schema")
        out["response_format"] = {"type": "json_object", **({"schema": schema} if schema else {})}
    return out
