import pytest

from detente.document import Document, content_id
from detente.errors import InputError
from detente.sources import sniff
from detente.sources.decode import decode


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"<!DOCTYPE html><html><head><title>x</title></head><body><p>a</p></body></html>", "html"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', "feed"),
        (b'{"paperId": "abc", "title": "A paper"}', "scholarly"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", "warc"),
        (b"China and Russia\nListen Live\nThe two leaders met on Friday.\n", "text"),
        ('{"paperId": "abc", "title": "A paper"}'.encode("utf-16"), "scholarly"),
        ("<!DOCTYPE html><html><body><p>Пекин</p></body></html>".encode("utf-16"), "html"),
    ],
)
def test_sniff_by_content_not_name(data, fmt):
    assert sniff(data, "x.bin") == fmt


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t", "empty file"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"ab\x00\x01cd", "NUL"),
    ],
)
def test_sniff_refuses_empty_and_binary(data, reason):
    with pytest.raises(InputError, match=reason) as info:
        sniff(data, "bad.txt")
    assert info.value.origin == "bad.txt"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Президент России Владимир Путин прибыл в Пекин с государственным визитом.", "cp1251"),
        ("中国和俄罗斯在北京签署了联合声明，双方表示友谊没有止境。", "gb18030"),
        ("Les deux présidents se sont rencontrés à Pékin, à l'été.", "latin-1"),
    ],
)
def test_decode_legacy_encodings(text, encoding):
    decoded, _ = decode(text.encode(encoding), "f.txt")
    assert decoded == text


def test_decode_truncated_utf8_keeps_text():
    data = "Си Цзиньпин".encode()[:-1]
    decoded, enc = decode(data, "f.txt")
    assert enc == "utf-8" and decoded.startswith("Си Цзиньпи")


def test_content_id_is_stable_under_whitespace_and_case():
    assert content_id("Xi met Putin.\n\n", "T") == content_id("xi  met putin.", "t")
    assert content_id("Xi met Putin.", "T") != content_id("Xi met Biden.", "T")


def test_span_offsets_are_checked():
    doc = Document(text="Xi met Putin.", origin="t", format="text")
    span = doc.add_span("actors", 0, 2, "PER")
    assert span.text_of(doc) == "Xi"
    with pytest.raises(ValueError):
        doc.add_span("actors", 5, 99, "PER")
