"""Which actor each candidate is: registry lookups, in-document coreference, discovery.

Language-neutral: the language modules hand over :class:`~detente.actors.candidates.Candidate` s
and this module decides, for a document dated ``date``:

* a full personal name → the registry person of that name (the one whose roles fit the date and
  the title, if several), else a *discovered* person carrying the title and description the text
  gives ("Irina Volkova, an economist at the Higher School of Economics in Moscow" → role
  economist, employer HSE, sector EDU, country RUS); a registry person's role is the one the
  registry says they held on that date (the text's wording varies: leader, president, chairman);
* a surname alone ("Volkova", "Xi", "Путин") → the person of that name met earlier in the
  document, else a famous unambiguous registry alias; otherwise nothing (no guess);
* a role noun ("the Chinese leader", "Russia's foreign minister", "his Chinese counterpart") →
  the person with that role in this document, else whoever held that single office on the
  document's date (the registry's dated roles);
* country names, demonyms, capitals, metonyms (``the Kremlin`` → RUS GOV), Chinese ``中方`` →
  the country, with the sector the term or the modified noun gives (``Russian troops`` → MIL);
  a capital, city or building used as a place ("met in Beijing", "visit to Kyiv", "in the
  Kremlin") is a place mention, not the government; "a China analyst" names no actor;
* organisations and IGOs → registry entries, else discovered organisations (scoped by country,
  so Russia's and India's defence ministries stay apart) with the sector their name tells;
  pipelines, weapons, laws and events are not organisations; the document's own outlet and
  reporters are not actors of the story.

Why hand-written: entity linkers (spaCy's, for instance) need a knowledge base with embeddings
and a trained model; none handles dated roles, demonyms, metonymy and discovery from appositives,
which is what international-relations text needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from detente.actors.candidates import Candidate, slug
from detente.actors.chinese import SURNAMES
from detente.actors.roles import EXPERT_NOUNS, SECTOR_WORDS, RoleInfo, RoleReader, sector_of

# offices one person holds at a time: a role noun naming one of them is that person
SINGLE_OFFICES = {
    "leader", "president", "vice president", "premier", "prime minister", "chancellor",
    "foreign minister", "defence minister", "finance minister", "secretary of state",
    "general secretary", "head of state", "head of government", "king", "queen",
    "supreme leader", "secretary-general", "chairman", "speaker", "foreign secretary",
}  # fmt: skip
# one office, two names ("总理" reads as prime minister; China's is titled premier)
_SAME_OFFICE = {
    "prime minister": ("premier",), "premier": ("prime minister",),
    "deputy prime minister": ("vice premier",), "vice premier": ("deputy prime minister",),
}  # fmt: skip
_LEADERS = {"leader", "president", "general secretary", "head of state", "chairman", "premier",
            "prime minister", "counterpart"}  # fmt: skip
# names of things, not actors: pipelines, weapons, laws, events, programmes, places
_NOT_ACTOR_WORDS = {
    "pipeline", "pipelines", "system", "systems", "act", "law", "treaty", "agreement", "accord",
    "deal", "exercise", "exercises", "drill", "drills", "medal", "prize", "award", "statement",
    "statements", "initiative", "road", "belt", "route", "corridor", "project", "plan",
    "strategy", "doctrine", "war", "crisis", "summit", "games", "olympics", "stadium", "square",
    "hall", "lng", "missile", "missiles", "contract", "field", "plains", "sea", "river", "valley",
    "mountains", "island", "islands", "strait", "bridge", "port", "airport", "declaration",
    "resolution", "charter", "convention", "protocol", "memorandum", "visit", "day", "parade",
    "trade", "sanctions", "conference", "talks", "dialogue", "stream", "siberia",
    "economic belt", "expo", "fair", "festival", "cup", "championship", "election", "elections",
    "referendum", "program", "programme", "palace", "tomb", "lake", "line", "control", "zoo",
    "museum", "cathedral", "church", "monument", "mausoleum", "park", "garden", "relations",
    "security", "eastern", "western", "northern", "southern", "people", "soldier", "space",
    "дом", "дворец", "стадион", "площадь", "озеро", "гнездо", "собрание", "関係",
}  # fmt: skip
_NOT_ORG_ZH = ("关系", "问题", "大厅", "大会堂", "广场", "协议", "声明", "条约")
_ORG_HINT = re.compile(
    r"\b(?:of|for|and|&|corp|corporation|inc|ltd|group|bank|ministry|university|institute"
    r"|center|centre|council|agency|company|foundation|forum|party|army|forces|committee"
    r"|commission|office|service|news|radio|times|post|association|union|league)\b",
    re.I,
)
# bodies of a state: "Russian Defence Ministry" is Russia's "Defence Ministry"
STATE_BODIES = {
    "ministry", "army", "navy", "force", "forces", "government", "parliament", "embassy",
    "military", "police", "guard", "command", "fleet", "court", "council", "office",
    "department", "administration", "agency", "service", "services", "cabinet",
}  # fmt: skip
_HISTORICAL = {"SUN", "CSK", "DDR", "YUG", "SCG"}  # no living person speaks for these


@dataclass(slots=True)
class Mention:
    """One resolved stretch of text: who it names, and in what capacity."""

    start: int
    end: int
    text: str
    actor: str
    kind: str  # person, surname, role, country, demonym, capital, metonym, side, place, org, igo
    country: str | None = None
    sector: str | None = None
    role: str | None = None  # the role held at the document's date (registry), or as the text says
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
class _Person:
    actor: str
    tokens: list[str]
    info: RoleInfo = field(default_factory=RoleInfo)


class Resolver:
    """Resolves the candidates of one document (a new one per document)."""

    def __init__(
        self,
        registry: Any,
        date: str | None,
        lang: str,
        *,
        publisher: str | None = None,
        authors: list[str] | tuple[str, ...] = (),
    ) -> None:
        self.reg = registry
        self.date = date
        self.lang = lang
        self.people: list[_Person] = []
        self.discovered: dict[str, Any] = {}  # id -> Actor
        self.roles = RoleReader(registry, date, lang, self._lookup_org)
        # the document's own outlet and reporters are not actors of the story
        self.own = {_key(a) for a in authors if a}
        if publisher:
            self.own.add(_key(publisher))
            self.own.add(_key(re.sub(r"^the\s+", "", publisher, flags=re.I)))

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

    def _lookup_org(self, name: str, country: str | None = None) -> Any | None:
        names = [name, re.sub(r"\s*\([^)]*\)", "", name).strip()]
        names += re.findall(r"\(([^)]+)\)", name)  # "... Corporation (CNPC)"
        names += [re.sub(r"\bCorp\b\.?", "Corporation", n) for n in names]
        if country:
            cname = self.reg.country_name(country)
            if cname:
                names += [f"{cname} {name}", f"{name} of {cname}", f"{cname}'s {name}"]
        for n in dict.fromkeys(x for x in names if x):
            hits = [a for a in self.reg.lookup(n, self.lang) if a.type in ("organization", "igo")]
            pick = self._pick(hits)
            if pick is not None and (not country or pick.country in (None, country)):
                return pick
        return None

    # -- mentions -----------------------------------------------------------------------------
    def resolve(self, cands: list[Candidate]) -> list[Mention]:
        out: list[Mention | None] = []
        later: list[tuple[int, Candidate]] = []
        for c in cands:
            if _key(c.name) in self.own or _key(c.text) in self.own:
                continue
            m = self._resolve_one(c)
            if m is None and c.label == "PER" and len(c.name.split()) == 1:
                later.append((len(out), c))  # a surname used before the full name
            out.append(m)
        for idx, c in later:
            person = self._coref(c.name.split())
            if person is not None:
                out[idx] = self._person_mention(c, person.actor, "surname", person.info, 0.7)
        return [m for m in out if m is not None]

    def _resolve_one(self, c: Candidate) -> Mention | None:
        if c.label == "PER":
            return self._resolve_person(c)
        if c.label == "ROLE":
            return self._resolve_role(c)
        term = self.reg.country_term(c.name, self.lang) or (
            self.reg.country_term(c.text, self.lang) if c.text != c.name else None
        )
        if term:
            return self._country_mention(c, term)
        return self._resolve_org(c)

    def _country_mention(self, c: Candidate, term: tuple[str, str, str | None]) -> Mention | None:
        iso3, kind, sector = term
        head = (c.head_noun or "").split()[-1] if c.head_noun else None
        if head and kind == "name" and head in EXPERT_NOUNS:
            return None  # "a China analyst", "the Russia programme": a subject, not an actor
        agent = self.reg.agent(c.head_noun, self.lang) if c.head_noun else None
        if kind == "city" or (c.place and kind in ("name", "capital", "metonym")):
            return Mention(c.start, c.end, c.text, iso3, "place", iso3, None)
        if kind in ("capital", "metonym") and head and not agent:
            return Mention(c.start, c.end, c.text, iso3, "place", iso3, None)  # a Moscow firm
        if kind == "capital":
            sector = sector or "GOV"  # "Beijing rejected ...": the government
        if agent and agent[0]:
            sector = agent[0]
        elif head in SECTOR_WORDS:
            sector = SECTOR_WORDS[head]
        kinds = {"name": "country", "adjective": "demonym", "people": "demonym"}
        return Mention(c.start, c.end, c.text, iso3, kinds.get(kind, kind), iso3, sector)

    def _person_mention(
        self, c: Candidate, actor_id: str, kind: str, info: RoleInfo, conf: float = 1.0
    ) -> Mention:
        actor = self.reg.get(actor_id) or self.discovered.get(actor_id)
        country, sector, role = info.country, info.sector, info.title
        if actor is not None and actor.source != "discovered":
            held = actor.role_at(self.date)
            # of the roles held that day, the one the text names ("spokesperson Hua Chunying")
            named = [r for r in actor.roles if r.active(self.date)
                     and _title_match(r.title, info.title)]  # fmt: skip
            held = named[-1] if named else held
            c2, s2 = (held.country, held.sector) if held else actor.country_sector_at(self.date)
            country, sector = c2 or country, s2 or sector
            if actor.roles:  # the registry knows what they were at that date, if anything
                role = held.title if held else info.title if info.former else None
        return Mention(c.start, c.end, c.text, actor_id, kind, country, sector, role, conf)

    def _coref(self, tokens: list[str]) -> _Person | None:
        want = [t.casefold() for t in tokens]
        hits = {
            p.actor: p
            for p in self.people
            if len(p.tokens) > len(want) and _contains(p.tokens, want)
        }
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _info(self, c: Candidate) -> RoleInfo:
        info = self.roles.title(c.title)
        desc = self.roles.description(c.description)
        for key in ("title", "sector", "country", "organization", "org_actor"):
            if getattr(info, key) is None:
                setattr(info, key, getattr(desc, key))
        info.former = info.former or desc.former
        if info.country in _HISTORICAL:
            info.country = None
        return info

    def _resolve_person(self, c: Candidate) -> Mention | None:
        name = c.name.strip()
        if not name or (name.isupper() and len(name) > 3 and self.lang != "zh"):
            return None  # "HOST", "GUEST": transcript labels, not people
        info = self._info(c)
        tokens = name.split() if self.lang != "zh" else [name]
        registry_hits = [a for a in self.reg.lookup(name, self.lang) if a.type == "person"]
        if len(tokens) == 1 and self.lang != "zh":
            person = self._coref(tokens)
            if person is not None:
                return self._person_mention(c, person.actor, "surname", person.info, 0.9)
            pick = self._pick(registry_hits, info) or self._by_surname(name, info)
            if pick is not None:
                self.people.append(_Person(pick.id, _name_tokens(pick.name), info))
                return self._person_mention(c, pick.id, "surname", info, 0.8)
            term = self.reg.country_term(name, self.lang)
            return self._country_mention(c, term) if term and not registry_hits else None
        pick = self._pick(registry_hits, info)
        if pick is None and not registry_hits:
            term = self.reg.country_term(name, self.lang)
            if term:  # the NER took a place or demonym for a person
                return self._country_mention(c, term)
            orgs = [a for a in self.reg.lookup(name, self.lang) if a.type != "person"]
            if orgs:
                return self._org_mention(c, orgs[0])
            if self.lang == "zh" and not _plausible_chinese_name(name, c):
                return None
            if self.lang != "zh" and not self._plausible_name(name):
                return None
            pick = self._discover_person(name, info, c)
        if pick is None:  # several registry people of that name, none fits: leave it open
            return None
        self.people.append(_Person(pick.id, _name_tokens(name) + _name_tokens(pick.name), info))
        return self._person_mention(c, pick.id, "person", info)

    def _by_surname(self, name: str, info: RoleInfo) -> Any | None:
        """ "President Mugabe": the one registry person of that surname in office at the date
        (with that title, if the text gives one)."""
        if self.lang != "en":
            return None
        found = []
        for aid in _surname_index(self.reg).get(name.casefold(), ()):
            actor = self.reg.get(aid)
            held = [r for r in actor.roles if r.active(self.date)] if self.date else []
            if held and (
                not info.title
                or any(_title_match(r.title, info.title) or r.title == info.title for r in held)
            ):
                found.append(actor)  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _plausible_name(self, name: str) -> bool:
        """Not "Friendship Medal", "Joint Statements", "Putin China", "Special Representatives":
        no word of a personal name is a thing, a role or a country."""
        for w in name.split():
            low = w.lower().strip(".,")
            if low in _NOT_ACTOR_WORDS or self.reg.country_term(w, self.lang):
                return False
            if low.endswith("s") and self.reg.agent(low, self.lang):
                return False  # "Special Representatives"; but "Tom King" is a name
        return True

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
            role = Role(info.title or "", info.organization, info.country, info.sector,
                        self.date, None)  # fmt: skip
            if role not in actor.roles:
                actor.roles.append(role)
        actor.country = actor.country or info.country
        actor.sector = actor.sector or info.sector
        if not actor.description and (c.description or c.title):
            actor.description = c.description or c.title
        return actor

    def _resolve_role(self, c: Candidate) -> Mention | None:
        info = self.roles.title(c.title or c.text)
        if not info.title:
            return None
        counterpart = info.title == "counterpart"
        for p in reversed(self.people):  # "Xi Jinping ... the Chinese leader"
            if _same_role(p.info, info) or self._holds(p.actor, info, counterpart):
                return self._person_mention(c, p.actor, "role", p.info, 0.8)
        if info.country and info.title in SINGLE_OFFICES and not info.former:
            holders = self._office_holders(info.title, info.country)
            if len(holders) == 1:
                return self._person_mention(c, holders[0].id, "role", info, 0.7)
        if info.country:
            sector = info.sector or ("GOV" if counterpart else None)
            return Mention(c.start, c.end, c.text, info.country, "role", info.country, sector,
                           info.title, 0.6)  # fmt: skip
        return None

    def _office_holders(self, title: str, country: str) -> list[Any]:
        """Who held ``title`` for ``country`` at the date; "leader" is the head of state (or,
        where there is none in the registry, the head of government)."""
        groups = [[title, *_SAME_OFFICE.get(title, ())]]
        if title in ("leader", "head of state", "counterpart"):
            groups = [["president", "general secretary", "supreme leader", "king", "queen"],
                      ["prime minister", "premier", "chancellor"]]  # fmt: skip
        for titles in groups:
            found = {a.id: a for t in titles for a in self.reg.holders(t, country, self.date)}
            if found:
                return list(found.values())
        return []

    def _holds(self, actor_id: str, info: RoleInfo, counterpart: bool = False) -> bool:
        actor = self.reg.get(actor_id)
        if actor is None or not info.country:
            return False
        for r in actor.roles:
            if not r.active(self.date) or r.country != info.country:
                continue
            if info.sector and r.sector and r.sector != info.sector:
                continue
            if _title_match(r.title, info.title) or (counterpart and r.title in _LEADERS):
                return True
        return False

    def _resolve_org(self, c: Candidate) -> Mention | None:
        name = c.name.strip()
        country = self.roles.title(c.title).country if c.title else None
        actor = self._lookup_org(name, country)
        if actor is None and c.text != name:
            actor = self._lookup_org(c.text, country)
        if actor is not None:
            return self._org_mention(c, actor)
        people = [a for a in self.reg.lookup(name, self.lang) if a.type == "person"]
        if people:  # the NER took a person for an organisation ("Xi Jinping's state visit")
            pick = self._pick(people)
            return self._person_mention(c, pick.id, "person", RoleInfo()) if pick else None
        admin = re.match(r"(?:the\s+)?(\w+)\s+(?:administration|government)$", name, re.I)
        if admin:  # "the Trump administration": that person's government
            hits = [a for a in self.reg.lookup(admin.group(1), self.lang) if a.type == "person"]
            if len(hits) == 1:
                ctry, _ = hits[0].country_sector_at(self.date)
                if ctry:
                    return Mention(c.start, c.end, c.text, ctry, "org", ctry, "GOV", None, 0.8)
        if c.label not in ("ORG", "FAC") or not _looks_like_org(name, self.lang):
            return None
        if _looks_like_person(name, c) and not _ORG_HINT.search(name):
            return self._resolve_person(c)
        country = country or self.roles.title(name).country
        return self._discover_org(c, name, country, sector_of(name))

    def _org_mention(self, c: Candidate, actor: Any) -> Mention:
        country, sector = actor.country_sector_at(self.date)
        kind = {"igo": "igo", "person": "person"}.get(actor.type, "org")
        return Mention(c.start, c.end, c.text, actor.id, kind, country, sector)

    def _discover_org(self, c: Candidate, name: str, country: str | None, sector: str | None):
        from detente.actors.registry import Actor

        words = name.split()
        for n in (3, 2, 1):  # "Chinese Foreign Ministry" and "Foreign Ministry" of China: one id
            head = " ".join(words[:n]).removesuffix("'s")
            if (
                len(words) > n
                and words[-1].lower() in STATE_BODIES
                and self.reg.country_term(head, self.lang)
            ):
                words = words[n:]
                break
        base = " ".join(words) or name  # but "American Airlines" keeps its name
        actor_id = f"org:{slug(base)}" + (f"-{country.lower()}" if country else "")
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


@lru_cache(maxsize=4)
def _surname_index(registry: Any) -> dict[str, list[str]]:
    """Registry people by the last word of their English names."""
    index: dict[str, list[str]] = {}
    for actor in registry:
        if actor.type != "person":
            continue
        for lang, alias in actor.all_aliases():
            words = alias.split()
            if lang == "en" and len(words) >= 2:
                ids = index.setdefault(words[-1].casefold(), [])
                if actor.id not in ids:
                    ids.append(actor.id)
    return index


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _looks_like_org(name: str, lang: str) -> bool:
    """A name worth discovering as an organisation: several words (or a known organisation
    word), and none of the words that name things rather than bodies."""
    low = _key(name)
    words = low.split()
    if not words or any(w in _NOT_ACTOR_WORDS for w in words) or re.search(r"\d", name):
        return False  # "Great Hall of the People", "Vostok-2018", "S-400"
    if low.startswith(("power of siberia", "nord stream", "turkstream", "belt and road", "сила")):
        return False
    if lang == "zh":
        return len(name) >= 3 and not name.endswith(_NOT_ORG_ZH) and bool(sector_of(name))
    if len(words) == 1:  # "Boeing", "Apple", "GM": a one-word name, capitalised
        return name[:1].isupper() and (len(name) >= 3 or name.isupper())
    return True


def _looks_like_person(name: str, c: Candidate) -> bool:
    """An ORG or FAC span that is a personal name: two or three capitalised words without
    organisation words, described like a person ("said Tomasz Wielgosz, director of ...")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(w.isupper() and not re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words):
        return False  # an acronym, but initials ("T.S. Tirumurti") are fine
    return bool(c.description) or bool(re.fullmatch(r"(?:[A-Z]\.)+", words[0]))


def _plausible_chinese_name(name: str, c: Candidate) -> bool:
    """jieba tags many words as names (公正, 友谊): keep 2–4 characters starting with a common
    surname, and two-character ones only with a title before them."""
    if not 2 <= len(name) <= 4 or name[0] not in SURNAMES:
        return False
    return len(name) >= 3 or bool(c.title)


def _name_tokens(name: str) -> list[str]:
    return [t.casefold() for t in re.split(r"[\s·.-]+", name) if t]


def _contains(tokens: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(tokens[i : i + n] == part for i in range(len(tokens) - n + 1))


def _title_match(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = a.lower(), b.lower()
    vague = {"leader", "counterpart", "head of state"}  # "the Chinese leader" = its president
    return a == b or (a in vague and b in _LEADERS) or (b in vague and a in _LEADERS)


def _same_role(a: RoleInfo, b: RoleInfo) -> bool:
    return bool(a.country and a.country == b.country and _title_match(a.title, b.title))
