"""A base URL with a query or a fragment is refused at load (exit 2), and no message prints what the query held:
the client appends each request's path to the base URL as text, so ``http://h/v1?api_key=sk-...`` sent every
request to ``/v1/?api_key=sk-...chat/completions`` and printed the key in run.json and on stderr (a new user's
trial, stop 48)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcrgen.errors import RecipeError
from mcrgen.recipe.bounds import check_url
from tests.support.cli_run import invoke_cli

SECRET = "sk-QSECRET777"


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        (f"http://127.0.0.1:18032/v1?api_key={SECRET}", "has a query or a fragment"),
        ("http://127.0.0.1:18032/v1#frag", "has a query or a fragment"),
        (f"http://127.0.0.1:18032/v1/?key={SECRET}#x", "has a query or a fragment"),
        (f"http://u:{SECRET}@127.0.0.1:99999/v1?k={SECRET}", "is malformed"),
        (f"ftp://127.0.0.1/v1?k={SECRET}", "must start with http"),
        (f"http://127.0.0.1:1/v 1?k={SECRET}", "whitespace or control characters"),
        (f"https://u:p@{SECRET}@127.0.0.1:99999/v1", "is malformed"),  # a password holding "@"
        (f"https://user:pa ss{SECRET}@127.0.0.1/v1", "whitespace or control characters"),  # ... or a blank
    ],
)
def test_a_query_or_fragment_is_refused_and_never_printed(url: str, fragment: str) -> None:
    with pytest.raises(RecipeError) as raised:
        check_url(url, "r.yaml")
    message = str(raised.value)
    assert fragment in message and "QSECRET" not in message, message


def test_a_plain_url_passes() -> None:
    assert check_url("http://127.0.0.1:8000/v1", "r.yaml") == "http://127.0.0.1:8000/v1"


@pytest.mark.parametrize("where", ["flag", "recipe", "env"])
def test_the_cli_refuses_it_with_exit_2_and_keeps_the_key_out(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:9/v1?api_key={SECRET}"
    recipe = tmp_path / "r.yaml"
    endpoint = f"endpoint: {{base_url: '{url}', model: m}}\n" if where == "recipe" else "endpoint: {model: m}\n"
    recipe.write_text(
        "name: r\n" + endpoint + "stages:\n  - name: s\n    prompt: hi\n    max_tokens: 8\n", encoding="utf-8"
    )
    args = ["generate", str(recipe), "--out", str(tmp_path / "out"), "--limit", "1"]
    if where == "flag":
        args += ["--base-url", url]
    if where == "env":
        monkeypatch.setenv("OPENAI_BASE_URL", url)
    code, err = invoke_cli(args)
    assert code == 2 and "has a query or a fragment" in err and "QSECRET" not in err, err
    assert not (tmp_path / "out").exists() or "QSECRET" not in "".join(
        p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "out").rglob("*") if p.is_file()
    )


@pytest.mark.parametrize(
    ("value", "what"),
    [
        ("ключ-секрет-0123", "non-ASCII"),
        ("sk-abc\nsk-def", "a newline or a control character"),
        ("sk-a\x01b", "a newline"),
    ],
)
def test_a_key_no_header_can_carry_is_exit_2_naming_the_variable_not_the_value(
    value: str, what: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was "http://127.0.0.1:18001/v1 is unreachable (... UnicodeEncodeError ...)", exit 3 (stop 48's trial)."""
    recipe = tmp_path / "r.yaml"
    recipe.write_text(
        "name: r\nendpoint: {base_url: 'http://127.0.0.1:9/v1', model: m, api_key_env: MY_KEY}\n"
        "stages:\n  - name: s\n    prompt: hi\n    max_tokens: 8\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MY_KEY", value)
    code, err = invoke_cli(["generate", str(recipe), "--dry-run"])
    assert code == 2 and f"the API key in MY_KEY holds {what}" in err, err
    assert value not in err and "секрет" not in err and "sk-abc" not in err


def test_a_key_with_a_newline_at_its_end_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recipe = tmp_path / "r.yaml"
    recipe.write_text(
        "name: r\nendpoint: {base_url: 'http://127.0.0.1:9/v1', model: m, api_key_env: MY_KEY}\n"
        "stages:\n  - name: s\n    prompt: hi\n    max_tokens: 8\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("MY_KEY", "sk-from-a-file-0123\n")
    code, err = invoke_cli(["generate", str(recipe), "--dry-run"])
    assert code == 0, err


def test_every_request_reads_the_key_without_its_newline(monkeypatch: pytest.MonkeyPatch) -> None:
    """/tokenize and /metrics sent "Bearer sk-...\n" (httpx refuses it, and both fell back in silence)."""
    from mcrgen.engine.endpoints import api_key

    monkeypatch.setenv("MY_KEY", " sk-from-a-file-0123\n")
    assert api_key("MY_KEY") == "sk-from-a-file-0123" and api_key("NOT_SET_ANYWHERE_KEY") == ""
