"""Who takes part in an English event: the actors of a predicate's roles, from spaCy's parse.

A role (subject, object, a preposition, a noun's possessor...) points at a token; the actors of
that token are those of its noun phrase, read the way a news reader would:

* the mention that covers the phrase's head ("Chinese President Xi Jinping" is the person, not
  China), else an appositive name ("the Russian leader, Vladimir Putin"), else what modifies the
  head ("Russian troops", "Russia's foreign minister", "US and EU sanctions"), else an ``of`` or
  ``from`` phrase ("the leaders of China and Russia", "a delegation from India");
* coordinated phrases give one actor each ("the US and the EU");
* a relative pronoun is its antecedent ("Russia, which annexed Crimea"); a personal pronoun is
  the nearest fitting actor before it, in the same or the previous sentence, preferring
  subjects (he/she: a person; it: a state or an organisation; they: a group, or the last
  coordinated subject). A singular pronoun is never one member of a coordinated phrase: in
  "the US and the EU imposed sanctions on Russia after it invaded Ukraine", "it" is Russia.
  "The two leaders" / "the two presidents" is the last pair of persons named; "the two
  countries" the last pair of states (else of whoever was named: "Xi met Putin ..., and the two
  countries signed"); "the two sides" / "both sides" the last pair of any kind. These guesses
  carry a lower confidence (:data:`PRONOUN_CONFIDENCE`);
* onlookers are no party: a "with" phrase of people "looking on", "watching", "present" or "in
  attendance" names no role ("signed by Miller and Zhou, with Putin and Xi looking on");
* a place ("in Beijing") is never an actor, except where the role itself is the place: the
  object of "visited Washington", "arrived in Beijing", "bombed Kyiv", "fired missiles at
  Russia" stand for the country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from detente.events.common import Actor, Actors

PRONOUN_CONFIDENCE = 0.7
INHERITED = 0.9  # a subject taken from the verb a clause hangs on ("agreed to expand")
PLACE = 0.9  # a place standing for its country

NOMINAL = ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
PERSONAL = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
            "it": "body", "its": "body", "they": "group", "them": "group", "their": "group"}  # fmt: skip
RELATIVE = {"which", "who", "whom", "that", "whose"}
PERSON_KINDS = ("person", "surname", "role")
BODY_KINDS = ("country", "capital", "metonym", "org", "igo", "side")
GROUP_KINDS = (*BODY_KINDS, "demonym", *PERSON_KINDS)
# "the two leaders", "both sides": the last pair named
GROUP_NOUNS = {"leader", "side", "country", "nation", "government", "president", "minister",
               "party", "capital", "neighbour", "neighbor", "state", "power", "army",
               "military", "delegation", "partner", "counterpart", "giant"}  # fmt: skip
PAIR_PERSONS = {"leader", "president", "minister", "counterpart"}
PAIR_BODIES = {"country", "nation", "government", "capital", "neighbour", "neighbor", "state",
               "power", "army", "military", "giant"}  # fmt: skip
PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "minister", "envoy",
                "ambassador", "head", "chief", "representative", "leader", "delegation"}  # fmt: skip
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# texts that act through whoever issues them: "signed an order banning ..."
DOC_NOUNS = {"order", "law", "decree", "resolution", "bill", "measure", "directive", "rule",
             "regulation", "legislation", "declaration", "communique", "statement", "letter",
             "motion", "amendment", "act", "ordinance", "edict"}  # fmt: skip
MODIFIERS = ("compound", "amod", "poss", "nmod", "npadvmod")
# what onlookers do: "with Putin looking on / present / in attendance"
WITNESS = {"look", "watch", "present", "attend", "attendance", "presence", "witness", "observe",
           "oversee", "preside", "applaud"}  # fmt: skip
# verbs whose object (or "on" phrase) is the subject of their infinitive: "urged China to stop"
OBJECT_CONTROL = {"urge", "ask", "persuade", "force", "invite", "press", "encourage", "call",
                  "push", "pressure", "tell", "order", "allow", "help", "warn", "advise",
                  "request", "require", "compel", "implore", "appeal", "accuse", "blame",
                  "prompt", "lead", "cause", "spur", "drive", "enable", "convince"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Found:
    """An actor found in a role, with how sure we are of it and the token that named it."""

    actor: Actor
    confidence: float
    token: int  # index of the naming token in its spaCy Doc


class Roles:
    """The actors of one chunk of a document's parse (``sdoc`` starts at ``off`` in the text)."""

    def __init__(self, sdoc: Any, off: int, actors: Actors, places: Actors) -> None:
        self.sdoc = sdoc
        self.off = off
        self.actors = actors
        self.acting: dict[int, Actor] = {}  # token index -> the acting mention over it
        self.places: dict[int, Actor] = {}
        end = off + len(sdoc.text)
        for index, table in ((actors, self.acting), (places, self.places)):
            for a in index.within(off, end):
                span = sdoc.char_span(a.start - off, a.end - off, alignment_mode="expand")
                for t in span or ():
                    old = table.get(t.i)
                    if old is None or (old.end - old.start) < (a.end - a.start):
                        table[t.i] = a
        self.sent_starts = [s.start for s in sdoc.sents]

    # -- noun phrases --------------------------------------------------------------------
    def np(self, tok: Any, *, place: bool = False, resolve: bool = True) -> list[Found]:
        """The actors of the noun phrase headed by ``tok`` and the phrases coordinated with it.
        ``place``: a place as the head itself counts (for its country)."""
        heads = {tok.i: tok}
        a = self.acting.get(tok.i)
        same = [t for t in tok.doc[max(0, tok.i - 6) : tok.i + 7] if self.acting.get(t.i) is a]
        for t in same if a is not None else [tok]:  # "Barack Obama and Putin" parsed oddly
            for c in (*t.conjuncts, *(c for c in t.children if c.dep_ == "appos")):
                if c.pos_ in NOMINAL and (c.dep_ != "appos" or _listed(c)):
                    heads[c.i] = c
                    heads.update((d.i, d) for d in c.conjuncts if d.pos_ in NOMINAL)
        out: list[Found] = []
        for h in sorted(heads.values(), key=lambda t: t.i):
            out += self.head(h, place=place, resolve=resolve)
        return _unique(out)

    def head(self, h: Any, *, place: bool = False, resolve: bool = True) -> list[Found]:
        low = h.lower_
        if h.pos_ == "PRON" or h.tag_ in ("PRP", "PRP$", "WP", "WDT", "WP$"):
            if low in RELATIVE:
                ante = _antecedent(h)
                return self.np(ante, place=place, resolve=resolve) if ante is not None else []
            if low in PERSONAL and resolve:
                return self.pronoun(h)
            return []
        a = self.acting.get(h.i)
        if a is not None:
            return [Found(a, 1.0, h.i)]
        if (place or h.dep_ == "poss") and h.i in self.places:  # "Moscow's war effort"
            return [Found(self.places[h.i], PLACE, h.i)]
        for c in h.children:  # "the Russian leader, Vladimir Putin"
            if c.dep_ == "appos" and not _listed(c):
                found = self.head(c, resolve=False)
                if found:
                    return found
        if resolve and h.lemma_.lower() in GROUP_NOUNS and pair_words(h):
            group = self.pair(h)
            if group:
                return group
        out: list[Found] = []
        mods = [c for c in h.children if c.dep_ in MODIFIERS and c.i < h.i]
        if mods:  # "Chinese coast guard vessels", "US and EU sanctions", "Russia's army"
            first = min(c.left_edge.i for c in mods)
            out = self.within(h.doc[first : h.i])
        for c in mods if not out else ():  # "its army", "Moscow's war effort": the possessor
            if c.dep_ == "poss" and (resolve or c.lower_ not in PERSONAL):
                out += self.head(c, resolve=resolve)
        if out:
            return out
        for c in h.children:  # "the leaders of China and Russia", "a spokesman for the EU"
            if c.dep_ == "prep" and (c.lower_ in ("of", "from") or
                                     (c.lower_ == "for" and h.lemma_ in PERSON_NOUNS)):  # fmt: skip
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += self.np(p, resolve=False)
        return out

    def within(self, tok: Any) -> list[Found]:
        """The acting mentions in ``tok``'s subtree (a modifier: "US and EU" in "US and EU
        sanctions"), or in a span of tokens."""
        if hasattr(tok, "left_edge"):
            left, right = tok.left_edge, tok.right_edge
        elif len(tok):
            left, right = tok[0], tok[-1]
        else:
            return []
        start, end = self.off + left.idx, self.off + right.idx + len(right.text)
        return [Found(a, 1.0, self._token(a)) for a in self.actors.within(start, end)]

    def _token(self, a: Actor) -> int:
        span = self.sdoc.char_span(a.start - self.off, a.end - self.off, alignment_mode="expand")
        return span.root.i if span is not None and len(span) else 0

    # -- pronouns ------------------------------------------------------------------------
    def _window(self, tok: Any, back: int = 1) -> int:
        """The first token of the ``back``-th sentence before ``tok``'s."""
        starts = [s for s in self.sent_starts if s <= tok.i]
        return starts[-1 - back] if len(starts) > back else (starts[0] if starts else 0)

    def pronoun(self, tok: Any) -> list[Found]:
        """The nearest fitting actor before a personal pronoun (same or previous sentence)."""
        want = PERSONAL[tok.lower_]
        kinds = PERSON_KINDS if want == "person" else BODY_KINDS if want == "body" else GROUP_KINDS
        blamed = self._blamed(tok)
        if blamed is not None and blamed.kind in kinds:
            return [Found(blamed, PRONOUN_CONFIDENCE, tok.i)]
        first = self._window(tok)
        seen: list[tuple[int, Actor]] = []
        for i in range(tok.i - 1, first - 1, -1):
            a = self.acting.get(i)
            if a is None or a.kind not in kinds or (seen and seen[-1][1] is a):
                continue
            if want != "group" and _coordinated(self.sdoc[i]):
                continue  # "the US and the EU ... after it invaded": never one of a pair
            seen.append((i, a))
        if want == "group":  # "The two leaders met. They signed ..."
            for i in range(tok.i - 1, first - 1, -1):
                t = self.sdoc[i]
                if t.dep_ in SUBJECTS and t.lemma_.lower() in GROUP_NOUNS and pair_words(t):
                    return self.pair(t)
                if t.dep_ in SUBJECTS and (t.i in self.acting or t.conjuncts):
                    break
        if not seen:
            return []
        if want == "group":  # "they": a coordinated subject, else the nearest fitting actor
            for i, _ in seen:
                np = _np_head(self.sdoc[i])
                if np.dep_ in SUBJECTS:
                    group = self.np(np, resolve=False)
                    if group:
                        return [Found(f.actor, PRONOUN_CONFIDENCE, f.token) for f in group]
        subjects = [(i, a) for i, a in seen if _np_head(self.sdoc[i]).dep_ in SUBJECTS]
        i, a = (subjects or seen)[0]
        return [Found(a, PRONOUN_CONFIDENCE, i)]

    def _blamed(self, tok: Any) -> Actor | None:
        """ "criticised the US for its arms sales": a pronoun in a "for"/"over" phrase of a verb
        whose object is an actor stands for that object."""
        t = tok
        while t.head.i != t.i and not (t.dep_ == "prep" and t.lower_ in ("for", "over")):
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("pcomp",):
                return None
            t = t.head
        verb = t.head
        if t.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            return None
        for o in children(verb, "dobj"):
            found = self.head(o, resolve=False)
            if found and o.i < tok.i:
                return found[0].actor
        return None

    def pair(self, tok: Any) -> list[Found]:
        """The last two actors named before "the two leaders" / "both sides"."""
        first = self._window(tok, 2)
        lemma = tok.lemma_.lower()
        if lemma in PAIR_PERSONS:
            tries = [PERSON_KINDS]
        elif lemma in PAIR_BODIES:  # "Xi met Putin ... the two countries": else the persons
            tries = [(*BODY_KINDS, "demonym"), GROUP_KINDS]
        else:  # "the two sides", "both parties": whoever was named
            tries = [GROUP_KINDS]
        for kinds in tries:
            out: list[Found] = []
            for i in range(tok.i - 1, first - 1, -1):
                a = self.acting.get(i)
                if a is not None and a.kind in kinds and all(f.actor.id != a.id for f in out):
                    out.append(Found(a, PRONOUN_CONFIDENCE, i))
                    if len(out) == 2:
                        return out[::-1]
        return []


def _unique(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in found:
        if all(g.actor.id != f.actor.id for g in out):
            out.append(f)
    return out


def _np_head(tok: Any) -> Any:
    """The head of the noun phrase a token belongs to (through modifiers and coordination)."""
    while tok.dep_ in (*MODIFIERS, "appos", "conj", "flat", "cc") and tok.head.i != tok.i:
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
    return tok


def _coordinated(tok: Any) -> bool:
    """Whether a name is one member of a coordinated noun phrase ("the US and the EU")."""
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _antecedent(tok: Any) -> Any | None:
    """The noun a relative pronoun stands for: "Russia, which annexed Crimea"."""
    clause = tok.head
    while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
        if clause.pos_ in ("NOUN", "PROPN"):
            return None
        clause = clause.head
    if clause.dep_ in ("relcl", "acl"):
        return clause.head
    return None


def _listed(appos: Any) -> bool:
    """An appositive that is the next item of a list: "The US, Russia, and Switzerland"."""
    return any(c.dep_ in ("conj", "cc") for c in appos.children)


def pair_words(tok: Any) -> bool:
    return any((c.dep_ == "nummod" and c.lower_ == "two") or c.lower_ == "both"
               for c in tok.children)  # fmt: skip


# -- roles of a clause -------------------------------------------------------------------------


def passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def children(tok: Any, *deps: str) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def gerund_head(verb: Any) -> Any | None:
    """The verb whose object a gerund was misparsed as modifying: in "denied supplying weapons
    to Moscow" the parser may hang "supplying" on "weapons" (amod), the object of "denied"."""
    if verb.dep_ != "amod" or verb.tag_ != "VBG" or verb.head.dep_ != "dobj":
        return None
    if verb.i != verb.head.left_edge.i:  # "supplying" opens the phrase: not "the ruling party"
        return None
    gov = verb.head.head
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i < verb.i else None


def subject(verb: Any) -> tuple[list[Any], float]:
    """The tokens naming who does what ``verb`` says, and how sure that is: its subject (the
    "by" phrase of a passive), else the subject it shares with the verb it hangs on."""
    if passive(verb):
        agents = [p for a in children(verb, "agent") for p in children(a, "pobj")]
        if agents:
            return agents, 1.0
        if verb.dep_ != "acl":
            return [], 1.0
    else:
        own = children(verb, "nsubj", "csubj")
        if own:
            return own, 1.0
        if any(c.dep_ == "expl" for c in verb.children):
            return [], 1.0
    head = verb.head
    if head.i == verb.i:
        return [], 1.0
    gov = gerund_head(verb)
    if gov is not None:  # "Beijing denied supplying weapons"
        found, conf = subject(gov)
        return found, conf * INHERITED
    if verb.dep_ == "acomp":  # "France is ready to ..."
        return subject(head)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX", "ADJ"):
        found, conf = subject(head)
        return found, conf * INHERITED
    if verb.dep_ == "xcomp" or (verb.dep_ == "ccomp" and verb.tag_ == "VB"):
        if head.lemma_.lower() in OBJECT_CONTROL:
            obj = children(head, "dobj")
            if obj:
                return obj, INHERITED
            for p in children(head, "prep"):  # "called on Beijing to ..."
                if p.lower_ in ("on", "upon"):
                    return children(p, "pobj"), INHERITED
        surface = children(head, "nsubj", "nsubjpass", "csubj")
        if surface:
            return surface, INHERITED
        found, conf = subject(head)
        return found, conf * INHERITED
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "accused China of helping Russia"
        gov = head.head
        if gov.dep_ == "dobj" and gov.head.lemma_.lower() in OBJECT_CONTROL:
            return [gov], INHERITED  # "accused Chinese vessels of firing": "of" on the noun
        obj = objects(gov)[0] if gov.pos_ in ("VERB", "AUX") else []  # "firms accused of"
        if obj and gov.lemma_.lower() in OBJECT_CONTROL:
            return obj, INHERITED
        if gov.pos_ in ("VERB", "AUX"):
            found, conf = subject(gov)
            return found, conf * INHERITED
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB"):
        found, conf = subject(head)
        return found, conf * 0.8
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON") and verb.tag_ == "VBG":
        if head.lemma_.lower() in DOC_NOUNS and head.dep_ == "dobj":  # "signed an order banning"
            found, conf = subject(head.head)
            if found:
                return found, conf * INHERITED
        return [head], 1.0  # "troops firing on ...", "an EU statement criticizing China"
    return [], 1.0


def objects(verb: Any) -> tuple[list[Any], float]:
    """The direct object of ``verb`` (the subject of a passive; the noun a passive participle
    qualifies: "sanctions imposed on Russia"), else the object it shares with the verb
    coordinated after it ("attacked and occupied the city")."""
    if passive(verb):
        own = children(verb, "nsubjpass")
        if own:
            return own, 1.0
    own = children(verb, "dobj")
    if own:
        rel = [o for o in own if o.lower_ in RELATIVE]
        if rel and verb.dep_ == "relcl":
            return [verb.head], 1.0
        return own, 1.0
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head], 1.0
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subj = children(verb, "nsubj")
        if subj and subj[0].lower_ not in RELATIVE:  # "the deal China signed"
            return [verb.head], INHERITED
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            shared = children(c, "dobj")
            if shared and not children(c, "nsubj"):
                return shared, INHERITED
    return [], 1.0


def prep_objects(tok: Any, word: str) -> list[Any]:
    """The nouns of ``tok``'s ``word`` phrases ("on Russia"; "by" is also a passive's agent;
    those of the verb a misparsed gerund hangs on: "denied supplying weapons to Moscow")."""
    out = []
    gov = gerund_head(tok)
    if gov is not None:
        out += [p for p in prep_objects(gov, word) if p.i > tok.i]
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == word:
            out += [p for p in c.children if p.dep_ == "pobj" and not (word == "with" and
                                                                       witness(p))]  # fmt: skip
        elif c.dep_ in ("prt", "advmod"):  # "pulled out of Syria": "of" under the particle
            out += [p for g in c.children if g.dep_ == "prep" and g.lower_ == word
                    for p in g.children if p.dep_ == "pobj"]  # fmt: skip
    return out


def witness(pobj: Any) -> bool:
    """Whether a "with" phrase names onlookers, not a party: "signed ..., with Putin and Xi
    looking on / present / in attendance / watching"."""
    if pobj.lemma_.lower() in WITNESS and pobj.pos_ in ("VERB", "ADJ", "NOUN"):
        return True  # "with Putin and Xi present": the phrase's head is the predicate
    toks = [pobj, *pobj.conjuncts]
    if any(w.lemma_.lower() in WITNESS and w.i != t.i and w.pos_ != "PROPN"
           for t in toks for w in t.subtree):  # fmt: skip
        return True  # "with Putin and Xi in attendance" (on Xi)
    doc = pobj.doc
    end = max(t.right_edge.i for t in toks) + 1
    after = [w.lemma_.lower() for w in doc[end : end + 2]]
    return bool(after) and (after[0] in WITNESS or (after[0] in ("in", "at") and
                                                    after[1:] and after[1] in WITNESS))  # fmt: skip
