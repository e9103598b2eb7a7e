"""Read the server's own token counters around a session (see :mod:`mcrgen.wire.metrics`).

The reading is stored in the session's entry of ``run.json``; the report sets it beside the ledger, and compare
uses it for the saving "as the server counted it" when both runs have one that is the run's alone.
"""

from __future__ import annotations

from mcrgen.wire import metrics
from mcrgen.wire.client import Wire


class ServerMeter:
    """Counters before the first request and after the last; nothing at all for a server without them."""

    def __init__(self, wire: Wire, api_key: str, *, enabled: bool = True, exclusive: bool = False) -> None:
        self._urls = tuple(r.url for r in wire.replicas.items)
        self._key = api_key
        self._enabled = enabled
        self._exclusive = exclusive
        self._before: metrics.Reading | None = None

    async def start(self) -> None:
        if self._enabled:
            self._before = await metrics.read(self._urls, self._key)

    async def stop(self, *, wait: bool) -> dict[str, object] | None:
        """The session's record, or None. ``wait`` gives the server time to finish what it still decodes for
        streams it has not yet seen hung up (not after Ctrl-C: the user asked to leave)."""
        if self._before is None:
            return None
        after, settled = await metrics.read_when_idle(self._urls, self._key, metrics.IDLE_WAIT_S if wait else 0.0)
        if after is None or after.server != self._before.server:
            return None
        record = metrics.session_record(self._before, after, settled, self._urls)
        # The embedded server is mcrgen's own child on a private port: its counters are this run's by construction.
        record["exclusive"] = self._exclusive
        return record
