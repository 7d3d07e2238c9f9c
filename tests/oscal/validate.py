#!/usr/bin/python3
"""Checks CloudGap's OSCAL exports against NIST's OSCAL 1.0.6 JSON schemas.

    validate.py --cloudgap build/native/src/cli/cloudgap --schemas tests/oscal/schema-1.0.6 \
                --examples tests/oscal/examples

It makes assessment documents with `cloudgap template` (all yes, all no, a quick
scan, an empty one, and documents with hostile text in every field the user can
type), exports each with `cloudgap report --format oscal-ar|oscal-poam|oscal-catalog`
and checks every export:

  - valid against the schema of its model, with the schema's regular expressions
    and formats enforced as JSON Schema means them (below);
  - no duplicate JSON keys, every UUID unique, every UUID reference resolving,
    import-ap pointing into the back matter, every control id and finding target
    naming a control or part of the catalog export;
  - the same bytes when exported twice (name-based UUIDs, no clock).

Why not plain `jsonschema`: the OSCAL schemas' patterns are ECMA-262 regular
expressions, and Python's `re` differs: it has no \\p{L} or \\p{N} (the token
pattern fails to compile), its `$` also matches before a final newline, and its
`.`, `\\s`, `\\S` and `\\d` follow other rules. So each pattern is translated into
an equivalent Python expression first (exact Unicode categories from
`unicodedata`). And `jsonschema` checks "format" only when optional packages are
installed (rfc3339-validator, rfc3987), silently skipping it otherwise, so the
four formats the schemas use (date-time, uri, uri-reference, email) are checked
here by RFC 3339 and RFC 3986 grammars. Before trusting any of it, the script
checks that the validator accepts the shared example documents and rejects a
list of known mistakes (empty arrays, v1 UUIDs, ids starting with a digit, ...).

Exit status: 0 all valid, 1 a problem (each printed; missing schemas or examples
are a problem, not a reason to skip), 2 usage.
"""

import argparse
import copy
import functools
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import datetime

import jsonschema

NOW = "2024-05-03T16:42:10Z"
MODELS = {
    "oscal-ar": ("oscal_assessment-results_schema.json", "assessment-results"),
    "oscal-poam": ("oscal_poam_schema.json", "plan-of-action-and-milestones"),
    "oscal-catalog": ("oscal_catalog_schema.json", "catalog"),
}

# The text the hostile documents put into every field a user can type.
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1)",
    "\t=1",
    "\r=1",
    "| col | break",
    "\n# heading",
    "]]>",
    "javascript:alert(1)",
    "x" * 5000 + " " + "long words " * 300,
    "ctl\x01\x02\x08\x0b\x0c\x1b\x7f\x85 end",
    "\u202eevil\u202d \u2066isolate",
    "emoji \U0001F600\U0001F469\u200d\U0001F4BB and accents \u00e9\u00e8\u00fc\u00df",
    "  leading and trailing  \n\n",
    "\u2028line\u2029separators\u00a0\ufeff",
    "[link](javascript:alert(1)) **bold** `code` <b>b</b> &amp; &#x3C;",
]

# ---------------------------------------------------------------------------
# ECMA-262 patterns as Python regular expressions.

ECMA_SPACE = ("\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
ECMA_LINE_TERMINATORS = "\n\r\u2028\u2029"


@functools.lru_cache(maxsize=None)
def category_class(prefix):
    """The code point ranges of every Unicode category starting with `prefix`
    ("L" letters, "N" numbers), as the inside of a Python character class."""
    ranges = []
    start = None
    for cp in range(sys.maxunicode + 2):
        inside = cp <= sys.maxunicode and unicodedata.category(chr(cp)).startswith(prefix)
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            ranges.append((start, cp - 1))
            start = None
    def esc(cp):
        return "\\U%08x" % cp
    return "".join(esc(a) if a == b else esc(a) + "-" + esc(b) for a, b in ranges)


def translate_pattern(pattern):
    """ECMA-262 (no flags) to Python `re`, for what the OSCAL schemas use."""
    out = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            nxt = pattern[i + 1]
            if nxt == "p":
                end = pattern.index("}", i)
                name = pattern[i + 3:end]
                if name not in ("L", "N"):
                    raise ValueError("unsupported \\p{%s} in %r" % (name, pattern))
                body = category_class(name)
                out.append(body if in_class else "[" + body + "]")
                i = end + 1
                continue
            table = {"d": "0-9", "w": "A-Za-z0-9_", "s": ECMA_SPACE}
            if nxt in table:
                out.append(table[nxt] if in_class else "[" + table[nxt] + "]")
            elif nxt in "DWS":
                if in_class:
                    raise ValueError("unsupported \\%s in a class in %r" % (nxt, pattern))
                out.append("[^" + table[nxt.lower()] + "]")
            else:
                out.append(c + nxt)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
        elif c == ".":
            out.append("[^" + ECMA_LINE_TERMINATORS + "]")
        elif c == "$":
            out.append(r"\Z")
        else:
            out.append(c)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=None)
def compiled(pattern):
    return re.compile(translate_pattern(pattern))


def ecma_pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not compiled(pattern).search(instance):
        yield jsonschema.ValidationError("%r does not match %r" % (instance, pattern))


# ---------------------------------------------------------------------------
# Formats: RFC 3339 date-time, RFC 3986 URI and URI reference, e-mail.

def _rfc3986():
    unreserved = r"[A-Za-z0-9\-._~]"
    pct = r"%[0-9A-Fa-f]{2}"
    sub = r"[!$&'()*+,;=]"
    pchar = "(?:%s|%s|%s|[:@])" % (unreserved, pct, sub)
    segment = pchar + "*"
    segment_nz = pchar + "+"
    segment_nz_nc = "(?:%s|%s|%s|@)+" % (unreserved, pct, sub)
    userinfo = "(?:%s|%s|%s|:)*" % (unreserved, pct, sub)
    octet = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    ipv4 = r"\.".join([octet] * 4)
    ip_literal = r"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.(?:%s|%s|:)+)\]" % (unreserved, sub)
    reg_name = "(?:%s|%s|%s)*" % (unreserved, pct, sub)
    authority = "(?:%s@)?(?:%s|%s|%s)(?::[0-9]*)?" % (userinfo, ip_literal, ipv4, reg_name)
    abempty = "(?:/%s)*" % segment
    absolute = "/(?:%s(?:/%s)*)?" % (segment_nz, segment)
    noscheme = "%s(?:/%s)*" % (segment_nz_nc, segment)
    rootless = "%s(?:/%s)*" % (segment_nz, segment)
    query = r"(?:%s|[/?])*" % pchar
    tail = r"(?:\?%s)?(?:#%s)?" % (query, query)
    uri = r"[A-Za-z][A-Za-z0-9+\-.]*:(?://%s%s|%s|%s|)%s" % (authority, abempty, absolute, rootless, tail)
    relative = r"(?://%s%s|%s|%s|)%s" % (authority, abempty, absolute, noscheme, tail)
    return re.compile(uri), re.compile("(?:%s)|(?:%s)" % (uri, relative))


URI, URI_REFERENCE = _rfc3986()
DATE_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def make_format_checker():
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date-time")
    def date_time(value):
        if not isinstance(value, str):
            return True
        m = DATE_TIME.fullmatch(value)
        if not m:
            return False
        year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
        try:
            datetime(year, month, day, hour, minute, min(second, 59))
        except ValueError:
            return False
        return second <= 60

    @checker.checks("uri")
    def uri(value):
        return not isinstance(value, str) or URI.fullmatch(value) is not None

    @checker.checks("uri-reference")
    def uri_reference(value):
        return not isinstance(value, str) or URI_REFERENCE.fullmatch(value) is not None

    @checker.checks("email")
    def email(value):
        return not isinstance(value, str) or re.fullmatch(r"[^@\s]+@[^@\s]+", value) is not None

    return checker


OscalValidator = jsonschema.validators.extend(jsonschema.Draft7Validator, {"pattern": ecma_pattern})


def load_validators(schema_dir):
    validators = {}
    checker = make_format_checker()
    for fmt, (name, _) in MODELS.items():
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        # The schema against the draft 7 metaschema, without its "regex" format check:
        # the patterns are ECMA-262, which Python's re cannot compile (see above).
        meta = jsonschema.Draft7Validator(jsonschema.Draft7Validator.META_SCHEMA)
        for error in meta.iter_errors(schema):
            raise jsonschema.SchemaError(error.message)
        validators[fmt] = OscalValidator(schema, format_checker=checker)
    return validators


def schema_errors(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    return ["/%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message[:300]) for e in errors]


# ---------------------------------------------------------------------------
# Beyond the schema: references, uniqueness, ids.

def no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise ValueError("duplicate keys %s" % sorted(dupes))
    return dict(pairs)


def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield path + "/" + k, k, v
            yield from walk(v, path + "/" + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, "%s/%d" % (path, i))


def catalog_ids(catalog_doc):
    controls, parts = set(), set()
    for _, key, value in walk(catalog_doc):
        if key == "controls":
            controls.update(c["id"] for c in value)
        if key == "parts":
            parts.update(p["id"] for p in value if "id" in p)
    return controls, parts


def integrity_problems(fmt, doc, controls, parts):
    problems = []
    defined, referenced = {}, []
    for path, key, value in walk(doc):
        if key == "uuid":
            if value in defined:
                problems.append("%s: uuid %s also at %s" % (path, value, defined[value]))
            defined[value] = path
        elif key.endswith("-uuid") and isinstance(value, str):
            referenced.append((path, value))
        elif key == "control-id" and value not in controls:
            problems.append("%s: control-id %s is not in the catalog" % (path, value))
        elif key == "target-id" and value not in parts:
            problems.append("%s: target-id %s is not a part of the catalog" % (path, value))
    for path, value in referenced:
        if value not in defined:
            problems.append("%s: %s refers to nothing in the document" % (path, value))
    if fmt == "oscal-ar":
        href = doc["assessment-results"]["import-ap"]["href"]
        resources = {r["uuid"] for r in doc["assessment-results"].get("back-matter", {}).get("resources", [])}
        if not href.startswith("#") or href[1:] not in resources:
            problems.append("/import-ap/href: %s is not a back-matter resource" % href)
    return problems


# ---------------------------------------------------------------------------
# The documents.

def run(cloudgap, args, stdin=None):
    result = subprocess.run([cloudgap] + args, input=stdin, capture_output=True)
    if result.returncode != 0:
        raise RuntimeError("cloudgap %s failed (%d): %s" % (" ".join(args), result.returncode,
                                                           result.stderr.decode(errors="replace")))
    return result.stdout


def template(cloudgap, *args):
    return json.loads(run(cloudgap, ["template", "--now", NOW.replace("16:42:10", "08:00:00")] + list(args)))


def hostile(doc, payload, index):
    """Puts `payload` into every field of `doc` a user can type."""
    doc = copy.deepcopy(doc)
    doc["updated_at"] = NOW
    doc["profile"]["organisation"] = payload
    answered = sorted(doc["answers"])
    controls = sorted({re.sub(r"-(q[0-9]+|quick(-[a-z]+)*)$", "", q) for q in answered})
    # One control not applicable as a whole, one question not applicable, one "don't know".
    na_control, na_question_control = controls[index % len(controls)], controls[(index + 7) % len(controls)]
    justification = payload if payload.strip() else "blank payload: " + repr(payload)
    doc["controls"] = {na_control: {"not_applicable": True, "justification": justification}}
    question = next(q for q in answered if q.startswith(na_question_control + "-q"))
    doc["answers"][question] = "na"
    doc["na_justifications"] = {question: justification}
    doc["answers"][next(q for q in answered if q.endswith("-q2"))] = "dont_know"
    for k, control in enumerate(controls):
        if control == na_control:
            continue
        record = {"notes": payload, "owner": payload,
                  "evidence": [{"text": payload, "link": payload},
                               {"text": "scripted link", "link": "javascript:alert(1)"},
                               {"text": "web link", "link": "https://intranet.example/a?b=c&d=%20e#f"},
                               {"link": "data:text/html,<script>alert(1)</script>"}],
                  "due_date": "2024-%02d-28" % (1 + k % 12)}
        if k % 5 == 0:
            record["maturity"] = k % 6
        if k % 7 == 0:
            record["target"] = 1 + k % 5
        doc["controls"][control] = record
    return doc


def documents(cloudgap):
    base = template(cloudgap, "--answer-all", "partly", "--role", "both")
    docs = {
        "all-yes": template(cloudgap, "--answer-all", "yes"),
        "all-no": template(cloudgap, "--answer-all", "no", "--role", "both", "--service", "saas",
                           "--capacity", "20"),
        "quick-partly": template(cloudgap, "--mode", "quick", "--role", "csp", "--answer-all", "partly"),
        "unanswered": template(cloudgap, "--organisation", "Acme Ltd"),
    }
    for i, payload in enumerate(PAYLOADS):
        docs["hostile-%02d" % i] = hostile(base, payload, i)
    return docs


# ---------------------------------------------------------------------------
# The validator's own checks: it must accept good documents and refuse bad ones.

def self_check(validators, examples_dir):
    problems = []
    examples = {"oscal-ar": "assessment-results.json", "oscal-poam": "poam.json", "oscal-catalog": "catalog.json"}
    for fmt, name in examples.items():
        for file in (name, name.replace(".json", "-min.json")):
            path = os.path.join(examples_dir, file)
            if not os.path.isfile(path):
                problems.append("the example %s is missing" % path)
                continue
            with open(path, encoding="utf-8") as f:
                errors = schema_errors(validators[fmt], json.load(f))
            if errors:
                problems.append("validator refuses the example %s: %s" % (file, errors[0]))
    good = {"catalog": {"uuid": "363c368d-43d0-4f30-b3a1-e2ddabbc6dfe",
                        "metadata": {"title": "t", "last-modified": "2025-01-15T10:00:00Z",
                                     "version": "1", "oscal-version": "1.0.6"},
                        "groups": [{"id": "g\u00e9-1", "title": "t",
                                    "controls": [{"id": "c-1", "title": "t",
                                                  "links": [{"href": "#c-2"}]}]}]}}
    if schema_errors(validators["oscal-catalog"], good):
        problems.append("validator refuses a good catalog: %s" % schema_errors(validators["oscal-catalog"], good))

    def bad(name, change):
        doc = copy.deepcopy(good)
        change(doc["catalog"])
        if not schema_errors(validators["oscal-catalog"], doc):
            problems.append("validator accepts " + name)

    group = lambda c: c["groups"][0]
    bad("an empty array", lambda c: group(c).update(controls=[]))
    bad("a version 1 UUID", lambda c: c.update(uuid="6ba7b811-9dad-11d1-80b4-00c04fd430c8"))
    bad("an id starting with a digit", lambda c: group(c).update(id="6.3.1"))
    bad("an id with a space", lambda c: group(c).update(id="a b"))
    bad("a timestamp without a time zone", lambda c: c["metadata"].update({"last-modified": "2025-01-15T10:00:00"}))
    bad("February 30", lambda c: c["metadata"].update({"last-modified": "2025-02-30T10:00:00Z"}))
    bad("an unknown field", lambda c: c.update(extra=1))
    bad("a string with a line break", lambda c: c["metadata"].update(version="1\n2"))
    bad("a string ending in a newline", lambda c: c["metadata"].update(version="1\n"))
    bad("a string with a leading space", lambda c: c["metadata"].update(version=" 1"))
    bad("a string with a no-break space at the end", lambda c: c["metadata"].update(version="1\u00a0"))
    bad("a link that is not a URI reference", lambda c: group(c)["controls"][0]["links"][0].update(href="a b"))
    bad("a link with angle brackets", lambda c: group(c)["controls"][0]["links"][0].update(href="#<x>"))
    return problems


# ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cloudgap", required=True, help="the cloudgap command-line tool")
    parser.add_argument("--schemas", required=True, help="the directory of the OSCAL 1.0.6 JSON schemas")
    parser.add_argument("--examples", required=True, help="the directory of the example documents")
    parser.add_argument("--keep", default="", help="write every export into this directory")
    args = parser.parse_args()
    if not all(os.path.isfile(os.path.join(args.schemas, name)) for name, _ in MODELS.values()):
        print("the OSCAL 1.0.6 schemas are not in %s (tests/oscal/schema-1.0.6 holds them)" % args.schemas)
        return 1

    validators = load_validators(args.schemas)
    problems = self_check(validators, args.examples)

    catalog_bytes = run(args.cloudgap, ["report", "--format", "oscal-catalog", "--now", NOW])
    catalog = json.loads(catalog_bytes, object_pairs_hook=no_duplicate_keys)
    controls, parts = catalog_ids(catalog)
    checked = 0
    for name, doc in documents(args.cloudgap).items():
        text = json.dumps(doc, ensure_ascii=False).encode()
        hostile_doc = name.startswith("hostile-")
        for fmt in MODELS:
            # The catalog holds no user text (only the document's time), so one hostile
            # document is enough for it; determinism is checked on the plain documents.
            if hostile_doc and fmt == "oscal-catalog" and name != "hostile-00":
                continue
            where = "%s %s" % (name, fmt)
            try:
                output = run(args.cloudgap, ["report", "-", "--format", fmt], stdin=text)
                if not hostile_doc and run(args.cloudgap, ["report", "-", "--format", fmt], stdin=text) != output:
                    problems.append("%s: two exports of the same document differ" % where)
                export = json.loads(output, object_pairs_hook=no_duplicate_keys)
            except (RuntimeError, ValueError) as e:
                problems.append("%s: %s" % (where, e))
                continue
            if args.keep:
                with open(os.path.join(args.keep, "%s.%s.json" % (name, fmt)), "wb") as f:
                    f.write(output)
            if fmt == "oscal-catalog" and export["catalog"] != dict(catalog["catalog"], metadata=export["catalog"]["metadata"]):
                problems.append("%s: differs from the catalog exported without a document" % where)
            problems += ["%s: %s" % (where, e) for e in schema_errors(validators[fmt], export)[:20]]
            problems += ["%s: %s" % (where, p) for p in integrity_problems(fmt, export, controls, parts)[:20]]
            checked += 1
    for p in problems:
        print("FAIL " + p)
    print("%d OSCAL exports checked against the 1.0.6 schemas: %s" %
          (checked, "all valid" if not problems else "%d problems" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
