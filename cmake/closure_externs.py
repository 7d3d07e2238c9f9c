#!/usr/bin/env python3
"""Closure Compiler externs that keep every name the page's own code shares.

The web build runs Emscripten's glue through Closure's advanced mode, which
renames properties. A name used on both sides of a boundary Closure cannot see
(the page's scripts in web/, JSON the code parses, objects handed to or from
the browser) must keep its spelling. Rather than a list to keep up by hand,
every property name written after a '.' or as an object literal's key in the
given sources (the EM_JS bodies and web/*.js) is declared here, so only
Emscripten's own runtime is renamed.

    closure_externs.py OUT SOURCE...
"""
import re
import sys

_PROPERTY = re.compile(r'\.\s*([A-Za-z_$][\w$]*)')
# A key of an object literal ({seal: {OK: 0}}): the page's scripts read it by name.
_KEY = re.compile(r'[{,]\s*([A-Za-z_$][\w$]*)\s*:')
# Browser globals the page's code reads that Closure's default externs lack.
_GLOBALS = ['localStorage']


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    names = set()
    for source in argv[2:]:
        with open(source, encoding='utf-8') as f:
            text = f.read()
            names.update(_PROPERTY.findall(text))
            names.update(_KEY.findall(text))
    lines = ['/** @externs */', '// Made by cmake/closure_externs.py.']
    lines += [f'var {g};' for g in _GLOBALS]
    lines.append('var cloudgapSharedNames = {};')
    lines += [f'cloudgapSharedNames.{n};' for n in sorted(names)]
    with open(argv[1], 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main(sys.argv)
