"""Rendering engine: numbers, styles, step recorder with fault injection (stdlib only)."""
import math
import random
from fractions import Fraction as F

MINUS = "\u2212"


def fr(x):
    if isinstance(x, F):
        return x
    if isinstance(x, float):
        return F(repr(x))
    return F(x)


def rhu(x, dp):
    """round half up (away from zero) to dp decimals"""
    s = -1 if x < 0 else 1
    m = F(10) ** dp
    return s * F(math.floor(abs(x) * m + F(1, 2)), m)


def term_dp(x, maxdp=4):
    for d in range(maxdp + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def plain(x, dp=None, commas=True, minus="-"):
    x = fr(x)
    if dp is None:
        dp = term_dp(x, 8)
        assert dp is not None, x
    neg = x < 0
    a = abs(x)
    scaled = a * 10 ** dp
    assert scaled.denominator == 1, (x, dp)
    n = scaled.numerator
    ip, fp = divmod(n, 10 ** dp)
    s = f"{ip:,}" if commas else str(ip)
    if dp:
        s += "." + str(fp).zfill(dp)
    return (minus if neg else "") + s


def canon(x):
    x = fr(x)
    d = term_dp(x, 8)
    if d is None:
        x = rhu(x, 2)
        d = term_dp(x, 8)
    return plain(x, d, commas=False, minus="-")


# ---------------------------------------------------------------- styles
STYLES = {
    "md_steps": dict(mul="×", div="÷", add="+", sub=MINUS, commas=True, opunits=True, latex=False),
    "bold_labels": dict(mul="×", div="÷", add="+", sub=MINUS, commas=True, opunits=False, latex=False),
    "bullets": dict(mul="x", div="/", add="+", sub="-", commas=True, opunits=True, latex=False),
    "prose": dict(mul="×", div="÷", add="+", sub=MINUS, commas=True, opunits=True, latex=False),
    "latex_inline": dict(mul="\\times", div="\\div", add="+", sub="-", commas=True, opunits=False, latex=True),
    "latex_display": dict(mul="\\times", div="\\div", add="+", sub="-", commas=True, opunits=False, latex=True),
    "table": dict(mul="×", div="÷", add="+", sub=MINUS, commas=True, opunits=False, latex=False),
    "terse": dict(mul="*", div="/", add="+", sub="-", commas=False, opunits=False, latex=False),
    "chatty": dict(mul="times", div="divided by", add="plus", sub="minus", commas=True, opunits=True, latex=False),
    "gsm8k": dict(mul="*", div="/", add="+", sub="-", commas=False, opunits=False, latex=False),
    "numbered": dict(mul="·", div="÷", add="+", sub="-", commas=True, opunits=True, latex=False),
}
STYLE_NAMES = list(STYLES)

OPENERS = ["First", "Next", "Then", "Now", "After that"]


def cap(s):
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self, pid, style, fault=None):
        self.pid = pid
        self.style = style
        self.st = STYLES[style]
        self.fault = fault
        self.lines = []
        self.steps = []
        self.k = 0
        self.nstep = 0
        self.table_open = False
        self.gsm_mode = style == "gsm8k"

    def R(self, tag):
        return random.Random(f"{self.pid}|{self.style}|{tag}")

    # ------------------------------------------------------------ numbers
    def num(self, x, money=False, dp=None, plainmode=False):
        st = self.st
        x = fr(x)
        minus = MINUS if st["sub"] == MINUS else "-"
        commas = st["commas"] and not plainmode
        if money and not self.gsm_mode:
            md = 2 if (x * 100).denominator == 1 or dp == 2 else 3
            s = plain(abs(x), md, commas, minus)
            if st["latex"]:
                s = s.replace(",", "{,}")
                s = "\\$" + s
            else:
                s = "$" + s
            return (minus if x < 0 else "") + s
        if money and self.gsm_mode:
            d = term_dp(x, 2)
            if d is None:
                d = 2
            return plain(x, d, False, "-")
        s = plain(x, dp, commas, minus)
        if st["latex"]:
            s = s.replace(",", "{,}")
        return s

    def unit(self, u):
        if not u:
            return ""
        if self.st["latex"]:
            u2 = u.replace("³", "^3").replace("²", "^2")
            if "^" in u2:
                b, e = u2.split("^")
                return f"\\ \\text{{{b}}}^{e}"
            return f"\\ \\text{{{u}}}"
        return " " + u

    # ------------------------------------------------------------ expressions
    def expr(self, terms, money_ops=None):
        st = self.st
        out = []
        for i, t in enumerate(terms):
            op, val, u, money = t
            s = self.num(val, money)
            if st["opunits"] and u and not money:
                s += self.unit(u)
            if i == 0:
                out.append(s)
            else:
                sym = {"*": st["mul"], "/": st["div"], "+": st["add"], "-": st["sub"]}[op]
                out.append(f"{sym} {s}")
        return " ".join(out)

    # ------------------------------------------------------------ step index / faults
    def _new(self, info):
        idx = self.k
        self.k += 1
        info["idx"] = idx
        self.steps.append(info)
        return idx

    def _apply(self, idx, right):
        """returns (written, carried)"""
        f = self.fault
        if f and f["step"] == idx:
            w = f["wrong"]
            return w, (w if f["mode"] == "carry" else right)
        return right, right

    # ------------------------------------------------------------ output lines
    def say(self, text):
        for ln in text.split("\n"):
            self.lines.append(ln)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def close_table(self):
        if self.table_open:
            self.table_open = False
            self.blank()

    def _emit(self, label, what, math_s, tail, idxs, gsm=None):
        """Place a computation line according to style; record line index for idxs."""
        st = self.style
        self.nstep += 1
        n = self.nstep
        r = self.R(f"emit{n}")
        L = cap(label)
        if st != "table":
            self.close_table()
        tail_s = (tail if tail.startswith(",") else f" {tail}") if tail else ""
        if st == "md_steps":
            self.blank()
            self.lines.append(f"### Step {n}: {L}")
            self.lines.append("")
            line = f"{math_s}{tail_s}"
        elif st == "bold_labels":
            line = f"**{L}:** {math_s}{tail_s}"
        elif st == "bullets":
            line = f"- {L}: {math_s}{tail_s}"
        elif st == "numbered":
            line = f"{n}. {L}: {math_s}{tail_s}"
        elif st == "prose":
            self.blank()
            w = what or f"find the {label}"
            op = OPENERS[min(n - 1, len(OPENERS) - 1)] if n <= 2 else r.choice(OPENERS[1:])
            form = r.randrange(3)
            if form == 0:
                line = f"{op}, {w}: {math_s}{tail_s}."
            elif form == 1:
                line = f"The {label} is {math_s}{tail_s}."
            else:
                line = f"{op} we {w}, which gives {math_s}{tail_s}."
        elif st == "latex_inline":
            self.blank()
            w = what or f"find the {label}"
            if r.randrange(2):
                line = f"{cap(w)}: \\({math_s}\\){tail_s}."
            else:
                line = f"The {label} is \\({math_s}\\){tail_s}."
        elif st == "latex_display":
            self.blank()
            self.lines.append(f"**{L}**")
            if r.randrange(2) and not tail:
                self.lines.append("$$")
                line = f"{math_s}"
                self.lines.append(line)
                li = len(self.lines) - 1
                self.lines.append("$$")
                if tail:
                    self.lines.append(cap(tail.lstrip(", ").rstrip(".")) + ".")
                for i in idxs:
                    self.steps[i]["line"] = li
                return
            line = f"\\[ {math_s} \\]{tail_s}"
        elif st == "table":
            if not self.table_open:
                self.blank()
                self.lines.append("| Step | Calculation | Result |")
                self.lines.append("|---|---|---|")
                self.table_open = True
            line = math_s  # already formatted as table cells by caller
            line = f"| {L} | {math_s} |" + (f" {tail} |" if tail else "")
        elif st == "terse":
            line = f"{L}: {math_s}{tail_s}"
        elif st == "chatty":
            self.blank()
            w = what or f"figure out the {label}"
            form = r.randrange(3)
            if form == 0:
                line = f"Okay, let's {w}. {cap(math_s)}{tail_s}."
            elif form == 1:
                line = f"So the {label}: {math_s}{tail_s}."
            else:
                line = f"Now we {w} — {math_s}{tail_s}!"
        elif st == "gsm8k":
            line = gsm
        else:
            raise ValueError(st)
        self.lines.append(line)
        li = len(self.lines) - 1
        for i in idxs:
            self.steps[i]["line"] = li

    # ------------------------------------------------------------ computations
    def calc(self, label, terms, unit="", money=False, dp=None, what=None, faultable=True, kinds=None):
        """terms: [(val, unit)] or [(val,unit,money)] first, then (op, val, unit[, money])"""
        T = []
        for i, t in enumerate(terms):
            if i == 0:
                t = (None,) + tuple(t)
            t = tuple(t) + (False,) * (4 - len(t))
            T.append(t)
        v = fr(T[0][1])
        for op, x, _, _ in T[1:]:
            x = fr(x)
            if op == "*":
                v = v * x
            elif op == "/":
                v = v / x
            elif op == "+":
                v = v + x
            else:
                v = v - x
        truth = v
        if money:
            d = 2
        elif dp is not None:
            d = dp if term_dp(truth, dp) is None else term_dp(truth, dp)
        else:
            d = term_dp(truth, 4)
            if d is None:
                d = 2
        shown = rhu(truth, d)
        approx = shown != truth
        idx = self._new(dict(typ="calc", right=shown, truth=truth, dp=d, money=money, approx=approx,
                             terms=T, faultable=faultable, kinds=kinds))
        written, carried = self._apply(idx, shown)
        self.steps[idx]["written"] = written
        sep = "≈" if approx else "="
        if self.style == "chatty" and self.R(f"cw{idx}").randrange(3) == 0:
            sep = "is about" if approx else "is"
        ex = self.expr(T)
        wd = self.num(written, money, d)
        us = self.unit(unit) if unit and not money else ""
        gsm = None
        if self.style == "gsm8k":
            ex2 = self.expr(T)
            pre = "$" if money else ""
            ws = self.num(written, money, d)
            core = f"{ex2}={pre}<<{ex2}={ws}>>{ws}" if not approx else f"{ex2}≈{pre}{ws}"
            gsm = self._gsm_line(label, what, core, unit if not money else "")
            self._emit(label, what, None, None, [idx], gsm=gsm)
        elif self.style == "table":
            res = f"{'≈ ' if approx else ''}{wd}{us}"
            self._emit(label, what, f"{ex} | {res}", None, [idx])
        elif self.style == "terse":
            self._emit(label, what, f"{ex} {sep} {wd}", None, [idx])
        else:
            self._emit(label, what, f"{ex} {sep} {wd}{us}", None, [idx])
        return carried

    def _gsm_line(self, label, what, core, unit):
        r = self.R(f"g{self.k}")
        u = f" {unit}" if unit else ""
        form = r.randrange(3)
        if form == 0:
            return f"The {label} is {core}{u}."
        if form == 1:
            w = what or f"find the {label}"
            return f"To {w}: {core}{u}."
        return f"{cap(label)}: {core}{u}."

    def ceil_div(self, label, a, b, unit_a="", unit_res="", what=None):
        a, b = fr(a), fr(b)
        truth = a / b
        d = term_dp(truth, 3)
        if d is None:
            d = 2
        shown = rhu(truth, d)
        approx = shown != truth
        iq = self._new(dict(typ="calc", right=shown, truth=truth, dp=d, money=False, approx=approx,
                            terms=[(None, a, unit_a, False), ("/", b, unit_a, False)], faultable=True,
                            kinds=None))
        qw, qc = self._apply(iq, shown)
        self.steps[iq]["written"] = qw
        sep = "≈" if approx else "="
        T = [(None, a, unit_a, False), ("/", b, unit_a, False)]
        ex = self.expr(T)
        r = self.R(f"ceil{iq}")
        if truth.denominator == 1 and qw.denominator == 1:
            # exact: no rounding needed
            nval = qc
            tails = [f"exactly, so {self.num(nval)} {unit_res} are enough",
                     f"(it divides exactly, so no rounding is needed: {self.num(nval)} {unit_res})",
                     f"— a whole number, so {self.num(nval)} {unit_res}"]
            tail = r.choice(tails)
            base = f"{ex} {sep} {self.num(qw)}"
            if self.style == "gsm8k":
                base = f"{ex}=<<{ex}={self.num(qw)}>>{self.num(qw)}"
            if self.style == "table":
                self._emit(label, what, f"{base} | {tail.replace('|', '/')}", None, [iq])
            elif self.style == "gsm8k":
                self._emit(label, what, None, None, [iq], gsm=f"{cap(label)}: {base} {tail}.")
            else:
                self._emit(label, what, base, tail, [iq])
            return nval
        n_right = math.ceil(qc) if (self.fault and self.fault["step"] == iq and self.fault["mode"] == "carry") else math.ceil(truth)
        n_right = F(n_right)
        inn = self._new(dict(typ="ceil", right=n_right, truth=n_right, dp=0, money=False, approx=False,
                             terms=None, faultable=True, kinds=["off_by_one"]))
        nw, nc = self._apply(inn, n_right)
        self.steps[inn]["written"] = nw
        ns = self.num(nw)
        tails = [f", so round up to {ns} {unit_res}",
                 f"→ round up to {ns} {unit_res}",
                 f", and rounding up gives {ns} {unit_res}",
                 f", which we round up to {ns} {unit_res} (a partial one still counts)"]
        tail = r.choice(tails)
        if self.style == "gsm8k":
            core = f"{ex}=<<{ex}={self.num(qw)}>>{self.num(qw)}" if not approx else f"{ex}≈{self.num(qw)}"
            self._emit(label, what, None, None, [iq, inn], gsm=f"{cap(label)}: {core}{tail if tail.startswith(',') else ' ' + tail}.")
        elif self.style == "table":
            self._emit(label, what, f"{ex} {sep} {self.num(qw)} | round up to **{ns}** {unit_res}", None, [iq, inn])
        elif self.style == "terse":
            self._emit(label, what, f"{ex} {sep} {self.num(qw)} -> round up to {ns}", None, [iq, inn])
        else:
            self._emit(label, what, f"{ex} {sep} {self.num(qw)}", tail, [iq, inn])
        return nc

    def divmod_(self, label, a, b, unit_q="", unit_r="", what=None):
        a, b = int(a), int(b)
        qq, rr = divmod(a, b)
        iq = self._new(dict(typ="divq", right=F(qq), truth=F(qq), dp=0, money=False, approx=False,
                            terms=None, faultable=False, kinds=None))
        self.steps[iq]["written"] = F(qq)
        ir = self._new(dict(typ="rem", right=F(rr), truth=F(rr), dp=0, money=False, approx=False,
                            terms=None, faultable=True, kinds=["rem"], divisor=b))
        rw, rc = self._apply(ir, F(rr))
        self.steps[ir]["written"] = rw
        T = [(None, a, "", False), ("/", b, "", False)]
        ex = self.expr(T)
        r = self.R(f"dm{iq}")
        rs = self.num(rw)
        word = r.choice(["remainder", "remainder", "R"])
        if self.style == "gsm8k":
            line = f"{cap(label)}: {a}/{b}={qq} remainder {rs}, so {qq} full {unit_q} and {rs} {unit_r} left over."
            self._emit(label, what, None, None, [iq, ir], gsm=line)
        elif self.style == "table":
            self._emit(label, what, f"{ex} = {self.num(qq)} {word} {rs} | {self.num(qq)} full {unit_q}, {rs} left over", None, [iq, ir])
        else:
            self._emit(label, what, f"{ex} = {self.num(qq)} {word} {rs}",
                       f"({self.num(qq)} full {unit_q}, {rs} {unit_r} left over)", [iq, ir])
        return F(qq), rc
