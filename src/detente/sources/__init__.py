"""Readers: turn the bytes an analyst collected into :class:`~detente.document.Document` s.

The format is sniffed from the content, never from the file name. Each reader is a function
``read(data: bytes, origin: str) -> Iterator[Document | InputError]``: it yields one document per
item (one page, one scholarly record, one feed entry, one WARC response) and yields an
:class:`InputError` for an item it cannot read, so one bad record never hides the others. A file
that cannot be read at all raises :class:`InputError`.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
from collections.abc import Callable, Iterator
from importlib import import_module

from detente.document import Document
from detente.errors import InputError
from detente.sources.decode import decode, sniff_binary

Reader = Callable[[bytes, str], Iterator[Document | InputError]]

# format name -> "module:function" (imported on first use: start-up stays fast)
READERS: dict[str, str] = {
    "warc": "detente.sources.warc:read_warc",
    "feed": "detente.sources.feed:read_feed",
    "scholarly": "detente.sources.scholarly:read_scholarly",
    "html": "detente.sources.html:read_html",
    "text": "detente.sources.text:read_text",
}
FORMATS = tuple(READERS)

_HTML = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]|<div[\s>]|<p[\s>]",
    re.IGNORECASE,
)
_FEED = re.compile(rb"<rss[\s>]|<feed[\s>][^>]*xmlns|<rdf:RDF[\s>]", re.IGNORECASE)


def sniff(data: bytes, origin: str = "<input>") -> str:
    """Name the format of ``data`` (one of :data:`FORMATS`) from its content.

    Raises :class:`InputError` for empty or binary input.
    """
    if not data.strip():
        raise InputError(origin, "empty file")
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as fh:
                inner = fh.read(64)
        except (OSError, EOFError) as exc:
            raise InputError(origin, f"broken gzip data ({exc})") from None
        if inner.startswith(b"WARC/"):
            return "warc"
        raise InputError(origin, "gzip-compressed file that is not a WARC; gunzip it first")
    if head.startswith(b"WARC/"):
        return "warc"
    what = sniff_binary(data)
    if what:
        raise InputError(origin, f"not a text document: {what}")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # sniff UTF-16 as UTF-8
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"["):
        return "scholarly"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
    elif _HTML.search(head) and head.count(b"<") > 5:
        return "html"
    return "text"


def get_reader(fmt: str) -> Reader:
    try:
        target = READERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}") from None
    module, func = target.split(":")
    return getattr(import_module(module), func)


def read(data: bytes, origin: str, fmt: str | None = None) -> Iterator[Document | InputError]:
    """Sniff (unless ``fmt`` is given) and read ``data``; see the module docstring."""
    fmt = fmt or sniff(data, origin)
    yield from get_reader(fmt)(data, origin)


def decode_json(data: bytes, origin: str):
    """Parse JSON with a precise error message (line and column)."""
    text, _ = decode(data, origin)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None


__all__ = ["FORMATS", "READERS", "decode", "decode_json", "get_reader", "read", "sniff"]
