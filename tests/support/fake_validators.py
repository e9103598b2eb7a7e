"""Validators for engine tests: trivially predictable, so tests can know the exact failing token."""

from __future__ import annotations

from mcrgen.validators import CheckContext, Fail, validator


@validator("test_no_wrong", prefix_safe=True)
def no_wrong(text: str, ctx: CheckContext) -> Fail | None:
    """Fail on the first complete statement that contains WRONG."""
    i = text.find("WRONG", max(0, ctx.start - 5))
    return Fail("wrong_step", at=i) if i >= 0 else None


@validator("test_ends_with_answer", prefix_safe=False)
def ends_with_answer(text: str, ctx: CheckContext) -> Fail | None:
    """The finished text must contain ANSWER."""
    return None if "ANSWER" in text else Fail("no_answer")


@validator("test_first_statement_fails", prefix_safe=True)
def first_statement_fails(text: str, ctx: CheckContext) -> Fail | None:
    """Fail as soon as any complete statement exists (to force an early cancel on a real model)."""
    return Fail("forced", at=0) if text.strip() else None
