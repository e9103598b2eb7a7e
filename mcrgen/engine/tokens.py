"""Counting tokens, the server's way where it can, never touching any host but the endpoint.

What the server counted is collected chunk by chunk (:class:`ServerCounts`). Where it counted nothing for a request
(a stream closed before the final usage chunk), a counter fills in, best first:

1. the server's own tokenizer, ``POST /tokenize`` (vLLM, SGLang, llama.cpp), probed once per run;
2. ``tiktoken`` with the encodings shipped inside this package (``engine/encodings``): tiktoken itself downloads
   them on first use, which an offline install cannot do and a "local" run must not do;
3. a documented heuristic.

When the server counts only finished streams, every request is also counted by that counter (``local_*`` fields of
:class:`~mcrgen.accounting.RequestUsage`), so that a comparison can count both modes one way.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import httpx2

from mcrgen.accounting import ESTIMATED, REPORTED, SERVER_COUNTED, SERVER_TOKENIZED, RequestUsage
from mcrgen.wire.client import Chunk
from mcrgen.wire.metrics import server_root

ENCODINGS_DIR = Path(__file__).with_name("encodings")
# tiktoken's own download URLs and sha256 digests: the shipped files are byte-identical to what it would download,
# and it finds them through its cache, whose file names are the URLs' sha1.
_ENCODINGS = {
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
}
DEFAULT_ENCODING = "o200k_base"
# GPT-style pre-tokenisation: words, digit runs of up to 3, single punctuation, runs of whitespace. On English
# math text it lands within about 10-15% of BPE counts; it is only used when nothing exact is available.
PIECES = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?\d{1,3}| ?[^\sA-Za-z\d]+|\s+(?!\S)|\s+")
CHAT_OVERHEAD_PER_MESSAGE = 4
"""Chat templates add a few tokens per message; 4 is the usual OpenAI rule of thumb."""
TOKENIZE_PATHS = ("/tokenize", "/v1/tokenize")
TOKENIZE_TIMEOUT = 30.0


class TokenCounter(Protocol):
    method: str

    async def count(self, text: str) -> int: ...


@runtime_checkable
class PromptCounter(Protocol):
    """A counter that can count a chat prompt as the server renders it (its chat template included)."""

    method: str

    async def count_messages(self, messages: Sequence[Mapping[str, str]]) -> int: ...


def heuristic_count(text: str) -> int:
    return len(PIECES.findall(text))


def messages_text(messages: Sequence[Mapping[str, str]]) -> str:
    return "\n".join(f"{m['role']}\n{m['content']}\n" for m in messages)


_env_lock = threading.Lock()


@contextmanager
def _tiktoken_cache(name: str) -> Iterator[None]:
    """Point tiktoken's cache at the shipped file for the duration of one load (it reads the variable then)."""
    url, _ = _ENCODINGS[name]
    with tempfile.TemporaryDirectory() as cache, _env_lock:
        os.symlink(ENCODINGS_DIR / f"{name}.tiktoken", os.path.join(cache, hashlib.sha1(url.encode()).hexdigest()))
        before = os.environ.get("TIKTOKEN_CACHE_DIR")
        os.environ["TIKTOKEN_CACHE_DIR"] = cache
        try:
            yield
        finally:
            if before is None:
                del os.environ["TIKTOKEN_CACHE_DIR"]
            else:
                os.environ["TIKTOKEN_CACHE_DIR"] = before


_load_lock = threading.Lock()


def shipped_tiktoken(name: str) -> Callable[[str], int] | None:
    """A tiktoken encoding loaded from the shipped file, or None (no tiktoken, file missing or altered).

    Loaded once per process (about a second of CPU for o200k_base); callers that arrive meanwhile wait for it.
    """
    with _load_lock:
        return _load_shipped(name)


@functools.cache
def _load_shipped(name: str) -> Callable[[str], int] | None:
    path = ENCODINGS_DIR / f"{name}.tiktoken"
    if name not in _ENCODINGS or not path.exists():
        return None
    # Checked here because tiktoken answers a bad cached file by downloading a fresh one.
    if hashlib.sha256(path.read_bytes()).hexdigest() != _ENCODINGS[name][1]:
        return None
    try:
        import tiktoken

        with _tiktoken_cache(name):
            enc = tiktoken.get_encoding(name)
    except Exception:  # noqa: BLE001 - any failure to load means: count another way
        return None
    return lambda text: len(enc.encode(text, disallowed_special=()))


def encoding_for(model: str | None) -> str:
    """The encoding of an OpenAI model (tiktoken's own table, no network); o200k_base for anything else."""
    if model:
        try:
            import tiktoken

            name = tiktoken.encoding_name_for_model(model)
        except (ImportError, KeyError):
            return DEFAULT_ENCODING
        if name in _ENCODINGS:
            return name
    return DEFAULT_ENCODING


@dataclass
class LocalCounter:
    """Counting on this machine: a shipped tiktoken encoding, else the pre-tokenisation heuristic."""

    method: str
    _fn: Callable[[str], int]

    async def count(self, text: str) -> int:
        return self._fn(text)

    def count_sync(self, text: str) -> int:
        return self._fn(text)


def local_counter(model: str | None = None) -> LocalCounter:
    name = encoding_for(model)
    fn = shipped_tiktoken(name)
    if fn is not None:
        return LocalCounter(f"{ESTIMATED}:tiktoken/{name}", fn)
    return LocalCounter(f"{ESTIMATED}:heuristic", heuristic_count)


def _count_of(reply: Any) -> int | None:
    """``{"count": n}`` (vLLM, SGLang) or ``{"tokens": [...]}`` (llama.cpp)."""
    if not isinstance(reply, dict):
        return None
    if isinstance(reply.get("count"), int):
        return int(reply["count"])
    tokens = reply.get("tokens")
    return len(tokens) if isinstance(tokens, list) else None


class AutoCounter:
    """The server's ``/tokenize`` when it has one (probed on first use, once), else :func:`local_counter`.

    ``method`` names what counted the last call; a tokenizer that stops answering mid-run is replaced by the local
    counter for the rest of the run (the mixed methods then show in the report and in ``compare``).
    """

    def __init__(
        self, base_url: str, model: str, api_key: str = "", *, preload: bool = True, timeout: float = TOKENIZE_TIMEOUT
    ) -> None:
        self._root = server_root(base_url)
        self._timeout = min(timeout, TOKENIZE_TIMEOUT)
        """A server that hangs must not hold every sample's count longer than it may hold a stream."""
        self._model = model
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._url: str | None = None
        self._messages = False
        self._probed = False
        self._lock = asyncio.Lock()
        self.method = ""
        """Set by the probe: what counted the last call."""
        self._http: httpx2.AsyncClient | None = None
        self._hung = False
        # Load the local encoding off the event loop now, so that a count needed at Ctrl-C (a stream cut before the
        # server said anything) does not wait a second for it. Not when the server counts every chunk: then only a
        # stream cut before its first chunk needs it, and loading costs ~0.5 s of CPU in every run (measured).
        if preload:
            threading.Thread(target=shipped_tiktoken, args=(encoding_for(model),), daemon=True).start()

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    @functools.cached_property
    def _local(self) -> LocalCounter:
        return local_counter(self._model)  # loading an encoding takes a second or two: only when needed

    async def _post(self, url: str, body: dict[str, Any]) -> int | None:
        if self._http is None:  # one pool for the run: a client per call costs milliseconds of CPU (TLS context)
            self._http = httpx2.AsyncClient(timeout=self._timeout)
        try:
            # The client's timeouts are per read: a reply dripped a byte at a time would never trip them. The
            # whole call gets the same bound instead (a timer on this task: wait_for would start a task per call).
            async with asyncio.timeout(self._timeout):
                resp = await self._http.post(url, json=body, headers=self._headers)
            return _count_of(resp.json()) if resp.status_code == 200 else None
        except (httpx2.TimeoutException, TimeoutError):
            self._hung = True
            return None
        except (httpx2.HTTPError, ValueError):
            return None

    def _text_body(self, text: str) -> dict[str, Any]:
        # vLLM/SGLang read "prompt" (no BOS: a completion has none), llama.cpp reads "content"; each ignores the other.
        return {"model": self._model, "prompt": text, "content": text, "add_special_tokens": False}

    async def _probe(self) -> None:
        async with self._lock:
            if self._probed:
                return
            for path in TOKENIZE_PATHS:
                n = await self._post(self._root + path, self._text_body("Hello world, 12 + 30 = 42."))
                if n:
                    self._url = self._root + path
                    break
                if self._hung:
                    break  # a server that let one path time out will not answer the next one sooner
            if self._url is not None:
                body = {"model": self._model, "messages": [{"role": "user", "content": "Hi"}]}
                self._messages = bool(await self._post(self._url, body | {"add_generation_prompt": True}))
                self.method = SERVER_TOKENIZED
            else:
                self.method = self._local.method
            self._probed = True

    async def _server(self, body: dict[str, Any]) -> int | None:
        if not self._probed:
            await self._probe()
        if self._url is None:
            return None
        n = await self._post(self._url, body)
        if n is None:
            self._url, self.method = None, self._local.method  # gone mid-run: one method from here on
        return n

    async def count(self, text: str) -> int:
        if not text:
            if not self._probed:  # 0 either way, but ``method`` must name the counter from now on
                await self._probe()
            return 0
        n = await self._server(self._text_body(text))
        return n if n is not None else self._local.count_sync(text)

    async def count_messages(self, messages: Sequence[Mapping[str, str]]) -> int:
        """The prompt as the server renders it (chat template included) when its /tokenize takes messages."""
        if not self._probed:
            await self._probe()
        if self._url is not None and self._messages:
            body = {"model": self._model, "messages": list(messages), "add_generation_prompt": True}
            n = await self._server(body)
            if n is not None:
                return n
        return await self.count(messages_text(messages)) + CHAT_OVERHEAD_PER_MESSAGE * len(messages)


@dataclass(slots=True)
class ServerCounts:
    """What the server said about one stream's tokens, gathered chunk by chunk."""

    completion: int | None = None
    prompt: int | None = None
    cached: int | None = None
    final: bool = False
    """The closing usage object arrived (only a finished stream gets it)."""
    per_chunk: bool = False
    """Counts came with the text as it streamed: a cancelled stream is counted too."""

    def observe(self, ch: Chunk) -> None:
        if ch.completion_tokens is not None:
            self.completion = ch.completion_tokens
            self.final = self.final or ch.final_usage
            self.per_chunk = self.per_chunk or bool(ch.text)
        if ch.prompt_tokens is not None:
            self.prompt = ch.prompt_tokens
        if ch.cached_tokens is not None:
            self.cached = ch.cached_tokens


async def _count_prompt(counter: TokenCounter, messages: Sequence[Mapping[str, str]]) -> int:
    if isinstance(counter, PromptCounter):
        return await counter.count_messages(messages)
    if (count_prompt := getattr(counter, "count_prompt", None)) is not None:
        # A counter that renders the chat template as the server does (the embedded server's): exact.
        return int(await count_prompt(messages))
    return await counter.count(messages_text(messages)) + CHAT_OVERHEAD_PER_MESSAGE * len(messages)


async def fill_counts(
    usage: RequestUsage,
    counter: TokenCounter,
    messages: Sequence[Mapping[str, str]],
    text: str,
    seen: ServerCounts,
) -> None:
    """The request's counts: the server's where it gave them, else the counter's; plus the local recount that a
    comparison needs when the server counts finished streams only."""
    server_method = REPORTED if seen.final else SERVER_COUNTED
    usage.streamed_counts = seen.per_chunk
    usage.cached_tokens = seen.cached
    if seen.completion is not None:
        usage.completion_tokens, usage.completion_method = seen.completion, server_method
    else:
        # No text (closed before its first chunk) is 0 tokens under any counter; it is asked anyway while the
        # counter names no method yet (AutoCounter before its probe), so that the row always names one.
        usage.completion_tokens = await counter.count(text) if text or not counter.method else 0
        usage.completion_method = counter.method
    if seen.prompt is not None:
        usage.prompt_tokens, usage.prompt_method = seen.prompt, server_method
    else:
        usage.prompt_tokens = await _count_prompt(counter, messages)
        usage.prompt_method = counter.method
    if seen.per_chunk or (seen.completion is None and seen.prompt is None):
        return  # every request of this server is counted one way already
    usage.local_completion_tokens = await counter.count(text) if text else 0
    usage.local_prompt_tokens = await _count_prompt(counter, messages)
    usage.local_method = counter.method
