"""Core machinery: result slots, formatting, fault injection bookkeeping."""
import random
import re
from fractions import Fraction as F


class Bad(Exception):
    """Raised when a (faulted) run produces values the story cannot carry."""


WORDS = "zero one two three four five six seven eight nine".split()
PLACE = ["ones", "tens", "hundreds", "thousands", "ten-thousands", "hundred-thousands"]


def V(x):
    return x.v if isinstance(x, Slot) else x


class Slot:
    __slots__ = ("i", "v", "text")

    def __init__(self, i, v, text):
        self.i, self.v, self.text = i, v, text

    def __str__(self):
        return "\x01%d\x02%s\x03" % (self.i, self.text)

    __format__ = lambda self, spec: str(self)


def group(n, sep):
    s = str(n)
    if not sep or n < 1000:
        return s
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def dec_str(x, sep, places=None):
    x = F(x)
    if x < 0:
        raise Bad("negative")
    if x.denominator == 1 and places is None:
        return group(int(x), sep)
    d = x.denominator
    k = 0
    while (10 ** k) % d:
        k += 1
        if k > 4:
            raise Bad("non-terminating")
    if places is not None:
        if k > places:
            raise Bad("too many places")
        k = places
    ip = int(x)
    frac = x - ip
    digs = str(int(frac * 10 ** k)).rjust(k, "0") if k else ""
    return group(ip, sep) + ("." + digs if k else "")


def plain(x):
    """#### form: no separators, minimal decimals."""
    x = F(x)
    if x.denominator == 1:
        return str(int(x))
    s = dec_str(x, "")
    return s.rstrip("0").rstrip(".")


class Style:
    """Per-solution formatting options (chosen before the solution is built)."""

    def __init__(self, name, rng):
        self.name = name
        self.rng = rng
        self.latex = name == "latex"
        self.sep = "," if rng.random() < (0.55 if self.latex else 0.85) else ""
        self.cents00 = rng.random() < 0.3
        self.qwords = rng.random() < 0.6
        self.twice = rng.random() < 0.4
        self.caps_table = name in ("md_headings", "bold_steps", "column_blocks", "latex")
        self.caps_code = name in ("md_headings", "bold_steps", "column_blocks")
        self.dollar = "\\$" if self.latex else "$"
        prefs = {
            "column_blocks": {"column": 6, "long": 4, "grid": 0.5},
            "tutor": {"split": 3, "comp": 2, "count_on": 3, "count_up": 3, "dh": 2, "chunk": 2},
            "prose": {"split": 2, "comp": 2, "count_up": 2, "partial_lines": 1.5, "chunk": 1.5},
            "latex": {"partial_chain": 3, "split": 2, "direct": 0.6},
            "terse": {"partial_chain": 3, "direct": 1.2, "split": 2},
            "work_table": {"partial_lines": 2, "grid": 1.5},
            "md_headings": {"grid": 2, "long": 2},
            "numbered": {"partial_lines": 2, "long": 2},
        }
        self.pref = prefs.get(name, {})


def fmt(x, kind, st):
    x = F(x)
    if x < 0:
        raise Bad("negative")
    if kind == "n":
        return dec_str(x, st.sep)
    if kind == "money":
        if x.denominator == 1:
            return st.dollar + group(int(x), st.sep) + (".00" if st.cents00 else "")
        return st.dollar + dec_str(x, st.sep, 2)
    if kind == "lattice":
        if x.denominator != 1 or x > 99:
            raise Bad("lattice")
        return "%d/%d" % (int(x) // 10, int(x) % 10)
    if kind == "raw":
        return dec_str(x, "")
    if kind == "cents":
        if x.denominator != 1:
            raise Bad("cents")
        return "%d¢" % int(x)
    if kind == "times":
        if x.denominator != 1 or x > 9:
            raise Bad("times")
        q = int(x)
        if q == 0:
            return "zero times"
        if q == 1:
            return "once" if st.qwords else "1 time"
        if q == 2 and st.qwords and st.twice:
            return "twice"
        return (WORDS[q] if st.qwords else str(q)) + " times"
    raise ValueError(kind)


class Item:
    __slots__ = ("t", "s")

    def __init__(self, t, s):
        self.t, self.s = t, s


class Step:
    def __init__(self, title, intro, short=None):
        self.title, self.intro = title, intro
        self.short = short or title
        self.items = []
        self.concl = None


class Ctx:
    def __init__(self, seed, st, fault=None):
        self.seed = seed
        self.st = st
        self.fault = fault  # (slot index, wrong value)
        self.slots = []
        self.steps = []
        self.bad = False
        self.stepno = 0
        self.k = 0
        self.answer = None

    # -- randomness that is stable across variants (keyed by step + call count)
    def rng(self):
        self.k += 1
        return random.Random("%s|%d|%d" % (self.seed, self.stepno, self.k))

    def choose(self, opts):
        r = self.rng()
        names = sorted(k for k, w in opts.items() if w > 0)
        ws = [opts[k] * self.st.pref.get(k, 1.0) for k in names]
        return r.choices(names, ws)[0]

    def pick(self, seq):
        return self.rng().choice(seq)

    def chance(self, p):
        return self.rng().random() < p

    # -- formatting of operands (never slots)
    def n(self, x):
        return fmt(V(x), "n", self.st)

    def m(self, x):
        return fmt(V(x), "money", self.st)

    def f(self, x, kind):
        return fmt(V(x), kind, self.st)

    # -- results
    def res(self, exp, kind="n", act=None, chain=False, role="", ops=None):
        exp = F(exp)
        true = exp if act is None else F(act)
        i = len(self.slots)
        if act is not None and true != exp:
            if self.fault is None:
                raise AssertionError("inconsistent restatement in correct run")
            if self.fault[0] != i:
                self.bad = True
        shown = true
        if self.fault is not None and self.fault[0] == i:
            shown = F(self.fault[1])
        text = fmt(shown, kind, self.st)
        self.slots.append(dict(i=i, v=exp, kind=kind, chain=chain, role=role, ops=ops,
                               step=self.stepno, restate=act is not None))
        return Slot(i, shown, text)

    # -- structure
    def step(self, title, intro=None, short=None):
        self.stepno += 1
        self.k = 0
        s = Step(title, intro, short)
        self.steps.append(s)
        return s

    def _add(self, t, s):
        self.steps[-1].items.append(Item(t, s))

    def eq(self, s):
        self._add("eq", s)

    def say(self, s):
        self._add("say", s)

    def note(self, s):
        self._add("note", s)

    def table(self, rows):
        self._add("table", rows)

    def code(self, lines):
        self._add("code", lines)

    def concl(self, tmpl, value, kind="n"):
        self.steps[-1].concl = (tmpl, self.f(value, kind))

    def finish(self, value, tmpl, kind="n"):
        self.answer = (F(V(value)), tmpl, self.f(value, kind))


MARK = re.compile("\x01(\\d+)\x02(.*?)\x03", re.S)


def finalize(marked):
    """Strip slot markers; return text and {slot: (start, end)}."""
    out = []
    pos = {}
    last = 0
    n = 0
    for mo in MARK.finditer(marked):
        seg = marked[last:mo.start()]
        out.append(seg)
        n += len(seg)
        i = int(mo.group(1))
        if i in pos:
            raise AssertionError("slot rendered twice")
        pos[i] = (n, n + len(mo.group(2)))
        out.append(mo.group(2))
        n += len(mo.group(2))
        last = mo.end()
    out.append(marked[last:])
    text = "".join(out)
    if "\x01" in text or "\x02" in text or "\x03" in text:
        raise AssertionError("stray marker")
    return text, pos


def substitute(marked, i, new):
    pat = re.compile("\x01%d\x02(.*?)\x03" % i, re.S)
    res, cnt = pat.subn(lambda mo: "\x01%d\x02%s\x03" % (i, new), marked)
    assert cnt == 1
    return res


def line_span(text, pos):
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b < 0:
        b = len(text)
    return a, b
