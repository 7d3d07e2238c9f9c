#!/usr/bin/env python3
"""Writes a JSON file without insignificant whitespace, keys and values unchanged.

The built-in catalog is embedded minified: the same content, 28% fewer bytes raw
and 4 KB less gzip on the first visit (BENCHMARKS.md). Key order is kept, so the
result is deterministic for a given input.
    minify_json.py IN OUT
"""
import json
import sys

with open(sys.argv[1], encoding='utf-8') as f:
    doc = json.load(f)
with open(sys.argv[2], 'w', encoding='utf-8', newline='\n') as f:
    f.write(json.dumps(doc, ensure_ascii=False, separators=(',', ':')))
