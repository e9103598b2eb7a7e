"""The validator registry: small named functions that judge a stage's growing text.

A validator is a plain function ``fn(text, ctx, **params) -> Verdict``:

* ``text`` is the stage's text up to a checkpoint, or the whole text once ``ctx.final`` is true. A
  plug-in's checkpoints are always statement ends (it is never handed a statement still being written); the
  built-ins also get *settled results* mid-statement (``So 24 - 9 = 13 mu``, see
  :mod:`mcrgen.validators.segment`) and judge only what cannot change any more.
* ``ctx`` is a :class:`CheckContext`. ``ctx.start`` is where this validator stopped reading last time, so a
  validator only needs to look at ``text[ctx.start:]`` plus whatever it kept in ``ctx.state``; that keeps the
  per-chunk cost independent of the text's length.
* It returns ``None`` (no objection yet: pass or undecided) or a :class:`Fail`. Anything else is a bug in the
  validator: the sample it was checking fails with reason ``validator_error`` and a detail naming what it
  returned (a bare string used to become the reason silently). A validator that *raises* fails its sample the
  same way, with the exception in the detail: one bad input must not end a long run. Parameters a built-in
  can check (a regex, a JSON Schema) are checked when the recipe is read, so a bad one never reaches a stream.

``prefix_safe=True`` declares that the function may run on a prefix and that its verdicts are *monotone*: a
fault it finds in a prefix is a fault of every continuation. Only those run mid-stream; the others run once the
stage's text is complete. Monotonicity is what lets baseline mode (everything generated, then checked) reach
exactly the same verdicts as in-flight mode.

Validators come from three places, looked up in this order: the built-ins in this package, installed packages
that register ``name = "pkg.module:function"`` in the entry-point group ``mcrgen.validators`` (loaded only when
a recipe names them), and ``"module:function"`` references written in a recipe (the recipe's own folder is on
the import path, so ``my_checks:gate`` finds ``my_checks.py`` beside the recipe).

The public API for plug-ins is ``from mcrgen import validator, Fail, CheckContext``.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, overload

from mcrgen.errors import McrgenError, ValidatorError
from mcrgen.redact import scrub

ENTRY_POINT_GROUP = "mcrgen.validators"
STATEMENT_ENDERS = ("\n", ".", "!", "?")
"""A checkpoint prefix ending in one of these ends on a statement (a settled-result checkpoint never does)."""


@dataclass(frozen=True, slots=True)
class Fail:
    """A rejection: a short machine-readable ``reason`` and, optionally, the char offset ``at`` of the fault."""

    reason: str
    at: int | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        # A plug-in may build one with anything in it (``at="abc"``, ``detail=object()``), and the verdict goes on
        # to be sorted, sliced, written as JSON and printed: each field is made what it says it is, here, once.
        # The detail may quote what the plug-in saw, an API key included: it is scrubbed like every message.
        detail = self.detail if isinstance(self.detail, str) else _as_text(self.detail)
        if not isinstance(self.reason, str) or not self.reason.strip():
            # Reasons are counted by name in the report: "None", or an object's text with its address in it (one
            # row per sample), would say nothing there. What it was goes into the detail.
            said = f"the plug-in's reason was {type(self.reason).__name__} {_as_text(self.reason)[:60]!r}, not text"
            object.__setattr__(self, "reason", "rejected")
            detail = f"{said}; {detail}" if detail else said
        if self.at is not None and (isinstance(self.at, bool) or not isinstance(self.at, int) or self.at < 0):
            object.__setattr__(self, "at", None)
        object.__setattr__(self, "detail", scrub(detail) if detail else detail)


def _as_text(value: object) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 (a plug-in's object whose __str__ raises)
        return f"<{type(value).__name__}>"


Verdict = Fail | None

VALIDATOR_ERROR = "validator_error"
"""Reason of a rejection caused by a validator that raised: the sample fails, the run goes on."""


@dataclass(slots=True)
class CheckContext:
    """What a validator may know besides the text itself."""

    stage: str
    """Name of the stage whose text is being checked."""
    final: bool = False
    """True once the stage's text is complete (the stream finished normally)."""
    start: int = 0
    """Offset of the first char this validator has not examined yet."""
    inputs: Mapping[str, str] = field(default_factory=dict)
    """Outputs of earlier stages by stage name, e.g. ``inputs["problem"]`` (stripped, as later prompts saw them)."""
    answer_format: str = "gsm8k"
    """Name of the recipe's answer format (see :mod:`mcrgen.validators.formats`)."""
    expected_tokens: int | None = None
    """The stage's expected length in tokens, if the recipe gives one."""
    tokens: int = 0
    """Completion tokens delivered so far on this stream."""
    state: dict[str, Any] = field(default_factory=dict)
    """Private scratch space of one validator on one stream (e.g. a parser's position), empty at the start."""


ValidatorFn = Callable[..., Verdict]


@dataclass(frozen=True, slots=True)
class Validator:
    name: str
    fn: ValidatorFn
    prefix_safe: bool
    help: str
    params: Mapping[str, inspect.Parameter]
    source: str = "builtin"
    mid_statement: bool = False
    """It also runs at settled results inside a statement (``So 24 - 9 = 13 mu``) and judges only what is
    settled there; the others only ever see prefixes that end on a complete statement."""
    check: Callable[[Mapping[str, Any]], None] | None = None
    """Checks the recipe's parameters when the recipe is read (a bad pattern or schema is a recipe error then,
    not a failure of every sample after its tokens are spent); raises ValidatorError."""


_REGISTRY: dict[str, Validator] = {}
_BUILTINS_LOADED = False


def _describe(fn: ValidatorFn, name: str, prefix_safe: bool, source: str) -> Validator:
    sig = inspect.signature(fn)
    positional = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    spread = any(p.kind is p.VAR_POSITIONAL for p in sig.parameters.values())
    if (len(positional) < 2 and not spread) or sum(p.default is p.empty for p in positional) > 2:
        # Found now, not at the first sample: called wrong, it would reject every sample as validator_error.
        raise ValidatorError(f"{name} must take (text, ctx) and keyword-only parameters, not {sig}")
    params = {p.name: p for p in sig.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    doc = inspect.getdoc(fn) or ""
    return Validator(name, fn, prefix_safe, doc, params, source)


@overload
def validator(name: ValidatorFn, /) -> ValidatorFn: ...


@overload
def validator(
    name: str | None = None,
    *,
    prefix_safe: bool = False,
    mid_statement: bool = False,
    check: Callable[[Mapping[str, Any]], None] | None = None,
) -> Callable[[ValidatorFn], ValidatorFn]: ...


def validator(
    name: str | ValidatorFn | None = None,
    *,
    prefix_safe: bool = False,
    mid_statement: bool = False,
    check: Callable[[Mapping[str, Any]], None] | None = None,
) -> ValidatorFn | Callable[[ValidatorFn], ValidatorFn]:
    """Register ``fn`` under ``name`` (default: the function's name). Parameters must be keyword-only.

    ``prefix_safe=True`` promises that a verdict on a prefix holds for every continuation, so the gate runs
    while the text streams; with ``False`` (the default, also of a bare ``@validator``) it runs once, on the
    finished text. A plug-in named in a recipe as
    ``module:function`` is found through its function, so the name only matters for built-ins and entry points.
    ``mid_statement`` (built-ins only): it also runs at settled results inside a statement. ``check`` (built-ins
    only) checks the parameters when a recipe is read.
    """

    if callable(name):  # a bare @validator: the function itself
        return validator(None)(name)

    def register(fn: ValidatorFn) -> ValidatorFn:
        fn.mcrgen_prefix_safe = prefix_safe  # type: ignore[attr-defined]
        if name is None and not fn.__module__.startswith("mcrgen."):
            # A plug-in found through ``module:function``: registering its bare name could clash with a built-in
            # (a plug-in called ``json``), so only its in-flight declaration is recorded.
            return fn
        key = name or fn.__name__
        if key in _REGISTRY and _REGISTRY[key].fn is not fn:
            raise ValidatorError(f"validator {key!r} is registered twice")
        v = _describe(fn, key, prefix_safe, "builtin")
        _REGISTRY[key] = Validator(v.name, v.fn, v.prefix_safe, v.help, v.params, v.source, mid_statement, check)
        return fn

    return register


def _load_builtins() -> None:
    global _BUILTINS_LOADED
    if not _BUILTINS_LOADED:
        _BUILTINS_LOADED = True
        from mcrgen.validators import (  # noqa: F401  (registers on import)
            answer,
            general,
            judge,
            language,
            magnitude,
            problem,
            structured,
            trace,
        )


def _from_reference(ref: str, source: str) -> Validator:
    module_name, _, attr = ref.partition(":")
    if not module_name or not attr:
        raise ValidatorError(f"validator reference {ref!r} must look like 'package.module:function'")
    try:
        fn = getattr(importlib.import_module(module_name), attr)
    except ImportError as exc:
        raise ValidatorError(
            f"cannot load validator {ref!r}: {exc}; put {module_name.replace('.', '/')}.py beside the recipe "
            "(its folder is importable), or install the package that provides it"
        ) from exc
    except AttributeError as exc:
        raise ValidatorError(f"cannot load validator {ref!r}: {exc}") from exc
    except (Exception, SystemExit) as exc:  # the plug-in's own code failed while it was imported
        what = f"{type(exc).__name__}: {exc}"[:200]
        raise ValidatorError(f"cannot load validator {ref!r}: importing {module_name} raised {what}") from None
    if not callable(fn):
        raise ValidatorError(f"validator {ref!r} is not a function")
    # Plug-ins declare prefix safety with @validator (or the attribute); without it they only see whole texts.
    prefix_safe = bool(getattr(fn, "mcrgen_prefix_safe", False))
    return _describe(fn, ref, prefix_safe, source)


def get_validator(name: str) -> Validator:
    """Look a validator up by registered name, entry-point name, or ``package.module:function``."""
    _load_builtins()
    if name in _REGISTRY:
        return _REGISTRY[name]
    if ":" in name:
        found = _from_reference(name, "recipe")
        _REGISTRY[name] = found
        return found
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            found = _from_reference(ep.value, f"entry point {ep.value}")
            found = Validator(name, found.fn, found.prefix_safe, found.help, found.params, found.source)
            _REGISTRY[name] = found
            return found
    known = ", ".join(sorted(_REGISTRY))
    raise ValidatorError(f"unknown validator {name!r}; known: {known} (or use 'package.module:function')")


def all_validators(include_plugins: bool = True) -> list[Validator]:
    """Every built-in validator, plus installed entry-point plug-ins (listed, not imported)."""
    _load_builtins()
    found = dict(_REGISTRY)
    if include_plugins:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            if ep.name not in found:
                try:
                    found[ep.name] = get_validator(ep.name)
                except ValidatorError:
                    continue
    return sorted(found.values(), key=lambda v: v.name)


_JSON_TYPES: dict[type, tuple[type, ...]] = {
    int: (int,),
    float: (int, float),
    str: (str,),
    bool: (bool,),
    list: (list,),
}


def _check_param(v: Validator, pname: str, value: Any, where: str) -> None:
    p = v.params[pname]
    ann = p.annotation
    if isinstance(ann, str):  # postponed annotations: compare by name
        ann = {"int": int, "float": float, "str": str, "bool": bool}.get(ann.split("|")[0].strip(), None)
        if ann is None:
            return
    origin = getattr(ann, "__origin__", ann)
    allowed = _JSON_TYPES.get(origin)
    if allowed is None:
        return
    if isinstance(value, bool) and origin is not bool:
        raise ValidatorError(f"{where}: parameter {pname!r} of {v.name!r} must be {origin.__name__}, got {value!r}")
    if not isinstance(value, allowed):
        raise ValidatorError(f"{where}: parameter {pname!r} of {v.name!r} must be {origin.__name__}, got {value!r}")


@dataclass(frozen=True, slots=True)
class BoundValidator:
    """A validator with its recipe parameters fixed."""

    validator: Validator
    params: Mapping[str, Any]

    @property
    def name(self) -> str:
        return self.validator.name

    @property
    def prefix_safe(self) -> bool:
        return self.validator.prefix_safe

    def __call__(self, text: str, ctx: CheckContext) -> Fail | None:
        try:
            params = self.params
            verdict = self.validator.fn(text, ctx, **params) if params else self.validator.fn(text, ctx)
        except McrgenError:
            raise  # a configuration error (a bad pattern, an unknown language): the run cannot go on
        except Exception as exc:  # a bug or an unexpected input in one validator fails this sample, not the run
            return Fail(VALIDATOR_ERROR, detail=f"{self.name} raised {type(exc).__name__}: {exc}"[:500])
        if verdict is None or isinstance(verdict, Fail):
            return verdict
        raise ValidatorError(
            f"validator {self.name!r} ({self.validator.source}) returned {type(verdict).__name__} {verdict!r:.60}; "
            "a validator returns None (no objection) or mcrgen.Fail(reason, at=..., detail=...)"
        )

    def on_prefix(self, prefix: str, ctx: CheckContext, tokens: int) -> Fail | None:
        """One mid-stream check at a checkpoint (:func:`~mcrgen.validators.segment.complete_prefix_end`);
        reading resumes after it next time. A validator that is not ``mid_statement`` (every plug-in) only
        ever sees prefixes that end on a complete statement: a checkpoint inside one is cut back to the last
        statement end, or skipped."""
        seen = self.visible_prefix(prefix, ctx)
        if seen is None:
            ctx.tokens = tokens
            return None
        return self.check_visible(seen, ctx, tokens)

    def visible_prefix(self, prefix: str, ctx: CheckContext) -> str | None:
        """The prefix this validator is handed at a checkpoint ending ``prefix``, or None when there is nothing
        new for it (a checkpoint inside a statement, for a validator that only sees statement ends)."""
        if self.validator.mid_statement or prefix.endswith(STATEMENT_ENDERS):
            return prefix
        return _statement_cut(prefix, ctx.start)

    def check_visible(self, prefix: str, ctx: CheckContext, tokens: int) -> Fail | None:
        """The check itself, on what :meth:`visible_prefix` returned; reading resumes after it next time."""
        ctx.tokens = tokens
        fail = self(prefix, ctx)
        ctx.start = len(prefix)
        return fail

    def on_final(self, text: str, ctx: CheckContext, tokens: int) -> Fail | None:
        """The check on the complete text: prefix-safe validators read the remainder, the others all of it."""
        ctx.final = True
        ctx.tokens = tokens
        if not self.prefix_safe:
            ctx.start = 0
        fail = self(text, ctx)
        ctx.start = len(text)
        return fail


_LAST_CUT: list[Any] = [None, -1, None]
"""(prefix, start, what :func:`_statement_cut` returned) of its last call: every validator of a stream asks about
the same prefix from the same start, so one search and one copy serve them all."""


def _statement_cut(prefix: str, start: int) -> str | None:
    """``prefix`` cut back to its last statement end, or None when no statement ended after ``start``."""
    last = _LAST_CUT
    if last[0] is prefix and last[1] == start:
        return last[2]  # type: ignore[no-any-return]
    end = statement_end(prefix, max(0, start - 1))
    cut = prefix[:end] if end > start else None  # copied only when some validator will read it
    last[0], last[1], last[2] = prefix, start, cut
    return cut


def bind(name: str, params: Mapping[str, Any] | None, where: str = "validator") -> BoundValidator:
    """Resolve ``name`` and check ``params`` against the function's keyword-only signature."""
    try:
        v = get_validator(name)
    except ValidatorError as exc:
        raise ValidatorError(f"{where}: {exc}") from None
    params = dict(params or {})
    for pname, value in params.items():
        if pname not in v.params:
            accepted = ", ".join(v.params) or "none"
            raise ValidatorError(f"{where}: {v.name!r} has no parameter {pname!r} (accepted: {accepted})")
        _check_param(v, pname, value, where)
    missing = [p for p, spec in v.params.items() if spec.default is inspect.Parameter.empty and p not in params]
    if missing:
        raise ValidatorError(f"{where}: {v.name!r} needs parameter(s) {', '.join(missing)}")
    if v.check is not None:
        defaults = {p: spec.default for p, spec in v.params.items() if spec.default is not inspect.Parameter.empty}
        try:
            v.check(defaults | params)  # "word_count: {min: 500}" is checked against the default max
        except ValidatorError as exc:
            raise ValidatorError(f"{where}: {exc}") from None
    return BoundValidator(v, params)


# At the end: segment imports the expression reader, which must not need this module half-initialised.
from mcrgen.validators.segment import statement_end  # noqa: E402
