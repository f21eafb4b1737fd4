"""Quotations in the SQLite corpus (schema version 4): writing and querying.

A mixin of :class:`~detente.store.sqlite.SQLiteStore` (uses ``self.db``, ``self.find_actor``).
Quotes live in a document's ``quotes`` span layer and in the ``quotes`` table, written together.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from detente.document import Document
from detente.errors import QueryError
from detente.store import fts

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
QUOTE_KINDS = ("direct", "partial", "indirect", "scare", "title")


@dataclass(slots=True)
class QuoteFilters:
    """Filters for :meth:`QuoteStore.quotes`."""

    speaker: str | None = None  # words of the speaker's name ("Hua", "spokesman")
    actor: str | None = None  # the speaker is this actor (id, name or alias)
    about: str | None = None  # the quote mentions this actor
    country: str | None = None  # the speaker spoke for this country (ISO3)
    sector: str | None = None  # ... in this sector (GOV, MIL, ...)
    kind: str | None = None  # direct, partial, indirect (scare quotes and titles: only if asked)
    date_from: str | None = None
    date_to: str | None = None
    search: str | None = None  # full-text search in what was said (FTS5 syntax)
    include_duplicates: bool = False


def quote_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}:{start}-{end}"


class QuoteStore:
    db: Any

    def write_quotes(self, doc: Document) -> None:
        """Replace the quote rows of ``doc`` with its ``quotes`` layer."""
        old = [
            r[0] for r in self.db.execute("SELECT rowid FROM quotes WHERE doc_id = ?", (doc.id,))
        ]
        if old:
            self.db.executemany("DELETE FROM quotes_fts WHERE rowid = ?", [(r,) for r in old])
            self.db.execute("DELETE FROM quotes WHERE doc_id = ?", (doc.id,))
        for s in doc.layer("quotes"):
            d = s.data
            text = doc.text[s.start : s.end]
            cur = self.db.execute(
                "INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    quote_id(doc.id, s.start, s.end), doc.id, s.start, s.end, text, s.label,
                    d.get("speaker"), d.get("speaker_actor"), d.get("speaker_description"),
                    d.get("speaker_country"), d.get("speaker_sector"), d.get("speaker_text"),
                    d.get("speaker_start"), d.get("speaker_end"), d.get("cue"), d.get("cue_start"),
                    d.get("confidence", 1.0),
                ),
            )  # fmt: skip
            self.db.execute(
                "INSERT INTO quotes_fts (rowid, text, speaker) VALUES (?, ?, ?)",
                (cur.lastrowid, fts.segment(text), d.get("speaker") or ""),
            )

    def quotes(
        self, filters: QuoteFilters | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Quotes matching ``filters``, newest document first, in text order within one."""
        f = filters or QuoteFilters()
        clauses, args = [], []
        if f.kind:
            if f.kind not in QUOTE_KINDS:
                raise QueryError(f"quote kind {f.kind!r} is not one of {', '.join(QUOTE_KINDS)}")
            clauses.append("q.kind = ?")
            args.append(f.kind)
        else:
            clauses.append("q.kind IN ('direct', 'partial', 'indirect')")
        if f.speaker:
            clauses.append("(q.speaker LIKE ? OR q.speaker_text LIKE ?)")
            args += [f"%{f.speaker}%"] * 2
        if f.actor:
            clauses.append("q.speaker_actor = ?")
            args.append(self.find_actor(f.actor)["id"])
        if f.about:
            clauses.append(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = q.doc_id AND m.actor_id = ?"
                " AND m.start_char >= q.start_char AND m.end_char <= q.end_char)"
            )
            args.append(self.find_actor(f.about)["id"])
        if f.country:
            clauses.append("q.speaker_country = ?")
            args.append(f.country.upper())
        if f.sector:
            clauses.append("q.speaker_sector = ?")
            args.append(f.sector.upper())
        for value, op in ((f.date_from, ">="), (f.date_to, "<=")):
            if value:
                if not _DATE.match(value):
                    raise QueryError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                bound = (value + "-01-01")[:10] if op == ">=" else value + "\uffff"
                clauses.append(f"d.published IS NOT NULL AND d.published {op} ?")
                args.append(bound)
        if not f.include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        join = ""
        if f.search:
            join = " JOIN quotes_fts ON quotes_fts.rowid = q.rowid"
            clauses.append("quotes_fts MATCH ?")
            args.append(fts.query(f.search))
        sql = (
            "SELECT q.*, d.title AS doc_title, d.published AS doc_published, d.publisher"
            f" FROM quotes q JOIN documents d ON d.id = q.doc_id{join}"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY d.published IS NULL, d.published DESC, q.doc_id, q.start_char"
            " LIMIT ? OFFSET ?"
        )
        try:
            rows = self.db.execute(sql, [*args, limit, offset]).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(f"cannot search quotes for {f.search!r}: {exc}") from None
        return [dict(r) for r in rows]

    def all_quotes(self) -> Iterator[dict[str, Any]]:
        """Every quote, in export order (scare quotes and titles included)."""
        for r in self.db.execute("SELECT * FROM quotes ORDER BY doc_id, start_char"):
            yield dict(r)
