"""Example plug-in gate for mcq.yaml: referenced there as ``mcq_checks:four_options``.

The recipe's folder is on the import path while mcrgen loads it, so this file needs no installing. A gate is a
function ``(text, ctx, **params) -> Fail | None``; ``@validator(prefix_safe=True)`` declares that a verdict on a
prefix holds for every continuation, so it runs while the question streams and cancels it at the first fault.
"""

from __future__ import annotations

import re

from mcrgen import CheckContext, Fail, validator

_OPTION = re.compile(r"(?m)^[ \t*]*\(?([A-Za-z])[).]\s")


@validator(prefix_safe=True)
def four_options(text: str, ctx: CheckContext, *, letters: str = "ABCD") -> Fail | None:
    """Options are labeled with ``letters`` in order, each once: an option out of range (``E)``) or out of order
    rejects at once, in flight; the finished question must have all of them."""
    seen = [(m.group(1).upper(), m.start(1)) for m in _OPTION.finditer(text)]
    for i, (letter, at) in enumerate(seen):
        if i >= len(letters) or letter != letters[i]:
            return Fail(
                "bad_option", at=at, detail=f"option {letter!r} where {letters[i : i + 1] or 'nothing'} belongs"
            )
    if ctx.final and len(seen) < len(letters):
        return Fail("missing_options", detail=f"{len(seen)} of {len(letters)} options")
    return None
