import importlib.util
import os
import sys
from pathlib import Path

import pytest

from detente.actors.registry import KINDS, Actor, Registry, Role, data_dir, normalize
from detente.errors import ConfigError

HERE = Path(__file__).parent
SAMPLE = HERE / "sample_actors.toml"
REPO = HERE.parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
CURATED = data_dir() / "curated.toml"

needs_curated = pytest.mark.skipif(
    not CURATED.exists(),
    reason="src/detente/data/actors/curated.toml is not written yet: titles such as 'president' "
    "and Russian/Chinese names come from it",
)


@pytest.fixture(scope="module")
def reg():
    return Registry.load()


# -- normalization and dates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("U.S.", "US"),
        ("Xi-Jinping", "xi jinping"),
        ("  Xi   Jinping ", "Xi Jinping"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("Королёв", "королев"),
        ("弗拉基米尔·普京", "弗拉基米尔普京"),
        ("ＮＡＴＯ", "nato"),
    ],
)
def test_normalize(a, b):
    assert normalize(a) == normalize(b)


def test_role_dates_accept_prefixes_and_open_ends():
    role = Role("president", None, "RUS", "GOV", "2012-05-07", None)
    assert role.active("2022-02-04")
    assert role.active("2012")  # a year overlapping the role
    assert not role.active("2011-12-31")
    assert role.active(None)  # no date: held now
    ended = Role("prime minister", None, "RUS", "GOV", "2008-05-08", "2012-05-07")
    assert ended.active("2012-05") and not ended.active("2012-06") and not ended.active(None)


def test_role_at_prefers_the_latest_start():
    actor = Actor(
        id="person:x",
        name="X",
        type="person",
        country="RUS",
        sector="ELI",
        aliases={},
        roles=[
            Role("elite", None, "RUS", "ELI"),  # undated: always
            Role("governor", None, "RUS", "GOV", "2001", "2005"),
            Role("minister", None, "RUS", "GOV", "2004-06", None),
        ],
    )
    assert actor.role_at("2003-01-01").title == "governor"
    assert actor.role_at("2004-07-01").title == "minister"
    assert actor.role_at("1990").title == "elite"
    assert actor.country_sector_at("1990") == ("RUS", "ELI")


# -- shipped data ------------------------------------------------------------------------------


def test_shipped_files_name_their_sources():
    for name in (
        "countries.tsv",
        "country_terms.tsv",
        "agents.tsv",
        "people.jsonl",
        "organizations.jsonl",
    ):
        head = (data_dir() / name).read_text(encoding="utf-8").splitlines()[:3]
        assert head[0].startswith("# detente actor registry"), name
        assert any("source:" in line for line in head), name


def test_country_terms(reg):
    assert reg.country_term("Kremlin") == ("RUS", "metonym", "GOV")
    assert reg.country_term("the Kremlin") == ("RUS", "metonym", "GOV")
    assert reg.country_term("Pentagon") == ("USA", "metonym", "MIL")
    assert reg.country_term("Chinese") == ("CHN", "adjective", None)
    assert reg.country_term("Russians") == ("RUS", "people", None)
    assert reg.country_term("российский", "ru") == ("RUS", "adjective", None)
    assert reg.country_term("Россия", "ru") == ("RUS", "name", None)
    assert reg.country_term("中国", "zh") == ("CHN", "name", None)
    assert reg.country_term("中方", "zh") == ("CHN", "side", "GOV")
    assert reg.country_term("Beijing") == ("CHN", "capital", None)
    assert reg.country_term("Москва", "ru") == ("RUS", "capital", None)
    assert reg.country_term("莫斯科", "zh") == ("RUS", "capital", None)
    assert reg.country_term("Нью-Дели", "ru") == ("IND", "capital", None)
    assert reg.country_term("Georgia") == ("GEO", "name", None)


def test_country_terms_keep_words_out(reg):
    assert reg.country_term("US") == ("USA", "name", None)
    assert reg.country_term("U.S.") == ("USA", "name", None)
    assert reg.country_term("us") is None  # the pronoun
    assert reg.country_term("China", "ru") is None  # languages are separate
    assert reg.country_term("Congo") is None  # two countries
    assert reg.country_name("CHN") == "China"
    assert reg.country_name("USA") == "United States"
    assert reg.country_name("XXX") is None


def test_city_terms(reg):
    assert reg.country_term("Kazan") == ("RUS", "city", None)
    assert reg.country_term("Казань", "ru") == ("RUS", "city", None)
    assert reg.country_term("喀山", "zh") == ("RUS", "city", None)
    assert reg.country_term("Geneva") == ("CHE", "city", None)
    assert reg.country_term("日内瓦", "zh") == ("CHE", "city", None)
    assert reg.country_term("St. Petersburg") == ("RUS", "city", None)
    assert reg.country_term("Saint Petersburg") == ("RUS", "city", None)
    assert reg.country_term("Санкт-Петербург", "ru") == ("RUS", "city", None)
    assert reg.country_term("Odesa") == reg.country_term("Odessa") == ("UKR", "city", None)
    assert reg.country_term("Шанхай", "ru") == ("CHN", "city", None)
    assert reg.country_term("Хэйхэ", "ru") == ("CHN", "city", None)
    assert reg.country_term("布拉戈维申斯克", "zh") == ("RUS", "city", None)
    assert reg.country_term("The Hague") == ("NLD", "city", None)
    # disputed places: the country ISO 3166 puts them in
    assert reg.country_term("Sevastopol") == ("UKR", "city", None)
    assert reg.country_term("Donetsk") == ("UKR", "city", None)
    assert reg.country_term("Gaza") == ("PSE", "city", None)
    # territories and capitals keep their kinds
    assert reg.country_term("Hong Kong") == ("HKG", "name", None)
    assert reg.country_term("Beijing") == ("CHN", "capital", None)
    assert ("Kazan", "city") in set(reg.terms("en"))


def test_city_terms_keep_words_and_people_out(reg):
    assert reg.country_term("газа", "ru") is None  # "of gas", not Gaza
    assert reg.country_term("порту", "ru") is None  # "in the port", not Porto
    assert reg.country_term("Kobe") is None  # a person's name in English
    assert reg.country_term("Nice") is None
    assert reg.country_term("Brest") is None  # France or Belarus


def test_cities_never_outrank_other_kinds(tmp_path):
    assert KINDS.index("capital") < KINDS.index("city") < KINDS.index("metonym")
    for name in os.listdir(data_dir()):
        if name not in ("country_terms.tsv", "curated.toml"):
            (tmp_path / name).symlink_to(data_dir() / name)
    (tmp_path / "country_terms.tsv").write_text(
        "# test\nSpringfield\ten\tXXA\tcity\t\nSpringfield\ten\tXXB\tcapital\t\n"
        "Shelbyville\ten\tXXC\tmetonym\tGOV\nShelbyville\ten\tXXD\tcity\t\n",
        encoding="utf-8",
    )
    reg = Registry(directory=tmp_path)
    assert reg.country_term("Springfield") == ("XXB", "capital", None)
    assert reg.country_term("Shelbyville") == ("XXD", "city", None)


def test_demonyms_of_every_country(reg):
    assert reg.country_term("Moroccan") == ("MAR", "adjective", None)
    assert reg.country_term("Moroccans") == ("MAR", "people", None)
    assert reg.country_term("Ivorian") == ("CIV", "adjective", None)
    assert reg.country_term("Mozambicans") == ("MOZ", "people", None)
    assert reg.country_term("Nigerien") == ("NER", "adjective", None)  # not Nigerian
    assert reg.country_term("Nigerian") == ("NGA", "adjective", None)
    assert reg.country_term("Jamaican") == ("JAM", "adjective", None)
    assert reg.country_term("Dominican") == ("DOM", "adjective", None)
    assert reg.country_term("марокканский", "ru") == ("MAR", "adjective", None)
    assert reg.country_term("нигерийский", "ru") == ("NGA", "adjective", None)
    assert reg.country_term("Central African") is None  # also the region
    # every country and territory has one, except those left out on purpose
    spec = importlib.util.spec_from_file_location(
        "build_registry_tables", REPO / "scripts" / "build_registry.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_registry_tables"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    rows = [
        line.rstrip("\n").split("\t")
        for line in (data_dir() / "country_terms.tsv").read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert module.missing_demonyms(rows, reg.countries)["en"] == []


def test_ethnic_and_national_groups(reg):
    assert reg.country_term("Serbs") == ("SRB", "people", None)
    assert reg.country_term("Serb") == ("SRB", "adjective", None)
    assert reg.country_term("Croats") == ("HRV", "people", None)
    assert reg.country_term("Bosniak") == ("BIH", "adjective", None)
    assert reg.country_term("Bosnian Serbs") == ("BIH", "people", None)
    assert reg.country_term("Kosovars") == ("XKX", "people", None)
    assert reg.country_term("Uighur") == reg.country_term("Uyghur") == ("CHN", "adjective", None)
    assert reg.country_term("Tibetans") == ("CHN", "people", None)
    assert reg.country_term("чеченец", "ru") == ("RUS", "people", None)
    assert reg.country_term("维吾尔族", "zh") == ("CHN", "people", None)
    assert reg.country_term("Yoruba") == ("NGA", "adjective", None)
    for spread in ("Kurd", "Kurds", "Kurdish", "Pashtun", "Tamil", "Tatar", "Hutu", "Hausa"):
        assert reg.country_term(spread) is None, spread


def test_regions_are_places(reg):
    assert reg.country_term("Crimea") == ("UKR", "city", None)
    assert reg.country_term("Крым", "ru") == ("UKR", "city", None)
    assert reg.country_term("克里米亚", "zh") == ("UKR", "city", None)
    assert reg.country_term("Donbas") == reg.country_term("Donbass") == ("UKR", "city", None)
    assert reg.country_term("Kherson region") == ("UKR", "city", None)
    assert reg.country_term("Kursk region") == ("RUS", "city", None)
    assert reg.country_term("Курская область", "ru") == ("RUS", "city", None)
    assert reg.country_term("Приморье", "ru") == ("RUS", "city", None)
    assert reg.country_term("Xinjiang") == ("CHN", "city", None)
    assert reg.country_term("西藏", "zh") == ("CHN", "city", None)
    assert reg.country_term("Transnistria") == ("MDA", "city", None)
    assert reg.country_term("South Ossetia") == ("GEO", "city", None)
    assert reg.country_term("West Bank") == ("PSE", "city", None)
    assert reg.country_term("Gaza Strip") == ("PSE", "city", None)
    assert reg.country_term("Texas") == ("USA", "city", None)
    assert reg.country_term("加州", "zh") == ("USA", "city", None)
    assert reg.country_term("Scotland") == ("GBR", "city", None)
    # disputed between states, or a word for something else
    for term in ("Kashmir", "Golan Heights", "Kurdistan", "Virginia"):
        assert reg.country_term(term) is None, term
    assert reg.country_term("Georgia") == ("GEO", "name", None)
    assert reg.country_term("Washington") == ("USA", "capital", None)
    assert reg.country_term("远东", "zh") is None
    assert ("Crimea", "city") in set(reg.terms("en"))


def test_official_long_forms(reg):
    assert reg.country_term("俄罗斯联邦", "zh") == ("RUS", "name", None)
    assert reg.country_term("中华人民共和国", "zh") == ("CHN", "name", None)
    assert reg.country_term("美利坚合众国", "zh") == ("USA", "name", None)
    assert reg.country_term("伊朗伊斯兰共和国", "zh") == ("IRN", "name", None)
    assert reg.country_term("Российская Федерация", "ru") == ("RUS", "name", None)
    assert reg.country_term("Китайская Народная Республика", "ru") == ("CHN", "name", None)
    assert reg.country_term("Исламский Эмират Афганистан", "ru") == ("AFG", "name", None)
    terms = (data_dir() / "country_terms.tsv").read_text(encoding="utf-8")
    assert "\u0301" not in terms  # no Russian stress marks


def test_role_words_keep_distinct_offices(reg):
    assert reg.agent("foreign secretary") == ("GOV", "foreign secretary")
    assert reg.agent("外交大臣", "zh") == ("GOV", "foreign secretary")
    assert reg.agent("secretary-general") == ("GOV", "secretary-general")
    assert reg.agent("secretary general") == ("GOV", "secretary-general")
    assert reg.agent("house speaker") == ("LEG", "speaker")
    assert reg.agent("speaker of the house") == ("LEG", "speaker")
    assert reg.agent("commerce secretary") == ("GOV", "commerce minister")
    assert reg.agent("trade minister") == ("GOV", "trade minister")
    assert reg.agent("vice premier") == ("GOV", "vice premier")
    assert reg.agent("special envoy") == ("GOV", "special envoy")
    assert reg.agent("envoy") == ("GOV", "envoy")
    assert reg.agent("deputy director") == ("", "deputy director")
    assert reg.agent("permanent representative") == ("GOV", "ambassador")


@needs_curated
def test_role_words_reach_curated_titles(reg):
    assert [a.id for a in reg.holders("foreign secretary", "IND", "2025-01")] == [
        "person:vikram-misri"
    ]
    assert "person:vikram-misri" not in [a.id for a in reg.holders("foreign minister", "IND", None)]
    assert [a.id for a in reg.holders("house speaker", "USA", "2024-06")] == ["person:mike-johnson"]
    assert [a.id for a in reg.holders("commerce secretary", "USA", "2022")] == [
        "person:gina-raimondo"
    ]
    assert "person:he-lifeng" in [a.id for a in reg.holders("vice premier", "CHN", "2024")]


@needs_curated
def test_curated_additions(reg):
    for name, lang, aid, country in [
        ("Hamas", "en", "org:hamas", "PSE"),
        ("ХАМАС", "ru", "org:hamas", "PSE"),
        ("真主党", "zh", "org:hezbollah", "LBN"),
        ("Ansar Allah", "en", "org:houthis", "YEM"),
    ]:
        found = reg.lookup(name, lang)
        assert found and found[0].id == aid and found[0].country == country
        assert found[0].sector == "REB"
    assert reg.lookup("General Assembly")[0].id == "IGO:UNGA"
    assert reg.lookup("Security Council")[0].id == "IGO:UNSC"
    assert reg.lookup("SWIFT")[0].country == "BEL"
    assert reg.lookup("字节跳动", "zh")[0].id == "org:bytedance"
    churkin = reg.lookup("Vitaliy Churkin")  # Phoenix's spelling joins the curated entry
    assert [a.id for a in churkin] == ["person:vitaly-churkin"]
    assert churkin[0].role_at("2016").title == "ambassador"
    assert churkin[0].role_at("2018") is None
    vucic = reg.get("person:aleksandar-vucic")
    assert vucic.role_at("2016").title == "prime minister"
    assert vucic.role_at("2017-06").title == "president"


@needs_curated
def test_armed_and_political_groups(reg):
    taliban = reg.lookup("Taliban")[0]
    assert taliban.id == "org:taliban" and reg.lookup("塔利班", "zh")[0] is taliban
    assert taliban.country_sector_at("2000") == ("AFG", "GOV")
    assert taliban.country_sector_at("2015") == ("AFG", "REB")
    assert taliban.country_sector_at("2021-08-16") == ("AFG", "GOV")
    assert reg.lookup("Pakistani Taliban")[0].country == "PAK"
    assert reg.lookup("PKK")[0].country_sector_at("2016") == ("TUR", "REB")
    assert reg.lookup("Tamil Tigers")[0].country_sector_at("2000") == ("LKA", "REB")
    unita = reg.lookup("UNITA")[0]
    assert unita.country_sector_at("1990") == ("AGO", "REB")
    assert unita.country_sector_at("2010") == ("AGO", "PTY")
    splm = reg.lookup("SPLM")[0]
    assert splm.country_sector_at("1995") == ("SDN", "REB")
    assert splm.country_sector_at("2015") == ("SSD", "PTY")
    for name, lang in (("ISIS", "en"), ("ИГИЛ", "ru"), ("伊斯兰国", "zh")):
        isis = reg.lookup(name, lang)[0]
        assert isis.id == "org:islamic-state" and (isis.country, isis.sector) == (None, "IMG")
    assert reg.lookup("基地组织", "zh")[0].id == "org:al-qaeda"
    assert reg.lookup("Boko Haram")[0].country == "NGA"
    assert reg.lookup("al-Shabab")[0].id == "org:al-shabaab"
    assert reg.lookup("Fatah")[0].sector == "PTY"
    assert reg.lookup("PLO")[0].country == "PSE"


def test_agents(reg):
    assert reg.agent("foreign minister") == ("GOV", "foreign minister")
    assert reg.agent("Foreign Minister") == ("GOV", "foreign minister")
    assert reg.agent("spokesman") == ("GOV", "spokesperson")
    assert reg.agent("think tank") == ("NGO", "think tank")
    assert reg.agent("general") == ("MIL", "general")
    assert reg.agent("министр иностранных дел", "ru") == ("GOV", "foreign minister")
    assert reg.agent("外交部发言人", "zh") == ("GOV", "spokesperson")
    assert reg.agent("no such role") is None


def test_terms_for_matchers(reg):
    zh = set(reg.terms("zh"))
    assert ("中国", "name") in zh and ("中方", "side") in zh and ("外长", "agent") in zh
    en = set(reg.terms("en"))
    assert ("Kremlin", "metonym") in en and ("United Nations", "igo") in en


def test_generated_people_have_dated_roles(reg):
    lavrov = reg.lookup("Sergey Lavrov")
    assert lavrov and lavrov[0].country == "RUS"
    assert all(a.type == "person" for a in lavrov)
    nato = reg.get("IGO:NATO")
    assert nato.type == "igo" and nato.country is None and nato.sector == "IGO"
    assert reg.lookup("NATO", "zh")[0].id == "IGO:NATO"  # Latin names in Chinese text
    assert reg.lookup("北约", "zh")[0].id == "IGO:NATO"


@needs_curated
def test_putin_role_depends_on_the_date(reg):
    putin = reg.get("person:vladimir-putin")
    assert putin.role_at("2010-01-01").title == "prime minister"
    assert putin.role_at("2022-02-04").title == "president"
    assert putin.country_sector_at("2022-02-04") == ("RUS", "GOV")


@needs_curated
def test_lookup_in_russian_and_chinese(reg):
    assert [a.id for a in reg.lookup("Си Цзиньпин", "ru")][:1] == ["person:xi-jinping"]
    assert [a.id for a in reg.lookup("习近平", "zh")][:1] == ["person:xi-jinping"]


@needs_curated
def test_holders(reg):
    assert "person:vladimir-putin" in [a.id for a in reg.holders("president", "RUS", "2022-02-04")]
    assert "person:vladimir-putin" not in [
        a.id for a in reg.holders("president", "RUS", "2010-01-01")
    ]


def test_works_without_curated_file(tmp_path):
    for name in os.listdir(data_dir()):
        if name != "curated.toml":
            (tmp_path / name).symlink_to(data_dir() / name)
    reg = Registry(tmp_path)
    putin = reg.get("person:vladimir-putin")
    assert putin.source == "phoenix"
    assert putin.country_sector_at("2010-01-01") == ("RUS", "GOV")
    assert reg.country_term("Kremlin") == ("RUS", "metonym", "GOV")


# -- the user's own files ----------------------------------------------------------------------


def test_user_file_adds_and_overrides_actors():
    reg = Registry.load([SAMPLE])
    assert reg is Registry.load([SAMPLE])  # cached
    putin = reg.get("person:vladimir-putin")
    assert "Volodya Putin" in putin.aliases["en"] and "Володя Путин" in putin.aliases["ru"]
    assert "Vladimir Putin" in putin.aliases["en"]  # the rest is kept
    assert putin.country == "RUS" and putin.roles == Registry.load().get(putin.id).roles
    assert putin.source == "user"
    assert [a.id for a in reg.lookup("Volodya Putin")] == ["person:vladimir-putin"]

    testov = reg.get("person:ivan-testov")
    assert [a.id for a in reg.lookup("I. Testov")] == ["person:ivan-testov"]
    assert [a.id for a in reg.lookup("Иван Тестов", "ru")] == ["person:ivan-testov"]
    assert testov.role_at("2017-06-01").title == "deputy foreign minister"
    assert testov.role_at("2021").start == "2020-01-15"  # a TOML date works too
    assert "person:ivan-testov" in [a.id for a in reg.holders("ambassador", "RUS", "2021-06-01")]
    assert reg.lookup("TIP")[0].id == "org:test-institute-for-peace"
    assert Registry.load().get("person:ivan-testov") is None  # the shipped registry is untouched


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[[actor]]\nid = "person:x"\nname = "X\n', 3, "Illegal character"),
        ('[[actor]]\nid = "person:x"\nname = "X"\ntype = "person"\nalias = ["Y"]\n', 5, "alias"),
        (
            '[[actor]]\nid = "person:vladimir-putin"\n\n[[actor]]\nid = "person:y"\n'
            'name = "Y"\ntype = "person"\nroles = [\n  {title = "envoy", start = "2020-13-01"},\n]\n',
            9,
            "start",
        ),
        ('[[actor]]\nid = "person:nobody-known"\naliases = ["Nobody"]\n', 2, "needs name and type"),
        ('[[actor]]\nid = "Person X"\nname = "X"\n', 2, "id"),
        ('[[actor]]\nid = "person:x"\nname = "X"\ntype = "org"\n', 4, "type"),
        ('[[actors]]\nid = "person:x"\n', 1, "actors"),
    ],
)
def test_malformed_user_file_names_file_line_and_problem(tmp_path, text, line, words):
    bad = tmp_path / "mine.toml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Registry.load([bad]).get("person:vladimir-putin")
    message = str(err.value)
    assert message.startswith(f"{bad}:{line}: "), message
    assert words in message


def test_missing_user_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        Registry.load([tmp_path / "absent.toml"])


# -- the generator -----------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not SHARED_DATA.exists(), reason="needs the reference data in ../shared/data")
def test_build_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_registry", REPO / "scripts" / "build_registry.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_registry"] = module
    spec.loader.exec_module(module)
    module.build(SHARED_DATA, tmp_path / "a")
    module.build(SHARED_DATA, tmp_path / "b")
    for name in ("countries.tsv", "country_terms.tsv", "agents.tsv", "people.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
