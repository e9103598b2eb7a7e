"""``mcrgen ARGV`` run in-process, as a user would run it, for tests that check exit codes and messages."""

from __future__ import annotations

import io
import sys

from mcrgen import cli


def invoke_cli(argv: list[str]) -> tuple[int, str]:
    """``mcrgen ARGV`` in-process: (exit code, stderr)."""
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
    return code, buf.getvalue()


def run_cli(argv: list[str]) -> tuple[int, list[str]]:
    """``mcrgen ARGV`` in-process: (exit code, non-empty stderr lines)."""
    code, err = invoke_cli(argv)
    return code, [ln for ln in err.splitlines() if ln.strip()]
