"""Values, number formatting and expression rendering for the generator."""
import ast
from fractions import Fraction


class Val:
    """A value as Python would hold it (py: int/float) plus its exact value."""
    __slots__ = ("py", "ex")

    def __init__(self, py, ex):
        self.py = py
        self.ex = ex

    @staticmethod
    def parse(spec):
        if isinstance(spec, int):
            return Val(spec, Fraction(spec))
        s = str(spec)
        return Val(float(s), Fraction(s))

    def is_float(self):
        return isinstance(self.py, float)

    def with_ex(self, ex):
        """Same Python type, new exact value."""
        if self.is_float():
            return Val(float(ex), ex)
        assert ex.denominator == 1
        return Val(int(ex), ex)

    def __repr__(self):
        return "Val(%r)" % (self.py,)


def dec_str(ex):
    """Minimal decimal string of an exact terminating Fraction."""
    if ex.denominator == 1:
        return str(ex.numerator)
    neg = ex < 0
    ex = abs(ex)
    for d in range(1, 12):
        scaled = ex * 10 ** d
        if scaled.denominator == 1:
            n = scaled.numerator
            s = str(n).rjust(d + 1, "0")
            out = s[:-d] + "." + s[-d:]
            return ("-" if neg else "") + out
    raise ValueError("non-terminating %r" % ex)


def commas(s):
    if "." in s:
        a, b = s.split(".", 1)
        return commas(a) + "." + b
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    out = ""
    while len(s) > 3:
        out = "," + s[-3:] + out
        s = s[:-3]
    return ("-" if neg else "") + s + out


def money_str(ex):
    if ex.denominator == 1:
        return str(ex.numerator)
    c = ex * 100
    assert c.denominator == 1, ex
    c = c.numerator
    return "%d.%02d" % (c // 100, c % 100)


def fmt(v, kind):
    """Format a Val by kind.
    p  plain            pc plain with thousands commas
    m  money (2 dp)     mc money with commas
    r  Python str()     j  JavaScript number
    f2 Python :.2f      c  Python :, (ints)
    """
    ex = v.ex
    if kind == "p":
        return dec_str(ex)
    if kind == "pc":
        return commas(dec_str(ex))
    if kind == "m":
        return money_str(ex)
    if kind == "mc":
        return commas(money_str(ex))
    if kind == "r":
        return str(v.py)
    if kind == "j":
        return dec_str(ex)
    if kind == "f2":
        return format(v.py, ".2f")
    if kind == "c":
        return format(v.py, ",")
    raise KeyError(kind)


def nice(v):
    """True if the value is positive, has <= 2 decimals and Python shows it exactly."""
    if v.ex <= 0:
        return False
    if (v.ex * 100).denominator != 1:
        return False
    try:
        return Fraction(repr(v.py)) == v.ex
    except ValueError:
        return False


# ---------------------------------------------------------------- expressions

_PARSED = {}


def parse(expr):
    if expr not in _PARSED:
        _PARSED[expr] = ast.parse(expr, mode="eval").body
    return _PARSED[expr]


def names_in(expr):
    out = []
    for n in ast.walk(parse(expr)):
        if isinstance(n, ast.Name) and n.id not in out and n.id != "round":
            out.append(n.id)
    return out


def eval_exact(node, env):
    if isinstance(node, str):
        node = parse(node)
    if isinstance(node, ast.Constant):
        return Fraction(repr(node.value)) if isinstance(node.value, float) else Fraction(node.value)
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.BinOp):
        a = eval_exact(node.left, env)
        b = eval_exact(node.right, env)
        op = type(node.op)
        if op is ast.Add:
            return a + b
        if op is ast.Sub:
            return a - b
        if op is ast.Mult:
            return a * b
        if op is ast.Div:
            return a / b
        if op is ast.FloorDiv:
            return Fraction(a // b)
        if op is ast.Mod:
            return a % b
    if isinstance(node, ast.Call) and node.func.id == "round":
        return Fraction(round(eval_exact(node.args[0], env)))
    raise ValueError(ast.dump(node))


_COMPILED = {}


def eval_py(expr, env):
    """Evaluate with real Python semantics (ints, floats, //, %, round)."""
    if expr not in _COMPILED:
        _COMPILED[expr] = compile(expr, "<e>", "eval")
    return eval(_COMPILED[expr], {"__builtins__": {}, "round": round}, dict(env))


PREC = {ast.Add: 10, ast.Sub: 10, ast.Mult: 20, ast.Div: 20, ast.FloorDiv: 20, ast.Mod: 20}

OPS = {
    # python / ascii prose
    "ascii": {ast.Add: " + ", ast.Sub: " - ", ast.Mult: " * ", ast.Div: " / ",
              ast.FloorDiv: " // ", ast.Mod: " % "},
    # unicode prose
    "uni": {ast.Add: " + ", ast.Sub: " − ", ast.Mult: " × ", ast.Div: " ÷ ",
            ast.FloorDiv: "FLOOR", ast.Mod: " mod "},
    # prose with x-sign only for multiplication
    "times": {ast.Add: " + ", ast.Sub: " - ", ast.Mult: " × ", ast.Div: " / ",
              ast.FloorDiv: "FLOOR", ast.Mod: " mod "},
    # GSM8K calculator annotation (no spaces)
    "annot": {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
              ast.FloorDiv: "//", ast.Mod: "%"},
    "js": {ast.Add: " + ", ast.Sub: " - ", ast.Mult: " * ", ast.Div: " / ",
           ast.FloorDiv: "JSFLOOR", ast.Mod: " % "},
    "sheet": {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
              ast.FloorDiv: "SHEETINT", ast.Mod: "SHEETMOD"},
    "pseudo": {ast.Add: " + ", ast.Sub: " − ", ast.Mult: " × ", ast.Div: " / ",
               ast.FloorDiv: "FLOOR", ast.Mod: " mod "},
    "pseudo_ascii": {ast.Add: " + ", ast.Sub: " - ", ast.Mult: " * ", ast.Div: " / ",
                     ast.FloorDiv: "FLOOR", ast.Mod: " mod "},
}


def unparse(node, leaf, ops):
    """Render an expression AST. leaf(name) -> str for names; constants as repr."""
    if isinstance(node, str):
        node = parse(node)
    o = OPS[ops]

    def rec(n):
        if isinstance(n, ast.Constant):
            return repr(n.value), 100
        if isinstance(n, ast.Name):
            return leaf(n.id), 100
        if isinstance(n, ast.Call):
            inner, _ = rec(n.args[0])
            if ops == "js":
                return "Math.round(%s)" % inner, 100
            if ops == "sheet":
                return "ROUND(%s,0)" % inner, 100
            return "round(%s)" % inner, 100
        if isinstance(n, ast.BinOp):
            p = PREC[type(n.op)]
            ls, lp = rec(n.left)
            rs, rp = rec(n.right)
            sym = o[type(n.op)]
            if sym == "FLOOR":
                if ops in ("pseudo", "pseudo_ascii"):
                    return "floor(%s / %s)" % (ls, rs), 100
                return "⌊%s ÷ %s⌋" % (ls, rs), 100
            if sym == "JSFLOOR":
                return "Math.floor(%s / %s)" % (ls, rs), 100
            if sym == "SHEETINT":
                return "INT(%s/%s)" % (ls, rs), 100
            if sym == "SHEETMOD":
                return "MOD(%s,%s)" % (ls, rs), 100
            if lp < p:
                ls = "(" + ls + ")"
            if rp <= p:
                rs = "(" + rs + ")"
            return ls + sym + rs, p
        raise ValueError(ast.dump(n))

    return rec(node)[0]


def top_op(expr):
    n = parse(expr)
    if isinstance(n, ast.BinOp):
        return type(n.op)
    return None


def camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def humanize(name):
    s = name.replace("_", " ")
    return s[:1].upper() + s[1:]
