"""Density = mass / volume templates."""
from tpl_dsl import T, S, nm


def _g(r):
    L, W, H = r.choice([2, 3, 4, 5, 6]), r.choice([2, 3, 4, 5]), r.choice([2, 4, 5, 10])
    d = r.choice([0.5, 0.6, 0.8, 1.2, 2.5, 2.7, 7.8, 8.9, 11.3, 0.9])
    return dict(L=L, W=W, H=H, m=d * L * W * H)


T('density_block',
  'A rectangular block measures {L} cm by {W} cm by {H} cm and has a mass of {m} g. What is its density in g/cm³?',
  _g, dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height'), m=('g', 'mass')),
  [S('V', 'L * W * H', 'cm3', 'the volume of the block', f='Volume = Length * Width * Height'),
   S('d', 'm / V', 'g/cm3', 'the density', f='Density = Mass / Volume')],
  'the density of the block')


def _g(r):
    return dict(V=r.choice([250, 500, 750, 1000, 1500, 2000]), d=r.choice([0.8, 0.92, 1.03, 1.2, 1.4, 0.7]))


T('liquid_mass_kg',
  'A container holds {V} mL of a liquid with a density of {d} g/mL. What is the mass of the liquid in kilograms?', _g,
  dict(V=('mL', 'volume'), d=('g/mL', 'density')),
  [S('m', 'd * V', 'g', 'the mass in grams', f='Mass = Density * Volume'),
   S('kg', 'm / 1000[g/kg]', 'kg', 'the mass in kilograms', dp=3)],
  'the mass of the liquid in kilograms')


def _g(r):
    d = r.choice([2.5, 2.7, 7.8, 8, 8.9, 11.3, 10.5])
    v = r.choice([4, 5, 6, 8, 10, 12, 20])
    return dict(name=nm(r), m=d * v, d=d, V0=r.choice([40, 50, 60, 75, 100]))


T('cylinder_water_level',
  '{name} drops a metal piece with a mass of {m} g into a graduated cylinder that holds {V0} mL of water. The metal has '
  'a density of {d} g/cm³. What will the new water level read, in mL? (1 cm³ = 1 mL)', _g,
  dict(m=('g', 'mass'), d=('g/cm3', 'density'), V0=('mL', 'starting water level')),
  [S('v', 'm / d', 'cm3', 'the volume of the metal', f='Volume = Mass / Density'),
   S('lvl', 'V0 + v', 'mL', 'the new water level')],
  'the new water level')


def _g(r):
    V1 = r.choice([30, 40, 50, 60, 45])
    v = r.choice([8, 10, 12, 15, 20, 25])
    return dict(name=nm(r), V1=V1, V2=V1 + v, m=v * r.choice([2.4, 2.6, 3, 2.5, 2.8, 3.2]))


T('rock_displacement_density',
  "{name} measures a rock's density. A graduated cylinder has {V1} mL of water; after the rock is dropped in, the "
  'level is {V2} mL. The rock has a mass of {m} g. What is its density in g/cm³?', _g,
  dict(V1=('mL', 'starting level'), V2=('mL', 'final level'), m=('g', 'mass')),
  [S('v', 'V2 - V1', 'cm3', 'the volume of the rock'),
   S('d', 'm / v', 'g/cm3', 'the density of the rock', f='Density = Mass / Volume')],
  'the density of the rock')


def _g(r):
    V = r.choice([50, 80, 100, 120, 200, 250])
    d = r.choice([1.2, 1.5, 1.8, 2.2, 2.5, 1.4])
    return dict(m=d * V, V=V)


T('denser_than_water',
  'An object has a mass of {m} g and a volume of {V} cm³. Water has a density of 1 g/cm³. By how many g/cm³ is the '
  "object's density greater than water's?", _g,
  dict(m=('g', 'mass'), V=('cm3', 'volume')),
  [S('d', 'm / V', 'g/cm3', "the object's density", f='Density = Mass / Volume'),
   S('diff', 'd - 1[g/cm3]', 'g/cm3', 'the difference from water')],
  "the difference between the object's density and water's")


def _g(r):
    return dict(L=r.choice([10, 15, 20, 18]), W=r.choice([5, 6, 8, 4]), H=r.choice([2, 3, 4, 5]))


T('gold_bar_mass',
  'Gold has a density of 19.3 g/cm³. A gold bar measures {L} cm by {W} cm by {H} cm. What is the mass of the bar in '
  'kilograms?', _g, dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height')),
  [S('V', 'L * W * H', 'cm3', 'the volume of the bar', f='Volume = Length * Width * Height'),
   S('m', 'V * 19.3[g/cm3]', 'g', 'the mass in grams', f='Mass = Density * Volume'),
   S('kg', 'm / 1000[g/kg]', 'kg', 'the mass in kilograms', dp=3)],
  'the mass of the gold bar')


def _g(r):
    return dict(L=r.choice([40, 50, 60, 80]), W=r.choice([25, 30, 40]), H=r.choice([30, 40, 50, 25]),
                e=r.choice([8, 10, 12, 15, 9]))


T('aquarium_total_mass',
  'An empty aquarium has a mass of {e} kg. Inside it measures {L} cm long, {W} cm wide and {H} cm high, and it is '
  'filled to the top with water. One liter of water has a mass of 1 kg. What is the total mass of the filled '
  'aquarium?', _g,
  dict(e=('kg', 'empty mass'), L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height')),
  [S('V', 'L * W * H', 'cm3', 'the volume of water', f='Volume = Length * Width * Height'),
   S('Lt', 'V / 1000[cm3/L]', 'L', 'the volume in liters'),
   S('mw', 'Lt * 1[kg/L]', 'kg', 'the mass of the water'),
   S('tot', 'mw + e', 'kg', 'the total mass')],
  'the total mass of the filled aquarium')


def _g(r):
    L, W, H = r.choice([0.5, 1, 2]), r.choice([0.4, 0.5, 1]), r.choice([0.2, 0.3, 0.5])
    d = r.choice([2400, 2300, 2500, 800, 600])
    return dict(L=L, W=W, H=H, m=d * L * W * H)


T('density_kg_m3',
  'A slab measures {L} m by {W} m by {H} m and has a mass of {m} kg. What is its density in kg/m³?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), H=('m', 'height'), m=('kg', 'mass')),
  [S('V', 'L * W * H', 'm3', 'the volume', f='Volume = Length * Width * Height', dp=3),
   S('d', 'm / V', 'kg/m3', 'the density', f='Density = Mass / Volume')],
  'the density of the slab')


def _g(r):
    return dict(V=r.choice([500, 750, 1000, 250]), d=r.choice([0.92, 0.9, 0.8, 0.88]), g=r.choice([350, 400, 300, 450]))


T('oil_bottle_mass',
  'Olive oil has a density of {d} g/mL. A glass bottle with a mass of {g} g is filled with {V} mL of oil. What is the '
  'total mass of the full bottle in grams?', _g,
  dict(d=('g/mL', 'oil density'), g=('g', 'bottle mass'), V=('mL', 'oil volume')),
  [S('m', 'd * V', 'g', 'the mass of the oil', f='Mass = Density * Volume'),
   S('tot', 'm + g', 'g', 'the total mass')],
  'the total mass of the bottle')


def _g(r):
    d1 = r.choice([1, 1.2, 0.8])
    return dict(d1=d1, V1=r.choice([200, 300, 400, 100]), d2=r.choice([x for x in [0.8, 1.5, 1.4, 0.7] if x != d1]),
                V2=r.choice([100, 200, 300, 400]))


T('mixture_density',
  'A student mixes {V1} mL of a liquid with density {d1} g/mL and {V2} mL of another liquid with density {d2} g/mL. '
  'Assuming the volumes simply add, what is the density of the mixture?', _g,
  dict(V1=('mL', 'first volume'), d1=('g/mL', 'first density'), V2=('mL', 'second volume'), d2=('g/mL', 'second density')),
  [S('m1', 'd1 * V1', 'g', 'the mass of the first liquid'),
   S('m2', 'd2 * V2', 'g', 'the mass of the second liquid'),
   S('M', 'm1 + m2', 'g', 'the total mass'),
   S('V', 'V1 + V2', 'mL', 'the total volume'),
   S('d', 'M / V', 'g/mL', 'the density of the mixture', f='Density = Mass / Volume', dp=3)],
  'the density of the mixture')


def _g(r):
    return dict(m=9 * r.choice([10, 20, 30, 40, 50, 100, 25]))


T('ice_expansion',
  'Water has a density of 1 g/cm³ and ice has a density of 0.9 g/cm³. When {m} g of water freezes, by how many cubic '
  'centimeters does its volume increase?', _g,
  dict(m=('g', 'mass of water')),
  [S('vw', 'm / 1[g/cm3]', 'cm3', 'the volume of the water'),
   S('vi', 'm / 0.9[g/cm3]', 'cm3', 'the volume of the ice', f='Volume = Mass / Density'),
   S('inc', 'vi - vw', 'cm3', 'the increase in volume')],
  'the increase in volume')


def _g(r):
    return dict(L=r.choice([100, 120, 150, 200]), W=r.choice([10, 15, 20, 25]), H=r.choice([2, 3, 4, 5]),
                d=r.choice([0.5, 0.6, 0.7, 0.8, 0.45]))


T('plank_mass_kg',
  'A wooden plank is {L} cm long, {W} cm wide and {H} cm thick. The wood has a density of {d} g/cm³. What is the mass '
  'of the plank in kilograms?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'thickness'), d=('g/cm3', 'density')),
  [S('V', 'L * W * H', 'cm3', 'the volume of the plank', f='Volume = Length * Width * Height'),
   S('m', 'd * V', 'g', 'the mass in grams', f='Mass = Density * Volume'),
   S('kg', 'm / 1000[g/kg]', 'kg', 'the mass in kilograms', dp=3)],
  'the mass of the plank in kilograms')


def _g(r):
    return dict(L=r.choice([1, 2, 1.5]), W=r.choice([1, 2, 0.5]), H=r.choice([0.5, 0.25, 1]),
                b=r.choice([25, 40, 50, 20]))


T('sand_bags_count',
  'Dry sand has a density of 1,600 kg/m³. A sandbox is {L} m long, {W} m wide and {H} m deep. How many {b} kg bags of '
  'sand are needed to fill it?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), H=('m', 'depth'), b=('kg', 'bag mass')),
  [S('V', 'L * W * H', 'm3', 'the volume of the sandbox', f='Volume = Length * Width * Height', dp=3),
   S('m', 'V * 1600[kg/m3]', 'kg', 'the mass of sand needed', f='Mass = Density * Volume'),
   S('n', 'm / b', 'bags', 'the number of bags')],
  'the number of bags needed')
