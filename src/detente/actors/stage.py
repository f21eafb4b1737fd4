"""The actor stage: parse a batch of documents, find actor candidates, resolve them.

It needs ``text``, ``language`` and ``published``; it adds the span layers ``sentences``,
``candidates`` (what the text says around each name: title, appositive, place or actor — kept so
that actors can be resolved again later without parsing again) and ``mentions`` (the resolved
actors, with country, sector and role at the document's date), and returns the actors it
discovered (people and organisations the registry does not know).

A document in a language without a pipeline (anything but English, Russian and Chinese) is left
as it is, with a note saying that actors were not extracted.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from detente.actors.candidates import Candidate
from detente.actors.resolve import Resolver
from detente.document import Document
from detente.nlp import SUPPORTED, parse

VERSION = 1  # bump when what this stage adds changes: stored documents are analysed again


def registry(files: Iterable[str] = ()) -> Any:
    """The actor registry with the user's files (cached per set of files)."""
    from detente.actors.registry import Registry

    return Registry.load(extra=[*files])


def parse_documents(docs: list[Document]) -> None:
    """The ``parse`` stage: parse ``docs`` (batched per language) into ``doc.parsed`` and the
    ``sentences`` layer. A document in a language without a pipeline gets a note instead."""
    by_lang: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.language in SUPPORTED:
            by_lang[doc.language].append(doc)
        else:
            doc.note(
                "actors and quotes not extracted: no language pipeline for"
                f" {doc.language or 'undetected language'} (supported: {', '.join(SUPPORTED)})"
            )
    for lang, group in by_lang.items():
        for doc, p in zip(group, parse([d.text for d in group], lang), strict=True):
            doc.parsed = p
            doc.spans["sentences"] = []
            for s, e in p.sentences:
                doc.add_span("sentences", s, e, "sentence")


def extract(docs: list[Document], reg: Any) -> dict[str, Any]:
    """The ``actors`` stage on parsed ``docs`` (parsing them first if needed): candidates, then
    resolution. Returns the actors discovered (each document also carries its own)."""
    if any(d.parsed is None and d.language in SUPPORTED for d in docs):
        parse_documents([d for d in docs if d.parsed is None])
    discovered: dict[str, Any] = {}
    for doc in docs:
        p = doc.parsed
        if p is None:
            continue
        doc.spans["candidates"] = []
        for c in _candidates(p, doc.text, doc.language, reg):
            doc.add_span("candidates", c.start, c.end, c.label, **_cand_data(c))
        for actor in resolve(doc, reg).values():
            merge_actor(discovered, actor)
    return discovered


def _candidates(p: Any, text: str, lang: str, reg: Any) -> list[Candidate]:
    if lang == "en":
        from detente.actors.english import candidates

        return [c for off, native in p.native for c in candidates(native, off, reg)]
    if lang == "ru":
        from detente.actors.russian import candidates as ru

        return ru(p, text, reg)
    from detente.actors.chinese import candidates as zh

    return zh(p, text, reg)


def _cand_data(c: Candidate) -> dict[str, Any]:
    data = {
        "name": c.name,
        "title": c.title,
        "description": c.description,
        "place": c.place or None,
        "head_noun": c.head_noun,
        "sentence": list(c.sentence) if c.sentence else None,
        "outer_start": c.outer_start,
        "outer_end": c.outer_end,
    }
    return {k: v for k, v in data.items() if v is not None}


def resolve(doc: Document, reg: Any) -> dict[str, Any]:
    """(Re)resolve ``doc``'s stored candidates into its ``mentions`` layer; no parsing needed.
    Returns the actors discovered in it. Every actor its mentions name travels with the document
    (``extra["_actors"]``, not stored as such) to the store, which merges discovered ones by
    name and affiliation and may give them another id."""
    cands = [
        Candidate(
            s.start,
            s.end,
            doc.text[s.start : s.end],
            s.label,
            s.data.get("name") or doc.text[s.start : s.end],
            title=s.data.get("title"),
            description=s.data.get("description"),
            place=bool(s.data.get("place")),
            head_noun=s.data.get("head_noun"),
            sentence=tuple(s.data["sentence"]) if s.data.get("sentence") else None,
            outer_start=s.data.get("outer_start"),
            outer_end=s.data.get("outer_end"),
        )
        for s in doc.layer("candidates")
    ]
    resolver = Resolver(
        reg, doc.published, doc.language or "en", publisher=doc.publisher, authors=doc.authors
    )
    doc.spans["mentions"] = []
    for m in resolver.resolve(cands):
        doc.add_span("mentions", m.start, m.end, m.kind, **m.data())
    doc.extra["_actors"] = referenced([doc], reg, resolver.discovered)
    return resolver.discovered


def merge_actor(into: dict[str, Any], actor: Any) -> None:
    """Merge a discovered actor into ``into`` (by id): aliases and roles unite, blanks fill."""
    have = into.get(actor.id)
    if have is None:  # a copy: the documents' own actors must not change with the merge
        into[actor.id] = dataclasses.replace(
            actor, aliases={k: list(v) for k, v in actor.aliases.items()}, roles=list(actor.roles)
        )
        return
    for lang, names in actor.aliases.items():
        bucket = have.aliases.setdefault(lang, [])
        bucket += [n for n in names if n not in bucket]
    have.roles += [r for r in actor.roles if r not in have.roles]
    have.country = have.country or actor.country
    have.sector = have.sector or actor.sector
    have.description = have.description or actor.description


def referenced(docs: list[Document], reg: Any, discovered: dict[str, Any]) -> dict[str, Any]:
    """Every actor the documents' mentions name: discovered ones, registry entries, countries."""
    from detente.actors.registry import Actor

    out: dict[str, Any] = {}
    for doc in docs:
        for s in doc.layer("mentions"):
            aid = s.data.get("actor")
            if not aid or aid in out:
                continue
            actor = discovered.get(aid) or reg.get(aid)
            if actor is None and len(aid) == 3 and aid.isupper():
                name = reg.country_name(aid) or aid
                actor = Actor(aid, name, "country", aid, None, {"en": [name]}, [], None, "registry")
            if actor is not None:
                out[aid] = actor
    return out
