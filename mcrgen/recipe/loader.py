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
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from mcrgen.errors import RecipeError, ValidatorError
from mcrgen.recipe.values import Budget, Prices
from mcrgen.validators import BoundValidator, bind
from mcrgen.validators.formats import get_format

LOCAL = "local"
_TEMPLATE_VAR = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def schema() -> dict[str, Any]:
    text = resources.files("mcrgen.recipe").joinpath("schema/recipe.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


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

    @property
    def hash(self) -> str:
        """Identity of what is generated; the knobs that don't change outputs are left out so resume works."""
        ident = copy.deepcopy(dict(self.raw))
        ident.pop("budget", None)
        ident.pop("output", None)
        ident.pop("dedup", None)  # a post-pass over accepted.jsonl: changing it must not block resume
        ep = ident.get("endpoint", {})
        for k in (
            "concurrency",
            "request_timeout",
            "stall_timeout",
            "max_retries",
            "retry",
            "circuit_breaker",
            "price_per_million",
            "api_key_env",
            "base_url",
        ):
            ep.pop(k, None)
        blob = json.dumps(ident, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def _line_of(node: yaml.Node | None, path: list[str | int]) -> int | None:
    """Walk the composed YAML node tree along a JSON path to find the source line (1-based)."""
    for key in path:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    break
            if nxt is None:
                break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return node.start_mark.line + 1 if node is not None else None


def _fmt_path(path: list[str | int]) -> str:
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


def _schema_message(err: jsonschema.ValidationError) -> str:
    if err.validator == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(err.schema.get("properties", {}))
        return f"unknown key {', '.join(map(repr, extra))} (allowed: {allowed})"
    if err.validator == "required":
        return f"{err.message}; add it"
    if err.validator == "oneOf" and "validator" in str(err.schema.get("description", "")):
        return "a validator is a name or a one-key mapping {name: {param: value}}"
    if err.validator == "oneOf":
        return f"{err.instance!r} is not valid here; {err.schema.get('description', '')}".strip()
    return str(err.message)


def _validate_schema(data: Any, node: yaml.Node | None, where: str) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path))))
    if errors:
        err = errors[0]
        path = list(err.absolute_path)
        lookup = path
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            lookup = path + extra[:1]  # point at the unknown key's own line
        line = _line_of(node, lookup)
        loc = f"{where}:{line}" if line else where
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        raise RecipeError(f"{loc}: {_fmt_path(path)}: {_schema_message(err)}{more}")


def template_vars(template: str) -> set[str]:
    return set(_TEMPLATE_VAR.findall(template))


def render(template: str, values: Mapping[str, str]) -> str:
    """Fill ``{{ name }}`` placeholders. Single braces are left alone: prompts are full of LaTeX."""
    return _TEMPLATE_VAR.sub(lambda m: values[m.group(1)], template)


def _validator_specs(raw: list[Any], where: str) -> tuple[BoundValidator, ...]:
    out = []
    for i, item in enumerate(raw):
        name, params = (item, None) if isinstance(item, str) else next(iter(item.items()))
        try:
            out.append(bind(name, params, where=f"{where}.validators[{i}]"))
        except ValidatorError as exc:
            raise ValidatorError(str(exc)) from None
    return tuple(out)


def _stage_endpoint(base: Endpoint, override: Mapping[str, Any] | None, where: str) -> Endpoint | None:
    if not override:
        return None
    from dataclasses import replace

    fields = dict(override)
    if "base_url" in fields:
        urls = _urls(fields["base_url"], where)
        fields["base_url"], fields["replicas"] = urls[0], urls if len(urls) > 1 else ()
    ep = replace(base, **fields)
    if ep.is_local:
        if not base.is_local:
            raise RecipeError(f"{where}: endpoint.base_url 'local' is only available as the recipe's main endpoint")
        return None
    if not ep.model:
        raise RecipeError(f"{where}: endpoint.model is required when a stage has its own base_url")
    return ep


def _urls(value: str | list[str], where: str) -> tuple[str, ...]:
    """``base_url`` as one URL, a list of replicas, or (from a flag or OPENAI_BASE_URL) a comma-separated list."""
    items = value if isinstance(value, list) else str(value).split(",")
    urls = tuple(u.strip().rstrip("/") for u in items if u.strip())
    if not urls:
        raise RecipeError(f"{where}: endpoint.base_url is empty")
    if len(urls) > 1 and LOCAL in urls:
        raise RecipeError(f"{where}: endpoint.base_url 'local' cannot be one of several replicas")
    return urls


def load_recipe(
    path: str | Path,
    *,
    base_url: str | None = None,
    model: str | None = None,
    concurrency: int | None = None,
    seed: int | None = None,
    limit: int | None = None,
    environ: Mapping[str, str] | None = None,
) -> Recipe:
    """Read, validate and resolve a recipe. Keyword arguments are CLI flags (highest precedence)."""
    env = os.environ if environ is None else environ
    p = Path(path)
    where = str(p)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RecipeError(f"{where}: recipe file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecipeError(f"{where}: cannot read recipe: {exc}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RecipeError(f"{where}{line}: invalid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise RecipeError(f"{where}: a recipe is a YAML mapping with at least 'name' and 'stages'")
    _validate_schema(data, node, where)
    raw: dict[str, Any] = copy.deepcopy(data)

    ep = raw.setdefault("endpoint", {})
    if base_url is not None:
        ep["base_url"] = base_url
    elif env.get("OPENAI_BASE_URL"):
        ep["base_url"] = env["OPENAI_BASE_URL"]
    ep.setdefault("base_url", LOCAL)
    if model is not None:
        ep["model"] = model
    if concurrency is not None:
        if concurrency < 1:
            raise RecipeError("--concurrency must be at least 1")
        ep["concurrency"] = concurrency
    if seed is not None:
        raw["seed"] = seed
    budget = raw.setdefault("budget", {})
    if limit is not None:
        if limit < 1:
            raise RecipeError("--limit must be at least 1")
        budget["samples"] = limit
    urls = _urls(ep["base_url"], where)
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
        **_reliability(ep),
    )
    if not endpoint.is_local and not endpoint.model:
        raise RecipeError(f"{where}: endpoint.model is required for {endpoint.base_url} (or pass --model)")

    seeds = None
    if "seeds" in raw:
        s = raw["seeds"]
        seeds = Seeds((p.parent / s["path"]).resolve(), s["field"], int(s.get("shots", 3)))

    get_format(raw.get("answer_format", "gsm8k"))
    stages = []
    known = {"shots", "seed_id"}
    names: set[str] = set()
    for i, st in enumerate(raw["stages"]):
        swhere = f"{where}: stages[{i}] ({st['name']})"
        if st["name"] in names or st["name"] in known:
            raise RecipeError(f"{swhere}: stage name {st['name']!r} is already used; names must be unique")
        for tpl in (st["prompt"], st.get("system", "")):
            unknown = template_vars(tpl) - known - names
            if unknown:
                raise RecipeError(
                    f"{swhere}: prompt uses {{{{ {sorted(unknown)[0]} }}}}, which is not defined here "
                    f"(available: {', '.join(sorted(known | names))})"
                )
        if "shots" in template_vars(st["prompt"]) and seeds is None:
            raise RecipeError(f"{swhere}: prompt uses {{{{ shots }}}} but the recipe has no 'seeds' section")
        if st.get("expected_tokens", 0) > st["max_tokens"]:
            raise RecipeError(f"{swhere}: expected_tokens ({st['expected_tokens']}) exceeds max_tokens")
        cps = st.get("checkpoints", "continuous")
        stages.append(
            Stage(
                name=st["name"],
                prompt=st["prompt"],
                system=st.get("system"),
                temperature=float(st.get("temperature", 0.7)),
                top_p=st.get("top_p"),
                max_tokens=int(st["max_tokens"]),
                expected_tokens=int(st.get("expected_tokens", st["max_tokens"])),
                stop=tuple(st.get("stop", ())),
                checkpoints=cps if isinstance(cps, str) else tuple(sorted(float(x) for x in cps)),
                validators=_validator_specs(st.get("validators", []), f"{where}: stages[{i}]"),
                endpoint=_stage_endpoint(endpoint, st.get("endpoint"), swhere),
            )
        )
        names.add(st["name"])

    out = raw.get("output", {})
    return Recipe(
        name=raw["name"],
        path=p,
        endpoint=endpoint,
        seeds=seeds,
        answer_format=raw.get("answer_format", "gsm8k"),
        seed=int(raw.get("seed", 42)),
        stages=tuple(stages),
        samples=int(budget.get("samples", 20)),
        max_tokens=budget.get("max_tokens"),
        out_dir=Path(out["dir"]) if "dir" in out else None,
        formats=tuple(out.get("formats", ["jsonl"])),
        raw=raw,
        budget=_budget(budget, endpoint, where),
    )


def _reliability(ep: Mapping[str, Any]) -> dict[str, Any]:
    """Retry, circuit-breaker and price settings of the endpoint section (defaults documented in the schema)."""
    retry = ep.get("retry", {})
    breaker = ep.get("circuit_breaker", {})
    price = ep.get("price_per_million")
    return {
        "retry_initial_delay": float(retry.get("initial_delay", 0.5)),
        "retry_max_delay": float(retry.get("max_delay", 30.0)),
        "breaker_failures": int(breaker.get("failures", 10)),
        "breaker_pause": float(breaker.get("pause", 30.0)),
        "breaker_max_pauses": int(breaker.get("max_pauses", 3)),
        "prices": Prices(float(price["prompt"]), float(price["completion"])) if price else None,
    }


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
