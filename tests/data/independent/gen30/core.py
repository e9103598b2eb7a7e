"""Core data model for the physics/chemistry word-problem generator.

Expression trees (numbers with units, symbols, binary operations, squares),
exact Fraction arithmetic, number display policy (exact / rounded with ≈ /
scientific notation / money) and rendering of trees in several notations.
"""
from fractions import Fraction as Fr
import hashlib

# ---------------------------------------------------------------- numbers

def is_term(x):
    d = Fr(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def ndec(x):
    """decimal places of a terminating fraction"""
    x = Fr(x)
    k = 0
    while (x * 10 ** k).denominator != 1:
        k += 1
        if k > 40:
            raise ValueError("not terminating")
    return k


def round_hu(x, dp):
    """round half up (away from zero for ties) to dp decimals, as Fraction"""
    x = Fr(x)
    s = -1 if x < 0 else 1
    q = Fr(10) ** dp
    n = (abs(x) * q * 2 + 1) // 2
    return s * Fr(n) / q


def plain(x, dp=None):
    """decimal string of x; dp=None: minimal exact (x must terminate)"""
    x = Fr(x)
    if dp is None:
        dp = ndec(x)
    else:
        x = round_hu(x, dp)
    neg = x < 0
    x = abs(x)
    n = x * 10 ** dp
    assert n.denominator == 1
    n = n.numerator
    s = str(n)
    if dp > 0:
        s = s.rjust(dp + 1, "0")
        s = s[:-dp] + "." + s[-dp:]
    return ("-" if neg else "") + s


def mag(x):
    """e with 10**e <= |x| < 10**(e+1)"""
    x = abs(Fr(x))
    assert x > 0
    e = 0
    while x >= 10:
        x /= 10
        e += 1
    while x < 1:
        x *= 10
        e -= 1
    return e


def sig_digits(s):
    d = s.replace("-", "").replace(".", "").lstrip("0")
    return len(d)


def val(s):
    """Fraction from a plain string (may be 'm e E' sci form)"""
    if "e" in s:
        m, e = s.split("e")
        return Fr(m) * Fr(10) ** int(e)
    return Fr(s)


class Policy:
    def __init__(self, dp=2, maxdec=None, money=False, pct=False, sci=False, maxsig=7):
        self.dp, self.maxdec, self.money, self.pct, self.sci, self.maxsig = dp, maxdec, money, pct, sci, maxsig


def show(x, pol, sci_big=False):
    """-> (rel, plain string) for a computed value"""
    x = Fr(x)
    if sci_big and not pol.money and not pol.pct and not pol.sci and x >= 100000 and is_term(x):
        e = mag(x)
        m = x / Fr(10) ** e
        if ndec(m) <= 3:
            return "=", plain(m) + "e" + str(e)
    if pol.money:
        if (x * 100).denominator == 1:
            return "=", plain(x, 2)
        return "≈", plain(x, 2)
    if pol.sci:
        e = mag(x)
        m = x / Fr(10) ** e
        if is_term(m) and ndec(m) <= 3:
            return "=", plain(m) + "e" + str(e)
        mr = round_hu(m, 2)
        if mr >= 10:
            mr, e = mr / 10, e + 1
        return "≈", plain(mr, 2) + "e" + str(e)
    md = pol.maxdec
    if md is None:
        md = 2 if abs(x) >= 100 else (3 if abs(x) >= 1 else 4)
    if is_term(x) and ndec(x) <= md:
        s = plain(x)
        if sig_digits(s) <= pol.maxsig:
            return "=", s
    dp = pol.dp
    if x != 0 and abs(x) < 1:
        dp = max(dp, 2 - mag(x))
    return "≈", plain(x, dp)


# ---------------------------------------------------------------- hashing choice

def h_int(*parts):
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


# ---------------------------------------------------------------- trees

class Node:
    def _w(self, o):
        return o if isinstance(o, Node) else C(o)

    def __add__(self, o): return Bin("+", self, self._w(o))
    def __sub__(self, o): return Bin("-", self, self._w(o))
    def __mul__(self, o): return Bin("*", self, self._w(o))
    def __truediv__(self, o): return Bin("/", self, self._w(o))
    def __radd__(self, o): return Bin("+", self._w(o), self)
    def __rmul__(self, o): return Bin("*", self._w(o), self)
    def __rtruediv__(self, o): return Bin("/", self._w(o), self)


class Num(Node):
    def __init__(self, value, unit=None, sci=False, ref=None, money=False, disp=None, paren=False):
        self.value = Fr(value) if value is not None else None
        self.unit = unit
        self.sci = sci
        self.ref = ref
        self.money = money
        self.disp = disp  # plain string
        self.paren = paren


def F(v):
    return Fr(str(v)) if isinstance(v, float) else Fr(v)


def Q(v, unit=None, sci=False, money=False):
    v = F(v)
    if sci:
        e = mag(v)
        d = plain(v / Fr(10) ** e) + "e" + str(e)
    elif money:
        d = plain(v, 2)
    else:
        d = plain(v)
    return Num(v, unit, sci=sci, money=money, disp=d)


def C(v):
    return Q(v, None)


def R(i, unit="__step__"):
    return Num(None, unit, ref=i)


class Sym(Node):
    def __init__(self, name, word=None, latex=None):
        self.name = name
        self.word = word or name
        self.latex = latex


class Bin(Node):
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b


class Pow(Node):
    def __init__(self, a, n=2):
        self.a, self.n = a, n


class Half(Node):
    pass


HALF = Half()


def ev(n):
    if isinstance(n, Num):
        return n.value
    if isinstance(n, Half):
        return Fr(1, 2)
    if isinstance(n, Pow):
        return ev(n.a) ** n.n
    if isinstance(n, Bin):
        a, b = ev(n.a), ev(n.b)
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b != 0 else None}[n.op] if b is not None and a is not None else None
    raise TypeError(n)


def resolve(n, shown, steps):
    """replace refs by numbers carrying the shown display strings of earlier steps"""
    if isinstance(n, Num):
        if n.ref is None:
            return n
        st = steps[n.ref]
        rel, s = shown[n.ref]
        u = st.unit if n.unit == "__step__" else n.unit
        return Num(val(s), u, sci=st.pol.sci or "e" in s, ref=n.ref, money=st.pol.money, disp=s)
    if isinstance(n, Bin):
        return Bin(n.op, resolve(n.a, shown, steps), resolve(n.b, shown, steps))
    if isinstance(n, Pow):
        return Pow(resolve(n.a, shown, steps), n.n)
    return n


def simplify_once(n):
    """evaluate squares of numbers and +/- of two plain numbers (exact)"""
    if isinstance(n, Pow) and isinstance(n.a, Num):
        v = ev(n)
        return Num(v, None, disp=plain(v))
    if isinstance(n, Bin):
        if n.op in "+-" and isinstance(n.a, Num) and isinstance(n.b, Num) and n.a.unit == n.b.unit:
            v = ev(n)
            if v > 0:
                return Num(v, n.a.unit, disp=plain(v))
        return Bin(n.op, simplify_once(n.a), simplify_once(n.b))
    return n


def count_ops(n):
    if isinstance(n, Bin):
        return 1 + count_ops(n.a) + count_ops(n.b)
    if isinstance(n, Pow):
        return 1 + count_ops(n.a)
    return 0


def same_tree(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, Num):
        return a.disp == b.disp and a.unit == b.unit
    if isinstance(a, Bin):
        return a.op == b.op and same_tree(a.a, b.a) and same_tree(a.b, b.b)
    if isinstance(a, Pow):
        return same_tree(a.a, b.a)
    return True


# ---------------------------------------------------------------- units
# key: plain, ascii, latex-text (GPT style \text{}), qwen (\text{ x}), mathrm, word
U = {
    "m": ("m", "m", r"\text{m}", r"\text{ m}", r"\mathrm{m}", "meters"),
    "km": ("km", "km", r"\text{km}", r"\text{ km}", r"\mathrm{km}", "kilometers"),
    "cm": ("cm", "cm", r"\text{cm}", r"\text{ cm}", r"\mathrm{cm}", "centimeters"),
    "s": ("s", "s", r"\text{s}", r"\text{ s}", r"\mathrm{s}", "seconds"),
    "min": ("min", "min", r"\text{min}", r"\text{ min}", r"\mathrm{min}", "minutes"),
    "h": ("h", "h", r"\text{h}", r"\text{ h}", r"\mathrm{h}", "hours"),
    "days": ("days", "days", r"\text{days}", r"\text{ days}", r"\mathrm{days}", "days"),
    "h/day": ("h/day", "h/day", r"\text{h/day}", r"\text{ h/day}", r"\mathrm{h/day}", "hours per day"),
    "kg": ("kg", "kg", r"\text{kg}", r"\text{ kg}", r"\mathrm{kg}", "kilograms"),
    "g": ("g", "g", r"\text{g}", r"\text{ g}", r"\mathrm{g}", "grams"),
    "m/s": ("m/s", "m/s", r"\text{m/s}", r"\text{ m/s}", r"\mathrm{m/s}", "m/s"),
    "km/h": ("km/h", "km/h", r"\text{km/h}", r"\text{ km/h}", r"\mathrm{km/h}", "km/h"),
    "m/s2": ("m/s²", "m/s^2", r"\text{m/s}^2", r"\text{ m/s}^2", r"\mathrm{m/s^2}", "m/s²"),
    "N": ("N", "N", r"\text{N}", r"\text{ N}", r"\mathrm{N}", "newtons"),
    "N/m": ("N/m", "N/m", r"\text{N/m}", r"\text{ N/m}", r"\mathrm{N/m}", "N/m"),
    "J/g": ("J/g", "J/g", r"\text{J/g}", r"\text{ J/g}", r"\mathrm{J/g}", "J/g"),
    "kN": ("kN", "kN", r"\text{kN}", r"\text{ kN}", r"\mathrm{kN}", "kilonewtons"),
    "J": ("J", "J", r"\text{J}", r"\text{ J}", r"\mathrm{J}", "joules"),
    "kJ": ("kJ", "kJ", r"\text{kJ}", r"\text{ kJ}", r"\mathrm{kJ}", "kilojoules"),
    "W": ("W", "W", r"\text{W}", r"\text{ W}", r"\mathrm{W}", "watts"),
    "kW": ("kW", "kW", r"\text{kW}", r"\text{ kW}", r"\mathrm{kW}", "kilowatts"),
    "kWh": ("kWh", "kWh", r"\text{kWh}", r"\text{ kWh}", r"\mathrm{kWh}", "kWh"),
    "V": ("V", "V", r"\text{V}", r"\text{ V}", r"\mathrm{V}", "volts"),
    "A": ("A", "A", r"\text{A}", r"\text{ A}", r"\mathrm{A}", "amperes"),
    "mA": ("mA", "mA", r"\text{mA}", r"\text{ mA}", r"\mathrm{mA}", "milliamperes"),
    "ohm": ("Ω", "ohms", r"\Omega", r"\Omega", r"\Omega", "ohms"),
    "C": ("C", "C", r"\text{C}", r"\text{ C}", r"\mathrm{C}", "coulombs"),
    "Pa": ("Pa", "Pa", r"\text{Pa}", r"\text{ Pa}", r"\mathrm{Pa}", "pascals"),
    "kPa": ("kPa", "kPa", r"\text{kPa}", r"\text{ kPa}", r"\mathrm{kPa}", "kilopascals"),
    "m2": ("m²", "m^2", r"\text{m}^2", r"\text{ m}^2", r"\mathrm{m^2}", "square meters"),
    "cm2": ("cm²", "cm^2", r"\text{cm}^2", r"\text{ cm}^2", r"\mathrm{cm^2}", "cm²"),
    "cm3": ("cm³", "cm^3", r"\text{cm}^3", r"\text{ cm}^3", r"\mathrm{cm^3}", "cm³"),
    "m3": ("m³", "m^3", r"\text{m}^3", r"\text{ m}^3", r"\mathrm{m^3}", "cubic meters"),
    "g/cm3": ("g/cm³", "g/cm^3", r"\text{g/cm}^3", r"\text{ g/cm}^3", r"\mathrm{g/cm^3}", "g/cm³"),
    "kg/m3": ("kg/m³", "kg/m^3", r"\text{kg/m}^3", r"\text{ kg/m}^3", r"\mathrm{kg/m^3}", "kg/m³"),
    "g/mL": ("g/mL", "g/mL", r"\text{g/mL}", r"\text{ g/mL}", r"\mathrm{g/mL}", "g/mL"),
    "mL": ("mL", "mL", r"\text{mL}", r"\text{ mL}", r"\mathrm{mL}", "milliliters"),
    "L": ("L", "L", r"\text{L}", r"\text{ L}", r"\mathrm{L}", "liters"),
    "mol": ("mol", "mol", r"\text{mol}", r"\text{ mol}", r"\mathrm{mol}", "moles"),
    "g/mol": ("g/mol", "g/mol", r"\text{g/mol}", r"\text{ g/mol}", r"\mathrm{g/mol}", "g/mol"),
    "mol/L": ("mol/L", "mol/L", r"\text{mol/L}", r"\text{ mol/L}", r"\mathrm{mol/L}", "mol/L"),
    "L/mol": ("L/mol", "L/mol", r"\text{L/mol}", r"\text{ L/mol}", r"\mathrm{L/mol}", "L/mol"),
    "/mol": ("mol⁻¹", "mol^-1", r"\text{mol}^{-1}", r"\text{ mol}^{-1}", r"\mathrm{mol^{-1}}", "per mole"),
    "shc": ("J/(g·°C)", "J/g°C", r"\text{J/(g·°C)}", r"\text{ J/g}^\circ\text{C}", r"\mathrm{J/(g\,^{\circ}C)}", "J/(g·°C)"),
    "degC": ("°C", "°C", r"^\circ\text{C}", r"^\circ\text{C}", r"\,^{\circ}\mathrm{C}", "°C"),
    "pct": ("%", "%", r"\%", r"\%", r"\,\%", "percent"),
    "Hz": ("Hz", "Hz", r"\text{Hz}", r"\text{ Hz}", r"\mathrm{Hz}", "hertz"),
    "kgm/s": ("kg·m/s", "kg*m/s", r"\text{kg·m/s}", r"\text{ kg·m/s}", r"\mathrm{kg\,m/s}", "kg·m/s"),
    "$/kWh": ("/kWh", "/kWh", r"/\text{kWh}", r"/\text{kWh}", r"/\mathrm{kWh}", "per kWh"),
    "s/min": ("s/min", "s/min", r"\text{s/min}", r"\text{ s/min}", r"\mathrm{s/min}", "s/min"),
    "min/h": ("min/h", "min/h", r"\text{min/h}", r"\text{ min/h}", r"\mathrm{min/h}", "min/h"),
    "molecules": ("molecules", "molecules", r"\text{molecules}", r"\text{ molecules}", r"\text{molecules}", "molecules"),
}
UIDX = {"plain": 0, "ascii": 1, "text": 2, "qtext": 3, "mathrm": 4}
NOSEP = {"degC", "pct", "$/kWh"}


def unit_str(key, mode):
    return U[key][UIDX[mode]]


def unit_word(key):
    return U[key][5]


# ---------------------------------------------------------------- number display

SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def group(s, sep):
    if not sep:
        return s
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if "." in s:
        ip, fp = s.split(".")
    else:
        ip, fp = s, None
    if len(ip) > (4 if sep == r"\," else 3):
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    out = ip + ("." + fp if fp is not None else "")
    return ("-" if neg else "") + out


def num_str(disp, fl, money=False):
    """style display of a plain number string"""
    if "e" in disp:
        m, e = disp.split("e")
        sf = fl.get("sci", "uni")
        if sf == "uni":
            return f"{m} × 10{e.translate(SUP)}"
        if sf == "x":
            return f"{m} x 10^{e}"
        if sf == "caret":
            return f"{m} × 10^{e}"
        if sf == "latex":
            return f"{m} \\times 10^{{{e}}}"
        if sf == "cdot":
            return f"{m} \\cdot 10^{{{e}}}"
        if sf == "e":
            return f"{m}e{e}"
        raise ValueError(sf)
    s = group(disp, fl.get("tsep", ""))
    if s.startswith("-"):
        s = fl.get("minus", "-") + s[1:]
    if money:
        s = fl.get("dollar", "$") + s
    return s


def qty_str(disp, unit, fl, money=False, force_units=False, mark=False):
    s = num_str(disp, fl, money)
    if mark:
        s = "\x01" + s + "\x02"
    if money and unit == "$/kWh" and (fl.get("units") or force_units):
        s = s + unit_str(unit, fl.get("umode", "plain"))
    if unit and unit != "__step__" and (fl.get("units") or force_units) and not money:
        mode = fl.get("umode", "plain")
        us = unit_str(unit, mode)
        if unit in NOSEP or mode == "qtext":
            sep = "" if unit != "ohm" or mode != "qtext" else " "
            if unit == "degC" and mode == "plain":
                sep = fl.get("degsep", "")
        else:
            sep = fl.get("usep", " ")
        s = s + sep + us
    return s


# ---------------------------------------------------------------- tree rendering

FRAC = "\\frac"
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


def sym_str(sym, mode):
    if mode == "word":
        return sym.word
    name = sym.name
    if mode == "latex":
        if sym.latex:
            return sym.latex
        if name == "100%":
            return "100\\%"
        if name.replace(" ", "").isalpha() and len(name) > 2 and name.isascii():
            return "\\text{" + name + "}"
        out = name.replace("Δ", "\\Delta ").replace("ρ", "\\rho").replace("λ", "\\lambda").replace("μ", "\\mu")
        if "_" in out:
            b, sub = out.split("_", 1)
            if len(sub) > 1 and sub.isalpha():
                sub = "\\text{" + sub + "}"
            out = b + "_{" + sub + "}"
        return out
    return name


def has_unit(n):
    if isinstance(n, Num):
        return bool(n.unit) and n.unit != "pct"
    if isinstance(n, Bin) and n.op == "*":
        return has_unit(n.a) and has_unit(n.b)
    return False


def jux_ok(n):
    if isinstance(n, Half):
        return True
    if isinstance(n, Sym):
        return "_" not in n.name and len(n.name.replace("Δ", "")) <= 2
    if isinstance(n, Pow):
        return jux_ok(n.a)
    if isinstance(n, Bin) and n.op == "*":
        return jux_ok(n.a) and jux_ok(n.b)
    return False


def render(n, fl, top=True):
    """-> (string, precedence)"""
    if isinstance(n, Num):
        s = qty_str(n.disp, n.unit, fl, n.money)
        if n.disp.startswith("-"):
            return "(" + s + ")", 9
        return s, (8 if not (n.unit and fl.get("units")) else 7)
    if isinstance(n, Sym):
        return sym_str(n, fl.get("symmode", "plain")), 8
    if isinstance(n, Half):
        h = fl.get("half", "½")
        return h, 8
    if isinstance(n, Pow):
        s, p = render(n.a, fl, False)
        if p < 8 or (isinstance(n.a, Num) and n.a.unit and fl.get("units") and not s.startswith("(")):
            s = "(" + s + ")"
        pw = fl.get("pow", "uni")
        if pw == "uni":
            s += "²" if n.n == 2 else "³"
        elif pw == "ascii2":
            s += "**" + str(n.n)
        else:
            s += "^" + str(n.n)
        return s, 6
    if isinstance(n, Bin):
        op = n.op
        if op == "/" and fl.get("div") == "frac":
            a, _ = render(n.a, fl, True)
            b, _ = render(n.b, fl, True)
            fc = fl.get("fraccmd", FRAC)
            return fc + "{" + a + "}{" + b + "}", 8
        a, pa = render(n.a, fl, False)
        b, pb = render(n.b, fl, False)
        p = PREC[op]
        if op == "/":
            if isinstance(n.a, Num) and (n.a.sci or "e" in (n.a.disp or "")):
                pa = 0
            if isinstance(n.b, Num) and (n.b.sci or "e" in (n.b.disp or "")):
                pb = 0
        if pa < p:
            a = "(" + a + ")"
        if op in "+*":
            if pb < p:
                b = "(" + b + ")"
        else:
            if pb <= p:
                b = "(" + b + ")"
        if op == "*":
            if isinstance(n.a, Half) and fl.get("halfjux"):
                return a + b, 2
            m = fl.get("mul", " × ")
            if m == "":
                if jux_ok(n.a) and jux_ok(n.b):
                    m = fl.get("juxsep", "")
                else:
                    m = fl.get("mul2", " × ")
            if fl.get("juxt") and fl.get("units") and has_unit(n.a) and has_unit(n.b):
                if isinstance(n.a, Num) and n.a.unit and n.a.unit != "pct" and not a.startswith("("):
                    a = "(" + a + ")"
                if isinstance(n.b, Num) and n.b.unit and n.b.unit != "pct" and not b.startswith("("):
                    b = "(" + b + ")"
                if a.startswith("(") and a.endswith(")") and b.startswith("(") and b.endswith(")"):
                    m = ""
            return a + m + b, 2
        if op == "/":
            return a + fl.get("div", " / ") + b, 2
        if op == "+":
            return a + " + " + b, 1
        return a + fl.get("sub", " - ") + b, 1
    raise TypeError(n)


def rstr(n, fl):
    return render(n, fl)[0]
