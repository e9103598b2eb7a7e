"""Budgets: when a run stops on its own before every sample is done.

Every limit is for the whole run directory, across sessions: tokens and money already spent before a crash or a
Ctrl-C count when the run resumes, and ``max_seconds`` adds up the wall time of every session. Raising a limit in
the recipe (budgets are not part of the recipe hash) lets a stopped run go on.

Spending is added when a request ends (finished, cancelled, failed or interrupted), never per chunk, so a run can
overshoot ``max_tokens``/``max_cost`` by at most the requests open when the limit is crossed; those are closed at
once and their tokens counted. The stop reason is written at the moment of the stop, before those are counted, so
it says what it counted then (``ENDED``); ``report.json`` adds the total once they were
(:func:`mcrgen.rundir.report.final_stop_reason`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from mcrgen.accounting import RequestUsage
from mcrgen.recipe.values import Budget, Prices

ENDED = "spent by the requests that had ended when the budget stopped the run"
"""What a spending budget's stop reason counts: the streams open at that moment are counted only once closed."""


class BudgetStop(NamedTuple):
    """A budget's stop: the reason shown, and for a spending budget what it counted then (``{"tokens": 100}`` or
    ``{"cost": 0.5}``), kept in run.json so the report can add the total without reading its own sentence back."""

    reason: str
    counted: dict[str, float] | None = None


class Spend:
    """What the run has spent so far, and which budget (if any) that exhausts."""

    def __init__(self, budget: Budget, prices: Prices | None) -> None:
        self.budget = budget
        self.prices = prices
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.cost = 0.0
        self.accepted = 0
        self.seconds_before = 0.0
        """Wall seconds of earlier sessions."""

    def load(self, usages: Iterable[RequestUsage], accepted: int, seconds_before: float) -> None:
        """Start from what earlier sessions left on disk (their ledger, every request once)."""
        for u in usages:
            self.add(u)
        self.accepted = accepted
        self.seconds_before = seconds_before

    def add(self, u: RequestUsage) -> None:
        self.prompt_tokens += u.prompt_tokens
        self.completion_tokens += u.completion_tokens
        if self.prices is not None:
            self.cost += self.prices.cost(u.prompt_tokens, u.completion_tokens)

    @property
    def tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    def exhausted(self) -> BudgetStop | None:
        """Why the run stops if a spending or target budget is reached (time is watched by a timer)."""
        b = self.budget
        if b.target_accepted is not None and self.accepted >= b.target_accepted:
            return BudgetStop(f"budget.target_accepted ({b.target_accepted}) reached")
        if b.max_tokens is not None and self.tokens >= b.max_tokens:
            why = f"budget.max_tokens ({b.max_tokens}) reached: {self.tokens} tokens (prompt + completion) {ENDED}"
            return BudgetStop(why, {"tokens": self.tokens})
        if b.max_cost is not None and self.cost >= b.max_cost:
            return BudgetStop(f"budget.max_cost ({b.max_cost:g}) reached: {self.cost:.4f} {ENDED}", {"cost": self.cost})
        return None

    def seconds_left(self) -> float | None:
        if self.budget.max_seconds is None:
            return None
        return self.budget.max_seconds - self.seconds_before

    def time_reason(self) -> str:
        return f"budget.max_seconds ({self.budget.max_seconds:g}) reached"
