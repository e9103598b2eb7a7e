#!/usr/bin/env python3
"""Generator: sports-statistics worked solutions (correct / slip / carry / loop).
Standard library only; deterministic output."""
import argparse
import json
import random
from decimal import Decimal as D
from fractions import Fraction as F

STYLES = ["md_headings", "bold_labels", "bullets", "prose", "latex_inline",
          "latex_display", "table", "terse", "chatty", "numbered"]

OPS = {  # style -> (mul, div, minus)
    "md_headings": ("×", "÷", "−"), "bold_labels": ("×", "÷", "−"),
    "bullets": ("·", "/", "-"), "prose": ("×", "÷", "-"),
    "latex_inline": ("\\times", "\\div", "-"), "latex_display": ("\\times", "\\div", "-"),
    "table": ("×", "÷", "−"), "terse": ("*", "/", "-"), "chatty": ("×", "÷", "-"),
    "numbered": ("x", "/", "-"),
}


def rnd(x, d):
    """round Fraction x half-up to d decimals -> Decimal"""
    n = x * (10 ** d)
    s = 1 if n >= 0 else -1
    n = abs(n)
    i = n.numerator // n.denominator
    if (n - i) * 2 >= 1:
        i += 1
    return D(s * i).scaleb(-d) if d else D(s * i)


def evaluate(tokens):
    """tokens: list of Decimal/int and '+','-','*','/','(',')'"""
    pos = [0]

    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else None

    def atom():
        t = peek()
        pos[0] += 1
        if t == "(":
            v = expr()
            pos[0] += 1
            return v
        return F(str(t))

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

    return expr()


def commas(s):
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        a, b = s.split(".")
    else:
        a, b = s, None
    if len(a) > 3:
        a = "{:,}".format(int(a))
    r = a + ("." + b if b is not None else "")
    return ("-" if neg else "") + r


class Writer:
    def __init__(self, style, rng, fault=None):
        self.style = style
        self.rng = rng
        self.items = []  # ('say', text) | ('step', dict)
        self.nstep = 0
        self.fault = fault  # dict(step, mode, kind) or None
        self.fault_info = None
        self.mul, self.div, self.minus = OPS[style]

    # ---------- number formatting ----------
    def num(self, v, kind="n", in_expr=False):
        v = D(v) if not isinstance(v, D) else v
        s = str(v)
        if "E" in s or "e" in s:
            s = format(v, "f")
        if kind == "lead" and not self.style.startswith("latex") and self.style != "numbered":
            if s.startswith("0."):
                s = s[1:]
            return s
        if kind == "half" and self.style in ("prose", "chatty") and not in_expr and s.endswith(".5"):
            return (s[:-2] if s[:-2] != "0" else "") + "½"
        s = commas(s)
        if self.style.startswith("latex"):
            s = s.replace(",", "{,}")
        return s

    def f(self, v, kind="n"):
        """for prose restatements"""
        return self.num(v, kind).replace("{,}", ",")

    def expr_str(self, tokens):
        out = []
        latex = self.style.startswith("latex")
        if latex and len(tokens) == 3 and tokens[1] == "/":
            return "\\frac{%s}{%s}" % (self.num(tokens[0], in_expr=True), self.num(tokens[2], in_expr=True))
        for t in tokens:
            if t == "*":
                out.append(" " + self.mul + " ")
            elif t == "/":
                out.append(" " + self.div + " ")
            elif t == "-":
                out.append(" " + self.minus + " ")
            elif t == "+":
                out.append(" + ")
            elif t in ("(", ")"):
                out.append(t)
            else:
                out.append(self.num(t, in_expr=True))
        s = "".join(out)
        if self.style == "prose" and len(tokens) == 3:
            words = {"*": self.rng.choice([" times ", " multiplied by "]), "/": " divided by ",
                     "-": " minus ", "+": " plus "}
            s = self.num(tokens[0], in_expr=True) + words[tokens[1]] + self.num(tokens[2], in_expr=True)
        return s

    # ---------- wrong values ----------
    def make_wrong(self, tokens, exact, shown, d, kind):
        sign = -1 if shown < 0 else 1
        digits = str(int(abs(shown) * (10 ** d)))
        cands = []
        if kind == "off_by_one":
            cands = [shown + D(1).scaleb(-d) * k for k in (1, -1)]
        elif kind == "off_by_ten":
            cands = [shown + D(10).scaleb(-d) * k for k in (1, -1)]
        elif kind == "digit_swap":
            for i in range(len(digits) - 1):
                if digits[i] != digits[i + 1]:
                    nd = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
                    cands.append(sign * D(int(nd)).scaleb(-d))
        elif kind == "digit_drop":
            if len(digits) >= 3:
                for i in range(1, len(digits)):
                    nd = digits[:i] + digits[i + 1:]
                    cands.append(sign * D(int(nd)).scaleb(-d))
        elif kind == "digit_double":
            for i in range(len(digits)):
                nd = digits[:i + 1] + digits[i] + digits[i + 1:]
                cands.append(sign * D(int(nd)).scaleb(-d))
        elif kind == "decimal_shift":
            if d >= 1:
                cands.append(rnd(F(str(shown)) * 10, d - 1))
            cands.append(rnd(F(str(shown)) / 10, d + 1))
        elif kind == "wrong_op":
            if len(tokens) == 3 and tokens[1] in "*+-":
                a, op, b = tokens
                alt = {"*": "+", "+": "*", "-": "+"}[op]
                cands.append(rnd(evaluate([a, alt, b]), d))
        good = []
        for c in cands:
            cd = -c.as_tuple().exponent if c.as_tuple().exponent < 0 else 0
            if c <= 0 or c == shown:
                continue
            if abs(F(str(c)) - exact) <= F(6, 10 ** (cd + 1)):
                continue
            good.append(c)
        return good

    # ---------- steps ----------
    def say(self, text):
        self.items.append(("say", text))

    def blank(self):
        self.items.append(("say", ""))

    def step(self, label, desc, tokens, d=0, kind="n", unit="", abbr=None):
        self.nstep += 1
        exact = evaluate(tokens)
        if kind == "half":
            d = 0 if exact.denominator == 1 else 1
        if kind == "exact":
            d = 0
            while (exact * 10 ** d).denominator != 1 and d < 4:
                d += 1
        shown = rnd(exact, d)
        approx = F(str(shown)) != exact
        mark = False
        use = shown
        if self.fault and self.fault["step"] == self.nstep:
            opts = self.make_wrong(tokens, exact, shown, d, self.fault["kind"])
            if not opts:
                raise ValueError("nofault")
            wrong = random.Random(repr((self.fault['step'], self.fault['kind'], str(shown)))).choice(opts)
            self.fault_info = dict(wrong=wrong, right=shown, kind_v=kind)
            mark = True
            disp = wrong
            if self.fault["mode"] == "carry":
                use = wrong
        else:
            disp = shown
        self.items.append(("step", dict(label=label, desc=desc, tokens=tokens, disp=disp, kind=kind,
                                        unit=unit, approx=approx, mark=mark, abbr=abbr, n=self.nstep)))
        return use

    # ---------- rendering ----------
    def rel(self, approx):
        if approx and self.style not in ("terse", "numbered"):
            return "\\approx" if self.style.startswith("latex") else "≈"
        return "="

    def res(self, st):
        s = self.num(st["disp"], st["kind"])
        if st["unit"] == "%":
            s += "\\%" if self.style.startswith("latex") else "%"
        if st["mark"]:
            s = "\u27e6" + s + "\u27e7"
        return s

    def unit(self, st):
        u = st["unit"]
        if not u or u == "%":
            return ""
        if self.style.startswith("latex"):
            return "\\text{ %s}" % u
        return " " + u

    def render_step(self, st):
        r = self.rng
        e = self.expr_str(st["tokens"])
        eq = self.rel(st["approx"])
        core = "%s %s %s%s" % (e, eq, self.res(st), self.unit(st))
        desc, label = st["desc"], st["label"]
        s = self.style
        if s == "md_headings":
            return ["### Step %d: %s" % (st["n"], label), "", desc + ":", "", core, ""]
        if s == "bold_labels":
            return ["**%s:** %s" % (label, core)]
        if s == "bullets":
            return ["- %s: %s" % (desc, core)]
        if s == "prose":
            eqw = {"=": r.choice(["is", "equals", "comes to", "="]), "≈": r.choice(["≈", "is about", "is roughly"])}[eq]
            if eqw == "is about":
                eqw = "≈"
            if eqw == "is roughly":
                eqw = "≈"
            core = "%s %s %s%s" % (e, eqw, self.res(st), self.unit(st))
            lead = r.choice(["", "Next, ", "Then ", "Now ", "After that, "])
            d0 = desc[0].lower() + desc[1:] if lead else desc
            return ["%s%s: %s." % (lead, d0, core)]
        if s == "latex_inline":
            return ["%s: \\(%s\\)" % (desc, core)]
        if s == "latex_display":
            return ["%s:" % desc, "\\[", core, "\\]"]
        if s == "table":
            return ["| %d | %s | %s |" % (st["n"], label, core)]
        if s == "terse":
            if st["abbr"]:
                return ["%s = %s" % (st["abbr"], core)]
            return [core]
        if s == "chatty":
            lead = r.choice(["Next:", "Now,", "Alright,", "Then,", "Okay —"])
            d0 = desc[0].lower() + desc[1:]
            tail = r.choice(["", " 👍", " — nice.", "", " ✅"])
            return ["%s %s: %s%s" % (lead, d0, core, tail)]
        if s == "numbered":
            return ["%d. %s: %s" % (st["n"], desc, core)]
        raise KeyError(s)

    def render(self, intro, final_line, final_str):
        lines = []
        s = self.style
        opener = {
            "md_headings": ["## Solution", ""],
            "bold_labels": [],
            "bullets": [],
            "prose": [],
            "latex_inline": [],
            "latex_display": [],
            "table": [],
            "terse": [],
            "chatty": [self.rng.choice(["Great question! Let's work through it.", "Sure thing — let's break this down step by step.",
                                        "Fun one! Here's how I'd figure it out."]), ""],
            "numbered": [],
        }[s]
        lines += opener
        if intro and s != "terse":
            lines += [intro, ""]
        in_table = False
        for typ, it in self.items:
            if typ == "step":
                if s == "table" and not in_table:
                    if lines and lines[-1] != "":
                        lines.append("")
                    lines += ["| Step | What | Calculation |", "|---|---|---|"]
                    in_table = True
                lines += self.render_step(it)
            else:
                if in_table:
                    lines.append("")
                    in_table = False
                if s == "terse" and it == "":
                    continue
                lines.append(it)
                if s == "md_headings" and it:
                    lines.append("")
        if in_table:
            lines.append("")
        while lines and lines[-1] == "":
            lines.pop()
        lines.append("")
        if s == "md_headings":
            lines += ["### Answer", "", "**%s**" % final_line]
        elif s == "bold_labels":
            lines += ["**Answer:** %s" % final_line]
        elif s == "terse":
            lines += ["Answer: %s" % final_line]
        elif s == "chatty":
            lines += [final_line + " " + self.rng.choice(["Hope that helps!", "Let me know if you want the formula explained.", "🏆", ""])]
            lines[-1] = lines[-1].rstrip()
        elif s == "latex_display":
            lines += ["**Final answer:** %s" % final_line]
        else:
            lines += [final_line]
        lines += ["", "#### " + final_str]
        return "\n".join(lines)


# ====================================================================
# templates (problem structures).  Each: key, texts (2 phrasings), gen(rng) -> dict,
# solve(n, W) -> (final Decimal, final_line_fn(W, v) -> str, intro)
# ====================================================================
T = []


def tpl(key, texts):
    def deco(fn):
        T.append(dict(key=key, texts=texts, gen=fn.gen, solve=fn))
        return fn
    return deco


def gen_of(g):
    def deco(fn):
        fn.gen = g
        return fn
    return deco


NAMES = ["Marcus Reyes", "Jalen Brooks", "Tyler Okafor", "Diego Santos", "Chris Whitfield", "Aaron Kim",
         "Luis Moreno", "Devin Carter", "Sam Novak", "Eli Ramirez", "Jordan Price", "Maya Thompson",
         "Kendra Wallace", "Aisha Bell", "Nico Hernandez", "Brady Collins"]
TEAMS = ["Hawks", "Rivermen", "Comets", "Bears", "Mariners", "Pilots", "Storm", "Falcons", "Tigers",
         "Owls", "Blaze", "Knights"]


def nm(r):
    return r.choice(NAMES[:11])


def pair(r):
    a = r.choice(TEAMS)
    b = r.choice([t for t in TEAMS if t != a])
    return a, b


# 1 batting average
@tpl("bavg", ["{p} has {h} hits in {ab} at-bats this season. What is his batting average, to three decimal places?",
              "Through {g} games, {p} is {h}-for-{ab}. What's his batting average?"])
@gen_of(lambda r: (lambda ab: dict(p=nm(r), ab=ab, h=r.randint(int(ab * .21), int(ab * .34)), g=r.randint(30, 90)))(r.randint(120, 560)))
def s_bavg(n, W):
    avg = W.step("Batting average", "Divide hits by at-bats", [n["h"], "/", n["ab"]], 3, "lead", abbr="AVG")
    W.say(W.rng.choice(["So %s is hitting %s." % (n["p"].split()[0], W.f(avg, "lead")),
                        "That's a %s average." % W.f(avg, "lead"),
                        "Batting average is always shown to three decimals, so it's %s." % W.f(avg, "lead")]))
    return avg, 3, "His batting average is %s." % W.f(avg, "lead"), "Batting average = hits ÷ at-bats."


# 2 average from hit types
@tpl("bavg_types", ["{p} has {s1} singles, {s2} doubles, {s3} triples and {hr} home runs in {ab} at-bats. What is his batting average?",
                    "In {ab} at-bats, {p} collected {s1} singles, {s2} doubles, {s3} triples, and {hr} homers. Find his batting average to three decimals."])
@gen_of(lambda r: dict(p=nm(r), ab=r.randint(300, 600), s1=r.randint(60, 110), s2=r.randint(15, 40), s3=r.randint(0, 6), hr=r.randint(5, 35)))
def s_bavg_types(n, W):
    h = W.step("Total hits", "Add up all the hits", [n["s1"], "+", n["s2"], "+", n["s3"], "+", n["hr"]], 0, unit="hits", abbr="H")
    avg = W.step("Batting average", "Divide hits by at-bats", [h, "/", n["ab"]], 3, "lead", abbr="AVG")
    return avg, 3, "%s is batting %s." % (n["p"], W.f(avg, "lead")), "Every single, double, triple and homer counts as one hit."


# 3 hits needed to reach target
@tpl("hits_needed", ["{p} is {h}-for-{ab}. If he ends the season with {tab} at-bats, how many more hits does he need to finish at exactly {tgt}?",
                     "{p} has {h} hits in {ab} at-bats. How many hits in his remaining {rem} at-bats would he need to bat {tgt} for the season?"])
@gen_of(lambda r: (lambda tab, tg: (lambda ab: dict(p=nm(r), tab=tab, ab=ab, rem=tab - ab, tgt=".%03d" % tg, tgv=D(tg).scaleb(-3),
                                                      h=int(ab * r.uniform(.24, .29))))(tab - r.randint(60, 150)))(r.choice([500, 520, 540, 560, 580, 600, 620, 640]), r.choice([275, 300, 300, 325])))
def s_hits_needed(n, W):
    tot = W.step("Hits required for the season", "Hits needed for the full season", [n["tgv"], "*", n["tab"]], kind="exact", unit="hits")
    tneed = tot
    if tot != int(tot):
        import math
        tneed = D(math.ceil(tot))
        W.say("You can't get a fraction of a hit, and %s would leave him just under %s, so round up to %s hits." % (W.f(tot), n["tgt"], W.f(tneed)))
    else:
        tneed = D(int(tot))
    more = W.step("More hits needed", "Subtract the hits he already has", [tneed, "-", n["h"]], 0, unit="hits")
    return more, 0, "He needs %s more hits." % W.f(more), "Total hits needed = target average × total at-bats."


# 4 ERA integer IP
@tpl("era", ["{p} has allowed {er} earned runs in {ip} innings pitched. What is his ERA?",
             "A starter gave up {er} earned runs over {ip} innings. Compute his earned run average to two decimals."])
@gen_of(lambda r: (lambda ip: dict(p=nm(r), ip=ip, er=int(ip * r.uniform(.25, .55))))(r.randint(40, 210)))
def s_era(n, W):
    x = W.step("Earned runs × 9", "Multiply earned runs by 9", [n["er"], "*", 9], 0)
    era = W.step("ERA", "Divide by innings pitched", [x, "/", n["ip"]], 2, abbr="ERA")
    return era, 2, "His ERA is %s." % W.f(era), "ERA = 9 × earned runs ÷ innings pitched."


# 5 ERA with thirds (box-score notation)
@tpl("era_thirds", ["{p} has thrown {ipb} innings (box-score notation) and allowed {er} earned runs. What is his ERA?",
                    "A reliever's line shows {ipb} IP and {er} ER. What's his ERA to two decimals? (Remember .1 and .2 in IP mean thirds.)"])
@gen_of(lambda r: (lambda w, t: dict(p=nm(r), w=w, t=t, ipb="%d.%d" % (w, t), er=int(w * r.uniform(.25, .5)) + 1))(r.randint(30, 120), r.randint(1, 2)))
def s_era_thirds(n, W):
    W.say("In box scores, %s innings means %d and %d/3 innings, not %s." % (n["ipb"], n["w"], n["t"], n["ipb"]))
    ip = W.step("Innings as a decimal", "Convert the innings", [n["w"], "+", n["t"], "/", 3], 3, unit="innings")
    era = W.step("ERA", "Apply ERA = 9 × ER ÷ IP", [9, "*", n["er"], "/", "(", n["w"], "+", n["t"], "/", 3, ")"], 2, abbr="ERA")
    return era, 2, "His ERA is %s." % W.f(era), None


# 6 free throw pct
@tpl("ft_pct", ["{p} made {m} of {a} free throws this season. What is her free-throw percentage, to one decimal?",
                "Free throws: {m}-for-{a}. What's the FT%?"])
@gen_of(lambda r: (lambda a: dict(p=r.choice(NAMES[11:]), a=a, m=int(a * r.uniform(.62, .92))))(r.randint(40, 400)))
def s_ft(n, W):
    pct = W.step("Free-throw percentage", "Made ÷ attempted, times 100", [n["m"], "/", n["a"], "*", 100], 1, unit="%", abbr="FT%")
    return pct, 1, "She shot %s%% from the line." % W.f(pct), "FT% = made ÷ attempted × 100."


# 7 FG pct from 2s and 3s
@tpl("fg_pct", ["{p} made {m2} of {a2} two-point attempts and {m3} of {a3} three-pointers. What is his overall field-goal percentage?",
                "Two-pointers: {m2}/{a2}. Threes: {m3}/{a3}. Find the player's field-goal percentage to one decimal place."])
@gen_of(lambda r: (lambda a2, a3: dict(p=nm(r), a2=a2, a3=a3, m2=int(a2 * r.uniform(.42, .6)), m3=int(a3 * r.uniform(.28, .42))))(r.randint(150, 700), r.randint(60, 400)))
def s_fg(n, W):
    fgm = W.step("Field goals made", "Total made", [n["m2"], "+", n["m3"]], 0, abbr="FGM")
    fga = W.step("Field goals attempted", "Total attempts", [n["a2"], "+", n["a3"]], 0, abbr="FGA")
    pct = W.step("FG%", "Divide and multiply by 100", [fgm, "/", fga, "*", 100], 1, unit="%", abbr="FG%")
    return pct, 1, "The field-goal percentage is %s%%." % W.f(pct), "Field-goal percentage counts both twos and threes."


# 8 points per game
@tpl("ppg", ["{p} scored {pts} points in {g} games. How many points per game is that, to one decimal?",
             "Season totals: {pts} PTS in {g} GP. What's the scoring average?"])
@gen_of(lambda r: (lambda g: dict(p=nm(r), g=g, pts=int(g * r.uniform(8, 31))))(r.randint(40, 82)))
def s_ppg(n, W):
    v = W.step("Points per game", "Divide points by games played", [n["pts"], "/", n["g"]], 1, unit="PPG", abbr="PPG")
    return v, 1, "He averaged %s points per game." % W.f(v), None


# 9 points from makes then per game
@tpl("pts_build", ["Over {g} games {p} made {m2} two-pointers, {m3} three-pointers and {ft} free throws. How many points per game did he average?",
                   "{p}'s stat line for the season: {m2} 2PM, {m3} 3PM, {ft} FTM in {g} games. Find his points per game (one decimal)."])
@gen_of(lambda r: dict(p=nm(r), g=r.randint(20, 82), m2=r.randint(80, 450), m3=r.randint(20, 220), ft=r.randint(40, 400)))
def s_pts_build(n, W):
    a = W.step("Points from twos", "Points from two-pointers", [n["m2"], "*", 2], 0, unit="points")
    b = W.step("Points from threes", "Points from three-pointers", [n["m3"], "*", 3], 0, unit="points")
    t = W.step("Total points", "Add free throws for the total", [a, "+", b, "+", n["ft"]], 0, unit="points", abbr="PTS")
    v = W.step("Points per game", "Divide by games", [t, "/", n["g"]], 1, unit="PPG", abbr="PPG")
    return v, 1, "That's %s points per game." % W.f(v), "Each free throw is worth 1 point."


# 10 rebounds per game
@tpl("rpg", ["{p} grabbed {o} offensive and {dr} defensive rebounds in {g} games. What is her rebounds per game?",
             "OREB {o}, DREB {dr}, GP {g}. Compute RPG to one decimal."])
@gen_of(lambda r: dict(p=r.choice(NAMES[11:]), g=r.randint(25, 82), o=r.randint(40, 260), dr=r.randint(120, 700)))
def s_rpg(n, W):
    t = W.step("Total rebounds", "Add offensive and defensive boards", [n["o"], "+", n["dr"]], 0, unit="rebounds", abbr="REB")
    v = W.step("Rebounds per game", "Divide by games played", [t, "/", n["g"]], 1, unit="RPG", abbr="RPG")
    return v, 1, "She averages %s rebounds per game." % W.f(v), None


# 11 win pct
@tpl("winpct", ["The {t1} are {w}–{l}. What is their winning percentage?",
                "A team has won {w} games and lost {l}. What is its win percentage, written to three decimals like a standings page?"])
@gen_of(lambda r: (lambda gp: (lambda w: dict(t1=r.choice(TEAMS), w=w, l=gp - w))(int(gp * r.uniform(.35, .7))))(r.randint(40, 162)))
def s_winpct(n, W):
    g = W.step("Games played", "Total games", [n["w"], "+", n["l"]], 0, unit="games")
    v = W.step("Win percentage", "Divide wins by games played", [n["w"], "/", g], 3, "lead", abbr="PCT")
    return v, 3, "Their winning percentage is %s." % W.f(v, "lead"), "Win% = W ÷ (W + L)."


# 12 games behind
@tpl("gb", ["The {t1} are {w1}–{l1} and the {t2} are {w2}–{l2}. How many games behind the {t1} are the {t2}?",
            "Standings: {t1} {w1}–{l1}, {t2} {w2}–{l2}. Compute the {t2}' games behind (GB)."])
@gen_of(lambda r: (lambda a, w1, l1: dict(t1=a[0], t2=a[1], w1=w1, l1=l1, w2=w1 - r.randint(1, 12), l2=l1 + r.randint(0, 12)))(pair(r), r.randint(50, 95), r.randint(30, 60)))
def s_gb(n, W):
    a = W.step("Difference in wins", "Difference in wins", [n["w1"], "-", n["w2"]], 0)
    b = W.step("Difference in losses", "Difference in losses", [n["l2"], "-", n["l1"]], 0)
    gb = W.step("Games behind", "Average the two differences", ["(", a, "+", b, ")", "/", 2], kind="half", abbr="GB")
    if gb != int(gb):
        W.say("Standings pages write that as %s GB." % (str(int(gb)) + "½" if int(gb) else "½"))
    return gb, (0 if gb == int(gb) else 1), "The %s are %s games behind." % (n["t2"], W.f(gb, "half")), "GB = ((leader W − team W) + (team L − leader L)) ÷ 2."


# 13 season total from per-game
@tpl("season_total", ["{p} averaged {ppg} points per game over {g} games. How many total points did he score?",
                      "If a player scores {ppg} PPG across {g} games, what's the season total?"])
@gen_of(lambda r: (lambda g: dict(p=nm(r), g=g, ppg=(lambda t: rnd(F(t, g), 1))(int(g * r.uniform(9, 30)))))(r.choice([50, 60, 64, 70, 72, 75, 80, 82])))
def s_season_total(n, W):
    t = W.step("Season total", "Multiply points per game by games", [n["ppg"], "*", n["g"]], 0, unit="points")
    W.say("(Since %s is itself rounded, the true total could be off by a few points, but this is the standard estimate.)" % n["ppg"] if t != evaluate([n["ppg"], "*", n["g"]]) else "That comes out to a whole number of points, as it should.")
    return t, 0, "He scored about %s points." % W.f(t), None


# 14 passer rating
@tpl("passer", ["{p} went {c} for {a} for {y} yards with {td} touchdowns and {i} interceptions. Compute his NFL passer rating.",
                "QB line: {c}/{a}, {y} yds, {td} TD, {i} INT. What's the passer rating (one decimal)?"])
@gen_of(lambda r: (lambda a: dict(p=nm(r), a=a, c=int(a * r.uniform(.55, .7)), y=int(a * r.uniform(6, 8.5)), td=max(1, int(a * r.uniform(.03, .07))), i=max(1, int(a * r.uniform(.01, .035)))))(r.randint(180, 620)))
def s_passer(n, W):
    a = W.step("Part a (completions)", "a = (Cmp/Att − 0.3) × 5", ["(", n["c"], "/", n["a"], "-", D("0.3"), ")", "*", 5], 4, abbr="a")
    b = W.step("Part b (yards)", "b = (Yds/Att − 3) × 0.25", ["(", n["y"], "/", n["a"], "-", 3, ")", "*", D("0.25")], 4, abbr="b")
    c = W.step("Part c (touchdowns)", "c = TD/Att × 20", [n["td"], "/", n["a"], "*", 20], 4, abbr="c")
    d = W.step("Part d (interceptions)", "d = 2.375 − Int/Att × 25", [D("2.375"), "-", n["i"], "/", n["a"], "*", 25], 4, abbr="d")
    if all(0 <= x <= D("2.375") for x in (a, b, c, d)):
        W.say("All four parts are between 0 and 2.375, so none needs to be capped.")
    s = W.step("Sum of parts", "Add the parts", [a, "+", b, "+", c, "+", d], 4)
    pr = W.step("Passer rating", "Divide by 6 and multiply by 100", [s, "/", 6, "*", 100], 1, abbr="Rating")
    return pr, 1, "His passer rating is %s." % W.f(pr), "Each part is capped between 0 and 2.375."


# 15 marathon 5K splits average
def _splits(r):
    k = r.choice([4, 5, 6])
    base = r.randint(17 * 60, 32 * 60)
    sp = [base + r.randint(-50, 50) for _ in range(k)]
    return dict(p=nm(r), k=k, sp=sp, sps=", ".join("%d:%02d" % (x // 60, x % 60) for x in sp))


@tpl("splits", ["{p}'s first {k} 5K splits in the marathon were {sps}. What was the average split, in seconds?",
                "Marathon 5K splits (min:sec): {sps}. Find the mean split in seconds, to one decimal."])
@gen_of(_splits)
def s_splits(n, W):
    secs = []
    for j, x in enumerate(n["sp"]):
        m, s = divmod(x, 60)
        secs.append(W.step("Split %d (%d:%02d)" % (j + 1, m, s), "Split %d, %d:%02d in seconds" % (j + 1, m, s), [m, "*", 60, "+", s], 0, unit="s"))
    toks = []
    for v in secs:
        toks += [v, "+"]
    tot = W.step("Total", "Add the splits", toks[:-1], 0, unit="s")
    av = W.step("Average split", "Divide by %d" % n["k"], [tot, "/", n["k"]], 1, unit="s", abbr="avg")
    mm = int(av) // 60
    W.say("That's about %d:%04.1f per 5K." % (mm, float(av - 60 * mm)))
    return av, 1, "The average split is %s seconds." % W.f(av), "Convert each min:sec split to seconds first."


# 16 marathon pace per km
def _pace(r):
    t = r.randint(2 * 3600 + 10 * 60, 5 * 3600)
    return dict(p=nm(r), h=t // 3600, m=(t % 3600) // 60, s=t % 60, tt="%d:%02d:%02d" % (t // 3600, (t % 3600) // 60, t % 60))


@tpl("pace", ["{p} finished the marathon (42.195 km) in {tt}. What was her average pace per kilometer, in seconds, rounded to the nearest second?",
              "Marathon time {tt} over 42.195 km. Average pace per km in whole seconds?"])
@gen_of(_pace)
def s_pace(n, W):
    t = W.step("Finish time in seconds", "Convert %s to seconds" % n["tt"], [n["h"], "*", 3600, "+", n["m"], "*", 60, "+", n["s"]], 0, unit="s")
    ex = evaluate([t, "/", D("42.195")])
    dd = 1
    while (rnd(ex, dd) - int(rnd(ex, dd)) == D("0.5")) and (ex - int(ex)) < F(1, 2):
        dd += 1
    p = W.step("Pace", "Divide by the distance", [t, "/", D("42.195")], dd, unit="s per km")
    pr = rnd(evaluate([t, "/", D("42.195")]), 0) if W.fault is None or W.fault["mode"] != "carry" or W.fault["step"] != 2 else rnd(F(str(p)), 0)
    W.say("Rounded to the nearest second, that's %s s per km (%d:%02d/km)." % (W.f(pr), int(pr) // 60, int(pr) % 60))
    return pr, 0, "Her average pace was %s seconds per kilometer." % W.f(pr), None


# 17 wins needed for target pct
def _wn(r):
    gp = r.choice([82, 162, 162, 82])
    tg = r.choice([500, 550, 600, 625])
    tgv = D(tg).scaleb(-3)
    played = gp - r.randint(20, 50)
    rem = gp - played
    lo = max(int(played * 0.40), int(tgv * gp) - rem + 2)
    hi = max(lo, int(played * (float(tgv) - 0.03)))
    w = r.randint(lo, hi)
    return dict(t1=r.choice(TEAMS), gp=gp, tg="%03d" % tg, tgv=tgv, w=w, l=played - w, rem=rem)


@tpl("wins_needed", ["The {t1} are {w}–{l} with {rem} games left in a {gp}-game season. How many of the remaining games must they win to finish at .{tg} or better?",
                     "A {gp}-game season: the {t1} sit at {w} wins and {l} losses. To finish with at least a .{tg} winning percentage, how many more wins do they need?"])
@gen_of(lambda r: _wn(r))
def s_wins_needed(n, W):
    import math
    x = W.step("Wins for the target", "Target percentage times total games", [n["tgv"], "*", n["gp"]], kind="exact", unit="wins")
    if x != int(x):
        need = D(math.ceil(x))
        W.say("They can't win part of a game, so round up to %s wins." % W.f(need))
    else:
        need = D(int(x))
    more = W.step("More wins", "Subtract wins so far", [need, "-", n["w"]], 0, unit="wins")
    return more, 0, "They need %s more wins." % W.f(more), None


# 18 slugging
@tpl("slg", ["{p} has {s1} singles, {s2} doubles, {s3} triples and {hr} home runs in {ab} at-bats. What is his slugging percentage?",
             "Find the SLG: 1B {s1}, 2B {s2}, 3B {s3}, HR {hr}, AB {ab}."])
@gen_of(lambda r: dict(p=nm(r), ab=r.randint(300, 620), s1=r.randint(60, 110), s2=r.randint(15, 40), s3=r.randint(0, 6), hr=r.randint(5, 40)))
def s_slg(n, W):
    a = W.step("Doubles bases", "Bases from doubles", [n["s2"], "*", 2], 0)
    b = W.step("Triples bases", "Bases from triples", [n["s3"], "*", 3], 0)
    c = W.step("Home run bases", "Bases from home runs", [n["hr"], "*", 4], 0)
    tb = W.step("Total bases", "Total bases", [n["s1"], "+", a, "+", b, "+", c], 0, abbr="TB")
    v = W.step("Slugging percentage", "Divide total bases by at-bats", [tb, "/", n["ab"]], 3, "lead", abbr="SLG")
    return v, 3, "His slugging percentage is %s." % W.f(v, "lead"), "Slugging uses total bases, not hits."


# 19 OBP
@tpl("obp", ["{p} has {h} hits, {bb} walks, {hbp} hit-by-pitches and {sf} sacrifice flies in {ab} at-bats. What's his on-base percentage?",
             "OBP question: H {h}, BB {bb}, HBP {hbp}, SF {sf}, AB {ab}. Give it to three decimals."])
@gen_of(lambda r: (lambda ab: dict(p=nm(r), ab=ab, h=int(ab * r.uniform(.22, .32)), bb=r.randint(20, 100), hbp=r.randint(0, 15), sf=r.randint(0, 9)))(r.randint(300, 620)))
def s_obp(n, W):
    top = W.step("Times on base", "Times on base", [n["h"], "+", n["bb"], "+", n["hbp"]], 0)
    bot = W.step("Plate appearances counted", "Denominator", [n["ab"], "+", n["bb"], "+", n["hbp"], "+", n["sf"]], 0)
    v = W.step("On-base percentage", "Divide", [top, "/", bot], 3, "lead", abbr="OBP")
    return v, 3, "His OBP is %s." % W.f(v, "lead"), "OBP = (H + BB + HBP) ÷ (AB + BB + HBP + SF)."


# 20 team scoring average over games
def _scores(r):
    k = r.choice([4, 5, 6])
    return dict(t1=r.choice(TEAMS), k=k, sc=[r.randint(88, 131) for _ in range(k)])


@tpl("team_avg", ["The {t1} scored {scs} points in their last {k} games. What's their scoring average over that stretch?",
                  "Last {k} games for the {t1}: {scs}. Average points per game, to one decimal?"])
@gen_of(lambda r: (lambda d: dict(d, scs=", ".join(map(str, d["sc"]))))(_scores(r)))
def s_team_avg(n, W):
    toks = []
    for v in n["sc"]:
        toks += [v, "+"]
    t = W.step("Total points", "Add the scores", toks[:-1], 0, unit="points")
    v = W.step("Average", "Divide by %d games" % n["k"], [t, "/", n["k"]], 1, unit="PPG")
    return v, 1, "They averaged %s points per game." % W.f(v), None


# 21 WHIP
@tpl("whip", ["{p} allowed {h} hits and {bb} walks in {ip} innings. What is his WHIP?",
              "WHIP check: {h} H, {bb} BB, {ip} IP. Two decimals please."])
@gen_of(lambda r: (lambda ip: dict(p=nm(r), ip=ip, h=int(ip * r.uniform(.75, 1.1)), bb=int(ip * r.uniform(.2, .45))))(r.randint(40, 210)))
def s_whip(n, W):
    t = W.step("Walks plus hits", "Walks plus hits", [n["bb"], "+", n["h"]], 0)
    v = W.step("WHIP", "Divide by innings pitched", [t, "/", n["ip"]], 2, abbr="WHIP")
    return v, 2, "His WHIP is %s." % W.f(v), "WHIP = (BB + H) ÷ IP."


# 22 career average over two seasons
@tpl("career_avg", ["{p} hit {h1}-for-{ab1} last season and is {h2}-for-{ab2} this season. What's his combined batting average?",
                    "Season 1: {h1} H in {ab1} AB. Season 2: {h2} H in {ab2} AB. What is the two-year batting average? (Don't just average the two averages.)"])
@gen_of(lambda r: (lambda ab1, ab2: dict(p=nm(r), ab1=ab1, ab2=ab2, h1=int(ab1 * r.uniform(.22, .33)), h2=int(ab2 * r.uniform(.2, .34))))(r.randint(300, 600), r.randint(80, 400)))
def s_career(n, W):
    h = W.step("Total hits", "Total hits", [n["h1"], "+", n["h2"]], 0, abbr="H")
    ab = W.step("Total at-bats", "Total at-bats", [n["ab1"], "+", n["ab2"]], 0, abbr="AB")
    v = W.step("Combined average", "Combined average", [h, "/", ab], 3, "lead", abbr="AVG")
    return v, 3, "His combined average is %s." % W.f(v, "lead"), "Combine hits and at-bats first; averaging the two averages would weight the seasons wrong."


FRAMES = [
    "{q}",
    "{q} Please show your work.",
    "Quick stats question for my league recap: {q}",
    "I'm checking a box score. {q}",
]

KINDS = ["off_by_one", "off_by_ten", "digit_swap", "digit_drop", "digit_double", "decimal_shift", "wrong_op"]


def fmt_final(v, d):
    return str(rnd(F(str(v)), d))


def build(tp, ti, frame_i, ns):
    """returns list of rows for one problem"""
    tid = "%s-%d-%d" % (tp["key"], ti, frame_i)
    pid = "%s-%d" % (tid, ns)
    seed = "sports84|" + pid
    r = random.Random(seed + "|nums")
    n = tp["gen"](r)
    q = FRAMES[frame_i].format(q=tp["texts"][ti].format(**n))
    style = STYLES[(len(T) * 0 + T.index(tp) * 7 + ti * 3 + frame_i * 5 + ns) % len(STYLES)]

    def run(fault=None):
        W = Writer(style, random.Random(seed + "|style"), fault)
        v, d, line, intro = tp["solve"](n, W)
        return W, v, d, line, intro

    W, v, d, line, intro = run()
    gold = fmt_final(v, d)
    text = W.render(intro, line, gold)
    rows = [dict(pid=pid, template=tid, style=style, problem=q, variant="correct", solution=text, final=gold)]
    nsteps = W.nstep
    fr = random.Random(seed + "|fault")
    for mode in ("slip", "carry"):
        wt = dict(off_by_one=1.0, off_by_ten=1.0, digit_swap=1.0, digit_drop=2.5, digit_double=2.0, decimal_shift=1.6, wrong_op=1.2)
        tries = sorted(((fr.random() * wt[k], s, k) for s in range(1, nsteps + 1) for k in KINDS))
        tries = [(s, k) for _, s, k in tries]
        done = False
        for st, k in tries:
            try:
                W2, v2, d2, line2, intro2 = run(dict(step=st, mode=mode, kind=k))
            except (ValueError, ZeroDivisionError):
                continue
            if W2.fault_info is None:
                continue
            f2 = fmt_final(v2, d2)
            if mode == "carry" and (f2 == gold or D(f2) <= 0):
                continue
            if mode == "slip" and f2 != gold:
                continue
            t2 = W2.render(intro2, line2, f2)
            a = t2.index("\u27e6")
            t2 = t2.replace("\u27e6", "", 1)
            b = t2.index("\u27e7")
            t2 = t2.replace("\u27e7", "", 1)
            ls = t2.rfind("\n", 0, a) + 1
            le = t2.find("\n", b)
            le = len(t2) if le < 0 else le
            fi = W2.fault_info
            rows.append(dict(pid=pid, template=tid, style=style, problem=q, variant=mode, solution=t2, final=f2,
                             span=[ls, le], wrong=W2.num(fi["wrong"], fi["kind_v"]).replace("{,}", ","),
                             right=W2.num(fi["right"], fi["kind_v"]).replace("{,}", ","), step=st, kind=k))
            done = True
            break
        if not done:
            raise RuntimeError("no fault for " + pid)
    # loop
    lines = text.split("\n")
    body_end = lines.index("#### " + gold)
    cand = [i for i in range(0, body_end) if lines[i].strip() and any(ch.isdigit() for ch in lines[i])]
    lr = random.Random(seed + "|loop")
    end = lr.choice(cand)
    ulen = lr.choice([1, 1, 2, 3])
    start = max(0, end - ulen + 1)
    unit_lines = lines[start:end + 1]
    reps = lr.randint(8, 30)
    pre = "\n".join(lines[:start])
    pre = pre + "\n" if pre else ""
    unit = "\n".join(unit_lines)
    sol = pre + "\n".join([unit] * reps)
    s0 = len(pre) + len(unit) + 1
    rows.append(dict(pid=pid, template=tid, style=style, problem=q, variant="loop", solution=sol, final=gold,
                     span=[s0, s0 + len(unit)], repeats=reps))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    out = []
    for tp in T:
        for ti in range(len(tp["texts"])):
            for fi in range(len(FRAMES)):
                for ns in range(1, 5):
                    out.extend(build(tp, ti, fi, ns))
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
