"""The run's connections: the recipe's endpoint and any stage's own, their preflight, and the retry policy.

Shared by the in-process runner and each worker process of ``--workers N`` (:mod:`mcrgen.engine.worker_main`).
"""

from __future__ import annotations

import os

from mcrgen.engine.tokens import AutoCounter
from mcrgen.recipe.loader import Recipe, Stage
from mcrgen.wire.client import Wire
from mcrgen.wire.preflight import check_endpoint
from mcrgen.wire.retry import RetryPolicy

__all__ = ["Endpoints", "api_key", "auto_counter", "policy_of", "preflight"]


def api_key(variable: str) -> str:
    """The key in ``variable``, without the blanks around it: a key read from a file ends in a newline, which no
    HTTP header may carry (the load check refuses one inside). Every request that sends it reads it here: the
    chat requests, /tokenize and /metrics."""
    return os.environ.get(variable, "").strip()


class Endpoints:
    """The recipe's connection, plus one per stage that names its own endpoint (e.g. a judge on another server)."""

    def __init__(self, recipe: Recipe, base_url: str | None) -> None:
        # A missing key is fine for local servers (the wire sends a placeholder, and says so if one is refused).
        self.main = Wire(recipe.endpoint, api_key(recipe.endpoint.api_key_env), base_url=base_url)
        self.by_stage = {
            s.name: Wire(s.endpoint, api_key(s.endpoint.api_key_env)) for s in recipe.stages if s.endpoint is not None
        }

    def for_stage(self, stage: Stage) -> Wire:
        return self.by_stage.get(stage.name, self.main)

    async def aclose(self) -> None:
        await self.main.aclose()
        for w in self.by_stage.values():
            await w.aclose()


def auto_counter(recipe: Recipe, endpoints: Endpoints) -> AutoCounter:
    """The counter for what the recipe's server does not count: its /tokenize (probed on first use, waiting no
    longer than a stream may stall), else local. The local encoding is preloaded unless the server counts every
    chunk (then only a rare stream needs it)."""
    key = api_key(recipe.endpoint.api_key_env)
    first = endpoints.main.replicas.items[0].url
    preload = recipe.endpoint.usage != "continuous"
    return AutoCounter(first, endpoints.main.model, key, preload=preload, timeout=recipe.endpoint.stall_timeout)


async def preflight(endpoints: Endpoints, recipe: Recipe, *, local: bool) -> None:
    """Check every distinct endpoint once (the recipe's and any stage's own)."""
    seen: set[tuple[str, str]] = set()
    checks = [(endpoints.main, recipe.endpoint.api_key_env)] + [
        (w, s.endpoint.api_key_env) for s in recipe.stages if s.endpoint and (w := endpoints.by_stage.get(s.name))
    ]
    for wire, env in checks:
        key = (wire.base_url, wire.model)
        if key in seen:
            continue
        seen.add(key)
        # The embedded server serves whatever model it loaded under the name we gave it: no model check.
        await check_endpoint(
            wire, api_key_env=env, policy=policy_of(recipe), check_model=not (local and wire is endpoints.main)
        )


def policy_of(recipe: Recipe) -> RetryPolicy:
    ep = recipe.endpoint
    return RetryPolicy(ep.max_retries, ep.retry_initial_delay, ep.retry_max_delay)
