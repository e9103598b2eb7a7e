"""Shared helpers for the problem templates."""
from fractions import Fraction as Fr
from core import (Graph, Fmt, Step, Chain, Spec, L, Ref, Def, Add, Sub, Mul, Div, Frac, Par, fnum, is_term)

WORDS = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine',
         10: 'ten', 11: 'eleven', 12: 'twelve'}

PEOPLE = [('Maria', 'f'), ('Jamal', 'm'), ('Priya', 'f'), ('Ethan', 'm'), ('Sofia', 'f'), ('Liam', 'm'),
          ('Aisha', 'f'), ('Noah', 'm'), ('Mei', 'f'), ('Carlos', 'm'), ('Olivia', 'f'), ('Kenji', 'm'),
          ('Fatima', 'f'), ('Lucas', 'm'), ('Zoe', 'f'), ('Omar', 'm'), ('Hannah', 'f'), ('Diego', 'm'),
          ('Grace', 'f'), ('Ravi', 'm'), ('Chloe', 'f'), ('Mateo', 'm'), ('Nia', 'f'), ('Ben', 'm'),
          ('Leila', 'f'), ('Sam', 'm'), ('Ava', 'f'), ('Tyler', 'm'), ('Rosa', 'f'), ('Jin', 'm'),
          ('Elena', 'f'), ('Marcus', 'm'), ('Yuki', 'f'), ('Andre', 'm'), ('Isabel', 'f'), ('Tomas', 'm')]

TOWNS = ['Maple Falls', 'Cedar Creek', 'Riverton', 'Pine Hill', 'Lakeside', 'Brookfield', 'Oakdale', 'Fairview']

SUMK = ['off_by_one', 'digit_swap', 'tens_slip', 'dropped_digit']
MULK = ['off_by_one', 'digit_swap', 'tens_slip', 'wrong_op']
SUBK = ['off_by_one', 'digit_swap', 'wrong_op', 'tens_slip']
DIVK = ['off_by_one', 'digit_swap', 'wrong_rounding', 'last_digit', 'decimal_shift']
DECK = ['last_digit', 'digit_swap', 'decimal_shift', 'off_by_one']


class Who:
    def __init__(self, rng):
        self.name, g = rng.choice(PEOPLE)
        self.he, self.his, self.him = ('she', 'her', 'her') if g == 'f' else ('he', 'his', 'him')
        self.He, self.His = self.he.capitalize(), self.his.capitalize()

    def fmt(self, _s, **kw):
        return _s.format(name=self.name, he=self.he, his=self.his, him=self.him, He=self.He, His=self.His, **kw)


def W(n):
    return WORDS.get(n, str(n))


def num(v, money=False):
    v = Fr(v)
    if money:
        return '$' + (fnum(v) if v.denominator == 1 else fnum(v, 2, keep=True))
    return fnum(v, comma=v >= 10000)


def wlist(rng, vals, money=False, key=None):
    """'82, 90, 75, and 88' style list for problem text"""
    t = [num(v, money) for v in vals]
    style = rng.choice([0, 0, 1, 2])
    if len(t) == 2:
        return t[0] + ' and ' + t[1]
    if style == 0:
        return ', '.join(t[:-1]) + ', and ' + t[-1]
    if style == 1:
        return ', '.join(t[:-1]) + ' and ' + t[-1]
    return ', '.join(t)


def ordw(n):
    return {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh',
            8: 'eighth', 9: 'ninth', 10: 'tenth'}[n]


def gen_vals(rng, n, lo, hi, ok=lambda v: True, distinct=False, tries=5000):
    for _ in range(tries):
        if distinct:
            vals = rng.sample(range(lo, hi + 1), n)
        else:
            vals = [rng.randint(lo, hi) for _ in range(n)]
        if ok(vals):
            return vals
    raise RuntimeError('no data found')


class Ctx:
    def __init__(self, key, sent, pl, what, unit, lo, hi, hdr, person=True, avgq=None):
        self.key = key
        self.sent = sent
        self.pl = pl
        self.what = what
        self.unit = unit
        self.lo = lo
        self.hi = hi
        self.hdr = hdr
        self.person = person

    def text(self, rng, who, vals, money=False):
        n = len(vals)
        return who.fmt(self.sent, L=wlist(rng, vals, money), nw=W(n), Nw=W(n).capitalize(), n=n,
                       town=rng.choice(TOWNS))

    def table(self, vals, money=False):
        return (self.hdr[0], self.hdr[1], [(i + 1, num(v, money)) for i, v in enumerate(vals)])


INT_CTX = [
    Ctx('tests', '{name} scored {L} on {his} last {nw} math tests.', 'scores', 'score', '', 61, 99,
        ('Test', 'Score')),
    Ctx('bowling', 'In {nw} games of bowling, {name} scored {L}.', 'scores', 'bowling score', '', 92, 198,
        ('Game', 'Score')),
    Ctx('temps', 'The high temperatures in {town} on {nw} days in a row were {L} degrees Fahrenheit.',
        'temperatures', 'high temperature', ' degrees', 45, 94, ('Day', 'High (°F)'), person=False),
    Ctx('hoops', '{name} scored {L} points in {his} last {nw} basketball games.', 'point totals',
        'number of points per game', ' points', 4, 31, ('Game', 'Points')),
    Ctx('plants', '{name} measured {nw} sunflower seedlings. Their heights were {L} centimeters.', 'heights',
        'height', ' cm', 8, 46, ('Seedling', 'Height (cm)')),
    Ctx('books', '{Nw} students in a reading club read {L} books over the summer.', 'book counts',
        'number of books read', ' books', 2, 24, ('Student', 'Books'), person=False),
    Ctx('piano', '{name} practiced piano for {L} minutes on {nw} different days.', 'practice times',
        'practice time', ' minutes', 15, 70, ('Day', 'Minutes')),
    Ctx('truck', 'A food truck served {L} customers on {nw} weekdays.', 'customer counts',
        'number of customers per day', ' customers', 31, 118, ('Day', 'Customers'), person=False),
    Ctx('pumpkins', 'At a farm stand, {nw} pumpkins weighed {L} pounds.', 'weights', 'weight', ' pounds', 6, 29,
        ('Pumpkin', 'Weight (lb)'), person=False),
    Ctx('laps', '{name} swam {L} laps at {his} {nw} swim practices this month.', 'lap counts',
        'number of laps per practice', ' laps', 12, 58, ('Practice', 'Laps')),
    Ctx('pushups', 'During gym class, {nw} students did {L} push-ups.', 'push-up counts',
        'number of push-ups', ' push-ups', 8, 45, ('Student', 'Push-ups'), person=False),
    Ctx('cookies', '{Nw} scouts sold {L} boxes of cookies.', 'box counts', 'number of boxes sold', ' boxes',
        10, 64, ('Scout', 'Boxes'), person=False),
    Ctx('pages', '{name} read {L} pages on {nw} evenings this week.', 'page counts',
        'number of pages per evening', ' pages', 12, 59, ('Evening', 'Pages')),
    Ctx('spelling', "{name}'s scores on {nw} spelling quizzes (each out of 20 points) were {L}.", 'scores',
        'quiz score', ' points', 9, 20, ('Quiz', 'Score')),
    Ctx('visitors', 'A small museum had {L} visitors on {nw} Saturdays.', 'visitor counts',
        'number of visitors', ' visitors', 40, 135, ('Saturday', 'Visitors'), person=False),
    Ctx('jumps', '{name} did {L} jumping jacks in {nw} one-minute rounds.', 'counts',
        'number of jumping jacks per round', ' jumping jacks', 22, 61, ('Round', 'Jumping jacks')),
]


def pick_ctx(rng, ctxs=INT_CTX):
    return rng.choice(ctxs)


def qwhat(cx, who, phrase):
    """question noun phrase: '{name}'s average score' or 'the average score'"""
    if cx.person:
        return "%s's %s %s" % (who.name, phrase, cx.what)
    return 'the %s %s' % (phrase, cx.what)


def sum_step(g, name, vals, title, lead, label, money=False, kinds=SUMK):
    vals = tuple(Fr(v) for v in vals)
    g.add(name, lambda s, v=vals: sum(v, Fr(0)), Fmt(money=money), kinds=kinds)
    return Step('calc', title, lead, label, [Chain([Add(*[L(x, money=money) for x in vals]), Def(name)])])


def mean_step(g, name, sname, n, fmt, title, lead, label, kinds=DIVK, alt=None):
    g.add(name, lambda s, sn=sname, n=n: s[sn] / n, fmt, kinds=kinds, alt=alt)
    return Step('calc', title, lead, label, [Chain([Div(Ref(sname), L(n)), Def(name)])])


def mean_fmt(d):
    """d None -> exact wanted (shown exactly if it terminates in 2 digits, else rounded to 2 in carries)"""
    if d is None:
        return Fmt(d=2, auto=2)
    return Fmt(d=d, auto=d)


def round_q(d):
    return {1: 'Round to the nearest tenth.', 2: 'Round to the nearest hundredth.', 0: 'Round to the nearest whole number.'}[d]


def median(vals):
    s = sorted(vals)
    n = len(s)
    if n % 2:
        return Fr(s[n // 2])
    return Fr(s[n // 2 - 1] + s[n // 2], 2)


def mids_fn(sorted_vals, pos):
    """candidate wrong middle values: neighbours of the middle in the sorted list"""
    def f(sh):
        out = []
        for k in (pos, pos - 2, pos + 1, pos - 3):
            if 0 <= k < len(sorted_vals):
                out.append(Fr(sorted_vals[k]))
        return out
    return f
