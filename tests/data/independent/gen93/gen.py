#!/usr/bin/env python3
"""Generator: photography / screens / printing worked solutions (correct, slip, carry, loop)."""
import argparse
import hashlib
import json
import random
from fractions import Fraction as F
import math

# ---------------------------------------------------------------- numbers

def rhu(x, d):
    """round half up of Fraction x to d decimals -> Fraction"""
    q = F(10) ** d
    return F(math.floor(x * q + F(1, 2))) / q


def is_dec(x, maxd=3):
    for d in range(maxd + 1):
        if (x * 10 ** d).denominator == 1:
            return d
    return None


def fmt_plain(x, sep=True, dp=None):
    if dp is None:
        dp = is_dec(x, 6)
        if dp is None:
            dp = 4
            x = rhu(x, 4)
    neg = x < 0
    x = abs(x)
    q = int(round(x * 10 ** dp))
    ip, fp = divmod(q, 10 ** dp)
    s = f"{ip:,}" if sep else str(ip)
    if dp:
        s += "." + str(fp).rjust(dp, "0")
    return ("-" if neg else "") + s


def final_str(x):
    d = is_dec(x, 6)
    s = fmt_plain(x, sep=False, dp=d)
    return s


# ---------------------------------------------------------------- solver

EXACT_OPS = ("mul", "add", "sub", "sum", "div", "pct")


class Step:
    def __init__(self, op, args, res, meta):
        self.op, self.args, self.res, self.meta = op, args, res, meta
        self.approx = False
        self.shown = None  # extra for floor/ceil: decimal shown


class Solver:
    def __init__(self, fault=None):
        self.steps = []
        self.fault = fault
        self.bad = False

    def _rec(self, op, args, res, meta, exact=True):
        i = len(self.steps)
        st = Step(op, args, res, meta)
        if self.fault and self.fault[0] == i:
            st.res = self.fault[1]
        if st.res <= 0:
            self.bad = True
        if meta.get("money", (0,))[-1] and (st.res * 100).denominator != 1:
            self.bad = True
        if op in ("mul", "add", "sub", "sum", "pct") and is_dec(st.res, 3) is None:
            self.bad = True
        self.steps.append(st)
        return st

    def mul(self, a, b, **m):
        return self._rec("mul", [a, b], a * b, m).res

    def add(self, a, b, **m):
        return self._rec("add", [a, b], a + b, m).res

    def sub(self, a, b, **m):
        return self._rec("sub", [a, b], a - b, m).res

    def sum(self, xs, **m):
        return self._rec("sum", list(xs), sum(xs, F(0)), m).res

    def pct(self, p, b, **m):
        return self._rec("pct", [p, b], p * b / 100, m).res

    def div(self, a, b, dp=2, **m):
        if b == 0:
            self.bad = True
            b = F(1)
        q = a / b
        if is_dec(q, 3) is None:
            st = self._rec("rdiv", [a, b], rhu(q, dp), dict(m, dp=dp))
            st.approx = True
            return st.res
        return self._rec("div", [a, b], q, m).res

    def rdiv(self, a, b, dp, **m):
        q = a / b
        st = self._rec("rdiv", [a, b], rhu(q, dp), dict(m, dp=dp))
        st.approx = rhu(q, dp) != q
        return st.res

    def floor(self, a, b, **m):
        q = a / b
        st = self._rec("floor", [a, b], F(math.floor(q)), m)
        st.shown = q if is_dec(q, 2) is not None else rhu(q, 2)
        st.approx = is_dec(q, 2) is None
        if st.shown == st.res and q != st.res:
            st.shown = rhu(q, 3)
        return st.res

    def ceil(self, a, b, **m):
        q = a / b
        st = self._rec("ceil", [a, b], F(math.ceil(q)), m)
        st.shown = q if is_dec(q, 2) is not None else rhu(q, 2)
        st.approx = is_dec(q, 2) is None
        if st.shown == st.res and q != st.res:
            st.shown = rhu(q, 3)
        return st.res


# ---------------------------------------------------------------- kinds
# each kind: params(rng) -> dict ; questions: list of format strings ; solve(S, p) -> (final, answer-sentence fmt, unit)

NAMES = ["Maya", "Jonah", "Priya", "Luis", "Aiko", "Tom", "Grace", "Omar", "Elena", "Sam", "Nadia", "Ben"]


def money(x):
    return "$" + fmt_plain(x, True, 2)


KINDS = {}


def kind(name):
    def deco(f):
        KINDS[name] = f
        return f
    return deco


SENSORS = [(6000, 4000), (4032, 3024), (8256, 5504), (5472, 3648), (6240, 4160), (3840, 2160), (7952, 5304),
           (4608, 3456), (6960, 4640), (9504, 6336), (5184, 3456), (4000, 3000), (8192, 5464), (6048, 4024)]


class K_mp:
    name = "megapixels"
    qs = ["A camera takes photos that are {W} pixels wide and {H} pixels tall. How many megapixels is each photo, rounded to the nearest tenth?",
          "My phone saves images at {W} x {H}. How many megapixels is that (to one decimal place)?",
          "{N}'s new mirrorless camera has a sensor resolution of {W} × {H} pixels. What is its resolution in megapixels, to the nearest 0.1 MP?"]

    @staticmethod
    def params(r):
        W, H = r.choice(SENSORS)
        return dict(W=W, H=H)

    @staticmethod
    def solve(S, p):
        px = S.mul(F(p["W"]), F(p["H"]), d="total pixels", how="multiply the width by the height", u=("px", "px", "pixels"))
        mp = S.rdiv(px, F(1000000), 1, d="megapixels", how="divide by 1,000,000 to convert to megapixels", u=("pixels", "", "MP"))
        return mp, "Each photo is about {v} megapixels.", "MP"


class K_printarea:
    name = "print_area"
    qs = ["A photo is {W} × {H} pixels. If it is printed at {dpi} DPI, what is the area of the print in square inches?",
          "{N} wants to print a {W} x {H} pixel image at {dpi} dots per inch. How many square inches will the print cover?",
          "An image measuring {W} by {H} pixels is sent to a printer set to {dpi} DPI. What is the printed area in square inches?"]

    @staticmethod
    def params(r):
        dpi = r.choice([150, 200, 240, 300, 300, 360])
        w = r.choice([F(4), F(5), F(6), F(8), F(10), F(12), F(16), F(20), F(15, 2), F(11, 2), F(17, 2)])
        h = r.choice([F(3), F(4), F(5), F(6), F(7), F(8), F(9, 2), F(13, 2)])
        if h > w:
            w, h = h, w
        if (w * dpi).denominator != 1 or (h * dpi).denominator != 1:
            w, h = F(int(w)), F(int(h))
        return dict(W=int(w * dpi), H=int(h * dpi), dpi=dpi)

    @staticmethod
    def solve(S, p):
        w = S.div(F(p["W"]), F(p["dpi"]), d="print width", how="divide the pixel width by the DPI", u=("px", "dpi", "in"))
        h = S.div(F(p["H"]), F(p["dpi"]), d="print height", how="divide the pixel height by the DPI", u=("px", "dpi", "in"))
        a = S.mul(w, h, d="print area", how="multiply width by height", u=("in", "in", "sq in"))
        return a, "The print covers {v} square inches.", "sq in"


class K_pxneeded:
    name = "pixels_needed"
    qs = ["To print a {w} × {h} inch photo at {dpi} DPI, how many megapixels does the image need (to the nearest tenth)?",
          "{N} wants a sharp {w}x{h} inch print at {dpi} pixels per inch. What is the minimum resolution in megapixels, rounded to one decimal?",
          "A print shop recommends {dpi} DPI. How many megapixels (nearest 0.1) are needed for a {w} by {h} inch print?"]

    @staticmethod
    def params(r):
        return dict(w=r.choice([5, 6, 8, 10, 11, 12, 16, 20, 24]), h=r.choice([4, 5, 7, 8, 9, 10, 14, 16]),
                    dpi=r.choice([150, 200, 240, 300, 300, 360]))

    @staticmethod
    def solve(S, p):
        W = S.mul(F(p["w"]), F(p["dpi"]), d="pixel width", how="multiply the width in inches by the DPI", u=("in", "dpi", "px"))
        H = S.mul(F(p["h"]), F(p["dpi"]), d="pixel height", how="multiply the height in inches by the DPI", u=("in", "dpi", "px"))
        t = S.mul(W, H, d="total pixels", how="multiply the two pixel dimensions", u=("px", "px", "pixels"))
        mp = S.rdiv(t, F(1000000), 1, d="megapixels", how="convert to megapixels", u=("pixels", "", "MP"))
        return mp, "The image needs about {v} megapixels.", "MP"


class K_card:
    name = "card_capacity"
    qs = ["A {G} GB memory card holds RAW files of {s} MB each. Using 1 GB = {f} MB, how many full photos fit on the card?",
          "{N} shoots RAW at about {s} MB per file. How many complete photos fit on a {G} GB card, if 1 GB is {f} MB?",
          "How many {s} MB photos can be stored on a {G} GB SD card? (Take 1 GB = {f} MB.)"]

    @staticmethod
    def params(r):
        return dict(G=r.choice([32, 64, 128, 256, 512]), s=r.choice([22, 24, 25, 28, 30, 35, 45, 48, 55, 60, 75]),
                    f=r.choice([1000, 1000, 1024]))

    @staticmethod
    def solve(S, p):
        mb = S.mul(F(p["G"]), F(p["f"]), d="card capacity in MB", how="convert the card size to megabytes", u=("GB", "MB", "MB"))
        n = S.floor(mb, F(p["s"]), d="number of photos", how="divide by the file size and round down", u=("MB", "MB", "photos"))
        return n, "The card holds {v} full photos.", "photos"


class K_storage:
    name = "storage_total"
    qs = ["On a trip {N} took {n} photos at {a} MB each and {m} video clips at {b} MB each. How many GB is that in total (1 GB = 1000 MB), to the nearest hundredth?",
          "A wedding shoot produced {n} JPEGs averaging {a} MB and {m} short clips averaging {b} MB. How much storage in GB is needed, rounded to 2 decimals? Use 1 GB = 1000 MB.",
          "{n} photos of {a} MB plus {m} videos of {b} MB: how many gigabytes is that (1 GB = 1,000 MB), to two decimal places?"]

    @staticmethod
    def params(r):
        return dict(n=r.choice([120, 245, 380, 512, 640, 875, 1200, 1530]), a=r.choice([F(6), F(8), F(12), F(15, 2), F(9, 2), F(24)]),
                    m=r.choice([6, 9, 12, 15, 18, 25]), b=r.choice([85, 120, 150, 240, 310, 450]))

    @staticmethod
    def solve(S, p):
        x = S.mul(F(p["n"]), p["a"], d="photo storage", how="multiply the photo count by the photo size", u=("photos", "MB", "MB"))
        y = S.mul(F(p["m"]), F(p["b"]), d="video storage", how="multiply the clip count by the clip size", u=("clips", "MB", "MB"))
        t = S.add(x, y, d="total storage", how="add them together", u=("MB", "MB", "MB"))
        g = S.rdiv(t, F(1000), 2, d="total in GB", how="convert to gigabytes", u=("MB", "", "GB"))
        return g, "That is about {v} GB in total.", "GB"


class K_burst:
    name = "burst_storage"
    qs = ["A camera shoots {fps} frames per second in burst mode, and each frame is {s} MB. {N} holds the shutter for {t} seconds, and the card had {free} MB free. How many MB are free afterwards?",
          "In burst mode a sports camera captures {fps} fps at {s} MB per frame. After a {t}-second burst, how much space is left on a card that started with {free} MB free?",
          "Burst: {fps} frames/second for {t} seconds, {s} MB per frame. Starting free space: {free} MB. How many MB remain?"]

    @staticmethod
    def params(r):
        fps = r.choice([8, 10, 12, 15, 20, 30])
        t = r.choice([2, 3, 4, 5, 6])
        s = r.choice([F(12), F(18), F(22), F(25), F(35, 2), F(45, 2), F(30)])
        used = fps * t * s
        free = int(used) + r.choice([1000, 2500, 4000, 8000, 12000, 20000]) + r.randint(1, 99) * 10
        return dict(fps=fps, t=t, s=s, free=free)

    @staticmethod
    def solve(S, p):
        fr = S.mul(F(p["fps"]), F(p["t"]), d="number of frames", how="multiply frames per second by seconds", u=("fps", "s", "frames"))
        mb = S.mul(fr, p["s"], d="space used", how="multiply the frames by the file size", u=("frames", "MB", "MB"))
        left = S.sub(F(p["free"]), mb, d="space left", how="subtract from the free space", u=("MB", "MB", "MB"))
        return left, "There are {v} MB left on the card.", "MB"


class K_order:
    name = "print_order"
    qs = ["A print shop charges {p1} per 4x6 print, {p2} per 5x7 and {p3} per 8x10. {N} orders {n1} 4x6 prints, {n2} 5x7 prints and {n3} 8x10 prints, plus {sh} shipping. What is the total cost in dollars?",
          "{N}'s order: {n1} prints at 4×6 ({p1} each), {n2} at 5×7 ({p2} each) and {n3} at 8×10 ({p3} each). Shipping is {sh}. How much does the order cost?",
          "Prices: 4x6 = {p1}, 5x7 = {p2}, 8x10 = {p3}. How much for {n1} 4x6s, {n2} 5x7s and {n3} 8x10s with {sh} shipping?"]

    @staticmethod
    def params(r):
        return dict(p1=F(r.choice([19, 25, 29, 35, 39, 45]), 100), p2=F(r.choice([99, 125, 149, 179, 199]), 100),
                    p3=F(r.choice([299, 349, 399, 450, 499, 599]), 100), n1=r.choice([24, 36, 48, 50, 60, 72, 100]),
                    n2=r.choice([4, 6, 8, 10, 12]), n3=r.choice([1, 2, 3, 4, 5]), sh=F(r.choice([399, 499, 599, 650, 799]), 100))

    @staticmethod
    def solve(S, p):
        a = S.mul(F(p["n1"]), p["p1"], d="4x6 prints", how="multiply the count by the price", u=("", "", ""), money=(0, 1, 1))
        b = S.mul(F(p["n2"]), p["p2"], d="5x7 prints", how="multiply the count by the price", u=("", "", ""), money=(0, 1, 1))
        c = S.mul(F(p["n3"]), p["p3"], d="8x10 prints", how="multiply the count by the price", u=("", "", ""), money=(0, 1, 1))
        t = S.sum([a, b, c, p["sh"]], d="total cost", how="add everything including shipping", u=("", "", "", "", ""), money=(1, 1, 1, 1, 1))
        return t, "The order costs {v} in total.", "$"


class K_discount:
    name = "print_discount"
    qs = ["Prints cost {pr} each. {N} orders {n} prints and has a coupon for {pc}% off. What is the total after the discount?",
          "A lab sells prints for {pr} apiece and is running a {pc}% off sale. How much do {n} prints cost on sale?",
          "{n} photo prints at {pr} each, with {pc}% off the whole order. What's the final price?"]

    @staticmethod
    def params(r):
        while True:
            pr = F(r.choice([15, 18, 25, 29, 35, 40, 45, 60, 75, 99, 125]), 100)
            n = r.choice([20, 24, 30, 40, 48, 50, 60, 80, 100, 120, 150])
            pc = r.choice([10, 15, 20, 25, 30, 40])
            if (n * pr * pc / 100 * 100).denominator == 1:
                return dict(pr=pr, n=n, pc=pc)

    @staticmethod
    def solve(S, p):
        s = S.mul(F(p["n"]), p["pr"], d="subtotal", how="multiply the number of prints by the price", u=("", "", ""), money=(0, 1, 1))
        d = S.pct(F(p["pc"]), s, d="discount", how="find the discount", u=("", "", ""), money=(0, 1, 1))
        t = S.sub(s, d, d="total", how="subtract the discount", u=("", "", ""), money=(1, 1, 1))
        return t, "The prints cost {v} after the discount.", "$"


class K_aspect:
    name = "aspect_pixels"
    qs = ["An image is {W} pixels wide with a {a}:{b} aspect ratio. How many pixels does it have in total?",
          "{N} exports a {a}:{b} video frame that is {W} px wide. What is the total pixel count of the frame?",
          "A {a}:{b} display is {W} pixels across. How many pixels are on the screen altogether?"]

    @staticmethod
    def params(r):
        a, b = r.choice([(16, 9), (3, 2), (4, 3), (21, 9), (5, 4), (16, 10), (1, 1)])
        k = r.choice([80, 120, 160, 240, 320, 400, 480, 640])
        return dict(W=a * k, a=a, b=b)

    @staticmethod
    def solve(S, p):
        u = S.div(F(p["W"]), F(p["a"]), d="size of one ratio unit", how="divide the width by the first ratio number", u=("px", "", "px"))
        h = S.mul(u, F(p["b"]), d="height", how="multiply by the second ratio number", u=("px", "", "px"))
        t = S.mul(F(p["W"]), h, d="total pixels", how="multiply width by height", u=("px", "px", "pixels"))
        return t, "The image has {v} pixels in total.", "px"


class K_crop:
    name = "crop_square"
    qs = ["A {W} × {H} photo is cropped to a {H} × {H} square for social media. How many pixels are cropped away?",
          "{N} crops a {W}x{H} image to a square using the full height. How many pixels are removed?",
          "Cropping a {W} by {H} pixel picture down to a square {H} pixels on each side removes how many pixels?"]

    @staticmethod
    def params(r):
        W, H = r.choice(SENSORS)
        return dict(W=W, H=H)

    @staticmethod
    def solve(S, p):
        a = S.mul(F(p["W"]), F(p["H"]), d="original pixel count", how="multiply width by height", u=("px", "px", "pixels"))
        b = S.mul(F(p["H"]), F(p["H"]), d="square pixel count", how="square the height", u=("px", "px", "pixels"))
        c = S.sub(a, b, d="pixels removed", how="subtract", u=("pixels", "pixels", "pixels"))
        return c, "{v} pixels are cropped away.", "px"


class K_album:
    name = "album_cost"
    qs = ["{N} has {n} photos for an album that holds {k} photos per page. Pages cost {pp} each and the cover costs {cv}. What is the total cost?",
          "An album fits {k} prints per page. Each page is {pp} and the cover is {cv}. How much to make an album for {n} prints?",
          "A custom album: {pp} per page, {k} photos per page, plus a {cv} cover. {n} photos need to go in. Total price?"]

    @staticmethod
    def params(r):
        return dict(n=r.choice([45, 58, 73, 96, 120, 137, 150, 212]), k=r.choice([4, 6, 8, 12]),
                    pp=F(r.choice([75, 99, 125, 150, 199]), 100), cv=F(r.choice([1200, 1499, 1999, 2500]), 100))

    @staticmethod
    def solve(S, p):
        pg = S.ceil(F(p["n"]), F(p["k"]), d="pages needed", how="divide the photos by photos per page and round up", u=("photos", "", "pages"))
        c = S.mul(pg, p["pp"], d="page cost", how="multiply pages by the page price", u=("", "", ""), money=(0, 1, 1))
        t = S.add(c, p["cv"], d="total", how="add the cover", u=("", "", ""), money=(1, 1, 1))
        return t, "The album costs {v}.", "$"


class K_timelapse:
    name = "timelapse"
    qs = ["{N} shoots a time-lapse for {m} minutes, taking one frame every {i} seconds. Played back at {fps} fps, how many seconds long is the video (to the nearest tenth)?",
          "A camera takes a photo every {i} s for {m} min. At {fps} frames per second, how long is the resulting time-lapse clip, rounded to 0.1 s?",
          "Time-lapse: interval {i} seconds, duration {m} minutes, playback {fps} fps. Video length in seconds (one decimal)?"]

    @staticmethod
    def params(r):
        i = r.choice([2, 3, 4, 5, 6, 10, 15])
        m = r.choice([20, 30, 45, 60, 90, 120, 150]) 
        return dict(i=i, m=m, fps=r.choice([24, 25, 30, 60]))

    @staticmethod
    def solve(S, p):
        s = S.mul(F(p["m"]), F(60), d="shooting time in seconds", how="convert minutes to seconds", u=("min", "", "s"))
        fr = S.floor(s, F(p["i"]), d="number of frames", how="divide by the interval", u=("s", "s", "frames"))
        v = S.rdiv(fr, F(p["fps"]), 1, d="video length", how="divide by the playback rate", u=("frames", "fps", "s"))
        return v, "The time-lapse runs about {v} seconds.", "s"


class K_screen:
    name = "screen_diff"
    qs = ["How many more pixels does a {W1} × {H1} monitor have than a {W2} × {H2} monitor?",
          "{N} upgrades from a {W2}x{H2} screen to a {W1}x{H1} screen. How many extra pixels is that?",
          "A {W1} by {H1} display versus a {W2} by {H2} display: what is the difference in total pixels?"]

    @staticmethod
    def params(r):
        res = [(3840, 2160), (2560, 1440), (1920, 1080), (1366, 768), (2560, 1600), (3440, 1440), (1280, 720), (5120, 2880), (2880, 1800), (1600, 900)]
        a, b = r.sample(res, 2)
        if a[0] * a[1] < b[0] * b[1]:
            a, b = b, a
        return dict(W1=a[0], H1=a[1], W2=b[0], H2=b[1])

    @staticmethod
    def solve(S, p):
        a = S.mul(F(p["W1"]), F(p["H1"]), d="pixels on the larger screen", how="multiply its width by its height", u=("px", "px", "pixels"))
        b = S.mul(F(p["W2"]), F(p["H2"]), d="pixels on the smaller screen", how="multiply its width by its height", u=("px", "px", "pixels"))
        c = S.sub(a, b, d="difference", how="subtract", u=("pixels", "pixels", "pixels"))
        return c, "The bigger screen has {v} more pixels.", "px"


class K_sheets:
    name = "sheets_cost"
    qs = ["A sheet of photo paper fits {k} wallet prints. {N} needs {n} wallet prints and each sheet costs {c}. How much will the paper cost?",
          "Each sheet holds {k} small prints and costs {c}. What does it cost to print {n} of them?",
          "{n} wallet-size photos, {k} per sheet, {c} per sheet. Total paper cost?"]

    @staticmethod
    def params(r):
        return dict(k=r.choice([4, 6, 8, 9]), n=r.choice([25, 30, 40, 50, 75, 100, 130]), c=F(r.choice([45, 60, 85, 110, 135]), 100))

    @staticmethod
    def solve(S, p):
        sh = S.ceil(F(p["n"]), F(p["k"]), d="sheets needed", how="divide and round up", u=("prints", "", "sheets"))
        t = S.mul(sh, p["c"], d="cost", how="multiply sheets by the sheet price", u=("sheets", "", ""), money=(0, 1, 1))
        return t, "The paper costs {v}.", "$"


class K_resize:
    name = "resize"
    qs = ["A {W} × {H} image is scaled down by {pc}% in each dimension. How many pixels does the resized image have?",
          "{N} shrinks a {W}x{H} photo by {pc}% (width and height). What is the new total pixel count?",
          "Reduce both sides of a {W} by {H} pixel picture by {pc}%. How many pixels remain in total?"]

    @staticmethod
    def params(r):
        pc = r.choice([10, 20, 25, 40, 50, 60, 75])
        while True:
            W, H = r.choice(SENSORS)
            if (W * pc) % 100 == 0 and (H * pc) % 100 == 0:
                return dict(W=W, H=H, pc=pc)

    @staticmethod
    def solve(S, p):
        rw = S.pct(F(p["pc"]), F(p["W"]), d="width reduction", how="take the percentage of the width", u=("", "px", "px"))
        w = S.sub(F(p["W"]), rw, d="new width", how="subtract", u=("px", "px", "px"))
        rh = S.pct(F(p["pc"]), F(p["H"]), d="height reduction", how="take the percentage of the height", u=("", "px", "px"))
        h = S.sub(F(p["H"]), rh, d="new height", how="subtract", u=("px", "px", "px"))
        t = S.mul(w, h, d="new pixel count", how="multiply the new dimensions", u=("px", "px", "pixels"))
        return t, "The resized image has {v} pixels.", "px"


class K_book:
    name = "photo_book"
    qs = ["A photo book costs {base} and includes {inc} pages. Extra pages are {ex} each. How much is a {P}-page book?",
          "{N} designs a {P}-page photo book. The base price of {base} covers {inc} pages, and each additional page is {ex}. What's the total?",
          "Photo book: {base} for the first {inc} pages, {ex} per extra page. Cost of {P} pages?"]

    @staticmethod
    def params(r):
        inc = r.choice([20, 24, 26, 30])
        return dict(base=F(r.choice([2499, 2999, 3495, 3999, 4500]), 100), inc=inc, P=inc + r.choice([6, 10, 12, 16, 22, 30, 34]),
                    ex=F(r.choice([75, 99, 125, 150, 199]), 100))

    @staticmethod
    def solve(S, p):
        e = S.sub(F(p["P"]), F(p["inc"]), d="extra pages", how="subtract the included pages", u=("pages", "pages", "pages"))
        c = S.mul(e, p["ex"], d="cost of extra pages", how="multiply by the extra-page price", u=("pages", "", ""), money=(0, 1, 1))
        t = S.add(p["base"], c, d="total", how="add the base price", u=("", "", ""), money=(1, 1, 1))
        return t, "The book costs {v}.", "$"


class K_upload:
    name = "upload_time"
    qs = ["{N} uploads {n} photos of {s} MB each over a connection that moves {v} MB per second. How many minutes does it take, to the nearest tenth?",
          "Backing up {n} images at {s} MB apiece at {v} MB/s: how long in minutes (one decimal place)?",
          "A gallery upload has {n} files, {s} MB each. The upload speed is {v} MB/s. Time in minutes, rounded to 0.1?"]

    @staticmethod
    def params(r):
        return dict(n=r.choice([150, 240, 300, 480, 600, 850, 1200]), s=r.choice([F(4), F(6), F(8), F(12), F(25, 2), F(24)]),
                    v=r.choice([2, 4, 5, 8, 10, 12, 20]))

    @staticmethod
    def solve(S, p):
        t = S.mul(F(p["n"]), p["s"], d="total size", how="multiply the number of photos by the file size", u=("photos", "MB", "MB"))
        sec = S.div(t, F(p["v"]), d="upload time in seconds", how="divide by the speed", u=("MB", "MB/s", "s"))
        m = S.rdiv(sec, F(60), 1, d="upload time in minutes", how="convert to minutes", u=("s", "", "min"))
        return m, "The upload takes about {v} minutes.", "min"


KIND_LIST = [K_mp, K_printarea, K_pxneeded, K_card, K_storage, K_burst, K_order, K_discount, K_aspect, K_crop,
             K_album, K_timelapse, K_screen, K_sheets, K_resize, K_book, K_upload]


def qtext(K, p, qi, name):
    d = {}
    for k, v in p.items():
        if isinstance(v, F):
            if v.denominator in (1,) and K.name not in ("print_order", "print_discount", "album_cost", "sheets_cost", "photo_book"):
                d[k] = fmt_plain(v, True)
            elif K.name in ("print_order", "print_discount", "album_cost", "sheets_cost", "photo_book"):
                d[k] = money(v)
            else:
                d[k] = fmt_plain(v, True)
        elif isinstance(v, int) and v >= 10000 and k in ("free",):
            d[k] = f"{v:,}"
        else:
            d[k] = str(v)
    d["N"] = name
    return K.qs[qi].format(**d)


# ---------------------------------------------------------------- styles

STYLES = ["md_headings", "bold_labels", "bullets", "prose", "latex_inline", "latex_display", "table", "terse",
          "tutor", "numbered"]

MONEY_KINDS = ("print_order", "print_discount", "album_cost", "sheets_cost", "photo_book")


class Fmt:
    def __init__(self, style):
        self.style = style
        self.latex = style in ("latex_inline", "latex_display")
        self.sep = style not in ("bullets", "terse")
        o = {"md_headings": ("×", "÷", "+", "−"), "bold_labels": ("×", "÷", "+", "-"), "bullets": ("x", "/", "+", "-"),
             "prose": ("×", "÷", "+", "−"), "latex_inline": (r"\times", r"\div", "+", "-"),
             "latex_display": (r"\times", r"\div", "+", "-"), "table": ("×", "÷", "+", "−"), "terse": ("*", "/", "+", "-"),
             "tutor": ("×", "÷", "+", "-"), "numbered": ("·", "/", "+", "−")}[style]
        self.MUL, self.DIV, self.ADD, self.SUB = o
        self.approx = r"\approx" if self.latex else "≈"

    def num(self, x, money=False, dp=None):
        if money:
            s = fmt_plain(x, self.sep, 2)
            return (r"\$" if self.latex else "$") + s
        s = fmt_plain(x, self.sep, dp)
        if self.latex:
            s = s.replace(",", "{,}")
        return s

    def unit(self, u):
        if not u:
            return ""
        if self.latex:
            return r"\text{ " + u + "}"
        return " " + u


def calc_str(f, st, res, r, args_units=False, worded=False):
    """Return the rendered computation with its result."""
    m = st.meta
    money = m.get("money", (0,) * (len(st.args) + 1))
    units = m.get("u", ("",) * (len(st.args) + 1))
    a = []
    for i, x in enumerate(st.args):
        s = f.num(x, bool(money[i]))
        if args_units and units[i] and not money[i] and not f.latex:
            s += " " + units[i]
        a.append(s)
    rm = bool(money[-1])
    ru = "" if rm else f.unit(units[-1])
    op = st.op
    eq = " = "
    if worded:
        W = {"mul": r.choice([" times ", " times ", " multiplied by "]), "div": " divided by ", "add": " plus ", "sub": " minus "}
        eqw = r.choice([" is ", " equals ", " = "])
    if op in ("mul", "add", "sub", "div", "rdiv"):
        sym = {"mul": f.MUL, "add": f.ADD, "sub": f.SUB, "div": f.DIV, "rdiv": f.DIV}[op]
        if worded:
            sym = W["div" if op == "rdiv" else op].strip()
        if op in ("div", "rdiv") and f.latex and r.random() < 0.5:
            lhs = r"\frac{" + a[0] + "}{" + a[1] + "}"
        else:
            lhs = a[0] + " " + sym + " " + a[1]
        if op == "rdiv":
            dp = m["dp"]
            if st.approx:
                if worded:
                    eq = r.choice([" is about ", " is approximately ", " ≈ "])
                else:
                    eq = " " + f.approx + " "
                rs = f.num(res, rm, dp)
            else:
                rs = f.num(res, rm)
                if worded:
                    eq = eqw
        else:
            rs = f.num(res, rm)
            if worded:
                eq = eqw
        return lhs + eq + rs + ru
    if op == "sum":
        sym = (" plus " if worded else " " + f.ADD + " ")
        lhs = sym.join(a)
        return lhs + (eqw if worded else eq) + f.num(res, rm) + ru
    if op == "pct":
        p, b = st.args
        form = r.randrange(3)
        if f.latex:
            lhs = fmt_plain(p / 100, False, 2) + " " + f.MUL + " " + a[1]
            if form == 0:
                lhs = p_s = str(int(p)) + r"\% \times " + a[1]
        elif form == 0 or f.style in ("terse", "bullets"):
            lhs = fmt_plain(p / 100, False, 2) + " " + f.MUL + " " + a[1]
        elif form == 1:
            lhs = str(int(p)) + "% of " + a[1]
        else:
            lhs = a[1] + " " + f.MUL + " " + fmt_plain(p / 100, False, 2)
        return lhs + (eqw if worded else eq) + f.num(res, rm) + ru
    if op in ("floor", "ceil"):
        q = st.shown
        lhs = a[0] + " " + (("divided by" if worded else f.DIV)) + " " + a[1]
        if f.latex and r.random() < 0.5:
            lhs = r"\frac{" + a[0] + "}{" + a[1] + "}"
        if q == res and not st.approx:
            return lhs + " = " + f.num(res) + ru
        e = (" " + f.approx + " ") if st.approx else " = "
        if worded and st.approx:
            e = " is about "
        qd = is_dec(q, 3)
        qs = f.num(q, False, qd)
        word = "round down" if op == "floor" else "round up"
        if f.latex:
            return lhs + e + qs + r" \Rightarrow " + f.num(res) + ru
        if f.style in ("terse", "bullets"):
            return lhs + e + qs + " → " + f.num(res) + ru + f" ({word})"
        return lhs + e + qs + ", so " + r.choice([word + " to ", "that's ", "we take "]) + f.num(res) + ru
    raise ValueError(op)


def cap(s):
    return s[0].upper() + s[1:]


OPEN = ["First", "Next", "Then", "Now", "After that", "Finally"]


def render(style, K, steps, shown, final, ans_tpl, r, check):
    """steps: list of Step (values used downstream); shown: list of displayed results.
    Returns lines, calc_line_index per step."""
    f = Fmt(style)
    money = K.name in MONEY_KINDS
    vfin = f.num(final, True) if money else fmt_plain(final, True)
    vfin_plain = ("$" + fmt_plain(final, True, 2)) if money else fmt_plain(final, True)
    answer = ans_tpl.replace("{v}", vfin_plain)
    L = []
    idx = []
    n = len(steps)

    def opener(i):
        if i == 0:
            return "First"
        if i == n - 1:
            return r.choice(["Finally", "Last", "Lastly"])
        return r.choice(["Next", "Then", "Now", "After that"])

    if style == "md_headings":
        L.append(r.choice(["## Solution", "## Step-by-step solution", "Let's solve this step by step."]))
        L.append("")
        for i, st in enumerate(steps):
            L.append(f"### Step {i + 1}: {cap(st.meta['d'])}")
            if r.random() < 0.6:
                L.append(cap(st.meta["how"]) + ":")
            idx.append(len(L))
            L.append(calc_str(f, st, shown[i], r, args_units=r.random() < 0.3))
            L.append("")
        if check:
            L.append(f"**Check:** {check} ✓")
            L.append("")
        L.append("### Answer")
        L.append(answer.replace(vfin_plain, "**" + vfin_plain + "**"))
    elif style == "bold_labels":
        L.append(r.choice(["Let's break this down.", "Here's how to work it out:", "We can solve this in a few steps."]))
        L.append("")
        for i, st in enumerate(steps):
            c = calc_str(f, st, shown[i], r, args_units=r.random() < 0.5)
            j = c.rfind("= ") if "= " in c else -1
            if c.count(" = ") == 1 and "so" not in c:
                k = c.rfind(" = ")
                c = c[:k + 3] + "**" + c[k + 3:] + "**"
            elif c.count(" ≈ ") == 1 and "so" not in c:
                k = c.rfind(" ≈ ")
                c = c[:k + 3] + "**" + c[k + 3:] + "**"
            idx.append(len(L))
            L.append(f"**{cap(st.meta['d'])}:** {c}")
            L.append("")
        if check:
            L.append(f"**Check:** {check}")
            L.append("")
        L.append(f"**Answer:** {answer}")
    elif style == "bullets":
        L.append(r.choice(["Steps:", "Working:", "Solution:"]))
        for i, st in enumerate(steps):
            idx.append(len(L))
            L.append(f"- {cap(st.meta['d'])}: " + calc_str(f, st, shown[i], r))
        L.append("")
        L.append("Answer: " + answer)
    elif style == "prose":
        para = []
        for i, st in enumerate(steps):
            worded = r.random() < 0.6
            c = calc_str(f, st, shown[i], r, worded=worded)
            form = r.randrange(3)
            if form == 0:
                s = f"{opener(i)}, we {st.meta['how']}: {c}."
            elif form == 1:
                s = f"{opener(i)}, the {st.meta['d']}: {c}."
            else:
                s = f"To get the {st.meta['d']}, {st.meta['how']}. That gives {c}."
            idx.append(len(L))
            L.append(s)
            L.append("")
        if check:
            L.append(f"As a check, {check}, which matches.")
            L.append("")
        L.append(r.choice(["So ", "Therefore, ", "That means "]) + answer[0].lower() + answer[1:])
    elif style == "latex_inline":
        for i, st in enumerate(steps):
            c = calc_str(f, st, shown[i], r)
            idx.append(len(L))
            if r.random() < 0.5:
                L.append(f"{opener(i)}, the {st.meta['d']}: \\( {c} \\).")
            else:
                L.append(f"{cap(st.meta['how'])}: \\( {c} \\)")
            L.append("")
        L.append("**Answer:** " + answer)
    elif style == "latex_display":
        L.append(r.choice(["We work through the quantities one at a time.", "Let's set up each calculation."]))
        L.append("")
        for i, st in enumerate(steps):
            L.append(f"**Step {i + 1}.** {cap(st.meta['how'])}:")
            L.append(r"\[")
            idx.append(len(L))
            L.append(calc_str(f, st, shown[i], r))
            L.append(r"\]")
            L.append("")
        fb = (r"\$" + fmt_plain(final, True, 2)) if money else f.num(final)
        L.append(r"\[ \boxed{" + fb + r"} \]")
    elif style == "table":
        L.append(r.choice(["Here are the calculations:", "I'll lay out the steps in a table.", "Step by step:"]))
        L.append("")
        L.append("| Step | Quantity | Calculation | Result |")
        L.append("|---|---|---|---|")
        for i, st in enumerate(steps):
            c = calc_str(f, st, shown[i], r)
            if " = " in c and ", so" not in c and "→" not in c:
                k = c.rfind(" = ")
                calc, res = c[:k], c[k + 3:]
            elif " ≈ " in c and ", so" not in c:
                k = c.rfind(" ≈ ")
                calc, res = c[:k], "≈ " + c[k + 3:]
            else:
                k = c.rfind(", so ")
                tail = c[k + 5:]
                calc = c[:k]
                res = tail.split(" ", 2)[-1] if tail.startswith(("round", "that's", "we take")) else tail
                if tail.startswith("round"):
                    res = " ".join(tail.split(" ")[3:])
                elif tail.startswith("that's"):
                    res = tail[7:]
                elif tail.startswith("we take"):
                    res = tail[8:]
                calc = calc + (" (round down)" if st.op == "floor" else " (round up)")
            idx.append(len(L))
            L.append(f"| {i + 1} | {cap(st.meta['d'])} | {calc} | {res} |")
        L.append("")
        L.append(answer)
    elif style == "terse":
        for i, st in enumerate(steps):
            lab = st.meta["d"].replace(" in ", "_").replace(" ", "_").replace("-", "_")
            idx.append(len(L))
            L.append(f"{lab} = " + calc_str(f, st, shown[i], r))
        L.append(("Answer: $" + fmt_plain(final, False, 2)) if money else ("Answer: " + fmt_plain(final, False)))
    elif style == "tutor":
        L.append(r.choice(["Great question! Let's work through it together. 📸", "Happy to help! Let's break it down. 😊",
                           "Sure thing! This is a fun one. Let's go step by step."]))
        L.append("")
        cheer = ["Nice!", "Easy so far.", "Almost there!", "Good.", "Looking good!", ""]
        for i, st in enumerate(steps):
            c = calc_str(f, st, shown[i], r, args_units=r.random() < 0.4)
            idx.append(len(L))
            L.append(f"**{opener(i)}**, let's find the {st.meta['d']}. We {st.meta['how']}: {c}. {r.choice(cheer)}".rstrip())
            L.append("")
        if check:
            L.append(f"Quick check: {check} ✅")
            L.append("")
        L.append(f"So, {answer[0].lower() + answer[1:]} 🎉")
    elif style == "numbered":
        L.append(r.choice(["Solution:", "Let's compute.", "Working it out:"]))
        L.append("")
        for i, st in enumerate(steps):
            c = calc_str(f, st, shown[i], r, args_units=r.random() < 0.3)
            idx.append(len(L))
            L.append(f"{i + 1}. {cap(st.meta['how'])}: {c}.")
        L.append("")
        if check:
            L.append(f"Check: {check}.")
            L.append("")
        L.append(f"**Final answer:** {answer}")
    L.append("")
    L.append("#### " + final_str(final))
    return L, idx


def make_check(style, steps):
    """Reverse check on the last integer multiplication, using the values as carried."""
    f = Fmt(style)
    if f.latex or style in ("bullets", "terse", "table"):
        return None
    for st in reversed(steps):
        if st.op == "mul" and all(a.denominator == 1 for a in st.args) and "money" not in st.meta:
            a, b = st.args
            if st.res % a == 0 and st.res / a == b:
                return f"{f.num(st.res)} {f.DIV} {f.num(a)} = {f.num(b)}"
            return None
    return None


# ---------------------------------------------------------------- faults

FAULT_KINDS = ["off_by_one", "off_by_ten", "digit_off", "swap_digits", "drop_digit", "double_digit", "decimal_shift", "wrong_op"]


def wrong_value(st, k, r):
    v = st.res
    money = bool(st.meta.get("money", (0,))[-1])
    dp = 2 if money else is_dec(v, 3)
    if dp is None:
        return None
    n = int(v * 10 ** dp)
    unit = 10 ** dp
    if k == "off_by_one":
        w = n + r.choice([-1, 1]) * unit
    elif k == "off_by_ten":
        w = n + r.choice([-10, 10]) * unit
    elif k in ("digit_off", "swap_digits", "drop_digit", "double_digit"):
        s = str(n)
        if k == "digit_off":
            i = r.randrange(len(s))
            d = int(s[i]) + r.choice([-1, 1])
            if d < 0 or d > 9 or (i == 0 and d == 0):
                return None
            s = s[:i] + str(d) + s[i + 1:]
        elif k == "swap_digits":
            c = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and not (i == 0 and s[1] == "0")]
            if not c:
                return None
            i = r.choice(c)
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k == "drop_digit":
            if len(s) < 3:
                return None
            i = r.randrange(1, len(s))
            s = s[:i] + s[i + 1:]
        else:
            i = r.randrange(len(s))
            s = s[:i] + s[i] + s[i:]
        w = int(s)
    elif k == "decimal_shift":
        if money:
            w = n * 10 if r.random() < 0.5 else (n // 10 if n % 10 == 0 else None)
        elif dp == 0 and n % 10 == 0:
            w = n // 10
        elif dp <= 2:
            return F(n * 10, unit) / 100 if False else F(n, unit) / 10
        else:
            return None
        if w is None:
            return None
    elif k == "wrong_op":
        a = st.args
        if st.op == "mul":
            return a[0] + a[1]
        if st.op == "sub":
            return a[0] + a[1]
        if st.op == "add":
            return a[0] - a[1] if a[0] > a[1] else None
        if st.op == "div":
            return a[0] - a[1] if a[0] > a[1] else None
        if st.op == "pct":
            return a[1] - a[0] if a[1] > a[0] else None
        return None
    else:
        raise ValueError(k)
    if w <= 0:
        return None
    return F(w, unit)


# ---------------------------------------------------------------- build

def build(seed_tag):
    rows = []
    for ki, K in enumerate(KIND_LIST):
        for si, style in enumerate(STYLES):
            tpl = f"{K.name}/{style}"
            for ns in range(4):
                pid = f"{K.name}-{si + 1}-{ns + 1}"
                r = random.Random(f"{seed_tag}|params|{pid}")
                p = K.params(r)
                qi = (si + ns) % len(K.qs)
                name = NAMES[(ki * 7 + si * 3 + ns) % len(NAMES)]
                prob = qtext(K, p, qi, name)
                S0 = Solver()
                final, ans_tpl, _ = K.solve(S0, p)
                steps = S0.steps
                shown = [s.res for s in steps]
                ck = make_check(style, steps)
                rseed = f"{seed_tag}|render|{pid}"
                lines, idx = render(style, K, steps, shown, final, ans_tpl, random.Random(rseed), ck)
                sol = "\n".join(lines)
                fin = final_str(final)
                base = dict(pid=pid, template=tpl, style=style, problem=prob)
                rows.append(dict(base, variant="correct", solution=sol, final=fin))

                # choose a fault usable for both slip and carry
                fr = random.Random(f"{seed_tag}|fault|{pid}")
                elig = [i for i, s in enumerate(steps) if s.op in EXACT_OPS]
                chosen = None
                for _ in range(200):
                    i = fr.choice(elig)
                    k = fr.choice(FAULT_KINDS)
                    w = wrong_value(steps[i], k, fr)
                    if w is None or w == steps[i].res or w <= 0:
                        continue
                    S1 = Solver(fault=(i, w))
                    f1, _, _ = K.solve(S1, p)
                    if S1.bad or f1 == final or f1 <= 0:
                        continue
                    if any(s.op in ("floor", "ceil") and s.res <= 0 for s in S1.steps):
                        continue
                    chosen = (i, k, w, S1, f1)
                    break
                assert chosen, pid
                i, k, w, S1, f1 = chosen
                f = Fmt(style)
                # slip
                shown2 = list(shown)
                shown2[i] = w
                lines2, idx2 = render(style, K, steps, shown2, final, ans_tpl, random.Random(rseed), ck)
                sol2 = "\n".join(lines2)
                sp = span_of(lines2, idx2[i])
                money = bool(steps[i].meta.get("money", (0,))[-1])
                dpw = 2 if money else None
                ws = fmt_plain(w, False, dpw)
                rs = fmt_plain(steps[i].res, False, dpw)
                rows.append(dict(base, variant="slip", solution=sol2, final=fin, span=sp, wrong=ws, right=rs,
                                 step=i + 1, kind=k))
                # carry
                ck3 = make_check(style, S1.steps)
                lines3, idx3 = render(style, K, S1.steps, [s.res for s in S1.steps], f1, ans_tpl, random.Random(rseed), ck3)
                sol3 = "\n".join(lines3)
                rows.append(dict(base, variant="carry", solution=sol3, final=final_str(f1), span=span_of(lines3, idx3[i]),
                                 wrong=ws, right=rs, step=i + 1, kind=k))
                # loop
                lr = random.Random(f"{seed_tag}|loop|{pid}")
                j = lr.randrange(0, max(1, len(steps) - 1))
                end = idx[j]  # line index of calc line of step j
                start_min = 1 if end >= 1 else 0
                u = lr.randint(1, 3)
                u = min(u, end + 1 - start_min) if end + 1 - start_min >= 1 else 1
                ustart = end - u + 1
                unit = lines[ustart:end + 1]
                if all(x == "" for x in unit):
                    ustart, unit = end, [lines[end]]
                reps = lr.randint(8, 30)
                prefix = lines[:ustart]
                body = prefix + unit * reps
                pre_txt = "\n".join(prefix + unit)
                s0 = len(pre_txt) + 1
                utxt = "\n".join(unit)
                loop_sol = "\n".join(body)
                if lr.random() < 0.4:
                    cut = lr.randint(1, max(1, len(utxt) - 1))
                    loop_sol += "\n" + utxt[:cut]
                rows.append(dict(base, variant="loop", solution=loop_sol, final=fin, span=[s0, s0 + len(utxt)], repeats=reps))
    return rows


def span_of(lines, li):
    s = sum(len(x) + 1 for x in lines[:li])
    return [s, s + len(lines[li])]


ORDER = ["pid", "template", "style", "problem", "variant", "solution", "final", "span", "wrong", "right", "step", "kind", "repeats"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="set.jsonl")
    a = ap.parse_args()
    rows = build("mcrgen-eval93-v1")
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            o = {k: row[k] for k in ORDER if k in row}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
