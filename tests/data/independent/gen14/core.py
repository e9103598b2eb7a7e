"""Core machinery: number formatting, template evaluation, faults, variants.

Standard library only.  All arithmetic is exact (fractions.Fraction).
Every random.Random is seeded with a string, so output does not depend on
PYTHONHASHSEED.
"""
import random
import re
from fractions import Fraction as F

# ---------------------------------------------------------------------------
# number helpers
# ---------------------------------------------------------------------------

def places(v):
    """Number of decimal places needed to write v exactly (None if endless)."""
    v = F(v)
    k = 0
    while (v * 10 ** k).denominator != 1:
        k += 1
        if k > 8:
            return None
    return k


def dec_plain(v, min_places=0):
    v = F(v)
    k = places(v)
    assert k is not None, v
    k = max(k, min_places)
    n = int(v * 10 ** k)
    neg = n < 0
    s = str(abs(n))
    if k:
        s = s.rjust(k + 1, "0")
        s = s[:-k] + "." + s[-k:]
    return ("-" if neg else "") + s


def thousands(s):
    if "." in s:
        ip, fp = s.split(".")
        return thousands(ip) + "." + fp
    out = ""
    while len(s) > 3:
        out = "," + s[-3:] + out
        s = s[:-3]
    return s + out


def type_ok(v, typ):
    """Value is a valid written result for a quantity of the given type."""
    v = F(v)
    if v <= 0:
        return False
    if typ == "n":
        return v.denominator == 1
    if typ == "m":
        return (v * 100).denominator == 1
    if typ == "d":
        return (v * 1000).denominator == 1
    return places(v) is not None


def plain(v, typ, cents=False):
    """Plain-number string as it is written for a quantity (no $, no commas)."""
    v = F(v)
    if typ == "n":
        return str(int(v))
    if typ == "m":
        if v.denominator == 1 and not cents:
            return str(int(v))
        return dec_plain(v, 2)
    return dec_plain(v)


# ---------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------

NAMES = [
    "Maria", "Leo", "Priya", "Sam", "Aisha", "Ben", "Chloe", "Diego", "Emma",
    "Farid", "Grace", "Hiro", "Isla", "Jamal", "Kara", "Liam", "Mei", "Noah",
    "Olivia", "Pablo", "Quinn", "Rosa", "Tariq", "Uma", "Victor", "Wendy",
    "Yusuf", "Zoe", "Nadia", "Owen", "Lucia", "Marcus", "Elena", "Theo",
    "Hannah", "Kofi", "Ana", "Ravi", "Sofia", "Jonah",
]

OPCHARS = {"+": "add", "-": "sub", "*": "mul", "/": "div", "%": "pct", "@": "frac"}


class Step:
    def __init__(self, name, expr, typ, label, unit=""):
        self.name = name
        self.expr = expr
        self.typ = typ
        self.label = label
        self.unit = unit
        ops = [c for c in expr if c in OPCHARS]
        assert ops and len(set(ops)) == 1, (name, expr)
        self.op = OPCHARS[ops[0]]
        self.args = [a.strip() for a in re.split(r"[-+*/%@]", expr)]
        assert all(self.args), expr
        if self.op in ("pct", "frac", "div"):
            assert len(self.args) == 2, expr
        if self.op == "sub":
            assert len(self.args) >= 2


class Template:
    def __init__(self, tid, cat, spec, text, steps, cond=None):
        self.id = tid
        self.cat = cat
        self.spec = []
        for part in spec.split(";"):
            part = part.strip()
            if not part:
                continue
            lhs, rhs = part.split("=", 1)
            lhs = lhs.strip()
            typ = "n"
            if lhs[0] in "$%~/@":
                typ = {"$": "m", "%": "p", "~": "d", "/": "f", "@": "s"}[lhs[0]]
                lhs = lhs[1:]
            self.spec.append((lhs, typ, rhs.strip()))
        if "{nm}" in text and not any(n == "nm" for n, _, _ in self.spec):
            self.spec.insert(0, ("nm", "s", "pn()"))
        self.text = text
        self.steps = [Step(*s) for s in steps]
        self.cond = cond
        self.ptypes = {n: t for n, t, _ in self.spec}
        names = set(self.ptypes)
        seen = []
        for i, st in enumerate(self.steps):
            for a in st.args:
                if a.startswith("#"):
                    continue
                assert a in names or a in seen, (tid, a)
            seen.append(st.name)
        # every non-final step must feed a later step
        for i, st in enumerate(self.steps[:-1]):
            assert any(st.name in later.args for later in self.steps[i + 1:]), (tid, st.name)
        assert 2 <= len(self.steps) <= 5, tid


def _helpers(r):
    def ri(lo, hi):
        return r.randint(int(lo), int(hi))

    def rs(lo, hi, step):
        return r.randrange(int(lo), int(hi) + 1, int(step))

    def mo(lo, hi, step="0.25"):
        step = F(str(step))
        a = int(-(-F(str(lo)) // step))
        b = int(F(str(hi)) // step)
        return r.randint(a, b) * step

    def ch(*opts):
        v = r.choice(opts)
        return F(v) if isinstance(v, (int, str)) and not isinstance(v, bool) else v

    def pn(*exclude):
        pool = [n for n in NAMES if n not in exclude]
        return r.choice(pool)

    def pick(*opts):
        return r.choice(opts)

    return dict(ri=ri, rs=rs, mo=mo, dc=mo, ch=ch, pn=pn, pick=pick, F=F)


def op_value(op, vals):
    if op == "add":
        return sum(vals, F(0))
    if op == "sub":
        out = vals[0]
        for v in vals[1:]:
            out -= v
        return out
    if op == "mul":
        out = F(1)
        for v in vals:
            out *= v
        return out
    if op == "div":
        return vals[0] / vals[1] if vals[1] != 0 else None
    if op == "pct":
        return vals[1] * vals[0] / 100
    if op == "frac":
        return vals[1] * vals[0]
    raise ValueError(op)


def arg_val(a, env):
    if a.startswith("#"):
        return F(a[1:].lstrip("$"))
    return env[a]


def arg_type(a, tpl, stypes):
    if a.startswith("#$"):
        return "m"
    if a.startswith("#"):
        return "n" if F(a[1:]).denominator == 1 else "d"
    if a in tpl.ptypes:
        return tpl.ptypes[a]
    return stypes[a]


def evaluate(tpl, env, start=0, override=None):
    """Compute step values in order.  override=(index, value) pins one step."""
    env = dict(env)
    out = []
    for i, st in enumerate(tpl.steps):
        if override is not None and i == override[0]:
            v = override[1]
        else:
            v = op_value(st.op, [arg_val(a, env) for a in st.args])
        env[st.name] = v
        out.append(v)
    return out, env


def fmt_param(v, typ):
    if typ == "n":
        return str(int(v))
    if typ == "m":
        return "$" + plain(v, "m")
    if typ == "p":
        return dec_plain(v) + "%"
    if typ == "d":
        return dec_plain(v)
    if typ == "f":
        return "%d/%d" % (v.numerator, v.denominator)
    return str(v)


def instantiate(tpl, seed, set_idx, max_tries=4000):
    """Return a list of candidate parameter environments (generator)."""
    r = random.Random("%s|params|%s|%d" % (seed, tpl.id, set_idx))
    h = _helpers(r)
    for _ in range(max_tries):
        env = {}
        ok = True
        for name, typ, expr in tpl.spec:
            ns = dict(h)
            ns.update(env)
            v = eval(expr, {"__builtins__": {}}, ns)
            if typ != "s":
                v = F(v)
                if not type_ok(v, {"p": "d", "f": "x"}.get(typ, typ)):
                    ok = False
                    break
                if typ == "f" and not (0 < v < 1):
                    ok = False
                    break
            env[name] = v
        if not ok:
            continue
        vals, full = evaluate(tpl, env)
        if not all(v is not None and type_ok(v, st.typ) and v < 10 ** 6
                   for v, st in zip(vals, tpl.steps)):
            continue
        if tpl.cond is not None:
            ns = dict(full)
            if not eval(tpl.cond, {"__builtins__": {}}, ns):
                continue
        yield env, vals
    return


# ---------------------------------------------------------------------------
# rendering of a single computation
# ---------------------------------------------------------------------------

class Fmt:
    """How numbers and operators are written in one solution."""

    def __init__(self, math="uni", cents=False, thou=False, pct="of",
                 frac="times", divfrac=False, bold=False, unit=True,
                 wrap="none", minus=None):
        self.math = math          # uni | ascii | x | latex
        self.cents = cents        # money always with 2 decimals
        self.thou = thou and math != "latex"
        self.pct = pct            # of | dec | frac100
        self.frac = frac          # times | rev | divmul
        self.divfrac = divfrac and math == "latex"
        self.bold = bold and math != "latex"
        self.unit = unit
        self.wrap = wrap          # none | inline | display (latex only)
        if math == "latex":
            self.times, self.div, self.minus = r" \times ", r" \div ", " - "
        elif math == "ascii":
            self.times, self.div, self.minus = " * ", " / ", " - "
        elif math == "x":
            self.times, self.div, self.minus = " x ", " / ", " - "
        else:
            self.times, self.div, self.minus = " × ", " ÷ ", " − "
        if minus is not None and math != "latex":
            self.minus = minus

    @property
    def latex(self):
        return self.math == "latex"

    def num(self, v, typ, sign=True):
        if typ == "m":
            s = plain(v, "m", self.cents)
            if self.thou:
                s = thousands(s)
            if sign:
                s = (r"\$" if self.latex else "$") + s
            return s
        if typ == "p":
            return dec_plain(v) + (r"\%" if self.latex else "%")
        if typ == "f":
            if self.latex:
                return r"\frac{%d}{%d}" % (v.numerator, v.denominator)
            return "%d/%d" % (v.numerator, v.denominator)
        s = plain(v, typ)
        if self.thou:
            s = thousands(s)
        return s

    def final_text(self, v, typ, unit, with_unit=True):
        """Final answer in plain text (never LaTeX)."""
        if typ == "m":
            s = plain(v, "m", self.cents)
            if self.thou:
                s = thousands(s)
            return "$" + s
        s = plain(v, typ)
        if self.thou:
            s = thousands(s)
        if with_unit and unit:
            s += " " + unit
        return s

    def final_plain(self, v, typ):
        if typ == "m":
            return plain(v, "m", self.cents)
        return plain(v, typ)


def expr_text(op, args, fmt):
    """args: list of (value, type). Returns the left-hand side as written."""
    n = [fmt.num(v, t) for v, t in args]
    if op == "add":
        return " + ".join(n)
    if op == "sub":
        return fmt.minus.join(n)
    if op == "mul":
        return fmt.times.join(n)
    if op == "div":
        if fmt.divfrac:
            a = fmt.num(args[0][0], args[0][1], sign=False)
            b = fmt.num(args[1][0], args[1][1], sign=False)
            return r"\frac{%s}{%s}" % (a, b)
        return n[0] + fmt.div + n[1]
    if op == "pct":
        (p, _), (b, bt) = args
        base = fmt.num(b, bt)
        if fmt.pct == "dec":
            return base + fmt.times + dec_plain(p / 100)
        if fmt.pct == "frac100":
            if fmt.latex:
                return r"\frac{%s}{100}" % dec_plain(p) + fmt.times + base
            return base + fmt.times + dec_plain(p) + fmt.div.replace("÷", "/") + "100"
        if fmt.latex:
            return dec_plain(p) + r"\%" + fmt.times + base
        return dec_plain(p) + "% of " + base
    if op == "frac":
        (f, _), (b, bt) = args
        base = fmt.num(b, bt)
        if fmt.frac == "divmul" and not fmt.latex:
            s = base + fmt.div + str(f.denominator)
            if f.numerator != 1:
                s += fmt.times + str(f.numerator)
            return s
        fs = fmt.num(f, "f")
        if fmt.frac == "rev" and not fmt.latex:
            return base + fmt.times + fs
        return fs + fmt.times + base
    raise ValueError(op)


class Parts:
    """Pieces of one written computation."""

    def __init__(self, expr, res, unit, fmt):
        self.expr = expr
        self.res = res
        self.unit = unit
        self.fmt = fmt

    def math(self):
        return "%s = %s" % (self.expr, self.res)

    def unit_sfx(self):
        return (" " + self.unit) if (self.unit and self.fmt.unit) else ""

    def full(self, bold=None, unit=None):
        """Inline form, wrapped for LaTeX styles."""
        f = self.fmt
        bold = f.bold if bold is None else bold
        usfx = self.unit_sfx() if unit is None else ((" " + self.unit) if (unit and self.unit) else "")
        if f.latex:
            if f.wrap == "display":
                return "$$%s$$" % self.math()
            return "$%s$%s" % (self.math(), usfx)
        res = "**%s**" % self.res if bold else self.res
        return "%s = %s%s" % (self.expr, res, usfx)

    def res_cell(self, unit=True):
        return self.res + (self.unit_sfx() if unit else "")


def step_parts(tpl, i, env_ops, result, fmt):
    st = tpl.steps[i]
    args = []
    for a in st.args:
        args.append((arg_val(a, env_ops), arg_type(a, tpl, {s.name: s.typ for s in tpl.steps})))
    expr = expr_text(st.op, args, fmt)
    res = fmt.num(result, st.typ)
    unit = st.unit if st.typ != "m" else ""
    return Parts(expr, res, unit, fmt)


INVERSE = {"add": "sub", "sub": "add", "mul": "div", "div": "mul"}


def check_parts(tpl, env, fmt):
    """A verification computation for the final step (inverse operation)."""
    st = tpl.steps[-1]
    stypes = {s.name: s.typ for s in tpl.steps}
    args = [(arg_val(a, env), arg_type(a, tpl, stypes)) for a in st.args]
    res = env[st.name]
    if st.op in ("add", "mul") and len(args) > 2:
        rev = list(reversed(args))
        return Parts(expr_text(st.op, rev, fmt), fmt.num(res, st.typ), "", fmt)
    if st.op in INVERSE:
        a, b = args
        if st.op == "add":
            return Parts(expr_text("sub", [(res, st.typ), b], fmt), fmt.num(a[0], a[1]), "", fmt)
        if st.op == "sub":
            if len(args) != 2:
                return None
            return Parts(expr_text("add", [(res, st.typ), b], fmt), fmt.num(a[0], a[1]), "", fmt)
        if st.op == "mul":
            return Parts(expr_text("div", [(res, st.typ), b], fmt), fmt.num(a[0], a[1]), "", fmt)
        if st.op == "div":
            return Parts(expr_text("mul", [(res, st.typ), b], fmt), fmt.num(a[0], a[1]), "", fmt)
    if st.op == "pct":
        (p, _), (b, bt) = args
        e = fmt.num(res, st.typ) + fmt.div + fmt.num(b, bt) + fmt.times + "100"
        return Parts(e, dec_plain(p) + ("\\%" if fmt.latex else "%"), "", fmt)
    if st.op == "frac":
        (f, _), (b, bt) = args
        e = fmt.num(res, st.typ) + fmt.times + str(f.denominator) + fmt.div + str(f.numerator)
        return Parts(e, fmt.num(b, bt), "", fmt)
    return None


# ---------------------------------------------------------------------------
# faults
# ---------------------------------------------------------------------------

KIND_WEIGHTS = [("off_by", 35), ("wrong_op", 25), ("digit_swap", 20),
                ("times10", 10), ("div10", 10)]

WRONG_OPS = {"add": ["sub", "mul"], "sub": ["add"], "mul": ["add", "sub"],
             "div": ["mul", "sub"]}


def _parse_plain(s):
    return F(s)


def fault_options(tpl, i, env_ops, right, fmt):
    """All (kind, wrong_value) options for step i.  Values are type-valid and
    differ from right when written."""
    st = tpl.steps[i]
    typ = st.typ
    written = plain(right, typ, fmt.cents and typ == "m")
    opts = {}

    def add(kind, v):
        v = F(v)
        if not type_ok(v, typ):
            return
        if plain(v, typ, fmt.cents and typ == "m") == written:
            return
        if v == right or v >= 10 ** 7:
            return
        opts.setdefault(kind, [])
        if v not in opts[kind]:
            opts[kind].append(v)

    if right.denominator == 1:
        for d in (1, 2, 3, 10):
            add("off_by", right + d)
            add("off_by", right - d)
    else:
        for d in (F(1, 10), F(1, 100)):
            add("off_by", right + d)
            add("off_by", right - d)
    digits = written
    for j in range(len(digits) - 1):
        a, b = digits[j], digits[j + 1]
        if a.isdigit() and b.isdigit() and a != b:
            s = digits[:j] + b + a + digits[j + 2:]
            ip = s.split(".")[0]
            if len(ip) > 1 and ip[0] == "0":
                continue
            add("digit_swap", _parse_plain(s))
    add("times10", right * 10)
    add("div10", right / 10)
    if st.op in WRONG_OPS and len(st.args) == 2:
        a, b = [arg_val(x, env_ops) for x in st.args]
        for alt in WRONG_OPS[st.op]:
            v = op_value(alt, [a, b])
            if v is not None:
                add("wrong_op", v)
    return opts


def choose_kind(r, opts):
    kinds = [(k, w) for k, w in KIND_WEIGHTS if opts.get(k)]
    if not kinds:
        return None
    tot = sum(w for _, w in kinds)
    x = r.random() * tot
    for k, w in kinds:
        x -= w
        if x < 0:
            return k
    return kinds[-1][0]


def carry_values(tpl, env, i, wrong):
    """Recompute all steps with step i pinned to wrong.  None if invalid."""
    vals, full = evaluate(tpl, env, override=(i, wrong))
    right_vals, _ = evaluate(tpl, env)
    for j, (v, st) in enumerate(zip(vals, tpl.steps)):
        if v is None or not type_ok(v, st.typ) or v >= 10 ** 7:
            return None
    if vals[-1] == right_vals[-1]:
        return None
    return vals, full
