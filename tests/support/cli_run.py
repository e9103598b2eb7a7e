"""``mcrgen ARGV`` run in-process, as a user would run it, for tests that check exit codes and messages."""

from __future__ import annotations

import io
import sys

from mcrgen import cli


def run_cli(argv: list[str]) -> tuple[int, list[str]]:
    """``mcrgen ARGV`` in-process: (exit code, non-empty stderr lines)."""
    saved = sys.argv, sys.stderr
    buf = io.StringIO()
    sys.argv, sys.stderr = ["mcrgen", *argv], buf
    try:
        cli.main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv, sys.stderr = saved
    return code, [ln for ln in buf.getvalue().splitlines() if ln.strip()]
