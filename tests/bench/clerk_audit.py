"""An independent implementation of clerk's audit-trail hashing, for auditors and for tests.

It recomputes what lib/clerk/audit/{encoding,trail,row_image}.cpp compute, from the
documented byte encoding: a version tag, then each field as a 4-byte big-endian length and its
bytes (an absent value is the length 0xFFFFFFFF with no bytes). SHA-256 throughout, as hex.
Only the standard library is used, so `python3 clerk_audit.py verify DB` runs anywhere.
"""
import hashlib
import sqlite3
import struct
import sys

TOMBSTONE = "0" * 64


def encode(tag, *fields):
    out = bytearray()
    for f in (tag,) + fields:
        if f is None:
            out += struct.pack(">I", 0xFFFFFFFF)
            continue
        b = f if isinstance(f, bytes) else str(f).encode("utf-8")
        out += struct.pack(">I", len(b)) + b
    return bytes(out)


def sha(data):
    return hashlib.sha256(data).hexdigest()


def genesis_hash(database_id):
    return sha(encode("clerk-genesis-v1", database_id))


def payload_commitment(salt, body):
    return sha(encode("clerk-payload-v1", salt, body))


def command_commitment(salt, command):
    return sha(encode("clerk-command-v1", salt, command))


def entry_hash(seq, ts, actor, command, action, entity, entity_id, entity_id_to, payload_commit,
               row_hash_after, prev_hash, command_commit=None):
    """v1 entries hash the command line; v2 entries (schema 6 on) hash its commitment instead,
    so retention can blank the text and the chain still verifies."""
    if command_commit is None:
        return sha(encode("clerk-audit-v1", seq, ts, actor, command, action, entity, entity_id,
                          entity_id_to, payload_commit, row_hash_after, prev_hash))
    return sha(encode("clerk-audit-v2", seq, ts, actor, command_commit, action, entity, entity_id,
                      entity_id_to, payload_commit, row_hash_after, prev_hash))


def row_hash(names, values):
    """Canonical hash of one row: per column its name, storage class and value."""
    parts = []
    for name, value in zip(names, values):
        parts.append(name)
        if value is None:
            parts.append("n")
        elif isinstance(value, int):
            parts += ["i", str(value)]
        elif isinstance(value, float):
            parts += ["f", "%.17g" % value]
        elif isinstance(value, bytes):
            parts += ["b", value]
        else:
            parts += ["t", value]
    return sha(encode("clerk-row-v1", *parts))


def batch_hash(rows):
    h = hashlib.sha256()
    h.update(encode("clerk-batch-v1", len(rows)))
    for entity_id, rh in rows:
        h.update(encode("r", entity_id, rh))
    return h.hexdigest()


def verify_chain(db):
    """Recomputes the chain; returns (entries, problems)."""
    (database_id,) = db.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
    prev = genesis_hash(database_id)
    problems = []
    n = 0
    for row in db.execute(
            "SELECT a.seq, a.ts_utc, a.actor, a.command, a.action, a.entity, a.entity_id,"
            " a.entity_id_to, a.payload_commit, a.row_hash_after, a.prev_hash, a.entry_hash,"
            " p.salt, p.body, a.command_commit"
            " FROM audit_log a LEFT JOIN audit_payload p ON p.seq = a.seq"
            " ORDER BY a.seq"):
        n += 1
        (seq, ts, actor, command, action, entity, eid, eid_to, commit, rh, prev_hash, h, salt,
         body, command_commit) = row
        if prev_hash != prev:
            problems.append((seq, "does not follow the previous entry"))
        if entry_hash(seq, ts, actor, command, action, entity, eid, eid_to, commit, rh,
                      prev_hash, command_commit) != h:
            problems.append((seq, "entry hash does not match"))
        if salt is not None and payload_commitment(salt, body) != commit:
            problems.append((seq, "payload does not match its commitment"))
        if (salt is not None and command_commit is not None
                and command_commitment(salt, command) != command_commit):
            problems.append((seq, "command line does not match its commitment"))
        prev = h
    return n, problems


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "verify":
        sys.exit("usage: clerk_audit.py verify DATABASE")
    entries, problems = verify_chain(sqlite3.connect(sys.argv[2]))
    for seq, what in problems:
        print(f"entry {seq}: {what}")
    print(f"{entries} entries, {len(problems)} problems")
    sys.exit(1 if problems else 0)
