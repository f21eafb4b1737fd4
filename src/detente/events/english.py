"""The English event coder: who did what to whom, and when, from spaCy's dependency parse.

:func:`find` reads each sentence of a parsed document (``doc.parsed.native``: ``(offset, spaCy
Doc)`` chunks) and codes its events with the English lexicon (``lexicon.en.toml``):

1. **Predicates.** A verb matches a lexicon entry by lemma; a phrasal entry needs its other
   words as particles or prepositions of the verb ("call on", "cut off", "crack down on"); an
   entry with an object list needs one as the verb's object ("sign an agreement", "impose
   sanctions"), and the most specific entry wins ("strike a deal" is not an attack). A noun
   matches by its lemma with the entry's other words as its modifiers ("joint statement",
   "phone call", "air strike"): "Xi's visit to Moscow", "the Russian invasion of Ukraine", "US
   sanctions on Russia". A noun that is the object of a matched verb is part of it ("held
   talks"); a noun carried by a light verb ("launched an invasion", "paid a visit", "lodged a
   protest") takes that verb's subject, clause, negation and date.
2. **Actors.** Each entry's ``source`` and ``target`` roles are tried in order
   (:mod:`detente.events.english_roles` reads a role's noun phrase: appositive titles, modifiers
   such as "Russian troops", coordination, relative and personal pronouns). Passives swap
   subject and object ("Sanctions were imposed on Russia by the EU"); a verb without its own
   subject shares that of the verb it hangs on ("Russia attacked and occupied", "China agreed
   to expand trade"; "urged China to stop": China). Coordinated actors give one event per
   (source, target) pair. A ``symmetric`` entry ("meet", "sign an agreement", "clash") gives
   **one event per unordered pair**, with the first-named as source: "Xi and Putin met" and "Xi
   met (with) Putin" both give Xi -> Putin (never also Putin -> Xi: count a dyad both ways
   when you need to). An event whose source and target are the same actor is dropped;
   consultation, cooperation and aid need a partner (a target), other events one actor
   (attending a summit or a conference is a consultation without one: "is scheduled to attend
   a summit" is a planned CONSULT with no target). The
   target of a verb whose object is itself an event is who did that event ("condemned the
   Russian invasion": Russia). Some senses are told apart by the parse: "released a statement"
   and "seized power" are no events; a journey of troops is a deployment; "X said Y must ..."
   is a demand on Y; "welcomed Putin" is hosting, "welcomed the decision" approval. A passive
   act of violence with no "by" phrase is done by the partner of the fight it happened in:
   "Indian soldiers were killed in a clash with Chinese troops" is China -> India (and the
   clash is that same event). "received weapons from Germany" is aid from Germany.
3. **Embedded events.** "agreed to expand trade with Russia", "threatened to impose sanctions",
   "urged China to stop supplying Russia", "refused to meet": the outer event keeps its own code,
   refined by the category of what it embeds (agree + meet -> 036, threaten + sanctions -> 1312,
   refuse + meet -> 125), and takes the embedded event's target when it has none (for requests:
   the one asked to act). The embedded event is kept, marked (planned, threatened, called_for,
   negated for refusals). "denied supplying weapons" keeps the supply, marked denied (also
   when the parser hangs "supplying" on "weapons" as a modifier: it is read as the verb).
4. **Negation and modality** (:mod:`detente.events.english_marks`): "not"/"never"/"no";
   will/shall (planned), may/might/could/would (possible), must/should (called_for); the verb an
   event hangs on (plan/expect/schedule/agree/pledge: planned; threaten: threatened;
   urge/call/demand: called_for; offer/propose: proposed; deny: denied; consider: possible;
   accuse/allege/"is said to": reported); "reportedly"/"allegedly" (reported); a question mark or
   "whether" (question). Marked events are never counted as done.
5. **Dates.** The event's own date is a timex whose path of syntactic heads reaches the
   predicate before leaving its clause ("signed ... on February 4, 2022", "Xi's visit in March
   2023"), else a timex in the predicate's clause, else one a coordinated verb shares ("attacked
   and occupied the city in 2014", and "Xi met Putin on February 4, and the two sides signed
   ...": the meeting's); otherwise the publication date, precision "reported". A date
   in another clause ("Russia, which annexed Crimea in 2014, signed ... on Friday") never dates
   this one.
6. **Confidence** starts at 1.0 for a clear parse with resolved actors and goes down for a
   pronoun or "the two leaders" (0.7), a subject shared from another verb (0.9), a place
   standing for its country (0.9) and a missing source or target (0.8).

Statements (CAMEO 01) are not events: the lexicon has none, and "declined to comment" is no
refusal.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

from detente.document import Document, Span
from detente.events import codes
from detente.events.common import Actors, Dates, date_fields, mention
from detente.events.english_marks import SPEECH, marks, noun_marks, whether
from detente.events.english_roles import (
    GROUP_NOUNS,
    INHERITED,
    Found,
    Roles,
    children,
    gerund_head,
    objects,
    pair_words,
    passive,
    prep_objects,
    subject,
)
from detente.events.lexicon import Lexicon, Predicate
from detente.events.model import EventMention

VERBAL = ("VERB", "AUX")
# verbs that carry a noun event: "launched an invasion", "paid a visit", "held drills"
LIGHT = {"hold", "conduct", "stage", "launch", "carry", "make", "pay", "have", "begin", "start",
         "resume", "continue", "mount", "unleash", "open", "announce", "issue", "lodge", "file",
         "express", "voice", "give", "deliver", "wage", "step", "intensify", "escalate",
         "undertake", "plan", "prepare", "schedule", "postpone", "order", "approve", "adopt",
         "extend", "attend", "join", "complete", "end", "finish", "organize", "organise",
         "host", "kick", "initiate", "renew", "impose", "slap", "perform", "execute", "send",
         "receive", "offer", "accept", "agree", "sign", "reach", "seek", "need", "want",
         "take", "participate", "engage", "mark", "expand", "increase"}  # fmt: skip
IN_LIGHT = {"participate", "engage", "join", "take"}  # "took part in the drills"
# verbs whose subject would do the event named by their object: "is considering sanctions"
AGENTIVE = {"consider", "plan", "prepare", "propose", "threaten", "weigh", "mull", "contemplate",
            "debate", "discuss", "unveil", "draft", "study", "seek", "promise", "pledge",
            "vow", "offer", "intend", "schedule", "postpone", "cancel", "deny"}  # fmt: skip
# journeys "for talks": the traveller takes part
FOR_LIGHT = {"travel", "fly", "go", "arrive", "come", "head", "visit", "meet", "gather",
             "convene", "return", "leave", "depart"}  # fmt: skip
CLAUSE_DEPS = ("ROOT", "relcl", "advcl", "ccomp", "xcomp", "conj", "acl", "csubj", "parataxis",
               "pcomp")  # fmt: skip
# verbs whose object, when there is one, must name an actor (else another sense: "released a
# statement", "received weapons", "visited the factory", "demonstrated resolve")
ACTOR_OBJECT = {"receive", "host", "visit", "capture", "destroy",
                "demonstrate", "rally", "march", "protest", "back", "help", "assist", "aid",
                "tour", "summon", "support", "defend", "storm", "raid", "occupy"}  # fmt: skip
# objects that make a verb mean something else: "released a statement", "seized power"
_RELEASED = ("statement", "report", "video", "footage", "data", "figure", "document", "detail",
             "list", "image", "photo", "transcript", "readout", "plan", "budget", "result",
             "book", "album", "song", "film", "version", "update", "guidance", "information",
             "number", "recording", "text", "communique", "declaration", "letter", "paper",
             "study", "survey", "forecast", "estimate", "product", "proposal", "white")  # fmt: skip
OTHER_SENSE = {
    "release": frozenset(_RELEASED),
    "seize": frozenset(("power", "opportunity", "chance", "initiative", "moment", "momentum")),
    "capture": frozenset(("attention", "imagination", "mood", "spirit", "market", "share")),
    "attack": frozenset(("problem", "issue", "question")),
}
# a warning with nobody warned and nothing threatened is a statement
NEEDS_TARGET_VERBS = {"warn", "speak"}
NEEDS_TARGET = ("CONSULT", "COOPERATE", "AID")
# ... but attending a summit or a conference is itself a consultation: "will attend the summit"
ATTEND = {"attend", "participate", "take"}
# "cold war", "price war": no fighting
NOT_EVENT_MODIFIERS = {"cold", "price", "word", "information", "propaganda", "culture",
                       "currency", "chip", "tech", "technology", "media"}  # fmt: skip
MISSING = 0.8  # no source or no target found
# nouns that only measure what their "of" phrase names: "70 million dollars of aid"
QUANTITY = {"dollar", "euro", "ton", "tonne", "kg", "kilogram", "million", "billion", "worth",
            "part", "number", "series", "batch", "round", "set", "lot", "amount", "package",
            "shipment", "consignment", "wave", "day", "week", "supply", "volume"}  # fmt: skip
# nouns that frame the event named by their modifier: "a mediation effort", "sanctions package"
FRAME = {"effort", "mission", "bid", "attempt", "campaign", "operation", "initiative",
         "program", "programme", "process", "drive", "package", "regime", "measure", "plan",
         "talk", "round", "pact", "agreement", "deal", "accord", "force"}  # fmt: skip
# subjects that make a journey a deployment: "peacekeeping troops arrived in Bosnia"
MILITARY = {"troop", "soldier", "force", "peacekeeper", "warship", "army", "navy", "unit",
            "battalion", "contingent", "marine", "paratrooper", "jet", "bomber", "vessel",
            "submarine", "carrier", "brigade", "division", "deployment", "tank"}  # fmt: skip
# verbs that are an attack only when armed forces do them: "Russian troops entered Ukraine"
MILITARY_ONLY = {"enter"}
PEACEKEEPING = {"peacekeeper", "peacekeeping", "monitor", "observer"}
# "X said (that) Y must ...": a demand of Y
DEMAND_AUX = {"must", "should", "ought"}
SHARED_SUBJECTS = {"we", "both"}  # "we must", "both should": the speaker is among them

# how an outer event is refined by the category (or code) of the event it embeds
_INTENT = {"COOPERATE": "031", "AID": "033", "CONSULT": "036", "SUPPORT": "032",
           "CONCEDE": "035", "RETREAT": "035", "045": "039", "0841": "0353", "085": "0354",
           "087": "0356", "0871": "0356"}  # fmt: skip
_APPEAL = {"COOPERATE": "021", "SUPPORT": "022", "AID": "023", "CONSULT": "026",
           "CONCEDE": "025", "RETREAT": "025", "0841": "0253", "085": "0254", "087": "0256",
           "0871": "0256", "045": "028"}  # fmt: skip
_DEMAND = {"COOPERATE": "101", "SUPPORT": "102", "AID": "103", "CONSULT": "106",
           "CONCEDE": "105", "RETREAT": "105", "0841": "1053", "085": "1054", "087": "1056",
           "0871": "1056", "045": "108"}  # fmt: skip
_REFUSE = {"COOPERATE": "121", "AID": "122", "CONSULT": "125", "CONCEDE": "124",
           "RETREAT": "124", "0841": "1243", "085": "1244", "087": "1246", "045": "126"}  # fmt: skip
_THREAT = {"ASSAULT": "138", "MOBILIZE": "138", "SANCTION": "131", "COERCE": "132",
           "163": "1312", "161": "1313", "162": "1311", "164": "134", "191": "1381",
           "192": "1382"}  # fmt: skip
_ACCUSE = {"ASSAULT": "1123"}
REFINE = {"030": _INTENT, "020": _APPEAL, "100": _DEMAND, "120": _REFUSE, "130": _THREAT,
          "112": _ACCUSE}  # fmt: skip
EMBEDDING = ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE")


@dataclass(eq=False)
class Match:
    """A predicate found in a sentence, with what the roles gave."""

    tok: Any  # the head token: the verb, or the event noun
    p: Predicate
    obj: Any | None = None  # the required object of a verb entry ("sanctions")
    extra: list[Any] = field(default_factory=list)  # other words of a phrasal entry
    light: Any | None = None  # the verb carrying a noun event
    anchor: Any | None = None  # the noun framing a noun event ("effort" of "mediation effort")
    sources: list[Found] = field(default_factory=list)
    targets: list[Found] = field(default_factory=list)
    embedded: Match | None = None  # the event this one embeds ("agreed to expand trade")
    negated: bool = False
    modality: str | None = None
    drop: bool = False

    @property
    def noun(self) -> bool:
        return self.p.pos == "noun"


def find(doc: Document, lexicon: Lexicon, actors: Actors, dates: Dates) -> list[EventMention]:
    """The event mentions of one parsed English document (see the module docstring)."""
    parsed = doc.parsed
    if parsed is None:
        return []
    verbs, nouns = _index(lexicon)
    places = Actors(doc, ("place",))
    out: list[EventMention] = []
    for off, sdoc in parsed.native:
        roles = Roles(sdoc, off, actors, places)
        for sent in sdoc.sents:
            out += _Sentence(sent, off, roles, verbs, nouns, dates).events()
    return _dedupe(out)


@functools.lru_cache(maxsize=8)
def _index(lex: Lexicon) -> tuple[dict[str, list[Predicate]], dict[str, list[Predicate]]]:
    """Verb entries by their first word, noun entries by their last (the phrase's head)."""
    verbs: dict[str, list[Predicate]] = {}
    nouns: dict[str, list[Predicate]] = {}
    for p in lex.predicates:
        if p.pos == "verb":
            verbs.setdefault(p.words[0], []).append(p)
        else:
            nouns.setdefault(p.words[-1], []).append(p)
    for table in (verbs, nouns):
        for v in table.values():
            v.sort(key=lambda p: (-len(p.words) - bool(p.objects), -bool(p.objects)))
    return verbs, nouns


def _keys(tok: Any) -> list[str]:
    """The forms a token is looked up by: lemma, lower case, and with a hyphenated prefix
    ("test-fired" -> test-fire, "cease-fire" -> ceasefire)."""
    out = [tok.lemma_.lower(), tok.lower_]
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed"):  # the lemmatizer's slips: staged -> stag
        out += [low[:-1], low[:-2]] + ([low[:-3]] if low[-3:-2] == low[-4:-3] else [])
    elif tok.tag_ == "VBG" and low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"]
    elif tok.tag_ == "VBZ" and low.endswith("s"):
        out += [low[:-1], low[:-2]]
    doc = tok.doc
    joined = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    if joined and not doc[tok.i - 2].whitespace_:
        prefix = doc[tok.i - 2].lower_
        out += [f"{prefix}-{tok.lemma_.lower()}", f"{prefix}{tok.lemma_.lower()}"]
    return out


def _is(tok: Any, words: set[str]) -> bool:
    return any(k in words for k in _keys(tok))


def _has_object(tok: Any, wanted: frozenset[str]) -> bool:
    """Whether ``tok`` (or a noun coordinated with it) is one of ``wanted`` ("martial law",
    "state of emergency": a phrase in the object's words)."""
    for t in (tok, *tok.conjuncts, *_measured(tok)):
        keys = set(_keys(t))
        words = [w.lemma_.lower() for w in t.subtree if not w.is_punct]
        text = " ".join(words)
        lower = " ".join(w.lower_ for w in t.subtree if not w.is_punct)
        for w in wanted:
            if " " not in w:
                if w in keys:
                    return True
            elif set(w.split()) & keys and (f" {w} " in f" {text} " or f" {w} " in f" {lower} "):
                return True
    return False


class _Sentence:
    def __init__(self, sent: Any, off: int, roles: Roles, verbs: dict, nouns: dict,
                 dates: Dates) -> None:  # fmt: skip
        self.sent = sent
        self.off = off
        self.roles = roles
        self.verbs = verbs
        self.nouns = nouns
        self.dates = dates
        self.bounds = (off + sent.start_char, off + sent.end_char)
        self.question = sent.text.rstrip().rstrip("\"'”’»)").endswith("?")
        self.heads: set[int] = set()
        self.found: dict[int, Match] = {}

    # -- 1. predicates ----------------------------------------------------------------------
    def matches(self) -> list[Match]:
        found: list[Match] = []
        for tok in self.sent:
            m = None
            if tok.pos_ in VERBAL or (tok.pos_ == "ADJ" and children(tok, "xcomp")):
                if tok.dep_ not in ("amod", "compound", "aux", "auxpass") or gerund_head(tok):
                    m = self._verb(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.roles.acting:
                if tok.dep_ != "compound":
                    m = self._noun(tok)
                elif tok.head.lemma_.lower() in FRAME and tok.head.i > tok.i:
                    m = self._noun(tok, anchor=tok.head)
            if m is None and tok.lemma_.lower() in SPEECH and tok.pos_ == "VERB":
                m = self._must(tok)
            if m is not None:
                found.append(m)
        used = {m.obj.i for m in found if m.obj is not None}
        used |= {c.i for m in found if m.obj is not None for c in m.obj.conjuncts}
        return [m for m in found if not (m.noun and m.tok.i in used)]

    def _verb(self, v: Any) -> Match | None:
        for key in _keys(v):
            for p in self.verbs.get(key, ()):
                extra = self._phrase(v, p.words[1:])
                if extra is None:
                    continue
                obj = None
                if p.objects:
                    cands = objects(v)[0] + prep_objects(v, "with")  # "supplied X with drones"
                    if gerund_head(v) is not None:  # "denied supplying weapons": misparsed
                        cands.append(v.head)
                    if p.words[-1] != p.words[0] and extra and extra[-1].dep_ in ("prep", "agent"):
                        cands = children(extra[-1], "pobj") or cands  # "warned of retaliation"
                    obj = next((o for o in cands if _has_object(o, p.objects)), None)
                    if obj is None:
                        continue
                elif any(
                    o.lemma_.lower() in OTHER_SENSE.get(p.words[0], ()) for o in objects(v)[0]
                ):
                    return None  # "released a statement", "seized power"
                elif len(p.words) == 1 and v.lemma_.lower() in ACTOR_OBJECT:
                    objs = objects(v)[0]
                    if objs and not any(self.roles.np(o, place=True, resolve=False) or
                                        o.lower_ in ("him", "her", "them") for o in objs):  # fmt: skip
                        return None
                if p.words[0] in MILITARY_ONLY and not p.objects and not _military(v):
                    return None  # "troops entered Ukraine", not "China entered the WTO"
                if p.cameo == "141" and not p.objects and children(v, "dobj"):
                    p = _recode(dataclasses.replace(p, target=("object", *p.target)), "114")
                if obj is not None:  # "provided military aid": the noun's finer code
                    finer = self._noun(obj)
                    if finer and finer.p.category == p.category and len(finer.p.words) > 1:
                        p = _recode(p, finer.p.cameo)
                return Match(v, p, obj=obj, extra=extra)
        return None

    @staticmethod
    def _phrase(v: Any, words: tuple[str, ...]) -> list[Any] | None:
        """The tokens of a phrasal entry's other words: particles and prepositions of the verb
        (or of its particle), or the words right after it."""
        out: list[Any] = []
        near = [c for c in v.children if c.i > v.i and c.dep_ in
                ("prt", "prep", "advmod", "dobj", "agent", "dative", "acomp", "advcl")]  # fmt: skip
        near += [g for c in near if c.dep_ in ("prt", "advmod") for g in c.children
                 if g.dep_ == "prep"]  # fmt: skip
        near = [c for c in near if not any(p.ent_type_ in ("DATE", "TIME") for p in c.children)]
        for i, w in enumerate(words):
            hit = next((c for c in near if w in _keys(c) and c not in out), None)
            if hit is None:
                j = v.i + 1 + i
                hit = v.doc[j] if j < len(v.doc) and w in _keys(v.doc[j]) else None
            if hit is None:
                return None
            out.append(hit)
        return out

    def _must(self, v: Any) -> Match | None:
        """ "Washington said Beijing must stop ...": a demand on the clause's subject; "should"
        / "ought to" is an appeal (CAMEO 020, not a 100 demand). When the subject includes the
        speaker ("the two sides should", "we must", "China and Russia should" said by Xi) it is
        a statement of shared intent, not a request of anyone: no event."""
        for c in children(v, "ccomp"):
            aux = {a.lower_ for a in c.children if a.dep_ == "aux"} & DEMAND_AUX
            subj = children(c, "nsubj")
            if not aux or not subj:
                continue
            if any(t.lower_ in SHARED_SUBJECTS or (t.lemma_ in GROUP_NOUNS and pair_words(t))
                   for t in subj):  # fmt: skip
                return None
            return Match(v, _DEMAND_P if "must" in aux else _APPEAL_P, extra=[c])
        return None

    def _noun(self, n: Any, anchor: Any | None = None) -> Match | None:
        keys = _keys(n)
        mods = {k for c in n.lefts for t in c.subtree for k in _keys(t)}
        for key in keys:
            for p in self.nouns.get(key, ()):
                if not all(w in mods for w in p.words[:-1]):
                    continue
                if p.objects and not set(keys) & p.objects:
                    continue
                if len(p.words) == 1 and mods & NOT_EVENT_MODIFIERS:
                    return None
                extra = [w for w in n.doc[n.left_edge.i : n.i]
                         if any(k in p.words[:-1] for k in _keys(w))]  # fmt: skip
                return Match(n, p, light=_light(anchor or n), anchor=anchor, extra=extra)
        return None

    # -- 2. actors --------------------------------------------------------------------------
    def role(self, m: Match, role: str, noun_events: dict[int, Match]) -> list[Found]:
        r = self.roles
        tok = m.tok
        if m.p in _SAID:
            if role == "subject":
                toks, conf = subject(tok)
                return _scaled([f for t in toks for f in r.np(t)], conf)
            return [f for s in children(m.extra[0], "nsubj") for f in r.np(s)]
        if m.noun:
            tok = m.anchor or tok
            if role == "subject":
                gov = m.light or _governor(tok)
                if gov is None or (m.light is None and not _is(gov, AGENTIVE)):
                    return []
                toks, conf = subject(gov)
                conf *= 1.0 if m.light is not None else INHERITED
                return _scaled([f for t in toks for f in r.np(t)], conf)
            if role in ("poss", "amod", "compound"):
                return self._modifiers(tok, role, place=role == "compound")
            if role == "clause":  # "its demand that Israel ease ..."
                return [f for c in children(tok, "ccomp", "acl") for s in children(c, "nsubj")
                        for f in r.np(s)]  # fmt: skip
            if role == "object" and m.light is not None:  # "engaged X in a firefight"
                toks = [o for o in objects(m.light)[0] if o.i != tok.i]
                return [f for o in toks for f in r.np(o, place=True)]
            if role in ("object", "iobj"):
                return []
            toks = prep_objects(tok, role)
            conf = 1.0
            gov = m.light or (_governor(tok) if tok.dep_ == "dobj" else None)
            if gov is not None and not toks:  # "protested China's drills near Taiwan"
                toks = prep_objects(gov, role)
                conf = 1.0 if m.light is not None else INHERITED
            return _scaled([f for t in toks for f in r.np(t, place=True)], conf)
        if role == "subject":
            toks, conf = subject(tok)
            found = _scaled([f for t in toks for f in r.np(t)], conf)
            if not found and m.obj is not None:  # "EU sanctions imposed on Russia"
                found = _scaled(self._modifiers(m.obj, "compound") +
                                self._modifiers(m.obj, "amod") +
                                self._modifiers(m.obj, "poss"), INHERITED)  # fmt: skip
            return found
        if role == "object":
            toks, conf = objects(tok)
            out: list[Found] = []
            for t in toks:
                if t.i in noun_events:  # "condemned the Russian invasion": who invaded
                    out += _scaled(noun_events[t.i].sources, INHERITED)
                    continue
                out += r.np(t, place=True)
            return _scaled(out, conf)
        if role == "iobj":
            return [f for t in children(tok, "dative") if not children(t, "pobj")
                    for f in r.np(t)]  # fmt: skip
        if role == "clause":
            return [f for c in children(tok, "ccomp", "xcomp") for s in children(c, "nsubj")
                    for f in r.np(s)]  # fmt: skip
        if role in ("poss", "amod", "compound"):
            obj = m.obj if m.obj is not None else next(iter(objects(tok)[0]), None)
            return self._modifiers(obj, role) if obj is not None else []
        toks = prep_objects(tok, role)
        for t in (m.obj, *m.extra):
            if t is not None:
                toks += prep_objects(t, role)
                if t.dep_ == "prep" and t.lower_ == role:
                    toks += children(t, "pobj")
        seen: set[int] = set()
        return [f for t in toks if not (t.i in seen or seen.add(t.i))
                for f in r.np(t, place=True)]  # fmt: skip

    def _modifiers(self, tok: Any, dep: str, place: bool = False) -> list[Found]:
        out: list[Found] = []
        for c in tok.children:
            if c.dep_ != dep or c.i > tok.i:
                continue
            if dep == "poss":
                out += self.roles.head(c)
            elif place and c.i in self.roles.places and c.i not in self.roles.acting:
                out.append(Found(self.roles.places[c.i], 0.9, c.i))
            else:
                out += self.roles.within(c)
        return out

    def actors(self, m: Match, noun_events: dict[int, Match]) -> None:
        for r in m.p.source:
            m.sources = self.role(m, r, noun_events)
            if m.sources:
                break
        used = {f.token for f in m.sources}
        for r in m.p.target:
            m.targets = [f for f in self.role(m, r, noun_events) if f.token not in used]
            if m.targets:
                break
        if m.noun:
            parties = len({f.actor.id for f in m.sources}) + bool(m.targets)
            if m.p.cameo == "150" and parties > 1 and not m.targets:  # drills of two: joint
                m.p = dataclasses.replace(_recode(m.p, "062"), symmetric=True)
            elif m.p.cameo == "062" and "joint" in m.p.words and parties < 2:
                near = ("near", "around", "off", "against")  # "China held joint drills": alone
                m.p = dataclasses.replace(_recode(m.p, "150"), target=near, symmetric=False)
                m.targets = next((f for r in near if (f := self.role(m, r, noun_events))), [])
            return
        if not m.sources and m.p.category == "ASSAULT" and passive(m.tok):
            self._attacker(m, noun_events)
        lemma = m.tok.lemma_.lower()
        hosted = any(f.actor.kind in ("person", "surname") for f in m.targets)
        if m.p.cameo == "051" and lemma in ("welcome", "greet") and hosted:
            m.p = _recode(m.p, "043")  # "Xi welcomed Putin": hosting
        if m.p.cameo == "042":  # "peacekeeping troops arrived in Bosnia": a deployment
            subj = subject(m.tok)[0]
            if {s.lemma_.lower() for s in subj} & MILITARY:
                words = {w.lemma_.lower() for s in subj for w in s.subtree}
                m.p = _recode(m.p, "074" if words & PEACEKEEPING else "154")

    def _attacker(self, m: Match, noun_events: dict[int, Match]) -> None:
        """ "Indian soldiers were killed in a clash with Chinese troops": the clash partner did
        it, and the clash is this event."""
        used = {f.actor.id for f in m.targets}
        found_at = {**self.found, **noun_events}
        toks = [w for p in children(m.tok, "prep") if p.lower_ in ("in", "during")
                for w in children(p, "pobj", "pcomp")]  # fmt: skip
        for n in toks:  # "in a clash with", "during fighting with"
            fight = found_at.get(n.i)
            if fight is None or fight.p.category != "ASSAULT":
                continue
            toks = prep_objects(n, "with") + prep_objects(n, "by")
            found = [f for t in toks for f in self.roles.np(t, place=True)
                     if f.actor.id not in used]  # fmt: skip
            if not toks and fight.noun:  # "killed in Russian shelling"
                found = [f for f in fight.sources if f.actor.id not in used]
            if found:
                m.sources = _scaled(found, INHERITED)
                if m.p.cameo == "190" and fight.p.cameo != "190":  # "in an air strike": 195
                    m.p = _recode(m.p, fight.p.cameo)
                fight.drop = True
                return

    # -- 3. embedding -----------------------------------------------------------------------
    def embed(self, found: list[Match]) -> None:
        by_tok = {m.tok.i: m for m in found if not m.noun}
        for e in found:
            outer = by_tok.get(_outer(e).i) if _outer(e) is not None else None
            if outer is None or outer is e or outer.p.category not in EMBEDDING:
                continue
            outer.embedded = e
            table = REFINE.get(outer.p.cameo)
            if table:
                code = table.get(e.p.cameo) or table.get(e.p.cameo[:3]) or table.get(e.p.category)
                if code:
                    outer.p = _recode(outer.p, code)
            if not outer.targets and e.p.symmetric and not e.targets and len(e.sources) > 1:
                outer.p = dataclasses.replace(outer.p, symmetric=True)  # "pledging to deepen"
            elif not outer.targets:
                if outer.p.category == "REQUEST":
                    pick = [f for f in e.sources
                            if all(f.actor.id != s.actor.id for s in outer.sources)]  # fmt: skip
                    pick = pick or e.targets
                else:
                    pick = e.targets
                outer.targets = _scaled(pick, INHERITED)
        for m in found:
            lemma = m.tok.lemma_.lower()
            if m.tok.dep_ == "acl" and m.tok.tag_ == "VBN" and not m.sources and not m.noun:
                m.drop = m.drop or m.p.quad_class in (1, 3)  # "firms accused of": a description
            if lemma in ("refuse", "decline") and any(
                c.lemma_.lower() in SPEECH for c in children(m.tok, "xcomp")
            ):
                m.drop = True  # "declined to comment"
            if lemma in NEEDS_TARGET_VERBS and not m.targets and m.embedded is None:
                m.drop = True
            if m.p.category == "REQUEST" and any(whether(c) for c in children(m.tok, "ccomp")):
                m.drop = True  # "asked whether Russia attacked": a question, not a request

    # -- 4. negation and modality -------------------------------------------------------------
    def marks(self, m: Match) -> None:
        if m.noun:
            neg, mod = noun_marks(m.tok, m.light, _governor(m.tok))
        else:
            neg, mod = marks(m.tok)
        if mod == "negated":
            neg, mod = True, None
        if whether(m.light or m.tok) or (mod is None and self.question):
            mod = "question"
        m.negated, m.modality = neg, mod

    # -- 5. dates -----------------------------------------------------------------------------
    def date(self, m: Match, share: bool = True) -> Span | None:
        pred = {m.tok.i} | {t.i for t in (m.obj, m.light, *m.extra) if t is not None}
        if m.p in _SAID:
            pred = {m.tok.i}
        clause = _clause(m.light or m.tok)
        attached, same = [], []
        for span in self.dates.in_sentence(*self.bounds):
            toks = self.sent.doc.char_span(span.start - self.off, span.end - self.off,
                                           alignment_mode="expand")  # fmt: skip
            if toks is None or not len(toks) or any(t.i in pred for t in toks):
                continue
            steps, anc = 0, toks.root
            while True:
                if anc.i in pred:
                    attached.append((steps, span))
                    break
                if anc.i in self.heads:  # "condemned the invasion of February 2022"
                    break
                if anc.pos_ in VERBAL and anc.dep_ in CLAUSE_DEPS and anc.i not in pred:
                    if clause is not None and anc.i == clause.i:
                        same.append((abs(toks.root.i - m.tok.i), span))
                    break
                if anc.head.i == anc.i:
                    break
                anc, steps = anc.head, steps + 1
        for group in (attached, same):
            if group:
                return min(group, key=lambda x: x[0])[1]
        return self._shared_date(m) if share else None

    def _shared_date(self, m: Match) -> Span | None:
        """A date of a coordinated verb when both share a subject and the date is not between
        them: "attacked and occupied the city in 2014", "On Friday, Russia attacked and ..."."""
        v = m.light or m.tok
        if v.pos_ not in VERBAL:
            return None
        partners = [c for c in v.children if c.dep_ == "conj" and c.pos_ in VERBAL]
        if v.dep_ == "conj" and v.head.pos_ in VERBAL:
            partners.append(v.head)
        # "Xi met Putin on February 4, and the two sides signed ...": the same occasion
        pair = any(s.lemma_.lower() in GROUP_NOUNS and pair_words(s)
                   for s in children(v, "nsubj", "nsubjpass"))  # fmt: skip
        for p in partners:
            if pair and p.i > v.i:
                continue
            if not pair and children(p, "nsubj", "nsubjpass") and children(v, "nsubj", "nsubjpass"):
                continue
            span = self.date(Match(p, m.p), share=False)
            if span is None:
                continue
            lo, hi = sorted((self.off + v.idx, self.off + p.idx))
            if pair or not (lo < span.start < hi):
                return span
        return None

    # -- assembly ---------------------------------------------------------------------------
    def events(self) -> list[EventMention]:
        found = self.matches()
        if not found:
            return []
        nouns = {m.tok.i: m for m in found if m.noun}
        self.found = {m.tok.i: m for m in found}
        for m in sorted(found, key=lambda m: not m.noun):  # nouns first: verbs may point at them
            self.actors(m, nouns)
        self.embed(found)
        self.heads = {m.tok.i for m in found}  # a date inside another event is that event's
        out: list[EventMention] = []
        for m in found:
            if m.drop:
                continue
            self.marks(m)
            span = self.date(m)
            out += self._mentions(m, span)
        return out

    def _mentions(self, m: Match, span: Span | None) -> list[EventMention]:
        p, src, tgt = m.p, m.sources, m.targets
        pairs: list[tuple[Found | None, Found | None]] = []
        if p.symmetric and not tgt and len(src) > 1:
            pairs = [(a, b) for i, a in enumerate(src) for b in src[i + 1 :]]
        elif src or tgt:
            pairs = [(a, b) for a in (src or [None]) for b in (tgt or [None])]
        toks = [m.tok] if m.p in _SAID else [m.tok, *m.extra]
        if m.obj is not None and -3 <= m.obj.i - m.tok.i <= 8:  # "sanctions were imposed"
            toks.append(m.obj)
        start = self.off + min(t.idx for t in toks)
        last = max(toks, key=lambda t: t.idx + len(t.text))
        end = self.off + last.idx + len(last.text)
        out = []
        for s, t in pairs:
            if s is not None and t is not None and s.actor.id == t.actor.id:
                continue
            attended = m.light is not None and _is(m.light, ATTEND) and p.category == "CONSULT"
            if t is None and not attended and (p.category in NEEDS_TARGET or
                                               (m.noun and p.words == ("strike",))):  # fmt: skip
                continue
            conf = min(f.confidence for f in (s, t) if f is not None)
            if s is None or t is None:
                conf *= MISSING
            out.append(mention(p, start, end, self.bounds, s.actor if s else None,
                               t.actor if t else None, negated=m.negated, modality=m.modality,
                               confidence=round(conf, 2), **date_fields(span, self.dates.published)))  # fmt: skip
        return out


def _predicate(words: tuple[str, ...], code: str, source: tuple[str, ...],
               target: tuple[str, ...]) -> Predicate:  # fmt: skip
    c = codes.lookup(code)
    return Predicate(words, "verb", code, c.category or "", c.quad_class, c.goldstein,
                     source=source, target=target, origin="detente.events.english")  # fmt: skip


_DEMAND_P = _predicate(("say", "must"), "100", ("subject",), ("clause",))
_APPEAL_P = _predicate(("say", "should"), "020", ("subject",), ("clause",))
_SAID = (_DEMAND_P, _APPEAL_P)


def _scaled(found: list[Found], conf: float) -> list[Found]:
    if conf >= 1.0:
        return found
    return [Found(f.actor, round(f.confidence * conf, 3), f.token) for f in found]


def _recode(p: Predicate, code: str) -> Predicate:
    c = codes.lookup(code)
    if c.category is None:
        return p
    return dataclasses.replace(p, cameo=code, category=c.category, quad_class=c.quad_class,
                               intensity=c.goldstein, mode=c.mode or p.mode)  # fmt: skip


def _military(v: Any) -> bool:
    """Whether the subject of ``v`` is armed forces ("Russian troops", "tanks")."""
    return any(s.lemma_.lower() in MILITARY or s.lower_ in ("troops", "forces", "tanks")
               for s in subject(v)[0])  # fmt: skip


def _measured(tok: Any) -> list[Any]:
    """What a quantity noun measures: "dollars" in "70 million dollars of aid" -> aid."""
    if tok.lemma_.lower() not in QUANTITY:
        return []
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def _light(n: Any) -> Any | None:
    """The light verb carrying a noun event: "launched an invasion", "took part in drills"."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):  # "freezes and sanctions"
        n = n.head
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in QUANTITY:
        n, h = h.head, h.head.head  # "launched 10 days of war games"
    if n.dep_ in ("dobj", "nsubjpass") and h.pos_ in VERBAL and _is(h, LIGHT):
        return h
    if n.dep_ == "pobj" and h.lower_ == "for" and _is(h.head, FOR_LIGHT):
        return h.head if h.head.pos_ in VERBAL else None  # "will travel to Moscow for talks"
    if n.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "in":
        g = h.head
        if g.lemma_.lower() == "part":
            g = g.head
        if g.pos_ in VERBAL and _is(g, IN_LIGHT):
            return g
    return None


def _governor(n: Any) -> Any | None:
    """The verb a noun is an argument of ("called for talks": call)."""
    h = n.head
    if n.dep_ == "pobj" and h.dep_ in ("prep", "agent"):
        h = h.head
    elif n.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr", "conj"):
        return None
    return h if h.pos_ in VERBAL else None


def _outer(m: Match) -> Any | None:
    """The verb an event hangs on: "agreed to expand", "called for talks", "accused X of
    helping"."""
    t = m.light or m.tok
    if t.dep_ in ("xcomp", "ccomp"):
        return t.head
    if gerund_head(t) is not None:  # "denied supplying weapons", parsed as a modifier
        return gerund_head(t)
    if t.dep_ == "pcomp" and t.head.dep_ == "prep":
        gov = t.head.head
        return gov.head if gov.dep_ == "dobj" else gov
    if m.noun and m.light is None:  # "threatened sanctions", "agreed to a ceasefire"
        if t.dep_ == "pobj" and t.head.lower_ not in ("to", "for", "on", "of", "into", "against"):
            return None  # "snubbed China at the summit": where, not what
        return _governor(t)
    return None


def _clause(t: Any) -> Any | None:
    """The head of the clause a token is in."""
    while True:
        if t.pos_ in VERBAL and t.dep_ in CLAUSE_DEPS:
            return t
        if t.head.i == t.i:
            return t
        t = t.head


def _dedupe(found: list[EventMention]) -> list[EventMention]:
    """One mention per predicate and pair, and one per sentence for the same (category, pair,
    date, marks): "met in Zurich to discuss" is one consultation."""
    best: dict[tuple, EventMention] = {}
    for ev in sorted(found, key=lambda e: (-e.confidence, e.start)):
        key = (ev.sentence_start, ev.category, ev.source, ev.target, ev.date, ev.negated,
               ev.modality)  # fmt: skip
        best.setdefault(key, ev)
    return list(best.values())
