-- As SQLite's 0019: what reports count and case references are numbered from, every case's
-- columns that are not personal data. Views run with their owner's rights, so these see every
-- case whoever reads them, while row-level security (`clerk db grants`) limits `cases` itself.
CREATE VIEW case_facts AS
  SELECT id, ref, ref_year, ref_seq, type, contact_id, category, channel, priority, marking,
         status, received_on, acknowledged_on, assignee_id, follow_up_on, escalated_on,
         stage1_handler_id, extension_months, closed_on, reopened_on
  FROM cases;
CREATE VIEW case_pause_facts AS
  SELECT id, case_id, paused_on, resumed_on FROM case_pause;

-- The search index is derived data: keeping it whole must not depend on which cases the writer
-- may see (a caseworker renaming a contact renames them in every case's search text).
ALTER FUNCTION clerk_case_fts_sync() SECURITY DEFINER SET search_path FROM CURRENT;

-- The cases a search matches, whoever may see them: only their ids, for the count of cases a
-- search leaves out ("N cases hidden"), which clerk prints on both backends.
CREATE FUNCTION clerk_case_search_hits(query TEXT) RETURNS SETOF BIGINT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT DISTINCT CASE WHEN f.rowid > 0 THEN f.rowid
                       ELSE (SELECT e.case_id FROM case_event e WHERE e.id = -f.rowid) END
  FROM case_fts f WHERE f.terms @@ to_tsquery('clerk_english'::regconfig, query)
$$;
