-- Expenses: claim items (receipts and mileage), the payment batches that paid them, and budgets
-- per code per financial year. Money is integer pence; dates are YYYY-MM-DD.
-- The CHECKs on expense list values with OR, not IN: SQLite builds a temporary index for an IN
-- list of more than two constants each time an INSERT runs, which a million-row import would
-- pay a million times.

CREATE TABLE expense_budget (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL,
  fy           INTEGER NOT NULL,  -- start year of the financial year (2026 = 2026-04-01 on)
  name         TEXT,
  amount_pence INTEGER NOT NULL CHECK (amount_pence >= 0),
  UNIQUE (code, fy)
);

-- One `expense pay` run: the items it paid point at it.
CREATE TABLE expense_payment (
  id          INTEGER PRIMARY KEY,
  paid_on     TEXT NOT NULL,
  through     TEXT NOT NULL,  -- items dated up to and including this day were paid
  reference   TEXT,
  items       INTEGER NOT NULL,
  total_pence INTEGER NOT NULL
);

CREATE TABLE expense (
  id           INTEGER PRIMARY KEY,
  claimant_id  INTEGER NOT NULL REFERENCES staff (id),
  spent_on     TEXT NOT NULL,
  category     TEXT NOT NULL,
  description  TEXT NOT NULL,
  amount_pence INTEGER NOT NULL,  -- gross, VAT included; negative for a refund
  vat_pence    INTEGER NOT NULL DEFAULT 0 CHECK (vat_pence >= 0),
  receipt      TEXT,
  budget_code  TEXT NOT NULL,
  status       TEXT NOT NULL
               CHECK (status = 'draft' OR status = 'submitted' OR status = 'approved'
                      OR status = 'paid' OR status = 'rejected'),
  -- Mileage items only: what the amount was computed from (HMRC AMAP, by tax year).
  vehicle      TEXT CHECK (vehicle = 'car' OR vehicle = 'motorcycle' OR vehicle = 'bicycle'),
  miles        INTEGER CHECK (miles > 0),
  passengers   INTEGER CHECK (passengers >= 0),
  from_place   TEXT,
  to_place     TEXT,
  miles_before INTEGER CHECK (miles_before >= 0),  -- car miles already counted that tax year
  paid_by      TEXT,  -- miles another organisation paid for: they count, at no cost here
  submitted_on TEXT,
  decided_by   INTEGER REFERENCES staff (id),  -- who approved or rejected it
  decided_on   TEXT,
  override     INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1)),
  reason       TEXT,  -- why it was rejected
  paid_on      TEXT,
  payment_id   INTEGER REFERENCES expense_payment (id),
  created_on   TEXT NOT NULL
);
-- `expense list --claimant S --month M`, `submit --claimant`, and a claimant's tax-year miles.
CREATE INDEX expense_claimant ON expense (claimant_id, spent_on);
-- `expense budget status --fy`: the year's range of this index holds every column it sums.
CREATE INDEX expense_budget_use ON expense (spent_on, budget_code, status, amount_pence);
-- `expense pay --through D`: only the approved items, a small set.
CREATE INDEX expense_approved ON expense (spent_on) WHERE status = 'approved';
