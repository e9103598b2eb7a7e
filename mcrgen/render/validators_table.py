"""``mcrgen validators``: every registered validator, when it checks, its parameters and what it checks."""

from __future__ import annotations

from rich.table import Table

from mcrgen.validators import Validator


def validators_table(found: list[Validator]) -> Table:
    """One row per validator. Names are shown whole also 80 columns wide (a pipe, a CI log): the parameters and the
    help text wrap instead (a long parameter is folded, never cut); the help is its first paragraph (the whole text
    is in docs/validators.md)."""
    table = Table(show_lines=True)
    table.add_column("name", min_width=max((len(v.name) for v in found), default=4), no_wrap=True)
    table.add_column("in flight")
    table.add_column("parameters", overflow="fold")
    table.add_column("help", overflow="fold")
    for v in found:
        params = ", ".join(f"{n}={p.default!r}" if p.default is not p.empty else n for n, p in v.params.items())
        summary = " ".join(v.help.split("\n\n", 1)[0].split())
        table.add_row(v.name, "yes" if v.prefix_safe else "at end", params or "-", summary)
    return table
