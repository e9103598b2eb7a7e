"""The top of compare.html: the verdict box (one sentence per headline figure) and a few sample texts.

The figures come from ``compare.json``'s ``verdict`` and ``examples`` (see :mod:`mcrgen.analysis.digest`).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from mcrgen.render.html_parts import explain
from mcrgen.render.labels import why
from mcrgen.render.verdict import verdict_sentences


def verdict_box(data: Mapping[str, Any]) -> str:
    lis = "".join(f"<li>{escape(s)}</li>" for s in verdict_sentences(data))
    return f'<div class="verdict"><h2>Verdict</h2><ul>{lis}</ul></div>'


def _killed(ex: Mapping[str, Any]) -> str:
    where = "closed in flight" if ex.get("outcome") == "rejected_inflight" else "rejected after its end"
    at = f" after {ex['at_token']} tokens" if ex.get("at_token") is not None else ""
    head = f"sample {ex['id']} · stage {ex['stage']} · {where}{at} · {why(ex)}"
    span = escape(ex["span"]) or "&nbsp;"
    text = (
        ("… " if ex.get("clipped") else "")
        + escape(ex["before"])
        + f"<mark>{span}</mark>"
        + f'<span class="after">{escape(ex["after"])}</span>'
    )
    context = "".join(
        f'<div class="stage">{escape(stage)}</div><pre>{escape(t)}</pre>' for stage, t in ex.get("earlier", {}).items()
    )
    failing = f'<div class="stage">{escape(ex["stage"])}</div><pre>{text}</pre>'
    return f'<div class="sample killed"><div class="head">{escape(head)}</div>{context}{failing}</div>'


def _kept(ex: Mapping[str, Any]) -> str:
    parts = "".join(
        f'<div class="stage">{escape(stage)}</div><pre>{escape(text)}</pre>' for stage, text in ex["outputs"].items()
    )
    return f'<div class="sample kept"><div class="head">sample {escape(str(ex["id"]))} · accepted</div>{parts}</div>'


def examples_section(ex: Mapping[str, Any]) -> str:
    if not ex or not (ex.get("kept") or ex.get("killed")):
        return ""
    out = [
        "<h2>Sample texts</h2>",
        explain(
            "A few samples from the in-flight run. Accepted ones show every stage's text. Killed ones show the "
            "stage that failed, up to where the stream was closed; the highlighted statement is where the "
            "validator found the fault."
        ),
    ]
    out += [_kept(k) for k in ex.get("kept", [])]
    out += [_killed(k) for k in ex.get("killed", [])]
    return "".join(out)
