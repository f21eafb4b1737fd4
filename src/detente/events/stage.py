"""The event stage: needs ``parsed``, ``mentions`` (actors) and ``timexes`` (dates); adds the
``events`` span layer, one span per event mention (see :mod:`detente.events.model`).

Each language's coder is a module with ``find(doc, lexicon, actors, dates) -> list[EventMention]``
(``doc.parsed`` holds the parse while the analysis runs):

- English (:mod:`detente.events.english`): spaCy's dependency parse;
- Russian (:mod:`detente.events.russian`): natasha's dependency parse;
- Chinese (:mod:`detente.events.chinese`): jieba's words in clause order (no parse).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from detente.document import Document
from detente.events.common import Actors, Dates
from detente.events.lexicon import files_for, lexicon
from detente.events.model import EventMention

VERSION = 2
CODERS = {"en": "detente.events.english", "ru": "detente.events.russian",
          "zh": "detente.events.chinese"}  # fmt: skip


def coder(language: str | None) -> Any | None:
    name = CODERS.get(language or "")
    if name is None:
        return None
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:  # a language whose module is not there; a broken
        if exc.name != name:  # import inside the module is a bug to see, not a missing language
            raise
        return None


def events_of(doc: Document, extra_files: Iterable[str] = ()) -> list[EventMention]:
    """The event mentions of one analysed document (``doc.parsed`` and the actor and time
    layers present)."""
    mod = coder(doc.language)
    if mod is None or doc.parsed is None:
        return []
    lex = lexicon(doc.language or "", files_for(doc.language or "", extra_files))
    found: list[EventMention] = mod.find(doc, lex, Actors(doc), Dates(doc))
    return found


def extract(docs: list[Document], extra_files: Iterable[str] = ()) -> None:
    files = tuple(extra_files)
    for doc in docs:
        if coder(doc.language) is None:
            continue
        store(doc, events_of(doc, files))


def domestic(ev: EventMention) -> bool:
    """An actor acting on itself, or speaking to its own country ("Xi said China should ...",
    verbal cooperation of Xi towards CHN): not an event between two sides. A government's acts
    on its own country (arrests, crackdowns) stay: they are events in PLOVER."""
    if ev.source is None or ev.target is None:
        return False
    if ev.source != ev.target and ev.quad_class != 1:
        return False
    if ev.source == ev.target:
        return True
    return (_is_country(ev.target) and ev.source_country == ev.target) or (
        _is_country(ev.source) and ev.target_country == ev.source
    )


def _is_country(actor: str) -> bool:
    return len(actor) == 3 and actor.isalpha() and actor.isupper()


def store(doc: Document, found: list[EventMention]) -> None:
    doc.spans["events"] = []
    found = [ev for ev in found if not domestic(ev)]
    for ev in sorted(found, key=lambda e: (e.start, e.source_start or 0, e.target_start or 0)):
        doc.add_span("events", ev.start, ev.end, ev.category, **ev.data())
