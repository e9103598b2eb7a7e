"""Writing styles (world Englishes / non-native phrasing).

All wording choices take an rng that is consumed identically whatever the
numbers are, so the four variants of one problem share wording.
"""
import re
from fractions import Fraction as F

DP = dict(count=0, money=2, kg=3, km=3, l=3, hr=3, min=0, m=3)


def plain(v):
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    for d in (1, 2, 3, 4, 5, 6):
        x = v * 10 ** d
        if x.denominator == 1:
            s = str(abs(x.numerator)).rjust(d + 1, "0")
            return ("-" if v < 0 else "") + s[:-d] + "." + s[-d:]
    raise ValueError(v)


def fixed2(v):
    x = F(v) * 100
    assert x.denominator == 1
    s = str(x.numerator).rjust(3, "0")
    return s[:-2] + "." + s[-2:]


def group_western(ip):
    return "{:,}".format(int(ip))


def group_indian(ip):
    if len(ip) <= 3:
        return ip
    head, tail = ip[:-3], ip[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail])


def cap(s):
    return s[:1].upper() + s[1:]


def drop_articles(s):
    return re.sub(r"\b(the|a|an) ", "", s)


STD_OPS = {"+": ["{a} + {b} = {c}"], "-": ["{a} - {b} = {c}"], "*": ["{a} x {b} = {c}"], "/": ["{a} ÷ {b} = {c}"]}


class Style:
    name = ""
    weight = 1
    desc = ""
    conv = "western"
    sep = False
    drop_art = False
    scale = 1
    unitw = dict(kg="kg", km="km", l="litres", min="minutes", hr="hours", m="metres")
    money_fmts = ["{s}"]
    count_fmts = ["{s}"]
    ops = STD_OPS
    names = [("Sam", "m")]

    # ---- numbers
    def num(self, v, unit=None):
        v = F(v)
        s = fixed2(v) if (unit == "money" and v.denominator != 1) else plain(v)
        ip, _, fp = s.partition(".")
        if self.conv == "indian":
            ip = group_indian(ip)
        elif self.conv == "comma":
            ip = group_western(ip).replace(",", ".")
        else:
            ip = group_western(ip)
        if fp:
            ip += ("," if self.conv == "comma" else ".") + fp
        return ip

    def note(self, v):
        return ""

    def res(self, v, unit, voice):
        s = self.num(v, unit)
        if unit == "money":
            return voice["money"].format(s=s) + self.note(v)
        if unit == "count":
            return voice["count"].format(s=s)
        return s + " " + self.unitw[unit]

    def pmoney(self, v, voice):
        return voice["pmoney"].format(s=self.num(v, "money"))

    def pval(self, v, unit, voice):
        if unit == "money":
            return self.pmoney(v, voice)
        return self.num(v, unit)

    def gval(self, v, unit, voice):
        return self.res(v, unit, voice) if unit != "money" else voice["money"].format(s=self.num(v, "money"))

    def voice(self, r):
        m = r.choice(self.money_fmts)
        return dict(money=m, pmoney=m.replace("/-", "").strip(),
                    count=r.choice(self.count_fmts), x=r.random(), y=r.random())

    def label(self, s):
        return drop_articles(s) if self.drop_art else s

    # ---- layout
    def header(self, givens, final_label, voice, r):
        return []

    def step(self, i, label, expr, voice, r):
        return ["{} = {}".format(cap(self.label(label)), expr)], 0

    def answer(self, c, final_label, voice, r):
        return ["Answer: {}".format(c)]


def given_lines(style, givens, voice, bullet="  "):
    return ["{}{} = {}".format(bullet, lab, style.gval(v, u, voice)) for lab, v, u in givens]


class IndianTutor(Style):
    name = "indian_tutor"
    weight = 12
    desc = "Indian tutoring-site solution: Given/To find/Sol:, Step-1:, '12 into 4', 'less', Rs 480/-, Indian digit grouping 1,50,000, lakh/crore, kgs/kms/hrs, 'Therefore, the required answer is'"
    conv = "indian"
    unitw = dict(kg="kgs", km="kms", l="ltrs", min="mins", hr="hrs", m="mtrs")
    money_fmts = ["Rs {s}/-", "Rs.{s}/-", "₹{s}"]
    count_fmts = ["{s}", "{s} nos."]
    ops = {"*": ["{a} into {b} = {c}", "{a} × {b} = {c}"], "/": ["{a} ÷ {b} = {c}", "{a}/{b} = {c}"],
           "+": ["{a} + {b} = {c}"], "-": ["{a} - {b} = {c}", "{a} less {b} = {c}"]}
    names = [("Ramesh", "m"), ("Priya", "f"), ("Suresh", "m"), ("Anjali", "f"), ("Raju", "m"), ("Lakshmi", "f")]

    def note(self, v):
        v = F(v)
        if v >= 10 ** 7 and v % 100000 == 0:
            return " ({} crore)".format(plain(v / 10 ** 7))
        if v >= 100000 and v % 1000 == 0:
            return " ({} lakh)".format(plain(v / 100000))
        return ""

    def pmoney(self, v, voice):
        v = F(v)
        if v >= 10 ** 7 and v % 100000 == 0:
            return "Rs {} crore".format(plain(v / 10 ** 7))
        if v >= 100000 and v % 1000 == 0:
            return "Rs {} lakh".format(plain(v / 100000))
        return "Rs " + self.num(v, "money")

    def gval(self, v, unit, voice):
        if unit == "money":
            v = F(v)
            s = voice["money"].format(s=self.num(v, "money"))
            if v >= 10 ** 7 and v % 100000 == 0:
                return "{} crore = {}".format(plain(v / 10 ** 7), s)
            if v >= 100000 and v % 1000 == 0:
                return "{} lakh = {}".format(plain(v / 100000), s)
            return s
        return Style.gval(self, v, unit, voice)

    def header(self, givens, final_label, voice, r):
        return ["Given:"] + given_lines(self, givens, voice) + ["To find: " + final_label, "Sol:"]

    def step(self, i, label, expr, voice, r):
        return ["Step-{}: {} = {}".format(i, cap(label), expr)], 0

    def answer(self, c, final_label, voice, r):
        return ["Therefore, the required answer is {}.".format(c)]


class IndianForum(IndianTutor):
    name = "indian_forum"
    weight = 10
    desc = "Indian Q&A-forum answer: '12 X 4 = 48', '12*4=48/-', 'multiply 12 with 4 we get 48', 'so 48 divide 4 is 12', '= 16 only', 'minus', ₹/Rs, lakh, 'Ans:-', sometimes 'Hence proved.'"
    sep = True
    money_fmts = ["₹{s}", "{s}/-", "Rs {s}"]
    count_fmts = ["{s}", "{s} pcs"]
    ops = {"*": ["{a} X {b} = {c}", "{a}*{b}={c}", "multiply {a} with {b} we get {c}"],
           "/": ["{a} divided by {b} = {c}", "so {a} divide {b} is {c}"],
           "+": ["{a} + {b} = {c} only", "add up {a} and {b} we get {c}"],
           "-": ["{a} minus {b} = {c}", "{a} - {b} = {c} only"]}
    names = [("Rahul", "m"), ("Pooja", "f"), ("Amit", "m"), ("Neha", "f"), ("Vikram", "m"), ("Kavya", "f")]

    def header(self, givens, final_label, voice, r):
        return []

    def step(self, i, label, expr, voice, r):
        return ["{}: {}".format(cap(label), expr)], 0

    def answer(self, c, final_label, voice, r):
        out = [r.choice(["Ans:- {}", "Ans: {}"]).format(c)]
        if voice["x"] < 0.3:
            out.append("Hence proved.")
        return out


class Pakistani(Style):
    name = "pakistani"
    weight = 7
    desc = "Pakistani school-notes English: 'Solution:-', 'Step 1:', Rs. 480, '12x4=48.', 'less', 'Ans:' / 'Hence, the answer is'"
    unitw = dict(kg="kg", km="km", l="litres", min="mins", hr="hrs", m="metres")
    money_fmts = ["Rs. {s}", "Rs.{s}"]
    count_fmts = ["{s}", "{s} pcs"]
    ops = {"*": ["{a} x {b} = {c}", "{a}x{b}={c}."], "/": ["{a} ÷ {b} = {c}", "{a}/{b}={c}."],
           "+": ["{a} + {b} = {c}"], "-": ["{a} less {b} = {c}", "{a} - {b} = {c}"]}
    names = [("Ali", "m"), ("Ayesha", "f"), ("Bilal", "m"), ("Sana", "f"), ("Usman", "m"), ("Hina", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Solution:-"]

    def step(self, i, label, expr, voice, r):
        return ["Step {}: {} = {}".format(i, cap(label), expr)], 0

    def answer(self, c, final_label, voice, r):
        return [r.choice(["Ans: {}", "Hence, the answer is {}."]).format(c)]


class Nigerian(Style):
    name = "nigerian"
    weight = 10
    desc = "Nigerian classroom English: 'Solution:-', two-line steps 'Step 1: To find ...', 'multiply 12 with 4 we get 48', 'add up', 'subtract 12 from 48 we get 36', N500/₦500 (money x50), 'So answer come ...'"
    sep = True
    scale = 50
    money_fmts = ["N{s}", "₦{s}"]
    count_fmts = ["{s}"]
    ops = {"*": ["multiply {a} with {b} we get {c}", "{a} x {b} = {c}"],
           "+": ["add {a} and {b} we get {c}", "add up {a} and {b} we get {c}"],
           "-": ["subtract {b} from {a} we get {c}", "{a} - {b} = {c}"],
           "/": ["divide {a} by {b} we get {c}", "{a} ÷ {b} = {c}"]}
    names = [("Chinedu", "m"), ("Ngozi", "f"), ("Tunde", "m"), ("Aisha", "f"), ("Emeka", "m"), ("Funmi", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Solution:-", ""]

    def step(self, i, label, expr, voice, r):
        return ["Step {}: To find {}".format(i, label), cap(expr)], 1

    def answer(self, c, final_label, voice, r):
        return [r.choice(["So answer come {}.", "Therefore the answer is {}."]).format(c)]


class Kenyan(Style):
    name = "kenyan"
    weight = 6
    desc = "East African exam working: 'Working:', 'Cost of pens = 12 x 4 = Ksh 48', pcs, Ksh/KES (money x5), 'Ans = ...'"
    scale = 5
    unitw = dict(kg="kg", km="km", l="litres", min="min", hr="hrs", m="m")
    money_fmts = ["Ksh {s}", "Ksh. {s}", "KES {s}"]
    count_fmts = ["{s}", "{s} pcs"]
    names = [("Wanjiru", "f"), ("Otieno", "m"), ("Akinyi", "f"), ("Kamau", "m"), ("Njeri", "f"), ("Mwangi", "m")]

    def header(self, givens, final_label, voice, r):
        return ["Working:"]

    def answer(self, c, final_label, voice, r):
        return [r.choice(["Ans = {}", "Answer: {}"]).format(c)]


class Filipino(Style):
    name = "filipino"
    weight = 9
    desc = "Filipino (GRASPS/Given-To find) school format: 'Given:', 'To find:', 'Solution:', PHP 250 / 50 pesos / ₱, 'times', 'divided by ... gives', kilos/liters"
    unitw = dict(kg="kilos", km="km", l="liters", min="mins", hr="hrs", m="meters")
    money_fmts = ["PHP {s}", "{s} pesos", "₱{s}"]
    count_fmts = ["{s}"]
    ops = {"*": ["{a} x {b} = {c}", "{a} times {b} is {c}"], "/": ["{a} divided by {b} gives {c}", "{a} ÷ {b} = {c}"],
           "+": ["{a} plus {b} is {c}", "{a} + {b} = {c}"], "-": ["{a} minus {b} is {c}", "{a} - {b} = {c}"]}
    names = [("Juan", "m"), ("Maria", "f"), ("Jose", "m"), ("Angelica", "f"), ("Paolo", "m"), ("Kristine", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Given:"] + given_lines(self, givens, voice) + ["To find: " + final_label, "Solution:"]

    def step(self, i, label, expr, voice, r):
        return ["{}: {}".format(cap(label), expr)], 0

    def answer(self, c, final_label, voice, r):
        return [r.choice(["Therefore, the answer is {}.", "Ans: {}"]).format(c)]


class Chinese(Style):
    name = "chinese"
    weight = 9
    desc = "Chinese textbook-translation English: compact '12×4=48(yuan)', missing articles, RMB/yuan/¥, 'Answer: ... is ...'"
    drop_art = True
    unitw = dict(kg="kg", km="km", l="L", min="min", hr="h", m="m")
    money_fmts = ["{s}(yuan)", "{s} yuan", "RMB {s}", "¥{s}"]
    count_fmts = ["{s}", "{s}(pieces)"]
    ops = {"*": ["{a}×{b}={c}"], "/": ["{a}÷{b}={c}"], "+": ["{a}+{b}={c}"], "-": ["{a}-{b}={c}"]}
    names = [("Xiao Ming", "m"), ("Li Hua", "f"), ("Wang Wei", "m"), ("Zhang Li", "f"), ("Chen Jie", "m"), ("Liu Fang", "f")]

    def pmoney(self, v, voice):
        return self.num(v, "money") + " yuan"

    def header(self, givens, final_label, voice, r):
        return ["Solution:"]

    def step(self, i, label, expr, voice, r):
        return ["{}: {}".format(cap(self.label(label)), expr)], 0

    def answer(self, c, final_label, voice, r):
        return ["Answer: {} is {}.".format(cap(self.label(final_label)), c)]


class Spanish(Style):
    name = "spanish"
    weight = 8
    desc = "Spanish-speaker English with decimal comma (2,5 kg; 1.250 pesos), '48 : 4 = 12' and '12 · 4' operators, 'We calculate ...', 'The answer is of ...'"
    conv = "comma"
    unitw = dict(kg="kg", km="km", l="l", min="min", hr="h", m="m")
    money_fmts = ["{s} pesos", "${s}", "{s} €"]
    count_fmts = ["{s}"]
    ops = {"*": ["{a} x {b} = {c}", "{a} · {b} = {c}"], "/": ["{a} : {b} = {c}", "{a} ÷ {b} = {c}"],
           "+": ["{a} + {b} = {c}"], "-": ["{a} - {b} = {c}"]}
    names = [("Carlos", "m"), ("Lucía", "f"), ("Javier", "m"), ("Sofía", "f"), ("Diego", "m"), ("Valentina", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Solution:"]

    def step(self, i, label, expr, voice, r):
        lead = "First we calculate" if i == 1 else r.choice(["Now we calculate", "Then we calculate", "After, we calculate"])
        return ["- {} {}: {}".format(lead, label, expr)], 0

    def answer(self, c, final_label, voice, r):
        return [r.choice(["The answer is of {}.", "Answer: {}"]).format(c)]


class Indonesian(Style):
    name = "indonesian"
    weight = 5
    desc = "Translated Indonesian textbook (Diketahui/Ditanya/Jawab -> Known/Asked/Solution), decimal comma, Rp12.500 (money x500), '48 : 4 = 12', en-dash minus"
    conv = "comma"
    scale = 500
    unitw = dict(kg="kg", km="km", l="liter", min="minutes", hr="hours", m="m")
    money_fmts = ["Rp{s}", "Rp {s}"]
    count_fmts = ["{s}"]
    ops = {"*": ["{a} × {b} = {c}"], "/": ["{a} : {b} = {c}"], "+": ["{a} + {b} = {c}"], "-": ["{a} – {b} = {c}"]}
    names = [("Budi", "m"), ("Siti", "f"), ("Agus", "m"), ("Dewi", "f"), ("Rudi", "m"), ("Putri", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Known:"] + given_lines(self, givens, voice, "- ") + ["Asked: " + final_label + "?", "Solution:"]

    def answer(self, c, final_label, voice, r):
        return ["So, the answer is {}.".format(c)]


class Arabic(Style):
    name = "arabic"
    weight = 7
    desc = "Arabic-speaker English: 'Firstly, we must to find ...', resumptive 'it is', 'divided on', 'multiplied by ... equals', dirhams/AED/riyals, 'So the answer it is ...'"
    sep = True
    unitw = dict(kg="kilo", km="km", l="litre", min="minutes", hr="hours", m="metre")
    money_fmts = ["{s} dirhams", "AED {s}", "{s} riyals"]
    count_fmts = ["{s}"]
    ops = {"*": ["{a} × {b} = {c}", "{a} multiplied by {b} equals {c}"], "/": ["{a} divided on {b} = {c}", "{a} ÷ {b} = {c}"],
           "+": ["{a} + {b} = {c}"], "-": ["{a} minus {b} equals {c}", "{a} - {b} = {c}"]}
    names = [("Ahmed", "m"), ("Fatima", "f"), ("Omar", "m"), ("Mariam", "f"), ("Khalid", "m"), ("Noura", "f")]

    def step(self, i, label, expr, voice, r):
        if i == 1:
            return ["Firstly, we must to find {}: {}".format(label, expr)], 0
        lead = r.choice(["After that,", "Then", "Now"])
        return ["{} {} it is {}".format(lead, label, expr)], 0

    def answer(self, c, final_label, voice, r):
        return ["So the answer it is {}.".format(c)]


class ModelTutor(Style):
    name = "model_tutor"
    weight = 7
    desc = "Model fine-tuned on South-Asian tutoring/forum data: 'Sol:-', 'Step-1:' then '=> ...', 'into', 'so 48 divide 4 is 12', 'minus off', 'take out', Tk (taka), 'ans:' / '∴ Ans:', 'Hence proved.'"
    unitw = dict(kg="kgs", km="kms", l="ltr", min="mins", hr="hrs", m="mtr")
    money_fmts = ["Tk {s}", "{s} taka", "Tk.{s}"]
    count_fmts = ["{s}", "{s} pcs"]
    ops = {"*": ["{a} into {b} = {c}", "{a}*{b} = {c}"], "/": ["so {a} divide {b} is {c}", "{a}/{b} = {c}"],
           "+": ["add up {a} and {b} = {c}", "{a}+{b} = {c}"],
           "-": ["minus off {b} from {a} = {c}", "take out {b} from {a} we get {c}"]}
    names = [("Rahim", "m"), ("Nusrat", "f"), ("Karim", "m"), ("Fahmida", "f"), ("Sakib", "m"), ("Tania", "f")]

    def header(self, givens, final_label, voice, r):
        return ["Sol:-"]

    def step(self, i, label, expr, voice, r):
        return ["Step-{}: {}".format(i, cap(label)), "=> " + expr], 1

    def answer(self, c, final_label, voice, r):
        out = [r.choice(["∴ Ans: {}", "ans: {}", "Ans:- {}"]).format(c)]
        if voice["x"] < 0.4:
            out.append("Hence proved.")
        return out


STYLES = [IndianTutor(), IndianForum(), Pakistani(), Nigerian(), Kenyan(), Filipino(), Chinese(), Spanish(),
          Indonesian(), Arabic(), ModelTutor()]
