"""Exact arithmetic, values, steps and the solving context (with fault injection)."""
import random
from fractions import Fraction as Fr


def R(*parts):
    """String-seeded RNG: identical across runs, cwd and PYTHONHASHSEED."""
    return random.Random("|".join(str(p) for p in parts))


def fr(x):
    if isinstance(x, Fr):
        return x
    return Fr(str(x))


def rnd(x, dp):
    """Round half up (away from zero) to dp decimals."""
    s = 10 ** dp
    m = x * s
    neg = m < 0
    m = -m if neg else m
    n = (m.numerator * 2 + m.denominator) // (2 * m.denominator)
    return Fr(-n if neg else n, s)


def min_dp(x, cap=8):
    for k in range(cap + 1):
        if (x * 10 ** k).denominator == 1:
            return k
    return None


def dstr(x, dp):
    """Plain decimal string of x with exactly dp decimals (x must be exact at dp)."""
    s = 10 ** dp
    n = x * s
    assert n.denominator == 1, (x, dp)
    n = n.numerator
    neg = n < 0
    n = abs(n)
    ip, fp = divmod(n, s)
    out = str(ip)
    if dp > 0:
        out += "." + str(fp).rjust(dp, "0")
    return ("-" if neg else "") + out


def group_int(s, sep=","):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return ("-" if neg else "") + sep.join(out)


class V:
    """A value with a display kind: money, pct (stored as a fraction, 0.18 for 18%), num."""
    __slots__ = ("v", "k", "unit", "dp")

    def __init__(self, v, k="num", unit=None, dp=None):
        self.v = fr(v)
        self.k = k
        self.unit = unit
        self.dp = dp

    def __repr__(self):
        return "V(%s,%s)" % (self.v, self.k)


OPS = ("*", "/", "+", "-")


def ev(tokens):
    """Evaluate a token list of V / op strings / parens exactly."""
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            assert peek() == ")"
            pos[0] += 1
            return v
        assert isinstance(t, V), t
        return t.v

    def term():
        v = atom()
        while peek() in ("*", "/"):
            op = peek()
            pos[0] += 1
            w = atom()
            v = v * w if op == "*" else v / w
        return v

    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = peek()
            pos[0] += 1
            w = term()
            v = v + w if op == "+" else v - w
        return v

    out = expr()
    assert pos[0] == len(tokens)
    return out


class Step:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def canon(x, k):
    """Canonical digit string used for mutations (display-agnostic)."""
    if k == "pct":
        y = x * 100
        return dstr(y, min_dp(y))
    if k == "money":
        return dstr(x, 0 if x.denominator == 1 else 2)
    return dstr(x, min_dp(x))


def uncanon(s, k):
    y = Fr(s)
    return y / 100 if k == "pct" else y


def _digit_positions(s):
    return [i for i, ch in enumerate(s) if ch.isdigit()]


def mutations(s, k, tokens, rng, exact_mode=False):
    """Yield (kind, string) candidate slips of the canonical string s."""
    cands = []
    ip = s.split(".")[0]
    # off by one / ten (arithmetically, in the units of the integer part)
    x = Fr(s)
    for d, kind in ((1, "off_by_one"), (-1, "off_by_one"), (10, "off_by_ten"), (-10, "off_by_ten")):
        if abs(x) >= 10 or kind == "off_by_one":
            y = x + d
            if y > 0:
                dp = len(s.split(".")[1]) if "." in s else 0
                cands.append((kind, dstr(y, dp)))
    # one digit changed by +-1
    for i in _digit_positions(s):
        for dd in (1, -1):
            nd = int(s[i]) + dd
            if 0 <= nd <= 9:
                t = s[:i] + str(nd) + s[i + 1:]
                if t[0] == "0" and len(t.split(".")[0]) > 1:
                    continue
                cands.append(("digit_change", t))
    # adjacent swap
    for i in range(len(s) - 1):
        a, b = s[i], s[i + 1]
        if a.isdigit() and b.isdigit() and a != b:
            t = s[:i] + b + a + s[i + 2:]
            if t[0] == "0" and len(t.split(".")[0]) > 1:
                continue
            cands.append(("digit_swap", t))
    # drop / double a digit of the integer part
    if len(ip) >= 2:
        for i in range(len(ip)):
            t = s[:i] + s[i + 1:]
            if t[0] == "0" and len(t.split(".")[0]) > 1:
                continue
            cands.append(("digit_drop", t))
    for i in range(len(ip)):
        cands.append(("digit_double", s[:i] + s[i] + s[i:]))
    # decimal point moved
    dp = len(s.split(".")[1]) if "." in s else 0
    for f in (10, Fr(1, 10)):
        y = x * f
        if k == "money" and min_dp(y) is not None and min_dp(y) > 2:
            continue
        md = min_dp(y)
        if md is None:
            continue
        if k == "money":
            cands.append(("decimal_shift", dstr(y, 0 if y.denominator == 1 else 2)))
        else:
            cands.append(("decimal_shift", dstr(y, md)))
    # wrong operation
    if not exact_mode and len(tokens) == 3 and isinstance(tokens[0], V) and isinstance(tokens[2], V):
        a, op, b = tokens[0].v, tokens[1], tokens[2].v
        alt = {"*": "+", "+": "-", "-": "+", "/": "*"}[op]
        y = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[alt]
        if y is not None and y > 0:
            if k == "pct":
                y = y  # stored fraction
            md = min_dp(y * (100 if k == "pct" else 1))
            if md is not None and (k != "money" or md <= 2):
                cands.append(("wrong_op", canon(y, k)))
    # weight the realistic ones, then shuffle deterministically
    order = {"off_by_one": 3, "off_by_ten": 2, "digit_change": 2, "digit_swap": 3, "digit_drop": 2,
             "digit_double": 2, "decimal_shift": 2, "wrong_op": 2}
    bykind = {}
    for kind, t in cands:
        bykind.setdefault(kind, []).append(t)
    kinds = sorted(bykind)
    rng.shuffle(kinds)
    kinds.sort(key=lambda q: -order[q] * rng.random())
    out = []
    for kind in kinds:
        lst = list(bykind[kind])
        rng.shuffle(lst)
        for t in lst:
            out.append((kind, t))
    return out


class Ctx:
    def __init__(self, pid, fault=None, mode=None, attempt=0, style=""):
        self.pid = pid
        self.fault = fault
        self.mode = mode
        self.attempt = attempt
        self.style = style
        self.blocks = []
        self.n = 0
        self.bad = False
        self.fault_info = None
        self.eligible = []

    # deterministic per-problem options (identical across variants)
    def opt(self, name, p=0.5):
        return R(self.pid, "opt", name).random() < p

    def pick(self, name, seq):
        return R(self.pid, "pick", name).choice(seq)

    def given(self, items):
        self.blocks.append(("given", items))

    def head(self, g, label):
        self.blocks.append(("head", g, label))

    def note(self, fn):
        self.blocks.append(("note", fn))

    def calc(self, name, tokens, k="money", dp=None, sym=None, verb=None, unit=None, eligible=True,
             check=False, group=None, col=None, formula=None, positive=True, exact_p=0.35, title=None):
        self.n += 1
        n = self.n
        exact = ev(tokens)
        if dp is not None:
            right = rnd(exact * 100, dp) / 100 if k == "pct" else rnd(exact, dp)
        else:
            right = exact
            if min_dp(exact * (100 if k == "pct" else 1)) is None:
                if self.fault is not None:
                    raise RuntimeError("non-terminating after fault")
                raise AssertionError((self.pid, name, exact))
        if k == "money" and dp is None and min_dp(right) > 2:
            if self.fault is not None:
                raise RuntimeError("sub-cent money after fault")
            raise AssertionError((self.pid, name, exact))
        rounded = right != exact
        show_exact = rounded and k == "money" and min_dp(exact, 6) is not None and R(self.pid, "ex", n).random() < exact_p
        shown = right
        shown_exact = exact
        carried = right
        if eligible and not check:
            self.eligible.append(n)
        if n == self.fault:
            wrong, wex, kind = self._mutate(n, tokens, exact, right, k, dp, rounded, show_exact)
            shown = wrong
            if wex is not None:
                shown_exact = wex
            carried = wrong if self.mode == "carry" else right
            self.fault_info = dict(step=n, wrong=wrong, right=right, kind=kind, k=k)
        if positive and (exact <= 0 or carried <= 0):
            self.bad = True
        st = Step(n=n, name=name, sym=sym, verb=verb, title=title, tokens=tokens, exact=exact, shown=shown,
                  shown_exact=shown_exact, right=right, k=k, dp=dp, unit=unit, rounded=rounded,
                  show_exact=show_exact, fault=(n == self.fault), check=check, group=group, col=col,
                  formula=formula)
        self.blocks.append(("step", st))
        return V(carried, k, unit, dp if k != "pct" else None)

    def _mutate(self, n, tokens, exact, right, k, dp, rounded, show_exact):
        rng = R(self.pid, self.mode, "mut", n, self.attempt)
        if show_exact:
            s = dstr(exact, min_dp(exact))
            for kind, t in mutations(s, k, tokens, rng, exact_mode=True):
                wex = Fr(t)
                if wex <= 0 or min_dp(wex, 6) is None:
                    continue
                w = rnd(wex, dp)
                if abs(w - right) * 10 ** dp >= 5 and abs(wex - exact) * 10 ** dp >= 5:
                    return w, wex, kind
        s = canon(right, k)
        for kind, t in mutations(s, k, tokens, rng):
            w = uncanon(t, k)
            if w <= 0 or w == right:
                continue
            ddp = len(t.split(".")[1]) if "." in t else 0
            if k == "pct":
                ddp += 2
            tol = Fr(1, 2 * 10 ** ddp)
            if abs(w - exact) <= tol * 3:
                continue
            if rounded and abs(w - right) * 10 ** (dp + (2 if k == "pct" else 0)) < 5:
                continue
            if k == "money" and min_dp(w) > 2:
                continue
            return w, None, kind
        raise RuntimeError("no mutation")
