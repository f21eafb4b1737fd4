"""What a title or a description says about a person: role, sector, country, employer.

* A title stands before a name and ends with its head in English and Chinese ("Chinese Foreign
  Ministry *spokesperson*", "外交部*发言人*"), begins with it in Russian ("*пресс-секретарь*
  президента"): the head is the person's role; a country word in a title is their country.
* A description follows a name ("an economist at the Higher School of Economics in Moscow",
  "the director of a Beijing think tank, the Center for China and Globalization", "who studies
  Eurasian security at Lakeshore University", "a former Russian diplomat who now runs a
  consultancy in Vienna"). Its first role word is the role; the employer gives the sector (an
  analyst at a consultancy works in business, not academia) and, with an explicit location,
  the country. A country the person *studies* ("a historian of Chinese foreign policy", "a China
  analyst") is not their country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# the head word of an organisation's name (or of a common noun for an employer) -> sector
SECTOR_WORDS = {
    "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "administration": "GOV",
    "office": "GOV", "department": "GOV", "commission": "GOV", "agency": "GOV",
    "embassy": "GOV", "consulate": "GOV", "kremlin": "GOV", "presidency": "GOV",
    "directorate": "GOV", "secretariat": "GOV", "customs": "GOV", "council": "GOV",
    "army": "MIL", "navy": "MIL", "forces": "MIL", "force": "MIL", "command": "MIL",
    "guard": "MIL", "military": "MIL", "fleet": "MIL", "brigade": "MIL", "division": "MIL",
    "parliament": "LEG", "duma": "LEG", "congress": "LEG", "senate": "LEG", "assembly": "LEG",
    "court": "JUD", "tribunal": "JUD",
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU",
    "institute": "NGO", "center": "NGO", "centre": "NGO", "foundation": "NGO", "forum": "NGO",
    "endowment": "NGO", "institution": "NGO", "club": "NGO", "society": "NGO",
    "programme": "NGO", "program": "NGO", "tank": "NGO", "council on": "NGO",
    "bank": "BUS", "company": "BUS", "corporation": "BUS", "corp": "BUS", "group": "BUS",
    "inc": "BUS", "ltd": "BUS", "holdings": "BUS", "exchange": "BUS", "airlines": "BUS",
    "consultancy": "BUS", "firm": "BUS", "fund": "BUS", "brokerage": "BUS", "partners": "BUS",
    "capital": "BUS", "investments": "BUS", "consulting": "BUS", "advisory": "BUS",
    "trader": "BUS", "producer": "BUS", "operator": "BUS", "lender": "BUS",
    "radio": "MED", "news": "MED", "times": "MED", "post": "MED", "television": "MED",
    "wire": "MED", "journal": "MED", "weekly": "MED", "daily": "MED", "newspaper": "MED",
    "magazine": "MED", "broadcaster": "MED", "tv": "MED",
    "party": "PTY",
}  # fmt: skip
# "Harbin Institute of Technology" is a university
_SECTOR_PHRASES = {"institute of technology": "EDU", "school of economics": "EDU"}
# Russian (lemma stems) and Chinese head words of organisation names
_SECTOR_STEMS = {
    "университет": "EDU", "академи": "EDU", "институт": "NGO", "министерств": "GOV",
    "ведомств": "GOV", "правительств": "GOV", "администраци": "GOV", "банк": "BUS",
    "компани": "BUS", "корпораци": "BUS", "концерн": "BUS", "агентств": "GOV", "газет": "MED",
    "центр": "NGO", "фонд": "NGO", "парти": "PTY", "арми": "MIL", "войск": "MIL", "суд": "JUD",
    "дум": "LEG", "совет федерации": "LEG", "мид": "GOV", "минобороны": "MIL",
    "大学": "EDU", "学院": "EDU", "研究院": "NGO", "研究所": "NGO", "研究中心": "NGO",
    "外交部": "GOV", "国防部": "MIL", "商务部": "GOV", "政府": "GOV", "银行": "BUS",
    "公司": "BUS", "集团": "BUS", "报": "MED", "电视台": "MED", "通讯社": "MED", "军": "MIL",
    "党": "PTY", "法院": "JUD", "人大": "LEG", "基金会": "NGO", "智库": "NGO",
}  # fmt: skip
# expert roles say what someone knows, not whom they speak for: "a China analyst"
EXPERT_NOUNS = {
    "analyst", "expert", "specialist", "scholar", "historian", "researcher", "watcher", "hand",
    "programme", "program", "desk", "studies", "policy", "affairs", "economy", "history",
    "politics", "relations", "security", "correspondent", "reporter", "bureau", "service",
}  # fmt: skip
_FORMER = re.compile(r"\b(?:former|ex-|then-|retired|onetime|one-time|бывш\w*|前)", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_CAPITALIZED = re.compile(
    r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and|on|the|de|du|la)\s+)*[A-Z][\w'’.&-]*)*"
)
# where someone works: "at X", "with X", "runs X", "heads X"; "of X" only after a position
# ("director of X"), not after a subject ("a historian of the Russian Far East")
_EMPLOYERS = (
    re.compile(
        r"\b(?:at|with|runs|heads|leads|directs|joined|writes for|works for)\s+(?:the\s+|a\s+|an\s+)?(.+)$",
        re.I,
    ),
    re.compile(
        r"\b(?:director|head|chairman|chair|president|founder|chief|member|dean|secretary"
        r"|spokesperson|spokesman|spokeswoman|officer|official|adviser|advisor)\s+(?:of|at)\s+"
        r"(?:the\s+|a\s+|an\s+)?(.+)$",
        re.I,
    ),
)
_PLACE_EMPLOYER = re.compile(r"\b(?:a|an|the)\s+([A-Z][\w.-]*)\s+(?:[a-z-]+\s+)?([a-z]+)")
_LOCATION = re.compile(
    r"\b(?:in|based in)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)|([A-Z][\w.-]*)-based\b"
)


@dataclass(slots=True)
class RoleInfo:
    title: str | None = None
    sector: str | None = None
    country: str | None = None
    organization: str | None = None
    org_actor: str | None = None
    former: bool = False


class RoleReader:
    """Reads titles and descriptions with the registry (role words, country terms, orgs)."""

    def __init__(self, registry: Any, date: str | None, lang: str, lookup_org: Any) -> None:
        self.reg = registry
        self.date = date
        self.lang = lang
        self.lookup_org = lookup_org  # (name, country) -> Actor | None

    def words(self, text: str) -> list[str]:
        text = re.sub(r"['’]s\b", "", text)
        if self.lang == "zh":
            from detente.nlp.chinese import _tokenizer

            return [p.word for p in _tokenizer().cut(text) if p.word.strip()]
        return _WORD.findall(text)

    def _roles(self, words: list[str]) -> list[tuple[int, int, str | None, str]]:
        """(first word, last word + 1, sector, title) of every role word sequence."""
        lower = [w.lower() for w in words]
        out = []
        i = 0
        while i < len(words):
            for n in (4, 3, 2, 1):
                if i + n > len(words):
                    continue
                seq = "".join(words[i : i + n]) if self.lang == "zh" else " ".join(lower[i : i + n])
                agent = self.reg.agent(seq, self.lang)
                if agent:
                    out.append((i, i + n, agent[0] or None, agent[1]))
                    i += n - 1
                    break
            i += 1
        return out

    def _country_terms(self, words: list[str]) -> list[tuple[int, str, str]]:
        """(position, iso3, kind) of country words (not metonyms or cities)."""
        out = []
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                term = self.reg.country_term(" ".join(words[i : i + n]), self.lang)
                kinds = ("name", "adjective", "people", "capital", "side")
                if term and term[1] in kinds and not any(p <= i < p + 3 for p, _, _ in out):
                    out.append((i, term[0], term[1]))
        return sorted(out)

    def title(self, text: str | None) -> RoleInfo:
        """A title before a name: the head is last (first in Russian)."""
        info = RoleInfo()
        if not text:
            return info
        words = self.words(text)
        roles = self._roles(words)
        if roles:
            _, _, info.sector, info.title = roles[0] if self.lang == "ru" else roles[-1]
        elif re.search(r"\bcounterparts?\b|коллег|同行", text, re.I):
            info.title, info.sector = "counterpart", "GOV"
        terms = self._country_terms(words)
        if terms:
            info.country = terms[0][1]
        info.former = bool(_FORMER.search(text))
        org = self._title_organization(text)
        if org:  # "CNPC chairman": the employer's sector
            self._employer(info, org, override=True)
        elif self.lang != "en" and (not info.sector or info.sector == "EDU"):
            info.sector = sector_of(text) or info.sector  # "МИД Китая", "南亚研究所研究员"
        if info.former and info.title:
            info.title = f"former {info.title}"
        return info

    def description(self, text: str | None) -> RoleInfo:
        """A description after a name: role first; employer and location give the rest."""
        info = RoleInfo()
        if not text:
            return info
        info.former = bool(_FORMER.search(text.split(" now ")[0]))
        now = text.split(" now ", 1)[1] if " now " in text else None
        words = self.words(text)
        roles = self._roles(words)
        if roles:
            first, _, info.sector, info.title = roles[0]
            before = words[max(0, first - 2) : first]  # "a (former) Russian diplomat"
            for w in before:
                term = self.reg.country_term(w, self.lang)
                if term and term[1] in ("adjective", "people"):
                    info.country = term[0]
        if self.lang == "en":
            org = self._employer_phrase(now or text)
            if org:
                self._employer(info, org, override=True)
            if not info.country:
                info.country = self._location(now or text)
        if info.former:
            if info.title:
                info.title = f"former {info.title}"
            if now is None and info.sector == "GOV":
                info.sector = None  # a former official speaks for no government now
        return info

    # -- employers -----------------------------------------------------------------------------
    def _title_organization(self, text: str) -> str | None:
        if self.lang != "en":
            return None
        for n in _CAPITALIZED.findall(text):  # "Chinese Foreign Ministry" -> "Foreign Ministry"
            words = n.split()
            while words and self.reg.country_term(words[0].removesuffix("'s"), "en"):
                words = words[1:]
            org = " ".join(words)
            if words and (sector_of(org) or self.lookup_org(org, None)):  # "CNPC chairman"
                return org
        return None

    def _employer_phrase(self, text: str) -> str | None:
        """The employer in a description: the last capitalised name after at/of/with..., else
        the common noun of the employer ("a Moscow consultancy" -> "consultancy")."""
        found = [m for rx in _EMPLOYERS if (m := rx.search(text))]
        if not found:
            return None
        m = min(found, key=lambda m: m.start(1))
        rest = m.group(1)
        names = [
            n
            for n in _CAPITALIZED.findall(rest)
            if (len(n) > 2 or n.isupper())
            and not self.reg.country_term(n, "en")
            and not re.fullmatch(r"(?:In|The|A|An)\b.*", n)
        ]
        if names:
            # "a Beijing think tank, the Center for China and Globalization": the name
            return max(names, key=len) if "," in rest else names[0]
        head = re.split(r"\s+(?:in|on|of|who|that|which|and|,)\s+|,", rest)[0].split()
        return head[-1] if head and head[-1].lower() in SECTOR_WORDS else None

    def _employer(self, info: RoleInfo, org: str, *, override: bool) -> None:
        if org[0].isupper():
            info.organization = org
        actor = self.lookup_org(org, info.country) if org[0].isupper() else None
        if actor is not None:
            info.org_actor = actor.id
            country, sector = actor.country_sector_at(self.date)
            info.country = info.country or country
            if sector and (override or not info.sector):
                info.sector = sector
            return
        sector = sector_of(org)
        if sector and (override or not info.sector):
            info.sector = sector
        if org[0].isupper():
            terms = self._country_terms(self.words(org))
            if terms and not info.country:
                info.country = terms[0][1]

    def _location(self, text: str) -> str | None:
        """The country of an explicit location: "at a university in Shanghai", "Tashkent-based".
        Only after an employer or a role: "served in Moscow and Beijing" is a career."""
        for m in _PLACE_EMPLOYER.finditer(text):  # "a Beijing think tank", "a Moscow firm"
            if m.group(2).lower() in SECTOR_WORDS or m.group(2).lower() == "think":
                term = self.reg.country_term(m.group(1), "en")
                if term and term[1] in ("name", "capital", "city"):
                    return term[0]
        for m in _LOCATION.finditer(text):
            before = text[: m.start()].lower()
            if re.search(r"\b(?:served|worked|lived|posted|stationed|studied)\b[^,]*$", before):
                continue
            place = m.group(1) or m.group(2)
            term = self.reg.country_term(place, "en")
            if term and term[1] in ("name", "capital", "city"):
                return term[0]
        return None


def sector_of(name: str) -> str | None:
    """The sector an organisation's name implies: its head word ("Ministry of National
    Defense" -> GOV, "Nordic Institute for Strategic Affairs" -> NGO), if any."""
    low = name.lower()
    for phrase, sector in _SECTOR_PHRASES.items():
        if phrase in low:
            return sector
    if not re.search(r"[a-z]", low):  # Russian or Chinese: the first head word found
        hits = [(low.find(s), v) for s, v in _SECTOR_STEMS.items() if s in low]
        return min(hits)[1] if hits else None
    words = re.findall(r"[a-z]+", low)
    head = words
    for sep in ("of", "for", "on"):  # the head of "X of Y" is in X
        if sep in head:
            head = head[: head.index(sep)]
    for w in reversed(head or words):
        if w in SECTOR_WORDS:
            return SECTOR_WORDS[w]
    for w in words:
        if w in SECTOR_WORDS:
            return SECTOR_WORDS[w]
    return None
