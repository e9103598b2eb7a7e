"""Tiny DSL used by the template modules."""
TEMPLATES = []

NAMES = ['Maya', 'Liam', 'Sofia', 'Noah', 'Aisha', 'Ethan', 'Priya', 'Lucas', 'Chloe', 'Mateo', 'Hana',
         'Omar', 'Grace', 'Leo', 'Zara', 'Daniel', 'Mei', 'Jonah', 'Elena', 'Kofi', 'Ruby', 'Tariq',
         'Isla', 'Diego', 'Nora', 'Sam', 'Ava', 'Ben', 'Lena', 'Ravi']


def nm(r):
    return r.choice(NAMES)


def T(name, problem, gen, params, steps, ask, neg=False):
    TEMPLATES.append(dict(name=name, problem=problem, gen=gen, params=params, steps=steps, ask=ask, neg=neg))


def S(var, expr, unit, desc, f=None, say=None, dp=None):
    return dict(var=var, expr=expr, unit=unit, desc=desc, f=f, say=say, dp=dp)
