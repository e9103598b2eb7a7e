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


ENDPOINT = {"model": "scripted", "concurrency": 2, "max_retries": 1, "retry": {"initial_delay": 0.01}}
"""The scripted server's endpoint for CLI tests: two streams, one quick retry."""


def one_error(code: int, lines: list[str], expected: int, *fragments: str) -> str:
    """The one ``error:`` line of a CLI run that ended with ``expected``, holding every fragment (never an internal
    error)."""
    assert code == expected, lines
    errors = [ln for ln in lines if ln.startswith("error:")]
    assert len(errors) == 1, lines
    assert "internal error" not in errors[0]
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]
