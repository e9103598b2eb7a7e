#!/usr/bin/env python3
"""Independent checker for set.jsonl (spoken / read-aloud arithmetic).

Re-reads every row from its text alone: converts spoken numbers back to values,
finds every written computation, and verifies the labels.  Does not import the
generator.  Prints PASS and exits 0 when every check holds.

python3 check.py [set.jsonl] [-v]
"""
import json
import re
import sys
from collections import Counter, defaultdict
from fractions import Fraction as F

# ------------------------------------------------------------------ vocabulary
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
PLURAL = {"twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7,
          "eights": 8, "nines": 9, "tens": 10, "elevens": 11, "twelves": 12}
DEN_PL = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5,
          "sixths": 6, "eighths": 8, "tenths": 10}
DEN_SG = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
          "eighth": 8, "tenth": 10}
DIGITW = dict(UNITS, oh=0)

EQ_PHRASES = sorted([
    "is", "are", "equals", "equal", "makes", "make", "gives", "gives us", "gives you",
    "that's", "thats", "that is", "which is", "which gives", "which gives us",
    "that gives", "that gives us", "that makes", "comes out to", "come out to",
    "leaves", "leaves us with", "leaves you with", "that leaves", "and that leaves",
    "that leaves us with", "to get", "we get", "you get", "and you get", "and we get",
    "i get", "gets us to", "gets us", "would be", "is gonna be", "so that's", "=",
], key=lambda s: -len(s.split()))
OP_PHRASES = sorted([
    ("plus another", "+"), ("plus", "+"), ("added to", "+"), ("minus", "-"),
    ("take away", "-"), ("times", "*"), ("multiplied by", "*"), ("groups of", "*"),
    ("group of", "*"), ("lots of", "*"), ("divided by", "/"), ("over", "/"),
    ("shared equally between", "/"), ("shared between", "/"), ("split between", "/"),
    ("goes into", "GOES"), ("go into", "GOES"),
], key=lambda s: -len(s[0].split()))
FILLERS_OK = {"um", "uh", "like", "okay", "so", "what", "anyone", "anybody", "well",
              "hmm", "yeah", "right", "oh"}


class Tok:
    __slots__ = ("t", "s", "e", "kind")

    def __init__(self, t, s, e, kind):
        self.t, self.s, self.e, self.kind = t, s, e, kind

    def __repr__(self):
        return "%s:%s" % (self.kind, self.t)


TOKEN_RE = re.compile(
    r"(?P<time>\b\d{1,2}:\d{2}\b)"
    r"|(?P<money>\$\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$\d+(?:\.\d+)?)"
    r"|(?P<num>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\b\d+(?:\.\d+)?%?)"
    r"|(?P<ell>\.\.\.|…)"
    r"|(?P<ampm>\b[ap]\.m\.)"
    r"|(?P<word>[a-z]+(?:'[a-z]+)?(?:-[a-z]+(?:'[a-z]+)?)*)"
    r"|(?P<p>[.,!?;:=])")


def tokenize(line):
    low = line.lower().replace("’", "'")
    out = []
    for m in TOKEN_RE.finditer(low):
        k = m.lastgroup
        out.append(Tok(m.group(), m.start(), m.end(), k))
    return out


# ------------------------------------------------------------------ numbers
class Num:
    __slots__ = ("v", "kind", "s", "e", "wordy", "simple", "op")

    def __init__(self, v, kind, s, e, wordy=False, simple=False, op=None):
        self.v, self.kind, self.s, self.e = F(v), kind, s, e
        self.wordy = wordy      # written in words
        self.simple = simple    # a plain word number 0..99 (for pair merging)
        self.op = op            # e.g. "dozen"

    def __repr__(self):
        return "NUM(%s,%s)" % (self.v, self.kind)


def split_hyphen_words(tokens):
    """Split hyphenated words that are not tens-units compounds and not fraction words."""
    out = []
    for t in tokens:
        if t.kind == "word" and "-" in t.t:
            parts = t.t.split("-")
            if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and parts[1] != "zero":
                out.append(t)
                continue
            if len(parts) == 2 and (parts[0] in UNITS or parts[0] == "one") and parts[1] in DEN_PL:
                out.append(t)
                continue
            pos = t.s
            for p in parts:
                out.append(Tok(p, pos, pos + len(p), "word"))
                pos += len(p) + 1
            continue
        out.append(t)
    return out


def lt100(toks, i):
    """Parse a number below 100 written in words. Returns (value, j, cls) or None."""
    if i >= len(toks) or toks[i].kind != "word":
        return None
    w = toks[i].t
    if "-" in w:
        a, b = w.split("-", 1)
        if a in TENS and b in UNITS and b != "zero":
            return TENS[a] + UNITS[b], i + 1, "compound"
        return None
    if w in UNITS:
        return UNITS[w], i + 1, "units"
    if w in TEENS:
        return TEENS[w], i + 1, "teen"
    if w in TENS:
        if i + 1 < len(toks) and toks[i + 1].kind == "word" and toks[i + 1].t in UNITS and toks[i + 1].t != "zero":
            return TENS[w] + UNITS[toks[i + 1].t], i + 2, "compound"
        return TENS[w], i + 1, "tens"
    return None


def is_word(toks, i, *ws):
    return i < len(toks) and toks[i].kind == "word" and toks[i].t in ws


def parse_words_int(toks, i):
    """Returns (value, j, simple) or None.  simple = plain 0..99 without scale."""
    if i >= len(toks):
        return None
    val = None
    j = i
    simple = False
    if is_word(toks, i, "a") and is_word(toks, i + 1, "hundred"):
        val, j = 100, i + 2
    elif is_word(toks, i, "a") and is_word(toks, i + 1, "thousand"):
        val, j = 1000, i + 2
    else:
        r = lt100(toks, i)
        if r is None:
            return None
        v, j, cls = r
        if is_word(toks, j, "hundred") and v >= 1:
            val, j = v * 100, j + 1
        elif is_word(toks, j, "thousand") and v >= 1:
            val, j = v * 1000, j + 1
        else:
            return v, j, True
    # after a scale
    scale_thousand = val % 1000 == 0 and val >= 1000
    for _ in range(2):
        k = j
        if is_word(toks, k, "and"):
            r = lt100(toks, k + 1)
            if r is not None and r[0] > 0:
                # do not swallow "and a half"-like or "and three quarters"
                if is_word(toks, r[1], "quarters", "quarter", "thirds", "fifths"):
                    break
                val += r[0]
                j = r[1]
                return val, j, False
            break
        r = lt100(toks, k)
        if r is None:
            if is_word(toks, k, "a") and is_word(toks, k + 1, "hundred") and scale_thousand:
                val += 100
                j = k + 2
                continue
            break
        v2, j2, cls = r
        if is_word(toks, j2, "hundred") and scale_thousand and v2 < 10:
            val += v2 * 100
            j = j2 + 1
            scale_thousand = False
            continue
        val += v2
        j = j2
        break
    return val, j, False


def parse_numbers(toks, ctx):
    """Turn tokens into a list of items: Num or Tok (words / punctuation)."""
    toks = split_hyphen_words(toks)
    items = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.kind == "ampm":
            i += 1
            continue
        if t.kind == "time":
            h, m = t.t.split(":")
            v = (int(h) % 12) * 60 + int(m)
            items.append(Num(v, "time", t.s, t.e))
            i += 1
            if is_word(toks, i, "am", "pm"):
                i += 1
            continue
        if t.kind == "money":
            v = F(t.t[1:].replace(",", ""))
            items.append(Num(v, "money", t.s, t.e))
            i += 1
            continue
        if t.kind == "num":
            s = t.t.replace(",", "")
            pct = s.endswith("%")
            s = s.rstrip("%")
            v = F(s)
            j = i + 1
            kind = "dec" if "." in s else "int"
            if pct or is_word(toks, j, "percent"):
                if not pct:
                    j += 1
                items.append(Num(v, "pct", t.s, toks[j - 1].e))
                i = j
                continue
            if is_word(toks, j, "dollars", "dollar", "bucks", "buck"):
                items.append(Num(v, "money", t.s, toks[j].e))
                i = j + 1
                continue
            if is_word(toks, j, "cents", "cent"):
                items.append(Num(v / 100, "money", t.s, toks[j].e))
                i = j + 1
                continue
            if is_word(toks, j, "dozen"):
                items.append(Num(v * 12, "int", t.s, toks[j].e, op=("dozen", v)))
                i = j + 1
                continue
            items.append(Num(v, kind, t.s, t.e))
            i = j
            continue
        if t.kind != "word":
            items.append(t)
            i += 1
            continue
        w = t.t
        # fraction words
        if "-" in w:
            a, b = w.split("-", 1)
            if (a in UNITS or a == "one") and b in DEN_PL:
                items.append(Tok(("FRAC", F(UNITS.get(a, 1), DEN_PL[b])), t.s, t.e, "frac"))
                i += 1
                continue
        if w in ("a", "one") and i + 1 < n and toks[i + 1].kind == "word" and toks[i + 1].t in DEN_SG \
                and not (w == "one" and False):
            if is_word(toks, i + 2, "of"):
                items.append(Tok(("FRAC", F(1, DEN_SG[toks[i + 1].t])), t.s, toks[i + 1].e, "frac"))
                i += 2
                continue
        if w == "half" and is_word(toks, i + 1, "of"):
            items.append(Tok(("FRAC", F(1, 2)), t.s, t.e, "frac"))
            i += 1
            continue
        if w in ("quarter", "half") and is_word(toks, i + 1, "past", "to") and ctx["time"]:
            r = lt100(toks, i + 2)
            if r and 1 <= r[0] <= 12:
                base = (r[0] % 12) * 60
                v = base + (15 if w == "quarter" else 30) if toks[i + 1].t == "past" else base - 15
                items.append(Num(v % 720, "time", t.s, toks[r[1] - 1].e, wordy=True))
                i = r[1]
                continue
        # "a dozen"
        if w == "a" and is_word(toks, i + 1, "dozen"):
            items.append(Num(12, "int", t.s, toks[i + 1].e, wordy=True))
            i += 2
            continue
        # "point five" with no integer part
        if w == "point" and i + 1 < n and toks[i + 1].kind == "word" and toks[i + 1].t in DIGITW:
            j = i + 1
            ds = ""
            while j < n and toks[j].kind == "word" and toks[j].t in DIGITW:
                ds += str(DIGITW[toks[j].t])
                j += 1
            items.append(Num(F("0." + ds), "dec", t.s, toks[j - 1].e, wordy=True))
            i = j
            continue
        if w in PLURAL and items and isinstance(items[-1], Num):
            items.append(Tok(("PLURAL", PLURAL[w]), t.s, t.e, "plural"))
            i += 1
            continue
        if w in DEN_PL and items and isinstance(items[-1], Num) and items[-1].wordy and \
                items[-1].kind == "int" and 1 <= items[-1].v <= 4 and items[-1].e == toks[i - 1].e:
            prev = items.pop()
            items.append(Tok(("FRAC", prev.v / DEN_PL[w]), prev.s, t.e, "frac"))
            i += 1
            continue
        # pronoun "one"
        if w == "one" and (is_word(toks, i + 1, "of", "more") or
                           (i > 0 and is_word(toks, i - 1, "each", "this", "that", "which", "every", "the", "no", "any"))):
            items.append(t)
            i += 1
            continue
        r = parse_words_int(toks, i)
        if r is None:
            items.append(t)
            i += 1
            continue
        v, j, simple = r
        v = F(v)
        kind = "int"
        s0 = t.s
        # decimals
        if is_word(toks, j, "point") and j + 1 < n and toks[j + 1].kind == "word" and toks[j + 1].t in DIGITW:
            k = j + 1
            ds = ""
            while k < n and toks[k].kind == "word" and toks[k].t in DIGITW:
                ds += str(DIGITW[toks[k].t])
                k += 1
            v = v + F("0." + ds)
            j = k
            kind = "dec"
            simple = False
        # mixed fractions
        elif is_word(toks, j, "and") and is_word(toks, j + 1, "a") and is_word(toks, j + 2, "half", "quarter"):
            v += F(1, 2) if toks[j + 2].t == "half" else F(1, 4)
            j += 3
            kind = "dec"
            simple = False
        elif is_word(toks, j, "and") and is_word(toks, j + 1, "three") and is_word(toks, j + 2, "quarters"):
            v += F(3, 4)
            j += 3
            kind = "dec"
            simple = False
        end = toks[j - 1].e
        # dozen
        if is_word(toks, j, "dozen"):
            items.append(Num(v * 12, "int", s0, toks[j].e, wordy=True, op=("dozen", v)))
            i = j + 1
            continue
        # percent
        if is_word(toks, j, "percent"):
            items.append(Num(v, "pct", s0, toks[j].e, wordy=True))
            i = j + 1
            continue
        # money
        if is_word(toks, j, "dollars", "dollar", "bucks", "buck"):
            k = j + 1
            cents = None
            if is_word(toks, k, "and"):
                r2 = lt100(toks, k + 1)
                if r2 and is_word(toks, r2[1], "cents", "cent"):
                    cents = r2[0]
                    k = r2[1] + 1
            elif k < n and toks[k].kind == "word":
                r2 = lt100(toks, k)
                if r2 and r2[0] >= 10 and not is_word(toks, r2[1], "cents", "cent") and ctx["money"]:
                    cents = r2[0]
                    k = r2[1]
            v2 = v + (F(cents, 100) if cents is not None else 0)
            items.append(Num(v2, "money", s0, toks[k - 1].e, wordy=True))
            i = k
            continue
        if is_word(toks, j, "cents", "cent"):
            items.append(Num(v / 100, "money", s0, toks[j].e, wordy=True))
            i = j + 1
            continue
        # "eleven a.m."
        if toks[j - 1].kind == "word" and j < n and toks[j].kind == "ampm" and 1 <= v <= 12 and v.denominator == 1:
            items.append(Num((v % 12) * 60, "time", s0, toks[j].e, wordy=True))
            i = j + 1
            continue
        # o'clock
        if is_word(toks, j, "o'clock") and ctx["time"]:
            items.append(Num((v % 12) * 60, "time", s0, toks[j].e, wordy=True))
            i = j + 1
            if is_word(toks, i, "am", "pm"):
                i += 1
            continue
        # pairs: money "four fifty", time "three forty-five", "four oh five"
        if simple and (ctx["money"] or ctx["time"]) and j < n and toks[j].kind == "word" and toks[j].s <= end + 1:
            second = None
            if toks[j].t == "oh" and j + 1 < n and toks[j + 1].kind == "word" and toks[j + 1].t in UNITS:
                second = (UNITS[toks[j + 1].t], j + 2)
            else:
                r2 = lt100(toks, j)
                if r2 and r2[0] >= 10 and not is_word(toks, r2[1], "hundred", "thousand", "dollars", "cents"):
                    second = (r2[0], r2[1])
            if second is not None:
                if ctx["time"] and 1 <= v <= 12 and second[0] < 60:
                    items.append(Num((v % 12) * 60 + second[0], "time", s0, toks[second[1] - 1].e, wordy=True))
                    i = second[1]
                    if is_word(toks, i, "am", "pm"):
                        i += 1
                    continue
                if ctx["money"] and 1 <= v <= 99:
                    items.append(Num(v + F(second[0], 100), "money", s0, toks[second[1] - 1].e, wordy=True))
                    i = second[1]
                    continue
        items.append(Num(v, kind, s0, end, wordy=True, simple=simple))
        i = j
    return items


# ------------------------------------------------------------------ symbols
class Sym:
    __slots__ = ("k", "v", "s", "e", "num")

    def __init__(self, k, v=None, s=0, e=0, num=None):
        self.k, self.v, self.s, self.e, self.num = k, v, s, e, num

    def __repr__(self):
        return "%s%s" % (self.k, "" if self.v is None else "(%s)" % (self.v,))


def symbolize(items):
    """Map items to symbols: N, OP, EQ, PRE, POST, PL, FRACB, Q, BRK, COMMA, and words W."""
    out = []
    i = 0
    n = len(items)

    def word(k):
        return items[k].t if (k < n and isinstance(items[k], Tok) and items[k].kind == "word") else None

    while i < n:
        it = items[i]
        if isinstance(it, Num):
            # "N percent of" -> prefix
            if it.kind == "pct" and word(i + 1) == "of":
                out.append(Sym("PRE", F(it.v, 100), it.s, items[i + 1].e, num=it))
                i += 2
                continue
            out.append(Sym("N", it.v, it.s, it.e, num=it))
            i += 1
            continue
        if it.kind == "frac":
            f = it.t[1]
            if word(i + 1) == "of":
                out.append(Sym("PRE", f, it.s, items[i + 1].e))
                i += 2
            else:
                out.append(Sym("FRACB", f, it.s, it.e))
                i += 1
            continue
        if it.kind == "plural":
            out.append(Sym("PL", it.t[1], it.s, it.e))
            i += 1
            continue
        if it.kind == "p":
            if it.t == "?":
                out.append(Sym("Q", None, it.s, it.e))
            elif it.t == ",":
                out.append(Sym("COMMA", None, it.s, it.e))
            elif it.t == "=":
                out.append(Sym("EQ", "=", it.s, it.e))
            else:
                out.append(Sym("BRK", it.t, it.s, it.e))
            i += 1
            continue
        if it.kind == "ell":
            out.append(Sym("ELL", None, it.s, it.e))
            i += 1
            continue
        w = it.t
        # multiword matches
        matched = False
        for ph, op in OP_PHRASES:
            ws = ph.split()
            if all(word(i + k) == ws[k] for k in range(len(ws))):
                out.append(Sym("OP", op, it.s, items[i + len(ws) - 1].e))
                i += len(ws)
                matched = True
                break
        if matched:
            continue
        for ph in EQ_PHRASES:
            ws = ph.split()
            if all(word(i + k) == ws[k] for k in range(len(ws))):
                out.append(Sym("EQ", ph, it.s, items[i + len(ws) - 1].e))
                i += len(ws)
                matched = True
                break
        if matched:
            continue
        if w in ("split", "cut") and word(i + 1) == "in" and word(i + 2) == "half":
            out.append(Sym("POST", F(1, 2), it.s, items[i + 2].e))
            i += 3
            continue
        if w == "doubled":
            out.append(Sym("POST", F(2), it.s, it.e))
            i += 1
            continue
        if w == "tripled":
            out.append(Sym("POST", F(3), it.s, it.e))
            i += 1
            continue
        if w in ("double", "twice"):
            out.append(Sym("PRE", F(2), it.s, it.e))
            i += 1
            continue
        if w == "triple":
            out.append(Sym("PRE", F(3), it.s, it.e))
            i += 1
            continue
        if w == "away" and word(i + 1) == "from":
            out.append(Sym("AWAYFROM", None, it.s, items[i + 1].e))
            i += 2
            continue
        if w in ("add", "subtract", "multiply", "divide", "take", "from", "by", "and", "to",
                 "until", "till", "after", "at", "each", "ways", "split", "that", "it", "so",
                 "minutes", "minute"):
            out.append(Sym("W", w, it.s, it.e))
            i += 1
            continue
        out.append(Sym("F", w, it.s, it.e))   # filler word
        i += 1
    return out


# ------------------------------------------------------------------ computations
class Comp:
    __slots__ = ("exact", "written", "operands", "s", "e", "res_s", "res_e", "desc")

    def __init__(self, exact, written, operands, s, e, res_sym, desc):
        self.exact, self.written, self.operands = F(exact), F(written), operands
        self.s, self.e = s, e
        self.res_s, self.res_e = res_sym.s, res_sym.e
        self.desc = desc

    def ok(self, is_time=False):
        if is_time:
            return (self.exact - self.written) % 720 == 0
        return self.exact == self.written

    def __repr__(self):
        return "Comp(%s %s= %s)" % (self.desc, "=" if self.exact == self.written else "!", self.written)


class Parser:
    MAXF = 4

    def __init__(self, syms, ctx):
        self.S = syms
        self.ctx = ctx
        self.comps = []
        self.used = set()      # indices of N symbols consumed
        self.last_res = None   # (value, index)
        self.base = None       # base of the last percent/fraction-of

    # helpers
    def skip(self, i, allow_words=True, maxf=None, allow=("COMMA", "ELL")):
        maxf = self.MAXF if maxf is None else maxf
        f = 0
        while i < len(self.S):
            s = self.S[i]
            if s.k in allow:
                i += 1
                continue
            if allow_words and s.k == "F" and f < maxf:
                f += 1
                i += 1
                continue
            break
        return i

    def at(self, i, k, v=None):
        return i < len(self.S) and self.S[i].k == k and (v is None or self.S[i].v == v)

    def operand(self, i, allow_pronoun=False):
        """term := PRE* (N [PL] | N POST* | that/it) ; returns (value, j, has_op, idxs, pre_base)"""
        factor = F(1)
        has_op = False
        base = None
        j = i
        pres = []
        while self.at(j, "PRE"):
            factor *= self.S[j].v
            pres.append(self.S[j].v)
            has_op = True
            j += 1
            j = self.skip(j, maxf=1)
        if self.at(j, "N"):
            num = self.S[j].num
            if num.kind == "pct":
                return None
            v = self.S[j].v
            idxs = [j]
            rawv = self.S[j].v
            if num.op:
                has_op = True
                rawv = num.op[1]
            j2 = j + 1
            if self.at(j2, "PL"):
                v = v * self.S[j2].v
                has_op = True
                j2 += 1
            while self.at(j2, "POST"):
                v = v * self.S[j2].v
                has_op = True
                j2 += 1
            if pres:
                base = self.S[j].v
            return v * factor, j2, has_op, idxs, base, [rawv]
        if pres and self.at(j, "W") and self.S[j].v in ("that", "it") and self.last_res is not None:
            return self.last_res[0] * factor, j + 1, True, [], self.last_res[0], [self.last_res[0]]
        return None

    def result(self, i):
        """After an EQ: find the written result number."""
        j = i
        f = 0
        while j < len(self.S) and f <= 4:
            s = self.S[j]
            if s.k in ("COMMA", "ELL", "Q"):
                j += 1
            elif s.k == "F" or (s.k == "W" and s.v in ("that", "it")):
                j += 1
                f += 1
            else:
                break
        if self.at(j, "N") and self.S[j].num.kind != "pct":
            return j
        return None

    def eq_at(self, i):
        """Return index after an equality marker at i (allowing a sentence break
        before 'that gives' etc.), or None."""
        j = i
        f = 0
        while j < len(self.S) and f <= 4:
            s = self.S[j]
            if s.k in ("COMMA", "ELL"):
                j += 1
            elif s.k == "F" or (s.k == "W" and s.v in ("that", "it", "each")):
                j += 1
                f += 1
            else:
                break
        if f > 4:
            return None
        if self.at(j, "BRK"):
            k = j + 1
            if self.at(k, "EQ") and self.S[k].v in ("that gives", "that gives us", "that's", "that leaves",
                                                     "that makes", "which is", "so that's", "that is"):
                return k + 1
            return None
        if self.at(j, "EQ"):
            return j + 1
        if self.at(j, "Q"):
            return j + 1
        return None

    def record(self, exact, rj, operand_vals, start, desc, idxs):
        rs = self.S[rj]
        written = rs.v
        if rs.num is not None and rs.num.op and rs.num.op[0] == "dozen":
            written = rs.num.op[1]      # "... is twenty-one dozen": dozen is the unit here
        c = Comp(exact, written, operand_vals, self.S[start].s, rs.e, rs, desc)
        self.comps.append(c)
        for k in idxs:
            self.used.add(k)
        self.used.add(rj)
        self.last_res = (written, rj)
        return c

    # patterns
    def p_imperative(self, i):
        s = self.S[i]
        if s.k != "W" or s.v not in ("add", "subtract", "multiply", "divide", "take"):
            return None
        verb = s.v
        j = self.skip(i + 1, maxf=1)
        if verb == "add":
            vals, idxs, raw = [], [], []
            while True:
                o = self.operand(j)
                if o is None:
                    return None
                vals.append(o[0])
                idxs += o[3]
                raw += o[5]
                j = o[1]
                k = self.skip(j, maxf=0)
                if self.at(k, "W", "and"):
                    j = self.skip(k + 1, maxf=0)
                    continue
                if self.at(j, "COMMA"):
                    k = self.skip(j + 1, maxf=0)
                    if self.at(k, "W", "and"):
                        k = self.skip(k + 1, maxf=0)
                    if self.at(k, "N") or self.at(k, "PRE"):
                        j = k
                        continue
                break
            if len(vals) < 2:
                return None
            e = self.eq_at(j)
            if e is None:
                return None
            rj = self.result(e)
            if rj is None:
                return None
            self.record(sum(vals, F(0)), rj, raw, i, "add" + str(vals), idxs)
            return rj + 1
        a = self.operand(j)
        if a is None:
            return None
        j = self.skip(a[1], maxf=1)
        joiner = {"subtract": "from", "multiply": "by", "divide": "by", "take": None}[verb]
        if verb == "take":
            if not self.at(j, "AWAYFROM"):
                return None
        elif not self.at(j, "W", joiner):
            return None
        j = self.skip(j + 1, maxf=1)
        b = self.operand(j)
        if b is None:
            return None
        j = b[1]
        e = self.eq_at(j)
        if e is None:
            # "take B away from A and that leaves R"
            k = self.skip(j, maxf=0)
            if self.at(k, "W", "and"):
                e = self.eq_at(k + 1)
            if e is None:
                return None
        rj = self.result(e)
        if rj is None:
            return None
        x, y = a[0], b[0]
        exact = {"subtract": y - x, "take": y - x, "multiply": x * y, "divide": x / y}[verb]
        self.record(exact, rj, a[5] + b[5], i, "%s %s %s" % (verb, x, y), a[3] + b[3])
        return rj + 1

    def p_time(self, i):
        if not self.ctx["time"]:
            return None
        j = i
        if self.at(j, "W", "from"):
            j += 1
        if self.at(j, "N") and self.S[j].num.kind == "time":
            t1 = j
            k = self.skip(j + 1, maxf=0)
            if self.at(k, "W") and self.S[k].v in ("to", "until", "till"):
                k2 = self.skip(k + 1, maxf=0)
                if self.at(k2, "N") and self.S[k2].num.kind == "time":
                    e = self.eq_at(k2 + 1)
                    if e is None:
                        return None
                    rj = self.result(e)
                    if rj is None:
                        return None
                    exact = (self.S[k2].v - self.S[t1].v) % 720
                    self.record(exact, rj, [self.S[t1].v, self.S[k2].v], i, "tdiff", [t1, k2])
                    return rj + 1
            # T plus M minutes is T2
            if self.at(k, "OP", "+"):
                k2 = self.skip(k + 1, maxf=2)
                if self.at(k2, "N") and self.S[k2].num.kind in ("int",) and self.at(k2 + 1, "W", "minutes"):
                    e = self.eq_at(k2 + 2)
                    if e is None:
                        return None
                    rj = self.result(e)
                    if rj is None or self.S[rj].num.kind != "time":
                        return None
                    self.record(self.S[t1].v + self.S[k2].v, rj, [self.S[t1].v, self.S[k2].v], i, "tadd",
                                [t1, k2])
                    self.comps[-1].desc = "tadd_time"
                    return rj + 1
            return None
        # M minutes after T is T2
        if self.at(i, "N") and self.S[i].num.kind == "int" and self.at(i + 1, "W", "minutes") and \
                self.at(i + 2, "W", "after") and self.at(i + 3, "N") and self.S[i + 3].num.kind == "time":
            e = self.eq_at(i + 4)
            if e is None:
                return None
            rj = self.result(e)
            if rj is None or self.S[rj].num.kind != "time":
                return None
            self.record(self.S[i + 3].v + self.S[i].v, rj, [self.S[i + 3].v, self.S[i].v], i, "tadd", [i, i + 3])
            self.comps[-1].desc = "tadd_time"
            return rj + 1
        return None

    def p_base(self, i):
        """'so twenty percent is R' / 'so two thirds is R' using the last base on the line."""
        if not self.at(i, "W", "so") or self.base is None:
            return None
        j = i + 1
        if self.at(j, "N") and self.S[j].num.kind == "pct":
            f = F(self.S[j].v, 100)
            idx = [j]
        elif self.at(j, "FRACB"):
            f = self.S[j].v
            idx = []
        else:
            return None
        k = j + 1
        if self.at(k, "F", "of") and self.at(k + 1, "W", "it"):
            k += 2
        e = self.eq_at(k)
        if e is None:
            return None
        rj = self.result(e)
        if rj is None:
            return None
        self.record(self.base * f, rj, [self.base], i, "base*%s" % f, idx)
        return rj + 1

    def p_expr(self, i):
        """General: term (op term)* EQ result ; with chain continuation from last result."""
        S = self.S
        start = i
        vals = []
        ops = []
        idxs = []
        raw = []
        has_op = False
        used_and = False
        chain = False
        if self.at(i, "OP") and S[i].v in "+-*/" and self.last_res is not None and self.last_res[1] < i:
            # continuation: previous result is the left operand, only if nothing but commas / 'and' between
            between = S[self.last_res[1] + 1:i]
            if all(s.k in ("COMMA", "ELL") or (s.k == "W" and s.v in ("and", "so")) for s in between):
                vals.append(self.last_res[0])
                raw.append(self.last_res[0])
                chain = True
            else:
                return None
        else:
            o = self.operand(i)
            if o is None:
                return None
            vals.append(o[0])
            idxs += o[3]
            raw += o[5]
            has_op = has_op or o[2]
            if o[4] is not None:
                self.base = o[4]
            i = o[1]
        j = i
        goes = False
        while True:
            k = self.skip(j, maxf=3)
            if self.at(k, "OP"):
                op = S[k].v
                k2 = self.skip(k + 1, maxf=2)
                o = self.operand(k2)
                if o is None:
                    break
                if op == "GOES":
                    goes = True
                ops.append(op)
                vals.append(o[0])
                idxs += o[3]
                raw += o[5]
                has_op = True
                j = o[1]
                if goes:
                    break
                continue
            if self.at(k, "W", "and") and not ops:
                k2 = self.skip(k + 1, maxf=0)
                o = self.operand(k2)
                if o is not None and not o[2]:
                    ops.append("+")
                    vals.append(o[0])
                    idxs += o[3]
                    raw += o[5]
                    used_and = True
                    has_op = True
                    j = o[1]
                    # allow a third 'and'
                    k3 = self.skip(j, maxf=0)
                    if self.at(k3, "W", "and"):
                        o2 = self.operand(self.skip(k3 + 1, maxf=0))
                        if o2 is not None and not o2[2]:
                            ops.append("+")
                            vals.append(o2[0])
                            idxs += o2[3]
                            raw += o2[5]
                            j = o2[1]
                    continue
                break
            if self.at(k, "W", "at") and len(vals) == 1 and not ops:
                k2 = self.skip(k + 1, maxf=0)
                o = self.operand(k2)
                if o is not None and self.at(o[1], "W", "each"):
                    ops.append("*")
                    vals.append(o[0])
                    idxs += o[3]
                    raw += o[5]
                    has_op = True
                    j = o[1] + 1
                    continue
                break
            if self.at(k, "W", "split") and len(vals) == 1 and not ops:
                k2 = self.skip(k + 1, maxf=0)
                o = self.operand(k2)
                if o is not None and self.at(o[1], "W", "ways"):
                    ops.append("/")
                    vals.append(o[0])
                    idxs += o[3]
                    raw += o[5]
                    has_op = True
                    j = o[1] + 1
                    continue
                break
            break
        if not has_op and not chain:
            return None
        if used_and and any(o != "+" for o in ops):
            return None
        # evaluate left to right
        if goes:
            if len(vals) != 2:
                return None
            exact = vals[1] / vals[0]
        else:
            exact = vals[0]
            for op, v in zip(ops, vals[1:]):
                if op == "+":
                    exact += v
                elif op == "-":
                    exact -= v
                elif op == "*":
                    exact *= v
                elif op == "/":
                    exact /= v
                else:
                    return None
        # result: goes-into "R times" form
        if goes:
            k = self.skip(j, maxf=0)
            if self.at(k, "N") and self.at(k + 1, "OP", "*") and not self.at(k + 2, "N"):
                self.record(exact, k, raw, start, "goes", idxs)
                return k + 2
        e = self.eq_at(j)
        if e is None:
            return None
        rj = self.result(e)
        if rj is None:
            return None
        if self.at(rj + 1, "OP") and self.at(self.skip(rj + 2, maxf=2), "N") and S[rj + 1].v != "*":
            # result is itself the start of another expression ("is, um, 5 minus ...") - not a result
            pass
        desc = "%s %s" % (vals[0], " ".join("%s %s" % (o, v) for o, v in zip(ops, vals[1:])))
        self.record(exact, rj, raw, start, desc, idxs)
        return rj + 1

    def run(self):
        i = 0
        S = self.S
        while i < len(S):
            if S[i].k == "BRK":
                pass
            nxt = None
            for p in (self.p_time, self.p_imperative, self.p_base, self.p_expr):
                nxt = p(i)
                if nxt is not None:
                    break
            if nxt is None:
                i += 1
            else:
                i = nxt
        return self


def analyze_line(line, ctx):
    items = parse_numbers(tokenize(line), ctx)
    syms = symbolize(items)
    p = Parser(syms, ctx).run()
    nums = [(k, s) for k, s in enumerate(syms) if s.k == "N" or (s.k == "PRE" and s.num is not None)]
    unused = [s for k, s in nums if k not in p.used and s.k == "N"]
    return p.comps, unused, syms


def problem_ctx(problem, solution=""):
    low = (problem + "\n" + solution).lower()
    return dict(money=bool(re.search(r"\$|\bdollars?\b|\bcents?\b|\bbucks?\b", low)),
                time=bool(re.search(r"\b[ap]\.m\.|o'clock", low)))


def problem_numbers(problem, ctx):
    items = parse_numbers(tokenize(problem), ctx)
    vals = set()
    for it in items:
        if isinstance(it, Num):
            vals.add(it.v)
            if it.op:
                vals.add(it.op[1])
            if it.kind == "pct":
                vals.add(it.v / 100)
    low = problem.lower()
    if "twice" in low or "double" in low:
        vals.add(F(2))
    if "three times" in low:
        vals.add(F(3))
    if "four times" in low:
        vals.add(F(4))
    if "half" in low:
        vals.add(F(2))
    return vals


CONSTS = {F(x) for x in (1, 2, 3, 4, 5, 6, 7, 10, 12, 24, 60, 100)} | {F(1, 4), F(1, 10), F(1, 20), F(1, 2)}


def line_offsets(text):
    out = []
    pos = 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


# ------------------------------------------------------------------ row checks
class Fail(Exception):
    pass


def req(cond, msg):
    if not cond:
        raise Fail(msg)


def numstr(s):
    if ":" in s:
        h, m = s.split(":")
        return F((int(h) % 12) * 60 + int(m))
    return F(s)


def analyze_solution(sol, ctx):
    lines = sol.split("\n")
    per = []
    for ln in lines:
        if ln.startswith("####"):
            per.append(([], [], []))
            continue
        comps, unused, syms = analyze_line(ln, ctx)
        per.append((comps, unused, syms))
    return lines, per


def check_correct(row, ctx, pnums, verbose=False):
    lines, per = analyze_solution(row["solution"], ctx)
    final = numstr(row["final"])
    known = set(pnums) | CONSTS
    comp_lines = []
    for li, (ln, (comps, unused, syms)) in enumerate(zip(lines, per)):
        if ln.startswith("####"):
            req(li == len(lines) - 1, "#### not last")
            req(numstr(ln[4:].strip()) == final, "#### value %r != final %r" % (ln, row["final"]))
            continue
        for c in comps:
            req(c.ok(ctx["time"] and c.desc.startswith("t")), "inexact computation in correct row: %r | %s" % (c, ln))
            for v in c.operands:
                ok = v in known or (ctx["time"] and any((v - k) % 720 == 0 for k in known))
                req(ok, "operand %s not known in line: %s" % (v, ln))
            known.add(c.written)
        if comps:
            comp_lines.append(li)
        for s in unused:
            v = s.v
            ok = v in known or (ctx["time"] and s.num.kind == "time" and any((v - k) % 720 == 0 for k in known))
            if not ok and "step" in ln.lower() and v <= 6:
                ok = True
            req(ok, "stray number %s in line: %s" % (v, ln))
    req(comp_lines, "no computations found")
    # final answer shown after the last computation line
    tail_vals = set()
    for li in range(comp_lines[-1] + 1, len(lines)):
        if lines[li].startswith("####"):
            continue
        for s in per[li][2]:
            if s.k == "N":
                tail_vals.add(s.v)
                if s.num.op:
                    tail_vals.add(s.num.op[1])
    req(final in tail_vals, "final %s not in answer line(s)" % final)
    req(not lines[-1].startswith("####") or True, "")
    return lines, per, comp_lines


def same(a, b, comp):
    if comp.desc.startswith("tadd"):
        return (a - b) % 720 == 0
    return a == b


def kind_ok(r):
    w, g = numstr(r["wrong"]), numstr(r["right"])
    d = abs(w - g)
    kind = r["kind"]
    if kind == "off_by_one":
        req(d == 1, "off_by_one but |wrong-right| = %s" % d)
    elif kind == "off_by_ten":
        req(d == 10, "off_by_ten but |wrong-right| = %s" % d)
    elif kind == "hour_slip":
        req(d == 60, "hour_slip but |wrong-right| = %s" % d)
    elif kind in ("digit_swap", "dropped_digit", "teen_ty", "cents_slip"):
        req(w.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100), "odd value")
    elif kind == "dropped_fraction":
        req(w.denominator == 1 and g.denominator != 1 and w == g.numerator // g.denominator, "dropped_fraction")
    else:
        req(kind in ("wrong_op", "table_neighbor"), "unknown kind " + kind)


def check_pid(rows, verbose=False):
    by = {r["variant"]: r for r in rows}
    req(set(by) == {"correct", "slip", "carry", "loop"}, "variants %s" % sorted(by))
    c = by["correct"]
    for r in rows:
        for k in ("pid", "template", "style", "problem", "variant", "solution", "final"):
            req(k in r, "missing field " + k)
        req(r["problem"] == c["problem"] and r["style"] == c["style"] and r["template"] == c["template"],
            "variants disagree on problem/style/template")
    ctx = problem_ctx(c["problem"], c["solution"])
    pnums = problem_numbers(c["problem"], ctx)
    clines, cper, ccomp = check_correct(c, ctx, pnums, verbose)
    has_hash = clines[-1].startswith("####")

    # ---- slip
    s = by["slip"]
    slines, sper = analyze_solution(s["solution"], ctx)
    req(len(slines) == len(clines), "slip line count differs")
    diff = [i for i in range(len(clines)) if clines[i] != slines[i]]
    req(len(diff) == 1, "slip differs on %d lines" % len(diff))
    L = diff[0]
    offs = line_offsets(s["solution"])
    req(list(s["span"]) == list(offs[L]), "slip span %s != line %s" % (s["span"], offs[L]))
    bad = [cc for cc in sper[L][0] if not cc.ok(ctx["time"] and cc.desc.startswith("t"))]
    req(len(bad) == 1, "slip line has %d wrong computations: %s" % (len(bad), slines[L]))
    req(same(bad[0].written, numstr(s["wrong"]), bad[0]) and same(bad[0].exact, numstr(s["right"]), bad[0]),
        "slip wrong/right mismatch: %r vs %s/%s" % (bad[0], s["wrong"], s["right"]))
    for li, (comps, _, _) in enumerate(sper):
        if li != L:
            for cc in comps:
                req(cc.ok(ctx["time"] and cc.desc.startswith("t")), "slip row: other inexact computation")
    req(L in ccomp and L != ccomp[-1], "slip on last step or on a non-step line")
    req(ccomp.index(L) + 1 == s["step"], "slip step %s != %d" % (s["step"], ccomp.index(L) + 1))
    req(s["final"] == c["final"], "slip final differs")
    kind_ok(s)
    req(s["wrong"] != s["right"], "slip wrong == right")

    # ---- carry
    k = by["carry"]
    klines, kper = analyze_solution(k["solution"], ctx)
    offs = line_offsets(k["solution"])
    L2 = [i for i, (a, b) in enumerate(offs) if [a, b] == list(k["span"])]
    req(len(L2) == 1, "carry span is not a line")
    L2 = L2[0]
    req(klines[:L2] == clines[:L2], "carry prefix differs from correct")
    req(klines[L2] != clines[L2], "carry span line identical to correct")
    req(len(klines) == len(clines), "carry line count differs")
    bad = [cc for cc in kper[L2][0] if not cc.ok(ctx["time"] and cc.desc.startswith("t"))]
    req(len(bad) == 1, "carry span line has %d wrong computations" % len(bad))
    req(same(bad[0].written, numstr(k["wrong"]), bad[0]) and same(bad[0].exact, numstr(k["right"]), bad[0]),
        "carry wrong/right mismatch %r vs %s/%s" % (bad[0], k["wrong"], k["right"]))
    kcomp = [i for i, p in enumerate(kper) if p[0]]
    req(kcomp == ccomp, "carry computation lines differ from correct")
    req(kcomp.index(L2) + 1 == k["step"], "carry step mismatch")
    for li, (comps, _, _) in enumerate(kper):
        if li != L2:
            for cc in comps:
                req(cc.ok(ctx["time"] and cc.desc.startswith("t")), "carry row: inexact computation elsewhere: %r %s" % (cc, klines[li]))
    # dependency: the wrong value feeds a later step (unless the span is the last step)
    wrong = numstr(k["wrong"])
    if L2 != kcomp[-1]:
        used_later = any(any(same(o, wrong, bad[0]) for o in cc.operands)
                         for li in kcomp if li > L2 for cc in kper[li][0])
        req(used_later, "carry wrong value never used later")
    kfinal = numstr(k["final"])
    tail = set()
    for li in range(kcomp[-1] + 1, len(klines)):
        if not klines[li].startswith("####"):
            tail |= {sy.v for sy in kper[li][2] if sy.k == "N"}
            tail |= {sy.num.op[1] for sy in kper[li][2] if sy.k == "N" and sy.num.op}
    req(kfinal in tail, "carry final not in answer line")
    last_written = kper[kcomp[-1]][0][-1].written
    req(last_written == kfinal or (ctx["time"]), "carry final != last computed value")
    if klines[-1].startswith("####"):
        req(numstr(klines[-1][4:].strip()) == kfinal, "carry #### mismatch")
    req(k["correct_final"] == c["final"], "carry correct_final mismatch")
    kind_ok(k)
    req(kfinal != numstr(c["final"]), "carry final equals correct final")

    # ---- loop
    lp = by["loop"]
    req(lp["final"] is None, "loop final not null")
    llines = lp["solution"].split("\n")
    offs = line_offsets(lp["solution"])
    L3 = [i for i, (a, b) in enumerate(offs) if [a, b] == list(lp["span"])]
    req(len(L3) == 1, "loop span is not a line")
    L3 = L3[0]
    per_ = lp["period_lines"]
    reps = lp["repeats"]
    req(per_ >= 1 and 15 <= reps <= 25, "loop params")
    req(llines[:L3] == clines[:L3], "loop prefix differs from correct")
    block = llines[L3 - per_:L3]
    # the block is made of whole step(s): it ends at a computation line's step end and not the last step
    req(any(i in ccomp for i in range(L3 - per_, L3)), "loop block has no computation")
    req(ccomp[-1] >= L3, "loop prefix already contains the last step")
    body = llines[L3:L3 + per_ * reps]
    req(body == block * reps, "loop repeats are not verbatim")
    rest = llines[L3 + per_ * reps:]
    req(len(rest) <= 1, "loop tail too long")
    if rest:
        cut = rest[0]
        req(cut and block[0].startswith(cut) and cut != block[0], "loop tail is not a cut-off prefix")
        req(not re.search(r"\d", cut), "loop cut-off contains a digit")
        req(not analyze_line(cut, ctx)[0], "loop cut-off contains a computation")
    req(not any(x.startswith("####") for x in llines), "loop has #### line")
    # after the prefix, the next correct line would have been a new step (block ends at step end)
    nxt = clines[L3] if L3 < len(clines) else ""
    req(nxt != block[0] or per_ > 0, "")
    return dict(style=c["style"], has_hash=has_hash, slip_kind=s["kind"], carry_kind=k["kind"],
                loop_cut=bool(rest), comps=sum(len(p[0]) for p in cper))


def main():
    path = "set.jsonl"
    verbose = "-v" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if args:
        path = args[0]
    groups = defaultdict(list)
    order = []
    nrows = 0
    with open(path, encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            nrows += 1
            if r["pid"] not in groups:
                order.append(r["pid"])
            groups[r["pid"]].append(r)
    fails = 0
    stats = []
    for pid in order:
        try:
            stats.append(check_pid(groups[pid], verbose))
        except Fail as e:
            fails += 1
            if fails <= 40 or verbose:
                print("FAIL", pid, groups[pid][0]["style"], "-", e)
    styles = Counter(s["style"] for s in stats)
    print("rows", nrows, "problems", len(order), "checked", len(stats), "failed", fails)
    print("styles", dict(sorted(styles.items())))
    print("slip kinds", dict(Counter(s["slip_kind"] for s in stats).most_common()))
    print("carry kinds", dict(Counter(s["carry_kind"] for s in stats).most_common()))
    print("loop cut-offs", sum(s["loop_cut"] for s in stats), "/", len(stats))
    print("styles with ####", sorted({s["style"] for s in stats if s["has_hash"]}))
    if fails == 0 and len(order) * 4 == nrows:
        print("PASS")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
