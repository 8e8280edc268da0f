-- Casework: constituents' cases, their timeline, clock stops, and the derived deadline and
-- search tables.

CREATE TABLE cases (
  id               INTEGER PRIMARY KEY,
  ref              TEXT NOT NULL UNIQUE,          -- C-2026-00042
  ref_year         INTEGER NOT NULL,
  ref_seq          INTEGER NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('enquiry', 'casework', 'complaint', 'foi', 'sar')),
  subject          TEXT NOT NULL,
  contact_id       INTEGER NOT NULL REFERENCES contact (id),
  category         TEXT NOT NULL,
  channel          TEXT NOT NULL
                   CHECK (channel IN ('phone', 'email', 'letter', 'face-to-face', 'surgery', 'web')),
  priority         TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  marking          TEXT NOT NULL CHECK (marking IN ('OFFICIAL', 'OFFICIAL-SENSITIVE')),
  status           TEXT NOT NULL
                   CHECK (status IN ('open', 'awaiting', 'escalated', 'closed', 'reopened')),
  outcome          TEXT,
  received_on      TEXT NOT NULL,
  acknowledged_on  TEXT,
  assignee_id      INTEGER REFERENCES staff (id),
  body             TEXT,                          -- the organisation the case is with
  awaiting_on      TEXT,                          -- the body a reply is awaited from
  follow_up_on     TEXT,
  escalated_on     TEXT,
  stage1_handler_id INTEGER REFERENCES staff (id), -- complaints: who handled stage 1
  extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
  closed_on        TEXT,
  reopened_on      TEXT,
  UNIQUE (ref_year, ref_seq)
);
CREATE INDEX cases_status_category ON cases (status, category);
CREATE INDEX cases_assignee ON cases (assignee_id, status);
CREATE INDEX cases_contact ON cases (contact_id);
CREATE INDEX cases_received ON cases (received_on);
CREATE INDEX cases_closed ON cases (closed_on) WHERE closed_on IS NOT NULL;

-- The timeline: notes, correspondence in and out, status changes, assignments, clock stops.
CREATE TABLE case_event (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases (id),
  on_date    TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('note', 'correspondence', 'status', 'assignment',
                                           'pause', 'resume', 'extension', 'letter')),
  direction  TEXT CHECK (direction IN ('in', 'out')),
  channel    TEXT,
  party      TEXT,
  text       TEXT NOT NULL,
  actor      TEXT NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id, on_date, id);

-- FOI and SAR clock stops (waiting on clarification, identity or a fee).
CREATE TABLE case_pause (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases (id),
  paused_on   TEXT NOT NULL,
  resumed_on  TEXT,
  reason      TEXT NOT NULL
);
CREATE INDEX case_pause_case ON case_pause (case_id);

-- Derived from the audited tables above (and the holidays and targets in force); rebuilt when
-- those change, so it is not itself audited. One row per case that is not closed.
CREATE TABLE case_deadline (
  case_id      INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
  next_due_on  TEXT NOT NULL,
  next_due_kind TEXT NOT NULL,
  ack_due_on   TEXT,
  response_due_on TEXT NOT NULL
);
CREATE INDEX case_deadline_next ON case_deadline (next_due_on);

-- Full-text search over subjects, contact names, notes and correspondence. Row ids: a case's
-- own row is its id; a timeline entry's row is minus the entry's id. Kept in step by triggers
-- inside every writing transaction.
CREATE VIRTUAL TABLE case_fts USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_fts (rowid, body)
  VALUES (new.id, new.ref || ' ' || new.subject || ' ' ||
                  coalesce((SELECT name FROM contact WHERE id = new.contact_id), ''));
END;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF subject, contact_id ON cases BEGIN
  UPDATE case_fts SET body = new.ref || ' ' || new.subject || ' ' ||
                             coalesce((SELECT name FROM contact WHERE id = new.contact_id), '')
  WHERE rowid = new.id;
END;
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  DELETE FROM case_fts WHERE rowid = old.id;
END;
CREATE TRIGGER contact_name_fts AFTER UPDATE OF name ON contact BEGIN
  UPDATE case_fts SET body = (SELECT c.ref || ' ' || c.subject || ' ' || new.name
                              FROM cases c WHERE c.id = case_fts.rowid)
  WHERE rowid IN (SELECT id FROM cases WHERE contact_id = new.id);
END;
CREATE TRIGGER case_event_fts_insert AFTER INSERT ON case_event
WHEN new.kind IN ('note', 'correspondence', 'letter') BEGIN
  INSERT INTO case_fts (rowid, body)
  VALUES (-new.id, coalesce(new.party || ' ', '') || new.text);
END;
CREATE TRIGGER case_event_fts_delete AFTER DELETE ON case_event BEGIN
  DELETE FROM case_fts WHERE rowid = -old.id;
END;
