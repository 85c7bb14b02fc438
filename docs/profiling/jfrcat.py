#!/usr/bin/env python3
"""Bucket JFR execution samples: scan each stack from the leaf up; the first frame matching a category wins."""
import sys, re, collections
CATS = [
 ('coders', ['org.apache.beam.sdk.coders.', 'CoderTypeSerializer', 'EncodedValueSerializer', 'org.newsclean.transforms.records.ArticleCoder',
             'org.newsclean.transforms.records.MentionRecordCoder', 'CompactStrings', 'org.apache.beam.sdk.schemas.', 'RowWithGetters', 'org.apache.beam.sdk.values.Row',
             'org.apache.beam.sdk.util.CoderUtils', 'org.apache.flink.api.common.typeutils', 'DataOutputViewWrapper', 'DataInputViewWrapper', 'org.apache.flink.runtime.memory.', 'org.apache.flink.core.memory']),
 ('flink-sort', ['org.apache.flink.runtime.operators.sort', 'org.apache.flink.runtime.operators.util', 'org.apache.flink.runtime.io.', 'org.apache.flink.runtime.operators.hash']),
 ('language', ['com.optimaize', 'org.newsclean.transforms.language.', 'org.apache.tika.langdetect']),
 ('entities', ['org.newsclean.transforms.entities.', 'org.apache.lucene.', 'opennlp.']),
 ('quotes', ['org.newsclean.transforms.quotes.']),
 ('boilerplate', ['org.newsclean.transforms.boilerplate.']),
 ('dedup', ['org.newsclean.transforms.dedup.']),
 ('read', ['org.newsclean.transforms.read.', 'org.apache.tika.']),
 ('write', ['org.newsclean.pipeline.io.', 'org.apache.parquet', 'shaded.parquet', 'com.fasterxml.jackson', 'org.apache.avro']),
 ('pipeline-other', ['org.newsclean.']),
 ('beam-other', ['org.apache.beam.']),
 ('flink-other', ['org.apache.flink.']),
]
path = sys.argv[1]
cnt = collections.Counter(); sub = collections.defaultdict(collections.Counter); total = 0
stack = []; in_stack = False
def cat(stack):
    for f in stack:
        for name, pats in CATS:
            if any(p in f for p in pats): return name, f
    return 'other', stack[0] if stack else '?'
for line in open(path, errors='replace'):
    s = line.strip()
    if s.startswith('stackTrace = ['):
        stack = []; in_stack = True; continue
    if in_stack:
        if s.startswith(']'):
            in_stack = False
            if stack:
                total += 1; c, f = cat(stack); cnt[c] += 1; sub[c][f] += 1
            continue
        if s == '...': continue
        m = re.match(r'(.*?)\s+line:', s); stack.append(m.group(1) if m else s)
print('samples', total)
for c, n in cnt.most_common():
    print(f'{100*n/total:6.2f}% {c}')
    for f, k in sub[c].most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 4): print(f'        {100*k/total:5.2f}% {f}')
