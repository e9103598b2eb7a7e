"""A time budget for validator calls: a validator that never returns cannot hang mcrgen for good.

Validators run on the event loop's thread (a thread per call would cost more than most checks), so a call that
blocks (``time.sleep``, a regular expression backtracking over hostile text, a plug-in waiting on the network)
stops everything, Ctrl-C included: the loop that would handle the signal is the one that is blocked. One daemon
thread watches the call in progress; when it has run longer than the budget, the thread prints one line and ends
the process with :data:`EXIT_VALIDATOR_TIMEOUT`. A thread only runs while the call lets go of the interpreter
(``time.sleep``, I/O), and a regular expression backtracking in C never does; so the process also asks for a
``SIGVTALRM`` per tick of CPU time it uses, whose handler Python runs on the main thread even inside the regex
engine (it checks for signals as it backtracks), and the handler ends the process the same way. That exit is like
a kill: every row on disk is whole (rows are appended one write each), and rerunning the command resumes. The
budget is ``MCRGEN_VALIDATOR_TIMEOUT`` seconds (default :data:`DEFAULT_BUDGET`; ``0`` turns the watchdog off).
"""

from __future__ import annotations

import atexit
import os
import signal
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


def _tick(limit: float) -> float:
    return min(1.0, max(0.05, limit / 10))


def _run(limit: float) -> None:
    while True:
        time.sleep(_tick(limit))
        _end_if_over(limit)


def _on_cpu_tick(signum: int, frame: object) -> None:
    """``SIGVTALRM``: the process used another tick of CPU, maybe inside a call that holds the interpreter."""
    if _limit:
        _end_if_over(_limit)


def _end_if_over(limit: float) -> None:
    """End the process when the validator call in progress has run past ``limit`` seconds."""
    name, since = _watch.name, _watch.since
    if name is None or time.monotonic() - since <= limit:
        return
    os.write(
        2,
        f"\nerror: validator {name!r} ran for more than {limit:g}s (MCRGEN_VALIDATOR_TIMEOUT) and was stopped by "
        f"ending mcrgen; finished samples are saved: fix or drop the validator, then rerun to resume\n".encode(),
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
            _start_cpu_ticks(limit)


def _start_cpu_ticks(limit: float) -> None:
    """Ask the kernel for ``SIGVTALRM`` per tick of CPU time (none while the process is idle). Only the main
    thread may set a handler, and a handler someone else set is left alone; system calls the signal lands in are
    restarted, not failed."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGVTALRM) not in (signal.SIG_DFL, _on_cpu_tick):
        return
    signal.signal(signal.SIGVTALRM, _on_cpu_tick)
    signal.siginterrupt(signal.SIGVTALRM, False)
    signal.setitimer(signal.ITIMER_VIRTUAL, _tick(limit), _tick(limit))
    # The interpreter puts the default action back on its way out, and that action ends the process: a tick
    # after it would kill a process that is exiting normally (exit -26). So the ticks stop first.
    atexit.register(signal.setitimer, signal.ITIMER_VIRTUAL, 0)


_limit: float | None = None


def begin(name: str) -> None:
    """A validator call starts (calls never nest: they all run on the event loop's one thread)."""
    watch = armed()
    if watch is not None:
        watch.since = time.monotonic()
        watch.name = name


def armed() -> _Watch | None:
    """The watch to stamp before each validator call (``since``, then ``name``; ``name = None`` after it), or None
    when the budget is off. A checkpoint that calls several validators asks once and stamps each call itself:
    two fewer calls per validator than :func:`begin` and :func:`end`, on the path every checkpoint takes."""
    global _limit
    if _limit is None:
        _limit = budget()
    if _limit <= 0:
        return None
    if _watch.thread is None:
        _ensure_thread(_limit)
    return _watch


def end() -> None:
    _watch.name = None
