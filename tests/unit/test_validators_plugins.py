"""Custom validators and answer formats from outside mcrgen: ``package.module:function`` references, entry
points (simulated, nothing gets installed), and ``package.module:ATTRIBUTE`` answer formats."""

from __future__ import annotations

import re
from importlib.metadata import EntryPoint
from typing import Any

import pytest

import mcrgen.validators as registry
from mcrgen.analysis.audit import stream_check
from mcrgen.errors import ValidatorError
from mcrgen.validators import CheckContext, Fail, bind, get_validator
from mcrgen.validators.formats import Answer, AnswerFormat, get_format


def no_banana(text: str, ctx: CheckContext, *, word: str = "banana") -> Fail | None:
    """Reject the first complete statement that mentions ``word``."""
    i = text.lower().find(word, max(0, ctx.start - len(word)))
    return Fail("banana", at=i) if i >= 0 else None


no_banana.mcrgen_prefix_safe = True  # type: ignore[attr-defined]


def ends_politely(text: str, ctx: CheckContext) -> Fail | None:
    """Whole-text only (no prefix-safety declared)."""
    return None if text.rstrip().endswith("thanks") else Fail("rude")


def returns_a_string(text: str, ctx: CheckContext) -> str | None:
    """A plug-in bug: a string is not a verdict."""
    return "rude"


def raises_on_digits(text: str, ctx: CheckContext) -> Fail | None:
    """A plug-in that crashes on some inputs."""
    if any(c.isdigit() for c in text):
        raise ZeroDivisionError("boom")
    return None


def _find_final(text: str) -> list[Answer]:
    return [Answer(m.group(1), m.start(), m.end(), float(m.group(1))) for m in re.finditer(r"FINAL: (\d+)", text)]


FINAL_FORMAT = AnswerFormat("final-colon", "FINAL:", re.compile(r"FINAL:"), _find_final)


def test_reference_validator_runs_in_flight() -> None:
    v = bind("tests.unit.test_validators_plugins:no_banana", {"word": "kiwi"})
    assert v.prefix_safe and v.validator.source == "recipe"
    text = "3 + 4 = 7.\nA kiwi appears.\nMore text"
    fired = stream_check([v], text, stage="solution", ends=range(1, len(text) + 1))
    assert fired[v.name].phase == "inflight" and fired[v.name].at == text.index("kiwi")


def test_reference_validator_without_declaration_runs_at_the_end() -> None:
    v = bind("tests.unit.test_validators_plugins:ends_politely", None)
    assert not v.prefix_safe
    fired = stream_check([v], "so long.", stage="solution", ends=[4, 8])
    assert fired[v.name].reason == "rude" and fired[v.name].phase == "final"


def test_bad_references_and_params_are_validator_errors() -> None:
    with pytest.raises(ValidatorError):
        get_validator("tests.unit.test_validators_plugins:missing")
    with pytest.raises(ValidatorError):
        bind("tests.unit.test_validators_plugins:no_banana", {"colour": "red"})
    with pytest.raises(ValidatorError):
        bind("magnitude", {"factor": "big"})


def test_entry_point_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    ep = EntryPoint("test_plugin_banana", "tests.unit.test_validators_plugins:no_banana", registry.ENTRY_POINT_GROUP)

    def fake_entry_points(**kw: Any) -> list[EntryPoint]:
        return [ep] if kw.get("group") == registry.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(registry, "entry_points", fake_entry_points)
    v = bind("test_plugin_banana", None)
    assert v.name == "test_plugin_banana" and v.prefix_safe
    assert v("A banana.", CheckContext(stage="solution")) == Fail("banana", at=2)


def test_answer_format_plugin() -> None:
    fmt = get_format("tests.unit.test_validators_plugins:FINAL_FORMAT")
    assert fmt is FINAL_FORMAT
    v = bind("final_answer", None)
    ok = "So 3 + 4 = 7.\nFINAL: 7"
    bad = "So 3 + 4 = 7.\nFINAL: 8"
    assert not stream_check(
        [v], ok, stage="solution", ends=[len(ok)], answer_format="tests.unit.test_validators_plugins:FINAL_FORMAT"
    )
    fired = stream_check(
        [v], bad, stage="solution", ends=[len(bad)], answer_format="tests.unit.test_validators_plugins:FINAL_FORMAT"
    )
    assert fired["final_answer"].reason == "inconsistent_answer"


def test_a_return_value_that_is_not_a_verdict_is_an_error_naming_the_plugin() -> None:
    v = bind("tests.unit.test_validators_plugins:returns_a_string", None)
    with pytest.raises(ValidatorError, match=r"returns_a_string.*returned str 'rude'.*None.*Fail"):
        v("text", CheckContext(stage="solution", final=True))


def test_a_plugin_that_raises_fails_its_sample_with_the_reason_recorded() -> None:
    v = bind("tests.unit.test_validators_plugins:raises_on_digits", None)
    assert v("no digits here", CheckContext(stage="s", final=True)) is None
    fail = v("3 apples", CheckContext(stage="s", final=True))
    assert fail is not None and fail.reason == registry.VALIDATOR_ERROR
    assert "raises_on_digits raised ZeroDivisionError: boom" in fail.detail


def test_public_api_is_importable_from_the_package_root() -> None:
    import mcrgen

    assert mcrgen.validator is registry.validator and mcrgen.Fail is Fail and mcrgen.CheckContext is CheckContext


def test_missing_plugin_module_error_says_where_to_put_it() -> None:
    with pytest.raises(ValidatorError, match=r"put no_such_checks\.py beside the recipe"):
        get_validator("no_such_checks:gate")


def test_a_bare_or_empty_validator_decorator_declares_a_gate_for_the_finished_text(tmp_path: Any) -> None:
    """``@validator`` and ``@validator()`` are how plug-in authors often write it: both mean "not prefix-safe"."""
    import sys

    (tmp_path / "bareplug.py").write_text(
        "from mcrgen import validator\n\n"
        "@validator\ndef bare(text, ctx):\n    return None\n\n"
        "@validator()\ndef empty(text, ctx):\n    return None\n\n"
        "@validator(prefix_safe=True)\ndef live(text, ctx):\n    return None\n"
    )
    sys.path.insert(0, str(tmp_path))
    try:
        flags = [get_validator(f"bareplug:{n}").prefix_safe for n in ("bare", "empty", "live")]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("bareplug", None)
    assert flags == [False, False, True]
