"""Problem kinds for the video games / streaming genre.

Each kind: gen(rng) -> params dict (numbers used in the problem text),
build(b, p) -> records steps on builder b, returns nothing (final = last step),
phr: four phrasings (past tense so "I" and a name both work), concl: closing
sentences, unit of the final answer, notes: context lines a model might add.
"""
from fractions import Fraction as F


def c(n):
    n = F(n)
    if n.denominator == 1:
        return f"{int(n):,}"
    return f"{float(n):,}".rstrip('0').rstrip('.')


def m(x):
    return f"${float(F(x)):,.2f}"


def op(v, fmt='int', unit=''):
    return (F(v), fmt, unit)


KINDS = []


def kind(name):
    def deco(cls):
        cls.name = name
        KINDS.append(cls)
        return cls
    return deco


@kind('xp_levels')
class XpLevels:
    unit = 'levels'
    phr = [
        "{N} earned {xpm} XP per match and played {n} matches this weekend. Every level takes {L} XP. How many levels did {N} gain?",
        "In this battle royale each match gave {N} {xpm} XP. After {n} matches, and with {L} XP needed per level, how many levels did {N} go up?",
        "{N} grinded {n} ranked matches at {xpm} XP each. If one level = {L} XP, how many levels is that?",
        "Quick math: {n} matches x {xpm} XP per match, and levels cost {L} XP each (flat, no scaling). How many levels did {N} get?",
    ]
    concl = ["{Who} gained **{F} levels**.", "That's {F} levels.", "So the grind was worth {F} levels."]
    notes = ["Leveling is flat here, so every level costs the same XP.", "(No XP boost or double-XP weekend is mentioned, so none is applied.)"]

    @staticmethod
    def gen(r):
        while True:
            xpm = r.randrange(150, 905, 25)
            n = r.randint(6, 40)
            tot = xpm * n
            Ls = [L for L in (500, 750, 1000, 1200, 1250, 1500, 2000, 2500, 3000) if tot % L == 0 and 2 <= tot // L <= 30]
            if Ls:
                return dict(xpm=xpm, n=n, L=r.choice(Ls))

    @staticmethod
    def build(b, p):
        t = b.s('Total XP', [op(p['xpm'], 'int', 'XP'), '*', op(p['n'])], unit='XP')
        b.s('Levels gained', [op(t, 'int', 'XP'), '/', op(p['L'], 'int', 'XP')], unit='levels')


@kind('xp_bonus')
class XpBonus:
    unit = 'XP'
    phr = [
        "{N} finished {n} quests worth {a} XP each during an event weekend, and a {pct}% event bonus applied to the total. How much XP did {N} earn in all?",
        "Each daily quest gives {a} XP. {N} completed {n} of them, and {P} guild perk added a {pct}% XP bonus on top. What was the total XP?",
        "{N} ran {n} dungeon clears at {a} XP per clear. With a +{pct}% XP boost on the total, how much XP did {N} end up with?",
        "{a} XP per contract, {n} contracts done, +{pct}% bonus from the season pass. Total XP?",
    ]
    concl = ["{Who} earned **{F} XP** in total.", "Total: {F} XP.", "That comes out to {F} XP with the bonus."]
    notes = ["The bonus is a percent of the base total, so work out the base first.", "A +{pct}% boost means 100% + {pct}% of the base."]

    @staticmethod
    def gen(r):
        while True:
            a = r.randrange(50, 410, 10); n = r.randint(5, 30); pct = r.choice([10, 15, 20, 25, 30, 50])
            if (a * n * pct) % 100 == 0:
                return dict(a=a, n=n, pct=pct)

    @staticmethod
    def build(b, p):
        t = b.s('Base XP', [op(p['a'], 'int', 'XP'), '*', op(p['n'])], unit='XP')
        bo = b.s('Bonus XP', [op(t, 'int', 'XP'), '*', op(F(p['pct'], 100), 'pct')], unit='XP')
        b.s('Total XP', [op(t, 'int', 'XP'), '+', op(bo, 'int', 'XP')], unit='XP')


@kind('xp_next')
class XpNext:
    unit = 'matches'
    phr = [
        "{N} needed {L} XP to hit the next prestige level and already had {c}. Each match gave {m} XP. How many more matches did {N} need?",
        "The next rank required {L} XP. {N} was sitting at {c} XP and earned {m} XP per game. How many games were left?",
        "{N} checked {P} XP bar: {c} / {L}. At {m} XP per match, how many matches until level up?",
        "Level 50 unlocks at {L} XP. {N} had {c} XP and averaged {m} XP a round. How many rounds did {N} still have to play?",
    ]
    concl = ["{Who} needed **{F} more matches**.", "{F} matches to go.", "So it takes {F} more matches to level up."]
    notes = ["The bar shows current / required, so subtract first.", ""]

    @staticmethod
    def gen(r):
        m_ = r.randrange(200, 1250, 50); k = r.randint(3, 40)
        rem = m_ * k
        L = r.randrange(max(rem + 1000, 10000) // 500 * 500 + 500, max(rem + 1000, 10000) // 500 * 500 + 30000, 500)
        return dict(L=L, c=L - rem, m=m_)

    @staticmethod
    def build(b, p):
        rem = b.s('XP still needed', [op(p['L'], 'int', 'XP'), '-', op(p['c'], 'int', 'XP')], unit='XP')
        b.s('Matches needed', [op(rem, 'int', 'XP'), '/', op(p['m'], 'int', 'XP')], unit='matches')


@kind('bundle_bonus')
class BundleBonus:
    unit = 'coins'
    phr = [
        "The {price} bundle gives {C} coins plus a {pct}% bonus. {N} bought {k} of these bundles. How many coins did {N} get in total?",
        "{N} picked up {k} of the {price} packs. Each pack has {C} coins and right now there's +{pct}% bonus coins on every pack. Total coins?",
        "A store offer: {C} gems for {price}, with {pct}% extra gems this week. If {N} bought it {k} times, how many gems did {N} receive?",
        "{N} spent real money on {k} bundles ({price} each: {C} credits + {pct}% bonus). How many credits landed in {P} account?",
    ]
    concl = ["{Who} got **{F} coins**.", "Total: {F}.", "That's {F} in all."]
    notes = ["The price doesn't matter for the count, only the coins and bonus do.", "The bonus is {pct}% of the base amount in each bundle."]

    @staticmethod
    def gen(r):
        while True:
            C, price = r.choice([(500, '$4.99'), (1000, '$9.99'), (1100, '$9.99'), (2800, '$24.99'), (2400, '$19.99'), (5000, '$39.99'), (6500, '$49.99'), (13500, '$99.99')])
            pct = r.choice([10, 15, 20, 25, 30, 50]); k = r.randint(2, 6)
            if C * pct % 100 == 0:
                return dict(C=C, price=price, pct=pct, k=k)

    @staticmethod
    def build(b, p):
        bo = b.s('Bonus per bundle', [op(p['C'], 'int', 'coins'), '*', op(F(p['pct'], 100), 'pct')], unit='coins')
        per = b.s('Coins per bundle', [op(p['C'], 'int', 'coins'), '+', op(bo, 'int', 'coins')], unit='coins')
        b.s('Total coins', [op(per, 'int', 'coins'), '*', op(p['k'])], unit='coins')


@kind('buy_spend')
class BuySpend:
    unit = 'coins'
    phr = [
        "{N} bought {k} coin packs with {C} coins each, then bought {j} skins at {X} coins apiece. How many coins were left?",
        "Each {price} pack has {C} coins. {N} grabbed {k} packs and spent it on {j} emotes costing {X} coins each. What's the leftover balance?",
        "{N} topped up {k} times ({C} coins per top-up) and unlocked {j} battle outfits for {X} coins each. How many coins remained?",
        "I mean it's simple but: {k} packs x {C} coins, then {j} items at {X} coins. Coins left over for {N}?",
    ]
    concl = ["{Who} had **{F} coins** left.", "Leftover balance: {F} coins.", "So {F} coins remain."]
    notes = ["", "Leftover coins can't be refunded, so we just need the balance."]

    @staticmethod
    def gen(r):
        while True:
            C, price = r.choice([(500, '$4.99'), (1000, '$9.99'), (2800, '$24.99'), (1200, '$11.99')])
            k = r.randint(2, 8); X = r.choice([350, 450, 600, 800, 950, 1200, 1500, 2000]); j = r.randint(1, 6)
            if 0 <= C * k - X * j:
                return dict(C=C, price=price, k=k, X=X, j=j)

    @staticmethod
    def build(b, p):
        t = b.s('Coins bought', [op(p['C'], 'int', 'coins'), '*', op(p['k'])], unit='coins')
        s = b.s('Coins spent', [op(p['X'], 'int', 'coins'), '*', op(p['j'])], unit='coins')
        b.s('Coins left', [op(t, 'int', 'coins'), '-', op(s, 'int', 'coins')], unit='coins')


@kind('value_per_100')
class ValuePer100:
    unit = 'dollars'
    money = True
    phr = [
        "The small pack is {P1} for {C1} gems and the big pack is {P2} for {C2} gems. How much cheaper per 100 gems is the big pack (in dollars, to the cent)?",
        "{N} compared two bundles: {C1} coins for {P1} vs {C2} coins for {P2}. What's the difference in price per 100 coins, rounded to the cent?",
        "Is the bigger bundle actually better value? {P1} gets {C1} credits, {P2} gets {C2} credits. Give the per-100-credit price difference to the nearest cent.",
        "Store math: {C1} for {P1}, {C2} for {P2}. By how many dollars per 100 does the larger pack beat the smaller one (round each price per 100 to cents first)?",
    ]
    concl = ["The big pack saves about **{F}** per 100.", "Difference: {F} per 100.", "So the larger pack is {F} cheaper per 100."]
    notes = ["Price per 100 = price ÷ amount × 100.", "Round each per-100 price to the cent, then subtract."]

    @staticmethod
    def gen(r):
        while True:
            a = r.choice([(F(499, 100), 500), (F(999, 100), 1000), (F(499, 100), 450), (F(999, 100), 1100), (F(199, 100), 180)])
            bb = r.choice([(F(4999, 100), 6500), (F(9999, 100), 13500), (F(2499, 100), 2800), (F(1999, 100), 2400), (F(3999, 100), 5000), (F(4999, 100), 5800)])
            v1 = a[0] / a[1] * 100; v2 = bb[0] / bb[1] * 100
            if v1 - v2 > F(1, 50):
                return dict(P1=m(a[0]), C1=c(a[1]), P2=m(bb[0]), C2=c(bb[1]), p1=a[0], c1=a[1], p2=bb[0], c2=bb[1])

    @staticmethod
    def build(b, p):
        x1 = b.s('Small pack per 100', [op(p['p1'], 'money'), '/', op(p['c1']), '*', op(100)], fmt='money', dec=2)
        x2 = b.s('Big pack per 100', [op(p['p2'], 'money'), '/', op(p['c2']), '*', op(100)], fmt='money', dec=2)
        b.s('Difference', [op(x1, 'money'), '-', op(x2, 'money')], fmt='money')


@kind('sub_annual')
class SubAnnual:
    unit = 'dollars'
    money = True
    phr = [
        "The monthly plan costs {M}/month and the annual plan is {A}/year. How much does {N} save in a year by paying annually?",
        "{N}'s game subscription is {M} a month, or {A} if billed yearly. What's the yearly saving with the annual plan?",
        "Monthly: {M}. Yearly: {A}. How much cheaper is the yearly sub over 12 months?",
        "{N} was paying {M} per month for the streaming service. Switching to the {A} annual plan saves how much per year?",
    ]
    concl = ["{Who} would save **{F}** a year.", "Savings: {F} per year.", "So the annual plan is {F} cheaper."]
    notes = ["12 months in a year.", "Compare 12 monthly payments with one annual payment."]

    @staticmethod
    def gen(r):
        M = r.choice([F(499, 100), F(799, 100), F(999, 100), F(1099, 100), F(1299, 100), F(1499, 100), F(1599, 100), F(1799, 100)])
        A = M * 12 - r.randint(8, int(M * 4)) - r.choice([0, F(1, 100), F(50, 100)])
        A = F(int(A)) - F(1, 100) if r.random() < 0.7 else A
        return dict(M=m(M), A=m(A), mm=M, aa=A)

    @staticmethod
    def build(b, p):
        y = b.s('Monthly plan over a year', [op(p['mm'], 'money'), '*', op(12)], fmt='money')
        b.s('Savings', [op(y, 'money'), '-', op(p['aa'], 'money')], fmt='money')


@kind('sub_stack')
class SubStack:
    unit = 'dollars'
    money = True
    phr = [
        "{N} pays for three subscriptions: {A1}/month, {A2}/month and {A3}/month. What does that cost per year?",
        "Game Pass at {A1}, a cloud-save service at {A2} and a streaming sub at {A3}, all monthly. Yearly total for {N}?",
        "{N} has {A1}, {A2} and {A3} monthly subs. How much is spent over 12 months?",
        "Monthly subs: {A1} + {A2} + {A3}. What's the annual cost?",
    ]
    concl = ["That's **{F}** per year.", "Yearly total: {F}.", "{Who} spends {F} a year on subs."]
    notes = ["Add the monthly prices first, then multiply by 12.", ""]

    @staticmethod
    def gen(r):
        xs = r.sample([F(299, 100), F(499, 100), F(599, 100), F(799, 100), F(999, 100), F(1099, 100), F(1499, 100), F(1699, 100), F(1999, 100)], 3)
        return dict(A1=m(xs[0]), A2=m(xs[1]), A3=m(xs[2]), a=xs)

    @staticmethod
    def build(b, p):
        s = b.s('Monthly total', [op(p['a'][0], 'money'), '+', op(p['a'][1], 'money'), '+', op(p['a'][2], 'money')], fmt='money')
        b.s('Yearly total', [op(s, 'money'), '*', op(12)], fmt='money')


@kind('download_time')
class DownloadTime:
    unit = 'minutes'
    phr = [
        "{N} is grabbing a {S} GB update and {P} internet runs at {V} Mbps. How many minutes will the download take (1 GB = 8,000 Mb)? Round to one decimal if needed.",
        "{N} is downloading a {S} GB game on a {V} Mbps connection. Using 1 GB = 8,000 megabits, how long in minutes does it take? (one decimal)",
        "How long to download {S} GB at {V} Mbps, in minutes? Assume full speed the whole time and 1 GB = 8,000 Mb.",
        "{N}'s new shooter is {S} GB. At a steady {V} Mbps, how many minutes until it's done? Give one decimal place. (Use 8,000 Mb per GB.)",
    ]
    concl = ["The download takes about **{F} minutes**.", "≈ {F} minutes.", "So expect roughly {F} minutes."]
    notes = ["1 GB = 8,000 Mb (megabits), and the speed is in megabits per second.", "Careful: GB is gigabytes, Mbps is megabits per second, so convert first."]

    @staticmethod
    def gen(r):
        return dict(S=r.choice([12, 18, 25, 32, 40, 45, 50, 60, 75, 85, 96, 110, 125, 150]), V=r.choice([50, 75, 100, 150, 200, 250, 300, 400, 500]))

    @staticmethod
    def build(b, p):
        mb = b.s('Convert to megabits', [op(p['S'], 'int', 'GB'), '*', op(8000)], unit='Mb')
        s = b.s('Time in seconds', [op(mb, 'int', 'Mb'), '/', op(p['V'], 'int', 'Mbps')], unit='s', dec=1)
        b.s('Time in minutes', [op(s, 'auto', 's'), '/', op(60)], unit='min', dec=1)


@kind('download_rest')
class DownloadRest:
    unit = 'seconds'
    phr = [
        "{N}'s {S} GB download is stuck with {d} GB done. At {V} Mbps, how many seconds are left? (1 GB = 8,000 Mb)",
        "Steam says {d} of {S} GB downloaded. With {V} Mbps internet, how many more seconds does it need? Use 8,000 Mb per GB.",
        "A {S} GB patch, {d} GB already downloaded, connection at {V} Mbps. Seconds remaining (1 GB = 8,000 megabits)?",
        "{N} paused a {S} GB download at {d} GB. Resuming at {V} Mbps, how long in seconds until it finishes? (8,000 Mb = 1 GB)",
    ]
    concl = ["About **{F} seconds** left.", "Remaining time: {F} s.", "So {F} seconds to go."]
    notes = ["Only the remaining gigabytes matter.", "Mbps = megabits per second."]

    @staticmethod
    def gen(r):
        S = r.choice([30, 45, 60, 72, 80, 95, 100, 120, 140]); d = r.randint(3, S - 5)
        return dict(S=S, d=d, V=r.choice([40, 80, 100, 120, 200, 250, 300, 500, 1000]))

    @staticmethod
    def build(b, p):
        rem = b.s('GB left', [op(p['S'], 'int', 'GB'), '-', op(p['d'], 'int', 'GB')], unit='GB')
        mb = b.s('Megabits left', [op(rem, 'int', 'GB'), '*', op(8000)], unit='Mb')
        b.s('Seconds left', [op(mb, 'int', 'Mb'), '/', op(p['V'], 'int', 'Mbps')], unit='s', dec=1)


@kind('frame_time')
class FrameTime:
    unit = 'ms'
    phr = [
        "{N} upgraded from {f1} fps to {f2} fps. By how many milliseconds did the frame time drop? Round each frame time to 2 decimals.",
        "What's the frame time difference between {f1} Hz and {f2} Hz (in ms, each rounded to two decimals)?",
        "At {f1} fps vs {f2} fps, how much shorter is each frame in ms? Use 1,000 ms per second and round to 0.01.",
        "{N}'s monitor went from {f1}Hz to {f2}Hz with the game locked to refresh. How many ms faster is each frame (2 d.p.)?",
    ]
    concl = ["Each frame is about **{F} ms** shorter.", "Difference ≈ {F} ms.", "So frame time drops by {F} ms."]
    notes = ["Frame time (ms) = 1,000 ÷ fps.", "Higher fps means a shorter frame time."]

    @staticmethod
    def gen(r):
        f1, f2 = sorted(r.sample([24, 30, 40, 45, 60, 75, 90, 100, 120, 144, 165, 240, 360], 2))
        return dict(f1=f1, f2=f2)

    @staticmethod
    def build(b, p):
        t1 = b.s('Frame time at {f1} fps'.format(**p), [op(1000, 'int', 'ms'), '/', op(p['f1'])], unit='ms', dec=2)
        t2 = b.s('Frame time at {f2} fps'.format(**p), [op(1000, 'int', 'ms'), '/', op(p['f2'])], unit='ms', dec=2)
        b.s('Difference', [op(t1, 'auto', 'ms'), '-', op(t2, 'auto', 'ms')], unit='ms', fmt='auto')


@kind('frames_drop')
class FramesDrop:
    unit = 'frames'
    phr = [
        "{N} recorded {mi} minutes of gameplay at {f} fps, but {pct}% of frames were dropped. How many frames were actually shown?",
        "A {mi}-minute clip at {f} fps had {pct}% dropped frames. How many frames made it into the recording?",
        "OBS says {pct}% dropped frames on a {mi} min capture at {f} fps. How many frames were kept?",
        "{N} streamed {mi} minutes at {f}fps and lost {pct}% of the frames. Frames delivered?",
    ]
    concl = ["**{F} frames** were shown.", "Frames kept: {F}.", "That leaves {F} frames."]
    notes = ["Dropped frames are a percent of all frames.", ""]

    @staticmethod
    def gen(r):
        while True:
            mi = r.randint(2, 30); f = r.choice([24, 30, 48, 60, 120]); pct = r.choice([1, 2, 4, 5, 8, 10, 12, 15])
            if mi * 60 * f * pct % 100 == 0:
                return dict(mi=mi, f=f, pct=pct)

    @staticmethod
    def build(b, p):
        s = b.s('Seconds', [op(p['mi'], 'int', 'min'), '*', op(60)], unit='s')
        fr = b.s('Total frames', [op(s, 'int', 's'), '*', op(p['f'], 'int', 'fps')], unit='frames')
        d = b.s('Dropped frames', [op(fr, 'int', 'frames'), '*', op(F(p['pct'], 100), 'pct')], unit='frames')
        b.s('Frames shown', [op(fr, 'int', 'frames'), '-', op(d, 'int', 'frames')], unit='frames')


@kind('score_mult')
class ScoreMult:
    unit = 'points'
    phr = [
        "{N} got {k} eliminations at {a} points each, then a {x}x score multiplier applied, plus a {bo}-point victory bonus. Final score?",
        "Each combo is worth {a} pts. {N} landed {k} combos, the x{x} multiplier kicked in, and then a flat {bo} bonus was added. What was the total?",
        "Arcade run: {k} hits x {a} points, multiplied by {x}, then +{bo} for a no-damage clear. Final leaderboard score for {N}?",
        "{N} scored {a} per ring on {k} rings with a {x}× multiplier and a {bo} pt end bonus (added after the multiplier). Score?",
    ]
    concl = ["Final score: **{F} points**.", "{Who} posted {F} points.", "That's {F} on the leaderboard."]
    notes = ["The multiplier applies before the flat bonus.", "A {x}x multiplier just means multiply by {x}."]

    @staticmethod
    def gen(r):
        while True:
            a = r.randrange(50, 1050, 25); k = r.randint(4, 60); x = r.choice([F(3, 2), F(2), F(5, 2), F(3), F(4), F(5, 4)]); bo = r.randrange(500, 10001, 250)
            if (a * k * x).denominator == 1:
                return dict(a=a, k=k, x=c(x), xx=x, bo=c(bo), b=bo)

    @staticmethod
    def build(b, p):
        raw = b.s('Base score', [op(p['a'], 'int', 'points'), '*', op(p['k'])], unit='points')
        bm = b.s('With multiplier', [op(raw, 'int', 'points'), '*', op(p['xx'], 'auto')], unit='points')
        b.s('Final score', [op(bm, 'int', 'points'), '+', op(p['b'], 'int', 'points')], unit='points')


@kind('lb_gap')
class LbGap:
    unit = 'rounds'
    phr = [
        "The #1 score on the leaderboard is {T}. {N} has {Y}. If {N} gains {r_} points per round, how many rounds to tie the top score?",
        "{N} sits at {Y} points; the top player has {T}. At {r_} points a round, how many rounds does it take to catch up exactly?",
        "Leaderboard: 1st place {T}, {N} {Y}. Each round is worth {r_}. Rounds needed to tie?",
        "To match the world record of {T}, {N} (currently {Y}) earns {r_} per round. How many rounds?",
    ]
    concl = ["**{F} rounds** to tie first place.", "{Who} needs {F} rounds.", "So {F} rounds."]
    notes = ["", "Tie means reaching exactly the top score."]

    @staticmethod
    def gen(r):
        rr = r.randrange(150, 2600, 50); k = r.randint(3, 45); Y = r.randrange(10000, 900000, 50)
        return dict(T=c(Y + rr * k), Y=c(Y), r_=c(rr), t=Y + rr * k, y=Y, rr=rr)

    @staticmethod
    def build(b, p):
        g = b.s('Point gap', [op(p['t'], 'int', 'points'), '-', op(p['y'], 'int', 'points')], unit='points')
        b.s('Rounds needed', [op(g, 'int', 'points'), '/', op(p['rr'])], unit='rounds')


@kind('net_sr')
class NetSR:
    unit = 'SR'
    phr = [
        "In ranked, {N} won {w} games at +{g} SR each and lost {l} games at -{lp} SR each. What was the net SR change?",
        "{N}'s session: {w} wins (+{g} RP per win) and {l} losses (-{lp} RP per loss). Net change in RP? (Use a negative number for a loss.)",
        "Rank points: +{g} per win, -{lp} per loss. {N} went {w}-{l}. What's the overall change?",
        "{N} played {w_l} games: {w} wins worth {g} points each and {l} losses costing {lp} points each. Net points gained or lost?",
    ]
    concl = ["Net change: **{F} SR**.", "{Who} ended the session at {F} SR net.", "So the net change is {F}."]
    notes = ["A negative result means {Who_lc} lost rating overall.", "Losses subtract from the total."]

    @staticmethod
    def gen(r):
        w = r.randint(2, 15); l = r.randint(w, 20); g = r.randint(15, 30); lp = r.randint(g, 35)
        if w * g == l * lp:
            l += 1
        return dict(w=w, l=l, g=g, lp=lp, w_l=w + l)

    @staticmethod
    def build(b, p):
        up = b.s('SR gained', [op(p['w']), '*', op(p['g'], 'int', 'SR')], unit='SR')
        dn = b.s('SR lost', [op(p['l']), '*', op(p['lp'], 'int', 'SR')], unit='SR')
        b.s('Net change', [op(up, 'int', 'SR'), '-', op(dn, 'int', 'SR')], unit='SR')


@kind('stream_hours')
class StreamHours:
    unit = 'hours'
    phr = [
        "{N} streams {h} hours a day, {d} days a week. How many hours is that over {w} weeks?",
        "Schedule: {h} hrs per stream, {d} streams per week, for {w} weeks straight. Total hours live?",
        "To hit Affiliate, {N} went live {d} days a week for {h} hours each time. After {w} weeks, how many hours had {N} streamed?",
        "{N} does {h}-hour streams {d}x a week. Hours streamed in {w} weeks?",
    ]
    concl = ["That's **{F} hours** of streaming.", "Total: {F} hours live.", "{Who} streamed {F} hours."]
    notes = ["", "Work out one week first."]

    @staticmethod
    def gen(r):
        return dict(h=c(r.choice([F(2), F(3), F(4), F(5), F(6), F(8), F(5, 2), F(7, 2), F(9, 2)])), d=r.randint(2, 7), w=r.randint(2, 12))

    @staticmethod
    def build(b, p):
        wk = b.s('Hours per week', [op(F(p['h']), 'auto', 'hours'), '*', op(p['d'])], unit='hours', fmt='auto')
        b.s('Total hours', [op(wk, 'auto', 'hours'), '*', op(p['w'])], unit='hours', fmt='auto')


@kind('avg_viewers')
class AvgViewers:
    unit = 'viewers'
    phr = [
        "{N}'s last {n} streams had {lst} viewers on average each. What's the overall average viewer count? (one decimal if needed)",
        "Average viewers per stream this week: {lst}. What's the mean across all {n} streams?",
        "{N}'s Twitch dashboard shows {lst} average viewers for the last {n} broadcasts. Average of those?",
        "{N} wants the mean concurrent viewers over {n} streams: {lst}. Round to one decimal.",
    ]
    concl = ["The average is **{F} viewers**.", "Mean: {F} viewers.", "So about {F} viewers per stream."]
    notes = ["Average = sum ÷ number of streams.", ""]

    @staticmethod
    def gen(r):
        n = r.randint(3, 6); base = r.randint(20, 4000)
        xs = [max(5, base + r.randint(-base // 3 - 5, base // 3 + 5)) for _ in range(n)]
        lst = ', '.join(c(x) for x in xs[:-1]) + ' and ' + c(xs[-1])
        return dict(n=n, xs=xs, lst=lst)

    @staticmethod
    def build(b, p):
        ex = []
        for i, x in enumerate(p['xs']):
            if i:
                ex.append('+')
            ex.append(op(x))
        s = b.s('Sum of viewers', ex, unit='viewers')
        b.s('Average', [op(s, 'int', 'viewers'), '/', op(p['n'])], unit='viewers', dec=1)


@kind('sub_revenue')
class SubRevenue:
    unit = 'dollars'
    money = True
    phr = [
        "{N} has {n} subs at {pr} each and keeps {pct}% of the sub price. How much does {N} make this month?",
        "Streamer payout: {n} subscriptions x {pr}, {pct}/{rest} split in the streamer's favor... wait, {N} gets {pct}%. Monthly earnings?",
        "With {n} active subs at {pr} and a {pct}% revenue share, what does {N} earn per month (to the cent)?",
        "{n} subs, {pr} per sub, streamer keeps {pct}%. Monthly revenue, rounded to the nearest cent?",
    ]
    concl = ["{Who} earns about **{F}** per month.", "Payout ≈ {F}.", "So roughly {F} a month."]
    notes = ["The platform keeps the rest of each sub.", "Round money to the cent at the end."]

    @staticmethod
    def gen(r):
        n = r.randint(12, 2500); pr = r.choice([F(499, 100), F(599, 100), F(999, 100)]); pct = r.choice([50, 60, 70])
        return dict(n=c(n), nn=n, pr=m(pr), p=pr, pct=pct, rest=100 - pct)

    @staticmethod
    def build(b, p):
        g = b.s('Gross sub revenue', [op(p['nn']), '*', op(p['p'], 'money')], fmt='money')
        b.s("Streamer's share", [op(g, 'money'), '*', op(F(p['pct'], 100), 'pct')], fmt='money', dec=2)


@kind('watch_hours')
class WatchHours:
    unit = 'hours'
    phr = [
        "{N} averaged {v} viewers across {s} streams of {h} hours each. How many hours were watched in total?",
        "Watch time = viewers x hours. {N} had {v} average viewers, streamed {s} times, {h} h per stream. Total watch hours?",
        "{s} streams, each {h} hours long, {v} avg viewers. How many watch hours is that?",
        "For a sponsorship deck, {N} needs total hours watched: {v} average viewers, {h}-hour streams, {s} of them. Total?",
    ]
    concl = ["That's **{F} hours watched**.", "Total watch time: {F} hours.", "So {F} hours watched."]
    notes = ["Hours watched counts every viewer's time.", ""]

    @staticmethod
    def gen(r):
        return dict(v=c(r.randint(12, 3500)), vv=None, h=c(r.choice([F(2), F(3), F(4), F(5), F(6), F(5, 2), F(3, 2), F(7, 2)])), s=r.randint(3, 30))

    @staticmethod
    def build(b, p):
        per = b.s('Watch hours per stream', [op(int(p['v'].replace(',', '')), 'int', 'viewers'), '*', op(F(p['h']), 'auto', 'hours')], unit='hours', fmt='auto')
        b.s('Total watch hours', [op(per, 'auto', 'hours'), '*', op(p['s'])], unit='hours', fmt='auto')


@kind('battle_pass')
class BattlePass:
    unit = 'days'
    phr = [
        "The battle pass has {T} tiers at {X} XP per tier. If {N} earns {D} XP a day, how many days does it take to finish the pass?",
        "{N} wants to max out the season pass: {T} tiers, {X} XP each, and {P} daily challenges give {D} XP. Days needed?",
        "Season pass math: {T} tiers x {X} XP. Earning {D} XP per day, how many days to complete it?",
        "{T} tiers in the pass, each needs {X} XP. {N} gets {D} XP daily. How long (days) to tier 100%?",
    ]
    concl = ["**{F} days** to finish the pass.", "{Who} needs {F} days.", "So it takes {F} days."]
    notes = ["", "Total XP for the pass first, then divide by the daily XP."]

    @staticmethod
    def gen(r):
        while True:
            T = r.choice([50, 60, 70, 80, 100, 120]); X = r.choice([800, 1000, 1200, 1500, 2000, 2500, 4000, 5000]); days = r.randint(20, 90)
            if T * X % days == 0:
                return dict(T=T, X=c(X), x=X, D=c(T * X // days), d=T * X // days)

    @staticmethod
    def build(b, p):
        t = b.s('Total XP for the pass', [op(p['T']), '*', op(p['x'], 'int', 'XP')], unit='XP')
        b.s('Days needed', [op(t, 'int', 'XP'), '/', op(p['d'], 'int', 'XP')], unit='days')
