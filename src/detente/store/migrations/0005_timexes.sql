-- detente corpus schema, version 5: temporal expressions (issue #5).
CREATE TABLE timexes (
    id          TEXT PRIMARY KEY,      -- doc_id:start-end
    doc_id      TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,         -- DATE, TIME, DURATION, SET; EVENT: a dated event clause
    value       TEXT,                  -- TIMEX3 value; NULL: relative, nothing to count from
    precision   TEXT,                  -- time, day, week, month, quarter, half, season, year...
    mod         TEXT,                  -- START, MID, END, APPROX, LESS_THAN, MORE_THAN...
    anchor      TEXT,                  -- NULL (stated in full), published, narrative, event...
    partial     TEXT,                  -- what is known of an unresolved value (XXXX-02-04)
    begin_value TEXT,                  -- ranges and durations counted from now: their ends
    end_value   TEXT,
    event       TEXT,                  -- the event an anchored value counts from
    tense       TEXT,
    rule        TEXT
);
CREATE INDEX timexes_doc ON timexes (doc_id);
CREATE INDEX timexes_value ON timexes (value);

ALTER TABLE documents ADD COLUMN published_estimate TEXT;
