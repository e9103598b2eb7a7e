#!/usr/bin/env python3
"""Generator: grade-school comparison / algebra-lite word problems with
correct, slip, carry and loop variants.  Standard library only, deterministic."""
import argparse
import json
import random
import re
from fractions import Fraction as F

# ----------------------------------------------------------------- styles
STYLES = ["md_headings", "bold_labels", "prose", "latex_inline", "latex_display",
          "terse", "chatty", "table", "numbered", "worded", "units_bar"]
OPS = {  # times, div, minus
    "md_headings": ("×", "÷", "−"), "bold_labels": ("×", "÷", "-"), "prose": ("×", "÷", "−"),
    "latex_inline": (r"\times", r"\div", "-"), "latex_display": (r"\times", r"\div", "-"),
    "terse": ("*", "/", "-"), "chatty": ("x", "÷", "-"), "table": ("×", "÷", "−"),
    "numbered": ("·", "/", "−"), "worded": ("×", "÷", "−"), "units_bar": ("×", "÷", "−"),
}
LATEX = ("latex_inline", "latex_display")


class Reject(Exception):
    pass


def dec(v):
    """Plain literal for a Fraction with a finite decimal expansion."""
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    for k in range(1, 7):
        if (v * 10 ** k).denominator == 1:
            s = f"{abs(v.numerator) * 10 ** k // v.denominator:0{k + 1}d}"
            out = s[:-k] + "." + s[-k:]
            return ("-" if v < 0 else "") + out
    raise Reject("non-terminating")


def final_str(v):
    s = dec(v)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


NUM_RE = re.compile(r"\$?\d+(?:\.\d+)?")


def ev(expr):
    py = NUM_RE.sub(lambda m: "F('%s')" % m.group(0).lstrip("$"), expr)
    py = re.sub(r"(\d'\))\s*\(", r"\1*(", py)
    return eval(py, {"F": F})


class R:
    def __init__(self, style, seed, letter_hint="n", fault=None, sep=True):
        self.style = style
        self.rng = random.Random(seed)
        self.times, self.div, self.minus = OPS[style]
        self.latex = style in LATEX
        self.units = style == "units_bar"
        if style in ("bold_labels", "chatty", "numbered", "units_bar"):
            self.letter = letter_hint
        else:
            self.letter = "x"
        self.blocks = []  # (kind, text)
        self.step = 0
        self.fault = fault  # (step, mode, wrong)
        self.faulted = False
        self.record = []
        self.sep = sep
        self.nhead = 0
        self._sym = {}

    # ---- choice helper (same sequence across variants)
    def pick(self, opts):
        return opts[self.rng.randrange(len(opts))]

    # ---- number/expression formatting
    def num(self, v, money=False):
        v = F(v)
        s = dec(v)
        neg = s.startswith("-")
        s = s.lstrip("-")
        if money and "." in s:
            ip, fp = s.split(".")
            fp = (fp + "00")[:2] if len(fp) <= 2 else fp
            s = ip + "." + fp
        ip, _, fp = s.partition(".")
        if self.sep and len(ip) > 3:
            grp = []
            while len(ip) > 3:
                grp.insert(0, ip[-3:])
                ip = ip[:-3]
            grp.insert(0, ip)
            ip = ",".join(grp)
        s = ip + ("." + fp if fp else "")
        if money:
            s = (r"\$" if self.latex else "$") + s
        return ("-" if neg else "") + s

    def m(self, expr):
        """Neutral expression -> style math (no delimiters)."""
        def numrep(mt):
            t = mt.group(0)
            return self.num(F(t.lstrip("$")), money=t.startswith("$"))
        out = NUM_RE.sub(numrep, expr)
        out = out.replace("X", self.letter)
        out = out.replace(" * ", " %s " % self.times).replace(" / ", " %s " % self.div)
        out = out.replace(" - ", " %s " % self.minus)
        if self.latex:
            out = out.replace("$", r"\$") if "\\$" not in out else out
        return out

    def s(self, t):
        return self._sym.get(t, t)

    def i(self, s):
        """inline math wrapper"""
        if self.style == "worded":
            return self._sym.get(s, s)
        return r"\(" + s + r"\)" if self.latex else s

    # ---- faultable computation
    def calc(self, expr, money=False, fault_ok=True, worded=True, frac=False):
        right = ev(expr)
        if right.denominator != 1:
            if not money or (right * 100).denominator != 1:
                raise Reject("inexact %s" % expr)
        if right < 0:
            raise Reject("negative")
        val = right
        shown = self.num(right, money)
        idx = None
        if fault_ok:
            self.step += 1
            idx = self.step
            self.record.append(dict(step=idx, expr=expr, right=right, money=money))
            if self.fault and self.fault[0] == idx:
                mode, wrong = self.fault[1], self.fault[2]
                shown = "\x01" + self.num(wrong, money) + "\x02"
                self.faulted = True
                if mode == "carry":
                    val = wrong
        # render left side
        ops = re.findall(r" [-+*/] ", expr)
        if self.style == "worded" and worded and len(ops) == 1 and "(" not in expr:
            a, op, b = re.split(r" ([-+*/]) ", expr)
            w = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}[op]
            fa = self.m(a)
            fb = self.m(b)
            text = "%s %s %s is %s" % (fa, w, fb, shown)
            self._sym[text] = self.m(expr) + " = " + shown
            return text, val
        if frac and self.latex and len(ops) == 1 and " / " in expr:
            a, b = expr.split(" / ")
            left = r"\frac{%s}{%s}" % (self.m(a), self.m(b))
        else:
            left = self.m(expr)
        return left + " = " + shown, val

    def solve(self, coef, rhs, money=False):
        """coef*X = rhs  ->  X = value.  Returns (text, value)."""
        L = self.letter
        expr = "%s / %s" % (("$" if money else "") + dec(rhs), dec(coef))
        form = self.rng.randrange(3)
        if self.style == "terse":
            form = 1
        t, v = self.calc(expr, money=money, frac=True, worded=False)
        res = t.split(" = ")[-1]
        eqn = self.m("%sX = %s" % (dec(coef), ("$" if money else "") + dec(rhs)))
        if form == 0:
            return "%s, so %s = %s" % (self.i(eqn), self.i(L), self.i(res)) if not self.latex else \
                r"\(%s\), so \(%s = %s\)" % (eqn, L, res), v
        return self.i("%s = %s" % (L, t)), v

    # ---- blocks
    def head(self, t):
        self.nhead += 1
        self.blocks.append(("head", t))

    def say(self, t):
        self.blocks.append(("say", t))

    def disp(self, t):
        self.blocks.append(("disp", t))

    def check(self, t):
        self.blocks.append(("check", t))

    def answer(self, sentence, final, money=False):
        self.blocks.append(("answer", (sentence, final, money)))

    # ---- render to text
    def render(self):
        st = self.style
        out = []
        para = []
        n = 0

        def flush():
            if para:
                out.append(" ".join(para))
                para.clear()
        for bi, (kind, t) in enumerate(self.blocks):
            prev = self.blocks[bi - 1][0] if bi else None
            if kind == "head":
                n += 1
                if st == "md_headings":
                    flush(); out.append("")
                    out.append("### Step %d: %s" % (n, t))
                elif st in ("bold_labels", "latex_inline", "latex_display", "table", "units_bar"):
                    flush(); out.append("")
                    out.append("**%s**" % t)
                elif st == "numbered":
                    flush()
                    out.append("%d. **%s**" % (n, t))
                elif st == "prose" or st == "worded":
                    flush(); out.append("")
                else:  # terse, chatty
                    flush()
            elif kind == "say":
                if st in ("prose", "worded", "chatty"):
                    if t[-1] not in ".:!?":
                        t = t + "."
                    para.append(t)
                elif st == "bold_labels":
                    out.append("- " + t)
                elif st == "numbered":
                    out.append("   " + t)
                else:
                    out.append(t)
            elif kind == "disp":
                flush()
                if st == "latex_display":
                    out.append(r"\[ %s \]" % t)
                elif st == "latex_inline":
                    out.append(r"\(%s\)" % t)
                elif st == "bold_labels":
                    out.append("- " + t)
                elif st == "numbered":
                    out.append("   " + t)
                elif st == "md_headings":
                    if prev != "disp":
                        out.append("")
                    out.append(t)
                else:
                    out.append(t)
            elif kind == "check":
                flush()
                pre = {"md_headings": "**Check:** ", "bold_labels": "- **Check:** ", "latex_inline": "Check: ",
                       "latex_display": "Check: ", "terse": "check: ", "chatty": "Let's double-check: ",
                       "table": "Check: ", "numbered": "   Check: ", "worded": "Checking: ",
                       "units_bar": "Check: ", "prose": "Check: "}[st]
                out.append(pre + t)
            elif kind == "answer":
                flush()
                sentence, final, money = t
                fs = self.num(final, money)
                if st == "md_headings":
                    out += ["", "**Answer:** " + sentence]
                elif st == "latex_display":
                    out += ["", r"\[ \boxed{%s} \]" % fs.replace(r"\$", r"\$"), "", sentence]
                elif st == "latex_inline":
                    out += ["", "**Final answer:** " + sentence]
                elif st == "terse":
                    out += ["Answer: " + fs]
                elif st == "chatty":
                    out += ["", sentence + " 🎉"]
                elif st == "bold_labels":
                    out += ["", "**Answer: %s**" % sentence]
                elif st == "numbered":
                    out += ["", "**Answer:** " + sentence]
                else:
                    out += ["", sentence]
                out += ["", "#### " + final_str(final)]
        flush()
        while out and out[0] == "":
            out.pop(0)
        text = "\n".join(out)
        text = re.sub(r"\n{3,}", "\n\n", text)
        return text


# ----------------------------------------------------------------- contexts
NAMES = ["Maya", "Liam", "Sofia", "Ethan", "Priya", "Noah", "Chloe", "Mateo", "Aisha", "Ben",
         "Hana", "Omar", "Grace", "Diego", "Zoe", "Kofi", "Lena", "Ravi", "Ivy", "Sam"]
ITEMS = [("marbles", "marble"), ("stickers", "sticker"), ("stamps", "stamp"), ("seashells", "seashell"),
         ("baseball cards", "card"), ("books", "book"), ("pencils", "pencil"), ("beads", "bead"),
         ("coins", "coin"), ("toy cars", "toy car"), ("apples", "apple"), ("crayons", "crayon")]
KWORD = {2: "twice", 3: "three times", 4: "four times", 5: "five times", 6: "six times"}
KWORD2 = {2: "twice", 3: "3 times", 4: "4 times", 5: "5 times", 6: "6 times"}


def names(ci, k=2):
    off = (ci * 7) % len(NAMES)
    return [NAMES[(off + 3 * j) % len(NAMES)] for j in range(k)]


# ----------------------------------------------------------------- structures
# each: params(rng) -> dict ; problem(ci, p) -> str ; solve(R, ci, p) -> final ; hint letter

def tw_params(rng):
    k = rng.choice([2, 3, 4, 5])
    x = rng.randint(6, 45)
    return dict(k=k, x=x, T=(k + 1) * x)


def tw_problem(ci, p):
    a, b = names(ci)
    it = ITEMS[ci % len(ITEMS)][0]
    fr = ci % 3
    kw = KWORD[p["k"]] if ci % 2 else KWORD2[p["k"]]
    if fr == 0:
        return f"{a} has {kw} as many {it} as {b}. Together they have {p['T']} {it}. How many {it} does {a} have?"
    if fr == 1:
        return f"{a} and {b} have {p['T']} {it} in total. {a} has {kw} as many as {b}. How many {it} does {a} have?"
    return f"There are {p['T']} {it} shared between {b} and {a}. If {a} ends up with {kw} as many {it} as {b}, how many {it} does {a} get?"


def tw_solve(R, ci, p):
    a, b = names(ci)
    it = ITEMS[ci % len(ITEMS)][0]
    k, T = p["k"], p["T"]
    L = R.letter
    if R.units:
        R.head("Draw the bars")
        R.say(f"{b}: 1 unit. {a}: {k} units.")
        R.say(f"Together: 1 + {k} = {k + 1} units, and {k + 1} units = {T}.")
        R.head("Find one unit")
        t, x = R.calc(f"{T} / {k + 1}")
        R.say(f"1 unit = {t}")
        R.head(f"Find {a}'s share")
        t, A = R.calc(f"{k} * {dec(x)}")
        R.say(f"{a} = {k} units = {t}")
    else:
        R.head("Define a variable")
        R.say(R.pick([f"Let {R.i(L)} be the number of {it} {b} has.",
                      f"Let {R.i(L)} = the number of {it} {b} has."]))
        R.say(f"Then {a} has {R.i(R.m(f'{k}X'))}.")
        R.head("Set up the equation")
        R.disp(R.m(f"X + {k}X = {T}"))
        R.disp(R.m(f"{k + 1}X = {T}"))
        R.head("Solve")
        t, x = R.solve(k + 1, T)
        R.say(t)
        t, A = R.calc(f"{k} * {dec(x)}")
        R.say(R.pick([f"{a} has {R.i(t)} {it}.", f"So {a}'s amount is {R.i(t)}."]))
    if not R.faulted or R.fault[1] != "carry":
        t2, _ = R.calc(f"{dec(x)} + {dec(A)}", fault_ok=False, worded=False)
        R.check(R.i(t2) + " ✓")
    R.answer(f"{a} has {R.num(A)} {it}.", A)
    return A


def mt_params(rng):
    x = rng.randint(8, 60)
    d = rng.randint(3, 25)
    return dict(x=x, d=d, T=2 * x + d)


def mt_problem(ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 3) % len(ITEMS)][0]
    fr = ci % 3
    if fr == 0:
        return f"{a} has {p['d']} more {it} than {b}. Together they have {p['T']} {it}. How many {it} does {a} have?"
    if fr == 1:
        return f"{a} and {b} collected {p['T']} {it} altogether. {b} collected {p['d']} fewer than {a}. How many did {a} collect?"
    return f"Split {p['T']} {it} between {a} and {b} so that {a} gets {p['d']} more than {b}. How many {it} does {a} get?"


def mt_solve(R, ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 3) % len(ITEMS)][0]
    d, T = p["d"], p["T"]
    L = R.letter
    if R.units:
        R.head("Take away the extra")
        R.say(f"{a}'s bar is {b}'s bar plus {d}. Remove the extra {d}:")
        t, r = R.calc(f"{T} - {d}")
        R.disp(t)
        R.say("That leaves 2 equal units.")
        R.head("One unit")
        t, x = R.calc(f"{dec(r)} / 2")
        R.say(f"1 unit = {t}, which is {b}'s amount.")
        R.head(f"{a}'s amount")
        t, A = R.calc(f"{dec(x)} + {d}")
        R.say(t)
    else:
        R.head("Define a variable")
        R.say(R.pick([f"Let {R.i(L)} be the number of {it} {b} has. Then {a} has {R.i(R.m(f'X + {d}'))}.",
                      f"Let {R.i(L)} = {b}'s {it}, so {a} has {R.i(R.m(f'X + {d}'))}."]))
        R.head("Write the equation")
        R.disp(R.m(f"X + (X + {d}) = {T}"))
        R.disp(R.m(f"2X + {d} = {T}"))
        R.head("Solve")
        t, r = R.calc(f"{T} - {d}")
        R.disp(R.m("2X = ") + R.s(t))
        t, x = R.solve(2, r)
        R.say(t)
        t, A = R.calc(f"{dec(x)} + {d}")
        R.say(f"{a} has {R.i(t)} {it}.")
    if not R.faulted or R.fault[1] != "carry":
        t2, _ = R.calc(f"{dec(A)} + {dec(x)}", fault_ok=False, worded=False)
        t3, _ = R.calc(f"{dec(A)} - {dec(x)}", fault_ok=False, worded=False)
        R.check(f"{R.i(t2)} and {R.i(t3)} ✓")
    R.answer(f"{a} has {R.num(A)} {it}.", A)
    return A


def th_params(rng):
    k = rng.choice([2, 3, 4])
    x = rng.randint(5, 30)
    d = rng.randint(2, min(15, k * x - 1))
    return dict(k=k, x=x, d=d, T=x + k * x + k * x - d)


def th_problem(ci, p):
    a, b, c = names(ci, 3)
    it = ITEMS[(ci + 5) % len(ITEMS)][0]
    kw = KWORD[p["k"]] if ci % 2 else KWORD2[p["k"]]
    if ci % 2 == 0:
        return (f"{b} has {kw} as many {it} as {a}. {c} has {p['d']} fewer {it} than {b}. "
                f"Altogether the three have {p['T']} {it}. How many {it} does {c} have?")
    return (f"Three friends have {p['T']} {it} in all. {b} has {kw} as many as {a}, and {c} has "
            f"{p['d']} less than {b}. How many {it} does {c} have?")


def th_solve(R, ci, p):
    a, b, c = names(ci, 3)
    it = ITEMS[(ci + 5) % len(ITEMS)][0]
    k, d, T = p["k"], p["d"], p["T"]
    s = 2 * k + 1
    if R.units:
        R.head("Bars")
        R.say(f"{a}: 1 unit; {b}: {k} units; {c}: {k} units minus {d}.")
        R.say(f"Total: {s} units minus {d} = {T}.")
        R.head("Put the missing part back")
        t, r = R.calc(f"{T} + {d}")
        R.say(f"{s} units = {t}")
        t, x = R.calc(f"{dec(r)} / {s}")
        R.say(f"1 unit = {t}")
    else:
        R.head("Variables")
        R.say(f"Let {R.i(R.letter)} be the number of {it} {a} has.")
        R.say(f"{b}: {R.i(R.m(f'{k}X'))}, {c}: {R.i(R.m(f'{k}X - {d}'))}")
        R.head("Equation")
        R.disp(R.m(f"X + {k}X + ({k}X - {d}) = {T}"))
        R.disp(R.m(f"{s}X - {d} = {T}"))
        t, r = R.calc(f"{T} + {d}")
        R.disp(R.m(f"{s}X = ") + R.s(t))
        t, x = R.solve(s, r)
        R.say(t)
    R.head("Find each amount")
    tb, B = R.calc(f"{k} * {dec(x)}")
    R.say(f"{b}: {R.i(tb)}")
    tc, C = R.calc(f"{dec(B)} - {d}")
    R.say(f"{c}: {R.i(tc)}")
    if not R.faulted or R.fault[1] != "carry":
        t2, _ = R.calc(f"{dec(x)} + {dec(B)} + {dec(C)}", fault_ok=False, worded=False)
        R.check(R.i(t2) + " ✓")
    R.answer(f"{c} has {R.num(C)} {it}.", C)
    return C


def af_params(rng):
    while True:
        k = rng.randint(3, 6)
        m = rng.randint(2, k - 1)
        x = rng.randint(4, 15)
        if ((k - m) * x) % (m - 1) == 0:
            y = (k - m) * x // (m - 1)
            if 2 <= y <= 30 and k * x <= 70:
                return dict(k=k, m=m, x=x, y=y)


def af_problem(ci, p):
    rel = ["father", "mother", "aunt", "uncle", "grandpa", "coach"][ci % 6]
    a = names(ci)[0]
    kw = KWORD[p["k"]]
    mw = KWORD[p["m"]]
    if ci % 2 == 0:
        return f"{a}'s {rel} is {kw} as old as {a}. In {p['y']} years, the {rel} will be {mw} as old as {a}. How old is the {rel} now?"
    return f"Right now {a}'s {rel} is {p['k']} times {a}'s age. In {p['y']} years the {rel} will be only {p['m']} times as old as {a}. What is the {rel}'s age now?"


def af_solve(R, ci, p):
    rel = ["father", "mother", "aunt", "uncle", "grandpa", "coach"][ci % 6]
    a = names(ci)[0]
    k, m, y = p["k"], p["m"], p["y"]
    R.head("Set up")
    R.say(f"Let {R.i(R.letter)} be {a}'s age now, so the {rel} is {R.i(R.m(f'{k}X'))}.")
    R.say(f"In {y} years: {a} is {R.i(R.m(f'X + {y}'))} and the {rel} is {R.i(R.m(f'{k}X + {y}'))}.")
    R.head("Equation")
    R.disp(R.m(f"{k}X + {y} = {m}(X + {y})"))
    t, my = R.calc(f"{m} * {y}")
    R.say(R.pick(["Expand the right side: ", "Distribute: "]) + R.i(t) + ", so:")
    R.disp(R.m(f"{k}X + {y} = {m}X + ") + R.m(dec(my)))
    R.head("Solve")
    t, r = R.calc(f"{dec(my)} - {y}")
    R.disp(R.m(f"{k}X - {m}X = ") + R.s(t))
    R.disp(R.m(f"{k - m}X = ") + R.m(dec(r)) if k - m != 1 else R.m("X = ") + R.m(dec(r)))
    if k - m != 1:
        t, x = R.solve(k - m, r)
        R.say(t)
    else:
        x = r
    t, P = R.calc(f"{k} * {dec(x)}")
    R.say(f"The {rel} is {R.i(t)} years old.")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(x)} + {y}", fault_ok=False, worded=False)
        t2, _ = R.calc(f"{dec(P)} + {y}", fault_ok=False, worded=False)
        t3, _ = R.calc(f"{m} * {dec(x + y)}", fault_ok=False, worded=False)
        R.check(f"in {y} years {R.i(t1)} and {R.i(t2)}, and {R.i(t3)} ✓")
    R.answer(f"The {rel} is {R.num(P)} years old now.", P)
    return P


def ad_params(rng):
    k = rng.randint(2, 6)
    x = rng.randint(3, 16)
    return dict(k=k, x=x, D=(k - 1) * x)


def ad_problem(ci, p):
    a, b = names(ci)
    kw = KWORD[p["k"]] if ci % 2 else KWORD2[p["k"]]
    if ci % 2 == 0:
        return f"{a} is {kw} as old as {b}. {a} is {p['D']} years older than {b}. How old is {a}?"
    return f"The difference between {a}'s age and {b}'s age is {p['D']} years, and {a} is {kw} as old as {b}. How old is {a}?"


def ad_solve(R, ci, p):
    a, b = names(ci)
    k, D = p["k"], p["D"]
    if R.units:
        R.head("Units")
        R.say(f"{b} = 1 unit, {a} = {k} units. The difference is {k - 1} unit{'s' if k > 2 else ''} = {D} years.")
        if k > 2:
            t, x = R.calc(f"{D} / {k - 1}")
            R.say(f"1 unit = {t}")
        else:
            x = F(D)
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} = {b}'s age. Then {a} is {R.i(R.m(f'{k}X'))}.")
        R.head("Equation")
        R.disp(R.m(f"{k}X - X = {D}"))
        if k > 2:
            R.disp(R.m(f"{k - 1}X = {D}"))
            t, x = R.solve(k - 1, D)
            R.say(t)
        else:
            R.disp(R.m(f"X = {D}"))
            x = F(D)
    t, A = R.calc(f"{k} * {dec(x)}")
    R.say(f"{a} is {R.i(t)} years old.")
    if not R.faulted or R.fault[1] != "carry":
        t2, _ = R.calc(f"{dec(A)} - {dec(x)}", fault_ok=False, worded=False)
        R.check(R.i(t2) + " ✓")
    R.answer(f"{a} is {R.num(A)} years old.", A)
    return A


def ap_params(rng):
    n = rng.randint(2, 12)
    d = rng.randint(n + 1, 30)
    return dict(n=n, d=d)


def ap_problem(ci, p):
    a, b = names(ci)
    if ci % 2 == 0:
        return f"{a} is {p['d']} years older than {b}. {p['n']} years ago, {a} was twice as old as {b}. How old is {a} now?"
    return f"{b} is {p['d']} years younger than {a}. {p['n']} years ago {a}'s age was double {b}'s age. What is {a}'s age today?"


def ap_solve(R, ci, p):
    a, b = names(ci)
    n, d = p["n"], p["d"]
    if R.units:
        R.head(f"{n} years ago")
        R.say(f"{b} was 1 unit and {a} was 2 units, so the gap was 1 unit.")
        R.say(f"The age gap never changes, so 1 unit = {d} years: {b} was {d} then.")
        R.head("Now")
        t, x = R.calc(f"{d} + {n}")
        R.say(f"{b} now: {t}")
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} be {b}'s age now; {a} is {R.i(R.m(f'X + {d}'))}.")
        R.say(f"{n} years ago: {b} was {R.i(R.m(f'X - {n}'))}, {a} was {R.i(R.m(f'X + {d} - {n}'))}.")
        R.head("Equation")
        R.disp(R.m(f"X + {d} - {n} = 2(X - {n})"))
        t1, r1 = R.calc(f"{d} - {n}")
        t2, r2 = R.calc(f"2 * {n}")
        R.say(f"Since {R.i(t1)} and {R.i(t2)}:")
        R.disp(R.m("X + ") + R.m(dec(r1)) + " = " + R.m("2X - ") + R.m(dec(r2)))
        t, x = R.calc(f"{dec(r1)} + {dec(r2)}")
        R.disp(R.i(R.letter + " = " + t) if not R.latex else R.letter + " = " + t)
    t, A = R.calc(f"{dec(x)} + {d}")
    R.say(f"{a} is {R.i(t)} years old now.")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(A)} - {n}", fault_ok=False, worded=False)
        t2, _ = R.calc(f"{dec(x)} - {n}", fault_ok=False, worded=False)
        t3, _ = R.calc(f"2 * {dec(x - n)}", fault_ok=False, worded=False)
        R.check(f"{R.i(t1)}, {R.i(t2)}, {R.i(t3)} ✓")
    R.answer(f"{a} is {R.num(A)} years old.", A)
    return A


def co_params(rng):
    k = rng.choice([3, 3, 4, 5])
    g = rng.choice([1, 2])
    n = rng.randint(5, 80)
    if g == 2:
        n = n * 2 + rng.choice([0, 1])
    S = k * n + g * k * (k - 1) // 2
    return dict(k=k, g=g, n=n, S=S)


def co_problem(ci, p):
    kind = {1: "consecutive integers", 2: "consecutive even numbers" if p["n"] % 2 == 0 else "consecutive odd numbers"}[p["g"]]
    kw = {3: "three", 4: "four", 5: "five"}[p["k"]]
    if ci % 2 == 0:
        return f"The sum of {kw} {kind} is {p['S']}. What is the largest of the numbers?"
    return f"{kw.capitalize()} {kind} add up to {p['S']}. Find the biggest one."


def co_solve(R, ci, p):
    k, g, S = p["k"], p["g"], p["S"]
    off = g * k * (k - 1) // 2
    terms = ["X"] + ["(X + %d)" % (g * j) for j in range(1, k)]
    if R.units:
        R.head("Even out the numbers")
        R.say(f"Each number is {g} more than the one before, so above the smallest the extras add to {off}.")
        t, r = R.calc(f"{S} - {off}")
        R.say(f"Remove the extras: {t}")
        t, x = R.calc(f"{dec(r)} / {k}")
        R.say(f"Smallest: {t}")
    else:
        R.head("Set up")
        R.say(f"Let the smallest number be {R.i(R.letter)}.")
        R.disp(R.m(" + ".join(terms) + f" = {S}"))
        R.disp(R.m(f"{k}X + {off} = {S}"))
        R.head("Solve")
        t, r = R.calc(f"{S} - {off}")
        R.disp(R.m(f"{k}X = ") + R.s(t))
        t, x = R.solve(k, r)
        R.say(t)
    t, big = R.calc(f"{dec(x)} + {g * (k - 1)}")
    R.say(f"Largest: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        nums = " + ".join(dec(x + g * j) for j in range(k))
        t2, _ = R.calc(nums, fault_ok=False, worded=False)
        R.check(R.i(t2) + " ✓")
    R.answer(f"The largest number is {R.num(big)}.", big)
    return big


COINS = [("quarters", 25, "dimes", 10), ("quarters", 25, "nickels", 5), ("dimes", 10, "nickels", 5),
         ("half-dollars", 50, "quarters", 25)]


def cn_params(rng):
    ci = rng.randrange(len(COINS))
    hi, hv, lo, lv = COINS[ci]
    q = rng.randint(3, 25)
    o = rng.randint(3, 25)
    return dict(c=ci, q=q, o=o, N=q + o, V=q * hv + o * lv)


def cn_problem(ci, p):
    hi, hv, lo, lv = COINS[p["c"]]
    a = names(ci)[0]
    V = "$%d.%02d" % divmod(p["V"], 100)
    if ci % 2 == 0:
        return f"{a} has {p['N']} coins, all {hi} and {lo}. The coins are worth {V} in total. How many {hi} does {a} have?"
    return f"A jar holds only {hi} and {lo}: {p['N']} coins worth {V} altogether. How many {hi} are in the jar?"


def cn_solve(R, ci, p):
    hi, hv, lo, lv = COINS[p["c"]]
    N, V = p["N"], p["V"]
    Vd = F(V, 100)
    R.head("Work in cents")
    t, Vc = R.calc(f"${dec(Vd)} * 100", fault_ok=False, worded=False)
    R.say(f"{R.i(t)} cents.")
    if R.units:
        R.head(f"Pretend all are {lo}")
        t, c1 = R.calc(f"{N} * {lv}")
        R.say(f"{N} {lo}: {t} cents.")
        t, r = R.calc(f"{dec(Vc)} - {dec(c1)}")
        R.say(f"Missing value: {t} cents.")
        t, dlt = R.calc(f"{hv} - {lv}", fault_ok=False)
        R.say(f"Each swap to {hi[:-1]} adds {t} cents.")
        t, x = R.calc(f"{dec(r)} / {hv - lv}")
        R.say(f"Number of {hi}: {t}")
    else:
        R.head("Equation")
        R.say(f"Let {R.i(R.letter)} be the number of {hi}; then there are {R.i(R.m(f'{N} - X'))} {lo}.")
        R.disp(R.m(f"{hv}X + {lv}({N} - X) = {dec(Vc)}"))
        t, c1 = R.calc(f"{lv} * {N}")
        R.say(R.pick(["Distribute: ", "Expand: "]) + R.i(t) + ".")
        R.disp(R.m(f"{hv}X + {dec(c1)} - {lv}X = {dec(Vc)}"))
        R.disp(R.m(f"{hv - lv}X + {dec(c1)} = {dec(Vc)}"))
        t, r = R.calc(f"{dec(Vc)} - {dec(c1)}")
        R.disp(R.m(f"{hv - lv}X = ") + R.s(t))
        t, x = R.solve(hv - lv, r)
        R.say(t)
    t, o = R.calc(f"{N} - {dec(x)}")
    R.say(f"{lo.capitalize()}: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(x)} * {hv}", fault_ok=False, worded=False)
        t2, _ = R.calc(f"{dec(o)} * {lv}", fault_ok=False, worded=False)
        t3, _ = R.calc(f"{dec(x * hv)} + {dec(o * lv)}", fault_ok=False, worded=False)
        R.check(f"{R.i(t1)}, {R.i(t2)}, {R.i(t3)} cents ✓")
    R.answer(f"There are {R.num(x)} {hi}.", x)
    return x


def wb_params(rng):
    den = rng.choice([2, 2, 3, 4])
    L = rng.randint(3, 40)
    g = rng.randint(2, 20)
    r1 = L + g
    while r1 % (den - 1):
        L += 1
        r1 = L + g
    return dict(den=den, L=L, g=g, S=r1 // (den - 1) * den, money=rng.random() < 0.4)


def wb_problem(ci, p):
    a = names(ci)[0]
    den, L, g = p["den"], p["L"], p["g"]
    part = {2: "half", 3: "a third", 4: "a quarter"}[den]
    if p["money"]:
        return f"{a} spent {part} of her money on a book and then ${g} on lunch. She has ${L} left. How much money did she have at first?"
    it = ITEMS[ci % len(ITEMS)][0]
    return f"{a} gave away {part} of her {it}, then gave {g} more to a friend. Now she has {L} {it}. How many {it} did she start with?"


def wb_solve(R, ci, p):
    den, L, g, mo = p["den"], p["L"], p["g"], p["money"]
    D = "$" if mo else ""
    R.head("Undo the last step")
    t, r1 = R.calc(f"{D}{L} + {D}{g}", money=mo)
    R.say(R.pick([f"Before giving the last {R.num(g, mo)}, she had {R.i(t)}.",
                  f"Add back the {R.num(g, mo)}: {R.i(t)}."]))
    R.head("Undo the fraction")
    if den == 2:
        t, S = R.calc(f"{D}{dec(r1)} * 2", money=mo)
        R.say(f"{R.num(r1, mo)} was half of the start, so the start was {R.i(t)}.")
    else:
        R.say(f"So {den - 1}/{den} of the starting amount was {R.num(r1, mo)}.")
        t, u = R.calc(f"{D}{dec(r1)} / {den - 1}", money=mo)
        R.say(f"One {['', '', 'half', 'third', 'quarter'][den]}: {R.i(t)}")
        t, S = R.calc(f"{D}{dec(u)} * {den}", money=mo)
        R.say(f"Start: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        t1, c = R.calc(f"{D}{dec(S)} / {den}", money=mo, fault_ok=False, worded=False)
        t2, rest = R.calc(f"{D}{dec(S)} - {D}{dec(c)}", money=mo, fault_ok=False, worded=False)
        t3, _ = R.calc(f"{D}{dec(rest)} - {D}{g}", money=mo, fault_ok=False, worded=False)
        R.check(f"{R.i(t1)}, {R.i(t2)}, {R.i(t3)} ✓")
    R.answer(f"She started with {R.num(S, mo)}.", S, mo)
    return S


def ch_params(rng):
    n = rng.randint(4, 30)
    k = rng.choice([2, 3, 4])
    d = rng.randint(1, k * n - 2)
    if (k * n - d) % 2:
        d += 1
    return dict(n=n, k=k, d=d)


def ch_problem(ci, p):
    a, b, c, e = names(ci, 4)
    it = ITEMS[(ci + 7) % len(ITEMS)][0]
    kw = KWORD[p["k"]]
    return (f"{a} has {p['n']} {it}. {b} has {kw} as many as {a}. {c} has {p['d']} fewer than {b}, "
            f"and {e} has half as many as {c}. How many {it} do they have altogether?")


def ch_solve(R, ci, p):
    a, b, c, e = names(ci, 4)
    it = ITEMS[(ci + 7) % len(ITEMS)][0]
    n, k, d = p["n"], p["k"], p["d"]
    R.head("Each person")
    R.say(f"{a}: {n}")
    t, B = R.calc(f"{k} * {n}")
    R.say(f"{b}: {R.i(t)}")
    t, C = R.calc(f"{dec(B)} - {d}")
    R.say(f"{c}: {R.i(t)}")
    t, E = R.calc(f"{dec(C)} / 2")
    R.say(f"{e}: {R.i(t)}")
    R.head("Total")
    t, T = R.calc(f"{n} + {dec(B)} + {dec(C)} + {dec(E)}")
    R.disp(t if not R.latex else t)
    R.answer(f"Altogether they have {R.num(T)} {it}.", T)
    return T


PRICE = [("pen", "pencil"), ("notebook", "eraser"), ("sandwich", "juice box"), ("hat", "pair of socks"),
         ("book", "bookmark"), ("lunch box", "water bottle")]


def pr_params(rng):
    k = rng.choice([2, 3, 4, 5])
    c = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 80, 120, 135, 150, 225])
    return dict(k=k, c=c)


def pr_problem(ci, p):
    big, small = PRICE[ci % len(PRICE)]
    T = F(p["c"] * (p["k"] + 1), 100)
    Ts = "$%d.%02d" % divmod(p["c"] * (p["k"] + 1), 100)
    kw = KWORD[p["k"]]
    if ci % 2 == 0:
        return f"A {big} costs {kw} as much as a {small}. Together they cost {Ts}. How much does the {big} cost?"
    return f"Together a {big} and a {small} cost {Ts}. The {big} is {p['k']} times the price of the {small}. What is the price of the {big}?"


def pr_solve(R, ci, p):
    big, small = PRICE[ci % len(PRICE)]
    k = p["k"]
    T = F(p["c"] * (k + 1), 100)
    if R.units:
        R.head("Units")
        R.say(f"{small}: 1 unit, {big}: {k} units, total {k + 1} units = {R.num(T, True)}.")
        t, x = R.calc(f"${dec(T)} / {k + 1}", money=True)
        R.say(f"1 unit = {t}")
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} be the price of the {small} in dollars; the {big} costs {R.i(R.m(f'{k}X'))}.")
        R.disp(R.m(f"X + {k}X = ${dec(T)}"))
        R.disp(R.m(f"{k + 1}X = ${dec(T)}"))
        t, x = R.solve(k + 1, T, money=True)
        R.say(t)
    t, B = R.calc(f"{k} * ${dec(x)}", money=True)
    R.say(f"The {big}: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        t2, _ = R.calc(f"${dec(B)} + ${dec(x)}", money=True, fault_ok=False, worded=False)
        R.check(R.i(t2) + " ✓")
    R.answer(f"The {big} costs {R.num(B, True)}.", B, True)
    return B


def te_params(rng):
    k = rng.choice([2, 3, 3, 4, 5])
    g = rng.randint(2, 30)
    while (2 * g) % (k - 1):
        g += 1
    return dict(k=k, g=g)


def te_problem(ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 2) % len(ITEMS)][0]
    kw = KWORD[p["k"]]
    if ci % 2 == 0:
        return f"{a} has {kw} as many {it} as {b}. After {a} gives {p['g']} {it} to {b}, they have the same number. How many {it} did {a} have at first?"
    return f"{a} owns {p['k']} times as many {it} as {b}. If {a} hands {b} {p['g']} of them, both will have equal amounts. How many {it} did {a} start with?"


def te_solve(R, ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 2) % len(ITEMS)][0]
    k, g = p["k"], p["g"]
    if R.units:
        R.head("Compare the bars")
        R.say(f"{b}: 1 unit, {a}: {k} units, so {a} has {k - 1} more unit{'s' if k > 2 else ''}.")
        R.say(f"Giving {g} makes them equal, so the gap is twice {g}:")
        t, r = R.calc(f"2 * {g}")
        R.say(t)
        if k > 2:
            t, x = R.calc(f"{dec(r)} / {k - 1}")
            R.say(f"1 unit = {t}")
        else:
            x = r
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} = {b}'s {it}; {a} has {R.i(R.m(f'{k}X'))}.")
        R.disp(R.m(f"{k}X - {g} = X + {g}"))
        t, r = R.calc(f"{g} + {g}")
        R.disp(R.m(f"{k}X - X = ") + R.s(t))
        if k > 2:
            R.disp(R.m(f"{k - 1}X = ") + R.m(dec(r)))
            t, x = R.solve(k - 1, r)
            R.say(t)
        else:
            R.disp(R.m("X = ") + R.m(dec(r)))
            x = r
    t, A = R.calc(f"{k} * {dec(x)}")
    R.say(f"{a} had {R.i(t)} {it}.")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(A)} - {g}", fault_ok=False, worded=False)
        t2, _ = R.calc(f"{dec(x)} + {g}", fault_ok=False, worded=False)
        R.check(f"{R.i(t1)} and {R.i(t2)} ✓")
    R.answer(f"{a} had {R.num(A)} {it} at first.", A)
    return A


def ft_params(rng):
    x = rng.randint(6, 40)
    d = rng.randint(1, 2 * x - 2)
    return dict(x=x, d=d, T=3 * x - d)


def ft_problem(ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 9) % len(ITEMS)][0]
    if ci % 2 == 0:
        return f"{a} has {p['d']} fewer than twice as many {it} as {b}. They have {p['T']} {it} in total. How many {it} does {a} have?"
    return f"{b} and {a} have {p['T']} {it} between them. {a}'s count is {p['d']} less than double {b}'s. How many does {a} have?"


def ft_solve(R, ci, p):
    a, b = names(ci)
    it = ITEMS[(ci + 9) % len(ITEMS)][0]
    d, T = p["d"], p["T"]
    if R.units:
        R.head("Bars")
        R.say(f"{b}: 1 unit. {a}: 2 units minus {d}. Total: 3 units minus {d} = {T}.")
        t, r = R.calc(f"{T} + {d}")
        R.say(f"3 units = {t}")
        t, x = R.calc(f"{dec(r)} / 3")
        R.say(f"1 unit = {t}")
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} be {b}'s {it}. {a} has {R.i(R.m(f'2X - {d}'))}.")
        R.disp(R.m(f"X + (2X - {d}) = {T}"))
        R.disp(R.m(f"3X - {d} = {T}"))
        t, r = R.calc(f"{T} + {d}")
        R.disp(R.m("3X = ") + R.s(t))
        t, x = R.solve(3, r)
        R.say(t)
    t, A = R.calc(f"2 * {dec(x)} - {d}")
    R.say(f"{a}: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(x)} + {dec(A)}", fault_ok=False, worded=False)
        R.check(R.i(t1) + " ✓")
    R.answer(f"{a} has {R.num(A)} {it}.", A)
    return A


def hf_params(rng):
    x = rng.randint(4, 35)
    d = rng.randint(2, 20)
    return dict(x=x, d=d, T=4 * x + d)


def hf_problem(ci, p):
    a, b, c = names(ci, 3)
    it = ITEMS[(ci + 4) % len(ITEMS)][0]
    if ci % 2 == 0:
        return (f"{a} has half as many {it} as {b}. {c} has {p['d']} more {it} than {a}. Together they have "
                f"{p['T']} {it}. How many {it} does {b} have?")
    return (f"{b} has twice as many {it} as {a}, and {c} has {p['d']} more than {a}. The three of them have "
            f"{p['T']} {it}. How many does {b} have?")


def hf_solve(R, ci, p):
    a, b, c = names(ci, 3)
    it = ITEMS[(ci + 4) % len(ITEMS)][0]
    d, T = p["d"], p["T"]
    if R.units:
        R.head("Bars")
        R.say(f"{a}: 1 unit, {b}: 2 units, {c}: 1 unit + {d}. Total 4 units + {d} = {T}.")
        t, r = R.calc(f"{T} - {d}")
        R.say(f"4 units = {t}")
        t, x = R.calc(f"{dec(r)} / 4")
        R.say(f"1 unit = {t}")
    else:
        R.head("Variable")
        R.say(f"Let {R.i(R.letter)} = {a}'s {it}. Then {b} has {R.i(R.m('2X'))} and {c} has {R.i(R.m(f'X + {d}'))}.")
        R.disp(R.m(f"X + 2X + (X + {d}) = {T}"))
        R.disp(R.m(f"4X + {d} = {T}"))
        t, r = R.calc(f"{T} - {d}")
        R.disp(R.m("4X = ") + R.s(t))
        t, x = R.solve(4, r)
        R.say(t)
    t, B = R.calc(f"2 * {dec(x)}")
    R.say(f"{b}: {R.i(t)}")
    if not R.faulted or R.fault[1] != "carry":
        t1, _ = R.calc(f"{dec(x)} + {dec(B)} + {dec(x + d)}", fault_ok=False, worded=False)
        R.check(R.i(t1) + " ✓")
    R.answer(f"{b} has {R.num(B)} {it}.", B)
    return B


STRUCTS = [
    ("times-total", tw_params, tw_problem, tw_solve, "b"),
    ("more-total", mt_params, mt_problem, mt_solve, "n"),
    ("three-people", th_params, th_problem, th_solve, "n"),
    ("age-future", af_params, af_problem, af_solve, "s"),
    ("age-diff", ad_params, ad_problem, ad_solve, "y"),
    ("age-past", ap_params, ap_problem, ap_solve, "y"),
    ("consecutive", co_params, co_problem, co_solve, "n"),
    ("coins", cn_params, cn_problem, cn_solve, "q"),
    ("work-back", wb_params, wb_problem, wb_solve, "s"),
    ("chain", ch_params, ch_problem, ch_solve, "n"),
    ("price", pr_params, pr_problem, pr_solve, "p"),
    ("transfer-equal", te_params, te_problem, te_solve, "b"),
    ("fewer-than-twice", ft_params, ft_problem, ft_solve, "b"),
    ("half-as-many", hf_params, hf_problem, hf_solve, "m"),
]
N_CTX = 12
N_SETS = 4


# ----------------------------------------------------------------- faults
def digits_variants(s):
    out = []
    if len(s) >= 2:
        for i in range(len(s) - 1):
            if s[i] != s[i + 1] and s[i].isdigit() and s[i + 1].isdigit():
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                out.append(("swap", t))
    if len(s) >= 2:
        i = len(s) // 2
        if s[i].isdigit():
            out.append(("drop", s[:i] + s[i + 1:]))
    i = len(s) - 1
    if s[i].isdigit():
        out.append(("double", s[:i] + s[i] + s[i:]))
    return out


def wrong_candidates(rec, rng):
    r = rec["right"]
    money = rec["money"]
    c = []
    if money:
        c += [("off_by_cent10", r + F(1, 10)), ("off_by_cent10", r - F(1, 10)),
              ("off_by_one", r + 1), ("decimal_moved", r * 10), ("decimal_moved", r / 10)]
    else:
        c += [("off_by_one", r + 1), ("off_by_one", r - 1), ("off_by_ten", r + 10), ("off_by_ten", r - 10)]
        s = str(r.numerator) if r.denominator == 1 else None
        if s:
            for kind, t in digits_variants(s):
                c.append((kind, F(t)))
    # wrong operation
    m = re.fullmatch(r"(\$?[\d.]+) ([-+*/]) (\$?[\d.]+)", rec["expr"])
    if m:
        a, op, b = F(m.group(1).lstrip("$")), m.group(2), F(m.group(3).lstrip("$"))
        alt = {"+": [a * b, a - b], "-": [a + b], "*": [a + b], "/": [a - b, a * b]}[op]
        for v in alt:
            c.append(("wrong_operation", v))
    good = []
    seen = set()
    for kind, v in c:
        if v == r or v < 0 or (v == 0):
            continue
        if v.denominator != 1 and not (money and (v * 100).denominator == 1):
            continue
        key = (kind, v)
        if key in seen:
            continue
        seen.add(key)
        good.append((kind, v))
    rng.shuffle(good)
    return good


def find_span(text):
    a = text.index("\x01")
    b = text.index("\x02")
    wrong = text[a + 1:b]
    clean = text[:a] + wrong + text[b + 1:]
    ls = clean.rfind("\n", 0, a) + 1
    le = clean.find("\n", a)
    if le < 0:
        le = len(clean)
    return clean, [ls, le], wrong


def make_loop(text, rng):
    lines = text.split("\n")
    # candidate content lines before the answer part
    cut = len(lines)
    for i, l in enumerate(lines):
        if l.startswith("####") or l.startswith("**Answer") or "Check" in l or "check" in l:
            cut = i
            break
    content = [i for i in range(1, cut) if lines[i].strip()]
    if not content:
        content = [i for i in range(cut) if lines[i].strip()]
    end = content[rng.randrange(len(content) // 2, len(content))]
    k = rng.choice([1, 1, 2, 3])
    start = max(0, end - k + 1)
    block = lines[start:end + 1]
    if not any(b.strip() for b in block):
        block = [lines[end]]
        start = end
    unit = "\n".join(block)
    reps = rng.randint(8, 30)
    prefix = "\n".join(lines[:start])
    if prefix:
        prefix += "\n"
    s = prefix + "\n".join([unit] * reps)
    span = [len(prefix) + len(unit) + 1, len(prefix) + 2 * len(unit) + 1]
    if rng.random() < 0.5:  # cut off mid-line like a length limit
        part = unit[: max(1, len(unit) // 2)]
        if " " in part:
            part = part[: part.rfind(" ")]
        if "=" in part:
            part = part[: part.rfind("=")].rstrip()
        if part.strip():
            s += "\n" + part
    return s, span, reps


def build():
    rows = []
    pnum = 0
    for sname, params, problem, solve, hint in STRUCTS:
        for ci in range(N_CTX):
            tmpl = f"{sname}-{ci}"
            prng = random.Random("params:" + tmpl)
            for si in range(N_SETS):
                p = params(prng)
                pid = f"{sname}-{ci}-{si}"
                style = STYLES[pnum % len(STYLES)]
                pnum += 1
                seed = "style:" + pid
                prob = problem(ci, p)
                r0 = R(style, seed, hint)
                final = solve(r0, ci, p)
                correct = r0.render()
                fs = final_str(final)
                base = dict(pid=pid, template=tmpl, style=style, problem=prob)
                rows.append(dict(base, variant="correct", solution=correct, final=fs))
                frng = random.Random("fault:" + pid)
                recs = list(r0.record)
                # slip
                order = recs[:]
                frng.shuffle(order)
                done = False
                for rec in order:
                    for kind, wv in wrong_candidates(rec, frng):
                        rs = R(style, seed, hint, fault=(rec["step"], "slip", wv))
                        solve(rs, ci, p)
                        txt, span, wrong = find_span(rs.render())
                        rows.append(dict(base, variant="slip", solution=txt, final=fs, span=span,
                                         wrong=wrong, right=R(style, seed, hint).num(rec["right"], rec["money"]),
                                         step=rec["step"], kind=kind))
                        done = True
                        break
                    if done:
                        break
                assert done, pid
                # carry
                order = recs[:]
                frng.shuffle(order)
                done = False
                for rec in order:
                    for kind, wv in wrong_candidates(rec, frng):
                        rc = R(style, seed, hint, fault=(rec["step"], "carry", wv))
                        try:
                            fv = solve(rc, ci, p)
                        except Reject:
                            continue
                        if fv == final:
                            continue
                        txt, span, wrong = find_span(rc.render())
                        rows.append(dict(base, variant="carry", solution=txt, final=fs, span=span,
                                         wrong=wrong, right=R(style, seed, hint).num(rec["right"], rec["money"]),
                                         step=rec["step"], kind=kind))
                        done = True
                        break
                    if done:
                        break
                assert done, pid
                lrng = random.Random("loop:" + pid)
                txt, span, reps = make_loop(correct, lrng)
                rows.append(dict(base, variant="loop", solution=txt, final=fs, span=span, repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build()
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
