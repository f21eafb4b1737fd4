"""WARC: one document per HTML 200 response, the record named in the origin, damage reported."""

import gzip
import io

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from detente.document import Document
from detente.errors import InputError
from detente.pipeline import process
from detente.sources import read, sniff
from detente.sources.warc import read_warc

PARAS = (
    "<p>Officials from the two neighbouring states met on Monday in the capital to discuss the "
    "reopening of a border crossing that has been closed for most of the past year.</p>"
    "<p>The talks lasted most of the day and ended with a short statement in which both sides "
    "promised to publish a timetable for the crossing within a month.</p>"
)
RU_PARAS = (
    "<p>Министры иностранных дел двух соседних государств встретились во вторник, чтобы обсудить "
    "возобновление грузового транзита через пограничный мост, закрытый с прошлой осени.</p>"
    "<p>Стороны договорились создать совместную рабочую группу, которая подготовит порядок "
    "досмотра грузов и расписание работы пункта пропуска.</p>"
)


def html(title: str, paras: str = PARAS, meta: str = "<meta charset='utf-8'>") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head>{meta}<title>{title}</title>"
        "<meta property='article:published_time' content='2024-02-02T10:00:00Z'></head>"
        f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paras}</article>"
        "</body></html>"
    )


class Crawl:
    """A small WARC written with warcio; ``ids`` maps a target URI to its WARC-Record-ID."""

    def __init__(self, gzipped: bool) -> None:
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gzipped)
        self.ids: dict[str, str] = {}

    def info(self) -> "Crawl":
        self.writer.write_record(self.writer.create_warcinfo_record("crawl.warc", {"x": "y"}))
        return self

    def request(self, uri: str) -> "Crawl":
        headers = StatusAndHeaders(
            "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
        )
        rec = self.writer.create_warc_record(
            uri, "request", payload=io.BytesIO(b""), http_headers=headers
        )
        self.writer.write_record(rec)
        return self

    def response(
        self, uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status="200 OK", **h
    ) -> "Crawl":
        headers = StatusAndHeaders(status, [("Content-Type", ctype), *h.items()], "HTTP/1.1")
        rec = self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        self.writer.write_record(rec)
        self.ids[uri] = rec.rec_headers.get_header("WARC-Record-ID").strip("<>")
        return self

    def resource(self, uri: str, body: bytes, ctype: str) -> "Crawl":
        rec = self.writer.create_warc_record(
            uri, "resource", payload=io.BytesIO(body), warc_content_type=ctype
        )
        self.writer.write_record(rec)
        self.ids[uri] = rec.rec_headers.get_header("WARC-Record-ID").strip("<>")
        return self

    @property
    def data(self) -> bytes:
        return self.buf.getvalue()


ONE = "https://news.example/2024/02/crossing"
TWO = "https://vestnik.example/2024/02/most"


def standard(gzipped: bool) -> Crawl:
    """warcinfo, request, HTML 200, PNG, HTML 404, cp1251 HTML 200 (charset in HTTP only)."""
    russian = html("Министры обсудили мост", RU_PARAS, meta="").encode("cp1251")
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    return (
        Crawl(gzipped)
        .info()
        .request(ONE)
        .response(ONE, html("Border crossing to reopen").encode())
        .response("https://news.example/logo.png", png, "image/png")
        .response("https://news.example/gone", html("Not found").encode(), status="404 Not Found")
        .response(TWO, russian, "text/html; charset=windows-1251")
    )


@pytest.fixture(params=[False, True], ids=["plain", "gzip"])
def crawl(request) -> Crawl:
    return standard(request.param)


def test_sniffed_as_warc_gzipped_or_not(crawl):
    assert sniff(crawl.data, "crawl.warc") == "warc"


def test_only_html_200_responses_become_documents(crawl):
    found = list(read(crawl.data, "crawl.warc"))
    assert all(isinstance(d, Document) for d in found), found
    assert [d.title for d in found] == ["Border crossing to reopen", "Министры обсудили мост"]
    assert all(d.format == "html" for d in found)


def test_origin_names_the_warc_record(crawl):
    first, second = read_warc(crawl.data, "crawl.warc")
    assert first.origin == f"warc:crawl.warc#{crawl.ids[ONE]}"
    assert first.record == crawl.ids[ONE] and first.record.startswith("urn:uuid:")
    assert second.origin == f"warc:crawl.warc#{crawl.ids[TWO]}"
    assert first.url == ONE and second.url == TWO
    assert first.extra["warc_file"] == "crawl.warc"
    assert first.extra["target_uri"] == ONE
    assert first.extra["http_status"] == "200"
    assert first.extra["warc_date"]


def test_html_metadata_and_text_are_read_from_the_payload(crawl):
    first, second = read_warc(crawl.data, "crawl.warc")
    assert first.published == "2024-02-02"
    assert "Officials from the two neighbouring states met on Monday" in first.text
    assert "Home" not in first.text
    assert second.extra["encoding"] == "cp1251"  # from the HTTP Content-Type only
    assert "Министры иностранных дел двух соседних государств" in second.text


def test_what_is_not_a_document_is_counted_not_reported(crawl):
    stats: dict = {}
    found = list(read_warc(crawl.data, "crawl.warc", stats=stats))
    assert len(found) == 2
    assert stats == {
        "records": 6,
        "documents": 2,
        "skipped": {"image/png": 1, "HTTP 404": 1},
    }


def test_through_the_pipeline(crawl):
    first, second = process(crawl.data, "crawl.warc")
    assert (first.language, second.language) == ("en", "ru")
    assert first.id != second.id
    assert first.origin.startswith("warc:crawl.warc#urn:uuid:")


def test_other_records_and_payloads():
    crawl = (
        Crawl(False)
        .response("https://a.example/moved", b"", "text/html", status="301 Moved Permanently")
        .response("https://a.example/empty", b"  \n", "text/html")
        .response("https://a.example/style.css", b"body { color: red }", "text/css")
        .response("https://a.example/report.pdf", b"%PDF-1.7 ...", "application/pdf")
        .resource("https://a.example/saved", html("Saved page").encode(), "text/html")
        .response(
            "https://a.example/zipped",
            gzip.compress(html("Compressed page").encode()),
            "text/html; charset=utf-8",
            **{"Content-Encoding": "gzip"},
        )
        .response("https://a.example/untyped", html("Untyped page").encode(), "")
    )
    stats: dict = {}
    found = list(read_warc(crawl.data, "a.warc", stats=stats))
    pdf, saved, zipped, untyped = found
    assert isinstance(pdf, InputError)
    assert pdf.origin == f"warc:a.warc#{crawl.ids['https://a.example/report.pdf']}"
    assert "PDF" in pdf.reason and "not supported" in pdf.reason
    assert saved.title == "Saved page" and saved.url == "https://a.example/saved"
    assert zipped.title == "Compressed page"
    assert untyped.title == "Untyped page"
    assert stats["skipped"] == {"HTTP 301": 1, "empty": 1, "text/css": 1}


def test_a_warc_without_pages_says_so():
    crawl = Crawl(True).info().request(ONE)
    crawl.response("https://a.example/logo.png", b"\x89PNG" + bytes(20), "image/png")
    (err,) = read_warc(crawl.data, "assets.warc")
    assert isinstance(err, InputError) and err.origin == "assets.warc"
    assert "no HTML or text pages" in err.reason and "image/png" in err.reason


# --------------------------------------------------------------------------- damage


def record_ends(data: bytes) -> list[int]:
    """Where each record ends in ``data`` (in an uncompressed WARC, before its blank lines)."""
    records = ArchiveIterator(io.BytesIO(data))
    ends = []
    for _ in records:
        ends.append(records.get_record_offset() + records.get_record_length())
    return ends


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_truncated_in_the_last_page_keeps_the_first(gzipped):
    data = standard(gzipped).data
    found = list(read_warc(data[: len(data) - 150], "cut.warc"))
    assert [type(i).__name__ for i in found] == ["Document", "InputError"]
    assert found[0].title == "Border crossing to reopen"
    assert "truncated" in found[1].reason
    assert found[1].origin.startswith("warc:cut.warc#")


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_truncated_inside_a_record_header_is_reported(gzipped):
    data = standard(gzipped).data
    ends = record_ends(data)
    cut = data[: ends[4] + 44]  # 40 bytes into the header of the last record
    found = list(read_warc(cut, "cut.warc"))
    assert [type(i).__name__ for i in found] == ["Document", "InputError"]
    assert "truncated" in found[1].reason


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_truncated_inside_a_request_record_is_reported(gzipped):
    data = standard(gzipped).data
    ends = record_ends(data)
    found = list(read_warc(data[: ends[1] - 20], "cut.warc"))
    assert found and isinstance(found[-1], InputError)
    assert not any(isinstance(i, Document) for i in found)
    assert "truncated" in found[-1].reason


@pytest.mark.parametrize("gzipped", [False, True], ids=["plain", "gzip"])
def test_no_cut_loses_a_page_silently(gzipped):
    data = standard(gzipped).data
    ends = record_ends(data)
    for cut in range(1, len(data), 11):
        # a cut in the blank lines after a record or in a gzip member's trailer leaves a
        # complete, shorter WARC
        if any(end - (12 if gzipped else 0) <= cut <= end + 4 for end in ends):
            continue
        try:
            found = list(read_warc(data[:cut], "cut.warc"))
        except InputError:
            continue  # not even the first record: the whole file is refused
        pages = sum(isinstance(i, Document) for i in found)
        errors = [i for i in found if isinstance(i, InputError)]
        assert pages < 2 and errors, (cut, found)
        assert errors[-1].origin.startswith(("warc:cut.warc#", "cut.warc")), (cut, found)


def test_a_warc_cut_in_its_first_header_raises():
    data = standard(False).data
    with pytest.raises(InputError) as info:
        list(read_warc(data[:60], "cut.warc"))
    assert info.value.origin == "cut.warc"


def test_a_warc_gzipped_as_a_whole_says_how_to_fix_it():
    data = gzip.compress(standard(False).data)
    assert sniff(data, "whole.warc.gz") == "warc"
    found = list(read(data, "whole.warc.gz"))
    assert isinstance(found[-1], InputError)
    assert "gzipped as a whole" in found[-1].reason


def test_trailing_garbage_is_reported_after_the_pages():
    data = standard(False).data + b"this is not a WARC record\r\n"
    found = list(read_warc(data, "junk.warc"))
    assert [type(i).__name__ for i in found] == ["Document", "Document", "InputError"]
    assert "damaged" in found[-1].reason


def test_not_a_warc_raises():
    with pytest.raises(InputError) as info:
        list(read_warc(b"<html><body>hello</body></html>", "page.warc"))
    assert info.value.origin == "page.warc"


def test_robots_txt_is_not_a_document():
    robots = b"User-agent: *\nDisallow: /search\n"
    crawl = Crawl(True).response("https://news.example/robots.txt", robots, "text/plain")
    crawl.response(ONE, html("Border crossing to reopen").encode())
    stats: dict = {}
    (doc,) = read_warc(crawl.data, "crawl.warc", stats=stats)
    assert doc.title == "Border crossing to reopen"
    assert stats["skipped"] == {"robots.txt": 1}
