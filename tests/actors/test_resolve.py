"""Actor candidates and their resolution, in English, Russian and Chinese (the whole stage)."""

import pytest

from detente.document import Document
from detente.pipeline import analyze

NEWS = (
    "BEIJING — Chinese leader Xi Jinping and Russian President Vladimir Putin met in Beijing on "
    "Friday and signed a joint statement. Chinese Foreign Ministry spokesperson Hua Chunying said "
    "the friendship had no limits. The Kremlin welcomed the statement, and Beijing said NATO "
    "should stop expanding.\n"
    '"It is a marriage of convenience," said Irina Volkova, an economist at the Higher School of '
    "Economics in Moscow. Volkova added that Russian troops were massing near Ukraine. Li "
    "Wenhao, the director of a Beijing think tank, the Center for Eurasian Dialogue, "
    "disagreed. Xi said both sides would deepen ties. The Chinese leader then left. Russia's "
    "foreign minister also met Secretary of State Antony Blinken in Geneva."
)


def run(text, lang="en", date="2022-02-04"):
    doc = Document(text=text, origin="t", format="text", language=lang, published=date)
    actors = analyze([doc])
    return doc, actors


def mentions(doc):
    return {doc.text[s.start : s.end]: (s.label, s.data) for s in doc.layer("mentions")}


@pytest.fixture(scope="module")
def news():
    return run(NEWS)


def test_people_names_titles_and_roles(news):
    doc, _ = news
    m = mentions(doc)
    kind, hua = m["Hua Chunying"]  # the title is not part of the name
    assert kind == "person" and hua["actor"] == "person:hua-chunying"
    assert (hua["country"], hua["sector"], hua["role"]) == ("CHN", "GOV", "spokesperson")
    assert m["Vladimir Putin"][1]["role"] == "president"
    assert m["Xi"] == ("surname", m["Xi"][1]) and m["Xi"][1]["actor"] == "person:xi-jinping"
    assert m["Chinese leader"][0] == "role"
    assert m["Chinese leader"][1]["actor"] == "person:xi-jinping"
    assert m["Russia's foreign minister"][1]["actor"] == "person:sergei-lavrov"  # by the date
    assert m["Antony Blinken"][1]["country"] == "USA"


def test_governments_places_and_sectors(news):
    doc, _ = news
    spans = [(doc.text[s.start : s.end], s.label, s.data) for s in doc.layer("mentions")]
    beijing = [(k, d["sector"]) for t, k, d in spans if t in ("Beijing", "BEIJING")]
    # the dateline and "met in Beijing" are places; "Beijing said" is the government
    assert beijing == [("place", None), ("place", None), ("capital", "GOV")]
    m = mentions(doc)
    assert m["Kremlin"][1] | {} == m["Kremlin"][1] and m["Kremlin"][1]["sector"] == "GOV"
    assert (m["Russian"][1]["country"], m["Russian"][1]["sector"]) == ("RUS", "MIL")  # troops
    assert m["NATO"] == ("igo", m["NATO"][1]) and m["NATO"][1]["actor"] == "IGO:NATO"
    assert m["Ukraine"][0] == "place"  # "near Ukraine"


def test_discovered_people_carry_what_the_text_says(news):
    doc, actors = news
    m = mentions(doc)
    volkova = actors["person:irina-volkova"]
    assert volkova.source == "discovered"
    assert (volkova.country, volkova.sector) == ("RUS", "EDU")
    assert volkova.roles[0].title == "economist"
    assert "Higher School of Economics" in volkova.roles[0].organization
    assert m["Volkova"][1]["actor"] == "person:irina-volkova"  # surname, same person
    li = m["Li Wenhao"][1]
    assert (li["country"], li["sector"], li["role"]) == ("CHN", "NGO", "director")
    assert actors["person:li-wenhao"].roles[0].organization == "Center for Eurasian Dialogue"


def test_roles_are_date_aware():
    text = "Russian President Dmitry Medvedev met Prime Minister Vladimir Putin. The Russian president spoke first."
    doc, _ = run(text, date="2010-06-01")
    m = mentions(doc)
    assert m["Vladimir Putin"][1]["role"] == "prime minister"
    assert m["Russian president"][1]["actor"] == "person:dmitry-medvedev"
    doc, _ = run("The Russian president spoke first.", date="2022-06-01")
    assert mentions(doc)["Russian president"][1]["actor"] == "person:vladimir-putin"


def test_russian():
    doc, _ = run(
        "МОСКВА, 4 февраля — Президент России Владимир Путин встретился в Пекине с "
        "председателем КНР Си Цзиньпином. Официальный представитель МИД Китая Хуа Чуньин "
        "заявила, что «Газпром» подпишет контракт. Кремль приветствовал заявление. Путин сказал, "
        "что Москва не угрожает НАТО.",
        "ru",
    )
    m = mentions(doc)
    assert m["МОСКВА"][0] == "place" and m["Пекине"][0] == "place"
    assert m["Си Цзиньпином"][1]["actor"] == "person:xi-jinping"  # instrumental case
    assert m["Хуа Чуньин"][1]["role"] == "spokesperson"
    assert m["Путин"][1]["actor"] == "person:vladimir-putin"
    assert m["Газпром"][1]["actor"] == "org:gazprom"
    assert (m["Кремль"][0], m["Кремль"][1]["sector"]) == ("metonym", "GOV")
    assert (m["Москва"][0], m["Москва"][1]["sector"]) == ("capital", "GOV")
    assert m["НАТО"][1]["actor"] == "IGO:NATO"


def test_chinese():
    doc, _ = run(
        "新华社北京2月4日电 外交部发言人汪文斌表示，中方愿同俄方加强合作。国家主席习近平在莫斯科会见"
        "俄罗斯总统普京。克里姆林宫表示欢迎。",
        "zh",
    )
    m = mentions(doc)
    assert m["北京"][0] == "place"  # the dateline
    assert (m["汪文斌"][1]["actor"], m["汪文斌"][1]["role"]) == (
        "person:wang-wenbin",
        "spokesperson",
    )
    assert (m["中方"][1]["country"], m["中方"][1]["sector"]) == ("CHN", "GOV")
    assert m["俄方"][1]["country"] == "RUS"
    assert m["习近平"][1]["actor"] == "person:xi-jinping"
    assert m["莫斯科"][0] == "place"
    assert m["普京"][1]["actor"] == "person:vladimir-putin"
    assert m["克里姆林宫"][1]["sector"] == "GOV"


def test_unsupported_language_gets_a_note_not_a_crash():
    doc, actors = run(
        "Die Bundesregierung in Berlin hat am Dienstag neue Sanktionen beschlossen.", "de"
    )
    assert actors == {} and not doc.layer("mentions")
    assert any("actors and quotes not extracted" in n and "de" in n for n in doc.notes)


@pytest.mark.parametrize(
    "text",
    ["x", "!!!", "Путин 习近平 Putin ١٢٣ " * 50, "a" * 1_000_000, "Putin. " * 2_000],
)
def test_odd_texts_do_not_crash(text):
    for lang in ("en", "ru", "zh"):
        doc, _ = run(text, lang)
        assert all(0 <= s.start <= s.end <= len(text) for s in doc.layer("mentions"))
        assert not any("failed" in n for n in doc.notes), doc.notes


def test_places_are_not_governments():
    doc, _ = run(
        "Xi made a visit to Kyiv? No: Xi is due to leave Moscow on Wednesday after talks in the "
        "Kremlin, and Putin had invited him to Beijing. An analyst at a Moscow consultancy and a "
        "Tashkent-based expert agreed. Lawyers in Shanghai, Hong Kong and Moscow were busy."
    )
    spans = [(doc.text[s.start : s.end], s.label) for s in doc.layer("mentions")]
    for place in ("Kyiv", "Moscow", "Kremlin", "Beijing", "Tashkent"):
        kinds = {k for t, k in spans if t == place}
        assert kinds <= {"place"}, (place, kinds)


def test_subjects_of_study_are_not_nationality_and_junk_is_left_out():
    doc = Document(
        text="BEIJING (Meridian Wire) — Marta Lindqvist, a historian of Chinese foreign policy at "
        "Northgate University, said the Friendship Medal mattered. Lotte Verbeek, a China analyst "
        "at the Rhine Institute for Security Policy, disagreed, she told Meridian Wire. The Power "
        "of Siberia pipeline and the S-400 system were discussed.\nHOST: Thank you.",
        origin="t", format="text", language="en", published="2019-06-05",
        publisher="The Meridian Wire",
    )  # fmt: skip
    actors = analyze([doc])
    lindqvist = actors["person:marta-lindqvist"]
    assert (lindqvist.country, lindqvist.sector) == (None, "EDU")
    assert actors["person:lotte-verbeek"].country is None
    ids = {s.data["actor"] for s in doc.layer("mentions")}
    junk = ("medal", "siberia", "s-400", "host", "meridian")
    assert not {i for i in ids if any(j in i for j in junk)}
    acting = {s.data["actor"] for s in doc.layer("mentions") if s.label != "place"}
    assert "CHN" not in acting  # "a China analyst" is about China, not China acting


def test_own_outlet_is_not_an_actor():
    doc = Document(
        text="Xi met Putin on Friday, an official told Meridian Wire.",
        origin="t", format="text", language="en", published="2022-02-04",
        publisher="The Meridian Wire",
    )  # fmt: skip
    analyze([doc])
    assert all("meridian" not in s.data["actor"] for s in doc.layer("mentions"))


def test_titles_in_appositions_and_organisations_as_employers():
    doc, actors = run(
        "Russia's ambassador, Vitaly Churkin, argued otherwise. CNPC chairman Zhou Jiping said "
        "the price was fair. Kazakh President Kassym-Jomart Tokayev hosted the summit. "
        "Irina Markova, an energy analyst at a Moscow consultancy, was sceptical.",
        date="2014-03-27",
    )
    m = mentions(doc)
    assert m["Vitaly Churkin"][1]["country"] == "RUS"  # not another Russian ambassador
    assert m["Zhou Jiping"][1]["sector"] == "BUS"  # CNPC's chairman works in business
    assert m["Kassym-Jomart Tokayev"][0] == "person"
    markova = actors["person:irina-markova"]
    assert (markova.country, markova.sector) == ("RUS", "BUS")
