"""English actor candidates from a spaCy parse.

spaCy's NER finds most names; the dependency parse tells the rest: the title before a name
(``Chinese Foreign Ministry spokesperson Hua Chunying``), the appositive after it (``Joseph
Torigian, a historian at American University,``), whether a capital is a place (``met in
Beijing``) or an actor (``Beijing rejected the report``), what a demonym qualifies (``Russian
troops``), and role nouns that stand for a person (``the Chinese leader``). A phrase matcher over
the registry's terms catches what the NER misses (``Zhongnanhai``, ``SCO``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from detente.actors.candidates import Candidate, dedupe, is_honorific

LOCATIVE = {
    "in", "at", "near", "inside", "outside", "across", "around", "within", "throughout",
    "beside", "along", "off",
}  # fmt: skip
DIRECTIONAL = {"to", "from", "into", "toward", "towards", "for"}
MOTION = {
    "travel", "fly", "go", "arrive", "return", "head", "come", "move", "visit", "trip", "journey",
    "flight", "land", "leave", "depart", "route", "pipeline", "export", "ship", "deliver", "flow",
    "drive", "sail", "relocate", "evacuate", "flee",
}  # fmt: skip
TITLE_POS = {"PROPN", "NOUN", "ADJ"}
# role words that name a body, not one person ("a Beijing think tank", "the Russian military")
NOT_PERSONS = {
    "think tank", "government", "military", "army", "navy", "police", "party", "company",
    "ministry", "parliament", "media", "opposition", "rebels", "forces", "troops", "business",
    "industry", "people", "public", "citizens", "civilians", "population", "state",
}  # fmt: skip
ENT_LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "GPE",
    "NORP": "NORP",
    "LOC": "LOC",
    "FAC": "FAC",
}


@lru_cache(maxsize=4)
def _matcher(vocab: Any, registry: Any) -> Any:
    """A phrase matcher over the registry's English terms (case as written)."""
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    m = PhraseMatcher(vocab, attr="ORTH")
    make = English(vocab=vocab).make_doc
    kinds: dict[str, list] = {}
    for term, kind in registry.terms("en"):
        if kind == "agent" or len(term) < 2 or (len(term) < 4 and not term.isupper()):
            continue
        kinds.setdefault(kind, []).append(make(term))
    for kind, docs in kinds.items():
        m.add(kind, docs)
    return m


def _strip_det(span: Any) -> Any:
    while len(span) > 1 and (span[0].pos_ in ("DET", "PUNCT") or span[0].lower_ == "the"):
        span = span[1:]
    while len(span) > 1 and (span[-1].pos_ == "PUNCT" or span[-1].tag_ == "POS"):
        span = span[:-1]
    return span


def _is_place(span: Any) -> bool:
    root = span.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    word = prep.lower_
    if word in LOCATIVE:
        return True
    if word in DIRECTIONAL:
        return prep.head.lemma_.lower() in MOTION
    return False


def _title_before(doc: Any, start: int, registry: Any) -> int:
    """Index where the title before token ``start`` begins (``start`` if there is none)."""
    i = start - 1
    sent_start = doc[start].sent.start
    while i >= sent_start and start - i <= 8:
        tok = doc[i]
        if tok.tag_ == "POS" and i - 1 >= sent_start and doc[i - 1].pos_ == "PROPN":
            i -= 1
            continue
        if tok.lower_ == "of" and i - 1 >= sent_start and doc[i - 1].pos_ in TITLE_POS:
            i -= 1
            continue
        if tok.pos_ in TITLE_POS and tok.ent_type_ != "PERSON" and tok.dep_ != "nsubj":
            i -= 1
            continue
        break
    first = i + 1
    # a title must contain a role word ("spokesperson", "minister", "president"...)
    words = [t.lower_ for t in doc[first:start]]
    lemmas = [t.lemma_.lower() for t in doc[first:start]]
    has_role = any(
        registry.agent(" ".join(seq[a:b])) or is_honorific(seq[a])
        for seq in (words, lemmas)
        for a in range(len(seq))
        for b in range(a + 1, min(len(seq), a + 4) + 1)
    )
    return first if has_role else start


def _appositive(doc: Any, ent: Any) -> str | None:
    for tok in ent:
        for child in tok.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                span = _strip_det(doc[child.left_edge.i : child.right_edge.i + 1])
                if span[0].i < ent.end or span.text.lower().startswith(("who ", "which ")):
                    continue
                return span.text.strip(" ,;")
    # parser-free fallback: ", a historian at ..." right after the name
    j = ent.end
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the"):
        k = j + 2
        while k < len(doc) and doc[k].text not in (",", ";", ".", "—", "–", ")") and k - j < 25:
            k += 1
        if k - j > 2:
            return doc[j + 2 : k].text
    return None


def _dateline(span: Any) -> bool:
    """``BEIJING —`` / ``MOSCOW, Feb 4 (Wire) —`` at the start of a paragraph: a place."""
    doc = span.doc
    at_start = span.start == 0 or "\n" in doc[span.start - 1].whitespace_ + doc[span.start - 1].text
    return at_start and span.text.isupper() and len(span.text) > 2


def _head_noun(span: Any) -> str | None:
    root = span.root
    if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN"):
        head = root.head
        # "foreign ministry", "defence minister": keep a compound modifier of the head
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i > root.i]
        return " ".join([*(m.lower_ for m in mods), head.lemma_.lower()])
    return None


def candidates(doc: Any, offset: int, registry: Any) -> list[Candidate]:
    """Candidates in one spaCy ``Doc`` whose text starts at ``offset`` in the document."""
    out: list[Candidate] = []

    def sentence(tok: Any) -> tuple[int, int]:
        s = tok.sent
        return (s.start_char + offset, s.end_char + offset)

    def add(span: Any, label: str, **kw: Any) -> None:
        out.append(
            Candidate(
                span.start_char + offset,
                span.end_char + offset,
                span.text,
                label,
                kw.pop("name", span.text),
                sentence=sentence(span[0]),
                **kw,
            )
        )

    persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    surnames = {e[-1].text for e in persons} | {e[0].text for e in persons}
    for ent in doc.ents:
        label = ENT_LABELS.get(ent.label_)
        if label is None or (label != "PER" and ent.text in surnames):
            continue
        span = _strip_det(ent)
        if label == "PER":
            lead = span.start
            while lead < span.end - 1 and (
                is_honorific(doc[lead].text) or registry.agent(doc[lead].lower_)
            ):
                lead += 1
            name = doc[lead : span.end]
            first = _title_before(doc, lead if lead > span.start else span.start, registry)
            first = min(first, span.start)
            title = doc[first:lead].text if first < lead else None
            add(
                name,
                "PER",
                title=title,
                description=_appositive(doc, name),
                outer_start=doc[first].idx + offset if title else None,
            )
        elif label == "ORG":
            # "China's foreign ministry": the country before the organisation
            before = doc[span.start - 2 : span.start] if span.start >= 2 else None
            title = None
            if before is not None and before[-1].tag_ == "POS":
                title = before.text
            elif span.start >= 1 and doc[span.start - 1].ent_type_ in ("NORP", "GPE"):
                title = doc[span.start - 1].text
            add(span, "ORG", title=title)
        else:
            add(span, label, place=_is_place(span) or _dateline(span), head_noun=_head_noun(span))

    # a surname the NER missed or mislabelled ("Torigian added ...", tagged NORP)
    for tok in doc:
        if tok.text in surnames and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
            add(doc[tok.i : tok.i + 1], "PER", name=tok.text)

    # registry terms the NER missed or cut short
    for match_id, s, e in _matcher(doc.vocab, registry)(doc):
        span = doc[s:e]
        kind = doc.vocab.strings[match_id]
        label = {"person": "PER", "organization": "ORG", "igo": "ORG"}.get(kind, "TERM")
        add(span, label, place=_is_place(span), head_noun=_head_noun(span))

    # role nouns that stand for one person or body: "the Chinese leader", "Russia's top diplomat"
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.tag_ not in ("NN",) or any(t.ent_type_ == "PERSON" for t in chunk):
            continue
        nxt = doc[chunk.end] if chunk.end < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            continue  # a title before a name, handled above
        countries = [t for t in chunk if t.ent_type_ in ("NORP", "GPE")]
        if not countries:
            continue
        after = [t for t in chunk if t.i > countries[-1].i and t.tag_ != "POS"]
        role = " ".join(t.lemma_.lower() for t in after)
        agent = registry.agent(role) if after else None
        if not agent or agent[1] in NOT_PERSONS:
            continue
        add(_strip_det(chunk), "ROLE", name=role, title=_strip_det(chunk).text)
    return dedupe(out)
