"""What the time stage finds: :class:`Timex` (a temporal expression and its calendar value) and the
:class:`Context` each language's grammar resolves against (the publication date, the tense of
the governing verb, the narrative time of the document so far)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from detente.timex.values import Ref, precision_of

TYPES = ("DATE", "TIME", "DURATION", "SET", "EVENT")
# TIMEX3 modifiers: where in the period (START, MID, END) or how exact a duration is
MODS = ("START", "MID", "END", "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS")


@dataclass(slots=True)
class Timex:
    """One temporal expression: ``text[start:end]``, its TIMEX3 type and value.

    ``value`` is ``None`` when the expression is relative and there is nothing to count from
    (no publication date, or one too coarse: "yesterday" in a document dated only ``2022``);
    ``partial`` then keeps what is known (``XXXX-02-04``). ``anchor`` says what the value was
    counted from: ``None`` (stated in full), ``published``, ``narrative`` (the last date the
    text mentioned: "the next day"), ``event`` (a dated event: "the day after Russia attacked
    Ukraine").
    """

    start: int
    end: int
    type: str  # DATE, TIME, DURATION, SET; EVENT: a clause whose date the text implies
    value: str | None = None
    precision: str | None = None
    mod: str | None = None
    anchor: str | None = None
    rule: str = ""
    partial: str | None = None
    begin: str | None = None  # ranges ("from 2009 to 2011"): their ends
    until: str | None = None
    event: str | None = None  # the event an anchored expression counts from
    tense: str | None = None

    def __post_init__(self) -> None:
        if self.precision is None:
            self.precision = precision_of(self.value)

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "precision": self.precision}
        for key in ("mod", "anchor", "partial", "begin", "until", "event", "tense", "rule"):
            if getattr(self, key) is not None and getattr(self, key) != "":
                out[key] = getattr(self, key)
        return out


@dataclass(slots=True)
class Context:
    """What a grammar resolves against while it walks a document from start to end."""

    ref: Ref | None  # the publication date
    tense_at: Callable[[int, int], str | None] = field(default=lambda s, e: None)
    narrative: dt.date | None = None  # the last day the text named
    narrative_precision: str | None = None
    # event anchors learned in this document: normalized clause -> (value, how)
    events: dict[str, tuple[str, str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # expressions a rule failed on

    def tense(self, start: int, end: int) -> str | None:
        try:
            return self.tense_at(start, end)
        except Exception:  # a parse that does not cover the span: no tense, not a failure
            return None

    def narrate(self, timex: Timex) -> None:
        """Move the narrative time to a day-precise date the text just named."""
        if timex.type in ("DATE", "TIME") and timex.value and timex.precision in ("day", "time"):
            self.narrative = dt.date.fromisoformat(timex.value[:10])
            self.narrative_precision = "day"

    def base(self) -> tuple[dt.date | None, str]:
        """The date relative expressions like "the next day" count from: the narrative time if
        the text set one, else the publication date."""
        if self.narrative is not None:
            return self.narrative, "narrative"
        if self.ref is not None and self.ref.precision == "day":
            return self.ref.date, "published"
        return None, "published"
