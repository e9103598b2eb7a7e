"""Problem structures and their wording in seven languages.

Each structure has typed given variables, a sampler, and a list of steps
(name, tokens, unit key).  Tokens are variable names, integer constants and
the operators + - * /.  A variable of type 'pct' stands for p percent.
"""
from fractions import Fraction as F

LANGS = ['es', 'fr', 'de', 'pt', 'it', 'nl', 'zh']

NAMES = {
    'es': (['Lucía', 'María', 'Carmen', 'Sofía', 'Elena', 'Ana', 'Paula', 'Marta'],
           ['Mateo', 'Javier', 'Diego', 'Carlos', 'Pablo', 'Andrés', 'Hugo', 'Tomás']),
    'fr': (['Camille', 'Chloé', 'Léa', 'Manon', 'Julie', 'Inès', 'Emma', 'Sarah'],
           ['Lucas', 'Hugo', 'Louis', 'Thomas', 'Julien', 'Nathan', 'Théo', 'Antoine']),
    'de': (['Anna', 'Lena', 'Mia', 'Laura', 'Sophie', 'Klara', 'Hannah', 'Emilia'],
           ['Lukas', 'Jonas', 'Felix', 'Paul', 'Tim', 'Max', 'Leon', 'Ben']),
    'pt': (['Ana', 'Beatriz', 'Júlia', 'Mariana', 'Camila', 'Larissa', 'Fernanda', 'Letícia'],
           ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Mateus', 'Bruno']),
    'it': (['Giulia', 'Chiara', 'Sara', 'Francesca', 'Martina', 'Elena', 'Alice', 'Giorgia'],
           ['Marco', 'Luca', 'Matteo', 'Andrea', 'Davide', 'Paolo', 'Simone', 'Lorenzo']),
    'nl': (['Sanne', 'Emma', 'Lotte', 'Fleur', 'Anouk', 'Eva', 'Noor', 'Julia'],
           ['Daan', 'Sem', 'Bram', 'Luuk', 'Thijs', 'Jesse', 'Ruben', 'Milan']),
    'zh': (['小红', '小丽', '王芳', '李娜', '小梅', '张敏', '刘洋', '陈静'],
           ['小明', '小刚', '李华', '王强', '小军', '张伟', '刘涛', '陈磊']),
}

# unit key -> (singular, plural, abbreviation or None)
UNITS = {
    'es': {
        'eggs': ('huevo', 'huevos', None), 'pages': ('página', 'páginas', None),
        'km': ('kilómetro', 'kilómetros', 'km'), 'students': ('alumno', 'alumnos', None),
        'cookies': ('galleta', 'galletas', None), 'plants': ('tomatera', 'tomateras', None),
        'tomatoes': ('tomate', 'tomates', None), 'crates': ('caja', 'cajas', None),
        'slices': ('porción', 'porciones', None), 'pizzas': ('pizza', 'pizzas', None),
        'years': ('año', 'años', None), 'stickers': ('cromo', 'cromos', None),
        'liters': ('litro', 'litros', 'l'), 'minutes': ('minuto', 'minutos', 'min'),
        'oranges': ('naranja', 'naranjas', None), 'bananas': ('plátano', 'plátanos', None),
        'fruits': ('fruta', 'frutas', None), 'legs': ('pata', 'patas', None),
        'grams': ('gramo', 'gramos', 'g'), 'breaks': ('descanso', 'descansos', None),
        'hours': ('hora', 'horas', 'h'), 'candies': ('caramelo', 'caramelos', None),
        'people': ('persona', 'personas', None), 'bottles': ('botella', 'botellas', None),
        'boxes': ('caja', 'cajas', None),
    },
    'fr': {
        'eggs': ('œuf', 'œufs', None), 'pages': ('page', 'pages', None),
        'km': ('kilomètre', 'kilomètres', 'km'), 'students': ('élève', 'élèves', None),
        'cookies': ('biscuit', 'biscuits', None), 'plants': ('plant', 'plants', None),
        'tomatoes': ('tomate', 'tomates', None), 'crates': ('cagette', 'cagettes', None),
        'slices': ('part', 'parts', None), 'pizzas': ('pizza', 'pizzas', None),
        'years': ('an', 'ans', None), 'stickers': ('autocollant', 'autocollants', None),
        'liters': ('litre', 'litres', 'L'), 'minutes': ('minute', 'minutes', 'min'),
        'oranges': ('orange', 'oranges', None), 'bananas': ('banane', 'bananes', None),
        'fruits': ('fruit', 'fruits', None), 'legs': ('patte', 'pattes', None),
        'grams': ('gramme', 'grammes', 'g'), 'breaks': ('pause', 'pauses', None),
        'hours': ('heure', 'heures', 'h'), 'candies': ('bonbon', 'bonbons', None),
        'people': ('personne', 'personnes', None), 'bottles': ('bouteille', 'bouteilles', None),
        'boxes': ('carton', 'cartons', None),
    },
    'de': {
        'eggs': ('Ei', 'Eier', None), 'pages': ('Seite', 'Seiten', None),
        'km': ('Kilometer', 'Kilometer', 'km'), 'students': ('Schüler', 'Schüler', None),
        'cookies': ('Keks', 'Kekse', None), 'plants': ('Pflanze', 'Pflanzen', None),
        'tomatoes': ('Tomate', 'Tomaten', None), 'crates': ('Kiste', 'Kisten', None),
        'slices': ('Stück', 'Stücke', None), 'pizzas': ('Pizza', 'Pizzen', None),
        'years': ('Jahr', 'Jahre', None), 'stickers': ('Sticker', 'Sticker', None),
        'liters': ('Liter', 'Liter', 'l'), 'minutes': ('Minute', 'Minuten', 'min'),
        'oranges': ('Orange', 'Orangen', None), 'bananas': ('Banane', 'Bananen', None),
        'fruits': ('Frucht', 'Früchte', None), 'legs': ('Bein', 'Beine', None),
        'grams': ('Gramm', 'Gramm', 'g'), 'breaks': ('Pause', 'Pausen', None),
        'hours': ('Stunde', 'Stunden', 'h'), 'candies': ('Bonbon', 'Bonbons', None),
        'people': ('Person', 'Personen', None), 'bottles': ('Flasche', 'Flaschen', None),
        'boxes': ('Karton', 'Kartons', None),
    },
    'pt': {
        'eggs': ('ovo', 'ovos', None), 'pages': ('página', 'páginas', None),
        'km': ('quilômetro', 'quilômetros', 'km'), 'students': ('aluno', 'alunos', None),
        'cookies': ('biscoito', 'biscoitos', None), 'plants': ('pé', 'pés', None),
        'tomatoes': ('tomate', 'tomates', None), 'crates': ('caixa', 'caixas', None),
        'slices': ('fatia', 'fatias', None), 'pizzas': ('pizza', 'pizzas', None),
        'years': ('ano', 'anos', None), 'stickers': ('figurinha', 'figurinhas', None),
        'liters': ('litro', 'litros', 'L'), 'minutes': ('minuto', 'minutos', 'min'),
        'oranges': ('laranja', 'laranjas', None), 'bananas': ('banana', 'bananas', None),
        'fruits': ('fruta', 'frutas', None), 'legs': ('pata', 'patas', None),
        'grams': ('grama', 'gramas', 'g'), 'breaks': ('pausa', 'pausas', None),
        'hours': ('hora', 'horas', 'h'), 'candies': ('bala', 'balas', None),
        'people': ('pessoa', 'pessoas', None), 'bottles': ('garrafa', 'garrafas', None),
        'boxes': ('caixa', 'caixas', None),
    },
    'it': {
        'eggs': ('uovo', 'uova', None), 'pages': ('pagina', 'pagine', None),
        'km': ('chilometro', 'chilometri', 'km'), 'students': ('alunno', 'alunni', None),
        'cookies': ('biscotto', 'biscotti', None), 'plants': ('pianta', 'piante', None),
        'tomatoes': ('pomodoro', 'pomodori', None), 'crates': ('cassetta', 'cassette', None),
        'slices': ('fetta', 'fette', None), 'pizzas': ('pizza', 'pizze', None),
        'years': ('anno', 'anni', None), 'stickers': ('figurina', 'figurine', None),
        'liters': ('litro', 'litri', 'l'), 'minutes': ('minuto', 'minuti', 'min'),
        'oranges': ('arancia', 'arance', None), 'bananas': ('banana', 'banane', None),
        'fruits': ('frutto', 'frutti', None), 'legs': ('zampa', 'zampe', None),
        'grams': ('grammo', 'grammi', 'g'), 'breaks': ('pausa', 'pause', None),
        'hours': ('ora', 'ore', 'h'), 'candies': ('caramella', 'caramelle', None),
        'people': ('persona', 'persone', None), 'bottles': ('bottiglia', 'bottiglie', None),
        'boxes': ('scatola', 'scatole', None),
    },
    'nl': {
        'eggs': ('ei', 'eieren', None), 'pages': ('bladzijde', 'bladzijden', None),
        'km': ('kilometer', 'kilometer', 'km'), 'students': ('leerling', 'leerlingen', None),
        'cookies': ('koekje', 'koekjes', None), 'plants': ('plant', 'planten', None),
        'tomatoes': ('tomaat', 'tomaten', None), 'crates': ('kratje', 'kratjes', None),
        'slices': ('punt', 'punten', None), 'pizzas': ('pizza', "pizza's", None),
        'years': ('jaar', 'jaar', None), 'stickers': ('sticker', 'stickers', None),
        'liters': ('liter', 'liter', 'l'), 'minutes': ('minuut', 'minuten', 'min'),
        'oranges': ('sinaasappel', 'sinaasappels', None), 'bananas': ('banaan', 'bananen', None),
        'fruits': ('stuk fruit', 'stuks fruit', None), 'legs': ('poot', 'poten', None),
        'grams': ('gram', 'gram', 'g'), 'breaks': ('pauze', 'pauzes', None),
        'hours': ('uur', 'uur', 'uur'), 'candies': ('snoepje', 'snoepjes', None),
        'people': ('persoon', 'personen', None), 'bottles': ('fles', 'flessen', None),
        'boxes': ('doos', 'dozen', None),
    },
    'zh': {
        'eggs': ('个', '个', '个'), 'pages': ('页', '页', '页'), 'km': ('千米', '千米', '千米'),
        'students': ('名', '名', '名'), 'cookies': ('块', '块', '块'), 'plants': ('棵', '棵', '棵'),
        'tomatoes': ('个', '个', '个'), 'crates': ('箱', '箱', '箱'), 'slices': ('块', '块', '块'),
        'pizzas': ('个', '个', '个'), 'years': ('岁', '岁', '岁'), 'stickers': ('张', '张', '张'),
        'liters': ('升', '升', '升'), 'minutes': ('分钟', '分钟', '分钟'), 'oranges': ('个', '个', '个'),
        'bananas': ('根', '根', '根'), 'fruits': ('个', '个', '个'), 'legs': ('条', '条', '条'),
        'grams': ('克', '克', '克'), 'breaks': ('次', '次', '次'), 'hours': ('小时', '小时', '小时'),
        'candies': ('颗', '颗', '颗'), 'people': ('人', '人', '人'), 'bottles': ('个', '个', '个'),
        'boxes': ('箱', '箱', '箱'),
    },
}


def D(s):
    return F(str(s))


# ---------------------------------------------------------------- samplers

def s01(r):
    prices = ['1.20', '1.50', '1.60', '1.80', '2', '2.25', '2.40', '2.50', '2.75', '3', '3.20', '3.50']
    while True:
        a, b = r.randint(2, 5), r.randint(2, 4)
        p, q = D(r.choice(prices)), D(r.choice(prices))
        if p == q:
            continue
        tot = a * p + b * q
        P = [x for x in (10, 20, 50) if x >= tot + 2][0]
        return dict(a=a, p=p, b=b, q=q, P=F(P))


def s02(r):
    w, h, d = r.randint(9, 18), r.randint(4, 8), r.randint(3, 6)
    tot = w * h * d
    s = r.randrange(20, tot // 2 + 1, 10)
    return dict(w=F(w), h=h, d=d, s=F(s))


def s03(r):
    while True:
        e, x, y = r.randint(14, 24), r.randint(2, 4), r.randint(3, 6)
        if e - x - y >= 6:
            break
    p = D(r.choice(['0.25', '0.30', '0.40', '0.50', '0.75', '1', '1.50', '2']))
    return dict(e=e, x=x, y=y, p=p)


def s04(r):
    a = r.choice([10, 12, 15, 20, 25])
    d, k, q = r.randint(3, 7), r.randint(2, 5), r.randint(8, 30)
    return dict(N=a * d + k * q, a=a, d=d, k=k)


def s05(r):
    return dict(v1=r.choice([60, 70, 80, 90, 100, 110, 120]), t1=r.randint(2, 4),
                v2=r.choice([40, 50, 60, 70, 80]), t2=r.randint(2, 3))


def s06(r):
    while True:
        c, s, pct = r.randint(4, 8), r.randint(20, 30), r.choice([5, 10, 20, 25])
        if (c * s * pct) % 100 == 0:
            return dict(c=c, s=s, pct=pct)


def s07(r):
    P = r.choice([20, 24, 28, 30, 32, 35, 40, 45, 48, 50, 55, 60, 64, 70, 75, 80, 90, 120])
    return dict(P=F(P), pct=r.choice([10, 15, 20, 25, 30, 40]), n=r.randint(2, 5))


def s08(r):
    A, s, w = r.randrange(20, 155, 5), r.randint(5, 25), r.randint(4, 12)
    G = A + s * w + r.randrange(15, 205, 5)
    return dict(G=F(G), A=F(A), s=F(s), w=w)


def s09(r):
    while True:
        b, c = r.randint(2, 5), r.choice([12, 16, 18, 20, 24, 30, 36])
        g, f = r.randint(2, 6), r.randint(3, 8)
        if b * c - g * f >= 3:
            return dict(b=b, c=c, g=g, f=f)


def s10(r):
    while True:
        rr, t, y, k = r.randint(3, 8), r.randint(4, 12), r.randint(3, 10), r.choice([4, 5, 6, 8, 10, 12])
        if (rr * t * y) % k == 0:
            return dict(r=rr, t=t, y=y, k=k)


def s11(r):
    while True:
        p, s = r.randint(6, 24), r.randint(2, 4)
        if (p * s) % 8 == 0:
            break
    price = D(r.choice(['8', '9', '9.50', '10', '11', '12', '12.50', '13', '14', '15']))
    return dict(p=p, s=s, C=8, price=price)


def s12(r):
    return dict(B=r.randint(6, 15), x=r.randint(2, 9))


def s13(r):
    return dict(m=r.randrange(30, 121, 3), b=r.randint(5, 25))


def s14(r):
    while True:
        C = r.choice([100, 120, 150, 180, 200, 240, 250, 300, 360, 400, 450, 500])
        a = r.randrange(10, C // 2, 10)
        rate = r.randint(3, 25)
        if (C - a) % rate == 0 and (C - a) // rate >= 4:
            return dict(C=C, a=a, r=rate)


def s15(r):
    while True:
        t = r.randint(40, 250)
        p = D(r.choice(['2', '3', '4', '5', '6', '2.50', '3.50', '4.50', '7', '8']))
        c = r.randrange(30, 210, 10)
        k = r.randint(2, 5)
        net = t * p - c
        if net >= 20 and (net * 100) % k == 0:
            return dict(t=t, p=p, c=F(c), k=k)


def s16(r):
    a, m = r.randint(5, 20), r.randint(2, 4)
    b = r.randint(2, min(15, a * m - 2))
    return dict(a=a, m=m, b=b)


def s17(r):
    d = D(r.choice(['3', '4', '5', '6', '7', '8', '2.5', '3.5', '4.5', '5.5']))
    return dict(d=d, D=r.randint(8, 21), W=r.randint(2, 4))


def s18(r):
    return dict(f=F(r.choice([10, 12, 15, 18, 20, 25, 30])),
                e=D(r.choice(['1.50', '2', '2.50', '3', '4', '5'])), g=r.randint(2, 6))


def s19(r):
    return dict(c=r.randint(5, 40), w=r.randint(3, 20))


def s20(r):
    s, g = r.randint(2, 8), r.choice([25, 30, 40, 50, 60, 75, 80])
    S = r.choice([x for x in range(3, 13) if x != s])
    return dict(f=s * g, s=s, S=S)


def s21(r):
    while True:
        n = r.randint(3, 4)
        m = r.choice([85, 90, 95, 100, 105, 110, 115, 120, 125, 130])
        b = r.choice([10, 15, 20, 25, 30])
        if (n * m + (n - 1) * b) % 15 == 0:
            return dict(n=n, m=m, b=b)


def s22(r):
    while True:
        s, pct = r.randrange(1400, 3201, 50), r.choice([2, 3, 4, 5, 6, 8, 10])
        if (s * pct) % 100 == 0:
            return dict(s=F(s), pct=pct)


def s23(r):
    while True:
        T, rr, k = r.randint(60, 200), r.randint(2, 12), r.randint(4, 12)
        if (T - rr) % k == 0 and (T - rr) // k >= 4:
            share = (T - rr) // k
            return dict(T=T, r=rr, k=k, e=r.randint(2, min(share - 1, 8)))


def s24(r):
    while True:
        a = r.choice([5, 6, 8, 10, 12, 15, 20])
        q = D(r.choice(['2', '2.5', '3', '3.5', '4', '4.5', '5', '6', '8']))
        if (a * q).denominator == 1:
            break
    return dict(L=int(a * q), a=a, h=F(r.randint(8, 20)), mat=F(r.randrange(10, 81, 5)))


def s25(r):
    return dict(na=r.randint(2, 3), nk=r.randint(2, 4),
                A=F(r.choice([12, 14, 15, 18, 20, 22, 25])), K=F(r.choice([6, 7, 8, 9, 10, 12])),
                P=F(r.choice([5, 6, 8, 10])), Fo=F(r.choice([8, 9, 10, 12, 15])))


def s26(r):
    while True:
        u, d = r.randrange(1200, 2601, 50), r.choice([5, 6])
        n, k = r.randint(20, 300), r.choice([10, 12, 20, 24, 25, 50])
        if (u * d - n) % k == 0:
            return dict(u=u, d=d, n=n, k=k)


# ---------------------------------------------------------------- structures
# vars: name -> type ('int', 'money', 'dec', 'pct')
STRUCTS = {
    'S01': dict(sample=s01, vars=dict(a='int', p='money', b='int', q='money', P='money'),
                steps=[('r1', ['a', '*', 'p'], 'money'), ('r2', ['b', '*', 'q'], 'money'),
                       ('r3', ['r1', '+', 'r2'], 'money'), ('r4', ['P', '-', 'r3'], 'money')]),
    'S02': dict(sample=s02, vars=dict(w='money', h='int', d='int', s='money'),
                steps=[('r1', ['w', '*', 'h'], 'money'), ('r2', ['r1', '*', 'd'], 'money'),
                       ('r3', ['r2', '-', 's'], 'money')]),
    'S03': dict(sample=s03, vars=dict(e='int', x='int', y='int', p='money'),
                steps=[('r1', ['x', '+', 'y'], 'eggs'), ('r2', ['e', '-', 'r1'], 'eggs'),
                       ('r3', ['r2', '*', 'p'], 'money')]),
    'S04': dict(sample=s04, vars=dict(N='int', a='int', d='int', k='int'),
                steps=[('r1', ['a', '*', 'd'], 'pages'), ('r2', ['N', '-', 'r1'], 'pages'),
                       ('r3', ['r2', '/', 'k'], 'pages')]),
    'S05': dict(sample=s05, vars=dict(v1='int', t1='int', v2='int', t2='int'),
                steps=[('r1', ['v1', '*', 't1'], 'km'), ('r2', ['v2', '*', 't2'], 'km'),
                       ('r3', ['r1', '+', 'r2'], 'km')]),
    'S06': dict(sample=s06, vars=dict(c='int', s='int', pct='pct'),
                steps=[('r1', ['c', '*', 's'], 'students'), ('r2', ['r1', '*', 'pct'], 'students'),
                       ('r3', ['r1', '-', 'r2'], 'students')]),
    'S07': dict(sample=s07, vars=dict(P='money', pct='pct', n='int'),
                steps=[('r1', ['P', '*', 'pct'], 'money'), ('r2', ['P', '-', 'r1'], 'money'),
                       ('r3', ['r2', '*', 'n'], 'money')]),
    'S08': dict(sample=s08, vars=dict(G='money', A='money', s='money', w='int'),
                steps=[('r1', ['s', '*', 'w'], 'money'), ('r2', ['A', '+', 'r1'], 'money'),
                       ('r3', ['G', '-', 'r2'], 'money')]),
    'S09': dict(sample=s09, vars=dict(b='int', c='int', g='int', f='int'),
                steps=[('r1', ['b', '*', 'c'], 'cookies'), ('r2', ['g', '*', 'f'], 'cookies'),
                       ('r3', ['r1', '-', 'r2'], 'cookies')]),
    'S10': dict(sample=s10, vars=dict(r='int', t='int', y='int', k='int'),
                steps=[('r1', ['r', '*', 't'], 'plants'), ('r2', ['r1', '*', 'y'], 'tomatoes'),
                       ('r3', ['r2', '/', 'k'], 'crates')]),
    'S11': dict(sample=s11, vars=dict(p='int', s='int', C='int', price='money'),
                steps=[('r1', ['p', '*', 's'], 'slices'), ('r2', ['r1', '/', 'C'], 'pizzas'),
                       ('r3', ['r2', '*', 'price'], 'money')]),
    'S12': dict(sample=s12, vars=dict(B='int', x='int'),
                steps=[('r1', ['B', '+', 'x'], 'years'), ('r2', ['r1', '*', 2], 'years'),
                       ('r3', ['B', '+', 'r1', '+', 'r2'], 'years')]),
    'S13': dict(sample=s13, vars=dict(m='int', b='int'),
                steps=[('r1', ['m', '/', 3], 'stickers'), ('r2', ['m', '-', 'r1'], 'stickers'),
                       ('r3', ['r2', '+', 'b'], 'stickers')]),
    'S14': dict(sample=s14, vars=dict(C='int', a='int', r='int'),
                steps=[('r1', ['C', '-', 'a'], 'liters'), ('r2', ['r1', '/', 'r'], 'minutes')]),
    'S15': dict(sample=s15, vars=dict(t='int', p='money', c='money', k='int'),
                steps=[('r1', ['t', '*', 'p'], 'money'), ('r2', ['r1', '-', 'c'], 'money'),
                       ('r3', ['r2', '/', 'k'], 'money')]),
    'S16': dict(sample=s16, vars=dict(a='int', m='int', b='int'),
                steps=[('r1', ['a', '*', 'm'], 'oranges'), ('r2', ['r1', '-', 'b'], 'bananas'),
                       ('r3', ['a', '+', 'r1', '+', 'r2'], 'fruits')]),
    'S17': dict(sample=s17, vars=dict(d='dec', D='int', W='int'),
                steps=[('r1', ['d', '*', 5], 'km'), ('r2', ['r1', '+', 'D'], 'km'),
                       ('r3', ['r2', '*', 'W'], 'km')]),
    'S18': dict(sample=s18, vars=dict(f='money', e='money', g='int'),
                steps=[('r1', ['e', '*', 'g'], 'money'), ('r2', ['f', '+', 'r1'], 'money'),
                       ('r3', ['r2', '*', 12], 'money')]),
    'S19': dict(sample=s19, vars=dict(c='int', w='int'),
                steps=[('r1', ['c', '*', 2], 'legs'), ('r2', ['w', '*', 4], 'legs'),
                       ('r3', ['r1', '+', 'r2'], 'legs')]),
    'S20': dict(sample=s20, vars=dict(f='int', s='int', S='int'),
                steps=[('r1', ['f', '/', 's'], 'grams'), ('r2', ['r1', '*', 'S'], 'grams')]),
    'S21': dict(sample=s21, vars=dict(n='int', m='int', b='int'),
                steps=[('r1', ['n', '*', 'm'], 'minutes'), ('r2', ['n', '-', 1], 'breaks'),
                       ('r3', ['r2', '*', 'b'], 'minutes'), ('r4', ['r1', '+', 'r3'], 'minutes'),
                       ('r5', ['r4', '/', 60], 'hours')]),
    'S22': dict(sample=s22, vars=dict(s='money', pct='pct'),
                steps=[('r1', ['s', '*', 'pct'], 'money'), ('r2', ['s', '+', 'r1'], 'money'),
                       ('r3', ['r2', '*', 12], 'money')]),
    'S23': dict(sample=s23, vars=dict(T='int', r='int', k='int', e='int'),
                steps=[('r1', ['T', '-', 'r'], 'candies'), ('r2', ['r1', '/', 'k'], 'candies'),
                       ('r3', ['r2', '-', 'e'], 'candies')]),
    'S24': dict(sample=s24, vars=dict(L='int', a='int', h='money', mat='money'),
                steps=[('r1', ['L', '/', 'a'], 'hours'), ('r2', ['r1', '*', 'h'], 'money'),
                       ('r3', ['r2', '+', 'mat'], 'money')]),
    'S25': dict(sample=s25, vars=dict(na='int', nk='int', A='money', K='money', P='money', Fo='money'),
                steps=[('r1', ['na', '*', 'A'], 'money'), ('r2', ['nk', '*', 'K'], 'money'),
                       ('r3', ['na', '+', 'nk'], 'people'), ('r4', ['r3', '*', 'Fo'], 'money'),
                       ('r5', ['r1', '+', 'r2', '+', 'r4', '+', 'P'], 'money')]),
    'S26': dict(sample=s26, vars=dict(u='int', d='int', n='int', k='int'),
                steps=[('r1', ['u', '*', 'd'], 'bottles'), ('r2', ['r1', '-', 'n'], 'bottles'),
                       ('r3', ['r2', '/', 'k'], 'boxes')]),
}

# ---------------------------------------------------------------- wording
# TEXT[struct][lang] = (problem, [np, ...]); an np is a string (label derived
# by dropping the article) or a pair (np, label).
TEXT = {}

TEXT['S01'] = {
    'es': ("{nf} va al mercado y compra {a} kg de manzanas a {p} el kilo y {b} kg de naranjas a {q} el kilo. "
           "Paga con un billete de {P}. ¿Cuánto dinero le devuelven?",
           ["el costo de las manzanas", "el costo de las naranjas", "el total de la compra", "el cambio"]),
    'fr': ("{nf} va au marché et achète {a} kg de pommes à {p} le kilo et {b} kg d'oranges à {q} le kilo. "
           "Elle paie avec un billet de {P}. Combien d'argent lui rend-on ?",
           ["le prix des pommes", "le prix des oranges", "le total des achats", "la monnaie rendue"]),
    'de': ("{nf} geht auf den Markt und kauft {a} kg Äpfel für {p} pro Kilo und {b} kg Orangen für {q} pro Kilo. "
           "Sie gibt der Verkäuferin {P}. Wie viel Wechselgeld bekommt sie zurück?",
           ["die Kosten für die Äpfel", "die Kosten für die Orangen", "den Gesamtbetrag", "das Wechselgeld"]),
    'pt': ("{nf} vai à feira e compra {a} kg de maçãs a {p} o quilo e {b} kg de laranjas a {q} o quilo. "
           "Ela paga com uma nota de {P}. Quanto ela recebe de troco?",
           ["o valor das maçãs", "o valor das laranjas", "o total da compra", "o troco"]),
    'it': ("{nf} va al mercato e compra {a} kg di mele a {p} al chilo e {b} kg di arance a {q} al chilo. "
           "Paga con una banconota da {P}. Quanto riceve di resto?",
           ["il costo delle mele", "il costo delle arance", "il totale della spesa", "il resto"]),
    'nl': ("{nf} gaat naar de markt en koopt {a} kg appels voor {p} per kilo en {b} kg sinaasappels voor {q} per kilo. "
           "Ze betaalt met een briefje van {P}. Hoeveel wisselgeld krijgt ze terug?",
           ["de kosten van de appels", "de kosten van de sinaasappels", "het totaalbedrag", "het wisselgeld"]),
    'zh': ("{nf}去菜市场买了{a}千克苹果，每千克{p}，又买了{b}千克橙子，每千克{q}。她付了{P}，应找回多少钱？",
           ["苹果的价钱", "橙子的价钱", "一共花的钱", "应找回的钱"]),
}
TEXT['S02'] = {
    'es': ("{nm} gana {w} por hora. Trabaja {h} horas al día durante {d} días a la semana. "
           "Si esta semana gasta {s}, ¿cuánto dinero le queda de lo que ganó?",
           [("lo que gana por día", "Ganancia diaria"), ("lo que gana en la semana", "Ganancia semanal"),
            "el dinero que le queda"]),
    'fr': ("{nm} gagne {w} de l'heure. Il travaille {h} heures par jour, {d} jours par semaine. "
           "Cette semaine, il dépense {s}. Combien lui reste-t-il de ce qu'il a gagné ?",
           [("ce qu'il gagne par jour", "Gain journalier"), ("ce qu'il gagne dans la semaine", "Gain de la semaine"),
            ("ce qui lui reste", "Argent restant")]),
    'de': ("{nm} verdient {w} pro Stunde. Er arbeitet {h} Stunden am Tag an {d} Tagen pro Woche. "
           "Diese Woche gibt er {s} aus. Wie viel von seinem Wochenlohn bleibt ihm übrig?",
           ["den Tagesverdienst", "den Wochenverdienst", "den Restbetrag"]),
    'pt': ("{nm} ganha {w} por hora. Ele trabalha {h} horas por dia, {d} dias por semana. "
           "Nesta semana, ele gastou {s}. Quanto sobrou do que ele ganhou?",
           [("quanto ele ganha por dia", "Ganho por dia"), ("quanto ele ganha na semana", "Ganho semanal"),
            ("quanto sobrou", "Valor que sobrou")]),
    'it': ("{nm} guadagna {w} all'ora. Lavora {h} ore al giorno per {d} giorni alla settimana. "
           "Questa settimana spende {s}. Quanto gli rimane di quello che ha guadagnato?",
           ["il guadagno giornaliero", "il guadagno settimanale", ("quanto gli rimane", "Quanto gli rimane")]),
    'nl': ("{nm} verdient {w} per uur. Hij werkt {h} uur per dag, {d} dagen per week. "
           "Deze week geeft hij {s} uit. Hoeveel houdt hij over van wat hij verdiend heeft?",
           [("zijn dagloon", "Dagloon"), ("zijn weekloon", "Weekloon"), ("wat hij overhoudt", "Wat hij overhoudt")]),
    'zh': ("{nm}每小时挣{w}，每天工作{h}小时，每周工作{d}天。这周他花了{s}，他挣的钱还剩多少？",
           ["每天挣的钱", "每周挣的钱", "剩下的钱"]),
}
TEXT['S03'] = {
    'es': ("Las gallinas de {nf} ponen {e} huevos al día. Ella se come {x} en el desayuno y usa {y} para hacer un pastel. "
           "Vende el resto en el mercado a {p} cada huevo. ¿Cuánto dinero gana al día?",
           ["los huevos que usa", "los huevos que le sobran", ("lo que gana con la venta", "Dinero de la venta")]),
    'fr': ("Les poules de {nf} pondent {e} œufs par jour. Elle en mange {x} au petit-déjeuner et en utilise {y} pour faire un gâteau. "
           "Elle vend le reste au marché {p} l'œuf. Combien gagne-t-elle par jour ?",
           ["les œufs utilisés", "les œufs restants", ("ce qu'elle gagne", "Recette de la vente")]),
    'de': ("Die Hühner von {nf} legen {e} Eier am Tag. Sie isst {x} zum Frühstück und braucht {y} für einen Kuchen. "
           "Den Rest verkauft sie auf dem Markt für {p} pro Ei. Wie viel Geld nimmt sie pro Tag ein?",
           [("die verbrauchten Eier", "Verbrauchte Eier"), ("die übrigen Eier", "Übrige Eier"), "die Einnahmen"]),
    'pt': ("As galinhas de {nf} botam {e} ovos por dia. Ela come {x} no café da manhã e usa {y} para fazer um bolo. "
           "Ela vende o resto na feira a {p} cada ovo. Quanto ela ganha por dia?",
           ["os ovos usados", "os ovos que sobram", ("quanto ela ganha com a venda", "Valor da venda")]),
    'it': ("Le galline di {nf} fanno {e} uova al giorno. Lei ne mangia {x} a colazione e ne usa {y} per fare una torta. "
           "Vende il resto al mercato a {p} l'uno. Quanto guadagna al giorno?",
           ["le uova usate", "le uova rimaste", "il guadagno della vendita"]),
    'nl': ("De kippen van {nf} leggen {e} eieren per dag. Ze eet er {x} bij het ontbijt en gebruikt er {y} voor een taart. "
           "De rest verkoopt ze op de markt voor {p} per ei. Hoeveel verdient ze per dag?",
           ["de gebruikte eieren", "de overgebleven eieren", "de opbrengst"]),
    'zh': ("{nf}家的母鸡每天下{e}个蛋。她早餐吃掉{x}个，做蛋糕用掉{y}个，剩下的拿到集市上卖，每个{p}。她每天能卖多少钱？",
           ["用掉的鸡蛋数", "剩下的鸡蛋数", "卖鸡蛋得到的钱"]),
}
TEXT['S04'] = {
    'es': ("{nm} está leyendo un libro de {N} páginas. Lee {a} páginas al día durante {d} días. "
           "Si quiere terminar el resto en {k} días, ¿cuántas páginas debe leer cada día?",
           ["las páginas que ya leyó", "las páginas que faltan", "las páginas por día"]),
    'fr': ("{nm} lit un livre de {N} pages. Il lit {a} pages par jour pendant {d} jours. "
           "S'il veut finir le reste en {k} jours, combien de pages doit-il lire par jour ?",
           ["les pages déjà lues", "les pages restantes", "le nombre de pages par jour"]),
    'de': ("{nm} liest ein Buch mit {N} Seiten. Er liest {d} Tage lang jeweils {a} Seiten. "
           "Den Rest will er in {k} Tagen schaffen. Wie viele Seiten muss er pro Tag lesen?",
           [("die bereits gelesenen Seiten", "Bereits gelesene Seiten"), ("die restlichen Seiten", "Restliche Seiten"),
            "die Seiten pro Tag"]),
    'pt': ("{nm} está lendo um livro de {N} páginas. Ele lê {a} páginas por dia durante {d} dias. "
           "Se quiser terminar o resto em {k} dias, quantas páginas precisa ler por dia?",
           ["as páginas já lidas", "as páginas que faltam", "as páginas por dia"]),
    'it': ("{nm} sta leggendo un libro di {N} pagine. Legge {a} pagine al giorno per {d} giorni. "
           "Se vuole finire il resto in {k} giorni, quante pagine deve leggere al giorno?",
           ["le pagine già lette", "le pagine rimanenti", "le pagine al giorno"]),
    'nl': ("{nm} leest een boek van {N} bladzijden. Hij leest {d} dagen lang {a} bladzijden per dag. "
           "Als hij de rest in {k} dagen wil uitlezen, hoeveel bladzijden moet hij dan per dag lezen?",
           ["de bladzijden die hij al gelezen heeft", "de resterende bladzijden", "het aantal bladzijden per dag"]),
    'zh': ("{nm}在读一本{N}页的书。他每天读{a}页，读了{d}天。如果他想在{k}天内读完剩下的部分，每天要读多少页？",
           ["已经读了的页数", "剩下的页数", "每天要读的页数"]),
}
TEXT['S05'] = {
    'es': ("Una familia viaja en coche. Conduce {t1} horas a {v1} km/h y después {t2} horas a {v2} km/h. "
           "¿Cuántos kilómetros recorre en total?",
           ["la distancia del primer tramo", "la distancia del segundo tramo", "la distancia total"]),
    'fr': ("Une famille part en voiture. Elle roule {t1} heures à {v1} km/h, puis {t2} heures à {v2} km/h. "
           "Quelle distance parcourt-elle en tout ?",
           ["la distance du premier trajet", "la distance du second trajet", "la distance totale"]),
    'de': ("Eine Familie fährt mit dem Auto in den Urlaub. Sie fährt {t1} Stunden mit {v1} km/h und danach {t2} Stunden mit {v2} km/h. "
           "Wie viele Kilometer legt sie insgesamt zurück?",
           ["die Strecke im ersten Abschnitt", "die Strecke im zweiten Abschnitt", "die Gesamtstrecke"]),
    'pt': ("Uma família viaja de carro. Ela dirige {t1} horas a {v1} km/h e depois {t2} horas a {v2} km/h. "
           "Quantos quilômetros ela percorre no total?",
           ["a distância do primeiro trecho", "a distância do segundo trecho", "a distância total"]),
    'it': ("Una famiglia viaggia in auto. Guida per {t1} ore a {v1} km/h e poi per {t2} ore a {v2} km/h. "
           "Quanti chilometri percorre in totale?",
           ["la distanza del primo tratto", "la distanza del secondo tratto", "la distanza totale"]),
    'nl': ("Een gezin gaat met de auto op vakantie. Ze rijden {t1} uur met {v1} km/u en daarna {t2} uur met {v2} km/u. "
           "Hoeveel kilometer rijden ze in totaal?",
           ["de afstand van het eerste stuk", "de afstand van het tweede stuk", "de totale afstand"]),
    'zh': ("一家人开车出游。先以每小时{v1}千米的速度行驶了{t1}小时，又以每小时{v2}千米的速度行驶了{t2}小时。他们一共行驶了多少千米？",
           ["第一段路程", "第二段路程", "总路程"]),
}
TEXT['S06'] = {
    'es': ("En una escuela hay {c} clases con {s} alumnos cada una. Hoy falta el {pct} de los alumnos. "
           "¿Cuántos alumnos han venido hoy?",
           ["el total de alumnos", "los alumnos que faltan", "los alumnos que han venido"]),
    'fr': ("Une école compte {c} classes de {s} élèves chacune. Aujourd'hui, {pct} des élèves sont absents. "
           "Combien d'élèves sont présents aujourd'hui ?",
           ["le nombre total d'élèves", "le nombre d'absents", "le nombre d'élèves présents"]),
    'de': ("An einer Schule gibt es {c} Klassen mit je {s} Schülern. Heute fehlen {pct} der Schüler. "
           "Wie viele Schüler sind heute da?",
           ["die Gesamtzahl der Schüler", ("die Zahl der fehlenden Schüler", "Fehlende Schüler"),
            ("die Zahl der anwesenden Schüler", "Anwesende Schüler")]),
    'pt': ("Uma escola tem {c} turmas com {s} alunos cada. Hoje, {pct} dos alunos faltaram. "
           "Quantos alunos foram à escola hoje?",
           ["o total de alunos", "os alunos que faltaram", "os alunos presentes"]),
    'it': ("In una scuola ci sono {c} classi con {s} alunni ciascuna. Oggi è assente il {pct} degli alunni. "
           "Quanti alunni sono presenti oggi?",
           ["il numero totale di alunni", "gli alunni assenti", "gli alunni presenti"]),
    'nl': ("Op een school zijn {c} klassen met elk {s} leerlingen. Vandaag is {pct} van de leerlingen ziek. "
           "Hoeveel leerlingen zijn er vandaag op school?",
           ["het totaal aantal leerlingen", "het aantal zieke leerlingen", "het aantal aanwezige leerlingen"]),
    'zh': ("一所学校有{c}个班，每个班有{s}名学生。今天有{pct}的学生请假。今天到校的学生有多少名？",
           ["学生总数", "请假的学生人数", "到校的学生人数"]),
}
TEXT['S07'] = {
    'es': ("Una tienda vende zapatillas a {P} el par. Esta semana tienen un descuento del {pct}. "
           "Si {nf} compra {n} pares, ¿cuánto paga en total?",
           ["el descuento por par", "el precio con descuento", "el total a pagar"]),
    'fr': ("Un magasin vend des baskets à {P} la paire. Cette semaine, il y a une remise de {pct}. "
           "Si {nf} achète {n} paires, combien paie-t-elle en tout ?",
           ["la remise par paire", "le prix après remise", "le total à payer"]),
    'de': ("Ein Geschäft verkauft Turnschuhe für {P} pro Paar. Diese Woche gibt es {pct} Rabatt. "
           "{nf} kauft {n} Paar. Wie viel muss sie insgesamt bezahlen?",
           ["den Rabatt pro Paar", ("den reduzierten Preis", "Reduzierter Preis"), "den Gesamtpreis"]),
    'pt': ("Uma loja vende tênis por {P} o par. Nesta semana há um desconto de {pct}. "
           "Se {nf} comprar {n} pares, quanto ela vai pagar no total?",
           ["o desconto por par", "o preço com desconto", "o total a pagar"]),
    'it': ("Un negozio vende scarpe da ginnastica a {P} al paio. Questa settimana c'è uno sconto del {pct}. "
           "Se {nf} compra {n} paia, quanto paga in tutto?",
           ["lo sconto per paio", "il prezzo scontato", "il totale da pagare"]),
    'nl': ("Een winkel verkoopt sneakers voor {P} per paar. Deze week is er {pct} korting. "
           "Als {nf} {n} paar koopt, hoeveel betaalt ze dan in totaal?",
           ["de korting per paar", "de prijs na korting", "het totaalbedrag"]),
    'zh': ("一家商店的运动鞋每双{P}，本周搞促销，每双优惠{pct}。{nf}买了{n}双，一共要付多少钱？",
           ["每双优惠的钱", "优惠后每双的价格", "一共要付的钱"]),
}
TEXT['S08'] = {
    'es': ("{nm} quiere comprarse una bicicleta que cuesta {G}. Ya tiene ahorrados {A} y ahorra {s} cada semana. "
           "Después de {w} semanas, ¿cuánto dinero le falta todavía?",
           [("lo que ahorra en esas semanas", "Ahorro de las semanas"), "el dinero que tiene en total",
            ("lo que le falta", "Lo que falta")]),
    'fr': ("{nm} veut s'acheter un vélo qui coûte {G}. Il a déjà {A} d'économies et met de côté {s} chaque semaine. "
           "Au bout de {w} semaines, combien lui manque-t-il encore ?",
           [("ce qu'il économise pendant ces semaines", "Économies des semaines"), "l'argent qu'il a en tout",
            ("ce qui lui manque", "Somme manquante")]),
    'de': ("{nm} möchte sich ein Fahrrad für {G} kaufen. Er hat schon {A} gespart und legt jede Woche {s} zur Seite. "
           "Wie viel Geld fehlt ihm nach {w} Wochen noch?",
           [("das in den Wochen Gesparte", "In den Wochen gespart"), ("sein gesamtes Geld", "Gesamtes Geld"),
            ("den fehlenden Betrag", "Fehlender Betrag")]),
    'pt': ("{nm} quer comprar uma bicicleta que custa {G}. Ele já tem {A} guardados e economiza {s} por semana. "
           "Depois de {w} semanas, quanto dinheiro ainda falta?",
           [("quanto ele economiza nessas semanas", "Economia das semanas"), "o total que ele tem",
            ("quanto ainda falta", "Quanto falta")]),
    'it': ("{nm} vuole comprare una bicicletta che costa {G}. Ha già messo da parte {A} e risparmia {s} ogni settimana. "
           "Dopo {w} settimane, quanti soldi gli mancano ancora?",
           [("quanto risparmia in queste settimane", "Risparmio delle settimane"), "i soldi che ha in tutto",
            ("quanto gli manca", "Quanto manca")]),
    'nl': ("{nm} wil een fiets kopen van {G}. Hij heeft al {A} gespaard en legt elke week {s} opzij. "
           "Hoeveel geld komt hij na {w} weken nog tekort?",
           [("wat hij in die weken spaart", "Gespaard in de weken"), ("het totale spaargeld", "Totaal spaargeld"),
            "het bedrag dat hij tekortkomt"]),
    'zh': ("{nm}想买一辆{G}的自行车。他已经存了{A}，每周再存{s}。{w}周后，他还差多少钱？",
           ["这几周存的钱", "一共存的钱", "还差的钱"]),
}
TEXT['S09'] = {
    'es': ("{nf} hornea {b} bandejas de galletas con {c} galletas cada una. Le regala {g} galletas a cada uno de sus {f} amigos. "
           "¿Cuántas galletas le quedan?",
           ["el total de galletas", "las galletas que regala", "las galletas que le quedan"]),
    'fr': ("{nf} fait cuire {b} plaques de {c} biscuits chacune. Elle donne {g} biscuits à chacun de ses {f} amis. "
           "Combien de biscuits lui reste-t-il ?",
           ["le nombre total de biscuits", "les biscuits donnés", "les biscuits restants"]),
    'de': ("{nf} backt {b} Bleche mit je {c} Keksen. Jedem ihrer {f} Freunde schenkt sie {g} Kekse. "
           "Wie viele Kekse bleiben ihr übrig?",
           [("die Gesamtzahl der Kekse", "Kekse insgesamt"), ("die verschenkten Kekse", "Verschenkte Kekse"),
            ("die übrigen Kekse", "Übrige Kekse")]),
    'pt': ("{nf} assou {b} fornadas de biscoitos, com {c} biscoitos cada. Ela deu {g} biscoitos para cada um dos seus {f} amigos. "
           "Quantos biscoitos sobraram?",
           ["o total de biscoitos", "os biscoitos dados", "os biscoitos que sobraram"]),
    'it': ("{nf} inforna {b} teglie di biscotti con {c} biscotti ciascuna. Regala {g} biscotti a ognuno dei suoi {f} amici. "
           "Quanti biscotti le rimangono?",
           ["il totale dei biscotti", "i biscotti regalati", "i biscotti rimasti"]),
    'nl': ("{nf} bakt {b} bakplaten met elk {c} koekjes. Ze geeft elk van haar {f} vrienden {g} koekjes. "
           "Hoeveel koekjes houdt ze over?",
           ["het totaal aantal koekjes", "de weggegeven koekjes", "de overgebleven koekjes"]),
    'zh': ("{nf}烤了{b}盘饼干，每盘{c}块。她给{f}个朋友每人{g}块。她还剩多少块饼干？",
           ["饼干的总数", "送出去的饼干数", "剩下的饼干数"]),
}
TEXT['S10'] = {
    'es': ("En el huerto de {nm} hay {r} filas con {t} tomateras cada una. Cada tomatera da {y} tomates. "
           "Si guarda los tomates en cajas de {k}, ¿cuántas cajas llena?",
           ["el número de tomateras", "el total de tomates", "el número de cajas"]),
    'fr': ("Dans le potager de {nm}, il y a {r} rangées de {t} plants de tomates. Chaque plant donne {y} tomates. "
           "S'il range les tomates dans des cagettes de {k}, combien de cagettes remplit-il ?",
           ["le nombre de plants", "le nombre total de tomates", "le nombre de cagettes"]),
    'de': ("Im Garten von {nm} stehen {r} Reihen mit je {t} Tomatenpflanzen. Jede Pflanze trägt {y} Tomaten. "
           "Er packt die Tomaten in Kisten zu je {k} Stück. Wie viele Kisten füllt er?",
           ["die Anzahl der Pflanzen", "die Anzahl der Tomaten", "die Anzahl der Kisten"]),
    'pt': ("Na horta de {nm} há {r} fileiras com {t} pés de tomate cada. Cada pé dá {y} tomates. "
           "Se ele guardar os tomates em caixas de {k}, quantas caixas vai encher?",
           ["o número de pés", "o total de tomates", "o número de caixas"]),
    'it': ("Nell'orto di {nm} ci sono {r} file con {t} piante di pomodoro ciascuna. Ogni pianta dà {y} pomodori. "
           "Se mette i pomodori in cassette da {k}, quante cassette riempie?",
           ["il numero di piante", "il totale dei pomodori", "il numero di cassette"]),
    'nl': ("In de moestuin van {nm} staan {r} rijen met elk {t} tomatenplanten. Elke plant geeft {y} tomaten. "
           "Als hij de tomaten in kratjes van {k} doet, hoeveel kratjes vult hij dan?",
           ["het aantal planten", "het totaal aantal tomaten", "het aantal kratjes"]),
    'zh': ("{nm}的菜园里种了{r}行番茄，每行{t}棵，每棵结{y}个番茄。如果每{k}个装一箱，一共能装多少箱？",
           ["番茄的棵数", "番茄的总个数", "能装的箱数"]),
}
TEXT['S11'] = {
    'es': ("Para una fiesta, {nf} calcula que cada uno de los {p} invitados comerá {s} porciones de pizza. "
           "Cada pizza tiene {C} porciones y cuesta {price}. ¿Cuánto gastará en pizzas?",
           ["el total de porciones", "el número de pizzas", "el costo de las pizzas"]),
    'fr': ("Pour une fête, {nf} prévoit que chacun des {p} invités mangera {s} parts de pizza. "
           "Chaque pizza est coupée en {C} parts et coûte {price}. Combien va-t-elle dépenser en pizzas ?",
           ["le nombre total de parts", "le nombre de pizzas", "le prix des pizzas"]),
    'de': ("{nf} plant eine Party mit {p} Gästen. Jeder Gast isst {s} Stücke Pizza. "
           "Eine Pizza hat {C} Stücke und kostet {price}. Wie viel gibt sie für Pizza aus?",
           [("die Gesamtzahl der Stücke", "Stücke insgesamt"), "die Anzahl der Pizzen", "die Kosten"]),
    'pt': ("Para uma festa, {nf} calcula que cada um dos {p} convidados vai comer {s} fatias de pizza. "
           "Cada pizza tem {C} fatias e custa {price}. Quanto ela vai gastar com pizza?",
           ["o total de fatias", "o número de pizzas", "o gasto com as pizzas"]),
    'it': ("Per una festa {nf} calcola che ognuno dei {p} invitati mangerà {s} fette di pizza. "
           "Ogni pizza ha {C} fette e costa {price}. Quanto spenderà per le pizze?",
           ["il totale delle fette", "il numero di pizze", "la spesa per le pizze"]),
    'nl': ("Voor een feestje rekent {nf} erop dat elk van de {p} gasten {s} punten pizza eet. "
           "Een pizza heeft {C} punten en kost {price}. Hoeveel geeft ze uit aan pizza?",
           ["het totaal aantal punten", "het aantal pizza's", "de kosten van de pizza's"]),
    'zh': ("{nf}办聚会，请了{p}位客人，每人要吃{s}块披萨。每个披萨切成{C}块，每个{price}。买披萨一共要花多少钱？",
           ["一共要的披萨块数", "要买的披萨个数", "买披萨的钱"]),
}
TEXT['S12'] = {
    'es': ("{nm} tiene {B} años. Su hermana {nf} es {x} años mayor que él, y su tía tiene el doble de la edad de {nf}. "
           "¿Cuánto suman las edades de los tres?",
           ["la edad de {nf}", "la edad de la tía", "la suma de las edades"]),
    'fr': ("{nm} a {B} ans. Sa sœur {nf} a {x} ans de plus que lui, et leur tante a le double de l'âge de {nf}. "
           "Quelle est la somme de leurs trois âges ?",
           ["l'âge de {nf}", "l'âge de la tante", "la somme des âges"]),
    'de': ("{nm} ist {B} Jahre alt. Seine Schwester {nf} ist {x} Jahre älter als er, und ihre Tante ist doppelt so alt wie {nf}. "
           "Wie alt sind die drei zusammen?",
           ["das Alter von {nf}", "das Alter der Tante", "die Summe der Alter"]),
    'pt': ("{nm} tem {B} anos. Sua irmã {nf} é {x} anos mais velha que ele, e a tia deles tem o dobro da idade de {nf}. "
           "Qual é a soma das idades dos três?",
           ["a idade de {nf}", "a idade da tia", "a soma das idades"]),
    'it': ("{nm} ha {B} anni. Sua sorella {nf} ha {x} anni più di lui e la loro zia ha il doppio degli anni di {nf}. "
           "Quanto fa la somma delle loro tre età?",
           ["l'età di {nf}", "l'età della zia", "la somma delle età"]),
    'nl': ("{nm} is {B} jaar oud. Zijn zus {nf} is {x} jaar ouder dan hij, en hun tante is twee keer zo oud als {nf}. "
           "Hoe oud zijn ze samen?",
           ["de leeftijd van {nf}", "de leeftijd van de tante", "de som van de leeftijden"]),
    'zh': ("{nm}今年{B}岁，姐姐{nf}比他大{x}岁，姑姑的年龄是{nf}的2倍。三人的年龄加起来一共多少岁？",
           ["{nf}的年龄", "姑姑的年龄", "三人年龄之和"]),
}
TEXT['S13'] = {
    'es': ("{nf} tiene {m} cromos. Le regala un tercio a su hermano y luego compra {b} cromos más. "
           "¿Cuántos cromos tiene ahora?",
           ["los cromos que regala", "los cromos que le quedan", "los cromos que tiene ahora"]),
    'fr': ("{nf} a {m} autocollants. Elle en donne un tiers à son frère, puis en achète {b} de plus. "
           "Combien d'autocollants a-t-elle maintenant ?",
           ["les autocollants donnés", "les autocollants restants",
            ("le nombre d'autocollants qu'elle a maintenant", "Autocollants à la fin")]),
    'de': ("{nf} hat {m} Sticker. Ein Drittel davon schenkt sie ihrem Bruder, danach kauft sie {b} neue dazu. "
           "Wie viele Sticker hat sie jetzt?",
           [("die verschenkten Sticker", "Verschenkte Sticker"), ("die restlichen Sticker", "Restliche Sticker"),
            "die Sticker am Ende"]),
    'pt': ("{nf} tem {m} figurinhas. Ela dá um terço para o irmão e depois compra mais {b}. "
           "Quantas figurinhas ela tem agora?",
           ["as figurinhas que ela deu", "as figurinhas que sobraram", "as figurinhas que ela tem agora"]),
    'it': ("{nf} ha {m} figurine. Ne regala un terzo al fratello e poi ne compra altre {b}. "
           "Quante figurine ha adesso?",
           ["le figurine regalate", "le figurine rimaste", "le figurine che ha adesso"]),
    'nl': ("{nf} heeft {m} stickers. Ze geeft een derde aan haar broer en koopt daarna nog {b} stickers. "
           "Hoeveel stickers heeft ze nu?",
           ["de weggegeven stickers", "de overgebleven stickers", "het aantal stickers nu"]),
    'zh': ("{nf}有{m}张贴纸，她把其中的三分之一送给了弟弟，后来又买了{b}张。她现在有多少张贴纸？",
           ["送给弟弟的贴纸", "剩下的贴纸", "现在的贴纸"]),
}
TEXT['S14'] = {
    'es': ("Un depósito de agua tiene capacidad para {C} litros y ya contiene {a} litros. Un grifo echa {r} litros por minuto. "
           "¿Cuántos minutos tardará en llenarse?",
           ["los litros que faltan", "el tiempo de llenado"]),
    'fr': ("Une cuve peut contenir {C} litres et contient déjà {a} litres. Un robinet y verse {r} litres par minute. "
           "En combien de minutes sera-t-elle pleine ?",
           ["le volume manquant", "le temps de remplissage"]),
    'de': ("Ein Wassertank fasst {C} Liter und enthält bereits {a} Liter. Ein Schlauch füllt {r} Liter pro Minute nach. "
           "Wie viele Minuten dauert es, bis der Tank voll ist?",
           [("die fehlende Wassermenge", "Fehlende Wassermenge"), "die Fülldauer"]),
    'pt': ("Uma caixa-d'água comporta {C} litros e já tem {a} litros. Uma torneira despeja {r} litros por minuto. "
           "Em quantos minutos a caixa vai ficar cheia?",
           ["os litros que faltam", "o tempo para encher"]),
    'it': ("Una cisterna contiene al massimo {C} litri e ne ha già {a}. Un rubinetto versa {r} litri al minuto. "
           "Quanti minuti servono per riempirla?",
           ["i litri mancanti", "il tempo di riempimento"]),
    'nl': ("Een watertank kan {C} liter bevatten en er zit al {a} liter in. Een kraan voegt {r} liter per minuut toe. "
           "Hoeveel minuten duurt het tot de tank vol is?",
           ["de liters die nog ontbreken", "de vultijd"]),
    'zh': ("一个水箱能装{C}升水，现在已有{a}升。水龙头每分钟注水{r}升，还要多少分钟才能注满？",
           ["还需要注入的水量", "注满需要的时间"]),
}
TEXT['S15'] = {
    'es': ("El club de teatro vende {t} entradas a {p} cada una. Los gastos de la obra son de {c}. "
           "El dinero restante se reparte a partes iguales entre {k} organizaciones benéficas. ¿Cuánto recibe cada una?",
           [("lo recaudado", "Dinero recaudado"), "el beneficio",
            ("lo que recibe cada organización", "Cantidad por organización")]),
    'fr': ("Le club de théâtre vend {t} billets à {p} pièce. Les frais du spectacle s'élèvent à {c}. "
           "Le reste est partagé équitablement entre {k} associations. Combien reçoit chaque association ?",
           ["la recette", "le bénéfice", ("la part de chaque association", "Part par association")]),
    'de': ("Die Theater-AG verkauft {t} Eintrittskarten zu je {p}. Die Kosten für die Aufführung betragen {c}. "
           "Der Rest wird gleichmäßig an {k} Vereine gespendet. Wie viel bekommt jeder Verein?",
           ["die Einnahmen", "den Gewinn", "den Betrag pro Verein"]),
    'pt': ("O grupo de teatro vendeu {t} ingressos a {p} cada. As despesas da peça foram de {c}. "
           "O restante será dividido igualmente entre {k} instituições de caridade. Quanto cada uma vai receber?",
           ["o valor arrecadado", "o lucro", "o valor para cada instituição"]),
    'it': ("Il gruppo teatrale vende {t} biglietti a {p} l'uno. Le spese per lo spettacolo sono di {c}. "
           "Il resto viene diviso in parti uguali tra {k} associazioni. Quanto riceve ciascuna associazione?",
           ["l'incasso", "il guadagno netto", "la quota per associazione"]),
    'nl': ("De toneelclub verkoopt {t} kaartjes van {p} per stuk. De kosten van de voorstelling zijn {c}. "
           "De rest wordt eerlijk verdeeld over {k} goede doelen. Hoeveel krijgt elk goed doel?",
           ["de opbrengst", "de winst", "het bedrag per goed doel"]),
    'zh': ("戏剧社卖出{t}张门票，每张{p}。演出花费{c}，剩下的钱平均捐给{k}个慈善机构。每个机构能得到多少钱？",
           ["门票收入", "扣除花费后剩下的钱", "每个机构得到的钱"]),
}
TEXT['S16'] = {
    'es': ("En una frutería hay {a} manzanas. Hay {m} veces más naranjas que manzanas y {b} plátanos menos que naranjas. "
           "¿Cuántas piezas de fruta hay en total?",
           ["el número de naranjas", "el número de plátanos", "el total de fruta"]),
    'fr': ("Dans une épicerie, il y a {a} pommes. Il y a {m} fois plus d'oranges que de pommes et {b} bananes de moins que d'oranges. "
           "Combien de fruits y a-t-il en tout ?",
           ["le nombre d'oranges", "le nombre de bananes", "le nombre total de fruits"]),
    'de': ("In einem Obstladen liegen {a} Äpfel. Es gibt {m}-mal so viele Orangen wie Äpfel und {b} Bananen weniger als Orangen. "
           "Wie viele Früchte sind es insgesamt?",
           ["die Anzahl der Orangen", "die Anzahl der Bananen", ("die Gesamtzahl der Früchte", "Früchte insgesamt")]),
    'pt': ("Em uma quitanda há {a} maçãs. Há {m} vezes mais laranjas do que maçãs e {b} bananas a menos do que laranjas. "
           "Quantas frutas há no total?",
           ["o número de laranjas", "o número de bananas", "o total de frutas"]),
    'it': ("In un negozio di frutta ci sono {a} mele. Le arance sono {m} volte le mele e le banane sono {b} in meno delle arance. "
           "Quanti frutti ci sono in tutto?",
           ["il numero di arance", "il numero di banane", "il totale dei frutti"]),
    'nl': ("In een groentewinkel liggen {a} appels. Er zijn {m} keer zoveel sinaasappels als appels en {b} bananen minder dan sinaasappels. "
           "Hoeveel stuks fruit zijn er in totaal?",
           ["het aantal sinaasappels", "het aantal bananen", "het totaal aantal stuks fruit"]),
    'zh': ("水果店里有{a}个苹果，橙子的个数是苹果的{m}倍，香蕉比橙子少{b}根。水果店里一共有多少个水果？",
           ["橙子的个数", "香蕉的根数", "水果的总数"]),
}
TEXT['S17'] = {
    'es': ("{nf} corre {d} km cada día de lunes a viernes y {D} km los sábados. ¿Cuántos kilómetros corre en {W} semanas?",
           [("los kilómetros de lunes a viernes", "Kilómetros entre semana"), "los kilómetros por semana",
            "los kilómetros en {W} semanas"]),
    'fr': ("{nf} court {d} km chaque jour du lundi au vendredi et {D} km le samedi. "
           "Combien de kilomètres court-elle en {W} semaines ?",
           [("la distance du lundi au vendredi", "Distance en semaine"), "la distance par semaine",
            "la distance en {W} semaines"]),
    'de': ("{nf} läuft von Montag bis Freitag jeden Tag {d} km und samstags {D} km. Wie viele Kilometer läuft sie in {W} Wochen?",
           ["die Strecke von Montag bis Freitag", "die Strecke pro Woche", "die Strecke in {W} Wochen"]),
    'pt': ("{nf} corre {d} km por dia de segunda a sexta e {D} km aos sábados. Quantos quilômetros ela corre em {W} semanas?",
           ["os quilômetros de segunda a sexta", "os quilômetros por semana", "os quilômetros em {W} semanas"]),
    'it': ("{nf} corre {d} km al giorno dal lunedì al venerdì e {D} km il sabato. Quanti chilometri corre in {W} settimane?",
           ["i chilometri dal lunedì al venerdì", "i chilometri a settimana", "i chilometri in {W} settimane"]),
    'nl': ("{nf} loopt van maandag tot en met vrijdag elke dag {d} km en op zaterdag {D} km. "
           "Hoeveel kilometer loopt ze in {W} weken?",
           ["de afstand van maandag tot en met vrijdag", "de afstand per week", "de afstand in {W} weken"]),
    'zh': ("{nf}周一到周五每天跑{d}千米，周六跑{D}千米。她{W}周一共跑多少千米？",
           ["周一到周五跑的路程", "每周跑的路程", "{W}周跑的路程"]),
}
TEXT['S18'] = {
    'es': ("El plan de móvil de {nm} cuesta {f} al mes, más {e} por cada GB extra. Cada mes usa {g} GB extra. "
           "¿Cuánto paga en un año?",
           ["el costo de los GB extra", "el pago mensual", "el pago anual"]),
    'fr': ("Le forfait mobile de {nm} coûte {f} par mois, plus {e} par Go supplémentaire. Chaque mois, il consomme {g} Go en plus. "
           "Combien paie-t-il sur un an ?",
           ["le coût des Go supplémentaires", "la facture mensuelle", "le coût annuel"]),
    'de': ("Der Handyvertrag von {nm} kostet {f} im Monat plus {e} für jedes zusätzliche GB. Jeden Monat verbraucht er {g} GB extra. "
           "Wie viel zahlt er in einem Jahr?",
           [("die Kosten für die Zusatz-GB", "Kosten für Zusatz-GB"), ("die monatliche Rechnung", "Monatliche Rechnung"),
            "die Jahreskosten"]),
    'pt': ("O plano de celular de {nm} custa {f} por mês, mais {e} por GB extra. Todo mês ele usa {g} GB extras. "
           "Quanto ele paga em um ano?",
           ["o custo dos GB extras", "o valor mensal", "o valor anual"]),
    'it': ("L'abbonamento telefonico di {nm} costa {f} al mese, più {e} per ogni GB extra. Ogni mese usa {g} GB in più. "
           "Quanto spende in un anno?",
           ["il costo dei GB extra", "la spesa mensile", "la spesa annuale"]),
    'nl': ("Het telefoonabonnement van {nm} kost {f} per maand, plus {e} per extra GB. Elke maand gebruikt hij {g} GB extra. "
           "Hoeveel betaalt hij in een jaar?",
           ["de kosten van de extra GB", "het maandbedrag", "het jaarbedrag"]),
    'zh': ("{nm}的手机套餐每月{f}，超出的流量每GB收费{e}。他每个月多用{g}GB。他一年要交多少话费？",
           ["每月超出流量的费用", "每月的话费", "一年的话费"]),
}
TEXT['S19'] = {
    'es': ("En la granja de {nm} hay {c} gallinas y {w} vacas. ¿Cuántas patas hay en total?",
           ["las patas de las gallinas", "las patas de las vacas", "el total de patas"]),
    'fr': ("Dans la ferme de {nm}, il y a {c} poules et {w} vaches. Combien de pattes y a-t-il en tout ?",
           ["les pattes des poules", "les pattes des vaches", "le nombre total de pattes"]),
    'de': ("Auf dem Bauernhof von {nm} leben {c} Hühner und {w} Kühe. Wie viele Beine haben die Tiere zusammen?",
           ["die Beine der Hühner", "die Beine der Kühe", ("die Gesamtzahl der Beine", "Beine insgesamt")]),
    'pt': ("Na fazenda de {nm} há {c} galinhas e {w} vacas. Quantas patas há no total?",
           ["as patas das galinhas", "as patas das vacas", "o total de patas"]),
    'it': ("Nella fattoria di {nm} ci sono {c} galline e {w} mucche. Quante zampe ci sono in tutto?",
           ["le zampe delle galline", "le zampe delle mucche", "il totale delle zampe"]),
    'nl': ("Op de boerderij van {nm} lopen {c} kippen en {w} koeien. Hoeveel poten zijn er in totaal?",
           ["de poten van de kippen", "de poten van de koeien", "het totaal aantal poten"]),
    'zh': ("{nm}家的农场里有{c}只鸡和{w}头牛。它们一共有多少条腿？",
           ["鸡的腿数", "牛的腿数", "腿的总数"]),
}
TEXT['S20'] = {
    'es': ("Una receta de bizcocho lleva {f} g de harina para {s} personas. ¿Cuántos gramos de harina hacen falta para {S} personas?",
           ["la harina por persona", "la harina para {S} personas"]),
    'fr': ("Une recette de gâteau demande {f} g de farine pour {s} personnes. Combien de grammes de farine faut-il pour {S} personnes ?",
           ["la farine par personne", "la farine pour {S} personnes"]),
    'de': ("Für einen Kuchen für {s} Personen braucht man {f} g Mehl. Wie viel Gramm Mehl braucht man für {S} Personen?",
           [("die Mehlmenge pro Person", "Mehl pro Person"), ("die Mehlmenge für {S} Personen", "Mehl für {S} Personen")]),
    'pt': ("Uma receita de bolo leva {f} g de farinha para {s} pessoas. Quantos gramas de farinha são necessários para {S} pessoas?",
           ["a farinha por pessoa", "a farinha para {S} pessoas"]),
    'it': ("Una ricetta per una torta richiede {f} g di farina per {s} persone. Quanti grammi di farina servono per {S} persone?",
           ["la farina per persona", "la farina per {S} persone"]),
    'nl': ("Voor een cake voor {s} personen heb je {f} g bloem nodig. Hoeveel gram bloem heb je nodig voor {S} personen?",
           ["de bloem per persoon", "de bloem voor {S} personen"]),
    'zh': ("做一个蛋糕，{s}个人的分量需要{f}克面粉。{S}个人的分量需要多少克面粉？",
           ["每人需要的面粉", "{S}人需要的面粉"]),
}
TEXT['S21'] = {
    'es': ("{nf} organiza un maratón de {n} películas de {m} minutos cada una. Entre película y película hace un descanso de {b} minutos. "
           "¿Cuántas horas dura el maratón?",
           ["la duración de las películas", "el número de descansos", "el tiempo de descanso",
            "la duración total en minutos", "la duración en horas"]),
    'fr': ("{nf} organise un marathon de {n} films de {m} minutes chacun. Entre deux films, elle fait une pause de {b} minutes. "
           "Combien d'heures dure le marathon ?",
           ["la durée des films", "le nombre de pauses", "la durée des pauses", "la durée totale en minutes",
            "la durée en heures"]),
    'de': ("{nf} veranstaltet einen Filmmarathon mit {n} Filmen, die jeweils {m} Minuten dauern. Zwischen zwei Filmen macht sie {b} Minuten Pause. "
           "Wie viele Stunden dauert der Marathon?",
           ["die Dauer der Filme", "die Anzahl der Pausen", ("die gesamte Pausenzeit", "Pausenzeit"),
            "die Gesamtdauer in Minuten", "die Dauer in Stunden"]),
    'pt': ("{nf} vai fazer uma maratona de {n} filmes de {m} minutos cada. Entre um filme e outro, ela faz uma pausa de {b} minutos. "
           "Quantas horas dura a maratona?",
           ["a duração dos filmes", "o número de pausas", "o tempo das pausas", "a duração total em minutos",
            "a duração em horas"]),
    'it': ("{nf} organizza una maratona di {n} film da {m} minuti ciascuno. Tra un film e l'altro fa una pausa di {b} minuti. "
           "Quante ore dura la maratona?",
           ["la durata dei film", "il numero di pause", "il tempo delle pause", "la durata totale in minuti",
            "la durata in ore"]),
    'nl': ("{nf} houdt een filmmarathon met {n} films van elk {m} minuten. Tussen twee films neemt ze {b} minuten pauze. "
           "Hoeveel uur duurt de marathon?",
           ["de duur van de films", "het aantal pauzes", "de totale pauzetijd", "de totale duur in minuten",
            "de duur in uren"]),
    'zh': ("{nf}要连看{n}部电影，每部{m}分钟，每两部电影之间休息{b}分钟。看完这些电影一共需要多少小时？",
           ["电影的总时长", "休息的次数", "休息的总时间", "总共用的分钟数", "换算成的小时数"]),
}
TEXT['S22'] = {
    'es': ("{nf} cobra un sueldo de {s} al mes. Le suben el sueldo un {pct}. ¿Cuánto ganará en un año con el nuevo sueldo?",
           ["el aumento", "el nuevo sueldo mensual", "el sueldo anual"]),
    'fr': ("{nf} gagne un salaire de {s} par mois. Elle obtient une augmentation de {pct}. "
           "Combien gagnera-t-elle sur un an avec son nouveau salaire ?",
           ["l'augmentation", "le nouveau salaire mensuel", "le salaire annuel"]),
    'de': ("{nf} verdient {s} im Monat. Sie bekommt eine Gehaltserhöhung von {pct}. Wie viel verdient sie mit dem neuen Gehalt in einem Jahr?",
           ["die Gehaltserhöhung", ("das neue Monatsgehalt", "Neues Monatsgehalt"), "das Jahresgehalt"]),
    'pt': ("{nf} recebe um salário de {s} por mês. Ela ganhou um aumento de {pct}. Quanto ela vai ganhar em um ano com o novo salário?",
           ["o valor do aumento", "o novo salário mensal", "o salário anual"]),
    'it': ("{nf} guadagna {s} al mese. Riceve un aumento del {pct}. Quanto guadagnerà in un anno con il nuovo stipendio?",
           ["l'aumento", "il nuovo stipendio mensile", "lo stipendio annuale"]),
    'nl': ("{nf} verdient {s} per maand. Ze krijgt {pct} loonsverhoging. Hoeveel verdient ze met haar nieuwe salaris in een jaar?",
           ["de loonsverhoging", ("het nieuwe maandsalaris", "Nieuw maandsalaris"), "het jaarsalaris"]),
    'zh': ("{nf}每月工资{s}，现在涨了{pct}。按新工资算，她一年能挣多少钱？",
           ["涨的工资", "新的月工资", "一年的工资"]),
}
TEXT['S23'] = {
    'es': ("Una maestra tiene una bolsa con {T} caramelos. Se queda con {r} y reparte el resto a partes iguales entre sus {k} alumnos. "
           "Si cada alumno se come {e} caramelos, ¿cuántos le quedan a cada uno?",
           ["los caramelos que reparte", "los caramelos por alumno", "los caramelos que le quedan a cada uno"]),
    'fr': ("Une maîtresse a un sachet de {T} bonbons. Elle en garde {r} et partage le reste équitablement entre ses {k} élèves. "
           "Si chaque élève mange {e} bonbons, combien lui en reste-t-il ?",
           ["les bonbons à partager", "les bonbons par élève", "les bonbons restants par élève"]),
    'de': ("Eine Lehrerin hat eine Tüte mit {T} Bonbons. {r} behält sie selbst, den Rest verteilt sie gleichmäßig an ihre {k} Schüler. "
           "Jeder Schüler isst {e} Bonbons. Wie viele Bonbons hat jeder Schüler danach noch?",
           [("die verteilten Bonbons", "Verteilte Bonbons"), "die Bonbons pro Schüler",
            ("die übrigen Bonbons pro Schüler", "Übrige Bonbons pro Schüler")]),
    'pt': ("Uma professora tem um pacote com {T} balas. Ela fica com {r} e divide o resto igualmente entre seus {k} alunos. "
           "Se cada aluno comer {e} balas, quantas sobram para cada um?",
           ["as balas divididas", "as balas por aluno", "as balas que sobram para cada aluno"]),
    'it': ("Una maestra ha un sacchetto con {T} caramelle. Ne tiene {r} per sé e divide le altre in parti uguali tra i suoi {k} alunni. "
           "Se ogni alunno ne mangia {e}, quante caramelle restano a ciascuno?",
           ["le caramelle da dividere", "le caramelle per alunno", "le caramelle rimaste a ciascuno"]),
    'nl': ("Een juf heeft een zak met {T} snoepjes. Ze houdt er {r} zelf en verdeelt de rest eerlijk over haar {k} leerlingen. "
           "Als elke leerling {e} snoepjes opeet, hoeveel snoepjes heeft elke leerling dan nog?",
           ["de snoepjes die ze verdeelt", "de snoepjes per leerling", "de snoepjes die elke leerling overhoudt"]),
    'zh': ("老师有一袋糖，共{T}颗。她自己留下{r}颗，其余的平均分给{k}个学生。每个学生吃了{e}颗，每人还剩多少颗？",
           ["分给学生的糖", "每个学生分到的糖", "每人剩下的糖"]),
}
TEXT['S24'] = {
    'es': ("{nm} tiene que pintar una valla de {L} metros. Pinta {a} metros por hora y cobra {h} por hora de trabajo. "
           "Además, la pintura cuesta {mat}. ¿Cuánto costará el trabajo en total?",
           ["las horas de trabajo", "el costo de la mano de obra", "el costo total"]),
    'fr': ("{nm} doit peindre une clôture de {L} mètres. Il peint {a} mètres par heure et facture {h} de l'heure. "
           "La peinture coûte en plus {mat}. Combien coûtera le travail au total ?",
           ["le nombre d'heures", "le coût de la main-d'œuvre", "le coût total"]),
    'de': ("{nm} soll einen {L} Meter langen Zaun streichen. Er schafft {a} Meter pro Stunde und verlangt {h} pro Stunde. "
           "Die Farbe kostet zusätzlich {mat}. Wie viel kostet die Arbeit insgesamt?",
           ["die Arbeitszeit", "den Arbeitslohn", "die Gesamtkosten"]),
    'pt': ("{nm} precisa pintar uma cerca de {L} metros. Ele pinta {a} metros por hora e cobra {h} por hora. "
           "A tinta custa {mat}. Quanto vai custar o serviço no total?",
           ["as horas de trabalho", "o valor da mão de obra", "o custo total"]),
    'it': ("{nm} deve dipingere una staccionata lunga {L} metri. Dipinge {a} metri all'ora e si fa pagare {h} all'ora. "
           "La vernice costa {mat}. Quanto costerà il lavoro in tutto?",
           ["le ore di lavoro", "il costo della manodopera", "il costo totale"]),
    'nl': ("{nm} moet een schutting van {L} meter verven. Hij verft {a} meter per uur en rekent {h} per uur. "
           "De verf kost {mat}. Hoeveel kost de klus in totaal?",
           ["het aantal uren", "het arbeidsloon", "de totale kosten"]),
    'zh': ("{nm}要粉刷一段{L}米长的篱笆，他每小时能刷{a}米，每小时收费{h}，油漆另需{mat}。这项工作一共要花多少钱？",
           ["需要的小时数", "人工费", "总费用"]),
}
TEXT['S25'] = {
    'es': ("Una familia va al zoológico: {na} adultos y {nk} niños. La entrada de adulto cuesta {A} y la de niño {K}. "
           "El aparcamiento cuesta {P} y la comida sale a {Fo} por persona. ¿Cuánto gasta la familia en total?",
           ["las entradas de adulto", "las entradas de niño", "el número de personas", "el costo de la comida",
            "el gasto total"]),
    'fr': ("Une famille va au zoo : {na} adultes et {nk} enfants. L'entrée adulte coûte {A} et l'entrée enfant {K}. "
           "Le parking coûte {P} et le repas revient à {Fo} par personne. Combien la famille dépense-t-elle en tout ?",
           ["le prix des entrées adultes", "le prix des entrées enfants", "le nombre de personnes", "le prix des repas",
            "la dépense totale"]),
    'de': ("Eine Familie mit {na} Erwachsenen und {nk} Kindern geht in den Zoo. Eine Karte für Erwachsene kostet {A}, eine Kinderkarte {K}. "
           "Das Parken kostet {P}, und das Essen kostet {Fo} pro Person. Wie viel gibt die Familie insgesamt aus?",
           [("die Kosten für die Erwachsenenkarten", "Erwachsenenkarten"), ("die Kosten für die Kinderkarten", "Kinderkarten"),
            "die Anzahl der Personen", ("die Kosten für das Essen", "Essen"), "die Gesamtkosten"]),
    'pt': ("Uma família vai ao zoológico: {na} adultos e {nk} crianças. O ingresso de adulto custa {A} e o de criança, {K}. "
           "O estacionamento custa {P} e o almoço sai a {Fo} por pessoa. Quanto a família gasta no total?",
           ["o valor dos ingressos de adulto", "o valor dos ingressos de criança", "o número de pessoas",
            "o valor do almoço", "o gasto total"]),
    'it': ("Una famiglia va allo zoo: {na} adulti e {nk} bambini. Il biglietto per adulti costa {A} e quello per bambini {K}. "
           "Il parcheggio costa {P} e il pranzo costa {Fo} a persona. Quanto spende in tutto la famiglia?",
           ["il costo dei biglietti per adulti", "il costo dei biglietti per bambini", "il numero di persone",
            "il costo del pranzo", "la spesa totale"]),
    'nl': ("Een gezin gaat naar de dierentuin: {na} volwassenen en {nk} kinderen. Een kaartje voor volwassenen kost {A} en een kinderkaartje {K}. "
           "Parkeren kost {P} en het eten kost {Fo} per persoon. Hoeveel geeft het gezin in totaal uit?",
           ["de kosten van de kaartjes voor volwassenen", "de kosten van de kinderkaartjes", "het aantal personen",
            "de kosten van het eten", "de totale kosten"]),
    'zh': ("一家人去动物园，有{na}个大人和{nk}个小孩。大人票每张{A}，儿童票每张{K}，停车费{P}，午饭每人{Fo}。这家人一共花了多少钱？",
           ["大人票的钱", "儿童票的钱", "总人数", "午饭的钱", "一共花的钱"]),
}
TEXT['S26'] = {
    'es': ("Una fábrica produce {u} botellas al día y trabaja {d} días a la semana. Cada semana se descartan {n} botellas defectuosas. "
           "Las demás se empaquetan en cajas de {k}. ¿Cuántas cajas se llenan cada semana?",
           ["la producción semanal", "las botellas buenas", "el número de cajas"]),
    'fr': ("Une usine produit {u} bouteilles par jour et tourne {d} jours par semaine. Chaque semaine, {n} bouteilles défectueuses sont écartées. "
           "Les autres sont mises dans des cartons de {k}. Combien de cartons sont remplis chaque semaine ?",
           ["la production hebdomadaire", "les bouteilles conformes", "le nombre de cartons"]),
    'de': ("Eine Fabrik stellt an {d} Tagen pro Woche jeweils {u} Flaschen her. Jede Woche werden {n} fehlerhafte Flaschen aussortiert. "
           "Die übrigen werden in Kartons zu je {k} Flaschen verpackt. Wie viele Kartons werden pro Woche gefüllt?",
           ["die Wochenproduktion", ("die einwandfreien Flaschen", "Einwandfreie Flaschen"), "die Anzahl der Kartons"]),
    'pt': ("Uma fábrica produz {u} garrafas por dia e funciona {d} dias por semana. Toda semana, {n} garrafas com defeito são descartadas. "
           "As outras são embaladas em caixas de {k}. Quantas caixas são enchidas por semana?",
           ["a produção semanal", "as garrafas boas", "o número de caixas"]),
    'it': ("Una fabbrica produce {u} bottiglie al giorno e lavora {d} giorni alla settimana. Ogni settimana vengono scartate {n} bottiglie difettose. "
           "Le altre vengono messe in scatole da {k}. Quante scatole si riempiono ogni settimana?",
           ["la produzione settimanale", "le bottiglie buone", "il numero di scatole"]),
    'nl': ("Een fabriek maakt {u} flessen per dag en draait {d} dagen per week. Elke week worden {n} kapotte flessen afgekeurd. "
           "De rest gaat in dozen van {k}. Hoeveel dozen worden er per week gevuld?",
           ["de weekproductie", "de goede flessen", "het aantal dozen"]),
    'zh': ("一家工厂每天生产{u}个瓶子，每周生产{d}天。每周有{n}个次品被挑出，其余的每{k}个装一箱。每周能装满多少箱？",
           ["每周的产量", "合格的瓶子数", "能装的箱数"]),
}

ARTICLES = {
    'es': ['los ', 'las ', 'el ', 'la ', 'lo '],
    'fr': ['les ', 'le ', 'la ', "l'"],
    'de': ['den ', 'die ', 'das ', 'der ', 'dem '],
    'pt': ['os ', 'as ', 'o ', 'a '],
    'it': ['gli ', 'il ', 'lo ', 'la ', 'le ', 'i ', "l'"],
    'nl': ['het ', 'de '],
    'zh': [],
}


def label_of(np, lang):
    if isinstance(np, tuple):
        return np[1]
    s = np
    for a in ARTICLES[lang]:
        if s.startswith(a):
            s = s[len(a):]
            break
    return s[:1].upper() + s[1:]


def np_of(np):
    return np[0] if isinstance(np, tuple) else np
