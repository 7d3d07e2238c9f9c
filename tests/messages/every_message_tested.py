#!/usr/bin/env python3
"""Every message a validator can give is produced by some test (issue 19, item 3).

Finds each error a validator reports (the calls listed in REPORTERS, in the files
of VALIDATORS), takes the longest piece of literal text of its message, and
looks for that text in the core's tests (src/core/*/*_test.cc) and the CLI's
(src/cli/). A message no test names is a rule no test checks: this exits 1 and
lists them with file:line. Python 3 standard library only.

Usage: every_message_tested.py REPO_ROOT
"""
import re
import sys
from pathlib import Path

VALIDATORS = ["src/core/document/document_json_parse.cc", "src/core/catalog/catalog_loader.cc",
              "src/core/json/json_reader.cc", "src/core/catalog/catalog_lint.cc",
              "src/core/document/branding.cc", "src/core/document/share_link.cc",
              "src/core/document/catalog_upgrade.cc", "src/core/catalog/catalog_text.cc", "src/core/catalog/catalog_translation.cc", "src/core/i18n/message_catalog.cc",
              "src/core/sealed/public_key.cc", "src/core/sealed/sealed_carrier.cc"]
REPORTERS = re.compile(r"\b(?:Error|errors_\.Add|errors\.Add|errors\.push_back|findings\.push_back|warnings\.push_back|Fail|fail)\s*\(")
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
# A message marked for translation, words.Tr("...", {{"name", value}}): only its
# first argument is the message (the names of its arguments are not), and a
# placeholder ({value}) stands for text the test writes out.
MARKED = re.compile(r'\bTr\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)')
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")
MIN_CHARS = 8  # Shorter pieces (", not ") say nothing about which rule fired.
ADJACENT = re.compile(r'"\s*\n\s*"')  # "one " "literal" split over lines is one literal.


def call_text(text, open_paren):
    depth, i = 0, open_paren
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while i < len(text) and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[open_paren + 1:i]
        i += 1
    return text[open_paren + 1:]


def messages(path):
    text = path.read_text(encoding="utf-8")
    for m in REPORTERS.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        call = ADJACENT.sub("", call_text(text, m.end() - 1))
        marked = MARKED.search(call)
        pieces = LITERAL.findall(marked.group(1) if marked else call)  # As written: tests spell \" the same way.
        pieces = [piece for p in pieces for piece in PLACEHOLDER.split(p)]
        pieces = [p.strip(" '(:") for p in pieces]
        pieces = [p for p in pieces if len(p) >= MIN_CHARS]
        if pieces:
            yield line, max(pieces, key=len)


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    files = sorted(root.glob("src/core/*/*_test.cc")) + sorted(p for p in root.glob("src/cli/*")
                                                              if p.is_file())
    tests = ADJACENT.sub("", "".join(p.read_text(encoding="utf-8") for p in files))
    untested, total = [], 0
    for rel in VALIDATORS:
        for line, piece in messages(root / rel):
            total += 1
            if piece not in tests:
                untested.append(f"{rel}:{line}: no test names \"{piece}\"")
    for u in untested:
        print(u)
    print(f"{total - len(untested)} of {total} validator messages are produced by a test")
    return 1 if untested else 0


if __name__ == "__main__":
    sys.exit(main())
