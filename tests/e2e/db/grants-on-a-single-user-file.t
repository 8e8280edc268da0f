# `clerk db grants` prints the SQL by which a team database's server enforces clerk's roles
# (tests/e2e/team/team-grants.t applies it); on a single-user file there is no server to apply it
# to, and the roles are clerk's alone.
$ clerk init --quiet
$ clerk staff add val --name "Val Jones" --role volunteer --quiet
$ clerk db grants | grep -E "^(CREATE POLICY|GRANT clerk_|REVOKE clerk_)"
CREATE POLICY clerk_every_row ON cases TO clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_assigned_rows ON cases TO clerk_volunteer USING (assignee_id = (SELECT clerk_acting_staff_id()) OR xmin = (SELECT pg_current_xact_id_if_assigned()::xid)) WITH CHECK (true);
CREATE POLICY clerk_visible_rows ON cases TO clerk_caseworker, clerk_finance USING (marking <> 'OFFICIAL-SENSITIVE' OR assignee_id = (SELECT clerk_acting_staff_id()) OR stage1_handler_id = (SELECT clerk_acting_staff_id()) OR id IN (SELECT clerk_cases_shared_with_me()) OR xmin = (SELECT pg_current_xact_id_if_assigned()::xid)) WITH CHECK (true);
CREATE POLICY clerk_every_row ON case_event TO clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_visible_rows ON case_event TO clerk_volunteer, clerk_caseworker, clerk_finance USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_event.case_id));
CREATE POLICY clerk_every_row ON case_pause TO clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_visible_rows ON case_pause TO clerk_volunteer, clerk_caseworker, clerk_finance USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_pause.case_id));
CREATE POLICY clerk_every_row ON case_share TO clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_visible_rows ON case_share TO clerk_volunteer, clerk_caseworker, clerk_finance USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_share.case_id));
CREATE POLICY clerk_every_row ON case_fts TO clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_visible_rows ON case_fts TO clerk_volunteer, clerk_caseworker, clerk_finance USING (CASE WHEN rowid > 0 THEN EXISTS (SELECT 1 FROM cases c WHERE c.id = case_fts.rowid) ELSE EXISTS (SELECT 1 FROM case_event e WHERE e.id = -case_fts.rowid) END);
CREATE POLICY clerk_every_row ON contact TO clerk_caseworker, clerk_finance, clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_visible_rows ON contact TO clerk_volunteer USING (EXISTS (SELECT 1 FROM cases c WHERE c.contact_id = contact.id) OR EXISTS (SELECT 1 FROM diary_event_attendee a WHERE a.contact_id = contact.id) OR EXISTS (SELECT 1 FROM diary_action a WHERE a.owner_contact_id = contact.id));
CREATE POLICY clerk_every_row ON expense TO clerk_finance, clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_own_rows ON expense TO clerk_volunteer, clerk_caseworker USING (claimant_id = clerk_acting_staff_id()) WITH CHECK (claimant_id = clerk_acting_staff_id());
CREATE POLICY clerk_every_row ON diary_action TO clerk_caseworker, clerk_manager, clerk_admin USING (true);
CREATE POLICY clerk_own_rows ON diary_action TO clerk_volunteer, clerk_finance USING (owner_id = clerk_acting_staff_id()) WITH CHECK (owner_id = clerk_acting_staff_id());
GRANT clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin TO "admin" WITH ADMIN OPTION;
REVOKE clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin FROM "val";
GRANT clerk_volunteer TO "val";
# Every group appends to the trail and reads its chain; only managers and admins read its command
# lines and payloads; none may update or delete it. Only an admin may print the script.
$ clerk db grants | grep -E " ON audit_(log|payload) "
REVOKE ALL ON audit_log FROM PUBLIC, clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
GRANT SELECT ON audit_log TO clerk_manager, clerk_admin;
GRANT SELECT (seq, ts_utc, actor, action, entity, entity_id, entity_id_to, payload_commit, row_hash_after, prev_hash, entry_hash, command_commit) ON audit_log TO clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
GRANT INSERT ON audit_log TO clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
REVOKE ALL ON audit_payload FROM PUBLIC, clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
GRANT SELECT ON audit_payload TO clerk_manager, clerk_admin;
GRANT INSERT ON audit_payload TO clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
# Every case's non-personal columns are for everyone to read (report counts stay whole); the
# search index's text only for the trigger that keeps it, with its owner's rights.
$ clerk db grants | grep -E " ON (case_facts|case_search_text) "
REVOKE ALL ON case_search_text FROM PUBLIC, clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
REVOKE ALL ON case_facts FROM PUBLIC, clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
GRANT SELECT ON case_facts TO clerk_volunteer, clerk_caseworker, clerk_finance, clerk_manager, clerk_admin;
$ clerk --user val db grants
! exit 77
! clerk: error: `clerk db grants` needs the admin role; 'val' has the volunteer role
$ clerk db grants --apply
! exit 64
! clerk: error: apply: a single-user database has no server roles to grant: --apply is for a team (PostgreSQL) database
