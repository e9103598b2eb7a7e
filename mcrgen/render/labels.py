"""Labels shared by the terminal and the HTML renderings, so both show the same figures under the same names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SIDE_BY_SIDE: tuple[tuple[str, str], ...] = (
    ("attempted", "samples attempted"),
    ("accepted", "accepted"),
    ("yield", "yield"),
    ("prompt_tokens", "prompt tokens"),
    ("completion_tokens", "completion tokens"),
    ("total_tokens", "total tokens"),
    ("tokens_per_accepted", "tokens per accepted sample"),
    ("failed_attempt_tokens", "tokens in retried attempts"),
    ("wall_seconds", "wall time (s)"),
    ("pairs_per_hour", "pairs per hour"),
)
"""The per-mode figures shown side by side (key in the mode summary, label), in the terminal and the HTML."""

HIGHER_IS_BETTER = frozenset({"accepted", "yield", "pairs_per_hour"})
LOWER_IS_BETTER = frozenset(
    {
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "tokens_per_accepted",
        "failed_attempt_tokens",
        "wall_seconds",
    }
)
"""Which way a change is good, so a change column can colour it (a figure in neither set stays uncoloured)."""

OUTCOME_NAMES = {
    "accepted": "accepted",
    "rejected_inflight": "killed in flight",
    "rejected_after": "rejected at the end",
    "error": "endpoint error",
    "interrupted": "interrupted",
}


def validator_name(name: Any) -> str:
    """``package.module:func`` -> ``func``: the module path is for the recipe, not for the reader."""
    return str(name).rsplit(":", 1)[-1] if name is not None else "–"


def why(ex: Mapping[str, Any]) -> str:
    """``check: reason (detail)`` of a rejection, without the same word twice (arithmetic's reason is 'arithmetic')."""
    name = validator_name(ex["validator"])
    reason = "" if ex["reason"] in (None, name) else f": {ex['reason']}"
    return name + reason + (f" ({ex['detail']})" if ex.get("detail") else "")
