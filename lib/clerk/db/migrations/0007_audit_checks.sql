-- Direct Payments audits: the payments a recipient (a contact) has been agreed, and a record of
-- every statement audit run against them. Money is integer pence; dates are YYYY-MM-DD.

-- An agreed schedule: `amount_pence` every week, 4 weeks or calendar month, the first payment
-- due on `starts_on`. Setting a new schedule ends the one in force (`ends_on`, exclusive).
CREATE TABLE payment_schedule (
  id           INTEGER PRIMARY KEY,
  contact_id   INTEGER NOT NULL REFERENCES contact (id),
  amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
  every        TEXT NOT NULL CHECK (every = 'week' OR every = '4-weeks' OR every = 'month'),
  starts_on    TEXT NOT NULL,
  ends_on      TEXT
);
CREATE INDEX payment_schedule_contact ON payment_schedule (contact_id, starts_on);

-- One `audit statement` run: what was read (file name and SHA-256) and what it concluded.
CREATE TABLE statement_audit (
  id                INTEGER PRIMARY KEY,
  contact_id        INTEGER NOT NULL REFERENCES contact (id),
  run_on            TEXT NOT NULL,
  source            TEXT NOT NULL,
  sha256            TEXT NOT NULL,
  period_from       TEXT NOT NULL,
  period_to         TEXT NOT NULL,  -- inclusive
  lines             INTEGER NOT NULL,
  closing_pence     INTEGER NOT NULL,
  owed_pence        INTEGER NOT NULL,
  contingency_pence INTEGER NOT NULL,
  surplus_pence     INTEGER NOT NULL,
  unexplained_pence INTEGER NOT NULL,
  missing_pence     INTEGER NOT NULL
);
CREATE INDEX statement_audit_contact ON statement_audit (contact_id, run_on);
