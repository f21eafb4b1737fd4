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
    "drive", "sail", "relocate", "evacuate", "flee", "invite", "take", "counterpart",
    "delegation", "envoy", "ambassador", "embassy", "visitor", "guest", "border", "railway",
    "bring", "welcome", "transit",
}  # fmt: skip
PLACE_VERBS = {"leave", "visit", "reach", "tour", "enter", "depart", "flee", "bomb", "shell"}
TITLE_POS = {"PROPN", "NOUN", "ADJ"}
# role words that name a body, not one person ("a Beijing think tank", "the Russian military")
NOT_PERSONS = {
    "think tank", "government", "military", "army", "navy", "police", "party", "company",
    "ministry", "parliament", "media", "opposition", "rebels", "forces", "troops", "business",
    "industry", "people", "public", "citizens", "civilians", "population", "state",
}  # fmt: skip
# common Chinese, Korean and Vietnamese surnames in Latin letters: alone, never an organisation
ROMANIZED_SURNAMES = set(
    [
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Zhao",
        "Huang",
        "Zhou",
        "Wu",
        "Xu",
        "Sun",
        "Hu",
        "Zhu",
        "Gao",
        "Lin",
        "He",
        "Guo",
        "Ma",
        "Luo",
        "Liang",
        "Song",
        "Zheng",
        "Xie",
        "Han",
        "Tang",
        "Feng",
        "Yu",
        "Dong",
        "Xiao",
        "Cheng",
        "Cao",
        "Yuan",
        "Deng",
        "Fu",
        "Shen",
        "Zeng",
        "Peng",
        "Lu",
        "Su",
        "Jiang",
        "Cai",
        "Jia",
        "Ding",
        "Wei",
        "Xue",
        "Ye",
        "Yan",
        "Pan",
        "Du",
        "Dai",
        "Xia",
        "Zhong",
        "Tian",
        "Ren",
        "Fan",
        "Fang",
        "Shi",
        "Yao",
        "Tan",
        "Liao",
        "Zou",
        "Xiong",
        "Jin",
        "Hao",
        "Kong",
        "Bai",
        "Cui",
        "Kang",
        "Mao",
        "Qiu",
        "Qin",
        "Gu",
        "Hou",
        "Shao",
        "Meng",
        "Long",
        "Wan",
        "Duan",
        "Qian",
        "Yin",
        "Yi",
        "Chang",
        "Qiao",
        "Lai",
        "Gong",
        "Wen",
        "Kim",
        "Park",
        "Lee",
        "Choi",
        "Jung",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Nguyen",
        "Tran",
        "Le",
        "Pham",
    ]
)
# the last word of an organisation's name, never of a person's
ORG_TAILS = {
    "office", "ministry", "front", "movement", "alliance", "coalition", "organization",
    "organisation", "union", "league", "party", "army", "brigade", "motors", "airlines",
    "airways", "corporation", "company", "group", "bank", "council", "committee", "commission",
    "agency", "institute", "center", "centre", "university", "forces", "force", "service",
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
    """Used as a location: "met in Beijing", "a visit to Kyiv", "leave Moscow", "in Shanghai,
    Hong Kong and Moscow", "Tashkent-based", "in the Kremlin"."""
    doc = span.doc
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ == "based"
    ):
        return True
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # the first of a list decides
        root = root.head
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in PLACE_VERBS
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
        if tok.text == "-" and i - 1 >= sent_start and doc[i - 1].pos_ in TITLE_POS:
            i -= 1  # "Secretary-General"
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


def _appositive(doc: Any, ent: Any) -> Any | None:
    """The span of the appositive after a name (", a historian at American University"); two
    in a row (", the director of a think tank, the Center for ...") make one."""
    spans = []
    for tok in ent:
        for child in tok.children:
            if child.dep_ in ("appos", "relcl") and child.i >= ent.end:
                span = _strip_det(doc[child.left_edge.i : child.right_edge.i + 1])
                if span[0].i < ent.end or span.text.lower().startswith("which "):
                    continue
                if span.text.startswith("(") or span.text.isupper():
                    continue  # "Revolutionary United Front (RUF)": an acronym, not a description
                if child.dep_ == "relcl" and not span.text.lower().startswith("who "):
                    continue
                spans.append(span)
    if spans:
        return doc[min(s.start for s in spans) : max(s.end for s in spans)]
    # parser-free fallback: ", a historian at ..." right after the name
    j = ent.end
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("a", "an", "the"):
        k = j + 2
        while k < len(doc) and doc[k].text not in (",", ";", ".", "—", "–", ")") and k - j < 25:
            k += 1
        # a clause is not an appositive: "According to Mr Howard, the injection will secure ..."
        if k - j > 2 and not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 2 : k]):
            return doc[j + 2 : k]
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

    def add(span: Any, label: str, **kw: Any) -> Candidate:
        cand = Candidate(
            span.start_char + offset,
            span.end_char + offset,
            span.text,
            label,
            kw.pop("name", span.text),
            sentence=sentence(span[0]),
            **kw,
        )
        out.append(cand)
        return cand

    def add_person(span: Any, lead: int) -> Candidate:
        """A personal name starting at token ``lead`` (titles inside ``span`` before it)."""
        name = doc[lead : span.end]
        first = min(_title_before(doc, lead, registry), span.start)
        title = doc[first:lead].text if first < lead else None
        appos = _appositive(doc, name)
        return add(
            name,
            "PER",
            title=title,
            description=appos.text.strip(" ,;") if appos is not None else None,
            outer_start=doc[first].idx + offset if title else None,
            outer_end=appos.end_char + offset if appos is not None else None,
        )

    persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]
    # a name the NER took for an organisation, described as a person ("Vera Lindqvist, a
    # senior fellow at ..."): its surname alone later is that person too
    persons += [
        e for e in doc.ents
        if e.label_ in ("ORG", "FAC") and 2 <= len(e) <= 3 and all(t.pos_ == "PROPN" for t in e)
        and e[-1].lower_ not in ORG_TAILS and _appositive(doc, e) is not None
    ]  # fmt: skip
    surnames = {e[-1].text for e in persons} | {e[0].text for e in persons}
    for ent in doc.ents:
        label = ENT_LABELS.get(ent.label_)
        if label is None or (label != "PER" and ent.text in surnames):
            continue
        if label == "ORG" and len(ent) == 1 and ent.text in ROMANIZED_SURNAMES:
            label = "PER"  # "Wang said": the NER took a Chinese surname for an organisation
        span = _strip_det(ent)
        lead = _name_after_title(span, registry)
        if label == "PER" or (label in ("ORG", "FAC") and lead > span.start):
            # "Kazakh President Kassym-Jomart Tokayev" tagged ORG is a titled person
            add_person(span, max(lead, span.start))
        elif label == "ORG":
            # "China's foreign ministry": the country before the organisation
            before = doc[span.start - 2 : span.start] if span.start >= 2 else None
            title = None
            if before is not None and before[-1].tag_ == "POS":
                title = before.text
            elif span.start >= 1 and doc[span.start - 1].ent_type_ in ("NORP", "GPE"):
                title = doc[span.start - 1].text
            appos = _appositive(doc, span)  # "Tomasz Wielgosz, director of ..." tagged ORG
            add(span, "ORG", title=title,
                description=appos.text.strip(" ,;") if appos is not None else None)  # fmt: skip
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
        add(span, label, place=_is_place(span) or _dateline(span), head_noun=_head_noun(span))

    _role_nouns(doc, offset, registry, out, add)
    return dedupe(out)


def _name_after_title(span: Any, registry: Any) -> int:
    """Index of the first name token after honorifics and role words inside ``span``."""
    lead = span.start
    doc = span.doc
    if (
        lead < span.end - 2
        and registry.country_term(doc[lead].text)
        and (is_honorific(doc[lead + 1].text) or registry.agent(doc[lead + 1].lower_))
    ):
        lead += 1  # "Kazakh President Kassym-Jomart Tokayev"
    while lead < span.end - 1 and (
        is_honorific(doc[lead].text) or registry.agent(doc[lead].lower_)
    ):
        lead += 1
    name = span.doc[lead : span.end]
    if lead > span.start and (
        not all(t.pos_ == "PROPN" or t.text == "-" for t in name)
        or (span.label_ != "PERSON" and (len(name) < 2 or name[-1].lower_ in ORG_TAILS))
    ):
        return span.start  # "General Motors", "Government Accountability Office": no person
    return lead


def _role_nouns(doc: Any, offset: int, registry: Any, out: list[Candidate], add: Any) -> None:
    """Role nouns that stand for one person: "the Chinese leader", "Russia's foreign minister",
    "the Russian president's visit", "his Chinese counterpart". A role followed by a comma and
    a name ("Russia's ambassador, Vitaly Churkin,") is that person's title instead."""
    by_start = {c.start - offset: c for c in out if c.label == "PER"}
    for ent in doc.ents:
        if ent.label_ not in ("NORP", "GPE"):
            continue
        i = ent.end + (1 if ent.end < len(doc) and doc[ent.end].tag_ == "POS" else 0)
        best = None
        for n in (3, 2, 1):
            toks = doc[i : i + n]
            if len(toks) < n or any(t.pos_ not in ("NOUN", "ADJ") for t in toks):
                continue
            role = " ".join([*(t.lower_ for t in toks[:-1]), toks[-1].lemma_.lower()])
            agent = registry.agent(role)
            if role == "counterpart" or (agent and agent[1] not in NOT_PERSONS):
                best = (toks, role)
                break
        if best is None:
            continue
        toks, role = best
        if toks[-1].tag_ in ("NNS", "NNPS"):
            continue  # "Russian officials": a group (the demonym candidate covers it)
        end = toks.end
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            continue  # a title before a name, handled with the name
        span = doc[ent.start : end]
        if nxt is not None and nxt.text == "," and end + 1 < len(doc):
            person = by_start.get(doc[end + 1].idx)
            if person is not None:  # "Russia's ambassador, Vitaly Churkin"
                person.title = person.title or span.text
                continue
        add(span, "ROLE", name=role, title=span.text)
