-- detente corpus schema, version 6: political events (issue #6).
-- One row per event mention: a span of a document's "events" layer (what one sentence says one
-- actor did to another), with the sentence kept so events can be merged without the documents.
CREATE TABLE event_mentions (
    id              TEXT PRIMARY KEY,      -- doc_id:start-end:N (N-th mention on that predicate)
    doc_id          TEXT NOT NULL,
    start_char      INTEGER NOT NULL,      -- the predicate's words
    end_char        INTEGER NOT NULL,
    text            TEXT NOT NULL,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    sentence        TEXT NOT NULL,         -- the evidence
    paragraph       INTEGER NOT NULL DEFAULT 0,  -- 0: the document's first paragraph
    category        TEXT NOT NULL,         -- PLOVER
    cameo           TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    intensity       REAL NOT NULL,         -- Goldstein, -10 ... +10
    mode            TEXT,
    trigger         TEXT,                  -- the lexicon entry that matched
    source          TEXT,                  -- actor ids, with their country and sector then
    source_text     TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    source_country  TEXT,
    source_sector   TEXT,
    target          TEXT,
    target_text     TEXT,
    target_start    INTEGER,
    target_end      INTEGER,
    target_country  TEXT,
    target_sector   TEXT,
    date            TEXT,                  -- when it happened: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www
    date_precision  TEXT NOT NULL,         -- day, week, month, year; reported: publication date
    date_start      INTEGER,               -- the temporal expression that dated it
    date_end        INTEGER,
    negated         INTEGER NOT NULL DEFAULT 0,
    modality        TEXT,                  -- planned, threatened, called_for, denied...
    confidence      REAL NOT NULL DEFAULT 1.0,
    event_id        TEXT                   -- the merged event (events.id)
);
CREATE INDEX event_mentions_doc ON event_mentions (doc_id);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

-- Merged events: one row per real-world event, with every document that reports it. Rebuilt
-- from event_mentions after each ingest or analysis (detente.events.merge).
CREATE TABLE events (
    id              TEXT PRIMARY KEY,      -- content-derived (dyad, category, date, first mention)
    date            TEXT,
    date_precision  TEXT NOT NULL,
    date_min        TEXT,                  -- the first and last day the date covers
    date_max        TEXT,
    category        TEXT NOT NULL,
    mode            TEXT,
    cameo           TEXT NOT NULL,
    intensity       REAL NOT NULL,
    quad_class      INTEGER NOT NULL,
    source          TEXT,
    source_country  TEXT,
    source_sector   TEXT,
    target          TEXT,
    target_country  TEXT,
    target_sector   TEXT,
    negated         INTEGER NOT NULL DEFAULT 0,
    modality        TEXT,                  -- NULL with negated = 0: it happened, as reported
    evidence        TEXT NOT NULL,         -- the sentence of the first source
    evidence_doc    TEXT NOT NULL,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    confidence      REAL NOT NULL,
    n_sources       INTEGER NOT NULL,      -- distinct canonical documents
    n_mentions      INTEGER NOT NULL,
    doc_ids         TEXT NOT NULL,         -- JSON list, first source first, copies included
    root            INTEGER NOT NULL DEFAULT 0  -- reported in a first paragraph
);
CREATE INDEX events_dyad ON events (source_country, target_country, date_min);
CREATE INDEX events_actors ON events (source, target, date_min);
CREATE INDEX events_category ON events (category, date_min);
CREATE INDEX events_date ON events (date_min);

-- Small facts about the corpus as a whole ("events_stale": mentions changed since the merge).
CREATE TABLE corpus_state (
    key   TEXT PRIMARY KEY,
    value TEXT
)
