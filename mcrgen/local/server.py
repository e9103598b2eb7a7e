"""The embedded model server: llama.cpp's own C++ server (the prebuilt ``xllamacpp`` wheel) in a child process.

mcrgen talks to it over HTTP through the same streaming and cancel path as to any remote endpoint.
See docs/embedded-model.md for the measurements behind every choice here. Traps that shape the code:

* The HTTP listener is up before the model is loaded; until then every route, chat included, answers 503
  "Loading model". ``xllamacpp.Server()`` returns only after the load, so the child prints ``READY <url>``
  then, and the parent confirms ``/health`` 200 before handing the URL out.
* Requests beyond the server's slots queue without a byte sent (no headers, no pings) until a slot frees, which
  a stall timeout would take for a dead server: the engine opens at most ``slots`` streams.
* ``n_ctx`` is split evenly across the slots, so it is set to ``slots * n_ctx_per_slot``.
* xllamacpp has no stop(); only its destructor ends the server. A child process can always be ended at once,
  frees the ~2 GB of the default model, and a native crash in llama.cpp cannot take mcrgen down with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mcrgen.accounting import SERVER_TOKENIZED
from mcrgen.errors import EndpointError, RecipeError
from mcrgen.local.fetch import ensure_model
from mcrgen.local.models import LocalModel, known_models, spec_for, user_model

INSTALL_HINT = "install with pip install -e '.[local]' (in the mcrgen checkout)"
DEFAULT_N_CTX_PER_SLOT = 2048  # a few-shot GSM8K prompt (~400 tokens) plus a 400-token answer, with room to spare
MAX_SLOTS = 8  # CPU decoding gains little from more parallel streams, and each slot holds its own KV cache


def _default_threads() -> int:
    # One core is left for mcrgen itself. llama.cpp's threads meet at a barrier after every op, so when one is
    # descheduled the others wait: on 2 busy cores, 2 threads decoded 4x slower than 1 (docs/embedded-model.md).
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return min(8, max(1, cores - 1))


DEFAULT_THREADS = _default_threads()

# Runs in the child; argv[1] is a JSON dict of settings. stdout carries only the READY line (llama.cpp logs on
# stderr). The main thread then blocks on stdin: EOF means the parent closed the pipe or died (even by SIGKILL,
# when no ``finally`` of its runs), and the child exits at once instead of finishing a running stream.
_CHILD = r"""
import json, os, sys
cfg = json.loads(sys.argv[1])
import xllamacpp as xlc
p = xlc.CommonParams()
p.model.path = cfg["model"]
p.model_alias = {cfg["alias"]}
p.hostnames = [cfg["host"]]
p.port = cfg["port"]
p.n_ctx = cfg["n_ctx"]
p.n_parallel = cfg["slots"]
p.cpuparams.n_threads = cfg["threads"]
p.cpuparams_batch.n_threads = cfg["threads"]
p.endpoint_metrics = True
p.cache_ram_mib = 256
p.n_gpu_layers = 0
try:
    server = xlc.Server(p)
except RuntimeError as exc:
    print("mcrgen: " + str(exc), file=sys.stderr, flush=True)
    os._exit(1)
print("READY", server.listening_address, flush=True)
sys.stdin.buffer.read()
os._exit(0)
"""


@dataclass
class LocalServer:
    base_url: str  # ends in /v1, ready for AsyncOpenAI(base_url=...)
    model: str
    port: int
    pid: int
    log_path: Path
    slots: int
    process: subprocess.Popen[bytes] = field(repr=False, compare=False)

    @property
    def root_url(self) -> str:
        return self.base_url.removesuffix("/v1")

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 20) -> str:
        return _tail(self.log_path, lines)

    def metrics(self) -> dict[str, float]:
        """The server's Prometheus counters, e.g. ``llamacpp:tokens_predicted_total``."""
        return parse_metrics(_http_text(f"{self.root_url}/metrics"))


def local_model(model: str | None = None, model_path: str | None = None, base_dir: Path | None = None) -> LocalModel:
    """The GGUF a recipe asks for: ``endpoint.model_path`` if set, else a registry model (cached, verified)."""
    if importlib.util.find_spec("xllamacpp") is None:
        raise EndpointError(f"the embedded model server needs xllamacpp: {INSTALL_HINT}")
    if model_path:
        return user_model(model_path, model, base_dir)
    return ensure_model(spec_for(model))


def parse_metrics(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            with contextlib.suppress(ValueError):
                out[name] = float(value)
    return out


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _kept(log_path: Path) -> str:
    """A copy of a temporary server log that outlives its folder, for the user to read in full; "not kept" if it
    cannot be written."""
    try:
        fd, copy = tempfile.mkstemp(prefix="mcrgen-local-server-", suffix=".log")
        with os.fdopen(fd, "wb") as out:
            out.write(log_path.read_bytes())
    except OSError:
        return "(not kept)"
    return copy


_TELLING = re.compile(r"error|fail|invalid|cannot|unable|not found|no such", re.IGNORECASE)


def _telling(tail: str, most: int = 6) -> str:
    """The lines of a log's tail that say what went wrong (llama.cpp logs warnings and banners around them), or
    its last lines when none does."""
    lines = tail.splitlines()
    return "\n".join([ln for ln in lines if _TELLING.search(ln)][-most:] or lines[-most:])


def _check_port_free(host: str, port: int) -> None:
    # Without this, a server already listening there could answer our /health while our own child failed.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise EndpointError(f"cannot serve the embedded model on {host}:{port}: {exc.strerror}") from exc


# Loopback only: never let an http_proxy environment variable route our own requests elsewhere.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _http(url: str, payload: Mapping[str, Any] | None = None, timeout: float = 30.0) -> bytes:
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with _OPENER.open(request, timeout=timeout) as response:
        body: bytes = response.read()
        return body


def _http_json(url: str, payload: Mapping[str, Any] | None = None, timeout: float = 30.0) -> Any:
    return json.loads(_http(url, payload, timeout))


def _http_text(url: str) -> str:
    return _http(url).decode("utf-8", "replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    # EOF on stdin ends the child at once (measured 0.01-0.17 s); kill only if it is stuck in native code.
    with contextlib.suppress(OSError):
        if process.stdin is not None:
            process.stdin.close()
    try:
        process.wait(timeout=5.0)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()


def _await_ready(process: subprocess.Popen[bytes], log_path: Path, timeout: float, *, kept: bool) -> str:
    """The child's root URL once its model is loaded; EndpointError with the log's telling lines if it fails
    (``kept``: the log stays where it is; a temporary one is copied out first, as it is removed with its folder)."""
    assert process.stdout is not None
    readable, _, _ = select.select([process.stdout], [], [], timeout)
    line = process.stdout.readline().decode("utf-8", "replace") if readable else ""
    if not line.startswith("READY "):
        _stop(process)
        why = f"exited with code {process.returncode}" if line or readable else f"was not ready in {timeout:.0f}s"
        said = _telling(_tail(log_path, 40)) or "(nothing)"
        raise EndpointError(f"the embedded model server {why}; log {log_path if kept else _kept(log_path)}:\n{said}")
    root = line.split()[1].rstrip("/")
    try:
        health = _http_json(f"{root}/health", timeout=10.0)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        _stop(process)
        raise EndpointError(f"the embedded model server at {root} is not healthy: {exc}") from exc
    if health.get("status") != "ok":
        _stop(process)
        raise EndpointError(f"the embedded model server at {root} is not healthy: {health}")
    return root


@contextlib.contextmanager
def local_server(
    model: LocalModel | None = None,
    *,
    slots: int = 1,
    n_ctx_per_slot: int = DEFAULT_N_CTX_PER_SLOT,
    threads: int = DEFAULT_THREADS,
    port: int | None = None,
    host: str = "127.0.0.1",
    startup_timeout: float = 300.0,
    log_dir: Path | None = None,
) -> Iterator[LocalServer]:
    """Serve ``model`` (the default model if None) on ``host:port`` (a free port if None) until the block exits.

    The server is stopped on every exit path, exceptions and KeyboardInterrupt included. llama.cpp's log goes to
    ``server.log`` in ``log_dir`` (a temporary directory, removed on exit, if None).
    """
    model = model or local_model()
    slots = max(1, min(MAX_SLOTS, slots))
    if port is not None:
        _check_port_free(host, port)
    cfg = {
        "model": str(model.path),
        "alias": model.alias,
        "host": host,
        "port": port or 0,  # 0: the OS picks a free port and the child reports it (no race)
        "n_ctx": slots * n_ctx_per_slot,
        "slots": slots,
        "threads": threads,
    }
    with contextlib.ExitStack() as stack:
        kept = log_dir is not None
        if log_dir is None:
            log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mcrgen-local-")))
        log_dir.mkdir(parents=True, exist_ok=True)
        log_path = log_dir / "server.log"
        log = stack.enter_context(log_path.open("wb"))
        process = subprocess.Popen(
            [sys.executable, "-c", _CHILD, json.dumps(cfg)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            # Own session: a terminal Ctrl-C reaches only us, and we stop the server in order.
            start_new_session=True,
        )
        stack.callback(_stop, process)
        root = _await_ready(process, log_path, startup_timeout, kept=kept)
        yield LocalServer(
            base_url=f"{root}/v1",
            model=model.alias,
            port=int(root.rsplit(":", 1)[1]),
            pid=process.pid,
            log_path=log_path,
            slots=slots,
            process=process,
        )


def serve_forever(port: int | None = None, host: str = "127.0.0.1", model: str | None = None) -> None:
    """Serve a local model until Ctrl-C or SIGTERM (for ``mcrgen serve``), which stop the server and propagate as
    KeyboardInterrupt (exit 130, as for every command); raises EndpointError if the server dies."""

    try:
        spec_for(model)
    except EndpointError:  # a flag here, not a recipe's endpoint
        raise RecipeError(f"--model {model!r} is not a model mcrgen can serve (known: {known_models()})") from None

    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with local_server(local_model(model), port=port, host=host) as server:
            print(f"serving {server.model} at {server.base_url} (pid {server.pid}); Ctrl-C to stop", flush=True)
            try:
                while server.alive():
                    time.sleep(0.5)
            except KeyboardInterrupt:
                print("stopping", flush=True)
                raise
            raise EndpointError(f"the embedded model server exited unexpectedly:\n{server.log_tail()}")
    finally:
        signal.signal(signal.SIGTERM, previous)


class ServerTokenCounter:
    """A ``mcrgen.engine.tokens.TokenCounter`` for streams that end without a usage object (cancelled ones).

    Counts with the served model's own tokenizer over ``/tokenize``, which answers within milliseconds even
    while every slot is generating. The count of a stream's delivered text equalled the server's
    ``usage.completion_tokens`` in every check (docs/embedded-model.md), hence the label ``server-tokenized``.
    """

    method = SERVER_TOKENIZED

    def __init__(self, base_url: str) -> None:
        self.root_url = base_url.rstrip("/").removesuffix("/v1")

    async def count(self, text: str) -> int:
        """Tokens of completion text: no BOS added, special tokens parsed (as the server produced them)."""
        payload = {"content": text, "add_special": False, "parse_special": True}
        result = await asyncio.to_thread(_http_json, f"{self.root_url}/tokenize", payload)
        return len(result["tokens"])

    async def count_prompt(self, messages: Sequence[Mapping[str, Any]]) -> int:
        """Prompt tokens of a chat request, template included: what the server reports as usage.prompt_tokens."""
        rendered = await asyncio.to_thread(_http_json, f"{self.root_url}/apply-template", {"messages": list(messages)})
        payload = {"content": rendered["prompt"], "add_special": True, "parse_special": True}
        result = await asyncio.to_thread(_http_json, f"{self.root_url}/tokenize", payload)
        return len(result["tokens"])


def server_counter(base_url: str) -> ServerTokenCounter:
    return ServerTokenCounter(base_url)
