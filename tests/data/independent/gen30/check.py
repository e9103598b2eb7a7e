#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

Re-reads every solution from its text alone:
  * parses each line (markdown, LaTeX, unicode, units, scientific notation),
    splits it into '=' / '≈' chains (with continuation lines such as
    '&= ...' or a repeated left-hand side) and verifies every link whose both
    sides are numeric: '=' must hold exactly, '≈' must be the half-up rounding
    of the exact value at the written precision.  A link is accepted if it
    holds either with units ignored or with all units converted to SI
    (so '72 km/h ÷ 3.6 = 20 m/s' and '500 g = 0.5 kg' both pass);
  * correct rows: every link holds, final answer / '#### N' agree with `final`;
  * slip rows: only the span line differs from the correct row, by the result
    number (right -> wrong), that line has a failing link, every other line
    holds, final unchanged, kind consistent with right/wrong;
  * carry rows: identical before the span line, span line differs by the
    result number and fails, every later line holds, final follows;
  * loop rows: prefix of the correct row, then the block repeated `repeats`
    times, optional digit-free cut-off, no answer line.
Prints PASS and exits 0, or lists problems and exits 1.
"""
import json
import re
import sys
from fractions import Fraction as Fr
from collections import Counter, defaultdict

# ------------------------------------------------------------------ units (SI factors)
K = Fr(1000)
UNITS = {
    "m": 1, "km": K, "cm": Fr(1, 100), "mm": Fr(1, 1000), "s": 1, "min": 60, "h": 3600, "days": 86400, "day": 86400,
    "h/day": Fr(3600, 86400), "kg": 1, "g": Fr(1, 1000), "m/s": 1, "km/h": Fr(1000, 3600), "m/s²": 1, "m/s^2": 1,
    "N": 1, "kN": K, "N/m": 1, "J": 1, "kJ": K, "W": 1, "kW": K, "kWh": 3600000, "V": 1, "A": 1, "mA": Fr(1, 1000),
    "Ω": 1, "ohms": 1, "C": 1, "Pa": 1, "kPa": K, "m²": 1, "m^2": 1, "cm²": Fr(1, 10000), "cm^2": Fr(1, 10000),
    "cm³": Fr(1, 10 ** 6), "cm^3": Fr(1, 10 ** 6), "m³": 1, "m^3": 1, "g/cm³": K, "g/cm^3": K, "kg/m³": 1, "kg/m^3": 1,
    "g/mL": K, "mL": Fr(1, 10 ** 6), "L": Fr(1, 1000), "mol": 1, "g/mol": Fr(1, 1000), "mol/L": K, "L/mol": Fr(1, 1000),
    "mol⁻¹": 1, "mol^-1": 1, "J/(g·°C)": K, "J/g°C": K, "J/(g°C)": K, "J/g": K, "°C": 1, "%": Fr(1, 100), "Hz": 1,
    "kg·m/s": 1, "kgm/s": 1, "kg*m/s": 1, "/kWh": Fr(1, 3600000), "s/min": Fr(1, 60), "min/h": Fr(1, 60),
    "molecules": 1, "atoms": 1,
}
UNIT_KEYS = sorted(UNITS, key=len, reverse=True)
SUPMAP = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-"}
IDCH = re.compile(r"[A-Za-z_\u0370-\u03ff\u2080-\u2089]")


# ------------------------------------------------------------------ normalisation

def _match_brace(s, i):
    """s[i] == '{'; return index of matching '}'"""
    d = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            d += 1
        elif s[j] == "}":
            d -= 1
            if d == 0:
                return j
    return -1


def _unit_blob(content, exp):
    c = content.replace("\\,", "").replace("\\ ", "").replace(" ", "")
    c = re.sub(r"\^\{?\\circ\}?", "°", c)
    c = c.replace("\\cdot", "·").replace("{}", "")
    c = re.sub(r"\^\{?-1\}?", "⁻¹", c)
    c = re.sub(r"\^\{?2\}?", "²", c)
    c = re.sub(r"\^\{?3\}?", "³", c)
    c = c.replace("{", "").replace("}", "")
    if exp:
        e = exp.strip("^{}")
        c += {"2": "²", "3": "³", "-1": "⁻¹"}.get(e, "^" + e)
    return c


def normalize(line):
    s = line
    s = s.replace("\\$", "").replace("$", "")
    for a in ("\\(", "\\)", "\\[", "\\]", "**", "\\begin{aligned}", "\\end{aligned}"):
        s = s.replace(a, " ")
    s = re.sub(r"\\\\\s*$", "", s)
    s = s.replace("&", "")
    s = re.sub(r"^\s*#+\s*", "", s)
    s = re.sub(r"^\s*[*\-]\s+", "", s)
    s = re.sub(r"^\s*\d+[.)]\s+", "", s)
    # degrees
    s = re.sub(r"(\\,)?\s*\^\{?\\circ\}?\s*(\\(?:text|mathrm)\{\s*C\s*\}|C)", "°C", s)
    # latex thousands separators 29\,400
    while True:
        t = re.sub(r"(\d)\\,(\d{3})(?!\d)", r"\1\2", s)
        if t == s:
            break
        s = t
    s = s.replace("\\dfrac", "\\frac").replace("\\tfrac", "\\frac")
    # \text{..} / \mathrm{..} blobs
    out = []
    i = 0
    while i < len(s):
        m = re.match(r"\\(text|mathrm)\{", s[i:])
        if m:
            b = i + m.end() - 1
            e = _match_brace(s, b)
            content = s[b + 1:e]
            rest = s[e + 1:]
            em = re.match(r"\^(\{-?\d\}|-?\d)", rest)
            exp = em.group(0) if em and not re.match(r"\s*\^", content[-2:] if content else "") else None
            blob = _unit_blob(content, exp)
            out.append(blob)
            i = e + 1 + (em.end() if exp else 0)
            continue
        out.append(s[i])
        i += 1
    s = "".join(out)
    s = s.replace("\\Omega", "Ω").replace("\\%", "%").replace("\\Delta", "Δ").replace("\\rho", "ρ").replace(
        "\\lambda", "λ").replace("\\mu", "μ").replace("\\eta", "η").replace("\\approx", "≈")
    s = s.replace("\\times", "×").replace("\\cdot", "·").replace("\\div", "÷")
    s = re.sub(r"\\boxed\{", "{", s)
    # fractions
    while True:
        i = s.find("\\frac")
        if i < 0:
            break
        j = i + 5
        while j < len(s) and s[j] == " ":
            j += 1
        if j < len(s) and s[j] == "{":
            e1 = _match_brace(s, j)
            k = e1 + 1
            while k < len(s) and s[k] == " ":
                k += 1
            e2 = _match_brace(s, k)
            A, B = s[j + 1:e1], s[k + 1:e2]
            s = s[:i] + "((" + A + ")/(" + B + "))" + s[e2 + 1:]
        elif j + 1 < len(s) and s[j].isdigit() and s[j + 1].isdigit():
            s = s[:i] + "((" + s[j] + ")/(" + s[j + 1] + "))" + s[j + 2:]
        else:
            break
    s = re.sub(r"\\[,;! ]", " ", s).replace("\\quad", " ")
    s = re.sub(r"_\{([^{}]*)\}", r"_\1", s)
    s = s.replace("{", "(").replace("}", ")")
    s = s.replace("−", "-").replace("–", "-").replace("½", "(1/2)")
    # thousands separators 12,540
    s = re.sub(r"(?<![\d.])(\d{1,3}(?:,\d{3})+)(?![\d,])", lambda m: m.group(1).replace(",", ""), s)
    return s


# ------------------------------------------------------------------ tokenizer / parser

class Tok:
    __slots__ = ("k", "v", "t")

    def __init__(self, k, v=None, t=""):
        self.k, self.v, self.t = k, v, t

    def __repr__(self):
        return f"{self.k}:{self.t}"


NUMRE = re.compile(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def tokenize(s):
    toks = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isspace():
            i += 1
            continue
        prev = toks[-1] if toks else None
        if prev is not None and prev.k in ("num", ")"):
            # unit?
            matched = None
            for u in UNIT_KEYS:
                if s.startswith(u, i):
                    j = i + len(u)
                    if j < n and (s[j].isalnum() or s[j] == "_") and u[-1].isalnum():
                        continue
                    matched = u
                    break
            if matched:
                toks.append(Tok("unit", Fr(UNITS[matched]), matched))
                i += len(matched)
                continue
        if ch in SUPMAP and prev is not None and prev.k in ("num", ")", "unit"):
            j = i
            while j < n and s[j] in SUPMAP:
                j += 1
            e = "".join(SUPMAP[c] for c in s[i:j])
            toks.append(Tok("^", None, "^"))
            toks.append(Tok("num", Fr(int(e)), e))
            i = j
            continue
        if ch.isdigit():
            m = NUMRE.match(s, i)
            txt = m.group(0)
            if "e" in txt.lower():
                mant, ex = re.split("[eE]", txt)
                v = Fr(mant) * Fr(10) ** int(ex)
            else:
                v = Fr(txt)
            toks.append(Tok("num", v, txt))
            i = m.end()
            continue
        if ch == "x" and prev is not None and (i == 0 or s[i - 1] == " "):
            j = i + 1
            if j < n and s[j] == " ":
                while j < n and s[j] == " ":
                    j += 1
                if j < n and (s[j].isdigit() or s[j] == "("):
                    toks.append(Tok("op", "*", "x"))
                    i += 1
                    continue
        if IDCH.match(ch):
            j = i + 1
            while j < n and (IDCH.match(s[j]) or s[j].isdigit() or s[j] in "₀₁₂₃₄₅₆₇₈₉"):
                j += 1
            toks.append(Tok("id", s[i:j], s[i:j]))
            i = j
            continue
        if ch in "+-":
            toks.append(Tok("op", ch, ch))
        elif ch in "*×·":
            if ch == "*" and i + 1 < n and s[i + 1] == "*":
                toks.append(Tok("^", None, "^"))
                i += 2
                continue
            toks.append(Tok("op", "*", ch))
        elif ch in "/÷":
            toks.append(Tok("op", "/", ch))
        elif ch == "^":
            toks.append(Tok("^", None, "^"))
        elif ch == "(":
            toks.append(Tok("(", None, "("))
        elif ch == ")":
            toks.append(Tok(")", None, ")"))
        else:
            toks.append(Tok("sep", ch, ch))
        i += 1
    return toks


class PErr(Exception):
    pass


class Parser:
    """values are pairs (raw, si)"""

    def __init__(self, toks):
        self.t = toks
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        tk = self.peek()
        self.i += 1
        return tk

    def parse(self):
        v = self.expr()
        if self.i != len(self.t):
            raise PErr("leftover")
        return v

    def expr(self):
        v = self.term()
        while True:
            tk = self.peek()
            if tk is not None and tk.k == "op" and tk.v in "+-":
                self.take()
                w = self.term()
                v = (v[0] + w[0], v[1] + w[1]) if tk.v == "+" else (v[0] - w[0], v[1] - w[1])
            else:
                return v

    def term(self):
        v = self.unary()
        while True:
            tk = self.peek()
            if tk is not None and tk.k == "op" and tk.v in "*/":
                self.take()
                w = self.unary()
                if tk.v == "*":
                    v = (v[0] * w[0], v[1] * w[1])
                else:
                    if w[0] == 0 or w[1] == 0:
                        raise PErr("div0")
                    v = (v[0] / w[0], v[1] / w[1])
            elif tk is not None and tk.k == "(" and self.i > 0 and self.t[self.i - 1].k in (")", "unit") and \
                    self._closes_paren():
                w = self.unary()
                v = (v[0] * w[0], v[1] * w[1])
            else:
                return v

    def _closes_paren(self):
        # implicit multiplication only for ')(' products
        j = self.i - 1
        while j >= 0 and self.t[j].k == "unit":
            j -= 1
        return j >= 0 and self.t[j].k == ")"

    def unary(self):
        tk = self.peek()
        if tk is not None and tk.k == "op" and tk.v == "-":
            self.take()
            v = self.unary()
            return (-v[0], -v[1])
        return self.power()

    def power(self):
        v = self.atom()
        while True:
            tk = self.peek()
            if tk is not None and tk.k == "^":
                self.take()
                e = self.unary_exp()
                if e.denominator != 1 or abs(e) > 40:
                    raise PErr("exp")
                e = int(e)
                if (v[0] == 0 or v[1] == 0) and e < 0:
                    raise PErr("0^-")
                v = (v[0] ** e, v[1] ** e)
                tk = self.peek()
                if tk is not None and tk.k == "unit":
                    self.take()
                    v = (v[0], v[1] * tk.v)
            else:
                return v

    def unary_exp(self):
        tk = self.peek()
        sign = 1
        if tk is not None and tk.k == "op" and tk.v == "-":
            self.take()
            sign = -1
        tk = self.take()
        if tk is None:
            raise PErr("eof")
        if tk.k == "num":
            v = tk.v
            t2 = self.peek()
            if t2 is not None and t2.k == "unit":
                self.take()
            return sign * v
        if tk.k == "(":
            v = self.expr()
            t2 = self.take()
            if t2 is None or t2.k != ")":
                raise PErr(")")
            return sign * v[0]
        raise PErr("exp atom")

    def atom(self):
        tk = self.take()
        if tk is None:
            raise PErr("eof")
        if tk.k == "num":
            v = (tk.v, tk.v)
        elif tk.k == "(":
            v = self.expr()
            t2 = self.take()
            if t2 is None or t2.k != ")":
                raise PErr(")")
        else:
            raise PErr("atom")
        t2 = self.peek()
        if t2 is not None and t2.k == "unit":
            self.take()
            v = (v[0], v[1] * t2.v)
        return v


def try_parse(toks):
    if not toks:
        return None
    try:
        return Parser(toks).parse()
    except PErr:
        return None


def longest_suffix(toks):
    # strip trailing separators / open parens
    end = len(toks)
    while end > 0 and (toks[end - 1].k == "(" or (toks[end - 1].k == "sep" and toks[end - 1].v in ",;:")):
        end -= 1
    for st in range(0, end):
        if st > 0 and toks[st - 1].k in ("num", "unit", ")"):
            continue
        if st > 0 and toks[st - 1].k == "op":
            continue
        if st > 0 and toks[st - 1].k == "^":
            continue
        v = try_parse(toks[st:end])
        if v is not None:
            return v, toks[st:end]
    return None


def longest_prefix(toks):
    for end in range(len(toks), 0, -1):
        if end < len(toks) and toks[end].k in ("unit", "^") or end < len(toks) and toks[end].k == "op" and toks[end].v in "*/^":
            continue
        v = try_parse(toks[:end])
        if v is not None:
            return v, toks[:end]
    return None


def dec_places(txt):
    t = re.split("[eE]", txt)[0]
    return len(t.split(".")[1]) if "." in t else 0


def quantum(toks):
    """precision of a written approximate quantity -> (q_raw, q_si) or None"""
    ks = [t.k for t in toks]
    if ks and ks[-1] == "unit":
        f = toks[-1].v
        core = toks[:-1]
    else:
        f = Fr(1)
        core = toks
    if len(core) == 1 and core[0].k == "num":
        txt = core[0].t
        e = int(re.split("[eE]", txt)[1]) if re.search("[eE]", txt) else 0
        q = Fr(10) ** (e - dec_places(txt))
        return q, q * f
    if len(core) == 2 and core[0].t == "-" and core[1].k == "num":
        q = Fr(10) ** (-dec_places(core[1].t))
        return q, q * f
    # m × 10^e
    if len(core) == 5 and core[0].k == "num" and core[1].k == "op" and core[1].v == "*" and core[2].k == "num" and \
            core[2].v == 10 and core[3].k == "^" and core[4].k == "num":
        q = Fr(10) ** (int(core[4].v) - dec_places(core[0].t))
        return q, q * f
    if len(core) == 6 and core[0].k == "num" and core[1].k == "op" and core[2].k == "num" and core[2].v == 10 and \
            core[3].k == "^" and core[4].t == "-" and core[5].k == "num":
        q = Fr(10) ** (-int(core[5].v) - dec_places(core[0].t))
        return q, q * f
    return None


def rhu(x, q):
    s = -1 if x < 0 else 1
    n = (abs(x) / q * 2 + 1) // 2
    return s * n * q


def link_ok(rel, L, R, Rtoks):
    if rel == "=":
        return L[0] == R[0] or L[1] == R[1]
    q = quantum(Rtoks)
    if q is None:
        return L[0] == R[0] or L[1] == R[1]
    return rhu(L[0], q[0]) == R[0] or rhu(L[1], q[1]) == R[1] or L[0] == R[0] or L[1] == R[1]


SPLIT = re.compile(r"(=|≈)")


def segments(norm):
    parts = SPLIT.split(norm)
    segs = parts[0::2]
    rels = parts[1::2]
    return segs, rels


class LineResult:
    def __init__(self):
        self.links = 0
        self.fails = []


def check_text(text):
    """-> list of LineResult per line"""
    lines = text.split("\n")
    out = []
    prev = None  # (lhs, last_seg) of previous non-empty normalized line
    for line in lines:
        lr = LineResult()
        out.append(lr)
        norm = normalize(line)
        if not norm.strip():
            continue
        segs, rels = segments(norm)
        if not rels:
            prev = None
            continue
        lhs = segs[0].strip()
        if lhs == "" and prev is not None:
            segs[0] = prev[1]
        elif prev is not None and lhs and lhs == prev[0]:
            segs[0] = prev[1]
        tk = [tokenize(sg) for sg in segs]
        for i, rel in enumerate(rels):
            L = longest_suffix(tk[i])
            R = longest_prefix(tk[i + 1])
            if L is None or R is None:
                continue
            lr.links += 1
            if not link_ok(rel, L[0], R[0], R[1]):
                lr.fails.append((i, rel, L[0], R[0], L[1]))
        prev = (lhs if lhs else (prev[0] if prev else ""), segs[-1])
    return out


# ------------------------------------------------------------------ row checks

def num_of(s):
    s = s.replace("\\,", "").replace(",", "").replace(" ", "")
    return Fr(s)


PLAIN = re.compile(r"^-?\d+(\.\d+)?$")


def final_in_text(sol, final):
    lines = [l for l in sol.split("\n") if l.strip()]
    errs = []
    if lines and lines[-1].startswith("####"):
        v = lines[-1][4:].strip()
        if v != final:
            errs.append(f"#### {v} != final {final}")
        ans = lines[-2] if len(lines) > 1 else ""
    else:
        ans = lines[-1]
    toks = tokenize(normalize(ans))
    vals = set()
    for st in range(len(toks)):
        if toks[st].k in ("num", "("):
            p = longest_prefix(toks[st:])
            if p is not None:
                vals.add(p[0][0])
    if Fr(final) not in vals:
        errs.append(f"final {final} not in answer line {ans!r}")
    return errs


def diff_number(a, b):
    """a, b differ in one number; return (num_a, num_b) strings"""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[-1 - q] == b[-1 - q]:
        q += 1
    numch = set("0123456789.,\\")
    sa, sb = p, p
    while sa > 0 and a[sa - 1] in numch:
        sa -= 1
    sb = sa
    ea, eb = len(a) - q, len(b) - q
    while ea < len(a) and a[ea] in numch:
        ea += 1
    while eb < len(b) and b[eb] in numch:
        eb += 1
    # strip a trailing sentence period / comma
    ra, rb = a[sa:ea].rstrip(".,\\"), b[sb:eb].rstrip(".,\\")
    ra, rb = ra.lstrip(",\\"), rb.lstrip(",\\")
    sa, sb = a.find(ra, sa), b.find(rb, sb)
    if a[:sa] != b[:sb] or a[sa + len(ra):] != b[sb + len(rb):]:
        return None
    return ra, rb


def kind_ok(kind, right, wrong, fails):
    r, w = Fr(right), Fr(wrong)
    if kind == "off_by_one":
        d = abs(w - r)
        dec = len(right.split(".")[1]) if "." in right else 0
        return d == 1 or d == Fr(1, 10 ** dec)
    if kind == "digit_swap":
        a, b = right.replace(".", ""), wrong.replace(".", "")
        if len(a) != len(b) or right.find(".") != wrong.find("."):
            return False
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    if kind == "dropped_digit":
        for i in range(len(right)):
            if right[i].isdigit() and right[:i] + right[i + 1:] == wrong:
                return True
        return False
    if kind == "decimal_shift":
        return w / r in (Fr(10), Fr(1, 10))
    if kind == "wrong_op":
        for fl in fails:
            lt = fl[4]
            variants = []
            for j, t in enumerate(lt):
                if t.k == "op" and t.v in "+-*/" and j > 0:
                    for alt in "+-*/":
                        if alt != t.v:
                            variants.append(lt[:j] + [Tok("op", alt, alt)] + lt[j + 1:])
                if t.k == "(" and j > 0 and lt[j - 1].k in (")", "unit"):
                    for alt in "+-/":
                        variants.append(lt[:j] + [Tok("op", alt, alt)] + lt[j:])
            for nt in variants:
                if True:
                    if True:
                        v = try_parse(nt)
                        if v is None:
                            continue
                        dec = len(wrong.split(".")[1]) if "." in wrong else 0
                        for x in v:
                            if x == w or rhu(x, Fr(1, 10 ** dec)) == w:
                                return True
        return False
    return False


def line_offsets(text):
    offs = []
    p = 0
    for l in text.split("\n"):
        offs.append((p, p + len(l)))
        p += len(l) + 1
    return offs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    errs = []
    by = defaultdict(dict)
    for r in rows:
        if r["variant"] in by[r["pid"]]:
            errs.append(f"{r['pid']}: duplicate variant {r['variant']}")
        by[r["pid"]][r["variant"]] = r
    nlinks = 0
    kinds = Counter()
    styles = Counter()
    for pid, vs in by.items():
        def E(msg):
            errs.append(f"{pid}: {msg}")
        if set(vs) != {"correct", "slip", "carry", "loop"}:
            E(f"variants {sorted(vs)}")
            continue
        c = vs["correct"]
        styles[c["style"]] += 1
        for v in vs.values():
            for f in ("problem", "style", "template"):
                if v[f] != c[f]:
                    E(f"{v['variant']} {f} differs")
        # ---- correct
        if not isinstance(c["final"], str) or not PLAIN.match(c["final"]):
            E(f"bad final {c['final']!r}")
            continue
        res = check_text(c["solution"])
        nl = sum(x.links for x in res)
        nlinks += nl
        if nl == 0:
            E("correct: no checkable computation")
        for li, x in enumerate(res):
            if x.fails:
                E(f"correct line {li} fails {[f[:4] for f in x.fails]} :: {c['solution'].split(chr(10))[li]!r}")
        for m in final_in_text(c["solution"], c["final"]):
            E("correct: " + m)
        clines = c["solution"].split("\n")
        # ---- slip / carry
        for vn in ("slip", "carry"):
            s = vs[vn]
            for f in ("span", "wrong", "right", "step", "kind"):
                if f not in s:
                    E(f"{vn}: missing {f}")
            text = s["solution"]
            slines = text.split("\n")
            offs = line_offsets(text)
            a, b = s["span"]
            if (a, b) not in offs:
                E(f"{vn}: span {s['span']} not a line")
                continue
            li = offs.index((a, b))
            if li >= len(clines):
                E(f"{vn}: span line beyond correct")
                continue
            if slines[:li] != clines[:li]:
                E(f"{vn}: text before span differs")
            dn = diff_number(clines[li], slines[li])
            if dn is None:
                E(f"{vn}: span line differs by more than one number")
            else:
                try:
                    if num_of(dn[0]) != Fr(s["right"]) or num_of(dn[1]) != Fr(s["wrong"]):
                        E(f"{vn}: diff {dn} vs right/wrong {s['right']}/{s['wrong']}")
                except Exception as ex:
                    E(f"{vn}: diff parse {dn} {ex}")
            if Fr(s["wrong"]) == Fr(s["right"]):
                E(f"{vn}: wrong == right")
            r2 = check_text(text)
            if not r2[li].fails:
                E(f"{vn}: span line does not fail :: {slines[li]!r}")
            for lj, x in enumerate(r2):
                if lj != li and x.fails:
                    E(f"{vn}: line {lj} fails {[f[:4] for f in x.fails]} :: {slines[lj]!r}")
            if not kind_ok(s["kind"], s["right"], s["wrong"], r2[li].fails):
                E(f"{vn}: kind {s['kind']} inconsistent with {s['right']} -> {s['wrong']}")
            kinds[(vn, s["kind"])] += 1
            if not PLAIN.match(s["final"] or ""):
                E(f"{vn}: bad final")
            for m in final_in_text(text, s["final"]):
                E(f"{vn}: " + m)
            if vn == "slip":
                if s["final"] != c["final"]:
                    E("slip: final changed")
                if slines[:li] + slines[li + 1:] != clines[:li] + clines[li + 1:]:
                    E("slip: other lines differ")
                # never the last step: a later computation must follow the span line
                if not any(x.links for x in r2[li + 1:]):
                    E("slip: on the last step")
            else:
                if s.get("correct_final") != c["final"]:
                    E("carry: correct_final mismatch")
                if Fr(s["final"]) == Fr(c["final"]):
                    E("carry: final unchanged")
        # ---- loop
        L = vs["loop"]
        if L["final"] is not None:
            E("loop: final not null")
        text = L["solution"]
        if "####" in text or "boxed" in text or "Answer" in text:
            E("loop: has answer line")
        llines = text.split("\n")
        offs = line_offsets(text)
        if tuple(L["span"]) not in offs:
            E("loop: span not a line")
            continue
        li = offs.index(tuple(L["span"]))
        P = L["period_lines"]
        R = L["repeats"]
        if not (15 <= R <= 25):
            E("loop: repeats out of range")
        if llines[:li] != clines[:li]:
            E("loop: prefix differs from correct")
        if li >= len([x for x in clines]) - 1:
            E("loop: prefix covers whole solution")
        block = llines[li - P:li]
        if not block or not block[0].strip():
            E("loop: bad block")
            continue
        rest = llines[li:]
        exp = block * R
        ok = False
        if rest[:len(exp)] == exp and len(rest) == len(exp) + 1:
            part = rest[-1]
            ok = bool(part) and block[0].startswith(part) and part != block[0] and not re.search(r"\d", part)
        else:
            e2 = list(exp)
            while e2 and e2[-1] == "":
                e2.pop()
            ok = rest == e2
        if not ok:
            E("loop: repetition structure wrong")
        # the prefix must stop before the final step: more computations follow in the correct row
        cres = res
        if not any(x.links for x in cres[li:]):
            E("loop: prefix reaches the final step")
    n = len(rows)
    print(f"rows={n} problems={len(by)} checked_links_in_correct_rows={nlinks}")
    print("styles:", dict(styles))
    print("kinds:", dict(sorted(kinds.items())))
    if errs:
        for e in errs[:60]:
            print("ERR", e)
        print(f"FAIL ({len(errs)} problems)")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
