"""Events in the SQLite corpus (schema version 6): event mentions, merged events, queries.

A mixin of :class:`~detente.store.sqlite.SQLiteStore` (uses ``self.db``, ``self.transaction``,
``self.find_actor``). Event mentions live in a document's ``events`` span layer and in the
``event_mentions`` table, written together; writing them marks the merged ``events`` stale, and
:meth:`EventStore.rebuild_events` (run at the end of every ingest and analysis) merges every
mention of the corpus again (:mod:`detente.events.merge`).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from detente.document import Document
from detente.errors import NotFoundError, QueryError
from detente.store.timexes import check_range

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

MENTION_COLUMNS = (
    "id", "doc_id", "start_char", "end_char", "text", "sentence_start", "sentence_end",
    "sentence", "paragraph", "category", "cameo", "quad_class", "intensity", "mode", "trigger",
    "source", "source_text", "source_start", "source_end", "source_country", "source_sector",
    "target", "target_text", "target_start", "target_end", "target_country", "target_sector",
    "date", "date_precision", "date_start", "date_end", "negated", "modality", "confidence",
    "event_id",
)  # fmt: skip
EVENT_COLUMNS = (
    "id", "date", "date_precision", "date_min", "date_max", "category", "mode", "cameo",
    "intensity", "quad_class", "source", "source_country", "source_sector", "target",
    "target_country", "target_sector", "negated", "modality", "evidence", "evidence_doc",
    "evidence_start", "evidence_end", "confidence", "n_sources", "n_mentions", "doc_ids", "root",
)  # fmt: skip


@dataclass(slots=True)
class EventFilters:
    """Filters for :meth:`EventStore.events`.

    ``source`` and ``target`` are an ISO3 country code (matching the country's own events and
    those of its people and bodies), an actor id (``person:xi-jinping``, ``IGO:NATO``) or a
    name or alias the corpus knows. With ``both_directions`` an event matches either way round
    (a dyad: ``source`` → ``target`` or ``target`` → ``source``)."""

    source: str | None = None
    target: str | None = None
    category: str | None = None  # PLOVER category; several: "AGREE,CONSULT"
    quad_class: int | None = None  # 1..4
    date_from: str | None = None  # the event's date overlaps [date_from, date_to]
    date_to: str | None = None
    min_sources: int = 1  # reported by at least this many distinct (canonical) documents
    include_not_done: bool = False  # also negated, planned, threatened, denied... events
    both_directions: bool = False
    doc_id: str | None = None  # reported by this document
    cameo: str | None = None  # CAMEO code prefix ("16": reduce relations, "163": sanctions)


def _countries() -> dict[str, tuple[str, str]]:
    from detente.actors.registry import Registry

    return Registry.load().countries


class EventStore:
    db: Any

    # -- writing ------------------------------------------------------------------------------
    def write_event_mentions(self, doc: Document) -> None:
        """Replace the event mention rows of ``doc`` with its ``events`` layer (and mark the
        merged events stale when anything changed)."""
        from detente.events.merge import mention_id

        gone = self.db.execute("DELETE FROM event_mentions WHERE doc_id = ?", (doc.id,)).rowcount
        rows = []
        seen: Counter[tuple[int, int]] = Counter()
        for s in doc.layer("events"):
            n = seen[(s.start, s.end)]
            seen[(s.start, s.end)] += 1
            d = s.data
            lo, hi = d.get("sentence_start"), d.get("sentence_end")
            if lo is None or hi is None:
                lo, hi = s.start, s.end
            # the evidence is the sentence without surrounding whitespace: move its offsets so
            # that text[sentence_start:sentence_end] is exactly the stored sentence
            raw = doc.text[lo:hi]
            lo, hi = lo + len(raw) - len(raw.lstrip()), hi - (len(raw) - len(raw.rstrip()))
            rows.append(
                (
                    mention_id(doc.id or "", s.start, s.end, n), doc.id, s.start, s.end,
                    doc.text[s.start : s.end], lo, hi, doc.text[lo:hi].strip(),
                    doc.text.count("\n", 0, lo), s.label, d.get("cameo", ""),
                    d.get("quad_class", 0), d.get("intensity", 0.0), d.get("mode"),
                    d.get("trigger"), d.get("source"), d.get("source_text"),
                    d.get("source_start"), d.get("source_end"), d.get("source_country"),
                    d.get("source_sector"), d.get("target"), d.get("target_text"),
                    d.get("target_start"), d.get("target_end"), d.get("target_country"),
                    d.get("target_sector"), d.get("date"), d.get("date_precision") or "reported",
                    d.get("date_start"), d.get("date_end"), int(bool(d.get("negated"))),
                    d.get("modality"), d.get("confidence", 1.0), None,
                )
            )  # fmt: skip
        self.db.executemany(
            f"INSERT OR REPLACE INTO event_mentions VALUES ({','.join('?' * len(MENTION_COLUMNS))})",
            rows,
        )
        if gone or rows:
            self._set_state("events_stale", "1")

    def _set_state(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM corpus_state WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO corpus_state VALUES (?, ?)", (key, value))

    def events_stale(self) -> bool:
        """Have event mentions changed since the events were last merged?"""
        row = self.db.execute(
            "SELECT value FROM corpus_state WHERE key = 'events_stale'"
        ).fetchone()
        return bool(row and row[0] == "1")

    def rebuild_events(self) -> int:
        """Merge every event mention of the corpus into events again (one transaction);
        returns the number of events. See :mod:`detente.events.merge`."""
        from detente.events.merge import Mention, merge

        with self.transaction():
            rows = self.db.execute(
                "SELECT m.id, m.doc_id, m.category, m.cameo, m.source, m.target,"
                " m.source_country, m.target_country, m.source_sector, m.target_sector, m.date,"
                " m.date_precision, m.mode, m.intensity, m.quad_class, m.trigger, m.sentence,"
                " m.sentence_start, m.sentence_end, m.start_char AS start, m.paragraph,"
                " m.negated, m.modality, m.confidence, coalesce(d.duplicate_of, d.id) AS story,"
                " d.published, d.language, d.rowid AS doc_seq"
                " FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
            )
            events = merge(Mention.from_row(dict(r)) for r in rows)
            self.db.execute("DELETE FROM events")
            self.db.executemany(
                f"INSERT OR REPLACE INTO events VALUES ({','.join('?' * len(EVENT_COLUMNS))})",
                [
                    tuple(
                        json.dumps(e.doc_ids)
                        if c == "doc_ids"
                        # the column is NOT NULL (schema 6): no date is stored as "reported"
                        # with a null date, and read back as a null precision (_event)
                        else e.date_precision or "reported"
                        if c == "date_precision"
                        else int(getattr(e, c))
                        if c in ("negated", "root")
                        else getattr(e, c)
                        for c in EVENT_COLUMNS
                    )
                    for e in events
                ],
            )
            self.db.execute("UPDATE event_mentions SET event_id = NULL WHERE event_id IS NOT NULL")
            self.db.executemany(
                "UPDATE event_mentions SET event_id = ? WHERE id = ?",
                [(e.id, m) for e in events for m in e.mention_ids],
            )
            self._set_state("events_stale", None)
        return len(events)

    # -- reading ------------------------------------------------------------------------------
    def resolve_actor(self, name: str) -> tuple[str, bool]:
        """``(id, is_country)`` of an actor named by ISO3 code, id, name or alias."""
        given = (name or "").strip()
        if not given:
            raise QueryError("empty actor name")
        if re.fullmatch(r"[A-Za-z]{3}", given) and given.upper() in _countries():
            return given.upper(), True
        try:
            actor = self.find_actor(given)  # type: ignore[attr-defined]
        except NotFoundError:
            like = f"%{re.sub(r'[%_]', '', given)}%"
            hits = self.db.execute(
                "SELECT id, name FROM actors WHERE name LIKE ? OR id LIKE ?"
                " ORDER BY length(name) LIMIT 3",
                (like, like),
            ).fetchall()
            hint = f" (did you mean {' or '.join(repr(h['id']) for h in hits)}?)" if hits else ""
            raise NotFoundError(
                f"unknown actor {given!r}{hint}: give an ISO3 country code (CHN), an actor id "
                "(person:xi-jinping) or a name this corpus knows; `detente actor NAME` looks a "
                "name up, `detente actors` lists the actors"
            ) from None
        return actor["id"], actor["type"] == "country"

    def _side(self, role: str, name: str) -> tuple[str, list[Any]]:
        actor, country = self.resolve_actor(name)
        if country:
            return f"(e.{role} = ? OR e.{role}_country = ?)", [actor, actor]
        return f"e.{role} = ?", [actor]

    def _event_where(self, f: EventFilters) -> tuple[list[str], list[Any]]:
        from detente.events.codes import CATEGORIES
        from detente.events.merge import extent

        clauses: list[str] = []
        args: list[Any] = []
        if f.source and f.target and f.both_directions:
            s1, a1 = self._side("source", f.source)
            t1, b1 = self._side("target", f.target)
            s2, a2 = self._side("source", f.target)
            t2, b2 = self._side("target", f.source)
            clauses.append(f"(({s1} AND {t1}) OR ({s2} AND {t2}))")
            args += [*a1, *b1, *a2, *b2]
        elif f.both_directions and (f.source or f.target):
            name = f.source or f.target or ""
            s1, a1 = self._side("source", name)
            t1, b1 = self._side("target", name)
            clauses.append(f"({s1} OR {t1})")
            args += [*a1, *b1]
        else:
            for role, name in (("source", f.source), ("target", f.target)):
                if name:
                    clause, more = self._side(role, name)
                    clauses.append(clause)
                    args += more
        if f.category:
            cats = [c.strip().upper() for c in f.category.split(",") if c.strip()]
            bad = [c for c in cats if c not in CATEGORIES]
            if bad:
                raise QueryError(f"event category {bad[0]!r} is not one of {', '.join(CATEGORIES)}")
            clauses.append(f"e.category IN ({','.join('?' * len(cats))})")
            args += cats
        if f.quad_class is not None:
            if f.quad_class not in (1, 2, 3, 4):
                raise QueryError(
                    f"quad class {f.quad_class!r} is not 1 (verbal cooperation), 2 (material "
                    "cooperation), 3 (verbal conflict) or 4 (material conflict)"
                )
            clauses.append("e.quad_class = ?")
            args.append(f.quad_class)
        if f.cameo is not None:
            codes = [c.strip() for c in str(f.cameo).split(",") if c.strip()]
            bad = [c for c in codes if not c.isdigit()]
            if not codes or bad:
                raise QueryError(
                    f"CAMEO code {(bad or [f.cameo])[0]!r} is not a code or a prefix of digits "
                    "(163: sanctions, 16: reduce relations, 04: consult)"
                )
            clauses.append("(" + " OR ".join("e.cameo LIKE ?" for _ in codes) + ")")
            args += [c + "%" for c in codes]
        if f.min_sources is not None and f.min_sources < 1:
            raise QueryError(f"min_sources must be 1 or more, not {f.min_sources!r}")
        for value, op in ((f.date_from, ">="), (f.date_to, "<=")):
            if value:
                if not _DATE.match(value) or extent(value) is None:
                    raise QueryError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                if op == ">=":  # the event's last day is on or after the start of date_from
                    clauses.append("e.date_max >= ?")
                    args.append((value + "-01-01")[:10] if len(value) == 4 else
                                (value + "-01")[:10])  # fmt: skip
                else:  # ... and its first day on or before the end of date_to
                    clauses.append("e.date_min <= ?")
                    args.append(value + "\uffff")
        check_range(f.date_from, f.date_to)
        if f.min_sources and f.min_sources > 1:
            clauses.append("e.n_sources >= ?")
            args.append(f.min_sources)
        if not f.include_not_done:
            clauses.append("e.negated = 0 AND e.modality IS NULL")
        if f.doc_id:
            clauses.append(
                "e.id IN (SELECT event_id FROM event_mentions WHERE doc_id = ?"
                " AND event_id IS NOT NULL)"
            )
            args.append(f.doc_id)
        return clauses or ["1 = 1"], args

    @staticmethod
    def _event(row: Any) -> dict[str, Any]:
        out = dict(row)
        out["doc_ids"] = json.loads(out["doc_ids"])
        out["negated"] = bool(out["negated"])
        out["root"] = bool(out["root"])
        if not out.get("date"):  # no date at all: no precision (stored as "reported")
            out["date_precision"] = None
        return out

    def actor_names(self, ids: list[str]) -> dict[str, str]:
        """The name of each actor id the corpus knows."""
        ids = [i for i in dict.fromkeys(ids) if i]
        if not ids:
            return {}
        rows = self.db.execute(
            f"SELECT id, name FROM actors WHERE id IN ({','.join('?' * len(ids))})", ids
        )
        return {r["id"]: r["name"] for r in rows}

    def document_stories(self, doc_ids: list[str]) -> dict[str, str]:
        """The story of each document: the document it is a near-duplicate of, or itself."""
        out: dict[str, str] = {}
        ids = list(dict.fromkeys(doc_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.db.execute(
                "SELECT id, coalesce(duplicate_of, id) AS story FROM documents"
                f" WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            out.update({r["id"]: r["story"] for r in rows})
        return out

    def events(
        self, filters: EventFilters | None = None, *, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Merged events matching ``filters``, in date order (undated last), with the names of
        their actors (``source_name``, ``target_name``)."""
        f = filters or EventFilters()
        clauses, args = self._event_where(f)
        sql = (
            "SELECT e.*, s.name AS source_name, t.name AS target_name FROM events e"
            " LEFT JOIN actors s ON s.id = e.source LEFT JOIN actors t ON t.id = e.target"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY e.date_min IS NULL, e.date_min, e.date_max, e.evidence_doc,"
            " e.evidence_start, e.id"
            " LIMIT ? OFFSET ?"
        )
        rows = self.db.execute(sql, [*args, -1 if limit is None else limit, offset])
        return [self._event(r) for r in rows]

    def count_events(self, filters: EventFilters | None = None) -> int:
        clauses, args = self._event_where(filters or EventFilters())
        sql = f"SELECT count(*) FROM events e WHERE {' AND '.join(clauses)}"
        return self.db.execute(sql, args).fetchone()[0]

    def event_mentions(
        self, *, doc_id: str | None = None, event_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The event mentions of one document (text order) or of one event (first source first),
        each with its event's ``n_sources`` (None: not in any event)."""
        if doc_id is None and event_id is None:
            raise QueryError("give a document or an event")
        clauses, args = [], []
        if doc_id is not None:
            clauses.append("m.doc_id = ?")
            args.append(doc_id)
        if event_id is not None:
            clauses.append("m.event_id = ?")
            args.append(event_id)
        rows = self.db.execute(
            "SELECT m.*, e.n_sources, d.published AS doc_published, d.title AS doc_title,"
            " CASE WHEN e.negated THEN 'negated' ELSE e.modality END AS event_status"
            " FROM event_mentions m JOIN documents d ON d.id = m.doc_id"
            " LEFT JOIN events e ON e.id = m.event_id"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY d.published IS NULL, d.published, m.doc_id, m.start_char, m.id",
            args,
        )
        out = []
        for r in rows:
            row = dict(r)
            row["negated"] = bool(row["negated"])
            out.append(row)
        return out

    def all_events(self) -> Iterator[dict[str, Any]]:
        """Every merged event (not-done ones too), in export order, with the first source's
        URL or origin and when it was ingested (for the GDELT-like table)."""
        rows = self.db.execute(
            "SELECT e.*, s.name AS source_name, t.name AS target_name,"
            " coalesce(d.url, d.origin) AS source_url, d.ingested_at AS added_at"
            " FROM events e LEFT JOIN actors s ON s.id = e.source"
            " LEFT JOIN actors t ON t.id = e.target LEFT JOIN documents d ON d.id = e.evidence_doc"
            " ORDER BY e.date_min IS NULL, e.date_min, e.id"
        )
        for r in rows:
            yield self._event(r)

    def all_event_mentions(self) -> Iterator[dict[str, Any]]:
        """Every event mention, in export order."""
        for r in self.db.execute("SELECT * FROM event_mentions ORDER BY doc_id, start_char, id"):
            row = dict(r)
            row["negated"] = bool(row["negated"])
            yield row
