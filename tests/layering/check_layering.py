#!/usr/bin/env python3
"""The core's parts depend one way (docs/architecture.md): checks it.

Each folder of src/core is a part, built as the libraries its CMakeLists.txt
adds. A part may include its own headers and those of the parts its libraries
link (target_link_libraries ... cloudgap_<part>); tests (*_test.cc) and
benchmarks may include anything. Fails, naming file:line, when a part includes
a part it does not link, or anything of the front end or the browser; and when
the links themselves form a cycle.
Usage: check_layering.py [REPO_ROOT]
"""
import re
import sys
from pathlib import Path

FORBIDDEN = re.compile(r'#include\s*[<"](ui/|platform/|app/|cli/|imgui|emscripten|GLFW)')
INCLUDE = re.compile(r'#include\s*"core/([a-z_]+)/')


def links(cmake_text, parts):
    """The parts that the libraries added in one CMakeLists.txt link."""
    libraries = set(re.findall(r'add_library\((\w+)', cmake_text))
    used = set()
    for call in re.findall(r'target_link_libraries\(([^)]*)\)', cmake_text):
        if call.split()[0] not in libraries:
            continue  # an executable, such as a benchmark
        for word in call.split()[1:]:
            name = word.removeprefix('cloudgap_')
            if word.startswith('cloudgap_') and name in parts:
                used.add(name)
    return used


def find_cycle(graph):
    state = {}
    def visit(node, path):
        state[node] = 'open'
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 'open':
                return path + [node, nxt]
            if nxt not in state:
                found = visit(nxt, path + [node])
                if found:
                    return found
        state[node] = 'done'
        return None
    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
    core = root / 'src' / 'core'
    parts = sorted(p.name for p in core.iterdir() if (p / 'CMakeLists.txt').is_file())
    # cloudgap_synthetic and cloudgap_core_testing live in testing/.
    aliases = {'synthetic': 'testing', 'core_testing': 'testing'}
    graph = {}
    for part in parts:
        text = (core / part / 'CMakeLists.txt').read_text(encoding='utf-8')
        used = links(text, set(parts) | set(aliases))
        graph[part] = {aliases.get(u, u) for u in used} - {part}
    problems = []
    cycle = find_cycle(graph)
    if cycle:
        problems.append('the parts link in a cycle: ' + ' -> '.join(cycle))
    checked = 0
    for part in parts:
        for src in sorted((core / part).glob('*')):
            if src.suffix not in ('.h', '.cc') or src.name.endswith(('_test.cc', '_bench.cc')):
                continue
            checked += 1
            for number, line in enumerate(src.read_text(encoding='utf-8').splitlines(), 1):
                where = f'{src.relative_to(root)}:{number}'
                if FORBIDDEN.search(line):
                    problems.append(f'{where}: the core includes the front end or the browser: {line.strip()}')
                m = INCLUDE.search(line)
                if m and m.group(1) != part and m.group(1) not in graph[part]:
                    problems.append(f'{where}: {part} includes {m.group(1)}, which it does not link: '
                                    f'{line.strip()}')
    for part in parts:
        print(f'{part}: uses {", ".join(sorted(graph[part])) or "nothing"}')
    for p in problems:
        print(p)
    print(f'{checked} files in {len(parts)} parts, {len(problems)} problem(s)')
    return 1 if problems or checked == 0 else 0


if __name__ == '__main__':
    sys.exit(main())
