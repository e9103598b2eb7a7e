"""Problem structures for the genre: computers, phones and data.

Each structure: name, goal phrase, question phrasings, a parameter sampler and
a solver that writes its steps into an S builder (see core.py).  Solvers only
use values returned by S.c so that an injected fault is carried consistently.
"""
from fractions import Fraction as F
from core import u, cur, pc, Invalid, fnum

STRUCTS = []


def struct(name, goal, qs, approx=False):
    def deco(fn):
        STRUCTS.append(dict(name=name, goal=goal, qs=qs, gen=fn.gen, solve=fn,
                            approx=approx))
        return fn
    return deco


def gen(sampler):
    def deco(fn):
        fn.gen = sampler
        return fn
    return deco


def n(v, dp=6):
    return fnum(F(v), dp)


def pick(g, xs):
    return F(str(g.choice(xs)))


# =============================================================================
# 1 download time, decimal GB, Mbps
def g_dl(g):
    return dict(gb=pick(g, [1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 40, 45, 50, 60, 75, 80, 100, 120, 150]),
                mbps=pick(g, [20, 25, 40, 50, 80, 100, 120, 150, 200, 250, 300, 400, 500, 1000]))


@struct("dl_time", "how long the download takes",
        ["I'm downloading a {gb} GB game on a {mbps} Mbps connection. If I get the full speed the whole time, how many minutes will it take? Use 1 GB = 1,000 MB and round to one decimal place if needed.",
         "How long (in minutes) does a {gb} GB file take to download at {mbps} Mbps? Assume decimal units (1 GB = 1,000 MB) and no overhead.",
         "My internet plan is {mbps} Mbps. The update I need is {gb} GB. Roughly how many minutes until it's done, assuming I actually get {mbps} Mbps? (1 GB = 1000 MB)",
         "A {gb} GB movie is downloading over a {mbps} Mbps line at full speed. How many minutes will the download take? Use 1,000 MB per GB; give the answer to 1 decimal place.",
         "Quick one: {gb} GB at {mbps} megabits per second — how many minutes is that? (decimal GB, no overhead)"])
@gen(g_dl)
def s_dl(S, P):
    g = S.g
    S.fact("1 byte = 8 bits, so a speed in megabits per second divided by 8 gives megabytes per second")
    v = S.c([u(P["mbps"], "Mbps"), "/", 8], "MB/s", "speed in MB/s", "convert the speed from megabits to megabytes per second", dp=3)
    sz = S.c([u(P["gb"], "GB"), "*", 1000], "MB", "file size in MB", "convert the file size to megabytes")
    t = S.c([u(sz, "MB"), "/", u(v, "MB/s")], "s", "download time in seconds", "divide the size by the speed", dp=2)
    m = S.c([u(t, "s"), "/", 60], "min", "time in minutes", "convert seconds to minutes", dp=1)
    S.answer(m, dp=1, tmpl=g.choice(["The download takes {about}{a} minutes.",
                                     "It will take {about}{a} minutes to finish.",
                                     "You're looking at {about}{a} minutes."]))


# =============================================================================
# 2 download time, binary GiB, MB/s
def g_dlb(g):
    return dict(gib=pick(g, [1, 2, 3, 4, 5, 6, 8, 10, 12, 16]),
                mbs=pick(g, [16, 20, 25, 32, 40, 50, 64, 80, 100, 125, 128, 200]))


@struct("dl_binary", "the transfer time in seconds",
        ["An ISO image is {gib} GiB and my download runs at a steady {mbs} MiB/s. How many seconds will it take? (1 GiB = 1,024 MiB)",
         "Using the binary convention (1 GB = 1,024 MB), how long in seconds does it take to copy a {gib} GB disk image at {mbs} MB/s?",
         "I'm pulling a {gib} GiB VM snapshot over the LAN at {mbs} MiB/s. How many seconds should that take?",
         "A backup file is {gib} GiB. My NAS transfers at {mbs} MiB/s. Seconds needed? Round to two decimals if it isn't whole."],
        approx=True)
@gen(g_dlb)
def s_dlb(S, P):
    g = S.g
    S.fact("In the binary convention, 1 GiB = 1,024 MiB")
    sz = S.c([u(P["gib"], "GiB"), "*", 1024], "MiB", "size in MiB", "convert the size to MiB")
    t = S.c([u(sz, "MiB"), "/", u(P["mbs"], "MiB/s")], "s", "transfer time", "divide the size by the transfer rate", dp=2)
    if S.calcs[-1].exact and g.random() < 0.4:
        S.check([u(t, "s"), "*", u(P["mbs"], "MiB/s")], "MiB", dp=2)
    if t > 120 and t.denominator == 1 and t % 60:
        mm = int(t // 60)
        x = S.c([mm, "*", 60], "s", "seconds in %d full minutes" % mm, "split off the whole minutes (%d min)" % mm)
        rest = S.c([u(t, "s"), "-", u(x, "s")], "s", "leftover seconds", "find the leftover seconds")
        S.text("So the transfer takes %d min %s s." % (mm, n(rest)))
    elif t > 120:
        S.text(g.choice(["That's a little over %s minutes." % n(int(t // 60)),
                         "(For reference, that's more than %s minutes.)" % n(int(t // 60))]))
    S.answer(t, dp=2, tmpl=g.choice(["The transfer takes {about}{a} seconds.",
                                     "It needs {about}{a} seconds."]))


# =============================================================================
# 3 real-world speed percentage
def g_real(g):
    return dict(mbps=pick(g, [100, 200, 250, 300, 400, 500, 1000]),
                pct=pick(g, [60, 70, 75, 80, 90]),
                gb=pick(g, [3, 4.5, 6, 9, 12, 18, 24, 36, 45, 60]))


@struct("dl_real", "how long the download really takes",
        ["My ISP advertises {mbps} Mbps, but speed tests show I only get about {pct}% of that. How many minutes will a {gb} GB download take? (1 GB = 1,000 MB)",
         "Wi-Fi gives me {pct}% of my {mbps} Mbps plan. How long, in minutes, to grab a {gb} GB file? Use decimal gigabytes.",
         "If I only get {pct} percent of a {mbps} Mbps connection, how many minutes does a {gb} GB game take to download? (1 GB = 1,000 MB, round to 1 decimal)",
         "A {gb} GB update, a {mbps} Mbps line running at {pct}% efficiency. Minutes to finish?"])
@gen(g_real)
def s_real(S, P):
    g = S.g
    a = S.c([u(P["mbps"], "Mbps"), "*", pc(P["pct"])], "Mbps", "actual speed", "find the real speed you get")
    v = S.c([u(a, "Mbps"), "/", 8], "MB/s", "speed in MB/s", "convert to megabytes per second (8 bits per byte)", dp=3)
    sz = S.c([u(P["gb"], "GB"), "*", 1000], "MB", "file size in MB", "convert the file size to MB")
    t = S.c([u(sz, "MB"), "/", u(v, "MB/s")], "s", "time in seconds", "divide size by speed", dp=2)
    m = S.c([u(t, "s"), "/", 60], "min", "time in minutes", "convert to minutes", dp=1)
    S.answer(m, dp=1, tmpl=g.choice(["The download takes {about}{a} minutes at your real speed.",
                                     "Expect {about}{a} minutes."]))


# =============================================================================
# 4 upload a video
def g_up(g):
    return dict(mb=pick(g, [150, 240, 300, 360, 450, 600, 750, 900, 1200, 1500, 1800]),
                up=pick(g, [5, 8, 10, 12, 15, 20, 24, 30, 40, 50]))


@struct("upload", "how long the upload takes",
        ["I need to upload a {mb} MB video, and my upload speed is only {up} Mbps. How many seconds will it take?",
         "How long does it take to upload a {mb} MB clip to YouTube with a {up} Mbps upload? Give the answer in seconds.",
         "My phone's hotspot uploads at {up} Mbps. How many seconds to send a {mb} MB file?",
         "Upload speed: {up} Mbps. File: {mb} MB. How many seconds, ignoring overhead?"], approx=True)
@gen(g_up)
def s_up(S, P):
    g = S.g
    v = S.c([u(P["up"], "Mbps"), "/", 8], "MB/s", "upload speed in MB/s", "convert the upload speed to megabytes per second", dp=3)
    t = S.c([u(P["mb"], "MB"), "/", u(v, "MB/s")], "s", "upload time", "divide the file size by the speed", dp=1)
    if t >= 120:
        mm = S.c([u(t, "s"), "/", 60], "min", "time in minutes", "express it in minutes too", dp=1)
    S.answer(t, dp=1, tmpl=g.choice(["The upload takes {about}{a} seconds.",
                                     "It'll take {about}{a} seconds to upload."]))


# =============================================================================
# 5 storage left on a phone
def g_store(g):
    tot = pick(g, [64, 128, 256, 512])
    sysg = pick(g, [8.5, 9.2, 10.4, 11.6, 12.3, 14.8, 7.9])
    apps = pick(g, [12.4, 18.6, 23.5, 31.2, 27.8, 15.3, 40.5])
    ph = pick(g, [9.7, 14.2, 22.6, 35.1, 48.9, 16.4, 60.3])
    game = pick(g, [3.5, 4.2, 5.8, 6.4, 8.1, 2.7])
    return dict(tot=tot, sysg=sysg, apps=apps, ph=ph, game=game)


@struct("storage_left", "how much storage is left",
        ["My phone has {tot} GB. The system takes {sysg} GB, apps use {apps} GB and photos use {ph} GB. If I install a {game} GB game, how much space is left?",
         "Storage check: {tot} GB phone, {sysg} GB for iOS, {apps} GB apps, {ph} GB photos. After downloading a {game} GB app, how many GB are free?",
         "I have a {tot} GB Android phone. System: {sysg} GB. Apps: {apps} GB. Photos & videos: {ph} GB. How much room is left after I add a {game} GB game?",
         "A {tot} GB tablet shows {sysg} GB system data, {apps} GB of apps and {ph} GB of media. How many GB remain free once a {game} GB game is installed?"])
@gen(g_store)
def s_store(S, P):
    g = S.g
    used = S.c([u(P["sysg"], "GB"), "+", u(P["apps"], "GB"), "+", u(P["ph"], "GB")], "GB", "space used", "add up what's already used", dp=1)
    free = S.c([u(P["tot"], "GB"), "-", u(used, "GB")], "GB", "free space now", "subtract that from the total", dp=1)
    left = S.c([u(free, "GB"), "-", u(P["game"], "GB")], "GB", "space left after the game", "subtract the game", dp=1)
    if g.random() < 0.5:
        S.check([u(left, "GB"), "+", u(P["game"], "GB"), "+", u(used, "GB")], "GB", dp=1)
    S.answer(left, dp=1, tmpl=g.choice(["You'd have {a} GB free.", "{a} GB of space is left.",
                                        "That leaves {a} GB."]))


# =============================================================================
# 6 photos that fit (binary)
def g_ph(g):
    return dict(free=pick(g, [3, 5, 6, 8, 10, 12, 16, 20, 25, 32]),
                mb=pick(g, [2.5, 3, 3.2, 4, 4.5, 5, 6, 7.5, 12, 24]))


@struct("photos_fit_bin", "how many photos fit",
        ["My phone shows {free} GB free and each photo is about {mb} MB. How many photos can I take? Use 1 GB = 1,024 MB.",
         "If each picture is {mb} MB, how many whole photos fit into {free} GB of free space? (binary units: 1,024 MB per GB)",
         "Camera saves {mb} MB per shot. I've got {free} GB left on the card. How many more shots? Use the 1,024 convention.",
         "How many {mb} MB photos can be stored in {free} GB, taking 1 GB as 1024 MB?"], approx=True)
@gen(g_ph)
def s_ph(S, P):
    g = S.g
    S.fact("Using the binary convention, 1 GB = 1,024 MB")
    mb = S.c([u(P["free"], "GB"), "*", 1024], "MB", "free space in MB", "convert the free space to MB")
    k = S.c([u(mb, "MB"), "/", u(P["mb"], "MB")], "photos", "number of photos", "divide by the size of one photo", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "floor", "photos", "you can't save part of a photo")
    S.answer(k, dp=0, tmpl=g.choice(["You can take {a} photos.", "About {a} photos will fit." if False else "{a} photos will fit."]))


# =============================================================================
# 7 photos fit (decimal)
def g_phd(g):
    return dict(free=pick(g, [4, 6, 9, 12, 15, 18, 24, 30, 45]),
                mb=pick(g, [2.5, 3, 4, 4.8, 6, 7.2, 8, 12.5, 15]))


@struct("photos_fit_dec", "how many photos fit",
        ["My SD card has {free} GB free. RAW+JPEG pairs are about {mb} MB each. How many pairs fit if 1 GB = 1,000 MB?",
         "Using decimal units (1 GB = 1000 MB), how many {mb} MB images fit on {free} GB?",
         "I have {free} GB of space left. Each photo takes {mb} MB. Storage makers use 1 GB = 1,000 MB. How many photos can I store?",
         "With {free} GB free and {mb} MB per photo, how many photos can I save (decimal GB)?"])
@gen(g_phd)
def s_phd(S, P):
    g = S.g
    mb = S.c([u(P["free"], "GB"), "*", 1000], "MB", "free space in MB", "convert the free space to megabytes (decimal: 1 GB = 1,000 MB)")
    k = S.c([u(mb, "MB"), "/", u(P["mb"], "MB")], "photos", "number of photos", "divide by the size per photo", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "floor", "photos", "only whole photos count")
    S.answer(k, dp=0, tmpl=g.choice(["You can store {a} photos.", "{a} photos fit."]))


# =============================================================================
# 8 video minutes that fit
def g_vid(g):
    return dict(free=pick(g, [16, 20, 24, 32, 40, 48, 64, 100, 128]),
                rate=pick(g, [100, 130, 170, 200, 250, 300, 350, 400, 440]))


@struct("video_fit", "how many minutes of video fit",
        ["My phone records 4K video at about {rate} MB per minute. I have {free} GB free. How many full minutes can I record? (1 GB = 1,000 MB)",
         "At {rate} MB per minute of footage, how many whole minutes fit in {free} GB? Use decimal gigabytes.",
         "GoPro footage takes roughly {rate} MB/min. With {free} GB on the card, how many complete minutes can I shoot (1 GB = 1000 MB)?",
         "How many full minutes of {rate} MB/min video fit into {free} GB of free space, counting 1 GB as 1,000 MB?"])
@gen(g_vid)
def s_vid(S, P):
    g = S.g
    mb = S.c([u(P["free"], "GB"), "*", 1000], "MB", "free space in MB", "convert the free space to MB")
    m = S.c([u(mb, "MB"), "/", u(P["rate"], "MB/min")], "min", "recording time", "divide by the recording rate", dp=2)
    if m.denominator != 1:
        m = S.rnd(m, "floor", "min", "the question asks for full minutes")
    if m >= 60:
        h = S.c([u(m, "min"), "/", 60], "h", "recording time in hours", "express that in hours", dp=2)
    S.answer(m, dp=0, tmpl=g.choice(["You can record {a} full minutes.", "That's {a} complete minutes of video."]))


# =============================================================================
# 9 photos per GB and per card
def g_ppg(g):
    return dict(mb=pick(g, [2, 4, 8, 16, 32, 2.5, 5, 3.2, 6.4]),
                card=pick(g, [16, 32, 64, 128, 256]))


@struct("photos_per_gb", "how many photos the card holds",
        ["Each photo is {mb} MB. How many photos fit in one GB, and how many on a {card} GB card? (1 GB = 1,024 MB)",
         "Using 1 GB = 1,024 MB: with {mb} MB photos, how many photos per GB, and how many fit on {card} GB?",
         "Photos per gigabyte at {mb} MB each (binary GB), then total for a {card} GB card?",
         "My camera makes {mb} MB files. How many would a {card} GB memory card hold, using 1024 MB per GB?"], approx=True)
@gen(g_ppg)
def s_ppg(S, P):
    g = S.g
    S.fact("1 GB = 1,024 MB")
    per = S.c([u(1024, "MB"), "/", u(P["mb"], "MB")], "photos", "photos per GB", "divide 1,024 MB by the photo size", dp=2)
    if per.denominator != 1:
        per = S.rnd(per, "floor", "photos per GB", "partial photos don't count")
    tot = S.c([u(per, "photos/GB"), "*", u(P["card"], "GB")], "photos", "photos on the card", "multiply by the card size")
    S.answer(tot, dp=0, tmpl=g.choice(["The {card} GB card holds {a} photos.".replace("{card}", n(P["card"])),
                                       "That comes to {a} photos in total."]))


# =============================================================================
# 10 screen pixels
RES = [(1280, 720), (1366, 768), (1600, 900), (1920, 1080), (1920, 1200), (2560, 1440),
       (2560, 1600), (3440, 1440), (3840, 2160), (2880, 1800), (1170, 2532), (1080, 2400),
       (1440, 3200), (2048, 1536), (2732, 2048)]


def g_px(g):
    w, h = g.choice(RES)
    return dict(w=F(w), h=F(h), k=F(g.choice([2, 3, 4])))


@struct("pixels_multi", "the total number of pixels",
        ["I run {k} monitors, each {w} × {h}. How many pixels is that in total?",
         "How many pixels are there across {k} screens at {w}x{h} resolution?",
         "A video wall uses {k} panels, each with a resolution of {w} by {h}. Total pixel count?",
         "Each display is {w}×{h}. With {k} of them, how many pixels do I have altogether?"])
@gen(g_px)
def s_px(S, P):
    g = S.g
    px = S.c([P["w"], "*", P["h"]], "pixels", "pixels per screen", "multiply width by height for one screen")
    tot = S.c([u(px, "pixels"), "*", P["k"]], "pixels", "total pixels", "multiply by the number of screens")
    if g.random() < 0.5:
        S.text("That's about %s megapixels." % fnum(tot / 10 ** 6, 1))
    S.answer(tot, dp=0, tmpl=g.choice(["There are {a} pixels in total.", "Altogether: {a} pixels."]))


# =============================================================================
# 11 resolution comparison
PAIRS = [((3840, 2160), (1920, 1080)), ((2560, 1440), (1920, 1080)), ((1920, 1080), (1280, 720)),
         ((7680, 4320), (3840, 2160)), ((3840, 2160), (2560, 1440)), ((2560, 1440), (1280, 720)),
         ((5120, 2880), (2560, 1440)), ((3840, 2160), (1280, 720)), ((1920, 1200), (1280, 800)),
         ((2560, 1600), (1280, 800))]


def g_rc(g):
    a, b = g.choice(PAIRS)
    return dict(w1=F(a[0]), h1=F(a[1]), w2=F(b[0]), h2=F(b[1]))


@struct("res_ratio", "how many times more pixels the bigger screen has",
        ["How many times more pixels does a {w1}×{h1} display have than a {w2}×{h2} one? Round to two decimals if needed.",
         "Is {w1}x{h1} really that much sharper than {w2}x{h2}? What's the ratio of pixel counts (2 decimal places)?",
         "Compare the pixel counts: {w1} by {h1} versus {w2} by {h2}. How many times as many pixels does the first have?",
         "Going from {w2}×{h2} to {w1}×{h1}, by what factor does the pixel count go up? (round to 2 d.p.)"], approx=True)
@gen(g_rc)
def s_rc(S, P):
    g = S.g
    a = S.c([P["w1"], "*", P["h1"]], "pixels", "pixels on the larger screen", "count the pixels of the higher resolution")
    b = S.c([P["w2"], "*", P["h2"]], "pixels", "pixels on the smaller screen", "count the pixels of the lower resolution")
    r = S.c([a, "/", b], "", "ratio", "divide the two counts", dp=2)
    S.answer(r, dp=2, tmpl=g.choice(["The bigger screen has {about}{a} times as many pixels.",
                                     "That's a factor of {about}{a}."]))


# =============================================================================
# 12 frames in a video
def g_fr(g):
    return dict(fps=pick(g, [24, 25, 30, 48, 50, 60, 120, 240]),
                mins=pick(g, [1, 2, 3, 4, 5, 8, 12]),
                secs=pick(g, [0, 10, 15, 20, 30, 45, 50]))


@struct("frames_count", "the total number of frames",
        ["A clip is {mins} minutes {secs} seconds long and was recorded at {fps} fps. How many frames does it have?",
         "How many frames are in a {mins} min {secs} s video shot at {fps} frames per second?",
         "I filmed {mins}:{secs2} of footage at {fps} fps. Total frame count?",
         "My slow-mo setting is {fps} fps. The recording lasted {mins} minutes and {secs} seconds. How many individual frames is that?"])
@gen(g_fr)
def s_fr(S, P):
    g = S.g
    a = S.c([u(P["mins"], "min"), "*", 60], "s", "minutes in seconds", "convert the minutes to seconds")
    if P["secs"]:
        t = S.c([u(a, "s"), "+", u(P["secs"], "s")], "s", "total length", "add the extra seconds")
    else:
        t = a
    fr = S.c([u(t, "s"), "*", u(P["fps"], "fps")], "frames", "total frames", "multiply by the frame rate")
    S.answer(fr, dp=0, tmpl=g.choice(["The video has {a} frames.", "That's {a} frames in total."]))


# =============================================================================
# 13 video length from frame count
def g_vl(g):
    fps = g.choice([24, 25, 30, 50, 60])
    secs = g.choice([45, 90, 150, 200, 240, 300, 330, 480, 600, 750])
    return dict(fps=F(fps), frames=F(fps * secs + g.choice([0, 0, fps // 2, 0])))


@struct("video_length", "how long the video is",
        ["A timelapse has {frames} frames and plays back at {fps} fps. How many minutes long is it? (round to two decimals if needed)",
         "My animation is {frames} frames at {fps} frames per second. Length in minutes?",
         "If a video contains {frames} frames and runs at {fps} fps, how long is it in minutes?",
         "Export settings: {fps} fps. Frame count: {frames}. How many minutes of video is that?"], approx=True)
@gen(g_vl)
def s_vl(S, P):
    g = S.g
    s = S.c([u(P["frames"], "frames"), "/", u(P["fps"], "fps")], "s", "length in seconds", "divide the frames by the frame rate", dp=2)
    m = S.c([u(s, "s"), "/", 60], "min", "length in minutes", "convert to minutes", dp=2)
    S.answer(m, dp=2, tmpl=g.choice(["The video is {about}{a} minutes long.", "It runs for {about}{a} minutes."]))


# =============================================================================
# 14 uncompressed video data rate
def g_raw(g):
    w, h = g.choice([(1280, 720), (1920, 1080), (2560, 1440), (3840, 2160)])
    return dict(w=F(w), h=F(h), fps=pick(g, [24, 25, 30, 60]), bpp=F(3))


@struct("raw_video", "the uncompressed data rate",
        ["Uncompressed {w}×{h} video uses 3 bytes per pixel. At {fps} fps, how many MB per second is that? (1 MB = 1,000,000 bytes, round to 1 decimal)",
         "How much data per second does raw {w}x{h} 24-bit video produce at {fps} fps, in MB/s (decimal MB)?",
         "Each frame is {w} × {h} pixels at 3 bytes per pixel. Running at {fps} frames per second, what's the data rate in MB/s? Use 10^6 bytes per MB.",
         "Raw RGB frames, {w} by {h}, {fps} fps. MB per second? (1 MB = 1,000,000 B)"], approx=True)
@gen(g_raw)
def s_raw(S, P):
    g = S.g
    px = S.c([P["w"], "*", P["h"]], "pixels", "pixels per frame", "find the pixels in one frame")
    b = S.c([u(px, "pixels"), "*", u(3, "bytes")], "bytes", "bytes per frame", "multiply by 3 bytes per pixel")
    mb = S.c([u(b, "bytes"), "/", 1000000], "MB", "MB per frame", "convert to megabytes", dp=4)
    r = S.c([u(mb, "MB"), "*", u(P["fps"], "fps")], "MB/s", "data rate", "multiply by the frame rate", dp=1)
    S.answer(r, dp=1, tmpl=g.choice(["Raw video needs {about}{a} MB/s.", "That's {about}{a} MB every second."]))


# =============================================================================
# 15 battery life
def g_bat(g):
    return dict(cap=pick(g, [3000, 3200, 3500, 4000, 4500, 4800, 5000, 6000]),
                draw=pick(g, [200, 250, 300, 320, 400, 500, 600, 800]))


@struct("battery_life", "how long the battery lasts",
        ["My phone has a {cap} mAh battery. If it draws {draw} mA on average, how many hours will a full charge last?",
         "How long does a {cap} mAh battery last at a constant {draw} mA draw? Give hours, rounded to 2 decimals if needed.",
         "Battery: {cap} mAh. Average current while streaming: {draw} mA. Hours of streaming on a full charge?",
         "If a device pulls {draw} mA from a {cap} mAh cell, how many hours until it's empty (ignoring losses)?"], approx=True)
@gen(g_bat)
def s_bat(S, P):
    g = S.g
    h = S.c([u(P["cap"], "mAh"), "/", u(P["draw"], "mA")], "h", "battery life", "divide capacity by the current draw", dp=2)
    if h.denominator != 1 and S.calcs[-1].exact:
        mn = S.c([u(h - int(h), "h"), "*", 60], "min", "leftover minutes", "convert the fractional hour to minutes", dp=1)
        S.text("So that's %s hours and %s minutes." % (n(int(h)), n(mn, 1)))
    S.answer(h, dp=2, tmpl=g.choice(["A full charge lasts {about}{a} hours.", "You get {about}{a} hours of use."]))


def exact_frac(v):
    return (v * 100).denominator == 1


# =============================================================================
# 16 battery remaining
def g_bpr(g):
    return dict(cap=pick(g, [3000, 4000, 4500, 5000, 6000]),
                pct=pick(g, [15, 20, 25, 30, 35, 40, 60]),
                draw=pick(g, [150, 200, 250, 300, 400, 500]))


@struct("battery_pct", "how many minutes are left",
        ["My {cap} mAh phone is at {pct}%. If it uses {draw} mA, how many minutes until it dies?",
         "Battery at {pct} percent of {cap} mAh, drawing {draw} mA. Minutes remaining?",
         "I've got {pct}% left on a {cap} mAh battery and the screen-on draw is about {draw} mA. How many minutes can I keep using it?",
         "How many minutes does {pct}% of a {cap} mAh battery last at {draw} mA?"], approx=True)
@gen(g_bpr)
def s_bpr(S, P):
    g = S.g
    left = S.c([pc(P["pct"]), "of", u(P["cap"], "mAh")], "mAh", "charge left", "find the remaining charge")
    h = S.c([u(left, "mAh"), "/", u(P["draw"], "mA")], "h", "hours left", "divide by the current draw", dp=2)
    m = S.c([u(h, "h"), "*", 60], "min", "minutes left", "convert to minutes", dp=1)
    S.answer(m, dp=1, tmpl=g.choice(["You have {about}{a} minutes left.", "It'll last {about}{a} more minutes."]))


# =============================================================================
# 17 power bank charges
def g_pb(g):
    return dict(bank=pick(g, [10000, 12000, 15000, 20000, 26800, 30000]),
                eff=pick(g, [60, 65, 70, 75, 80]),
                ph=pick(g, [3000, 3500, 4000, 4500, 5000]))


@struct("power_bank", "how many full charges the power bank gives",
        ["A {bank} mAh power bank is about {eff}% efficient. How many full charges of a {ph} mAh phone does it give? (2 decimals)",
         "My power bank says {bank} mAh, but only {eff}% reaches the phone. Phone battery is {ph} mAh. How many charges?",
         "Power bank {bank} mAh, conversion efficiency {eff}%, phone {ph} mAh — number of full recharges (to two decimal places)?",
         "How many times can a {bank} mAh battery pack refill a {ph} mAh phone if {eff}% of its capacity is usable?"], approx=True)
@gen(g_pb)
def s_pb(S, P):
    g = S.g
    us = S.c([u(P["bank"], "mAh"), "*", pc(P["eff"])], "mAh", "usable capacity", "work out the usable capacity")
    k = S.c([u(us, "mAh"), "/", u(P["ph"], "mAh")], "charges", "number of charges", "divide by the phone battery", dp=2)
    S.answer(k, dp=2, tmpl=g.choice(["You get {about}{a} full charges.", "That's {about}{a} charges."]))


# =============================================================================
# 18 charge time
def g_ct(g):
    return dict(cap=pick(g, [3000, 4000, 4500, 5000]), pct=pick(g, [10, 20, 25, 40, 50]),
                rate=pick(g, [1000, 1500, 2000, 2500, 3000]))


@struct("charge_time", "how long charging takes",
        ["My {cap} mAh phone is at {pct}%. The charger delivers {rate} mA. Ignoring losses, how many minutes to reach 100%?",
         "How many minutes does it take to top up a {cap} mAh battery from {pct}% to full at {rate} mA?",
         "Battery {cap} mAh, currently {pct}%, charging current {rate} mA. Minutes to full (no losses)?",
         "Charging from {pct}% at a steady {rate} mA — how many minutes for a {cap} mAh battery to be full?"], approx=True)
@gen(g_ct)
def s_ct(S, P):
    g = S.g
    need = S.c([100, "-", P["pct"]], "%", "percentage to fill", "find how much is missing")
    mah = S.c([pc(need), "of", u(P["cap"], "mAh")], "mAh", "charge needed", "turn that into mAh")
    h = S.c([u(mah, "mAh"), "/", u(P["rate"], "mA")], "h", "hours", "divide by the charging current", dp=3)
    m = S.c([u(h, "h"), "*", 60], "min", "minutes", "convert to minutes", dp=1)
    S.answer(m, dp=1, tmpl=g.choice(["It takes {about}{a} minutes to charge.", "Charging needs {about}{a} minutes."]))


# =============================================================================
# 19 data plan days
def g_dp(g):
    return dict(plan=pick(g, [2, 3, 5, 8, 10, 12, 15, 20]),
                day=pick(g, [150, 180, 200, 250, 300, 350, 400, 450, 600]))


@struct("plan_days", "how many days the data lasts",
        ["My plan has {plan} GB of data. I use about {day} MB a day. How many full days will it last? (1 GB = 1,000 MB)",
         "If I burn {day} MB of mobile data per day, how many whole days does a {plan} GB plan cover? Use decimal GB.",
         "Prepaid SIM: {plan} GB. Daily usage: {day} MB. Number of complete days before I run out (1,000 MB = 1 GB)?",
         "How many full days can I go on {plan} GB if I use {day} MB each day?"])
@gen(g_dp)
def s_dp(S, P):
    g = S.g
    mb = S.c([u(P["plan"], "GB"), "*", 1000], "MB", "plan in MB", "convert the plan to megabytes")
    d = S.c([u(mb, "MB"), "/", u(P["day"], "MB/day")], "days", "days of data", "divide by the daily usage", dp=2)
    if d.denominator != 1:
        d = S.rnd(d, "floor", "days", "the last partial day isn't a full day")
    S.answer(d, dp=0, tmpl=g.choice(["The data lasts {a} full days.", "You get {a} complete days."]))


# =============================================================================
# 20 overage bill
def g_ov(g):
    cap = g.choice([5, 10, 15, 20, 25])
    return dict(cap=F(cap), used=F(cap) + pick(g, [1.5, 2, 2.5, 3, 4, 4.5, 6]),
                rate=pick(g, [5, 7.5, 10, 12, 15]), base=pick(g, [25, 30, 35, 40, 45, 49.99]))


@struct("overage", "the total bill",
        ["My plan is ${base} a month for {cap} GB, plus ${rate} per extra GB. I used {used} GB. What's my bill?",
         "Base price ${base} includes {cap} GB; overage costs ${rate}/GB. Usage this month: {used} GB. Total cost?",
         "I went over my {cap} GB allowance and used {used} GB. Extra data is ${rate} per GB on top of the ${base} monthly fee. How much do I pay?",
         "Data plan: {cap} GB for ${base}. Each additional GB is ${rate}. If I used {used} GB, what's the total?"])
@gen(g_ov)
def s_ov(S, P):
    g = S.g
    ov = S.c([u(P["used"], "GB"), "-", u(P["cap"], "GB")], "GB", "extra data", "find the overage")
    fee = S.c([u(ov, "GB"), "*", cur(P["rate"])], "", "overage fee", "multiply by the price per extra GB", fixed=2, cur_=True)
    tot = S.c([cur(P["base"]), "+", cur(fee)], "", "total bill", "add the monthly base price", fixed=2, cur_=True)
    if g.random() < 0.5:
        S.check([cur(tot), "-", cur(P["base"])], "", fixed=2, cur_=True)
    S.answer(tot, fixed=2, cur_=True, tmpl=g.choice(["Your bill is {a}.", "You'll pay {a} this month."]))


# =============================================================================
# 21 streaming monthly data
def g_st(g):
    return dict(gbh=pick(g, [0.7, 1, 1.5, 3, 3, 7]),
                hrs=pick(g, [1, 1.5, 2, 2.5, 3, 4]),
                days=pick(g, [28, 30, 31]))


@struct("stream_month", "the monthly streaming data",
        ["Netflix in HD uses about {gbh} GB per hour. If I watch {hrs} hours a day for {days} days, how many GB is that?",
         "Streaming at {gbh} GB/hour, {hrs} h per day, over a {days}-day month — total data in GB?",
         "How much data does {hrs} hours of daily video use in {days} days if each hour costs {gbh} GB?",
         "I stream {hrs} hours every day. The app says {gbh} GB per hour. Monthly total for {days} days?"])
@gen(g_st)
def s_st(S, P):
    g = S.g
    day = S.c([u(P["gbh"], "GB/h"), "*", u(P["hrs"], "h")], "GB", "data per day", "find the daily usage")
    mo = S.c([u(day, "GB"), "*", u(P["days"], "days")], "GB", "data per month", "multiply by the number of days")
    S.answer(mo, dp=2, tmpl=g.choice(["That's {a} GB a month.", "You'd use {a} GB of data."]))


# =============================================================================
# 22 plan cost per GB comparison
def g_pc(g):
    return dict(pa=pick(g, [20, 25, 30, 40, 45, 50, 60]), ga=pick(g, [4, 5, 8, 10, 20]),
                pb=pick(g, [35, 40, 50, 60, 65, 75, 80]), gb=pick(g, [16, 20, 25, 40, 50]))


@struct("cost_per_gb", "the difference in cost per GB",
        ["Plan A costs ${pa} for {ga} GB; plan B costs ${pb} for {gb} GB. How much cheaper per GB is the cheaper plan?",
         "Which is better value — ${pa}/month for {ga} GB or ${pb}/month for {gb} GB? Give the difference in price per GB.",
         "Carrier X: {ga} GB for ${pa}. Carrier Y: {gb} GB for ${pb}. What's the gap in cost per gigabyte?",
         "Compare ${pa} for {ga} GB with ${pb} for {gb} GB. By how many dollars per GB do they differ?"], approx=True)
@gen(g_pc)
def s_pc(S, P):
    g = S.g
    a = S.c([cur(P["pa"]), "/", u(P["ga"], "GB")], "per GB", "plan A cost per GB", "work out plan A's price per GB", fixed=2, cur_=True)
    b = S.c([cur(P["pb"]), "/", u(P["gb"], "GB")], "per GB", "plan B cost per GB", "work out plan B's price per GB", fixed=2, cur_=True)
    if a == b:
        raise Invalid("tie")
    hi, lo = (a, b) if a > b else (b, a)
    d = S.c([cur(hi), "-", cur(lo)], "per GB", "difference", "subtract the cheaper rate from the pricier one", fixed=2, cur_=True)
    S.answer(d, fixed=2, cur_=True, tmpl=g.choice(["The cheaper plan saves {a} per GB.", "They differ by {a} per GB."]))


# =============================================================================
# 23 typing time
def g_tt(g):
    return dict(words=pick(g, [600, 750, 900, 1200, 1500, 1800, 2000, 2500, 3000]),
                wpm=pick(g, [35, 40, 45, 50, 60, 65, 75, 80]))


@struct("typing_time", "how long the typing takes",
        ["I type at {wpm} words per minute. How many minutes will a {words}-word essay take to type (just the typing)?",
         "How long does it take to type {words} words at {wpm} WPM? Give minutes, rounded to one decimal if needed.",
         "My typing speed is {wpm} wpm. The report needs {words} words. Minutes of pure typing?",
         "At {wpm} words a minute, how many minutes for a {words} word document?"], approx=True)
@gen(g_tt)
def s_tt(S, P):
    g = S.g
    m = S.c([u(P["words"], "words"), "/", u(P["wpm"], "wpm")], "min", "typing time", "divide the word count by the typing speed", dp=1)
    if S.calcs[-1].exact and g.random() < 0.6:
        S.check([u(m, "min"), "*", u(P["wpm"], "wpm")], "words")
    if m >= 60:
        S.c([u(m, "min"), "/", 60], "h", "time in hours", "convert to hours", dp=2)
    S.answer(m, dp=1, tmpl=g.choice(["Typing takes {about}{a} minutes.", "You'll need {about}{a} minutes."]))


# =============================================================================
# 24 words typed and pages
def g_tw(g):
    return dict(wpm=pick(g, [40, 45, 50, 55, 60, 70, 80, 90]),
                mins=pick(g, [15, 20, 25, 30, 45, 60, 90]),
                wpp=pick(g, [250, 300, 400, 500]))


@struct("typing_pages", "how many pages get typed",
        ["I type {wpm} wpm. If I type for {mins} minutes straight, how many pages is that at {wpp} words per page?",
         "At {wpm} words per minute for {mins} minutes, with {wpp} words on a page, how many pages do I produce? (one decimal)",
         "Typing speed {wpm} WPM, session length {mins} min, {wpp} words/page. Pages written?",
         "How many {wpp}-word pages can someone typing {wpm} wpm finish in {mins} minutes?"], approx=True)
@gen(g_tw)
def s_tw(S, P):
    g = S.g
    w = S.c([u(P["wpm"], "wpm"), "*", u(P["mins"], "min")], "words", "words typed", "multiply speed by time")
    p = S.c([u(w, "words"), "/", u(P["wpp"], "words/page")], "pages", "pages", "divide by words per page", dp=1)
    S.answer(p, dp=1, tmpl=g.choice(["That's {about}{a} pages.", "You'd fill {about}{a} pages."]))


# =============================================================================
# 25 net wpm
def g_net(g):
    mins = g.choice([1, 2, 3, 4, 5])
    words = g.choice([40, 45, 50, 55, 60, 65, 70]) * mins
    return dict(chars=F(words * 5), mins=F(mins), err=F(g.choice([2, 3, 4, 5, 6, 8, 10]) * mins // g.choice([1, 1, 2]) or 1))


@struct("net_wpm", "the net typing speed",
        ["In a {mins}-minute typing test I typed {chars} characters with {err} uncorrected errors. A 'word' is 5 characters. What's my net WPM?",
         "Typing test: {chars} keystrokes in {mins} minutes, {err} errors. Net WPM = gross WPM minus errors per minute (1 word = 5 characters). Result?",
         "How do I get net words per minute? I typed {chars} characters in {mins} min and made {err} mistakes. Use 5 characters per word.",
         "{chars} characters, {mins} minutes, {err} errors — what's the net WPM with the standard 5-character word?"], approx=True)
@gen(g_net)
def s_net(S, P):
    g = S.g
    S.fact("Typing tests count 1 word = 5 characters (including spaces)")
    w = S.c([u(P["chars"], "characters"), "/", 5], "words", "words typed", "convert characters to standard words", dp=1)
    gr = S.c([u(w, "words"), "/", u(P["mins"], "min")], "WPM", "gross WPM", "divide by the minutes", dp=1)
    e = S.c([u(P["err"], "errors"), "/", u(P["mins"], "min")], "errors/min", "errors per minute", "find errors per minute", dp=2)
    net = S.c([u(gr, "WPM"), "-", u(e, "errors/min")], "WPM", "net WPM", "subtract errors per minute from the gross speed", dp=2)
    S.answer(net, dp=2, tmpl=g.choice(["Your net speed is {about}{a} WPM.", "Net WPM = {a}." if False else "That gives a net speed of {about}{a} WPM."]))


# =============================================================================
# 26 printing time
def g_pr(g):
    return dict(pages=pick(g, [6, 8, 12, 15, 18, 24, 30, 40]),
                copies=pick(g, [10, 12, 15, 20, 25, 30, 50]),
                ppm=pick(g, [15, 20, 22, 25, 30, 35, 40, 45]))


@struct("print_time", "how long the print job takes",
        ["I need {copies} copies of a {pages}-page handout. My printer does {ppm} pages per minute. How many minutes will it take?",
         "Printer speed: {ppm} ppm. Job: {copies} copies × {pages} pages. Minutes needed (one decimal)?",
         "How long does it take a {ppm} ppm laser printer to print {copies} copies of a {pages} page report?",
         "We're printing {copies} sets of a {pages}-page packet at {ppm} pages per minute. How many minutes?"], approx=True)
@gen(g_pr)
def s_pr(S, P):
    g = S.g
    tot = S.c([u(P["copies"], "copies"), "*", u(P["pages"], "pages")], "pages", "total pages", "find the total number of pages")
    m = S.c([u(tot, "pages"), "/", u(P["ppm"], "ppm")], "min", "printing time", "divide by the printing speed", dp=1)
    if S.calcs[-1].exact and g.random() < 0.6:
        S.check([u(m, "min"), "*", u(P["ppm"], "ppm")], "pages")
    S.answer(m, dp=1, tmpl=g.choice(["The job takes {about}{a} minutes.", "Printing needs {about}{a} minutes."]))


# =============================================================================
# 27 printing cost per page
def g_pcst(g):
    return dict(price=pick(g, [24, 30, 36, 45, 48, 60, 72]),
                yld=pick(g, [300, 400, 600, 800, 1200, 1500]),
                pages=pick(g, [150, 200, 250, 500, 750, 1000]))


@struct("print_cost", "the ink cost of the job",
        ["An ink cartridge costs ${price} and prints about {yld} pages. What's the ink cost to print {pages} pages?",
         "Toner: ${price}, rated yield {yld} pages. How much ink money does a {pages}-page print job use?",
         "If a ${price} cartridge lasts {yld} pages, what does printing {pages} pages cost in ink?",
         "Cost per page for a ${price} cartridge with a {yld}-page yield, and then the cost of {pages} pages?"], approx=True)
@gen(g_pcst)
def s_pcst(S, P):
    g = S.g
    cpp = S.c([cur(P["price"]), "/", u(P["yld"], "pages")], "per page", "cost per page", "find the cost per page", fixed=None, dp=4, cur_=True)
    tot = S.c([cur(cpp), "*", u(P["pages"], "pages")], "", "cost of the job", "multiply by the number of pages", fixed=2, cur_=True)
    S.answer(tot, fixed=2, cur_=True, tmpl=g.choice(["The ink cost is {about}{a}.", "Printing costs {about}{a} in ink."]))


# =============================================================================
# 28 usb transfer of many files
def g_usb(g):
    return dict(files=pick(g, [200, 250, 400, 500, 600, 800, 1200, 1500]),
                mb=pick(g, [2.5, 3, 4, 4.5, 6, 8, 12, 25]),
                spd=pick(g, [20, 25, 30, 40, 50, 80, 100]))


@struct("usb_copy", "how long the copy takes",
        ["I'm copying {files} photos, about {mb} MB each, to a USB stick that writes at {spd} MB/s. How many seconds will it take?",
         "Copy job: {files} files × {mb} MB at {spd} MB/s. Seconds needed?",
         "My flash drive writes at {spd} MB/s. How long to copy {files} songs averaging {mb} MB? Answer in seconds.",
         "How many seconds to transfer {files} files of {mb} MB each at {spd} MB per second?"], approx=True)
@gen(g_usb)
def s_usb(S, P):
    g = S.g
    tot = S.c([u(P["files"], "files"), "*", u(P["mb"], "MB")], "MB", "total size", "find the total size")
    t = S.c([u(tot, "MB"), "/", u(P["spd"], "MB/s")], "s", "copy time", "divide by the write speed", dp=1)
    if t >= 120:
        S.c([u(t, "s"), "/", 60], "min", "copy time in minutes", "convert to minutes", dp=1)
    S.answer(t, dp=1, tmpl=g.choice(["The copy takes {about}{a} seconds.", "Expect {about}{a} seconds."]))


# =============================================================================
# 29 backups on a drive
def g_bk(g):
    return dict(tb=pick(g, [1, 2, 4, 5, 8]), bgb=pick(g, [64, 120, 150, 180, 250, 300, 350]))


@struct("backups_fit", "how many full backups fit",
        ["My external drive is {tb} TB. Each full backup of my laptop is {bgb} GB. How many complete backups fit? (1 TB = 1,000 GB)",
         "How many {bgb} GB backups can I keep on a {tb} TB drive, using decimal units?",
         "Drive: {tb} TB (decimal, 1 TB = 1000 GB). Backup size: {bgb} GB. Number of full backups?",
         "A {tb} TB disk stores {bgb} GB system images. How many whole images fit, with 1,000 GB per TB?"])
@gen(g_bk)
def s_bk(S, P):
    g = S.g
    gb = S.c([u(P["tb"], "TB"), "*", 1000], "GB", "drive size in GB", "convert the drive size to GB")
    k = S.c([u(gb, "GB"), "/", u(P["bgb"], "GB")], "backups", "number of backups", "divide by the backup size", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "floor", "backups", "a partial backup is useless")
    S.answer(k, dp=0, tmpl=g.choice(["{a} complete backups fit.", "You can keep {a} full backups."]))


# =============================================================================
# 30 advertised GB vs GiB shown
def g_gib(g):
    return dict(gb=pick(g, [128, 250, 256, 500, 512, 1000, 2000]))


@struct("drive_gib", "the capacity the computer reports",
        ["I bought a {gb} GB SSD (1 GB = 1,000,000,000 bytes), but Windows measures in GiB (1 GiB = 1,073,741,824 bytes). How many GiB will it show? Round to 2 decimals.",
         "Why does my {gb} GB drive show less? How many GiB is {gb} × 10^9 bytes, to two decimal places?",
         "Manufacturers say {gb} GB = {gb} billion bytes. My OS uses 1,024³ bytes per unit. What capacity (2 d.p.) does the OS display?",
         "Convert a {gb} GB (decimal) drive into GiB (binary), rounded to two decimals."], approx=True)
@gen(g_gib)
def s_gib(S, P):
    g = S.g
    S.fact("1 GiB = 1,024 × 1,024 × 1,024 bytes")
    if g.random() < 0.5:
        gi = S.c([1024, "*", 1024, "*", 1024], "bytes", "bytes in one GiB", "work out the size of a GiB")
    else:
        gi = S.c([1024, "pow3"], "bytes", "bytes in one GiB", "work out the size of a GiB")
    b = S.c([u(P["gb"], "GB"), "*", 1000000000], "bytes", "bytes on the drive", "count the bytes on the drive")
    r = S.c([u(b, "bytes"), "/", u(gi, "bytes")], "GiB", "capacity in GiB", "divide by the bytes in a GiB", dp=2)
    S.answer(r, dp=2, tmpl=g.choice(["The OS will show {about}{a} GiB.", "It appears as {about}{a} GiB (often labelled 'GB')."]))


# =============================================================================
# 31 cloud storage percentage
def g_cl(g):
    return dict(q=pick(g, [15, 50, 100, 200]),
                a=pick(g, [1.2, 2.4, 3.5, 4.8, 6.3]), b=pick(g, [0.8, 1.6, 2.1, 3.4]), c=pick(g, [2.5, 4.1, 5.2, 0.9]))


@struct("cloud_pct", "what percentage of the quota is used",
        ["My cloud account has {q} GB. Photos use {a} GB, email uses {b} GB and documents use {c} GB. What percentage of my storage is used? (one decimal)",
         "Google account: {q} GB quota. Gmail {b} GB, Drive {c} GB, Photos {a} GB. Percent used?",
         "How full is my {q} GB plan if I've got {a} GB of photos, {b} GB of mail and {c} GB of files? Give a percentage to 1 decimal place.",
         "Storage quota {q} GB; usage is {a} + {b} + {c} GB. What percent is that?"], approx=True)
@gen(g_cl)
def s_cl(S, P):
    g = S.g
    used = S.c([u(P["a"], "GB"), "+", u(P["b"], "GB"), "+", u(P["c"], "GB")], "GB", "total used", "add up the usage", dp=1)
    fr = S.c([u(used, "GB"), "/", u(P["q"], "GB")], "", "fraction used", "divide by the quota", dp=4)
    p = S.c([fr, "*", 100], "%", "percentage", "convert to a percentage", dp=1)
    S.answer(p, dp=1, tmpl=g.choice(["You've used {about}{a}% of your storage.", "About {a}% is used." if False else "{a}% of the quota is in use."]))


# =============================================================================
# 32 browser tabs in RAM
def g_ram(g):
    return dict(ram=pick(g, [4, 8, 16, 32]), os=pick(g, [1536, 2048, 2560, 3072, 4096]),
                tab=pick(g, [80, 100, 120, 150, 200, 250]))


@struct("ram_tabs", "how many tabs fit in memory",
        ["My laptop has {ram} GB of RAM (1 GB = 1,024 MB). The OS and apps use {os} MB. If each browser tab needs about {tab} MB, how many tabs can I open?",
         "With {ram} GB RAM, {os} MB already in use, and {tab} MB per tab, how many whole tabs fit? Use 1024 MB per GB.",
         "How many Chrome tabs at {tab} MB each fit in the free part of {ram} GB of memory if {os} MB is taken? (binary GB)",
         "RAM: {ram} GB. In use: {os} MB. Tab cost: {tab} MB. Max number of tabs (1 GB = 1,024 MB)?"])
@gen(g_ram)
def s_ram(S, P):
    g = S.g
    if P["os"] >= P["ram"] * 1024:
        raise Invalid("no room")
    tot = S.c([u(P["ram"], "GB"), "*", 1024], "MB", "RAM in MB", "convert the RAM to MB")
    fr = S.c([u(tot, "MB"), "-", u(P["os"], "MB")], "MB", "free RAM", "subtract what's already in use")
    k = S.c([u(fr, "MB"), "/", u(P["tab"], "MB")], "tabs", "number of tabs", "divide by the memory per tab", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "floor", "tabs", "you can't open part of a tab")
    S.answer(k, dp=0, tmpl=g.choice(["You can open {a} tabs.", "That's room for {a} tabs."]))


# =============================================================================
# 33 MP3 size
def g_mp3(g):
    return dict(kbps=pick(g, [128, 160, 192, 256, 320]), mins=pick(g, [2, 3, 4, 5]),
                secs=pick(g, [0, 15, 20, 30, 45]))


@struct("mp3_size", "the file size of the song",
        ["A song is {mins} min {secs} s long, encoded at {kbps} kbps. How many MB is the file? (1 MB = 1,000 KB, 8 bits per byte)",
         "What's the size in MB of a {kbps} kbps MP3 that runs {mins}:{secs2}? Use decimal units.",
         "How big is a {mins} minute {secs} second track at {kbps} kilobits per second, in megabytes (1,000 KB per MB)?",
         "Bitrate {kbps} kbps, duration {mins} m {secs} s. File size in MB, rounded to two decimals?"], approx=True)
@gen(g_mp3)
def s_mp3(S, P):
    g = S.g
    a = S.c([u(P["mins"], "min"), "*", 60], "s", "minutes in seconds", "convert the length to seconds")
    t = S.c([u(a, "s"), "+", u(P["secs"], "s")], "s", "total length", "add the seconds") if P["secs"] else a
    kb = S.c([u(P["kbps"], "kbps"), "*", u(t, "s")], "kilobits", "total kilobits", "multiply bitrate by duration")
    kB = S.c([u(kb, "kilobits"), "/", 8], "KB", "size in KB", "divide by 8 to get kilobytes", dp=2)
    mb = S.c([u(kB, "KB"), "/", 1000], "MB", "size in MB", "convert to megabytes", dp=2)
    S.answer(mb, dp=2, tmpl=g.choice(["The file is {about}{a} MB.", "The MP3 takes up {about}{a} MB."]))


# =============================================================================
# 34 video file size from bitrate
def g_vb(g):
    return dict(mbps=pick(g, [5, 8, 10, 12, 16, 20, 25, 40, 50]), mins=pick(g, [2, 5, 10, 15, 20, 30, 45, 90]))


@struct("bitrate_size", "how big the recording is",
        ["My camera records at {mbps} Mbps. How many GB is a {mins}-minute clip? (8 bits = 1 byte, 1 GB = 1,000 MB)",
         "Stream bitrate: {mbps} Mbps. Recording length: {mins} minutes. File size in GB (decimal)?",
         "How large is {mins} minutes of {mbps} megabit-per-second video, in gigabytes? Use 1,000 MB per GB.",
         "OBS is set to {mbps} Mbps. If I record for {mins} minutes, roughly how many GB will the file be?"], approx=True)
@gen(g_vb)
def s_vb(S, P):
    g = S.g
    s = S.c([u(P["mins"], "min"), "*", 60], "s", "length in seconds", "convert minutes to seconds")
    mbs = S.c([u(P["mbps"], "Mbps"), "/", 8], "MB/s", "data per second", "convert the bitrate to MB per second", dp=3)
    mb = S.c([u(mbs, "MB/s"), "*", u(s, "s")], "MB", "size in MB", "multiply by the duration", dp=1)
    gb = S.c([u(mb, "MB"), "/", 1000], "GB", "size in GB", "convert to gigabytes", dp=2)
    S.answer(gb, dp=2, tmpl=g.choice(["The clip is {about}{a} GB.", "Expect a file of {about}{a} GB."]))


# =============================================================================
# 35 remaining download
def g_rem(g):
    return dict(tot=pick(g, [800, 1200, 1500, 2400, 3000, 4500, 6000]),
                pct=pick(g, [20, 25, 40, 60, 75, 80]), spd=pick(g, [4, 5, 6, 8, 10, 12, 15, 25]))


@struct("dl_remaining", "how long until the download finishes",
        ["A {tot} MB download is {pct}% done and running at {spd} MB/s. How many more seconds?",
         "Steam says my {tot} MB update is at {pct}%. Speed is {spd} MB/s. Seconds remaining?",
         "My download is {pct} percent complete out of {tot} MB. At {spd} MB per second, how long until it finishes (in seconds)?",
         "{pct}% of {tot} MB is downloaded; the rest comes down at {spd} MB/s. Time left in seconds?"], approx=True)
@gen(g_rem)
def s_rem(S, P):
    g = S.g
    done = S.c([pc(P["pct"]), "of", u(P["tot"], "MB")], "MB", "downloaded so far", "find how much is already downloaded")
    left = S.c([u(P["tot"], "MB"), "-", u(done, "MB")], "MB", "remaining", "subtract to get what's left")
    t = S.c([u(left, "MB"), "/", u(P["spd"], "MB/s")], "s", "time left", "divide by the speed", dp=1)
    S.answer(t, dp=1, tmpl=g.choice(["About {a} seconds to go." if False else "It needs {about}{a} more seconds.", "{about}{a} seconds remain."]))


# =============================================================================
# 36 SD cards needed
def g_sd(g):
    return dict(hrs=pick(g, [2, 3, 4, 5, 6, 8]), gbh=pick(g, [12, 18, 24, 30, 45, 60]),
                card=pick(g, [32, 64, 128]))


@struct("cards_needed", "how many memory cards are needed",
        ["I'm filming an event for {hrs} hours. My camera uses {gbh} GB per hour. How many {card} GB cards do I need?",
         "Recording eats {gbh} GB/hour. Shoot length: {hrs} h. Card size: {card} GB. Minimum number of cards?",
         "How many {card} GB SD cards are needed for {hrs} hours of footage at {gbh} GB per hour?",
         "A {hrs}-hour wedding, {gbh} GB of video per hour, {card} GB cards. How many cards should I bring (minimum)?"])
@gen(g_sd)
def s_sd(S, P):
    g = S.g
    tot = S.c([u(P["hrs"], "h"), "*", u(P["gbh"], "GB/h")], "GB", "total footage", "find the total footage")
    k = S.c([u(tot, "GB"), "/", u(P["card"], "GB")], "cards", "cards", "divide by the card size", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "ceil", "cards", "a partly-filled card still has to be brought")
    S.answer(k, dp=0, tmpl=g.choice(["You need {a} cards.", "Bring {a} cards."]))


# =============================================================================
# 37 app updates
def g_au(g):
    return dict(apps=pick(g, [12, 15, 18, 24, 30, 36, 40]), mb=pick(g, [45, 60, 75, 85, 120, 150]),
                spd=pick(g, [5, 10, 15, 20, 25]))


@struct("app_updates", "how long the updates take",
        ["{apps} apps need updating, averaging {mb} MB each. My Wi-Fi downloads at {spd} MB/s. How many seconds for all updates?",
         "Phone has {apps} pending updates at about {mb} MB apiece. Download speed {spd} MB/s. Total seconds?",
         "How long do {apps} app updates of {mb} MB each take at {spd} MB per second (in seconds)?",
         "App Store: {apps} updates, {mb} MB average, {spd} MB/s connection. Time in seconds?"], approx=True)
@gen(g_au)
def s_au(S, P):
    g = S.g
    tot = S.c([u(P["apps"], "apps"), "*", u(P["mb"], "MB")], "MB", "total download", "find the total size")
    t = S.c([u(tot, "MB"), "/", u(P["spd"], "MB/s")], "s", "time", "divide by the speed", dp=1)
    if tot >= 1000:
        S.text("(That's %s GB in total.)" % fnum(tot / 1000, 3))
    S.answer(t, dp=1, tmpl=g.choice(["All updates take {about}{a} seconds.", "It takes {about}{a} seconds."]))


# =============================================================================
# 38 frame time
def g_ft(g):
    a, b = g.choice([(30, 60), (60, 120), (60, 144), (30, 144), (60, 240), (50, 100), (24, 60), (120, 240), (75, 165), (60, 165)])
    return dict(a=F(a), b=F(b))


@struct("frame_time", "how much shorter each frame is",
        ["How many milliseconds does each frame last at {a} fps versus {b} fps, and what's the difference? (2 decimals)",
         "Upgrading from a {a} Hz to a {b} Hz monitor: by how many ms does the frame time drop? Round to 2 decimal places.",
         "Frame time = 1000 ms ÷ fps. What's the frame-time difference between {a} fps and {b} fps?",
         "At {a} FPS vs {b} FPS, how much faster (in ms per frame) is the higher rate? Give 2 d.p."], approx=True)
@gen(g_ft)
def s_ft(S, P):
    g = S.g
    S.fact("Frame time in milliseconds is 1,000 ms divided by the frame rate")
    x = S.c([u(1000, "ms"), "/", P["a"]], "ms", "frame time at %s fps" % n(P["a"]), "find the frame time at %s fps" % n(P["a"]), dp=2)
    y = S.c([u(1000, "ms"), "/", P["b"]], "ms", "frame time at %s fps" % n(P["b"]), "find the frame time at %s fps" % n(P["b"]), dp=2)
    d = S.c([u(x, "ms"), "-", u(y, "ms")], "ms", "difference", "subtract", dp=2)
    S.answer(d, dp=2, tmpl=g.choice(["Each frame is {about}{a} ms shorter.", "The frame time drops by {about}{a} ms."]))


# =============================================================================
# 39 email attachments
def g_em(g):
    return dict(files=pick(g, [6, 8, 10, 12, 15, 20, 24]), mb=pick(g, [3.5, 4, 4.5, 6, 7.5, 8]),
                lim=pick(g, [20, 25]))


@struct("emails_needed", "how many emails are needed",
        ["I want to email {files} scans of {mb} MB each. The attachment limit is {lim} MB per email. How many emails do I need at minimum?",
         "Gmail lets me attach {lim} MB per message. I have {files} files at {mb} MB. Minimum number of emails (assume files can be split evenly by size)?",
         "How many emails for {files} photos of {mb} MB if each email holds up to {lim} MB in total?",
         "Attachment cap {lim} MB. Sending {files} × {mb} MB files. Least number of messages, going by total size?"])
@gen(g_em)
def s_em(S, P):
    g = S.g
    tot = S.c([u(P["files"], "files"), "*", u(P["mb"], "MB")], "MB", "total size", "find the total size")
    k = S.c([u(tot, "MB"), "/", u(P["lim"], "MB")], "emails", "emails", "divide by the per-email limit", dp=2)
    if k.denominator != 1:
        k = S.rnd(k, "ceil", "emails", "the leftover still needs its own email")
    S.answer(k, dp=0, tmpl=g.choice(["You need at least {a} emails.", "That's {a} emails minimum."]))


# =============================================================================
# 40 weekly screen time
def g_sc(g):
    return dict(mins=pick(g, [150, 195, 210, 240, 270, 285, 300, 330, 360]), days=F(7),
                weeks=pick(g, [4, 52]))


@struct("screen_time", "the total screen time",
        ["My phone says I average {mins} minutes of screen time a day. How many hours is that per week, and over {weeks} weeks?",
         "Screen Time report: {mins} min/day. Hours per week? And how many hours over {weeks} weeks?",
         "If I'm on my phone {mins} minutes every day, how many hours does that add up to in {weeks} weeks?",
         "Daily average {mins} minutes of phone use — total hours across {weeks} weeks?"], approx=True)
@gen(g_sc)
def s_sc(S, P):
    g = S.g
    wk = S.c([u(P["mins"], "min"), "*", 7], "min", "minutes per week", "multiply by 7 days")
    h = S.c([u(wk, "min"), "/", 60], "h", "hours per week", "convert to hours", dp=2)
    t = S.c([u(h, "h"), "*", P["weeks"]], "h", "hours over %s weeks" % n(P["weeks"]), "multiply by the number of weeks", dp=2)
    S.answer(t, dp=2, tmpl=g.choice(["That's {about}{a} hours.", "It adds up to {about}{a} hours of screen time."]))


# =============================================================================
# 41 storage short (negative intermediate)
def g_sh(g):
    return dict(free=pick(g, [2.4, 3.1, 4.6, 5.2, 6.8, 1.9]), upd=pick(g, [6.5, 7.2, 8.4, 9.1, 10.3]),
                need=pick(g, [1.5, 2, 2.5, 3]))


@struct("update_short", "how much space must be freed",
        ["My phone has {free} GB free. An OS update is {upd} GB and needs another {need} GB of temporary space to install. How many GB do I have to free up?",
         "iOS update: {upd} GB download plus {need} GB working space. I have {free} GB available. How much more space do I need?",
         "The update needs {upd} GB for the file and {need} GB extra during install. Free storage is {free} GB. How many GB should I delete?",
         "Free: {free} GB. Required: {upd} GB + {need} GB scratch space. Shortfall in GB?"])
@gen(g_sh)
def s_sh(S, P):
    g = S.g
    req = S.c([u(P["upd"], "GB"), "+", u(P["need"], "GB")], "GB", "space required", "add the update size and the temporary space", dp=1)
    d = S.c([u(P["free"], "GB"), "-", u(req, "GB")], "GB", "free minus required", "compare with the free space", dp=1, neg_ok=True)
    if d >= 0:
        raise Invalid("not short")
    S.text(g.choice(["The negative result means you're %s GB short." % n(-d, 1),
                     "A negative number means a shortfall of %s GB." % n(-d, 1)]))
    S.answer(-d, dp=1, tmpl=g.choice(["You need to free up {a} GB.", "Delete at least {a} GB."]))


# =============================================================================
# 42 duplex printing sheets
def g_dx(g):
    return dict(pages=pick(g, [7, 9, 11, 13, 15, 17, 21, 25]), copies=pick(g, [10, 12, 20, 25, 30, 40]))


@struct("duplex_sheets", "how many sheets of paper are needed",
        ["I'm printing {copies} copies of a {pages}-page document double-sided. Each copy starts on a new sheet. How many sheets of paper?",
         "Duplex printing: {pages} pages per copy, {copies} copies, each copy on its own sheets. Total sheets?",
         "How many sheets do {copies} double-sided copies of a {pages} page handout use (copies don't share sheets)?",
         "Two-sided print run: {copies} × {pages}-page booklets. Sheets needed if every copy starts on a fresh sheet?"])
@gen(g_dx)
def s_dx(S, P):
    g = S.g
    per = S.c([u(P["pages"], "pages"), "/", 2], "sheets", "sheets per copy", "divide the pages by 2 sides", dp=1)
    if per.denominator != 1:
        per = S.rnd(per, "ceil", "sheets", "the last page still needs its own sheet")
    tot = S.c([u(per, "sheets"), "*", u(P["copies"], "copies")], "sheets", "total sheets", "multiply by the number of copies")
    S.answer(tot, dp=0, tmpl=g.choice(["You need {a} sheets.", "The job uses {a} sheets of paper."]))
