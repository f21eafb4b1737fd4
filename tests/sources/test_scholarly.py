"""Scholarly records: Semantic Scholar, OpenAlex, Crossref, JSONL and aggregator exports."""

import json
import re

import pytest

from detente.document import Document
from detente.errors import InputError
from detente.pipeline import process
from detente.sources import read, sniff
from detente.sources.scholarly import parse_sections, read_scholarly
from tests.conftest import FIXTURES

SCHOLARLY = FIXTURES / "scholarly"
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def items(name: str) -> list[Document | InputError]:
    return list(read((SCHOLARLY / name).read_bytes(), name))


def docs(name: str) -> list[Document]:
    found = items(name)
    assert all(isinstance(i, Document) for i in found), found
    return found


def read_json(value, origin: str = "rec.json") -> list[Document | InputError]:
    data = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode()
    return list(read_scholarly(data, origin))


def only(value, origin: str = "rec.json") -> Document:
    (doc,) = read_json(value, origin)
    assert isinstance(doc, Document), doc
    return doc


@pytest.mark.parametrize("name", sorted(p.name for p in SCHOLARLY.iterdir()))
def test_every_fixture_is_sniffed_as_scholarly(name):
    data = (SCHOLARLY / name).read_bytes()
    assert sniff(data, name) == "scholarly"
    found = items(name)
    assert found and any(isinstance(i, Document) for i in found)
    for doc in found:
        if isinstance(doc, Document):
            assert doc.kind == "scholarly" and doc.format == "scholarly"
            assert doc.text.startswith(doc.title or doc.abstract)


# --------------------------------------------------------------------------- Semantic Scholar


def test_semantic_scholar_paper():
    (doc,) = docs("s2_paper.json")
    assert doc.title == "Hedging Without Alliance: Sino-Russian Energy Bargaining After 2014"
    assert doc.authors == ["Anna Petrova", "Li Wei"]
    assert doc.published == "2021-03-15"
    assert doc.doi == "10.5555/detente.2021.0007"
    assert doc.publisher == "Fictional Academic Press"
    assert doc.url.startswith("https://www.semanticscholar.org/paper/")
    assert doc.venue.to_dict() == {
        "name": "Journal of Imaginary Eurasian Studies",
        "volume": "14",
        "issue": None,
        "pages": "101-128",  # "\n   101 - 128\n  " in the record
        "issn": "1234-5679",
    }
    assert doc.record is None  # a single record, not an item of a list
    assert doc.extra["source_schema"] == "semantic_scholar"
    assert doc.extra["citation_count"] == 42
    assert doc.extra["fields_of_study"] == ["Political Science", "Economics"]
    assert doc.extra["tldr"] == "Energy talks show hedging, not alignment."
    assert [a["s2_author_id"] for a in doc.extra["author_details"]] == ["5001", "5002"]


def test_semantic_scholar_body_is_title_then_abstract_paragraphs():
    (doc,) = docs("s2_paper.json")
    assert doc.abstract == (
        "This invented study follows twelve rounds of gas price talks between Beijing and Moscow."
        "\n\nWe argue that both sides hedged rather than aligned, keeping options open with third "
        "parties."
    )
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"


def test_semantic_scholar_search_envelope_gives_one_document_per_record():
    first, second = docs("s2_search.json")
    assert (first.record, second.record) == ("0", "1")
    assert first.title == "Border Demarcation and Trust on the Amur"
    assert first.doi == "10.5555/fpr.2019.3"  # was "https://doi.org/10.5555/FPR.2019.3"
    assert first.published == "2019"  # publicationDate null: the year, nothing invented
    assert first.authors == ["Sergei Volkov"]
    assert first.venue.name == "Frontier Politics Review" and first.venue.volume == "3"
    assert second.title == "Arms Sales as Signals"
    assert second.abstract is None and second.text == "Arms Sales as Signals"
    assert second.published == "2020" and second.authors == [] and second.doi is None
    assert second.venue is None


def test_semantic_scholar_impossible_day_keeps_the_month():
    doc = only({"paperId": "p", "title": "T", "publicationDate": "2020-02-30", "year": 2020})
    assert doc.published == "2020-02"


# --------------------------------------------------------------------------- OpenAlex


def test_openalex_work():
    (doc,) = docs("openalex_work.json")
    assert doc.title == "Joint Naval Exercises and Alliance Signals in East Asia"
    assert doc.authors == ["Mikhail Orlov", "Zhang Min"]
    assert doc.published == "2022-09-01"
    assert doc.doi == "10.5555/oa.2022.11"
    assert doc.language == "en"
    assert doc.publisher == "Nonexistent University Press"
    assert doc.url == "https://example.org/articles/oa-2022-11"
    assert doc.venue.to_dict() == {
        "name": "Made-Up Security Quarterly",
        "volume": "8",
        "issue": "2",
        "pages": "45-67",
        "issn": "2345-6789",
    }
    assert doc.extra["openalex_id"] == "W4000000001"
    assert doc.extra["citation_count"] == 17
    assert doc.extra["topics"] == ["Maritime security"]
    assert doc.extra["keywords"] == ["naval diplomacy"]
    first, second = doc.extra["author_details"]
    assert first["orcid"] == "0000-0002-0000-0001"
    assert first["institutions"] == [
        {"name": "Imaginary Institute of Oriental Studies", "country_code": "RU"}
    ]
    assert "orcid" not in second and len(second["institutions"]) == 2


def test_openalex_abstract_is_rebuilt_in_word_order():
    (doc,) = docs("openalex_work.json")
    # the index starts with the heading word "Abstract", which is dropped
    assert doc.abstract == "Joint drills at sea are read here as signals to third parties."
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"


def test_openalex_abstract_with_repeated_words():
    index = {"the": [0, 4], "cat": [1], "saw": [2, 7], "AND": [3], "dog": [5], "and": [6]}
    index["it."] = [8]
    doc = only({"id": "https://openalex.org/W1", "title": "T", "abstract_inverted_index": index})
    assert doc.abstract == "the cat saw AND the dog and saw it."


def test_openalex_list_envelope():
    first, second = docs("openalex_list.json")
    assert (first.record, second.record) == ("0", "1")
    assert first.title == "Central Asia Between Two Partners"
    assert first.authors == ["Olga Smirnova"]
    assert first.language == "ru"
    assert first.venue.pages == "9" and first.venue.name is None
    assert first.doi is None and first.abstract is None
    assert second.title == "Currency Swaps and Sanctions"
    assert second.abstract == "Swap lines grew after 2022."
    assert second.published == "2023"


def test_openalex_first_of_january_filler_is_read_as_the_year():
    first, _ = docs("openalex_list.json")
    assert first.published == "2018"  # "2018-01-01" with publication_year 2018
    assert first.extra["openalex_publication_date"] == "2018-01-01"
    assert any("2018-01-01" in n for n in first.notes)
    real = only(
        {"id": "W2", "title": "T", "publication_year": 2018, "publication_date": "2018-03-01"}
    )
    assert real.published == "2018-03-01"


def test_openalex_authorships_that_are_not_a_list_are_noted_not_guessed():
    _, second = docs("openalex_list.json")
    assert second.authors == []
    assert "authorships is not a list; authors ignored" in second.notes


# --------------------------------------------------------------------------- Crossref


def test_crossref_work_envelope():
    (doc,) = docs("crossref_work.json")
    assert doc.record is None
    assert doc.title == "The Limits of Strategic Partnership: China, Russia and the Arctic Question"
    assert doc.extra["subtitle"] == "China, Russia and the Arctic Question"  # <i> dropped
    assert doc.authors == ["Elena Kuznetsova", "Chen Hao"]  # the working group is not a person
    assert doc.extra["group_authors"] == ["Arctic Futures Working Group"]
    assert doc.published == "2020-04-30"
    assert doc.doi == "10.5555/cr.2020.42"
    assert doc.url == "https://doi.org/10.5555/cr.2020.42"
    assert doc.publisher == "Pretend Publishing House"
    assert doc.language == "en"
    assert doc.venue.to_dict() == {
        "name": "Review of Pretend Polar Affairs",
        "volume": "7",
        "issue": "1",
        "pages": "1-22",
        "issn": "4567-8901",
    }
    assert doc.extra["citation_count"] == 9
    assert doc.extra["author_details"][0]["orcid"] == "0000-0001-2345-678X"


def test_crossref_jats_abstract_is_plain_text():
    (doc,) = docs("crossref_work.json")
    assert doc.abstract == (
        "We ask whether shared interests in the Arctic make the partnership deeper or only "
        "louder.\n\nInterviews we made up for this fixture suggest caution on both sides & slow "
        "progress overall."
    )
    assert "<" not in doc.text and "jats" not in doc.text and "&amp;" not in doc.text
    assert "\u00a0" not in doc.text
    assert not doc.abstract.startswith("Abstract")


def test_crossref_jats_sections_and_inline_markup():
    abstract = (
        "<jats:sec><jats:title>Background</jats:title><jats:p>Talks &lt;stalled&gt; in "
        "<jats:italic>May</jats:italic><jats:sup>1</jats:sup>.</jats:p></jats:sec>"
        "<jats:sec><jats:title>Results</jats:title><jats:p>They resumed.</jats:p></jats:sec>"
    )
    doc = only({"DOI": "10.5555/X", "title": ["T"], "abstract": abstract})
    assert doc.abstract == "Background\n\nTalks <stalled> in May1.\n\nResults\n\nThey resumed."


def test_crossref_bare_message():
    (doc,) = docs("crossref_message.json")
    assert doc.title == "Grain Trade and the Northern Corridor"
    assert doc.abstract == "A small invented study of grain shipments across the border."
    assert doc.published == "2019-11-02"
    assert doc.venue.name == "Fictive Agricultural Geopolitics"
    assert doc.venue.volume == "12"  # a number in the record
    assert doc.doi == "10.5555/cr.2019.77"
    assert doc.publisher == "Nowhere Press"


def test_crossref_list_with_a_record_that_has_nothing_to_read():
    first, second, bad = items("crossref_list.json")
    assert first.published == "2023"  # [[2023]]
    assert second.published == "2023-05"  # [[2023, 5]]
    assert second.venue.pages == "33-40"  # "33–40"
    assert second.venue.name is None  # "container-title": []
    assert isinstance(bad, InputError)
    assert bad.origin == "crossref_list.json#2"
    assert "neither a title nor an abstract" in bad.reason


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([[2021]], "2021"),
        ([[2021, 3]], "2021-03"),
        ([[2021, 3, 9]], "2021-03-09"),
        ([[2021, 13, 5]], "2021"),
        ([[2021, 2, 30]], "2021-02"),
        ([["2021", "7"]], "2021-07"),
        ([[None]], None),
    ],
)
def test_crossref_date_precision(parts, expected):
    doc = only({"DOI": "10.5555/d", "title": ["T"], "issued": {"date-parts": parts}})
    assert doc.published == expected


@pytest.mark.parametrize(
    "value",
    [
        "10.5555/ABC.Def-1",
        "https://doi.org/10.5555/ABC.Def-1",
        "http://dx.doi.org/10.5555/abc.def-1",
        "doi:10.5555/ABC.DEF-1",
        "DOI: 10.5555/abc.Def-1",
    ],
)
def test_doi_is_bare_and_lower_case(value):
    assert only({"DOI": value, "title": ["T"]}).doi == "10.5555/abc.def-1"
    assert only({"paperId": "p", "title": "T", "externalIds": {"DOI": value}}).doi == (
        "10.5555/abc.def-1"
    )
    assert only({"id": "W1", "title": "T", "doi": value}).doi == "10.5555/abc.def-1"


def test_something_that_is_not_a_doi_is_not_kept():
    assert only({"DOI": "not a doi", "title": ["T"]}).doi is None


# --------------------------------------------------------------------------- JSONL


def test_jsonl_keeps_the_good_lines_and_reports_the_bad_ones():
    found = items("mixed.jsonl")
    assert len(found) == 5  # five non-blank lines: nothing dropped silently
    kinds = [type(i).__name__ for i in found]
    assert kinds == ["Document", "Document", "InputError", "Document", "InputError"]
    one, two, cut, five, news = found
    assert (one.record, two.record, five.record) == ("0", "1", "4")
    assert one.extra["source_schema"] == "semantic_scholar"
    assert two.extra["source_schema"] == "openalex" and two.abstract == "Pipelines matter."
    assert five.extra["source_schema"] == "crossref" and five.published == "2017-02"
    assert cut.origin == "mixed.jsonl#2"
    assert "malformed JSON at line 3" in cut.reason
    assert news.origin == "mixed.jsonl#5"
    assert "not a scholarly record" in news.reason and "headline" in news.reason


def test_jsonl_line_holding_a_list():
    data = '{"paperId": "a", "title": "A"}\n[{"paperId": "b", "title": "B"}, {"DOI": "10.1/c", "title": ["C"]}]\n'
    found = list(read_scholarly(data.encode(), "f.jsonl"))
    assert [(d.record, d.title) for d in found] == [("0", "A"), ("1.0", "B"), ("1.1", "C")]


def test_jsonl_through_the_pipeline():
    found = process((SCHOLARLY / "mixed.jsonl").read_bytes(), "mixed.jsonl")
    assert len([d for d in found if isinstance(d, Document)]) == 3
    assert [e.origin for e in found if isinstance(e, InputError)] == [
        "mixed.jsonl#2",
        "mixed.jsonl#5",
    ]


# --------------------------------------------------------------------------- aggregator exports


def test_aggregator_export_with_a_semantic_scholar_record():
    (doc,) = docs("aggregator_s2.txt")
    assert doc.extra["source_schema"] == "aggregator"
    assert doc.extra["record_schema"] == "semantic_scholar"
    assert doc.title == "Vaccine Diplomacy and Its Echoes: China and Russia in Central Asia"
    assert doc.authors == ["Aigerim Nurlanova", "Wang Fang"]
    assert doc.published == "2022-07"
    assert doc.doi == "10.5555/agg.2022.5"
    assert doc.venue.name == "Invented Journal of Health Politics"
    assert doc.venue.pages == "200-219"
    assert doc.extra["citation_count"] == 12  # null in the record, 12 in the sections
    assert doc.extra["keywords"] == ["疫苗外交", "中亚", "中俄关系"]


def test_aggregator_abstract_is_kept_once_and_nothing_else_enters_the_body():
    (doc,) = docs("aggregator_s2.txt")
    assert doc.text.count("offers were timed to summits") == 1
    assert doc.text.count(doc.title) == 1
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"
    assert not CJK.search(doc.text)
    for leak in ("影响因子", "JCR", "Q2", "2.1", "引用次数", "12", "four times a year"):
        assert leak not in doc.text, leak


def test_aggregator_translations_and_journal_go_to_extra():
    (doc,) = docs("aggregator_s2.txt")
    zh = doc.extra["translations"]["zh"]
    assert zh["title"] == "疫苗外交及其回响：中俄在中亚"
    assert zh["abstract"].startswith("本文为虚构的研究")
    assert "\n" not in zh["abstract"] and " " not in zh["abstract"]  # CJK lines joined
    journal = doc.extra["journal"]
    assert journal["impact_factor"] == 2.1
    assert journal["jcr_quartile"] == "Q2"
    assert journal["description"].startswith("The Invented Journal of Health Politics publishes")
    assert journal["description"].endswith("It appears four times a year.")


def test_aggregator_export_with_its_own_record_shape():
    (doc,) = docs("aggregator_custom.txt")
    assert doc.extra["record_schema"] == "custom"
    assert doc.title == "Sanctions, Yuan Settlement and Trust"
    assert doc.authors == ["Dmitri Ivanov", "Zhao Lei"]
    assert doc.published == "2024"
    assert doc.doi == "10.5555/agg.2024.9"  # "DOI: 10.5555/AGG.2024.9"
    assert doc.venue.to_dict() == {
        "name": "Pseudo Review of Finance and Statecraft",
        "volume": "3",
        "issue": "4",
        "pages": "77-95",
        "issn": None,
    }
    assert doc.abstract == (
        "An invented paper on how payments between the two countries moved to the yuan after "
        "2022. It argues that trust grew slowly and unevenly."
    )
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"
    assert not CJK.search(doc.text)
    assert doc.extra["citation_count"] == 3  # label on one line, number on the next
    assert doc.extra["journal"] == {
        "description": "A journal that exists only in this test fixture, covering money and power.",
        "impact_factor": 0.9,
        "jcr_quartile": "Q4",
        "cas_zone": "3区",
    }
    assert doc.extra["translations"]["zh"]["title"] == "制裁、人民币结算与信任"
    assert doc.extra["sections"] == {"收录情况": "SSCI"}
    assert doc.extra["keywords"] == ["制裁", "人民币", "信任"]


def test_aggregator_export_with_an_openalex_record_and_inline_labels():
    (doc,) = docs("aggregator_openalex.txt")
    assert doc.extra["record_schema"] == "openalex"
    assert doc.title == "Energy Corridors as Commitments"
    assert doc.abstract == (
        "Pipelines are read here as commitments that outlast the governments that sign them."
        "\n\nA second paragraph of this invented abstract compares three corridors."
    )
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"
    assert doc.published == "2020-10-12"
    assert doc.doi == "10.5555/oa.agg.7"
    assert doc.venue.issn == "1111-2222" and doc.venue.pages == "310-331"
    assert doc.extra["citation_count"] == 1024  # "1,024"
    assert doc.extra["journal"]["impact_factor"] == 3.25
    assert doc.extra["journal"]["jcr_quartile"] == "Q1"
    assert doc.extra["journal"]["cas_zone"] == "2区"
    assert doc.extra["translations"]["zh"]["abstract"].startswith("本文将管道")
    assert not CJK.search(doc.text) and "3.25" not in doc.text


def test_aggregator_with_bracketed_headings():
    (doc,) = docs("aggregator_brackets.txt")
    assert doc.extra["record_schema"] == "custom"
    assert doc.title == "Ice Roads and Credit Lines"
    assert doc.authors == ["Marta Lind", "Qiao Feng"]
    assert doc.doi == "10.5555/agg.2023.12"
    assert doc.text == f"{doc.title}\n\n{doc.abstract}"
    assert doc.text.count("winter roads") == 1
    assert not CJK.search(doc.text)
    for leak in ("1.7", "2.2", "Q3", "ESCI", "made up for"):
        assert leak not in doc.text, leak
    zh = doc.extra["translations"]["zh"]
    # a full-width colon in the title under its own heading does not start a section
    assert zh["title"] == "冰上的道路：北方冬季道路与“冰上丝绸之路”的信贷"
    # wrapped CJK lines are joined without a space, also before “ and 《
    assert zh["abstract"] == (
        "本文为虚构的研究，讨论北方冬季道路贷款（2019年首笔发放）和“冰上丝绸之路”倡议之间的关系，"
        "并比较《北极政策》白皮书的表述。"
    )
    # 【五年影响因子】 is a section of its own, not a second line of JCR分区
    assert doc.extra["journal"] == {
        "description": "Invented Review of Polar Finance is a journal made up for detente's tests.",
        "impact_factor": 1.7,  # "1.7（2022年）"
        "jcr_quartile": "Q3",
        "five_year_impact_factor": 2.2,
    }
    assert doc.extra["sections"] == {"收录情况": "ESCI"}  # an unknown bracketed heading
    assert doc.extra["keywords"] == ["冰上丝绸之路", "信贷"]


@pytest.mark.parametrize(
    ("rendered", "expected"),
    [
        # under a heading still waiting for its value, "name：value" is that value
        ("【中文标题】\n北极上的资本：从亚马尔到“北极2号”", [("zh_title", "北极上的资本：从亚马尔到“北极2号”")]),
        ("中文标题\n\n资本：投资\n引用次数：3", [("zh_title", "资本：投资"), ("citations", "3")]),
        ("【期刊介绍】\nNote: invented.", [("journal_description", "Note: invented.")]),
        # ... but a known label still starts a section there
        ("【中文标题】\n引用次数：3", [("zh_title", ""), ("citations", "3")]),
        # once the heading has its value, an unknown label starts a section as before
        ("JCR分区：Q2\n收录情况：SSCI", [("jcr_quartile", "Q2"), ("收录情况", "SSCI")]),
        ("【JCR分区】\nQ2\n\n【五年影响因子】\n2.9", [("jcr_quartile", "Q2"), ("five_year_impact_factor", "2.9")]),
        ("【JCR分区】\nQ2\n【收录年份】\n2019", [("jcr_quartile", "Q2"), ("收录年份", "2019")]),
        # a bracketed heading alone on its line is a heading even under an empty one
        ("【备注】\n\n【收录情况】\nSSCI", [("备注", ""), ("收录情况", "SSCI")]),
        ("〖影响因子〗2.4（2023年）", [("impact_factor", "2.4（2023年）")]),
        # in prose, a bracketed heading ends the section only after a blank line ...
        ("【期刊介绍】\nA journal.\n\n【收录情况】\nSSCI", [("journal_description", "A journal."), ("收录情况", "SSCI")]),
        # ... so the parts of a structured Chinese abstract stay in the abstract
        ("【摘要】\n【目的】探讨。\n【方法】访谈。", [("zh_abstract", "【目的】探讨。【方法】访谈。")]),
        ("摘要\n【目的】\n探讨。", [("zh_abstract", "【目的】探讨。")]),
        # sentence punctuation: not a label
        ("JCR分区：Q2\n据报道，双方：同意", [("jcr_quartile", "Q2据报道，双方：同意")]),
    ],
)  # fmt: skip
def test_parse_sections_labels(rendered, expected):
    assert parse_sections(rendered) == expected


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        ("项目（2017年12月首船出口）和\n“北极液化天然气2号”项目", "项目（2017年12月首船出口）和“北极液化天然气2号”项目"),
        ("持有“北极2号”\n百分之十", "持有“北极2号”百分之十"),
        ("比较\n《北极政策》、\n「白皮书」", "比较《北极政策》、「白皮书」"),
        ("2017\n年12月", "2017年12月"),  # one side CJK is enough
        ("Yamal LNG\n项目", "Yamal LNG项目"),
        ("they called it a\n“new era” of\nties", "they called it a “new era” of ties"),
        ("the “new era”\nrather than", "the “new era” rather than"),
    ],
)  # fmt: skip
def test_wrapped_lines_join_without_a_space_at_cjk(lines, joined):
    assert parse_sections(f"Abstract\n{lines}") == [("abstract", joined)]


def test_aggregator_through_the_pipeline():
    (doc,) = process((SCHOLARLY / "aggregator_s2.txt").read_bytes(), "agg.txt")
    assert doc.language == "en"
    assert doc.authors == ["Aigerim Nurlanova", "Wang Fang"]
    assert doc.published == "2022-07"


# --------------------------------------------------------------------------- bad input


def test_malformed_json_names_line_and_column():
    data = b'{"paperId": "x",\n "title": "A" "abstract": "b"}'
    with pytest.raises(InputError) as info:
        list(read(data, "bad.json"))
    assert info.value.origin == "bad.json"
    assert "malformed JSON at line 2 column 15" in info.value.reason
    assert "truncated" not in info.value.reason


@pytest.mark.parametrize(
    "data",
    [b'{"paperId": "x",\n "title": "A paper about', b'[{"paperId": "x", "title": "A"},\n {"p'],
)
def test_truncated_json_says_so(data):
    with pytest.raises(InputError, match=r"line 2 column \d+.*truncated"):
        list(read(data, "cut.json"))


def test_trailing_comma_is_not_called_a_truncation():
    with pytest.raises(InputError) as info:
        list(read(b'[{"paperId": "x", "title": "A"},\n]', "comma.json"))
    assert "line 2 column 1" in info.value.reason
    assert "truncated" not in info.value.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"[]", "no records"),
        (b'{"total": 0, "offset": 0, "data": []}', "no records"),
        (b'{"headline": "x", "body": "y"}', "keys headline, body"),
        (b'[{"headline": "x"}, {"foo": 1}]', "in the first record"),
    ],
)
def test_json_without_scholarly_records_is_refused(data, reason):
    with pytest.raises(InputError, match=reason):
        list(read(data, "x.json"))


def test_list_with_bad_items_reports_each_by_position():
    value = [{"headline": "x"}, {"paperId": "p", "title": "Good"}, 5, {"DOI": "10.1/x"}]
    first, good, number, empty = read_json(value, "l.json")
    assert isinstance(first, InputError) and first.origin == "l.json#0"
    assert isinstance(good, Document) and good.record == "1" and good.title == "Good"
    assert isinstance(number, InputError) and number.origin == "l.json#2"
    assert "JSON int" in number.reason
    assert isinstance(empty, InputError) and empty.origin == "l.json#3"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_json_with_a_byte_order_mark(encoding):
    data = '{"paperId": "a", "title": "Россия и Китай: 中俄关系"}'.encode(encoding)
    assert only(data).title == "Россия и Китай: 中俄关系"
