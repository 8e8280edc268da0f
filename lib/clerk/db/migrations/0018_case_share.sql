-- A case shared with a member of staff (`case share`), who may then see it although it is
-- OFFICIAL-SENSITIVE and not theirs (casework/case_visibility.hpp).
CREATE TABLE case_share (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES cases (id),
  staff_id  INTEGER NOT NULL REFERENCES staff (id),
  shared_on TEXT NOT NULL,
  UNIQUE (case_id, staff_id)
);
