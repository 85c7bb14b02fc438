#!/usr/bin/env python3
"""Samples per thread name (task), with the share of coder+sort samples in each."""
import sys, re, collections
CODER=['org.apache.beam.sdk.coders.','CoderTypeSerializer','CompactStrings','org.apache.beam.sdk.schemas.','RowWithGetters','org.apache.beam.sdk.values.Row','org.apache.flink.runtime.operators.sort','org.apache.flink.runtime.io.','org.apache.flink.runtime.memory','DataInputViewWrapper','DataOutputViewWrapper','ArticleCoder','MentionRecordCoder']
tot=collections.Counter(); cod=collections.Counter(); total=0
thread='?'; stack=[]; ins=False
for line in open(sys.argv[1],errors='replace'):
    s=line.strip()
    if s.startswith('sampledThread = '):
        m=re.match(r'sampledThread = "(.*)" \(',s); thread=m.group(1) if m else s
        thread=re.sub(r'\(\d/\d\)#\d+','',thread); thread=re.sub(r'\d+$','#',thread)
        continue
    if s.startswith('stackTrace = ['): stack=[];ins=True;continue
    if ins:
        if s.startswith(']'):
            ins=False; total+=1; tot[thread]+=1
            if any(any(p in f for p in CODER) for f in stack[:15]): cod[thread]+=1
            continue
        if s=='...':continue
        m=re.match(r'(.*?)\s+line:',s); stack.append(m.group(1) if m else s)
print('total',total)
for t,n in tot.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 40):
    print(f'{100*n/total:5.2f}% coder/sort {100*cod[t]/total:5.2f}%  {t[:230]}')
