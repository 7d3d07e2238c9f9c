#!/usr/bin/python3
"""Writes the hostile input corpus (tests/hostile/<door>/...) and its manifest.

    tests/hostile/make_corpus.py        # from the repository root or anywhere

The corpus is committed; this script is how it was made and how to change it.
Each entry of manifest.json names its door, its input (a file here, or a
generator for the two that are too big to commit: "deep:N" nests N lists,
"big:N" is N bytes of valid JSON) and the class of message it must produce
(core/text/input_problem.h for documents, config.json and catalogs; the share link's
errors; "rebuilt" for a damaged list of saved assessments). "core" is the class
the native core alone reaches when the browser decides the rest (it cannot
inflate or decrypt a share link): "envelope-ok". "browser" is true for the
entries the browser tests (tests/e2e/hostile.test.mjs) also run.
"""

import base64
import copy
import json
import os
import re
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, 'document', 'ok-full.json')  # `cloudgap template --mode full --answer-all partly`.
MINIMAL_CATALOG = os.path.join(HERE, '..', 'catalog', 'minimal.json')

# Script and formula payloads, each one that some reader of some format would act on.
PAYLOADS = [
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>",
    '=HYPERLINK("http://evil.example","x")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1)', '\t=1',
    'javascript:alert(1)', '[x](javascript:alert(1))', '| a | b |', '\n# heading', ']]>',
    '{{constructor.constructor("alert(1)")()}}', '${7*7}', '\u202eevil\u202d', '</textarea><b>x',
]

entries = []


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def add(door, name, data, cls, browser=False, **extra):
    path = f'{door}/{name}'
    write(path, data)
    entries.append({'door': door, 'file': path, 'class': cls, 'browser': browser, **extra})


def gen(door, generator, cls, browser=False, **extra):
    entries.append({'door': door, 'generate': generator, 'class': cls, 'browser': browser, **extra})


def dump(doc):
    return json.dumps(doc, indent=2, ensure_ascii=False)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def link(doc_bytes, kind='s'):
    return f'{kind}=v1.{len(doc_bytes)}.{b64(doc_bytes)}'


with open(BASE, encoding='utf-8') as f:
    base_text = f.read()
base = json.loads(base_text)
quick = copy.deepcopy(base)
quick['profile']['mode'] = 'quick'
quick['answers'] = {k: v for k, v in base['answers'].items() if re.search(r'-quick(-[a-z]+)*$', k)}
controls = sorted({re.sub(r'-(q[0-9]+|quick(-[a-z]+)*)$', '', k) for k in base['answers']})


def with_(**changes):
    doc = copy.deepcopy(base)
    for path, value in changes.items():
        node = doc
        keys = path.split('__')
        for k in keys[:-1]:
            node = node[k]
        if value is None:
            del node[keys[-1]]
        else:
            node[keys[-1]] = value
    return doc


def hostile_document():
    doc = copy.deepcopy(base)
    doc['profile']['organisation'] = ' '.join(PAYLOADS[:3])
    first_q = next(k for k in doc['answers'] if k.startswith(controls[1]))
    doc['answers'][first_q] = 'na'
    doc['na_justifications'] = {first_q: PAYLOADS[3]}
    doc['controls'] = {}
    for i, c in enumerate(controls):
        p = PAYLOADS[i % len(PAYLOADS)]
        record = {'notes': p, 'owner': PAYLOADS[(i + 1) % len(PAYLOADS)],
                  'evidence': [{'text': p, 'link': PAYLOADS[(i + 2) % len(PAYLOADS)]},
                               {'text': 'x', 'link': 'javascript:alert(1)'}]}
        if i == 0:
            record = {'not_applicable': True, 'justification': p}
        doc['controls'][c] = record
    return doc


hostile = hostile_document()

# --- document: a file opened with "Open a file" or dropped on the page. ---
D = 'document'
add(D, 'ok-full.json', base_text, 'ok', browser=True)
# Made with catalog 1.0.0 (`cloudgap template --mode full --role both --answer-all partly` of
# that version): opens with the answers to retired questions dropped (core/document/catalog_upgrade.h).
with open(os.path.join(HERE, '..', 'catalog', 'assessment-catalog-1.0.json'), encoding='utf-8') as f:
    add(D, 'catalog-1.0.json', f.read(), 'ok', browser=True)
add(D, 'bom.json', b'\xef\xbb\xbf' + dump(quick).encode(), 'ok', browser=True)
add(D, 'script-payloads.json', dump(hostile), 'ok-but-inert', browser=True)
add(D, 'empty.json', b'', 'not-json', browser=True)
add(D, 'whitespace.json', ' \n\t\r\n', 'not-json')
add(D, 'truncated.json', base_text[: len(base_text) // 2], 'not-json', browser=True)
add(D, 'csv.json', 'id,title\n5.1.1,Policies\n', 'not-json')
add(D, 'nul-byte.json', b'{"format": "cloudgap-assessment/1"\x00}', 'not-json')
add(D, 'nan.json', base_text.replace('"target_maturity": 3', '"target_maturity": NaN'), 'not-json')
add(D, 'infinity.json', base_text.replace('"target_maturity": 3', '"target_maturity": Infinity'), 'not-json')
add(D, 'number-overflow.json', base_text.replace('"capacity_days_per_month": 10',
                                                 '"capacity_days_per_month": 1e999'), 'not-json')
add(D, 'trailing-garbage.json', base_text + '\n{}', 'not-json')
add(D, 'bad-utf8.json', base_text.encode().replace(b'"organisation": ""', b'"organisation": "Caf\xe9"'),
    'bad-utf8', browser=True)
add(D, 'overlong-utf8.json', base_text.encode().replace(b'"organisation": ""',
                                                        b'"organisation": "\xc0\xaf"'), 'bad-utf8')
add(D, 'surrogate-utf8.json', base_text.encode().replace(b'"organisation": ""',
                                                         b'"organisation": "\xed\xa0\x80"'), 'bad-utf8')
add(D, 'utf16.json', b'\xff\xfe' + dump(quick).encode('utf-16-le'), 'bad-utf8')
add(D, 'duplicate-key.json', base_text.replace('"format": "cloudgap-assessment/1",',
                                               '"format": "cloudgap-assessment/1",\n  "format": "cloudgap-assessment/0",'),
    'duplicate-key', browser=True)
add(D, 'duplicate-answer.json', base_text.replace('"10.1.1-q1": "partly",',
                                                  '"10.1.1-q1": "partly",\n    "10.1.1-q1": "yes",'),
    'duplicate-key')
add(D, 'array.json', '[]', 'wrong-type')
add(D, 'string.json', '"cloudgap-assessment/1"', 'wrong-type')
add(D, 'wrong-type-profile.json', dump(with_(profile='csc')), 'wrong-type', browser=True)
add(D, 'wrong-type-answer.json', base_text.replace('"10.1.1-q1": "partly"', '"10.1.1-q1": 5'),
    'wrong-type')
add(D, 'wrong-type-notes.json', dump(with_(controls={controls[0]: {'notes': ['a', 'b']}})), 'wrong-type')
add(D, 'decimal-maturity.json', dump(with_(controls={controls[0]: {'maturity': 2.5}})), 'wrong-type')
add(D, 'out-of-range.json', dump(with_(profile__target_maturity=99)), 'out-of-range', browser=True)
add(D, 'negative.json', dump(with_(controls={controls[0]: {'maturity': -1}})), 'out-of-range')
add(D, 'huge-integer.json', base_text.replace('"capacity_days_per_month": 10',
                                              '"capacity_days_per_month": 18446744073709551615'),
    'out-of-range')
add(D, 'unknown-field.json', dump(with_(comment='added by hand')), 'unknown-field')
add(D, 'missing-field.json', dump(with_(profile=None)), 'missing-field')
add(D, 'unknown-question.json', dump(with_(answers={'99.9.9-q1': 'yes'})), 'unknown-id')
add(D, 'unknown-control.json', dump(with_(controls={'99.9.9': {'notes': 'x'}})), 'unknown-id',
    browser=True)
add(D, 'bad-answer.json', dump(with_(answers={'10.1.1-q1': 'maybe'})), 'bad-value')
add(D, 'na-without-justification.json', dump(with_(answers={'10.1.1-q1': 'na'})), 'bad-value')
add(D, 'future-format.json', dump(with_(format='cloudgap-assessment/9')), 'unknown-version',
    browser=True)
add(D, 'other-format.json', dump(with_(format='acme-audit/2')), 'not-an-assessment')
add(D, 'report.json', dump({'report': 'cloudgap-report/1', 'overall': {}}), 'not-an-assessment')
add(D, 'oscal.json', dump({'assessment-results': {'uuid': 'x', 'metadata': {}}}), 'not-an-assessment')
add(D, 'other-catalog.json', dump(with_(catalog__id='nist-800-53')), 'unknown-catalog')
add(D, 'future-catalog.json', dump(with_(catalog__version='9.0.0')), 'unknown-catalog')
add(D, 'long-note.json', dump(with_(controls={controls[0]: {'notes': 'n' * 30000}})), 'too-long',
    browser=True)
add(D, 'many-evidence.json', dump(with_(controls={controls[0]: {
    'evidence': [{'text': f'item {i}'} for i in range(150)]}})), 'too-many')
add(D, 'v0-unknown-field.json', dump(with_(format='cloudgap-assessment/0',
                                           answers={'10.1.1-q1': {'answer': 'yes', 'extra': 1}})),
    'unknown-field')
gen(D, 'deep:100000', 'too-deep', browser=True)
gen(D, 'big:52428800', 'too-large', browser=True)

# --- share: the fragment of a share link (after '#'). ---
S = 'share'
compact = lambda doc: json.dumps(doc, separators=(',', ':'), ensure_ascii=False).encode()
add(S, 'empty.txt', 's=', 'incomplete')
add(S, 'cut-header.txt', 's=v1.12', 'incomplete')
plain = zlib.compress(compact(quick))
add(S, 'cut-data.txt', link(plain)[:-30], 'incomplete', browser=True)
add(S, 'bad-base64.txt', 's=v1.3.A*A$', 'damaged')
add(S, 'wrong-length.txt', f's=v1.{len(plain) - 3}.{b64(plain)}', 'damaged')
add(S, 'newer.txt', 's=v2.3.AAAA', 'unknown-version', browser=True)
add(S, 'encrypted-too-short.txt', link(b'\x01' * 20, 'e'), 'damaged')
sealed = bytes(range(16)) + bytes(range(12)) + bytes((7 * i) & 0xFF for i in range(len(plain) + 16))
add(S, 'altered-ciphertext.txt', link(sealed, 'e'), 'bad-ciphertext', core='envelope-ok', browser=True)
altered = bytearray(plain)
altered[len(altered) // 2] ^= 0x55
add(S, 'altered-data.txt', link(bytes(altered)), 'damaged', core='envelope-ok', browser=True)
add(S, 'future-format.txt', link(zlib.compress(compact(with_(format='cloudgap-assessment/9')))),
    'unknown-version', core='envelope-ok', browser=True)
add(S, 'script-payloads.txt', link(zlib.compress(compact(hostile))), 'ok-but-inert',
    core='envelope-ok', browser=True)
add(S, 'not-json.txt', link(zlib.compress(b'<html>not json</html>')), 'not-json', core='envelope-ok')
add(S, 'duplicate-key.txt', link(zlib.compress(b'{"format":"a","format":"b"}')), 'duplicate-key',
    core='envelope-ok')
# 6 MB of spaces deflate to a few kilobytes: the page stops inflating at the document limit.
add(S, 'deflate-bomb.txt', link(zlib.compress(b' ' * (6 * 1024 * 1024), 9)), 'too-large',
    core='envelope-ok', browser=True)
gen(S, 'big:52428800', 'too-large')

# --- config: config.json beside index.html (white-label). Never fails: defaults and warnings. ---
C = 'config'
add(C, 'script-name.json', dump({'product_name': '<script>alert(1)</script>',
                                 'cta': {'label': '=HYPERLINK("x")', 'url': 'https://example.com/'}}),
    'ok-but-inert', browser=True)
add(C, 'bom.json', b'\xef\xbb\xbf' + dump({'product_name': 'Acme'}).encode(), 'ok')
add(C, 'empty.json', '', 'not-json', browser=True)
add(C, 'html.json', '<!doctype html><title>404</title>', 'not-json')
add(C, 'nan.json', '{"accent_color": NaN}', 'not-json')
add(C, 'bad-utf8.json', b'{"product_name": "Acme \xff"}', 'bad-utf8')
add(C, 'duplicate-key.json', '{"product_name": "A", "product_name": "B"}', 'duplicate-key', browser=True)
add(C, 'array.json', '["product_name", "Acme"]', 'wrong-type')
add(C, 'wrong-types.json', dump({'product_name': 5, 'accent_color': 123, 'ask_organisation': 'yes'}),
    'field-defaults', browser=True)
add(C, 'javascript-cta.json', dump({'cta': {'label': 'Go', 'url': 'javascript:alert(1)'},
                                    'logo': 'https://evil.example/x.svg'}), 'field-defaults', browser=True)
add(C, 'unknown-fields.json', dump({'product_nmae': 'Acme', 'theme': {'x': 1}}), 'field-defaults')
add(C, 'long-name.json', dump({'product_name': 'x' * 41}), 'field-defaults')
gen(C, 'deep:30000', 'too-deep', browser=True)  # 60 kB: under the size limit.
gen(C, 'big:52428800', 'too-large')

# --- catalog: a control catalog (cloudgap catalog check; the embedded one). ---
K = 'catalog'
with open(MINIMAL_CATALOG, encoding='utf-8') as f:
    catalog_text = f.read()
add(K, 'minimal.json', catalog_text, 'ok')
add(K, 'bom.json', b'\xef\xbb\xbf' + catalog_text.encode(), 'ok')
add(K, 'empty.json', '', 'not-json')
add(K, 'truncated.json', catalog_text[:1000], 'not-json')
add(K, 'bad-utf8.json', catalog_text.encode().replace(b'"title": "', b'"title": "\xfe', 1), 'bad-utf8')
add(K, 'duplicate-key.json', catalog_text.replace('"format": "cloudgap-catalog/2",',
                                                  '"format": "cloudgap-catalog/2", "format": "x",', 1),
    'duplicate-key')
cat = json.loads(catalog_text)
cat['controls'][0]['title'] = PAYLOADS[0]
cat['controls'][0]['titel'] = 'typo'
add(K, 'unknown-field.json', dump(cat), 'bad-value')
cat = json.loads(catalog_text)
cat['version'] = 12
add(K, 'wrong-type.json', dump(cat), 'bad-value')
gen(K, 'deep:100000', 'too-deep')
gen(K, 'big:52428800', 'too-large')

# --- storage: what the browser kept (localStorage), read at start. key "doc": the saved
# document of the assessment reopened at start; "index": the list of saved assessments. ---
T = 'storage'
add(T, 'doc-truncated.json', compact(base)[:300], 'not-json', key='doc', browser=True)
add(T, 'doc-future-format.json', compact(with_(format='cloudgap-assessment/9')), 'unknown-version',
    key='doc', browser=True)
add(T, 'doc-unknown-control.json', compact(with_(controls={'99.9.9': {'notes': 'x'}})), 'unknown-id',
    key='doc')
add(T, 'doc-script-payloads.json', compact(hostile), 'ok-but-inert', key='doc', browser=True)
add(T, 'doc-wrong-type.json', 'null', 'wrong-type', key='doc', browser=True)
add(T, 'doc-duplicate-key.json', b'{"format":"cloudgap-assessment/1","format":"x"}', 'duplicate-key',
    key='doc')
add(T, 'doc-bad-utf8.json', compact(base).replace(b'"organisation":""', b'"organisation":"\xed\xa0\x80"'),
    'bad-utf8', key='doc')
gen(T, 'deep:100000', 'too-deep', key='doc', browser=True)
gen(T, 'big:52428800', 'too-large', key='doc')
add(T, 'index-not-json.json', '{"format": "cloudgap-library/1", "entries": [', 'rebuilt', key='index',
    browser=True)
add(T, 'index-wrong-type.json', '{"format": "cloudgap-library/1", "entries": {"a1": {}}}', 'rebuilt',
    key='index')
add(T, 'index-duplicate-key.json', '{"format": "cloudgap-library/1", "entries": [], "entries": []}',
    'rebuilt', key='index')
gen(T, 'deep:100000', 'rebuilt', key='index', browser=True)

manifest = {
    'about': 'Hostile and broken inputs for every door into CloudGap; written by make_corpus.py. '
             'See the script for what each field means.',
    'entries': entries,
}
with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
    json.dump(manifest, f, indent=1)
    f.write('\n')
doors = {}
for e in entries:
    doors[e['door']] = doors.get(e['door'], 0) + 1
print(f'{len(entries)} entries:', ', '.join(f'{d} {n}' for d, n in doors.items()))
