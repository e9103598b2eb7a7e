"""Template machinery: parameters, solving runs (correct / slip / carry)."""
import random
from fractions import Fraction as Fr

from engine import (Arg, BUILDERS, Ctx, Eq, NotNice, U, dec_places, ev, leaf,
                    render, plain_num, dec_str)


class Step:
    __slots__ = ("key", "op", "args", "fmt", "label", "goal", "sent", "unit")

    def __init__(self, key, spec, fmt, label, goal, sent, unit=None):
        self.key = key
        parts = spec.split()
        self.op = parts[0]
        self.args = parts[1:]
        self.fmt = fmt
        self.label = label
        self.goal = goal
        self.sent = sent
        self.unit = unit


class Template:
    def __init__(self, tid, problem, gen, steps, ask, ans, unit="", fmt=None, pu=None, people=1):
        self.tid = tid
        self.problem = problem
        self.gen = gen
        self.steps = [Step(*s) for s in steps]
        self.ask = ask
        self.ans = ans
        self.unit = unit
        self.fmt = fmt or {}
        self.pu = pu or {}
        self.people = people


def infer_fmt(v):
    v = Fr(v)
    if v.denominator == 1:
        return "int"
    if v < 1:
        return "frac"
    return "mixed"


def plain_value(v, fmt):
    """Plain-text rendering used in problem statements."""
    nt = {"kind": "plain", "times": "×", "div": "÷", "minus": "-", "dollar": "$", "pct": "%"}
    return render(leaf(v, fmt), nt)


def make_params(tpl, raw):
    P = {}
    strs = {}
    for k, v in raw.items():
        if isinstance(v, str):
            strs[k] = v
            continue
        v = Fr(v)
        f = tpl.fmt.get(k) or infer_fmt(v)
        P[k] = Arg(v, f, tpl.pu.get(k))
    return P, strs


def fill(text, subs):
    out = text
    for k in sorted(subs, key=len, reverse=True):
        out = out.replace("{" + k + "}", subs[k])
    return out


NICE_CHECK = {
    "int": lambda v: v.denominator == 1,
    "money": lambda v: dec_places(v, 2) is not None,
    "dec": lambda v: dec_places(v, 3) is not None,
    "pct": lambda v: dec_places(v * 100, 1) is not None,
    "q": lambda v: v.denominator <= 16,
    "frac": lambda v: v.denominator <= 100,
    "mixed": lambda v: v.denominator <= 16,
}


class RunResult:
    def __init__(self):
        self.steps = []      # list of dict
        self.final = None
        self.final_fmt = None


def resolve(a, vals):
    if a in vals:
        return vals[a]
    v = Fr(a)
    return Arg(v, "int" if v.denominator == 1 else infer_fmt(v), None)


def run(tpl, P, choose_for_step, latex, allowed, override=None):
    """Solve the template.  override = (mode, step_index, wrong_value)."""
    vals = dict(P)
    res = RunResult()
    for i, st in enumerate(tpl.steps):
        args = [resolve(a, vals) for a in st.args]
        c = Ctx(st.fmt, st.unit, choose_for_step(i), latex, allowed)
        eqs, form, how, r = BUILDERS[st.op](args, c)
        if r <= 0:
            raise NotNice("non-positive")
        # every equation must be internally exact
        for eq in eqs:
            nums = [ev(t) for t in eq.terms]
            nums = [x for x in nums if x is not None]
            if len(set(nums)) > 1:
                raise AssertionError("inexact chain in %s step %d" % (tpl.tid, i))
        if ev(eqs[-1].terms[-1]) != r:
            raise AssertionError("result mismatch")
        if not NICE_CHECK[st.fmt](r):
            raise NotNice("value not nice")
        carried = r
        if override is not None and override[1] == i:
            mode, _, w = override
            eqs[-1].terms[-1] = ("mk", U(leaf(w, st.fmt), st.unit))
            if mode == "carry":
                carried = w
        vals[st.key] = Arg(carried, st.fmt, st.unit)
        res.steps.append({"eqs": eqs, "form": form, "how": how, "args": args,
                          "value": carried, "right": r, "fmt": st.fmt, "step": st})
    last = tpl.steps[-1]
    res.final = vals[last.key].v
    res.final_fmt = last.fmt
    return res


def final_number(v, fmt):
    v = Fr(v)
    if fmt == "pct":
        v = v * 100
    return plain_num(v)


def final_ok(v, fmt):
    v = Fr(v)
    if fmt == "pct":
        v = v * 100
    return dec_places(v, 4) is not None and v > 0
