# `clerk db grants` prints the SQL by which a team database's server enforces clerk's roles
# (tests/e2e/team/team-grants.t applies it); on a single-user file there is no server to apply it
# to, and the roles are clerk's alone.
$ clerk init --quiet
$ clerk staff add val --name "Val Jones" --role volunteer --quiet
$ clerk db grants | grep -E "^(CREATE POLICY|GRANT clerk_|REVOKE clerk_)"
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
$ clerk --user val db grants
! exit 77
! clerk: error: `clerk db grants` needs the admin role; 'val' has the volunteer role
$ clerk db grants --apply
! exit 64
! clerk: error: apply: a single-user database has no server roles to grant: --apply is for a team (PostgreSQL) database
