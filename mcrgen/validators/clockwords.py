"""Times of day said in words, and the spans and sums a speaker works with them: "From four twenty to five fifty
is ninety minutes", "Seven ten plus thirty minutes is seven forty", "Fifty-five minutes after five fifteen is
six ten", "Quarter to four to half past five, that's a hundred and five minutes". Spoken solutions (set 28) say
their clock times this way; written ones ("4:20") are read by :mod:`clock` and :mod:`durations`.

A time is read from the line with its numbers in digits (:func:`numerals.digitize`): "four twenty" is "4 20",
an hour and its minutes (10-59) side by side; "five o'clock", "half past four", "quarter to four", "noon". Only
statements with one such spoken time at least are judged here, on their complete line. No AM or PM is known, so
times compare on a 12-hour clock: "from nine o'clock to one o'clock" is 240 minutes.
"""

from __future__ import annotations

import re

from mcrgen.validators.numerals import Digits, digitize

_T = (
    r"(?:\d{1,2}:\d{2}|\d{1,2}[ \t]+o'clock|\d{1,2}[ \t]+[1-5]\d(?![\d:]|\.\d)|\d{1,2}[ \t]+oh[ \t]+\d(?![\d:]|\.\d)"
    r"|(?:half|quarter)[ \t]+(?:past|to)[ \t]+\d{1,2}(?![\d:]|\.\d)|noon|midday|midnight)"
)
_FILL = r"(?:[ \t]*,?[ \t]*(?:uh|um|like|\.\.\.|…|right\?)[ \t]*,?)*[ \t]*"
_ASK = r"(?:[ \t]*(?:anyone|anybody|everyone|everybody)\?)?"
_SPAN = re.compile(
    rf"(?:\bfrom[ \t]+|^[ \t]*|[.:!?,][ \t]+|\b(?:so|okay|um|uh|like|first|now|then|look)[ \t]+)"
    rf"(?P<t1>{_T})[ \t]+(?:to|until|till)[ \t]+(?P<t2>{_T})[ \t]*,?[ \t]*"
    rf"(?:is|equals|that's|that[ \t]+is|makes|how[ \t]+long[ \t]+is[ \t]+that\?{_ASK}){_FILL}"
    r"(?P<n>\d+(?:\.\d+)?)[ \t]+(?P<u>minutes?|mins?|hours?|hrs?)\b"
    r"(?:[ \t]*,?[ \t]*(?:and[ \t]+)?(?P<m>\d+)[ \t]+(?:minutes?|mins?)\b)?"
    r"(?![ \t]*,?[ \t]*and[ \t]+(?:a|one|1)[ \t]+(?:half|quarter))",
    re.IGNORECASE | re.MULTILINE,
)
_SAYS = rf"(?:is|equals|makes|that's|(?:gets|brings)[ \t]+us[ \t]+to)(?:[ \t]+what[ \t]+time\?{_ASK})?{_FILL}"
_PLUS = re.compile(
    rf"(?<![\d:])(?P<t1>{_T})[ \t]+plus[ \t]+(?P<n>\d+)[ \t]+(?P<u>minutes?|mins?|hours?)[ \t]*,?[ \t]*{_SAYS}"
    rf"(?P<t2>{_T})",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"(?<![\d:.])(?P<n>\d+)[ \t]+(?P<u>minutes?|mins?|hours?)[ \t]+(?:after|past|later[ \t]+than)[ \t]+"
    rf"(?P<t1>{_T})[ \t]*,?[ \t]*{_SAYS}(?P<t2>{_T})",
    re.IGNORECASE,
)
_TELLS = re.compile(
    r"o'clock|half past|quarter (?:past|to)|\bnoon\b|midnight|\b(?:minutes?|hours?) (?:after|past|later)"
    r"|\b(?:plus|to)\b[^\n]*\b(?:minutes?|hours?|mins?|hrs?)\b"
).search


def MAY_TELL(line: str) -> bool:
    """Words of a line that may say a time's span or sum: lines without any are not read (a substring each of
    :data:`_TELLS`' phrases holds first, then the regex, on the lowercased line)."""
    low = line.lower()
    keyed = "clock" in low or "past" in low or "quarter" in low or "noon" in low or "midnight" in low
    return (keyed or "min" in low or "hour" in low or "hr" in low) and _TELLS(low) is not None


def check_line(line: str, at: int) -> tuple[int, str] | None:
    """The first span or sum of spoken times on ``line`` (at offset ``at``) that is wrong: (offset, detail), or
    None."""
    digits = digitize(line)
    found = _spans(digits) + _sums(digits)
    if not found:
        return None
    offset, detail = min(found)
    return at + digits.origin[offset], detail


def _spans(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in _SPAN.finditer(d.text):
        start, end = _minutes(m.group("t1")), _minutes(m.group("t2"))
        if start is None or end is None or not _spoken(m):
            continue
        said = float(m.group("n")) * (60 if m.group("u").lower().startswith("h") else 1) + float(m.group("m") or 0)
        span = (end - start) % 720
        if all(abs(span + turn - said) > 1e-6 for turn in (0, 720, 1440)):  # "from 8 o'clock to 8 o'clock is 24 hours"
            out.append((m.start("n"), f"from {m.group('t1')} to {m.group('t2')} is {span:g} minutes"))
    return out


def _sums(d: Digits) -> list[tuple[int, str]]:
    out = []
    for m in [*_PLUS.finditer(d.text), *_AFTER.finditer(d.text)]:
        if _PART_BEFORE.search(d.text, 0, m.start()):
            continue  # "1 hour and 15 minutes after 7 30": the duration has more than the part read
        start, said = _minutes(m.group("t1")), _minutes(m.group("t2"))
        if start is None or said is None or not _spoken(m):
            continue
        added = float(m.group("n")) * (60 if m.group("u").lower().startswith("h") else 1)
        if abs((start + added - said) % 720) > 1e-6:
            shown = (start + added) % 720 or 720
            out.append((m.start("t2"), f"{m.group(0)}: that is {int(shown // 60)}:{int(shown % 60):02d}"))
    return out


_PART_BEFORE = re.compile(r"\b(?:and|hours?|hrs?|h|an|a|minutes?|mins?)[ \t]*,?[ \t]*\Z", re.IGNORECASE)


def _spoken(m: re.Match[str]) -> bool:
    """Is one of the times a spoken one ("4 20", "5 o'clock")? Times in digits alone are :mod:`clock`'s."""
    return not all(re.fullmatch(r"\d{1,2}:\d{2}", m.group(k)) for k in ("t1", "t2"))


_HALF = {"half past": 30, "quarter past": 15, "quarter to": -15}


def _minutes(time: str) -> float | None:
    """Minutes past twelve of a time matched by the time pattern, or None when it is no time ("13 45")."""
    said = re.sub(r"[ \t]+", " ", time.lower())
    if said in ("noon", "midday", "midnight"):
        return 0.0
    for words, shift in _HALF.items():
        if said.startswith(words):
            hour = int(said.rsplit(" ", 1)[1])
            return (hour % 12) * 60 + shift if 1 <= hour <= 12 else None
    numbers = [int(x) for x in re.findall(r"\d+", said)]
    hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
    if not 1 <= hour <= 12 or minute > 59:
        return None if ":" not in said or hour > 23 else float((hour % 12) * 60 + minute)
    return float((hour % 12) * 60 + minute)
