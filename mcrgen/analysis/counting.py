"""One counting method per comparison: which counts of each request a figure that subtracts or divides may use.

A run against a server that reports usage only at the end of a finished stream holds two kinds of counts: the
server's for finished streams and a local count for cancelled ones. Subtracting one mode's total from the other's
then compares different rulers (a heuristic that overcounts by 15% turns a real saving negative). So a comparison
first picks one method that covers *every* request of *both* runs, best first:

1. ``server``: the server counted every request (``reported`` or ``server-counted``);
2. the server's own tokenizer (``server-tokenized``), then a shipped tiktoken encoding, then the heuristic: each
   request's primary count if made that way, else its ``local_*`` recount (recorded by the engine whenever the
   server counts finished streams only).

Runs where no method covers everything (written before the engine recorded recounts) get ``method: None`` and no
subtracted figures at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from mcrgen.accounting import ESTIMATED, REPORTED, SERVER_COUNTED, SERVER_TOKENIZED

SERVER = "server"
SERVER_METHODS = (REPORTED, SERVER_COUNTED)
LABELS = {
    SERVER: "the server's own usage counts",
    SERVER_TOKENIZED: "the server's tokenizer (/tokenize) on every prompt and completion",
    f"{ESTIMATED}:heuristic": "a local heuristic on every prompt and completion (approximate)",
}


def label(method: str | None) -> str:
    if method is None:
        return "no single method counts every request of both runs"
    if method.startswith(f"{ESTIMATED}:tiktoken/"):
        return f"tiktoken {method.split('/', 1)[1]} on every prompt and completion (approximate for non-OpenAI models)"
    return LABELS.get(method, method)


def _nothing_to_count(u: Mapping[str, Any]) -> bool:
    """A request refused before any token: zero under every method."""
    return not int(u.get("prompt_tokens", 0)) and not int(u.get("completion_tokens", 0))


def methods_of(u: Mapping[str, Any]) -> set[str]:
    """The methods under which this request has both a prompt and a completion count."""
    pm, cm = u.get("prompt_method", ESTIMATED), u.get("completion_method", ESTIMATED)
    out: set[str] = set()
    if pm in SERVER_METHODS and cm in SERVER_METHODS:
        out.add(SERVER)
    elif pm == cm:
        out.add(str(pm))
    if u.get("local_method"):
        out.add(str(u["local_method"]))
    return out


def _rank(method: str) -> tuple[int, str]:
    if method == SERVER:
        return (0, method)
    if method == SERVER_TOKENIZED:
        return (1, method)
    if method.startswith(f"{ESTIMATED}:tiktoken/"):
        return (2, method)
    return (3, method)


@dataclass(frozen=True, slots=True)
class Counting:
    method: str | None
    requests: int = 0

    def counts(self, u: Mapping[str, Any]) -> tuple[int, int]:
        """(prompt, completion) of one request under this method (its primary counts when method is None)."""
        primary = int(u.get("prompt_tokens", 0)), int(u.get("completion_tokens", 0))
        if self.method is None or _nothing_to_count(u) or self.method in methods_of(u) - {u.get("local_method")}:
            return primary
        if u.get("local_method") == self.method:
            return int(u.get("local_prompt_tokens") or 0), int(u.get("local_completion_tokens") or 0)
        return primary

    def total(self, u: Mapping[str, Any]) -> int:
        p, c = self.counts(u)
        return p + c

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "label": label(self.method), "requests": self.requests}


def choose(usages: Iterable[Mapping[str, Any]]) -> Counting:
    """The best method that counts every request given (the usage entries of both runs)."""
    common: set[str] | None = None
    n = 0
    for u in usages:
        n += 1
        if _nothing_to_count(u):
            continue
        have = methods_of(u)
        common = have if common is None else common & have
    if common is None:
        return Counting(SERVER, n)
    return Counting(min(common, key=_rank) if common else None, n)


def usages_of(rows: Iterable[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
    for row in rows:
        yield from row.get("usage", [])
