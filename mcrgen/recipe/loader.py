"""What the user asked for: load a YAML recipe, validate it against the shipped JSON Schema, resolve settings.

The schema file ``mcrgen/recipe/schema/recipe.schema.json`` is the single source of truth (``mcrgen schema`` prints
it). Errors name the YAML path and line and exit with code 2. Settings resolve as
CLI flag > environment (``OPENAI_BASE_URL``, ``OPENAI_API_KEY``) > recipe > default.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from mcrgen.errors import RecipeError
from mcrgen.recipe import bounds, dryrun, safe_yaml, settings, templates
from mcrgen.recipe.inputs import InputRows, load_inputs
from mcrgen.recipe.outputs import OutputSpec, check_dedup_fields, parse_output
from mcrgen.recipe.settings import LOCAL as LOCAL  # re-exported: the name of the embedded server's base_url
from mcrgen.recipe.templates import BUILTIN_VARS, DEFAULT_SHOT_FORMAT, DEFAULT_SHOT_SEPARATOR, Template
from mcrgen.recipe.validation import Specs, _validate_schema, check_runaway, validator_specs
from mcrgen.recipe.validation import schema as schema  # re-exported: `mcrgen schema` reads it here
from mcrgen.recipe.values import Budget, Prices
from mcrgen.validators import BoundValidator
from mcrgen.validators.formats import get_format

NO_ANSWER = "none"
"""``answer_format: none``: the recipe's outputs carry no final answer to extract (instructions, code, JSON)."""


@dataclass(frozen=True, slots=True)
class Endpoint:
    base_url: str
    model: str | None
    api_key_env: str
    concurrency: int
    usage: str
    request_timeout: float
    stall_timeout: float
    max_retries: int
    extra_body: Mapping[str, Any]
    retry_initial_delay: float = 0.5
    retry_max_delay: float = 30.0
    breaker_failures: int = 10
    breaker_pause: float = 30.0
    breaker_max_pauses: int = 3
    prices: Prices | None = None
    replicas: tuple[str, ...] = ()
    """All base URLs when ``base_url`` lists several servers of the same model (``base_url`` is the first)."""
    model_path: str | None = None  # base_url 'local': the user's own GGUF (relative to the recipe file)

    @property
    def is_local(self) -> bool:
        return self.base_url == LOCAL

    @property
    def urls(self) -> tuple[str, ...]:
        return self.replicas or (self.base_url,)


@dataclass(frozen=True, slots=True)
class Seeds:
    path: Path
    field: str
    shots: int
    format: str = DEFAULT_SHOT_FORMAT
    """How one example is written into ``{{ shots }}`` (a template over ``number`` and ``text``)."""
    separator: str = DEFAULT_SHOT_SEPARATOR


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    prompt: str
    system: str | None
    temperature: float
    top_p: float | None
    max_tokens: int
    expected_tokens: int
    stop: tuple[str, ...]
    checkpoints: str | tuple[float, ...]
    validators: tuple[BoundValidator, ...]
    endpoint: Endpoint | None = None
    """Set when this stage talks to another server than the recipe's (e.g. a judge)."""
    prompt_template: Template = field(default=None, repr=False)  # type: ignore[assignment]
    system_template: Template | None = field(default=None, repr=False)
    extra_body: Mapping[str, Any] = field(default_factory=dict)
    """Extra request fields of this stage only, e.g. ``response_format`` (structured output)."""

    def __post_init__(self) -> None:
        if self.prompt_template is None:  # a Stage built in code: compile its prompt the same way the loader does
            object.__setattr__(self, "prompt_template", Template(f"stage {self.name}: prompt", self.prompt, True))
            if self.system and self.system_template is None:
                object.__setattr__(self, "system_template", Template(f"stage {self.name}: system", self.system, True))

    @property
    def inflight(self) -> tuple[BoundValidator, ...]:
        return tuple(v for v in self.validators if v.prefix_safe)


@dataclass(frozen=True, slots=True)
class Recipe:
    name: str
    path: Path
    endpoint: Endpoint
    seeds: Seeds | None
    answer_format: str
    seed: int
    stages: tuple[Stage, ...]
    samples: int
    max_tokens: int | None
    out_dir: Path | None
    formats: tuple[str, ...]
    raw: Mapping[str, Any] = field(repr=False)
    """The recipe as loaded, after overrides: written to recipe.resolved.yaml (no secrets: keys are never in it)."""
    budget: Budget = field(default_factory=Budget)
    inputs: InputRows | None = field(default=None, repr=False)
    """The input rows, when the recipe has an ``inputs`` section: sample ``i`` is built on row ``i // n``."""
    output: OutputSpec = field(default_factory=OutputSpec)

    @property
    def hash(self) -> str:
        """Identity of what is generated; the knobs that don't change outputs are left out so resume works."""
        ident = copy.deepcopy(dict(self.raw))
        ident.pop("budget", None)
        ident.pop("output", None)
        ident.pop("dedup", None)  # a post-pass over accepted.jsonl: changing it must not block resume
        # Where a server is and how it is driven is not what it generates: a judge moved to another port resumes too.
        endpoints = [ident.get("endpoint", {})] + [s.get("endpoint") or {} for s in ident.get("stages", [])]
        for ep in endpoints:
            for k in _CONNECTION_KEYS:
                ep.pop(k, None)
        if self.inputs is not None:  # the data itself, not just its path; a larger limit extends the same ids
            ident["inputs"].pop("limit", None)
            ident["inputs"]["digest"] = self.inputs.digest
        blob = json.dumps(ident, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


_CONNECTION_KEYS = (
    "concurrency",
    "request_timeout",
    "stall_timeout",
    "max_retries",
    "retry",
    "circuit_breaker",
    "price_per_million",
    "api_key_env",
    "base_url",
)


def _make_importable(folder: Path) -> None:
    """Put the recipe's folder on the import path, so ``my_checks:gate`` finds ``my_checks.py`` beside the recipe.

    Appended, not prepended: a file in the recipe's folder never shadows an installed module of the same name."""
    entry = str(folder.resolve())
    if entry not in sys.path:
        sys.path.append(entry)


def _stage_endpoint(base: Endpoint, override: Mapping[str, Any] | None, where: str) -> Endpoint | None:
    if not override:
        return None
    from dataclasses import replace

    fields = dict(override)
    if "base_url" in fields:
        urls = settings.base_urls(fields["base_url"], where)
        fields["base_url"], fields["replicas"] = urls[0], urls if len(urls) > 1 else ()
    ep = replace(base, **fields)
    if ep.is_local:
        if not base.is_local:
            raise RecipeError(f"{where}: endpoint.base_url 'local' is only available as the recipe's main endpoint")
        return None
    if not ep.model:
        raise RecipeError(f"{where}: endpoint.model is required when a stage has its own base_url")
    return ep


def load_recipe(
    path: str | Path,
    *,
    base_url: str | None = None,
    model: str | None = None,
    concurrency: int | None = None,
    seed: int | None = None,
    limit: int | None = None,
    environ: Mapping[str, str] | None = None,
    allow_key_env: Sequence[str] = (),
    folder: Path | None = None,
) -> Recipe:
    """Read, validate and resolve a recipe. Keyword arguments are CLI flags; ``folder``: relative paths, plug-ins."""
    p = Path(path)
    base = p.parent if folder is None else folder
    where = str(p)
    bounds.check_flags(limit=limit, concurrency=concurrency, seed=seed)
    raw, node = _read_checked(p, where)
    _make_importable(base)
    env = os.environ if environ is None else environ
    settings.apply_overrides(raw, env, base_url=base_url, model=model, concurrency=concurrency, seed=seed, limit=limit)
    endpoint = _main_endpoint(raw["endpoint"], where)
    seeds = _seeds(raw["seeds"], base, where) if "seeds" in raw else None
    inputs = _inputs(raw, base, where)
    _check_answer_format(raw.get("answer_format", "gsm8k"), where)
    stages = _stages(raw, seeds, inputs, endpoint, where, node)
    key_vars = [endpoint.api_key_env] + [s.endpoint.api_key_env for s in stages if s.endpoint is not None]
    bounds.check_key_env(key_vars, allow_key_env, where)
    bounds.check_key_values(key_vars, env, where)
    return _recipe(raw, p, endpoint, seeds, stages, inputs)


def _read_checked(path: Path, where: str) -> tuple[dict[str, Any], yaml.Node | None]:
    """The recipe file as a dict, bounded (size, depth, aliases, NaN) and checked against the schema and the
    numeric limits, and its YAML nodes (lines for error messages). A deep copy: overrides are written into it."""
    node, data = safe_yaml.load(path, "recipe file")
    if not isinstance(data, dict):
        raise RecipeError(f"{where}: a recipe is a YAML mapping with at least 'name' and 'stages'")
    _validate_schema(data, node, where)
    bounds.check_numbers(data, where)
    return copy.deepcopy(data), node


def _main_endpoint(ep: Mapping[str, Any], where: str) -> Endpoint:
    """The recipe's endpoint section (flags already applied) with the defaults the schema documents."""
    urls = settings.base_urls(ep["base_url"], where)
    endpoint = Endpoint(
        base_url=urls[0],
        replicas=urls if len(urls) > 1 else (),
        model=ep.get("model"),
        api_key_env=ep.get("api_key_env", "OPENAI_API_KEY"),
        concurrency=int(ep.get("concurrency", 8)),
        usage=ep.get("usage", "continuous"),
        request_timeout=float(ep.get("request_timeout", 600)),
        stall_timeout=float(ep.get("stall_timeout", 120)),
        max_retries=int(ep.get("max_retries", 3)),
        extra_body=dict(ep.get("extra_body", {})),
        model_path=ep.get("model_path"),
        **settings.reliability(ep),
    )
    if not endpoint.is_local and not endpoint.model:  # the embedded server knows its model; a remote one must be named
        raise RecipeError(f"{where}: endpoint.model is required for {endpoint.base_url} (or pass --model)")
    return endpoint


def _seeds(section: Mapping[str, Any], folder: Path, where: str) -> Seeds:
    """The few-shot examples' file (relative to the recipe's folder) and how each example is written."""
    seeds = Seeds(
        (folder / section["path"]).resolve(),
        section["field"],
        int(section.get("shots", 3)),
        section.get("format", DEFAULT_SHOT_FORMAT),
        section.get("separator", DEFAULT_SHOT_SEPARATOR),
    )
    templates.check(f"{where}: seeds.format", seeds.format, {"number", "text"})
    return seeds


def _inputs(raw: dict[str, Any], folder: Path, where: str) -> InputRows | None:
    if "inputs" not in raw:
        return None
    inputs = load_inputs(raw["inputs"], folder, int(raw.get("seed", 42)), where)
    if "samples" not in raw["budget"]:
        # One sample per row (n per row): the rows decide, not the default 20; within the cap budget.samples has.
        what = f"{where}: budget.samples ({len(inputs.rows)} input rows x inputs.n {inputs.spec.n}, its default)"
        bounds.check_samples(inputs.samples, what)
        raw["budget"]["samples"] = inputs.samples
    return inputs


def _check_answer_format(name: str, where: str) -> None:
    if name == NO_ANSWER:
        return
    try:
        get_format(name)
    except RecipeError as exc:
        raise RecipeError(f"{where}: answer_format: {exc} (or {NO_ANSWER!r} for no answer)") from None


def _recipe(
    raw: dict[str, Any],
    path: Path,
    endpoint: Endpoint,
    seeds: Seeds | None,
    stages: list[Stage],
    inputs: InputRows | None,
) -> Recipe:
    """The frozen Recipe; the output section and the sample count are checked here, before the budget."""
    where = str(path)
    out, budget = raw.get("output", {}), raw["budget"]
    output = parse_output(out, [s.name for s in stages], inputs, where)
    check_dedup_fields(raw.get("dedup"), [s.name for s in stages], inputs, where)
    samples = inputs.check_samples(int(budget["samples"]), where) if inputs else int(budget.get("samples", 20))
    return Recipe(
        name=raw["name"],
        path=path,
        endpoint=endpoint,
        seeds=seeds,
        answer_format=raw.get("answer_format", "gsm8k"),
        seed=int(raw.get("seed", 42)),
        stages=tuple(stages),
        samples=samples,
        max_tokens=budget.get("max_tokens"),
        out_dir=Path(out["dir"]) if "dir" in out else None,
        formats=tuple(out.get("formats", ["jsonl"])),
        raw=raw,
        budget=_budget(budget, endpoint, where),
        inputs=inputs,
        output=output,
    )


def _stages(
    raw: Mapping[str, Any],
    seeds: Seeds | None,
    inputs: InputRows | None,
    endpoint: Endpoint,
    where: str,
    node: yaml.Node | None,
) -> list[Stage]:
    stages: list[Stage] = []
    row_fields = {f for f in (inputs.rows[0] if inputs is not None else ()) if isinstance(f, str) and f.isidentifier()}
    names: list[str] = []
    for i, st in enumerate(raw["stages"]):
        swhere = f"{where}: stages[{i}] ({st['name']})"
        if st["name"] in names or st["name"] in BUILTIN_VARS:
            why = "is a built-in template variable" if st["name"] in BUILTIN_VARS else "is already used"
            raise RecipeError(f"{swhere}: stage name {st['name']!r} {why}; names must be unique")
        # A prompt sees the built-in variables (``row`` only with inputs), earlier stages' outputs and row fields.
        available = set(BUILTIN_VARS) - ({"row"} if inputs is None else set()) | set(names) | row_fields
        specs = partial(validator_specs, where=where, node=node, stage=i)
        stages.append(_stage(st, available, seeds, endpoint, swhere, specs))
        names.append(st["name"])
    if inputs is not None:  # render with every row, so ``row.misspelled`` fails now and not mid-run
        used = [t for st in stages for t in (st.prompt_template, st.system_template) if t is not None]
        dryrun.dry_run(used, inputs.rows, names)
    return stages


def _stage(
    st: Mapping[str, Any], available: set[str], seeds: Seeds | None, endpoint: Endpoint, swhere: str, specs: Specs
) -> Stage:
    """One stage, its prompts compiled against the variables it may use (``swhere`` names it in errors, ``specs``
    binds its validators)."""
    prompt = templates.check(f"{swhere}: prompt", st["prompt"], available, prompt=True)
    system = templates.check(f"{swhere}: system", st["system"], available, prompt=True) if st.get("system") else None
    if {"shots", "examples"} & templates.parse("", st["prompt"]) and seeds is None:
        raise RecipeError(f"{swhere}: prompt uses {{{{ shots }}}} but the recipe has no 'seeds' section")
    if st.get("expected_tokens", 0) > st["max_tokens"]:
        raise RecipeError(f"{swhere}: expected_tokens ({st['expected_tokens']}) exceeds max_tokens")
    check_runaway(st, swhere)
    cps = st.get("checkpoints", "continuous")
    extra = dict(st.get("extra_body", {}))
    if "response_format" in st:
        extra["response_format"] = st["response_format"]
    return Stage(
        name=st["name"],
        prompt=st["prompt"],
        system=st.get("system"),
        temperature=float(st.get("temperature", 0.7)),
        top_p=st.get("top_p"),
        max_tokens=int(st["max_tokens"]),
        expected_tokens=int(st.get("expected_tokens", st["max_tokens"])),
        stop=tuple(st.get("stop", ())),
        checkpoints=cps if isinstance(cps, str) else tuple(sorted(float(x) for x in cps)),
        validators=specs(st.get("validators", [])),
        endpoint=_stage_endpoint(endpoint, st.get("endpoint"), swhere),
        prompt_template=prompt,
        system_template=system,
        extra_body=extra,
    )


def _budget(b: Mapping[str, Any], endpoint: Endpoint, where: str) -> Budget:
    if "max_cost" in b and endpoint.prices is None:
        raise RecipeError(
            f"{where}: budget.max_cost needs endpoint.price_per_million: {{prompt: ..., completion: ...}}"
        )
    return Budget(
        samples=int(b.get("samples", 20)),
        max_tokens=b.get("max_tokens"),
        target_accepted=b.get("target_accepted"),
        max_seconds=float(b["max_seconds"]) if "max_seconds" in b else None,
        max_cost=float(b["max_cost"]) if "max_cost" in b else None,
    )


def resolved_yaml(recipe: Recipe) -> str:
    """The recipe after overrides, for recipe.resolved.yaml. API keys are referenced by name only."""
    header = "# Resolved by mcrgen: CLI flags and environment applied. API keys are never written here.\n"
    body: str = yaml.safe_dump(dict(recipe.raw), sort_keys=False, allow_unicode=True)
    return header + body
