"""Solution renderers, one per writing style.

A renderer turns (problem, believed values, style choices) into a Doc: a list
of lines, each a list of plain strings and Slots.  A Slot is a place where the
value of one computation step is written; the generator uses slots to place
slips and carried errors and to validate every written value.
"""
from core import Val, fmt, unparse, camel, humanize, eval_py, parse
from fractions import Fraction


class Slot:
    __slots__ = ("step", "text", "role", "kind", "pyexpr")

    def __init__(self, step, text, role, kind, pyexpr=None):
        self.step = step
        self.text = text
        self.role = role
        self.kind = kind
        self.pyexpr = pyexpr  # literal expression whose Python str() this slot shows


class Doc:
    def __init__(self):
        self.lines = []

    def add(self, *parts, tag=None):
        flat = []
        for p in parts:
            if isinstance(p, (list, tuple)):
                flat.extend(p)
            else:
                flat.append(p)
        for p in flat:
            assert not isinstance(p, str) or "\n" not in p, p
        self.lines.append((flat, tag))

    def materialize(self):
        texts, slots, tags = [], [], []
        for i, (parts, tag) in enumerate(self.lines):
            s = ""
            for p in parts:
                if isinstance(p, Slot):
                    slots.append((i, len(s), len(s) + len(p.text), p))
                    s += p.text
                else:
                    s += p
            texts.append(s)
            tags.append(tag)
        return texts, slots, tags


def cap(parts):
    parts = list(parts)
    if parts and isinstance(parts[0], str) and parts[0]:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return parts


class Ctx:
    def __init__(self, P, V, C):
        self.P = P
        self.V = V
        self.C = C
        self.steps = P["steps"]
        self.n = len(self.steps)
        self.last = self.n - 1

    # ---- values
    def var(self, k):
        return self.steps[k]["var"]

    def val(self, name):
        return self.V[name]

    def sval(self, k):
        return self.V[self.var(k)]

    def money(self, name):
        if name in self.P["money"]:
            return True
        for s in self.steps:
            if s["var"] == name:
                return s["unit"] == "$"
        return False

    def smoney(self, k):
        return self.steps[k]["unit"] == "$"

    def slot(self, k, kind, role):
        return Slot(k, fmt(self.sval(k), kind), role, kind)

    def vparts(self, k, role, commas=True, dollar=True):
        """Value as prose writes it: $ for money, thousands commas."""
        if self.smoney(k):
            s = self.slot(k, "mc" if commas else "m", role)
            return ["$", s] if dollar else [s]
        return [self.slot(k, "pc" if commas else "p", role)]

    # ---- expressions
    def nexpr(self, k, ops="ascii", commas=False, dollars=False):
        def leaf(nm):
            v = self.val(nm)
            s = fmt(v, "pc" if commas else "p")
            if dollars and self.money(nm):
                if self.P["given_kind"].get(nm) == "m" or self.money(nm):
                    s = "$" + fmt(v, "mc" if commas else "m")
            return s
        return unparse(self.steps[k]["expr"], leaf, ops)

    def lit(self, k):
        """Python-literal numeric expression (what a model retypes)."""
        return self.nexpr(k, "ascii")

    def lit_eval(self, k):
        s = self.lit(k)
        return s, eval_py(s, {})

    def sym(self, k, ops="ascii", namer=None):
        namer = namer or (lambda x: x)
        return unparse(self.steps[k]["expr"], namer, ops)

    # ---- words
    def label(self, k):
        return self.steps[k]["label"]

    def Label(self, k):
        s = self.steps[k]["label"]
        return s[:1].upper() + s[1:]

    def say(self, k, role="prose", eq=None, commas=True, value=None, capfirst=False):
        """Restatement sentence of step k. eq: list of parts written before '= value'."""
        t = self.P["say"][k]
        a, b = t.split("{v}")
        if value is None:
            value = self.vparts(k, role, commas)
        mid = list(value)
        if eq is not None:
            mid = list(eq) + [" = "] + mid
        parts = [a] + mid + [b]
        parts = [p for p in parts if not (isinstance(p, str) and p == "")]
        return cap(parts) if capfirst else parts

    def givens(self):
        return list(self.P["givens"].keys())

    def gval(self, g):
        return self.P["givens"][g]


def pylit(v):
    return repr(v.py)


def eval_display(expr_text):
    """Python value and str() of a literal expression."""
    r = eval_py(expr_text, {})
    return r, str(r)


def typed_display(c, k, expr):
    """What a model writes as the result of a literal expression it typed
    itself (REPL transcript, calculator transcript): the believed value of
    step k, shown with the Python type the expression would have."""
    r = eval_py(expr, {})
    v = c.sval(k)
    if isinstance(r, float):
        return repr(float(v.ex))
    return str(int(v.ex))


INTROS_CODE = [
    "Let's solve this step by step with Python.",
    "I'll write a short Python program to compute this.",
    "We can compute this directly in Python:",
    "Here's a Python solution:",
    "Let me calculate this with a quick script.",
    None,
]

ANSWER_LINES = [
    ("The answer is ", "."),
    ("**Answer:** ", ""),
    ("So the answer is **", "**."),
    ("Final answer: ", ""),
    ("Therefore, the answer is ", "."),
]


def answer_line(c, idx, dollar=False):
    a, b = ANSWER_LINES[idx]
    if dollar and c.smoney(c.last):
        return [a, "$", c.slot(c.last, "m", "answer"), b]
    s = c.slot(c.last, "p", "answer")
    return [a, s, b]


def hash_line(c):
    return ["#### ", c.slot(c.last, "p", "answer")]


def closing(c, d, mode, commas=True):
    """Prose wrap-up after code: restates values."""
    n = c.n
    if mode == "sentence":
        k = n - 2
        d.add(["So "] + c.say(k, commas=commas) + [", and "] + c.say(c.last, commas=commas) + ["."])
    elif mode == "bullets":
        d.add("Breaking it down:")
        for k in range(n):
            d.add(["- " + c.Label(k) + ": "] + c.vparts(k, "prose", commas))
    else:
        d.add(c.say(c.last, capfirst=True, commas=commas) + ["."])


# =========================================================== 1. py_output
class PyOutput:
    name = "py_output"
    hash = True
    carry_final = True

    def choices(self, r):
        return {
            "intro": r.choice(INTROS_CODE),
            "given_header": r.choice([None, "Given values", "Given", "Known quantities"]),
            "step_header": r.random() < 0.5,
            "blank": r.random() < 0.5,
            "cmt": r.choice(["bare", "eq", "calc", "calc"]),
            "float_kind": r.choice(["r", "p"]),
            "out": r.choice(["fence", "colon_fence", "inline"]),
            "closing": r.choice(["sentence", "bullets", "final"]),
            "answer": r.choice([0, 1, 2, 4]),
            "ans_dollar": r.random() < 0.4,
            "commas": r.random() < 0.6,
            "cast_print": r.random() < 0.5,
        }

    def comment(self, c, k, role="comment", float_kind=None):
        C = c.C
        v = c.sval(k)
        kind = (float_kind or C["float_kind"]) if v.is_float() else "p"
        s = c.slot(k, kind, role)
        if C["cmt"] == "bare":
            return [s]
        if C["cmt"] == "eq":
            return ["= ", s]
        return [c.lit(k), " = ", s]

    def render(self, c):
        C = c.C
        d = Doc()
        if C["intro"]:
            d.add(C["intro"])
            d.add("")
        d.add("```python")
        if C["given_header"]:
            d.add("# " + C["given_header"])
        for g in c.givens():
            d.add("%s = %s" % (g, pylit(c.gval(g))))
        d.add("")
        for k in range(c.n):
            if C["step_header"]:
                d.add("# " + c.Label(k), tag=k)
            d.add(["%s = %s  # " % (c.var(k), c.steps[k]["expr"])] + self.comment(c, k), tag=k)
            if C["blank"]:
                d.add("", tag=k)
        if not C["blank"]:
            d.add("")
        fv = c.sval(c.last)
        out = c.slot(c.last, "r", "output")
        if fv.is_float() and C["cast_print"] and c.smoney(c.last):
            d.add("print(round(%s, 2))" % c.var(c.last))
            out = Slot(c.last, str(round(fv.py, 2)), "output", "r")
        elif fv.is_float() and C["cast_print"] and fv.ex.denominator == 1:
            d.add("print(int(%s))" % c.var(c.last))
            out = Slot(c.last, str(int(fv.py)), "output", "r")
        else:
            d.add("print(%s)" % c.var(c.last))
        d.add("```")
        if C["out"] == "fence":
            d.add("```output")
            d.add(out)
            d.add("```")
        elif C["out"] == "colon_fence":
            d.add("")
            d.add("Output:")
            d.add("```")
            d.add(out)
            d.add("```")
        else:
            d.add("")
            d.add("Output: ", out)
        d.add("")
        closing(c, d, C["closing"], C["commas"])
        d.add("")
        d.add(answer_line(c, C["answer"], C["ans_dollar"]))
        return d


# =========================================================== 2. tora
class Tora:
    name = "tora"
    hash = False
    carry_final = False

    FIRST = ["First, let's calculate the {}.", "Let's start by computing the {}.", "To begin, we find the {}."]
    MID = ["Next, we compute the {}.", "Now let's find the {}.", "Then we calculate the {}."]
    LAST = ["Finally, we compute the {}.", "Now we can find the {}.", "Finally, let's calculate the {}."]

    def choices(self, r):
        return {"rat": r.randrange(3), "end": r.randrange(2), "commas": r.random() < 0.3}

    def render(self, c):
        C = c.C
        d = Doc()
        for k in range(c.n):
            bank = self.FIRST if k == 0 else (self.LAST if k == c.last else self.MID)
            d.add(bank[C["rat"]].format(c.label(k)), tag=k)
            code, _ = c.lit(k), None
            r, shown = eval_display(code)
            d.add("```python", tag=k)
            d.add("%s = %s" % (c.var(k), code), tag=k)
            d.add("print(%s)" % c.var(k), tag=k)
            d.add("```", tag=k)
            d.add("```output", tag=k)
            d.add(Slot(k, shown, "obs", "r", code), tag=k)
            d.add("```", tag=k)
            if k < c.last:
                d.add(c.say(k, capfirst=True, commas=C["commas"]) + ["."], tag=k)
        fin = c.slot(c.last, "p", "answer")
        if C["end"] == 0:
            d.add(c.say(c.last, capfirst=True, commas=C["commas"]) + [". The answer is $\\boxed{", fin, "}$."])
        else:
            d.add(c.say(c.last, capfirst=True, commas=C["commas"]) + ["."])
            d.add(["Therefore, the answer is $\\boxed{", fin, "}$."])
        return d


# =========================================================== 3. pal
class Pal:
    name = "pal"
    hash = False
    carry_final = True

    def choices(self, r):
        return {"cmt": r.choice(["bare", "eq", "calc"]), "float_kind": r.choice(["r", "p"]),
                "blank": r.random() < 0.5, "tail": r.choice(["none", "none", "print"]),
                "answer": r.choice([0, 0, 4])}

    def render(self, c):
        C = c.C
        d = Doc()
        d.add("```python")
        d.add("def solution():")
        d.add('    """' + c.P["text"] + '"""')
        for g in c.givens():
            d.add("    %s = %s" % (g, pylit(c.gval(g))))
        if C["blank"]:
            d.add("")
        for k in range(c.n):
            d.add(["    %s = %s  # " % (c.var(k), c.steps[k]["expr"])] +
                  PyOutput.comment(PyOutput, c, k), tag=k)
        d.add("    result = %s" % c.var(c.last))
        d.add("    return result")
        if C["tail"] == "print":
            d.add("")
            d.add("print(solution())")
            d.add("```")
            d.add("```output")
            d.add(c.slot(c.last, "r", "output"))
            d.add("```")
        else:
            d.add("```")
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 4. inline_steps
class InlineSteps:
    name = "inline_steps"
    hash = True
    carry_final = True

    INTROS = ["Let's break this down step by step.", "Here's how to solve it:",
              "Let me work through this step by step.", "I'll solve this in steps."]

    def choices(self, r):
        return {"intro": r.choice(self.INTROS), "layout": r.choice(["heading", "numbered", "bullets"]),
                "ops": r.choice(["ascii", "ascii", "times"]),
                "close": r.choice(["bold", "sentence"]), "commas": r.random() < 0.5,
                "answer": r.choice([0, 1, 3])}

    def code(self, c, k, role="prose"):
        C = c.C
        return ["`", c.nexpr(k, C["ops"], commas=C["commas"]), " = "] + \
            [c.slot(k, "pc" if C["commas"] else "p", role), "`"]

    def render(self, c):
        C = c.C
        d = Doc()
        d.add(C["intro"])
        d.add("")
        for k in range(c.n):
            if C["layout"] == "heading":
                d.add("**Step %d: %s**" % (k + 1, c.Label(k)), tag=k)
                d.add(self.code(c, k), tag=k)
                d.add("", tag=k)
            elif C["layout"] == "numbered":
                d.add(["%d. **%s:** " % (k + 1, c.Label(k))] + self.code(c, k), tag=k)
            else:
                d.add(["- " + c.Label(k) + ": "] + self.code(c, k) + [", so "] +
                      c.say(k, commas=C["commas"]) + ["."], tag=k)
        if C["layout"] != "heading":
            d.add("")
        if C["close"] == "bold":
            d.add(["**Answer:** "] + c.say(c.last, capfirst=True, commas=C["commas"]) + ["."])
        else:
            d.add(["So "] + c.say(c.last, commas=C["commas"]) + ["."])
            d.add("")
            d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 5. calc_arrow
class CalcArrow:
    name = "calc_arrow"
    hash = True
    carry_final = True

    INTROS = ["I'll use the calculator for each step.", "Let me compute each step with the calculator tool.",
              "Using the calculator:", "Step-by-step with calculator calls:"]

    def choices(self, r):
        return {"intro": r.choice(self.INTROS), "form": r.choice(["numbered", "backtick", "plain"]),
                "disp": r.choice(["p", "r"]), "arrow": r.choice(["→", "->", "=>"]),
                "close": r.choice(["sentence", "final"]), "answer": r.choice([0, 1, 4])}

    def result(self, c, k):
        expr = c.lit(k)
        if c.C["disp"] == "r":
            return expr, Slot(k, typed_display(c, k, expr), "calc", "r", expr)
        return expr, c.slot(k, "p", "calc")

    def render(self, c):
        C = c.C
        d = Doc()
        d.add(C["intro"])
        d.add("")
        a = C["arrow"]
        for k in range(c.n):
            expr, s = self.result(c, k)
            if C["form"] == "numbered":
                d.add(["%d. %s: calculator(%s) %s " % (k + 1, c.Label(k), expr, a), s], tag=k)
            elif C["form"] == "backtick":
                d.add(["%s: `calculator(\"%s\")` %s `" % (c.Label(k), expr, a), s, "`"], tag=k)
            else:
                d.add(["calculator(%s) %s " % (expr, a), s, "  # " + c.label(k)], tag=k)
        d.add("")
        if C["close"] == "sentence" and c.n >= 2:
            d.add(["So "] + c.say(c.last - 1) + [", and "] + c.say(c.last) + ["."])
        else:
            d.add(c.say(c.last, capfirst=True) + ["."])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 6. react_tool
class ReactTool:
    name = "react_tool"
    hash = False
    carry_final = False

    def choices(self, r):
        return {"variant": r.choice(["react", "react2", "qwen"]), "disp": r.choice(["p", "r"]),
                "commas": r.random() < 0.3}

    def obs(self, c, k):
        expr = c.lit(k)
        if c.C["disp"] == "r":
            r, shown = eval_display(expr)
            return expr, Slot(k, shown, "obs", "r", expr)
        return expr, c.slot(k, "p", "obs")

    def render(self, c):
        C = c.C
        d = Doc()
        cm = C["commas"]
        for k in range(c.n):
            expr, ob = self.obs(c, k)
            if C["variant"] in ("react", "react2"):
                if k == 0:
                    d.add("Thought: I need to find the %s first." % c.label(k), tag=k)
                else:
                    d.add(["Thought: "] + c.say(k - 1, capfirst=True, commas=cm) +
                          [". Now I need the %s." % c.label(k)], tag=k)
                if C["variant"] == "react":
                    d.add("Action: Calculator[%s]" % expr, tag=k)
                else:
                    d.add("Action: calculator", tag=k)
                    d.add("Action Input: %s" % expr, tag=k)
                d.add("Observation: ", ob, tag=k)
            else:
                if k == 0:
                    d.add("I'll start by computing the %s." % c.label(k), tag=k)
                else:
                    d.add(c.say(k - 1, capfirst=True, commas=cm) + [". Next, the %s:" % c.label(k)], tag=k)
                d.add("<tool_call>", tag=k)
                d.add('{"name": "calculator", "arguments": {"expression": "%s"}}' % expr, tag=k)
                d.add("</tool_call>", tag=k)
                d.add("<tool_response>", tag=k)
                d.add(ob, tag=k)
                d.add("</tool_response>", tag=k)
        if C["variant"] in ("react", "react2"):
            d.add(["Thought: "] + c.say(c.last, capfirst=True, commas=cm) + [". I now know the final answer."])
            d.add(["Final Answer: ", c.slot(c.last, "p", "answer")])
        else:
            d.add(c.say(c.last, capfirst=True, commas=cm) + ["."])
            d.add("")
            d.add(["Final answer: ", c.slot(c.last, "p", "answer")])
        return d


# =========================================================== 7. spreadsheet
class Spreadsheet:
    name = "spreadsheet"
    hash = True
    carry_final = True

    INTROS = ["Let's set this up like a spreadsheet:", "Setting this up as a spreadsheet:",
              "Here's a spreadsheet layout for the problem:"]

    def choices(self, r):
        return {"intro": r.choice(self.INTROS), "layout": r.choice(["table", "table", "list"]),
                "col": r.choice(["A", "B"]), "answer": r.choice([0, 1, 4])}

    def render(self, c):
        C = c.C
        d = Doc()
        col = C["col"]
        cell = {}
        row = 1
        for g in c.givens():
            cell[g] = "%s%d" % (col, row)
            row += 1
        for k in range(c.n):
            cell[c.var(k)] = "%s%d" % (col, row)
            row += 1
        d.add(C["intro"])
        d.add("")
        if C["layout"] == "table":
            d.add("| Cell | Description | Formula | Value |")
            d.add("|------|-------------|---------|-------|")
            for g in c.givens():
                v = fmt(c.gval(g), "p")
                d.add("| %s | %s | %s | %s |" % (cell[g], humanize(g), v, v))
            for k in range(c.n):
                f = "=" + c.sym(k, "sheet", lambda x: cell[x])
                d.add(["| %s | %s | %s | " % (cell[c.var(k)], c.Label(k), f), c.slot(k, "p", "cell"), " |"], tag=k)
        else:
            for g in c.givens():
                d.add("%s (%s): %s" % (cell[g], humanize(g), fmt(c.gval(g), "p")))
            for k in range(c.n):
                f = "=" + c.sym(k, "sheet", lambda x: cell[x])
                d.add(["%s (%s): %s → " % (cell[c.var(k)], c.Label(k), f), c.slot(k, "p", "cell")], tag=k)
        d.add("")
        d.add(["Cell %s holds the result: " % cell[c.var(c.last)]] + c.say(c.last) + ["."])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 8. javascript
class JavaScript:
    name = "javascript"
    hash = True
    carry_final = True

    INTROS = ["Here's a quick JavaScript solution:", "Let's compute it in JavaScript:",
              "We can solve this with a few lines of JavaScript.", "JavaScript version:"]

    def choices(self, r):
        return {"intro": r.choice(self.INTROS), "func": r.random() < 0.35, "cmt": r.choice(["bare", "calc", "calc"]),
                "logcmt": r.random() < 0.5, "out": r.choice(["colon", "fence", "prints"]),
                "closing": r.choice(["sentence", "final"]), "answer": r.choice([0, 1, 2]),
                "decl": r.choice(["const", "const", "let"])}

    def render(self, c):
        C = c.C
        d = Doc()
        d.add(C["intro"])
        d.add("")
        d.add("```javascript")
        ind = ""
        fname = camel(c.var(c.last))
        fname = "compute" + fname[:1].upper() + fname[1:]
        if C["func"]:
            d.add("function %s() {" % fname)
            ind = "  "
        for g in c.givens():
            d.add("%s%s %s = %s;" % (ind, C["decl"], camel(g), fmt(c.gval(g), "j")))
        d.add("")
        for k in range(c.n):
            s = c.slot(k, "j", "comment")
            cm = [s] if C["cmt"] == "bare" else [c.nexpr(k, "js"), " = ", s]
            d.add(["%s%s %s = %s; // " % (ind, C["decl"], camel(c.var(k)), c.sym(k, "js", camel))] + cm, tag=k)
        last = camel(c.var(c.last))
        if C["func"]:
            d.add("%sreturn %s;" % (ind, last))
            d.add("}")
            d.add("")
            target = "%s()" % fname
        else:
            d.add("")
            target = last
        if C["logcmt"]:
            d.add(["console.log(%s); // " % target, c.slot(c.last, "j", "output")])
        else:
            d.add("console.log(%s);" % target)
        d.add("```")
        d.add("")
        if C["out"] == "colon":
            d.add(["Output: ", c.slot(c.last, "j", "output")])
        elif C["out"] == "fence":
            d.add("Output:")
            d.add("```")
            d.add(c.slot(c.last, "j", "output"))
            d.add("```")
        else:
            d.add(["Running this prints `", c.slot(c.last, "j", "output"), "`."])
        d.add("")
        closing(c, d, C["closing"])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 9. repl
class Repl:
    name = "repl"
    hash = True
    carry_final = True

    INTROS = ["Let me work it out in a Python shell:", "Quick check in the Python REPL:",
              "Using the Python interpreter:", "Let's compute this interactively:"]

    def choices(self, r):
        return {"intro": r.choice(self.INTROS), "mode": r.choice(["literal", "literal", "vars"]),
                "fence": r.choice(["python", "pycon", ""]), "cmts": r.random() < 0.5,
                "closing": r.choice(["sentence", "final", "bullets"]), "answer": r.choice([0, 1, 2, 4])}

    def render(self, c):
        C = c.C
        d = Doc()
        d.add(C["intro"])
        d.add("")
        d.add("```" + C["fence"])
        for k in range(c.n):
            if C["mode"] == "literal":
                expr = c.lit(k)
                cm = ("  # " + c.label(k)) if C["cmts"] else ""
                d.add(">>> " + expr + cm, tag=k)
                d.add(Slot(k, typed_display(c, k, expr), "output", "r", expr), tag=k)
            else:
                # givens written as literals, earlier steps by name
                def leaf(nm, k=k):
                    if nm in c.P["givens"]:
                        return fmt(c.val(nm), "p")
                    return nm
                expr = unparse(c.steps[k]["expr"], leaf, "ascii")
                cm = ("  # " + c.label(k)) if C["cmts"] else ""
                d.add(">>> %s = %s%s" % (c.var(k), expr, cm), tag=k)
                d.add(">>> " + c.var(k), tag=k)
                d.add(c.slot(k, "r", "output"), tag=k)
        d.add("```")
        d.add("")
        closing(c, d, C["closing"])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 10. pseudocode
class Pseudocode:
    name = "pseudocode"
    hash = True
    carry_final = True

    def choices(self, r):
        return {"mode": r.choice(["arrow", "set", "chain"]), "intro": r.choice(["Algorithm:", "Pseudocode:",
                "Here is the computation as pseudocode:", "Let me lay out the steps as an algorithm."]),
                "cmt": r.choice(["eq", "calc"]), "answer": r.choice([0, 1, 2, 4])}

    def render(self, c):
        C = c.C
        d = Doc()
        d.add(C["intro"])
        d.add("")
        if C["mode"] in ("arrow", "set"):
            d.add("```")
            for g in c.givens():
                if C["mode"] == "arrow":
                    d.add("%s ← %s" % (g, fmt(c.gval(g), "p")))
                else:
                    d.add("SET %s TO %s" % (g, fmt(c.gval(g), "p")))
            for k in range(c.n):
                s = c.slot(k, "p", "comment")
                if C["mode"] == "arrow":
                    cm = ["= ", s] if C["cmt"] == "eq" else [c.nexpr(k, "pseudo"), " = ", s]
                    d.add(["%s ← %s    // " % (c.var(k), c.sym(k, "pseudo"))] + cm, tag=k)
                else:
                    cm = [s] if C["cmt"] == "eq" else [c.nexpr(k, "pseudo_ascii"), " = ", s]
                    d.add(["SET %s TO %s    // " % (c.var(k), c.sym(k, "pseudo_ascii"))] + cm, tag=k)
            if C["mode"] == "arrow":
                d.add("return " + c.var(c.last))
            else:
                d.add("OUTPUT " + c.var(c.last))
            d.add("```")
        else:
            for k in range(c.n):
                d.add(["%d. %s ← %s = %s = " % (k + 1, c.var(k), c.sym(k, "pseudo"), c.nexpr(k, "pseudo")),
                       c.slot(k, "p", "prose")], tag=k)
            d.add("%d. return %s" % (c.n + 1, c.var(c.last)))
        d.add("")
        d.add(c.say(c.last, capfirst=True) + ["."])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 11. fstring
class FString:
    name = "fstring"
    hash = True
    carry_final = True

    def choices(self, r):
        return {"intro": r.choice(INTROS_CODE), "headers": r.random() < 0.5,
                "out": r.choice(["colon_fence", "fence"]), "closing": r.choice(["sentence", "final"]),
                "answer": r.choice([0, 1, 2, 4]), "comma_fmt": r.random() < 0.5}

    def fspec(self, c, k):
        v = c.sval(k)
        if c.smoney(k) and v.is_float():
            return ":.2f", "f2"
        if not v.is_float() and c.C["comma_fmt"] and v.ex >= 1000:
            return ":,", "c"
        return "", "r"

    def render(self, c):
        C = c.C
        d = Doc()
        if C["intro"]:
            d.add(C["intro"])
            d.add("")
        d.add("```python")
        for g in c.givens():
            d.add("%s = %s" % (g, pylit(c.gval(g))))
        d.add("")
        for k in range(c.n):
            if C["headers"]:
                d.add("# " + c.Label(k), tag=k)
            d.add("%s = %s" % (c.var(k), c.steps[k]["expr"]), tag=k)
        d.add("")
        for k in range(c.n):
            spec, _ = self.fspec(c, k)
            dollar = "$" if c.smoney(k) else ""
            d.add('print(f"%s: %s{%s%s}")' % (c.Label(k), dollar, c.var(k), spec))
        d.add("```")
        d.add("")
        if C["out"] == "colon_fence":
            d.add("Output:")
            d.add("```")
        else:
            d.add("```output")
        for k in range(c.n):
            _, kind = self.fspec(c, k)
            dollar = "$" if c.smoney(k) else ""
            d.add(["%s: %s" % (c.Label(k), dollar), c.slot(k, kind, "output")])
        d.add("```")
        d.add("")
        closing(c, d, C["closing"])
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 12. prose_verify
class ProseVerify:
    name = "prose_verify"
    hash = True
    carry_final = False

    CONN_FIRST = ["First, ", "To start, ", ""]
    CONN_MID = ["Then ", "Next, ", "", "That means "]
    CONN_LAST = ["So ", "Finally, ", "Therefore, "]

    def choices(self, r):
        return {"ops": r.choice(["uni", "times", "ascii"]), "dollars": r.random() < 0.5,
                "commas": r.random() < 0.6, "conn": r.randrange(3), "mid": r.randrange(4),
                "verify": r.choice(["Let me double-check the last step in Python:",
                                    "Quick verification of the final calculation:",
                                    "Verifying the last step with code:"]),
                "out": r.choice(["colon", "fence"]), "answer": r.choice([0, 1, 2, 4])}

    def render(self, c):
        C = c.C
        d = Doc()
        for k in range(c.n):
            if k == 0:
                conn = self.CONN_FIRST[C["conn"]]
            elif k == c.last:
                conn = self.CONN_LAST[C["conn"]]
            else:
                conn = self.CONN_MID[(C["mid"] + k) % 4]
            if c.P["say"][k].split(" ")[0] in ("that", "it", "That", "It") and k != c.last:
                conn = ""
            eq = [c.nexpr(k, C["ops"], commas=C["commas"], dollars=C["dollars"])]
            parts = c.say(k, eq=eq, commas=C["commas"])
            if conn:
                parts = [conn] + parts
            d.add(cap(parts) + ["."], tag=k)
        d.add("")
        d.add(C["verify"])
        d.add("")
        d.add("```python")
        expr = c.lit(c.last)
        r, shown = eval_display(expr)
        d.add("print(%s)" % expr)
        d.add("```")
        if C["out"] == "colon":
            d.add(["Output: ", Slot(c.last, shown, "output", "r", expr)])
        else:
            d.add("```output")
            d.add(Slot(c.last, shown, "output", "r", expr))
            d.add("```")
        d.add("")
        d.add(answer_line(c, C["answer"]))
        return d


# =========================================================== 13. gsm8k_annot
class Gsm8kAnnot:
    name = "gsm8k_annot"
    hash = True
    carry_final = True

    def choices(self, r):
        return {"ops": r.choice(["ascii", "ascii", "times"])}

    def render(self, c):
        C = c.C
        d = Doc()
        for k in range(c.n):
            a = c.nexpr(k, "annot")
            v1 = c.slot(k, "p", "annot")
            v2 = c.slot(k, "p", "annot")
            dollar = "$" if c.smoney(k) else ""
            value = [dollar + "<<" + a + "=", v1, ">>", v2]
            eq = [c.nexpr(k, C["ops"])]
            d.add(c.say(k, eq=eq, value=value, capfirst=True) + ["."], tag=k)
        return d


STYLES = [PyOutput(), Tora(), Pal(), InlineSteps(), CalcArrow(), ReactTool(), Spreadsheet(),
          JavaScript(), Repl(), Pseudocode(), FString(), ProseVerify(), Gsm8kAnnot()]
STYLE_BY_NAME = {s.name: s for s in STYLES}
