"""Labels shared by the terminal and the HTML renderings, so both show the same figures under the same names."""

from __future__ import annotations

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
