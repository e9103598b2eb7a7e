"""The numbers: per-request token usage and the tallies a report adds up. Plain value types, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

# How a count was obtained, best first. A report keeps the method visible next to every total.
REPORTED = "reported"  # the server's own usage object (final chunk of a finished stream)
SERVER_COUNTED = "server-counted"  # running per-chunk counters (continuous_usage_stats, timings.predicted_n)
SERVER_TOKENIZED = "server-tokenized"  # delivered text re-tokenized by the server's own tokenizer
ESTIMATED = "estimated"  # counted locally; approximate
UNKNOWN = "unknown"  # a ledger line that names no method (written before every row named one)


@dataclass(slots=True)
class RequestUsage:
    """One streamed request: what it cost and how it ended."""

    stage: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_method: str = ESTIMATED
    completion_method: str = ESTIMATED
    status: str = "finished"
    """finished | cancelled (closed by a validator) | truncated (length / no finish_reason) | error"""
    finish_reason: str | None = None
    cancel_lag_ms: float | None = None
    """From the failing validator's verdict to the connection being closed."""
    seconds: float = 0.0
    attempts: int = 1
    streamed_counts: bool = False
    """The server counted tokens on the chunks as they streamed (``continuous_usage_stats``, llama.cpp timings): a
    cancelled stream's count and the recorded trace positions are then the server's own."""
    cached_tokens: int | None = None
    """Prompt tokens the server found in its prefix cache (``usage.prompt_tokens_details.cached_tokens``, llama.cpp
    ``timings.cache_n``); None where the server does not say."""
    local_prompt_tokens: int | None = None
    local_completion_tokens: int | None = None
    local_method: str | None = None
    """The same request counted again by the run's local method, recorded when the server counts only finished
    streams: a cancelled stream gets no server count, so a comparison must count every request one way."""
    error: str | None = None
    """Why an attempt with status ``error`` failed (scrubbed of keys), so that a failed attempt on the ledger can be
    explained from usage.jsonl alone even when a retry succeeded and errors.jsonl stays empty."""

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: it deep-copies every field (all are plain values here), ~2% of a run's CPU.
        return {name: getattr(self, name) for name in _USAGE_FIELDS}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RequestUsage:
        return cls(**{k: v for k, v in d.items() if k in _USAGE_NAMES})


_USAGE_FIELDS = tuple(f.name for f in fields(RequestUsage))
_USAGE_NAMES = frozenset(_USAGE_FIELDS)


@dataclass(slots=True)
class Tally:
    """Mergeable token totals. ``methods`` tallies token *counts*, not requests: each request adds its prompt
    count and its completion count, each under the method that made it (``prompt_methods`` and
    ``completion_methods`` keep the two apart)."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    methods: dict[str, int] = field(default_factory=dict)
    prompt_methods: dict[str, int] = field(default_factory=dict)
    completion_methods: dict[str, int] = field(default_factory=dict)

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def add(self, u: RequestUsage) -> None:
        self.requests += 1
        self.prompt_tokens += u.prompt_tokens
        self.completion_tokens += u.completion_tokens
        for m, apart in ((u.prompt_method, self.prompt_methods), (u.completion_method, self.completion_methods)):
            m = m or UNKNOWN
            self.methods[m] = self.methods.get(m, 0) + 1
            apart[m] = apart.get(m, 0) + 1

    def __add__(self, other: Tally) -> Tally:
        out = Tally(
            self.requests + other.requests,
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
        )
        for name in ("methods", "prompt_methods", "completion_methods"):
            mine = getattr(out, name)
            for d in (getattr(self, name), getattr(other, name)):
                for k, v in d.items():
                    mine[k] = mine.get(k, 0) + v
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.total_tokens,
            "count_methods": dict(sorted(self.methods.items())),
            "prompt_count_methods": dict(sorted(self.prompt_methods.items())),
            "completion_count_methods": dict(sorted(self.completion_methods.items())),
        }
