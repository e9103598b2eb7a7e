"""Generate the held-out set: correct model-like solutions in 10 styles + corrupted versions.

python gen1/gen.py OUT.jsonl  -> writes OUT.jsonl (one row per (problem, variant)), with spans of the faulty step.
(tests/data/independent/set1.jsonl is its output.)
"""
from __future__ import annotations

import json
import random
import re
from fractions import Fraction as F

from problems import T

INSTANCES = 4  # per template -> 44 templates x 4 = 176 problems


# ---------------------------------------------------------------- numbers
def is_int(v):
    return F(v).denominator == 1


def num(v, comma=True, money=False):
    v = F(v)
    if is_int(v):
        n = int(v)
        return f"{n:,}" if comma else str(n)
    if money:
        return f"{float(v):,.2f}" if comma else f"{float(v):.2f}"
    s = f"{float(v):,.2f}" if comma else f"{float(v):.2f}"
    return s.rstrip("0").rstrip(".")


def money(v, comma=True, latex=False):
    return ("\\$" if latex else "$") + num(v, comma, money=True)


# ---------------------------------------------------------------- expressions
def parse(expr):
    out = []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok in "()+-*/" or tok == "of":
            out.append(("op", tok))
        else:
            name, _, unit = tok.partition(":")
            out.append(("v", name, unit or None))
    return out


def operand_value(name, env):
    if re.fullmatch(r"[\d.]+", name):
        return F(name)
    return env[name]


def evaluate(toks, env):
    parts, vals = [], {}
    for i, tk in enumerate(toks):
        if tk[0] == "op":
            parts.append("*" if tk[1] == "of" else tk[1])
        else:
            v = operand_value(tk[1], env)
            if tk[2] == "%":
                v = v / 100
            vals[f"x{i}"] = v
            parts.append(f"x{i}")
    return eval(" ".join(parts), {}, vals)


class Sym:
    """How one solution writes operators and operands."""

    def __init__(self, kind, rng):
        self.kind = kind  # plain | latex | worded
        self.mul = {"plain": rng.choice(["*", "×", "x", "×"]), "latex": rng.choice(["\\times", "\\times", "\\cdot"]),
                    "worded": None}[kind]
        self.div = {"plain": rng.choice(["/", "/", "÷"]), "latex": rng.choice(["\\div", "/"]), "worded": None}[kind]
        self.frac = kind == "latex" and rng.random() < 0.6
        self.units = rng.random() < 0.6
        self.comma = rng.random() < 0.85
        self.latex_money = rng.random() < 0.5
        self.rng = rng

    def operand(self, name, unit, env):
        v = operand_value(name, env)
        if self.kind == "latex":
            if unit == "%":
                return f"{float(v) / 100:.2f}" if self.rng.random() < 0.7 else f"{num(v)}\\%"
            if unit == "$" and self.latex_money:
                return money(v, self.comma, latex=True)
            return num(v, self.comma, money=(unit == "$"))
        if unit == "%":
            return f"{num(v)}%"
        if unit == "$":
            return money(v, self.comma)
        if unit and self.units:
            return f"{num(v, self.comma)} {unit}"
        return num(v, self.comma)

    def op(self, o):
        if self.kind == "worded":
            return {"+": "plus", "-": "minus", "*": self.rng.choice(["times", "multiplied by"]), "/": "divided by",
                    "of": "of"}[o]
        if o == "*":
            return self.mul
        if o == "/":
            return self.div
        if o == "of":
            return "of" if self.kind == "plain" else self.mul
        return o

    def expr(self, toks, env):
        # \frac for a plain a / b in LaTeX
        if self.frac and len(toks) == 3 and toks[1] == ("op", "/"):
            a = self.operand(toks[0][1], toks[0][2], env)
            b = self.operand(toks[2][1], toks[2][2], env)
            return f"\\frac{{{a}}}{{{b}}}"
        out = []
        for tk in toks:
            if tk[0] == "op":
                if tk[1] in "()":
                    out.append(tk[1])
                else:
                    out.append(self.op(tk[1]))
            else:
                out.append(self.operand(tk[1], tk[2], env))
        s = " ".join(out)
        return s.replace("( ", "(").replace(" )", ")")

    def result(self, v, unit, bold=False):
        if self.kind == "latex":
            if unit == "$":
                s = money(v, self.comma, latex=True) if self.latex_money else num(v, self.comma, money=True)
            else:
                s = num(v, self.comma)
            return s
        if unit == "$":
            s = money(v, self.comma)
        else:
            s = f"{num(v, self.comma)} {unit}" if unit else num(v, self.comma)
        return f"**{s}**" if bold else s

    def chain(self, toks, env):
        """plain chain through a parenthesised group: (a - b) * c = d * c"""
        if ("op", "(") not in toks:
            return None
        i = toks.index(("op", "("))
        j = toks.index(("op", ")"))
        inner = evaluate(toks[i + 1:j], env)
        env2 = dict(env, __g=inner)
        return toks[:i] + [("v", "__g", None)] + toks[j + 1:], env2


def plain_res(v, unit, comma=True):
    if unit == "$":
        return money(v, comma)
    return f"{num(v, comma)} {unit}" if unit else num(v, comma)


# ---------------------------------------------------------------- a solution, with corruption hooks
def solve(tpl, vals, mode=None, k=None, wrong=None):
    """Each step's (toks, env for display, shown result). mode: None | slip | carry."""
    env = dict(vals)
    out = []
    for i, (name, expr, unit, label, say, word) in enumerate(tpl["steps"]):
        toks = parse(expr)
        envd = dict(env)
        v = evaluate(toks, env)
        shown = v
        if i == k:
            shown = wrong
            env[name] = wrong if mode == "carry" else v
        else:
            env[name] = v
        out.append(dict(toks=toks, env=envd, res=shown, true=v, unit=unit, label=label, say=say, word=word,
                        name=name))
    return out, env[tpl["steps"][-1][0]]


def wrong_value(v, rng):
    v = F(v)
    cands = []
    if is_int(v):
        n = int(v)
        cands = [n + 1, n - 1, n + 2, n + 10, n - 10, n * 10, n * 2]
        s = str(n)
        if len(s) >= 2 and s[-1] != s[-2]:
            cands.append(int(s[:-2] + s[-1] + s[-2]))
        if n >= 100:
            cands += [n + 100, n - 100]
    else:
        cands = [v + 1, v - 1, v + F(1, 2), v * 10, v + 10]
    cands = [F(c) for c in cands if c > 0 and c != v and abs(c - v) >= 1]
    return rng.choice(cands)


# ---------------------------------------------------------------- styles
class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s):
        self.text += s

    def step(self, s):
        a = len(self.text)
        self.text += s
        self.spans.append((a, len(self.text.rstrip("\n"))))


def fmt_say(say, calc, vals):
    d = {k: num(F(v)) if not isinstance(v, str) else v for k, v in vals.items()}
    return say.format(calc=calc, **d)


def lower1(s):
    return s[0].lower() + s[1:]


def fa(v, rng, comma=False):
    """The number after ####"""
    return num(v, comma=comma and rng.random() < 0.5)


def final_unit_text(v, unit):
    return plain_res(v, unit)


def render(style, tpl, vals, steps, final, rng, final_shown=None):
    """final: value in #### ; final_shown: value in the restatement (defaults to final)."""
    fs = final if final_shown is None else final_shown
    last_unit = steps[-1]["unit"]
    d = Doc()
    n = len(steps)
    if style == "gsm":
        sym = Sym("plain", rng)
        for i, s in enumerate(steps):
            calc = None
            if ("op", "(") in s["toks"] and rng.random() < 0.7:
                t2, e2 = sym.chain(s["toks"], s["env"])
                calc = f"{sym.expr(s['toks'], s['env'])} = {sym.expr(t2, e2)} = {sym.result(s['res'], s['unit'])}"
            if calc is None:
                calc = f"{sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])}"
            if i == n - 1 and "+" in [x[1] for x in s["toks"] if x[0] == "op"] and rng.random() < 0.5:
                d.step(f"That gives a total of {calc}.\n")
            else:
                d.step(fmt_say(s["say"], calc, vals) + "\n")
        d.add(f"#### {fa(final, rng)}")
    elif style == "mistral":
        sym = Sym("plain", rng)
        d.add("To solve this, we need to work through it step by step:\n\n")
        for i, s in enumerate(steps):
            d.step(f"{i + 1}. {s['label']}: {sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])}\n")
        d.add(f"\nSo, the answer is {final_unit_text(fs, last_unit)}.\n\n#### {fa(final, rng)}")
    elif style == "bold":
        sym = Sym("plain", rng)
        d.add("Let's break this down step by step.\n\n")
        for i, s in enumerate(steps):
            calc = f"{sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'], bold=True)}"
            d.step(f"**Step {i + 1}: {s['label']}**\n{fmt_say(s['say'], calc, vals)}\n\n")
        d.add(f"**Answer: {final_unit_text(fs, last_unit)}**\n\n#### {fa(final, rng)}")
    elif style == "qwen":
        sym = Sym("latex", rng)
        d.add("To find the answer, we will break the problem into smaller steps.\n\n")
        for i, s in enumerate(steps):
            unit_tex = "" if s["unit"] in ("$", None) else f" \\text{{ {s['unit']}}}"
            body = (f"{i + 1}. **{s['label']}:**\n   We calculate the {lower1(s['label'])}:\n   \\[\n   "
                    f"{sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])}{unit_tex}\n   \\]\n")
            body += "   " + fmt_say(s["say"], plain_res(s["res"], s["unit"]), vals) + "\n\n"
            d.step(body)
        d.add(f"Therefore, the answer is \\( {num(fs)} \\).\n\n#### {fa(final, rng)}")
    elif style == "bullets":
        sym = Sym("latex", rng)
        d.add("Here's the breakdown:\n\n")
        for s in steps:
            tail = "" if s["unit"] in ("$", None) else f" {s['unit']}"
            d.step(f"- {s['label']}: \\( {sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])} \\){tail}\n")
        d.add(f"\n**Final answer:** {final_unit_text(fs, last_unit)}\n\n#### {fa(final, rng)}")
    elif style == "worded":
        sym = Sym("worded", rng)
        cons = ["First", "Next", "Then", "After that", "Finally"]
        for i, s in enumerate(steps):
            c = "Finally" if i == n - 1 and n > 1 else cons[min(i, 3)]
            if s["word"] and rng.random() < 0.8:
                wv = {k: num(v) for k, v in s["env"].items() if not isinstance(v, str)}
                wv.update({k: v for k, v in vals.items() if isinstance(v, str)})
                wexpr = s["word"].format(**wv)
            elif ("op", "(") in s["toks"]:
                wexpr = Sym("plain", rng).expr(s["toks"], s["env"])
            else:
                wexpr = sym.expr(s["toks"], s["env"])
            verb = rng.choice(["equals", "is", "gives us"])
            res = plain_res(s["res"], s["unit"])
            d.step(f"{c}, {wexpr} {verb} {res}, so {lower1(fmt_say(s['say'], res, vals))}\n")
        d.add(f"The answer is {num(fs)}.\n#### {fa(final, rng)}")
    elif style == "which":
        sym = Sym("plain", rng)
        for i, s in enumerate(steps):
            e = sym.expr(s["toks"], s["env"])
            r = plain_res(s["res"], s["unit"])
            if i % 2 == 0:
                d.step(fmt_say(s["say"], f"{e}, which is {r}", vals) + "\n")
            else:
                d.step(f"For the {lower1(s['label'])}, that's {e} = {r}.\n")
        d.add(f"#### {fa(final, rng)}")
    elif style == "llama":
        sym = Sym("plain", rng)
        for i, s in enumerate(steps):
            calc = f"{sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])}"
            d.step(f"## Step {i + 1}: Calculate the {lower1(s['label'])}\n{fmt_say(s['say'], calc, vals)}\n\n")
        d.add(f"The final answer is: {num(fs)}\n#### {fa(final, rng)}")
    elif style == "latexfrac":
        sym = Sym("latex", rng)
        sym.frac = True
        sym.mul = "\\cdot" if rng.random() < 0.5 else "\\times"
        d.add("**Solution**\n\n")
        for s in steps:
            tail = "" if s["unit"] in ("$", None) else f" {s['unit']}"
            d.step(f"{s['label']}: \\({sym.expr(s['toks'], s['env'])} = {sym.result(s['res'], s['unit'])}\\){tail}.\n")
        d.add(f"\nThe answer is {num(fs)}.\n\n#### {fa(final, rng)}")
    elif style == "gpt":
        sym = Sym("plain", rng)
        sym.mul, sym.div = "×", "÷"
        for i, s in enumerate(steps):
            d.step(f"### {i + 1}. {s['label']}\n- {sym.expr(s['toks'], s['env'])} = "
                   f"**{plain_res(s['res'], s['unit'])}**\n\n")
        d.add(f"---\n\n**Final Answer:** {final_unit_text(fs, last_unit)}\n\n#### {fa(final, rng)}")
    else:
        raise ValueError(style)
    return d


STYLES = ["gsm", "mistral", "bold", "qwen", "bullets", "worded", "which", "llama", "latexfrac", "gpt"]


def problem_text(tpl, vals):
    d = {k: (v if isinstance(v, str) else f"{v:,}") for k, v in vals.items()}
    return tpl["q"].format(**d)


def line_bounds(text, pos):
    e = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if e < 0 else e


def hand_rows(rng):
    from hand import H
    rows = []
    for i, (prob, sol, a, b) in enumerate(H):
        pid = 1000 + i
        base = dict(pid=pid, template=-1, style="hand", problem=prob)
        assert sol.count(a) >= 1, a
        fin = re.search(r"#### (.+)$", sol).group(1)
        rows.append(dict(base, variant="correct", solution=sol, final=fin))
        pos = sol.index(a)
        bad = sol.replace(a, b, 1)
        s0, s1 = line_bounds(bad, pos)
        rows.append(dict(base, variant="slip", solution=bad, span=[s0, s1], step_text=bad[s0:s1], wrong=b, right=a))
        body = sol[: sol.rindex("####")].rstrip()
        lines = [ln for ln in body.splitlines() if ln.strip()]
        last = lines[-1]
        txt = body + ("\n" + last) * 10 + "\n"
        rows.append(dict(base, variant="loop_step", solution=txt, span=[len(body), len(txt)], step_text=last))
        full = sol.rstrip()
        txt = full + ("\n" + full.splitlines()[-1]) * 8
        rows.append(dict(base, variant="loop_final", solution=txt, span=[len(full), len(txt)], step_text=full.splitlines()[-1]))
        fv = F(fin.replace(",", ""))
        wf = wrong_value(fv, rng)
        w = sol[: sol.rindex("####")] + "#### " + num(wf, comma=False)
        rows.append(dict(base, variant="wrong_final", solution=w, wrong=str(wf), right=fin, how="slip", restated=False,
                         span=[w.rindex("####"), len(w)]))
    return rows


def main():
    rng = random.Random(20240611)
    rows = []
    pid = 0
    for ti, tpl in enumerate(T):
        seen = set()
        for inst in range(INSTANCES):
            for _ in range(200):
                vals = {k: rng.choice(c) for k, c in tpl["vars"].items()}
                key = tuple(sorted(vals.items()))
                nv = {k: F(v) for k, v in vals.items()}
                if key not in seen and tpl["ok"](nv):
                    break
            seen.add(key)
            vals_f = {k: (v if isinstance(v, str) else F(v)) for k, v in vals.items()}
            env_vals = {k: F(v) for k, v in vals.items()}
            style = STYLES[(ti + inst * 3) % len(STYLES)]
            prob = problem_text(tpl, vals)
            steps, final = solve(tpl, env_vals)
            seed = rng.randrange(1 << 30)
            base = dict(pid=pid, template=ti, style=style, problem=prob)

            def rend(steps, final, final_shown=None, seed=seed):
                return render(style, tpl, vals_f, steps, final, random.Random(seed), final_shown)

            doc = rend(steps, final)
            rows.append(dict(base, variant="correct", solution=doc.text, final=str(final)))
            n = len(steps)
            # (a) slip and (b) carry at the same step k
            k = rng.randrange(n)
            w = wrong_value(steps[k]["true"], rng)
            for mode in ("slip", "carry"):
                st, fin = solve(tpl, env_vals, mode, k, w)
                dd = rend(st, fin)
                s0, s1 = dd.spans[k]
                rows.append(dict(base, variant=mode, solution=dd.text, k=k, span=[s0, s1],
                                 step_text=dd.text[s0:s1], wrong=str(w), right=str(steps[k]["true"]),
                                 final=str(fin)))
            # (c1) loop: last step repeated 10 more times, stream truncated (no final answer)
            s0, s1 = doc.spans[-1]
            block = doc.text[s0:s1]
            sep = doc.text[s1:s1 + 2] if doc.text[s1:s1 + 2] == "\n\n" else "\n"
            txt = doc.text[:s1] + (sep + block) * 10 + "\n"
            rows.append(dict(base, variant="loop_step", solution=txt, span=[s1, len(txt)], step_text=block))
            # (c2) loop: the final '#### n' line repeated
            lines = doc.text.rstrip("\n")
            last = lines.splitlines()[-1]
            txt = lines + ("\n" + last) * 8
            rows.append(dict(base, variant="loop_final", solution=txt, span=[len(lines), len(txt)], step_text=last))
            # (d) wrong final answer, computation right
            prev = [s["true"] for s in steps[:-1] if s["true"] != final]
            if prev and rng.random() < 0.4:
                wf = rng.choice(prev)
                how = "intermediate"
            else:
                wf = wrong_value(final, rng)
                how = "slip"
            both = rng.random() < 0.5
            dd = rend(steps, wf, final_shown=(wf if both else final))
            rows.append(dict(base, variant="wrong_final", solution=dd.text, wrong=str(wf), right=str(final),
                             how=how, restated=both, span=[dd.text.rfind("\n", 0, dd.text.rfind("####")) + 1,
                                                           len(dd.text)]))
            pid += 1
    rows += hand_rows(random.Random(99))
    from edge import E
    for i, (prob, sol) in enumerate(E):
        rows.append(dict(pid=2000 + i, template=-2, style="edge", problem=prob, variant="correct_edge", solution=sol,
                         final=sol.rsplit("#### ", 1)[1]))
    import sys

    with open(sys.argv[1], "w") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    print(pid, "problems,", len(rows), "rows")


if __name__ == "__main__":
    main()
