-- What the search index holds for a case's own row: its reference, subject and contact's name.
-- The insert trigger and a bulk import both read it from this view, so there is one definition.
-- (An import suspends the trigger and indexes its cases in one statement: FTS5 writes out its
-- pending terms at every statement a trigger runs on it, which cost 2 s per 100,000 cases.)
CREATE VIEW case_search_text (id, body) AS
  SELECT c.id, c.ref || ' ' || c.subject || ' ' ||
               coalesce((SELECT name FROM contact WHERE id = c.contact_id), '')
  FROM cases c;

DROP TRIGGER cases_fts_insert;
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_fts (rowid, body) SELECT id, body FROM case_search_text WHERE id = new.id;
END;
