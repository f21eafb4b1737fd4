-- detente corpus schema, version 1.
-- Original bytes of every input, zlib-compressed, keyed by the SHA-256 of the uncompressed bytes.
CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL
);

-- Every input ingested (file, stdin, URL): status 'ok' or 'failed' with the reason.
CREATE TABLE inputs (
    origin      TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT,
    status      TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    documents   INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (origin, sha256)
);
CREATE INDEX inputs_sha256 ON inputs (sha256);

-- Per-record failures inside an input that otherwise read fine (a bad JSONL line, a WARC record).
CREATE TABLE record_errors (
    input_sha256 TEXT NOT NULL,
    origin       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    PRIMARY KEY (input_sha256, origin)
);

CREATE TABLE documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    origin       TEXT NOT NULL,
    record       TEXT,
    raw_sha256   TEXT REFERENCES blobs (sha256),
    format       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    title        TEXT,
    authors      TEXT NOT NULL DEFAULT '[]',
    published    TEXT,
    publisher    TEXT,
    venue        TEXT,
    doi          TEXT,
    language     TEXT,
    url          TEXT,
    text         TEXT NOT NULL,
    abstract     TEXT,
    duplicate_of TEXT,
    extra        TEXT NOT NULL DEFAULT '{}',
    spans        TEXT NOT NULL DEFAULT '{}',
    notes        TEXT NOT NULL DEFAULT '[]',
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_kind ON documents (kind, language);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
CREATE INDEX documents_doi ON documents (doi);

-- Other places the very same content was seen (exact duplicates from other files or records).
CREATE TABLE document_origins (
    doc_id TEXT NOT NULL,
    origin TEXT NOT NULL,
    record TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, origin, record)
);

-- Full-text index; rowid = documents.rowid. Chinese text is indexed word-segmented.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, body, tokenize = 'unicode61 remove_diacritics 2'
);

-- MinHash LSH band keys for near-duplicate candidates.
CREATE TABLE lsh_bands (
    band   INTEGER NOT NULL,
    key    BLOB NOT NULL,
    doc_id TEXT NOT NULL,
    PRIMARY KEY (band, key, doc_id)
) WITHOUT ROWID;
