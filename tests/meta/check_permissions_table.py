#!/usr/bin/env python3
"""The README's permission table ("Who may do what") is the binary's: one row per command, a
tick for each role that may run it, in the order `clerk __permissions` lists them. With --write,
rewrites the table in place from the binary (after a command or a permission changes)."""
import argparse
import re
import subprocess
import sys

ROLES = ["volunteer", "caseworker", "finance", "manager", "admin"]
BEGIN = "<!-- permission table: tests/meta/check_permissions_table.py --write -->"
END = "<!-- end of permission table -->"


def table(clerk):
    out = subprocess.run([clerk, "__permissions"], capture_output=True, text=True, check=True)
    rows = ["| command | " + " | ".join(ROLES) + " |", "|---|" + "---|" * len(ROLES)]
    for line in out.stdout.splitlines():
        command, _permission, roles = line.split("\t")
        if command.split()[1].startswith("__") or command.startswith("clerk completion"):
            continue  # helpers for the shells, open to all
        held = roles.split()
        rows.append(f"| `{command}` | " + " | ".join("✓" if r in held else "—" for r in ROLES)
                    + " |")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--clerk", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    path = f"{args.source}/README.md"
    text = open(path, encoding="utf-8").read()
    m = re.search(re.escape(BEGIN) + r"\n(.*?)" + re.escape(END), text, re.S)
    if not m:
        sys.exit(f"README.md: no permission table between {BEGIN} and {END}")
    want = table(args.clerk) + "\n"
    if args.write:
        open(path, "w", encoding="utf-8").write(text[:m.start(1)] + want + text[m.end(1):])
        return 0
    if m.group(1) != want:
        print("README.md's permission table is not the binary's; rewrite it with\n"
              "  tests/meta/check_permissions_table.py --clerk BIN --source . --write",
              file=sys.stderr)
        return 1
    print(f"permission table ok: {want.count(chr(10)) - 2} commands")
    return 0


if __name__ == "__main__":
    sys.exit(main())
