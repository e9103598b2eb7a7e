#!/usr/bin/env python3
"""Generate the division / remainder / rounding / estimation eval set.

    python3 gen.py --out set.jsonl [--seed S]
"""
import argparse
import json
import random
import sys

from core import Doc, join_lines, canon
import styles
import templates
import variants

NSETS = 9
DEFAULT_SEED = "mcrgen-div-round-est-v1"


def style_opts(cls, rng):
    if cls.name == "latex":
        return {"commas": rng.choice(["latex", "none", "latex"]), "dollar": rng.choice(["\\$", ""])}
    if cls.name == "gsm8k_calc":
        return {"commas": "none", "dollar": "$"}
    if cls.name == "terse":
        return {"commas": rng.choice(["none", "comma"]), "dollar": "$"}
    return {"commas": rng.choice(["comma", "comma", "comma", "none"]), "dollar": "$"}


def build_problem(seed, ti, tf, k, style_cls):
    fails = []
    for attempt in range(40):
        tag = "%s|%s|%d|%d" % (seed, tf.__name__, k, attempt)
        P = tf(random.Random("prob|" + tag))
        srng = random.Random("style|" + tag)
        doc = Doc(style_opts(style_cls, srng))
        for g in P["givens"]:
            name, v = g[0], g[1]
            fmt = g[2] if len(g) > 2 else "int"
            doc.given(name, v, fmt)
        st = style_cls(doc, srng, P)
        st.run()
        doc.final = P["final"]
        if doc.vals[P["final"]] != P["expect"]:
            raise AssertionError("%s/%s: final %s != expected %s" % (tf.__name__, style_cls.name,
                                                                     doc.vals[P["final"]], P["expect"]))
        correct = doc.render()
        vr = random.Random("var|" + tag)
        slip = variants.make_slip(doc, vr, correct)
        carry = variants.make_carry(doc, vr, correct, P["final"])
        loop = variants.make_loop(doc, vr, correct)
        if slip and carry and loop:
            return P, doc, correct, slip, carry, loop
        fails.append("".join(c for c, x in (("S", slip), ("C", carry), ("L", loop)) if not x))
    print("\n".join(correct), file=sys.stderr)
    print(fails, file=sys.stderr)
    raise RuntimeError("could not build %s set %d in style %s" % (tf.__name__, k, style_cls.name))


def span_of(lines, li):
    text, spans = join_lines(lines)
    return text, list(spans[li])


def build(seed):
    rows = []
    nst = len(styles.STYLES)
    for ti, tf in enumerate(templates.TEMPLATES):
        for k in range(NSETS):
            style_cls = styles.STYLES[(ti * 7 + k) % nst]
            P, doc, correct, slip, carry, loop = build_problem(seed, ti, tf, k, style_cls)
            pid = "%s-%d" % (tf.__name__, k)
            base = {"pid": pid, "template": tf.__name__, "style": style_cls.name, "problem": P["text"]}
            final = canon(doc.vals[P["final"]])
            text, _ = join_lines(correct)
            rows.append(dict(base, variant="correct", solution=text, final=final))
            text, sp = span_of(slip["lines"], slip["li"])
            rows.append(dict(base, variant="slip", solution=text, final=final, span=sp,
                             wrong=canon(slip["wrong"]), right=canon(slip["right"]), step=slip["step"],
                             kind=slip["kind"]))
            text, sp = span_of(carry["lines"], carry["li"])
            rows.append(dict(base, variant="carry", solution=text, final=canon(carry["final"]), span=sp,
                             wrong=canon(carry["wrong"]), right=canon(carry["right"]), step=carry["step"],
                             kind=carry["kind"], correct_final=final))
            text, sp = span_of(loop["lines"], loop["li"])
            rows.append(dict(base, variant="loop", solution=text, final=None, span=sp,
                             repeats=loop["reps"], period_lines=loop["period"]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default=DEFAULT_SEED)
    a = ap.parse_args()
    rows = build(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
