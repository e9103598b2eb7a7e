"""`mcrgen push` to a Hub that accepts the connection and then never answers (or answers 200 and never sends the
body) hung forever: huggingface_hub's HTTP client has no timeout. Now each request waits at most
``MCRGEN_HUB_TIMEOUT`` seconds (default 60), then the command ends with the "cannot reach the Hub" line and exit 3.

The Hub here is a real socket server on 127.0.0.1 that stalls; the command runs as a subprocess so that a hang
fails the test instead of stopping the suite."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import steps_script, write_recipe
from tests.support.cli_run import ENDPOINT, one_error, run_cli
from tests.support.runs import command_env

TOKEN = "hf_STALLtoken0123456789abcdef"


class StallingHub:
    """Accepts every connection, reads the request head, then says nothing (``headers=False``) or sends a 200 head
    announcing a body it never sends (``headers=True``), until stopped."""

    def __init__(self, *, headers: bool) -> None:
        self.headers = headers
        self.connections = 0
        self._stop = threading.Event()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self.endpoint = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            t = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(t)
            t.start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(0.1)
            head = b""
            while b"\r\n\r\n" not in head and not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                if not chunk:
                    return
                head += chunk
            if self.headers:
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            self._stop.wait()  # the stall: the connection stays open, nothing more comes

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()
        for t in self._threads:
            t.join(5)


@pytest.fixture
def run(tmp_path: Path, scripted: Any) -> Path:
    server = scripted(steps_script(bad_every=3, steps=8))
    recipe = write_recipe(tmp_path, endpoint=ENDPOINT, budget={"samples": 3})
    out = tmp_path / "run"
    code, lines = run_cli(["generate", str(recipe), "--out", str(out), "--base-url", server.base_url])
    assert code == 0, lines
    return out


@pytest.fixture(params=[False, True], ids=["silent", "headers-then-silent"])
def stalling(request: pytest.FixtureRequest) -> Iterator[StallingHub]:
    hub = StallingHub(headers=request.param)
    yield hub
    hub.stop()


def _push_env(tmp_path: Path, endpoint: str, **extra: str) -> dict[str, str]:
    env = command_env()
    for name in ("HF_HUB_OFFLINE", "HF_TOKEN_PATH", "MCRGEN_HUB_TIMEOUT", "HUGGING_FACE_HUB_TOKEN"):
        env.pop(name, None)
    env |= {
        "HF_ENDPOINT": endpoint,
        "HF_TOKEN": TOKEN,
        "HF_HOME": str(tmp_path / "hf-home"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "HF_HUB_DISABLE_XET": "1",
        **extra,
    }
    return env


def test_push_to_a_hub_that_never_answers_ends_with_exit_3(tmp_path: Path, run: Path, stalling: StallingHub) -> None:
    env = _push_env(tmp_path, stalling.endpoint, MCRGEN_HUB_TIMEOUT="1")
    started = time.monotonic()
    res = subprocess.run(
        [sys.executable, "-m", "mcrgen", "push", str(run), "alice/x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # before the fix: a hang, stopped here
    )
    took = time.monotonic() - started
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    one_error(res.returncode, lines, 3, f"cannot reach the Hub at {stalling.endpoint}", "MCRGEN_HUB_TIMEOUT")
    assert len(lines) == 1, lines
    assert TOKEN not in res.stderr and "Traceback" not in res.stderr
    assert stalling.connections >= 1
    assert took < 30, took


@pytest.mark.parametrize("value", ["soon", "0", "-3", "nan", "inf", "1e9"])
def test_a_hub_timeout_that_is_no_number_of_seconds_is_exit_2(
    tmp_path: Path, run: Path, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = StallingHub(headers=False)
    try:
        for name, setting in _push_env(tmp_path, hub.endpoint, MCRGEN_HUB_TIMEOUT=value).items():
            monkeypatch.setenv(name, setting)
        code, lines = run_cli(["push", str(run), "alice/x"])
    finally:
        hub.stop()
    one_error(code, lines, 2, "MCRGEN_HUB_TIMEOUT", repr(value))
    assert hub.connections == 0  # said before the Hub is asked


def test_the_hub_timeout_defaults_to_60_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    from mcrgen.publish.hub import hub_timeout

    monkeypatch.delenv("MCRGEN_HUB_TIMEOUT", raising=False)
    assert hub_timeout() == 60
    monkeypatch.setenv("MCRGEN_HUB_TIMEOUT", " 2.5 ")
    assert hub_timeout() == 2.5
