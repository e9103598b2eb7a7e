"""Retries and the circuit breaker: what happens when the endpoint misbehaves.

mcrgen owns the retry loop (the SDK is built with ``max_retries=0``). Owning it gives what the SDK's loop does
not: every attempt's tokens in the ledger (a stream that broke after 300 tokens cost 300 tokens), ``Retry-After``
honoured beyond the SDK's 60 s cap, full jitter so that many workers do not retry in lockstep, the same policy for
failures before the first byte (429, 5xx, connection refused) and after it (disconnect, malformed SSE, stall,
timeout), and one run-wide view of failures for the breaker.
"""

from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass

from mcrgen.errors import EndpointError

MAX_RETRY_AFTER = 120.0
"""The longest wait a server's Retry-After can impose on one retry (seconds). A server asking for more is waited on
for this long (plus jitter) and then tried again: a hostile or confused ``Retry-After: 100000`` costs at most
``max_retries`` x 132 s per sample, and the circuit breaker decides when a server that keeps refusing is down."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_retries: int = 3
    initial_delay: float = 0.5
    max_delay: float = 30.0
    max_retry_after: float = MAX_RETRY_AFTER

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based).

        Retry-After wins when the server sends it (plus up to 10% jitter, so the waiting workers do not all come
        back in the same millisecond); otherwise "full jitter" exponential backoff: uniform(0, initial * 2^k).
        """
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_retry_after) * (1.0 + 0.1 * rng.random())
        cap = min(self.max_delay, self.initial_delay * (2.0 ** (attempt - 1)))
        return rng.uniform(0.0, cap)


class CircuitOpen(EndpointError):
    """The breaker gave up on the endpoint: the run stops (resumable)."""


class CircuitBreaker:
    """Run-wide: after ``threshold`` consecutive failed requests, pause every new request for ``pause`` seconds,
    then let one probe through. A probe that succeeds closes the circuit; after ``max_pauses`` pauses that did not
    help, the run stops with a message naming the last error.

    Consecutive (not windowed) failures: one success anywhere means the endpoint is serving, and a slow but
    working server must never trip it.
    """

    def __init__(self, threshold: int, pause: float, max_pauses: int) -> None:
        self.threshold, self.pause, self.max_pauses = threshold, pause, max_pauses
        self.failures = 0
        self.pauses = 0
        self.last_error = ""
        self.dead: str | None = None
        self._open_until = 0.0
        self._probing = False
        self._changed = asyncio.Event()

    @property
    def is_open(self) -> bool:
        return self.failures >= self.threshold

    async def admit(self) -> None:
        """Wait until a request may be sent; raise :class:`CircuitOpen` once the breaker has given up."""
        while True:
            if self.dead is not None:
                raise CircuitOpen(self.dead)
            if not self.is_open:
                return
            wait = self._open_until - time.monotonic()
            if wait <= 0 and not self._probing:
                self._probing = True  # this caller is the probe; everyone else waits for its outcome
                return
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), timeout=wait if wait > 0 else None)
            except TimeoutError:
                pass

    def success(self) -> None:
        if self.failures or self._probing:
            self.failures = 0
            self.pauses = 0
            self._probing = False
            self._changed.set()

    def failure(self, message: str) -> None:
        self.failures += 1
        self.last_error = message
        if self._probing or self.failures == self.threshold:
            self._probing = False
            self.pauses += 1
            if self.pauses > self.max_pauses:
                self.dead = (
                    f"endpoint failing: {self.failures} consecutive failed requests, {self.max_pauses} pauses of "
                    f"{self.pause:g}s did not help (last error: {message}); fix the server, then rerun to resume"
                )
            else:
                self._open_until = time.monotonic() + self.pause
            self._changed.set()
