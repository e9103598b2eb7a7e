"""Prompt templates: Jinja2 in a sandbox, with every name checked when the recipe loads.

A prompt sees the sample's input row (``{{ row.topic }}``, and each top-level field by itself, ``{{ topic }}``),
the outputs of earlier stages by stage name, the few-shot block ``{{ shots }}`` (and the picked examples as the
list ``{{ examples }}``), the sample id ``{{ sample_id }}`` (alias ``{{ seed_id }}``) and ``{{ repeat }}``
(0..n-1 when a row yields n samples).

The environment is sandboxed (a recipe from someone else cannot reach Python internals through a template) and
``StrictUndefined``: a misspelled name fails at load time with the template and the name, not as an empty string
in ten thousand prompts. Single braces are plain text, so LaTeX such as ``\\frac{1}{2}`` needs no escaping.
"""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.exceptions import SecurityError
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment

from mcrgen.errors import RecipeError

BUILTIN_VARS = ("shots", "examples", "sample_id", "seed_id", "repeat", "row")
DEFAULT_SHOT_FORMAT = "Example {{ number }}:\n{{ text }}"
DEFAULT_SHOT_SEPARATOR = "\n\n"

MAX_RENDER_CHARS = 10_000_000
"""Longest text one template may render (a prompt of 10 MB is far past any model's context)."""
MAX_RENDER_STEPS = 1_000_000
"""Loop steps over ``range()`` one render may take: nested loops multiply (``range(99999)`` twice never ends)."""


class _Bounded(ImmutableSandboxedEnvironment):
    """The sandbox, with rendering bounded: a recipe is data, and loading it must end (``'x' * 2000000000``,
    nested ``range`` loops, a ``**`` with a huge exponent are refused, not computed)."""

    intercepted_binops = frozenset({"*", "**"})
    steps = threading.local()

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_RENDER_CHARS
                ):
                    raise SecurityError(f"a repetition of {len(seq)} x {times} is too long")
        elif isinstance(left, int | float) and isinstance(right, int | float) and abs(left) > 1 and abs(right) > 1024:
            raise SecurityError(f"{left} ** {right} is too large")
        return super().call_binop(context, operator, left, right)


def _counted_range(*args: int) -> Iterator[int]:
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise OverflowError(f"range() of {len(r)} steps is more than {MAX_RANGE}")
    return _steps(r)


def _steps(r: range) -> Iterator[int]:
    for i in r:
        _Bounded.steps.n += 1
        if _Bounded.steps.n > MAX_RENDER_STEPS:
            raise SecurityError(f"more than {MAX_RENDER_STEPS:,} loop steps")
        yield i


_FENCED = re.compile(r"\s*```[\w+-]*[ \t]*\n?(.*?)\n?[ \t]*(?:```)?\s*", re.DOTALL)


def unfenced(text: Any) -> Any:
    """The text inside a Markdown code fence (```json ... ```, also on one line, or left open when the model
    stopped after the value), else the text as it is: the ``json`` gate accepts a fenced value (``fenced: true``,
    its default), and a dataset column wants the value (stop 49's trial)."""
    m = _FENCED.fullmatch(text) if isinstance(text, str) and text.lstrip().startswith("```") else None
    return m.group(1) if m is not None else text


_ENV = _Bounded(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
_ENV.globals["range"] = _counted_range
_ENV.filters["unfenced"] = unfenced


class NullPrinted(ValueError):
    """A prompt printed a null value."""


class UnsafeTemplateError(RecipeError):
    """A template that does what the sandbox or the render bounds refuse, whatever text it is given."""


class NullPromptError(RecipeError):
    """:class:`NullPrinted`, reported: the row has the field, so "write {% if row.FIELD is defined %}" is no help."""


def _not_null(value: Any) -> Any:
    if value is None:
        raise NullPrinted("it prints a null value (a JSON null, a CSV row cut short)")
    return value


_PROMPT_ENV = _ENV.overlay(finalize=_not_null)
"""Prompts: a null printed as "None" would be sent and paid for ("a fact for a None reader"). A test or a filter
reads a null as usual (``{% if row.level %}``, ``{{ row.level or "any" }}``)."""


@dataclass(frozen=True, slots=True)
class Template:
    """A compiled template and the name it is reported under (``stages[1] (solution).prompt``)."""

    name: str
    source: str
    prompt: bool = False
    """A prompt may print no null (:data:`_PROMPT_ENV`); an output column may (a sample without an answer)."""
    compiled: jinja2.Template = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parse(self.name, self.source)  # a syntax error names the template
        try:  # an unknown filter or test ("| fromjson") is found only when compiling
            compiled = (_PROMPT_ENV if self.prompt else _ENV).from_string(self.source)
        except TemplateSyntaxError as exc:
            raise RecipeError(f"{self.name}: {exc.message}") from None
        object.__setattr__(self, "compiled", compiled)

    def render(self, variables: Mapping[str, Any]) -> str:
        _Bounded.steps.n = 0
        try:
            out: list[str] = []
            size = 0
            for piece in self.compiled.generate(variables):
                size += len(piece)
                if size > MAX_RENDER_CHARS:
                    raise SecurityError(f"it renders more than {MAX_RENDER_CHARS:,} characters")
                out.append(piece)
            return "".join(out)
        except UndefinedError as exc:
            raise RecipeError(f"{self.name}: {_undefined_message(exc)}") from None
        except SecurityError as exc:
            raise UnsafeTemplateError(f"{self.name}: not allowed in a template: {exc}") from None
        except NullPrinted as exc:
            raise NullPromptError(f"{self.name}: {exc}; fill it, or write {{{{ FIELD or '...' }}}}") from None
        except (ArithmeticError, TypeError, ValueError, MemoryError) as exc:  # {{ 1/0 }}, range(10**9), 'a' + 1
            raise RecipeError(f"{self.name}: the template failed: {type(exc).__name__}: {exc}") from None


def _undefined_message(exc: UndefinedError) -> str:
    # Jinja says "'dict object' has no attribute 'topc'" or "'topc' is undefined": name the field plainly.
    msg = str(exc.message or exc)
    if "has no attribute" in msg:
        return f"field {msg.split('has no attribute', 1)[1].strip()} is not in the row ({msg})"
    return msg


def parse(name: str, source: str) -> set[str]:
    """Names the template reads (top level); raises RecipeError on a syntax error, naming template and line."""
    try:
        ast = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise RecipeError(f"{name}: template syntax error on its line {exc.lineno}: {exc.message}") from None
    try:
        return set(meta.find_undeclared_variables(ast))
    except TemplateSyntaxError as exc:  # it compiles the template: an unknown filter or test ("| fromjson")
        raise RecipeError(f"{name}: {exc.message}") from None


def check(name: str, source: str, available: Iterable[str], *, prompt: bool = False) -> Template:
    """Compile ``source`` (a prompt's when ``prompt``) and fail if it reads a name that is not ``available`` here."""
    known = set(available)
    unknown = sorted(parse(name, source) - known)
    if unknown:
        raise RecipeError(
            f"{name} uses {{{{ {unknown[0]} }}}}, which is not defined here (available: {', '.join(sorted(known))})"
        )
    return Template(name, source, prompt=prompt)


def row_variables(row: Mapping[str, Any], reserved: Iterable[str]) -> dict[str, Any]:
    """A row's fields as template variables; a field named like a stage or a built-in stays reachable as row.x."""
    taken = set(reserved)
    out = {k: v for k, v in row.items() if isinstance(k, str) and k.isidentifier() and k not in taken}
    out["row"] = dict(row)
    return out


def variables(
    *,
    row: Mapping[str, Any] | None,
    reserved: Iterable[str],
    outputs: Mapping[str, str],
    shots: str,
    examples: Sequence[str],
    sample_id: str,
    repeat: int,
) -> dict[str, Any]:
    """Everything a prompt of one sample may read (stage outputs win over row fields of the same name)."""
    values: dict[str, Any] = row_variables(row or {}, reserved)
    values.update(shots=shots, examples=list(examples), sample_id=sample_id, seed_id=sample_id, repeat=repeat)
    values.update(outputs)
    return values


def pick_shots(rows: Sequence[str], k: int, seed: int) -> list[str]:
    """The ``k`` few-shot examples of one sample: a deterministic draw from its seed."""
    if not rows or k == 0:
        return []
    return random.Random(seed).sample(list(rows), min(k, len(rows)))


def render_shots(picks: Sequence[str], shot_format: str = DEFAULT_SHOT_FORMAT, separator: str = "\n\n") -> str:
    """The ``{{ shots }}`` block: each example through ``shot_format`` (it sees ``number`` and ``text``)."""
    tpl = Template("seeds.format", shot_format)
    return separator.join(tpl.render({"number": i, "text": text}) for i, text in enumerate(picks, 1))


def render_messages(system: Template | None, prompt: Template, values: Mapping[str, Any]) -> list[dict[str, str]]:
    """The chat messages of one stage request: an optional system message, then the user prompt."""
    messages = [{"role": "user", "content": prompt.render(values)}]
    if system is not None:
        messages.insert(0, {"role": "system", "content": system.render(values)})
    return messages


def compile_expression(name: str, source: str) -> Any:
    """A sandboxed Jinja expression (``inputs.filter``), e.g. ``row.subject == 'biology' and row.level > 1``."""
    try:
        return _ENV.compile_expression(source, undefined_to_none=False)
    except TemplateSyntaxError as exc:
        raise RecipeError(f"{name}: expression syntax error: {exc.message}") from None
