"""The run's one stop: asked at most once, with a reason; whoever owns the workers decides what stopping does."""

from __future__ import annotations

from collections.abc import Callable


class Stop:
    """Set by a budget, the breaker, a fatal error or a signal; read by the chains before each new stream."""

    def __init__(self, on_stop: Callable[[], None] = lambda: None) -> None:
        self.reason: str | None = None
        self._on_stop = on_stop

    def is_set(self) -> bool:
        return self.reason is not None

    def request(self, reason: str) -> None:
        """The first reason wins; later requests change nothing."""
        if self.reason is not None:
            return
        self.reason = reason
        self._on_stop()
