"""The wire's own connections against a blocking socket server in a thread: keep-alive reuse, replies that close,
the synchronous abort (the FIN is out before the task yields), the pool's bound, non-2xx replies."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mcrgen.recipe.loader import Endpoint
from mcrgen.wire.client import ChatRequest, RequestFailed, Wire


def _event(text: str | None, finish: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    data = b"data: " + json.dumps({"choices": [{"delta": delta, "finish_reason": finish}]}).encode() + b"\n\n"
    return b"%x\r\n%s\r\n" % (len(data), data)


def _reply(words: list[str], *, close: bool = False) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
    head += b"Connection: close\r\n\r\n" if close else b"\r\n"
    body = b"".join(_event(w) for w in words) + _event(None, "stop")
    return head + body + b"%x\r\ndata: [DONE]\n\n\r\n0\r\n\r\n" % len(b"data: [DONE]\n\n")


class Server:
    """Answers each request on a connection with ``reply(n)`` (n counts requests over all connections); records
    connections and the moment each one saw the client's FIN."""

    def __init__(
        self,
        reply: Callable[[int], bytes],
        *,
        hold: bool = False,
        tls: ssl.SSLContext | None = None,
        answers_per_connection: int | None = None,
        close_when_idle: bool = False,
    ) -> None:
        self.reply, self.hold, self.tls = reply, hold, tls
        self.answers_per_connection = answers_per_connection
        """After this many replies on a connection, the next request on it is read and the connection closed
        unanswered: a keep-alive timeout that fires just as the client sends (uvicorn's, vLLM's: 5 s)."""
        self.dropped = 0
        self.close_when_idle = close_when_idle
        """Close at once after the last reply instead (a FIN that reaches the idle connection in the pool)."""
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.requests = 0
        self.fin = threading.Event()
        self._threads: list[threading.Thread] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            t = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            t.start()
            self._threads.append(t)

    def _serve(self, conn: socket.socket) -> None:
        buf = b""
        answered = 0
        with conn:
            while True:
                while b"\r\n\r\n" not in buf:
                    try:
                        data = conn.recv(65536)
                    except OSError:  # a TLS peer that shut its socket without close_notify
                        data = b""
                    if not data:
                        self.fin.set()
                        return
                    buf += data
                head, _, rest = buf.partition(b"\r\n\r\n")
                length = int(
                    next(
                        v
                        for k, _, v in (ln.partition(b":") for ln in head.split(b"\r\n"))
                        if k.lower() == b"content-length"
                    )
                )
                while len(rest) < length:
                    rest += conn.recv(65536)
                buf = rest[length:]
                if self.answers_per_connection is not None and answered >= self.answers_per_connection:
                    self.dropped += 1
                    return
                answered += 1
                n = self.requests
                self.requests += 1
                conn.sendall(self.reply(n))
                if self.close_when_idle and answered == self.answers_per_connection:
                    return
                if self.hold:  # keep the stream open: only the client's FIN ends it
                    try:
                        while conn.recv(65536):
                            pass
                    except OSError:
                        pass
                    self.fin.set()
                    return

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def server_factory() -> Iterator[Callable[..., Server]]:
    made: list[Server] = []

    def make(reply: Callable[[int], bytes], **kw: Any) -> Server:
        made.append(Server(reply, **kw))
        return made[-1]

    yield make
    for s in made:
        s.close()


def _wire(url: str, concurrency: int = 4, request_timeout: float = 30.0) -> Wire:
    return Wire(Endpoint(url, "m", "X", concurrency, "none", request_timeout, 10.0, 0, {}), "sk-test-key")


async def _read_all(wire: Wire, prompt: str = "hi") -> str:
    async with wire.stream(ChatRequest([{"role": "user", "content": prompt}], 50, 0.0)) as events:
        return "".join([ch.text async for ch in events])


def _read_in_turn(url: str, n: int) -> list[str]:
    """``n`` streams read one after the other on one wire (so each may reuse the previous one's connection)."""

    async def run() -> list[str]:
        wire = _wire(url)
        try:
            return [await _read_all(wire) for _ in range(n)]
        finally:
            await wire.aclose()

    return asyncio.run(run())


def test_a_reply_read_to_its_end_leaves_its_connection_for_the_next(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["a", "b", str(n)]))

    assert _read_in_turn(srv.url, 3) == ["ab0", "ab1", "ab2"]
    assert srv.connections == 1


def test_a_reply_that_says_close_is_not_reused(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["x"], close=True))

    assert _read_in_turn(srv.url, 3) == ["x", "x", "x"]
    assert srv.connections == 3


def test_abort_sends_the_fin_before_the_task_yields(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["one"])[:-60], hold=True)  # no end: the stream stays open

    async def run() -> bool:
        wire = _wire(srv.url)
        try:
            async with wire.stream(ChatRequest([{"role": "user", "content": "hi"}], 50, 0.0)) as events:
                async for _ in events:
                    events.abort()
                    # The event loop is blocked from here on: only a FIN already sent can reach the server.
                    return srv.fin.wait(5)
            return False
        finally:
            await wire.aclose()

    assert asyncio.run(run()), "the server did not see the FIN while the client task still held the loop"


def test_the_pool_bounds_open_streams_and_a_wait_for_a_connection(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["held"])[:-60], hold=True)

    async def run() -> RequestFailed:
        wire = _wire(srv.url, concurrency=1, request_timeout=0.5)  # pool: concurrency + 4 connections, 0.5 s wait
        held = asyncio.Event()
        opened = 0

        async def hold() -> None:
            nonlocal opened
            async with wire.stream(ChatRequest([{"role": "user", "content": "hi"}], 50, 0.0)) as events:
                async for _ in events:
                    opened += 1
                    await held.wait()
                    return

        tasks = [asyncio.create_task(hold()) for _ in range(5)]
        while opened < 5:
            await asyncio.sleep(0.01)
        try:
            with pytest.raises(RequestFailed) as err:
                await _read_all(wire)
            return err.value
        finally:
            held.set()
            await asyncio.gather(*tasks)
            await wire.aclose()

    failed = asyncio.run(run())
    assert failed.retryable and "pool" in str(failed)
    assert srv.connections == 5


def test_an_error_reply_is_a_request_failure_with_its_scrubbed_body(server_factory: Callable[..., Server]) -> None:
    body = json.dumps({"error": {"message": "bad key sk-test-key"}}).encode()
    head = b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    srv = server_factory(lambda n: head + body)

    async def run() -> RequestFailed:
        wire = _wire(srv.url)
        try:
            with pytest.raises(RequestFailed) as err:
                await _read_all(wire)
            return err.value
        finally:
            await wire.aclose()

    failed = asyncio.run(run())
    assert failed.status == 401 and not failed.retryable
    assert "refused" in str(failed) or "API key" in str(failed)
    assert "sk-test-key" not in str(failed)


def test_the_request_carries_the_sdk_headers_and_the_body(server_factory: Callable[..., Server]) -> None:
    seen: list[bytes] = []

    class Recording(Server):
        def _serve(self, conn: socket.socket) -> None:
            data = b""
            with conn:
                while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
                    data += conn.recv(65536)
                seen.append(data)
                conn.sendall(_reply(["ok"], close=True))

    srv = Recording(lambda n: b"")
    try:

        async def run() -> str:
            wire = _wire(srv.url)
            try:
                return await _read_all(wire, "héllo")
            finally:
                await wire.aclose()

        assert asyncio.run(run()) == "ok"
    finally:
        srv.close()
    head, _, body = seen[0].partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /v1/chat/completions HTTP/1.1"
    headers = {k.lower(): v.strip() for k, _, v in (ln.partition(b":") for ln in lines[1:])}
    assert headers[b"authorization"] == b"Bearer sk-test-key"
    assert headers[b"accept"] == b"text/event-stream" and headers[b"accept-encoding"] == b"identity"
    assert headers[b"user-agent"].startswith(b"AsyncOpenAI/Python") and b"x-stainless-lang" in headers
    assert int(headers[b"content-length"]) == len(body)
    sent = json.loads(body)
    assert sent["messages"] == [{"role": "user", "content": "héllo"}] and sent["stream"] is True


def test_https_streams_and_aborts(server_factory: Callable[..., Server], tmp_path: Path) -> None:
    """TLS on the same Protocol: a stream read to its end, then one closed by abort (the FIN still leaves before the
    task yields: the socket under TLS is shut down)."""
    if shutil.which("openssl") is None:
        pytest.skip("no openssl binary to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert)]
        + ["-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    full = server_factory(lambda n: _reply(["se", "cure"]), tls=server_tls)
    held = server_factory(lambda n: _reply(["one"])[:-60], hold=True, tls=server_tls)

    async def run() -> tuple[str, bool]:
        wires = [_wire(full.url.replace("http:", "https:")), _wire(held.url.replace("http:", "https:"))]
        for wire in wires:
            assert wire._transport is not None
            wire._transport.pool.ssl_context = ssl.create_default_context(cafile=str(cert))
        try:
            text = await _read_all(wires[0])
            async with wires[1].stream(ChatRequest([{"role": "user", "content": "hi"}], 50, 0.0)) as events:
                async for _ in events:
                    events.abort()
                    return text, held.fin.wait(5)
            return text, False
        finally:
            for wire in wires:
                await wire.aclose()

    assert asyncio.run(run()) == ("secure", True)


def test_an_idle_connection_past_its_expiry_is_not_reused(
    server_factory: Callable[..., Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    import mcrgen.wire.transport as transport

    monkeypatch.setattr(transport, "KEEPALIVE_EXPIRY", 0.05)
    srv = server_factory(lambda n: _reply(["k"]))

    async def run() -> None:
        wire = _wire(srv.url)
        try:
            await _read_all(wire)
            await _read_all(wire)  # at once: the same connection
            await asyncio.sleep(0.1)
            await _read_all(wire)  # after the expiry: a new one
        finally:
            await wire.aclose()

    asyncio.run(run())
    assert srv.connections == 2


def test_a_kept_alive_connection_the_server_drops_unanswered_is_retried_on_a_new_one(
    server_factory: Callable[..., Server],
) -> None:
    # The server closes each connection when a second request arrives on it, without a byte of reply: the race
    # of a keep-alive timeout against the client's reuse. The request never reached the engine, so it is sent
    # again on a fresh connection, unseen by the caller (no failed attempt, no error row).
    srv = server_factory(lambda n: _reply(["r", str(n)]), answers_per_connection=1)

    assert _read_in_turn(srv.url, 3) == ["r0", "r1", "r2"]
    assert srv.dropped == 2 and srv.connections == 3


def test_a_request_is_sent_at_most_three_times_the_last_on_a_new_connection(
    server_factory: Callable[..., Server],
) -> None:
    srv = server_factory(lambda n: _reply(["s", str(n)]), answers_per_connection=1)

    async def run() -> list[str]:
        wire = _wire(srv.url, concurrency=4)
        try:
            first = await asyncio.gather(*(_read_all(wire) for _ in range(4)))  # 4 connections, each used once
            return [*first, await _read_all(wire)]
        finally:
            await wire.aclose()

    replies = asyncio.run(run())
    assert sorted(replies[:4]) == ["s0", "s1", "s2", "s3"] and replies[4] == "s4"
    # Two idle connections dropped the request, then a new one (not the two other idle ones) answered it.
    assert srv.dropped == 2 and srv.connections == 5


def test_a_fresh_connection_closed_unanswered_is_a_failure_not_a_retry(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["x"]), answers_per_connection=0)

    with pytest.raises(RequestFailed):
        _read_in_turn(srv.url, 1)
    assert srv.dropped == 1  # sent once: only a reused connection is suspect


def test_an_idle_connection_the_server_closed_is_not_reused(server_factory: Callable[..., Server]) -> None:
    srv = server_factory(lambda n: _reply(["c"]), answers_per_connection=1, close_when_idle=True)

    async def run() -> None:
        wire = _wire(srv.url)
        try:
            await _read_all(wire)
            await asyncio.sleep(0.05)
            await _read_all(wire)
        finally:
            await wire.aclose()

    asyncio.run(run())
    assert srv.connections == 2 and srv.dropped == 0


def test_with_a_proxy_the_stock_transport_carries_the_stream(
    server_factory: Callable[..., Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    """mcrgen's connections know no proxies: with one configured the SDK sends on httpx's transport, and the same
    reader reads its raw body. The test server plays the proxy (it answers whatever the request line names)."""
    proxy = server_factory(lambda n: _reply(["via", " proxy"]))
    for name in ("NO_PROXY", "no_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")

    async def run() -> str:
        wire = _wire("http://127.0.0.1:9/v1")  # never contacted: everything goes to the proxy
        assert wire._transport is None
        try:
            return await _read_all(wire)
        finally:
            await wire.aclose()

    assert asyncio.run(run()) == "via proxy"
    assert proxy.requests == 1


def test_without_a_prepared_head_the_sdk_sends_on_the_same_connections(
    server_factory: Callable[..., Server], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SDK whose internals differ (prepare_post gives None): every request goes through ``AsyncOpenAI.post``, on
    mcrgen's transport, and the reply is still read on its Protocol; an error reply maps as before."""
    import mcrgen.wire.client as client

    monkeypatch.setattr(client, "prepare_post", lambda *a: None)
    body = json.dumps({"error": "overloaded"}).encode()
    busy = b"HTTP/1.1 503 Busy\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    srv = server_factory(lambda n: busy if n == 2 else _reply(["s", "dk"]))

    async def run() -> tuple[list[str], RequestFailed]:
        wire = _wire(srv.url)
        try:
            texts = [await _read_all(wire) for _ in range(2)]
            with pytest.raises(RequestFailed) as err:
                await _read_all(wire)
            return texts, err.value
        finally:
            await wire.aclose()

    texts, failed = asyncio.run(run())
    assert texts == ["sdk", "sdk"] and srv.connections == 1
    assert failed.status == 503 and failed.retryable and "overloaded" in str(failed)


def test_the_idle_check_works_on_descriptors_past_1023() -> None:
    # select.select refuses them; at 512 streams a run's sockets get there, and every idle connection would
    # then look dead and never be reused.
    import resource

    from mcrgen.wire.http11 import Connection

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1200:
        pytest.skip(f"the hard limit on open files is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 1200), hard))

    async def run() -> tuple[int, bool, bool]:
        filler = [socket.socket() for _ in range(1030)]
        peers: list[asyncio.StreamWriter] = []
        srv = await asyncio.start_server(lambda r, w: peers.append(w), "127.0.0.1", 0)
        try:
            port = srv.sockets[0].getsockname()[1]
            conn = Connection(("http", "127.0.0.1", port))
            await asyncio.get_running_loop().create_connection(lambda: conn, "127.0.0.1", port)
            assert conn.transport is not None
            fd = conn.transport.get_extra_info("socket").fileno()
            quiet = conn.peer_has_spoken()
            conn.transport.pause_reading()  # the FIN stays in the socket, as when the loop has not run since
            while not peers:
                await asyncio.sleep(0.01)
            peers[0].close()  # the server drops the connection
            await asyncio.sleep(0.05)
            dropped = not conn.closed and conn.peer_has_spoken()
            conn.abort()
            return fd, quiet, dropped
        finally:
            for s in filler:
                s.close()
            srv.close()
            await srv.wait_closed()

    fd, quiet, dropped = asyncio.run(run())
    assert fd > 1023 and quiet is False and dropped is True
