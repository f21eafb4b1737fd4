"""The stages a document goes through, in order.

Each stage is a function ``Document -> Document`` that declares what it needs and what it adds.
Reading (``detente.sources``) makes the document; the stages below clean and describe it. The
corpus-level steps (near-duplicate linking, storing) happen in :mod:`detente.ingest`.
Later issues add their stages (actors, quotes, time, events) to :data:`STAGES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

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
