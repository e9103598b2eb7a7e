from __future__ import annotations

import signal
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.scripted_server import Reply, Script, ScriptedServer

# The tests that send SIGINT to an mcrgen process stand for a user's Ctrl-C at a terminal. A runner that starts the
# suite as a background job of a script (``bash .ci/run &``) starts it with SIGINT ignored, and every process the
# tests start would inherit that; mcrgen leaves an ignored SIGINT ignored (stop 49), as Python does, so those tests
# would then test the background job instead. A handler set here is reset to the default in every child at exec.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parents[1]
_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    if (
        isinstance(host, str)
        and not (host.startswith("127.") or host in ("::1", "localhost"))
        and self.family
        in (
            socket.AF_INET,
            socket.AF_INET6,
        )
    ):
        raise RuntimeError(f"test tried to reach {address}: nothing may leave the machine")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that opens a socket to anything but loopback."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


@pytest.fixture
def scripted() -> Iterator[Any]:
    """Factory: scripted(script) -> a started ScriptedServer, stopped after the test."""
    servers: list[ScriptedServer] = []

    def make(script: Script, **kw: Any) -> ScriptedServer:
        srv = ScriptedServer(script, **kw).start()
        servers.append(srv)
        return srv

    yield make
    for s in servers:
        s.stop()


def write_recipe(tmp_path: Path, base: str = "tiny.yaml", **changes: Any) -> Path:
    """Copy a fixture recipe with top-level (or dotted 'a.b') keys changed."""
    data = yaml.safe_load((ROOT / "tests" / "fixtures" / base).read_text())
    for key, value in changes.items():
        node = data
        parts = key.split("__")
        for p in parts[:-1]:
            node = node[int(p)] if isinstance(node, list) else node.setdefault(p, {})
        if isinstance(node, list):
            node[int(parts[-1])] = value
        else:
            node[parts[-1]] = value
    path = tmp_path / "recipe.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def steps_script(bad_every: int = 2, steps: int = 20, bad_step: int = 5, delay: float = 0.0, **reply: Any) -> Script:
    """Problems 'Problem i: ...?'; solutions of `steps` lines; every `bad_every`-th sample has a WRONG line."""

    def script(body: dict[str, Any], n: int) -> Reply:
        msg = body["messages"][-1]["content"]
        if msg.startswith("Write"):
            i = int(msg.split()[-1])
            return Reply(f"Problem {i}: how many apples are left?")
        i = int(msg.split("Problem ")[1].split(":")[0])
        lines = [f"Step {k}: 2 + 2 = 4.\n" for k in range(steps)]
        if bad_every and i % bad_every == 1:
            lines[bad_step] = "Step 5: this is WRONG.\n"
        return Reply("".join(lines) + "ANSWER 4", delay=delay, **reply)

    return script


def eventually(predicate: Any, timeout: float = 3.0) -> bool:
    """Poll ``predicate`` until it holds or ``timeout`` passes: the server notices a hang-up on its own clock."""
    import time

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """llama-cpp-python opens two /dev/null files at import and never closes them: close them before exit so the
    interpreter does not end the test run with two ResourceWarnings about a third-party leak."""
    import sys

    utils = sys.modules.get("llama_cpp._utils")
    for name in ("outnull_file", "errnull_file"):
        f = getattr(utils, name, None)
        if f is not None:
            f.close()
