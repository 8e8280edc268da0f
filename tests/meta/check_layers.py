#!/usr/bin/python3
"""Fails when an include in lib/clerk breaks the layers.

Each folder of lib/clerk is a layer; LAYERS below lists them bottom first with the folders each
may include (besides itself). An `#include "clerk/<folder>/..."` from a folder to one not in its
list fails the check, naming the file and line, so the folder graph stays one-way (no cycle).
apps/ may include any folder of lib/. `--graph` prints the folder-to-folder edges in use.

Within the domain folders, presentation is kept apart: only a file whose name says it presents
(`<thing>_tables.*`, or a letter: `*_letter*.*`) may include render/. Files that do not yet
follow the rule are listed in NOT_YET_SPLIT; the check fails when one of them stops breaking it
or is named as presenting (take it off the list) as well as when any other file breaks it.

    tests/meta/check_layers.py --source . [--graph]
"""
import argparse
import os
import re
import sys

# folder: the folders it may include. Bottom of the house first; each may use what is above it
# in this list only where named. Sideways links between domains are data, not machinery.
LAYERS = {
    "core": [],
    "db": ["core"],
    "trail": ["core", "db"],
    "render": ["core"],
    "config": ["core", "render"],
    "calendar": ["core", "db"],
    "session": ["core", "db", "trail", "config", "calendar"],
    "access": ["core", "db", "trail", "render", "config", "session"],
    "audit": ["core", "db", "trail", "render"],
    "letters": ["core", "render"],
    "people": ["core", "db", "trail", "render", "config", "calendar", "session", "access"],
    "casework": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
                 "people", "letters"],
    "expense": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
                "people"],
    "diary": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
              "people", "casework"],
    "directpay": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
                  "people", "expense", "letters"],
    "privacy": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
                "people", "casework", "expense", "diary", "directpay"],
    "admin": ["core", "db", "trail", "render", "config", "calendar", "session", "people"],
    "report": ["core", "db", "trail", "render", "config", "calendar", "session", "access",
               "people", "casework", "expense", "diary", "directpay", "privacy"],
}

# Folders that hold a domain's records and operations (render/, report/ and letters/ present).
DOMAINS = ["calendar", "access", "people", "casework", "expense", "diary", "directpay", "privacy",
           "admin"]
PRESENTING = re.compile(r"(_tables|_letters?)\.(cpp|hpp)$")
# Files that still mix operations with their tables, to be split into <thing>_tables. Empty:
# every domain file follows the rule; a file that must break it for a while is listed here, in
# the open, rather than the rule loosened.
NOT_YET_SPLIT = set()

INCLUDE = re.compile(r'^\s*#\s*include\s+"clerk/([a-z_]+)/')


def edges(source):
    """(from folder, to folder) -> [(file, line number)] for every include across folders."""
    found = {}
    root = os.path.join(source, "lib", "clerk")
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isdir(path):
            continue
        for dirpath, _, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                file = os.path.join(dirpath, name)
                with open(file, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if m and m.group(1) != folder:
                            found.setdefault((folder, m.group(1)), []).append(
                                (os.path.relpath(file, source), number))
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True)
    ap.add_argument("--graph", action="store_true")
    args = ap.parse_args()
    found = edges(args.source)
    if args.graph:
        for (a, b), where in sorted(found.items()):
            print(f"{a} -> {b}  ({len(where)}: {where[0][0]}:{where[0][1]})")
        return 0
    problems = []
    # Each layer may include only layers listed before it, so the allowed graph has no cycle.
    seen = set()
    for layer, below in LAYERS.items():
        for b in below:
            if b not in seen:
                problems.append(f"LAYERS: {layer} may include {b}, which is not listed before it")
        seen.add(layer)
    folders = {a for a, _ in found} | {b for _, b in found}
    for folder in sorted(folders - LAYERS.keys()):
        problems.append(f"lib/clerk/{folder}/ is not a layer in tests/meta/check_layers.py: "
                        "add it to LAYERS with the folders it may include")
    for (a, b), where in sorted(found.items()):
        if a in LAYERS and b not in LAYERS[a]:
            for file, number in where:
                problems.append(f"{file}:{number}: {a}/ may not include {b}/ "
                                f"({a} may include: {', '.join(LAYERS[a]) or 'nothing of ours'})")
    presenting = {file for (a, b), where in found.items() if a in DOMAINS and b == "render"
                  for file, _ in where}
    for file in sorted(presenting):
        if not PRESENTING.search(file) and file not in NOT_YET_SPLIT:
            problems.append(f"{file}: includes render/; in a domain only <thing>_tables.* (and "
                            "letters) present: move the tables there")
    for file in sorted(NOT_YET_SPLIT - presenting):
        problems.append(f"{file} no longer includes render/: take it off NOT_YET_SPLIT")
    # A presenting file needs no exemption: left on the list, it would hide nothing but itself.
    for file in sorted(f for f in NOT_YET_SPLIT if PRESENTING.search(f)):
        problems.append(f"{file} is named as presenting, so the rule allows it: "
                        "take it off NOT_YET_SPLIT")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) break the layers")
        return 1
    print(f"layers ok: {len(found)} folder-to-folder edges, all allowed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
