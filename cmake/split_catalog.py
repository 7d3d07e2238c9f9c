#!/usr/bin/env python3
"""Splits the minified catalog into its structure and its text (catalog/README.md).

A first visit to the web app needs the catalog's structure (ids, roles, weights,
efforts, dependencies) but none of its words, which are most of its bytes. The
structure is embedded in the app; the words are a file of the site, downloaded
when the app first needs them, as another language's words are.

    split_catalog.py MIN_JSON STRUCTURE_OUT TEXT_OUT

STRUCTURE_OUT is the catalog with each text below replaced by the placeholder and
a "text_elsewhere" member naming the text file and the SHA-256 of MIN_JSON, the
identity every assessment records. TEXT_OUT maps the JSON pointer of each text to
its words. The text file's name carries the start of that SHA-256, so a host may
cache it for ever. Keys keep their order: the output is deterministic.
"""
import hashlib
import json
import sys

PLACEHOLDER = '\u2026'  # What the structure holds until the text is in; never a real text.
TEXT_FORMAT = 'cloudgap-catalog-text/1'

# Every text a person reads, as patterns over the catalog ('*' is any index; an
# evidence entry is a text or an object with text and roles). The structure
# keeps none of them: the English words are a file like any language's
# (tools/i18n/catalog_texts.py checks the translations against this list).
TEXTS = [
    'title',
    'answer_scale/*/label', 'answer_scale/*/description',
    'maturity_scale/*/label', 'maturity_scale/*/description',
    'clauses/*/title', 'clauses/*/summary',
    'controls/*/title', 'controls/*/objective', 'controls/*/csc', 'controls/*/csp',
    'controls/*/iso27002_2022/*/title', 'controls/*/risk/rationale', 'controls/*/maturity/*',
    'controls/*/evidence/*', 'controls/*/evidence/*/text', 'controls/*/actions/*/text',
    'controls/*/questions/*/text', 'controls/*/questions/*/inherited_text',
    'controls/*/quick_questions/*/text', 'controls/*/quick_questions/*/inherited_text',
    'management_steps/*/title', 'management_steps/*/summary', 'management_steps/*/evidence/*',
    'management_steps/*/actions/*', 'management_steps/*/cloud_extension/summary',
    'management_steps/*/cloud_extension/actions/*',
]


def escape(token):
    return str(token).replace('~', '~0').replace('/', '~1')


def strings_at(node, path, pointer):
    """Every non-blank string at `path` below `node` (whose pointer is
    `pointer`), as (parent, key, its pointer, the string); '*' is any index.
    Also read by tools/i18n/catalog_texts.py."""
    if not path:
        return
    head, rest = path[0], path[1:]
    if head == '*':
        items = list(enumerate(node)) if isinstance(node, list) else []
    elif isinstance(node, dict) and head in node:
        items = [(head, node[head])]
    else:
        items = []
    for key, value in items:
        here = pointer + '/' + escape(key)
        if rest:
            yield from strings_at(value, rest, here)
        elif isinstance(value, str) and value.strip():
            yield node, key, here, value


def take(node, path, pointer, texts):
    """Moves every non-blank string at `path` below `node` into `texts`."""
    for parent, key, here, value in list(strings_at(node, path, pointer)):
        texts[here] = value
        parent[key] = PLACEHOLDER


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    with open(argv[1], 'rb') as f:
        raw = f.read()
    doc = json.loads(raw.decode('utf-8'))
    sha256 = hashlib.sha256(raw).hexdigest()
    texts = {}
    for pattern in TEXTS:
        take(doc, pattern.split('/'), '', texts)
    name = f'catalog-text.{sha256[:12]}.json'
    doc['text_elsewhere'] = {'file': name, 'sha256': sha256}
    text = {'format': TEXT_FORMAT,
            'catalog': {'id': doc.get('id'), 'version': doc.get('version'), 'sha256': sha256},
            'texts': texts}
    for path, value in ((argv[2], doc), (argv[3], text)):
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(value, ensure_ascii=False, separators=(',', ':')))


if __name__ == '__main__':
    main(sys.argv)
