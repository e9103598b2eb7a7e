"""Number formatting shared by gen.py and styles.py."""


def int_str(v, th=False):
    return f"{int(v):,}" if th else str(int(v))


def money_str(v, cents, th=False):
    c = v * 100
    assert c.denominator == 1
    d, r = divmod(int(c), 100)
    ds = f"{d:,}" if th else str(d)
    if r == 0 and not cents:
        return ds
    return f"{ds}.{r:02d}"


def dec_str(v, th=False):
    n = v * 1000
    assert n.denominator == 1
    ip, fp = divmod(int(n), 1000)
    ips = f"{ip:,}" if th else str(ip)
    if fp == 0:
        return ips
    return (f"{ips}.{fp:03d}").rstrip('0')
