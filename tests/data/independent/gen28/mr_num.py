"""Number rendering for spoken / read-aloud English (generator side only)."""
from fractions import Fraction

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
PLURALS = {2: "twos", 3: "threes", 4: "fours", 5: "fives", 6: "sixes",
           7: "sevens", 8: "eights", 9: "nines", 10: "tens", 11: "elevens",
           12: "twelves"}
ORD_DEN = {2: ("half", "halves"), 3: ("third", "thirds"),
           4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
           6: ("sixth", "sixths"), 8: ("eighth", "eighths"),
           10: ("tenth", "tenths")}
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]


def words_int(n, hy=True, a=False, andw=True, hund=False):
    n = int(n)
    sep = "-" if hy else " "
    if n < 0:
        raise ValueError(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + (sep + ONES[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        head = "a hundred" if (h == 1 and a) else ONES[h] + " hundred"
        if r == 0:
            return head
        return head + (" and " if andw else " ") + words_int(r, hy)
    if hund and n < 10000 and (n // 100) % 10 != 0:
        h, r = divmod(n, 100)
        head = words_int(h, hy) + " hundred"
        if r == 0:
            return head
        return head + (" and " if andw else " ") + words_int(r, hy)
    if n < 1000000:
        th, r = divmod(n, 1000)
        head = "a thousand" if (th == 1 and a) else words_int(th, hy, False, andw) + " thousand"
        if r == 0:
            return head
        if r < 100:
            return head + (" and " if andw else " ") + words_int(r, hy)
        return head + " " + words_int(r, hy, False, andw)
    raise ValueError(n)


def digits_int(n, comma=False):
    n = int(n)
    return "{:,}".format(n) if comma else str(n)


def dec_str(v):
    """Plain decimal string of a Fraction with terminating expansion."""
    v = Fraction(v)
    if v.denominator == 1:
        return str(v.numerator)
    for places in range(1, 7):
        x = v * 10 ** places
        if x.denominator == 1:
            s = str(abs(x.numerator)).rjust(places + 1, "0")
            return ("-" if v < 0 else "") + s[:-places] + "." + s[-places:]
    raise ValueError(v)


def words_point(v, hy=True, zero=True, **kw):
    """2.5 -> 'two point five'; 0.25 -> 'zero point two five' / 'point two five'."""
    s = dec_str(v)
    if "." not in s:
        return words_int(int(s), hy, **kw)
    ip, fp = s.split(".")
    head = words_int(int(ip), hy, **kw) if (int(ip) or zero) else ""
    tail = " ".join(DIGIT_WORD[int(d)] for d in fp)
    return (head + " point " + tail).strip()


def words_mixed(v, hy=True, **kw):
    """Fractions .5 .25 .75 as 'and a half' etc; returns None if impossible."""
    v = Fraction(v)
    ip = v.numerator // v.denominator
    fr = v - ip
    if ip < 1:
        return None
    tail = {Fraction(1, 2): "and a half", Fraction(1, 4): "and a quarter",
            Fraction(3, 4): "and three quarters"}.get(fr)
    if fr == 0:
        return words_int(ip, hy, **kw)
    if tail is None:
        return None
    return words_int(ip, hy, **kw) + " " + tail


def money_parts(v):
    c = Fraction(v) * 100
    assert c.denominator == 1, v
    c = int(c)
    return divmod(c, 100)


def money_full(v, hy=True, **kw):
    d, c = money_parts(v)
    parts = []
    if d:
        parts.append(words_int(d, hy, **kw) + (" dollar" if d == 1 else " dollars"))
    if c:
        cw = words_int(c, hy) + (" cent" if c == 1 else " cents")
        if parts:
            return parts[0] + " and " + cw
        return cw
    return parts[0] if parts else "zero dollars"


def money_short(v, hy=True, bucks=False, hyph_pair=False, **kw):
    """'four fifty', 'twelve oh five', 'twelve dollars'/'twelve bucks'.
    Returns None if the short form is not natural (>= 100 dollars with cents)."""
    d, c = money_parts(v)
    if c == 0:
        return words_int(d, hy, **kw) + (" bucks" if bucks and d != 1 else (" dollar" if d == 1 else " dollars"))
    if d == 0 or d >= 100:
        return None
    cw = ("oh " + ONES[c]) if c < 10 else words_int(c, hy)
    sep = "-" if (hyph_pair and c >= 10) else " "
    return words_int(d, hy) + sep + cw


def money_dollars_cents_nocentword(v, hy=True, **kw):
    """'three dollars fifty'"""
    d, c = money_parts(v)
    if c == 0 or d == 0 or d >= 100:
        return None
    return words_int(d, hy, **kw) + (" dollar " if d == 1 else " dollars ") + words_int(c, hy)


def money_digits(v):
    d, c = money_parts(v)
    if c == 0:
        return "$" + digits_int(d, comma=d >= 1000)
    return "$" + digits_int(d, comma=d >= 1000) + "." + str(c).rjust(2, "0")


def time_parts(m):
    m = int(m) % 720
    h, mm = divmod(m, 60)
    if h == 0:
        h = 12
    return h, mm


def time_words(m, hy=True, oclock=True, past=False):
    h, mm = time_parts(m)
    if past and mm == 15:
        return "quarter past " + ONES[h]
    if past and mm == 30:
        return "half past " + ONES[h]
    if past and mm == 45:
        h2 = h % 12 + 1
        return "quarter to " + ONES[h2]
    if mm == 0:
        return ONES[h] + (" o'clock" if oclock else "")
    if mm < 10:
        return ONES[h] + " oh " + ONES[mm]
    return ONES[h] + " " + words_int(mm, hy)


def time_digits(m):
    h, mm = time_parts(m)
    return "%d:%02d" % (h, mm)


def is_nice(v, money=False):
    v = Fraction(v)
    if money:
        return (v * 100).denominator == 1
    return v.denominator in (1, 2, 4)
