"""Writing styles: number/currency/unit conventions and solution layouts.

A style draws a *plan* (every wording choice) from a seeded Random before any
value is rendered, so the four variants of a problem share their wording.
"""
from fractions import Fraction as Fr

from core import UNITS, dec_str, dp_of, min_str

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

FRAC_WORDS = {
    (1, 2): "half", (1, 3): "a third", (2, 3): "two thirds", (1, 4): "a quarter",
    (3, 4): "three quarters", (1, 5): "a fifth", (2, 5): "two fifths",
    (3, 5): "three fifths", (4, 5): "four fifths", (1, 6): "a sixth",
    (5, 6): "five sixths", (1, 8): "an eighth", (3, 8): "three eighths",
    (5, 8): "five eighths", (1, 10): "a tenth", (3, 10): "three tenths",
    (7, 10): "seven tenths",
}


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def low(s):
    """Lower-case the first letter unless the phrase starts with a name."""
    if not s:
        return s
    w = s.split(" ")[0]
    if w in ("I",) or (w[:1].isupper() and w.lower() not in ("the", "a", "an", "each", "his", "her", "their", "this", "that", "we", "so", "it")):
        return s
    return s[:1].lower() + s[1:]


def the(lab):
    return lab if lab[:1].isupper() else "the " + lab


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


# ---------------------------------------------------------------- formatter
class Fmt:
    def __init__(self, o, cur, latex=False):
        self.o = o
        self.cur = cur
        self.latex = latex
        self.sep = o["sep"]
        self.sep_min = o["sep_min"]

    # numbers -------------------------------------------------------
    def grp(self, ip):
        if not self.sep or len(ip) < self.sep_min:
            return ip
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        return self.sep.join(parts)

    def num(self, x, dp=None):
        if dp is None:
            dp = dp_of(x)
        s = dec_str(x, dp)
        ip, _, fp = s.partition(".")
        return self.grp(ip) + ("." + fp if fp else "")

    def mdp(self, x):
        if self.cur["dp"] == 0:
            return 0
        if self.o["trim"] and x.denominator == 1:
            return 0
        return 2

    def plain(self, x, rtype):
        if rtype == "$":
            return dec_str(x, self.mdp(x))
        return min_str(x)

    # money ---------------------------------------------------------
    def money(self, x):
        n = self.num(x, self.mdp(x))
        c = self.cur
        cf = self.o["curform"]
        if self.latex:
            if cf in ("sym_after", "code_after"):
                t = c["sym"] if cf == "sym_after" else c["code"]
                return "%s\\,\\text{%s}" % (n, t)
            t = c["code"] if cf == "code" else c["sym"]
            if t.isalpha():
                return "\\text{%s}\\,%s" % (t, n)
            return "\\text{%s}%s" % (t, n)
        if cf == "sym":
            s = c["sym"]
            return (s + " " + n) if s.isalpha() else s + n
        if cf == "sym_after":
            return n + " " + c["sym"]
        if cf == "code":
            return c["code"] + " " + n
        if cf == "code_after":
            return n + " " + c["code"]
        if cf == "rs":
            return "Rs. " + n
        if cf == "word":
            return n + " " + c["word"]
        raise ValueError(cf)

    def money_num(self, x):
        return self.num(x, self.mdp(x))

    # units ---------------------------------------------------------
    def unit_name(self, u, x):
        ab, sg, pl = UNITS[u]
        if self.o["units"] == "abbr" and u not in ("day", "week"):
            if u == "l":
                return self.o.get("litre", "l")
            if u == "ml":
                return "m" + self.o.get("litre", "l")
            return ab
        return sg if x == 1 else pl

    def measure(self, x, u):
        name = self.unit_name(u, x)
        if self.latex:
            return "%s\\,\\text{%s}" % (self.num(x), name)
        return "%s %s" % (self.num(x), name)

    def pct(self, p):
        if self.latex:
            return self.num(p) + "\\%"
        return self.num(p) + self.o["pct"]

    def time(self, t):
        t = int(t)
        s = "%02d:%02d" % (t // 60, t % 60)
        return "\\text{%s}" % s if self.latex else s

    def frac_text(self, f):
        key = (f.numerator, f.denominator)
        if self.o.get("fracw", True) and key in FRAC_WORDS:
            return FRAC_WORDS[key]
        return "%d/%d" % key

    def date(self, day, month, year):
        df = self.o.get("date", "long")
        d = int(day)
        if df == "long":
            return "%d %s" % (d, MONTHS[month])
        if df == "ord":
            return "%s %s" % (ordinal(d), MONTHS[month])
        if df == "short":
            return "%d %s" % (d, MONTHS[month][:3])
        if df == "slash":
            return "%02d/%02d/%d" % (d, month + 1, year)
        if df == "iso":
            return "%d-%02d-%02d" % (year, month + 1, d)
        if df == "longy":
            return "%d %s %d" % (d, MONTHS[month], year)
        raise ValueError(df)

    # problem-text rendering of a variable ---------------------------
    def var_text(self, x, kind, month, year):
        if kind == "$":
            return self.money(x)
        if kind == "%":
            return self.pct(x)
        if kind == "f":
            return self.frac_text(x)
        if kind == "t":
            return self.time(x)
        if kind == "dt":
            return self.date(x, month, year)
        if kind in UNITS:
            return self.measure(x, kind)
        return self.num(x)

    # solution pieces -----------------------------------------------
    def operand(self, x, kind):
        um = self.o["umode"]
        if kind == "$":
            return self.money(x) if um == "all" else self.money_num(x)
        if kind in UNITS:
            return self.measure(x, kind) if um == "all" else self.num(x)
        if kind == "t":
            return self.time(x)
        return self.num(x)

    def result(self, x, rtype, force_unit=False):
        um = "all" if force_unit else self.o["umode"]
        if rtype == "$":
            return self.money(x) if um != "none" else self.money_num(x)
        if rtype == "%":
            return self.pct(x)
        if rtype in UNITS:
            return self.measure(x, rtype) if um != "none" else self.num(x)
        if rtype.startswith("#") and len(rtype) > 1 and um != "none" and not self.latex:
            noun = rtype[1:]
            if "|" in noun:
                sg, pl = noun.split("|")
            else:
                sg, pl = noun[:-1], noun
            return "%s %s" % (self.num(x), sg if x == 1 else pl)
        return self.num(x)

    def final(self, x, rtype):
        if rtype == "$":
            return self.money(x)
        if rtype == "%":
            return self.pct(x)
        if rtype in UNITS:
            return self.measure(x, rtype)
        return self.num(x)

    def syms(self):
        o = self.o
        if o.get("verbal"):
            return (" plus ", " minus ", " %s " % o["vtimes"], " divided by ")
        if self.latex:
            t = " \\times " if o["times"] == "×" else " \\cdot "
            d = " \\div " if o["div"] in ("÷", "frac") else " / "
            return (" + ", " - ", t, d)
        sp = " " if o["spaced"] else ""
        return (sp + "+" + sp, sp + o["minus"] + sp, sp + o["times"] + sp,
                sp + o["div"] + sp)

    def expr(self, op, args, kinds, res, rtype):
        PL, MI, TI, DI = self.syms()
        o = self.o
        if op in ("pct", "frac"):
            p, x = args
            xs = self.operand(x, kinds[1])
            if op == "pct":
                f = o["pct_form"]
                if f == "of":
                    lhs = "%s%s%s" % (self.pct(p), " \\text{ of } " if self.latex else " of ", xs)
                elif f == "x%":
                    lhs = xs + TI + self.pct(p)
                elif f == "xdec":
                    lhs = xs + TI + self.num(p / 100)
                else:
                    if self.latex:
                        lhs = xs + TI + "\\frac{%s}{100}" % self.num(p)
                    else:
                        lhs = xs + TI + self.num(p) + "/100"
            else:
                n, d = p.numerator, p.denominator
                f = o["frac_form"]
                if f == "divmul" or (self.o.get("verbal") and f == "mul"):
                    lhs = xs + DI + str(d) + ("" if n == 1 else TI + str(n))
                elif self.latex:
                    fr_ = "\\frac{%d}{%d}" % (n, d)
                    lhs = (fr_ + " \\text{ of } " + xs) if f == "of" else (xs + TI + fr_)
                elif f == "of":
                    lhs = "%d/%d of %s" % (n, d, xs)
                else:
                    lhs = xs + TI + "%d/%d" % (n, d)
        elif op in ("tdiff", "tdiffh"):
            lhs = self.time(args[0]) + MI + self.time(args[1])
        else:
            ops = [self.operand(a, k) for a, k in zip(args, kinds)]
            if op == "add":
                lhs = PL.join(ops)
            elif op == "sub":
                lhs = ops[0] + MI + ops[1]
            elif op == "mul":
                lhs = ops[0] + TI + ops[1]
            elif op == "div":
                if self.latex and o["div"] == "frac":
                    lhs = "\\frac{%s}{%s}" % (self.num(args[0], self.mdp(args[0]) if kinds[0] == "$" else None),
                                              self.num(args[1], self.mdp(args[1]) if kinds[1] == "$" else None))
                else:
                    lhs = ops[0] + DI + ops[1]
            elif op == "rpct":
                lhs = ops[0] + DI + ops[1] + TI + "100"
            else:
                raise ValueError(op)
        rhs = self.result(res, rtype, force_unit=op in ("tdiff", "tdiffh"))
        return lhs, rhs

    def eq(self, lhs, rhs):
        if self.o.get("verbal"):
            return "%s %s %s" % (lhs, self.o["eqw"], rhs)
        if self.o["spaced"] or self.latex:
            return "%s = %s" % (lhs, rhs)
        return "%s=%s" % (lhs, rhs)


# ---------------------------------------------------------------- phrase banks
DECL_FIRST = ["First, ", "To start, ", "", "Firstly, "]
DECL_MID = ["Next, ", "Then ", "After that, ", "", "Now "]
DECL_LAST = ["Finally, ", "So ", "That means ", ""]
IMP_FIRST = ["First, ", ""]
IMP_MID = ["Next, ", "Then ", "Now "]
IMP_LAST = ["Finally, ", "Lastly, ", ""]


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def conn_for(rng, i, n, decl=True):
    if decl:
        lst = DECL_FIRST if i == 0 else (DECL_LAST if i == n - 1 else DECL_MID)
    else:
        lst = IMP_FIRST if i == 0 else (IMP_LAST if i == n - 1 else IMP_MID)
    return pick(rng, lst)


def sentence(form, conn, s):
    """One prose sentence for a step."""
    L, e = s["lab"], s["e"]
    if form == "say" and s["say"]:
        say = s["say"].replace("{e}", e)
        body = conn + (low(say) if conn else say)
        return cap(body) + "."
    if form == "comes":
        return cap(conn + the(L) + " comes to " + e + ".")
    if form == "work":
        return cap(conn + "work out " + the(L) + ": " + e + ".")
    if form == "find":
        return cap(conn + "find " + the(L) + ": " + e + ".")
    if form == "for":
        return cap(conn + "for " + the(L) + ": " + e + ".")
    return cap(conn + the(L) + " is " + e + ".")


def plan_sentences(rng, n, says, forms, say_p=0.5):
    """Per-step (form, connector) with connectors fitting the form."""
    out = []
    for i in range(n):
        if says[i] and rng.random() < say_p:
            f = "say"
        else:
            f = pick(rng, forms)
        decl = f in ("is", "comes", "say")
        out.append((f, conn_for(rng, i, n, decl)))
    return out


def final_line(form, fin):
    ans, r = fin["ans"], fin["r"]
    if form == "so":
        return "So " + ans + "."
    if form == "therefore":
        return "Therefore, " + ans + "."
    if form == "hence":
        return "Hence, " + ans + "."
    if form == "means":
        return "That means " + ans + "."
    if form == "plain":
        return cap(ans) + "."
    if form == "thus":
        return "∴ " + cap(ans) + "."
    if form == "answer":
        return "Answer: " + r
    if form == "banswer":
        return "**Answer:** " + r
    if form == "bfinal":
        return "**Final answer: " + r + "**"
    if form == "bfinal2":
        return "**Final answer:** " + r
    if form == "the_answer":
        return "The answer is " + r + "."
    if form == "hash":
        return "#### " + fin["plain"]
    if form == "result":
        return "Result: " + r
    if form == "chatty":
        return "So, " + ans + "."
    if form == "total":
        return "Answer: " + r + "."
    raise ValueError(form)


# ---------------------------------------------------------------- layouts
def L_prose(st, rng, n, says):
    p = {"opener": pick(rng, st.ph["openers"]), "gap": rng.random() < st.ph.get("gap_p", 0.3)}
    p["steps"] = plan_sentences(rng, n, says, st.ph.get("forms", ["is", "is", "comes", "work"]))
    fins = list(st.ph["finals"])
    lastc = p["steps"][-1][1]
    clash = {"So ": "so", "That means ": "means"}.get(lastc)
    fins = [f for f in fins if f != clash] or fins
    p["final"] = pick(rng, fins)
    return p


def R_prose(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        line = sentence(f, c, s)
        groups.append(([line, ""] if p["gap"] else [line], 0))
    return pre, groups, [final_line(p["final"], fin)]


def L_numbered(st, rng, n, says):
    p = {"num": pick(rng, st.ph["nums"]), "opener": pick(rng, st.ph.get("openers", [None]))}
    p["steps"] = plan_sentences(rng, n, says, st.ph.get("forms", ["is", "is", "work"]))
    p["label_form"] = rng.random() < st.ph.get("label_p", 0.35)
    p["final"] = pick(rng, st.ph["finals"])
    return p


def R_numbered(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        i = s["i"] + 1
        if p["label_form"]:
            body = "%s: %s" % (cap(s["lab"]), s["e"])
            nf = p["num"]
            if nf.startswith("Step"):
                head = "Step %d – %s: %s" % (i, cap(s["lab"]), s["e"])
                groups.append(([head], 0))
                continue
            line = nf.format(i=i) + body
        else:
            line = p["num"].format(i=i) + sentence(f, "", s)
        groups.append(([line], 0))
    return pre, groups, [final_line(p["final"], fin)]


def L_bold(st, rng, n, says):
    p = {"head": pick(rng, ["**Step {i}: {L}**", "**{i}. {L}**", "**Step {i} – {L}**", "**{L}**"]),
         "opener": pick(rng, st.ph.get("openers", [None]))}
    p["bodies"] = []
    for i in range(n):
        b = pick(rng, ["e", "e", "sent", "we"])
        if b == "sent":
            f = "say" if says[i] and rng.random() < 0.6 else "is"
            p["bodies"].append(("sent", f))
        else:
            p["bodies"].append((b, None))
    p["final"] = pick(rng, st.ph["finals"])
    return p


def R_bold(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    groups = []
    for s, (b, f) in zip(S, p["bodies"]):
        head = p["head"].format(i=s["i"] + 1, L=cap(s["lab"]))
        if b == "e":
            body = s["e"]
        elif b == "we":
            body = "We get " + s["e"] + "."
        else:
            body = sentence(f, "", s)
        groups.append(([head, body, ""], 1))
    return pre, groups, [final_line(p["final"], fin)]


def L_bullets(st, rng, n, says):
    p = {"mark": pick(rng, ["- ", "- ", "• ", "* "]),
         "opener": pick(rng, st.ph["openers"]),
         "form": pick(rng, ["colon", "colon", "eqlab", "sent"])}
    p["steps"] = plan_sentences(rng, n, says, ["is"], 0.5)
    p["final"] = pick(rng, st.ph["finals"])
    return p


def R_bullets(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        if p["form"] == "colon":
            body = "%s: %s" % (cap(s["lab"]), s["e"])
        elif p["form"] == "eqlab":
            body = "%s = %s" % (cap(s["lab"]), s["e"])
        else:
            body = sentence(f, "", s)
        groups.append(([p["mark"] + body], 0))
    return pre, [g for g in groups], ["", final_line(p["final"], fin)]


def L_ldisplay(st, rng, n, says):
    p = {"delim": pick(rng, [("\\[ ", " \\]"), ("$$", "$$"), ("\\[", "\\]")]),
         "gap": rng.random() < 0.6,
         "opener": pick(rng, st.ph["openers"])}
    p["intro"] = []
    for i in range(n):
        f = pick(rng, ["lab", "conn", "find"])
        p["intro"].append((f, conn_for(rng, i, n, False)))
    p["final"] = pick(rng, ["boxdisp", "boxtext", "boxans"])
    return p


def R_ldisplay(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    groups = []
    a, b = p["delim"]
    for s, (f, c) in zip(S, p["intro"]):
        if f == "lab":
            intro = cap(s["lab"]) + ":"
        elif f == "conn":
            intro = cap(c + the(s["lab"]) + ":")
        else:
            intro = cap(c + "find " + the(s["lab"]) + ":")
        lines = [intro, a + s["e"] + b]
        if p["gap"]:
            lines.append("")
        groups.append((lines, 1))
    rl = fin["r_tex"]
    if p["final"] == "boxdisp":
        post = [a + "\\boxed{" + rl + "}" + b]
    elif p["final"] == "boxtext":
        post = ["The answer is $\\boxed{" + rl + "}$."]
    else:
        post = ["**Answer:** $\\boxed{" + rl + "}$"]
    if not p["gap"]:
        post = [""] + post
    return pre, groups, post


def L_compact(st, rng, n, says):
    p = {"form": pick(rng, ["eq", "eq", "colon", "paren"]),
         "opener": pick(rng, st.ph["openers"]),
         "final": pick(rng, st.ph["finals"])}
    return p


def R_compact(st, p, S, fin):
    pre = [p["opener"]] if p["opener"] else []
    groups = []
    for s in S:
        if p["form"] == "eq":
            line = "%s = %s" % (cap(s["lab"]), s["e"])
        elif p["form"] == "colon":
            line = "%s: %s" % (cap(s["lab"]), s["e"])
        else:
            line = "%s  (%s)" % (s["e"], s["lab"])
        groups.append(([line], 0))
    return pre, groups, [final_line(p["final"], fin)]


def L_chatty(st, rng, n, says):
    p = {"opener": pick(rng, st.ph["openers"])}
    steps = []
    for i in range(n):
        if says[i] and rng.random() < 0.4:
            f = "say"
        else:
            f = pick(rng, ["find", "need", "is", "work"])
        if i == 0:
            c = pick(rng, ["First, ", "To begin, ", "Let's start here: "] if f != "say" else ["First, ", "To begin, "])
        elif i == n - 1:
            c = pick(rng, ["Finally, ", "Last of all, ", "Now "])
        else:
            c = pick(rng, ["Next, ", "Then ", "Now ", "After that, "])
        steps.append((f, c))
    p["steps"] = steps
    p["final"] = pick(rng, st.ph["finals"])
    return p


def R_chatty(st, p, S, fin):
    pre = [p["opener"], ""]
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        if c == "Let's start here: ":
            c = "Let's start here. "
            cc = True
        else:
            cc = False
        if f == "find":
            body = "let's find " + the(s["lab"]) + ": " + s["e"] + "."
        elif f == "need":
            body = "we need " + the(s["lab"]) + ": " + s["e"] + "."
        elif f == "work":
            body = "we work out " + the(s["lab"]) + ": " + s["e"] + "."
        elif f == "say":
            body = low(s["say"].replace("{e}", s["e"])) + "."
        else:
            body = the(s["lab"]) + " is " + s["e"] + "."
        line = c + (cap(body) if cc else body)
        groups.append(([cap(line), ""], 0))
    return pre, groups, [final_line(p["final"], fin)]


def L_gsm(st, rng, n, says):
    p = {"steps": plan_sentences(rng, n, says, ["is", "is", "lab"], 0.75),
         "final": pick(rng, st.ph["finals"])}
    return p


def R_gsm(st, p, S, fin):
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        if f == "lab":
            line = "%s = %s" % (cap(s["lab"]), s["e"])
        else:
            line = sentence(f, "", s)
        groups.append(([line], 0))
    return [], groups, [final_line(p["final"], fin)]


def L_exam(st, rng, n, says):
    return {"head": pick(rng, ["Working:", "**Working**", "Working out:"]),
            "form": pick(rng, ["paren", "colon", "bare"]),
            "final": pick(rng, st.ph["finals"])}


def R_exam(st, p, S, fin):
    groups = []
    for s in S:
        if p["form"] == "paren":
            line = "%s   (%s)" % (s["e"], s["lab"])
        elif p["form"] == "colon":
            line = "%s: %s" % (cap(s["lab"]), s["e"])
        else:
            line = s["e"]
        groups.append(([line], 0))
    return [p["head"]], groups, ["", final_line(p["final"], fin)]


def L_table(st, rng, n, says):
    return {"cols": pick(rng, ["four", "three", "two"]),
            "opener": pick(rng, st.ph["openers"]),
            "final": pick(rng, st.ph["finals"])}


def R_table(st, p, S, fin):
    pre = [p["opener"], ""] if p["opener"] else []
    c = p["cols"]
    if c == "four":
        pre += ["| Step | What we find | Working | Result |", "|---|---|---|---|"]
    elif c == "three":
        pre += ["| Quantity | Calculation | Value |", "|---|---|---|"]
    else:
        pre += ["| Step | Working |", "|---|---|"]
    groups = []
    for s in S:
        if c == "four":
            line = "| %d | %s | %s | %s |" % (s["i"] + 1, cap(s["lab"]), s["lhs"], s["rhs"])
        elif c == "three":
            line = "| %s | %s | %s |" % (cap(s["lab"]), s["lhs"], s["rhs"])
        else:
            line = "| %s | %s |" % (cap(s["lab"]), s["e"])
        groups.append(([line], 0))
    return pre, groups, ["", final_line(p["final"], fin)]


def L_linline(st, rng, n, says):
    p = {"steps": plan_sentences(rng, n, says, ["is", "is", "for", "work"], 0.4),
         "final": pick(rng, ["boxtext", "boxans", "so"])}
    return p


def R_linline(st, p, S, fin):
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        s2 = dict(s)
        s2["e"] = "$" + s["e"] + "$"
        groups.append(([sentence(f, c, s2)], 0))
    if p["final"] == "boxtext":
        post = ["The answer is $\\boxed{" + fin["r_tex"] + "}$."]
    elif p["final"] == "boxans":
        post = ["**Answer:** $\\boxed{" + fin["r_tex"] + "}$"]
    else:
        post = ["So " + fin["ans"] + "."]
    return [], groups, post


def L_headings(st, rng, n, says):
    p = {"head": pick(rng, ["### Step {i}: {L}", "### {i}. {L}", "#### Step {i} – {L}"]),
         "final": pick(rng, ["ans", "bold"])}
    bodies = []
    for i in range(n):
        b = pick(rng, ["e", "sent", "calc"])
        f = "say" if (b == "sent" and says[i] and rng.random() < 0.6) else "is"
        bodies.append((b, f))
    p["bodies"] = bodies
    return p


def R_headings(st, p, S, fin):
    groups = []
    for s, (b, f) in zip(S, p["bodies"]):
        head = p["head"].format(i=s["i"] + 1, L=cap(s["lab"]))
        if b == "e":
            body = s["e"]
        elif b == "calc":
            body = "Calculation: " + s["e"]
        else:
            body = sentence(f, "", s)
        groups.append(([head, body, ""], 1))
    if p["final"] == "ans":
        post = ["### Answer", cap(fin["ans"]) + "."]
    else:
        post = ["### Answer", "**" + fin["r"] + "**"]
    return [], groups, post


def L_verbal(st, rng, n, says):
    p = {"steps": [], "final": pick(rng, st.ph["finals"])}
    for i in range(n):
        f = pick(rng, ["lab", "which", "which"])
        p["steps"].append((f, conn_for(rng, i, n, False if f == "lab" else True)))
    return p


def R_verbal(st, p, S, fin):
    groups = []
    for s, (f, c) in zip(S, p["steps"]):
        if f == "lab":
            line = cap(c + "for " + the(s["lab"]) + ": " + s["e"] + ".")
        else:
            cc = "" if c in ("So ", "That means ") else c
            line = cap(cc + s["e"] + ", which is " + the(s["lab"]) + ".")
        groups.append(([line], 0))
    return [], groups, [final_line(p["final"], fin)]


def L_swiss(st, rng, n, says):
    return {"mark": pick(rng, ["", "– ", "→ "]),
            "final": pick(rng, st.ph["finals"]),
            "opener": pick(rng, st.ph["openers"])}


def R_swiss(st, p, S, fin):
    pre = [p["opener"]] if p["opener"] else []
    groups = [([p["mark"] + "%s: %s" % (cap(s["lab"]), s["e"])], 0) for s in S]
    return pre, groups, [final_line(p["final"], fin)]


LAYOUTS = {
    "prose": (L_prose, R_prose), "numbered": (L_numbered, R_numbered),
    "bold": (L_bold, R_bold), "bullets": (L_bullets, R_bullets),
    "ldisplay": (L_ldisplay, R_ldisplay), "compact": (L_compact, R_compact),
    "chatty": (L_chatty, R_chatty), "gsm": (L_gsm, R_gsm), "exam": (L_exam, R_exam),
    "table": (L_table, R_table), "linline": (L_linline, R_linline),
    "headings": (L_headings, R_headings), "verbal": (L_verbal, R_verbal),
    "swiss": (L_swiss, R_swiss),
}


# ---------------------------------------------------------------- styles
class Style:
    def __init__(self, name, weight, desc, layout, opts, ph, latex=False):
        self.name, self.weight, self.desc = name, weight, desc
        self.layout = layout
        self.opts = opts
        self.ph = ph
        self.latex = latex

    def plan(self, rng, n, says):
        o = {}
        for k, choices in self.opts.items():
            o[k] = pick(rng, choices)
        if o.get("cur") == "GBP" and o.get("curform") == "sym_after":
            o["curform"] = "sym"
        o.setdefault("spaced", True)
        o.setdefault("verbal", False)
        lp, _ = LAYOUTS[self.layout]
        return {"o": o, "lay": lp(self, rng, n, says)}

    def currency(self, plan):
        return plan["o"]["cur"]

    def fmt(self, plan, cur):
        return Fmt(plan["o"], cur, latex=self.latex)

    def problem_fmt(self, plan, cur):
        o = dict(plan["o"])
        o["trim"] = True
        if o["sep"] == "\\,":
            o["sep"] = "\u2009"
        if o.get("curform") == "word":
            o["curform"] = "sym"
        return Fmt(o, cur, latex=False)

    def render(self, plan, S, fin):
        _, rf = LAYOUTS[self.layout]
        return rf(self, plan["lay"], S, fin)


TH = "\u2009"   # thin space
NN = "\u202f"   # narrow no-break space

BASE = dict(spaced=[True], trim=[False], fracw=[True, False], litre=["l"])


def O(**kw):
    d = dict(BASE)
    d.update(kw)
    return d


STYLES = [
    Style("uk_prose", 11,
          "British prose, one sentence per step, £ before the amount, unit names in full, 'per cent', no thousands separator",
          "prose",
          O(cur=["GBP"], curform=["sym"], sep=[""], sep_min=[4], units=["full"], pct=[" per cent"],
            times=["×"], minus=["−", "-"], div=["÷", "/"], trim=[True, False], umode=["all", "res"],
            pct_form=["of", "x%"], frac_form=["of", "mul", "divmul"], date=["long", "ord"]),
          dict(openers=[None, None, "Let's work through this one step at a time.", "We can do this in a few steps.",
                        "Here is the working."],
               finals=["so", "therefore", "plain", "means", "the_answer"], gap_p=0.25)),
    Style("eu_numbered", 8,
          "Numbered steps, euro sign after the amount, thin-space thousands separator, abbreviated metric units, %",
          "numbered",
          O(cur=["EUR"], curform=["sym_after"], sep=[TH], sep_min=[4], units=["abbr"], pct=["%", " %"],
            times=["×", "·"], minus=["−"], div=["÷", "/"], umode=["all", "res"],
            pct_form=["of", "x%", "xdec"], frac_form=["of", "mul"], date=["slash", "long"], litre=["l", "L"]),
          dict(nums=["{i}. ", "Step {i}: ", "{i}) "], openers=[None, None, "Solution:"],
               finals=["answer", "banswer", "so", "hence"], label_p=0.35)),
    Style("md_bold_steps", 9,
          "Markdown bold step headings with the computation on its own line, € or £ before the amount, space as thousands separator",
          "bold",
          O(cur=["EUR", "EUR", "GBP"], curform=["sym"], sep=[" "], sep_min=[4, 5], units=["abbr", "full"],
            pct=["%"], times=["×"], minus=["−", "-"], div=["÷", "/"], umode=["all", "res", "res"],
            pct_form=["of", "x%", "xdec", "x/100"], frac_form=["of", "mul", "divmul"], date=["long", "ord"]),
          dict(openers=[None, None, "Let's solve this step by step.", "Here's how to work it out."],
               finals=["banswer", "bfinal", "so", "bfinal2"])),
    Style("bullets_gbp", 8,
          "Bulleted working lines ending in a bold answer, £, full unit names, 'per cent'",
          "bullets",
          O(cur=["GBP"], curform=["sym"], sep=[""], sep_min=[4], units=["full", "abbr"], pct=[" per cent", "%"],
            times=["×", "x"], minus=["−", "-"], div=["÷", "/"], trim=[True, False], umode=["all", "res"],
            pct_form=["of", "x%", "xdec"], frac_form=["of", "mul", "divmul"], date=["long", "ord"]),
          dict(openers=[None, "Here's the working:", "Breaking it down:", "Step by step:"],
               finals=["banswer", "answer", "so"])),
    Style("latex_display", 8,
          "LaTeX display equations (\\[ \\] or $$) under short text lines, \\, thin-space separators, boxed answer",
          "ldisplay",
          O(cur=["EUR", "GBP"], curform=["sym"], sep=["\\,"], sep_min=[4, 5], units=["abbr"], pct=["%"],
            times=["×", "·"], minus=["-"], div=["÷", "frac"], umode=["res", "all", "none"],
            pct_form=["of", "xdec", "x/100"], frac_form=["of", "mul"], date=["long"]),
          dict(openers=[None, None, "Let's set up the calculation.", "We work step by step."]),
          latex=True),
    Style("compact_equations", 7,
          "Terse 'Label = working = result' lines, no prose, currency only on results",
          "compact",
          O(cur=["GBP", "EUR"], curform=["sym"], sep=["", " "], sep_min=[5], units=["abbr"], pct=["%"],
            times=["×", "x", "*"], minus=["-", "−"], div=["/", "÷"], trim=[True, False], umode=["res", "none"],
            pct_form=["x%", "xdec", "x/100"], frac_form=["mul", "divmul"], date=["short", "long"]),
          dict(openers=[None, None, "Working:"], finals=["answer", "answer", "total"])),
    Style("india_numbered", 7,
          "Numbered steps in Indian English, ₹ before the amount, abbreviated units, 'per cent', 'Hence'/'∴' conclusion",
          "numbered",
          O(cur=["INR"], curform=["sym"], sep=[""], sep_min=[4], units=["abbr"], pct=[" per cent", "%"],
            times=["×"], minus=["−", "-"], div=["÷", "/"], umode=["all", "res"], pct_form=["of", "x/100"],
            frac_form=["of", "mul"], date=["slash", "ord"]),
          dict(nums=["{i}. ", "Step {i}: "], openers=[None, None, "Solution:", "Given data is used step by step."],
               finals=["hence", "thus", "answer", "therefore"], label_p=0.3)),
    Style("chatty_walkthrough", 6,
          "Friendly conversational walkthrough, one short paragraph per step separated by blank lines, bold final answer",
          "chatty",
          O(cur=["EUR", "GBP"], curform=["sym", "sym_after"], sep=[" ", TH], sep_min=[4], units=["full", "abbr"],
            pct=["%", " per cent"], times=["×"], minus=["−", "-"], div=["÷", "/"], trim=[True, False],
            umode=["all", "res"], pct_form=["of", "x%"], frac_form=["of", "mul", "divmul"], date=["long", "ord"]),
          dict(openers=["Sure, let's break this down step by step.", "Let's work through this together.",
                        "Good question. Let's take it one step at a time.", "Okay, let's figure this out."],
               finals=["bfinal2", "chatty", "bfinal"])),
    Style("gsm_terse", 6,
          "GSM8K-like terse sentences with ASCII operators (* / - +), bare numbers, '#### N' final line",
          "gsm",
          O(cur=["GBP", "EUR"], curform=["sym"], sep=[""], sep_min=[4], units=["abbr", "full"], pct=["%"],
            times=["*"], minus=["-"], div=["/"], spaced=[False, True], umode=["none", "none", "res"],
            pct_form=["xdec", "x/100", "of"], frac_form=["mul", "divmul"], date=["long"], fracw=[True]),
          dict(finals=["hash", "hash", "answer"])),
    Style("exam_working", 5,
          "UK exam-style 'Working:' block of bare calculations with bracketed notes, then 'Answer:'",
          "exam",
          O(cur=["GBP"], curform=["sym", "code"], sep=[""], sep_min=[4], units=["abbr"], pct=["%", " per cent"],
            times=["×"], minus=["−", "-"], div=["÷"], umode=["res", "none", "all"], pct_form=["x%", "xdec", "x/100"],
            frac_form=["mul", "divmul"], date=["long", "slash"]),
          dict(finals=["answer"])),
    Style("md_table", 5,
          "Markdown table of steps (working and result columns), ISO currency codes (EUR/GBP), space separators",
          "table",
          O(cur=["EUR", "GBP"], curform=["code", "code_after"], sep=[" ", TH], sep_min=[4], units=["abbr"],
            pct=["%"], times=["×"], minus=["−"], div=["÷", "/"], umode=["res", "all"], pct_form=["x%", "of", "xdec"],
            frac_form=["mul", "of"], date=["iso", "long"]),
          dict(openers=[None, "Here is the calculation laid out as a table:", "Working in a table:"],
               finals=["banswer", "answer", "so"])),
    Style("latex_inline", 5,
          "Prose sentences with inline $...$ maths, £ as \\text{£}, boxed final answer",
          "linline",
          O(cur=["GBP", "EUR"], curform=["sym"], sep=["\\,"], sep_min=[5], units=["abbr", "full"], pct=["%"],
            times=["×", "·"], minus=["-"], div=["÷", "frac"], umode=["all", "res"],
            pct_form=["of", "xdec", "x/100"], frac_form=["of", "mul"], date=["long", "ord"]),
          dict(), latex=True),
    Style("yen_prose", 4,
          "Prose with yen amounts (whole yen, ¥ before), space thousands separator, abbreviated units, %",
          "prose",
          O(cur=["JPY"], curform=["sym"], sep=[" "], sep_min=[4], units=["abbr"], pct=["%"],
            times=["×"], minus=["−", "-"], div=["÷", "/"], umode=["all", "res"], pct_form=["of", "x%", "xdec"],
            frac_form=["of", "mul", "divmul"], date=["longy", "long"]),
          dict(openers=[None, "Let's calculate step by step."],
               finals=["therefore", "so", "the_answer"], forms=["is", "work", "find"], gap_p=0.4)),
    Style("md_headings", 4,
          "Markdown ### step headings with body lines, narrow no-break space thousands separator, full unit names",
          "headings",
          O(cur=["EUR", "GBP"], curform=["sym"], sep=[NN], sep_min=[4], units=["full"], pct=["%", " per cent"],
            times=["×"], minus=["−"], div=["÷", "/"], umode=["all", "res"], pct_form=["of", "x%"],
            frac_form=["of", "mul", "divmul"], date=["long", "longy"]),
          dict()),
    Style("verbal_rupees", 4,
          "Operations written in words ('multiplied by', 'divided by'), Rs./₹ amounts, 'per cent', full unit names",
          "verbal",
          O(cur=["INR"], curform=["rs", "sym", "word"], sep=[""], sep_min=[4], units=["full"], pct=[" per cent"],
            verbal=[True], vtimes=["multiplied by", "times"], eqw=["is", "gives", "makes"], times=["×"],
            minus=["-"], div=["÷"], umode=["all", "res"], pct_form=["of"], frac_form=["of", "divmul"],
            date=["ord", "long"]),
          dict(finals=["hence", "so", "the_answer"])),
    Style("swiss_si", 3,
          "SI-style lines 'Label: working' with CHF code, narrow no-break space for 5+ digit numbers, · for multiplication",
          "swiss",
          O(cur=["CHF"], curform=["sym", "code_after"], sep=[NN, TH], sep_min=[5], units=["abbr"], pct=["%", " %"],
            times=["·", "×"], minus=["−"], div=["/", "÷"], umode=["all", "res"], pct_form=["x%", "of", "xdec"],
            frac_form=["mul", "of"], date=["long", "iso"]),
          dict(openers=[None, "Calculation:"], finals=["result", "answer", "banswer"])),
]

STYLE_BY_NAME = {s.name: s for s in STYLES}
