"""Problem structures for the games / sports / leagues genre.

Each structure has: name, gen(rng) -> params, build(tracer, params), four
problem phrasings ("texts") and a goal phrase used by some styles."""
from fractions import Fraction as Fr

from core import I, M, D, P, T, A3, Num, fmt, time_str, Retry

TEAMS = ["the Lions", "Riverside Rovers", "the Hawks", "Northfield United", "the Comets",
         "Eastbrook FC", "the Wolves", "Harbor City", "the Falcons", "Westgate Athletic",
         "the Otters", "Kingsbridge Town"]
PLAYERS = ["Maya", "Jordan", "Lena", "Marcus", "Priya", "Diego", "Aisha", "Tom", "Keiko",
           "Sam", "Nia", "Ravi", "Elena", "Chris", "Omar", "Hannah"]
GAMES = ["Realm Quest", "Starfall Online", "Dungeon Delve", "Skyforge", "Mythic Tides",
         "Ironclad Legends"]
SEASONS = ["2023-24", "2022-23", "spring", "autumn", "2024"]

STRUCTS = []


def S(name, goal, texts):
    def deco(fn):
        gen, build = fn()
        assert len(texts) == 4
        STRUCTS.append(dict(name=name, gen=gen, build=build, texts=texts, goal=goal))
        return fn
    return deco


def c(n):
    """thousands-separated integer for problem text"""
    return fmt(I(n))


def money(x, dp=2):
    return fmt(M(x, dp))


# ------------------------------------------------------------------ leagues

@S("league_points", "how many points the team has", [
    "In the {season} season, {team} won {w} matches, drew {d} and lost {l}. A win is worth 3 points, a draw 1 point and a loss 0. How many points did they finish with?",
    "{Team} played {n} league games: {w} wins, {d} draws and {l} losses. With 3 points for a win and 1 for a draw, what is their points total?",
    "Our Sunday league side went {w}-{d}-{l} (W-D-L) this year. 3 pts for a win, 1 for a draw. How many points is that?",
    "How many points does a team have after {w} wins, {d} draws and {l} defeats if wins earn 3 points and draws earn 1?"])
def _():
    def gen(r):
        w, d, l = r.randint(4, 22), r.randint(2, 11), r.randint(2, 12)
        team = r.choice(TEAMS)
        return dict(w=w, d=d, l=l, n=w + d + l, team=team, Team=team[0].upper() + team[1:],
                    season=r.choice(SEASONS))

    def build(t, p):
        wp = t.calc([I(p["w"], "wins"), "*", I(3)], "Points from wins", "points",
                    intro=("Each win is worth 3 points.", []))
        dp = t.calc([I(p["d"], "draws"), "*", I(1)], "Points from draws", "points",
                    intro=("Each draw is worth 1 point.", []))
        t.note("The {0} losses add 0 points.", I(p["l"]))
        tot = t.calc([wp, "+", dp], "Total points", "points")
        t.check([I(p["w"]), "+", I(p["d"]), "+", I(p["l"])], "Games played", "games")
        t.answer(tot, "the team has {0} points", "points")
    return gen, build


@S("league_maxpts", "the most points the team could still finish with and the gap to the leaders", [
    "{Team} have {w} wins and {d} draws so far with {r} games left. The leaders are on {lead} points. If {team} win every remaining game, how many points ahead of the leaders' current total would they finish?",
    "Fantasy scenario: my team has won {w}, drawn {d}, and has {r} matches to play. Top of the table has {lead} pts. Best case (3 pts a win), how far above {lead} could we end up?",
    "A team's record is {w} wins, {d} draws and some losses. There are {r} fixtures remaining. Wins are 3 points, draws 1. The current leader has {lead} points. What is the maximum final total minus the leader's current total?",
    "With {r} games to go, {team} sit on {w} wins and {d} draws. Could they pass the leaders' {lead} points? Work out their maximum possible points and how many more than {lead} that is."])
def _():
    def gen(r):
        w, d, rem = r.randint(8, 20), r.randint(1, 9), r.randint(3, 10)
        cur = 3 * w + d
        lead = cur + r.randint(1, 3 * rem - 1)
        team = r.choice(TEAMS)
        return dict(w=w, d=d, r=rem, lead=lead, team=team, Team=team[0].upper() + team[1:])

    def build(t, p):
        cur = t.calc([I(p["w"]), "*", I(3), "+", I(p["d"]), "*", I(1)], "Current points", "points")
        rem = t.calc([I(p["r"]), "*", I(3)], "Points still available", "points",
                     intro=("Winning all {0} remaining games is worth 3 points each.", [I(p["r"])]))
        mx = t.calc([cur, "+", rem], "Maximum possible points", "points")
        gap = t.calc([mx, "-", I(p["lead"])], "Margin over the leaders' current total", "points")
        t.answer(gap, "they could finish {0} points above the leaders' current total", "points")
    return gen, build


@S("goal_difference", "the goal difference over these matches", [
    "{Team}'s last five results: {res}. What is their goal difference over those games?",
    "Over five matches our club's scores were {res} (our score first). Goals for minus goals against = ?",
    "Fan question: we went {res} in the last five. What's the goal difference for those games?",
    "Compute the goal difference (goals scored minus goals conceded) for a side whose results were {res}."])
def _():
    def gen(r):
        sc = [(r.randint(0, 4), r.randint(0, 4)) for _ in range(5)]
        parts = []
        for a, b in sc:
            if a > b:
                parts.append("won %d–%d" % (a, b))
            elif a < b:
                parts.append("lost %d–%d" % (a, b))
            else:
                parts.append("drew %d–%d" % (a, b))
        team = r.choice(TEAMS)
        return dict(sc=sc, res=", ".join(parts[:-1]) + " and " + parts[-1], team=team,
                    Team=team[0].upper() + team[1:])

    def build(t, p):
        gf_e, ga_e = [], []
        for a, b in p["sc"]:
            gf_e += [I(a), "+"]
            ga_e += [I(b), "+"]
        gf = t.calc(gf_e[:-1], "Goals scored", "goals")
        ga = t.calc(ga_e[:-1], "Goals conceded", "goals")
        gd = t.calc([gf, "-", ga], "Goal difference", "")
        if gd.v > 0:
            t.note("That's a goal difference of +{0}.", gd)
        elif gd.v < 0:
            t.note("They conceded more than they scored, so the difference is negative.")
        t.answer(gd, "the goal difference is {0}")
    return gen, build


@S("round_robin", "how many games the round-robin needs", [
    "A chess club holds a round-robin where each of the {n} members plays every other member exactly once. How many games are played in total?",
    "{n} teams enter a single round-robin tournament (everyone plays everyone once). How many matches is that?",
    "Our office ping-pong league has {n} players and each pair plays one match. How many matches do we need to schedule?",
    "In a round-robin with {n} participants, each participant faces each other participant once. Find the total number of games."])
def _():
    def gen(r):
        return dict(n=r.randint(5, 24))

    def build(t, p):
        opp = t.calc([I(p["n"]), "-", I(1)], "Opponents per player", "",
                     intro=("Each participant plays everyone except themselves.", []))
        pairs = t.calc([I(p["n"]), "*", opp], "Games counted from each side", "")
        t.note("Every game gets counted twice (once for each player), so we halve it.")
        g = t.calc([pairs, "/", I(2)], "Total games", "games")
        t.answer(g, "{0} games are played", "games")
    return gen, build


@S("double_round_robin", "the total number of league matches", [
    "A league has {n} teams. Each team plays every other team twice, once at home and once away. How many matches are played in the season?",
    "{n}-team league, home and away against everyone. Total fixtures in a season?",
    "In a double round-robin with {n} clubs, how many games are there altogether?",
    "Each of the {n} teams in the {season} league meets each rival home and away. How many league matches are played in total?"])
def _():
    def gen(r):
        return dict(n=r.randint(6, 24), season=r.choice(SEASONS))

    def build(t, p):
        opp = t.calc([I(p["n"]), "-", I(1)], "Opponents per team", "")
        per = t.calc([opp, "*", I(2)], "Matches per team", "matches",
                     intro=("Each opponent is played twice.", []))
        both = t.calc([I(p["n"]), "*", per], "Team-matches", "")
        t.note("Each match involves two teams, so divide by 2.")
        tot = t.calc([both, "/", I(2)], "Total matches", "matches")
        t.answer(tot, "the season has {0} matches", "matches")
    return gen, build


@S("knockout", "how many matches the knockout bracket needs", [
    "A single-elimination tennis tournament starts with {n} players. How many matches are needed to find the champion?",
    "{n} teams enter a knockout cup with no byes. Count the matches round by round. How many matches in total?",
    "Our esports bracket has {n} teams, single elimination. How many games get played start to finish?",
    "In a knockout competition of {n} entrants where the loser of every match is eliminated, how many matches are played?"])
def _():
    def gen(r):
        return dict(n=r.choice([8, 16, 32, 64]))

    def build(t, p):
        left = I(p["n"])
        rounds = []
        i = 1
        while True:
            m = t.calc([left, "/", I(2)], "Round %d matches" % i, "matches")
            rounds.append(m)
            if m.v == 1:
                break
            t.need(m.v > 1)
            left = m
            i += 1
            if i > 8:
                raise Retry("rounds")
        e = []
        for m in rounds:
            e += [m, "+"]
        tot = t.calc(e[:-1], "Total matches", "matches")
        t.check([I(p["n"]), "-", I(1)], "Everyone but the champion loses once", "matches")
        t.answer(tot, "{0} matches are needed", "matches")
    return gen, build


@S("group_knockout", "the total number of matches in the tournament", [
    "A tournament has {g} groups of {s} teams. Each group is a single round-robin, then the top 2 from each group go into a knockout bracket. How many matches are played in total?",
    "Youth cup format: {g} groups x {s} teams, everyone plays everyone in their group once, top two advance to straight knockout. How many games overall?",
    "{gs} teams are split into {g} groups of {s}. After the group stage (single round-robin), the top two in each group play a knockout until there is a winner. Total number of matches?",
    "How many matches are in a competition with {g} round-robin groups of {s} teams, followed by a knockout for the {k} group qualifiers?"])
def _():
    def gen(r):
        g = r.choice([2, 4, 8, 16])
        s = r.choice([3, 4, 5, 6])
        return dict(g=g, s=s, gs=g * s, k=2 * g)

    def build(t, p):
        per = t.calc([I(p["s"]), "*", I(p["s"] - 1), "/", I(2)], "Matches per group", "matches",
                     intro=("In a group of {0}, each pair meets once.", [I(p["s"])]))
        grp = t.calc([per, "*", I(p["g"])], "Group-stage matches", "matches")
        ko_teams = t.calc([I(p["g"]), "*", I(2)], "Teams in the knockout", "teams")
        ko = t.calc([ko_teams, "-", I(1)], "Knockout matches", "matches",
                    intro=("In a knockout every team except the winner is knocked out once.", []))
        tot = t.calc([grp, "+", ko], "Total matches", "matches")
        t.answer(tot, "the tournament has {0} matches", "matches")
    return gen, build


# ------------------------------------------------------------------ basketball / US sports

@S("basketball_points", "how many points the player scored", [
    "{pl} made {a} two-point field goals, {b} three-pointers and {c} free throws. How many points did {pl} score?",
    "Box score line for {pl}: {a} 2PT FG, {b} 3PT FG, {c} FT made ({fta} attempted). Total points?",
    "In last night's game {pl} hit {b} threes, {a} twos and went {c} of {fta} from the line. How many points is that?",
    "A basketball player scores {a} baskets worth 2 points, {b} baskets worth 3 points and {c} free throws worth 1 point each. Find the total."])
def _():
    def gen(r):
        c = r.randint(0, 12)
        return dict(pl=r.choice(PLAYERS), a=r.randint(2, 14), b=r.randint(0, 9), c=c,
                    fta=c + r.randint(0, 4))

    def build(t, p):
        two = t.calc([I(p["a"]), "*", I(2)], "Points from two-pointers", "points")
        three = t.calc([I(p["b"]), "*", I(3)], "Points from three-pointers", "points")
        t.note("Each free throw is 1 point, so the {0} made free throws give {0} points.", I(p["c"]))
        tot = t.calc([two, "+", three, "+", I(p["c"])], "Total points", "points")
        t.answer(tot, "{pl} scored {{0}} points".format(pl=p["pl"]), "points")
    return gen, build


@S("box_score_margin", "the team's total and the winning margin", [
    "Here is our team's box score:\n\n| Player | PTS |\n|---|---|\n{table}\n\nThe opponents scored {opp}. By how many points did we win?",
    "{Team} box score (points): {lst}. The other team finished with {opp}. What was the margin of victory?",
    "Scoring for the {team}: {lst}. Final score for the opponent: {opp}. How many points did they win by?",
    "The five players on a team scored {lst} points. Their opponent scored {opp} points in total. Find the winning margin."])
def _():
    def gen(r):
        names = r.sample(PLAYERS, 5)
        pts = [r.randint(2, 31) for _ in range(5)]
        tot = sum(pts)
        opp = tot - r.randint(1, 22)
        team = r.choice(TEAMS)
        return dict(names=names, pts=pts, opp=opp,
                    table="\n".join("| %s | %d |" % (n, x) for n, x in zip(names, pts)),
                    lst=", ".join("%s %d" % (n, x) for n, x in zip(names, pts)),
                    team=team, Team=team[0].upper() + team[1:])

    def build(t, p):
        e = []
        for x in p["pts"]:
            e += [I(x), "+"]
        tot = t.calc(e[:-1], "Team total", "points")
        m = t.calc([tot, "-", I(p["opp"])], "Winning margin", "points")
        t.answer(m, "they won by {0} points", "points")
    return gen, build


@S("fg_percentage", "the overall field-goal percentage", [
    "{pl} made {m2} of {a2} two-point attempts and {m3} of {a3} three-point attempts. What was {pl}'s overall field-goal percentage, to one decimal place?",
    "Shooting line: 2PT {m2}/{a2}, 3PT {m3}/{a3}. What's the FG% (1 decimal)?",
    "Over the weekend tournament our point guard went {m2}-for-{a2} inside the arc and {m3}-for-{a3} from three. Overall FG percentage to the nearest tenth?",
    "A player attempts {a2} two-pointers (making {m2}) and {a3} three-pointers (making {m3}). Find the field-goal percentage rounded to 0.1%."])
def _():
    def gen(r):
        a2, a3 = r.randint(6, 25), r.randint(3, 15)
        return dict(pl=r.choice(PLAYERS), a2=a2, a3=a3, m2=r.randint(2, a2 - 1), m3=r.randint(0, a3 - 1))

    def build(t, p):
        made = t.calc([I(p["m2"]), "+", I(p["m3"])], "Field goals made", "")
        att = t.calc([I(p["a2"]), "+", I(p["a3"])], "Field goals attempted", "")
        pct = t.calc([made, "/", att, "*", I(100)], "Field-goal percentage", "", k="pct", dp=1, approx=True)
        t.answer(pct, "the field-goal percentage is about {0}")
    return gen, build


@S("win_pct_target", "how many more wins are needed", [
    "A basketball team is {w}-{l} after {g} games of an {G}-game season. To finish with at least {pc}% wins, how many of the remaining games must they win?",
    "We're {w} and {l} with {left} games left ({G} total). Coach wants a {pc}% winning season. How many more Ws do we need?",
    "Out of a {G}-game schedule a team has played {g} and won {w}. How many more wins are needed to reach a {pc}% win rate for the whole season?",
    "{Team} have won {w} of their first {g} games. The season is {G} games long. What is the minimum number of additional wins for a winning percentage of {pc}% or more?"])
def _():
    def gen(r):
        G = r.choice([82, 82, 162, 40, 30, 56])
        pc = r.choice([55, 60, 65, 70, 52, 58])
        g = r.randint(G // 3, (3 * G) // 4)
        w = r.randint(g // 3, g - 2)
        team = r.choice(TEAMS)
        return dict(G=G, pc=pc, g=g, w=w, l=g - w, left=G - g, team=team,
                    Team=team[0].upper() + team[1:])

    def build(t, p):
        tgt = t.calc([P(p["pc"]), "*", I(p["G"])], "Wins needed for %d%%" % p["pc"], "wins",
                     k="dec", dp=None)
        if tgt.v.denominator == 1:
            need_total = I(tgt.v)
            t.note("So {0} wins are enough.", need_total)
        else:
            need_total = I(-(-tgt.v.numerator // tgt.v.denominator))
            t.note("You can't win part of a game, so round up to {0} wins.", need_total)
        more = t.calc([need_total, "-", I(p["w"])], "Additional wins needed", "wins")
        left = t.calc([I(p["G"]), "-", I(p["g"])], "Games remaining", "games")
        t.need(more.v >= 0 and more.v <= left.v)
        t.note("That's {0} wins from the {1} games left.", more, left)
        t.answer(more, "they need {0} more wins", "wins")
    return gen, build


@S("win_pct_ties", "the winning percentage", [
    "An NFL team finished {w}-{l}-{tie}. Counting a tie as half a win, what is their winning percentage (as a decimal to three places)?",
    "Record: {w} wins, {l} losses, {tie} ties. Ties count as half a win. Win pct to 3 decimals?",
    "{Team} went {w}-{l}-{tie} this season. Using wins + ½ × ties over games played, what's their win percentage to three decimal places?",
    "Compute the winning percentage, to the nearest thousandth, for a team with {w} wins, {l} losses and {tie} ties (a tie counts as half a win)."])
def _():
    def gen(r):
        team = r.choice(TEAMS)
        return dict(w=r.randint(3, 13), l=r.randint(2, 12), tie=r.randint(1, 3), team=team,
                    Team=team[0].upper() + team[1:])

    def build(t, p):
        g = t.calc([I(p["w"]), "+", I(p["l"]), "+", I(p["tie"])], "Games played", "games")
        eff = t.calc([I(p["w"]), "+", D(0.5, 1), "*", I(p["tie"])], "Win credit", "", k="dec", dp=1)
        pct = t.calc([eff, "/", g], "Winning percentage", "", k="avg3", dp=3, approx=True)
        t.answer(pct, "the winning percentage is {0}")
    return gen, build


@S("batting_average", "the batting average", [
    "{pl} had {s} singles, {d} doubles, {tr} triples and {hr} home runs in {ab} at-bats. What is {pl}'s batting average (three decimal places)?",
    "Season line: {ab} AB, {s} 1B, {d} 2B, {tr} 3B, {hr} HR. Batting average?",
    "My daughter's softball stats: {s} singles, {d} doubles, {tr} triples, {hr} homers, {ab} at-bats. What's her average, written like .xxx?",
    "Find the batting average (hits divided by at-bats, to the nearest thousandth) of a player with {s} singles, {d} doubles, {tr} triples and {hr} home runs in {ab} at-bats."])
def _():
    def gen(r):
        s, d, tr, hr = r.randint(10, 110), r.randint(2, 35), r.randint(0, 6), r.randint(0, 30)
        h = s + d + tr + hr
        ab = r.randint(int(h * 2.6) + 1, int(h * 4.2) + 2)
        return dict(pl=r.choice(PLAYERS), s=s, d=d, tr=tr, hr=hr, ab=ab)

    def build(t, p):
        h = t.calc([I(p["s"]), "+", I(p["d"]), "+", I(p["tr"]), "+", I(p["hr"])], "Total hits", "hits")
        avg = t.calc([h, "/", I(p["ab"])], "Batting average", "", k="avg3", dp=3, approx=True)
        t.answer(avg, "the batting average is {0}")
    return gen, build


@S("slugging", "the slugging percentage", [
    "{pl} has {s} singles, {d} doubles, {tr} triples and {hr} home runs in {ab} at-bats. What is the slugging percentage (total bases ÷ at-bats) to three decimals?",
    "SLG question: {s} 1B, {d} 2B, {tr} 3B, {hr} HR, {ab} AB. Total bases and SLG?",
    "Total bases count 1 for a single, 2 for a double, 3 for a triple and 4 for a homer. With {s}, {d}, {tr} and {hr} of those in {ab} at-bats, what's the slugging average?",
    "Compute the slugging percentage, rounded to the nearest thousandth, for {s} singles, {d} doubles, {tr} triples, {hr} home runs and {ab} at-bats."])
def _():
    def gen(r):
        s, d, tr, hr = r.randint(20, 100), r.randint(5, 40), r.randint(0, 8), r.randint(2, 40)
        h = s + d + tr + hr
        ab = r.randint(int(h * 2.5) + 1, int(h * 3.8) + 2)
        return dict(pl=r.choice(PLAYERS), s=s, d=d, tr=tr, hr=hr, ab=ab)

    def build(t, p):
        tb = t.calc([I(p["s"]), "+", I(2), "*", I(p["d"]), "+", I(3), "*", I(p["tr"]), "+", I(4), "*", I(p["hr"])],
                    "Total bases", "bases")
        slg = t.calc([tb, "/", I(p["ab"])], "Slugging percentage", "", k="avg3", dp=3, approx=True)
        t.answer(slg, "the slugging percentage is {0}")
    return gen, build


@S("nfl_score", "the final margin", [
    "{Team} scored {td} touchdowns, kicked {xp} extra points and {fg} field goals, and got {sf} safety. The opponents scored {opp}. By how many points did {team} win?",
    "Scoring summary: {td} TDs (6 each), {xp} PATs (1 each), {fg} FGs (3 each), {sf} safety (2). Other team had {opp}. Winning margin?",
    "Fantasy-free question for once: we had {td} touchdowns, {xp} extra points, {fg} field goals and {sf} safety. They scored {opp}. What did we win by?",
    "A football team scores {td} touchdowns (6 points), {xp} extra-point kicks (1 point), {fg} field goals (3 points) and {sf} safety (2 points). If the other team scored {opp}, what was the margin of victory?"])
def _():
    def gen(r):
        td = r.randint(2, 6)
        xp = r.randint(max(0, td - 2), td)
        fg = r.randint(0, 4)
        sf = 1
        tot = 6 * td + xp + 3 * fg + 2 * sf
        team = r.choice(TEAMS)
        return dict(td=td, xp=xp, fg=fg, sf=sf, opp=tot - r.randint(1, 17), team=team,
                    Team=team[0].upper() + team[1:])

    def build(t, p):
        td = t.calc([I(p["td"]), "*", I(6)], "Touchdown points", "points")
        fg = t.calc([I(p["fg"]), "*", I(3)], "Field-goal points", "points")
        sf = t.calc([I(p["sf"]), "*", I(2)], "Safety points", "points")
        tot = t.calc([td, "+", I(p["xp"]), "+", fg, "+", sf], "Team total", "points")
        t.note("The final score is {0}–{1}.", tot, I(p["opp"]))
        m = t.calc([tot, "-", I(p["opp"])], "Margin", "points")
        t.answer(m, "they won by {0} points", "points")
    return gen, build


@S("rugby_score", "the team's total points", [
    "In a rugby union match {Team} scored {tr} tries, {cv} conversions and {pn} penalty goals. Tries are 5 points, conversions 2 and penalties 3. What was their score?",
    "Rugby maths: {tr} tries, {cv} conversions, {pn} penalties. 5/2/3 points. Final score?",
    "{Team} ran in {tr} tries but only converted {cv} of them, and kicked {pn} penalties. How many points did they finish with?",
    "How many points does a rugby team score with {tr} tries (5 pts each), {cv} conversions (2 pts each) and {pn} penalty kicks (3 pts each)?"])
def _():
    def gen(r):
        tr = r.randint(1, 8)
        team = r.choice(TEAMS)
        return dict(tr=tr, cv=r.randint(0, tr), pn=r.randint(0, 6), team=team,
                    Team=team[0].upper() + team[1:])

    def build(t, p):
        a = t.calc([I(p["tr"]), "*", I(5)], "Try points", "points")
        b = t.calc([I(p["cv"]), "*", I(2)], "Conversion points", "points")
        c = t.calc([I(p["pn"]), "*", I(3)], "Penalty points", "points")
        tot = t.calc([a, "+", b, "+", c], "Total", "points")
        t.answer(tot, "they scored {0} points", "points")
    return gen, build


@S("fantasy_qb", "the quarterback's fantasy points", [
    "Fantasy scoring: 0.04 points per passing yard, 4 per passing TD, −2 per interception, 0.1 per rushing yard. My QB threw for {py} yards, {ptd} TDs and {ints} INTs, and ran for {ry} yards. How many fantasy points?",
    "League rules: pass yds × 0.04, pass TD = 4, INT = −2, rush yds × 0.1. Stat line: {py} pass yds, {ptd} TD, {ints} INT, {ry} rush yds. Points?",
    "{pl}'s quarterback had {py} passing yards, {ptd} touchdown passes, {ints} interceptions and {ry} rushing yards. With 0.04/pass yd, 4/pass TD, −2/INT and 0.1/rush yd, what's the fantasy score?",
    "Compute a fantasy total: {py} passing yards at 0.04 points each, {ptd} passing touchdowns at 4 points, {ints} interceptions at −2 points and {ry} rushing yards at 0.1 points each."])
def _():
    def gen(r):
        return dict(py=25 * r.randint(6, 16), ptd=r.randint(0, 5), ints=r.randint(1, 3),
                    ry=r.randint(3, 69), pl=r.choice(PLAYERS))

    def build(t, p):
        a = t.calc([I(p["py"]), "*", D(0.04, 2)], "Passing yards points", "points")
        b = t.calc([I(p["ptd"]), "*", I(4)], "Passing TD points", "points")
        c = t.calc([I(p["ints"]), "*", I(-2)], "Interception points", "points")
        d = t.calc([I(p["ry"]), "*", D(0.1, 1)], "Rushing yards points", "points", k="dec", dp=1)
        tot = t.calc([a, "+", b, "+", c, "+", d], "Total fantasy points", "points", k="dec", dp=1)
        t.answer(tot, "the QB scored {0} fantasy points", "points")
    return gen, build


@S("golf_to_par", "the total score relative to par", [
    "A golfer shoots {r1}, {r2}, {r3} and {r4} over four rounds on a par-{par} course. What is the total score relative to par?",
    "Tournament rounds: {r1}-{r2}-{r3}-{r4}, par {par} each day. Where does that leave {pl} relative to par?",
    "{pl} carded {r1}, {r2}, {r3}, {r4} at a par {par} course. Total strokes vs par for the 72 holes? (negative = under par)",
    "Four rounds of golf: {r1}, {r2}, {r3}, {r4}. Par is {par} per round. Give the score to par as a signed number."])
def _():
    def gen(r):
        par = r.choice([70, 71, 72])
        return dict(par=par, r1=par + r.randint(-6, 4), r2=par + r.randint(-6, 4),
                    r3=par + r.randint(-5, 5), r4=par + r.randint(-6, 3), pl=r.choice(PLAYERS))

    def build(t, p):
        tot = t.calc([I(p["r1"]), "+", I(p["r2"]), "+", I(p["r3"]), "+", I(p["r4"])], "Total strokes", "strokes")
        par = t.calc([I(p["par"]), "*", I(4)], "Total par", "strokes")
        rel = t.calc([tot, "-", par], "Score to par", "")
        if rel.v < 0:
            t.note("A negative number means under par: {0} strokes under.", I(-rel.v))
        elif rel.v > 0:
            t.note("That's {0} over par.", rel)
        else:
            t.note("That's exactly level par.")
        t.answer(rel, "the score to par is {0}")
    return gen, build


# ------------------------------------------------------------------ running / racing

@S("pace_total", "the finishing time", [
    "{pl} runs a {km} km race at a steady pace of {pace} per km. What is the finishing time?",
    "If I hold {pace}/km for {km} km, what time do I finish in?",
    "A runner averages {pace} per kilometre over {km} km. How long does the run take (mm:ss or h:mm:ss)?",
    "Training run: {km} km at {pace} min/km pace. Total time?"])
def _():
    def gen(r):
        ps = r.randint(235, 420)
        return dict(pl=r.choice(PLAYERS), km=r.choice([3, 5, 6, 8, 10, 12, 15, 16, 21]), pace=time_str(ps), ps=ps)

    def build(t, p):
        tot = t.calc([T(p["ps"], "per km"), "*", I(p["km"], "km")], "Total time", "", k="time")
        t.answer(tot, "the finishing time is {0}")
    return gen, build


@S("pace_seconds", "the finishing time", [
    "{pl} keeps a pace of {m} minutes {s} seconds per kilometre for {km} km. What's the total time in minutes and seconds?",
    "Pace is {m}:{ss} per km and the distance is {km} km. Convert to seconds and work out the total time.",
    "How long does a {km} km tempo run take at {m} min {s} s per km?",
    "A cyclist on a trainer covers each km in {m}:{ss}. How long to cover {km} km?"])
def _():
    def gen(r):
        m, s = r.randint(2, 6), r.randint(1, 59)
        return dict(pl=r.choice(PLAYERS), m=m, s=s, ss="%02d" % s, km=r.choice([4, 5, 7, 8, 10, 12, 14, 20]))

    def build(t, p):
        sec = t.calc([I(p["m"]), "*", I(60), "+", I(p["s"])], "Pace in seconds", "seconds")
        tot = t.calc([sec, "*", I(p["km"])], "Total seconds", "seconds")
        mins, rs = t.divmod(tot, I(60), "Convert to minutes", "minutes")
        t.note("So the run takes {0} minutes and {1} seconds.", mins, rs)
        t.answer(T(tot.v), "the total time is {0}")
    return gen, build


@S("pace_from_time", "the average pace per km", [
    "{pl} finished a {km} km race in {tt}. What was the average pace per km (to the nearest second)?",
    "Race time {tt} for {km} km. Average pace per km?",
    "I ran {km}k in {tt} on Saturday. What pace is that per km, rounded to the second?",
    "A runner covers {km} kilometres in {tt} (h:mm:ss). Find the average time per kilometre."])
def _():
    def gen(r):
        km = r.choice([10, 15, 20, 21, 25, 30, 42])
        tot = km * r.randint(240, 400) + r.randint(-30, 30)
        if tot < 3600:
            raise Retry("short")
        return dict(pl=r.choice(PLAYERS), km=km, tt=time_str(tot), h=tot // 3600, m=tot % 3600 // 60, s=tot % 60)

    def build(t, p):
        sec = t.calc([I(p["h"]), "*", I(3600), "+", I(p["m"]), "*", I(60), "+", I(p["s"])], "Total time in seconds", "seconds")
        pace = t.calc([sec, "/", I(p["km"])], "Seconds per km", "seconds", approx=True)
        mins, rs = t.divmod(pace, I(60), "Minutes and seconds", "minutes")
        t.note("That is {0} min {1} s per km.", mins, rs)
        t.answer(T(pace.v), "the average pace is {0} per km")
    return gen, build


@S("lap_splits", "the total time and average lap", [
    "{pl}'s lap splits in a {n}-lap race were {spl}. What was the average lap time, to the nearest second?",
    "Splits: {spl}. Total it up and give the average split (nearest second).",
    "My {n} laps at the track today: {spl}. Average lap?",
    "A swimmer's {n} split times are {spl}. Find the total time and the average split rounded to the nearest second."])
def _():
    def gen(r):
        n = r.choice([3, 4, 4, 5])
        base = r.randint(62, 130)
        spl = [base + r.randint(-6, 6) for _ in range(n)]
        return dict(pl=r.choice(PLAYERS), n=n, sp=spl, spl=", ".join(time_str(x) for x in spl))

    def build(t, p):
        e = []
        for x in p["sp"]:
            e += [T(x), "+"]
        tot = t.calc(e[:-1], "Total time", "", k="time")
        avg = t.calc([tot, "/", I(p["n"])], "Average lap", "", k="time", approx=True)
        t.answer(avg, "the average lap is {0}")
    return gen, build


@S("speedrun_pb", "how much faster the new run is", [
    "A speedrunner's personal best is {pb}. Tonight's run had segments of {segs}. How much time did they save?",
    "PB was {pb}. New run splits: {segs}. Time save?",
    "In {game}, my old record was {pb}. This run: {segs}. By how much did I beat it?",
    "A run is made up of the segment times {segs}. The previous best full run was {pb}. Compute the improvement."])
def _():
    def gen(r):
        n = r.choice([3, 4])
        segs = [r.randint(400, 1500) for _ in range(n)]
        tot = sum(segs)
        pb = tot + r.randint(5, 400)
        return dict(pb=time_str(pb), pbs=pb, sg=segs, segs=", ".join(time_str(x) for x in segs), game=r.choice(GAMES))

    def build(t, p):
        e = []
        for x in p["sg"]:
            e += [T(x), "+"]
        tot = t.calc(e[:-1], "New run time", "", k="time")
        imp = t.calc([T(p["pbs"]), "-", tot], "Time saved", "", k="time")
        t.answer(imp, "the new run is {0} faster")
    return gen, build


@S("cycling_speed", "the average speed", [
    "A cyclist rides {km} km in {h} h {mm} min. What is the average speed in km/h (to one decimal)?",
    "Sportive: {km} km, moving time {h}:{mm}. Avg speed?",
    "{pl} finished the {km} km stage in {h} hours {mm} minutes. Average speed to 0.1 km/h?",
    "Find the average speed for {km} km covered in {h} hours and {mm} minutes."])
def _():
    def gen(r):
        mm = r.choice([6, 12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
        return dict(km=r.randint(40, 180), h=r.randint(1, 5), mm="%02d" % mm, mmv=mm, pl=r.choice(PLAYERS))

    def build(t, p):
        f = t.calc([I(p["mmv"]), "/", I(60)], "Minutes as hours", "h", k="dec", dp=2 if p["mmv"] % 6 else 1)
        hrs = t.calc([I(p["h"]), "+", f], "Total hours", "h", k="dec", dp=f.dp)
        sp = t.calc([I(p["km"]), "/", hrs], "Average speed", "km/h", k="dec", dp=1, approx=True)
        t.answer(sp, "the average speed is about {0} km/h", "km/h")
    return gen, build


@S("swim_relay", "the relay's total time", [
    "The four legs of a 4×100 m relay were swum in {l1}, {l2}, {l3} and {l4} seconds. What was the total time in seconds, and in minutes:seconds?",
    "Relay splits (s): {l1}, {l2}, {l3}, {l4}. Total time?",
    "Our club's medley relay: {l1} s, {l2} s, {l3} s, {l4} s. What's the final time?",
    "Add the relay splits {l1}, {l2}, {l3} and {l4} seconds to get the team's time."])
def _():
    def gen(r):
        legs = [r.randint(4700, 5900) for _ in range(4)]
        if sum(legs) >= 24000:
            raise Retry("over 4 min")
        f = lambda x: "%d.%02d" % divmod(x, 100)  # noqa: E731
        return dict(legs=legs, l1=f(legs[0]), l2=f(legs[1]), l3=f(legs[2]), l4=f(legs[3]))

    def build(t, p):
        e = []
        for x in p["legs"]:
            e += [D(Fr(x, 100), 2), "+"]
        tot = t.calc(e[:-1], "Total time", "seconds", k="dec", dp=2)
        rest = t.calc([tot, "-", I(180)], "Seconds past 3 minutes", "seconds", k="dec", dp=2)
        t.need(rest.v >= 0 and rest.v < 60)
        t.note("So the relay time is 3 minutes and {0} seconds.", rest)
        t.answer(tot, "the total time is {0} seconds", "seconds")
    return gen, build


# ------------------------------------------------------------------ video games

@S("xp_quests", "how many quests are needed to level up", [
    "In {game}, reaching level {lv} needs {tgt} XP. {pl} has {cur} XP and each daily quest gives {q} XP. How many quests does {pl} need to complete?",
    "I'm at {cur} XP, next level is at {tgt} XP. Quests give {q} XP each. How many quests until I level?",
    "A character needs {tgt} total XP for level {lv} and currently has {cur}. If every quest awards {q} XP, what is the fewest number of quests needed?",
    "{game} question: {cur}/{tgt} XP to level {lv}, and the bounty board quests are worth {q} XP apiece. How many do I have to grind?"])
def _():
    def gen(r):
        q = r.choice([120, 150, 175, 200, 250, 300, 320, 400, 450, 500])
        tgt = r.randint(20, 250) * 50
        cur = r.randint(tgt // 5, tgt - q - 1)
        need = tgt - cur
        if need % q == 0:
            raise Retry("exact")
        return dict(game=r.choice(GAMES), lv=r.randint(5, 60), tgt=c(tgt), cur=c(cur), q=c(q),
                    tg=tgt, cu=cur, qq=q, pl=r.choice(PLAYERS))

    def build(t, p):
        need = t.calc([I(p["tg"]), "-", I(p["cu"])], "XP still needed", "XP")
        x = t.calc([need, "/", I(p["qq"])], "Quests needed", "quests", k="dec", dp=2, approx=True)
        n = I(-(-need.v.numerator // p["qq"]))
        t.need(n.v > 0)
        t.note("You can't do part of a quest, so round up to {0} quests.", n)
        t.answer(n, "{0} quests are needed", "quests")
    return gen, build


@S("xp_levels", "how many matches it takes", [
    "In {game}, going from level {a} to level {b} takes {x1}, {x2} and {x3} XP for the three level-ups. Each match gives {q} XP. How many matches is that?",
    "Levels {a}→{b} cost {x1} + {x2} + {x3} XP. Matches pay {q} XP. How many matches?",
    "Battle pass tiers {a} to {b} need {x1}, {x2}, {x3} XP. At {q} XP per match, how many matches do I have to play?",
    "A player earns {q} XP per match. The next three levels need {x1}, {x2} and {x3} XP. How many matches to gain all three levels?"])
def _():
    def gen(r):
        q = r.choice([50, 75, 100, 120, 125, 150, 200, 250])
        xs = [r.randint(4, 30) * 50 for _ in range(3)]
        extra = (-sum(xs)) % q
        xs[2] += extra
        a = r.randint(3, 40)
        return dict(game=r.choice(GAMES), a=a, b=a + 3, xs=xs, x1=c(xs[0]), x2=c(xs[1]), x3=c(xs[2]), q=q)

    def build(t, p):
        tot = t.calc([I(p["xs"][0]), "+", I(p["xs"][1]), "+", I(p["xs"][2])], "Total XP", "XP")
        m = t.calc([tot, "/", I(p["q"])], "Matches needed", "matches")
        t.answer(m, "it takes {0} matches", "matches")
    return gen, build


@S("dps_boss", "how long the boss fight takes", [
    "A hero deals {dmg} damage per hit and attacks {aps} times per second. How many seconds does it take to defeat a boss with {hp} HP (to one decimal)?",
    "My build: {dmg} dmg per hit, {aps} attacks/sec. Boss has {hp} HP. Time to kill?",
    "In {game}, a weapon hits for {dmg} at {aps} attacks per second. What's the DPS, and how long (nearest 0.1 s) to chew through {hp} HP?",
    "Damage per second equals damage per hit times attacks per second. With {dmg} damage per hit, {aps} attacks per second and a {hp} HP target, find the time to defeat it."])
def _():
    def gen(r):
        aps = D(Fr(r.randint(8, 25), 10), 1)
        return dict(dmg=r.randint(35, 480), apsn=aps, aps=fmt(aps), hp=c(r.randint(40, 900) * 100),
                    game=r.choice(GAMES))

    def build(t, p):
        hp = int(p["hp"].replace(",", ""))
        dps = t.calc([I(p["dmg"]), "*", p["apsn"]], "Damage per second", "DPS", k="dec", dp=1)
        if dps.v.denominator == 1:
            dps = Num(dps.v, "int", 0)
        tt = t.calc([I(hp, "HP"), "/", dps], "Time to defeat", "seconds", k="dec", dp=1, approx=True)
        t.answer(tt, "it takes about {0} seconds", "seconds")
    return gen, build


@S("party_dps", "the boss's remaining HP", [
    "A raid party has a tank doing {a} DPS, a mage doing {b} DPS and an archer doing {c2} DPS. The boss has {hp} HP. How much HP is left after {s} seconds?",
    "Party DPS: {a} + {b} + {c2}. Boss HP {hp}. After {s} s of fighting, what's left?",
    "Three heroes deal {a}, {b} and {c2} damage per second. After {s} seconds, how much of the boss's {hp} health remains?",
    "In {game}, our squad's DPS numbers are {a}, {b}, {c2}. Boss: {hp} HP. Remaining HP after a {s}-second burn phase?"])
def _():
    def gen(r):
        a, b, c2 = r.randint(80, 900), r.randint(80, 900), r.randint(80, 900)
        s = r.choice([10, 12, 15, 20, 25, 30, 45, 60])
        dmg = (a + b + c2) * s
        hp = (dmg + r.randint(500, 60000)) // 100 * 100
        return dict(a=a, b=b, c2=c2, s=s, hp=c(hp), hpv=hp, game=r.choice(GAMES))

    def build(t, p):
        dps = t.calc([I(p["a"]), "+", I(p["b"]), "+", I(p["c2"])], "Party DPS", "DPS")
        dmg = t.calc([dps, "*", I(p["s"])], "Damage dealt", "damage")
        left = t.calc([I(p["hpv"]), "-", dmg], "HP remaining", "HP")
        t.need(left.v > 0)
        t.answer(left, "the boss has {0} HP left", "HP")
    return gen, build


@S("shop_coins", "how many coins are left", [
    "{pl} has {coins} coins in {game}. She buys {a} health potions at {p1} coins each and {b} arrows bundles at {p2} coins each. How many coins are left?",
    "Shop run: {a} potions @ {p1}g, {b} bundles @ {p2}g. Started with {coins} gold. Gold left?",
    "In the item shop, potions cost {p1} coins and arrow bundles cost {p2}. If I buy {a} potions and {b} bundles with my {coins} coins, what do I have left?",
    "A player with {coins} coins purchases {a} potions priced at {p1} coins and {b} arrow bundles priced at {p2} coins. Find the remaining balance."])
def _():
    def gen(r):
        a, b = r.randint(2, 12), r.randint(1, 9)
        p1, p2 = r.choice([25, 40, 45, 60, 75, 80, 120, 150]), r.choice([15, 30, 35, 55, 90, 110, 250])
        cost = a * p1 + b * p2
        coins = cost + r.randint(5, 3000)
        return dict(pl=r.choice(["Maya", "Lena", "Priya", "Aisha", "Keiko", "Nia", "Elena", "Hannah"]),
                    coins=c(coins), cv=coins, a=a, b=b, p1=p1, p2=p2, game=r.choice(GAMES))

    def build(t, p):
        x = t.calc([I(p["a"]), "*", I(p["p1"])], "Cost of potions", "coins")
        y = t.calc([I(p["b"]), "*", I(p["p2"])], "Cost of arrow bundles", "coins")
        tot = t.calc([x, "+", y], "Total spent", "coins")
        left = t.calc([I(p["cv"]), "-", tot], "Coins left", "coins")
        t.need(left.v >= 0)
        t.answer(left, "{0} coins are left", "coins")
    return gen, build


@S("shop_discount", "the total cost in gems", [
    "A skin normally costs {pr} gems. During the sale it is {pc}% off. How many gems do {q} skins cost at the sale price?",
    "{pc}% off sale, skins are usually {pr} gems. Buying {q}. Total gems?",
    "In {game}'s weekend sale everything is {pc}% off. I want {q} emotes that are normally {pr} gems each. How many gems do I need?",
    "An in-game item priced at {pr} gems is discounted by {pc}%. What do {q} of them cost?"])
def _():
    def gen(r):
        pc = r.choice([10, 15, 20, 25, 30, 40, 50])
        pr = r.randint(4, 48) * 100
        return dict(pc=pc, pr=c(pr), prv=pr, q=r.randint(2, 6), game=r.choice(GAMES))

    def build(t, p):
        d = t.calc([P(p["pc"]), "*", I(p["prv"])], "Discount per item", "gems")
        s = t.calc([I(p["prv"]), "-", d], "Sale price", "gems")
        tot = t.calc([s, "*", I(p["q"])], "Total cost", "gems")
        t.answer(tot, "the total is {0} gems", "gems")
    return gen, build


@S("gacha_packs", "how much real money the pulls cost", [
    "One wish costs 160 gems. {pl} wants {n} wishes and already has {have} gems. Gem packs give {pk} gems for {pp}. How much money does {pl} need to spend?",
    "Need {n} pulls at 160 gems each, have {have} gems. Packs are {pk} gems for {pp}. Cheapest spend?",
    "Gacha math check: {n} pulls × 160 gems, I own {have}. The shop sells {pk}-gem packs at {pp} each. How much will it cost me?",
    "A game charges 160 gems per pull. A player who owns {have} gems wants {n} pulls; packs of {pk} gems cost {pp}. What is the cost of the packs needed?"])
def _():
    def gen(r):
        n = r.choice([10, 20, 30, 40, 50, 60, 80])
        need = 160 * n
        have = r.randint(0, need - 100)
        pk = r.choice([300, 980, 1980, 3280, 500, 1000])
        pp = r.choice([Fr(499, 100), Fr(1499, 100), Fr(2999, 100), Fr(999, 100), Fr(1999, 100)])
        return dict(pl=r.choice(PLAYERS), n=n, have=c(have), hv=have, pk=c(pk), pkv=pk, ppv=pp, pp=money(pp))

    def build(t, p):
        need = t.calc([I(160), "*", I(p["n"])], "Gems needed", "gems")
        short = t.calc([need, "-", I(p["hv"])], "Gems still to buy", "gems")
        t.need(short.v > 0)
        x = t.calc([short, "/", I(p["pkv"])], "Packs", "packs", k="dec", dp=2, approx=True)
        n = I(-(-short.v.numerator // p["pkv"]))
        t.need(n.v >= 2)
        t.note("Packs only come whole, so that's {0} packs.", n)
        cost = t.calc([n, "*", M(p["ppv"])], "Cost", "", k="money", dp=2)
        t.answer(cost, "it costs {0}")
    return gen, build


@S("idle_coins", "how many coins are left after the upgrade", [
    "An idle game earns {rate} coins per second. After {h} hours offline, {pl} buys an upgrade costing {up} coins. How many coins are left?",
    "Idle clicker: {rate} coins/s, AFK for {h} h, then an upgrade for {up}. Coins remaining?",
    "My mine produces {rate} coins a second. I was away {h} hours and then spent {up} coins on a new drill. What's my coin balance?",
    "If a generator makes {rate} coins each second for {h} hours, and then {up} coins are spent, how many are left?"])
def _():
    def gen(r):
        rate = D(Fr(r.randint(15, 400), 2), 1)
        h = r.randint(1, 8)
        earned = rate.v * 3600 * h
        up = int(earned * Fr(r.randint(20, 90), 100)) // 1000 * 1000
        return dict(rate=fmt(rate) if rate.v.denominator != 1 else str(rate.v.numerator), rv=rate, h=h,
                    up=c(up), upv=up, pl=r.choice(PLAYERS))

    def build(t, p):
        r = p["rv"] if p["rv"].v.denominator != 1 else I(p["rv"].v)
        s = t.calc([I(p["h"]), "*", I(3600)], "Seconds offline", "seconds")
        e = t.calc([r, "*", s], "Coins earned", "coins")
        left = t.calc([e, "-", I(p["upv"])], "Coins left", "coins")
        t.need(left.v > 0)
        t.answer(left, "{0} coins are left", "coins")
    return gen, build


@S("kda_ratio", "the KDA ratio", [
    "Over three matches {pl} went {k1}/{d1}/{a1}, {k2}/{d2}/{a2} and {k3}/{d3}/{a3} (K/D/A). What is the overall KDA, (kills + assists) ÷ deaths, to two decimals?",
    "KDA check: games were {k1}/{d1}/{a1}, {k2}/{d2}/{a2}, {k3}/{d3}/{a3}. (K+A)/D for all three combined?",
    "My last 3 ranked games: {k1}-{d1}-{a1}, {k2}-{d2}-{a2}, {k3}-{d3}-{a3}. What's my combined KDA rounded to 2 dp?",
    "Add up the kills, deaths and assists from three games ({k1}/{d1}/{a1}, {k2}/{d2}/{a2}, {k3}/{d3}/{a3}) and compute (K + A) / D."])
def _():
    def gen(r):
        d = dict(pl=r.choice(PLAYERS))
        for i in (1, 2, 3):
            d["k%d" % i], d["d%d" % i], d["a%d" % i] = r.randint(0, 18), r.randint(1, 11), r.randint(0, 22)
        return d

    def build(t, p):
        k = t.calc([I(p["k1"]), "+", I(p["k2"]), "+", I(p["k3"])], "Kills", "")
        d = t.calc([I(p["d1"]), "+", I(p["d2"]), "+", I(p["d3"])], "Deaths", "")
        a = t.calc([I(p["a1"]), "+", I(p["a2"]), "+", I(p["a3"])], "Assists", "")
        t.need(d.v > 0)
        kda = t.calc(["(", k, "+", a, ")", "/", d], "KDA", "", k="dec", dp=2, approx=True)
        t.answer(kda, "the KDA is {0}")
    return gen, build


@S("loot_split", "each player's share of the gold", [
    "A party of {n} clears a dungeon: {g} goblins drop {gg} gold each, {o} orcs drop {og} gold each, and the chest has {ch} gold. They split it evenly. How much does each player get?",
    "Loot: {g} goblins x {gg}g, {o} orcs x {og}g, chest {ch}g. Split {n} ways. Each share?",
    "We killed {g} goblins ({gg} gold each) and {o} orcs ({og} gold each) and found a {ch}-gold chest. {n} of us split it. How much each?",
    "Total the gold from {g} goblins at {gg} each, {o} orcs at {og} each and a chest of {ch}, then divide equally among {n} players."])
def _():
    def gen(r):
        n = r.choice([2, 3, 4, 5, 6])
        g, gg, o, og = r.randint(3, 20), r.randint(5, 30), r.randint(1, 8), r.randint(20, 90)
        base = g * gg + o * og
        ch = r.randint(50, 600)
        ch += (-(base + ch)) % n
        return dict(n=n, g=g, gg=gg, o=o, og=og, ch=ch)

    def build(t, p):
        a = t.calc([I(p["g"]), "*", I(p["gg"])], "Goblin gold", "gold")
        b = t.calc([I(p["o"]), "*", I(p["og"])], "Orc gold", "gold")
        tot = t.calc([a, "+", b, "+", I(p["ch"])], "Total gold", "gold")
        each = t.calc([tot, "/", I(p["n"])], "Each player's share", "gold")
        t.answer(each, "each player gets {0} gold", "gold")
    return gen, build


@S("hp_after_fight", "the hero's HP at the end", [
    "A knight starts with {hp} HP. She takes {k} hits of {h} damage and drinks {n} potions that heal {v} HP each. What is her HP at the end (no max HP cap)?",
    "HP {hp}. Took {k} hits @ {h} dmg, drank {n} potions @ +{v}. Ending HP?",
    "My character had {hp} health, ate {k} fireballs for {h} each, then chugged {n} potions (+{v} each). How much health now?",
    "Starting health {hp}; damage taken: {k} × {h}; healing: {n} × {v}. Find the final health."])
def _():
    def gen(r):
        k, h = r.randint(2, 9), r.randint(40, 300)
        n, v = r.randint(1, 4), r.randint(50, 250)
        hp = k * h + r.randint(50, 2500)
        return dict(hp=c(hp), hpv=hp, k=k, h=h, n=n, v=v)

    def build(t, p):
        dmg = t.calc([I(p["k"]), "*", I(p["h"])], "Damage taken", "HP")
        heal = t.calc([I(p["n"]), "*", I(p["v"])], "Healing", "HP")
        end = t.calc([I(p["hpv"]), "-", dmg, "+", heal], "Final HP", "HP")
        t.need(end.v > 0)
        t.answer(end, "the final HP is {0}", "HP")
    return gen, build


# ------------------------------------------------------------------ bowling, darts, cards, board games

def _bowl_frames(r):
    frames = []
    for i in range(5):
        x = r.random()
        if i < 4 and x < 0.3:
            frames.append(("X",))
        elif i < 4 and x < 0.6:
            a = r.randint(0, 9)
            frames.append(("S", a))
        else:
            a = r.randint(0, 9)
            frames.append(("O", a, r.randint(0, 9 - a)))
    return frames


def _balls(frames):
    out = []
    for f in frames:
        if f[0] == "X":
            out.append([10])
        elif f[0] == "S":
            out.append([f[1], 10 - f[1]])
        else:
            out.append([f[1], f[2]])
    return out


def _bowl_desc(frames):
    parts = []
    for i, f in enumerate(frames):
        if f[0] == "X":
            parts.append("frame %d a strike" % (i + 1))
        elif f[0] == "S":
            parts.append("frame %d a %d then a spare" % (i + 1, f[1]))
        else:
            parts.append("frame %d %d and %d" % (i + 1, f[1], f[2]))
    return "; ".join(parts)


def _bowl_sheet(frames):
    s = []
    for f in frames:
        if f[0] == "X":
            s.append("X")
        elif f[0] == "S":
            s.append("%d/" % f[1])
        else:
            s.append("%d%d" % (f[1], f[2]))
    return " | ".join(s)


@S("bowling", "the score after five frames", [
    "In ten-pin bowling {pl} rolled: {desc}. What is the score after frame 5?",
    "Score sheet for the first 5 frames: {sheet}. What's the running total after frame 5?",
    "Bowling night! My first five frames went {sheet} (X = strike, / = spare). What's my score so far?",
    "A bowler's first five frames are {desc}. Using standard scoring (strike = 10 + next two balls, spare = 10 + next ball), find the total after five frames."])
def _():
    def gen(r):
        fr = _bowl_frames(r)
        return dict(fr=fr, desc=_bowl_desc(fr), sheet=_bowl_sheet(fr), pl=r.choice(PLAYERS))

    def build(t, p):
        fr = p["fr"]
        balls = _balls(fr)
        scores = []
        for i, f in enumerate(fr):
            nxt = [b for fb in balls[i + 1:] for b in fb]
            if f[0] == "X":
                e = [I(10), "+", I(nxt[0]), "+", I(nxt[1])]
                lab = "Frame %d (strike)" % (i + 1)
            elif f[0] == "S":
                e = [I(10), "+", I(nxt[0])]
                lab = "Frame %d (spare)" % (i + 1)
            else:
                e = [I(f[1]), "+", I(f[2])]
                lab = "Frame %d (open)" % (i + 1)
            scores.append(t.calc(e, lab, "", chain=False))
        e = []
        for s in scores:
            e += [s, "+"]
        tot = t.calc(e[:-1], "Total after frame 5", "")
        t.answer(tot, "the score after five frames is {0}")
    return gen, build


DARTS = [("T20", 60), ("T19", 57), ("T18", 54), ("T17", 51), ("20", 20), ("19", 19), ("5", 5),
         ("1", 1), ("D20", 40), ("D16", 32), ("25", 25), ("Bull", 50), ("T15", 45), ("18", 18), ("D18", 36)]


@S("darts_501", "how many points are left from 501", [
    "In a game of 501, {pl}'s first three visits were {v1}; {v2}; {v3}. How many points does {pl} have left?",
    "501 darts. Visits: [{v1}], [{v2}], [{v3}]. Remaining?",
    "Darts at the pub — I threw {v1}, then {v2}, then {v3}. Starting from 501, what's my score now?",
    "A darts player starts on 501 and throws three visits: {v1} / {v2} / {v3} (T = treble, D = double). What is the remaining score?"])
def _():
    def gen(r):
        vs = []
        for _ in range(3):
            if r.random() < 0.15:
                vs.append([DARTS[0]] * 3)
            else:
                vs.append([DARTS[r.randrange(len(DARTS))] for _ in range(3)])
        return dict(vs=vs, pl=r.choice(PLAYERS),
                    v1=", ".join(d[0] for d in vs[0]), v2=", ".join(d[0] for d in vs[1]),
                    v3=", ".join(d[0] for d in vs[2]))

    def build(t, p):
        tots = []
        for i, v in enumerate(p["vs"]):
            e = []
            for d in v:
                e += [I(d[1]), "+"]
            tots.append(t.calc(e[:-1], "Visit %d (%s)" % (i + 1, ", ".join(d[0] for d in v)), "", chain=False))
        s = t.calc([tots[0], "+", tots[1], "+", tots[2]], "Total scored", "")
        left = t.calc([I(501), "-", s], "Remaining", "")
        t.need(left.v > 1)
        t.answer(left, "{0} points are left")
    return gen, build


SCR = dict(A=1, B=3, C=3, D=2, E=1, F=4, G=2, H=4, I=1, J=8, K=5, L=1, M=3, N=1, O=1, P=3, Q=10,
           R=1, S=1, T=1, U=1, V=4, W=4, X=8, Y=4, Z=10)
WORDS = ["QUIZ", "JOKER", "BLAZE", "PUZZLE", "FROZEN", "KNIGHT", "WIZARD", "JUMBO", "VEXING", "CHAMP",
         "BOXING", "JOUST", "HOCKEY", "ZEBRA", "MAXIMS", "PICKAX", "FJORD", "QUARTZ", "SPHINX", "WALTZ"]


@S("scrabble_word", "the score for the word", [
    "In Scrabble, {pl} plays {w}. The letter values are {vals}. The {dl} is on a double-letter square and the word covers a {wm} square. What does {w} score?",
    "Playing {w} ({vals}) with the {dl} on a DL and a {wm} on the word. Points?",
    "Scrabble: {w}, letters worth {vals}. {dl} doubled, then the whole word gets {wm}. Score?",
    "Find the Scrabble score of {w} if its tiles are worth {vals}, the {dl} tile is doubled, and the word lands on a {wm} square."])
def _():
    def gen(r):
        w = r.choice(WORDS)
        i = r.randrange(len(w))
        wm = r.choice([2, 3])
        return dict(w=w, i=i, dl=w[i], wmv=wm, wm={2: "double-word", 3: "triple-word"}[wm],
                    vals=", ".join("%s=%d" % (ch, SCR[ch]) for ch in w), pl=r.choice(PLAYERS))

    def build(t, p):
        e = []
        for j, ch in enumerate(p["w"]):
            if j == p["i"]:
                e += [I(SCR[ch]), "*", I(2), "+"]
            else:
                e += [I(SCR[ch]), "+"]
        base = t.calc(e[:-1], "Letter total (with the %s doubled)" % p["dl"], "points")
        tot = t.calc([base, "*", I(p["wmv"])], "Word multiplier", "points")
        t.answer(tot, "{w} scores {{0}} points".format(w=p["w"]), "points")
    return gen, build


@S("yahtzee_upper", "the upper-section total including any bonus", [
    "In Yahtzee, {pl}'s upper section has: {cnt}. The bonus is 35 if the upper section totals 63 or more. What is the upper-section score including the bonus?",
    "Upper section dice counts: {cnt}. Score each box, total it, add 35 if ≥ 63. Final?",
    "My Yahtzee card (upper): {cnt}. Did I get the 35 bonus? What's the upper total?",
    "Score the upper section of a Yahtzee card where {cnt} (each box = face value × count; +35 bonus at 63+)."])
def _():
    names = ["ones", "twos", "threes", "fours", "fives", "sixes"]

    def gen(r):
        cn = [r.randint(1, 5) for _ in range(6)]
        return dict(cn=cn, cnt=", ".join("%d %s" % (k, names[i]) for i, k in enumerate(cn)), pl=r.choice(PLAYERS))

    def build(t, p):
        boxes = []
        for i, k in enumerate(p["cn"]):
            if i == 0:
                t.note("Ones: {0} × 1 = {0}", I(k))
                boxes.append(I(k))
                continue
            boxes.append(t.calc([I(k), "*", I(i + 1)], names[i].capitalize(), ""))
        e = []
        for b in boxes:
            e += [b, "+"]
        up = t.calc(e[:-1], "Upper subtotal", "")
        if up.v >= 63:
            t.note("{0} is at least 63, so the 35-point bonus applies.", up)
            tot = t.calc([up, "+", I(35)], "With bonus", "")
        else:
            t.note("{0} is below 63, so there is no bonus.", up)
            tot = up
        t.answer(tot, "the upper section scores {0}")
    return gen, build


@S("monopoly_cash", "the player's cash at the end", [
    "In Monopoly, {pl} starts with $1,500, passes GO {k} times (collecting $200 each time), pays rents of ${r1} and ${r2}, and buys a property for ${pp}. How much cash does {pl} have?",
    "Monopoly: start $1500, passed GO x{k} ($200), paid ${r1} + ${r2} rent, bought a street for ${pp}. Cash now?",
    "Board game night — I began with $1,500, went past GO {k} times, landed on two hotels (${r1} and ${r2}) and bought a railroad-sized property for ${pp}. What's my cash?",
    "A Monopoly player with $1,500 collects $200 for passing GO {k} times, pays ${r1} and ${r2} in rent and spends ${pp} on property. Find the remaining cash."])
def _():
    def gen(r):
        return dict(pl=r.choice(PLAYERS), k=r.randint(1, 4), r1=r.choice([50, 75, 110, 150, 200, 390, 450, 550, 750, 950]),
                    r2=r.choice([25, 60, 90, 180, 250, 330, 500, 600]), pp=r.choice([60, 100, 140, 160, 200, 220, 260, 300, 350, 400]))

    def build(t, p):
        go = t.calc([I(p["k"]), "*", M(200, 0)], "Money from GO", "", k="money", dp=0)
        out = t.calc([M(p["r1"], 0), "+", M(p["r2"], 0), "+", M(p["pp"], 0)], "Money paid out", "", k="money", dp=0)
        end = t.calc([M(1500, 0), "+", go, "-", out], "Final cash", "", k="money", dp=0)
        t.need(end.v > 0)
        t.answer(end, "the player ends with {0}")
    return gen, build


@S("uno_points", "the points the winner scores", [
    "{pl} wins a round of Uno. The other players are holding number cards {nums}, {a} action cards (20 points each) and {w} wild cards (50 points each). How many points does {pl} score?",
    "Uno scoring: number cards at face value ({nums}), {a} skips/reverses/draw-twos at 20, {w} wilds at 50. Winner's points?",
    "Left in everyone's hands when I went out: {nums}, plus {a} action cards and {w} wilds. Uno points for me?",
    "Using Uno scoring (face value for number cards, 20 for action cards, 50 for wilds), score the leftover cards {nums} together with {a} action cards and {w} wild cards."])
def _():
    def gen(r):
        ns = [r.randint(0, 9) for _ in range(r.randint(4, 7))]
        return dict(ns=ns, nums=", ".join(str(x) for x in ns), a=r.randint(0, 4), w=r.randint(1, 3), pl=r.choice(PLAYERS))

    def build(t, p):
        e = []
        for x in p["ns"]:
            e += [I(x), "+"]
        n = t.calc(e[:-1], "Number cards", "points")
        a = t.calc([I(p["a"]), "*", I(20)], "Action cards", "points")
        w = t.calc([I(p["w"]), "*", I(50)], "Wild cards", "points")
        tot = t.calc([n, "+", a, "+", w], "Total", "points")
        t.answer(tot, "the winner scores {0} points", "points")
    return gen, build


@S("chess_swiss", "the score and percentage", [
    "In a {n}-round Swiss chess tournament, {pl} won {w}, drew {d} and lost the rest. A win is 1 point and a draw ½. What percentage of the possible points did {pl} score (one decimal)?",
    "Swiss, {n} rounds: +{w} ={d} and the rest losses. Score and % of max (1 dp)?",
    "My club rapidplay: {n} rounds, {w} wins, {d} draws. What was my score, and what % of the maximum is that?",
    "A player scores 1 per win and 0.5 per draw over {n} rounds, with {w} wins and {d} draws. Find the score as a percentage of {n} points, to 0.1%."])
def _():
    def gen(r):
        n = r.choice([5, 6, 7, 9, 11])
        w = r.randint(0, n - 1)
        d = r.randint(1, n - w)
        return dict(n=n, w=w, d=d, pl=r.choice(PLAYERS))

    def build(t, p):
        s = t.calc([I(p["w"]), "+", D(0.5, 1), "*", I(p["d"])], "Score", "points", k="dec", dp=1)
        pct = t.calc([s, "/", I(p["n"]), "*", I(100)], "Percentage", "", k="pct", dp=1, approx=True)
        t.answer(pct, "that's {0} of the available points")
    return gen, build


@S("tennis_games", "the share of games won", [
    "{pl} won a match {sets}. What percentage of all games played did {pl} win (one decimal place)?",
    "Set scores (winner first): {sets}. Games won %, 1 dp?",
    "Watched a great match: {sets}. Out of all the games, what % did the winner take?",
    "Given the set scores {sets}, where a tiebreak set counts as 7 games to 6, find the winner's percentage of games to the nearest tenth."])
def _():
    def gen(r):
        opts = [(6, 4), (6, 3), (6, 2), (6, 1), (7, 5), (7, 6), (6, 0)]
        nsets = r.choice([2, 3, 3])
        sets = [r.choice(opts) for _ in range(nsets)]
        if nsets == 3:
            b = r.choice(opts)
            sets[1] = (b[1], b[0])
        txt = []
        for a, b in sets:
            if (a, b) == (7, 6):
                txt.append("7–6 (7–%d)" % r.randint(0, 5))
            elif (a, b) == (6, 7):
                txt.append("6–7 (%d–7)" % r.randint(0, 5))
            else:
                txt.append("%d–%d" % (a, b))
        return dict(st=sets, sets=", ".join(txt), pl=r.choice(PLAYERS))

    def build(t, p):
        e1, e2 = [], []
        for a, b in p["st"]:
            e1 += [I(a), "+"]
            e2 += [I(b), "+"]
        w = t.calc(e1[:-1], "Games won", "games")
        l = t.calc(e2[:-1], "Games lost", "games")
        g = t.calc([w, "+", l], "Total games", "games")
        pc = t.calc([w, "/", g, "*", I(100)], "Share of games won", "", k="pct", dp=1, approx=True)
        t.answer(pc, "the winner took about {0} of the games")
    return gen, build


@S("ppg_needed", "the points needed next game", [
    "{pl} has scored {tot} points in {g} games. How many points does {pl} need in the next game to raise the average to exactly {tgt} points per game?",
    "{tot} pts through {g} games. What do I need next game for a {tgt} PPG average?",
    "A player has {tot} points in total over {g} games. To have a {tgt} points-per-game average after game {g1}, how many points are needed in game {g1}?",
    "Season so far: {g} games, {tot} points. Target average after the next game: {tgt}. Points required?"])
def _():
    def gen(r):
        g = r.randint(8, 40)
        avg = r.randint(9, 28)
        tot = g * avg + r.randint(-g // 2, g // 2)
        tgt = avg + r.randint(1, 2)
        need = tgt * (g + 1) - tot
        if need > 70:
            raise Retry("too many")
        return dict(pl=r.choice(PLAYERS), g=g, g1=g + 1, tot=tot, tgt=tgt)

    def build(t, p):
        cur = t.calc([I(p["tot"]), "/", I(p["g"])], "Current average", "points per game", k="dec", dp=1, approx=True)
        need_tot = t.calc([I(p["tgt"]), "*", I(p["g1"])], "Total needed after %d games" % p["g1"], "points")
        n = t.calc([need_tot, "-", I(p["tot"])], "Points needed next game", "points")
        t.answer(n, "{0} points are needed next game", "points")
    return gen, build


# ------------------------------------------------------------------ cricket, tickets, prizes

@S("cricket_run_rate", "the run rate", [
    "A team scored {runs} runs in {ov} overs. What is their run rate (runs per over) to two decimal places?",
    "{runs} off {ov} overs — what's the run rate? (Remember an over is 6 balls.)",
    "Our T20 side made {runs} in {ov} overs. Runs per over, 2 dp?",
    "Compute the run rate for {runs} runs scored in {ov} overs, where the digit after the point counts balls."])
def _():
    def gen(r):
        o, b = r.randint(8, 49), r.randint(1, 5)
        balls = 6 * o + b
        return dict(runs=balls * r.randint(380, 1050) // 600, o=o, b=b, ov="%d.%d" % (o, b))

    def build(t, p):
        t.note("{0}.{1} overs means {0} overs and {1} balls, not a decimal.", I(p["o"]), I(p["b"]))
        balls = t.calc([I(p["o"]), "*", I(6), "+", I(p["b"])], "Balls faced", "balls")
        rr = t.calc([I(p["runs"]), "/", balls, "*", I(6)], "Run rate", "runs per over", k="dec", dp=2, approx=True)
        t.answer(rr, "the run rate is about {0} runs per over", "")
    return gen, build


@S("cricket_required", "the required run rate", [
    "Chasing {tgt} in a {ov}-over match, a team is {sc} after {done} overs. What run rate do they need for the rest of the innings (two decimals)?",
    "Target {tgt}. Score {sc} after {done} of {ov} overs. Required rate?",
    "We need {tgt} to win, we're on {sc} with {done} overs bowled out of {ov}. RRR to 2 dp?",
    "A side needs {tgt} runs in {ov} overs. After {done} overs they have {sc}. Find the required runs per over."])
def _():
    def gen(r):
        ov = r.choice([20, 50])
        done = r.randint(ov // 4, ov - 3)
        tgt = r.randint(ov * 6, ov * 8)
        sc = r.randint(int(tgt * done / ov * 0.7), int(tgt * done / ov * 1.1))
        if sc >= tgt:
            raise Retry("won")
        return dict(ov=ov, done=done, tgt=tgt, sc=sc)

    def build(t, p):
        need = t.calc([I(p["tgt"]), "-", I(p["sc"])], "Runs needed", "runs")
        left = t.calc([I(p["ov"]), "-", I(p["done"])], "Overs left", "overs")
        rrr = t.calc([need, "/", left], "Required run rate", "", k="dec", dp=2, approx=True)
        t.answer(rrr, "they need about {0} runs per over")
    return gen, build


@S("ticket_revenue", "the total ticket revenue", [
    "A stadium sells {a} adult tickets at {pa} and {k} child tickets at {pk}. What is the total ticket revenue?",
    "Gate receipts: {a} adults @ {pa}, {k} kids @ {pk}. Total?",
    "Our club's home game drew {a} adults ({pa} each) and {k} juniors ({pk} each). How much did we take at the gate?",
    "Find the revenue from {a} adult tickets priced {pa} and {k} child tickets priced {pk}."])
def _():
    def gen(r):
        pa = r.choice([Fr(45), Fr(3850, 100), Fr(2950, 100), Fr(25), Fr(1250, 100), Fr(60), Fr(1875, 100)])
        pk = r.choice([Fr(10), Fr(1250, 100), Fr(850, 100), Fr(15), Fr(5), Fr(725, 100)])
        a, k = r.randint(300, 24000), r.randint(100, 6000)
        return dict(a=c(a), av=a, k=c(k), kv=k, pa=money(pa), pk=money(pk), pav=pa, pkv=pk)

    def build(t, p):
        x = t.calc([I(p["av"]), "*", M(p["pav"])], "Adult tickets", "", k="money", dp=2)
        y = t.calc([I(p["kv"]), "*", M(p["pkv"])], "Child tickets", "", k="money", dp=2)
        tot = t.calc([x, "+", y], "Total revenue", "", k="money", dp=2)
        t.answer(tot, "the revenue is {0}")
    return gen, build


@S("prize_split", "each team member's share", [
    "An esports tournament has a prize pool of {pool}. First place takes {pc}% of it, split equally among the {n} players on the winning team. How much does each player get?",
    "Prize pool {pool}, winners get {pc}%, {n}-player roster. Per-player payout?",
    "Our team won! The pot was {pool} and 1st gets {pc}%. There are {n} of us. What's my cut?",
    "Find each winning player's share when {pc}% of a {pool} prize pool is divided equally among {n} players."])
def _():
    def gen(r):
        pc = r.choice([30, 35, 40, 45, 50, 25])
        n = r.choice([4, 5, 6])
        pool = r.randint(2, 400) * 5000
        if (pool * pc) % (100 * n):
            raise Retry("uneven")
        return dict(pc=pc, n=n, pool=money(pool, 0), pv=pool)

    def build(t, p):
        first = t.calc([P(p["pc"]), "*", M(p["pv"], 0)], "First-place prize", "", k="money", dp=0)
        each = t.calc([first, "/", I(p["n"])], "Each player's share", "", k="money", dp=0)
        t.answer(each, "each player gets {0}")
    return gen, build
