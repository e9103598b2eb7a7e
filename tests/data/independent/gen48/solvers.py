"""Problem structures: each solver writes builder items and returns the final value."""
from core import F, Q, N, Op, Rem, Clk, Raw, Bad, term_dec, places_of, UNITS


class Pair:
    def __init__(self, key, B, S, f, bmin, bmax, sstep, maxp=2):
        self.key, self.B, self.S, self.f = key, B, S, f
        self.bmin, self.bmax, self.sstep, self.maxp = bmin, bmax, sstep, maxp

    @property
    def Sw(self):
        return UNITS[self.S][4]

    @property
    def Bw(self):
        return UNITS[self.B][4]

    @property
    def Bw1(self):
        return UNITS[self.B][3]


PAIRS = {p.key: p for p in [
    Pair("hmin", "h", "min", 60, 1, 6, 5),
    Pair("mins", "min", "s", 60, 1, 9, 1),
    Pair("lboz", "lb", "oz", 16, 1, 12, 1, 4),
    Pair("ftin", "ft", "in", 12, 1, 9, 1),
    Pair("ydft", "yd", "ft", 3, 2, 12, 1),
    Pair("mcm", "m", "cm", 100, 1, 9, 5),
    Pair("kgg", "kg", "g", 1000, 1, 6, 50, 3),
    Pair("lml", "L", "mL", 1000, 1, 4, 50, 3),
    Pair("kmm", "km", "m", 1000, 1, 9, 50, 3),
    Pair("galqt", "gal", "qt", 4, 1, 8, 1),
    Pair("wkd", "wk", "day", 7, 1, 6, 1),
    Pair("usd", "dollar", "cent", 100, 1, 20, 5),
    Pair("tbtsp", "tbsp", "tsp", 3, 1, 6, 1),
    Pair("cuptb", "cup", "tbsp", 16, 1, 4, 1),
]}


def q2(b, s, P, form=None):
    return Q((b, P.B), (s, P.S), form=form)


def qs_(v, P):
    return Q((v, P.S))


def qb_(v, P):
    return Q((v, P.B))


def conv_note(P, kind="since"):
    return (kind, P.B, P.S, P.f)


def to_small(sb, P, b, s, lead=None, largs=(), note=False, form=None):
    b, s = F(b), F(s)
    if b == 0:
        if sb.group is not None:
            sb.eq([qs_(s, P)], lead=lead, largs=largs)
        else:
            sb.say("{0} is already in %s." % P.Sw, qs_(s, P))
        return s
    if s == 0:
        expr = Op("*", b, P.f)
        alts = [b + P.f]
    else:
        expr = Op("+", Op("*", b, P.f), s)
        alts = [b * P.f, b * P.f - s, (b + s) * P.f]
    w, v = sb.op(b * P.f + s, alts)
    sb.eq([q2(b, s, P, form), expr, qs_(w, P)], lead=lead, largs=largs,
          note=conv_note(P) if note else None)
    return v


def restate(sb, P, T, rng, lead=None):
    """Write T (small unit) back as big + small."""
    (wq, wr), (q, r) = sb.dm(T, P.f)
    if q == 0:
        return
    form = rng.random()
    if form < 0.45:
        sb.eq([qs_(T, P), q2(wq, wr, P)], lead=lead or rng.choice(["In %s and %s" % (P.Bw, P.Sw), "As a mixed measure", "That is the same as"]))
    elif form < 0.8:
        sb.eq([Op("/", T, P.f), Rem(wq, wr), Raw(", so "), qs_(T, P), q2(wq, wr, P)],
              lead=lead or "Converting back")
    else:
        sb.eq([qs_(T, P), q2(wq, wr, P)], lead=lead or "Regrouped")


def to_big(sb, P, T, rng):
    """Express T (small) in the big unit as a decimal; returns carried value."""
    val = F(T) / P.f
    sb.need_term(val, P.maxp)
    w, v = sb.op(val, [F(T) * P.f, F(T) / (P.f // 2 if P.f % 2 == 0 else P.f + 1)])
    if w.denominator != 1 and not term_dec(w):
        raise Bad("w nonterm")
    if rng.random() < 0.5 or P.S == "cent":
        sb.eq([Op("/", T, P.f), qb_(w, P)], lead="In %s" % P.Bw)
    else:
        sb.eq([Op("/", qs_(T, P), Q((P.f, P.S + "/" + P.B))), qb_(w, P)], lead="In %s" % P.Bw)
    return v


def regroup(sb, P, Bs, Ss, rng, note=True):
    """Bs big + Ss small, Ss may be >= f: return normalized (b, s)."""
    if Ss < P.f:
        return Bs, Ss
    (wc, wr), (c, r) = sb.dm(Ss, P.f)
    sb.eq([qs_(Ss, P), q2(wc, wr, P)], lead="Regroup the %s" % P.Sw, note=conv_note(P) if note else None)
    w, nb = sb.op(Bs + c, [Bs, Bs + c + 1])
    sb.eq([Op("+", Bs, c), qb_(w, P)], lead="%s" % P.Bw)
    sb.say("So the total is {0}.", q2(nb, r, P))
    return nb, r


def answer(sb, P, T, ans, rng, phrase=None):
    if ans == "B":
        v = to_big(sb, P, T, rng)
        return sb.final(v, P.B, None)
    return sb.final(T, P.S, None)


# ------------------------------------------------------------------ generic
def labels_for(X, k):
    lab = X.get("labels")
    if lab:
        return lab
    return ["item %d" % (i + 1) for i in range(k)]


def s_sum(sb, P, X, rng):
    qs, ans, form = X["qs"], X["ans"], X.get("form")
    labs = labels_for(X, len(qs))
    meth = X.get("meth") or rng.choice(["convert", "convert", "column"])
    if meth == "convert":
        sb.group_start(rng.choice(["convert each amount to %s", "change everything to %s"]) % P.Sw,
                       ("Part", "Given", "In %s" % P.Sw))
        vals = []
        for i, (b, s) in enumerate(qs):
            vals.append(to_small(sb, P, b, s, lead=labs[i], note=(i == 0), form=form))
        sb.group_end()
        sb.sec("add the %s" % P.Sw)
        T = sum(vals)
        w, T = sb.op(T, [T - vals[-1], T + P.f])
        sb.eq([Op("+", *vals), qs_(w, P)], lead="Total")
        if T >= P.f and rng.random() < 0.6:
            restate(sb, P, T, rng)
        sb.check([Op("-", T, vals[-1]), N(sum(vals[:-1]))])
        return answer(sb, P, T, ans, rng)
    # column method
    sb.sec("add the %s and the %s separately" % (P.Bw, P.Sw))
    bs = [F(b) for b, _ in qs]
    ss = [F(s) for _, s in qs]
    w, Bs = sb.op(sum(bs), [sum(bs) + 1])
    sb.eq([Op("+", *bs), qb_(w, P)], lead=P.Bw)
    w, Ss = sb.op(sum(ss), [sum(ss) - ss[-1], sum(ss) + 10])
    sb.eq([Op("+", *ss), qs_(w, P)], lead=P.Sw)
    sb.say("That makes {0} so far.", q2(Bs, Ss, P))
    sb.vert(q2(*qs[0], P), [q2(*q, P) for q in qs[1:]], "+", q2(Bs, Ss, P))
    if Ss >= P.f:
        sb.sec("regroup, since %s is more than 1 %s" % ("the %s total" % P.Sw, P.Bw1))
    b, s = regroup(sb, P, Bs, Ss, rng)
    if ans == "B":
        if s == 0:
            return sb.final(b, P.B, None)
        sb.sec("write the total in %s" % P.Bw)
        val = F(s) / P.f
        sb.need_term(val, P.maxp)
        w, fr = sb.op(val, [F(s) / 10])
        sb.eq([Op("/", s, P.f), qb_(w, P)], lead="%s as a fraction of an %s" % (P.Sw.capitalize(), P.Bw1) if P.Bw1[0] in "aeiou" else "%s as part of a %s" % (P.Sw.capitalize(), P.Bw1))
        w, tot = sb.op(b + fr, [b + fr + 1])
        sb.eq([Op("+", b, fr), qb_(w, P)])
        return sb.final(tot, P.B, None)
    sb.sec("convert to %s" % P.Sw)
    T = to_small(sb, P, b, s, note=True)
    return sb.final(T, P.S, None)


def s_diff(sb, P, X, rng):
    (b1, s1), (b2, s2) = X["qs"]
    ans, form = X["ans"], X.get("form")
    labs = labels_for(X, 2)
    meth = X.get("meth") or rng.choice(["convert", "borrow"])
    if meth == "borrow" and s1 >= s2:
        meth = rng.choice(["convert", "direct"])
    if meth == "convert":
        sb.group_start("convert both to %s" % P.Sw, ("", "Given", "In %s" % P.Sw))
        t1 = to_small(sb, P, b1, s1, lead=labs[0], note=True, form=form)
        t2 = to_small(sb, P, b2, s2, lead=labs[1], form=form)
        sb.group_end()
        sb.sec("subtract")
        w, D = sb.op(t1 - t2, [t1 + t2, t1 - t2 + 10])
        sb.eq([Op("-", t1, t2), qs_(w, P)], lead="Difference")
        if D >= P.f and rng.random() < 0.4:
            restate(sb, P, D, rng)
        sb.check([Op("+", t2, D), N(t1)])
        return answer(sb, P, D, ans, rng)
    b1, s1, b2, s2 = F(b1), F(s1), F(b2), F(s2)
    if meth == "borrow":
        sb.sec("borrow, because %s is less than %s" % (render_plain(s1, P.S), render_plain(s2, P.S)))
        nb = b1 - 1
        w, ns = sb.op(s1 + P.f, [s1 + P.f - 1, s1 + 10 if P.f != 10 else s1 + 1])
        sb.eq([q2(b1, s1, P, form), q2(nb, w, P),
               Raw(" (borrow %s = %s: " % (word_q(1, P.B), word_q(P.f, P.S))),
               Op("+", s1, P.f), qs_(w, P), Raw(")")],
              lead="Rewrite")
    else:
        sb.sec("subtract %s from %s and %s from %s" % (P.Sw, P.Sw, P.Bw, P.Bw))
        nb, ns = b1, s1
    w, ds = sb.op(ns - s2, [ns + s2, s2 - ns if s2 > ns else ns - s2 + 1])
    sb.eq([Op("-", ns, s2), qs_(w, P)], lead=P.Sw)
    w, db = sb.op(nb - b2, [nb + b2, nb - b2 + 1])
    sb.eq([Op("-", nb, b2), qb_(w, P)], lead=P.Bw)
    sb.say("So the difference is {0}.", q2(db, ds, P))
    sb.vert(q2(nb, ns, P), [q2(b2, s2, P)], "-", q2(db, ds, P))
    if ans == "B":
        sb.sec("write it in %s" % P.Bw)
        T = to_small(sb, P, db, ds)
        v = to_big(sb, P, T, rng)
        return sb.final(v, P.B, None)
    sb.sec("convert to %s" % P.Sw)
    T = to_small(sb, P, db, ds, note=True)
    return sb.final(T, P.S, None)


def word_q(v, u):
    from core import uname
    if u in ("dollar", "cent"):
        return "%d %s" % (v, uname(u, v, "word"))
    return "%d %s" % (v, uname(u, v, "abbr"))


def render_plain(v, u):
    from core import render, STYLE_BY_NAME
    return render(Q((v, u)), STYLE_BY_NAME["md_steps"])


def s_mul(sb, P, X, rng):
    n = X["n"]
    (b, s), = X["qs"]
    ans, form = X["ans"], X.get("form")
    meth = X.get("meth") or rng.choice(["convert", "convert", "column"])
    if meth == "convert":
        sb.sec("convert one %s to %s" % (X.get("unitname", "item"), P.Sw))
        t = to_small(sb, P, b, s, note=True, form=form)
        sb.sec("multiply by %d" % n)
        w, T = sb.op(n * t, [n + t, (n - 1) * t, n * t + n])
        if rng.random() < 0.5:
            sb.eq([Op("*", n, t), qs_(w, P)], lead="Total")
        else:
            sb.eq([Op("*", N(n), qs_(t, P)), qs_(w, P)], lead="Total")
        if T >= P.f and rng.random() < 0.5:
            restate(sb, P, T, rng)
        sb.check([Op("/", T, n), N(t)])
        return answer(sb, P, T, ans, rng)
    sb.sec("multiply the %s and the %s separately" % (P.Bw, P.Sw))
    w, Bs = sb.op(n * b, [n + b, n * b + n])
    sb.eq([Op("*", n, b), qb_(w, P)], lead=P.Bw)
    w, Ss = sb.op(n * s, [n + s, n * s + 10])
    sb.eq([Op("*", n, s), qs_(w, P)], lead=P.Sw)
    sb.say("So {0} copies make {1}.", N(n), q2(Bs, Ss, P))
    if Ss >= P.f:
        sb.sec("regroup")
    b2, s2 = regroup(sb, P, Bs, Ss, rng)
    if ans == "B":
        sb.sec("convert to %s" % P.Bw)
        T = to_small(sb, P, b2, s2)
        v = to_big(sb, P, T, rng)
        return sb.final(v, P.B, None)
    sb.sec("convert to %s" % P.Sw)
    T = to_small(sb, P, b2, s2, note=True)
    return sb.final(T, P.S, None)


def s_div(sb, P, X, rng):
    n = X["n"]
    (b, s), = X["qs"]
    form = X.get("form")
    meth = X.get("meth") or rng.choice(["convert", "convert", "direct"])
    if meth == "direct" and b >= n:
        b, s = F(b), F(s)
        sb.sec("divide the %s first" % P.Bw)
        (wq, wr), (q1, r1) = sb.dm(b, n)
        sb.eq([Op("/", b, n), Rem(wq, wr)], lead=P.Bw)
        sb.say("Each part gets {0}, with {1} left over.", qb_(q1, P), qb_(r1, P))
        sb.sec("share out the leftover together with the %s" % P.Sw)
        if r1 > 0:
            w, rs = sb.op(r1 * P.f + s, [r1 * P.f, r1 + s])
            sb.eq([q2(r1, s, P), Op("+", Op("*", r1, P.f), s), qs_(w, P)], lead="Leftover", note=conv_note(P))
        else:
            rs = s
        w, q2v = sb.op(F(rs) / n, [F(rs) * n, F(rs) / n + 1])
        sb.need_int(q2v)
        sb.eq([Op("/", rs, n), qs_(w, P)], lead="Per part")
        sb.say("Each part is {0}.", q2(q1, q2v, P))
        sb.sec("convert to %s" % P.Sw)
        T = to_small(sb, P, q1, q2v)
        sb.check([Op("*", n, T), N(b * P.f + s)])
        return sb.final(T, P.S, None)
    sb.sec("convert the whole amount to %s" % P.Sw)
    t = to_small(sb, P, b, s, note=True, form=form)
    sb.sec("divide by %d" % n)
    w, e = sb.op(t / n, [t * n, t / n + 1, t - n])
    sb.need_int(e)
    if rng.random() < 0.5:
        sb.eq([Op("/", t, n), qs_(w, P)], lead="Each")
    else:
        sb.eq([Op("/", qs_(t, P), N(n)), qs_(w, P)], lead="Each")
    if e >= P.f:
        restate(sb, P, e, rng, lead="Each part")
    sb.check([Op("*", e, n), N(t)])
    return sb.final(e, P.S, None)


def s_rem(sb, P, X, rng):
    (b0, s0) = X["tot"]
    qs = X["qs"]
    form = X.get("form")
    labs = labels_for(X, len(qs))
    sb.group_start("convert everything to %s" % P.Sw, ("", "Given", "In %s" % P.Sw))
    t0 = to_small(sb, P, b0, s0, lead="Total", note=True, form=form)
    vals = [to_small(sb, P, b, s, lead=labs[i], form=form) for i, (b, s) in enumerate(qs)]
    sb.group_end()
    sb.sec("add the parts that are used")
    U = sum(vals)
    w, U = sb.op(U, [U - vals[-1], U + 10])
    sb.eq([Op("+", *vals), qs_(w, P)], lead="Used")
    sb.sec("subtract from the total")
    w, L = sb.op(t0 - U, [t0 + U, t0 - U + 10])
    sb.eq([Op("-", t0, U), qs_(w, P)], lead="Left")
    if L >= P.f and rng.random() < 0.5:
        restate(sb, P, L, rng)
    sb.check([Op("+", U, L), N(t0)])
    return answer(sb, P, L, X["ans"], rng)


def s_fit(sb, P, X, rng):
    (b1, s1), (b2, s2) = X["qs"]
    form = X.get("form")
    sb.group_start("convert both amounts to %s" % P.Sw, ("", "Given", "In %s" % P.Sw))
    t1 = to_small(sb, P, b1, s1, lead="Total", note=True, form=form)
    t2 = to_small(sb, P, b2, s2, lead="Each", form=form)
    sb.group_end()
    sb.sec("divide")
    (wq, wr), (q, r) = sb.dm(t1, t2)
    if wr == 0:
        sb.eq([Op("/", t1, t2), N(wq)], lead=X.get("noun", "pieces").capitalize())
    else:
        sb.eq([Op("/", t1, t2), Rem(wq, wr)], lead=X.get("noun", "pieces").capitalize())
    if r:
        sb.say("So %s full %s, with {1} left over." % ("{0}", X.get("noun", "pieces")), N(q), qs_(r, P))
    sb.check([Op("+", Op("*", q, t2), r), N(t1)])
    return sb.final(q, None, X.get("noun", "pieces"))


# ------------------------------------------------------------------ specials
def s_clock(sb, P, X, rng):
    st_, en = X["start"], X["end"]   # minutes after midnight
    meth = X.get("meth") or rng.choice(["chunks", "h24"])
    h1, m1 = divmod(st_, 60)
    h2, m2 = divmod(en, 60)
    if meth == "chunks" and m1 > 0:
        sb.sec("count up to the next full hour")
        nh = (h1 + 1) * 60
        w, a = sb.op(60 - m1, [m1, 60 - m1 + 10])
        sb.eq([Op("-", Clk(nh), Clk(st_)), Q((w, "min"))], lead="From {0} to {1}", largs=(Clk(st_), Clk(nh)))
        sb.sec("count the full hours")
        w, hh = sb.op(h2 - h1 - 1, [h2 - h1, h2 - h1 - 2])
        sb.eq([Op("-", Clk(h2 * 60), Clk(nh)), Q((w, "h"))], lead="From {0} to {1}", largs=(Clk(nh), Clk(h2 * 60)))
        sb.sec("add the last minutes")
        if m2:
            sb.eq([Op("-", Clk(en), Clk(h2 * 60)), Q((m2, "min"))], lead="From {0} to {1}", largs=(Clk(h2 * 60), Clk(en)))
        sb.sec("total the pieces in minutes")
        w, hm = sb.op(hh * 60, [hh + 60, hh * 60 + 60])
        sb.eq([Op("*", hh, 60), Q((w, "min"))], lead="Full hours")
        tot = a + hm + m2
        w, T = sb.op(tot, [tot - m2, tot + 10])
        sb.eq([Op("+", *[x for x in (a, hm, F(m2)) if x]), Q((w, "min"))], lead="Total")
        if T >= 60 and rng.random() < 0.5:
            restate(sb, PAIRS["hmin"], T, rng)
        return sb.final(T, "min", None)
    sb.sec("write the end time on a 24-hour clock")
    sb.eq([Clk(en), Clk(en, h24=True)], lead="End")
    H2, M2 = F(h2), F(m2)
    if m2 < m1:
        sb.sec("borrow 1 hour, because %d minutes is less than %d minutes" % (m2, m1))
        w, M2b = sb.op(m2 + 60, [m2 + 40, m2 + 61])
        sb.eq([Q((h2, "h"), (m2, "min")), Q((h2 - 1, "h"), (w, "min")), Raw(" (borrow: "), Op("+", m2, 60), Q((w, "min")), Raw(")")],
              lead="Rewrite")
        H2, M2 = F(h2 - 1), M2b
    else:
        sb.sec("subtract hours and minutes")
    w, dm_ = sb.op(M2 - m1, [M2 + m1, M2 - m1 + 10])
    sb.eq([Op("-", M2, m1), Q((w, "min"))], lead="Minutes")
    w, dh = sb.op(H2 - h1, [H2 - h1 + 1, H2 + h1])
    sb.eq([Op("-", H2, h1), Q((w, "h"))], lead="Hours")
    sb.say("The elapsed time is {0}.", Q((dh, "h"), (dm_, "min")))
    sb.sec("convert to minutes")
    T = to_small(sb, PAIRS["hmin"], dh, dm_, note=True)
    return sb.final(T, "min", None)


def s_lapavg(sb, P, X, rng):
    qs = X["qs"]
    k = len(qs)
    sb.group_start("convert each split to seconds", ("Lap", "Split", "Seconds"))
    vals = [to_small(sb, P, b, s, lead="Lap %d" % (i + 1), note=(i == 0), form="colon") for i, (b, s) in enumerate(qs)]
    sb.group_end()
    sb.sec("add the splits")
    T = sum(vals)
    w, T = sb.op(T, [T - vals[-1], T + 10])
    sb.eq([Op("+", *vals), Q((w, "s"))], lead="Total")
    sb.sec("divide by the number of laps")
    w, a = sb.op(T / k, [T * k, T / k + 1, T - k])
    sb.need_int(a)
    sb.eq([Op("/", T, k), Q((w, "s"))], lead="Average")
    if a >= 60:
        (wq, wr), _ = sb.dm(a, 60)
        sb.eq([Q((a, "s")), Q((wq, "min"), (wr, "s"), form="colon")], lead="As a lap time")
    return sb.final(a, "s", None)


def s_pace(sb, P, X, rng):
    (b, s), = X["qs"]
    d = X["d"]
    sb.sec("convert the finishing time to seconds")
    t = to_small(sb, P, b, s, note=True, form="colon")
    sb.sec("divide by the distance")
    w, p = sb.op(t / d, [t * d, t / d + 10, t - d])
    sb.need_int(p)
    sb.eq([Op("/", t, d), Q((w, "s"))], lead="Seconds per km")
    (wq, wr), _ = sb.dm(p, 60)
    sb.eq([Q((p, "s")), Q((wq, "min"), (wr, "s"))], lead="Pace")
    sb.check([Op("*", p, d), N(t)])
    return sb.final(p, "s", None)


def s_weekly(sb, P, X, rng):
    (w_, d_), = X["qs"]
    per = F(X["per"])
    sb.sec("count the days")
    w, days = sb.op(w_ * 7 + d_, [w_ * 7, w_ + d_, w_ * 7 + d_ + 1])
    sb.eq([Q((w_, "wk"), (d_, "day")), Op("+", Op("*", w_, 7), d_), Q((w, "day"))], lead="Days", note=("since", "wk", "day", 7))
    sb.sec("multiply by the minutes per day")
    w, T = sb.op(days * per, [days + per, (days - 1) * per])
    sb.eq([Op("*", days, per), Q((w, "min"))], lead="Total")
    if T >= 60:
        restate(sb, PAIRS["hmin"], T, rng)
    return sb.final(T, "min", None)


def s_price(sb, P, X, rng):
    (b, s), = X["qs"]
    price = F(X["price"]) / 100   # dollars per big unit
    meth = rng.choice(["decimal", "split"])
    sb.sec("write the %s as a decimal number of %s" % ("weight", P.Bw))
    w, fr = sb.op(F(s) / P.f, [F(s) / 10, F(P.f) / s if s else 1])
    sb.need_term(fr, 4)
    sb.eq([Q((s, P.S)), Op("/", s, P.f), Q((w, P.B))], note=conv_note(P))
    w, wt = sb.op(b + fr, [b + fr + 1, b * fr])
    sb.eq([Op("+", b, fr), Q((w, P.B))], lead="Weight")
    sb.sec("multiply by the price per %s" % P.Bw1)
    cost = wt * price
    if (cost * 100).denominator != 1:
        raise Bad("cents")
    w, c = sb.op(cost, [cost + 1, price + wt, cost / 10])
    if (w * 100).denominator != 1:
        raise Bad("cents")
    sb.eq([Op("*", wt, Q((price, "dollar"))), Q((w, "dollar"))], lead="Cost")
    return sb.final(c, "dollar", None)


def s_recipe(sb, P, X, rng):
    amt, k, unit, ans = F(X["amt"]), F(X["k"]), X["unit"], X["ans"]   # amt in cups
    sb.sec("scale the amount")
    kterm = N(k, "frac") if k.denominator != 1 and rng.random() < 0.6 else N(k)
    w, a = sb.op(amt * k, [amt + k, amt * k + F(1, 2), amt / k])
    fm = "frac" if rng.random() < 0.7 else "auto"
    sb.eq([Op("*", Q((amt, unit), form="frac"), kterm), Q((w, unit), form=fm)], lead="New amount")
    if ans == unit:
        return sb.final(a, unit, None)
    sb.sec("convert to %s" % UNITS[ans][4])
    f = {"cup": {"tbsp": 16, "tsp": 48}, "tbsp": {"tsp": 3}}[unit][ans]
    w, t = sb.op(a * f, [a + f, a * f + 1, a * (f - 1)])
    sb.need_int(t)
    sb.eq([Op("*", N(a, "frac"), f), Q((w, ans))], lead=None, note=("since", unit, ans, f))
    return sb.final(t, ans, None)


def s_punch(sb, P, X, rng):
    parts = X["parts"]  # list of (value, unit)
    sb.group_start("convert each amount to cups", ("Ingredient", "Amount", "Cups"))
    labs = X["labels"]
    vals = []
    CUPS = {"gal": 16, "qt": 4, "pt": 2, "cup": 1}
    for i, (v, u) in enumerate(parts):
        f = CUPS[u]
        if f == 1:
            sb.eq([Q((v, u))], lead=labs[i])
            vals.append(F(v))
            continue
        w, c = sb.op(v * f, [v + f, v * f + 1])
        sb.eq([Q((v, u)), Op("*", v, f), Q((w, "cup"))], lead=labs[i], note=("since", u, "cup", f))
        vals.append(c)
    sb.group_end()
    sb.sec("add")
    T = sum(vals)
    w, T = sb.op(T, [T - vals[-1], T + 1])
    sb.eq([Op("+", *vals), Q((w, "cup"))], lead="Total")
    if X.get("serv"):
        sv = F(X["serv"])
        sb.sec("count the servings")
        w, n = sb.op(T / sv, [T * sv, T / sv + 1])
        sb.need_int(n)
        sb.eq([Op("/", T, N(sv, "frac")), N(w)], lead="Servings")
        return sb.final(n, None, "servings")
    return sb.final(T, "cup", None)


def s_servings(sb, P, X, rng):
    (g, qt), = X["qs"]
    size = F(X["size"])
    sb.sec("convert the drink to fluid ounces")
    w, tq = sb.op(g * 4 + qt, [g * 4, g + qt])
    sb.eq([Q((g, "gal"), (qt, "qt")), Op("+", Op("*", g, 4), qt), Q((w, "qt"))], note=("since", "gal", "qt", 4))
    w, fz = sb.op(tq * 32, [tq * 16, tq + 32])
    sb.eq([Op("*", tq, 32), Q((w, "floz"))], note=("since", "qt", "floz", 32))
    sb.sec("divide by the cup size")
    (wq, wr), (n, r) = sb.dm(fz, size)
    sb.eq([Op("/", fz, size), N(wq) if wr == 0 else Rem(wq, wr)], lead="Cups")
    if r:
        sb.say("That is {0} full cups with {1} left.", N(n), Q((r, "floz")))
    return sb.final(n, None, X.get("noun", "cups"))


SOLVERS = {
    "SUM": s_sum, "DIFF": s_diff, "MUL": s_mul, "DIV": s_div, "REM": s_rem, "FIT": s_fit,
    "CLOCK": s_clock, "LAPAVG": s_lapavg, "PACE": s_pace, "WEEKLY": s_weekly,
    "PRICE": s_price, "RECIPE": s_recipe, "PUNCH": s_punch, "SERV": s_servings,
}
