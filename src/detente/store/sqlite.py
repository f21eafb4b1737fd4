"""The SQLite corpus store: one file, WAL journal, versioned migrations, FTS5 search.

Every input is saved in one transaction with its original bytes and its documents, so a killed
ingest leaves the corpus as it was after the last complete input, and re-running completes it.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from detente import dedup
from detente.document import Document, Span, Venue
from detente.errors import NotFoundError, QueryError, StoreError
from detente.store import fts
from detente.store.actors import ActorStore
from detente.store.base import Filters, Hit, InputRecord
from detente.store.events import EventStore
from detente.store.quotes import QuoteStore
from detente.store.timexes import TimexStore

APPLICATION_ID = 0x64657465  # "dete": marks the file as a detente corpus


def migrations() -> list[tuple[int, str, str]]:
    """``(version, name, sql)`` of every migration shipped with detente, in order."""
    out = []
    for entry in resources.files("detente.store").joinpath("migrations").iterdir():
        m = re.match(r"(\d+)_(\w+)\.sql$", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(out)


def _doc_actors(doc: Document) -> list[Any]:
    """The actors a document's analysis names (carried in ``extra["_actors"]``, not stored)."""
    return list(doc.extra.pop("_actors", {}).values())


def _remap_mentions(doc: Document, remap: dict[str, str]) -> None:
    """Point ``doc``'s mentions at the ids the store gave its actors."""
    if remap:
        for s in doc.layer("mentions"):
            if s.data.get("actor") in remap:
                s.data["actor"] = remap[s.data["actor"]]


def _spans_json(doc: Document) -> str:
    return json.dumps(
        {k: [[s.start, s.end, s.label, s.data] for s in v] for k, v in doc.spans.items()},
        ensure_ascii=False,
        default=str,
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date_floor(value: str) -> str:
    """``2022`` -> ``2022-01-01``; ``2022-03`` -> ``2022-03-01`` (for range filters)."""
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]


_DATE_ARG = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SQLiteStore(ActorStore, QuoteStore, TimexStore, EventStore):
    """A detente corpus in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if self.path.exists() and self.path.is_dir():
            raise StoreError(
                f"{self.path} is a folder; give a file name for the corpus (e.g. detente.db)"
            )
        if readonly and not self.path.exists():
            raise StoreError(
                f"{self.path}: no such corpus; create it with `detente ingest --db {self.path} ...`"
            )
        if self.path.exists() and self.path.stat().st_size:
            with open(self.path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    raise StoreError(f"{self.path} is not a detente corpus (not an SQLite file)")
        try:
            uri = f"file:{self.path}?mode=ro" if readonly else str(self.path)
            self.db = sqlite3.connect(
                uri, uri=readonly, isolation_level=None, check_same_thread=False
            )
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate(readonly)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the corpus ({exc})") from None

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self, readonly: bool) -> None:
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if tables and app_id != APPLICATION_ID:
            raise StoreError(f"{self.path} is an SQLite file but not a detente corpus")
        known = migrations()
        current = self.schema_version() if tables else 0
        if current > known[-1][0]:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this detente knows "
                f"({known[-1][0]}); upgrade detente"
            )
        pending = [m for m in known if m[0] > current]
        if pending and readonly:
            raise StoreError(f"{self.path} needs a schema upgrade; open it once without read-only")
        for version, name, sql in pending:
            with self.transaction():
                if version == 1:
                    self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    self.db.execute(
                        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
                    )
                for statement in sql.split(";\n"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now())
                )
                if version == 6 and current:
                    self._backfill_event_mentions()

    def _backfill_event_mentions(self) -> None:
        """A corpus from before schema 6: the event layers its documents already have."""
        rows = self.db.execute(
            "SELECT * FROM documents WHERE spans LIKE '%\"events\": [[%'"
        ).fetchall()
        for row in rows:
            self.write_event_mentions(self._doc(row))

    def schema_version(self) -> int:
        try:
            row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
        except sqlite3.OperationalError:
            return 0
        return row[0] or 0

    @contextmanager
    def transaction(self):
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    @contextmanager
    def snapshot(self):
        """A consistent read view: what is read inside sees the corpus as it was on entry, even
        while another process ingests (WAL keeps the old pages for this reader)."""
        self.db.execute("BEGIN DEFERRED")
        try:
            self.db.execute(
                "SELECT 1 FROM documents LIMIT 1"
            ).fetchall()  # the snapshot starts here
            yield self
        finally:
            self.db.execute("ROLLBACK")

    def close(self) -> None:
        self.db.close()

    # -- writing --------------------------------------------------------------------------
    def has_input(self, sha256: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM inputs WHERE sha256 = ? AND status = 'ok' LIMIT 1", (sha256,)
        )
        return row.fetchone() is not None

    def save_input(
        self,
        raw: bytes | None,
        record: InputRecord,
        docs: list[Document],
        actors: Iterable[Any] = (),
    ) -> list[Document]:
        """Store one input with its documents (and the actors they mention) in one transaction.

        Returns the documents that were new (exact duplicates of stored documents are recorded
        as another origin of the stored one). Near-duplicates get ``duplicate_of`` set.
        """
        added: list[Document] = []
        with self.transaction() as db:
            if raw is not None:
                db.execute(
                    "INSERT OR IGNORE INTO blobs VALUES (?, ?, ?)",
                    (record.sha256, len(raw), zlib.compress(raw, 6)),
                )
            new: list[Document] = []
            for doc in docs:
                doc.raw_sha256 = record.sha256 if raw is not None else doc.raw_sha256
                if (
                    doc.id in {d.id for d in new}
                    or db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone()
                ):
                    db.execute(
                        "INSERT OR IGNORE INTO document_origins VALUES (?, ?, ?)",
                        (doc.id, doc.origin, doc.record or ""),
                    )
                    continue
                new.append(doc)
            remap = self.upsert_actors(actors) if new else {}
            for doc in new:
                _remap_mentions(doc, remap | self.upsert_actors(_doc_actors(doc)))
                bands = doc.extra.pop("_bands", [])
                doc.duplicate_of = self._find_duplicate(doc, bands)
                self._insert(doc, bands)
                added.append(doc)
            record.documents = len(docs)
            db.execute(
                "INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.origin,
                    record.sha256,
                    record.format,
                    record.status,
                    record.documents,
                    record.error,
                    _now(),
                ),
            )
            db.execute("DELETE FROM record_errors WHERE input_sha256 = ?", (record.sha256,))
            db.executemany(
                "INSERT OR REPLACE INTO record_errors VALUES (?, ?, ?)",
                [(record.sha256, o, r) for o, r in record.record_errors],
            )
        return added

    def save_analysis(self, docs: Iterable[Document], actors: Iterable[Any] = ()) -> None:
        """Store the span layers, notes and analysis state of documents analysed again (and
        the actors they mention) in one transaction."""
        with self.transaction():
            remap = self.upsert_actors(actors)
            for doc in docs:
                _remap_mentions(doc, remap | self.upsert_actors(_doc_actors(doc)))
                self.db.execute(
                    "UPDATE documents SET spans = ?, notes = ?, analysis = ? WHERE id = ?",
                    (
                        _spans_json(doc),
                        json.dumps(doc.notes, ensure_ascii=False),
                        json.dumps(doc.analysis) if doc.analysis else None,
                        doc.id,
                    ),
                )
                self.write_mentions(doc)
                self.write_quotes(doc)
                self.write_timexes(doc)
                self.write_event_mentions(doc)

    def needing_analysis(self, version: int, *, limit: int = 64) -> list[Document]:
        """Up to ``limit`` documents whose analysis is older than ``version`` (or missing)."""
        rows = self.db.execute(
            "SELECT * FROM documents WHERE analysis IS NULL"
            " OR coalesce(json_extract(analysis, '$.version'), 0) < ? ORDER BY rowid LIMIT ?",
            (version, limit),
        ).fetchall()
        return [self._doc(r) for r in rows]

    def reset_analysis(self) -> int:
        """Mark every document as needing analysis again; returns how many."""
        with self.transaction():
            return self.db.execute("UPDATE documents SET analysis = NULL").rowcount

    def count_needing_analysis(self, version: int) -> int:
        return self.db.execute(
            "SELECT count(*) FROM documents WHERE analysis IS NULL"
            " OR coalesce(json_extract(analysis, '$.version'), 0) < ?",
            (version,),
        ).fetchone()[0]

    def _find_duplicate(self, doc: Document, bands: list[tuple[int, bytes]]) -> str | None:
        if not bands:
            return None
        hits: dict[str, int] = {}
        for band, key in bands:
            for (cand,) in self.db.execute(
                "SELECT doc_id FROM lsh_bands WHERE band = ? AND key = ?", (band, key)
            ):
                hits[cand] = hits.get(cand, 0) + 1
        for cand in sorted(hits, key=hits.get, reverse=True)[:20]:
            row = self.db.execute(
                "SELECT text, duplicate_of FROM documents WHERE id = ?", (cand,)
            ).fetchone()
            if row and dedup.similarity(doc.text, row["text"]).is_duplicate:
                return row["duplicate_of"] or cand
        return None

    def _insert(self, doc: Document, bands: list[tuple[int, bytes]]) -> None:
        extra = {k: v for k, v in doc.extra.items() if not k.startswith("_")}
        cur = self.db.execute(
            "INSERT INTO documents (id, origin, record, raw_sha256, format, kind, title, authors,"
            " published, publisher, venue, doi, language, url, text, abstract, duplicate_of, extra,"
            " spans, notes, ingested_at, analysis)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                doc.origin,
                doc.record,
                doc.raw_sha256,
                doc.format,
                doc.kind,
                doc.title,
                json.dumps(doc.authors, ensure_ascii=False),
                doc.published,
                doc.publisher,
                json.dumps(doc.venue.to_dict(), ensure_ascii=False) if doc.venue else None,
                doc.doi,
                doc.language,
                doc.url,
                doc.text,
                doc.abstract,
                doc.duplicate_of,
                json.dumps(extra, ensure_ascii=False, default=str),
                _spans_json(doc),
                json.dumps(doc.notes, ensure_ascii=False),
                _now(),
                json.dumps(doc.analysis) if doc.analysis else None,
            ),
        )
        self.write_mentions(doc)
        self.write_quotes(doc)
        self.write_timexes(doc)
        self.write_event_mentions(doc)
        body = (
            doc.text
            if not doc.abstract or doc.abstract in doc.text
            else f"{doc.text}\n{doc.abstract}"
        )
        self.db.execute(
            "INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
            (cur.lastrowid, fts.segment(doc.title or ""), fts.segment(body)),
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO lsh_bands VALUES (?, ?, ?)", [(b, k, doc.id) for b, k in bands]
        )

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _doc(row: sqlite3.Row) -> Document:
        venue = json.loads(row["venue"]) if row["venue"] else None
        spans = {
            layer: [Span(s, e, label, data) for s, e, label, data in items]
            for layer, items in json.loads(row["spans"]).items()
        }
        return Document(
            text=row["text"],
            origin=row["origin"],
            format=row["format"],
            kind=row["kind"],
            title=row["title"],
            authors=json.loads(row["authors"]),
            published=row["published"],
            published_estimate=row["published_estimate"],
            publisher=row["publisher"],
            venue=Venue(**venue) if venue else None,
            doi=row["doi"],
            language=row["language"],
            url=row["url"],
            abstract=row["abstract"],
            extra=json.loads(row["extra"]),
            id=row["id"],
            duplicate_of=row["duplicate_of"],
            raw_sha256=row["raw_sha256"],
            record=row["record"],
            spans=spans,
            notes=json.loads(row["notes"]),
            analysis=json.loads(row["analysis"]) if row["analysis"] else {},
        )

    def resolve_id(self, doc_id: str) -> str:
        """A full id from an id or a unique prefix of at least 4 characters."""
        doc_id = doc_id.strip().lower()
        if not re.fullmatch(r"[0-9a-f]{4,16}", doc_id):
            raise NotFoundError(
                f"{doc_id!r} is not a document id (16 hex characters, or a prefix of 4+)"
            )
        rows = self.db.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (doc_id, doc_id + "g")
        ).fetchall()
        if not rows:
            raise NotFoundError(f"no document {doc_id} in {self.path}; `detente search` lists ids")
        if len(rows) > 1:
            raise NotFoundError(f"id prefix {doc_id} is ambiguous; give more characters")
        return rows[0][0]

    def get(self, doc_id: str) -> Document:
        full = self.resolve_id(doc_id)
        return self._doc(
            self.db.execute("SELECT * FROM documents WHERE id = ?", (full,)).fetchone()
        )

    def origins(self, doc_id: str) -> list[str]:
        """Every place this document's content was seen (first the one it was stored from)."""
        full = self.resolve_id(doc_id)
        first = self.db.execute("SELECT origin FROM documents WHERE id = ?", (full,)).fetchone()[0]
        more = [
            r[0]
            for r in self.db.execute(
                "SELECT origin FROM document_origins WHERE doc_id = ?", (full,)
            )
        ]
        return [first, *more]

    def duplicates_of(self, doc_id: str) -> list[str]:
        full = self.resolve_id(doc_id)
        return [
            r[0]
            for r in self.db.execute("SELECT id FROM documents WHERE duplicate_of = ?", (full,))
        ]

    def raw(self, doc_id: str) -> bytes:
        full = self.resolve_id(doc_id)
        row = self.db.execute(
            "SELECT b.data FROM documents d JOIN blobs b ON b.sha256 = d.raw_sha256 WHERE d.id = ?",
            (full,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"the original bytes of {full} were not kept")
        return zlib.decompress(row[0])

    def _where(self, filters: Filters | None, alias: str = "d") -> tuple[str, list[Any]]:
        f = filters or Filters()
        clauses, args = [], []
        if f.kind:
            clauses.append(f"{alias}.kind = ?")
            args.append(f.kind)
        if f.language:
            clauses.append(f"{alias}.language = ?")
            args.append(f.language)
        for value, op in ((f.date_from, ">="), (f.date_to, "<=")):
            if value:
                if not _DATE_ARG.match(value):
                    raise QueryError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                bound = _date_floor(value) if op == ">=" else value + "\uffff"
                clauses.append(
                    f"{alias}.published IS NOT NULL AND "
                    f"substr({alias}.published || '-01-01', 1, 10) {op} ?"
                )
                args.append(bound)
        if not f.include_duplicates:
            clauses.append(f"{alias}.duplicate_of IS NULL")
        return (" AND ".join(clauses) or "1"), args

    def documents(self, filters: Filters | None = None) -> Iterator[Document]:
        where, args = self._where(filters)
        last = 0
        while True:  # keyset pagination: constant memory however large the corpus
            rows = self.db.execute(
                f"SELECT * FROM documents d WHERE d.rowid > ? AND {where} ORDER BY d.rowid LIMIT 500",
                [last, *args],
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._doc(row)
            last = rows[-1]["rowid"]

    def count(self, filters: Filters | None = None) -> int:
        where, args = self._where(filters)
        return self.db.execute(f"SELECT count(*) FROM documents d WHERE {where}", args).fetchone()[
            0
        ]

    def search(
        self, query: str, filters: Filters | None = None, limit: int = 20, offset: int = 0
    ) -> list[Hit]:
        if not query or not query.strip():
            raise QueryError("empty search query")
        where, args = self._where(filters)
        sql = (
            "SELECT d.id, d.title, d.kind, d.language, d.published, d.publisher, d.origin,"
            " snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet,"
            " bm25(documents_fts, 5.0, 1.0) AS score,"
            " (SELECT count(*) FROM documents x WHERE x.duplicate_of = d.id) AS duplicates"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            f" WHERE documents_fts MATCH ? AND {where} ORDER BY score LIMIT ? OFFSET ?"
        )
        try:
            rows = self.db.execute(sql, [fts.query(query), *args, limit, offset]).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(
                f'cannot search for {query!r}: {exc}. Words are ANDed; use "double quotes" for '
                "phrases, OR / NOT in capitals, prefix* for prefixes."
            ) from None
        return [
            Hit(
                r["id"],
                r["title"],
                r["kind"],
                r["language"],
                r["published"],
                r["publisher"],
                r["origin"],
                r["snippet"].replace("\n", " "),
                -r["score"],
                r["duplicates"],
            )
            for r in rows
        ]

    def failures(self) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT origin, error FROM inputs WHERE status = 'failed' AND sha256 NOT IN "
            "(SELECT sha256 FROM inputs WHERE status = 'ok') UNION ALL SELECT origin, reason FROM record_errors"
        )
        return [(r[0], r[1]) for r in rows]

    def stats(self) -> dict[str, Any]:
        q = self.db.execute

        def grouped(col: str, top: int = 50) -> dict[str, int]:
            rows = q(
                f"SELECT coalesce({col}, '(unknown)') AS k, count(*) AS n FROM documents "
                f"WHERE duplicate_of IS NULL GROUP BY k ORDER BY n DESC, k LIMIT {top}"
            )
            return {r["k"]: r["n"] for r in rows}

        span = q(
            "SELECT min(published), max(published), count(published) FROM documents WHERE duplicate_of IS NULL"
        ).fetchone()
        return {
            "corpus": str(self.path),
            "schema_version": self.schema_version(),
            "documents": q("SELECT count(*) FROM documents").fetchone()[0],
            "canonical": q("SELECT count(*) FROM documents WHERE duplicate_of IS NULL").fetchone()[
                0
            ],
            "near_duplicates": q(
                "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
            ).fetchone()[0],
            "inputs": q("SELECT count(DISTINCT sha256) FROM inputs WHERE status = 'ok'").fetchone()[
                0
            ],
            "failed_inputs": len(self.failures()),
            "by_kind": grouped("kind"),
            "by_language": grouped("language"),
            "by_format": grouped("format"),
            "by_publisher": grouped("publisher", 10),
            "published": {"first": span[0], "last": span[1], "dated": span[2]},
            "raw_bytes": q("SELECT coalesce(sum(size), 0) FROM blobs").fetchone()[0],
        }
