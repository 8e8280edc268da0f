-- As SQLite's 0017: the PostgreSQL role a member of staff logs in as, when it is not their login.
ALTER TABLE staff ADD COLUMN db_role TEXT COLLATE "C";
CREATE UNIQUE INDEX staff_db_role ON staff (db_role) WHERE db_role IS NOT NULL;
