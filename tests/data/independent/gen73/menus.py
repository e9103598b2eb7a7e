"""Menus, names and rates for the restaurant / bill-splitting genre."""

VENUES = {
    "diner": ("Rosie's Diner", [
        ("cheeseburger", "cheeseburgers", ["11.50", "12.95", "13.25"]),
        ("club sandwich", "club sandwiches", ["10.75", "11.25", "12.50"]),
        ("milkshake", "milkshakes", ["5.50", "6.25", "6.75"]),
        ("side of fries", "sides of fries", ["3.95", "4.25", "4.50"]),
        ("coffee", "coffees", ["2.25", "2.50", "2.75"]),
        ("stack of pancakes", "stacks of pancakes", ["8.99", "9.50", "9.75"]),
    ]),
    "pizza": ("Tony's Pizzeria", [
        ("large pizza", "large pizzas", ["16.99", "18.50", "19.75"]),
        ("order of garlic knots", "orders of garlic knots", ["5.99", "6.50"]),
        ("Caesar salad", "Caesar salads", ["8.25", "9.50"]),
        ("soda", "sodas", ["2.49", "2.75", "3.00"]),
        ("dozen wings", "dozen-wing orders", ["13.99", "14.50"]),
        ("cannoli", "cannoli", ["4.25", "4.75"]),
    ]),
    "sushi": ("Sakura Sushi", [
        ("dragon roll", "dragon rolls", ["14.50", "15.95"]),
        ("bowl of miso soup", "bowls of miso soup", ["3.50", "3.95"]),
        ("order of edamame", "orders of edamame", ["5.25", "5.75"]),
        ("bento box", "bento boxes", ["17.25", "18.99"]),
        ("pot of green tea", "pots of green tea", ["3.00", "3.25"]),
        ("salmon nigiri plate", "salmon nigiri plates", ["12.75", "13.50"]),
    ]),
    "taco": ("La Palma Taqueria", [
        ("taco plate", "taco plates", ["11.25", "12.49"]),
        ("carne asada burrito", "carne asada burritos", ["10.99", "11.75"]),
        ("chips and guacamole", "orders of chips and guacamole", ["7.50", "8.25"]),
        ("horchata", "horchatas", ["3.25", "3.75"]),
        ("quesadilla", "quesadillas", ["9.25", "9.95"]),
        ("order of churros", "orders of churros", ["5.50", "6.00"]),
    ]),
    "bistro": ("The Copper Pot", [
        ("ribeye", "ribeyes", ["32.00", "34.50", "36.95"]),
        ("mushroom risotto", "mushroom risottos", ["21.50", "22.75"]),
        ("glass of wine", "glasses of wine", ["11.00", "12.50", "13.75"]),
        ("plate of calamari", "plates of calamari", ["13.75", "14.25"]),
        ("creme brulee", "creme brulees", ["8.50", "9.25"]),
        ("sparkling water", "sparkling waters", ["4.00", "4.50"]),
    ]),
}
VLIST = ["diner", "pizza", "sushi", "taco", "bistro"]

NAMES = ["Maya", "Jordan", "Priya", "Luis", "Hannah", "Omar", "Chloe", "Dev", "Sofia", "Marcus", "Elena", "Ben"]
APPS = ["nachos", "spinach dip", "calamari", "wings platter", "cheese board", "edamame platter"]
DRINKS = [("draft beer", "7.50"), ("house margarita", "9.00"), ("glass of house wine", "10.50"),
          ("well cocktail", "8.75"), ("craft IPA", "7.25"), ("mojito", "11.00")]
HH_APPS = [("sliders", "10.50"), ("loaded fries", "8.75"), ("nachos", "12.25"), ("pretzel bites", "7.95")]
TAXES = ["6", "6.25", "7", "7.25", "8", "8.25", "8.875", "9.5", "10.25"]
TIPS = ["15", "18", "20", "22", "25"]
WORDNUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
           10: "ten", 11: "eleven", 12: "twelve"}
