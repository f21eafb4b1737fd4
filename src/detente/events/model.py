"""What the event stage finds: one :class:`EventMention` per (predicate, source, target) in a
sentence, stored as a span of the document's ``events`` layer (the span covers the predicate's
words; ``data`` holds the rest, see :meth:`EventMention.data`). Merged events, one per real-world
event with all the documents that report it, are made from these by :mod:`detente.events.merge`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

# how a predicate is asserted; None: it happened (or happens), as far as the sentence says
MODALITIES = (
    "planned",  # will visit, plans to, is scheduled to, is due to, agreed to (future act)
    "threatened",  # threatened to impose sanctions (coded as THREATEN only when the verb is)
    "called_for",  # urged X to, called on X to, demanded that X
    "proposed",  # offered to, proposed
    "denied",  # denied supplying weapons: the act is reported as denied by the source
    "possible",  # may, might, could, would, considering
    "question",  # did X ...? / whether X ...
    "reported",  # allegedly, reportedly, according to unconfirmed reports
)


@dataclass(slots=True)
class EventMention:
    """One coded event in one sentence of one document (offsets into ``Document.text``)."""

    start: int  # the predicate's words: "signed", "imposed sanctions", "visit"
    end: int
    sentence_start: int
    sentence_end: int
    cameo: str  # "057"
    category: str  # PLOVER: AGREE ... ASSAULT
    quad_class: int  # 1..4
    intensity: float  # Goldstein, -10 ... +10
    mode: str | None = None  # PLOVER mode where clear: visit, phone, ...
    trigger: str = ""  # the lexicon entry that matched ("sign/agreement", "impose sanction")
    source: str | None = None  # actor id (CHN, person:xi-jinping, IGO:NATO, org:...)
    source_text: str | None = None  # the words naming it here ("Beijing", "Xi")
    source_start: int | None = None
    source_end: int | None = None
    source_country: str | None = None  # ISO3 or IGO code, at the event's date
    source_sector: str | None = None
    target: str | None = None
    target_text: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    target_country: str | None = None
    target_sector: str | None = None
    date: str | None = None  # YYYY-MM-DD / YYYY-MM / YYYY (/ YYYY-Www): when it happened
    date_precision: str = "reported"  # day, week, month, year; reported: the publication date
    date_start: int | None = None  # the temporal expression that dated it
    date_end: int | None = None
    negated: bool = False  # "did not sign", "refused" is REJECT, not a negated event
    modality: str | None = None  # one of MODALITIES
    confidence: float = 1.0

    def data(self) -> dict[str, Any]:
        """The span's data: every field but the span's own offsets and category (its label)."""
        out = asdict(self)
        for k in ("start", "end", "category"):
            out.pop(k)
        return {k: v for k, v in out.items() if v is not None}

    @classmethod
    def from_span(cls, start: int, end: int, label: str, data: dict[str, Any]) -> EventMention:
        known = {f.name for f in fields(cls)}
        return cls(start=start, end=end, category=label,
                   **{k: v for k, v in data.items() if k in known})  # fmt: skip

    @property
    def done(self) -> bool:
        """Counted as something that happened: asserted, not negated, no modality."""
        return not self.negated and self.modality is None
