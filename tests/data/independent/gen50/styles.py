"""Ten writing styles imitating reasoning-model outputs."""
import random
from core import Fmt, fv, dec, plain
from render import Ctx, question_sentence, answer_str, ans_sentence, boxed_val, cap, lc, MARK, isare


def R(*parts):
    return random.Random('|'.join(str(p) for p in parts))


def pick(rs, xs):
    return xs[rs.randrange(len(xs))]


# ------------------------------------------------------------------ voices for paragraph thinking

VOICES = {
    'r1': dict(
        open=["Okay, let's see.", "Okay, so I need to figure out {goal}.", "Alright, let's tackle this problem.",
              "Okay, let me try to work through this.", "Hmm, let's see here."],
        restate=["{restate} The question is asking for {goal}.", "Let me parse this. {restate} I need to find {goal}.",
                 "So, the problem: {restate} And we want {goal}.", "{restate} So I need {goal}."],
        first=["First, {why}.", "Let me start with {what}.", "First, I should find {what}.", "So first, {why}.",
               "Starting with {what}: {why}."],
        mid=["Next, {what}.", "Then {why}.", "Now {what}.", "Okay, next: {why}.", "Then I need {what}.",
             "Now, {why}."],
        last=["Finally, {what}.", "Now for {what}.", "And then {why}.", "Last step: {what}.", "Now the last part, {what}."],
        comp=["So {C}.", "That's {C}.", "{C}.", "Let me calculate that: {C}.", "So {C}, right?", "Calculating: {C}.",
              "{CW}.", "So {CW}."],
        rest=["So {what} {IS} {RU}.", "So that's {RU}.", "Okay, so {RU}.", "Got it, {RU}.", "That gives {RU}.",
              "So {RU} for {what}."],
        bridge=["So that's {RU}, and then {why}.", "Okay, so {RU}. And then {why}."],
        check=["Let me check that: {INV} ✓", "Check: {INV}. Yep.", "Let me verify: {INV}, which matches.",
               "Wait, let me double-check. {INV}, so that's right.", "Hmm, let me make sure. {INV}. Good."],
        alt=["Alternatively, {ALT}. Same thing.", "Another way to see it: {ALT}.", "Or, thinking of it differently, {ALT}. Same answer."],
        est=["{EST}", "Let me sanity-check with rough numbers. {EST}"],
        hedge=["Wait, is {E} really {R}? {ALT}. Yes.", "Hmm, {E}... is it {R}? {ALT}, yes.",
               "Wait, {E}, is that {R}? {ALT}. Yeah, {R}."],
        hmm=["Hmm, that seems reasonable.", "Okay, that makes sense so far.", "Hmm, okay.", "That seems right.",
             "Okay, that part is straightforward."],
        reread=["Wait, let me re-read the question to make sure I'm answering the right thing. \"{Q}\" Yes, that's {goal}.",
                "Let me make sure I didn't miss anything. The question asks for {goal}. Yes.",
                "Hold on, did I read that right? \"{Q}\" Okay, yes."],
        final=["So the answer should be {AU}.", "So {ASL}", "Therefore, {ASL}", "I think that's it. {AS}",
               "So yeah, {ASL}"],
    ),
    'qwq': dict(
        open=["Alright, so I've got this problem here.", "Let's see what this problem is asking.",
              "So I have this problem to solve.", "Alright, let's dive into this problem."],
        restate=["{restate} I need to figure out {goal}. Okay, let's break this down step by step.",
                 "Let me read it again. {restate} So, the question is {goal}. Let's think about this step by step.",
                 "{restate} The goal is {goal}. Seems straightforward, but I'll be careful."],
        first=["First things first, {why}.", "So, first, {why}.", "Okay, first I need {what}.", "Let's start with {what}."],
        mid=["Next, {why}.", "Now, I need {what}.", "Alright, so next is {what}.", "Then, {why}.", "Now, {why}."],
        last=["Finally, {what}.", "Now, to get {what}, there's one more step.", "And lastly, {why}.", "Lastly, {what}."],
        comp=["So, {CW}.", "That means {CW}.", "So, {C}.", "Well, {CW}.", "Let me compute that: {C}.", "{CW}."],
        rest=["So, {what} {IS} {RU}.", "So that's {RU}.", "Okay, so {RU}.",
              "Alright, {RU}."],
        bridge=["So, {RU}. Now, {why}.", "Got it, {RU}. Next, {why}."],
        check=["Wait a minute, let me double-check that. {INV}. Yeah, that's correct.",
               "Let me verify: {INV}. That checks out.", "Just to be sure, {INV}. Good."],
        alt=["Alternatively, I could think of it as {ALT}. Same result.", "Another way to look at it: {ALT}. Okay, consistent."],
        est=["{EST}", "Let me do a quick estimate to make sure this is in the right ballpark. {EST}"],
        hedge=["Wait, is {E} really {R}? Let me see, {ALT}. Yes, that's right.",
               "Hmm, {E}... is that {R}? {ALT}. Yes."],
        hmm=["That seems straightforward.", "Okay, so far so good.", "That makes sense.", "Alright, that seems fine."],
        reread=["Wait a minute, let me make sure I'm answering the right question. \"{Q}\" Yes, it's {goal}.",
                "Let me just double-check the problem to make sure I didn't miss anything. It asks for {goal}. Right."],
        final=["So, the answer is {AU}.", "Therefore, {ASL}", "I think that's the answer: {AU}.", "So, {ASL}"],
    ),
    'qwen3': dict(
        open=["Okay, let me try to figure out this problem.", "Okay, let's see.", "Okay, so I need to solve this word problem.",
              "Alright, let me try to solve this step by step."],
        restate=["So, {restate} The question is {goal}.", "Let me start by understanding the problem. {restate} We need {goal}.",
                 "{restate} Hmm, so I need to find {goal}."],
        first=["Let me start with {what}.", "First, {why}.", "So first step: {what}.", "First, let me calculate {what}."],
        mid=["Then, {why}.", "Next, {what}.", "Now, {why}.", "Then I need to find {what}.", "Okay, next, {what}."],
        last=["Finally, {what}.", "Now, {what}.", "Then the last step: {what}.", "So finally, {why}."],
        comp=["So {C}.", "Let me compute that. {C}.", "That would be {C}.", "{C}.", "So {CW}.", "Let me do the math: {C}."],
        rest=["So {what} {IS} {RU}.", "So that's {RU}.", "Okay, so {RU}.", "So {RU} in total for this part."],
        bridge=["So {RU}. Then, {why}.", "That's {RU}. Now, {why}."],
        check=["Let me verify that. {INV}. Yes, correct.", "Let me check: {INV}. Yep.", "Wait, let me confirm. {INV}. Okay."],
        alt=["Alternatively, {ALT}. Same result.", "Another way: {ALT}. Yep, same."],
        est=["{EST}", "Let me do a rough estimate. {EST}"],
        hedge=["Wait, let me make sure {E} is {R}. {ALT}. Yes, that's correct.", "Hmm, is {E} equal to {R}? {ALT}. Yes."],
        hmm=["Hmm, that seems right.", "Okay, that makes sense.", "Okay, so far so good.", "Wait, that seems correct."],
        reread=["Wait, let me check the question again. \"{Q}\" Yes, we need {goal}.",
                "Let me make sure I didn't misread anything. The problem asks for {goal}. Right."],
        final=["So the answer should be {AU}.", "Therefore, {ASL}", "So, {ASL}", "I think that's correct. {AS}"],
    ),
    'claude': dict(
        open=["Let me work through this step by step.", "I need to find {goal}.", "Let me set this up carefully.",
              "This is a multi-step problem. Let me work through it."],
        restate=["{restate} I need {goal}.", "Given: {restate} Find: {goal}.", "{restate} The question wants {goal}."],
        first=["Start with {what}: {why}.", "First, {what}.", "{What} first.", "First step, {what}."],
        mid=["Next, {what}.", "Then {what}.", "Now {what}.", "{What}:"],
        last=["Finally, {what}.", "Last, {what}.", "Now {what}."],
        comp=["{C}.", "{C}.", "That's {C}.", "So {C}."],
        rest=["So {RU}.", "That gives {RU} for {what}.", "{What} {IS} {RU}."],
        bridge=["That's {RU}. Next, {why}."],
        check=["Let me verify: {INV}. ✓", "Check: {INV}. Good.", "Verifying by working backward: {INV}. That's consistent."],
        alt=["Another way to confirm: {ALT}. Same result.", "Double-checking a different way: {ALT}."],
        est=["{EST}", "Sanity check with rough numbers: {EST}"],
        hedge=["Let me make sure {E} = {R}: {ALT}. Yes."],
        hmm=["That looks right.", "Good.", "That's consistent with the problem."],
        reread=["Let me re-read the question: \"{Q}\" Yes, I need {goal}.", "Rechecking what's asked: {goal}. That's what I computed."],
        final=["So {ASL}", "The answer is {AU}.", "{AS}"],
    ),
    'distill': dict(
        open=["First, I need to understand the problem.", "To solve this problem, I'll break it down into steps.",
              "I need to determine {goal}."],
        restate=["{restate} The goal is to find {goal}.", "{restate} I need to calculate {goal}."],
        first=["First, I'll calculate {what}. {Why}.", "First, I need to determine {what}. {Why}.",
               "To begin, I'll find {what}."],
        mid=["Next, I'll calculate {what}.", "Then, I'll find {what}.", "Next, I need to determine {what}. {Why}.",
             "After that, I'll compute {what}."],
        last=["Finally, I'll calculate {what}.", "Finally, to find {what}, I'll do one more step.",
              "Lastly, I'll determine {what}."],
        comp=["{CW}.", "So, {C}.", "This gives {C}.", "{CW}."],
        rest=["Therefore, {what} {IS} {RU}.", "So, {what} {IS} {RU}.", "This means {what} {IS} {RU}."],
        bridge=["So, {what_prev} {ISP} {RU}. Next, {why}."],
        check=["To verify, {INV}, which confirms the calculation.", "Checking: {INV}."],
        alt=["Alternatively, {ALT}, which is the same."],
        est=["{EST}"],
        hedge=["Let me double-check: {ALT}. This is correct."],
        hmm=["This seems correct."],
        reread=["The problem asks for {goal}, which I have now found."],
        final=["Therefore, {ASL}", "So, the final answer is {AU}."],
    ),
}


# ------------------------------------------------------------------ paragraph thinking engine

RECAP = {
    'r1': ["Let me recap to make sure everything adds up:", "Let me go through it once more:",
           "Wait, let me just redo the whole thing quickly:"],
    'qwq': ["Let me just recap to make sure I haven't missed anything:", "Let me summarize the steps again:"],
    'qwen3': ["Let me recap:", "Let me go through all the steps again to verify:"],
    'claude': ["Recap:", "Running through it once more:"],
    'distill': ["To summarize the calculations:"],
}


def doubts(prob):
    u = prob['unit']
    if u == '$':
        return ["Wait, is there anything else to pay, like tax or a fee? The problem doesn't mention anything else, so no.",
                "Hmm, should the answer be in cents or dollars? The question asks in dollars, so dollars it is.",
                "Let me make sure I used the right prices from the problem. Yes, they match."]
    if u == 'minutes':
        return ["Hmm, the question wants minutes, so I don't need to convert the final answer to hours.",
                "Let me make sure all the times were already in minutes. Yes, they were."]
    return ["Let me make sure I used the right numbers from the problem. Yes, they match what's given.",
            "Hmm, is there any trick here? I don't think so; it's just a few steps.",
            "Wait, did I use every piece of information? Yes, every number in the problem was used."]


def fill(t, **kw):
    out = t
    for k, v in kw.items():
        out = out.replace('{' + k + '}', v)
    return out


def think_paragraphs(C, voice, pid, part, knobs):
    """returns list of paragraphs (each a single line)"""
    V, prob = C.V, C.prob
    vb = VOICES[voice]
    rs0 = R(pid, part, 'intro')
    steps = V.steps
    goal = prob['goal']
    Q = question_sentence(prob['text'])
    out = []
    op_t = pick(rs0, vb['open'])
    op = fill(op_t, goal=goal)
    rt = pick(rs0, vb['restate'])
    if '{goal}' in op_t:
        rt = '{restate}'
    rst = prob['restate'] if (rt.startswith('{restate}') or rt.startswith('Given:')) else lc(prob['restate'])
    rsx = fill(rt, restate=rst, goal=goal)
    if rs0.random() < 0.5:
        out.append(op + ' ' + rsx)
    else:
        out.append(op)
        out.append(rsx)
    n = len(steps)
    prev_bridge_ok = False
    for i, st in enumerate(steps):
        rs = R(pid, part, 'step', i)
        what = st.what
        why = st.why
        pos = 'first' if i == 0 else ('last' if i == n - 1 and n > 2 else 'mid')
        leads = vb[pos]
        if why is None:
            leads = [l for l in leads if '{why}' not in l and '{Why}' not in l] or ['Now {what}.']
        lead = pick(rs, leads)
        # bridge from previous step's value
        use_bridge = (prev_bridge_ok and why is not None and rs.random() < knobs.get('bridge', 0.3))
        if use_bridge:
            j = i - 1
            lead = fill(pick(rs, vb['bridge']), RU=C.ru(j), why=why, what_prev=steps[j].what, ISP=isare(steps[j].what))
        else:
            lead = fill(lead, what=what, What=cap(what), why=why or '', Why=cap(why or ''))
        worded_ok = st.lhs is None
        forms = vb['comp'] if worded_ok else [c for c in vb['comp'] if '{CW}' not in c]
        cf = pick(rs, forms)
        if '{CW}' in cf:
            cs = fill(cf, CW=C.comp(i, rs, worded=True, distill=(voice == 'distill')))
        else:
            cs = fill(cf, C=C.comp(i, rs))
        if lead.endswith(':') or cs.startswith('x ') or cs.startswith('2x'):
            para = lead + ' ' + cs
        else:
            para = lead + ' ' + cap(cs)
        slipped_here = V.slip and V.mark == i
        if not slipped_here and rs.random() < knobs.get('rest', 0.6):
            para += ' ' + fill(pick(rs, vb['rest']), RU=C.ru(i), what=what, What=cap(what), IS=isare(what))
        if st.op == 'divmod' and not slipped_here:
            para += ' The remainder %s is not enough for another one, so the answer is %s, not more.' % (
                C.val(V.rem(i), V.units[i][0]) + ' minutes', C.val(V.res[i], ''))
        out.append(para)
        prev_bridge_ok = not slipped_here
        if st.unit == 'minutes' and i == n - 1 and not slipped_here:
            a = C.hm_aside(i)
            if a and rs.random() < 0.8:
                out.append(pick(rs, ["In hours, that's {A}.", "For reference, {A}.", "That's {A}, by the way."]).replace('{A}', a))
        if V.quiet(i):
            continue
        extras = []
        if rs.random() < knobs.get('check', 0.35):
            inv = C.inverse(i, rs)
            if inv:
                extras.append(fill(pick(rs, vb['check']), INV=inv))
        if rs.random() < knobs.get('alt', 0.2):
            alt = C.alternative(i, rs)
            if alt:
                extras.append(fill(pick(rs, vb['alt']), ALT=alt))
        if rs.random() < knobs.get('est', 0.3):
            est = C.estimate(i, rs)
            if est:
                extras.append(fill(pick(rs, vb['est']), EST=est))
        if not extras and rs.random() < knobs.get('hedge', 0.2):
            alt = C.alternative(i, rs) if st.op in ('mul', 'pct', 'frac') else C.inverse(i, rs)
            if alt:
                e = C.expr(i, R(pid, part, 'hexpr', i))
                extras.append(fill(pick(rs, vb['hedge']), E=e, R=C.val(V.res[i], st.unit), ALT=alt))
        if rs.random() < knobs.get('hmm', 0.15):
            extras.append(pick(rs, vb['hmm']))
        out.extend(extras)
    rsf = R(pid, part, 'final')
    if rsf.random() < knobs.get('doubt', 0.3):
        out.append(pick(rsf, doubts(prob)))
    if rsf.random() < knobs.get('recap', 0.3):
        items = []
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, part, 'recap', i), shown=False)
            items.append(c)
        lead = pick(rsf, RECAP[voice])
        out.append(lead + ' ' + '; '.join(items) + '. ' + pick(rsf, ["Everything is consistent.", "Yes, that all checks out.",
                                                                      "Okay, same numbers as before.", "Good."]))
    if rsf.random() < knobs.get('reread', 0.6):
        out.append(fill(pick(rsf, vb['reread']), Q=Q, goal=goal))
    AU = answer_str(V, prob, C.f)
    AS = ans_sentence(V, prob, C.f)
    out.append(fill(pick(rsf, vb['final']), AU=AU, AS=AS, ASL=lc(AS)))
    return out


# ------------------------------------------------------------------ formats per style

def fmt_for(style, rs, algebra):
    if style in ('r1', 'r1_plain'):
        f = Fmt(mul=pick(rs, ['×', '*', '×', 'x']), div=pick(rs, ['/', '÷']), sub='-', money=rs.random() < 0.5,
                thou=pick(rs, [',', '']), neg='-')
    elif style == 'qwq':
        f = Fmt(mul='×', div='÷', sub='-', money=True, thou=',', neg='-')
    elif style == 'qwen3':
        f = Fmt(mul=pick(rs, ['×', '*']), div='/', sub='-', money=rs.random() < 0.6, thou=',', neg='-')
    elif style in ('o1', 'claude'):
        f = Fmt(mul='×', div='÷', sub='−', money=True, thou=',', neg='−',
                cents=pick(rs, ['auto', 'always']))
    elif style == 'distill':
        f = Fmt(mul='×', div='÷', sub='-', money=True, thou=',', neg='-')
    elif style == 'table':
        f = Fmt(mul=pick(rs, ['×', '*']), div='÷', sub='-', money=True, thou=',', neg='-')
    elif style == 'terse':
        f = Fmt(mul='*', div='/', sub='-', money=False, thou='', neg='-')
    elif style == 'gemini':
        f = Fmt(mul=pick(rs, ['*', '×']), div='/', sub='-', money=True, thou=',', neg='-',
                cents=pick(rs, ['auto', 'always']))
    else:
        raise ValueError(style)
    if algebra and f.mul == 'x':
        f.mul = '×'
    return f


def sum_fmt(style, rs, algebra):
    if style in ('r1', 'qwen3', 'distill'):
        return Fmt(mul='\\times', div='\\div', sub='-', money=True, thou='{,}', latex=True, neg='-',
                   cents=pick(rs, ['auto', 'always']))
    if style == 'r1_plain':
        return Fmt(mul='×', div='÷', sub='−', money=True, thou=',', neg='−', cents=pick(rs, ['auto', 'always']))
    if style == 'table':
        return Fmt(mul='×', div='÷', sub='−', money=True, thou=',', neg='−', cents='always')
    if style == 'terse':
        return Fmt(mul='×', div='÷', sub='−', money=True, thou=',', neg='−')
    return Fmt(mul='×', div='÷', sub='−', money=True, thou=',', neg='−', cents=pick(rs, ['auto', 'always']))


# ------------------------------------------------------------------ summaries

def boxed(V, prob, latex_money=False):
    b = boxed_val(V)
    return b


def summary_lines(style, C, pid):
    """the clean answer after the thinking. returns list of lines."""
    V, prob, f = C.V, C.prob, C.f
    rs = R(pid, 'sum', style)
    steps = V.steps
    AS = ans_sentence(V, prob, Fmt(money=True))
    AU = answer_str(V, prob, Fmt(money=True))
    b = boxed(V, prob)

    def AW(a):
        return prob['ans'].format(A=a)
    L = []
    if style == 'r1':
        L.append(pick(rs, ["**Solution:**", "To find %s:" % prob['goal'], "Here's the breakdown:",
                           "**Step-by-step:**"]))
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i), latex=True)
            L.append('%d. **%s:** \\( %s \\)' % (i + 1, st.lab, c))
        L.append('')
        L.append(pick(rs, ["**Answer:** %s" % AW('\\(\\boxed{%s}\\)' % b),
                           "Thus, %s\n\n\\[\n\\boxed{%s}\n\\]" % (lc(AS), b),
                           "**Final Answer**\n\\boxed{%s}" % b]))
    elif style == 'r1_plain':
        L.append(pick(rs, ["Here's how it works out:", "Putting it together:", "Summary:"]))
        L.append('')
        sents = []
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i))
            sents.append(pick(R(pid, 'sum', 'p', i), ["%s: %s." % (st.lab, c),
                                                      "For %s, %s." % (st.what, c),
                                                      "%s comes to %s." % (cap(st.what), c)]))
        # two sentences per paragraph line
        for k in range(0, len(sents), 2):
            L.append(' '.join(sents[k:k + 2]))
            L.append('')
        L.append('**Answer: %s**' % AU if rs.random() < 0.5 else AW('**%s**' % AU))
    elif style == 'qwq':
        L.append('**Final Answer**')
        L.append('')
        L.append('\\[ \\boxed{%s} \\]' % b)
    elif style == 'qwen3':
        L.append(pick(rs, ["To determine %s, let's break the problem into steps." % prob['goal'],
                           "Let's solve this step by step.", "We are asked to find %s." % prob['goal']]))
        L.append('')
        L.append('---')
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i), latex=True)
            L.append('### Step %d: %s' % (i + 1, st.lab))
            L.append('')
            if st.why and R(pid, 'sum', 'w', i).random() < 0.6:
                L.append(cap(st.why) + ':')
            L.append('$$')
            L.append(c)
            L.append('$$')
            L.append('')
        L.append('---')
        L.append('')
        L.append('### ✅ Final Answer:')
        L.append('')
        L.append('$$')
        L.append('\\boxed{%s}' % b)
        L.append('$$')
    elif style == 'o1':
        L.append(pick(rs, ["**Answer: %s**" % AU, "**%s**" % AS]))
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i))
            L.append('- %s: %s' % (st.lab, c))
    elif style == 'claude':
        L.append(pick(rs, ["## Solution", "**Solution**", "## Working it out"]))
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i))
            L.append('**Step %d — %s:** %s' % (i + 1, st.lab, c))
            L.append('')
        L.append(pick(rs, ["**Answer:** %s" % AW('**%s**' % AU), "**Answer: %s**" % AU]))
    elif style == 'distill':
        L.append(pick(rs, ["To determine %s, follow these steps:" % prob['goal'],
                           "**Solution:**", "Let's solve the problem step by step."]))
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i), latex=True)
            L.append('%d. **%s:**' % (i + 1, pick(R(pid, 'sum', 'l', i),
                                                  ['Calculate %s' % st.what, 'Find %s' % st.what,
                                                   'Determine %s' % st.what])))
            L.append('   \\[')
            L.append('   ' + c)
            L.append('   \\]')
            L.append('')
        L.append('**Final Answer:**')
        L.append('\\[')
        L.append('\\boxed{%s}' % b)
        L.append('\\]')
    elif style == 'table':
        L.append(pick(rs, ["**Breakdown:**", "Here's the calculation laid out:", "### Summary"]))
        L.append('')
        L.append('| Step | Calculation | Result |')
        L.append('|---|---|---|')
        for i, st in enumerate(steps):
            rsi = R(pid, 'sum', i)
            e = C.expr(i, rsi)
            r = C.res(i)
            if st.op == 'divmod':
                r = r + ' R ' + C.val(V.rem(i), V.units[i][0])
            if st.lhs:
                e = e
            L.append('| %s | %s | %s |' % (st.lab, e, r))
        L.append('')
        L.append(pick(rs, ["**Answer: %s**" % AU, "So %s" % lc(AW('**%s**' % AU))]))
    elif style == 'terse':
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i))
            L.append('%s: %s' % (st.lab, c))
        L.append('')
        L.append('**Answer:** %s' % AU)
    elif style == 'gemini':
        L.append('**Solution:**')
        L.append('')
        for i, st in enumerate(steps):
            c = C.comp(i, R(pid, 'sum', i))
            L.append('%d.  **%s:** %s' % (i + 1, st.lab, c))
        L.append('')
        L.append('**Answer:** %s' % AW('**%s**' % AU))
    return L


# ------------------------------------------------------------------ thinking blocks for the other styles

def terse_lines(C, pid):
    V, prob = C.V, C.prob
    out = []
    rs0 = R(pid, 'terse', 'o')
    out.append(pick(rs0, ["need: %s" % prob['goal'], "goal = %s" % prob['goal'], "Find %s." % prob['goal']]))
    for i, st in enumerate(V.steps):
        rs = R(pid, 'terse', i)
        c = C.comp(i, rs)
        lab = st.lab if rs.random() < 0.5 or st.lab[:1] == st.lab[:1].lower() else lc(st.lab)
        line = pick(rs, ['%s: %s' % (lab, c), '%s → %s' % (lab, c), c])
        if st.op == 'divmod' and not (V.slip and V.mark == i):
            line += ' → %s full' % C.val(V.res[i], '')
        out.append(line)
        if V.quiet(i):
            continue
        if rs.random() < 0.3:
            inv = C.inverse(i, rs)
            if inv:
                out.append(pick(rs, ['check %s ok', 'check: %s ✓', '%s, ok']) % inv)
        elif rs.random() < 0.15:
            out.append(pick(rs, ['hmm ok', 'wait, right units? yes', 'fine']))
    out.append(pick(R(pid, 'terse', 'f'), ['so %s', 'answer %s', '=> %s']) % answer_str(V, prob, C.f))
    return out


def gemini_blocks(C, pid):
    V, prob = C.V, C.prob
    rs0 = R(pid, 'gem', 'o')
    B = []
    B.append(pick(rs0, ["Here's a thinking process to solve this problem:",
                        "Here's my thought process for solving this:",
                        "Here's a breakdown of how to solve this problem:"]))
    B.append("1.  **Understand the Goal:** The question asks for %s." % prob['goal'])
    facts = [st.why for st in V.steps if st.why]
    lines = ["2.  **Identify Key Information:**"]
    lines += ["    *   %s" % cap(w) for w in facts] or ["    *   %s" % prob['restate']]
    B.append('\n'.join(lines))
    lines = ["3.  **Plan the Steps:**"]
    lines += ["    *   Find %s." % st.what for st in V.steps]
    B.append('\n'.join(lines))
    lines = ["4.  **Execute the Calculations:**"]
    for i, st in enumerate(V.steps):
        rs = R(pid, 'gem', i)
        c = C.comp(i, rs)
        lines.append("    *   %s: %s" % (st.lab, c))
        if st.op == 'divmod' and not (V.slip and V.mark == i):
            lines.append("    *   Only complete ones count, so %s." % C.val(V.res[i], ''))
    B.append('\n'.join(lines))
    checks = []
    for i, st in enumerate(V.steps):
        if V.quiet(i):
            continue
        rs = R(pid, 'gem', 'c', i)
        if rs.random() < 0.45:
            inv = C.inverse(i, rs)
            if inv:
                checks.append("    *   %s: %s. Correct." % (pick(rs, ['Reverse check', 'Check', 'Verify']), inv))
        elif rs.random() < 0.3:
            est = C.estimate(i, rs)
            if est:
                checks.append("    *   " + est)
    if checks:
        B.append('\n'.join(["5.  **Double-Check:**"] + checks))
        n = 6
    else:
        n = 5
    B.append("%d.  **State the Final Answer:** %s" % (n, ans_sentence(V, prob, C.f)))
    return B


def o1_intro(rs0, prob):
    tpl = pick(rs0, ["I'm looking at a problem where %s I need %s.",
                     "I'm piecing together the details: %s The goal is %s."])
    if prob['restate'].startswith('Let'):
        tpl = "I'm piecing together the details: %s The goal is %s."
    rst = prob['restate'] if tpl.startswith("I'm piecing") else lc(prob['restate'])
    return tpl % (rst, prob['goal'])


def o1_blocks(C, pid):
    V, prob = C.V, C.prob
    B = []
    heads = ["Calculating", "Working out", "Figuring out", "Determining", "Tallying", "Breaking down", "Pinning down"]
    rs0 = R(pid, 'o1', 'o')
    B.append("**%s**\n\n%s" % (pick(rs0, ["Understanding the problem", "Mapping out the problem", "Clarifying the question"]),
                               o1_intro(rs0, prob)))
    for i, st in enumerate(V.steps):
        rs = R(pid, 'o1', i)
        h = "%s %s" % (pick(rs, heads), st.what)
        c = C.comp(i, rs)
        body = pick(rs, ["I'm working out %s: %s." % (st.what, c),
                         "I'm computing %s: %s." % (st.what, c),
                         ("%s, so %s." % (cap(st.why), c)) if st.why else ("Next up is %s: %s." % (st.what, c))])
        if st.op == 'divmod' and not (V.slip and V.mark == i):
            body += " Only complete showings count, so it's %s." % C.val(V.res[i], '')
        if not V.quiet(i) and rs.random() < 0.4:
            inv = C.inverse(i, rs)
            if inv:
                body += ' ' + pick(rs, ["Checking in reverse, %s, which confirms it." % inv,
                                        "A quick check: %s." % inv])
        B.append("**%s**\n\n%s" % (h, body))
    rsf = R(pid, 'o1', 'f')
    B.append("**%s**\n\n%s" % (pick(rsf, ["Wrapping up", "Confirming the result", "Finalizing"]),
                               "I'm concluding that %s" % lc(ans_sentence(V, prob, C.f))))
    return B


# ------------------------------------------------------------------ assemble

STYLES = ['r1', 'r1_plain', 'qwq', 'qwen3', 'o1', 'claude', 'distill', 'table', 'terse', 'gemini']

KNOBS = {
    'r1': dict(rest=0.7, check=0.5, alt=0.3, est=0.4, hedge=0.4, hmm=0.3, reread=0.75, bridge=0.35, doubt=0.5, recap=0.45),
    'r1_plain': dict(rest=0.6, check=0.4, alt=0.25, est=0.35, hedge=0.3, hmm=0.25, reread=0.6, bridge=0.3, doubt=0.4, recap=0.35),
    'qwq': dict(rest=0.7, check=0.5, alt=0.3, est=0.35, hedge=0.3, hmm=0.35, reread=0.85, bridge=0.3, doubt=0.5, recap=0.5),
    'qwen3': dict(rest=0.6, check=0.45, alt=0.25, est=0.3, hedge=0.3, hmm=0.25, reread=0.65, bridge=0.25, doubt=0.4, recap=0.4),
    'claude': dict(rest=0.4, check=0.4, alt=0.2, est=0.25, hedge=0.1, hmm=0.1, reread=0.4, bridge=0.2, doubt=0.25, recap=0.2),
    'distill': dict(rest=0.6, check=0.15, alt=0.05, est=0.05, hedge=0.05, hmm=0.05, reread=0.3, bridge=0.2, doubt=0.0, recap=0.15),
    'table': dict(rest=0.6, check=0.4, alt=0.25, est=0.35, hedge=0.3, hmm=0.25, reread=0.6, bridge=0.3, doubt=0.4, recap=0.3),
}

VOICE_OF = {'r1': 'r1', 'r1_plain': 'r1', 'qwq': 'qwq', 'qwen3': 'qwen3', 'claude': 'claude',
            'distill': 'distill', 'table': 'r1'}


def render(style, prob, TV, SV, pid):
    """returns (head, blocks, sep, tail) ; text = head + sep.join(blocks) + tail"""
    rs = R(pid, 'fmt')
    algebra = prob.get('algebra', False)
    f = fmt_for(style, rs, algebra)
    sf = sum_fmt(style, rs, algebra)
    TC = Ctx(TV, f, rs, prob)
    SC = Ctx(SV, sf, rs, prob)
    summ = summary_lines(style, SC, pid)
    final = '#### ' + plain(SV.final)
    if style in VOICE_OF:
        blocks = think_paragraphs(TC, VOICE_OF[style], pid, 'think', KNOBS[style])
        sep = '\n\n'
        if style == 'qwq':
            head = ''
            tail = '\n\n' + '\n'.join(summ) + '\n\n' + final
        elif style == 'claude':
            head = '<thinking>\n'
            tail = '\n</thinking>\n\n' + '\n'.join(summ) + '\n\n' + final
        else:
            head = '<think>\n'
            tail = '\n</think>\n\n' + '\n'.join(summ) + '\n\n' + final
        return head, blocks, sep, tail, f, sf
    if style == 'terse':
        blocks = terse_lines(TC, pid)
        return '<think>\n', blocks, '\n', '\n</think>\n\n' + '\n'.join(summ) + '\n\n' + final, f, sf
    if style == 'gemini':
        blocks = gemini_blocks(TC, pid)
        return '', blocks, '\n\n', '\n\n---\n\n' + '\n'.join(summ) + '\n\n' + final, f, sf
    if style == 'o1':
        blocks = o1_blocks(TC, pid)
        return '', blocks, '\n\n', '\n\n---\n\n' + '\n'.join(summ) + '\n\n' + final, f, sf
    raise ValueError(style)
