"""The solution gates on sets written by evaluators who had not seen the gates' data (tests/data/independent):
model styles the generated sets lack (inline LaTeX ``\\( \\)`` and ``\\[ \\]``, ``2{,}000``, ``\\frac{\\$200}{2}``,
worded multipliers, check lines), and the cases they found one by one.

Each set's first measurement was held-out (set 1 on the tree at 35a5d35, each later one after the previous
set's fixes); sets 1-4 were then tuned against, set 5 never (docs/validators.md gives both figures).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mcrgen.analysis.audit import chunk_ends, stream_check
from mcrgen.validators import bind
from tests.support.independent import evaluate

PROBLEM = "A bakery bakes 8 trays of 24 muffins and sells 57. A box holds 2 hours of work. How many are left?"


ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "tests" / "data" / "independent"


@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    return evaluate("set1")


@pytest.fixture(scope="module")
def figures2() -> dict[str, Any]:
    return evaluate("set2", seed=1)


@pytest.fixture(scope="module")
def figures3() -> dict[str, Any]:
    return evaluate("set3", seed=2)


@pytest.fixture(scope="module")
def figures4() -> dict[str, Any]:
    return evaluate("set4", seed=3)


def test_set5_held_out() -> None:
    """Set 5 was written after every fix of this stop and measured once, never tuned against: the held-out
    figure for the gates as they are (0 of 180 correct solutions killed, every slip caught at its step)."""
    kinds = evaluate("set5", seed=4)["kinds"]
    assert kinds["correct"]["n"] == 180 and kinds["correct"]["rejected"] == 0
    for kind in ("slip", "carry"):
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set6_held_out() -> None:
    """Set 6 (712 problems in 16 styles) was written at stop 29 and measured once on the tree that had this stop's
    repetition and negative-number fixes (held-out: 0 false kills; slips caught at the faulty step 81.2%, all
    misses in three styles never seen before: markdown tables, bullets and arrows, results written first). The
    gates were then fixed for those styles: these are the tuned figures (docs/validators.md has both)."""
    figures = evaluate("set6", seed=5)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 712 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    # Two styles end without the "####" line the recipes ask for (boxed, or a bold answer line).
    assert len(figures["format_rejects"]) == 90, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set7_tuned() -> None:
    """Set 7 (720 problems in 16 styles, 12 of them new) was written at stop 29 after set 6's fixes and measured
    once, never tuned against (held-out: 1 of 720 correct solutions killed, 66.7% of slips caught at the faulty
    step; the misses were code comments, parenthetical computations, lines that start with an operator, numbered
    "2)" items, "we get", "==", "25% off $140.00 = ...", glued units, clock spans; docs/validators.md). At stop 30
    the gates were fixed for those layouts: these are the tuned figures. What is left: a mixed number before a
    parenthetical ("2 1/2 cups (0.75 × 2)"), a clock span inside ``\\text{}``."""
    figures = evaluate("set7", seed=6)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 720 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 90  # its qwen_boxed and json_answer styles write no "####" line
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set8_tuned() -> None:
    """Set 8 (816 problems in 16 styles, none of them an earlier set's) was written at stop 30 after set 7's fixes
    and measured once before any change (held-out: 6 of 816 correct solutions killed (0.74%), all by
    answer_marker on solutions computed in words; 93.4% of slips and of carried slips caught at the faulty step;
    the misses were two styles: small numbers in words, "Six lots of $1.75 is $10.50", and ``∵ 230 × 11 = 2530``).
    The gates were then fixed for those: these are the tuned figures (docs/validators.md has both)."""
    figures = evaluate("set8", seed=7)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 816 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    # Its gemma_bullets and minerva_latex styles end with "**Answer:** N" or Minerva's sentence, not "####".
    assert len(figures["format_rejects"]) == 102, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set9_tuned() -> None:
    """Set 9 (720 problems in 15 styles, none of them an earlier set's) was written at stop 30 after set 8's fixes
    and measured once before any change (held-out: 0 of 720 correct solutions killed; 74.7% of slips and of
    carried slips caught at the faulty step; the misses were four styles: em-dash labels "Cost — 3 × $4 = $12",
    backticks, a result on its own line after its computation, and 1/3-type fractions stated as results, which a
    running-chain rule accepted when they were wrong). The gates were then fixed for those: the tuned figures."""
    figures = evaluate("set9", seed=8)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 720 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    # Its wizardmath style ends "The answer is: N", its deepseek style with \boxed{N}: no "####" line.
    assert len(figures["format_rejects"]) == 96, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set13_tuned() -> None:
    """Set 13 (776 problems in 15 styles of public math SFT datasets and open models: MetaMathQA, Orca-Math,
    NuminaMath-CoT, OpenMathInstruct, ...; a thirteenth evaluator) was written at stop 31 after set 12's fixes and
    measured once before any change (held-out: 99.74% of slips and of carried slips caught, all at the faulty
    step; but 76 of 776 correct solutions killed (9.8%), every MetaMathQA one: ``answer_marker`` took its last line
    ``The answer is: 37`` after ``#### 37`` for text after the answer). A line that says the same answer again
    is now accepted, and ``\\text{ of }`` is the word "of": the tuned figures."""
    figures = evaluate("set13", seed=12)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 776 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 599, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set14_tuned() -> None:
    """Set 14 (972 problems in 15 styles of chat assistants' and reasoning models' markdown replies, a fourteenth
    evaluator) was written at stop 32 and measured once on 9121da4, before any change for it (held-out: 28 of 972
    correct solutions killed, every one a "#### Step 1 – ..." markdown heading taken for the answer marker;
    97.84% of slips caught, 94.96% at the faulty step; 41 of the 42 misses in markdown tables whose cells hold
    ``$...$``). A ``####`` before words is a heading now, and table cells in math delimiters are read: the tuned
    figures. Left: lenient rounding of a whole-number result (``90 ÷ 100 = 1``)."""
    figures = evaluate("set14", seed=13)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 972 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 972, figures["format_rejects"]  # no style writes a "####" answer
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set15_tuned() -> None:
    """Set 15 (784 problems in 15 styles of teaching material: answer keys, textbooks, tutors, forums, units in
    words, a lesson script; a fifteenth evaluator) was written at stop 32 and measured once on 9121da4, before
    any change for it (held-out: 0 of 784 correct solutions killed; 97.32% of slips and 96.81% of carried slips
    caught, all at the faulty step; the misses: "So we multiply 9 by 16 and get 25", "take away", and amounts
    followed by what they are for, "$197.00 for the bike − $47.00"). Those are read now: the tuned figures. Left:
    "3 pairs times $33 per pair" (a pair is read as 2)."""
    figures = evaluate("set15", seed=14)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 784 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 784, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set16_tuned() -> None:
    """Set 16 (720 problems in 16 styles of English with international conventions, a sixteenth evaluator) was
    written at stop 32 and measured once on 685bf69, before any change for it (held-out: 37 of 720 correct
    solutions killed (5.1%): thousands grouped by a space or a narrow no-break space, ``1 500 ml`` read as 1, and
    "per cent"; 83.5% of slips caught). Group spaces, "per cent", ``CHF``/``GBP``/``EUR`` codes, ``₹``/``¥`` and
    ``\\text{€}`` are read now, and since stop 33 ``Rs. 66`` (its ". " no longer ends a sentence): the tuned
    figures."""
    figures = evaluate("set16", seed=15)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 720 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 695, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set17_tuned() -> None:
    """Set 17 (996 problems in 15 styles of small open models' untidy but correct solutions, a seventeenth
    evaluator) was written at stop 32 and measured once on 685bf69, before any change for it (held-out: 0 of 996
    correct solutions killed; 96.9% of slips and 96.5% of carried slips caught, all at the faulty step; 52 of the
    66 misses a computation split over two lines). ``36 - 15`` then ``= 21 eggs`` is read now; since stop 33 also
    ``12*4 =`` then ``48 cookies`` on the next line, a result followed by a stray ``*``, "7 quarter hours" and
    "3 pairs x $65.00" (the count or the quantity): the tuned figures."""
    figures = evaluate("set17", seed=16)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 996 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 877, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set12_tuned() -> None:
    """Set 12 (724 problems in 16 styles imitating real model outputs, a twelfth evaluator) was written at stop 31
    after set 11's fixes and measured once before any change (held-out: 0 of 724 correct solutions killed; 97.79%
    of slips and of carried slips caught, all at the faulty step; all 16 misses in its minerva_inline style,
    ``$60\\times5=303$``: a LaTeX command before a digit was not read as one). Then fixed: the tuned figures."""
    figures = evaluate("set12", seed=11)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 724 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 684, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set11_tuned() -> None:
    """Set 11 (652 problems in 14 common styles, an eleventh evaluator) was written at stop 31 and measured once
    before any change (held-out: 0 of 652 correct solutions killed; 94.33% of slips and of carried slips caught,
    all at the faulty step; 32 of the 37 misses in its result_first style: "$37.20 (from $124.00 × 3 days)",
    "65 legs (28 chickens × 2 legs)", results before a parenthesis on a line with no marker). Those were then
    read: the tuned figures. Its 606 correct solutions that end with \boxed{} or a bold answer are format
    rejections; a faulty one rejected only for that counts as missed."""
    figures = evaluate("set11", seed=10)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 652 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 606, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set10_tuned() -> None:
    """Set 10 (588 problems in the 12 most common ways instruct models write, Llama 3 to Qwen3) was written at stop
    30 after set 9's fixes and measured once before any change (held-out: 0 of 588 correct solutions killed;
    98.47% of slips and of carried slips caught, all at the faulty step: stop 30 reported 98.98% caught, counting
    three solutions rejected only for their missing "####" line as caught; the misses: conversions stated as
    facts, "8 feet = 97 inches", a remainder inside ``\\text{}``, and a quotient rounded up, "2 ÷ 20 = 1 cups").
    Conversions and ``\\text{ remainder }`` were then read: the tuned figures."""
    figures = evaluate("set10", seed=9)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 588 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    # Its llama3_steps and qwen25_boxed styles end with \boxed{N}: no "####" line.
    assert len(figures["format_rejects"]) == 98, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_no_correct_solution_is_killed(figures: dict[str, Any]) -> None:
    correct = figures["kinds"]["correct"]
    assert correct["n"] == 227
    assert correct["rejected"] == 0, figures["false_kills"]


def test_edge_cases_killed_are_the_known_three(figures: dict[str, Any]) -> None:
    # Two phrases the paper's list names (2043, 2045). A negative difference read back as a count (2013: "45 - 60 =
    # -15, so Max has 15 fewer") was killed by ``unexpected_negative`` until stop 29.
    killed = sorted(pid for kind, pid, *_ in figures["false_kills"] if kind == "correct_edge")
    assert killed == [2043, 2045], figures["false_kills"]


@pytest.mark.parametrize("kind", ["slip", "carry"])
def test_slips_are_caught_at_the_faulty_step(figures: dict[str, Any], kind: str) -> None:
    k = figures["kinds"][kind]
    assert k["rate"] >= 0.99, figures["missed"]
    assert k["at_step_rate"] >= 0.97, k


@pytest.mark.parametrize("kind", ["loop_step", "loop_final"])
def test_loops_are_rejected_in_flight(figures: dict[str, Any], kind: str) -> None:
    assert figures["kinds"][kind]["inflight_rate"] == 1.0, figures["kinds"][kind]


def test_wrong_final_answers(figures: dict[str, Any]) -> None:
    # 82 of the 227 restate the wrong value in words before "####" (docs/validators.md: not decidable by rule).
    assert figures["kinds"]["wrong_final"]["rate"] >= 0.62


def test_set2_figures(figures2: dict[str, Any]) -> None:
    kinds = figures2["kinds"]
    assert kinds["correct"]["n"] == 258
    # The "Phi verbose" style writes a stock sentence after new steps three times: not a loop (it was killed
    # by ``repetition`` until stop 29).
    assert kinds["correct"]["rejected"] == 0, figures2["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures2["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.97, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set3_figures(figures3: dict[str, Any]) -> None:
    kinds = figures3["kinds"]
    assert kinds["correct"]["n"] == 216 and kinds["correct"]["rejected"] == 0, figures3["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures3["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.97, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set4_figures(figures4: dict[str, Any]) -> None:
    kinds = figures4["kinds"]
    assert kinds["correct"]["n"] == 240 and kinds["correct"]["rejected"] == 0, figures4["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures4["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.99, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set18_held_out() -> None:
    """Set 18 (704 problems in 12 styles of reasoning-model traces: a ``<think>`` section that explores, checks
    each result a second way and restates the problem's numbers, then a clean write-up; an eighteenth evaluator)
    was written at stop 33 and measured once on 9e032cd, before any change for it: no correct solution killed,
    every slip and carried slip caught at the faulty step. Nothing was changed for it."""
    figures = evaluate("set18", seed=17)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 704 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 617, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set19_tuned() -> None:
    """Set 19 (616 problems in 12 styles of 7-8B instruct models on the harder half of GSM8K's content: rates,
    conversions, percent changes, ratios, mixed numbers, elapsed time; a nineteenth evaluator) was written at stop
    33 and measured once on 9e032cd, before any change for it (held-out: 0 of 616 correct solutions killed; 94.2%
    of slips and of carried slips caught). Its misses: a result followed by its whole computation in parentheses
    (``$14 ($12 × 2 = $14)``) and mixed numbers (``1 3/4 * 60``, ``3\\frac{3}{4} \\times 8``), both read now.
    Left: a stated whole number is accepted as the ceiling of the exact value (``6 \\div 4 = 2``, ``$5 minus $1.25
    is $4``), which correct solutions rely on for floors and which is not narrowed for two misses."""
    figures = evaluate("set19", seed=18)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 616 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert len(figures["format_rejects"]) == 580, figures["format_rejects"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, kinds[kind]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set20_tuned() -> None:
    """Set 20 (584 easy competition problems, MATH levels 1-3 and AMC 8/10, in 12 styles with LaTeX, algebra with
    unknowns, binomials, factorials and floors; a twentieth evaluator) was written at stop 33 and measured once on
    bc63668 with the GSM8K recipe's gates, before any change for it (held-out: 23 of 584 correct solutions killed:
    13 by ``magnitude`` (counting and powers; the problems write numbers as ``$7$``, not read as LaTeX), 9 by
    ``final_answer`` (``#### 17/27`` unparseable), 1 by ``repetition`` (``$1 + 1 = 2$`` twice for two exponents);
    87.2% of slips caught). The three are fixed; ``arithmetic`` killed none. Its misses were constructs it did not
    read, read since stop 34 (``\\binom``, ``n!``, ``\\lfloor``, ``\\sqrt{144}``, ``&= 60`` under an unknown):
    99.1% of slips caught, 99.3% carried; with comparisons ending what is before them (``7x > 21 - 7 = 41``),
    99.8% and 100%. Left: ``(-5) - 3 \\cdot 0 = 0``, the left-to-right reading, accepted on purpose."""
    figures = evaluate("set20", seed=19)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 584 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set21_tuned() -> None:
    """Set 21 (720 problems in 11 styles of world Englishes: Indian, Pakistani, Nigerian, Kenyan, Filipino, Chinese,
    Spanish, Indonesian and Arabic writers and a model tuned on their tutoring data; a twenty-first evaluator) was
    written at stop 33 and measured once on bc63668, before any change for it (held-out: 49 of 720 correct
    solutions killed, by dot-grouped thousands and decimal commas (``1.000 - 840 = 160``, ``1,5 x 94``) and Indian
    digit groups (``Rs 1,68,000``); 57.4% of slips caught). Read now: those, currency codes and signs (``Ksh.``,
    ``Tk``, ``N5,852``, ``₱``, ``₦``), ``/-``, lakh and crore, "into" (a product or a quotient), "divide", "less",
    "divided on", "multiply ... with", "add up", "take out", "minus off", ``=>``; since stop 34 also ``:`` as
    division (``194 : 2 = 97``; ``Step 1 : 5 + 3`` is a label): 99.6% of slips and carried errors caught."""
    figures = evaluate("set21", seed=20)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 720 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set22_tuned() -> None:
    """Set 22 (728 problems posed and solved in Spanish, French, German, Portuguese, Italian, Dutch and Chinese, two
    styles each; a twenty-second evaluator) was written at stop 34 and measured once on c6478cd, before any change
    for it (held-out: 28 of 728 correct solutions killed: ``answer_marker`` 16, worded computations in those
    languages not counted as work; ``final_answer`` 10, ``= 41.472 €`` then ``#### 41472`` and a French
    ``38\u00a0316\u00a0€``; ``magnitude`` 2, a problem's ``2.150 €`` read as 2.15; 69.8% of slips caught). Fixed:
    lines with a computed number count as work, a dot-grouped last result may be the answer in thousands,
    no-break and thin spaces are blanks, a problem's ``2.150`` is also 2,150: 67.9% of slips caught. Since stop 35
    the operators and result words of those languages are read (``vezes``, ``fois``, ``mal``, ``乘以``, ``é igual
    a``, ``égale``, ``ist gleich``, ``得``, Italian ``per`` as a product or a rate) with full-width ``＝`` (exact,
    not approximate), ``R$``, ``2.750,00`` and dot-grouped numbers before a full stop: 99.9% caught."""
    figures = evaluate("set22", seed=21)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 728 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set24_tuned() -> None:
    """Set 24 (648 problems in spoken and children's-tutor styles, numbers and operations often in words: "Twelve
    times four is forty-eight", "thirty-five take away twelve leaves twenty-three"; a twenty-fourth evaluator) was
    written at stop 34 and measured once on c6478cd (held-out: 35 of 648 correct solutions killed, all by
    ``answer_marker``: computations in number words not counted as work; 50.6% of slips caught). Fixed: "multiplied
    by", "divided by", "take away", "split into", "groups of" before a number word or a digit count as work: 46.1%
    of slips caught. Since stop 35 a number in words is read as one number, operand or result ("one hundred and
    thirty-three", "six and a half", "three quarters of"), with "twice as many as" and "21 and 60 makes 81":
    99.8% of slips caught, 99.5% carried."""
    figures = evaluate("set24", seed=23)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 648 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set23_tuned() -> None:
    """Set 23 (732 problems as chat assistants format them: markdown tables, headings, bold results, emoji
    checklists, block quotes, inline code, fenced code blocks, LaTeX display blocks; 11 styles; a twenty-third
    evaluator) was written at stop 34 and measured once on 3d5f8b1, before any change for it (held-out: no correct
    solution killed, 100% of slips caught, 98.9% of carried errors: the 8 misses were a table's last row whose
    result cell is bold, ``| 32 - 14 | **19** |``). A bold result cell is read now."""
    figures = evaluate("set23", seed=22)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 732 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
        assert kinds[kind]["at_step_rate"] >= 0.995, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set25_tuned() -> None:
    """Set 25 (760 grade-school science and measurement problems: speed, conversions, compound units, density,
    temperature, areas and volumes, map scales, electricity; 10 styles; a twenty-fifth evaluator) was written at
    stop 35 and measured once on cba61e4, before any change for it (held-out: 15 of 760 correct solutions killed:
    ``magnitude`` 8, m² to cm² and L to mL conversions beyond 100x the problem's scale; ``arithmetic`` 7, ``8 L/100
    km`` read as a division and a map scale ``1 cm = 75 km ÷ 6 cm`` judged as a conversion; 91.1% of slips caught,
    89.5% carried). Fixed: metric symbols imply their conversions, a unit per a round quantity is a unit, a
    conversion followed by an operator is no conversion; and read: ``°C``/``°F``, ``W``/``V``/``J``, a power after
    a unit (``cm^3``, ``\\text{ cm}^3``), units inside a ``\\frac``."""
    figures = evaluate("set25", seed=24)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 760 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.985, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set26_held_out() -> None:
    """Set 26 (658 money and percent problems with rounding: tax, tips, stacked discounts, unit prices, interest,
    ``= $3.52`` for 3.5205, ``≈``, "rounded to the nearest cent"; 10 styles; a twenty-sixth evaluator) was written
    at stop 35 and measured once on cba61e4, before any change for it: no correct solution killed, 97.9% of slips
    and 96.7% of carried errors caught. No fix was made for it."""
    figures = evaluate("set26", seed=25)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 658 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.965, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set27_tuned() -> None:
    """Set 27 (672 problems posed and solved in Spanish, French, German, Portuguese, Italian, Dutch, Chinese,
    Japanese, Russian, Turkish, Polish and Indonesian; 27 styles; a twenty-seventh evaluator) was written at stop 35
    and measured once on cba61e4 (held-out: 16 of 672 correct solutions killed, ``magnitude`` 14 (``Rp17.500``: a
    dot-grouped number glued to its currency read as 17.5) and ``arithmetic`` 2; 42.0% of slips caught) and once on
    the other languages' words written before it was seen (94.4% of slips caught, 16 killed). Fixed: dot-grouped
    numbers after a currency, ``1.000 TL`` as 1 or 1,000, "ist gleich", Polish "z" (of), LaTeX's ``20{,}55``."""
    figures = evaluate("set27", seed=26)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 672 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.975, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set28_held_out() -> None:
    """Set 28 (760 problems in spoken and read-aloud English: voice assistants, podcast and classroom transcripts,
    a parent on homework, students thinking aloud with "um" and "like"; 9 styles; a twenty-eighth evaluator) was
    written at stop 35 and measured once on 0ccc337, the numbers-in-words reading written before it was seen:
    123 of 760 correct solutions killed (``arithmetic`` 71: "thirty six" without a hyphen, "a hundred and five",
    "point five", money read aloud, "8 times 25 cents is two"; ``answer_marker`` 52), 65.9% of slips caught (on
    cba61e4: 58 killed, 10.9% caught). Read since: those forms and results in the other money unit, so
    ``arithmetic`` killed 2 ("six plus fifty cents", "0.50 minus forty five cents": dollars unnamed) and
    ``answer_marker`` 37 on disfluent lines ("2 times, uh, $3.25, that's... like six fifty"). At stop 36 a line with
    three numbers in words counts as work too, and a sum of cents and a bare number is undecided: 0 killed. 65.1%
    of slips caught (68.8% before: ``answer_marker``'s false kills of 37 slip rows counted as catches). At stop 37
    the speaker's fillers ("five plus, uh, nine", "that's... like nineteen"), a teacher's question and its answer
    ("What's six plus five? Anyone? Ten."), "leaves us with", "comes out to", "added to" and "three sevens are" are
    read: 83.2% of slips, 84.6% of carried errors, 0 killed. At stop 39 computations phrased in a sentence ("Three
    at five dollars each is fifteen dollars", "Four dozen is forty-eight", "Ten percent of fifty is five, so twenty
    percent is ten", "Multiply thirty by six. That gives 180.", "Fifty-five minus ten, anybody? Forty-five.") and
    spoken clock times ("From four twenty to five fifty is ninety minutes") are read: 95.8% of slips, 93.3% of
    carried errors, 0 killed (96.3% and 94.1% before a review narrowed the readings)."""
    figures = evaluate("set28", seed=27)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 760 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert kinds["slip"]["rate"] >= 0.955, figures["missed"]
    assert kinds["carry"]["rate"] >= 0.93, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set29_held_out() -> None:
    """Set 29 (672 problems in Swedish, Danish, Norwegian, Czech, Romanian, Greek, Vietnamese, Korean, Hindi,
    Arabic, Hungarian, Ukrainian, Catalan and Finnish, none of them read by ``foreign.py``; 30 styles; a
    twenty-ninth evaluator) was written at stop 35 and measured once on 0ccc337: 32 of 672 correct solutions
    killed (``answer_marker``: a step number before a worded computation hid its result), 50.3% of slips caught
    (symbols only). Fixed: a line's numbers from the third on count as work when one is not the problem's. At
    stop 36 the operator and result words of the fourteen languages are read, with Hungarian and Finnish case
    endings (``600-zal``, ``4:llä``), Finnish "on" after a Finnish operator, Korean particles and units glued to
    a result, a spaced ``:`` dividing after a word: 45.5% -> 98.7% of slips caught, 0 killed."""
    figures = evaluate("set29", seed=28)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 672 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.98, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set30_held_out() -> None:
    """Set 30 (696 early high-school physics and chemistry problems: F = m·a, Ohm's law, moles, specific heat,
    scientific notation, ≈ to significant figures, conversions ``72 km/h = 20 m/s``; 10 styles; a thirtieth
    evaluator) was written at stop 35 and measured once on 0ccc337: 13 of 696 correct solutions killed
    (``magnitude`` 6: "4 min" implies 60 s; ``unexpected_negative`` 6: ``mol^{-1}``; ``arithmetic`` 1: ``1.5 ×
    10⁵``), 79.9% of slips and 79.7% of carried errors caught (on cba61e4: 13 killed, 72.7%). Read at stop 36:
    scientific notation as one number judged to its significant figures, superscript powers, exponents that are
    no negatives, time and SI symbols for ``magnitude``, newtons, amperes and ohms as units, conversions between
    SI units, ``km/h`` and ``m/s`` and across an aligned line break: 0 killed, 94.7% and 94.5% caught."""
    figures = evaluate("set30", seed=29)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 696 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.945, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set31_held_out() -> None:
    """Set 31 (684 problems about time: clock times across noon and midnight, durations in hours and minutes
    carried over 60, dates, shifts and pay; 8 styles; a thirty-first evaluator) was written at stop 36 and measured
    once on 6f903f6 and on the stop's first commit (the same figures): 28 of 684 correct solutions killed
    (``arithmetic``: a sum started inside "1 hour 50 minutes + 30 minutes", a duration's minutes read alone),
    83.5% of slips and 87.4% of carried errors caught. Read since (``durations.py``): durations in two units and
    times of day added and subtracted, "Adding 1 hour to 4:00 PM gives", "35 minutes after 11:05 a.m. is",
    ``a.m.``, ``6{:}21``: 0 killed, 94.9% and 95.9% caught."""
    figures = evaluate("set31", seed=30)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 684 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.948, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set32_held_out() -> None:
    """Set 32 (732 problems on fractions, mixed numbers, ratios and rates; 12 styles; a thirty-second evaluator)
    was written at stop 36 and measured once on 6f903f6 (the stop's first commit gave the same): 27 of 732
    correct solutions killed (``arithmetic`` 18: mixed numbers written improper on the way, ``4\\dfrac{10}{8}``,
    ``14 2/2``; ``final_answer`` 9: "The answer is 4 1/2" read as 4), 98.2% of slips caught. Read since: improper
    mixed numbers, and one restated as another value is a fault (``= 6 8/6 = 8 1/3``); a mixed answer is not its
    whole part. 1 killed (``(3 2/3 m) * 3 m = 3 * 3 m + ...``), 99.5% caught."""
    figures = evaluate("set32", seed=31)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 732 and kinds["correct"]["rejected"] <= 1, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.985, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set33_held_out() -> None:
    """Set 33 (732 problems answered in program-of-thought and tool-using styles: Python with value comments and
    output blocks, ToRA, PAL, calculator calls, ReAct, Qwen ``<tool_call>``, spreadsheets, JavaScript, a REPL,
    pseudocode; 13 styles; a thirty-third evaluator) was written at stop 36 and measured once on 6f903f6 (the
    stop's first commit gave the same): 18 of 732 correct solutions killed (``repetition`` 10: ``</tool_call>``
    on three lines; ``answer_marker`` 8: pseudocode whose work is in ``SET x TO a - b // 610``), 33.5% of slips
    caught: a wrong value in a comment, an output or a restatement is not compared with the code's. Fixed: a tag
    alone on its line is structure, a value comment after an operation is work: 0 killed. Then the values code
    states about itself are checked (``codevalues.py``: value comments, REPL lines, spreadsheet formulas, printed
    labels; ``//`` comments, ``calculator(...)``): 73.0% of slips and 83.2% of carried errors caught. At stop
    37, prose that copies a tool's result one slip away is a fault (``restated.py``: "Observation: 14" then "Omar
    has 24 eggs left", ``<tool_response>``, ```` ```output ````, ``calculator(...) -> 198000``): 94.3% and 97.7%;
    after a review narrowed it to the first number after a result (others: digits swapped, or three digits and
    more) and let a number computed in its line pass, 88.8% and 97.1%."""
    figures = evaluate("set33", seed=32)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 732 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert kinds["slip"]["rate"] >= 0.885 and kinds["carry"]["rate"] >= 0.97, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set34_held_out() -> None:
    """Set 34 (600 problems with negative and signed numbers: temperatures, elevations, balances and overdrafts,
    golf scores against par, floors, game scores, UTC offsets; 10 styles with ``−``, ``(-3)``, ``(+2)``, ``$-20``,
    ``|−15|``, number lines, tables; a thirty-fourth evaluator) was written at stop 37 and measured once on
    6ef3335: 89 of 600 correct solutions killed (``unexpected_negative`` 85: "overdraft", "under par", "UTC-5",
    "levels below the street" gave no reason to expect a negative; ``arithmetic`` 4: a line opening with a negative
    number read as a running total), 87.8% of slips caught. Read since: those words and signed numbers in the
    problem, a glued minus opens a new computation, ``= -105 m`` (a unit after a negative result), ``$−2``,
    ``(+2)``, a negative in a table's result cell, absolute values, "Start at −5, move 6 down, and you land on
    −11": 4 killed (a bakery's costs above its revenue: a loss no word names), 99.3% caught (an absolute value
    is read only after a blank, ``=`` or ``(``: ``|5| = -5`` opening a line may be a table's cell)."""
    figures = evaluate("set34", seed=33)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 600 and kinds["correct"]["rejected"] <= 4, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.99, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set35_held_out() -> None:
    """Set 35 (684 problems on division with remainders, rounding up or down, and estimation: buses needed, full
    boxes, leftovers, "about"; 10 styles with ``25 ÷ 4 = 6 R1``, "with 3 left over", ``⌈25/4⌉ = 7``, "rounds up to",
    "Round to the nearest ten: 52 → 50", ``586 + 727 ≈ 600 + 700``, long division, checks by multiplying; a
    thirty-fifth evaluator) was written at stop 37 and measured once on 6ef3335: 11 of 684 correct solutions killed
    (all estimates: ``586 + 727 \\approx 600 + 700`` judged as 1,313 ≈ 1,300), 62.6% of slips caught. Read since:
    an estimate from rounded numbers is undecided, a remainder is checked (``4 R2``, "with a remainder of",
    "with 3 left over"), ``⌈ ⌉`` and ``⌊ ⌋``, and roundings in words and arrows at the place the line, its
    paragraph names (``rounding.py``): 0 killed, 87.9% of slips, 91.7% of carried errors."""
    figures = evaluate("set35", seed=34)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 684 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    assert kinds["slip"]["rate"] >= 0.875 and kinds["carry"]["rate"] >= 0.91, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_set36_held_out() -> None:
    """Set 36 (640 problems on means, medians, modes, ranges, weighted and corrected averages, probability and
    frequency tables; 9 styles with ``≈``, ``15.333...``, ``\\overline{3}``, percents, tables; a thirty-sixth
    evaluator) was written at stop 37 and measured once on 6ef3335: 3 of 640 correct solutions killed (a repeating
    decimal ``15.4\\overline{6}`` read as 15.4), 87.8% of slips caught, one loop ("n = 9" written 16 times) passed.
    Read since: repeating decimals, a result written again (``=``, ``≈``) must be the computation rounded or cut at
    its last digit (``15.333... ≈ 15.34`` is a fault), a result written again as another percent is a fault, ``≈``
    in a table's result cell, a short equation repeated is a loop: 0 killed, 89.7% of slips, 91.3% of carried
    errors. Not read: a count of listed values ("There are 6 values") or a median picked from a sorted list."""
    figures = evaluate("set36", seed=35)
    kinds = figures["kinds"]
    assert kinds["correct"]["n"] == 640 and kinds["correct"]["rejected"] == 0, figures["false_kills"]
    for kind in ("slip", "carry"):
        assert kinds[kind]["rate"] >= 0.89, figures["missed"]
    assert kinds["loop"]["inflight_rate"] == 1.0, kinds["loop"]


def test_shipped_sets_are_what_their_generators_write(tmp_path: Path) -> None:
    for n in (3, 4, 5):
        out = tmp_path / f"set{n}"
        out.mkdir()
        subprocess.run([sys.executable, str(SETS / f"gen{n}" / "gen.py"), str(out)], check=True, capture_output=True)
        assert (out / "set.jsonl").read_bytes() == (SETS / f"set{n}.jsonl").read_bytes(), n
    runs = {
        "set1.jsonl": [sys.executable, str(SETS / "gen1" / "gen.py"), str(tmp_path / "set1.jsonl")],
        "set2.jsonl": [
            sys.executable,
            str(SETS / "gen2" / "gen.py"),
            "--seed",
            "20240611",
            "--out",
            str(tmp_path / "set2.jsonl"),
        ],
    }
    runs["set6.jsonl"] = [sys.executable, str(SETS / "gen6" / "gen.py"), "--out", str(tmp_path / "set6.jsonl")]
    for n in range(7, 128):
        runs[f"set{n}.jsonl"] = [
            sys.executable,
            str(SETS / f"gen{n}" / "gen.py"),
            "--out",
            str(tmp_path / f"set{n}.jsonl"),
        ]
    for name, cmd in runs.items():
        subprocess.run(cmd, check=True, capture_output=True, cwd=tmp_path)
        assert (tmp_path / name).read_bytes() == (SETS / name).read_bytes(), name


def fire(name: str, text: str, problem: str = PROBLEM) -> tuple[str, int | None, int, str] | None:
    """(reason, at, seen_at, phase) of ``name`` on ``text`` fed one char at a time; the same under 1-4 char
    chunks."""
    v = bind(name, None)
    seen = set()
    out = None
    for seed, hi in ((0, 1), (1, 4)):
        got = stream_check(
            [v],
            text,
            stage="solution",
            ends=chunk_ends(len(text), random.Random(seed), 1, hi),
            inputs={"problem": problem},
        ).get(v.name)
        seen.add((got.reason, got.at) if got else None)
        if hi == 1:
            out = (got.reason, got.at, got.seen_at, got.phase) if got else None
    assert len(seen) == 1, seen
    return out


@pytest.mark.parametrize(
    ("text", "at", "settled_by"),
    [
        ("First, the total: \\( 8 \\times 24 = 191 \\) muffins.\n", 21, "\\)"),
        ("First, the total: \\(8 \\times 24 = 191\\) muffins.\n", 20, "\\)"),
        ("Total: \\[ 8 \\times 24 = 191 \\]\nNext line.\n", 10, "\\]"),
        ("Each friend's share: \\(\\frac{\\$200}{2} = \\$99\\).\n", 23, "\\)"),
        ("So \\(\\$5,724 + \\$1,050 = \\$6,747\\) in all.\n", 7, "\\)"),
        ("\\text{speed} = \\frac{210 \\text{ miles}}{3.5 \\text{ hours}} = 70 \\text{ mph}\n", 15, "\n"),
        ("First, twice 18 is 26 pages, so she reads 26 pages.\n", 7, ","),
        ("First, half of 36 gives us 20 marbles.\n", 7, " marbles"),
        ("A third of 27 is 10 cats.\n", 2, " cats"),
        ("1. **Compute the distance:** 72 km/h × 2.5 hours = 178 km\n", 29, "178 km\n"),  # a rate's "h"
        ("- **Reloading**: (6 - 1) × 3 minutes = 5 × 3 minutes = 16 minutes\n", 39, " minutes\n"),
        ("- **Perimeter:** 2 × (15 + 10) = 60 m. The perimeter is 60 m.\n", 17, " m. "),
        ("   (4 m × 6 m) ÷ 2 = 10 square meters\n", 3, " square"),
        ("The flour in grams is 250 g x 12 = 2,999 g.\n", 22, " g.\n"),
        ("Next, 180.00 minus 27.00 leaves $151.00, so the bike costs $151.00.\n", 6, ", "),
        ("280 pages minus 105 pages comes to 173 pages.\n", 0, " pages.\n"),
        ("First, we find the floor area: 7 m multiplied by 8 m is 65 square meters.\n", 31, " square"),
        ("So 389 loaves of bread − 144 − 75 = 107 loaves of bread.\n", 3, "bread.\n"),  # units may go on
        ("Number of 100 g portions = 750 g ÷ 100 g = 17.5\n", 27, "17.5\n"),  # a computation after a unit
        ("$2,010.50 split equally among 7 people is approximately $285.21.\n", 1, "285.21.\n"),
        ("We compute \\( \\frac{3{,}420}{1{,}000} = 5.42 \\). That is 3.42 liters.\n", 14, "\\)"),
    ],
)
def test_computations_in_latex_and_worded_multipliers(text: str, at: int, settled_by: str) -> None:
    got = fire("arithmetic", text)
    assert got is not None and got[:2] == ("arithmetic", at) and got[3] == "inflight", got
    # Judged as soon as the result is closed: by the math delimiter itself, not by the words after it.
    close = text.index(settled_by, at) + len(settled_by)
    assert got[2] <= close + (2 if settled_by.startswith(" ") else 0), (got, close)


@pytest.mark.parametrize(
    "text",
    [
        "So \\( 8 \\times 24 = 192 \\) muffins and \\(\\frac{\\$54}{2} = \\$27\\).\n",
        "He has twice 3 + 4 = 14 apples.\n",  # 2 * (3 + 4)? undecided, not 3 + 4
        "Half of 36 + 4 = 22 marbles.\n",
        "He is twice 6 years old, which is 12.\n",
        "A third of 27 is 9, one-third of 12 = 4 and double 12 to get 24.\n",
        "2 hours + 20 minutes = 2 × 60 + 20 = 140 minutes.\n",  # a conversion, not 2 + 20
        "Reading time: 10 hours * 60 minutes/hour = 600 minutes.\n",
        "OK: (6 - 1) × 3 minutes = 5 × 3 minutes = 15 minutes.\n",
        "So 180 minutes = 3 × 60 minutes = 3 hours.\n",  # a conversion at the end of a running chain
        "It is (4 m × 6 m) ÷ 2 = 12 square meters, 250 g x 12 = 3,000 g, 2 × 25 = 50 m, 1.5 × 2 = 3 m dollars.\n",
        "Then 50 hours minus 40 leaves 10 hours. She leaves 3 apples.\n",
        "\\( 4.99 \\div 3 \\approx 1.66 \\)\n",
        "So 2 / 3 ≈ 0.67, 10 / 3 ≈ 3.3, 1,487 is about 1,500 and 29.6 is about 30 minutes.\n",
        "Number of 100 g portions = 750 g ÷ 100 g = 7.5, and the cost = 20 dollars / 4 people = 5 dollars each.\n",
    ],
)
def test_correct_latex_and_worded_text_passes(text: str) -> None:
    assert fire("arithmetic", text) is None


def test_a_conversion_with_a_wrong_result_is_judged() -> None:
    assert fire("arithmetic", "Reading time: 10 hours * 60 minutes/hour = 6,000 minutes.\n") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Total cost = 7 × $12 = $84\n\nCheck: $84 ÷ 7 = $12 ✓\n\n#### 84",
        "Left: 150 − 90 = 60 toys.\n\nLet me double-check: 90 + 60 = 150. ✓\n#### 60",
        "Each family gets 36/4 = 9 cookies; 9 cookies × 4 families = 36 ✓\n#### 9",
        "2 × 2 3/4 = 5 1/2 cups of flour.\n#### 5.5",
        "3 ½ − 1 ¼ = 2 ¼ bags are left.\n#### 2.25",
        "It is 8.5 hours (5:00 PM - 8:30 AM = 8 hours 30 minutes).\n#### 8.5",
        "So 2 × 60 + 20 = 140 minutes.\nIt ends at 7:15 PM + 2:20 = 9:35 PM.\n#### 140",
    ],
)
def test_final_answer_reads_check_lines_mixed_numbers_and_clock_times(text: str) -> None:
    assert fire("final_answer", text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Left: 150 − 90 = 60 toys.\n\nCheck: 90 + 60 = 150 ✓\n#### 150",  # the total, not what is left
        "80 \\cdot 4 = 320\n\nTherefore, the answer is \\( 320 \\).\n\n#### 220",
        "The final answer is: $\\boxed{42}$\n#### 41",
    ],
)
def test_final_answer_still_catches_a_wrong_answer_after_a_check(text: str) -> None:
    got = fire("final_answer", text)
    assert got is not None and got[0] == "inconsistent_answer"


def test_seconds_in_a_week_are_in_scale() -> None:
    problem = "How many seconds are in one week?"
    text = "7 days × 24 hours × 60 minutes × 60 seconds = 604,800 seconds.\n"
    assert fire("magnitude", text, problem) is None
    assert fire("magnitude", "So 2 × 24 × 60 × 60 = 172,800 seconds.\n", "How many seconds are in 2 days?") is None
