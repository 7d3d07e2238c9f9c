#!/usr/bin/env python3
"""The app's own words: every message the code marks, and each language's file.

Code marks a message by passing its English as a string literal to Tr(...)
(core/i18n/message_catalog.h); a language's file is
src/core/i18n/messages/<language>.json. This finds the marked messages in src/
(tests excluded) and checks each language's file against them: every message
translated, no translation of a message the code no longer has. Whether each
translation is well formed and keeps its English's arguments is checked by
LoadMessageCatalog (its tests load every shipped file).

    messages.py list ROOT               the marked messages, one JSON string per line
    messages.py check ROOT              exits 1 with the problems
    messages.py missing ROOT LANGUAGE   a JSON object of the untranslated messages
    messages.py merge ROOT LANGUAGE FILE
                                        adds FILE's {"<English>": "<words>"} to the
                                        language's file, sorted; refuses (exit 1, nothing
                                        written) a message it already translates otherwise
"""
import fcntl
import json
import re
import sys
from pathlib import Path

FORMAT = 'cloudgap-messages/1'
LANGUAGES = ['de', 'fr']
# Tr( then one or more adjacent string literals, the whole first argument.
_MARK = re.compile(r'\bTr\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)[,)]')
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# Where a language's typography wants a no-break space, so that no line starts
# with the mark: French before : ; ? ! % and inside guillemets, German before %.
_BREAKABLE = {'fr': re.compile(r' [:;?!%»]|« '), 'de': re.compile(r' %')}
_NONE = re.compile(r'(?!)')
_ESCAPE = re.compile(rb'\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|.)')


def _unescape(body):
    simple = {b'n': b'\n', b't': b'\t', b'"': b'"', b'\\': b'\\', b"'": b"'", b'?': b'?'}

    def one(m):
        code = m.group(1)
        if code[:1] == b'x':
            return bytes([int(code[1:], 16)])
        if code[:1].isdigit():
            return bytes([int(code, 8)])
        return simple.get(code, b'\\' + code)

    return _ESCAPE.sub(one, body.encode('utf-8')).decode('utf-8')


def marked(root):
    """{message: [file:line, ...]} for every Tr("...") in src/, tests excluded."""
    found = {}
    for path in sorted(Path(root, 'src').rglob('*')):
        if path.suffix not in ('.cc', '.h') or path.name.endswith('_test.cc'):
            continue
        text = path.read_text(encoding='utf-8')
        for m in _MARK.finditer(text):
            message = ''.join(_unescape(b) for b in _LITERAL.findall(m.group(1)))
            line = text.count('\n', 0, m.start()) + 1
            found.setdefault(message, []).append(f'{path.relative_to(root)}:{line}')
    return found


def problems(root):
    wanted = marked(root)
    out = []
    for language in LANGUAGES:
        name = Path(root, 'src/core/i18n/messages', language + '.json')
        try:
            doc = json.loads(name.read_text(encoding='utf-8'))
        except (OSError, ValueError) as e:
            out.append(f'{name}: cannot be read: {e}')
            continue
        if doc.get('format') != FORMAT or doc.get('language') != language:
            out.append(f'{name}: not the {language} messages of format {FORMAT}')
        have = doc.get('messages', {})
        for message, places in wanted.items():
            if message not in have:
                out.append(f'{name}: no translation of {json.dumps(message)} ({places[0]})')
        for message in have:
            if message not in wanted:
                out.append(f'{name}: {json.dumps(message)} is no message of the code')
        for message, words in have.items():
            if isinstance(words, str) and _BREAKABLE.get(language, _NONE).search(words):
                out.append(f'{name}: {json.dumps(message)}: a plain space where the line must '
                           'not break (U+00A0)')
    return out


def merge(root, language, part_path):
    """Adds the messages of part_path to the language's file; returns the problems."""
    name = Path(root, 'src/core/i18n/messages', language + '.json')
    part = json.loads(Path(part_path).read_text(encoding='utf-8'))
    # Translators working side by side merge one at a time.
    with open(name, 'r+', encoding='utf-8') as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        doc = json.loads(f.read())
        have = doc['messages']
        clashes = [m for m, w in part.items() if m in have and have[m] != w]
        if clashes:
            return [f'{name}: already translates {json.dumps(m, ensure_ascii=False)} as '
                    f'{json.dumps(have[m], ensure_ascii=False)}' for m in clashes]
        have.update(part)
        doc['messages'] = dict(sorted(have.items()))
        f.seek(0)
        f.truncate()
        f.write(json.dumps(doc, ensure_ascii=False, indent=1) + '\n')
    return []


def main(argv):
    if len(argv) == 3 and argv[1] == 'list':
        for message in marked(argv[2]):
            print(json.dumps(message, ensure_ascii=False))
        return 0
    if len(argv) == 3 and argv[1] == 'check':
        found = problems(argv[2])
        for line in found:
            print(line)
        print(f'{len(marked(argv[2]))} messages, {len(LANGUAGES)} languages: '
              f'{len(found)} problems')
        return 1 if found else 0
    if len(argv) == 4 and argv[1] == 'missing':
        name = Path(argv[2], 'src/core/i18n/messages', argv[3] + '.json')
        have = json.loads(name.read_text(encoding='utf-8')).get('messages', {})
        missing = {m: '' for m in marked(argv[2]) if m not in have}
        json.dump(missing, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if len(argv) == 5 and argv[1] == 'merge':
        found = merge(argv[2], argv[3], argv[4])
        for line in found:
            print(line)
        return 1 if found else 0
    sys.exit(__doc__)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
