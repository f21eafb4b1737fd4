"""Russian actor candidates from natasha's parse (entities with their dictionary forms, lemmas).

Titles stand before the name in the genitive chain (``председатель КНР Си Цзиньпин``,
``официальный представитель МИД Китая Хуа Чуньин``); a place after a locative preposition
(``в Пекине``) is a place; an organisation followed by a country in the genitive (``МИД
Китая``) belongs to that country; country adjectives (``российский``, ``китайские военные``)
qualify the noun they stand before.
"""

from __future__ import annotations

import re
from typing import Any

from detente.actors.candidates import Candidate, dedupe
from detente.actors.resolve import SINGLE_OFFICES

LOCATIVE = {"в", "во", "на", "из", "под", "у", "возле", "около", "близ", "через", "по", "до"}
_DATELINE_AFTER = re.compile(r"\s*(?:,|—|–|-)")
TITLE_POS = {"NOUN", "ADJ", "PROPN"}


def candidates(parsed: Any, text: str, registry: Any) -> list[Candidate]:
    toks = parsed.tokens
    by_start = {t.start: i for i, t in enumerate(toks)}
    out: list[Candidate] = []

    def sent(start: int) -> tuple[int, int] | None:
        return parsed.sentence_of(start)

    def first_token(start: int) -> int | None:
        return by_start.get(start)

    ents = sorted(parsed.entities, key=lambda e: e.start)
    used: set[int] = set()
    for k, e in enumerate(ents):
        i = first_token(e.start)
        if e.label == "PER":
            title_start = None
            if i is not None:
                j = i - 1
                while j >= 0 and i - j <= 6 and toks[j].pos in TITLE_POS and toks[j].text != ",":
                    if any(
                        toks[j].start >= x.start and toks[j].end <= x.end
                        for x in ents
                        if x.label == "PER"
                    ):
                        break
                    j -= 1
                if j + 1 < i:
                    lemmas = " ".join(t.lemma for t in toks[j + 1 : i])
                    if _has_role(lemmas, registry):
                        title_start = toks[j + 1].start
            title = (
                " ".join(t.lemma for t in toks[by_start[title_start] : i])
                if title_start is not None and i is not None
                else None
            )
            desc, desc_end = _description(toks, by_start, e.end, text, registry)
            out.append(
                Candidate(
                    e.start,
                    e.end,
                    text[e.start : e.end],
                    "PER",
                    e.normal or text[e.start : e.end],
                    title=title,
                    description=desc,
                    sentence=sent(e.start),
                    outer_start=title_start,
                    outer_end=desc_end,
                )
            )
        elif e.label == "ORG":
            end, title = e.end, None
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if nxt is not None and nxt.label == "LOC" and 0 <= nxt.start - e.end <= 1:
                end, title = nxt.end, nxt.normal  # "МИД Китая": the ministry of China
                used.add(k + 1)
            out.append(
                Candidate(
                    e.start,
                    end,
                    text[e.start : end],
                    "ORG",
                    e.normal or "",
                    title=title,
                    sentence=sent(e.start),
                )
            )
        elif k not in used:
            place = i is not None and i > 0 and toks[i - 1].lemma in LOCATIVE
            surface = text[e.start : e.end]
            if surface.isupper() and len(surface) > 3 and _DATELINE_AFTER.match(text, e.end):
                place = True  # a dateline: "МОСКВА, 4 февраля —"
            out.append(
                Candidate(
                    e.start,
                    e.end,
                    text[e.start : e.end],
                    "GPE",
                    e.normal or "",
                    place=place,
                    sentence=sent(e.start),
                )
            )
    # country adjectives and registry terms the NER left out ("российский", "Кремль")
    covered = [(c.start, c.end) for c in out]
    for i, t in enumerate(toks):
        if any(s <= t.start < e for s, e in covered):
            continue
        term = registry.country_term(t.lemma, "ru") or registry.country_term(t.text, "ru")
        if not term:
            continue
        head = None
        if t.pos == "ADJ":
            h = t.head if t.head >= 0 else (i + 1 if i + 1 < len(toks) else -1)
            if h >= 0 and toks[h].pos == "NOUN":
                head = toks[h].lemma
                agent = registry.agent(head, "ru")
                if agent and agent[1] in SINGLE_OFFICES and h == i + 1:
                    # "российский лидер", "китайский президент": one person
                    out.append(
                        Candidate(t.start, toks[h].end, text[t.start : toks[h].end], "ROLE",
                                  agent[1], title=f"{t.lemma} {head}", sentence=sent(t.start))
                    )  # fmt: skip
                    continue
        place = i > 0 and toks[i - 1].lemma in LOCATIVE
        out.append(
            Candidate(
                t.start,
                t.end,
                t.text,
                "TERM",
                t.lemma,
                place=place,
                head_noun=head,
                sentence=sent(t.start),
            )
        )
    return dedupe(out)


def _description(
    toks: list, by_start: dict[int, int], end: int, text: str, registry: Any
) -> tuple[str | None, int | None]:
    """ ", доцент кафедры востоковедения МГУ," after a name: up to the next comma or stop, if
    it starts with a role word (its lemmas, so that the registry's role words match)."""
    m = re.match(r"\s*,\s*", text[end:])
    if not m:
        return None, None
    k = by_start.get(end + m.end())
    if k is None:
        return None, None
    j = k
    while j < len(toks) and j - k < 15 and toks[j].text not in (",", ".", ";", "—", "–", ")"):
        j += 1
    lemmas = [t.lemma for t in toks[k:j]]
    if j == k or not any(
        registry.agent(" ".join(lemmas[a:b]), "ru")
        for a in range(min(2, len(lemmas)))
        for b in range(a + 1, min(len(lemmas), a + 3) + 1)
    ):
        return None, None
    return " ".join(lemmas), toks[j - 1].end


def _has_role(lemmas: str, registry: Any) -> bool:
    words = lemmas.split()
    return any(
        registry.agent(" ".join(words[a:b]), "ru")
        for a in range(len(words))
        for b in range(a + 1, min(len(words), a + 4) + 1)
    )
