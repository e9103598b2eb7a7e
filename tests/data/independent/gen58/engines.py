"""Solution engines: each writes a worked solution through a Builder.

Templates use the mini-language of core.py:
  `...`            inline math,  {name} a value,  {a}{v} coefficient * variable,
  a//b             a fraction,   [[name:expr]] a computation written "expr = result",
  [[name:e~e2]]    a chain "e = e2 = result",  flags ! (never faulted), ? (may be
  written implicitly), # (always implicit), unit $ or ° after the name.
"""
from fractions import Fraction as Fr
from core import Val


def U(unit):
    return {"$": "$", "°": "°"}.get(unit, "")


def val(x, unit=None):
    return Val(x, unit)


def lin_term(kname, v, cname, cval, first=True, m=None):
    """Template text for k*v + c using placeholders."""
    k = "{%s}{%s}" % (kname, v) if kname else "{%s}" % v
    if cval == 0:
        s = k
        paren = False
    elif cval > 0:
        s = "%s + {%s}" % (k, cname)
        paren = True
    else:
        s = "%s - {%s}" % (k, cname)
        paren = True
    if m is not None:
        return "{%s}(%s)" % (m, s)
    if paren and not first:
        return "(%s)" % s
    return s


# ------------------------------------------------------------------ a*v +/- b = c
def eng_lin(b, c):
    """c: v, define, lead, a, bb, cc (Val/num), sign '+'|'-', frac (bool), rate_first, xunit, ans,
    given, check_style."""
    v = c["v"]
    b.main_var = v
    b.set(v=v, a=c["a"], bb=c["bb"], cc=c["cc"])
    if c.get("given"):
        b.given(c["given"])
    xu = U(c.get("xunit"))
    b.head("define")
    b.line(c["define"], terse=c.get("terse_define"))
    b.head("equation")
    if c.get("frac"):
        lhs = "{v}//{a}"
    else:
        lhs = "{a}{v}"
    if c.get("rate_first") and c["sign"] == "+":
        eq = "{bb} + " + lhs + " = {cc}"
    else:
        eq = lhs + (" + " if c["sign"] == "+" else " - ") + "{bb} = {cc}"
    b.eq(eq, c["lead"])
    b.head("solve")
    if c["sign"] == "+":
        s1 = ("Subtract {bb} from both sides", lhs + " = [[?r:{cc} - {bb}]]")
    else:
        s1 = ("Add {bb} to both sides", lhs + " = [[?r:{cc} + {bb}]]")
    if c.get("frac"):
        s2 = ("Multiply both sides by {a}", "{v} = [[x%s:{r} * {a}]]" % xu)
    else:
        s2 = ("Divide both sides by {a}", "{v} = [[x%s:{r}//{a}]]" % xu)
    b.alg([s1, s2])
    x = b.v("x")
    b.head("check")
    a = c["a"]
    au = a.unit if isinstance(a, Val) else None
    if c.get("frac"):
        b.set(q=val(x / Fr(b.v("a"))))
        b.check([("{x}//{a} " + c["sign"] + " {bb}", c["cc"], "{q} " + c["sign"] + " {bb}")])
    else:
        b.set(ax=val(Fr(b.v("a")) * x, au or (c["cc"].unit if isinstance(c["cc"], Val) else None)))
        mul = "{a}({x})" if (au is None and b.rng.random() < 0.6) else "{a} * {x}"
        if c.get("rate_first") and c["sign"] == "+":
            b.check([("{bb} + " + mul, c["cc"], "{bb} + {ax}")])
        else:
            b.check([(mul + " " + c["sign"] + " {bb}", c["cc"], "{ax} " + c["sign"] + " {bb}")])
    return b.answer(c["ans"], "x")


# ------------------------------------------------------------------ G - w*v = R
def eng_down(b, c):
    v = c["v"]
    b.main_var = v
    w = c["w"]
    b.set(v=v, G=c["G"], w=w, R=c["R"], nw=val(-Fr(w.v if isinstance(w, Val) else w)))
    if c.get("given"):
        b.given(c["given"])
    xu = U(c.get("xunit"))
    b.head("define")
    b.line(c["define"], terse=c.get("terse_define"))
    b.head("equation")
    b.eq("{G} - {w}{v} = {R}", c["lead"])
    b.head("solve")
    if c["route"] == "neg":
        b.alg([("Subtract {G} from both sides", "-{w}{v} = [[?r:{R} - {G}]]"),
               ("Divide both sides by {nw}", "{v} = [[x%s:{r}//{nw}]]" % xu)])
    else:
        b.alg([("Add `{w}{v}` to both sides", "{G} = {R} + {w}{v}"),
               ("Subtract {R} from both sides", "{w}{v} = [[?r:{G} - {R}]]"),
               ("Divide both sides by {w}", "{v} = [[x%s:{r}//{w}]]" % xu)])
    x = b.v("x")
    wu = w.unit if isinstance(w, Val) else None
    b.set(wx=val(Fr(b.v("w")) * x, wu))
    b.head("check")
    mul = "{w}({x})" if (wu is None and b.rng.random() < 0.5) else "{w} * {x}"
    b.check([("{G} - " + mul, c["R"], "{G} - {wx}")])
    return b.answer(c["ans"], "x")


# ------------------------------------------------------------------ sum of linear parts = T
def eng_parts(b, c):
    """parts: list of dict(k, c, m, label, name); part 0 is the base (k=1, c=0, m=1).
    c: v, define(list of text), lead, T, unit (for part values), find_intro, ask (part index), ans."""
    v = c["v"]
    b.main_var = v
    parts = c["parts"]
    b.set(v=v, T=c["T"])
    unit = c.get("unit")
    xu = U(unit)
    for i, p in enumerate(parts):
        b.set(**{"k%d" % i: p["k"], "c%d" % i: val(abs(p["c"]), unit), "m%d" % i: p.get("m", 1)})
    if c.get("given"):
        b.given(c["given"])
    b.head("define")
    for ln in c["define"]:
        b.line(ln)
    b.head("equation")
    terms = []
    for i, p in enumerate(parts):
        m = p.get("m", 1)
        kn = None if p["k"] == 1 else "k%d" % i
        if m != 1 and p["c"] == 0:
            # m*(k v) -> coefficient m*k written directly
            b.set(**{"mk%d" % i: m * p["k"]})
            terms.append("{mk%d}{v}" % i)
        else:
            terms.append(lin_term(kn, "v", "c%d" % i, p["c"], first=(i == 0), m=("m%d" % i if m != 1 else None)))
    eq = " + ".join(terms) + " = {T}"
    b.eq(eq, c["lead"])
    b.head("solve")
    K = sum(p.get("m", 1) * p["k"] for p in parts)
    if any(p.get("m", 1) != 1 and p["c"] != 0 for p in parts):
        asides = []
        terms = []
        for i, p in enumerate(parts):
            m = p.get("m", 1)
            b.set(**{"mk%d" % i: m * p["k"]})
            kt = "{mk%d}{v}" % i if m * p["k"] != 1 else "{v}"
            if p["c"] == 0:
                terms.append(kt)
                continue
            sg = " + " if p["c"] > 0 else " - "
            if m != 1:
                asides.append("`[[mc%d%s:{m%d} * {c%d}]]`" % (i, xu, i, i))
                terms.append(kt + sg + "{mc%d}" % i)
            else:
                terms.append(kt + sg + "{c%d}" % i)
        act = b.pick(["Distribute", "Expand the parentheses", "Distribute"]) + " (" + ", ".join(asides) + ")"
        b.alg([(act, " + ".join(terms).replace("+ -", "-") + " = {T}")])
    C = Fr(0)
    for i, p in enumerate(parts):
        m = p.get("m", 1)
        if p["c"] == 0:
            continue
        mag = b.v("mc%d" % i) if m != 1 else Fr(p["c"] if p["c"] > 0 else -p["c"])
        C += mag if p["c"] > 0 else -mag
    b.set(K=K, C=val(abs(C), unit))
    steps = []
    if len(parts) > 1:
        if C > 0:
            steps.append(("Combine like terms", "{K}{v} + {C} = {T}"))
        elif C < 0:
            steps.append(("Combine like terms", "{K}{v} - {C} = {T}"))
        else:
            steps.append(("Combine like terms", "{K}{v} = {T}"))
    xname = "x" if K == 1 else "r"
    if C > 0:
        steps.append(("Subtract {C} from both sides", "{K}{v} = [[?%s%s:{T} - {C}]]" % (xname, xu)))
    elif C < 0:
        steps.append(("Add {C} to both sides", "{K}{v} = [[?%s%s:{T} + {C}]]" % (xname, xu)))
    else:
        b.set(r=b.vals["T"])
    if K != 1:
        steps.append(("Divide both sides by {K}", "{v} = [[x%s:{r}//{K}]]" % xu))
    b.alg(steps)
    return _parts_finish(b, c, parts, K)


def _parts_finish(b, c, parts, K):
    xu = U(c.get("unit"))
    x = b.v("x")
    names = ["x"]
    if len(parts) > 1:
        b.head("find", c.get("find_title"))
        if c.get("find_intro"):
            b.line(c["find_intro"])
    for i, p in enumerate(parts):
        if i == 0:
            continue
        nm = "p%d" % i
        names.append(nm)
        k, cc = p["k"], p["c"]
        b.set(**{"kx%d" % i: val(k * x, c.get("unit"))})
        if k == 1:
            expr = "{x} %s {c%d}" % ("+" if cc >= 0 else "-", i)
        elif cc == 0:
            expr = b.pick(["{k%d} * {x}" % i, "{k%d}({x})" % i]) if c.get("unit") != "$" else "{k%d} * {x}" % i
        else:
            if b.rng.random() < 0.5 and c.get("unit") != "$":
                expr = "{k%d}({x}) %s {c%d}~{kx%d} %s {c%d}" % (i, "+" if cc > 0 else "-", i, i, "+" if cc > 0 else "-", i)
            else:
                expr = "{k%d} * {x} %s {c%d}" % (i, "+" if cc > 0 else "-", i)
        if k == 1 and cc == 0:
            b.set(**{nm: b.vals["x"]})
            continue
        lab = p["label"]
        forms = ["%s: `[[%s%s:%s]]`", "%s = `[[%s%s:%s]]`", "%s is `[[%s%s:%s]]`."]
        line = b.pick(forms)
        if p["label"][-1:].isdigit() and line == forms[1]:
            line = forms[0]
        txt = line % (lab, nm, xu, expr)
        if c.get("find_units"):
            txt = txt.rstrip(".") + " " + c["find_units"] + ("." if txt.endswith(".") else "")
        b.line(txt[0].upper() + txt[1:])
    # check: sum of m * part
    b.head("check")
    tot = Fr(0)
    items = []
    chain = []
    allm1 = all(p.get("m", 1) == 1 for p in parts)
    for i, p in enumerate(parts):
        m = p.get("m", 1)
        nm = names[i]
        pv = b.v(nm)
        tot += m * pv
        if m == 1:
            items.append("{%s}" % nm)
            chain.append("{%s}" % nm)
        else:
            b.set(**{"mp%d" % i: val(m * pv, c.get("unit"))})
            items.append("{m%d}({%s})" % (i, nm))
            chain.append("{mp%d}" % i)
    e = " + ".join(items)
    b.check([(e, c["T"], None if allm1 else " + ".join(chain))])
    b.vals["ans"] = b.vals[names[c["ask"]]] if isinstance(c["ask"], int) else b.vals[c["ask"]]
    if c.get("extra"):
        c["extra"](b)
    return b.answer(c["ans"], c.get("ans_name", names[c["ask"]] if isinstance(c["ask"], int) else c["ask"]))


# ------------------------------------------------------------------ s1 + r1 v = s2 + r2 v
def eng_both(b, c):
    v = c["v"]
    b.main_var = v
    r1, r2, s1, s2 = c["r1"], c["r2"], c["s1"], c["s2"]
    f = lambda z: Fr(z.v if isinstance(z, Val) else z)
    dr = f(r1) - f(r2)
    ru = r1.unit if isinstance(r1, Val) else None
    b.set(v=v, r1=r1, r2=r2, s1=s1, s2=s2, dr=val(dr, ru))
    if c.get("given"):
        b.given(c["given"])
    b.head("define")
    b.line(c["define"], terse=c.get("terse_define"))
    b.head("equation")
    if c.get("vfirst"):
        L, R = "{r1}{v} + {s1}", "{r2}{v} + {s2}"
    else:
        L, R = "{s1} + {r1}{v}", "{s2} + {r2}{v}"
    b.eq(L + " = " + R, c["lead"])
    b.head("solve")
    xu = U(c.get("xunit"))
    if c.get("vfirst"):
        st1 = ("Subtract `{r2}{v}` from both sides", "{dr}{v} + {s1} = {s2}")
    else:
        st1 = ("Subtract `{r2}{v}` from both sides", "{s1} + {dr}{v} = {s2}")
    steps = [st1]
    if dr == 1:
        steps.append(("Subtract {s1} from both sides", "{v} = [[x%s:{s2} - {s1}]]" % xu))
    else:
        steps.append(("Subtract {s1} from both sides", "{dr}{v} = [[?r:{s2} - {s1}]]"))
        steps.append(("Divide both sides by {dr}", "{v} = [[x%s:{r}//{dr}]]" % xu))
    b.alg(steps)
    x = b.v("x")
    au = c.get("amt_unit")
    b.set(r1x=val(f(r1) * x, au), r2x=val(f(r2) * x, au))
    A = f(s1) + f(r1) * x
    if c.get("amount"):
        b.head("find", c.get("find_title"))
        b.line(c["amount"] % ("`[[amt%s:{s1} + {r1} * {x}~{s1} + {r1x}]]`" % U(au)))
    b.head("check")
    A = Val(A, au)
    if c.get("amount"):
        b.check([("{s2} + {r2} * {x}", A, "{s2} + {r2x}")])
    else:
        b.check([("{s1} + {r1} * {x}", A, "{s1} + {r1x}"), ("{s2} + {r2} * {x}", A, "{s2} + {r2x}")])
    return b.answer(c["ans"], c.get("ans_name", "x"))


# ------------------------------------------------------------------ two kinds of items
def eng_two(b, c):
    """c: N, tot (Val/num), hi=(value, noun, letter), lo=(value, noun, letter), ask 'hi'|'lo',
    route 'subst'|'elim', var_on 'hi'|'lo', cents (coins: tot in dollars), lead, ans, tunit."""
    N = c["N"]
    hv, hn, hl = c["hi"]
    lv, ln, ll = c["lo"]
    tunit = c.get("tunit")
    b.set(N=N, hv=hv, lv=lv, tot=c["tot"], hl=hl, ll=ll, hn=hn, ln=ln)
    if c.get("given"):
        b.given(c["given"])
    f = lambda z: Fr(z.v if isinstance(z, Val) else z)
    pu = hv.unit if isinstance(hv, Val) else None
    if c["route"] == "subst":
        on = c.get("var_on", "hi")
        av, an, al = (hv, hn, hl) if on == "hi" else (lv, ln, ll)
        ov, on_, ol = (lv, ln, ll) if on == "hi" else (hv, hn, hl)
        b.main_var = al
        b.set(v=al, av=av, ov=ov, an=an, on=on_)
        b.head("define")
        b.line(b.pick(["Let `{v}` be the number of {an}. Then the number of {on} is `{N} - {v}`.",
                       "Let `{v}` = number of {an}, so the number of {on} is `{N} - {v}`."]))
        if c.get("cents"):
            b.line(b.pick(["Work in cents: {tot} is `[[tc:{tot} * 100]]` cents.",
                           "Convert the total to cents: `[[tc:{tot} * 100]]` cents."]))
            totn = "tc"
        else:
            totn = "tot"
        b.head("equation")
        b.eq("{av}{v} + {ov}({N} - {v}) = {%s}" % totn, c["lead"])
        b.head("solve")
        b.alg([("Distribute (`[[oN%s:{ov} * {N}]]`)" % U(pu), "{av}{v} + {oN} - {ov}{v} = {%s}" % totn)])
        d = f(av) - f(ov)
        b.set(d=d)
        if d > 0:
            comb = "{d}{v} + {oN} = {%s}" % totn
        else:
            b.set(dabs=-d)
            comb = "{oN} - {dabs}{v} = {%s}" % totn if b.rng.random() < 0.5 else "{d}{v} + {oN} = {%s}" % totn
        steps = [("Combine like terms", comb)]
        xn = "x" if d == 1 else "r"
        steps.append(("Subtract {oN} from both sides", "{d}{v} = [[?%s:{%s} - {oN}]]" % (xn, totn)))
        if d != 1:
            steps.append(("Divide both sides by {d}", "{v} = [[x:{r}//{d}]]"))
        b.alg(steps)
        b.head("find", c.get("find_title"))
        b.line(b.pick(["Number of {on}: `[[y:{N} - {x}]]`.", "Then there are `[[y:{N} - {x}]]` {on}.",
                       "So the number of {on} is `[[y:{N} - {x}]]`."]))
        hname, lname = ("x", "y") if on == "hi" else ("y", "x")
    else:
        b.main_var = hl
        b.set(v=hl, u=ll)
        b.head("define")
        b.line(b.pick(["Let `{u}` be the number of {ln} and `{v}` the number of {hn}.",
                       "Let `{v}` = number of {hn} and `{u}` = number of {ln}."]))
        if c.get("cents"):
            b.line("In cents, the total is `[[tc:{tot} * 100]]`.")
            totn = "tc"
        else:
            totn = "tot"
        b.head("system")
        b.eqs(["{u} + {v} = {N}", "{lv}{u} + {hv}{v} = {%s}" % totn], c["lead2"])
        b.head("solve")
        d = f(hv) - f(lv)
        b.set(d=d)
        steps = []
        if f(lv) != 1:
            steps.append(("Multiply the first equation by {lv}", "{lv}{u} + {lv}{v} = [[?m%s:{lv} * {N}]]" % U(pu)))
            steps.append(("Subtract this from the second equation",
                          "{d}{v} = [[?%s:{%s} - {m}]]" % ("x" if d == 1 else "r", totn)))
        else:
            steps.append(("Subtract the first equation from the second",
                          "{d}{v} = [[?%s:{%s} - {N}]]" % ("x" if d == 1 else "r", totn)))
        if d != 1:
            steps.append(("Divide both sides by {d}", "{v} = [[x:{r}//{d}]]"))
        b.alg(steps)
        b.head("find", c.get("find_title"))
        b.line(b.pick(["Then `{u} = [[y:{N} - {x}]]`.", "Substituting back: `{u} = [[y:{N} - {x}]]`."]))
        hname, lname = "x", "y"
    b.head("check")
    H, Lo = b.v(hname), b.v(lname)
    tv = b.v("tc") if c.get("cents") else f(c["tot"])
    b.set(hx=val(f(hv) * H, tunit), ly=val(f(lv) * Lo, tunit), H=H, Lo=Lo)
    form = "{hv} * {%s} + {lv} * {%s}" if (pu or b.rng.random() < 0.4) else "{hv}({%s}) + {lv}({%s})"
    b.check([(form % (hname, lname), Val(tv, tunit), "{hx} + {ly}")])
    b.set(ans=b.vals[hname if c["ask"] == "hi" else lname])
    return b.answer(c["ans"], hname if c["ask"] == "hi" else lname)


# ------------------------------------------------------------------ 2x2 system by elimination
def eng_system(b, c):
    """a1 p + b1 q = c1 ; a2 p + b2 q = c2.  Eliminate p."""
    a1, b1, c1, a2, b2, c2 = c["a1"], c["b1"], c["c1"], c["a2"], c["b2"], c["c2"]
    P, Qv = c["pv"], c["qv"]
    pu = c.get("unit")
    f = lambda z: Fr(z.v if isinstance(z, Val) else z)
    b.main_var = Qv
    b.set(P=P, Q=Qv, a1=a1, b1=b1, c1=c1, a2=a2, b2=b2, c2=c2)
    if c.get("given"):
        b.given(c["given"])
    b.head("define")
    b.line(c["define"])
    b.head("system")
    b.eqs(["{a1}{P} + {b1}{Q} = {c1}", "{a2}{P} + {b2}{Q} = {c2}"], c["lead"])
    b.head("solve", b.pick(["Eliminate {P}", "Solve by elimination"]).replace("{P}", P))
    # multiply so that the coefficients of the first variable match (lcm)
    from math import gcd
    L = a1 * a2 // gcd(a1, a2)
    m1, m2 = L // a1, L // a2
    b.set(L=L, m1=m1, m2=m2, B1=b1 * m1, B2=b2 * m2)
    steps = []
    if m1 != 1:
        steps.append(("Multiply equation (1) by {m1}", "{L}{P} + {B1}{Q} = [[?e1%s:{c1} * {m1}]]" % U(pu)))
    else:
        b.set(e1=c1)
    if m2 != 1:
        steps.append(("Multiply equation (2) by {m2}", "{L}{P} + {B2}{Q} = [[?e2%s:{c2} * {m2}]]" % U(pu)))
    else:
        b.set(e2=c2)
    if steps:
        b.alg(steps)
    e1, e2 = b.v("e1"), b.v("e2")
    B1, B2 = b1 * m1, b2 * m2
    if B1 > B2:
        b.set(dq=B1 - B2)
        st = [("Subtract the second equation from the first", "{dq}{Q} = [[?r%s:{e1} - {e2}]]" % U(pu))]
    else:
        b.set(dq=B2 - B1)
        st = [("Subtract the first equation from the second", "{dq}{Q} = [[?r%s:{e2} - {e1}]]" % U(pu))]
    if B1 - B2 in (1, -1):
        st[0] = (st[0][0], st[0][1].replace("?r", "q"))
    else:
        st.append(("Divide both sides by {dq}", "{Q} = [[q%s:{r}//{dq}]]" % U(pu)))
    b.alg(st)
    q = b.v("q")
    b.head("find", c.get("find_title"))
    b.set(bq=val(Fr(b1) * q, pu))
    steps = [(b.pick(["Substitute `{Q} = {q}` into equation (1)", "Plug `{Q} = {q}` into the first equation"]),
              "{a1}{P} + {b1}({q}) = {c1}"),
             ("Simplify", "{a1}{P} + [[#bq%s:{b1} * {q}]] = {c1}" % U(pu))]
    if a1 == 1:
        steps.append(("Subtract {bq} from both sides", "{P} = [[p%s:{c1} - {bq}]]" % U(pu)))
    else:
        steps.append(("Subtract {bq} from both sides", "{a1}{P} = [[?s%s:{c1} - {bq}]]" % U(pu)))
        steps.append(("Divide both sides by {a1}", "{P} = [[p%s:{s}//{a1}]]" % U(pu)))
    b.alg(steps)
    p = b.v("p")
    b.head("check")
    b.set(a2p=val(Fr(a2) * p, pu), b2q=val(Fr(b2) * q, pu))
    b.check([("{a2}({p}) + {b2}({q})", Val(f(c2), pu), "{a2p} + {b2q}")],
            lead=b.pick(["Check with equation (2)", "Check in the second equation", None]))
    return b.answer(c["ans"], c["ask"])


# ------------------------------------------------------------------ sum and difference
def eng_sumdiff(b, c):
    S, D = c["S"], c["D"]
    X, Y = c["X"], c["Y"]
    unit = c.get("unit")
    xu = U(unit)
    b.set(S=S, D=D, X=X, Y=Y)
    if c.get("given"):
        b.given(c["given"])
    if c["route"] == "elim":
        b.main_var = X
        b.head("define")
        b.line(c["define2"])
        b.head("system")
        b.eqs(["{X} + {Y} = {S}", "{X} - {Y} = {D}"], c["lead2"])
        b.head("solve")
        b.alg([("Add the two equations", "2{X} = [[?r%s:{S} + {D}]]" % xu),
               ("Divide both sides by 2", "{X} = [[x%s:{r}//2]]" % xu)])
        b.head("find", c.get("find_title"))
        b.line(b.pick(["Then `{Y} = [[y%s:{S} - {x}]]`.", "Substitute into the first equation: `{Y} = [[y%s:{S} - {x}]]`."]) % xu)
        b.head("check")
        b.check([("{x} - {y}", D, None)])
        big, small = "x", "y"
    else:
        b.main_var = Y
        b.head("define")
        b.line(c["define1"])
        b.head("equation")
        b.eq("{Y} + ({Y} + {D}) = {S}", c["lead1"])
        b.head("solve")
        b.alg([("Combine like terms", "2{Y} + {D} = {S}"),
               ("Subtract {D} from both sides", "2{Y} = [[?r%s:{S} - {D}]]" % xu),
               ("Divide both sides by 2", "{Y} = [[y%s:{r}//2]]" % xu)])
        b.head("find", c.get("find_title"))
        b.line(b.pick(["{Big} = `[[x%s:{y} + {D}]]`.", "Then {big} is `[[x%s:{y} + {D}]]`."]).replace(
            "{Big}", c["big"][0].upper() + c["big"][1:]).replace("{big}", c["big"]) % xu)
        b.head("check")
        b.check([("{x} + {y}", S, None)])
        big, small = "x", "y"
    return b.answer(c["ans"], big if c["ask"] == "big" else small)


# ------------------------------------------------------------------ ages: k times now, m times in t years
def eng_age_future(b, c):
    k, m, t = c["k"], c["m"], c["t"]
    v = c["v"]
    b.main_var = v
    b.set(v=v, k=k, m=m, t=t, km=k - m, Y=c["young"], O=c["old"])
    b.head("define")
    b.line(b.pick(["Let `{v}` be {Y}'s age now. Then {O}'s age now is `{k}{v}`.",
                   "Let {Y}'s current age be `{v}`. {O} is currently `{k}{v}` years old."]))
    b.line(b.pick(["In {t} years, {Y} will be `{v} + {t}` and {O} will be `{k}{v} + {t}`.",
                   "In {t} years: {Y} → `{v} + {t}`, {O} → `{k}{v} + {t}`."]))
    b.head("equation")
    b.eq("{k}{v} + {t} = {m}({v} + {t})", c["lead"])
    b.head("solve")
    steps = [(b.pick(["Expand the right side (since `[[mt:{m} * {t}]]`)", "Distribute {m}, using `[[mt:{m} * {t}]]`",
                      "Expand the right side (`[[mt:{m} * {t}]]`)"]), "{k}{v} + {t} = {m}{v} + {mt}"),
             ("Subtract `{m}{v}` from both sides", "{km}{v} + {t} = {mt}")]
    if k - m == 1:
        steps.append(("Subtract {t} from both sides", "{v} = [[x:{mt} - {t}]]"))
    else:
        steps.append(("Subtract {t} from both sides", "{km}{v} = [[?r:{mt} - {t}]]"))
        steps.append(("Divide both sides by {km}", "{v} = [[x:{r}//{km}]]"))
    b.alg(steps)
    x = b.v("x")
    b.head("find", c.get("find_title"))
    b.line(b.pick(["{O} is `[[y:{k} * {x}]]` years old now.", "{O}'s age now: `[[y:{k} * {x}]]`."]).replace(
        "{O}", c["old"][0].upper() + c["old"][1:], 1) if c["old"][0].islower() else
        b.pick(["{O} is `[[y:{k} * {x}]]` years old now.", "{O}'s age now: `[[y:{k} * {x}]]`."]))
    if c["ask"] == "future":
        b.line("In {t} years, {Y} will be `[[f:{x} + {t}]]`.")
    y = b.v("y")
    b.head("check")
    b.set(yt=y + t, xt=x + t)
    b.check([("{y} + {t}", y + t, None), ("{m}({x} + {t})", y + t, "{m}({xt})")],
            lead=b.pick(["Check: in {t} years".replace("{t}", str(t)), None]))
    return b.answer(c["ans"], {"young": "x", "old": "y", "future": "f"}[c["ask"]])


# ------------------------------------------------------------------ ages: g years older, p years ago k times
def eng_age_past(b, c):
    g, p, k = c["g"], c["p"], c["k"]
    v = c["v"]
    b.main_var = v
    b.set(v=v, g=g, p=p, k=k, gp=g - p, k1=k - 1, Y=c["young"], O=c["old"])
    b.head("define")
    b.line(b.pick(["Let `{v}` be {Y}'s age now. Then {O} is `{v} + {g}` years old.",
                   "Let {Y}'s current age be `{v}`, so {O}'s current age is `{v} + {g}`."]))
    b.line(b.pick(["{p} years ago, {Y} was `{v} - {p}` and {O} was `{v} + {g} - {p} = {v} + {gp}`.",
                   "{p} years ago their ages were `{v} - {p}` and `{v} + {gp}`."]))
    b.head("equation")
    b.eq("{v} + {gp} = {k}({v} - {p})", c["lead"])
    b.head("solve")
    steps = [(b.pick(["Expand the right side (since `[[kp:{k} * {p}]]`)", "Distribute {k}, using `[[kp:{k} * {p}]]`",
                      "Expand the right side (`[[kp:{k} * {p}]]`)"]), "{v} + {gp} = {k}{v} - {kp}"),
             ("Subtract `{v}` from both sides", "{gp} = {k1}{v} - {kp}")]
    if k == 2:
        steps.append(("Add {kp} to both sides", "{v} = [[x:{gp} + {kp}]]"))
    else:
        steps.append(("Add {kp} to both sides", "{k1}{v} = [[?r:{gp} + {kp}]]"))
        steps.append(("Divide both sides by {k1}", "{v} = [[x:{r}//{k1}]]"))
    b.alg(steps)
    x = b.v("x")
    b.head("find", c.get("find_title"))
    b.line(b.pick(["{O} is `[[y:{x} + {g}]]` years old now.", "{O}'s age: `[[y:{x} + {g}]]`."]).replace(
        "{O}", c["old"][0].upper() + c["old"][1:]))
    if c["ask"] == "future":
        b.line("In {p} years, {Y} will be `[[f:{x} + {p}]]`.")
    y = b.v("y")
    b.head("check")
    b.set(yp=y - p, xp=x - p)
    b.check([("{y} - {p}", y - p, None), ("{k}({x} - {p})", y - p, "{k}({xp})")],
            lead=b.pick(["Check: {p} years ago".replace("{p}", str(p)), None]))
    return b.answer(c["ans"], {"young": "x", "old": "y", "future": "f"}[c["ask"]])
