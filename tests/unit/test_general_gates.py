"""The general gates (issue 16), fed the way a stream feeds them: char by char through the audit's stream_check,
so a gate that claims to fire in flight must fire before the text is complete, at the right place."""

from __future__ import annotations

import json
import random

import pytest

from mcrgen.analysis.audit import chunk_ends, stream_check
from mcrgen.errors import ValidatorError
from mcrgen.validators import CheckContext, bind
from mcrgen.validators.general import choice_letters


def fire(name: str, text: str, params: dict | None = None, inputs: dict | None = None, seed: int = 0):  # type: ignore[no-untyped-def]
    v = bind(name, params)
    ends = chunk_ends(len(text), random.Random(seed), 1, 4)
    return stream_check([v], text, stage="s", ends=ends, inputs=inputs).get(v.name)


def test_regex_must_not_match_fires_in_flight_and_must_match_at_the_end() -> None:
    f = fire("regex", "Fine so far.\nAs an AI model, I cannot.\nMore text here.\n", {"must_not_match": "as an ai"})
    assert f is None  # case matters by default
    f = fire(
        "regex", "Fine.\nAs an AI model, I cannot.\nMore text.\n", {"must_not_match": "as an ai", "ignore_case": True}
    )
    assert f is not None and f.phase == "inflight" and f.reason == "regex_forbidden"
    assert fire("regex", "no digits at all.\n", {"must_match": r"\d"}).reason == "regex_missing"
    assert fire("regex", "it has 1 digit.\n", {"must_match": r"\d"}) is None


def test_regex_with_an_end_anchor_waits_for_the_end() -> None:
    # "done\Z" matches the prefix "We are done" but the finished text goes on: no verdict before the end.
    assert fire("regex", "We are done\nand then more.\n", {"must_not_match": r"done\Z"}) is None
    f = fire("regex", "Fine.\nWe are done", {"must_not_match": r"done\Z"})
    assert f is not None and f.phase == "final"


def test_bad_regex_is_a_configuration_error() -> None:
    with pytest.raises(ValidatorError, match="bad pattern"):
        bind("regex", {"must_not_match": "("})("x", CheckContext(stage="s", final=True))


def test_max_words_and_max_chars_fire_the_moment_the_limit_is_passed() -> None:
    text = "One two three. Four five six. Seven eight nine. Ten eleven twelve.\n"
    f = fire("max_words", text, {"max": 5})
    assert f is not None and f.phase == "inflight" and f.at == text.index("Six".lower())
    f = fire("max_chars", text, {"max": 20})
    assert f is not None and f.phase == "inflight" and f.seen_at < len(text)
    assert fire("max_words", text, {"max": 12}) is None


def test_word_count_too_many_is_in_flight_too_few_at_the_end() -> None:
    long = "word " * 30 + "end.\nmore text follows here.\n"
    f = fire("word_count", long, {"min": 2, "max": 10})
    assert f is not None and f.phase == "inflight" and f.reason == "too_many_words"
    assert fire("word_count", "Too short.", {"min": 8, "max": 100}).reason == "too_few_words"


def test_repetition_catches_a_loop_early_and_spares_normal_text() -> None:
    loop = "Let me think about it.\n" + "The answer depends on the context of the question.\n" * 6
    f = fire("repetition", loop)
    assert f is not None and f.phase == "inflight" and f.seen_at < len(loop) * 0.6
    normal = "First we add the numbers.\nThen we divide by two.\nFinally we check the result.\n"
    assert fire("repetition", normal) is None
    assert fire("repetition", "ok.\n" * 4) is None  # short lines (under min_chars) count only in a long run
    stuck = fire("repetition", "ok.\n" * 10)  # the same line five times running is a loop, however short
    assert stuck is not None and stuck.at == 16 and stuck.reason == "repetition"


def test_repetition_spares_a_stock_sentence_between_new_steps_and_catches_a_cycle() -> None:
    # A verbose model's filler after each step is style, not a loop: new text comes between the copies.
    filler = "This tells us the value we need for the next step."
    steps = [f"We multiply {n} by 60: {n} * 60 = {n * 60} minutes. {filler}\n" for n in (11, 15, 9, 7)]
    assert fire("repetition", "".join(steps)) is None
    # A loop repeats the whole cycle, whatever its length: caught by the third time round.
    cycle = "First, 3 + 4 = 7 apples.\nThen 7 * 2 = 14 apples.\nSo she has 14 apples.\n"
    f = fire("repetition", "Let us add.\n" + cycle * 6)
    assert f is not None and f.phase == "inflight" and f.seen_at < len("Let us add.\n" + cycle * 3) + 10


def test_repetition_ends_a_back_to_back_copy_at_its_newline() -> None:
    # A line or two written again verbatim right below is a loop the moment the copy's newline arrives (the
    # hindsight point): no third copy is waited for.
    head = "Janet has 16 eggs.\n"
    line = "So she makes 9 * 2 = $18 every day.\n"
    f = fire("repetition", head + line * 8)
    assert f is not None and f.phase == "inflight" and f.at == len(head + line)
    assert f.seen_at == len(head + line * 2)
    pair = "- She sells 9 eggs.\n- That is 9 * 2 = $18.\n"
    f = fire("repetition", head + pair * 8)
    assert f is not None and f.at == len(head + pair) and f.seen_at == len(head + pair * 2)
    assert fire("repetition", head + line * 8, {"max_adjacent": 3}).seen_at == len(head + line * 3)


@pytest.mark.parametrize(
    "text",
    [
        # A conclusion said again after a blank line, at another indentation, or under a heading is not a loop.
        "1. **Total:**\n   500 + 181.25 = $681.25\n   They collect $681.25.\n\nThey collect $681.25.\n",
        "So the answer is 60.\n\nSo the answer is 60.\n#### 60",
        "\\[\n3 + 4 = 7\n\\]\n\\[\n7 + 1 = 8\n\\]\n",
        "ok.\nok.\nok.\n",
        # Bare equations copied once below themselves: the same computation for two prime factors (set 20).
        "$60 = 2^2 \\cdot 3^1 \\cdot 5^1$.\n$2 + 1 = 3$\n$1 + 1 = 2$\n$1 + 1 = 2$\n$3 \\cdot 2 \\cdot 2 = 12$\n#### 12",
    ],
)
def test_repetition_spares_a_conclusion_said_twice(text: str) -> None:
    assert fire("repetition", text) is None


def test_contains_none_in_flight_contains_all_at_the_end() -> None:
    text = "Here is the code.\nAs an AI, I think this works.\nEnd.\n"
    f = fire("contains_none", text, {"words": ["as an ai"]})
    assert f is not None and f.phase == "inflight" and f.at == text.index("As an AI")
    assert fire("contains_none", "Sass is fine.\n", {"words": ["ass"]}) is None  # whole words only
    f = fire("contains_all", "def f(): pass\n", {"words": ["def ", "assert"]})
    assert f is not None and f.reason == "missing_word" and f.detail == "assert"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Photosynthesis needs light.\nAnswer: C", "C"),
        ("The correct answer is (B) because light is needed.", "B"),
        ("**Answer:** D", "D"),
        ("So the final answer is $\\boxed{A}$.", "A"),
    ],
)
def test_choice_reads_the_letter_anywhere_sensible(text: str, letter: str) -> None:
    assert choice_letters(text)[-1][1] == letter
    assert fire("choice", text) is None


def test_choice_rejects_missing_inconsistent_and_out_of_range_letters() -> None:
    assert fire("choice", "I think it is the second one.").reason == "no_choice"
    assert fire("choice", "Answer: B\nActually the answer is C.").reason == "inconsistent_choice"
    assert fire("choice", "Answer: E").reason == "choice_out_of_range"
    question = "Which gas do plants take in?\nA) Oxygen\nB) Carbon dioxide\nC) Helium"
    assert fire("choice", "Answer: D", {"question": "question"}, {"question": question}).reason == (
        "choice_out_of_range"
    )
    assert fire("choice", "Answer: B", {"question": "question"}, {"question": question}) is None


@pytest.mark.parametrize(
    "doc",
    [
        {"name": "Jane Smith", "age": 42, "skills": ["a", "b"], "ok": True, "x": None, "f": -1.5e3},
        [1, 2.5, "three", {"k": []}],
    ],
)
def test_json_accepts_valid_json_however_it_is_chunked(doc: object) -> None:
    text = json.dumps(doc, indent=2)
    for seed in range(5):
        assert fire("json", text, seed=seed) is None
    assert fire("json", "```json\n" + text + "\n```\n") is None


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ('Here is the JSON:\n{"a": 1}', "H"),
        ('{\n"a": 1\n"b": 2}', '"b"'),
        ('{\n"a": "line\nbreak"}', "\nbreak"),
        ('{\n"a": tru e}\n', " e"),
        ('{\n"a": 01}\n', "1}"),
    ],
)
def test_json_rejects_at_the_first_impossible_char(text: str, bad: str) -> None:
    f = fire("json", text + "\nmore text follows.\n")
    assert f is not None and f.reason == "json_invalid"
    assert f.at == text.index(bad)


def test_json_checks_the_schema_when_finished() -> None:
    schema = {"type": "object", "required": ["name", "age"], "properties": {"age": {"type": "integer"}}}
    assert fire("json", '{"name": "A", "age": 3}', {"schema": schema}) is None
    f = fire("json", '{"name": "A", "age": "three"}', {"schema": schema})
    assert f is not None and f.reason == "json_schema" and "age" in f.detail
    assert fire("json", '{"name": "A"', {"schema": schema}).reason == "json_incomplete"


GOOD_CODE = '''```python
import math


@staticmethod
def area(r: float) -> float:
    """Area of a circle."""
    return math.pi * r**2


def total(xs: list[int]) -> int:
    s = 0
    for x in xs:
        if x > 0:
            s += x
        else:
            s -= 0
    return s


assert total([1, 2]) == 3
```
'''


def test_python_syntax_passes_good_code_however_it_is_chunked() -> None:
    for seed in range(5):
        assert fire("python_syntax", "Here is the function:\n" + GOOD_CODE + "It works.\n", seed=seed) is None


def test_python_syntax_rejects_a_broken_statement_once_the_next_one_starts() -> None:
    broken = GOOD_CODE.replace("    s = 0\n", "    s = = 0\n")
    f = fire("python_syntax", broken)
    assert f is not None and f.reason == "python_syntax" and f.phase == "inflight"
    # Seen once the next top-level statement (the assert) is complete, before the block ends.
    assert f.at == broken.index("    s = = 0") and f.seen_at <= broken.rindex("```")


def test_python_syntax_needs_a_code_block_when_fenced() -> None:
    assert fire("python_syntax", "I cannot write code today.").reason == "no_code"
    assert fire("python_syntax", "x = (1,\n2)\nprint(x)\n", {"fenced": False}) is None


@pytest.mark.parametrize(
    "instruction",
    [
        "Write a short, polite email declining a meeting invitation.",
        "Summarize the plot of Romeo and Juliet in two sentences.",
        "List three tips for staying focused while studying.",
        "Translate 'good morning' into French.",
        "Explain recursion to a ten-year-old.",
        "Compose a haiku about autumn leaves.",
        "Give me five names for a bakery.",
    ],
)
def test_language_and_english_only_pass_imperative_instructions(instruction: str) -> None:
    assert fire("english_only", instruction) is None
    assert fire("language", instruction) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Juan tiene cinco manzanas y compra tres mas. Cuantas manzanas tiene ahora?", "es"),
        ("Combien de pommes Marie a-t-elle dans son panier pour la fete?", "fr"),
        ("Schreibe eine kurze E-Mail an deinen Chef und erkläre, warum du nicht kommst.", "de"),
    ],
)
def test_language_rejects_other_languages_without_accents(text: str, lang: str) -> None:
    f = fire("language", text)
    assert f is not None and f.reason == "wrong_language" and lang in f.detail
    assert fire("language", text, {"lang": lang}) is None
