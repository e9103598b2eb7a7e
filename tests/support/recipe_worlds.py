"""Scripted 'models' for the shipped recipes: each answers a stage (told apart by its system prompt) from the
recipe's own seed data, and spoils every ``bad_every``-th reply in a way one gate must catch in flight, so a
test knows in advance which samples are accepted and which streams are cancelled."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.scripted_server import Reply, Script

DATA = Path(__file__).resolve().parents[2] / "recipes" / "data"


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def _parts(body: dict[str, Any]) -> tuple[str, str, int]:
    msgs = body["messages"]
    system = str(msgs[0]["content"]) if msgs[0]["role"] == "system" else ""
    return system, str(msgs[-1]["content"]), int(body.get("seed") or 0)


def world(stages: dict[str, Callable[[str, int], str]]) -> Script:
    """A script from ``{system-prompt fragment: reply(user prompt, seed)}``."""

    def script(body: dict[str, Any], n: int) -> Reply:
        system, prompt, seed = _parts(body)
        for fragment, reply in stages.items():
            if fragment in system:
                return Reply(reply(prompt, seed))
        return Reply(status=400, body={"error": {"message": f"no scripted stage for system prompt {system!r}"}})

    return script


def _spoil(seed: int, bad_every: int) -> bool:
    return bool(bad_every) and seed % bad_every == 1


def math_world(bad_every: int = 3) -> Script:
    """Problems are MATH500 seed problems; solutions their gold solutions; spoiled ones loop on a line."""
    rows = [r for r in _rows("math500_seeds.jsonl") if len(r["problem"]) < 250]  # within the stage's max_tokens
    gold = {r["problem"]: r["solution"] for r in rows}

    def solution(prompt: str, seed: int) -> str:
        text = next(s for p, s in gold.items() if p in prompt)
        if _spoil(seed, bad_every):
            return "We expand the expression carefully first.\n" * 5 + text
        return text

    return world(
        {
            "write competition": lambda prompt, seed: rows[seed % len(rows)]["problem"],
            "solve competition": solution,
        }
    )


def mcq_world(bad_every: int = 4) -> Script:
    """A question on the prompt's topic; spoiled ones list a fifth option (the plug-in cancels at 'E)')."""

    def question(prompt: str, seed: int) -> str:
        topic = prompt.split("question about ", 1)[1].split(" (", 1)[0]
        k = seed % 1000  # vary the wording: two questions on one topic must not be duplicates
        options = [f"A) It needs {k} units of energy", "B) It is studied in science", "C) It never changes", "D) No"]
        if _spoil(seed, bad_every):
            options.append("E) All of the above")
        return f"Which statement about {topic} is true?\n" + "\n".join(options) + "\n"

    return world(
        {
            "write clear science": question,
            "answer science": lambda prompt, seed: "Only option B describes it correctly.\nAnswer: B",
        }
    )


def instruct_world(bad_every: int = 5) -> Script:
    """New instructions are the next seed instruction; responses the seed responses; the judge scores 4, or 2
    for every ``bad_every``-th sample."""
    rows = _rows("instruct_seeds.jsonl")
    responses = {r["instruction"]: r["response"] for r in rows}

    def instruction(prompt: str, seed: int) -> str:
        i = next(k for k, r in enumerate(rows) if r["instruction"] in prompt)
        return rows[(i + 1) % len(rows)]["instruction"]

    def judge(prompt: str, seed: int) -> str:
        return "It follows the instruction.\nScore: " + ("2" if _spoil(seed, bad_every) else "4")

    return world(
        {
            "write instructions": instruction,
            "helpful, accurate": lambda prompt, seed: next(r for i, r in responses.items() if prompt.strip() == i),
            "strict grader": judge,
        }
    )


def code_world(bad_every: int = 3) -> Script:
    """The seed solution of the task named in the prompt; spoiled ones break the function's first statement."""
    rows = _rows("code_tasks.jsonl")

    def code(prompt: str, seed: int) -> str:
        row = next(r for r in rows if f"`{r['name']}`" in prompt)
        text = str(row["code"])
        if _spoil(seed, bad_every):
            lines = text.split("\n")  # ```python, def ..., body: the body's first statement becomes invalid
            text = "\n".join([*lines[:2], "    return = 1", *lines[2:]])
        return text

    return world({"expert Python programmer": code})


def extraction_world(bad_every: int = 3, fenced_every: int = 2) -> Script:
    """The gold record of the document in the prompt, pretty-printed; spoiled ones open with prose, and some good
    ones come in a ```json fence, as chat models write JSON (the gate accepts it; the dataset wants the value)."""
    rows = _rows("extraction_docs.jsonl")

    def extraction(prompt: str, seed: int) -> str:
        row = next(r for r in rows if r["text"] in prompt)
        doc = json.dumps(json.loads(row["extraction"]), indent=2, ensure_ascii=False)
        if _spoil(seed, bad_every):
            return "Here is the JSON you asked for:\n" + doc
        return f"```json\n{doc}\n```" if seed % fenced_every == 0 else doc

    return world({"extract structured data": extraction})
