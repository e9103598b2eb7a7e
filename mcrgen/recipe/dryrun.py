"""Load-time dry runs of a recipe's templates: each is rendered with the input rows before any request, so a
misspelled field or a template that always fails stops the load, not the run (or, for an output template, the
export after every token was spent).

The stage texts and the values derived from them are not known at load: they are rendered first as plausible
placeholders ("..." for a text, 1.0 and 1 for ``answer_value`` and ``judge_score``), and when that fails once more
as :class:`_Unknown`, which stands for any text. Only a failure of both is the recipe's error: ``{{
intro.splitlines()[1] }}`` fails on "..." but not on a two-line text, so it loads; ``{{ row.nope }}``, ``{{
intro.spltlines() }}`` (no str has it) and ``{{ 1 / 0 }}`` fail whatever the text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from mcrgen.errors import RecipeError
from mcrgen.recipe.templates import NullPromptError, Template, UnsafeTemplateError, row_variables, variables

_KNOWN = frozenset(n for t in (str, int, float) for n in dir(t) if not n.startswith("_"))
"""What a stage text (or a derived number) may be asked for: a name none of them has is a typo in any text."""


class _Unknown:
    """A value the dry run cannot know: every known attribute, call, item and operation gives another unknown, a
    number gives 1 and a comparison is false, so what works on *some* text is not refused for what a placeholder
    lacks."""

    unsafe_callable = alters_data = False  # what the sandbox asks before a call: a plain method

    def __getattr__(self, name: str) -> _Unknown:
        if name not in _KNOWN:
            raise AttributeError(name)  # "intro.spltlines()": no text has it
        return self

    def _same(self, *args: Any, **kwargs: Any) -> _Unknown:
        return self

    def _false(self, other: Any) -> bool:
        return False

    def __getitem__(self, key: Any) -> _Unknown:
        if isinstance(key, str):
            raise TypeError(key)  # a text has no named items: Jinja tries them after a missing attribute
        return self

    __call__ = __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = _same
    __truediv__ = __rtruediv__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = _same
    __neg__ = __pos__ = __abs__ = __round__ = _same
    __lt__ = __le__ = __gt__ = __ge__ = _false  # "judge_score >= 7", "[judge_score, 10] | min"

    def __iter__(self) -> Iterator[_Unknown]:
        return iter((self,))

    def __len__(self) -> int:
        return 1

    def __int__(self) -> int:
        return 1

    __index__ = __int__  # "range(judge_score)", "text[:n]"

    def __float__(self) -> float:
        return 1.0

    def __str__(self) -> str:
        return "..."

    def __format__(self, spec: str) -> str:
        return "..."


_UNKNOWN = _Unknown()


def _dry_render(tpl: Template, values: dict[str, Any], unknown: Iterable[str]) -> None:
    """Render ``tpl`` with ``values``; on failure once more with the names in ``unknown`` as :class:`_Unknown`,
    whose error (if any) is one no text cures. What the sandbox refuses is refused at once: it is no text's fault."""
    try:
        tpl.render(values)
    except UnsafeTemplateError:
        raise
    except RecipeError:
        tpl.render(values | dict.fromkeys(unknown, _UNKNOWN))


def dry_run(used: Sequence[Template], rows: Sequence[Mapping[str, Any]], stage_names: Sequence[str]) -> None:
    """Render prompts ``used`` with every input row and placeholder outputs: a field missing from any row fails at
    load time, naming the row, instead of stopping the run when that row's turn comes."""
    for n, row in enumerate(rows):
        values = variables(
            row=row,
            reserved=stage_names,
            outputs={name: "..." for name in stage_names},
            shots="...",
            examples=["..."],
            sample_id="000000",
            repeat=0,
        )
        for tpl in used:
            try:
                _dry_render(tpl, values, stage_names)
            except RecipeError as exc:
                lacks = n and not isinstance(exc, NullPromptError)
                more = "; write {% if row.FIELD is defined %} for a field some rows lack" if lacks else ""
                raise RecipeError(f"{exc} (input row {n}){more}") from None


DERIVED_PLACEHOLDERS = {"answer": "1", "answer_value": 1.0, "judge_score": 1}
"""What an output template sees for the values derived from a sample, in the dry run (see :func:`dry_run_outputs`)."""


def dry_run_outputs(used: Sequence[Template], rows: Sequence[Mapping[str, Any]], stages: Sequence[str]) -> None:
    """:func:`dry_run` for output templates, which see the stages' texts, the derived values, ``row`` and the row's
    fields by name (:func:`~mcrgen.recipe.templates.row_variables`, as the export gives them): ``{{ row.nope }}`` or
    ``{{ critique | int / 0 }}`` fails at load, not after every token was spent.

    One row of each shape (its fields, and the type of each value) stands for the others: what an output template
    can trip on is mostly a field missing or null, and 200,000 rows would take seconds per template, in every
    worker. A failure that only some values cause (a division by a field that is 0 in one row) is met at export."""
    unknown = [*stages, *DERIVED_PLACEHOLDERS]
    seen: set[tuple[tuple[str, str], ...]] = set()
    for n, row in enumerate(rows):
        shape = tuple(sorted((str(k), type(v).__name__) for k, v in row.items()))
        if shape in seen:
            continue
        seen.add(shape)
        values = row_variables(row, unknown) | dict.fromkeys(stages, "...") | DERIVED_PLACEHOLDERS | {"id": "000000"}
        for tpl in used:
            try:
                _dry_render(tpl, values, unknown)
            except RecipeError as exc:
                raise RecipeError(f"{exc}" + (f" (input row {n})" if row else "")) from None
