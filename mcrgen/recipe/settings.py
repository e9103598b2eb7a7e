"""Settings resolved before the recipe's value types are built: which value wins, and the endpoint's own knobs.

A setting resolves as CLI flag > environment (``OPENAI_BASE_URL``) > recipe > default. The flags and the
environment are written into the recipe's dict here, so recipe.resolved.yaml records what the run really used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mcrgen.errors import RecipeError
from mcrgen.recipe import bounds
from mcrgen.recipe.values import Prices

LOCAL = "local"
"""``endpoint.base_url: local``: the embedded model server (the default when nothing names a server)."""


def apply_overrides(
    raw: dict[str, Any],
    env: Mapping[str, str],
    *,
    base_url: str | None,
    model: str | None,
    concurrency: int | None,
    seed: int | None,
    limit: int | None,
) -> None:
    """Write the flags (and ``OPENAI_BASE_URL`` when no flag names a server) into ``raw``; make sure it has
    ``endpoint`` and ``budget`` sections, with ``endpoint.base_url`` set."""
    ep = raw.setdefault("endpoint", {})
    # A bad URL is blamed on where it came from, not on the recipe file.
    if base_url is not None:
        base_urls(base_url, "--base-url")
        ep["base_url"] = base_url
    elif env.get("OPENAI_BASE_URL"):
        base_urls(env["OPENAI_BASE_URL"], "OPENAI_BASE_URL")
        ep["base_url"] = env["OPENAI_BASE_URL"]
    ep.setdefault("base_url", LOCAL)
    if model is not None:
        ep["model"] = model
    if concurrency is not None:
        if concurrency < 1:
            raise RecipeError("--concurrency must be at least 1")
        ep["concurrency"] = concurrency
    if seed is not None:
        raw["seed"] = seed
    budget = raw.setdefault("budget", {})
    if limit is not None:
        if limit < 1:
            raise RecipeError("--limit must be at least 1")
        budget["samples"] = limit


def base_urls(value: str | list[str], where: str) -> tuple[str, ...]:
    """``base_url`` as one URL, a list of replicas, or (from a flag or OPENAI_BASE_URL) a comma-separated list."""
    items = value if isinstance(value, list) else str(value).split(",")
    urls = tuple(u.strip().rstrip("/") for u in items if u.strip())
    urls = tuple(u if u == LOCAL else bounds.check_url(u, where) for u in urls)
    if not urls:
        raise RecipeError(f"{where}: endpoint.base_url is empty")
    if len(urls) > 1 and LOCAL in urls:
        raise RecipeError(f"{where}: endpoint.base_url 'local' cannot be one of several replicas")
    return urls


def reliability(ep: Mapping[str, Any]) -> dict[str, Any]:
    """Retry, circuit-breaker and price settings of the endpoint section (defaults documented in the schema)."""
    retry = ep.get("retry", {})
    breaker = ep.get("circuit_breaker", {})
    price = ep.get("price_per_million")
    return {
        "retry_initial_delay": float(retry.get("initial_delay", 0.5)),
        "retry_max_delay": float(retry.get("max_delay", 30.0)),
        "breaker_failures": int(breaker.get("failures", 10)),
        "breaker_pause": float(breaker.get("pause", 30.0)),
        "breaker_max_pauses": int(breaker.get("max_pauses", 3)),
        "prices": Prices(float(price["prompt"]), float(price["completion"])) if price else None,
    }
