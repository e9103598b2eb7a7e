"""Side figures: results a solution states after its answer's own that the question does not ask for (a rate, an
average, the answer in another unit, a note, the price without a discount). ``final_answer`` lets the answer be
the result before them instead of the last one."""

from __future__ import annotations

import re

from mcrgen.validators.readings import matches
from mcrgen.validators.scale import NUMBER_RE, number_value


def question(problem: str) -> str:
    """The problem's question: its last sentence with a question mark, else its last sentence."""
    sentences = re.split(r"(?<=[.?!])\s+", problem.strip())
    asked = [s for s in sentences if "?" in s]
    return (asked or sentences or [""])[-1].lower()


SIDE_LINES = 8
"""Lines read back from the answer for its own result: side figures follow it closely."""
_SIDE = re.compile(
    r"\b(per|each|average|avg|mean|note|tip|fyi|(?:full|regular|original)[ \t]+price|for[ \t]+comparison"
    r"|without[ \t]+(?:the[ \t]+|a[ \t]+|any[ \t]+)?(?:discount|coupon|sale))\b"
    r"|\bin[ \t]+(hours|minutes|seconds|days|weeks|months|years"
    r"|liters|litres|kilograms|grams|pounds|ounces|meters|metres|kilometers|kilometres|km|centimeters|feet|inches|yards|miles"
    r"|dollars|cents|cups|pints|quarts|gallons|tablespoons|teaspoons|dozens)\b",
    re.IGNORECASE,
)
"""Words of a line that make its result a side figure, unless the question holds the same word (or its kin,
:data:`_KIND`): a rate, an average, a unit not asked for, a note ("Note: 25-0-5 is 25% nitrogen, so 100 ÷ 25 = 4"), a
price without its discount ("Cost at full price is 110*10=$1100." after the total; "How much does he save?" asks)."""
_KIND = {"each": "per", "avg": "average", "mean": "average"} | dict.fromkeys(
    ("full", "regular", "original", "without", "comparison", "compared", "save", "saves", "saved", "savings", "before",
     "undiscounted", "usual", "list"), "undisc"
)  # fmt: skip


def asked_words(problem: str) -> set[str]:
    """The question's words, each as its kind (:data:`_KIND`): a side figure of a kind asked is no side figure."""
    return {_KIND.get(w, w) for w in re.findall(r"[a-z]+", question(problem))}


def side_figure(text: str, at: int, end: int, asked: set[str], value: float, dec: int) -> bool:
    """Does the result ending at ``at`` sit on a line of a side figure (:data:`_SIDE`) of a kind not ``asked``? A
    price line that computes on from the answer (``value``) is a further step, whatever it says: "Adding the shirts
    at regular price, 36 + 4*10 = $76" after "#### 36" is the answer, not a comparison."""
    line, stop = text.rfind("\n", 0, at) + 1, text.find("\n", at, end)
    side = _SIDE.search(text, line, end if stop < 0 else stop)
    if side is None:
        return False
    words = (side.group(1) or side.group(2)).lower().split()
    kind = _KIND.get(w := words[-1] if words[0] == "for" else words[0], w)  # "for comparison", "full price"
    if kind == "undisc" and any(
        matches(number_value(m.group()), value, dec) for m in NUMBER_RE.finditer(text, line, at)
    ):
        return False
    return kind not in asked
