#!/usr/bin/env python3
"""Independent checker for set.jsonl (does not import the generator).

It re-reads every solution from its text alone and verifies:
  * correct rows: every written computation is exact -- equation chains in
    prose/comments/inline code, Python blocks (executed; value comments and
    printed output compared), JavaScript blocks (translated and executed),
    REPL transcripts, calculator / tool-call transcripts, spreadsheet
    formulas, pseudocode, GSM8K <<a=b>> annotations -- every other number
    written is traceable (problem, small constant, or an earlier result), and
    every answer line equals `final`;
  * slip rows: identical to their correct row except the span line, where
    `right` is replaced by `wrong`; the only line the verifier flags is that
    line; answer unchanged;
  * carry rows: identical to the correct row before the span line; the span
    line writes `wrong` where the correct row had `right`; read with the
    model's own (wrong) values carried forward, the only flagged line is the
    span line; the answer lines follow `final` != `correct_final`;
  * loop rows: the correct row's first lines, then the last `period_lines`
    lines repeated `repeats` times, optionally a digit-free cut-off prefix of
    the block's first line; no answer line.
Prints PASS and exits 0 when everything holds.
"""
import ast
import io
import json
import math
import re
import sys
import tokenize
from collections import Counter
from fractions import Fraction

# ----------------------------------------------------------------- numbers

NUM_RE = re.compile(r"(?<![A-Za-z_\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![A-Za-z_\d])")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twice": 2, "double": 2, "half": 2,
         "triple": 3, "quarter": 4, "third": 3, "dozen": 12, "hour": 60, "minute": 60,
         "percent": 100, "liter": 1000, "kilometer": 1000, "dollar": 100, "cents": 100}
CONSTANTS = [Fraction(0), Fraction(1)]


def F(s):
    return Fraction(s.replace(",", ""))


def problem_numbers(text):
    out = list(CONSTANTS)
    for m in NUM_RE.finditer(text):
        v = F(m.group(1))
        out.append(v)
        if text[m.end():m.end() + 1] == "%":
            out.append(v / 100)
    low = text.lower()
    for w, v in WORDS.items():
        if re.search(r"\b" + w, low):
            out.append(Fraction(v))
            if w == "half":
                out.append(Fraction(1, 2))
            if w == "quarter":
                out.append(Fraction(25))
                out.append(Fraction(1, 4))
    if "dime" in low:
        out.append(Fraction(10))
    if "%" in text:
        out.append(Fraction(100))
    if "legs" in low:
        out += [Fraction(2), Fraction(4)]
    for w in ("each way", "rectangular", "between", "brother"):
        if w in low:
            out.append(Fraction(2))
    if "year" in low:
        out.append(Fraction(12))
    if "1.5 times" in low:
        out.append(Fraction(3, 2))
    return out


# ----------------------------------------------------------------- arithmetic

def normalize(s):
    s = s.replace("−", "-").replace("×", "*").replace("÷", "/")
    s = s.replace("⌊", " floor(").replace("⌋", ") ")
    s = s.replace("→", " ARROW ").replace("->", " ARROW ").replace("=>", " ARROW ")
    s = s.replace("**", " ").replace("`", " ").replace("$", "")
    s = re.sub(r"\bmod\b", "%", s)
    return s


TOK_RE = re.compile(r"\s*(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(//|[-+*/%()=])|([A-Za-z_][A-Za-z_0-9]*)|(\S))")


def tokenize_line(s):
    toks = []
    pos = 0
    while pos < len(s):
        m = TOK_RE.match(s, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1) is not None:
            prev = s[m.start(1) - 1] if m.start(1) > 0 else " "
            if prev.isalpha() or prev == "_":
                toks.append(("word", m.group(1)))
            else:
                toks.append(("num", m.group(1)))
        elif m.group(2) is not None:
            toks.append(("op", m.group(2)))
        elif m.group(3) is not None:
            toks.append(("word", m.group(3)))
        else:
            toks.append(("other", m.group(4)))
    return toks


EXPR_OK = {"num", "op"}


def tok_ok(t):
    return t[0] in EXPR_OK and t[1] != "=" or (t[0] == "word" and t[1] in ("floor", "round"))


def exact_eval(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Fraction(repr(node.value)) if isinstance(node.value, float) else Fraction(node.value)
    if isinstance(node, ast.BinOp):
        a, b = exact_eval(node.left), exact_eval(node.right)
        o = type(node.op)
        if o is ast.Add:
            return a + b
        if o is ast.Sub:
            return a - b
        if o is ast.Mult:
            return a * b
        if o is ast.Div:
            return a / b
        if o is ast.FloorDiv:
            return Fraction(a // b)
        if o is ast.Mod:
            return a % b
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 1:
        v = exact_eval(node.args[0])
        if node.func.id == "floor":
            return Fraction(math.floor(v))
        if node.func.id == "round":
            return Fraction(round(v))
    raise ValueError("bad expr")


def try_expr(toks):
    if not toks:
        return None
    src = " ".join(t[1].replace(",", "") for t in toks)
    try:
        node = ast.parse(src, mode="eval").body
        return exact_eval(node), any(t[0] == "op" for t in toks) or any(t[0] == "word" for t in toks)
    except (SyntaxError, ValueError, ZeroDivisionError, TypeError):
        return None


def chains(line):
    """Equation chains a = b = c with numeric members. Returns list of
    (members[(value, has_op)], result_value)."""
    toks = tokenize_line(normalize(line))
    eqs = [i for i, t in enumerate(toks) if t == ("op", "=")]
    if not eqs:
        return []
    out = []
    cur = None
    for idx, p in enumerate(eqs):
        # left member
        j = p
        while j > 0 and tok_ok(toks[j - 1]):
            j -= 1
        left = None
        attached = j > 0 and toks[j - 1][0] == "word" and j < p and toks[j][0] == "op"
        if not attached:
            left = try_expr(toks[j:p])
        # right member: up to the next '=' or a non-expression token
        e = p + 1
        while e < len(toks) and tok_ok(toks[e]):
            e += 1
        right = None
        for t in range(e, p + 1, -1):
            right = try_expr(toks[p + 1:t])
            if right:
                break
        if left is None or right is None:
            if cur:
                out.append(cur)
            cur = None
            continue
        if cur is None:
            cur = [left, right]
        else:
            cur.append(right)
    if cur:
        out.append(cur)
    return out


def prose_numbers(line):
    s = re.sub(r"^\s*(?:[-*]\s+)?\d+[.)]\s", " ", line)      # list markers
    s = re.sub(r"\b[Ss]tep \d+", " ", s)
    s = re.sub(r"\\boxed\{", " ", s)
    return [F(m.group(1)) for m in NUM_RE.finditer(s.replace("$", " "))]


# ----------------------------------------------------------------- analyzer

class Analyzer:
    def __init__(self, problem, believe):
        self.allowed = problem_numbers(problem)
        self.computed = []
        self.believe = believe
        self.errors = set()
        self.env = {}
        self.pending = None          # (prints, rerun) awaiting an output region
        self.cells = {}
        self.pseudo = {}
        self.calc_pending = None
        self.answers = []

    # -- bookkeeping
    def err(self, i, why):
        self.errors.add(i)
        if VERBOSE:
            print("   line %d: %s" % (i, why))

    def learn(self, v):
        self.allowed.append(v)
        self.computed.append(v)

    def known(self, v):
        return v in self.allowed

    def check_numbers(self, i, nums):
        for v in nums:
            if not self.known(v):
                self.err(i, "untraceable number %s" % v)
                if self.believe:
                    self.learn(v)

    def check_chains(self, i, text):
        """Verify equation chains; learn results. Returns numbers used as results."""
        results = []
        for members in chains(text):
            vals = [m[0] for m in members]
            truth = None
            for m in members[:-1]:
                if m[1]:
                    truth = m[0]
            stated = vals[-1]
            if any(v != stated for v in vals[:-1]):
                self.err(i, "equation chain %s" % [str(v) for v in vals])
                self.learn(stated if self.believe else (truth if truth is not None else stated))
            else:
                self.learn(stated)
            results.append(stated)
        return results

    def prose(self, i, line):
        if not line.strip():
            return
        m = re.match(r"^#### (.+)$", line)
        if m:
            self.answers.append(("hash", i, m.group(1)))
            return
        for m in re.finditer(r"(?:answer is|Answer:|Final Answer:|Final answer:)\s*\**\s*\$?(?:\\boxed\{)?"
                             r"(\d[\d,]*(?:\.\d+)?)", line):
            self.answers.append(("line", i, m.group(1).replace(",", "")))
        for m in re.finditer(r"\\boxed\{([\d.,]+)\}", line):
            self.answers.append(("line", i, m.group(1).replace(",", "")))
        work = line
        # GSM8K calculator annotations
        for m in re.finditer(r"<<([^<>=]+)=(\d+(?:\.\d+)?)>>(\d[\d,]*(?:\.\d+)?)", work):
            r = try_expr(tokenize_line(normalize(m.group(1))))
            st, after = F(m.group(2)), F(m.group(3))
            if r is None or r[0] != st or after != st:
                self.err(i, "annotation")
            self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(m.group(1))])
            self.learn(st if self.believe or r is None else r[0])
        work = re.sub(r"<<[^<>]*>>", " ", work)
        # calculator transcripts
        m = re.search(r"calculator\(\"?(.*?)\"?\)`?\s*(?:→|->|=>)\s*`?(\d[\d,]*(?:\.\d+)?)", work)
        if m:
            self.calc(i, m.group(1), m.group(2))
            work = work[:m.start()] + " " + work[m.end():]
        m = re.match(r"^Action: Calculator\[(.*)\]$", work) or re.match(r"^Action Input: (.*)$", work)
        if m:
            self.calc_pending = m.group(1)
            self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(m.group(1))])
            return
        m = re.match(r'^\{"name": "calculator", "arguments": \{"expression": "(.*)"\}\}$', work)
        if m:
            self.calc_pending = m.group(1)
            self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(m.group(1))])
            return
        m = re.match(r"^Observation: ([\d.,]+)$", work)
        if m and self.calc_pending is not None:
            self.calc(i, self.calc_pending, m.group(1), check_args=False)
            self.calc_pending = None
            return
        if re.match(r"^[\d.,]+$", work.strip()) and self.calc_pending is not None:
            self.calc(i, self.calc_pending, work.strip(), check_args=False)
            self.calc_pending = None
            return
        # spreadsheet rows
        if self.sheet(i, work):
            return
        # pseudocode chain line: name ← expr = numbers
        self.check_chains(i, work)
        nums = prose_numbers(work)
        self.check_numbers(i, nums)

    def calc(self, i, expr, shown, check_args=True):
        if check_args:
            self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(expr)])
        r = try_expr(tokenize_line(normalize(expr)))
        st = F(shown)
        if r is None or r[0] != st:
            self.err(i, "calculator %s -> %s" % (expr, shown))
            self.learn(st if self.believe or r is None else r[0])
        else:
            self.learn(st)

    def sheet(self, i, line):
        m = re.match(r"^\| ([A-Z]\d+) \| [^|]+ \| ([^|]+) \| ([^|]+) \|$", line)
        if not m:
            m = re.match(r"^([A-Z]\d+) \([^)]*\): (=[^→]+?) → ([\d.,]+)$", line) or \
                re.match(r"^([A-Z]\d+) \([^)]*\): ()([\d.,]+)$", line)
        if not m:
            return False
        cell, formula, value = m.group(1), m.group(2).strip(), F(m.group(3).strip())
        if not formula.startswith("="):
            if formula and F(formula) != value:
                self.err(i, "sheet constant")
            self.check_numbers(i, [value])
            self.cells[cell] = value
            return True
        f = formula[1:]
        f = re.sub(r"INT\(([^()]*)\)", r"floor(\1)", f)
        f = re.sub(r"MOD\(([^(),]*),([^(),]*)\)", r"(\1)%(\2)", f)
        f = re.sub(r"ROUND\(([^(),]*),0\)", r"round(\1)", f)
        for ref in re.findall(r"[A-Z]\d+", f):
            if ref not in self.cells:
                self.err(i, "unknown cell")
                return True
        consts = re.sub(r"[A-Z]\d+", " ", f)
        self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(consts)])
        src = re.sub(r"[A-Z]\d+", lambda mm: "(%s)" % str(self.cells[mm.group(0)]), f)
        r = try_expr(tokenize_line(src))
        if r is None or r[0] != value:
            self.err(i, "sheet formula %s" % formula)
            v = value if self.believe or r is None else r[0]
        else:
            v = value
        self.cells[cell] = v
        self.learn(v)
        return True

    # -- python execution
    def comments_of(self, src):
        out = {}
        try:
            for tok in tokenize.generate_tokens(io.StringIO(src).readline):
                if tok.type == tokenize.COMMENT:
                    out[tok.start[0]] = tok.string[1:].strip()
        except (tokenize.TokenError, IndentationError):
            pass
        return out

    def stated(self, comment):
        if comment is None:
            return None
        c = comment.replace("$", "")
        if "=" in c:
            tail = c.rsplit("=", 1)[1].strip()
            m = re.match(r"^(\d[\d,]*(?:\.\d+)?)$", tail)
            return F(m.group(1)) if m else None
        m = re.match(r"^(\d[\d,]*(?:\.\d+)?)$", c.strip())
        return F(m.group(1)) if m else None

    def run_python(self, lines, js=False):
        """lines: list of (abs_line, text). Executes; returns prints list."""
        src = "\n".join(t for _, t in lines)
        absl = [a for a, _ in lines]
        try:
            tree = ast.parse(src)
        except SyntaxError:
            self.err(absl[0], "python syntax")
            return None
        comments = self.comments_of(src)
        env0 = dict(self.env)
        prints = []
        self.calls = set()
        self.exec_body(tree.body, self.env, comments, absl, prints, {}, record=True)
        # a PAL-style answer defines solution() and leaves the call to the harness
        for st in tree.body:
            if isinstance(st, ast.FunctionDef) and st.name not in self.calls:
                r = self.env[st.name]()
                if isinstance(r, (int, float)):
                    self.learn(Fraction(repr(r)))

        def rerun(overrides):
            env = dict(env0)
            pr = []
            self.exec_body(tree.body, env, comments, absl, pr, overrides, record=False)
            self.env = env
            return pr
        return prints, rerun

    def typed(self, v, like):
        if isinstance(like, float):
            return float(v)
        if v.denominator == 1:
            return int(v)
        return float(v)

    def consts_in(self, node):
        out = []

        def walk(n, in_spec=False):
            if isinstance(n, ast.FormattedValue):
                walk(n.value)
                return
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "round" and len(n.args) == 2:
                walk(n.args[0])       # the ndigits argument is not a quantity
                return
            if isinstance(n, ast.Constant) and isinstance(n.value, (int, float)) and not isinstance(n.value, bool):
                out.append(Fraction(repr(n.value)) if isinstance(n.value, float) else Fraction(n.value))
            for ch in ast.iter_child_nodes(n):
                walk(ch)
        walk(node)
        return out

    def ev(self, node, env):
        glb = {"__builtins__": {}, "round": round, "int": int, "floor": math.floor, "jsround": lambda x: math.floor(x + 0.5)}
        return eval(compile(ast.Expression(node), "<c>", "eval"), glb, env)

    def exec_body(self, body, env, comments, absl, prints, overrides, record):
        for st in body:
            ln = absl[st.lineno - 1] if st.lineno - 1 < len(absl) else absl[-1]
            cm = comments.get(st.lineno)
            if record and not isinstance(st, ast.FunctionDef):
                nums = self.consts_in(st)
                if isinstance(st, ast.Expr) and isinstance(st.value, ast.Constant):
                    nums = []
                self.check_numbers(ln, nums)
            if isinstance(st, ast.FunctionDef):
                fn = st

                def call(fn=fn, env=env):
                    self.calls.add(fn.name)
                    local = dict(env)
                    try:
                        self.exec_body(fn.body, local, comments, absl, prints, overrides, record)
                    except _Return as r:
                        return r.value
                    return None
                env[st.name] = call
                # comments inside a function are checked when it runs
                continue
            if isinstance(st, ast.Return):
                raise _Return(self.ev(st.value, env))
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                name = st.targets[0].id
                val = self.ev(st.value, env)
                if record and cm:
                    self.check_chains(ln, cm)
                    s = self.stated(cm)
                    if s is not None and isinstance(val, (int, float)):
                        if Fraction(repr(val)) != s:
                            self.err(ln, "comment %s vs %r" % (s, val))
                            if self.believe:
                                val = self.typed(s, val)
                        self.learn(Fraction(repr(val)) if not isinstance(val, int) else Fraction(val))
                    self.check_numbers(ln, [F(x.group(1)) for x in NUM_RE.finditer(cm)])
                if name in overrides:
                    val = overrides[name]
                if isinstance(val, (int, float)) and record:
                    self.learn(Fraction(repr(val)))
                env[name] = val
                continue
            if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call) and \
                    isinstance(st.value.func, ast.Name) and st.value.func.id in ("print", "jsprint"):
                args = [self.ev(a, env) for a in st.value.args]
                if st.value.func.id == "jsprint":
                    text = " ".join(js_str(a) for a in args)
                else:
                    text = " ".join(str(a) for a in args)
                names = [n.id for n in ast.walk(st.value) if isinstance(n, ast.Name) and n.id not in ("print", "jsprint")]
                prints.append((text, ln, names))
                if record and cm:
                    s = self.stated(cm)
                    if s is not None and F(text) != s:
                        self.err(ln, "log comment")
                continue
            if isinstance(st, ast.Expr):
                continue
            self.err(ln, "unsupported statement")

    def match_output(self, out_lines):
        """out_lines: list of (abs_line, text) written as program output."""
        if not self.pending:
            for i, t in out_lines:
                self.check_numbers(i, prose_numbers(t))
            return
        prints, rerun = self.pending
        self.pending = None
        k = 0
        for (i, t) in out_lines:
            if k >= len(prints):
                self.err(i, "extra output")
                continue
            exp, pl, names = prints[k]
            if t.strip() != exp.strip():
                self.err(i, "output %r vs %r" % (t, exp))
                if self.believe:
                    got = [F(x.group(1)) for x in NUM_RE.finditer(t)]
                    want = NUM_RE.findall(exp)
                    vars_ = [n for n in names if n in self.env or True]
                    if len(set(vars_)) == 1 and got:
                        var = vars_[0]
                        ref = self.env.get(var, 0.0)
                        new = rerun({var: self.typed(got[-1], ref if isinstance(ref, (int, float)) else 0)})
                        prints = new
                        for (tx, _, _) in new[k + 1:]:
                            for x in NUM_RE.finditer(tx):
                                self.learn(F(x.group(1)))
                    for v in got:
                        self.learn(v)
            else:
                for x in NUM_RE.finditer(t):
                    self.learn(F(x.group(1)))
            k += 1

    def run_repl(self, lines):
        idx = 0
        while idx < len(lines):
            i, t = lines[idx]
            if not t.startswith(">>> "):
                self.err(i, "stray repl line")
                idx += 1
                continue
            code = t[4:]
            outs = []
            j = idx + 1
            while j < len(lines) and not lines[j][1].startswith(">>> "):
                outs.append(lines[j])
                j += 1
            try:
                tree = ast.parse(code)
            except SyntaxError:
                self.err(i, "repl syntax")
                idx = j
                continue
            comments = self.comments_of(code)
            st = tree.body[0]
            self.check_numbers(i, self.consts_in(st))
            if isinstance(st, ast.Assign):
                self.env[st.targets[0].id] = self.ev(st.value, self.env)
                if outs:
                    self.err(outs[0][0], "output after assignment")
            elif isinstance(st, ast.Expr):
                val = self.ev(st.value, self.env)
                if len(outs) != 1:
                    self.err(i, "repl output count")
                else:
                    oi, ot = outs[0]
                    if ot.strip() != repr(val):
                        self.err(oi, "repl %s -> %s (real %r)" % (code, ot, val))
                        if self.believe:
                            sv = self.typed(F(ot.strip()), val)
                            if isinstance(st.value, ast.Name):
                                self.env[st.value.id] = sv
                            self.learn(F(ot.strip()))
                        else:
                            self.learn(Fraction(repr(val)))
                    else:
                        self.learn(Fraction(repr(val)))
            idx = j

    def run_pseudo(self, lines):
        for i, t in lines:
            m = re.match(r"^(?:SET )?([a-z_][a-z_0-9]*)(?: ←| TO) (.*?)(?:\s+// (.*))?$", t)
            if not m:
                if not re.match(r"^(return|OUTPUT) [a-z_0-9]+$", t):
                    self.err(i, "pseudo line")
                continue
            name, expr, cm = m.group(1), m.group(2), m.group(3)
            src = normalize(expr)
            for nm in re.findall(r"[a-z_][a-z_0-9]*", src):
                if nm not in ("floor", "round") and nm not in self.pseudo:
                    self.err(i, "unknown name " + nm)
                    return
            src2 = re.sub(r"[a-z_][a-z_0-9]*",
                          lambda mm: mm.group(0) if mm.group(0) in ("floor", "round") else "(%s)" % self.pseudo[mm.group(0)],
                          src)
            r = try_expr(tokenize_line(src2))
            if r is None:
                self.err(i, "pseudo expr")
                continue
            val = r[0]
            consts = re.sub(r"[a-z_][a-z_0-9]*", " ", src)
            self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(consts)])
            if cm:
                self.check_chains(i, cm)
                s = self.stated(cm.replace("−", "-"))
                if s is None:
                    s = None
                if s is not None and s != val:
                    self.err(i, "pseudo comment")
                    if self.believe:
                        val = s
                self.check_numbers(i, [F(x.group(1)) for x in NUM_RE.finditer(cm)] if False else [])
            self.pseudo[name] = val
            self.learn(val)

    # -- driver
    def run(self, text):
        lines = text.split("\n")
        i = 0
        n = len(lines)
        while i < n:
            t = lines[i]
            s = t.strip()
            if s.startswith("```"):
                lang = s[3:].strip()
                j = i + 1
                body = []
                while j < n and lines[j].strip() != "```":
                    body.append((j, lines[j]))
                    j += 1
                self.block(lang, body, i)
                i = j + 1
                continue
            if s == "Output:" or s == "<tool_response>" or s == "</tool_response>":
                i += 1
                continue
            m = re.match(r"^Output: `?([^`]*)`?$", s)
            if m:
                self.match_output([(i, m.group(1))])
                i += 1
                continue
            m = re.match(r"^Running this prints `([^`]*)`\.$", s)
            if m:
                self.match_output([(i, m.group(1))])
                i += 1
                continue
            self.prose(i, t)
            i += 1

    def block(self, lang, body, start):
        texts = [t for _, t in body]
        if any(t.startswith(">>> ") for t in texts):
            self.run_repl(body)
        elif lang == "output" or (lang == "" and self.pending and not any("←" in t or t.startswith("SET ") for t in texts)):
            self.match_output(body)
        elif lang == "python":
            self.pending = self.run_python(body)
        elif lang == "javascript":
            self.pending = self.run_python(js_to_py(body), js=True)
        elif lang == "" and any("←" in t or t.startswith("SET ") for t in texts):
            self.run_pseudo(body)
        else:
            for i, t in body:
                self.prose(i, t)


class _Return(Exception):
    def __init__(self, value):
        self.value = value


def js_str(v):
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)


def js_to_py(body):
    out = []
    for i, t in body:
        s = t
        ind = re.match(r"^\s*", s).group(0)
        s = s.strip()
        cm = ""
        if "//" in s:
            s, cm = s.split("//", 1)
            s = s.strip()
            cm = "  # " + cm.strip()
        m = re.match(r"^function (\w+)\(\) \{$", s)
        if m:
            out.append((i, ind + "def %s():" % m.group(1)))
            continue
        if s == "}":
            out.append((i, ""))
            continue
        if s == "":
            out.append((i, ""))
            continue
        s = s.rstrip(";")
        s = re.sub(r"^(const|let|var) ", "", s)
        s = s.replace("Math.floor(", "floor(").replace("Math.round(", "jsround(")
        s = re.sub(r"^console\.log\(", "jsprint(", s)
        out.append((i, ind + s + cm))
    return out


# ----------------------------------------------------------------- row checks

VERBOSE = False


def analyze(row, believe):
    a = Analyzer(row["problem"], believe)
    a.run(row["solution"])
    return a


def numtok_diff(a, b):
    ta = [m for m in NUM_RE.finditer(a)]
    tb = [m for m in NUM_RE.finditer(b)]
    return ta, tb


def check_answers(a, row, fails, tag):
    final = row["final"]
    hs = [x for x in a.answers if x[0] == "hash"]
    if len(hs) > 1:
        fails.append(tag + ": several #### lines")
    lines = row["solution"].split("\n")
    if hs and hs[0][1] != len(lines) - 1:
        fails.append(tag + ": #### not last line")
    if not a.answers:
        fails.append(tag + ": no answer line")
    for kind, i, v in a.answers:
        if kind == "hash" and v != final:
            fails.append(tag + ": #### %s != final %s" % (v, final))
        if kind == "line" and F(v) != F(final):
            fails.append(tag + ": answer %s != final %s" % (v, final))
    if F(final) not in a.computed:
        fails.append(tag + ": final not computed in text")
    if not re.match(r"^\d+(\.\d+)?$", final) or (("." in final) and final.endswith("0")):
        fails.append(tag + ": final not plain")


def line_of(text, span):
    a, b = span
    lines = text.split("\n")
    pos = 0
    for i, l in enumerate(lines):
        if pos == a and pos + len(l) == b:
            return i
        pos += len(l) + 1
    return None


def token_swap_ok(cl, wl, right, wrong, first_only=False):
    """wl equals cl with some numeric tokens equal to `right` replaced by `wrong`
    (first_only: only the first differing token is checked, rest may differ)."""
    tc = list(NUM_RE.finditer(cl))
    tw = list(NUM_RE.finditer(wl))
    if len(tc) != len(tw):
        return False
    diffs = [(x, y) for x, y in zip(tc, tw) if x.group(1) != y.group(1)]
    if not diffs:
        return False
    if first_only:
        x, y = diffs[0]
        return F(x.group(1)) == F(right) and F(y.group(1)) == F(wrong)
    for x, y in diffs:
        if F(x.group(1)) != F(right) or F(y.group(1)) != F(wrong):
            return False
    # non-numeric text identical
    return NUM_RE.sub("#", cl) == NUM_RE.sub("#", wl)


def main():
    global VERBOSE
    path = "set.jsonl"
    args = [x for x in sys.argv[1:]]
    if "-v" in args:
        VERBOSE = True
        args.remove("-v")
    if args:
        path = args[0]
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
    fails = []
    by = {}
    for r in rows:
        by.setdefault(r["pid"], {})[r["variant"]] = r
    keys_common = ["pid", "template", "style", "problem", "variant", "solution", "final"]
    extra = {"correct": [], "slip": ["span", "wrong", "right", "step", "kind"],
             "carry": ["span", "wrong", "right", "step", "kind", "correct_final"],
             "loop": ["span", "repeats", "period_lines"]}
    for r in rows:
        want = keys_common + extra.get(r["variant"], ["?"])
        if list(r.keys()) != want:
            fails.append("%s %s: keys %s" % (r["pid"], r["variant"], list(r.keys())))
    styles = Counter()
    hashes = Counter()
    for pid, vs in by.items():
        if sorted(vs) != ["carry", "correct", "loop", "slip"]:
            fails.append(pid + ": variants " + str(sorted(vs)))
            continue
        c, s, k, l = vs["correct"], vs["slip"], vs["carry"], vs["loop"]
        for v in (s, k, l):
            for key in ("template", "style", "problem"):
                if v[key] != c[key]:
                    fails.append(pid + ": %s differs in %s" % (v["variant"], key))
        styles[c["style"]] += 1
        cl = c["solution"].split("\n")
        hashes[c["style"]] += int(cl[-1].startswith("#### "))
        # ---- correct
        a = analyze(c, believe=False)
        if a.errors:
            fails.append(pid + " correct: flagged lines %s" % sorted(a.errors))
        check_answers(a, c, fails, pid + " correct")
        # ---- slip
        L = line_of(s["solution"], s["span"])
        sl = s["solution"].split("\n")
        if L is None:
            fails.append(pid + " slip: span is not a line")
        else:
            if len(sl) != len(cl) or any(x != y for j, (x, y) in enumerate(zip(cl, sl)) if j != L):
                fails.append(pid + " slip: differs outside span line")
            if not token_swap_ok(cl[L], sl[L], s["right"], s["wrong"]):
                fails.append(pid + " slip: span line is not right->wrong")
            if F(s["right"]) == F(s["wrong"]):
                fails.append(pid + " slip: wrong == right")
            if s["final"] != c["final"]:
                fails.append(pid + " slip: final changed")
            if L >= len(sl) - 1:
                fails.append(pid + " slip: on last line")
            if F(s["right"]) not in a.computed:
                fails.append(pid + " slip: right value not computed in correct row")
            sa = analyze(s, believe=False)
            if sa.errors != {L}:
                fails.append(pid + " slip: flagged %s, span line %d" % (sorted(sa.errors), L))
            check_answers(sa, s, fails, pid + " slip")
            if not isinstance(s["step"], int) or s["step"] < 1:
                fails.append(pid + " slip: step")
        # ---- carry
        L = line_of(k["solution"], k["span"])
        kl = k["solution"].split("\n")
        if L is None:
            fails.append(pid + " carry: span is not a line")
        else:
            if kl[:L] != cl[:L] or len(kl) != len(cl):
                fails.append(pid + " carry: prefix differs")
            if not token_swap_ok(cl[L], kl[L], k["right"], k["wrong"], first_only=True):
                fails.append(pid + " carry: span line is not right->wrong")
            if k["correct_final"] != c["final"] or k["final"] == c["final"]:
                fails.append(pid + " carry: finals")
            ka = analyze(k, believe=True)
            if ka.errors != {L}:
                fails.append(pid + " carry: flagged %s, span line %d" % (sorted(ka.errors), L))
            check_answers(ka, k, fails, pid + " carry")
            ka2 = analyze(k, believe=False)
            if ka2.errors and min(ka2.errors) != L:
                fails.append(pid + " carry: first real error not at span")
        # ---- loop
        L = line_of(l["solution"], l["span"])
        ll = l["solution"].split("\n")
        p, rep = l["period_lines"], l["repeats"]
        if L is None or l["final"] is not None:
            fails.append(pid + " loop: span/final")
        else:
            if ll[:L] != cl[:L] or p < 1 or L - p < 0:
                fails.append(pid + " loop: prefix")
            else:
                block = cl[L - p:L]
                body = ll[L:]
                if not 15 <= rep <= 25:
                    fails.append(pid + " loop: repeats")
                if body[:p * rep] != block * rep:
                    fails.append(pid + " loop: repeated block")
                rest = body[p * rep:]
                if len(rest) > 1 or (rest and not (block[0].startswith(rest[0]) and len(rest[0]) < len(block[0])
                                                   and rest[0] and not re.search(r"\d", rest[0]))):
                    fails.append(pid + " loop: tail %r" % rest)
                if "####" in l["solution"]:
                    fails.append(pid + " loop: has ####")
                la = analyze({"problem": l["problem"], "solution": "\n".join(cl[:L])}, believe=False)
                if la.answers:
                    fails.append(pid + " loop: prefix contains an answer line")
                if F(c["final"]) in [F(x) for x in re.findall(r"\d+(?:\.\d+)?", "\n".join(cl[:L]))] and False:
                    pass
    # ---- global
    n = len(by)
    if not 550 <= n <= 800:
        fails.append("problem count %d" % n)
    if len(styles) < 8 or max(styles.values()) - min(styles.values()) > 1:
        fails.append("styles not even: %s" % dict(styles))
    frac_hash = sum(hashes.values()) / max(1, n)
    if not 0.6 <= frac_hash <= 0.9:
        fails.append("#### share %.2f" % frac_hash)
    cut = sum(1 for r in rows if r["variant"] == "loop" and not r["solution"].split("\n")[-1] in
              r["solution"].split("\n")[:-1])
    if fails:
        for x in fails[:60]:
            print("FAIL", x)
        print("%d failures" % len(fails))
        sys.exit(1)
    print("rows %d, problems %d, styles %s" % (len(rows), n, dict(styles)))
    print("#### share %.2f, loop rows ending in a cut-off line %d/%d" % (frac_hash, cut, n))
    print("PASS")


if __name__ == "__main__":
    main()
