"""An independent implementation of clerk's audit-trail hashing, for auditors and for tests.

It recomputes what lib/clerk/trail/{encoding,trail,row_image}.cpp compute, from the
documented byte encoding: a version tag, then each field as a 4-byte big-endian length and its
bytes (an absent value is the length 0xFFFFFFFF with no bytes). SHA-256 throughout, as hex (bulk row hashes are stored as their 32 bytes).
Only the standard library is used for a database file, so `python3 clerk_audit.py verify DB`
runs anywhere; a team database (`verify postgresql://…`, any libpq URL) is read with psycopg2
(Debian's python3-psycopg2).
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


# Columns a migration added to a table that already held rows: left out while NULL, so rows
# hashed before the column existed keep their hash (the added_columns of lib/clerk/db/schema.cpp;
# tests/unit/db/schema_test.cpp checks this set is the same).
ADDED_COLUMNS = {"salutation", "owner_contact_id", "cancelled_on", "cancel_reason", "db_role"}


def row_hash(names, values):
    """Canonical hash of one row: per column its name, storage class and value."""
    parts = []
    for name, value in zip(names, values):
        if value is None and name in ADDED_COLUMNS:
            continue
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


def row_digest(names, values):
    return bytes.fromhex(row_hash(names, values))


def batch_hash_v2(rows):
    """Rule clerk-batch-v2 (schema 9 on): the encoded tag, then per row in id order its id as 8
    bytes big-endian and its 32-byte row hash, then the row count as 8 bytes big-endian.
    rows: [(id, 32-byte digest)]."""
    h = hashlib.sha256()
    h.update(encode("clerk-batch-v2"))
    for entity_id, digest in rows:
        h.update(struct.pack(">q", entity_id) + digest)
    h.update(struct.pack(">q", len(rows)))
    return h.hexdigest()


def batch_runs(rows, per_run=1024):
    """How audit_batch_hashes stores a batch: runs of consecutive ids, at most per_run long, as
    (first_id, last_id, concatenated digests). rows: [(id, 32-byte digest)] in id order."""
    runs = []
    for entity_id, digest in rows:
        if runs and entity_id == runs[-1][1] + 1 and len(runs[-1][2]) < 32 * per_run:
            first, _, blob = runs[-1]
            runs[-1] = (first, entity_id, blob + digest)
        else:
            runs.append((entity_id, entity_id, digest))
    return runs


def batch_hash(rows):
    """Rule clerk-batch-v1 (audit_batch_row, before schema 9). rows: [(id, hex row hash)]."""
    h = hashlib.sha256()
    h.update(encode("clerk-batch-v1", len(rows)))
    for entity_id, rh in rows:
        h.update(encode("r", entity_id, rh))
    return h.hexdigest()


class TeamDatabase:
    """A team database, read with the queries written for SQLite: `?` placeholders, and bytea
    read as bytes. One read-only snapshot, as `clerk audit verify` reads."""

    def __init__(self, url):
        import psycopg2  # only a team database needs it
        self.conn = psycopg2.connect(url)
        self.conn.set_session(isolation_level="REPEATABLE READ", readonly=True)
        self.cursors = 0

    def execute(self, sql, params=()):
        # A cursor on the server (a named one), read some thousands of rows at a time: an
        # ordinary one holds the whole result in memory, a million entries of it.
        self.cursors += 1
        cur = self.conn.cursor(name=f"clerk_audit_{self.cursors}")
        cur.itersize = 10000
        cur.execute(sql.replace("?", "%s"), params)
        return Rows(cur)

    def has_table(self, name):
        return self.execute("SELECT to_regclass(?) IS NOT NULL", (name,)).fetchone()[0]


class Rows:
    def __init__(self, cur):
        self.cur = cur

    @staticmethod
    def row(values):
        return tuple(bytes(v) if isinstance(v, memoryview) else v for v in values)

    def __iter__(self):
        return (self.row(r) for r in self.cur)

    def fetchone(self):
        r = self.cur.fetchone()
        return None if r is None else self.row(r)

    def fetchall(self):
        return [self.row(r) for r in self.cur.fetchall()]


def has_table(db, name):
    if isinstance(db, TeamDatabase):
        return db.has_table(name)
    return db.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (name,)).fetchone() is not None


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


def verify_batches(db):
    """Recomputes every batch entry's hash from its stored row hashes; returns problems."""
    problems = []
    has_runs = has_table(db, "audit_batch_hashes")
    for seq, committed in db.execute(
            "SELECT seq, row_hash_after FROM audit_log WHERE entity_id_to IS NOT NULL ORDER BY seq"):
        runs = db.execute("SELECT first_id, hashes FROM audit_batch_hashes WHERE seq = ?"
                          " ORDER BY first_id", (seq,)).fetchall() if has_runs else []
        if runs:
            rows = [(first + i, blob[32 * i:32 * i + 32])
                    for first, blob in runs for i in range(len(blob) // 32)]
            actual = batch_hash_v2(rows)
        else:
            actual = batch_hash(db.execute("SELECT entity_id, row_hash FROM audit_batch_row"
                                           " WHERE seq = ? ORDER BY entity_id", (seq,)).fetchall())
        if actual != committed:
            problems.append((seq, "batch row hashes do not match the entry"))
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "verify":
        sys.exit("usage: clerk_audit.py verify DATABASE-FILE|postgresql://URL")
    target = sys.argv[2]
    db = (TeamDatabase(target) if target.startswith(("postgresql://", "postgres://"))
          else sqlite3.connect(target))
    entries, problems = verify_chain(db)
    problems += verify_batches(db)
    for seq, what in problems:
        print(f"entry {seq}: {what}")
    print(f"{entries} entries, {len(problems)} problems")
    sys.exit(1 if problems else 0)
