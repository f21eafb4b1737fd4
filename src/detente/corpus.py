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
from typing import TYPE_CHECKING, Any, BinaryIO

from detente.document import Document
from detente.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, IngestReport, ingest
from detente.pipeline import AnalysisConfig
from detente.store import Filters, Hit, open_store

if TYPE_CHECKING:
    import pandas as pd

    from detente.analyze import AnalyzeReport

DEFAULT_DB = "detente.db"


def default_db() -> str:
    """The corpus used when none is named: ``$DETENTE_DB`` or ``./detente.db``."""
    return os.environ.get("DETENTE_DB") or DEFAULT_DB


class Corpus:
    """A detente corpus (one SQLite file). Use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        readonly: bool = False,
        spacy_model: str | None = None,
        actor_files: Iterable[str | Path] = (),
        event_files: Iterable[str | Path] = (),
    ) -> None:
        self.path = Path(path or default_db())
        self.readonly = readonly
        self.store = open_store(self.path, readonly=readonly)
        self.spacy_model = spacy_model
        self._actor_files = [Path(p) for p in actor_files]
        self._event_files = [Path(p) for p in event_files]

    def actor_files(self) -> list[Path]:
        """The user's actor files read on top of the shipped registry, in order: the file
        beside the corpus (``NAME.actors.toml`` for ``NAME.db``), ``$DETENTE_ACTORS``
        (paths separated by ``:``), then those given to :class:`Corpus`."""
        beside = self.path.with_name(self.path.stem + ".actors.toml")
        env = [Path(p) for p in os.environ.get("DETENTE_ACTORS", "").split(os.pathsep) if p]
        return [p for p in [beside, *env] if p.is_file()] + self._actor_files

    def event_files(self) -> list[Path]:
        """The user's event lexicons read on top of the shipped ones, in order: the files
        beside the corpus (``NAME.events.toml``, ``NAME.events.en.toml``... for ``NAME.db``),
        ``$DETENTE_EVENTS`` (paths separated by ``:``), then those given to :class:`Corpus`.
        A file named for a language (``*.LANG.toml``) is read for that language only."""
        beside = sorted(self.path.parent.glob(self.path.stem + ".events*.toml"))
        env = [Path(p) for p in os.environ.get("DETENTE_EVENTS", "").split(os.pathsep) if p]
        return [p for p in [*beside, *env] if p.is_file()] + self._event_files

    def analysis_config(self, enabled: bool = True) -> AnalysisConfig:
        """What analysis needs; the user's event lexicons are read here once, so a bad one is a
        clear error before any work (not a note on every document)."""
        event_files = tuple(str(p) for p in self.event_files())
        if enabled and event_files:
            from detente.events.lexicon import LANGUAGES, files_for, lexicon

            for language in LANGUAGES:
                lexicon(language, files_for(language, event_files))
        return AnalysisConfig(
            enabled=enabled,
            spacy_model=self.spacy_model,
            actor_files=tuple(str(p) for p in self.actor_files()),
            event_files=event_files,
        )

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
        analyze: bool = True,
        analysis_progress: Callable[[int, int], None] | None = None,
    ) -> IngestReport:
        """Ingest files, folders, globs (``-`` = stdin), then analyse (actors...) what needs it
        unless ``analyze=False``; see :func:`detente.ingest.ingest`."""
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
            analysis=self.analysis_config(analyze),
            analysis_progress=analysis_progress,
        )

    def analyze(
        self,
        *,
        redo: bool = False,
        workers: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> AnalyzeReport:
        """Analyse stored documents that need it (all of them with ``redo``)."""
        from detente.analyze import analyze_stored

        return analyze_stored(
            self.store, self.analysis_config(), redo=redo, workers=workers, progress=progress
        )

    def resolve(self) -> AnalyzeReport:
        """Resolve actors again from the stored candidates, with the current registry and the
        user's actor files (no parsing; use after editing an actor file)."""
        from detente.analyze import resolve_stored

        return resolve_stored(self.store, self.analysis_config())

    def actors(
        self, *, type: str | None = None, country: str | None = None, top: int = 50
    ) -> list[dict[str, Any]]:
        """Actors by the number of documents mentioning them (near-duplicates not counted)."""
        return self.store.actors(type=type, country=country, top=top)

    def actor(self, name: str) -> dict[str, Any]:
        """One actor (by id, name or alias): aliases, roles, documents, co-mentioned actors and
        mentions per month."""
        return self.store.actor_detail(name)

    def quotes(
        self,
        *,
        speaker: str | None = None,
        actor: str | None = None,
        about: str | None = None,
        country: str | None = None,
        sector: str | None = None,
        kind: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        search: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotations and reported speech (direct, partial, indirect unless ``kind`` says),
        newest first: who said it (``speaker``: words of the name; ``actor``: an actor id, name
        or alias; ``country``/``sector``: whom the speaker spoke for), what about (``about``: an
        actor the quote mentions; ``search``: words, FTS5 syntax), when (document dates)."""
        from detente.store.quotes import QuoteFilters

        filters = QuoteFilters(
            speaker, actor, about, country, sector, kind, date_from, date_to, search
        )
        return self.store.quotes(filters, limit=limit, offset=offset)

    def timexes(
        self,
        *,
        doc_id: str | None = None,
        type: str | None = None,
        value_from: str | None = None,
        value_to: str | None = None,
        unresolved: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Temporal expressions with their calendar values, in calendar order: of one document
        (``doc_id``, or a unique prefix), of one ``type`` (DATE, TIME, DURATION, SET, EVENT),
        whose value falls between ``value_from`` and ``value_to`` (YYYY[-MM[-DD]]), or only
        those left ``unresolved`` (relative, in a document with no publication date)."""
        from detente.store.timexes import TimexFilters

        filters = TimexFilters(
            self.store.resolve_id(doc_id) if doc_id else None, type, value_from, value_to,
            unresolved,
        )  # fmt: skip
        return self.store.timexes(filters, limit=limit, offset=offset)

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        category: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        *,
        quad_class: int | None = None,
        min_sources: int = 1,
        include_not_done: bool = False,
        limit: int | None = None,
        cameo: str | None = None,
    ) -> pd.DataFrame:
        """Merged events (one row per real-world event, with every document reporting it), in
        date order; see :func:`detente.analysis.events`."""
        from detente import analysis

        return analysis.events(
            self, source, target, category, date_from, date_to, quad_class=quad_class,
            min_sources=min_sources, include_not_done=include_not_done, limit=limit,
            cameo=cameo,
        )  # fmt: skip

    def timeline(
        self,
        a: str,
        b: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        min_sources: int = 1,
        *,
        category: str | None = None,
        include_not_done: bool = False,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """The events between ``a`` and ``b`` (either direction) in date order, with evidence
        and sources; see :func:`detente.analysis.timeline`."""
        from detente import analysis

        return analysis.timeline(
            self, a, b, date_from, date_to, min_sources, category=category,
            include_not_done=include_not_done, limit=limit,
        )  # fmt: skip

    def dyad(
        self,
        a: str,
        b: str,
        by: str = "month",
        date_from: str | None = None,
        date_to: str | None = None,
        min_sources: int = 1,
    ) -> pd.DataFrame:
        """Events between ``a`` and ``b`` per month, quarter or year: counts per quad class and
        mean intensity; see :func:`detente.analysis.dyad`."""
        from detente import analysis

        return analysis.dyad(self, a, b, by, date_from, date_to, min_sources)

    def event_mentions(
        self, *, doc_id: str | None = None, event_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The coded sentences of one document (``doc_id``, or a unique prefix) or of one merged
        event (``event_id``): predicate, actors, category, date, negation and modality."""
        self.refresh_events()
        return self.store.event_mentions(
            doc_id=self.store.resolve_id(doc_id) if doc_id else None, event_id=event_id
        )

    def refresh_events(self) -> bool:
        """Merge the events again if event mentions changed since the last merge (ingest and
        analysis do this themselves); a read-only corpus is left as it is. True if it was
        stale and could not be refreshed."""
        if not self.store.events_stale():
            return False
        if self.readonly:
            return True
        self.store.rebuild_events()
        return False

    def event_records(self) -> Iterator[dict[str, Any]]:
        """Every merged event (negated and not-done ones too), in export order."""
        return iter(self.store.all_events())

    def event_mention_records(self) -> Iterator[dict[str, Any]]:
        """Every stored event mention, in export order."""
        return iter(self.store.all_event_mentions())

    def timex_records(self) -> Iterator[dict[str, Any]]:
        """Every stored temporal expression, in export order."""
        return iter(self.store.all_timexes())

    def quote_records(self) -> Iterator[dict[str, Any]]:
        """Every stored quote (scare quotes and titles included), in export order."""
        return iter(self.store.all_quotes())

    def actor_records(self) -> Iterator[dict[str, Any]]:
        """Every actor stored in the corpus (those its mentions name), as plain records."""
        return iter(self.store.all_actors())

    def mentions(self, doc_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Actor mentions of one document (or of the whole corpus), with offsets."""
        return self.store.mentions(self.store.resolve_id(doc_id) if doc_id else None)

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

    def export(
        self, out_dir: str | Path, fmt: str = "jsonl", *, gdelt: bool = False
    ) -> dict[str, int]:
        """Write the export (see docs/export.md) into ``out_dir``; returns rows per table.
        ``gdelt``: also ``events.gdelt.csv``, the events in GDELT's event table columns."""
        from detente.export import export

        self.refresh_events()
        return export(self, out_dir, fmt, gdelt=gdelt)


def open(path: str | Path | None = None, *, readonly: bool = False, **options: Any) -> Corpus:
    """Open (or create) the corpus at ``path`` (default ``$DETENTE_DB`` or ``./detente.db``).
    ``options``: ``spacy_model``, ``actor_files``, ``event_files`` (see :class:`Corpus`)."""
    return Corpus(path, readonly=readonly, **options)
