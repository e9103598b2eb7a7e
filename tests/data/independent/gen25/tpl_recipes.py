"""Scaled recipe templates."""
from tpl_dsl import T, S, nm


def _g(r):
    n1 = r.choice([4, 6, 8])
    return dict(name=nm(r), n1=n1, g=n1 * r.choice([40, 50, 60, 75, 80, 45]), n2=r.choice([10, 12, 15, 18, 20, 3, 5]))


T('recipe_scale_people',
  'A pasta recipe for {n1} people uses {g} g of flour. {name} wants to make it for {n2} people. How many grams of flour '
  'are needed?', _g,
  dict(n1=('people', 'original servings'), g=('g', 'flour'), n2=('people', 'new servings')),
  [S('per', 'g / n1', 'g', 'the flour per person'),
   S('new', 'per * n2', 'g', 'the flour for {n2} people')],
  'the amount of flour needed')


def _g(r):
    c = r.choice([12, 16, 20, 24, 30])
    return dict(c=c, s=r.choice([150, 180, 200, 225, 250]), N=c * r.choice([3, 4, 5, 6, 8]))


T('cookie_sugar_kg',
  'One batch of cookies makes {c} cookies and uses {s} g of sugar. A bake sale needs {N} cookies. How many kilograms of '
  'sugar are needed?', _g,
  dict(c=('cookies', 'cookies per batch'), s=('g', 'sugar per batch'), N=('cookies', 'cookies needed')),
  [S('b', 'N / c', 'batches', 'the number of batches'),
   S('sg', 'b * s', 'g', 'the sugar in grams'),
   S('kg', 'sg / 1000[g/kg]', 'kg', 'the sugar in kilograms', dp=3)],
  'the amount of sugar in kilograms')


def _g(r):
    return dict(m=r.choice([200, 250, 300, 400]), p=r.choice([8, 10, 12]), P=r.choice([40, 48, 60, 72, 80, 120]))


T('pancake_milk_liters',
  'A pancake recipe uses {m} mL of milk to make {p} pancakes. How many liters of milk are needed for {P} pancakes?', _g,
  dict(m=('mL', 'milk'), p=('pancakes', 'pancakes per batch'), P=('pancakes', 'pancakes needed')),
  [S('per', 'm / p', 'mL', 'the milk per pancake'),
   S('tot', 'per * P', 'mL', 'the milk for {P} pancakes'),
   S('L', 'tot / 1000[mL/L]', 'L', 'the milk in liters', dp=3)],
  'the amount of milk in liters')


def _g(r):
    return dict(n1=r.choice([4, 8, 6]), x=r.choice([1.5, 2, 3, 2.5, 0.75]), n2=r.choice([10, 12, 6, 14, 20]))


T('recipe_scale_factor_cups',
  'A soup recipe serves {n1} and calls for {x} cups of broth. How many cups of broth are needed to serve {n2}?', _g,
  dict(n1=('servings', 'original servings'), x=('cup', 'broth'), n2=('servings', 'new servings')),
  [S('f', 'n2 / n1', None, 'the scale factor', f='Scale factor = New servings / Original servings'),
   S('c', 'x * f', 'cup', 'the broth needed')],
  'the amount of broth needed')


def _g(r):
    k = r.choice([3, 4, 5, 7, 9])
    return dict(k=k, V=r.choice([2, 2.5, 3, 4, 1.5, 5]))


T('lemonade_concentrate_ml',
  'Lemonade is made by mixing 1 part concentrate with {k} parts water. How many milliliters of concentrate are in {V} L '
  'of lemonade?', _g,
  dict(k=('parts', 'parts of water'), V=('L', 'lemonade')),
  [S('ml', 'V * 1000[mL/L]', 'mL', 'the lemonade in milliliters'),
   S('parts', 'k + 1', 'parts', 'the total number of parts'),
   S('conc', 'ml / parts', 'mL', 'the concentrate')],
  'the amount of concentrate')


def _g(r):
    return dict(f=r.choice([450, 500, 400, 550, 600]), n=r.choice([12, 15, 20, 24, 30]), d=r.choice([5, 6, 7]))


T('bakery_flour_kg',
  'A bakery uses {f} g of flour for each loaf of bread. It bakes {n} loaves a day for {d} days. How many kilograms of '
  'flour does it use?', _g,
  dict(f=('g', 'flour per loaf'), n=('loaves', 'loaves per day'), d=('day', 'number of days')),
  [S('pd', 'f * n', 'g', 'the flour per day'),
   S('tot', 'pd * d', 'g', 'the flour for {d} days'),
   S('kg', 'tot / 1000[g/kg]', 'kg', 'the flour in kilograms')],
  'the amount of flour in kilograms')


def _g(r):
    return dict(name=nm(r), g=r.choice([120, 150, 200, 125, 250]), n=r.choice([4, 6, 8, 10]), p=r.choice([8, 10, 12, 16, 9]))


T('smoothie_berry_cost',
  'Each smoothie {name} makes uses {g} g of frozen berries. Berries cost ${p} per kilogram. How much do the berries cost '
  'for {n} smoothies?', _g,
  dict(g=('g', 'berries per smoothie'), n=('smoothies', 'number of smoothies'), p=('$/kg', 'price')),
  [S('tot', 'g * n', 'g', 'the berries in grams'),
   S('kg', 'tot / 1000[g/kg]', 'kg', 'the berries in kilograms'),
   S('cost', 'kg * p', '$', 'the cost')],
  'the cost of the berries')


def _g(r):
    n1 = r.choice([4, 6, 8])
    return dict(n1=n1, t=n1 * r.choice([0.25, 0.5, 0.75]), n2=r.choice([2, 10, 12, 14, 16]))


T('soup_salt_teaspoons',
  'A stew recipe for {n1} people uses {t} teaspoons of salt. How many teaspoons are needed for {n2} people?', _g,
  dict(n1=('people', 'original servings'), t=('tsp', 'salt'), n2=('people', 'new servings')),
  [S('per', 't / n1', 'tsp', 'the salt per person'),
   S('new', 'per * n2', 'tsp', 'the salt for {n2} people')],
  'the amount of salt needed')


def _g(r):
    return dict(P=3 * r.choice([4, 5, 6, 8, 10]), w=r.choice([2, 1.5, 1.25]))


T('rice_water_cups',
  'One cup of dry rice feeds 3 people, and each cup of rice is cooked in {w} cups of water. How many cups of water are '
  'needed to cook rice for {P} people?', _g,
  dict(P=('people', 'number of people'), w=('cup', 'water per cup of rice')),
  [S('rc', 'P / 3', 'cup', 'the cups of rice'),
   S('wc', 'rc * w', 'cup', 'the cups of water')],
  'the amount of water needed')


def _g(r):
    s = r.choice([20, 18])
    return dict(s=s, L=r.choice([30, 36, 40]), W=r.choice([20, 24, 27, 30]), x=r.choice([200, 240, 250, 300]))


T('cake_pan_scale',
  'A cake recipe is for a square pan {s} cm on each side and uses {x} g of flour. How much flour is needed for a '
  'rectangular pan that is {L} cm by {W} cm, keeping the same thickness?', _g,
  dict(s=('cm', 'square pan side'), x=('g', 'flour'), L=('cm', 'new length'), W=('cm', 'new width')),
  [S('a1', 's * s', 'cm2', 'the area of the square pan'),
   S('a2', 'L * W', 'cm2', 'the area of the rectangular pan'),
   S('f', 'a2 / a1', None, 'the scale factor', dp=3),
   S('fl', 'x * f', 'g', 'the flour needed')],
  'the flour needed')
