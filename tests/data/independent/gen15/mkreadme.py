#!/usr/bin/env python3
"""Write README.md from the default set:  python3 mkreadme.py set.jsonl"""
import hashlib
import json
import sys
from collections import Counter, OrderedDict

from styles import STYLES
from templates import TEMPLATES


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'set.jsonl'
    data = open(path, 'rb').read()
    rows = [json.loads(l) for l in data.decode('utf-8').splitlines()]
    sha = hashlib.sha256(data).hexdigest()
    variants = Counter(r['variant'] for r in rows)
    styles = Counter(r['style'] for r in rows if r['variant'] == 'correct')
    kinds = OrderedDict()
    for v in ('slip', 'carry'):
        kinds[v] = Counter(r['kind'] for r in rows if r['variant'] == v)
    loops = [r for r in rows if r['variant'] == 'loop']
    cut = 0
    for r in loops:
        L = r['solution'].split('\n')
        if L[-1] not in L[:-1]:
            cut += 1
    cats = Counter(t.cat for t in TEMPLATES)
    nsteps = Counter(len(t.steps) for t in TEMPLATES)

    out = []
    w = out.append
    w('# Grade-school word problems with streamed solutions: teaching-material styles')
    w('')
    w('An evaluation set for in-flight validators, the kind that read a worked solution while '
      'it streams. A validator should (a) never flag a correct solution, (b) flag a wrong '
      'intermediate result on the line where it is written, and (c) notice a solution that '
      'loops. The problems are GSM8K-level word problems made from templates. The solutions '
      'are written in the styles of teaching material and human writing: answer keys, '
      'tutors talking to a child, textbook worked examples, homework-forum answers, teacher\'s '
      'notes, step lists with the units written out, and word-heavy prose.')
    w('')
    w('## Files')
    w('')
    w('| file | what it is |')
    w('|---|---|')
    w('| `gen.py` | entry point: `python3 gen.py --out set.jsonl [--seed N]` (default seed 2026) |')
    w('| `core.py` | exact number helpers, the template mini-language, instantiation, fault selection |')
    w('| `templates.py` | %d word-problem templates |' % len(TEMPLATES))
    w('| `styles.py` | %d writing styles with weights |' % len(STYLES))
    w('| `check.py` | independent re-check from the text alone (does not import the generator) |')
    w('| `mkreadme.py` | writes this README from the default set |')
    w('| `set.jsonl` | the default output (seed 2026) |')
    w('| `LICENSE` | MIT |')
    w('')
    w('Only the Python 3 standard library is used. Output is byte-identical for a given seed '
      'whatever `PYTHONHASHSEED` is: every `random.Random` is seeded with a string, and the code never '
      'iterates over a set.')
    w('')
    w('## Regenerate and check')
    w('')
    w('```')
    w('python3 gen.py --out set.jsonl          # default seed 2026')
    w('python3 check.py set.jsonl              # prints PASS, exits 0')
    w('python3 mkreadme.py set.jsonl           # refresh this README')
    w('```')
    w('')
    w('Default output `set.jsonl`:')
    w('')
    w('- sha256 `%s`' % sha)
    w('- %d rows (%d problems x 4 variants), %d bytes' % (len(rows), len(rows) // 4, len(data)))
    w('- variants: ' + ', '.join('%s %d' % (k, variants[k]) for k in ('correct', 'slip', 'carry', 'loop')))
    w('')
    w('## Row format')
    w('')
    w('One JSON object per line. Every row has:')
    w('')
    w('- `pid`: `"<template>-<set>"`, where set is 0 to 3')
    w('- `template`: the template id')
    w('- `style`: the writing style')
    w('- `problem`: the word problem')
    w('- `variant`: `correct`, `slip`, `carry` or `loop`')
    w('- `solution`: the solution text, with lines separated by `\\n`')
    w('- `final`: the final answer as it is written, as a plain-number string (`"72"`, `"12.50"`) with '
      'no `$`, `%` or thousands separator. It is `null` for loop rows.')
    w('')
    w('`slip` and `carry` rows also have:')
    w('')
    w('- `span`: `[start, end)` Python string offsets of the faulty line in `solution`. The span runs from '
      'the start of the line to its end, newline excluded.')
    w('- `wrong`: the result as written; `right`: the correct result (both plain-number strings)')
    w('- `step`: the internal name of the faulted step')
    w('- `kind`: one of `off_by`, `digit_swap`, `times10`, `div10`, `wrong_op`')
    w('')
    w('`carry` rows also have `correct_final`.')
    w('')
    w('`loop` rows also have:')
    w('')
    w('- `span`: the line where the first repeated copy begins')
    w('- `repeats`: 15 to 22, the number of extra copies of the block after its first normal occurrence')
    w('- `period_lines`: the number of lines in one copy, blank lines included')
    w('')
    w('## Variants')
    w('')
    w('All four variants of a problem share the problem text, the style and every wording choice.')
    w('')
    w('- **correct**: every written computation is exact. The result written after `=`, "is", '
      '"equals" and so on is always the exact value of what is written. There are no rounded '
      'results and no self-corrections. The solution ends with an answer line.')
    w('- **slip**: identical to correct except for the span line, which holds a wrong result. The '
      'faulted step is never the last one, and it always feeds a later step. That later step uses the '
      'right value, so the final answer equals the correct final.')
    w('- **carry**: identical to correct before the span line. The span line holds the wrong result, and '
      'every later step that depends on it is recomputed exactly from the wrong value, so the final '
      'answer differs from `correct_final`. A fault is only chosen if every carried value is still '
      'valid: a positive terminating decimal, whole cents for money, and an integer for counts.')
    w('- **loop**: the correct solution up to the end of a non-final step. Then the lines of the last 1 '
      'or 2 steps (with their separator lines) are repeated verbatim `repeats` times. '
      '%d of %d loop rows end with a cut-off prefix of the block\'s first line (words only, no '
      'digits). Loop rows have no final answer line. The chance of a cut is raised for rows where a cut is '
      'possible, because lines that start with a digit cannot be cut this way; this keeps the overall '
      'share near one half.' % (cut, len(loops)))
    w('')
    w('## Fault kinds')
    w('')
    w('The faulted step is chosen uniformly from the non-final steps that have at least one valid fault. '
      'The kind is then drawn with weights off_by 35, wrong_op 25, digit_swap 20, times10 10 and div10 10, '
      'counting only the kinds that give a valid number for that quantity: positive, an integer for counts, '
      'whole cents for money, at most 3 decimal places otherwise, and a different written string from the right value.')
    w('')
    w('- `off_by`: plus or minus 1, 2, 3 or 10 for whole-number results; plus or minus 0.1 or 0.01 for decimal results')
    w('- `digit_swap`: two adjacent digits of the written result swapped')
    w('- `times10`, `div10`: the result multiplied or divided by ten')
    w('- `wrong_op`: the result of a different operation on the same two operands (for example + instead of x). '
      'It is never used for percent-of or fraction-of steps.')
    w('')
    w('| kind | slip | carry |')
    w('|---|---|---|')
    for k in ('off_by', 'wrong_op', 'digit_swap', 'times10', 'div10'):
        w('| %s | %d | %d |' % (k, kinds['slip'][k], kinds['carry'][k]))
    w('')
    w('## Templates')
    w('')
    w('There are %d templates, each instantiated with 4 seeded number sets, and each has 2 to 5 steps '
      '(%s). All arithmetic uses `fractions.Fraction`. Counts of people and items are integers, money is in '
      'whole cents, and other decimals have at most 3 places. The steps use +, -, x, / as well as '
      '"p%% of" and "a/b of".' % (len(TEMPLATES), ', '.join('%d steps: %d' % kv for kv in sorted(nsteps.items()))))
    w('')
    w('Categories: ' + ', '.join('%s (%d)' % kv for kv in sorted(cats.items())) + '.')
    w('')
    w('## Styles')
    w('')
    w('Styles are given to problems by exact quota (largest remainder of weight x %d problems) and a '
      'seeded shuffle. Inside each style, wording varies per problem: openers, connectors, operator symbols '
      '(x, ×, *, ·, ÷, /, −, -), units shown or hidden, money as `$12.50`, `$12` or `12.50 dollars`, '
      'and percents as `20%%`, `0.20` or `20 percent`.' % (len(rows) // 4))
    w('')
    w('| style | weight | count | description |')
    w('|---|---|---|---|')
    for name, weight, _, desc in STYLES:
        w('| `%s` | %d | %d | %s |' % (name, weight, styles[name], desc.replace('|', '\\|')))
    w('')
    w('Examples (the shortest correct solution of each style in the default set):')
    w('')
    for name, weight, _, desc in STYLES:
        cand = [r for r in rows if r['variant'] == 'correct' and r['style'] == name]
        r = min(cand, key=lambda r: (len(r['solution']), r['pid']))
        w('**%s** (`%s`)' % (name, r['pid']))
        w('')
        w('```')
        w(r['solution'])
        w('```')
        w('')
    w('## Check')
    w('')
    w('`check.py` re-reads the set without importing the generator. It finds the written computations '
      '(symbol chains such as `6 × 12 = 6 × 10 + 6 × 2 = 60 + 12 = 72`, word forms such as "6 times 12 '
      'is 72" and "20 percent of 45 dollars equals 9 dollars", and verbal forms such as "multiply 6 by 12 '
      'and get 72") and evaluates them exactly. It then verifies that:')
    w('')
    w('- every computation in a correct row is exact, and the final is the last number written')
    w('- the slip differs from the correct row only on the span line, and that line has a computation '
      'whose written result is `wrong` and whose true value is `right`')
    w('- the kind matches the wrong/right pair')
    w('- in a slip, the right value is used later and the final is unchanged')
    w('- in a carry, the prefix is unchanged, the wrong value is used later, every later computation is '
      'exact and the final differs from `correct_final`')
    w('- in a loop, the copies repeat the block exactly and any cut-off line is a digit-free prefix')
    w('- each problem has four variants with the same problem and style')
    w('- numbers are well formed: money in whole cents, at most 3 decimal places')
    w('')
    w('## License')
    w('')
    w('MIT, see `LICENSE`.')
    open('README.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
