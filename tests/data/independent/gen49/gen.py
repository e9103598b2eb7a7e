#!/usr/bin/env python3
"""Generator: ledgers and running balances -- model-like worked solutions with
correct / slip / carry / loop variants.  Python 3.11 standard library only.

    python3 gen.py --out set.jsonl
"""
import argparse
import json
import os
import random
import sys
from fractions import Fraction as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from domains import DOMAINS, NAMES, STRUCTURES, labels  # noqa: E402
from gen_util import (MK0, MK1, Mk, V, r2, dec_digits, body, plain, Nota, Ctx, fill, cap)  # noqa: E402,F401
from render import STYLE_CLASSES  # noqa: E402

STYLES = ["md_bullets", "table_calc", "table_change", "arrow", "prose", "latex_display",
          "latex_inline", "terse", "tutor", "gsm8k", "boxed_steps"]
PHRASINGS = ["narrative", "listed", "first_person", "table"]
NSETS = 4

# --------------------------------------------------------------------------- tracer
class Tracer:
    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault

    def c(self, v, alts=None, tag="", integral=False):
        i = len(self.steps)
        self.steps.append(dict(v=v, alts=alts or {}, tag=tag))
        if self.fault is not None and self.fault["i"] == i:
            w = self.fault["w"]
            return Mk(w), (w if self.fault["mode"] == "carry" else v)
        return v, v


# --------------------------------------------------------------------------- scenario building
FRAC_WORDS = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth"}


def money_amt(rng, dom, lo, hi):
    u = dom["unit"]
    if u == "mc":
        r = rng.random()
        if r < 0.3:
            return F(rng.randint(lo, hi))
        if r < 0.45:
            return F(rng.randint(lo * 4, hi * 4), 4)
        return F(rng.randint(lo * 100, hi * 100), 100)
    if u == "m":
        if rng.random() < 0.4:
            return F(5 * rng.randint(max(1, lo // 5), max(1, hi // 5)))
        return F(rng.randint(lo, hi))
    return F(rng.randint(lo, hi))


_USED = []


def mk_event(rng, dom, typ, **kw):
    lst = dom[typ]
    fresh = [x for x in lst if x[0] not in _USED[-(len(lst) - 1):]] if len(lst) > 1 else lst
    if not fresh:
        fresh = lst
    desc, phrase, noun = fresh[rng.randrange(len(fresh))]
    _USED.append(desc)
    e = dict(typ=typ, desc=desc, phrase=phrase, noun=noun)
    e.update(kw)
    return e


def gen_additive(rng, dom, n, start, allow_neg=False, min_bal=0, types=("add", "sub"), max_bal=None):
    """random add/sub (or addsub) events keeping balance >= min_bal unless allow_neg"""
    lo_a, hi_a = dom["rng_add"]
    lo_s, hi_s = dom["rng_sub"]
    bal = start
    evs = []
    for i in range(n):
        if "addsub" in types:
            a = F(rng.randint(lo_a, hi_a))
            room = int(bal + a) - int(min_bal)
            b = F(rng.randint(min(lo_s, max(room, 0)), max(min(hi_s, room), 0))) if room > 0 else F(0)
            if b == 0:
                b = F(min(1, room)) if room >= 1 else F(0)
            e = mk_event(rng, dom, "addsub", a=a, b=b)
            bal = bal + a - b
        else:
            want_add = rng.random() < 0.42
            if not allow_neg and bal - lo_s < min_bal:
                want_add = True
            if max_bal is not None and bal + lo_a > max_bal:
                want_add = False
            if want_add:
                a = money_amt(rng, dom, lo_a, hi_a)
                if max_bal is not None and bal + a > max_bal:
                    a = F(max(lo_a, int(max_bal - bal)))
                e = mk_event(rng, dom, "add", a=a)
                bal += a
            else:
                hi = hi_s
                if not allow_neg:
                    hi = int(min(hi_s, bal - min_bal))
                    if hi < lo_s:
                        hi = lo_s
                a = money_amt(rng, dom, lo_s, hi)
                if not allow_neg and bal - a < min_bal:
                    a = F(int(bal - min_bal)) if bal - min_bal >= 1 else F(0)
                e = mk_event(rng, dom, "sub", a=a)
                bal -= a
        evs.append(e)
    return evs


def n_events(rng, dom, lo=4, hi=8):
    hi2 = hi
    if dom["labels"] == "days":
        hi2 = min(hi, 7)
    if dom["labels"] == "months":
        hi2 = min(hi, 7)
    return rng.randint(lo, hi2)


def simulate(start, evs, fee=None):
    bal = start
    bals = []
    for e in evs:
        t = e["typ"]
        if t == "add":
            bal += e["a"]
        elif t == "sub":
            bal -= e["a"]
        elif t == "addsub":
            bal += e["a"] - e["b"]
        elif t in ("rate_add", "case_add"):
            bal += e["x"] * e["y"]
        elif t == "rate_sub":
            bal -= e["x"] * e["y"]
        elif t == "pct_sub":
            bal -= pct_amt(bal, e["p"], e["round"])
        elif t == "pct_add":
            bal += pct_amt(bal, e["p"], e["round"])
        elif t == "frac_sub":
            bal -= bal / e["dv"]
        elif t == "mul":
            bal *= 2
        elif t == "div":
            bal /= 2
        bals.append(bal)
        if fee is not None and t == "sub" and bal < 0:
            bal -= fee
            bals.append(bal)
    return bals


def pct_amt(base, p, rnd):
    x = base * p / 100
    return r2(x) if rnd else x


def build(struct, rng):
    """returns scenario dict"""
    dname, q = struct
    dom = DOMAINS[dname]
    sc = dict(dom=dom, dname=dname, q=q, fee=None, extra={})
    lo_st, hi_st = dom["rng_start"]
    for _attempt in range(400):
        del _USED[:]
        start = money_amt(rng, dom, lo_st, hi_st) if dom["unit"] != "c" else F(rng.randint(lo_st, hi_st))
        types = ("addsub",) if "addsub" in dom else ("add", "sub")
        evs = None
        if q in ("final", "start", "net", "min", "max"):
            n = n_events(rng, dom, 4, 8)
            evs = gen_additive(rng, dom, n, start, types=types, min_bal=1 if dom["unit"] != "mc" else 0)
        elif q == "overdraft":
            n = n_events(rng, dom, 5, 8)
            evs = gen_additive(rng, dom, n, start, allow_neg=True, types=types)
            if dname == "game":
                start = F(rng.randint(0, 40))
        elif q == "fee":
            n = n_events(rng, dom, 5, 7)
            evs = gen_additive(rng, dom, n, start, allow_neg=True, types=types)
            sc["fee"] = F(rng.choice([25, 30, 34, 35]))
            bals_ = simulate(start, evs, sc["fee"])
            nfee = len(bals_) - len(evs)
            if not (1 <= nfee <= 2) or min(bals_) < -400:
                continue
        elif q == "returns":
            n = n_events(rng, dom, 4, 7)
            evs = gen_additive(rng, dom, n - 1, start, types=types, min_bal=1)
            bals = simulate(start, evs)
            diff = bals[-1] - start
            if diff == 0:
                continue
            if diff > 0:
                evs.append(mk_event(rng, dom, "sub", a=diff))
            else:
                evs.append(mk_event(rng, dom, "add", a=-diff))
        elif q == "pct":
            n = n_events(rng, dom, 4, 7)
            evs = gen_additive(rng, dom, n - 1, start, types=types, min_bal=1)
            k = rng.randint(1, len(evs))
            p = rng.choice([10, 15, 20, 25, 30, 40, 50, 12, 5]) if dom["unit"] == "mc" else rng.choice([10, 20, 25, 50, 40, 30, 5])
            evs.insert(k, mk_event(rng, dom, "pct_sub", p=F(p), round=dom["unit"] == "mc"))
        elif q == "frac":
            n = n_events(rng, dom, 4, 7)
            evs = gen_additive(rng, dom, n - 1, start, types=types, min_bal=1)
            k = rng.randint(1, len(evs))
            dv = rng.choice([2, 3, 4, 5])
            evs.insert(k, mk_event(rng, dom, "frac_sub", dv=dv))
        elif q == "cases":
            n = n_events(rng, dom, 4, 7)
            evs = gen_additive(rng, dom, n - 1, start, types=types, min_bal=1)
            k = rng.randint(0, len(evs))
            evs.insert(k, mk_event(rng, dom, "case_add", x=F(rng.randint(2, 9)), y=F(rng.choice([6, 8, 10, 12, 12, 20, 24, 24, 25, 36, 48]))))
        elif q == "rate":
            n = rng.randint(4, 7)
            evs = gen_additive(rng, dom, n - 2, start, types=types, min_bal=1)
            for typ in ("rate_add", "rate_sub"):
                k = rng.randint(0, len(evs))
                evs.insert(k, mk_event(rng, dom, typ, x=F(rng.randint(3, 25)), y=F(rng.choice([4, 5, 6, 8, 10, 12, 15, 20, 25, 30]))))
        elif q == "muldiv":
            n = rng.randint(5, 8)
            start = F(rng.randint(0, 30))
            evs = gen_additive(rng, dom, n - 2, start, types=types, min_bal=0)
            k = rng.randint(1, len(evs))
            evs.insert(k, mk_event(rng, dom, "mul"))
            k = rng.randint(k + 1, len(evs))
            evs.insert(k, mk_event(rng, dom, "div"))
        elif q in ("interest", "interest2"):
            months = rng.randint(3, 5)
            p = F(rng.choice(["0.5", "1", "1.5", "2", "0.75", "1.25", "0.4", "3"]))
            D = F(rng.choice([50, 75, 100, 120, 150, 200, 250, 300, 400]))
            evs = []
            for i in range(months):
                if q == "interest":
                    evs.append(dict(typ="add", desc="deposit", phrase="", noun="", a=D))
                else:
                    if rng.random() < 0.7:
                        evs.append(mk_event(rng, dom, "add", a=money_amt(rng, dom, 50, 500)))
                    else:
                        evs.append(mk_event(rng, dom, "sub", a=money_amt(rng, dom, 20, 200)))
                evs.append(dict(typ="pct_add", desc="interest", phrase="", noun="", p=p, round=True))
            sc["extra"] = dict(D=D, p=p, months=months)
        elif q in ("plan", "goal"):
            start = F(0) if rng.random() < 0.6 else F(rng.randint(5, 40))
            w1 = F(rng.randint(2, 15))
            d = F(rng.randint(1, 6))
            N = rng.randint(5, 10)
            tot = start + N * w1 + d * N * (N - 1) / 2
            goal = None
            if q == "goal":
                goal = F(((int(tot) + rng.randint(15, 200)) // 5) * 5)
            sc["extra"] = dict(w1=w1, d=d, N=N, goal=goal, tot=tot)
            evs = []
        if evs is None:
            raise ValueError(struct)
        # ---- validity
        bals = simulate(start, evs, sc["fee"]) if evs else [start]
        ok = True
        if q in ("plan", "goal"):
            pass
        elif dom["unit"] == "c" or dom["unit"] == "m":
            ok = all(F(b).denominator == 1 for b in bals)
        if any(e.get("a") == 0 or e.get("b") == 0 and e["typ"] == "addsub" for e in evs):
            ok = False
        if q in ("overdraft", "fee"):
            ok = ok and any(b < 0 for b in bals) and min(bals) > -(dom["rng_sub"][1] * 0.8)
            if q == "fee":
                ok = ok and bals[-1] != bals[-2] if len(bals) > 1 else ok
        elif q not in ("plan", "goal"):
            ok = ok and all(b >= 0 for b in bals)
        if q in ("min",):
            ok = ok and min(bals) < start and bals.count(min(bals)) == 1 and bals.index(min(bals)) < len(bals) - 1
        if q in ("max",):
            ok = ok and max(bals) > start and bals.count(max(bals)) == 1 and bals.index(max(bals)) < len(bals) - 1
        if q == "net":
            ok = ok and bals[-1] != start
        if q == "frac":
            ok = ok and all(b > 0 for b in bals)
        if q == "muldiv":
            ok = ok and all(b > 0 for b in bals)
        if q == "pct" and dom["unit"] == "mc":
            # want at least some problems with a rounded percentage
            pass
        if ok:
            sc["start"] = start
            sc["evs"] = evs
            sc["bals"] = bals
            return sc
    raise RuntimeError("could not build %s" % (struct,))


# --------------------------------------------------------------------------- problem text
def subj_forms(person, name, sex):
    if person == "first":
        return dict(N="I", S="I", P="my", has="have", does="do", pr="I")
    pr = "she" if sex == "f" else "he"
    pos = "her" if sex == "f" else "his"
    return dict(N=name, S=pr, P=pos, has="has", does="does", pr=pr)




def pmoney(ctx, x):
    return ctx.n(x)


def event_fields(ctx, e):
    """placeholders for an event's phrases (problem text)"""
    kw = {}
    if "a" in e:
        kw["a"] = ctx.n(e["a"])
    if "b" in e:
        kw["b"] = ctx.n(e["b"])
    if "x" in e:
        kw["r"] = ctx.raw(e["x"])
        kw["n"] = ctx.raw(e["x"])
        kw["t"] = ctx.raw(e["y"])
        kw["k"] = ctx.raw(e["y"])
    if "p" in e:
        kw["p"] = plain(e["p"])
    if "dv" in e:
        kw["d"] = FRAC_WORDS[e["dv"]]
    return kw


def problem_text(sc, ph, forms, rng, pctx):
    dom = sc["dom"]
    q = sc["q"]
    first = ph == "first_person"
    evs = sc["evs"]
    labs = sc["labs"]
    parts = []
    # ---------------- special structures
    if q in ("plan", "goal"):
        ex = sc["extra"]
        w1, d, N, goal = ex["w1"], ex["d"], ex["N"], ex["goal"]
        st = sc["start"]
        who = "I" if first else forms["N"]
        s0 = ("I'm saving up for a bike." if first else "%s is saving up for a bike." % who)
        if st:
            s0 += (" I already have %s in my savings jar." % pmoney(pctx, st)) if first else \
                (" %s already has %s in a savings jar." % (cap(forms["S"]), pmoney(pctx, st)))
        if ph == "table":
            s0 += "\n\n| Week | Amount saved |\n|---|---|\n| 1 | %s |\n| 2 | %s |\n| 3 | %s |\n| ... | ... |\n\n" % (
                pmoney(pctx, w1), pmoney(pctx, w1 + d), pmoney(pctx, w1 + 2 * d))
            s0 += "The amount saved goes up by the same %s every week." % pmoney(pctx, d)
        elif ph == "listed":
            s0 += " The plan:\n- Week 1: save %s\n- Every week after that: save %s more than the week before\n- Keep going for %d weeks" % (
                pmoney(pctx, w1), pmoney(pctx, d), N)
        else:
            s0 += (" I'll put %s in the jar in week 1, and each week after that I'll put in %s more than the week before." % (pmoney(pctx, w1), pmoney(pctx, d))) if first else \
                (" %s puts %s in the jar in week 1, and each week after that %s puts in %s more than the week before." % (cap(forms["S"]), pmoney(pctx, w1), forms["S"], pmoney(pctx, d)))
        if q == "plan":
            qq = ("How much will I have in the jar after %d weeks?" % N) if first else \
                ("How much will be in the jar after %d weeks?" % N)
        else:
            qq = ("The bike costs %s. After %d weeks, how much more will I still need?" % (pmoney(pctx, goal), N)) if first else \
                ("The bike costs %s. After %d weeks, how much more does %s still need?" % (pmoney(pctx, goal), N, forms["S"]))
        return s0 + ("\n\n" if ph in ("listed", "table") else " ") + qq
    if q in ("interest", "interest2"):
        ex = sc["extra"]
        intro = fill(dom["intro1"] if first else dom["intro"], forms, start=pmoney(pctx, sc["start"]))
        p = plain(ex["p"])
        rule = ("At the end of each month the account pays %s%% interest on the balance at that time, rounded to the nearest cent." % p)
        month_labs = [lab for (lab, _pp) in labs[::2]]
        if q == "interest":
            mid = ("At the start of each month %s %s %s." % ("I", "deposit", pmoney(pctx, ex["D"]))) if first else \
                ("At the start of each month %s deposits %s." % (forms["S"], pmoney(pctx, ex["D"])))
            body_ = "%s %s %s" % (intro, mid, rule)
            qq = "How much is in the account at the end of month %d?" % ex["months"] if not first else \
                "How much will I have at the end of month %d?" % ex["months"]
            if ph in ("listed", "table"):
                body_ = "%s\n\n- Deposit: %s at the start of every month\n- Interest: %s%% of the balance at the end of every month (rounded to the cent)\n- Months: %d" % (
                    intro, pmoney(pctx, ex["D"]), p, ex["months"])
                return body_ + "\n\n" + qq
            return body_ + " " + qq
        # interest2: varying transactions
        lines = []
        for i in range(0, len(evs), 2):
            e = evs[i]
            lab = labs[i][0]
            if ph in ("listed", "table"):
                lines.append((lab, cap(fill(e["noun"], forms, **event_fields(pctx, e)))))
            else:
                lines.append("In %s, %s." % (lab, fill(e["phrase"], forms, **event_fields(pctx, e))))
        qq = ("What is the balance at the end of %s, after interest?" % month_labs[-1]) if not first else \
            ("What will my balance be at the end of %s, after interest?" % month_labs[-1])
        if ph == "table":
            t = "| Month | Transaction (start of month) |\n|---|---|\n" + "\n".join("| %s | %s |" % x for x in lines)
            return "%s %s\n\n%s\n\n%s" % (intro, rule, t, qq)
        if ph == "listed":
            t = "\n".join("- %s: %s" % x for x in lines)
            return "%s %s Transactions at the start of each month:\n%s\n\n%s" % (intro, rule, t, qq)
        return "%s %s %s %s" % (intro, " ".join(lines), rule, qq)

    # ---------------- generic ledgers
    unk = q == "start"
    st = pmoney(pctx, sc["start"]) if dom["unit"] != "c" else pctx.raw(sc["start"])
    fin = sc["bals"][-1]
    fin_s = pmoney(pctx, fin) if dom["unit"] != "c" else pctx.raw(fin)
    if unk:
        intro = fill(dom["intro_unk1"] if first else dom["intro_unk"], forms)
    else:
        intro = fill(dom["intro1"] if first else dom["intro"], forms, start=st)
    rule = ""
    if q == "fee":
        rule = ("My bank charges a %s overdraft fee every time a withdrawal or payment leaves the balance below $0." if first else
                "The bank charges a %s overdraft fee each time a withdrawal or payment leaves the balance below $0.") % pmoney(pctx, sc["fee"])
    if q == "overdraft" and dom["unit"] != "c":
        rule = "(The balance is allowed to go below zero.)" if dname_neg(sc) else ""
    if q == "overdraft" and sc["dname"] == "game":
        rule = "Scores can go below zero in this game."
    sents = []
    for i, e in enumerate(evs):
        lab, prep = labs[i]
        kw = event_fields(pctx, e)
        if ph in ("narrative", "first_person"):
            phr = fill(e["phrase"], forms, **kw)
            if i > 0 and rng.random() < 0.3 and prep.startswith("On "):
                sents.append("%s, %s." % (rng.choice(["Then on " + lab, prep]), phr))
            else:
                sents.append("%s, %s." % (prep, phr))
        else:
            sents.append((lab, cap(fill(e["noun"], forms, **kw))))
    if unk:
        endl = fill(dom["end_unk1"] if first else dom["end_unk"], forms, final=fin_s)
    else:
        endl = ""
    qkey = {"final": "q_final", "overdraft": "q_final", "fee": "q_final", "returns": "q_final", "pct": "q_final",
            "frac": "q_final", "cases": "q_final", "rate": "q_final", "muldiv": "q_final",
            "start": "q_start", "net": "q_net", "min": "q_min", "max": "q_max"}[q]
    qlist = dom[qkey + ("1" if first else "")]
    qq = fill(qlist[rng.randrange(len(qlist))], forms)
    qq = cap(qq)
    if ph in ("narrative", "first_person"):
        txt = " ".join(x for x in [intro, rule] if x) + " " + " ".join(sents)
        if endl:
            txt += " " + endl
        return txt + " " + qq
    hdr = {"days": "Day", "weeks": "Week", "months": "Month", "stops": "Stop", "hours": "Time", "rounds": "Round"}[dom["labels"]]
    if ph == "listed":
        lst = "\n".join("- %s: %s" % s for s in sents)
        txt = intro + (" " + rule if rule else "") + " Here's what happened:\n" + lst
    else:
        tbl = "| %s | What happened |\n|---|---|\n" % hdr + "\n".join("| %s | %s |" % s for s in sents)
        txt = intro + (" " + rule if rule else "") + "\n\n" + tbl
    if endl:
        txt += "\n\n" + endl + " " + qq
    else:
        txt += "\n\n" + qq
    return txt


def dname_neg(sc):
    return sc["dname"] in ("bank", "club")


# --------------------------------------------------------------------------- solving -> ops
def solve(sc, T, meth):
    """produce ops list (with shown values) + final carried value"""
    q = sc["q"]
    ops = []
    evs = sc["evs"]
    labs = sc["labs"]
    if q in ("plan", "goal"):
        ex = sc["extra"]
        w1, d, N, goal = ex["w1"], ex["d"], ex["N"], ex["goal"]
        st = sc["start"]
        ops.append(dict(t="start", v=st))
        w = w1
        tot = st
        first_w = w1
        for k in range(1, N + 1):
            if k == 1:
                wsh = w1
                wc = w1
                if st:
                    tsh, tc = T.c(st + wc, {"wrong_op": st - wc}, tag="tot")
                    ops.append(dict(t="week", k=k, pw=None, d=d, w=wsh, wc=wc, pt=st, tot=tsh))
                else:
                    tc = wc
                    ops.append(dict(t="week", k=k, pw=None, d=d, w=wsh, wc=wc, pt=None, tot=wc))
            else:
                wsh, wc = T.c(w + d, {"wrong_op": w * d}, tag="w")
                tsh, tc2 = T.c(tot + wc, {"wrong_op": tot - wc}, tag="tot")
                ops.append(dict(t="week", k=k, pw=w, d=d, w=wsh, wc=wc, pt=tot, tot=tsh))
                tc = tc2
            w = wc
            tot = tc
        last_w = w
        ops.append(dict(t="formula", N=N, first=first_w, last=last_w, st=st, v=None))
        if q == "goal":
            rsh, rc = T.c(goal - tot, {"wrong_op": goal + tot}, tag="remain")
            ops.append(dict(t="remain", goal=goal, tot=tot, v=rsh))
            final = rc
        else:
            final = tot
        # closed-form check (not a step; included only when it agrees)
        fsum = st + F(N) * (first_w + last_w) / 2
        ops[-2 if q == "goal" else -1]["v"] = fsum if fsum == tot else None
        ops.append(dict(t="answer", v=final))
        return ops, final

    start = sc["start"]
    if q == "start":
        fin = sc["bals"][-1]
        return solve_start(sc, T, meth, ops, fin)

    ops.append(dict(t="start", v=start))
    bal = start
    bals = []
    blabs = []
    fee = sc["fee"]
    running = meth != "totals"
    if running:
        for i, e in enumerate(evs):
            lab = labs[i][0]
            bal = apply_event(sc, T, ops, e, lab, bal)
            bals.append(bal)
            blabs.append(lab)
            if fee is not None and e["typ"] == "sub" and bal < 0:
                ops.append(dict(t="note", key="fee", v=bal, fee=fee, lab=lab))
                sh, c = T.c(bal - fee, {"wrong_op": bal + fee}, tag="ev")
                ops.append(dict(t="ev", e=dict(typ="fee", desc="overdraft fee"), lab=lab, prev=bal, terms=[("-", fee)], new=sh))
                bal = c
                bals.append(bal)
                blabs.append(lab)
            elif sc["q"] == "overdraft" and bal < 0 and (len(bals) < 2 or bals[-2] >= 0):
                ops.append(dict(t="note", key="neg", v=bal))
    final = bal
    additive = all(e["typ"] in ("add", "sub", "addsub") for e in evs)
    fee_terms = [op["terms"][0] for op in ops if op["t"] == "ev" and op["e"]["typ"] == "fee"]
    if q == "net" or (meth == "totals" and fee is None):
        adds = []
        subs = []
        for e in evs:
            if e["typ"] == "add":
                adds.append(e["a"])
            elif e["typ"] == "sub":
                subs.append(e["a"])
            else:
                adds.append(e["a"])
                subs.append(e["b"])
        dsh, dc = T.c(sum(adds), {}, tag="sum") if len(adds) > 1 else (sum(adds, F(0)), sum(adds, F(0)))
        ops.append(dict(t="sum", name="in", items=adds, v=dsh))
        wsh, wc = T.c(sum(subs), {}, tag="sum") if len(subs) > 1 else (sum(subs, F(0)), sum(subs, F(0)))
        ops.append(dict(t="sum", name="out", items=subs, v=wsh))
        nsh, nc = T.c(dc - wc, {"wrong_op": dc + wc}, tag="net")
        ops.append(dict(t="net", a=dc, b=wc, v=nsh))
        if q == "net":
            final = nc
            if running:
                # verify against running balance: final - start = net
                ops.append(dict(t="netcheck", start=start, fin=bal, v=(bal - start) if bal - start == nc else None))
        else:
            fsh, fc = T.c(start + nc, {"wrong_op": start - nc}, tag="fin")
            ops.append(dict(t="fromnet", start=start, net=nc, v=fsh))
            final = fc
    if q in ("min", "max"):
        ext = min(bals) if q == "min" else max(bals)
        idx = bals.index(ext)
        ops.append(dict(t="extreme", which=q, v=ext, lab=blabs[idx], bals=list(zip(blabs, bals))))
        final = ext
    if q == "returns" and final == start:
        ops.append(dict(t="note", key="same", v=final))
    # check line (sum of signed changes) for additive problems solved by running balance
    if additive and running and q not in ("net",) and meth == "running+check":
        terms = []
        for e in evs:
            if e["typ"] == "add":
                terms.append(("+", e["a"]))
            elif e["typ"] == "sub":
                terms.append(("-", e["a"]))
            else:
                terms.append(("+", e["a"]))
                terms.append(("-", e["b"]))
        terms += fee_terms
        tv = start + sum(x if o == "+" else -x for o, x in terms)
        csh, cc = T.c(tv, {}, tag="check")
        if cc == bal or isinstance(csh, Mk):
            ops.append(dict(t="check", start=start, terms=terms, v=csh))
    ops.append(dict(t="answer", v=final))
    return ops, final


def apply_event(sc, T, ops, e, lab, bal):
    t = e["typ"]
    if t in ("add", "sub"):
        o = "+" if t == "add" else "-"
        tv = bal + e["a"] if t == "add" else bal - e["a"]
        alt = bal - e["a"] if t == "add" else bal + e["a"]
        sh, c = T.c(tv, {"wrong_op": alt}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[(o, e["a"])], new=sh))
        return c
    if t == "addsub":
        tv = bal + e["a"] - e["b"]
        sh, c = T.c(tv, {"wrong_op": bal + e["a"] + e["b"]}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[("+", e["a"]), ("-", e["b"])], new=sh))
        return c
    if t in ("rate_add", "rate_sub", "case_add"):
        ash, ac = T.c(e["x"] * e["y"], {"wrong_op": e["x"] + e["y"]}, tag="amt")
        ops.append(dict(t="amt", kind="mul", e=e, lab=lab, x=e["x"], y=e["y"], v=ash))
        o = "-" if t == "rate_sub" else "+"
        tv = bal - ac if o == "-" else bal + ac
        sh, c = T.c(tv, {"wrong_op": (bal + ac) if o == "-" else (bal - ac)}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[(o, ac)], new=sh, joined=True))
        return c
    if t in ("pct_sub", "pct_add"):
        ex = bal * e["p"] / 100
        tv = r2(ex) if e["round"] else ex
        ash, ac = T.c(tv, {"exact": ex}, tag="amt")
        ops.append(dict(t="amt", kind="pct", e=e, lab=lab, x=bal, y=e["p"], exact=ex, v=ash))
        o = "+" if t == "pct_add" else "-"
        tv2 = bal + ac if o == "+" else bal - ac
        sh, c = T.c(tv2, {"wrong_op": (bal - ac) if o == "+" else (bal + ac)}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[(o, ac)], new=sh, joined=True))
        return c
    if t == "frac_sub":
        ash, ac = T.c(bal / e["dv"], {"wrong_op": bal * e["dv"]}, tag="amt")
        ops.append(dict(t="amt", kind="frac", e=e, lab=lab, x=bal, y=F(e["dv"]), v=ash))
        sh, c = T.c(bal - ac, {"wrong_op": bal + ac}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[("-", ac)], new=sh, joined=True))
        return c
    if t == "mul":
        sh, c = T.c(bal * 2, {"wrong_op": bal + 2}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[("*", F(2))], new=sh))
        return c
    if t == "div":
        sh, c = T.c(bal / 2, {"wrong_op": bal - 2}, tag="ev")
        ops.append(dict(t="ev", e=e, lab=lab, prev=bal, terms=[("/", F(2))], new=sh))
        return c
    raise ValueError(t)


def inverse(o):
    return {"+": "-", "-": "+", "*": "/", "/": "*"}[o]


def solve_start(sc, T, meth, ops, fin):
    evs = sc["evs"]
    labs = sc["labs"]
    ops.append(dict(t="given", v=fin))
    terms_all = []
    for e in evs:
        if e["typ"] == "add":
            terms_all.append(("+", e["a"]))
        elif e["typ"] == "sub":
            terms_all.append(("-", e["a"]))
        else:
            terms_all.append(("+", e["a"]))
            terms_all.append(("-", e["b"]))
    if meth == "backward":
        bal = fin
        for i in range(len(evs) - 1, -1, -1):
            e = evs[i]
            if e["typ"] == "addsub":
                terms = [("+", e["b"]), ("-", e["a"])]
                tv = bal + e["b"] - e["a"]
                alt = bal - e["b"] + e["a"]
            else:
                o = "-" if e["typ"] == "add" else "+"
                terms = [(o, e["a"])]
                tv = bal - e["a"] if o == "-" else bal + e["a"]
                alt = bal + e["a"] if o == "-" else bal - e["a"]
            sh, c = T.c(tv, {"wrong_op": alt}, tag="undo")
            ops.append(dict(t="undo", e=e, lab=labs[i][0], after=bal, terms=terms, before=sh))
            bal = c
        start = bal
    else:
        # net method / algebra
        items = [x if o == "+" else -x for o, x in terms_all]
        nsh, nc = T.c(sum(items), {}, tag="sum")
        ops.append(dict(t="sum", name="chg", items=items, v=nsh, alg=meth == "algebra"))
        ssh, sc_ = T.c(fin - nc, {"wrong_op": fin + nc}, tag="fin")
        ops.append(dict(t="solve", fin=fin, net=nc, v=ssh, alg=meth == "algebra"))
        start = sc_
    # forward check from the found start
    tv = start + sum(x if o == "+" else -x for o, x in terms_all)
    csh, cc = T.c(tv, {}, tag="check")
    if cc == fin or isinstance(csh, Mk):
        ops.append(dict(t="check", start=start, terms=terms_all, v=csh, target=fin))
    ops.append(dict(t="answer", v=start))
    return ops, start


# --------------------------------------------------------------------------- notation per style
def nota_for(style, rng):
    if style in ("latex_display", "latex_inline"):
        return Nota(cur="\\$", minus="-", times="\\times", div="\\div", sep="{,}", pct="\\%")
    if style == "boxed_steps":
        return Nota(cur="", minus="-", times="\\times", div="\\div", sep=rng.choice(["", ","]), pct="\\%")
    if style == "terse":
        return Nota(cur="", minus="-", times="*", div="/", sep="")
    if style == "gsm8k":
        return Nota(cur="", minus="-", times="*", div="/", sep="")
    if style == "tutor":
        return Nota(cur="$", minus="-", times=rng.choice(["x", "×"]), div="/", sep=",")
    if style == "prose":
        return Nota(cur="$", minus=rng.choice(["−", "-"]), times="×", div="÷", sep=",")
    if style == "arrow":
        return Nota(cur="$", minus="−", times=rng.choice(["×", "·"]), div="÷", sep=",")
    return Nota(cur="$", minus=rng.choice(["−", "−", "-"]), times="×", div="÷", sep=",")


# --------------------------------------------------------------------------- faults
def digits_of(v, unit):
    """(digit string, number of decimals) of |v| as it would be written"""
    v = abs(F(v))
    if unit == "mc":
        dp = 2
    elif v.denominator == 1:
        dp = 0
    else:
        dd = dec_digits(v)
        dp = len(dd[1]) if dd else 2
    n = v * 10 ** dp
    n = n.numerator // n.denominator
    return str(n).zfill(dp + 1), dp


def from_digits(s, dp, neg):
    x = F(int(s), 10 ** dp)
    return -x if neg else x


def wrong_candidates(v, alts, unit, rng):
    v = F(v)
    neg = v < 0
    out = []
    s, dp = digits_of(v, unit)
    ip_len = len(s) - dp
    # off by one / ten / hundred
    for k, d in (("off_by_one", 1), ("off_by_ten", 10), ("off_by_hundred", 100)):
        if k == "off_by_hundred" and abs(v) < 300:
            continue
        sg = rng.choice([1, -1])
        out.append((k, v + sg * d))
        out.append((k, v - sg * d))
    if unit == "mc" and dp == 2:
        sg = rng.choice([1, -1])
        out.append(("off_by_cent", v + sg * F(1, 100)))
        out.append(("off_by_dime", v - sg * F(1, 10)))
    # digit swap
    for i in range(len(s) - 1):
        if s[i] != s[i + 1] and not (i == 0 and s[i + 1] == "0"):
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            out.append(("digit_swap", from_digits(t, dp, neg)))
    # digit drop (integer part)
    if ip_len >= 2:
        for i in range(ip_len):
            t = s[:i] + s[i + 1:]
            if t[0] != "0":
                out.append(("digit_drop", from_digits(t, dp, neg)))
    # digit doubled
    if ip_len >= 1 and s[0] != "0":
        for i in range(ip_len):
            t = s[:i + 1] + s[i] + s[i + 1:]
            out.append(("digit_dup", from_digits(t, dp, neg)))
    out = [(k, w) for k, w in out if "exact" not in alts or abs(w - alts["exact"]) > F(6, 1000)]
    if alts.get("wrong_op") is not None:
        out.append(("wrong_op", F(alts["wrong_op"])))
    if neg:
        out.append(("sign_drop", -v))
        out.append(("sign_drop", -v))
    if dp >= 1:
        out.append(("decimal_shift", v * 10))
        if unit != "mc" or (v / 10 * 100).denominator == 1:
            out.append(("decimal_shift", v / 10))
    return out


def wrong_ok(v, w, unit, kind):
    v, w = F(v), F(w)
    if w == v:
        return False
    if unit in ("c", "m") and w.denominator != 1 and F(v).denominator == 1:
        return False
    if unit == "mc" and (w * 100).denominator != 1:
        return False
    if v >= 0 and w < 0:
        return False
    if v != 0 and w == 0:
        return False
    if abs(w - v) < F(1, 100):
        return False
    return True


# --------------------------------------------------------------------------- assemble a problem
def marked_line(text):
    """strip markers; return (clean text, span of line holding markers, wrong str)"""
    i0 = text.find(MK0)
    if i0 < 0:
        return text, None, None
    i1 = text.find(MK1, i0)
    wrong = text[i0 + 1:i1]
    clean = text.replace(MK0, "").replace(MK1, "")
    # line boundaries in original, then convert by counting markers before
    ls = text.rfind("\n", 0, i0) + 1
    le = text.find("\n", i0)
    if le < 0:
        le = len(text)
    seg = text[ls:le]
    if text.count(MK0) != seg.count(MK0):
        return clean, "multi", wrong
    before = text[:ls]
    shift = before.count(MK0) + before.count(MK1)
    s0 = ls - shift
    s1 = s0 + len(seg.replace(MK0, "").replace(MK1, ""))
    # at least one marked value must be the written result of a computation
    ok = False
    for m in range(len(seg)):
        if seg[m] == MK0:
            pre = seg[:m].rstrip(" ")
            if pre.endswith("=") or pre.endswith("≈") or pre.endswith(" is") or pre.endswith(" equals") or \
                    pre.endswith(" leaves") or pre.endswith(">>") or pre.endswith("\\approx") or \
                    (seg.startswith("|") and pre.endswith("|") and seg[m:].count("|") == 1):
                ok = True
    if not ok:
        return clean, "nocalc", wrong
    return clean, (s0, s1), wrong


def valid_values(sc, T, ops):
    unit = sc["dom"]["unit"]
    for st in T.steps:
        v = F(st["v"])
        if unit in ("c", "m") and v.denominator != 1:
            return False
        if unit == "mc" and (v * 100).denominator != 1:
            return False
    # negative balances only where the story allows them
    if sc["q"] not in ("overdraft", "fee", "net", "start"):
        for op in ops:
            if op["t"] == "ev" and F(V(op["new"])) < 0:
                return False
    if sc["q"] == "start" or sc["q"] == "net":
        for op in ops:
            for key in ("new", "before"):
                if key in op and F(V(op[key])) < 0 and unit == "c":
                    return False
    for op in ops:
        if op["t"] == "amt" and op["kind"] == "pct" and F(V(op["v"])) < 0:
            return False
    return True


def finish(text, final):
    return text.rstrip() + "\n\n#### " + plain(final)


class NoFault(Exception):
    pass


def make_problem(tid, struct, ph, j, style, out_rows):
    dname, q = struct
    dom = DOMAINS[dname]
    rng = random.Random("ledger49|%s|%d" % (tid, j))
    sc = build(struct, rng)
    n = len(sc["evs"])
    if q in ("interest", "interest2"):
        ml = labels("months", sc["extra"]["months"], rng)
        sc["labs"] = [ml[i // 2] for i in range(n)]
    else:
        sc["labs"] = labels(dom["labels"], max(n, 1), rng)
    name, sex = NAMES[rng.randrange(len(NAMES))]
    first = ph == "first_person"
    pforms = subj_forms("first" if first else "third", name, sex)
    pctx = Ctx(dom, Nota(), rng)
    problem = problem_text(sc, ph, pforms, rng, pctx)
    if first:
        sforms = dict(N="You", S="you", P="your", has="have", does="do", pr="you")
    else:
        sforms = subj_forms("third", name, sex)
    # method
    additive = all(e["typ"] in ("add", "sub", "addsub") for e in sc["evs"])
    if q == "start":
        meth = rng.choice(["backward", "net", "algebra"])
    elif q in ("plan", "goal"):
        meth = "running"
    elif q == "net":
        meth = rng.choice(["running", "totals"])
    elif q == "fee":
        meth = rng.choice(["running", "running+check"])
    elif additive and q in ("final", "overdraft", "returns"):
        meth = rng.choice(["running", "running+check", "totals"])
    elif additive:
        meth = rng.choice(["running", "running+check"])
    else:
        meth = "running"
    if style == "table_change" and additive and meth == "running" and q not in ("plan", "goal"):
        meth = "running+check"
    if style == "gsm8k" and meth == "running+check":
        meth = "running"
    nota = nota_for(style, rng)
    rseed = "render49|%s|%d" % (tid, j)

    def run(fault):
        T = Tracer(fault)
        ops, final = solve(sc, T, meth)
        ctx = Ctx(dom, nota, random.Random(rseed + "|n"))
        R = STYLE_CLASSES[style](sc, ctx, random.Random(rseed), sforms)
        lines = R.render(ops)
        text = "\n".join(lines)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return T, ops, final, text.strip("\n")

    T0, ops0, final0, text0 = run(None)
    assert MK0 not in text0
    correct = finish(text0, final0)
    pid = "%s-%d" % (tid, j)
    base = dict(pid=pid, template=tid, style=style, problem=problem)
    gold = plain(final0)
    out_rows.append(dict(base, variant="correct", solution=correct, final=gold))
    steps = T0.steps
    frng = random.Random("fault49|%s|%d" % (tid, j))

    def try_fault(mode):
        idxs = list(range(len(steps)))
        frng.shuffle(idxs)
        for i in idxs:
            st = steps[i]
            if mode == "slip" and style == "table_change" and st["tag"] == "ev":
                continue
            cands = wrong_candidates(st["v"], st["alts"], dom["unit"], frng)
            frng.shuffle(cands)
            # prefer variety of kinds: shuffle kinds first
            kinds = sorted(set(k for k, _ in cands))
            frng.shuffle(kinds)
            for kd in kinds:
                for k, w in cands:
                    if k != kd or not wrong_ok(st["v"], w, dom["unit"], k):
                        continue
                    T, ops, final, text = run(dict(i=i, w=w, mode=mode))
                    clean, span, wrong = marked_line(text)
                    if not isinstance(span, tuple):
                        continue
                    if not valid_values(sc, T, ops):
                        continue
                    if mode == "slip":
                        if final != final0:
                            continue
                        sol = finish(clean, final)
                    else:
                        if final == final0:
                            continue
                        sol = finish(clean, final)
                    right_ctx = Ctx(dom, nota, random.Random(0))
                    right = wrong_token_like(wrong, st["v"], right_ctx)
                    step = sum(1 for s in steps[:i + 1])
                    return dict(base, variant=mode, solution=sol, final=gold, span=list(span), wrong=wrong,
                                right=right, step=step, kind=k)
        return None

    for mode in ("slip", "carry"):
        r = try_fault(mode)
        if r is None:
            raise NoFault("no %s for %s" % (mode, pid))
        out_rows.append(r)
    out_rows.append(make_loop(base, text0, gold, random.Random("loop49|%s|%d" % (tid, j)), style))


def wrong_token_like(wrong, v, ctx):
    """format the right value the way the wrong token was written"""
    has_cur = ctx.N.cur and ctx.N.cur in wrong
    s = ctx.n(v, cur=bool(has_cur)) if ctx.unit in ("mc", "m") else ctx.n(v)
    # mimic separators / minus of the written token
    return s


def make_loop(base, text0, gold, rng, style):
    lines = text0.split("\n")
    # candidate units: 1-3 consecutive non-empty lines containing a digit, after at least one line
    cands = []
    for u in (1, 2, 3):
        for i in range(1, len(lines) - u + 1):
            blk = lines[i:i + u]
            if all(b.strip() for b in blk) and any(any(c.isdigit() for c in b) for b in blk):
                if style == "table_change" and any(b.startswith("|") for b in blk):
                    continue
                if not any(b.startswith("\\[") or b.startswith("\\]") or b.startswith("\\begin") or b.startswith("\\end") or b.startswith("|---") for b in blk):
                    cands.append((i, u))
    i, u = cands[rng.randrange(len(cands))]
    reps = rng.randint(8, 30)
    unit = "\n".join(lines[i:i + u])
    prefix = "\n".join(lines[:i])
    pre = prefix + ("\n" if prefix else "")
    s0 = len(pre) + len(unit) + 1
    body_ = pre + "\n".join([unit] * reps)
    if rng.random() < 0.5:
        # cut off mid-copy, as when a generation hits its token limit
        cut = rng.randint(1, max(1, len(unit) - 1))
        body_ = body_ + "\n" + unit[:cut]
    return dict(base, variant="loop", solution=body_, final=gold, span=[s0, s0 + len(unit)], repeats=reps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = []
    k = 0
    srng = random.Random("styles49")
    order = STYLES[:]
    for si, struct in enumerate(STRUCTURES):
        for ph in PHRASINGS:
            tid = "%s-%s-%s" % (struct[0], struct[1], ph)
            for j in range(NSETS):
                if k % len(STYLES) == 0:
                    srng.shuffle(order)
                style = order[k % len(STYLES)]
                k += 1
                for alt in range(len(STYLES)):
                    st_ = style if alt == 0 else order[(k + alt) % len(STYLES)]
                    trial = []
                    try:
                        make_problem(tid, struct, ph, j, st_, trial)
                    except NoFault:
                        continue
                    rows.extend(trial)
                    break
                else:
                    raise RuntimeError("no style works for %s-%d" % (tid, j))
    keys_base = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            o = {kk: r[kk] for kk in keys_base}
            if r["variant"] in ("slip", "carry"):
                for kk in ("span", "wrong", "right", "step", "kind"):
                    o[kk] = r[kk]
            elif r["variant"] == "loop":
                o["span"] = r["span"]
                o["repeats"] = r["repeats"]
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out))


if __name__ == "__main__":
    main()
