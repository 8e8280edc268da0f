-- Actions owned by someone outside the office (a contact: "Chief Constable"), and cancelled
-- actions with their reason. The new columns are left out of a row's audit hash while NULL
-- (row_image.cpp), so existing actions still verify.
ALTER TABLE diary_action ADD COLUMN owner_contact_id INTEGER REFERENCES contact (id);
ALTER TABLE diary_action ADD COLUMN cancelled_on TEXT;
ALTER TABLE diary_action ADD COLUMN cancel_reason TEXT;
CREATE INDEX diary_action_owner_contact ON diary_action (owner_contact_id, due_on);

-- owner_id becomes optional: an action has a staff owner or a contact owner (clerk checks
-- that exactly one is set). Dropping a NOT NULL is one of the changes SQLite documents as
-- safe to make by editing the table's definition in place; no stored row changes.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'owner_id   INTEGER NOT NULL REFERENCES staff (id)',
                       'owner_id   INTEGER REFERENCES staff (id)')
WHERE type = 'table' AND name = 'diary_action';
PRAGMA writable_schema = RESET;
