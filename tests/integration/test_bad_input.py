"""Bad input, table-driven, through the CLI entry point: one error line naming what and where, the documented exit
code (2 recipe/input, 3 endpoint, 4 output), and the files of an earlier good run in the same directory untouched.

Most cases call ``mcrgen.cli.main`` in-process (fast, and lets one case fake a full disk); a few run
``python -m mcrgen`` to prove the real process exit codes.
"""

from __future__ import annotations

import copy
import errno
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from mcrgen.rundir import files as rundir
from mcrgen.rundir.reader import load_meta
from tests.conftest import ROOT, steps_script
from tests.support.cli_run import invoke_cli
from tests.support.scripted_server import Reply, ScriptedServer

BASE: dict[str, Any] = yaml.safe_load((ROOT / "tests" / "fixtures" / "tiny.yaml").read_text())
BASE["seeds"] = {"path": "seeds.jsonl", "field": "question", "shots": 1}
BASE["endpoint"].update(max_retries=1, retry={"initial_delay": 0.01, "max_delay": 0.02})
BASE["budget"] = {"samples": 3}
SEEDS = '{"question": "How many apples?"}\n{"question": "How many pears?"}\n'


@dataclass
class Servers:
    good: ScriptedServer
    keyed: ScriptedServer
    failing: ScriptedServer


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    s = Servers(
        ScriptedServer(steps_script()).start(),
        ScriptedServer(steps_script(), api_key="right-key-0123").start(),
        ScriptedServer(lambda body, n: Reply(status=503)).start(),
    )
    yield s
    for srv in (s.good, s.keyed, s.failing):
        srv.stop()


@pytest.fixture(scope="module")
def good_run(servers: Servers, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A finished good run; each case copies it and runs a bad command into the copy."""
    work = tmp_path_factory.mktemp("good")
    (work / "seeds.jsonl").write_text(SEEDS)
    (work / "recipe.yaml").write_text(yaml.safe_dump(BASE, sort_keys=False))
    code, err = invoke_cli(
        ["generate", str(work / "recipe.yaml"), "--out", str(work / "run"), "--base-url", servers.good.base_url]
    )
    assert code == 0, err
    return work


@dataclass
class Case:
    id: str
    code: int
    fragment: str
    recipe: Callable[[dict[str, Any]], Any] | str | None = None
    """Mutates a copy of BASE (or replaces the whole text)."""
    args: list[str] = field(default_factory=list)
    setup: Callable[[Path], None] | None = None
    server: str = "good"
    fresh_dir: bool = False
    """Run into a new directory (the case changes the recipe's identity, so the good run's dir would be refused)."""
    starts: bool = False
    """The run gets as far as starting: run.json gains a session, but the sample files stay as they were."""
    env: dict[str, str] = field(default_factory=dict)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        node: Any = d
        parts = path.split(".")
        for p in parts[:-1]:
            node = node[int(p)] if isinstance(node, list) else node.setdefault(p, {})
        if isinstance(node, list):
            node[int(parts[-1])] = value
        else:
            node[parts[-1]] = value

    return mutate


def _write(name: str, text: str | bytes) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        p = work / name
        p.write_bytes(text) if isinstance(text, bytes) else p.write_text(text)

    return setup


def _corrupt_middle_row(work: Path) -> None:
    p = work / "run" / "accepted.jsonl"
    lines = p.read_text().splitlines(keepends=True)
    p.write_text(lines[0] + "{oops\n" + "".join(lines[1:]))


def _disk_full(work: Path) -> None:
    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    rundir._append = full  # restored by the test


TINY_TEXT = (ROOT / "tests" / "fixtures" / "tiny.yaml").read_text()
CASES = [
    # -- recipe file and YAML (2) --
    Case("yaml-unclosed", 2, "recipe.yaml:3: invalid YAML", "name: x\nstages: [\n"),
    Case("yaml-tab", 2, "invalid YAML", "name: x\nstages:\n\t- name: a\n"),
    Case("yaml-list", 2, "a recipe is a YAML mapping", "- a\n- b\n"),
    Case("yaml-empty", 2, "a recipe is a YAML mapping", ""),
    Case("recipe-missing", 2, "nope.yaml: recipe file not found", args=["--recipe-path", "nope.yaml"]),
    Case("recipe-is-dir", 2, "cannot read recipe", args=["--recipe-path", "."]),
    # -- schema (2) --
    Case("no-stages", 2, "'stages' is a required property", lambda d: d.pop("stages")),
    Case("unknown-top-key", 2, "unknown key 'budgett'", lambda d: d.update(budgett={})),
    Case("unknown-endpoint-key", 2, "endpoint: unknown key 'concurency'", _set("endpoint.concurency", 3)),
    Case("concurrency-0", 2, "endpoint.concurrency: 0 is less than the minimum", _set("endpoint.concurrency", 0)),
    Case("temperature-5", 2, "stages[0].temperature: 5 is greater than the maximum", _set("stages.0.temperature", 5)),
    Case("stage-name-pattern", 2, "stages[0].name", _set("stages.0.name", "Bad-Name")),
    Case(
        "max-tokens-string",
        2,
        "stages[1].max_tokens: 'many' is not of type 'integer'",
        _set("stages.1.max_tokens", "many"),
    ),
    Case("checkpoint-1.5", 2, "stages[1].checkpoints", _set("stages.1.checkpoints", [1.5])),
    Case("api-key-env-pattern", 2, "endpoint.api_key_env", _set("endpoint.api_key_env", "1BAD")),
    Case(
        "price-incomplete",
        2,
        "endpoint.price_per_million: 'completion' is a required property",
        _set("endpoint.price_per_million", {"prompt": 1}),
    ),
    Case("budget-negative", 2, "budget.max_seconds", _set("budget.max_seconds", -1)),
    # -- recipe semantics (2) --
    Case("duplicate-stage", 2, "stage name 'problem' is already used", _set("stages.1.name", "problem")),
    Case(
        "undefined-var", 2, "{{ problme }}, which is not defined here", _set("stages.1.prompt", "Solve {{ problme }}")
    ),
    Case("expected-over-max", 2, "expected_tokens (900) exceeds max_tokens", _set("stages.1.expected_tokens", 900)),
    Case("max-cost-no-prices", 2, "budget.max_cost needs endpoint.price_per_million", _set("budget.max_cost", 1.0)),
    Case("limit-0", 2, "--limit must be at least 1", args=["--limit", "0"]),
    Case("concurrency-flag-0", 2, "--concurrency must be at least 1", args=["--concurrency", "0"]),
    Case("mode-unknown", 2, "--mode must be inflight or baseline", args=["--mode", "fast"]),
    Case("stage-named-row", 2, "stage name 'row' is a built-in template variable", _set("stages.0.name", "row")),
    # -- validators (2) --
    Case(
        "unknown-validator",
        2,
        "unknown validator 'no_such_validator'",
        _set("stages.1.validators", ["no_such_validator"]),
    ),
    Case("validator-bad-param", 2, "has no parameter 'mn'", _set("stages.0.validators", [{"word_count": {"mn": 3}}])),
    Case("validator-bad-type", 2, "must be int", _set("stages.0.validators", [{"word_count": {"min": "three"}}])),
    Case("validator-bad-import", 2, "nosuchpkg_xyz", _set("stages.1.validators", ["nosuchpkg_xyz.mod:fn"])),
    # -- seed files (2) --
    Case("seeds-missing", 2, "seeds.path", _set("seeds.path", "missing.jsonl")),
    Case("seeds-fewer-than-shots", 2, "seeds.shots is 3 but the seed file holds 2 examples", _set("seeds.shots", 3)),
    Case(
        "seeds-empty",
        2,
        "the seed file is empty",
        _set("seeds.path", "empty.jsonl"),
        setup=_write("empty.jsonl", "\n\n"),
    ),
    Case(
        "seeds-bad-line",
        2,
        "bad.jsonl:2: not valid JSON",
        _set("seeds.path", "bad.jsonl"),
        setup=_write("bad.jsonl", '{"question": "a?"}\n{"question": \n'),
    ),
    Case(
        "seeds-no-field",
        2,
        "nofield.jsonl:1: no text field 'question'",
        _set("seeds.path", "nofield.jsonl"),
        setup=_write("nofield.jsonl", '{"q": "a?"}\n'),
    ),
    Case(
        "seeds-not-utf8",
        2,
        "not UTF-8",
        _set("seeds.path", "latin.jsonl"),
        setup=_write("latin.jsonl", b'{"question": "caf\xe9?"}\n'),
    ),
    # -- output directory (4) --
    Case("out-is-file", 4, "cannot create run directory", args=["--out", "afile"], setup=_write("afile", "x")),
    Case("out-under-file", 4, "cannot create run directory", args=["--out", "afile/run"], setup=_write("afile", "x")),
    Case("different-recipe", 4, "holds a run of a different recipe", _set("seed", 99)),
    Case(
        "different-mode", 4, "holds an inflight run; use another --out for --mode baseline", args=["--mode", "baseline"]
    ),
    Case("corrupt-run-json", 4, "run.json: corrupt run metadata", setup=_write("run/run.json", "{not json")),
    Case("corrupt-row", 4, "accepted.jsonl:2: corrupt JSON line", setup=_corrupt_middle_row),
    Case("disk-full", 4, "No space left on device", args=["--limit", "6"], setup=_disk_full, starts=True),
    # -- endpoint (3) --
    # A sample is left (--limit 4 over the good run's 3): a finished run is summed up without asking its server.
    Case("unreachable", 3, "is unreachable (", args=["--base-url", "http://127.0.0.1:9/v1", "--limit", "4"]),
    Case(
        "wrong-key",
        3,
        "refused the API key (HTTP 401); set the environment variable OPENAI_API_KEY",
        server="keyed",
        args=["--limit", "4"],
        env={"OPENAI_API_KEY": "wrong-key-4567"},
    ),
    Case("wrong-model", 3, "model 'nope' is not served by", args=["--model", "nope"], fresh_dir=True),
    Case(
        "breaker",
        3,
        "endpoint failing",
        lambda d: d["endpoint"].update(circuit_breaker={"failures": 2, "pause": 0.01, "max_pauses": 0}),
        args=["--limit", "6"],
        server="failing",
        starts=True,
    ),
]


def _snapshot(run: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(run.iterdir())} if run.exists() else {}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input(
    case: Case, good_run: Path, servers: Servers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    work = tmp_path
    shutil.copytree(good_run, work, dirs_exist_ok=True)
    if case.fresh_dir:
        shutil.rmtree(work / "run")
    for k, v in case.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(rundir, "_append", rundir._append)
    if case.setup is not None:
        case.setup(work)
    recipe = work / "recipe.yaml"
    if isinstance(case.recipe, str):
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
    if "--base-url" not in args:
        args += ["--base-url", getattr(servers, case.server).base_url]
    before = _snapshot(work / "run")

    code, err = invoke_cli(["generate", str(recipe), *args])

    assert code == case.code, err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("error:")]
    assert len(errors) == 1, err
    assert case.fragment in errors[0], errors[0]
    if not case.starts:
        assert lines == errors, "nothing else may be printed before the run starts"
    for secret in ("wrong-key-4567", "right-key-0123"):
        assert secret not in err
    after = _snapshot(work / "run")
    if case.fresh_dir:
        assert not after
    elif case.starts:
        for name in ("accepted.jsonl", "rejected.jsonl"):
            assert after[name] == before[name], name
        assert len(load_meta(work / "run").sessions) == 2  # type: ignore[union-attr]
    elif case.id.startswith("out-"):
        assert (work / "afile").read_text() == "x"
    else:
        assert after == before, "a failed run must leave the earlier run's files as they were"


@pytest.mark.parametrize(
    "argv, code, fragment",
    [
        (["generate", "missing.yaml"], 2, "recipe file not found"),
        (["generate", "recipe.yaml", "--base-url", "http://127.0.0.1:9/v1", "--out", "o"], 3, "is unreachable"),
        (["generate", "recipe.yaml", "--out", "afile"], 4, "cannot create run directory"),
    ],
)
def test_real_process_exit_codes(
    argv: list[str], code: int, fragment: str, good_run: Path, servers: Servers, tmp_path: Path
) -> None:
    shutil.copytree(good_run, tmp_path, dirs_exist_ok=True)
    (tmp_path / "afile").write_text("x")
    if "--base-url" not in argv:
        argv = [*argv, "--base-url", servers.good.base_url]
    proc = subprocess.run(
        [sys.executable, "-m", "mcrgen", *argv],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == code, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and fragment in lines[0], proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize("command", ["generate", "compare"])
def test_an_endpoint_that_is_down_leaves_no_empty_run_directory(good_run: Path, tmp_path: Path, command: str) -> None:
    shutil.copytree(good_run, tmp_path, dirs_exist_ok=True)
    out = tmp_path / "new" / "deeper"
    proc = subprocess.run(
        [sys.executable, "-m", "mcrgen", command, "recipe.yaml", "--base-url", "http://127.0.0.1:9/v1", "--out", out],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 3 and "is unreachable" in proc.stderr, proc.stderr
    assert not (tmp_path / "new").exists()  # nor the parent it created
    assert (tmp_path / "run" / "run.json").exists()  # an existing run directory is never touched


def test_a_web_server_that_is_not_openai_compatible_is_an_endpoint_error(good_run: Path, tmp_path: Path) -> None:
    """A plain static-file server (404 on /v1/models, 501 on every POST): one line and exit 3 (the README's
    "not an OpenAI-compatible server"), not samples left in endpoint errors (exit 5) after retrying each."""
    import http.server
    import threading

    shutil.copytree(good_run, tmp_path, dirs_exist_ok=True)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
        proc = subprocess.run(
            [sys.executable, "-m", "mcrgen", "generate", "recipe.yaml", "--base-url", url, "--out", "o"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        )
    finally:
        httpd.shutdown()
        httpd.server_close()
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert proc.returncode == 3, proc.stderr
    assert len(errors) == 1 and "HTTP 501" in errors[0] and "OpenAI-compatible" in errors[0], proc.stderr


def test_api_key_never_reaches_any_file_or_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-test-SECRET-abcdef0123456789"
    base = steps_script()

    def script(body: dict[str, Any], n: int) -> Reply:
        msg = body["messages"][-1]["content"]
        if msg.startswith("Solve") and "Problem 1:" in msg:
            # A server that echoes the key in its error body (some do, for a refused key).
            return Reply(status=500, body={"error": {"message": f"upstream rejected key {secret}"}})
        return base(body, n)

    monkeypatch.setenv("MCRGEN_SECRET_KEY", secret)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds.jsonl").write_text(SEEDS)
    data = copy.deepcopy(BASE)
    data["endpoint"]["api_key_env"] = "MCRGEN_SECRET_KEY"
    (tmp_path / "recipe.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    with ScriptedServer(script, api_key=secret) as srv:
        code, err = invoke_cli(["generate", "recipe.yaml", "--out", "run", "--base-url", srv.base_url])
    assert code == 5, err  # the sample the server kept refusing is left in error
    errors = rundir.read_jsonl(tmp_path / "run" / "errors.jsonl")
    assert errors and "***" in errors[0]["error"]["message"]  # the echoed key was scrubbed
    assert secret not in err
    for f in (tmp_path / "run").rglob("*"):
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
