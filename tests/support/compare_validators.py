"""Validators for the compare tests, each with a known blind spot, so audit figures are known in advance."""

from __future__ import annotations

from mcrgen.validators import CheckContext, Fail, validator


@validator("test_resolved_todo", prefix_safe=True)
def resolved_todo(text: str, ctx: CheckContext) -> Fail | None:
    """Deliberately NOT monotone: a TODO fails until a later DONE resolves it, so a mid-stream check can fire on a
    text that passes once finished (a false positive the shadow audit must find)."""
    i = text.find("TODO")
    return Fail("open_todo", at=i) if i >= 0 and "DONE" not in text[i:] else None


@validator("test_has_question", prefix_safe=False)
def has_question(text: str, ctx: CheckContext) -> Fail | None:
    """The finished problem must contain a question mark (checked only at the end)."""
    return None if "?" in text else Fail("no_question")
