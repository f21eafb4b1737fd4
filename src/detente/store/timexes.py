"""Temporal expressions in the SQLite corpus (schema version 5): writing and querying.

A mixin of :class:`~detente.store.sqlite.SQLiteStore` (uses ``self.db``). Timexes live in a
document's ``timexes`` span layer and in the ``timexes`` table, written together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from detente.document import Document
from detente.errors import QueryError

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET", "EVENT")


def check_range(date_from: str | None, date_to: str | None) -> None:
    """A ``date_from`` after ``date_to`` (YYYY[-MM[-DD]], already checked) is a QueryError, not
    an empty answer."""
    if date_from and date_to and _DATE.match(date_from) and _DATE.match(date_to):
        lo = date_from + "-01-01"[len(date_from) - 4 :]
        hi = date_to + "-12-31"[len(date_to) - 4 :]
        if lo[:10] > hi[:10]:
            raise QueryError(
                f"the date range is reversed: from {date_from} is after to {date_to} "
                "(give the earlier date first)"
            )


@dataclass(slots=True)
class TimexFilters:
    """Filters for :meth:`TimexStore.timexes`."""

    doc_id: str | None = None
    type: str | None = None  # DATE, TIME, DURATION, SET, EVENT
    value_from: str | None = None  # the value (a calendar date) falls on or after ...
    value_to: str | None = None  # ... and on or before (YYYY[-MM[-DD]])
    unresolved: bool = False  # only those with no value (relative, nothing to count from)
    include_duplicates: bool = False


def timex_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}:{start}-{end}"


class TimexStore:
    db: Any

    def write_timexes(self, doc: Document) -> None:
        """Replace the timex rows of ``doc`` with its ``timexes`` layer."""
        self.db.execute("DELETE FROM timexes WHERE doc_id = ?", (doc.id,))
        self.db.executemany(
            "INSERT OR REPLACE INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    timex_id(doc.id, s.start, s.end), doc.id, s.start, s.end,
                    doc.text[s.start : s.end], s.label, s.data.get("value"),
                    s.data.get("precision"), s.data.get("mod"), s.data.get("anchor"),
                    s.data.get("partial"), s.data.get("begin"), s.data.get("until"),
                    s.data.get("event"), s.data.get("tense"), s.data.get("rule"),
                )
                for s in doc.layer("timexes")
            ],
        )  # fmt: skip
        self.db.execute(
            "UPDATE documents SET published_estimate = ? WHERE id = ?",
            (doc.published_estimate, doc.id),
        )

    def timexes(
        self, filters: TimexFilters | None = None, *, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Temporal expressions matching ``filters``: by value (calendar order), then document."""
        f = filters or TimexFilters()
        clauses, args = ["1 = 1"], []
        if f.doc_id:
            clauses.append("t.doc_id = ?")
            args.append(f.doc_id)
        if f.type:
            if f.type.upper() not in TIMEX_TYPES:
                raise QueryError(f"timex type {f.type!r} is not one of {', '.join(TIMEX_TYPES)}")
            clauses.append("t.type = ?")
            args.append(f.type.upper())
        check_range(f.value_from, f.value_to)
        for value, op in ((f.value_from, ">="), (f.value_to, "<=")):
            if value:
                if not _DATE.match(value):
                    raise QueryError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
                bound = value if op == ">=" else value + "\uffff"
                # calendar values only (not durations, sets or PRESENT_REF)
                clauses.append(f"t.value GLOB '[0-9][0-9][0-9][0-9]*' AND t.value {op} ?")
                args.append(bound)
        if f.unresolved:
            clauses.append("t.value IS NULL")
        if not f.include_duplicates:
            clauses.append("d.duplicate_of IS NULL")
        sql = (
            "SELECT t.*, d.title AS doc_title, d.published AS doc_published,"
            " d.published_estimate AS doc_published_estimate"
            " FROM timexes t JOIN documents d ON d.id = t.doc_id"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY t.value IS NULL, t.value, t.doc_id, t.start_char LIMIT ? OFFSET ?"
        )
        return [dict(r) for r in self.db.execute(sql, [*args, limit, offset]).fetchall()]

    def all_timexes(self) -> Iterator[dict[str, Any]]:
        """Every timex, in export order."""
        for r in self.db.execute("SELECT * FROM timexes ORDER BY doc_id, start_char"):
            yield dict(r)
