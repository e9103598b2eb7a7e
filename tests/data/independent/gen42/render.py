"""Render recorded steps as a worked solution in one of ten styles."""
from fractions import Fraction as F
from core import dec_str, qstr, pstr, pdec, final_str

STYLES = ["md_table", "receipt_fence", "bold_bullets", "chatty", "latex", "terse", "numbered",
          "running", "gsm8k", "headers"]

WHAT = {"subtotal": "the subtotal", "tax": "the sales tax", "total": "the total", "tip": "the tip",
        "discount": "the discount", "discounted": "the discounted subtotal", "change": "the change",
        "share": "each person's share", "income_total": "total income", "expense_total": "total expenses",
        "leftover": "the amount left over", "contrib": "the amount saved by the plan", "saved": "the total saved",
        "need": "the amount still needed", "balance": "the balance", "optA": "the cost with small packages",
        "optB": "the cost with large packages", "savings": "the savings", "regular": "regular pay",
        "otrate": "the overtime rate", "otpay": "overtime pay", "gross": "gross pay",
        "withhold": "the withholding", "net": "net pay", "purchases": "new purchases",
        "bal": "the balance before interest", "interest": "the interest charge", "newbal": "the new balance",
        "usage": "the usage", "energy": "the energy charge", "remaining": "the remaining balance",
        "monthly": "the monthly payment", "diff": "the difference", "tickets": "the ticket cost",
        "snacks": "the snack cost", "cost": "the total trip cost", "cover": "the amount left to cover",
        "perstudent": "each student's share", "unit": "the unit price"}

ANSWER = {"total": "total", "change": "change", "share": "amount each person pays", "leftover": "amount left over",
          "need": "amount still needed", "balance": "ending balance", "savings": "amount saved", "net": "net pay",
          "newbal": "new balance", "monthly": "monthly payment", "diff": "difference",
          "perstudent": "amount each student pays"}


class Fmt:
    def __init__(self, dollar=True, commas=True, minus="−", x="×", latex=False):
        self.dollar, self.commas, self.minus, self.x, self.latex = dollar, commas, minus, x, latex

    def m(self, v, signed=False):
        """money from cents (int or Fraction)"""
        v = F(v)
        neg = v < 0
        v = abs(v)
        if v.denominator == 1:
            c = int(v)
            body = (f"{c // 100:,}" if self.commas else str(c // 100)) + f".{c % 100:02d}"
        else:
            s = dec_str(v / 100, 6)
            ip, fp = s.split(".") if "." in s else (s, "")
            fp = fp.ljust(2, "0")
            body = (f"{int(ip):,}" if self.commas else ip) + "." + fp
        d = ("\\$" if self.latex else "$") if self.dollar else ""
        if neg:
            return ("-" if self.latex else self.minus) + d + body
        return ("+" if signed else "") + d + body

    def dollars(self, exv):
        """exact value in cents (Fraction) -> money string with full decimals, or None"""
        s = dec_str(F(exv) / 100, 5)
        if s is None:
            return None
        if "." in s and len(s.split(".")[1]) < 2:
            s = s + "0" * (2 - len(s.split(".")[1]))
        if "." not in s:
            s += ".00"
        neg = s.startswith("-")
        s = s.lstrip("-")
        ip, fp = s.split(".")
        body = (f"{int(ip):,}" if self.commas else ip) + "." + fp
        d = ("\\$" if self.latex else "$") if self.dollar else ""
        return ("-" if neg else "") + d + body


def num(v, st, f):
    return f.m(v) if st.get("money", True) else f"{int(v):,}"


def rel_res(st, f, show_exact=True, approx="≈"):
    """' = E ≈ R' or ' = R' or ' ≈ R' for rounding ops."""
    r = f.m(st["res"])
    if st.get("exact", True):
        return f" = {r}"
    if st.get("faulty"):
        return f" {approx} {r}"
    if st["op"] == "mul":
        ex = F(st["q"]) * F(st["p"])
    else:
        ex = st["exv"]
    e = f.dollars(ex) if show_exact else None
    if e is not None:
        return f" = {e} {approx} {r}"
    return f" {approx} {r}"


def mul_lhs(st, f, unit_words=True):
    q = qstr(st["q"])
    qu = st.get("qunit")
    p = f.m(st["p"])
    if st["role"] == "otrate":
        return f"{p} {f.x} 1.5"
    if qu and unit_words:
        if qu == "kWh":
            return f"{int(st['q']):,} kWh {f.x} {p}/kWh"
        if qu == "h":
            return f"{q} h {f.x} {p}/h"
        return f"{q} {qu} {f.x} {p}/{qu}"
    return f"{q} {f.x} {p}"


def sum_lhs(st, f):
    out = []
    for j, (_l, v, s, _r) in enumerate(st["terms"]):
        t = num(v, st, f)
        if j == 0:
            out.append(t if s > 0 else f.minus + t)
        else:
            out.append((" + " if s > 0 else f" {f.minus} ") + t)
    return "".join(out)


def pct_lhs(st, f, form):
    b = f.m(st["base"])
    if form == 0:
        return f"{pstr(st['rate'])}% of {b}"
    if form == 1:
        return f"{b} {f.x} {pdec(st['rate'])}"
    return f"{b} {f.x} {pstr(st['rate'])}%"


def div_lhs(st, f, word=False):
    return f"{f.m(st['a'])} ÷ {st['n']}" if not word else f"{f.m(st['a'])} divided by {st['n']}"


def unit_line(st, f):
    v = st["val"]
    d = "$" if f.dollar else ""
    if f.latex:
        d = "\\$"
    ex = dec_str(v, 4)
    lhs = f"{f.m(st['price'])} ÷ {st['size']} {st['sunit']}"
    if ex is not None:
        if len(ex.split(".")[-1]) < 2 and "." in ex:
            ex += "0"
        return f"{lhs} = {d}{ex} per {st['sunit'].split()[-1].rstrip('s')}"
    r = dec_str(F(int(v * 1000 + F(1, 2)), 1000), 3)
    if r is not None and "." in r and len(r.split(".")[1]) < 3:
        r = r + "0" * (3 - len(r.split(".")[1]))
    return f"{lhs} ≈ {d}{r} per {st['sunit'].split()[-1].rstrip('s')}"


def generic_expr(st, f, pform=0, exact=True, approx="≈"):
    op = st["op"]
    if op == "mul":
        return mul_lhs(st, f) + rel_res(st, f, exact, approx)
    if op == "sum":
        return sum_lhs(st, f) + " = " + num(st["res"], st, f)
    if op == "pct":
        return pct_lhs(st, f, pform) + rel_res(st, f, exact, approx)
    if op == "div":
        return div_lhs(st, f) + rel_res(st, f, exact, approx)
    if op == "unit":
        return unit_line(st, f)
    raise ValueError(op)


def cap(s):
    return s[0].upper() + s[1:]


def label_of(st):
    if st["op"] == "pct":
        return f"{st['label']} ({pstr(st['rate'])}%)"
    return st["label"]


# ---------------------------------------------------------------- styles
class Out:
    def __init__(self):
        self.lines = []
        self.smap = {}
        self.implicit = set()  # step idxs whose value a later line uses without writing it

    def add(self, s, st=None):
        self.lines.append(s)
        if st is not None and st["op"] != "const":
            self.smap[st["idx"]] = len(self.lines) - 1

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")


def comp_steps(steps):
    return [s for s in steps if s["op"] != "const"]


def final_step(steps):
    return comp_steps(steps)[-1]


def ans_money(st, f):
    return f.m(st["used"])


def style_md_table(K, P, steps, rng, o):
    f = Fmt(minus=rng.choice(["−", "-"]))
    o.add(rng.choice(["Let's organize everything in a table.", "Here's the breakdown:",
                      "I'll lay out the numbers in a table first.", "## Breakdown"]))
    o.blank()
    i = 0
    n = len(steps)
    while i < n:
        st = steps[i]
        if st.get("group") == "items":
            j = i
            while j < n and steps[j].get("group") == "items":
                j += 1
            o.add("| Item | Qty | Unit Price | Total |")
            o.add("|---|---:|---:|---:|")
            for s in steps[i:j]:
                qu = s.get("qunit")
                qs = qstr(s["q"]) + (f" {qu}" if qu else "")
                ps = f.m(s["p"]) + (f"/{qu}" if qu else "")
                o.add(f"| {s['label']} | {qs} | {ps} | {f.m(s['res'])} |", s)
            if j < n and steps[j]["op"] == "sum" and [t[3] for t in steps[j]["terms"]] == [s["idx"] for s in steps[i:j]]:
                o.add(f"| **{steps[j]['label']}** | | | **{f.m(steps[j]['res'])}** |", steps[j])
                o.implicit |= set(s["idx"] for s in steps[i:j])
                j += 1
            o.blank()
            i = j
            continue
        if st.get("group") == "ledger" or st.get("role") == "opening":
            o.add("| Date | Transaction | Amount | Balance |")
            o.add("|---|---|---:|---:|")
            o.add(f"| | Opening balance | | {f.m(st['value'])} |")
            j = i + 1
            while j < n and (steps[j].get("group") == "ledger" or steps[j].get("role") == "txn"):
                s = steps[j]
                if s["op"] == "sum":
                    o.add(f"| {s['date']} | {s['desc']} | {f.m(s['amt'], signed=True)} | {f.m(s['res'])} |", s)
                    o.implicit.add(s["terms"][0][3])
                j += 1
            o.blank()
            i = j
            continue
        if st["op"] == "const":
            if st["role"] == "expense" and (i == 0 or steps[i - 1]["role"] != "expense"):
                o.add("| Category | Amount |")
                o.add("|---|---:|")
                j = i
                while j < n and steps[j]["role"] == "expense":
                    o.add(f"| {steps[j]['label']} | {f.m(steps[j]['value'])} |")
                    j += 1
                o.blank()
                i = j
                continue
            i += 1
            continue
        o.add(f"**{label_of(st)}:** " + generic_expr(st, f, pform=rng.randrange(3)), st)
        o.blank()
        i += 1
    fs = final_step(steps)
    o.add(rng.choice([f"**{cap(ANSWER.get(fs['role'], 'answer'))}: {ans_money(fs, f)}**",
                      f"The {ANSWER.get(fs['role'], 'answer')} is **{ans_money(fs, f)}**."]))


def style_receipt(K, P, steps, rng, o):
    f = Fmt(minus="-")
    W = 36
    o.add(rng.choice(["Here's the receipt worked out:", "Let me write it out like a receipt:",
                      "Itemized:", "Building the receipt line by line:"]))
    o.add("")
    o.add("```")

    def row(left, right):
        pad = max(2, W - len(left) - len(right))
        return left + " " * pad + right

    receiptish = K.receipt
    group = []  # list of (ref, sign)
    last_sum = None
    for k, st in enumerate(steps):
        op = st["op"]
        if not receiptish:
            if st.get("role") == "opening":
                o.add(row("OPENING BALANCE", f.m(st["value"])))
                continue
            if st.get("group") == "ledger":
                o.add(row(f"{st['date']:<7}{st['desc'][:16]:<17}", f"{f.m(st['amt']):>10}  {f.m(st['res']):>10}"), st)
                o.implicit.add(st["terms"][0][3])
                continue
            if op == "const":
                continue
            lab = label_of(st) if op != "unit" else st["label"]
            o.add(f"{lab + ':':<26}" + generic_expr(st, f, pform=1, exact=False), st)
            continue
        if op == "mul":
            if k > 0 and steps[k - 1]["op"] != "mul":
                o.add(f"-- {st.get('store', P.get('sb', '')).upper()} --" if False else "")
                group = []
            qu = st.get("qunit")
            if qu:
                mid = f"{qstr(st['q'])} {qu} @ {f.m(st['p'])}/{qu}"
            else:
                mid = f"{qstr(st['q'])} @ {f.m(st['p'])}"
            lab = st["label"].upper()[:14]
            o.add(row(f"{lab:<15}{mid}", f.m(st["res"])), st)
            group.append((st["idx"], 1))
        elif op == "const":
            if st["role"] in ("paid", "reading"):
                continue
            sg = -1 if st["role"] == "down" else 1
            o.add(row(st["label"].upper(), f.m(sg * st["value"])))
            group.append((st["idx"], sg))
        elif op == "sum":
            if st["role"] == "change":
                o.add(row("CASH", f.m(st["terms"][0][1])))
                o.add(row("CHANGE", f.m(st["res"])), st)
                o.implicit.add(st["terms"][1][3])
                continue
            if [(t[3], t[2]) for t in st["terms"]] == group:
                o.add("-" * W)
                o.add(row(st["label"].upper(), f.m(st["res"])), st)
                o.implicit |= set(g[0] for g in group)
                group = [(st["idx"], 1)]
                last_sum = st["idx"]
            else:
                o.add(row(st["label"].upper() + ": " + sum_lhs(st, f) + " =", num(st["res"], st, f)), st)
                group = []
        elif op == "pct":
            sign = -1 if st["role"] == "discount" else 1
            if st["base_ref"] == last_sum:
                lab = f"{st['label'].upper()} {pstr(st['rate'])}%" + (" OFF" if sign < 0 else "")
                o.add(row(lab, f.m(sign * st["res"])), st)
                o.implicit.add(st["base_ref"])
                group.append((st["idx"], sign))
            else:
                o.add(row(st["label"].upper() + ": " + pct_lhs(st, f, 2), "= " + f.m(st["res"])), st)
                group = []
        elif op == "div":
            if st["a_ref"] == last_sum:
                o.add(row(f"{st['label'].upper()} (÷ {st['n']})", f.m(st["res"])), st)
                o.implicit.add(st["a_ref"])
            else:
                o.add(st["label"].upper() + ": " + generic_expr(st, f, exact=False), st)
                group = []
    o.add("```")
    o.add("")
    fs = final_step(steps)
    if not K.receipt or fs["op"] == "div" or fs["role"] in ("change", "diff"):
        o.add(rng.choice([f"**{cap(ANSWER.get(fs['role'], 'answer'))}: {ans_money(fs, f)}**",
                          f"So the {ANSWER.get(fs['role'], 'answer')} is **{ans_money(fs, f)}**."]))
    else:
        o.add(rng.choice([f"**Total: {ans_money(fs, f)}**", f"The amount due is **{ans_money(fs, f)}**.",
                          f"Final total: **{ans_money(fs, f)}**"]))


LEADS_BULLET = {"item": "{label}", "otrate": "Overtime rate", "regular": "Regular pay"}


def style_bold_bullets(K, P, steps, rng, o):
    f = Fmt(minus=rng.choice(["−", "-"]), x=rng.choice(["×", "×", "x"]))
    heads = {"item": "Cost of each item", "ledger": "Running balance"}
    o.add(rng.choice(["Let's work through this step by step.", "Let's break this down.",
                      "Step by step:"]))
    o.add("")
    sn = 0
    prev_grp = None
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                sn += 1
                o.add(f"**Step {sn}: Start with the opening balance**")
                o.add(f"- Opening balance: {f.m(st['value'])}")
                prev_grp = "open"
            continue
        grp = st.get("group") or st["idx"]
        if grp != prev_grp:
            if prev_grp is not None:
                o.add("")
            sn += 1
            if st.get("group") == "items":
                title = heads["item"]
            elif st.get("group") == "ledger":
                title = heads["ledger"]
            else:
                title = "Find " + WHAT.get(st["role"], st["label"].lower())
            o.add(f"**Step {sn}: {title}**")
            prev_grp = grp
        if st.get("group") == "ledger":
            o.add(f"- {st['date']}, {st['desc'].lower()}: " + generic_expr(st, f), st)
        elif st.get("group") == "items":
            o.add(f"- {st['label']}: " + generic_expr(st, f), st)
        else:
            o.add(f"- {label_of(st)}: " + generic_expr(st, f, pform=rng.randrange(3)), st)
    o.add("")
    fs = final_step(steps)
    o.add(rng.choice([f"**Answer: {ans_money(fs, f)}**", f"**Final answer:** {ans_money(fs, f)}",
                      f"So the {ANSWER.get(fs['role'], 'answer')} is **{ans_money(fs, f)}**."]))


CHAT_OPEN = ["Sure! Let's figure this out together.", "Great question — let's go through it carefully.",
             "Okay, let's take this one piece at a time.", "Let's work it out step by step."]


def style_chatty(K, P, steps, rng, o):
    f = Fmt(minus=rng.choice(["−", "-"]), x="×")
    o.add(rng.choice(CHAT_OPEN))
    o.add("")
    first_item = True
    for st in steps:
        shape = rng.randrange(5)
        if st["op"] == "const":
            if st["role"] == "opening":
                o.add(f"We start with {f.m(st['value'])}.")
            continue
        w = WHAT.get(st["role"], "")
        if st.get("group") == "items":
            lead = "First, the items. " if first_item else ""
            first_item = False
            qu = st.get("qunit")
            if qu:
                s = f"{lead}The {st['noun']} are priced by weight: {generic_expr(st, f)}."
            elif st["q"] == 1:
                s = f"{lead}One {st['label'].lower()} is just {generic_expr(st, f)}."
            else:
                s = [f"{lead}{qstr(st['q'])} {st['label'].lower()} at {f.m(st['p'])} each: {generic_expr(st, f)}.",
                     f"{lead}For the {st['label'].lower()}, {generic_expr(st, f)}.",
                     f"{lead}The {st['label'].lower()} line is {generic_expr(st, f)}.",
                     f"{lead}{st['label']}: {generic_expr(st, f)}.",
                     f"{lead}We need {qstr(st['q'])} of the {st['label'].lower()}: {generic_expr(st, f)}."][shape]
            o.add(s, st)
            continue
        if st.get("group") == "ledger":
            verb = "deposit" if st["amt"] > 0 else "spend"
            s = [f"On {st['date']} the {st['desc'].lower()} changes the balance: {generic_expr(st, f)}.",
                 f"{st['date']} ({st['desc']}): {generic_expr(st, f)}.",
                 f"After the {st['desc'].lower()} on {st['date']}, we have {generic_expr(st, f)}.",
                 f"Next, the {verb} on {st['date']}: {generic_expr(st, f)}.",
                 f"Then {st['desc'].lower()} on {st['date']}: {generic_expr(st, f)}."][shape]
            o.add(s, st)
            continue
        e = generic_expr(st, f, pform=shape % 3)
        if st["op"] == "unit":
            o.add(f"For the {st['label'].lower()} size, the unit price is {e}.", st)
            continue
        r = f.m(st["res"]) if st.get("money", True) else f"{st['res']:,}"
        unit = " kWh" if not st.get("money", True) else ""
        s = [f"Next, {w}: {e}.",
             f"{cap(w)} comes to {e}.",
             f"{e}{unit}, so {w} is {r}{unit}.",
             f"That makes {w} {e}.",
             f"To get {w}, we compute {e}."][shape]
        o.add(s, st)
    o.add("")
    fs = final_step(steps)
    o.add(rng.choice([f"So, the {ANSWER.get(fs['role'], 'answer')} is **{ans_money(fs, f)}**. 😊",
                      f"That means the answer is **{ans_money(fs, f)}**.",
                      f"So the final answer is {ans_money(fs, f)}. Hope that helps!",
                      f"**{ans_money(fs, f)}** is the {ANSWER.get(fs['role'], 'answer')}."]))


def style_latex(K, P, steps, rng, o):
    f = Fmt(minus="-", x="\\times", latex=True)
    display = rng.random() < 0.5
    o.add(rng.choice(["We compute each quantity in turn.", "Let's set up the calculation.",
                      "Working through the amounts:"]))
    o.add("")
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                o.add(f"Opening balance: \\({f.m(st['value'])}\\).")
                o.add("")
            continue
        e = generic_expr(st, f, pform=rng.randrange(3), approx="\\approx")
        e = e.replace("÷", "\\div").replace("%", "\\%").replace(" of ", " \\text{ of } ")
        if st.get("group") == "ledger":
            lab = f"{st['date']} ({st['desc']})"
        elif st["op"] == "unit":
            lab = st["label"]
        else:
            lab = cap(WHAT.get(st["role"], st["label"])) if st.get("group") != "items" else st["label"]
        if not st.get("money", True):
            e = e + " \\text{ kWh}"
        if display and st.get("group") not in ("items", "ledger"):
            o.add(f"{lab}:")
            o.add(f"\\[ {e} \\]", st)
            o.add("")
        else:
            o.add(f"- {lab}: \\( {e} \\)", st)
    o.add("")
    fs = final_step(steps)
    v = ans_money(fs, f)
    o.add(rng.choice([f"The {ANSWER.get(fs['role'], 'answer')} is \\(\\boxed{{{v}}}\\).",
                      f"\\[ \\boxed{{{v}}} \\]", f"**Answer:** \\({v}\\)"]))


def style_terse(K, P, steps, rng, o):
    f = Fmt(dollar=False, commas=False, minus="-", x=rng.choice(["*", "×", "x"]))
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                o.add(f"start: {f.m(st['value'])}")
            continue
        if st.get("group") == "items":
            lab = st["label"].split(" (")[0].lower()
        elif st.get("group") == "ledger":
            lab = st["desc"].lower()
        elif st["op"] == "unit":
            lab = st["label"].split(" (")[0].lower()
        else:
            lab = st["label"].lower()
        o.add(f"{lab}: " + generic_expr(st, f, pform=1, exact=False, approx="~"), st)
    fs = final_step(steps)
    o.add(rng.choice([f"answer: {ans_money(fs, f)}", f"=> {ans_money(fs, f)}", f"{ANSWER.get(fs['role'], 'answer')} = {ans_money(fs, f)}"]))


def style_numbered(K, P, steps, rng, o):
    f = Fmt(minus="-", x=rng.choice(["x", "×"]))
    o.add(rng.choice(["Solution:", "Here's how to solve it:", "Steps:"]))
    o.add("")
    n = 0
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                n += 1
                o.add(f"{n}. Starting balance: {f.m(st['value'])}")
            continue
        n += 1
        if st.get("group") == "items":
            lab = f"Cost of {st['label'].lower()}"
        elif st.get("group") == "ledger":
            lab = f"{st['date']}, {st['desc']}"
        elif st["op"] == "unit":
            lab = f"Unit price, {st['label'].lower()}"
        else:
            lab = label_of(st)
        o.add(f"{n}. {lab}: " + generic_expr(st, f, pform=rng.randrange(3)), st)
    o.add("")
    fs = final_step(steps)
    o.add(rng.choice([f"Answer: {ans_money(fs, f)}", f"The answer is {ans_money(fs, f)}.",
                      f"Therefore, the {ANSWER.get(fs['role'], 'answer')} is {ans_money(fs, f)}."]))


def style_running(K, P, steps, rng, o):
    f = Fmt(minus=rng.choice(["−", "-"]), x="×")
    o.add(rng.choice(["I'll keep a running total as I go.", "Keeping a running tally:", "Running total, line by line:"]))
    o.add("")
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                o.add(f"Start: {f.m(st['value'])}")
            continue
        if st["op"] == "sum" and len(st["terms"]) >= 3 and st.get("money", True):
            lab = WHAT.get(st["role"], st["label"].lower())
            o.add(f"Adding up {lab}:")
            acc = st["terms"][0][1] * st["terms"][0][2]
            ts = st["terms"]
            for j in range(1, len(ts)):
                v, s = ts[j][1], ts[j][2]
                new = acc + s * v
                last = j == len(ts) - 1
                shown = st["res"] if last else new
                op = "+" if s > 0 else f.minus
                o.add(f"- {f.m(acc)} {op} {f.m(v)} = {f.m(shown)}" + (f" ← {st['label'].lower()}" if last else ""),
                      st if last else None)
                acc = new
            continue
        if st.get("group") == "ledger":
            o.add(f"- {st['date']} {st['desc']}: " + generic_expr(st, f), st)
            continue
        if st.get("group") == "items":
            o.add(f"{st['label']}: " + generic_expr(st, f), st)
            continue
        lab = label_of(st) if st["op"] != "unit" else st["label"]
        o.add(f"{lab}: " + generic_expr(st, f, pform=rng.randrange(3)), st)
    o.add("")
    fs = final_step(steps)
    o.add(rng.choice([f"**{cap(ANSWER.get(fs['role'], 'answer'))}: {ans_money(fs, f)}**",
                      f"Final: **{ans_money(fs, f)}**"]))


def gsm_num(v, money=True):
    if not money:
        return str(int(v))
    v = F(v)
    s = dec_str(v / 100, 6)
    return s


def style_gsm8k(K, P, steps, rng, o):
    f = Fmt(commas=False, minus="-", x="*")
    parts = []
    for st in steps:
        op = st["op"]
        if op == "const":
            continue
        mny = st.get("money", True)
        d = "$" if mny else ""
        r = gsm_num(st["res"], mny)
        if op == "mul":
            if st["role"] == "otrate":
                lhs = f"{gsm_num(st['p'])}*1.5"
            else:
                lhs = f"{qstr(st['q'])}*{gsm_num(st['p'])}"
            if st.get("exact", True) or st.get("faulty"):
                s = f"{lhs}=${'<<'}{lhs}={r}>>{r}"
            else:
                e = dec_str(F(st["q"]) * F(st["p"]) / 100, 8)
                s = f"{lhs}=$<<{lhs}={e}>>{e}, which rounds to ${r}"
        elif op == "sum":
            lhs = ""
            for j, (_l, v, sg, _r) in enumerate(st["terms"]):
                t = gsm_num(v, mny)
                lhs += (t if sg > 0 else "-" + t) if j == 0 else ("+" if sg > 0 else "-") + t
            s = f"{lhs}={d}<<{lhs}={r}>>{r}"
        elif op == "pct":
            lhs = f"{gsm_num(st['base'])}*{pdec(st['rate'])}"
            e = dec_str(st["exv"] / 100, 8)
            if st.get("exact", True) or st.get("faulty") or e is None:
                s = f"{lhs}=$<<{lhs}={r}>>{r}"
            else:
                s = f"{lhs}=$<<{lhs}={e}>>{e}, which rounds to ${r}"
        elif op == "div":
            lhs = f"{gsm_num(st['a'])}/{st['n']}"
            e = dec_str(st["exv"] / 100, 8)
            if st.get("exact", True) or st.get("faulty") or e is None:
                s = f"{lhs}=$<<{lhs}={r}>>{r}"
            else:
                s = f"{lhs}=$<<{lhs}={e}>>{e}, which rounds to ${r}"
        elif op == "unit":
            o.add(f"The {st['label'].split(' (')[0].lower()} size costs " + unit_line(st, Fmt(commas=False)) + ".", st)
            continue
        if st.get("group") == "items":
            sent = rng.choice([f"The {st['label'].lower()} cost {s}.", f"{cap(st['label'])} costs {s}.",
                               f"For {st['label'].lower()} {P.get('who', 'she')} pays {s}."])
        elif st.get("group") == "ledger":
            sent = f"After the {st['desc'].lower()} the balance is {s}."
        else:
            w = WHAT.get(st["role"], st["label"].lower())
            sent = rng.choice([f"{cap(w)} is {s}.", f"So {w} is {s}.", f"That makes {w} {s}."])
            if not mny:
                sent = sent.rstrip(".") + " kWh."
        o.add(sent, st)
    fs = final_step(steps)
    o.add(f"The answer is {ans_money(fs, f)}." if rng.random() < 0.3 else "")
    if o.lines[-1] == "":
        o.lines.pop()


PRON_GEN = "the shopper"


def style_headers(K, P, steps, rng, o):
    f = Fmt(minus="−", x="×")
    o.add(rng.choice(["## Solution", "### Working it out", "## Step-by-step"]))
    o.add("")
    sec = 0
    prev = None
    for st in steps:
        if st["op"] == "const":
            if st["role"] == "opening":
                sec += 1
                o.add(f"### {sec}. Opening balance")
                o.add(f"The account starts at **{f.m(st['value'])}**.")
                o.add("")
                prev = "open"
            continue
        g = st.get("group") or st["idx"]
        if g != prev:
            if prev is not None and o.lines[-1] != "":
                o.add("")
            sec += 1
            title = {"items": "Line items", "ledger": "Transactions"}.get(st.get("group"),
                                                                        cap(WHAT.get(st["role"], st["label"]).replace("the ", "", 1)))
            o.add(f"### {sec}. {title}")
            prev = g
        e = generic_expr(st, f, pform=rng.randrange(3))
        if st.get("group") == "items":
            o.add(f"- {st['label']}: {e}", st)
        elif st.get("group") == "ledger":
            o.add(f"- {st['date']} · {st['desc']}: {e}", st)
        else:
            o.add(f"{e}", st)
    o.add("")
    fs = final_step(steps)
    o.add("### Answer")
    o.add(rng.choice([f"The {ANSWER.get(fs['role'], 'answer')} is **{ans_money(fs, f)}**.",
                      f"**{ans_money(fs, f)}**"]))


STYLE_FN = {"md_table": style_md_table, "receipt_fence": style_receipt, "bold_bullets": style_bold_bullets,
            "chatty": style_chatty, "latex": style_latex, "terse": style_terse, "numbered": style_numbered,
            "running": style_running, "gsm8k": style_gsm8k, "headers": style_headers}


def render(K, P, steps, style, rng, final):
    o = Out()
    STYLE_FN[style](K, P, steps, rng, o)
    while o.lines and o.lines[-1] == "":
        o.lines.pop()
    body_lines = list(o.lines)
    o.lines.append("")
    o.lines.append(f"#### {final}")
    return o.lines, o.smap, body_lines, o.implicit
