"""Shortcuts in the gates must reach exactly what the general code reaches: each is checked against it here,
on the shipped data and on random input built to hit the shortcut's edges."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from mcrgen.validators.expression import Parser
from mcrgen.validators.lexer import tokenize
from mcrgen.validators.scanned import PLAIN_SIDE, whole_side_readings

DATA = Path(__file__).resolve().parents[1] / "data"


def parser_readings(body: str, k: int) -> tuple[float, ...]:
    """The left side's readings by the general route: the lexer, then the parser."""
    toks = tokenize(body, 0, k, annotation=True)
    side, j = Parser(toks).side(0) if toks else (None, 0)
    if side is None or j != len(toks) or side.value is None:
        return ()
    return side.alts


def shipped_annotations() -> list[str]:
    bodies = []
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            bodies += re.findall(r"<<([^\n]{0,200}?)>>", line)
    return bodies


def random_plain_bodies(n: int) -> list[str]:
    rnd = random.Random(7)
    numbers = ["0", "1", "2", "3", "10", "12", "0.5", "2.50", "100", "007", "1.0", "48", "3.333"]
    out = []
    for _ in range(n):
        parts = [rnd.choice(numbers)]
        for _ in range(rnd.randint(0, 4)):
            parts += [rnd.choice("+-*/"), rnd.choice(numbers)]
        out.append("".join(parts) + "=" + rnd.choice(numbers))
    return out


def test_a_plain_annotation_is_read_as_the_parser_reads_it() -> None:
    bodies = shipped_annotations()
    assert len(bodies) > 3000  # the GSM8K test split's annotations are among them
    plain = 0
    for body in [*bodies, *random_plain_bodies(5000)]:
        k = body.rfind("=")
        if k <= 0:
            continue
        plain += bool(PLAIN_SIDE.fullmatch(body, 0, k))
        assert whole_side_readings(body, k) == parser_readings(body, k), body
    assert plain > 5000  # the shortcut was taken: most annotations and every random body


def test_one_operator_has_one_reading() -> None:
    """``side_readings`` skips the other readings when there is at most one operator: they are all the same."""
    from mcrgen.validators.readings import _tight_eval, evaluate, side_readings

    rnd = random.Random(3)
    numbers = [0.0, 1.0, 2.5, 3.0, -4.0, 1e308, 7.0]
    for _ in range(2000):
        n_ops = rnd.randint(0, 1)
        items = [rnd.choice(numbers) for _ in range(n_ops + 1)]
        ops = [rnd.choice("+-*/") for _ in range(n_ops)]
        tight = [rnd.random() < 0.5 for _ in ops]
        every: list[float] = []
        for v in (evaluate(items, ops, True), evaluate(items, ops, False), _tight_eval(items, ops, tight)):
            if v is not None and v not in every:
                every.append(v)
        assert side_readings(items, ops, tight) == tuple(every), (items, ops, tight)


def test_phrases_on_ascii_text_are_found_as_case_insensitive_search_finds_them() -> None:
    """``hallucination_phrases`` searches lower-cased ASCII text case-sensitively: same spans as the
    case-insensitive pattern, from any start (also inside a word, where the pattern looks behind)."""
    from mcrgen.validators.trace import _phrase_pattern, _phrases

    search = _phrase_pattern(_phrases(None, None))
    assert search.lower is not None
    rnd = random.Random(11)
    words = ["As", "an", "AI", "i", "I'm", "not", "sure", "has", "guess", "Guessed", "the", "problem", "does"]
    words += ["NOT", "specify", "unclear", "i", "apologize", "x", "5", "=", "hypothetically", "speaking", "."]
    words += ["insufficient", "information", "cannot", "be", "determined", "my", "training", "data", "\n"]
    found = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14)))
        for pos in range(0, len(text) + 1, 3):
            m = search.pattern.search(text, pos)
            expected = None if m is None else m.span()
            assert search.search(text, pos) == expected, (text, pos)
            found += expected is not None
    assert found > 300


def shipped_solutions() -> list[str]:
    texts = []
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            texts += [v for k, v in row.items() if k in ("answer", "solution") and isinstance(v, str)]
    return texts


def random_statements(n: int) -> list[str]:
    rnd = random.Random(5)
    pieces = ["So", " 24", " - 9 = 13", " mu", ".", "!", "?", " ", "\t", "\n", "\u2028", "\xa0", "<<", "3*4=12>>", "12"]
    pieces += ["is", " **5**", ", ", "2.5", "...", "!\n", "?\t", ".\u2028", "$448/w", " a", " times", " more"]
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def test_a_chunk_without_newline_or_ender_has_no_statement_end() -> None:
    """``complete_prefix_end`` skips the statement-boundary search when ``text[start:]`` has no newline and no
    ``.``/``!``/``?``: it is still the later of :func:`statement_end` and :func:`result_end`, from any start."""
    from mcrgen.validators.segment import complete_prefix_end, result_end, statement_end

    texts = shipped_solutions()[::8]  # every eighth: all of them (300k texts, loops among them) take minutes
    assert len(texts) > 3000
    compared = skipped = 0
    for text in [*texts, *random_statements(2000)]:
        for start in [*range(-2, len(text) + 2, 23), len(text) - 1]:
            expected = max(statement_end(text, start), result_end(text, start))
            assert complete_prefix_end(text, start) == expected, (text, start)
            tail = text[max(start, 0) :]
            skipped += not any(c in tail for c in "\n.!?")
            compared += 1
    assert skipped > 5_000 and compared > skipped  # the shortcut was taken, and not always


def test_streamed_checkpoints_with_the_memo_are_those_found_without_it() -> None:
    """A stream's ``settled`` memo (``SPENT``, settled words) and the shortcuts in :func:`_result_end_from` (the
    ``=`` found by memchr, the statement's head found without a list) never change a checkpoint: streamed chunk by
    chunk as ``Checkpoints`` streams it, every answer equals the memo-free later of :func:`statement_end` and
    :func:`result_end`, on shipped solutions and on random text built from results, closers and special words."""
    from mcrgen.validators.segment import complete_prefix_end, result_end, statement_end

    rnd = random.Random(11)
    pieces = ["So", " 24", "24", " - 9 = 13", " mu", "ltiplied", ".", "!", "?", " ", "  ", "\t", "\n", "<<", "12"]
    pieces += ["3*4=12>>", "is", " **5**", ", ", ",", ":", ";", ")", "/w", "/", "*", "2.5", "2.", " a", " times"]
    pieces += [" more", " than", "\u0663", " = ", "=", " m", "uffins", " the", " equals", " that's", " total of"]
    randoms = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) for _ in range(600)]
    compared = checkpoints = 0
    for text in [*shipped_solutions()[::10], *randoms]:
        for size in (1, 3, 4):
            settled: dict[int, int] = {}
            checked = 0
            for a in range(0, len(text), size):
                grown = text[: a + size]
                if text[a : a + size].isdigit():
                    continue  # Checkpoints.after_chunk skips these without asking
                start = max(checked, a - 1)
                got = complete_prefix_end(grown, start, settled)
                assert got == max(statement_end(grown, start), result_end(grown, start)), (grown, start)
                compared += 1
                if got > checked:
                    checked = got
                    checkpoints += 1
    assert compared > 100_000 and checkpoints > 10_000


def test_the_prefilters_know_every_worded_marker() -> None:
    """A statement whose only marker is worded is skipped unless MARKER_WORDS (the prefilters' list) has its
    first word: each word and phrase Parser.marker reads must be found by it."""
    from mcrgen.validators.markers import MARKER_VERBS, MARKER_WORDS, PHRASES

    found = re.compile(rf"\b(?:{MARKER_WORDS})\b").search
    missing = [w for w in [*MARKER_VERBS, *(" ".join(p) for p in PHRASES)] if not found(f"3 + 4 {w} 7")]
    assert missing == []
