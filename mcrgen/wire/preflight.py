"""Preflight: check the endpoint before the first token is paid for.

One ``GET {base_url}/models`` per distinct endpoint tells three things at no token cost: the server answers, it
accepts the key (vLLM, SGLang and OpenAI guard /models with the same key as completions), and it serves the model.
Servers without /models (404/405/501) are tolerated: the first real request reports what is wrong instead.
Each failure is an :class:`~mcrgen.errors.EndpointError` (exit 3) whose one line says how to fix it.
"""

from __future__ import annotations

import asyncio
import random

from mcrgen.errors import EndpointError
from mcrgen.wire.client import RequestFailed, Wire
from mcrgen.wire.failures import key_problem
from mcrgen.wire.retry import RetryPolicy

_NO_MODELS_ROUTE = (404, 405, 501)


async def check_endpoint(wire: Wire, *, api_key_env: str, policy: RetryPolicy, check_model: bool = True) -> None:
    base = wire.base_url
    rng = random.Random()
    attempt = 0
    while True:
        attempt += 1
        try:
            models = await wire.list_models()
            break
        except RequestFailed as exc:
            if exc.status in (401, 403):
                said = f"refused the API key (HTTP {exc.status})"
                if not wire.key_sent:  # nothing was sent, so nothing was refused: say which variable is missing
                    said = f"needs an API key (HTTP {exc.status}): {key_problem(api_key_env, wire.key_sent)}"
                raise EndpointError(
                    f"{base} {said}; set the environment variable {api_key_env} to a key this server accepts "
                    "(endpoint.api_key_env names the variable)"
                ) from None
            if exc.status in _NO_MODELS_ROUTE:
                return  # no /models here; nothing more can be checked for free
            if exc.status == 200:
                raise EndpointError(str(exc)) from None  # answered, but not as an OpenAI-compatible server
            if not exc.retryable or attempt > policy.max_retries:
                if exc.status is None:
                    raise EndpointError(
                        f"{base} is unreachable ({_reason(exc, len(wire.replicas) > 1)}); start the server or fix "
                        "endpoint.base_url / --base-url"
                    ) from None
                raise EndpointError(f"{base} is not ready: {exc}; check the server, then rerun") from None
            await asyncio.sleep(policy.delay(attempt, exc.retry_after, rng))
    model = wire.model
    if check_model and models and model not in models:
        shown = ", ".join(sorted(models)[:8]) + (", ..." if len(models) > 8 else "")
        raise EndpointError(
            f"model {model!r} is not served by {base} (it serves: {shown}); set endpoint.model or pass --model"
        )


def _reason(exc: RequestFailed, replicas: bool = False) -> str:
    """Why a server could not be reached; with replicas, which of them it was ("cannot reach URL: cause")."""
    text = str(exc)
    if replicas or not (text.startswith("cannot reach") and ": " in text):
        return text
    return text.split(": ", 1)[1]
