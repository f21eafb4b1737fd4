"""The Python API: a :class:`Corpus` is one corpus file and everything detente does with it.

>>> import detente
>>> with detente.open("china-russia.db") as c:
...     report = c.ingest(["articles/"])
...     hits = c.search('"no limits"', date_from="2022")

The CLI is a thin layer over these methods.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from detente.document import Document
from detente.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, IngestReport, ingest
from detente.store import Filters, Hit, open_store

DEFAULT_DB = "detente.db"


def default_db() -> str:
    """The corpus used when none is named: ``$DETENTE_DB`` or ``./detente.db``."""
    return os.environ.get("DETENTE_DB") or DEFAULT_DB


class Corpus:
    """A detente corpus (one SQLite file). Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path | None = None, *, readonly: bool = False) -> None:
        self.path = Path(path or default_db())
        self.store = open_store(self.path, readonly=readonly)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(
        self,
        paths: Iterable[str | Path] | str | Path,
        *,
        workers: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        stdin: BinaryIO | None = None,
        progress: Callable[[str, str], None] | None = None,
    ) -> IngestReport:
        """Ingest files, folders, globs (``-`` = stdin); see :func:`detente.ingest.ingest`."""
        if isinstance(paths, str | Path):
            paths = [paths]
        return ingest(
            self.store,
            paths,
            workers=workers,
            timeout=timeout,
            max_bytes=max_bytes,
            stdin=stdin,
            progress=progress,
        )

    def search(
        self,
        query: str,
        *,
        kind: str | None = None,
        lang: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 20,
        offset: int = 0,
        include_duplicates: bool = False,
    ) -> list[Hit]:
        """Full-text search (SQLite FTS5 syntax), best first, with snippets.

        Near-duplicates are folded into their canonical document unless ``include_duplicates``.
        """
        filters = Filters(kind, lang, date_from, date_to, include_duplicates)
        return self.store.search(query, filters, limit=limit, offset=offset)

    def documents(
        self,
        *,
        kind: str | None = None,
        lang: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        include_duplicates: bool = True,
    ) -> Iterator[Document]:
        """Every stored document matching the filters, in ingest order."""
        return self.store.documents(Filters(kind, lang, date_from, date_to, include_duplicates))

    def snapshot(self):
        """Context manager: reads inside it see one consistent state of the corpus."""
        return self.store.snapshot()

    def get(self, doc_id: str) -> Document:
        """One document by id (or a unique prefix of 4+ characters)."""
        return self.store.get(doc_id)

    def raw(self, doc_id: str) -> bytes:
        """The original bytes the document was read from."""
        return self.store.raw(doc_id)

    def stats(self) -> dict[str, Any]:
        """Counts by kind, language, format and publisher, the date range, failures."""
        return self.store.stats()

    def failures(self) -> list[tuple[str, str]]:
        """``(origin, reason)`` of every input or record that could not be read."""
        return self.store.failures()

    def export(self, out_dir: str | Path, fmt: str = "jsonl") -> dict[str, int]:
        """Write the export (see docs/export.md) into ``out_dir``; returns rows per table."""
        from detente.export import export

        return export(self, out_dir, fmt)


def open(path: str | Path | None = None, *, readonly: bool = False) -> Corpus:
    """Open (or create) the corpus at ``path`` (default ``$DETENTE_DB`` or ``./detente.db``)."""
    return Corpus(path, readonly=readonly)
