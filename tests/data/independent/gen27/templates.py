"""Problem templates for the multilingual grade-school math set.

Each template is written in one language (locale) and defines
  params  : ordered list of (name, spec); spec = (kind, generator)
            kind: 'n' count, 'm' money, 'p' percent, 'd' plain decimal
  problem : problem text; {x} = formatted value, {x:f1|f2|f3} = value + plural form,
            {x!} = bare number
  steps   : S(name, op, args, phrase, ...) ; op in mul/add/sub/div/pct
            args are names of params / earlier steps, or int literals
  answer  : the answer sentence (placeholders as in problem)
"""
from fractions import Fraction as Fr


def I(lo, hi, st=1):
    return ('n', lambda r, v: Fr(r.randrange(lo, hi + 1, st)))


def _dec(kind, lo, hi, st):
    a, b, s = round(lo * 100), round(hi * 100), round(st * 100)
    return (kind, lambda r, v: Fr(r.randrange(a, b + 1, s), 100))


def M(lo, hi, st):
    return _dec('m', lo, hi, st)


def Dd(lo, hi, st):
    return _dec('d', lo, hi, st)


def P(*ch):
    return ('p', lambda r, v: Fr(r.choice(ch)))


def C(*ch, kind='n'):
    return (kind, lambda r, v: Fr(r.choice(ch)))


def D(fn, kind='n'):
    return (kind, lambda r, v: Fr(fn(v)))


def S(name, op, args, phrase, m=False, u='', label=None, dec=False):
    return dict(name=name, op=op, args=list(args), phrase=phrase, m=m, u=u,
                label=label, dec=dec)


def T(tid, loc, params, problem, steps, answer, ok=None):
    return dict(id=tid, loc=loc, params=params, problem=problem, steps=steps,
                answer=answer, ok=ok)


def _fill(total, per, lo, hi):
    """companions needed so that total + x is a multiple of per, x in [lo, hi]"""
    x = (-total) % per
    while x < lo:
        x += per
    return x if x <= hi else -1


TEMPLATES = []
A = TEMPLATES.append

# ----------------------------------------------------------------- Spanish
A(T('es01', 'es', [('n', I(2, 6)), ('p', M(6, 18, 0.5)), ('m', I(2, 5)), ('q', M(3, 9, 0.5))],
    "Lucía compra {n} camisetas a {p} cada una y {m} gorras a {q} cada una. ¿Cuánto dinero gasta en total?",
    [S('a', 'mul', ['n', 'p'], 'el costo de las camisetas', m=True),
     S('b', 'mul', ['m', 'q'], 'el costo de las gorras', m=True),
     S('c', 'add', ['a', 'b'], 'el gasto total', m=True)],
    "Lucía gasta {c} en total."))
A(T('es02', 'es', [('e', I(4, 9)), ('l', I(15, 40)), ('pr', I(20, 60)), ('d', I(10, 50))],
    "Una biblioteca tiene {e} estanterías con {l} libros cada una. Un día se prestan {pr} libros y, por la tarde, llega una donación de {d} libros nuevos. ¿Cuántos libros hay ahora en la biblioteca?",
    [S('t', 'mul', ['e', 'l'], 'el número inicial de libros'),
     S('r', 'sub', ['t', 'pr'], 'los libros que quedan tras los préstamos'),
     S('f', 'add', ['r', 'd'], 'el número final de libros')],
    "Ahora hay {f} libros en la biblioteca."))
A(T('es03', 'es', [('n', I(2, 4)), ('p', M(40, 180, 5)), ('pc', P(10, 15, 20, 25, 30))],
    "Carmen quiere comprar {n} abrigos que cuestan {p} cada uno. En las rebajas tienen un descuento del {pc}. ¿Cuánto pagará Carmen en total?",
    [S('d', 'pct', ['p', 'pc'], 'el descuento de cada abrigo', m=True),
     S('f', 'sub', ['p', 'd'], 'el precio de cada abrigo con descuento', m=True),
     S('t', 'mul', ['f', 'n'], 'el total a pagar', m=True)],
    "Carmen pagará {t} en total."))
A(T('es04', 'es', [('v', I(50, 90, 5)), ('h', I(2, 5)), ('k', I(2, 4))],
    "Un autobús viaja a {v} km por hora. Por la mañana circula durante {h} horas y por la tarde durante otras {k} horas. ¿Cuántos kilómetros recorre en total?",
    [S('a', 'mul', ['v', 'h'], 'la distancia de la mañana', u='=km'),
     S('b', 'mul', ['v', 'k'], 'la distancia de la tarde', u='=km'),
     S('c', 'add', ['a', 'b'], 'la distancia total', u='=km')],
    "El autobús recorre {c} km en total."))
A(T('es05', 'es', [('a', I(3, 8)), ('r', C(6, 8, 10, 12)), ('p', I(2, 6))],
    "Un grupo de {a} amigos pide {p} pizzas cortadas en {r} porciones cada una. Si se reparten todas las porciones a partes iguales, ¿cuántas porciones le tocan a cada amigo?",
    [S('t', 'mul', ['p', 'r'], 'el total de porciones'),
     S('e', 'div', ['t', 'a'], 'las porciones por persona')],
    "A cada amigo le tocan {e} porciones.",
    ok=lambda v: v['e'] >= 2))
A(T('es06', 'es', [('s', M(5, 25, 1)), ('w', I(6, 20)), ('c', M(40, 150, 5))],
    "Marta ahorra {s} cada semana. Después de {w} semanas, se compra unos auriculares que cuestan {c}. ¿Cuánto dinero le queda?",
    [S('a', 'mul', ['s', 'w'], 'el dinero ahorrado', m=True),
     S('r', 'sub', ['a', 'c'], 'el dinero que le queda', m=True)],
    "A Marta le quedan {r}."))
A(T('es07', 'es', [('g', I(8, 30)), ('h', I(3, 6)), ('c', C(6, 12)), ('p', M(1.5, 3.5, 0.25))],
    "En una granja hay {g} gallinas y cada una pone {h} huevos a la semana. El granjero vende los huevos en cajas de {c} a {p} la caja. ¿Cuánto dinero gana a la semana?",
    [S('t', 'mul', ['g', 'h'], 'el número de huevos por semana'),
     S('b', 'div', ['t', 'c'], 'el número de cajas'),
     S('m', 'mul', ['b', 'p'], 'el dinero que gana', m=True)],
    "El granjero gana {m} a la semana."))
A(T('es08', 'es', [('a', I(6, 14)), ('m', I(2, 5)), ('k', I(20, 40))],
    "Pablo tiene {a} años. Su hermana tiene el doble de su edad menos {m} años, y su abuelo tiene {k} años más que la suma de las edades de los dos hermanos. ¿Cuántos años tiene el abuelo?",
    [S('d', 'mul', ['a', 2], 'el doble de la edad de Pablo'),
     S('h', 'sub', ['d', 'm'], 'la edad de la hermana'),
     S('s', 'add', ['a', 'h'], 'la suma de las edades de los hermanos'),
     S('g', 'add', ['s', 'k'], 'la edad del abuelo')],
    "El abuelo tiene {g} años."))

# ----------------------------------------------------------------- French
A(T('fr01', 'fr', [('n', I(3, 8)), ('p', M(0.9, 1.6, 0.1)), ('m', I(2, 4)), ('q', M(0.9, 1.4, 0.05))],
    "Marie achète {n} croissants à {p} pièce et {m} baguettes à {q} l'une. Combien dépense-t-elle au total ?",
    [S('a', 'mul', ['n', 'p'], 'le prix des croissants', m=True),
     S('b', 'mul', ['m', 'q'], 'le prix des baguettes', m=True),
     S('c', 'add', ['a', 'b'], 'le total', m=True)],
    "Marie dépense {c} au total."))
A(T('fr02', 'fr', [('r', I(8, 15)), ('s', I(12, 20)), ('v', I(10, 40)), ('p', M(6, 12, 0.5))],
    "Une salle de cinéma compte {r} rangées de {s} fauteuils. Lors d'une séance, {v} fauteuils restent vides. Chaque billet coûte {p}. Quelle est la recette de cette séance ?",
    [S('t', 'mul', ['r', 's'], 'le nombre total de fauteuils'),
     S('o', 'sub', ['t', 'v'], 'le nombre de fauteuils occupés'),
     S('x', 'mul', ['o', 'p'], 'la recette', m=True)],
    "La recette de la séance est de {x}."))
A(T('fr03', 'fr', [('p', M(150, 600, 10)), ('pc', P(10, 20, 25, 30)), ('f', M(10, 30, 5))],
    "Un vélo coûte {p}. Le magasin accorde une remise de {pc}, mais il faut ajouter {f} de frais de livraison. Combien Hugo paie-t-il au total ?",
    [S('d', 'pct', ['p', 'pc'], 'le montant de la remise', m=True),
     S('a', 'sub', ['p', 'd'], 'le prix après la remise', m=True),
     S('t', 'add', ['a', 'f'], 'le prix total', m=True)],
    "Hugo paie {t} au total."))
A(T('fr04', 'fr', [('k', I(3, 10)), ('w', I(8, 20)), ('s', I(2, 6))],
    "Julien court {k} km par jour du lundi au vendredi, et {w} km le samedi. Il se repose le dimanche. Combien de kilomètres court-il en {s} semaines ?",
    [S('a', 'mul', ['k', 5], 'la distance du lundi au vendredi', u='=km'),
     S('b', 'add', ['a', 'w'], 'la distance par semaine', u='=km'),
     S('c', 'mul', ['b', 's'], 'la distance totale', u='=km')],
    "Julien court {c} km en {s} semaines."))
A(T('fr05', 'fr', [('a', I(3, 8)), ('e', I(3, 10)), ('g', I(4, 15)), ('b', D(lambda v: v['a'] * v['e'] + v['g']))],
    "Léa a {b} bonbons. Elle en donne {g} à son petit frère, puis partage le reste équitablement entre ses {a} amies. Combien de bonbons reçoit chaque amie ?",
    [S('r', 'sub', ['b', 'g'], 'le nombre de bonbons restants'),
     S('x', 'div', ['r', 'a'], 'la part de chaque amie')],
    "Chaque amie reçoit {x} bonbons."))
A(T('fr06', 'fr', [('h', M(11, 16, 0.5)), ('n', I(15, 35)), ('d', M(15, 40, 5)), ('w', I(3, 8))],
    "Thomas gagne {h} de l'heure et travaille {n} heures par semaine. Chaque semaine, il dépense {d} en transport. Combien lui reste-t-il au bout de {w} semaines ?",
    [S('a', 'mul', ['h', 'n'], 'le salaire hebdomadaire', m=True),
     S('b', 'sub', ['a', 'd'], 'ce qui lui reste chaque semaine', m=True, label='Reste par semaine'),
     S('c', 'mul', ['b', 'w'], 'ce qui lui reste au total', m=True, label='Reste au total')],
    "Au bout de {w} semaines, il reste {c} à Thomas."))
A(T('fr07', 'fr', [('r', I(3, 8)), ('pl', I(6, 15)), ('k', Dd(1.5, 4, 0.5)), ('pr', M(2, 4, 0.5))],
    "Un maraîcher plante {r} rangées de {pl} plants de tomates. Chaque plant produit {k} kg de tomates. Il vend ses tomates {pr} le kilo. Combien gagne-t-il ?",
    [S('a', 'mul', ['r', 'pl'], 'le nombre de plants'),
     S('b', 'mul', ['a', 'k'], 'la récolte totale', u='=kg', dec=True),
     S('c', 'mul', ['b', 'pr'], 'le gain', m=True)],
    "Le maraîcher gagne {c}."))
A(T('fr08', 'fr', [('c', I(3, 6)), ('e', I(22, 30)), ('b', C(40, 45, 50, 55)),
                   ('a', D(lambda v: _fill(v['c'] * v['e'], v['b'], 4, 12)))],
    "Une école emmène {c} classes de {e} élèves en sortie, avec {a} accompagnateurs. Chaque car transporte {b} personnes et tous les cars partent complets. Combien de cars faut-il réserver ?",
    [S('t', 'mul', ['c', 'e'], "le nombre d'élèves"),
     S('p', 'add', ['t', 'a'], 'le nombre total de personnes'),
     S('n', 'div', ['p', 'b'], 'le nombre de cars')],
    "Il faut réserver {n} cars.",
    ok=lambda v: v['a'] > 0 and v['n'] >= 2))

# ----------------------------------------------------------------- German
A(T('de01', 'de', [('n', I(3, 8)), ('p', M(0.4, 0.9, 0.05)), ('m', I(4, 9)), ('q', M(0.2, 0.5, 0.05)), ('s', C(10, 20, kind='m'))],
    "Lisa kauft {n} Äpfel zu je {p} und {m} Bananen zu je {q}. Sie bezahlt mit einem {s!}-Euro-Schein. Wie viel Wechselgeld bekommt sie?",
    [S('a', 'mul', ['n', 'p'], 'die Kosten für die Äpfel', m=True, label='Kosten für die Äpfel'),
     S('b', 'mul', ['m', 'q'], 'die Kosten für die Bananen', m=True, label='Kosten für die Bananen'),
     S('c', 'add', ['a', 'b'], 'den Gesamtpreis', m=True, label='Gesamtpreis'),
     S('r', 'sub', ['s', 'c'], 'das Wechselgeld', m=True, label='Wechselgeld')],
    "Lisa bekommt {r} Wechselgeld."))
A(T('de02', 'de', [('h', I(2, 4)), ('v', I(80, 160, 10)), ('k', I(2, 3)), ('w', I(60, 120, 10))],
    "Ein Zug fährt {h} Stunden lang mit {v} km/h und danach noch {k} Stunden mit {w} km/h. Wie viele Kilometer legt er insgesamt zurück?",
    [S('a', 'mul', ['h', 'v'], 'die Strecke im ersten Abschnitt', u='=km', label='Strecke im ersten Abschnitt'),
     S('b', 'mul', ['k', 'w'], 'die Strecke im zweiten Abschnitt', u='=km', label='Strecke im zweiten Abschnitt'),
     S('c', 'add', ['a', 'b'], 'die Gesamtstrecke', u='=km', label='Gesamtstrecke')],
    "Der Zug legt insgesamt {c} km zurück."))
A(T('de03', 'de', [('n', I(2, 4)), ('p', M(300, 900, 20)), ('pc', P(10, 15, 20, 25))],
    "Ein Hotel kauft {n} Fernseher. Ein Fernseher kostet normalerweise {p}, im Angebot gibt es aber {pc} Rabatt. Wie viel bezahlt das Hotel insgesamt?",
    [S('d', 'pct', ['p', 'pc'], 'den Rabatt pro Fernseher', m=True, label='Rabatt pro Fernseher'),
     S('e', 'sub', ['p', 'd'], 'den Angebotspreis pro Fernseher', m=True, label='Angebotspreis pro Fernseher'),
     S('t', 'mul', ['e', 'n'], 'den Gesamtpreis', m=True, label='Gesamtpreis')],
    "Das Hotel bezahlt insgesamt {t}."))
A(T('de04', 'de', [('b', I(2, 5)), ('k', I(12, 30)), ('t', C(4, 5, 6, 8, 10)), ('p', M(1.5, 3, 0.5))],
    "Oma backt {b} Bleche mit je {k} Keksen. Sie verpackt die Kekse in Tüten mit je {t} Stück und verkauft jede Tüte für {p} auf dem Basar. Wie viel Geld nimmt sie ein, wenn sie alle Tüten verkauft?",
    [S('a', 'mul', ['b', 'k'], 'die Anzahl der Kekse', label='Anzahl der Kekse'),
     S('n', 'div', ['a', 't'], 'die Anzahl der Tüten', label='Anzahl der Tüten'),
     S('g', 'mul', ['n', 'p'], 'die Einnahmen', m=True, label='Einnahmen')],
    "Oma nimmt {g} ein."))
A(T('de05', 'de', [('t', I(10, 25)), ('d', I(3, 7)), ('u', C(10, 15, 20, 25)), ('x', I(2, 8)),
                   ('s', D(lambda v: v['t'] * v['d'] + v['u'] * v['x']))],
    "Ein Buch hat {s} Seiten. Jonas liest {d} Tage lang jeden Tag {t} Seiten. Danach liest er jeden Tag {u} Seiten. Wie viele Tage braucht er noch, bis er das Buch fertig gelesen hat?",
    [S('r', 'mul', ['t', 'd'], 'die bisher gelesenen Seiten', label='Bisher gelesene Seiten'),
     S('k', 'sub', ['s', 'r'], 'die restlichen Seiten', label='Restliche Seiten'),
     S('n', 'div', ['k', 'u'], 'die Anzahl der noch benötigten Tage', label='Noch benötigte Tage')],
    "Jonas braucht noch {n} Tage."))
A(T('de06', 'de', [('f', C(2, 3, 4)), ('m', M(600, 1500, 30)), ('k', M(80, 250, 10))],
    "{f} Freunde teilen sich eine Wohnung. Die Kaltmiete beträgt {m} im Monat, dazu kommen {k} Nebenkosten. Wie viel zahlt jeder von ihnen in einem Jahr?",
    [S('g', 'add', ['m', 'k'], 'die Warmmiete pro Monat', m=True, label='Warmmiete pro Monat'),
     S('e', 'div', ['g', 'f'], 'den Anteil pro Person und Monat', m=True, label='Anteil pro Person und Monat'),
     S('j', 'mul', ['e', 12], 'den Betrag pro Person und Jahr', m=True, label='Betrag pro Person und Jahr')],
    "Jeder zahlt {j} pro Jahr."))
A(T('de07', 'de', [('l', I(8, 30)), ('b', I(5, 20)), ('p', M(8, 25, 0.5))],
    "Ein rechteckiger Garten ist {l} m lang und {b} m breit. Er soll ringsum eingezäunt werden. Ein Meter Zaun kostet {p}. Wie viel kostet der ganze Zaun?",
    [S('s', 'add', ['l', 'b'], 'die Summe aus Länge und Breite', u='=m', label='Länge plus Breite'),
     S('u', 'mul', ['s', 2], 'den Umfang', u='=m', label='Umfang'),
     S('c', 'mul', ['u', 'p'], 'die Kosten für den Zaun', m=True, label='Kosten für den Zaun')],
    "Der Zaun kostet {c}."))
A(T('de08', 'de', [('t', M(5, 20, 1)), ('pc', P(20, 25, 40, 50)), ('w', I(4, 12))],
    "Tim bekommt {t} Taschengeld pro Woche. Davon spart er {pc}. Wie viel Geld hat er nach {w} Wochen gespart?",
    [S('s', 'pct', ['t', 'pc'], 'den Sparbetrag pro Woche', m=True, label='Sparbetrag pro Woche'),
     S('g', 'mul', ['s', 'w'], 'den gesamten Sparbetrag', m=True, label='Gesamter Sparbetrag')],
    "Tim hat nach {w} Wochen {g} gespart."))

# ----------------------------------------------------------------- Portuguese (Brazil)
A(T('ptbr01', 'ptbr', [('n', I(2, 5)), ('p', M(4.5, 9.9, 0.1)), ('m', I(3, 8)), ('q', M(3.5, 6.5, 0.1))],
    "Ana foi ao mercado e comprou {n} pacotes de arroz a {p} cada e {m} litros de leite a {q} o litro. Quanto ela gastou no total?",
    [S('a', 'mul', ['n', 'p'], 'o valor gasto com arroz', m=True),
     S('b', 'mul', ['m', 'q'], 'o valor gasto com leite', m=True),
     S('c', 'add', ['a', 'b'], 'o total', m=True)],
    "Ana gastou {c} no total."))
A(T('ptbr02', 'ptbr', [('c', I(3, 8)), ('l', C(6, 12)), ('p', I(3, 8)), ('e', I(2, 6)),
                       ('u', D(lambda v: v['c'] * v['l'] - v['p'] * v['e']))],
    "Para uma festa, Carlos comprou {c} caixas de refrigerante com {l} latas cada. Durante a festa, foram consumidas {u} latas. As latas que sobraram foram divididas igualmente entre {p} amigos. Quantas latas cada amigo levou para casa?",
    [S('t', 'mul', ['c', 'l'], 'o total de latas'),
     S('r', 'sub', ['t', 'u'], 'as latas que sobraram'),
     S('x', 'div', ['r', 'p'], 'quantas latas cada amigo levou', label='Latas por amigo')],
    "Cada amigo levou {x} latas para casa.",
    ok=lambda v: v['u'] >= 6))
A(T('ptbr03', 'ptbr', [('s', M(1800, 4500, 100)), ('pc', P(25, 30, 35, 40)), ('g', M(400, 900, 50))],
    "Juliana ganha {s} por mês. Ela gasta {pc} do salário com aluguel e {g} com alimentação. Quanto sobra do salário dela por mês?",
    [S('a', 'pct', ['s', 'pc'], 'o gasto com aluguel', m=True),
     S('t', 'add', ['a', 'g'], 'o total de gastos', m=True),
     S('r', 'sub', ['s', 't'], 'quanto sobra', m=True, label='Sobra')],
    "Sobram {r} por mês para Juliana."))
A(T('ptbr04', 'ptbr', [('c', I(8, 20)), ('v', M(12, 25, 0.5)), ('d', I(5, 6)), ('g', M(150, 400, 10))],
    "Um motorista de aplicativo faz em média {c} corridas por dia e recebe {v} por corrida. Ele trabalha {d} dias por semana e gasta {g} de combustível por semana. Quanto ele lucra por semana?",
    [S('a', 'mul', ['c', 'v'], 'quanto ele ganha por dia', m=True, label='Ganho por dia'),
     S('b', 'mul', ['a', 'd'], 'quanto ele ganha por semana', m=True, label='Ganho por semana'),
     S('r', 'sub', ['b', 'g'], 'o lucro semanal', m=True)],
    "O motorista lucra {r} por semana."))

# ----------------------------------------------------------------- Portuguese (Portugal)
A(T('ptpt01', 'ptpt', [('n', I(2, 5)), ('p', M(8, 20, 0.5)), ('m', I(3, 8)), ('q', M(0.8, 2.5, 0.1))],
    "O Pedro comprou {n} livros a {p} cada um e {m} canetas a {q} cada uma. Quanto gastou o Pedro no total?",
    [S('a', 'mul', ['n', 'p'], 'o custo dos livros', m=True),
     S('b', 'mul', ['m', 'q'], 'o custo das canetas', m=True),
     S('c', 'add', ['a', 'b'], 'o total', m=True)],
    "O Pedro gastou {c} no total."))
A(T('ptpt02', 'ptpt', [('f', I(3, 8)), ('p', C(12, 24, 36)), ('v', M(1, 1.5, 0.05)), ('d', I(2, 6))],
    "Uma pastelaria de Lisboa faz {f} fornadas de pastéis de nata por dia, com {p} pastéis em cada fornada. Cada pastel é vendido a {v}. Quanto fatura a pastelaria em {d} dias, se vender todos os pastéis?",
    [S('t', 'mul', ['f', 'p'], 'o número de pastéis por dia'),
     S('m', 'mul', ['t', 'v'], 'a faturação diária', m=True),
     S('r', 'mul', ['m', 'd'], 'a faturação total', m=True)],
    "A pastelaria fatura {r} em {d} dias."))
A(T('ptpt03', 'ptpt', [('l', C(20, 25, 30, 50)), ('nb', I(2, 5)), ('pr', I(3, 8)), ('c', M(150, 400, 10)),
                       ('a', D(lambda v: v['nb'] * v['l'] - v['pr']))],
    "Uma escola organiza uma visita de estudo para {a} alunos e {pr} professores. Cada autocarro leva {l} pessoas, todos vão cheios, e o aluguer de cada autocarro custa {c}. Quanto custa o aluguer dos autocarros?",
    [S('t', 'add', ['a', 'pr'], 'o número total de pessoas'),
     S('n', 'div', ['t', 'l'], 'o número de autocarros'),
     S('k', 'mul', ['n', 'c'], 'o custo total', m=True)],
    "O aluguer dos autocarros custa {k}."))
A(T('ptpt04', 'ptpt', [('p', M(200, 600, 20)), ('pc', P(10, 15, 20, 25)), ('n', C(2, 4, 5, 10))],
    "Uma bicicleta custa {p}. Nos saldos, tem um desconto de {pc}. A Rita vai pagar a bicicleta com desconto em {n} prestações iguais. Qual é o valor de cada prestação?",
    [S('d', 'pct', ['p', 'pc'], 'o valor do desconto', m=True),
     S('f', 'sub', ['p', 'd'], 'o preço com desconto', m=True),
     S('e', 'div', ['f', 'n'], 'o valor de cada prestação', m=True)],
    "Cada prestação é de {e}."))

# ----------------------------------------------------------------- Italian
A(T('it01', 'it', [('n', I(2, 6)), ('p', M(5, 9, 0.5)), ('m', I(2, 6)), ('q', M(2, 4, 0.5))],
    "Marco ordina {n} pizze margherita a {p} l'una e {m} bibite a {q} l'una. Quanto spende in tutto?",
    [S('a', 'mul', ['n', 'p'], 'il costo delle pizze', m=True),
     S('b', 'mul', ['m', 'q'], 'il costo delle bibite', m=True),
     S('c', 'add', ['a', 'b'], 'la spesa totale', m=True)],
    "Marco spende {c} in tutto."))
A(T('it02', 'it', [('c', I(80, 200, 10)), ('p', M(2, 3.5, 0.5)), ('s', M(60, 150, 10)), ('d', I(5, 7))],
    "Una gelateria vende in media {c} coni al giorno a {p} l'uno. Le spese giornaliere sono di {s}. Quanto guadagna la gelateria in {d} giorni?",
    [S('i', 'mul', ['c', 'p'], "l'incasso giornaliero", m=True),
     S('g', 'sub', ['i', 's'], 'il guadagno giornaliero', m=True),
     S('t', 'mul', ['g', 'd'], 'il guadagno totale', m=True)],
    "In {d} giorni la gelateria guadagna {t}."))
A(T('it03', 'it', [('a', I(25, 55, 5)), ('r', I(25, 55, 5)), ('g', C(10, 12, 15, 20))],
    "Giulia va al lavoro in treno: il viaggio di andata dura {a} minuti e quello di ritorno {r} minuti. Quante ore passa in treno in {g} giorni lavorativi?",
    [S('s', 'add', ['a', 'r'], 'i minuti di viaggio al giorno', u='=min'),
     S('t', 'mul', ['s', 'g'], 'i minuti totali', u='=min'),
     S('h', 'div', ['t', 60], 'le ore totali')],
    "Giulia passa {h} ore in treno."))
A(T('it04', 'it', [('p', M(60, 150, 5)), ('pc', P(10, 20, 30, 40)), ('n', I(2, 4))],
    "Un paio di scarpe costa {p}. Durante i saldi il negozio fa uno sconto del {pc}. Quanto spende Chiara per comprare {n} paia di scarpe in saldo?",
    [S('d', 'pct', ['p', 'pc'], 'lo sconto su un paio', m=True),
     S('e', 'sub', ['p', 'd'], 'il prezzo scontato di un paio', m=True),
     S('t', 'mul', ['e', 'n'], 'la spesa totale', m=True)],
    "Chiara spende {t}."))
A(T('it05', 'it', [('s', I(4, 9)), ('r', I(3, 6)), ('l', I(20, 40)), ('v', I(30, 90))],
    "Una libreria ha {s} scaffali; ogni scaffale ha {r} ripiani e su ogni ripiano ci sono {l} libri. Durante la settimana vengono venduti {v} libri. Quanti libri restano?",
    [S('a', 'mul', ['s', 'r'], 'il numero di ripiani'),
     S('b', 'mul', ['a', 'l'], 'il numero di libri'),
     S('c', 'sub', ['b', 'v'], 'i libri rimasti')],
    "Restano {c} libri."))
A(T('it06', 'it', [('x', C(5, 6, 8)), ('y', I(20, 80)), ('k', D(lambda v: v['x'] * v['y'])), ('p', M(8, 14, 0.5))],
    "Un contadino raccoglie {k} kg di olive. Da ogni {x} kg di olive si ricava un litro d'olio, che vende a {p} al litro. Quanto guadagna il contadino?",
    [S('l', 'div', ['k', 'x'], "i litri d'olio", u='=l'),
     S('g', 'mul', ['l', 'p'], 'il guadagno', m=True)],
    "Il contadino guadagna {g}."))
A(T('it07', 'it', [('b', I(8, 25)), ('c', I(3, 6)), ('g', I(2, 5)), ('x', C(10, 12, 20, 25))],
    "Alla festa di compleanno di Sofia ci sono {b} bambini. Ogni bambino riceve {c} caramelle e {g} cioccolatini. I dolci si comprano in confezioni da {x} pezzi. Quante confezioni servono?",
    [S('a', 'add', ['c', 'g'], 'i dolci per ogni bambino'),
     S('t', 'mul', ['a', 'b'], 'i dolci in tutto'),
     S('n', 'div', ['t', 'x'], 'il numero di confezioni')],
    "Servono {n} confezioni.",
    ok=lambda v: v['n'] >= 2))
A(T('it08', 'it', [('s', M(10, 30, 5)), ('w', I(6, 20)), ('h', M(30, 120, 10)),
                   ('b', D(lambda v: v['h'] + v['s'] * v['w'], kind='m'))],
    "Luca vuole comprare una bicicletta da {b}. Ha già messo da parte {h} e ogni settimana risparmia {s}. Quante settimane gli servono per avere abbastanza soldi?",
    [S('r', 'sub', ['b', 'h'], 'la cifra che gli manca', m=True),
     S('w2', 'div', ['r', 's'], 'il numero di settimane')],
    "A Luca servono {w2} settimane."))

# ----------------------------------------------------------------- Dutch
A(T('nl01', 'nl', [('n', I(2, 4)), ('p', M(1.5, 3.5, 0.25)), ('m', I(2, 3)), ('q', M(3, 7, 0.5))],
    "Sanne koopt op de markt {n} kilo appels voor {p} per kilo en {m} bossen bloemen voor {q} per bos. Hoeveel moet ze in totaal betalen?",
    [S('a', 'mul', ['n', 'p'], 'de kosten van de appels', m=True, label='Kosten appels'),
     S('b', 'mul', ['m', 'q'], 'de kosten van de bloemen', m=True, label='Kosten bloemen'),
     S('c', 'add', ['a', 'b'], 'het totaalbedrag', m=True, label='Totaal')],
    "Sanne moet in totaal {c} betalen."))
A(T('nl02', 'nl', [('k', I(3, 12)), ('w', I(2, 6))],
    "Daan fietst elke schooldag {k} km naar school en dezelfde afstand weer terug. Een schoolweek heeft 5 dagen. Hoeveel kilometer fietst hij in {w} schoolweken?",
    [S('d', 'mul', ['k', 2], 'de afstand per dag', u='=km', label='Afstand per dag'),
     S('x', 'mul', ['d', 5], 'de afstand per week', u='=km', label='Afstand per week'),
     S('t', 'mul', ['x', 'w'], 'de totale afstand', u='=km', label='Totale afstand')],
    "Daan fietst {t} km in {w} schoolweken."))
A(T('nl03', 'nl', [('p', M(60, 200, 5)), ('pc', P(20, 25, 30, 40, 50)), ('v', M(3.95, 6.95, 1))],
    "Een winterjas kost {p}. In de uitverkoop krijg je {pc} korting. Daarnaast betaal je {v} verzendkosten. Hoeveel betaal je in totaal?",
    [S('d', 'pct', ['p', 'pc'], 'de korting', m=True, label='Korting'),
     S('e', 'sub', ['p', 'd'], 'de prijs na korting', m=True, label='Prijs na korting'),
     S('t', 'add', ['e', 'v'], 'het totaalbedrag', m=True, label='Totaal')],
    "Je betaalt in totaal {t}."))
A(T('nl04', 'nl', [('j', I(10, 16)), ('m', I(10, 16)), ('e', I(3, 8)), ('s', D(lambda v: (v['j'] + v['m']) * v['e']))],
    "In groep 6 zitten {j} jongens en {m} meisjes. De juf verdeelt {s} stickers eerlijk over alle kinderen. Hoeveel stickers krijgt elk kind?",
    [S('t', 'add', ['j', 'm'], 'het aantal kinderen', label='Aantal kinderen'),
     S('x', 'div', ['s', 't'], 'het aantal stickers per kind', label='Stickers per kind')],
    "Elk kind krijgt {x} stickers."))
A(T('nl05', 'nl', [('b', I(60, 150, 5)), ('o', I(5, 20)), ('p', M(2, 3.5, 0.25)), ('k', M(30, 80, 5))],
    "Een bakker bakt elke dag {b} broden en verkoopt ze voor {p} per stuk. Aan het eind van de dag heeft hij nog {o} broden over. Zijn kosten zijn {k} per dag. Hoeveel winst maakt hij die dag?",
    [S('v', 'sub', ['b', 'o'], 'het aantal verkochte broden', label='Verkochte broden'),
     S('g', 'mul', ['v', 'p'], 'de opbrengst', m=True, label='Opbrengst'),
     S('w', 'sub', ['g', 'k'], 'de winst', m=True, label='Winst')],
    "De bakker maakt {w} winst."))
A(T('nl06', 'nl', [('l', C(20, 25, 40, 50)), ('hh', I(2, 6)), ('t', D(lambda v: v['l'] * 60 * v['hh']))],
    "Een zwembad kan {t} liter water bevatten. Er stroomt {l} liter water per minuut in. Hoeveel uur duurt het om het zwembad helemaal te vullen?",
    [S('x', 'div', ['t', 'l'], 'het aantal minuten', u='=min', label='Aantal minuten'),
     S('u', 'div', ['x', 60], 'het aantal uren', label='Aantal uren')],
    "Het duurt {u} uur om het zwembad te vullen."))
A(T('nl07', 'nl', [('h', M(10, 60, 5)), ('z', M(10, 25, 2.5)), ('u', M(2, 8, 0.5)), ('mo', I(3, 10))],
    "Emma heeft {h} in haar spaarpot. Ze krijgt elke maand {z} zakgeld, waarvan ze {u} uitgeeft. De rest doet ze in haar spaarpot. Hoeveel zit er na {mo} maanden in de spaarpot?",
    [S('s', 'sub', ['z', 'u'], 'het bedrag dat ze per maand spaart', m=True, label='Sparen per maand'),
     S('t', 'mul', ['s', 'mo'], 'het gespaarde bedrag', m=True, label='Totaal gespaard'),
     S('e', 'add', ['h', 't'], 'het eindbedrag', m=True, label='Eindbedrag')],
    "Na {mo} maanden zit er {e} in de spaarpot."))
A(T('nl08', 'nl', [('z', I(3, 8)), ('p', M(1.5, 2.5, 0.25)), ('f', I(2, 6)), ('q', M(1.2, 2.4, 0.2)), ('v', C(3, 4, 5))],
    "Voor een verjaardagsfeestje koopt Lotte {z} zakken chips van {p} per zak en {f} flessen limonade van {q} per fles. De kosten worden eerlijk verdeeld over {v} vriendinnen. Hoeveel betaalt ieder?",
    [S('a', 'mul', ['z', 'p'], 'de kosten van de chips', m=True, label='Chips'),
     S('b', 'mul', ['f', 'q'], 'de kosten van de limonade', m=True, label='Limonade'),
     S('c', 'add', ['a', 'b'], 'de totale kosten', m=True, label='Totale kosten'),
     S('e', 'div', ['c', 'v'], 'het bedrag per persoon', m=True, label='Per persoon')],
    "Ieder betaalt {e}."))

# ----------------------------------------------------------------- Chinese
A(T('zh01', 'zh', [('n', I(3, 9)), ('p', M(1.5, 4.5, 0.5)), ('m', I(2, 6)), ('q', M(2, 8, 0.5))],
    "小明买了{n}支铅笔，每支{p}，又买了{m}本练习本，每本{q}。他一共花了多少元？",
    [S('a', 'mul', ['n', 'p'], '铅笔的总价', m=True),
     S('b', 'mul', ['m', 'q'], '练习本的总价', m=True),
     S('c', 'add', ['a', 'b'], '一共花的钱', m=True)],
    "小明一共花了{c}。"))
A(T('zh02', 'zh', [('r', I(5, 12)), ('k', I(8, 15)), ('g', C(20, 25, 30, 40)), ('x', C(10, 20, 25))],
    "果园里有{r}行苹果树，每行{k}棵，每棵树大约收获{g}千克苹果。把这些苹果装进箱子，每箱装{x}千克，一共可以装多少箱？",
    [S('t', 'mul', ['k', 'r'], '苹果树的总棵数', u='棵'),
     S('w', 'mul', ['g', 't'], '苹果的总重量', u='千克'),
     S('n', 'div', ['w', 'x'], '可以装的箱数', u='箱')],
    "一共可以装{n}箱。"))
A(T('zh03', 'zh', [('p', M(120, 480, 20)), ('z', C(6, 7, 8, 9)), ('pc', D(lambda v: v['z'] * 10, kind='p')), ('n', I(2, 5))],
    "一件外套原价{p}，现在商场打{z}折出售。妈妈买了{n}件这样的外套，一共要付多少元？",
    [S('c', 'pct', ['p', 'pc'], '每件外套的现价', m=True),
     S('t', 'mul', ['c', 'n'], '一共要付的钱', m=True)],
    "妈妈一共要付{t}。"))
A(T('zh04', 'zh', [('v', I(60, 90, 5)), ('h', I(2, 5)), ('w', C(40, 45, 50, 60, 75, 80, 90, 100, 120))],
    "一辆汽车从甲地开往乙地，每小时行驶{v}千米，用了{h}小时。返回时每小时行驶{w}千米，返回时用了多少小时？",
    [S('d', 'mul', ['v', 'h'], '甲乙两地的距离', u='千米'),
     S('t', 'div', ['d', 'w'], '返回用的时间', u='小时')],
    "返回时用了{t}小时。",
    ok=lambda v: v['w'] != v['v']))
A(T('zh05', 'zh', [('c', I(3, 6)), ('s', I(35, 45)), ('b', C(45, 50, 55)),
                   ('t', D(lambda v: _fill(v['c'] * v['s'], v['b'], 3, 12)))],
    "学校四年级有{c}个班，每班{s}名学生。春游时，全体学生和{t}名老师一起乘坐大巴车，每辆大巴车坐{b}人，正好坐满。需要几辆大巴车？",
    [S('a', 'mul', ['s', 'c'], '四年级学生的人数', u='名'),
     S('q', 'add', ['a', 't'], '总人数', u='人'),
     S('n', 'div', ['q', 'b'], '需要的大巴车数量', u='辆')],
    "需要{n}辆大巴车。",
    ok=lambda v: v['t'] > 0))
A(T('zh06', 'zh', [('s', M(10, 30, 5)), ('w', I(8, 20)), ('x', M(50, 200, 10))],
    "小红每周存{s}，存了{w}周后，她用存的钱买了一本{x}的词典。她还剩多少元？",
    [S('a', 'mul', ['s', 'w'], '小红一共存的钱', m=True),
     S('r', 'sub', ['a', 'x'], '还剩的钱', m=True)],
    "小红还剩{r}。"))
A(T('zh07', 'zh', [('k', C(25, 30, 40, 50, 60)), ('b', C(25, 50)), ('p', M(80, 200, 10))],
    "学校食堂每天用大米{k}千克。大米每袋{b}千克，每袋{p}。食堂一个月（按30天计算）买大米要花多少元？",
    [S('t', 'mul', ['k', 30], '一个月用米的重量', u='千克'),
     S('n', 'div', ['t', 'b'], '需要的袋数', u='袋'),
     S('c', 'mul', ['p', 'n'], '买大米的钱', m=True)],
    "食堂一个月买大米要花{c}。"))
A(T('zh08', 'zh', [('kk', I(6, 12)), ('m', C(3, 4)), ('d', I(2, 6)), ('f', D(lambda v: v['kk'] * v['m']))],
    "爸爸今年{f}岁，正好是小刚年龄的{m}倍。妈妈比爸爸小{d}岁。小刚和妈妈今年的年龄和是多少岁？",
    [S('k', 'div', ['f', 'm'], '小刚的年龄', u='岁'),
     S('mo', 'sub', ['f', 'd'], '妈妈的年龄', u='岁'),
     S('s', 'add', ['k', 'mo'], '小刚和妈妈的年龄和', u='岁')],
    "小刚和妈妈今年的年龄和是{s}岁。"))

# ----------------------------------------------------------------- Japanese
A(T('ja01', 'ja', [('p', M(80, 200, 10)), ('n', I(2, 6)), ('q', M(30, 80, 10)), ('m', I(3, 8))],
    "りんごを1個{p}で{n}個、みかんを1個{q}で{m}個買いました。代金は全部でいくらですか。",
    [S('a', 'mul', ['p', 'n'], 'りんごの代金', m=True),
     S('b', 'mul', ['q', 'm'], 'みかんの代金', m=True),
     S('c', 'add', ['a', 'b'], '代金の合計', m=True)],
    "代金は全部で{c}です。"))
A(T('ja02', 'ja', [('p', M(120, 250, 10)), ('n', I(2, 5)), ('q', M(80, 150, 10)), ('s', C(1000, 2000, kind='m'))],
    "1冊{p}のノートを{n}冊と、1本{q}のペンを1本買って、{s}札で払いました。おつりはいくらですか。",
    [S('a', 'mul', ['p', 'n'], 'ノートの代金', m=True),
     S('b', 'add', ['a', 'q'], '代金の合計', m=True),
     S('r', 'sub', ['s', 'b'], 'おつり', m=True)],
    "おつりは{r}です。",
    ok=lambda v: v['r'] >= 50))
A(T('ja03', 'ja', [('p', M(1500, 4000, 100)), ('pc', P(10, 20, 30)), ('n', I(2, 4))],
    "定価{p}のシャツが{pc}引きで売られています。このシャツを{n}枚買うと、代金はいくらになりますか。",
    [S('d', 'pct', ['p', 'pc'], '1枚あたりの値引きの金額', m=True),
     S('e', 'sub', ['p', 'd'], '1枚のねだん', m=True),
     S('t', 'mul', ['e', 'n'], '代金', m=True)],
    "代金は{t}になります。"))
A(T('ja04', 'ja', [('k', Dd(1.5, 4, 0.5)), ('d', I(4, 6)), ('w', I(2, 4))],
    "けんたさんは毎朝{k}kmジョギングをしています。1週間のうち{d}日走るとすると、{w}週間で何km走りますか。",
    [S('a', 'mul', ['k', 'd'], '1週間に走る道のり', u='=km', dec=True),
     S('t', 'mul', ['a', 'w'], '{w}週間で走る道のり', u='=km', dec=True)],
    "{w}週間で{t}km走ります。"))
A(T('ja05', 'ja', [('b', I(3, 8)), ('m', C(10, 20, 25, 30, 50)), ('c', I(20, 35))],
    "色紙が{b}束あり、1束に{m}枚入っています。これをクラスの{c}人に同じ数ずつ配ると、1人何枚になりますか。",
    [S('t', 'mul', ['m', 'b'], '色紙の枚数', u='枚'),
     S('e', 'div', ['t', 'c'], '1人分の枚数', u='枚')],
    "1人{e}枚になります。",
    ok=lambda v: v['e'] >= 2))
A(T('ja06', 'ja', [('s', M(500, 3000, 500)), ('mo', I(4, 12)), ('x', M(3000, 9000, 500))],
    "ゆいさんは毎月{s}ずつ貯金しています。{mo}か月たったところで、{x}のゲームを買いました。残りはいくらですか。",
    [S('a', 'mul', ['s', 'mo'], '貯金した金額', m=True),
     S('r', 'sub', ['a', 'x'], '残りの金額', m=True)],
    "残りは{r}です。"))
A(T('ja07', 'ja', [('b', C(40, 45, 50)), ('nb', I(2, 5)), ('t', I(4, 9)), ('c', D(lambda v: v['nb'] * v['b'] - v['t'])),
                   ('p', M(30000, 60000, 5000))],
    "遠足で、児童{c}人と先生{t}人がバスに乗ります。バス1台に{b}人乗ることができ、どのバスも満員になりました。バス1台の料金が{p}のとき、バス代は全部でいくらですか。",
    [S('a', 'add', ['c', 't'], '全員の人数', u='人'),
     S('n', 'div', ['a', 'b'], 'バスの台数', u='台'),
     S('k', 'mul', ['p', 'n'], 'バス代の合計', m=True)],
    "バス代は全部で{k}です。"))
A(T('ja08', 'ja', [('n', I(80, 200, 10)), ('r', I(5, 20)), ('p', M(120, 250, 10)), ('d', I(3, 7))],
    "パン屋さんでは毎日{n}個のパンを焼き、1個{p}で売っています。毎日{r}個売れ残るとすると、{d}日間の売り上げはいくらですか。",
    [S('s', 'sub', ['n', 'r'], '1日に売れるパンの数', u='個'),
     S('a', 'mul', ['p', 's'], '1日の売り上げ', m=True),
     S('b', 'mul', ['a', 'd'], '{d}日間の売り上げ', m=True)],
    "{d}日間の売り上げは{b}です。"))

# ----------------------------------------------------------------- Russian
A(T('ru01', 'ru', [('n', I(2, 8)), ('p', M(25, 90, 5)), ('m', I(2, 6)), ('q', M(15, 45, 5))],
    "Маша купила {n:тетрадь|тетради|тетрадей} по {p!} рублей и {m:ручку|ручки|ручек} по {q!} рублей. Сколько рублей она заплатила за всю покупку?",
    [S('a', 'mul', ['p', 'n'], 'стоимость тетрадей', m=True),
     S('b', 'mul', ['q', 'm'], 'стоимость ручек', m=True),
     S('c', 'add', ['a', 'b'], 'стоимость всей покупки', m=True)],
    "Маша заплатила {c}."))
A(T('ru02', 'ru', [('h', I(2, 5)), ('v', I(60, 90, 5)), ('k', I(2, 4)), ('w', I(50, 80, 5))],
    "Поезд шёл {h} ч со скоростью {v} км/ч, а затем ещё {k} ч со скоростью {w} км/ч. Какое расстояние прошёл поезд?",
    [S('a', 'mul', ['v', 'h'], 'расстояние на первом участке', u='=км'),
     S('b', 'mul', ['w', 'k'], 'расстояние на втором участке', u='=км'),
     S('c', 'add', ['a', 'b'], 'всё расстояние', u='=км')],
    "Поезд прошёл {c} км."))
A(T('ru03', 'ru', [('p', M(2000, 8000, 100)), ('pc', P(10, 15, 20, 25, 30)), ('s', M(500, 1500, 50))],
    "Куртка стоит {p}, шапка — {s}. На куртки действует скидка {pc}. Сколько рублей заплатит покупатель за куртку со скидкой и шапку?",
    [S('d', 'pct', ['p', 'pc'], 'размер скидки', m=True),
     S('e', 'sub', ['p', 'd'], 'цену куртки со скидкой', m=True, label='Цена куртки со скидкой'),
     S('t', 'add', ['e', 's'], 'стоимость всей покупки', m=True)],
    "Покупатель заплатит {t}."))
A(T('ru04', 'ru', [('x', C(10, 12, 15, 20)), ('nb', I(20, 50)), ('k', D(lambda v: v['x'] * v['nb'])), ('s', I(5, 15))],
    "В саду собрали {k} кг яблок и разложили их в ящики по {x} кг. Потом {s:ящик|ящика|ящиков} продали. Сколько ящиков с яблоками осталось?",
    [S('n', 'div', ['k', 'x'], 'число всех ящиков', u='ящ.'),
     S('r', 'sub', ['n', 's'], 'число оставшихся ящиков', u='ящ.')],
    "Осталось {r:ящик|ящика|ящиков}."))
A(T('ru05', 'ru', [('t', I(10, 40, 5)), ('d', I(3, 9)), ('e', I(20, 120)), ('s', D(lambda v: v['t'] * v['d'] + v['e']))],
    "В книге {s:страница|страницы|страниц}. Петя читал по {t} страниц в день и читал так {d:день|дня|дней}. Сколько страниц ему осталось прочитать?",
    [S('r', 'mul', ['t', 'd'], 'число прочитанных страниц', u='стр.'),
     S('o', 'sub', ['s', 'r'], 'число оставшихся страниц', u='стр.')],
    "Пете осталось прочитать {o:страницу|страницы|страниц}."))
A(T('ru06', 'ru', [('h', M(250, 600, 10)), ('n', I(20, 40)), ('w', I(2, 4)), ('b', M(1000, 5000, 500))],
    "Рабочий получает {h} в час и работает {n} ч в неделю. За {w:неделю|недели|недель} работы ему также выплатят премию {b}. Сколько всего получит рабочий?",
    [S('a', 'mul', ['h', 'n'], 'заработок за неделю', m=True),
     S('z', 'mul', ['a', 'w'], 'заработок за {w:неделю|недели|недель}', m=True),
     S('t', 'add', ['z', 'b'], 'весь заработок с премией', m=True)],
    "Рабочий получит {t}."))
A(T('ru07', 'ru', [('f', I(3, 6)), ('x', I(4, 10)), ('e', I(3, 12)), ('b', D(lambda v: v['f'] * v['x'] + v['e']))],
    "У Оли было {b:конфета|конфеты|конфет}. Она съела {e:конфету|конфеты|конфет}, а остальные разделила поровну между {f} подругами. Сколько конфет получила каждая подруга?",
    [S('r', 'sub', ['b', 'e'], 'число оставшихся конфет', u='шт.'),
     S('k', 'div', ['r', 'f'], 'число конфет у каждой подруги', u='шт.')],
    "Каждая подруга получила {k:конфету|конфеты|конфет}."))
A(T('ru08', 'ru', [('l', I(3, 7)), ('w', I(3, 6)), ('p', M(400, 900, 50)), ('m', M(2000, 6000, 500))],
    "Пол в комнате имеет форму прямоугольника длиной {l} м и шириной {w} м. Ламинат стоит {p} за 1 м², а работа мастера — {m}. Сколько рублей стоит ремонт пола?",
    [S('s', 'mul', ['l', 'w'], 'площадь пола', u='=м²'),
     S('c', 'mul', ['p', 's'], 'стоимость ламината', m=True),
     S('t', 'add', ['c', 'm'], 'стоимость всего ремонта', m=True)],
    "Ремонт пола стоит {t}."))

# ----------------------------------------------------------------- Turkish
A(T('tr01', 'tr', [('p', M(10, 30, 2.5)), ('n', I(2, 5)), ('q', M(15, 40, 2.5)), ('m', I(2, 4))],
    "Ayşe pazardan kilosu {p} olan domatesten {n} kilo, kilosu {q} olan biberden {m} kilo aldı. Ayşe toplam kaç TL ödedi?",
    [S('a', 'mul', ['n', 'p'], 'domateslerin tutarını', m=True, label='Domateslerin tutarı'),
     S('b', 'mul', ['m', 'q'], 'biberlerin tutarını', m=True, label='Biberlerin tutarı'),
     S('c', 'add', ['a', 'b'], 'toplam tutarı', m=True, label='Toplam tutar')],
    "Ayşe toplam {c} ödedi."))
A(T('tr02', 'tr', [('t', I(15, 40, 5)), ('d', I(3, 8)), ('e', I(30, 150)), ('s', D(lambda v: v['t'] * v['d'] + v['e']))],
    "Bir kitap {s} sayfadır. Ali her gün {t} sayfa okuyor. {d} gün sonra kitabın bitmesine kaç sayfa kalır?",
    [S('r', 'mul', ['t', 'd'], 'okunan sayfa sayısını', label='Okunan sayfa sayısı'),
     S('k', 'sub', ['s', 'r'], 'kalan sayfa sayısını', label='Kalan sayfa sayısı')],
    "Kitabın bitmesine {k} sayfa kalır."))
A(T('tr03', 'tr', [('p', M(400, 1500, 50)), ('pc', P(10, 20, 25, 30)), ('n', I(2, 3))],
    "Bir ayakkabının fiyatı {p}. Mağaza bu ayakkabıda {pc} indirim yapıyor. Mert indirimli fiyattan {n} çift ayakkabı alırsa kaç TL öder?",
    [S('d', 'pct', ['p', 'pc'], 'indirim miktarını', m=True, label='İndirim miktarı'),
     S('e', 'sub', ['p', 'd'], 'indirimli fiyatı', m=True, label='İndirimli fiyat'),
     S('t', 'mul', ['e', 'n'], 'toplam tutarı', m=True, label='Toplam tutar')],
    "Mert toplam {t} öder."))
A(T('tr04', 'tr', [('c', I(4, 8)), ('s', I(24, 32)), ('b', C(40, 45, 50)),
                   ('o', D(lambda v: _fill(v['c'] * v['s'], v['b'], 3, 12)))],
    "Bir okulda {c} sınıf var ve her sınıfta {s} öğrenci bulunuyor. Geziye tüm öğrenciler ve {o} öğretmen katılacak. Her otobüs {b} kişi alıyor ve otobüslerin hepsi tam dolu gidiyor. Kaç otobüs gerekir?",
    [S('a', 'mul', ['c', 's'], 'öğrenci sayısını', label='Öğrenci sayısı'),
     S('q', 'add', ['a', 'o'], 'toplam kişi sayısını', label='Toplam kişi sayısı'),
     S('n', 'div', ['q', 'b'], 'gereken otobüs sayısını', label='Gereken otobüs sayısı')],
    "Toplam {n} otobüs gerekir.",
    ok=lambda v: v['o'] > 0))
A(T('tr05', 'tr', [('m', M(17000, 40000, 500)), ('k', M(6000, 15000, 500)), ('f', M(1000, 3000, 250)), ('x', I(3, 12))],
    "Mehmet ayda {m} maaş alıyor. Kirasına {k}, faturalarına {f} ödüyor. Geriye kalan parayı biriktirirse {x} ayda ne kadar birikir?",
    [S('g', 'add', ['k', 'f'], 'aylık giderleri', m=True, label='Aylık giderler'),
     S('r', 'sub', ['m', 'g'], 'her ay kalan parayı', m=True, label='Her ay kalan para'),
     S('s', 'mul', ['r', 'x'], 'biriken parayı', m=True, label='Biriken para')],
    "Mehmet {x} ayda {s} biriktirir."))
A(T('tr06', 'tr', [('n', I(80, 250, 10)), ('p', M(10, 20, 2.5))],
    "Bir simitçi günde {n} simit satıyor. Simidin tanesi {p}. Simitçi bir haftada (7 gün) kaç TL kazanır?",
    [S('a', 'mul', ['n', 'p'], 'günlük kazancı', m=True, label='Günlük kazanç'),
     S('b', 'mul', ['a', 7], 'haftalık kazancı', m=True, label='Haftalık kazanç')],
    "Simitçi bir haftada {b} kazanır."))
A(T('tr07', 'tr', [('l', I(10, 30)), ('w', I(6, 20)), ('p', M(40, 120, 5))],
    "Dikdörtgen şeklindeki bir bahçenin uzunluğu {l} metre, genişliği {w} metredir. Bahçenin etrafı tel örgüyle çevrilecek. Tel örgünün metresi {p} olduğuna göre, toplam maliyet kaç TL olur?",
    [S('s', 'add', ['l', 'w'], 'uzunluk ile genişliğin toplamını', u='=m', label='Uzunluk ve genişliğin toplamı'),
     S('c', 'mul', ['s', 2], 'bahçenin çevresini', u='=m', label='Bahçenin çevresi'),
     S('t', 'mul', ['c', 'p'], 'toplam maliyeti', m=True, label='Toplam maliyet')],
    "Toplam maliyet {t} olur."))
A(T('tr08', 'tr', [('a', I(8, 16)), ('d', I(22, 32)), ('k', I(2, 7))],
    "Zeynep {a} yaşındadır. Annesi Zeynep'ten {d} yaş büyüktür, babası ise annesinden {k} yaş büyüktür. Üçünün yaşları toplamı kaçtır?",
    [S('m', 'add', ['a', 'd'], 'annesinin yaşını', label='Annesinin yaşı'),
     S('b', 'add', ['m', 'k'], 'babasının yaşını', label='Babasının yaşı'),
     S('t', 'add', ['a', 'm', 'b'], 'yaşların toplamını', label='Yaşların toplamı')],
    "Üçünün yaşları toplamı {t} olur."))

# ----------------------------------------------------------------- Polish
A(T('pl01', 'pl', [('n', I(2, 9)), ('p', M(2.5, 6, 0.5)), ('m', I(2, 6)), ('q', M(1.5, 4, 0.5))],
    "Ola kupiła {n:zeszyt|zeszyty|zeszytów} po {p} i {m:długopis|długopisy|długopisów} po {q}. Ile zapłaciła za wszystko?",
    [S('a', 'mul', ['n', 'p'], 'koszt zeszytów', m=True),
     S('b', 'mul', ['m', 'q'], 'koszt długopisów', m=True),
     S('c', 'add', ['a', 'b'], 'łączny koszt', m=True)],
    "Ola zapłaciła {c}."))
A(T('pl02', 'pl', [('b', C(45, 50, 55)), ('nb', I(2, 4)), ('o', I(3, 8)), ('u', D(lambda v: v['nb'] * v['b'] - v['o'])),
                   ('k', M(1200, 2500, 100))],
    "Na wycieczkę jedzie {u} uczniów i {o} nauczycieli. Jeden autokar ma {b} miejsc, a wszystkie autokary są całkowicie zajęte. Wynajęcie jednego autokaru kosztuje {k}. Ile kosztuje wynajęcie wszystkich autokarów?",
    [S('t', 'add', ['u', 'o'], 'liczbę wszystkich uczestników', label='Liczba uczestników'),
     S('n', 'div', ['t', 'b'], 'liczbę autokarów', label='Liczba autokarów'),
     S('c', 'mul', ['n', 'k'], 'koszt wynajmu', m=True, label='Koszt wynajmu')],
    "Wynajęcie autokarów kosztuje {c}."))
A(T('pl03', 'pl', [('p', M(600, 2000, 50)), ('pc', P(10, 15, 20, 25)), ('n', I(2, 4))],
    "Rower kosztuje {p}. W promocji jego cena jest obniżona o {pc}. Tata kupuje w promocji {n:rower|rowery|rowerów}. Ile zapłaci?",
    [S('d', 'pct', ['p', 'pc'], 'kwotę obniżki', m=True, label='Kwota obniżki'),
     S('e', 'sub', ['p', 'd'], 'cenę jednego roweru w promocji', m=True, label='Cena roweru w promocji'),
     S('t', 'mul', ['e', 'n'], 'łączną kwotę', m=True, label='Łączna kwota')],
    "Tata zapłaci {t}."))
A(T('pl04', 'pl', [('s', M(28, 45, 0.5)), ('h', I(5, 8)), ('d', I(10, 22)), ('x', M(150, 400, 10))],
    "Pan Kowalski zarabia {s} za godzinę pracy. Pracuje {h} godzin dziennie przez {d} dni w miesiącu. Z wypłaty odkłada {x} na dojazdy. Ile pieniędzy mu zostaje?",
    [S('a', 'mul', ['s', 'h'], 'zarobek dzienny', m=True),
     S('b', 'mul', ['a', 'd'], 'zarobek miesięczny', m=True),
     S('r', 'sub', ['b', 'x'], 'kwotę, która zostaje', m=True, label='Pozostała kwota')],
    "Panu Kowalskiemu zostaje {r}."))
A(T('pl05', 'pl', [('r', I(5, 11)), ('k', I(5, 11)), ('z', I(20, 60, 5)), ('x', C(10, 15, 20, 25))],
    "W sadzie rośnie {r} rzędów jabłoni, po {k} drzew w każdym rzędzie. Z każdego drzewa zebrano {z} kg jabłek. Jabłka zapakowano do skrzynek po {x} kg. Ile skrzynek zapełniono?",
    [S('t', 'mul', ['r', 'k'], 'liczbę drzew', label='Liczba drzew'),
     S('w', 'mul', ['t', 'z'], 'masę zebranych jabłek', u='=kg', label='Masa jabłek'),
     S('n', 'div', ['w', 'x'], 'liczbę skrzynek', label='Liczba skrzynek')],
    "Zapełniono {n:skrzynkę|skrzynki|skrzynek}."))
A(T('pl06', 'pl', [('k', M(20, 50, 5)), ('w', M(5, 15, 2.5)), ('t', I(4, 12))],
    "Kasia dostaje {k} kieszonkowego co tydzień. Co tydzień wydaje {w} na słodycze, a resztę odkłada. Ile zaoszczędzi w ciągu {t:tygodnia|tygodni|tygodni}?",
    [S('s', 'sub', ['k', 'w'], 'kwotę odkładaną co tydzień', m=True, label='Oszczędność tygodniowa'),
     S('o', 'mul', ['s', 't'], 'łączne oszczędności', m=True)],
    "Kasia zaoszczędzi {o}."))
A(T('pl07', 'pl', [('l', Dd(5.5, 8.5, 1)), ('d', I(200, 800, 100)), ('p', M(5.8, 6.8, 0.1))],
    "Samochód pana Nowaka spala średnio {l} litra benzyny na 100 km. Pan Nowak przejechał {d} km. Litr benzyny kosztuje {p}. Ile zapłacił za paliwo?",
    [S('a', 'div', ['d', 100], 'liczbę setek kilometrów', label='Liczba setek kilometrów'),
     S('f', 'mul', ['a', 'l'], 'zużycie paliwa', u='=l', dec=True),
     S('c', 'mul', ['f', 'p'], 'koszt paliwa', m=True)],
    "Pan Nowak zapłacił za paliwo {c}."))
A(T('pl08', 'pl', [('t', I(2, 4)), ('k', C(8, 10, 12, 16)), ('s', I(3, 6)), ('e', I(2, 6)),
                   ('z', D(lambda v: v['t'] * v['k'] - v['s'] * v['e']))],
    "Na przyjęcie urodzinowe mama upiekła {t:ciasto|ciasta|ciast}, każde pokrojone na {k} kawałków. Goście zjedli {z} kawałków, a resztę mama rozdała po równo {s} sąsiadom. Ile kawałków dostał każdy sąsiad?",
    [S('a', 'mul', ['t', 'k'], 'liczbę wszystkich kawałków', label='Liczba kawałków'),
     S('r', 'sub', ['a', 'z'], 'liczbę pozostałych kawałków', label='Pozostałe kawałki'),
     S('x', 'div', ['r', 's'], 'liczbę kawałków dla jednego sąsiada', label='Kawałki dla jednego sąsiada')],
    "Każdy sąsiad dostał {x:kawałek|kawałki|kawałków}.",
    ok=lambda v: 5 <= v['z'] <= 21))

# ----------------------------------------------------------------- Indonesian
A(T('id01', 'id', [('n', I(2, 6)), ('p', M(12000, 25000, 500)), ('m', I(2, 6)), ('q', M(3000, 6000, 500))],
    "Budi membeli {n} bungkus nasi goreng seharga {p} per bungkus dan {m} gelas es teh seharga {q} per gelas. Berapa total uang yang harus dibayar Budi?",
    [S('a', 'mul', ['n', 'p'], 'harga nasi goreng', m=True),
     S('b', 'mul', ['m', 'q'], 'harga es teh', m=True),
     S('c', 'add', ['a', 'b'], 'total pembayaran', m=True)],
    "Budi harus membayar {c}."))
A(T('id02', 'id', [('k', I(50, 200, 10)), ('s', I(5, 20)), ('p', M(25000, 60000, 1000))],
    "Pak Joko memanen {k} kg cabai. Sebanyak {s} kg cabai ternyata busuk dan dibuang. Sisanya dijual dengan harga {p} per kg. Berapa uang yang diterima Pak Joko?",
    [S('r', 'sub', ['k', 's'], 'berat cabai yang dijual', u='=kg'),
     S('x', 'mul', ['r', 'p'], 'uang yang diterima', m=True)],
    "Pak Joko menerima {x}."))
A(T('id03', 'id', [('p', M(150000, 400000, 10000)), ('pc', P(10, 20, 25, 30)), ('n', I(2, 3))],
    "Harga sebuah tas {p}. Toko memberikan diskon {pc}. Ani membeli {n} tas. Berapa yang harus dibayar Ani?",
    [S('d', 'pct', ['p', 'pc'], 'besar diskon per tas', m=True),
     S('e', 'sub', ['p', 'd'], 'harga tas setelah diskon', m=True),
     S('t', 'mul', ['e', 'n'], 'total yang harus dibayar', m=True)],
    "Ani harus membayar {t}."))
A(T('id04', 'id', [('a', I(25, 45)), ('t', I(5, 15)), ('n', I(3, 12)), ('t2', I(4, 15))],
    "Sebuah bus berangkat dari terminal membawa {a} penumpang. Di halte pertama, {t} penumpang turun dan {n} penumpang naik. Di halte kedua, {t2} penumpang turun. Berapa jumlah penumpang di dalam bus sekarang?",
    [S('b', 'sub', ['a', 't'], 'penumpang setelah ada yang turun di halte pertama'),
     S('c', 'add', ['b', 'n'], 'penumpang setelah ada yang naik'),
     S('d', 'sub', ['c', 't2'], 'penumpang setelah halte kedua')],
    "Sekarang ada {d} penumpang di dalam bus."))
A(T('id05', 'id', [('s', M(10000, 50000, 5000)), ('w', I(8, 20)), ('h', M(100000, 300000, 25000))],
    "Siti menabung {s} setiap minggu. Setelah {w} minggu, ia membeli sepatu seharga {h}. Berapa sisa tabungan Siti?",
    [S('a', 'mul', ['s', 'w'], 'jumlah tabungan Siti', m=True),
     S('r', 'sub', ['a', 'h'], 'sisa tabungan', m=True)],
    "Sisa tabungan Siti adalah {r}."))
A(T('id06', 'id', [('b', I(2, 6)), ('p', C(8, 10, 12, 16, 20)), ('o', I(3, 10))],
    "Ibu membuat {b} loyang kue bolu. Setiap loyang dipotong menjadi {p} potong. Semua kue dibagikan sama rata kepada {o} tetangga. Berapa potong kue yang diterima setiap tetangga?",
    [S('t', 'mul', ['b', 'p'], 'jumlah potongan kue'),
     S('e', 'div', ['t', 'o'], 'potongan kue untuk setiap tetangga')],
    "Setiap tetangga menerima {e} potong kue.",
    ok=lambda v: v['e'] >= 2))
A(T('id07', 'id', [('a', C(10, 12, 14, 15)), ('l', I(3, 8)), ('j', D(lambda v: v['a'] * v['l'])), ('y', I(5, 20)),
                   ('d', D(lambda v: v['a'] * v['y'])), ('p', M(10000, 13000, 500))],
    "Sebuah mobil dapat menempuh {j} km dengan {l} liter bensin. Mobil itu akan menempuh perjalanan sejauh {d} km. Jika harga bensin {p} per liter, berapa biaya bensin yang diperlukan?",
    [S('x', 'div', ['j', 'l'], 'jarak yang ditempuh dengan 1 liter bensin', u='=km'),
     S('b', 'div', ['d', 'x'], 'bensin yang diperlukan', u='=liter'),
     S('c', 'mul', ['b', 'p'], 'biaya bensin', m=True)],
    "Biaya bensin yang diperlukan adalah {c}.",
    ok=lambda v: v['y'] != v['l']))
A(T('id08', 'id', [('k', I(4, 8)), ('s', I(25, 36)), ('i', M(5000, 20000, 5000)), ('x', M(100000, 500000, 50000))],
    "Di sebuah sekolah ada {k} kelas, masing-masing berisi {s} siswa. Setiap siswa membayar iuran {i} untuk acara perpisahan. Biaya sewa gedung sebesar {x} dibayar dari iuran itu. Berapa sisa uang iuran?",
    [S('t', 'mul', ['k', 's'], 'jumlah seluruh siswa'),
     S('u', 'mul', ['t', 'i'], 'total iuran yang terkumpul', m=True),
     S('r', 'sub', ['u', 'x'], 'sisa uang iuran', m=True)],
    "Sisa uang iuran adalah {r}."))
