"""Assemble solutions in each spoken style (generator side)."""
import re
from fractions import Fraction as Fr
import mr_num as N
from mr_styles import (NUMFMT, SlotRng, cap, choose, render_core, HASH_STYLES)

UNIT_P = {"voice_assistant": 0.6, "screen_reader": 0.5, "podcast_teacher": 0.5,
          "video_captions": 0.3, "parent_homework": 0.5, "audiobook_kids": 0.8,
          "student_thinkaloud": 0.25, "tutoring_call": 0.35, "classroom_recording": 0.4}

STEP_WORDS = ["one", "two", "three", "four", "five", "six"]


def strip_caption_punct(s):
    # drop commas / periods / ellipses / ? ! not inside digit groups
    s = re.sub(r"\.\.\.", " ", s)
    s = re.sub(r"(?<!\d)[.,!?;:](?!\d)", "", s)
    s = re.sub(r"(?<=\d)[.,!?;:](?!\d)", "", s)
    s = re.sub(r"(?<!\d)[.,!?;:](?=\d)", " ", s)
    s = s.replace(" - ", " ")
    return re.sub(r"\s+", " ", s).strip()


def sent_cap(s):
    """Capitalize the first letter after a sentence end ('. ', '? ', '! ')."""
    return re.sub(r"(?<!\.\.)([.?!] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)


def fmt_label(label, ctx):
    return label.format(**ctx["pron"])


def opkind_of(step):
    op = step["op"]
    if op == "add":
        return "add2" if len(step["vals"]) == 2 else "add3"
    if op == "frac":
        return "frac1" if step["pq"][0] == 1 else "fracp"
    if op == "mul":
        # a literal 2 or 3 operand reads naturally as double / triple sometimes
        return "mul"
    return op


def step_lines(style, i, n, step, ctx, base, override=None):
    """Return (lines, comp_index) for one step."""
    lines, ci = _step_lines(style, i, n, step, ctx, base, override)
    if style not in ("student_thinkaloud", "video_captions"):
        lines = [sent_cap(x) for x in lines]
    return lines, ci


def _step_lines(style, i, n, step, ctx, base, override=None):
    sr = SlotRng(base)
    opk = opkind_of(step)
    label = fmt_label(step["label"], ctx)
    r = sr("wrap")
    first, last = i == 0, i == n - 1

    if style == "classroom_recording":
        qmode = sr("qmode").random() < 0.65
        core, rs = render_core(style, opk, step, ctx, sr, override, qmode=qmode)
        if qmode:
            ans = choose(sr("qa"), ["{R}. Good.", "{R}, right.", "Anyone? {R}. Yes.",
                                    "{R}. Very good.", "... {R}. Nice."])
            ans = ans.format(R=rs)
            core = re.sub(r"([?] )\{ANS\}", lambda m: m.group(1) + cap(ans), core)
            core = core.replace("{ANS}", ans)
            pre = choose(r, ["Now the {label}. ", "", "Okay, next. ", "So, the {label}. "] if not first else
                         ["First we need the {label}. ", "Let's start with the {label}. ", ""])
            return [pre.format(label=label) + cap(core)], 0
        pats = (["First, the {label}. {C}, everybody.", "So first, {c}."] if first else
                ["And now, {c}.", "Then the {label}. {C}.", "So {c}, right?"])
        return [choose(r, pats).format(c=core, C=cap(core), label=label)], 0

    core, rs = render_core(style, opk, step, ctx, sr, override)

    if style == "voice_assistant":
        if first:
            pats = ["First, {c}.", "To find the {label}, {c}.", "Start with the {label}. {C}."]
        elif last:
            pats = ["Finally, {c}.", "Last, to get the {label}, {c}.", "For the {label}, {c}."]
        else:
            pats = ["Next, {c}.", "Then, {c}.", "To find the {label}, {c}.", "Now for the {label}: {c}."]
        return [choose(r, pats).format(c=core, C=cap(core), label=label)], 0

    if style == "screen_reader":
        k = STEP_WORDS[i]
        pats = ["Step {k}. Find the {label}. {C}.", "Step {k}. Calculate the {label}. {C}.",
                "Step {k}: {C}.", "Step {k}. Work out the {label}. {C}."]
        return [choose(r, pats).format(k=k, C=cap(core), label=label)], 0

    if style == "podcast_teacher":
        if first:
            pats = ["So the first thing we want is the {label}. {C}.",
                    "Alright, first up, the {label}. {C}.",
                    "Let's start with the {label}, right? {C}."]
        elif last:
            pats = ["And finally, the {label}. {C}.", "Last step. {C}.",
                    "So now we just need the {label}. {C}."]
        else:
            pats = ["Okay, now the {label}. {C}.", "And then, uh, the {label}. {C}.",
                    "Next thing, the {label}. {C}.", "Now here's where people trip up. {C}."]
        line = choose(r, pats).format(C=cap(core), label=label)
        if sr("restate").random() < 0.3 and step["res_kind"] != "time":
            line += " " + cap(rs) + "."
        return [line], 0

    if style == "video_captions":
        if first:
            pats = ["so first we need the {label} so {c}", "okay first the {label} {c}", "so {c}"]
        elif last:
            pats = ["and finally {c}", "so last step {c}", "and then {c}"]
        else:
            pats = ["and then {c}", "now {c}", "okay so {c}", "next we want the {label} so {c}"]
        return [strip_caption_punct(choose(r, pats).format(c=core, label=label))], 0

    if style == "parent_homework":
        if first:
            pats = ["So first, what about the {label}? {C}. See?",
                    "Okay, so first the {label}. {C}, right?", "Look, {c}. Okay?"]
        elif last:
            pats = ["And last, {c}. Got it?", "So now, {c}.", "And then the {label}. {C}."]
        else:
            pats = ["Now, {c}. Yeah?", "Then the {label}. {C}.", "And now, honey, {c}."]
            if opk == "mul":
                pats.append("Remember your times tables? {C}.")
        return [choose(r, pats).format(c=core, C=cap(core), label=label)], 0

    if style == "audiobook_kids":
        if first:
            pats = ["First, let's count the {label}. {C}!", "To begin, we find the {label}. {C}."]
        elif last:
            pats = ["And finally, {c}!", "Last of all, {c}."]
        else:
            pats = ["Next, {c}.", "Now for the {label}. {C}!", "Then, {c}."]
        return [choose(r, pats).format(c=core, C=cap(core), label=label)], 0

    if style == "student_thinkaloud":
        pats = ["okay so the {label}, um... {c}", "so {c}", "and then, uh, {c}. yeah.",
                "wait, so the {label}... {c}. okay.", "um, {c}. i think. yeah.", "so like {c}"]
        if first:
            pats = ["okay so first the {label}... {c}", "so um, {c}", "okay so {c}. yeah."]
        return [choose(r, pats).format(c=core, label=label)], 0

    if style == "tutoring_call":
        T, S = ctx["speakers"]
        if first:
            prompts = ["So what do we need to figure out first?", "Okay, where do you want to start?",
                       "Let's start with the {label}. How do we get that?"]
        elif last:
            prompts = ["And the last step?", "So what's the {label}?", "Okay, and then?"]
        else:
            prompts = ["Good. What's next?", "Okay, and now the {label}?", "Right, so how do we get the {label}?"]
        sl = choose(sr("stud"), ["Um, {c}?", "{C}.", "So {c}.", "I think {c}.", "Okay, um, {c}."])
        lines = [T + " " + choose(r, prompts).format(label=label),
                 S + " " + sl.format(c=core, C=cap(core))]
        if sr("ack").random() < 0.4:
            lines.append(T + " " + choose(sr("ackw"), ["Mm-hm.", "Yep.", "Okay.", "Good.", "Keep going."]))
        return lines, 1
    raise ValueError(style)


def intro_lines(style, ctx, base):
    sr = SlotRng(base)
    r = sr("intro")
    if style == "voice_assistant":
        x = choose(r, ["Here's how to solve it.", "Sure! Let's work through it.",
                       "Okay, let's break this down.", None])
    elif style == "screen_reader":
        x = choose(r, ["Solution.", "Let's solve this step by step.", None])
    elif style == "podcast_teacher":
        x = choose(r, ["Alright, so let's take this one slowly.", "Okay, so this is a fun one.",
                       "So, let's think about what the question is really asking.", "Alright. Let's dig in."])
    elif style == "video_captions":
        x = choose(r, ["okay so let's look at this one", "alright so here's the problem",
                       "so let's do this one together", None])
    elif style == "parent_homework":
        x = choose(r, ["Okay, sweetie, let's read it again together.", "Alright, bud, look at the problem with me.",
                       "Okay, honey, put the pencil down a sec and listen.",
                       "Okay. So what's the question asking? Let's see."])
    elif style == "audiobook_kids":
        x = choose(r, ["Let's find out!", "Let's work it out together, one step at a time.",
                       "Hmm, how can we figure that out? Let's see!", None])
    elif style == "student_thinkaloud":
        x = choose(r, ["okay um so let me read it again...", "okay so, um.", "hmm okay.", None])
    elif style == "tutoring_call":
        T, S = ctx["speakers"]
        x = choose(r, [T + " Okay, did you read the whole problem?", T + " Alright, let's look at this one together.",
                       None])
        if x:
            return [x, S + " " + choose(r, ["Yeah.", "Yeah, I think so.", "Mm-hm.", "Kind of."])]
    elif style == "classroom_recording":
        x = choose(r, ["Okay, everybody, eyes up here.", "Alright class, let's do this one together.",
                       "Okay, friends, let's read this one out loud.", None])
    else:
        raise ValueError(style)
    return [x] if x else []


def final_lines(style, ctx, base, final_val, final_kind, unit):
    sr = SlotRng(base)
    r = sr("final")
    fmt = NUMFMT[style]
    rs = fmt.render(final_val, final_kind, sr("fv"))
    rs_u = rs
    if final_kind not in ("money",) and unit and unit not in ("-", "$", "@"):
        rs_u = rs + " " + unit
    ans = ctx["ans"].format(R=rs, **ctx["pron"])
    Ans = cap(ans)
    if style == "voice_assistant":
        x = choose(r, ["So, {ans}.", "The answer is {Ru}.", "That means {ans}."])
    elif style == "screen_reader":
        x = choose(r, ["Answer: {Ans}.", "The answer is {Ru}."])
    elif style == "podcast_teacher":
        x = choose(r, ["So there you go, {ans}.", "And that's our answer: {ans}.", "So {ans}. That's it."])
    elif style == "video_captions":
        x = strip_caption_punct(choose(r, ["so {ans}", "so our answer is {Ru}", "and that's it {ans}"]).format(
            ans=ans, Ans=Ans, Ru=rs_u))
        return [x]
    elif style == "parent_homework":
        x = choose(r, ["So {ans}. Write that in the box.", "So {ans}. See? You can do it.",
                       "So the answer is {Ru}. Go ahead and write it down."])
    elif style == "audiobook_kids":
        x = choose(r, ["So {ans}!", "And that means {ans}. Hooray!", "So, in the end, {ans}."])
    elif style == "student_thinkaloud":
        x = choose(r, ["so the answer is {Ru}. yeah.", "so {ans}. i think that's it.", "okay so {ans}."])
    elif style == "tutoring_call":
        T, S = ctx["speakers"]
        a = S + " " + choose(r, ["So {ans}?", "So {ans}.", "Okay so the answer's {Ru}?"])
        b = T + " " + choose(sr("fin2"), ["Yes! Nice work.", "Exactly, {Ru}.", "That's it. Good job.", "Yep, {Ru}."])
        return [a.format(ans=ans, Ru=rs_u), b.format(Ru=rs_u)]
    elif style == "classroom_recording":
        x = choose(r, ["So the answer is {Ru}. {Ans}.", "So, {ans}. Everybody write that down.",
                       "So {ans}. Good job, everybody."])
    else:
        raise ValueError(style)
    return [x.format(ans=ans, Ans=Ans, Ru=rs_u)]


def build_solution(style, ctx, steps, base, override=None, upto=None):
    """steps: computed step dicts. override: (step_index, wrong_value) for the slip line.
    upto: if set, render only steps[:upto] and no final lines.
    Returns (lines, info) with info['step_ranges'] = [(first, last, comp)] line indices."""
    lines = list(intro_lines(style, ctx, base + "|intro"))
    ranges = []
    n = len(steps)
    for i, st in enumerate(steps):
        if upto is not None and i >= upto:
            break
        ov = override[1] if (override and override[0] == i) else None
        sl, ci = step_lines(style, i, n, st, ctx, base + "|s%d" % i, ov)
        start = len(lines)
        lines.extend(sl)
        ranges.append((start, len(lines) - 1, start + ci))
    if upto is None:
        last = steps[-1]
        lines.extend(final_lines(style, ctx, base + "|final", last["res"], last["res_kind"] if last["res_kind"] != "dec" else "num",
                                 last["unit"]))
        if style in HASH_STYLES:
            lines.append("#### " + N.dec_str(last["res"]))
    return lines, {"step_ranges": ranges}
