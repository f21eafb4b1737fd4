"""RSS 2.0, Atom and RDF (RSS 1.0) feeds with feedparser: one document per entry.

The entry's full content (``content:encoded``, Atom ``content``) is preferred to its summary; the
HTML is turned into plain text with one paragraph per line. The publication date is the one the
entry states, in its own time zone (``published``, else ``updated``); none if absent.
"""

from __future__ import annotations

import email.utils
import re
import time
import unicodedata
from collections.abc import Iterator
from html import unescape
from typing import Any

from lxml import etree
from lxml.html import fragment_fromstring

from detente.document import Document
from detente.errors import InputError
from detente.sources.html import _GOV_SITE, _people, _split_authors, iso_date

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "header", "footer", "figure",
    "figcaption", "hr", "aside",
}  # fmt: skip
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "form")
# WordPress and similar feed boilerplate at the end of an entry.
_TRAILER = re.compile(
    r"^(the post .+ appeared first on .+|continue reading.*|read more.*|\[…\]|\[\.\.\.\])$", re.I
)


def read_feed(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """Read a feed into one :class:`Document` per entry; an entry without text (a title alone is
    not a document) is an :class:`InputError` with origin ``FILE#N`` (N counts entries from 0).

    Raises :class:`InputError` if the file is not a feed feedparser can read, or has no entries.
    """
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        reason = parsed.get("bozo_exception") if parsed.get("bozo") else None
        if not parsed.get("version"):
            detail = f" ({reason})" if reason else ""
            raise InputError(origin, f"not an RSS, Atom or RDF feed{detail}")
        if reason:
            raise InputError(origin, f"malformed feed: {reason}")
        raise InputError(origin, "the feed has no entries")
    feed = parsed.get("feed") or {}
    publisher = _clean_inline(feed.get("title")) or None
    rss = not str(parsed.get("version") or "").startswith("atom")
    language = _lang(feed.get("language"))
    bozo_note = None
    if parsed.get("bozo"):
        bozo_note = f"the feed is not well-formed ({parsed.get('bozo_exception')}); read leniently"
    kind = (
        "statement"
        if any(_GOV_SITE.search(s or "") for s in (publisher, feed.get("link")))
        else "news"
    )

    for i, entry in enumerate(entries):
        item = _entry(entry, i, origin, publisher, language, kind, rss)
        if isinstance(item, Document):
            item.extra.update(
                {
                    k: v
                    for k, v in (
                        ("feed_link", feed.get("link")),
                        ("feed_format", parsed.get("version")),
                    )
                    if v
                }
            )
            if bozo_note:
                item.note(bozo_note)
        yield item


def _entry(
    entry: Any,
    index: int,
    origin: str,
    publisher: str | None,
    language: str | None,
    kind: str,
    rss: bool = True,
) -> Document | InputError:
    title = _clean_inline(entry.get("title")) or None
    text, used = "", None
    for content in entry.get("content") or []:
        candidate = html_to_text(content.get("value") or "")
        if len(candidate) > len(text):
            text, used = candidate, "content"
    summary = html_to_text(entry.get("summary") or "")
    if not text:
        text, used = summary, "summary" if summary else None
    if not text:
        what = f"only a title ({title!r}) and no text" if title else "neither a title nor any text"
        link = f"; read the page itself: {entry.get('link')}" if entry.get("link") else ""
        return InputError(f"{origin}#{index}", f"feed entry has {what}{link}")

    people = [p for a in _entry_authors(entry, rss) for p in _split_authors(a)]
    published, date_source = _date(entry)
    lang = language
    for content in entry.get("content") or []:
        lang = _lang(content.get("language")) or lang
    tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]

    doc = Document(
        text=text or title or "",
        origin=origin,
        format="feed",
        kind=kind,
        title=title,
        authors=_people(people, _org_names(publisher)),
        published=published,
        publisher=publisher,
        language=lang,
        url=entry.get("link") or None,
        record=entry.get("id") or str(index),
    )
    extra = {
        "entry_index": index,
        "entry_id": entry.get("id"),
        "text_from": used,
        "date_source": date_source,
        "tags": tags,
        "summary": summary if used == "content" and summary and summary != text else None,
    }
    doc.extra.update({k: v for k, v in extra.items() if v is not None and v != []})
    return doc


_EMAIL = re.compile(r"<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")


def _entry_authors(entry: Any, rss: bool) -> list[str]:
    """Author names as the entry states them.

    RSS ``<author>`` is an e-mail address with the name in brackets (``ed@x.org (Ann Lee)``,
    ``Ann Lee <ed@x.org>``, or the address alone); feedparser's split of it cuts long top-level
    domains into the name, so it is read here. Atom ``<name>`` and ``dc:creator`` are names.
    """
    raw = _clean_inline(entry.get("author"))
    if rss and "@" in raw:
        name = re.sub(r"[()<>\[\]]", " ", _EMAIL.sub(" ", raw))
        name = re.sub(r"\s+", " ", name).strip(" ,;:-")
        return [name] if name else []
    names = [
        _clean_inline(a.get("name")) for a in entry.get("authors") or [] if isinstance(a, dict)
    ]
    names = [n for n in names if n and "@" not in n]
    return names or ([raw] if raw and "@" not in raw else [])


def _org_names(publisher: str | None) -> set[str]:
    """The feed's title and its parts (``"Harbour Ledger: Diplomacy"`` -> ``harbour ledger``):
    an entry "author" that is one of them is the outlet, not a person."""
    if not publisher:
        return set()
    parts = re.split(r"\s*(?::|\s[|\-–—·»]\s)\s*", publisher)
    return {p.strip().casefold() for p in [publisher, *parts] if p.strip()}


def html_to_text(fragment: str) -> str:
    """HTML (or plain text) of a feed entry to clean text, one paragraph per line."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _tidy(unescape(fragment))
    try:
        root = fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    while lines and _TRAILER.match(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def _clean_inline(value: str | None) -> str:
    if not value:
        return ""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]*>", "", value))).strip()


def _date(entry: Any) -> tuple[str | None, str | None]:
    """The date the entry states, in its own time zone (feedparser's parsed dates are UTC)."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)  # not feedparser's deprecated updated -> published fallback
        if not raw:
            continue
        if iso := iso_date(raw):
            return iso, key
        try:
            stated = email.utils.parsedate_to_datetime(raw)
            if iso := iso_date(stated.date().isoformat()):
                return iso, key
        except (TypeError, ValueError, IndexError):
            pass
        parsed = dict.get(entry, f"{key}_parsed")
        if isinstance(parsed, time.struct_time) and (
            iso := iso_date(time.strftime("%Y-%m-%d", parsed))
        ):
            return iso, key
    return None, None


def _lang(value: str | None) -> str | None:
    match = re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_\s])", value or "")
    return match.group(1).lower() if match else None


__all__ = ["html_to_text", "read_feed"]
