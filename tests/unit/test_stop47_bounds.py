"""Gate parameters that would make a gate fire on every sample, or never, fail when the recipe is read
(:mod:`mcrgen.validators.bounds`); every built-in gate still binds with its defaults."""

from __future__ import annotations

from typing import Any

import pytest

from mcrgen.errors import ValidatorError
from mcrgen.validators import _REGISTRY, CheckContext, _load_builtins, bind


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("word_count", {"min": 50, "max": 5}, "min (50) must not be greater than max (5)"),
        ("word_count", {"min": 500}, "min (500) must not be greater than max (100)"),  # against the default max
        ("max_words", {"max": -3}, "max must be at least 1"),
        ("max_chars", {"max": 0}, "max must be at least 1"),
        ("runaway_length", {"multiple": 0}, "multiple must be greater than 0"),
        ("magnitude", {"factor": -1}, "factor must be greater than 0"),
        ("repetition", {"max_adjacent": 1}, "max_adjacent must be at least 2"),
        ("judge_score", {"min": 9}, "min (9) must not be greater than high (5)"),
    ],
)
def test_a_parameter_out_of_range_fails_at_bind(name: str, params: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidatorError, match=f"{name}: {message}".replace("(", r"\(").replace(")", r"\)")):
        bind(name, params)


def test_every_built_in_binds_with_its_defaults_and_the_least_values_work() -> None:
    _load_builtins()
    for name, v in _REGISTRY.items():
        if all(spec.default is not spec.empty for spec in v.params.values()):
            bind(name, {})
    # the least values allowed run without raising (repetition's max_adjacent of 1 raised IndexError)
    text = "First we add.\nThen 3 + 4 = 7.\n"
    for name, params in (
        ("repetition", {"max_adjacent": 2, "max_repeats": 2, "min_chars": 1}),
        ("max_chars", {"max": 1}),
    ):
        bind(name, params)(text, CheckContext(stage="solution", final=True))
