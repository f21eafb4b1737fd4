"""The text reader: plain text and browser page dumps, through the whole pipeline."""

from pathlib import Path

import pytest

from detente.errors import InputError
from detente.pipeline import process

TEXT = Path(__file__).parents[1] / "fixtures" / "text"


def read(name: str):
    [doc] = process((TEXT / name).read_bytes(), name)
    return doc


def test_public_radio_dump():
    doc = read("public_radio.txt")
    assert doc.format == "text" and doc.kind == "news" and doc.language == "en"
    assert doc.title == (
        "Leaders in Ulan-Tor and Nordhavn agree to reopen the northern border crossing"
    )
    assert doc.authors == ["Mara Lindqvist", "Tomas Ferreira"]
    assert doc.published == "2022-02-04"
    assert doc.publisher == "Harbor Public Radio"
    assert doc.extra["contributors"] == ["Ivan Petrov"]
    [caption] = doc.extra["captions"]
    assert caption.startswith("President Anneli Sorvala and Premier Dash Bataar")
    assert caption not in doc.text
    assert doc.text.startswith("ULAN-TOR — The leaders of Nordhavn")
    for chrome in ("cookies", "Play Live Radio", "0:00", "Getty", "Related stories", "Copyright"):
        assert chrome not in doc.text
    assert doc.extra["chrome_lines"] > 20


def test_wire_without_date_is_honest():
    doc = read("wire_no_date.txt")
    assert doc.published is None
    assert "no publication date stated" in doc.notes
    assert doc.authors == ["Jonas Erlund"] and doc.publisher == "Eastline Wire"
    assert doc.title == "Talks on grain corridor resume in Valmora"


def test_plain_essay_is_kept_whole():
    doc = read("essay.txt")
    raw = (TEXT / "essay.txt").read_text("utf-8").strip()
    assert doc.kind == "other" and doc.title == "On the Uses of Patience in Diplomacy"
    assert doc.text.split() == raw.split()


@pytest.mark.parametrize(
    "name,lang,title,published",
    [
        (
            "russian.txt",
            "ru",
            "Министры иностранных дел двух стран договорились о новом раунде переговоров",
            "2022-02-04",
        ),
        ("chinese.txt", "zh", "两国外长在京举行会谈 同意加强边境合作", "2022-02-04"),
    ],
)
def test_russian_and_chinese_dumps(name, lang, title, published):
    doc = read(name)
    assert (doc.language, doc.title, doc.published) == (lang, title, published)
    assert doc.authors and doc.publisher


def test_only_chrome_is_an_error_not_an_empty_document():
    [err] = process((TEXT / "all_chrome.txt").read_bytes(), "all_chrome.txt")
    assert isinstance(err, InputError)
    assert "no body text left" in err.reason


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251"])
def test_legacy_encodings(encoding):
    text = "Москва и Пекин подписали соглашение о поставках газа на тридцать лет вперёд.\n"
    [doc] = process((text * 3).encode(encoding), "x.txt")
    assert "Пекин" in doc.text and doc.language == "ru"
    assert doc.extra["encoding"]
