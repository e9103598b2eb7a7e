"""Operators and result markers as solutions in other languages write them: "3 fois 4 font 12", "drei mal vier
ist zwölf", "8 vezes 5 é igual a 40", "120 dividido entre 4 es 30", "35乘以2等于70", "15 % von 35 € = 5,25 €".

Multilingual models answer in the language they are asked in, and a dataset built in Spanish or Chinese is
checked like one in English: the parser reads these words exactly as it reads "times", "is" and "of". Only
words that between two numbers can mean nothing else are listed here: Dutch "min" (minus, but also minutes) and
Italian "per" (times, but a rate in English) are read where they are used (:mod:`opwords`, both readings of
"per"), and Polish "to" and Finnish "on" (is, but English "to" and "on") are not read. Korean writes its result
marker as a particle glued to the number before the result ("3,500은 21,000원": the lexer makes it a word).
"""

from __future__ import annotations

import re

from mcrgen.validators.tokens import Tok

OP_WORDS = {
    # Spanish, Portuguese
    "por": "*", "veces": "*", "vezes": "*", "más": "+", "mais": "+", "menos": "-", "entre": "/",
    # French, German, Italian, Dutch
    "fois": "*", "moins": "-", "mal": "*", "durch": "/", "volte": "*", "più": "+", "meno": "-", "diviso": "/",
    "keer": "*",
    # Russian, Turkish, Polish, Indonesian
    "плюс": "+", "минус": "-", "çarpı": "*", "bölü": "/", "artı": "+", "eksi": "-", "razy": "*",
    "kali": "*", "dikali": "*", "dibagi": "/", "ditambah": "+", "tambah": "+", "dikurangi": "-", "kurang": "-",
    # Chinese, Japanese (written without spaces: the lexer makes each run of such letters a word)
    "乘以": "*", "乘": "*", "除以": "/", "加": "+", "加上": "+", "减": "-", "减去": "-", "的": "*",
    "掛ける": "*", "かける": "*", "割る": "/", "わる": "/", "足す": "+", "たす": "+", "引く": "-", "ひく": "-",
    # Swedish, Danish, Norwegian, Finnish, Hungarian
    "gånger": "*", "gange": "*", "ganger": "*", "pluss": "+", "kertaa": "*", "jaettuna": "/", "miinus": "-",
    "szorozva": "*", "osztva": "/", "plusz": "+", "mínusz": "-",
    # Czech, Romanian, Catalan, Greek, Ukrainian
    "krát": "*", "děleno": "/", "ori": "*", "vegades": "*", "més": "+", "menys": "-", "επί": "*", "διά": "/",
    "συν": "+", "μείον": "-", "мінус": "-",
    # Vietnamese, Korean, Hindi, Arabic
    "nhân": "*", "chia": "/", "cộng": "+", "trừ": "-", "곱하기": "*", "나누기": "/", "더하기": "+", "빼기": "-",
    "गुणा": "*", "भाग": "/", "जमा": "+", "घटा": "-", "ضرب": "*", "قسمة": "/", "زائد": "+", "ناقص": "-",
}  # fmt: skip
"""Operators in words between two numbers, as :data:`lexer.OP_WORDS`; Chinese "的" is "of" ("2850的4%": 4% of
2850)."""

OP_PAIRS = {
    "dividido": ("/", ("por", "entre")), "multiplicado": ("*", ("por",)), "dividir": ("/", ("por",)),
    "divisé": ("/", ("par",)), "multiplié": ("*", ("par",)),
    "geteilt": ("/", ("durch",)), "multipliziert": ("*", ("mit",)),
    "diviso": ("/", ("per",)), "moltiplicato": ("*", ("per",)),
    "gedeeld": ("/", ("door",)), "vermenigvuldigd": ("*", ("met",)),
    "умножить": ("*", ("на",)), "умноженное": ("*", ("на",)), "разделить": ("/", ("на",)),
    "разделённое": ("/", ("на",)), "podzielić": ("/", ("przez",)), "podzielone": ("/", ("przez",)),
    "pomnożone": ("*", ("przez",)), "pomnożyć": ("*", ("przez",)),
    "delat": ("/", ("med",)), "divideret": ("/", ("med",)), "delt": ("/", ("på",)), "împărțit": ("/", ("la",)),
    "dividit": ("/", ("entre", "per")), "помножити": ("*", ("на",)), "поділити": ("/", ("на",)),
}  # fmt: skip
"""Operators in two words, the verb and its particle: "divisé par 4", "geteilt durch 4"."""

MARKER_VERBS = frozenset(
    """es son da dan é são dá dão dà est font fait donne donnent égale égal ist sind ergibt macht gleich è fa fanno
    maakt geeft zijn равно будет получаем eşittir eder yapar równa daje wynosi adalah menjadi hasilnya
    等于 得 是 为 は です är er blir je fac fan ίσον bằng egyenlő дорівнює बराबर يساوي 은 는""".split()
)
"""Words that state a result after a computation, as "is" and "equals" do."""

EQUAL_TO = (("igual", "a"), ("égal", "à"), ("égale", "à"), ("uguale", "a"), ("gelijk", "aan"), ("się",), ("gleich",))
"""What may follow a marker verb before the result: "es igual a 40", "równa się 12"."""
PHRASES = (("igual", "a"), ("uguale", "a"), ("gelijk", "aan"), ("sama", "dengan"), ("ist", "gleich"))
"""Markers of two words that start with no marker verb: "8 + 4 igual a 12", "8 + 4 sama dengan 12"."""

MARKER_STARTS = MARKER_VERBS | {words[0] for words in PHRASES}
"""The words a marker of these languages begins with: after a unit word, one of them ends the units ("20 zł daje
20 zł"), where English markers are not units by :data:`lexer.LINK_WORDS`."""

CASE_ENDINGS = (
    "(?:lla|llä|ssa|ssä|sta|stä|lle|ksi|[vztdnrmslcj]?[ae]l|gy[ae]l|h[oeö]z|r[ae]|b[óő]l|r[óő]l|n[ae]k|sz[eoö]r)"
    "(?![A-Za-zäöüőűáéíóú])"
)
"""Case endings glued to a number, as Hungarian and Finnish write them ("szorozva 600-zal", "jaettuna 4:llä"):
the lexer drops them, the number stays a number."""
FINNISH_OPS = frozenset({"kertaa", "jaettuna", "miinus"})


def scoped_marker(t: list[Tok], k: int) -> bool:
    """Finnish "on" (is) states a result only after a Finnish operator on its line ("4 kertaa 25 on 100"):
    elsewhere it is English "on"."""
    return t[k].word == "on" and any(t[m].word in FINNISH_OPS for m in range(k))


OF_WORDS = frozenset({"de", "del", "von", "van", "di", "z", "od", "dari", "от"})
""""of" after a percent: "15 % de 35", "6% van 3.050"."""

GLUED_MARKERS = "等于|得|是|为|は|です|＝|은|는"
"""Markers written without spaces around them (``35乘以2等于70``): the prefilters find them without word
boundaries."""


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regex matching any of ``words``, factored by their first letters (``f(?:a|ait|ont)``...): the regex
    engine tries one branch per first letter instead of every word at every word boundary."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(words):
        by_first.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        tails = sorted((re.escape(r) for r in rests if r), key=len, reverse=True)
        if not tails:
            parts.append(re.escape(first))
            continue
        optional = "?" if "" in rests else ""
        parts.append(f"{re.escape(first)}(?:{'|'.join(tails)}){optional}")
    return "|".join(parts)
