#!/usr/bin/env python3
"""Top self and inclusive frames of samples of threads whose name contains a substring."""
import sys, re, collections
path, sub = sys.argv[1], sys.argv[2]; n=int(sys.argv[3]) if len(sys.argv)>3 else 25
selfc=collections.Counter(); incl=collections.Counter(); total=0; thread=''; stack=[]; ins=False
for line in open(path,errors='replace'):
    s=line.strip()
    if s.startswith('sampledThread = '): thread=s; continue
    if s.startswith('stackTrace = ['): stack=[];ins=True;continue
    if ins:
        if s.startswith(']'):
            ins=False
            if sub in thread and stack:
                total+=1; selfc[stack[0]]+=1
                for f in set(stack): incl[f]+=1
            continue
        if s=='...':continue
        m=re.match(r'(.*?)\s+line:',s); stack.append(m.group(1) if m else s)
print('samples',total)
for f,c in selfc.most_common(n): print(f'self {100*c/total:5.1f}% {f[:150]}')
for f,c in incl.most_common(n+15): print(f'incl {100*c/total:5.1f}% {f[:150]}')
