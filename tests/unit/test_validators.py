"""Table-driven unit tests for every built-in validator, the statement segmenter and the answer formats.

Texts are fed the way the engine feeds them (chunked, cut at statement boundaries, then a final call), via
:func:`mcrgen.analysis.audit.stream_check`, so every case also exercises prefix safety.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from mcrgen.analysis.audit import Firing, chunk_ends, stream_check
from mcrgen.errors import RecipeError
from mcrgen.validators import CheckContext, bind
from mcrgen.validators.formats import get_format, parse_latex_number, parse_number
from mcrgen.validators.segment import complete_prefix_end, result_end, settled_end, statement_end, statement_spans


def run(
    name: str,
    text: str,
    params: dict[str, Any] | None = None,
    *,
    problem: str = "Tom has 12 apples and buys 30 more. How many apples does he have now?",
    fmt: str = "gsm8k",
    seed: int = 0,
    hi: int = 4,
    expected_tokens: int | None = None,
) -> Firing | None:
    v = bind(name, params)
    fired = stream_check(
        [v],
        text,
        stage="solution",
        ends=chunk_ends(len(text), random.Random(seed), 1, hi),
        inputs={"problem": problem},
        answer_format=fmt,
        expected_tokens=expected_tokens,
    )
    return fired.get(v.name)


def verdicts(name: str, text: str, **kw: Any) -> set[tuple[str, int | None]]:
    """The (reason, at) verdict under several chunkings: prefix-safe validators must agree on all of them."""
    out = set()
    for seed, hi in ((0, 1), (1, 4), (2, 16), (3, 10_000)):
        f = run(name, text, seed=seed, hi=hi, **kw)
        out.add((f.reason, f.at) if f else ("pass", None))
    return out


# --- segment ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("abc", 0, 0),
        ("a.\nb", 0, 3),
        ("x is 2.5 and", 0, 0),
        ("Done. Next", 0, 5),
        ("Done.", 0, 0),  # its whitespace has not arrived: 'Done.5' is still possible
        ("Wow! Really? Yes", 0, 12),
        ("One. Two. Thr", 5, 9),
        ("One. Two", 5, 0),  # nothing new after start: 0, never start itself
        ("a <<48/2=24. x", 0, 0),  # never inside an annotation
        ("a <<48/2=24>>24. x", 0, 16),
        ("a <<48/2=2\nb", 0, 11),  # annotations do not span lines
        ("2.5. 3", 0, 4),
    ],
)
def test_statement_end(text: str, start: int, expected: int) -> None:
    assert statement_end(text, start) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So 24 - 9 = 13", 0),  # "13" may still become "135"
        ("So 24 - 9 = 13 ", 0),
        ("So 24 - 9 = 13 m", 0),  # "m" may become "million" or "minus"
        ("So 24 - 9 = 13 mu", 0),  # "mu" may become "multiplied"
        ("So 24 - 9 = 13 muf", 18),  # settled: "muf" is none of them
        ("So 24 - 9 = 13 muffins are", 18),
        ("It is 20% o", 0),
        ("She has 24 muffins", 0),  # no equality marker in the statement
        ("Total: 1,2", 0),
        ("She pays 3 * 4, which is **12** mo", 31),
        ("He has 10 - 3 = 7, and", 19),
        ("a <<48/2=24>>24 clips", 18),  # after the annotation's printed result ("c" may begin Vietnamese "chia")
        ("a <<48/2=24 cl", 0),
    ],
)
def test_result_end(text: str, expected: int) -> None:
    assert result_end(text, 0) == expected
    assert complete_prefix_end(text, 0) == max(expected, statement_end(text, 0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So 3 = 13", 7),
        ("So 3 = 13 muf", 13),
        ("So 3 = 13 mu", 10),
        ("So 3 = 13 m", 10),
        ("So 3 = 1,2", 7),
        ("So 3 = $ ", 7),
        ("a <<4", 2),
    ],
)
def test_settled_end(text: str, expected: int) -> None:
    assert settled_end(text, 0) == expected


def test_incremental_cuts_are_the_full_texts_boundaries() -> None:
    text = "He sold 48/2 = <<48/2=24>>24 clips. Then 2.5 more!\nSo 48+24 = <<48+24=72>>72.\n#### 72"
    boundaries = {e for _, e in statement_spans(text)}
    for seed in range(30):
        rng = random.Random(seed)
        checked = before = 0
        for end in chunk_ends(len(text), rng, 1, 6):
            cut = statement_end(text[:end], max(checked, before - 1))
            before = end
            if cut > checked:
                assert cut in boundaries and text[:cut].endswith(("\n", ".", "!", "?"))
                checked = cut
        assert checked == max(b for b in boundaries if b < len(text))


# --- arithmetic ------------------------------------------------------------------------------------------

ARITH_OK = [
    "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n",
    "The cost is 80,000+50,000=$<<80000+50000=130000>>130,000\n",
    "Her rate is $10 x 1.2 = $12.\n",
    "He pays 20% of 50 = 10 dollars.\n",
    "Each gets 10/3 = 3.33 pounds.\n",
    "They need 10/3 = 4 buses.\n",
    "So 2/3 = 0.67 of it.\n",
    "A running total: 12 + 3 = 15 * 2 = 30\n",
    "He runs 3 hours * 60 minutes/hour = 180 minutes\n",
    "So $\\frac{3}{4} \\times 8 = 6$ and $2 \\cdot 3 + 4 = 10$.\n",
    "Then $2^{10} = 1024$.\n",
    "So (3 + 4) * 2 = 14 and 5 × 4 ÷ 2 = 10 and 7 − 2 = 5.\n",
    "One hour = 60 minutes.\n",  # a conversion, not a computation
    "So 2x + 3 = 7 and f(2) = 5 and x = 3 + 4 = 7.\n",
    "The share is 10/50 = 20% or 10/50*100 = 20%.\n",
    "The rest is 100% - 20% = 80%.\n",
    "12 kittens / 18 cats * 100% = 66.666...%\n",
    "He makes 2 cups / 1/4 cup = 8 burgers.\n",
    "Roughly 10/3 ≈ 3.3 each.\n",
    "She had 45 -40 = 5 hours.\n",
    "We get $5 - \\sqrt{2} = 3.59$.\n",  # tainted: \\sqrt is not judged
    "Is 3 + 2 <= 6? Yes.\n",
    "At 9:00 + 2 hours = 11:00 he left.\n",
    "Total = 5 + 3 = 8 apples\n#### 8",
]

ARITH_BAD = [
    ("Natalia sold 48/2 = <<48/2=25>>25 clips in May.\n", 13),
    ("She has 48/2 = 25 clips.\n", 8),
    ("So 3 * 4 = 13.\n", 3),
    ("Then $2 \\cdot 3 = 7$ follows.\n", 6),
    ("Half is \\frac{1}{2} \\times 8 = 5 now.\n", 8),
    ("A running total: 12 + 3 = 15 * 2 = 31\n", 26),
    ("They had 1,000 + 2,000 = 4,000 in total.\n", 9),
    ("Each gets 10/3 = 3.4 pounds.\n", 10),
    ("He sold <<48/2=24>>25 clips.\n", 8),
    ("So (3+4)*2 = 15.\n", 3),
]


@pytest.mark.parametrize("text", ARITH_OK)
def test_arithmetic_accepts(text: str) -> None:
    assert verdicts("arithmetic", text) == {("pass", None)}


@pytest.mark.parametrize(("text", "at"), ARITH_BAD)
def test_arithmetic_rejects_at_the_computation(text: str, at: int) -> None:
    assert verdicts("arithmetic", text) == {("arithmetic", at)}


def test_arithmetic_judges_only_complete_statements() -> None:
    # Every prefix the engine can cut ends on a boundary; "48/2 = 2" is never judged before "4" arrives.
    text = "She has 48/2 = 24 clips.\n"
    v = bind("arithmetic", None)
    for end in range(1, len(text) + 1):
        cut = complete_prefix_end(text[:end], 0)
        if cut:
            assert v(text[:cut], CheckContext(stage="solution")) is None


# --- the other trace validators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "params", "expected"),
    [
        ("As an AI language model, I cannot solve this.\n", None, ("hallucination_phrase", 0)),
        ("First 3 + 4 = 7. I’m not sure about\nthe rest.\n", None, ("hallucination_phrase", 17)),
        ("We assume 3 + 4 = 7 and wait for it.\n", None, ("pass", None)),
        ("He ate a banana split.\n", {"extra": ["banana split"]}, ("hallucination_phrase", 9)),
        ("As an AI, hmm.\n", {"replace": ["banana"]}, ("pass", None)),
        ("Hmmm, guessed right.\n", {"replace": ["hmm", "guess"]}, ("pass", None)),  # whole words only
    ],
)
def test_hallucination_phrases(text: str, params: dict[str, Any] | None, expected: tuple[str, int | None]) -> None:
    assert verdicts("hallucination_phrases", text, params=params) == {expected}


@pytest.mark.parametrize(
    ("text", "fmt", "params", "expected"),
    [
        ("#### 5\n", "gsm8k", None, ("premature_answer", 0)),
        ("3+4=7\n#### 7", "gsm8k", None, ("pass", None)),
        ("3+4=7\n#### 7\n", "gsm8k", None, ("pass", None)),
        ("3+4=7\n#### 7\nWait, let me redo it.\n", "gsm8k", None, ("text_after_answer", 6)),
        ("3+4=7\n#### 7\n#### 8", "gsm8k", None, ("repeated_answer", 6)),
        # MetaMathQA ends "#### 7" then "The answer is: 7": the same answer said again, not text after it.
        ("3+4=7\n#### 7\nThe answer is: 7", "gsm8k", None, ("pass", None)),
        ("3+4=7\n#### 7\n**Answer:** 7.\n", "gsm8k", None, ("pass", None)),
        ("3+4=7\n#### 7\nThe answer is: 7.00", "gsm8k", None, ("pass", None)),  # the same number written out
        # A markdown heading "#### Step 1" is not the answer marker; "#### **7**" and "#### $7" are.
        ("#### Step 1 – Add\n3+4=7\n\n#### Step 2\n7*2=14\n#### 14", "gsm8k", None, ("pass", None)),
        ("#### **Step 1**\n3+4=7\n#### 7", "gsm8k", None, ("pass", None)),
        ("#### **7**\n", "gsm8k", None, ("premature_answer", 0)),
        ("#### $7\n", "gsm8k", None, ("premature_answer", 0)),
        ("3+4=7\n#### 7\n#### Step 3\n", "gsm8k", None, ("text_after_answer", 6)),
        ("3+2.5=5.5\n#### 5.5\nThe answer is: 5.50", "gsm8k", None, ("pass", None)),
        ("3+4=7\n#### 7\nThe answer is: 7.01", "gsm8k", None, ("text_after_answer", 6)),
        ("3+4=7\n#### 7\nThe answer is: 8", "gsm8k", None, ("text_after_answer", 6)),
        ("3+4=7\n#### 7\nThe answer is: 70", "gsm8k", None, ("text_after_answer", 6)),
        ("3+4=7\n#### 7\nThe answer is: 7. But wait, 3+4=8.", "gsm8k", None, ("text_after_answer", 6)),
        ("3+4=7 and 7*2=14\n#### 14", "gsm8k", {"min_computations": 5}, ("premature_answer", 17)),
        # Computations in words and in other languages (sets 22 and 24, stop 34); the default problem gives 12 and 30.
        ("Twelve multiplied by thirty is three hundred sixty.\n#### 360", "gsm8k", None, ("pass", None)),
        ("Forty-two take away eight is thirty-four.\n#### 34", "gsm8k", None, ("pass", None)),
        ("Primeiro: R$ 12,00 vezes 30 é igual a R$ 360,00.\n#### 360", "gsm8k", None, ("pass", None)),
        ("第一步：12乘以30得360个\n#### 360", "gsm8k", None, ("pass", None)),
        # A restated problem computes nothing: its third number is the problem's own.
        ("Tom has 12 apples, buys 30 more, then has 12.\n#### 42", "gsm8k", None, ("premature_answer", 46)),
        ("So $x = \\boxed{2}$. Also $\\boxed{2}$ again.", "boxed", None, ("pass", None)),
        ("So $x = \\boxed{2}$. Or $\\boxed{3}$ maybe.", "boxed", None, ("repeated_answer", 24)),
        ("One to any power is one: $\\boxed{1}$.", "boxed", None, ("pass", None)),
        ("3 + 4 = 7.\nAnswer: C", "choice", None, ("pass", None)),
    ],
)
def test_answer_marker(text: str, fmt: str, params: dict[str, Any] | None, expected: tuple[str, int | None]) -> None:
    assert verdicts("answer_marker", text, params=params, fmt=fmt) == {expected}


PROBLEM = "Tom has 5 apples and gives 3 away. How many are left?"


@pytest.mark.parametrize(
    ("text", "params", "problem", "expected"),
    [
        ("He has 5 + 3 = 8 apples.\n", None, PROBLEM, ("pass", None)),
        ("He has 5 * 400 = 2000 apples.\n", None, PROBLEM, ("magnitude", 17)),  # > 100 x (5*3)
        ("He has 600 apples.\n", None, PROBLEM, ("pass", None)),
        ("He has 600 apples.\n", {"basis": "largest"}, PROBLEM, ("magnitude", 7)),
        # No fixed 10M cap when the problem's own numbers make a big result routine.
        ("Costs 20,000,000 now.\n", None, "A car costs $900,000 and a boat 10 times more. What then?", ("pass", None)),
        ("So 302611 * 73 = 22090603 eggs.\n", None, "302611 hens lay 73 eggs each. How many eggs?", ("pass", None)),
        ("Costs 20,000,000 now.\n", None, "A car is red. What does it cost?", ("magnitude", 6)),  # max_abs
        ("It costs 6,000,000 now.\n", None, "A car costs $90 and a boat 10 times more. What then?", ("magnitude", 9)),
        ("It has 12,000,000 seats.\n", None, "A stadium has 12,000,000 seats. How many?", ("pass", None)),
        ("Then 3 hours is 10800 seconds.\n", None, "He works 3 hours. How many seconds?", ("pass", None)),
        ("We get 1048576.\n", None, "What is $2^{20}$?", ("pass", None)),  # competition math: skipped
    ],
)
def test_magnitude(text: str, params: dict[str, Any] | None, problem: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("magnitude", text, params=params, problem=problem) == {expected}


def test_magnitude_prefilter_never_hides_a_number_over_the_limit() -> None:
    """``may_exceed`` is only a shortcut: every number NUMBER_RE reads as above the limit must match it."""
    from mcrgen.validators.magnitude import may_exceed
    from mcrgen.validators.scale import NUMBER_RE, number_value

    rng = random.Random(13)
    checked = 0
    for _ in range(4000):
        limit = rng.choice([0.5, 1, 9.5, 10, 99, 100, 999.9, 1000, 1500, 12345, 10**6, 3.7e7, rng.uniform(0, 1e9)])
        digits = str(rng.randint(0, 10 ** rng.randint(1, 11)))
        grouped = f"{int(digits):,}"
        raw = rng.choice([digits, grouped, grouped.replace(",", ",\\!"), f"{digits}.{rng.randint(0, 99)}"])
        text = f"so {raw} {rng.choice(['apples', '1,2345', '.5', ''])}"
        for m in NUMBER_RE.finditer(text):
            if number_value(m.group()) > limit:
                checked += 1
                assert may_exceed(limit).search(text, m.start(), m.end()) is not None, (limit, m.group())
    assert checked > 1000


@pytest.mark.parametrize(
    ("text", "problem", "expected"),
    [
        ("He has 5 - 8 = -3 apples.\n", PROBLEM, ("unexpected_negative", 15)),
        ("He has 45 -40 = 5 left and x-3 is fine.\n", PROBLEM, ("pass", None)),
        ("The value is -3.\n", PROBLEM, ("unexpected_negative", 13)),
        ("So (-3) is it.\n", PROBLEM, ("unexpected_negative", 4)),
        ("It is 2 - 5 = -3 degrees.\n", "The temperature is 2 degrees and drops 5. What is it now?", ("pass", None)),
        ("So $x = -3$.\n", "Solve $x^2 = 9$ for the smaller root.", ("pass", None)),
        ("He lost 11 - 20 = -9.\n", "He lost $5 and won $1. What did he lose?", ("pass", None)),
        ("[asy]\ndraw((-1,0)--(1,0));\n[/asy]\nSo 2.\n", PROBLEM, ("pass", None)),
        # A difference taken the other way round and read back in words in its statement is correct work.
        ("45 - 60 = -15, so Max has 15 fewer stamps.\n#### 15", PROBLEM, ("pass", None)),
        ("\\[ 20 - 144 = -124 \\text{ dollars} \\]\nSo she loses $124.\n", PROBLEM, ("unexpected_negative", 14)),
        ("45 - 60 = -15, so Max has 150 stamps.\n", PROBLEM, ("unexpected_negative", 10)),
        ("45 - 60 = -15 and 2 - 7 = -5, so 15 fewer.\n", PROBLEM, ("unexpected_negative", 26)),
    ],
)
def test_unexpected_negative(text: str, problem: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("unexpected_negative", text, problem=problem) == {expected}


def test_unexpected_negative_words_param() -> None:
    assert run("unexpected_negative", "It is -3.\n", {"words": ["apples"]}, problem=PROBLEM) is None


def test_runaway_length() -> None:
    text = "word " * 400 + "\n"
    assert run("runaway_length", text, expected_tokens=1000) is None
    assert run("runaway_length", text) is None
    fired = run("runaway_length", text, {"multiple": 2.0}, expected_tokens=100)
    assert fired is not None and fired.reason == "runaway_length" and fired.tokens > 200


# --- final_answer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "params", "reason"),
    [
        ("It is 2+1=<<2+1=3>>3 bolts\n#### 3", "gsm8k", None, None),
        ("It is 2+1=<<2+1=3>>3 bolts\n#### 4", "gsm8k", None, "inconsistent_answer"),
        ("It is 2+1=<<2+1=3>>3 bolts\n#### 4", "gsm8k", {"consistent": False}, None),
        ("It is 2+1=3 bolts", "gsm8k", None, "no_final_answer"),
        ("It is 2+1=3\n#### three", "gsm8k", None, "unparseable_answer"),
        ("It is 2+1=3\n#### 3\n#### 4", "gsm8k", None, "multiple_answers"),
        ("So 1/4 = 0.25 of them\n#### 25", "gsm8k", None, None),
        ("So 2,000 + 125 = 2,125\n#### 2,125", "gsm8k", None, None),
        ("$9 + 8 + 10 = 27$\n$9 + 8 = 17$\n$P = \\frac{17}{27}$\n#### 17/27", "gsm8k", None, None),  # set 20
        ("So 3 + 4 = 7 of 8 marbles.\n#### 7/8", "gsm8k", None, "inconsistent_answer"),
        ("$5^2 = 25$\n$4^2 = 16$\n$\\frac{25}{16}$\n#### 25/16", "gsm8k", None, None),
        ("$5^2 = 25$\n$4^2 = 16$\n$\\frac{25}{16}$\n#### 25/17", "gsm8k", None, "inconsistent_answer"),
        ("Since 1.76 < 2, it takes 2 days: 2.2 - .44 = 1.76\nso 2 days.\n#### 2", "gsm8k", None, None),
        ("So 16 * 2 = 32 feet. Taller, so three days.\n#### 3", "gsm8k", None, None),
        ("Now 2/3 * x = 12, so x = 18\n#### 18", "gsm8k", None, None),
        ("Now 2/3 * x = 12, so x = 18\n#### 20", "gsm8k", None, "inconsistent_answer"),
        ("So $\\frac{2520}{30} = \\boxed{84}$.", "boxed", None, None),
        ("So $\\frac{2520}{30} = 84$, so the answer is $\\boxed{85}$.", "boxed", None, "inconsistent_answer"),
        # A step done in words between the last result and the box (MATH500 #169): not a contradiction.
        ("Each has area $\\frac{3 \\times 4}{2} = 6$, for a total area of $\\boxed{12}$.", "boxed", None, None),
        (
            "Each has area $\\frac{3 \\times 4}{2} = 6$, so the final answer is $\\boxed{12}$.",
            "boxed",
            None,
            "inconsistent_answer",
        ),  # fmt: skip
        ("We get $\\boxed{2}$ and again $\\boxed{2}$.", "boxed", None, None),
        ("We get $\\boxed{p - q}$.", "boxed", None, None),
        ("We get $\\boxed{}$.", "boxed", None, "unparseable_answer"),
        ("Equality when $x = 1$, so the minimum is $\\boxed{9}$.", "boxed", None, None),
        ("3 + 4 = 7.\nAnswer: (C)", "choice", None, None),
        ("3 + 4 = 7.\nAnswer: maybe", "choice", None, "unparseable_answer"),
    ],
)
def test_final_answer(text: str, fmt: str, params: dict[str, Any] | None, reason: str | None) -> None:
    fired = run("final_answer", text, params, fmt=fmt)
    assert (fired.reason if fired else None) == reason
    if fired and reason == "inconsistent_answer":
        assert fired.at == get_format(fmt).find(text)[-1].start


# --- problem stage ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "params", "reason"),
    [
        ("has_question_mark", "Tom has 5 apples. Find the total.", None, "no_question_mark"),
        ("has_question_mark", "Tom has 5 apples. How many?", None, None),
        ("word_count", "How many apples?", None, "too_few_words"),
        ("word_count", "word " * 101 + "?", None, "too_many_words"),
        ("word_count", "How many apples?", {"min": 3}, None),
        ("english_only", "Janet’s ducks lay 16 eggs — she sells them for $2 (20% off) at 30°F. How many?", None, None),
        ("english_only", "Léa bought a piñata at the café for €12 and ½ a cake. What did it cost?", None, None),
        ("english_only", "А Senior Center hosts a bingo night. How much money is left?", None, "non_english"),
        ("english_only", "小明有5个苹果。他还有多少个?", None, "non_english"),
        ("english_only", "¿Cuántas manzanas tiene Juan si compra 3 más?", None, "non_english"),
        (
            "english_only",
            "Juan tiene cinco manzanas y compra tres mas. Cuantas manzanas tiene ahora?",
            None,
            "non_english",
        ),
        ("english_only", "Anna hat fünf Äpfel und kauft drei dazu. Wie viele Äpfel hat sie?", None, "non_english"),
        ("english_only", "Compute $\\dbinom{8}{4}$.", None, None),
    ],
)
def test_problem_gates(name: str, text: str, params: dict[str, Any] | None, reason: str | None) -> None:
    fired = run(name, text, params)
    assert (fired.reason if fired else None) == reason


def test_english_only_points_at_the_foreign_char() -> None:
    fired = run("english_only", "Tom has 5 apples. Он купил 3. How many?")
    assert fired is not None and fired.phase == "inflight" and fired.at == 18


# --- formats ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "value"),
    [("$1,234.50", 1234.5), ("-3", -3.0), ("50%", 50.0), ("7 apples", 7.0), ("3/4", 0.75), ("abc", None)],
)
def test_parse_number(raw: str, value: float | None) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,\\!000", 1000.0),
        ("\\frac{3}{4}", 0.75),
        ("-\\dfrac{1}{2}", -0.5),
        ("15\\frac{39}{40}", 15.975),
        ("90^\\circ", 90.0),
        ("\\$5", 5.0),
        ("25\\%", 25.0),
        ("12\\text{ cm}", 12.0),
        ("p - q", None),
        ("\\frac{\\pi}{2}", None),
    ],
)
def test_parse_latex_number(raw: str, value: float | None) -> None:
    assert parse_latex_number(raw) == value


def test_formats_find_answers() -> None:
    gsm = get_format("gsm8k").find("a\n#### 2,125")
    assert [(a.raw, a.value) for a in gsm] == [("2,125", 2125.0)]
    assert get_format("gsm8k").find("#### -3")[0].value == -3.0
    boxed = get_format("boxed").find("so $\\boxed{\\left( 3, \\frac{\\pi}{2} \\right)}$ and \\boxed{\\frac{1}{2}}")
    assert [a.value for a in boxed] == ["(3,\\frac{\\pi}{2})", 0.5]
    assert get_format("boxed").find("\\boxed{\\frac{1}{2}") == []  # unclosed: not an answer yet
    assert get_format("choice").find("Work.\nAnswer: (C)")[0].value == "C"
    with pytest.raises(RecipeError):
        get_format("nope")
