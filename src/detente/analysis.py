"""How relations evolve: the merged events of a corpus as pandas frames.

>>> import detente
>>> with detente.open("china-russia.db") as c:
...     per_year = c.dyad("CHN", "RUS", by="year")       # counts per quad class, mean intensity
...     key = c.timeline("CHN", "RUS", min_sources=2)    # events in date order, with evidence
...     sanctions = c.events(source="USA", cameo="163", date_from="2022")  # sanctions: COERCE

Actors are ISO3 country codes (``CHN``: China itself and its people and bodies), actor ids
(``person:xi-jinping``, ``IGO:NATO``) or names the corpus knows. Only events reported as done
count (not negated, no modality: planned, threatened, denied...) unless ``include_not_done``.
The same functions are methods of :class:`~detente.corpus.Corpus`; the CLI prints them
(``detente dyad``, ``detente timeline``, ``detente events``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pandas as pd

from detente.errors import QueryError
from detente.events.codes import QUAD_CLASSES
from detente.store.events import EventFilters

if TYPE_CHECKING:
    from detente.corpus import Corpus

PERIODS = ("month", "quarter", "year")
# the columns of events() and timeline(), in order
EVENT_COLUMNS = (
    "id", "date", "date_precision", "category", "mode", "cameo", "intensity", "quad_class",
    "source", "source_name", "source_country", "source_sector", "target", "target_name",
    "target_country", "target_sector", "n_sources", "n_mentions", "confidence", "evidence",
    "evidence_doc", "evidence_start", "evidence_end", "doc_ids", "negated", "modality",
    "date_min", "date_max", "root",
)  # fmt: skip
QUAD_COLUMNS = tuple(name.replace(" ", "_") for name in QUAD_CLASSES.values())
DYAD_COLUMNS = ("period", *QUAD_COLUMNS, "total", "mean_intensity")
_INTS = ("quad_class", "n_sources", "n_mentions")
_FLOATS = ("intensity", "confidence")


def frame(rows: list[dict[str, Any]], columns: tuple[str, ...] = EVENT_COLUMNS) -> pd.DataFrame:
    """Event records as a frame with ``columns`` in order (also when there are none)."""
    df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=list(columns))
    for c in _INTS:
        if c in df:
            df[c] = df[c].astype("int64")
    for c in _FLOATS:
        if c in df:
            df[c] = df[c].astype("float64")
    return df


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """A frame's rows as plain dicts (missing values as None), e.g. for JSON."""
    out = []
    for row in df.to_dict("records"):
        out.append({k: (None if _missing(v) else v) for k, v in row.items()})
    return out


def _missing(value: Any) -> bool:
    if isinstance(value, list | tuple | dict):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _check(min_sources: Any, limit: Any) -> None:
    """The checks the CLI's options make: ``min_sources`` >= 1, ``limit`` >= 1 or None."""
    if isinstance(min_sources, bool) or not isinstance(min_sources, int) or min_sources < 1:
        raise QueryError(f"min_sources must be a whole number of 1 or more, not {min_sources!r}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise QueryError(f"limit must be a whole number of 1 or more (or None: all), not {limit!r}")


def _rows(corpus: Corpus, filters: EventFilters, limit: int | None) -> list[dict[str, Any]]:
    corpus.refresh_events()
    return corpus.store.events(filters, limit=limit)


def _limited(corpus: Corpus, filters: EventFilters, limit: int | None) -> pd.DataFrame:
    """The events as a frame; ``df.attrs["total"]`` is how many match without ``limit``."""
    _check(filters.min_sources, limit)
    rows = _rows(corpus, filters, limit)
    total = len(rows)
    if limit is not None and total >= limit:
        total = corpus.store.count_events(filters)
    df = frame(rows)
    df.attrs["total"] = total
    return df


def events(
    corpus: Corpus,
    source: str | None = None,
    target: str | None = None,
    category: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    *,
    quad_class: int | None = None,
    min_sources: int = 1,
    include_not_done: bool = False,
    limit: int | None = None,
    cameo: str | None = None,
) -> pd.DataFrame:
    """Merged events, in date order: by ``source`` and/or ``target`` (that direction),
    ``category`` (PLOVER; several comma-separated), ``quad_class`` (1..4), ``cameo`` (CAMEO code
    prefixes, comma-separated: ``"16"``, ``"163"``), dates (the event's date overlaps
    ``date_from`` … ``date_to``, YYYY[-MM[-DD]]), reported by at least ``min_sources`` distinct
    documents; at most ``limit`` (None: all). One row per event (columns:
    :data:`EVENT_COLUMNS`); ``df.attrs["total"]`` counts every match, beyond ``limit`` too.
    Raises :class:`~detente.errors.QueryError` (a ConfigError) for a bad filter, a reversed
    date range, ``min_sources`` < 1 or ``limit`` < 1."""
    filters = EventFilters(source, target, category, quad_class, date_from, date_to,
                           min_sources, include_not_done, cameo=cameo)  # fmt: skip
    return _limited(corpus, filters, limit)


def timeline(
    corpus: Corpus,
    a: str,
    b: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    min_sources: int = 1,
    *,
    category: str | None = None,
    include_not_done: bool = False,
    limit: int | None = None,
) -> pd.DataFrame:
    """The events between ``a`` and ``b`` (either way round; ``b`` None: ``a`` with anyone), in
    date order, with their evidence sentence and the documents that report them."""
    filters = EventFilters(a, b, category, None, date_from, date_to, min_sources,
                           include_not_done, both_directions=True)  # fmt: skip
    return _limited(corpus, filters, limit)


def period_of(date: str | None, precision: str, by: str) -> str | None:
    """The period (``2022-02``, ``2022-Q1``, ``2022``) an event dated ``date`` falls in; None
    when its date is coarser than the period (a year-only event has no month)."""
    if not date:
        return None
    if precision == "week" or "-W" in date:
        try:
            year, week = int(date[:4]), int(date.split("-W")[1][:2])
            date = dt.date.fromisocalendar(year, week, 4).isoformat()  # its Thursday
        except (ValueError, IndexError):
            return None
    if by == "year":
        return date[:4]
    if len(date) < 7:
        return None
    if by == "month":
        return date[:7]
    return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"


def _periods(first: str, last: str, by: str) -> list[str]:
    """Every period from ``first`` to ``last``."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    step = 1 if by == "month" else 3

    def index(p: str) -> int:
        month = int(p[5:7]) if by == "month" else (int(p[-1]) - 1) * 3 + 1
        return int(p[:4]) * 12 + month - 1

    out = []
    for i in range(index(first), index(last) + 1, step):
        year, month = divmod(i, 12)
        out.append(f"{year}-{month + 1:02d}" if by == "month" else f"{year}-Q{month // 3 + 1}")
    return out


def dyad(
    corpus: Corpus,
    a: str,
    b: str,
    by: str = "month",
    date_from: str | None = None,
    date_to: str | None = None,
    min_sources: int = 1,
) -> pd.DataFrame:
    """Relations between ``a`` and ``b`` per period (``by``: month, quarter, year): events in
    both directions counted per quad class (``verbal_cooperation``, ``material_cooperation``,
    ``verbal_conflict``, ``material_conflict``), ``total`` and ``mean_intensity`` (Goldstein,
    −10 … +10; NaN in a period with no events). Every period from the first event's to the
    last's has a row. Events dated more coarsely than the period (a year, for months) are left
    out and counted in ``df.attrs["unplaced"]``, those with no date in ``df.attrs["undated"]``.
    """
    if by not in PERIODS:
        raise QueryError(f"--by {by!r} is not one of {', '.join(PERIODS)}")
    _check(min_sources, None)
    rows = _rows(corpus, EventFilters(a, b, None, None, date_from, date_to, min_sources,
                                      both_directions=True), None)  # fmt: skip
    counts: dict[str, dict[str, Any]] = {}
    unplaced = undated = 0
    for e in rows:
        p = period_of(e["date"], e["date_precision"], by)
        if p is None:
            undated += not e["date"]
            unplaced += bool(e["date"])
            continue
        c = counts.setdefault(p, {k: 0 for k in QUAD_COLUMNS} | {"sum": 0.0})
        c[QUAD_COLUMNS[e["quad_class"] - 1]] += 1
        c["sum"] += e["intensity"]
    out = []
    if counts:
        for p in _periods(min(counts), max(counts), by):
            c = counts.get(p, {k: 0 for k in QUAD_COLUMNS} | {"sum": 0.0})
            total = sum(c[k] for k in QUAD_COLUMNS)
            out.append({"period": p, **{k: c[k] for k in QUAD_COLUMNS}, "total": total,
                        "mean_intensity": c["sum"] / total if total else float("nan")})  # fmt: skip
    df = pd.DataFrame(out, columns=list(DYAD_COLUMNS))
    for col in (*QUAD_COLUMNS, "total"):
        df[col] = df[col].astype("int64")
    df["mean_intensity"] = df["mean_intensity"].astype("float64")
    df.attrs.update({"a": a, "b": b, "by": by, "events": len(rows), "unplaced": unplaced,
                     "undated": undated})  # fmt: skip
    return df
