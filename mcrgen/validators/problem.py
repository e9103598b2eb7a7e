"""S1 gate, the Well-Posedness Enforcer: the generated problem is a real question of sane length in English."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mcrgen.validators import CheckContext, Fail, validator

# Punctuation of other languages' typography: Spanish ¿ ¡, French « », CJK full stops and commas.
_FOREIGN_PUNCT = frozenset("¿¡«»。、，；：！？「」『』【】")

# Frequent English function words. Nearly every English sentence of a few words has one; most other
# Latin-script languages share almost none of them (the short ambiguous ones — a, in, is, of, to — are left out).
_ENGLISH_WORDS = frozenset(
    """the and are was were what how many much does did has have had for with each his her their they this
    that these those there who which when will would can could should she he it its if then than from by be
    been at an or not all some more less find total per every after before into out up down has how's what's
    many are you your we our us i my me one two three four five six seven eight nine ten half twice times
    left cost costs buy buys bought sold sells pays paid spend spent earn earns make makes made take takes
    took give gives gave get gets got need needs week weeks day days year years hour hours minute minutes
    compute evaluate determine express simplify solve number numbers value values sum product""".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)", re.S)


@validator(prefix_safe=False)
def has_question_mark(text: str, ctx: CheckContext) -> Fail | None:
    """The problem must ask something: it contains a question mark ``?``."""
    return None if "?" in text else Fail("no_question_mark")


@validator(prefix_safe=False)
def word_count(text: str, ctx: CheckContext, *, min: int = 8, max: int = 100) -> Fail | None:
    """The text has between ``min`` and ``max`` words (whitespace-separated; ``$x+1$`` is one word)."""
    n = len(text.split())
    if n < min:
        return Fail("too_few_words", detail=f"{n} < {min}")
    if n > max:
        return Fail("too_many_words", detail=f"{n} > {max}")
    return None


@lru_cache(maxsize=4096)
def _char_ok(ch: str) -> bool:
    if ch.isascii():
        return True
    if ch in _FOREIGN_PUNCT:
        return False
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        # Letters: Latin only, accents included (café, piñata, Françoise, Zoë are English text).
        return unicodedata.name(ch, "").startswith(("LATIN", "COMBINING"))
    # Typographic punctuation, symbols, digits and spaces: ’ “ ” — – … ° € £ × ÷ ½ ² and friends.
    return cat[0] in "PSNZ" or ch in "\u200b\u2028\u2029"


@validator(prefix_safe=True)
def english_only(text: str, ctx: CheckContext, *, min_prose_words: int = 6) -> Fail | None:
    """The problem is English: every letter is Latin (accents allowed, so ``café`` and ``piñata`` pass), no
    foreign typography (``¿ ¡ « »``, CJK punctuation); typographic marks (``’ — – … ° $ € £ % × ÷ ½``) pass.

    When the text is complete, if it has at least ``min_prose_words`` words of prose (outside ``$...$``
    math), at least one must be a common English function word (the, and, how, many, what, ...): this catches
    Spanish, French or German written without accents. Any other script rejects at once (prefix-safe)."""
    for i in range(ctx.start, len(text)):
        if not _char_ok(text[i]):
            return Fail("non_english", at=i, detail=f"{text[i]!r} {unicodedata.name(text[i], '?')}")
    if not ctx.final:
        return None
    words = [w.lower() for w in _WORD.findall(_MATH.sub(" ", text))]
    if len(words) >= min_prose_words and not any(w in _ENGLISH_WORDS for w in words):
        return Fail("non_english", detail=f"no English function word among {len(words)} words")
    return None
