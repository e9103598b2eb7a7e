"""Writing styles.  Each style belongs to one language.

block  : how one step is written ({n} step number, {title} step title,
         {sent} the template sentence with the equation inside, {eq} bare equation)
sep    : what follows every step block
eq     : 'sym' (digits and symbols), 'word' (operations spelled out) or 'latex'
ops    : symbols for * / + - in 'sym' styles
answer : final line ({final} full answer sentence, {ans} number+unit, {ansnum} number)
hash   : whether the GSM8K '#### N' line follows
"""
from langkit import U

NBSP = '\u00a0'

STYLES = [
    # --- Swedish
    dict(id='sv_md', lang='sv', block='**Steg {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': '/', '+': '+', '-': '−'},
         intro='Vi löser problemet steg för steg.', answer='**Svar:** {final}', hash=True),
    dict(id='sv_ord', lang='sv', block='{n}. {title}: {eq}.', sep='\n', eq='word', eqw='är',
         intro=None, answer='Svar: {final}', hash=True),
    # --- Danish
    dict(id='da_terse', lang='da', block='{title}: {eq}', sep='\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro='Udregning:', answer='Svar: {ans}', hash=True),
    dict(id='da_ord', lang='da', block='Trin {n}: {title}\n{eq}.', sep='\n\n', eq='word', eqw='er',
         intro='Lad os regne det ud trin for trin.', answer='Svar: {final}', hash=False),
    # --- Norwegian
    dict(id='no_md', lang='no', block='**Steg {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro='La oss løse oppgaven steg for steg.', answer='**Svar:** {final}', hash=True),
    dict(id='no_ord', lang='no', block='{n}. {title}: {eq}.', sep='\n', eq='word', eqw='blir',
         intro=None, answer='Svar: {ans}', hash=True),
    # --- Czech
    dict(id='cs_terse', lang='cs', block='- {title}: {eq}', sep='\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'}, thou=NBSP,
         intro='Řešení:', answer='Odpověď: {final}', hash=True),
    dict(id='cs_ord', lang='cs', block='Krok {n}: {title}\n{eq}.', sep='\n\n', eq='word', eqw='je',
         intro='Postupujeme takto:', answer='**Odpověď:** {final}', hash=False),
    # --- Romanian
    dict(id='ro_md', lang='ro', block='### Pasul {n}: {title}\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro='Să rezolvăm problema pas cu pas.', answer='**Răspuns:** {final}', hash=True),
    dict(id='ro_ord', lang='ro', block='{n}. {title}: {eq}.', sep='\n', eq='word', eqw='fac',
         intro=None, answer='Răspuns: {ans}', hash=True),
    # --- Greek
    dict(id='el_md', lang='el', block='**Βήμα {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro='Ας λύσουμε το πρόβλημα βήμα προς βήμα.', answer='**Απάντηση:** {final}', hash=True),
    dict(id='el_ord', lang='el', block='{title}: {eq}.', sep='\n', eq='word', eqw='ίσον',
         intro=None, answer='Απάντηση: {final}', hash=False),
    # --- Vietnamese
    dict(id='vi_md', lang='vi', block='**Bước {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': ':', '+': '+', '-': '-'},
         intro='Chúng ta sẽ giải bài toán từng bước.', answer='**Đáp số:** {ans}', hash=True),
    dict(id='vi_ord', lang='vi', block='{n}. {title}: {eq}.', sep='\n', eq='word', eqw='bằng',
         cur=U('đ', sep=''), intro='Lời giải:', answer='Đáp số: {ans}', hash=True),
    dict(id='vi_latex', lang='vi', block='{n}. **{title}:**\n   \\[\n   {eq}\n   \\]', sep='\n\n', eq='latex',
         intro='Để giải bài toán này, chúng ta thực hiện các bước sau:',
         answer='**Đáp số:** \\(\\boxed{{ansnum}}\\)', hash=True),
    # --- Korean
    dict(id='ko_md', lang='ko', block='**{n}단계: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': '÷', '+': '+', '-': '-'}, cur_in_eq=True,
         intro='단계별로 풀어 보겠습니다.', answer='**답:** {final}', hash=True),
    dict(id='ko_ord', lang='ko', block='{n}. {title}: {eq}입니다.', sep='\n', eq='word',
         intro=None, answer='따라서 {final}', hash=False),
    dict(id='ko_latex', lang='ko', block='{n}. **{title}:**\n   \\[\n   {eq}\n   \\]', sep='\n\n', eq='latex',
         intro='문제를 단계별로 해결해 보겠습니다.',
         answer='따라서 답은 \\(\\boxed{{ansnum}}\\)입니다.', hash=True),
    # --- Hindi
    dict(id='hi_md', lang='hi', block='**चरण {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': '÷', '+': '+', '-': '-'}, cur_in_eq=True,
         intro='आइए इस सवाल को चरण-दर-चरण हल करें।', answer='**उत्तर:** {final}', hash=True),
    dict(id='hi_ord', lang='hi', block='{n}. {title}: {eq}।', sep='\n', eq='word', eqw='बराबर',
         cur=U('रुपया', 'रुपये'), intro='हल:', answer='उत्तर: {ans}', hash=True),
    # --- Arabic
    dict(id='ar_md', lang='ar', block='**الخطوة {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': '÷', '+': '+', '-': '-'},
         intro='لنحل المسألة خطوة بخطوة.', answer='**الإجابة:** {final}', hash=True),
    dict(id='ar_ord', lang='ar', block='{title}: {eq}.', sep='\n', eq='word', eqw='يساوي',
         cur=U('ر.س'), intro='الحل:', answer='الإجابة النهائية: {ans}', hash=False),
    # --- Hungarian
    dict(id='hu_terse', lang='hu', block='{title}: {eq}', sep='\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro='Megoldás:', answer='Válasz: {final}', hash=True),
    dict(id='hu_ord', lang='hu', block='{n}. lépés: {title}\n{eq}.', sep='\n\n', eq='word', eqw='egyenlő',
         intro=None, answer='**Válasz:** {final}', hash=True),
    # --- Ukrainian
    dict(id='uk_md', lang='uk', block='**Крок {n}. {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '-'},
         intro="Розв'яжемо задачу крок за кроком.", answer='**Відповідь:** {final}', hash=True),
    dict(id='uk_ord', lang='uk', block='{n}) {title}: {eq}.', sep='\n', eq='word', eqw='дорівнює',
         cur=U('₴'), intro="Розв'язання:", answer='Відповідь: {ans}.', hash=False),
    # --- Catalan
    dict(id='ca_md', lang='ca', block='**Pas {n}: {title}**\n{sent}', sep='\n\n', eq='sym',
         ops={'*': '×', '/': ':', '+': '+', '-': '-'},
         intro='Resolem el problema pas a pas.', answer='**Resposta:** {final}', hash=True),
    dict(id='ca_ord', lang='ca', block='{n}. {title}: {eq}.', sep='\n', eq='word', eqw='fan',
         intro=None, answer='Resposta: {ans}', hash=True),
    # --- Finnish
    dict(id='fi_terse', lang='fi', block='{title}: {eq}', sep='\n', eq='sym',
         ops={'*': '·', '/': ':', '+': '+', '-': '−'},
         intro='Ratkaisu:', answer='Vastaus: {ans}', hash=True),
    dict(id='fi_ord', lang='fi', block='Vaihe {n}: {title}\n{eq}.', sep='\n\n', eq='word', eqw='on',
         cur=U('euro', 'euroa'), intro=None, answer='Vastaus: {final}', hash=False),
]
