"""Problem patterns (computation chains) x scenario wordings = templates."""
from fractions import Fraction as Fr
from core import Q, C, R, HALF, Pow, plain, F
from model import Step, S

G = F("9.8")


def T(x):
    return plain(F(x))


def conv(sym, what, src, op, k, unit_to, uw, form, short_unit=None):
    e = src * C(k) if op == "*" else src / C(k)
    return Step(S(sym, what), f"the {what} to {uw}", e, unit_to, conv=form,
                tdesc=f"the {what} in {uw}", word=f"{what[:1].upper() + what[1:]} in {uw}",
                short=f"{what} in {short_unit or uw}")


def rr(r, a, b, step=1):
    """random value in [a, b] on a grid of `step` (step may be a str decimal)"""
    st = F(step)
    n = int((F(b) - F(a)) / st)
    return F(a) + st * r.randint(0, n)


def P(r, sc, key, default):
    spec = sc.get(key, default)
    if isinstance(spec, tuple):
        return rr(r, *spec)
    return F(r.choice(spec))


class Pat:
    def __init__(self, name, sample, build, givens, scen):
        self.name, self.sample, self.build, self.givens, self.scen = name, sample, build, givens, scen


PATS = []


def pat(name, scen):
    def deco(fn):
        sample, build, givens = fn()
        PATS.append(Pat(name, sample, build, givens, scen))
        return fn
    return deco


gq = ("Acceleration due to gravity", "g", Q(G, "m/s2"))


# ----------------------------------------------------------------- mechanics

@pat("lift_power", [
    dict(text="A crane lifts a {m} kg crate straight up to a height of {h} m in {t} s at constant speed. Using g = 9.8 m/s², what is the power output of the crane?",
         ask="the power output of the crane", obj="crate"),
    dict(text="A {m} kg student runs up a flight of stairs that rises {h} m in {t} seconds. Taking g = 9.8 m/s², what power does the student develop?",
         ask="the student's power output", obj="student", m=(40, 80), h=(3, 15, "0.5"), t=(4, 20)),
    dict(text="An electric hoist raises a {m} kg load through a vertical distance of {h} m in {t} s. What is the hoist's useful power output? (g = 9.8 m/s²)",
         ask="the useful power output of the hoist", obj="load", m=(50, 800, 10), h=(2, 20), t=(5, 40)),
    dict(text="A weightlifter raises a {m} kg barbell {h} m above the floor in {t} s. Calculate the average power, using g = 9.8 m/s².",
         ask="the average power", obj="barbell", m=(40, 200, 5), h=("1.5", "2.5", "0.1"), t=("1", "4", "0.5")),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (100, 2000, 50)), h=P(r, sc, "h", (5, 30)), t=P(r, sc, "t", (10, 60)))

    def build(g, sc):
        return [
            Step(S("F", "weight"), f"the weight of the {sc['obj']}", Q(g["m"], "kg") * Q(G, "m/s2"), "N",
                 formula=S("m") * S("g"), word="Weight", short="weight"),
            Step(S("W", "work"), "the work done", R(0) * Q(g["h"], "m"), "J", formula=S("F", "force") * S("h"),
                 word="Work", short="work"),
            Step(S("P", "power"), f"the power", R(1) / Q(g["t"], "s"), "W", formula=S("W", "work") / S("t"),
                 word="Power", short="power"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Height", "h", Q(g["h"], "m")), ("Time", "t", Q(g["t"], "s")), gq]
    return sample, build, givens


@pat("push_work_power", [
    dict(text="A worker pushes a cart with a constant horizontal force of {F} N over a distance of {d} m. It takes {t} minutes. What is the worker's average power?",
         ask="the worker's average power"),
    dict(text="A horse pulls a sled with a force of {F} N for {d} m along a flat trail, taking {t} min. What power does the horse deliver?",
         ask="the power delivered by the horse"),
    dict(text="A tractor drags a log {d} m across a field using a steady pulling force of {F} N. If this takes {t} minutes, what is the tractor's power output in watts?",
         ask="the tractor's power output"),
    dict(text="Maria slides a heavy box {d} m across the floor by pushing with a force of {F} N. The job takes her {t} minutes. Find her average power.",
         ask="Maria's average power"),
])
def _():
    def sample(r, sc):
        return dict(F=rr(r, 50, 900, 10), d=rr(r, 10, 200, 5), t=rr(r, 2, 10), cv=r.choice(["op", "op", "eq"]))

    def build(g, sc):
        return [
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv"], "s"),
            Step(S("W", "work"), "the work done", Q(g["F"], "N") * Q(g["d"], "m"), "J", formula=S("F") * S("d"),
                 word="Work"),
            Step(S("P", "power"), "the average power", R(1) / R(0), "W", formula=S("W", "work") / S("t"), word="Power"),
        ]

    def givens(g, sc):
        return [("Force", "F", Q(g["F"], "N")), ("Distance", "d", Q(g["d"], "m")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("accel_from_rest_force", [
    dict(text="A {m} kg car accelerates from rest to {v} km/h in {t} s. What net force acts on the car?",
         ask="the net force on the car"),
    dict(text="A motorcycle and rider with a combined mass of {m} kg reach a speed of {v} km/h from rest in {t} seconds. Find the average net force on them.",
         ask="the average net force", m=(150, 400, 10)),
    dict(text="Starting from rest, a {m} kg delivery van speeds up uniformly to {v} km/h in {t} s. How large is the net force on the van?",
         ask="the net force on the van", m=(1500, 3500, 50), v=[36, 54, 72, 90]),
    dict(text="A {m} kg electric scooter (with rider) goes from 0 to {v} km/h in {t} s. What average net force does it need?",
         ask="the average net force", m=(80, 150, 5), v=[18, 27, 36], t=(2, 8)),
])
def _():
    def sample(r, sc):
        return dict(v=P(r, sc, "v", [18, 36, 54, 72, 90, 108, 27, 45, 63]), t=P(r, sc, "t", (4, 15)), m=P(r, sc, "m", (900, 2000, 50)),
                    cv=r.choice(["div", "frac", "eq"]))

    def build(g, sc):
        src = Q(g["v"], "km/h")
        if g["cv"] == "frac":
            e = src * C(1000) / C(3600)
        else:
            e = src / C("3.6")
        return [
            Step(S("v", "speed"), "the speed to m/s", e, "m/s", conv="eq" if g["cv"] == "eq" else "op",
                 tdesc="the final speed in m/s", word="Speed in m/s", short="speed in m/s"),
            Step(S("a", "acceleration"), "the acceleration", R(0) / Q(g["t"], "s"), "m/s2",
                 formula=S("v", "speed") / S("t"), word="Acceleration"),
            Step(S("F", "force"), "the net force", Q(g["m"], "kg") * R(1), "N", formula=S("m") * S("a"),
                 law="Newton's second law", word="Force"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Final speed", "v", Q(g["v"], "km/h")), ("Time", "t", Q(g["t"], "s"))]
    return sample, build, givens


@pat("speed_change_force", [
    dict(text="A {m} kg cyclist speeds up from {v1} m/s to {v2} m/s in {t} s. What is the net force on the cyclist?",
         ask="the net force on the cyclist"),
    dict(text="A {m} kg cart rolling at {v1} m/s is pushed so that its speed rises to {v2} m/s over {t} seconds. What net force was applied?",
         ask="the net force applied", m=(10, 80), v1=("0.5", 3, "0.5"), dv=("0.5", 3, "0.5")),
    dict(text="A sprinter of mass {m} kg increases her speed from {v1} m/s to {v2} m/s in {t} s. Calculate the average net force acting on her.",
         ask="the average net force on the sprinter", m=(50, 80), v1=(2, 6, "0.5"), dv=(1, 5, "0.5"), t=("0.5", 3, "0.5")),
    dict(text="A {m} kg boat increases its speed from {v1} m/s to {v2} m/s in {t} s. Find the net force on the boat.",
         ask="the net force on the boat", m=(200, 2000, 50), v1=(1, 6, "0.5"), dv=(1, 6, "0.5")),
])
def _():
    def sample(r, sc):
        v1 = P(r, sc, "v1", (2, 8, "0.5"))
        return dict(v1=v1, v2=v1 + P(r, sc, "dv", (1, 6, "0.5")), t=P(r, sc, "t", (1, 10, "0.5")), m=P(r, sc, "m", (60, 100)))

    def build(g, sc):
        return [
            Step(S("Δv", "change in speed"), "the change in speed", Q(g["v2"], "m/s") - Q(g["v1"], "m/s"), "m/s",
                 formula=S("v_f", "final speed") - S("v_i", "initial speed"), word="Change in speed", short="Δv"),
            Step(S("a", "acceleration"), "the acceleration", R(0) / Q(g["t"], "s"), "m/s2",
                 formula=S("Δv", "change in speed") / S("t"), word="Acceleration"),
            Step(S("F", "net force"), "the net force", Q(g["m"], "kg") * R(1), "N", formula=S("m") * S("a"),
                 law="Newton's second law", word="Net force"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Initial speed", "v_i", Q(g["v1"], "m/s")),
                ("Final speed", "v_f", Q(g["v2"], "m/s")), ("Time", "t", Q(g["t"], "s"))]
    return sample, build, givens


@pat("avg_speed_km_min", [
    dict(text="A runner completes a {d} km course in {t} minutes. What is her average speed in m/s?",
         ask="her average speed"),
    dict(text="A bus travels {d} km between two stops in {t} min. Find its average speed in meters per second.",
         ask="the bus's average speed", vr=(5, 15)),
    dict(text="A cyclist rides {d} km along a canal path in {t} minutes. What is the average speed in m/s?",
         ask="the cyclist's average speed", vr=(3, 9)),
    dict(text="A ferry crosses a {d} km wide bay in {t} minutes. Calculate its average speed in m/s.",
         ask="the ferry's average speed", vr=(3, 12)),
])
def _():
    def sample(r, sc):
        lo, hi = sc.get("vr", (2, 6))
        while True:
            d = r.choice([F(x) for x in ("1.2", "1.5", "1.8", "2", "2.4", "3", "3.6", "4.5", "5", "6", "7.2", "9", "10", "12", "15", "18", "20")])
            t = rr(r, 4, 90)
            if lo <= d * 1000 / (t * 60) <= hi:
                break
        return dict(d=d, t=t, cv1=r.choice(["op", "eq"]), cv2=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("d", "distance", Q(g["d"], "km"), "*", 1000, "m", "meters", g["cv1"], "m"),
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv2"], "s"),
            Step(S("v", "average speed"), "the average speed", R(0) / R(1), "m/s", formula=S("d") / S("t"),
                 word="Average speed"),
        ]

    def givens(g, sc):
        return [("Distance", "d", Q(g["d"], "km")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("two_leg_avg_speed", [
    dict(text="A family drives {d1} km in {t1} h, stops briefly, then drives another {d2} km in {t2} h. Ignoring the stop, what is their average speed for the whole trip in km/h?",
         ask="the average speed for the whole trip"),
    dict(text="A train covers {d1} km in {t1} hours and then {d2} km in {t2} hours. What is its average speed over both parts, in km/h?",
         ask="the train's average speed", vr=(60, 160)),
    dict(text="On a cycling tour, Leo rides {d1} km in {t1} h in the morning and {d2} km in {t2} h in the afternoon. Find his average speed for the day in km/h.",
         ask="Leo's average speed", vr=(10, 25)),
])
def _():
    def sample(r, sc):
        lo, hi = sc.get("vr", (40, 110))
        while True:
            t1, t2 = rr(r, "0.5", 5, "0.5"), rr(r, "0.5", 5, "0.5")
            d1, d2 = t1 * rr(r, lo, hi, 5), t2 * rr(r, lo, hi, 5)
            if d1.denominator == 1 and d2.denominator == 1 and t1 != 1 and t2 != 1:
                return dict(d1=d1, t1=t1, d2=d2, t2=t2)

    def build(g, sc):
        return [
            Step(S("d", "total distance"), "the total distance", Q(g["d1"], "km") + Q(g["d2"], "km"), "km",
                 formula=S("d_1") + S("d_2"), word="Total distance"),
            Step(S("t", "total time"), "the total time", Q(g["t1"], "h") + Q(g["t2"], "h"), "h",
                 formula=S("t_1") + S("t_2"), word="Total time"),
            Step(S("v", "average speed"), "the average speed", R(0) / R(1), "km/h", formula=S("d", "total distance") / S("t", "total time"),
                 word="Average speed"),
        ]

    def givens(g, sc):
        return [("First distance", "d₁", Q(g["d1"], "km")), ("First time", "t₁", Q(g["t1"], "h")),
                ("Second distance", "d₂", Q(g["d2"], "km")), ("Second time", "t₂", Q(g["t2"], "h"))]
    return sample, build, givens


@pat("distance_kmh_min", [
    dict(text="A car travels at a constant {v} km/h for {t} minutes. How far does it go, in kilometers?",
         ask="the distance traveled"),
    dict(text="A high-speed train moves at a steady {v} km/h. How many kilometers does it cover in {t} minutes?",
         ask="the distance covered", v=[144, 180, 216, 252, 288]),
    dict(text="A drone flies at {v} km/h for {t} minutes in a straight line. What distance does it fly, in km?",
         ask="the distance the drone flies", v=[18, 27, 36, 45, 54, 72]),
])
def _():
    def sample(r, sc):
        return dict(v=P(r, sc, "v", [36, 54, 72, 90, 108, 126]), t=rr(r, 2, 50), cv=r.choice(["div", "frac"]))

    def build(g, sc):
        src = Q(g["v"], "km/h")
        e = src / C("3.6") if g["cv"] == "div" else src * C(1000) / C(3600)
        return [
            Step(S("v", "speed"), "the speed to m/s", e, "m/s", conv="op", tdesc="the speed in m/s",
                 word="Speed in m/s", short="speed in m/s"),
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", "op", "s"),
            Step(S("d", "distance"), "the distance in meters", R(0) * R(1), "m", formula=S("v") * S("t"), word="Distance"),
            conv("d", "distance", R(2), "/", 1000, "km", "kilometers", "op", "km"),
        ]

    def givens(g, sc):
        return [("Speed", "v", Q(g["v"], "km/h")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("elevator_tension", [
    dict(text="An elevator car of mass {m} kg accelerates upward at {a} m/s². What is the tension in the cable? Use g = 9.8 m/s².",
         ask="the tension in the cable"),
    dict(text="A {m} kg model rocket accelerates straight up at {a} m/s². What thrust must the engine produce? (g = 9.8 m/s²)",
         ask="the thrust of the engine", m=("0.5", 4, "0.5"), a=(5, 30)),
    dict(text="A crane cable lifts a {m} kg steel beam with an upward acceleration of {a} m/s². Find the tension in the cable, using g = 9.8 m/s².",
         ask="the cable tension", m=(200, 2000, 50)),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (400, 1500, 20)), a=P(r, sc, "a", ("0.5", 3, "0.5")))

    def build(g, sc):
        return [
            Step(S("F_g", "weight"), "the weight", Q(g["m"], "kg") * Q(G, "m/s2"), "N", formula=S("m") * S("g"), word="Weight"),
            Step(S("F_net", "net force"), "the net force needed for the acceleration", Q(g["m"], "kg") * Q(g["a"], "m/s2"), "N",
                 formula=S("m") * S("a"), word="Net force", short="net force"),
            Step(S("T", "tension"), sc["ask"], R(0) + R(1), "N", formula=S("F_g", "weight") + S("F_net", "net force"),
                 word="Total upward force", short="upward force"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Acceleration", "a", Q(g["a"], "m/s2")), gq]
    return sample, build, givens


@pat("net_force_accel_velocity", [
    dict(text="A {m} kg sled is pulled with a force of {Fa} N while friction opposes it with {Ff} N. Starting from rest, how fast is it moving after {t} s?",
         ask="the sled's speed"),
    dict(text="A boat's engine pushes with {Fa} N while water resistance is {Ff} N. The boat has a mass of {m} kg and starts from rest. What is its speed after {t} seconds?",
         ask="the boat's speed", m=(200, 1500, 50), Fa=(500, 3000, 100)),
    dict(text="A {m} kg crate initially at rest is pushed with {Fa} N; the friction force is {Ff} N. Find its speed after {t} s.",
         ask="the crate's speed", m=(20, 100, 5), Fa=(100, 500, 10)),
    dict(text="A go-kart of mass {m} kg has a driving force of {Fa} N and experiences {Ff} N of drag. If it starts from rest, what speed does it reach after {t} s?",
         ask="the go-kart's speed", m=(100, 200, 5), Fa=(300, 900, 20)),
])
def _():
    def sample(r, sc):
        m = P(r, sc, "m", (10, 60, 5))
        Fa = P(r, sc, "Fa", (50, 300, 10))
        return dict(m=m, Fa=Fa, Ff=Fa * rr(r, "0.1", "0.7", "0.05"), t=rr(r, 2, 12))

    def build(g, sc):
        if g["Fa"] <= g["Ff"] + 10:
            g["Fa"] = g["Ff"] + 50
        return [
            Step(S("F_net", "net force"), "the net force", Q(g["Fa"], "N") - Q(g["Ff"], "N"), "N",
                 formula=S("F_app", "applied force") - S("F_f", "friction"), word="Net force", short="net force"),
            Step(S("a", "acceleration"), "the acceleration", R(0) / Q(g["m"], "kg"), "m/s2",
                 formula=S("F_net", "net force") / S("m"), law="Newton's second law", word="Acceleration"),
            Step(S("v", "speed"), "the speed after the given time", R(1) * Q(g["t"], "s"), "m/s",
                 formula=S("a") * S("t"), word="Speed", tdesc="the speed"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Applied force", "F_app", Q(g["Fa"], "N")),
                ("Friction", "F_f", Q(g["Ff"], "N")), ("Time", "t", Q(g["t"], "s"))]
    return sample, build, givens


@pat("friction_accel", [
    dict(text="A {m} kg box rests on a floor where the coefficient of kinetic friction is {mu}. A horizontal push of {Fp} N slides it along the floor. What is the box's acceleration? (g = 9.8 m/s²)",
         ask="the box's acceleration"),
    dict(text="A {m} kg wooden block is pulled across a table with a horizontal force of {Fp} N. The coefficient of kinetic friction is {mu}. Using g = 9.8 m/s², find the acceleration.",
         ask="the block's acceleration"),
    dict(text="Workers drag a {m} kg crate across a concrete floor with a horizontal force of {Fp} N. If μ = {mu}, what is the crate's acceleration? Take g = 9.8 m/s².",
         ask="the crate's acceleration"),
])
def _():
    def sample(r, sc):
        m = rr(r, 5, 120, 5)
        mu = r.choice([F(x) for x in ("0.1", "0.15", "0.2", "0.25", "0.3", "0.4", "0.5")])
        return dict(m=m, mu=mu, Fp=(m * G * mu + rr(r, 10, 300, 5)).__ceil__())

    def build(g, sc):
        return [
            Step(S("F_N", "normal force"), "the normal force (equal to the weight)", Q(g["m"], "kg") * Q(G, "m/s2"), "N",
                 formula=S("m") * S("g"), word="Normal force", short="normal force", tdesc="the normal force"),
            Step(S("F_f", "friction"), "the friction force", Q(g["mu"]) * R(0), "N", formula=S("μ") * S("F_N", "normal force"),
                 word="Friction", short="friction"),
            Step(S("F_net", "net force"), "the net force", Q(g["Fp"], "N") - R(1), "N",
                 formula=S("F", "applied force") - S("F_f", "friction"), word="Net force", short="net force"),
            Step(S("a", "acceleration"), "the acceleration", R(2) / Q(g["m"], "kg"), "m/s2",
                 formula=S("F_net", "net force") / S("m"), word="Acceleration"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Coefficient of friction", "μ", Q(g["mu"])),
                ("Applied force", "F", Q(g["Fp"], "N")), gq]
    return sample, build, givens


@pat("weight_grams_moon", [
    dict(text="A rock sample has a mass of {mg} g. What is its weight on Earth (g = 9.8 m/s²), and how much less would it weigh on the Moon, where g = 1.6 m/s²? Give the difference in newtons.",
         ask="the difference in weight"),
    dict(text="An astronaut's tool kit has a mass of {mg} g. Using g = 9.8 m/s² on Earth and 1.6 m/s² on the Moon, by how many newtons does its weight decrease on the Moon?",
         ask="the decrease in weight"),
    dict(text="A model lunar rover has a mass of {mg} g. Its weight on Earth is found with g = 9.8 m/s² and on the Moon with g = 1.6 m/s². How many newtons lighter is it on the Moon?",
         ask="the difference in weight"),
])
def _():
    def sample(r, sc):
        return dict(mg=rr(r, 200, 9000, 50), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("m", "mass", Q(g["mg"], "g"), "/", 1000, "kg", "kilograms", g["cv"], "kg"),
            Step(S("W_E", "weight on Earth"), "the weight on Earth", R(0) * Q(G, "m/s2"), "N", formula=S("m") * S("g_E", "Earth's gravity"),
                 word="Weight on Earth", short="weight on Earth"),
            Step(S("W_M", "weight on the Moon"), "the weight on the Moon", R(0) * Q("1.6", "m/s2"), "N",
                 formula=S("m") * S("g_M", "Moon's gravity"), word="Weight on Moon", short="weight on Moon"),
            Step(S("ΔW", "difference"), "the difference", R(1) - R(2), "N", formula=S("W_E", "weight on Earth") - S("W_M", "weight on Moon"),
                 word="Difference", short="difference"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["mg"], "g")), ("Earth's gravity", "g_E", Q(G, "m/s2")), ("Moon's gravity", "g_M", Q("1.6", "m/s2"))]
    return sample, build, givens


@pat("weight_grams_simple", [
    dict(text="A bag of flour has a mass of {mg} g. What is its weight in newtons? Use g = 9.8 m/s².",
         ask="the weight of the bag"),
    dict(text="A textbook has a mass of {mg} grams. Using g = 9.8 m/s², find the force of gravity on it in newtons.",
         ask="the force of gravity on the textbook"),
    dict(text="A laptop with a mass of {mg} g sits on a desk. What normal force does the desk exert on it? (g = 9.8 m/s²)",
         ask="the normal force on the laptop"),
])
def _():
    def sample(r, sc):
        return dict(mg=rr(r, 150, 5000, 25), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("m", "mass", Q(g["mg"], "g"), "/", 1000, "kg", "kilograms", g["cv"], "kg"),
            Step(S("W", "weight"), "the weight", R(0) * Q(G, "m/s2"), "N", formula=S("m") * S("g"), word="Weight"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["mg"], "g")), gq]
    return sample, build, givens


# ----------------------------------------------------------------- energy

@pat("ke_kmh", [
    dict(text="A {m} kg car is moving at {v} km/h. What is its kinetic energy in kilojoules?",
         ask="the car's kinetic energy"),
    dict(text="A {m} kg horse gallops at {v} km/h. Find its kinetic energy in kJ.",
         ask="the horse's kinetic energy", m=(400, 700, 10), v=[18, 27, 36, 45, 54]),
    dict(text="A bobsled team and sled (total mass {m} kg) reach {v} km/h. What is their kinetic energy, in kilojoules?",
         ask="the kinetic energy", m=(200, 650, 10), v=[90, 108, 126, 144]),
    dict(text="A {m} kg motorbike travels at {v} km/h. Calculate its kinetic energy in kJ.",
         ask="the motorbike's kinetic energy", m=(150, 350, 5)),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (900, 2000, 10)), v=P(r, sc, "v", [36, 54, 72, 90, 108, 126]), cv=r.choice(["div", "eq"]))

    def build(g, sc):
        return [
            Step(S("v", "speed"), "the speed to m/s", Q(g["v"], "km/h") / C("3.6"), "m/s", conv="eq" if g["cv"] == "eq" else "op",
                 tdesc="the speed in m/s", word="Speed in m/s", short="speed in m/s"),
            Step(S("KE", "kinetic energy"), "the kinetic energy", HALF * Q(g["m"], "kg") * Pow(R(0)), "J",
                 formula=HALF * S("m") * Pow(S("v", "velocity")), word="Kinetic energy", short="kinetic energy"),
            conv("KE", "kinetic energy", R(1), "/", 1000, "kJ", "kilojoules", "op", "kJ"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Speed", "v", Q(g["v"], "km/h"))]
    return sample, build, givens


@pat("ke_change", [
    dict(text="A {m} kg cart speeds up from {v1} m/s to {v2} m/s. By how much does its kinetic energy increase?",
         ask="the increase in kinetic energy"),
    dict(text="A {m} kg cyclist (including bike) accelerates from {v1} m/s to {v2} m/s. How much kinetic energy does she gain?",
         ask="the gain in kinetic energy", m=(55, 95), v1=(2, 8), dv=(1, 6)),
    dict(text="A {m} kg ball is thrown so that its speed changes from {v1} m/s to {v2} m/s. Find the change in its kinetic energy.",
         ask="the change in kinetic energy", m=("0.2", "0.6", "0.05"), v1=(2, 12), dv=(2, 15)),
])
def _():
    def sample(r, sc):
        v1 = P(r, sc, "v1", (1, 6))
        return dict(m=P(r, sc, "m", (5, 50)), v1=v1, v2=v1 + P(r, sc, "dv", (1, 5)))

    def build(g, sc):
        return [
            Step(S("KE_1", "initial kinetic energy"), "the initial kinetic energy", HALF * Q(g["m"], "kg") * Pow(Q(g["v1"], "m/s")), "J",
                 formula=HALF * S("m") * Pow(S("v_1", "initial speed")), word="Initial KE", short="initial KE"),
            Step(S("KE_2", "final kinetic energy"), "the final kinetic energy", HALF * Q(g["m"], "kg") * Pow(Q(g["v2"], "m/s")), "J",
                 formula=HALF * S("m") * Pow(S("v_2", "final speed")), word="Final KE", short="final KE"),
            Step(S("ΔKE", "change in kinetic energy"), "the change in kinetic energy", R(1) - R(0), "J",
                 formula=S("KE_2", "final KE") - S("KE_1", "initial KE"), word="Change in KE", short="ΔKE"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Initial speed", "v₁", Q(g["v1"], "m/s")), ("Final speed", "v₂", Q(g["v2"], "m/s"))]
    return sample, build, givens


@pat("pe_power_kw", [
    dict(text="A pump lifts {m} kg of water to a tank {h} m above the ground in {t} s. What is the pump's useful power output in kilowatts? (g = 9.8 m/s²)",
         ask="the pump's useful power output"),
    dict(text="A ski lift carries {m} kg of people up a vertical height of {h} m in {t} seconds. What is the useful power in kW? Use g = 9.8 m/s².",
         ask="the useful power of the lift", m=(300, 2000, 50), h=(50, 300, 10), t=(60, 600, 20)),
    dict(text="A conveyor raises {m} kg of gravel through a height of {h} m in {t} s. Find the power in kW needed to do this, taking g = 9.8 m/s².",
         ask="the power needed"),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (100, 3000, 50)), h=P(r, sc, "h", (2, 40)), t=P(r, sc, "t", (10, 120, 5)))

    def build(g, sc):
        return [
            Step(S("PE", "potential energy"), "the gain in potential energy", Q(g["m"], "kg") * Q(G, "m/s2") * Q(g["h"], "m"), "J",
                 formula=S("m") * S("g") * S("h"), word="Potential energy", short="PE", tdesc="the potential energy gained"),
            Step(S("P", "power"), "the power in watts", R(0) / Q(g["t"], "s"), "W", formula=S("PE", "potential energy") / S("t"),
                 word="Power", short="power"),
            conv("P", "power", R(1), "/", 1000, "kW", "kilowatts", "op", "kW"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Height", "h", Q(g["h"], "m")), ("Time", "t", Q(g["t"], "s")), gq]
    return sample, build, givens


@pat("efficiency_energy", [
    dict(text="An electric motor rated at {P} W runs for {t} minutes. If it is {eff}% efficient, how much useful mechanical energy does it produce, in joules?",
         ask="the useful energy output"),
    dict(text="A {P} W blender runs for {t} min. Only {eff}% of the electrical energy goes into mixing the food. How many joules of useful energy is that?",
         ask="the useful energy", P=(300, 1200, 50)),
    dict(text="A {P} W LED lamp is switched on for {t} minutes. Its efficiency (electrical energy to light) is {eff}%. How much light energy does it emit, in J?",
         ask="the light energy emitted", P=(4, 20)),
])
def _():
    def sample(r, sc):
        return dict(P=P(r, sc, "P", (100, 1500, 50)), t=rr(r, 2, 30), eff=r.choice([20, 25, 30, 40, 45, 50, 60, 65, 70, 75, 80, 85, 90]),
                    cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv"], "s"),
            Step(S("E_in", "input energy"), "the electrical energy supplied", Q(g["P"], "W") * R(0), "J",
                 formula=S("P") * S("t"), word="Input energy", short="input energy", tdesc="the energy supplied"),
            Step(S("E_out", "useful energy"), "the useful energy", Q(g["eff"] / 100) * R(1), "J",
                 formula=S("η", "efficiency", "\\eta") * S("E_in", "input energy"), word="Useful energy", short="useful energy"),
        ]

    def givens(g, sc):
        return [("Power", "P", Q(g["P"], "W")), ("Time", "t", Q(g["t"], "min")), ("Efficiency", "η", Q(g["eff"], "pct"))]
    return sample, build, givens


@pat("motor_power_speed", [
    dict(text="A motor lifts a {m} kg elevator at a constant speed of {v} m/s. What power, in kW, must the motor supply? (g = 9.8 m/s²)",
         ask="the power the motor supplies"),
    dict(text="A winch pulls a {m} kg load straight up at a steady {v} m/s. Using g = 9.8 m/s², find the winch's power output in kilowatts.",
         ask="the winch's power output", m=(100, 800, 20)),
    dict(text="An escalator motor raises {m} kg of passengers vertically at a steady {v} m/s. Taking g = 9.8 m/s², what power in kW does it supply to lift them?",
         ask="the power supplied", m=(300, 1500, 50)),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (400, 1500, 50)), v=rr(r, "0.5", 3, "0.25"))

    def build(g, sc):
        return [
            Step(S("F", "force"), "the force needed (the weight)", Q(g["m"], "kg") * Q(G, "m/s2"), "N", formula=S("m") * S("g"),
                 word="Force", tdesc="the required force"),
            Step(S("P", "power"), "the power in watts", R(0) * Q(g["v"], "m/s"), "W", formula=S("F") * S("v"), word="Power"),
            conv("P", "power", R(1), "/", 1000, "kW", "kilowatts", "op", "kW"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Speed", "v", Q(g["v"], "m/s")), gq]
    return sample, build, givens


@pat("free_fall", [
    dict(text="A stone is dropped from rest off a bridge and hits the water {t} s later. Ignoring air resistance and using g = 9.8 m/s², find its speed just before impact and the height of the bridge. Give the height in meters.",
         ask="the height of the bridge"),
    dict(text="An apple falls from rest and takes {t} s to reach the ground. With g = 9.8 m/s² and no air resistance, how far did it fall?",
         ask="the distance the apple fell"),
    dict(text="A coin is dropped from rest into a well and hits the water after {t} s. Neglecting air resistance (g = 9.8 m/s²), how deep is the water surface below the top of the well?",
         ask="the depth of the water surface"),
])
def _():
    def sample(r, sc):
        return dict(t=r.choice([F(x) for x in ("0.5", "1", "1.5", "2", "2.5", "3", "0.8", "1.2", "0.4", "0.6")]))

    def build(g, sc):
        return [
            Step(S("v", "final speed"), "the final speed", Q(G, "m/s2") * Q(g["t"], "s"), "m/s", formula=S("g") * S("t"),
                 word="Final speed"),
            Step(S("v_avg", "average speed"), "the average speed during the fall", R(0) / C(2), "m/s",
                 formula=S("v", "final speed") / S("2", "2"), word="Average speed", short="average speed"),
            Step(S("d", "distance"), "the distance fallen", R(1) * Q(g["t"], "s"), "m", formula=S("v_avg", "average speed") * S("t"),
                 word="Distance"),
        ]

    def givens(g, sc):
        return [("Time", "t", Q(g["t"], "s")), gq]
    return sample, build, givens


# ----------------------------------------------------------------- electricity

@pat("ohm_power_energy", [
    dict(text="A {V} V battery is connected across a {R} Ω resistor for {t} minutes. How much electrical energy, in joules, does the resistor use?",
         ask="the energy used by the resistor"),
    dict(text="A heating element has a resistance of {R} Ω and is connected to a {V} V supply for {t} min. How much energy does it convert to heat?",
         ask="the energy converted to heat"),
    dict(text="A small motor with a resistance of {R} Ω runs on {V} V for {t} minutes. Find the electrical energy it uses in J.",
         ask="the electrical energy used"),
])
def _():
    def sample(r, sc):
        R_ = r.choice([2, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 48, 50, 60])
        I = r.choice([F(x) for x in ("0.25", "0.5", "0.75", "1", "1.5", "2", "2.5", "3", "4", "5")])
        return dict(R=R_, V=R_ * I, t=rr(r, 2, 15), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            Step(S("I", "current"), "the current", Q(g["V"], "V") / Q(g["R"], "ohm"), "A", formula=S("V", "voltage") / S("R"),
                 law="Ohm's law", word="Current"),
            Step(S("P", "power"), "the power", Q(g["V"], "V") * R(0), "W", formula=S("V", "voltage") * S("I"), word="Power"),
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv"], "s"),
            Step(S("E", "energy"), "the energy used", R(1) * R(2), "J", formula=S("P") * S("t"), word="Energy"),
        ]

    def givens(g, sc):
        return [("Voltage", "V", Q(g["V"], "V")), ("Resistance", "R", Q(g["R"], "ohm")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("energy_cost", [
    dict(text="A {P} W space heater runs {hd} hours a day for {days} days. Electricity costs ${rate2} per kWh. How much does it cost to run the heater?",
         ask="the cost of running the heater"),
    dict(text="A gaming computer draws {P} W and is used {hd} h per day. What is the electricity cost over {days} days if the rate is ${rate2} per kilowatt-hour?",
         ask="the electricity cost", P=(200, 800, 50), hd=(2, 8)),
    dict(text="A fridge uses an average of {P} W and runs {hd} hours each day. At ${rate2}/kWh, what is the cost of running it for {days} days?",
         ask="the cost of running the fridge", P=(100, 300, 10), hd=[24, 12, 16, 18, 20]),
    dict(text="A school leaves {P} W of lights on for {hd} hours per day. At ${rate2} per kWh, how much does this cost over {days} days?",
         ask="the total cost", P=(500, 5000, 100), hd=(6, 10)),
])
def _():
    def sample(r, sc):
        rate = r.choice([F(x) for x in ("0.10", "0.12", "0.15", "0.2", "0.25", "0.14", "0.18", "0.3")])
        return dict(P=P(r, sc, "P", (1000, 3000, 100)), hd=P(r, sc, "hd", (2, 8)), days=r.choice([7, 10, 14, 20, 28, 30, 31]),
                    rate=rate, rate2=plain(rate, 2))

    def build(g, sc):
        return [
            conv("P", "power", Q(g["P"], "W"), "/", 1000, "kW", "kilowatts", "op", "kW"),
            Step(S("t", "total time"), "the total time of use", Q(g["hd"], "h/day") * Q(g["days"], "days"), "h",
                 word="Total time", short="total hours"),
            Step(S("E", "energy"), "the energy used", R(0) * R(1), "kWh", formula=S("P") * S("t"), word="Energy"),
            Step(S("Cost", "cost"), "the cost", R(2) * Q(g["rate"], "$/kWh", money=True), "$", formula=S("E", "energy") * S("rate", "rate"),
                 word="Cost", money=True),
        ]

    def givens(g, sc):
        return [("Power", "P", Q(g["P"], "W")), ("Use per day", "t", Q(g["hd"], "h/day")), ("Days", "N", Q(g["days"], "days"))]
    return sample, build, givens


@pat("current_ma_voltage_power", [
    dict(text="A current of {ImA} mA flows through a {R} Ω resistor. What is the voltage across the resistor, and what power does it dissipate? Give the power in watts.",
         ask="the power dissipated"),
    dict(text="A sensor draws {ImA} mA through a {R} Ω resistor. Find the power dissipated in the resistor in watts.",
         ask="the power dissipated in the resistor"),
    dict(text="An LED circuit carries {ImA} mA through a current-limiting resistor of {R} Ω. How much power does the resistor dissipate?",
         ask="the power dissipated by the resistor"),
])
def _():
    def sample(r, sc):
        return dict(ImA=r.choice([10, 20, 25, 40, 50, 80, 100, 120, 150, 200, 250, 300, 400, 500]),
                    R=r.choice([10, 20, 22, 30, 47, 50, 100, 120, 150, 200, 220, 330, 470]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("I", "current", Q(g["ImA"], "mA"), "/", 1000, "A", "amperes", g["cv"], "A"),
            Step(S("V", "voltage"), "the voltage", R(0) * Q(g["R"], "ohm"), "V", formula=S("I") * S("R"), law="Ohm's law",
                 word="Voltage"),
            Step(S("P", "power"), "the power", R(1) * R(0), "W", formula=S("V", "voltage") * S("I"), word="Power"),
        ]

    def givens(g, sc):
        return [("Current", "I", Q(g["ImA"], "mA")), ("Resistance", "R", Q(g["R"], "ohm"))]
    return sample, build, givens


@pat("series_resistors", [
    dict(text="Two resistors, {R1} Ω and {R2} Ω, are connected in series to a {V} V battery. What is the voltage across the {R1} Ω resistor?",
         ask="the voltage across the first resistor"),
    dict(text="A {V} V supply drives current through a {R1} Ω lamp in series with a {R2} Ω resistor. Find the voltage across the lamp.",
         ask="the voltage across the lamp"),
    dict(text="In a series circuit, a {R1} Ω heater and a {R2} Ω resistor are connected to {V} V. How many volts are across the heater?",
         ask="the voltage across the heater"),
])
def _():
    def sample(r, sc):
        R1, R2 = r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30]), r.choice([1, 2, 3, 4, 5, 6, 8, 10, 15, 20])
        I = r.choice([F(x) for x in ("0.2", "0.25", "0.4", "0.5", "0.6", "0.75", "0.8", "1", "1.2", "1.5", "2")])
        return dict(R1=R1, R2=R2, V=(R1 + R2) * I if r.random() < 0.8 else r.choice([6, 9, 12, 24]))

    def build(g, sc):
        return [
            Step(S("R_T", "total resistance"), "the total resistance", Q(g["R1"], "ohm") + Q(g["R2"], "ohm"), "ohm",
                 formula=S("R_1") + S("R_2"), word="Total resistance", short="total resistance"),
            Step(S("I", "current"), "the current", Q(g["V"], "V") / R(0), "A", formula=S("V") / S("R_T", "total resistance"),
                 law="Ohm's law", word="Current"),
            Step(S("V_1", "voltage"), sc["ask"], R(1) * Q(g["R1"], "ohm"), "V", formula=S("I") * S("R_1"), word="Voltage",
                 short="voltage"),
        ]

    def givens(g, sc):
        return [("R₁", "R₁", Q(g["R1"], "ohm")), ("R₂", "R₂", Q(g["R2"], "ohm")), ("Supply voltage", "V", Q(g["V"], "V"))]
    return sample, build, givens


@pat("heater_energy_kj", [
    dict(text="A kettle operates at {V} V and draws a current of {I} A. How much energy, in kJ, does it use in {t} minutes?",
         ask="the energy used by the kettle"),
    dict(text="A hair dryer runs on {V} V with a current of {I} A. How many kilojoules of energy does it use in {t} min?",
         ask="the energy used", I=(4, 10, "0.5")),
    dict(text="A toaster draws {I} A from a {V} V outlet. Find the energy it consumes in {t} minutes, in kJ.",
         ask="the energy consumed", I=(3, 8, "0.5")),
])
def _():
    def sample(r, sc):
        return dict(V=r.choice([110, 120, 220, 230, 240]), I=P(r, sc, "I", (5, 12, "0.5")), t=rr(r, 2, 10), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            Step(S("P", "power"), "the power", Q(g["V"], "V") * Q(g["I"], "A"), "W", formula=S("V", "voltage") * S("I"), word="Power"),
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv"], "s"),
            Step(S("E", "energy"), "the energy in joules", R(0) * R(1), "J", formula=S("P") * S("t"), word="Energy", tdesc="the energy"),
            conv("E", "energy", R(2), "/", 1000, "kJ", "kilojoules", "op", "kJ"),
        ]

    def givens(g, sc):
        return [("Voltage", "V", Q(g["V"], "V")), ("Current", "I", Q(g["I"], "A")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("charge_energy", [
    dict(text="A current of {I} A flows through a {V} V lamp for {t} minutes. How much charge passes through it, and how much energy is transferred? Give the energy in joules.",
         ask="the energy transferred"),
    dict(text="A phone charger delivers {I} A at {V} V for {t} min. How much energy (in J) is delivered to the phone?",
         ask="the energy delivered"),
    dict(text="An electric toothbrush is charged with a current of {I} A at {V} V for {t} minutes. How much energy, in joules, does it receive?",
         ask="the energy received"),
])
def _():
    def sample(r, sc):
        return dict(I=r.choice([F(x) for x in ("0.5", "1", "1.5", "2", "2.5", "3", "0.2", "0.4")]), V=r.choice([3, 5, 6, 9, 12, 24]),
                    t=rr(r, 2, 30), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("t", "time", Q(g["t"], "min"), "*", 60, "s", "seconds", g["cv"], "s"),
            Step(S("Q", "charge"), "the charge", Q(g["I"], "A") * R(0), "C", formula=S("I") * S("t"), word="Charge"),
            Step(S("E", "energy"), "the energy transferred", R(1) * Q(g["V"], "V"), "J", formula=S("Q", "charge") * S("V", "voltage"),
                 word="Energy"),
        ]

    def givens(g, sc):
        return [("Current", "I", Q(g["I"], "A")), ("Voltage", "V", Q(g["V"], "V")), ("Time", "t", Q(g["t"], "min"))]
    return sample, build, givens


@pat("bulb_kwh_hours", [
    dict(text="A {I} A current flows through a {R} Ω heating coil. If the coil is used for {h} hours, how many kilowatt-hours of energy does it use?",
         ask="the energy used in kWh"),
    dict(text="A {R} Ω resistor in a water heater carries {I} A. How much energy does it use in {h} h, in kWh?",
         ask="the energy used"),
    dict(text="An oven's heating element has a resistance of {R} Ω and carries {I} A. If the oven is on for {h} h, how many kWh of energy does it use?",
         ask="the energy used by the oven"),
])
def _():
    def sample(r, sc):
        return dict(I=r.choice([2, 3, 4, 5, 6, 8, 10]), R=r.choice([5, 10, 12, 15, 20, 24, 25, 30, 40, 50]), h=rr(r, 1, 10, "0.5"))

    def build(g, sc):
        return [
            Step(S("V", "voltage"), "the voltage", Q(g["I"], "A") * Q(g["R"], "ohm"), "V", formula=S("I") * S("R"), law="Ohm's law",
                 word="Voltage"),
            Step(S("P", "power"), "the power", R(0) * Q(g["I"], "A"), "W", formula=S("V", "voltage") * S("I"), word="Power"),
            conv("P", "power", R(1), "/", 1000, "kW", "kilowatts", "op", "kW"),
            Step(S("E", "energy"), "the energy", R(2) * Q(g["h"], "h"), "kWh", formula=S("P") * S("t"), word="Energy"),
        ]

    def givens(g, sc):
        return [("Current", "I", Q(g["I"], "A")), ("Resistance", "R", Q(g["R"], "ohm")), ("Time", "t", Q(g["h"], "h"))]
    return sample, build, givens


# ----------------------------------------------------------------- density / pressure

@pat("density_block", [
    dict(text="A rectangular block measures {l} cm by {w} cm by {hh} cm and has a mass of {m} g. What is its density in kg/m³?",
         ask="the density of the block"),
    dict(text="A bar of soap is {l} cm long, {w} cm wide and {hh} cm thick, with a mass of {m} g. Find its density in kg/m³.",
         ask="the soap's density"),
    dict(text="A metal brick has dimensions {l} cm × {w} cm × {hh} cm and a mass of {m} g. Calculate its density in kilograms per cubic meter.",
         ask="the density of the brick"),
])
def _():
    def sample(r, sc):
        l, w, hh = rr(r, 2, 20), rr(r, 2, 10), rr(r, 1, 8)
        rho = r.choice([F(x) for x in ("0.5", "0.8", "0.9", "1.2", "2.5", "2.7", "7.8", "8.9", "11.3", "0.6", "1.5")])
        return dict(l=l, w=w, hh=hh, m=l * w * hh * rho)

    def build(g, sc):
        return [
            Step(S("V", "volume"), "the volume", Q(g["l"], "cm") * Q(g["w"], "cm") * Q(g["hh"], "cm"), "cm3",
                 formula=S("l", "length") * S("w", "width") * S("h", "height"), word="Volume"),
            Step(S("ρ", "density"), "the density in g/cm³", Q(g["m"], "g") / R(0), "g/cm3", formula=S("m") / S("V", "volume"),
                 word="Density", tdesc="the density"),
            conv("ρ", "density", R(1), "*", 1000, "kg/m3", "kg/m³", "op", "kg/m³"),
        ]

    def givens(g, sc):
        return [("Length", "l", Q(g["l"], "cm")), ("Width", "w", Q(g["w"], "cm")), ("Height", "h", Q(g["hh"], "cm")), ("Mass", "m", Q(g["m"], "g"))]
    return sample, build, givens


@pat("density_simple", [
    dict(text="A stone with a mass of {m} g is lowered into a graduated cylinder and the water level rises from {v1} mL to {v2} mL. What is the density of the stone in g/cm³?",
         ask="the density of the stone"),
    dict(text="A student drops a {m} g metal nut into a measuring cylinder. The water rises from {v1} mL to {v2} mL. Find the density of the nut in g/mL.",
         ask="the density of the nut"),
    dict(text="A {m} g key is placed in a measuring cylinder, raising the water level from {v1} mL to {v2} mL. What is the density of the key in g/cm³?",
         ask="the density of the key"),
])
def _():
    def sample(r, sc):
        dv = rr(r, 2, 60)
        rho = r.choice([F(x) for x in ("2.5", "2.7", "3", "4.5", "7.8", "8.9", "2.4", "3.2", "1.6")])
        v1 = rr(r, 20, 80, 5)
        return dict(m=dv * rho, v1=v1, v2=v1 + dv)

    def build(g, sc):
        return [
            Step(S("V", "volume"), "the volume of water displaced", Q(g["v2"], "mL") - Q(g["v1"], "mL"), "mL",
                 formula=S("V_2") - S("V_1"), word="Volume", tdesc="the volume displaced"),
            Step(S("ρ", "density"), "the density", Q(g["m"], "g") / R(0), "g/mL", formula=S("m") / S("V", "volume"), word="Density"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "g")), ("Initial level", "V₁", Q(g["v1"], "mL")), ("Final level", "V₂", Q(g["v2"], "mL"))]
    return sample, build, givens


@pat("mass_from_density", [
    dict(text="Olive oil has a density of {rho} g/mL. What is the mass, in kilograms, of {VL} L of olive oil?",
         ask="the mass of the oil"),
    dict(text="A bottle holds {VL} L of a liquid whose density is {rho} g/mL. What is the mass of the liquid in kg?",
         ask="the mass of the liquid"),
    dict(text="Seawater has a density of {rho} g/mL. Find the mass in kilograms of {VL} liters of seawater.",
         ask="the mass of the seawater"),
])
def _():
    def sample(r, sc):
        return dict(rho=r.choice([F(x) for x in ("0.92", "0.8", "1.03", "1.2", "0.79", "1.1", "1.26", "0.9", "1.05")]),
                    VL=r.choice([F(x) for x in ("0.5", "1.5", "2", "2.5", "4", "5", "0.75", "3", "10", "1.2")]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("V", "volume", Q(g["VL"], "L"), "*", 1000, "mL", "milliliters", g["cv"], "mL"),
            Step(S("m", "mass"), "the mass in grams", Q(g["rho"], "g/mL") * R(0), "g", formula=S("ρ", "density") * S("V", "volume"),
                 word="Mass", tdesc="the mass"),
            conv("m", "mass", R(1), "/", 1000, "kg", "kilograms", "op", "kg"),
        ]

    def givens(g, sc):
        return [("Density", "ρ", Q(g["rho"], "g/mL")), ("Volume", "V", Q(g["VL"], "L"))]
    return sample, build, givens


@pat("pressure_mass_area", [
    dict(text="A {m} kg statue stands on a base with an area of {Acm} cm². What pressure does it exert on the floor, in kPa? (g = 9.8 m/s²)",
         ask="the pressure on the floor"),
    dict(text="A {m} kg crate rests on a square pallet footprint of {Acm} cm². Using g = 9.8 m/s², find the pressure on the ground in kilopascals.",
         ask="the pressure on the ground", m=(50, 600, 10)),
    dict(text="A {m} kg person stands on one foot; the sole has a contact area of {Acm} cm². What pressure, in kPa, is exerted on the ground? (g = 9.8 m/s²)",
         ask="the pressure exerted", m=(40, 100), Acm=[100, 120, 125, 140, 150, 160, 175, 200, 250]),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (100, 2000, 50)), Acm=P(r, sc, "Acm", [100, 125, 140, 160, 196, 200, 250, 280, 350, 400, 490, 500, 625, 800]),
                    cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            Step(S("F", "force"), "the force (weight)", Q(g["m"], "kg") * Q(G, "m/s2"), "N", formula=S("m") * S("g"), word="Force",
                 tdesc="the weight"),
            conv("A", "area", Q(g["Acm"], "cm2"), "/", 10000, "m2", "square meters", g["cv"], "m²"),
            Step(S("P", "pressure"), "the pressure in pascals", R(0) / R(1), "Pa", formula=S("F") / S("A", "area"), word="Pressure",
                 tdesc="the pressure"),
            conv("P", "pressure", R(2), "/", 1000, "kPa", "kilopascals", "op", "kPa"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Area", "A", Q(g["Acm"], "cm2")), gq]
    return sample, build, givens


@pat("pressure_box", [
    dict(text="A box weighing {F} N rests on a face that measures {l} m by {w} m. What pressure does it exert on the floor?",
         ask="the pressure on the floor"),
    dict(text="A {F} N load is spread evenly over a rectangular plate {l} m long and {w} m wide. Find the pressure under the plate in pascals.",
         ask="the pressure under the plate"),
    dict(text="A water tank weighs {F} N and sits on a rectangular base of {l} m × {w} m. What pressure, in Pa, does it exert?",
         ask="the pressure exerted"),
])
def _():
    def sample(r, sc):
        return dict(F=rr(r, 100, 20000, 50), l=r.choice([F(x) for x in ("0.2", "0.25", "0.4", "0.5", "0.8", "1", "1.2", "1.5", "2")]),
                    w=r.choice([F(x) for x in ("0.1", "0.2", "0.25", "0.4", "0.5", "0.6", "0.8", "1")]))

    def build(g, sc):
        return [
            Step(S("A", "area"), "the area", Q(g["l"], "m") * Q(g["w"], "m"), "m2", formula=S("l", "length") * S("w", "width"), word="Area"),
            Step(S("P", "pressure"), "the pressure", Q(g["F"], "N") / R(0), "Pa", formula=S("F") / S("A", "area"), word="Pressure"),
        ]

    def givens(g, sc):
        return [("Force", "F", Q(g["F"], "N")), ("Length", "l", Q(g["l"], "m")), ("Width", "w", Q(g["w"], "m"))]
    return sample, build, givens


# ----------------------------------------------------------------- chemistry

SOLUTES = [("NaCl", "sodium chloride", F("58.5")), ("NaOH", "sodium hydroxide", F(40)), ("KCl", "potassium chloride", F("74.5")),
           ("C₆H₁₂O₆", "glucose", F(180)), ("CaCl₂", "calcium chloride", F(111)), ("KNO₃", "potassium nitrate", F(101)),
           ("NH₄Cl", "ammonium chloride", F("53.5")), ("CuSO₄", "copper(II) sulfate", F("159.5"))]


def solute(r):
    return r.randrange(len(SOLUTES))


@pat("conc_from_mass", [
    dict(text="{mass} g of {name} ({f}, molar mass {M} g/mol) is dissolved in water to make {VmL} mL of solution. What is the molar concentration?",
         ask="the concentration of the solution"),
    dict(text="A student dissolves {mass} g of {f} (M = {M} g/mol) and makes the volume up to {VmL} mL. Calculate the concentration in mol/L.",
         ask="the concentration"),
    dict(text="What is the molarity of a solution made by dissolving {mass} g of {name} (molar mass {M} g/mol) in enough water to give {VmL} mL of solution?",
         ask="the molarity"),
])
def _():
    def sample(r, sc):
        i = solute(r)
        n = r.choice([F(x) for x in ("0.05", "0.1", "0.2", "0.25", "0.4", "0.5", "0.02", "0.15", "0.3", "0.75")])
        return dict(i=i, name=SOLUTES[i][1], f=SOLUTES[i][0], M=T(SOLUTES[i][2]), mass=n * SOLUTES[i][2], VmL=r.choice([100, 200, 250, 400, 500, 750, 1000, 125, 50]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        M = SOLUTES[g["i"]][2]
        return [
            Step(S("n", "moles"), "the number of moles", Q(g["mass"], "g") / Q(M, "g/mol"), "mol", formula=S("m", "mass") / S("M"),
                 word="Moles", tdesc="the number of moles"),
            conv("V", "volume", Q(g["VmL"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("c", "concentration"), "the concentration", R(0) / R(1), "mol/L", formula=S("n", "moles") / S("V", "volume"),
                 word="Concentration", dp=3),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["mass"], "g")), ("Molar mass", "M", Q(SOLUTES[g["i"]][2], "g/mol")), ("Volume", "V", Q(g["VmL"], "mL"))]
    return sample, build, givens


@pat("mass_needed", [
    dict(text="How many grams of {name} ({f}, M = {M} g/mol) are needed to make {VmL} mL of a {c} mol/L solution?",
         ask="the mass of {f} needed"),
    dict(text="A lab technician needs {VmL} mL of {c} M {f} solution. What mass of {f} (molar mass {M} g/mol) should she weigh out?",
         ask="the mass to weigh out"),
    dict(text="Calculate the mass of {name} required to prepare {VmL} mL of a {c} mol/L solution. The molar mass of {f} is {M} g/mol.",
         ask="the mass required"),
])
def _():
    def sample(r, sc):
        i = solute(r)
        return dict(i=i, name=SOLUTES[i][1], f=SOLUTES[i][0], M=T(SOLUTES[i][2]), c=r.choice([F(x) for x in ("0.1", "0.2", "0.25", "0.5", "1", "1.5", "2", "0.4", "0.05")]),
                    VmL=r.choice([100, 200, 250, 400, 500, 750, 1000, 150]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        M = SOLUTES[g["i"]][2]
        return [
            conv("V", "volume", Q(g["VmL"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("n", "moles"), "the moles needed", Q(g["c"], "mol/L") * R(0), "mol", formula=S("c", "concentration") * S("V", "volume"),
                 word="Moles", tdesc="the number of moles needed"),
            Step(S("m", "mass"), "the mass", R(1) * Q(M, "g/mol"), "g", formula=S("n", "moles") * S("M"), word="Mass"),
        ]

    def givens(g, sc):
        return [("Volume", "V", Q(g["VmL"], "mL")), ("Concentration", "c", Q(g["c"], "mol/L")), ("Molar mass", "M", Q(SOLUTES[g["i"]][2], "g/mol"))]
    return sample, build, givens


@pat("percent_yield_caco3", [
    dict(text="Heating {m} g of calcium carbonate (CaCO₃, 100 g/mol) produces calcium oxide (CaO, 56 g/mol): CaCO₃ → CaO + CO₂. If {act} g of CaO is actually collected, what is the percent yield?",
         ask="the percent yield"),
    dict(text="A student decomposes {m} g of CaCO₃ (M = 100 g/mol) to make CaO (M = 56 g/mol). The reaction is CaCO₃ → CaO + CO₂ and she recovers {act} g of CaO. Find the percent yield.",
         ask="the percent yield"),
])
def _():
    def sample(r, sc):
        m = rr(r, 5, 200, 5)
        pct = r.choice([60, 65, 70, 75, 80, 85, 90, 95, 50, 88, 92])
        return dict(m=m, act=m * Fr(56, 100) * pct / 100)

    def build(g, sc):
        return [
            Step(S("n", "moles of CaCO₃"), "the moles of CaCO₃", Q(g["m"], "g") / Q(100, "g/mol"), "mol", formula=S("m", "mass") / S("M"),
                 word="Moles of CaCO₃", short="moles of CaCO₃"),
            Step(S("m_th", "theoretical yield"), "the theoretical mass of CaO", R(0) * Q(56, "g/mol"), "g",
                 formula=S("n", "moles") * S("M_CaO", "molar mass of CaO"), word="Theoretical yield", short="theoretical yield",
                 tdesc="the theoretical yield of CaO"),
            Step(S("yield", "percent yield"), "the percent yield", Q(g["act"], "g") / R(1) * Q(100, "pct"), "pct",
                 formula=S("actual", "actual yield") / S("theoretical", "theoretical yield") * S("100%", "100%"), word="Percent yield",
                 short="percent yield", dp=1),
        ]

    def givens(g, sc):
        return [("Mass of CaCO₃", "m", Q(g["m"], "g")), ("Actual yield", "m_actual", Q(g["act"], "g"))]
    return sample, build, givens


@pat("percent_yield_water", [
    dict(text="Hydrogen burns in oxygen: 2H₂ + O₂ → 2H₂O. A reaction starts with {mO2} g of O₂ (32 g/mol) and excess hydrogen, and {act} g of water (18 g/mol) is collected. What is the percent yield?",
         ask="the percent yield"),
    dict(text="In the reaction 2H₂ + O₂ → 2H₂O, {mO2} g of oxygen (M = 32 g/mol) reacts completely with excess H₂. Only {act} g of H₂O (M = 18 g/mol) is recovered. Calculate the percent yield.",
         ask="the percent yield"),
])
def _():
    def sample(r, sc):
        n = r.choice([F(x) for x in ("0.25", "0.5", "0.75", "1", "1.25", "1.5", "2", "2.5", "3", "0.125")])
        pct = r.choice([60, 70, 75, 80, 85, 90, 95, 50, 96])
        return dict(mO2=n * 32, act=n * 2 * 18 * pct / 100)

    def build(g, sc):
        return [
            Step(S("n_O₂", "moles of O₂", "n_{\\text{O}_2}"), "the moles of O₂", Q(g["mO2"], "g") / Q(32, "g/mol"), "mol",
                 formula=S("m", "mass") / S("M"), word="Moles of O₂", short="moles of O₂"),
            Step(S("n_H₂O", "moles of H₂O", "n_{\\text{H}_2\\text{O}}"), "the moles of water formed (2 mol H₂O per mol O₂)", C(2) * R(0), "mol",
                 word="Moles of H₂O", short="moles of H₂O", tdesc="the moles of water"),
            Step(S("m_th", "theoretical yield"), "the theoretical mass of water", R(1) * Q(18, "g/mol"), "g",
                 formula=S("n", "moles") * S("M"), word="Theoretical yield", short="theoretical yield", tdesc="the theoretical yield"),
            Step(S("yield", "percent yield"), "the percent yield", Q(g["act"], "g") / R(2) * Q(100, "pct"), "pct",
                 formula=S("actual", "actual yield") / S("theoretical", "theoretical yield") * S("100%", "100%"), word="Percent yield",
                 short="percent yield", dp=1),
        ]

    def givens(g, sc):
        return [("Mass of O₂", "m", Q(g["mO2"], "g")), ("Actual yield", "m_actual", Q(g["act"], "g"))]
    return sample, build, givens


@pat("dilution", [
    dict(text="{V1} mL of a {c1} mol/L HCl stock solution is diluted with water to a final volume of {V2} mL. What is the new concentration?",
         ask="the new concentration"),
    dict(text="A chemist takes {V1} mL of {c1} M sodium hydroxide and adds water until the total volume is {V2} mL. Find the concentration of the diluted solution in mol/L.",
         ask="the concentration of the diluted solution"),
    dict(text="You pipette {V1} mL of {c1} mol/L copper sulfate solution into a flask and fill it to {V2} mL. What is the concentration now?",
         ask="the final concentration"),
])
def _():
    def sample(r, sc):
        return dict(V1=r.choice([5, 10, 20, 25, 40, 50, 100, 125]), c1=r.choice([F(x) for x in ("0.5", "1", "1.5", "2", "3", "0.8", "1.2", "6")]),
                    V2=r.choice([100, 200, 250, 500, 1000]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("V_1", "stock volume", Q(g["V1"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("n", "moles"), "the moles of solute", Q(g["c1"], "mol/L") * R(0), "mol", formula=S("c_1") * S("V_1"), word="Moles"),
            conv("V_2", "final volume", Q(g["V2"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("c_2", "new concentration"), "the new concentration", R(1) / R(2), "mol/L", formula=S("n", "moles") / S("V_2", "final volume"),
                 word="New concentration", short="new concentration", dp=3),
        ]

    def givens(g, sc):
        return [("Stock volume", "V₁", Q(g["V1"], "mL")), ("Stock concentration", "c₁", Q(g["c1"], "mol/L")), ("Final volume", "V₂", Q(g["V2"], "mL"))]
    return sample, build, givens


GASES = [("CO₂", "carbon dioxide", [("C", 12, 1), ("O", 16, 2)]), ("H₂O", "water", [("H", 1, 2), ("O", 16, 1)]),
         ("NH₃", "ammonia", [("N", 14, 1), ("H", 1, 3)]), ("CH₄", "methane", [("C", 12, 1), ("H", 1, 4)]),
         ("SO₂", "sulfur dioxide", [("S", 32, 1), ("O", 16, 2)]), ("NO₂", "nitrogen dioxide", [("N", 14, 1), ("O", 16, 2)])]


@pat("molar_mass_moles", [
    dict(text="How many moles are in {m} g of {name} ({f})? Use atomic masses {am}.",
         ask="the number of moles"),
    dict(text="A sample contains {m} g of {f}. Using the atomic masses {am}, calculate the amount of {name} in moles.",
         ask="the amount in moles"),
    dict(text="Find the number of moles in a {m} g sample of {name}, {f}. (Atomic masses: {am}.)",
         ask="the number of moles"),
])
def _():
    def sample(r, sc):
        i = r.randrange(len(GASES))
        M = sum(a * k for _, a, k in GASES[i][2])
        n = r.choice([F(x) for x in ("0.2", "0.25", "0.5", "0.75", "1.5", "2", "2.5", "3", "0.1", "4", "1.25")])
        am = ", ".join(f"{el} = {a}" for el, a, k in GASES[i][2])
        return dict(i=i, m=n * M, name=GASES[i][1], f=GASES[i][0], am=am)

    def build(g, sc):
        parts = GASES[g["i"]][2]
        e = None
        for el, a, k in parts:
            t = Q(a) if k == 1 else C(k) * Q(a)
            e = t if e is None else e + t
        return [
            Step(S("M", "molar mass"), f"the molar mass of {GASES[g['i']][0]}", e, "g/mol", word="Molar mass",
                 tdesc=f"the molar mass of {GASES[g['i']][0]}"),
            Step(S("n", "moles"), "the number of moles", Q(g["m"], "g") / R(0), "mol", formula=S("m", "mass") / S("M"), word="Moles"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "g"))]
    return sample, build, givens


@pat("molecules_to_mass", [
    dict(text="A flask contains {Ntxt} molecules of water (H₂O, 18 g/mol). Using Avogadro's number 6.02 × 10²³ mol⁻¹, what is the mass of the water?",
         ask="the mass of the water", k=0),
    dict(text="A balloon holds {Ntxt} atoms of helium gas (4 g/mol). With N_A = 6.02 × 10²³ per mole, find the mass of helium in grams.",
         ask="the mass of helium", k=1),
    dict(text="A sample of carbon dioxide (44 g/mol) contains {Ntxt} molecules. Taking Avogadro's number as 6.02 × 10²³, what is the sample's mass in grams?",
         ask="the mass of the sample", k=2),
])
def _():
    def sample(r, sc):
        n = r.choice([F(x) for x in ("0.5", "1", "1.5", "2", "2.5", "3", "0.25", "4", "5", "0.1")])
        N = n * F("6.02") * F(10) ** 23
        e = 23
        mnt = N / F(10) ** 23
        while mnt >= 10:
            mnt /= 10
            e += 1
        while mnt < 1:
            mnt *= 10
            e -= 1
        sup = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
        return dict(n=n, N=N, Ntxt=f"{T(mnt)} × 10{str(e).translate(sup)}")

    def build(g, sc):
        M = {0: 18, 1: 4, 2: 44}[sc["k"]]
        return [
            Step(S("n", "moles"), "the number of moles", Q(g["N"], "molecules", sci=True) / Q(F("6.02") * F(10) ** 23, "/mol", sci=True),
                 "mol", formula=S("N", "number of molecules") / S("N_A", "Avogadro's number"), word="Moles"),
            Step(S("m", "mass"), "the mass", R(0) * Q(M, "g/mol"), "g", formula=S("n", "moles") * S("M"), word="Mass"),
        ]

    def givens(g, sc):
        return [("Number of molecules", "N", Q(g["N"], None, sci=True)), ("Avogadro's number", "N_A", Q(F("6.02") * F(10) ** 23, "/mol", sci=True))]
    return sample, build, givens


@pat("water_element_mass", [
    dict(text="A glass contains {m} g of water (H₂O, molar mass 18 g/mol). Each mole of water contains 2 g of hydrogen. How many moles of water are in the glass, and what mass of hydrogen does it contain?",
         ask="the mass of hydrogen", pm=2, el="hydrogen"),
    dict(text="A bottle holds {m} g of water (H₂O, 18 g/mol). One mole of water contains 16 g of oxygen. What mass of oxygen is in the water?",
         ask="the mass of oxygen", pm=16, el="oxygen"),
])
def _():
    def sample(r, sc):
        n = rr(r, 1, 20, "0.5")
        return dict(m=n * 18)

    def build(g, sc):
        return [
            Step(S("n", "moles"), "the moles of water", Q(g["m"], "g") / Q(18, "g/mol"), "mol", formula=S("m", "mass") / S("M"), word="Moles"),
            Step(S("m_" + sc["el"][0].upper(), "mass of " + sc["el"]), "the mass of " + sc["el"], R(0) * Q(sc["pm"], "g/mol"), "g",
                 word="Mass of " + sc["el"], short="mass of " + sc["el"]),
        ]

    def givens(g, sc):
        return [("Mass of water", "m", Q(g["m"], "g"))]
    return sample, build, givens


@pat("gas_stp", [
    dict(text="At STP, one mole of any gas occupies 22.4 L. What is the mass of {V} L of {name} ({f}, M = {M} g/mol) at STP?",
         ask="the mass of the gas"),
    dict(text="A balloon is filled with {V} L of {name} at STP (molar volume 22.4 L/mol). The molar mass of {f} is {M} g/mol. Find the mass of gas in the balloon.",
         ask="the mass of gas in the balloon"),
    dict(text="A gas cylinder releases {V} L of {name} measured at STP, where 1 mol of gas occupies 22.4 L. If {f} has a molar mass of {M} g/mol, what mass of gas was released?",
         ask="the mass of gas released"),
])
def _():
    def sample(r, sc):
        i = r.randrange(len(GASES))
        n = r.choice([F(x) for x in ("0.25", "0.5", "0.75", "1.5", "2", "2.5", "3", "0.1", "0.125", "4")])
        M = sum(a * k for _, a, k in GASES[i][2])
        return dict(i=i, V=n * F("22.4"), name=GASES[i][1], f=GASES[i][0], M=str(M))

    def build(g, sc):
        M = sum(a * k for _, a, k in GASES[g["i"]][2])
        return [
            Step(S("n", "moles"), "the number of moles", Q(g["V"], "L") / Q("22.4", "L/mol"), "mol", formula=S("V", "volume") / S("V_m", "molar volume"),
                 word="Moles"),
            Step(S("m", "mass"), "the mass", R(0) * Q(M, "g/mol"), "g", formula=S("n", "moles") * S("M"), word="Mass"),
        ]

    def givens(g, sc):
        return [("Volume", "V", Q(g["V"], "L")), ("Molar volume", "V_m", Q("22.4", "L/mol"))]
    return sample, build, givens


@pat("mass_percent", [
    dict(text="{ms} g of sugar is dissolved in {mw} g of water. What is the mass percent of sugar in the solution?",
         ask="the mass percent of sugar"),
    dict(text="A brine is made by dissolving {ms} g of salt in {mw} g of water. Find the percentage by mass of salt.",
         ask="the percentage of salt by mass"),
    dict(text="A student mixes {ms} g of potassium nitrate into {mw} g of water. What is the mass percentage of the solute?",
         ask="the mass percentage of the solute"),
])
def _():
    def sample(r, sc):
        tot = r.choice([50, 80, 100, 125, 150, 200, 250, 400, 500, 160, 320])
        pct = r.choice([F(x) for x in ("5", "8", "10", "12.5", "15", "20", "25", "4", "2.5", "30", "6")])
        ms = tot * pct / 100
        return dict(ms=ms, mw=tot - ms)

    def build(g, sc):
        return [
            Step(S("m_solution", "mass of solution"), "the mass of the solution", Q(g["ms"], "g") + Q(g["mw"], "g"), "g",
                 formula=S("m_solute", "mass of solute") + S("m_water", "mass of water"), word="Mass of solution", short="mass of solution"),
            Step(S("w", "mass percent"), "the mass percent", Q(g["ms"], "g") / R(0) * Q(100, "pct"), "pct",
                 formula=S("m_solute", "mass of solute") / S("m_solution", "mass of solution") * S("100%", "100%"),
                 word="Mass percent", short="mass percent", dp=1),
        ]

    def givens(g, sc):
        return [("Mass of solute", "m_solute", Q(g["ms"], "g")), ("Mass of water", "m_water", Q(g["mw"], "g"))]
    return sample, build, givens


@pat("stoich_o2_water", [
    dict(text="How many grams of water (18 g/mol) form when {mO2} g of oxygen gas (O₂, 32 g/mol) reacts completely with hydrogen? The equation is 2H₂ + O₂ → 2H₂O.",
         ask="the mass of water formed", ratio=2),
    dict(text="Methane burns according to CH₄ + 2O₂ → CO₂ + 2H₂O. If {mO2} g of O₂ (32 g/mol) is used up, what mass of water (18 g/mol) is produced?",
         ask="the mass of water produced", ratio=1),
])
def _():
    def sample(r, sc):
        n = r.choice([F(x) for x in ("0.25", "0.5", "0.75", "1", "1.5", "2", "2.5", "3", "4", "0.125")])
        return dict(mO2=n * 32)

    def build(g, sc):
        ratio = sc["ratio"]
        return [
            Step(S("n_O₂", "moles of O₂", "n_{\\text{O}_2}"), "the moles of O₂", Q(g["mO2"], "g") / Q(32, "g/mol"), "mol",
                 formula=S("m", "mass") / S("M"), word="Moles of O₂", short="moles of O₂"),
            Step(S("n_H₂O", "moles of H₂O", "n_{\\text{H}_2\\text{O}}"), "the moles of water from the mole ratio", Q(ratio) * R(0), "mol",
                 word="Moles of H₂O", short="moles of H₂O", tdesc="the moles of water"),
            Step(S("m", "mass of water"), "the mass of water", R(1) * Q(18, "g/mol"), "g", formula=S("n", "moles") * S("M"),
                 word="Mass of water", short="mass of water"),
        ]

    def givens(g, sc):
        return [("Mass of O₂", "m", Q(g["mO2"], "g"))]
    return sample, build, givens


@pat("specific_heat", [
    dict(text="How much heat is needed to warm {m} g of water from {T1} °C to {T2} °C? The specific heat of water is 4.18 J/(g·°C). Give your answer in kJ.",
         ask="the heat required", c="4.18"),
    dict(text="A {m} g aluminum block is heated from {T1} °C to {T2} °C. Aluminum's specific heat is 0.9 J/(g·°C). How many kilojoules of heat are absorbed?",
         ask="the heat absorbed", c="0.9"),
    dict(text="A {m} g piece of copper (specific heat 0.385 J/(g·°C)) is warmed from {T1} °C to {T2} °C. Find the heat absorbed in kJ.",
         ask="the heat absorbed", c="0.385"),
    dict(text="A pot holds {m} g of water at {T1} °C. How much heat, in kJ, raises it to {T2} °C? (c = 4.18 J/(g·°C))",
         ask="the heat needed", c="4.18"),
])
def _():
    def sample(r, sc):
        T1 = rr(r, 10, 40)
        return dict(m=rr(r, 50, 2000, 50), T1=T1, T2=T1 + rr(r, 5, 60))

    def build(g, sc):
        return [
            Step(S("ΔT", "temperature change"), "the temperature change", Q(g["T2"], "degC") - Q(g["T1"], "degC"), "degC",
                 formula=S("T_f", "final temperature") - S("T_i", "initial temperature"), word="Temperature change", short="ΔT"),
            Step(S("Q", "heat"), "the heat in joules", Q(g["m"], "g") * Q(sc["c"], "shc") * R(0), "J",
                 formula=S("m") * S("c") * S("ΔT"), word="Heat", tdesc="the heat"),
            conv("Q", "heat", R(1), "/", 1000, "kJ", "kilojoules", "op", "kJ"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "g")), ("Specific heat", "c", Q(sc["c"], "shc")), ("Initial temperature", "T_i", Q(g["T1"], "degC")),
                ("Final temperature", "T_f", Q(g["T2"], "degC"))]
    return sample, build, givens


@pat("heat_final_temp", [
    dict(text="{QkJ} kJ of heat is added to {m} g of water at {T1} °C. If the specific heat of water is 4.18 J/(g·°C), what is the final temperature?",
         ask="the final temperature", c="4.18"),
    dict(text="A {m} g iron bar at {T1} °C absorbs {QkJ} kJ of heat. Iron has a specific heat of 0.45 J/(g·°C). What is its final temperature?",
         ask="the final temperature of the bar", c="0.45"),
    dict(text="A {m} g sample of water at {T1} °C is heated with {QkJ} kJ of energy. Using c = 4.18 J/(g·°C), find the final temperature.",
         ask="the final temperature", c="4.18"),
])
def _():
    def sample(r, sc):
        approx = r.random() < 0.3
        while True:
            m = rr(r, 50, 1000, 25)
            dT = rr(r, 4, 50)
            q = m * F(sc["c"]) * dT / 1000
            if approx or (q * 100).denominator == 1:
                break
        return dict(m=m, T1=rr(r, 10, 30), dT=dT, cv=r.choice(["op", "eq"]), approx=approx)

    def build(g, sc):
        c = F(sc["c"])
        Q_ = g["m"] * c * g["dT"]
        if g["approx"]:
            Q_ = F(round(Q_ / 100)) * 100 + 100 * (1 if (Q_ / 100).denominator == 1 else 0)
        g["QkJ"] = Q_ / 1000
        return [
            conv("Q", "heat", Q(g["QkJ"], "kJ"), "*", 1000, "J", "joules", g["cv"], "J"),
            Step(S("ΔT", "temperature change"), "the temperature change", R(0) / (Q(g["m"], "g") * Q(c, "shc")), "degC",
                 formula=S("Q", "heat") / (S("m") * S("c")), word="Temperature change", short="ΔT", dp=1),
            Step(S("T_f", "final temperature"), "the final temperature", Q(g["T1"], "degC") + R(1), "degC",
                 formula=S("T_i", "initial temperature") + S("ΔT", "temperature change"), word="Final temperature", short="final temperature",
                 dp=1),
        ]

    def givens(g, sc):
        return [("Heat", "Q", Q(g["QkJ"], "kJ")), ("Mass", "m", Q(g["m"], "g")), ("Specific heat", "c", Q(sc["c"], "shc")),
                ("Initial temperature", "T_i", Q(g["T1"], "degC"))]
    return sample, build, givens


@pat("heater_time", [
    dict(text="An electric kettle rated at {P} W heats {m} g of water from {T1} °C to {T2} °C. Assuming all the energy goes into the water (c = 4.18 J/(g·°C)), how many minutes does this take?",
         ask="the heating time"),
    dict(text="A {P} W immersion heater warms {m} g of water from {T1} °C to {T2} °C. With c = 4.18 J/(g·°C) and no heat losses, how long does it take, in minutes?",
         ask="the time needed"),
    dict(text="A {P} W electric water heater warms {m} g of water from {T1} °C to {T2} °C. If no heat is lost and c = 4.18 J/(g·°C), how many minutes does the heating take?",
         ask="the heating time"),
])
def _():
    def sample(r, sc):
        T1 = rr(r, 10, 30)
        return dict(P=r.choice([500, 800, 1000, 1200, 1500, 1800, 2000, 2200, 2500, 3000]), m=rr(r, 500, 3000, 100), T1=T1,
                    T2=T1 + rr(r, 10, 80))

    def build(g, sc):
        return [
            Step(S("ΔT", "temperature change"), "the temperature change", Q(g["T2"], "degC") - Q(g["T1"], "degC"), "degC",
                 formula=S("T_f", "final temperature") - S("T_i", "initial temperature"), word="Temperature change", short="ΔT"),
            Step(S("Q", "heat"), "the heat needed", Q(g["m"], "g") * Q("4.18", "shc") * R(0), "J", formula=S("m") * S("c") * S("ΔT"),
                 word="Heat"),
            Step(S("t", "time"), "the time in seconds", R(1) / Q(g["P"], "W"), "s", formula=S("Q", "heat") / S("P", "power"), word="Time",
                 tdesc="the time", dp=1),
            conv("t", "time", R(2), "/", 60, "min", "minutes", "op", "min"),
        ]

    def givens(g, sc):
        return [("Power", "P", Q(g["P"], "W")), ("Mass", "m", Q(g["m"], "g")), ("Initial temperature", "T_i", Q(g["T1"], "degC")),
                ("Final temperature", "T_f", Q(g["T2"], "degC")), ("Specific heat", "c", Q("4.18", "shc"))]
    return sample, build, givens


@pat("titration", [
    dict(text="In a titration, {Vb} mL of {cb} mol/L NaOH exactly neutralizes {Va} mL of HCl (NaOH + HCl → NaCl + H₂O). What is the concentration of the HCl?",
         ask="the concentration of the HCl"),
    dict(text="It takes {Vb} mL of {cb} M sodium hydroxide to neutralize a {Va} mL sample of hydrochloric acid (1:1 reaction). Find the acid's molarity.",
         ask="the molarity of the acid"),
    dict(text="A {Va} mL sample of hydrochloric acid is titrated with {cb} mol/L NaOH; the end point is reached after {Vb} mL of base (1:1 reaction). What is the concentration of the acid?",
         ask="the concentration of the acid"),
])
def _():
    def sample(r, sc):
        return dict(Vb=r.choice([F(x) for x in ("10", "12.5", "15", "20", "24", "25", "30", "40", "50")]), cb=r.choice([F(x) for x in ("0.1", "0.2", "0.25", "0.5", "0.15", "1")]),
                    Va=r.choice([10, 20, 25, 50, 40]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("V_b", "base volume", Q(g["Vb"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("n", "moles of NaOH"), "the moles of NaOH (equal to moles of HCl)", Q(g["cb"], "mol/L") * R(0), "mol",
                 formula=S("c_b") * S("V_b"), word="Moles of NaOH", short="moles of NaOH", tdesc="the moles of NaOH"),
            conv("V_a", "acid volume", Q(g["Va"], "mL"), "/", 1000, "L", "liters", g["cv"], "L"),
            Step(S("c_a", "acid concentration"), "the acid concentration", R(1) / R(2), "mol/L", formula=S("n", "moles") / S("V_a"),
                 word="Acid concentration", short="c of HCl", dp=3),
        ]

    def givens(g, sc):
        return [("Volume of NaOH", "V_b", Q(g["Vb"], "mL")), ("Concentration of NaOH", "c_b", Q(g["cb"], "mol/L")),
                ("Volume of HCl", "V_a", Q(g["Va"], "mL"))]
    return sample, build, givens


# ----------------------------------------------------------------- momentum, waves, springs

@pat("momentum_stop_force", [
    dict(text="A {m} kg car travelling at {v} km/h is brought to rest in {t} s. What is the average braking force?",
         ask="the average braking force"),
    dict(text="A {m} kg football player running at {v} km/h is tackled and stopped in {t} s. Find the average force needed to stop him.",
         ask="the average stopping force", m=(70, 120), v=[9, 18, 27], t=["0.2", "0.25", "0.4", "0.5", "0.8", "1"]),
    dict(text="A {m} kg shopping trolley moving at {v} km/h hits a wall and stops in {t} s. What is the average force on the trolley?",
         ask="the average force on the trolley", m=(10, 40), v=["3.6", "7.2", "9", "10.8"], t=["0.1", "0.2", "0.25", "0.4", "0.5"]),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (900, 1800, 10)), v=P(r, sc, "v", [36, 54, 72, 90]),
                    t=P(r, sc, "t", ["2", "2.5", "4", "5", "6", "8", "3", "1.5"]))

    def build(g, sc):
        return [
            Step(S("v", "speed"), "the speed to m/s", Q(g["v"], "km/h") / C("3.6"), "m/s", conv="op", tdesc="the speed in m/s",
                 word="Speed in m/s", short="speed in m/s"),
            Step(S("p", "momentum"), "the initial momentum", Q(g["m"], "kg") * R(0), "kgm/s", formula=S("m") * S("v"), word="Momentum"),
            Step(S("F", "force"), "the average force", R(1) / Q(g["t"], "s"), "N", formula=S("Δp", "change in momentum") / S("Δt", "time"),
                 word="Force"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Speed", "v", Q(g["v"], "km/h")), ("Stopping time", "Δt", Q(g["t"], "s"))]
    return sample, build, givens


@pat("wave_travel_time", [
    dict(text="A wave on a rope has a frequency of {f} Hz and a wavelength of {lcm} cm. How long does it take the wave to travel {d} m along the rope?",
         ask="the travel time"),
    dict(text="Ripples on a pond have a wavelength of {lcm} cm and a frequency of {f} Hz. How many seconds do they take to cross {d} m of water?",
         ask="the time taken"),
])
def _():
    def sample(r, sc):
        return dict(f=r.choice([2, 4, 5, 8, 10, 12, 16, 20, 25, 40, 50]), lcm=r.choice([10, 20, 25, 40, 50, 60, 75, 80, 5, 15]),
                    d=rr(r, 2, 40), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("λ", "wavelength", Q(g["lcm"], "cm"), "/", 100, "m", "meters", g["cv"], "m"),
            Step(S("v", "wave speed"), "the wave speed", Q(g["f"], "Hz") * R(0), "m/s", formula=S("f") * S("λ"), word="Wave speed",
                 short="wave speed"),
            Step(S("t", "time"), "the time", Q(g["d"], "m") / R(1), "s", formula=S("d") / S("v", "speed"), word="Time", dp=2),
        ]

    def givens(g, sc):
        return [("Frequency", "f", Q(g["f"], "Hz")), ("Wavelength", "λ", Q(g["lcm"], "cm")), ("Distance", "d", Q(g["d"], "m"))]
    return sample, build, givens


@pat("hooke_mass", [
    dict(text="A spring with spring constant {k} N/m stretches {xcm} cm when a mass is hung from it. What is the mass? (g = 9.8 m/s²)",
         ask="the mass"),
    dict(text="When a bag of fruit is hung from a spring scale with k = {k} N/m, the spring stretches by {xcm} cm. Using g = 9.8 m/s², find the mass of the fruit in kg.",
         ask="the mass of the fruit"),
    dict(text="A luggage scale contains a spring with k = {k} N/m. Hanging a bag from it stretches the spring {xcm} cm. Using g = 9.8 m/s², what is the bag's mass?",
         ask="the bag's mass"),
])
def _():
    def sample(r, sc):
        m = r.choice([F(x) for x in ("0.2", "0.25", "0.5", "0.75", "1", "1.5", "2", "2.5", "3", "4", "0.4")])
        x = r.choice([F(x) for x in ("2", "4", "5", "7", "10", "14", "20", "8", "3.5", "2.8")])
        k = m * G / (x / 100)
        approx = not (k.denominator == 1)
        if approx:
            k = F(round(k))
        return dict(k=k, xcm=x, cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("x", "stretch", Q(g["xcm"], "cm"), "/", 100, "m", "meters", g["cv"], "m"),
            Step(S("F", "force"), "the spring force", Q(g["k"], "N/m") * R(0), "N", formula=S("k") * S("x"), law="Hooke's law", word="Force"),
            Step(S("m", "mass"), "the mass", R(1) / Q(G, "m/s2"), "kg", formula=S("F") / S("g"), word="Mass", dp=2),
        ]

    def givens(g, sc):
        return [("Spring constant", "k", Q(g["k"], "N/m")), ("Stretch", "x", Q(g["xcm"], "cm")), gq]
    return sample, build, givens


@pat("braking_decel_force_kn", [
    dict(text="A {m} kg truck moving at {v} km/h brakes uniformly to a stop in {t} s. What is the size of the braking force in kN?",
         ask="the braking force"),
    dict(text="A {m} kg tram travelling at {v} km/h comes to rest in {t} seconds. Find the magnitude of the average braking force in kilonewtons.",
         ask="the braking force", m=(10000, 40000, 1000)),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (3000, 20000, 500)), v=r.choice([18, 36, 54, 72, 90]), t=rr(r, 2, 20))

    def build(g, sc):
        return [
            Step(S("v", "speed"), "the speed to m/s", Q(g["v"], "km/h") / C("3.6"), "m/s", conv="op", tdesc="the speed in m/s",
                 word="Speed in m/s", short="speed in m/s"),
            Step(S("a", "deceleration"), "the deceleration", R(0) / Q(g["t"], "s"), "m/s2", formula=S("v") / S("t"), word="Deceleration"),
            Step(S("F", "braking force"), "the braking force", Q(g["m"], "kg") * R(1), "N", formula=S("m") * S("a"), word="Braking force",
                 law="Newton's second law"),
            Step(S("F", "braking force"), "the force to kN", R(2) / C(1000), "kN", conv="op", tdesc="the force in kN", word="Force in kN",
                 short="force in kN"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Speed", "v", Q(g["v"], "km/h")), ("Time", "t", Q(g["t"], "s"))]
    return sample, build, givens


@pat("work_ke_speed_uphill", [
    dict(text="A {m} kg hiker climbs a hill {h} m high, then descends {h2} m to a hut. Using g = 9.8 m/s², how much net gravitational potential energy has the hiker gained at the hut?",
         ask="the net gain in potential energy"),
    dict(text="A {m} kg drone rises {h} m and then drops {h2} m to hover. With g = 9.8 m/s², find its net gain in gravitational potential energy.",
         ask="the drone's net gain in potential energy", m=("0.5", 5, "0.5"), h=(20, 120, 5)),
    dict(text="A {m} kg climber ascends {h} m up a rock face and then rappels down {h2} m to a ledge. With g = 9.8 m/s², what is the climber's net gain in gravitational potential energy?",
         ask="the net gain in potential energy", h=(40, 400, 10)),
])
def _():
    def sample(r, sc):
        h = P(r, sc, "h", (100, 900, 10))
        return dict(m=P(r, sc, "m", (50, 90)), h=h, h2=h * rr(r, "0.1", "0.8", "0.1"))

    def build(g, sc):
        return [
            Step(S("Δh", "net height"), "the net change in height", Q(g["h"], "m") - Q(g["h2"], "m"), "m", formula=S("h_1") - S("h_2"),
                 word="Net height", short="net height"),
            Step(S("F_g", "weight"), "the weight", Q(g["m"], "kg") * Q(G, "m/s2"), "N", formula=S("m") * S("g"), word="Weight"),
            Step(S("ΔPE", "gain in PE"), "the gain in potential energy", R(1) * R(0), "J", formula=S("F_g", "weight") * S("Δh", "net height"),
                 word="Gain in PE", short="ΔPE"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Climb", "h₁", Q(g["h"], "m")), ("Descent", "h₂", Q(g["h2"], "m")), gq]
    return sample, build, givens


@pat("battery_charge_time", [
    dict(text="A phone battery stores {E} kJ of energy. A charger supplies {P} W, but only {eff}% of that goes into the battery. How many minutes does a full charge take?",
         ask="the charging time"),
    dict(text="A power bank holds {E} kJ. It is charged by a {P} W adapter with {eff}% efficiency. How long, in minutes, does it take to charge fully?",
         ask="the charging time"),
    dict(text="A tablet battery stores {E} kJ of energy. Its {P} W charger transfers energy into the battery with {eff}% efficiency. How many minutes does a full charge from empty take?",
         ask="the time for a full charge"),
])
def _():
    def sample(r, sc):
        return dict(E=rr(r, 20, 200, 2), P=r.choice([5, 10, 12, 15, 18, 20, 25, 30, 40, 60]), eff=r.choice([50, 60, 75, 80, 90, 100 - 20]),
                    cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("E", "energy", Q(g["E"], "kJ"), "*", 1000, "J", "joules", g["cv"], "J"),
            Step(S("P_in", "useful power"), "the useful charging power", Q(g["eff"] / 100) * Q(g["P"], "W"), "W",
                 formula=S("η", "efficiency", "\\eta") * S("P"), word="Useful power", short="useful power"),
            Step(S("t", "time"), "the time in seconds", R(0) / R(1), "s", formula=S("E") / S("P_in", "useful power"), word="Time",
                 tdesc="the charging time", dp=1),
            conv("t", "time", R(2), "/", 60, "min", "minutes", "op", "min"),
        ]

    def givens(g, sc):
        return [("Energy", "E", Q(g["E"], "kJ")), ("Charger power", "P", Q(g["P"], "W")), ("Efficiency", "η", Q(g["eff"], "pct"))]
    return sample, build, givens


# ----------------------------------------------------------------- more patterns

@pat("parallel_current", [
    dict(text="Two resistors of {R1} Ω and {R2} Ω are connected in parallel across a {V} V battery. What total current does the battery supply?",
         ask="the total current"),
    dict(text="A {V} V supply powers a {R1} Ω heater and a {R2} Ω lamp connected in parallel. Find the total current drawn from the supply.",
         ask="the total current drawn"),
    dict(text="In a car, a {R1} Ω headlamp and a {R2} Ω fan motor are wired in parallel to the {V} V battery. How much current flows from the battery in total?",
         ask="the total current from the battery"),
])
def _():
    def sample(r, sc):
        return dict(V=r.choice([6, 9, 12, 24, 36, 48, 120]), R1=r.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30, 40, 60]),
                    R2=r.choice([2, 4, 5, 6, 8, 10, 12, 16, 20, 25, 40, 48, 50]))

    def build(g, sc):
        return [
            Step(S("I_1", "first current"), "the current through the first branch", Q(g["V"], "V") / Q(g["R1"], "ohm"), "A",
                 formula=S("V") / S("R_1"), law="Ohm's law", word="Current through R1", short="I₁", tdesc="the current through R1"),
            Step(S("I_2", "second current"), "the current through the second branch", Q(g["V"], "V") / Q(g["R2"], "ohm"), "A",
                 formula=S("V") / S("R_2"), word="Current through R2", short="I₂", tdesc="the current through R2"),
            Step(S("I", "total current"), "the total current", R(0) + R(1), "A", formula=S("I_1", "first current") + S("I_2", "second current"),
                 word="Total current", short="total current"),
        ]

    def givens(g, sc):
        return [("Voltage", "V", Q(g["V"], "V")), ("R₁", "R₁", Q(g["R1"], "ohm")), ("R₂", "R₂", Q(g["R2"], "ohm"))]
    return sample, build, givens


@pat("braking_distance_ke", [
    dict(text="A {m} kg car moving at {v} km/h brakes with a constant friction force of {F} N. How far does it travel before stopping?",
         ask="the stopping distance"),
    dict(text="A {m} kg cyclist and bike travelling at {v} km/h skid to a stop; the friction force is {F} N. Using energy, find the skid distance.",
         ask="the skid distance", m=(60, 110, 5), v=[18, 27, 36], F=(100, 600, 20)),
    dict(text="A {m} kg sled slides at {v} km/h onto rough snow, where friction is {F} N. How far does it slide before it stops?",
         ask="the sliding distance", m=(20, 90, 5), v=[9, 18, 27, 36], F=(20, 200, 10)),
])
def _():
    def sample(r, sc):
        return dict(m=P(r, sc, "m", (900, 1800, 50)), v=P(r, sc, "v", [36, 54, 72, 90, 108]), F=P(r, sc, "F", (3000, 12000, 250)),
                    cv=r.choice(["div", "eq"]))

    def build(g, sc):
        return [
            Step(S("v", "speed"), "the speed to m/s", Q(g["v"], "km/h") / C("3.6"), "m/s", conv="eq" if g["cv"] == "eq" else "op",
                 tdesc="the speed in m/s", word="Speed in m/s", short="speed in m/s"),
            Step(S("KE", "kinetic energy"), "the kinetic energy", HALF * Q(g["m"], "kg") * Pow(R(0)), "J",
                 formula=HALF * S("m") * Pow(S("v", "velocity")), word="Kinetic energy", short="kinetic energy"),
            Step(S("d", "distance"), "the stopping distance (work done by friction equals KE)", R(1) / Q(g["F"], "N"), "m",
                 formula=S("KE", "kinetic energy") / S("F", "friction force"), word="Distance", tdesc="the stopping distance", dp=1),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "kg")), ("Speed", "v", Q(g["v"], "km/h")), ("Friction force", "F", Q(g["F"], "N"))]
    return sample, build, givens


@pat("density_to_volume", [
    dict(text="A {mkg} kg block of aluminum has a density of 2.7 g/cm³. What is its volume in liters?",
         ask="the volume of the block", rho="2.7"),
    dict(text="A jeweler has {mkg} kg of silver, whose density is 10.5 g/cm³. What volume does the silver occupy, in liters?",
         ask="the volume of the silver", rho="10.5"),
    dict(text="A container holds {mkg} kg of ethanol (density 0.8 g/cm³). What is the volume of the ethanol in liters?",
         ask="the volume of the ethanol", rho="0.8"),
])
def _():
    def sample(r, sc):
        V = r.choice([F(x) for x in ("0.2", "0.25", "0.4", "0.5", "0.8", "1", "1.2", "1.5", "2", "2.5", "3", "4", "5")])
        return dict(mkg=V * F(sc["rho"]), cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("m", "mass", Q(g["mkg"], "kg"), "*", 1000, "g", "grams", g["cv"], "g"),
            Step(S("V", "volume"), "the volume in cm³", R(0) / Q(sc["rho"], "g/cm3"), "cm3", formula=S("m") / S("ρ", "density"), word="Volume",
                 tdesc="the volume"),
            Step(S("V", "volume"), "the volume to liters", R(1) / C(1000), "L", conv="op", tdesc="the volume in liters",
                 word="Volume in liters", short="volume in L"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["mkg"], "kg")), ("Density", "ρ", Q(sc["rho"], "g/cm3"))]
    return sample, build, givens


@pat("melt_and_heat", [
    dict(text="How much energy is needed to melt {m} g of ice at 0 °C and then warm the water to {T} °C? Use a latent heat of fusion of 334 J/g and c = 4.18 J/(g·°C). Give the answer in kJ.",
         ask="the total energy needed"),
    dict(text="A {m} g ice cube at 0 °C melts in a drink and the meltwater then warms to {T} °C. With L_f = 334 J/g and c_water = 4.18 J/(g·°C), how many kilojoules does the ice absorb in total?",
         ask="the total energy absorbed"),
])
def _():
    def sample(r, sc):
        return dict(m=rr(r, 10, 500, 10), T=rr(r, 5, 40))

    def build(g, sc):
        return [
            Step(S("Q_1", "heat to melt"), "the heat to melt the ice", Q(g["m"], "g") * Q(334, "J/g"), "J", formula=S("m") * S("L_f", "latent heat"),
                 word="Heat to melt", short="melting heat"),
            Step(S("Q_2", "heat to warm"), "the heat to warm the water", Q(g["m"], "g") * Q("4.18", "shc") * Q(g["T"], "degC"), "J",
                 formula=S("m") * S("c") * S("ΔT"), word="Heat to warm", short="warming heat"),
            Step(S("Q", "total heat"), "the total heat in joules", R(0) + R(1), "J", formula=S("Q_1", "heat to melt") + S("Q_2", "heat to warm"),
                 word="Total heat", short="total heat", tdesc="the total heat"),
            conv("Q", "total heat", R(2), "/", 1000, "kJ", "kilojoules", "op", "kJ"),
        ]

    def givens(g, sc):
        return [("Mass", "m", Q(g["m"], "g")), ("Latent heat", "L_f", Q(334, "J/g")), ("Specific heat", "c", Q("4.18", "shc")),
                ("Temperature rise", "ΔT", Q(g["T"], "degC"))]
    return sample, build, givens


@pat("solute_mass_from_percent", [
    dict(text="A bottle contains {VmL} mL of a sugar syrup with a density of {rho} g/mL. The syrup is {pct}% sugar by mass. How many grams of sugar are in the bottle?",
         ask="the mass of sugar"),
    dict(text="{VmL} mL of a salt solution has a density of {rho} g/mL and contains {pct}% NaCl by mass. What mass of NaCl is dissolved in it?",
         ask="the mass of NaCl"),
])
def _():
    def sample(r, sc):
        return dict(VmL=r.choice([100, 200, 250, 400, 500, 750, 1000]), rho=r.choice([F(x) for x in ("1.02", "1.04", "1.05", "1.1", "1.2", "1.25", "1.08")]),
                    pct=r.choice([2, 4, 5, 8, 10, 12, 15, 20, 25, 30, 40]))

    def build(g, sc):
        return [
            Step(S("m_solution", "mass of solution"), "the mass of the solution", Q(g["rho"], "g/mL") * Q(g["VmL"], "mL"), "g",
                 formula=S("ρ", "density") * S("V", "volume"), word="Mass of solution", short="mass of solution"),
            Step(S("m_solute", "mass of solute"), "the mass of solute", Q(g["pct"] / 100) * R(0), "g",
                 formula=S("w", "mass fraction") * S("m_solution", "mass of solution"), word="Mass of solute", short="mass of solute"),
        ]

    def givens(g, sc):
        return [("Volume", "V", Q(g["VmL"], "mL")), ("Density", "ρ", Q(g["rho"], "g/mL")), ("Mass percent", "w", Q(g["pct"], "pct"))]
    return sample, build, givens


@pat("echo_distance", [
    dict(text="A hiker shouts toward a cliff and hears the echo {t} s later. If sound travels at {v} m/s, how far away is the cliff?",
         ask="the distance to the cliff"),
    dict(text="A ship's sonar pulse returns from the sea floor after {t} s. Sound travels at {v} m/s in seawater. How deep is the sea there?",
         ask="the depth of the sea", v=[1500, 1520, 1530, 1540]),
    dict(text="A bat emits a click and hears the echo from a wall {t} s later. With the speed of sound {v} m/s, how far is the wall?",
         ask="the distance to the wall", t=["0.02", "0.04", "0.05", "0.06", "0.08", "0.1", "0.12"]),
])
def _():
    def sample(r, sc):
        return dict(t=P(r, sc, "t", ["0.5", "0.8", "1", "1.2", "1.5", "2", "2.4", "3", "4", "1.6"]), v=P(r, sc, "v", [340, 343, 330, 345]))

    def build(g, sc):
        return [
            Step(S("d_total", "total distance"), "the total distance traveled by the sound (there and back)", Q(g["v"], "m/s") * Q(g["t"], "s"), "m",
                 formula=S("v") * S("t"), word="Total distance", short="round trip", tdesc="the round-trip distance"),
            Step(S("d", "distance"), "the one-way distance", R(0) / C(2), "m", formula=S("d_total", "total distance") / S("2", "2"),
                 word="Distance", short="one way"),
        ]

    def givens(g, sc):
        return [("Echo time", "t", Q(g["t"], "s")), ("Speed of sound", "v", Q(g["v"], "m/s"))]
    return sample, build, givens


@pat("ohm_resistance_power", [
    dict(text="A {V} V bulb draws {ImA} mA of current. What is its resistance, and how much power does it use? Give the power in watts.",
         ask="the power used by the bulb"),
    dict(text="A small motor runs on {V} V and draws {ImA} mA. Find its power consumption in watts.",
         ask="the motor's power consumption"),
])
def _():
    def sample(r, sc):
        return dict(V=r.choice([F(x) for x in ("1.5", "3", "4.5", "6", "9", "12", "24")]), ImA=r.choice([50, 100, 120, 150, 200, 250, 300, 400, 500, 600, 750]),
                    cv=r.choice(["op", "eq"]))

    def build(g, sc):
        return [
            conv("I", "current", Q(g["ImA"], "mA"), "/", 1000, "A", "amperes", g["cv"], "A"),
            Step(S("R", "resistance"), "the resistance", Q(g["V"], "V") / R(0), "ohm", formula=S("V", "voltage") / S("I"), law="Ohm's law",
                 word="Resistance"),
            Step(S("P", "power"), "the power", Q(g["V"], "V") * R(0), "W", formula=S("V", "voltage") * S("I"), word="Power"),
        ]

    def givens(g, sc):
        return [("Voltage", "V", Q(g["V"], "V")), ("Current", "I", Q(g["ImA"], "mA"))]
    return sample, build, givens
