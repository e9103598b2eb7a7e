"""Read the sides of a stated computation from lexer tokens: ``3 hours * 60 minutes/hour``, ``20% of 50``,
``10 cups minus 6 cups``, ``1 divided by 4 * $6,000``, and the equality markers between sides (``=``, ``≈``,
``is``, ``equals``, ``, which is``, ``That's``, ``for a total of``, ...).

The parser never aborts: something it cannot read *taints* a side (its value becomes None) so the side's
extent is still known. A left side may carry unit words between its operands (``3 hours * 60 minutes``); a
right side (a stated result) ends at its last number's unit word, so a result is complete as soon as the word
after it is (``= 22 marbles``), which is what lets a wrong result be judged before its sentence ends.
"""

from __future__ import annotations

import math

from mcrgen.validators.cells import cell_wrapper, comment_result, math_delimiter, table_result
from mcrgen.validators.foreign import MARKER_STARTS as FOREIGN_MARKERS
from mcrgen.validators.foreign import OF_WORDS, scoped_marker
from mcrgen.validators.forms import ROOTS, root_of
from mcrgen.validators.lexer import ARROW
from mcrgen.validators.markers import (
    APPROX_WORDS,
    CONTINUE_WORDS,
    CONTINUES,
    EQUAL_TO,
    MARKER_VERBS,
    PHRASE_FIRST,
    PHRASES,
)
from mcrgen.validators.notation import dot_grouped, mixed_part
from mcrgen.validators.opwords import op_word, sum_stated
from mcrgen.validators.readings import Side as Side
from mcrgen.validators.readings import scaled_readings, side_readings, stated_as_percentage
from mcrgen.validators.scientific import SCIENTIFIC
from mcrgen.validators.tokens import EQ, FRAC, LP, NUM, OP, PCT, POW, RP, SEP, UNIT, WORD, Tok
from mcrgen.validators.units import SHORT_UNITS, glued_unit, is_measure, mixed_units, per_hundred, per_round
from mcrgen.validators.vocabulary import MULTIPLIER_WORDS, NOT_UNITS, PART_WORDS, SCALE_VALUES, SCALE_WORDS

_NOT_UNIT_WORDS = NOT_UNITS - SHORT_UNITS


_LABEL_WORDS = frozenset({"for", "per"})
"""Words that open a label after an amount, before its operator: "$25.00 for the stand + $19.00 for gas"."""


_SIGNS = frozenset({"-", "+"})


_COMPUTED = ROOTS | {SCIENTIFIC}


class Parser:
    """Recursive descent over one region's tokens; taint propagates instead of aborting."""

    def __init__(self, toks: list[Tok]) -> None:
        self.t = toks
        self.n = len(toks)

    def _is(self, j: int, kind: str, word: str | None = None) -> bool:
        return j < self.n and self.t[j].kind == kind and (word is None or self.t[j].word == word)

    def marker(self, j: int) -> tuple[int, bool, bool] | None:
        """An equality marker at ``j``: (index after it, approximate, worded) or None. ``=``, ``≈``, ``is``,
        ``equals``, ``, which is``, ``that's``, ``is equal to``, ``is about``, ``for a total of``, ``to get``."""
        t, n = self.t, self.n
        if j + 1 < n and t[j].kind == SEP and t[j].word == "`" and t[j + 1].word in (ARROW, "#"):
            j += 1  # "`calculator(...)` -> `472.5`": a code span closes before the result
        if j >= n:
            return None
        if t[j].kind == EQ:  # "= about $0.371": an approximate word after "="
            about = j + 1 < n and t[j + 1].kind == WORD and t[j + 1].word in APPROX_WORDS
            return self._emphasis(j + 1 + about), t[j].approx or about, False
        if t[j].kind == SEP:
            if math_delimiter(t[j]) and j + 1 < n and t[j + 1].word == "|":  # "| $2 + 1.25$ | $3.25$ |"
                j += 1
            if t[j].word == "|":  # "| 250 × 6 | 1,500 g |": a table's result cell
                if not table_result(t, j):
                    return None
                k = j + 2 if cell_wrapper(t[j + 1]) else j + 1
                about = t[k].kind == WORD and t[k].word in APPROX_WORDS  # "| ≈ 3.9 |", "| about $0.450 per oz |"
                after = k + 1 if k > j + 1 else self._emphasis(k + 1)  # "| ≈ **$183.20** |"
                return (after, t[k].approx or about, False) if t[k].kind == EQ or about else (k, False, False)
            if t[j].word == ARROW:  # "100.8 / 5 → 20.16"
                return self._emphasis(j + 1), False, False
            if t[j].word == "#":  # "7 * 3  # -> 21", "3.9 + 21  # 24.9": a code comment
                if j + 1 < n and (t[j + 1].kind == EQ or self._is(j + 1, SEP, ARROW)):
                    return j + 2, False, False
                return (j + 1, False, False) if comment_result(t, j) else None
        k = j + 1 if t[j].kind == SEP and t[j].word == "," else j
        k += k + 1 < n and t[k].word == "and" and t[k + 1].word == "that"  # "and that leaves 18"
        if k < n and t[k].kind == WORD and t[k].word in ("which", "that") and k + 1 < n:
            k += 1
        if k >= n or t[k].kind != WORD:
            return None
        w = t[k].word
        if w not in MARKER_VERBS and not scoped_marker(t, k):
            said = (ph for ph in PHRASES if all(self._is(k + d, WORD, x) for d, x in enumerate(ph)))
            phrase = next(said, None) if w in PHRASE_FIRST else None
            if phrase is None:
                return None
            k += len(phrase) - 1  # "comes to", "to get"; "about" may follow: "comes to about $23.57"
        k += 1
        if self._is(k, WORD, "us") or self._is(k, WORD, "you"):  # "gives us 48", "gives you 48"
            k += 1
        for words in EQUAL_TO:  # "is equal to 12", "es igual a 12"
            if all(self._is(k + d, WORD, w) for d, w in enumerate(words)):
                k += len(words)
                break
        approx = k < n and t[k].kind == WORD and t[k].word in APPROX_WORDS
        return self._emphasis(k + approx), approx, True

    def skip_emphasis(self, k: int) -> int:
        """Skip a markdown ``**`` closing a bold result."""
        return k + 1 if self._is(k, SEP, "**") else k

    def _emphasis(self, k: int) -> int:
        """Skip a markdown ``**`` opening a bold result: ``= **24**``."""
        return k + 1 if self._is(k, SEP, "**") or self._is(k, SEP, "`") else k

    def operand(self, i: int, right: bool = False) -> tuple[float | None, int, int, bool, bool, float] | None:
        """(value|None, decimals, next index, is_plain_literal, is_percent, scale) of the operand at ``i``: a left
        operand counted in a scale word of known size (``3 pairs``, ``2 dozen``) is its count, and ``scale`` that
        size (else 1)."""
        t, n = self.t, self.n
        if i >= n:
            return None
        neg = False
        tok = t[i]
        if tok.kind == OP and tok.word in _SIGNS and i + 1 < n and t[i + 1].kind in (NUM, FRAC, LP) and not t[i + 1].sp:
            neg, i = tok.word == "-", i + 1  # "-3", and the sign of "(+2)"
            tok = t[i]
        val: float | None
        dec, lit, pct = 0, False, False
        if tok.kind == NUM:
            val, dec, lit, j = tok.val, tok.dec, True, i + 1
            if j < n and t[j].kind in (NUM, FRAC) and (part := mixed_part(t, j)) is not None and val is not None:
                val, dec, j = val + part[0], 9, j + part[1]  # "2 3/4 × 60", "1\\frac{1}{2} \\times 60"
        elif tok.kind == FRAC:
            val, j = tok.val, i + 1
        elif tok.kind == LP or (tok.word in ROOTS and self._is(i + 1, LP)):
            side, j = self.side(i + 1 + (tok.kind != LP))
            if side is None or not self._is(j, RP):
                return None
            val, j = side.value, j + 1
            val = root_of(tok.word, val) if tok.kind != LP else val  # "√(24 + 81)", "sqrt(36 + 64)"
        else:
            return None
        if j < n and (t[j].kind == PCT or self._is(j, WORD, "percent")):
            val, pct, j = (None if val is None else val / 100), True, j + 1
        if j < n and t[j].kind == POW:
            exp = t[j].val
            try:
                val = None if val is None or exp is None or abs(exp) > 64 else math.pow(val, exp)
            except (OverflowError, ZeroDivisionError, ValueError):
                val = None
            lit, j = False, j + 1
        if j < n and t[j].kind == WORD and not t[j].sp:
            # Glued letters: 3x, 4d, 2nd, 10km; only 3x4 is a computation, and a result may carry its unit.
            if glued_unit(t, j, right):
                j += 1  # "= 300kg", "= 226L", "16 × 14min =", "153cm + 180cm", "7h × $3.75"; not "2L + 8"
            elif not (t[j].word == "x" and j + 1 < n and t[j + 1].kind in (NUM, LP, FRAC)):
                val, lit, j = None, False, j + 1
        units_from = j
        j, scaled = self.units(j, right)
        # "1.000 - 840", "1.000 TL × 0,3": 1 or 1000, when only unit words follow the number
        lone = not right and dot_grouped(tok) and all(t[k].kind == WORD for k in range(i + 1, j))
        scale = 1000.0 if lone else 1.0
        if not right and val is not None and (per := per_round(t, units_from, j)) is not None:
            scale = 1 / per  # "962 km × 8.0 L/100 km" (962 × 0.08) or "3 × 8 L/100 km" (hundreds of km): both
        if scaled:
            size = None if right or val is None else SCALE_VALUES.get(t[j - 1].word)
            val, scale = (None, 1.0) if size is None else (val, size)
        if neg and val is not None:
            val = -val
        return val, dec, j, lit, pct, scale

    def units(self, j: int, right: bool = False) -> tuple[int, bool]:
        """Skip unit words after an operand when an operator or an equality marker follows them (never in a
        right side: a stated result ends at its unit). Reports a scale word (``2 dozen``) right after it."""
        t, n = self.t, self.n
        k = j
        while k < n and (t[k].kind == UNIT or (t[k].kind == POW and k > j and not t[k].sp)):
            k += 1  # "\\text{ cm}^3": a power after a unit is the unit's
        if not right and k + 1 < n and t[k].kind == OP and t[k].word == "/" and t[k + 1].kind == WORD:
            rate = t[k + 1].word
            if not (t[k].sp or t[k + 1].sp) and (rate in SHORT_UNITS or (len(rate) > 1 and rate not in NOT_UNITS)):
                k += 2  # a rate: "$3.75/hr × 7"
        if k + 1 < n and t[k].kind == WORD and t[k].word in ("quarter", "half") and self._is(k + 1, WORD):
            k += is_measure(t[k + 1].word)  # "7 quarter hours", "3 half days": a unit, not a part of the number
        if k < n and t[k].kind == WORD and t[k].word in SCALE_WORDS and not self._symbol(k):
            return k + 1, True
        if right:
            return k, False
        words, w = 0, k
        while w < n and words < 4:
            tok = t[w]
            if tok.kind == WORD and tok.word == "take" and self._is(w + 1, WORD, "away"):
                break  # an operator in words, not a unit
            if tok.kind == WORD and tok.word in _LABEL_WORDS and (label := self._label(w)):
                words += 1  # what the amount is for: "$197.00 for the bike − $47.00", "$0.25 per quarter ="
                w += label
            elif words and tok.kind == WORD and tok.word in FOREIGN_MARKERS and self.marker(w):
                break  # "20 zł daje 20 zł": a result word in another language, not a second unit word
            elif self._symbol(w) or self.unit_word(w):
                words += 1
                w += 1
            elif tok.kind == WORD and tok.word in ("of", "per") and words and self._per_unit(w):
                w += 1  # "389 loaves of bread - 144", "3 cups of flour + 2 cups", "12 eggs per dozen ="
            elif tok.kind == OP and tok.word == "/" and w + 1 < n and t[w + 1].kind == WORD and words:
                w += 1
            elif words and per_hundred(t, w):
                w += 3  # "8 L/100 km": litres per 100 km, a unit
            elif (tok.kind == UNIT or (tok.kind == POW and not tok.sp)) and words:
                w += 1  # "\\text{ g/cm}^3", "cm^3": a power after a unit word is the unit's
            else:
                break
        if words and w < n and (t[w].kind in (OP, RP) or op_word(self.t, w) is not None or self.marker(w)):
            return w, False
        return k, False

    def _label(self, w: int) -> int:
        """How many tokens the label opened by "for" or "per" at ``w`` takes ("for the bike", "per guest", "per
        quarter"), or 0: it names a thing, not a number ("for 3 hours" is no label)."""
        the = 1 if self._is(w + 1, WORD, "the") else 0
        k = w + 1 + the
        if self.unit_word(k) or (self.t[w].word == "per" and self._is(k, WORD) and self.t[k].word in SCALE_WORDS):
            return 2 + the
        return 0

    def _symbol(self, k: int) -> bool:
        """An "m" or "in" before an operator or a result is metres or inches ("(4 m × 6 m) ÷ 2", "8 m is", "2 in ×")."""
        if self.t[k].word not in ("m", "in") or k + 1 >= self.n:
            return False
        return (
            self.t[k + 1].kind in (OP, RP, EQ) or op_word(self.t, k + 1) is not None or self.marker(k + 1) is not None
        )

    def past_units(self, j: int, any_end: bool = False) -> int:
        """Where an equality marker (with ``any_end``, anything) follows a few unit words at ``j`` ("minutes =")."""
        w = j
        while w < self.n and w - j < 4:
            unit = self.unit_word(w) or self._symbol(w)  # "in ≈": inches rounded ("67.72 in ≈ 68 in")
            if unit and not (w > j and self.t[w].word in FOREIGN_MARKERS and self.marker(w)):
                w += 1
            elif w > j and self.t[w].kind in (WORD, OP) and self.t[w].word in ("of", "per", "/") and self._per_unit(w):
                w += 2  # "eggs per dozen =", "km/h ≈"
            else:
                break
        return w if w > j and (any_end or self.marker(w) is not None) else j

    def converted(self, j: int, unit: str) -> bool:
        """Does a result ending before ``j`` name another unit than ``unit`` ("= 3 hours" after "minutes =")? An
        area or a volume of the same unit is none ("2 × 18 m = 36 m²": its writer carried the unit loosely)."""
        return self.unit_word(j) and self.t[j].word.rstrip("²³") != unit

    def unit_word(self, w: int) -> bool:
        """A word that may name a unit: not an operator, scale or linking word, and not a lone letter other than
        a unit's symbol (:data:`SHORT_UNITS`) or a rate's denominator (km/h)."""
        tok = self.t[w] if w < self.n else None
        if tok is None or tok.kind != WORD or tok.word in _NOT_UNIT_WORDS:
            return False
        return len(tok.word) >= 2 or tok.word in SHORT_UNITS or self._is(w - 1, OP, "/")

    def _per_unit(self, w: int) -> bool:
        """After "of" or "per" at ``w``, a unit word; after "per", also a scale word ("12 eggs per dozen")."""
        return self.unit_word(w + 1) or (
            self.t[w].word == "per" and self._is(w + 1, WORD) and self.t[w + 1].word in SCALE_WORDS
        )

    def scaled(self, i: int) -> tuple[Side | None, int]:
        """A number scaled by a word at ``i``: ``twice 18``, ``half of 36``, ``a third of 27`` (``i`` at the
        word after "a"). Judged only when nothing follows the number: ``twice 3 + 4`` may mean ``2 * (3 + 4)``,
        so a longer side is undecided (value None)."""
        word = self.t[i].word
        factor = MULTIPLIER_WORDS.get(word)
        k = i + 1
        if factor is not None and self._is(k, WORD, "as") and self._is(k + 2, WORD, "as"):
            k += 3  # "twice as many as 4"
        if factor is None:
            factor = PART_WORDS.get(word)
            if factor is None or not self._is(k, WORD, "of"):
                return None, i
            k += 1
        if k >= self.n or self.t[k].kind not in (NUM, FRAC, LP) or not self.t[k].sp:
            return None, i
        inner, j = self.side(k)
        if inner is None:
            return None, i
        value = None if inner.value is None or inner.has_op else factor * inner.value
        alts = () if value is None else (value,)
        start = self.t[i].start
        return Side(value, alts, True, start, inner.end, None, 0, False, inner.any_pct, None, 0, False), j

    def side(self, i: int, right: bool = False) -> tuple[Side | None, int]:
        first = self.operand(i, right)
        if first is None:
            return None, i
        val, dec, j, lit, pct, scale = first
        counted = self._counted(i, j) if right and val is None else None
        if right and j == i + 1 and dot_grouped(self.t[i]):
            counted = 1000.0  # "= 2.975" may be 2975
        if counted is not None:
            val, lit = self.t[i + (self.t[i].kind == OP)].val, True  # "= 7 dozen": 7, or 84; "= -105 m"
            val = -val if val is not None and self.t[i].kind == OP else val
        items: list[float | None] = [val]
        pcts = [pct]
        scales = [scale]
        any_counted = scale != 1.0
        ops: list[str] = []
        tight: list[bool] = []
        tainted = False
        vulgar = self.t[i].kind == FRAC or self.t[i].dec == 9  # "1/2 of 72", "⅓ of 72"
        any_pct, prev_div = pct, vulgar or (j == i + 5 and self._is(i, LP) and self._is(i + 2, OP, "/"))
        while j < self.n:
            tok = self.t[j]
            nj = j + 1
            if tok.kind == OP and tok.word in "+-*/":
                op = tok.word
            elif (worded := op_word(self.t, j)) is not None:
                op, nj = worded
            elif not right and tok.kind == WORD and tok.word == "and" and sum_stated(self.t, j + 1):
                op = "+"  # "Twenty-one and sixty makes eighty-one"
            elif not right and tok.kind == WORD and tok.word == "per" and self._is(j + 1, NUM):
                op = "per"  # "3 per 7 fa 21" (Italian), "3 per 4 = 0.75": both readings; "= $37 per 10" is a rate
            elif tok.kind == WORD and (tok.word == "of" or tok.word in OF_WORDS) and (any_pct or prev_div):
                op = "*"
            elif tok.kind == WORD and tok.word == "off" and pct and len(items) == 1:
                op = "*"  # "25% off $140": the price less its share
                items[0] = None if items[0] is None else 1 - items[0]
            elif tok.kind == LP and (not tok.sp or self.t[j - 1].kind in (RP, POW)):
                op, nj = "*", j  # "2(3)", "(a + b)^2 (a + b)"
            else:
                break
            if right and op == "/" and nj < self.n and self.t[nj].kind == WORD and not self.t[nj].sp:
                break  # a rate after a result: "$250/month"
            nxt = self.operand(nj, right)
            if nxt is None:
                # "5 - \\sqrt{2}", "32 + x": the side goes on with something unknown. A dangling word ("3 times
                # a week") just ends the side.
                tainted = tainted or tok.kind == OP
                break
            ops.append(op)
            items.append(nxt[0])
            scales.append(nxt[5])
            any_counted = any_counted or nxt[5] != 1.0
            tight.append(op == "/" and not tok.sp and nj < self.n and not self.t[nj].sp)
            any_pct = any_pct or nxt[4]
            pcts.append(nxt[4])
            prev_div = op == "/" or self.t[nj].kind == FRAC
            j = nxt[2]
        clean = [v for v in items if v is not None]
        alts = side_readings(clean, ops, tight) if len(clean) == len(items) and not tainted else ()
        if any_counted:
            alts = scaled_readings(clean, scales, ops, tight, alts)
        if alts and ops in (["+"], ["-"]) and not pct and any_pct and items[0] is not None and items[1] is not None:
            # "288 + 10% = 316.8": a percent added to an amount is a share of it added (a markup, a waste margin)
            alts = (items[0] * (1 + items[1] if ops == ["+"] else 1 - items[1]), *alts)
        if scale != 1.0 and not dot_grouped(self.t[i]):
            val = None  # "2 dozen" is no literal and leads no running chain
        if counted is not None:
            alts = () if ops or val is None else (val, val * counted)
        lit_value = None
        if not ops and lit and val is not None:
            lit_value = val * 100 if pct else val
        first_tok = self.t[i + 1] if self.t[i].kind == OP else self.t[i]
        # A running chain goes on from a number ("= 15 * 2 = 30"), not from a fraction ("= 1/3", "= \frac{2}{3}").
        lead = first[0] if first_tok.kind == NUM and scale == 1.0 and not (tight and tight[0]) else None
        lead = lead * 100 if lead is not None and pct else lead
        # A fraction or a power alone is a computation too: \\frac{2520}{30} = 84, 2^{10} = 1024.
        powered = j - i >= 2 and self.t[j - 1].kind == POW and self.t[j - 2].kind in (NUM, RP, FRAC)  # not "cm^2"
        computed = bool(ops) or tainted or first_tok.kind == FRAC or powered or first_tok.word in _COMPUTED
        computed = computed or (first_tok.kind == LP and any(tok.kind == OP for tok in self.t[i:j]))  # "(525 / 25)"
        value = alts[0] if alts else None
        units_inside = bool(ops) and any(
            tok.kind == WORD and tok.word not in CONTINUE_WORDS and tok.word != "by" for tok in self.t[i:j]
        )
        mixed, shares = units_inside and mixed_units(self.t[i:j]), (not any_pct or stated_as_percentage(items, pcts))
        side = Side(value, alts, computed, self.t[i].start, self.t[j - 1].end, lit_value, dec, pct, any_pct,
                    lead, dec, first_tok.approx, units_inside, mixed, counted, None, shares)  # fmt: skip
        return side, j

    def _counted(self, i: int, j: int) -> float | None:
        """The size of the scale word that follows a stated number (``7 dozen``: 12), if it alone does."""
        if self.t[i].kind == OP and self.t[i].word == "-":
            i += 1  # "= -105 m": -105, or -105 million
        if j == i + 2 and self.t[i].kind == NUM and self.t[i + 1].kind == WORD:
            return SCALE_VALUES.get(self.t[i + 1].word)
        return None

    def closed(self, j: int) -> bool:
        """Is a side that ended before token ``j`` final, whatever tokens may still come after the last one?
        Yes when the token at ``j`` cannot continue it, or enough tokens follow for the parser's look-ahead."""
        if j >= self.n:
            return False
        tok = self.t[j]
        if tok.kind == OP and tok.word == "/" and j + 1 < self.n and self.t[j + 1].kind == WORD:
            return not self.t[j + 1].sp  # a rate after a result ("$250/month") ends it
        if tok.kind in CONTINUES or (tok.kind == WORD and tok.word in CONTINUE_WORDS):
            return j + 3 <= self.n
        return True
