"""Gates for structured outputs, both incremental: ``json`` (a streaming parser that rejects at the first char
that cannot continue a JSON value) and ``python_syntax`` (each completed top-level statement must parse)."""

from __future__ import annotations

import json as jsonlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from mcrgen.errors import ValidatorError
from mcrgen.validators import CheckContext, Fail, validator

# --- JSON --------------------------------------------------------------------------------------------------

_WS = " \t\r\n"
_NUMBER_NEXT = {  # number grammar: state -> {char class: next state}; a missing entry ends (or breaks) the number
    "start": {"-": "sign", "0": "zero", "d": "int"},
    "sign": {"0": "zero", "d": "int"},
    "zero": {".": "dot", "e": "e"},
    "int": {"0": "int", "d": "int", ".": "dot", "e": "e"},
    "dot": {"0": "frac", "d": "frac"},
    "frac": {"0": "frac", "d": "frac", "e": "e"},
    "e": {"+": "esign", "-": "esign", "0": "exp", "d": "exp"},
    "esign": {"0": "exp", "d": "exp"},
    "exp": {"0": "exp", "d": "exp"},
}
_NUMBER_ENDS = {"zero", "int", "frac", "exp"}
_FENCE_OPEN = re.compile(r"```[ \t]*(?:json)?[ \t]*\n")


@dataclass(slots=True)
class JsonScanner:
    """A pushdown recogniser fed one char at a time; ``error`` says why the text cannot be JSON any more."""

    stack: list[str] = field(default_factory=list)
    expect: str = "value"
    token: str = ""  # "string", "key", "number", "literal" or "" between tokens
    sub: Any = None  # number state, literal remainder, or string escape state
    done: bool = False
    error: str = ""

    def feed(self, c: str) -> bool:
        """Consume ``c``; False (with ``error`` set) when no JSON text can continue this way."""
        if self.token == "number":
            cls = "d" if c in "123456789" else ("e" if c in "eE" else c)
            nxt = _NUMBER_NEXT[self.sub].get(cls)
            if nxt is not None:
                self.sub = nxt
                return True
            if self.sub not in _NUMBER_ENDS:
                return self._fail(f"unfinished number before {c!r}")
            self._value_done()
        if self.token == "literal":
            if c != self.sub[0]:
                return self._fail(f"{c!r} in a literal (true, false, null)")
            self.sub = self.sub[1:]
            if not self.sub:
                self._value_done()
            return True
        if self.token in ("string", "key"):
            return self._string(c)
        if c in _WS:
            return True
        return self._structural(c)

    def _string(self, c: str) -> bool:
        if self.sub == "\\":
            if c == "u":
                self.sub = 4
            elif c in '"\\/bfnrt':
                self.sub = None
            else:
                return self._fail(f"bad escape \\{c}")
        elif isinstance(self.sub, int):
            if c not in "0123456789abcdefABCDEF":
                return self._fail(f"bad \\u escape char {c!r}")
            self.sub = self.sub - 1 or None
        elif c == "\\":
            self.sub = "\\"
        elif c == '"':
            was_key = self.token == "key"
            self.token, self.sub = "", None
            if was_key:
                self.expect = "colon"
            else:
                self._value_done()
        elif ord(c) < 0x20:
            return self._fail("a control character (raw newline?) inside a string")
        return True

    def _structural(self, c: str) -> bool:
        e = self.expect
        if self.done:
            return self._fail(f"{c!r} after the end of the JSON value")
        if e in ("value", "value_or_end"):
            if c == "]" and e == "value_or_end":
                return self._close("array")
            return self._start_value(c)
        if e in ("key", "key_or_end"):
            if c == '"':
                self.token, self.sub = "key", None
                return True
            if c == "}" and e == "key_or_end":
                return self._close("object")
            return self._fail(f"{c!r} where a key (a string) belongs")
        if e == "colon":
            if c == ":":
                self.expect = "value"
                return True
            return self._fail(f"{c!r} where ':' belongs")
        if c == ",":
            self.expect = "key" if self.stack[-1] == "object" else "value"
            return True
        if c in "}]":
            return self._close("object" if c == "}" else "array")
        return self._fail(f"{c!r} where ',' or a closing bracket belongs")

    def _start_value(self, c: str) -> bool:
        if c == "{":
            self.stack.append("object")
            self.expect = "key_or_end"
        elif c == "[":
            self.stack.append("array")
            self.expect = "value_or_end"
        elif c == '"':
            self.token, self.sub = "string", None
        elif c == "-" or c.isdigit():
            self.token, self.sub = "number", _NUMBER_NEXT["start"]["d" if c in "123456789" else c]
        elif c in "tfn":
            self.token, self.sub = "literal", {"t": "rue", "f": "alse", "n": "ull"}[c]
        else:
            return self._fail(f"{c!r} cannot start a JSON value")
        return True

    def _close(self, kind: str) -> bool:
        if not self.stack or self.stack[-1] != kind:
            return self._fail(f"unbalanced closing bracket for {kind}")
        self.stack.pop()
        self._value_done()
        return True

    def _value_done(self) -> None:
        self.token, self.sub = "", None
        if self.stack:
            self.expect = "comma_or_end"
        else:
            self.done = True

    def finish(self) -> bool:
        """At the end of the text: a number may end there; anything else open is an unfinished value."""
        if self.token == "number" and self.sub in _NUMBER_ENDS:
            self._value_done()
        if not self.done:
            return self._fail("the JSON value is not finished")
        return True

    def _fail(self, why: str) -> bool:
        self.error = why
        return False


def _json_start(text: str, fenced: bool) -> int | None:
    """Where the JSON begins: after leading whitespace and, if allowed, a ```json fence line (None: not yet known)."""
    i = len(text) - len(text.lstrip())
    if fenced and text[i : i + 3] == "```":
        m = _FENCE_OPEN.match(text, i)
        return m.end() if m else (None if "\n" not in text[i:] else i)
    if fenced and i < len(text) and "```".startswith(text[i:].rstrip()) and text[i:].strip():
        return None
    return i


def _check_schema_itself(params: Mapping[str, Any]) -> None:
    schema = params.get("schema")
    if not schema:
        return
    import jsonschema

    try:
        jsonschema.validators.validator_for(schema).check_schema(schema)
    except jsonschema.SchemaError as exc:
        where = "/".join(map(str, exc.absolute_path)) or "(top)"
        raise ValidatorError(f"json: the schema is invalid at {where}: {exc.message}"[:300]) from None


@validator(prefix_safe=True, check=_check_schema_itself)
def json(text: str, ctx: CheckContext, *, schema: dict[str, Any] = {}, fenced: bool = True) -> Fail | None:  # noqa: B006
    """The text is one JSON value, checked as it streams: the first char that no JSON text could continue with
    (prose before the value, a missing comma, a raw newline inside a string) rejects at once. With ``fenced``
    a ```json ... ``` fence around it is allowed. The finished value is checked against ``schema`` (a JSON
    Schema, inline in the recipe) when one is given."""
    st = ctx.state
    if "start" not in st:
        start = _json_start(text, fenced)
        if start is None:
            return None
        st.update(start=start, pos=start, scanner=JsonScanner(), end=None, schema=schema)
    scanner: JsonScanner = st["scanner"]
    for i in range(st["pos"], len(text)):
        if scanner.done and st["end"] is None:
            st["end"] = i
        if scanner.done and fenced and text.startswith("```", i):
            return _after_fence(text, i, ctx)
        if not scanner.feed(text[i]):
            return Fail("json_invalid", at=i, detail=scanner.error)
    st["pos"] = len(text)
    if not ctx.final:
        return None
    if not scanner.finish():
        return Fail("json_incomplete", at=len(text), detail=scanner.error)
    return _check_schema(text[st["start"] : st["end"] or len(text)], schema)


def _after_fence(text: str, i: int, ctx: CheckContext) -> Fail | None:
    rest = text[i + 3 :]
    if rest.strip():
        return Fail("json_invalid", at=i + 3 + len(rest) - len(rest.lstrip()), detail="text after the closing fence")
    ctx.state["pos"] = i  # re-read the fence next time: more text may follow it
    if not ctx.final:
        return None
    return _check_schema(text[ctx.state["start"] : ctx.state["end"] or i], ctx_schema(ctx))


def ctx_schema(ctx: CheckContext) -> dict[str, Any]:
    schema: dict[str, Any] = ctx.state.get("schema", {})
    return schema


def _check_schema(doc: str, schema: dict[str, Any]) -> Fail | None:
    if not schema:
        return None
    import jsonschema

    try:
        jsonschema.validate(jsonlib.loads(doc), schema)
    except jsonschema.ValidationError as exc:
        where = "/".join(map(str, exc.absolute_path)) or "(top)"
        return Fail("json_schema", detail=f"{where}: {exc.message}"[:300])
    except jsonschema.SchemaError as exc:
        return Fail("json_schema", detail=f"the schema itself is invalid: {exc.message}"[:300])
    return None


# --- Python ------------------------------------------------------------------------------------------------

_CODE_OPEN = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n")
_CONTINUES = re.compile(r"(?:else|elif|except|finally|case)\b|[)\]}#]")
# What compile() says about a text that stops too early (more text can fix it), as opposed to a real error.
_UNFINISHED = ("was never closed", "unexpected EOF", "unterminated triple-quoted", "unterminated string")


def code_blocks(text: str, fenced: bool) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each piece of code: ```python fenced blocks, or the whole text."""
    if not fenced:
        return [(0, len(text), False)]
    out: list[tuple[int, int, bool]] = []
    resume = 0
    for m in _CODE_OPEN.finditer(text):
        if m.start() < resume:
            continue  # the previous block's closing fence (or something inside that block)
        close = text.find("\n```", m.end() - 1)
        out.append((m.end(), close + 1 if close >= 0 else len(text), close >= 0))
        if close < 0:
            break
        resume = close + 4
    return out


def _last_cut(code: str) -> int:
    """Offset of the last line that starts at column 0 and begins a new top-level statement (0 if none):
    everything before it is a run of complete statements."""
    for m in reversed(list(re.finditer(r"(?m)^(?=\S)", code))):
        pos = m.start()
        if pos == 0 or _CONTINUES.match(code, pos):
            continue
        before = code[:pos].rstrip()
        if before.endswith("\\") or before.rsplit("\n", 1)[-1].lstrip().startswith("@"):
            continue  # a line continuation, or a decorator waiting for its def
        return pos
    return 0


def _syntax_error(code: str, offset: int, complete: bool) -> Fail | None:
    try:
        compile(code, "<generated>", "exec", dont_inherit=True)
    except SyntaxError as exc:
        if not complete and any(u in str(exc.msg) for u in _UNFINISHED):
            return None
        lines = code.splitlines(keepends=True)
        line = min(max(exc.lineno or 1, 1), len(lines) or 1)
        at = offset + sum(len(x) for x in lines[: line - 1])
        return Fail("python_syntax", at=at, detail=f"line {line}: {exc.msg}")
    except ValueError as exc:  # e.g. a null byte in the source
        return Fail("python_syntax", at=offset, detail=str(exc))
    return None


@validator(prefix_safe=True)
def python_syntax(text: str, ctx: CheckContext, *, fenced: bool = True) -> Fail | None:
    """The Python code parses, checked as it streams: each time a new top-level statement starts, everything
    before it must compile, so a broken ``def`` rejects as soon as the next one begins. With ``fenced`` (the
    default) only ```python fenced blocks are code (prose around them is free) and the finished text must have
    one; otherwise the whole text is code. Code is parsed, never run."""
    blocks = code_blocks(text, fenced)
    if ctx.final and not blocks:
        return Fail("no_code", detail="no ```python block")
    checked: dict[int, int] = ctx.state.setdefault("checked", {})
    for start, end, closed in blocks:
        code = text[start:end]
        if closed and checked.get(start) == -1:
            continue  # a closed block that parsed stays parsed
        if closed or ctx.final:
            fail = _syntax_error(code, start, complete=True)
            checked[start] = -1
        else:
            cut = _last_cut(code)
            if cut <= checked.get(start, 0):
                continue
            checked[start] = cut
            fail = _syntax_error(code[:cut], start, complete=False)
        if fail is not None:
            return fail
    return None
