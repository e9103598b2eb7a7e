"""The solution writer (W) and the writing styles."""
from fractions import Fraction as F
import math

from engine import (Reject, RNG, Leaf, Op, V, ev, dec_digits, round_half_up, fixed_digits,
                    group, canon, flat_sum)

PREC = {"+": 1, "-": 1, "*": 2, "/": 2}
SING = {"hours": "hour", "days": "day", "minutes": "minute", "workers": "worker", "shares": "share",
        "units": "unit"}


def sing(unit, v):
    """'1 hours' -> '1 hour'."""
    if not unit or F(v) != 1:
        return unit
    first, _, rest = unit.partition(" ")
    head, slash, tail = first.partition("/")
    if head in SING:
        return SING[head] + slash + tail + (" " + rest if rest else "")
    return unit
WORDOP = {"+": "plus", "-": "minus", "*": "times", "/": "divided by"}


class W:
    """Collects the lines of one solution.  A solver calls intro/sec/fact/calc/note/answer."""

    def __init__(self, pid, style, fault=None, mode="correct"):
        self.pid = pid
        self.S = style
        self.fault = fault          # (step index, wrong Fraction) or None
        self.mode = mode            # correct | slip | carry
        self.out = []               # [text, [step indices]]
        self.steps = []             # step records
        self.held = []
        self.final = None
        self.final_str = None
        self.ctx = {}
        style.reset(self)

    # -- helpers
    def pick(self, tag, opts):
        return RNG(self.pid, self.S.name, tag).choice(opts)

    def chance(self, tag, p):
        return RNG(self.pid, self.S.name, tag, "p").random() < p

    def need(self, cond):
        if not cond:
            raise Reject("need")

    def emit(self, text, steps=()):
        self.out.append([text, list(steps)])

    def blank(self):
        if self.out and self.out[-1][0] != "":
            self.out.append(["", []])

    def d(self, x, fmt=None):
        """Display a value inside running text."""
        if isinstance(x, V):
            v, f = x.v, fmt or x.fmt
        else:
            v, f = F(x), fmt or "auto"
        s = self.S.num(v, f)
        if self.S.latex and not (v.denominator == 1 and v >= 0 and f not in ("pct", "money")):
            return self.S.m(s)
        if self.S.latex and f == "pct":
            return self.S.m(s)
        return s

    def fill(self, tpl, kw):
        out = {}
        kw = dict(self.ctx, **kw)
        for k, x in kw.items():
            if isinstance(x, (V, F, int)):
                out[k] = self.d(x)
            else:
                out[k] = x
        return tpl.format(**out)

    # -- solver API
    def intro(self, tag, sents, **kw):
        self.S.intro(self, self.fill(self.pick(tag, sents), kw))

    def sec(self, tag, titles, **kw):
        if isinstance(titles, str):
            titles = [titles]
        self.S.sec(self, tag, self.fill(self.pick(tag, titles), kw))

    def want_check(self, tag, p=0.5):
        return self.mode != "carry" and self.chance(tag, p)

    def fact(self, tag, label, sents, short, **kw):
        self.S.fact(self, tag, self.fill(label, kw), self.fill(self.pick(tag, sents), kw), self.fill(short, kw))

    def note(self, tag, sents, **kw):
        self.S.note(self, tag, self.fill(self.pick(tag, sents), kw))

    def calc(self, tag, label, sents, expr, forms=("num",), unit=None, expand=False,
             check=False, approx=False, hold=False, nofault=False, words_ok=True, **kw):
        """Write one computation; returns the value later steps use (a V)."""
        if check and self.mode == "carry":
            return None
        idx = len(self.steps)
        true = ev(expr)
        written = true
        used = true
        if self.fault is not None and self.fault[0] == idx:
            written = F(self.fault[1])
            if self.mode == "carry":
                used = written
        S = self.S
        if isinstance(unit, tuple):
            ulong, ushort = unit
        else:
            ulong = ushort = unit
        words = (words_ok and S.words_p > 0 and isinstance(expr, Op) and isinstance(expr.a, Leaf)
                 and self.pick(tag, sents).rstrip().endswith("{c}.")
                 and isinstance(expr.b, Leaf) and not expand and self.chance(tag + "w", S.words_p))
        units_on = S.op_units and self.chance(tag + "u", S.op_units)
        lhs = S.expr(expr, units_on, words)
        segs = [(None, lhs)]
        if expand and not words and self.chance(tag + "x", S.expand_p):
            segs += S.expansion(expr, true)
            if len(segs) > 1 and written != true:
                # keep the common-denominator step, drop the correct unreduced sum
                segs = segs[:2]
        rforms = S.forms(written, forms, approx, strict=True)
        if words:
            rforms = [(self.pick(tag + "eq", [", which is", ", which equals", ", which gives"]), rforms[0][1])]
        ulong = sing(ulong, written)
        ushort = sing(ushort, written)
        segs += rforms
        # values that later steps use must be clean too
        S.forms(used, forms, approx, strict=True)
        fmt_used = "frac" if forms[-1] == "frac" else ("money" if forms[-1] == "money" else "auto")
        if fmt_used == "frac" and used.denominator == 1:
            fmt_used = "auto"
        rec = dict(idx=idx, tag=tag, true=true, written=written, used=used, expr=expr,
                   shown=S.shown_kind(true, forms[0]), check=check, nofault=nofault or approx,
                   right_str=canon(true), line=None)
        self.steps.append(rec)
        parts = dict(segs=segs, ulong=ulong, ushort=ushort, words=words)
        kw2 = dict(kw)
        kw2["r"] = self.d(written, "frac" if forms[0] == "frac" else "auto")
        if hold:
            self.held.append((idx, parts))
        else:
            S.calc(self, tag, self.fill(label, kw2), sents, parts, [idx], kw2)
        return V(used, fmt_used)

    def flush(self, tag, label, sents, **kw):
        held, self.held = self.held, []
        if not held:
            return
        self.S.group(self, tag, self.fill(label, kw), sents, held, kw)

    def check_begin(self, tag):
        if self.mode != "carry":
            self.S.check_begin(self, tag)

    def answer(self, tag, sents, final, unit_words, **kw):
        self.final = final
        self.final_str = canon(final.v)
        a = self.S.answer_value(final, unit_words)
        kw = dict(kw)
        kw["a"] = a
        self.S.answer(self, tag, self.fill(self.pick(tag, sents), kw), self.final_str, final)

    def text(self):
        return "\n".join(t for t, _ in self.out)


# ============================================================================ styles

class Style:
    name = "base"
    latex = False
    MULS = ["×"]
    DIVS = ["÷"]
    SEPS = [","]
    MINUS = ["−"]
    words_p = 0.0
    op_units = 0.0
    expand_p = 0.5
    bare_frac_div = False

    def __init__(self, pid):
        self.pid = pid
        r = RNG(pid, "style", self.name)
        self.mul = r.choice(self.MULS)
        self.div = r.choice(self.DIVS)
        self.sep = r.choice(self.SEPS)
        self.minus = r.choice(self.MINUS)
        self.r = r
        self.setup(r)

    def setup(self, r):
        pass

    def reset(self, w):
        self.secn = 0
        self.buf = []
        self.bufsteps = []

    # -- numbers
    def frac(self, n, d):
        return f"{n}/{d}"

    def intstr(self, n):
        return group(str(n), self.sep)

    def num(self, v, fmt="auto"):
        v = F(v)
        if v < 0:
            return self.minus + self.num(-v, fmt)
        if fmt == "money":
            cur = "\\$" if self.latex else "$"
            if v.denominator == 1:
                return cur + self.intstr(v.numerator)
            r = round_half_up(v, 2)
            if r != v:
                raise Reject("cents")
            s = fixed_digits(v, 2)
            i, f = s.split(".")
            return cur + self.intstr(int(i)) + "." + f
        if fmt == "pct":
            return self.num(v * 100, "auto") + ("\\%" if self.latex else "%")
        if v.denominator == 1:
            return self.intstr(v.numerator)
        if fmt == "frac":
            return self.frac(v.numerator, v.denominator)
        d = dec_digits(v, 4)
        if d is not None:
            i, f = d.split(".")
            return self.intstr(int(i)) + "." + f
        return self.frac(v.numerator, v.denominator)

    def shown_kind(self, v, form):
        v = F(v)
        if v.denominator == 1:
            return "int"
        if form == "frac":
            return "frac"
        return "dec"

    def forms(self, v, forms, approx, strict):
        """Written result forms: list of (eq, string)."""
        out = []
        v = F(v)
        for f in forms:
            if f == "frac":
                s = self.num(v, "frac")
                eq = "="
            elif f in ("dec", "num", "auto", "int"):
                if v.denominator == 1:
                    s, eq = self.num(v), "="
                elif dec_digits(v, 4) is not None and f != "int":
                    s, eq = self.num(v), "="
                elif approx:
                    dp = 2 if not isinstance(approx, int) or approx is True else approx
                    rv = round_half_up(v, dp)
                    s, eq = self.num_fixed(rv, dp), "≈"
                else:
                    raise Reject("not clean")
            elif f == "round0":
                rv = round_half_up(v, 0)
                s, eq = self.num(rv), "≈"
                if rv == v:
                    eq = "="
            elif f == "round1":
                rv = round_half_up(v, 1)
                if rv == v and v.denominator == 1:
                    s, eq = self.num(v), "="
                else:
                    s, eq = self.num_fixed(rv, 1), ("=" if rv == v else "≈")
            elif f == "money":
                s, eq = self.num(v, "money"), "="
            elif f == "pct":
                if dec_digits(v * 100, 2) is None:
                    raise Reject("pct")
                s, eq = self.num(v, "pct"), "="
            else:
                raise ValueError(f)
            if out and out[-1][1] == s:
                continue
            out.append((eq, s))
        return out

    def num_fixed(self, v, dp):
        s = fixed_digits(v, dp)
        if "." in s:
            i, f = s.split(".")
            return self.intstr(int(i)) + "." + f
        return self.intstr(int(s))

    # -- expressions
    def opsym(self, op):
        return {"+": "+", "-": self.minus, "*": self.mul, "/": self.div}[op]

    def spaced(self):
        return True

    def expr(self, e, units, words=False):
        if isinstance(e, Leaf):
            s = self.num(e.v, e.fmt)
            if e.v < 0:
                s = "(" + s + ")"
            if units and e.unit and not self.latex:
                s += " " + e.unit
            return s
        a = self.expr(e.a, units, words)
        b = self.expr(e.b, units, words)
        if isinstance(e.a, Op) and PREC[e.a.op] < PREC[e.op]:
            a = self.paren(a)
        if isinstance(e.b, Op) and (PREC[e.b.op] < PREC[e.op] or (PREC[e.b.op] == PREC[e.op] and e.op in "-/")):
            b = self.paren(b)
        elif (isinstance(e.b, Leaf) and e.op == "/" and e.b.v.denominator != 1
              and e.b.fmt == "frac" and not self.latex and not (self.bare_frac_div and self.div == "÷")):
            b = self.paren(b)
        if words:
            return f"{a} {WORDOP[e.op]} {b}"
        sym = self.opsym(e.op)
        if self.spaced():
            return f"{a} {sym} {b}"
        return f"{a}{sym}{b}"

    def paren(self, s):
        return "(" + s + ")"

    def expansion(self, expr, true):
        fs = flat_sum(expr)
        if not fs or len(fs) < 2:
            return []
        vals = [l.v for _, l in fs]
        if all(v.denominator == 1 for v in vals):
            return []
        lcd = 1
        for v in vals:
            lcd = lcd * v.denominator // math.gcd(lcd, v.denominator)
        segs = []
        terms = []
        for i, (sg, l) in enumerate(fs):
            n = l.v.numerator * (lcd // l.v.denominator)
            t = self.frac(n, lcd)
            if i == 0:
                terms.append((self.minus if sg < 0 else "") + t)
            else:
                terms.append((" + " if sg > 0 else f" {self.minus} ") + t)
        exp_s = "".join(terms)
        if not self.spaced():
            exp_s = exp_s.replace(" ", "")
        same = all(l.v.denominator == lcd for _, l in fs)
        if not same:
            segs.append(("=", exp_s))
        tot = sum(sg * l.v.numerator * (lcd // l.v.denominator) for sg, l in fs)
        if F(tot, lcd).denominator != lcd and tot != 0:
            s = (self.minus if tot < 0 else "") + self.frac(abs(tot), lcd)
            segs.append(("=", s))
        return segs

    # -- strings
    def m(self, s):
        return s

    def cstr(self, parts, which="long"):
        segs = parts["segs"]
        s = ""
        for eq, t in segs:
            if eq is None:
                s = t
            elif eq.startswith(","):
                s += f"{eq} {t}"
            elif self.latex and eq == "≈":
                s += f" \\approx {t}"
            else:
                s += f" {eq} {t}" if self.spaced() or eq not in ("=",) else f"{eq}{t}"
        u = parts["ulong"] if which == "long" else parts["ushort"]
        s = self.m(s)
        if u:
            s += " " + u
        return s

    def answer_value(self, final, unit_words):
        s = self.num(final.v, final.fmt if final.fmt in ("money",) else "auto")
        if unit_words == "%":
            s = s + ("\\%" if self.latex else "%")
        elif unit_words:
            s = s + " " + sing(unit_words, final.v)
        return s

    # default emitters (overridden)
    def intro(self, w, s):
        w.emit(s)
        w.blank()

    def sec(self, w, tag, title):
        self.secn += 1

    def fact(self, w, tag, label, sent, short):
        w.emit(sent)

    def note(self, w, tag, sent):
        w.emit(sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        c = self.cstr(parts)
        w.emit(w.fill(w.pick(tag, sents), dict(kw, c=c)), steps)

    def group(self, w, tag, label, sents, held, kw):
        k = dict(kw)
        for i, (idx, p) in enumerate(held):
            k[f"c{i}"] = self.cstr(p)
        w.emit(w.fill(w.pick(tag, sents), k), [i for i, _ in held])

    def check_begin(self, w, tag):
        w.blank()

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(sent)
        w.blank()
        w.emit(f"#### {final_str}")


def bold_first(sent, a):
    return sent.replace(a, f"**{a}**", 1) if a in sent else sent


class MdSteps(Style):
    """GPT-4o-like: ### Step headings, sentences, ### Final Answer."""
    name = "md_steps"
    MULS = ["×", "×", "x"]
    DIVS = ["÷", "÷", "/"]
    op_units = 0.5

    def sec(self, w, tag, title):
        self.secn += 1
        w.blank()
        w.emit(f"### Step {self.secn}: {title}")

    def fact(self, w, tag, label, sent, short):
        w.emit(("- " if w.chance(tag + "b", 0.5) else "") + sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        c = self.cstr(parts)
        if w.chance(tag + "own", 0.3):
            w.emit(f"{label}:")
            w.emit(c, steps)
        else:
            w.emit(w.fill(w.pick(tag, sents), dict(kw, c=c)), steps)

    def check_begin(self, w, tag):
        w.blank()
        w.emit(w.pick(tag, ["### Check", "### Verification", "**Check:**"]))

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(w.pick(tag + "h", ["### Final Answer", "### Answer", "### Conclusion"]))
        w.emit(sent)
        w.blank()
        w.emit(f"#### {final_str}")


class BoldLabels(Style):
    """Claude-like: short intro, bold labels, compact."""
    name = "bold_labels"
    MULS = ["×"]
    DIVS = ["÷"]
    op_units = 0.6

    def intro(self, w, s):
        w.emit(s)
        w.blank()

    def sec(self, w, tag, title):
        self.secn += 1
        if self.secn > 1:
            w.blank()

    def fact(self, w, tag, label, sent, short):
        w.emit(f"**{label}:** {short}")

    def calc(self, w, tag, label, sents, parts, steps, kw):
        w.emit(f"**{label}:** {self.cstr(parts)}", steps)

    def group(self, w, tag, label, sents, held, kw):
        cs = [self.cstr(p) for _, p in held]
        w.emit(f"**{label}:** " + "; ".join(cs), [i for i, _ in held])

    def check_begin(self, w, tag):
        w.blank()

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(bold_first(sent, self.answer_value(final, None)) if w.chance(tag + "b", 0.5)
               else f"**Answer: {sent}**")
        w.blank()
        w.emit(f"#### {final_str}")


class Bullets(Style):
    """Gemma/Mistral-like: bold numbered section heads and * bullets."""
    name = "bullets"
    MULS = ["×", "*", "x"]
    DIVS = ["÷", "/"]
    op_units = 0.4

    def setup(self, r):
        self.mark = r.choice(["* ", "- "])

    def sec(self, w, tag, title):
        self.secn += 1
        w.blank()
        w.emit(f"**{self.secn}. {title}:**")
        w.blank()

    def fact(self, w, tag, label, sent, short):
        w.emit(f"{self.mark}{label}: {short}" if w.chance(tag + "s", 0.6) else self.mark + sent)

    def note(self, w, tag, sent):
        w.emit(self.mark + sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        if w.chance(tag + "s", 0.5):
            w.emit(f"{self.mark}{label}: {self.cstr(parts, 'short')}", steps)
        else:
            w.emit(self.mark + w.fill(w.pick(tag, sents), dict(kw, c=self.cstr(parts))), steps)

    def group(self, w, tag, label, sents, held, kw):
        k = dict(kw)
        for i, (idx, p) in enumerate(held):
            k[f"c{i}"] = self.cstr(p)
        w.emit(self.mark + w.fill(w.pick(tag, sents), k), [i for i, _ in held])

    def check_begin(self, w, tag):
        w.blank()
        w.emit(w.pick(tag, ["**Check:**", "**Checking our work:**"]))
        w.blank()

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(f"**Answer:** {sent}")
        w.blank()
        w.emit(f"#### {final_str}")


class Prose(Style):
    """Plain paragraphs, occasionally worded operators."""
    name = "prose"
    MULS = ["×", "×", "x"]
    DIVS = ["÷", "/"]
    words_p = 0.25
    op_units = 0.6

    def reset(self, w):
        super().reset(w)

    def flushp(self, w):
        if self.buf:
            w.emit(" ".join(self.buf), self.bufsteps)
            w.blank()
        self.buf, self.bufsteps = [], []

    def add(self, w, s, steps=()):
        self.buf.append(s)
        self.bufsteps += list(steps)
        if len(self.buf) >= 3:
            self.flushp(w)

    def intro(self, w, s):
        self.add(w, s)

    def sec(self, w, tag, title):
        self.secn += 1
        if self.secn > 1 and len(self.buf) >= 2:
            self.flushp(w)

    def fact(self, w, tag, label, sent, short):
        self.add(w, sent)

    def note(self, w, tag, sent):
        self.add(w, sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        self.add(w, w.fill(w.pick(tag, sents), dict(kw, c=self.cstr(parts))), steps)

    def group(self, w, tag, label, sents, held, kw):
        k = dict(kw)
        for i, (idx, p) in enumerate(held):
            k[f"c{i}"] = self.cstr(p)
        self.add(w, w.fill(w.pick(tag, sents), k), [i for i, _ in held])

    def check_begin(self, w, tag):
        self.flushp(w)

    def answer(self, w, tag, sent, final_str, final):
        self.add(w, sent)
        self.flushp(w)
        w.emit(f"#### {final_str}")


class LatexInline(Style):
    """Qwen-like: numbered bold steps, \\( \\) math, \\boxed answer."""
    name = "latex_inline"
    latex = True
    MULS = ["\\times"]
    DIVS = ["\\div"]
    SEPS = ["", "{,}", ","]
    MINUS = ["-"]

    def frac(self, n, d):
        return f"\\frac{{{n}}}{{{d}}}"

    def m(self, s):
        return f"\\( {s} \\)"

    def intro(self, w, s):
        w.emit(s)
        w.blank()

    def sec(self, w, tag, title):
        self.secn += 1
        if self.secn > 1:
            w.blank()
        w.emit(f"{self.secn}. **{title}:**")

    def fact(self, w, tag, label, sent, short):
        w.emit("   - " + sent)

    def note(self, w, tag, sent):
        w.emit("   - " + sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        w.emit("   - " + w.fill(w.pick(tag, sents), dict(kw, c=self.cstr(parts))), steps)

    def group(self, w, tag, label, sents, held, kw):
        k = dict(kw)
        for i, (idx, p) in enumerate(held):
            k[f"c{i}"] = self.cstr(p)
        w.emit("   - " + w.fill(w.pick(tag, sents), k), [i for i, _ in held])

    def check_begin(self, w, tag):
        w.blank()
        w.emit(w.pick(tag, ["**Verification:**", "To verify:"]))

    def answer_value(self, final, unit_words):
        s = self.num(final.v, "money" if final.fmt == "money" else "auto")
        if unit_words == "%":
            return f"\\(\\boxed{{{s}\\%}}\\)"
        s = f"\\(\\boxed{{{s}}}\\)"
        if unit_words:
            s += " " + sing(unit_words, final.v)
        return s

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(sent)
        w.blank()
        w.emit(f"#### {final_str}")


class LatexDisplay(Style):
    """DeepSeek-like: Step headers, display math on its own line, boxed final."""
    name = "latex_display"
    latex = True
    MULS = ["\\times", "\\cdot"]
    DIVS = ["\\div"]
    SEPS = ["", "{,}"]
    MINUS = ["-"]
    expand_p = 0.7

    def frac(self, n, d):
        return f"\\frac{{{n}}}{{{d}}}"

    def m(self, s):
        return f"\\( {s} \\)"

    def setup(self, r):
        self.head = r.choice(["**Step {n}: {t}**", "### Step {n}: {t}", "**{t}**"])

    def sec(self, w, tag, title):
        self.secn += 1
        w.blank()
        w.emit(self.head.format(n=self.secn, t=title))

    def dcs(self, parts):
        segs = parts["segs"]
        s = ""
        for eq, t in segs:
            if eq is None:
                s = t
            else:
                e2 = "\\approx" if eq == "≈" else eq
                s += f" {e2} {t}"
        if parts["ushort"]:
            s += f" \\text{{ {parts['ushort']}}}"
        return s

    def calc(self, w, tag, label, sents, parts, steps, kw):
        w.emit(f"{label}:")
        if w.chance(tag + "one", 0.5):
            w.emit(f"\\[ {self.dcs(parts)} \\]", steps)
        else:
            w.emit("\\[")
            w.emit(self.dcs(parts), steps)
            w.emit("\\]")

    def group(self, w, tag, label, sents, held, kw):
        w.emit(f"{label}:")
        w.emit("\\[")
        w.emit(", \\quad ".join(self.dcs(p) for _, p in held), [i for i, _ in held])
        w.emit("\\]")

    def check_begin(self, w, tag):
        w.blank()
        w.emit("**Check:**")

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(sent)
        w.blank()
        w.emit("\\[")
        w.emit(f"\\boxed{{{self.num(final.v, 'money' if final.fmt == 'money' else 'auto')}}}")
        w.emit("\\]")
        w.blank()
        w.emit(f"#### {final_str}")


class Table(Style):
    """A markdown table of the quantities, then the answer."""
    name = "table"
    MULS = ["×"]
    DIVS = ["÷", "/"]
    op_units = 0.3

    def reset(self, w):
        super().reset(w)
        self.open = False

    def header(self, w):
        if not self.open:
            w.emit(self.hdr)
            w.emit("|---|---|")
            self.open = True

    def setup(self, r):
        self.hdr = r.choice(["| Quantity | Work |", "| Step | Calculation |", "| What | Value |"])

    def intro(self, w, s):
        w.emit(s)
        w.blank()

    def sec(self, w, tag, title):
        self.secn += 1

    def fact(self, w, tag, label, sent, short):
        self.header(w)
        w.emit(f"| {label} | {short} |")

    def note(self, w, tag, sent):
        pass

    def calc(self, w, tag, label, sents, parts, steps, kw):
        self.header(w)
        w.emit(f"| {label} | {self.cstr(parts, 'short')} |", steps)

    def group(self, w, tag, label, sents, held, kw):
        self.header(w)
        w.emit(f"| {label} | " + "; ".join(self.cstr(p, 'short') for _, p in held) + " |",
               [i for i, _ in held])

    def check_begin(self, w, tag):
        pass

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(sent)
        w.blank()
        w.emit(f"#### {final_str}")


class Terse(Style):
    """GSM8K-like: short lines, compact operators, no markdown."""
    name = "terse"
    MULS = ["*", "x", "*"]
    DIVS = ["/"]
    SEPS = [""]
    MINUS = ["-"]
    expand_p = 0.2

    def setup(self, r):
        self.tight = r.random() < 0.5

    def spaced(self):
        return not self.tight

    def intro(self, w, s):
        pass

    def note(self, w, tag, sent):
        if w.chance(tag + "k", 0.4):
            w.emit(sent)

    def check_begin(self, w, tag):
        pass

    def answer(self, w, tag, sent, final_str, final):
        if w.chance(tag + "s", 0.5):
            w.emit(sent)
        w.emit(f"#### {final_str}")


LOWERABLE = {"Together", "Combined", "The", "That", "In", "Working", "Each", "Their", "This",
             "Altogether", "Both", "All", "Per", "One", "Subtract", "Multiply", "Divide", "Add",
             "Then", "Total", "Remaining", "After", "Since", "It"}


class Tutor(Style):
    """Chatty tutor: friendly framing, worded operators now and then, a check."""
    name = "tutor"
    MULS = ["×"]
    DIVS = ["÷"]
    words_p = 0.3
    op_units = 0.5
    bare_frac_div = True

    OPEN = ["Let's work through this together!", "Great problem — let's break it down.",
            "Let's think about this step by step.", "Good question! Here's how to think about it."]
    TRANS = ["", "", "", "Now, ", "Next, ", "So ", "Then "]

    def intro(self, w, s):
        w.emit(w.pick("open", self.OPEN) + " " + s)
        w.blank()

    def sec(self, w, tag, title):
        self.secn += 1
        if self.secn > 1:
            w.blank()

    def fact(self, w, tag, label, sent, short):
        w.emit(sent)

    def calc(self, w, tag, label, sents, parts, steps, kw):
        s = w.fill(w.pick(tag, sents), dict(kw, c=self.cstr(parts)))
        t = w.pick(tag + "t", self.TRANS)
        first = s.split(" ")[0]
        if t and first in LOWERABLE:
            s = t + s[0].lower() + s[1:]
        w.emit(s, steps)

    def check_begin(self, w, tag):
        w.blank()
        w.emit(w.pick(tag, ["Let's double-check:", "Quick sanity check:", "Does this make sense? Let's check:"]))

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(bold_first(sent, self.answer_value(final, None)))
        w.blank()
        w.emit(f"#### {final_str}")


class LlamaSteps(Style):
    """Llama-3-like: ## Step N: headings, $ math, 'The final answer is'."""
    name = "llama_steps"
    latex = True
    MULS = ["\\times", "*"]
    DIVS = ["\\div", "/"]
    SEPS = [",", ""]
    MINUS = ["-"]

    def frac(self, n, d):
        return f"\\frac{{{n}}}{{{d}}}"

    def m(self, s):
        return f"${s}$"

    def reset(self, w):
        super().reset(w)
        self.started = False

    def intro(self, w, s):
        pass

    def sec(self, w, tag, title):
        self.secn += 1
        if self.secn > 1:
            w.blank()
        w.emit(f"## Step {self.secn}: {title}")

    def check_begin(self, w, tag):
        self.secn += 1
        w.blank()
        w.emit(f"## Step {self.secn}: Verify the result")

    def answer(self, w, tag, sent, final_str, final):
        w.blank()
        w.emit(sent)
        w.blank()
        w.emit(f"The final answer is: $\\boxed{{{self.num(final.v, 'money' if final.fmt == 'money' else 'auto')}}}$")
        w.blank()
        w.emit(f"#### {final_str}")


STYLES = [MdSteps, BoldLabels, Bullets, Prose, LatexInline, LatexDisplay, Table, Terse, Tutor, LlamaSteps]
