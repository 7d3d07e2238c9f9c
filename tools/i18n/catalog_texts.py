#!/usr/bin/env python3
"""The catalog's words that a translation covers, and the check of a translation.

A translation of the control catalog is catalog/translations/<language>.json:

    {"format": "cloudgap-catalog-translation/1", "language": "de",
     "catalog": {"id": "iso27017", "version": "2.1.0"},
     "texts": {"<JSON pointer into catalog/iso27017.json>":
               {"en": "<the English words it was made from>", "text": "<the words>"}}}

Each entry keeps the English it translates, so a change to the English shows
as a stale entry rather than passing silently. Ids, control numbers, roles,
weights and links are never translated: only the texts TRANSLATABLE names.

    catalog_texts.py skeleton CATALOG LANGUAGE > FILE   every text, "text" empty
    catalog_texts.py check CATALOG FILE...              exits 1 with the problems
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / 'cmake'))
from split_catalog import TEXTS as TRANSLATABLE, escape, strings_at  # noqa: E402  One walk, one list.

FORMAT = 'cloudgap-catalog-translation/1'

# Not translated: retired questions' texts, which the built-in catalog leaves out
# (cmake/minify_json.py) and no screen or report shows.

# What must come through a translation unchanged: control and question ids,
# clause numbers, and the names of standards and products.
_KEPT = re.compile(r'CLD\.\d+(?:\.\d+)+|\b\d+\.\d+(?:\.\d+)*\b|\b(?:ISO/IEC|SOC|NIST|OSCAL|CSA|STAR|MFA)\b')


def texts(catalog):
    """Every translatable text of `catalog`, in catalog order: {pointer: words}."""
    found = {}
    for pattern in TRANSLATABLE:
        for _, _, pointer, words in strings_at(catalog, pattern.split('/'), ''):
            found[pointer] = words
    order = {}

    def index(node, pointer):
        order[pointer] = len(order)
        if isinstance(node, dict):
            for k, v in node.items():
                index(v, pointer + '/' + escape(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                index(v, pointer + '/' + str(i))

    index(catalog, '')
    return dict(sorted(found.items(), key=lambda kv: order[kv[0]]))


def problems(catalog, translation):
    """What is wrong with `translation` (a parsed file) for `catalog`, as lines."""
    out = []
    if translation.get('format') != FORMAT:
        out.append(f'format is {translation.get("format")!r}, not {FORMAT!r}')
    if translation.get('catalog', {}).get('id') != catalog.get('id'):
        out.append('made for another catalog')
    wanted = texts(catalog)
    have = translation.get('texts', {})
    for pointer, english in wanted.items():
        entry = have.get(pointer)
        if entry is None:
            out.append(f'{pointer}: missing')
            continue
        if entry.get('en') != english:
            out.append(f'{pointer}: stale (the English changed since it was translated)')
        words = entry.get('text', '')
        if not isinstance(words, str) or not words.strip():
            out.append(f'{pointer}: not translated')
            continue
        kept, now = set(_KEPT.findall(english)), set(_KEPT.findall(words))
        lost, added = kept - now, {t for t in now - kept if t[0].isdigit() or t.startswith('CLD')}
        if lost or added:
            out.append(f'{pointer}: ids or names lost {sorted(lost)}, added {sorted(added)}')
        if words != words.strip() or '  ' in words:
            out.append(f'{pointer}: stray spaces')
    for pointer in have:
        if pointer not in wanted:
            out.append(f'{pointer}: not a text of the catalog')
    return out


def main(argv):
    if len(argv) >= 4 and argv[1] == 'skeleton':
        catalog = json.load(open(argv[2], encoding='utf-8'))
        doc = {'format': FORMAT, 'language': argv[3],
               'catalog': {'id': catalog['id'], 'version': catalog['version']},
               'texts': {p: {'en': t, 'text': ''} for p, t in texts(catalog).items()}}
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write('\n')
        return 0
    if len(argv) >= 4 and argv[1] == 'check':
        catalog = json.load(open(argv[2], encoding='utf-8'))
        failed = False
        for name in argv[3:]:
            for line in problems(catalog, json.load(open(name, encoding='utf-8'))):
                print(f'{name}: {line}')
                failed = True
        return 1 if failed else 0
    sys.exit(__doc__)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
