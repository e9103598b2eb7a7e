"""Claims about a list of values written out: how many there are ("There are 7 values", "With 5 values"), which
one sits at a place in the sorted list ("the median is the 4th value: 16", "Middle value (3rd of 5 values): 95"),
and how many a set of outcomes holds ("{2, 3, 5} → count = 3"). Set 36's genre (means, medians, probability)
writes them between its computations; a count or a middle value off by one step is a slip no equation shows.

A claim is judged on its complete line against the lists it may mean: the last list written in the solution
(a sorted list, or a set in braces on the same line) and the problem's own list when it gives one. A claim that
fits any of them holds, so a writer who counts the problem's values while a shorter list stands above is not
judged.
"""

from __future__ import annotations

import re

_NUMBER = r"-?\$?\d+(?:\.\d+)?"
_LIST = re.compile(
    rf"(?<![\d.,])({_NUMBER}(?:[ \t]*,[ \t]+(?:and[ \t]+)?{_NUMBER})+(?:[ \t]+and[ \t]+{_NUMBER})?)(?!\d|\.\d|,\d)"
)
"""Numbers joined by ", " ("27, 31, 41, 45, and 48", "20, 44 and 24"); "1,482" is one number. Three or more make
a list."""
_SET = re.compile(r"\\?\{([ \t]*-?\d+(?:\.\d+)?(?:[ \t]*,[ \t]*-?\d+(?:\.\d+)?)*[ \t]*)\\?\}")
"""A set of outcomes in braces: "{2, 3, 5}", "\\{3, 4\\}"."""
_COUNTED = r"(?:values|scores|data[ \t]+points)"
_HOW_MANY = re.compile(
    rf"(?:\b(?:there[ \t]+are|with)|\d(?:st|nd|rd|th)[ \t]+of)[ \t]+(\d+)[ \t]+{_COUNTED}\b"
    r"(?![ \t]+(?:each|in|per|left|remaining|altogether|greater|less|more|fewer|above|below|over|under|on|between"
    r"|that|from|after|before)\b)",
    re.IGNORECASE,
)
_PART = re.compile(r"\b(?:without|combin\w*|both|exclud\w*|remov\w*|new|other|after|remaining|adding|drop\w*)\b", re.I)
"""Words before a count in its line that make it a count of another list than the one written ("Without the
outlier 40, there are 5 values")."""
"""A count of the listed values: "There are 7 values", "With 5 values", "(3rd of 5 values)"; not "the mean of 4
values" (a part of them)."""
_AT_PLACE = re.compile(
    rf"(?<!and )(?<!& )\b(\d+)(?:st|nd|rd|th)(?:[ \t]+of[ \t]+\d+)?[ \t]+(?:value|number|score|data[ \t]+point)s?\)?"
    rf"[^\d\n=:]{{0,24}}?(?:[:=]|\bwhich[ \t]+is\b|\bthat's\b|\bmedian[ \t]+is\b)[ \t*]*({_NUMBER})(?![\d/])",
    re.IGNORECASE,
)
"""The value at a place of the sorted list: "the 4th value: 16", "the 3rd value, which is 45", "(4th of 7 values)
= 24", "the 5th value. The median is 49", "the 4th value, and that's 11"."""
_SET_COUNT = re.compile(
    r"\bcount[ \t]*[=:][ \t]*(\d+)\b"
    r"|\bnumber[ \t]+of[ \t]+(?:favou?rable|successful|winning)[ \t]+outcomes[ \t]+is[ \t]+(\d+)\b"
    r"|\bmakes[ \t]+(\d+)[ \t]+(?:[a-z]+[ \t]+)?(?:outcomes|values|numbers|ways)\b",
    re.IGNORECASE,
)
"""How many a set holds, said after it: "{2, 3, 5} → count = 3", "the number of favorable outcomes is 2",
"That makes 4 favorable outcomes"."""
_FAVORED = re.compile(r"\bfavou?rable\b|\bthat work\b|\bsuccessful\b|\bwinning\b", re.IGNORECASE)


def MAY_CLAIM(line: str) -> bool:
    """Words of a line that may make a claim about a list: most lines have none and are not read. Substrings, as
    the other line readers' prefilters (claims.py): one regex of these words cost eight times as much per line
    (Python's engine tries each word at every char)."""
    return (
        "values" in line
        or "numbers" in line
        or "scores" in line
        or "data points" in line
        or "count" in line
        or "favorable" in line
        or "outcomes" in line
        or _ordinal_space(line)
    )


def _ordinal_space(line: str) -> bool:
    """A digit, an ordinal's ending and a blank ("the 4th value"), as the regex ``\\d(?:st|nd|rd|th) ``."""
    for ending in ("st ", "nd ", "rd ", "th "):
        at = line.find(ending, 1)
        while at > 0:
            if line[at - 1].isdecimal():
                return True
            at = line.find(ending, at + 1)
    return False


_LOOK_BACK = 2000
"""Chars above a claim searched for the list it means."""


def check_line(line: str, at: int, problem: str, text: str, end: int) -> tuple[int, str] | None:
    """The first claim on ``line`` (at offset ``at``) about a list that no list it may mean bears out: (offset,
    detail), or None. ``text[:end]`` is the solution above the line (its last :data:`_LOOK_BACK` chars are read)."""
    given = _lists(problem)
    above = _lists(text[max(0, end - _LOOK_BACK) : end])
    lists = ([above[-1]] if above else []) + given
    for m in _HOW_MANY.finditer(line):
        if _PART.search(line, 0, m.start()):
            continue
        count = int(m.group(1))
        if lists and all(len(values) != count for values in lists):
            return at + m.start(1), f"{len(lists[0])} values are listed, not {count}"
    for m in _AT_PLACE.finditer(line):
        place, said = int(m.group(1)), _value(m.group(2))
        held = [values[place - 1] for values in _orders(lists) if 0 < place <= len(values)]
        if held and said not in held:
            return at + m.start(2), f"value {place} of the sorted list is {held[0]:g}, not {m.group(2)}"
    for c in _SET_COUNT.finditer(line):
        sets = [s for s in _SET.finditer(line, 0, c.start())]
        if not sets or len(sets) > 1 or not _FAVORED.search(line, 0, sets[-1].start()):
            continue  # the count of which set? Only a set named as the outcomes that work is counted
        size, said_at = len(_numbers(sets[-1].group(1))), next(i for i in (1, 2, 3) if c.group(i) is not None)
        if int(c.group(said_at)) != size:
            return at + c.start(said_at), f"the set lists {size}, not {c.group(said_at)}"
    return None


def _lists(text: str) -> list[list[float]]:
    return [values for m in _LIST.finditer(text) if len(values := _numbers(m.group(1))) >= 3]


def _orders(lists: list[list[float]]) -> list[list[float]]:
    """Each list as it may be read for a place: as written when sorted, and sorted either way."""
    out = []
    for values in lists:
        out += [sorted(values), sorted(values, reverse=True)]
    return out


def _numbers(listed: str) -> list[float]:
    return [_value(n) for n in re.findall(r"-?\$?\d+(?:\.\d+)?", listed)]


def _value(number: str) -> float:
    return float(number.replace("$", ""))
