"""Where each token of a text ends, so that the offline audit counts tokens as a live stream does.

A live stream delivers tokens, and token gates (``runaway_length``) compare the count delivered with the stage's
``expected_tokens``. The audit replays texts in small chunks of chars; the token count at each chunk end is the
number of real tokens needed to show that many chars, from the encoding the engine itself counts with on this
machine (:func:`mcrgen.engine.tokens.shipped_tiktoken`: the ``o200k_base`` file shipped in the package, never a
download), else the engine's documented pre-tokenisation heuristic.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate

from mcrgen.engine.tokens import DEFAULT_ENCODING, PIECES, shipped_tiktoken

TokenEnds = Callable[[str], list[int]]
"""A text -> the char offset where each of its tokens ends, in order (the last is ``len(text)``)."""


def heuristic_token_ends(text: str) -> list[int]:
    """The ends of the pre-tokenisation pieces the engine counts when it has no tokenizer
    (:func:`mcrgen.engine.tokens.heuristic_count`): they cover the whole text."""
    return [m.end() for m in PIECES.finditer(text)]


@functools.cache
def _shipped(name: str) -> TokenEnds | None:
    if shipped_tiktoken(name) is None:  # loads the shipped file (checked digest) into tiktoken's registry
        return None
    import tiktoken.registry

    enc = tiktoken.registry.ENCODINGS.get(name)  # not get_encoding(): on a miss that one downloads
    if enc is None:
        return None

    def ends(text: str) -> list[int]:
        tokens = enc.encode(text, disallowed_special=())
        if text.isascii():  # one byte per char: a token's chars are its bytes
            return list(accumulate(len(b) for b in enc.decode_tokens_bytes(tokens)))
        _, starts = enc.decode_with_offsets(tokens)  # a token that starts inside a char starts at that char
        return [*starts[1:], len(text)] if tokens else []

    return ends


def token_ends_for(name: str = DEFAULT_ENCODING) -> tuple[str, TokenEnds]:
    """``(method, token_ends)``: the shipped tiktoken encoding ``name``, else the heuristic."""
    shipped = _shipped(name)
    if shipped is None:
        return "heuristic", heuristic_token_ends
    return f"tiktoken/{name}", _safe(shipped)


def _safe(shipped: TokenEnds) -> TokenEnds:
    def ends(text: str) -> list[int]:
        try:
            return shipped(text)
        except ValueError:  # text tiktoken cannot decode back (lone surrogates): count it the heuristic way
            return heuristic_token_ends(text)

    return ends


def tokens_at(token_ends: Sequence[int], chars: int) -> int:
    """Tokens needed to show the first ``chars`` chars: the first token that ends at or after them, counted."""
    return min(len(token_ends), bisect_left(token_ends, chars) + 1) if chars > 0 else 0
