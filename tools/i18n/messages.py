#!/usr/bin/env python3
"""The app's own words: every message the code marks, and each language's files.

Code marks a message by passing its English as a string literal to Tr(...)
(core/i18n/message_catalog.h), or to TrLater(...) (core/text/message_format.h)
where a table keeps the English and the code translates it where it prints
it. The messages are in two domains, each with a file per language:

    core   src/core/i18n/messages/<language>.json   every message marked in src/
                                                    but under src/cli: the app's,
                                                    the reports' (the web page
                                                    loads these files)
    cli    src/cli/messages/<language>.json         the messages marked under
                                                    src/cli: the command line's
                                                    own, which no browser needs

A message marked in both places is in both files: each domain's file is whole
on its own, as the CLI loads it. This finds the marked messages in src/ (tests
excluded) and checks each domain's files against them: every message
translated, no translation of a message the domain no longer has. Whether each
translation is well formed and keeps its English's arguments is checked by
LoadMessageCatalog (its tests load every shipped file).

    messages.py list ROOT               the marked messages, one JSON string per line
    messages.py check ROOT              both domains; exits 1 with the problems
    messages.py missing ROOT LANGUAGE   a JSON object of the untranslated messages,
                                        of both domains
    messages.py merge ROOT LANGUAGE FILE
                                        adds FILE's {"<English>": "<words>"} to the
                                        language's files, sorted: each message to the
                                        file of every domain that marks it (a message
                                        no code marks yet to core's); refuses (exit 1,
                                        nothing written) a message a file already
                                        translates otherwise
"""
import fcntl
import json
import re
import sys
from contextlib import ExitStack
from pathlib import Path

FORMAT = 'cloudgap-messages/1'
LANGUAGES = ['de', 'fr']
# Each domain: where its messages are marked (a folder under the root; None:
# everywhere the others are not) and the folder of its files.
DOMAINS = {'core': (None, 'src/core/i18n/messages'), 'cli': ('src/cli', 'src/cli/messages')}
# Tr( or TrLater( then one or more adjacent string literals, the whole first argument.
_MARK = re.compile(r'\bTr(?:Later)?\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)[,)]')
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
            found.setdefault(message, []).append(f'{path.relative_to(root).as_posix()}:{line}')
    return found


def _domain_of(place):
    for domain, (folder, _) in DOMAINS.items():
        if folder and place.startswith(folder + '/'):
            return domain
    return next(d for d, (folder, _) in DOMAINS.items() if folder is None)


def marked_by_domain(root):
    """{domain: {message: [file:line, ...]}}: where each message is marked."""
    out = {domain: {} for domain in DOMAINS}
    for message, places in marked(root).items():
        for place in places:
            out[_domain_of(place)].setdefault(message, []).append(place)
    return out


def file_of(root, domain, language):
    return Path(root, DOMAINS[domain][1], language + '.json')


def problems(root):
    out = []
    for domain, wanted in marked_by_domain(root).items():
        for language in LANGUAGES:
            name = file_of(root, domain, language)
            if not wanted and not name.exists():
                continue
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
                    out.append(f'{name}: {json.dumps(message)} is no message of the {domain} '
                               'domain\'s code')
            for message, words in have.items():
                if isinstance(words, str) and _BREAKABLE.get(language, _NONE).search(words):
                    out.append(f'{name}: {json.dumps(message)}: a plain space where the line '
                               'must not break (U+00A0)')
    return out


def missing(root, language):
    """{message: ''} for each marked message a domain's file does not translate."""
    out = {}
    for domain, wanted in marked_by_domain(root).items():
        name = file_of(root, domain, language)
        have = json.loads(name.read_text(encoding='utf-8')).get('messages', {}) \
            if name.exists() else {}
        out.update({m: '' for m in wanted if m not in have})
    return out


def merge(root, language, part_path):
    """Adds the messages of part_path to the language's files; returns the problems."""
    part = json.loads(Path(part_path).read_text(encoding='utf-8'))
    by_domain = marked_by_domain(root)
    unmarked = next(d for d, (folder, _) in DOMAINS.items() if folder is None)
    parts = {domain: {} for domain in DOMAINS}
    for message, words in part.items():
        domains = [d for d in DOMAINS if message in by_domain[d]] or [unmarked]
        for domain in domains:
            parts[domain][message] = words
    # Translators working side by side merge one at a time; each file is locked,
    # always in the same order, until all are written or none is.
    with ExitStack() as stack:
        files = {}
        for domain in DOMAINS:
            if not parts[domain]:
                continue
            f = stack.enter_context(open(file_of(root, domain, language), 'r+', encoding='utf-8'))
            fcntl.flock(f, fcntl.LOCK_EX)
            files[domain] = (f, json.loads(f.read()))
        clashes = []
        for domain, (f, doc) in files.items():
            have = doc['messages']
            clashes += [f'{f.name}: already translates {json.dumps(m, ensure_ascii=False)} as '
                        f'{json.dumps(have[m], ensure_ascii=False)}'
                        for m, w in parts[domain].items() if m in have and have[m] != w]
        if clashes:
            return clashes
        for domain, (f, doc) in files.items():
            have = doc['messages']
            have.update(parts[domain])
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
        print(f'{len(marked(argv[2]))} messages, {len(DOMAINS)} domains, {len(LANGUAGES)} '
              f'languages: {len(found)} problems')
        return 1 if found else 0
    if len(argv) == 4 and argv[1] == 'missing':
        json.dump(missing(argv[2], argv[3]), sys.stdout, ensure_ascii=False, indent=1)
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
