"""Values, faults and number/expression rendering for the critique set."""
import hashlib
import random
from fractions import Fraction as F


def hnum(*parts):
    return int.from_bytes(hashlib.sha256("|".join(map(str, parts)).encode()).digest()[:8], "big")


def rng(*parts):
    return random.Random("|".join(map(str, parts)))


# ---------------------------------------------------------------- numbers
def dec_str(v):
    neg = v < 0
    a = -v if neg else v
    for k in range(0, 7):
        x = a * 10 ** k
        if x.denominator == 1:
            s = str(x.numerator)
            if k:
                s = s.rjust(k + 1, "0")
                s = s[:-k] + "." + s[-k:]
            return ("-" if neg else "") + s
    raise ValueError("non-terminating %r" % v)


def group(s, o):
    """s: digits with optional decimal part, non-negative."""
    ip, _, fp = s.partition(".")
    if o["sep"] and (len(ip) >= 5 or (len(ip) == 4 and o["sep4"])):
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = o["sep"].join(parts)
    return ip + ("." + fp if fp else "")


def money_str(a, o, cents=None):
    if cents is None:
        cents = o["cents"]
    if a.denominator == 1 and not cents:
        return group(str(a.numerator), o)
    c = a * 100
    assert c.denominator == 1, a
    c = c.numerator
    return group("%d.%02d" % (c // 100, c % 100), o)


def fmt_num(v, kind, o):
    neg = v < 0
    a = -v if neg else v
    if kind == "$":
        s = o["cur"] + money_str(a, o)
    elif kind in ("n", "t", "z"):
        assert a.denominator == 1, (v, kind)
        s = group(str(a.numerator), o)
    elif kind == "pct":
        s = dec_str(a) + o["pct"]
    else:
        s = group(dec_str(a), o)
    return (o["neg"] if neg else "") + s


SING = {"muffins": "muffin", "plants": "plant", "books": "book", "students": "student", "buses": "bus",
        "slices": "slice", "miles": "mile", "minutes": "minute", "points": "point", "marbles": "marble",
        "legs": "leg", "stamps": "stamp", "pages": "page", "liters": "liter", "cartons": "carton",
        "eggs": "egg", "hours": "hour", "batches": "batch", "cups": "cup", "groups": "group",
        "markers": "marker", "years": "year", "bags": "bag", "questions": "question", "pieces": "piece",
        "pens": "pen", "boxes": "box", "steps": "step", "seats": "seat", "sections": "section",
        "gallons": "gallon"}


def unit_word(v, unit):
    if abs(v) == 1 and unit in SING:
        return SING[unit]
    return unit


def with_unit(s, v, kind, unit, o):
    if kind == "$" or not unit:
        return s
    if kind == "t":
        return s + "°C"
    if kind == "z":
        return s + " m"
    return s + " " + unit_word(v, unit)


def fin(v):
    return dec_str(v)


# ---------------------------------------------------------------- arithmetic
def round2(v):
    """round half up to cents (v >= 0)."""
    c = v * 100
    q, r = divmod(c.numerator, c.denominator)
    if 2 * r >= c.denominator:
        q += 1
    return F(q, 100)


def apply(op, vals):
    if op == "add":
        return sum(vals, F(0))
    if op == "sub":
        return vals[0] - vals[1]
    if op == "mul":
        return vals[0] * vals[1]
    if op == "div":
        return vals[0] / vals[1]
    if op == "divr":
        return F(vals[0] // vals[1])
    if op == "round":
        return round2(vals[0] / vals[1])
    if op == "pct":
        return vals[0] * vals[1] / 100
    if op == "fof":
        return vals[0] * vals[2] / vals[1]
    raise ValueError(op)


class Problem:
    def __init__(self, S, params):
        self.S = S
        self.steps = S["steps"]
        self.params = {k: F(v) for k, v in params.items()}
        self.pk = S["pk"]
        self.idx = {s["name"]: i for i, s in enumerate(self.steps)}
        self.neg_ok = False
        self.tv = self.run({})
        self.neg_ok = any(v < 0 for v in self.tv)

    def arg(self, a, used):
        if isinstance(a, str):
            if a in self.idx:
                i = self.idx[a]
                return used[i], self.steps[i]["kind"], i
            return self.params[a], self.pk[a], None
        return F(a), "lit", None

    def operands(self, i, used):
        return [self.arg(a, used)[:2] for a in self.steps[i]["args"]]

    def run(self, override, written_only=False):
        """override: {step: value}. Carried: later steps use overridden value."""
        used = []
        for i, s in enumerate(self.steps):
            v = apply(s["op"], [x[0] for x in self.operands(i, used)])
            used.append(override.get(i, v))
        return used

    def valid(self, used):
        for i, s in enumerate(self.steps):
            v, k = used[i], s["kind"]
            if abs(v) > 10 ** 7:
                return False
            if k in ("n", "t", "z") and v.denominator != 1:
                return False
            if k == "$" and (v * 100).denominator != 1:
                return False
            if k == "d":
                try:
                    t = dec_str(v)
                except ValueError:
                    return False
                if "." in t and len(t.split(".")[1]) > 3:
                    return False
            if v < 0 and not self.neg_ok:
                return False
            if k == "n" and v == 0:
                return False
            ops = [x[0] for x in self.operands(i, used)]
            if s["op"] in ("div", "divr", "round") and ops[1] <= 0:
                return False
            if s["op"] == "divr":
                if ops[0] <= 0 or ops[0].denominator != 1:
                    return False
                if s["rem"] and ops[0] % ops[1] == 0:
                    return False
        return True


# ---------------------------------------------------------------- faults
def _digits_variants(v, kind):
    """string-level digit faults on |v|."""
    a = abs(v)
    if kind == "$" and a.denominator != 1:
        s = money_str(a, dict(sep="", sep4=False, cents=True))
    else:
        s = dec_str(a)
    ip, _, fp = s.partition(".")
    dg = ip + fp
    nd = len(fp)
    out = []

    def mk(d, ndec):
        if not d or len(d) <= ndec:
            return None
        t = d[:len(d) - ndec] + ("." + d[len(d) - ndec:] if ndec else "")
        x = F(t)
        return -x if v < 0 else x
    for j in range(len(dg) - 1):
        if dg[j] != dg[j + 1]:
            out.append(("digit_swap", mk(dg[:j] + dg[j + 1] + dg[j] + dg[j + 2:], nd)))
    if len(ip) >= 3:
        for j in range(1, len(ip)):
            out.append(("digit_drop", mk(ip[:j] + ip[j + 1:] + fp, nd)))
    if len(ip) >= 2:
        for j in range(len(ip)):
            out.append(("digit_double", mk(ip[:j + 1] + ip[j] + ip[j + 1:] + fp, nd)))
    return [x for x in out if x[1] is not None]


def fault_candidates(prob, i, used):
    s = prob.steps[i]
    kind, op = s["kind"], s["op"]
    ops = [x[0] for x in prob.operands(i, used)]
    right = apply(op, ops)
    c = [("off_by_one", right + 1), ("off_by_one", right - 1),
         ("off_by_ten", right + 10), ("off_by_ten", right - 10)]
    if kind == "$" and right.denominator != 1:
        c += [("off_by_one", right + F(1, 10)), ("off_by_one", right - F(1, 10))]
    c += _digits_variants(right, kind)
    if op == "sub":
        c.append(("wrong_op", ops[0] + ops[1]))
    if op == "add" and len(ops) == 2:
        c.append(("wrong_op", ops[0] - ops[1]))
    if op == "mul" and ops[1].denominator == 1 and ops[0].denominator == 1:
        c.append(("wrong_op", ops[0] + ops[1]))
    if op == "div":
        c.append(("wrong_op", ops[0] - ops[1]))
    if right < 0:
        c.append(("sign_drop", -right))
    if right.denominator != 1:
        c += [("decimal_shift", right * 10), ("decimal_shift", right / 10)]
    out = []
    for k, w in c:
        if w == right:
            continue
        if kind in ("n", "t", "z") and w.denominator != 1:
            continue
        if kind == "$" and (w * 100).denominator != 1:
            continue
        if kind == "d":
            try:
                if len(dec_str(w).partition(".")[2]) > 3:
                    continue
            except ValueError:
                continue
        if k != "sign_drop" and (w < 0) != (right < 0):
            continue
        if w == 0 or (right > 0 and w < right / 20):
            continue
        out.append((k, w))
    return right, out


def choose_fault(prob, R, base_used, carry, forbid_vals=None, avoid_final=(), exclude=()):
    """Return (step, kind, wrong, right, new_used) or None.
    base_used: the correct values.  forbid_vals: {step: value} not to use."""
    forbid_vals = forbid_vals or {}
    steps = [i for i, s in enumerate(prob.steps) if not s["nofault"]]
    R.shuffle(steps)
    for i in steps:
        right, cands = fault_candidates(prob, i, base_used)
        W = dict(off_by_one=3, off_by_ten=3, digit_swap=2, wrong_op=2, digit_drop=1, digit_double=1,
                 decimal_shift=3, sign_drop=4)
        kinds = sorted(set(k for k, _ in cands if k not in exclude))
        keys = {k: R.random() ** (1.0 / W[k]) for k in kinds}
        kinds.sort(key=lambda k: -keys[k])
        for k in kinds:
            opts = [w for kk, w in cands if kk == k and w != forbid_vals.get(i)]
            R.shuffle(opts)
            for w in opts:
                if carry:
                    used = prob.run({i: w})
                    if not prob.valid(used):
                        continue
                    if used[-1] == base_used[-1] or used[-1] in avoid_final:
                        continue
                else:
                    used = list(base_used)
                    tmp = list(base_used)
                    tmp[i] = w
                    if not prob.valid(tmp):
                        continue
                return i, k, w, right, used
    return None


# ---------------------------------------------------------------- expressions
def opnd(v, kind, o, first):
    if kind == "lit":
        s = group(dec_str(abs(v)), o)
        s = (o["neg"] if v < 0 else "") + s
    elif kind == "pct":
        s = fmt_num(v, "n", o)
    else:
        s = fmt_num(v, kind, o)
    if v < 0 and not first:
        s = o["lp"] + s + o["rp"]
    return s


def join_ops(parts, sym, o):
    if o["tight"] and not sym.isalpha() and " " not in sym:
        return sym.join(parts)
    return (" %s " % sym).join(parts)


def expr_of(prob, i, used, o, form):
    s = prob.steps[i]
    op = s["op"]
    ov = prob.operands(i, used)
    if op == "add":
        return join_ops([opnd(v, k, o, j == 0) for j, (v, k) in enumerate(ov)], o["add"], o)
    if op == "sub":
        return join_ops([opnd(v, k, o, j == 0) for j, (v, k) in enumerate(ov)], o["sub"], o)
    if op == "mul":
        return join_ops([opnd(v, k, o, j == 0) for j, (v, k) in enumerate(ov)], o["mul"], o)
    if op in ("div", "divr", "round"):
        a, b = [opnd(v, k, o, j == 0) for j, (v, k) in enumerate(ov)]
        if o["latex"] and form.get("lfrac") and op == "div":
            return "\\frac{%s}{%s}" % (a, b)
        return join_ops([a, b], o["div"], o)
    if op == "pct":
        (r, _), (b, bk) = ov
        bs = opnd(b, bk, o, False)
        f = form.get("pct", "of")
        if f == "of":
            return "%s%s of %s" % (dec_str(r), o["pct"], bs)
        if f == "dec":
            return join_ops([dec_str(r / 100), bs], o["mul"], o)
        if f == "frac":
            if o["latex"]:
                return "\\frac{%s}{100} %s %s" % (dec_str(r), o["mul"], bs)
            return join_ops([bs, dec_str(r)], o["mul"], o) + ("%s100" % (o["div"] if o["tight"] else " %s " % o["div"]))
        if f == "pmul":
            return join_ops([bs, dec_str(r) + o["pct"]], o["mul"], o)
    if op == "fof":
        (n, _), (d, _), (b, bk) = ov
        bs = opnd(b, bk, o, False)
        f = form.get("fof", "mul")
        if o["latex"]:
            fr = "\\frac{%s}{%s}" % (dec_str(n), dec_str(d))
            if f == "of":
                return "%s \\text{ of } %s" % (fr, bs)
            return "%s %s %s" % (fr, o["mul"], bs)
        fr = "%s/%s" % (dec_str(n), dec_str(d))
        if f == "of":
            return "%s of %s" % (fr, bs)
        if f == "divmul":
            return join_ops([join_ops([bs, dec_str(d)], o["div"], o), dec_str(n)], o["mul"], o)
        return join_ops([fr, bs], o["mul"], o)
    raise ValueError(op)


def comp_str(prob, i, used, result, o, form, unit=False):
    s = prob.steps[i]
    e = expr_of(prob, i, used, o, form)
    rs = fmt_num(result, s["kind"], o)
    rel = o["eq"]
    if s["op"] == "divr":
        a, b = [x[0] for x in prob.operands(i, used)]
        rem = a - result * b
        rf = form.get("rem", "R")
        if o["latex"]:
            rs = "%s \\text{ %s } %s" % (rs, "R" if rf in ("R", "R_") else "remainder", dec_str(rem))
        elif rf == "R":
            rs = "%s R%s" % (rs, dec_str(rem))
        elif rf == "R_":
            rs = "%s R %s" % (rs, dec_str(rem))
        elif rf == "with":
            rs = "%s with a remainder of %s" % (rs, dec_str(rem))
        else:
            rs = "%s remainder %s" % (rs, dec_str(rem))
    if s["op"] == "round":
        a, b = [x[0] for x in prob.operands(i, used)]
        if a / b != result:
            rel = o["approx"]
            if s["kind"] == "$":
                rs = fmt_num(result, "$", dict(o, cents=True))
    if unit and s["op"] != "divr":
        rs = with_unit(rs, result, s["kind"], s["unit"], o)
    if o["tight"] and rel in ("=",):
        return "%s%s%s" % (e, rel, rs) if o.get("tighteq") else "%s %s %s" % (e, rel, rs)
    return "%s %s %s" % (e, rel, rs)


BASE_O = dict(mul="×", div="÷", sub="−", add="+", eq="=", approx="≈", neg="−", cur="$", sep=",",
              sep4=True, pct="%", latex=False, tight=False, cents=False, lp="(", rp=")")


def mk_o(**kw):
    o = dict(BASE_O)
    o.update(kw)
    return o
