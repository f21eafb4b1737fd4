"""What every language's event coder shares: the actors of a stretch of text (from the actor
stage's ``mentions`` layer), the date of an event (from the time stage's ``timexes`` layer),
and the assembly of an :class:`~detente.events.model.EventMention` from a lexicon entry."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from detente.document import Document, Span
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


class Actors:
    """The acting actor mentions of a document, by position."""

    def __init__(self, doc: Document, kinds: tuple[str, ...] = ACTING) -> None:
        spans = sorted(
            (s for s in doc.layer("mentions") if s.label in kinds and s.data.get("actor")),
            key=lambda s: s.start,
        )
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
        if precision == "time":
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
