"""Plug-in validators that misbehave on purpose: mcrgen must fail their sample with a recorded reason, never the run."""

from __future__ import annotations

from typing import Any

from mcrgen.validators import CheckContext, validator


@validator("hostile_raises", prefix_safe=True)
def raises(text: str, ctx: CheckContext) -> Any:
    """Raises on any text."""
    raise ValueError("plug-in bug")


@validator("hostile_returns_int", prefix_safe=False)
def returns_int(text: str, ctx: CheckContext) -> Any:
    """Returns 42 instead of a verdict."""
    return 42


@validator("hostile_returns_list", prefix_safe=True)
def returns_list(text: str, ctx: CheckContext) -> Any:
    """Returns a list instead of a verdict."""
    return ["no"]


def _deep(n: int) -> int:
    return _deep(n + 1) + 1


@validator("hostile_recursion", prefix_safe=False)
def recursion(text: str, ctx: CheckContext) -> Any:
    """Recurses without end (RecursionError)."""
    return _deep(0)


@validator("hostile_blocks", prefix_safe=True)
def blocks(text: str, ctx: CheckContext) -> Any:
    """Never returns (as a regular expression backtracking over hostile text would not)."""
    import time

    time.sleep(3600)


@validator("hostile_interrupts", prefix_safe=False)
def interrupts(text: str, ctx: CheckContext) -> Any:
    """Raises KeyboardInterrupt though nobody pressed Ctrl-C."""
    raise KeyboardInterrupt


@validator("hostile_exits", prefix_safe=False)
def exits(text: str, ctx: CheckContext) -> Any:
    """Calls sys.exit() as if it were the program."""
    import sys

    sys.exit(3)
