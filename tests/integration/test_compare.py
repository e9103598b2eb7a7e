"""`mcrgen compare` / `mcrgen report` on scripted runs whose right answers are known before anything runs.

Nine samples; every solution line is 8 tokens, so a statement completes at token 8 * (line + 1):

    id  problem                          solution (10 lines + end)            finished-text verdict
    0-2 '?' question                     all good, 'ANSWER 4'                 good
    3                                    WRONG on line 1 (visible at token 16) bad (no_wrong)
    4                                    WRONG on line 6 (visible at token 56) bad (no_wrong)
    5                                    ends 'NOPE 4'                        bad, final-only (ends_with_answer)
    6                                    TODO on line 1, DONE on line 5       good: the in-flight gate is wrong
    7                                    all good                             good
    8   no '?' (final-only check)        never generated                      bad (has_question)

Solutions are 82 tokens (10 x 8 + 2), expected_tokens is 80, so fraction checkpoints fall at tokens 24/40/64.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mcrgen.analysis.offline import gate, load_samples
from mcrgen.cli import app
from mcrgen.commands import run_compare
from mcrgen.recipe.loader import load_recipe
from mcrgen.rundir.files import read_jsonl
from tests.conftest import write_recipe
from tests.support.scripted_server import Reply, ScriptedServer, tokenize

GOOD, BAD, TODO, DONE = "So 2 + 2 = 4.\n", "So 2 + 2 WRONG 5.\n", "So 2 + 2 TODO 4.\n", "So 2 + 2 DONE 4.\n"
NO_WRONG = "tests.support.fake_validators:no_wrong"
ENDS = "tests.support.fake_validators:ends_with_answer"
TODO_V = "tests.support.compare_validators:resolved_todo"
QUESTION = "tests.support.compare_validators:has_question"
SOL_TOKENS = 82


def problem(i: int) -> str:
    # Longer problems for higher ids, so the kept and killed groups differ in length by a known amount.
    return f"Problem {i}: " + "word " * i + ("how many apples are left?" if i != 8 else "count the apples.")


def solution(i: int) -> str:
    lines, end = [GOOD] * 10, "ANSWER 4"
    if i == 3:
        lines[1] = BAD
    if i == 4:
        lines[6] = BAD
    if i == 5:
        end = "NOPE 4"
    if i == 6:
        lines[1], lines[5] = TODO, DONE
    return "".join(lines) + end


def script(body: dict[str, Any], n: int) -> Reply:
    msg = body["messages"][-1]["content"]
    if msg.startswith("Write"):
        return Reply(problem(int(msg.split()[-1])), delay=0.0005)
    return Reply(solution(int(msg.split("Problem ")[1].split(":")[0])), delay=0.0005)


def make_recipe(tmp: Path, **changes: Any) -> Path:
    base: dict[str, Any] = {
        "budget": {"samples": 9},
        "stages__0__validators": [QUESTION],
        "stages__1__validators": [NO_WRONG, TODO_V, ENDS],
        "stages__1__expected_tokens": 80,
    }
    return write_recipe(tmp, **(base | changes))


@pytest.fixture(scope="module")
def cmp(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("cmp")
    with ScriptedServer(script) as srv:
        recipe = load_recipe(make_recipe(tmp), base_url=srv.base_url)
        data = run_compare(recipe, tmp / "out")
    return tmp / "out", data


def test_solutions_have_the_planned_length() -> None:
    assert {len(tokenize(solution(i))) for i in range(8)} == {SOL_TOKENS}


def test_side_by_side_measured(cmp: tuple[Path, dict[str, Any]]) -> None:
    _, data = cmp
    base, infl = data["modes"]["baseline"], data["modes"]["inflight"]
    problems = sum(len(tokenize(problem(i))) for i in range(9))
    assert base["completion_tokens"] == problems + 8 * SOL_TOKENS
    # Killed at tokens 16 (id 3), 56 (id 4) and 16 (id 6): 66 + 26 + 66 tokens never generated.
    assert infl["completion_tokens"] == base["completion_tokens"] - 158
    assert infl["prompt_tokens"] == base["prompt_tokens"]
    for m in (base, infl):
        assert (m["attempted"], m["accepted"], m["yield"]) == (9, 4, round(4 / 9, 4))
        assert m["tokens_per_accepted"] == round(m["total_tokens"] / 4, 1)
        assert m["wall_seconds"] > 0 and m["pairs_per_hour"] == round(4 / m["wall_seconds"] * 3600, 1)
        got = {(r["stage"], r["validator"]): r["count"] for r in m["rejections"]}
        assert got == {
            ("problem", QUESTION): 1,
            ("solution", NO_WRONG): 2,
            ("solution", TODO_V): 1,
            ("solution", ENDS): 1,
        }
    assert infl["rejections_by_phase"] == {"inflight": 3, "final": 2}
    s = data["savings"]
    assert (s["ids_compared"], s["saved_tokens"], s["saved_completion_tokens"]) == (9, 158, 158)
    assert s["saved_pct"] == round(100 * 158 / base["total_tokens"], 2)
    assert s["saved_tokens_without_retries"] == 158 and s["ids_with_different_outputs"] == []
    assert base["failed_attempt_tokens"] == infl["failed_attempt_tokens"] == 0
    # Tokens by stage and outcome add up to the totals.
    for m in (base, infl):
        assert sum(sum(c.values()) for c in m["tokens_by_stage_outcome"].values()) == m["total_tokens"]
    killed = [r for r in read_jsonl(cmp[0] / "inflight" / "rejected.jsonl") if r["outcome"] == "rejected_inflight"]
    prompts = sum(r["usage"][-1]["prompt_tokens"] for r in killed)
    assert infl["tokens_by_stage_outcome"]["solution"]["rejected_inflight"] == prompts + 16 + 56 + 16


def test_no_bias_identical_sets(cmp: tuple[Path, dict[str, Any]]) -> None:
    nb = cmp[1]["no_bias"]
    assert (nb["accepted_baseline"], nb["accepted_inflight"], nb["accepted_both"]) == (4, 4, 4)
    assert nb["jaccard"] == 1.0 and nb["differences"] == [] and nb["diverged"] == []
    # Four accepted per run: the sets match, but that proves little, and the verdict says so.
    assert nb["deterministic"] and nb["test"] == "exact"
    assert nb["identical"] is None and nb["verdict"] == "not enough data"


def test_hindsight_limit(cmp: tuple[Path, dict[str, Any]]) -> None:
    h = cmp[1]["hindsight"]
    assert {p["id"][-1]: p["possible"] for p in h["samples"]} == {"3": 66, "4": 26, "5": 0, "6": 66, "8": 0}
    assert h["possible_tokens"] == 158 and h["saved_tokens"] == 158 and h["saved_of_possible"] == 1.0
    assert h["baseline_tokens"] == cmp[1]["modes"]["baseline"]["total_tokens"]


def test_replayed_gates_match_recorded_faults(cmp: tuple[Path, dict[str, Any]]) -> None:
    out = cmp[0] / "baseline"
    recipe = load_recipe(out / "recipe.resolved.yaml")
    rows = read_jsonl(out / "accepted.jsonl") + read_jsonl(out / "rejected.jsonl")
    for s in load_samples(recipe, rows):
        fired = [gate(r, "continuous", recipe.answer_format) for r in s.stages]
        got = next(({"validator": f.validator, "at_token": f.at_token} for f in fired if f), None)
        want = {k: s.fault[k] for k in ("validator", "at_token")} if s.fault else None
        assert got == want, s.id


def test_shadow_audit(cmp: tuple[Path, dict[str, Any]]) -> None:
    a = cmp[1]["shadow_audit"]
    assert a["policy"] == {"problem": "final", "solution": "continuous"}
    sol = a["by_stage"]["solution"]
    assert (sol["good"], sol["bad"], sol["tp"], sol["fp"], sol["fn"]) == (5, 3, 2, 1, 1)
    assert (sol["fp_rate"], sol["fn_rate"]) == (0.2, round(1 / 3, 4))
    assert a["by_stage"]["problem"] == {"good": 8, "bad": 1, "tp": 0, "fp": 0, "fn": 1, "fp_rate": 0.0, "fn_rate": 1.0}
    assert (a["overall"]["fp_rate"], a["overall"]["fn_rate"]) == (round(1 / 13, 4), 0.5)
    by = {v["validator"]: v for v in a["by_validator"]}
    assert (by[NO_WRONG]["tp"], by[NO_WRONG]["fp"], by[NO_WRONG]["fn_rate"]) == (2, 0, 0.0)
    assert (by[TODO_V]["fp"], by[TODO_V]["fp_rate"]) == (1, 0.2)
    assert (by[ENDS]["fn"], by[ENDS]["fn_rate"]) == (1, 1.0)
    assert (by[QUESTION]["fn"], by[QUESTION]["fn_rate"]) == (1, 1.0)
    assert {(c["id"][-1], c["kind"], c["validator"]) for c in a["cases"]} == {
        ("5", "FN", ENDS),
        ("6", "FP", TODO_V),
        ("8", "FN", QUESTION),
    }


def test_checkpoint_sweep(cmp: tuple[Path, dict[str, Any]]) -> None:
    rows = {r["policy"]: r for r in cmp[1]["checkpoint_sweep"]}
    # 0.3 (token 24): ids 3, 6 caught at 24; 0.5 (40): ids 3, 6 at 40; 0.8 (64): ids 3, 4 at 64, and id 6's TODO is
    # resolved by then, so its good solution survives.
    saved = {"none": 0, "0.3": 2 * 58, "0.5": 2 * 42, "0.8": 2 * 18, "continuous": 66 + 26 + 66}
    lost = {"none": 0, "0.3": 1, "0.5": 1, "0.8": 0, "continuous": 1}
    accepted = {"none": 5, "0.3": 4, "0.5": 4, "0.8": 5, "continuous": 4}
    assert {k: r["saved"] for k, r in rows.items()} == saved
    assert {k: r["good_lost"] for k, r in rows.items()} == lost
    assert {k: r["accepted"] for k, r in rows.items()} == accepted
    assert rows["0.8"]["bad_caught"] == 2 and rows["0.3"]["bad_caught"] == 1


def test_sweep_predicts_a_real_fraction_checkpoint_run(cmp: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    """The offline replay of [0.5] spends exactly what an in-flight run with checkpoints [0.5] spends."""
    with ScriptedServer(script) as srv:
        recipe = load_recipe(make_recipe(tmp_path, stages__1__checkpoints=[0.5]), base_url=srv.base_url)
        from mcrgen.engine.generate import generate

        _, report = generate(recipe, tmp_path / "half", mode="inflight")
    predicted = {r["policy"]: r for r in cmp[1]["checkpoint_sweep"]}["0.5"]
    assert report["tokens"]["total"]["total_tokens"] == predicted["tokens"]
    assert report["funnel"]["accepted"] == predicted["accepted"]


def test_random_null(cmp: tuple[Path, dict[str, Any]]) -> None:
    null = cmp[1]["random_null"]
    assert null["discarded_per_stage"] == {"problem": 0, "solution": 3}
    assert null["gates"] == {"saved": 158, "saved_pct": cmp[1]["savings"]["saved_pct"], "kept": 4}
    # All solutions are 82 tokens, so cutting any 3 at the same fractions saves the same 158 tokens...
    assert null["random"]["saved"] == 158
    # ...but random victims are good 5 times in 8: expected kept = 5 - 3 * 5/8 = 3.125 < 4.
    assert abs(null["random"]["kept"] - 3.125) < 0.25
    assert null["random"]["kept_min"] >= 2 and null["random"]["kept_max"] <= 5


def test_kept_vs_killed(cmp: tuple[Path, dict[str, Any]]) -> None:
    kk = cmp[1]["kept_vs_killed"]
    words = {i: len(problem(i).split()) for i in range(9)}
    assert kk["kept"]["n"] == 4 and kk["kept"]["problem_words"]["mean"] == round(
        sum(words[i] for i in (0, 1, 2, 7)) / 4, 2
    )
    assert kk["killed_inflight"]["problem_words"]["mean"] == round(sum(words[i] for i in (3, 4, 6)) / 3, 2)
    # '=' lines come from the baseline's finished solutions: 9, 9 and 8 for the killed ids.
    assert kk["killed_inflight"]["computation_steps"]["mean"] == round(26 / 3, 2)
    assert kk["kept"]["computation_steps"]["mean"] == 10
    assert kk["rejected_after"]["n"] == 2 and kk["rejected_after"]["solution_tokens"]["mean"] == SOL_TOKENS


def test_nondeterministic_ids_are_reported_apart(tmp_path: Path) -> None:
    """An endpoint that answers id 2 differently the second time (as batched bf16 vLLM does): id 2 leaves the
    headline saving, the oracle and the id-by-id check, and is reported apart."""
    seen: dict[int, int] = {}

    def flaky(body: dict[str, Any], n: int) -> Reply:
        msg = body["messages"][-1]["content"]
        if msg.startswith("Write"):
            return Reply(problem(int(msg.split()[-1])))
        i = int(msg.split("Problem ")[1].split(":")[0])
        seen[i] = seen.get(i, 0) + 1
        return Reply(solution(4 if i == 2 and seen[i] == 2 else 0))

    with ScriptedServer(flaky) as srv:
        recipe = load_recipe(make_recipe(tmp_path, budget={"samples": 3}), base_url=srv.base_url)
        data = run_compare(recipe, tmp_path / "out")
    # Ids 0-1 run in-flight first, id 2 baseline first: in flight, id 2 got the faulty text and was closed at token 56.
    assert [b["mode"] for b in data["run_order"]] == ["inflight", "baseline", "baseline", "inflight"]
    nb = data["no_bias"]
    assert nb["diverged"] == [{"id": "000002", "stage": "solution"}] and not nb["deterministic"]
    assert (nb["ids_checked"], nb["accepted_both"], nb["differences"]) == (2, 2, [])
    assert nb["test"] == "statistical" and nb["verdict"] == "not enough data"
    s = data["savings"]
    assert s["ids_with_different_outputs"] == ["000002"] and s["ids_compared"] == 2 and s["saved_tokens"] == 0
    assert s["diverged"] == {
        "ids": 1,
        "baseline_tokens": s["diverged"]["baseline_tokens"],
        "inflight_tokens": (s["diverged"]["baseline_tokens"] - 26),
        "difference_tokens": 26,
    }
    assert [p["id"] for p in data["hindsight"]["samples"]] == [] and data["hindsight"]["possible_tokens"] == 0
    assert data["hindsight"]["saved_of_possible"] is None
    # Id 2 is out of the id-by-id check: the verdict sees two samples, both accepted by both runs.
    v = data["verdict"]
    assert (v["lost_good"], v["gained"], v["accepted_baseline"]) == (0, 0, 2)
    html = (tmp_path / "out" / "compare.html").read_text()
    assert "lost none of the 2 samples full generation accepted" in html


def test_hindsight_replays_truncated_baseline_streams(tmp_path: Path) -> None:
    """A baseline stream cut by max_tokens still has its fault recorded where in-flight would have seen it."""

    def cut(body: dict[str, Any], n: int) -> Reply:
        if body["messages"][-1]["content"].startswith("Write"):
            return Reply(problem(0))
        return Reply(solution(3), finish_reason="length")

    with ScriptedServer(cut) as srv:
        recipe = load_recipe(make_recipe(tmp_path, budget={"samples": 1}), base_url=srv.base_url)
        data = run_compare(recipe, tmp_path / "out")
    [row] = read_jsonl(tmp_path / "out" / "baseline" / "rejected.jsonl")
    assert row["rejection"]["validator"] != "truncated" and "faults" in row
    [p] = data["hindsight"]["samples"]
    assert p["fault"]["source"] == "recorded" and p["fault"]["at_token"] == 16 and p["possible"] == SOL_TOKENS - 16
    assert data["hindsight"]["saved_of_possible"] == 1.0


def test_files_and_cli(cmp: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    out, data = cmp
    assert json.loads((out / "compare.json").read_text()) == json.loads(json.dumps(data))
    html = (out / "compare.html").read_text()
    for plot in ("funnel", "tokens", "sweep"):
        assert f'data-plot="{plot}"' in html
    assert "<script" not in html and " src=" not in html and " href=" not in html
    res = CliRunner().invoke(app, ["report", str(out)])
    assert res.exit_code == 0, res.output
    assert "baseline vs in-flight" in res.stderr and "tokens saved (measured): 158" in res.stderr
    assert res.stdout == ""
    # A single baseline run dir gets the offline analyses; an in-flight one only its own figures.
    res = CliRunner().invoke(app, ["report", str(out / "baseline")])
    assert res.exit_code == 0 and "checkpoint sweep" in res.stderr
    assert 'data-plot="sweep"' in (out / "baseline" / "report.html").read_text()
    res = CliRunner().invoke(app, ["report", str(out / "inflight")])
    assert res.exit_code == 0 and "checkpoint sweep" not in res.stderr
    assert json.loads((out / "inflight" / "report.json").read_text())["mode"] == "inflight"
    res = CliRunner().invoke(app, ["report", str(tmp_path)])
    assert res.exit_code != 0


def test_html_reads_as_prose_with_a_verdict_and_marked_samples(cmp: tuple[Path, dict[str, Any]]) -> None:
    out, data = cmp
    v = data["verdict"]
    assert (v["saved_tokens"], v["baseline_tokens"], v["possible_tokens"], v["saved_of_possible"]) == (
        158,
        899,
        158,
        1.0,
    )
    assert v["lost_good"] == 0 and v["loss_rate_bound"] == round(1 - 0.05 ** (1 / 4), 4)
    html = (out / "compare.html").read_text()
    box = html[html.index('<div class="verdict">') : html.index("</div>", html.index('<div class="verdict">'))]
    assert "saved 158 of 899 tokens (17.6%) on the 9 samples both runs finished, as counted by the server" in box
    assert "100.0% of the hindsight limit: 158 tokens" in box
    assert "lost none of the 4 samples full generation accepted" in box and "below 52.7% (95% confidence" in box
    # Every section says what it shows; columns have names a person reads, with the change between runs.
    assert html.count("<h2>") - 1 == html.count('class="explain"') - 2  # minus the verdict; two plots have notes too
    assert "<th>full generation (baseline)</th><th>in-flight rejection</th><th>change</th>" in html
    assert '<span class="good">-17.6%</span>' in html  # total tokens went down: the good way
    # Sample texts: a kept one, and killed ones with the failing statement marked.
    assert html.count('class="sample kept"') == 1 and "<mark>So 2 + 2 WRONG 5.</mark>" in html
    # No machine paths, no Python reprs.
    assert str(out.resolve()) not in html and str(out) not in html and "baseline/" in html
    assert "{'" not in html and "':" not in html and "tests.support" not in html


def test_compare_command(tmp_path: Path) -> None:
    with ScriptedServer(script) as srv:
        args = ["compare", str(make_recipe(tmp_path)), "--limit", "4", "--out", str(tmp_path / "c")]
        res = CliRunner().invoke(app, [*args, "--base-url", srv.base_url, "--concurrency", "2", "--seed", "3"])
    assert res.exit_code == 0, res.stderr
    data = json.loads((tmp_path / "c" / "compare.json").read_text())
    assert (
        data["modes"]["baseline"]["attempted"] == 4 and data["savings"]["saved_tokens"] == 66
    )  # ids 0-3: only id 3 is killed
    assert "tokens saved (measured): 66 " in res.stderr and (tmp_path / "c" / "compare.html").exists()


# -- the HTML in a real browser -----------------------------------------------------------------------------
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _png_pixels(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Decode an 8-bit, non-interlaced RGB/RGBA PNG (what Chromium writes) into rows of raw pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos : pos + 4]), data[pos + 4 : pos + 8]
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and colour in (2, 6) and interlace == 0
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, rows, prev = zlib.decompress(idat), [], bytearray(width * bpp)
    stride = width * bpp + 1
    for y in range(height):
        f, line = raw[y * stride], bytearray(raw[y * stride + 1 : (y + 1) * stride])
        for x in range(len(line)):
            a = line[x - bpp] if x >= bpp else 0
            b, c = prev[x], prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)")
def test_html_renders_in_headless_chromium(cmp: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    assert CHROMIUM is not None
    page = (cmp[0] / "compare.html").resolve().as_uri()
    base = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", page], capture_output=True, text=True, timeout=60, check=True).stdout
    # The browser parsed three SVG plots with their bars (the DOM dump is the page after parsing, not the file).
    for plot in ("funnel", "tokens", "sweep"):
        assert f'data-plot="{plot}"' in dom
    assert dom.count('class="bar"') >= 10 and "Tokens saved (measured" in dom
    assert "Verdict" in dom and "In-flight rejection saved 158 of 899 tokens" in dom and "<mark>" in dom
    shot = tmp_path / "shot.png"
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=1000,3000", page], capture_output=True, timeout=60)
    width, height, bpp, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1000, 3000)
    verdict_blue = bytes.fromhex("f2f7fd")  # the verdict box's background, painted near the top of the page
    assert any(verdict_blue in row[: width * bpp] for row in rows[:400:4])
    colours = {bytes.fromhex(c) for c in ("5b7aa6", "e08a2c", "3a9a5b", "3a7dc8")}  # baseline, inflight, ok, sweep
    seen = {row[x : x + 3] for row in rows[::2] for x in range(0, width * bpp, bpp * 2)}
    assert colours <= seen, "every plot colour must be painted somewhere on the page"


def test_run_order_alternates_and_cached_tokens_are_shown(tmp_path: Path) -> None:
    """A server with a prefix cache serves the second mode's prompts from cache: alternating which mode runs first
    shares that advantage, and the engine's work (uncached prompt + completion) is reported next to wall time."""
    with ScriptedServer(script, prefix_cache=True) as srv:
        recipe = load_recipe(make_recipe(tmp_path), base_url=srv.base_url)
        data = run_compare(recipe, tmp_path / "out")
    order = [(b["mode"], b["first_id"], b["last_id"]) for b in data["run_order"]]
    assert order == [
        ("inflight", "000000", "000004"),
        ("baseline", "000000", "000004"),
        ("baseline", "000005", "000008"),
        ("inflight", "000005", "000008"),
    ]

    def prompts(mode: str, ids: range) -> int:
        rows = read_jsonl(tmp_path / "out" / mode / "accepted.jsonl")
        rows += read_jsonl(tmp_path / "out" / mode / "rejected.jsonl")
        return sum(u["prompt_tokens"] for r in rows if int(r["id"]) in ids for u in r["usage"])

    base, infl = data["modes"]["baseline"]["engine"], data["modes"]["inflight"]["engine"]
    # Whoever ran second in a block found that block's prompts cached.
    assert base["cached_prompt_tokens"] == prompts("baseline", range(0, 5)) > 0
    assert infl["cached_prompt_tokens"] == prompts("inflight", range(5, 9)) > 0
    for mode, eng in (("baseline", base), ("inflight", infl)):
        m = data["modes"][mode]
        assert eng["cached_reported_requests"] == eng["requests"]
        assert eng["computed_tokens"] == m["total_tokens"] - eng["cached_prompt_tokens"]
    h = data["headline"]
    assert h["run_order"] == "alternating blocks" and h["computed_tokens"]["baseline"] == base["computed_tokens"]
