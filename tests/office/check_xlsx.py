#!/usr/bin/env python3
"""Checks one .xlsx file as roundtrip.py checks the CLI's (browser tests).

    check_xlsx.py FILE [--logo PNG]

Prints the sheet names, one per line, after the OOXML package check; exits 1
with the problems. Python 3 standard library only.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import roundtrip  # noqa: E402


def main():
    path = Path(sys.argv[1])
    sheets = roundtrip.check_package(path)
    if roundtrip.problems:
        sys.exit(1)
    for name, xml in sheets.items():
        rows = roundtrip.sheet_rows(path, xml)
        print(f"{name}\t{len(rows)}")


if __name__ == "__main__":
    main()
