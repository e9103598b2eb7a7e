"""Counting tokens the server did not report, without ever touching the network.

``tiktoken`` downloads its encoding files on first use, which fails offline and would leak a request from a
"local" run. So it is used only when an encoding is already in its cache (``TIKTOKEN_CACHE_DIR``); otherwise
a documented heuristic stands in, and the label says which one was used.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from mcrgen.accounting import ESTIMATED

_ENCODING_URLS = {
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
}
# GPT-style pre-tokenisation: words, digit runs of up to 3, single punctuation, runs of whitespace. On English
# math text it lands within about 10-15% of BPE counts; it is only used when nothing exact is available.
_PIECES = re.compile(r"'s|'t|'re|'ve|'m|'ll|'d| ?[A-Za-z]+| ?\d{1,3}| ?[^\sA-Za-z\d]+|\s+(?!\S)|\s+")


class TokenCounter(Protocol):
    method: str

    async def count(self, text: str) -> int: ...


def _cached_tiktoken(name: str) -> Callable[[str], int] | None:
    cache_dir = os.environ.get("TIKTOKEN_CACHE_DIR") or os.environ.get("DATA_GYM_CACHE_DIR")
    if cache_dir is None:
        cache_dir = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if not cache_dir:
        return None
    key = hashlib.sha1(_ENCODING_URLS[name].encode()).hexdigest()
    if not os.path.exists(os.path.join(cache_dir, key)):
        return None  # loading would download: refuse
    try:
        import tiktoken

        enc = tiktoken.get_encoding(name)
    except Exception:  # a corrupt cache makes tiktoken try to re-download; fall back instead
        return None
    return lambda text: len(enc.encode(text, disallowed_special=()))


@dataclass
class LocalCounter:
    """Offline estimate: a cached tiktoken encoding if one exists, else the pre-tokenisation heuristic."""

    method: str
    _fn: Callable[[str], int]

    async def count(self, text: str) -> int:
        return self._fn(text)

    def count_sync(self, text: str) -> int:
        return self._fn(text)


def heuristic_count(text: str) -> int:
    return len(_PIECES.findall(text))


def local_counter() -> LocalCounter:
    for name in _ENCODING_URLS:
        fn = _cached_tiktoken(name)
        if fn is not None:
            return LocalCounter(f"{ESTIMATED}:tiktoken/{name}", fn)
    return LocalCounter(f"{ESTIMATED}:heuristic", heuristic_count)


def messages_text(messages: Sequence[dict[str, Any]]) -> str:
    # Chat templates add a few tokens per message; 4 per message is the usual OpenAI rule of thumb.
    return "\n".join(f"{m['role']}\n{m['content']}\n" for m in messages)


CHAT_OVERHEAD_PER_MESSAGE = 4
