#!/usr/bin/python3
"""Fails when a committed completion script differs from what the binary generates, so the
completions cannot drift from the command tree as commands are added."""
import argparse
import os
import subprocess
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--clerk", required=True)
ap.add_argument("--source", required=True)
args = ap.parse_args()
failed = False
for shell, name in (("bash", "clerk.bash"), ("zsh", "_clerk"), ("fish", "clerk.fish")):
    generated = subprocess.run([args.clerk, "completion", shell], capture_output=True, check=True).stdout
    with open(os.path.join(args.source, "completions", name), "rb") as f:
        committed = f.read()
    if generated != committed:
        print(f"completions/{name} is out of date: run `clerk completion {shell} > completions/{name}`"
              " (or scripts/update-completions)")
        failed = True
if failed:
    sys.exit(1)
print("3 passed, 0 failed")
