"""``mcrgen push``: publish a run directory as a Hugging Face Hub dataset (Parquet + card + recipe + report).

It reads the run directory only, under its shared lock (a run that ``generate`` is still writing is refused): it
never re-runs anything, never rewrites the run directory (a run whose dataset or report is stale is refused with a
hint to run ``mcrgen report DIR``), and uploads the dataset file that is there. The card and the scrubbed recipe
are made in a temporary folder; every text file is checked for secrets before anything is sent, so nothing reaches
the Hub that was not looked at. The token comes from the caller,
``HF_TOKEN`` or the ``hf auth login`` file; it only ever travels in the Authorization header. ``HF_ENDPOINT``
(read at call time) points the upload at another Hub, e.g. a test stand-in. Every request huggingface_hub's HTTP
client sends waits at most ``MCRGEN_HUB_TIMEOUT`` seconds (default 60) to connect and between reads: a Hub that
accepts and then says nothing is "cannot reach the Hub" (exit 3), not a hang. Large files handed to ``hf_xet``
travel outside that client and are not bounded by it.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcrgen.errors import EndpointError, OutputError, RecipeError, SetupError
from mcrgen.publish.card import DATA_PATH, render_card
from mcrgen.redact import scrub, variants
from mcrgen.rundir import files as rundir
from mcrgen.rundir.dataset import DATASET_JSONL, DATASET_PARQUET, DEDUP, dataset_files, dataset_stale, report_stale
from mcrgen.rundir.reader import load_meta, read_json, read_resolved

# Variables that hold credentials whatever the recipe says; the recipe's own api_key_env names are added to these.
_SECRET_VARS = ("OPENAI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")
_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/\s@]+@", re.IGNORECASE)


HUB_TIMEOUT = 60.0
"""Seconds a request to the Hub may wait to connect, and between reads, unless ``MCRGEN_HUB_TIMEOUT`` says."""
_MOST_TIMEOUT = 86400.0


def hub_timeout() -> float:
    """``MCRGEN_HUB_TIMEOUT`` in seconds (default :data:`HUB_TIMEOUT`); anything but a number of seconds up to a
    day is bad setup (exit 2)."""
    raw = os.environ.get("MCRGEN_HUB_TIMEOUT", "")
    if not raw.strip():
        return HUB_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not 0 < value <= _MOST_TIMEOUT:  # also NaN
        raise SetupError(f"MCRGEN_HUB_TIMEOUT={raw!r} is not a number of seconds; give one above 0, at most 86400")
    return value


@contextmanager
def _bounded(seconds: float) -> Iterator[None]:
    """huggingface_hub's shared HTTP client waits forever (``timeout=None``): while this holds, every client it makes
    (also the fresh one after it drops a broken connection) waits at most ``seconds`` to connect and between reads.
    The library's own client factory comes back afterwards."""
    try:
        from huggingface_hub import set_client_factory
        from huggingface_hub.utils import _http
    except ImportError:  # huggingface_hub before 1.0 (requests, not httpx) has no factory: its own waits stand
        yield
        return

    previous = getattr(_http, "_GLOBAL_CLIENT_FACTORY", _http.default_client_factory)

    def bounded() -> Any:
        client = previous()
        client.timeout = seconds  # type: ignore[assignment]  # httpx takes a number of seconds for each phase
        return client

    set_client_factory(bounded)
    try:
        yield
    finally:
        set_client_factory(previous)


@dataclass(frozen=True, slots=True)
class StagedPush:
    rows: int
    raw: dict[str, Any]
    """The resolved recipe, as a mapping."""
    files: dict[str, Path]
    """Path in the repo -> the file uploaded there."""


@dataclass(frozen=True, slots=True)
class PushResult:
    url: str
    commit_url: str
    rows: int
    files: tuple[str, ...]


def _secret_values(raw: Mapping[str, Any], token: str) -> dict[str, str]:
    names = set(_SECRET_VARS)
    for ep in [raw.get("endpoint") or {}] + [s.get("endpoint") or {} for s in raw.get("stages", [])]:
        names.add(str(ep.get("api_key_env", "OPENAI_API_KEY")))
    found = {n: os.environ[n] for n in sorted(names) if len(os.environ.get(n, "")) >= 8}
    found["the Hub token"] = token
    return found


def _check_no_secrets(files: Iterable[tuple[str, bytes]], secrets: Mapping[str, str]) -> None:
    for name, data in files:
        for var, value in secrets.items():
            if any(form.encode("utf-8", "surrogatepass") in data for form in variants(value)):
                raise OutputError(f"refusing to push: {name} contains the value of {var}; remove it from the run")


def _data_file(run_dir: Path) -> tuple[Path, str]:
    """The dataset file to upload as it is, and its path in the repo: the run's Parquet when its last dedup pass
    wrote one (``output.formats`` has parquet), else dataset.jsonl itself. dedup.json says which, not the files'
    times: a copy of the run may give them new times in any order, and a Parquet put there by hand is not the run's."""
    written, _ = dataset_files(run_dir)
    if run_dir / DATASET_PARQUET in written:
        return run_dir / DATASET_PARQUET, DATA_PATH
    return run_dir / DATASET_JSONL, DATA_PATH.replace(".parquet", ".jsonl")


def stage_files(run_dir: Path, out: Path, repo_id: str, *, license: str = "unknown") -> StagedPush:
    """Write the files push makes (card, scrubbed recipe) into ``out``; the data, report and dedup files are
    uploaded from ``run_dir`` as they are. Reads ``run_dir`` only: a stale run is refused, never redone here."""
    if load_meta(run_dir) is None:
        raise OutputError(f"{run_dir} is not a run directory (no {rundir.RUN}); run `mcrgen generate` first")
    raw = read_resolved(run_dir)
    if dataset_stale(run_dir) or report_stale(run_dir):
        raise OutputError(
            f"{run_dir} changed since its dataset and report were written; run `mcrgen report {run_dir}`, then push"
        )
    records = rundir.read_jsonl(run_dir / DATASET_JSONL)
    if not records:
        raise OutputError(f"{run_dir} has no accepted samples to publish")
    report, dedup = read_json(run_dir / rundir.REPORT) or {}, read_json(run_dir / DEDUP)
    data, data_path = _data_file(run_dir)
    card = render_card(repo_id, raw, report, dedup, len(records), license=license, data_path=data_path)
    (out / "README.md").write_text(card, encoding="utf-8")
    # A base URL may carry credentials (https://user:pass@host); they are not the recipe's to publish.
    resolved = _USERINFO.sub(r"\g<scheme>", (run_dir / rundir.RESOLVED).read_text(encoding="utf-8"))
    (out / rundir.RESOLVED).write_text(resolved, encoding="utf-8")
    uploads = {"README.md": out / "README.md", rundir.RESOLVED: out / rundir.RESOLVED, data_path: data}
    uploads |= {name: run_dir / name for name in (rundir.REPORT, DEDUP)}
    return StagedPush(len(records), raw, dict(sorted(uploads.items())))


def check_repo_id(repo_id: str) -> None:
    """A malformed dataset id is bad input (exit 2), said before the token is looked for or the Hub is asked."""
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id  # type: ignore[attr-defined]  # documented, not re-exported

    try:
        validate_repo_id(repo_id)
    except HFValidationError as exc:
        reason = str(exc).split(": ")[0].rstrip(".")  # the library's rule, without its own echo of the id
        raise RecipeError(f"{repo_id!r} is not a Hub dataset id ({reason}); give NAME or OWNER/NAME") from None


def push_run(
    run_dir: Path,
    repo_id: str,
    *,
    private: bool = False,
    license: str = "unknown",
    token: str | None = None,
    endpoint: str | None = None,
) -> PushResult:
    """Publish ``run_dir``'s deduplicated samples as the dataset ``repo_id`` (created if missing) in one commit."""
    rundir.require_dir(run_dir, "give a run directory written by `mcrgen generate`")
    try:
        from huggingface_hub import CommitOperationAdd, HfApi, get_token
        from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled
    except ImportError as exc:  # pragma: no cover - huggingface_hub comes with datasets
        raise SetupError("mcrgen push needs huggingface_hub: pip install huggingface_hub") from exc

    check_repo_id(repo_id)
    timeout = hub_timeout()
    token = token or get_token()
    if not token:
        raise SetupError("no Hugging Face token: set HF_TOKEN or run `hf auth login`")
    # Under the run's shared lock: a run that a `generate` is writing is refused, and none starts while this reads.
    with (
        rundir.reading(run_dir, "push it once that run has ended"),
        tempfile.TemporaryDirectory(prefix="mcrgen-push-") as tmp,
        _bounded(timeout),
    ):
        staged = stage_files(run_dir, Path(tmp), repo_id, license=license)
        rows, raw, paths = staged.rows, staged.raw, list(staged.files)
        # Parquet is compressed, so check the records it was written from, plus every other file as uploaded.
        scanned = [(DATASET_JSONL, (run_dir / DATASET_JSONL).read_bytes())]
        scanned += [(p, f.read_bytes()) for p, f in staged.files.items() if f.suffix != ".parquet"]
        _check_no_secrets(scanned, _secret_values(raw, token))

        api = HfApi(endpoint=endpoint or os.environ.get("HF_ENDPOINT") or None, token=token)
        try:
            url = api.create_repo(repo_id, repo_type="dataset", private=True if private else None, exist_ok=True)
            commit = api.create_commit(
                repo_id=url.repo_id,
                repo_type="dataset",
                operations=[
                    CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(f)) for p, f in staged.files.items()
                ],
                commit_message=f"mcrgen: {rows} samples from recipe {raw.get('name')}",
            )
        except OfflineModeIsEnabled:
            raise SetupError("HF_HUB_OFFLINE is set: unset it to push") from None
        except HfHubHTTPError as exc:
            raise EndpointError(scrub(f"Hugging Face Hub refused the upload: {exc}", (token,))) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # A 200 that is not the Hub's JSON (a captive portal's page, a proxy, a wrong HF_ENDPOINT): huggingface_hub
            # fails decoding or reading it. Only its calls are in this block, so these are the reply's fault.
            why = f"{type(exc).__name__}: {exc}"
            raise EndpointError(
                scrub(f"the Hub at {api.endpoint} gave a reply mcrgen cannot read ({why})", (token,))
            ) from None
        except Exception as exc:
            # Transport errors come from whichever HTTP library this huggingface_hub version uses.
            if type(exc).__module__.split(".")[0] in ("httpx", "httpx2", "requests", "urllib3"):
                why = str(exc)
                if "Timeout" in type(exc).__name__:  # ConnectTimeout, ReadTimeout, ...: the Hub kept silent
                    why = f"no answer within {timeout:g} s (MCRGEN_HUB_TIMEOUT)"
                raise EndpointError(scrub(f"cannot reach the Hub at {api.endpoint}: {why}", (token,))) from None
            raise
    return PushResult(str(url), commit.commit_url, rows, tuple(paths))
