"""What a recipe and its flags may ask for: bounded numbers, well-formed URLs, key variables that look like keys.

Every check here runs at load time, before any work, and fails in one line with exit 2 (:class:`RecipeError`).
The bounds are far above any real run and far below what would make a run hang or allocate without limit:

=====================================  ==============
``budget.samples`` / ``--limit``       10,000,000
``max_tokens`` (stage, budget)         10,000,000 per stage; 10^12 for the budget
``concurrency``                        100,000 (the schema's bound)
``request_timeout``, ``stall_timeout`` 7 days
retry delays, breaker pause            1 day
``seed`` / ``--seed``                  0 .. 2^63 - 1
=====================================  ==============
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from mcrgen.errors import RecipeError

MAX_SAMPLES = 10_000_000
MAX_STAGE_TOKENS = 10_000_000
MAX_BUDGET_TOKENS = 10**12
MAX_TIMEOUT = 7 * 86400.0
MAX_DELAY = 86400.0
MAX_SEED = (1 << 63) - 1
OWNED_FIELDS = ("model", "messages", "max_tokens", "n", "stream", "stream_options")
"""Request fields mcrgen sets itself (the wire's accounting depends on them): ``extra_body`` may not name them."""
KEY_VAR = re.compile(r"^[A-Za-z0-9_]*(?:_KEY|_TOKEN)$|^(?:API_KEY|KEY|TOKEN)$")
"""What ``api_key_env`` may name without ``--allow-key-env``: OPENAI_API_KEY, HF_TOKEN, JUDGE_KEY, ..."""


def _number(value: Any, what: str, high: float, *, low: float = 0.0) -> None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return  # the schema reports wrong types with their YAML line
    if not math.isfinite(value):
        raise RecipeError(f"{what}: {value} is not a finite number")
    if value < low:
        raise RecipeError(f"{what} must be at least {_fmt(low)} (got {_fmt(value)})")
    if value > high:
        raise RecipeError(f"{what} must be at most {_fmt(high)} (got {_fmt(value)})")


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e30 else f"{x:g}"


def check_samples(samples: int, what: str) -> None:
    """A sample count within :data:`MAX_SAMPLES`, whatever gave it."""
    _number(samples, what, MAX_SAMPLES)


def check_numbers(raw: Mapping[str, Any], where: str) -> None:
    """The recipe's numbers within the documented bounds (after the schema, before any use)."""
    ep = raw.get("endpoint") or {}
    budget = raw.get("budget") or {}
    _number(raw.get("seed"), f"{where}: seed", MAX_SEED)
    _number(budget.get("samples"), f"{where}: budget.samples", MAX_SAMPLES)
    _number(budget.get("max_tokens"), f"{where}: budget.max_tokens", MAX_BUDGET_TOKENS)
    _number(budget.get("target_accepted"), f"{where}: budget.target_accepted", MAX_SAMPLES)
    _number(budget.get("max_seconds"), f"{where}: budget.max_seconds", 365 * 86400.0)
    for section in ("seeds", "inputs"):
        value = (raw.get(section) or {}).get("path") if isinstance(raw.get(section), Mapping) else None
        if isinstance(value, str) and any(ord(c) < 32 for c in value):
            raise RecipeError(f"{where}: {section}.path contains a control character")
    endpoints = [("endpoint", ep)]
    for i, st in enumerate(raw.get("stages") or []):
        if not isinstance(st, Mapping):
            continue
        _number(st.get("max_tokens"), f"{where}: stages[{i}].max_tokens", MAX_STAGE_TOKENS)
        _number(st.get("expected_tokens"), f"{where}: stages[{i}].expected_tokens", MAX_STAGE_TOKENS)
        check_extra_body(st.get("extra_body") or {}, f"{where}: stages[{i}].extra_body")
        if isinstance(st.get("endpoint"), Mapping):
            endpoints.append((f"stages[{i}].endpoint", st["endpoint"]))
    for name, e in endpoints:
        for key in ("request_timeout", "stall_timeout"):
            _number(e.get(key), f"{where}: {name}.{key}", MAX_TIMEOUT)
        for key, value in (e.get("retry") or {}).items():
            _number(value, f"{where}: {name}.retry.{key}", MAX_DELAY)
        _number((e.get("circuit_breaker") or {}).get("pause"), f"{where}: {name}.circuit_breaker.pause", MAX_DELAY)
        check_extra_body(e.get("extra_body") or {}, f"{where}: {name}.extra_body")


def check_flags(*, limit: int | None, concurrency: int | None, seed: int | None) -> None:
    """Command-line numbers, with the flag's name in the message."""
    if limit is not None:
        _number(limit, "--limit", MAX_SAMPLES, low=1)
    if concurrency is not None:
        _number(concurrency, "--concurrency", 100_000, low=1)
    if seed is not None:
        _number(seed, "--seed", MAX_SEED)


def check_extra_body(extra: Mapping[str, Any], where: str) -> None:
    owned = sorted(k for k in extra if k in OWNED_FIELDS)
    if owned:
        raise RecipeError(
            f"{where}: {', '.join(owned)} cannot be set here: mcrgen sets {', '.join(OWNED_FIELDS)} itself"
        )


def check_url(url: str, where: str) -> str:
    """An http(s) URL with a host and a valid port, without whitespace or control characters, query or fragment;
    returns it. Messages show it without its query, fragment or password: a key is sometimes pasted there."""
    shown = _shown(url)
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        raise RecipeError(f"{where}: base URL {shown!r} contains whitespace or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise RecipeError(f"{where}: base URL {shown!r} is malformed ({_shown(str(exc))})") from None
    if parts.scheme not in ("http", "https"):
        raise RecipeError(f"{where}: base URL {shown!r} must start with http:// or https://")
    if not parts.hostname:
        raise RecipeError(f"{where}: base URL {shown!r} has no host")
    if port == 0:
        raise RecipeError(f"{where}: base URL {shown!r} has port 0")
    if "?" in url or "#" in url:
        # The client appends each request's path to the base URL as text ("/v1?k=1" + "/chat/completions"), so
        # every request would go to a broken path, with whatever the query holds (often a key) written in it.
        raise RecipeError(
            f"{where}: base URL {shown!r} has a query or a fragment ('?...', '#...'), which would end up in the middle "
            "of every request's path; drop it (a key goes in the variable endpoint.api_key_env names)"
        )
    return url


def _shown(url: str) -> str:
    """``url`` cut before any query or fragment, its user info masked whole (a password may hold "@" or a blank),
    at most 80 chars: safe to print."""
    cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
    url = url[:cut]
    host = url.find("://") + 3 if "://" in url else 0
    path = url.find("/", host)
    at = url.rfind("@", host, len(url) if path < 0 else path)
    return (url[:host] + "***" + url[at:] if at >= 0 else url)[:80]


def check_key_env(names: Iterable[str], allowed: Iterable[str], where: str) -> None:
    """Each ``api_key_env`` must name a key-like variable, unless the user allowed that name explicitly: a recipe
    from someone else must not send, say, a cloud secret as the Bearer token to a server of its choosing."""
    ok = set(allowed)
    for name in names:
        if name not in ok and not KEY_VAR.match(name):
            raise RecipeError(
                f"{where}: api_key_env {name!r} does not look like an API key variable (*_API_KEY, *_KEY, *_TOKEN); "
                f"pass --allow-key-env {name} to send its value as the API key anyway"
            )


def check_key_values(names: Iterable[str], environ: Mapping[str, str], where: str) -> None:
    """A key is sent in an HTTP header, which holds printable ASCII only: a key with a newline inside or a letter
    outside ASCII was reported as an unreachable server. Blanks around it are fine (the wire strips them: a key
    read from a file ends in a newline). Never prints the value."""
    for name in dict.fromkeys(names):
        value = environ.get(name, "").strip()
        if any(not " " <= c <= "~" for c in value):
            what = "a newline or a control character" if any(c < " " or c == "\x7f" for c in value) else "non-ASCII"
            raise RecipeError(
                f"{where}: the API key in {name} holds {what}, which an HTTP header cannot carry; set {name} to the "
                "key alone"
            )
