"""Russian event coder over natasha's dependency parse and morphology.

A predicate is a lexicon entry matched on lemmas (``подписать`` + object ``заявление``,
``воздержаться при голосовании``, the noun ``вторжение``). Its actors come from the roles the
entry names, read off the parse:

- ``subject``: ``nsubj``; the instrumental agent of a passive (``введены Евросоюзом``); for an
  infinitive, the subject of the verb above it (``планирует посетить``) or, under ``призвать``,
  ``попросить``, ``обвинить``, that verb's object (``призвал США отменить санкции``); for a
  noun, the subject of the verb that carries it (``ввели санкции``, ``прибыл с визитом``);
- ``object`` (``obj``; the subject of a passive), ``iobj`` (a dative: ``помощь Украине``),
  ``poss`` (a genitive: ``визит Путина``, ``аннексия Крыма``), ``amod`` (``российское
  вторжение``, ``российско-китайские переговоры``; ``антироссийские санкции`` name the target);
- a preposition, with a case where it matters: ``с+ins`` (``встретился с Си``), ``против``,
  ``в отношении``, ``в+acc`` (``вторглась в Украину``), ``по`` (``удар по Киеву``).

Each role is a noun phrase; the actor is the one its head names, else its appositive name
(``министр иностранных дел России Сергей Лавров``), else a country adjective or genitive
(``МИД Китая``, ``лидеры России и Китая``); ``он``/``она``, the last person named;
``стороны``, ``лидеры двух стран``, the parties of the last bilateral event. Coordination
gives one event per (source, target) pair; a symmetric entry with two sources and no target
gives one per pair, the first named as source (as in English). A place (``в Пекине``) is never
a source and is a target only through a role the entry names (``в+acc``, ``по``).

Polarity and modality come from the verb chain above the predicate: ``не`` (negated),
``будет``/perfective future/``планирует``/``намерен`` (planned), ``призвал`` (called_for),
``пригрозил`` (threatened), ``отрицает``/``опроверг`` (denied), ``может``/``мог бы``
(possible), ``обвинил в`` and ``якобы`` (reported), ``ли``/``?`` (question); ``отказался``
and ``заблокировал`` negate what they govern. The date is a timex that hangs on the predicate
or the verb carrying it, else the publication date. Consultation, cooperation and aid need a
partner, as in the English coder. Not followed: ellipsis across sentences, plural pronouns.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from detente.document import Document
from detente.events import common
from detente.events.common import (
    ACTING,
    MISSING,
    NEEDS_TARGET,
    Actor,
    Actors,
    Dates,
    Pair,
    absorb,
    embedded,
    inherited_targets,
    pairs,
    solo,
    threat,
)
from detente.events.lexicon import Lexicon, Predicate
from detente.events.model import EventMention

# verbs that carry a nominal event: its actors, polarity, tense and date are theirs
LIGHT = frozenset({
    "провести", "проводить", "совершить", "совершать", "нанести", "наносить", "ввести", "вводить",
    "наложить", "накладывать", "начать", "начинать", "продолжить", "продолжать", "осуществить",
    "осуществлять", "предпринять", "предпринимать", "оказать", "оказывать", "выразить",
    "выражать", "направить", "направлять", "объявить", "объявлять", "организовать", "устроить",
    "вести", "прибыть", "приехать", "прилететь", "находиться", "отправиться", "побывать",
    "продлить", "продлевать", "расширить", "расширять", "ужесточить", "применить", "применять",
    "возобновить", "возобновлять", "одобрить", "утвердить", "принять", "подготовить", "готовить",
    "заявить", "опубликовать", "устраивать", "предъявить", "использовать",
    "активизировать", "усилить", "наращивать", "нарастить", "допустить",
})  # fmt: skip
# verbs whose subject is the nominal event: "визит состоялся", "переговоры пройдут"
HAPPEN = frozenset({
    "состояться", "пройти", "проходить", "начаться", "начинаться", "завершиться", "завершаться",
    "продолжиться", "продолжаться", "открыться", "стартовать", "возобновиться", "ожидаться",
    "планироваться", "намечаться", "запланировать", "наметить", "последовать",
})  # fmt: skip
# verbs (and short adjectives) that put what they govern in a modality
MODAL = {
    **dict.fromkeys(("планировать", "запланировать", "намереваться", "намерен", "намеренный",
                     "собираться", "предстоять", "готовиться", "рассчитывать", "договориться",
                     "условиться", "согласиться", "пообещать", "обещать", "обязаться", "решить",
                     "хотеть", "стремиться"), "planned"),
    **dict.fromkeys(("призвать", "призывать", "потребовать", "требовать", "попросить", "просить",
                     "настаивать", "убеждать", "убедить", "поручить"), "called_for"),
    **dict.fromkeys(("предложить", "предлагать", "готовый", "готов"), "proposed"),
    **dict.fromkeys(("пригрозить", "угрожать", "грозить"), "threatened"),
    **dict.fromkeys(("отрицать", "опровергнуть", "опровергать", "отвергнуть", "отвергать"),
                    "denied"),
    **dict.fromkeys(("мочь", "рассматривать", "рассмотреть", "изучать", "обсуждать",
                     "исключать", "исключить"), "possible"),
    **dict.fromkeys(("обвинить", "обвинять", "подозревать", "заподозрить"), "reported"),
    **dict.fromkeys(("отказаться", "отказываться", "воздержаться", "воздерживаться"), "negated"),
    # someone else's act, stopped: «Венгрия заблокировала выделение помощи Украине»
    **dict.fromkeys(("заблокировать", "блокировать", "сорвать", "помешать", "препятствовать"),
                    "blocked"),
}  # fmt: skip
# the act is the addressee's: "призвал США отменить", "обвинил Китай в поставках"
PIVOT = frozenset({
    "призвать", "призывать", "потребовать", "требовать", "попросить", "просить", "убеждать",
    "убедить", "заставить", "вынудить", "пригласить", "поручить", "обвинить", "обвинять",
    "подозревать", "заподозрить", "предложить", "предлагать",
})  # fmt: skip
# nouns through which an act is carried: «введение санкций», «пакет санкций», «выделение помощи»
NOMINAL_LIGHT = frozenset({"введение", "наложение", "продление", "расширение", "ужесточение",
                           "нанесение", "проведение", "применение", "осуществление", "начало",
                           "возобновление", "пакет", "ряд", "раунд", "волна", "серия", "набор",
                           "череда", "участие", "выделение", "предоставление", "оказание",
                           "отправка", "передача"})  # fmt: skip
# nouns through which a denial reaches an act: «опроверг сообщения о поставках»
REPORT_NOUNS = frozenset({"сообщение", "информация", "данные", "обвинение", "утверждение",
                          "слух", "заявление", "версия", "публикация"})  # fmt: skip
PLANNED_ADJ = {"предстоящий": "planned", "запланированный": "planned", "планируемый": "planned",
               "намеченный": "planned", "будущий": "planned", "ожидаемый": "planned",
               "возможный": "possible", "потенциальный": "possible",
               "предполагаемый": "reported"}  # fmt: skip
ADVERBS = {"якобы": "reported", "предположительно": "reported", "возможно": "possible",
           "вероятно": "possible", "видимо": "possible"}  # fmt: skip
FRAMES = ("в время", "в ход", "в ходе", "в рамках", "по итогам", "на полях")  # + the noun
BUDU = frozenset({"буду", "будешь", "будет", "будем", "будете", "будут"})
CASES = {"nom": "Nom", "gen": "Gen", "dat": "Dat", "acc": "Acc", "ins": "Ins", "loc": "Loc"}
NP_DEPS = {"appos": 1, "flat:name": 1, "flat": 1, "flat:foreign": 1, "amod": 2, "nmod": 3}
NOT_VERB = frozenset({"NOUN", "PROPN", "ADP", "CCONJ", "SCONJ", "PUNCT", "NUM", "PRON", "DET"})
# «франко-германский»: first halves that are not the adjective's stem
_HALVES = {"англо": "GBR", "франко": "FRA", "греко": "GRC", "итало": "ITA", "испано": "ESP"}


@dataclass(slots=True)
class _Match:
    entry: Predicate
    head: int
    tokens: list[int]  # the predicate's own tokens
    objects: list[int] = field(default_factory=list)  # the object tokens the entry required


@dataclass(slots=True)
class _Chain:
    """What the verbs above a predicate say about it."""

    anchors: set[int]  # tokens a timex may hang on
    carrier: int | None  # the verb whose subject is the source (a noun's light verb)
    asserted: bool = False  # a noun carried by a verb that reports it happening («состоялся»)
    pivot: int | None = None  # "призвал США ...": the source is this verb's object
    modality: str | None = None
    negated: bool = False
    heads: list[int] = field(default_factory=list)  # modal verbs above, nearest first
    via: list[int] = field(default_factory=list)  # nouns that carry it («выделение помощи»)


def find(doc: Document, lexicon: Lexicon, actors: Actors, dates: Dates) -> list[EventMention]:
    """The event mentions of a Russian document (``doc.parsed`` from natasha)."""
    if doc.parsed is None or not doc.parsed.tokens:
        return []
    return _Coder(doc, lexicon, actors, dates).run()


@functools.lru_cache(maxsize=1)
def _registry() -> Any:
    from detente.actors.registry import Registry

    return Registry.load()


@functools.lru_cache(maxsize=4096)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    """Verb lemmas of a word natasha tagged as something else (``Подписали`` at the start of a
    sentence comes out a proper noun)."""
    from detente.nlp.russian import _models

    return tuple(f.normal for f in _models()["vocab"].parse(word) if f.pos == "VERB")


@functools.lru_cache(maxsize=4096)
def _country_adjective(lemma: str) -> tuple[str, ...]:
    """The countries of a compound adjective (``российско-китайский`` -> RUS, CHN) or of an
    ``анти-`` adjective (``антироссийский`` -> RUS); empty if any half is unknown."""
    reg = _registry()
    word = lemma[4:] if lemma.startswith("анти") else lemma
    out = []
    for part in word.split("-"):
        if part in _HALVES:
            out.append(_HALVES[part])
            continue
        hit = None
        for cand in (part, part[:-1] + "ий", part[:-1] + "ский", part[:-1] + "кий"):
            hit = reg.country_term(cand, "ru")
            if hit and hit[1] in ("adjective", "name"):
                break
            hit = None
        if hit is None:
            return ()
        out.append(hit[0])
    return tuple(out)


class _Coder:
    def __init__(self, doc: Document, lexicon: Lexicon, actors: Actors, dates: Dates) -> None:
        p = doc.parsed
        self.doc, self.lex, self.dates = doc, lexicon, dates
        self.toks = p.tokens
        self.sentences = p.sentences
        self.feats = _feats(p)
        self.kids: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(self.toks):
            if t.head >= 0:
                self.kids[t.head].append(i)
        self._starts = [t.start for t in self.toks]
        self.acting = self._index(actors.all)
        places = [a for a in Actors(doc, (*ACTING, "place")).all if a.kind == "place"]
        self.places = self._index(places)
        self.anti: dict[int, list[Actor]] = {}
        self._adjectives()
        self.pair, self.sentence = Pair(), 0
        self.people = [a for a in actors.all if a.kind in ("person", "surname", "role")]

    # -- tokens ---------------------------------------------------------------------------
    def _index(self, actors: list[Actor]) -> dict[int, list[Actor]]:
        out: dict[int, list[Actor]] = defaultdict(list)
        for a in actors:
            i = max(0, bisect.bisect_right(self._starts, a.start) - 1)
            while i < len(self.toks) and self.toks[i].start < a.end:
                if self.toks[i].end > a.start and a not in out[i]:
                    out[i].append(a)
                i += 1
        return out

    def _adjectives(self) -> None:
        """Country adjectives the actor stage leaves whole: «российско-китайские» (two
        actors), «антироссийские» (a target)."""
        for i, t in enumerate(self.toks):
            low = t.lemma.lower()
            if i in self.acting or not ("-" in low or low.startswith("анти")):
                continue
            isos = _country_adjective(low)
            if not isos:
                continue
            parts, pos = [], t.start
            for k, piece in enumerate(t.text.split("-")):
                start = pos + (4 if k == 0 and low.startswith("анти") else 0)
                parts.append((start, pos + len(piece)))
                pos += len(piece) + 1
            made = [Actor(iso, s, e, self.doc.text[s:e], iso, None, "demonym")
                    for iso, (s, e) in zip(isos, parts, strict=False)]  # fmt: skip
            if low.startswith("анти"):
                self.anti[i] = made
            else:
                self.acting[i] = made

    def _feat(self, i: int, key: str) -> str | None:
        return self.feats[i].get(key)

    def _lemma(self, i: int) -> str:
        return self.toks[i].lemma.lower()

    def _dep(self, i: int) -> str:
        return self.toks[i].dep

    def _head(self, i: int) -> int:
        return self.toks[i].head

    def _case_kids(self, i: int) -> list[int]:
        return [c for c in self.kids[i] if self._dep(c) == "case"]

    def _prep(self, i: int) -> str:
        """The preposition of a noun: ``в``, ``в отношении``, ``по``; "" if none."""
        for c in self._case_kids(i):
            fixed = [self.toks[f].text.lower() for f in self.kids[c] if self._dep(f) == "fixed"]
            return " ".join([self._lemma(c), *fixed])
        return ""

    def _conj(self, i: int) -> list[int]:
        """Tokens coordinated with ``i``, in its case (a nominative «Китай» hung on an
        accusative «Украину» is the parser's mistake, not a coordination)."""
        out, todo = [], [i]
        case = self._feat(i, "Case")
        while todo:
            for c in self.kids[todo.pop()]:
                if self._dep(c) == "conj" and c not in out:
                    other = self._feat(c, "Case")
                    if case and other and other != case and self.toks[i].pos != "VERB":
                        continue
                    out.append(c)
                    todo.append(c)
        return out

    def _is_verb(self, i: int) -> bool:
        return self.toks[i].pos in ("VERB", "AUX") or (
            self.toks[i].pos == "ADJ" and self._feat(i, "Variant") == "Short"
        )

    def _conj_head(self, v: int) -> int | None:
        """The verb a conjoined verb shares its subject with, also when the parser hangs the
        second verb on the first one's object («ввести санкции и выслать дипломатов»)."""
        h = self._head(v)
        if self._dep(v) != "conj" or h < 0 or not self._is_verb(v):
            return None
        if self._is_verb(h):
            return h
        g = self._head(h)
        if g >= 0 and self._is_verb(g) and self._dep(h) in ("obj", "obl", "nsubj:pass", "xcomp"):
            return g
        return None

    def _passive(self, v: int) -> bool:
        return self._feat(v, "Voice") == "Pass" or any(
            self._dep(c) in ("aux:pass", "nsubj:pass") for c in self.kids[v]
        )

    def _lemmas(self, i: int) -> list[tuple[str, bool]]:
        """(lemma, from a fallback verb reading)."""
        t = self.toks[i]
        out = [(t.lemma.lower(), False)]
        if t.pos in ("PROPN", "NOUN", "ADJ") and t.text[:1].isupper():
            out += [(v, True) for v in _verb_lemmas(t.text.lower()) if v != out[0][0]]
        return out

    # -- matching -------------------------------------------------------------------------
    def _matches(self, lo: int, hi: int) -> list[_Match]:
        found = []
        for i in range(lo, hi):
            for lemma, verb_reading in self._lemmas(i):
                m = next((m for e in self.lex.by_head.get(lemma, ())
                          if (m := self._try(e, i, hi, verb_reading))), None)  # fmt: skip
                if m is not None:
                    found.append(m)
                    break
        # verbs first: their objects and phrases are not events of their own
        found.sort(key=lambda m: (m.entry.pos != "verb", -len(m.tokens), m.head))
        return absorb(found, lambda m: (*m.tokens, *m.objects))

    def _try(self, e: Predicate, i: int, hi: int, verb_reading: bool) -> _Match | None:
        pos = self.toks[i].pos
        if e.pos == "verb" and pos in NOT_VERB and not verb_reading:
            return None
        if e.pos == "noun" and (verb_reading or pos not in ("NOUN", "PROPN", "ADJ", "X")):
            return None
        tokens, k = [i], i
        for w in e.words[1:]:
            k = next((j for j in range(k + 1, min(hi, k + 5))
                      if self._lemma(j) == w or self.toks[j].text.lower() == w), -1)  # fmt: skip
            if k < 0:
                return None
            tokens.append(k)
        m = _Match(e, i, tokens)
        if e.objects:
            m.objects = self._objects_for(e, tokens)
            if not m.objects:
                return None
        return m

    def _objects_for(self, e: Predicate, tokens: list[int]) -> list[int]:
        head = tokens[0]
        if e.pos == "noun":
            cands = [*tokens, *(c for t in tokens for c in self.kids[t]
                                if self._dep(c) in ("nmod", "amod"))]  # fmt: skip
        else:
            deps = {"obj", "obl", "iobj", "nsubj:pass", "xcomp", "nmod"}
            if self._passive(head):
                deps.add("nsubj")
            cands = [c for t in tokens for c in self.kids[t] if self._dep(c) in deps]
            if self._dep(head) in ("acl", "amod") and self._head(head) >= 0:
                cands.append(self._head(head))  # «подписанное соглашение»
            for c in list(cands):  # «ряд соглашений», «пакет санкций», «пригрозил ввести санкции»
                cands += self._conj(c)
                cands += [g for g in self.kids[c] if self._dep(g) in ("nmod", "obj")
                          and not self._case_kids(g)]  # fmt: skip
        return [c for c in dict.fromkeys(cands) if self._lemma(c) in e.objects]

    # -- the verbs above ------------------------------------------------------------------
    def _chain(self, m: _Match) -> _Chain:
        noun = m.entry.pos == "noun"
        ch = _Chain(anchors=set(m.tokens), carrier=None if noun else m.head)
        root = self._root(m)
        for a in self.kids[root]:  # «предстоящий визит», «возможные санкции»
            if noun and self._dep(a) == "amod" and self._lemma(a) in PLANNED_ADJ:
                ch.modality = PLANNED_ADJ[self._lemma(a)]
        cur, skip_neg = root, False
        for _ in range(8):
            if not skip_neg and self._negated(cur):
                ch.negated = True
            skip_neg = False
            if self._is_verb(cur) or cur == root:
                self._tense(cur, ch)
            h, d = self._head(cur), self._dep(cur)
            if h < 0 or h == cur:
                break
            hl = self._lemma(h)
            if self.toks[cur].pos in ("NOUN", "PROPN") and cur not in m.objects:
                if d in ("obj", "obl", "nsubj:pass", "iobj", "xcomp") and hl in LIGHT:
                    ch.carrier = ch.carrier if ch.carrier is not None else h
                    ch.anchors.add(h)
                    cur = h
                    continue
                if d == "nsubj" and hl in HAPPEN:
                    ch.anchors.add(h)
                    ch.asserted = True
                    cur = h
                    continue
                if d == "nmod" and hl in REPORT_NOUNS:
                    cur = h
                    continue
                if d == "nmod" and hl in NOMINAL_LIGHT:
                    ch.anchors.add(h)
                    ch.via.append(h)
                    cur = h
                    continue
                if self._prep(cur) in FRAMES and self._is_verb(h):  # «во время визита»: the
                    ch.carrier = ch.carrier if ch.carrier is not None else h  # verb's subject
                    ch.anchors.add(h)
                    break
                if d == "nmod" and hl == "случай":  # «в случае поставок оружия»: whoever would
                    ch.modality = ch.modality or "possible"
                    break
            ch_head = self._conj_head(cur)
            if ch_head is not None:
                cur, skip_neg = ch_head, True  # «намерены ввести санкции и выслать дипломатов»
                continue
            if hl in MODAL and d in ("xcomp", "obj", "obl", "nmod", "ccomp", "csubj", "nsubj"):
                kind = MODAL[hl]
                if d == "nsubj" and kind != "possible":
                    break
                ch.heads.append(h)
                ch.anchors.add(h)
                if kind in ("negated", "blocked"):
                    ch.negated = True
                elif kind == "denied" and self._lemma(m.head) in REPORT_NOUNS:
                    pass  # «отверг обвинения»: the accusation was made; its content is denied
                elif hl in ("исключать", "исключить"):
                    if self._negated(h):  # «не исключил введения санкций»
                        ch.modality, skip_neg = ch.modality or "possible", True
                    else:
                        break
                else:
                    ch.modality = ch.modality or kind
                if hl in PIVOT and ch.pivot is None and ch.carrier is None:
                    ch.pivot = h
                elif noun and ch.carrier is None and hl not in PIVOT and kind != "blocked":
                    ch.carrier = h  # «пригрозили санкциями», «отрицает поставки»
                cur = h
                continue
            break
        if ch.modality is None:
            ch.modality = self._adverbs(ch)
        return ch

    def _root(self, m: _Match) -> int:
        """The syntactic head of a predicate of several words («военной помощи»: помощи)."""
        if m.entry.pos == "verb" or len(m.tokens) == 1:
            return m.head
        tops = [t for t in m.tokens if self._head(t) not in m.tokens]
        return tops[0] if len(tops) == 1 else m.tokens[-1]

    def _negated(self, i: int) -> bool:
        kids = [c for c in self.kids[i]]
        kids += [
            g for c in kids if self._dep(c) in ("aux", "aux:pass", "cop") for g in self.kids[c]
        ]
        return any(self._lemma(c) in ("не", "ни") and self.toks[c].pos == "PART" for c in kids)

    def _tense(self, v: int, ch: _Chain) -> None:
        kids = self.kids[v]
        budu = any(
            self.toks[c].text.lower() in BUDU for c in kids if self._dep(c).startswith("aux")
        )
        perfective = self._is_verb(v) and self._feat(v, "Tense") == "Fut" and not self._passive(v)
        if budu or perfective:  # «будет подписано», «подпишут»
            ch.modality = ch.modality or "planned"
        if any(self._lemma(c) == "бы" for c in kids):
            ch.modality = ch.modality or "possible"

    def _adverbs(self, ch: _Chain) -> str | None:
        for a in ch.anchors:
            for c in self.kids[a]:
                if self._lemma(c) in ADVERBS:
                    return ADVERBS[self._lemma(c)]
        return None

    # -- roles ----------------------------------------------------------------------------
    def _subjects(self, v: int, depth: int = 0) -> tuple[list[int], float]:
        """The tokens naming who does ``v``, with a confidence for inherited subjects."""
        kids = self.kids[v]
        if self._passive(v):
            agents = [c for c in kids if self._dep(c) in ("obl", "nmod", "obl:agent")
                      and self._feat(c, "Case") == "Ins" and not self._case_kids(c)]  # fmt: skip
            if agents or self._dep(v) not in ("acl", "amod"):
                return agents, 1.0
        subj = [c for c in kids if self._dep(c) == "nsubj"]
        if subj:
            if self._lemma(subj[0]) == "который" and self._head(v) >= 0:  # «страны, которые …»
                return [self._head(v)], 0.9
            return subj, 1.0
        h, d = self._head(v), self._dep(v)
        if h < 0 or depth > 3:
            return self._stray_subject(v), 0.8
        if d == "conj" and (c := self._conj_head(v)) is not None:
            found, conf = self._subjects(c, depth + 1)
            return found, conf * 0.9
        if d in ("xcomp", "advcl"):
            if self._lemma(h) in PIVOT:
                return self._addressees(h), 0.9
            found, conf = self._subjects(h, depth + 1)
            return found, conf * (0.9 if d == "advcl" else 1.0)
        if d in ("acl", "amod") and self._feat(v, "VerbForm") == "Part":
            return ([h], 0.9) if not self._passive(v) else ([], 1.0)
        return self._stray_subject(v), 0.8

    def _stray_subject(self, v: int) -> list[int]:
        """Nominatives right before a finite verb the parser left without a subject («…, Китай
        и Индия воздержались»): hung elsewhere, they are still its subject."""
        if self._feat(v, "VerbForm") != "Fin":
            return []
        out, j = [], v - 1
        while j >= 0 and (self._lemma(j) in ("и", ",") or (
                self.toks[j].pos in ("PROPN", "NOUN") and self._feat(j, "Case") == "Nom")):  # fmt: skip
            if self.toks[j].pos != "CCONJ" and self.toks[j].pos != "PUNCT":
                out.append(j)
            j -= 1
        while out and out[-1] not in self.acting:  # «, Китай»: not the comma before it
            out.pop()
        return out if any(i in self.acting for i in out) else []

    def _addressees(self, v: int) -> list[int]:
        return self._verb_objects(v) + [c for c in self.kids[v] if self._dep(c) == "iobj"
                or (self._prep(c) in ("от", "у") and self._dep(c) in ("obl", "nmod"))]  # fmt: skip

    def _verb_objects(self, v: int) -> list[int]:
        if self._passive(v):
            found = [c for c in self.kids[v] if self._dep(c) in ("nsubj", "nsubj:pass")]
            if not found and self._dep(v) in ("acl", "amod") and self._head(v) >= 0:
                found = [self._head(v)]  # «соглашение, подписанное …»
            return found
        found = [c for c in self.kids[v] if self._dep(c) == "obj"]
        for x in self.kids[v] if not found else ():  # «призвал американскую сторону прекратить»,
            if self._dep(x) == "xcomp":  # the object hung on the infinitive after it
                found += [c for c in self.kids[x] if self._dep(c) == "obj" and v < c < x]
        return found

    def _np(self, t: int, target: bool) -> list[tuple[Actor, float]]:
        """The actors a noun phrase names, its coordinated phrases included."""
        out = []
        for h in [t, *self._conj(t)]:
            out += self._np_one(h, target)
        if not out and self._both(t):  # «стороны», «лидеры двух стран»: the last pair
            tok = self.toks[t]
            out = self.pair.named(tok.start, tok.end, tok.text, self.sentence)
        return out

    def _both(self, t: int) -> bool:
        lemma, kids = self._lemma(t), self.kids[t]
        two = {"два", "две", "оба", "обе"}
        if lemma == "сторона":
            return self._feat(t, "Number") == "Plur" or any(self._lemma(c) in two for c in kids)
        if lemma in ("страна", "государство"):
            return any(self._lemma(c) in two for c in kids)
        if lemma in ("лидер", "глава", "руководитель", "президент", "министр", "делегация"):
            return any(self._lemma(c) in ("страна", "государство", "сторона") and self._both(c)
                       for c in kids if self._dep(c) == "nmod")  # fmt: skip
        return False

    def _np_one(self, t: int, target: bool) -> list[tuple[Actor, float]]:
        found = []
        todo = [(t, 0, 0)]
        while todo:
            i, rank, depth = todo.pop(0)
            acts = self._actors_at(i, target)
            if acts:
                found.append((rank, depth, i, acts))
                continue
            if depth >= 3:
                continue
            for c in self.kids[i]:
                r = NP_DEPS.get(self._dep(c))
                if r is not None and not self._case_kids(c):
                    todo.append((c, max(rank, r), depth + 1))
        if not found:
            return []
        rank, _, i, acts = min(found, key=lambda f: (f[0], f[1]))
        conf = (1.0, 1.0, 0.9, 0.9)[rank]
        out = [(a, conf * (0.7 if a.kind == "pronoun" else 1.0)) for a in acts]
        if i != t:  # «лидеры России и Китая»
            for c in self._conj(i):
                out += [(a, conf) for a in self._actors_at(c, target)]
        return out

    def _actors_at(self, i: int, target: bool) -> list[Actor]:
        acts = self.acting.get(i, [])
        if not acts and target:
            acts = self.places.get(i, [])
        if not acts and self.toks[i].pos == "PRON":
            acts = self._pronoun(i)
        return list(acts)

    def _pronoun(self, i: int) -> list[Actor]:
        """«он», «она», «его»: the last person named before, in this sentence or the two
        before it."""
        t = self.toks[i]
        if t.lemma.lower() not in ("он", "она") or self._feat(i, "Number") == "Plur":
            return []
        since = self.sentences[max(0, self.sentence - 2)][0]
        people = [a for a in self.people if since <= a.start and a.end <= t.start]
        if not people:
            return []
        a = people[-1]
        return [Actor(a.id, t.start, t.end, t.text, a.country, a.sector, "pronoun")]

    def _role(self, m: _Match, role: str, ch: _Chain, target: bool) -> list[tuple[Actor, float]]:
        noun = m.entry.pos == "noun"
        where = [*m.tokens, *m.objects, *ch.via]
        if noun and ch.carrier is not None:
            where.append(ch.carrier)
        if role == "subject":
            if ch.pivot is not None:
                toks, conf = self._addressees(ch.pivot), 0.8
            elif ch.carrier is not None:
                toks, conf = self._subjects(ch.carrier)
            else:
                return []
            return [(a, c * conf) for t in toks for a, c in self._np(t, target)]
        if role == "object":
            toks = (m.objects if noun else self._verb_objects(m.head)) or m.objects
            return [x for t in toks for x in self._np(t, target)]
        if role in ("amod", "compound"):
            out = []
            for t in where:
                for c in self.kids[t]:
                    if self._dep(c) == "amod":
                        pool = self.anti.get(c, []) if target else self._actors_at(c, False)
                        out += [(a, 0.9) for a in pool]
            return out
        if role in ("poss", "iobj"):
            out = []
            for t in where:
                if role == "poss" and self.toks[t].pos not in ("NOUN", "PROPN"):
                    continue
                for c in self.kids[t]:
                    if self._case_kids(c) or c in where:
                        continue
                    case, d = self._feat(c, "Case"), self._dep(c)
                    genitive = d == "nmod" and case in ("Gen", None)
                    dative = d == "iobj" or (d in ("obl", "nmod") and case == "Dat")
                    if genitive if role == "poss" else dative:
                        out += self._np(c, target)
            return out
        prep, _, case = role.partition("+")
        out = []
        for t in where:
            for c in self.kids[t]:
                if self._dep(c) not in ("obl", "nmod", "iobj", "obj", "advmod"):
                    continue
                if self._prep(c) != prep or (case and self._feat(c, "Case") != CASES.get(case)):
                    continue
                out += self._np(c, target)
        return out

    def _roles(
        self, m: _Match, roles: tuple[str, ...], ch: _Chain, target: bool
    ) -> list[tuple[Actor, float]]:
        for role in roles:
            found = self._role(m, role.rstrip("!"), ch, target)
            if found:
                seen: dict[tuple[str, int], tuple[Actor, float]] = {}
                for a, c in found:
                    seen.setdefault((a.id, a.start), (a, c))
                return list(seen.values())
        return []

    # -- dates ----------------------------------------------------------------------------
    def _date(self, ch: _Chain, m: _Match, sent: tuple[int, int]) -> dict[str, object]:
        anchors = set(ch.anchors)
        spans = self.dates.in_sentence(*sent)
        for extra in (set(), self._conj_heads(m.head)):
            anchors |= extra
            best = None
            for span in spans:
                if self._attached(span, anchors):
                    dist = abs(span.start - self.toks[m.head].start)
                    if best is None or dist < best[0]:
                        best = (dist, span)
            if best is not None:
                return common.date_fields(best[1], self.dates.published)
        return common.date_fields(None, self.dates.published)

    def _conj_heads(self, i: int) -> set[int]:
        out = set()
        for _ in range(4):
            h = self._conj_head(i)
            if h is None:
                break
            out.add(h)
            i = h
        return out

    def _attached(self, span: Any, anchors: set[int]) -> bool:
        """Whether a timex hangs on the predicate: its head's head is one of ``anchors``, or
        one word between («в начале марта»); a timex deep in an object («план до 2030 года»)
        dates the object, not the act."""
        lo = bisect.bisect_left(self._starts, span.start)
        hi = bisect.bisect_left(self._starts, span.end)
        inside = set(range(lo, hi))
        top = [i for i in inside if self._head(i) not in inside]
        if not top:
            return False
        j = self._head(min(top))
        for _ in range(2):
            if j < 0:
                return False
            if j in anchors:
                return True
            if self._is_verb(j):
                return False
            j = self._head(j)
        return False

    # -- events ---------------------------------------------------------------------------
    def run(self) -> list[EventMention]:
        out: list[EventMention] = []
        for k, sent in enumerate(self.sentences):
            self.sentence = k
            lo = bisect.bisect_left(self._starts, sent[0])
            hi = bisect.bisect_left(self._starts, sent[1])
            question = self.doc.text[sent[0] : sent[1]].rstrip().endswith("?") or any(
                self._lemma(i) == "ли" for i in range(lo, hi)
            )
            matches = self._matches(lo, hi)
            chains = {id(m): self._chain(m) for m in matches}
            for m in matches:
                threat(m, matches, chains)
            found: dict[tuple, EventMention] = {}
            for m in matches:
                inner = embedded(m, matches, chains)
                for ev in self._events(m, chains[id(m)], sent, question, inner, chains):
                    key = (ev.cameo, ev.source, ev.target, ev.negated, ev.modality)
                    if key not in found or found[key].confidence < ev.confidence:
                        found[key] = ev
                    self.pair.saw(ev, self.sentence)
            out += found.values()
        return out

    def _events(
        self,
        m: _Match,
        ch: _Chain,
        sent: tuple[int, int],
        question: bool,
        inner: _Match | None,
        chains: dict[int, _Chain],
    ) -> list[EventMention]:
        e = m.entry
        sources = self._roles(m, e.source, ch, target=False)
        targets = self._roles(m, e.target, ch, target=True)
        if m.entry.pos == "noun" and not ch.carrier:
            sources = sources or [(a, 0.9) for a in self._role(m, "amod", ch, False)]
        if any(r.endswith("!") for r in e.target) and not targets:
            return []
        if not targets and inner is not None:
            ich = chains[id(inner)]
            targets = inherited_targets(
                m,
                self._roles(inner, inner.entry.source, ich, target=False),
                self._roles(inner, inner.entry.target, ich, target=True),
            )
        if not targets and len({a.id for a, _ in sources}) < 2:
            e = solo(e)
        found = pairs(sources, targets, e.symmetric)
        if not found:
            return []
        span = sorted({*m.tokens, *(o for o in m.objects if abs(o - m.head) <= 3)})
        start, end = self.toks[span[0]].start, self.toks[span[-1]].end
        modality = "question" if question and ch.modality in (None, "planned") else ch.modality
        carried = ch.carrier is not None or ch.asserted or ch.pivot is not None
        base = 0.8 if e.pos == "noun" and not carried else 1.0
        obj = next((self._lemma(o) for o in m.objects if self._lemma(o) in e.objects), None)
        trigger = " ".join(e.words) + (f"/{obj}" if obj else "")
        when = self._date(ch, m, sent)
        out = []
        for s, t in found:
            if t is None and e.category in NEEDS_TARGET:
                continue
            conf = base * (s[1] if s else MISSING) * (t[1] if t else MISSING)
            if t is not None and t[0].kind == "place":
                conf *= 0.9
            out.append(common.mention(
                e, start, end, sent, s[0] if s else None, t[0] if t else None,
                negated=ch.negated, modality=modality, confidence=round(conf, 2),
                trigger=trigger, **when,
            ))  # fmt: skip
        return out


def _feats(p: Any) -> list[dict[str, str]]:
    """natasha's morphological features, aligned with ``p.tokens``."""
    out: list[dict[str, str]] = []
    for _, native in p.native:
        if native is not None:
            out += [t.feats or {} for t in native.tokens]
    return out if len(out) == len(p.tokens) else [{} for _ in p.tokens]
