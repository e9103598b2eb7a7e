"""Problem templates: signed numbers (temperatures, elevations, money,
golf, floors, games/stocks, time zones, misc)."""
from tdsl import T, S, R, C

TEMPLATES = []


def add(t):
    TEMPLATES.append(t)


# =================================================================== TEMPERATURE
add(T("temp_rise_fall", "C",
      "At 6 a.m. the temperature in {city} was {t0:T}. By noon it had risen {a:d} degrees, and by 10 p.m. it had dropped {b:d} degrees from the noon temperature. What was the temperature at 10 p.m.?",
      dict(t0=R(-15, -3), a=R(5, 16), b=R(6, 22)),
      [S("add", "t0 a", "noon", "the temperature at noon", "Noon", "it rose {a:a} degrees by noon"),
       S("sub", "noon b", "night", "the temperature at 10 p.m.", "10 p.m.", "it then dropped {b:a} degrees")],
      "the temperature at 10 p.m.", start=("Temperature at 6 a.m.", "t0")))

add(T("temp_three_changes", "C",
      "The temperature at midnight was {t0:T}. It fell {a:d} degrees by 4 a.m., rose {b:d} degrees by noon, and then fell {c:d} degrees by 8 p.m. What was the temperature at 8 p.m.?",
      dict(t0=R(-6, 5), a=R(3, 11), b=R(6, 18), c=R(4, 15)),
      [S("sub", "t0 a", "t4", "the temperature at 4 a.m.", "4 a.m.", "it fell {a:a} degrees by 4 a.m."),
       S("add", "t4 b", "t12", "the temperature at noon", "Noon", "it rose {b:a} degrees by noon"),
       S("sub", "t12 c", "t20", "the temperature at 8 p.m.", "8 p.m.", "it fell {c:a} degrees by 8 p.m.")],
      "the temperature at 8 p.m.", start=("Midnight", "t0"),
      ok=lambda e: e["t4"] < 0))

add(T("temp_hourly_drop", "C",
      "The temperature was {t0:T} at 5 p.m. A cold front made it drop {dr:A} degrees every hour for {h:n} hours. What was the temperature at the end of those hours?",
      dict(t0=R(-4, 8), dr=R(-6, -2), h=R(3, 8)),
      [S("mul", "dr h", "chg", "the total change", "Change", "the temperature changes by {dr:n} degrees each hour for {h:a} hours"),
       S("add", "t0 chg", "fin", "the final temperature", "Final", "add the change to the starting temperature")],
      "the temperature at the end", start=("Temperature at 5 p.m.", "t0"),
      ok=lambda e: e["fin"] < 0))

add(T("temp_avg5_lows", "C",
      "The low temperatures in {city} for five days in a row were {a:T}, {b:T}, {c:T}, {d:T}, and {e:T}. What was the average low temperature for those five days?",
      dict(a=R(-14, 6), b=R(-14, 6), c=R(-14, 6), d=R(-14, 6), e=R(-14, 6)),
      [S("sum", "a b c d e", "tot", "the sum of the five lows", "Sum", "add the five lows"),
       S("div", "tot 5", "avg", "the average low", "Average", "divide by the 5 days")],
      "the average low temperature",
      ok=lambda e: sum(1 for k in "abcde" if e[k] < 0) >= 3 and e["tot"] != 0))

add(T("temp_avg4_F", "F",
      "A weather station in North Dakota recorded these temperatures at midnight on four nights: {a:TF}, {b:TF}, {c:TF}, and {d:TF}. What was the average of these four readings?",
      dict(a=R(-22, 10), b=R(-22, 10), c=R(-22, 10), d=R(-22, 10)),
      [S("sum", "a b c d", "tot", "the total of the four readings", "Total", "add the four readings"),
       S("div", "tot 4", "avg", "the average", "Average", "divide by 4")],
      "the average temperature",
      ok=lambda e: sum(1 for k in "abcd" if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("temp_avg3_cities", "C",
      "At 7 a.m., the temperature was {a:T} in {city}, {b:T} in {city2}, and {c:T} in {city3}. What was the average of the three temperatures?",
      dict(a=R(-18, 4), b=R(-18, 4), c=R(-18, 4)),
      [S("sum", "a b c", "tot", "the sum of the three temperatures", "Sum", "add the three temperatures"),
       S("div", "tot 3", "avg", "the average temperature", "Average", "divide by 3")],
      "the average temperature",
      ok=lambda e: e["tot"] % 3 == 0 and e["tot"] < 0))

add(T("temp_two_cities_warm", "C",
      "At noon it was {a:T} in {city} and {b:T} in {city2}. Later that afternoon, {city} warmed up by {c:d} degrees while the temperature in {city2} stayed the same. How many degrees warmer was {city2} than {city} then?",
      dict(a=R(-20, -4), b=R(2, 24), c=R(3, 9)),
      [S("add", "a c", "a2", "the new temperature in {city}", "{city}", "{city} warmed up {c:a} degrees"),
       S("diff", "b a2", "d", "the difference", "Difference", "{city2} is still at {b:u}", unit="deg")],
      "the difference in temperature",
      ok=lambda e: e["b"] > e["a2"]))

add(T("temp_range_change", "C",
      "During one week in {city}, the highest temperature was {hi:T} and the lowest was {lo:T}. The week before, the difference between the highest and lowest temperatures was {r0:d} degrees. By how many degrees did the difference change from the week before to this week? (Use a negative number if it got smaller.)",
      dict(hi=R(-3, 12), lo=R(-24, -8), r0=R(8, 30)),
      [S("diff", "hi lo", "rng", "this week's range", "This week", "the range is the highest minus the lowest", unit="deg"),
       S("sub", "rng r0", "chg", "the change in the range", "Change", "last week's range was {r0:a} degrees")],
      "the change in the range",
      ok=lambda e: e["chg"] != 0))

add(T("temp_freezer_cool", "C",
      "A kitchen is at {room:T}, and the freezer is set to {fz:T}. A tray of water put in the freezer cools by {r:d} degrees every 10 minutes until it reaches the freezer temperature. How many minutes does it take to cool from room temperature to the freezer temperature?",
      dict(room=R(18, 24), fz=R(-22, -12), r=C(2, 3, 4, 5, 6)),
      [S("diff", "room fz", "d", "the total temperature change needed", "Difference", "the water has to go from {room:u} down to {fz:u}", unit="deg"),
       S("div", "d r", "k", "the number of 10-minute periods", "Periods", "it cools {r:a} degrees per 10 minutes", unit=""),
       S("mul", "k 10", "mins", "the number of minutes", "Minutes", "each period is 10 minutes", unit="min")],
      "the time it takes",
      ok=lambda e: e["d"] % e["r"] == 0))

add(T("temp_overnight_rate", "C",
      "At 10 p.m. the temperature was {t1:T}. By 4 a.m. it was {t2:T}. What was the average change in temperature per hour over those 6 hours?",
      dict(t1=R(-4, 8), t2=R(-22, -6)),
      [S("sub", "t2 t1", "chg", "the total change", "Change", "the change is the later temperature minus the earlier one", unit="deg"),
       S("div", "chg 6", "per", "the change per hour", "Per hour", "there are 6 hours from 10 p.m. to 4 a.m.", unit="deg")],
      "the average change per hour",
      ok=lambda e: e["chg"] % 6 == 0))

add(T("temp_mountain_lapse", "C",
      "The temperature at the base of a mountain is {t0:T}. The air gets about {dr:A} °C colder for every 1,000 meters you climb. What is the temperature at a point {k:d},000 meters above the base?",
      dict(t0=R(-2, 14), dr=R(-7, -5), k=R(2, 4)),
      [S("mul", "dr k", "chg", "the change in temperature", "Change", "the temperature changes by {dr:n} °C for each of the {k:a} thousand meters", unit="deg"),
       S("add", "t0 chg", "top", "the temperature at that height", "Temperature", "add the change to the base temperature")],
      "the temperature at that height",
      ok=lambda e: e["top"] < 0))

add(T("temp_daily_changes", "C",
      "On Monday morning the temperature was {t0:T}. It changed by {c1:S} degrees by Tuesday morning, {c2:S} degrees by Wednesday morning, {c3:S} degrees by Thursday morning, and {c4:S} degrees by Friday morning. What was the temperature on Friday morning?",
      dict(t0=R(-8, 6), c1=R(-9, 9), c2=R(-9, 9), c3=R(-9, 9), c4=R(-9, 9)),
      [S("add", "t0 c1", "tu", "Tuesday's temperature", "Tuesday", "the change was {c1:P} degrees"),
       S("add", "tu c2", "we", "Wednesday's temperature", "Wednesday", "the change was {c2:P} degrees"),
       S("add", "we c3", "th", "Thursday's temperature", "Thursday", "the change was {c3:P} degrees"),
       S("add", "th c4", "fr", "Friday's temperature", "Friday", "the change was {c4:P} degrees")],
      "the temperature on Friday morning", start=("Monday", "t0"),
      ok=lambda e: sum(1 for k in ("c1", "c2", "c3", "c4") if e[k] < 0) >= 2 and
      sum(1 for k in ("tu", "we", "th", "fr") if e[k] < 0) >= 2 and e["fr"] != 0))

add(T("temp_record_low", "C",
      "The record low temperature for {city} is {rec:T}. Today's low was {lo:T}. Tomorrow's low is forecast to be {d:d} degrees colder than today's. How many degrees above the record low will tomorrow's low be?",
      dict(rec=R(-45, -30), lo=R(-20, -4), d=R(3, 12)),
      [S("sub", "lo d", "tm", "tomorrow's low", "Tomorrow", "tomorrow will be {d:a} degrees colder"),
       S("diff", "tm rec", "gap", "the distance above the record", "Above record", "compare with the record of {rec:u}", unit="deg")],
      "the distance between tomorrow's low and the record",
      ok=lambda e: e["tm"] > e["rec"]))

add(T("temp_moon_avg", "C",
      "On the Moon, the surface temperature at one spot reached {hi:T} during the day and dropped to {lo:T} at night. What is the average of the day and night temperatures?",
      dict(hi=R(100, 130), lo=R(-180, -150)),
      [S("sum", "hi lo", "s", "the sum of the two temperatures", "Sum", "add the two temperatures"),
       S("div", "s 2", "avg", "the average", "Average", "divide by 2")],
      "the average temperature",
      ok=lambda e: e["s"] % 2 == 0))

add(T("temp_mars_gap", "C",
      "A rover on Mars measured a high of {hi:T} and a low of {lo:T} one day. The next day, the high was {c:d} degrees lower, but the low was the same. What was the difference between the high and the low on the second day?",
      dict(hi=R(-25, -5), lo=R(-95, -60), c=R(3, 12)),
      [S("sub", "hi c", "hi2", "the second day's high", "Day 2 high", "the high dropped {c:a} degrees"),
       S("diff", "hi2 lo", "gap", "the difference between high and low", "Difference", "the low stayed at {lo:u}", unit="deg")],
      "the difference between the high and the low"))

add(T("temp_antarctic_warm", "C",
      "At a research station in Antarctica, the temperature was {t0:T} at dawn. It rose {r:d} degrees per hour for {h:n} hours. What was the temperature after those hours?",
      dict(t0=R(-40, -20), r=R(2, 5), h=R(3, 7)),
      [S("mul", "r h", "rise", "the total rise", "Rise", "it rose {r:a} degrees each hour for {h:a} hours", unit="deg"),
       S("add", "t0 rise", "fin", "the new temperature", "New temp", "add the rise to the dawn temperature")],
      "the temperature after those hours", start=("Dawn", "t0"),
      ok=lambda e: e["fin"] < 0))

add(T("temp_water_freezer", "C",
      "A glass of water starts at {t0:T}. It is put into a freezer where its temperature changes by {dr:s} degrees every 5 minutes. What is its temperature after {m:d} minutes?",
      dict(t0=R(8, 20), dr=R(-4, -2), m=R(25, 60, 5)),
      [S("div", "m 5", "n", "the number of 5-minute periods", "Periods", "{m:a} minutes is made of 5-minute periods", unit=""),
       S("mul", "dr n", "chg", "the total change", "Change", "each period changes the temperature by {dr:n} degrees", unit="deg"),
       S("add", "t0 chg", "fin", "the final temperature", "Final", "add the change to the starting temperature")],
      "the temperature after {m:a} minutes",
      ok=lambda e: e["fin"] < 0))

add(T("temp_week_net", "C",
      "Over five days, the daily temperature changes in {city} were {c1:S}, {c2:S}, {c3:S}, {c4:S}, and {c5:S} degrees. The temperature was {t0:T} before the first change. What was the temperature after the fifth change?",
      dict(c1=R(-8, 8), c2=R(-8, 8), c3=R(-8, 8), c4=R(-8, 8), c5=R(-8, 8), t0=R(-10, 3)),
      [S("sum", "c1 c2 c3 c4 c5", "net", "the net change", "Net change", "add up all five changes", unit="deg"),
       S("add", "t0 net", "fin", "the final temperature", "Final", "apply the net change to the starting {t0:u}")],
      "the temperature after the fifth change",
      ok=lambda e: sum(1 for k in ("c1", "c2", "c3", "c4", "c5") if e[k] < 0) >= 3 and e["net"] != 0 and e["fin"] != 0))

add(T("temp_balloon", "C",
      "The air temperature at ground level is {t0:T}. As a weather balloon rises, the temperature changes by {dr:s} °C for every kilometer of height. What is the temperature at a height of {k:d} km?",
      dict(t0=R(4, 22), dr=R(-7, -6), k=R(3, 8)),
      [S("mul", "dr k", "chg", "the change over {k:a} km", "Change", "the change is {dr:n} °C per kilometer", unit="deg"),
       S("add", "t0 chg", "fin", "the temperature at {k:a} km", "At height", "add it to the ground temperature")],
      "the temperature at {k:a} km",
      ok=lambda e: e["fin"] < 0))

add(T("temp_cabin_in_out", "C",
      "The thermometer inside a cabin reads {ti:T} and the one outside reads {to:T}. During the night the outside temperature falls another {d:d} degrees, while the inside temperature stays the same. What is the difference between the inside and outside temperatures then?",
      dict(ti=R(12, 22), to=R(-12, 2), d=R(3, 10)),
      [S("sub", "to d", "to2", "the new outside temperature", "Outside", "the outside temperature falls {d:a} degrees"),
       S("diff", "ti to2", "gap", "the difference", "Difference", "inside is still {ti:u}", unit="deg")],
      "the difference between inside and outside",
      ok=lambda e: e["to2"] < 0))

add(T("temp_freezer_lowered", "C",
      "A freezer is at {t0:T}. {name} lowers the setting so that it gets {r:d} degrees colder every hour for {h:n} hours. What temperature does the freezer reach?",
      dict(t0=R(-8, -2), r=R(2, 4), h=R(2, 6)),
      [S("mul", "r h", "drop", "the total drop", "Drop", "it gets {r:a} degrees colder each hour for {h:a} hours", unit="deg"),
       S("sub", "t0 drop", "fin", "the new temperature", "New temp", "subtract the drop from {t0:u}")],
      "the temperature the freezer reaches"))

add(T("temp_daily_means", "C",
      "On Monday the high was {h1:T} and the low was {l1:T}. On Tuesday the high was {h2:T} and the low was {l2:T}. The daily mean is the average of the high and the low. How much did the daily mean change from Monday to Tuesday (Tuesday minus Monday)?",
      dict(h1=R(-4, 8), l1=R(-16, -6), h2=R(-8, 5), l2=R(-20, -8)),
      [S("sum", "h1 l1", "s1", "Monday's high plus low", "Mon sum", "Monday: add the high and the low"),
       S("div", "s1 2", "m1", "Monday's mean", "Mon mean", "divide by 2"),
       S("sum", "h2 l2", "s2", "Tuesday's high plus low", "Tue sum", "Tuesday: add the high and the low"),
       S("div", "s2 2", "m2", "Tuesday's mean", "Tue mean", "divide by 2"),
       S("sub", "m2 m1", "chg", "the change in the mean", "Change", "subtract Monday's mean from Tuesday's", unit="deg")],
      "the change in the daily mean",
      ok=lambda e: e["chg"] != 0 and e["m1"] != e["m2"]))

add(T("temp_equal_fall", "C",
      "Over {n:n} days the temperature fell a total of {nt:A} degrees, falling the same amount each day. On the first morning it was {t0:T}. What was the temperature after {k:n} of those days?",
      dict(n=R(4, 6), nt=R(-30, -12), t0=R(-3, 6), k=R(2, 3)),
      [S("div", "nt n", "per", "the change per day", "Per day", "a fall of {nt:a} degrees is a change of {nt:n} over {n:a} days", unit="deg"),
       S("mul", "per k", "chg", "the change over {k:a} days", "Change", "multiply by {k:a} days", unit="deg"),
       S("add", "t0 chg", "fin", "the temperature after {k:a} days", "Temperature", "add it to the starting temperature")],
      "the temperature after {k:a} days",
      ok=lambda e: e["nt"] % e["n"] == 0 and e["fin"] < 0))

add(T("temp_city_chain", "C",
      "At 7 a.m. it was {t0:T} in {city}. {city2} was {a:d} degrees colder than {city}, and {city3} was {b:d} degrees warmer than {city2}. What was the temperature in {city3}?",
      dict(t0=R(-9, 4), a=R(4, 14), b=R(2, 9)),
      [S("sub", "t0 a", "c2", "the temperature in {city2}", "{city2}", "{city2} is {a:a} degrees colder"),
       S("add", "c2 b", "c3", "the temperature in {city3}", "{city3}", "{city3} is {b:a} degrees warmer than {city2}")],
      "the temperature in {city3}",
      ok=lambda e: e["c2"] < 0 and e["c3"] != 0))

add(T("temp_chicago_F", "F",
      "On a January morning in Chicago it was {t0:TF}. By afternoon the temperature had risen {a:d} °F, and then a snowstorm made it drop {b:d} °F by evening. What was the temperature in the evening?",
      dict(t0=R(-15, -2), a=R(8, 25), b=R(10, 30)),
      [S("add", "t0 a", "aft", "the afternoon temperature", "Afternoon", "it rose {a:a} °F"),
       S("sub", "aft b", "eve", "the evening temperature", "Evening", "it then dropped {b:a} °F")],
      "the evening temperature", start=("Morning", "t0")))

add(T("temp_ski_feels", "C",
      "At the base of a ski resort the temperature is {t0:T}. At the summit it is {a:d} degrees colder than at the base. The wind makes the summit feel another {b:d} degrees colder. What does the temperature feel like at the summit?",
      dict(t0=R(-8, 3), a=R(5, 12), b=R(3, 10)),
      [S("sub", "t0 a", "sum", "the summit temperature", "Summit", "the summit is {a:a} degrees colder"),
       S("sub", "sum b", "feel", "the feels-like temperature", "Feels like", "the wind takes off another {b:a} degrees")],
      "the feels-like temperature at the summit",
      ok=lambda e: e["sum"] < 0))

add(T("temp_greenhouse", "C",
      "Outside a greenhouse it is {t0:T}. Inside, it is {a:d} degrees warmer. Then the heater breaks, and the inside temperature drops {r:d} degrees each hour for {h:n} hours. What is the inside temperature after that?",
      dict(t0=R(-15, -5), a=R(22, 35), r=R(2, 5), h=R(2, 5)),
      [S("add", "t0 a", "ins", "the inside temperature", "Inside", "inside is {a:a} degrees warmer than outside"),
       S("mul", "r h", "drop", "the total drop", "Drop", "it drops {r:a} degrees each hour for {h:a} hours", unit="deg"),
       S("sub", "ins drop", "fin", "the final inside temperature", "Final", "subtract the drop")],
      "the inside temperature after the heater breaks"))

add(T("temp_lab_heat", "C",
      "In a lab, a substance is cooled to {t0:T} and then heated. Its temperature goes up {r:d} degrees per minute for {m:n} minutes. What is its temperature then?",
      dict(t0=R(-60, -25), r=R(3, 9), m=R(3, 9)),
      [S("mul", "r m", "rise", "the total rise", "Rise", "it gains {r:a} degrees per minute for {m:a} minutes", unit="deg"),
       S("add", "t0 rise", "fin", "the final temperature", "Final", "add the rise to {t0:u}")],
      "the temperature after heating"))

add(T("temp_pond_F", "F",
      "A pond's water temperature was {t0:TF}. Then it changed by {dr:s} °F each day for {n:n} days. What was the water temperature at the end?",
      dict(t0=R(36, 48), dr=R(-3, -2), n=R(4, 9)),
      [S("mul", "dr n", "chg", "the total change", "Change", "{dr:n} °F per day for {n:a} days", unit="deg"),
       S("add", "t0 chg", "fin", "the final water temperature", "Final", "add the change to {t0:u}")],
      "the water temperature at the end"))

add(T("temp_avg_hourly_change", "C",
      "The temperature changes over four hours were {c1:S}, {c2:S}, {c3:S}, and {c4:S} degrees. What was the average change per hour?",
      dict(c1=R(-7, 5), c2=R(-7, 5), c3=R(-7, 5), c4=R(-7, 5)),
      [S("sum", "c1 c2 c3 c4", "tot", "the total change", "Total", "add the four changes", unit="deg"),
       S("div", "tot 4", "avg", "the average change", "Average", "divide by 4 hours", unit="deg")],
      "the average change per hour",
      ok=lambda e: e["tot"] < 0 and sum(1 for k in ("c1", "c2", "c3", "c4") if e[k] < 0) >= 2))

# =================================================================== ELEVATION
add(T("elev_diver_reef", "m",
      "A diver is at {d0:Em}. She descends another {a:d} meters to look at a reef, then swims up {b:d} meters. What is her final elevation relative to sea level?",
      dict(d0=R(-15, -4), a=R(5, 14), b=R(3, 12)),
      [S("sub", "d0 a", "p1", "her elevation at the reef", "At reef", "she descends {a:a} m"),
       S("add", "p1 b", "p2", "her final elevation", "Final", "she swims up {b:a} m")],
      "the diver's final elevation", start=("Start", "d0")))

add(T("elev_sub_rise_dive", "m",
      "A submarine is cruising at {d0:Em}. It rises {a:d} meters, then dives {b:d} meters. What is its new elevation?",
      dict(d0=R(-320, -120, 10), a=R(40, 110, 5), b=R(60, 200, 5)),
      [S("add", "d0 a", "p1", "the elevation after rising", "After rising", "it rises {a:a} m"),
       S("sub", "p1 b", "p2", "the elevation after diving", "After diving", "it dives {b:a} m")],
      "the submarine's new elevation", start=("Start", "d0")))

add(T("elev_peak_lake_perday", "m",
      "The top of a mountain is {h:d} meters above sea level, and the shore of a salt lake nearby is at {l:Em}. A hiker walks from the lake shore to the top in {t:n} days, climbing the same height each day. How many meters does the hiker climb each day?",
      dict(h=R(1800, 3600, 10), l=R(-420, -100, 10), t=C(2, 3, 4, 5)),
      [S("diff", "h l", "d", "the difference in elevation", "Difference", "from the shore at {l:u} up to {h:u}"),
       S("div", "d t", "per", "the climb per day", "Per day", "split it over {t:a} days")],
      "the height climbed each day",
      ok=lambda e: e["d"] % e["t"] == 0))

add(T("elev_valley_plane", "ft",
      "The lowest point in a desert valley is {lo:Eft}. A mountain peak nearby is {hi:d} feet above sea level. A small plane flies {p:d} feet above the peak. How far above the lowest point of the valley is the plane?",
      dict(lo=R(-290, -80, 2), hi=R(4000, 9000, 10), p=R(500, 3000, 100)),
      [S("diff", "hi lo", "d", "the height of the peak above the valley floor", "Peak above valley", "from {lo:u} up to {hi:u}"),
       S("add", "d p", "tot", "the plane's height above the valley floor", "Plane above valley", "the plane is {p:a} ft higher")],
      "the plane's height above the lowest point"))

add(T("elev_trail_climb", "m",
      "A hiking trail starts at {s:Em}. A hiker climbs {r:d} meters every hour for {h:n} hours. What is the hiker's elevation then?",
      dict(s=R(-160, -40, 5), r=R(15, 45, 5), h=R(2, 6)),
      [S("mul", "r h", "climb", "the total climb", "Climb", "{r:a} m per hour for {h:a} hours"),
       S("add", "s climb", "fin", "the hiker's elevation", "Elevation", "add the climb to {s:u}")],
      "the hiker's elevation"))

add(T("elev_diver_rate_rise", "m",
      "A diver starts at the surface (0 m) and changes her elevation by {dr:s} meters per minute for {m:n} minutes. Then she swims up {b:d} meters. What is her elevation now?",
      dict(dr=R(-5, -2), m=R(4, 9), b=R(3, 9)),
      [S("mul", "dr m", "p1", "her elevation after descending", "After descent", "{dr:n} m per minute for {m:a} minutes"),
       S("add", "p1 b", "p2", "her elevation now", "Now", "she rises {b:a} m")],
      "her elevation",
      ok=lambda e: e["p2"] < 0))

add(T("elev_sub_double", "m",
      "A submarine is at {d0:Em}. It dives until it is twice as deep, and then it rises {b:d} meters. What is its elevation now?",
      dict(d0=R(-250, -60, 5), b=R(20, 120, 5)),
      [S("mul", "d0 2", "p1", "the elevation at twice the depth", "Twice as deep", "twice as deep means doubling the elevation"),
       S("add", "p1 b", "p2", "the elevation after rising", "After rising", "it rises {b:a} m")],
      "the submarine's elevation"))

add(T("elev_gull_fish", "m",
      "A seagull is flying {g:d} meters above the water, and a fish is swimming at {f:Em}. The seagull then swoops down {a:d} meters. How far apart vertically are the seagull and the fish now?",
      dict(g=R(15, 40), f=R(-12, -2), a=R(4, 12)),
      [S("sub", "g a", "g2", "the seagull's new height", "Seagull", "the seagull drops {a:a} m"),
       S("diff", "g2 f", "d", "the vertical distance", "Distance", "the fish is at {f:u}")],
      "the vertical distance between them"))

add(T("elev_mine_levels", "m",
      "A mine elevator starts at {s:Em}. It goes down {k:n} levels, and each level is {l:d} meters deep. What is its elevation after going down?",
      dict(s=R(-60, -10, 5), k=R(2, 6), l=C(20, 25, 30, 35, 40)),
      [S("mul", "l k", "down", "the total distance down", "Down", "{k:a} levels of {l:a} m each"),
       S("sub", "s down", "fin", "the new elevation", "New elevation", "go down from {s:u}")],
      "the elevator's elevation"))

add(T("elev_avg_dives", "m",
      "A diver made four dives. The deepest points were {d1:Em}, {d2:Em}, {d3:Em}, and {d4:Em}. What was the average of these elevations?",
      dict(d1=R(-30, -6), d2=R(-30, -6), d3=R(-30, -6), d4=R(-30, -6)),
      [S("sum", "d1 d2 d3 d4", "tot", "the sum of the four elevations", "Sum", "add the four elevations"),
       S("div", "tot 4", "avg", "the average", "Average", "divide by 4")],
      "the average elevation"))

add(T("elev_cave", "m",
      "The entrance to a cave is {e:d} meters above sea level. An explorer climbs down {a:d} meters inside the cave and then climbs back up {b:d} meters. What is her elevation now?",
      dict(e=R(40, 150, 5), a=R(60, 260, 5), b=R(10, 60, 5)),
      [S("sub", "e a", "p1", "her elevation after climbing down", "Down", "she climbs down {a:a} m"),
       S("add", "p1 b", "p2", "her elevation now", "Back up", "she climbs up {b:a} m")],
      "her elevation",
      ok=lambda e: e["p1"] < 0 and e["p2"] < 0))

add(T("elev_plane_sub", "ft",
      "An airplane is flying at {p:d} feet above sea level. Directly below it, a submarine is at {s:Eft}. The plane then descends {a:d} feet. What is the vertical distance between the plane and the submarine now?",
      dict(p=R(6000, 12000, 100), s=R(-900, -150, 10), a=R(1000, 3000, 100)),
      [S("sub", "p a", "p2", "the plane's new altitude", "Plane", "the plane descends {a:a} ft"),
       S("diff", "p2 s", "d", "the vertical distance", "Distance", "the submarine is at {s:u}")],
      "the vertical distance"))

add(T("elev_town_tower", "m",
      "A desert town is at {t:Em}. A hill just outside town rises {a:d} meters above the town, and a radio tower on top of the hill is {b:d} meters tall. What is the elevation of the top of the tower?",
      dict(t=R(-90, -20), a=R(30, 120), b=R(15, 60)),
      [S("add", "t a", "hill", "the elevation of the hilltop", "Hilltop", "the hill is {a:a} m above the town"),
       S("add", "hill b", "top", "the elevation of the tower top", "Tower top", "the tower adds {b:a} m")],
      "the elevation of the top of the tower"))

add(T("elev_well_water", "m",
      "The ground at a farm is {g:d} meters above sea level. The bottom of a well is {a:d} meters below the ground, and the water in the well is {b:d} meters deep. What is the elevation of the water's surface?",
      dict(g=R(2, 12), a=R(14, 30), b=R(3, 9)),
      [S("sub", "g a", "bot", "the elevation of the bottom", "Bottom", "the bottom is {a:a} m below ground"),
       S("add", "bot b", "wat", "the elevation of the water surface", "Water surface", "the water is {b:a} m deep")],
      "the elevation of the water surface",
      ok=lambda e: e["wat"] < 0))

add(T("elev_rov_descent", "m",
      "An underwater robot is at {s:Em}. It changes elevation by {dr:s} meters per minute for {m:n} minutes. What is its elevation then?",
      dict(s=R(-80, -20, 5), dr=R(-18, -8), m=R(3, 7)),
      [S("mul", "dr m", "chg", "the change in elevation", "Change", "{dr:n} m each minute for {m:a} minutes"),
       S("add", "s chg", "fin", "the new elevation", "New", "add the change to {s:u}")],
      "the robot's elevation"))

add(T("elev_dolphin_pelican", "m",
      "A dolphin is swimming at {d:Em}. It jumps up {a:d} meters. A pelican flying at {p:d} meters above the water dives straight down to the dolphin's new height. How many meters did the pelican dive?",
      dict(d=R(-6, -2), a=R(3, 9), p=R(10, 25)),
      [S("add", "d a", "dol", "the dolphin's new height", "Dolphin", "the dolphin jumps up {a:a} m"),
       S("diff", "p dol", "dive", "the pelican's dive", "Dive", "the pelican starts at {p:u}")],
      "the length of the pelican's dive",
      ok=lambda e: e["dol"] != 0 and e["p"] > e["dol"]))

add(T("elev_lake_drop", "m",
      "The surface of a salt lake is at {s:Em}. Each year the surface changes by {dr:s} meter. What will its elevation be after {y:n} years?",
      dict(s=R(-440, -380), dr=C(-1), y=R(6, 15)),
      [S("mul", "dr y", "chg", "the change over {y:a} years", "Change", "{dr:n} m per year for {y:a} years"),
       S("add", "s chg", "fin", "the new elevation", "New elevation", "add the change")],
      "the lake's elevation"))

add(T("elev_cliff_diver", "ft",
      "A cliff diver jumps from a ledge {h:d} feet above the water and reaches {d:Eft} before turning around. She falls at an average of {r:d} feet per second. How many seconds does it take her to travel from the ledge to her lowest point?",
      dict(h=R(40, 90), d=R(-15, -5), r=C(5, 6, 8, 9, 10)),
      [S("diff", "h d", "tot", "the total distance down", "Distance", "from {h:u} down to {d:u}"),
       S("div", "tot r", "sec", "the time", "Time", "at {r:a} feet per second", unit="s")],
      "the time",
      ok=lambda e: e["tot"] % e["r"] == 0))

add(T("elev_sub_up_down", "m",
      "A submarine at {s:Em} rises {r:d} meters per minute for {m:n} minutes and then descends {b:d} meters. What is its final elevation?",
      dict(s=R(-420, -200, 10), r=R(20, 45, 5), m=R(3, 6), b=R(30, 90, 5)),
      [S("mul", "r m", "up", "the total rise", "Rise", "{r:a} m per minute for {m:a} minutes"),
       S("add", "s up", "p1", "the elevation after rising", "After rising", "add the rise to {s:u}"),
       S("sub", "p1 b", "p2", "the final elevation", "Final", "then it descends {b:a} m")],
      "the submarine's final elevation",
      ok=lambda e: e["p2"] < 0))

add(T("elev_wreck_time", "m",
      "A shipwreck lies at {w:Em}. A diver is at {d:Em}. She descends {r:d} meters per minute. How many minutes will it take her to reach the wreck?",
      dict(w=R(-90, -40), d=R(-30, -5), r=C(2, 3, 4, 5)),
      [S("diff", "d w", "dist", "the distance still to go", "Distance", "from {d:u} down to {w:u}"),
       S("div", "dist r", "mins", "the time", "Time", "she descends {r:a} m per minute", unit="min")],
      "the time to reach the wreck",
      ok=lambda e: e["dist"] % e["r"] == 0))

# =================================================================== MONEY
add(T("money_check_fee", "$",
      "{name} had {b0:$} in {his} checking account. {He} wrote a check for {a:$}, and the bank charged a {f:$} overdraft fee. Then {he} deposited {c:$}. What is {his} balance now?",
      dict(b0=R(60, 300, 5), a=R(150, 480, 5), f=C(25, 30, 35), c=R(80, 400, 10)),
      [S("sub", "b0 a", "b1", "the balance after the check", "After check", "the check is for {a:$}"),
       S("sub", "b1 f", "b2", "the balance after the fee", "After fee", "the fee is {f:$}"),
       S("add", "b2 c", "b3", "the balance after the deposit", "After deposit", "{he} deposits {c:$}")],
      "{his} balance", start=("Start", "b0"),
      ok=lambda e: e["b1"] < 0 and e["b3"] != 0,
      gloss="overdrawn"))

add(T("money_overdraft_books", "$",
      "{name}'s account balance is {b0:$s}. {He} uses {his} debit card to buy {k:n} books that cost {p:$} each. What is {his} new balance?",
      dict(b0=R(-60, 40), k=R(2, 5), p=R(8, 19)),
      [S("mul", "k p", "cost", "the cost of the books", "Books", "{k:a} books at {p:$} each"),
       S("sub", "b0 cost", "b1", "the new balance", "New balance", "subtract the cost from {b0:$s}")],
      "{his} new balance",
      ok=lambda e: e["b1"] < 0, gloss="overdrawn"))

add(T("money_sister_debt", "$",
      "{name} owes {his} sister {nd:A$}, so {his} balance with her is {nd:$s}. {He} pays her back {p:$} each week for {w:n} weeks. What is {his} balance with {his} sister now? (A negative balance means {he} still owes money.)",
      dict(nd=R(-300, -80, 10), p=R(15, 45, 5), w=R(2, 6)),
      [S("mul", "p w", "paid", "the amount paid back", "Paid", "{p:$} a week for {w:a} weeks"),
       S("add", "nd paid", "bal", "the new balance", "Balance", "add the payments to {nd:$s}")],
      "{his} balance with {his} sister", gloss="owes"))

add(T("money_lemonade_avg", "$",
      "{name}'s lemonade stand had these profits over four days: {p1:$s}, {p2:$s}, {p3:$s}, and {p4:$s}. A negative profit is a loss. What was the average daily profit?",
      dict(p1=R(-15, 30), p2=R(-15, 30), p3=R(-15, 30), p4=R(-15, 30)),
      [S("sum", "p1 p2 p3 p4", "tot", "the total profit", "Total", "add the four days"),
       S("div", "tot 4", "avg", "the average daily profit", "Average", "divide by 4 days")],
      "the average daily profit", cents=True,
      ok=lambda e: sum(1 for k in ("p1", "p2", "p3", "p4") if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("money_monthly_net", "$",
      "{name} earns {inc:$} a month and spends {ex:$} a month. If this keeps up for {k:n} months, what will the total change in {his} savings be? (Use a negative number for a decrease.)",
      dict(inc=R(1500, 3200, 50), ex=R(1700, 3600, 50), k=R(2, 6)),
      [S("sub", "inc ex", "net", "the net change each month", "Monthly net", "income minus spending"),
       S("mul", "net k", "tot", "the total change", "Total", "over {k:a} months")],
      "the total change in {his} savings",
      ok=lambda e: e["net"] < 0))

add(T("money_shop_avg", "$",
      "A small shop's profits for three months were {p1:$s}, {p2:$s}, and {p3:$s}. What was the shop's average monthly profit?",
      dict(p1=R(-1500, 1200, 50), p2=R(-1500, 1200, 50), p3=R(-1500, 1200, 50)),
      [S("sum", "p1 p2 p3", "tot", "the total profit", "Total", "add the three months"),
       S("div", "tot 3", "avg", "the average", "Average", "divide by 3")],
      "the average monthly profit",
      ok=lambda e: e["tot"] % 3 == 0 and e["tot"] != 0 and sum(1 for k in ("p1", "p2", "p3") if e[k] < 0) >= 1))

add(T("money_credit_card", "$",
      "{name}'s credit card balance is {b0:$s} (negative means {he} owes the bank). {He} makes a payment of {p:$} and then buys shoes for {s:$}. What is the card balance now?",
      dict(b0=R(-600, -150, 5), p=R(50, 250, 5), s=R(40, 160, 5)),
      [S("add", "b0 p", "b1", "the balance after the payment", "After payment", "a payment brings the balance up by {p:$}"),
       S("sub", "b1 s", "b2", "the balance after the shoes", "After shoes", "the shoes cost {s:$}")],
      "the card balance", start=("Start", "b0"), gloss="owes"))

add(T("money_chores_brother", "$",
      "{name} owes {his} brother {nd:A$}. {He} earns {e:$} for each chore and does {k:n} chores. {He} pays back {his} brother first and then spends {s:$} on a game. How much money does {he} have left? (Use a negative number if {he} still owes.)",
      dict(nd=R(-40, -10), e=R(4, 9), k=R(3, 8), s=R(10, 30)),
      [S("mul", "e k", "earn", "the amount earned", "Earned", "{k:a} chores at {e:$} each"),
       S("add", "nd earn", "after", "the amount after paying back", "After paying back", "start from {nd:$s}"),
       S("sub", "after s", "left", "the amount left", "Left", "the game costs {s:$}")],
      "the amount {he} has left",
      ok=lambda e: e["left"] != 0))

add(T("money_daily_od_fee", "$",
      "{name}'s account is overdrawn with a balance of {b0:$s}. The bank charges a fee of {f:A$} per day, written as {f:$s} per day, while the account is overdrawn. If {he} does not deposit anything for {k:n} days, what will the balance be?",
      dict(b0=R(-80, -5), f=C(-3, -4, -5, -6), k=R(3, 8)),
      [S("mul", "f k", "fees", "the total fees", "Fees", "{f:$s} per day for {k:a} days"),
       S("add", "b0 fees", "b1", "the new balance", "New balance", "add the fees to {b0:$s}")],
      "the balance", gloss="overdrawn"))

add(T("money_friends_gap", "$",
      "{name}'s bank balance is {a:$s} and {name2}'s is {b:$s}. {name} then deposits {c:$}. How much more money does {name2} have than {name} now?",
      dict(a=R(-120, -20, 5), b=R(40, 250, 5), c=R(10, 60, 5)),
      [S("add", "a c", "a2", "{name}'s new balance", "{name}", "{name} deposits {c:$}"),
       S("diff", "b a2", "gap", "the difference", "Difference", "{name2} has {b:$s}")],
      "the difference between their balances",
      ok=lambda e: e["b"] > e["a2"]))

add(T("money_week_transactions", "$",
      "{name} started the week with {b0:$} in {his} account. Then {he} paid a {a:$} grocery bill, paid {b:$} for rent, received a {c:$} paycheck, and paid a {d:$} phone bill. What is {his} balance at the end of the week?",
      dict(b0=R(100, 300, 5), a=R(50, 120, 5), b=R(200, 400, 10), c=R(90, 250, 5), d=R(30, 70, 5)),
      [S("sub", "b0 a", "x1", "the balance after groceries", "Groceries", "groceries cost {a:$}"),
       S("sub", "x1 b", "x2", "the balance after rent", "Rent", "rent is {b:$}"),
       S("add", "x2 c", "x3", "the balance after the paycheck", "Paycheck", "the paycheck adds {c:$}"),
       S("sub", "x3 d", "x4", "the balance after the phone bill", "Phone bill", "the phone bill is {d:$}")],
      "{his} balance at the end of the week", start=("Start", "b0"),
      ok=lambda e: e["x2"] < 0 and e["x4"] != 0, gloss="overdrawn"))

add(T("money_roommates_debt", "$",
      "Four roommates share a utility debt of {nd:A$}, which they record as {nd:$s}. They split it equally. Then each roommate pays {p:$} toward their share. What is each roommate's balance now?",
      dict(nd=R(-520, -160, 4), p=R(20, 70, 5)),
      [S("div", "nd 4", "each", "each roommate's share", "Share", "split {nd:$s} four ways"),
       S("add", "each p", "bal", "each roommate's balance", "Balance", "each pays {p:$}")],
      "each roommate's balance",
      ok=lambda e: e["bal"] < 0 and e["nd"] % 4 == 0, gloss="owes"))

add(T("money_bakery_profit", "$",
      "A bakery had revenue of {r:$} and costs of {c:$} in March. In April it made a profit of {p:$}. What was its total profit for March and April together?",
      dict(r=R(2500, 4200, 50), c=R(3000, 4800, 50), p=R(300, 1500, 50)),
      [S("sub", "r c", "mar", "March's profit", "March", "revenue minus costs"),
       S("add", "mar p", "tot", "the total profit", "Total", "April's profit was {p:$}")],
      "the total profit",
      ok=lambda e: e["mar"] < 0 and e["tot"] != 0))

add(T("money_phone_credit", "$",
      "{name}'s phone account had a credit of {c:$}. {His} monthly bill was {b:$}, and {he} was also charged a {f:$} late fee. What is the account balance now?",
      dict(c=R(5, 30), b=R(35, 80), f=C(5, 8, 10, 12)),
      [S("sub", "c b", "x1", "the balance after the bill", "After bill", "the bill is {b:$}"),
       S("sub", "x1 f", "x2", "the balance after the late fee", "After fee", "the late fee is {f:$}")],
      "the account balance", start=("Credit", "c"), gloss="owes"))

add(T("money_lunch_account", "$",
      "{name}'s school lunch account has a balance of {b0:$s}. {His} dad deposits {d:$}, and then {name} buys {k:n} lunches at {p:$} each. What is the balance now?",
      dict(b0=R(-9, -2, "0.25"), d=C(10, 15, 20, 25), k=R(2, 6), p=R("2.50", "4.25", "0.25")),
      [S("add", "b0 d", "b1", "the balance after the deposit", "After deposit", "the deposit is {d:$}"),
       S("mul", "k p", "cost", "the cost of the lunches", "Lunches", "{k:a} lunches at {p:$}"),
       S("sub", "b1 cost", "b2", "the final balance", "Final", "subtract the lunches")],
      "the balance", cents=True,
      ok=lambda e: e["b2"] != 0))

add(T("money_change_per_day", "$",
      "On Monday {name}'s balance was {b1:$s}. On Friday it was {b2:$s}. What was the average change in {his} balance per day over those 4 days?",
      dict(b1=R(-40, 120, 4), b2=R(-240, -60, 4)),
      [S("sub", "b2 b1", "chg", "the total change", "Change", "Friday's balance minus Monday's"),
       S("div", "chg 4", "per", "the change per day", "Per day", "divide by 4 days")],
      "the average change per day"))

add(T("money_reach_target", "$",
      "{name}'s account is at {b0:$s}. {He} wants it to reach {t:$}. {He} saves {s:$} each week and deposits it. How many weeks will it take to reach {his} goal?",
      dict(b0=R(-150, -20, 5), t=R(50, 300, 10), s=C(15, 20, 25, 30, 40, 50)),
      [S("diff", "t b0", "need", "the amount needed", "Needed", "from {b0:$s} up to {t:$}"),
       S("div", "need s", "wk", "the number of weeks", "Weeks", "{he} saves {s:$} a week", unit="weeks")],
      "the number of weeks",
      ok=lambda e: e["need"] % e["s"] == 0))

add(T("money_club_fundraiser", "$",
      "A school club spent {nc:A$} on supplies before its fundraiser, so its account started at {nc:$s}. At the fundraiser it sold {k:d} tickets for {p:$} each. What is the account balance after the sale?",
      dict(nc=R(-400, -120, 10), k=R(12, 60), p=C(3, 4, 5, 6, 8)),
      [S("mul", "k p", "sales", "the ticket sales", "Sales", "{k:a} tickets at {p:$}"),
       S("add", "nc sales", "bal", "the balance after the sale", "Balance", "add the sales to {nc:$s}")],
      "the account balance"))

add(T("money_allowance_parents", "$",
      "{name} owes {his} parents {nd:A$} for a broken window. {He} gets {a:$} a week in allowance and gives all of it to {his} parents for {w:n} weeks. What is {his} balance with {his} parents after that (negative means {he} still owes)?",
      dict(nd=R(-150, -40, 5), a=R(8, 20), w=R(3, 8)),
      [S("mul", "a w", "paid", "the amount paid", "Paid", "{a:$} a week for {w:a} weeks"),
       S("add", "nd paid", "bal", "the balance", "Balance", "start from {nd:$s}")],
      "{his} balance with {his} parents",
      ok=lambda e: e["bal"] != 0, gloss="owes"))

add(T("money_avg_daily_balance", "$",
      "Over five days, {name}'s account balance at the end of each day was {b1:$s}, {b2:$s}, {b3:$s}, {b4:$s}, and {b5:$s}. What was the average end-of-day balance?",
      dict(b1=R(-80, 60), b2=R(-80, 60), b3=R(-80, 60), b4=R(-80, 60), b5=R(-80, 60)),
      [S("sum", "b1 b2 b3 b4 b5", "tot", "the sum of the five balances", "Sum", "add the five balances"),
       S("div", "tot 5", "avg", "the average balance", "Average", "divide by 5")],
      "the average end-of-day balance", cents=True,
      ok=lambda e: sum(1 for k in ("b1", "b2", "b3", "b4", "b5") if e[k] < 0) >= 3 and e["tot"] != 0))

add(T("money_cash_drawer", "$",
      "At a coffee shop, the cash drawer was off by {a:$s} on Monday, {b:$s} on Tuesday, and {c:$s} on Wednesday (negative means the drawer was short). What was the average amount the drawer was off per day?",
      dict(a=R(-18, -2), b=R(-12, 12), c=R(-18, -2)),
      [S("sum", "a b c", "net", "the net amount for the three days", "Net", "add the three days"),
       S("div", "net 3", "avg", "the average per day", "Per day", "divide by 3")],
      "the average amount per day",
      ok=lambda e: e["net"] % 3 == 0 and e["b"] != 0))

add(T("money_refund_concert", "$",
      "{name}'s card balance was {b0:$s}. {He} got a refund of {r:$}, and then {he} was charged {c:$} for concert tickets. What is the balance now?",
      dict(b0=R(-90, -15), r=R(20, 80), c=R(40, 120)),
      [S("add", "b0 r", "b1", "the balance after the refund", "After refund", "a refund adds {r:$}"),
       S("sub", "b1 c", "b2", "the balance after the tickets", "After tickets", "the tickets cost {c:$}")],
      "the card balance", start=("Start", "b0"),
      ok=lambda e: e["b2"] != 0))

add(T("money_farm_seasons", "$",
      "A farm lost {dl:A$} per month for {k:n} months in winter, and then it made a profit of {p:$} per month for {j:n} months in spring. What was the farm's overall profit for those months? (Use a negative number for a loss.)",
      dict(dl=R(-400, -100, 10), k=R(2, 4), p=R(150, 450, 10), j=R(2, 4)),
      [S("mul", "dl k", "loss", "the winter result", "Winter", "a loss of {dl:A$} is {dl:$s} per month for {k:a} months"),
       S("mul", "p j", "gain", "the spring result", "Spring", "{p:$} per month for {j:a} months"),
       S("add", "loss gain", "net", "the overall result", "Overall", "combine winter and spring")],
      "the overall profit",
      ok=lambda e: e["net"] != 0))

add(T("money_club_dues_party", "$",
      "A club's treasury was at {t0:$s}. Then {k:n} members each paid {d:$} in dues, and the club spent {s:$} on a party. What is the treasury balance now?",
      dict(t0=R(-120, -30, 5), k=R(6, 12), d=C(10, 12, 15, 20), s=R(100, 260, 5)),
      [S("mul", "k d", "dues", "the total dues", "Dues", "{k:a} members at {d:$} each"),
       S("add", "t0 dues", "t1", "the balance after dues", "After dues", "add the dues to {t0:$s}"),
       S("sub", "t1 s", "t2", "the balance after the party", "After party", "the party cost {s:$}")],
      "the treasury balance",
      ok=lambda e: e["t2"] != 0))

add(T("money_transit_card", "$",
      "{name}'s transit card has {b0:$} on it. Each ride costs {c:$}, and the card is allowed to go negative. After {k:n} rides, what is the card balance?",
      dict(b0=R("2.00", "6.00", "0.25"), c=C("2.25", "2.50", "2.75", "2.90", "3.25"), k=R(3, 6)),
      [S("mul", "k c", "cost", "the cost of the rides", "Rides", "{k:a} rides at {c:$}"),
       S("sub", "b0 cost", "bal", "the card balance", "Balance", "subtract from {b0:$}")],
      "the card balance", cents=True,
      ok=lambda e: e["bal"] < 0, gloss="owes"))

# =================================================================== GOLF
add(T("golf_behind_leader", "golf",
      "{name} shot {s1:G}, {s2:G}, {s3:G}, and {s4:G} in four rounds of a golf tournament. The winner finished at {L:G}. How many strokes behind the winner was {name}?",
      dict(s1=R(-5, 4, nz=False), s2=R(-5, 4, nz=False), s3=R(-5, 4, nz=False), s4=R(-5, 4, nz=False), L=R(-16, -8)),
      [S("sum", "s1 s2 s3 s4", "tot", "{his} total score", "Total", "add the four rounds"),
       S("diff", "tot L", "gap", "the number of strokes behind", "Behind", "the winner was at {L:G}", unit="strokes")],
      "{name}'s deficit behind the winner",
      ok=lambda e: e["tot"] > e["L"] and sum(1 for k in ("s1", "s2", "s3", "s4") if e[k] < 0) >= 2))

add(T("golf_total_strokes", "golf",
      "Par for each round at a golf course is {par:d}. {name} scored {s1:G} in the first round and {s2:G} in the second round. How many strokes did {he} take in the two rounds combined?",
      dict(par=C(70, 71, 72), s1=R(-5, 5), s2=R(-5, 5)),
      [S("add", "par s1", "r1", "the first-round strokes", "Round 1", "par plus {his} first-round score", unit="strokes"),
       S("add", "par s2", "r2", "the second-round strokes", "Round 2", "par plus {his} second-round score", unit="strokes"),
       S("add", "r1 r2", "tot", "the total strokes", "Total", "add the two rounds", unit="strokes")],
      "the total number of strokes",
      ok=lambda e: e["s1"] < 0 or e["s2"] < 0))

add(T("golf_beat_margin", "golf",
      "{name} finished three rounds at {a:G} and then shot {b:G} in the fourth round. {name2} finished the tournament at {c:G}. By how many strokes did {name} beat {name2}?",
      dict(a=R(-9, -2), b=R(-4, 3), c=R(-6, 4)),
      [S("add", "a b", "tot", "{name}'s final score", "{name}", "add the fourth round to {a:G}"),
       S("diff", "c tot", "m", "the margin", "Margin", "{name2} was at {c:G}", unit="strokes")],
      "the margin",
      ok=lambda e: e["c"] > e["tot"] and e["b"] != 0))

add(T("golf_birdies_bogeys", "golf",
      "In one round, {name} made {b:n} birdies (each is 1 under par), {g:n} bogeys (each is 1 over par), and {d:n} double bogeys (each is 2 over par). Every other hole was a par. What was {his} score relative to par?",
      dict(b=R(2, 7), g=R(2, 4), d=R(2, 3), m1=C(-1)),
      [S("mul", "b m1", "bir", "the birdies' total", "Birdies", "each birdie counts as {m1:n}"),
       S("mul", "d 2", "dbl", "the double bogeys' total", "Double bogeys", "each double bogey counts as +2"),
       S("sum", "bir g dbl", "sc", "{his} score", "Score", "the bogeys add {g:a}")],
      "{his} score relative to par",
      ok=lambda e: e["sc"] != 0))

add(T("golf_avg_rounds", "golf",
      "A golfer's scores relative to par in four rounds were {s1:G}, {s2:G}, {s3:G}, and {s4:G}. What was the average score relative to par per round?",
      dict(s1=R(-6, 4), s2=R(-6, 4), s3=R(-6, 4), s4=R(-6, 4)),
      [S("sum", "s1 s2 s3 s4", "tot", "the total", "Total", "add the four rounds"),
       S("div", "tot 4", "avg", "the average per round", "Average", "divide by 4")],
      "the average score per round",
      ok=lambda e: e["tot"] < 0 and sum(1 for k in ("s1", "s2", "s3", "s4") if e[k] > 0) >= 1))

add(T("golf_birdie_run", "golf",
      "The leader of a golf tournament is at {L:G}. {name} is at {p:G}. If {name} makes birdies on the next {k:n} holes (1 under par each) while the leader makes pars, how many strokes behind the leader will {name} be?",
      dict(L=R(-14, -6), p=R(-7, 0, nz=False), k=R(2, 4)),
      [S("diff", "p L", "gap", "the current gap", "Behind now", "compare {p:G} with {L:G}", unit="strokes"),
       S("sub", "gap k", "gap2", "the gap after the birdies", "Behind after", "{k:a} birdies make up {k:a} strokes", unit="strokes")],
      "{name}'s deficit behind the leader",
      ok=lambda e: e["gap2"] > 0))

add(T("golf_front_back", "golf",
      "Par for the front nine is {p1:d}, and {name} took {s1:d} strokes. Par for the back nine is {p2:d}, and {he} took {s2:d} strokes. What was {his} score relative to par for the whole round?",
      dict(p1=C(35, 36), s1=R(31, 41), p2=C(35, 36), s2=R(31, 41)),
      [S("sub", "s1 p1", "f", "the front-nine score", "Front nine", "strokes minus par"),
       S("sub", "s2 p2", "b", "the back-nine score", "Back nine", "strokes minus par"),
       S("add", "f b", "tot", "the total relative to par", "Total", "add the two nines")],
      "{his} score relative to par",
      ok=lambda e: e["f"] != 0 and e["b"] != 0 and (e["f"] < 0 or e["b"] < 0) and e["tot"] != 0))

add(T("golf_minigolf_strokes", "golf",
      "A 9-hole mini-golf course has a total par of {par:d}. {name} made {b:n} birdies (−1 each) and {d:n} double bogeys (+2 each) and made par on every other hole. How many strokes did {he} take?",
      dict(par=C(27, 28, 29, 30), b=R(2, 5), d=R(2, 3), m1=C(-1)),
      [S("mul", "b m1", "x", "the birdies", "Birdies", "{b:a} birdies at {m1:n} each"),
       S("mul", "d 2", "y", "the double bogeys", "Double bogeys", "{d:a} double bogeys at +2 each"),
       S("add", "x y", "rel", "the score relative to par", "Relative", "combine them"),
       S("add", "par rel", "str", "the number of strokes", "Strokes", "add to the par of {par:a}", unit="strokes")],
      "the number of strokes",
      ok=lambda e: e["rel"] != 0))

add(T("golf_cut_line", "golf",
      "The cut line after two rounds of a tournament is {c:G}. {name} shot {r1:G} and {r2:G} in the first two rounds. By how many strokes did {he} beat the cut line?",
      dict(c=R(-1, 4, nz=False), r1=R(-5, 3), r2=R(-5, 3)),
      [S("add", "r1 r2", "tot", "{his} two-round score", "Two rounds", "add the two rounds"),
       S("diff", "c tot", "m", "the margin under the cut", "Margin", "the cut is {c:G}", unit="strokes")],
      "the number of strokes under the cut line",
      ok=lambda e: e["tot"] < e["c"] and (e["r1"] > 0 or e["r2"] > 0)))

add(T("golf_team_avg", "golf",
      "Three teammates' scores relative to par were {a:G}, {b:G}, and {c:G}. What was their average score?",
      dict(a=R(-7, 4), b=R(-7, 4), c=R(-7, 4)),
      [S("sum", "a b c", "tot", "the team total", "Total", "add the three scores"),
       S("div", "tot 3", "avg", "the average", "Average", "divide by 3")],
      "the average score",
      ok=lambda e: e["tot"] % 3 == 0 and e["tot"] < 0))

add(T("golf_improving", "golf",
      "{name} shot {s1:G} in the first round. In each of the next two rounds {he} shot {k:n} strokes better than in the round before. What was {his} total score relative to par for the three rounds?",
      dict(s1=R(1, 5), k=R(2, 4)),
      [S("sub", "s1 k", "s2", "the second-round score", "Round 2", "{k:a} strokes better than {s1:G}"),
       S("sub", "s2 k", "s3", "the third-round score", "Round 3", "another {k:a} strokes better"),
       S("sum", "s1 s2 s3", "tot", "the total", "Total", "add all three rounds")],
      "the total score relative to par",
      ok=lambda e: e["s3"] < 0 and e["tot"] != 0))

add(T("golf_final_round_gap", "golf",
      "Going into the last round, {name} was at {a:G} and {name2} was at {b:G}. In the last round, {name} shot {c:G} and {name2} shot {d:G}. What was {name2}'s final score minus {name}'s final score?",
      dict(a=R(-10, -3), b=R(-8, -1), c=R(-2, 4), d=R(-6, 1)),
      [S("add", "a c", "A", "{name}'s final score", "{name}", "{name}: {a:G} plus {c:G}"),
       S("add", "b d", "B", "{name2}'s final score", "{name2}", "{name2}: {b:G} plus {d:G}"),
       S("sub", "B A", "g", "the difference", "Difference", "{name2}'s minus {name}'s", unit="strokes")],
      "the difference",
      ok=lambda e: e["g"] != 0 and e["c"] != 0 and e["d"] != 0))

# =================================================================== FLOORS
FLOORS = "In this building the ground floor is floor 0, and basement floors are numbered -1, -2, -3, and so on. "

add(T("floor_down_up", "floor",
      FLOORS + "An elevator starts on {s:FL}. It goes down {a:n} floors and then up {b:n} floors. What floor is it on now?",
      dict(s=R(1, 6), a=R(3, 9), b=R(2, 12)),
      [S("sub", "s a", "f1", "the floor after going down", "Down", "down {a:a} floors"),
       S("add", "f1 b", "f2", "the floor after going up", "Up", "up {b:a} floors")],
      "the floor number", start=("Start", "s"),
      ok=lambda e: e["f1"] < 0 and e["f2"] != 0))

add(T("floor_garage_steps", "floor",
      FLOORS + "{name} parks on {p:FL} of the underground garage and takes the stairs up to floor {f:d}. Each floor has {k:d} steps. How many steps does {he} climb?",
      dict(p=R(-4, -1), f=R(2, 9), k=C(12, 14, 16, 18, 20)),
      [S("diff", "f p", "n", "the number of floors climbed", "Floors", "from floor {p:n} up to floor {f:a}", unit="floors"),
       S("mul", "n k", "st", "the number of steps", "Steps", "{k:a} steps per floor", unit="steps")],
      "the number of steps"))

add(T("floor_round_trip", "floor",
      FLOORS + "A tower's floors go from {lo:s} (the lowest basement) up to {hi:d}. An elevator goes from the lowest basement to the top floor and then back down to floor {m:d}. How many floors does it travel in total?",
      dict(lo=R(-6, -2), hi=R(20, 48), m=R(1, 12)),
      [S("diff", "hi lo", "up", "the trip up", "Up", "from {lo:n} to {hi:a}", unit="floors"),
       S("diff", "hi m", "dn", "the trip down", "Down", "from {hi:a} down to {m:a}", unit="floors"),
       S("add", "up dn", "tot", "the total", "Total", "add the two trips", unit="floors")],
      "the total number of floors traveled"))

add(T("floor_three_moves", "floor",
      FLOORS + "An elevator on floor {s:s} moves {a:S} floors, then {b:S} floors, then {c:S} floors (positive means up, negative means down). Which floor is it on at the end?",
      dict(s=R(-3, 6), a=R(-7, 8), b=R(-7, 8), c=R(-7, 8)),
      [S("add", "s a", "f1", "the floor after the first move", "Move 1", "first move {a:P}"),
       S("add", "f1 b", "f2", "the floor after the second move", "Move 2", "second move {b:P}"),
       S("add", "f2 c", "f3", "the floor after the third move", "Move 3", "third move {c:P}")],
      "the final floor", start=("Start", "s"),
      ok=lambda e: sum(1 for k in ("f1", "f2", "f3") if e[k] < 0) >= 1 and e["f3"] != 0
      and sum(1 for k in ("a", "b", "c") if e[k] < 0) >= 1))

add(T("floor_heights", "m",
      FLOORS + "Each floor is {h:d} meters tall, and the floor of level 0 is at a height of 0 m. What is the vertical distance between the floor of level {a:s} and the floor of level {b:d}?",
      dict(h=C(3, 4, 5), a=R(-4, -1), b=R(3, 12)),
      [S("mul", "a h", "ha", "the height of level {a:n}", "Level {a:n}", "level {a:n} times {h:a} m"),
       S("mul", "b h", "hb", "the height of level {b:a}", "Level {b:a}", "level {b:a} times {h:a} m"),
       S("diff", "hb ha", "d", "the vertical distance", "Distance", "subtract the lower height from the higher one")],
      "the vertical distance", vert=True))

add(T("floor_away_from_start", "floor",
      FLOORS + "An elevator starts on floor {s:d}. It goes down {a:n} floors and then up {b:n} floors. How many floors below its starting floor is it now?",
      dict(s=R(2, 8), a=R(6, 14), b=R(2, 6)),
      [S("sub", "s a", "f1", "the floor after going down", "Down", "down {a:a} floors"),
       S("add", "f1 b", "f2", "the floor after going up", "Up", "up {b:a} floors"),
       S("diff", "s f2", "d", "the distance from the start", "From start", "compare with floor {s:a}", unit="floors")],
      "the number of floors between it and its starting floor",
      ok=lambda e: e["f1"] < 0 and e["d"] > 0))

add(T("floor_mine_levels", "m",
      "In a mine, level 1 is {d:d} meters below the surface, level 2 is {d:d} meters below level 1, and so on, with the surface at 0 m. What is the elevation of level {k:n}? A worker on that level rides up {u:n} levels. What is the worker's elevation now?",
      dict(d=C(30, 40, 45, 50, 60), k=R(4, 8), u=R(2, 3), nd=C(-1)),
      [S("mul", "d k", "dep", "the depth of level {k:a}", "Depth", "{k:a} levels of {d:a} m", unit="m"),
       S("mul", "nd dep", "e1", "the elevation of level {k:a}", "Elevation", "below the surface means negative"),
       S("mul", "u d", "up", "the height ridden up", "Up", "{u:a} levels of {d:a} m"),
       S("add", "e1 up", "e2", "the worker's new elevation", "New elevation", "add the climb")],
      "the worker's elevation",
      ok=lambda e: e["u"] < e["k"], vert=True))

add(T("floor_hotel_pool", "floor",
      FLOORS + "A hotel's pool is on {p:FL}, and {name}'s room is on floor {r:d}. The elevator takes {t:d} seconds per floor. How many seconds does the ride from the pool to the room take?",
      dict(p=R(-3, -1), r=R(4, 22), t=C(2, 3, 4)),
      [S("diff", "r p", "n", "the number of floors", "Floors", "from {p:n} up to {r:a}", unit="floors"),
       S("mul", "n t", "sec", "the time", "Time", "{t:a} seconds per floor", unit="s")],
      "the ride time"))

add(T("floor_storage_trips", "floor",
      FLOORS + "{name} carries boxes from floor {a:s} down to floor {b:s} and walks back up after each trip. How many floors does {he} walk in one round trip? If {he} makes {k:n} round trips, how many floors does {he} walk in all?",
      dict(a=R(-2, 4, nz=False), b=R(-6, -3), k=R(3, 7)),
      [S("diff", "a b", "one", "the floors for one way", "One way", "from {a:n} down to {b:n}", unit="floors"),
       S("mul", "one 2", "rt", "the floors for one round trip", "Round trip", "down and back up", unit="floors"),
       S("mul", "rt k", "tot", "the total floors", "Total", "{k:a} round trips", unit="floors")],
      "the total number of floors walked"))

add(T("floor_repeated_down", "floor",
      FLOORS + "An elevator on floor {s:d} goes down {a:n} floors, {k:n} times in a row, without going up. What floor is it on then?",
      dict(s=R(2, 10), a=R(2, 5), k=R(2, 4)),
      [S("mul", "a k", "down", "the total number of floors down", "Total down", "{a:a} floors, {k:a} times", unit="floors"),
       S("sub", "s down", "f", "the final floor", "Final", "from floor {s:a}")],
      "the final floor",
      ok=lambda e: e["f"] < 0))

add(T("floor_janitor", "floor",
      FLOORS + "A janitor starts on floor {a:s}, rides up to floor {b:d}, and then rides down to floor {c:s}. How many floors does {he} travel in all?",
      dict(a=R(-4, -1), b=R(5, 15), c=R(-3, 2, nz=False)),
      [S("diff", "b a", "up", "the ride up", "Up", "from {a:n} to {b:a}", unit="floors"),
       S("diff", "b c", "dn", "the ride down", "Down", "from {b:a} to {c:n}", unit="floors"),
       S("add", "up dn", "tot", "the total", "Total", "add the two rides", unit="floors")],
      "the total number of floors"))

add(T("floor_subway_escalator", "m",
      "A subway platform is {nk:A} levels below the street, which is at level 0. Each level is {h:d} meters tall. The escalator rises {r:d} meters every 10 seconds. How many seconds does it take to ride from the platform up to the street?",
      dict(nk=R(-4, -2), h=C(4, 5, 6), r=C(2, 3, 4)),
      [S("mul", "nk h", "e", "the platform's elevation", "Platform", "{nk:n} levels times {h:a} m"),
       S("diff", "0 e", "dist", "the distance up to the street", "Distance", "from {e:n} up to 0"),
       S("div", "dist r", "n10", "the number of 10-second periods", "Periods", "{r:a} m per 10 seconds", unit=""),
       S("mul", "n10 10", "sec", "the time in seconds", "Time", "each period is 10 seconds", unit="s")],
      "the ride time",
      ok=lambda e: e["dist"] % e["r"] == 0, vert=True))

# =================================================================== GAMES / STOCKS
add(T("game_contest_marking", "pts",
      "In a math contest, each correct answer earns {p:d} points and each wrong answer loses {nl:A} points. {name} got {c:n} answers right and {w:n} wrong. What was {his} score?",
      dict(p=C(3, 4, 5), nl=C(-2, -3), c=R(4, 12), w=R(3, 10)),
      [S("mul", "c p", "plus", "the points for correct answers", "Correct", "{c:a} right at {p:a} points each"),
       S("mul", "w nl", "minus", "the points for wrong answers", "Wrong", "{w:a} wrong at {nl:n} each"),
       S("add", "plus minus", "sc", "the score", "Score", "combine them")],
      "{his} score"))

add(T("game_quiz_negative", "pts",
      "In a quiz game, a correct answer is worth {p:S} points and a wrong answer is worth {nl:P} points. {name} answered {c:n} questions correctly and {w:n} incorrectly. What was {his} final score?",
      dict(p=C(2, 3), nl=C(-2, -3, -4), c=R(2, 6), w=R(4, 10)),
      [S("mul", "c p", "plus", "the points from correct answers", "Correct", "{c:a} correct"),
       S("mul", "w nl", "minus", "the points from wrong answers", "Wrong", "{w:a} wrong at {nl:n}"),
       S("add", "plus minus", "sc", "the final score", "Score", "add them")],
      "{his} final score",
      ok=lambda e: e["sc"] < 0))

add(T("game_trap_gem", "pts",
      "{name} had {s0:d} points in a video game. {He} fell into a trap and lost {a:d} points, and then {he} collected a gem worth {b:d} points. What is {his} score now?",
      dict(s0=R(40, 200, 5), a=R(100, 350, 5), b=R(20, 150, 5)),
      [S("sub", "s0 a", "s1", "the score after the trap", "After trap", "the trap costs {a:a} points"),
       S("add", "s1 b", "s2", "the score after the gem", "After gem", "the gem is worth {b:a} points")],
      "{his} score", start=("Start", "s0"),
      ok=lambda e: e["s1"] < 0 and e["s2"] != 0))

add(T("game_card_rounds_avg", "pts",
      "In a card game, {name}'s scores for four rounds were {r1:P}, {r2:P}, {r3:P}, and {r4:P}. What was {his} average score per round?",
      dict(r1=R(-40, 35, 5), r2=R(-40, 35, 5), r3=R(-40, 35, 5), r4=R(-40, 35, 5)),
      [S("sum", "r1 r2 r3 r4", "tot", "the total", "Total", "add the four rounds"),
       S("div", "tot 4", "avg", "the average", "Average", "divide by 4")],
      "the average score per round",
      ok=lambda e: sum(1 for k in ("r1", "r2", "r3", "r4") if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("stock_week_changes", "$",
      "A stock started the week at {p0:$} per share. Its daily price changes were {c1:$S}, {c2:$S}, {c3:$S}, {c4:$S}, and {c5:$S}. What was the price at the end of the week?",
      dict(p0=R(18, 60), c1=R(-3, 3, "0.25"), c2=R(-3, 3, "0.25"), c3=R(-3, 3, "0.25"), c4=R(-3, 3, "0.25"), c5=R(-3, 3, "0.25")),
      [S("sum", "c1 c2 c3 c4 c5", "net", "the net change", "Net change", "add the five changes"),
       S("add", "p0 net", "fin", "the final price", "Final price", "add the net change to {p0:$}")],
      "the price at the end of the week", cents=True,
      ok=lambda e: e["net"] < 0 and sum(1 for k in ("c1", "c2", "c3", "c4", "c5") if e[k] < 0) >= 3))

add(T("stock_shares_two_days", "$",
      "{name} owns {n:n} shares of a stock. On Monday the price changed by {c1:$S} per share, and on Tuesday it changed by {c2:$S} per share. What was the total change in the value of {his} shares over the two days?",
      dict(n=C(10, 20, 25, 40, 50), c1=R(-3, 2, "0.25"), c2=R(-3, 2, "0.25")),
      [S("mul", "n c1", "m1", "Monday's change", "Monday", "{n:a} shares times {c1:$s}"),
       S("mul", "n c2", "m2", "Tuesday's change", "Tuesday", "{n:a} shares times {c2:$s}"),
       S("add", "m1 m2", "tot", "the total change", "Total", "add the two days")],
      "the total change in value", cents=True,
      ok=lambda e: (e["c1"] < 0 or e["c2"] < 0) and e["tot"] != 0))

add(T("football_avg_plays", "yd",
      "On four plays, a football team gained or lost these yards: {y1:S}, {y2:S}, {y3:S}, and {y4:S}. What was the team's average yardage per play?",
      dict(y1=R(-9, 15), y2=R(-9, 15), y3=R(-9, 15), y4=R(-9, 15)),
      [S("sum", "y1 y2 y3 y4", "tot", "the net yardage", "Net", "add the four plays"),
       S("div", "tot 4", "avg", "the average per play", "Average", "divide by 4 plays")],
      "the average yardage per play",
      ok=lambda e: sum(1 for k in ("y1", "y2", "y3", "y4") if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("football_losses_gain", "yd",
      "A running back lost {l:d} yards on each of {k:n} straight plays and then gained {g:d} yards on the next play. What was his net yardage for those plays?",
      dict(l=R(2, 6), k=R(2, 4), g=R(3, 25)),
      [S("mul", "l k", "lost", "the total yards lost", "Lost", "{l:a} yards on each of {k:a} plays"),
       S("sub", "g lost", "net", "the net yardage", "Net", "the gain was {g:a} yards")],
      "his net yardage",
      ok=lambda e: e["net"] != 0))

add(T("trivia_five_rounds", "pts",
      "A trivia team's scores for five rounds were {a:P}, {b:P}, {c:P}, {d:P}, and {e:P}. What was the team's average score per round?",
      dict(a=R(-20, 30), b=R(-20, 30), c=R(-20, 30), d=R(-20, 30), e=R(-20, 30)),
      [S("sum", "a b c d e", "tot", "the total", "Total", "add the five rounds"),
       S("div", "tot 5", "avg", "the average", "Average", "divide by 5")],
      "the average per round",
      ok=lambda e: sum(1 for k in "abcde" if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("board_game_track", "",
      "In a board game, {name}'s token starts on space 0. On the first turn {he} moves forward {a:n} spaces. Then {he} lands on a penalty square and moves back {b:n} spaces, and on the next turn {he} moves back {c:n} more. Where is {his} token relative to the start (forward is positive)?",
      dict(a=R(3, 8), b=R(4, 9), c=R(2, 6)),
      [S("sub", "a b", "p1", "the position after the penalty", "After penalty", "back {b:a} from {a:a}"),
       S("sub", "p1 c", "p2", "the final position", "Final", "back {c:a} more")],
      "the token's position",
      ok=lambda e: e["p2"] < 0))

add(T("game_hits_misses", "pts",
      "In a carnival game, each hit earns {h:d} points and each miss costs {m:d} points. {name} has {k:n} hits and {j:n} misses. What is {his} score?",
      dict(h=C(5, 6, 8, 10), m=C(6, 8, 10, 12), k=R(2, 6), j=R(3, 9)),
      [S("mul", "k h", "won", "the points from hits", "Hits", "{k:a} hits at {h:a} points"),
       S("mul", "j m", "lost", "the points lost on misses", "Misses", "{j:a} misses at {m:a} points each"),
       S("sub", "won lost", "sc", "the score", "Score", "subtract the points lost")],
      "{his} score",
      ok=lambda e: e["sc"] != 0))

add(T("game_catch_up", "pts",
      "At the end of a game, {name} has {a:P} points and {name2} has {b:P} points. If {name} earns {c:d} more points, how far behind {name2} will {he} be?",
      dict(a=R(-60, -10, 5), b=R(5, 80, 5), c=R(10, 40, 5)),
      [S("add", "a c", "a2", "{name}'s new score", "{name}", "{name} earns {c:a} points"),
       S("diff", "b a2", "gap", "the gap", "Gap", "{name2} has {b:n}")],
      "the gap between them",
      ok=lambda e: e["b"] > e["a2"]))

add(T("stock_sale_loss", "$",
      "{name} bought {n:n} shares of a stock at {b:$} each and later sold them at {s:$} each. What was {his} total gain or loss? (Use a negative number for a loss.)",
      dict(n=C(10, 12, 15, 20, 25, 30), b=R(30, 70), s=R(20, 60)),
      [S("sub", "s b", "per", "the change per share", "Per share", "selling price minus buying price"),
       S("mul", "per n", "tot", "the total", "Total", "{n:a} shares")],
      "the total gain or loss",
      ok=lambda e: e["per"] < 0))

add(T("company_quarters_avg", "",
      "A company's earnings in four quarters were {q1:s}, {q2:s}, {q3:s}, and {q4:s} million dollars (negative means a loss). What were its average quarterly earnings, in millions of dollars?",
      dict(q1=R("-3.5", "2.5", "0.5"), q2=R("-3.5", "2.5", "0.5"), q3=R("-3.5", "2.5", "0.5"), q4=R("-3.5", "2.5", "0.5")),
      [S("sum", "q1 q2 q3 q4", "tot", "the total for the year", "Total", "add the four quarters"),
       S("div", "tot 4", "avg", "the average per quarter", "Average", "divide by 4")],
      "the average quarterly earnings",
      ok=lambda e: sum(1 for k in ("q1", "q2", "q3", "q4") if e[k] < 0) >= 2 and e["tot"] != 0))

add(T("weight_weekly_avg", "lb",
      "{name}'s dog changed weight by {w1:S} lb, {w2:S} lb, {w3:S} lb, and {w4:S} lb over four weeks. What was the dog's average weekly change?",
      dict(w1=R("-2", "1.5", "0.5"), w2=R("-2", "1.5", "0.5"), w3=R("-2", "1.5", "0.5"), w4=R("-2", "1.5", "0.5")),
      [S("sum", "w1 w2 w3 w4", "tot", "the total change", "Total", "add the four weeks"),
       S("div", "tot 4", "avg", "the average weekly change", "Average", "divide by 4")],
      "the average weekly change",
      ok=lambda e: e["tot"] < 0 and sum(1 for k in ("w1", "w2", "w3", "w4") if e[k] > 0) >= 1))

add(T("hockey_plus_minus", "",
      "A hockey player's plus-minus ratings in five games were {a:S}, {b:S}, {c:S}, {d:S}, and {e:S}. The team's best player has a total plus-minus of {t:S} over those games. How much higher is the best player's total than this player's total?",
      dict(a=R(-3, 3), b=R(-3, 3), c=R(-3, 3), d=R(-3, 3), e=R(-3, 3), t=R(4, 9)),
      [S("sum", "a b c d e", "tot", "the player's total", "Total", "add the five games"),
       S("diff", "t tot", "gap", "the difference", "Difference", "the best player is at {t:P}")],
      "the difference",
      ok=lambda e: e["tot"] < 0 and sum(1 for k in "abcde" if e[k] > 0) >= 1))

add(T("game_coins_quests", "coins",
      "In a game, {name} has {c0:d} coins. {He} buys a sword that costs {s:d} coins on credit, so {his} coin balance goes negative. Then {he} completes {k:n} quests that pay {p:d} coins each. How many coins does {he} have now?",
      dict(c0=R(50, 300, 10), s=R(350, 700, 10), k=R(2, 6), p=R(30, 90, 5)),
      [S("sub", "c0 s", "b1", "the balance after the sword", "After sword", "the sword costs {s:a} coins"),
       S("mul", "k p", "earn", "the quest rewards", "Quests", "{k:a} quests at {p:a} coins"),
       S("add", "b1 earn", "b2", "the final balance", "Final", "add the rewards")],
      "{his} coin balance",
      ok=lambda e: e["b2"] != 0))

add(T("darts_misses", "pts",
      "In a darts game, hitting the board scores {h:d} points and missing the board scores {nm:P} points. {name} throws {k:n} darts; {j:n} hit the board and the rest miss. What is {his} total score?",
      dict(h=C(3, 4, 5), nm=C(-5, -6, -8, -10), k=R(8, 12), j=R(2, 6)),
      [S("sub", "k j", "mis", "the number of misses", "Misses", "{k:a} darts minus {j:a} hits", unit=""),
       S("mul", "mis nm", "lost", "the points from misses", "Miss points", "each miss is {nm:n}"),
       S("mul", "j h", "won", "the points from hits", "Hit points", "each hit is {h:a}"),
       S("add", "won lost", "tot", "the total score", "Total", "combine them")],
      "{his} total score",
      ok=lambda e: e["tot"] < 0))

add(T("quiz_show_wagers", "$",
      "On a quiz show, {name} answered four questions in order, worth {a:$}, {nb:A$}, {c:$}, and {nd:A$}. {He} got the first and third right and the second and fourth wrong. A right answer adds its value, and a wrong answer subtracts it. What was {his} score after the four questions?",
      dict(a=C(200, 400, 600, 800), nb=C(-400, -800, -1000, -1200), c=C(200, 400, 600, 1000), nd=C(-400, -600, -800, -1600)),
      [S("add", "a nb", "x2", "the score after question 2", "After Q2", "the second answer was wrong"),
       S("add", "x2 c", "x3", "the score after question 3", "After Q3", "the third answer was right"),
       S("add", "x3 nd", "x4", "the score after question 4", "After Q4", "the fourth answer was wrong")],
      "{his} score",
      ok=lambda e: e["x2"] < 0 and e["x4"] != 0))

add(T("coin_price_hourly", "$",
      "A digital coin's price was {p0:$}. Then its price changed by {dr:$S} every hour for {h:n} hours. What was the price at the end?",
      dict(p0=R(40, 120), dr=R("-4.75", "-1.25", "0.25"), h=R(3, 8)),
      [S("mul", "dr h", "chg", "the total change", "Change", "{dr:$s} each hour for {h:a} hours"),
       S("add", "p0 chg", "p1", "the new price", "Price", "add the change to {p0:$}")],
      "the price at the end", cents=True))

add(T("card_multiply_negatives", "",
      "In a math card game, {name} draws two cards, {a:s} and {b:s}, and multiplies them. Then {he} draws {c:s} and adds it to the product. What is {his} result?",
      dict(a=R(-9, -2), b=R(-9, -2), c=R(-40, -5)),
      [S("mul", "a b", "pr", "the product", "Product", "multiply the two cards"),
       S("add", "pr c", "res", "the result", "Result", "add {c:n}")],
      "{his} result",
      ok=lambda e: e["res"] != 0))

add(T("red_square_multiplier", "pts",
      "In a board game, landing on a red square multiplies your score by {m:s}. {name}'s score is {s:s}. {He} lands on a red square and then loses {l:n} points. What is {his} score now?",
      dict(m=C(-2, -3), s=R(-15, -3), l=R(4, 12)),
      [S("mul", "s m", "s1", "the score after the red square", "Red square", "multiply {s:n} by {m:n}"),
       S("sub", "s1 l", "s2", "the score after losing points", "After loss", "lose {l:a} points")],
      "{his} score"))

# =================================================================== TIME ZONES
add(T("tz_tokyo_ny", "h",
      "Tokyo is at {a:Z} and New York is at {b:Z}. If it is {t:d}:00 in New York, what time is it in Tokyo? Give the hour on a 24-hour clock.",
      dict(a=C(9), b=C(-5, -4), t=R(1, 9)),
      [S("diff", "a b", "d", "the time difference", "Difference", "Tokyo is {a:Z} and New York is {b:Z}"),
       S("add", "t d", "tt", "the time in Tokyo", "Tokyo time", "add {d:n} hours to {t:a}:00", unit="clock")],
      "the hour in Tokyo",
      ok=lambda e: e["tt"] < 24))

add(T("tz_london_denver", "h",
      "It is {t:d}:00 in London ({a:Z}). Denver is at {b:Z}. What time is it in Denver (24-hour clock)?",
      dict(a=C(0, 1), t=R(10, 22), b=C(-7, -6)),
      [S("diff", "a b", "d", "the time difference", "Difference", "London is {a:Z} and Denver is {b:Z}"),
       S("sub", "t d", "td", "the time in Denver", "Denver time", "go back {d:n} hours from {t:a}:00", unit="clock")],
      "the hour in Denver",
      ok=lambda e: e["td"] > 0))

add(T("tz_sydney_la", "h",
      "Sydney is at {a:Z} and Los Angeles is at {b:Z}. It is {t:d}:00 in Sydney. What time is it in Los Angeles on the 24-hour clock (it is the day before there)?",
      dict(a=C(10, 11), b=C(-8, -7), t=R(1, 12)),
      [S("diff", "a b", "d", "the time difference", "Difference", "Sydney is {a:Z} and Los Angeles is {b:Z}"),
       S("sub", "t d", "x", "the hour before adjusting for the day", "Raw", "subtract {d:n} from {t:a}", unit=""),
       S("add", "x 24", "la", "the time in Los Angeles", "LA time", "add 24 because it is the day before", unit="clock")],
      "the hour in Los Angeles",
      ok=lambda e: e["x"] < 0 and e["la"] > 0))

add(T("tz_flight_arrival", "h",
      "A flight leaves New York ({a:Z}) at {t:d}:00 local time and lasts {f:n} hours. It lands in London ({b:Z}). What is the local time in London when it lands (24-hour clock)?",
      dict(a=C(-5, -4), t=R(6, 11), f=R(6, 8), b=C(0, 1)),
      [S("add", "t f", "nyt", "the New York time at landing", "NY time", "{t:a}:00 plus {f:a} hours", unit="clock"),
       S("diff", "b a", "d", "the time difference", "Difference", "London is {b:Z} and New York is {a:Z}"),
       S("add", "nyt d", "lt", "the London time", "London time", "add the difference", unit="clock")],
      "the local time in London",
      ok=lambda e: e["lt"] < 24))

add(T("tz_meeting_berlin", "h",
      "A meeting starts at {t:d}:00 in Chicago ({a:Z}). What time is it in Berlin ({b:Z}) when the meeting starts? Use the 24-hour clock.",
      dict(t=R(7, 14), a=C(-6, -5), b=C(1, 2)),
      [S("sub", "t a", "utc", "the time in UTC", "UTC", "Chicago is {a:Z}, so subtract {a:n}", unit="clock"),
       S("add", "utc b", "ber", "the time in Berlin", "Berlin", "add Berlin's offset", unit="clock")],
      "the time in Berlin",
      ok=lambda e: e["ber"] < 24))

add(T("tz_honolulu_sydney", "h",
      "Honolulu is at {a:Z}, Anchorage is at {b:Z}, and Sydney is at {c:Z}. How many more hours ahead of Honolulu is Sydney than Anchorage is?",
      dict(a=C(-10), b=C(-9, -8), c=C(10, 11)),
      [S("diff", "b a", "d1", "Anchorage's lead over Honolulu", "Anchorage", "Anchorage is {b:Z} and Honolulu is {a:Z}"),
       S("diff", "c a", "d2", "Sydney's lead over Honolulu", "Sydney", "Sydney is {c:Z}"),
       S("sub", "d2 d1", "x", "the difference", "Difference", "compare the two")],
      "the number of hours"))

add(T("tz_offset_chain", "h",
      "A city is at {a:Z}. A second city is {k:n} hours behind it, and a third city is {j:n} hours ahead of the second city. What is the UTC offset of the third city? Give it as a signed number of hours.",
      dict(a=R(-6, 3, nz=False), k=R(3, 8), j=R(2, 3)),
      [S("sub", "a k", "c2", "the second city's offset", "City 2", "{k:a} hours behind"),
       S("add", "c2 j", "c3", "the third city's offset", "City 3", "{j:a} hours ahead")],
      "the third city's offset",
      ok=lambda e: e["c2"] < 0 and e["c3"] != 0))

add(T("tz_dst_athens", "h",
      "In winter, a city in North America is at {a:Z}. In summer, the city moves its clocks 1 hour ahead. Athens is at {b:Z} in summer. How many hours behind Athens is the city in summer?",
      dict(a=C(-8, -7, -6, -5, -4), b=C(2, 3)),
      [S("add", "a 1", "s", "the summer offset", "Summer offset", "one hour ahead of {a:n}"),
       S("diff", "b s", "d", "the difference", "Difference", "Athens minus the city")],
      "the number of hours"))

add(T("tz_delhi_half", "h",
      "New Delhi is at UTC+5:30, which is 5.5 hours ahead of UTC. {city} is at {b:Z}. Manila is at UTC+8. How many hours ahead of {city} is New Delhi, and how many hours ahead of {city} is Manila? Give the Manila answer.",
      dict(a=C("5.5"), b=C(-8, -7, -6, -5, -4, -3), m=C(8)),
      [S("diff", "a b", "d1", "New Delhi's lead over {city}", "New Delhi", "{city} is {b:Z}"),
       S("diff", "m a", "d2", "Manila's lead over New Delhi", "Manila vs Delhi", "Manila is UTC+8"),
       S("add", "d1 d2", "tot", "Manila's lead over {city}", "Manila", "add the two")],
      "the number of hours Manila is ahead"))

add(T("tz_saopaulo_tokyo", "h",
      "{name} in São Paulo ({a:Z}) wants to call a friend in Tokyo ({b:Z}) at {t:d}:00 São Paulo time. What time will it be in Tokyo? Use the 24-hour clock.",
      dict(a=C(-3), b=C(9), t=R(0, 8, nz=False)),
      [S("sub", "t a", "utc", "the time in UTC", "UTC", "subtract the São Paulo offset of {a:n}", unit="clock"),
       S("add", "utc b", "tk", "the time in Tokyo", "Tokyo", "add Tokyo's offset", unit="clock")],
      "the time in Tokyo",
      ok=lambda e: e["tk"] < 24))

# =================================================================== MISC
add(T("numline_right_left", "",
      "On a number line, a point starts at {a:s}. It moves {b:n} units to the right and then {c:n} units to the left. Where does it end up?",
      dict(a=R(-12, -2), b=R(3, 15), c=R(5, 20)),
      [S("add", "a b", "p1", "the position after moving right", "Right", "right {b:a}"),
       S("sub", "p1 c", "p2", "the final position", "Left", "left {c:a}")],
      "the final position", vert=False,
      ok=lambda e: e["p2"] != 0))

add(T("sum_times", "",
      "What is the sum of {a:s}, {b:s}, and {c:s}, multiplied by {d:s}?",
      dict(a=R(-15, 10), b=R(-15, 10), c=R(-15, 10), d=R(-4, -2)),
      [S("sum", "a b c", "s", "the sum", "Sum", "add the three numbers"),
       S("mul", "s d", "p", "the product", "Product", "multiply by {d:n}")],
      "the result", vert=False,
      ok=lambda e: sum(1 for k in "abc" if e[k] < 0) >= 2 and e["s"] != 0))

add(T("think_number", "",
      "{name} thinks of the number {n:s}. {He} subtracts {a:n}, multiplies the result by {m:n}, and then adds {b:n}. What number does {he} end up with?",
      dict(n=R(-9, 6), a=R(3, 12), m=R(2, 5), b=R(4, 20)),
      [S("sub", "n a", "x1", "the number after subtracting", "Subtract", "subtract {a:a}"),
       S("mul", "x1 m", "x2", "the number after multiplying", "Multiply", "multiply by {m:a}"),
       S("add", "x2 b", "x3", "the final number", "Add", "add {b:a}")],
      "the final number", vert=False,
      ok=lambda e: e["x1"] < 0 and e["x3"] != 0))

add(T("ion_charge", "",
      "An atom has {p:d} protons (each with a charge of +1) and {el:d} electrons (each with a charge of −1). Then it gains {g:n} more electrons. What is its overall charge after that?",
      dict(p=R(8, 20), el=R(8, 20), g=R(2, 3), m1=C(-1)),
      [S("mul", "el m1", "ec", "the electrons' charge", "Electrons", "{el:a} electrons at {m1:n} each"),
       S("add", "p ec", "ch", "the starting charge", "Start charge", "add the protons' charge of +{p:a}"),
       S("sub", "ch g", "ch2", "the final charge", "Final charge", "{g:a} more electrons")],
      "the atom's charge", vert=False,
      ok=lambda e: abs(e["p"] - e["el"]) <= 2 and e["ch2"] != 0))

add(T("plane_descent", "ft",
      "A plane is flying at {h:d} feet. It changes altitude at a rate of {dr:s} feet per minute for {m:n} minutes. What is its altitude then?",
      dict(h=R(24000, 36000, 500), dr=R(-2500, -800, 100), m=R(4, 9)),
      [S("mul", "dr m", "chg", "the change in altitude", "Change", "{dr:n} ft per minute for {m:a} minutes"),
       S("add", "h chg", "alt", "the new altitude", "Altitude", "add the change to {h:u}")],
      "the plane's altitude"))

add(T("tank_leak", "L",
      "A water tank holds {v:d} liters. A leak changes the amount of water by {dr:s} liters per hour, and {name} also drains {d:d} liters for the garden. How many liters are in the tank after {h:n} hours?",
      dict(v=R(150, 400, 10), dr=R(-15, -4), d=R(20, 60, 5), h=R(3, 8)),
      [S("mul", "dr h", "chg", "the change from the leak", "Leak", "{dr:n} L per hour for {h:a} hours"),
       S("add", "v chg", "v1", "the water after the leak", "After leak", "add the change to {v:u}"),
       S("sub", "v1 d", "v2", "the water left", "Left", "{name} drains {d:a} L")],
      "the amount of water", vert=True))

add(T("goal_difference", "",
      "A soccer team scored {s:d} goals and allowed {a:d} goals in its first ten games. In the next game it scored {s2:n} and allowed {a2:n}. What is the team's goal difference (goals scored minus goals allowed) now?",
      dict(s=R(8, 20), a=R(12, 26), s2=R(0, 4, nz=False), a2=R(0, 4, nz=False)),
      [S("sub", "s a", "gd", "the goal difference after ten games", "After 10", "scored minus allowed"),
       S("sub", "s2 a2", "g2", "the next game's goal difference", "Next game", "{s2:a} minus {a2:a}"),
       S("add", "gd g2", "gd2", "the new goal difference", "Now", "combine them")],
      "the goal difference", vert=False,
      ok=lambda e: e["gd"] < 0 and e["g2"] != 0 and e["gd2"] != 0))

add(T("goal_diff_avg", "",
      "A team's goal differences in five games were {a:S}, {b:S}, {c:S}, {d:S}, and {e:S}. What was the team's average goal difference per game?",
      dict(a=R(-4, 3), b=R(-4, 3), c=R(-4, 3), d=R(-4, 3), e=R(-4, 3)),
      [S("sum", "a b c d e", "tot", "the total goal difference", "Total", "add the five games"),
       S("div", "tot 5", "avg", "the average", "Average", "divide by 5")],
      "the average goal difference", vert=False,
      ok=lambda e: e["tot"] < 0 and sum(1 for k in "abcde" if e[k] > 0) >= 1))

add(T("store_backorder", "",
      "A store had {s:d} tablets in stock. It received orders for {o:d} tablets, so its stock count went negative (a backorder). Then a shipment of {sh:d} tablets arrived. What is the stock count now?",
      dict(s=R(20, 80), o=R(60, 150), sh=R(20, 60)),
      [S("sub", "s o", "c1", "the stock count after the orders", "After orders", "{o:a} tablets ordered"),
       S("add", "c1 sh", "c2", "the stock count after the shipment", "After shipment", "{sh:a} tablets arrive")],
      "the stock count", vert=False,
      ok=lambda e: e["c1"] < 0 and e["c2"] != 0))

add(T("mean_integers", "",
      "Find the mean of these five numbers: {a:s}, {b:s}, {c:s}, {d:s}, and {e:s}.",
      dict(a=R(-20, 15), b=R(-20, 15), c=R(-20, 15), d=R(-20, 15), e=R(-20, 15)),
      [S("sum", "a b c d e", "tot", "the sum", "Sum", "add the five numbers"),
       S("div", "tot 5", "avg", "the mean", "Mean", "divide by 5")],
      "the mean", vert=False,
      ok=lambda e: sum(1 for k in "abcde" if e[k] < 0) >= 3 and e["tot"] != 0))

add(T("tug_of_war", "m",
      "In a tug-of-war, the center marker starts at 0 m. It moves {a:S} m, then {b:S} m, then {c:S} m (positive is toward the red team). If it then moves the same total amount again, where will the marker be?",
      dict(a=R(-3, 3, "0.5"), b=R(-3, 3, "0.5"), c=R(-3, 3, "0.5")),
      [S("sum", "a b c", "p", "the marker's position after three moves", "Position", "add the three moves"),
       S("mul", "p 2", "p2", "the final position", "Final", "the same total again doubles it")],
      "the marker's position", vert=False,
      ok=lambda e: e["p"] < 0 and sum(1 for k in "abc" if e[k] > 0) >= 1))

add(T("diver_stages", "m",
      "A scuba diver went from the surface down to {d:Em} in {k:n} equal stages. What was her change in elevation in each stage, and where was she after {j:n} stages?",
      dict(d=R(-60, -12), k=R(3, 6), j=R(2, 3)),
      [S("div", "d k", "per", "the change per stage", "Per stage", "{d:u} split into {k:a} stages"),
       S("mul", "per j", "pos", "her elevation after {j:a} stages", "After stages", "{j:a} stages")],
      "her elevation after {j:a} stages",
      ok=lambda e: e["d"] % e["k"] == 0 and e["j"] < e["k"]))

add(T("frog_well", "ft",
      "A frog is at the bottom of a well, at {d:Eft} (ground level is 0 ft). Each day it climbs {u:n} feet, and each night it slides back {s:n} feet. Where is the frog after {k:n} days and nights?",
      dict(d=R(-40, -15), u=R(4, 8), s=R(2, 3), k=R(2, 4)),
      [S("sub", "u s", "net", "the net climb per day", "Net per day", "{u:a} up, {s:a} down"),
       S("mul", "net k", "gain", "the total climb", "Total climb", "{k:a} days"),
       S("add", "d gain", "pos", "the frog's position", "Position", "start from {d:u}")],
      "the frog's position",
      ok=lambda e: e["pos"] < 0))

add(T("truck_setting", "C",
      "A refrigerated truck is set to {t0:T}. The driver raises the setting by {a:n} degrees, then lowers it by {b:n} degrees. What is the change from the original setting? (Use a negative number for colder.)",
      dict(t0=R(-24, -10), a=R(2, 6), b=R(4, 11)),
      [S("add", "t0 a", "t1", "the setting after raising", "Raised", "raise by {a:a}"),
       S("sub", "t1 b", "t2", "the setting after lowering", "Lowered", "lower by {b:a}"),
       S("sub", "t2 t0", "chg", "the change from the original", "Change", "final minus original", unit="deg")],
      "the change from the original setting",
      ok=lambda e: e["chg"] != 0))

add(T("guess_errors_abs", "",
      "In a guessing game, {name}'s guess was off by {a:s} (too low) and {name2}'s guess was off by {b:S} (too high). Using absolute values, what is the total size of their errors?",
      dict(a=R(-15, -2), b=R(2, 15)),
      [S("abs", "a", "ea", "the size of {name}'s error", "{name}", "absolute value of {a:n}"),
       S("abs", "b", "eb", "the size of {name2}'s error", "{name2}", "absolute value of {b:n}"),
       S("add", "ea eb", "tot", "the total size", "Total", "add them")],
      "the total size of the errors", vert=False))

add(T("sub_change_abs", "m",
      "A submarine moved from {a:Em} to {b:Em}. What was the change in its elevation, and how far did it travel? Give the distance traveled.",
      dict(a=R(-200, -40, 5), b=R(-400, -100, 5)),
      [S("sub", "b a", "chg", "the change in elevation", "Change", "new elevation minus old"),
       S("abs", "chg", "dist", "the distance traveled", "Distance", "distance is the absolute value of the change")],
      "the distance traveled",
      ok=lambda e: e["chg"] < 0))

add(T("temp_change_abs", "C",
      "The temperature went from {a:T} to {b:T}. What was the change in temperature? How large was the change (its absolute value)? Give the absolute value.",
      dict(a=R(-5, 10), b=R(-22, -6)),
      [S("sub", "b a", "chg", "the change", "Change", "final minus initial", unit="deg"),
       S("abs", "chg", "size", "the size of the change", "Size", "take the absolute value", unit="deg")],
      "the size of the change"))

add(T("loss_per_month", "$",
      "A business lost {nl:A$} evenly over {k:n} months. What was its change in money per month? At that rate, what would the change be over {j:n} months?",
      dict(nl=R(-1800, -300, 30), k=C(3, 4, 5, 6), j=R(7, 12)),
      [S("div", "nl k", "per", "the change per month", "Per month", "{nl:$s} over {k:a} months"),
       S("mul", "per j", "tot", "the change over {j:a} months", "Over {j:a} months", "multiply by {j:a}")],
      "the change over {j:a} months",
      ok=lambda e: e["nl"] % e["k"] == 0))

add(T("net_worth_card", "$",
      "{name} has {s:$} in savings and a credit card debt of {nd:A$}. {His} net worth is savings plus debt, counting the debt as negative. If {he} then charges another {p:$} to the card, what is {his} net worth?",
      dict(s=R(100, 600, 10), nd=R(-900, -300, 10), p=R(40, 200, 10)),
      [S("add", "s nd", "nw", "{his} net worth now", "Net worth", "{s:$} plus {nd:$s}"),
       S("sub", "nw p", "nw2", "{his} new net worth", "New net worth", "the new charge is {p:$}")],
      "{his} net worth",
      ok=lambda e: e["nw"] < 0))
