"""``mcrgen push``: publish a run directory as a Hugging Face Hub dataset (Parquet + card + recipe + report).

It reads the run directory only: it never re-runs anything and never imports the runner. What is uploaded is
staged in a temporary folder first and checked for secrets there, so nothing reaches the Hub that was not looked
at. The token comes from the caller, ``HF_TOKEN`` or the ``hf auth login`` file; it only ever travels in the
Authorization header. ``HF_ENDPOINT`` (read at call time) points the upload at another Hub, e.g. a test stand-in.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mcrgen.errors import EndpointError, OutputError, SetupError
from mcrgen.publish.card import DATA_PATH, render_card
from mcrgen.redact import scrub, variants
from mcrgen.rundir import files as rundir
from mcrgen.rundir.dataset import DATASET_JSONL, DEDUP, finalize_run, load_resolved
from mcrgen.rundir.report import write_report
from mcrgen.rundir.writers import write_records

# Variables that hold credentials whatever the recipe says; the recipe's own api_key_env names are added to these.
_SECRET_VARS = ("OPENAI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")
_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)[^/\s@]+@", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PushResult:
    url: str
    commit_url: str
    rows: int
    files: tuple[str, ...]


def _fresh(run_dir: Path) -> bool:
    """dataset.jsonl exists and is at least as new as everything it is derived from."""
    data = run_dir / DATASET_JSONL
    if not data.exists() or not (run_dir / DEDUP).exists():
        return False
    sources = [run_dir / n for n in (rundir.ACCEPTED, rundir.RESOLVED)]
    return all(not s.exists() or s.stat().st_mtime <= data.stat().st_mtime for s in sources)


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


def stage_files(run_dir: Path, out: Path, repo_id: str, *, license: str = "unknown") -> tuple[int, dict[str, Any]]:
    """Write what would be uploaded into ``out``; returns the number of samples and the resolved recipe."""
    if not (run_dir / rundir.RUN).exists():
        raise OutputError(f"{run_dir} is not a run directory (no {rundir.RUN}); run `mcrgen generate` first")
    raw = load_resolved(run_dir)
    if not _fresh(run_dir):  # a run from before dedup existed, or one resumed since: redo the post-pass
        finalize_run(run_dir)
        write_report(run_dir)
    elif not (run_dir / rundir.REPORT).exists():
        write_report(run_dir)
    records = rundir.read_jsonl(run_dir / DATASET_JSONL)
    if not records:
        raise OutputError(f"{run_dir} has no accepted samples to publish")
    (out / "data").mkdir(parents=True, exist_ok=True)
    write_records("parquet", out / DATA_PATH, records)
    report = json.loads((run_dir / rundir.REPORT).read_text(encoding="utf-8"))
    dedup = json.loads((run_dir / DEDUP).read_text(encoding="utf-8"))
    card = render_card(repo_id, raw, report, dedup, len(records), license=license)
    (out / "README.md").write_text(card, encoding="utf-8")
    # A base URL may carry credentials (https://user:pass@host); they are not the recipe's to publish.
    resolved = _USERINFO.sub(r"\g<scheme>", (run_dir / rundir.RESOLVED).read_text(encoding="utf-8"))
    (out / rundir.RESOLVED).write_text(resolved, encoding="utf-8")
    for name in (rundir.REPORT, DEDUP):
        (out / name).write_bytes((run_dir / name).read_bytes())
    return len(records), raw


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
    try:
        from huggingface_hub import CommitOperationAdd, HfApi, get_token
        from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled
    except ImportError as exc:  # pragma: no cover - huggingface_hub comes with datasets
        raise SetupError("mcrgen push needs huggingface_hub: pip install huggingface_hub") from exc

    token = token or get_token()
    if not token:
        raise SetupError("no Hugging Face token: set HF_TOKEN or run `hf auth login`")
    with tempfile.TemporaryDirectory(prefix="mcrgen-push-") as tmp:
        out = Path(tmp)
        rows, raw = stage_files(run_dir, out, repo_id, license=license)
        paths = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
        # Parquet is compressed, so check the records it was written from, plus every other file as uploaded.
        scanned = [(DATASET_JSONL, (run_dir / DATASET_JSONL).read_bytes())]
        scanned += [(p, (out / p).read_bytes()) for p in paths if p != DATA_PATH]
        _check_no_secrets(scanned, _secret_values(raw, token))

        api = HfApi(endpoint=endpoint or os.environ.get("HF_ENDPOINT") or None, token=token)
        try:
            url = api.create_repo(repo_id, repo_type="dataset", private=True if private else None, exist_ok=True)
            commit = api.create_commit(
                repo_id=url.repo_id,
                repo_type="dataset",
                operations=[CommitOperationAdd(path_in_repo=p, path_or_fileobj=str(out / p)) for p in paths],
                commit_message=f"mcrgen: {rows} samples from recipe {raw.get('name')}",
            )
        except OfflineModeIsEnabled:
            raise SetupError("HF_HUB_OFFLINE is set: unset it to push") from None
        except HfHubHTTPError as exc:
            raise EndpointError(scrub(f"Hugging Face Hub refused the upload: {exc}", (token,))) from None
        except Exception as exc:
            # Transport errors come from whichever HTTP library this huggingface_hub version uses.
            if type(exc).__module__.split(".")[0] in ("httpx", "httpx2", "requests", "urllib3"):
                raise EndpointError(scrub(f"cannot reach the Hub at {api.endpoint}: {exc}", (token,))) from None
            raise
    return PushResult(str(url), commit.commit_url, rows, tuple(paths))
