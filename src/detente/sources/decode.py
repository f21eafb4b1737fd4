"""Bytes to text: encoding detection and a clear refusal of binary input.

UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; anything else goes to
charset-normalizer, which tells latin-1, cp1251 and GB18030 apart by their byte statistics.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from detente.errors import InputError

# Magic numbers of the binary files analysts most often drop into a folder by mistake.
_MAGIC = {
    b"%PDF": "a PDF file (detente reads HTML, text, JSON, feeds and WARC; extract its text first)",
    b"PK\x03\x04": "a ZIP/Office file (unpack it or save the document as HTML or text first)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database (use `detente open`/`--db` for corpus files)",
}


def sniff_binary(data: bytes) -> str | None:
    """Return a description if ``data`` is binary (not text in any encoding), else ``None``."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``; raise :class:`InputError` for binary input."""
    what = sniff_binary(data)
    if what:
        raise InputError(origin, f"not a text document: {what}")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A file cut off in the middle of a multi-byte character is still UTF-8.
        if exc.start >= len(data) - 3:
            return data.decode("utf-8", errors="ignore"), "utf-8"
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError(origin, "cannot tell the text encoding; save the file as UTF-8")
    enc = best.encoding
    # charset-normalizer names gb2312/gbk for Chinese; gb18030 is their superset.
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"
    return data.decode(enc, errors="replace"), enc
