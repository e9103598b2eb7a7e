"""S1 gate, the Well-Posedness Enforcer: the generated problem is a real question of sane length in English."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.bounds import in_range
from mcrgen.validators.language import other_language

# Punctuation of other languages' typography: Spanish ¿ ¡, French « », CJK full stops and commas.
_FOREIGN_PUNCT = frozenset("¿¡«»。、，；：！？「」『』【】")
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)", re.S)


@validator(prefix_safe=False)
def has_question_mark(text: str, ctx: CheckContext) -> Fail | None:
    """The problem must ask something: it contains a question mark ``?``."""
    return None if "?" in text else Fail("no_question_mark")


@validator(prefix_safe=True, check=in_range("word_count", at_least={"min": 0, "max": 1}, order=("min", "max")))
def word_count(text: str, ctx: CheckContext, *, min: int = 8, max: int = 100) -> Fail | None:
    """The text has between ``min`` and ``max`` words (whitespace-separated; ``$x+1$`` is one word). Too many
    fires in flight the moment ``max`` is passed (a word count only grows); too few is known at the end."""
    n = len(text.split())
    if n > max:
        return Fail("too_many_words", detail=f"{n} > {max}")
    if ctx.final and n < min:
        return Fail("too_few_words", detail=f"{n} < {min}")
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
    """The text is English: every letter is Latin (accents allowed, so ``café`` and ``piñata`` pass), no
    foreign typography (``¿ ¡ « »``, CJK punctuation); typographic marks (``’ — – … ° $ € £ % × ÷ ½``) pass.
    Any other script rejects at once (in flight).

    When the text is complete and has at least ``min_prose_words`` words of prose, it is rejected only if
    another language's function words are present (two or more) and outnumber the English ones (see the
    ``language`` gate): Spanish or French written without accents fails, a short imperative passes."""
    for i in range(ctx.start, len(text)):
        if not _char_ok(text[i]):
            return Fail("non_english", at=i, detail=f"{text[i]!r} {unicodedata.name(text[i], '?')}")
    if not ctx.final or len(_WORD.findall(_MATH.sub(" ", text))) < min_prose_words:
        return None
    found = other_language(text, "en")
    if found is not None:
        return Fail("non_english", detail=f"{found[1]} {found[0]} function words vs {found[2]} English")
    return None
