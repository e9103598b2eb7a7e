"""Contexts (scenarios) for the reading-data problems."""

DAYS5 = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']
DAYS7 = DAYS5 + ['Saturday', 'Sunday']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August']


def S(**kw):
    kw.setdefault('big', False)
    return kw


# Categorical count scenarios.
# what: plural noun counted; head: column heading; lw: label column heading
# more(a, b): question "how many more"; tot: question for the total
CAT = [
    S(id='library', labels=DAYS5, lw='Day', head='Books borrowed', unit='books',
      intro='The school library kept track of how many books were borrowed each day last week.',
      title='Books Borrowed', more='How many more books were borrowed on {a} than on {b}?',
      tot='How many books were borrowed during the whole week?', per='per day', lo=8, hi=42, key=(4, 6)),
    S(id='sport', labels=['Soccer', 'Basketball', 'Tennis', 'Swimming', 'Baseball', 'Volleyball'], lw='Sport',
      head='Votes', unit='votes', intro="Ms. Rivera's class voted for their favorite sport.",
      title='Favorite Sport', more='How many more votes did {a} get than {b}?',
      tot='How many votes were cast in all?', per='per sport', lo=3, hi=18, key=(4,)),
    S(id='fruit', labels=['Apples', 'Bananas', 'Oranges', 'Pears', 'Peaches', 'Plums'], lw='Fruit',
      head='Number sold', unit='pieces of fruit', intro='A fruit stand recorded how many of each fruit it sold on Saturday.',
      title='Fruit Sold on Saturday', more='How many more {a} than {b} were sold?',
      tot='How many pieces of fruit were sold altogether?', per='per type of fruit', lo=12, hi=64, key=(4, 6, 10)),
    S(id='cans', labels=['Class 3A', 'Class 3B', 'Class 4A', 'Class 4B', 'Class 5A', 'Class 5B'], lw='Class',
      head='Cans collected', unit='cans', intro='Classes at Hillside School collected cans for a food drive.',
      title='Food Drive Cans', more='How many more cans did {a} collect than {b}?',
      tot='How many cans did the classes collect in total?', per='per class', lo=18, hi=96, key=(4, 6, 10)),
    S(id='icecream', labels=['Vanilla', 'Chocolate', 'Strawberry', 'Mint', 'Mango', 'Cookie Dough'], lw='Flavor',
      head='Cones sold', unit='cones', intro='An ice cream truck counted the cones it sold of each flavor on one afternoon.',
      title='Ice Cream Cones Sold', more='How many more {a} cones than {b} cones were sold?',
      tot='How many cones were sold that afternoon?', per='per flavor', lo=6, hi=48, key=(4, 6)),
    S(id='museum', labels=DAYS7, lw='Day', head='Visitors', unit='visitors', big=True,
      intro='A small museum recorded its number of visitors each day for one week.',
      title='Museum Visitors', more='How many more visitors came on {a} than on {b}?',
      tot='How many visitors came during the week?', per='per day', lo=110, hi=480, key=(20, 40, 50)),
    S(id='pages', labels=['Ava', 'Ben', 'Chloe', 'Diego', 'Emma', 'Farid'], lw='Student', head='Pages read',
      unit='pages', intro='A group of friends recorded how many pages they read over the weekend.',
      title='Pages Read', more='How many more pages did {a} read than {b}?',
      tot='How many pages did the friends read altogether?', per='per student', lo=20, hi=95, key=(10, 4)),
    S(id='cars', labels=['Red', 'Blue', 'Black', 'White', 'Silver', 'Green'], lw='Color', head='Cars',
      unit='cars', intro='Jamal counted the cars of each color in the school parking lot.',
      title='Car Colors', more='How many more {a} cars than {b} cars were there?',
      tot='How many cars did Jamal count in all?', per='per color', lo=4, hi=36, key=(4,)),
    S(id='laps', labels=DAYS5, lw='Day', head='Laps swum', unit='laps',
      intro='Mia wrote down how many laps she swam at practice each day.', title="Mia's Laps",
      more='How many more laps did Mia swim on {a} than on {b}?', tot='How many laps did Mia swim that week?',
      per='per day', lo=10, hi=44, key=(4, 6)),
    S(id='bake', labels=['Cookies', 'Brownies', 'Muffins', 'Cupcakes', 'Pies', 'Scones'], lw='Item',
      head='Items sold', unit='items', intro='The PTA bake sale tracked how many of each item were sold.',
      title='Bake Sale', more='How many more {a} than {b} were sold?',
      tot='How many baked items were sold in total?', per='per item type', lo=8, hi=72, key=(4, 6, 8)),
    S(id='pets', labels=['Dogs', 'Cats', 'Fish', 'Birds', 'Hamsters', 'Rabbits'], lw='Pet', head='Students',
      unit='students', intro='Students in Grade 4 were asked which pet they have at home (each student picked one).',
      title='Our Pets', more='How many more students picked {a} than {b}?',
      tot='How many students answered the survey?', per='per pet', lo=2, hi=24, key=(4,)),
    S(id='points', labels=['Game 1', 'Game 2', 'Game 3', 'Game 4', 'Game 5', 'Game 6'], lw='Game',
      head='Points', unit='points', intro="The table lists the points the Falcons basketball team scored in each game.",
      title='Falcons Points', more='How many more points did the Falcons score in {a} than in {b}?',
      tot='How many points did the Falcons score in all these games?', per='per game', lo=38, hi=92, key=(4, 10)),
    S(id='trees', labels=['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4', 'Grade 5', 'Grade 6'], lw='Grade',
      head='Trees planted', unit='trees', intro='On Arbor Day, each grade planted trees around town.',
      title='Trees Planted', more='How many more trees did {a} plant than {b}?',
      tot='How many trees were planted altogether?', per='per grade', lo=6, hi=40, key=(4, 6)),
    S(id='tickets', labels=['Thursday', 'Friday', 'Saturday', 'Sunday'], lw='Day', head='Tickets sold',
      unit='tickets', big=True, intro='The school play sold tickets for four performances.',
      title='Play Tickets', more='How many more tickets were sold for {a} than for {b}?',
      tot='How many tickets were sold for all four performances?', per='per performance', lo=95, hi=420,
      key=(20, 50)),
    S(id='steps', labels=DAYS7, lw='Day', head='Steps', unit='steps', big=True,
      intro="Priya's fitness tracker recorded her steps each day.", title="Priya's Steps",
      more='How many more steps did Priya take on {a} than on {b}?', tot='How many steps did Priya take that week?',
      per='per day', lo=3200, hi=12800, key=(1000, 2000)),
    S(id='bottles', labels=MONTHS[:6], lw='Month', head='Bottles recycled', unit='bottles',
      intro='The recycling club counted bottles collected each month.', title='Bottles Recycled',
      more='How many more bottles were collected in {a} than in {b}?',
      tot='How many bottles were collected from January to June?', per='per month', lo=40, hi=260, key=(10, 20)),
]


def short(lab):
    """Day abbreviations the way models restate tables."""
    m = {'Monday': 'Mon', 'Tuesday': 'Tue', 'Wednesday': 'Wed', 'Thursday': 'Thu', 'Friday': 'Fri',
         'Saturday': 'Sat', 'Sunday': 'Sun', 'January': 'Jan', 'February': 'Feb', 'March': 'Mar',
         'April': 'Apr', 'May': 'May', 'June': 'Jun', 'July': 'Jul', 'August': 'Aug'}
    return m.get(lab, lab)
