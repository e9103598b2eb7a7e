"""The recipe's JSON Schema and its error messages: each names the YAML path and line of the first fault."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

import jsonschema
import yaml

from mcrgen.errors import RecipeError, ValidatorError
from mcrgen.validators import BoundValidator, bind
from mcrgen.validators.loops import runaway_problem


def schema() -> dict[str, Any]:
    text = resources.files("mcrgen.recipe").joinpath("schema/recipe.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _line_of(node: yaml.Node | None, path: list[str | int]) -> int | None:
    """Walk the composed YAML node tree along a JSON path to find the source line (1-based)."""
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    break
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node.start_mark.line + 1 if node is not None else None


Specs = Callable[[list[Any]], tuple[BoundValidator, ...]]
"""Binds a stage's validators (``validators`` of the recipe) to their parameters."""


def validator_specs(raw: list[Any], *, where: str, node: yaml.Node | None, stage: int) -> tuple[BoundValidator, ...]:
    """Stage ``stage``'s validators bound to their parameters; an error names the file and line of the entry."""
    out = []
    for i, item in enumerate(raw):
        name, params = (item, None) if isinstance(item, str) else next(iter(item.items()))
        try:
            out.append(bind(name, params, where=located(where, node, ["stages", stage, "validators", i])))
        except ValidatorError as exc:
            raise ValidatorError(str(exc)) from None
    return tuple(out)


def located(where: str, node: yaml.Node | None, path: list[str | int]) -> str:
    """``file:line: stages[1].validators[0]``: where a value sits in the recipe file, for its error messages."""
    line = _line_of(node, path)
    return f"{where}:{line}: {_fmt_path(path)}" if line else f"{where}: {_fmt_path(path)}"


def _fmt_path(path: list[str | int]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


_ENDPOINT_KEYS = frozenset({"retry", "circuit_breaker", "max_retries", "concurrency", "model", "base_url"})
"""Endpoint settings a recipe may write at its top level by mistake: the message says where they go."""


def _schema_message(err: jsonschema.ValidationError) -> str:
    if err.validator == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(err.schema.get("properties", {}))
        moved = [k for k in extra if not err.absolute_path and k in _ENDPOINT_KEYS]
        hint = f"; {moved[0]!r} goes under endpoint:" if moved else ""
        return f"unknown key {', '.join(map(repr, extra))} (allowed: {allowed}){hint}"
    if err.validator == "required":
        return f"{err.message}; add it"
    if err.validator == "pattern" and list(err.absolute_path) == ["name"]:
        banned = "'/', '\\', control or invisible formatting characters (like U+202E)"
        return f"{err.instance!r}: it names the run directory, so no {banned}, '.' or '..'"
    if err.validator == "oneOf" and _is_validator_form(err):
        return "a validator is a name or a one-key mapping {name: {param: value}}"
    if err.validator == "oneOf":
        return f"{err.instance!r} is not valid here; {err.schema.get('description', '')}".strip()
    return str(err.message)


def _is_validator_form(err: jsonschema.ValidationError) -> bool:
    """Is this the ``oneOf`` of one validator entry (not another key whose help mentions validators)?"""
    return str(err.schema.get("description", "")).startswith("A validator:")


def _specific(err: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For a value that fits none of a ``oneOf``'s forms, the fault inside the form it was written in (``dedup:
    {num_perm: 4}`` is a mapping: its fault is the number, not "not false"); the ``oneOf`` itself when it matches
    no form's type at all (``dedup: true``)."""
    if err.validator != "oneOf" or _is_validator_form(err):
        return err
    inside = [e for e in err.context or () if e.relative_path or e.validator not in ("const", "type", "enum")]
    if not inside:
        return err
    return _specific(min(inside, key=lambda e: (-len(e.absolute_path), list(map(str, e.absolute_path)))))


def _validate_schema(data: Any, node: yaml.Node | None, where: str) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path))))
    if errors:
        err = _specific(errors[0])
        path = list(err.absolute_path)
        lookup = path
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            lookup = path + extra[:1]  # point at the unknown key's own line
        line = _line_of(node, lookup)
        loc = f"{where}:{line}" if line else where
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RecipeError(f"{loc}: {_fmt_path(path)}: {_schema_message(err)}{more}")


def check_runaway(stage: Mapping[str, Any], where: str) -> None:
    """A ``runaway_length`` that can never fire before ``max_tokens`` is a recipe error, not a silent no-op."""
    for item in stage.get("validators", []):
        if item == "runaway_length" or (isinstance(item, dict) and "runaway_length" in item):
            params = item["runaway_length"] if isinstance(item, dict) else None
            problem = runaway_problem(params, stage.get("expected_tokens"), stage["max_tokens"])
            if problem is not None:
                raise RecipeError(f"{where}: {problem}")
