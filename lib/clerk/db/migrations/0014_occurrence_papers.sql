-- The agenda and minutes of one occurrence of a series, keyed by the day the rule put it on
-- (as diary_event_change is): each meeting of a board has its own papers. A one-off event
-- keeps its papers on diary_event.
CREATE TABLE diary_papers (
  id           INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES diary_event (id),
  original_day TEXT NOT NULL,
  agenda       TEXT,
  minutes      TEXT,
  UNIQUE (event_id, original_day)
);
