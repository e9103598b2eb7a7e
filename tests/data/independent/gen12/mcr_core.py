"""Core helpers for the mcrgen generator: exact numbers, template DSL parsing,
parameter sampling and step evaluation.  Standard library only."""
import re
from fractions import Fraction as F

NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
             "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
             "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TIMES_WORDS = {2: "twice", 3: "three times", 4: "four times", 5: "five times",
               6: "six times"}
FRAC_WORDS = {F(1, 2): "half", F(1, 3): "a third", F(1, 4): "a quarter",
              F(2, 3): "two-thirds", F(3, 4): "three-quarters", F(1, 5): "a fifth",
              F(2, 5): "two-fifths", F(3, 5): "three-fifths", F(4, 5): "four-fifths",
              F(1, 6): "a sixth", F(5, 6): "five-sixths", F(1, 8): "an eighth",
              F(3, 8): "three-eighths", F(1, 10): "a tenth", F(3, 10): "three-tenths"}


def dp(x, maxk=8):
    """Number of decimal places needed to write x exactly (99 if not a finite decimal)."""
    x = F(x)
    for k in range(maxk + 1):
        if (x * 10 ** k).denominator == 1:
            return k
    return 99


def isint(x):
    return F(x).denominator == 1


def fixed(x, k):
    """x written with exactly k decimals (x must be exact at k places)."""
    x = F(x)
    n = x * 10 ** k
    if n.denominator != 1:
        raise ValueError("not exact at %d places: %r" % (k, x))
    n = n.numerator
    sign = "-" if n < 0 else ""
    s = str(abs(n))
    if k == 0:
        return sign + s
    s = s.rjust(k + 1, "0")
    return sign + s[:-k] + "." + s[-k:]


def group3(s, sep=","):
    """Insert thousands separators into a plain decimal string."""
    if not sep:
        return s
    sign = ""
    if s.startswith("-"):
        sign, s = "-", s[1:]
    ip, dot, fp = s.partition(".")
    if len(ip) < 4:
        return sign + s
    out = []
    while len(ip) > 3:
        out.insert(0, ip[-3:])
        ip = ip[:-3]
    out.insert(0, ip)
    return sign + sep.join(out) + dot + fp


class Param:
    def __init__(self, name, kind, args):
        self.name, self.kind, self.args = name, kind, args

    def sample(self, rng):
        k, a = self.kind, self.args
        if k in ("int", "money", "dec", "pct"):
            lo, hi = F(a[0]), F(a[1])
            st = F(a[2]) if len(a) > 2 else F(1)
            n = int((hi - lo) / st)
            return lo + st * rng.randint(0, n)
        if k == "times":
            return F(rng.randint(int(a[0]), int(a[1])))
        if k in ("frac", "choice"):
            return F(a[rng.randrange(len(a))])
        raise ValueError(k)

    def display(self, v, mode=None):
        k = self.kind
        if mode == "w":
            return NUM_WORDS[int(v)]
        if k in ("int", "choice"):
            return group3(fixed(v, 0)) if isint(v) else fixed(v, dp(v))
        if k == "money":
            return "$" + group3(fixed(v, 0 if isint(v) else 2))
        if k == "dec":
            return group3(fixed(v, dp(v)))
        if k == "pct":
            return fixed(v, dp(v)) + "%"
        if k == "times":
            return TIMES_WORDS[int(v)]
        if k == "frac":
            return FRAC_WORDS[v]
        raise ValueError(k)

    @property
    def vkind(self):
        """kind used when the value appears as an operand in a solution"""
        return {"money": "money", "pct": "pct", "frac": "frac"}.get(self.kind, "num")


class Step:
    def __init__(self, name, op, args, unit, label):
        self.name, self.op, self.args, self.label = name, op, args, label
        unit = unit.strip()
        self.noun = ""
        if unit == "$":
            self.kind = "money"
        elif unit.startswith("#"):
            self.kind = "count"
            self.noun = unit[1:].strip()
        else:
            self.kind = "num"
            self.noun = "" if unit == "-" else unit

    @property
    def vkind(self):
        return "money" if self.kind == "money" else "num"


class Template:
    def __init__(self, tid, cat, text, params, steps, cons):
        self.id, self.cat, self.text = tid, cat, text
        self.params, self.steps, self.cons = params, steps, cons
        self.pmap = {p.name: p for p in params}


OPS = {"*": "mul", "/": "div", "+": "add", "-": "sub", "%": "pct", "of": "frac"}
RESERVED = {"P", "Q", "he", "He", "his", "His", "him", "Him", "she", "her"}


def parse_templates(src):
    out = []
    for block in re.split(r"\n(?====\s)", "\n" + src.strip()):
        lines = [l.rstrip() for l in block.strip().split("\n")]
        lines = [l for l in lines if l.strip() and not l.strip().startswith("//")]
        if not lines:
            continue
        head = lines[0][3:].strip()
        tid, cat = [s.strip() for s in head.split("|")]
        text = lines[1].strip()
        params, steps, cons = [], [], []
        for l in lines[2:]:
            l = l.strip()
            if l.startswith("?"):
                cons.append(l[1:].strip())
            elif ";" in l:
                lhs, unit, label = [s.strip() for s in l.split(";")]
                name, expr = [s.strip() for s in lhs.split("=", 1)]
                toks = expr.split()
                opsyms = toks[1::2]
                args = toks[0::2]
                assert len(set(opsyms)) == 1, (tid, l)
                op = OPS[opsyms[0]]
                if op in ("pct", "frac", "div"):
                    assert len(args) == 2, (tid, l)
                st = Step(name, op, args, unit, label)
                if st.kind == "count" and not st.label.startswith(("number", "total number")):
                    if st.label.startswith("total "):
                        st.label = "total number of " + st.label[6:]
                    else:
                        st.label = "number of " + st.label
                steps.append(st)
            else:
                name, rest = [s.strip() for s in l.split(":", 1)]
                assert name not in RESERVED, (tid, name)
                parts = rest.split()
                kind = parts[0]
                args = parts[1:]
                if kind in ("frac", "choice"):
                    args = [a for a in " ".join(parts[1:]).replace(" ", "").split(",")]
                params.append(Param(name, kind, args))
        t = Template(tid, cat, text, params, steps, cons)
        validate_template(t)
        out.append(t)
    ids = [t.id for t in out]
    assert len(ids) == len(set(ids)), "duplicate template ids"
    return out


def is_literal(a):
    return re.fullmatch(r"\d+(\.\d+)?", a) is not None


def validate_template(t):
    known = set(t.pmap)
    names = []
    for s in t.steps:
        for a in s.args:
            assert is_literal(a) or a in known, (t.id, s.name, a)
        assert not re.search(r"\d", s.label), (t.id, s.label)
        assert s.name not in known, (t.id, s.name)
        known.add(s.name)
        names.append(s.name)
    assert len(t.steps) >= 2, t.id
    for i, s in enumerate(t.steps[:-1]):
        used = any(s.name in later.args for later in t.steps[i + 1:])
        assert used, (t.id, "unused step", s.name)
    for m in re.finditer(r"\{(\w+)(?::(\w+))?\}", t.text):
        k = m.group(1)
        assert k in t.pmap or k in RESERVED, (t.id, k)


def evaluate(op, vals):
    if op == "mul":
        r = F(1)
        for v in vals:
            r *= v
        return r
    if op == "div":
        return vals[0] / vals[1]
    if op == "add":
        return sum(vals, F(0))
    if op == "sub":
        return vals[0] - sum(vals[1:], F(0))
    if op == "pct":
        return vals[0] / 100 * vals[1]
    if op == "frac":
        return vals[0] * vals[1]
    raise ValueError(op)


def operand(t, env, a):
    """(value, kind) of a step argument"""
    if is_literal(a):
        return F(a), "num"
    if a in t.pmap:
        return env[a], t.pmap[a].vkind
    st = [s for s in t.steps if s.name == a][0]
    return env[a], st.vkind


def value_ok(st, v):
    if v <= 0 or v >= 10 ** 7:
        return False
    if st.kind == "count":
        return isint(v)
    if st.kind == "money":
        return dp(v) <= 2
    return dp(v) <= 3


def run_steps(t, params, override=None):
    """Evaluate all steps.  override=(index, value) replaces that step's result
    (carry semantics: later steps see the replaced value).  Returns list of
    (operands, result) and the environment."""
    env = dict(params)
    rows = []
    for i, s in enumerate(t.steps):
        ops = [operand(t, env, a) for a in s.args]
        if s.op == "div" and ops[1][0] == 0:
            return None
        r = evaluate(s.op, [v for v, _ in ops])
        if override is not None and override[0] == i:
            r = override[1]
        env[s.name] = r
        rows.append((ops, r))
    return rows


def helpers_ns(params):
    ns = {"isint": isint, "dp": dp, "F": F}
    ns.update(params)
    return ns


def sample_params(t, rng, tries=6000):
    for _ in range(tries):
        vals = {p.name: p.sample(rng) for p in t.params}
        ok = True
        for c in t.cons:
            if not eval(c, {"__builtins__": {}}, helpers_ns(vals)):
                ok = False
                break
        if not ok:
            continue
        rows = run_steps(t, vals)
        if rows is None:
            continue
        if all(value_ok(s, r) for s, (_, r) in zip(t.steps, rows)):
            return vals, rows
    raise RuntimeError("cannot sample template " + t.id)
