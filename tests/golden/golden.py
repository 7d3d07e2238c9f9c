#!/usr/bin/env python3
"""Golden reports: every format of the sample assessment, byte for byte.

    golden.py --cloudgap build/native/src/cli/cloudgap            # check (ctest: golden_reports)
    golden.py --cloudgap build/native/src/cli/cloudgap --update   # write them anew: shell/golden

Each golden file in this folder is what `cloudgap` writes for the app's sample
assessment (`cloudgap template --sample full|quick --now NOW`), made in a process
of its own. A change to the engine, the catalog or a writer that changes a report
shows here as a diff, to be read and committed with the change (`shell/golden`
rewrites them; `git diff tests/golden` is the review). A difference prints the
first lines that differ and exits 1. Python 3 standard library only.
"""
import argparse
import difflib
import subprocess
import sys
from pathlib import Path

NOW = "2024-05-31T09:30:00Z"
HERE = Path(__file__).resolve().parent
# (golden file, the sample's mode, the report format; None: the document itself).
GOLDEN = [
    ("sample-full.cloudgap.json", "full", None),
    ("sample-full.json", "full", "json"),
    ("sample-full.md", "full", "md"),
    ("sample-full.html", "full", "html"),
    ("sample-full.csv", "full", "csv"),
    ("sample-full.soa.csv", "full", "soa"),
    ("sample-full.oscal-ar.json", "full", "oscal-ar"),
    ("sample-full.oscal-poam.json", "full", "oscal-poam"),
    ("catalog.oscal.json", None, "oscal-catalog"),
    ("sample-quick.md", "quick", "md"),
]
MAX_DIFF_LINES = 40


def run(cloudgap, args, stdin=None):
    done = subprocess.run([cloudgap] + args, input=stdin, capture_output=True, check=False)
    if done.returncode != 0:
        sys.exit(f"cloudgap {' '.join(args)} exited {done.returncode}: "
                 f"{done.stderr.decode(errors='replace')}")
    return done.stdout


def produce(cloudgap, mode, fmt):
    if mode is None:
        return run(cloudgap, ["report", "--format", fmt, "--now", NOW])
    document = run(cloudgap, ["template", "--sample", mode, "--now", NOW])
    return document if fmt is None else run(cloudgap, ["report", "-", "--format", fmt], document)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cloudgap", required=True)
    p.add_argument("--update", action="store_true", help="write the golden files anew")
    args = p.parse_args()
    failed = 0
    for name, mode, fmt in GOLDEN:
        path = HERE / name
        got = produce(args.cloudgap, mode, fmt)
        if args.update:
            if not path.exists() or path.read_bytes() != got:
                path.write_bytes(got)
                print(f"wrote {path.relative_to(HERE.parent.parent)}")
            continue
        if not path.exists():
            print(f"{name}: missing (make it with shell/golden)")
            failed += 1
            continue
        want = path.read_bytes()
        if got == want:
            continue
        failed += 1
        diff = list(difflib.unified_diff(want.decode(errors="replace").splitlines(),
                                         got.decode(errors="replace").splitlines(),
                                         f"{name} (golden)", f"{name} (now)", lineterm="", n=1))
        print(f"{name}: differs from the golden file ({len(want)} bytes golden, {len(got)} now)")
        print("\n".join(diff[:MAX_DIFF_LINES] or ["(the bytes differ, the lines do not: line ends?)"]))
        if len(diff) > MAX_DIFF_LINES:
            print(f"... {len(diff) - MAX_DIFF_LINES} more diff lines")
    if args.update:
        return 0
    if failed:
        print(f"{failed} of {len(GOLDEN)} golden reports differ; if the change is meant, run "
              "shell/golden and review `git diff tests/golden`")
        return 1
    print(f"all {len(GOLDEN)} golden reports match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
