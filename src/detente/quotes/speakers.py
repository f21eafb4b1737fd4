"""Who a speaker is: the actor mention under the words that name them, or what a pronoun
refers to (the person last named before it, outside quotations)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from detente.document import Document

PERSON_KINDS = ("person", "surname", "role")
PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person",
    "they": "group", "it": "group", "we": "group",
    "он": "person", "она": "person", "они": "group",
    "他": "person", "她": "person", "他们": "group", "她们": "group",
}  # fmt: skip


@dataclass(slots=True)
class Who:
    """A speaker as the actor layer knows them."""

    name: str
    actor: str | None
    description: str | None
    country: str | None
    sector: str | None


class Speakers:
    def __init__(self, doc: Document, quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.mentions = sorted(doc.layer("mentions"), key=lambda s: s.start)
        self.starts = [m.start for m in self.mentions]
        self.cands = doc.layer("candidates")
        self.actors = doc.extra.get("_actors", {})
        self.quoted = quoted

    def is_name(self, start: int, end: int) -> bool:
        """Quoted text that is a name the actor layer knows (an organisation, a programme)."""
        return any(
            m.start <= start and end <= m.end and m.label in ("org", "igo") for m in self.mentions
        ) or any(
            start <= m.start and m.end <= end and m.label in ("org", "igo")
            and (m.end - m.start) >= (end - start) - 2
            for m in self.mentions
        )  # fmt: skip

    def _inside_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    def describe(self, m: Any) -> Who:
        """Who a mention names, with the description the text gives them."""
        aid = m.data.get("actor")
        actor = self.actors.get(aid) if aid else None
        name = actor.name if actor is not None else self.doc.text[m.start : m.end]
        desc = None
        for c in self.cands:
            if (c.start <= m.start and m.end <= c.end) or (c.start == m.start):
                outer = c.data.get("outer_start")
                title = self.doc.text[outer : c.start].strip(" ,") if outer is not None else None
                after = c.data.get("outer_end")  # the description as written, not its lemmas
                desc = self.doc.text[c.end : after].strip(" ,") if after else None
                desc = desc or c.data.get("description") or title or c.data.get("title")
                if desc:
                    break
        if desc is None and actor is not None and m.label in PERSON_KINDS:
            desc = _role_phrase(m.data)
        return Who(name, aid, desc, m.data.get("country"), m.data.get("sector"))

    def at(self, start: int, end: int) -> Who | None:
        """The actor named in ``[start, end)``: the person if there is one, else the first."""
        hits = [m for m in self.mentions if m.start < end and start < m.end]
        if not hits:
            return None
        people = [m for m in hits if m.label in PERSON_KINDS and m.data.get("actor")]
        best = people[0] if people else next((m for m in hits if m.label != "place"), None)
        if best is None:
            return None
        who = self.describe(best)
        others = {m.data["actor"]: m for m in people if m.data["actor"] != who.actor}
        if others:  # "Xi Jinping and Vladimir Putin declared": both speak (the first as actor)
            names = [who.name, *(self.describe(m).name for m in others.values())]
            who.name, who.description = " and ".join(names), None
            return who
        if best.label not in PERSON_KINDS and (best.start > start or best.end < end):
            who.name = self.doc.text[start:end]  # "a spokesman for the ministry": the words
        return who

    def fill(self, quote: Any, start: int, end: int, before: int) -> Any:
        """Set ``quote``'s speaker from the words ``[start, end)``: the actor mentioned there, or for
        a pronoun the one named last before ``before``; else the words themselves."""
        text = self.doc.text[start:end]
        low = text.lower()
        quote.speaker_text, quote.speaker_start, quote.speaker_end = text, start, end
        if low in PRONOUNS:
            who = self.antecedent(before, PRONOUNS[low])
            quote.confidence = min(quote.confidence, 0.8 if PRONOUNS[low] == "person" else 0.6)
        else:
            who = self.at(start, end)
        if who is not None:
            quote.speaker, quote.speaker_actor = who.name, who.actor
            quote.speaker_description = quote.speaker_description or who.description
            quote.speaker_country, quote.speaker_sector = who.country, who.sector
        elif low not in PRONOUNS:
            quote.speaker = text
        return quote

    def antecedent(self, pos: int, want: str = "person") -> Who | None:
        """The person (or, for "they"/"it", the group) last named before ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.mentions[i].start < 3000:
            m = self.mentions[i]
            i -= 1
            if self._inside_quote(m.start) or not m.data.get("actor"):
                continue
            if (
                want == "person"
                and m.label in PERSON_KINDS
                and m.data["actor"].startswith("person:")
            ):
                return self.describe(m)
            if want == "group" and m.label not in PERSON_KINDS and m.label != "place":
                return self.describe(m)
        return None


# For "he"/"she": the gender a name suggests, used only to rule a candidate out. Slavic
# surnames mark it; so do many first names. Unknown is the usual answer, and is no obstacle.
_FEMALE_FIRST = set(
    [
        "anna",
        "maria",
        "marie",
        "mary",
        "sarah",
        "laura",
        "sofia",
        "sophia",
        "vera",
        "irina",
        "natalia",
        "natalya",
        "marta",
        "martha",
        "paulina",
        "helga",
        "aliya",
        "meera",
        "anjali",
        "rebecca",
        "hannah",
        "grace",
        "june",
        "ruth",
        "helen",
        "helena",
        "gemma",
        "olha",
        "olga",
        "yulia",
        "julia",
        "margit",
        "lotte",
        "nadia",
        "elena",
        "yelena",
        "ekaterina",
        "tatiana",
        "svetlana",
        "lena",
        "lina",
        "mei",
        "ling",
        "yue",
        "lan",
        "ying",
        "jing",
        "li-na",
        "susan",
        "karen",
        "linda",
        "emily",
        "emma",
        "olivia",
        "ava",
        "mia",
        "amelia",
        "charlotte",
        "isabella",
        "jennifer",
        "jessica",
        "ashley",
        "amanda",
        "nicole",
        "elizabeth",
        "catherine",
        "katherine",
        "kate",
        "victoria",
        "alice",
        "clara",
        "claire",
        "marguerite",
        "sandra",
        "angela",
        "nancy",
        "janet",
        "ursula",
        "kaja",
        "kamala",
        "hillary",
        "theresa",
        "angela",
        "marine",
        "giorgia",
        "indira",
        "benazir",
        "aung",
        "yevgenia",
        "evgenia",
        "anastasia",
        "daria",
        "darya",
        "alina",
        "polina",
        "ksenia",
        "maryam",
        "fatima",
        "aisha",
        "leila",
        "layla",
        "zeynep",
        "ayse",
        "elif",
        "priya",
        "sunita",
        "nirmala",
    ]
)
_MALE_FIRST = set(
    [
        "john",
        "james",
        "robert",
        "michael",
        "william",
        "david",
        "richard",
        "joseph",
        "thomas",
        "charles",
        "daniel",
        "matthew",
        "mark",
        "paul",
        "steven",
        "andrew",
        "kenneth",
        "joshua",
        "kevin",
        "brian",
        "george",
        "timothy",
        "ronald",
        "edward",
        "jason",
        "jeffrey",
        "ryan",
        "jacob",
        "gary",
        "nicholas",
        "eric",
        "jonathan",
        "stephen",
        "larry",
        "justin",
        "scott",
        "brandon",
        "frank",
        "benjamin",
        "gregory",
        "samuel",
        "raymond",
        "patrick",
        "alexander",
        "jack",
        "dennis",
        "jerry",
        "tyler",
        "aaron",
        "henry",
        "peter",
        "adam",
        "vladimir",
        "sergei",
        "sergey",
        "dmitry",
        "dmitri",
        "alexei",
        "aleksei",
        "andrei",
        "ivan",
        "nikolai",
        "mikhail",
        "yuri",
        "igor",
        "oleg",
        "anton",
        "pavel",
        "boris",
        "viktor",
        "gleb",
        "denis",
        "maxim",
        "nikita",
        "ilya",
        "vitaly",
        "grigory",
        "arkady",
        "konstantin",
        "xi",
        "li",
        "wang",
        "zhang",
        "liu",
        "chen",
        "yang",
        "huang",
        "zhao",
        "wu",
        "zhou",
        "narendra",
        "rahul",
        "vikram",
        "ajit",
        "subrahmanyam",
        "recep",
        "emre",
        "yusuf",
        "mustafa",
        "ahmed",
        "mohammed",
        "muhammad",
        "ali",
        "hassan",
        "omar",
        "joe",
        "donald",
        "barack",
        "antony",
        "marco",
        "lloyd",
        "jake",
        "emmanuel",
        "olaf",
        "friedrich",
        "keir",
        "rishi",
        "boris",
        "jens",
        "mark",
        "volodymyr",
        "dmytro",
        "andrii",
        "oleksandr",
        "oleksii",
        "rustem",
        "kassym",
        "shavkat",
        "alexander",
        "aleksandr",
        "fumio",
        "shigeru",
        "kim",
    ]
)


def gender(name: str | None) -> str | None:
    """ "female", "male" or None (unknown), from a personal name."""
    if not name:
        return None
    words = name.replace(".", " ").split()
    if not words:
        return None
    first, last = words[0].lower(), words[-1].lower()
    if last.endswith(("ova", "eva", "ina", "aya", "skaya", "yova")) and len(words) > 1:
        return "female"
    if last.endswith(("ov", "ev", "in", "sky", "skiy", "skii", "yov")) and len(words) > 1:
        return "male"
    if first in _FEMALE_FIRST:
        return "female"
    if first in _MALE_FIRST:
        return "male"
    return None


def _role_phrase(data: dict[str, Any]) -> str | None:
    role = data.get("role")
    country = data.get("country")
    if not role:
        return None
    return f"{role} ({country})" if country else role
