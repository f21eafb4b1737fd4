"""What every language's event coder shares: the actors of a stretch of text (from the actor
stage's ``mentions`` layer), the date of an event (from the time stage's ``timexes`` layer),
and the assembly of an :class:`~detente.events.model.EventMention` from a lexicon entry."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from detente.document import Document, Span
from detente.events import codes
from detente.events.lexicon import Predicate
from detente.events.model import EventMention

# mention kinds that name an actor that can act (not "place": "in Beijing" is where, not who)
ACTING = ("person", "surname", "role", "country", "demonym", "capital", "metonym", "side", "org",
          "igo")  # fmt: skip
DATE_PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as named at one place in the text."""

    id: str
    start: int
    end: int
    text: str
    country: str | None
    sector: str | None
    kind: str  # the mention kind: person, country, demonym, capital, igo...


# a news dateline at the start of a paragraph: "KAZAN, Russia —", "BEIJING (Reuters) -"; the
# place it names is where the story was filed, never a party to what the sentence tells
_DATELINE = re.compile(
    r"^[ \t]*(?P<d>[A-Z][A-Z.'’ -]{2,}(?:,[ \t]*[A-Z][\w.'’ -]{1,40})?(?:[ \t]*\([^)\n]{1,40}\))?)"
    r"[ \t]*(?:—|–|--|-)[ \t]",
    re.MULTILINE,
)


def datelines(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines that open paragraphs of ``text``."""
    return [m.span("d") for m in _DATELINE.finditer(text)]


class Actors:
    """The acting actor mentions of a document, by position (not those in a dateline)."""

    def __init__(self, doc: Document, kinds: tuple[str, ...] = ACTING) -> None:
        lines = datelines(doc.text)
        spans = sorted(
            (s for s in doc.layer("mentions") if s.label in kinds and s.data.get("actor")
             and not any(a <= s.start and s.end <= b for a, b in lines)),
            key=lambda s: s.start,
        )  # fmt: skip
        self.all = [self._actor(doc, s) for s in spans]
        self._starts = [a.start for a in self.all]

    @staticmethod
    def _actor(doc: Document, s: Span) -> Actor:
        d = s.data
        return Actor(d["actor"], s.start, s.end, doc.text[s.start : s.end], d.get("country"),
                     d.get("sector"), s.label)  # fmt: skip

    def within(self, start: int, end: int) -> list[Actor]:
        """The actor mentions inside ``start:end``, in text order."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.all) and self.all[i].start < end:
            if self.all[i].end <= end:
                out.append(self.all[i])
            i += 1
        return out

    def before(self, pos: int, since: int = 0) -> list[Actor]:
        """The actor mentions that end before ``pos`` (and start at or after ``since``),
        nearest last."""
        i = bisect.bisect_left(self._starts, pos)
        return [a for a in self.all[:i] if a.end <= pos and a.start >= since]


class Dates:
    """The dated temporal expressions of a document (DATE and TIME with a calendar value)."""

    def __init__(self, doc: Document) -> None:
        self.all = sorted(
            (s for s in doc.layer("timexes")
             if s.label in ("DATE", "TIME") and _calendar(s.data.get("value"))),
            key=lambda s: s.start,
        )  # fmt: skip
        self.published = doc.published

    def in_sentence(self, start: int, end: int) -> list[Span]:
        return [s for s in self.all if s.start >= start and s.end <= end]


def _calendar(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit() and len(value) >= 4 and "T" not in value[:4]


def date_fields(span: Span | None, published: str | None) -> dict[str, object]:
    """``date``, ``date_precision``, ``date_start``, ``date_end`` of an event dated by ``span``
    (a timex), else by the publication date (precision ``reported``), else unknown."""
    if span is not None:
        value = span.data["value"]
        precision = span.data.get("precision") or "day"
        if precision in ("time", "day"):  # "2024-07-03T18:00", "2024-07-03TEV": the day
            value, precision = value[:10], "day"
        if precision in ("quarter", "half", "season"):
            value, precision = value[:4], "year"
        if precision in ("decade", "century") or precision not in DATE_PRECISIONS:
            return {"date": None, "date_precision": "reported"}
        return {"date": value, "date_precision": precision, "date_start": span.start,
                "date_end": span.end}  # fmt: skip
    return {"date": published, "date_precision": "reported"}


def mention(
    p: Predicate,
    start: int,
    end: int,
    sentence: tuple[int, int],
    source: Actor | None,
    target: Actor | None,
    **extra: object,
) -> EventMention:
    """An event mention from a lexicon entry, its predicate's offsets and its actors."""
    out = EventMention(start=start, end=end, sentence_start=sentence[0],
                       sentence_end=sentence[1], cameo=p.cameo, category=p.category,
                       quad_class=p.quad_class, intensity=p.intensity, mode=p.mode,
                       trigger=" ".join(p.words) + ("/" + "|".join(sorted(p.objects))
                                                   if p.objects else ""))  # fmt: skip
    for role, a in (("source", source), ("target", target)):
        if a is not None:
            setattr(out, role, a.id)
            setattr(out, f"{role}_text", a.text)
            setattr(out, f"{role}_start", a.start)
            setattr(out, f"{role}_end", a.end)
            setattr(out, f"{role}_country", a.country)
            setattr(out, f"{role}_sector", a.sector)
    for k, v in extra.items():
        setattr(out, k, v)
    return out


# -- what the Russian and Chinese coders share (the English coder has its own) ----------------

Weighted = tuple[Actor, float]  # an actor found for a role, with the confidence of finding it
NEEDS_TARGET = ("CONSULT", "COOPERATE", "AID")  # no partner, no event (as in English)
MISSING = 0.8  # confidence factor: no source, or no target
INHERITED = 0.9  # a target taken from the embedded event
DRILLS = ("учение", "патрулирование", "演习", "军演", "演练", "巡航", "巡逻")
THREAT_CODES = (("163", "1312"), ("172", "1312"), ("16", "1313"), ("192", "1382"),
                ("191", "1381"), ("204", "1385"), ("18", "138"), ("19", "138"),
                ("20", "138"))  # fmt: skip


def pairs(
    sources: list[Weighted], targets: list[Weighted], symmetric: bool
) -> list[tuple[Weighted | None, Weighted | None]]:
    """One (source, target) per event: every source with every target; with no target, a
    symmetric predicate pairs its sources, once per pair, the first named as source («Россия
    и Китай подписали», 中俄签署: RUS -> CHN; the merge ignores the direction of symmetric
    events, as the English coder does); nobody acts on itself."""
    src_ids = {a.id for a, _ in sources}
    targets = [(a, c) for a, c in targets if a.id not in src_ids]
    if targets:
        return [(s, t) for s in (sources or [None]) for t in targets]
    if symmetric and len(src_ids) >= 2:
        ordered = sorted(sources, key=lambda w: w[0].start)
        return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]
                if a[0].id != b[0].id]  # fmt: skip
    return [(s, None) for s in sources]


class Pair:
    """The two parties of the last bilateral event (a meeting, talks, an agreement), for the
    words that name them both a little later: «стороны», «лидеры двух стран», 双方, 两国元首."""

    CATEGORIES = ("CONSULT", "COOPERATE", "AGREE", "SUPPORT")
    REACH = 3  # sentences

    def __init__(self) -> None:
        self.pair: tuple[EventMention, int] | None = None

    def saw(self, ev: EventMention, sentence: int) -> None:
        if ev.category in self.CATEGORIES and ev.source and ev.target and not ev.negated:
            self.pair = (ev, sentence)

    def named(self, start: int, end: int, text: str, sentence: int) -> list[Weighted]:
        if self.pair is None or sentence - self.pair[1] > self.REACH:
            return []
        ev = self.pair[0]
        return [(Actor(ev.source or "", start, end, text, ev.source_country, ev.source_sector,
                       "pair"), 0.8),
                (Actor(ev.target or "", start, end, text, ev.target_country, ev.target_sector,
                       "pair"), 0.8)]  # fmt: skip


def solo(e: Predicate) -> Predicate:
    """Joint drills with no partner named are drills (MOBILIZE 150), not military cooperation:
    «провели совместные учения», 解放军开展联合演习."""
    if e.cameo == "062" and any(w.endswith(DRILLS) for w in e.words):
        return recode(e, "150")
    return e


def embedded(m: Any, matches: list[Any], chains: dict[int, Any]) -> Any | None:
    """The match ``m`` governs as a modal verb («пригрозили ввести санкции», 威胁…加征关税)."""
    return next((o for o in matches if o is not m and m.head in chains[id(o)].heads), None)


def inherited_targets(m: Any, inner_sources: list[Weighted], inner_targets: list[Weighted]
                      ) -> list[Weighted]:  # fmt: skip
    """A governing event with no target of its own takes the one of what it governs: the one
    asked to act for a request, else the embedded event's target («отказалась осудить Иран»)."""
    pick = inner_sources if m.entry.category == "REQUEST" else inner_targets
    return [(a, c * INHERITED) for a, c in pick]


def recode(e: Predicate, code: str) -> Predicate:
    """``e`` with another CAMEO code (its category, intensity and quad class with it)."""
    c = codes.lookup(code)
    return dataclasses.replace(e, cameo=code, category=c.category or e.category,
                               quad_class=c.quad_class, intensity=c.goldstein,
                               mode=c.mode or e.mode)  # fmt: skip


def refine(owner: Any, inner: Any) -> None:
    """«оказать военную помощь», 提供军事援助: the object's own entry is more specific (072,
    not 070)."""
    a, b = owner.entry, inner.entry
    if b.category != a.category or b.cameo[:2] != a.cameo[:2]:
        return
    if len(b.cameo) > len(a.cameo) or (
        len(b.cameo) == len(a.cameo) and a.cameo.endswith("0") and not b.cameo.endswith("0")
    ):
        owner.entry = recode(a, b.cameo)


def absorb(found: list[Any], covers: Callable[[Any], Iterable[int]]) -> list[Any]:
    """Matches taken in ``found``'s order (most important first): one whose tokens an earlier
    kept match covers (``covers(m)``: its tokens, object and phrase) is not an event of its own
    but refines that match's code (:func:`refine`); the kept ones in text order (by ``head``)."""
    kept: list[Any] = []
    used: dict[int, Any] = {}
    for m in found:
        owner = next((used[k] for k in m.tokens if k in used), None)
        if owner is not None:
            refine(owner, m)
            continue
        kept.append(m)
        for k in covers(m):
            used.setdefault(k, m)
    return sorted(kept, key=lambda m: m.head)


def threat(m: Any, matches: list[Any], chains: dict[int, Any]) -> None:
    """«пригрозили ввести санкции», 威胁对中国加征关税: THREATEN made specific by what is
    threatened (``m`` and ``matches`` have ``entry`` and ``head``; ``chains[id(match)].heads``
    are the modal verbs above a match)."""
    if m.entry.category != "THREATEN" or len(m.entry.cameo) > 3:
        return
    for other in matches:
        if other is not m and m.head in chains[id(other)].heads:
            code = next((c for p, c in THREAT_CODES if other.entry.cameo.startswith(p)), None)
            if code:
                m.entry = recode(m.entry, code)
            return
