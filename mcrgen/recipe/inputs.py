"""Reading the user's inputs: JSONL seed files and samples to audit (every problem is one line naming
file:line), and the recipe's input rows (JSONL, CSV, Parquet, or a local Hugging Face dataset)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
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


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON (write null, or the value as a string)")


def json_objects(path: Path, what: str, torn: list[int] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; ``what`` names the file in errors ('the seed file').

    With ``torn`` (a run's own output may be read), a last line that is cut off (no newline after it, not JSON:
    the run was killed while writing it) is skipped and its number appended to ``torn``, as the run itself
    ignores it; anywhere else a bad line is an error."""
    text = read_text(path, what, MAX_INPUT_BYTES)  # a regular file of bounded size: never /dev/zero or a FIFO
    text = text.removeprefix("\ufeff")  # a byte-order mark, as Windows tools write one, is not part of the JSON
    lines = text.splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line, parse_constant=_no_constant)
        except json.JSONDecodeError as exc:
            if torn is not None and n == len(lines) and not text.endswith(("\n", "\r")):
                torn.append(n)
                return
            raise RecipeError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        except ValueError as exc:  # NaN or Infinity: Python reads them, but rows written with them are not JSON
            raise RecipeError(f"{path}:{n}: {exc}") from None
        except RecursionError:
            raise RecipeError(f"{path}:{n}: the JSON nests too deeply") from None
        if not isinstance(row, dict):
            raise RecipeError(f"{path}:{n}: each line must be a JSON object")
        if _SURROGATE_ESCAPE.search(line):
            _no_lone_surrogate(row, path, n)
        yield n, row


# --- Input rows: one sample (or n) per row of a local file or a locally cached Hugging Face dataset -----------


@dataclass(frozen=True, slots=True)
class InputSpec:
    """The recipe's ``inputs`` section, resolved: where the rows come from and which of them are used."""

    path: Path | None
    dataset: str | None
    split: str | None
    limit: int | None
    shuffle: bool
    filter: str | None
    n: int
    allow_download: bool = False


@dataclass(frozen=True, slots=True)
class InputRows:
    """The selected rows in sample order; sample ``i`` uses ``rows[i // n]`` (its ``repeat`` is ``i % n``)."""

    spec: InputSpec
    rows: tuple[Mapping[str, Any], ...]
    indices: tuple[int, ...]
    """Each row's position in the source (before shuffle and filter), recorded with every sample."""
    digest: str = ""
    """Hash of the rows in sample order before ``limit``: part of the recipe hash, so a resume refuses edited
    input data (ids would point at other rows) but accepts a larger ``limit``."""

    @property
    def samples(self) -> int:
        return len(self.rows) * self.spec.n

    def check_samples(self, samples: int, where: str) -> int:
        """``budget.samples`` when the rows can give that many."""
        if samples > self.samples:
            raise RecipeError(
                f"{where}: {samples} samples (budget.samples or --limit) is more than the input rows give "
                f"({len(self.rows)} rows x n={self.spec.n} = {self.samples}); raise inputs.n or ask for fewer"
            )
        return samples

    def of_sample(self, index: int) -> tuple[Mapping[str, Any], int, int]:
        """(row, source position, repeat) of sample ``index``."""
        k = index // self.spec.n
        return self.rows[k], self.indices[k], index % self.spec.n


def _read_csv(path: Path) -> list[dict[str, Any]]:
    try:
        # utf-8-sig: Excel's "CSV UTF-8" starts with a byte-order mark that would stick to the first column's name
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return [dict(r) for r in csv.DictReader(fh)]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise RecipeError(f"{path}: cannot read the input file: {exc}") from None


def _read_parquet(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    try:
        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    except (OSError, ValueError) as exc:
        raise RecipeError(f"{path}: cannot read the Parquet input file: {exc}") from None
    return rows


def _offline_datasets() -> Any:
    """``datasets`` with downloads switched off: a name must already be in the local cache."""
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import datasets

    for flag in ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE"):
        if hasattr(datasets.config, flag):
            setattr(datasets.config, flag, True)
    return datasets


def _read_hf(spec: InputSpec, where: str) -> list[dict[str, Any]]:
    import datasets as ds_mod

    ds = ds_mod if spec.allow_download else _offline_datasets()
    source = str(spec.path) if spec.path is not None else str(spec.dataset)
    try:
        if spec.path is not None and spec.path.is_dir() and _saved_to_disk(spec.path):
            data = ds.load_from_disk(source)
        else:
            data = ds.load_dataset(source, split=spec.split)
    except Exception as exc:  # datasets raises many types (FileNotFound, ConnectionError, ValueError...)
        hint = (
            "" if spec.allow_download else " (only local paths and the local cache are read; set inputs.allow_download)"
        )
        raise RecipeError(f"{where}: cannot load the dataset {source!r}: {exc}{hint}") from None
    if isinstance(data, ds.DatasetDict):
        split = spec.split or ("train" if "train" in data else next(iter(data)))
        if split not in data:
            raise RecipeError(f"{where}: the dataset has no split {split!r} (splits: {', '.join(data)})")
        data = data[split]
    return [dict(r) for r in data]


def _saved_to_disk(path: Path) -> bool:
    return (path / "dataset_dict.json").exists() or (path / "dataset_info.json").exists()


FILE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
"""The files ``inputs.path`` may name (besides a dataset directory), read by :func:`read_file`."""


def read_file(path: Path, what: str, torn: list[int] | None = None) -> list[dict[str, Any]]:
    """Every row of a .csv or .parquet file, else of a JSON Lines file (``what`` and ``torn`` as in
    :func:`json_objects`): the reader of generate's input file, so ``validate`` reads the same files."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix == ".parquet":
        return _read_parquet(path)
    return [row for _, row in json_objects(path, what, torn)]


def read_rows(spec: InputSpec, where: str) -> list[dict[str, Any]]:
    """Every row of the source, in its order."""
    path = spec.path
    if path is None or path.is_dir():
        return _read_hf(spec, where)
    if not path.exists():
        raise RecipeError(f"{where}: inputs.path {path} does not exist")
    if path.suffix.lower() in FILE_SUFFIXES:
        return read_file(path, "the input file (inputs.path)")
    raise RecipeError(f"{where}: inputs.path {path.name}: use a .jsonl, .csv or .parquet file or a dataset directory")


def select_rows(spec: InputSpec, rows: list[dict[str, Any]], seed: int, where: str) -> InputRows:
    """Filter, then shuffle (seeded: the same recipe always yields the same order), then cut to ``limit``."""
    indexed = list(enumerate(rows))
    if spec.filter:
        from mcrgen.recipe.templates import compile_expression

        keep = compile_expression(f"{where}: inputs.filter", spec.filter)
        try:
            indexed = [(i, r) for i, r in indexed if keep(row=r, **_safe_fields(r))]
        except Exception as exc:  # a field missing in some row, a type error in the expression
            raise RecipeError(f"{where}: inputs.filter {spec.filter!r} failed: {exc}") from None
    if spec.shuffle:
        random.Random(seed).shuffle(indexed)
    digest = hashlib.sha256()
    for i, r in indexed:
        digest.update(json.dumps([i, r], sort_keys=True, default=str).encode() + b"\n")
    if spec.limit is not None:
        indexed = indexed[: spec.limit]
    if not indexed:
        raise RecipeError(f"{where}: no input rows left (after filter and limit)")
    return InputRows(spec, tuple(r for _, r in indexed), tuple(i for i, _ in indexed), digest.hexdigest()[:16])


def _safe_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if isinstance(k, str) and k.isidentifier() and k != "row"}


def load_inputs(raw: Mapping[str, Any], base: Path, seed: int, where: str) -> InputRows:
    """Resolve a recipe's ``inputs`` mapping (paths relative to the recipe file) and read its rows."""
    spec = InputSpec(
        path=(base / raw["path"]).resolve() if "path" in raw else None,
        dataset=raw.get("dataset"),
        split=raw.get("split"),
        limit=raw.get("limit"),
        shuffle=bool(raw.get("shuffle", False)),
        filter=raw.get("filter"),
        n=int(raw.get("n", 1)),
        allow_download=bool(raw.get("allow_download", False)),
    )
    if (spec.path is None) == (spec.dataset is None):
        raise RecipeError(f"{where}: inputs needs exactly one of 'path' (a local file or folder) or 'dataset'")
    return select_rows(spec, read_rows(spec, where), int(raw.get("seed", seed)), where)
