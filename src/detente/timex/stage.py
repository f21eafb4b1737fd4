"""The time stage: needs ``parsed`` (for the tense of governing verbs), ``published`` and the
text; adds the ``timexes`` span layer and, for documents with no publication date,
``published_estimate``.

Each language module offers ``find(text, ctx) -> list[Timex]`` and
``tense_function(parsed) -> (start, end) -> "past" | "future" | "present" | None``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from typing import Any

from detente.document import Document
from detente.timex.model import Context, Timex
from detente.timex.values import Ref

VERSION = 1
MODULES = {
    "en": "detente.timex.english",
    "ru": "detente.timex.russian",
    "zh": "detente.timex.chinese",
}


def module(language: str | None) -> Any | None:
    name = MODULES.get(language or "")
    if name is None:
        return None
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:  # a language whose module is not there; a broken
        if exc.name != name:  # import inside the module is a bug to see, not a missing language
            raise
        return None


def timexes(text: str, language: str, published: str | None, parsed: Any = None) -> list[Timex]:
    """The temporal expressions of ``text`` resolved against ``published`` (ISO, may be
    coarser than a day, or ``None``)."""
    mod = module(language)
    if mod is None:
        return []
    ctx = Context(Ref.parse(published))
    if parsed is not None:
        ctx.tense_at = mod.tense_function(parsed)
    found: list[Timex] = mod.find(text, ctx)
    follow_narrative(text, found, ctx.ref)
    from detente.timex import anchors

    return anchors.resolve(text, language, found, ctx)


YEARLESS = ("month-day", "day-month")  # "March 21", «21 марта», 3月21日: no year
DAY_ONLY = ("day",)  # 21日: a day of some month
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)|[。！？]")
FAR = 45  # days between a stated date and the publication date that make it another time


def follow_narrative(text: str, found: list[Timex], ref: Ref | None) -> None:
    """A date said without its year (or month) just after a full day far from the publication
    date belongs to that time: "Xi arrived on March 20, 2023. On March 21 ..." in a 2024 article
    is 2023-03-21, not 2024-03-21. Only in the full date's sentence or the next one, with no other
    date between them; near the publication date nothing changes."""
    from detente.timex.grammar import md_near

    if ref is None or ref.precision != "day":
        return
    last: Timex | None = None
    for t in found:
        if t.type not in ("DATE", "TIME") or t.anchor == "event":
            continue
        if t.anchor is None and t.precision in ("day", "time") and (t.value or "")[:4].isdigit():
            last = t
            continue
        prev, last = last, None  # only the date right after a full one follows it
        if prev is None or t.anchor != "published" or not t.value or t.precision != "day":
            continue
        if (
            t.rule not in YEARLESS + DAY_ONLY
            or len(_SENTENCE_END.findall(text, prev.end, t.start)) > 1
        ):
            continue
        last = prev
        narr = dt.date.fromisoformat(prev.value[:10])  # type: ignore[index]
        if abs((narr - ref.date).days) <= FAR:
            continue
        mo, d = int(t.value[5:7]), int(t.value[8:10])
        if t.rule in YEARLESS:
            new = md_near(narr, mo, d, None)
        else:
            new = min(
                (c for c in _days_near(narr, d)), key=lambda c: abs((c - narr).days), default=None
            )
        if new is None or (t.tense == "past" and new > ref.date):
            continue
        t.value, t.anchor = new.isoformat() + t.value[10:], "narrative"


def _days_near(narr: dt.date, d: int) -> list[dt.date]:
    out = []
    for k in (-1, 0, 1):
        y, m = narr.year + (narr.month - 1 + k) // 12, (narr.month - 1 + k) % 12 + 1
        try:
            out.append(dt.date(y, m, d))
        except ValueError:
            continue
    return out


def extract(docs: list[Document]) -> None:
    for doc in docs:
        if module(doc.language) is None:
            continue
        found = timexes(doc.text, doc.language or "", doc.published, doc.parsed)
        store(doc, found)
        doc.published_estimate = estimate(found) if not doc.published else None
        if not doc.published and any(t.value is None and t.type != "EVENT" for t in found):
            doc.note(
                "no publication date: relative dates ('last week', 'on Monday') are kept "
                "unresolved; give the date (e.g. in the file's metadata) and run analyze again"
            )


def store(doc: Document, found: list[Timex]) -> None:
    doc.spans["timexes"] = []
    for t in found:
        doc.add_span("timexes", t.start, t.end, t.type, **t.data())


def estimate(found: list[Timex]) -> str | None:
    """A window for an undated document's publication, from the absolute dates it states:
    not before the latest date it speaks of in the past tense (or without a tense), and, when it
    speaks of a date in the future tense, not after the earliest such date. An ISO 8601
    interval: ``2022-02-24/..`` (open) or ``2022-02-24/2022-03-10``."""
    past: list[dt.date] = []
    future: list[dt.date] = []
    for t in found:
        if t.type not in ("DATE", "TIME") or not t.value or t.anchor is not None:
            continue
        if t.precision not in ("day", "month", "year") or t.value.startswith("FY"):
            continue
        first, last = _bounds(t.value)
        if t.tense == "future":
            future.append(first)
        else:
            past.append(last if t.precision == "day" else first)
    if not past:
        return None
    lo = max(past)
    hi = min((f for f in future if f >= lo), default=None)
    return f"{lo.isoformat()}/{hi.isoformat() if hi else '..'}"


def _bounds(value: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in value[:10].split("-")]
    if len(parts) == 3:
        d = dt.date(*parts)
        return d, d
    if len(parts) == 2:
        y, m = parts
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
