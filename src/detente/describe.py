"""Describe stage: normalize the metadata readers found, so every document states it the same way.

Readers report what the input says; this stage makes it uniform and honest: DOIs lower-case and
bare, dates ISO with the precision the source gave (never a day that was not stated), authors
people only (no outlets, desks or "Staff"), a title without the site name glued to it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from detente.document import KINDS, Document

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)


def normalize_doi(value: str | None) -> str | None:
    """``https://doi.org/10.1/ABC`` / ``doi:10.1/abc`` -> ``10.1/abc``; ``None`` if not a DOI."""
    if not value:
        return None
    m = _DOI.search(value.strip())
    if not m:
        return None
    return m.group(1).rstrip(".,;)]").lower()


_ISO = re.compile(
    r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)


def normalize_date(value: str | None, *, today: date | None = None) -> str | None:
    """An ISO-ish date string -> ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``None`` if not valid.

    Keeps the precision given (``2023-05`` stays a month). Rejects dates before 1800 or more than
    two days in the future (a clock or parsing error, not a publication date).
    """
    if not value:
        return None
    m = _ISO.match(str(value))
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    today = today or date.today()
    try:
        year = int(y)
        if not 1800 <= year <= today.year + 1:
            return None
        if d:
            when = date(year, int(mo), int(d))
            if when > today + timedelta(days=2):
                return None
            return when.isoformat()
        if mo:
            month = int(mo)
            if not 1 <= month <= 12 or date(year, month, 1) > today + timedelta(days=2):
                return None
            return f"{year:04d}-{month:02d}"
        return f"{year:04d}"
    except ValueError:
        return None


def date_from_datetime(value: datetime | date | None) -> str | None:
    return None if value is None else normalize_date(value.isoformat()[:10])


# Words that mark a byline as an organization, desk or role rather than a person.
_NOT_PERSON = re.compile(
    r"\b(staff|desk|team|editors?|editorial|newsroom|correspondents?|reporters|bureau|news|"
    r"wire|agency|press|media|online|network|radio|television|tv|times|post|journal|daily|"
    r"herald|tribune|gazette|review|magazine|service|services|reuters|associated|afp|ap|"
    r"xinhua|tass|ria|interfax|sputnik|bloomberg|npr|bbc|cnn|cgtn|ministry|office|"
    r"department|government|university|institute|center|centre|council|foundation|"
    r"admin|administrator|webmaster|contributors?|guest|anonymous|unknown|и др)\b",
    re.IGNORECASE,
)
_SPLIT_AUTHORS = re.compile(r"\s*(?:;|\||,\s*and\s+|\s+and\s+|\s+&\s+|\s+и\s+|、|，)\s*")
_BY = re.compile(r"^(?:by|written by|автор[ы]?:?|作者[:：]?)\s+", re.IGNORECASE)


def is_person_name(name: str) -> bool:
    """Heuristic: does this byline string name a person (not an outlet, desk or role)?"""
    name = name.strip()
    if not name or len(name) > 80 or "@" in name or "://" in name or any(c.isdigit() for c in name):
        return False
    if _NOT_PERSON.search(name):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name):  # a Chinese personal name
        return True
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    if all(w.isupper() and len(w) > 1 for w in words):  # "ASSOCIATED PRESS"-like
        return False
    return all(
        w[:1].isupper() or w.lower() in {"de", "van", "von", "da", "bin", "al", "le", "la"}
        for w in words
    )


def people_only(authors: list[str] | None) -> list[str]:
    """Split joint bylines and keep the people, in order, once each."""
    out: list[str] = []
    for raw in authors or []:
        if not isinstance(raw, str):
            continue
        raw = _BY.sub("", raw.strip())
        for part in _SPLIT_AUTHORS.split(raw):
            part = part.strip(" ,.;:")
            if is_person_name(part) and part not in out:
                out.append(part)
    return out


def clean_title(title: str | None, publisher: str | None) -> str | None:
    """Drop a site name glued to the title ("Xi meets Putin | Harbor Radio")."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if publisher:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            head, _, tail = title.rpartition(sep)
            if head and tail.strip().casefold() == publisher.strip().casefold():
                title = head.strip()
    return title or None


def describe(doc: Document) -> Document:
    """Pipeline stage: normalize the metadata of ``doc`` in place (and return it)."""
    doc.doi = normalize_doi(doc.doi)
    if doc.published is not None:
        stated = doc.published
        doc.published = normalize_date(stated)
        if doc.published is None:
            doc.note(f"publication date {stated!r} is not a valid date; left unknown")
    doc.authors = people_only(doc.authors)
    doc.publisher = (doc.publisher or "").strip() or None
    doc.title = clean_title(doc.title, doc.publisher)
    if doc.kind not in KINDS:
        doc.kind = "other"
    if doc.abstract:
        doc.abstract = doc.abstract.strip() or None
    if doc.venue is not None and doc.venue.is_empty():
        doc.venue = None
    if doc.published is None:
        doc.note("no publication date stated")
    return doc
