"""When validators run: the one checkpoint scheduler, shared by live streams, baseline replay, audit and compare.

A stage's validators see its text as it grows. *Which* prefixes they see is decided here and only here, so the
live stream (:mod:`mcrgen.engine.stages`), the baseline's replay of its recorded chunks, the offline audit
(``mcrgen validate``) and the compare replays (:mod:`mcrgen.analysis.offline`) all reach the same verdict at the
same position for the same chunks (``tests/unit/test_checking.py`` holds them to it).

Policies (``stage.checkpoints``):

* ``continuous``: after every chunk that may have made a new checkpoint (any chunk but digits only; see
  :mod:`mcrgen.validators.segment`), check up to the last statement boundary or settled result;
* fractions, e.g. ``[0.3, 0.5, 0.8]``: once the delivered tokens pass each fraction of the stage's expected
  length, check up to the last checkpoint;
* ``final``: never mid-stream.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from time import monotonic
from typing import Any

from mcrgen.engine import watchdog
from mcrgen.recipe.loader import Stage
from mcrgen.validators import STATEMENT_ENDERS, BoundValidator, CheckContext, Fail
from mcrgen.validators.segment import complete_prefix_end

INFLIGHT_PHASE = "inflight"

Policy = str | tuple[float, ...]
"""``"continuous"``, ``"final"`` or checkpoint fractions of the expected length."""


def bind_stream(
    stage: str,
    validators: Sequence[BoundValidator],
    inputs: Mapping[str, str],
    answer_format: str,
    expected_tokens: int | None,
) -> list[tuple[BoundValidator, CheckContext]]:
    """Each validator with a fresh context of its own (validators may keep incremental state in it)."""
    return [
        (v, CheckContext(stage=stage, inputs=inputs, answer_format=answer_format, expected_tokens=expected_tokens))
        for v in validators
    ]


@dataclass(slots=True)
class Rejection:
    stage: str
    validator: str
    reason: str
    detail: str = ""
    at_char: int | None = None
    """Char offset in the stage's text where the fault is (or where checking stopped)."""
    at_token: int | None = None
    """Completion tokens delivered when the verdict was reached."""
    phase: str = "final"
    """inflight (stream closed early) | final (after the text was complete) | truncated"""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


def _guarded(
    name: str, call: Callable[[str, CheckContext, int], Fail | None], text: str, ctx: CheckContext, tokens: int
) -> Fail | None:
    """``call(text, ctx, tokens)``: a validator's verdict, or a failure naming what went wrong inside it: a
    validator that raises (even a RecursionError on hostile text) or returns something that is not a verdict fails
    its sample, never the run; one that never returns is ended by the watchdog (:mod:`mcrgen.engine.watchdog`)."""
    watchdog.begin(name)
    try:
        fail = call(text, ctx, tokens)
    except BaseException as exc:  # noqa: BLE001 (_escaped re-raises what is not the validator's own)
        return _escaped(exc)
    finally:
        watchdog.end()
    if fail is not None and not isinstance(fail, Fail):
        return Fail("validator_error", None, f"returned {type(fail).__name__}, not a Fail, a string or None")
    return fail


def _escaped(exc: BaseException) -> Fail:
    """The verdict for an exception that escaped a validator call, or the exception again when it is not the
    validator's: a plug-in calling exit() ends its sample, not mcrgen."""
    if isinstance(exc, Exception | SystemExit):
        return Fail("validator_error", None, f"{type(exc).__name__}: {exc}"[:300])
    if isinstance(exc, KeyboardInterrupt) and signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        # A run handles Ctrl-C in its event loop (a worker ignores it), so this one was raised by the plug-in.
        return Fail("validator_error", None, "KeyboardInterrupt raised by the validator itself")
    raise exc  # Ctrl-C where Python's own handler is in place (``mcrgen validate``): the user's, not the plug-in's


class Checker:
    """A stage's validators bound to one stream, each with its own context and read position."""

    def __init__(self, stage: Stage, inputs: Mapping[str, str], answer_format: str) -> None:
        self._bind(stage.name, stage.validators, inputs, answer_format, stage.expected_tokens)

    @classmethod
    def of(
        cls,
        name: str,
        validators: Sequence[BoundValidator],
        inputs: Mapping[str, str],
        answer_format: str,
        expected_tokens: int | None,
    ) -> Checker:
        """A checker for validators that are not (yet) a recipe stage: the offline audit checks them one by one."""
        checker = cls.__new__(cls)
        checker._bind(name, validators, inputs, answer_format, expected_tokens)
        return checker

    def _bind(
        self,
        name: str,
        validators: Sequence[BoundValidator],
        inputs: Mapping[str, str],
        answer_format: str,
        expected_tokens: int | None,
    ) -> None:
        self.name = name
        self.expected_tokens = expected_tokens or 0
        self.pairs = bind_stream(name, validators, inputs, answer_format, expected_tokens)
        self.inflight = [(v, ctx, v.name, v.validator.mid_statement) for v, ctx in self.pairs if v.prefix_safe]
        """The pairs checked at checkpoints, in order, with their names and whether they also see settled results
        (looked up once, not at every checkpoint: a checkpoint calls each of them, so their lookups were a tenth
        of the gates' cost)."""
        self.checked = 0
        """End of the longest prefix already checked: a prefix is never checked twice."""
        self.last_fail: Fail | None = None

    def _verdict(self, name: str, fail: Fail, end: int, tokens: int, phase: str) -> Rejection:
        self.last_fail = fail  # the audit wants the position exactly as the validator reported it (or None)
        at = fail.at if fail.at is not None else end
        return Rejection(self.name, name, fail.reason, fail.detail, at, tokens, phase)

    def check_prefix(self, text: str, end: int, tokens: int) -> Rejection | None:
        """Run the prefix-safe validators on ``text[:end]`` (end = a statement boundary or a settled result).

        Each call is :meth:`BoundValidator.check_visible` under :func:`_guarded`, unrolled: this runs at every
        checkpoint of every stream, for every gate, and the four calls it saves per gate were ~5% of checking."""
        if end <= self.checked:
            return None
        prefix = text[:end]
        self.checked = end
        statement = prefix.endswith(STATEMENT_ENDERS)  # then every validator sees the prefix itself
        watch = watchdog.armed()
        for v, ctx, name, mid_statement in self.inflight:
            # Which prefix it sees is mcrgen's own bounded work; only the validator's call is watched. The cases
            # where BoundValidator.visible_prefix returns the prefix itself are decided here without a call.
            seen = prefix if statement or mid_statement else v.visible_prefix(prefix, ctx)
            if seen is None:
                continue
            if watch is not None:
                watch.since = monotonic()
                watch.name = name
            ctx.tokens = tokens
            try:
                fail = v(seen, ctx)
            except BaseException as exc:  # noqa: BLE001 (_escaped re-raises what is not the validator's own)
                fail = _escaped(exc)
            else:
                ctx.start = len(seen)
            finally:
                if watch is not None:
                    watch.name = None  # what runs between two calls is mcrgen's, never blamed on a validator
            if fail is not None:
                return self._verdict(name, fail, end, tokens, INFLIGHT_PHASE)
        return None

    def check_final(self, text: str, tokens: int) -> Rejection | None:
        for v, ctx in self.pairs:
            fail = _guarded(v.name, v.on_final, text, ctx, tokens)
            if fail is not None:
                return self._verdict(v.name, fail, len(text), tokens, "final")
        return None


def stage_policy(stage: Stage, override: Policy | None = None) -> Policy:
    """The policy a stage is checked with in flight (``final`` when it has no prefix-safe gate)."""
    if stage.checkpoints == "final" or not stage.inflight:
        return "final"
    return stage.checkpoints if override is None else override


class Checkpoints:
    """One stream's checkpoints: feed it each chunk; it checks when the policy says so and returns the verdict."""

    def __init__(self, checker: Checker, policy: Policy) -> None:
        self.checker = checker
        self.continuous = policy == "continuous"
        expected = checker.expected_tokens
        self.marks = [] if isinstance(policy, str) else [f * expected for f in policy]
        self.settled: dict[int, int] = {}
        """Where the word after each result settled (see :func:`complete_prefix_end`): this stream's only."""

    def after_chunk(self, text: str, before: int, tokens: int) -> Rejection | None:
        """``text`` has grown from ``before`` chars; ``tokens`` have been delivered so far."""
        checker = self.checker
        if self.continuous:
            if text[before:].isdigit():
                # Digits only extend a number: they neither end a statement (that needs a newline, or whitespace
                # after an ender) nor settle a result (that needs a word, a space or a closing mark after it).
                return None
            # Back up one char: a '.' that ended the previous chunk becomes a boundary only now.
            checked = checker.checked
            end = complete_prefix_end(text, checked if checked > before - 1 else before - 1, self.settled)
            return None if end <= checked else checker.check_prefix(text, end, tokens)
        if self.marks and tokens >= self.marks[0]:
            while self.marks and tokens >= self.marks[0]:
                self.marks.pop(0)
            return checker.check_prefix(text, complete_prefix_end(text, checker.checked), tokens)
        return None


def check_chunks(
    stage: Stage,
    inputs: Mapping[str, str],
    answer_format: str,
    text: str,
    trace: Iterable[tuple[int, int]],
    policy: Policy | None = None,
) -> Rejection | None:
    """Replay a stream from its recorded chunks, ``(chars, tokens)`` after each: the first in-flight verdict.

    This is exactly what the live stream would have decided on the same chunks (same scheduler, same checker).
    ``policy`` defaults to the stage's own; the baseline passes ``"continuous"`` to find where a fault first
    became visible, whatever the stage's policy (the hindsight limit).
    """
    points = Checkpoints(Checker(stage, inputs, answer_format), stage_policy(stage) if policy is None else policy)
    before = 0
    for chars, tokens in trace:
        rejection = points.after_chunk(text[:chars], before, tokens)
        if rejection is not None:
            return rejection
        before = chars
    return None


def chunk_trace(ends: Sequence[int]) -> list[tuple[int, int]]:
    """The trace a stream split at ``ends`` records when each chunk is one token: ``(chars, tokens)``."""
    return [(end, i) for i, end in enumerate(ends, 1)]
