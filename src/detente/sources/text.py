"""The ``text`` reader: plain text, including whole pages copied out of a browser.

The bytes are decoded (:func:`detente.sources.decode.decode`), normalized, and cleaned line by
line (:func:`detente.clean.clean_lines`): menus, player widgets, share buttons, photo credits,
copyright footers, bylines, date lines and author bios leave the body, and what they say becomes
metadata. Plain prose with none of that passes through only normalized.

``extra`` holds ``captions`` (photo captions moved out of the body, once each), ``contributors``
(people credited with part of the reporting, who are not authors), ``encoding`` (of the input)
and, for page dumps, ``chrome_lines`` (how many lines were dropped).
"""

from __future__ import annotations

from collections.abc import Iterator

from detente.clean import clean_lines, normalize_text
from detente.document import Document
from detente.errors import InputError
from detente.sources.decode import decode


def read_text(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """Yield one :class:`Document` for ``data``, or an :class:`InputError` if no body is left."""
    text, encoding = decode(data, origin)
    text = normalize_text(text)
    lines = text.split("\n")
    result = clean_lines(lines)
    body = result.text
    if not body:
        count = sum(1 for line in lines if line)
        yield InputError(
            origin,
            f"no body text left after removing page chrome ({count} lines, all navigation/credits)",
        )
        return
    extra: dict[str, object] = {
        "captions": result.captions,
        "contributors": result.contributors,
        "encoding": encoding,
    }
    if result.page_dump:
        extra["chrome_lines"] = len(result.dropped)
    doc = Document(
        text=body,
        origin=origin,
        format="text",
        kind="news" if result.looks_like_news else "other",
        title=result.title,
        authors=result.authors,
        published=result.published,
        publisher=result.publisher,
        extra=extra,
    )
    if result.published and not any(kind == "published" for _, kind in result.dates):
        doc.note("publication date taken from an 'Updated' line: the first version may be older")
    yield doc
