-- Foundation schema: metadata, staff, contacts, imported bank holidays and the audit trail.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE staff (
  id                   INTEGER PRIMARY KEY,
  login                TEXT NOT NULL UNIQUE,
  name                 TEXT NOT NULL,
  email                TEXT,
  role                 TEXT NOT NULL
                       CHECK (role IN ('caseworker', 'finance', 'manager', 'admin', 'volunteer')),
  approval_limit_pence INTEGER NOT NULL DEFAULT 0 CHECK (approval_limit_pence >= 0),
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_on           TEXT NOT NULL,
  retired_on           TEXT
);

CREATE TABLE contact (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name         TEXT NOT NULL,
  organisation TEXT,
  address      TEXT,
  email        TEXT,
  phone        TEXT,
  notes        TEXT,
  created_on   TEXT NOT NULL
);
CREATE INDEX contact_name ON contact (name COLLATE NOCASE);

-- Bank holidays loaded by `config holidays import`; they replace the shipped list for the
-- nations and years they cover.
CREATE TABLE holiday (
  id     INTEGER PRIMARY KEY,
  nation TEXT NOT NULL,
  date   TEXT NOT NULL,
  title  TEXT NOT NULL,
  UNIQUE (nation, date)
);

-- The tamper-evident trail. Each entry chains to the previous one by hash; the before/after
-- images live apart in audit_payload so they can be erased without breaking the chain.
CREATE TABLE audit_log (
  seq            INTEGER PRIMARY KEY,
  ts_utc         TEXT NOT NULL,
  actor          TEXT NOT NULL,
  command        TEXT NOT NULL,
  action         TEXT NOT NULL,
  entity         TEXT NOT NULL,
  entity_id      INTEGER,
  entity_id_to   INTEGER,
  payload_commit TEXT NOT NULL,
  row_hash_after TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  entry_hash     TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);

CREATE TABLE audit_payload (
  seq  INTEGER PRIMARY KEY REFERENCES audit_log (seq),
  salt TEXT NOT NULL,
  body TEXT NOT NULL
);

-- Per-row hashes of a bulk write, committed to by its one batch entry's row_hash_after.
CREATE TABLE audit_batch_row (
  seq       INTEGER NOT NULL REFERENCES audit_log (seq),
  entity    TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  row_hash  TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, seq)
) WITHOUT ROWID;
CREATE INDEX audit_batch_row_seq ON audit_batch_row (seq);

-- Defence in depth: the trail is append-only through the tool. Anyone with the sqlite3 shell
-- can drop these; the hash chain catches what they then do.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_batch_row_no_update BEFORE UPDATE ON audit_batch_row
BEGIN SELECT RAISE(ABORT, 'audit_batch_row is append-only'); END;
CREATE TRIGGER audit_batch_row_no_delete BEFORE DELETE ON audit_batch_row
BEGIN SELECT RAISE(ABORT, 'audit_batch_row is append-only'); END;
