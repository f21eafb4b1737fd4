-- detente corpus schema, version 4: quotations and reported speech (issue #4).
CREATE TABLE quotes (
    id                  TEXT PRIMARY KEY,
    doc_id              TEXT NOT NULL,
    start_char          INTEGER NOT NULL,
    end_char            INTEGER NOT NULL,
    text                TEXT NOT NULL,
    kind                TEXT NOT NULL,
    speaker             TEXT,
    speaker_actor       TEXT,
    speaker_description TEXT,
    speaker_country     TEXT,
    speaker_sector      TEXT,
    speaker_text        TEXT,
    speaker_start       INTEGER,
    speaker_end         INTEGER,
    cue                 TEXT,
    cue_start           INTEGER,
    confidence          REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_speaker ON quotes (speaker_actor);
CREATE INDEX quotes_country ON quotes (speaker_country, speaker_sector);

-- Full-text index of what was said and who said it; rowid = quotes.rowid.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker, tokenize = 'porter unicode61 remove_diacritics 2'
)
