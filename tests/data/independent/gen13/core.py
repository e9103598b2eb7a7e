"""Core data model for mcrgen: numbers, expressions, templates, instances, faults.

Everything is exact (fractions.Fraction).  No set is ever iterated, and every
random.Random is seeded with a string, so output does not depend on
PYTHONHASHSEED.
"""
import ast
import random
import re
from fractions import Fraction as F

# Units whose quantities may be non-integers.  Every other word unit is a count
# and must stay an integer.
CONT_UNITS = (
    "miles", "hours", "minutes", "km", "kilometers", "meters", "feet", "inches",
    "yards", "gallons", "liters", "pounds", "ounces", "cups", "grams",
    "miles per hour", "",
)

NAMES = [
    ("Sam", "m"), ("Maria", "f"), ("James", "m"), ("Aisha", "f"), ("Liam", "m"),
    ("Sofia", "f"), ("Noah", "m"), ("Emma", "f"), ("Omar", "m"), ("Chloe", "f"),
    ("Ethan", "m"), ("Priya", "f"), ("Lucas", "m"), ("Hannah", "f"), ("Diego", "m"),
    ("Grace", "f"), ("Mateo", "m"), ("Lily", "f"), ("Ben", "m"), ("Nora", "f"),
    ("Jamal", "m"), ("Zoe", "f"), ("Kenji", "m"), ("Ava", "f"), ("Ryan", "m"),
    ("Mia", "f"), ("Carlos", "m"), ("Leah", "f"), ("Tom", "m"), ("Fatima", "f"),
    ("Owen", "m"), ("Elena", "f"), ("Marcus", "m"), ("Ruby", "f"), ("Henry", "m"),
    ("Jasmine", "f"), ("Leo", "m"), ("Isabel", "f"), ("Victor", "m"), ("Tara", "f"),
]

PRON = {
    "m": {"he": "he", "He": "He", "his": "his", "His": "His", "him": "him"},
    "f": {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her"},
}


# ---------------------------------------------------------------- numbers
def dec_str(v):
    """Minimal exact decimal string of a terminating Fraction."""
    v = F(v)
    neg = v < 0
    v = abs(v)
    if v.denominator == 1:
        s = str(v.numerator)
    else:
        k = 0
        while (v * 10 ** k).denominator != 1:
            k += 1
            if k > 12:
                raise ValueError("non-terminating decimal: %s" % v)
        n = (v * 10 ** k).numerator
        s = str(n).rjust(k + 1, "0")
        s = s[:-k] + "." + s[-k:]
    return ("-" if neg else "") + s


def money_str(v):
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    c = v * 100
    if c.denominator != 1:
        raise ValueError("not whole cents: %s" % v)
    c = c.numerator
    return "%d.%02d" % (c // 100, c % 100)


def group(s, sep):
    """Insert a thousands separator into the integer part (numbers >= 1000)."""
    if not sep:
        return s
    ip, dot, fp = s.partition(".")
    if len(ip) < 4:
        return s
    parts = []
    while len(ip) > 3:
        parts.insert(0, ip[-3:])
        ip = ip[:-3]
    parts.insert(0, ip)
    return sep.join(parts) + dot + fp


def places(v):
    v = F(v)
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
        if k > 12:
            return 99
    return k


# ------------------------------------------------------------ expressions
def parse_expr(s):
    return _conv(ast.parse(s, mode="eval").body)


def _conv(n):
    if isinstance(n, ast.BinOp):
        op = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}[type(n.op)]
        return ("bin", op, _conv(n.left), _conv(n.right))
    if isinstance(n, ast.Name):
        return ("ref", n.id)
    if isinstance(n, ast.Constant):
        return ("lit", F(str(n.value)))
    if isinstance(n, ast.Call):
        fn = n.func.id
        args = [_conv(a) for a in n.args]
        if fn == "pct":
            return ("pct", args[0], args[1])
        if fn == "of":
            assert args[0][0] == "lit" and args[1][0] == "lit"
            return ("of", args[0][1], args[1][1], args[2])
    raise ValueError("bad expression node %r" % ast.dump(n))


def eval_node(node, env):
    t = node[0]
    if t == "ref":
        return env[node[1]]
    if t == "lit":
        return node[1]
    if t == "bin":
        a = eval_node(node[2], env)
        b = eval_node(node[3], env)
        op = node[1]
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if b == 0:
            raise ZeroDivisionError
        return a / b
    if t == "pct":
        return eval_node(node[1], env) / 100 * eval_node(node[2], env)
    if t == "of":
        return node[1] * eval_node(node[3], env) / node[2]
    raise ValueError(t)


def refs(node, out=None):
    if out is None:
        out = []
    t = node[0]
    if t == "ref":
        if node[1] not in out:
            out.append(node[1])
    elif t == "bin":
        refs(node[2], out)
        refs(node[3], out)
    elif t == "pct":
        refs(node[1], out)
        refs(node[2], out)
    elif t == "of":
        refs(node[3], out)
    return out


def is_leaf(node):
    return node[0] in ("ref", "lit")


# --------------------------------------------------------------- params
class ParamSpec:
    def __init__(self, text):
        self.text = text
        s = text
        self.kind = "int"
        if s[:1] == "$":
            self.kind, s = "money", s[1:]
        elif s[:1] == "~":
            self.kind, s = "dec", s[1:]
        elif s[:1] == "%":
            self.kind, s = "pct", s[1:]
        self.derived = None
        self.choices = None
        self.rng = None
        if s.startswith("="):
            self.derived = s[1:]
        elif s.startswith("["):
            self.choices = [F(x) for x in s[1:-1].split(",")]
        else:
            body, _, step = s.partition(":")
            lo, hi = body.split("..")
            step = F(step) if step else F(1)
            lo, hi = F(lo), F(hi)
            n = int((hi - lo) / step) + 1
            self.rng = (lo, step, n)

    def sample(self, rng, vals):
        if self.derived is not None:
            return eval(compile(self.derived, "<derived>", "eval"),
                        {"__builtins__": {}}, dict(vals))
        if self.choices is not None:
            return self.choices[rng.randrange(len(self.choices))]
        lo, step, n = self.rng
        return lo + step * rng.randrange(n)


def fmt_param(v, kind):
    if kind == "money":
        return "$" + group(money_str(v), ",")
    if kind == "pct":
        return dec_str(v) + "%"
    return group(dec_str(v), ",")


def kind_of_unit(u):
    if u == "$":
        return "money"
    if u == "%":
        return "pct"
    if u in CONT_UNITS:
        return "dec"
    return "int"


def ok_result(v, st, strict=True):
    """A step result that can be written: valid for its kind, and never '1 feet'."""
    if v == 1 and st.unit not in ("$", "%", ""):
        return False
    return valid_value(v, st.kind, strict)


def valid_value(v, kind, strict=True):
    if v <= 0 or v >= 10 ** 7:
        return False
    if kind == "int":
        return v.denominator == 1 and (v >= 2 or not strict)
    if kind == "money":
        return (v * 100).denominator == 1
    return places(v) <= 3


# ------------------------------------------------------------ templates
class Step:
    def __init__(self, name, expr, what, unit):
        self.name = name
        self.src = expr
        self.node = parse_expr(expr)
        self.what = what
        self.unit = unit
        self.kind = kind_of_unit(unit)
        self.op = self.node[0] if self.node[0] != "bin" else self.node[1]


class Template:
    def __init__(self, tid, cat, text, params, steps, cond=""):
        self.tid = tid
        self.cat = cat
        self.text = text
        self.params = []
        for tok in params.split():
            name, _, rhs = tok.partition("=")
            self.params.append((name, ParamSpec(rhs)))
        self.pkind = dict((n, s.kind) for n, s in self.params)
        self.steps = [Step(*s) for s in steps]
        self.cond = cond
        self._validate()

    def _validate(self):
        known = [n for n, _ in self.params]
        for i, st in enumerate(self.steps):
            for r in refs(st.node):
                assert r in known, (self.tid, st.name, r)
            bare = re.sub(r"\{[^}]*\}", "", st.what)
            assert not any(ch.isdigit() for ch in bare), (self.tid, st.what)
            if st.node[0] == "bin":
                def chk(n):
                    assert n[0] in ("bin", "ref", "lit"), (self.tid, st.name)
                    if n[0] == "bin":
                        chk(n[2])
                        chk(n[3])
                chk(st.node)
            known.append(st.name)
        # every non-final step must feed (directly or not) the final step
        need = [self.steps[-1].name]
        anc = []
        while need:
            nm = need.pop()
            for st in self.steps:
                if st.name == nm:
                    for r in refs(st.node):
                        if r not in anc and any(s.name == r for s in self.steps):
                            anc.append(r)
                            need.append(r)
        for st in self.steps[:-1]:
            assert st.name in anc, (self.tid, "unused step", st.name)
        assert len(self.steps) >= 2, self.tid

    def dependents(self, i):
        """Indices of steps after i that depend (transitively) on step i."""
        dep = [self.steps[i].name]
        out = []
        for j in range(i + 1, len(self.steps)):
            if any(r in dep for r in refs(self.steps[j].node)):
                dep.append(self.steps[j].name)
                out.append(j)
        return out


class Instance:
    pass


def _names(rng):
    a = NAMES[rng.randrange(len(NAMES))]
    while True:
        b = NAMES[rng.randrange(len(NAMES))]
        if b[0] != a[0]:
            return a, b


def compute(t, vals, override=None):
    """Evaluate all steps.  override = (index, value) forces a step result."""
    env = dict(vals)
    res = []
    for i, st in enumerate(t.steps):
        v = eval_node(st.node, env)
        if override is not None and override[0] == i:
            v = override[1]
        env[st.name] = v
        res.append(v)
    return env, res


def sample_instance(t, seed, k, prev):
    rng = random.Random("%s|%s|set%d" % (seed, t.tid, k))
    for _ in range(50000):
        vals = {}
        ok = True
        for name, spec in t.params:
            try:
                v = F(spec.sample(rng, vals))
            except ZeroDivisionError:
                ok = False
                break
            if not valid_value(v, spec.kind, strict=False):
                ok = False
                break
            vals[name] = v
        if not ok:
            continue
        if t.cond and not eval(compile(t.cond, "<cond>", "eval"),
                               {"__builtins__": {}}, dict(vals)):
            continue
        try:
            env, res = compute(t, vals)
        except ZeroDivisionError:
            continue
        if not all(ok_result(r, st) for r, st in zip(res, t.steps)):
            continue
        key = tuple(vals[n] for n, _ in t.params)
        if key in prev:
            continue
        faults = fault_candidates(t, vals, res)
        if not faults:
            continue
        inst = Instance()
        inst.t = t
        inst.vals = vals
        inst.env = env
        inst.res = res
        inst.key = key
        inst.faults = faults
        (n1, g1), (n2, g2) = _names(rng)
        inst.name, inst.gender, inst.name2 = n1, g1, n2
        return inst
    raise RuntimeError("could not sample template %s" % t.tid)


def problem_text(inst):
    t = inst.t
    d = {"name": inst.name, "name2": inst.name2}
    d.update(PRON[inst.gender])
    for n, spec in t.params:
        d[n] = fmt_param(inst.vals[n], spec.kind)
    return t.text.format(**d)


def what_text(inst, i):
    d = {"name": inst.name, "name2": inst.name2}
    d.update(PRON[inst.gender])
    return inst.t.steps[i].what.format(**d)


# --------------------------------------------------------------- faults
def plain_str(v, kind):
    return money_str(v) if kind == "money" else dec_str(v)


def _swaps(s):
    out = []
    for j in range(len(s) - 1):
        a, b = s[j], s[j + 1]
        if a.isdigit() and b.isdigit() and a != b:
            w = s[:j] + b + a + s[j + 2:]
            if len(w) > 1 and w[0] == "0" and w[1] != ".":
                continue
            out.append(w)
    return out


def perturbations(t, i, vals, res):
    """All (kind, wrong_value) pairs for step i."""
    st = t.steps[i]
    v = res[i]
    out = []
    if v.denominator == 1:
        deltas = [F(1), F(2), F(3), F(10)]
    else:
        deltas = [F(1, 10), F(1, 100)]
    for d in deltas:
        out.append(("off_by", v + d))
        out.append(("off_by", v - d))
    for w in _swaps(plain_str(v, st.kind)):
        out.append(("digit_swap", F(w)))
    out.append(("times10", v * 10))
    out.append(("div10", v / 10))
    nd = st.node
    if nd[0] == "bin" and is_leaf(nd[2]) and is_leaf(nd[3]):
        env, _ = compute(t, vals)
        a = eval_node(nd[2], env)
        b = eval_node(nd[3], env)
        alts = {"*": ["+"], "+": ["*", "-"], "-": ["+"], "/": ["*", "-"]}[nd[1]]
        for op in alts:
            w = {"+": a + b, "-": a - b, "*": a * b}[op]
            out.append(("wrong_op", w))
    return out


def fault_candidates(t, vals, res):
    out = []
    final = res[-1]
    for i in range(len(t.steps) - 1):
        st = t.steps[i]
        seen = []
        for kind, w in perturbations(t, i, vals, res):
            if w == res[i] or w in seen:
                continue
            if not ok_result(w, st):
                continue
            try:
                env, cres = compute(t, vals, override=(i, w))
            except ZeroDivisionError:
                continue
            if not all(ok_result(r, s, strict=False)
                       for r, s in zip(cres, t.steps)):
                continue
            if cres[-1] == final:
                continue
            seen.append(w)
            out.append((i, kind, w))
    return out


KIND_WEIGHTS = (("off_by", 35), ("digit_swap", 20), ("times10", 10),
                ("div10", 10), ("wrong_op", 25))


def choose_fault(inst, rng):
    steps = []
    for (i, _, _) in inst.faults:
        if i not in steps:
            steps.append(i)
    i = steps[rng.randrange(len(steps))]
    cands = [(k, w) for (j, k, w) in inst.faults if j == i]
    kinds = [(k, wt) for k, wt in KIND_WEIGHTS if any(c[0] == k for c in cands)]
    tot = sum(wt for _, wt in kinds)
    x = rng.randrange(tot)
    for k, wt in kinds:
        if x < wt:
            break
        x -= wt
    ws = [w for (kk, w) in cands if kk == k]
    return i, k, ws[rng.randrange(len(ws))]
