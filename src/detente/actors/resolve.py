"""Which actor each candidate is: registry lookups, in-document coreference, discovery.

Language-neutral: the language modules hand over :class:`~detente.actors.candidates.Candidate` s
and this module decides, for a document dated ``date``:

* a full personal name → the registry person of that name (the one whose roles fit the date and
  the title, if several), else a *discovered* person carrying the title and description the text
  gives ("Joseph Torigian, a historian at American University" → role historian, organisation
  American University, sector EDU, country USA);
* a surname alone ("Torigian", "Xi", "Путин") → the person of that name met earlier in the
  document, else a famous unambiguous registry alias, else an unresolved person;
* a role noun ("the Chinese leader", "Russia's foreign minister") → the person with that role in
  this document, else whoever held it on the document's date (the registry's dated roles);
* country names, demonyms, capitals, metonyms (``the Kremlin`` → RUS GOV), Chinese ``中方`` →
  the country, with the sector the term or the modified noun gives (``Russian troops`` → MIL);
  a capital used as a place ("met in Beijing") is a place mention, not the government;
* organisations and IGOs → registry entries, else discovered organisations with the country and
  sector their name tells ("Russian Defence Ministry" → RUS GOV).

Why hand-written: entity linkers (spaCy's, for instance) need a knowledge base with embeddings
and a trained model; none handles dated roles, demonyms, metonymy and discovery from appositives,
which is what international-relations text needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from detente.actors.candidates import Candidate, slug

SECTOR_WORDS = {  # the last word of an organisation's name -> sector
    "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "administration": "GOV",
    "office": "GOV", "department": "GOV", "commission": "GOV", "council": "GOV", "agency": "GOV",
    "service": "GOV", "embassy": "GOV", "consulate": "GOV", "kremlin": "GOV", "presidency": "GOV",
    "army": "MIL", "navy": "MIL", "forces": "MIL", "force": "MIL", "command": "MIL",
    "guard": "MIL", "military": "MIL", "fleet": "MIL",
    "parliament": "LEG", "duma": "LEG", "congress": "LEG", "senate": "LEG", "assembly": "LEG",
    "court": "JUD", "tribunal": "JUD",
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU",
    "institute": "NGO", "center": "NGO", "centre": "NGO", "foundation": "NGO", "forum": "NGO",
    "endowment": "NGO", "institution": "NGO", "club": "NGO", "society": "NGO",
    "bank": "BUS", "company": "BUS", "corporation": "BUS", "corp": "BUS", "group": "BUS",
    "inc": "BUS", "ltd": "BUS", "holdings": "BUS", "exchange": "BUS", "airlines": "BUS",
    "radio": "MED", "news": "MED", "times": "MED", "post": "MED", "television": "MED",
    "agency news": "MED", "wire": "MED", "journal": "MED",
    "party": "PTY",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CAPITALIZED = re.compile(
    r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and|on|the|de|du|la)\s+)*[A-Z][\w'’.&-]*)*"
)


@dataclass(slots=True)
class Mention:
    """One resolved stretch of text: who it names, and in what capacity."""

    start: int
    end: int
    text: str
    actor: str | None  # actor id; None: a person we could not identify
    kind: str  # person, surname, role, country, demonym, capital, metonym, side, place, org, igo
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # the title as the text or the registry gives it, at that date
    confidence: float = 1.0

    def data(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "confidence": round(self.confidence, 2),
        }


@dataclass(slots=True)
class RoleInfo:
    title: str | None = None
    sector: str | None = None
    country: str | None = None
    organization: str | None = None
    org_actor: str | None = None


@dataclass(slots=True)
class _Person:
    actor: str
    tokens: list[str]
    info: RoleInfo = field(default_factory=RoleInfo)


class Resolver:
    """Resolves the candidates of one document (a new one per document)."""

    def __init__(self, registry: Any, date: str | None, lang: str) -> None:
        self.reg = registry
        self.date = date
        self.lang = lang
        self.people: list[_Person] = []
        self.discovered: dict[str, Any] = {}  # id -> Actor

    # -- text analysis ------------------------------------------------------------------------
    def _words(self, text: str) -> list[str]:
        text = re.sub(r"['’]s\b", "", text)
        if self.lang == "zh":
            from detente.nlp.chinese import _tokenizer

            return [p.word for p in _tokenizer().cut(text) if p.word.strip()]
        return _WORD.findall(text)

    def role_info(self, text: str | None, head_first: bool = False) -> RoleInfo:
        """Title, sector, country and organisation in a title or a description.

        English titles put the role last ("Foreign Ministry spokesperson"), descriptions first
        ("the director of a Beijing think tank"): ``head_first`` picks which role word counts.
        """
        info = RoleInfo()
        if not text:
            return info
        words = self._words(text)
        lower = [w.lower() for w in words]
        roles: list[tuple[int, str, str]] = []  # (position, sector, title)
        i = 0
        while i < len(words):
            for n in (4, 3, 2, 1):
                if i + n > len(words):
                    continue
                seq = " ".join(lower[i : i + n]) if self.lang != "zh" else "".join(words[i : i + n])
                agent = self.reg.agent(seq, self.lang)
                term = self.reg.country_term(" ".join(words[i : i + n]), self.lang)
                if term and not info.country and term[1] != "metonym":
                    info.country = term[0]
                if agent:
                    roles.append((i, agent[0], agent[1]))
                    i += n - 1
                    break
            i += 1
        if roles:
            _, sector, title = roles[0] if head_first else roles[-1]
            info.title, info.sector = title, sector
            # an organisation word after the head ("director of a ... think tank") gives the
            # sector of the employer; the person's title stays
            if head_first and len(roles) > 1:
                info.sector = roles[-1][1]
        org = self._organization(text, head_first)
        if org:
            info.organization = org
            actor = self._lookup_org(org, info.country)
            if actor is not None:
                info.org_actor = actor.id
                c, s = actor.country_sector_at(self.date)
                info.country = info.country or c
                if s and (not info.sector or head_first):
                    info.sector = s
            else:
                last = org.lower().split()[-1] if org.split() else ""
                if last in SECTOR_WORDS and (head_first or not info.sector):
                    info.sector = SECTOR_WORDS[last]
                term = self._country_in(org)
                info.country = info.country or term
        return info

    def _organization(self, text: str, head_first: bool) -> str | None:
        if self.lang != "en":
            return None
        if head_first:  # "a historian at American University", "director of the X Center"
            m = re.search(r"\b(?:at|of|with|for|from)\s+(?:the\s+)?(.+)$", text)
            rest = m.group(1) if m else text
            names = [
                n
                for n in _CAPITALIZED.findall(rest)
                if not self.reg.country_term(n, "en") and len(n) > 2
            ]
            if names:
                return max(names, key=len) if len(names) > 1 and "," in rest else names[0]
            return None
        names = [n for n in _CAPITALIZED.findall(text) if len(n.split()) >= 1]
        for n in names:  # "Chinese Foreign Ministry" -> "Foreign Ministry" (country apart)
            words = n.split()
            while words and self.reg.country_term(words[0].removesuffix("'s"), "en"):
                words = words[1:]
            if words and words[-1].lower() in SECTOR_WORDS:
                return " ".join(words)
        return None

    def _country_in(self, text: str) -> str | None:
        words = self._words(text)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                term = self.reg.country_term(" ".join(words[i : i + n]), self.lang)
                if term:
                    return term[0]
        return None

    # -- registry -----------------------------------------------------------------------------
    def _pick(self, actors: list[Any], info: RoleInfo | None = None) -> Any | None:
        if not actors:
            return None
        if len(actors) == 1:
            return actors[0]
        active = [a for a in actors if a.role_at(self.date) is not None]
        pool = active or actors
        if info and info.country:
            same = [a for a in pool if a.country_sector_at(self.date)[0] == info.country]
            pool = same or pool
        curated = [a for a in pool if a.source != "phoenix"]
        pool = curated or pool
        return pool[0] if len(pool) == 1 else None

    def _lookup_org(self, name: str, country: str | None) -> Any | None:
        names = [name]
        if country:
            cname = self.reg.country_name(country)
            adj = [t for t, k in self._country_adjectives(country)]
            names += [f"{a} {name}" for a in adj] + ([f"{name} of {cname}"] if cname else [])
        for n in names:
            hits = [a for a in self.reg.lookup(n, self.lang) if a.type in ("organization", "igo")]
            pick = self._pick(hits)
            if pick is not None:
                return pick
        return None

    def _country_adjectives(self, iso3: str) -> list[tuple[str, str]]:
        return self.reg.adjectives(iso3, self.lang) if hasattr(self.reg, "adjectives") else []

    # -- mentions -----------------------------------------------------------------------------
    def resolve(self, cands: list[Candidate]) -> list[Mention]:
        out: list[Mention] = []
        singles: list[tuple[int, Candidate]] = []
        for c in cands:
            m = self._resolve_one(c)
            if m is None:
                continue
            if m.kind == "surname" and m.actor is None:
                singles.append((len(out), c))
            out.append(m)
        for idx, c in singles:  # a surname used before the full name ("Xi ... Xi Jinping")
            person = self._coref(c.name.split())
            if person is not None:
                out[idx] = self._person_mention(c, person.actor, "surname", person.info, 0.7)
        return out

    def _resolve_one(self, c: Candidate) -> Mention | None:
        if c.label == "PER":
            return self._resolve_person(c)
        if c.label == "ROLE":
            return self._resolve_role(c)
        term = self.reg.country_term(c.name, self.lang)
        if term and c.label != "PER":
            return self._country_mention(c, term)
        if c.label in ("ORG", "TERM", "FAC", "NORP", "GPE", "LOC"):
            return self._resolve_org(c)
        return None

    def _country_mention(self, c: Candidate, term: tuple[str, str, str | None]) -> Mention:
        iso3, kind, sector = term
        if c.place and kind in ("name", "capital"):
            return Mention(c.start, c.end, c.text, iso3, "place", iso3, None)
        if kind in ("capital",):
            sector = sector or "GOV"  # "Beijing rejected ...": the government
        if c.head_noun:
            agent = self.reg.agent(c.head_noun, self.lang)
            last = c.head_noun.split()[-1]
            if agent:
                sector = agent[0]
            elif last in SECTOR_WORDS:
                sector = SECTOR_WORDS[last]
        kinds = {"name": "country", "adjective": "demonym", "people": "demonym"}
        return Mention(c.start, c.end, c.text, iso3, kinds.get(kind, kind), iso3, sector)

    def _person_mention(
        self, c: Candidate, actor_id: str, kind: str, info: RoleInfo, conf: float = 1.0
    ) -> Mention:
        actor = self.reg.get(actor_id) or self.discovered.get(actor_id)
        country, sector, role = info.country, info.sector, info.title
        if actor is not None:
            held = actor.role_at(self.date)
            c2, s2 = actor.country_sector_at(self.date)
            country, sector = c2 or country, s2 or sector
            role = info.title or (held.title if held else None)
        return Mention(c.start, c.end, c.text, actor_id, kind, country, sector, role, conf)

    def _coref(self, tokens: list[str]) -> _Person | None:
        want = [t.casefold() for t in tokens]
        hits = {
            p.actor: p
            for p in self.people
            if len(p.tokens) > len(want) and _contains(p.tokens, want)
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _resolve_person(self, c: Candidate) -> Mention | None:
        name = c.name.strip()
        if not name:
            return None
        info = self.role_info(c.title)
        desc = self.role_info(c.description, head_first=True)
        for key in ("title", "sector", "country", "organization", "org_actor"):
            if getattr(info, key) is None:
                setattr(info, key, getattr(desc, key))
        tokens = name.split() if self.lang != "zh" else [name]
        registry_hits = [a for a in self.reg.lookup(name, self.lang) if a.type == "person"]
        if len(tokens) == 1 and self.lang != "zh":
            person = self._coref(tokens)
            if person is not None:
                return self._person_mention(c, person.actor, "surname", person.info, 0.9)
            pick = self._pick(registry_hits, info)
            if pick is not None:
                self.people.append(_Person(pick.id, _name_tokens(pick.name), info))
                return self._person_mention(c, pick.id, "surname", info, 0.8)
            if not registry_hits and self.reg.country_term(name, self.lang):
                term = self.reg.country_term(name, self.lang)
                return self._country_mention(c, term)
            return Mention(
                c.start, c.end, c.text, None, "surname", info.country, info.sector, info.title, 0.3
            )
        pick = self._pick(registry_hits, info)
        if pick is None and not registry_hits:
            term = self.reg.country_term(name, self.lang)
            if term:  # the NER took a place or demonym for a person
                return self._country_mention(c, term)
            orgs = [a for a in self.reg.lookup(name, self.lang) if a.type != "person"]
            if orgs:
                return self._org_mention(c, orgs[0])
            pick = self._discover_person(name, info, c)
        if pick is None:  # several registry people of that name, none fits: leave it open
            return Mention(
                c.start, c.end, c.text, None, "person", info.country, info.sector, info.title, 0.3
            )
        self.people.append(_Person(pick.id, _name_tokens(name) + _name_tokens(pick.name), info))
        return self._person_mention(c, pick.id, "person", info)

    def _discover_person(self, name: str, info: RoleInfo, c: Candidate) -> Any:
        from detente.actors.registry import Actor, Role

        actor_id = f"person:{slug(name)}"
        actor = self.discovered.get(actor_id)
        if actor is None:
            actor = Actor(
                id=actor_id,
                name=name,
                type="person",
                country=info.country,
                sector=info.sector,
                aliases={self.lang: [name]},
                roles=[],
                description=c.description or c.title,
                source="discovered",
            )
            self.discovered[actor_id] = actor
        if info.title or info.organization:
            role = Role(
                info.title or "", info.organization, info.country, info.sector, self.date, None
            )
            if role not in actor.roles:
                actor.roles.append(role)
        actor.country = actor.country or info.country
        actor.sector = actor.sector or info.sector
        if not actor.description and (c.description or c.title):
            actor.description = c.description or c.title
        return actor

    def _resolve_role(self, c: Candidate) -> Mention | None:
        info = self.role_info(c.title or c.text)
        if not info.title:
            return None
        for p in reversed(self.people):  # "Xi Jinping ... the Chinese leader"
            if _same_role(p.info, info) or self._holds(p.actor, info):
                return self._person_mention(c, p.actor, "role", info, 0.8)
        if info.country:
            holders = self.reg.holders(info.title, info.country, self.date)
            if len(holders) == 1:
                return self._person_mention(c, holders[0].id, "role", info, 0.7)
            return Mention(
                c.start,
                c.end,
                c.text,
                info.country,
                "role",
                info.country,
                info.sector,
                info.title,
                0.6,
            )
        return None

    def _holds(self, actor_id: str, info: RoleInfo) -> bool:
        actor = self.reg.get(actor_id)
        if actor is None or not info.country:
            return False
        return any(
            r.active(self.date)
            and r.country == info.country
            and _title_match(r.title, info.title)
            and (not info.sector or not r.sector or r.sector == info.sector)
            for r in actor.roles
        )

    def _resolve_org(self, c: Candidate) -> Mention | None:
        name = c.name.strip()
        country = self._country_in(c.title) if c.title else None
        actor = self._lookup_org(name, country)
        if actor is None:
            people = [a for a in self.reg.lookup(name, self.lang) if a.type == "person"]
            if len(people) == 1 and c.label == "TERM":
                return self._person_mention(c, people[0].id, "person", RoleInfo())
        if actor is not None:
            return self._org_mention(c, actor)
        if c.label not in ("ORG",):
            return None
        words = name.split()
        if len(words) < 2 and not (name.isupper() and len(name) >= 3):
            return None
        country = country or self._country_in(name)
        last = words[-1].lower() if words else ""
        sector = SECTOR_WORDS.get(last)
        agent = self.reg.agent(last, self.lang) if sector is None else None
        sector = sector or (agent[0] if agent else None)
        return self._discover_org(c, name, country, sector)

    def _org_mention(self, c: Candidate, actor: Any) -> Mention:
        country, sector = actor.country_sector_at(self.date)
        kind = "igo" if actor.type == "igo" else "org"
        if actor.type == "person":
            kind = "person"
        return Mention(c.start, c.end, c.text, actor.id, kind, country, sector)

    def _discover_org(self, c: Candidate, name: str, country: str | None, sector: str | None):
        from detente.actors.registry import Actor

        words = name.split()
        while words and self.reg.country_term(words[0].removesuffix("'s"), self.lang):
            words = words[1:]  # "Chinese Foreign Ministry" and "Foreign Ministry" of China: one id
        base = " ".join(words) or name
        actor_id = f"org:{slug(base)}" + (f"-{country.lower()}" if country and base != name else "")
        actor = self.discovered.get(actor_id)
        if actor is None:
            actor = Actor(
                id=actor_id,
                name=name,
                type="organization",
                country=country,
                sector=sector,
                aliases={self.lang: [name]},
                roles=[],
                description=None,
                source="discovered",
            )
            self.discovered[actor_id] = actor
        elif name not in actor.aliases.setdefault(self.lang, []):
            actor.aliases[self.lang].append(name)
        return Mention(c.start, c.end, c.text, actor_id, "org", country, sector, None, 0.7)


def _name_tokens(name: str) -> list[str]:
    return [t.casefold() for t in re.split(r"[\s·.-]+", name) if t]


def _contains(tokens: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


def _title_match(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    leader = {"leader", "president", "general secretary", "head of state", "chairman"}
    return a == b or (a in leader and b in leader)


def _same_role(a: RoleInfo, b: RoleInfo) -> bool:
    return bool(a.country and a.country == b.country and _title_match(a.title, b.title))
