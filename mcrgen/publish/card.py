"""The dataset card (README.md) for a published run, built from the run directory's files alone.

The YAML metadata block is produced with ``yaml.safe_dump`` from a dict, never by string pasting, so a recipe name
or description with quotes or colons cannot break it. Everything in the card comes from recipe.resolved.yaml,
run.json, report.json and dedup.json, which never hold an API key; base URLs are left out because they can name
private hosts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from mcrgen import __version__
from mcrgen.rundir.dataset import judge_stages

DATA_PATH = "data/train-00000-of-00001.parquet"
_SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def size_category(n: int) -> str:
    for limit, label in _SIZES:
        if n < limit:
            return label
    return "1M<n<10M" if n < 10_000_000 else "n>10M"


_MATH_FORMATS = ("gsm8k", "boxed")


def _default_categories(raw: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """Task categories and topic tags when the recipe's ``output.card`` does not give them."""
    fmt = raw.get("answer_format", "gsm8k")
    if fmt in _MATH_FORMATS:
        return ["text-generation", "question-answering"], ["math"]
    if fmt == "choice":
        return ["question-answering", "multiple-choice"], ["multiple-choice"]
    return ["text-generation"], []


def _languages(raw: Mapping[str, Any]) -> list[str]:
    """English when a gate insists on it; otherwise the card says nothing rather than guess."""
    for st in raw.get("stages", []):
        for v in st.get("validators", []) or []:
            name, params = (v, {}) if isinstance(v, str) else next(iter(v.items()))
            if name == "english_only":
                return ["en"]
            if name == "language":
                return [str((params or {}).get("lang", "en"))]
    return []


def metadata(raw: Mapping[str, Any], rows: int, *, license: str, data_path: str = DATA_PATH) -> dict[str, Any]:
    glob = data_path.rsplit("-00000-of-", 1)[0] + "-*" + Path(data_path).suffix
    card = (raw.get("output") or {}).get("card") or {}
    categories, topics = _default_categories(raw)
    tags = list(card.get("tags") or ["synthetic", *topics, "sft", "mcrgen", "msifr"])
    out: dict[str, Any] = {"license": license}
    language = card.get("language") or _languages(raw)
    if language:
        out["language"] = list(language)
    out.update(
        task_categories=list(card.get("task_categories") or categories),
        tags=tags,
        pretty_name=card.get("pretty_name") or f"{raw.get('name', 'mcrgen')} (mcrgen synthetic)",
        size_categories=[size_category(rows)],
        configs=[{"config_name": "default", "data_files": [{"split": "train", "path": glob}]}],
    )
    return out


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _validators(stage: Mapping[str, Any]) -> str:
    out = []
    for v in stage.get("validators", []) or []:
        if isinstance(v, str):
            out.append(f"`{v}`")
        else:
            name, params = next(iter(v.items()))
            args = ", ".join(f"{k}={p}" for k, p in (params or {}).items())
            out.append(f"`{name}({args})`" if args else f"`{name}`")
    return ", ".join(out) or "-"


def _n(x: Any) -> str:
    return f"{x:,}" if isinstance(x, int) else ("-" if x is None else str(x))


def _table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return lines + ["| " + " | ".join(_n(c) for c in r) + " |" for r in rows]


_PROVENANCE = [
    ["`outputs`", "list of {stage, text}", "every stage's text"],
    ["`tokens`", "list of {stage, prompt_tokens, completion_tokens}", "what each stage of this sample cost"],
    ["`seed`, `model`, `recipe`, `recipe_hash`, `mode`", "int, string", "provenance"],
]
_SOURCES = {
    "answer": ("string", "the final answer as written"),
    "answer_value": ("float", "the final answer's numeric value"),
    "judge_score": ("int", "the LLM judge's score"),
    "id": ("string", "sample id within the run"),
}


def _source_meaning(source: str) -> tuple[str, str]:
    if "{{" in source or "{%" in source or any(c.isspace() for c in source):
        return "string", f"rendered from `{source}`"
    if source.startswith("row."):
        return "from the input", f"the input row's `{source[4:]}`"
    return _SOURCES.get(source, ("string", f"the output of the `{source}` stage"))


def field_rows(raw: Mapping[str, Any]) -> list[list[Any]]:
    """The card's column table, from the recipe's ``output`` (or the math columns when it declares none)."""
    out = raw.get("output") or {}
    columns, messages = dict(out.get("columns") or {}), list(out.get("messages") or [])
    provenance = _PROVENANCE if out.get("provenance", True) else []
    if not columns and not messages:
        return [
            ["`id`", "string", "sample id within the run"],
            ["`messages`", "list of {role, content}", "the problem as the user turn, the solution as the assistant's"],
            ["`problem`, `solution`", "string", "the outputs of the problem and solution stages"],
            ["`answer`, `answer_value`", "string, float", "the final answer as written, and its numeric value"],
            ["`judge_score`", "int", "the LLM judge's score (null without a judge stage)"],
            *_PROVENANCE,
        ]
    rows: list[list[Any]] = [["`id`", "string", "sample id within the run"]]
    rows += [[f"`{name}`", *_source_meaning(str(src))] for name, src in columns.items()]
    if messages:
        turns = ", ".join(f"{m['role']}: {_source_meaning(str(m['content']))[1]}" for m in messages)
        rows.append(["`messages`", "list of {role, content}", f"chat format for SFT ({turns})"])
    return rows + provenance


def _survivors(judged: bool, deduplicated: bool) -> str:
    steps = [s for s, on in (("scored by an LLM judge", judged), ("deduplicated", deduplicated)) if on]
    return f"Survivors are {' and '.join(steps)}." if steps else ""


def render_card(
    repo_id: str,
    raw: Mapping[str, Any],
    report: Mapping[str, Any],
    dedup: Mapping[str, Any] | None,
    rows: int,
    *,
    license: str = "unknown",
    data_path: str = DATA_PATH,
) -> str:
    """README.md text: YAML metadata, then what was generated, how it was filtered, and what it cost."""
    judged = bool(judge_stages(raw))
    sections = (
        _front_matter(raw, rows, license, data_path),
        _title_and_summary(repo_id, raw, report, rows, judged=judged, deduplicated=_dedup_enabled(dedup)),
        _generation_section(raw, report),
        _funnel_section(raw, report, dedup, rows),
        _token_accounting_section(report, rows),
        _fields_section(raw),
        _use_section(repo_id),
        _limitations_section(judged),
    )
    return "\n".join(line for section in sections for line in section)


def _dedup_enabled(dedup: Mapping[str, Any] | None) -> bool:
    # A dedup.json written with dedup switched off still exists (it records the config), so presence is not enough.
    return bool(dedup and dedup.get("config", {}).get("enabled", True))


def _front_matter(raw: Mapping[str, Any], rows: int, license: str, data_path: str) -> list[str]:
    """The YAML block the Hub reads; safe_dump, so quotes or colons in the recipe cannot break it."""
    meta = metadata(raw, rows, license=license, data_path=data_path)
    return ["---", yaml.safe_dump(meta, sort_keys=False).rstrip(), "---", ""]


def _title_and_summary(
    repo_id: str, raw: Mapping[str, Any], report: Mapping[str, Any], rows: int, *, judged: bool, deduplicated: bool
) -> list[str]:
    """The dataset's name, the recipe's own description, and one paragraph on how the samples were made."""
    out = [f"# {repo_id.split('/')[-1]}", ""]
    if raw.get("description"):
        out += [str(raw["description"]).strip(), ""]
    summary = (
        f"{_plural(rows, 'synthetic sample')} generated by mcrgen {__version__} with the recipe "
        f"`{raw.get('name')}` (hash `{report.get('recipe_hash')}`), using multi-stage in-flight rejection (MSIFR): "
        "every stage streams, rule validators check the text as it arrives, and a failing stream is cancelled "
        "before it finishes. " + _survivors(judged, deduplicated)
    )
    return out + [summary, ""]


def _generator_model(raw: Mapping[str, Any], report: Mapping[str, Any]) -> str:
    # The report's model is the one run.json recorded for the run; the recipe's is only a fallback when it has none.
    return str(report.get("model") or raw.get("endpoint", {}).get("model") or "unknown")


def _generation_section(raw: Mapping[str, Any], report: Mapping[str, Any]) -> list[str]:
    """Models, mode and seed, then one row per stage: its model, its token limit and its gates."""
    model = _generator_model(raw, report)
    judge_models = sorted({(s.get("endpoint") or {}).get("model") or model for s in judge_stages(raw)})
    judges = ", ".join(f"`{m}`" for m in judge_models) if judge_models else "none (no judge stage)"
    out = [
        "## Generation",
        "",
        f"- Generator model: `{model}`",
        f"- Judge model: {judges}",
        f"- Mode: `{report.get('mode')}`; sessions: {report.get('sessions')}; seed: {raw.get('seed', 42)}",
        "",
    ]
    stage_rows = [
        [f"`{s['name']}`", f"`{(s.get('endpoint') or {}).get('model') or model}`", s.get("max_tokens"), _validators(s)]
        for s in raw.get("stages", [])
    ]
    out += _table(["stage", "model", "max tokens", "validators"], stage_rows)
    return out + ["", "The full recipe, prompts included, is in `recipe.resolved.yaml` beside the data.", ""]


def _funnel_section(
    raw: Mapping[str, Any], report: Mapping[str, Any], dedup: Mapping[str, Any] | None, rows: int
) -> list[str]:
    """How many samples each step let through, then why the others were rejected and how dedup was done."""
    out = ["## Funnel", ""] + _table(["step", "samples"], _funnel_steps(raw, report, dedup, rows)) + [""]
    out += _rejections_table(report.get("rejections", []))
    if dedup is not None and _dedup_enabled(dedup):
        out += [_dedup_sentence(dedup.get("config", {})), ""]
    return out


def _funnel_steps(
    raw: Mapping[str, Any], report: Mapping[str, Any], dedup: Mapping[str, Any] | None, rows: int
) -> list[list[Any]]:
    funnel = report.get("funnel", {})
    steps = [["attempted", funnel.get("attempted")]]
    steps += [[f"passed `{s['name']}`", funnel.get(f"passed_{s['name']}")] for s in raw.get("stages", [])]
    steps += [["accepted", funnel.get("accepted")], ["rejected", funnel.get("rejected")]]
    if funnel.get("errors"):
        steps.append(["endpoint errors", funnel.get("errors")])
    if dedup:  # shown even when dedup was off: its counts are then zero, which is what happened
        steps += [
            ["exact duplicates removed", dedup.get("exact_duplicates")],
            ["near duplicates removed", dedup.get("near_duplicates")],
        ]
    steps.append(["**published**", rows])
    return steps


def _rejections_table(rejections: Sequence[Mapping[str, Any]]) -> list[str]:
    if not rejections:
        return []
    rows = [[f"`{r['stage']}`", f"`{r['validator']}`", f"`{r['reason']}`", r["count"]] for r in rejections]
    return (
        ["Rejections by stage, validator and reason:", ""]
        + _table(["stage", "validator", "reason", "count"], rows)
        + [""]
    )


def _dedup_sentence(config: Mapping[str, Any]) -> str:
    fields = ", ".join(f"`{f}`" for f in config.get("fields", []))
    return (
        f"Deduplication on {fields}: exact (case and whitespace ignored) and MinHash near duplicates "
        f"(Jaccard >= {config.get('threshold')} over word {config.get('ngram')}-grams, {config.get('num_perm')} "
        "permutations); the first sample by id wins. Removed ids are in `dedup.json`."
    )


_TOKEN_COLUMNS = ("requests", "prompt_tokens", "completion_tokens", "total_tokens")


def _token_accounting_section(report: Mapping[str, Any], rows: int) -> list[str]:
    """Tokens per stage and in all, then the cost per published sample, counting rejected samples' tokens too."""
    tokens = report.get("tokens", {})
    total = tokens.get("total", {})
    table = [[f"`{k}`", *(v.get(c) for c in _TOKEN_COLUMNS)] for k, v in tokens.get("by_stage", {}).items()]
    table.append(["**all**", *(total.get(c) for c in _TOKEN_COLUMNS)])
    per_kept = round(total.get("total_tokens", 0) / rows, 1) if rows else None
    methods = ", ".join(f"{k}: {v}" for k, v in total.get("count_methods", {}).items()) or "-"
    out = ["## Token accounting", ""]
    out += _table(["stage", "requests", "prompt tokens", "completion tokens", "total"], table)
    return out + [
        "",
        f"Tokens per published sample: {_n(per_kept)} (this counts every token spent, on rejected samples too). "
        f"Count methods (reported by the server, counted by it mid-stream, or estimated locally): {methods}. "
        "The full breakdown is in `report.json`.",
        "",
    ]


def _fields_section(raw: Mapping[str, Any]) -> list[str]:
    return ["## Fields", ""] + _table(["column", "type", "meaning"], field_rows(raw)) + [""]


def _use_section(repo_id: str) -> list[str]:
    return [
        "## Use",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        f'ds = load_dataset("{repo_id}", split="train")',
        "```",
        "",
    ]


def _limitations_section(judged: bool) -> list[str]:
    gates = "rule validators and an LLM judge" if judged else "rule validators"
    models = "generator and judge models" if judged else "generator model"
    return [
        "## Limitations",
        "",
        f"The data is machine-generated and machine-filtered ({gates}), not reviewed by people. "
        f"Check the license terms of the {models} before use.",
        "",
    ]
