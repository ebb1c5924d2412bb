#!/usr/bin/env python3
"""The include graph of the project's own files, read from their #include "…" lines, and its cycles.

    scripts/include-graph.py [--graph] [--files] [--root DIR] FOLDER...

Each FOLDER (core, app, …, relative to the project root) is searched for .h and .cpp files. An include is resolved
as the compiler finds it: beside the including file first, then in the project's include directories (core/, ui/,
app/cli/, tests/support/). Includes of Qt or other libraries (<…>) and names that resolve to no file of the project
are left out.

By default the nodes are components, a header with the sources of the same name (registry.h, registry.cpp): a
component that includes another that includes it back is a cycle even when no header includes itself. --files keeps
every file a node of its own.

Prints the cycles, one per line as a → b → a, and exits 1 when there is one (0 when there is none). --graph prints
every edge ("a -> b") first.
"""

import argparse
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)
INCLUDE_DIRS = ["core", "ui", "app/cli", "tests/support"]
SUFFIXES = (".h", ".cpp")


def source_files(root, folders):
    for folder in folders:
        top = os.path.join(root, folder)
        if not os.path.isdir(top):
            sys.exit(f"include-graph: no folder {folder} under {root}")
        for directory, _, names in os.walk(top):
            for name in sorted(names):
                if name.endswith(SUFFIXES):
                    yield os.path.relpath(os.path.join(directory, name), root)


def resolve(root, including, name):
    candidates = [os.path.join(os.path.dirname(including), name)]
    candidates += [os.path.join(folder, name) for folder in INCLUDE_DIRS]
    for candidate in candidates:
        path = os.path.normpath(candidate)
        if os.path.isfile(os.path.join(root, path)):
            return path
    return None


def node_of(path, by_file):
    return path if by_file else os.path.splitext(path)[0]


def build_graph(root, folders, by_file):
    files = set(source_files(root, folders))
    graph = {}
    for path in sorted(files):
        node = node_of(path, by_file)
        graph.setdefault(node, set())
        with open(os.path.join(root, path), encoding="utf-8") as source:
            text = source.read()
        for name in INCLUDE.findall(text):
            target = resolve(root, path, name)
            # Only files of the folders given take part: core's files may include nothing outside core anyway.
            if target is None or target not in files:
                continue
            other = node_of(target, by_file)
            if other != node:
                graph[node].add(other)
    return graph


def strongly_connected(graph):
    """Tarjan's algorithm, iterative: the sets of nodes that reach one another."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    components = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for other in edges:
                if other not in index:
                    index[other] = low[other] = counter
                    counter += 1
                    stack.append(other)
                    on_stack.add(other)
                    work.append((other, iter(sorted(graph.get(other, ())))))
                    advanced = True
                    break
                if other in on_stack:
                    low[node] = min(low[node], index[other])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return components


def one_cycle(graph, members):
    """A shortest way from the first member back to itself inside its component, for the message."""
    inside = set(members)
    start = members[0]
    previous = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for other in sorted(graph[node]):
            if other not in inside:
                continue
            if other == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return list(reversed(path)) + [start]
            if other not in previous:
                previous[other] = node
                queue.append(other)
    return members + [start]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", help="folders of the project to read, e.g. core app")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        help="the project's root (default: the folder above scripts/)")
    parser.add_argument("--graph", action="store_true", help="print every edge first")
    parser.add_argument("--files", action="store_true", help="one node per file, not per component")
    arguments = parser.parse_args()

    graph = build_graph(os.path.abspath(arguments.root), arguments.folders, arguments.files)
    if arguments.graph:
        for node in sorted(graph):
            for other in sorted(graph[node]):
                print(f"{node} -> {other}")
    cycles = strongly_connected(graph)
    for members in cycles:
        print("cycle: " + " → ".join(one_cycle(graph, members)))
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(graph)} {'files' if arguments.files else 'components'}, {edges} includes, {len(cycles)} cycles",
          file=sys.stderr)
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
