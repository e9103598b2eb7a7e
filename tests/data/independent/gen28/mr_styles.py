"""Spoken-style renderers (generator side)."""
import random
from fractions import Fraction as Fr
import mr_num as N

MEASURE_UNITS = {"hours", "cups", "miles", "kilometers", "liters", "pounds",
                 "centimeters", "gallons", "cups of flour", "dozen"}


class SlotRng:
    """Independent Random per named slot, so a number's rendering does not
    depend on what else was rendered on the line."""

    def __init__(self, base):
        self.base = base

    def __call__(self, slot):
        return random.Random(self.base + "|" + slot)


def wpick(r, weights):
    items = list(weights.items())
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for k, w in items:
        x -= w
        if x < 0:
            return k
    return items[-1][0]


# ----------------------------------------------------------------- numbers
class NumFmt:
    def __init__(self, digits=0.0, hy=True, a=0.0, andw=0.5, hund=0.0,
                 money=None, dec=None, time=None, comma_digits=0.5,
                 money_bare_int=0.0):
        self.digits = digits
        self.hy = hy
        self.a = a
        self.andw = andw
        self.hund = hund
        self.money = money or {"full": 1}
        self.dec = dec or {"point": 1}
        self.time = time or {"words": 1}
        self.comma_digits = comma_digits
        self.money_bare_int = money_bare_int

    def iw(self, n, r):
        return N.words_int(n, self.hy, r.random() < self.a, r.random() < self.andw,
                           r.random() < self.hund)

    def render(self, v, kind, r, digits_ok=True):
        v = Fr(v)
        use_digits = digits_ok and r.random() < self.digits
        if kind == "time":
            if use_digits:
                return N.time_digits(v)
            mode = wpick(r, self.time)
            return N.time_words(v, self.hy, True, past=(mode == "past"))
        if kind == "money":
            if use_digits:
                return N.money_digits(v)
            d, c = N.money_parts(v)
            mode = wpick(r, self.money)
            if c == 0 and r.random() < self.money_bare_int and d > 0:
                return self.iw(d, r)
            kw = dict(a=r.random() < self.a, andw=r.random() < self.andw,
                      hund=r.random() < self.hund)
            if mode == "short":
                s = N.money_short(v, self.hy, **kw)
            elif mode == "bucks":
                s = N.money_short(v, self.hy, bucks=True, **kw)
            elif mode == "hyph":
                s = N.money_short(v, self.hy, hyph_pair=True, **kw)
            elif mode == "dcent":
                s = N.money_dollars_cents_nocentword(v, self.hy, **kw)
            else:
                s = None
            if s is None:
                s = N.money_full(v, self.hy, **kw)
            return s
        if v.denominator != 1:
            if use_digits:
                return N.dec_str(v)
            mode = wpick(r, self.dec)
            if mode == "mixed":
                s = N.words_mixed(v, self.hy)
                if s:
                    return s
            return N.words_point(v, self.hy, zero=r.random() < 0.6)
        n = int(v)
        if use_digits:
            return N.digits_int(n, comma=(n >= 1000 and r.random() < self.comma_digits))
        return self.iw(n, r)


# ----------------------------------------------------------------- forms
# Each form: (id, text, condition)
FORMS = {
    "add2": [
        ("plus_is", "{A} plus {B} is {R}", None),
        ("plus_eq", "{A} plus {B} equals {R}", None),
        ("plus_makes", "{A} plus {B} makes {R}", None),
        ("plus_thats", "{A} plus {B}, that's {R}", None),
        ("plus_gives", "{A} plus {B} gives us {R}", None),
        ("plus_comes", "{A} plus {B} comes out to {R}", None),
        ("added_to", "{B} added to {A} makes {R}", None),
        ("and_makes", "{A} and {B} makes {R}", "andok"),
        ("and_is", "{A} and {B} is {R}", "andok"),
        ("add_get", "add {A} and {B} to get {R}", "andok"),
        ("add_that", "add {A} and {B}. That gives {R}", "andok"),
        ("add_we_get", "if we add {A} and {B}, we get {R}", "andok"),
        ("plus_another", "{A} plus another {B} is {R}", None),
        ("put_together", "put {A} and {B} together and you get {R}", "andok"),
    ],
    "add3": [
        ("plus3_is", "{A} plus {B} plus {C} is {R}", None),
        ("plus3_eq", "{A} plus {B} plus {C} equals {R}", None),
        ("plus3_thats", "{A}, plus {B}, plus {C}, that's {R}", None),
        ("add3_get", "add {A}, {B}, and {C} to get {R}", "andok3"),
        ("and3_makes", "{A} and {B} and {C} makes {R}", "andok3"),
        ("plus3_gives", "{A} plus {B} plus {C} gives us {R}", None),
    ],
    "sub": [
        ("minus_is", "{A} minus {B} is {R}", None),
        ("minus_eq", "{A} minus {B} equals {R}", None),
        ("minus_thats", "{A} minus {B}, that's {R}", None),
        ("minus_leaves", "{A} minus {B} leaves us with {R}", None),
        ("minus_gives", "{A} minus {B} gives us {R}", None),
        ("minus_comes", "{A} minus {B} comes out to {R}", None),
        ("takeaway_is", "{A} take away {B} is {R}", None),
        ("takeaway_leaves", "{A} take away {B} leaves {R}", None),
        ("take_from", "take {B} away from {A} and that leaves {R}", None),
        ("subtract_from", "subtract {B} from {A} to get {R}", None),
        ("subtract_which", "subtract {B} from {A}, which gives {R}", None),
        ("subtract_that", "subtract {B} from {A}. That leaves {R}", None),
    ],
    "mul": [
        ("times_is", "{A} times {B} is {R}", None),
        ("times_eq", "{A} times {B} equals {R}", None),
        ("times_thats", "{A} times {B}, that's {R}", None),
        ("times_gives", "{A} times {B} gives us {R}", None),
        ("times_comes", "{A} times {B} comes out to {R}", None),
        ("mult_by", "{A} multiplied by {B} is {R}", None),
        ("mult_by_eq", "{A} multiplied by {B} equals {R}", None),
        ("multiply_get", "multiply {A} by {B} to get {R}", None),
        ("multiply_that", "multiply {A} by {B}. That gives {R}", None),
        ("plural_are", "{A} {Bpl} are {R}", "plural"),
        ("plural_make", "{A} {Bpl} make {R}", "plural"),
        ("groups_of", "{A} groups of {B} is {R}", "ints"),
        ("lots_of", "{A} lots of {B} makes {R}", "ints"),
        ("at_each", "{A} at {B} each is {R}", "at_each"),
    ],
    "dbl": [
        ("double_is", "double {A} is {R}", None),
        ("twice_is", "twice {A} is {R}", None),
        ("doubled", "{A} doubled is {R}", None),
        ("times_two", "{A} times two is {R}", "x2"),
        ("two_times", "two times {A} is {R}", "x2"),
    ],
    "tri": [
        ("triple_is", "triple {A} is {R}", None),
        ("three_times", "three times {A} is {R}", "x3"),
        ("times_three", "{A} times three equals {R}", "x3"),
        ("three_groups", "three groups of {A} makes {R}", "x3int"),
    ],
    "div": [
        ("div_is", "{A} divided by {B} is {R}", None),
        ("div_eq", "{A} divided by {B} equals {R}", None),
        ("div_thats", "{A} divided by {B}, that's {R}", None),
        ("div_gives", "{A} divided by {B} gives us {R}", None),
        ("divide_get", "divide {A} by {B} to get {R}", None),
        ("divide_that", "divide {A} by {B}. That gives {R}", None),
        ("goes_into", "{B} goes into {A} {R} times", "goes_into"),
        ("goes_into_comma", "{B} goes into {A}, {R} times", "goes_into_comma"),
        ("shared", "{A} shared between {B} is {R} each", "share"),
        ("split_ways", "{A} split {B} ways is {R}", "share"),
        ("over", "{A} over {B} is {R}", None),
    ],
    "half": [
        ("half_of", "half of {A} is {R}", None),
        ("half_of_thats", "half of {A}, that's {R}", None),
        ("in_half", "{A} split in half is {R}", None),
        ("div2_is", "{A} divided by two is {R}", None),
        ("div2_eq", "{A} divided by two equals {R}", None),
    ],
    "frac1": [
        ("unit_of_is", "{uq} of {A} is {R}", None),
        ("unit_of_eq", "{uq} of {A} equals {R}", None),
        ("divq_is", "{A} divided by {q} is {R}", None),
        ("divq_eq", "{A} divided by {q} equals {R}", None),
    ],
    "fracp": [
        ("frac_of_is", "{pq} of {A} is {R}", None),
        ("frac_of_eq", "{pq} of {A} equals {R}", None),
        ("frac_chain", "{A} divided by {q} is {U}, times {p} is {R}", None),
        ("frac_chain2", "{A} divided by {q} is {U}, and {U} times {p} is {R}", None),
        ("frac_unit_so", "{uq} of {A} is {U}, so {pq_bare} is {R}", None),
        ("frac_unit_would", "{uq} of {A} is {U}, so {pq_bare} would be {R}", None),
    ],
    "pct": [
        ("pct_of_is", "{P} percent of {A} is {R}", None),
        ("pct_of_eq", "{P} percent of {A} equals {R}", None),
        ("pct_ten", "ten percent of {A} is {U}, so {P} percent is {R}", "pct_ten"),
        ("pct_dec", "{A} times {Pdec} is {R}", None),
        ("pct_half", "fifty percent is half, so half of {A} is {R}", "pct50"),
        ("pct_quarter", "twenty-five percent is a quarter, so a quarter of {A} is {R}", "pct25"),
    ],
    "doz": [
        ("doz_is", "{A} dozen is {R}", None),
        ("doz_times", "{A} times twelve is {R}", None),
        ("doz_times_eq", "{A} times twelve equals {R}", None),
        ("doz_thats", "{A} dozen, that's {R}", None),
        ("doz_twelves", "{A} twelves are {R}", None),
    ],
    "tdiff": [
        ("from_to_is", "from {A} to {B} is {R}", None),
        ("to_thats", "{A} to {B}, that's {R}", None),
        ("from_to_gives", "going from {A} to {B} gives us {R}", None),
        ("from_to_eq", "from {A} to {B} equals {R}", None),
    ],
    "tadd": [
        ("tplus_is", "{A} plus {B} is {R}", None),
        ("after_is", "{B} after {A} is {R}", None),
        ("tplus_gets", "{A} plus {B} gets us to {R}", None),
    ],
}

# Question forms (classroom): text with {A},{B}.. and the answer slot {R}
QFORMS = {
    "add2": ["what's {A} plus {B}? {ANS}", "{A} and {B}, what does that make? {ANS}|andok", "{A} plus {B} is what? {ANS}"],
    "add3": ["what's {A} plus {B} plus {C}? {ANS}", "{A} plus {B} plus {C} makes what? {ANS}"],
    "sub": ["what's {A} take away {B}? {ANS}", "{A} minus {B}, anybody? {ANS}", "{A} take away {B} leaves what? {ANS}"],
    "mul": ["what's {A} times {B}? {ANS}", "{A} {Bpl}, what's that? {ANS}|plural", "{A} times {B} is what? {ANS}"],
    "dbl": ["what's double {A}? {ANS}", "what's {A} doubled? {ANS}"],
    "tri": ["what's triple {A}? {ANS}", "what's three times {A}? {ANS}|x3"],
    "div": ["what's {A} divided by {B}? {ANS}", "how many times does {B} go into {A}? {ANS}|goes_into_q", "{A} shared between {B}, how many each? {ANS}|share"],
    "half": ["what's half of {A}? {ANS}", "{A} divided by two is what? {ANS}"],
    "frac1": ["what's {uq} of {A}? {ANS}", "{A} divided by {q}? {ANS}"],
    "fracp": ["what's {pq} of {A}? {ANS}", "{uq} of {A} is {U}, so {pq_bare} is what? {ANS}"],
    "pct": ["what's {P} percent of {A}? {ANS}", "{P} percent of {A} is what? {ANS}"],
    "doz": ["{A} dozen is how many? {ANS}", "what's {A} times twelve? {ANS}"],
    "tdiff": ["from {A} to {B}, how long is that? {ANS}"],
    "tadd": ["{A} plus {B} gets us to what time? {ANS}"],
}

UQ = {2: "half", 3: "a third", 4: "a quarter", 5: "a fifth", 10: "a tenth"}
PQ = {(2, 3): ["two-thirds", "two thirds"], (3, 4): ["three-quarters", "three quarters", "three-fourths"],
      (2, 5): ["two-fifths", "two fifths"], (3, 5): ["three-fifths", "three fifths"],
      (4, 5): ["four-fifths", "four fifths"]}
PDEC = {5: ["point oh five", "zero point oh five"], 10: ["point one", "zero point one"],
        15: ["point one five", "zero point one five"], 20: ["point two", "zero point two"],
        25: ["point two five", "zero point two five"], 30: ["point three", "zero point three"],
        40: ["point four", "zero point four"], 50: ["point five", "zero point five"],
        60: ["point six", "zero point six"], 70: ["point seven", "zero point seven"],
        75: ["point seven five", "zero point seven five"], 80: ["point eight", "zero point eight"],
        90: ["point nine", "zero point nine"], 2: ["point oh two", "zero point oh two"],
        4: ["point oh four", "zero point oh four"]}


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit() or ch == "$":
            return s
    return s


# ----------------------------------------------------------------- styles
STYLE_NAMES = ["voice_assistant", "screen_reader", "podcast_teacher", "video_captions",
               "parent_homework", "audiobook_kids", "student_thinkaloud", "tutoring_call",
               "classroom_recording"]

HASH_STYLES = {"voice_assistant", "screen_reader", "podcast_teacher", "parent_homework",
               "audiobook_kids", "student_thinkaloud", "classroom_recording"}

PROBLEM_WORDS = {"audiobook_kids", "podcast_teacher", "student_thinkaloud", "classroom_recording"}

NUMFMT = {
    "voice_assistant": NumFmt(hy=True, a=0.0, andw=0.5, hund=0.2,
                              money={"full": 1}, dec={"point": 0.7, "mixed": 0.3}),
    "screen_reader": NumFmt(hy=True, a=0.0, andw=0.05, hund=0.0,
                            money={"full": 1}, dec={"point": 1}),
    "podcast_teacher": NumFmt(hy=True, a=0.7, andw=0.9, hund=0.8,
                              money={"short": 0.55, "full": 0.25, "dcent": 0.2},
                              dec={"mixed": 0.6, "point": 0.4},
                              time={"words": 0.7, "past": 0.3}, money_bare_int=0.3),
    "video_captions": NumFmt(digits=0.45, hy=False, a=0.5, andw=0.5, hund=0.6,
                             money={"short": 0.6, "full": 0.4}, dec={"point": 0.7, "mixed": 0.3},
                             comma_digits=0.5, money_bare_int=0.2),
    "parent_homework": NumFmt(hy=True, a=0.8, andw=0.9, hund=0.8,
                              money={"short": 0.4, "bucks": 0.25, "full": 0.2, "hyph": 0.15},
                              dec={"mixed": 0.8, "point": 0.2},
                              time={"words": 0.6, "past": 0.4}, money_bare_int=0.3),
    "audiobook_kids": NumFmt(hy=True, a=0.2, andw=1.0, hund=0.3,
                             money={"full": 0.9, "short": 0.1}, dec={"mixed": 0.7, "point": 0.3},
                             time={"words": 0.8, "past": 0.2}),
    "student_thinkaloud": NumFmt(digits=0.08, hy=True, a=0.6, andw=0.4, hund=0.8,
                                 money={"short": 0.6, "bucks": 0.2, "full": 0.2},
                                 dec={"point": 0.6, "mixed": 0.4}, money_bare_int=0.4),
    "tutoring_call": NumFmt(digits=0.05, hy=True, a=0.5, andw=0.7, hund=0.6,
                            money={"short": 0.5, "full": 0.5}, dec={"point": 0.5, "mixed": 0.5},
                            money_bare_int=0.2),
    "classroom_recording": NumFmt(hy=True, a=0.6, andw=0.9, hund=0.5,
                                  money={"full": 0.5, "short": 0.5}, dec={"mixed": 0.7, "point": 0.3},
                                  time={"words": 0.7, "past": 0.3}),
}

STYLE_FORMS = {
    "voice_assistant": {
        "add2": ["plus_eq", "plus_is", "add_get", "add_that", "plus_gives"],
        "add3": ["plus3_eq", "add3_get", "plus3_is"],
        "sub": ["minus_eq", "minus_is", "subtract_from", "subtract_that", "subtract_which"],
        "mul": ["times_eq", "times_is", "mult_by_eq", "multiply_get", "multiply_that"],
        "dbl": ["double_is", "times_two", "two_times"],
        "tri": ["three_times", "times_three", "triple_is"],
        "div": ["div_eq", "div_is", "divide_get", "divide_that"],
        "half": ["half_of", "div2_eq"],
        "frac1": ["unit_of_is", "divq_eq", "unit_of_eq"],
        "fracp": ["frac_of_eq", "frac_of_is", "frac_chain"],
        "pct": ["pct_of_eq", "pct_of_is", "pct_dec"],
        "doz": ["doz_times_eq", "doz_is"],
        "tdiff": ["from_to_is", "from_to_eq"],
        "tadd": ["tplus_is"],
    },
    "screen_reader": {
        "add2": ["plus_eq"], "add3": ["plus3_eq"], "sub": ["minus_eq"],
        "mul": ["times_eq", "mult_by_eq"], "dbl": ["times_two", "two_times"],
        "tri": ["times_three"], "div": ["div_eq"], "half": ["div2_eq", "half_of"],
        "frac1": ["divq_eq", "unit_of_eq"], "fracp": ["frac_of_eq"], "pct": ["pct_of_eq"],
        "doz": ["doz_times_eq"], "tdiff": ["from_to_eq"], "tadd": ["tplus_is"],
    },
    "podcast_teacher": {
        "add2": ["plus_thats", "plus_gives", "plus_comes", "plus_another", "and_is", "plus_is"],
        "add3": ["plus3_thats", "plus3_gives", "plus3_is"],
        "sub": ["minus_leaves", "takeaway_leaves", "minus_thats", "minus_comes", "take_from"],
        "mul": ["times_thats", "times_comes", "times_gives", "plural_are", "times_is"],
        "dbl": ["double_is", "doubled", "twice_is"],
        "tri": ["triple_is", "three_times"],
        "div": ["div_thats", "goes_into", "div_gives", "split_ways", "div_is"],
        "half": ["half_of_thats", "half_of"],
        "frac1": ["unit_of_is", "divq_is"],
        "fracp": ["frac_unit_so", "frac_chain", "frac_of_is"],
        "pct": ["pct_ten", "pct_of_is", "pct_half", "pct_quarter"],
        "doz": ["doz_thats", "doz_is"],
        "tdiff": ["from_to_is", "to_thats"],
        "tadd": ["tplus_gets", "after_is"],
    },
    "video_captions": {
        "add2": ["plus_is", "plus_gives", "plus_eq", "and_is"],
        "add3": ["plus3_is", "plus3_gives"],
        "sub": ["minus_is", "minus_gives", "minus_eq", "minus_leaves"],
        "mul": ["times_is", "times_gives", "times_eq"],
        "dbl": ["double_is", "times_two"],
        "tri": ["three_times", "triple_is"],
        "div": ["div_is", "div_gives", "div_eq"],
        "half": ["half_of", "div2_is"],
        "frac1": ["unit_of_is", "divq_is"],
        "fracp": ["frac_of_is", "frac_chain"],
        "pct": ["pct_of_is", "pct_dec"],
        "doz": ["doz_is", "doz_times"],
        "tdiff": ["from_to_is"],
        "tadd": ["tplus_is"],
    },
    "parent_homework": {
        "add2": ["plus_makes", "and_makes", "plus_is", "put_together"],
        "add3": ["plus3_is", "and3_makes"],
        "sub": ["takeaway_is", "takeaway_leaves", "minus_is", "take_from"],
        "mul": ["plural_are", "times_is", "groups_of", "at_each", "times_thats"],
        "dbl": ["double_is", "twice_is"],
        "tri": ["triple_is", "three_groups"],
        "div": ["shared", "goes_into", "div_is", "split_ways"],
        "half": ["half_of", "in_half"],
        "frac1": ["unit_of_is"],
        "fracp": ["frac_unit_so", "frac_unit_would", "frac_of_is"],
        "pct": ["pct_ten", "pct_half", "pct_quarter", "pct_of_is"],
        "doz": ["doz_is", "doz_twelves"],
        "tdiff": ["from_to_is", "to_thats"],
        "tadd": ["after_is", "tplus_gets"],
    },
    "audiobook_kids": {
        "add2": ["added_to", "and_makes", "plus_makes", "put_together"],
        "add3": ["and3_makes", "plus3_is"],
        "sub": ["takeaway_leaves", "take_from", "takeaway_is"],
        "mul": ["groups_of", "plural_make", "times_is", "at_each"],
        "dbl": ["double_is", "twice_is"],
        "tri": ["three_groups", "triple_is"],
        "div": ["shared", "split_ways", "div_is"],
        "half": ["half_of", "in_half"],
        "frac1": ["unit_of_is"],
        "fracp": ["frac_of_is", "frac_unit_so"],
        "pct": ["pct_of_is", "pct_half", "pct_quarter"],
        "doz": ["doz_is"],
        "tdiff": ["from_to_is"],
        "tadd": ["after_is"],
    },
    "student_thinkaloud": {
        "add2": ["plus_is", "plus_thats", "and_is", "plus_makes"],
        "add3": ["plus3_is", "plus3_thats"],
        "sub": ["minus_is", "minus_thats", "takeaway_is"],
        "mul": ["times_is", "times_thats", "plural_are"],
        "dbl": ["double_is", "times_two"],
        "tri": ["three_times", "triple_is"],
        "div": ["div_is", "goes_into", "div_thats"],
        "half": ["half_of", "div2_is"],
        "frac1": ["unit_of_is", "divq_is"],
        "fracp": ["frac_chain", "frac_chain2", "frac_unit_so"],
        "pct": ["pct_ten", "pct_of_is", "pct_dec"],
        "doz": ["doz_times", "doz_is"],
        "tdiff": ["from_to_is", "to_thats"],
        "tadd": ["tplus_is"],
    },
    "tutoring_call": {
        "add2": ["plus_is", "plus_eq", "and_is", "plus_makes"],
        "add3": ["plus3_is"],
        "sub": ["minus_is", "takeaway_is", "minus_leaves"],
        "mul": ["times_is", "plural_are", "times_eq"],
        "dbl": ["double_is", "times_two"],
        "tri": ["three_times"],
        "div": ["div_is", "goes_into", "shared"],
        "half": ["half_of", "div2_is"],
        "frac1": ["unit_of_is", "divq_is"],
        "fracp": ["frac_chain2", "frac_unit_so", "frac_of_is"],
        "pct": ["pct_ten", "pct_of_is"],
        "doz": ["doz_times", "doz_is"],
        "tdiff": ["from_to_is"],
        "tadd": ["tplus_is"],
    },
    "classroom_recording": {  # regular forms, used alongside QFORMS
        "add2": ["plus_is", "plus_makes", "and_makes"],
        "add3": ["plus3_is"],
        "sub": ["takeaway_leaves", "minus_is"],
        "mul": ["times_is", "plural_are"],
        "dbl": ["double_is"], "tri": ["triple_is"],
        "div": ["div_is", "goes_into"], "half": ["half_of"],
        "frac1": ["unit_of_is"], "fracp": ["frac_unit_so", "frac_of_is"],
        "pct": ["pct_ten", "pct_of_is"], "doz": ["doz_is"],
        "tdiff": ["from_to_is"], "tadd": ["tplus_is"],
    },
}

FORM_INDEX = {}
for _k, _lst in FORMS.items():
    for _fid, _txt, _cond in _lst:
        FORM_INDEX[(_k, _fid)] = (_txt, _cond)


def _ends_in_units_word(v):
    v = Fr(v)
    if v.denominator != 1:
        return False
    n = int(v)
    return n % 10 != 0 and not (10 <= n % 100 <= 19)


def form_ok(cond, step, ctx):
    """Feasibility from operands only (never from the result)."""
    if cond is None:
        return True
    ops = step["vals"]
    kinds = step["kinds"]
    if cond == "andok":
        a, b = ops[0], ops[1]
        return (not ctx["money"] and not ctx["time"] and Fr(a).denominator == 1
                and Fr(b).denominator == 1 and int(a) % 100 != 0 and 1 <= b < 100)
    if cond == "andok3":
        return (not ctx["money"] and not ctx["time"]
                and all(Fr(x).denominator == 1 for x in ops)
                and int(ops[0]) % 100 != 0 and int(ops[1]) % 100 != 0 and ops[2] < 100
                and ops[1] < 100)
    if cond == "plural":
        b = ops[1]
        return (kinds[0] == "int" and kinds[1] in ("int", "const") and Fr(b).denominator == 1
                and 2 <= b <= 12 and Fr(ops[0]).denominator == 1 and ops[0] <= 20)
    if cond == "ints":
        return all(k in ("int", "const") for k in kinds) and all(Fr(x).denominator == 1 for x in ops)
    if cond == "at_each":
        return kinds[1] == "money" and kinds[0] in ("int", "const")
    if cond == "x2":
        return True
    if cond == "x3":
        return True
    if cond == "x3int":
        return kinds[0] in ("int",) and Fr(ops[0]).denominator == 1
    if cond == "goes_into":
        return (not ctx["money"] and not ctx["time"] and kinds[0] == "int" and kinds[1] in ("int", "const")
                and _ends_in_units_word(ops[0]) and step["res_int"])
    if cond == "goes_into_comma":
        return kinds[0] == "int" and kinds[1] in ("int", "const") and step["res_int"]
    if cond == "goes_into_q":
        return kinds[0] == "int" and kinds[1] in ("int", "const") and step["res_int"]
    if cond == "share":
        return (kinds[1] in ("int", "const") and kinds[0] in ("int", "money")
                and ("each" in step["label"] or "share" in step["label"]))
    if cond == "pct_ten":
        return step["P"] % 10 == 0 and step["P"] != 10 and ((Fr(ops[0]) / 10) * (100 if ctx["money"] else 1)).denominator == 1 and step["P"] <= 90
    if cond == "pct50":
        return step["P"] == 50
    if cond == "pct25":
        return step["P"] == 25
    raise ValueError(cond)


# ----------------------------------------------------------------- line builders
FILLER_TL = ["um", "uh", "like"]


def thinkaloud_disfluent(text, r):
    """Insert hesitation into a core computation string (before formatting)."""
    out = text
    if r.random() < 0.5:
        for w in (" plus {B}", " minus {B}", " times {B}", " divided by {B}", " take away {B}"):
            if w in out:
                op = w[:-4]
                out = out.replace(w, op + ", " + r.choice(FILLER_TL) + ", {B}", 1)
                break
    if r.random() < 0.7:
        for w in (" is {R}", " that's {R}"):
            if w in out:
                out = out.replace(w, w[:-4] + r.choice(["...", ", uh,", "... like", ", um,"]) + " {R}", 1)
                break
    return out


class Ctx(dict):
    pass


def render_core(style, opkind, step, ctx, sr, result_override=None, qmode=False):
    """Return core computation text (lowercase start) for a step."""
    fmt = NUMFMT[style]
    fr = sr("form")
    txt = None
    if qmode:
        cands = []
        for q in QFORMS[opkind]:
            if "|" in q:
                q, cond = q.split("|")
                if not form_ok(cond, step, ctx):
                    continue
            cands.append(q)
        txt = fr.choice(cands)
    else:
        cands = []
        for fid in STYLE_FORMS[style][opkind]:
            t, cond = FORM_INDEX[(opkind, fid)]
            if form_ok(cond, step, ctx):
                cands.append(t)
        if not cands:
            # fall back on the general list
            for fid, t, cond in FORMS[opkind]:
                if cond is None:
                    cands.append(t)
        txt = fr.choice(cands)
    if style == "student_thinkaloud":
        txt = thinkaloud_disfluent(txt, sr("disfl"))
    vals = step["vals"]
    kinds = step["kinds"]
    R = step["res"] if result_override is None else result_override
    digits_ok = True
    pieces = {}
    letters = "ABC"
    for i, (v, k) in enumerate(zip(vals, kinds)):
        if opkind == "tadd" and i == 1:
            pieces["B"] = fmt.render(v, "int", sr("op1")) + " minutes"
            continue
        kk = "time" if k == "time" else ("money" if k == "money" else "num")
        pieces[letters[i]] = fmt.render(v, kk, sr("op%d" % i), digits_ok)
    if opkind == "mul" and len(vals) > 1 and Fr(vals[1]).denominator == 1 and 2 <= vals[1] <= 12:
        pieces["Bpl"] = N.PLURALS[int(vals[1])]
    # fraction / pct bits
    if opkind in ("frac1", "fracp"):
        p, q = step["pq"]
        pieces["q"] = fmt.render(q, "num", sr("q"), False)
        pieces["p"] = fmt.render(p, "num", sr("p"), False)
        pieces["uq"] = UQ[q]
        if opkind == "frac1" and sr("uq").random() < 0.3 and q != 2:
            pieces["uq"] = "one " + UQ[q].split()[1]
        if p > 1:
            opts = PQ[(p, q)]
            pqw = sr("pq").choice(opts)
            pieces["pq"] = pqw
            pieces["pq_bare"] = pqw
        U = Fr(vals[0]) / q
        pieces["U"] = fmt.render(U, "money" if kinds[0] == "money" else "num", sr("U"))
    if opkind == "pct":
        P = step["P"]
        pieces["P"] = fmt.render(P, "num", sr("P"), digits_ok)
        pieces["Pdec"] = sr("pdec").choice(PDEC[P]) if P in PDEC else None
        U = Fr(vals[0]) / 10
        pieces["U"] = fmt.render(U, "money" if kinds[0] == "money" else "num", sr("U"))
        if "{Pdec}" in txt and pieces["Pdec"] is None:
            txt = "{P} percent of {A} is {R}"
    # result
    rk = step["res_kind"]
    if rk == "time":
        rs = fmt.render(R, "time", sr("res"))
    elif rk == "money":
        rs = fmt.render(R, "money", sr("res"))
    else:
        rs = fmt.render(R, "num", sr("res"))
        unit = step["unit"]
        need_unit = opkind == "tdiff"
        if unit and unit not in ("-", "$", "@") and (need_unit or sr("unit").random() < ctx["unit_p"]):
            if not (opkind == "div" and "{R} times" in txt) and "{R} each" not in txt:
                rs = rs + " " + unit
    pieces["R"] = rs
    pieces["ANS"] = "{ANS}"
    out = txt.format(**pieces)
    return out, rs


def choose(r, lst):
    return lst[int(r.random() * len(lst))]
