#!/usr/bin/env python3
"""Mutation testing for CloudGap's core (shell/mutate; docs/testing.md).

Makes one small change ("mutant") at a time to a core source file in a private
copy of the tree, builds cloudgap_core_tests incrementally and runs it. A mutant
the tests notice is killed; one they do not notice survived, and shows a place
where the tests do not pin the behaviour down. Python 3 standard library only.

The repository itself is never written: the tree is copied (build/, .git,
node_modules left out, third_party/ linked) into WORKDIR/job-N/src and built in
WORKDIR/job-N/build.
"""

import argparse
import concurrent.futures
import errno
import hashlib
import json
import os
import queue
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field, asdict
from pathlib import Path

sys.dont_write_bytecode = True  # No __pycache__ in the tree.
sys.path.insert(0, str(Path(__file__).resolve().parent))
import operators as ops  # noqa: E402

DEFAULT_FILES = [
    "engine/scoring.cc", "engine/readiness.cc", "engine/roadmap.cc", "engine/explain.cc",
    "document/document_json_parse.cc", "catalog/catalog_loader.cc", "catalog/catalog_lint.cc",
    "document/catalog_upgrade.cc", "catalog/catalog_text.cc", "json/json_reader.cc",
    "document/share_link.cc", "text/csv_writer.cc", "text/html_escape.cc", "text/markdown_escape.cc",
]
CORE = "src/core"
TARGET = "cloudgap_core_tests"
TEST_BINARY = "src/core/cloudgap_core_tests"
# Top-level entries not copied: build output, dependencies, history. third_party is linked.
# In src/core but not the product: test and benchmark support, never mutated by --changed.
NOT_PRODUCT_PART = "testing"
EXCLUDE_TOP = {"build", "node_modules", ".git", "dist", "third_party"}

KILLED, SURVIVED, TIMED_OUT, BUILD_ERROR, EQUIVALENT, NOT_RUN = (
    "killed", "survived", "timed out", "build error", "equivalent", "not run")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------
# Finding mutants


def code_mask(text):
    """1 for each character of code; 0 inside comments, string/char literals and # lines."""
    n = len(text)
    mask = bytearray(n)
    i = 0
    line_start = True  # Only whitespace since the last newline.
    ident = lambda ch: ch.isalnum() or ch == "_"  # noqa: E731
    while i < n:
        c = text[i]
        if c == "\n":
            line_start = True
            i += 1
            continue
        if line_start and c in " \t":
            i += 1
            continue
        if line_start and c == "#":  # Preprocessor line, with continuations.
            while i < n and not (text[i] == "\n" and text[i - 1] != "\\"):
                i += 1
            continue
        line_start = False
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if c == '"' and i > 0 and text[i - 1] == "R" and (i < 2 or not ident(text[i - 2])
                                                          or text[i - 2:i] in ("8R", "uR", "UR", "LR")):
            paren = text.find("(", i)
            delim = text[i + 1:paren]
            end = text.find(")" + delim + '"', paren)
            i = n if end < 0 else end + len(delim) + 2
            continue
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        mask[i] = 1
        i += 1
    return mask


@dataclass
class Mutant:
    file: str          # Relative to the repository root.
    line: int          # 1-based line of the change.
    col: int
    op: str            # Operator name (operators.OPERATOR_NAMES).
    start: int
    end: int
    replacement: str
    original_line: str
    mutated_line: str
    status: str = NOT_RUN
    build_s: float = 0.0
    test_s: float = 0.0
    note: str = ""
    cached: bool = False  # Decided by an earlier run of the same tree (cache.json).

    @property
    def where(self):
        return f"{self.file}:{self.line}"

    def describe(self):
        return f"{self.where} [{self.op}] {self.original_line.strip()}  =>  {self.mutated_line.strip()}"


class Source:
    def __init__(self, rel, text):
        self.rel = rel
        self.text = text
        self.mask = code_mask(text)
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def is_code(self, start, end):
        return all(self.mask[start:end])

    def line_of(self, pos):
        lo, hi = 0, len(self.line_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.line_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo  # 0-based

    def line_text(self, k):
        start = self.line_starts[k]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]

    def prev_code(self, pos):
        """Index of the last code character before pos that is not whitespace, or -1."""
        i = pos - 1
        while i >= 0 and (not self.mask[i] or self.text[i].isspace()):
            i -= 1
        return i

    def statement_end(self, start):
        """Index just past the ; that ends the statement starting at start (depth 0), or -1."""
        depth = 0
        for i in range(start, len(self.text)):
            if not self.mask[i]:
                continue
            ch = self.text[i]
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
                if depth < 0:
                    return -1
            elif ch == ";" and depth == 0:
                return i + 1
        return -1

    def top_level_split(self, start, end):
        """The code characters at bracket depth 0 in [start, end): a list of indices."""
        depth = 0
        out = []
        for i in range(start, end):
            if not self.mask[i]:
                continue
            ch = self.text[i]
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            elif depth == 0:
                out.append(i)
        return out

    def make(self, op, start, end, replacement):
        k = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        orig_line = self.line_text(k)
        col = start - self.line_starts[k]
        if last == k:
            mutated = orig_line[:col] + replacement + orig_line[col + (end - start):]
        else:
            tail = self.line_text(last)[end - self.line_starts[last]:]
            mutated = orig_line[:col] + replacement + tail + f"   /* {last - k + 1} lines removed */"
        return Mutant(self.rel, k + 1, col + 1, op, start, end, replacement, orig_line, mutated)


def find_mutants(rel, text, wanted_ops):
    src = Source(rel, text)
    t = text
    out = []

    def add(op, start, end, repl, whole=True):
        # An operator token must be code throughout; a statement or expression only start there.
        if op in wanted_ops and (src.is_code(start, end) if whole else src.mask[start]):
            out.append(src.make(op, start, end, repl))

    for m in re.finditer(r"(?<= )(<=|>=|==|!=|<|>)(?= )", t):
        add("relational", m.start(), m.end(), ops.RELATIONAL[m.group(1)])
    for m in re.finditer(r"(?<= )(&&|\|\|)(?= )", t):
        add("logical", m.start(), m.end(), ops.LOGICAL[m.group(1)])
    for m in re.finditer(r"(?<![\w)\]!=<>])!(?!=)", t):
        add("negation", m.start(), m.end(), "")
    for m in re.finditer(r"\b(true|false)\b", t):
        add("boolean", m.start(), m.end(), ops.BOOLEAN_LITERALS[m.group(1)])
    for m in ops.INTEGER.finditer(t):
        value, suffix = int(m.group(1)), m.group(2)
        add("constant", m.start(), m.end(), f"{value + 1}{suffix}")
        if value > 0:
            add("constant", m.start(), m.end(), f"{value - 1}{suffix}")

    # Removed statements in validation paths.
    for _, pattern in ops.DELETABLE_STATEMENTS:
        for m in re.finditer(r"(?<![\w.>:])(?:" + pattern + ")", t):
            s = m.start()
            if not src.mask[s]:
                continue
            p = src.prev_code(s)
            before_ok = p < 0 or t[p] in ";{}):" or (t[p] == "e" and t[max(0, p - 3):p + 1] == "else")
            if not before_ok:
                continue
            e = src.statement_end(s)
            if e < 0:
                continue
            add("delete", s, e, "{}", whole=False)

    # Swapped comparator order, 1: return A op B;  ->  return B op A;
    for m in re.finditer(r"\breturn\s+", t):
        s = m.end()
        if not src.mask[m.start()]:
            continue
        e = src.statement_end(m.start())
        if e < 0:
            continue
        expr_end = e - 1
        top = src.top_level_split(s, expr_end)
        top_text = "".join(t[i] for i in top)
        if re.search(r"&&|\|\||\?|,|==|!=", top_text):
            continue
        cmp_at = [i for i in top if t[i] in "<>" and t[i - 1] == " " and
                  (t[i + 1] == " " or (t[i + 1] == "=" and t[i + 2] == " "))]
        if len(cmp_at) != 1:
            continue
        i = cmp_at[0]
        op_len = 2 if t[i + 1] == "=" else 1
        lhs, rhs = t[s:i - 1], t[i + op_len + 1:expr_end]
        if not lhs.strip() or not rhs.strip() or "\n" in lhs + rhs:
            continue
        add("swap", s, expr_end, f"{rhs.strip()} {t[i:i + op_len]} {lhs.strip()}", whole=False)

    # Swapped comparator order, 2: Before(x, y)  ->  Before(y, x), for calls only.
    for m in re.finditer(r"\b(" + ops.COMPARATOR_FUNCTIONS + r")\(", t):
        if not src.mask[m.start()]:
            continue
        p = src.prev_code(m.start())
        if p >= 0 and (t[p].isalnum() or t[p] == "_"):
            w = re.search(r"(\w+)$", t[:p + 1]).group(1)
            if w != "return":
                continue  # A declaration or definition, not a call.
        open_at = m.end() - 1
        depth, close_at, commas = 0, -1, []
        for i in range(open_at, len(t)):
            if not src.mask[i]:
                continue
            if t[i] in "([{":
                depth += 1
            elif t[i] in ")]}":
                depth -= 1
                if depth == 0:
                    close_at = i
                    break
            elif t[i] == "," and depth == 1:
                commas.append(i)
        if close_at < 0 or len(commas) != 1:
            continue
        a, b = t[open_at + 1:commas[0]].strip(), t[commas[0] + 1:close_at].strip()
        if a == b or "\n" in a + b:
            continue
        add("swap", open_at + 1, close_at, f"{b}, {a}", whole=False)

    # Not inside the arguments of calls that only tune performance (reserve): equivalent always.
    skip = []
    for m in re.finditer(r"\b(?:" + "|".join(ops.NO_EFFECT_CALLS) + r")\(", t):
        if src.mask[m.start()]:
            depth = 0
            for i in range(m.end() - 1, len(t)):
                if src.mask[i] and t[i] == "(":
                    depth += 1
                elif src.mask[i] and t[i] == ")":
                    depth -= 1
                    if depth == 0:
                        skip.append((m.end(), i))
                        break
    # Nor inside the bodies of functions that only tune performance (prefetching).
    for m in ops.NO_EFFECT_FUNCTIONS.finditer(t):
        if not src.mask[m.start()]:
            continue
        depth, body = 0, -1
        for i in range(m.end(), len(t)):
            if not src.mask[i]:
                continue
            if t[i] == ";" and body < 0:
                break  # A declaration, not a definition.
            if t[i] == "{":
                if body < 0:
                    body = i
                depth += 1
            elif t[i] == "}" and body >= 0:
                depth -= 1
                if depth == 0:
                    skip.append((body, i))
                    break
    out = [mu for mu in out if not any(a <= mu.start < b for a, b in skip)]

    # One mutant per distinct mutated file, in source order.
    seen, unique = set(), []
    for mu in sorted(out, key=lambda x: (x.start, x.end, x.op, x.replacement)):
        key = hashlib.sha1((t[:mu.start] + mu.replacement + t[mu.end:]).encode()).hexdigest()
        if key in seen:
            continue
        seen.add(key)
        unique.append(mu)
    return unique


# --------------------------------------------------------------------------------------------
# Equivalent mutants


@dataclass
class Equivalent:
    file: str
    line: str
    mutant: str
    reason: str
    used: int = 0


def read_equivalents(path):
    """Records separated by blank lines; keys file:, line:, mutant:, reason:; # comments."""
    records, cur = [], {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        if raw.lstrip().startswith("#"):
            continue
        if not raw.strip():
            if cur:
                missing = {"file", "line", "mutant", "reason"} - cur.keys()
                if missing:
                    sys.exit(f"{path}: a record lacks {', '.join(sorted(missing))}: {cur}")
                records.append(Equivalent(cur["file"], cur["line"], cur["mutant"], cur["reason"]))
                cur = {}
            continue
        key, sep, value = raw.partition(":")
        key = key.strip()
        if not sep or key not in ("file", "line", "mutant", "reason"):
            if cur.get("reason") is not None:  # A reason may go on over several lines.
                cur["reason"] += " " + raw.strip()
                continue
            sys.exit(f"{path}: cannot read line: {raw!r}")
        cur[key] = value.strip()
    return records


def same_code(a, b):
    """Equal but for runs of white space, so that reformatting keeps a record valid."""
    return a.split() == b.split()


def match_equivalent(mu, equivalents):
    for eq in equivalents:
        if ((mu.file == eq.file or mu.file.endswith("/" + eq.file)) and
                same_code(mu.original_line, eq.line) and same_code(mu.mutated_line, eq.mutant)):
            return eq
    return None


# --------------------------------------------------------------------------------------------
# The private copies, building and running


def sync_tree(root, dest, third_party):
    """Makes dest a copy of root (less EXCLUDE_TOP). Writes only files whose bytes differ, so
    their modification time moves forward and ninja rebuilds exactly what changed (also a file
    a mutant run that was killed left changed)."""
    dest.mkdir(parents=True, exist_ok=True)
    link = dest / "third_party"
    if not link.is_symlink():
        if link.exists():
            shutil.rmtree(link)
        link.symlink_to(third_party)
    present = set()
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        if rel_dir == Path("."):
            dirnames[:] = [d for d in dirnames if d not in EXCLUDE_TOP]
        for name in filenames:
            rel = rel_dir / name
            if rel_dir == Path(".") and name in EXCLUDE_TOP:
                continue
            present.add(rel)
            src_file, dst_file = Path(dirpath) / name, dest / rel
            if Path(src_file).is_symlink():
                continue
            data = src_file.read_bytes()
            if not dst_file.exists() or dst_file.read_bytes() != data:
                dst_file.parent.mkdir(parents=True, exist_ok=True)
                dst_file.write_bytes(data)
                shutil.copymode(src_file, dst_file)
    for dirpath, dirnames, filenames in os.walk(dest):
        rel_dir = Path(dirpath).relative_to(dest)
        if rel_dir == Path("."):
            dirnames[:] = [d for d in dirnames if d not in EXCLUDE_TOP]
        for name in filenames:
            if (rel_dir / name) not in present and not (rel_dir == Path(".") and name in EXCLUDE_TOP):
                (Path(dirpath) / name).unlink()


# What cloudgap_core_tests can neither compile nor read: the page, the scripts, the benchmark, the
# browser tests, the top-level notes, and the code of the layers above the core (tests/layering keeps
# the core from including them; their CMakeLists.txt still count, as configuring reads them). A change
# there leaves every mutant's result as it was. The core's tests do read docs/ and catalog/.
UNSEEN_DIRS = ("web", "bench", "shell", "tests/e2e")
UNSEEN_CODE_DIRS = ("src/app", "src/ui", "src/platform", "src/cli")


def unseen_by_core_tests(rel):
    """True for a path (relative to the tree) no mutant's build or tests can see."""
    text = rel.as_posix()
    if any(text == d or text.startswith(d + "/") for d in UNSEEN_DIRS):
        return True
    if len(rel.parts) == 1 and rel.suffix == ".md":
        return True
    return rel.name != "CMakeLists.txt" and any(text.startswith(d + "/") for d in UNSEEN_CODE_DIRS)


def tree_digest(root):
    """SHA-256 over the path and bytes of every file sync_tree copies that a mutant's build and
    tests can see. Results are cached under it, so an unchanged tree is not tested again."""
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        if rel_dir == Path("."):
            dirnames[:] = [d for d in dirnames if d not in EXCLUDE_TOP]
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if (rel_dir == Path(".") and name in EXCLUDE_TOP) or path.is_symlink():
                continue
            if unseen_by_core_tests(rel_dir / name):
                continue
            h.update(str(rel_dir / name).encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def mutant_key(mu):
    return f"{mu.file}:{mu.start}:{mu.end}:{mu.op}:{mu.replacement}"


CACHED = (KILLED, SURVIVED, TIMED_OUT, BUILD_ERROR)


def read_cache(path, digest):
    """The results of an earlier run of this very tree: {mutant key: (status, note)}."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("tree") != digest:
        return {}
    return {k: tuple(v) for k, v in data.get("results", {}).items()
            if isinstance(v, list) and len(v) == 2 and v[0] in CACHED}


def write_cache(path, digest, results):
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"tree": digest, "results": results}, indent=0, sort_keys=True),
                   encoding="utf-8")
    tmp.replace(path)


def run(cmd, timeout, log_path, cwd=None, env=None):
    """Runs cmd in its own process group; returns (returncode or None on timeout, seconds)."""
    start = time.monotonic()
    with open(log_path, "wb") as out:
        for attempt in range(20):
            try:
                proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                        start_new_session=True)
                break
            except OSError as e:
                # ETXTBSY: the test binary, just linked, can be briefly refused for running.
                if e.errno != errno.ETXTBSY or attempt == 19:
                    raise
                time.sleep(0.5)
        try:
            rc = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            rc = None
        except BaseException:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
    return rc, time.monotonic() - start


class Slot:
    """One private copy and its build: one mutant at a time."""

    def __init__(self, workdir, index, ninja_jobs):
        self.dir = workdir / f"job-{index}"
        self.src = self.dir / "src"
        self.build = self.dir / "build"
        self.ninja_jobs = ninja_jobs
        self.log = self.dir / "last.log"
        self.test_timeout = 600.0
        self.mutated = None  # (path, original text) while a mutant is in place.

    def prepare(self, root, third_party):
        sync_tree(root, self.src, third_party)
        if not (self.build / "build.ninja").exists():
            rc, _ = run(["cmake", "-S", str(self.src), "-B", str(self.build), "-G", "Ninja",
                         # No build type: -O0 without -g, as Debug but without the debug
                         # information, which made each mutant's compile and link about
                         # twice as slow (5.6 s instead of 9.4 s for document_json_parse.cc).
                         "-DCMAKE_BUILD_TYPE=", "-DCMAKE_CXX_COMPILER=g++",
                         # Bounds-checked std::array/vector/string: a mutant that reads
                         # past the end (i <= size()) aborts instead of passing by luck.
                         "-DCMAKE_CXX_FLAGS=-O0 -D_GLIBCXX_ASSERTIONS",
                         "-DCLOUDGAP_BUILD_TESTS=ON"], 600, self.dir / "configure.log")
            if rc != 0:
                raise SystemExit(f"configure failed: see {self.dir / 'configure.log'}")

    def build_tests(self, timeout, log_path=None):
        return run(["ninja", "-C", str(self.build), "-j", str(self.ninja_jobs), TARGET], timeout,
                   log_path or self.log)

    def run_tests(self, timeout, gtest_filter=None, log_path=None):
        env = dict(os.environ, CLOUDGAP_SOURCE_DIR=str(self.src), GTEST_COLOR="no")
        cmd = [str(self.build / TEST_BINARY), "--gtest_brief=1", "--gtest_fail_fast"]
        if gtest_filter:
            cmd.append("--gtest_filter=" + gtest_filter)
        return run(cmd, timeout, log_path or self.log, cwd=self.build / "src/core", env=env)

    def restore(self):
        if self.mutated:
            path, text = self.mutated
            path.write_text(text, encoding="utf-8")  # A new mtime: ninja rebuilds the original.
            self.mutated = None

    def try_mutant(self, mu, original, focus):
        path = self.src / mu.file
        self.mutated = (path, original)
        try:
            path.write_text(original[:mu.start] + mu.replacement + original[mu.end:], encoding="utf-8")
            rc, mu.build_s = self.build_tests(600)
            if rc != 0:
                mu.status = BUILD_ERROR
                return
            if focus:  # The tests of this file first: most kills happen here, quickly.
                rc, s = self.run_tests(self.test_timeout, focus)
                mu.test_s += s
                if rc is None:
                    mu.status = TIMED_OUT
                    return
                if rc != 0:
                    mu.status, mu.note = KILLED, first_failure(self.log)
                    return
            rc, s = self.run_tests(self.test_timeout)
            mu.test_s += s
            mu.status = TIMED_OUT if rc is None else KILLED if rc != 0 else SURVIVED
            if mu.status == KILLED:
                mu.note = first_failure(self.log)
        finally:
            self.restore()


def first_failure(log_path):
    try:
        for line in Path(log_path).read_text(errors="replace").splitlines():
            if line.startswith("[  FAILED  ]"):
                return line[12:].strip().split(" (")[0]
    except OSError:
        pass
    return ""


def focus_filter(root, rel):
    """--gtest_filter for the test suites of the tests that include this file's header."""
    stem = Path(rel).stem
    header = f'"core/{Path(rel).parent.name}/{stem}.h"'
    suites = []
    for test in sorted((root / CORE).glob("*/*_test.cc")):
        text = test.read_text(encoding="utf-8", errors="replace")
        if test.stem != f"{stem}_test" and header not in text:
            continue
        for m in re.finditer(r"^\s*(?:TEST|TEST_F|TEST_P|TYPED_TEST)\(\s*(\w+)\s*,", text, re.M):
            if m.group(1) not in suites:
                suites.append(m.group(1))
    return ":".join(f"{s}.*:*/{s}.*" for s in suites)


# --------------------------------------------------------------------------------------------
# Selection


def select_files(args, root, src_root):
    if args.files:
        out = []
        for f in args.files:
            p = Path(f)
            found = [p] if (src_root / p).is_file() else (
                [Path(CORE) / p] if (src_root / CORE / p).is_file() else
                sorted(c.relative_to(src_root) for c in (src_root / CORE).glob(f"*/{p}")))
            if len(found) != 1:
                sys.exit(f"no such file: {f}" if not found else f"{f} is ambiguous: {found}")
            out.append(str(found[0]))
        return out
    if args.changed is not None:
        base = args.changed
        if not base:
            ok = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "-q", "origin/main"],
                                capture_output=True).returncode == 0
            base = "origin/main" if ok else "HEAD~1"
        revs = [base, args.rev] if args.rev else [base]  # Else against the working tree.
        res = subprocess.run(["git", "-C", str(root), "diff", "--name-only", *revs, "--", CORE],
                             capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"git diff against {base} failed: {res.stderr.strip()}")
        files = [f for f in res.stdout.split() if f.endswith(".cc") and not f.endswith("_test.cc")
                 and not f.endswith("_bench.cc") and Path(f).parent.name != NOT_PRODUCT_PART
                 and (src_root / f).is_file()]
        log(f"mutate: files changed against {base}: {' '.join(files) or 'none'}")
        return files
    return [f"{CORE}/{f}" for f in DEFAULT_FILES]


# --------------------------------------------------------------------------------------------
# Report


def fmt_s(s):
    return f"{s / 60:.1f} min" if s >= 120 else f"{s:.1f} s"


def score_of(c):
    # A mutant that makes the tests hang is caught: ctest's timeout fails the run (as PIT and
    # Stryker count it too).
    den = c[KILLED] + c[SURVIVED] + c[TIMED_OUT]
    return (100.0 * (c[KILLED] + c[TIMED_OUT]) / den) if den else None


def write_report(args, root, files, all_mutants, chosen, equivalents, baseline, started, slots):
    statuses = [KILLED, SURVIVED, TIMED_OUT, BUILD_ERROR, EQUIVALENT, NOT_RUN]
    per_file = {f: {s: 0 for s in statuses} | {"mutants": 0, "generated": 0} for f in files}
    for mu in all_mutants:
        per_file[mu.file]["generated"] += 1
    for mu in chosen:
        per_file[mu.file]["mutants"] += 1
        per_file[mu.file][mu.status] += 1
    total = {s: sum(c[s] for c in per_file.values()) for s in statuses + ["mutants", "generated"]}
    elapsed = time.monotonic() - started
    ran = [mu for mu in chosen if mu.status not in (NOT_RUN, EQUIVALENT) and not mu.cached]
    avg = sum(mu.build_s + mu.test_s for mu in ran) / len(ran) if ran else 0.0
    avg_build = sum(mu.build_s for mu in ran) / len(ran) if ran else 0.0
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", args.rev or "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "?"
    dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--", CORE],
                           capture_output=True, text=True).stdout.strip()

    L = []
    L.append("# Mutation testing report (shell/mutate)")
    L.append("")
    L.append(f"- commit {commit}{' with uncommitted changes in src/core' if dirty and not args.rev else ''}, "
             f"{time.strftime('%Y-%m-%d %H:%M')}")
    sel = f"{total['mutants']} of {total['generated']} mutants"
    if args.sample:
        sel += f" (sample, seed {args.seed})"
    L.append(f"- selection: {sel} in {len(files)} file(s); operators: {', '.join(args.operators)}")
    if any(mu.status == NOT_RUN or not (mu.cached or mu.status == EQUIVALENT) for mu in chosen):
        L.append(f"- baseline: build {fmt_s(baseline['build_s'])}, tests {fmt_s(baseline['test_s'])}; "
                 f"per-mutant test timeout {fmt_s(slots[0].test_timeout)}; {len(slots)} job(s)")
    else:
        L.append("- baseline: not built, as no mutant needed running")
    L.append(f"- total time {fmt_s(elapsed)}; {len(ran)} mutants built and run, "
             f"{avg:.1f} s per mutant on average ({avg_build:.1f} s build, {avg - avg_build:.1f} s tests)")
    if ran and total["generated"]:
        est = total["generated"] * avg / max(1, len(slots))
        L.append(f"- estimate for all {total['generated']} mutants of these files: {fmt_s(est)} "
                 f"with {len(slots)} job(s) at this rate")
    if args.from_cache:
        L.append(f"- {args.from_cache} mutants decided by an earlier run of this same tree "
                 f"(build/mutate/cache.json; --no-cache runs them again)")
    if args.stopped_early:
        L.append(f"- stopped after {args.max_minutes} min (--max-minutes): {total[NOT_RUN]} not run")
    L.append("")
    L.append("Score = (killed + timed out) / (killed + survived + timed out). Build errors and "
             "listed equivalent mutants are not counted.")
    L.append("")
    L.append("| file | mutants | killed | survived | timed out | build error | equivalent | not run | score |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")

    def row(name, c):
        sc = score_of(c)
        return (f"| {name} | {c['mutants']} | {c[KILLED]} | {c[SURVIVED]} | {c[TIMED_OUT]} | "
                f"{c[BUILD_ERROR]} | {c[EQUIVALENT]} | {c[NOT_RUN]} | "
                f"{'-' if sc is None else f'{sc:.1f}%'} |")
    for f in files:
        L.append(row(f"`{Path(f).name}`", per_file[f]))
    L.append(row("**total**", total))
    L.append("")

    def listing(title, status, with_note=False):
        items = [mu for mu in chosen if mu.status == status]
        if not items:
            return
        L.append(f"## {title} ({len(items)})")
        L.append("")
        for mu in items:
            extra = f" — {mu.note}" if with_note and mu.note else ""
            L.append(f"- `{mu.where}` {mu.op}{extra}")
            L.append("  ```diff")
            L.append(f"  - {mu.original_line.strip()}")
            L.append(f"  + {mu.mutated_line.strip()}")
            L.append("  ```")
        L.append("")
    listing("Survived", SURVIVED)
    listing("Timed out", TIMED_OUT)
    eq_items = [mu for mu in chosen if mu.status == EQUIVALENT]
    if eq_items:
        L.append(f"## Equivalent, as listed in {args.equivalent} ({len(eq_items)})")
        L.append("")
        for mu in eq_items:
            L.append(f"- `{mu.where}` `{mu.mutated_line.strip()}`: {mu.note}")
        L.append("")
    stale = [eq for eq in equivalents if eq.used == 0 and any(
        f == eq.file or f.endswith("/" + eq.file) for f in files)]
    if stale:
        L.append(f"## Listed as equivalent but no longer generated ({len(stale)})")
        L.append("")
        for eq in stale:
            L.append(f"- `{eq.file}`: `{eq.line}` -> `{eq.mutant}`")
        L.append("")
    build_errors = [mu for mu in chosen if mu.status == BUILD_ERROR]
    if build_errors:
        L.append(f"<details><summary>Build errors ({len(build_errors)}): the compiler refused "
                 "these mutants</summary>")
        L.append("")
        for mu in build_errors:
            L.append(f"- `{mu.where}` {mu.op}: `{mu.mutated_line.strip()}`")
        L.append("")
        L.append("</details>")
        L.append("")
    text = "\n".join(L)
    (args.workdir / "report.md").write_text(text + "\n", encoding="utf-8")
    (args.workdir / "results.json").write_text(json.dumps(
        {"files": per_file, "total": total, "elapsed_s": elapsed, "baseline": baseline,
         "mutants": [{k: v for k, v in asdict(mu).items() if k not in ("start", "end")}
                     for mu in chosen]}, indent=1) + "\n", encoding="utf-8")
    return text, score_of(total)


# --------------------------------------------------------------------------------------------


def main():
    root = Path(__file__).resolve().parents[2]
    p = argparse.ArgumentParser(prog="shell/mutate", description=__doc__.split("\n\n")[0])
    p.add_argument("--files", nargs="+", metavar="FILE",
                   help="files to mutate (src/core/part/x.cc, part/x.cc or x.cc); default: the core files of issue 19")
    p.add_argument("--changed", nargs="?", const="", metavar="BASE",
                   help="the core files changed against BASE (default origin/main, else HEAD~1)")
    p.add_argument("--sample", type=int, metavar="N", help="run N mutants chosen at random (by --seed)")
    p.add_argument("--seed", type=int, default=27017)
    p.add_argument("--max-minutes", type=float, metavar="M", help="start no mutant after M minutes")
    p.add_argument("--jobs", type=int, default=1, metavar="J", help="mutants at once (a copy each)")
    p.add_argument("--operators", default=",".join(ops.OPERATOR_NAMES),
                   help="comma-separated subset of: " + ", ".join(ops.OPERATOR_NAMES))
    p.add_argument("--equivalent", metavar="FILE",
                   help="known equivalent mutants (default tools/mutate/equivalent.txt)")
    p.add_argument("--fail-under", type=float, metavar="P", help="exit 1 if the score is below P percent")
    p.add_argument("--timeout-factor", type=float, default=3.0,
                   help="per-mutant test timeout as a multiple of the baseline run (default 3)")
    p.add_argument("--min-timeout", type=float, default=60.0, help="seconds, at least (default 60)")
    p.add_argument("--workdir", type=Path, default=root / "build" / "mutate")
    p.add_argument("--rev", metavar="REF",
                   help="mutate commit REF (git archive) instead of the working tree as it is")
    p.add_argument("--list", action="store_true", help="list the mutants and exit; builds nothing")
    p.add_argument("--no-cache", action="store_true",
                   help="run every mutant, even those an earlier run of the same tree decided")
    args = p.parse_args()
    args.operators = [o.strip() for o in args.operators.split(",") if o.strip()]
    unknown = set(args.operators) - set(ops.OPERATOR_NAMES)
    if unknown:
        sys.exit(f"unknown operator(s): {', '.join(sorted(unknown))}")
    args.workdir = args.workdir.resolve()
    wd, r = args.workdir, root.resolve()
    if wd == r or (r in wd.parents and (r / "build") not in (wd, *wd.parents)):
        sys.exit("mutate: the work directory must be outside the tree or under build/")
    args.stopped_early = False

    # The tree to mutate: the working tree as it is, or a commit (--rev) exported with git archive,
    # which keeps a run steady while others edit the working tree.
    src_root = root
    if args.rev:
        res = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", args.rev + "^{commit}"],
                             capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit(f"mutate: no commit {args.rev}")
        args.rev = res.stdout.strip()  # Fixed now: HEAD may move while the run goes on.
        src_root = args.workdir / "snapshot"
        if src_root.exists():
            shutil.rmtree(src_root)
        src_root.mkdir(parents=True)
        archive = subprocess.Popen(["git", "-C", str(root), "archive", "--format=tar", args.rev],
                                   stdout=subprocess.PIPE)
        untar = subprocess.run(["tar", "-x", "-C", str(src_root)], stdin=archive.stdout)
        if archive.wait() != 0 or untar.returncode != 0:
            sys.exit(f"mutate: cannot export {args.rev} with git archive")
    files = select_files(args, root, src_root)
    if not files:
        print("mutate: no files to mutate")
        return 0
    if args.equivalent is None and (root / "tools/mutate/equivalent.txt").is_file():
        args.equivalent = "tools/mutate/equivalent.txt"
    equivalents = read_equivalents(root / args.equivalent) if args.equivalent else []

    originals = {f: (src_root / f).read_text(encoding="utf-8") for f in files}
    all_mutants = []
    for f in files:
        all_mutants += find_mutants(f, originals[f], set(args.operators))
    for mu in all_mutants:
        eq = match_equivalent(mu, equivalents)
        if eq:
            eq.used += 1
            mu.status, mu.note = EQUIVALENT, eq.reason
    chosen = list(all_mutants)
    if args.sample and args.sample < len(chosen):
        chosen = random.Random(args.seed).sample(chosen, args.sample)
        order = {id(mu): i for i, mu in enumerate(all_mutants)}
        chosen.sort(key=lambda mu: order[id(mu)])  # File by file: fewer recompilations.

    if args.list:
        counts = {}
        for mu in chosen:
            counts.setdefault(mu.file, {}).setdefault(mu.op, 0)
            counts[mu.file][mu.op] += 1
            print(("(equivalent) " if mu.status == EQUIVALENT else "") + mu.describe())
        print()
        for f in files:
            c = counts.get(f, {})
            print(f"{f}: {sum(c.values())} ({', '.join(f'{k} {v}' for k, v in sorted(c.items()))})")
        print(f"total: {len(chosen)} of {len(all_mutants)}")
        return 0

    started = time.monotonic()
    args.workdir.mkdir(parents=True, exist_ok=True)
    # A mutant's fate depends only on the tree: one decided for these very bytes is not run again.
    cache_path = args.workdir / "cache.json"
    digest = tree_digest(src_root)
    cache = {} if args.no_cache else read_cache(cache_path, digest)
    args.from_cache = 0
    for mu in chosen:
        if mu.status != EQUIVALENT and mutant_key(mu) in cache:
            mu.status, mu.note = cache[mutant_key(mu)]
            mu.cached = True
            args.from_cache += 1
    cpus = os.cpu_count() or 1
    jobs = max(1, args.jobs)
    slots = [Slot(args.workdir, i + 1, max(1, cpus // jobs)) for i in range(jobs)]

    # The baseline: every copy builds and passes, unmutated, or nothing starts.
    baseline = {"build_s": 0.0, "test_s": 0.0}
    to_run = [mu for mu in chosen if mu.status == NOT_RUN]
    for slot in slots if to_run else []:
        log(f"mutate: copying the tree to {slot.src} and building {TARGET} (baseline)")
        slot.prepare(src_root, root / "third_party")
        slot.ninja_jobs = cpus  # One copy builds at a time here.
        rc, s = slot.build_tests(3600, slot.dir / "baseline-build.log")
        baseline["build_s"] = max(baseline["build_s"], s)
        if rc != 0:
            sys.exit(f"mutate: the unmutated tree does not build; see {slot.dir / 'baseline-build.log'}")
        rc, s = slot.run_tests(3600, log_path=slot.dir / "baseline-tests.log")
        baseline["test_s"] = max(baseline["test_s"], s)
        if rc != 0:
            failed = [ln[12:].strip() for ln in (slot.dir / "baseline-tests.log").read_text(
                errors="replace").splitlines() if ln.startswith("[  FAILED  ]")]
            sys.exit(f"mutate: the unmutated tests fail ({', '.join(failed[:3]) or 'see the log'}); "
                     f"not starting. See {slot.dir / 'baseline-tests.log'}")
    timeout = max(args.min_timeout, args.timeout_factor * baseline["test_s"])
    for slot in slots:
        slot.test_timeout = timeout
        slot.ninja_jobs = max(1, cpus // jobs)
    if to_run:
        log(f"mutate: baseline passes (tests {baseline['test_s']:.1f} s); timeout per mutant "
            f"{timeout:.0f} s; {len(to_run)} mutants to try")
    if args.from_cache:
        log(f"mutate: {args.from_cache} mutants decided by an earlier run of this same tree")

    focus = {f: focus_filter(slots[0].src, f) for f in files}
    todo = queue.Queue()
    for mu in to_run:
        todo.put(mu)
    n_todo = todo.qsize()
    done_count = [0]
    lock = threading.Lock()
    stop = threading.Event()
    deadline = started + args.max_minutes * 60 if args.max_minutes else None

    def worker(slot):
        while not stop.is_set():
            if deadline and time.monotonic() > deadline:
                args.stopped_early = True
                return
            try:
                mu = todo.get_nowait()
            except queue.Empty:
                return
            try:
                slot.try_mutant(mu, originals[mu.file], focus[mu.file])
            except Exception as e:  # noqa: BLE001 - one broken mutant must not lose the run.
                mu.status, mu.note = NOT_RUN, f"the tool failed on it: {e}"
            with lock:
                done_count[0] += 1
                log(f"[{done_count[0]}/{n_todo}] {mu.status:11} {mu.where} {mu.op}: "
                    f"{mu.mutated_line.strip()[:90]}  ({mu.build_s + mu.test_s:.0f} s)")

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=jobs)
    try:
        futures = [pool.submit(worker, s) for s in slots]
        for fu in futures:
            while True:
                try:
                    fu.result(timeout=0.5)
                    break
                except concurrent.futures.TimeoutError:
                    continue
    except KeyboardInterrupt:
        stop.set()
        log("mutate: interrupted; finishing the mutants under way, then the report of what ran")
    finally:
        stop.set()
        pool.shutdown(wait=True)  # Each worker puts its file back before it returns.
        for slot in slots:
            slot.restore()

    results = dict(cache)
    results.update({mutant_key(mu): (mu.status, mu.note) for mu in to_run if mu.status in CACHED})
    write_cache(cache_path, digest, results)
    text, score = write_report(args, root, files, all_mutants, chosen, equivalents, baseline,
                               started, slots)
    print(text)
    log(f"mutate: report in {args.workdir / 'report.md'}")
    if args.fail_under is not None and score is not None and score < args.fail_under:
        log(f"mutate: score {score:.1f}% is below {args.fail_under}%")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
