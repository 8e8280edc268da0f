-- Team mode: the PostgreSQL role a member of staff logs in as, when it is not their login
-- (staff add/set --db-role). NULL: the role of the same name as the login. Unused on a
-- single-user database, where --user names the acting member of staff.
ALTER TABLE staff ADD COLUMN db_role TEXT;
CREATE UNIQUE INDEX staff_db_role ON staff (db_role) WHERE db_role IS NOT NULL;
