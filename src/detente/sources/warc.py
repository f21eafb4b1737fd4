"""WARC files (gzip-compressed or not) with warcio: one document per HTML page in the crawl.

What becomes what:

* ``response`` (and ``resource``) records whose content type is HTML go through
  :func:`~detente.sources.html.read_html` with the record's ``WARC-Target-URI`` as URL and the
  charset of its HTTP ``Content-Type``; ``text/plain`` goes to ``detente.sources.text.read_text``
  (except the files a crawler fetches for the site itself: ``/robots.txt``, ``/ads.txt``,
  ``/.well-known/...``).
* Records of types that carry no document (``warcinfo``, ``request``, ``metadata``, ``revisit``,
  ``conversion``, ``continuation``) are passed over.
* The assets of a crawl (images, CSS, scripts, fonts, JSON, media), redirects, error pages (HTTP
  status other than 2xx) and empty payloads are not documents: they are counted, logged at INFO
  level and reported in ``stats`` if the caller passes a dict, never yielded as errors.
* Documents in a format detente cannot read yet (PDF, Office, ...) are yielded as
  :class:`InputError` so the user knows what was left out.
* A truncated or corrupt WARC yields the documents before the damage and one :class:`InputError`
  for the damage.

Each document's ``origin`` is ``warc:FILE#RECORD-ID`` (``#N`` for the N-th record if it has no
id), ``record`` its ``WARC-Record-ID``; ``format`` stays the payload's (``html``, ``text``).
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from detente.document import Document
from detente.errors import InputError

LOG = logging.getLogger(__name__)

_PASSED_OVER = {"warcinfo", "request", "metadata", "revisit", "conversion", "continuation"}
_HTML_TYPES = {"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"}
_TEXT_TYPES = {"text/plain"}
# Files a crawler fetches for the site itself, not pages of it (text/plain, so checked by path).
_SITE_FILES = re.compile(
    r"^/(?:robots|ads|app-ads|humans|security|llms)\.txt$|^/\.well-known/", re.I
)
# Documents a user would want but detente does not read (yet): reported as errors.
_UNSUPPORTED_DOCUMENTS = {
    "application/pdf": "a PDF",
    "application/msword": "a Word document",
    "application/rtf": "an RTF document",
    "application/epub+zip": "an EPUB book",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "a Word document",
    "application/vnd.oasis.opendocument.text": "an OpenDocument text",
}


def read_warc(
    data: bytes, origin: str, *, stats: dict[str, Any] | None = None
) -> Iterator[Document | InputError]:
    """Read the HTML and text responses of a WARC; see the module docstring.

    Raises :class:`InputError` if not even the first record can be read.
    """
    from warcio.archiveiterator import ArchiveIterator

    skipped: Counter[str] = Counter()
    produced = yielded = 0
    index = -1
    try:
        records = ArchiveIterator(io.BytesIO(data))
        for index, record in enumerate(records):
            for item in _record(record, index, origin, skipped):
                produced += isinstance(item, Document)
                yielded += 1
                yield item
        # warcio stops without a word at a record whose header is cut off: bytes are left over.
        if data[_end_offset(records, len(data)) :].strip():
            raise _CutHeader()
    except _Truncated:
        return
    except InputError:
        raise
    except Exception as exc:  # warcio/zlib on damaged input: report, keep what was read
        where = f"warc:{origin}#{index + 1}"
        reason = _reason(exc)
        if index < 0:
            raise InputError(origin, f"not a readable WARC file ({reason})") from None
        yield InputError(
            where,
            f"WARC file truncated or damaged after record {index + 1} ({reason}); "
            "the records before it were read",
        )
        return
    finally:
        if stats is not None:
            stats.update({"records": index + 1, "documents": produced, "skipped": dict(skipped)})
    if skipped:
        summary = ", ".join(f"{n} {what}" for what, n in skipped.most_common())
        LOG.info(
            "%s: %d WARC record(s) are not documents: %s", origin, sum(skipped.values()), summary
        )
    if index < 0:
        raise InputError(origin, "the WARC file has no records")
    if not yielded:
        summary = ", ".join(f"{n} {what}" for what, n in skipped.most_common()) or "none"
        yield InputError(origin, f"no HTML or text pages in the WARC (other responses: {summary})")


def _record(
    record: Any, index: int, origin: str, skipped: Counter[str]
) -> Iterator[Document | InputError]:
    rec_type = record.rec_type
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    rec_origin = f"warc:{origin}#{record_id or index}"
    if not (headers.get_header("Content-Length") or "").strip().isdigit():
        # Every WARC record states its length; warcio reads a header cut off before it as a
        # record of length 0, so this is where a file that ends inside a header shows.
        _drain(record)
        if index == 0:
            raise InputError(origin, "not a readable WARC file: its first record header is cut off")
        yield InputError(
            rec_origin, "the record header is cut off (truncated WARC?); the rest is lost"
        )
        raise _Truncated()
    if rec_type in _PASSED_OVER or rec_type not in ("response", "resource"):
        if _drain(record):
            yield InputError(rec_origin, "the record is cut off (truncated WARC); the rest is lost")
            raise _Truncated()
        return
    target = headers.get_header("WARC-Target-URI") or None
    http = record.http_headers
    if http is not None and rec_type == "response":
        status = http.get_statuscode() or ""
        content_type = http.get_header("Content-Type") or ""
    else:
        status, content_type = "200", headers.get_header("Content-Type") or ""
    payload = record.content_stream().read()
    truncated = _drain(record)
    if truncated:
        yield InputError(rec_origin, "the record is cut off (truncated WARC); the rest is lost")
        raise _Truncated()

    mime, charset = _content_type(content_type)
    if not status.startswith("2"):
        skipped[f"HTTP {status or '?'}"] += 1
        return
    if not payload.strip():
        skipped["empty"] += 1
        return
    if mime in _UNSUPPORTED_DOCUMENTS:
        yield InputError(rec_origin, f"{_UNSUPPORTED_DOCUMENTS[mime]} ({mime}) is not supported")
        return
    if mime in _HTML_TYPES or (
        not mime and payload.lstrip()[:15].lower().startswith(b"<!doctype html")
    ):
        from detente.sources.html import read_html

        items = _safe(
            lambda: read_html(payload, rec_origin, url=target, charset=charset), rec_origin
        )
    elif mime in _TEXT_TYPES and _SITE_FILES.search(urlsplit(target or "").path):
        skipped[urlsplit(target or "").path.rsplit("/", 1)[-1] or "site file"] += 1
        return
    elif mime in _TEXT_TYPES:
        try:
            from detente.sources.text import read_text
        except ImportError:
            yield InputError(rec_origin, "text/plain records are not supported yet")
            return
        items = _safe(lambda: read_text(payload, rec_origin), rec_origin)
    else:
        skipped[mime or "unknown type"] += 1
        return
    for item in items:
        if isinstance(item, Document):
            item.origin = rec_origin
            item.record = record_id or str(index)
            item.url = item.url or target
            warc = {
                "warc_file": origin,
                "warc_date": headers.get_header("WARC-Date"),
                "target_uri": target,
                "http_status": status if http is not None else None,
            }
            item.extra.update({k: v for k, v in warc.items() if v})
        yield item


class _Truncated(Exception):
    """Raised after the InputError for a cut-off record: nothing after it can be read."""

    def __str__(self) -> str:
        return "truncated"


class _CutHeader(Exception):
    """Bytes left after the last record warcio returned: a record header that is cut off."""

    def __str__(self) -> str:
        return "the next record's header is cut off"


def _end_offset(records: Any, size: int) -> int:
    """Where the last record warcio read ends in the file (``size`` if it cannot tell)."""
    offset = getattr(records, "offset", None)
    return offset if isinstance(offset, int) and 0 <= offset <= size else size


def _safe(make: Any, rec_origin: str) -> list[Document | InputError]:
    """Run a reader over one record; its InputError (e.g. undecodable bytes) becomes an item."""
    try:
        return list(make())
    except InputError as exc:
        return [InputError(rec_origin, exc.reason)]


def _drain(record: Any) -> bool:
    """Read the rest of the record; True if it ends before its declared length."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    return getattr(stream, "limit", 0) > 0


def _content_type(value: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in value.split(";")]
    mime = parts[0].lower() if parts else ""
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return mime, charset


def _reason(exc: BaseException) -> str:
    # warcio tripping over a header that ends too early: its own message means nothing here
    if isinstance(exc, AttributeError | TypeError | IndexError | EOFError) or (
        isinstance(exc, ValueError) and not str(exc).strip()
    ):
        return "a record header is cut off or malformed"
    text = str(exc).strip() or type(exc).__name__
    if "non-chunked gzip" in text:
        return "the WARC is gzipped as a whole, not record by record; gunzip it and ingest that"
    return text.splitlines()[0][:200]


__all__ = ["read_warc"]
