"""S4 LLM-as-judge: the judge is an ordinary stage whose reply ends with ``Score: N``; this validator reads N.

The MSIFR paper's final evaluation scores each surviving sample 1-5 and keeps it at >= 3. A judge stage is just a
prompt (it sees ``{{ problem }}`` and ``{{ solution }}``) plus ``judge_score`` on its finished text, so its tokens are
accounted like any other stage's and it may run on another endpoint or model.

Parsing is deliberately strict about *what* it accepts and lenient about *how* it is written: ``Score: 4``,
``**Score:** 4``, ``score = 4/5`` and a bare ``4`` all read as 4, but a reply without a score, a fraction on
another scale (``8/10``), a non-integer or an out-of-range value is ``judge_error``. A sample the judge did not
clearly score is never accepted by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.bounds import in_range

JUDGE_ERROR = "judge_error"
LOW_SCORE = "judge_low_score"

# "Score", optional markdown emphasis, ":" or "=", optional "[" "(" or emphasis, a number, optional "/ denominator".
_SCORE = re.compile(
    r"\bscore\b[*_\s]*[:=][*_\s\[(]*(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?:/\s*(?P<den>\d+))?",
    re.IGNORECASE,
)
_BARE = re.compile(r"^[*_\s\[(]*(?P<num>[-+]?\d+(?:\.\d+)?)\s*(?:/\s*(?P<den>\d+))?[*_\s\])\.]*$")
# Reasoning models think aloud before answering; a number inside the thoughts is not the verdict.
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Score:
    value: int | None
    """The score, or None when the reply could not be read as one on the scale."""
    at: int | None = None
    error: str = ""


def parse_score(text: str, *, low: int = 1, high: int = 5) -> Score:
    """Read the judge's score from its reply. The *last* ``Score:`` wins: judges are asked to end with it."""
    visible = _THINK.sub(lambda m: " " * len(m.group(0)), text)  # keep offsets so `at` points into `text`
    matches = list(_SCORE.finditer(visible))
    m = matches[-1] if matches else _BARE.match(visible.strip())
    if m is None:
        return Score(None, None, "no 'Score: N' in the judge's reply")
    num, den = m.group("num"), m.group("den")
    at = m.start("num") + (len(visible) - len(visible.lstrip()) if not matches else 0)
    if den is not None and int(den) != high:
        return Score(None, at, f"score {num}/{den} is not on the {low}-{high} scale")
    if not float(num).is_integer():
        return Score(None, at, f"score {num} is not an integer")
    value = int(float(num))
    if not low <= value <= high:
        return Score(None, at, f"score {value} is outside {low}-{high}")
    return Score(value, at)


@validator(prefix_safe=False, check=in_range("judge_score", order=("low", "min", "high")))
def judge_score(text: str, ctx: CheckContext, *, min: int = 3, low: int = 1, high: int = 5) -> Fail | None:
    """LLM judge: reply ends with 'Score: N' (low..high); below `min` is rejected, unreadable is judge_error."""
    score = parse_score(text, low=low, high=high)
    if score.value is None:
        return Fail(JUDGE_ERROR, at=score.at, detail=score.error)
    if score.value < min:
        return Fail(LOW_SCORE, at=score.at, detail=f"score {score.value} < {min}")
    return None
