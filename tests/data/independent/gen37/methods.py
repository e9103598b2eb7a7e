"""Written calculation methods.  Every helper computes from V() of its inputs,
registers each written result as a slot, and emits items into the current step."""
from fractions import Fraction as F

from core import Bad, V, PLACE, WORDS


def I(x):
    x = F(V(x))
    if x.denominator != 1 or x < 0:
        raise Bad("not a whole number")
    return int(x)


def parts(n):
    s = str(n)
    L = len(s)
    return [int(d) * 10 ** (L - 1 - k) for k, d in enumerate(s) if d != "0"]


def padslot(sl, w):
    return " " * max(0, w - len(sl.text)) + str(sl)


def cap(s):
    return s[:1].upper() + s[1:]


def round10(n):
    return (n + 5) // 10 * 10


def near_round(y):
    """(R, k) with y = R - k, R a multiple of 10 or 100, |k| in {1, 2}; else None."""
    if y >= 90:
        R = (y + 50) // 100 * 100
        if R and 0 < abs(R - y) <= 2:
            return R, R - y
    if y >= 10:
        R = (y + 5) // 10 * 10
        if 0 < abs(R - y) <= 2 and R >= 20:
            return R, R - y
    return None


# ---------------------------------------------------------------- multiplication
def dh_steps(x, y):
    tgt = {5: 1, 15: 1, 35: 1, 45: 1, 25: 2, 50: 1, 125: 3, 250: 2, 75: 2}.get(x, 0)
    k = 0
    while k < tgt and y % (2 ** (k + 1)) == 0:
        k += 1
    return k


def mul(c, a, b, money=None, unit="", how=None, allow_restate=True):
    A, B = I(a), I(b)
    if A == 0 or B == 0:
        raise Bad("zero factor")
    rk = "money" if money is not None else "n"
    sa = c.f(A, "money" if money == 0 else "n")
    sb = c.f(B, "money" if money == 1 else "n")
    u = (" " + unit) if unit and c.chance(0.35) else ""
    opts = {}
    if A < 10 and B < 10:
        opts["direct"] = 1
    else:
        opts["direct"] = 0.35
        if len(parts(B)) > 1 or len(parts(A)) > 1:
            opts["partial_lines"] = 2
            opts["partial_chain"] = 1.5
        if A >= 10 and B >= 10 and A < 1000 and B < 100 and len(parts(A)) * len(parts(B)) > 1:
            opts["grid"] = 1.5
        if min(A, B) < 10 and max(A, B) >= 10 and len(parts(max(A, B))) > 1:
            opts["grid"] = 1.0
        if (B < 10 and 10 <= A < 10000) or (10 <= A < 1000 and 10 <= B < 100 and B % 10 and B >= 11):
            opts["column"] = 1.5
        if 10 <= A < 100 and 10 <= B < 100 and A % 10 and B % 10:
            if c.st.caps_table:
                opts["lattice"] = 2.5
            if c.st.caps_code:
                opts["ppblock"] = 2.5
        if (near_round(B) and A > 1 and A % 10) or (near_round(A) and B > 1 and B % 10):
            opts["comp"] = 3
        if (dh_steps(A, B) and B % 10) or (dh_steps(B, A) and A % 10):
            opts["dh"] = 3
        if (B % 10 == 0 and len(parts(B)) == 1 and A % 10) or (A % 10 == 0 and len(parts(A)) == 1 and B % 10):
            opts["tens"] = 2.5
    how = how if how in opts else c.choose(opts)
    if how != "direct" and A >= 10 and B >= 10 and c.chance(0.12):
        ea, eb = round10(A), round10(B)
        if ea != A or eb != B:
            c.say("Estimate first: «%s × %s ≈ %s × %s = %s»." % (c.n(A), c.n(B), c.n(ea), c.n(eb), c.n(ea * eb)))
    res = globals()["_mul_" + how](c, A, B, sa, sb, rk, u, money)
    if how != "direct" and allow_restate and c.chance(0.25):
        r = c.res(A * B, rk, act=V(res), role="restate", ops=("×", A, B))
        c.say(c.pick(["So «%s × %s = %s».", "That means «%s × %s = %s».", "So altogether «%s × %s = %s»."]) % (sa, sb, r))
        res = r
    if how != "direct" and c.chance(0.08):
        k = c.res(F(V(res)) / A, "n", act=B, role="check", ops=("÷", V(res), A))
        c.say("Check: «%s ÷ %s = %s» ✓" % (c.f(res, rk), sa, k))
    return res


def _mul_direct(c, A, B, sa, sb, rk, u, money):
    r = c.res(A * B, rk, role="fact" if A < 10 and B < 10 else "prod", ops=("×", A, B))
    c.eq("%s × %s = %s%s" % (sa, sb, r, u))
    return r


def _split_pick(A, B):
    """Return (X kept, Y split, swapped)."""
    if len(parts(B)) > 1 and (B >= 10):
        if len(parts(A)) > 1 and A > B and B < 10:
            return B, A, True
        return A, B, False
    return B, A, True


def _fmt_side(c, x, money, idx):
    return c.f(x, "money" if money == idx else "n")


def _mul_partial_lines(c, A, B, sa, sb, rk, u, money):
    X, Y, sw = _split_pick(A, B)
    sx = sb if sw else sa
    sy = sa if sw else sb
    ps = parts(Y)
    py = [c.f(p, "money" if (money == (0 if sw else 1)) else "n") for p in ps]
    c.note(c.pick(["Split %s into %s." % (sy, " + ".join(py)),
                   "Break %s into %s." % (sy, " and ".join(py) if len(py) == 2 else ", ".join(py[:-1]) + " and " + py[-1]),
                   "Think of %s as %s." % (sy, " + ".join(py))]))
    pp = []
    for p, spz in zip(ps, py):
        z = len(str(p)) - len(str(p).rstrip("0"))
        if z and X >= 10 and c.chance(0.35):
            d = p // 10 ** z
            s1 = c.res(X * d, rk, role="pp", ops=("×", X, d))
            s2 = c.res(F(V(s1)) * 10 ** z, rk, role="pp10", ops=("×", X, p))
            c.say("«%s × %s = %s», so «%s × %s = %s»." % (sx, d, s1, sx, spz, s2))
            pp.append(s2)
        else:
            s = c.res(X * p, rk, role="pp10" if z else ("fact" if X < 10 else "pp"), ops=("×", X, p))
            c.eq("%s × %s = %s" % (sx, spz, s))
            pp.append(s)
    tot = c.res(sum(F(V(s)) for s in pp), rk, role="sum", ops=("+", [V(s) for s in pp]))
    c.eq("%s = %s%s" % (" + ".join(c.f(s, rk) for s in pp), tot, u))
    return tot


def _mul_partial_chain(c, A, B, sa, sb, rk, u, money):
    X, Y, sw = _split_pick(A, B)
    sx = sb if sw else sa
    sy = sa if sw else sb
    ps = parts(Y)
    py = [c.f(p, "money" if (money == (0 if sw else 1)) else "n") for p in ps]
    pp = []
    for p in ps:
        z = len(str(p)) - len(str(p).rstrip("0"))
        pp.append(c.res(X * p, rk, chain=True, role="pp10" if z else ("fact" if X < 10 else "pp"), ops=("×", X, p)))
    tot = c.res(sum(F(V(s)) for s in pp), rk, role="sum", ops=("+", [V(s) for s in pp]))
    left = "%s × %s" % (sa, sb)
    mid = " + ".join("%s × %s" % (sx, q) for q in py) if not sw else " + ".join("%s × %s" % (q, sx) for q in py)
    paren = ("%s × (%s)" % (sx, " + ".join(py)) if not sw else "(%s) × %s" % (" + ".join(py), sx))
    segs = [left]
    if c.chance(0.5):
        segs.append(paren)
    segs += [mid, " + ".join(str(s) for s in pp), str(tot)]
    c.eq(" = ".join(segs) + u)
    return tot


def _mul_grid(c, A, B, sa, sb, rk, u, money):
    rows = parts(A) if A >= 10 else [A]
    cols = parts(B) if B >= 10 else [B]
    if len(rows) * len(cols) < 2:
        rows, cols = cols, rows
    c.note(c.pick(["Use the box (grid) method: split %s into %s and %s into %s." % (
        c.n(A), " + ".join(map(c.n, rows)), c.n(B), " + ".join(map(c.n, cols))),
        "Grid method with %s across the top and %s down the side." % (
            " and ".join(map(c.n, cols)), " and ".join(map(c.n, rows)))]))
    cells = [[c.res(r * q, "n", role="cell", ops=("×", r, q)) for q in cols] for r in rows]
    if c.st.caps_table and c.chance(0.75):
        tab = [["×"] + [c.n(q) for q in cols]]
        for r, row in zip(rows, cells):
            tab.append([c.n(r)] + [str(s) for s in row])
        c.table(tab)
    else:
        for r, row in zip(rows, cells):
            for q, s in zip(cols, row):
                c.eq("%s × %s = %s" % (c.n(r), c.n(q), s))
    flat = [s for row in cells for s in row]
    if len(rows) > 1 and len(cols) > 1 and c.chance(0.4):
        rts = []
        for r, row in zip(rows, cells):
            rt = c.res(sum(F(V(s)) for s in row), "n", role="sum", ops=("+", [V(s) for s in row]))
            rts.append(rt)
        c.say("Row totals: " + " and ".join("«%s = %s»" % (" + ".join(c.n(s) for s in row), rt)
                                              for row, rt in zip(cells, rts)) + ".")
        tot = c.res(sum(F(V(s)) for s in rts), rk, role="sum", ops=("+", [V(s) for s in rts]))
        c.eq("%s = %s%s" % (" + ".join(c.n(s) for s in rts), tot, u))
    else:
        tot = c.res(sum(F(V(s)) for s in flat), rk, role="sum", ops=("+", [V(s) for s in flat]))
        c.say(c.pick(["Add the boxes: «%s = %s»%s.", "Now add all the parts: «%s = %s»%s."]) % (
            " + ".join(c.n(s) for s in flat), tot, u))
    return tot


def _col_row(c, X, d, label):
    """Standard algorithm X × d (d one digit).  Returns the written row value."""
    ds = [int(ch) for ch in str(X)][::-1]
    carry = 0
    written = []
    lines = []
    for k, xd in enumerate(ds):
        p = c.res(xd * d, "n", role="fact", ops=("×", d, xd))
        last = k == len(ds) - 1
        if carry:
            s = c.res(F(V(p)) + carry, "n", role="col", ops=("+", [V(p), carry], carry))
            txt = "«%d × %d = %s», plus the carried %d: «%s + %d = %s»" % (d, xd, p, carry, c.n(p), carry, s)
            val = I(s)
        else:
            txt = "«%d × %d = %s»" % (d, xd, p)
            val = I(p)
        if last:
            txt += ", write %d." % val
            written.append(val)
        else:
            carry = val // 10
            txt += (", write %d and carry %d." % (val % 10, carry)) if carry else (", write %d." % val)
            written.append(val % 10)
        lines.append(cap(txt) if not label else "%s: %s" % (cap(PLACE[k]), txt))
    row = written[-1] * 10 ** (len(written) - 1) + sum(w * 10 ** k for k, w in enumerate(written[:-1]))
    for ln in lines:
        c.say(ln)
    return row


def _mul_column(c, A, B, sa, sb, rk, u, money):
    if B < 10:
        X, d = A, B
        c.note(c.pick(["Multiply column by column, starting from the ones.",
                       "Use the standard written method, right to left:"]))
        row = _col_row(c, X, d, c.chance(0.5))
        tot = row
        if c.st.caps_code and c.chance(0.5):
            fin = c.res(X * d, "raw", act=row, role="restate", ops=("×", X, d))
            w = len(str(max(X, row))) + 2
            c.code([str(X).rjust(w), ("× " + str(d)).rjust(w), "-" * w, padslot(fin, w)])
            return fin
        else:
            c.say(c.pick(["The digits read %s." % c.n(row), "Reading the answer off: %s." % c.n(row)]))
        return tot
    X = A
    y1, y0 = B // 10, B % 10
    c.note("Long multiplication: first multiply %s by the %d ones, then by the %d tens." % (c.n(X), y0, y1))
    r0 = _col_row(c, X, y0, False)
    c.say("First row: %s." % c.n(r0))
    c.note("Now the tens digit %d: put a 0 in the ones place, then multiply." % y1)
    r1 = _col_row(c, X, y1, False)
    r1v = r1 * 10
    c.say("Second row: %s." % c.n(r1v))
    tot = c.res(r0 + r1v, rk, role="sum", ops=("+", [r0, r1v]))
    c.eq("%s + %s = %s%s" % (c.n(r0), c.n(r1v), tot, u))
    if c.st.caps_code and c.chance(0.4):
        fin = c.res(X * B, "raw", act=V(tot), role="restate", ops=("×", X, B))
        w = len(str(I(fin))) + 2
        c.code([str(X).rjust(w), ("× " + str(B)).rjust(w), "-" * w, str(r0).rjust(w),
                ("+ " + str(r1v)).rjust(w), "-" * w, padslot(fin, w)])
        return fin
    return tot


def _mul_lattice(c, A, B, sa, sb, rk, u, money):
    ad = [int(ch) for ch in str(A)]
    bd = [int(ch) for ch in str(B)]
    La, Lb = len(ad), len(bd)
    c.note(c.pick(["Lattice method: write %d across the top and %d down the side. Each box holds its product as "
                   "tens/ones." % (A, B),
                   "Use a lattice: every box shows the product of its row and column digits, split tens/ones."]))
    cells = [[c.res(x * y, "lattice", role="cell", ops=("×", y, x)) for x in ad] for y in bd]
    tab = [["×"] + [str(x) for x in ad]]
    for y, row in zip(bd, cells):
        tab.append([str(y)] + [str(s) for s in row])
    c.table(tab)
    c.note("Now add along the diagonals, starting from the bottom right.")
    contrib = {}
    for j, row in enumerate(cells):
        for i, s in enumerate(row):
            v = I(s)
            if v > 99:
                raise Bad("lattice")
            p = (La - 1 - i) + (Lb - 1 - j)
            contrib.setdefault(p, []).append(v % 10)
            contrib.setdefault(p + 1, []).append(v // 10)
    carry = 0
    written = []
    top = La + Lb
    for p in range(top):
        terms = list(reversed(contrib.get(p, []))) + ([carry] if carry else [])
        lab = "Diagonal %d" % (p + 1)
        if p == top - 1 and sum(terms) == 0:
            break
        if len(terms) == 1:
            written.append(terms[0] % 10)
            carry = terms[0] // 10
            c.say("%s: just %d, so write %d." % (lab, terms[0], terms[0] % 10))
            continue
        s = c.res(sum(terms), "n", role="col", ops=("+", terms, carry))
        val = I(s)
        carry = val // 10
        if carry and p < top - 1:
            c.say("%s: «%s = %s», write %d and carry %d." % (lab, " + ".join(map(str, terms)), s, val % 10, carry))
            written.append(val % 10)
        else:
            c.say("%s: «%s = %s», write %d." % (lab, " + ".join(map(str, terms)), s, val))
            written.append(val)
            carry = 0
    tot = written[-1] * 10 ** (len(written) - 1) + sum(w * 10 ** k for k, w in enumerate(written[:-1]))
    c.say(c.pick(["Reading the digits from the left gives %s%s.", "So the lattice gives %s%s."]) % (c.f(tot, rk), u))
    return F(tot)


def _mul_ppblock(c, A, B, sa, sb, rk, u, money):
    ap, bp = parts(A), parts(B)
    rows = []
    for q in reversed(bp):
        for p in reversed(ap):
            rows.append((c.res(p * q, "raw", chain=True, role="pp10" if (p * q) % 10 == 0 and p * q >= 100 else "pp",
                               ops=("×", q, p)), q, p))
    c.note(c.pick(["Partial products, written in columns:", "Write out every partial product:"]))
    tot = c.res(A * B, "raw", act=sum(F(V(s)) for s, _, _ in rows), role="restate", ops=("×", A, B))
    w = len(str(max(A * B, I(tot)))) + 4
    lines = [str(A).rjust(w), ("× " + str(B)).rjust(w), "-" * w]
    for k, (s, q, p) in enumerate(rows):
        pre = "+ " if k == len(rows) - 1 else ""
        lines.append(" " * max(0, w - len(pre) - len(s.text)) + pre + str(s) + "   (%d × %d)" % (q, p))
    lines += ["-" * w, padslot(tot, w)]
    c.code(lines)
    return tot


def _mul_comp(c, A, B, sa, sb, rk, u, money):
    if near_round(B) and A > 1 and A % 10:
        X, Y, sx, sy, yi = A, B, sa, sb, 1
    else:
        X, Y, sx, sy, yi = B, A, sb, sa, 0
    R, k = near_round(Y)
    op = "−" if k > 0 else "+"
    kk = abs(k)
    yk = "money" if money == yi else "n"
    sR, sk = c.f(R, yk), c.f(kk, yk)
    if c.chance(0.5):
        P = c.res(X * R, rk, chain=True, role="pp10", ops=("×", X, R))
        Q = c.res(X * kk, rk, chain=True, role="fact" if X < 10 else "pp", ops=("×", X, kk))
        S = c.res(F(V(P)) - V(Q) if k > 0 else F(V(P)) + V(Q), rk, role="sum", ops=(op, [V(P), V(Q)]))
        if yi == 1:
            e = "%s × %s = %s × %s %s %s × %s = %s %s %s = %s" % (sx, sy, sx, sR, op, sx, sk, P, op, Q, S)
        else:
            e = "%s × %s = %s × %s %s %s × %s = %s %s %s = %s" % (sy, sx, sR, sx, op, sk, sx, P, op, Q, S)
        c.eq(e + u)
        return S
    c.note(c.pick(["%s is %s %s than %s, so multiply by %s and then %s %s group%s of %s." % (
        cap(sy), sk, "less" if k > 0 else "more", sR, sR, "take away" if k > 0 else "add", "one" if kk == 1 else WORDS[kk],
        "" if kk == 1 else "s", sx),
        "Round %s to %s, then adjust." % (sy, sR)]))
    P = c.res(X * R, rk, role="pp10", ops=("×", X, R))
    c.eq("%s × %s = %s" % (sx, sR, P))
    if kk == 1:
        Qv = c.f(X, rk)
    else:
        Qs = c.res(X * kk, rk, role="fact" if X < 10 else "pp", ops=("×", X, kk))
        c.eq("%s × %s = %s" % (sx, sk, Qs))
        Qv = c.f(Qs, rk)
    qval = X if kk == 1 else V(Qs)
    S = c.res(F(V(P)) - qval if k > 0 else F(V(P)) + qval, rk, role="sum", ops=(op, [V(P), qval]))
    c.eq("%s %s %s = %s%s" % (c.f(P, rk), op, Qv, S, u))
    return S


def _mul_dh(c, A, B, sa, sb, rk, u, money):
    if dh_steps(A, B) and B % 10:
        x, y, xi = A, B, 0
    else:
        x, y, xi = B, A, 1
    k = dh_steps(x, y)
    form = c.pick(["chain", "words", "eqs"])
    xk = "money" if money == xi else "n"
    yk = "money" if money == 1 - xi else "n"
    if form == "chain":
        segs = ["%s × %s" % (c.f(x, xk), c.f(y, yk))]
        cx, cy = x, y
        for _ in range(k):
            cx, cy = cx * 2, cy // 2
            segs.append("%s × %s" % (c.f(cx, xk), c.f(cy, yk)))
        S = c.res(cx * cy, rk, role="prod", ops=("×", cx, cy))
        c.note("Double one factor and halve the other.")
        c.eq(" = ".join(segs) + " = %s%s" % (S, u))
        return S
    cx, cy = F(x), F(y)
    for _ in range(k):
        if cy.denominator != 1 or int(cy) % 2:
            raise Bad("odd halving")
        nx = c.res(cx * 2, xk, role="double", ops=("×", cx, 2))
        ny = c.res(cy / 2, yk, role="half", ops=("÷", cy, 2))
        if form == "words":
            c.say("Double %s to get %s and halve %s to get %s." % (c.f(cx, xk), nx, c.f(cy, yk), ny))
        else:
            c.say("«%s × 2 = %s» and «%s ÷ 2 = %s», so «%s × %s = %s × %s»." % (
                c.f(cx, xk), nx, c.f(cy, yk), ny, c.f(cx, xk), c.f(cy, yk), c.f(nx, xk), c.f(ny, yk)))
        cx, cy = F(V(nx)), F(V(ny))
    S = c.res(cx * cy, rk, role="prod", ops=("×", cx, cy))
    c.eq("%s × %s = %s%s" % (c.f(cx, xk), c.f(cy, yk), S, u))
    return S


def _mul_tens(c, A, B, sa, sb, rk, u, money):
    if B % 10 == 0 and len(parts(B)) == 1 and A % 10:
        X, Y, sx, sy = A, B, sa, sb
    else:
        X, Y, sx, sy = B, A, sb, sa
    z = len(str(Y)) - len(str(Y).rstrip("0"))
    d = Y // 10 ** z
    t = 10 ** z
    if c.chance(0.5):
        P = c.res(X * d, rk, chain=True, role="fact" if X < 10 else "pp", ops=("×", X, d))
        S = c.res(F(V(P)) * t, rk, role="pp10", ops=("×", V(P), t))
        c.eq("%s × %s = %s × %d × %s = %s × %s = %s%s" % (sx, sy, sx, d, c.n(t), P, c.n(t), S, u))
        return S
    P = c.res(X * d, rk, role="fact" if X < 10 else "pp", ops=("×", X, d))
    S = c.res(F(V(P)) * t, rk, role="pp10", ops=("×", V(P), t))
    c.say("«%s × %d = %s», then multiply by %s (%s): «%s × %s = %s»%s." % (
        sx, d, P, c.n(t), "add a zero" if z == 1 else "add %s zeros" % WORDS[z], c.f(P, rk), c.n(t), S, u))
    return S


# ---------------------------------------------------------------- addition
def add(c, nums, money=False, unit="", how=None, allow_restate=True):
    vals = [F(V(x)) for x in nums]
    if any(v < 0 for v in vals):
        raise Bad("neg")
    kk = "money" if money else "n"
    ints = all(v.denominator == 1 for v in vals)
    u = (" " + unit) if unit and c.chance(0.35) else ""
    opts = {"direct": 0.5}
    if ints:
        iv = [int(v) for v in vals]
        if max(iv) >= 10:
            opts["column"] = 2
        if len(iv) == 2 and all(10 <= v < 1000 for v in iv) and len(str(iv[0])) == len(str(iv[1])):
            opts["split"] = 2
        if len(iv) == 2 and near_round(iv[1]) and near_round(iv[1])[1] > 0 and iv[1] >= 18:
            opts["comp"] = 2.5
        if len(iv) == 2 and 10 <= iv[1] < 1000 and len(parts(iv[1])) > 1:
            opts["count_on"] = 1.5
    elif len(vals) == 2 and money:
        opts["split_money"] = 2
    how = how if how in opts else c.choose(opts)
    res = globals()["_add_" + how](c, vals, kk, u)
    if how not in ("direct",) and allow_restate and c.chance(0.25):
        r = c.res(sum(vals), kk, act=V(res), role="restate", ops=("+", vals))
        c.say(c.pick(["So «%s = %s».", "That gives «%s = %s»."]) % (" + ".join(c.f(v, kk) for v in vals), r))
        res = r
    return res


def _add_direct(c, vals, kk, u):
    if len(vals) > 2 and c.chance(0.4):
        run = vals[0]
        out = None
        for v in vals[1:]:
            out = c.res(run + v, kk, role="sum", ops=("+", [run, v]))
            c.eq("%s + %s = %s" % (c.f(run, kk), c.f(v, kk), out))
            run = F(V(out))
        return out
    r = c.res(sum(vals), kk, role="sum", ops=("+", vals))
    c.eq("%s = %s%s" % (" + ".join(c.f(v, kk) for v in vals), r, u))
    return r


def _add_column(c, vals, kk, u):
    iv = [int(v) for v in vals]
    L = max(len(str(v)) for v in iv)
    c.note(c.pick(["Line the numbers up by place value and add column by column, starting with the ones.",
                   "Add in columns (ones, then tens, then hundreds), carrying when a column reaches 10 or more.",
                   "Column addition:"]))
    carry = 0
    written = []
    for k in range(L):
        ds = [(v // 10 ** k) % 10 for v in iv if v >= 10 ** k]
        terms = ds + ([carry] if carry else [])
        lab = cap(PLACE[k])
        if len(terms) == 1:
            written.append(terms[0])
            c.say("%s: only %s%d, so write %d." % (lab, "the carried " if not ds else "", terms[0], terms[0]))
            carry = 0
            continue
        s = c.res(sum(terms), "n", role="col", ops=("+", terms, carry))
        val = I(s)
        last = k == L - 1
        expr = " + ".join(str(t) for t in terms)
        if last:
            if val < 10 or c.chance(0.5):
                c.say("%s: «%s = %s», write %d." % (lab, expr, s, val))
            else:
                c.say("%s: «%s = %s», write %d and carry %d." % (lab, expr, s, val % 10, val // 10))
                c.say("Bring the carried %d down into the %s place." % (val // 10, PLACE[k + 1]))
            written.append(val)
        else:
            carry = val // 10
            tail = (c.pick([", write %d and carry %d.", " → write %d, carry %d.", ", so write %d, carry %d."]) %
                    (val % 10, carry)) if carry else ", write %d." % val
            c.say("%s: «%s = %s»%s" % (lab, expr, s, tail))
            written.append(val % 10)
    tot = written[-1] * 10 ** (len(written) - 1) + sum(w * 10 ** k for k, w in enumerate(written[:-1]))
    res = c.res(sum(vals), "raw", act=tot, role="restate", ops=("+", vals)) if c.st.caps_code and c.chance(0.45) else None
    if res is not None:
        w = len(str(max(iv + [tot]))) + 2
        lines = [str(v).rjust(w) for v in iv[:-1]] + [("+ " + str(iv[-1])).rjust(w), "-" * w, padslot(res, w)]
        c.code(lines)
        return res
    c.say(c.pick(["Reading the digits: %s%s.", "The total is %s%s.", "So the sum is %s%s."]) % (c.f(tot, kk), u))
    return F(tot)


def _add_split(c, vals, kk, u):
    a, b = int(vals[0]), int(vals[1])
    L = max(len(str(a)), len(str(b)))
    pa = [(a // 10 ** k % 10) * 10 ** k for k in range(L)][::-1]
    pb = [(b // 10 ** k % 10) * 10 ** k for k in range(L)][::-1]
    pairs = [(x, y, L - 1 - j) for j, (x, y) in enumerate(zip(pa, pb))]
    if c.chance(0.5):
        subs = [c.res(x + y, "n", chain=True, role="sum", ops=("+", [x, y])) for x, y, _ in pairs]
        tot = c.res(sum(F(V(s)) for s in subs), kk, role="sum", ops=("+", [V(s) for s in subs]))
        if L == 2 and c.chance(0.5):
            mid = "%s + %s + %s + %s" % (c.n(pa[0]), c.n(pb[0]), c.n(pa[1]), c.n(pb[1]))
        else:
            mid = " + ".join("(%s + %s)" % (c.n(x), c.n(y)) for x, y, _ in pairs)
        c.eq("%s + %s = %s = %s = %s%s" % (c.f(a, kk), c.f(b, kk), mid, " + ".join(str(s) for s in subs), tot, u))
        return tot
    c.note(c.pick(["Split both numbers into place values and add each part.",
                   "Add the %s first, then the rest." % ("hundreds" if L == 3 else "tens")]))
    subs = []
    for x, y, k in pairs:
        s = c.res(x + y, "n", role="sum", ops=("+", [x, y]))
        c.say("%s: «%s + %s = %s»" % (cap(PLACE[k]), c.n(x), c.n(y), s))
        subs.append(s)
    tot = c.res(sum(F(V(s)) for s in subs), kk, role="sum", ops=("+", [V(s) for s in subs]))
    c.eq("%s = %s%s" % (" + ".join(c.n(s) for s in subs), tot, u))
    return tot


def _add_comp(c, vals, kk, u):
    a, b = int(vals[0]), int(vals[1])
    R, k = near_round(b)
    sa, sb, sR = c.f(a, kk), c.f(b, kk), c.f(R, kk)
    sk = c.f(k, kk)
    if c.chance(0.5):
        P = c.res(a + R, kk, chain=True, role="sum", ops=("+", [a, R]))
        S = c.res(F(V(P)) - k, kk, role="diff", ops=("−", V(P), k))
        c.eq("%s + %s = %s + %s − %s = %s − %s = %s%s" % (sa, sb, sa, sR, sk, P, sk, S, u))
        return S
    c.note("%s is close to %s: add %s, then take %s back off." % (cap(sb), sR, sR, sk))
    P = c.res(a + R, kk, role="sum", ops=("+", [a, R]))
    c.eq("%s + %s = %s" % (sa, sR, P))
    S = c.res(F(V(P)) - k, kk, role="diff", ops=("−", V(P), k))
    c.eq("%s − %s = %s%s" % (c.f(P, kk), sk, S, u))
    return S


def _add_count_on(c, vals, kk, u):
    a, b = int(vals[0]), int(vals[1])
    jumps = parts(b)
    pos = F(a)
    if c.chance(0.5):
        segs = []
        for j, jp in enumerate(jumps):
            s = c.res(pos + jp, kk, role="sum", ops=("+", [pos, jp]))
            segs.append((jp, s))
            pos = F(V(s))
        c.say("Count on from %s: " % c.f(a, kk) + ", then ".join(
            "jump %s to %s" % (c.f(jp, kk), s) for jp, s in segs) + ".")
        return segs[-1][1]
    c.note("Start at %s and count on %s in jumps." % (c.f(a, kk), c.f(b, kk)))
    s = None
    for jp in jumps:
        s = c.res(pos + jp, kk, role="sum", ops=("+", [pos, jp]))
        c.eq("%s + %s = %s" % (c.f(pos, kk), c.f(jp, kk), s))
        pos = F(V(s))
    return s


def _add_split_money(c, vals, kk, u):
    a, b = vals
    da, db = int(a), int(b)
    ca, cb = int((a - da) * 100), int((b - db) * 100)
    conv = ca + cb >= 100 or c.chance(0.3)
    D = c.res(da + db, "money", role="sum", ops=("+", [da, db]))
    C = c.res(ca + cb, "cents", chain=conv, role="sum", ops=("+", [ca, cb]))
    if conv:
        Cd = c.res(F(V(C)) / 100, "money", role="conv", ops=("=", V(C)))
        c.say("Dollars: «%s + %s = %s». Cents: «%d¢ + %d¢ = %s = %s»." % (
            c.m(da), c.m(db), D, ca, cb, C, Cd))
        cv = F(V(Cd))
    else:
        c.say("Dollars: «%s + %s = %s». Cents: «%d¢ + %d¢ = %s»." % (c.m(da), c.m(db), D, ca, cb, C))
        cv = F(V(C)) / 100
    T = c.res(F(V(D)) + cv, "money", role="sum", ops=("+", [V(D), cv]))
    c.eq("%s + %s = %s" % (c.m(D), c.m(cv), T))
    return T


# ---------------------------------------------------------------- subtraction
def sub(c, a, b, money=False, unit="", how=None, allow_restate=True, check=None):
    A, B = F(V(a)), F(V(b))
    if B > A or A < 0 or B < 0:
        raise Bad("negative difference")
    kk = "money" if money else "n"
    u = (" " + unit) if unit and c.chance(0.35) else ""
    ints = A.denominator == 1 and B.denominator == 1
    opts = {"direct": 0.5}
    if ints:
        Ai, Bi = int(A), int(B)
        if Ai >= 10 and Bi >= 1:
            opts["column"] = 2
        if near_round(Bi) and near_round(Bi)[1] > 0 and Bi < Ai - 2:
            opts["comp"] = 2.5
        if 10 <= Bi < 1000 and len(parts(Bi)) > 1 and Ai < 10000:
            opts["split"] = 1.2
    if B > 0 and A - B > 0 and (A % 10 == 0 or money):
        opts["count_up"] = 2.5 if money else 1.5
    how = how if how in opts else c.choose(opts)
    res = globals()["_sub_" + how](c, A, B, kk, u)
    if how != "direct" and allow_restate and c.chance(0.2):
        r = c.res(A - B, kk, act=V(res), role="restate", ops=("−", A, B))
        c.say(c.pick(["So «%s − %s = %s».", "That means «%s − %s = %s»."]) % (c.f(A, kk), c.f(B, kk), r))
        res = r
    if (check if check is not None else c.chance(0.15)):
        k = c.res(F(V(res)) + B, kk, act=A, role="check", ops=("+", [V(res), B]))
        c.say(c.pick(["Check: «%s + %s = %s» ✓", "Check by adding back: «%s + %s = %s», which matches."]) % (
            c.f(res, kk), c.f(B, kk), k))
    return res


def _sub_direct(c, A, B, kk, u):
    r = c.res(A - B, kk, role="diff", ops=("−", A, B))
    c.eq("%s − %s = %s%s" % (c.f(A, kk), c.f(B, kk), r, u))
    return r


def _sub_column(c, A, B, kk, u):
    A, B = int(A), int(B)
    top = [int(ch) for ch in str(A)][::-1]
    bot = [int(ch) for ch in str(B)][::-1]
    c.note(c.pick(["Subtract column by column from the ones, regrouping when the top digit is too small.",
                   "Column subtraction (with regrouping):", "Line up the digits and subtract right to left."]))
    written = []
    n = len(top)
    for i in range(n):
        lab = cap(PLACE[i])
        if i >= len(bot):
            if i == n - 1 and top[i] == 0:
                break
            written.append(top[i])
            c.say("%s: nothing to subtract, so bring down the %d." % (lab, top[i]))
            continue
        bd = bot[i]
        pre = ""
        if top[i] < bd:
            j = i + 1
            while top[j] == 0:
                j += 1
            if j == i + 1:
                pre = "%d is less than %d, so regroup: take 1 from the %s (%d → %d), and the %d becomes %d. " % (
                    top[i], bd, PLACE[j], top[j], top[j] - 1, top[i], top[i] + 10)
            else:
                pre = ("%d is less than %d and there are no %s to borrow, so regroup from the %s: %d → %d, "
                       "each 0 in between becomes 9, and the %d becomes %d. ") % (
                    top[i], bd, PLACE[i + 1], PLACE[j], top[j], top[j] - 1, top[i], top[i] + 10)
            top[j] -= 1
            for m in range(i + 1, j):
                top[m] = 9
            top[i] += 10
        elif i > 0 and int(str(A)[::-1][i]) != top[i] and top[i] < 10:
            pre = "after regrouping the top digit is %d, so " % top[i]
        s = c.res(top[i] - bd, "n", role="coldiff", ops=("−", top[i], bd))
        c.say("%s: %s«%d − %d = %s»." % (lab, pre, top[i], bd, s))
        v = I(s)
        if v > 9:
            raise Bad("digit")
        written.append(v)
    tot = sum(w * 10 ** k for k, w in enumerate(written))
    if c.st.caps_code and c.chance(0.4):
        res = c.res(A - B, "raw", act=tot, role="restate", ops=("−", A, B))
        w = len(str(A)) + 2
        c.code([str(A).rjust(w), ("- " + str(B)).rjust(w), "-" * w, padslot(res, w)])
        return res
    c.say(c.pick(["So the difference is %s%s.", "Reading the digits: %s%s."]) % (c.f(tot, kk), u))
    return F(tot)


def _sub_comp(c, A, B, kk, u):
    R, k = near_round(int(B))
    sA, sB, sR, sk = c.f(A, kk), c.f(B, kk), c.f(R, kk), c.f(k, kk)
    if c.chance(0.5):
        P = c.res(A - R, kk, chain=True, role="diff", ops=("−", A, R))
        S = c.res(F(V(P)) + k, kk, role="sum", ops=("+", [V(P), k]))
        c.eq("%s − %s = %s − %s + %s = %s + %s = %s%s" % (sA, sB, sA, sR, sk, P, sk, S, u))
        return S
    c.note("Take away %s instead of %s, then give back the extra %s." % (sR, sB, sk))
    P = c.res(A - R, kk, role="diff", ops=("−", A, R))
    c.eq("%s − %s = %s" % (sA, sR, P))
    S = c.res(F(V(P)) + k, kk, role="sum", ops=("+", [V(P), k]))
    c.eq("%s + %s = %s%s" % (c.f(P, kk), sk, S, u))
    return S


def _sub_split(c, A, B, kk, u):
    ps = parts(int(B))
    sA = c.f(A, kk)
    if c.chance(0.5) and len(ps) == 2:
        P = c.res(A - ps[0], kk, chain=True, role="diff", ops=("−", A, ps[0]))
        S = c.res(F(V(P)) - ps[1], kk, role="diff", ops=("−", V(P), ps[1]))
        c.eq("%s − %s = %s − %s − %s = %s − %s = %s%s" % (sA, c.f(B, kk), sA, c.f(ps[0], kk), c.f(ps[1], kk),
                                                         P, c.f(ps[1], kk), S, u))
        return S
    c.note("Take away %s in parts: %s." % (c.f(B, kk), ", then ".join(c.f(p, kk) for p in ps)))
    pos = A
    S = None
    for p in ps:
        S = c.res(pos - p, kk, role="diff", ops=("−", pos, p))
        c.eq("%s − %s = %s" % (c.f(pos, kk), c.f(p, kk), S))
        pos = F(V(S))
    return S


def _sub_count_up(c, A, B, kk, u):
    marks = []
    cur = B
    if cur.denominator != 1:
        marks.append(F(int(cur) + 1))
        cur = marks[-1]
    if cur % 10 and cur + (10 - cur % 10) <= A:
        marks.append(cur + (10 - cur % 10))
        cur = marks[-1]
    if cur % 100 and A >= 200 and cur + (100 - cur % 100) <= A:
        marks.append(cur + (100 - cur % 100))
        cur = marks[-1]
    if not marks or marks[-1] != A:
        marks.append(A)
    c.note(c.pick(["Count up from %s to %s." % (c.f(B, kk), c.f(A, kk)),
                   "Find the difference by counting on from %s." % c.f(B, kk)]))
    frm = B
    hops = []
    for mk in marks:
        h = c.res(mk - frm, kk, role="jump", ops=("−", mk, frm))
        c.say("From %s to %s is %s." % (c.f(frm, kk), c.f(mk, kk), h))
        hops.append(h)
        frm = mk
    if len(hops) == 1:
        return hops[0]
    S = c.res(sum(F(V(h)) for h in hops), kk, role="sum", ops=("+", [V(h) for h in hops]))
    c.eq("%s = %s%s" % (" + ".join(c.f(h, kk) for h in hops), S, u))
    return S


# ---------------------------------------------------------------- division
def div(c, a, d, mode="exact", money=None, unit="", how=None):
    A, D = I(a), I(d)
    if D == 0:
        raise Bad("div0")
    if mode == "exact" and A % D:
        raise Bad("not exact")
    qk = "money" if money == 0 else "n"
    sA = c.f(A, "money" if money in (0, 2) else "n")
    sD = c.f(D, "money" if money == 2 else "n")
    opts = {"direct": 0.6 if A // D <= 20 else 0.25, "long": 2.5}
    if A >= 10 * D:
        opts["chunk"] = 1.5
    q0 = A // D
    if mode == "exact" and D < 10 and q0 >= 10 and len(parts(q0)) == 2 and A >= 40:
        opts["partition"] = 1.5
    how = how if how in opts else c.choose(opts)
    q, r = globals()["_div_" + how](c, A, D, sA, sD, mode, qk)
    if how != "direct" and c.chance(0.3):
        qq = c.res(A // D, qk, act=V(q), role="restate", ops=("÷", A, D))
        if mode == "exact":
            c.say(c.pick(["So «%s ÷ %s = %s».", "So «%s ÷ %s = %s» exactly."]) % (sA, sD, qq))
        else:
            rr = c.res(A % D, "n", act=V(r), role="restate", ops=("%", A, D))
            c.say("So «%s ÷ %s = %s» %s." % (sA, sD, qq, c.pick(["remainder %s", "R %s", "r %s"]) % rr)
                  if c.st.name != "latex" else "So «%s ÷ %s = %s \\text{ R } %s»." % (sA, sD, qq, rr))
            r = rr
        q = qq
    if c.chance(0.22):
        if mode == "exact" or I(r) == 0:
            k = c.res(F(V(q)) * D, "n", act=A, role="check", ops=("×", V(q), D))
            c.say(c.pick(["Check: «%s × %s = %s» ✓", "Check with multiplication: «%s × %s = %s». ✓"]) % (
                c.n(q), c.n(D), k))
        else:
            k = c.res(F(V(q)) * D + V(r), "n", act=A, role="check", ops=("×+", V(q), D, V(r)))
            c.say("Check: «%s × %s + %s = %s» ✓" % (c.n(q), c.n(D), c.n(r), k))
    return q, r


def _div_direct(c, A, D, sA, sD, mode, qk):
    q = c.res(A // D, qk, role="quot", ops=("÷", A, D))
    if mode == "exact":
        c.eq("%s ÷ %s = %s" % (sA, sD, q))
        return q, 0
    r = c.res(F(A) - F(V(q)) * D, "n", role="rem", ops=("%", A, D))
    if not (0 <= V(r) < D):
        raise Bad("rem")
    if c.st.name == "latex":
        c.eq("%s ÷ %s = %s \\text{ R } %s" % (sA, sD, q, r))
    else:
        c.say("«%s ÷ %s = %s» %s" % (sA, sD, q, c.pick(["remainder %s", "R %s", "r %s", "with remainder %s"]) % r))
    return q, r


def _div_long(c, A, D, sA, sD, mode, qk):
    digs = str(A)
    k = 1
    cur = int(digs[:1])
    while cur < D and k < len(digs):
        k += 1
        cur = int(digs[:k])
    c.note(c.pick(["Long division, %s ÷ %s:" % (sA, sD), "Use long division.",
                   "Divide step by step (long division):"]))
    if k > 1:
        c.say("%s doesn't go into %s, so start with %s." % (c.n(D), digs[:k - 1], c.n(cur)))
    qd = []
    form = c.pick(["goes", "goes", "howmany"])
    rv = cur
    while True:
        zero = cur < D
        q = c.res(cur // D, "times" if form == "goes" else "n", role="qdigit", ops=("÷", cur, D))
        qv = I(q)
        if zero:
            if qv != 0:
                raise Bad("zero digit")
            rv = cur
            txt = ("%s goes into %s %s, so write 0 in the quotient." % (c.n(D), c.n(cur), q) if form == "goes"
                   else "How many %ss in %s? %s, so write 0 in the quotient." % (c.n(D), c.n(cur), q))
        else:
            if qv == 0:
                raise Bad("zero digit")
            p = c.res(qv * D, "n", role="fact" if D < 10 else "prod", ops=("×", qv, D))
            rr = c.res(cur - F(V(p)), "n", role="ldiff", ops=("−", cur, V(p)))
            rv = I(rr)
            if rv >= D:
                raise Bad("remainder too big")
            if form == "goes":
                txt = "%s goes into %s %s: «%d × %s = %s», and «%s − %s = %s»." % (
                    c.n(D), c.n(cur), q, qv, c.n(D), p, c.n(cur), c.n(p), rr)
            else:
                txt = "How many %ss in %s? %s, because «%d × %s = %s»; «%s − %s = %s»." % (
                    c.n(D), c.n(cur), q, qv, c.n(D), p, c.n(cur), c.n(p), rr)
        qd.append(qv)
        if k == len(digs):
            c.say(txt)
            break
        nd = int(digs[k])
        k += 1
        cur = rv * 10 + nd
        c.say(txt + " Bring down the %d to make %s." % (nd, c.n(cur)))
    qt = int("".join(map(str, qd)))
    if mode == "exact":
        if rv:
            raise Bad("not exact")
        c.say(c.pick(["The remainder is 0, so the quotient is %s." % c.f(qt, qk),
                      "Nothing is left over, so the answer is %s." % c.f(qt, qk),
                      "Reading the quotient digits: %s." % c.f(qt, qk)]))
    else:
        c.say(c.pick(["The quotient is %s and the remainder is %s." % (c.n(qt), c.n(rv)),
                      "That gives %s with %s left over." % (c.n(qt), c.n(rv))]))
    return F(qt), F(rv)


def _div_chunk(c, A, D, sA, sD, mode, qk):
    c.note(c.pick(["Take away chunks of %s:" % sD, "Use chunking (repeated subtraction of easy multiples)."]))
    rem = F(A)
    got = []
    while rem >= D:
        if len(got) > 6:
            raise Bad("chunks")
        kk = 1
        while kk * 10 * D <= rem:
            kk *= 10
        m = int(rem // (kk * D))
        ch = m * kk
        p = c.res(ch * D, "n", role="pp10" if kk > 1 else ("fact" if D < 10 else "prod"), ops=("×", ch, D))
        r = c.res(rem - F(V(p)), "n", role="ldiff", ops=("−", rem, V(p)))
        if V(r) < 0:
            raise Bad("neg chunk")
        c.say("«%s × %s = %s», and «%s − %s = %s»." % (c.n(ch), c.n(D), p, c.n(rem), c.n(p), r))
        got.append(ch)
        rem = F(V(r))
    if len(got) > 1:
        q = c.res(sum(got), qk, role="sum", ops=("+", got))
        c.say("Add up the chunks: «%s = %s»%s." % (" + ".join(c.n(g) for g in got), q,
                                                   "" if mode == "exact" else ", with %s left over" % c.n(rem)))
    else:
        q = F(got[0]) if got else F(0)
        c.say("That is %s groups%s." % (c.n(q), "" if mode == "exact" else " with %s left over" % c.n(rem)))
    if mode == "exact" and rem:
        raise Bad("not exact")
    return q, rem


def _div_partition(c, A, D, sA, sD, mode, qk):
    q0 = A // D
    qs = parts(q0)
    ps = [p * D for p in qs]
    if c.chance(0.5):
        subs = [c.res(p // D, "n", chain=True, role="quot", ops=("÷", p, D)) for p in ps]
        q = c.res(sum(F(V(s)) for s in subs), qk, role="sum", ops=("+", [V(s) for s in subs]))
        c.eq("%s ÷ %s = %s = %s = %s" % (sA, sD, " + ".join("%s ÷ %s" % (c.n(p), sD) for p in ps),
                                        " + ".join(str(s) for s in subs), q))
        return q, 0
    c.note("Split %s into %s, which are easy to divide by %s." % (c.n(A), " + ".join(c.n(p) for p in ps), sD))
    subs = []
    for p in ps:
        s = c.res(p // D, "n", role="quot", ops=("÷", p, D))
        c.eq("%s ÷ %s = %s" % (c.n(p), sD, s))
        subs.append(s)
    q = c.res(sum(F(V(s)) for s in subs), qk, role="sum", ops=("+", [V(s) for s in subs]))
    c.eq("%s = %s" % (" + ".join(c.n(s) for s in subs), q))
    return q, 0


# ---------------------------------------------------------------- money with cents
def mul_money(c, price, n, unit=""):
    P, N = F(V(price)), I(n)
    if P.denominator == 1:
        return mul(c, P, N, money=0, unit=unit)
    dollars = int(P)
    cents = int((P - dollars) * 100)
    opts = {"direct": 0.5, "split": 2.5}
    if cents >= 95:
        opts["comp"] = 3
    how = c.choose(opts)
    sp, sn = c.m(P), c.n(N)
    if how == "direct":
        r = c.res(P * N, "money", role="prod", ops=("×", P, N))
        c.eq("%s × %s = %s" % (sp, sn, r))
        return r
    if how == "comp":
        R = dollars + 1
        k = R - P
        if c.chance(0.5):
            A1 = c.res(R * N, "money", chain=True, role="pp", ops=("×", R, N))
            B1 = c.res(k * N, "money", chain=True, role="pp", ops=("×", k, N))
            S = c.res(F(V(A1)) - F(V(B1)), "money", role="diff", ops=("−", V(A1), V(B1)))
            c.eq("%s × %s = %s × %s − %s × %s = %s − %s = %s" % (sp, sn, c.m(R), sn, c.m(k), sn, A1, B1, S))
            return S
        c.note("%s is %s less than %s." % (sp, c.m(k) if c.chance(0.5) else "%d¢" % int(k * 100), c.m(R)))
        A1 = c.res(R * N, "money", role="pp", ops=("×", R, N))
        c.eq("%s × %s = %s" % (c.m(R), sn, A1))
        B1 = c.res(k * N, "money", role="pp", ops=("×", k, N))
        c.eq("%s × %s = %s" % (c.m(k), sn, B1))
        S = c.res(F(V(A1)) - F(V(B1)), "money", role="diff", ops=("−", V(A1), V(B1)))
        c.eq("%s − %s = %s" % (c.m(A1), c.m(B1), S))
        return S
    c.note(c.pick(["Split %s into %s and %s." % (sp, c.m(dollars), c.m(P - dollars)),
                   "Do the dollars and the cents separately."]))
    D1 = c.res(dollars * N, "money", role="pp", ops=("×", dollars, N)) if dollars else F(0)
    if dollars:
        c.eq("%s × %s = %s" % (c.m(dollars), sn, D1))
    if c.chance(0.5):
        C1 = c.res(cents * N, "cents", chain=True, role="pp", ops=("×", cents, N))
        C2 = c.res(F(V(C1)) / 100, "money", role="conv", ops=("=", V(C1)))
        c.eq("%d¢ × %s = %s = %s" % (cents, sn, C1, C2))
    else:
        C2 = c.res(F(cents, 100) * N, "money", role="pp", ops=("×", F(cents, 100), N))
        c.eq("%s × %s = %s" % (c.m(F(cents, 100)), sn, C2))
    if not dollars:
        return C2
    S = c.res(F(V(D1)) + F(V(C2)), "money", role="sum", ops=("+", [V(D1), V(C2)]))
    c.eq("%s + %s = %s" % (c.m(D1), c.m(C2), S))
    return S
