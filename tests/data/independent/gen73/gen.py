#!/usr/bin/env python3
"""Held-out eval set generator: restaurants and splitting the bill.

Standard library only. Deterministic: string-seeded random.Random, no set iteration.
Usage: python3 gen.py --out set.jsonl
"""
import argparse
import json
import random
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, ROUND_FLOOR

import menus as M

NSETS = 4

# ---------------------------------------------------------------- numbers


def fr(x):
    return F(str(x))


def dec(f):
    return Decimal(f.numerator) / Decimal(f.denominator)


def terminating(f, maxd):
    return (f * 10 ** maxd).denominator == 1


def ndec(f):
    for d in range(0, 12):
        if (f * 10 ** d).denominator == 1:
            return d
    return None


def qround(f, d, mode):
    v = dec(f)
    r = v.quantize(Decimal(1).scaleb(-d), rounding=mode)
    return F(str(r))


def sfix(f, d):
    """exact string with exactly d decimals (f must be representable)"""
    n = f * 10 ** d
    assert n.denominator == 1, (f, d)
    n = n.numerator
    neg = n < 0
    n = abs(n)
    s = str(n).rjust(d + 1, "0")
    ip, fp = (s[:-d], s[-d:]) if d else (s, "")
    return ("-" if neg else "") + ip + ("." + fp if d else "")


def strunc(f, d):
    """truncated to d decimals (f positive)"""
    n = (f.numerator * 10 ** d) // f.denominator
    return sfix(F(n, 10 ** d), d)


def commas(s):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")
    out = ""
    while len(ip) > 3:
        out = "," + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return ("-" if neg else "") + out + ("." + fp if fp else "")


def final_str(f):
    d = ndec(f)
    s = sfix(f, d)
    return s


# ---------------------------------------------------------------- expressions

OPS = "+-*/"


def ev(toks):
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            assert peek() == ")"
            pos[0] += 1
            return v
        kind, v = t
        return v / 100 if kind == "p" else v

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

    v = expr()
    assert pos[0] == len(toks)
    return v


class Step:
    pass


class Builder:
    def __init__(self, ov=None):
        self.ov = ov
        self.steps = []
        self.keys = {}

    def c(self, key, label, toks, fmt="$", rnd=None, lead=None, say=None, d=None):
        s = Step()
        s.key, s.label, s.toks, s.fmt, s.rnd = key, label, toks, fmt, rnd
        s.lead = lead or label
        s.say = say
        val = ev(toks)
        s.val = val
        if rnd is None:
            dd = ndec(val)
            assert dd is not None and dd <= 6, (key, val)
            if fmt == "$":
                dd = max(dd, 2) if dd > 0 else 2
            if d is not None:
                dd = max(dd, d)
            s.d = dd
            s.res = val
        else:
            dd, mode = {
                "cent": (2, ROUND_HALF_UP), "up_cent": (2, ROUND_CEILING),
                "up_dollar": (0, ROUND_CEILING), "dollar": (0, ROUND_HALF_UP),
                "d1": (1, ROUND_HALF_UP), "d4": (4, ROUND_HALF_UP),
            }[rnd]
            s.d = dd
            s.res = qround(val, dd, mode)
        s.shown = s.res
        idx = len(self.steps)
        if self.ov is not None and self.ov[0] == idx:
            s.shown = self.ov[1]
        s.down = s.shown
        self.steps.append(s)
        self.keys[key] = s
        return s.shown

    def __getitem__(self, k):
        return self.keys[k]


def num(kind, v):
    return (kind, fr(v) if not isinstance(v, F) else v)


def joinplus(parts):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append("+")
        out.extend(p)
    return out


def item_toks(items):
    parts = []
    for (qty, name, price) in items:
        if qty > 1:
            parts.append([("c", F(qty)), "*", ("$", price)])
        else:
            parts.append([("$", price)])
    return joinplus(parts)


# ---------------------------------------------------------------- structures
# each: params(rng, phr) -> p ; solve(p, b) -> final key ; text(p, phr) -> str

STRUCTS = []


def struct(name):
    def deco(cls):
        cls.name = name
        STRUCTS.append(cls)
        return cls
    return deco


def pick_items(rng, venue, k, qmax=3):
    menu = M.VENUES[venue][1]
    idx = rng.sample(range(len(menu)), k)
    out = []
    for i in idx:
        sing, plur, prices = menu[i]
        qty = rng.choice([1, 1, 2, 2, 3][: 2 + qmax])
        out.append((qty, (sing, plur), fr(rng.choice(prices))))
    return out


def items_text(items, rng):
    parts = []
    for qty, (sing, plur), price in items:
        form = rng.randrange(3)
        if qty == 1:
            art = "an" if sing[0] in "aeiou" else "a"
            parts.append(f"one {sing} (${sfix(price, 2)})" if form else f"{art} {sing} for ${sfix(price, 2)}")
        else:
            w = M.WORDNUM[qty] if form == 2 else str(qty)
            parts.append(f"{w} {plur} at ${sfix(price, 2)} each")
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return parts[0] + " and " + parts[1]
    return ", ".join(parts[:-1]) + ", and " + parts[-1]


def pct_s(p):
    return f"{final_str(p)}%"


@struct("even-split")
class EvenSplit:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        p = dict(venue=v, items=pick_items(rng, v, rng.choice([3, 4])), n=rng.choice([2, 3, 4, 5, 6]),
                 tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice(M.TIPS)))
        return p

    @staticmethod
    def solve(p, b):
        items = [(q, n, pr) for q, n, pr in p["items"]]
        sub = b.c("sub", "Subtotal", item_toks(items), lead="Food subtotal")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", sub)], rnd="cent",
                  lead=f"Sales tax at {pct_s(p['tax'])}")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])} of pre-tax)", [num("p", p["tip"]), "*", num("$", sub)], rnd="cent",
                  lead=f"The {pct_s(p['tip'])} tip on the pre-tax subtotal")
        tot = b.c("tot", "Total", [num("$", sub), "+", num("$", tax), "+", num("$", tip)], lead="Total bill")
        b.c("each", "Per person", [num("$", tot), "/", num("c", p["n"])], rnd="up_cent",
            lead=f"Split {p['n']} ways")
        return "each", "Each person pays {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        n = p["n"]
        if phr // 5 == 0:
            return (f"{M.WORDNUM[n].capitalize()} friends eat at {name} and order {it}. Sales tax is {pct_s(p['tax'])}, "
                    f"and they tip {pct_s(p['tip'])} on the pre-tax amount. If they split the bill evenly, how much does "
                    f"each person pay, rounded up to the next cent?")
        return (f"We were {n} people at {name}. Our order: {it}. Tax here is {pct_s(p['tax'])} and we want to leave a "
                f"{pct_s(p['tip'])} tip calculated before tax. Splitting everything equally (round each share up to "
                f"the cent), what does each of us owe?")


@struct("tip-post-tax")
class TipPostTax:
    @staticmethod
    def params(rng, phr):
        sub = fr(rng.randrange(3000, 19000) / 100) if False else F(rng.randrange(3000, 19000), 100)
        return dict(venue=M.VLIST[phr % 5], sub=sub, tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice(M.TIPS)))

    @staticmethod
    def solve(p, b):
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", p["sub"])], rnd="cent",
                  lead=f"Sales tax at {pct_s(p['tax'])}")
        wt = b.c("wt", "After-tax total", [num("$", p["sub"]), "+", num("$", tax)], lead="Total with tax")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])} of after-tax)", [num("p", p["tip"]), "*", num("$", wt)], rnd="cent",
                  lead=f"The {pct_s(p['tip'])} tip on the after-tax total")
        b.c("grand", "Grand total", [num("$", wt), "+", num("$", tip)], lead="Grand total")
        return "grand", "The total comes to {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        s = commas(sfix(p["sub"], 2))
        if phr // 5 == 0:
            return (f"Dinner at {name} comes to ${s} before tax. Sales tax is {pct_s(p['tax'])}. My dad always tips "
                    f"{pct_s(p['tip'])} on the total after tax. What is the final amount he pays?")
        return (f"The food and drinks at {name} cost ${s}. Add {pct_s(p['tax'])} sales tax, then a {pct_s(p['tip'])} "
                f"tip on the post-tax amount. How much is the bill altogether?")


@struct("change-100")
class Change100:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        for _ in range(200):
            items = pick_items(rng, v, rng.choice([2, 3]), qmax=2)
            tax = fr(rng.choice(M.TAXES))
            sub = sum(q * pr for q, _, pr in items)
            if sub * (1 + tax / 100) < 92 and sub > 25:
                break
        return dict(venue=v, items=items, tax=tax, bill=100)

    @staticmethod
    def solve(p, b):
        sub = b.c("sub", "Subtotal", item_toks(p["items"]), lead="Subtotal")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", sub)], rnd="cent",
                  lead=f"Tax at {pct_s(p['tax'])}")
        tot = b.c("tot", "Total", [num("$", sub), "+", num("$", tax)], lead="Total due")
        b.c("chg", "Change", [num("$", F(100)), "-", num("$", tot)], lead="Change from $100")
        return "chg", "The change is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        if phr // 5 == 0:
            return (f"At {name} I ordered {it}. Tax is {pct_s(p['tax'])}. I pay with a $100 bill. How much change "
                    f"should I get back?")
        return (f"A customer at {name} orders {it}. With {pct_s(p['tax'])} sales tax added, she hands the cashier a "
                f"$100 bill. What is her change?")


@struct("by-order")
class ByOrder:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        menu = M.VENUES[v][1]
        names = rng.sample(M.NAMES, 3)
        orders = []
        for nm in names:
            k = rng.choice([1, 2])
            idx = rng.sample(range(len(menu)), k)
            orders.append((nm, [(menu[i][0], fr(rng.choice(menu[i][2]))) for i in idx]))
        app = (rng.choice(M.APPS), F(rng.randrange(18, 64) * 25, 100))
        return dict(venue=v, orders=orders, app=app, tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice([15, 18, 20])),
                    who=rng.randrange(3))

    @staticmethod
    def solve(p, b):
        nm, its = p["orders"][p["who"]]
        share = b.c("app", "Shared appetizer", [num("$", p["app"][1]), "/", num("c", 3)], rnd="cent",
                    lead=f"{nm}'s third of the {p['app'][0]}")
        own = b.c("own", f"{nm}'s food", joinplus([[num("$", pr)] for _, pr in its]) + ["+", num("$", share)],
                  lead=f"{nm}'s items plus the appetizer share")
        mult = b.c("mult", "Tax + tip multiplier",
                   [num("n", 1), "+", num("r", p["tax"] / 100), "+", num("r", p["tip"] / 100)], fmt="n",
                   lead="Tax and tip together as a multiplier")
        b.c("pay", f"{nm} pays", [num("$", own), "*", num("n", mult)], rnd="cent", lead=f"{nm}'s total")
        return "pay", nm + " owes {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        desc = []
        for nm, its in p["orders"]:
            desc.append(nm + " had " + " and ".join(f"{'an' if i[0] in 'aeiou' else 'a'} {i} (${sfix(pr, 2)})" for i, pr in its))
        who = p["orders"][p["who"]][0]
        app = f"{p['app'][0]} for ${sfix(p['app'][1], 2)}"
        if phr // 5 == 0:
            return (f"Three of us went to {name}. " + "; ".join(desc) + f". We shared the {app} three ways. "
                    f"Tax is {pct_s(p['tax'])} and we're tipping {pct_s(p['tip'])}, both applied to what each person "
                    f"ordered. How much does {who} owe, to the nearest cent?")
        return (f"Splitting by what each person ordered at {name}: " + "; ".join(desc) + f". The {app} is split "
                f"equally among the three. Each person adds {pct_s(p['tax'])} tax and a {pct_s(p['tip'])} tip on their "
                f"own share. What is {who}'s total (round to the cent)?")


@struct("coupon-pct")
class CouponPct:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        return dict(venue=v, items=pick_items(rng, v, 3), off=fr(rng.choice([10, 15, 20, 25])),
                    tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice([15, 18, 20])))

    @staticmethod
    def solve(p, b):
        sub = b.c("sub", "Subtotal", item_toks(p["items"]), lead="Original subtotal")
        disc = b.c("disc", f"Coupon ({pct_s(p['off'])} off)", [num("p", p["off"]), "*", num("$", sub)], rnd="cent",
                   lead=f"The {pct_s(p['off'])} coupon takes off")
        after = b.c("after", "Discounted subtotal", [num("$", sub), "-", num("$", disc)], lead="After the coupon")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", after)], rnd="cent",
                  lead=f"Tax on the discounted amount")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])} of original)", [num("p", p["tip"]), "*", num("$", sub)], rnd="cent",
                  lead=f"Tip on the original, pre-coupon subtotal")
        b.c("tot", "Total paid", [num("$", after), "+", num("$", tax), "+", num("$", tip)], lead="Total paid")
        return "tot", "The total paid is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        if phr // 5 == 0:
            return (f"We ordered {it} at {name} and had a {pct_s(p['off'])}-off coupon. Tax of {pct_s(p['tax'])} is "
                    f"charged on the discounted price, but we tip {pct_s(p['tip'])} on the original subtotal before "
                    f"the coupon. What do we pay in total?")
        return (f"At {name}, the order is {it}. A coupon gives {pct_s(p['off'])} off the food. Sales tax "
                f"({pct_s(p['tax'])}) applies after the discount; the {pct_s(p['tip'])} tip is figured on the "
                f"undiscounted subtotal. Find the total.")


@struct("coupon-flat")
class CouponFlat:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        for _ in range(200):
            items = pick_items(rng, v, 3)
            sub = sum(q * pr for q, _, pr in items)
            if sub >= 50:
                break
        return dict(venue=v, items=items, off=F(rng.choice([5, 10, 15])), tax=fr(rng.choice(M.TAXES)),
                    n=rng.choice([2, 3, 4]))

    @staticmethod
    def solve(p, b):
        sub = b.c("sub", "Subtotal", item_toks(p["items"]), lead="Subtotal")
        after = b.c("after", "After coupon", [num("$", sub), "-", num("$", p["off"])], lead=f"Minus the ${p['off']} coupon")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", after)], rnd="cent",
                  lead="Tax on the reduced amount")
        tot = b.c("tot", "Total", [num("$", after), "+", num("$", tax)], lead="Total")
        b.c("each", "Each share", [num("$", tot), "/", num("c", p["n"])], rnd="up_cent", lead=f"Divided by {p['n']}")
        return "each", "Each person pays {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        off = p["off"]
        if phr // 5 == 0:
            return (f"{name} has a ${off}-off coupon for orders over $50. {M.WORDNUM[p['n']].capitalize()} friends order "
                    f"{it}. Tax is {pct_s(p['tax'])} and is charged after the coupon. Split evenly, and rounding up to "
                    f"the cent, what is each share?")
        return (f"Our table of {p['n']} ordered {it} at {name}. We used a ${off} off coupon, then {pct_s(p['tax'])} "
                f"tax was added. If we split it evenly (rounding each share up to the next cent), how much does each "
                f"person pay?")


@struct("happy-hour")
class HappyHour:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        drink, dprice = rng.choice(M.DRINKS)
        app, aprice = rng.choice(M.HH_APPS)
        return dict(venue=v, drink=drink, dprice=fr(dprice), k=rng.randrange(3, 9), m=rng.randrange(2, 6),
                    app=app, aprice=fr(aprice), apps=rng.randrange(1, 4), hhoff=fr(rng.choice([25, 30, 40, 50])),
                    tip=fr(rng.choice([18, 20])))

    @staticmethod
    def solve(p, b):
        hh = b.c("hh", "Happy-hour drink price", [num("$", p["dprice"]), "*", num("r", 1 - p["hhoff"] / 100)],
                 rnd="cent", lead=f"Each {p['drink']} at {pct_s(p['hhoff'])} off")
        d1 = b.c("d1", "Happy-hour drinks", [num("c", p["k"]), "*", num("$", hh)], lead=f"{p['k']} happy-hour drinks")
        d2 = b.c("d2", "Full-price drinks", [num("c", p["m"]), "*", num("$", p["dprice"])],
                 lead=f"{p['m']} drinks after happy hour")
        ap = b.c("ap", "Appetizers", [num("c", p["apps"]), "*", num("$", p["aprice"])], lead="Appetizers")
        sub = b.c("sub", "Subtotal", [num("$", d1), "+", num("$", d2), "+", num("$", ap)], lead="Subtotal")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])})", [num("p", p["tip"]), "*", num("$", sub)], rnd="cent",
                  lead=f"{pct_s(p['tip'])} tip on the subtotal")
        b.c("tot", "Total", [num("$", sub), "+", num("$", tip)], lead="Total")
        return "tot", "The tab comes to {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        if phr // 5 == 0:
            return (f"At {name}, a {p['drink']} is ${sfix(p['dprice'], 2)}, but during happy hour drinks are "
                    f"{pct_s(p['hhoff'])} off. Our group had {p['k']} drinks during happy hour and {p['m']} more after it "
                    f"ended, plus {p['apps']} order{'s' if p['apps'] > 1 else ''} of {p['app']} at ${sfix(p['aprice'], 2)} each (not discounted). "
                    f"We tip {pct_s(p['tip'])} on the subtotal. What's the total? (Ignore tax.)")
        return (f"Happy hour at {name}: {pct_s(p['hhoff'])} off all drinks (regular price ${sfix(p['dprice'], 2)} for a "
                f"{p['drink']}). Our table orders {p['k']} drinks at the happy-hour price and {p['m']} at full price, and "
                f"{p['apps']} plate{'s' if p['apps'] > 1 else ''} of {p['app']} for ${sfix(p['aprice'], 2)} each. Round the happy-hour drink price "
                f"to the cent and add a {pct_s(p['tip'])} tip. How much is the tab? No tax.")


@struct("service-charge")
class ServiceCharge:
    @staticmethod
    def params(rng, phr):
        return dict(venue=M.VLIST[phr % 5], n=rng.randrange(6, 13),
                    sub=F(rng.randrange(18000, 62000), 100), sc=fr(rng.choice([18, 20, 22])),
                    tax=fr(rng.choice(M.TAXES)))

    @staticmethod
    def solve(p, b):
        sc = b.c("sc", f"Service charge ({pct_s(p['sc'])})", [num("p", p["sc"]), "*", num("$", p["sub"])], rnd="cent",
                 lead=f"Automatic {pct_s(p['sc'])} service charge")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", p["sub"])], rnd="cent",
                  lead=f"Sales tax on the food")
        tot = b.c("tot", "Total", [num("$", p["sub"]), "+", num("$", sc), "+", num("$", tax)], lead="Total")
        b.c("each", "Per person", [num("$", tot), "/", num("c", p["n"])], rnd="up_cent", lead=f"Split among {p['n']}")
        return "each", "Each guest pays {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        s = commas(sfix(p["sub"], 2))
        if phr // 5 == 0:
            return (f"A party of {p['n']} at {name} has a food-and-drink subtotal of ${s}. Parties of 6 or more get an "
                    f"automatic {pct_s(p['sc'])} service charge on the subtotal, and {pct_s(p['tax'])} sales tax is also "
                    f"charged on the subtotal. Split evenly, how much does each guest pay (round up to the cent)?")
        return (f"{p['n']} coworkers had a team lunch at {name}: ${s} before charges. The restaurant adds a "
                f"{pct_s(p['sc'])} service charge and {pct_s(p['tax'])} tax, each on the ${s}. Dividing the total "
                f"equally and rounding up to the next cent, what is each person's share?")


@struct("round-up-dollars")
class RoundUpDollars:
    @staticmethod
    def params(rng, phr):
        n = rng.randrange(3, 8)
        for _ in range(500):
            t = F(rng.randrange(6000, 30000), 100)
            if (t / n).denominator != 1:
                break
        return dict(venue=M.VLIST[phr % 5], n=n, tot=t)

    @staticmethod
    def solve(p, b):
        sh = b.c("share", "Exact share", [num("$", p["tot"]), "/", num("c", p["n"])], rnd="up_dollar",
                 lead="Each exact share")
        col = b.c("col", "Collected", [num("c", p["n"]), "*", num("$", sh)], lead="Money collected")
        b.c("extra", "Extra", [num("$", col), "-", num("$", p["tot"])], lead="Left over for the server")
        return "extra", "The extra left for the server is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        t = commas(sfix(p["tot"], 2))
        if phr // 5 == 0:
            return (f"The final bill at {name} (tax and tip included) is ${t} for {p['n']} people. Everyone rounds their "
                    f"equal share up to the next whole dollar and puts that much cash in. How much extra money is on "
                    f"the table beyond the bill?")
        return (f"{p['n']} friends split a ${t} check at {name}. To keep it simple, each person pays their share rounded "
                f"up to a whole dollar, and the extra goes to the server. How much extra does the server get?")


@struct("tip-table")
class TipTable:
    @staticmethod
    def params(rng, phr):
        return dict(venue=M.VLIST[phr % 5], bill=F(rng.randrange(4000, 26000), 100), n=rng.randrange(2, 7),
                    ask=rng.randrange(3))

    @staticmethod
    def solve(p, b):
        for pc in (15, 18, 20):
            t = b.c(f"t{pc}", f"{pc}% tip", [num("p", F(pc)), "*", num("$", p["bill"])], rnd="cent",
                    lead=f"A {pc}% tip")
            b.c(f"e{pc}", f"{pc}% per person", [num("$", t), "/", num("c", p["n"])], rnd="cent",
                lead=f"{pc}% tip per person")
        pc = (15, 18, 20)[p["ask"]]
        return f"e{pc}", "At " + str(pc) + "%, each person's part of the tip is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        pc = (15, 18, 20)[p["ask"]]
        bl = commas(sfix(p["bill"], 2))
        if phr // 5 == 0:
            return (f"Our bill at {name} is ${bl} and there are {p['n']} of us. Make a quick table of the tip at 15%, "
                    f"18% and 20%, and the tip per person for each (to the nearest cent). How much tip does each "
                    f"person chip in at {pc}%?")
        return (f"Tip-per-person table: a ${bl} check at {name}, split among {p['n']} people. Show 15%, 18%, and 20% "
                f"tips and each person's share of the tip, rounded to the cent. What is the per-person tip at {pc}%?")


@struct("what-percent")
class WhatPercent:
    @staticmethod
    def params(rng, phr):
        for _ in range(500):
            bill = F(rng.randrange(2500, 15000), 100)
            paid = F(int(bill * F(rng.randrange(114, 126), 100)) + rng.randrange(0, 3), 1)
            if paid > bill and (100 * (paid - bill) / bill).denominator != 1:
                break
        return dict(venue=M.VLIST[phr % 5], bill=bill, paid=paid)

    @staticmethod
    def solve(p, b):
        tip = b.c("tip", "Tip", [num("$", p["paid"]), "-", num("$", p["bill"])], lead="Tip amount")
        b.c("pct", "Tip percent", [num("$", tip), "/", num("$", p["bill"]), "*", num("c", 100)], fmt="n", rnd="d1",
            lead="As a percentage of the bill")
        return "pct", "The tip was about {v}% of the bill."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        if phr // 5 == 0:
            return (f"My check at {name} was ${sfix(p['bill'], 2)}. I left ${sfix(p['paid'], 0)} in cash and told the "
                    f"server to keep the change. What percent tip is that, to one decimal place?")
        return (f"A diner's bill is ${sfix(p['bill'], 2)} and he pays ${sfix(p['paid'], 0)} total, the rest being tip. "
                f"Express the tip as a percentage of the bill, rounded to the nearest tenth of a percent.")


@struct("pizza-delivery")
class PizzaDelivery:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        items = pick_items(rng, v, 2)
        return dict(venue=v, items=items, fee=fr(rng.choice(["2.99", "3.99", "4.99", "5.00"])),
                    tax=fr(rng.choice(M.TAXES)), dtip=F(rng.choice([5, 6, 8, 10])), n=rng.randrange(3, 7))

    @staticmethod
    def solve(p, b):
        food = b.c("food", "Food", item_toks(p["items"]), lead="Food total")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])}, food only)", [num("p", p["tax"]), "*", num("$", food)], rnd="cent",
                  lead="Tax on the food only")
        tot = b.c("tot", "Total", [num("$", food), "+", num("$", tax), "+", num("$", p["fee"]), "+",
                                   num("$", p["dtip"])], lead="Food + tax + delivery fee + driver tip")
        b.c("each", "Per person", [num("$", tot), "/", num("c", p["n"])], rnd="up_cent", lead=f"Each of the {p['n']}")
        return "each", "Each person chips in {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        if phr // 5 == 0:
            return (f"{p['n']} roommates order delivery from {name}: {it}. There's a ${sfix(p['fee'], 2)} delivery fee "
                    f"(not taxed), {pct_s(p['tax'])} tax on the food, and they give the driver a ${p['dtip']} tip. "
                    f"Splitting evenly and rounding up to the cent, how much does each roommate pay?")
        return (f"Delivery order from {name} for {p['n']} people: {it}. Food is taxed at {pct_s(p['tax'])}; the "
                f"${sfix(p['fee'], 2)} delivery fee isn't taxed. Add a ${p['dtip']} cash tip for the driver. What is "
                f"each person's even share, rounded up to the nearest cent?")


@struct("tax-included")
class TaxIncluded:
    @staticmethod
    def params(rng, phr):
        tax = fr(rng.choice([5, 6, 8, 10, "7.5", "6.25"]))
        while True:
            pre = F(rng.randrange(20, 90) * 2 * (2 if tax == fr("6.25") else 1))
            if ndec(pre * (1 + tax / 100)) <= 2:
                break
        return dict(venue=M.VLIST[phr % 5], tax=tax, pre=pre, rtot=pre * (1 + tax / 100),
                    tip=fr(rng.choice([15, 18, 20])))

    @staticmethod
    def solve(p, b):
        mult = b.c("mult", "Multiplier", [num("n", 1), "+", num("r", p["tax"] / 100)], fmt="n",
                   lead="Tax multiplier")
        pre = b.c("pre", "Pre-tax amount", [num("$", p["rtot"]), "/", num("n", mult)], rnd="cent",
                  lead="Pre-tax subtotal")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])} of pre-tax)", [num("p", p["tip"]), "*", num("$", pre)], rnd="cent",
                  lead=f"{pct_s(p['tip'])} tip on the pre-tax amount")
        b.c("paid", "Total paid", [num("$", p["rtot"]), "+", num("$", tip)], lead="Total paid")
        return "paid", "The total paid with tip is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        rt = commas(sfix(p["rtot"], 2))
        if phr // 5 == 0:
            return (f"My receipt from {name} says ${rt}, which already includes {pct_s(p['tax'])} sales tax. I want "
                    f"to tip {pct_s(p['tip'])} of the pre-tax amount. What's my total including the tip?")
        return (f"The check from {name} shows a total of ${rt} with {pct_s(p['tax'])} tax included. Work backward to the "
                f"pre-tax subtotal, add a {pct_s(p['tip'])} tip on that subtotal, and give the total paid.")


@struct("gift-card")
class GiftCard:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        return dict(venue=v, sub=F(rng.randrange(6000, 16000), 100), tax=fr(rng.choice(M.TAXES)),
                    tip=fr(rng.choice([18, 20])), card=F(rng.choice([20, 25, 30, 40, 50])))

    @staticmethod
    def solve(p, b):
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", p["sub"])], rnd="cent",
                  lead="Tax")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])})", [num("p", p["tip"]), "*", num("$", p["sub"])], rnd="cent",
                  lead=f"{pct_s(p['tip'])} tip on the subtotal")
        tot = b.c("tot", "Total", [num("$", p["sub"]), "+", num("$", tax), "+", num("$", tip)], lead="Total")
        rest = b.c("rest", "After gift card", [num("$", tot), "-", num("$", p["card"])], lead="Minus the gift card")
        b.c("each", "Each half", [num("$", rest), "/", num("c", 2)], rnd="up_cent", lead="Split between two")
        return "each", "Each of them pays {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        s = sfix(p["sub"], 2)
        if phr // 5 == 0:
            return (f"Two sisters have dinner at {name}; the subtotal is ${s}. Tax is {pct_s(p['tax'])} and they tip "
                    f"{pct_s(p['tip'])} on the subtotal. They use a ${p['card']} gift card, then split what's left "
                    f"evenly. How much does each pay (round up to the cent)?")
        return (f"Date night at {name}: ${s} before tax. With {pct_s(p['tax'])} tax and a {pct_s(p['tip'])} tip on the "
                f"pre-tax subtotal, they apply a ${p['card']} gift card and split the remainder 50/50, each share "
                f"rounded up to the cent. What does each person pay?")


@struct("bogo")
class Bogo:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        for _ in range(200):
            items = pick_items(rng, v, 3, qmax=1)
            a, b2 = items[0][2], items[1][2]
            if a != b2:
                break
        return dict(venue=v, items=items, tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice([18, 20])))

    @staticmethod
    def solve(p, b):
        its = p["items"]
        a, c2, o = its[0][2], its[1][2], its[2]
        full = b.c("full", "Full-price subtotal", item_toks(its), lead="Full-price subtotal")
        free = min(a, c2)
        pay = b.c("pay", "After BOGO", [num("$", full), "-", num("$", free)], lead="Minus the free (cheaper) item")
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", pay)], rnd="cent",
                  lead="Tax on what is actually charged")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])} of full price)", [num("p", p["tip"]), "*", num("$", full)],
                  rnd="cent", lead=f"{pct_s(p['tip'])} tip on the full-price subtotal")
        b.c("tot", "Total", [num("$", pay), "+", num("$", tax), "+", num("$", tip)], lead="Total")
        return "tot", "The total is {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        it = items_text(p["items"], rng)
        n1, n2 = p["items"][0][1][0], p["items"][1][1][0]
        if phr // 5 == 0:
            return (f"{name} has a buy-one-get-one deal: of the {n1} and the {n2}, the cheaper one is free. We "
                    f"order {it}. Tax is {pct_s(p['tax'])} on the charged amount, and we tip {pct_s(p['tip'])} on the "
                    f"full price before the deal. What's the total?")
        return (f"Using a BOGO coupon at {name} (the cheaper of the {n1} and the {n2} is free), my order is {it}. "
                f"Tax ({pct_s(p['tax'])}) is on the discounted subtotal; a good tipper tips {pct_s(p['tip'])} of the "
                f"undiscounted subtotal. How much do I pay?")


@struct("birthday-treat")
class BirthdayTreat:
    @staticmethod
    def params(rng, phr):
        v = M.VLIST[phr % 5]
        return dict(venue=v, n=rng.randrange(4, 9), sub=F(rng.randrange(9000, 32000), 100),
                    tax=fr(rng.choice(M.TAXES)), tip=fr(rng.choice([18, 20, 22])))

    @staticmethod
    def solve(p, b):
        tax = b.c("tax", f"Tax ({pct_s(p['tax'])})", [num("p", p["tax"]), "*", num("$", p["sub"])], rnd="cent",
                  lead="Tax")
        tip = b.c("tip", f"Tip ({pct_s(p['tip'])})", [num("p", p["tip"]), "*", num("$", p["sub"])], rnd="cent",
                  lead=f"{pct_s(p['tip'])} tip on the pre-tax subtotal")
        tot = b.c("tot", "Total", [num("$", p["sub"]), "+", num("$", tax), "+", num("$", tip)], lead="Total")
        payers = b.c("payers", "People paying", [num("c", p["n"]), "-", num("c", 1)], fmt="n", lead="People paying")
        b.c("each", "Each payer", [num("$", tot), "/", num("c", payers)], rnd="up_cent", lead="Each payer's share")
        return "each", "Each paying friend owes {v}."

    @staticmethod
    def text(p, phr, rng):
        name = M.VENUES[p["venue"]][0]
        s = sfix(p["sub"], 2)
        if phr // 5 == 0:
            return (f"{p['n']} friends (including the birthday girl) go to {name}. The subtotal is ${s}, tax is "
                    f"{pct_s(p['tax'])}, and they tip {pct_s(p['tip'])} on the subtotal. The birthday girl doesn't pay; "
                    f"everyone else splits the whole bill evenly, rounding up to the cent. How much does each payer owe?")
        return (f"Birthday dinner at {name} for a group of {p['n']}: ${s} before tax. Add {pct_s(p['tax'])} tax and a "
                f"{pct_s(p['tip'])} tip on the pre-tax amount. The birthday person eats free, so the others cover it "
                f"equally (round up to the nearest cent). What is each share?")


# ---------------------------------------------------------------- rendering

class Style:
    def __init__(self, name, **kw):
        self.name = name
        self.mul = kw.get("mul", "×")
        self.div = kw.get("div", "÷")
        self.minus = kw.get("minus", "−")
        self.latex = kw.get("latex", False)
        self.dollar = kw.get("dollar", True)
        self.whole = kw.get("whole", False)
        self.rate = kw.get("rate", False)
        self.worded = kw.get("worded", False)


STYLES = [
    Style("md-steps", mul="×", div="÷", minus="−"),
    Style("bold-labels", mul="×", div="÷", minus="-", whole=True),
    Style("bullets", mul="x", div="/", minus="-", rate=True),
    Style("prose", mul="×", div="÷", minus="-", whole=True),
    Style("latex-inline", mul="\\times", div="\\div", minus="-", latex=True, rate=True),
    Style("latex-display", mul="\\times", div="\\div", minus="-", latex=True),
    Style("table", mul="×", div="÷", minus="−"),
    Style("terse", mul="*", div="/", minus="-", dollar=False, rate=True),
    Style("chatty", mul="×", div="÷", minus="-", worded=True, whole=True),
    Style("numbered-receipt", mul="·", div="/", minus="−"),
]
SMAP = {s.name: s for s in STYLES}


def money(v, st, d=None):
    if d is None:
        d = ndec(v)
        d = 2 if d is None or d <= 2 else d
        if d == 2 and st.whole and v.denominator == 1:
            d = 0
    s = commas(sfix(v, d))
    if st.latex:
        s = s.replace(",", "{,}")
    if not st.dollar:
        return s
    return ("\\$" if st.latex else "$") + s


def plain(v, d=None):
    if d is None:
        d = ndec(v)
    return commas(sfix(v, d))


def tokstr(t, st):
    kind, v = t
    if kind == "$":
        return money(v, st)
    if kind == "p":
        if st.rate:
            return plain(v / 100)
        return plain(v) + ("\\%" if st.latex else "%")
    return plain(v)


def expr_str(toks, st):
    out = []
    for t in toks:
        if isinstance(t, tuple):
            out.append(tokstr(t, st))
        else:
            out.append({"+": "+", "-": st.minus, "*": st.mul, "/": st.div, "(": "(", ")": ")"}[t])
    s = " ".join(out)
    return s.replace("( ", "(").replace(" )", ")")


def res_str(s, v, st, d=None):
    d = s.d if d is None else d
    if s.fmt == "$":
        if d == 2 and st.whole and v.denominator == 1 and s.rnd is None:
            return money(v, st, 0)
        return money(v, st, d)
    return plain(v, d)


def raw_str(s, st):
    v = s.val
    nd = ndec(v)
    if nd is not None and nd <= 6:
        if s.fmt == "$":
            return money(v, st, max(nd, 2))
        return plain(v, nd)
    t = strunc(v, s.d + 2 if s.d else 3)
    t = commas(t)
    if s.fmt == "$":
        t = (("\\$" if st.latex else "$") if st.dollar else "") + (t.replace(",", "{,}") if st.latex else t)
    return t + ("\\ldots" if st.latex else "…")


def comp(s, st, rr):
    """rendered computation for step s; rr: per-step Random. Always draws the same number of values."""
    formA = rr.random() < 0.5
    wordy = rr.random()
    e = expr_str(s.toks, st)
    R = res_str(s, s.shown, st)
    exact = s.val == s.res
    if st.worded and wordy < 0.6 and len(s.toks) == 3:
        a, op, b = s.toks
        A, B = tokstr(a, st), tokstr(b, st)
        if op == "*" and a[0] == "p":
            e2 = f"{A} of {B}"
        else:
            e2 = f"{A} {dict([('+', 'plus'), ('-', 'minus'), ('*', 'times'), ('/', 'divided by')])[op]} {B}"
        verb = "is" if formA else "comes to"
        if s.rnd is None or exact:
            return f"{e2} {verb} {R}"
        if s.rnd.startswith("up"):
            return f"{e2} is {raw_str(s, st)}, rounded up to {R}"
        if getattr(s, "faulty", False):
            return f"{e2} {verb} about {R}"
        return f"{e2} {verb} about {R}" if formA else f"{e2} is {raw_str(s, st)}, which rounds to {R}"
    ap = "\\approx" if st.latex else "≈"
    if s.rnd is None or exact:
        return f"{e} = {R}"
    if s.rnd.startswith("up") and (getattr(s, "faulty", False) or wordy > 0.75):
        return f"{e} {ap} {R} (rounded up)"
    if getattr(s, "faulty", False):
        return f"{e} {ap} {R}"
    if s.rnd.startswith("up"):
        if st.latex:
            return f"{e} = {raw_str(s, st)} \\text{{, rounded up to }} {R}"
        return f"{e} = {raw_str(s, st)}, rounded up to {R}"
    if formA:
        return f"{e} = {raw_str(s, st)} {ap} {R}"
    return f"{e} {ap} {R}"


def table_cells(s, st):
    e = expr_str(s.toks, st)
    R = res_str(s, s.shown, st)
    if s.rnd is None or s.val == s.res:
        return e, R
    if s.rnd.startswith("up"):
        return e, f"{R} (rounded up)"
    return e, f"≈ {R}"


CONN = ["First, ", "Next, ", "Then ", "Now ", "After that, ", "Then ", "Finally, "]
INTROS = {
    "md-steps": [["## Solution", ""], ["Let's work through the bill step by step.", ""], ["### Breaking down the bill", ""]],
    "bold-labels": [["Here's the breakdown:", ""], ["Let's calculate each part of the bill.", ""]],
    "bullets": [["Step by step:", ""], ["Let's compute each piece:", ""], ["Breaking it down:", ""]],
    "prose": [["Let's go one step at a time.", ""], ["We can work this out in a few steps.", ""]],
    "latex-inline": [["We compute each part of the bill in turn.", ""], ["Let's set up the calculation.", ""]],
    "latex-display": [["We'll compute the pieces of the bill one at a time.", ""], ["**Solution**", ""]],
    "table": [["Here's the calculation laid out as a table:", ""], ["Let's put each line of the bill in a table.", ""]],
    "terse": [[], ["Solution:"]],
    "chatty": [["Great question! Let's split this bill fairly. 🍽️", ""], ["Sure thing! Bill math can get confusing, so let's take it slowly.", ""],
               ["Happy to help! Let's break it down together. 😊", ""]],
    "numbered-receipt": [["Let's work it out:", ""], ["Here's how the bill works out:", ""]],
}


def lower1(s):
    w = s.split(" ")[0]
    if w in M.NAMES or w.startswith("$") or w[:1].isdigit():
        return s
    return s[0].lower() + s[1:]


def check_line(steps, st, fk, shown_of):
    """'Check' line for an up-rounded split: n x share = collected (>= total)."""
    s = steps[-1]
    if s.key != fk or not (s.rnd or "").startswith("up") or len(s.toks) != 3 or s.toks[1] != "/":
        return None
    tot = s.toks[0][1]
    n = s.toks[2][1]
    share = shown_of(s)
    coll = n * share
    diff = coll - tot
    e = f"{plain(n)} {st.mul} {money(share, st, s.d)} = {money(coll, st, s.d)}"
    if st.latex:
        e = "\\(" + e + "\\)"
    if diff == 0:
        return f"Check: {e}, exactly the total."
    if diff < 0:
        return None
    cents = diff * 100
    if cents.denominator == 1 and cents < 100:
        extra = f"{cents.numerator}¢" if cents != 1 else "1 cent"
    else:
        extra = money(diff, st, 2)
    return f"Check: {e}, which covers the {money(tot, st)} bill ({extra} extra from rounding up)."


def render(st, steps, fk, ans_tpl, pid, final_v, down_of, loop=False):
    """returns lines, comp_line_of_step(list), block ranges list[(a,b)] (b exclusive)"""
    rr0 = random.Random(pid + "-intro")
    lines = list(rr0.choice(INTROS[st.name]))
    comp_ln, blocks = [], []
    n = len(steps)
    fs = None
    for s in steps:
        if s.key == fk:
            fs = s
    if st.name == "table":
        lines += ["| Step | Calculation | Amount |", "|---|---|---|"]
    for i, s in enumerate(steps):
        rr = random.Random(f"{pid}-s{i}")
        c = comp(s, st, rr)
        conn = CONN[min(i, len(CONN) - 2)] if i < n - 1 else CONN[-1]
        a = len(lines)
        if st.name == "md-steps":
            lines += [f"### Step {i + 1}: {s.lead}", c, ""]
            cl = a + 1
        elif st.name == "bold-labels":
            lines += [f"**{s.label}:** {c}"]
            cl = a
        elif st.name == "bullets":
            lines += [f"- {s.label}: {c}"]
            cl = a
        elif st.name == "prose":
            lines += [f"{conn}{lower1(s.lead)}: {c}.", ""]
            cl = a
        elif st.name == "latex-inline":
            lines += [s.lead.replace("$", "\\$") + f": \\({c}\\)."]
            cl = a
        elif st.name == "latex-display":
            lines += [f"**{s.label}**", f"\\[ {c} \\]", ""]
            cl = a + 1
        elif st.name == "table":
            e, r = table_cells(s, st)
            lines += [f"| {s.label} | {e} | {r} |"]
            cl = a
        elif st.name == "terse":
            lines += [f"{s.label} = {c}"]
            cl = a
        elif st.name == "chatty":
            tail = [" ✅", "", "", " 👍"][rr.randrange(4)]
            lines += [f"{conn}{lower1(s.lead)}: {c}.{tail}", ""]
            cl = a
        else:  # numbered-receipt
            lines += [f"{i + 1}. **{s.label}:** {c}"]
            cl = a
        comp_ln.append(cl)
        blocks.append((a, len(lines)))
    if loop:
        return lines, comp_ln, blocks
    # outro
    fv = final_v
    if fs.fmt == "$":
        vtxt = money(fv, SMAP["md-steps"], fs.d) if not st.latex else money(fv, SMAP["md-steps"], fs.d)
    else:
        vtxt = plain(fv, fs.d)
    ans = ans_tpl.format(v=vtxt)
    if st.latex:
        ans = ans.replace("$", "\\$")
    ck = check_line(steps, st, fk, down_of)
    rr1 = random.Random(pid + "-outro")
    if st.name == "md-steps":
        if ck:
            lines += [ck, ""]
        lines += ["### Answer", f"**{ans}**", ""]
    elif st.name in ("bold-labels", "bullets"):
        lines += [""]
        if ck:
            lines += [ck, ""]
        lines += [f"**Answer:** {ans}" if st.name == "bold-labels" else ans, ""]
    elif st.name == "prose":
        if ck:
            lines += [ck, ""]
        lines += [f"So the answer is: {ans[0].lower() + ans[1:] if ans.split()[0] not in M.NAMES else ans}", ""]
    elif st.name == "latex-inline":
        lines += [""]
        if ck:
            lines += [ck, ""]
        lines += [f"{ans}", "", f"\\[\\boxed{{{plain(fv, fs.d)}}}\\]", ""]
    elif st.name == "latex-display":
        if ck:
            lines += [ck, ""]
        lines += [f"**Answer:** {ans}", "", f"\\[\\boxed{{{money(fv, st, fs.d) if fs.fmt == '$' else plain(fv, fs.d)}}}\\]", ""]
    elif st.name == "table":
        lines += [""]
        if ck:
            lines += [ck, ""]
        lines += [f"**{ans}**", ""]
    elif st.name == "terse":
        if ck:
            lines += [ck]
        lines += [f"Answer: {plain(fv, fs.d)}"]
    elif st.name == "chatty":
        if ck:
            lines += [ck, ""]
        lines += [f"So, {ans[0].lower() + ans[1:] if ans.split()[0] not in M.NAMES else ans} " + rr1.choice(["🎉", "🙌", "😊", ""]).rstrip(), ""]
    else:
        lines += ["", "Receipt summary:", "```"]
        w = max(len(s.label) for s in steps) + 4
        for s in steps:
            v = down_of(s)
            lines.append(s.label.ljust(w) + (money(v, SMAP["md-steps"], s.d) if s.fmt == "$" else plain(v, s.d)).rjust(12))
        lines += ["```", ""]
        if ck:
            lines += [ck, ""]
        lines += [f"**{ans}**", ""]
    lines.append(f"#### {final_str(fv)}")
    return lines, comp_ln, blocks


def assemble(lines):
    text = "\n".join(lines)
    offs = []
    o = 0
    for ln in lines:
        offs.append((o, o + len(ln)))
        o += len(ln) + 1
    return text, offs


# ---------------------------------------------------------------- faults

FAULT_KINDS = ["off_by_one", "off_by_ten", "dollar_off", "transpose", "drop_digit", "double_digit",
               "decimal_shift", "wrong_op"]


def make_wrong(s, kind, rng):
    d = s.d
    n = s.res * 10 ** d
    assert n.denominator == 1
    n = n.numerator
    ds = str(n)
    cand = []
    if kind == "off_by_one":
        cand = [n + 1, n - 1]
    elif kind == "off_by_ten":
        cand = [n + 10, n - 10]
    elif kind == "dollar_off":
        cand = [n + 10 ** d, n - 10 ** d] if d else [n + 10, n - 10]
    elif kind == "transpose":
        for i in range(len(ds) - 1):
            if ds[i] != ds[i + 1]:
                t = ds[:i] + ds[i + 1] + ds[i] + ds[i + 2:]
                if t[0] != "0":
                    cand.append(int(t))
    elif kind == "drop_digit":
        if len(ds) >= 3:
            for i in range(len(ds)):
                t = ds[:i] + ds[i + 1:]
                if t[0] != "0":
                    cand.append(int(t))
    elif kind == "double_digit":
        for i in range(len(ds)):
            cand.append(int(ds[:i] + ds[i] + ds[i:]))
    elif kind == "decimal_shift":
        cand = [n * 10]
        if n % 10 == 0:
            cand.append(n // 10)
    elif kind == "wrong_op":
        if len(s.toks) == 3 and isinstance(s.toks[0], tuple):
            a, op, b = s.toks
            alt = {"+": "-", "-": "+", "*": "+", "/": "*"}[op]
            try:
                v = ev([a, alt, b])
            except ZeroDivisionError:
                v = None
            if v is not None and v > 0:
                if s.rnd:
                    v = qround(v, d, ROUND_HALF_UP)
                if (v * 10 ** d).denominator == 1:
                    cand = [(v * 10 ** d).numerator]
    cand = [c for c in cand if c > 0 and c != n and n / 15 <= c <= n * 15]
    if s.fmt != "$" and s.d == 0 and s.key == "payers":
        cand = [c for c in cand if c >= 2]
    if not cand:
        return None
    c = rng.choice(cand)
    return F(c, 10 ** d)


def build(S, p, ov=None):
    b = Builder(ov)
    fk, ans = S.solve(p, b)
    return b, fk, ans


def valid_build(b):
    for s in b.steps:
        if s.val <= 0 or s.res <= 0:
            return False
    return True


# ---------------------------------------------------------------- main

def gen_rows():
    rows = []
    ti = 0
    for S in STRUCTS:
        for phr in range(10):
            tid = f"{S.name}-p{phr}"
            for k in range(NSETS):
                pid = f"{S.name}-{phr}-{k}"
                rng = random.Random(f"params:{tid}:{k}")
                for _ in range(100):
                    p = S.params(rng, phr)
                    b0, fk, ans = build(S, p)
                    if valid_build(b0):
                        break
                else:
                    raise RuntimeError(pid)
                st = STYLES[(ti * NSETS + k) % len(STYLES)]
                prob = S.text(p, phr, random.Random(f"text:{tid}:{k}"))
                steps = b0.steps
                gold = b0[fk].res
                base = dict(pid=pid, template=tid, style=st.name, problem=prob)

                def down_c(s):
                    return s.res
                lines, cl, blocks = render(st, steps, fk, ans, pid, gold, down_c)
                text, offs = assemble(lines)
                rows.append(dict(base, variant="correct", solution=text, final=final_str(gold)))

                frng = random.Random(f"fault:{pid}")
                # slip
                for _ in range(200):
                    i = frng.randrange(len(steps))
                    kind = frng.choice(FAULT_KINDS)
                    w = make_wrong(steps[i], kind, frng)
                    if w is not None:
                        break
                else:
                    raise RuntimeError("slip " + pid)
                b1, _, _ = build(S, p)
                b1.steps[i].shown = w
                b1.steps[i].faulty = True
                lines, cl, blocks = render(st, b1.steps, fk, ans, pid, gold, down_c)
                text, offs = assemble(lines)
                a, e = offs[cl[i]]
                rows.append(dict(base, variant="slip", solution=text, final=final_str(gold), span=[a, e],
                                 wrong=res_str(steps[i], w, SMAP["terse"]), right=res_str(steps[i], steps[i].res, SMAP["terse"]),
                                 step=i + 1, kind=kind))
                # carry
                for _ in range(400):
                    i = frng.randrange(len(steps))
                    kind = frng.choice(FAULT_KINDS)
                    w = make_wrong(steps[i], kind, frng)
                    if w is None:
                        continue
                    try:
                        b2, _, _ = build(S, p, (i, w))
                    except (AssertionError, ZeroDivisionError):
                        continue
                    if not valid_build(b2):
                        continue
                    fv = b2[fk].shown
                    if fv == gold or final_str(fv) == final_str(gold):
                        continue
                    break
                else:
                    raise RuntimeError("carry " + pid)

                b2.steps[i].faulty = True

                def down_w(s):
                    return s.shown
                lines, cl, blocks = render(st, b2.steps, fk, ans, pid, fv, down_w)
                text, offs = assemble(lines)
                a, e = offs[cl[i]]
                rows.append(dict(base, variant="carry", solution=text, final=final_str(gold), span=[a, e],
                                 wrong=res_str(steps[i], w, SMAP["terse"]), right=res_str(steps[i], steps[i].res, SMAP["terse"]),
                                 step=i + 1, kind=kind))
                # loop
                lines, cl, blocks = render(st, steps, fk, ans, pid, gold, down_c, loop=True)
                n = len(steps)
                lo = max(1, n // 3)
                kk = frng.randrange(lo, n)
                a0, b0e = blocks[kk]
                two = (b0e - a0 == 1 and kk + 1 < n and blocks[kk + 1][1] - blocks[kk + 1][0] == 1
                       and frng.random() < 0.4)
                if two:
                    b0e = blocks[kk + 1][1]
                unit = "\n".join(lines[a0:b0e]) + "\n"
                prefix = "\n".join(lines[:a0]) + "\n" if a0 else ""
                reps = frng.randrange(8, 31)
                text = (prefix + unit * reps).rstrip("\n")
                s2 = len(prefix) + len(unit)
                span = [s2, s2 + len(unit.rstrip("\n"))]
                rows.append(dict(base, variant="loop", solution=text, final=final_str(gold), span=span, repeats=reps))
            ti += 1
    return rows


KEYS = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step",
        "kind", "repeats"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    args = ap.parse_args()
    rows = gen_rows()
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            o = {k: r[k] for k in KEYS if k in r}
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
