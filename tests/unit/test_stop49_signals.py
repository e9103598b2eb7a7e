"""A signal ignored when mcrgen started stays ignored (stop 49's trial: ``mcrgen generate ... &`` in a shell script
starts with SIGINT ignored; the run took SIGINT over once it ran, so a ``kill -INT`` was lost in the first second and
obeyed after it)."""

from __future__ import annotations

import asyncio
import signal

from mcrgen.engine.runner import _install_signals


def test_an_ignored_sigint_is_left_ignored_and_sigterm_still_stops_the_run() -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    loop = asyncio.new_event_loop()
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        installed = _install_signals(loop, lambda: None)
        assert installed == [signal.SIGTERM]
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        for sig in installed:
            loop.remove_signal_handler(sig)
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a terminal's Ctrl-C: taken over, as before
        installed = _install_signals(loop, lambda: None)
        assert installed == [signal.SIGINT, signal.SIGTERM]
        for sig in installed:
            loop.remove_signal_handler(sig)
    finally:
        loop.close()
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])
