"""Development aid: inject a slip at every step of every problem and confirm check.py flags that line."""
import os, sys, random, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen, check
miss=collections.Counter(); tot=0; ex=[]
pidx=0
for tp in gen.templates():
    for k in range(gen.NSETS):
        pid="%s-%d"%(tp['tid'],k+1)
        P=tp['gen'](random.Random(pid+"|nums"),tp['ctx'])
        st=gen.STYLES[pidx%10]; pidx+=1
        b0,f0=gen.run(tp,P,st,pid)
        for rec in b0.rec:
            c=[x for x in gen.wrong_candidates(rec) if gen.valid_wrong(rec,*x)]
            if not c: miss['nocand']+=1; continue
            kind,core,neg=c[0]
            b,f=gen.run(tp,P,st,pid,dict(step=rec['step'],mode='slip',wcore=core,wneg=neg))
            tot+=1
            n,wl,res=check.analyse(b.text())
            if b.fault_line not in wl:
                miss[(tp['kind'],st)]+=1
                if len(ex)<8: ex.append((pid,st,b.text().split('\n')[b.fault_line]))
print(tot, sum(v for k,v in miss.items() if k!='nocand'), miss.most_common(20))
for e in ex: print(e)
