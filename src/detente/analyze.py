"""Analysis of stored documents: the :data:`~detente.pipeline.ANALYSIS` stages, in batches.

``detente ingest`` stores what it read, then analyses every document whose analysis is missing or
older than the current stages (:data:`~detente.pipeline.ANALYSIS_VERSION`); ``detente analyze``
does the same on demand (``--redo``: everything again, e.g. after changing the spaCy model).
Batches of documents go to worker processes (each loads the language models once) with a time
limit; each finished batch is stored in one transaction, so an interrupted analysis keeps what it
finished and the next run goes on from there. A batch that fails or times out is retried one
document at a time; a document that still fails gets a note and is not retried until ``--redo``.

:func:`resolve_stored` only re-resolves the stored actor candidates (after the user edited an
actor file): no parsing, fast.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from detente.document import Document
from detente.pipeline import ANALYSIS_VERSION, AnalysisConfig, analyze
from detente.store import SQLiteStore

BATCH = 32
BATCH_TIMEOUT = 600.0  # seconds for one batch; a document alone gets the same
# a worker is replaced after this many batches: the language models' string tables grow with
# every new word they see, and a fresh process keeps memory flat however large the corpus
MAX_BATCHES_PER_WORKER = 20


@dataclass(slots=True)
class AnalyzeReport:
    documents: int = 0
    mentions: int = 0
    events: int = 0  # event mentions found in the documents analysed
    failed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "mentions": self.mentions,
            "events": self.events,
            "failed": [{"id": i, "reason": r} for i, r in self.failed],
            "interrupted": self.interrupted,
        }


def _work(docs: list[Document], config: AnalysisConfig) -> list[Document]:
    analyze(docs, config)  # each document comes back with its layers and its actors
    return docs


def analyze_stored(
    store: SQLiteStore,
    config: AnalysisConfig | None = None,
    *,
    redo: bool = False,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AnalyzeReport:
    """Analyse the stored documents that need it; ``progress(done, total)`` after each batch."""
    config = config or AnalysisConfig()
    report = AnalyzeReport()
    if config.enabled:
        _analyze(store, config, report, redo=redo, workers=workers, progress=progress)
    if store.events_stale():  # what was analysed (now or in an interrupted run) is merged
        try:
            store.rebuild_events()
        except KeyboardInterrupt:
            report.interrupted = True
    return report


def _analyze(
    store: SQLiteStore,
    config: AnalysisConfig,
    report: AnalyzeReport,
    *,
    redo: bool,
    workers: int | None,
    progress: Callable[[int, int], None] | None,
) -> None:
    if redo:
        store.reset_analysis()
    total = store.count_needing_analysis(ANALYSIS_VERSION)
    if not total:
        return
    workers = min(2, os.cpu_count() or 1) if workers is None else workers
    if workers > 0 and total > BATCH // 2:
        from pebble import ProcessPool

        pool: Any = ProcessPool(max_workers=workers, max_tasks=MAX_BATCHES_PER_WORKER)
    else:
        from detente.ingest import _InProcess

        pool = _InProcess()
    pending: deque[tuple[list[Document], Any]] = deque()
    seen: set[str] = set()

    def finish_one() -> None:
        docs, fut = pending.popleft()
        try:
            done = fut.result()
        except Exception as exc:
            if len(docs) > 1:  # retry one by one so that only the culprit is left out
                for d in docs:
                    pending.appendleft(
                        ([d], pool.schedule(_work, args=([d], config), timeout=BATCH_TIMEOUT))
                    )
                return
            reason = (
                f"analysis took longer than {BATCH_TIMEOUT:g} s"
                if isinstance(exc, FutureTimeout)
                else f"analysis failed ({type(exc).__name__}: {exc})"
            )
            doc = docs[0]
            doc.note(reason + "; run `detente analyze --redo` to try again")
            doc.analysis = {
                "version": ANALYSIS_VERSION,
                "failed": reason,
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            done = [doc]
            report.failed.append((doc.id or doc.origin, reason))
        store.save_analysis(done)
        report.documents += len(done)
        report.mentions += sum(len(d.layer("mentions")) for d in done)
        report.events += sum(len(d.layer("events")) for d in done)
        if progress:
            progress(report.documents, total)

    try:
        while True:
            batch = [
                d
                for d in store.needing_analysis(ANALYSIS_VERSION, limit=BATCH * (workers + 2))
                if d.id not in seen
            ]
            if not batch:
                break
            for i in range(0, len(batch), BATCH):
                docs = batch[i : i + BATCH]
                seen.update(d.id for d in docs if d.id)
                fut = pool.schedule(_work, args=(docs, config), timeout=BATCH_TIMEOUT)
                pending.append((docs, fut))
                while len(pending) > max(1, workers):
                    finish_one()
            while pending:
                finish_one()
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        pool.stop()
        pool.join(timeout=5)


def resolve_stored(store: SQLiteStore, config: AnalysisConfig | None = None) -> AnalyzeReport:
    """Resolve every stored document's actor candidates again with the current registry and
    actor files (no parsing); the mentions and the corpus's actors are replaced."""
    from detente.actors import stage

    config = config or AnalysisConfig()
    reg = stage.registry(config.actor_files)
    report = AnalyzeReport()
    batch: list[Document] = []

    def flush() -> None:
        if batch:
            store.save_analysis(batch)  # each document carries its actors
            report.documents += len(batch)
            report.mentions += sum(len(d.layer("mentions")) for d in batch)
            batch.clear()

    from detente.store import Filters

    for doc in store.documents(Filters(include_duplicates=True)):
        if not doc.layer("candidates"):
            continue
        stage.resolve(doc, reg)
        _event_actors(doc)
        batch.append(doc)
        if len(batch) >= 200:
            flush()
    flush()
    with store.transaction():  # actors no mention names any more
        store.db.execute(
            "DELETE FROM actors WHERE id NOT IN"
            " (SELECT DISTINCT actor_id FROM mentions WHERE actor_id IS NOT NULL)"
        )
    if store.events_stale():
        store.rebuild_events()
    return report


def _event_actors(doc: Document) -> None:
    """After actors are resolved again: the source and target of each event mention are the
    actors now resolved at their words (a side whose words lost their actor keeps the old)."""
    at = {(s.start, s.end): s.data for s in doc.layer("mentions") if s.data.get("actor")}
    for span in doc.layer("events"):
        d = span.data
        for role in ("source", "target"):
            m = at.get((d.get(f"{role}_start"), d.get(f"{role}_end")))
            if m is not None:
                d[role] = m["actor"]
                for key in ("country", "sector"):
                    if m.get(key) is None:
                        d.pop(f"{role}_{key}", None)
                    else:
                        d[f"{role}_{key}"] = m[key]
