"""Problem structures for the film / TV / video genre.

Each builder takes a random.Random and returns
(bodies, questions, solve) where solve(c) performs the computation steps on a
Ctx and finishes with c.final(...).
"""
from fractions import Fraction as F

TITLES = ["Starfall", "The Long Night", "Harbor Lights", "Echo Park", "Iron Valley", "Midnight Run",
          "Paper Moons", "The Quiet Coast", "Neon Desert", "Glasshouse", "Northern Line", "Blue Horizon"]
NAMES = ["Maya", "Leo", "Priya", "Sam", "Jordan", "Aisha", "Tom", "Elena", "Marcus", "Nina", "Kenji", "Rosa"]


def m(c):  # cents helper
    return F(c, 100)


def s_binge_days(r):
    n = r.choice(NAMES); t = r.choice(TITLES)
    eps = r.choice([8, 10, 12, 13, 16, 22, 24]); ln = r.choice([42, 45, 48, 50, 55, 58])
    hrs = r.choice([2, 3, 4])
    bodies = [f"{n} wants to binge all of \"{t}\". The season has {eps} episodes and each episode is {ln} minutes long. {n} can watch {hrs} hours a day.",
              f"Season 1 of \"{t}\" has {eps} episodes of {ln} minutes each. If {n} watches for {hrs} hours every day,"]
    qs = ["How many days will it take to finish the season?", "how many days does it take to finish the whole season?"]
    def solve(c):
        tot = c.eq("Total runtime", "Multiply the number of episodes by the episode length", [eps, ln], "*", unit="minutes", units=["episodes", "min"])
        per = c.eq("Minutes per day", "Convert the daily viewing time to minutes", [hrs, 60], "*", unit="minutes", units=["hours", "min"])
        d = c.ceil("Days needed", "Divide the total by the daily amount", tot, per, unit="days")
        c.final(d, "{n} needs {v} days to finish the season.".replace("{n}", n))
    return bodies, qs, solve


def s_frames_total(r):
    mins = r.choice([88, 90, 95, 102, 110, 118, 124, 136]); fps = r.choice([24, 25, 30])
    t = r.choice(TITLES)
    bodies = [f"The film \"{t}\" runs {mins} minutes and was shot at {fps} frames per second.",
              f"A feature film is {mins} minutes long. It is projected at {fps} fps."]
    qs = ["How many frames are in the whole film?", "How many individual frames does it contain?"]
    def solve(c):
        sec = c.eq("Runtime in seconds", "Convert the runtime to seconds", [mins, 60], "*", unit="seconds", units=["min", "s"])
        fr = c.eq("Total frames", "Multiply by the frame rate", [sec, fps], "*", unit="frames", units=["s", "fps"])
        c.final(fr, "The film contains {v} frames.")
    return bodies, qs, solve


def s_marathon(r):
    a, b, cc = r.sample([96, 104, 112, 117, 121, 128, 133, 142, 152, 161], 3)
    br = r.choice([10, 15, 20]); n = r.choice(NAMES)
    bodies = [f"{n} is hosting a movie marathon with three films that run {a}, {b} and {cc} minutes. There is a {br}-minute break between each film.",
              f"For a trilogy night, the three movies last {a} min, {b} min and {cc} min, with a {br} minute intermission between films."]
    qs = ["How many minutes does the marathon last in total?", "What is the total length of the marathon in minutes?"]
    def solve(c):
        films = c.eq("Film time", "Add the three runtimes", [a, b, cc], "+", unit="minutes")
        brk = c.eq("Break time", "There are 2 breaks between 3 films", [2, br], "*", unit="minutes")
        tot = c.eq("Total", "Add the breaks to the film time", [films, brk], "+", unit="minutes",
                   after=lambda v: f"which is {hm(v)}")
        c.final(tot, "The marathon lasts {v} minutes.")
    return bodies, qs, solve


def hm(v):
    v = int(v)
    h, mi = divmod(v, 60)
    if mi == 0:
        return f"{h} hours"
    return f"{h} h {mi} min"


def s_box_profit(r):
    bud = r.choice([45, 60, 75, 90, 120, 150, 180, 200]); dom = r.choice([38, 52, 64, 81, 97, 143, 176])
    intl = r.choice([29, 41, 66, 88, 103, 120, 215])
    t = r.choice(TITLES)
    bodies = [f"\"{t}\" had a production budget of ${bud} million. It earned ${dom} million domestically and ${intl} million internationally.",
              f"A studio spent ${bud} million making a movie. The box office was ${dom} million in the US and ${intl} million overseas."]
    qs = ["Ignoring other costs, what was the profit in millions of dollars? (Use a negative number for a loss.)",
          "How much profit (in millions, negative if it lost money) did it make, ignoring marketing?"]
    def solve(c):
        g = c.eq("Worldwide gross", "Add domestic and international", [dom, intl], "+", money=True, unit="million")
        p = c.eq("Profit", "Subtract the budget", [g, bud], "-", money=True, unit="million")
        c.final(p, "The profit is {v} million." if p >= 0 else "That is a loss, so the answer is {v} million.")
    return bodies, qs, solve


def s_annual_vs_monthly(r):
    mo = r.choice([m(699), m(899), m(999), m(1099), m(1299), m(1549), m(1799)])
    yr = mo * 12 - r.choice([10, 15, 20, 25, 30])
    svc = r.choice(["StreamMax", "FlixPlus", "CineHub", "ViewNow"])
    bodies = [f"{svc} costs ${fmoney(mo)} per month, or ${fmoney(yr)} for a full year paid up front.",
              f"A streaming service charges ${fmoney(mo)} a month. The annual plan is ${fmoney(yr)}."]
    qs = ["How many dollars do you save per year with the annual plan?", "How much cheaper is the annual plan over 12 months?"]
    def solve(c):
        y = c.eq("Monthly plan for a year", "Multiply the monthly price by 12", [mo, 12], "*", money=True, units=["", "months"])
        s = c.eq("Savings", "Subtract the annual price", [y, yr], "-", money=True)
        c.final(s, "You save {v} per year.")
    return bodies, qs, solve


def fmoney(v):
    v = F(v)
    if v.denominator == 1:
        return f"{int(v):,}"
    return f"{float(v):,.2f}"


def s_file_size(r):
    br = r.choice([4, 5, 6, 8, 10, 12, 16, 20]); mins = r.choice([10, 12, 15, 20, 25, 30, 45])
    bodies = [f"A video is encoded at {br} megabits per second (Mbps) and is {mins} minutes long.",
              f"A camera records at a bitrate of {br} Mbps. You record a {mins}-minute clip."]
    qs = ["How many megabytes (MB) is the file? (8 megabits = 1 megabyte)", "What is the file size in MB, using 8 bits per byte?"]
    def solve(c):
        s = c.eq("Length in seconds", "Convert minutes to seconds", [mins, 60], "*", unit="seconds", units=["min", "s"])
        mb = c.eq("Megabits", "Multiply by the bitrate", [br, s], "*", unit="megabits", units=["Mbps", "s"])
        by = c.eq("Megabytes", "Divide by 8 to get megabytes", [mb, 8], "/", unit="MB")
        c.final(by, "The file is {v} MB (that is " + "{g}" + " GB).", extra=lambda v: fmt_gb(v))
    return bodies, qs, solve


def fmt_gb(v):
    g = F(v) / 1000
    return fmt_num(g)


def s_split_plan(r):
    price = r.choice([m(1999), m(2299), m(2399), m(1799), m(2599)]); ppl = r.choice([2, 4, 5])
    months = r.choice([3, 6, 12])
    # make split exact in cents
    while (price * 100) % ppl:
        price += m(1)
    n = r.choice(NAMES)
    bodies = [f"{n} and friends share a family streaming plan that costs ${fmoney(price)} per month. There are {ppl} people splitting it evenly.",
              f"A premium plan is ${fmoney(price)} a month and is split equally among {ppl} roommates."]
    qs = [f"How much does each person pay over {months} months?", f"What is one person's total cost for {months} months?"]
    def solve(c):
        each = c.eq("Per person per month", "Divide the monthly price by the number of people", [price, ppl], "/", money=True)
        tot = c.eq("Per person total", f"Multiply by {months} months", [each, months], "*", money=True, units=["", "months"])
        c.final(tot, "Each person pays {v}.")
    return bodies, qs, solve


def s_remaining_eps(r):
    seas = r.choice([4, 5, 6, 7, 8]); epsper = r.choice([10, 12, 13, 20, 22]); watched = r.randint(15, seas * epsper - 20)
    perday = r.choice([3, 4, 5, 6])
    t = r.choice(TITLES); n = r.choice(NAMES)
    bodies = [f"\"{t}\" has {seas} seasons with {epsper} episodes each. {n} has already watched {watched} episodes and watches {perday} episodes a day.",
              f"A show has {seas} seasons of {epsper} episodes. So far {n} has seen {watched} of them. At {perday} episodes per day,"]
    qs = ["How many days will it take to finish the show?", "how many more days until the series is done?"]
    def solve(c):
        tot = c.eq("Total episodes", "Seasons times episodes per season", [seas, epsper], "*", unit="episodes", units=["seasons", "episodes"])
        left = c.eq("Episodes left", "Subtract what was watched", [tot, watched], "-", unit="episodes")
        d = c.ceil("Days", "Divide by episodes per day", left, perday, unit="days")
        c.final(d, "It will take {v} more days.")
    return bodies, qs, solve


def s_clips_card(r):
    gb = r.choice([32, 64, 128]); clip = r.choice([700, 750, 900, 1200, 1500, 1800, 2300])
    bodies = [f"A memory card holds {gb} GB (use 1 GB = 1,000 MB). Each video clip is {clip:,} MB.",
              f"You have a {gb} GB card, where 1 GB = 1000 MB, and every clip you shoot takes up {clip:,} MB."]
    qs = ["How many complete clips fit on the card?", "What is the maximum number of whole clips you can store?"]
    def solve(c):
        mb = c.eq("Card size in MB", "Convert to MB", [gb, 1000], "*", unit="MB", units=["GB", ""])
        q = c.divmod("Clips", "Divide by the clip size", mb, clip, unit="clips")
        c.final(q, "{v} full clips fit on the card.")
    return bodies, qs, solve


def s_slowmo(r):
    shot = r.choice([60, 120, 240]); play = r.choice([24, 30]); secs = r.choice([2, 3, 4, 5, 6, 8, 10])
    if shot == 60 and play == 30:
        play = 24
    bodies = [f"A clip is filmed at {shot} fps for {secs} seconds and then played back at {play} fps.",
              f"A slow-motion shot is recorded for {secs} seconds at {shot} frames per second. The editor plays it at {play} fps."]
    qs = ["How many seconds long is the slowed-down clip?", "How long does the played-back clip last, in seconds?"]
    def solve(c):
        fr = c.eq("Frames captured", "Multiply the recording time by the capture rate", [secs, shot], "*", unit="frames", units=["s", "fps"])
        t = c.eq("Playback time", "Divide the frames by the playback rate", [fr, play], "/", unit="seconds", units=["frames", "fps"])
        c.final(t, "The slowed clip lasts {v} seconds.")
    return bodies, qs, solve


def s_speed(r):
    n = r.choice(NAMES)
    lec = r.choice([6, 8, 10, 12, 15]); ln = r.choice([30, 40, 45, 50, 60, 75, 90]); sp = r.choice([F(5, 4), F(3, 2), 2])
    sps = {F(5, 4): "1.25", F(3, 2): "1.5", 2: "2"}[sp]
    bodies = [f"{n} watches a documentary series of {lec} episodes, each {ln} minutes long, at {sps}x speed.",
              f"A video course has {lec} videos of {ln} minutes. {n} plays everything at {sps}x playback speed."]
    qs = ["How many minutes does it take to watch everything?", "How many minutes of actual watching time is that?"]
    def solve(c):
        tot = c.eq("Normal runtime", "Total runtime at normal speed", [lec, ln], "*", unit="minutes", units=["episodes", "min"])
        w = c.eq("At higher speed", f"Divide by the speed factor {sps}", [tot, sp], "/", unit="minutes")
        c.final(w, "It takes {v} minutes at " + sps + "x.")
    return bodies, qs, solve


def s_tickets(r):
    adult = r.choice([m(1250), m(1400), m(1500), m(1650), m(1200)]); child = r.choice([m(850), m(900), m(950), m(1000)])
    na = r.randint(2, 5); nc = r.randint(1, 4); pop = r.choice([m(725), m(850), m(999), m(1100)])
    bodies = [f"A family buys {na} adult tickets at ${fmoney(adult)} each and {nc} child tickets at ${fmoney(child)} each, plus one large popcorn for ${fmoney(pop)}.",
              f"At the cinema, adult tickets are ${fmoney(adult)} and child tickets are ${fmoney(child)}. A group gets {na} adult and {nc} child tickets and a ${fmoney(pop)} popcorn."]
    qs = ["How much do they spend in total?", "What is the total bill?"]
    def solve(c):
        a = c.eq("Adult tickets", "Adult tickets", [na, adult], "*", money=True)
        ch = c.eq("Child tickets", "Child tickets", [nc, child], "*", money=True)
        t = c.eq("Total", "Add the tickets and popcorn", [a, ch, pop], "+", money=True)
        c.final(t, "They spend {v} in total.")
    return bodies, qs, solve


def s_ads(r):
    slot = r.choice([30, 60, 90, 120]); pct = r.choice([15, 20, 25, 30, 35, 40])
    if (slot * pct) % 100:
        pct = 20 if slot == 30 else 25
    bodies = [f"A TV channel airs a {slot}-minute slot in which {pct}% of the time is commercials.",
              f"In a {slot} minute broadcast block, ads take up {pct}% of the airtime."]
    qs = ["How many minutes of actual show content are there?", "How many minutes are left for the programme itself?"]
    def solve(c):
        ad = c.pct("Ad time", "Find the ad minutes", pct, slot, unit="minutes")
        sh = c.eq("Show time", "Subtract from the slot", [slot, ad], "-", unit="minutes")
        c.final(sh, "There are {v} minutes of content.")
    return bodies, qs, solve


def s_budget_alloc(r):
    bud = r.choice([20, 40, 60, 80, 120, 150, 200]); vfx = r.choice([25, 30, 35, 40]); cast = r.choice([10, 15, 20])
    bodies = [f"A movie has a ${bud} million budget. {vfx}% goes to visual effects and {cast}% goes to the cast.",
              f"Out of a ${bud} million production budget, the studio spends {vfx}% on VFX and {cast}% on actors' salaries."]
    qs = ["How many millions of dollars are left for everything else?", "How much money (in millions) remains for the rest of production?"]
    def solve(c):
        v = c.pct("VFX", "Visual effects", vfx, bud, money=True, unit="million")
        ca = c.pct("Cast", "Cast", cast, bud, money=True, unit="million")
        sp = c.eq("Spent", "Add those two", [v, ca], "+", money=True, unit="million")
        left = c.eq("Left", "Subtract from the budget", [bud, sp], "-", money=True, unit="million")
        c.final(left, "{v} million is left.")
    return bodies, qs, solve


def s_anim_frames_time(r):
    fps = r.choice([24, 12]); mins = r.choice([2, 3, 4, 5, 7]); sec = r.choice([0, 15, 20, 30, 45])
    frames = (mins * 60 + sec) * fps
    bodies = [f"An animated short contains {frames:,} frames and plays at {fps} frames per second.",
              f"An animator finished {frames:,} drawings for a short film. The film runs at {fps} fps with one drawing per frame."]
    qs = ["How many seconds long is the film?", "What is the runtime in seconds?"]
    def solve(c):
        s = c.eq("Seconds", "Divide frames by frames per second", [frames, fps], "/", unit="seconds", units=["frames", "fps"],
                 after=lambda v: f"that is {ms(v)}")
        c.final(s, "The short runs {v} seconds.")
    return bodies, qs, solve


def ms(v):
    v = int(v)
    a, b = divmod(v, 60)
    return f"{a} min {b} s" if b else f"{a} minutes"


def s_price_increase(r):
    old = r.choice([m(800), m(1000), m(1200), m(1500), m(2000)]); pct = r.choice([10, 15, 20, 25])
    bodies = [f"A streaming plan cost ${fmoney(old)} a month. The price goes up by {pct}%.",
              f"The monthly price of a subscription was ${fmoney(old)} before a {pct}% price hike."]
    qs = ["What will a full year cost at the new price?", "How much does 12 months cost after the increase?"]
    def solve(c):
        inc = c.pct("Increase", "The increase", pct, old, money=True)
        new = c.eq("New price", "Add it to the old price", [old, inc], "+", money=True)
        yr = c.eq("Year", "Multiply by 12", [new, 12], "*", money=True, units=["", "months"])
        c.final(yr, "A year costs {v}.")
    return bodies, qs, solve


def s_weekly_hours(r):
    n = r.choice(NAMES); wd = r.choice([1, 2]); wdays = 5; we = r.choice([3, 4, 5])
    bodies = [f"{n} watches TV for {wd} hours on each weekday and {we} hours on each day of the weekend.",
              f"On weekdays {n} streams shows for {wd} hours a day; on Saturday and Sunday it is {we} hours a day."]
    qs = ["How many hours is that in 4 weeks?", "How many hours of TV does {n} watch over 4 weeks?".replace("{n}", n)]
    def solve(c):
        a = c.eq("Weekdays", "Weekday hours", [wdays, wd], "*", unit="hours", units=["days", "hours"])
        b = c.eq("Weekend", "Weekend hours", [2, we], "*", unit="hours", units=["days", "hours"])
        w = c.eq("Per week", "Add them", [a, b], "+", unit="hours")
        t = c.eq("Four weeks", "Multiply by 4", [w, 4], "*", unit="hours", units=["hours", "weeks"])
        c.final(t, "That is {v} hours in 4 weeks.")
    return bodies, qs, solve


def s_avg_views(r):
    v = [r.randint(120, 990) * 100 for _ in range(4)]
    while sum(v) % 4:
        v[3] += 100
    bodies = [f"A new episode got {v[0]:,} views in week 1, {v[1]:,} in week 2, {v[2]:,} in week 3 and {v[3]:,} in week 4.",
              f"Weekly view counts for a web series were {v[0]:,}, {v[1]:,}, {v[2]:,} and {v[3]:,}."]
    qs = ["What was the average number of views per week?", "Find the mean weekly views."]
    def solve(c):
        s = c.eq("Total views", "Add the four weeks", v, "+", unit="views")
        a = c.eq("Average", "Divide by 4", [s, 4], "/", unit="views")
        c.final(a, "The average is {v} views per week.")
    return bodies, qs, solve


def s_rent_buy(r):
    rent = r.choice([m(399), m(499), m(599), m(399)]); buy = r.choice([m(1499), m(1999), m(2499)]); times = r.choice([3, 4, 5, 6])
    bodies = [f"Renting a movie online costs ${fmoney(rent)}; buying it costs ${fmoney(buy)}. Kai expects to watch it {times} times, renting each time.",
              f"A digital rental is ${fmoney(rent)} per viewing and the purchase price is ${fmoney(buy)}. You plan to rent it {times} separate times."]
    qs = ["How much more (or less, as a negative number) does renting cost than buying?", "What is the rental total minus the purchase price?"]
    def solve(c):
        t = c.eq("Renting", "Rental total", [times, rent], "*", money=True)
        d = c.eq("Difference", "Compare with buying", [t, buy], "-", money=True)
        c.final(d, "The difference is {v}.")
    return bodies, qs, solve


def s_render(r):
    frames = r.choice([1440, 2160, 2880, 3600, 4320]); mpf = r.choice([4, 5, 6, 8, 10]); mach = r.choice([4, 6, 8, 12])
    while (frames * mpf) % (mach * 60):
        mach = 4 if mach != 4 else 6
        if (frames * mpf) % (mach * 60):
            mpf = 5; frames = 2880; mach = 8
    bodies = [f"A VFX shot has {frames:,} frames. Each frame takes {mpf} minutes to render, and the studio splits the job evenly across {mach} machines.",
              f"Rendering one frame of an animated sequence takes {mpf} minutes. The sequence has {frames:,} frames and {mach} render nodes work in parallel."]
    qs = ["How many hours does the render take?", "How long, in hours, until the render is finished?"]
    def solve(c):
        tot = c.eq("Total machine minutes", "Total render minutes", [frames, mpf], "*", unit="minutes", units=["frames", "min"])
        each = c.eq("Per machine", "Split across machines", [tot, mach], "/", unit="minutes")
        h = c.eq("Hours", "Convert to hours", [each, 60], "/", unit="hours")
        c.final(h, "The render takes {v} hours.")
    return bodies, qs, solve


def s_data_cap(r):
    gbh = r.choice([F(3), F(7), F(3, 2), F(5, 2)]); hpd = r.choice([2, 3, 4]); days = r.choice([20, 30, 31])
    gs = fmt_num(gbh)
    bodies = [f"Streaming in HD uses about {gs} GB per hour. Lena streams {hpd} hours a day for {days} days.",
              f"An HD stream uses {gs} GB of data every hour. Someone watches {hpd} hours daily for {days} days."]
    qs = ["How many GB of data is used?", "What is the total data usage in GB?"]
    def solve(c):
        h = c.eq("Hours", "Total hours", [hpd, days], "*", unit="hours", units=["hours", "days"])
        g = c.eq("Data", "Multiply by GB per hour", [h, gbh], "*", unit="GB", units=["hours", "GB"])
        c.final(g, "That uses {v} GB.")
    return bodies, qs, solve


def fmt_num(v):
    v = F(v)
    if v.denominator == 1:
        return str(int(v))
    s = f"{float(v):.6f}".rstrip("0").rstrip(".")
    return s


def s_opening(r):
    fr, sa, su = r.choice([18, 21, 24, 31]), r.choice([25, 27, 33, 36]), r.choice([14, 17, 20, 22])
    tot = r.choice([200, 250, 400, 500])
    bodies = [f"A movie made ${fr} million on Friday, ${sa} million on Saturday and ${su} million on Sunday of its opening weekend. Its final total gross was ${tot} million.",
              f"Opening weekend: Friday ${fr}M, Saturday ${sa}M, Sunday ${su}M. The film eventually grossed ${tot}M in total."]
    qs = ["How many millions of dollars did it earn after the opening weekend?", "How much (in millions) did it make after opening weekend?"]
    def solve(c):
        w = c.eq("Weekend", "Add the three days", [fr, sa, su], "+", money=True, unit="million")
        a = c.eq("After", "Subtract from the total", [tot, w], "-", money=True, unit="million")
        c.final(a, "It earned {v} million after opening weekend.")
    return bodies, qs, solve


def s_cost_per_ep(r):
    bud = r.choice([24, 36, 48, 60, 72, 90, 120]); eps = r.choice([6, 8, 10, 12])
    while (bud * 1000) % eps:
        eps = 8
    bodies = [f"A streaming series had a total budget of ${bud} million for a season of {eps} episodes.",
              f"The season of a prestige drama cost ${bud} million and has {eps} episodes."]
    qs = ["What is the average cost per episode in millions of dollars?", "On average, how many millions did each episode cost?"]
    def solve(c):
        e = c.eq("Per episode", "Divide budget by episodes", [bud, eps], "/", money=True, unit="million")
        c.final(e, "Each episode cost {v} million on average.")
    return bodies, qs, solve


def s_download(r):
    gb = r.choice([F(3, 2), 2, 3, F(9, 2), 6, 12]); sp = r.choice([10, 20, 25, 40, 50])
    gs = fmt_num(gb)
    bodies = [f"A movie file is {gs} GB. Your connection downloads at {sp} MB per second (1 GB = 1,000 MB).",
              f"You download a {gs} GB episode pack at {sp} MB/s. Use 1 GB = 1000 MB."]
    qs = ["How many seconds does the download take?", "How long in seconds until it is done?"]
    def solve(c):
        mb = c.eq("Size in MB", "Convert to MB", [gb, 1000], "*", unit="MB", units=["GB", ""])
        s = c.eq("Time", "Divide by the speed", [mb, sp], "/", unit="seconds", units=["MB", "MB/s"])
        c.final(s, "The download takes {v} seconds.")
    return bodies, qs, solve


def s_seats(r):
    scr = r.choice([6, 8, 10, 12]); seats = r.choice([120, 150, 180, 200, 250]); shows = r.choice([4, 5, 6]); occ = r.choice([40, 50, 60, 75, 80])
    bodies = [f"A multiplex has {scr} screens with {seats} seats each and runs {shows} shows per screen on Saturday. On average {occ}% of seats are filled.",
              f"On a Saturday a cinema with {scr} screens ({seats} seats per screen) runs {shows} screenings on every screen, and {occ}% of seats are sold."]
    qs = ["How many tickets are sold that day?", "How many seats are sold in total?"]
    def solve(c):
        cap = c.eq("Seats per show round", "Seats in the building", [scr, seats], "*", unit="seats", units=["screens", "seats"])
        day = c.eq("Seats per day", "Times shows", [cap, shows], "*", unit="seats", units=["seats", "shows"])
        sold = c.pct("Sold", "Apply occupancy", occ, day, unit="tickets")
        c.final(sold, "{v} tickets are sold.")
    return bodies, qs, solve


def s_multi_subs(r):
    a, b, cc = r.sample([m(699), m(799), m(999), m(1199), m(1549), m(1799), m(299)], 3)
    bodies = [f"A household pays ${fmoney(a)}, ${fmoney(b)} and ${fmoney(cc)} each month for three streaming services.",
              f"Three subscriptions cost ${fmoney(a)}/month, ${fmoney(b)}/month and ${fmoney(cc)}/month."]
    qs = ["How much is spent on them in a year?", "What do they cost altogether over 12 months?"]
    def solve(c):
        mo = c.eq("Monthly", "Monthly total", [a, b, cc], "+", money=True)
        y = c.eq("Yearly", "Times 12 months", [mo, 12], "*", money=True, units=["", "months"])
        c.final(y, "That's {v} a year.")
    return bodies, qs, solve


def s_annual_discount(r):
    mo = r.choice([m(1000), m(1200), m(1500), m(800), m(2000)]); d = r.choice([10, 15, 20, 25])
    bodies = [f"A service costs ${fmoney(mo)} per month. If you pay for a year up front you get {d}% off the 12-month total.",
              f"Monthly billing is ${fmoney(mo)}. The yearly plan gives a {d}% discount on 12 months of the monthly price."]
    qs = ["What is the price of the yearly plan?", "How much does the annual plan cost?"]
    def solve(c):
        y = c.eq("12 months", "Full price for a year", [mo, 12], "*", money=True, units=["", "months"])
        dd = c.pct("Discount", "Discount", d, y, money=True)
        p = c.eq("Yearly plan", "Subtract", [y, dd], "-", money=True)
        c.final(p, "The yearly plan costs {v}.")
    return bodies, qs, solve


def s_dropped(r):
    fps = r.choice([30, 60]); secs = r.choice([30, 40, 50, 90, 120]); pct = r.choice([2, 5, 10])
    bodies = [f"A game capture records at {fps} fps for {secs} seconds, but {pct}% of the frames are dropped.",
              f"A screen recorder should capture {fps} frames per second over {secs} seconds. It drops {pct}% of those frames."]
    qs = ["How many frames were actually recorded?", "How many frames made it into the file?"]
    def solve(c):
        t = c.eq("Expected", "Expected frames", [fps, secs], "*", unit="frames", units=["fps", "s"])
        dr = c.pct("Dropped", "Dropped frames", pct, t, unit="frames")
        k = c.eq("Kept", "Subtract", [t, dr], "-", unit="frames")
        c.final(k, "{v} frames were recorded.")
    return bodies, qs, solve


def s_dubbing(r):
    rate = r.choice([45, 60, 75, 80, 120]); mins = r.choice([88, 95, 104, 112, 126]); langs = r.choice([2, 3, 4])
    bodies = [f"Dubbing a film costs ${rate} per minute of runtime per language. The film is {mins} minutes and will be dubbed into {langs} languages.",
              f"A distributor pays ${rate} for each minute of dubbing in each language. The movie runs {mins} min and needs {langs} dubs."]
    qs = ["What is the total dubbing cost?", "How much will all the dubbing cost?"]
    def solve(c):
        one = c.eq("One language", "Cost for one language", [mins, rate], "*", money=True, units=["min", ""])
        a = c.eq("All languages", "Times the number of languages", [one, langs], "*", money=True)
        c.final(a, "Dubbing costs {v} in total.")
    return bodies, qs, solve


def s_extras(r):
    pay = r.choice([150, 175, 180, 200, 225]); n = r.choice([40, 60, 75, 120, 150]); d = r.choice([2, 3, 4, 5])
    bodies = [f"A production hires {n} extras for a crowd scene. Each extra is paid ${pay} per day and the scene takes {d} days to film.",
              f"For {d} shooting days, {n} background actors are paid ${pay} a day each."]
    qs = ["What is the total cost of the extras?", "How much does the production pay the extras altogether?"]
    def solve(c):
        pd = c.eq("Per day", "Daily cost", [n, pay], "*", money=True, units=["extras", ""])
        t = c.eq("Total", "Times days", [pd, d], "*", money=True, units=["", "days"])
        c.final(t, "The extras cost {v}.")
    return bodies, qs, solve


def s_skip_intro(r):
    eps = r.choice([8, 10, 12, 16]); ln = r.choice([44, 48, 52, 56]); intro = r.choice([F(3, 2), 1, 2, F(5, 2)])
    ins = fmt_num(intro)
    bodies = [f"A season has {eps} episodes that are {ln} minutes each, including a {ins}-minute intro. Zoe skips every intro.",
              f"Each of the {eps} episodes runs {ln} minutes, and each one opens with a {ins} minute title sequence that you skip."]
    qs = ["How many minutes do you actually watch?", "How many minutes of watching is the season then?"]
    def solve(c):
        one = c.eq("Per episode", "Minutes per episode without the intro", [ln, intro], "-", unit="minutes")
        t = c.eq("Season", "Times the number of episodes", [one, eps], "*", unit="minutes", units=["min", "episodes"])
        c.final(t, "You watch {v} minutes.")
    return bodies, qs, solve


def s_studio_share(r):
    gross = r.choice([80, 120, 150, 240, 300, 360]); share = r.choice([40, 50, 55, 60]); bud = r.choice([40, 60, 90, 110])
    bodies = [f"A film grossed ${gross} million at the box office. The studio keeps {share}% of the gross and the theaters keep the rest. The film cost ${bud} million to make.",
              f"Box office receipts were ${gross} million; the studio's share is {share}%. Production cost ${bud} million."]
    qs = ["What was the studio's profit in millions (negative for a loss)?", "How much did the studio make after covering the budget, in millions?"]
    def solve(c):
        s = c.pct("Studio share", "Studio share", share, gross, money=True, unit="million")
        p = c.eq("Profit", "Subtract the budget", [s, bud], "-", money=True, unit="million")
        c.final(p, "The studio's result is {v} million.")
    return bodies, qs, solve


def s_bluray(r):
    units = r.choice([12000, 15000, 24000, 36000, 45000]); price = r.choice([m(1999), m(2499), m(1499)]); cost = r.choice([m(350), m(400), m(525)])
    bodies = [f"A studio sold {units:,} Blu-ray copies at ${fmoney(price)} each. Each disc cost ${fmoney(cost)} to make and package.",
              f"{units:,} Blu-rays were sold for ${fmoney(price)} apiece; manufacturing cost ${fmoney(cost)} per disc."]
    qs = ["What was the profit?", "How much profit did the discs bring in?"]
    def solve(c):
        per = c.eq("Profit per disc", "Profit per disc", [price, cost], "-", money=True)
        t = c.eq("Total profit", "Times units", [per, units], "*", money=True, units=["", "discs"])
        c.final(t, "The profit was {v}.")
    return bodies, qs, solve


def s_film_feet(r):
    mins = r.choice([90, 96, 100, 110, 120])
    bodies = [f"35mm film runs at 24 frames per second and has 16 frames per foot. A movie print is {mins} minutes long.",
              f"A {mins}-minute film is projected from 35 mm stock at 24 fps; each foot of film holds 16 frames."]
    qs = ["How many feet of film is the print?", "How long is the print in feet?"]
    def solve(c):
        fpm = c.eq("Feet per second", "Feet per second", [24, 16], "/", unit="feet")
        s = c.eq("Seconds", "Runtime in seconds", [mins, 60], "*", unit="seconds", units=["min", "s"])
        ft = c.eq("Feet", "Total feet", [s, fpm], "*", unit="feet", units=["s", ""])
        c.final(ft, "The print is {v} feet long.")
    return bodies, qs, solve


def s_youtube(r):
    per = r.choice([2, 3, 4]); ln = r.choice([8, 12, 15, 18, 20, 25]); weeks = 52
    bodies = [f"A YouTuber uploads {per} videos a week, each about {ln} minutes long.",
              f"A channel posts {per} new videos every week; the average video length is {ln} minutes."]
    qs = ["How many hours of video is uploaded in a year of 52 weeks?", "Over 52 weeks, how many hours of content is that?"]
    def solve(c):
        v = c.eq("Videos", "Videos per year", [per, weeks], "*", unit="videos", units=["videos", "weeks"])
        mn = c.eq("Minutes", "Minutes per year", [v, ln], "*", unit="minutes", units=["videos", "min"])
        h = c.eq("Hours", "Convert to hours", [mn, 60], "/", unit="hours")
        c.final(h, "That is {v} hours of video.")
    return bodies, qs, solve


def s_storyboard(r):
    shots = r.choice([120, 150, 180, 240]); panels = r.choice([3, 4, 5]); perday = r.choice([40, 45, 50, 60])
    bodies = [f"A storyboard artist must draw {panels} panels for each of {shots} shots and can draw {perday} panels a day.",
              f"The film has {shots} shots and each needs {panels} storyboard panels. The artist draws {perday} panels per day."]
    qs = ["How many working days are needed?", "How many days will the storyboards take?"]
    def solve(c):
        p = c.eq("Panels", "Total panels", [shots, panels], "*", unit="panels", units=["shots", "panels"])
        d = c.ceil("Days", "Divide by the daily rate", p, perday, unit="days")
        c.final(d, "It takes {v} days.")
    return bodies, qs, solve


def s_watch_party_cost(r):
    ppl = r.choice([4, 5, 6, 8]); rent = r.choice([m(599), m(699), m(1999)]); snacks = r.choice([m(2400), m(3000), m(3600), m(4200)])
    while ((rent + snacks) * 100) % ppl:
        snacks += m(1)
    bodies = [f"{ppl} friends hold a watch party. The movie rental is ${fmoney(rent)} and snacks cost ${fmoney(snacks)}. They split the cost evenly.",
              f"A premiere night costs ${fmoney(rent)} to rent the film plus ${fmoney(snacks)} for snacks, shared equally by {ppl} people."]
    qs = ["How much does each person pay?", "What is each person's share?"]
    def solve(c):
        t = c.eq("Total", "Total cost", [rent, snacks], "+", money=True)
        e = c.eq("Each", "Split evenly", [t, ppl], "/", money=True, units=["", "people"])
        c.final(e, "Each person pays {v}.")
    return bodies, qs, solve


def s_episode_avg_len(r):
    lens = [r.choice([41, 43, 44, 47, 49, 52, 55, 58, 61]) for _ in range(5)]
    while sum(lens) % 5:
        lens[0] += 1
    bodies = [f"The five episodes of a miniseries run {lens[0]}, {lens[1]}, {lens[2]}, {lens[3]} and {lens[4]} minutes.",
              f"A limited series has 5 episodes lasting {', '.join(map(str, lens[:4]))} and {lens[4]} minutes."]
    qs = ["What is the average episode length in minutes?", "How long is an episode on average?"]
    def solve(c):
        s = c.eq("Total", "Add them", lens, "+", unit="minutes")
        a = c.eq("Average", "Divide by 5", [s, 5], "/", unit="minutes")
        c.final(a, "The average episode is {v} minutes.")
    return bodies, qs, solve


def s_timelapse(r):
    interval = r.choice([2, 5, 10, 15, 30]); hrs = r.choice([2, 3, 4, 6]); fps = r.choice([24, 30])
    while (hrs * 3600 // interval) % fps:
        fps = 24 if fps == 30 else 30
        if (hrs * 3600 // interval) % fps:
            interval = 10; hrs = 2; fps = 24
    bodies = [f"A time-lapse camera takes one photo every {interval} seconds for {hrs} hours. The photos are played back at {fps} fps.",
              f"For a sunset time-lapse you shoot a frame every {interval} s over {hrs} hours, then play it at {fps} frames per second."]
    qs = ["How many seconds long is the time-lapse video?", "What is the length of the final video in seconds?"]
    def solve(c):
        s = c.eq("Seconds", "Shooting time in seconds", [hrs, 3600], "*", unit="seconds", units=["hours", "s"])
        ph = c.eq("Photos", "Number of photos", [s, interval], "/", unit="frames", units=["s", "s"])
        v = c.eq("Video", "Playback length", [ph, fps], "/", unit="seconds", units=["frames", "fps"])
        c.final(v, "The video is {v} seconds long.")
    return bodies, qs, solve


def s_reshoot(r):
    days = r.choice([5, 8, 10, 12]); cost = r.choice([85000, 120000, 150000, 240000]); over = r.choice([2, 3, 4])
    bodies = [f"A shoot was planned for {days} days at ${cost:,} per day. Bad weather added {over} extra days at the same daily cost.",
              f"Filming costs ${cost:,} a day. The schedule was {days} days, but it ran {over} days over."]
    qs = ["What was the total shooting cost?", "How much did filming cost altogether?"]
    def solve(c):
        d = c.eq("Days", "Total days", [days, over], "+", unit="days")
        t = c.eq("Cost", "Times the daily cost", [d, cost], "*", money=True, units=["days", ""])
        c.final(t, "Shooting cost {v}.")
    return bodies, qs, solve


def s_pay_per_view(r):
    price = r.choice([m(2499), m(2999), m(4999), m(5499)]); buyers = r.choice([1200, 2500, 4000, 8000]); cut = r.choice([20, 25, 30])
    bodies = [f"A live concert film is sold as pay-per-view for ${fmoney(price)}. {buyers:,} people buy it, and the platform keeps {cut}% of sales.",
              f"{buyers:,} viewers each pay ${fmoney(price)} for a pay-per-view premiere. The platform takes a {cut}% cut."]
    qs = ["How much money does the filmmaker receive?", "What does the filmmaker get after the platform's cut?"]
    def solve(c):
        s = c.eq("Sales", "Total sales", [buyers, price], "*", money=True)
        k = c.pct("Platform cut", "Platform's cut", cut, s, money=True)
        f_ = c.eq("Filmmaker", "What's left", [s, k], "-", money=True)
        c.final(f_, "The filmmaker receives {v}.")
    return bodies, qs, solve


STRUCTURES = [
    ("binge_days", s_binge_days), ("frames_total", s_frames_total), ("marathon", s_marathon),
    ("box_profit", s_box_profit), ("annual_vs_monthly", s_annual_vs_monthly), ("file_size", s_file_size),
    ("split_plan", s_split_plan), ("remaining_eps", s_remaining_eps), ("clips_card", s_clips_card),
    ("slowmo", s_slowmo), ("speed", s_speed), ("tickets", s_tickets), ("ads", s_ads),
    ("budget_alloc", s_budget_alloc), ("anim_frames", s_anim_frames_time), ("price_increase", s_price_increase),
    ("weekly_hours", s_weekly_hours), ("avg_views", s_avg_views), ("rent_buy", s_rent_buy), ("render", s_render),
    ("data_cap", s_data_cap), ("opening", s_opening), ("cost_per_ep", s_cost_per_ep), ("download", s_download),
    ("seats", s_seats), ("multi_subs", s_multi_subs), ("annual_discount", s_annual_discount), ("dropped", s_dropped),
    ("dubbing", s_dubbing), ("extras", s_extras), ("skip_intro", s_skip_intro), ("studio_share", s_studio_share),
    ("bluray", s_bluray), ("film_feet", s_film_feet), ("youtube", s_youtube), ("storyboard", s_storyboard),
    ("watch_party", s_watch_party_cost), ("ep_avg_len", s_episode_avg_len), ("timelapse", s_timelapse),
    ("reshoot", s_reshoot), ("ppv", s_pay_per_view),
]
