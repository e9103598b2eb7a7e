"""The one error hierarchy mcrgen raises on purpose; anything else is a bug.

    McrgenError                 exit 1  (generic, user-facing)
    ├── RecipeError             exit 2  bad recipe, bad flag, bad input file
    ├── ValidatorError          exit 2  unknown validator or bad validator parameters
    ├── EndpointError           exit 3  endpoint unreachable, auth refused, model missing
    ├── OutputError             exit 4  run directory unwritable, corrupt or of another recipe, disk full
    └── UnfinishedError         exit 5  the run ended but some samples hold ``error`` rows (the endpoint kept
                                        failing for them); rerunning the same command retries just those

The CLI prints ``str(error)`` as one line on stderr and exits with ``error.exit_code``.
"""

from __future__ import annotations


class McrgenError(Exception):
    exit_code = 1


class RecipeError(McrgenError):
    exit_code = 2


class ValidatorError(McrgenError):
    exit_code = 2


class EndpointError(McrgenError):
    exit_code = 3


class OutputError(McrgenError):
    exit_code = 4


class UnfinishedError(McrgenError):
    """Everything was written and reported; some samples are still unfinished because of endpoint errors."""

    exit_code = 5
