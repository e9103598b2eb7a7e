"""Reading the user's JSONL inputs (seed files, samples to audit): every problem is one line naming file:line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mcrgen.errors import RecipeError
from mcrgen.recipe.safe_yaml import read_text

MAX_INPUT_BYTES = 1 << 30
"""A seed file or a file of samples to audit may be up to 1 GiB (GSM8K's train split is 4 MiB)."""
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _no_lone_surrogate(row: dict[str, Any], path: Path, n: int) -> None:
    """A JSON escape may spell half of a UTF-16 pair; such text can be neither sent nor stored: refuse the line."""
    try:
        json.dumps(row, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise RecipeError(f"{path}:{n}: contains a lone UTF-16 surrogate escape (e.g. \\ud800), not text") from None


def json_objects(path: Path, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; ``what`` names the file in errors ('the seed file')."""
    text = read_text(path, what, MAX_INPUT_BYTES)  # a regular file of bounded size: never /dev/zero or a FIFO
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecipeError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise RecipeError(f"{path}:{n}: the JSON nests too deeply") from None
        if not isinstance(row, dict):
            raise RecipeError(f"{path}:{n}: each line must be a JSON object")
        if _SURROGATE_ESCAPE.search(line):
            _no_lone_surrogate(row, path, n)
        yield n, row
