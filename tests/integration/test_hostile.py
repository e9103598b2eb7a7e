"""Hostile input, table-driven: recipes, flags, environment, seed files, run directories, server replies and
plug-ins built to crash, hang or leak. Each case asserts the documented exit code, one ``error:`` line on stderr,
no traceback, no hang (an alarm fails the case after :data:`HANG_SECONDS`), no API key in any output or file, and
the files of an earlier good run byte-identical.

Two tables: :data:`REFUSED` is refused before any work (in the style of ``test_bad_input``: in-process
``mcrgen.cli.main`` into a copy of a finished good run); :data:`SERVED` runs against a server that answers with
scripted raw bytes (``tests/support/hostile_server.py``) or with misbehaving plug-in validators, and checks the row
each sample ended in.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import shutil
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import quote

import pytest
import yaml

from mcrgen import errors
from mcrgen.wire.retry import MAX_RETRY_AFTER, RetryPolicy
from tests.integration.test_bad_input import BASE, SEEDS, Servers, _set, _write
from tests.integration.test_bad_input import good_run as good_run  # noqa: F401 - fixture
from tests.integration.test_bad_input import servers as servers  # noqa: F401 - fixture
from tests.support import hostile_server as hs
from tests.support.cli_run import invoke_cli

HANG_SECONDS = 60
KEY = "sk-hostile-KEY-0123456789abcdef"
WRONG_KEY = "wrong-key-4567"
ERROR_ROWS = getattr(errors, "UnfinishedError", None)
ERROR_EXIT = ERROR_ROWS.exit_code if ERROR_ROWS is not None else 0
"""Exit code of a run whose samples ended as error rows (UnfinishedError, 5)."""


class Hang(BaseException):
    """Raised by the alarm: BaseException, so no ``except Exception`` in mcrgen can swallow it."""


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    def ring(signum: int, frame: FrameType | None) -> None:
        raise Hang(f"no answer within {HANG_SECONDS}s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def key_forms(*keys: str) -> list[bytes]:
    """The spellings of a key this test looks for (computed here, not by the code under test)."""
    out: list[bytes] = []
    for k in keys:
        s = k.strip()
        out += [s.encode(), json.dumps(s)[1:-1].encode(), quote(s, safe="").encode(), base64.b64encode(s.encode())]
    return out


def assert_no_key(err: str, root: Path, *keys: str) -> None:
    forms = key_forms(*keys)
    for form in forms:
        assert form not in err.encode(), f"key form {form!r} on stderr"
    for f in root.rglob("*"):
        if f.is_file() and f.stat().st_size < 50_000_000:
            data = f.read_bytes()
            for form in forms:
                assert form not in data, f"key form {form!r} in {f}"


def one_error_line(err: str) -> str:
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    errs = [ln for ln in lines if ln.startswith("error:")]
    assert len(errs) == 1, err
    return errs[0]


# --------------------------------------------------------------------------------------------------------------
# Refused before any work
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Case:
    id: str
    code: int
    fragment: str
    recipe: Callable[[dict[str, Any]], Any] | str | bytes | None = None
    args: list[str] = field(default_factory=list)
    setup: Callable[[Path], None] | None = None
    env: dict[str, str] = field(default_factory=dict)
    server: str = "good"
    base_url: bool = True
    """Add --base-url of the scripted server (False: the case sets the URL through the environment)."""


def _fifo(name: str) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        os.mkfifo(work / name)

    return setup


def _seeds(name: str, text: str | bytes) -> tuple[Callable[[dict[str, Any]], None], Callable[[Path], None]]:
    return _set("seeds.path", name), _write(name, text)


def _nested(depth: int) -> str:
    return "name: x\nstages:\n" + "  - " * 1 + "a: " + "[" * depth + "]" * depth + "\n"


ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
)
DEEP_BLOCK = "name: x\nstages:\n" + "".join("  " * i + "- \n" for i in range(1, 200)) + "  " * 200 + "- x\n"
SEED_DEEP = '{"question": ' + "[" * 100_000 + "]" * 100_000 + "}\n"


def _seed_case(cid: str, text: str | bytes, fragment: str, **kw: Any) -> Case:
    mutate, setup = _seeds(cid + ".jsonl", text)
    return Case(f"seeds-{cid}", 2, fragment, mutate, setup=setup, **kw)


LEFT = ["--limit", "4"]
"""One more sample than the good run holds: the run has something to generate, so it needs its server."""

REFUSED = [
    # -- recipe file and YAML --
    Case("alias-bomb", 2, "expands (through aliases) to more than", ALIAS_BOMB),
    Case("nesting-flow-5000", 2, "nests deeper than 64 levels", _nested(5000)),
    Case("nesting-block-200", 2, "nests deeper than 64 levels", DEEP_BLOCK),
    Case("nesting-map-5000", 2, "nests deeper than 64 levels", "a: " + "{b: " * 5000 + "1" + "}" * 5000 + "\n"),
    Case("recipe-dev-zero", 2, "not a regular file", args=["--recipe-path", "/dev/zero"]),
    Case("recipe-fifo", 2, "not a regular file", args=["--recipe-path", "fifo.yaml"], setup=_fifo("fifo.yaml")),
    Case("recipe-2mib", 2, "larger than 1048576 bytes", "name: x\n# " + "x" * (2 << 20) + "\n"),
    Case("recipe-nul", 2, "invalid YAML", "name: x\x00\nstages: []\n"),
    Case("recipe-binary", 2, "not UTF-8", b"\xff\xfe\x00name"),
    Case("recipe-scalar", 2, "a recipe is a YAML mapping", "42\n"),
    Case("recipe-python-tag", 2, "invalid YAML", "name: !!python/object/apply:os.system ['true']\n"),
    Case("recipe-undefined-alias", 2, "invalid YAML", "name: *nope\n"),
    # A key written twice would silently drop its first value (a stage's first validators list, say).
    Case("recipe-duplicate-key", 2, "duplicate key 'name'", yaml.safe_dump(BASE, sort_keys=False) + "name: again\n"),
    Case("name-escapes-runs", 2, "it names the run directory", _set("name", "../../../escaped")),
    Case("name-has-slash", 2, "it names the run directory", _set("name", "bad/../../etc")),
    Case("name-has-bidi-override", 2, "it names the run directory", _set("name", "x\u202etxt.exe")),
    # Found when the recipe is read, not after every sample's tokens are spent.
    Case(
        "validator-bad-regex",
        2,
        "stages[1].validators[0]: regex: bad pattern '([a-z'",
        _set("stages.1.validators", [{"regex": {"must_not_match": "([a-z"}}]),
    ),
    Case(
        "validator-bad-schema",
        2,
        "json: the schema is invalid at type",
        _set("stages.1.validators", [{"json": {"schema": {"type": "objekt"}}}]),
    ),
    Case(
        "plugin-import-raises",
        2,
        "importing boomplug raised ValueError: boom",
        _set("stages.1.validators", ["boomplug:f"]),
        setup=_write("boomplug.py", "raise ValueError('boom')\n"),
    ),
    Case(
        "plugin-syntax-error",
        2,
        "importing synplug raised SyntaxError",
        _set("stages.1.validators", ["synplug:f"]),
        setup=_write("synplug.py", "def (\n"),
    ),
    Case(
        "plugin-wrong-signature",
        2,
        "sigplug:f must take (text, ctx) and keyword-only parameters",
        _set("stages.1.validators", ["sigplug:f"]),
        setup=_write("sigplug.py", "def f():\n    return None\n"),
    ),
    Case(
        "plugin-three-required-args",
        2,
        "must take (text, ctx)",
        _set("stages.1.validators", ["sigplug3:f"]),
        setup=_write("sigplug3.py", "def f(text, ctx, extra):\n    return None\n"),
    ),
    # -- gate parameters that would reject every sample, or never fire --
    Case(
        "word-count-min-above-max",
        2,
        "word_count: min (50) must not be greater than max (5)",
        _set("stages.0.validators", [{"word_count": {"min": 50, "max": 5}}]),
    ),
    Case(
        "max-chars-0", 2, "max_chars: max must be at least 1", _set("stages.0.validators", [{"max_chars": {"max": 0}}])
    ),
    Case(
        "runaway-multiple-0",
        2,
        "runaway_length: multiple must be greater than 0",
        _set("stages.1.validators", [{"runaway_length": {"multiple": 0}}]),
    ),
    Case(
        "magnitude-negative-cap",
        2,
        "magnitude: max_abs must be greater than 0",
        _set("stages.1.validators", [{"magnitude": {"max_abs": -5}}]),
    ),
    Case(
        "checkpoints-out-of-range",
        2,
        "checkpoints[0]: 1.5 is greater than the maximum of 1",
        _set("stages.1.checkpoints", [1.5, -1]),
    ),
    Case("recipe-complex-key", 2, "invalid YAML", "? [a, b]\n: c\n"),
    Case("recipe-250k-nodes", 2, "more than 200000 nodes", "x: [" + "0," * 250_000 + "0]\n"),
    Case("int-5000-digits", 2, "invalid YAML value", "name: x\nseed: " + "1" * 5000 + "\n"),
    Case("seed-2^70", 2, "integer is out of range", _set("seed", 2**70)),
    # -- NaN, infinities, absurd numbers --
    Case(
        "temperature-nan",
        2,
        "stages[0].temperature: nan is not a finite number",
        _set("stages.0.temperature", float("nan")),
    ),
    Case("temperature-inf", 2, "not a finite number", _set("stages.0.temperature", float("inf"))),
    Case("request-timeout-nan", 2, "endpoint.request_timeout: nan", _set("endpoint.request_timeout", float("nan"))),
    Case("stall-timeout-inf", 2, "endpoint.stall_timeout: inf", _set("endpoint.stall_timeout", float("inf"))),
    Case("request-timeout-1e300", 2, "request_timeout must be at most", _set("endpoint.request_timeout", 1e300)),
    Case("max-seconds-nan", 2, "not a finite number", _set("budget.max_seconds", float("nan"))),
    Case(
        "price-nan",
        2,
        "not a finite number",
        _set("endpoint.price_per_million", {"prompt": float("nan"), "completion": 1}),
    ),
    Case("checkpoint-nan", 2, "not a finite number", _set("stages.1.checkpoints", [float("nan")])),
    Case("top-p-nan", 2, "not a finite number", _set("stages.0.top_p", float("nan"))),
    Case("samples-1e12", 2, "budget.samples must be at most 10000000", _set("budget.samples", 10**12)),
    Case("max-tokens-1e9", 2, "stages[1].max_tokens must be at most", _set("stages.1.max_tokens", 10**9)),
    Case("retry-delay-1e9", 2, "retry.initial_delay must be at most", _set("endpoint.retry", {"initial_delay": 1e9})),
    Case(
        "breaker-pause-1e9",
        2,
        "circuit_breaker.pause must be at most",
        _set("endpoint.circuit_breaker", {"pause": 1e9}),
    ),
    # -- extra_body may not override what mcrgen owns --
    *[
        Case(f"extra-body-{k}", 2, f"endpoint.extra_body: {k} cannot be set here", _set("endpoint.extra_body", {k: v}))
        for k, v in (("stream", False), ("max_tokens", 100000), ("n", 5), ("model", "x"), ("messages", []))
    ],
    Case(
        "extra-body-stream-options",
        2,
        "stream_options cannot be set",
        _set("endpoint.extra_body", {"stream_options": {}}),
    ),
    # -- URLs, from the recipe --
    Case(
        "url-ftp",
        2,
        "must start with http:// or https://",
        _set("endpoint.base_url", "ftp://127.0.0.1/v1"),
        base_url=False,
    ),
    Case("url-port-99999", 2, "is malformed", _set("endpoint.base_url", "http://127.0.0.1:99999/v1"), base_url=False),
    Case("url-no-host", 2, "has no host", _set("endpoint.base_url", "http:///v1"), base_url=False),
    Case(
        "url-newline",
        2,
        "whitespace or control characters",
        _set("endpoint.base_url", "http://127.0.0.1:1/v\n1"),
        base_url=False,
    ),
    Case("url-javascript", 2, "must start with http", _set("endpoint.base_url", "javascript:alert(1)"), base_url=False),
    Case(
        "url-replica-ftp",
        2,
        "must start with http",
        _set("endpoint.base_url", ["http://127.0.0.1:1/v1", "ftp://h/v1"]),
        base_url=False,
    ),
    Case("url-port-0", 2, "has port 0", _set("endpoint.base_url", "http://127.0.0.1:0/v1"), base_url=False),
    Case(
        "url-query",
        2,
        "base URL 'http://127.0.0.1:1/v1' has a query",
        _set("endpoint.base_url", "http://127.0.0.1:1/v1?api_key=sk-secret-in-url"),
        base_url=False,
    ),
    Case(
        "url-fragment",
        2,
        "has a query or a fragment",
        _set("endpoint.base_url", "http://127.0.0.1:1/v1#x"),
        base_url=False,
    ),
    # -- api_key_env must name a key variable --
    Case(
        "key-env-home",
        2,
        "api_key_env 'HOME' does not look like an API key variable",
        _set("endpoint.api_key_env", "HOME"),
    ),
    Case("key-env-path", 2, "--allow-key-env PATH", _set("endpoint.api_key_env", "PATH")),
    Case("key-env-keys", 2, "does not look like an API key", _set("endpoint.api_key_env", "KEYS")),
    Case(
        "key-env-stage",
        2,
        "api_key_env 'SHELL'",
        _set("stages.1.endpoint", {"base_url": "http://127.0.0.1:1/v1", "model": "m", "api_key_env": "SHELL"}),
    ),
    Case("key-env-other-allowed", 2, "'HOME'", _set("endpoint.api_key_env", "HOME"), args=["--allow-key-env", "PATH"]),
    # -- flags --
    Case("limit-1e10", 2, "Invalid value for '--limit'", args=["--limit", "1e10"]),
    Case("limit-huge", 2, "--limit must be at most 10000000", args=["--limit", "99999999999"]),
    Case("limit-negative", 2, "--limit must be at least 1", args=["--limit", "-5"]),
    Case("limit-empty", 2, "Invalid value for '--limit'", args=["--limit", ""]),
    Case("concurrency-1e9", 2, "--concurrency must be at most", args=["--concurrency", "1000000000"]),
    Case("seed-negative", 2, "--seed must be at least 0", args=["--seed", "-1"]),
    Case("seed-2^70-flag", 2, "--seed must be at most", args=["--seed", str(2**70)]),
    Case("out-empty", 2, "--out is empty", args=["--out", ""]),
    Case("out-blank", 2, "--out is empty", args=["--out", "   "]),
    Case("flag-url-ftp", 2, "must start with http", args=["--base-url", "ftp://127.0.0.1/v1"]),
    Case(
        "flag-url-port",
        2,
        "--base-url: base URL 'http://127.0.0.1:99999/v1' is malformed",
        args=["--base-url", "http://127.0.0.1:99999/v1"],
    ),
    Case("flag-url-empty", 2, "endpoint.base_url is empty", args=["--base-url", ""]),
    Case("flag-url-space", 2, "whitespace or control", args=["--base-url", "http://a b/v1"]),
    Case("flag-unknown", 2, "No such option", args=["--turbo"]),
    Case("flag-shard-3of2", 2, "--shard must be I/N", args=["--shard", "3/2"]),
    Case("flag-mode-empty", 2, "--mode must be inflight or baseline", args=["--mode", ""]),
    Case("flag-mode-dry-run", 2, "--mode must be inflight or baseline", args=["--mode", "fast", "--dry-run"]),
    # -- environment --
    Case(
        "env-url-newline",
        2,
        "whitespace or control",
        env={"OPENAI_BASE_URL": "http://127.0.0.1:1/v\n1"},
        base_url=False,
    ),
    Case("env-url-ftp", 2, "must start with http", env={"OPENAI_BASE_URL": "ftp://127.0.0.1/v1"}, base_url=False),
    Case(
        "env-url-port",
        2,
        "OPENAI_BASE_URL: base URL 'http://127.0.0.1:99999/v1' is malformed",
        env={"OPENAI_BASE_URL": "http://127.0.0.1:99999/v1"},
        base_url=False,
    ),
    Case("env-url-commas", 2, "endpoint.base_url is empty", env={"OPENAI_BASE_URL": " , ,"}, base_url=False),
    Case(
        "env-key-newline",
        3,
        "refused the API key",
        env={"OPENAI_API_KEY": WRONG_KEY + "\n"},
        server="keyed",
        args=LEFT,
    ),
    Case(
        "env-key-inner-newline",
        2,
        "the API key in OPENAI_API_KEY holds a newline or a control character",  # no header can carry it
        env={"OPENAI_API_KEY": "wrong\nkey-4567"},
        server="keyed",
        args=LEFT,
    ),
    Case(
        "env-key-nul",
        2,
        "the API key in OPENAI_API_KEY holds a newline or a control character",
        env={"OPENAI_API_KEY": "wrong-key-\x7f4567"},
        server="keyed",
        args=LEFT,
    ),
    Case(
        "env-key-cyrillic",
        2,
        "the API key in OPENAI_API_KEY holds non-ASCII",
        env={"OPENAI_API_KEY": "ключ-секрет-4567"},
        server="keyed",
        args=LEFT,
    ),
    # -- seed files --
    Case("seeds-dev-zero", 2, "not a regular file", _set("seeds.path", "/dev/zero")),
    Case("seeds-fifo", 2, "not a regular file", _set("seeds.path", "s.fifo"), setup=_fifo("s.fifo")),
    Case("seeds-dir", 2, "it is a directory", _set("seeds.path", "sd"), setup=lambda w: (w / "sd").mkdir()),
    Case("seeds-nul-path", 2, "seeds.path contains a control character", _set("seeds.path", "a\x00b")),
    _seed_case("deep", SEED_DEEP, "the JSON nests too deeply"),
    _seed_case("surrogate", '{"question": "half \\ud800 pair"}\n', "lone UTF-16 surrogate"),
    _seed_case("binary", b"\x80\x81\x82\n", "not UTF-8"),
    _seed_case("number-row", "42\n", "each line must be a JSON object"),
    _seed_case("nan-field", '{"question": NaN}\n', "NaN is not valid JSON"),
    _seed_case("huge-line", '{"question": "' + "x" * 2_000_000, "not valid JSON"),
    # -- run directories: refused in one line (exit 4), the earlier run untouched --
    Case("run-json-list", 4, "run.json", setup=_write("run/run.json", "[]")),
    Case("run-json-sessions-null", 4, "run.json", setup=_write("run/run.json", '{"sessions": null}')),
    Case(
        "row-bare-number",
        4,
        "accepted.jsonl",
        setup=lambda w: _append(w / "run/accepted.jsonl", b"42\n"),
    ),
    Case("rows-without-run-json", 4, "run.json", setup=lambda w: (w / "run/run.json").unlink()),
]


def _append(path: Path, data: bytes) -> None:
    with open(path, "ab") as f:
        f.write(data)


def _snapshot(run: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(run.iterdir()) if p.is_file()} if run.exists() else {}


def _params(cases: list[Any]) -> list[Any]:
    return [pytest.param(c, id=c.id) for c in cases]


@pytest.mark.parametrize("case", _params(REFUSED))
def test_refused(case: Case, good_run: Path, servers: Servers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.chdir(tmp_path)
    work = tmp_path
    shutil.copytree(good_run, work, dirs_exist_ok=True)
    for k, v in case.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("OPENAI_API_KEY", case.env.get("OPENAI_API_KEY", KEY))
    if case.setup is not None:
        case.setup(work)
    recipe = work / "recipe.yaml"
    if isinstance(case.recipe, bytes):
        recipe.write_bytes(case.recipe)
    elif isinstance(case.recipe, str):
        recipe.write_text(case.recipe)
    elif case.recipe is not None:
        data = copy.deepcopy(BASE)
        case.recipe(data)
        recipe.write_text(yaml.safe_dump(data, sort_keys=False))
    args = list(case.args)
    if "--recipe-path" in args:
        i = args.index("--recipe-path")
        recipe = work / args[i + 1]
        del args[i : i + 2]
    if "--out" not in args:
        args += ["--out", str(work / "run")]
    if case.base_url and "--base-url" not in args:
        args += ["--base-url", getattr(servers, case.server).base_url]
    before = _snapshot(work / "run")

    code, err = invoke_cli(["generate", str(recipe), *args])

    assert code == case.code, err
    line = one_error_line(err)
    assert case.fragment in line, line
    assert [ln for ln in err.splitlines() if ln.strip()] == [line], "nothing else may be printed before a refusal"
    assert_no_key(err, work / "run", KEY, WRONG_KEY, "right-key-0123")
    assert _snapshot(work / "run") == before, "a refused run must leave the earlier run's files as they were"


# --------------------------------------------------------------------------------------------------------------
# Served: a server (or a plug-in) that misbehaves while the run goes on
# --------------------------------------------------------------------------------------------------------------

PROBLEM = "Problem 1: how many apples are left?"
SOLUTION = "Step 1: 2 + 2 = 4.\nANSWER 4"


@dataclass
class Served:
    id: str
    solution: Callable[[int], bytes] | None = None
    """Raw reply to the solution stage's request number n (0-based among solution requests); None: a good one."""
    outcome: str = "accepted"
    """The outcome of the one sample's row: accepted, rejected_inflight, rejected_after, error."""
    reason: str = ""
    """A fragment of the rejection's validator/reason, or of the error message."""
    code: int | None = None
    """Exit code; default: 0, or ERROR_EXIT for an error row."""
    models: bytes = hs.MODELS
    validators: list[Any] | None = None
    recipe: Callable[[dict[str, Any]], Any] | None = None
    check: Callable[[dict[str, Any]], None] | None = None
    """Further checks on the sample's row."""


def always(raw: bytes) -> Callable[[int], bytes]:
    return lambda n: raw


def first_then_good(raw: bytes) -> Callable[[int], bytes]:
    return lambda n: raw if n == 0 else hs.good_stream(SOLUTION)


def stream_of(*events: Any) -> bytes:
    return hs.sse([hs.event(e) for e in events] + [b"data: [DONE]\n\n"])


def _text_has(fragment: str) -> Callable[[dict[str, Any]], None]:
    def check(row: dict[str, Any]) -> None:
        assert fragment in row["outputs"]["solution"], row["outputs"]

    return check


def _completion_at_most(limit: int) -> Callable[[dict[str, Any]], None]:
    def check(row: dict[str, Any]) -> None:
        spent = [u["completion_tokens"] for u in row["usage"] if u["stage"] == "solution"]
        assert spent and max(spent) <= limit, spent

    return check


def _attempts(n: int) -> Callable[[dict[str, Any]], None]:
    def check(row: dict[str, Any]) -> None:
        assert len([u for u in row["usage"] if u["stage"] == "solution"]) == n, row["usage"]

    return check


ENDLESS = hs.sse([hs.event(hs.delta(" apple")) for _ in range(5000)] + [hs.event(hs.delta(None, "stop"))])
PARENS = "(" * 600 + "2 + 2 = 5" + ")" * 600 + "\nANSWER 4"
HTML = b"<!doctype html><html><body>Welcome to nginx!</body></html>"
ECHO = {
    "error": {
        "message": f"bad key {KEY}",
        "escaped": json.dumps(KEY + "\n"),
        "b64": base64.b64encode(KEY.encode()).decode(),
    }
}

SERVED = [
    # -- wrong types in delta.content, choices, usage, finish_reason: a stream error, retried, then recorded --
    Served("content-int", always(stream_of(hs.delta(42), hs.delta(None, "stop"))), "error", "text is an int"),
    Served("content-list", always(stream_of(hs.delta(["a"]), hs.delta(None, "stop"))), "error", "not a string"),
    Served("content-dict", always(stream_of(hs.delta({"a": 1}), hs.delta(None, "stop"))), "error", "not a string"),
    Served("content-bool", always(stream_of(hs.delta(True), hs.delta(None, "stop"))), "error", "not a string"),
    Served("content-null-only", always(stream_of(hs.delta(None), hs.delta(None, "stop"))), "rejected_after", "empty"),
    Served("choices-dict", always(stream_of({"choices": {"0": 1}})), "error", "choices is a dict"),
    Served("choices-int-item", always(stream_of({"choices": [42]})), "error", "choices[0] is an int"),
    Served(
        "delta-string",
        always(stream_of({"choices": [{"delta": "hi", "finish_reason": None}]})),
        "error",
        "delta is a str",
    ),
    Served("finish-int", always(stream_of(hs.delta("x", 7))), "error", "finish_reason 7"),
    Served("usage-string", always(stream_of(hs.delta("x", usage={"completion_tokens": "12"}))), "error", "token count"),
    Served("usage-negative", always(stream_of(hs.delta("x", usage={"completion_tokens": -3}))), "error", "token count"),
    Served("usage-float", always(stream_of(hs.delta("x", usage={"completion_tokens": 1.5}))), "error", "token count"),
    Served("usage-bool", always(stream_of(hs.delta("x", usage={"completion_tokens": True}))), "error", "token count"),
    Served("usage-1e30", always(stream_of(hs.delta("x", usage={"prompt_tokens": 10**30}))), "error", "token count"),
    Served("usage-list", always(stream_of(hs.delta("x", usage=[1, 2]))), "error", "usage is a list"),
    Served("payload-list", always(stream_of([1, 2, 3])), "error", "unexpected SSE payload"),
    Served("payload-string", always(stream_of("hello")), "error", "unexpected SSE payload"),
    Served(
        "payload-bad-utf8",
        always(hs.sse([hs.event(b'{"choices": "\xff\xfe"}'), b"data: [DONE]\n\n"])),
        "error",
        "malformed",
    ),
    Served(
        # "unexpected SSE payload" (orjson's depth limit) or "malformed SSE data" (json's recursion limit)
        "payload-deep",
        always(hs.sse([hs.event(b"[" * 100_000 + b"]" * 100_000)])),
        "error",
        "SSE",
    ),
    Served("payload-not-json", always(hs.sse([hs.event(b"{not json"), hs.event(b"{also not")])), "error", "malformed"),
    # -- text that no file could hold: one documented rule (surrogates -> U+FFFD, NULs kept) --
    Served(
        "content-surrogate",
        always(
            hs.sse([hs.event(b'{"choices":[{"delta":{"content":"half \\ud800 ANSWER 4"},"finish_reason":"stop"}]}')])
        ),
        check=_text_has("half \ufffd ANSWER 4"),
    ),
    Served(
        "content-surrogate-pair-split",
        always(
            hs.sse([hs.event(b'{"choices":[{"delta":{"content":"\\udc00\\ud83d ANSWER 4"},"finish_reason":"stop"}]}')])
        ),
        check=_text_has("\ufffd\ufffd ANSWER 4"),
    ),
    Served("content-nul", always(stream_of(hs.delta("a\x00b ANSWER 4", "stop"))), check=_text_has("a\x00b")),
    # -- framing: a close without finish is a transport fault (retried), not a verdict --
    Served(
        "close-without-finish",
        first_then_good(hs.sse([hs.event(hs.delta("Step 1: 2"))], chunked=False)),
        check=_attempts(2),
    ),
    Served(
        "close-without-finish-always",
        always(hs.sse([hs.event(hs.delta("Step"))], chunked=False)),
        "error",
        "closed before",
    ),
    Served("chunked-cut", first_then_good(hs.sse([hs.event(hs.delta("Step"))])[:-5]), check=_attempts(2)),
    Served("html-chat", always(hs.http(200, HTML, ctype="text/html")), "error", "no event-stream data"),
    Served(
        "done-without-finish",
        always(hs.sse([hs.event(hs.delta("Step 1")), b"data: [DONE]\n\n"])),
        "rejected_after",
        "no_finish_reason",
    ),
    Served("empty-200", always(hs.http(200, b"", ctype="text/event-stream")), "error", ""),
    # -- client-side limits --
    Served(
        "ignores-max-tokens", always(ENDLESS), "rejected_after", "over_max_tokens", check=_completion_at_most(400 + 40)
    ),
    Served("one-huge-chunk", always(stream_of(hs.delta("x" * 1_000_000, "stop"))), "rejected_after", "over_max_tokens"),
    Served("endless-line", always(hs.sse([b"data: " + b"x" * 3_000_000])), "rejected_after", "over_max_tokens"),
    Served("endless-comments", always(hs.sse([b": ping\n" * 600_000])), "rejected_after", "over_max_tokens"),
    # -- keys echoed back: scrubbed from rows, messages, files --
    Served("key-error-event", always(stream_of({"error": ECHO["error"]})), "error", "server error event"),
    Served("key-500-body", always(hs.json_reply(500, ECHO)), "error", "HTTP 500"),
    Served("key-401-body", always(hs.json_reply(401, ECHO)), code=3),
    # -- Retry-After that is not a number of seconds --
    *[
        Served(f"retry-after-{v}", first_then_good(hs.json_reply(503, {}, {"Retry-After": v})), check=_attempts(2))
        for v in ("nan", "inf", "-5", "Thu, 01 Jan 1970 00:00:00 GMT", "garbage")
    ],
    # -- /models that is not an OpenAI server --
    Served("models-html", models=hs.http(200, HTML, ctype="text/html"), code=3),
    Served("models-json-list", models=hs.json_reply(200, [1, 2, 3])),
    Served("models-bad-ids", models=hs.json_reply(200, {"data": [{"id": None}, 42, "x"]})),
    # -- text built to crash the validators --
    Served(
        "parens-600-arithmetic",
        always(hs.good_stream(PARENS)),
        "rejected",
        "",
        validators=["arithmetic", "tests.support.fake_validators:ends_with_answer"],
    ),
    Served(
        "parens-600-all-trace",
        always(hs.good_stream("Step 1: " + PARENS)),
        "rejected",
        "",
        validators=["arithmetic", "answer_marker", "hallucination_phrases"],
    ),
    # -- plug-ins that misbehave fail their sample, with the reason recorded --
    Served(
        "plugin-raises",
        validators=["tests.support.hostile_validators:raises"],
        outcome="rejected",
        reason="ValueError: plug-in bug",
    ),
    Served(
        "plugin-returns-int",
        validators=["tests.support.hostile_validators:returns_int"],
        outcome="rejected",
        reason="returned int",
    ),
    Served(
        "plugin-returns-list",
        validators=["tests.support.hostile_validators:returns_list"],
        outcome="rejected",
        reason="returned list",
    ),
    Served(
        "plugin-sys-exit",
        validators=["tests.support.hostile_validators:exits"],
        outcome="rejected",
        reason="SystemExit: 3",
    ),
    Served(
        "plugin-keyboard-interrupt",
        validators=["tests.support.hostile_validators:interrupts"],
        outcome="rejected",
        reason="KeyboardInterrupt",
    ),
    Served(
        "plugin-recursion",
        validators=["tests.support.hostile_validators:recursion"],
        outcome="rejected",
        reason="RecursionError",
    ),
]


def _recipe(tmp: Path, case: Served) -> Path:
    data = copy.deepcopy(BASE)
    data["endpoint"].update(max_retries=1, retry={"initial_delay": 0.01, "max_delay": 0.02}, stall_timeout=5)
    if case.validators is not None:
        data["stages"][1]["validators"] = case.validators
    if case.recipe is not None:
        case.recipe(data)
    (tmp / "seeds.jsonl").write_text(SEEDS)
    path = tmp / "recipe.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _rows(run: Path) -> list[dict[str, Any]]:
    return [
        json.loads(ln)
        for n in ("accepted.jsonl", "rejected.jsonl", "errors.jsonl")
        if (run / n).exists()
        for ln in (run / n).read_text(encoding="utf-8").splitlines()
    ]


@pytest.mark.parametrize("case", _params(SERVED))
def test_served(case: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    counter = {"solution": 0}

    def reply(path: str, body: dict[str, Any], n: int) -> bytes:
        if str(body["messages"][-1]["content"]).startswith("Write"):
            return hs.good_stream(PROBLEM)
        k = counter["solution"]
        counter["solution"] += 1
        return (case.solution or always(hs.good_stream(SOLUTION)))(k)

    with hs.HostileServer(reply, models=case.models) as srv:
        code, err = invoke_cli(
            ["generate", str(_recipe(tmp_path, case)), "--out", "run", "--limit", "1", "--base-url", srv.base_url]
        )

    assert "Traceback" not in err, err
    assert_no_key(err, tmp_path, KEY)
    expected = case.code if case.code is not None else (ERROR_EXIT if case.outcome == "error" else 0)
    assert code == expected, err
    if expected in (2, 3):
        one_error_line(err)
        return
    rows = _rows(tmp_path / "run")
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["outcome"].startswith(case.outcome), row
    if case.outcome.startswith("rejected"):
        rej = row["rejection"]
        assert case.reason in f"{rej['validator']}/{rej['reason']}: {rej['detail']}", rej
    elif case.outcome == "error":
        assert case.reason in row["error"]["message"], row["error"]
    if case.check is not None:
        case.check(row)
    for f in (tmp_path / "run").glob("*.jsonl"):
        f.read_bytes().decode("utf-8")  # every file is valid UTF-8 (no surrogate reached it)


def test_retry_after_is_capped() -> None:
    import random

    policy = RetryPolicy()
    rng = random.Random(0)
    waits = [policy.delay(1, 100_000.0, rng) for _ in range(100)]
    assert max(waits) <= MAX_RETRY_AFTER * 1.1
    assert min(waits) >= MAX_RETRY_AFTER


def test_table_size() -> None:
    assert len(REFUSED) + len(SERVED) >= 80


# --------------------------------------------------------------------------------------------------------------
# The other commands: one line, a documented exit code, never a traceback
# --------------------------------------------------------------------------------------------------------------

COMMANDS = [
    ("report-missing", ["report", "nope"], 2, "nope: no such directory"),
    ("report-dev-zero", ["report", "/dev/zero"], 2, "/dev/zero: is not a directory"),
    ("report-empty-dir", ["report", "."], 4, "is neither a run directory"),
    ("merge-missing", ["merge", "out", "nope"], 2, "nope: no such directory"),
    ("merge-dev-zero", ["merge", "out", "/dev/zero"], 2, "/dev/zero: is not a directory"),
    ("merge-not-a-run", ["merge", "out", "."], 4, "is not a run directory"),
    ("merge-same-twice", ["merge", "out", "run", "run"], 4, "is given twice"),
    ("push-no-token", ["push", "run", "me/data"], 2, "no Hugging Face token"),
    ("validate-dev-zero", ["validate", "recipe.yaml", "/dev/zero"], 2, "not a regular file"),
    ("validate-missing", ["validate", "recipe.yaml", "nope.jsonl"], 2, "nope.jsonl: input file not found"),
    ("validate-dir", ["validate", "recipe.yaml", "run"], 2, "it is a directory"),
    (
        "validate-field",
        ["validate", "recipe.yaml", "seeds.jsonl", "--field", "nonsense"],
        2,
        "write it as STAGE=COLUMN",
    ),
    ("validate-key-env", ["validate", "bad-env.yaml", "seeds.jsonl"], 2, "does not look like an API key"),
    ("serve-port", ["serve", "--port", "99999"], 2, "--port must be between 0 and 65535"),
    ("serve-model", ["serve", "--model", "nope"], 2, "--model 'nope' is not a model mcrgen can serve (known:"),
    ("compare-out-empty", ["compare", "recipe.yaml", "--out", ""], 2, "--out is empty"),
    ("compare-limit", ["compare", "recipe.yaml", "--limit", "1e10"], 2, "Invalid value for '--limit'"),
    ("unknown-command", ["frobnicate"], 2, "No such command"),
]


@pytest.mark.parametrize("argv, code, fragment", [pytest.param(*c[1:], id=c[0]) for c in COMMANDS])
def test_commands(
    argv: list[str],
    code: int,
    fragment: str,
    good_run: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shutil.copytree(good_run, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    for var in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # no `hf auth login` token file either
    monkeypatch.setenv("HF_TOKEN_PATH", str(tmp_path / "hf" / "token"))
    bad = copy.deepcopy(BASE)
    bad["endpoint"]["api_key_env"] = "HOME"
    (tmp_path / "bad-env.yaml").write_text(yaml.safe_dump(bad))
    before = _snapshot(tmp_path / "run")

    got, err = invoke_cli(argv)

    assert got == code, err
    line = one_error_line(err)
    assert fragment in line, line
    assert _snapshot(tmp_path / "run") == before


def _ended_by_watchdog(argv: list[str], cwd: Path, env: dict[str, str], validator: str) -> str:
    """Run ``mcrgen ARGV`` with a 1 s validator budget; assert the watchdog ended it in time; return its stderr."""
    import subprocess
    import sys
    import time

    from mcrgen.engine.watchdog import EXIT_VALIDATOR_TIMEOUT
    from tests.conftest import ROOT

    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "MCRGEN_VALIDATOR_TIMEOUT": "1", **env}
    t0 = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "mcrgen", *argv],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=HANG_SECONDS,
        env=env,
    )
    took = time.monotonic() - t0
    assert proc.returncode == EXIT_VALIDATOR_TIMEOUT, proc.stderr
    assert took < 30, took
    assert f"validator {validator!r} ran for more than 1s" in proc.stderr
    assert "Traceback" not in proc.stderr
    return proc.stderr


def test_blocking_validator_ends_the_run_in_time(tmp_path: Path) -> None:
    """A plug-in that never returns blocks the event loop (Ctrl-C included): the watchdog ends the process."""
    case = Served("blocks", validators=["tests.support.hostile_validators:blocks"])
    recipe = _recipe(tmp_path, case)

    def reply(path: str, body: dict[str, Any], n: int) -> bytes:
        first = str(body["messages"][-1]["content"]).startswith("Write")
        return hs.good_stream(PROBLEM if first else SOLUTION)

    with hs.HostileServer(reply) as srv:
        argv = ["generate", str(recipe), "--out", "run", "--limit", "2", "--base-url", srv.base_url]
        err = _ended_by_watchdog(argv, tmp_path, {"OPENAI_API_KEY": KEY}, "tests.support.hostile_validators:blocks")
    assert_no_key(err, tmp_path, KEY)


def test_backtracking_regex_ends_the_command_in_time(tmp_path: Path) -> None:
    """A catastrophic pattern holds the interpreter inside the regex engine, where the watchdog's thread never runs:
    the CPU-time signal still ends the command with exit 124 (it ran for minutes before)."""
    recipe = tmp_path / "r.yaml"
    recipe.write_text(
        "name: wd\nendpoint: {base_url: 'http://127.0.0.1:9/v1', model: m}\nstages:\n  - name: fact\n"
        "    prompt: Say a fact.\n    max_tokens: 50\n    validators:\n      - regex: {must_not_match: '(a+)+$'}\n",
        encoding="utf-8",
    )
    (tmp_path / "s.jsonl").write_text(json.dumps({"fact": "a" * 40 + "!"}) + "\n", encoding="utf-8")
    _ended_by_watchdog(["validate", str(recipe), "s.jsonl"], tmp_path, {}, "regex")


def test_cpu_ticks_stop_before_the_interpreter_exits(tmp_path: Path) -> None:
    """Python puts SIGVTALRM's default action (end the process) back on its way out; a tick after that killed
    processes that were exiting normally (exit -26: the e2e runs and pytest itself). The ticks stop at exit."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import atexit, signal, time\n"
        "def late():\n"  # registered first, so it runs after mcrgen's own exit hooks, as the shutdown does
        "    signal.signal(signal.SIGVTALRM, signal.SIG_DFL)\n"
        "    t = time.process_time()\n"
        "    while time.process_time() - t < 0.5: pass\n"
        "atexit.register(late)\n"
        "from mcrgen.engine import watchdog\n"
        "watchdog.begin('x'); watchdog.end()\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "MCRGEN_VALIDATOR_TIMEOUT": "0.5"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=HANG_SECONDS, env=env)
    assert proc.returncode == 0, (proc.returncode, proc.stderr)


def test_a_hung_tokenizer_is_given_up_on_at_the_stall_timeout() -> None:
    """A server that hangs on every POST held each sample's count for /tokenize's own 30 s timeout on two paths
    (a run whose streams stalled out in 3 s took 67 s). The probe now waits no longer than a stream may stall, and
    a path that timed out ends the probe: one request, then the local counter."""
    import asyncio

    from mcrgen.engine.tokens import AutoCounter

    async def main() -> tuple[int, int, str]:
        seen = 0
        writers: list[asyncio.StreamWriter] = []

        async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            nonlocal seen
            seen += 1
            writers.append(writer)
            await reader.read(65536)
            await reader.read(65536)  # until the client gives up and closes

        server = await asyncio.start_server(hang, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        counter = AutoCounter(f"http://127.0.0.1:{port}/v1", "gpt-4o", preload=False, timeout=0.5)
        try:
            async with asyncio.timeout(20):  # the old probe: 2 x 30 s
                n = await counter.count("Hello world, 12 + 30 = 42.")
        finally:
            await counter.aclose()
            for w in writers:
                w.close()
            server.close()
            await server.wait_closed()
        return n, seen, counter.method

    n, seen, method = asyncio.run(main())
    assert n > 0 and seen == 1 and method.startswith("estimated"), (n, seen, method)


def test_a_tokenizer_that_drips_its_reply_is_given_up_on_at_the_stall_timeout() -> None:
    """A /tokenize reply sent one byte every 0.2 s never trips a per-read timeout: the run waited on it for good
    (a new user's trial, stop 29). The whole call is bounded by the stall timeout, then the local counter counts."""
    import asyncio

    from mcrgen.engine.tokens import AutoCounter

    async def main() -> tuple[int, str, float]:
        writers: list[asyncio.StreamWriter] = []

        async def drip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)
            await reader.read(65536)
            body = b'{"count": 7}' + b" " * 10_000
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
            for i in range(len(body)):
                writer.write(body[i : i + 1])
                await writer.drain()
                await asyncio.sleep(0.2)

        server = await asyncio.start_server(drip, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        counter = AutoCounter(f"http://127.0.0.1:{port}/v1", "gpt-4o", preload=False, timeout=1.0)
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        try:
            async with asyncio.timeout(20):
                n = await counter.count("Hello world, 12 + 30 = 42.")
        finally:
            await counter.aclose()
            for w in writers:
                w.close()
            server.close()
        return n, counter.method, loop.time() - t0

    n, method, took = asyncio.run(main())
    assert n > 0 and method.startswith("estimated") and took < 10, (n, method, took)


def test_sigterm_before_a_run_has_started_is_an_interruption_with_130() -> None:
    """SIGTERM in the first seconds (loading the recipe, starting workers: before a run sets its own handlers)
    killed mcrgen by the signal, exit -15 with no message; SIGINT then gave 130 (a new user's trial, stop 29)."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = (
        "import sys, time\n"
        "import mcrgen.cli as cli\n"
        "cli.app = lambda **kw: time.sleep(30)\n"  # main()'s own handling around a command that is still starting
        "print('ready', flush=True)\n"
        "cli.main()\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    import time

    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=HANG_SECONDS)
    assert proc.returncode == 130 and b"interrupted" in err, (proc.returncode, err)
