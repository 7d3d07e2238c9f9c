#!/usr/bin/env python3
"""The languages the web app offers, as files of the site and a table for the app.

For each language with a message catalog (src/core/i18n/messages/<language>.json)
and a catalog translation (catalog/translations/<language>.json), writes into
OUT_DIR two files named after their content, so that a host may cache them for
ever and a new build never meets an old file:

    messages.<language>.<sha12>.json   the app's words, the message catalog as it is
    catalog.<language>.<sha12>.json    the catalog's words, in the form of the English
                                       text file (core/catalog/catalog_text.h)

and CC_FILE, the table ui/languages.h declares (English first: the words of the
code itself and the catalog's own text file). The catalog's words name what the
English text file names, and the texts the structure keeps (titles, the quick
scan), so the page reads every language with the loader it has for English.
The site copies OUT_DIR (web/tools/site.mjs); a first visit downloads none of it.

    site_languages.py ROOT ENGLISH_TEXT_FILE OUT_DIR CC_FILE
"""
import hashlib
import json
import sys
from pathlib import Path

# Each language's own name, as its speakers write it in a language menu.
ENDONYMS = {'de': 'Deutsch', 'fr': 'Français'}


def compact(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(',', ':')).encode('utf-8')


def write_named(out_dir, stem, data):
    name = f'{stem}.{hashlib.sha256(data).hexdigest()[:12]}.json'
    (out_dir / name).write_bytes(data)
    return name


def text_pointer(pointer, english_texts):
    """Where the English file puts the words `pointer` translates: an evidence
    entry written with its roles has them at ".../text"."""
    if pointer not in english_texts and pointer + '/text' in english_texts:
        return pointer + '/text'
    return pointer


def c_string(text):
    return json.dumps(text, ensure_ascii=False)  # Valid C++ for these names.


def main(argv):
    if len(argv) != 5:
        sys.exit(__doc__)
    root, out_dir, cc_file = Path(argv[1]), Path(argv[3]), Path(argv[4])
    english = json.loads(Path(argv[2]).read_text('utf-8'))
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob('*.json'):
        old.unlink()
    rows = ['  {"en", "English", "", ""},']
    for language, endonym in ENDONYMS.items():
        messages = json.loads((root / 'src/core/i18n/messages' / f'{language}.json').read_text('utf-8'))
        translation = json.loads((root / 'catalog/translations' / f'{language}.json').read_text('utf-8'))
        words = {'format': english['format'], 'catalog': english['catalog'],
                 'texts': {text_pointer(p, english['texts']): e['text']
                           for p, e in translation['texts'].items()}}
        messages_file = write_named(out_dir, f'messages.{language}', compact(messages))
        catalog_file = write_named(out_dir, f'catalog.{language}', compact(words))
        rows.append(f'  {{{c_string(language)}, {c_string(endonym)}, {c_string(messages_file)}, '
                    f'{c_string(catalog_file)}}},')
    cc_file.write_text(
        '// Made by tools/i18n/site_languages.py: the languages of this build.\n'
        '#include "ui/languages.h"\n\n'
        'namespace cloudgap::ui {\n\n'
        'const UiLanguage kUiLanguages[] = {\n' + '\n'.join(rows) + '\n};\n'
        'const size_t kUiLanguageCount = sizeof kUiLanguages / sizeof kUiLanguages[0];\n\n'
        '}  // namespace cloudgap::ui\n', encoding='utf-8')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
