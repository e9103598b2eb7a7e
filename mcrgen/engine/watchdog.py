"""A time budget for validator calls: a validator that never returns cannot hang mcrgen for good.

Validators run on the event loop's thread (a thread per call would cost more than most checks), so a call that
blocks (``time.sleep``, a regular expression backtracking over hostile text, a plug-in waiting on the network)
stops everything, Ctrl-C included: the loop that would handle the signal is the one that is blocked. One daemon
thread watches the call in progress; when it has run longer than the budget, the thread prints one line and ends
the process with :data:`EXIT_VALIDATOR_TIMEOUT`. That exit is like a kill: every row on disk is whole (rows are
appended one write each), and rerunning the command resumes. The budget is ``MCRGEN_VALIDATOR_TIMEOUT`` seconds
(default :data:`DEFAULT_BUDGET`; ``0`` turns the watchdog off).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable

DEFAULT_BUDGET = 60.0
EXIT_VALIDATOR_TIMEOUT = 124
"""The exit code of a run ended by the watchdog (as ``timeout(1)`` uses)."""


class _Watch:
    def __init__(self) -> None:
        self.name: str | None = None
        self.since = 0.0
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()


_watch = _Watch()
_before_exit: list[Callable[[], None]] = []


def before_exit(hook: Callable[[], None]) -> None:
    """Call ``hook`` (from the watchdog's thread) before ending the process: a worker writes out what it queued."""
    _before_exit.append(hook)


def budget() -> float:
    try:
        value = float(os.environ.get("MCRGEN_VALIDATOR_TIMEOUT", DEFAULT_BUDGET))
    except ValueError:
        return DEFAULT_BUDGET
    return value if value == value and value >= 0 else DEFAULT_BUDGET  # NaN or negative: the default


def _run(limit: float) -> None:
    tick = min(1.0, max(0.05, limit / 10))
    while True:
        time.sleep(tick)
        name, since = _watch.name, _watch.since
        if name is not None and time.monotonic() - since > limit:
            os.write(
                2,
                f"\nerror: validator {name!r} ran for more than {limit:g}s (MCRGEN_VALIDATOR_TIMEOUT) and was "
                f"stopped by ending mcrgen; finished samples are saved: fix or drop the validator, then rerun to "
                f"resume\n".encode(),
            )
            for hook in _before_exit:
                try:
                    hook()
                except Exception:  # noqa: BLE001,S110 (ending the process matters more than what a hook failed at)
                    pass
            os._exit(EXIT_VALIDATOR_TIMEOUT)


def _ensure_thread(limit: float) -> None:
    with _watch.lock:
        if _watch.thread is None or not _watch.thread.is_alive():
            _watch.thread = threading.Thread(target=_run, args=(limit,), name="mcrgen-validator-watchdog", daemon=True)
            _watch.thread.start()


_limit: float | None = None


def begin(name: str) -> None:
    """A validator call starts (calls never nest: they all run on the event loop's one thread)."""
    global _limit
    if _limit is None:
        _limit = budget()
    if _limit > 0:
        if _watch.thread is None:
            _ensure_thread(_limit)
        _watch.since = time.monotonic()
        _watch.name = name


def end() -> None:
    _watch.name = None
