-- Data protection: the access log (who saw whose personal data), and redactable command lines
-- in the audit trail so retention can erase a person without breaking the chain.

-- Showing or exporting personal data: one row per act, and the contacts it touched.
-- `command` is the subcommand path only ("case show"): the command line itself may hold
-- personal data.
CREATE TABLE access_log (
  id      INTEGER PRIMARY KEY,
  ts_utc  TEXT NOT NULL,
  actor   TEXT NOT NULL,
  command TEXT NOT NULL,
  what    TEXT NOT NULL,   -- the records shown: "case C-2026-00001", "3 cases"
  records INTEGER NOT NULL
);
CREATE INDEX access_log_ts ON access_log (ts_utc);
CREATE INDEX access_log_actor ON access_log (actor, ts_utc);

CREATE TABLE access_log_contact (
  contact_id INTEGER NOT NULL,
  access_id  INTEGER NOT NULL REFERENCES access_log (id) ON DELETE CASCADE,
  PRIMARY KEY (contact_id, access_id)
) WITHOUT ROWID;
CREATE INDEX access_log_contact_access ON access_log_contact (access_id);

-- Entries written from here on commit to their command line through sha256(salt || command)
-- (hash rule clerk-audit-v2) instead of the text itself, so retention can blank the text
-- (which may name the person) while the chain still verifies. NULL marks a v1 entry.
ALTER TABLE audit_log ADD COLUMN command_commit TEXT;

-- The only change the trail allows: blanking the command line of a v2 entry (retention).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update
BEFORE UPDATE OF seq, ts_utc, actor, action, entity, entity_id, entity_id_to, payload_commit,
                 row_hash_after, prev_hash, entry_hash, command_commit ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_redact_only
BEFORE UPDATE OF command ON audit_log
WHEN new.command <> '' OR old.command_commit IS NULL
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
