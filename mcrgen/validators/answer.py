"""S3 gate, the Solution Convergence Validator: checks the finished solution's final answer."""

from __future__ import annotations

import re

from mcrgen.validators import CheckContext, Fail, durations, validator
from mcrgen.validators.arithmetic import scan_lines
from mcrgen.validators.formats import Answer, get_format
from mcrgen.validators.readings import matches
from mcrgen.validators.scale import BLANKS, NUMBER_RE, number_value, problem_quantities
from mcrgen.validators.sidefigures import SIDE_LINES, asked_words, side_figure


def _distinct(answers: list[Answer]) -> list[Answer]:
    first: dict[object, Answer] = {}
    for a in answers:
        first.setdefault(a.value if a.value is not None else a.raw, a)
    return list(first.values())


def _written_in(text: str, start: int, end: int, value: float) -> bool:
    """Is ``value`` written in ``text[start:end]``, in digits or words ("so it took three days")? Not in a check
    of earlier work: "Check: 90 + 60 = 150 ✓" restates the total, it does not conclude with it."""
    for m in NUMBER_RE.finditer(text, start, end):
        if _verifying(text, m.end()):
            continue
        lit = m.group()
        dot = lit.find(".")
        if matches(value, number_value(lit), len(lit) - dot - 1 if dot >= 0 else 0):
            return True
    for m in _FRACTION.finditer(text, start, end):  # "$\\frac{25}{16}$" then "#### 25/16"
        num, den = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        sign = -1 if text[max(m.start() - 1, 0)] in "-−" else 1  # "The slope is -7/2."
        if int(den) and matches(value, sign * int(num) / int(den), 9):
            return True
    # Number words only: "minutes" must not count as a written 60, nor "feet" as 12.
    words = _DIGITS.sub(" ", text[start:end])  # digits were read above
    return any(abs(q - value) < 1e-9 for q in problem_quantities(words, units=False))


_DIGITS = re.compile(r"\d")
_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")
"""A result written with a dot grouping its thousands, as decimal-comma writers do (``41.472``)."""
_FRACTION = re.compile(r"\\[dt]?frac\{(\d+)\}\{(\d+)\}|(?<![\d.])(\d+)/(\d+)(?!\d|\.\d)")


# A plain number right after "=": "$118,000", "118 000" (space-grouped thousands), "18"; not "18x", "2^3", "9:35".
_STATED = re.compile(
    r"[ \t]*\\?\$?[ \t]*(-?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)|-?\d[\d,]*(?:\.\d+)?)"
    r"(?![\d.,]*(?:[A-Za-z(\\^/*]|:\d))"
)  # not "9:35 PM" either
RECENT_STATEMENTS = 2
"""How many statements before the answer's own may hold the computation it must agree with."""
_BOUNDARY = re.compile(r"\n|[.!?](?=\s)")


def _recent_start(text: str, answer_at: int, k: int) -> int | None:
    """Start of the ``k``-th statement before the one holding offset ``answer_at`` (None: none that close)."""
    lo = max(0, answer_at - 4000)
    ends: list[int] = []
    prev = lo
    for m in _BOUNDARY.finditer(text, lo, answer_at):
        # One statement per boundary: the newline right after "694." does not end another one.
        if text[prev : m.start()].strip() and text[m.start() : answer_at].strip():
            ends.append(m.end())
        prev = m.end()
    if len(ends) > k:
        return ends[-(k + 1)]
    return 0 if lo == 0 else None


_SAID = re.compile(
    r"answer is:?(?:[ \t*$]|\\[(\[]|\\boxed\{)*(-?\d(?:[\d,]|\{,\}|[\u00a0\u2009\u202f]\d{3})*(?:\.\d+)?)"
    r"(?![\d.,]*\d|\{,\}|[ \t]*\d+/\d|/|[ \t]*\\[dt]?frac|[ \t]*[½¼¾⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])",
    re.IGNORECASE,
)  # "the answer is 12", "**12**", "$\\boxed{12}$", "\\( 12 \\)", "$1\u00a0575"; not the whole part of "4 1/2",
# "4\\frac{1}{2}", nor the numerator of "8/3"


_CONVERTED = re.compile(r"[ \t]*(?:minutes?|hours?|seconds?|days?|weeks?|min|h)[ \t]*")
"""Between a checked result and an ``=`` after it, only its unit: the result said again in other units ("150
minutes=2 hours 30 minutes"), so the checked result stays the last one."""


def _said_answer(text: str, start: int, end: int) -> float | None:
    """The value of the last "the answer is N" in ``text[start:end]``, if any."""
    last = next(reversed(list(_SAID.finditer(text, start, end))), None)
    return None if last is None else float(re.sub(r"\{,\}|[,\u00a0\u2009\u202f]", "", last.group(1)))


_CONCLUDING = frozenset(
    "so thus therefore hence the final answer is our we get have find which gives and result value equals".split()
)
_COMMAND = re.compile(r"\\[A-Za-z]+")


def _concludes(text: str, start: int, end: int) -> bool:
    """Do only words of a conclusion sit between a competition solution's last result and its ``\\boxed{}``
    ("= 5$, so the answer is $\\boxed{5}$")? Any other word may be one more step of reasoning done in words
    ("for a total area of", "the greatest integer less than $x^6$ is"), so the answer need not be that result."""
    return all(w.lower() in _CONCLUDING for w in re.findall(r"[A-Za-z]+", _COMMAND.sub(" ", text[start:end])))


_CHECK_MARK = re.compile(r"[✓✔✅]")
_CHECK_LEAD = re.compile(
    r"[\s*#>_(•·-]*(?:\d+\.\s+)?(?:(?:good|ok|okay|nice|great|now)\b[\s,!.-]*)*"
    r"(?:let(?:'s| me| us)\s+|to\s+|as\s+a\s+)?(?:double[- ]?)?(?:(?:forward|backward|reverse|quick)\s+)?"
    r"(?:check|chk\b|verify|verification|sanity)",
    re.IGNORECASE,
)
"""What opens a check: "Check:", "Let me verify", "To verify,", "As a check,", "Reverse check:", "**Forward
check:**", a tutor's "(good - check it: ...)"."""
_CLAUSE_END = re.compile(r"\n|;|[.!?](?=\s)")
_MARKS_AND_BLANKS = frozenset(" \t✓✔✅")


def _verifying(text: str, at: int) -> bool:
    """Does the result ending at ``at`` sit in a check of earlier work ("Check: $84 ÷ 7 = $12 ✓", "Let me
    verify: 90 + 60 = 150", a line "Check: 61 - 11 = 50; 50 / 2 = 25 ✓", the lines under a heading "**Forward
    check:**")? Its computation restates what was found, so it is not the last result."""
    line = text.rfind("\n", 0, at) + 1
    head = max(line - 1, text.rfind(";", 0, at), text.rfind(". ", 0, at)) + 1
    while head < at and text[head] in _MARKS_AND_BLANKS:
        head += 1  # ". ✓ It takes them 252 minutes": the mark ends the sentence before
    m = _CLAUSE_END.search(text, at)
    tail = len(text) if m is None else m.start()
    if _CHECK_MARK.search(text, head, tail) is not None or _CHECK_LEAD.match(text, head) is not None:
        return True
    return _CHECK_LEAD.match(text, line) is not None or _under_check_heading(text, line)


_CHECK_HEADING = re.compile(
    r"[\s*#>_-]*(?:\d+\.\s+)?(?:(?:forward|backward|backwards|quick|final|sanity)\s+)?(?:check|verif\w*)\b"
    r"[^\n=\d]{0,24}$",  # a heading: no computation on its line
    re.IGNORECASE,
)
_OTHER_HEADING = re.compile(r"[ \t]*(?:#+[ \t]|\*\*[^*\n]+\*\*:?[ \t]*$|[A-Z][A-Za-z ]{0,30}:[ \t]*$)")


def _under_check_heading(text: str, line: int) -> bool:
    """Is there a heading that names a check ("**Forward check:**", "### Check", "**Check (forward):**") in the
    dozen lines above ``line``, with no other heading between?"""
    above = text[max(0, line - 1500) : line].split("\n")[-13:-1]
    for row in reversed(above):
        if _CHECK_HEADING.match(row):
            return True
        if _OTHER_HEADING.match(row):
            return False
    return False


# What may follow a result and still belong to it: a mixed number's fraction ("5 1/2", "2 ¼") or a smaller unit
# ("8 hours 30 minutes"). The answer may then be the whole quantity (5.5, 2.25, 8.5).
_VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8, "⅜": 3 / 8}
_MIXED = re.compile(r"[ \t]*(?:(\d+)/(\d+)(?![\d/])|([½⅓⅔¼¾⅕⅛⅜]))")
_SMALLER = {"hour": ("minute", 60), "minute": ("second", 60), "foot": ("inch", 12), "feet": ("inch", 12)}
_SMALLER.update({"pound": ("ounce", 16), "dollar": ("cent", 100), "year": ("month", 12), "day": ("hour", 24)})
_COMPOUND = re.compile(r"[ \t]+([a-z]+)[ \t]+(?:and[ \t]+)?(\d+(?:\.\d+)?)[ \t]+([a-z]+)\b")


def _singular(word: str) -> str:
    return word[:-2] if word.endswith("ches") else word[:-1] if word.endswith("s") else word


def _whole(text: str, end: int, value: float) -> float | None:
    """The quantity a result ending at ``end`` begins, when a fraction or a smaller unit follows it."""
    if m := _MIXED.match(text, end):
        part = _VULGAR[m.group(3)] if m.group(3) else int(m.group(1)) / int(m.group(2))
        return value + part if 0 < part < 1 else None
    if m := _COMPOUND.match(text, end):
        smaller = _SMALLER.get(_singular(m.group(1)))
        if smaller is not None and smaller[0] == _singular(m.group(3)):
            return value + float(m.group(2)) / smaller[1]
    return None


def _lines_back(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[pos:end]`` as (start, end) spans, the last first."""
    starts = [pos]
    while (nl := text.find("\n", starts[-1], end)) >= 0 and nl + 1 < end:
        starts.append(nl + 1)
    return list(zip(reversed(starts), [end, *reversed(starts[1:])], strict=True))


def last_result(text: str, pos: int, end: int) -> tuple[tuple[int, float] | None, int]:
    """What ``scan(text, pos, end)`` says of its end: the last checked result ``(offset after it, value)`` (its
    ``results[-1]``; None when there is none) and the offset after the last ``=`` (its ``last_eq``).

    Read from the last line backwards, stopping at the first line with a result: :func:`scan` judges every line on
    its own, so the lines before that one can change neither figure. The line just before a ``####`` answer usually
    has the result, so one line is read instead of a few (the answer check was most of the gates' cost on a short
    solution: docs/validators.md)."""
    last_eq = -1
    for a, b in _lines_back(text, pos, end):
        found = scan_lines(text, a, b)
        if last_eq < 0:
            last_eq = found.last_eq  # the last line with an "=" holds the largest offset
        results = [r for r in found.results if not _verifying(text, r[0])]
        if results:
            return results[-1], last_eq
    return None, last_eq


_DEFINITION = re.compile(r"(?:\$[ \t]*1|\b1[ \t]*[A-Za-z]+\.?)[ \t]*=[ \t]*\$?\d[\d,.]*(?:[ \t]*[A-Za-z]+\.?)?[ \t]*\Z")
"""A unit's definition ending at a result: "(since 1 hour = 60 minutes", "1 ft = 12 in", "$1 = 100 cents"."""
_TWO_UNITS = re.compile(r"[ \t]*(?:R[ \t]*\d|(?:[A-Za-z]+[ \t]+)?(?:and[ \t]+)?\d[\d,.]*[ \t]*(?:[A-Za-z]+|[″\"'′]))")
"""After a result, the rest of a measure in two units or a remainder: "= 5 hours 40 minutes", "= 1 foot 11
inches", "= 6 R 15"."""


def _before_restatements(text: str, pos: int, end: int) -> float | None:
    """The last checked result in ``text[pos:end]`` that is no unit's definition and no measure said again in two
    units: "465 minutes (since 1 hour = 60 minutes)", "23 inches" before "23 inches = 1 foot 11 inches"."""
    for a, b in _lines_back(text, pos, end):
        for at, value in reversed(scan_lines(text, a, b).results):
            if _verifying(text, at) or _DEFINITION.search(text, a, at) or _TWO_UNITS.match(text, at):
                continue
            return value
    return None


def _side_figures_after(text: str, value: float, dec: int, end: int, problem: str) -> bool:
    """Is the answer a checked result after which every result is a side figure the question does not ask for: a
    rate or an average ("Per acre that is 4951789.82/6415 = 771.908", "Its average speed is 719.5/12 ≈ 59.96",
    "Each train runs 6.5+5.5 = 12 hours a day") or the answer in another unit ("In hours: 2561 / 60 = 42") whose
    word the question does not hold? An answer followed by a further step ("$32 + $6 = $38", "In liters that is
    14,000 ÷ 1,000 = 14 liters" when liters are asked) is still an intermediate.

    Read from the latest result back, up to :data:`SIDE_LINES` lines: the first result that is no side figure
    (nor a check of earlier work) decides "no" before the lines above it are scanned. That is the common case of
    a wrong answer, whose search for its own result used to scan every line back."""
    asked: set[str] | None = None
    later = False  # a result after the one being looked at (all of them side figures or checks)
    line_end = end
    for _ in range(SIDE_LINES):
        line = text.rfind("\n", 0, max(line_end - 1, 0)) + 1
        for at, r in reversed(scan_lines(text, line, line_end).results):
            if matches(r, value, dec):
                return later  # the answer's own result: a side figure after it, or nothing (the last result)
            later = True
            if _verifying(text, at):
                continue  # "Check: $270+$90=$360 ✓" after "The other person gets 1x$90=$90"
            asked = asked_words(problem) if asked is None else asked
            if not side_figure(text, at, end, asked, value, dec):
                return False
        if line == 0:
            return False
        line_end = line
    return False


def _split_after(text: str, answer_at: int, value: float, dec: int, last: float) -> bool:
    """Is the answer a recent result after which every result, the last one too, splits it into hours and
    minutes (or minutes and seconds: "3.5 h = 3 h 30 min")? A split states the same time, not a further step."""
    if not durations.splits(value, last):
        return False  # the last result is no part of it: the cheap test first
    since = _recent_start(text, answer_at, RECENT_STATEMENTS + 2)
    results = [r for _, r in scan_lines(text, since, answer_at).results] if since is not None else []
    first = next((k for k in range(len(results) - 1, -1, -1) if matches(results[k], value, dec)), None)
    after = [*results[first + 1 :], last] if first is not None else []
    minutes = any(durations.splits(value, r, whole=False) for r in after)  # "7.5 - 0.5 = 7" is no split
    return minutes and all(durations.splits(value, r) for r in after)


def _among_recent(text: str, answer_at: int, value: float, dec: int, problem: str) -> bool:
    """Is ``value`` a checked result of the statements before the answer's, followed by a comparison with another
    figure ("Compared with before, the average changed by 87.56 - 86 = 1.56"), or one of several results a problem
    asks the best of ("Give the highest rate")? A plain step after it ("$300 - $210 = $90", then "#### 300") is no
    comparison: the answer there is wrong."""
    picks = _PICKS.search(problem) is not None
    since = _recent_start(text, answer_at, RECENT_STATEMENTS + picks)
    if since is None or not (picks or _COMPARED.search(text, since, answer_at)):
        return False  # no comparison word after any result there: the scan for them would find none
    for end, r in scan_lines(text, since, answer_at).results:
        if matches(r, value, dec) and not _verifying(text, end) and (picks or _COMPARED.search(text, end, answer_at)):
            return True
    return False


_PICKS = re.compile(r"\b(?:highest|lowest|best|worst|greatest|largest|smallest)\b", re.I)
_COMPARED = re.compile(r"\b(?:compar\w*|change[ds]?|difference|increase[ds]?|decrease[ds]?|than)\b", re.IGNORECASE)


def _decimals(raw: str) -> int:
    """Decimals written in a plain numeric answer (``2.50`` -> 2); 9 (exact) for anything fancier."""
    m = NUMBER_RE.search(raw)
    if m is None or m.group() != raw.strip().lstrip("-−$").rstrip("%").strip():
        return 9 if m is None or "." in raw else 0
    dot = m.group().find(".")
    return len(m.group()) - dot - 1 if dot >= 0 else 0


@validator(prefix_safe=False)
def final_answer(text: str, ctx: CheckContext, *, consistent: bool = True) -> Fail | None:
    """The finished solution gives exactly one final answer in the recipe's answer format, parseable (a number
    for ``gsm8k``; a number, choice letter or well-formed LaTeX for ``boxed``; a letter A-E for ``choice``).

    With ``consistent`` (default), a numeric answer must also agree with the solution's last result (or be it
    as a percentage) when that result is close to the answer: in the two statements before a ``####`` line, or
    in the sentence holding a ``\\boxed{}``. The last result is that of the last checked computation, or the
    plain number stated by a later equation that cannot be checked (``x = 18``). The answer may also be
    written after it ("1.76 is less than 2, so he recycles it in 2 days"). Repeating the same answer
    (``\\boxed{2}`` twice) counts as one answer."""
    fmt = get_format(ctx.answer_format)
    found = fmt.find(text)
    if not found:
        return Fail("no_final_answer", detail=f"no {fmt.marker} answer")
    answers = _distinct(found)
    if len(answers) > 1:
        return Fail("multiple_answers", at=answers[1].start, detail=", ".join(a.raw[:20] for a in answers))
    ans = found[-1]
    if ans.value is None or (fmt.numeric and not isinstance(ans.value, float)):
        return Fail("unparseable_answer", at=ans.start, detail=repr(ans.raw[:40]))
    if not consistent or not isinstance(ans.value, float):
        return None
    # Up to the answer's end ("2+3+7+13=\\boxed{25}"): "#### n" sits on its own line after the last step, a
    # \\boxed{} answer in the concluding sentence; only computations that close to the answer count.
    window = 0 if fmt.trailing_text else RECENT_STATEMENTS
    since = _recent_start(text, found[0].start, window)
    if since is None:
        return None
    said = _said_answer(text, since, found[0].start)
    if said is not None and not fmt.trailing_text and not matches(ans.value, said, 9):
        # "So the answer is 243." then "#### 244": the solution contradicts itself.
        return Fail("inconsistent_answer", at=ans.start, detail=f"answer {ans.raw[:20]} but the text says {said:g}")
    result, last_eq = last_result(text, since, ans.end)
    last_end, last = result if result is not None else (-1, 0.0)
    if last_eq > last_end and not _verifying(text, last_eq) and not _CONVERTED.fullmatch(text, last_end, last_eq - 1):
        # The last equation could not be checked ("x = 18"): in a word problem, the plain number it states is
        # still the last result. Not in competition math, where "x = 1" is a condition ("equality when x = 1").
        m = _STATED.match(text, last_eq)
        if m is None or fmt.competition:
            return None
        last_end, last = m.end(), float(BLANKS.sub("", m.group(1).replace(",", "")))
    if last_end < 0:
        return None  # the reasoning ended in prose ("so the sum is positive..."): nothing to compare with
    dec = _decimals(ans.raw)
    # The answer may be the result as a percentage (0.25 -> "#### 25"), or the quantity it begins ("5 1/2").
    whole = _whole(text, last_end, last)
    # "= 1.230 dozen" may be 1,230 (the result's end is after its unit).
    grouped = any(float(g) == last for g in _DOT_GROUPED.findall(text, max(0, last_end - 40), last_end))
    candidates = (last, last * 100, last * 1000) if grouped else (last, last * 100)
    if any(matches(c, ans.value, dec) for c in candidates) or matches(ans.value, last, 9):
        return None
    if whole is not None and matches(whole, ans.value, dec):
        return None
    # Or a conclusion drawn after it: "1.76 is less than 2, so he recycles it in 2 days", "three days". In
    # competition math also anywhere on its line: "the units digit of 8^6 = 262144 is 4".
    after = text.rfind("\n", 0, last_end) + 1 if fmt.competition else last_end
    if _written_in(text, after, found[0].start, ans.value):
        return None
    if fmt.competition and not _concludes(text, last_end, found[0].start):
        return None  # "area $\frac{3 \times 4}{2} = 6$, for a total area of $\boxed{12}$": a step in words
    if _among_recent(text, found[0].start, ans.value, dec, ctx.inputs.get("problem", "")):
        return None  # "788/9 = 87.56" then "Compared with before, 87.56 - 86 = 1.56", "#### 87.56"
    kept = _before_restatements(text, since, found[0].start)
    if kept is not None and matches(kept, ans.value, dec):
        return None  # "... = 465 minutes (since 1 hour = 60 minutes)", "Converting back: 340 / 60 = 5 R 40"
    if _split_after(text, found[0].start, ans.value, dec, last):
        return None  # "2350 / 200 = 11.75 h", "Leftover minutes: 0.75 * 60 = 45 min", "#### 11.75"
    if _side_figures_after(text, ans.value, dec, found[0].start, ctx.inputs.get("problem", "")):
        return None  # "The profit is ... = 4951789.82", then "Per acre that is 4951789.82/6415 = 771.908"
    return Fail(
        "inconsistent_answer", at=ans.start, detail=f"answer {ans.raw[:20]} but last computed result is {last:g}"
    )
