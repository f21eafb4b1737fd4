"""Cross-document merging: the event mentions of every document that report one real-world event
become one :class:`Event` with all its ``doc_ids`` ("4 February 2022: Xi and Putin meet in
Beijing", five sources, not five events).

Pure functions over :class:`Mention` records (:func:`merge`; :func:`merge_documents` takes
analysed :class:`~detente.document.Document` s); the store rebuilds its ``events`` table with them
after each ingest or analysis (:meth:`~detente.store.events.EventStore.rebuild_events`).

Two mentions are of one event when all of these hold (docs/events.md has the reasoning):

- **the same status**: done (not negated, no modality) merge with done ones; planned with
  planned, denied with denied...; a "planned" visit never merges with the visit that happened
  (a mention told as done but dated after its document's publication is planned);
- **the same dyad**: each side is the same actor, or one side names a country and the other an
  actor of that country (``RUS`` and ``person:vladimir-putin``; two different people of one
  country are two sides). A side the sentence does not name matches any actor. Symmetric
  events (CONSULT and COOPERATE, and CAMEO 036/037/057: meeting, talks, joint statements,
  agreements signed) ignore direction: Xi visiting Putin is Putin hosting Xi;
- **compatible kinds**: the same PLOVER category, or the same CAMEO root (163 sanctions and 160
  reduced relations are both CAMEO 16);
- **compatible dates**: two days at most :data:`DAY_TOLERANCE` apart; a week, month or year
  contains the day (no tolerance: May is not April); a date that is only the publication date
  (``reported``) stands for "on or up to :data:`REPORTED_LAG` days before";
- **similar evidence**: sentences sharing at least :data:`SIMILAR` of their content words
  (overlap of word stems; Chinese: characters); or, when both mentions name both sides, the
  same lexicon trigger, or the same CAMEO code with both dates a day or a week (one event told
  in two languages). A mention with a side not named joins on shared words only.

A mention joins an event only if it is compatible with every distinct (dyad, kind, date) already
in it, so events never chain (day 1, day 2, day 3 are not one event). Mentions are taken most
precise date first, so events form around stated days and coarser mentions join them.

Near-duplicate documents (``duplicate_of`` set) never double-count: their mentions join the event
of the same mention in the canonical document, and ``n_sources`` counts distinct canonical
documents (``doc_ids`` lists every document, copies included). A mention with no date at all
joins only an event its own story already reports with the same CAMEO code. A mention that names
neither side is not an event.

The merged event takes the most precise date (day, week, month, then a publication date, then a
year), the earliest of equal precision; the category and CAMEO code most sources give (ties: the
first source's); actors, evidence sentence and mode from the first source (the earliest
published document, then the first ingested) that gives that code.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DAY_TOLERANCE = 1  # days between two day-precise dates of one event (time zones, overnight)
REPORTED_LAG = 3  # days an event dated only by its report's publication may precede it
SIMILAR = 0.3  # share of the shorter sentence's content words the other sentence has
# precision rank: the merged event's date is the best-ranked one (then the earliest)
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "reported": 3, "year": 4}
SYMMETRIC_CATEGORIES = frozenset({"CONSULT", "COOPERATE"})
SYMMETRIC_CODES = ("036", "037", "057")  # intent to meet, to settle; sign a formal agreement
STATUS_DONE = "done"


@dataclass(slots=True)
class Mention:
    """One event mention as the merge sees it (a row of ``event_mentions`` with its document's
    publication date and canonical id)."""

    id: str  # DOC:START-END:N
    doc_id: str
    category: str
    cameo: str
    source: str | None = None
    target: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    source_sector: str | None = None
    target_sector: str | None = None
    date: str | None = None
    date_precision: str = "reported"
    mode: str | None = None
    intensity: float = 0.0
    quad_class: int = 1
    trigger: str = ""
    sentence: str = ""  # the evidence: the sentence's text
    sentence_start: int | None = None
    sentence_end: int | None = None
    start: int = 0
    paragraph: int = 0  # 0: the document's first paragraph
    negated: bool = False
    modality: str | None = None
    confidence: float = 1.0
    story: str | None = None  # the canonical document: duplicate_of, else doc_id
    published: str | None = None  # the document's publication date
    language: str | None = None
    doc_seq: int = 0  # the document's place in ingest order (ties of publication date)
    _status: str | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.story is None:
            self.story = self.doc_id
        if self.date and _TIMED.match(self.date):  # 2024-07-03TEV (evening): the day
            self.date = self.date[:10]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Mention:
        known = cls.__dataclass_fields__
        m = cls(**{k: v for k, v in row.items() if k in known and not k.startswith("_")})
        m.negated = bool(m.negated)
        return m

    @property
    def status(self) -> str:
        """``done``, ``negated``, or the modality (``planned``, ``threatened``...). A mention
        told as done but dated after the document that reports it was published is planned
        ("Xi travels to St. Petersburg on Thursday", written on Wednesday)."""
        if self._status is None:
            if self.negated:
                self._status = "negated"
            elif self.modality:
                self._status = self.modality
            else:
                self._status = "planned" if self.future else STATUS_DONE
        return self._status

    @property
    def future(self) -> bool:
        """Is its date wholly after the publication of its document?"""
        w, published = window(self.date, self.date_precision), extent(self.published)
        return w is not None and published is not None and w[0] > published[1]

    @property
    def duplicate(self) -> bool:
        return self.story != self.doc_id


@dataclass(slots=True)
class Event:
    """A merged event: one real-world event and every mention (and document) reporting it."""

    id: str
    category: str
    cameo: str
    intensity: float
    quad_class: int
    mode: str | None
    source: str | None
    source_country: str | None
    source_sector: str | None
    target: str | None
    target_country: str | None
    target_sector: str | None
    date: str | None
    date_precision: str | None  # None: no date at all (no event date, no publication date)
    date_min: str | None  # the calendar extent of ``date``: first ...
    date_max: str | None  # ... and last day it covers
    negated: bool
    modality: str | None
    evidence: str
    evidence_doc: str
    evidence_start: int | None
    evidence_end: int | None
    confidence: float
    n_sources: int  # distinct canonical documents
    n_mentions: int
    doc_ids: list[str]  # every document, near-duplicates included, first source first
    mention_ids: list[str]
    root: bool  # reported in the first paragraph of a document (GDELT's IsRootEvent)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


# --- dates -------------------------------------------------------------------------------------

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_TIMED = re.compile(r"^\d{4}-\d{2}-\d{2}T")
DAY_LEVEL = ("day", "reported")  # the tolerance applies between these


@functools.lru_cache(maxsize=65536)
def extent(date: str | None) -> tuple[int, int] | None:
    """The first and last day (proleptic ordinals) a date value covers: ``2022`` is the whole
    year, ``2022-02`` the month, ``2022-W05`` the week; None for no date or a malformed one."""
    if not date:
        return None
    try:
        m = _WEEK.match(date)
        if m:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).toordinal()
            return monday, monday + 6
        parts = [int(p) for p in date.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return first.toordinal(), nxt.toordinal() - 1
        day = dt.date(parts[0], parts[1], parts[2]).toordinal()
        return day, day
    except (ValueError, IndexError):
        return None


def window(date: str | None, precision: str) -> tuple[int, int] | None:
    """The days an event dated ``date`` (of ``precision``) may have happened on: its extent; for
    a publication date (``reported``), up to :data:`REPORTED_LAG` days before it too."""
    ext = extent(date)
    if ext is None:
        return None
    if precision == "reported":
        return ext[0] - REPORTED_LAG, ext[1]
    return ext


def windows_compatible(
    a: tuple[int, int] | None, b: tuple[int, int] | None, tolerance: int = DAY_TOLERANCE
) -> bool:
    """Do two windows overlap, allowing ``tolerance`` days between them?"""
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] + tolerance and b[0] <= a[1] + tolerance


def tolerance(a: Mention, b: Mention) -> int:
    """:data:`DAY_TOLERANCE` between two day-level dates (a day or a publication date); none
    when one is a week, month or year, which must contain the other (May is not April)."""
    return DAY_TOLERANCE if a.date_precision in DAY_LEVEL and b.date_precision in DAY_LEVEL else 0


def dates_compatible(a: Mention, b: Mention) -> bool:
    """Could ``a`` and ``b`` be dated to the same event? (Undated mentions: only each other.)"""
    wa, wb = window(a.date, a.date_precision), window(b.date, b.date_precision)
    return windows_compatible(wa, wb, tolerance(a, b))


def _date_rank(m: Mention) -> tuple[int, int]:
    w = window(m.date, m.date_precision)
    if w is None:
        return (len(PRECISION_RANK), 0)
    return (PRECISION_RANK.get(m.date_precision, len(PRECISION_RANK) - 1), w[0])


# --- actors and kinds --------------------------------------------------------------------------


def _is_country(actor: str) -> bool:
    return len(actor) == 3 and actor.isalpha() and actor.isupper()


def sides_compatible(a: str | None, a_country: str | None, b: str | None, b_country: str | None):
    """Can two mentions' sides be the same actor? The same id; a country and an actor of that
    country; or a side not named (matches anything)."""
    if a is None or b is None or a == b:
        return True
    if _is_country(a) and b_country == a:
        return True
    return _is_country(b) and a_country == b


def symmetric(m: Mention) -> bool:
    """Is the event the same whichever side is named first (meetings, talks, agreements)?"""
    return m.category in SYMMETRIC_CATEGORIES or m.cameo.startswith(SYMMETRIC_CODES)


def dyads_compatible(a: Mention, b: Mention) -> bool:
    if sides_compatible(a.source, a.source_country, b.source, b.source_country) and (
        sides_compatible(a.target, a.target_country, b.target, b.target_country)
    ):
        return True
    return (
        symmetric(a)
        and symmetric(b)
        and sides_compatible(a.source, a.source_country, b.target, b.target_country)
        and sides_compatible(a.target, a.target_country, b.source, b.source_country)
    )


def kinds_compatible(a: Mention, b: Mention) -> bool:
    """The same PLOVER category, or the same CAMEO root."""
    return a.category == b.category or a.cameo[:2] == b.cameo[:2]


# --- evidence ----------------------------------------------------------------------------------

_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]|[^\W\d_]{3,}|\d{2,}", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_STOP_WORDS = (
    "the and for with that this from have has had was were are been will would said says also "
    "its their his her they them than then into over after before about which while who whom "
    "what when where there here other such more most some any all both each not but only one two "
    "three new last next year years day days week month months on in at by to of as is be it "
    "и в во на с со по к ко о об от до за из у что как это этот эта его её их он она они был "
    "была были будет также который которые при для не но же ли или год года году "
    "的 了 和 与 在 是 也 就 都 而 及 对 将 从 中 上 为 日 月 年"
)  # fmt: skip
_STOP = frozenset(_STOP_WORDS.split())


@functools.lru_cache(maxsize=1)
def _stemmers() -> dict[str, Any]:
    import snowballstemmer

    return {"en": snowballstemmer.stemmer("english"), "ru": snowballstemmer.stemmer("russian")}


@functools.lru_cache(maxsize=65536)
def content_words(sentence: str, language: str | None = None) -> frozenset[str]:
    """The content words of a sentence as stems (Chinese: characters), stop words left out."""
    words = [w for w in _WORD.findall(sentence.casefold()) if w not in _STOP]
    stem = _stemmers().get(language or "")
    if stem is not None:
        words = [w if _HAN.match(w) else stem.stemWord(w) for w in words]
    return frozenset(words)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """|a ∩ b| / min(|a|, |b|): how much of the shorter sentence the other one has."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def similar(a: Mention, b: Mention) -> bool:
    """Similar evidence: sentences sharing at least :data:`SIMILAR` of their content words; or,
    when both mentions name both sides, the same trigger, or the same CAMEO code with both
    dates a day or a week (what merges one event told in two languages). A mention with a side
    not named joins on shared words only: "Beijing signed a statement" is not every agreement
    China signed that week."""
    words = overlap(content_words(a.sentence, a.language), content_words(b.sentence, b.language))
    if words >= SIMILAR:
        return True
    if None in (a.source, a.target, b.source, b.target):
        return False
    if a.trigger and a.trigger == b.trigger:
        return True
    precise = ("day", "week")
    return a.cameo == b.cameo and a.date_precision in precise and b.date_precision in precise


# --- clustering --------------------------------------------------------------------------------


def _party(actor: str | None, country: str | None) -> str | None:
    """What a side is indexed by: its country (people and organisations with one), else itself."""
    if actor is None:
        return None
    return country or actor


_SHORT = 40  # days: windows up to this long are "short" (a day, a week, a month)
_BUCKET = 30  # days per bucket of the date index


def _short(w: tuple[int, int] | None) -> bool:
    return w is None or w[1] - w[0] <= _SHORT


@dataclass(slots=True)
class _Cluster:
    key: tuple  # its block: (status, party, party)
    seq: int  # creation order
    window: tuple[int, int] | None  # the first member's window
    members: list[Mention] = field(default_factory=list)
    # distinct (dyad, kind, date) of the members: a new member must be compatible with each
    shapes: dict[tuple, Mention] = field(default_factory=dict)
    stories: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    cameos: set[str] = field(default_factory=set)
    sentences: dict[frozenset[str], set[str]] = field(default_factory=dict)  # -> documents

    def add(self, m: Mention) -> None:
        self.members.append(m)
        shape = (m.source, m.source_country, m.target, m.target_country, m.category, m.cameo,
                 m.date, m.date_precision)  # fmt: skip
        self.shapes.setdefault(shape, m)
        self.stories.add(m.story or m.doc_id)
        if m.trigger:
            self.triggers.add(m.trigger)
        self.cameos.add(m.cameo)
        self.sentences.setdefault(content_words(m.sentence, m.language), set()).add(m.doc_id)

    def accepts(self, m: Mention) -> bool:
        wm = window(m.date, m.date_precision)
        for s in self.shapes.values():
            if not (dyads_compatible(m, s) and kinds_compatible(m, s)):
                return False
            ws = window(s.date, s.date_precision)
            # an undated side: the candidates are events of its own story (see _Index)
            if (
                wm is not None
                and ws is not None
                and not windows_compatible(wm, ws, tolerance(m, s))
            ):
                return False
        if wm is None and not any(o.story == m.story and o.cameo == m.cameo for o in self.members):
            return False  # undated: only into its own story's event of the same code
        if m.trigger and m.trigger in self.triggers:
            return True
        if m.cameo in self.cameos and _short(wm) and _short(self.window):
            return True  # the same code at about the same date (a year is too long for that)
        words = content_words(m.sentence, m.language)
        # words shared with a sentence of another document (one sentence can tell of several
        # events: "after Putin's state visit in May and their talks in July")
        return any(
            overlap(words, w) >= SIMILAR for w, docs in self.sentences.items() if docs - {m.doc_id}
        )


class _Index:
    """Events by block (status and the pair of parties) and by date, so that a mention is only
    compared with the events of its dyad at compatible dates: events with a short window (a day,
    a week, a month, a publication date) by day, all of them by :data:`_BUCKET`-day buckets."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.days: dict[tuple, dict[int, list[_Cluster]]] = {}  # short windows, by day
        self.long: dict[tuple, dict[int, list[_Cluster]]] = {}  # long windows, by bucket
        self.buckets: dict[tuple, dict[int, list[_Cluster]]] = {}  # all dated ones, by bucket
        self.undated: dict[tuple, list[_Cluster]] = {}
        self.blocks_of: dict[tuple[str, str], set[tuple]] = {}  # (status, party) -> blocks
        self.by_story: dict[str, list[_Cluster]] = {}

    @staticmethod
    def block(m: Mention) -> tuple:
        parties = sorted(
            (_party(m.source, m.source_country) or "", _party(m.target, m.target_country) or "")
        )
        return (m.status, *parties)

    def blocks_for(self, m: Mention) -> list[tuple]:
        """Its own block; a mention naming one side also every block with that party in it."""
        own = self.block(m)
        if m.source is not None and m.target is not None:
            return [own]
        party = _party(m.source, m.source_country) or _party(m.target, m.target_country)
        return [own, *sorted(self.blocks_of.get((m.status, party or ""), set()) - {own})]

    def candidates(self, m: Mention) -> list[_Cluster]:
        """The events ``m`` could join, nearest in date first: those of its dyad within its date
        window (with the tolerance), and the events of its own story that have no date (or, if
        ``m`` has none, any date)."""
        w = window(m.date, m.date_precision)
        story = m.story or ""
        out: dict[int, _Cluster] = {}
        for key in self.blocks_for(m):
            if w is None:
                found = [c for c in self.by_story.get(story, ()) if c.key == key]
            else:
                lo, hi = w[0] - DAY_TOLERANCE, w[1] + DAY_TOLERANCE
                buckets = range(lo // _BUCKET, hi // _BUCKET + 1)
                if hi - lo <= _SHORT:
                    days, long = self.days.get(key, {}), self.long.get(key, {})
                    found = [c for d in range(lo, hi + 1) for c in days.get(d, ())]
                    found += [c for b in buckets for c in long.get(b, ())]
                else:
                    every = self.buckets.get(key, {})
                    found = [c for b in buckets for c in every.get(b, ())]
                found += [c for c in self.undated.get(key, ()) if story in c.stories]
            for c in found:
                out.setdefault(c.seq, c)
        if w is None:
            return sorted(out.values(), key=lambda c: c.seq)

        def distance(c: _Cluster) -> tuple[int, int, int]:
            if c.window is None:
                return (0, 0, c.seq)
            gap = max(0, c.window[0] - w[1], w[0] - c.window[1])
            return (gap, abs(c.window[0] - w[0]), c.seq)

        return sorted(out.values(), key=distance)

    def new(self, m: Mention) -> _Cluster:
        w = window(m.date, m.date_precision)
        c = _Cluster(self.block(m), len(self.clusters), w)
        self.clusters.append(c)
        if w is None:
            self.undated.setdefault(c.key, []).append(c)
        else:
            buckets = range(w[0] // _BUCKET, w[1] // _BUCKET + 1)
            every = self.buckets.setdefault(c.key, {})
            for b in buckets:
                every.setdefault(b, []).append(c)
            if w[1] - w[0] <= _SHORT:
                days = self.days.setdefault(c.key, {})
                for d in range(w[0], w[1] + 1):
                    days.setdefault(d, []).append(c)
            else:
                long = self.long.setdefault(c.key, {})
                for b in buckets:
                    long.setdefault(b, []).append(c)
        for party in c.key[1:]:
            if party:
                self.blocks_of.setdefault((c.key[0], party), set()).add(c.key)
        return c

    def join(self, c: _Cluster, m: Mention) -> None:
        if (m.story or "") not in c.stories:
            self.by_story.setdefault(m.story or "", []).append(c)
        c.add(m)

    def add(self, m: Mention) -> None:
        for c in self.candidates(m):
            if c.accepts(m):
                self.join(c, m)
                return
        self.join(self.new(m), m)

    def add_copy(self, m: Mention) -> None:
        """A mention of a near-duplicate document: into the event of the same mention in the
        canonical document if there is one, else as any other mention."""
        best, best_score = None, -1.0
        words = content_words(m.sentence, m.language)
        for c in self.by_story.get(m.story or "", ()):
            for o in c.members:
                if (
                    o.story == m.story
                    and not o.duplicate
                    and o.status == m.status
                    and (o.source, o.target, o.cameo) == (m.source, m.target, m.cameo)
                ):
                    score = overlap(words, content_words(o.sentence, o.language))
                    if score > best_score:
                        best, best_score = c, score
        if best is not None and (
            best_score >= SIMILAR or (m.trigger and m.trigger in best.triggers)
        ):
            self.join(best, m)
        else:
            self.add(m)


def _order(m: Mention) -> tuple:
    """Processing order: the most precise dates first, then earlier, then earlier published."""
    return (*_date_rank(m), m.published is None, m.published or "", m.doc_id, m.start, m.id)


def _first_source(m: Mention) -> tuple:
    """Which mention counts as the first source: the earliest published document (a canonical
    document before its copies; then the first ingested)."""
    return (m.published is None, m.published or "", m.duplicate, m.doc_seq, m.doc_id, m.start,
            m.id)  # fmt: skip


def merge(mentions: Iterable[Mention]) -> list[Event]:
    """Merge event mentions (of any documents) into events; see the module's docstring.

    Every mention that names at least one side is in exactly one event (``mention_ids``);
    mentions naming neither side are left out. Events come in date order (undated last)."""
    ms = [m for m in mentions if m.source is not None or m.target is not None]
    index = _Index()
    full = sorted((m for m in ms if not m.duplicate and m.source and m.target), key=_order)
    half = sorted((m for m in ms if not m.duplicate and not (m.source and m.target)), key=_order)
    copies = sorted((m for m in ms if m.duplicate), key=_order)
    for m in full:
        index.add(m)
    for m in half:
        index.add(m)
    for m in copies:
        index.add_copy(m)
    events = [_event(c.members) for c in index.clusters]
    events.sort(key=lambda e: (e.date_min is None, e.date_min or "", e.date_max or "",
                               e.evidence_doc, e.evidence_start or 0, e.id))  # fmt: skip
    return events


def _fill(rep: Mention, members: list[Mention], side: str) -> tuple[str | None, ...]:
    """``(actor, country, sector)`` of ``side`` of the event: the representative's, else that of
    the first member that names it (in the same orientation, or crossed for symmetric events)."""
    own = (getattr(rep, side), getattr(rep, f"{side}_country"), getattr(rep, f"{side}_sector"))
    if own[0] is not None:
        return own
    other = "target" if side == "source" else "source"
    anchor = (getattr(rep, other), getattr(rep, f"{other}_country"))
    for m in members:
        for mine, theirs in ((side, other), (other, side)):
            if mine != side and not (symmetric(m) and symmetric(rep)):
                continue
            if (
                getattr(m, mine) is not None
                and getattr(m, theirs) is not None
                and sides_compatible(*anchor, getattr(m, theirs), getattr(m, f"{theirs}_country"))
            ):
                return (getattr(m, mine), getattr(m, f"{mine}_country"),
                        getattr(m, f"{mine}_sector"))  # fmt: skip
    return own


def _day(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def event_id(m: Mention, category: str, date: str | None, first: Mention) -> str:
    """Stable and content-derived: the dyad, category, status and date with the first source's
    earliest mention."""
    key = f"{m.status}|{m.source}|{m.target}|{category}|{date}|{first.id}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _event(members: list[Mention]) -> Event:
    members = sorted(members, key=_first_source)
    first = members[0]
    by_category: Counter[str] = Counter()
    for cat, _story in {(m.category, m.story) for m in members}:
        by_category[cat] += 1
    top = max(by_category.values())
    category = next(m.category for m in members if by_category[m.category] == top)
    of_category = [m for m in members if m.category == category]
    by_code: Counter[str] = Counter()
    for code, _story in {(m.cameo, m.story) for m in of_category}:
        by_code[code] += 1
    top = max(by_code.values())
    cameo = next(m.cameo for m in of_category if by_code[m.cameo] == top)
    rep = next(m for m in of_category if m.cameo == cameo)
    dated = min(members, key=lambda m: (*_date_rank(m), _first_source(m)))
    ext = extent(dated.date) if window(dated.date, dated.date_precision) else None
    source = _fill(rep, members, "source")
    target = _fill(rep, members, "target")
    best: dict[str, float] = {}
    for m in members:
        story = m.story or m.doc_id
        best[story] = max(best.get(story, 0.0), float(m.confidence))
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - min(max(c, 0.0), 1.0)
    date = dated.date if ext else None
    return Event(
        id=event_id(rep, category, date, first),
        category=category,
        cameo=cameo,
        intensity=rep.intensity,
        quad_class=rep.quad_class,
        mode=rep.mode or next((m.mode for m in of_category if m.mode), None),
        source=source[0],
        source_country=source[1],
        source_sector=source[2],
        target=target[0],
        target_country=target[1],
        target_sector=target[2],
        date=date,
        date_precision=dated.date_precision if ext else None,  # no date: no precision
        date_min=_day(ext[0]) if ext else None,
        date_max=_day(ext[1]) if ext else None,
        negated=rep.negated,
        modality=None if rep.status in (STATUS_DONE, "negated") else rep.status,
        evidence=rep.sentence.strip(),
        evidence_doc=rep.doc_id,
        evidence_start=rep.sentence_start,
        evidence_end=rep.sentence_end,
        confidence=round(1.0 - miss, 4),
        n_sources=len(best),
        n_mentions=len(members),
        doc_ids=list(dict.fromkeys(m.doc_id for m in members)),
        mention_ids=[m.id for m in members],
        root=any(m.paragraph == 0 for m in members),
    )


# --- from documents ----------------------------------------------------------------------------


def mention_id(doc_id: str, start: int, end: int, n: int) -> str:
    """``DOC:START-END:N``: the N-th (from 0) event mention on the predicate at START-END."""
    return f"{doc_id}:{start}-{end}:{n}"


def mentions_of(doc: Any) -> list[Mention]:
    """The event mentions of an analysed document (its ``events`` layer), as merge input."""
    out: list[Mention] = []
    seen: Counter[tuple[int, int]] = Counter()
    for s in doc.layer("events"):
        n = seen[(s.start, s.end)]
        seen[(s.start, s.end)] += 1
        d = s.data
        lo, hi = d.get("sentence_start"), d.get("sentence_end")
        sentence = doc.text[lo:hi] if lo is not None and hi is not None else ""
        row = {k: v for k, v in d.items() if k not in ("start", "end")}
        out.append(
            Mention.from_row(
                {
                    **row,
                    "id": mention_id(doc.id, s.start, s.end, n),
                    "doc_id": doc.id,
                    "category": s.label,
                    "start": s.start,
                    "sentence": sentence,
                    "paragraph": doc.text.count("\n", 0, lo or s.start),
                    "story": doc.duplicate_of or doc.id,
                    "published": doc.published,
                    "language": doc.language,
                }
            )
        )
    return out


def merge_documents(docs: Iterable[Any]) -> list[Event]:
    """Merge the event mentions of analysed documents (``duplicate_of`` set on near-duplicates,
    as ``detente ingest`` sets it; in ingest order) into events."""
    out = []
    for seq, doc in enumerate(docs):
        for m in mentions_of(doc):
            m.doc_seq = seq
            out.append(m)
    return merge(out)
