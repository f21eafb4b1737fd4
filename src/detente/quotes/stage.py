"""The quote stage: needs ``parsed``, ``mentions`` (actors) and the text; adds the ``quotes``
span layer (content offsets; speaker, speaker actor, description, cue and their offsets)."""

from __future__ import annotations

from detente.document import Document
from detente.quotes.marks import find_quotes
from detente.quotes.model import Quote

VERSION = 1


def extract(docs: list[Document]) -> None:
    for doc in docs:
        p = doc.parsed
        if p is None:
            continue
        quoted = find_quotes(doc.text)
        if doc.language == "en":
            from detente.quotes.english import quotes

            found = quotes(doc, [(off, native) for off, native in p.native], quoted)
        elif doc.language == "ru":
            from detente.quotes.russian import quotes as ru

            found = ru(doc, p, quoted)
        elif doc.language == "zh":
            from detente.quotes.chinese import quotes as zh

            found = zh(doc, p, quoted)
        else:
            continue
        store(doc, found)


def store(doc: Document, found: list[Quote]) -> None:
    doc.spans["quotes"] = []
    for q in found:
        doc.add_span("quotes", q.start, q.end, q.kind, **q.data())
