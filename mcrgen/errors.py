"""The one error hierarchy mcrgen raises on purpose; anything else is a bug.

    McrgenError                 exit 1  never raised itself: exit 1 means a bug (an unexpected exception)
    ├── RecipeError             exit 2  bad recipe, bad flag, bad input file
    ├── ValidatorError          exit 2  unknown validator or bad validator parameters
    ├── SetupError              exit 2  the environment lacks what the command needs (a token, a package)
    ├── EndpointError           exit 3  endpoint unreachable, auth refused, model missing, Hub refused
    ├── OutputError             exit 4  run directory unwritable, corrupt or of another recipe, disk full
    ├── UnfinishedError         exit 5  the run ended but some samples hold ``error`` rows (the endpoint kept
    │                                   failing for them); rerunning the same command retries just those
    └── WorkerError             exit 6  a worker process of ``generate --workers N`` died (killed, crashed); the
                                        rows written so far are kept and rerunning the same command resumes

The CLI prints ``str(error)`` as one line on stderr (secrets scrubbed) and exits with ``error.exit_code``; an
unexpected exception prints one line naming it and exits 1 (``MCRGEN_DEBUG=1`` shows the traceback). A usage
error of the command line itself (unknown flag, a value of the wrong type) is one line and exit 2.
"""

from __future__ import annotations


class McrgenError(Exception):
    exit_code = 1


class RecipeError(McrgenError):
    exit_code = 2


class ValidatorError(McrgenError):
    exit_code = 2


class SetupError(McrgenError):
    exit_code = 2


class EndpointError(McrgenError):
    exit_code = 3


class OutputError(McrgenError):
    exit_code = 4


class UnfinishedError(McrgenError):
    """Everything was written and reported; some samples are still unfinished because of endpoint errors."""

    exit_code = 5


class WorkerError(McrgenError):
    """A worker process of ``generate --workers N`` died; the run stopped as after Ctrl-C (resumable)."""

    exit_code = 6


def a_or_an(word: str) -> str:
    """``word`` with its indefinite article, for messages that name a thing they are given: "an inflight run",
    "a baseline run", "an int". By the first letter (the words mcrgen names this way: modes, type names)."""
    return f"{'an' if word[:1].lower() in ('a', 'e', 'i', 'o', 'u') else 'a'} {word}"
