#!/usr/bin/env python3
"""Generate the medicine-doses / nursing evaluation set (stdlib only, deterministic)."""
import argparse
import json
import random
from decimal import Decimal, ROUND_HALF_UP, getcontext

from structs import S

getcontext().prec = 40
D = Decimal

DRUGS = ["amoxicillin", "ibuprofen", "acetaminophen", "cephalexin", "azithromycin", "prednisolone",
         "gentamicin", "vancomycin", "ondansetron", "metoprolol", "furosemide", "cefazolin", "dopamine",
         "levetiracetam", "clindamycin", "ceftriaxone"]
PTS = ["Maya", "Liam", "Mr. Ortiz", "Mrs. Chen", "Ava", "Noah", "Ms. Patel", "Eli", "Sofia", "Mr. Brooks",
       "Hana", "Jonah", "Mrs. Novak", "Omar"]

STYLES = ["md_steps", "bold_labels", "bullets", "prose", "latex_inline", "latex_display", "table",
          "terse", "chatty", "numbered", "dimensional"]


# ---------------------------------------------------------------- numbers
def dec(x):
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return D(repr(x))
    return D(str(x))


def canon(x):
    s = format(x.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ndp(x):
    s = canon(x)
    return len(s.split(".")[1]) if "." in s else 0


def terminating(x, maxdp):
    q = x.quantize(D(1).scaleb(-maxdp), rounding=ROUND_HALF_UP)
    return q == x


def rnd(x, dp):
    return x.quantize(D(1).scaleb(-dp), rounding=ROUND_HALF_UP)


def numstr(x, money=False, sep=True, latex=False):
    if money:
        s = f"{x:,.2f}" if sep else f"{x:.2f}"
    else:
        c = canon(x)
        if sep and abs(x) >= 1000:
            ip, _, fp = c.partition(".")
            neg = ip.startswith("-")
            ip = ip.lstrip("-")
            ip = f"{int(ip):,}"
            c = ("-" if neg else "") + ip + ("." + fp if fp else "")
        s = c
    if latex:
        s = s.replace(",", "{,}")
    return s


def qty(x, unit, sep=True, latex=False, units=True):
    if unit == "$":
        n = numstr(x, True, sep, latex)
        return ("\\$" if latex else "$") + n
    n = numstr(x, False, sep, latex)
    if not units or not unit:
        return n
    if latex:
        return f"{n} \\text{{ {unit}}}"
    return f"{n} {unit}"


# ---------------------------------------------------------------- evaluation
def apply(op, xs):
    if op == "mul":
        return xs[0] * xs[1]
    if op in ("div", "divr0"):
        return xs[0] / xs[1]
    if op == "add":
        return xs[0] + xs[1]
    if op == "sub":
        return xs[0] - xs[1]
    if op == "sum":
        t = D(0)
        for v in xs:
            t += v
        return t
    if op == "pct":
        return xs[0] * xs[1] / 100
    if op in ("mdiv", "mdivr0"):
        return xs[0] * xs[1] / xs[2]
    if op == "dmul":
        return xs[0] / xs[1] * xs[2]
    raise ValueError(op)


def operand(env, units, name):
    if name.startswith("#"):
        v, _, u = name[1:].partition("|")
        return D(v), u
    return env[name], units[name]


def evaluate(st, givens, fault=None):
    """Return list of dicts per step: operands (val,unit), exact, shown, approx, unit.
    fault = (idx, wrong, mode) mode in slip/carry."""
    env = dict(givens)
    units = dict(st["units"])
    out = []
    for i, (name, op, args, unit, label) in enumerate(st["steps"]):
        ops = [operand(env, units, a) for a in args]
        exact = apply(op, [v for v, _ in ops])
        money = unit == "$"
        approx = False
        if op in ROUNDED:
            shown = rnd(exact, 0)
            approx = shown != exact
        else:
            maxdp = 2 if money else 2
            if terminating(exact, maxdp):
                shown = exact
            else:
                shown = rnd(exact, 2)
                approx = True
        rec = dict(name=name, op=op, ops=ops, exact=exact, shown=shown, approx=approx, unit=unit,
                   label=label, wrong=False)
        env_val = shown
        if fault and fault[0] == i:
            rec["shown"] = fault[1]
            rec["approx"] = False
            rec["wrong"] = True
            if fault[2] == "carry":
                env_val = fault[1]
        env[name] = env_val
        units[name] = unit
        out.append(rec)
    return out


# ---------------------------------------------------------------- faults
def digits_of(x, money):
    return f"{x:.2f}" if money else canon(x)


def make_wrong(rng, rec, kind):
    right = rec["shown"]
    money = rec["unit"] == "$"
    s = digits_of(right, money)
    ds = [i for i, ch in enumerate(s) if ch.isdigit()]
    if kind == "off_by_one":
        dp = 2 if money else ndp(right)
        step = D(1).scaleb(-dp)
        return right + rng.choice([step, -step])
    if kind == "off_by_ten":
        return right + rng.choice([D(10), D(-10)])
    if kind == "swap":
        pairs = [(a, b) for a, b in zip(ds, ds[1:]) if b == a + 1 and s[a] != s[b]]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        t = s[:a] + s[b] + s[a] + s[b + 1:]
        return D(t)
    if kind == "drop":
        if len(ds) < 2:
            return None
        i = rng.choice(ds)
        t = s[:i] + s[i + 1:]
        if t.startswith(".") or t == "" or t.endswith("."):
            return None
        return D(t)
    if kind == "double":
        i = rng.choice(ds)
        return D(s[:i] + s[i] + s[i:])
    if kind == "decimal":
        return right * 10 if rng.random() < 0.5 else right / 10
    if kind == "wrong_op":
        vs = [v for v, _ in rec["ops"]]
        if rec["op"] == "mul":
            return vs[0] + vs[1]
        if rec["op"] == "div":
            return vs[0] - vs[1]
        if rec["op"] == "add":
            return vs[0] * vs[1]
        if rec["op"] == "sub":
            return vs[0] + vs[1]
        if rec["op"] == "pct":
            return vs[1] * vs[0]
        return None
    return None


ROUNDED = ("mdivr0", "divr0")
KINDS = ["off_by_one", "off_by_ten", "swap", "drop", "double", "decimal", "wrong_op"]


# ---------------------------------------------------------------- notation
def sym(nota, k):
    return nota[k]


def render_calc(rec, nota, show_result=None):
    """Return string 'expr = result' (with units per notation)."""
    latex = nota["latex"]
    sep = nota["sep"]
    u = nota["units"]

    def q(v, unit):
        return qty(v, unit, sep, latex, u)

    ops = rec["ops"]
    op = rec["op"]
    a = [q(v, un) for v, un in ops]
    if op == "mul":
        e = f"{a[0]} {nota['mul']} {a[1]}"
    elif op in ("div", "divr0"):
        if nota["div"] == "frac":
            e = f"\\frac{{{a[0]}}}{{{a[1]}}}"
        elif nota.get("da") and "/" in ops[1][1] and ops[1][1] != "$":
            num, _, den = ops[1][1].partition("/")
            e = f"{a[0]} × (1 {den} / {qty(ops[1][0], '', sep)} {num})"
        else:
            e = f"{a[0]} {nota['div']} {a[1]}"
    elif op == "add":
        e = f"{a[0]} {nota['add']} {a[1]}"
    elif op == "sum":
        e = f" {nota['add']} ".join(a)
    elif op == "sub":
        e = f"{a[0]} {nota['sub']} {a[1]}"
    elif op == "pct":
        pc = ops[0][0]
        if nota["pct"] == "of":
            pcs = "\\%" if latex else "%"
            e = f"{canon(pc)}{pcs} of {a[1]}"
        else:
            e = f"{a[1]} {nota['mul']} {canon(pc / 100)}"
    elif op in ("mdiv", "mdivr0"):
        m = nota["mul"] if nota["mul"] not in ("times",) else "×"
        if nota["div"] == "frac":
            e = f"\\frac{{{a[0]} {m} {a[1]}}}{{{a[2]}}}"
        else:
            dv = nota["div"] if nota["div"] not in ("divided by",) else "÷"
            e = f"({a[0]} {m} {a[1]}) {dv} {a[2]}"
    elif op == "dmul":
        m = nota["mul"] if nota["mul"] not in ("times",) else "×"
        if nota["div"] == "frac":
            e = f"\\frac{{{a[0]}}}{{{a[1]}}} {m} {a[2]}"
        else:
            dv = nota["div"] if nota["div"] not in ("divided by",) else "÷"
            e = f"({a[0]} {dv} {a[1]}) {m} {a[2]}"
    else:
        raise ValueError(op)
    res = rec["shown"] if show_result is None else show_result
    rs = qty(res, rec["unit"], sep, latex, True)
    ap = "\\approx" if latex else "≈"
    if rec["approx"]:
        ex = rec["exact"]
        if op in ROUNDED and terminating(ex, 3):
            return f"{e} = {qty(ex, rec['unit'], sep, latex, True)} {ap} {rs}"
        return f"{e} {ap} {rs}"
    return f"{e} {nota['eq']} {rs}"


def make_nota(style, rng):
    n = dict(latex=False, sep=True, units=True, mul="×", div="÷", add="+", sub="−", eq="=", pct="of")
    if style == "md_steps":
        n.update(mul=rng.choice(["×", "×", "·"]), sub=rng.choice(["−", "-"]))
    elif style == "bold_labels":
        n.update(div=rng.choice(["÷", "/"]), sub="-")
    elif style == "bullets":
        n.update(mul=rng.choice(["x", "×"]), div=rng.choice(["/", "÷"]), sub="-", pct=rng.choice(["of", "dec"]))
    elif style == "prose":
        n.update(mul=rng.choice(["×", "times"]), div=rng.choice(["÷", "divided by"]),
                 sub=rng.choice(["−", "minus"]), add=rng.choice(["+", "plus"]))
    elif style == "latex_inline":
        n.update(latex=True, mul=rng.choice(["\\times", "\\cdot"]), div=rng.choice(["\\div", "frac"]), sub="-",
                 units=rng.random() < 0.6)
    elif style == "latex_display":
        n.update(latex=True, mul="\\times", div="frac", sub="-", units=rng.random() < 0.5, pct=rng.choice(["of", "dec"]))
    elif style == "table":
        n.update(units=False, sub="-")
    elif style == "terse":
        n.update(mul="*", div="/", sub="-", units=False, sep=rng.random() < 0.5, pct="dec")
    elif style == "chatty":
        n.update(mul=rng.choice(["times", "×"]), div=rng.choice(["divided by", "÷"]),
                 sub=rng.choice(["minus", "-"]), add=rng.choice(["plus", "+"]), eq=rng.choice(["=", "is", "="]))
    elif style == "numbered":
        n.update(mul=rng.choice(["×", "x"]), div=rng.choice(["÷", "/"]), sub="−")
    elif style == "dimensional":
        n.update(da=True, sub="−", pct=rng.choice(["of", "dec"]))
    return n


# ---------------------------------------------------------------- styles
def cap(s):
    return s[:1].upper() + s[1:]


OPEN_PROSE = ["Next we need the {l}.", "Now work out the {l}.",
              "Then the {l}.", "After that, calculate the {l}."]


GLABEL = {"kg": "Weight", "lb": "Weight", "mg/kg": "Ordered dose", "mg/kg/day": "Ordered dose",
          "mcg/kg/min": "Ordered dose", "mg/m²": "Ordered dose", "m²": "BSA", "mg/mL": "Concentration",
          "mcg/mL": "Concentration", "units/mL": "Concentration", "$": "Price", "%": "Percent",
          "hours": "Time", "min": "Time", "days": "Duration", "mL/h": "Rate", "gtt/mL": "Drop factor",
          "mL": "Volume", "mg": "Amount", "doses": "Doses", "doses/day": "Frequency", "units": "Units",
          "units/h": "Ordered rate", "tablets": "Tablets", "g": "Amount", "tsp": "Dose"}


class Doc:
    def __init__(self):
        self.lines = []
        self.step_line = {}

    def add(self, text, step=None):
        self.lines.append(text)
        if step is not None:
            for s in (step if isinstance(step, list) else [step]):
                self.step_line[s] = len(self.lines) - 1


def final_words(st, fin_val, unit):
    if unit == "$":
        return qty(fin_val, "$")
    return qty(fin_val, unit)


def givens_list(st, givens, pctx):
    out = []
    for k, u in st["units"].items():
        if k in givens:
            v = givens[k]
            if u == "%":
                out.append((k, f"{canon(v)}%"))
            elif u in ("g",) and st["key"] == "dextrose_grams":
                out.append((k, f"{canon(v)} g per 100 mL"))
            else:
                out.append((k, qty(v, u)))
    return out


def render(style, st, givens, recs, pctx, rng, with_check, fin_val):
    nota = make_nota(style, rng)
    d = Doc()
    n = len(recs)
    unit = recs[-1]["unit"]
    fw = final_words(st, fin_val, unit)
    latex = nota["latex"]

    def calc(i):
        return render_calc(recs[i], nota)

    check = None
    if with_check and recs[-1]["op"] == "div" and not recs[-1]["approx"]:
        r = recs[-1]
        (av, au), (bv, bu) = r["ops"]
        cn = dict(nota)
        if cn["div"] == "frac" or cn["mul"] in ("times",):
            cn["mul"] = "\\times" if latex else "×"
        cm = cn["mul"]
        cq = lambda v, un: qty(v, un, cn["sep"], latex, cn["units"])
        check = f"{cq(r['shown'], r['unit'])} {cm} {cq(bv, bu)} = {cq(r['shown'] * bv, au)}"

    if style == "md_steps":
        d.add(rng.choice(["## Solution", "## Step-by-step solution", "Let's solve this step by step."]))
        d.add("")
        for i, r in enumerate(recs):
            d.add(f"### Step {i + 1}: {rng.choice(['Find', 'Calculate', 'Determine'])} the {r['label']}")
            d.add("")
            d.add(f"{calc(i)}", i)
            d.add("")
        if check:
            d.add(f"**Check:** {check} ✓")
            d.add("")
        d.add("### Answer")
        d.add("")
        d.add(f"The answer is **{fw}**.")
    elif style == "bold_labels":
        d.add(rng.choice(["Here's the calculation:", "Let's break it down.", "We'll go step by step."]))
        d.add("")
        for i, r in enumerate(recs):
            d.add(f"**{cap(r['label'])}:** {calc(i)}", i)
            d.add("")
        if check:
            d.add(f"**Check:** {check} ✓")
            d.add("")
        d.add(f"**Final answer:** {fw}")
    elif style == "bullets":
        d.add("**Given:**")
        for k, s in givens_list(st, givens, pctx):
            d.add(f"- {GLABEL.get(st['units'][k], 'Given')}: {s}")
        d.add("")
        d.add("**Work:**")
        for i, r in enumerate(recs):
            d.add(f"- {cap(r['label'])}: {calc(i)}", i)
        if check:
            d.add(f"- Check: {check} ✓")
        d.add("")
        d.add(f"**Answer:** {fw}")
    elif style == "prose":
        i = 0
        while i < n:
            parts, idx = [], []
            for j in range(i, min(i + 2, n)):
                o = rng.choice(OPEN_PROSE).format(l=recs[j]["label"])
                if j == 0:
                    o = "First, find the {l}.".format(l=recs[j]["label"])
                parts.append(f"{o} {cap(calc(j))}." if rng.random() < 0.3 else f"{o} We get {calc(j)}.")
                idx.append(j)
            d.add(" ".join(parts), idx)
            d.add("")
            i += 2
        if check:
            d.add(f"To double-check: {check}, which matches.")
            d.add("")
        d.add(f"So the answer is {fw}.")
    elif style == "latex_inline":
        for i, r in enumerate(recs):
            lead = "First" if i == 0 else rng.choice(["Next", "Then", "Now"])
            d.add(f"{lead}, the {r['label']}: \\({calc(i)}\\).", i)
            d.add("")
        if check:
            d.add(f"Check: \\({check}\\) ✓")
            d.add("")
        d.add(f"**Answer:** {fw}")
    elif style == "latex_display":
        for i, r in enumerate(recs):
            d.add(f"**Step {i + 1}.** {cap(r['label'])}:")
            d.add(f"\\[ {calc(i)} \\]", i)
            d.add("")
        if check:
            d.add(f"Check: \\[ {check} \\]")
            d.add("")
        d.add(f"\\[ \\boxed{{{qty(fin_val, unit, True, True, True)}}} \\]")
    elif style == "table":
        d.add(rng.choice(["Organize the work in a table:", "Here is the calculation:", "Step by step:"]))
        d.add("")
        d.add("| Step | Quantity | Calculation | Result |")
        d.add("|---|---|---|---|")
        for i, r in enumerate(recs):
            d.add(f"| {i + 1} | {cap(r['label'])} | {calc(i)} | {qty(r['shown'], r['unit'])} |", i)
        d.add("")
        if check:
            d.add(f"Check: {check} ✓")
            d.add("")
        d.add(f"**Answer: {fw}**")
    elif style == "terse":
        for i, r in enumerate(recs):
            d.add(f"{r['label']}: {calc(i)}", i)
        if check:
            d.add(f"check: {check} ok")
        d.add(f"Answer: {fw}")
    elif style == "chatty":
        d.add(rng.choice(["Great question! Let's work through it together.",
                          "Sure! Let's figure this out step by step.",
                          "Okay, let's take this one piece at a time."]))
        d.add("")
        for i, r in enumerate(recs):
            lead = rng.choice(["So first,", "Alright, first"]) if i == 0 else rng.choice(
                ["Next up,", "Now,", "Then,", "Okay, and"])
            tail = rng.choice(["", " Easy enough!", " Nice.", ""])
            d.add(f"{lead} we need the {r['label']}. {cap(calc(i))}.{tail}", i)
            d.add("")
        if check:
            d.add(f"Let's double-check: {check}. Yep, that works! ✅")
            d.add("")
        d.add(f"So the answer is **{fw}**. Hope that helps!")
    elif style == "numbered":
        for i, r in enumerate(recs):
            d.add(f"{i + 1}. **{cap(r['label'])}**: {calc(i)}", i)
        if check:
            d.add(f"{n + 1}. **Check**: {check} ✓")
        d.add("")
        d.add(f"The answer is {fw}.")
    elif style == "dimensional":
        d.add(rng.choice(["Using dimensional analysis (set up units so they cancel):",
                          "Set up the calculation so the units cancel:"]))
        d.add("")
        for i, r in enumerate(recs):
            d.add(f"{cap(r['label'])}: {calc(i)}", i)
        if check:
            d.add(f"Verify: {check} ✓")
        d.add("")
        d.add(f"Answer: {fw}")
    return d


# ---------------------------------------------------------------- problem building
def fill(text, givens, st, pctx):
    out = text
    for k, u in st["units"].items():
        if k not in givens:
            continue
        v = givens[k]
        out = out.replace("{" + k + "#}", numstr(v, u == "$"))
        out = out.replace("{" + k + "}", qty(v, u) if u != "%" else canon(v) + "%")
    for k, v in pctx.items():
        out = out.replace("{" + k + "}", v)
    return out


def valid(recs):
    for r in recs:
        if r["shown"] <= 0:
            return False
        if r["op"] not in ROUNDED and r["approx"]:
            return False
        if r["shown"] > 100000:
            return False
    return True


def assemble(doc, fin_str):
    lines = list(doc.lines) + ["", f"#### {fin_str}"]
    text = "\n".join(lines)
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    return text, lines, starts


def build_problem(st, ti, si, qi, k, style):
    pid = f"{st['key']}-{si}{qi}-{k}"
    rng = random.Random(f"nums|{pid}")
    for _ in range(500):
        raw = st["gen"](rng)
        givens = {kk: dec(v) for kk, v in raw.items()}
        recs = evaluate(st, givens)
        if valid(recs):
            break
    else:
        raise RuntimeError(pid)
    drug = rng.choice(DRUGS)
    drug2 = rng.choice([x for x in DRUGS if x != drug])
    pt = rng.choice(PTS)
    pctx = dict(drug=drug, Drug=cap(drug), drug2=drug2, pt=pt, Pt=pt)
    problem = fill(st["setups"][si], givens, st, pctx) + " " + fill(st["questions"][qi], givens, st, pctx)
    fin_val = recs[-1]["shown"]
    fin = canon(fin_val)
    rows = []
    base = dict(pid=pid, template=f"{st['key']}-{si}{qi}", style=style, problem=problem)

    # correct
    doc = render(style, st, givens, recs, pctx, random.Random(f"render|{pid}"), st["check"], fin_val)
    text, lines, starts = assemble(doc, fin)
    rows.append(dict(base, variant="correct", solution=text, final=fin))

    frng = random.Random(f"fault|{pid}")
    for mode in ("slip", "carry"):
        cands = [i for i, r in enumerate(recs) if r["op"] not in ROUNDED]
        for _ in range(200):
            i = frng.choice(cands)
            kind = frng.choice(KINDS)
            w = make_wrong(frng, recs[i], kind)
            if w is None or w <= 0 or w == recs[i]["shown"]:
                continue
            money = recs[i]["unit"] == "$"
            if money and not terminating(w, 2):
                continue
            if not money and not terminating(w, 4):
                continue
            if numstr(w, money) == numstr(recs[i]["shown"], money):
                continue
            frecs = evaluate(st, givens, (i, w, mode))
            if any(r["shown"] <= 0 for r in frecs):
                continue
            fv = frecs[-1]["shown"]
            if mode == "carry" and canon(fv) == fin:
                continue
            break
        else:
            raise RuntimeError("fault " + pid)
        wc = st["check"] and mode == "slip"
        doc = render(style, st, givens, frecs, pctx, random.Random(f"render|{pid}"), wc,
                     fin_val if mode == "slip" else fv)
        ffin = fin if mode == "slip" else canon(fv)
        text, lines, starts = assemble(doc, ffin)
        li = doc.step_line[i]
        span = [starts[li], starts[li] + len(lines[li])]
        rows.append(dict(base, variant=mode, solution=text, final=fin, span=span,
                         wrong=numstr(w, money), right=numstr(recs[i]["shown"], money), step=i + 1, kind=kind))

    # loop
    lrng = random.Random(f"loop|{pid}")
    body = list(doc_lines_correct := render(style, st, givens, recs, pctx, random.Random(f"render|{pid}"),
                                            st["check"], fin_val).lines)
    sl = sorted(set(render(style, st, givens, recs, pctx, random.Random(f"render|{pid}"), st["check"],
                           fin_val).step_line.values()))
    k_line = lrng.choice(sl)
    u = lrng.choice([1, 1, 2, 3])
    u = min(u, k_line + 1)
    unit_lines = body[k_line - u + 1:k_line + 1]
    if all(not x.strip() for x in unit_lines):
        unit_lines = [body[k_line]]
    unit_text = "\n".join(unit_lines)
    start_block = k_line - len(unit_lines) + 1
    prefix = "\n".join(body[:start_block])
    reps = lrng.randint(8, 30)
    parts = [prefix] if prefix else []
    parts += [unit_text] * reps
    text = "\n".join(parts)
    second_start = (len(prefix) + 1 if prefix else 0) + len(unit_text) + 1
    if lrng.random() < 0.5:
        cut = lrng.randint(1, max(1, len(unit_text) - 1))
        text += "\n" + unit_text[:cut]
    rows.append(dict(base, variant="loop", solution=text, final=fin,
                     span=[second_start, second_start + len(unit_text)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = []
    ti = 0
    for st in S:
        for si in range(len(st["setups"])):
            for qi in range(len(st["questions"])):
                for k in range(4):
                    style = STYLES[(ti * 4 + k) % len(STYLES)]
                    rows.extend(build_problem(st, ti, si, qi, k, style))
                ti += 1
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
