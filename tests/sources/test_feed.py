"""Feeds: RSS 2.0, Atom and RDF, one document per entry, an error for an entry without text."""

import pytest

from detente.document import Document
from detente.errors import InputError
from detente.pipeline import process
from detente.sources import read, sniff
from detente.sources.feed import html_to_text, read_feed
from tests.conftest import FIXTURES

FEEDS = FIXTURES / "feeds"


def items(name: str) -> list[Document | InputError]:
    data = (FEEDS / name).read_bytes()
    assert sniff(data, name) == "feed"
    return list(read(data, name))


def rss(items_xml: str, channel: str = "<title>Valley Courier</title>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel>{channel}<link>https://valley.example/</link>{items_xml}</channel></rss>"
    ).encode()


def entry(**fields: str) -> str:
    """An RSS <item>; ``dc_creator="x"`` is ``<dc:creator>x</dc:creator>``."""
    tags = {k.replace("_", ":"): v for k, v in fields.items()}
    return "<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in tags.items()) + "</item>"


def one(data: bytes) -> Document:
    (doc,) = read_feed(data, "f.xml")
    assert isinstance(doc, Document), doc
    return doc


# --------------------------------------------------------------------------- RSS 2.0


@pytest.fixture(scope="module")
def rss_items():
    return items("rss2.xml")


def test_rss_gives_one_item_per_entry_in_order(rss_items):
    assert len(rss_items) == 4
    assert [type(i).__name__ for i in rss_items] == [
        "Document",
        "Document",
        "InputError",
        "Document",
    ]
    titles = [i.title for i in rss_items if isinstance(i, Document)]
    assert titles == [
        "Rail link talks resume after winter pause",
        "Border market reopens for livestock traders",
        "Grain corridor extended for another year",
    ]
    for doc in rss_items:
        if isinstance(doc, Document):
            assert doc.format == "feed" and doc.kind == "news" and doc.origin == "rss2.xml"
            assert doc.publisher == "Steppe Courier" and doc.language == "en"


def test_rss_content_encoded_is_preferred_to_the_description(rss_items):
    doc = rss_items[0]
    assert doc.extra["text_from"] == "content"
    assert doc.text == (
        "Transport ministers from two landlocked states resumed talks on a cross-border rail "
        "link on Tuesday, three months after the negotiations were suspended for the winter.\n"
        "The ministers agreed to commission a joint survey of the mountain section, which "
        "engineers say is the most expensive part of the planned line."
    )
    assert "teaser" not in doc.text and "trackReader" not in doc.text
    assert "appeared first on" not in doc.text  # the WordPress trailer
    assert doc.extra["summary"] == "Short teaser: rail talks are back."


def test_rss_metadata_of_an_entry(rss_items):
    doc = rss_items[0]
    assert doc.authors == ["Aliya Bekova"]  # dc:creator
    assert doc.published == "2024-03-05"  # 22:30 at -05:00: its own day, not UTC's 6 March
    assert doc.extra["date_source"] == "published"
    assert doc.url == "https://steppe-courier.example/2024/03/rail-link-talks"
    assert doc.record == "steppe-courier-1001"
    assert doc.extra["tags"] == ["transport", "diplomacy"]
    assert doc.extra["feed_format"] == "rss20"
    assert doc.extra["feed_link"] == "https://steppe-courier.example/"


def test_rss_escaped_html_description_becomes_paragraphs(rss_items):
    doc = rss_items[1]
    assert doc.extra["text_from"] == "summary"
    assert doc.text == (
        "A border market closed since the autumn reopened on Monday to livestock traders from "
        "both sides.\nCustoms officers said the first day passed without queues."
    )
    assert doc.authors == ["Ruslan Karimov", "Dana Seitkali"]
    assert doc.published == "2024-03-04"


def test_rss_entry_without_text_is_an_error_not_silence(rss_items):
    err = rss_items[2]
    assert isinstance(err, InputError)
    assert err.origin == "rss2.xml#2"
    assert "only a title" in err.reason and "Photo gallery" in err.reason
    assert "https://steppe-courier.example/2024/03/gallery" in err.reason


def test_rss_staff_byline_and_missing_date(rss_items):
    doc = rss_items[3]
    assert doc.authors == []  # "Steppe Courier Staff"
    assert doc.published is None
    assert "date_source" not in doc.extra


def test_rss_through_the_pipeline():
    found = process((FEEDS / "rss2.xml").read_bytes(), "rss2.xml")
    docs = [d for d in found if isinstance(d, Document)]
    assert len(docs) == 3 and len(found) == 4
    assert all(d.language == "en" and d.id for d in docs)
    assert docs[0].published == "2024-03-05"
    assert "no publication date stated" in docs[2].notes
    assert len({d.id for d in docs}) == 3


# --------------------------------------------------------------------------- Atom


@pytest.fixture(scope="module")
def atom_items():
    return items("atom.xml")


def test_atom_gives_one_item_per_entry(atom_items):
    assert [type(i).__name__ for i in atom_items] == ["Document", "Document", "InputError"]
    first, second, _ = atom_items
    assert first.extra["feed_format"] == "atom10"
    assert first.publisher == second.publisher == "Harbour Ledger: Diplomacy"
    assert first.language == "en"  # xml:lang of the feed


def test_atom_content_title_authors_and_date(atom_items):
    doc = atom_items[0]
    assert doc.title == "Envoys sign fisheries protocol"  # the <em> of a type="html" title
    assert doc.extra["text_from"] == "content"
    assert doc.text.startswith("Envoys of two coastal states signed a protocol")
    assert doc.text.endswith("The protocol sets seasonal quotas and a joint inspection regime.")
    assert doc.text.count("\n") == 1
    assert doc.extra["summary"] == "Envoys signed a protocol on shared fishing grounds."
    assert doc.authors == ["Ingrid Solberg", "Kofi Mensah"]
    assert doc.published == "2024-04-11"  # <published>, not <updated> (2024-04-12)
    assert doc.extra["date_source"] == "published"
    assert doc.url == "https://harbour-ledger.example/diplomacy/fisheries-protocol"
    assert doc.record == "tag:harbour-ledger.example,2024:entry-77"
    assert doc.extra["tags"] == ["fisheries"]


def test_atom_updated_is_the_date_when_nothing_else_is_stated(atom_items):
    doc = atom_items[1]
    assert doc.published == "2024-04-10"
    assert doc.extra["date_source"] == "updated"
    assert doc.text.startswith("The coast guards of the two states will set up a telephone")


def test_atom_outlet_as_author_is_not_a_person(atom_items):
    assert atom_items[1].authors == []  # "Harbour Ledger", the feed "Harbour Ledger: Diplomacy"


def test_atom_entry_with_empty_content_is_an_error(atom_items):
    err = atom_items[2]
    assert isinstance(err, InputError) and err.origin == "atom.xml#2"
    assert "Weekly briefing" in err.reason


# --------------------------------------------------------------------------- RDF, encodings


def test_rdf_feed_of_a_ministry_is_statements():
    (doc,) = items("rdf.xml")
    assert doc.kind == "statement"
    assert doc.extra["feed_format"] == "rss10"
    assert doc.title == "Statement on the second round of water talks"
    assert doc.published == "2024-05-02"  # dc:date
    assert doc.authors == []  # "Press Service"
    assert doc.language == "en"


def test_cp1251_feed_is_decoded():
    (doc,) = items("rss_cp1251.xml")
    assert doc.publisher == "Восточный вестник"
    assert doc.title == "Министры обсудили транзит"
    assert doc.text.startswith("Министры иностранных дел двух соседних государств")
    assert doc.authors == ["Анна Смирнова"]  # "redaktsiya@vestnik.example (Анна Смирнова)"
    assert doc.language == "ru"
    assert doc.published == "2023-09-05"


# --------------------------------------------------------------------------- entries in detail


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("editor@valley.example (Ruslan Karimov)", ["Ruslan Karimov"]),
        ("Ruslan Karimov &lt;editor@valley.example&gt;", ["Ruslan Karimov"]),
        ("news@valley.example", []),
        ("Jane Roe", ["Jane Roe"]),
    ],
)
def test_rss_author_element_is_an_address_with_a_name(author, expected):
    data = rss(entry(title="A", author=author, description="Text of the story about the dam."))
    assert one(data).authors == expected


def test_dc_creator_with_two_people():
    data = rss(entry(title="A", dc_creator="Ann Lee, Bo Chen", description="Story text."))
    assert one(data).authors == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ("Wed, 06 Mar 2024 01:30:00 +0900", "2024-03-06"),  # 5 March in UTC
        ("Wed, 06 Mar 2024 01:30:00 GMT", "2024-03-06"),
        ("2024-03-07", "2024-03-07"),
        ("2024-03-07T23:59:00-08:00", "2024-03-07"),
        ("not a date", None),
    ],
)
def test_entry_date_in_its_own_time_zone(stated, expected):
    data = rss(entry(title="A", pubDate=stated, description="Story text."))
    assert one(data).published == expected


def test_entry_without_title_keeps_its_text():
    doc = one(rss(entry(description="Untitled story body text.")))
    assert doc.title is None and doc.text == "Untitled story body text."
    assert doc.record == "0"


def test_entry_with_neither_title_nor_text():
    items_xml = entry(title="Good", description="Body.") + "<item></item>"
    good, bad = read_feed(rss(items_xml), "f.xml")
    assert isinstance(good, Document)
    assert isinstance(bad, InputError) and bad.origin == "f.xml#1"
    assert "neither a title nor any text" in bad.reason


def test_whitespace_description_is_no_text():
    (err,) = read_feed(rss(entry(title="Only a headline", description="   ")), "f.xml")
    assert isinstance(err, InputError) and "only a title" in err.reason


def test_malformed_feed_is_read_leniently_with_a_note():
    data = rss(
        entry(title="One &amp; two", description="Body text with a bare ampersand & more.")
        + entry(title="Second", description="Second body.")
    )
    first, second = read_feed(data, "f.xml")
    assert first.text == "Body text with a bare ampersand & more."
    assert second.title == "Second"
    assert any("not well-formed" in n for n in first.notes)


def test_truncated_feed_keeps_the_complete_entries():
    data = rss(entry(title="One", description="Body one.")) + b""
    data = data.replace(b"</channel></rss>", b"<item><title>Two</title><descr")
    found = read_feed(data, "cut.xml")
    first, second = list(found)
    assert isinstance(first, Document) and first.text == "Body one."
    assert isinstance(second, InputError) and second.origin == "cut.xml#1"


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    html = (
        "<div><h2>Heading</h2><p>First <b>bold</b> line.</p><script>x()</script>"
        "<ul><li>one</li><li>two</li></ul>Second<br>line &amp; more<p>Read more</p></div>"
    )
    assert html_to_text(html) == "Heading\nFirst bold line.\none\ntwo\nSecond\nline & more"


# --------------------------------------------------------------------------- not a feed


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<!DOCTYPE html><html><body><p>Just a page.</p></body></html>", "not an RSS, Atom"),
        (b"Just some words.\nAnother line.", "not an RSS, Atom"),
        (b'<?xml version="1.0"?><catalog><book><title>A</title></book></catalog>', "not an RSS"),
        (b'{"a": 1}', "not an RSS, Atom"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>E</title></channel></rss>',
         "the feed has no entries"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_feed_raises(data, reason):
    with pytest.raises(InputError, match=reason) as info:
        list(read_feed(data, "x.xml"))
    assert info.value.origin == "x.xml"
