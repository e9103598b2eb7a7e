"""The words the expression parser reads as more than prose: equality markers ("is", "to get", "comes to"), words
that keep a result open ("times", "of", "percent"), comparisons that make a stated number no result ("2 more than
6"). The prefilters that skip statements stating nothing are built from the same lists, so a marker the parser
reads is never filtered out before it."""

from __future__ import annotations

from mcrgen.validators import foreign
from mcrgen.validators.tokens import LP, OP, PCT, POW, UNIT
from mcrgen.validators.vocabulary import MULTIPLIER_WORDS, OP_PAIRS, OP_WORDS, PART_WORDS, SCALE_WORDS

# Words after a worded result that make it a comparison, not a value: "5 + 3 is 2 more than 6".
GUARD_WORDS = frozenset(
    "more less fewer greater larger smaller higher lower bigger longer shorter older younger times as".split()
)
MARKER_VERBS = (
    frozenset("is are equals was gives makes leaves leaving that's thats yields".split()) | foreign.MARKER_VERBS
)
_ENGLISH_MARKERS = "is are equals was gives makes leaves leaving that's thats yields get".split()
_ENGLISH_MARKERS += ["total of", "comes to", "come to", "came to", "results in", "adds up to", "add up to"]
_ENGLISH_MARKERS += ["comes out to", "come out to", "came out to"]
_ENGLISH_MARKERS += ["land on", "landing on", "end up at", "works out to", "work out to", "worked out to"]
MARKER_WORDS = foreign.alternation(
    {*_ENGLISH_MARKERS, *foreign.MARKER_VERBS, *(p[0] for p in foreign.PHRASES), *foreign.FINNISH_OPS}
)
"""Every word that begins a worded marker (:meth:`Parser.marker`), as a regex alternation: the prefilters that
skip statements stating nothing (``arithmetic.MAY_STATE``, ``segment._MARKER``) are built from it. Finnish
operators stand for Finnish "on", a marker only after one of them (:func:`foreign.scoped_marker`)."""
ASKED = r"[Ww]hat(?:['’]?s\b|\?)"
"""A spoken question whose answer is a result ("What's six plus five? Ten.", "is what? ... 400"): the prefilters
let its statement through (the lexer reads its "?" as "=")."""
APPROX_WORDS = frozenset("about approximately roughly around nearly almost".split())
PHRASES: tuple[tuple[str, ...], ...] = (("for", "a", "total", "of"), ("a", "total", "of"), ("to", "get"))
PHRASES += (("we", "get"), ("and", "we", "get"), ("comes", "to"), ("come", "to"), ("came", "to"))
PHRASES += (("results", "in"), ("adds", "up", "to"), ("add", "up", "to"), ("and", "get"), ("and", "you", "get"))
PHRASES += (("leaves", "us", "with"), ("comes", "out", "to"), ("come", "out", "to"), ("came", "out", "to"))
PHRASES += (("and", "you", "land", "on"), ("you", "land", "on"), ("to", "land", "on"), ("and", "land", "on"))
PHRASES += (("landing", "on"), ("and", "you", "end", "up", "at"), ("you", "end", "up", "at"))
PHRASES += (("works", "out", "to"), ("work", "out", "to"), ("worked", "out", "to"))
PHRASES += foreign.PHRASES
EQUAL_TO = (("equal", "to"), ("with",), *foreign.EQUAL_TO)
"""What may follow a marker verb before the result: "is equal to 12", "es igual a 12", "leaves us with 40"."""
PHRASE_FIRST = frozenset(phrase[0] for phrase in PHRASES)
CONTINUES = frozenset({OP, PCT, POW, LP, UNIT})
SHARED = frozenset({"split", "shared"})
"""Division in words: "$2,010.50 split equally among 7 people"."""
CONTINUE_WORDS = frozenset(OP_WORDS) | frozenset(OP_PAIRS) | SCALE_WORDS | SHARED | {"of", "percent"}
SPECIAL_WORDS = CONTINUE_WORDS | GUARD_WORDS | {"by", "than", "the", "that", "what"}
"""Words whose arrival can still change how a result just stated is read."""
PARSER_WORDS = (
    SPECIAL_WORDS
    | MARKER_VERBS
    | APPROX_WORDS
    | {w for phrase in PHRASES for w in phrase}
    | {"which", "us", "you"}
    | {w for words in EQUAL_TO for w in words}
    | frozenset(MULTIPLIER_WORDS)
    | frozenset(PART_WORDS)
)
"""Every word the parser reads as more than a unit or prose (markers, operators, scales, comparisons...): after
a statement's last number, a run of other words cannot change how anything before it is read."""
