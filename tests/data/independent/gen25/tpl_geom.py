"""Area and volume templates (rectangles and boxes)."""
from tpl_dsl import T, S, nm


def _g(r):
    s = r.choice([20, 25, 40, 50])
    return dict(L=r.choice([3, 4, 5, 6, 4.5, 3.5]), W=r.choice([2, 3, 4, 2.5]), s=s)


T('floor_tiles_count',
  'A bathroom floor is {L} m long and {W} m wide. It will be covered with square tiles that are {s} cm on each side. '
  'How many tiles are needed?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), s=('cm', 'tile side')),
  [S('A', 'L * W', 'm2', 'the floor area in square meters', f='Area = Length * Width'),
   S('Acm', 'A * 10000[cm2/m2]', 'cm2', 'the floor area in square centimeters'),
   S('ta', 's * s', 'cm2', 'the area of one tile'),
   S('n', 'Acm / ta', 'tiles', 'the number of tiles')],
  'the number of tiles needed')


def _g(r):
    return dict(L=r.choice([4, 5, 6, 8, 10, 12]), H=r.choice([2.5, 3, 2.4, 2]), c=r.choice([2, 3]),
                k=r.choice([10, 12, 8, 6, 5]))


T('paint_wall_liters',
  'A wall is {L} m long and {H} m high. It needs {c} coats of paint, and one liter of paint covers {k} m². How many '
  'liters of paint are needed?', _g,
  dict(L=('m', 'length'), H=('m', 'height'), c=('coats', 'number of coats'), k=('m2/L', 'coverage')),
  [S('A', 'L * H', 'm2', 'the wall area', f='Area = Length * Height'),
   S('tot', 'A * c', 'm2', 'the total area to paint'),
   S('Lt', 'tot / k', 'L', 'the paint needed', f='Paint = Area / Coverage')],
  'the amount of paint needed')


def _g(r):
    return dict(name=nm(r), L=r.choice([8, 10, 12, 15, 20, 9]), W=r.choice([5, 6, 7, 8, 4.5]),
                p=r.choice([12, 15, 8.5, 9, 20, 14]))


T('fence_cost_perimeter',
  "{name}'s rectangular garden is {L} m long and {W} m wide. Fencing costs ${p} per meter. How much will it cost to "
  'fence the whole garden?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), p=('$/m', 'price per meter')),
  [S('P', '(L + W) * 2', 'm', 'the perimeter', f='Perimeter = 2 * (Length + Width)'),
   S('cost', 'P * p', '$', 'the cost of the fence')],
  'the cost of the fence')


def _g(r):
    return dict(L=r.choice([20, 25, 30, 40, 50]), W=r.choice([10, 15, 20, 12]), H=r.choice([10, 15, 20, 12, 8]))


T('box_volume_liters',
  'A storage box is {L} cm long, {W} cm wide and {H} cm tall. How many liters does it hold? (1 L = 1,000 cm³)', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height')),
  [S('V', 'L * W * H', 'cm3', 'the volume in cubic centimeters', f='Volume = Length * Width * Height'),
   S('Lt', 'V / 1000[cm3/L]', 'L', 'the volume in liters', dp=3)],
  'the volume of the box in liters')


def _g(r):
    H = r.choice([30, 40, 50])
    return dict(L=r.choice([50, 60, 80, 100]), W=r.choice([25, 30, 40]), H=H, h=H - r.choice([5, 10]))


T('aquarium_partial_fill',
  'An aquarium is {L} cm long, {W} cm wide and {H} cm tall. It is filled with water to a height of {h} cm. How many '
  'liters of water are in it?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'tank height'), h=('cm', 'water height')),
  [S('V', 'L * W * h', 'cm3', 'the volume of water in cm³', f='Volume = Length * Width * Water height'),
   S('Lt', 'V / 1000[cm3/L]', 'L', 'the volume of water in liters')],
  'the amount of water in liters')


def _g(r):
    return dict(L=r.choice([8, 10, 12, 15, 20]), W=r.choice([4, 5, 6, 8]), D=r.choice([1.2, 1.5, 2, 1.8]))


T('pool_volume_liters',
  'A rectangular swimming pool is {L} m long, {W} m wide and {D} m deep. How many liters of water does it hold when '
  'full? (1 m³ = 1,000 L)', _g,
  dict(L=('m', 'length'), W=('m', 'width'), D=('m', 'depth')),
  [S('V', 'L * W * D', 'm3', 'the volume in cubic meters', f='Volume = Length * Width * Depth'),
   S('Lt', 'V * 1000[L/m3]', 'L', 'the volume in liters')],
  'the volume of the pool in liters')


def _g(r):
    e = r.choice([2, 4, 5, 10])
    return dict(e=e, L=e * r.choice([5, 6, 8, 10]), W=e * r.choice([3, 4, 5]), H=e * r.choice([2, 3, 4]))


T('cubes_in_box',
  'How many cubes with edges of {e} cm can be packed into a box that is {L} cm long, {W} cm wide and {H} cm tall?', _g,
  dict(e=('cm', 'cube edge'), L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height')),
  [S('Vb', 'L * W * H', 'cm3', 'the volume of the box', f='Volume = Length * Width * Height'),
   S('Vc', 'e * e * e', 'cm3', 'the volume of one cube'),
   S('n', 'Vb / Vc', 'cubes', 'the number of cubes')],
  'the number of cubes that fit')


def _g(r):
    return dict(L=r.choice([6, 8, 10, 12]), W=r.choice([4, 5, 6]), w=r.choice([1, 0.5, 2, 1.5]))


T('path_around_garden',
  'A rectangular garden is {L} m by {W} m. A path {w} m wide is built all the way around the outside of the garden. '
  'What is the area of the path?', _g,
  dict(L=('m', 'garden length'), W=('m', 'garden width'), w=('m', 'path width')),
  [S('Lo', 'L + w + w', 'm', 'the outer length'),
   S('Wo', 'W + w + w', 'm', 'the outer width'),
   S('Ao', 'Lo * Wo', 'm2', 'the outer area'),
   S('Ai', 'L * W', 'm2', 'the garden area'),
   S('Ap', 'Ao - Ai', 'm2', 'the area of the path')],
  'the area of the path')


def _g(r):
    return dict(L=r.choice([50, 60, 80, 100, 120]), W=r.choice([40, 50, 60, 75]), p=r.choice([20, 25, 30, 12, 15]))


T('poster_lamination',
  'A poster is {L} cm by {W} cm. A print shop charges ${p} per square meter to laminate. How much does it cost to '
  'laminate the poster?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), p=('$/m2', 'price per m²')),
  [S('A', 'L * W', 'cm2', 'the area in cm²', f='Area = Length * Width'),
   S('Am', 'A / 10000[cm2/m2]', 'm2', 'the area in m²'),
   S('cost', 'Am * p', '$', 'the cost')],
  'the cost to laminate the poster')


def _g(r):
    return dict(L=r.choice([2, 3, 4, 2.5]), W=r.choice([1, 1.2, 1.5]), D=r.choice([0.3, 0.4, 0.5, 0.25]),
                b=r.choice([40, 50, 25, 60]))


T('raised_bed_soil_bags',
  'A raised garden bed is {L} m long, {W} m wide and {D} m deep. Potting soil comes in {b} L bags. How many bags are '
  'needed to fill the bed? (1 m³ = 1,000 L)', _g,
  dict(L=('m', 'length'), W=('m', 'width'), D=('m', 'depth'), b=('L', 'bag size')),
  [S('V', 'L * W * D', 'm3', 'the volume of the bed', f='Volume = Length * Width * Depth', dp=3),
   S('Lt', 'V * 1000[L/m3]', 'L', 'the volume in liters'),
   S('n', 'Lt / b', 'bags', 'the number of bags')],
  'the number of bags of soil')


def _g(r):
    return dict(L=r.choice([20, 30, 25, 40]), W=r.choice([10, 15, 20]), H=r.choice([5, 8, 10, 12]))


T('box_surface_area',
  'A gift box is {L} cm long, {W} cm wide and {H} cm tall. How many square centimeters of paper are needed to cover '
  'all six faces exactly?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), H=('cm', 'height')),
  [S('a1', 'L * W', 'cm2', 'the area of the top'),
   S('a2', 'L * H', 'cm2', 'the area of the front'),
   S('a3', 'W * H', 'cm2', 'the area of the side'),
   S('s', 'a1 + a2 + a3', 'cm2', 'the sum of the three different faces'),
   S('SA', 's * 2', 'cm2', 'the total surface area')],
  'the total area of paper')


def _g(r):
    return dict(name=nm(r), L=r.choice([100, 120, 90, 110]), W=r.choice([50, 60, 70, 40]), n=r.choice([3, 4, 5, 6, 8]))


T('field_laps_km',
  '{name} jogs around a rectangular field that is {L} m long and {W} m wide. How many kilometers does {name} jog in '
  '{n} laps?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), n=('laps', 'number of laps')),
  [S('P', '(L + W) * 2', 'm', 'the perimeter of the field', f='Perimeter = 2 * (Length + Width)'),
   S('d', 'P * n', 'm', 'the distance in meters'),
   S('km', 'd / 1000[m/km]', 'km', 'the distance in kilometers', dp=3)],
  'the distance jogged in kilometers')


def _g(r):
    return dict(L=r.choice([4, 5, 6, 3]), W=r.choice([3, 4, 2.5]), d=r.choice([10, 15, 20, 12]),
                p=r.choice([120, 150, 100, 110]))


T('patio_concrete_cost',
  'A patio slab will be {L} m long, {W} m wide and {d} cm thick. Concrete costs ${p} per cubic meter. How much will '
  'the concrete cost?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), d=('cm', 'thickness'), p=('$/m3', 'price per m³')),
  [S('dm', 'd / 100[cm/m]', 'm', 'the thickness in meters'),
   S('V', 'L * W * dm', 'm3', 'the volume of concrete', f='Volume = Length * Width * Thickness', dp=3),
   S('cost', 'V * p', '$', 'the cost of the concrete')],
  'the cost of the concrete')


def _g(r):
    return dict(n=r.choice([12, 14, 16, 18, 24]), e=r.choice([2, 3, 2.5, 4]))


T('ice_cube_tray_ml',
  'An ice cube tray makes {n} cubes. Each cube is {e} cm on every edge. How many milliliters of water are needed to '
  'fill the tray? (1 cm³ = 1 mL)', _g,
  dict(n=('cubes', 'number of cubes'), e=('cm', 'edge')),
  [S('v', 'e * e * e', 'cm3', 'the volume of one cube', dp=3),
   S('V', 'v * n', 'cm3', 'the total volume', dp=3),
   S('ml', 'V * 1[mL/cm3]', 'mL', 'the water needed')],
  'the amount of water needed')


def _g(r):
    return dict(L=r.choice([4, 5, 6, 3, 8]), W=r.choice([2, 3, 4, 2.5]), sp=r.choice([0.25, 0.5, 0.2, 0.4]))


T('garden_plants_spacing',
  'A vegetable bed is {L} m long and {W} m wide. Each lettuce plant needs {sp} m² of space. How many lettuce plants '
  'fit in the bed?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), sp=('m2', 'space per plant')),
  [S('A', 'L * W', 'm2', 'the area of the bed', f='Area = Length * Width'),
   S('n', 'A / sp', 'plants', 'the number of plants')],
  'the number of plants')


def _g(r):
    return dict(L=r.choice([10, 15, 20, 12]), W=r.choice([6, 8, 10, 15]), k=r.choice([2, 3, 4, 1.5, 2.5]))


T('photo_enlarge_area',
  'A photo is {L} cm by {W} cm. It is enlarged so that each side is {k} times as long. What is the area of the '
  'enlarged photo in cm²?', _g,
  dict(L=('cm', 'length'), W=('cm', 'width'), k=(None, 'scale factor')),
  [S('L2', 'L * k', 'cm', 'the new length'),
   S('W2', 'W * k', 'cm', 'the new width'),
   S('A', 'L2 * W2', 'cm2', 'the new area', f='Area = Length * Width')],
  'the area of the enlarged photo')


def _g(r):
    return dict(L=r.choice([10, 12, 15, 8, 20]), W=r.choice([6, 8, 10, 5]), rr=r.choice([5, 10, 12, 15, 20, 25]))


T('rain_on_roof_liters',
  'A flat roof is {L} m long and {W} m wide. During a storm, {rr} mm of rain falls on it. How many liters of water '
  'fall on the roof? (1 m³ = 1,000 L)', _g,
  dict(L=('m', 'length'), W=('m', 'width'), rr=('mm', 'rainfall')),
  [S('A', 'L * W', 'm2', 'the roof area', f='Area = Length * Width'),
   S('dm', 'rr / 1000[mm/m]', 'm', 'the rainfall in meters', dp=3),
   S('V', 'A * dm', 'm3', 'the volume of rain in m³', dp=3),
   S('Lt', 'V * 1000[L/m3]', 'L', 'the volume in liters')],
  'the amount of rain in liters')


def _g(r):
    return dict(L=r.choice([5, 6, 4, 8]), W=r.choice([4, 5, 3]), H=r.choice([2.5, 3, 2.4]), p=r.choice([4, 5, 6, 3]))


T('room_air_per_person',
  'A classroom is {L} m long, {W} m wide and {H} m high. A safety guideline allows one person for every {p} m³ of '
  'air. How many people does the guideline allow in the classroom?', _g,
  dict(L=('m', 'length'), W=('m', 'width'), H=('m', 'height'), p=('m3', 'air per person')),
  [S('V', 'L * W * H', 'm3', 'the volume of the room', f='Volume = Length * Width * Height'),
   S('n', 'V / p', 'people', 'the number of people')],
  'the number of people')
