-- A record of each contact merge: which contact was folded into which, and on what day. The
-- access log and the trail keep the duplicate's id (they are records of the past), so subject
-- access and `audit access --contact` find a person's entries through this table. A later merge
-- repoints into_id like any contact reference, so every contact ever merged into one is found
-- from the one kept, whatever the chain. merged_id has no foreign key: the merge deletes that
-- contact, and clerk never gives its id to a new contact.
CREATE TABLE contact_merge (
  id        INTEGER PRIMARY KEY,
  merged_id INTEGER NOT NULL UNIQUE,
  into_id   INTEGER NOT NULL REFERENCES contact (id),
  merged_on TEXT NOT NULL
);
CREATE INDEX contact_merge_into ON contact_merge (into_id);
