"""Values that program-of-thought solutions state about their own code: the comment after an assignment
(``total = price * qty  # 42``, ``const left = a - b; // 19``, ``SET minutes TO needed / rate    // 61``) and
the line a REPL prints after an expression (``>>> 12 / 2`` then ``6.0``). The code is evaluated line by line, with
the values its earlier assignments gave its names, and the stated value must be what it computes.

Only what is certain is judged: an assignment whose right side is numbers, known names, ``+ - * / // % **``,
parentheses and ``round``/``int``/``abs``/``min``/``max``/``ceil``/``floor``; a comment that begins with one
number (after ``=``, ``->`` or ``→``) which the right side does not itself write (``# 60 minutes per hour``
explains a constant). A complete line is read once, so the verdict does not depend on how the stream is cut.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from typing import Any

from mcrgen.validators import restated
from mcrgen.validators.lexer import parse_num, tokenize
from mcrgen.validators.readings import matches
from mcrgen.validators.tokens import NUM

_ASSIGN = re.compile(
    r"[ \t]*(?:>>>[ \t]*)?(?:(?:const|let|var|SET)[ \t]+)?([A-Za-z_]\w*)[ \t]*(?:=(?!=)|←|:=|\bTO\b)"
    r"[ \t]*(.+?)[ \t]*;?[ \t]*"
)
_COMMENT = re.compile(r"[ \t]#|;[ \t]*//|[ \t]{2,}//")
"""Where a code comment opens: ``#``, or ``//`` after a statement's ``;`` or two blanks (``a // b`` is Python's
floor division)."""
_REPL = re.compile(r"[ \t]*>>>[ \t]*([^=\n]+?)[ \t]*")
_STATED = re.compile(r"(?:=|->|→|=>)?[ \t]*\$?(-?\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d)[ \t]*([A-Za-z][\w \t]*)?$")
_CELL = re.compile(
    r"[ \t]*\|[ \t]*([A-Z]{1,2}\d{1,3})[ \t]*\|[^|\n]*\|[ \t]*(=?[^|\n]+?)[ \t]*\|"
    r"[ \t]*\$?(-?[\d,]*\.?\d+)[ \t]*\|[ \t]*"
    r"|[ \t]*([A-Z]{1,2}\d{1,3})[ \t]*\([^)\n]*\):[ \t]*(?:(=[^→\n]+?)[ \t]*(?:→|->|=>)[ \t]*)?"
    r"\$?(-?[\d,]*\.?\d+)[ \t]*"
)
"""A spreadsheet's cell: a table row ``| A4 | Bolts per robe | =A1+A3 | 12 |`` or ``A4 (Cost): =A1*A2 → 23.25``."""
_PRINTED = re.compile(r"""[ \t]*print\(f?["']([^"'{]*)\{([A-Za-z_]\w*)(?::[^}]*)?\}""")
"""A print of a label and a name's value (``print(f"Total bolts: {total_bolts}")``): its output line is read."""
_CODE = re.compile(
    r"```|>>>|<tool_call>|\n(?:Observation|Action):|\A(?:Observation|Action):|[ \t]#[ \t]|//"
    r"|\b(?:(?:def|const|let|var|SET|print)\b|calc(?:ulator)?\()|\|[ \t]*[A-Z]\d|\b[A-Z]\d \(|←"
)
"""Signs of code, a REPL or a spreadsheet: the lines are read only once one has come."""
_CODE_CHARS = "``` >>> <tool_call> Observation: Action: # // def const let var SET print calc | ( ←".split()
"""A substring each of :data:`_CODE`'s branches holds: chars with none of them are not searched (Python's engine
tries every branch at every char: about 110 ns a char, most of what reading prose cost this module)."""


def _may_be_code(text: str, pos: int) -> bool:
    return any(text.find(sign, pos) >= 0 for sign in _CODE_CHARS) and _CODE.search(text, pos) is not None


_PLAIN = re.compile(r"[ \t]*(-?\d+(?:\.\d+)?)[ \t]*$")
_SYMBOLS = str.maketrans({"×": "*", "÷": "/", "−": "-", "–": "-"})
_FUNCTIONS: dict[str, Any] = {
    "round": round, "int": int, "float": float, "abs": abs, "min": min, "max": max, "ceil": math.ceil,
    "floor": math.floor, "math.ceil": math.ceil, "math.floor": math.floor, "Math.round": round,
    "Math.ceil": math.ceil, "Math.floor": math.floor, "Math.abs": abs, "INT": int, "ROUND": round, "ABS": abs,
    "MIN": min, "MAX": max,
}  # fmt: skip
_OPS: dict[type, Callable[[float, float], float | None]] = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b, ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b,
    ast.Pow: lambda a, b: a**b if abs(b) <= 12 else None,
}  # fmt: skip


def _value(node: ast.AST, env: dict[str, float]) -> float | None:
    """The value of an expression of numbers, known names, operators and a few functions; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
        return float(node.value)
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        v = _value(node.operand, env)
        return None if v is None else (-v if isinstance(node.op, ast.USub) else v)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        a, b = _value(node.left, env), _value(node.right, env)
        if a is None or b is None:
            return None
        try:
            v = _OPS[type(node.op)](a, b)
        except (ZeroDivisionError, OverflowError, ValueError):
            return None
        return None if v is None or isinstance(v, complex) else float(v)
    if isinstance(node, ast.Call) and not node.keywords:
        fn = _FUNCTIONS.get(ast.unparse(node.func))
        args = [_value(a, env) for a in node.args]
        if fn is None or not args or any(a is None for a in args):
            return None
        try:
            if fn is round and len(args) == 2:
                return float(round(args[0], int(args[1])))  # type: ignore[arg-type]
            return float(fn(*args))
        except (TypeError, ValueError, OverflowError):
            return None
    return None


def evaluate(expr: str, env: dict[str, float]) -> float | None:
    """The value of a code expression (see :func:`_value`), or None."""
    try:
        tree = ast.parse(expr.translate(_SYMBOLS).strip(), mode="eval")
    except (SyntaxError, ValueError):
        return None
    return _value(tree.body, env)


def check(text: str, st: dict[str, Any], final: bool, problem: str = "") -> tuple[int, str] | None:
    """The first stated value that its code does not compute, in the complete lines of ``text`` not read yet
    (``st`` keeps the names' values and where the next line starts): (offset, detail), or None. Nothing is read
    until the text shows code (:data:`_CODE`); then every line from the first, so that the names' values are
    the same however the stream was cut."""
    if not st.get("code"):
        seen: int = st.get("seen", 0)
        if not _may_be_code(text, max(0, seen - 8)):
            st["seen"] = len(text)
            return None  # prose, as most solutions are: one search over the new chars
        st["code"] = True
    env: dict[str, float] = st.setdefault("env", {})
    if "known" not in st:
        st["known"] = [t.val for t in tokenize(problem) if t.kind == NUM and t.val is not None]
    known: list[float] = st["known"]
    pos: int = st.get("from", 0)
    while True:
        end = text.find("\n", pos)
        if end < 0:
            if not final or pos >= len(text):
                break
            end = len(text)
        line, at = text[pos:end], pos
        pos = end + 1
        if (fault := restated.read_line(line, at, st.setdefault("restated", {}), known)) is not None:
            st["from"] = pos
            return fault
        pending = st.pop("repl", None)
        if pending is not None and (m := _PLAIN.fullmatch(line)) is not None:
            if not matches(pending, float(m.group(1)), _places(m.group(1))):
                st["from"] = pos
                return at + m.start(1), f"{line.strip()}: the REPL computes {pending:g}"
        if "|" in line or "(" in line:
            fault = _cell(line, env)
            if fault is not None:
                st["from"] = pos
                return at + fault[0], fault[1]
        if (printed := _PRINTED.match(line)) is not None and printed.group(2) in env:
            st.setdefault("prints", {})[printed.group(1)] = env[printed.group(2)]
        elif (output := _output(line, st.get("prints"))) is not None:
            st["from"] = pos
            return at + output[0], output[1]
        cut = _COMMENT.search(line)
        code, comment_at = (line, -1) if cut is None else (line[: cut.start()], cut.end())
        if (m := _ASSIGN.fullmatch(code)) is not None:
            value = evaluate(m.group(2), env)
            if value is None:
                env.pop(m.group(1), None)
                continue
            env[m.group(1)] = value
            known.append(value)
            restated.add_computed(st.setdefault("restated", {}), value)
            fault = None if comment_at < 0 else _commented(line, comment_at, m, value)
            if fault is not None:
                st["from"] = pos
                return at + fault[0], fault[1]
        elif (m := _REPL.fullmatch(code)) is not None:
            value = evaluate(m.group(1), env)
            if value is not None:
                st["repl"] = value
    st["from"] = pos
    return None


def _cell(line: str, env: dict[str, float]) -> tuple[int, str] | None:
    """A spreadsheet cell whose formula does not come to its value: (offset in the line, detail). Its value is
    kept under its name either way, as the sheet shows it."""
    m = _CELL.fullmatch(line)
    if m is None:
        return None
    name, formula, raw = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    stated, at = float(raw.replace(",", "")), m.start(2) if m.group(1) else m.start(5)
    env[name] = stated
    if not formula or not formula.startswith("="):
        return None
    value = evaluate(formula[1:], env)
    if value is None or matches(value, stated, _places(raw)):
        return None
    return at, f"{name} {formula}: the formula comes to {value:g}, not {raw}"


def _output(line: str, prints: dict[str, float] | None) -> tuple[int, str] | None:
    """A printed line whose value is not the one its ``print`` showed: (offset in the line, detail)."""
    if not prints:
        return None
    for label, value in prints.items():
        if label and line.startswith(label) and (m := _PLAIN.fullmatch(line, len(label))) is not None:
            if matches(value, float(m.group(1)), _places(m.group(1))):
                return None
            return m.start(1), f"{line.strip()}: the code prints {value:g}"
    return None


def _commented(line: str, at: int, m: re.Match[str], value: float) -> tuple[int, str] | None:
    """A comment (from ``at``) stating a value the assignment does not compute: (offset in the line, detail)."""
    said = _STATED.match(line, at + len(line[at:]) - len(line[at:].lstrip(" \t#/")))
    if said is None:
        return None  # one that is no value ("# 16 - 3 - 4 = 9" is read by the arithmetic scan)
    raw = said.group(1).replace(",", "")
    if re.search(rf"(?<![\d.]){re.escape(raw)}(?![\d.])", m.group(2)):
        return None  # "minutes = hours * 60  # 60 minutes per hour": the comment explains a constant
    if matches(value, float(raw), _places(raw)):
        return None
    # At the computation, as the arithmetic scan places a fault ("7 * 3  # -> 210" at the 7)
    return m.start(2), f"{m.group(1)} = {m.group(2)}: the code computes {value:g}, not {raw}"


def _places(raw: str) -> int:
    """Decimals a plain number is written with, as the lexer counts them."""
    return parse_num(raw)[1]
