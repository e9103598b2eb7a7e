"""Problem structures shared by all languages (like MGSM: the same GSM8K-style
skeleton written natively in each language).  Each sampler returns the given
numbers, the ordered computation steps and which variables are money."""
from fractions import Fraction as Fr


def _money(rng, M, lo, hi):
    v = Fr(rng.randint(lo, hi)) * M['mult']
    if M.get('half') and rng.random() < 0.35:
        v += Fr(1, 2)
    return v


def _ok_money(v, M):
    """money amount representable as the currency is written (cents or whole)"""
    if M.get('half'):
        return (v * 100).denominator == 1
    return v.denominator == 1


def s_shop(rng, M):
    while True:
        n1, n2 = rng.randint(2, 6), rng.randint(2, 5)
        p1, p2 = _money(rng, M, 2, 12), _money(rng, M, 1, 8)
        if p1 == p2:
            continue
        t = n1 * p1 + n2 * p2
        bills = [Fr(b) for b in M['bills'] if b > t]
        if not bills:
            continue
        B = bills[0]
        if len(bills) > 1 and rng.random() < 0.2:
            B = bills[1]
        v = dict(n1=n1, p1=p1, n2=n2, p2=p2, B=B)
        steps = [('c1', ['n1', '*', 'p1'], 'cur'), ('c2', ['n2', '*', 'p2'], 'cur'),
                 ('t', ['c1', '+', 'c2'], 'cur'), ('r', ['B', '-', 't'], 'cur')]
        return v, steps, {'p1', 'p2', 'B'}


def s_cookies(rng, M):
    while True:
        t, c, g, k = rng.randint(2, 5), rng.randint(10, 30), rng.randint(3, 15), rng.randint(4, 8)
        rem = t * c - g
        if rem % k or rem // k < 2:
            continue
        v = dict(t=t, c=c, g=g, k=k)
        steps = [('tot', ['t', '*', 'c'], 'cookie'), ('rem', ['tot', '-', 'g'], 'cookie'),
                 ('bags', ['rem', '/', 'k'], 'bag')]
        return v, steps, set()


def s_savings(rng, M):
    s = _money(rng, M, 2, 10)
    w = rng.randint(4, 12)
    h = _money(rng, M, 5, 40)
    y = s * w + h
    step = 5 * M['mult']
    P = (int(y / step) + rng.randint(1, 8)) * step
    v = dict(s=s, w=w, h=h, P=Fr(P))
    steps = [('x', ['s', '*', 'w'], 'cur'), ('y', ['x', '+', 'h'], 'cur'),
             ('z', ['P', '-', 'y'], 'cur')]
    return v, steps, {'s', 'h', 'P'}


def s_book(rng, M):
    while True:
        r, d, r2, d2 = rng.randint(10, 30), rng.randint(3, 7), rng.randint(10, 40), rng.randint(2, 8)
        if r2 == r:
            continue
        P = r * d + r2 * d2
        v = dict(P=P, r=r, d=d, r2=r2)
        steps = [('read', ['r', '*', 'd'], 'page'), ('rem', ['P', '-', 'read'], 'page'),
                 ('days', ['rem', '/', 'r2'], 'day')]
        return v, steps, set()


def s_legs(rng, M):
    v = dict(c=rng.randint(5, 30), k=rng.randint(3, 20))
    steps = [('lc', ['c', '*', '2'], 'leg'), ('lk', ['k', '*', '4'], 'leg'),
             ('tot', ['lc', '+', 'lk'], 'leg')]
    return v, steps, set()


def s_wage(rng, M):
    v = dict(h=rng.randint(4, 9), r=_money(rng, M, 8, 25), d=rng.randint(3, 6),
             b=Fr(rng.randint(2, 10) * 5) * M['mult'])
    steps = [('daily', ['h', '*', 'r'], 'cur'), ('tot', ['daily', '*', 'd'], 'cur'),
             ('all', ['tot', '+', 'b'], 'cur')]
    return v, steps, {'r', 'b'}


def s_trip(rng, M):
    v1, t1 = 5 * rng.randint(8, 18), rng.randint(2, 4)
    v2, t2 = 5 * rng.randint(10, 20), rng.randint(1, 3)
    D = v1 * t1 + v2 * t2 + 10 * rng.randint(2, 30)
    v = dict(v1=v1, t1=t1, v2=v2, t2=t2, D=D)
    steps = [('d1', ['v1', '*', 't1'], 'km'), ('d2', ['v2', '*', 't2'], 'km'),
             ('s', ['d1', '+', 'd2'], 'km'), ('left', ['D', '-', 's'], 'km')]
    return v, steps, set()


def s_class(rng, M):
    q = rng.choice([3, 4, 5])
    m = rng.randint(*{3: (3, 6), 4: (2, 5), 5: (2, 4)}[q])
    v = dict(n=2 * q * m, q=q)
    steps = [('g', ['n', '/', '2'], 'girl'), ('gl', ['g', '/', 'q'], 'girl'),
             ('ng', ['g', '-', 'gl'], 'girl')]
    return v, steps, set()


def s_discount(rng, M):
    while True:
        P = _money(rng, M, 8, 60)
        d = rng.choice([10, 15, 20, 25, 30, 40, 50])
        if not _ok_money(P * d / 100, M):
            continue
        v = dict(P=P, d=d, q=rng.randint(2, 4))
        steps = [('disc', ['P', '*', 'd', '/', '100'], 'cur'), ('new', ['P', '-', 'disc'], 'cur'),
                 ('tot', ['new', '*', 'q'], 'cur')]
        return v, steps, {'P'}


def s_garden(rng, M):
    while True:
        r, p, t, k = rng.randint(3, 8), rng.randint(5, 10), rng.randint(5, 12), rng.choice([5, 6, 10, 12])
        if (r * p * t) % k:
            continue
        v = dict(r=r, p=p, t=t, k=k, price=_money(rng, M, 2, 8))
        steps = [('plants', ['r', '*', 'p'], 'plant'), ('tom', ['plants', '*', 't'], 'tomato'),
                 ('bask', ['tom', '/', 'k'], 'basket'), ('inc', ['bask', '*', 'price'], 'cur')]
        return v, steps, {'price'}


def s_ages(rng, M):
    v = dict(a=rng.randint(5, 14), m=rng.randint(1, 6), k=rng.randint(2, 9))
    steps = [('x', ['a', '*', '2'], 'year'), ('b', ['x', '-', 'm'], 'year'),
             ('c', ['b', '+', 'k'], 'year'), ('s', ['a', '+', 'b', '+', 'c'], 'year')]
    return v, steps, set()


def s_pizza(rng, M):
    while True:
        g, s = rng.randint(6, 24), rng.randint(2, 4)
        if (g * s) % 8:
            continue
        v = dict(g=g, s=s, price=_money(rng, M, 6, 15))
        steps = [('sl', ['g', '*', 's'], 'slice'), ('pz', ['sl', '/', '8'], 'pizza'),
                 ('cost', ['pz', '*', 'price'], 'cur')]
        return v, steps, {'price'}


STRUCTS = [('shop', s_shop), ('cookies', s_cookies), ('savings', s_savings), ('book', s_book),
           ('legs', s_legs), ('wage', s_wage), ('trip', s_trip), ('class', s_class),
           ('discount', s_discount), ('garden', s_garden), ('ages', s_ages), ('pizza', s_pizza)]
