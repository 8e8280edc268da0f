-- Case search that finds what people type: the contact's address (with its postcode) is indexed
-- with the case, so `case search "damp ninian"` finds the damp case of the contact at 4 Ninian
-- Road; and words are stemmed (FTS5's porter over unicode61), so "bedroom" finds "bedrooms".
-- A tokenizer is fixed when an FTS5 table is made, so the index is made again and refilled.
DROP VIEW case_search_text;
CREATE VIEW case_search_text (id, body) AS
  SELECT c.id, c.ref || ' ' || c.subject || ' ' ||
               coalesce((SELECT name || coalesce(' ' || address, '') FROM contact
                         WHERE id = c.contact_id), '')
  FROM cases c;

DROP TABLE case_fts;
CREATE VIRTUAL TABLE case_fts
  USING fts5 (body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO case_fts (rowid, body) SELECT id, body FROM case_search_text;
INSERT INTO case_fts (rowid, body)
  SELECT -id, coalesce(party || ' ', '') || text FROM case_event
  WHERE kind IN ('note', 'correspondence', 'letter');

-- Every trigger that writes a case's own row reads it from the view: one definition.
DROP TRIGGER cases_fts_update;
CREATE TRIGGER cases_fts_update AFTER UPDATE OF subject, contact_id ON cases BEGIN
  UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE id = new.id)
  WHERE rowid = new.id;
END;
DROP TRIGGER contact_name_fts;
CREATE TRIGGER contact_name_fts AFTER UPDATE OF name, address ON contact BEGIN
  UPDATE case_fts SET body = (SELECT body FROM case_search_text WHERE id = case_fts.rowid)
  WHERE rowid IN (SELECT id FROM cases WHERE contact_id = new.id);
END;
