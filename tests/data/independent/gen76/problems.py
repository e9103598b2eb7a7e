"""Problem structures for the stocks / savings / investing genre.

Each structure has: params(rng) -> dict, three phrasings (problem text), a goal
phrase, and solve(c, P) which performs computations through the Calc object
`c` and returns (final_value, final_fmt, answer_sentence_fn).
"""
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR

TICKERS = [("Northwind Energy", "NWE"), ("Bluefin Robotics", "BFR"), ("Cedar Health", "CDH"),
           ("Orbit Foods", "ORBF"), ("Lumen Bank", "LMNB"), ("Harbor Rail", "HRBR"),
           ("Summit Software", "SMSW"), ("Pinecrest Utilities", "PCU"), ("Atlas Mining", "ATMN"),
           ("Keystone Retail", "KSR"), ("Quarry Labs", "QRYL"), ("Vega Motors", "VGM")]
FUNDS = ["a total-market index fund", "a bond fund", "an international fund", "a REIT fund",
         "a dividend ETF", "a small-cap fund"]


def m(v):
    """money for problem text"""
    s = f"{abs(v):,.2f}"
    return ("-$" if v < 0 else "$") + s


def mq(v):
    """money, dropping .00 as people do in questions"""
    s = m(v)
    return s[:-3] if s.endswith(".00") else s


def pc(v):
    return format(v.normalize(), "f") + "%"


def rmoney(rng, lo, hi, step=1):
    cents = rng.randrange(int(lo * 100), int(hi * 100) + 1, step)
    return D(cents) / 100


def q(v, dp):
    return v.quantize(D(1).scaleb(-dp), ROUND_HALF_UP)


# ---------------------------------------------------------------- structures
S = {}


def structure(name):
    def deco(cls):
        S[name] = cls
        cls.name = name
        return cls
    return deco


@structure("buy_commission")
class BuyCommission:
    goal = "the total cost of the purchase"

    @staticmethod
    def params(rng):
        return dict(N=rng.choice([15, 20, 25, 40, 50, 60, 75, 80, 120, 150, 200, 250, 300, 35, 45]),
                    P=rmoney(rng, 6, 240), C=rng.choice([D("4.95"), D("6.95"), D("7.99"), D("9.99"), D("5.00"), D("12.50")]),
                    T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} bought {P['N']} shares of {P['T'][0]} ({P['T'][1]}) at {m(P['P'])} per share. The broker charged a flat {m(P['C'])} commission on the trade. What was the total cost of the purchase?",
        lambda P, W: f"{W['S']} placed an order for {P['N']} shares of {P['T'][1]} at {m(P['P'])} each, and the trade carried a {m(P['C'])} commission. How much did {W['s']} pay in total, commission included?",
        lambda P, W: f"{P['T'][1]} is trading at {m(P['P'])} a share. {W['S']} will buy {P['N']} shares, and {W['p']} brokerage charges {m(P['C'])} per trade. How much money is needed for the whole purchase?",
    ]

    @staticmethod
    def solve(c, P, W):
        cost = c.mul("cost of the shares", "multiply the number of shares by the price per share", "cost",
                     [(P['N'], 'shares'), (P['P'], 'pps')], 'money', 2)
        total = c.add("total cost", "add the commission", "total", [(cost, 'money'), (P['C'], 'money')], 'money', 2)
        c.check([(total, 'money'), (P['C'], 'money')], 'sub', cost, 'money', 2)
        return total, 'money', lambda v: f"{W['Who']} paid {v} in total, including the commission."


@structure("round_trip_gain")
class RoundTrip:
    goal = "the net gain or loss after commissions"

    @staticmethod
    def params(rng):
        P1 = rmoney(rng, 12, 180)
        up = rng.random() < 0.5
        ch = D(rng.randint(3, 28)) / 100
        P2 = q(P1 * (1 + ch if up else 1 - ch), 2)
        return dict(N=rng.choice([25, 40, 50, 80, 100, 120, 150, 200, 30, 60]), P1=P1, P2=P2,
                    C=rng.choice([D("4.95"), D("6.95"), D("9.99"), D("7.50")]), T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} bought {P['N']} shares of {P['T'][0]} at {m(P['P1'])} and later sold all of them at {m(P['P2'])}. Each trade had a {m(P['C'])} commission. What was the net gain or loss in dollars? (Give a loss as a negative number.)",
        lambda P, W: f"{W['S']} opened a position of {P['N']} shares in {P['T'][1]} at {m(P['P1'])} a share and closed it at {m(P['P2'])}. The broker charges {m(P['C'])} per trade, on both the buy and the sell. What is the profit or loss after fees? Use a negative number for a loss.",
        lambda P, W: f"Buy: {P['N']} {P['T'][1]} @ {m(P['P1'])}. Sell: {P['N']} {P['T'][1]} @ {m(P['P2'])}. Commission: {m(P['C'])} each way. {W['S']} {W['wants']} to know the realized gain or loss in dollars (negative if it's a loss).",
    ]

    @staticmethod
    def solve(c, P, W):
        cost = c.mul("purchase cost", "work out what the shares cost", "buy", [(P['N'], 'shares'), (P['P1'], 'pps')], 'money', 2)
        basis = c.add("cost basis", "add the buying commission", "basis", [(cost, 'money'), (P['C'], 'money')], 'money', 2)
        proc = c.mul("sale proceeds", "work out what the sale brought in", "sell", [(P['N'], 'shares'), (P['P2'], 'pps')], 'money', 2)
        net = c.sub("net proceeds", "subtract the selling commission", "net", [(proc, 'money'), (P['C'], 'money')], 'money', 2)
        g = c.sub("net gain or loss", "subtract the cost basis from the net proceeds", "gain", [(net, 'money'), (basis, 'money')], 'money', 2)
        if g < 0:
            c.note(f"The result is negative, so this trade lost {c.fm(-g, 'money')}.")
        else:
            c.note(f"The result is positive, so the trade made {c.fm(g, 'money')}.")
        return g, 'money', lambda v: (f"The net result is {v}, which is a loss." if g < 0 else f"The net gain is {v}.")


@structure("pct_change")
class PctChange:
    goal = "the percent change in the share price"

    @staticmethod
    def params(rng):
        P1 = rmoney(rng, 8, 300)
        while True:
            P2 = rmoney(rng, 5, 340)
            if P2 != P1 and abs(P2 - P1) / P1 < D("0.6"):
                return dict(P1=P1, P2=P2, T=rng.choice(TICKERS), N=rng.choice([10, 20, 30, 50, 100]))

    phrasings = [
        lambda P, W: f"{W['S']} bought {P['T'][0]} at {m(P['P1'])} per share. It now trades at {m(P['P2'])}. By what percent has the price changed? Round to two decimal places and use a negative sign for a decline.",
        lambda P, W: f"{P['T'][1]} went from {m(P['P1'])} to {m(P['P2'])} since {W['s']} bought {P['N']} shares. What's the percentage gain or loss on the stock, to 2 decimals?",
        lambda P, W: f"My app shows {P['T'][1]}: cost {m(P['P1'])}/share, last price {m(P['P2'])}/share. {W['S']} {W['wants']} the percent return per share, rounded to the nearest hundredth of a percent (negative if down).".replace("My app shows", "The app shows" if W['k'] != 'I' else "My app shows"),
    ]

    @staticmethod
    def solve(c, P, W):
        d = c.sub("change per share", "find the change in price", "chg", [(P['P2'], 'money'), (P['P1'], 'money')], 'money', 2)
        r = c.ratio("percent change", "divide the change by the original price and multiply by 100", "pct", [(d, 'money'), (P['P1'], 'money')], 2)
        return r, 'pct', lambda v: f"The price changed by {v}" + (" (a decline)." if r < 0 else ".")


@structure("dividend_income")
class DividendIncome:
    goal = "the yearly dividend income"

    @staticmethod
    def params(rng):
        return dict(N=rng.choice([40, 75, 120, 150, 200, 250, 320, 400, 500, 640, 85, 1000]),
                    d=rmoney(rng, 0.08, 1.60), T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} owns {P['N']} shares of {P['T'][0]}, which pays a quarterly dividend of {m(P['d'])} per share. How much dividend income will {W['s']} receive in a year?",
        lambda P, W: f"{P['T'][1]} pays {m(P['d'])} per share every quarter. What is the total annual dividend on {W['p']} {P['N']:,} shares over a full year?",
        lambda P, W: f"{W['S']} {W['has']} {P['N']:,} shares of {P['T'][1]}. The company declared a {m(P['d'])} quarterly dividend and is expected to keep paying it every quarter. How much will the position pay out over one year?",
    ]

    @staticmethod
    def solve(c, P, W):
        a = c.mul("annual dividend per share", "multiply the quarterly dividend by 4 payments", "annual_dps", [(P['d'], 'money'), (D(4), 'num')], 'money', 2)
        inc = c.mul("annual dividend income", "multiply by the number of shares", "income", [(P['N'], 'shares'), (a, 'pps')], 'money', 2)
        return inc, 'money', lambda v: f"The yearly dividend income is {v}."


@structure("dividend_yield")
class DividendYield:
    goal = "the dividend yield"

    @staticmethod
    def params(rng):
        return dict(Pr=rmoney(rng, 15, 260), d=rmoney(rng, 0.10, 1.50), T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{P['T'][0]} trades at {m(P['Pr'])} and pays a quarterly dividend of {m(P['d'])} per share. What is its annual dividend yield, to two decimal places?",
        lambda P, W: f"{W['S']} {W['is']} looking at {P['T'][1]}: price {m(P['Pr'])}, dividend {m(P['d'])} per share per quarter. What yield is that, as a percent rounded to 2 decimals?",
        lambda P, W: f"If a stock priced at {m(P['Pr'])} pays {m(P['d'])} every quarter, what is the dividend yield? {W['S']} {W['wants']} the answer as a percentage with two decimals.",
    ]

    @staticmethod
    def solve(c, P, W):
        a = c.mul("annual dividend", "annualize the quarterly dividend", "annual", [(P['d'], 'money'), (D(4), 'num')], 'money', 2)
        y = c.ratio("dividend yield", "divide the annual dividend by the share price", "yld", [(a, 'money'), (P['Pr'], 'money')], 2)
        return y, 'pct', lambda v: f"The dividend yield is {v}."


@structure("portfolio_weights")
class Weights:
    goal = "the portfolio weight of the first holding"

    @staticmethod
    def params(rng):
        ts = rng.sample(TICKERS, 3)
        h = [(rng.choice([10, 12, 15, 20, 25, 30, 40, 50, 60, 80]), rmoney(rng, 10, 220)) for _ in range(3)]
        return dict(ts=ts, h=h, ask=rng.randrange(3))

    phrasings = [
        lambda P, W: f"{W['S']} {W['holds']} {P['h'][0][0]} shares of {P['ts'][0][1]} at {m(P['h'][0][1])}, {P['h'][1][0]} shares of {P['ts'][1][1]} at {m(P['h'][1][1])}, and {P['h'][2][0]} shares of {P['ts'][2][1]} at {m(P['h'][2][1])}. What percent of the portfolio is in {P['ts'][P['ask']][1]}? Round to two decimals.",
        lambda P, W: f"Portfolio: {P['ts'][0][1]} - {P['h'][0][0]} shares @ {m(P['h'][0][1])}; {P['ts'][1][1]} - {P['h'][1][0]} shares @ {m(P['h'][1][1])}; {P['ts'][2][1]} - {P['h'][2][0]} shares @ {m(P['h'][2][1])}. Find the weight of each holding and give the weight of {P['ts'][P['ask']][1]} as a percent (2 decimals).",
        lambda P, W: f"{W['S']} {W['wants']} to check {W['p']} allocation. The account has {P['h'][0][0]} {P['ts'][0][1]} shares worth {m(P['h'][0][1])} each, {P['h'][1][0]} {P['ts'][1][1]} shares at {m(P['h'][1][1])}, and {P['h'][2][0]} {P['ts'][2][1]} shares at {m(P['h'][2][1])}. The weights should add to 100%. What is the weight of {P['ts'][P['ask']][1]}, to the nearest hundredth of a percent?",
    ]

    @staticmethod
    def solve(c, P, W):
        vals = []
        for (n, p), t in zip(P['h'], P['ts']):
            vals.append(c.mul(f"value of {t[1]}", f"value the {t[1]} position", t[1].lower(), [(n, 'shares'), (p, 'pps')], 'money', 2))
        tot = c.add("total portfolio value", "add up the three positions", "total", [(v, 'money') for v in vals], 'money', 2)
        ws = []
        for v, t in zip(vals, P['ts']):
            ws.append(c.ratio(f"weight of {t[1]}", f"divide the {t[1]} value by the total", "w_" + t[1].lower(), [(v, 'money'), (tot, 'money')], 2))
        s = c.check([(w, 'pct') for w in ws], 'add', None, 'pct', 2)
        if s == 100:
            c.note("The weights add up to 100%, as they should.")
        elif abs(s - 100) <= D("0.02"):
            c.note(f"The rounded weights add to {c.fm(s, 'pct')} rather than exactly 100%; that hundredth is only rounding.")
        ask = P['ask']
        return ws[ask], 'pct', lambda v: f"{P['ts'][ask][1]} makes up {v} of the portfolio."


@structure("dca_average")
class DCA:
    goal = "the average cost per share"

    @staticmethod
    def params(rng):
        k = rng.choice([3, 3, 4])
        base = rmoney(rng, 15, 120)
        buys = []
        for _ in range(k):
            buys.append((rng.choice([5, 8, 10, 12, 15, 20, 25, 30]), q(base * (1 + D(rng.randint(-18, 18)) / 100), 2)))
        return dict(b=buys, T=rng.choice(TICKERS), mon=rng.choice([["January", "February", "March", "April"], ["March", "April", "May", "June"], ["August", "September", "October", "November"]]))

    @staticmethod
    def _list(P):
        return "; ".join(f"{n} shares at {m(p)}" for n, p in P['b'])

    phrasings = [
        lambda P, W: f"{W['S']} {W['is']} dollar-cost averaging into {P['T'][0]}. Over {len(P['b'])} months {W['s']} bought: " + DCA._list(P) + ". What is the average price paid per share, to the nearest cent?",
        lambda P, W: f"Monthly buys of {P['T'][1]}: " + ", ".join(f"{mo}: {n} sh @ {m(p)}" for mo, (n, p) in zip(P['mon'], P['b'])) + f". What's {W['p']} average cost per share (round to the cent)?",
        lambda P, W: f"{W['S']} bought {P['T'][1]} in {len(P['b'])} lots - " + DCA._list(P) + f". Ignoring fees, what is the average cost basis per share?",
    ]

    @staticmethod
    def solve(c, P, W):
        costs = []
        for i, (n, p) in enumerate(P['b']):
            costs.append(c.mul(f"cost of purchase {i+1}", f"cost of lot {i+1}", f"c{i+1}", [(n, 'shares'), (p, 'pps')], 'money', 2))
        tc = c.add("total invested", "add the purchase costs", "invested", [(x, 'money') for x in costs], 'money', 2)
        ts = c.add("total shares", "add the shares", "shares", [(D(n), 'int') for n, _ in P['b']], 'int', 0)
        avg = c.div("average cost per share", "divide the total invested by the total shares", "avg", [(tc, 'money'), (ts, 'int')], 'money', 2)
        return avg, 'money', lambda v: f"The average cost per share is {v}."


@structure("simple_interest_balance")
class SimpleInterest:
    goal = "the balance after simple interest"

    @staticmethod
    def params(rng):
        return dict(P=D(rng.choice([500, 800, 1200, 1500, 2000, 2500, 3000, 4200, 5000, 6500, 7500, 10000, 12000])) + rng.choice([D(0), D(0), D(50), D(250)]),
                    r=rng.choice([D("2"), D("2.5"), D("3"), D("3.25"), D("3.5"), D("4"), D("4.15"), D("4.5"), D("5"), D("1.75")]),
                    t=rng.choice([2, 3, 4, 5, 6]))

    phrasings = [
        lambda P, W: f"{W['S']} put {mq(P['P'])} into a savings account that pays {pc(P['r'])} simple interest per year. How much will be in the account after {P['t']} years?",
        lambda P, W: f"A savings certificate pays {pc(P['r'])} annual simple interest. If {W['s_mid']} {W['deposits']} {mq(P['P'])} and {W['leaves']} it for {P['t']} years, what will the balance be?",
        lambda P, W: f"{W['S']} {W['has']} {mq(P['P'])} saved at {pc(P['r'])} per year, simple interest, no withdrawals. What's the total after {P['t']} years?",
    ]

    @staticmethod
    def solve(c, P, W):
        i = c.mul("total interest", "interest = principal × rate × time", "interest", [(P['P'], 'money'), (P['r'], 'rate'), (D(P['t']), 'years')], 'money', 2)
        b = c.add("ending balance", "add the interest to the principal", "balance", [(P['P'], 'money'), (i, 'money')], 'money', 2)
        return b, 'money', lambda v: f"After {P['t']} years the account holds {v}."


@structure("interest_months")
class InterestMonths:
    goal = "the interest earned"

    @staticmethod
    def params(rng):
        return dict(P=D(rng.choice([900, 1500, 2400, 3600, 4000, 5000, 7200, 8000, 15000, 2750, 6300])),
                    r=rng.choice([D("3"), D("3.6"), D("4"), D("4.25"), D("4.5"), D("5.1"), D("2.8")]),
                    mo=rng.choice([3, 4, 5, 7, 8, 9, 10, 11]))

    phrasings = [
        lambda P, W: f"{W['S']} {W['keeps']} {mq(P['P'])} in a high-yield savings account paying {pc(P['r'])} simple annual interest. How much interest does it earn in {P['mo']} months? Round to the nearest cent.",
        lambda P, W: f"How much simple interest does {mq(P['P'])} earn at {pc(P['r'])} APR over {P['mo']} months? {W['S']} {W['wants']} it to the cent.",
        lambda P, W: f"{W['S']} parked {mq(P['P'])} at {pc(P['r'])} a year (simple interest) for {P['mo']} months. What interest did that earn, rounded to cents?",
    ]

    @staticmethod
    def solve(c, P, W):
        i = c.mul("interest", "use I = P × r × t with t in years", "interest", [(P['P'], 'money'), (P['r'], 'rate'), ((P['mo'], 12), 'frac')], 'money', 2)
        return i, 'money', lambda v: f"The interest earned is {v}."


@structure("windfall_split")
class Windfall:
    goal = "the amount left for the brokerage account"

    @staticmethod
    def params(rng):
        a = rng.choice([10, 15, 20, 25, 30, 12.5])
        b = rng.choice([15, 20, 25, 30, 35, 40])
        return dict(Wf=D(rng.choice([2400, 3750, 5000, 6200, 8500, 12000, 15750, 18400, 25000, 4850])) + rng.choice([D(0), D("0.50"), D(0)]),
                    a=D(str(a)), b=D(b), acc=rng.choice([("emergency fund", "Roth IRA"), ("high-yield savings", "401(k) catch-up"), ("paying down the car loan", "an index fund")]))

    phrasings = [
        lambda P, W: f"{W['S']} got a windfall of {mq(P['Wf'])}. {W['s'].capitalize()} will put {pc(P['a'])} into {P['acc'][0]}, {pc(P['b'])} into {P['acc'][1]}, and the rest into a brokerage account. How much goes to the brokerage account?",
        lambda P, W: f"After a {mq(P['Wf'])} bonus, {W['s_mid']} {W['plans']} to split it: {pc(P['a'])} to {P['acc'][0]}, {pc(P['b'])} to {P['acc'][1]}, remainder invested in a taxable brokerage account. How much is the remainder?",
        lambda P, W: f"{W['S']} inherited {mq(P['Wf'])} and wants to divide it among accounts - {pc(P['a'])} for {P['acc'][0]}, {pc(P['b'])} for {P['acc'][1]}, and whatever is left for stocks. How much is left for stocks?",
    ]

    @staticmethod
    def solve(c, P, W):
        x = c.mul(f"amount for {P['acc'][0]}", f"take {pc(P['a'])} of the total", "part1", [(P['a'], 'rate'), (P['Wf'], 'money')], 'money', 2)
        y = c.mul(f"amount for {P['acc'][1]}", f"take {pc(P['b'])} of the total", "part2", [(P['b'], 'rate'), (P['Wf'], 'money')], 'money', 2)
        r = c.sub("amount for the brokerage account", "subtract both from the windfall", "rest", [(P['Wf'], 'money'), (x, 'money'), (y, 'money')], 'money', 2)
        c.check([(x, 'money'), (y, 'money'), (r, 'money')], 'add', None, 'money', 2)
        return r, 'money', lambda v: f"{v} goes into the brokerage account."


@structure("rebalance")
class Rebalance:
    goal = "how much stock to buy or sell to reach the target"

    @staticmethod
    def params(rng):
        return dict(St=rmoney(rng, 8000, 90000, 25), Bd=rmoney(rng, 5000, 60000, 25),
                    t=D(rng.choice([60, 70, 50, 80, 65, 55])))

    phrasings = [
        lambda P, W: f"{W['S']} {W['has']} {m(P['St'])} in stocks and {m(P['Bd'])} in bonds and wants {'an' if P['t'] in (80,) else 'a'} {P['t']}/{100 - P['t']} stock/bond mix. How much stock must be bought (positive) or sold (negative) to rebalance?",
        lambda P, W: f"{W['p'].capitalize()} account: stocks {m(P['St'])}, bonds {m(P['Bd'])}. Target allocation is {P['t']}% stocks. What trade in stocks gets {W['o']} back to target? Answer in dollars, negative for a sale.",
        lambda P, W: f"To rebalance to {P['t']}% stocks / {100 - P['t']}% bonds, how many dollars of stock should {W['s_mid']} buy or sell? Current holdings are {m(P['St'])} of stock and {m(P['Bd'])} of bonds. Use a negative number for selling.",
    ]

    @staticmethod
    def solve(c, P, W):
        tot = c.add("total portfolio", "add the two sleeves", "total", [(P['St'], 'money'), (P['Bd'], 'money')], 'money', 2)
        tgt = c.mul("target stock value", f"take {P['t']}% of the total", "target", [(P['t'], 'rate'), (tot, 'money')], 'money', 2)
        d = c.sub("stock trade needed", "subtract the current stock value from the target", "trade", [(tgt, 'money'), (P['St'], 'money')], 'money', 2)
        if d < 0:
            c.note(f"Negative means selling: about {c.fm(-d, 'money')} of stock gets sold and moved into bonds.")
        elif d > 0:
            c.note(f"Positive means buying {c.fm(d, 'money')} more stock, funded from bonds.")
        return d, 'money', lambda v: f"The stock trade needed is {v}" + (" (sell)." if d < 0 else " (buy).")


@structure("break_even")
class BreakEven:
    goal = "the break-even price per share"

    @staticmethod
    def params(rng):
        return dict(N=rng.choice([30, 40, 60, 70, 90, 110, 130, 150, 175, 225, 35]), P=rmoney(rng, 9, 150),
                    C=rng.choice([D("4.95"), D("6.95"), D("9.99"), D("7.49"), D("5.25")]), T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} bought {P['N']} shares of {P['T'][0]} at {m(P['P'])}. The broker charges {m(P['C'])} to buy and {m(P['C'])} to sell. What selling price per share would let {W['o']} break even? Round to the nearest cent.",
        lambda P, W: f"With a {m(P['C'])} commission on each side, what's the break-even sale price for {P['N']} shares of {P['T'][1]} bought at {m(P['P'])}? (to the cent)",
        lambda P, W: f"{W['S']} paid {m(P['P'])} a share for {P['N']} shares of {P['T'][1]}, plus {m(P['C'])} commission, and will pay another {m(P['C'])} when selling. At what price per share does {W['s']} exactly cover all costs? Round to cents.",
    ]

    @staticmethod
    def solve(c, P, W):
        cost = c.mul("share cost", "cost of the shares", "cost", [(P['N'], 'shares'), (P['P'], 'pps')], 'money', 2)
        fees = c.mul("total commissions", "two commissions, buy and sell", "fees", [(D(2), 'num'), (P['C'], 'money')], 'money', 2)
        need = c.add("amount to recover", "add the fees to the cost", "need", [(cost, 'money'), (fees, 'money')], 'money', 2)
        be = c.div("break-even price", "divide by the number of shares", "be", [(need, 'money'), (P['N'], 'shares')], 'money', 2)
        return be, 'money', lambda v: f"The break-even price is about {v} per share."


@structure("affordable_shares")
class Affordable:
    goal = "the cash left over after buying whole shares"

    @staticmethod
    def params(rng):
        while True:
            B = D(rng.choice([1000, 1500, 2000, 2500, 3000, 4000, 5000, 750, 1200]))
            P = rmoney(rng, 11, 140)
            C = rng.choice([D("4.95"), D("6.95"), D("0"), D("9.99")])
            x = (B - C) / P
            if x - int(x) < D("0.99") and x - int(x) > D("0.01"):
                return dict(B=B, P=P, C=C, T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} {W['has']} {mq(P['B'])} to invest in {P['T'][0]}, which costs {m(P['P'])} per share. The trade commission is {m(P['C'])}. After buying as many whole shares as possible, how much cash is left?",
        lambda P, W: f"{P['T'][1]} is {m(P['P'])}/share and the broker charges a {m(P['C'])} commission. With a budget of {mq(P['B'])}, {W['s_mid']} {W['buys']} the maximum number of whole shares. How much of the budget is left over?",
        lambda P, W: f"Budget: {mq(P['B'])}. Price: {m(P['P'])} per share of {P['T'][1]}. Fee: {m(P['C'])} per order. No fractional shares. What cash remains after {W['s_mid']} {W['buys']} as many shares as {W['s']} can?",
    ]

    @staticmethod
    def solve(c, P, W):
        if P['C'] > 0:
            inv = c.sub("money available for shares", "take the commission off the budget", "avail", [(P['B'], 'money'), (P['C'], 'money')], 'money', 2)
        else:
            inv = P['B']
            c.note("The commission is $0.00, so the whole budget can go to shares.")
        raw = c.div("shares affordable", "divide by the share price", "n_raw", [(inv, 'money'), (P['P'], 'pps')], 'num', 2, trunc=True)
        n = int(raw.to_integral_value(ROUND_FLOOR))
        c.note(f"Only whole shares can be bought, so that is {n} shares.")
        spent = c.mul("spent on shares", "cost of those shares", "spent", [(D(n), 'shares'), (P['P'], 'pps')], 'money', 2)
        left = c.sub("cash left over", "subtract from the available money", "left", [(inv, 'money'), (spent, 'money')], 'money', 2)
        return left, 'money', lambda v: f"{v} is left over."


@structure("total_return")
class TotalReturn:
    goal = "the total return in percent, dividends included"

    @staticmethod
    def params(rng):
        P1 = rmoney(rng, 20, 160)
        P2 = q(P1 * (1 + D(rng.randint(-22, 30)) / 100), 2)
        if P2 == P1:
            P2 += D("0.37")
        return dict(N=rng.choice([20, 40, 50, 80, 100, 150, 200]), P1=P1, P2=P2, d=rmoney(rng, 0.40, 4.00), T=rng.choice(TICKERS))

    phrasings = [
        lambda P, W: f"{W['S']} bought {P['N']} shares of {P['T'][0]} at {m(P['P1'])}. A year later the price is {m(P['P2'])}, and the stock paid {m(P['d'])} per share in dividends during the year. What is the total return in percent (two decimals, negative for a loss)?",
        lambda P, W: f"Position: {P['N']} {P['T'][1]} shares, bought at {m(P['P1'])}, now {m(P['P2'])}. Dividends received: {m(P['d'])}/share. What's the total return including dividends, as a percent to 2 decimals?",
        lambda P, W: f"{W['S']} held {P['N']} shares of {P['T'][1]} for a year. Purchase price {m(P['P1'])}, current price {m(P['P2'])}, dividends {m(P['d'])} a share. Counting both price change and dividends, what percent did the investment return? Use a minus sign if it lost money.",
    ]

    @staticmethod
    def solve(c, P, W):
        cost = c.mul("amount invested", "starting value", "cost", [(P['N'], 'shares'), (P['P1'], 'pps')], 'money', 2)
        ch = c.sub("price change per share", "change in price", "dp", [(P['P2'], 'money'), (P['P1'], 'money')], 'money', 2)
        pg = c.mul("price gain or loss", "price change on all shares", "pgain", [(P['N'], 'shares'), (ch, 'money')], 'money', 2)
        dv = c.mul("dividends received", "dividend cash", "divs", [(P['N'], 'shares'), (P['d'], 'pps')], 'money', 2)
        tr = c.add("total return in dollars", "combine price change and dividends", "tr", [(pg, 'money'), (dv, 'money')], 'money', 2)
        pct = c.ratio("total return", "divide by the amount invested", "tr_pct", [(tr, 'money'), (cost, 'money')], 2)
        return pct, 'pct', lambda v: f"The total return is {v}."


ORDER = ["buy_commission", "round_trip_gain", "pct_change", "dividend_income", "dividend_yield",
         "portfolio_weights", "dca_average", "simple_interest_balance", "interest_months",
         "windfall_split", "rebalance", "break_even", "affordable_shares", "total_return"]
