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


def ends_politely(text: str, ctx: CheckContext) -> str | None:
    """Whole-text only (no prefix-safety declared): a bare string is a rejection reason."""
    return None if text.rstrip().endswith("thanks") else "rude"


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
