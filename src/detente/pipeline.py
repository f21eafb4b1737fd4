"""The stages a document goes through, in order.

Each stage declares what it needs and what it adds. Reading (``detente.sources``) makes the
document; the :data:`STAGES` clean and describe it, one document at a time (``Document ->
Document``). The :data:`ANALYSIS` stages understand it (actors, quotes, time, events): they
run on batches of documents, because the language models work best in batches, and they can run
again on stored documents (``detente analyze``) without reading the inputs again. The
corpus-level steps (near-duplicate linking, storing) happen in :mod:`detente.ingest`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from detente import dedup, describe, language
from detente.document import Document, content_id
from detente.errors import InputError


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    run: Callable[[Document], Document]
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    doc: str = ""


def _normalize(doc: Document) -> Document:
    from detente.clean import normalize_text

    doc.text = normalize_text(doc.text)
    if doc.abstract:
        doc.abstract = normalize_text(doc.abstract)
    return doc


def _identify(doc: Document) -> Document:
    doc.id = content_id(doc.text, doc.title)
    return doc


STAGES: tuple[Stage, ...] = (
    Stage("normalize", _normalize, ("text",), ("text",), "Unicode NFC, white space, control chars"),
    Stage(
        "describe",
        describe.describe,
        ("text",),
        ("title", "authors", "published", "doi"),
        "metadata made uniform and honest",
    ),
    Stage("language", language.detect, ("text",), ("language",), "ISO 639-1, detected offline"),
    Stage("identify", _identify, ("text", "title"), ("id",), "stable content-derived id"),
    Stage("fingerprint", dedup.fingerprint, ("text",), ("extra._bands",), "MinHash LSH keys"),
)


@dataclass(frozen=True, slots=True)
class AnalysisStage:
    name: str
    run: Callable[[list[Document], AnalysisConfig], None]  # adds to the documents in place
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    version: int
    doc: str = ""


@dataclass(frozen=True, slots=True)
class AnalysisConfig:
    """What analysis needs to know, passed to worker processes: the spaCy model for English
    and the user's actor files (TOML) read on top of the shipped registry."""

    enabled: bool = True
    spacy_model: str | None = None
    actor_files: tuple[str, ...] = field(default_factory=tuple)
    event_files: tuple[str, ...] = field(default_factory=tuple)  # the user's event lexicons


def _parse(docs: list[Document], config: AnalysisConfig) -> None:
    from detente.actors import stage

    stage.parse_documents(docs)


def _actors(docs: list[Document], config: AnalysisConfig) -> None:
    from detente.actors import stage

    stage.extract(docs, stage.registry(config.actor_files))  # actors travel in extra["_actors"]


def _quotes(docs: list[Document], config: AnalysisConfig) -> None:
    from detente.quotes import stage

    stage.extract(docs)


def _time(docs: list[Document], config: AnalysisConfig) -> None:
    from detente.timex import stage

    stage.extract(docs)


def _events(docs: list[Document], config: AnalysisConfig) -> None:
    from detente.events import stage

    stage.extract(docs, config.event_files)


ANALYSIS: tuple[AnalysisStage, ...] = (
    AnalysisStage(
        "parse",
        _parse,
        ("text", "language"),
        ("parsed", "spans.sentences"),
        1,
        "sentences, tokens, entities, dependencies (spaCy en, natasha ru, jieba zh)",
    ),
    AnalysisStage(
        "actors",
        _actors,
        ("parsed", "published", "publisher", "authors"),
        ("spans.candidates", "spans.mentions", "extra._actors"),
        1,
        "people, organisations, countries and IGOs, resolved date-aware (en, ru, zh)",
    ),
    AnalysisStage(
        "quotes",
        _quotes,
        ("parsed", "spans.mentions"),
        ("spans.quotes",),
        1,
        "direct, partial and indirect quotations with speaker, description and cue",
    ),
    AnalysisStage(
        "time",
        _time,
        ("parsed", "published"),
        ("spans.timexes", "published_estimate"),
        1,
        "dates, times, durations and sets resolved against the publication date (en, ru, zh)",
    ),
    AnalysisStage(
        "events",
        _events,
        ("parsed", "spans.mentions", "spans.timexes", "published"),
        ("spans.events",),
        2,
        "who did what to whom and when: PLOVER categories with CAMEO codes (en, ru, zh)",
    ),
)
ANALYSIS_VERSION = sum(s.version for s in ANALYSIS)


def analyze(docs: list[Document], config: AnalysisConfig | None = None) -> dict[str, Any]:
    """Run the analysis stages on ``docs`` (in place); return the actors they mention.

    A stage that fails on the batch is retried document by document, so one bad document gets
    a note and the others their analysis.
    """
    config = config or AnalysisConfig()
    if config.spacy_model:
        from detente import nlp

        if nlp.spacy_model() != config.spacy_model:
            nlp.configure(spacy_model=config.spacy_model)
    for stage in ANALYSIS:
        try:
            stage.run(docs, config)
        except Exception:
            for doc in docs:
                try:
                    stage.run([doc], config)
                except Exception as exc:
                    doc.note(
                        f"{stage.name} stage failed on this document: {type(exc).__name__}: {exc}"
                    )
    stamp = {
        "version": ANALYSIS_VERSION,
        "stages": [s.name for s in ANALYSIS],
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    actors: dict[str, Any] = {}
    for doc in docs:
        doc.analysis = dict(stamp)
        doc.parsed = None  # never leaves the process: the layers hold what the stages found
        actors.update(doc.extra.get("_actors", {}))
    return actors


def run_stages(doc: Document, stages: Iterable[Stage] = STAGES) -> Document:
    for stage in stages:
        doc = stage.run(doc)
    return doc


def process(data: bytes, origin: str, fmt: str | None = None) -> list[Document | InputError]:
    """Read ``data`` and run every stage on each document it holds.

    Returns documents and, for items that could not be read, :class:`InputError` s. This is the
    unit of work a worker process runs (see :mod:`detente.ingest`).
    """
    from detente.sources import read

    out: list[Document | InputError] = []
    for item in read(data, origin, fmt):
        if isinstance(item, InputError):
            out.append(item)
            continue
        where = (
            f"{item.origin}#{item.record}"
            if item.record and item.record not in item.origin
            else item.origin
        )
        if not item.text.strip():
            out.append(InputError(where, "no text in this document"))
            continue
        out.append(run_stages(item))
        if not out[-1].text:
            out[-1] = InputError(where, "no text left after cleaning")
    return out
