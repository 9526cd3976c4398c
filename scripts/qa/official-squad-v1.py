import json,re,string,collections,sys
def norm(s):
    s=s.lower(); s=''.join(ch for ch in s if ch not in set(string.punctuation))
    s=re.sub(r'\b(a|an|the)\b',' ',s); return ' '.join(s.split())
def f1(p,g):
    p=norm(p).split(); g=norm(g).split()
    c=collections.Counter(p)&collections.Counter(g); n=sum(c.values())
    if n==0: return 0
    pr=n/len(p); rc=n/len(g); return 2*pr*rc/(pr+rc)
preds=json.load(open(sys.argv[2])); em=f=t=0
for line in open(sys.argv[1]):
    p=json.loads(line)
    for qa in p['qas']:
        t+=1; gs=[a['text'] for a in qa['answers']]; pr=preds.get(qa['id'],'')
        em+=max(norm(pr)==norm(g) for g in gs); f+=max(f1(pr,g) for g in gs)
print(t,100*em/t,100*f/t)
