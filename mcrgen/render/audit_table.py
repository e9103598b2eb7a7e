"""``mcrgen validate``: load a recipe and a JSONL, CSV or Parquet file, audit the recipe's gates offline, render the
table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from mcrgen.analysis.audit import audit
from mcrgen.analysis.audit_fields import resolve_fields, skipped_phrase
from mcrgen.errors import RecipeError
from mcrgen.recipe.inputs import FILE_SUFFIXES, read_file
from mcrgen.recipe.loader import Recipe
from mcrgen.wire.events import longest_text


def load_samples(path: Path, torn: list[int] | None = None) -> list[dict[str, Any]]:
    """Rows of a CSV or Parquet file, else of a JSON Lines one, read as generate reads its input file. A bad JSON
    line is a one-line error with its line number (exit 2), but a cut-off last line (a run's own file, killed while
    writing it) is skipped and its number appended to ``torn``."""
    try:
        rows = read_file(path, "the input file", torn)
    except RecipeError as exc:
        if path.suffix.lower() in FILE_SUFFIXES:
            raise
        # A .tsv or .txt is read as JSON Lines too: say which files SAMPLES may be, not only that it is not JSON.
        raise RecipeError(f"{exc}; SAMPLES must be a .jsonl (JSON Lines), .csv or .parquet file") from None
    if not rows:
        raise RecipeError(f"{path}: no samples in the file")
    return rows


def parse_fields(specs: list[str]) -> dict[str, str] | None:
    if not specs:
        return None
    out = {}
    for spec in specs:
        stage, sep, column = spec.partition("=")
        if not sep or not stage or not column:
            raise RecipeError(f"--field {spec!r}: write it as STAGE=COLUMN, e.g. solution=answer")
        out[stage] = column
    return out


def own_samples(recipe: Recipe) -> Path:
    """The recipe's own known-good data for ``mcrgen validate RECIPE``: its seed file, else its input file."""
    if recipe.seeds is not None:
        return recipe.seeds.path
    spec = recipe.inputs.spec if recipe.inputs is not None else None
    if spec is not None and spec.path is not None and spec.path.suffix.lower() in FILE_SUFFIXES:
        return spec.path
    raise RecipeError(
        f"{recipe.path}: the recipe has no seed or input file (.jsonl, .csv or .parquet) to audit; pass SAMPLES"
    )


def validate_file(recipe: Recipe, input_path: Path, fields: dict[str, str] | None) -> dict[str, Any]:
    torn: list[int] = []
    rows = load_samples(input_path, torn)
    stages = {s.name: s.validators for s in recipe.stages}
    fields = resolve_fields(list(stages), rows, fields, str(input_path))  # exit 2 on a --field that names nothing
    expected = {s.name: s.expected_tokens for s in recipe.stages}
    longest = {s.name: longest_text(s.max_tokens) for s in recipe.stages}  # what a stream may deliver at most
    try:
        result = audit(
            stages, rows, fields=fields, answer_format=recipe.answer_format, expected_tokens=expected, max_chars=longest
        )
    except (KeyError, ValueError) as exc:
        raise RecipeError(f"{input_path}: {exc}; map stages to columns with --field STAGE=COLUMN") from None
    if torn:
        result["torn_line"] = torn[0]
    return result


def render_audit(console: Console, result: dict[str, Any]) -> None:
    table = Table(title=f"validator audit: {result['samples']} samples, chunks of {result['chunk']} chars")
    names = [n for s in result["stages"].values() for n in s["validators"]]
    for col in ("stage", "validator", "when", "fired", "rate", "in flight", "median seen at"):
        # A name is never cut to "has_quest…" (a pipe or a CI log is 80 columns wide): the other columns wrap.
        wide = max(map(len, [col, *names])) if col == "validator" else None
        table.add_column(col, justify="left" if col in ("stage", "validator", "when") else "right", min_width=wide)
    examples = []
    for stage, s in result["stages"].items():
        if not s["checked"]:  # never a rate of 0 for gates that saw nothing
            for name, v in s["validators"].items():
                table.add_row(stage, name, "in flight" if v["prefix_safe"] else "at end", "-", "-", "-", "-")
            table.add_row(stage, "any gate", "0 checked", "-", "not checked", "", "", end_section=True)
            continue
        for name, v in s["validators"].items():
            seen = v.get("fraction_seen") or {}
            table.add_row(
                stage,
                name,
                "in flight" if v["prefix_safe"] else "at end",
                str(v["fired"]),
                f"{v['rate']:.2%}",
                str(v["inflight"]),
                f"{seen['median']:.0%}" if seen else "-",
            )
            examples += [(stage, name, ex) for ex in v["examples"][:2]]
        checked = f"{s['checked']} checked"
        table.add_row(
            stage, "any gate", checked, str(s["rejected"]), f"{s['rejected_rate']:.2%}", "", "", end_section=True
        )
    console.print(table)
    for stage, s in result["stages"].items():
        if "not_checked" in s:
            console.print(f"  {stage}: not checked: {s['not_checked']}", highlight=False, soft_wrap=True)
        elif skipped := s.get("skipped"):
            column = result["fields"].get(stage, stage)
            console.print(
                f"  {stage}: {sum(skipped.values())} rows not checked: column {column!r} holds "
                f"{skipped_phrase(skipped)}",
                highlight=False,
                soft_wrap=True,
            )
    if "torn_line" in result:
        console.print(
            f"  line {result['torn_line']} is cut off (a run killed while writing it): not checked",
            highlight=False,
            soft_wrap=True,
        )
    for stage, name, ex in examples:
        where = f" at char {ex['at']}" if ex["at"] is not None else ""
        console.print(
            f"  {stage}/{name} #{ex['sample']} {ex['reason']}{where}: {ex['statement'][:100]!r}",
            highlight=False,
            soft_wrap=True,
        )
