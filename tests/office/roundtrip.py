#!/usr/bin/env python3
"""The Office reports as other programs read them (ctest: office_roundtrip).

    roundtrip.py --cloudgap build/native/src/cli/cloudgap [--keep DIR]

For the sample full assessment (branded, with a logo), the sample quick scan and
a document full of hostile text, `cloudgap report --format xlsx` and `docx`:

  1. pass an OOXML package check: a valid ZIP (CRC-32s), every part has a
     content type and parses as XML, every relationship points at a part inside
     the package, no part holds a formula or a field code;
  2. the workbook opens in LibreOffice headless, whose CSV export of every sheet
     equals, cell by cell, what this script reads out of the sheet's own XML
     (shared strings, numbers, dates as yyyy-mm-dd): LibreOffice sees exactly
     what CloudGap wrote; and it holds the figures of `--format json`;
  3. the Word report converts to PDF, whose text (pdftotext) holds every
     section in order, the brand, the organisation, the hostile text as typed,
     and a Statement of Applicability that breaks across pages.

Needs `soffice` and `pdftotext` (shell/setup installs libreoffice-calc-nogui,
libreoffice-writer-nogui and poppler-utils). Python 3 standard library only.
Exits 1 with one line per problem.
"""
import argparse
import csv
import datetime
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from pathlib import Path

NOW = "2024-05-31T09:30:00Z"
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
SECTIONS = ["Executive summary", "Readiness and why", "Scores by clause", "Findings per control",
            "Roadmap", "Statement of Applicability", "Method and reproducibility"]
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SHEETS = ["Summary", "Controls", "Questions", "Roadmap", "SoA", "Projection", "Audit checklist"]
PAYLOADS = [
    '=HYPERLINK("http://x","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)",
    "<script>alert(1)</script>", "]]><x/>", "a & b \"quoted\" 'single'",
    "emoji \U0001F600 \u00e9\u00df \u202eevil", "ctl\x01\x02 end", "line one\nline two",
]
problems = []


def problem(text):
    problems.append(text)
    print("office_roundtrip: " + text, file=sys.stderr)


def run(cloudgap, args, stdin=None):
    done = subprocess.run([cloudgap] + args, input=stdin, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"office_roundtrip: cloudgap {' '.join(args)} failed: {done.stderr.decode()}")
    return done.stdout


def png(width, height):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x1f\x6f\xeb\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def hostile_document(cloudgap):
    doc = json.loads(run(cloudgap, ["template", "--role", "both", "--answer-all", "partly", "--now", NOW]))
    doc["profile"]["organisation"] = PAYLOADS[0]
    controls = sorted({q.rsplit("-q", 1)[0] for q in doc["answers"]})
    for i, control in enumerate(controls):
        text = PAYLOADS[i % len(PAYLOADS)]
        doc.setdefault("controls", {})[control] = {
            "notes": text, "owner": text, "due_date": "2024-09-30",
            "evidence": [{"text": text, "link": "javascript:alert(1)"}]}
    return json.dumps(doc).encode()


def check_package(path):
    """Step 1. Returns {sheet name: xml path} in workbook order."""
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            problem(f"{path.name}: CRC error in {bad}")
        names = z.namelist()
        types = ET.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension") for d in types.iter(TYPES + "Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(TYPES + "Override")}
        for missing in overrides - set(names):
            problem(f"{path.name}: content type for a missing part {missing}")
        for name in names:
            data = z.read(name)
            if name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
                problem(f"{path.name}: {name} has no content type")
            if name.endswith((".xml", ".rels")):
                try:
                    root = ET.fromstring(data)
                except ET.ParseError as e:
                    problem(f"{path.name}: {name} is not well-formed XML: {e}")
                    continue
                if root.find(".//" + MAIN + "f") is not None:
                    problem(f"{path.name}: {name} holds a formula")
                if root.find(".//" + WORD + "fldSimple") is not None or root.find(".//" + WORD + "instrText") is not None:
                    problem(f"{path.name}: {name} holds a field code")
            if name.endswith(".rels"):
                base = name.split("_rels/")[0]
                for rel in ET.fromstring(data).iter(PKG_REL + "Relationship"):
                    target = os.path.normpath(os.path.join(base, rel.get("Target")))
                    if rel.get("TargetMode") == "External" or ":" in rel.get("Target"):
                        problem(f"{path.name}: {name} points outside the package: {rel.get('Target')}")
                    elif target not in names:
                        problem(f"{path.name}: {name} points at a missing part {target}")
        if "xl/workbook.xml" not in names:
            return {}
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = {r.get("Id"): "xl/" + r.get("Target")
                for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels")).iter(PKG_REL + "Relationship")}
        return {s.get("name"): rels[s.get(REL + "id")] for s in book.iter(MAIN + "sheet")}


def column_index(ref):
    letters = "".join(c for c in ref if c.isalpha())
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


def number_text(value):
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def sheet_rows(path, sheet_xml):
    """What the sheet's XML says, as the text of each cell."""
    with zipfile.ZipFile(path) as z:
        strings = ["".join(t.text or "" for t in si.iter(MAIN + "t"))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(MAIN + "si")]
        styles = ET.fromstring(z.read("xl/styles.xml"))
        date_styles = {i for i, xf in enumerate(styles.find(MAIN + "cellXfs")) if xf.get("numFmtId") == "164"}
        rows = []
        for row in ET.fromstring(z.read(sheet_xml)).iter(MAIN + "row"):
            cells = []
            for c in row.iter(MAIN + "c"):
                at = column_index(c.get("r"))
                cells += [""] * (at + 1 - len(cells))
                value = c.find(MAIN + "v")
                if value is None:
                    continue
                if c.get("t") == "s":
                    cells[at] = strings[int(value.text)]
                elif int(c.get("s", "0")) in date_styles:
                    day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(value.text))
                    cells[at] = day.isoformat()
                else:
                    cells[at] = number_text(value.text)
            rows.append(cells)
        return rows


def trimmed(rows):
    out = []
    for row in rows:
        row = list(row)
        while row and row[-1] == "":
            row.pop()
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def convert_all(files, outdir, target=CSV_FILTER):
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        done = subprocess.run(
            [shutil.which("soffice"), f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files],
            capture_output=True, check=False, timeout=300)
        if done.returncode != 0:
            sys.exit(f"office_roundtrip: soffice failed: {done.stderr.decode()}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def check_word(words, work, docs):
    """Step 3: each Word report as LibreOffice prints it."""
    pdf_dir = work / "pdf"
    convert_all(words, pdf_dir, "pdf")
    for path in words:
        check_package(path)
        pdf = pdf_dir / (path.stem + ".pdf")
        if not pdf.exists():
            problem(f"{path.name}: LibreOffice made no PDF")
            continue
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        flat = " ".join(text.split())
        at = -1
        for section in SECTIONS:
            found = flat.find(section, at + 1)
            if found < 0:
                problem(f"{path.name}: the PDF has no section '{section}' after the one before")
            at = max(at, found)
        organisation = json.loads(docs[path.stem])["profile"].get("organisation", "")
        if organisation and " ".join(organisation.split()) not in flat:
            problem(f"{path.name}: the PDF does not name the organisation {organisation!r}")
        pages = text.split("\f")
        soa = [i for i, page in enumerate(pages) if "Statement of Applicability" in page]
        method = [i for i, page in enumerate(pages) if "Method and reproducibility" in page]
        if not soa or not method or method[-1] - soa[0] < 1:
            problem(f"{path.name}: the Statement of Applicability does not run across pages")
    full = " ".join(subprocess.run(["pdftotext", str(pdf_dir / "full.pdf"), "-"], capture_output=True,
                                   check=True).stdout.decode("utf-8").split())
    if "Acme Assure" not in full:
        problem("full.docx: the brand's name is not on the title page")
    hostile = " ".join(subprocess.run(["pdftotext", str(pdf_dir / "hostile.pdf"), "-"], capture_output=True,
                                      check=True).stdout.decode("utf-8").split())
    for payload in PAYLOADS[:4]:
        if payload not in hostile:
            problem(f"hostile.docx: {payload!r} is not in the PDF as typed")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cloudgap", required=True)
    parser.add_argument("--keep", help="keep the files in this folder")
    args = parser.parse_args()
    for tool, package in (("soffice", "libreoffice-calc-nogui"), ("pdftotext", "poppler-utils")):
        if not shutil.which(tool):
            sys.exit(f"office_roundtrip: {tool} not found: run shell/setup ({package})")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="office-roundtrip-"))
    work.mkdir(parents=True, exist_ok=True)
    cloudgap = args.cloudgap
    docs = {
        "full": run(cloudgap, ["template", "--sample", "full", "--now", NOW]),
        "quick": run(cloudgap, ["template", "--sample", "quick", "--now", NOW]),
        "hostile": hostile_document(cloudgap),
    }
    (work / "logo.png").write_bytes(png(40, 10))
    (work / "config.json").write_text(json.dumps(
        {"product_name": "Acme Assure", "accent_color": "#0b3d91", "logo": "logo.png"}))
    files, words = [], []
    for name, doc in docs.items():
        (work / f"{name}.cloudgap.json").write_bytes(doc)
        extra = ["--brand", str(work / "config.json")] if name == "full" else []
        for fmt, out in (("xlsx", files), ("docx", words)):
            path = work / f"{name}.{fmt}"
            run(cloudgap, ["report", str(work / f"{name}.cloudgap.json"), "--format", fmt,
                           "--output", str(path)] + extra)
            again = run(cloudgap, ["report", "-", "--format", fmt] + extra, stdin=doc)
            if again != path.read_bytes():
                problem(f"{path.name}: two runs gave different bytes")
            out.append(path)
    check_word(words, work, docs)

    csv_dir = work / "csv"
    convert_all(files, csv_dir)
    for path in files:
        sheets = check_package(path)
        if list(sheets) != SHEETS:
            problem(f"{path.name}: sheets {list(sheets)}, expected {SHEETS}")
        for sheet, xml in sheets.items():
            exported = csv_dir / f"{path.stem}-{sheet}.csv"
            if not exported.exists():
                problem(f"{path.name}: LibreOffice wrote no {exported.name}")
                continue
            with open(exported, newline="", encoding="utf-8") as f:
                theirs = trimmed(csv.reader(f))
            ours = trimmed(sheet_rows(path, xml))
            if len(theirs) != len(ours):
                problem(f"{path.name} {sheet}: LibreOffice reads {len(theirs)} rows, CloudGap wrote {len(ours)}")
            for r, (a, b) in enumerate(zip(ours, theirs)):
                if a != b:
                    problem(f"{path.name} {sheet} row {r + 1}: wrote {a[:6]}..., LibreOffice reads {b[:6]}...")
                    break

    # Step 3: the figures of the JSON report.
    report = json.loads(run(cloudgap, ["report", "-", "--format", "json"], stdin=docs["full"]))
    full = {s: sheet_rows(files[0], x) for s, x in check_package(files[0]).items()}
    summary = {row[0]: row[1] for row in full["Summary"][1:] if len(row) > 1}
    if summary.get("Overall score (0-100)") != number_text(report["overall"]["score"]):
        problem(f"full.xlsx: summary score {summary.get('Overall score (0-100)')}, "
                f"JSON {report['overall']['score']}")
    if summary.get("Report", "").split(" ")[:2] != ["Acme", "Assure"]:
        problem("full.xlsx: the brand's name is not on the summary")
    if [row[0] for row in full["Controls"][1:]] != [c["id"] for c in report["controls"]]:
        problem("full.xlsx: the controls differ from the JSON report's")
    if [row[1] for row in full["Roadmap"][1:]] != [i["control"] for i in report["roadmap"]]:
        problem("full.xlsx: the roadmap differs from the JSON report's")
    with zipfile.ZipFile(files[0]) as z:
        if z.read("xl/media/image1.png") != (work / "logo.png").read_bytes():
            problem("full.xlsx: the logo is not the config's logo.png")
    hostile = sheet_rows(files[2], check_package(files[2])["Controls"])
    notes = {row[22] for row in hostile[1:] if len(row) > 22}
    for payload in PAYLOADS[:4]:
        if payload not in notes:
            problem(f"hostile.xlsx: {payload!r} did not come back as the text typed")

    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    if problems:
        sys.exit(1)
    print(f"office round trip: {len(files)} workbooks, {len(files) * len(SHEETS)} sheets and "
          f"{len(words)} Word reports; LibreOffice reads what CloudGap wrote")


if __name__ == "__main__":
    main()
