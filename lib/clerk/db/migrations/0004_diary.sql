-- Diary: events (one-offs and series) in Europe/London wall-clock time, the occurrences of a
-- series changed on their own, attendees, links to cases, and actions.

CREATE TABLE diary_event (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE,
  diary          TEXT NOT NULL,
  title          TEXT NOT NULL,
  kind           TEXT NOT NULL
                 CHECK (kind IN ('meeting', 'surgery', 'visit', 'event', 'travel', 'call')),
  starts_at      TEXT NOT NULL,  -- YYYY-MM-DDTHH:MM, Europe/London wall clock
  ends_at        TEXT NOT NULL,  -- exclusive; midnight after the last day for all-day events
  all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
  place          TEXT,
  travel_minutes INTEGER NOT NULL DEFAULT 0 CHECK (travel_minutes BETWEEN 0 AND 1440),
  tentative      INTEGER NOT NULL DEFAULT 0 CHECK (tentative IN (0, 1)),
  cancelled      INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
  description    TEXT,
  agenda         TEXT,
  minutes        TEXT,
  -- A series: weekly or monthly every `repeat_interval` periods; repeat_days is RFC 5545's
  -- BYDAY ("MO,WE" weekly; "4FR" or "-1SU" monthly by weekday; NULL for the start's weekday or
  -- day of the month); until a day and/or for a count.
  repeat_freq     TEXT CHECK (repeat_freq IN ('weekly', 'monthly')),
  repeat_interval INTEGER CHECK (repeat_interval >= 1),
  repeat_days     TEXT,
  repeat_until    TEXT,
  repeat_count    INTEGER CHECK (repeat_count >= 1),
  -- For range queries: days from the start to the end of one occurrence, and the last day any
  -- occurrence touches (9999-12-31 for a series that does not end).
  span_days      INTEGER NOT NULL CHECK (span_days >= 0),
  last_day       TEXT NOT NULL,
  revised_utc    TEXT NOT NULL  -- when last changed (DTSTAMP on export)
);
-- A week of one-offs is an index range on the start (from `from` less the longest span); a
-- series is found by its last day, so series that are over cost nothing.
CREATE INDEX diary_event_start ON diary_event (starts_at) WHERE repeat_freq IS NULL;
CREATE INDEX diary_event_series ON diary_event (last_day, starts_at) WHERE repeat_freq IS NOT NULL;
CREATE INDEX diary_event_span ON diary_event (span_days);

-- One occurrence of a series cancelled, or moved (starts_at/ends_at), keyed by the day the rule
-- put it on.
CREATE TABLE diary_event_change (
  id           INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES diary_event (id),
  original_day TEXT NOT NULL,
  cancelled    INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
  starts_at    TEXT,
  ends_at      TEXT,
  UNIQUE (event_id, original_day)
);

-- Who is at an event: a contact, a member of staff, or a name alone (with the email an
-- imported invitation gave, if any; a contact's or staff member's own is read live).
CREATE TABLE diary_event_attendee (
  id         INTEGER PRIMARY KEY,
  event_id   INTEGER NOT NULL REFERENCES diary_event (id),
  contact_id INTEGER REFERENCES contact (id),
  staff_id   INTEGER REFERENCES staff (id),
  name       TEXT NOT NULL,
  email      TEXT
);
CREATE INDEX diary_event_attendee_event ON diary_event_attendee (event_id);
CREATE INDEX diary_event_attendee_contact ON diary_event_attendee (contact_id);
CREATE INDEX diary_event_attendee_staff ON diary_event_attendee (staff_id);

-- Cases an event is about, by reference. Casework lands separately; the reference is checked
-- against its table once both are in.
CREATE TABLE diary_event_case (
  id       INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES diary_event (id),
  case_ref TEXT NOT NULL,
  UNIQUE (event_id, case_ref)
);
CREATE INDEX diary_event_case_ref ON diary_event_case (case_ref);

CREATE TABLE diary_action (
  id         INTEGER PRIMARY KEY,
  text       TEXT NOT NULL,
  owner_id   INTEGER NOT NULL REFERENCES staff (id),
  due_on     TEXT NOT NULL,
  event_id   INTEGER REFERENCES diary_event (id),  -- the meeting it came from
  case_ref   TEXT,
  created_on TEXT NOT NULL,
  done_on    TEXT,
  done_note  TEXT
);
CREATE INDEX diary_action_open ON diary_action (due_on) WHERE done_on IS NULL;
CREATE INDEX diary_action_owner ON diary_action (owner_id, due_on);
CREATE INDEX diary_action_event ON diary_action (event_id);
CREATE INDEX diary_action_case ON diary_action (case_ref);
