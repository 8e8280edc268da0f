-- The CHECKs on cases' and the diary's list values, written with OR rather than IN: SQLite
-- builds a temporary index for an IN list of more than two constants each time an INSERT runs,
-- four per case, which was most of the cost of importing cases. The two forms accept exactly
-- the same values and the stored rows do not change, so the table definitions are edited in
-- place (SQLite's documented procedure for changing a CHECK constraint), not rebuilt.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(replace(sql,
  'CHECK (type IN (''enquiry'', ''casework'', ''complaint'', ''foi'', ''sar''))',
  'CHECK (type = ''enquiry'' OR type = ''casework'' OR type = ''complaint'' OR type = ''foi''
                         OR type = ''sar'')'),
  'CHECK (channel IN (''phone'', ''email'', ''letter'', ''face-to-face'', ''surgery'', ''web''))',
  'CHECK (channel = ''phone'' OR channel = ''email'' OR channel = ''letter''
                          OR channel = ''face-to-face'' OR channel = ''surgery'' OR channel = ''web'')'),
  'CHECK (priority IN (''low'', ''normal'', ''high'', ''urgent''))',
  'CHECK (priority = ''low'' OR priority = ''normal'' OR priority = ''high''
                                 OR priority = ''urgent'')'),
  'CHECK (status IN (''open'', ''awaiting'', ''escalated'', ''closed'', ''reopened''))',
  'CHECK (status = ''open'' OR status = ''awaiting'' OR status = ''escalated''
                          OR status = ''closed'' OR status = ''reopened'')')
WHERE type = 'table' AND name = 'cases';
UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (kind IN (''note'', ''correspondence'', ''status'', ''assignment'',
                                           ''pause'', ''resume'', ''extension'', ''letter''))',
  'CHECK (kind = ''note'' OR kind = ''correspondence'' OR kind = ''status''
                         OR kind = ''assignment'' OR kind = ''pause'' OR kind = ''resume''
                         OR kind = ''extension'' OR kind = ''letter'')')
WHERE type = 'table' AND name = 'case_event';
UPDATE sqlite_schema SET sql = replace(sql,
  'CHECK (kind IN (''meeting'', ''surgery'', ''visit'', ''event'', ''travel'', ''call''))',
  'CHECK (kind = ''meeting'' OR kind = ''surgery'' OR kind = ''visit'' OR kind = ''event''
                        OR kind = ''travel'' OR kind = ''call'')')
WHERE type = 'table' AND name = 'diary_event';
PRAGMA writable_schema = RESET;
