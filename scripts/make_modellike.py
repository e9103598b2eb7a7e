"""Build the model-like evaluation sets under tests/data/modellike/ from GSM8K test (MIT, tests/data/gsm8k).

Instruct models do not write GSM8K's ``<<48/2=24>>`` calculator annotations: they put computations inside
prose, bullets, numbered or bold steps, with ``$``, ``1,250``, ``×``/``÷``/``x``/``·``, worded operators
("minus ... is", "plus ... equals"), ", which is", "That's", "a total of", markdown emphasis. This script
re-renders every gold solution that way (each computation from its annotation, so the arithmetic stays the
gold's), and derives faulty versions with one seeded slip:

* ``correct``: two renderings per problem, in different styles;
* ``slip``: one computation's stated result is wrong; later steps and the answer are untouched;
* ``carried``: the same slip, carried into every later computation that uses the value and into ``####``.

Each record names the GSM8K test problem by index (``problem_id``: the question is read from
tests/data/gsm8k/test.jsonl, so it is not stored twice) and, for faulty ones, where the fault is. Problems are
split by a hash of their index into ``tune`` (what the gates were tuned on) and ``heldout`` (never looked at
while tuning). Deterministic: the same seed writes byte-identical files.

    python scripts/make_modellike.py            # writes tests/data/modellike/{tune,heldout}.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "data" / "gsm8k" / "test.jsonl"
OUT = ROOT / "tests" / "data" / "modellike"
HELDOUT_SHARE = 30
"""Percent of problems (by hash of their index) kept out of tuning."""
# Gold solutions whose own text is wrong or whose answer is not their last result (docs/validators.md).
GOLD_FAULTY = {501, 635, 1024, 1038}

# A computation in gold: optional free-text expression and "=", the annotation, the printed result.
_COMP = re.compile(
    r"(?P<eq>[ \t]*=[ \t]*)?"
    r"(?P<pre>\$?)<<(?P<expr>[^<>\n]*?)=(?P<res>[^<>\n]*?)>>(?P<post>\$?)(?P<shown>-?[\d,]*\.?\d+)"
)
_FREE_TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?|\$?\.\d+%?|[A-Za-z]+|[-+*/x×()]|\S")
_NUM_TOKEN = re.compile(r"\d*\.?\d+|[-+*/()]")

OPS = {
    "*": ["*", "×", "x", "·", "times"],
    "/": ["/", "÷", "divided by"],
    "+": ["+", "plus"],
    "-": ["-", "minus"],
}
EQ_WORDS = ["=", "=", "=", "is", "equals", ", which is", ", which equals"]
LEADS = ["", "", "", "That's ", "So ", "This gives ", "That makes a total of ", "Then ", "Next, "]
ADJECTIVES = ["brand-new", "full-size", "one-time", "hand-made", "well-known", "so-called"]
LAYOUTS = ["lines", "bullets", "stars", "numbered", "steps", "bold", "paragraph"]
INTROS = ["", "", "Let's solve this step by step.\n\n", "Let's break it down.\n\n", "Here is the solution:\n\n"]
OUTROS = ["", "So the answer is {a}.\n", "The final answer is {a}.\n", "Therefore, the answer is **{a}**.\n"]


@dataclass(frozen=True, slots=True)
class Style:
    layout: str
    ops: dict[str, str]
    eq: str
    lead: str
    thousands: bool
    money: bool
    bold_result: bool
    hyphen: bool
    tight: bool
    intro: str
    outro: str

    def name(self) -> str:
        ops = "".join(v if len(v) == 1 else v[0].upper() for v in self.ops.values())
        flags = "".join(f for f, on in (("k", self.thousands), ("$", self.money), ("b", self.bold_result),
                                         ("h", self.hyphen), ("t", self.tight)) if on)  # fmt: skip
        return f"{self.layout}/{ops}/{self.eq.strip(', ')}/{self.lead.strip() or '-'}/{flags or '-'}"


def pick_style(rng: random.Random) -> Style:
    tight = rng.random() < 0.25
    ops = {k: rng.choice(v if not tight else [o for o in v if len(o) == 1]) for k, v in OPS.items()}
    return Style(
        layout=rng.choice(LAYOUTS),
        ops=ops,
        eq=rng.choice(EQ_WORDS),
        lead=rng.choice(LEADS),
        thousands=rng.random() < 0.6,
        money=rng.random() < 0.8,
        bold_result=rng.random() < 0.15,
        hyphen=rng.random() < 0.2,
        tight=tight,
        intro=rng.choice(INTROS),
        outro=rng.choice(OUTROS),
    )


def printed(v: Fraction) -> Fraction:
    """The value a model prints for ``v``: exact up to 4 decimals, else rounded to 2."""
    return v if (v * 10_000).denominator == 1 else Fraction(round(v, 2))


def fmt_number(v: Fraction | str, thousands: bool) -> str:
    """A number as a model prints it: ``1,250`` separators if ``thousands``, decimals as written or printed."""
    if isinstance(v, str):
        whole, dot, frac = v.partition(".")
        whole = whole or "0"
    else:
        v = printed(v)
        raw = f"{float(v):.4f}".rstrip("0").rstrip(".")
        whole, dot, frac = raw.partition(".")
    if thousands and len(whole.lstrip("-")) > 3:
        whole = f"{int(whole):,}"
    return whole + (dot + frac if frac else "")


def evaluate(expr: str) -> Fraction | None:
    """Exact value of an annotation's expression (digits, ``+ - * /``, parentheses), or None."""
    toks = _NUM_TOKEN.findall(expr.replace(" ", ""))
    if "".join(toks) != expr.replace(" ", ""):
        return None
    pos = 0

    def atom() -> Fraction:
        nonlocal pos
        t = toks[pos]
        pos += 1
        if t == "(":
            v = add()
            pos += 1
            return v
        if t == "-":
            return -atom()
        return Fraction(t)

    def mul() -> Fraction:
        nonlocal pos
        v = atom()
        while pos < len(toks) and toks[pos] in "*/":
            op = toks[pos]
            pos += 1
            b = atom()
            v = v * b if op == "*" else v / b
        return v

    def add() -> Fraction:
        nonlocal pos
        v = mul()
        while pos < len(toks) and toks[pos] in "+-":
            op = toks[pos]
            pos += 1
            b = mul()
            v = v + b if op == "+" else v - b
        return v

    try:
        v = add()
    except (IndexError, ZeroDivisionError, ValueError):
        return None
    return v if pos == len(toks) else None


def render_expr(expr: str, style: Style, money_values: set[str]) -> str:
    out = []
    toks = _NUM_TOKEN.findall(expr.replace(" ", ""))
    for i, t in enumerate(toks):
        fraction = t == "/" and 0 < i < len(toks) - 1 and _small_int(toks[i - 1]) and _small_int(toks[i + 1])
        if fraction and (i < 2 or toks[i - 2] != "/") and (i + 2 >= len(toks) or toks[i + 2] != "/"):
            out.append("/")  # 3/4 of a quantity is written as a fraction, never "3 divided by 4"
        elif t in "+-*/" and out and out[-1] not in "(":
            op = style.ops[t]
            out.append(op if style.tight and len(op) == 1 else f" {op} ")
        elif t in "()+-*/":
            out.append(t)
        else:
            num = fmt_number(t, style.thousands)
            out.append(("$" if style.money and t in money_values else "") + num)
    return "".join(out)


def _small_int(tok: str) -> bool:
    return tok.isdigit() and int(tok) < 100


@dataclass(slots=True)
class Step:
    """One gold computation: its expression, its (possibly altered) result, and where it sat in the line."""

    expr: str
    result: Fraction
    money: bool
    money_values: set[str]


def parse_line(line: str) -> tuple[list[str], list[Step]] | None:
    """Split a gold line into prose pieces and computations (``pieces[i]`` comes before ``steps[i]``)."""
    pieces, steps, pos = [], [], 0
    for m in _COMP.finditer(line):
        value = evaluate(m.group("expr"))
        shown = m.group("shown").replace(",", "")
        if value is None or value != Fraction(shown):
            return None  # gold rounds or errs here: not a clean source
        start: int | None = m.start()
        if m.group("eq"):
            start = _free_start(line, pos, m.start(), _operands(m.group("expr")))
        if start is None:
            return None  # the free text around the computation is not a clean expression
        free = line[start : m.start()]
        money = "$" in (m.group("pre") + m.group("post") + free)
        money_values = {n.replace(",", "") for n in re.findall(r"\$(\d[\d,]*\.?\d*)", free)}
        pieces.append(line[pos:start])
        steps.append(Step(m.group("expr"), value, money, money_values))
        pos = m.end()
    pieces.append(line[pos:])
    return pieces, steps


def _operands(expr: str) -> list[Fraction]:
    return sorted(Fraction(x) for x in re.findall(r"\d*\.?\d+", expr))


def _free_start(line: str, lo: int, eq: int, operands: list[Fraction]) -> int | None:
    """Start of the free-text expression ending at ``eq`` ("3/4 * 120 units ="): walk back over numbers,
    operators and at most 3 unit words in a row; None unless its numbers are the annotation's operands (then
    the prose around it can be kept as it is)."""
    toks = list(_FREE_TOKEN.finditer(line, lo, eq))
    found: list[Fraction] = []
    start, words = None, 0
    for t in reversed(toks):
        g = t.group()
        if any(c.isdigit() for c in g):
            found.append(Fraction(g.strip("$%").replace(",", "")))
            words, start = 0, t.start()
        elif g.isalpha() and g != "x":
            words += 1
            if words > 3:
                break
        elif g not in "-+*/x×()":
            break
    if start is None or sorted(found) != operands or len(operands) < 2:
        return None
    return start - 1 if start > lo and line[start - 1] == "(" else start


@dataclass(slots=True)
class Fault:
    line: int
    step: int
    wrong: Fraction


def render(gold: str, style: Style, rng: random.Random, fault: Fault | None, carried: bool) -> dict[str, object]:
    """The solution in ``style``; with ``fault``, one result is wrong (and with ``carried``, so is all after)."""
    body, final = gold.rsplit("\n####", 1)
    answer = Fraction(final.strip().replace(",", ""))
    parsed = [parse_line(line) for line in body.split("\n")]
    if any(p is None for p in parsed):
        raise ValueError("unclean gold")
    subst: dict[Fraction, Fraction] = {}
    lines: list[str] = []
    marks: dict[str, int] = {}
    for li, item in enumerate(parsed):
        assert item is not None
        pieces, steps = item
        text = ""
        for si, (piece, step) in enumerate(zip(pieces, steps, strict=False)):
            expr = step.expr
            if carried and subst:
                expr = _substitute(expr, subst)
            value = evaluate(expr)
            assert value is not None
            stated = printed(value)
            is_fault = fault is not None and fault.line == li and fault.step == si
            if is_fault:
                assert fault is not None
                stated = fault.wrong
                if carried:
                    subst[step.result] = stated
            elif carried and stated != step.result:
                subst[step.result] = stated
            if si == 0 and style.lead and rng.random() < 0.4:
                piece = style.lead  # "That's 16 - 3 - 4 = 9 duck eggs a day."
            text += piece
            comp_start = len(text)
            text += render_expr(expr, style, step.money_values)
            eq = style.eq
            text += eq if eq.startswith(",") else f" {eq} "
            if eq.startswith(","):
                text += " "
            res = fmt_number(stated, style.thousands)
            res = ("$" if (step.money and style.money) else "") + res
            if style.bold_result:
                res = f"**{res}**"
            text += res
            if is_fault:
                marks = {"comp": comp_start, "result_end": len(text), "line": li}
        rest = pieces[-1]
        if style.hyphen and steps and re.match(r" [a-z]{3,}", rest):
            rest = f" {rng.choice(ADJECTIVES)}" + rest
        lines.append(text + rest)
    if carried and fault is not None and answer in subst:
        answer = subst[answer]
    return _layout(lines, style, answer, marks)


def _substitute(expr: str, subst: dict[Fraction, Fraction]) -> str:
    def repl(m: re.Match[str]) -> str:
        v = Fraction(m.group())
        return fmt_number(subst[v], False) if v in subst else m.group()

    return re.sub(r"\d*\.?\d+", repl, expr)


def _layout(lines: list[str], style: Style, answer: Fraction, marks: dict[str, int]) -> dict[str, object]:
    prefix = style.intro
    out = prefix
    fault: dict[str, int] | None = None
    for i, line in enumerate(lines):
        line = line.strip()
        if style.layout == "paragraph" and not line.endswith((".", "!", "?")):
            line += "."
        head = {
            "lines": "",
            "bullets": "- ",
            "stars": "* ",
            "numbered": f"{i + 1}. ",
            "steps": f"Step {i + 1}: ",
            "bold": f"**Step {i + 1}:** ",
            "paragraph": "",
        }[style.layout]
        start = len(out) + len(head)
        if marks and marks["line"] == i:
            shift = start - (len(lines[i]) - len(lines[i].lstrip()))
            fault = {
                "at": marks["comp"] + shift,
                "result_end": marks["result_end"] + shift,
                "line_start": start,
                "line_end": start + len(line),
            }
        out += head + line + (" " if style.layout == "paragraph" else "\n")
    out = out.rstrip(" ") + ("\n" if style.layout == "paragraph" else "")
    ans = fmt_number(answer, style.thousands)
    out += style.outro.format(a=ans) + f"#### {ans}"
    return {"solution": out, "style": style.name(), "fault": fault}


def _wrong(value: Fraction, rng: random.Random) -> Fraction:
    for _ in range(20):
        cand = rng.choice([value + 1, value - 1, value + 2, value - 2, value + 10, value * 10, value * 2, value / 2])
        if cand != value and cand >= 0 and (cand.denominator == 1 or value.denominator != 1):
            return cand
    return value + 1


def split_of(problem_id: int) -> str:
    digest = hashlib.sha256(f"gsm8k-test-{problem_id}".encode()).digest()
    return "heldout" if digest[0] * 100 // 256 < HELDOUT_SHARE else "tune"


def records_for(pid: int, gold: str, seed: int) -> list[dict[str, object]]:
    rng = random.Random(f"{seed}-{pid}")
    parsed = [parse_line(line) for line in gold.rsplit("\n####", 1)[0].split("\n")]
    if any(p is None for p in parsed) or pid in GOLD_FAULTY:
        return []
    steps = [(li, si, s) for li, p in enumerate(parsed) if p for si, s in enumerate(p[1])]
    out: list[dict[str, object]] = []
    for kind in ("correct", "correct", "slip", "carried"):
        style = pick_style(rng)
        fault = None
        if kind != "correct":
            if not steps:
                continue
            li, si, step = rng.choice(steps)
            fault = Fault(li, si, _wrong(step.result, rng))
        try:
            rec = render(gold, style, rng, fault, carried=kind == "carried")
        except (ValueError, AssertionError, ZeroDivisionError):
            continue
        if kind != "correct" and rec["fault"] is None:
            continue
        out.append({"id": f"{pid}-{len(out)}", "problem_id": pid, "kind": kind, **rec})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    rows = [json.loads(line) for line in SOURCE.read_text("utf-8").splitlines() if line.strip()]
    files: dict[str, list[str]] = {"tune": [], "heldout": []}
    for pid, row in enumerate(rows):
        for rec in records_for(pid, row["answer"], args.seed):
            files[split_of(pid)].append(json.dumps(rec, ensure_ascii=False))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, lines in files.items():
        (args.out / f"{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        print(f"{name}: {len(lines)} records")


if __name__ == "__main__":
    main()
