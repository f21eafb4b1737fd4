-- detente corpus schema, version 2: English words in the full-text index are stemmed (porter),
-- so "sanction" finds "sanctions". The indexed text is copied over unchanged (Chinese stays
-- word-segmented); Russian is matched by stem prefixes built at query time (store/fts.py).
CREATE VIRTUAL TABLE documents_fts_v2 USING fts5 (
    title, body, tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts_v2 (rowid, title, body) SELECT rowid, title, body FROM documents_fts;
DROP TABLE documents_fts;
ALTER TABLE documents_fts_v2 RENAME TO documents_fts
