-- detente corpus schema, version 3: actors and their mentions (issue #3).
-- What analysis a document has had: {"version": N, "stages": [...], "at": ISO time}.
ALTER TABLE documents ADD COLUMN analysis TEXT;

-- Every actor mentioned in the corpus: registry entries as they were when last resolved (so the
-- corpus file stands on its own), and actors discovered in the text.
CREATE TABLE actors (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    aliases     TEXT NOT NULL DEFAULT '{}',
    roles       TEXT NOT NULL DEFAULT '[]',
    description TEXT,
    source      TEXT NOT NULL
);
CREATE INDEX actors_country ON actors (country, type);

-- One row per resolved mention: character offsets into the document's clean text.
CREATE TABLE mentions (
    doc_id      TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    actor_id    TEXT,
    kind        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    role        TEXT,
    confidence  REAL NOT NULL DEFAULT 1.0,
    sent_start  INTEGER,
    sent_end    INTEGER,
    PRIMARY KEY (doc_id, start_char, end_char)
);
CREATE INDEX mentions_actor ON mentions (actor_id, doc_id);
CREATE INDEX mentions_country ON mentions (country, sector)
