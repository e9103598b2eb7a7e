"""The value types of a resolved recipe and of a run's identity: modes, budgets, prices, shards.

Plain frozen values with no behaviour beyond their own arithmetic, so every floor above (wire, engine, analysis,
publish) can share them without importing the code that produces or consumes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mcrgen.errors import RecipeError

INFLIGHT = "inflight"
"""Mode: prefix-safe validators watch each stream and a failure closes it at once."""
BASELINE = "baseline"
"""Mode: every stream runs to its end; the same checks are replayed afterwards (the full-generation control)."""
MODES = (INFLIGHT, BASELINE)


def check_mode(mode: str) -> None:
    """A :class:`RecipeError` naming both modes unless ``mode`` is one of :data:`MODES`."""
    if mode not in MODES:
        raise RecipeError(f"--mode must be {INFLIGHT} or {BASELINE}, not {mode!r}")


@dataclass(frozen=True, slots=True)
class Prices:
    """Money per million tokens, in whatever currency the user thinks in."""

    prompt: float
    completion: float

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.prompt + completion_tokens * self.completion) / 1e6


@dataclass(frozen=True, slots=True)
class Budget:
    samples: int = 20
    max_tokens: int | None = None
    target_accepted: int | None = None
    max_seconds: float | None = None
    max_cost: float | None = None


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    count: int

    def __contains__(self, sample_index: int) -> bool:
        return sample_index % self.count == self.index

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def to_dict(self) -> dict[str, int]:
        return {"index": self.index, "count": self.count}


def parse_shard(text: str) -> Shard:
    """``"I/N"`` with ``0 <= I < N``."""
    i, sep, n = text.partition("/")
    try:
        shard = Shard(int(i), int(n))
    except ValueError:
        shard = None
    if not sep or shard is None or shard.count < 1 or not 0 <= shard.index < shard.count:
        raise RecipeError(f"--shard must be I/N with 0 <= I < N (e.g. 0/4), not {text!r}")
    return shard


def shard_of(meta: dict[str, Any]) -> Shard | None:
    s = meta.get("shard")
    return Shard(int(s["index"]), int(s["count"])) if s else None
