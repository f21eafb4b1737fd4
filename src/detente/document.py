"""The one document model every stage reads and extends.

A :class:`Document` holds the clean text, the metadata found for it, and *layers* of
:class:`Span` s (character offsets into ``text``) that stages add: captions moved out of the body,
actor mentions, quotations, temporal expressions, events. Every later fact points back into the text
through such a span, so it can always be shown with the sentence it came from.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("news", "scholarly", "statement", "transcript", "other")


@dataclass(slots=True)
class Span:
    """A stretch of ``Document.text`` (``text[start:end]``) with a label and free-form data."""

    start: int
    end: int
    label: str
    data: dict[str, Any] = field(default_factory=dict)

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass(slots=True)
class Venue:
    """Where a scholarly work appeared."""

    name: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    issn: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return asdict(self)

    def is_empty(self) -> bool:
        return not any(asdict(self).values())


@dataclass(slots=True)
class Document:
    """One document: clean text, honest metadata, and span layers added by the stages.

    Readers fill what the input states; ``None`` means *not known*, never a guess (a copyright
    year is not a publication date). ``published`` is ISO: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
    """

    text: str
    origin: str
    format: str
    kind: str = "other"
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    # for a document with no stated date: a window inferred from the dates it mentions
    # (ISO 8601 interval, "2022-02-24/.."); an estimate, never copied into ``published``
    published_estimate: str | None = None
    publisher: str | None = None
    venue: Venue | None = None
    doi: str | None = None
    language: str | None = None
    url: str | None = None
    abstract: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # set by the pipeline
    id: str | None = None
    duplicate_of: str | None = None
    raw_sha256: str | None = None
    record: str | None = None
    spans: dict[str, list[Span]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    analysis: dict[str, Any] = field(default_factory=dict)  # which analysis stages ran, version
    # the language model's parse while the analysis stages run (never stored)
    parsed: Any = field(default=None, repr=False, compare=False)

    def add_span(self, layer: str, start: int, end: int, label: str, **data: Any) -> Span:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        span = Span(start, end, label, dict(data))
        self.spans.setdefault(layer, []).append(span)
        return span

    def layer(self, name: str) -> list[Span]:
        return self.spans.get(name, [])

    def note(self, message: str) -> None:
        """Record something a user should know about this document (shown by ``detente show``)."""
        if message not in self.notes:
            self.notes.append(message)


_WS = re.compile(r"\s+")


def content_id(text: str, title: str | None = None) -> str:
    """Stable document id derived from the normalized content (the export spec's ``id``).

    Case, Unicode form and white space do not change it; any change of words does.
    """
    norm = unicodedata.normalize("NFKC", f"{title or ''}\n{text}").casefold()
    norm = _WS.sub(" ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
