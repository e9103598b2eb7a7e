"""Problem structures (kinds) for school-level counting and combinatorics.
Each kind has several contexts (phrasings); params() draws a number set, problem() writes
the question, solve() writes the worked solution through a Ctx."""
from fractions import Fraction
import math
from mexpr import (NUM, MUL, ADD, SUMS, SUB, DIV, POW, FACT, CH, PERM, FLOOR, LCM, PAR, DEC, FALL)


def desc(n):
    return MUL(*range(n, 0, -1))


def fc(n):
    """n! with its expansion when short enough"""
    if n <= 1:
        return [FACT(n)]
    if n <= 8:
        return [FACT(n), desc(n)]
    return [FACT(n)]


def cchain(n, k, mr, big=False):
    """C(n,k) chain: binom, optional n!/(k!(n-k)!), falling/k!, numeric fraction"""
    k2 = min(k, n - k)
    els = [CH(n, k)]
    if k2 == 0:
        return els
    if big or mr.random() < 0.3:
        if mr.random() < 0.5:
            els.append(DIV(FACT(n), MUL(FACT(k), FACT(n - k))))
        else:
            els.append(DIV(FACT(n), MUL(FACT(k), FACT(PAR(SUB(n, k))))))
    if k2 == 1:
        return els
    els.append(DIV(FALL(n, k2), desc(k2)))
    if mr.random() < 0.6:
        els.append(DIV(math.perm(n, k2), math.factorial(k2)))
    return els


def words(n):
    w = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    return w[n] if 0 <= n <= 10 else str(n)


def join_and(xs):
    xs = list(xs)
    if len(xs) == 1:
        return xs[0]
    if len(xs) == 2:
        return xs[0] + ' and ' + xs[1]
    return ', '.join(xs[:-1]) + ', and ' + xs[-1]


def round_dec(fr, d):
    """round half up to d places, returned as a string"""
    q = fr * 10 ** d
    n = math.floor(q + Fraction(1, 2))
    s = str(n).rjust(d + 1, '0')
    return s[:-d] + '.' + s[-d:]


class Kind:
    name = ''
    contexts = []

    def key(self, p):
        return tuple(sorted(p.items()))


# =========================================================================== 1
class Outfits2(Kind):
    name = 'mult2'
    contexts = [
        dict(q="Maria has {A} shirts and {B} pairs of pants. An outfit is one shirt and one pair of pants. How many different outfits can she make?",
             la='Shirts', lb='Pants', pa='{} shirts', pb='{} pairs of pants', unit='outfits',
             why='Each shirt can be worn with any of the {B} pairs of pants.', ans='she can make {v} different outfits'),
        dict(q="A deli offers {A} kinds of bread and {B} kinds of filling. A sandwich uses one bread and one filling. How many different sandwiches are possible?",
             la='Breads', lb='Fillings', pa='{} breads', pb='{} fillings', unit='sandwiches',
             why='Every bread can be paired with each of the {B} fillings.', ans='there are {v} possible sandwiches'),
        dict(q="A café sells {A} different drinks and {B} different pastries. The breakfast combo is one drink and one pastry. How many different combos can a customer order?",
             la='Drinks', lb='Pastries', pa='{} drinks', pb='{} pastries', unit='combos',
             why='For each drink, the customer still has {B} pastries to pick from.', ans='a customer can order {v} different combos'),
        dict(q="A phone case comes in {A} colors and {B} designs. How many different phone cases can be made if each case has one color and one design?",
             la='Colors', lb='Designs', pa='{} colors', pb='{} designs', unit='cases',
             why='Each color can go with any of the {B} designs.', ans='{v} different phone cases can be made'),
        dict(q="There are {A} roads from Ashford to Brill and {B} roads from Brill to Carlow. How many different routes are there from Ashford to Carlow that go through Brill?",
             la='Roads from Ashford to Brill', lb='Roads from Brill to Carlow', pa='{} roads for the first leg', pb='{} roads for the second leg', unit='routes',
             why='Whichever road is used first, there are {B} ways to continue.', ans='there are {v} different routes'),
        dict(q="An ice cream stand has {A} flavors and {B} toppings. A cup is one scoop of one flavor with one topping. How many different cups can be ordered?",
             la='Flavors', lb='Toppings', pa='{} flavors', pb='{} toppings', unit='cups',
             why='Each flavor can be topped with any of the {B} toppings.', ans='{v} different cups can be ordered'),
        dict(q="A club is planning a party. It can pick one of {A} themes and one of {B} possible Saturdays. How many different theme-and-date plans are there?",
             la='Themes', lb='Dates', pa='{} themes', pb='{} dates', unit='plans',
             why='Any theme can be matched with any of the {B} Saturdays.', ans='there are {v} different plans'),
        dict(q="A new bike comes in {A} frame colors and with {B} seat styles. How many different bikes (color plus seat) can be ordered?",
             la='Frame colors', lb='Seat styles', pa='{} frame colors', pb='{} seat styles', unit='bikes',
             why='Every frame color works with each of the {B} seat styles.', ans='{v} different bikes can be ordered'),
    ]

    def params(self, rng, cx):
        return dict(A=rng.randint(3, 12), B=rng.randint(2, 9))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        A, B = p['A'], p['B']
        f = ctx.f
        ctx.intro(mr.choice([
            "This is a job for the multiplication principle: when one choice is made from each group, the numbers of options multiply.",
            "We can use the fundamental counting principle.",
            "Each choice from the first group can be combined with every choice from the second group, so we multiply.",
        ]))
        ctx.step(mr.choice(['Identify the choices', 'Count the options', 'List what we know']))
        ctx.given([(cx['la'], f(A), cx['pa'].format(f(A))), (cx['lb'], f(B), cx['pb'].format(f(B)))])
        ctx.step(mr.choice(['Apply the multiplication principle', 'Multiply the choices', 'Count the combinations']))
        ctx.say(cx['why'].format(B=f(B)))
        v = ctx.calc([MUL(A, B)], 'Total ' + cx['unit'], cx['unit'],
                     mr.choice(['The total number of %s is' % cx['unit'], 'So the number of %s is' % cx['unit'], None]))
        if A <= 5 and mr.random() < 0.6:
            ctx.check([ADD(*[B] * A)])
        ctx.answer(v, cx['ans'])


# =========================================================================== 2
class Menu3(Kind):
    name = 'mult3'
    contexts = [
        dict(q="A restaurant's dinner special includes one appetizer, one main course and one dessert. There are {A} appetizers, {B} main courses and {C} desserts. How many different dinners are possible?",
             l=('Appetizers', 'Main courses', 'Desserts'), ph=('{} appetizers', '{} main courses', '{} desserts'),
             unit='dinners', opt=False, ans='{v} different dinners are possible'),
        dict(q="Leo packs {A} T-shirts, {B} pairs of shorts and {C} pairs of sneakers for camp. How many different outfits of one T-shirt, one pair of shorts and one pair of sneakers can he wear?",
             l=('T-shirts', 'Shorts', 'Sneakers'), ph=('{} T-shirts', '{} pairs of shorts', '{} pairs of sneakers'),
             unit='outfits', opt=False, ans='Leo can wear {v} different outfits'),
        dict(q="A sundae is made with one ice cream flavor, one sauce and one topping. The shop has {A} flavors, {B} sauces and {C} toppings. How many different sundaes can be made?",
             l=('Flavors', 'Sauces', 'Toppings'), ph=('{} flavors', '{} sauces', '{} toppings'),
             unit='sundaes', opt=False, ans='{v} different sundaes can be made'),
        dict(q="To get to the museum, Priya takes one of {A} buses to the station, then one of {B} trains into the city, and finally walks along one of {C} streets. How many different ways can she make the trip?",
             l=('Buses', 'Trains', 'Walking routes'), ph=('{} buses', '{} trains', '{} walking routes'),
             unit='ways', opt=False, ans='she can make the trip in {v} different ways'),
        dict(q="A burger is built from one type of bun, one patty and one sauce. There are {A} buns, {B} patties and {C} sauces. How many different burgers are possible?",
             l=('Buns', 'Patties', 'Sauces'), ph=('{} buns', '{} patties', '{} sauces'),
             unit='burgers', opt=False, ans='there are {v} possible burgers'),
        dict(q="A lunch menu has {A} sandwiches and {B} drinks. With the sandwich and drink you may also add one of {C} desserts, or skip dessert. How many different lunches are possible?",
             l=('Sandwiches', 'Drinks', 'Desserts'), ph=('{} sandwiches', '{} drinks', '{} desserts'),
             unit='lunches', opt=True, optname='dessert', optnone='no dessert', ans='{v} different lunches are possible'),
        dict(q="Jada picks one of {A} tops and one of {B} skirts, and then either one of her {C} hats or no hat at all. How many outfits are possible?",
             l=('Tops', 'Skirts', 'Hats'), ph=('{} tops', '{} skirts', '{} hats'),
             unit='outfits', opt=True, optname='hat', optnone='no hat', ans='Jada has {v} possible outfits'),
        dict(q="Each team at field day gets a name made of one color ({A} options), one animal ({B} options) and one number from 1 to {C}. How many different team names are possible?",
             l=('Colors', 'Animals', 'Numbers'), ph=('{} colors', '{} animals', '{} numbers'),
             unit='team names', opt=False, ans='{v} different team names are possible'),
    ]

    def params(self, rng, cx):
        return dict(A=rng.randint(2, 9), B=rng.randint(3, 10), C=rng.randint(2, 8))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        A, B, C = p['A'], p['B'], p['C']
        f = ctx.f
        ctx.intro(mr.choice([
            "We make three independent choices, so by the counting principle we multiply the number of options for each.",
            "Use the multiplication principle: multiply the number of choices at each stage.",
        ]))
        ctx.step(mr.choice(['Count the options for each choice', 'Identify the choices']))
        ctx.given([(cx['l'][i], f(x), cx['ph'][i].format(f(x))) for i, x in enumerate((A, B, C))])
        c1 = C
        if cx['opt']:
            ctx.step('Include the option of no %s' % cx['optname'])
            ctx.say(mr.choice(['Choosing %s is also allowed, so it counts as one more option.' % cx['optnone'],
                               'Skipping the %s is a separate choice, so we add 1.' % cx['optname']]))
            c1 = ctx.calc([ADD(C, 1)], '%s choices' % cx['optname'].capitalize(), None,
                          mr.choice(['The number of %s choices is' % cx['optname'], None]))
        ctx.step(mr.choice(['Multiply', 'Apply the counting principle', 'Find the total']))
        if mr.random() < 0.45:
            x = ctx.calc([MUL(A, B)], 'First two choices', None,
                         mr.choice(['For the first two choices there are', None]))
            v = ctx.calc([MUL(x, c1)], 'Total ' + cx['unit'], cx['unit'],
                         mr.choice(['Including the last choice, the total is', None]))
        else:
            v = ctx.calc([MUL(A, B, c1)], 'Total ' + cx['unit'], cx['unit'],
                         mr.choice(['The total number of %s is' % cx['unit'], None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 3
class Handshake(Kind):
    name = 'handshake'
    contexts = [
        dict(q="At a party, each of the {n} guests shakes hands with every other guest exactly once. How many handshakes take place?",
             who='guests', one='guest', unit='handshakes', act='shakes hands with', ans='{v} handshakes take place'),
        dict(q="In a chess tournament, each of the {n} players plays every other player exactly once. How many games are played?",
             who='players', one='player', unit='games', act='plays', ans='{v} games are played'),
        dict(q="There are {n} points on a circle. How many line segments can be drawn that connect two of the points?",
             who='points', one='point', unit='segments', act='connects to', ans='{v} segments can be drawn'),
        dict(q="{n} friends raise their glasses, and every pair of friends clinks glasses exactly once. How many clinks are there?",
             who='friends', one='friend', unit='clinks', act='clinks with', ans='there are {v} clinks'),
        dict(q="A soccer league has {n} teams. Each team plays every other team once during the season. How many games are played in all?",
             who='teams', one='team', unit='games', act='plays', ans='{v} games are played'),
        dict(q="A teacher wants to choose a pair of students from a class of {n} to run the science fair booth. How many different pairs are possible?",
             who='students', one='student', unit='pairs', act='can be paired with', ans='{v} different pairs are possible'),
        dict(q="After the game, each of the {n} players on the team gives every other player one high-five. How many high-fives happen?",
             who='players', one='player', unit='high-fives', act='high-fives', ans='{v} high-fives happen'),
        dict(q="Each pair of the {n} cousins has exactly one video call during the holidays. How many video calls are there?",
             who='cousins', one='cousin', unit='calls', act='calls', ans='there are {v} video calls'),
    ]

    def params(self, rng, cx):
        return dict(n=rng.randint(5, 30))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        f = ctx.f
        m = mr.choice(['binom', 'binom', 'twostep', 'twostep'] + (['sum'] if n <= 12 else []))
        ctx.intro(mr.choice([
            "Each of the %s is determined by a pair of %s, and the order of the pair does not matter." % (cx['unit'], cx['who']),
            "We need to count unordered pairs of %s." % cx['who'],
        ]))
        if m == 'binom':
            ctx.step(mr.choice(['Use combinations', 'Choose 2 of the %s' % cx['who']]))
            ctx.say('We choose 2 of the %s %s, so we use the combination formula %s.' % (f(n), cx['who'],
                    mr.choice(['C(n, 2) = n(n - 1)/2', 'for choosing 2 items'])))
            els = [CH(n, 2)]
            if mr.random() < 0.3:
                els.append(DIV(FACT(n), MUL(FACT(2), FACT(n - 2))))
            els.append(DIV(MUL(n, n - 1), 2))
            if mr.random() < 0.6:
                els.append(DIV(n * (n - 1), 2))
            v = ctx.calc(els, 'Number of ' + cx['unit'], cx['unit'], mr.choice(['The number of %s is' % cx['unit'], None]))
        elif m == 'twostep':
            ctx.step('Count from each %s' % cx['one'])
            ctx.say('Each of the %s %s %s the other %s %s.' % (f(n), cx['who'], cx['act'], f(n - 1), cx['who']))
            t = ctx.calc([MUL(n, n - 1)], 'Ordered count', None, mr.choice(['That gives', 'Counting this way gives']))
            ctx.step('Remove double counting')
            ctx.say(mr.choice(['But every one of the %s was counted twice (once from each end), so we divide by 2.' % cx['unit'],
                               'Each pair got counted two times, so divide by 2.']))
            v = ctx.calc([DIV(t, 2)], 'Number of ' + cx['unit'], cx['unit'], mr.choice(['So the number of %s is' % cx['unit'], None]))
        else:
            ctx.step('Count new pairs one at a time')
            ctx.say('The first of the %s is paired with %s others, the second with %s new ones, and so on down to 1.'
                    % (cx['who'], f(n - 1), f(n - 2)))
            v = ctx.calc([ADD(*range(n - 1, 0, -1))], 'Number of ' + cx['unit'], cx['unit'],
                         mr.choice(['Adding these up:', 'So the total is']))
            ctx.check([DIV(MUL(n, n - 1), 2)])
        ctx.answer(v, cx['ans'])


# =========================================================================== 4
class Ordered2(Kind):
    name = 'ordered_pairs'
    contexts = [
        dict(q="Each of the {n} students in a club sends a holiday card to every other student in the club. How many cards are sent?",
             var='plain', who='students', unit='cards', ans='{v} cards are sent'),
        dict(q="In a league of {n} teams, each team plays every other team twice, once at home and once away. How many games are played?",
             var='twice', who='teams', unit='games', ans='{v} games are played'),
        dict(q="Each of the {n} students in a class gives a valentine to every other student and also one to the teacher. How many valentines are given in total?",
             var='teacher', who='students', unit='valentines', ans='{v} valentines are given in total'),
        dict(q="{n} coworkers each send one email to every other coworker. How many emails are sent?",
             var='plain', who='coworkers', unit='emails', ans='{v} emails are sent'),
        dict(q="A team of {n} players needs a captain and a co-captain, who must be different people. In how many ways can they be chosen?",
             var='plain', who='players', unit='ways', ans='they can be chosen in {v} ways'),
        dict(q="In a debate tournament with {n} schools, every school hosts every other school once. How many debates take place?",
             var='twice', who='schools', unit='debates', ans='{v} debates take place'),
    ]

    def params(self, rng, cx):
        return dict(n=rng.randint(4, 25))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        f = ctx.f
        ctx.intro(mr.choice(['Here order matters: A to B and B to A are counted separately.',
                             'This counts ordered pairs of different %s.' % cx['who']]))
        if cx['var'] == 'twice' and mr.random() < 0.5:
            ctx.step('Count the pairs')
            pairs = ctx.calc([CH(n, 2), DIV(MUL(n, n - 1), 2)], 'Pairs', None, mr.choice(['The number of pairs is', None]))
            ctx.step('Each pair meets twice')
            v = ctx.calc([MUL(pairs, 2)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['Doubling,', 'So there are']))
        else:
            ctx.step(mr.choice(['Count the choices', 'Multiply']))
            ctx.say('There are %s choices for the first and %s choices for the second, since it must be a different one of the %s.'
                    % (f(n), f(n - 1), cx['who']))
            v = ctx.calc([MUL(n, n - 1)], 'Ordered pairs', cx['unit'] if cx['var'] != 'teacher' else None,
                         mr.choice(['That gives', None]))
            if cx['var'] == 'teacher':
                ctx.step('Add the cards to the teacher')
                ctx.say('Each of the %s students also gives 1 to the teacher.' % f(n))
                v = ctx.calc([ADD(v, n)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['In total:', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 5
class Lineup(Kind):
    name = 'factorial'
    WORDS = {3: 'CAT', 4: 'MATH', 5: 'TRAIN', 6: 'FRIEND', 7: 'COUNTRY', 8: 'FAMOUSLY'}
    contexts = [
        dict(q="In how many different orders can {n} different books be arranged on a shelf?", unit='orders', who='books', ans='the books can be arranged in {v} ways'),
        dict(q="{n} friends are lining up for a photo. How many different orders are possible?", unit='orders', who='friends', ans='{v} different orders are possible'),
        dict(q="{n} runners are in a race. If there are no ties, in how many different orders can they finish?", unit='finishing orders', who='runners', ans='they can finish in {v} different orders'),
        dict(q="Dev has {n} songs and wants to play each one exactly once. How many different playlists (orders of the songs) can he make?", unit='playlists', who='songs', ans='Dev can make {v} different playlists'),
        dict(q="How many different arrangements of the letters in the word {W} are there?", unit='arrangements', who='letters', ans='there are {v} arrangements'),
        dict(q="{n} students will give their presentations one after another. How many different presentation orders are possible?", unit='orders', who='students', ans='{v} presentation orders are possible'),
        dict(q="{n} cars are parked in a row of {n} parking spaces. In how many ways can the cars be parked?", unit='ways', who='cars', ans='the cars can be parked in {v} ways'),
        dict(q="Sam has {n} errands to run today and can do them in any order. How many different orders are there?", unit='orders', who='errands', ans='there are {v} different orders'),
    ]

    def params(self, rng, cx):
        if '{W}' in cx['q']:
            n = rng.randint(4, 8)
            return dict(n=n, W=self.WORDS[n])
        return dict(n=rng.randint(4, 9))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        f = ctx.f
        if 'W' in p:
            ctx.intro('The word %s has %s letters, and they are all different.' % (p['W'], words(n)))
        else:
            ctx.intro(mr.choice(['We are arranging %s different %s in a row, so order matters.' % (f(n), cx['who']),
                                 'This is a permutation of all %s %s.' % (f(n), cx['who'])]))
        ctx.step(mr.choice(['Count the choices for each position', 'Use factorials']))
        ctx.say('There are %s choices for the first position, %s for the second, %s for the third, and so on down to 1 for the last.'
                % (f(n), f(n - 1), f(n - 2)))
        if n >= 6 and mr.random() < 0.35:
            sub = math.factorial(n - 1)
            ctx.say('We know that %d! = %s.' % (n - 1, f(sub)))
            v = ctx.calc([FACT(n), MUL(n, FACT(n - 1)), MUL(n, sub)], 'Arrangements', cx['unit'],
                         mr.choice(['So', 'Then']))
        else:
            v = ctx.calc(fc(n), 'Arrangements', cx['unit'], mr.choice(['The number of %s is' % cx['unit'], None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 6
class Perm(Kind):
    name = 'permutation'
    contexts = [
        dict(q="A club with {n} members is electing a {roles}. No one can hold two offices. In how many ways can the offices be filled?",
             roles=['president', 'vice president', 'secretary', 'treasurer'], who='members', unit='ways', ans='the offices can be filled in {v} ways'),
        dict(q="{n} swimmers compete in a race. In how many ways can the {roles} medals be awarded (no ties)?",
             roles=['gold', 'silver', 'bronze'], fixk=3, who='swimmers', unit='ways', ans='the medals can be awarded in {v} ways'),
        dict(q="A raffle sold {n} tickets. Prizes are given for {roles} place, and a ticket can win at most one prize. How many different ways can the prizes be awarded?",
             roles=['1st', '2nd', '3rd', '4th'], who='tickets', unit='ways', ans='there are {v} ways to award the prizes'),
        dict(q="There are {k} seats in the front row and {n} students. In how many ways can {k} of the students be seated in the front row (order matters)?",
             roles=None, who='students', unit='seatings', ans='there are {v} possible seatings'),
        dict(q="How many {k}-letter codes can be made from the {n} letters A through {last} if no letter may be repeated?",
             roles=None, who='letters', unit='codes', ans='{v} codes can be made'),
        dict(q="A coach has {n} players and must pick a {roles}. Each player can fill only one position. How many ways can the coach do this?",
             roles=['pitcher', 'catcher', 'first baseman', 'shortstop'], who='players', unit='ways', ans='the coach can do this in {v} ways'),
        dict(q="A store has {n} different vases and {k} spots on a display shelf. In how many ways can the spots be filled with different vases?",
             roles=None, who='vases', unit='ways', ans='the shelf can be filled in {v} ways'),
        dict(q="A relay team of {k} runners will be chosen from {n} runners, and the running order matters. How many different ordered teams are possible?",
             roles=None, who='runners', unit='teams', ans='{v} different ordered teams are possible'),
    ]

    def params(self, rng, cx):
        k = cx.get('fixk') or rng.randint(2, 4)
        if cx['roles'] is None and k == 2:
            k = 3
        n = rng.randint(max(k + 2, 5), 15)
        if '{last}' in cx['q']:
            n = rng.randint(max(k + 2, 5), 12)
        return dict(n=n, k=k)

    def roles(self, cx, k):
        r = cx['roles'][:k]
        return join_and(r)

    def problem(self, cx, p):
        d = dict(p)
        if cx['roles']:
            d['roles'] = self.roles(cx, p['k'])
        d['last'] = chr(ord('A') + p['n'] - 1)
        return cx['q'].format(**d)

    def solve(self, ctx, cx, p, mr):
        n, k = p['n'], p['k']
        f = ctx.f
        ctx.intro(mr.choice(['The order matters here, so this is a permutation problem.',
                             'Different positions are different outcomes, so we count ordered selections.']))
        ctx.step(mr.choice(['Fill the positions one at a time', 'Count the choices']))
        if cx['roles']:
            parts = ['%s choices for %s' % (f(n - i), cx['roles'][i]) for i in range(k)]
        else:
            parts = ['%s choices for position %s' % (f(n - i), words(i + 1)) for i in range(k)]
        ctx.say('There are ' + join_and(parts) + '.')
        if k == 3 and mr.random() < 0.35:
            x = ctx.calc([MUL(n, n - 1)], 'First two positions', None, mr.choice(['The first two positions give', None]))
            v = ctx.calc([MUL(x, n - 2)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['Then', None]))
        else:
            els = [PERM(n, k)]
            if mr.random() < 0.4:
                els.append(DIV(FACT(n), FACT(n - k)))
            els.append(FALL(n, k))
            v = ctx.calc(els, 'Total ' + cx['unit'], cx['unit'], mr.choice(['So the count is', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 7
class Committee(Kind):
    name = 'combination'
    contexts = [
        dict(q="A club has {n} members. A committee of {k} members is to be chosen. How many different committees are possible?", who='members', unit='committees', ans='{v} different committees are possible'),
        dict(q="A pizza place offers {n} toppings. How many different pizzas with exactly {k} different toppings can you order?", who='toppings', unit='pizzas', ans='you can order {v} different pizzas'),
        dict(q="A coach needs to pick {k} players from a squad of {n} for a tournament. How many different groups can she pick?", who='players', unit='groups', ans='she can pick {v} different groups'),
        dict(q="Ana wants to take {k} of her {n} favorite books on vacation. How many different sets of books can she take?", who='books', unit='sets', ans='Ana can take {v} different sets of books'),
        dict(q="On a test, students must answer {k} of the {n} questions. How many different choices of questions are there?", who='questions', unit='choices', ans='there are {v} different choices'),
        dict(q="A bowl holds {k} scoops of ice cream, all different flavors, chosen from {n} flavors. If the order of the scoops doesn't matter, how many different bowls are possible?", who='flavors', unit='bowls', ans='{v} different bowls are possible'),
        dict(q="A game asks players to pick {k} different numbers from 1 to {n}. The order of the picks does not matter. How many different picks are possible?", who='numbers', unit='picks', ans='there are {v} possible picks'),
        dict(q="Jon can invite {k} of his {n} friends to a movie. How many different groups of friends can he invite?", who='friends', unit='groups', ans='Jon can invite {v} different groups'),
    ]

    def params(self, rng, cx):
        n = rng.randint(6, 16)
        k = rng.randint(2, min(5, n - 2))
        return dict(n=n, k=k)

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n, k = p['n'], p['k']
        f = ctx.f
        ctx.intro(mr.choice(['The order of selection does not matter, so we use combinations.',
                             'Since only the group matters (not the order), this is a combination problem: "%s choose %s".' % (n, k)]))
        k2 = min(k, n - k)
        if mr.random() < 0.4:
            ctx.step('Count ordered selections')
            ctx.say('If order mattered, there would be %s ways.' % ' × '.join(str(n - i) for i in range(k)) if ctx.style in ('claude_bold', 'table', 'prose') else
                    'If order mattered, we would count %s choices for the first pick, %s for the second, and so on.' % (f(n), f(n - 1)))
            num = ctx.calc([FALL(n, k)], 'Ordered selections', None, mr.choice(['That is', None]))
            ctx.step('Divide out the orderings')
            ctx.say('Each group of %s can be ordered in %d! ways, so we divide by %d!.' % (f(k), k, k))
            den = ctx.calc(fc(k), 'Orderings of one group', None, None)
            v = ctx.calc([DIV(num, den)], 'Number of ' + cx['unit'], cx['unit'], mr.choice(['So there are', None]))
        else:
            ctx.step(mr.choice(['Apply the combination formula', 'Use combinations']))
            ctx.say('We choose %s of the %s %s.' % (f(k), f(n), cx['who']))
            v = ctx.calc(cchain(n, k, mr), 'Number of ' + cx['unit'], cx['unit'], mr.choice(['The number of %s is' % cx['unit'], None]))
            if mr.random() < 0.3:
                ctx.check([CH(n, n - k), CH(n, k)])
        ctx.answer(v, cx['ans'])


# =========================================================================== 8
class Mixed(Kind):
    name = 'comb_product'
    contexts = [
        dict(q="A committee must have {a} boys and {b} girls. There are {B} boys and {G} girls to choose from. How many different committees are possible?",
             x='boys', y='girls', unit='committees', ans='{v} different committees are possible'),
        dict(q="Lena will pick {a} novels from a shelf of {B} novels and {b} comic books from a stack of {G}. How many different selections can she make?",
             x='novels', y='comic books', unit='selections', ans='she can make {v} different selections'),
        dict(q="A field trip needs {a} teachers chosen from {B} teachers and {b} student helpers chosen from {G} volunteers. How many different groups are possible?",
             x='teachers', y='volunteers', unit='groups', ans='{v} different groups are possible'),
        dict(q="A smoothie uses {a} different fruits chosen from {B} fruits and {b} different vegetables chosen from {G} vegetables. How many different smoothies can be made?",
             x='fruits', y='vegetables', unit='smoothies', ans='{v} different smoothies can be made'),
        dict(q="The debate team will send {a} seniors (out of {B}) and {b} juniors (out of {G}) to the regional contest. How many different teams can be sent?",
             x='seniors', y='juniors', unit='teams', ans='{v} different teams can be sent'),
        dict(q="A DJ picks {a} of {B} rock songs and {b} of {G} jazz songs for a short set; the order is decided later. How many different sets of songs are possible?",
             x='rock songs', y='jazz songs', unit='sets', ans='{v} different sets are possible'),
        dict(q="A gardener will plant {a} of {B} kinds of flowers and {b} of {G} kinds of herbs. How many different choices of plants does she have?",
             x='kinds of flowers', y='kinds of herbs', unit='choices', ans='she has {v} different choices'),
    ]

    def params(self, rng, cx):
        a = rng.randint(1, 3)
        b = rng.randint(2 if a == 1 else 1, 3)
        return dict(a=a, b=b, B=rng.randint(a + 2, 10), G=rng.randint(b + 2, 10))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        a, b, B, G = p['a'], p['b'], p['B'], p['G']
        f = ctx.f
        ctx.intro(mr.choice(['We choose from each group separately and then multiply.',
                             'The two choices are independent, so count each with combinations and use the multiplication principle.']))
        ctx.step('Choose the %s' % cx['x'])
        x = ctx.calc(cchain(B, a, mr), 'Ways to choose the ' + cx['x'], None,
                     mr.choice(['Choosing %s of the %s %s:' % (f(a), f(B), cx['x']), None]))
        ctx.step('Choose the %s' % cx['y'])
        y = ctx.calc(cchain(G, b, mr), 'Ways to choose the ' + cx['y'], None,
                     mr.choice(['Choosing %s of the %s %s:' % (f(b), f(G), cx['y']), None]))
        ctx.step('Multiply')
        v = ctx.calc([MUL(x, y)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['Total:', 'So the total is', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 9
class Plates(Kind):
    name = 'codes'
    contexts = [
        dict(q="A license plate has {L} letters followed by {D} digits. Letters and digits may repeat. How many different plates are possible?", var='rep', unit='plates', ans='{v} different plates are possible'),
        dict(q="A license plate has {L} letters followed by {D} digits. The letters cannot repeat, but the digits can. How many plates are possible?", var='norep', unit='plates', ans='{v} plates are possible'),
        dict(q="A student ID is {L} capital letters followed by {D} digits (repeats allowed). How many different IDs can the school make?", var='rep', unit='IDs', ans='the school can make {v} different IDs'),
        dict(q="A product code is {L} letters and then {D} digits. Letters may repeat, and so may digits. How many product codes are there?", var='rep', unit='codes', ans='there are {v} product codes'),
        dict(q="Each raffle ticket has a code of {L} capital letters and then {D} digits, where the first digit cannot be 0. Repeats are allowed. How many codes are possible?", var='nz', unit='codes', ans='{v} codes are possible'),
        dict(q="A username must be {L} lowercase letters followed by {D} digits, and no letter may be used twice. How many usernames are possible?", var='norep', unit='usernames', ans='{v} usernames are possible'),
        dict(q="A locker label is {L} letters followed by {D} digits, with repetition allowed. How many different labels are possible?", var='rep', unit='labels', ans='{v} different labels are possible'),
    ]

    def params(self, rng, cx):
        return dict(L=rng.randint(1, 3), D=rng.randint(2, 4))

    def problem(self, cx, p):
        q = cx['q'].format(**p)
        if p['L'] == 1:
            q = q.replace('1 letters', '1 letter').replace('1 capital letters', '1 capital letter').replace('1 lowercase letters', '1 lowercase letter')
        return q

    def solve(self, ctx, cx, p, mr):
        L, D = p['L'], p['D']
        f = ctx.f
        ctx.intro(mr.choice(['Each position is filled independently, so we multiply the choices for every position.',
                             'Use the multiplication principle position by position.']))
        ctx.step('Count the letter choices')
        if cx['var'] == 'norep':
            if L == 1:
                ctx.say('There is one letter, with 26 choices.')
                A = 26
            else:
                ctx.say('No letter repeats, so the choices go %s.' % ', '.join(str(26 - i) for i in range(L)))
                A = ctx.calc([PERM(26, L), FALL(26, L)] if mr.random() < 0.5 else [FALL(26, L)],
                             'Letter choices', None, mr.choice(['For the letters:', None]))
        else:
            if L == 1:
                ctx.say('There is one letter, with 26 choices.')
                A = 26
            else:
                ctx.say('Each of the %s letter positions has 26 choices.' % words(L))
                A = ctx.calc([POW(26, L), MUL(*[26] * L)] if mr.random() < 0.6 else [MUL(*[26] * L)],
                             'Letter choices', None, mr.choice(['For the letters:', None]))
        ctx.step('Count the digit choices')
        if cx['var'] == 'nz':
            ctx.say('The first digit has 9 choices (1 to 9), and each of the other %s digits has 10.' % words(D - 1))
            els = [MUL(9, POW(10, D - 1))] if D > 2 else [MUL(9, 10)]
            if D > 2:
                els.append(MUL(9, 10 ** (D - 1)))
            Bv = ctx.calc(els, 'Digit choices', None, mr.choice(['For the digits:', None]))
        else:
            ctx.say('Each of the %s digit positions has 10 choices (0 through 9).' % words(D))
            els = [POW(10, D)] + ([MUL(*[10] * D)] if D <= 3 and mr.random() < 0.5 else [])
            Bv = ctx.calc(els, 'Digit choices', None, mr.choice(['For the digits:', None]))
        ctx.step('Multiply')
        v = ctx.calc([MUL(A, Bv)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['Altogether:', 'So the total is', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 10
class Pins(Kind):
    name = 'pins'
    contexts = [
        dict(q="A PIN is made of {k} digits from 0 to 9, and digits may repeat. How many different PINs are possible?", var='all', d=10, unit='PINs', ans='{v} different PINs are possible'),
        dict(q="How many {k}-digit PINs (digits 0–9) have no repeated digits?", var='norep', d=10, unit='PINs', ans='{v} PINs have no repeated digit'),
        dict(q="A {k}-digit PIN uses the digits 0–9. How many PINs have at least one repeated digit?", var='atleast', d=10, unit='PINs', ans='{v} PINs have at least one repeated digit'),
        dict(q="A bike lock has {k} dials, and each dial shows the digits 0 to {top}. How many different combinations are possible?", var='all', d=None, unit='combinations', ans='there are {v} possible combinations'),
        dict(q="A suitcase lock has {k} dials, each with the digits 0 to {top}. How many combinations use some digit more than once?", var='atleast', d=None, unit='combinations', ans='{v} combinations repeat a digit'),
        dict(q="A phone passcode has {k} digits, and it cannot start with 0. How many passcodes are possible?", var='nozero', d=10, unit='passcodes', ans='{v} passcodes are possible'),
        dict(q="A keypad lock uses only the digits 1 to {d} and the code is {k} digits long with no digit used twice. How many codes are possible?", var='norep', d=None, unit='codes', ans='{v} codes are possible'),
    ]

    def params(self, rng, cx):
        k = rng.randint(3, 6)
        d = cx['d'] or rng.randint(5, 9)
        if cx['var'] in ('norep', 'atleast'):
            k = rng.randint(3, min(6, d - 1))
        return dict(k=k, d=d)

    def problem(self, cx, p):
        return cx['q'].format(k=p['k'], d=p['d'], top=p['d'] - 1)

    def solve(self, ctx, cx, p, mr):
        k, d = p['k'], p['d']
        f = ctx.f
        var = cx['var']
        ctx.intro(mr.choice(['Each position of the code is a separate choice, so we multiply.',
                             'We count position by position.']))
        if var in ('all', 'atleast'):
            ctx.step(mr.choice(['Count all codes', 'Total with repetition allowed']))
            ctx.say('Each of the %s positions can be any of the %s digits.' % (words(k), f(d)))
            els = [POW(d, k)] + ([MUL(*[d] * k)] if k <= 4 and mr.random() < 0.5 else [])
            tot = ctx.calc(els, 'All codes', None if var == 'atleast' else cx['unit'], mr.choice(['Total:', None]))
        if var in ('norep', 'atleast'):
            ctx.step(mr.choice(['Count codes with no repeated digit', 'No repeats']))
            ctx.say('With no repeats, the choices are %s.' % ', '.join(str(d - i) for i in range(k)))
            els = ([PERM(d, k)] if mr.random() < 0.4 else []) + [FALL(d, k)]
            nr = ctx.calc(els, 'No repeated digit', None if var == 'atleast' else cx['unit'], mr.choice(['That gives', None]))
        if var == 'atleast':
            ctx.step(mr.choice(['Use the complement', 'Subtract']))
            ctx.say(mr.choice(['"At least one repeat" is everything except the codes with no repeats.',
                               'Counting the complement is easier: total minus the codes with all different digits.']))
            v = ctx.calc([SUB(tot, nr)], 'At least one repeat', cx['unit'], mr.choice(['So', None]))
        elif var == 'all':
            v = tot
        elif var == 'norep':
            v = nr
        else:
            ctx.step('Count the choices')
            ctx.say('The first digit has 9 choices (1–9); each of the other %s digits has 10.' % words(k - 1))
            v = ctx.calc([MUL(9, POW(10, k - 1)), MUL(9, 10 ** (k - 1))], 'Passcodes', cx['unit'], mr.choice(['Total:', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 11
class Venn2(Kind):
    name = 'venn2'
    contexts = [
        dict(q="In a class of {T} students, {a} take Spanish, {b} take French, and {c} take both. How many students take neither language?",
             A='Spanish', B='French', who='students', ask='neither', ans='{v} students take neither language'),
        dict(q="In a survey of {T} families, {a} have a dog, {b} have a cat, and {c} have both. How many families have at least one of these pets?",
             A='dog', B='cat', who='families', ask='union', ans='{v} families have a dog or a cat'),
        dict(q="Of the {T} students in a grade, {a} play soccer, {b} play basketball, and {c} play both. How many students play exactly one of the two sports?",
             A='soccer', B='basketball', who='students', ask='one', ans='{v} students play exactly one sport'),
        dict(q="At a meeting of {T} people, {a} drank coffee, {b} drank tea, and {c} drank both. How many drank neither?",
             A='coffee', B='tea', who='people', ask='neither', ans='{v} people drank neither'),
        dict(q="Of {T} people asked, {a} read a newspaper, {b} read a magazine, and {c} read both. How many read at least one of them?",
             A='newspaper', B='magazine', who='people', ask='union', ans='{v} people read at least one'),
        dict(q="{T} households were surveyed: {a} subscribe to StreamFlix, {b} subscribe to ViewMax, and {c} subscribe to both. How many subscribe to neither service?",
             A='StreamFlix', B='ViewMax', who='households', ask='neither', ans='{v} households subscribe to neither'),
        dict(q="At a party with {T} guests, {a} ate pizza, {b} ate tacos, and {c} ate both. How many guests ate neither?",
             A='pizza', B='tacos', who='guests', ask='neither', ans='{v} guests ate neither'),
        dict(q="In a school of {T} students, {a} are in band, {b} are in choir, and {c} are in both. How many are in band or choir but not both?",
             A='band', B='choir', who='students', ask='one', ans='{v} students are in exactly one of the two'),
    ]

    def params(self, rng, cx):
        c = rng.randint(2, 15)
        a = c + rng.randint(2, 25)
        b = c + rng.randint(2, 25)
        u = a + b - c
        T = u + rng.randint(1, 20)
        return dict(T=T, a=a, b=b, c=c)

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        T, a, b, c = p['T'], p['a'], p['b'], p['c']
        f = ctx.f
        ask = cx['ask']
        A, B = cx['A'], cx['B']
        if ask == 'one':
            ctx.intro(mr.choice(['Draw a Venn diagram with two overlapping circles and fill in the regions.',
                                 'Split each group into "only" and "both".']))
            ctx.step('Only %s' % A)
            oa = ctx.calc([SUB(a, c)], 'Only ' + A, None, mr.choice(['Only %s:' % A, None]))
            ctx.step('Only %s' % B)
            ob = ctx.calc([SUB(b, c)], 'Only ' + B, None, mr.choice(['Only %s:' % B, None]))
            ctx.step('Add the two "only" regions')
            v = ctx.calc([ADD(oa, ob)], 'Exactly one', cx['who'], mr.choice(['Exactly one:', None]))
            if mr.random() < 0.5:
                ctx.check([ADD(oa, ob, c, T - a - b + c)])
                ctx.say('(the four regions add up to the %s %s)' % (f(T), cx['who']))
            ctx.answer(v, cx['ans'])
            return
        ctx.intro(mr.choice(['Use inclusion-exclusion: add the two groups, then subtract the overlap because it was counted twice.',
                             'The %s who are in both groups get counted twice if we just add, so we subtract them once.' % cx['who']]))
        ctx.step(mr.choice(['Find how many are in at least one group', 'Apply inclusion-exclusion']))
        lab = '%s or %s' % (A, B)
        u = ctx.calc([SUMS([('+', a), ('+', b), ('-', c)])], cap(lab), None if ask == 'neither' else cx['who'],
                     mr.choice(['The number with %s or %s (or both) is' % (A, B), None]))
        if ask == 'union':
            v = u
            if mr.random() < 0.5:
                ctx.check([ADD(a - c, b - c, c)])
        else:
            ctx.step('Subtract from the total')
            ctx.say('Everyone else is in neither group.')
            v = ctx.calc([SUB(T, u)], 'Neither', cx['who'], mr.choice(['So', 'Neither:', None]))
            if mr.random() < 0.5:
                ctx.check([ADD(u, v)])
        ctx.answer(v, cx['ans'])


def cap(s):
    return s[:1].upper() + s[1:]


# =========================================================================== 12
class Venn3(Kind):
    name = 'venn3'
    contexts = [
        dict(q="In a group of {T} students, {a} like soccer, {b} like basketball and {c} like tennis. {ab} like soccer and basketball, {ac} like soccer and tennis, {bc} like basketball and tennis, and {abc} like all three. How many like none of the three sports?",
             n=('soccer', 'basketball', 'tennis'), who='students', ask='none', ans='{v} students like none of the three'),
        dict(q="Of {T} employees, {a} speak French, {b} speak German and {c} speak Spanish. {ab} speak French and German, {ac} speak French and Spanish, {bc} speak German and Spanish, and {abc} speak all three. How many speak at least one of these languages?",
             n=('French', 'German', 'Spanish'), who='employees', ask='union', ans='{v} employees speak at least one of them'),
        dict(q="A pet survey of {T} families found {a} with dogs, {b} with cats and {c} with fish; {ab} have dogs and cats, {ac} have dogs and fish, {bc} have cats and fish, and {abc} have all three. How many families have none of these pets?",
             n=('dogs', 'cats', 'fish'), who='families', ask='none', ans='{v} families have none of these pets'),
        dict(q="At a picnic with {T} people, {a} ate apples, {b} ate bananas and {c} ate cherries. {ab} ate apples and bananas, {ac} ate apples and cherries, {bc} ate bananas and cherries, and {abc} ate all three. How many people ate none of these fruits?",
             n=('apples', 'bananas', 'cherries'), who='people', ask='none', ans='{v} people ate none of the fruits'),
        dict(q="In a class of {T}, {a} students take art, {b} take music and {c} take drama. {ab} take art and music, {ac} take art and drama, {bc} take music and drama, and {abc} take all three. How many students take at least one of these classes?",
             n=('art', 'music', 'drama'), who='students', ask='union', ans='{v} students take at least one of the classes'),
        dict(q="{T} households were asked about three streaming services. {a} use service A, {b} use service B and {c} use service C; {ab} use A and B, {ac} use A and C, {bc} use B and C, and {abc} use all three. How many households use none of them?",
             n=('A', 'B', 'C'), who='households', ask='none', ans='{v} households use none of the services'),
    ]

    def params(self, rng, cx):
        abc = rng.randint(1, 5)
        abo, aco, bco = rng.randint(1, 7), rng.randint(1, 7), rng.randint(1, 7)
        ao, bo, co = rng.randint(2, 15), rng.randint(2, 15), rng.randint(2, 15)
        none = rng.randint(2, 12)
        a = ao + abo + aco + abc
        b = bo + abo + bco + abc
        c = co + aco + bco + abc
        T = ao + bo + co + abo + aco + bco + abc + none
        return dict(T=T, a=a, b=b, c=c, ab=abo + abc, ac=aco + abc, bc=bco + abc, abc=abc)

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        T, a, b, c, ab, ac, bc, abc = (p[x] for x in ('T', 'a', 'b', 'c', 'ab', 'ac', 'bc', 'abc'))
        ctx.intro(mr.choice(['For three sets, inclusion-exclusion says: |A ∪ B ∪ C| = |A| + |B| + |C| − |A ∩ B| − |A ∩ C| − |B ∩ C| + |A ∩ B ∩ C|.',
                             'Use the inclusion-exclusion principle for three groups: add the singles, subtract the pairs, add back the triple.']))
        if mr.random() < 0.55:
            ctx.step('Add the three groups')
            s1 = ctx.calc([ADD(a, b, c)], 'Sum of singles', None, mr.choice(['Singles:', None]))
            ctx.step('Add the pairwise overlaps')
            s2 = ctx.calc([ADD(ab, ac, bc)], 'Sum of pairs', None, mr.choice(['Pairs:', None]))
            ctx.step('Combine')
            u = ctx.calc([SUMS([('+', s1), ('-', s2), ('+', abc)])], 'At least one', None if cx['ask'] == 'none' else cx['who'],
                         mr.choice(['At least one:', 'So the union is', None]))
        else:
            ctx.step('Apply inclusion-exclusion')
            u = ctx.calc([SUMS([('+', a), ('+', b), ('+', c), ('-', ab), ('-', ac), ('-', bc), ('+', abc)])],
                         'At least one', None if cx['ask'] == 'none' else cx['who'],
                         mr.choice(['The number in at least one group is', None]))
        if cx['ask'] == 'none':
            ctx.step('Subtract from the total')
            v = ctx.calc([SUB(T, u)], 'None', cx['who'], mr.choice(['None of the three:', 'So', None]))
        else:
            v = u
        ctx.answer(v, cx['ans'])


# =========================================================================== 13
class Complement(Kind):
    name = 'complement'
    contexts = [
        dict(q="A coin is flipped {n} times and the sequence of heads and tails is recorded. How many of the possible sequences contain at least one head?",
             b=2, nb=1, none_desc='all tails', unit='sequences', ans='{v} sequences have at least one head'),
        dict(q="A die is rolled {n} times and the results are recorded in order. How many of the possible sequences include at least one 6?",
             b=6, nb=5, none_desc='no 6 at all (only 1–5 on every roll)', unit='sequences', ans='{v} sequences include at least one 6'),
        dict(q="A password is {n} lowercase letters, and letters may repeat. How many passwords contain at least one vowel (a, e, i, o, u)?",
             b=26, nb=21, none_desc='no vowels (only the 21 consonants)', unit='passwords', ans='{v} passwords contain a vowel'),
        dict(q="A quiz has {n} true/false questions. In how many ways can a student fill in the answers so that at least one answer is 'true'?",
             b=2, nb=1, none_desc="every answer 'false'", unit='ways', ans='there are {v} ways'),
        dict(q="How many {n}-digit codes (digits 0–9, repetition allowed) contain at least one 7?",
             b=10, nb=9, none_desc='no 7 (only the other 9 digits)', unit='codes', ans='{v} codes contain at least one 7'),
        dict(q="A spinner with {s} equal sections numbered 1 to {s} is spun {n} times. How many ordered results include at least one 1?",
             b=None, nb=None, none_desc='no 1 at all', unit='results', ans='{v} results include at least one 1'),
        dict(q="A quiz has {n} multiple-choice questions, each with 4 options (A–D). In how many ways can a student answer every question so that at least one answer is A?",
             b=4, nb=3, none_desc='no A (only B, C, D)', unit='ways', ans='a student can answer in {v} ways'),
    ]

    def params(self, rng, cx):
        b = cx['b']
        if b is None:
            s = rng.randint(3, 8)
            return dict(n=rng.randint(2, 4), s=s)
        if b == 2:
            return dict(n=rng.randint(3, 10))
        if b >= 10:
            return dict(n=rng.randint(2, 5))
        return dict(n=rng.randint(2, 6))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        b = cx['b'] or p['s']
        nb = cx['nb'] if cx['b'] else p['s'] - 1
        f = ctx.f
        ctx.intro(mr.choice(['"At least one" is easiest with the complement: total minus the ones with none.',
                             'Count everything, then subtract the outcomes that have none.']))
        ctx.step('Count all outcomes')
        els = [POW(b, n)] + ([MUL(*[b] * n)] if n <= 4 and mr.random() < 0.5 else [])
        tot = ctx.calc(els, 'All ' + cx['unit'], None, mr.choice(['Total:', 'The total number of %s is' % cx['unit'], 'With no restriction there are', None]))
        ctx.step('Count the outcomes with none')
        if nb == 1:
            ctx.say('Only one outcome has none: %s.' % cx['none_desc'])
            none = 1
        else:
            ctx.say('The ones with none are those with %s.' % cx['none_desc'])
            els = [POW(nb, n)] + ([MUL(*[nb] * n)] if n <= 4 and mr.random() < 0.5 else [])
            none = ctx.calc(els, 'None', None, mr.choice(['That is', 'The number with none is', None]))
        ctx.step('Subtract')
        v = ctx.calc([SUB(tot, none)], 'At least one', cx['unit'], mr.choice(['So', 'At least one:', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 14
class Grid(Kind):
    name = 'grid_paths'
    contexts = [
        dict(q="Lena's school is {r} blocks east and {u} blocks north of her home. If she always walks east or north along the streets, how many different shortest routes can she take?",
             R='east', U='north', unit='routes', ans='she can take {v} different routes'),
        dict(q="A robot starts at the top-left corner of a grid and can only move right or down. To reach the target it must move {r} squares right and {u} squares down. How many different paths can it take?",
             R='right', U='down', unit='paths', ans='the robot can take {v} paths'),
        dict(q="How many paths are there from (0, 0) to ({r}, {u}) if each step moves one unit right or one unit up?",
             R='right', U='up', unit='paths', ans='there are {v} paths'),
        dict(q="An ant walks along the lines of a {r} by {u} grid from the bottom-left corner to the top-right corner, moving only right or up. How many paths can it take?",
             R='right', U='up', unit='paths', ans='the ant can take {v} paths'),
        dict(q="How many different arrangements of {r} R's and {u} U's are there? (Each arrangement describes a path on a grid.)",
             R='R', U='U', unit='arrangements', ans='there are {v} arrangements'),
        dict(q="A taxi must drive {r} blocks east and {u} blocks south to reach the station, using only east and south moves. How many shortest routes are there?",
             R='east', U='south', unit='routes', ans='there are {v} shortest routes'),
    ]

    def params(self, rng, cx):
        return dict(r=rng.randint(2, 7), u=rng.randint(2, 6))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        r, u = p['r'], p['u']
        f = ctx.f
        ctx.intro(mr.choice(['Every path is a sequence of moves; we only need to decide which moves are %s.' % cx['R'],
                             'Each shortest path is an arrangement of the %s moves and the %s moves.' % (cx['R'], cx['U'])]))
        ctx.step('Count the moves')
        m = ctx.calc([ADD(r, u)], 'Total moves', 'moves', mr.choice(['The total number of moves is', None]))
        ctx.step('Choose the positions of the %s moves' % cx['R'])
        ctx.say('Out of the %s moves, we choose which %s are %s.' % (f(m), f(r), cx['R']))
        if mr.random() < 0.35:
            top = ctx.calc(fc(m), 'Numerator', None, None)
            den = ctx.calc([MUL(FACT(r), FACT(m - r)), MUL(math.factorial(r), math.factorial(m - r))], 'Denominator', None, None)
            v = ctx.calc([DIV(top, den)], 'Paths', cx['unit'], mr.choice(['So', None]))
        else:
            v = ctx.calc(cchain(m, r, mr), 'Paths', cx['unit'], mr.choice(['The number of %s is' % cx['unit'], None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 15
class GridVia(Kind):
    name = 'grid_via'
    contexts = [
        dict(q="On a city grid, Kai walks from home to the library, which is {R} blocks east and {U} blocks north, always going east or north. He must stop at a bakery that is {r1} blocks east and {u1} blocks north of home. How many shortest routes pass through the bakery?",
             var='via', unit='routes', ans='{v} shortest routes pass through the bakery'),
        dict(q="How many paths from (0, 0) to ({R}, {U}) that use only unit steps right or up pass through the point ({r1}, {u1})?",
             var='via', unit='paths', ans='{v} paths pass through that point'),
        dict(q="A robot moves only right or up from (0, 0) to ({R}, {U}). There is a puddle at ({r1}, {u1}) that it must avoid. How many paths avoid the puddle?",
             var='avoid', unit='paths', ans='{v} paths avoid the puddle'),
        dict(q="Mia walks {R} blocks east and {U} blocks north to school, always east or north. The corner {r1} blocks east and {u1} blocks north of her home is closed for construction. How many shortest routes avoid that corner?",
             var='avoid', unit='routes', ans='{v} routes avoid the closed corner'),
        dict(q="A delivery robot must go from (0, 0) to ({R}, {U}) with moves right or up, and it has to stop at a charging station at ({r1}, {u1}). How many different paths can it take?",
             var='via', unit='paths', ans='the robot can take {v} paths'),
    ]

    def params(self, rng, cx):
        r1, u1 = rng.randint(1, 3), rng.randint(1, 3)
        r2, u2 = rng.randint(1, 3), rng.randint(1, 3)
        return dict(R=r1 + r2, U=u1 + u2, r1=r1, u1=u1)

    def problem(self, cx, p):
        q = cx['q'].format(**p)
        return q.replace(' 1 blocks', ' 1 block')

    def leg(self, ctx, r, u, mr, lab):
        return ctx.calc(cchain(r + u, r, mr), lab, None, mr.choice(['%s:' % lab, None]))

    def solve(self, ctx, cx, p, mr):
        R, U, r1, u1 = p['R'], p['U'], p['r1'], p['u1']
        r2, u2 = R - r1, U - u1
        f = ctx.f
        ctx.intro(mr.choice(['Split each path at the special point: first leg, then second leg.',
                             'Count the paths to the point and from the point, then multiply.']))
        ctx.step('First leg')
        ctx.say('From the start to (%d, %d): %s right and %s up, so %s moves in all.' % (r1, u1, f(r1), f(u1), f(r1 + u1)))
        x = self.leg(ctx, r1, u1, mr, 'Paths for the first leg')
        ctx.step('Second leg')
        ctx.say('From there to the end: %s right and %s up.' % (f(r2), f(u2)))
        y = self.leg(ctx, r2, u2, mr, 'Paths for the second leg')
        ctx.step('Multiply')
        t = ctx.calc([MUL(x, y)], 'Paths through the point', None if cx['var'] == 'avoid' else cx['unit'],
                     mr.choice(['Paths through the point:', None]))
        if cx['var'] == 'avoid':
            ctx.step('Count all paths')
            ctx.say('All paths: %s right and %s up.' % (f(R), f(U)))
            tot = ctx.calc(cchain(R + U, R, mr), 'All paths', None, mr.choice(['All paths:', None]))
            ctx.step('Subtract')
            v = ctx.calc([SUB(tot, t)], 'Paths that avoid the point', cx['unit'], mr.choice(['So', None]))
        else:
            v = t
        ctx.answer(v, cx['ans'])


# =========================================================================== 16
class Tree(Kind):
    name = 'tree_list'
    COLORS = ['Red', 'Blue', 'Green', 'Yellow', 'Purple']
    contexts = [
        dict(q="A coin is tossed and then a spinner numbered 1 to {k} is spun. Use a tree diagram to list all the outcomes. How many outcomes are there?",
             var='coin_num', unit='outcomes', ans='there are {v} outcomes'),
        dict(q="A spinner has {k} colors ({colors}). It is spun once and then a coin is tossed. List the outcomes with a tree diagram. How many are there?",
             var='color_coin', unit='outcomes', ans='there are {v} possible outcomes'),
        dict(q="A family has {k} children. Using B for boy and G for girl, list all the possible birth orders with a tree diagram. How many of them have exactly {j} girls?",
             var='kids', unit='orders', ans='{v} birth orders have exactly the right number of girls'),
        dict(q="Two-digit numbers are made from the digits {digits}, using a different digit in each place. List them with a tree diagram. How many numbers can be made?",
             var='digits', unit='numbers', ans='{v} numbers can be made'),
        dict(q="A snack box has one of {k} fruits ({fruits}) and one of 3 drinks (milk, juice, water). Make a tree diagram of all the snack boxes. How many are there?",
             var='snack', unit='snack boxes', ans='there are {v} snack boxes'),
        dict(q="A coin is tossed {k} times. List every sequence of heads (H) and tails (T) in a tree diagram. How many sequences have exactly {j} heads?",
             var='coins', unit='sequences', ans='{v} sequences have exactly that many heads'),
    ]
    FRUITS = ['apple', 'banana', 'pear', 'orange', 'plum']

    def params(self, rng, cx):
        v = cx['var']
        if v == 'coin_num':
            return dict(k=rng.randint(3, 8))
        if v == 'color_coin' or v == 'snack':
            return dict(k=rng.randint(2, 5))
        if v in ('kids', 'coins'):
            k = rng.randint(3, 4)
            return dict(k=k, j=rng.randint(1, k - 1))
        if v == 'digits':
            k = rng.randint(3, 5)
            ds = sorted(rng.sample(range(1, 10), k))
            return dict(k=k, ds=''.join(map(str, ds)))

    def key(self, p):
        return tuple(sorted(p.items()))

    def problem(self, cx, p):
        d = dict(p)
        d['colors'] = join_and([c.lower() for c in self.COLORS[:p['k']]])
        d['fruits'] = join_and(self.FRUITS[:p['k']])
        if 'ds' in p:
            d['digits'] = join_and(list(p['ds']))
        return cx['q'].format(**d)

    def solve(self, ctx, cx, p, mr):
        v = cx['var']
        k = p['k']
        f = ctx.f
        arrow = mr.choice(['→', '->', ':'])
        ctx.intro(mr.choice(['A tree diagram lists every outcome branch by branch.',
                             "Let's draw the tree: first branch for the first choice, then a branch for the second choice."]))
        if v in ('kids', 'coins'):
            sym = 'BG' if v == 'kids' else 'TH'
            tgt = 'G' if v == 'kids' else 'H'
            j = p['j']
            seqs = [''.join(s) for s in _prod(sym, k)]
            ctx.step('List all the sequences')
            lines = []
            for first in sym:
                grp = [s for s in seqs if s[0] == first]
                lines.append('%s %s %s' % (first, arrow, ', '.join(grp)))
            ctx.listing(lines, 'tree')
            ctx.say('That is %s sequences in all.' % f(len(seqs)))
            ctx.step('Pick out the ones with exactly %s %s' % (words(j), 'girls' if v == 'kids' else 'heads'))
            lines = []
            cnts = []
            for first in sym:
                grp = [s for s in seqs if s[0] == first and s.count(tgt) == j]
                cnts.append(len(grp))
                lines.append('Starting with %s: %s (%s)' % (first, ', '.join(grp) if grp else 'none', words(len(grp))))
            ctx.listing(lines, 'cases')
            val = ctx.calc([ADD(*cnts)], 'Matching sequences', cx['unit'], mr.choice(['Adding the two branches:', 'Total:', None]))
            ctx.check([CH(k, j)])
            ctx.answer(val, cx['ans'])
            return
        if v == 'coin_num':
            A = ['H', 'T']
            B = [str(i) for i in range(1, k + 1)]
            sep = ''
        elif v == 'color_coin':
            A = self.COLORS[:k]
            B = ['H', 'T']
            sep = '-'
        elif v == 'snack':
            A = [x.capitalize() for x in self.FRUITS[:k]]
            B = ['milk', 'juice', 'water']
            sep = ' + '
        else:
            ds = list(p['ds'])
            A = ds
            B = None
            sep = ''
        ctx.step('Draw the tree')
        lines, cnts = [], []
        for a in A:
            outs = [a + sep + b for b in (B if B is not None else [d for d in ds if d != a])]
            cnts.append(len(outs))
            lines.append('%s %s %s' % (a, arrow, ', '.join(outs)))
        ctx.listing(lines, 'tree')
        ctx.step('Count the outcomes')
        ctx.say('Each of the %s first branches has %s outcomes.' % (words(len(A)), words(cnts[0])))
        val = ctx.calc([ADD(*cnts)], 'Total ' + cx['unit'], cx['unit'], mr.choice(['Adding the branches:', 'Total:', None]))
        ctx.check([MUL(len(A), cnts[0])])
        ctx.answer(val, cx['ans'])


def _prod(sym, k):
    if k == 0:
        return [[]]
    return [[s] + rest for s in sym for rest in _prod(sym, k - 1)]


# =========================================================================== 17
class Cases(Kind):
    name = 'cases_sum'
    contexts = [
        dict(q="A committee of {s} people is chosen from {W} women and {M} men. How many committees have at least {t} women?",
             w='women', m='men', w1='woman', m1='man', unit='committees', ans='{v} committees have at least {t} women'),
        dict(q="A bag holds {W} red marbles and {M} blue marbles, all different. In how many ways can you choose {s} marbles so that at least {t} are red?",
             w='red marbles', m='blue marbles', w1='red marble', m1='blue marble', unit='ways', ans='there are {v} ways'),
        dict(q="A caterer has {W} vegetarian dishes and {M} meat dishes. A party platter uses {s} different dishes, with at least {t} of them vegetarian. How many platters are possible?",
             w='vegetarian dishes', m='meat dishes', w1='vegetarian dish', m1='meat dish', unit='platters', ans='{v} platters are possible'),
        dict(q="A team of {s} is picked from {W} seniors and {M} juniors. How many teams contain at least {t} seniors?",
             w='seniors', m='juniors', w1='senior', m1='junior', unit='teams', ans='{v} teams have at least {t} seniors'),
        dict(q="From {W} novels and {M} biographies, Omar chooses {s} books for a trip. In how many ways can he choose if at least {t} must be novels?",
             w='novels', m='biographies', w1='novel', m1='biography', unit='ways', ans='he can choose in {v} ways'),
        dict(q="A quiz team of {s} students is formed from {W} girls and {M} boys. How many teams have at least {t} girls?",
             w='girls', m='boys', w1='girl', m1='boy', unit='teams', ans='{v} teams have at least {t} girls'),
    ]

    def params(self, rng, cx):
        s = rng.choice([3, 3, 4])
        t = s - 1
        return dict(s=s, t=t, W=rng.randint(s + 1, 9), M=rng.randint(2, 8))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        s, t, W, M = p['s'], p['t'], p['W'], p['M']
        f = ctx.f
        ctx.intro(mr.choice(['"At least %s" splits into cases: exactly %s, or exactly %s. We count each case and add.' % (t, t, s),
                             'Break it into cases by how many %s are chosen.' % cx['w']]))
        totals = []
        for idx, j in enumerate(range(t, s + 1), 1):
            o = s - j
            wj = cx['w1'] if j == 1 else cx['w']
            mo = cx['m1'] if o == 1 else cx['m']
            ctx.step('Exactly %s %s%s' % (words(j), wj, (' and %s %s' % (words(o), mo)) if o else ''))
            x = ctx.calc(cchain(W, j, mr), 'Ways to pick the ' + cx['w'], None,
                         mr.choice(['Choose %s of the %s %s:' % (f(j), f(W), cx['w']), None]))
            if o == 0:
                ctx.say('No %s are needed here.' % cx['m'])
                totals.append(x)
            elif o == 1:
                ctx.say('There are %s ways to pick the one %s.' % (f(M), cx['m1']))
                totals.append(ctx.calc([MUL(x, M)], 'Case total', None, mr.choice(['Case %d total:' % idx, None])))
            else:
                y = ctx.calc(cchain(M, o, mr), 'Ways to pick the ' + cx['m'], None, None)
                totals.append(ctx.calc([MUL(x, y)], 'Case total', None, mr.choice(['Case %d total:' % idx, None])))
        ctx.step('Add the cases')
        v = ctx.calc([ADD(*totals)], 'Total', cx['unit'], mr.choice(['Adding the cases:', 'Total:', None]))
        ctx.answer(v, cx['ans'].replace('{t}', words(t)))


# =========================================================================== 18
class Digits(Kind):
    name = 'digit_numbers'
    contexts = [
        dict(q="Using the digits {digits}, each at most once, how many {L}-digit even numbers can be formed?", var='even', ans='{v} even numbers can be formed'),
        dict(q="Using the digits {digits} with no digit repeated, how many {L}-digit odd numbers can you make?", var='odd', ans='you can make {v} odd numbers'),
        dict(q="How many {L}-digit numbers can be formed from the digits {digits} if no digit may be used twice?", var='any', ans='{v} numbers can be formed'),
        dict(q="How many {L}-digit even numbers can be made from the digits {digits} if digits may be repeated?", var='rep_even', ans='{v} even numbers can be made'),
        dict(q="A {L}-digit code is made from the digits {digits}, and the digits can repeat. How many codes end in an odd digit?", var='rep_odd', ans='{v} codes end in an odd digit'),
        dict(q="Cards showing the digits {digits} are used to make {L}-digit numbers (each card at most once). How many of the numbers are even?", var='even', ans='{v} of the numbers are even'),
    ]

    def params(self, rng, cx):
        n = rng.randint(4, 7)
        while True:
            ds = sorted(rng.sample(range(1, 10), n))
            ev_ = sum(1 for d in ds if d % 2 == 0)
            if 1 <= ev_ < n:
                break
        return dict(L=rng.randint(2, 4) if cx['var'] in ('rep_even', 'rep_odd') else rng.randint(3, min(4, n - 1)),
                    ds=''.join(map(str, ds)))

    def problem(self, cx, p):
        return cx['q'].format(L=p['L'], digits=join_and(list(p['ds'])))

    def solve(self, ctx, cx, p, mr):
        L = p['L']
        ds = [int(c) for c in p['ds']]
        n = len(ds)
        f = ctx.f
        var = cx['var']
        if var == 'any':
            ctx.intro('We fill the %s places in order, and no digit can be reused.' % words(L))
            ctx.step('Count the choices')
            ctx.say('There are %s digits, so the places have %s choices.' % (words(n), ', '.join(str(n - i) for i in range(L))))
            v = ctx.calc(([PERM(n, L)] if mr.random() < 0.5 else []) + [FALL(n, L)], 'Numbers', 'numbers',
                         mr.choice(['Total:', None]))
            ctx.answer(v, cx['ans'])
            return
        want = 0 if var in ('even', 'rep_even') else 1
        good = [d for d in ds if d % 2 == want]
        E = len(good)
        kind = 'even' if want == 0 else 'odd'
        ctx.intro(mr.choice(['The last digit decides whether the number is %s, so fill that place first.' % kind,
                             'Start with the restricted place (the ones digit), then fill the rest.']))
        ctx.step('Choose the last digit')
        ctx.say('The last digit must be %s: %s, so there %s %s choice%s.' % (
            kind, join_and([str(d) for d in good]), 'are' if E > 1 else 'is', words(E), 's' if E > 1 else ''))
        ctx.step('Fill the other places')
        if var in ('even', 'odd'):
            ctx.say('That leaves %s digits for the remaining %s places.' % (words(n - 1), words(L - 1)))
            rest = ctx.calc([FALL(n - 1, L - 1)], 'Other places', None, mr.choice(['The other places give', None]))
        else:
            ctx.say('Each of the other %s places can be any of the %s digits.' % (words(L - 1), words(n)))
            if L - 1 == 1:
                rest = n
                ctx.say('That is %s choices.' % f(n))
            else:
                rest = ctx.calc([POW(n, L - 1), MUL(*[n] * (L - 1))] if mr.random() < 0.5 else [POW(n, L - 1)],
                                'Other places', None, mr.choice(['The other places give', None]))
        ctx.step('Multiply')
        v = ctx.calc([MUL(rest, E)] if mr.random() < 0.5 else [MUL(E, rest)], 'Total', 'numbers' if var in ('even', 'odd') else None,
                     mr.choice(['Total:', 'So', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 19
class Word(Kind):
    name = 'word_arrangements'
    WORDS = ['BANANA', 'LETTER', 'APPLE', 'BALLOON', 'TOMATO', 'COFFEE', 'PEPPER', 'SUCCESS', 'LEVEL',
             'PIZZA', 'GOOGLE', 'CHEESE', 'ASSESS', 'COMMITTEE', 'MISSISSIPPI', 'STATISTICS', 'BOOKKEEPER',
             'ALGEBRA', 'PARALLEL', 'ADDRESS', 'KITTEN', 'BUBBLE', 'RABBIT', 'HAPPY', 'TEETH', 'CANADA',
             'SCHOOL', 'LOLLIPOP', 'TENNESSEE', 'GEOMETRY', 'PUPPY', 'MAMMAL', 'COOKBOOK', 'DEEDED',
             'ELEMENT', 'REFERENCE', 'SEE', 'NOON', 'TOOTH', 'CIRCLE']
    contexts = [
        dict(q="How many different arrangements of the letters in the word {W} are there?"),
        dict(q="In how many distinct ways can the letters of {W} be arranged?"),
        dict(q="Letter tiles spelling {W} are mixed up in a bag. How many different strings can be made using all of the tiles?"),
        dict(q="How many different {n}-letter 'words' (they don't have to be real words) can be formed by rearranging all the letters of {W}?"),
        dict(q="In how many distinct orders can the letters of {W} be written in a row?"),
        dict(q="A puzzle asks for the number of distinct rearrangements of {W}, counting the original spelling. What is it?"),
    ]

    def params(self, rng, cx):
        while True:
            w = rng.choice(self.WORDS)
            cnt = {}
            for ch in w:
                cnt[ch] = cnt.get(ch, 0) + 1
            if max(cnt.values()) >= 2 and len(w) >= 4:
                return dict(W=w)

    def problem(self, cx, p):
        return cx['q'].format(W=p['W'], n=len(p['W']))

    def solve(self, ctx, cx, p, mr):
        w = p['W']
        n = len(w)
        f = ctx.f
        order, cnt = [], {}
        for ch in w:
            if ch not in cnt:
                order.append(ch)
            cnt[ch] = cnt.get(ch, 0) + 1
        reps = [(ch, cnt[ch]) for ch in order if cnt[ch] > 1]
        ctx.intro(mr.choice(['Some letters repeat, so we divide the total arrangements by the arrangements of each repeated letter.',
                             'This is a permutation with repeated letters: n!/(a! b! ...).']))
        ctx.step('Count the letters')
        desc_ = ', '.join('%s appears %s times' % (ch, words(c)) for ch, c in reps)
        ctx.say('%s has %s letters: %s%s.' % (w, words(n), desc_,
                                             '' if len(reps) == len(order) else ', and the other letters appear once'))
        facts = [FACT(c) for _, c in reps]
        fvals = [math.factorial(c) for _, c in reps]
        if mr.random() < 0.5:
            ctx.step('Divide the factorials')
            els = [DIV(FACT(n), MUL(*facts) if len(facts) > 1 else facts[0])]
            els.append(DIV(math.factorial(n), MUL(*fvals) if len(fvals) > 1 else fvals[0]))
            if len(fvals) > 1:
                els.append(DIV(math.factorial(n), math.prod(fvals)))
            v = ctx.calc(els, 'Arrangements', 'arrangements', mr.choice(['The number of arrangements is', None]))
        else:
            ctx.step('Arrangements if all letters were different')
            top = ctx.calc(fc(n), 'All orders', None, None)
            ctx.step('Divide out the repeats')
            if len(facts) > 1:
                den = ctx.calc([MUL(*facts), MUL(*fvals)], 'Repeat orders', None, mr.choice(['The repeats give', None]))
            else:
                den = ctx.calc([facts[0]] + ([desc(reps[0][1])] if reps[0][1] > 2 else []), 'Repeat orders', None, None)
            v = ctx.calc([DIV(top, den)], 'Arrangements', 'arrangements', mr.choice(['So', None]))
        ctx.answer(v, 'there are {v} distinct arrangements')


# =========================================================================== 20
class Circular(Kind):
    name = 'circular'
    contexts = [
        dict(q="In how many ways can {n} people sit around a round table if seatings that are rotations of each other count as the same?", var='plain', who='people', ans='there are {v} seatings'),
        dict(q="{n} children hold hands in a circle. How many different circles can they form (rotations count as the same)?", var='plain', who='children', ans='they can form {v} different circles'),
        dict(q="{n} friends sit around a round table. Two of them, Ana and Bo, must sit next to each other. How many seatings are possible if rotations count as the same?", var='together', who='friends', ans='{v} seatings are possible'),
        dict(q="King Arthur's round table seats {n} knights. In how many distinct ways can they be seated, counting rotations as the same?", var='plain', who='knights', ans='the knights can be seated in {v} ways'),
        dict(q="{n} campers sit around a campfire. Seatings that are rotations of each other count as the same. In how many ways can they sit?", var='plain', who='campers', ans='they can sit in {v} ways'),
        dict(q="{n} guests sit at a round table, and the twins Lee and Kim insist on sitting side by side. How many arrangements are there (rotations count as the same)?", var='together', who='guests', ans='there are {v} arrangements'),
    ]

    def params(self, rng, cx):
        return dict(n=rng.randint(4, 9))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        f = ctx.f
        ctx.intro(mr.choice(['For a circle, fix one seat to remove the rotations.',
                             'Around a round table, only the relative order matters, so we fix one person and arrange the rest.']))
        if cx['var'] == 'plain':
            ctx.step('Fix one person')
            ctx.say('With one person fixed, the other %s %s can be arranged in %d! ways.' % (f(n - 1), cx['who'], n - 1))
            v = ctx.calc(fc(n - 1), 'Seatings', None, mr.choice(['That is', None]))
            if mr.random() < 0.4:
                ctx.check([DIV(FACT(n), n), DIV(math.factorial(n), n)])
        else:
            ctx.step('Glue the pair together')
            ctx.say('Treat the pair as one unit, so there are %s units around the table.' % f(n - 1))
            ctx.say('Fixing one unit, the others can be arranged in %d! ways.' % (n - 2))
            x = ctx.calc(fc(n - 2), 'Unit arrangements', None, None)
            ctx.step('The pair can swap')
            ctx.say('The two people in the pair can sit in 2 orders.')
            v = ctx.calc([MUL(x, 2)] if mr.random() < 0.5 else [MUL(2, x)], 'Seatings', None, mr.choice(['Total:', None]))
        ctx.answer(v, cx['ans'])


# =========================================================================== 21
class Multiples(Kind):
    name = 'multiples'
    PAIRS = [(2, 3), (3, 5), (4, 6), (6, 8), (3, 4), (5, 7), (4, 10), (6, 9), (2, 5), (3, 7), (6, 10), (4, 5), (2, 7), (8, 12)]
    contexts = [
        dict(q="How many whole numbers from 1 to {N} are divisible by {a} or {b}?", var='or', unit='numbers', ans='{v} numbers are divisible by {a} or {b}'),
        dict(q="How many whole numbers from 1 to {N} are divisible by neither {a} nor {b}?", var='neither', unit='numbers', ans='{v} numbers are divisible by neither'),
        dict(q="A row of {N} lockers is numbered 1 to {N}. A student paints every locker whose number is a multiple of {a} or a multiple of {b}. How many lockers get painted?", var='or', unit='lockers', ans='{v} lockers get painted'),
        dict(q="Raffle tickets are numbered 1 to {N}. A ticket wins a prize if its number is a multiple of {a} or of {b}. How many tickets win?", var='or', unit='tickets', ans='{v} tickets win'),
        dict(q="Raffle tickets are numbered 1 to {N}. A ticket wins if its number is a multiple of {a} or of {b}. How many tickets do not win?", var='neither', unit='tickets', ans='{v} tickets do not win'),
        dict(q="From day 1 to day {N}, Mia swims on every day that is a multiple of {a} and runs on every day that is a multiple of {b}. On how many days does she do at least one of the two?", var='or', unit='days', ans='she exercises on {v} days'),
    ]

    def params(self, rng, cx):
        a, b = rng.choice(self.PAIRS)
        return dict(N=rng.choice([50, 60, 75, 80, 100, 120, 150, 200, 250, 300, 500, 1000]), a=a, b=b)

    def problem(self, cx, p):
        return cx['q'].format(N='{:,}'.format(p['N']), a=p['a'], b=p['b'])

    def fl(self, ctx, N, d, mr, lab, rem):
        if rem:
            return ctx.calc([FLOOR(N, d)], lab, None, mr.choice(['%s:' % lab, None]), special=('rem', N, d))
        return ctx.calc([FLOOR(N, d)], lab, None, mr.choice(['%s:' % lab, None]))

    def solve(self, ctx, cx, p, mr):
        N, a, b = p['N'], p['a'], p['b']
        f = ctx.f
        rem = ctx.style in ('prose', 'chatty', 'gsm8k', 'forum', 'claude_bold', 'table', 'mistral_list') and mr.random() < 0.6
        ctx.intro(mr.choice(['Count the multiples of each number, then subtract the ones counted twice (inclusion-exclusion).',
                             'Use inclusion-exclusion with the multiples of %d, the multiples of %d, and the common multiples.' % (a, b)]))
        ctx.step('Multiples of %d' % a)
        q1 = self.fl(ctx, N, a, mr, 'Multiples of %d' % a, rem)
        ctx.step('Multiples of %d' % b)
        q2 = self.fl(ctx, N, b, mr, 'Multiples of %d' % b, rem)
        ctx.step('Multiples of both')
        ctx.say('A number divisible by both %d and %d is a multiple of their least common multiple.' % (a, b))
        els = [LCM(a, b)] + ([MUL(a, b)] if math.gcd(a, b) == 1 and mr.random() < 0.5 else [])
        L = ctx.calc(els, 'Least common multiple', None, mr.choice(['The least common multiple is', 'Their LCM is', 'LCM:']))
        q3 = self.fl(ctx, N, L, mr, 'Multiples of both', rem)
        ctx.step('Inclusion-exclusion')
        u = ctx.calc([SUMS([('+', q1), ('+', q2), ('-', q3)])], 'Divisible by at least one', None if cx['var'] == 'neither' else cx['unit'],
                     mr.choice(['Divisible by %d or %d:' % (a, b), None]))
        if cx['var'] == 'neither':
            ctx.step('Subtract from the total')
            v = ctx.calc([SUB(N, u)], 'Neither', cx['unit'], mr.choice(['So', 'Neither:', None]))
        else:
            v = u
        ctx.answer(v, cx['ans'].replace('{a}', str(a)).replace('{b}', str(b)))


# =========================================================================== 22
class Together(Kind):
    name = 'together_apart'
    contexts = [
        dict(q="{n} friends line up for a photo. Two of them, Ava and Ben, insist on standing next to each other. How many arrangements are possible?", var='together', who='friends', ans='{v} arrangements are possible'),
        dict(q="{n} friends line up for a photo, but Ava and Ben refuse to stand next to each other. How many arrangements are possible?", var='apart', who='friends', ans='{v} arrangements are possible'),
        dict(q="{n} different books are placed on a shelf, and the two volumes of a dictionary must be side by side. In how many ways can the books be arranged?", var='together', who='books', ans='the books can be arranged in {v} ways'),
        dict(q="{n} different books go on a shelf, but the two math books must not be next to each other. How many arrangements are there?", var='apart', who='books', ans='there are {v} arrangements'),
        dict(q="{n} kids stand in a line, and the twins want to stand together. How many different lines are possible?", var='together', who='kids', ans='{v} different lines are possible'),
    ]

    def params(self, rng, cx):
        return dict(n=rng.randint(4, 8))

    def problem(self, cx, p):
        return cx['q'].format(**p)

    def solve(self, ctx, cx, p, mr):
        n = p['n']
        f = ctx.f
        if cx['var'] == 'apart':
            ctx.intro(mr.choice(['Count all arrangements and subtract the ones where the two are together.',
                                 'Use the complement: total minus "together".']))
        else:
            ctx.intro('Glue the two together and treat them as a single block.')
        ctx.step('Arrangements with the pair together')
        ctx.say('As one block, there are %s items to arrange, which gives %d! orders, and the pair can be in 2 orders inside the block.' % (f(n - 1), n - 1))
        x = ctx.calc(fc(n - 1), 'Block arrangements', None, None)
        t = ctx.calc([MUL(2, x)] if mr.random() < 0.5 else [MUL(x, 2)], 'Together', None if cx['var'] == 'apart' else 'arrangements',
                     mr.choice(['Together:', 'So', None]))
        if cx['var'] == 'apart':
            ctx.step('All arrangements')
            y = ctx.calc(fc(n), 'All arrangements', None, mr.choice(['With no restriction:', None]))
            ctx.step('Subtract')
            v = ctx.calc([SUB(y, t)], 'Not together', 'arrangements', mr.choice(['Not together:', 'So', None]))
        else:
            v = t
        ctx.answer(v, cx['ans'])


# =========================================================================== 23
class Dice(Kind):
    name = 'dice_sums'
    contexts = [
        dict(q="Two fair dice are rolled. In how many of the outcomes is the sum at least {s}?", m=6, var='atleast', thing='dice', ans='{v} outcomes have a sum of at least {s}'),
        dict(q="Two dice are rolled. In how many outcomes is the sum at most {s}?", m=6, var='atmost', thing='dice', ans='{v} outcomes have a sum of at most {s}'),
        dict(q="Two spinners, each numbered 1 to {m}, are spun. How many of the outcomes give a sum of at least {s}?", m=None, var='atleast', thing='spinners', ans='{v} outcomes give a sum of at least {s}'),
        dict(q="A red number cube and a blue number cube (each 1–6) are rolled. In how many outcomes is the sum greater than {s1}?", m=6, var='gt', thing='cubes', ans='{v} outcomes have a sum greater than {s1}'),
        dict(q="Two spinners numbered 1 to {m} are spun. How many outcomes have a sum of at most {s}?", m=None, var='atmost', thing='spinners', ans='{v} outcomes have a sum of at most {s}'),
        dict(q="Two dice are rolled, and we record the pair of numbers. How many outcomes have a sum that is at least {s}? Also give the probability.", m=6, var='atleast', thing='dice', prob=True, ans='{v} outcomes have a sum of at least {s}'),
    ]

    def params(self, rng, cx):
        m = cx['m'] or rng.randint(4, 8)
        s = rng.randint(4, 2 * m - 1)
        return dict(m=m, s=s)

    def problem(self, cx, p):
        return cx['q'].format(m=p['m'], s=p['s'], s1=p['s'] - 1)

    def solve(self, ctx, cx, p, mr):
        m, s = p['m'], p['s']
        f = ctx.f
        if cx['var'] == 'atmost':
            want = list(range(2, s + 1))
        else:
            want = list(range(s, 2 * m + 1))
        other = [t for t in range(2, 2 * m + 1) if t not in want]
        comp = len(other) < len(want)
        ctx.intro(mr.choice(['List the outcomes by their sum.',
                             'There are %s × %s equally likely ordered outcomes; we count the ones we want by listing sums.' % (m, m)]))
        ctx.step('Total outcomes')
        tot = ctx.calc([MUL(m, m)] if mr.random() < 0.6 else [POW(m, 2), MUL(m, m)], 'Total outcomes', 'outcomes',
                       mr.choice(['Total:', 'The number of ordered outcomes is', None]))
        use = other if comp else want
        ctx.step('List the %s sums' % ('unwanted' if comp else 'wanted') if comp else 'List the sums we want')
        if comp:
            ctx.say(mr.choice(['It is quicker to count the outcomes we do NOT want.', 'Use the complement: count the sums we do not want.']))
        arrow = mr.choice(['→', '->', '—'])
        lines, cnts = [], []
        for t in use:
            pairs = [(i, t - i) for i in range(1, m + 1) if 1 <= t - i <= m]
            cnts.append(len(pairs))
            if not lines:
                fmtp = mr.choice(['({}, {})', '({},{})'])
                head = mr.choice(['Sum of %d:', 'Sum %d:', 'Sum = %d:'])
                worded = mr.random() < 0.3
            lines.append('%s %s %s %s %s' % (head % t, ', '.join(fmtp.format(*pr) for pr in pairs), arrow,
                                             words(len(pairs)) if worded else str(len(pairs)),
                                             'outcome' if len(pairs) == 1 else 'outcomes'))
        ctx.listing(lines, 'cases')
        ctx.step('Add them up')
        c = ctx.calc([ADD(*cnts)], 'Counted outcomes', None if comp else 'outcomes', mr.choice(['Adding:', 'Total:', None]))
        if comp:
            ctx.step('Subtract from the total')
            v = ctx.calc([SUB(tot, c)], 'Wanted outcomes', 'outcomes', mr.choice(['So', None]))
        else:
            v = c
        if cx.get('prob') or mr.random() < 0.25:
            fr = Fraction(v, tot)
            els = [DIV(v, tot)]
            if fr.denominator != tot:
                els.append(DIV(fr.numerator, fr.denominator))
            ctx.approx(els, round_dec(fr, 3), 'Probability', mr.choice(['The probability is', 'As a probability that is']))
        ctx.answer(v, cx['ans'].replace('{s}', str(s)).replace('{s1}', str(s - 1)))


KINDS = [Outfits2(), Menu3(), Handshake(), Ordered2(), Lineup(), Perm(), Committee(), Mixed(), Plates(), Pins(),
         Venn2(), Venn3(), Complement(), Grid(), GridVia(), Tree(), Cases(), Digits(), Word(), Circular(),
         Multiples(), Together(), Dice()]
