"""Program-of-thought solutions (set 33's genre): the values a solution states about its own code, in a comment
after an assignment or as a REPL's printed line, must be what the code computes. Each verdict must be the same
however the stream is cut (``verdicts`` runs four chunkings, one char by char)."""

from __future__ import annotations

import pytest

from tests.unit.test_validators import verdicts

PASS = ("pass", None)
PAL = "```python\ndef solution():\n    eggs = 16\n    eaten = 3\n    baked = 4\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAL + "    left = eggs - eaten - baked  # 9 eggs left\n    revenue = left * 2  # = 18\n```\n", PASS),
        (PAL + "    left = eggs - eaten - baked  # 8 eggs left\n    revenue = left * 2\n```\n", ("arithmetic", 79)),
        (PAL + "    left = eggs - eaten - baked\n    revenue = left * 2  # -> 19\n```\n", ("arithmetic", 114)),
        ("const baskets = 14;\nconst price = 3;\nconst revenue = baskets * price; // 42\n", PASS),
        ("const baskets = 14;\nconst price = 3;\nconst revenue = baskets * price; // 32\n", ("arithmetic", 53)),
        ("const revenue = baskets * basketPrice; // 14 * 3 = 32\n", ("arithmetic", 42)),
        ("SET capacity TO 900\nSET current TO 290\nSET needed TO capacity - current    // 610\n", PASS),
        ("SET capacity TO 900\nSET current TO 290\nSET needed TO capacity - current    // 620\n", ("arithmetic", 53)),
        (">>> 12 / 2\n6.0\n>>> 25 * 3\n75\n", PASS),
        (">>> 12 / 2\n7.0\n", ("arithmetic", 11)),
        ("minutes = hours * 60  # 60 minutes per hour\n", PASS),  # the comment explains a constant
        ("x = a // b\ny = 7 // 2  # 3\n", PASS),  # floor division, not a comment
        ("cost = round(10 / 3, 2)  # 3.33\n", PASS),
        ("cost = round(10 / 3, 2)  # 2 decimals\n", PASS),
        ("total = price * qty  # total cost in dollars\n", PASS),  # no value stated
        ("2. Minutes: calculator(525 / 25) -> 21\n", PASS),
        ("2. Minutes: calculator(525 / 25) -> 11\n", ("arithmetic", 22)),
        ('Down payment: `calculator("1850 * 25 / 100")` -> `462.5`\n', PASS),
        ('Down payment: `calculator("1850 * 25 / 100")` -> `472.5`\n', ("arithmetic", 25)),
    ],
)
def test_code_values(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


SHEET = (
    "| Cell | Description | Formula | Value |\n|---|---|---|---|\n| A1 | Blue bolts | 8 | 8 |\n| A2 | Robes | 6 | 6 |\n"
)
PRINTS = 'blue = 12\nrobes = 2\ntotal = blue * robes\nprint(f"Total bolts: {total}")\n```\nOutput:\n```\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SHEET + "| A3 | White | =A1/2 | 4 |\n| A4 | Per robe | =A1+A3 | 12 |\n| A5 | Total | =A4*A2 | 72 |\n", PASS),
        (SHEET + "| A3 | White | =A1/2 | 4 |\n| A4 | Per robe | =A1+A3 | 13 |\n", ("arithmetic", 155)),
        ("A1 (Mangoes): 31\nA2 (Cost each): 0.75\nA4 (Cost of the mangoes): =A1*A2 → 23.25\n", PASS),
        ("A1 (Mangoes): 31\nA2 (Cost each): 0.75\nA4 (Cost of the mangoes): =A1*A2 → 24.25\n", ("arithmetic", 64)),
        ("A1 (Beads): 41\nA2 (Per bracelet): 3\nA3 (Bracelets): =INT(A1/A2) → 13\n", PASS),
        (PRINTS + "Total bolts: 24.0\n```\n", PASS),
        (PRINTS + "Total bolts: 25.0\n```\n", ("arithmetic", 101)),
        ('x = 2.5\nprint(f"Cost: ${x:.2f}")\nCost: $2.50\n', PASS),
    ],
)
def test_spreadsheets_and_printed_values(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}


TORA = "Let's count the eggs left.\n```python\nleft = 21 - 4 - 3\nprint(left)\n```\n```output\n14\n```\n"
REACT = "Action: Calculator[21 - 4 - 3]\nObservation: 14\n"
HERMES = '<tool_call>\n{"name": "calculator", "arguments": {"expression": "100 * 15"}}\n</tool_call>\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TORA + "Fatima has 14 eggs left to sell each day.\n", PASS),
        (TORA + "Fatima has 41 eggs left to sell each day.\n", ("arithmetic", 99)),  # two digits swapped
        (TORA + "Fatima has 15 eggs left to sell.\n", ("arithmetic", 99)),
        (TORA + "Fatima has 15 eggs left, and sells them at $1 each.\n", PASS),  # 14 + 1: computed in the prose
        (TORA + "Fatima sells eggs for 7 days.\n", PASS),  # far from 14: a count of its own
        (REACT + "Thought: Omar has 14 eggs left. Now I need the earnings.\n", PASS),
        (REACT + "Thought: Omar has 24 eggs left. Now I need the earnings.\n", ("arithmetic", 65)),
        (REACT + "Thought: Omar has 13 eggs left.\n", ("arithmetic", 65)),
        (HERMES + "<tool_response>\n1500\n</tool_response>\nThe plants produce 1501 tomatoes.\n", ("arithmetic", 146)),
        (HERMES + "<tool_response>\n1500\n</tool_response>\nThe plants produce 1500 tomatoes.\n", PASS),
        ("calculator(90000 + 108000) -> 198000\nSo the house is worth $19,800.\n", ("arithmetic", 60)),
        ("calculator(90000 + 108000) -> 198000\nSo the house is worth $198,000.\n", PASS),
        # A small number is judged only as the first number after a result: "3 hundred" copies "2.0" (hundreds)
        (
            "```python\nh = 20 / 10\nprint(h)\n```\n```output\n2.0\n```\nA full tank covers 3 hundred miles.\n",
            ("arithmetic", 72),
        ),
        ("```output\n5\n```\nOne load costs $5, for 4 loads a week.\n", PASS),  # "One" is a word, 4 a count
        ("```output\n400.0\n```\nHis commission is $390.\n", ("arithmetic", 39)),  # one unit of the tens off
        ("```output\n0.25\n```\nThat is 25% of the budget.\n", PASS),
        ("```output\n3.75\n```\nThat is about 3.8 hours.\n", PASS),  # a rounding, not a copy
    ],
)
def test_prose_restating_a_tool_result(text: str, expected: tuple[str, int | None]) -> None:
    assert verdicts("arithmetic", text) == {expected}
