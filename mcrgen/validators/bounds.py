"""Range checks of the built-in gates' numeric parameters, made when a recipe is read.

A value out of range does not crash a gate: it makes it fire on every sample (``word_count: {min: 50, max: 5}``,
``max_chars: {max: 0}``, ``runaway_length: {multiple: 0}``) or never, and the run pays for samples it then rejects.
So such a recipe fails to load, naming the parameter, as a wrong type does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mcrgen.errors import ValidatorError

ParamCheck = Callable[[Mapping[str, Any]], None]


def in_range(
    gate: str,
    *,
    at_least: Mapping[str, float] | None = None,
    above: Mapping[str, float] | None = None,
    order: tuple[str, ...] = (),
) -> ParamCheck:
    """A check of ``gate``'s parameters (each with its default filled in): every one named in ``at_least`` is at least
    its bound, every one in ``above`` greater than its bound, and those named in ``order`` do not decrease."""

    def check(params: Mapping[str, Any]) -> None:
        for name, low in (at_least or {}).items():
            value = params.get(name)
            if value is not None and value < low:
                raise ValidatorError(f"{gate}: {name} must be at least {low:g}, not {value!r}")
        for name, low in (above or {}).items():
            value = params.get(name)
            if value is not None and value <= low:
                raise ValidatorError(f"{gate}: {name} must be greater than {low:g}, not {value!r}")
        given = [(name, params[name]) for name in order if params.get(name) is not None]
        for (a, x), (b, y) in zip(given, given[1:], strict=False):
            if x > y:
                raise ValidatorError(f"{gate}: {a} ({x!r}) must not be greater than {b} ({y!r})")

    return check
