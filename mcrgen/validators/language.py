"""Which language a text is in, from the function words it uses: positive evidence only.

The old English test asked for at least one English function word in six, so a short imperative ("Write a
short, polite email declining a meeting invitation.") failed: it has none. A text is now rejected only when
another language's function words are *present* and outnumber the expected language's, which a short English
instruction never does, while "Cuantas manzanas tiene Juan si compra tres mas?" (Spanish without accents) does.
Words that are also common English (a, in, as, on, die, come, son, plus) are left out of the other lists.
"""

from __future__ import annotations

import re

from mcrgen.errors import ValidatorError
from mcrgen.validators import CheckContext, Fail, validator
from mcrgen.validators.bounds import in_range

PROFILES: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the and of to is are was were what how many much does did has have had for with each his her their
        they this that these those there who which when will would can could should she he it its if then than
        from by be been at an or not all some more less find total per every after before into out up down you
        your we our us my me one two three four five six seven eight nine ten half twice write explain describe
        give list create summarize compose draft tell suggest translate compare rewrite generate provide make
        plan design outline convert classify identify calculate solve prove show choose name use using about
        why where short long new please following between without over under only also just like very""".split()
    ),
    "es": frozenset(
        """el los las del que una por para con como es está están pero más mas muy también tiene tienen
        cuántos cuantos cuántas cuantas qué cuál cual hay sus este esta esto entre sobre sin ser fue puede
        escribe explica dónde donde porque cada hasta desde de la se lo le al""".split()
    ),
    "fr": frozenset(
        """le les des une est sont et pour dans avec qui pas sur du aux ce cette ces il elle ils nous vous
        mais ou où combien quel quelle très écrivez écris expliquez être avoir fait comme leur chaque de la""".split()
    ),
    "de": frozenset(
        """der das und ist nicht ein eine einen mit für auf dem den zu von sich auch wie viele wieviel wird
        werden sind hat haben oder aber schreibe erkläre ich im zum zur nach bei aus über jeder es""".split()
    ),
    "it": frozenset(
        """il lo gli della delle che di per una uno sono con non quanti quante scrivi spiega anche più molto
        questo questa nel nella alla degli ogni""".split()
    ),
    "pt": frozenset(
        """os uma um não são com para por que do da dos das em no na quantos quantas escreva explique também
        muito cada seu sua""".split()
    ),
    "nl": frozenset(
        """het een en van niet zijn voor met ook maar wat hoeveel schrijf deze dit naar wordt heeft bij""".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_MATH = re.compile(
    r"\$\$.*?\$\$|\$[^$]*\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\{(\w+\*?)\}.*?\\end\{\1\}|\\[A-Za-z]+|`[^`]*`", re.S
)


def scores(text: str) -> dict[str, int]:
    """Function words of each known language in ``text`` (math and inline code left out)."""
    # One-letter words are left out: in prose they are "a" and "I", in math they are variables (y, e, x).
    words = [w.lower() for w in _WORD.findall(_MATH.sub(" ", text)) if len(w) > 1]
    return {lang: sum(w in vocab for w in words) for lang, vocab in PROFILES.items()}


def other_language(text: str, expected: str = "en", min_evidence: int = 2) -> tuple[str, int, int] | None:
    """``(language, its words, expected's words)`` when another language clearly wins, else None.

    "Clearly": at least ``min_evidence`` of its function words and more than the expected language has."""
    if expected not in PROFILES:
        raise ValidatorError(f"language: unknown language {expected!r} (known: {', '.join(PROFILES)})")
    found = scores(text)
    mine = found.pop(expected)
    lang, best = max(found.items(), key=lambda kv: kv[1])
    return (lang, best, mine) if best >= min_evidence and best > mine else None


@validator(prefix_safe=False, check=in_range("language", at_least={"min_evidence": 1}))
def language(text: str, ctx: CheckContext, *, lang: str = "en", min_evidence: int = 2) -> Fail | None:
    """The finished text is in ``lang`` (en, es, fr, de, it, pt, nl): it fails only when another language's
    function words are present (at least ``min_evidence``) and outnumber ``lang``'s, so short texts and
    imperatives ("Write a haiku about rain.") pass. For English, ``english_only`` adds an in-flight script check."""
    found = other_language(text, lang, min_evidence)
    if found is None:
        return None
    other, theirs, mine = found
    return Fail("wrong_language", detail=f"{theirs} {other} function words vs {mine} {lang}")
