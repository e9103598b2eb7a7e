"""Unit names and quantity formatting for the science/measurement generator."""
from fractions import Fraction as F

# key: (symbol, word singular, word plural)
SIMPLE = {
    'mm': ('mm', 'millimeter', 'millimeters'),
    'cm': ('cm', 'centimeter', 'centimeters'),
    'm': ('m', 'meter', 'meters'),
    'km': ('km', 'kilometer', 'kilometers'),
    'in': ('inches', 'inch', 'inches'),
    'ft': ('ft', 'foot', 'feet'),
    'yd': ('yd', 'yard', 'yards'),
    'mi': ('miles', 'mile', 'miles'),
    'mg': ('mg', 'milligram', 'milligrams'),
    'g': ('g', 'gram', 'grams'),
    'kg': ('kg', 'kilogram', 'kilograms'),
    'tonne': ('tonnes', 'tonne', 'tonnes'),
    'lb': ('lb', 'pound', 'pounds'),
    'oz': ('oz', 'ounce', 'ounces'),
    'mL': ('mL', 'milliliter', 'milliliters'),
    'L': ('L', 'liter', 'liters'),
    'gal': ('gallons', 'gallon', 'gallons'),
    'qt': ('quarts', 'quart', 'quarts'),
    'cup': ('cups', 'cup', 'cups'),
    'tbsp': ('tbsp', 'tablespoon', 'tablespoons'),
    'tsp': ('tsp', 'teaspoon', 'teaspoons'),
    's': ('s', 'second', 'seconds'),
    'min': ('min', 'minute', 'minutes'),
    'h': ('h', 'hour', 'hours'),
    'day': ('days', 'day', 'days'),
    'week': ('weeks', 'week', 'weeks'),
    'month': ('months', 'month', 'months'),
    'year': ('years', 'year', 'years'),
    'W': ('W', 'watt', 'watts'),
    'kW': ('kW', 'kilowatt', 'kilowatts'),
    'Wh': ('Wh', 'watt-hour', 'watt-hours'),
    'kWh': ('kWh', 'kWh', 'kWh'),
    'mAh': ('mAh', 'mAh', 'mAh'),
    'mA': ('mA', 'mA', 'mA'),
    'cal': ('calories', 'calorie', 'calories'),
    'cm2': ('cm²', 'square centimeter', 'square centimeters'),
    'm2': ('m²', 'square meter', 'square meters'),
    'km2': ('km²', 'square kilometer', 'square kilometers'),
    'ft2': ('ft²', 'square foot', 'square feet'),
    'cm3': ('cm³', 'cubic centimeter', 'cubic centimeters'),
    'm3': ('m³', 'cubic meter', 'cubic meters'),
    'ft3': ('ft³', 'cubic foot', 'cubic feet'),
}
CARET = {'cm2': 'cm^2', 'm2': 'm^2', 'km2': 'km^2', 'ft2': 'ft^2', 'cm3': 'cm^3', 'm3': 'm^3', 'ft3': 'ft^3'}
LATEX = {'cm2': r'\text{cm}^2', 'm2': r'\text{m}^2', 'km2': r'\text{km}^2', 'ft2': r'\text{ft}^2',
         'cm3': r'\text{cm}^3', 'm3': r'\text{m}^3', 'ft3': r'\text{ft}^3'}
# fixed compound names
COMPOUND_SYM = {'km/h': 'km/h', 'm/s': 'm/s', 'mi/h': 'mph', 'km/L': 'km/L', 'L/100km': 'L/100 km',
                'mi/gal': 'mpg', 'g/cm3': 'g/cm³', 'kg/m3': 'kg/m³', 'g/mL': 'g/mL', 'kg/L': 'kg/L',
                'm/min': 'm/min', 'km/min': 'km/min', 'cm/s': 'cm/s', 'ft/s': 'ft/s', 'm2/L': 'm²/L'}
COMPOUND_CARET = {'g/cm3': 'g/cm^3', 'kg/m3': 'kg/m^3', 'm2/L': 'm^2/L'}
COMPOUND_LATEX = {'g/cm3': r'\text{g/cm}^3', 'kg/m3': r'\text{kg/m}^3', 'm2/L': r'\text{m}^2\text{/L}',
                  'L/100km': r'\text{L/100 km}', 'mi/h': r'\text{mph}', 'mi/gal': r'\text{mpg}'}
COMPOUND_WORD = {'km/h': 'km/h', 'm/s': 'm/s', 'mi/h': 'mph', 'L/100km': 'L/100 km', 'mi/gal': 'miles per gallon',
                 'g/cm3': 'g/cm³', 'kg/m3': 'kg/m³', 'g/mL': 'g/mL', 'kg/L': 'kg/L', 'km/L': 'km/L'}

IRREG = {'batches': 'batch', 'boxes': 'box', 'glasses': 'glass', 'pieces': 'piece', 'loaves': 'loaf',
         'benches': 'bench', 'people': 'person', 'dishes': 'dish', 'buses': 'bus', 'classes': 'class',
         'patches': 'patch', 'inches': 'inch'}


def singular(word):
    if word in IRREG:
        return IRREG[word]
    if word.endswith('s') and not word.endswith('ss'):
        return word[:-1]
    return word


def is_count(u):
    return u not in SIMPLE and u not in COMPOUND_SYM and '/' not in u and u not in ('$', '%', '°C', '°F', 'K')


def dec_str(v):
    """Exact decimal string (minimal digits) of a Fraction with terminating expansion."""
    v = F(v)
    neg = v < 0
    v = abs(v)
    if v.denominator == 1:
        s = str(v.numerator)
    else:
        k = 0
        while (v * 10 ** k).denominator != 1:
            k += 1
            if k > 12:
                raise ValueError('non-terminating %r' % v)
        n = (v * 10 ** k).numerator
        s = str(n).rjust(k + 1, '0')
        s = s[:-k] + '.' + s[-k:]
        s = s.rstrip('0').rstrip('.')
    return ('-' + s) if neg else s


def decimals(v):
    s = dec_str(v)
    return len(s.split('.')[1]) if '.' in s else 0


def group(s):
    """insert thousands commas into an unsigned decimal string"""
    ip, _, fp = s.partition('.')
    out = ''
    while len(ip) > 3:
        out = ',' + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return out + ('.' + fp if fp else '')


def num(v, st, money=False, commas=None):
    v = F(v)
    s = dec_str(abs(v))
    if money and v.denominator != 1:
        ip, _, fp = s.partition('.')
        s = ip + '.' + fp.ljust(2, '0')
    c = st.commas if commas is None else commas
    if c and abs(v) >= 1000:
        s = group(s)
    if v < 0:
        s = st.minus + s
    return s


def _simple_name(u, mode, one):
    if u in SIMPLE:
        sym, ws, wp = SIMPLE[u]
        if mode == 'word':
            return ws if one else wp
        if mode == 'caret' and u in CARET:
            return CARET[u]
        if mode == 'latex':
            if u in LATEX:
                return LATEX[u]
            nm = sym
            if sym == wp and one:
                nm = ws
            return r'\text{%s}' % nm
        if sym == wp and one:
            return ws
        return sym
    # count noun
    w = singular(u) if one else u
    if mode == 'latex':
        return r'\text{%s}' % w
    return w


def unit_text(u, mode, one=False):
    """Return the unit name as written after a number (without the number)."""
    if u in COMPOUND_SYM:
        if mode == 'latex':
            return COMPOUND_LATEX.get(u, r'\text{%s}' % COMPOUND_SYM[u])
        if mode == 'word':
            if u in COMPOUND_WORD:
                return COMPOUND_WORD[u]
            a, b = u.split('/')
            return '%s per %s' % (_simple_name(a, 'word', False), _simple_name(b, 'word', True))
        if mode == 'caret':
            return COMPOUND_CARET.get(u, COMPOUND_SYM[u])
        return COMPOUND_SYM[u]
    if '/' in u:
        a, b = u.split('/')
        bn = _simple_name(b, 'word' if is_count(b) or b in ('day', 'week', 'month', 'year') else mode, True)
        if mode == 'word' or is_count(a) or is_count(b) or b in ('day', 'week', 'month', 'year'):
            an = _simple_name(a, 'word' if mode == 'word' else mode, one)
            if mode == 'latex':
                bw = _simple_name(b, 'word', True)
                return r'%s \text{ per %s}' % (an, bw) if not an.startswith('\\text{') else r'\text{%s per %s}' % (an[6:-1], bw)
            return '%s per %s' % (an, _simple_name(b, 'word', True))
        an = _simple_name(a, mode, False)
        bn = _simple_name(b, mode, True)
        if mode == 'latex' and b in LATEX:
            base, pw = SIMPLE[b][0][:-1], LATEX[b][-1]
            return r'\text{%s/%s}^%s' % (an[6:-1] if an.startswith('\\text{') else an, base, pw)
        if mode == 'latex' and a in LATEX:
            return r'%s\text{/%s}' % (LATEX[a], bn[6:-1] if bn.startswith('\\text{') else bn)
        if mode == 'latex':
            return r'\text{%s/%s}' % (an[6:-1] if an.startswith('\\text{') else an, bn[6:-1] if bn.startswith('\\text{') else bn)
        return '%s/%s' % (an, bn)
    return _simple_name(u, mode, one)


def qty(v, u, st, mode=None):
    """Format number v with unit u in style st."""
    mode = mode or st.umode
    latex = mode == 'latex'
    if u is None:
        return num(v, st)
    one = (F(v) == 1)
    if u == '$':
        n = num(v, st, money=True)
        return (r'\$' + n) if latex else ('$' + n)
    if u.startswith('$/'):
        n = num(v, st, money=True)
        b = u[2:]
        if latex:
            if b in LATEX:
                return r'\$%s/%s' % (n, LATEX[b])
            return r'\$%s\text{/%s}' % (n, _simple_name(b, 'sym', True)) if not is_count(b) else r'\$%s \text{ per %s}' % (n, singular(b))
        if mode == 'word' or is_count(b) or b in ('day', 'week', 'month', 'year', 'h', 'min'):
            bn = _simple_name(b, 'word', True) if (is_count(b) or b in ('day', 'week', 'month', 'year', 'h', 'min')) else _simple_name(b, 'sym', True)
            return '$%s per %s' % (n, bn)
        return '$%s/%s' % (n, _simple_name(b, mode, True))
    n = num(v, st)
    if u == '%':
        return n + (r'\%' if latex else '%')
    if u in ('°C', '°F'):
        if latex:
            return n + r'^\circ\text{%s}' % u[1]
        return n + u if st.degsp == '' else n + ' ' + u
    if u.startswith('%/'):
        b = u[2:]
        if latex:
            return n + r'\%' + r' \text{ per %s}' % _simple_name(b, 'word', True)
        return n + '% per ' + _simple_name(b, 'word', True)
    if u.startswith('°C/') or u.startswith('°F/'):
        b = u[3:]
        if latex:
            return n + r'^\circ\text{%s per %s}' % (u[1], _simple_name(b, 'word', True))
        return n + ('' if st.degsp == '' else ' ') + u[:2] + ' per ' + _simple_name(b, 'word', True)
    t = unit_text(u, mode, one)
    if latex:
        if st.latexsp == 'thin':
            return n + r' \, ' + t
        # "\text{ km}" form
        if t.startswith('\\text{'):
            return n + r' \text{ ' + t[6:]
        return n + ' ' + t
    return n + ' ' + t


# conversion constants  key -> (big unit, small unit)
CONV = {}
for k in ['g/kg', 'm/km', 'cm/m', 'mm/cm', 'mm/m', 'min/h', 's/min', 's/h', 'mL/L', 'in/ft', 'ft/yd', 'oz/lb',
          'W/kW', 'Wh/kWh', 'L/m3', 'cm2/m2', 'mg/g', 'h/day', 'day/week', 'qt/gal', 'ft/mi', 'kg/tonne',
          'cm3/L', 'mL/cm3', 'mL/cup', 'cup/qt', 'tsp/tbsp', 'cm/km', 'month/year', 'week/year', 'day/year', 'mAh/Ah']:
    a, b = k.split('/')
    CONV[k] = (b, a)


def conv_note(u, val, st, mode=None):
    big, small = CONV[u]
    return '%s = %s' % (qty(1, big, st, mode), qty(val, small, st, mode))
