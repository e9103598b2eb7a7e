"""Put a registry model into the user's cache once, checked byte for byte, and find it again fast.

The file is built in a temporary file next to its target (joining the installed parts, or copying the opt-in
Hub download), hashed in the same pass, and renamed into place only when size and sha256 match: a crash or a
bad part never leaves a file that looks finished. A stamp beside it records the size, sha256, mtime and inode
that were verified, so later runs skip re-hashing 1.1 GB while a replaced or modified file is hashed again.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from mcrgen.errors import EndpointError
from mcrgen.local.models import LocalModel, ModelSpec, part_files

CHUNK = 1 << 20
ALLOW_DOWNLOAD_ENV = "MCRGEN_ALLOW_DOWNLOAD"


def cache_dir() -> Path:
    """``$MCRGEN_CACHE`` if set, else ``$XDG_CACHE_HOME/mcrgen/models`` (``~/.cache/mcrgen/models``)."""
    explicit = os.environ.get("MCRGEN_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mcrgen" / "models"


def ensure_model(spec: ModelSpec, *, directory: Path | None = None, allow_download: bool | None = None) -> LocalModel:
    """The verified cached file of ``spec``, building it from the installed parts (or the Hub, if allowed)."""
    folder = directory or cache_dir()
    target = folder / spec.filename
    if _stamp_matches(target, spec):
        return LocalModel(target, spec.alias, spec)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EndpointError(f"cannot create the model cache {folder}: {exc.strerror} (set MCRGEN_CACHE)") from exc
    with _locked(target):
        # Another process may have finished the file while this one waited for the lock.
        if not _stamp_matches(target, spec) and not _verify_existing(target, spec):
            _build(target, spec, allow_download)
    return LocalModel(target, spec.alias, spec)


def _stamp_path(target: Path) -> Path:
    return target.with_name(target.name + ".verified")


def _identity(target: Path) -> dict[str, int] | None:
    try:
        st = target.stat()
    except OSError:
        return None
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "inode": st.st_ino}


def _stamp_matches(target: Path, spec: ModelSpec) -> bool:
    try:
        stamp = json.loads(_stamp_path(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    identity = _identity(target)
    return identity is not None and stamp == {**identity, "sha256": spec.sha256} and identity["size"] == spec.size


def _write_stamp(target: Path, spec: ModelSpec) -> None:
    identity = _identity(target)
    assert identity is not None
    _atomic_text(_stamp_path(target), json.dumps({**identity, "sha256": spec.sha256}) + "\n")


def _verify_existing(target: Path, spec: ModelSpec) -> bool:
    """A file without a valid stamp (first run after an upgrade, a touched file): hash it once."""
    if not target.is_file():
        return False
    if target.stat().st_size == spec.size and _sha256_of([target]) == spec.sha256:
        _write_stamp(target, spec)
        return True
    target.unlink()  # wrong bytes are never served; rebuild from the source
    return False


def _sha256_of(files: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        with file.open("rb") as fh:
            while block := fh.read(CHUNK):
                digest.update(block)
    return digest.hexdigest()


def _build(target: Path, spec: ModelSpec, allow_download: bool | None) -> None:
    sources = part_files(spec)
    origin = f"the parts from {spec.install}"
    if sources is None:
        if allow_download is None:
            allow_download = os.environ.get(ALLOW_DOWNLOAD_ENV) == "1"
        if not (allow_download and spec.hf_repo):
            hub = f", or set {ALLOW_DOWNLOAD_ENV}=1 to fetch it from the Hugging Face Hub" if spec.hf_repo else ""
            mib = spec.size / (1 << 20)
            raise EndpointError(f"the local model {spec.alias} ({mib:.0f} MiB) is not installed: {spec.install}{hub}")
        sources = [_download(spec)]
        origin = f"the Hub file {spec.hf_repo}/{spec.filename}"
    # Once per machine, but 1.1 GB takes a while: say what the silence is.
    print(
        f"mcrgen: first use of {spec.alias}: writing {target} ({spec.size / 1e9:.1f} GB, sha256-checked)",
        file=sys.stderr,
    )
    join_checked(sources, target, spec, origin)
    _write_stamp(target, spec)


def join_checked(sources: Sequence[Path], target: Path, spec: ModelSpec, origin: str) -> None:
    """Concatenate ``sources`` into ``target`` atomically; refuse (one line) if size or sha256 differ."""
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for source in sources:
                with source.open("rb") as fh:
                    while block := fh.read(CHUNK):
                        digest.update(block)
                        size += len(block)
                        out.write(block)
            out.flush()
            os.fsync(out.fileno())
        if size != spec.size or digest.hexdigest() != spec.sha256:
            raise EndpointError(
                f"{origin} joined to {size} bytes with sha256 {digest.hexdigest()[:12]}..., but {spec.filename} "
                f"is {spec.size} bytes with sha256 {spec.sha256[:12]}...: refusing to serve it; reinstall them"
            )
        tmp.chmod(0o644)  # mkstemp makes 0600; a shared cache must be readable by its other users
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _download(spec: ModelSpec) -> Path:
    """Opt-in only: the Hub's copy of the same file (the sha256 check follows, as for the parts)."""
    assert spec.hf_repo is not None
    try:
        from huggingface_hub import hf_hub_download
    except ImportError as exc:  # pragma: no cover - datasets depends on huggingface_hub
        raise EndpointError("downloading the model needs huggingface_hub: pip install huggingface_hub") from exc
    try:
        return Path(hf_hub_download(repo_id=spec.hf_repo, filename=spec.filename))
    except Exception as exc:  # network, auth, or a missing file: one line, whatever the Hub client raised
        raise EndpointError(f"cannot download {spec.hf_repo}/{spec.filename}: {exc}") from exc


@contextlib.contextmanager
def _locked(target: Path) -> Iterator[None]:
    # Two mcrgen runs starting at once would both join 1.1 GB; the second waits and then finds the file ready.
    with open(target.with_name(target.name + ".lock"), "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _atomic_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
