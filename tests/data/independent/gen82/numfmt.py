"""Exact number helpers (shared by gen.py and render.py)."""
from fractions import Fraction as F


def round_half_up(x, dec):
    m = F(10) ** dec
    y = abs(x) * m
    n = int(y)
    if y - n >= F(1, 2):
        n += 1
    r = F(n) / m
    return -r if x < 0 else r


def needed_dec(x, maxdec=6):
    for d in range(maxdec + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def plain(v, dec, sep=True, minus="\u2212", latex=False):
    """Format a Fraction with exactly dec decimals."""
    neg = v < 0
    a = abs(v)
    n = round_half_up(a, dec) * 10 ** dec
    n = int(n)
    s = str(n).rjust(dec + 1, "0")
    ip, fp = (s[:-dec], s[-dec:]) if dec else (s, "")
    if sep and len(ip) > 3:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = ("{,}" if latex else ",").join(groups)
    out = ip + ("." + fp if dec else "")
    return (minus + out) if neg and n != 0 else out
