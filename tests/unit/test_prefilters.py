"""The line readers' prefilters are substring tests standing in for regexes (Python's engine tries every branch of
an alternation at every char, so the regexes were most of what reading a line cost). Each must say exactly what
its regex says: checked here on the lines of shipped solutions and on random lines built from the regexes' own
words. And :func:`scan_lines`, which keeps each line's findings for the answer check, must find what
:func:`scan` finds."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from mcrgen.validators import clockwords, codevalues, laps, listed, methods, phrased, pi, receipts, rounding, sequences
from mcrgen.validators.arithmetic import scan, scan_lines

DATA = Path(__file__).resolve().parents[1] / "data"

_OTHER_WORDS = re.compile(
    r"dozen|(?:%|percent)[^\n]*\bso\b|\b(?:a|an|one)[ \t-]+(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth)|\b(?:multiply|add|subtract|divide|take)\b|\?|\band\b[^\n]*\b(?:is|equals|gives|together)\b"
).search


def _phrase(line: str) -> bool | None:
    """The prefilter as it was: one regex for the other words, every word ending in "s" looked up (None: no)."""
    low = line.lower()
    plural = any(w in phrased.PLURALS for w in re.findall(r"\b[a-z]+(?:-[a-z]+)?s\b", low))
    return ("at " in low and phrased._AT_MONEY(low) is not None) or _OTHER_WORDS(low) is not None or plural or None


SPECS: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {
    "listed": (listed.MAY_CLAIM, re.compile(r"values|numbers|scores|data points|\d(?:st|nd|rd|th) |count|favorable|outcomes").search),  # noqa: E501
    "receipts": (receipts.MAY_HOLD, re.compile(r"\$|```|-----|\||\A[ \t]*\Z").search),
    "methods": (methods.MAY_STATE, re.compile(r"goes into|[Hh]ow many|[Ff]rom|jump|[Dd]ouble|halve|\d[ \t]*[a-z][ \t]*=").search),  # noqa: E501
    "sequences": (sequences.MAY_CHAIN, re.compile(r"→|->|⟶|\\to\b|\\rightarrow").search),
    "laps": (laps.MAY_TIME, re.compile(r"\d:[0-5]\d").search),
    "rounding": (rounding.MAY_ROUND, re.compile(r"ound|nearest|becomes|closer|→|\\[lr](?:ceil|floor)|[⌈⌊]").search),
    "pi": (pi.MAY_HOLD, re.compile(r"π|\\pi").search),
    "clockwords": (clockwords.MAY_TELL, lambda line: clockwords._TELLS(line.lower())),
    "phrased": (phrased.MAY_PHRASE, _phrase),
    "codevalues": (lambda line: codevalues._may_be_code(line, 0), codevalues._CODE.search),
}  # fmt: skip

WORDS = [
    *"ab xz5 \t=19²?%$|`-→⟶>\\π:(#/\n".replace("", " ").split(" "),
    *("How many", "From", "from", "4th ", "21st ", "ow many", "goes into", "jump", "Double", "halve", "3x =", "7 n="),
    *("\\to", "\\to5", "\\rightarrow", "\\lceil", "\\rfloor", "\\pi", "```", "-----", "12:45", "9:61", "ound", "⌈"),
    *("values", "count", "data points", "and", " is", "equals", "so ", "a half", "an ", "one-third", "multiply"),
    *("take", "dozen", "sixes", "twenty-fives", "hours", "ones", "at $", "at 5 cents", "o'clock", "noon", "minutes"),
    *(" after", "plus", " to ", "hrs", "Let", "let", "def", "A1 (", "| B2", "Observation:", "print", "calc(", "←"),
]


def shipped_lines() -> list[str]:
    lines = []
    for path in [DATA / "gsm8k" / "test.jsonl", *sorted((DATA / "independent").glob("set1*.jsonl"))[:6]]:
        for row in path.read_text(encoding="utf-8").splitlines()[::7]:
            rec = json.loads(row)
            lines += (rec.get("solution") or rec.get("answer") or "").split("\n")
    return lines


@pytest.mark.parametrize("name", sorted(SPECS))
def test_prefilter_says_what_its_regex_says(name: str) -> None:
    fast, regex = SPECS[name]
    rng = random.Random(name)
    random_lines = ["".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))) for _ in range(30_000)]
    wrong = [line for line in [*shipped_lines(), *random_lines] if bool(fast(line)) != (regex(line) is not None)]
    assert not wrong, wrong[:5]


def test_scan_lines_finds_what_scan_finds() -> None:
    rows = (DATA / "gsm8k" / "test.jsonl").read_text(encoding="utf-8").splitlines()[::25]
    texts = [json.loads(row)["answer"] for row in rows]
    texts += ["5 + 3 = 9 apples\nand 2 * 4 = 8.\nSo 8 + 9\n= 17 in all. Then 17 - 1 = 15", "a\n\nb = 3 + 4 = 7\n"]
    for text in texts:
        for pos, end in ((0, len(text)), (len(text) // 3, len(text)), (2, max(2, len(text) - 5))):
            for _ in range(2):  # the second time from the kept lines
                got, want = scan_lines(text, pos, end), scan(text, pos, end)
                assert (got.faults, got.results, got.last_eq, got.undecided) == (
                    want.faults,
                    want.results,
                    want.last_eq,
                    want.undecided,
                ), (text, pos, end)


def _phrased_unguarded(line: str, at: int) -> tuple[int, str] | None:
    """phrased.check_line as it was: every reader on every line."""
    d = phrased.digitize(line)
    found = [*phrased._at_each(d), *phrased._dozens(d), *phrased._scaled(d), *phrased._told(d), *phrased._asked(d)]
    found += [*phrased._groups(d), *phrased._put(d)]
    return None if not found else (at + d.origin[min(found)[0]], min(found)[1])


def test_phrased_readers_skipped_only_where_they_cannot_match() -> None:
    said = ["3 notebooks at $2.50 each is $7.00.", "Two dozen cupcakes is 25 cupcakes.", "Twelve sixes make 70."]
    said += ["10% of 50 is 5, so 20% is 11.", "Multiply 12 by 4. That gives 46.", "Fifty-five minus ten, anybody? 44"]
    said += [
        "So nine and eleven is twenty-one.",
        "A half of 36 is 18, so one third is 13.",
        "Take 15 away from 60 and that leaves 44",
    ]
    assert all(_phrased_unguarded(line, 0) is not None for line in said)  # each reader finds its wrong line
    rng = random.Random(3)
    random_lines = [" ".join(rng.choice(said).split()[: rng.randint(2, 12)]) for _ in range(2_000)]
    for line in [*said, *[s.replace("is", "IS") for s in said], *shipped_lines()[::3], *random_lines]:
        assert phrased.check_line(line, 5) == _phrased_unguarded(line, 5), line


def test_phrased_reads_no_word_the_ignore_case_match_took_from_other_letters() -> None:
    """Python's ignore-case matching takes a dotless "ı" for "i" and a long "ſ" for "s": the readers looked those
    words up and raised (a validator error fails the sample), or read "multıplied by" as a division."""
    odd = ["Multıply 12 by 4. That gives 46.", "Twelve sixeſ make 70.", "A half of 36 is 18, so one thırd is 13."]
    odd += ["Five multıplied by two, anyone? 10", "A thırd of 36 is 12, so a half is 18."]
    for line in odd:
        assert phrased.check_line(line, 0) is None, line
    assert phrased.check_line("Five multiplied by two, anyone? 11", 0) is not None  # the letters it reads
