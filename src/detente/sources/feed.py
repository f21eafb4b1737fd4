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
    """Read a feed into one :class:`Document` per entry (an :class:`InputError` for an empty one).

    Raises :class:`InputError` if the file is not a feed feedparser can read, or has no entries.
    """
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            raise InputError(origin, f"malformed feed: {reason}")
        raise InputError(origin, "the feed has no entries")
    feed = parsed.get("feed") or {}
    publisher = _clean_inline(feed.get("title")) or None
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
        item = _entry(entry, i, origin, publisher, language, kind)
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
    entry: Any, index: int, origin: str, publisher: str | None, language: str | None, kind: str
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
    if not text and not title:
        return InputError(f"{origin}#{index}", "feed entry has neither a title nor any text")

    authors = [a.get("name", "") for a in entry.get("authors") or [] if isinstance(a, dict)]
    if not any(authors) and entry.get("author"):
        authors = [entry["author"]]
    people = [p for a in authors for p in _split_authors(_clean_inline(a))]
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
        authors=_people(people, {publisher.casefold()} if publisher else set()),
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
    if not text:
        doc.note("the feed entry has no text; its title stands in for the text")
    return doc


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
        raw = entry.get(key)
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
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time) and (
            iso := iso_date(time.strftime("%Y-%m-%d", parsed))
        ):
            return iso, key
    return None, None


def _lang(value: str | None) -> str | None:
    match = re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_\s])", value or "")
    return match.group(1).lower() if match else None


__all__ = ["html_to_text", "read_feed"]
