"""Build the demo web archive ``corpus/archive/china-russia-2024.warc.gz`` from ``warc_pages/``.

The archive imitates a small crawl of three news pages of invented outlets (``.example``
domains) about China–Russia relations: the Xi–Putin meeting at the SCO summit in Astana
(3 July 2024), the BRICS summit in Kazan (23 October 2024) and the Xi–Putin video call the day
after Trump's inauguration (21 January 2025). It holds, in this order:

* a ``warcinfo`` record;
* a ``request`` and a ``response`` (``text/plain``) for one site's ``robots.txt``;
* for each page a ``request`` and a ``response`` record (HTTP/1.1 200,
  ``Content-Type: text/html; charset=utf-8``);
* a ``request`` and a ``response`` for a page that is gone (HTTP/1.1 404, a small HTML page).

The file is a WARC 1.1 written with warcio, one gzip member per record (the usual ``.warc.gz``
layout). The output is deterministic: WARC-Date values are fixed, record ids are UUIDs derived
from the record type and URL, and every gzip member is written with ``mtime=0``, so re-running
the script gives identical bytes (with the same warcio version).

Rerun it from the repository root after editing a page in ``warc_pages/``::

    .venv/bin/python src/detente/demo/make_warc.py
"""

from __future__ import annotations

import gzip
import hashlib
import io
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
PAGES = HERE / "warc_pages"
OUT = HERE / "corpus" / "archive" / "china-russia-2024.warc.gz"

WARC_VERSION = "1.1"
USER_AGENT = "detente-demo-crawler/1.0 (+https://detente.example/crawler)"
NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-5f70-9a1b-2c3d4e5f6a7b")  # fixed: ids stay the same

# (page file, target URI, WARC-Date, IP address, server, Last-Modified)
HTML_PAGES = [
    (
        "caspiancourier-2024-07-03-astana-sco.html",
        "https://caspiancourier.example/world/2024/07/03/xi-putin-astana-sco-summit",
        "2025-01-22T09:00:04Z",
        "192.0.2.41",
        "nginx",
        "Wed, 03 Jul 2024 17:15:00 GMT",
    ),
    (
        "northstardispatch-2024-10-23-kazan-brics.html",
        "https://northstardispatch.example/news/world/2024/10/23/kazan-brics-xi-putin-talks",
        "2025-01-22T09:00:09Z",
        "198.51.100.17",
        "Apache",
        "Wed, 23 Oct 2024 05:05:00 GMT",
    ),
    (
        "ridgelinereport-2025-01-21-video-call.html",
        "https://ridgelinereport.example/2025/01/21/putin-xi-video-call-after-trump-inauguration/",
        "2025-01-22T09:00:21Z",
        "203.0.113.88",
        "nginx",
        "Tue, 21 Jan 2025 17:02:00 GMT",
    ),
]

ROBOTS_URI = "https://caspiancourier.example/robots.txt"
ROBOTS_DATE = "2025-01-22T09:00:02Z"
ROBOTS_TXT = b"""# robots.txt for caspiancourier.example
User-agent: *
Disallow: /search
Disallow: /newsletter
Disallow: /account/

User-agent: GPTBot
Disallow: /

Sitemap: https://caspiancourier.example/sitemap.xml
Sitemap: https://caspiancourier.example/news-sitemap.xml
"""

GONE_URI = "https://northstardispatch.example/news/world/2024/10/22/brics-summit-kazan-live"
GONE_DATE = "2025-01-22T09:00:14Z"
GONE_HTML = b"""<!doctype html>
<html lang="en-US">
<head><meta charset="utf-8"><title>Page not found - Northstar Dispatch</title>
<meta name="robots" content="noindex"></head>
<body>
<header class="masthead"><div class="logo"><a href="/">NORTHSTAR DISPATCH</a></div></header>
<main><h1>We can't find that page</h1>
<p>The page you were looking for may have been moved or removed. Try our <a href="/search">search</a>
or go back to the <a href="/">home page</a>.</p></main>
<footer class="site-footer"><p class="copyright">Copyright &copy; 2025 Northstar Dispatch Media.</p></footer>
</body>
</html>
"""


def record_id(kind: str, uri: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(NAMESPACE, f'{kind} {uri}')}>"


def http_date(warc_date: str) -> str:
    """``2025-01-22T09:00:04Z`` -> ``Wed, 22 Jan 2025 09:00:04 GMT``."""
    moment = datetime.strptime(warc_date, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return moment.strftime("%a, %d %b %Y %H:%M:%S GMT")


def serialize(writer_records: list) -> bytes:
    """Each record as its own gzip member with mtime=0 (deterministic ``.warc.gz``)."""
    out = bytearray()
    for record in writer_records:
        raw = io.BytesIO()
        WARCWriter(raw, gzip=False, warc_version=WARC_VERSION).write_record(record)
        out += gzip.compress(raw.getvalue(), compresslevel=9, mtime=0)
    return bytes(out)


def build() -> bytes:
    builder = WARCWriter(io.BytesIO(), gzip=False, warc_version=WARC_VERSION)
    records = []

    filename = OUT.name
    info = (
        "software: warcio, via detente src/detente/demo/make_warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "isPartOf: detente-demo-china-russia-2024\r\n"
        "description: Demo crawl of three invented news pages on China-Russia relations, "
        "with a robots.txt and a page that is gone (404)\r\n"
        f"http-header-user-agent: {USER_AGENT}\r\n"
        "robots: obey\r\n"
        "operator: detente demo corpus\r\n"
    ).encode()
    records.append(
        builder.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": record_id("warcinfo", filename),
                "WARC-Date": "2025-01-22T09:00:00Z",
                "WARC-Filename": filename,
            },
        )
    )

    def fetch(uri, date, ip, status, headers, body, referer=None):
        host = uri.split("/")[2]
        path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
        response_id = record_id("response", uri)
        req_headers = [
            ("Host", host),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            ("Accept-Language", "en-US,en;q=0.8"),
            ("Accept-Encoding", "identity"),
            ("Connection", "close"),
        ]
        if referer:
            req_headers.append(("Referer", referer))
        request_http = StatusAndHeaders(f"GET {path} HTTP/1.1", req_headers, is_http_request=True)
        records.append(
            builder.create_warc_record(
                uri,
                "request",
                http_headers=request_http,
                warc_headers_dict={
                    "WARC-Record-ID": record_id("request", uri),
                    "WARC-Date": date,
                    "WARC-Concurrent-To": response_id,
                    "WARC-IP-Address": ip,
                },
            )
        )
        response_http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        records.append(
            builder.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=response_http,
                warc_headers_dict={
                    "WARC-Record-ID": response_id,
                    "WARC-Date": date,
                    "WARC-IP-Address": ip,
                },
            )
        )

    fetch(
        ROBOTS_URI,
        ROBOTS_DATE,
        "192.0.2.41",
        "200 OK",
        [
            ("Date", http_date(ROBOTS_DATE)),
            ("Server", "nginx"),
            ("Content-Type", "text/plain"),
            ("Content-Length", str(len(ROBOTS_TXT))),
            ("Last-Modified", "Mon, 06 May 2024 08:00:00 GMT"),
            ("Cache-Control", "public, max-age=86400"),
            ("Connection", "close"),
        ],
        ROBOTS_TXT,
    )

    pages = [(PAGES / name).read_bytes() for name, *_ in HTML_PAGES]
    for (name, uri, date, ip, server, modified), body in zip(HTML_PAGES, pages, strict=True):
        if name.startswith("ridgeline"):  # before the page that is gone, in crawl order
            fetch(
                GONE_URI,
                GONE_DATE,
                "198.51.100.17",
                "404 Not Found",
                [
                    ("Date", http_date(GONE_DATE)),
                    ("Server", "Apache"),
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(GONE_HTML))),
                    ("Cache-Control", "no-cache"),
                    ("X-Robots-Tag", "noindex"),
                    ("Connection", "close"),
                ],
                GONE_HTML,
                referer="https://northstardispatch.example/news/world",
            )
        etag = hashlib.sha1(body).hexdigest()[:20]
        fetch(
            uri,
            date,
            ip,
            "200 OK",
            [
                ("Date", http_date(date)),
                ("Server", server),
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Last-Modified", modified),
                ("ETag", f'"{etag}"'),
                ("Cache-Control", "public, max-age=300"),
                ("Vary", "Accept-Encoding"),
                ("X-Content-Type-Options", "nosniff"),
                ("Connection", "close"),
            ],
            body,
        )
    return serialize(records)


def main() -> int:
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()[:16]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
