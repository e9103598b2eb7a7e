"""Faults, the circuit breaker, budgets and preflight, each against the scripted server over real HTTP."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from mcrgen.engine.runner import RunResult, run_recipe
from mcrgen.errors import EndpointError, RecipeError
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from mcrgen.rundir.report import write_report
from tests.conftest import eventually, steps_script, write_recipe
from tests.support.scripted_server import Reply, RequestLog, Script, ScriptedServer

FAST = {"model": "scripted", "concurrency": 4, "max_retries": 2, "retry": {"initial_delay": 0.01, "max_delay": 0.05}}


def endpoint(**kw: Any) -> dict[str, Any]:
    return {**FAST, **kw}


def run(recipe: Path, out: Path, base_url: str, **kw: Any) -> tuple[RunResult, dict[str, Any]]:
    result = asyncio.run(run_recipe(load_recipe(recipe, base_url=base_url), out, **kw))
    return result, write_report(out)


def faulty(fault: dict[str, Any], times: int = 1, **base_kw: Any) -> Script:
    """steps_script whose solution requests fail with ``fault`` the first ``times`` times each prompt is sent."""
    base = steps_script(**base_kw)
    seen: Counter[str] = Counter()

    def script(body: dict[str, Any], n: int) -> Reply:
        reply = base(body, n)
        msg = body["messages"][-1]["content"]
        if msg.startswith("Solve"):
            seen[msg] += 1
            if seen[msg] <= times:
                return dataclasses.replace(reply, **fault)
        return reply

    return script


def hung_up_on(srv: ScriptedServer) -> list[RequestLog]:
    """The solution requests mcrgen cancelled: a retry (the first attempt carried the fault) that was hung up on."""
    seen: Counter[str] = Counter()
    cut = []
    for log in srv.chat_logs():
        msg = log.body["messages"][-1]["content"]
        if msg.startswith("Solve"):
            seen[msg] += 1
            if seen[msg] > 1 and log.disconnected:
                cut.append(log)
    return cut


def rows(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {k: read_jsonl(out / f"{k}.jsonl") for k in ("accepted", "rejected", "errors")}


def outcome_by_id(out: Path) -> dict[str, str]:
    r = rows(out)
    return {row["id"]: row["outcome"] for row in r["accepted"] + r["rejected"]}


@pytest.fixture
def clean(tmp_path: Path, scripted: Any) -> dict[str, str]:
    """The outcomes of a fault-free run: every survived fault must end in exactly these."""
    srv = scripted(steps_script(bad_every=2))
    run(write_recipe(tmp_path, endpoint=endpoint()), tmp_path / "clean", srv.base_url)
    return outcome_by_id(tmp_path / "clean")


@pytest.mark.parametrize(
    "name, fault, recipe_kw",
    [
        ("5xx", {"status": 503}, {}),
        ("429 + Retry-After", {"status": 429, "headers": {"Retry-After": "0.3"}}, {}),
        ("connection reset before any token", {"disconnect_after": 0}, {}),
        ("mid-stream disconnect", {"disconnect_after": 7}, {}),
        ("malformed SSE", {"malformed_after": 4}, {}),
        ("empty response", {"text": "", "finish_reason": None}, {}),
        ("stall", {"stall_after": 3}, {"stall_timeout": 0.3}),
        # The faulty reply needs > 4 s (20+ tokens at 0.2 s); a healthy one ~0.1 s, with room for a loaded machine.
        ("total timeout", {"delay": 0.2}, {"request_timeout": 4.0}),
    ],
)
def test_fault_is_retried_and_accounted(
    tmp_path: Path, scripted: Any, clean: dict[str, str], name: str, fault: dict[str, Any], recipe_kw: dict[str, Any]
) -> None:
    srv = scripted(faulty(fault, bad_every=2, delay=0.001))  # paced, so a cancel stops the server's stream
    out = tmp_path / "r"
    t0 = time.monotonic()
    result, report = run(write_recipe(tmp_path, endpoint=endpoint(**recipe_kw)), out, srv.base_url)
    assert time.monotonic() - t0 < 60  # a hang guard, not a speed test: passes with every core busy
    # Survived: the same verdicts as without the fault, no error rows.
    assert outcome_by_id(out) == clean, name
    assert rows(out)["errors"] == []
    for row in rows(out)["accepted"] + rows(out)["rejected"]:
        sol = [u for u in row["usage"] if u["stage"] == "solution"]
        assert [u["attempts"] for u in sol] == [1, 2], name
        assert sol[0]["status"] == "error"
    # Accounted: every token the server sent is in the report, failed attempts included (continuous usage).
    # A stream mcrgen hung up on counts what it read; tokens still in the socket when it hung up were sent and
    # never read (how many depends on the machine's load), so those streams are held to "never more than sent".
    sent = sum(r.tokens_sent for r in srv.chat_logs())
    counted = report["tokens"]["total"]["completion_tokens"]
    cut = hung_up_on(srv)
    sent_cut = sum(r.tokens_sent for r in cut)
    counted_cut = sum(u["completion_tokens"] for u in read_jsonl(out / "usage.jsonl") if u["status"] == "cancelled")
    assert len(cut) == report["requests_by_status"].get("cancelled", 0)
    assert counted_cut <= sent_cut, (name, sent_cut, counted_cut)
    # A reply that times out may have had one token on the way at the deadline; every other stream is exact.
    slack = report["requests_by_status"]["error"] if name == "total timeout" else 0
    assert sent - sent_cut - slack <= counted - counted_cut <= sent - sent_cut, (name, sent, counted, sent_cut)
    assert report["requests_by_status"]["error"] == 6
    # Nothing left open on the server (a server-side abort is not logged as the client's hang-up).
    if "disconnect" not in fault and "disconnect_after" not in fault:
        assert eventually(lambda: all(r.completed or r.disconnected for r in srv.chat_logs() if r.tokens_planned)), name
    if "Retry-After" in name:
        starts: dict[str, list[float]] = {}
        for rec in srv.chat_logs():
            starts.setdefault(rec.body["messages"][-1]["content"], []).append(rec.t_start)
        gaps = [t[1] - t[0] for p, t in starts.items() if p.startswith("Solve")]
        assert gaps and min(gaps) >= 0.3, gaps


def test_length_truncation_is_never_retried(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, steps=200))
    _, report = run(write_recipe(tmp_path, endpoint=endpoint(), budget={"samples": 2}), tmp_path / "r", srv.base_url)
    assert len(srv.chat_logs()) == 4  # 2 problems + 2 solutions, no retry
    assert {r["rejection"]["reason"] for r in rows(tmp_path / "r")["rejected"]} == {"length"}
    assert report["tokens"]["total"]["completion_tokens"] == sum(r.tokens_sent for r in srv.chat_logs())


def test_retries_exhausted_leave_an_error_row_that_resume_redoes(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(faulty({"status": 500, "body": {"error": {"message": "boom"}}}, times=3, bad_every=0))
    out = tmp_path / "r"
    recipe = write_recipe(tmp_path, endpoint=endpoint(max_retries=1), budget={"samples": 2})
    _, report = run(recipe, out, srv.base_url)
    errs = rows(out)["errors"]
    assert {r["outcome"] for r in errs} == {"error"} and len(errs) == 2
    assert "HTTP 500" in errs[0]["error"]["message"] and errs[0]["error"]["stage"] == "solution"
    assert report["funnel"]["errors"] == 2 and report["funnel"]["accepted"] == 0
    first_tokens = report["tokens"]["total"]["total_tokens"]
    assert first_tokens > 0  # the problems were generated and paid for
    # Resume: the third attempt of each solution succeeds; the earlier spend stays in the totals.
    _, report = run(recipe, out, srv.base_url)
    assert report["funnel"]["accepted"] == 2 and report["funnel"]["errors"] == 0
    assert report["tokens"]["total"]["total_tokens"] > first_tokens
    assert report["tokens"]["by_outcome"]["error"]["total_tokens"] == first_tokens


def test_breaker_pauses_then_recovers(tmp_path: Path, scripted: Any) -> None:
    calls = Counter[str]()
    base = steps_script(bad_every=0)

    def script(body: dict[str, Any], n: int) -> Reply:
        calls["n"] += 1
        return Reply(status=503) if 2 <= calls["n"] <= 5 else base(body, n)

    srv = scripted(script)
    ep = endpoint(concurrency=1, max_retries=6, circuit_breaker={"failures": 3, "pause": 0.4, "max_pauses": 3})
    out = tmp_path / "r"
    _, report = run(write_recipe(tmp_path, endpoint=ep, budget={"samples": 2}), out, srv.base_url)
    assert report["funnel"]["accepted"] == 2
    starts = [r.t_start for r in srv.chat_logs()]
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert max(gaps) >= 0.4  # the pause after the third consecutive failure
    assert sum(1 for g in gaps if g >= 0.4) == 2  # 3 failures -> pause -> probe fails -> pause -> probe ok


def test_breaker_stops_a_run_on_sustained_failure(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(lambda body, n: Reply(status=503, body={"error": {"message": "overloaded"}}))
    ep = endpoint(concurrency=2, max_retries=10, circuit_breaker={"failures": 4, "pause": 0.1, "max_pauses": 1})
    out = tmp_path / "r"
    with pytest.raises(EndpointError, match="endpoint failing: .*HTTP 503.*rerun to resume") as info:
        run(write_recipe(tmp_path, endpoint=ep, budget={"samples": 6}), out, srv.base_url)
    assert "\n" not in str(info.value) and info.value.exit_code == 3
    report = write_report(out)
    assert report["stop_reason"].startswith("circuit breaker")
    assert report["funnel"]["accepted"] == report["funnel"]["rejected"] == 0
    assert len(srv.chat_logs()) < 15  # stopped early, not 6 samples x 11 attempts


def test_breaker_on_connection_refused(tmp_path: Path) -> None:
    ep = endpoint(concurrency=2, max_retries=3, circuit_breaker={"failures": 3, "pause": 0.05, "max_pauses": 1})
    with pytest.raises(EndpointError, match="Connect|connect|refused"):
        run(write_recipe(tmp_path, endpoint=ep), tmp_path / "r", "http://127.0.0.1:9/v1", preflight=False)
    assert {r["outcome"] for r in rows(tmp_path / "r")["errors"]} <= {"interrupted", "error"}


def test_401_mid_run_is_fatal_and_names_the_fix(tmp_path: Path, scripted: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-the-server-refuses-this")  # unset, the message says no key was sent
    srv = scripted(faulty({"status": 401}, times=99, bad_every=0))
    with pytest.raises(EndpointError, match="the API key in OPENAI_API_KEY was refused"):
        run(write_recipe(tmp_path, endpoint=endpoint()), tmp_path / "r", srv.base_url)


# -- budgets -------------------------------------------------------------------------------------------------


def test_max_tokens_stops_and_counts_open_streams(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, steps=8, delay=0.003))
    out = tmp_path / "r"
    recipe = write_recipe(tmp_path, endpoint=endpoint(concurrency=3), budget={"samples": 12, "max_tokens": 400})
    result, report = run(recipe, out, srv.base_url)
    assert report["stop_reason"].startswith("budget.max_tokens (400) reached")
    assert 0 < report["funnel"]["accepted"] < 12
    # The open streams were closed (the server saw the hang-up) and their tokens counted as interrupted.
    interrupted = [r for r in rows(out)["errors"] if r["outcome"] == "interrupted"]
    assert interrupted and all(r["usage"] for r in interrupted)
    assert eventually(lambda: all(r.completed or r.disconnected for r in srv.chat_logs()))
    assert report["requests_by_status"].get("interrupted", 0) >= 1
    sent = sum(r.tokens_sent for r in srv.chat_logs())
    assert sent - 2 * len(srv.chat_logs()) <= report["tokens"]["total"]["completion_tokens"] <= sent
    assert report["tokens"]["total"]["total_tokens"] >= 400
    # Resuming with the same budget does nothing; raising it goes on.
    n = len(srv.chat_logs())
    run(recipe, out, srv.base_url)
    assert len(srv.chat_logs()) == n
    run(write_recipe(tmp_path, endpoint=endpoint(concurrency=3), budget={"samples": 12}), out, srv.base_url)
    assert len(outcome_by_id(out)) == 12


def test_target_accepted(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=2, delay=0.002))
    out = tmp_path / "r"
    _, report = run(
        write_recipe(tmp_path, endpoint=endpoint(), budget={"samples": 40, "target_accepted": 5}), out, srv.base_url
    )
    assert report["funnel"]["accepted"] == 5
    assert report["stop_reason"] == "budget.target_accepted (5) reached"
    assert eventually(lambda: all(r.completed or r.disconnected for r in srv.chat_logs()))


def test_max_seconds(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, delay=0.01))
    out = tmp_path / "r"
    t0 = time.monotonic()
    _, report = run(
        write_recipe(tmp_path, endpoint=endpoint(), budget={"samples": 100, "max_seconds": 0.8}), out, srv.base_url
    )
    # A hang guard only: the budget's own stop reason and the unfinished funnel show it stopped early. A wall-clock
    # bound near the budget fails when both cores are busy (CI's load at stop 41: the run took over 3 s).
    assert time.monotonic() - t0 < 30
    assert report["stop_reason"] == "budget.max_seconds (0.8) reached"
    assert report["funnel"]["accepted"] < 100
    assert eventually(lambda: all(r.completed or r.disconnected for r in srv.chat_logs()))


def test_max_cost(tmp_path: Path, scripted: Any) -> None:
    srv = scripted(steps_script(bad_every=0, delay=0.002))
    out = tmp_path / "r"
    ep = endpoint(price_per_million={"prompt": 100.0, "completion": 1000.0})
    _, report = run(write_recipe(tmp_path, endpoint=ep, budget={"samples": 40, "max_cost": 0.5}), out, srv.base_url)
    assert report["stop_reason"].startswith("budget.max_cost (0.5) reached")
    t = report["tokens"]["total"]
    assert report["tokens"]["cost"] == pytest.approx((t["prompt_tokens"] * 100 + t["completion_tokens"] * 1000) / 1e6)
    assert report["tokens"]["cost"] >= 0.5
    assert report["funnel"]["accepted"] < 40


def test_max_cost_needs_prices(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match="price_per_million"):
        load_recipe(write_recipe(tmp_path, budget={"max_cost": 1.0}), base_url="http://127.0.0.1:1/v1")


# -- preflight -----------------------------------------------------------------------------------------------


class NoModelsServer(ScriptedServer):
    async def _route(self, method: str, path: str, headers: dict[str, str], raw: bytes, *rest: Any) -> bool:
        if path.endswith("/models"):
            await self._send(rest[1], 404, {"error": "no such route"}, {})
            return True
        return await super()._route(method, path, headers, raw, *rest)


def test_preflight_tolerates_a_server_without_models(tmp_path: Path) -> None:
    with NoModelsServer(steps_script()) as srv:
        _, report = run(
            write_recipe(tmp_path, endpoint=endpoint(), budget={"samples": 2}), tmp_path / "r", srv.base_url
        )
    assert report["funnel"]["accepted"] + report["funnel"]["rejected"] == 2


@pytest.mark.parametrize(
    "server_kw, ep, fragment",
    [
        ({"models": ("other-a", "other-b")}, {}, "model 'scripted' is not served by http://127.0.0.1:"),
        (
            {"api_key": "right-key-123"},
            {"api_key_env": "MCRGEN_TEST_KEY"},
            "refused the API key (HTTP 401); set the environment variable MCRGEN_TEST_KEY",
        ),
    ],
)
def test_preflight_fails_before_any_token(
    tmp_path: Path,
    scripted: Any,
    monkeypatch: pytest.MonkeyPatch,
    server_kw: dict[str, Any],
    ep: dict[str, Any],
    fragment: str,
) -> None:
    monkeypatch.setenv("MCRGEN_TEST_KEY", "wrong-key-456")
    srv = scripted(steps_script(), **server_kw)
    with pytest.raises(EndpointError) as info:
        run(write_recipe(tmp_path, endpoint=endpoint(**ep)), tmp_path / "r", srv.base_url)
    assert fragment in str(info.value) and "\n" not in str(info.value)
    assert "wrong-key-456" not in str(info.value)
    assert srv.chat_logs() == []
    assert not (tmp_path / "r").exists()  # the run directory it created is removed again: nothing was written


class GarbledModelsServer(ScriptedServer):
    """Says its /models reply is JSON, and sends something that does not parse."""

    async def _route(self, method: str, path: str, headers: dict[str, str], raw: bytes, *rest: Any) -> bool:
        if path.endswith("/models"):
            data = b"{{{not json"
            head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
            rest[1].write(head.encode() + data)
            await rest[1].drain()
            return True
        return await super()._route(method, path, headers, raw, *rest)


def test_preflight_names_a_reply_that_is_not_json_as_such(tmp_path: Path) -> None:
    """The server answered: it is no OpenAI-compatible server there, not an unreachable one (a new user's report)."""
    with GarbledModelsServer(steps_script()) as srv, pytest.raises(EndpointError) as info:
        run(write_recipe(tmp_path, endpoint=endpoint(max_retries=0)), tmp_path / "r", srv.base_url)
    said = str(info.value)
    assert "unreachable" not in said and "not JSON" in said and "check the base URL" in said, said
    assert srv.chat_logs() == []


def test_preflight_unreachable(tmp_path: Path) -> None:
    with pytest.raises(EndpointError, match=r"http://127.0.0.1:9/v1 is unreachable \(.+\); start the server"):
        run(write_recipe(tmp_path, endpoint=endpoint(max_retries=0)), tmp_path / "r", "http://127.0.0.1:9/v1")


def test_preflight_with_replicas_names_the_one_that_is_down(tmp_path: Path, scripted: Any) -> None:
    """With several replicas the reason names the replica it is about, not only the first URL's."""
    with pytest.raises(
        EndpointError, match=r"\(\+1 replicas\) is unreachable \(cannot reach http://127.0.0.1:(9|10)/v1"
    ):
        run(
            write_recipe(tmp_path, endpoint=endpoint(max_retries=0)),
            tmp_path / "r",
            "http://127.0.0.1:9/v1,http://127.0.0.1:10/v1",
        )


def test_a_run_directory_in_use_is_refused(tmp_path: Path, scripted: Any) -> None:
    import os

    from mcrgen.errors import OutputError
    from mcrgen.rundir import files as rundir

    srv = scripted(steps_script())
    out = tmp_path / "r"
    out.mkdir()
    fd = rundir.lock(out)  # another process's run, as far as flock is concerned (a new open file description)
    try:
        with pytest.raises(OutputError, match="in use by another mcrgen run"):
            run(write_recipe(tmp_path, endpoint=endpoint()), out, srv.base_url)
    finally:
        os.close(fd)
    _, report = run(write_recipe(tmp_path, endpoint=endpoint()), out, srv.base_url)
    assert report["funnel"]["accepted"] == 3
