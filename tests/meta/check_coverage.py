#!/usr/bin/python3
"""Fails when a command or option has no end-to-end transcript that uses it.

Every `$ clerk ...` line of every tests/e2e/**/*.t file is matched against the inventory that
`clerk completion list` prints: a command is covered when a transcript runs it, an option when
a transcript runs that command with that option."""
import argparse
import glob
import os
import re
import shlex
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--clerk", required=True)
ap.add_argument("--source", required=True)
args = ap.parse_args()

inventory = subprocess.run([args.clerk, "completion", "list"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
commands = set()
options = set()
for line in inventory:
    parts = line.split("\t")
    if parts[0] == "command":
        commands.add(parts[1])
    else:
        options.add((parts[1], parts[2]))

used_commands = set()
used_options = set()
for path in glob.glob(os.path.join(args.source, "tests", "e2e", "**", "*.t"), recursive=True):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("$ "):
                continue
            for segment in re.split(r"\||&&|;", line[2:]):
                try:
                    words = shlex.split(segment)
                except ValueError:
                    words = segment.split()
                while words and "=" in words[0] and not words[0].startswith("-"):
                    words = words[1:]
                if not words or words[0] != "clerk":
                    continue
                path_words = []
                for w in words[1:]:
                    candidate = " ".join(path_words + [w])
                    if candidate in commands:
                        path_words.append(w)
                cmd = " ".join(path_words)
                for prefix in range(len(path_words) + 1):
                    used_commands.add(" ".join(path_words[:prefix]))
                for w in words[1:]:
                    if w.startswith("-"):
                        name = w.split("=", 1)[0]
                        used_options.add((cmd, name))
                        used_options.add(("", name))

missing = sorted(c for c in commands if c not in used_commands)
missing_opts = sorted(f"{c} {o}".strip() for c, o in options if (c, o) not in used_options)
for c in missing:
    print(f"no transcript runs: clerk {c}")
for o in missing_opts:
    print(f"no transcript uses: clerk {o}")
total = len(commands) + len(options)
bad = len(missing) + len(missing_opts)
print(f"{total - bad} passed, {bad} failed")
sys.exit(1 if bad else 0)
