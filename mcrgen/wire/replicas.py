"""Several servers behind one endpoint: least-outstanding choice, and a cool-down for a replica that fails.

``endpoint.base_url`` may list replicas of the same model (e.g. one vLLM per GPU node). Each request goes to the
replica with the fewest requests in flight: streams differ a lot in length (a cancelled one ends early), so
round-robin would pile work onto the replica that happens to get the long ones. Ties rotate, so an idle start
spreads over all replicas instead of filling the first.

A replica that refuses a connection or answers 5xx is taken out for a cool-down that doubles with each
consecutive failure (``base`` .. ``cap`` seconds), then gets requests again; one success resets it. Requests
already streaming from it are left alone. When every replica is cooling down, the one that comes back first is
used anyway: the retry loop and the run-wide circuit breaker (mcrgen.wire.retry) decide when to give up, not this.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

COOLDOWN_BASE = 5.0
COOLDOWN_CAP = 60.0


@dataclass(slots=True)
class Replica:
    url: str
    outstanding: int = 0
    failures: int = 0
    """Consecutive failures; 0 = healthy."""
    down_until: float = 0.0
    requests: int = 0


class Replicas:
    def __init__(
        self,
        urls: Sequence[str],
        *,
        base: float = COOLDOWN_BASE,
        cap: float = COOLDOWN_CAP,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not urls:
            raise ValueError("at least one base URL is needed")
        self.items = [Replica(u.rstrip("/")) for u in urls]
        self.base, self.cap, self.clock = base, cap, clock
        self._turn = 0

    def __len__(self) -> int:
        return len(self.items)

    def pick(self) -> Replica:
        """The up replica with the fewest outstanding requests (or the one back soonest if none is up)."""
        items = self.items
        if len(items) == 1:
            return items[0]
        now = self.clock()
        n = len(items)
        self._turn = (self._turn + 1) % n
        best: Replica | None = None
        for k in range(n):
            r = items[(self._turn + k) % n]
            if r.down_until <= now and (best is None or r.outstanding < best.outstanding):
                best = r
        if best is None:
            best = min(items, key=lambda r: (r.down_until, r.outstanding))
        return best

    def acquire(self) -> Replica:
        r = self.pick()
        r.outstanding += 1
        r.requests += 1
        return r

    @staticmethod
    def release(r: Replica) -> None:
        r.outstanding -= 1

    def ok(self, r: Replica) -> None:
        r.failures = 0
        r.down_until = 0.0

    def failed(self, r: Replica) -> float:
        """Take ``r`` out; returns the cool-down in seconds (0 when it is the only replica: nowhere else to go)."""
        r.failures += 1
        if len(self.items) == 1:
            return 0.0
        pause = min(self.cap, self.base * 2.0 ** (r.failures - 1))
        r.down_until = self.clock() + pause
        return pause

    def up(self) -> list[str]:
        now = self.clock()
        return [r.url for r in self.items if r.down_until <= now]
