"""Statement boundaries: the engine only hands validators text that ends on a complete statement.

A *boundary* is a pure function of the text before it, so it never moves once seen, whatever the chunking:

* just after a newline;
* just after ``.``, ``!`` or ``?`` when the next char is whitespace (so the ``.`` of ``2.5`` never is, and a
  ``.`` at the very end of the text is not one *yet*: its whitespace may still be coming);
* except inside a GSM8K calculator annotation ``<<...>>``: a ``<<`` less than :data:`ANNOTATION_MAX` chars
  earlier on the same line, with no ``>>`` after it, means the candidate is inside one. Annotations never span
  lines, so a newline is always a boundary; the length cap keeps a stray ``<<`` from suppressing boundaries
  forever and keeps every look-back bounded.

Every search here is bounded by the in-progress statement (plus :data:`ANNOTATION_MAX`), so calling this after
each streamed chunk costs the same however long the text already is.
"""

from __future__ import annotations

ANNOTATION_MAX = 200
"""Longest ``<<...>>`` annotation that suppresses sentence boundaries (GSM8K's longest is under 100 chars)."""

_ENDERS = ".!?"


def _inside_annotation(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside an unclosed ``<<`` opened earlier on the same line."""
    opened = text.rfind("<<", max(0, pos - ANNOTATION_MAX), pos)
    if opened < 0:
        return False
    return text.find(">>", opened + 2, pos) < 0 and text.find("\n", opened, pos) < 0


def complete_prefix_end(text: str, start: int = 0) -> int:
    """Offset just past the last complete statement in ``text``, looking only at boundaries after ``start``.

    A boundary ``b`` is found when its ending char ``text[b-1]`` is at or after ``start``; so after appending
    a chunk, pass ``start = len(text_before_chunk) - 1``: a ``.`` that ended the previous chunk becomes a
    boundary only once its whitespace arrives.

    Returns 0 when there is no boundary at or after ``start``, never ``start`` itself: ``start`` may sit inside
    a statement, and callers tell "nothing new" by comparing with their last cut (``end > checked``).
    """
    n = len(text)
    if start < 0:
        start = 0
    if start >= n:
        return 0
    nl = text.rfind("\n", start)
    floor = nl + 1 if nl >= 0 else start
    # Sentence enders after the last newline beat it; the last char cannot end a sentence yet.
    hi = n - 1
    while hi > floor:
        p = max(text.rfind(".", floor, hi), text.rfind("!", floor, hi), text.rfind("?", floor, hi))
        if p < 0:
            break
        if text[p + 1].isspace() and not _inside_annotation(text, p):
            return p + 1
        hi = p
    return nl + 1 if nl >= 0 else 0


def statement_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at every boundary (same rule as :func:`complete_prefix_end`)."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    s = start
    i = start
    while i < stop:
        ch = text[i]
        if ch == "\n" or (
            ch in _ENDERS and i + 1 < len(text) and text[i + 1].isspace() and not _inside_annotation(text, i)
        ):
            spans.append((s, i + 1))
            s = i + 1
        i += 1
    if s < stop:
        spans.append((s, stop))
    return spans


def may_complete(text: str, before: int) -> bool:
    """Whether growing the text from ``before`` chars may have completed a statement (a cheap pre-filter).

    A new boundary needs a newline or a sentence ender in the new chars, or whitespace after an ender that ended
    the previous chunk: most chunks (words, digits) have neither, and skip :func:`complete_prefix_end`.
    """
    if before and text[before - 1] in _ENDERS:
        return True
    return any(ch in text[before:] for ch in "\n.?!")
